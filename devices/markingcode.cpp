#include "devices/markingcode.h"

#include "devices/gs1.h"
#include "devices/tr.h"

namespace devices {

namespace {

constexpr QChar GS{gs1::GroupSeparator};
constexpr int TobaccoPackLength = 29;
constexpr qsizetype MaxParses = 32;

struct Field
{
    QString ai;
    QString value;
    bool variable = false;
    bool hadSeparator = false; // a GS followed it in the scanned text
};
using Fields = QList<Field>;

struct Failure
{
    qsizetype position = -1;
    CodeError error = CodeError::None;
    QString detail;

    void note(qsizetype at, CodeError e, const QString &what)
    {
        if (at > position) {
            position = at;
            error = e;
            detail = what;
        }
    }
};

bool allSet82(QStringView text)
{
    for (const QChar c : text) {
        if (!gs1::isSet82(c))
            return false;
    }
    return true;
}

bool hasCyrillic(const QString &text)
{
    for (const QChar c : text) {
        if (c.script() == QChar::Script_Cyrillic)
            return true;
    }
    return false;
}

// Every complete split of text into AIs. With GS present the split is unique; when the scanner lost
// GS, variable fields try the lengths the marking groups use, so several splits may come back and
// the validator picks the first that makes sense.
class AiSplitter
{
public:
    explicit AiSplitter(QStringView text)
        : m_text(text)
    {}

    QList<Fields> run()
    {
        Fields current;
        walk(0, current);
        return m_results;
    }

    const Failure &failure() const { return m_failure; }

private:
    void walk(qsizetype pos, Fields &current)
    {
        if (m_results.size() >= MaxParses)
            return;
        while (pos < m_text.size() && m_text[pos] == GS)
            ++pos;
        if (pos >= m_text.size()) {
            if (!current.isEmpty())
                m_results.append(current);
            return;
        }
        const QStringView rest = m_text.sliced(pos);
        const gs1::AiSpec *spec = gs1::findAi(rest);
        if (!spec) {
            m_failure.note(pos, CodeError::UnknownAi, rest.left(4).toString());
            return;
        }
        const qsizetype aiLength = spec->length();
        if (rest.size() <= aiLength) {
            m_failure.note(pos, CodeError::TruncatedAi, rest.toString());
            return;
        }
        const QString ai = rest.first(aiLength).toString();
        const qsizetype start = pos + aiLength;
        const QStringView body = m_text.sliced(start);

        if (spec->fixedLength > 0) {
            const qsizetype gsAt = body.indexOf(GS);
            if (body.size() < spec->fixedLength || (gsAt >= 0 && gsAt < spec->fixedLength)) {
                m_failure.note(start, CodeError::TruncatedAi, ai);
                return;
            }
            tryValue(spec, ai, start, spec->fixedLength, false, current);
            return;
        }

        const qsizetype gsAt = body.indexOf(GS);
        if (gsAt >= 0 && gsAt <= spec->maxLength) {
            tryValue(spec, ai, start, gsAt, true, current);
            // One GS kept and an earlier one lost ("21<serial>93<tail><GS>3103..."): try the group lengths.
            if (!spec->preferredLengths.contains(int(gsAt))) {
                for (const int preferred : spec->preferredLengths) {
                    if (preferred < gsAt)
                        tryValue(spec, ai, start, preferred, true, current);
                }
            }
            return;
        }
        // No separator where one should be: the scanner lost it (or this is the last field).
        const qsizetype available = gsAt >= 0 ? gsAt : body.size();
        QList<qsizetype> lengths;
        for (const int preferred : spec->preferredLengths) {
            if (preferred < available)
                lengths.append(preferred);
        }
        if (available <= spec->maxLength && !lengths.contains(available))
            lengths.append(available);
        if (lengths.isEmpty()) {
            m_failure.note(start, CodeError::MissingSeparator, ai);
            return;
        }
        for (const qsizetype length : std::as_const(lengths))
            tryValue(spec, ai, start, length, true, current);
    }

    void tryValue(const gs1::AiSpec *spec, const QString &ai, qsizetype start, qsizetype length,
                  bool variable, Fields &current)
    {
        const QStringView value = m_text.sliced(start, length);
        if (value.isEmpty()) {
            m_failure.note(start, CodeError::TruncatedAi, ai);
            return;
        }
        if (spec->numeric && !gs1::isDigits(value)) {
            m_failure.note(start, ai == u"01" ? CodeError::BadGtin : CodeError::BadAiValue, ai);
            return;
        }
        if (!allSet82(value)) {
            m_failure.note(start, CodeError::InvalidCharacter, ai);
            return;
        }
        const qsizetype end = start + length;
        const bool separator = end < m_text.size() && m_text[end] == GS;
        current.append({ai, value.toString(), variable, separator});
        walk(end, current);
        current.removeLast();
    }

    QStringView m_text;
    QList<Fields> m_results;
    Failure m_failure;
};

const Field *find(const Fields &fields, QStringView ai)
{
    for (const Field &f : fields) {
        if (f.ai == ai)
            return &f;
    }
    return nullptr;
}

// YYMMDD; GS1 allows DD = 00 for "end of month".
std::optional<QDate> gs1Date(const QString &digits)
{
    const int year = 2000 + digits.first(2).toInt();
    const int month = digits.sliced(2, 2).toInt();
    const int day = digits.sliced(4, 2).toInt();
    if (month < 1 || month > 12)
        return std::nullopt;
    if (day == 0)
        return QDate(year, month, 1).addMonths(1).addDays(-1);
    const QDate date(year, month, day);
    return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
}

struct Verdict
{
    CodeError error = CodeError::None;
    QString detail;
    MarkingCode code;

    Verdict &failed(CodeError e, const QString &why)
    {
        error = e;
        detail = why;
        return *this;
    }
};

// Every field into the code's list, and the weight, expiry, batch and price from theirs; the AI
// whose value cannot be read, empty when all can.
QString readAttributes(const Fields &fields, MarkingCode &c)
{
    for (const Field &f : fields) {
        c.fields.append({f.ai, f.value});
        if (f.ai.startsWith(u"31") && f.ai.size() == 4) {
            // 310n: kilograms with n decimals; grams are exact for n <= 3.
            const int decimals = f.ai.back().unicode() - u'0';
            qint64 value = f.value.toLongLong();
            for (int i = decimals; i < 3; ++i)
                value *= 10;
            for (int i = 3; i < decimals; ++i)
                value /= 10;
            if (f.ai.startsWith(u"310"))
                c.grams = value;
        } else if (f.ai == u"17") {
            c.expiry = gs1Date(f.value);
            if (!c.expiry)
                return f.ai;
        } else if (f.ai == u"7003") {
            const auto date = gs1Date(f.value.first(6));
            const int hour = f.value.sliced(6, 2).toInt();
            const int minute = f.value.sliced(8, 2).toInt();
            if (!date || hour > 23 || minute > 59)
                return f.ai;
            c.expiryTime = QDateTime(*date, QTime(hour, minute));
        } else if (f.ai == u"10") {
            c.batch = f.value;
        } else if (f.ai == u"8005") {
            c.maxRetailPriceKopecks = f.value.toLongLong();
        }
    }
    return {};
}

// The crypto part (91/92 or 93) and the serial's length decide the format: long crypto, tobacco
// block, dairy, beer or short crypto.
Verdict withFormat(Verdict v, const Fields &fields)
{
    MarkingCode &c = v.code;
    const Field *key = find(fields, u"91");
    const Field *code = find(fields, u"92");
    const Field *tail = find(fields, u"93");
    const qsizetype serialLength = c.serial.size();
    if (key || code) {
        if (!key || !code)
            return v.failed(CodeError::MissingCryptoTail, key ? QStringLiteral("92") : QStringLiteral("91"));
        if (key->value.size() != 4)
            return v.failed(CodeError::BadVerificationKey, key->value);
        if (code->value.size() != 44 && code->value.size() != 88)
            return v.failed(CodeError::BadVerificationCode, QString::number(code->value.size()));
        if (serialLength != 13 && serialLength != 20)
            return v.failed(CodeError::BadSerialLength, QString::number(serialLength));
        c.verificationKey = key->value;
        c.verificationCode = code->value;
        c.format = MarkingFormat::LongCrypto;
        return v;
    }
    if (!tail) {
        // A long serial holding "93" or "91" means GS was lost, not that the tail is missing.
        const bool lostSeparator = serialLength > 13 && fields.size() <= 2;
        return v.failed(lostSeparator ? CodeError::MissingSeparator : CodeError::MissingCryptoTail,
                        QStringLiteral("93"));
    }
    if (tail->value.size() != 4)
        return v.failed(CodeError::BadCryptoTail, tail->value);
    c.cryptoTail = tail->value;
    if (c.maxRetailPriceKopecks) {
        if (serialLength != 7)
            return v.failed(CodeError::BadSerialLength, QString::number(serialLength));
        c.format = MarkingFormat::TobaccoBlock;
        return v;
    }
    switch (serialLength) {
    case 6:
        c.format = MarkingFormat::Dairy;
        break;
    case 7:
        c.format = MarkingFormat::Beer;
        break;
    case 8:
    case 13:
    case 20:
        c.format = MarkingFormat::ShortCrypto;
        break;
    default:
        return v.failed(CodeError::BadSerialLength, QString::number(serialLength));
    }
    return v;
}

Verdict judge(const Fields &fields)
{
    Verdict v;
    MarkingCode &c = v.code;
    if (fields.isEmpty() || fields.front().ai != u"01")
        return v.failed(CodeError::MissingGtin, QStringLiteral("01"));
    c.gtin = fields.front().value;
    if (!gs1::hasValidCheckDigit(c.gtin))
        return v.failed(CodeError::BadGtinCheckDigit, c.gtin);
    const Field *serial = find(fields, u"21");
    if (!serial)
        return v.failed(CodeError::MissingSerial, QStringLiteral("21"));
    c.serial = serial->value;

    if (const QString bad = readAttributes(fields, c); !bad.isEmpty())
        return v.failed(CodeError::BadAiValue, bad);
    return withFormat(std::move(v), fields);
}

// GS1 lists the AIs whose length is predefined by their first two digits; every other AI, even a
// fixed-length one such as 8005 or 7003, must be followed by FNC1 unless it ends the code.
bool hasPredefinedLength(const QString &ai)
{
    const int head = QStringView(ai).first(2).toInt();
    return head <= 4 || (head >= 11 && head <= 20) || (head >= 31 && head <= 36) || head == 41;
}

QByteArray fiscalBytes(const Fields &fields)
{
    QByteArray bytes;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        const Field &f = fields[i];
        bytes += f.ai.toLatin1() + f.value.toLatin1();
        if (i + 1 < fields.size() && (f.hadSeparator || f.variable || !hasPredefinedLength(f.ai)))
            bytes += char(gs1::GroupSeparator);
    }
    return bytes;
}

bool restoredSeparators(const Fields &fields)
{
    for (qsizetype i = 0; i + 1 < fields.size(); ++i) {
        if ((fields[i].variable || !hasPredefinedLength(fields[i].ai)) && !fields[i].hadSeparator)
            return true;
    }
    return false;
}

bool looksLikeTobaccoPack(const QString &text)
{
    return text.size() == TobaccoPackLength && !text.contains(GS) &&
           gs1::isDigits(QStringView(text).first(14));
}

MarkingParseResult parseTobaccoPack(const QString &text)
{
    MarkingParseResult result;
    const QStringView view(text);
    if (!allSet82(view.sliced(14))) {
        result.error = CodeError::InvalidCharacter;
        return result;
    }
    if (!gs1::hasValidCheckDigit(view.first(14))) {
        result.error = CodeError::BadGtinCheckDigit;
        result.detail = text.first(14);
        return result;
    }
    MarkingCode code;
    code.format = MarkingFormat::TobaccoPack;
    code.gtin = text.first(14);
    code.serial = text.sliced(14, 7);
    code.priceEncoded = text.sliced(21, 4);
    code.cryptoTail = text.sliced(25, 4);
    code.bytes = text.toLatin1();
    result.code = code;
    return result;
}

} // namespace

QString markingFormatText(MarkingFormat format)
{
    switch (format) {
    case MarkingFormat::TobaccoPack:
        return Tr::tr("Tobacco pack");
    case MarkingFormat::TobaccoBlock:
        return Tr::tr("Tobacco block");
    case MarkingFormat::Dairy:
        return Tr::tr("Dairy products");
    case MarkingFormat::Beer:
        return Tr::tr("Beer or nicotine products");
    case MarkingFormat::ShortCrypto:
        return Tr::tr("Water, juice, dietary supplements and other goods with a short crypto tail");
    case MarkingFormat::LongCrypto:
        return Tr::tr("Shoes, clothes, tyres, perfume and other goods with a full crypto code");
    }
    return {};
}

QString MarkingCode::identity() const
{
    if (format == MarkingFormat::TobaccoPack)
        return gtin + serial;
    return QStringLiteral("01") + gtin + QStringLiteral("21") + serial;
}

QString stripScannerNoise(const QString &scanned, QString *symbologyId)
{
    QString text = scanned;
    while (text.endsWith(u'\r') || text.endsWith(u'\n'))
        text.chop(1);
    // AIM symbology identifier: ']' + symbology letter + modifier digit ("]d2" GS1 DataMatrix).
    if (text.size() >= 3 && text[0] == u']' && text[1].isLetter() && text[2].isDigit()) {
        if (symbologyId)
            *symbologyId = text.first(3);
        text.remove(0, 3);
    }
    // FNC1 arrives as GS or as ASCII 232 depending on the scanner; in front it only marks GS1.
    text.replace(QChar(0xE8), GS);
    while (text.startsWith(GS))
        text.remove(0, 1);
    while (text.endsWith(GS))
        text.chop(1);
    return text;
}

bool looksLikeMarkingCode(const QString &scanned)
{
    const QString text = stripScannerNoise(scanned);
    if (text.contains(GS) || looksLikeTobaccoPack(text))
        return true;
    return text.size() > 18 && text.startsWith(u"01") && gs1::isDigits(QStringView(text).sliced(2, 14)) &&
           QStringView(text).sliced(16).startsWith(u"21");
}

MarkingParseResult parseMarkingCode(const QString &scanned)
{
    QString symbology;
    const QString text = stripScannerNoise(scanned, &symbology);
    MarkingParseResult result;
    if (text.isEmpty()) {
        result.error = CodeError::Empty;
        return result;
    }
    if (hasCyrillic(text)) {
        result.error = CodeError::KeyboardLayout;
        return result;
    }
    if (looksLikeTobaccoPack(text)) {
        result = parseTobaccoPack(text);
        if (result.code)
            result.code->symbologyId = symbology;
        return result;
    }
    if (!text.startsWith(u"01")) {
        result.error =
            text.size() == TobaccoPackLength ? CodeError::InvalidCharacter : CodeError::UnknownStructure;
        return result;
    }

    AiSplitter splitter(text);
    const QList<Fields> splits = splitter.run();
    if (splits.isEmpty()) {
        result.error = splitter.failure().error;
        result.detail = splitter.failure().detail;
        return result;
    }
    std::optional<Verdict> first;
    for (const Fields &fields : splits) {
        Verdict verdict = judge(fields);
        if (verdict.error == CodeError::None) {
            verdict.code.bytes = fiscalBytes(fields);
            verdict.code.separatorsRestored = restoredSeparators(fields);
            verdict.code.symbologyId = symbology;
            result.code = verdict.code;
            return result;
        }
        if (!first)
            first = verdict;
    }
    result.error = first->error;
    result.detail = first->detail;
    return result;
}

} // namespace devices
