#pragma once

// What a scanned string is: a product barcode, a weighted-item barcode or a marking code. The sale
// screen calls this once per scan and acts on the kind.

#include "devices/codeerror.h"
#include "devices/markingcode.h"
#include "devices/weightedbarcode.h"

#include <QList>
#include <QString>
#include <QVariantMap>

#include <optional>

namespace devices {

enum class CodeKind {
    Invalid, // see ClassifiedCode::error
    Ean13,
    Ean8,
    UpcA,
    Gtin14,   // ITF-14 or a GS1-128 "01"+GTIN on a case
    Weighted, // see ClassifiedCode::weighted
    Marking,  // see ClassifiedCode::marking
    Other,    // Code128/Code39 shop-internal codes, loyalty cards: looked up as they are
};

struct ClassifierSettings
{
    QList<WeightedTemplate> weightedTemplates = defaultWeightedTemplates();
    bool acceptOtherCodes = true; // Code128 and shop-internal codes of any shape

    QVariantMap toMap() const;
    static ClassifierSettings fromMap(const QVariantMap &map);
};

struct ClassifiedCode
{
    CodeKind kind = CodeKind::Invalid;
    CodeError error = CodeError::None;
    QString text; // cleaned of scanner noise; for product codes the digits to look up
    std::optional<WeightedItem> weighted;
    std::optional<MarkingCode> marking;

    bool isValid() const { return kind != CodeKind::Invalid; }
    QString errorText() const { return codeErrorText(error); }
};

ClassifiedCode classifyCode(const QString &scanned, const ClassifierSettings &settings = {});

} // namespace devices
