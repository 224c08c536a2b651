#pragma once

// The one owner of the till's marking settings (issue 18, "Settings"): which service checks the
// codes, where it is, the credentials, the per-group policy and the time budget. Plain settings live
// in the till database (settings keys marking.*, table marking_group_policy); the secrets (the
// ТС ПИоТ client token, the Честный знак token, the ЛМ ЧЗ password) live outside it in a JSON file
// readable by the owner only, written atomically, as the cloud device token is (app/cloud/tokenstore):
// the sales database may be copied for support, the secrets must not travel with it.

#include <QMap>
#include <QString>

#include <optional>

#include "app/marking/tspiotclient.h"

namespace app {

class Database;

struct MarkingSettings
{
    enum class Mode { TsPiot, Legacy }; // legacy: Честный знак True API + ЛМ ЧЗ (stored only for now)

    static constexpr int kDefaultBudgetMs = 1500; // ПП 1944: 1.5 s at most from the scan
    static constexpr int kMinBudgetMs = 200;
    static constexpr int kMaxBudgetMs = 1500;

    Mode mode = Mode::TsPiot;
    QString tsPiotUrl;
    QString clientId;
    QString clientToken; // secret
    QString caFile;      // the CA that signed the module's certificate; empty: the system's CAs
    int tsPiotInfoPort = TsPiotSettings::kDefaultInfoPort; // 0: the check address's port
    QString chzToken; // secret: «Токен для работы с Честным Знаком»
    QString lmUrl;
    QString lmLogin;
    QString lmPassword;           // secret
    QMap<int, bool> strictGroups; // product group id -> strict (refuse without an answer)
    int budgetMs = kDefaultBudgetMs;
    bool fromCabinet = false; // pulled from the cabinet: read-only on the till

    // The first problem found, in the user's language; empty when the settings may be saved.
    QString validate() const;
    // What the ТС ПИоТ client needs, when the mode is ТС ПИоТ and an address is set.
    std::optional<TsPiotSettings> tsPiot() const;

    static QString modeName(Mode mode); // "tspiot" / "legacy", the stored and wire form
    static std::optional<Mode> modeFromName(const QString &name);
};

class MarkingSettingsStore final
{
public:
    // secretsPath empty: AppConfigLocation/marking-secrets.json
    explicit MarkingSettingsStore(Database &db, QString secretsPath = {});

    MarkingSettings load() const;
    // Validates first; on failure nothing is written and *error says why.
    bool save(const MarkingSettings &settings, QString *error = nullptr) const;
    bool setGroupPolicy(int groupId, bool strict) const;

    QString secretsPath() const { return m_secretsPath; }
    static QString defaultSecretsPath();

private:
    bool saveSecrets(const MarkingSettings &settings, QString *error) const;

    Database &m_db;
    QString m_secretsPath;
};

} // namespace app
