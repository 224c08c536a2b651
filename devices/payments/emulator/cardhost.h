#pragma once

// The bank side of the terminal emulators (prilavok-sb-pilot-emulator, prilavok-arcus-emulator):
// the batch since the last settlement and the settled history, kept in a state folder so that
// every run of the emulated program (one process per operation, like the real ones) sees the
// same terminal. Runs are serialised with a lock file, as a pinpad does one thing at a time.
//
// A cancel takes a whole payment of the open batch; a refund by RRN takes part of a payment, or
// any of it once the batch is settled.
//
// The state folder also holds `script`: one scripted outcome per line, consumed by the next
// operation (the report of the batch consumes none). With no script every operation is approved.
//   approve [ms]          approve after ms (default: the folder's `delay` file, else 300)
//   decline CODE [TEXT]   the bank declines (51 insufficient funds, 05 do not honour...)
//   abort                 the customer presses the red key (no money moved)
//   hang                  the bank never answers; nothing approved; the program waits forever
//   lost                  approved at the bank, then the program waits forever without answering
//   vanish                approved at the bank, then the program exits without any answer file
//   fail CODE [TEXT]      a device error before the bank (no pinpad, bad configuration)
//   outside KOPECKS       a payment made on the pinpad itself (not through the till) joins the batch
//                         first, then the operation is approved: the next reconciliation's totals
//                         differ from the till's

#include <QJsonObject>
#include <QList>
#include <QLockFile>
#include <QString>

#include <memory>
#include <optional>

#include "devices/payments/cliterminal.h"

namespace devices::payments::emu {

struct Step
{
    enum class Kind { Approve, Decline, Abort, Hang, Lost, Vanish, Fail };
    Kind kind = Kind::Approve;
    int delayMs = 300;
    QString code;
    QString text;
};

struct Operation
{
    TerminalRecord record;
    QString number; // the operation's number in the batch, as printed on the slip
    qint64 returned = 0;
    bool reversed = false;
};

struct HostAnswer
{
    bool approved = false;
    QString code; // decline reason when not approved
    QString text;
    Operation operation;
};

class CardHost final
{
public:
    // Takes the lock (waits up to 60 s for another run of the emulator).
    static std::unique_ptr<CardHost> open(const QString &stateDir, QString &error);
    ~CardHost();

    Step nextStep(); // consumes one script line
    // The bank's decision on an operation; approved ones join the batch (saved at once).
    HostAnswer authorise(TerminalOperation operation, qint64 amount, const QString &originalRrn);
    // Closes the batch: the totals of it, then it joins the history.
    QList<Operation> settle();
    const QList<Operation> &batch() const { return m_batch; }
    QString terminalId() const { return QStringLiteral("00417385"); }
    QString merchantId() const { return QStringLiteral("781000417385"); }
    QString stateDir() const { return m_dir; }
    void appendTape(const QStringList &lines); // every slip, for people reading a demo

private:
    CardHost() = default;
    void load();
    void save() const;
    Operation *find(const QString &rrn, bool batchOnly);

    QString m_dir;
    std::unique_ptr<QLockFile> m_lock;
    QList<Operation> m_batch;
    QList<Operation> m_history;
    qint64 m_sequence = 0;
    int m_defaultDelayMs = 300;
};

// The program's work: sleep, or sleep forever (the driver's deadline kills us).
void pause(int ms);
[[noreturn]] void hangForever();

QString pinpadSetting(const QString &iniFile, const QString &key);

} // namespace devices::payments::emu
