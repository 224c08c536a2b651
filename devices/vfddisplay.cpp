#include "devices/vfddisplay.h"

#include "devices/log.h"

namespace devices {

VfdDisplay::VfdDisplay(CustomerDisplayModel *model, QObject *parent)
    : QObject(parent)
    , m_model(model)
{
    if (m_model)
        connect(m_model, &CustomerDisplayModel::changed, this, &VfdDisplay::show);
    connect(&m_port, &QSerialPort::errorOccurred, this, [this](QSerialPort::SerialPortError error) {
        if (error == QSerialPort::NoError)
            return;
        m_error = serialErrorText(error, m_settings.port.portName);
        qCWarning(lcDevices) << "customer display:" << m_error;
        Q_EMIT errorOccurred(m_error);
        if (error == QSerialPort::ResourceError)
            m_port.close();
    });
}

VfdDisplay::~VfdDisplay()
{
    close();
}

void VfdDisplay::setSettings(const VfdSettings &settings)
{
    const bool reopen = m_port.isOpen();
    close();
    m_settings = settings;
    if (reopen)
        open();
}

bool VfdDisplay::open()
{
    if (m_port.isOpen())
        return true;
    m_settings.port.applyTo(m_port);
    if (!m_port.open(QIODevice::WriteOnly)) {
        m_error = serialErrorText(m_port.error(), m_settings.port.portName);
        m_port.clearError();
        return false;
    }
    m_error.clear();
    m_shown.clear();
    write(vfd::initBytes(m_settings));
    show(m_model ? m_model->state() : CustomerDisplayState{});
    return true;
}

void VfdDisplay::close()
{
    if (m_port.isOpen()) {
        m_port.flush();
        m_port.close();
    }
}

void VfdDisplay::show(const CustomerDisplayState &state)
{
    if (!m_port.isOpen())
        return;
    const QStringList lines = vfd::lines(state, m_settings.columns, m_settings.greeting);
    if (lines == m_shown)
        return;
    m_shown = lines;
    write(vfd::frameBytes(lines, m_settings));
}

void VfdDisplay::write(const QByteArray &bytes)
{
    // Asynchronous: QSerialPort queues it and the event loop drains it; the GUI never waits.
    qCDebug(lcDevicesRaw) << m_settings.port.portName << "->" << bytes.toHex(' ');
    m_port.write(bytes);
}

} // namespace devices
