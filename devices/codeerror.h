#pragma once

// Why a scanned code was refused: one enum for product codes and marking codes alike, so the sale
// screen shows one precise sentence instead of "invalid code".

#include <QString>

namespace devices {

enum class CodeError {
    None,
    Empty,
    KeyboardLayout,      // Cyrillic letters: the scanner typed through a Russian keyboard layout
    InvalidCharacter,    // a character outside GS1 set 82
    BadCheckDigit,       // EAN-13/EAN-8/UPC-A/GTIN-14 check digit does not match
    UnknownStructure,    // neither GS1 application identifiers nor a tobacco pack code
    MissingGtin,         // a marking code must start with AI 01
    BadGtin,             // AI 01 is not 14 digits
    BadGtinCheckDigit,   // AI 01 has a wrong check digit
    MissingSerial,       // AI 21 is absent
    BadSerialLength,     // AI 21 length does not fit any product group
    MissingCryptoTail,   // neither 91+92 nor 93: the registrar cannot check such a code
    BadVerificationKey,  // AI 91 is not 4 characters
    BadVerificationCode, // AI 92 is not 44 or 88 characters
    BadCryptoTail,       // AI 93 is not 4 characters
    BadAiValue,          // 3103, 8005, 17, 7003 ... with a malformed value
    UnknownAi,           // an application identifier we do not know
    TruncatedAi,         // the code ends inside an application identifier
    MissingSeparator,    // GS separators were lost and the structure cannot be restored
    WeightedTemplateMismatch,
};

// English source text through devices::Tr, so the UI shows it in Russian.
QString codeErrorText(CodeError error);

} // namespace devices
