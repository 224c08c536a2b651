#include "devices/vfdformat.h"

#include "devices/money.h"
#include "devices/tr.h"

namespace devices {

namespace {

constexpr char ESC = 0x1B;
constexpr char US = 0x1F;
constexpr char FF = 0x0C;

QString justify(const QString &left, const QString &right, int columns)
{
    if (right.size() >= columns)
        return right.right(columns);
    const qsizetype room = columns - right.size() - (right.isEmpty() ? 0 : 1);
    const QString cut = left.left(qMax<qsizetype>(0, room));
    return cut + QString(columns - cut.size() - right.size(), QLatin1Char(' ')) + right;
}

QString center(const QString &text, int columns)
{
    const QString cut = text.left(columns);
    const qsizetype left = (columns - cut.size()) / 2;
    return QString(QString(left, QLatin1Char(' ')) + cut).leftJustified(columns, QLatin1Char(' '));
}

} // namespace

QVariantMap VfdSettings::toMap() const
{
    QVariantMap map = port.toMap();
    map.insert(QStringLiteral("enabled"), enabled);
    map.insert(QStringLiteral("commandSet"), int(commandSet));
    map.insert(QStringLiteral("columns"), columns);
    map.insert(QStringLiteral("codePage"), codePage);
    map.insert(QStringLiteral("greeting"), greeting);
    return map;
}

VfdSettings VfdSettings::fromMap(const QVariantMap &map)
{
    VfdSettings s;
    s.port = SerialSettings::fromMap(map, s.port);
    s.enabled = map.value(QStringLiteral("enabled"), s.enabled).toBool();
    s.commandSet = CommandSet(map.value(QStringLiteral("commandSet"), int(s.commandSet)).toInt());
    s.columns = map.value(QStringLiteral("columns"), s.columns).toInt();
    s.codePage = map.value(QStringLiteral("codePage"), s.codePage).toInt();
    s.greeting = map.value(QStringLiteral("greeting")).toString();
    return s;
}

namespace vfd {

QByteArray encodeCp866(const QString &text)
{
    QByteArray bytes;
    bytes.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x80)
            bytes += char(u);
        else if (u >= 0x0410 && u <= 0x043F) // А..Я а..п
            bytes += char(0x80 + (u - 0x0410));
        else if (u >= 0x0440 && u <= 0x044F) // р..я
            bytes += char(0xE0 + (u - 0x0440));
        else if (u == 0x0401) // Ё
            bytes += char(0xF0);
        else if (u == 0x0451) // ё
            bytes += char(0xF1);
        else if (u == 0x2116) // №
            bytes += char(0xFC);
        else if (u == 0x00A0 || u == 0x202F) // no-break spaces from number formatting
            bytes += ' ';
        else if (u == 0x00D7) // ×
            bytes += 'x';
        else
            bytes += '?';
    }
    return bytes;
}

QStringList lines(const CustomerDisplayState &state, int columns, const QString &greeting)
{
    using Mode = CustomerDisplayState::Mode;
    switch (state.mode) {
    case Mode::Idle: {
        QString text = !state.greeting.isEmpty() ? state.greeting : greeting;
        if (text.isEmpty())
            text = Tr::tr("Welcome!");
        return {center(text, columns), QString(columns, QLatin1Char(' '))};
    }
    case Mode::Sale:
        return {justify(state.lineName, formatKopecks(state.lineAmountKopecks), columns),
                justify(Tr::tr("Total"), formatKopecks(state.totalKopecks), columns)};
    case Mode::Payment:
        return {justify(Tr::tr("To pay"), formatKopecks(state.totalKopecks), columns),
                justify(state.qrPayload.isEmpty() ? QString() : Tr::tr("Pay by the QR code"), QString(),
                        columns)};
    case Mode::Change:
        return {justify(Tr::tr("Paid"), formatKopecks(state.paidKopecks), columns),
                justify(Tr::tr("Change"), formatKopecks(state.changeKopecks), columns)};
    }
    return {};
}

QByteArray initBytes(const VfdSettings &settings)
{
    QByteArray bytes;
    if (settings.commandSet != VfdSettings::CommandSet::Plain) {
        bytes += ESC;
        bytes += '@';
        if (settings.codePage >= 0) {
            bytes += ESC;
            bytes += 't';
            bytes += char(settings.codePage);
        }
    }
    bytes += FF;
    return bytes;
}

QByteArray frameBytes(const QStringList &lines, const VfdSettings &settings)
{
    QByteArray bytes;
    if (settings.commandSet == VfdSettings::CommandSet::Plain) {
        // Clearing first flickers, but it is the only command every display knows.
        bytes += FF;
        bytes += encodeCp866(lines.value(0));
        bytes += "\r\n";
        bytes += encodeCp866(lines.value(1));
        return bytes;
    }
    // Positioning each line and overwriting it avoids the flicker of a clear on every scan.
    for (qsizetype i = 0; i < lines.size() && i < 2; ++i) {
        if (settings.commandSet == VfdSettings::CommandSet::EpsonEscPos) {
            bytes += US;
            bytes += '$';
        } else {
            bytes += ESC;
            bytes += 'l';
        }
        bytes += char(1);
        bytes += char(i + 1);
        bytes += encodeCp866(lines[i]);
    }
    return bytes;
}

} // namespace vfd

} // namespace devices
