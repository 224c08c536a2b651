#include "devices/codeerror.h"

#include "devices/tr.h"

namespace devices {

QString codeErrorText(CodeError error)
{
    switch (error) {
    case CodeError::None:
        return {};
    case CodeError::Empty:
        return Tr::tr("The code is empty.");
    case CodeError::KeyboardLayout:
        return Tr::tr("The code contains Cyrillic letters: the scanner typed through the Russian keyboard "
                      "layout. Switch the layout to English or set the scanner up as a COM port.");
    case CodeError::InvalidCharacter:
        return Tr::tr("The code contains a character that a barcode cannot hold.");
    case CodeError::BadCheckDigit:
        return Tr::tr("The check digit of the barcode is wrong: scan it again.");
    case CodeError::UnknownStructure:
        return Tr::tr("This is not a marking code of any known product group.");
    case CodeError::MissingGtin:
        return Tr::tr("The marking code has no product code (GTIN, identifier 01).");
    case CodeError::BadGtin:
        return Tr::tr("The product code (GTIN) in the marking code is not 14 digits.");
    case CodeError::BadGtinCheckDigit:
        return Tr::tr("The product code (GTIN) in the marking code has a wrong check digit.");
    case CodeError::MissingSerial:
        return Tr::tr("The marking code has no serial number (identifier 21).");
    case CodeError::BadSerialLength:
        return Tr::tr("The serial number in the marking code has a length no product group uses.");
    case CodeError::MissingCryptoTail:
        return Tr::tr("The marking code has no verification part (91/92 or 93): it was scanned from a "
                      "document or the scanner cut it off.");
    case CodeError::BadVerificationKey:
        return Tr::tr("The verification key (identifier 91) must be 4 characters.");
    case CodeError::BadVerificationCode:
        return Tr::tr("The verification code (identifier 92) must be 44 or 88 characters.");
    case CodeError::BadCryptoTail:
        return Tr::tr("The crypto tail (identifier 93) must be 4 characters.");
    case CodeError::BadAiValue:
        return Tr::tr("A field of the marking code (weight, price or date) is malformed.");
    case CodeError::UnknownAi:
        return Tr::tr("The marking code contains an unknown application identifier.");
    case CodeError::TruncatedAi:
        return Tr::tr("The marking code is cut off: scan it again.");
    case CodeError::MissingSeparator:
        return Tr::tr("The scanner dropped the group separators (GS) of the marking code. Turn on GS "
                      "output in the scanner settings.");
    case CodeError::WeightedTemplateMismatch:
        return Tr::tr("The code does not match any weighted-barcode template.");
    }
    return {};
}

} // namespace devices
