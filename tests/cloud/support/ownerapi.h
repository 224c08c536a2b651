#pragma once

// The owner's side of a cabinet under test: an owner account written straight into its database,
// and a session of the owner API (/api/owner/v1) to read what the owner sees.

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QNetworkAccessManager>
#include <QString>

namespace cloudtest {

// An owner of `org` with all points of sale, confirmed; `connection` as CabinetServer names it.
bool addOwner(const QString &connection, const QString &org, const QString &email, const QString &password);

class OwnerApi
{
public:
    explicit OwnerApi(QString base);

    bool login(const QString &email, const QString &password);
    // GET /api/owner/v1<path>: the JSON answer, or null (with a warning) on anything but 200.
    QJsonValue get(const QString &path);
    // PUT /api/owner/v1<path> with the session's CSRF token: the HTTP status (0: no answer).
    int put(const QString &path, const QJsonObject &body);

private:
    QString m_base;
    QByteArray m_cookie;
    QByteArray m_csrf;
    QNetworkAccessManager m_net;
};

} // namespace cloudtest
