#pragma once

// Sberbank UPOS through its command-line program sb_pilot (Linux: sb_pilot + upnixmn.out +
// pinpad.ini, the pinpad linked as ttyS99). Each operation runs in its own folder holding links to
// the configuration, so its e and p files cannot be mistaken for another run's.

#include "devices/payments/cliterminal.h"

namespace devices::payments {

class UposTerminal final : public CliTerminal
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UposTerminal)

public:
    explicit UposTerminal(const CliTerminalConfig &config, QObject *parent = nullptr);
    ~UposTerminal() override;

    QString name() const override;

protected:
    QStringList arguments(const Request &request) const override;
    TerminalResult interpret(const Request &request, const QString &directory,
                             const QByteArray &standardOutput) const override;
    bool hasAnswer(const QString &directory) const override;
    bool readReport(const QString &directory, const QByteArray &standardOutput,
                    QList<TerminalRecord> &records, QString &message) const override;
    QStringList readSlip(const QString &directory) const override;
};

} // namespace devices::payments
