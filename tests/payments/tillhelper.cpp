// A stand-in for the till in crash tests: opens the database, starts one card payment through the
// journal and the UPOS driver, says "started <operation id>" and waits to be killed.
//   payments_till_helper DB WORKROOT CONFIGDIR PROGRAM AMOUNT [SALE_UUID]

#include <QCoreApplication>
#include <QTimer>

#include <cstdio>

#include "app/payments/cardoperations.h"
#include "app/payments/paymentjournal.h"
#include "app/storage/database.h"
#include "devices/payments/uposterminal.h"

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
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
    std::printf("started %s\n", qPrintable(*started));
    std::fflush(stdout);
    return app.exec();
}
