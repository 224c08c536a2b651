#pragma once

// A page of GET /changes as the till reads it. A cabinet that stored text which is not UTF-8 (an
// old `admin import` of a Windows-1251 file did) makes the whole page invalid JSON; here that costs
// only the entities carrying such text: they come back marked `unreadable` without their data, and
// the rest of the page, with its cursor, stands (issue 21 §3).

#include <QByteArray>
#include <QJsonArray>
#include <QString>

#include <optional>

namespace app::cloud {

struct PulledPage
{
    QString phase; // delta, snapshot
    QJsonArray changes;
    QString nextCursor;
    bool hasMore = false;
    bool snapshotDone = false;
};

// The member a change carries when its bytes were not UTF-8 (its `data` is then left out).
inline constexpr char kUnreadable[] = "unreadable";

// Nothing when the body is not a page even after mending its text.
std::optional<PulledPage> readPulledPage(const QByteArray &body);

} // namespace app::cloud
