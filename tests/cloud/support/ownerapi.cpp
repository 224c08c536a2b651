#include "ownerapi.h"

#include <QDebug>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUuid>

#include "cabinet/auth/password.h"
#include "cabinet/db/connection.h"

namespace cloudtest {

namespace {

void wait(QNetworkReply *reply)
{
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
}

} // namespace

bool addOwner(const QString &connection, const QString &org, const QString &email, const QString &password)
{
    try {
        auto db = cabinet::db::open(connection.toStdString());
        db->query("INSERT INTO users (id, organization_id, email, password_hash, role, "
                  "all_points_of_sale, confirmed, created_at) VALUES ($1, $2, $3, $4, 'owner', 1, 1, 0)",
                  {QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString(), org.toStdString(),
                   email.toStdString(), cabinet::auth::hashPassword(password.toStdString())});
        return true;
    } catch (const std::exception &e) {
        qWarning() << "cannot add the owner:" << e.what();
        return false;
    }
}

OwnerApi::OwnerApi(QString base)
    : m_base(std::move(base))
{}

bool OwnerApi::login(const QString &email, const QString &password)
{
    const QJsonObject body{{QStringLiteral("email"), email}, {QStringLiteral("password"), password}};
    QNetworkRequest rq(QUrl(m_base + QStringLiteral("/api/owner/v1/auth/login")));
    rq.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply *reply = m_net.post(rq, QJsonDocument(body).toJson(QJsonDocument::Compact));
    wait(reply);
    const QByteArray cookie = reply->rawHeader("Set-Cookie");
    m_cookie = cookie.left(cookie.indexOf(';'));
    m_csrf = QJsonDocument::fromJson(reply->readAll())
                 .object()
                 .value(QLatin1String("csrf_token"))
                 .toString()
                 .toUtf8();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->deleteLater();
    return status == 200 && !m_cookie.isEmpty();
}

QJsonValue OwnerApi::get(const QString &path)
{
    QNetworkRequest rq(QUrl(m_base + QStringLiteral("/api/owner/v1") + path));
    rq.setRawHeader("Cookie", m_cookie);
    QNetworkReply *reply = m_net.get(rq);
    wait(reply);
    const QByteArray body = reply->readAll();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->deleteLater();
    if (status != 200) {
        qWarning().noquote() << path << status << body;
        return {};
    }
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}

int OwnerApi::put(const QString &path, const QJsonObject &body)
{
    QNetworkRequest rq(QUrl(m_base + QStringLiteral("/api/owner/v1") + path));
    rq.setRawHeader("Cookie", m_cookie);
    rq.setRawHeader("X-CSRF-Token", m_csrf);
    rq.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply *reply = m_net.put(rq, QJsonDocument(body).toJson(QJsonDocument::Compact));
    wait(reply);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 200)
        qWarning().noquote() << "PUT" << path << status << reply->readAll();
    reply->deleteLater();
    return status;
}

} // namespace cloudtest
