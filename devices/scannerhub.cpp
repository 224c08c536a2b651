#include "devices/scannerhub.h"

#include "devices/barcodeimage.h"
#include "devices/devicesettings.h"
#include "devices/log.h"

#include <QImage>

namespace devices {

ScannerHub::ScannerHub(QObject *parent)
    : QObject(parent)
{
    connect(&m_wedge, &KeyboardWedge::codeScanned, this, &ScannerHub::submit);
    connect(&m_serial, &SerialScanner::codeScanned, this, &ScannerHub::submit);
    connect(&m_serial, &SerialScanner::errorOccurred, this, &ScannerHub::deviceError);
}

ScannerHub::~ScannerHub() = default;

void ScannerHub::apply(const DeviceSettings &settings)
{
    m_classifier = settings.codes;
    m_wedge.setSettings(settings.keyboardScanner);
    if (settings.keyboardScanner.enabled)
        m_wedge.install();
    else
        m_wedge.uninstall();

    m_serial.close();
    m_serial.setSettings(settings.serialScanner);
    if (settings.serialScanner.enabled && !settings.serialScanner.port.portName.isEmpty() &&
        !m_serial.open()) {
        qCWarning(lcDevices) << "serial scanner:" << m_serial.errorString();
        Q_EMIT deviceError(m_serial.errorString());
    }
}

bool ScannerHub::scanImage(const QImage &image, const QString &sourceName)
{
    const ScannedCode code = devices::scanImage(image, sourceName);
    if (code.text.isEmpty())
        return false;
    submit(code);
    return true;
}

void ScannerHub::submit(const ScannedCode &code)
{
    ClassifiedCode classified = classifyCode(code.text, m_classifier);
    Q_EMIT scanned(code, classified);
}

} // namespace devices
