#pragma once

// Arcus2 through its command-line tool (Linux: the tool next to libarccom.so and its ini files).
// Each operation runs in its own folder holding links to those files; the tool reads cashreg.ini
// from its working folder and writes output.dat and cheq.out there.

#include "devices/payments/cliterminal.h"

namespace devices::payments {

class ArcusTerminal final : public CliTerminal
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArcusTerminal)

public:
    // reportOperation: the operation number of the batch report in this install's ops.ini; 0 when
    // unknown, and then a lost answer is settled by the cashier looking at the terminal.
    ArcusTerminal(const CliTerminalConfig &config, int reportOperation, QObject *parent = nullptr);
    ~ArcusTerminal() override;

    QString name() const override;

protected:
    QStringList arguments(const Request &request) const override;
    TerminalResult interpret(const Request &request, const QString &directory,
                             const QByteArray &standardOutput) const override;
    bool hasAnswer(const QString &directory) const override;
    bool readReport(const QString &directory, const QByteArray &standardOutput,
                    QList<TerminalRecord> &records, QString &message) const override;
    QStringList readSlip(const QString &directory) const override;
    bool canReport() const override { return m_reportOperation > 0; }

private:
    int m_reportOperation = 0;
};

} // namespace devices::payments
