#pragma once

// The cash drawer hangs off the registrar and opens with its command 28h, so devices/ only names
// the hook: the fiscal service implements it, the payment screen and the Service menu call it.

#include <QObject>
#include <QString>
#include <QVariantMap>

namespace devices {

struct CashDrawerSettings
{
    bool openOnCashPayment = true;
    bool openOnCardPayment = false;
    int drawerNumber = 0; // the registrar's drawer output, 0 or 1

    QVariantMap toMap() const
    {
        return {{QStringLiteral("openOnCashPayment"), openOnCashPayment},
                {QStringLiteral("openOnCardPayment"), openOnCardPayment},
                {QStringLiteral("drawerNumber"), drawerNumber}};
    }
    static CashDrawerSettings fromMap(const QVariantMap &map)
    {
        CashDrawerSettings s;
        s.openOnCashPayment = map.value(QStringLiteral("openOnCashPayment"), s.openOnCashPayment).toBool();
        s.openOnCardPayment = map.value(QStringLiteral("openOnCardPayment"), s.openOnCardPayment).toBool();
        s.drawerNumber = map.value(QStringLiteral("drawerNumber"), s.drawerNumber).toInt();
        return s;
    }
    friend bool operator==(const CashDrawerSettings &, const CashDrawerSettings &) = default;
};

class CashDrawer : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // Asynchronous: the registrar may be busy printing; answers with opened().
    virtual void open(int drawerNumber) = 0;

Q_SIGNALS:
    void opened(bool ok, const QString &message);
};

} // namespace devices
