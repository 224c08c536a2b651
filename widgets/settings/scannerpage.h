#pragma once

// Settings page 4: the barcode scanners (devices::DeviceSettings, app::storedDeviceSettings): the
// keyboard-wedge timing, prefix and suffix, the COM scanner's port, and a field to scan into that
// shows what the till makes of the code (EAN-13, a marking DataMatrix, a weighted barcode ...);
// and the shop scale (app::ScaleSetup) with "Check connection", which weighs once off the GUI thread.

#include <memory>

#include "app/devicesetup/scalesetup.h"
#include "devices/devicesettings.h"
#include "widgets/settings/settingspage.h"

class QCheckBox;
class QComboBox;
class QGroupBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QSpinBox;
class QPushButton;

namespace app {
class ScaleReader;
struct ScaleWeighing;
} // namespace app

namespace ui {

class ScannerPage final : public SettingsPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScannerPage)

public:
    explicit ScannerPage(QWidget *parent = nullptr);

    ~ScannerPage() override;

    devices::DeviceSettings formSettings() const;
    app::ScaleSetup formScale() const;
    bool save();
    // "Check connection": one weighing with the scale as the form sets it (result in scaleResult).
    void checkScale();
    // What the test field shows for `scanned` (prefix and suffix removed first).
    QString describeScan(const QString &scanned) const;
    // Shows the verdict for a code from anywhere: the test field, or the till's ScannerHub when its
    // keyboard-wedge filter takes the scan before the field sees it (connect hub.scanned here).
    void showScanned(const QString &scanned);

private:
    QGroupBox *buildWedgeBox();
    QGroupBox *buildSerialBox();
    QGroupBox *buildScaleBox();
    QGroupBox *buildTestBox();
    QHBoxLayout *buildSaveRow();
    void load();
    void refreshPorts();
    void testScan();
    void showWeighing(const app::ScaleWeighing &weighing);

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
    app::ScaleSetup m_scale;
    QCheckBox *m_scaleEnabled = nullptr;
    QComboBox *m_scalePort = nullptr;
    QComboBox *m_scaleBaud = nullptr;
    QComboBox *m_scaleProtocol = nullptr;
    QPushButton *m_scaleCheck = nullptr;
    QLabel *m_scaleResult = nullptr;
    std::unique_ptr<app::ScaleReader> m_scaleProbe;
};

} // namespace ui
