#include "app/marking/permitchecker.h"

#include <QSqlQuery>

#include "app/core/tr.h"
#include "app/logging.h"
#include "app/marking/markingsettings.h"
#include "app/marking/permitrules.h"
#include "app/marking/soldcoderegister.h"
#include "app/storage/database.h"

namespace app {

namespace {

// A return of a code this till sold, with no usable answer: it comes back, with the badge.
PermitVerdict soldHereUnchecked()
{
    PermitVerdict v;
    v.kind = PermitVerdict::Kind::AllowUnchecked;
    v.text = uncheckedBadge();
    return v;
}

} // namespace

PermitChecker::PermitChecker(Database &db, std::optional<TsPiotSettings> tsPiot, QObject *parent)
    : QObject(parent)
    , m_db(db)
{
    qRegisterMetaType<app::PermitVerdict>();
    qRegisterMetaType<app::TsPiotResult>();
    m_thread.setObjectName(QStringLiteral("tspiot"));
    m_thread.start();
    setTsPiot(std::move(tsPiot));
}

PermitChecker::~PermitChecker()
{
    // Deferred deletes still run once the thread's loop has finished.
    for (QObject *client : {static_cast<QObject *>(m_client), static_cast<QObject *>(m_legacy)})
        if (client)
            connect(&m_thread, &QThread::finished, client, &QObject::deleteLater);
    m_thread.quit();
    m_thread.wait();
}

void PermitChecker::setTsPiot(std::optional<TsPiotSettings> settings)
{
    abandonPending(PermitMode::TsPiot);
    if (m_client) {
        disconnect(m_client, nullptr, this, nullptr);
        m_client->deleteLater(); // on its thread, with its network manager
        m_client = nullptr;
    }
    m_settings = std::move(settings);
    if (m_settings && m_settings->url.isValid()) {
        m_client = new TsPiotClient(*m_settings);
        m_client->moveToThread(&m_thread);
        connect(m_client, &TsPiotClient::answered, this, &PermitChecker::onAnswered, Qt::QueuedConnection);
    }
    rewire();
}

void PermitChecker::setLegacy(std::optional<LegacySettings> settings)
{
    abandonPending(PermitMode::Legacy);
    if (m_legacy) {
        disconnect(m_legacy, nullptr, this, nullptr);
        m_legacy->deleteLater();
        m_legacy = nullptr;
    }
    m_legacySettings = std::move(settings);
    if (m_legacySettings && m_legacySettings->cdnUrl.isValid()) {
        m_legacy = new LegacyClient(*m_legacySettings);
        m_legacy->moveToThread(&m_thread);
        connect(m_legacy, &LegacyClient::answered, this, &PermitChecker::onAnswered, Qt::QueuedConnection);
        // Discovery at once, so that the first scan finds the sites already measured.
        QMetaObject::invokeMethod(m_legacy, &LegacyClient::refresh, Qt::QueuedConnection);
    }
    rewire();
}

void PermitChecker::setMode(PermitMode mode)
{
    m_mode = mode;
    rewire();
}

// A client replaced in the middle of a check (the settings were saved or pulled) never answers it:
// the check ends as "no answer", so the sale screen does not wait for ever.
void PermitChecker::abandonPending(PermitMode of)
{
    if (m_mode != of)
        return;
    const QList<int> ids = m_pending.keys();
    for (const int id : ids) {
        TsPiotResult r;
        r.detail = QStringLiteral("the check settings changed during the check");
        QMetaObject::invokeMethod(
            this, [this, id, r] { onAnswered(id, r); }, Qt::QueuedConnection);
    }
}

void PermitChecker::rewire()
{
    disconnect(this, &PermitChecker::requestCheck, nullptr, nullptr);
    if (m_mode == PermitMode::Legacy && m_legacy)
        connect(this, &PermitChecker::requestCheck, m_legacy, &LegacyClient::check, Qt::QueuedConnection);
    else if (m_mode == PermitMode::TsPiot && m_client)
        connect(this, &PermitChecker::requestCheck, m_client, &TsPiotClient::check, Qt::QueuedConnection);
}

QObject *PermitChecker::activeClient() const
{
    return m_mode == PermitMode::Legacy ? static_cast<QObject *>(m_legacy) : static_cast<QObject *>(m_client);
}

int PermitChecker::budgetMs() const
{
    return m_mode == PermitMode::Legacy ? m_legacySettings->budgetMs : m_settings->budgetMs;
}

std::optional<TsPiotSettings> PermitChecker::storedSettings(Database &db)
{
    return MarkingSettingsStore(db).load().tsPiot();
}

std::optional<PermitVerdict> PermitChecker::localRefusal(const QString &code, std::int64_t saleId, int units)
{
    SoldCodeRegister reg(m_db);
    PermitVerdict v;
    v.kind = PermitVerdict::Kind::Refuse;
    v.source = PermitVerdict::Source::LocalRegister;
    if (const auto sold = reg.findSold(code)) {
        v.text = SoldCodeRegister::refusalText(*sold);
        v.detail = QStringLiteral("sold in sale %1").arg(sold->saleId);
        return v;
    }
    // The same rule as SalesService::addLine's, told before the network is asked; for pieces of a
    // pack in this receipt the pack's remainder speaks first, and the cart's rule after it.
    if (const auto holder = reg.openSaleHolding(code, saleId); holder && !(units > 0 && *holder == saleId)) {
        v.text = *holder == saleId ? Tr::tr("This marking code is already in the receipt.")
                                   : Tr::tr("This marking code is already in another open or parked sale.");
        return v;
    }
    return std::nullopt;
}

int PermitChecker::check(const PermitQuery &query)
{
    const int id = m_nextId++;
    QElapsedTimer started;
    started.start();
    // A return wants the opposite of a sale from the register: a code sold here may come back.
    const bool soldHere = query.isReturn && SoldCodeRegister(m_db).findSold(query.code).has_value();
    if (auto refused = query.isReturn ? std::nullopt : localRefusal(query.code, query.saleId, query.units)) {
        // Still through the event loop: the caller files the request id before the answer.
        QMetaObject::invokeMethod(
            this, [this, id, v = *refused, started] { finish(id, v, started); }, Qt::QueuedConnection);
        return id;
    }
    // A pack this till sells piece by piece: what its register counted.
    const auto pack = query.isReturn ? std::nullopt : SoldCodeRegister(m_db).packCount(query.code);
    if (!activeClient()) {
        PermitVerdict v = fallback(query, PermitVerdict::Kind::AllowUnchecked, uncheckedBadge());
        if (soldHere) // sold here: nothing to doubt, whatever the group's policy
            v = soldHereUnchecked();
        if (query.units > 0)
            judgePart(v, pack ? std::optional<int>(pack->total) : std::nullopt, std::nullopt, query.units,
                      pack ? pack->sold : 0);
        else if (!query.isReturn)
            judgeWhole(v, std::nullopt, pack ? pack->sold : 0);
        v.source = PermitVerdict::Source::NotConfigured;
        v.detail = m_mode == PermitMode::Legacy ? QStringLiteral("the legacy check is not set up")
                                                : QStringLiteral("ТС ПИоТ is not set up");
        QMetaObject::invokeMethod(
            this, [this, id, v, started] { finish(id, v, started); }, Qt::QueuedConnection);
        return id;
    }
    m_pending.insert(id, {query, started, soldHere, pack});
    Q_EMIT requestCheck(id, query.code.toUtf8(), QDeadlineTimer(budgetMs()));
    return id;
}

void PermitChecker::onAnswered(int requestId, const TsPiotResult &result)
{
    const auto it = m_pending.find(requestId);
    if (it == m_pending.end())
        return;
    const Pending pending = *it;
    m_pending.erase(it);
    PermitVerdict v = judge(pending, result);
    if (result.status == TsPiotResult::Status::Unauthorized || result.tokenRefused) {
        // Once per run of the till, whoever answered instead: the administrator must fix the credentials.
        v.adminAlert = !m_tokenAlertShown;
        m_tokenAlertShown = true;
    }
    if (m_mode == PermitMode::TsPiot)
        v.source = PermitVerdict::Source::TsPiot;
    else
        v.source = result.answer && result.answer->checkedOffline ? PermitVerdict::Source::LocalModule
                                                                  : PermitVerdict::Source::TrueApi;
    v.detail = result.detail + (v.detail.isEmpty() ? QString() : QStringLiteral("; ") + v.detail);
    finish(requestId, v, pending.started);
}

PermitVerdict PermitChecker::judge(const Pending &pending, const TsPiotResult &result)
{
    PermitVerdict v;
    switch (result.status) {
    case TsPiotResult::Status::Answered:
        v = pending.query.isReturn
                ? judgeReturn(*result.answer, pending.soldHere)
                : judgeSale(*result.answer, pending.query.price, QDateTime::currentDateTimeUtc());
        if (!result.answer->codes.isEmpty())
            learnGroup(pending.query.gtin, result.answer->codes.first().groupIds);
        break;
    case TsPiotResult::Status::Emergency:
        v = fallback(pending.query, PermitVerdict::Kind::AllowUnchecked, uncheckedEmergencyBadge());
        break;
    case TsPiotResult::Status::Unauthorized:
        v = fallback(pending.query, PermitVerdict::Kind::AllowUnchecked, uncheckedBadge());
        break;
    case TsPiotResult::Status::Untrusted:
        // The same policy as no answer, but the cashier (and whoever she calls) sees why.
        v = fallback(pending.query, PermitVerdict::Kind::AllowUnchecked, untrustedBadge(result.reason));
        if (v.kind == PermitVerdict::Kind::Refuse)
            v.text = untrustedRefusal(result.reason);
        break;
    case TsPiotResult::Status::NoAnswer:
    case TsPiotResult::Status::Malformed:
        v = fallback(pending.query, PermitVerdict::Kind::AllowUnchecked, uncheckedBadge());
        break;
    }
    // A code this till sold comes back even without an answer, whatever the group's policy.
    if (pending.soldHere && v.kind == PermitVerdict::Kind::Refuse)
        v = soldHereUnchecked();
    // A part of a pack: only while its pieces last, by Честный знак's count and ours.
    if (pending.query.units > 0) {
        const ChzCodeFacts *f =
            result.answer && !result.answer->codes.isEmpty() ? &result.answer->codes.first() : nullptr;
        std::optional<int> total = f ? f->innerUnitCount : std::nullopt;
        if (!total && pending.pack)
            total = pending.pack->total;
        judgePart(v, total, f ? f->soldUnitCount : std::nullopt, pending.query.units,
                  pending.pack ? pending.pack->sold : 0);
    } else if (!pending.query.isReturn) {
        const ChzCodeFacts *f =
            result.answer && !result.answer->codes.isEmpty() ? &result.answer->codes.first() : nullptr;
        judgeWhole(v, f ? f->soldUnitCount : std::nullopt, pending.pack ? pending.pack->sold : 0);
    }
    return v;
}

PermitVerdict PermitChecker::fallback(const PermitQuery &query, PermitVerdict::Kind kind,
                                      const QString &badge)
{
    PermitVerdict v;
    const int group = groupOf(query.gtin);
    QSqlQuery q =
        m_db.prepare(QStringLiteral("SELECT strict_offline FROM marking_group_policy WHERE group_id = ?"));
    q.addBindValue(group);
    if (group > 0 && q.exec() && q.next() && q.value(0).toBool()) {
        v.kind = PermitVerdict::Kind::Refuse;
        v.text = strictGroupRefusal();
        return v;
    }
    v.kind = kind;
    v.text = badge;
    return v;
}

int PermitChecker::groupOf(const QString &gtin)
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT group_id FROM marking_gtin_groups WHERE gtin = ?"));
    q.addBindValue(gtin);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

void PermitChecker::learnGroup(const QString &gtin, const QList<int> &groups)
{
    if (gtin.isEmpty() || groups.isEmpty())
        return;
    QSqlQuery q = m_db.prepare(
        QStringLiteral("INSERT OR REPLACE INTO marking_gtin_groups(gtin, group_id) VALUES (?, ?)"));
    q.addBindValue(gtin);
    q.addBindValue(groups.first());
    if (!q.exec())
        qCWarning(lcDb) << "cannot remember the group of a GTIN:" << Database::storageError(q).message;
}

bool PermitChecker::setStrictOffline(int groupId, bool strict)
{
    return MarkingSettingsStore(m_db).setGroupPolicy(groupId, strict);
}

void PermitChecker::finish(int requestId, PermitVerdict verdict, const QElapsedTimer &started)
{
    verdict.elapsedMs = int(started.elapsed());
    qCInfo(lcApp) << "permissive check" << requestId << "kind" << int(verdict.kind) << "in"
                  << verdict.elapsedMs << "ms:" << verdict.detail;
    Q_EMIT checked(requestId, verdict);
}

} // namespace app
