#pragma once

// Settings page 4: the barcode scanners (devices::DeviceSettings, app::storedDeviceSettings): the
// keyboard-wedge timing, prefix and suffix, the COM scanner's port, and a field to scan into that
// shows what the till makes of the code (EAN-13, a marking DataMatrix, a weighted barcode ...).

#include "devices/devicesettings.h"
#include "widgets/settings/settingspage.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace ui {

class ScannerPage final : public SettingsPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScannerPage)

public:
    explicit ScannerPage(QWidget *parent = nullptr);

    devices::DeviceSettings formSettings() const;
    bool save();
    // What the test field shows for `scanned` (prefix and suffix removed first).
    QString describeScan(const QString &scanned) const;
    // Shows the verdict for a code from anywhere: the test field, or the till's ScannerHub when its
    // keyboard-wedge filter takes the scan before the field sees it (connect hub.scanned here).
    void showScanned(const QString &scanned);

private:
    void load();
    void refreshPorts();
    void testScan();

    devices::DeviceSettings m_settings;
    QCheckBox *m_wedgeEnabled = nullptr;
    QLineEdit *m_wedgePrefix = nullptr;
    QLineEdit *m_wedgeSuffix = nullptr;
    QSpinBox *m_maxGap = nullptr;
    QSpinBox *m_minLength = nullptr;
    QCheckBox *m_terminatorRequired = nullptr;
    QCheckBox *m_serialEnabled = nullptr;
    QComboBox *m_serialPort = nullptr;
    QComboBox *m_serialBaud = nullptr;
    QLineEdit *m_test = nullptr;
    QLabel *m_testResult = nullptr;
};

} // namespace ui
