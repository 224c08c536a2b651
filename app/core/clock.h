#pragma once

// Injected time source: services read "now" through it so lockouts and shifts are testable.

#include <QDateTime>

#include <functional>

namespace app {

using Clock = std::function<QDateTime()>;

inline Clock systemClock()
{
    return [] { return QDateTime::currentDateTimeUtc(); };
}

// Storage format of every timestamp: UTC, ISO 8601 with milliseconds (sorts as text).
inline QString toStorage(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

inline QDateTime fromStorage(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    t.setTimeSpec(Qt::UTC);
    return t;
}

} // namespace app
