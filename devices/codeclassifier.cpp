#include "devices/codeclassifier.h"

#include "devices/gs1.h"

namespace devices {

namespace {

const QString keyTemplates = QStringLiteral("weightedTemplates");
const QString keyAcceptOther = QStringLiteral("acceptOtherCodes");

ClassifiedCode invalid(const QString &text, CodeError error)
{
    ClassifiedCode code;
    code.text = text;
    code.error = error;
    return code;
}

} // namespace

QVariantMap ClassifierSettings::toMap() const
{
    QVariantList templates;
    for (const WeightedTemplate &t : weightedTemplates)
        templates.append(t.toMap());
    return {{keyTemplates, templates}, {keyAcceptOther, acceptOtherCodes}};
}

ClassifierSettings ClassifierSettings::fromMap(const QVariantMap &map)
{
    ClassifierSettings settings;
    if (map.contains(keyTemplates)) {
        settings.weightedTemplates.clear();
        const QVariantList templates = map.value(keyTemplates).toList();
        for (const QVariant &t : templates)
            settings.weightedTemplates.append(WeightedTemplate::fromMap(t.toMap()));
    }
    settings.acceptOtherCodes = map.value(keyAcceptOther, settings.acceptOtherCodes).toBool();
    return settings;
}

ClassifiedCode classifyCode(const QString &scanned, const ClassifierSettings &settings)
{
    const QString text = stripScannerNoise(scanned).trimmed();
    if (text.isEmpty())
        return invalid(text, CodeError::Empty);

    if (looksLikeMarkingCode(text)) {
        const MarkingParseResult parsed = parseMarkingCode(scanned);
        if (!parsed.ok())
            return invalid(text, parsed.error);
        ClassifiedCode code;
        code.kind = CodeKind::Marking;
        code.text = QString::fromLatin1(parsed.code->bytes);
        code.marking = parsed.code;
        return code;
    }

    for (const QChar c : text) {
        if (c.script() == QChar::Script_Cyrillic)
            return invalid(text, CodeError::KeyboardLayout);
    }

    if (gs1::isDigits(text)) {
        const qsizetype n = text.size();
        if (n == 16 && text.startsWith(u"01") && gs1::hasValidCheckDigit(QStringView(text).sliced(2))) {
            ClassifiedCode code;
            code.kind = CodeKind::Gtin14;
            code.text = text.sliced(2);
            return code;
        }
        if (n == 8 || n == 12 || n == 13 || n == 14) {
            if (!gs1::hasValidCheckDigit(text))
                return invalid(text, CodeError::BadCheckDigit);
            ClassifiedCode code;
            code.text = text;
            if (n == 13) {
                code.weighted = matchWeighted(text, settings.weightedTemplates);
                code.kind = code.weighted ? CodeKind::Weighted : CodeKind::Ean13;
            } else {
                code.kind = n == 8 ? CodeKind::Ean8 : n == 12 ? CodeKind::UpcA : CodeKind::Gtin14;
            }
            return code;
        }
    }

    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7E)
            return invalid(text, CodeError::InvalidCharacter);
    }
    if (!settings.acceptOtherCodes)
        return invalid(text, CodeError::UnknownStructure);
    ClassifiedCode code;
    code.kind = CodeKind::Other;
    code.text = text;
    return code;
}

} // namespace devices
