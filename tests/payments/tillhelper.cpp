// A stand-in for the till in crash tests: opens the database, starts one operation through the
// payment journal, says "started <operation id>" (an SBP payment then "qr <QR id>" once its QR is on
// screen) and waits to be killed.
//   payments_till_helper DB WORKROOT CONFIGDIR PROGRAM AMOUNT [SALE_UUID]     a card payment (UPOS)
//   payments_till_helper sbp-pay DB API_URL AMOUNT SALE_UUID QR_LIFETIME_SECS
//   payments_till_helper sbp-refund DB API_URL PAYMENT_OPERATION_ID AMOUNT

#include <QCoreApplication>
#include <QTimer>
#include <QUrl>

#include <cstdio>

#include "app/payments/cardoperations.h"
#include "app/payments/paymentjournal.h"
#include "app/payments/raiffeisensbp.h"
#include "app/payments/sbpoperations.h"
#include "app/storage/database.h"
#include "devices/payments/uposterminal.h"

namespace {

void say(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

int sbp(const QStringList &args)
{
    if (args.size() < 6)
        return 2;
    app::Database db;
    if (!db.open(args.at(2)).ok())
        return 3;
    app::payments::PaymentJournal journal(db);
    app::payments::RaiffeisenSbp acquirer(QUrl(args.at(3)), {}, QStringLiteral("MA0000000001"),
                                          args.value(6, QStringLiteral("300")).toInt());
    // The screen asks once when the QR appears: what happens later is for the recovery to find.
    app::payments::SbpOperations operations(journal, &acquirer, 600000);
    QObject::connect(&operations, &app::payments::SbpOperations::qrReady, &operations,
                     [](const app::payments::Operation &o) { say(QStringLiteral("qr ") + o.qrId); });
    const auto started = args.at(1) == QStringLiteral("sbp-pay")
                             ? operations.pay(args.at(4).toLongLong(), args.at(5), QStringLiteral("Purchase"))
                             : operations.refund(args.at(4), args.at(5).toLongLong(),
                                                 QStringLiteral("return-1"), app::payments::PurposeReturn);
    if (!started)
        return 4;
    say(QStringLiteral("started ") + *started);
    return QCoreApplication::exec();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.value(1).startsWith(QStringLiteral("sbp-")))
        return sbp(args);
    if (args.size() < 6)
        return 2;
    app::Database db;
    if (!db.open(args.at(1)).ok())
        return 3;
    devices::payments::CliTerminalConfig config;
    config.workRoot = args.at(2);
    config.configDir = args.at(3);
    config.program = args.at(4);
    devices::payments::UposTerminal terminal(config);
    app::payments::PaymentJournal journal(db);
    app::payments::CardOperations operations(journal, &terminal);
    const auto started = operations.pay(args.at(5).toLongLong(), args.value(6, QStringLiteral("sale-crash")));
    if (!started)
        return 4;
    say(QStringLiteral("started ") + *started);
    return app.exec();
}
