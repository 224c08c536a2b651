#include "devices/customerdisplaymodel.h"

namespace devices {

CustomerDisplayModel::CustomerDisplayModel(QObject *parent)
    : QObject(parent)
{}

CustomerDisplayModel::~CustomerDisplayModel() = default;

void CustomerDisplayModel::setState(const CustomerDisplayState &state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT changed(m_state);
}

void CustomerDisplayModel::setGreeting(const QString &greeting)
{
    CustomerDisplayState s = m_state;
    s.greeting = greeting;
    setState(s);
}

void CustomerDisplayModel::showIdle()
{
    CustomerDisplayState s;
    s.greeting = m_state.greeting;
    setState(s);
}

void CustomerDisplayModel::showLine(const QString &name, qint64 quantityMilli, const QString &unit,
                                    qint64 priceKopecks, qint64 amountKopecks, qint64 totalKopecks)
{
    CustomerDisplayState s;
    s.greeting = m_state.greeting;
    s.mode = CustomerDisplayState::Mode::Sale;
    s.lineName = name;
    s.lineQuantityMilli = quantityMilli;
    s.lineUnit = unit;
    s.linePriceKopecks = priceKopecks;
    s.lineAmountKopecks = amountKopecks;
    s.totalKopecks = totalKopecks;
    setState(s);
}

void CustomerDisplayModel::showPayment(qint64 totalKopecks, const QString &qrPayload)
{
    CustomerDisplayState s;
    s.greeting = m_state.greeting;
    s.mode = CustomerDisplayState::Mode::Payment;
    s.totalKopecks = totalKopecks;
    s.qrPayload = qrPayload;
    setState(s);
}

void CustomerDisplayModel::showChange(qint64 totalKopecks, qint64 paidKopecks, qint64 changeKopecks)
{
    CustomerDisplayState s;
    s.greeting = m_state.greeting;
    s.mode = CustomerDisplayState::Mode::Change;
    s.totalKopecks = totalKopecks;
    s.paidKopecks = paidKopecks;
    s.changeKopecks = changeKopecks;
    setState(s);
}

} // namespace devices
