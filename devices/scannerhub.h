#pragma once

// One place the sale screen listens to for codes: the keyboard-wedge filter, the COM scanner and
// pictures dropped on the till, each code already classified (product, weighted, marking, or why
// it was refused).
//
//   devices::ScannerHub hub;
//   hub.apply(deviceSettings);  // installs the wedge filter on qApp, opens the COM scanner
//   connect(&hub, &devices::ScannerHub::scanned, cart, &Cart::onScan);

#include "devices/codeclassifier.h"
#include "devices/keyboardwedge.h"
#include "devices/scannedcode.h"
#include "devices/serialscanner.h"

#include <QObject>

class QImage;

namespace devices {

struct DeviceSettings;

class ScannerHub final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScannerHub)

public:
    explicit ScannerHub(QObject *parent = nullptr);
    ~ScannerHub() override;

    void apply(const DeviceSettings &settings);

    KeyboardWedge &keyboardWedge() { return m_wedge; }
    SerialScanner &serialScanner() { return m_serial; }

    // A file dropped on the till or pasted; false when the picture holds no code.
    bool scanImage(const QImage &image, const QString &sourceName);
    // A code typed by hand into the "barcode" field goes through the same path.
    void submit(const ScannedCode &code);

Q_SIGNALS:
    void scanned(const devices::ScannedCode &code, const devices::ClassifiedCode &classified);
    void deviceError(const QString &message);

private:
    KeyboardWedge m_wedge;
    SerialScanner m_serial;
    ClassifierSettings m_classifier;
};

} // namespace devices

Q_DECLARE_METATYPE(devices::ClassifiedCode)
