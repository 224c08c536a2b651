#include "fiscal/commands/parsers.h"

#include <array>

#include "fiscal/codes.h"
#include "fiscal/commands/fn.h"
#include "fiscal/commands/fnreceipt.h"
#include "fiscal/commands/marking.h"
#include "fiscal/commands/receipt.h"
#include "fiscal/commands/service.h"
#include "fiscal/commands/shift.h"
#include "fiscal/commands/status.h"

namespace fiscal {

namespace {

template<auto Parse>
bool run(ByteView data)
{
    return Parse(data).hasValue();
}

template<CommandCode Code, auto Parse>
bool runWithCode(ByteView data)
{
    return Parse(Code, data).hasValue();
}

bool foundReceipt(ByteView data)
{
    auto doc = parseFoundDocument(data);
    if (doc)
        (void)decodeFoundReceipt(*doc);
    return doc.hasValue();
}

constexpr std::array parsers{
    ParserEntry{cmd::ShortStatus, "short status", run<parseShortStatus>},
    ParserEntry{cmd::FullStatus, "full status", run<parseFullStatus>},
    ParserEntry{cmd::Beep, "beep", runWithCode<cmd::Beep, parseOperatorAnswer>},
    ParserEntry{cmd::ReadExchangeParams, "exchange params", run<parseExchangeParams>},
    ParserEntry{cmd::PrintString, "print string", runWithCode<cmd::PrintString, parseOperatorAnswer>},
    ParserEntry{cmd::ReadMoneyRegister, "money register", run<parseMoneyRegister>},
    ParserEntry{cmd::ReadOperationalRegister, "operational register", run<parseOperationalRegister>},
    ParserEntry{cmd::ReadTable, "read table", run<parseTableValue>},
    ParserEntry{cmd::Cut, "cut", runWithCode<cmd::Cut, parseOperatorAnswer>},
    ParserEntry{cmd::OpenDrawer, "open drawer", runWithCode<cmd::OpenDrawer, parseOperatorAnswer>},
    ParserEntry{cmd::XReport, "X report", runWithCode<cmd::XReport, parseOperatorAnswer>},
    ParserEntry{cmd::ZReport, "Z report", runWithCode<cmd::ZReport, parseOperatorAnswer>},
    ParserEntry{cmd::CashIn, "cash in", runWithCode<cmd::CashIn, parseCashDocument>},
    ParserEntry{cmd::CashOut, "cash out", runWithCode<cmd::CashOut, parseCashDocument>},
    ParserEntry{cmd::Sale, "sale", runWithCode<cmd::Sale, parseOperatorAnswer>},
    ParserEntry{cmd::SaleReturn, "sale return", runWithCode<cmd::SaleReturn, parseOperatorAnswer>},
    ParserEntry{cmd::CloseCheck, "close check", runWithCode<cmd::CloseCheck, parseCloseAnswer>},
    ParserEntry{cmd::CancelCheck, "cancel check", runWithCode<cmd::CancelCheck, parseOperatorAnswer>},
    ParserEntry{cmd::Subtotal, "subtotal", run<parseSubtotal>},
    ParserEntry{cmd::OpenCheck, "open check", runWithCode<cmd::OpenCheck, parseOperatorAnswer>},
    ParserEntry{cmd::CloseCheckExtended, "close check ext",
                runWithCode<cmd::CloseCheckExtended, parseCloseAnswer>},
    ParserEntry{cmd::ContinuePrint, "continue print", runWithCode<cmd::ContinuePrint, parseOperatorAnswer>},
    ParserEntry{cmd::OpenShift, "open shift", runWithCode<cmd::OpenShift, parseOperatorAnswer>},
    ParserEntry{cmd::ExtendedRequest, "model parameters", run<parseModelParameters>},
    ParserEntry{cmd::DeviceType, "device type", run<parseDeviceType>},
    ParserEntry{cmd::FnStatus, "FN status", run<parseFnStatus>},
    ParserEntry{cmd::FnNumber, "FN number", run<parseFnNumber>},
    ParserEntry{cmd::FnExpiry, "FN expiry", run<parseFnExpiry>},
    ParserEntry{cmd::FnFindDocument, "find document", foundReceipt},
    ParserEntry{cmd::FnOpenShift, "FN open shift", run<parseFnOpenShift>},
    ParserEntry{cmd::FnMakeCorrection, "make correction",
                runWithCode<cmd::FnMakeCorrection, parseCorrection>},
    ParserEntry{cmd::FnExchangeStatus, "exchange status", run<parseExchangeStatus>},
    ParserEntry{cmd::FnReadDocumentBegin, "document header", run<parseDocumentHeader>},
    ParserEntry{cmd::FnReadDocumentBlock, "document block", run<parseDocumentBlock>},
    ParserEntry{cmd::FnUnconfirmedCount, "unconfirmed count", run<parseUnconfirmedCount>},
    ParserEntry{cmd::FnShiftParams, "shift params", run<parseShiftParams>},
    ParserEntry{cmd::FnCloseShift, "FN close shift", run<parseFnCloseShift>},
    ParserEntry{cmd::FnCloseCheckV2, "close check V2", run<parseFnCloseCheck>},
    ParserEntry{cmd::FnCorrectionV2, "correction V2", runWithCode<cmd::FnCorrectionV2, parseCorrection>},
    ParserEntry{cmd::FnCheckMarkingCode, "check marking", run<parseMarkingCheck>},
    ParserEntry{cmd::FnBindMarkingCode, "bind marking", run<parseMarkingBind>},
    ParserEntry{cmd::FnAcceptMarkingCode, "accept marking", run<parseMarkingAccept>},
    ParserEntry{cmd::FnMarkingStatus, "marking status", run<parseMarkingStatus>},
};

} // namespace

std::span<const ParserEntry> answerParsers()
{
    return parsers;
}

} // namespace fiscal
