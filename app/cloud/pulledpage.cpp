#include "app/cloud/pulledpage.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace app::cloud {

namespace {

// Every change whose text needed mending loses its data and is marked. A genuine U+FFFD in another
// change of such a page is marked too: rare, and held rather than applied wrongly.
QJsonArray markUnreadable(const QJsonArray &changes)
{
    static const QByteArray replacement = QStringLiteral("\uFFFD").toUtf8();
    QJsonArray out;
    for (const QJsonValue &v : changes) {
        QJsonObject c = v.toObject();
        if (QJsonDocument(c).toJson(QJsonDocument::Compact).contains(replacement)) {
            c.remove(QStringLiteral("data"));
            c.insert(QLatin1String(kUnreadable), true);
        }
        out.append(c);
    }
    return out;
}

} // namespace

std::optional<PulledPage> readPulledPage(const QByteArray &body)
{
    QJsonParseError error{};
    QJsonObject page = QJsonDocument::fromJson(body, &error).object();
    bool mended = false;
    if (error.error != QJsonParseError::NoError) {
        // QString::fromUtf8 puts U+FFFD in place of every byte sequence that is not UTF-8; a body
        // that was UTF-8 comes out the same and fails again.
        page = QJsonDocument::fromJson(QString::fromUtf8(body).toUtf8(), &error).object();
        mended = true;
    }
    if (error.error != QJsonParseError::NoError)
        return std::nullopt;
    PulledPage p;
    p.phase = page.value(QLatin1String("phase")).toString();
    p.changes = page.value(QLatin1String("changes")).toArray();
    if (mended)
        p.changes = markUnreadable(p.changes);
    p.nextCursor = page.value(QLatin1String("next_cursor")).toString();
    p.hasMore = page.value(QLatin1String("has_more")).toBool();
    p.snapshotDone = page.value(QLatin1String("snapshot_done")).toBool();
    return p;
}

} // namespace app::cloud
