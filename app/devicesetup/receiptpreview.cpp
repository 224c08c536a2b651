#include "app/devicesetup/receiptpreview.h"

#include <QDateTime>

#include "app/core/moneytext.h"
#include "app/core/tr.h"

namespace app {
namespace {

QString leftRight(const QString &left, const QString &right, int width)
{
    const int gap = width - int(left.size()) - int(right.size());
    if (gap >= 1)
        return left + QString(gap, QLatin1Char(' ')) + right;
    return left.left(width - int(right.size()) - 1) + QLatin1Char(' ') + right;
}

} // namespace

QStringList wrapTapeText(const QString &text, int width)
{
    QStringList out;
    const QStringList paragraphs = text.split(QLatin1Char('\n'));
    for (const QString &paragraph : paragraphs) {
        QString line;
        const QStringList words = paragraph.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (QString word : words) {
            while (word.size() > width) {
                if (!line.isEmpty()) {
                    out << line;
                    line.clear();
                }
                out << word.left(width);
                word = word.mid(width);
            }
            if (line.isEmpty())
                line = word;
            else if (line.size() + 1 + word.size() <= width)
                line += QLatin1Char(' ') + word;
            else {
                out << line;
                line = word;
            }
        }
        if (!line.isEmpty())
            out << line;
    }
    return out;
}

QString centreTapeLine(const QString &text, int width)
{
    const int pad = (width - int(text.size())) / 2;
    return pad > 0 ? QString(pad, QLatin1Char(' ')) + text : text;
}

QStringList sampleReceipt(const PointOfSale &pos, const LegalEntity &entity, int workplaceNumber, int width)
{
    QStringList tape;
    const QString rule(width, QLatin1Char('-'));
    for (const QString &text : {pos.storeName, pos.receiptAddress, pos.phone})
        for (const QString &line : wrapTapeText(text, width))
            tape << centreTapeLine(line, width);
    tape << rule;
    // The registrar's own part of every receipt (the words the FN prints are always Russian).
    tape << centreTapeLine(QStringLiteral("КАССОВЫЙ ЧЕК"), width);
    tape << centreTapeLine(QStringLiteral("ПРИХОД"), width);
    for (const QString &line : wrapTapeText(entity.name, width))
        tape << line;
    if (!entity.inn.isEmpty())
        tape << leftRight(QStringLiteral("ИНН"), entity.inn, width);
    tape << leftRight(QStringLiteral("КАССА"), QString::number(workplaceNumber), width);
    tape << rule;
    // Amounts as every other screen of the till writes them (app/core/moneytext.h).
    const Kopecks price = 12990;
    const QString money = displayMoney(price);
    tape << wrapTapeText(Tr::tr("Sample item"), width);
    tape << leftRight(QStringLiteral("  ") + displayQuantity(1000) + QStringLiteral(" x ") + money, money,
                      width);
    tape << rule;
    tape << leftRight(QStringLiteral("ИТОГ"), money, width);
    tape << leftRight(QStringLiteral("НАЛИЧНЫМИ"), money, width);
    tape << rule;
    for (const QString &line : wrapTapeText(pos.footer, width))
        tape << centreTapeLine(line, width);
    return tape;
}

} // namespace app
