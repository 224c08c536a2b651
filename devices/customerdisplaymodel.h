#pragma once

// What the buyer sees: the line just scanned, the total, the change, the SBP QR. The sale screen
// drives this model; the outputs (second-monitor window, VFD on a COM port) only listen to it.

#include <QObject>
#include <QString>

namespace devices {

struct CustomerDisplayState
{
    enum class Mode { Idle, Sale, Payment, Change };

    Mode mode = Mode::Idle;
    QString greeting; // idle text: the shop's name or a welcome
    QString lineName;
    qint64 lineQuantityMilli = 0; // thousandths: 1000 = 1 piece or 1 kg
    QString lineUnit;             // "pcs", "kg" as the catalog names it
    qint64 linePriceKopecks = 0;
    qint64 lineAmountKopecks = 0;
    qint64 totalKopecks = 0;
    qint64 paidKopecks = 0;
    qint64 changeKopecks = 0;
    QString qrPayload; // the SBP link to show as a QR code while paying

    friend bool operator==(const CustomerDisplayState &, const CustomerDisplayState &) = default;
};

class CustomerDisplayModel final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerDisplayModel)

public:
    explicit CustomerDisplayModel(QObject *parent = nullptr);
    ~CustomerDisplayModel() override;

    const CustomerDisplayState &state() const { return m_state; }

    void setGreeting(const QString &greeting);
    void showIdle();
    void showLine(const QString &name, qint64 quantityMilli, const QString &unit, qint64 priceKopecks,
                  qint64 amountKopecks, qint64 totalKopecks);
    // The amount due; with an SBP link the outputs show its QR code.
    void showPayment(qint64 totalKopecks, const QString &qrPayload = {});
    void showChange(qint64 totalKopecks, qint64 paidKopecks, qint64 changeKopecks);
    void setState(const CustomerDisplayState &state);

Q_SIGNALS:
    void changed(const devices::CustomerDisplayState &state);

private:
    CustomerDisplayState m_state;
};

} // namespace devices
