#pragma once

// The 2x20 customer display on a COM port, following a CustomerDisplayModel.

#include "devices/customerdisplaymodel.h"
#include "devices/vfdformat.h"

#include <QObject>
#include <QPointer>
#include <QSerialPort>

namespace devices {

class VfdDisplay final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VfdDisplay)

public:
    explicit VfdDisplay(CustomerDisplayModel *model, QObject *parent = nullptr);
    ~VfdDisplay() override;

    void setSettings(const VfdSettings &settings);
    const VfdSettings &settings() const { return m_settings; }

    // Opens the port, initialises the display (code page) and shows the model's current state.
    bool open();
    void close();
    bool isOpen() const { return m_port.isOpen(); }
    QString errorString() const { return m_error; }

Q_SIGNALS:
    void errorOccurred(const QString &message);

private:
    void show(const CustomerDisplayState &state);
    void write(const QByteArray &bytes);

    QPointer<CustomerDisplayModel> m_model;
    VfdSettings m_settings;
    QSerialPort m_port;
    QString m_error;
    QStringList m_shown; // skip writes that would not change the glass
};

} // namespace devices
