#include "devices/gs1.h"

#include <array>

namespace devices::gs1 {

int checkDigit(QStringView body)
{
    if (!isDigits(body))
        return -1;
    // Weights 3,1,3,1... from the rightmost body digit.
    int sum = 0;
    int weight = 3;
    for (qsizetype i = body.size() - 1; i >= 0; --i) {
        sum += (body[i].unicode() - u'0') * weight;
        weight = weight == 3 ? 1 : 3;
    }
    return (10 - sum % 10) % 10;
}

bool hasValidCheckDigit(QStringView digits)
{
    const auto n = digits.size();
    if ((n != 8 && n != 12 && n != 13 && n != 14) || !isDigits(digits))
        return false;
    return checkDigit(digits.first(n - 1)) == digits.back().unicode() - u'0';
}

bool isDigits(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

bool isSet82(QChar c)
{
    const char16_t u = c.unicode();
    if ((u >= u'0' && u <= u'9') || (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z'))
        return true;
    switch (u) {
    case u'!':
    case u'"':
    case u'%':
    case u'&':
    case u'\'':
    case u'(':
    case u')':
    case u'*':
    case u'+':
    case u',':
    case u'-':
    case u'.':
    case u'/':
    case u':':
    case u';':
    case u'<':
    case u'=':
    case u'>':
    case u'?':
    case u'_':
        return true;
    default:
        return false;
    }
}

namespace {

// Lengths from the GS1 General Specifications; the preferred lengths from the Честный знак group
// rules: serial 13 (shoes, textile, water...), 7 (tobacco, beer), 6 (dairy); 91 is 4 characters,
// 92 is 44 (88 in older codes), 93 is 4.
const std::array<AiSpec, 38> &table()
{
    static const std::array<AiSpec, 38> specs{{
        {u"00", 18, 18, true, {}},       {u"01", 14, 14, true, {}},
        {u"02", 14, 14, true, {}},       {u"10", 0, 20, false, {}},
        {u"11", 6, 6, true, {}},         {u"13", 6, 6, true, {}},
        {u"15", 6, 6, true, {}},         {u"16", 6, 6, true, {}},
        {u"17", 6, 6, true, {}},         {u"21", 0, 20, false, {13, 7, 6, 20, 8}},
        {u"22", 0, 20, false, {}},       {u"240", 0, 30, false, {4}},
        {u"241", 0, 30, false, {}},      {u"30", 0, 8, true, {}},
        {u"310", 6, 6, true, {}, 4}, // 310n net weight in kg with n decimals
        {u"311", 6, 6, true, {}, 4},     {u"312", 6, 6, true, {}, 4},
        {u"313", 6, 6, true, {}, 4},     {u"314", 6, 6, true, {}, 4},
        {u"315", 6, 6, true, {}, 4}, // 315n net volume, litres
        {u"316", 6, 6, true, {}, 4},     {u"330", 6, 6, true, {}, 4},
        {u"335", 6, 6, true, {}, 4},     {u"390", 0, 15, true, {}, 4},
        {u"391", 0, 18, true, {}, 4},    {u"392", 0, 15, true, {}, 4},
        {u"393", 0, 18, true, {}, 4},    {u"7003", 10, 10, true, {}},
        {u"8005", 6, 6, true, {}},       {u"91", 0, 90, false, {4}},
        {u"92", 0, 90, false, {44, 88}}, {u"93", 0, 90, false, {4}},
        {u"94", 0, 90, false, {}},       {u"95", 0, 90, false, {}},
        {u"96", 0, 90, false, {}},       {u"97", 0, 90, false, {}},
        {u"98", 0, 90, false, {}},       {u"99", 0, 90, false, {}},
    }};
    return specs;
}

} // namespace

const AiSpec *findAi(QStringView text)
{
    for (const AiSpec &spec : table()) {
        if (text.startsWith(spec.ai))
            return &spec;
    }
    return nullptr;
}

} // namespace devices::gs1
