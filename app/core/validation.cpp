#include "app/core/validation.h"

#include <QRegularExpression>

namespace app {
namespace {

bool allDigits(const QString &s)
{
    for (const QChar c : s) {
        if (c.unicode() < '0' || c.unicode() > '9')
            return false;
    }
    return !s.isEmpty();
}

int digit(const QString &s, int i)
{
    return s.at(i).unicode() - '0';
}

int weighted(const QString &s, std::initializer_list<int> weights)
{
    int sum = 0;
    int i = 0;
    for (const int w : weights)
        sum += w * digit(s, i++);
    return sum % 11 % 10;
}

} // namespace

bool isValidInn(const QString &inn)
{
    if (!allDigits(inn))
        return false;
    if (inn.size() == 10)
        return weighted(inn, {2, 4, 10, 3, 5, 9, 4, 6, 8}) == digit(inn, 9);
    if (inn.size() == 12)
        return weighted(inn, {7, 2, 4, 10, 3, 5, 9, 4, 6, 8}) == digit(inn, 10) &&
               weighted(inn, {3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8}) == digit(inn, 11);
    return false;
}

int eanCheckDigit(const QString &digits)
{
    // Weights 3,1,3,... from the rightmost data digit.
    int sum = 0;
    const int n = int(digits.size());
    for (int i = 0; i < n; ++i)
        sum += digit(digits, n - 1 - i) * (i % 2 == 0 ? 3 : 1);
    return (10 - sum % 10) % 10;
}

bool isValidEan(const QString &code)
{
    if (!allDigits(code) || (code.size() != 13 && code.size() != 8 && code.size() != 12))
        return false;
    return eanCheckDigit(code.left(code.size() - 1)) == digit(code, int(code.size()) - 1);
}

bool normalisePhone(const QString &phone, QString &out)
{
    QString digits;
    for (const QChar c : phone) {
        if (c.isDigit() && c.unicode() <= '9')
            digits += c;
        else if (c != QLatin1Char('+') && c != QLatin1Char(' ') && c != QLatin1Char('-') &&
                 c != QLatin1Char('(') && c != QLatin1Char(')'))
            return false;
    }
    if (digits.size() == 11 && (digits.startsWith(QLatin1Char('7')) || digits.startsWith(QLatin1Char('8')))) {
        out = QStringLiteral("+7") + digits.mid(1);
        return true;
    }
    return false;
}

bool isPlausibleEmail(const QString &email)
{
    static const QRegularExpression re(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return email.size() <= 64 && re.match(email).hasMatch();
}

bool hasBalancedQuotes(const QString &text)
{
    int straight = 0;
    int guillemets = 0;
    for (const QChar c : text) {
        if (c == QLatin1Char('"'))
            ++straight;
        else if (c == QChar(0x00AB))
            ++guillemets;
        else if (c == QChar(0x00BB) && --guillemets < 0)
            return false;
    }
    return straight % 2 == 0 && guillemets == 0;
}

bool hasControlCharacters(const QString &text)
{
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control)
            return true;
    }
    return false;
}

} // namespace app
