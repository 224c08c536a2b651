#include "app/marking/markingsettings.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>

#include <algorithm>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "app/core/secretfile.h"
#include "app/core/tr.h"
#include "app/marking/permitsettings.h"
#include "app/storage/database.h"

namespace app {

namespace {

const QString kMode = QStringLiteral("marking.mode");
const QString kUrl = QStringLiteral("marking.tspiot.url");
const QString kClientId = QStringLiteral("marking.tspiot.client_id");
const QString kCaFile = QStringLiteral("marking.tspiot.ca_file");
const QString kInfoPort = QStringLiteral("marking.tspiot.info_port");
const QString kLegacyToken = QStringLiteral("marking.tspiot.client_token"); // before the secrets file
const QString kLmUrl = QStringLiteral("marking.legacy.lm_url");
const QString kLmLogin = QStringLiteral("marking.legacy.lm_login");
const QString kBudget = QStringLiteral("marking.budget_ms");
const QString kFromCabinet = QStringLiteral("marking.from_cabinet");

const QString kSecretClient = QStringLiteral("tspiot_client_token");
const QString kSecretChz = QStringLiteral("chz_token");
const QString kSecretLm = QStringLiteral("lm_password");

QString urlProblem(const QString &text, const QString &what)
{
    if (text.isEmpty())
        return {};
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")) ||
        url.host().isEmpty())
        return Tr::tr("The %1 address \"%2\" is not a web address; enter it as https://host:port.")
            .arg(what, text);
    return {};
}

} // namespace

QString MarkingSettings::modeName(Mode mode)
{
    return mode == Mode::Legacy ? QStringLiteral("legacy") : QStringLiteral("tspiot");
}

std::optional<MarkingSettings::Mode> MarkingSettings::modeFromName(const QString &name)
{
    if (name == QLatin1String("tspiot"))
        return Mode::TsPiot;
    if (name == QLatin1String("legacy"))
        return Mode::Legacy;
    return std::nullopt;
}

QString MarkingSettings::validate() const
{
    if (budgetMs < kMinBudgetMs || budgetMs > kMaxBudgetMs)
        return Tr::tr("The check time must be from %1 to %2 ms; %3 ms is out of range.")
            .arg(kMinBudgetMs)
            .arg(kMaxBudgetMs)
            .arg(budgetMs);
    if (const QString p = urlProblem(tsPiotUrl, QStringLiteral("ТС ПИоТ")); !p.isEmpty())
        return p;
    if (tsPiotInfoPort < 0 || tsPiotInfoPort > 65535)
        return Tr::tr("The TS PIoT information port must be from 1 to 65535, or 0 for the check address's "
                      "port.");
    if (const QString p = urlProblem(lmUrl, QStringLiteral("ЛМ ЧЗ")); !p.isEmpty())
        return p;
    if (mode == Mode::TsPiot && !tsPiotUrl.isEmpty() && (clientId.isEmpty() || clientToken.isEmpty()))
        return Tr::tr("Enter the program's client id and token for ТС ПИоТ.");
    for (auto it = strictGroups.cbegin(); it != strictGroups.cend(); ++it)
        if (it.key() <= 0)
            return Tr::tr("Product group %1 does not exist.").arg(it.key());
    return {};
}

std::optional<TsPiotSettings> MarkingSettings::tsPiot() const
{
    if (mode != Mode::TsPiot || tsPiotUrl.isEmpty())
        return std::nullopt;
    TsPiotSettings s;
    s.url = QUrl(tsPiotUrl);
    s.clientId = clientId;
    s.clientToken = clientToken;
    s.caFile = caFile;
    s.budgetMs = budgetMs;
    s.infoPort = tsPiotInfoPort;
    return s;
}

MarkingSettingsStore::MarkingSettingsStore(Database &db, QString secretsPath)
    : m_db(db)
    , m_secretsPath(secretsPath.isEmpty() ? defaultSecretsPath() : std::move(secretsPath))
{}

QString MarkingSettingsStore::defaultSecretsPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) +
           QStringLiteral("/marking-secrets.json");
}

MarkingSettings MarkingSettingsStore::load() const
{
    MarkingSettings s;
    s.mode =
        MarkingSettings::modeFromName(markingSetting(m_db, kMode)).value_or(MarkingSettings::Mode::TsPiot);
    s.tsPiotUrl = markingSetting(m_db, kUrl);
    s.clientId = markingSetting(m_db, kClientId);
    s.caFile = markingSetting(m_db, kCaFile);
    bool portStored = false;
    if (const int port = markingSetting(m_db, kInfoPort).toInt(&portStored); portStored)
        s.tsPiotInfoPort = port;
    s.lmUrl = markingSetting(m_db, kLmUrl);
    s.lmLogin = markingSetting(m_db, kLmLogin);
    if (const int budget = markingSetting(m_db, kBudget).toInt(); budget > 0)
        s.budgetMs = std::clamp(budget, MarkingSettings::kMinBudgetMs, MarkingSettings::kMaxBudgetMs);
    s.fromCabinet = markingSetting(m_db, kFromCabinet) == QLatin1String("1");

    QFile f(m_secretsPath);
    if (f.open(QIODevice::ReadOnly)) {
        const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        s.clientToken = o.value(kSecretClient).toString();
        s.chzToken = o.value(kSecretChz).toString();
        s.lmPassword = o.value(kSecretLm).toString();
    }
    if (s.clientToken.isEmpty()) // a till set up before the secrets file: the next save moves it out
        s.clientToken = markingSetting(m_db, kLegacyToken);

    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT group_id, strict_offline FROM marking_group_policy"));
    if (q.exec())
        while (q.next())
            s.strictGroups.insert(q.value(0).toInt(), q.value(1).toBool());
    return s;
}

bool MarkingSettingsStore::save(const MarkingSettings &s, QString *error) const
{
    if (const QString problem = s.validate(); !problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    // The secrets first: a crash after them leaves the old plain settings with new secrets, never
    // a token in the database.
    if (!saveSecrets(s, error))
        return false;
    Transaction tx(m_db);
    QSqlQuery q = m_db.prepare(QStringLiteral("INSERT OR REPLACE INTO settings(key, value) VALUES (?, ?)"));
    const QList<std::pair<QString, QString>> rows{
        {kMode, MarkingSettings::modeName(s.mode)},
        {kUrl, s.tsPiotUrl},
        {kClientId, s.clientId},
        {kCaFile, s.caFile},
        {kInfoPort, QString::number(s.tsPiotInfoPort)},
        {kLmUrl, s.lmUrl},
        {kLmLogin, s.lmLogin},
        {kBudget, QString::number(s.budgetMs)},
        {kFromCabinet, s.fromCabinet ? QStringLiteral("1") : QStringLiteral("0")}};
    for (const auto &[key, value] : rows) {
        q.bindValue(0, key);
        q.bindValue(1, sqlText(value));
        if (!q.exec()) {
            if (error)
                *error = Database::storageError(q).message;
            return false;
        }
    }
    QSqlQuery del = m_db.prepare(QStringLiteral("DELETE FROM settings WHERE key = ?"));
    del.addBindValue(kLegacyToken);
    QSqlQuery clear = m_db.prepare(QStringLiteral("DELETE FROM marking_group_policy"));
    if (!del.exec() || !clear.exec()) {
        if (error)
            *error = Database::storageError(del).message;
        return false;
    }
    QSqlQuery put = m_db.prepare(
        QStringLiteral("INSERT INTO marking_group_policy(group_id, strict_offline) VALUES (?, ?)"));
    for (auto it = s.strictGroups.cbegin(); it != s.strictGroups.cend(); ++it) {
        put.bindValue(0, it.key());
        put.bindValue(1, it.value() ? 1 : 0);
        if (!put.exec()) {
            if (error)
                *error = Database::storageError(put).message;
            return false;
        }
    }
    if (!tx.commit()) {
        if (error)
            *error = Tr::tr("Cannot save the marking settings.");
        return false;
    }
    return true;
}

bool MarkingSettingsStore::setGroupPolicy(int groupId, bool strict) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO marking_group_policy(group_id, strict_offline) VALUES (?, ?)"));
    q.addBindValue(groupId);
    q.addBindValue(strict ? 1 : 0);
    return q.exec();
}

bool MarkingSettingsStore::saveSecrets(const MarkingSettings &s, QString *error) const
{
    const QJsonObject o{{kSecretClient, s.clientToken}, {kSecretChz, s.chzToken}, {kSecretLm, s.lmPassword}};
    QString reason;
    if (!writeSecretFile(m_secretsPath, QJsonDocument(o).toJson(QJsonDocument::Indented), &reason)) {
        if (error)
            *error = Tr::tr("Cannot save the marking secrets to %1: %2").arg(m_secretsPath, reason);
        return false;
    }
    return true;
}

} // namespace app
