#pragma once

// The permissive-mode check of a scanned marking code, for the sale screen (issue 18):
// 1. the till's own sold-code register, at once on the caller's thread (under a millisecond);
// 2. ТС ПИоТ, or in the legacy mode True API + ЛМ ЧЗ (LegacyClient), on the checker's own thread,
//    within one budget of 1.5 s from the scan;
// 3. the ban rules on the answer, or, with no usable answer, the product group's policy: sell
//    without a check (with a badge) or refuse (groups the owner marked strict).
// The answer comes back as checked(requestId, verdict) on the caller's thread; the fiscal drive's
// own check (FF61h/FF69h) runs after an allowing verdict, as before.

#include <QHash>
#include <QObject>
#include <QThread>

#include <optional>

#include "app/core/money.h"
#include "app/marking/permitsettings.h"
#include "app/marking/permitverdict.h"
#include "app/marking/soldcoderegister.h"
#include "app/marking/tspiotclient.h"

namespace app {

class Database;

struct PermitQuery
{
    QString code; // as scanned, GS = 0x1D
    QString gtin;
    Kopecks price = 0;
    std::int64_t saleId = 0; // the open sale the code goes into (a return: the sale it returns)
    bool isReturn = false;   // a return: the return rule of §4.1, and no refusal for "sold here"
    int units = 0;           // a part of a pack (§4.2): this many of its pieces; 0: the whole item
};

class PermitChecker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PermitChecker)

public:
    // Without ТС ПИоТ settings every code that passes the register is sold unchecked (with the
    // badge), or refused for a strict group.
    explicit PermitChecker(Database &db, std::optional<TsPiotSettings> tsPiot = std::nullopt,
                           QObject *parent = nullptr);
    ~PermitChecker() override;

    void setTsPiot(std::optional<TsPiotSettings> settings);
    void setLegacy(std::optional<LegacySettings> settings);
    void setMode(PermitMode mode);
    PermitMode mode() const { return m_mode; }
    const std::optional<TsPiotSettings> &tsPiot() const { return m_settings; }
    // The ТС ПИоТ part of the till's marking settings (their owner: MarkingSettingsStore), if set.
    static std::optional<TsPiotSettings> storedSettings(Database &db);

    // The register's refusal, at once; nullopt when the code may go on to the network check.
    // `units` > 0: pieces of a pack, which the pack's remainder judges first.
    std::optional<PermitVerdict> localRefusal(const QString &code, std::int64_t saleId, int units = 0);
    // Runs the whole check (register included); the verdict arrives through checked().
    int check(const PermitQuery &query);

    // Per-group policy (reference §4.3-4.4): a strict group refuses a code that got no answer.
    bool setStrictOffline(int groupId, bool strict);

Q_SIGNALS:
    void checked(int requestId, const app::PermitVerdict &verdict);
    void requestCheck(int requestId, const QByteArray &code, QDeadlineTimer deadline); // to the client

private:
    struct Pending
    {
        PermitQuery query;
        QElapsedTimer started;
        bool soldHere = false;         // a return: the register holds the code as sold by this till
        std::optional<PackCount> pack; // a pack sold piece by piece: what the register counted of it
    };
    PermitVerdict judge(const Pending &pending, const TsPiotResult &result);
    void onAnswered(int requestId, const TsPiotResult &result);
    PermitVerdict fallback(const PermitQuery &query, PermitVerdict::Kind kind, const QString &badge);
    int groupOf(const QString &gtin);
    void learnGroup(const QString &gtin, const QList<int> &groups);
    void finish(int requestId, PermitVerdict verdict, const QElapsedTimer &started);
    void rewire(); // requestCheck goes to the client of the mode
    void abandonPending(PermitMode of);
    QObject *activeClient() const;
    int budgetMs() const;

    Database &m_db;
    std::optional<TsPiotSettings> m_settings;
    QThread m_thread;
    TsPiotClient *m_client = nullptr;
    std::optional<LegacySettings> m_legacySettings;
    LegacyClient *m_legacy = nullptr;
    PermitMode m_mode = PermitMode::TsPiot;
    QHash<int, Pending> m_pending;
    int m_nextId = 1;
    bool m_tokenAlertShown = false;
};

} // namespace app
