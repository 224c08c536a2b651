#pragma once

// The hardware end of a pty pair playing a CAS-style counter scale (the text protocol
// devices::SerialScale implements): "ST,GS,+000.450kg\r\n" while settled, "US,..." while the load
// moves, "OL,GS,..." when overloaded, nothing at all when switched off. It streams a line every
// 40 ms, or answers each ENQ (05h) with one line when the till polls.

#include <QSerialPort>
#include <QTimer>

class ScalePeer
{
public:
    enum class Load { Settled, Moving, Empty, Overload, Silent };

    bool open(const QString &hardwareEnd, bool streams)
    {
        m_port.setPortName(hardwareEnd);
        if (!m_port.open(QIODevice::ReadWrite))
            return false;
        QObject::connect(&m_port, &QSerialPort::readyRead, [this] {
            const QByteArray asked = m_port.readAll();
            m_enqs += int(asked.count('\x05'));
            for (int i = 0; i < asked.count('\x05'); ++i)
                sendLine();
        });
        if (streams) {
            QObject::connect(&m_stream, &QTimer::timeout, [this] { sendLine(); });
            m_stream.start(40);
        }
        return true;
    }

    void set(Load load, int grams = 0)
    {
        m_load = load;
        m_grams = grams;
    }
    int enqs() const { return m_enqs; }

private:
    void sendLine()
    {
        QByteArray line;
        switch (m_load) {
        case Load::Settled:
            line = "ST,GS," + weight(m_grams);
            break;
        case Load::Moving: // a hand on the pan: the reading wanders by more than a division
            line = "US,GS," + weight(m_grams + (++m_tick % 5) * 37);
            break;
        case Load::Empty:
            line = "ST,GS," + weight(0);
            break;
        case Load::Overload:
            line = "OL,GS,+  .   kg";
            break;
        case Load::Silent:
            return;
        }
        m_port.write(line + "\r\n");
    }

    static QByteArray weight(int grams)
    {
        return QByteArray("+") + QByteArray::number(grams / 1000).rightJustified(3, '0') + '.' +
               QByteArray::number(grams % 1000).rightJustified(3, '0') + "kg";
    }

    QSerialPort m_port;
    QTimer m_stream;
    Load m_load = Load::Silent;
    int m_grams = 0;
    int m_tick = 0;
    int m_enqs = 0;
};
