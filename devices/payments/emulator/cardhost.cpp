#include "devices/payments/emulator/cardhost.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QThread>

namespace devices::payments::emu {

namespace {

QJsonObject toJson(const Operation &o)
{
    const TerminalRecord &r = o.record;
    return {{QStringLiteral("operation"), int(r.operation)},
            {QStringLiteral("amount"), QString::number(r.amountKopecks)},
            {QStringLiteral("rrn"), r.rrn},
            {QStringLiteral("auth"), r.authCode},
            {QStringLiteral("card"), r.cardMask},
            {QStringLiteral("time"), r.time.toString(Qt::ISODate)},
            {QStringLiteral("approved"), r.approved},
            {QStringLiteral("number"), o.number},
            {QStringLiteral("returned"), QString::number(o.returned)},
            {QStringLiteral("reversed"), o.reversed}};
}

Operation fromJson(const QJsonObject &j)
{
    Operation o;
    o.record.operation = TerminalOperation(j.value(QStringLiteral("operation")).toInt());
    o.record.amountKopecks = j.value(QStringLiteral("amount")).toString().toLongLong();
    o.record.rrn = j.value(QStringLiteral("rrn")).toString();
    o.record.authCode = j.value(QStringLiteral("auth")).toString();
    o.record.cardMask = j.value(QStringLiteral("card")).toString();
    o.record.time = QDateTime::fromString(j.value(QStringLiteral("time")).toString(), Qt::ISODate);
    o.record.approved = j.value(QStringLiteral("approved")).toBool();
    o.number = j.value(QStringLiteral("number")).toString();
    o.returned = j.value(QStringLiteral("returned")).toString().toLongLong();
    o.reversed = j.value(QStringLiteral("reversed")).toBool();
    return o;
}

QJsonArray toJson(const QList<Operation> &list)
{
    QJsonArray out;
    for (const Operation &o : list)
        out.append(toJson(o));
    return out;
}

QList<Operation> fromJson(const QJsonArray &array)
{
    QList<Operation> out;
    for (const QJsonValue &v : array)
        out << fromJson(v.toObject());
    return out;
}

} // namespace

std::unique_ptr<CardHost> CardHost::open(const QString &stateDir, QString &error)
{
    if (stateDir.isEmpty() || !QDir().mkpath(stateDir)) {
        error = QStringLiteral("no emulator state folder");
        return nullptr;
    }
    std::unique_ptr<CardHost> host(new CardHost);
    host->m_dir = stateDir;
    host->m_lock = std::make_unique<QLockFile>(stateDir + QStringLiteral("/lock"));
    host->m_lock->setStaleLockTime(0); // a killed run's lock is stale once its pid is gone
    if (!host->m_lock->tryLock(60000)) {
        error = QStringLiteral("the emulated pinpad is busy");
        return nullptr;
    }
    host->load();
    return host;
}

CardHost::~CardHost() = default;

void CardHost::load()
{
    QFile f(m_dir + QStringLiteral("/state.json"));
    if (f.open(QIODevice::ReadOnly)) {
        const QJsonObject j = QJsonDocument::fromJson(f.readAll()).object();
        m_sequence = j.value(QStringLiteral("sequence")).toString().toLongLong();
        m_batch = fromJson(j.value(QStringLiteral("batch")).toArray());
        m_history = fromJson(j.value(QStringLiteral("history")).toArray());
    }
    QFile delay(m_dir + QStringLiteral("/delay"));
    if (delay.open(QIODevice::ReadOnly))
        m_defaultDelayMs = delay.readAll().trimmed().toInt();
}

void CardHost::save() const
{
    const QJsonObject j{{QStringLiteral("sequence"), QString::number(m_sequence)},
                        {QStringLiteral("batch"), toJson(m_batch)},
                        {QStringLiteral("history"), toJson(m_history)}};
    QSaveFile f(m_dir + QStringLiteral("/state.json"));
    if (f.open(QIODevice::WriteOnly)) {
        f.write(QJsonDocument(j).toJson());
        f.commit();
    }
}

Step CardHost::nextStep()
{
    Step step;
    step.delayMs = m_defaultDelayMs;
    QFile f(m_dir + QStringLiteral("/script"));
    if (!f.open(QIODevice::ReadOnly))
        return step;
    QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    f.close();
    if (lines.isEmpty())
        return step;
    const QString line = lines.takeFirst().trimmed();
    QSaveFile rest(f.fileName());
    if (rest.open(QIODevice::WriteOnly)) {
        rest.write(lines.join(QLatin1Char('\n')).toUtf8());
        rest.commit();
    }
    QStringList words = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const QString verb = words.isEmpty() ? QString() : words.takeFirst();
    if (verb == QStringLiteral("approve")) {
        if (!words.isEmpty())
            step.delayMs = words.first().toInt();
    } else if (verb == QStringLiteral("decline") || verb == QStringLiteral("fail")) {
        step.kind = verb == QStringLiteral("fail") ? Step::Kind::Fail : Step::Kind::Decline;
        step.code = words.isEmpty() ? QStringLiteral("05") : words.takeFirst();
        step.text = words.join(QLatin1Char(' '));
    } else if (verb == QStringLiteral("abort")) {
        step.kind = Step::Kind::Abort;
    } else if (verb == QStringLiteral("hang")) {
        step.kind = Step::Kind::Hang;
    } else if (verb == QStringLiteral("lost")) {
        step.kind = Step::Kind::Lost;
    } else if (verb == QStringLiteral("vanish")) {
        step.kind = Step::Kind::Vanish;
    } else if (verb == QStringLiteral("outside")) {
        // Someone paid on the pinpad itself, past the till: the batch holds more than the till knows.
        (void)authorise(TerminalOperation::Payment, words.value(0).toLongLong(), QString());
    }
    return step;
}

Operation *CardHost::find(const QString &rrn, bool batchOnly)
{
    for (Operation &o : m_batch)
        if (o.record.rrn == rrn && o.record.operation == TerminalOperation::Payment && o.record.approved)
            return &o;
    if (!batchOnly)
        for (Operation &o : m_history)
            if (o.record.rrn == rrn && o.record.operation == TerminalOperation::Payment && o.record.approved)
                return &o;
    return nullptr;
}

HostAnswer CardHost::authorise(TerminalOperation operation, qint64 amount, const QString &originalRrn)
{
    HostAnswer answer;
    auto refuse = [&answer](const QString &code, const QString &text) {
        answer.code = code;
        answer.text = text;
        return answer;
    };
    if (amount <= 0)
        return refuse(QStringLiteral("13"), QStringLiteral("НЕВЕРНАЯ СУММА"));
    if (operation == TerminalOperation::Reversal) {
        Operation *original = find(originalRrn, true);
        if (!original)
            return refuse(QStringLiteral("12"), QStringLiteral("ОПЕРАЦИЯ НЕ НАЙДЕНА В ПАКЕТЕ"));
        if (original->reversed || original->returned != 0 || original->record.amountKopecks != amount)
            return refuse(QStringLiteral("12"), QStringLiteral("ОТМЕНА НЕВОЗМОЖНА"));
        original->reversed = true;
        original->returned = amount;
    } else if (operation == TerminalOperation::Refund) {
        // The whole of a payment in the open batch is cancelled, not refunded.
        if (const Operation *open = find(originalRrn, true);
            open && open->returned == 0 && amount == open->record.amountKopecks)
            return refuse(QStringLiteral("12"), QStringLiteral("ПАКЕТ НЕ ЗАКРЫТ: ВЫПОЛНИТЕ ОТМЕНУ"));
        Operation *original = find(originalRrn, false);
        if (!original)
            return refuse(QStringLiteral("12"), QStringLiteral("ОПЕРАЦИЯ НЕ НАЙДЕНА"));
        if (original->reversed || amount > original->record.amountKopecks - original->returned)
            return refuse(QStringLiteral("13"), QStringLiteral("СУММА ВОЗВРАТА БОЛЬШЕ ОСТАТКА"));
        original->returned += amount;
    }
    ++m_sequence;
    Operation o;
    o.record.operation = operation;
    o.record.amountKopecks = amount;
    o.record.time = QDateTime::currentDateTimeUtc();
    o.record.approved = true;
    o.record.rrn = o.record.time.toLocalTime().toString(QStringLiteral("yyMMdd")) +
                   QStringLiteral("%1").arg(m_sequence % 1000000, 6, 10, QLatin1Char('0'));
    o.record.authCode =
        QStringLiteral("%1").arg((m_sequence * 7919 + 104729) % 1000000, 6, 10, QLatin1Char('0'));
    o.record.cardMask = QStringLiteral("220220******%1").arg(4242 + m_sequence % 7);
    o.number = QStringLiteral("%1").arg(m_batch.size() + 1, 4, 10, QLatin1Char('0'));
    m_batch << o;
    save();
    answer.approved = true;
    answer.operation = o;
    return answer;
}

QList<Operation> CardHost::settle()
{
    const QList<Operation> closed = m_batch;
    m_history << m_batch;
    m_batch.clear();
    save();
    return closed;
}

void CardHost::appendTape(const QStringList &lines)
{
    QFile f(m_dir + QStringLiteral("/tape.txt"));
    if (f.open(QIODevice::Append))
        f.write((lines.join(QLatin1Char('\n')) + QStringLiteral("\n\n")).toUtf8());
}

void pause(int ms)
{
    if (ms > 0)
        QThread::msleep(ulong(ms));
}

void hangForever()
{
    for (;;)
        QThread::sleep(3600);
}

QString pinpadSetting(const QString &iniFile, const QString &key)
{
    QFile f(iniFile);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QString prefix = key + QLatin1Char('=');
    for (const QString &line : QString::fromLatin1(f.readAll()).split(QLatin1Char('\n'))) {
        const QString t = line.trimmed();
        if (t.startsWith(prefix, Qt::CaseInsensitive))
            return t.mid(prefix.size()).trimmed();
    }
    return {};
}

} // namespace devices::payments::emu
