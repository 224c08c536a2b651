#pragma once

// GS1 facts shared by product codes and marking codes: check digits, the set-82 alphabet and the
// table of application identifiers (AIs) the Russian marking groups use.

#include <QChar>
#include <QList>
#include <QStringView>

namespace devices::gs1 {

inline constexpr char16_t GroupSeparator = 0x1D; // GS, FNC1 inside a GS1 code

// The mod-10 check digit of a GTIN-8/12/13/14 body (all digits but the last); -1 if not digits.
int checkDigit(QStringView body);
// True when the digits are a GTIN-8/12/13/14 whose last digit is its check digit.
bool hasValidCheckDigit(QStringView digits);

bool isDigits(QStringView text);
// GS1 "set 82": the characters an AI value may hold (ISO 646 subset).
bool isSet82(QChar c);

struct AiSpec
{
    QStringView ai;
    int fixedLength = 0; // 0: variable, ends with GS or with the code
    int maxLength = 0;
    bool numeric = false;
    QList<int> preferredLengths; // what the marking groups really use, tried first when GS is lost
    int aiLength = 0;            // 4 for 310n..393n, whose last AI digit is a parameter; else ai.size()
    int length() const { return aiLength ? aiLength : int(ai.size()); }
};

// The AI at the start of text, or nullptr. GS1 AIs form a prefix-free set, so at most one matches.
const AiSpec *findAi(QStringView text);

} // namespace devices::gs1
