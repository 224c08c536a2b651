#pragma once

// Честный знак marking codes (GS1 DataMatrix and the tobacco pack code): parsed, validated with a
// precise reason, and normalised into the bytes the registrar's FF61h check expects.

#include "devices/codeerror.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace devices {

enum class MarkingFormat {
    TobaccoPack,  // 29 characters, no AIs: GTIN 14 + serial 7 + max retail price 4 + crypto 4
    TobaccoBlock, // 01 + 21 (7) + 8005 max retail price + 93
    Dairy,        // 01 + 21 (6) + 93, optionally 3103 weight, 17/7003 expiry, 10 batch
    Beer,         // 01 + 21 (7) + 93: beer and nicotine products
    ShortCrypto,  // 01 + 21 (13) + 93: water, juices, dietary supplements, antiseptics, pet food...
    LongCrypto,   // 01 + 21 (13) + 91 + 92: shoes, clothes, tyres, perfume, photo, medicines...
};

// English source, shown translated.
QString markingFormatText(MarkingFormat format);

struct MarkingCode
{
    MarkingFormat format = MarkingFormat::ShortCrypto;
    QString gtin;             // 14 digits
    QString serial;           // AI 21 or the pack serial
    QString verificationKey;  // AI 91
    QString verificationCode; // AI 92
    QString cryptoTail;       // AI 93 or the last 4 characters of a pack code
    QString priceEncoded;     // the 4 price characters of a tobacco pack (manufacturer encoding)
    std::optional<qint64> maxRetailPriceKopecks; // AI 8005
    std::optional<qint64> grams;                 // AI 310n (weighted dairy)
    std::optional<QDate> expiry;                 // AI 17
    std::optional<QDateTime> expiryTime;         // AI 7003
    QString batch;                               // AI 10
    QList<QPair<QString, QString>> fields;       // every AI with its value, in code order
    QString symbologyId;                         // "]d2" when the scanner sent an AIM prefix
    bool separatorsRestored = false;             // the scanner lost GS and we put them back

    // Exactly what goes to the registrar (FF61h, tag 2000): no AIM prefix, no leading FNC1, and
    // GS (0x1D) after every variable-length field that is not the last.
    QByteArray bytes;
    QByteArray toFiscalBytes() const { return bytes; }
    // 01<GTIN>21<serial> (for a pack: GTIN + serial): the identity of one item, for a sold-codes set.
    QString identity() const;
};

struct MarkingParseResult
{
    std::optional<MarkingCode> code;
    CodeError error = CodeError::None;
    QString detail; // the AI or position the error is about, for logs

    bool ok() const { return code.has_value(); }
    QString message() const { return codeErrorText(error); }
};

// Scanner noise removed before parsing: an AIM symbology identifier ("]d2", "]Q3"...), leading GS or
// FNC1 (ASCII 232), trailing CR/LF. *symbologyId receives the AIM prefix when not null.
QString stripScannerNoise(const QString &scanned, QString *symbologyId = nullptr);

// True when the text has the shape of a marking code (GS inside, "01"+GTIN+"21", or a pack code),
// so the caller knows which parser's error to show.
bool looksLikeMarkingCode(const QString &scanned);

MarkingParseResult parseMarkingCode(const QString &scanned);

} // namespace devices
