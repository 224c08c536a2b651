#include "fiscal/registrar.h"

#include "fiscal/codes.h"
#include "fiscal/commands/service.h"
#include "fiscal/errortable.h"

namespace fiscal {

namespace {

Operation operationFor(ReceiptType type)
{
    switch (type) {
    case ReceiptType::Sale:
        return Operation::Sale;
    case ReceiptType::SaleReturn:
        return Operation::SaleReturn;
    case ReceiptType::Purchase:
        return Operation::Purchase;
    case ReceiptType::PurchaseReturn:
        return Operation::PurchaseReturn;
    }
    return Operation::Sale;
}

template<class T>
Result<T> fail(const Error &e)
{
    return unexpected(e);
}

} // namespace

PaperState paperFromSubmode(std::uint8_t submode)
{
    switch (submode) {
    case submode::PassivePaperOut:
        return PaperState::Out;
    case submode::ActivePaperOut:
        return PaperState::OutWhilePrinting;
    case submode::AfterPaperOut:
        return PaperState::WaitingContinue;
    default:
        return PaperState::Ok;
    }
}

const char *toString(ShiftState state)
{
    switch (state) {
    case ShiftState::Closed:
        return "closed";
    case ShiftState::Open:
        return "open";
    case ShiftState::Expired:
        return "open, over 24 h";
    }
    return "?";
}

const char *toString(PaperState state)
{
    switch (state) {
    case PaperState::Ok:
        return "ok";
    case PaperState::Out:
        return "out";
    case PaperState::OutWhilePrinting:
        return "ran out while printing";
    case PaperState::WaitingContinue:
        return "refilled, waiting for continue-print";
    }
    return "?";
}

Registrar::Registrar(Transport &transport, RegistrarSettings settings, LinkSettings link)
    : m_link(transport, link)
    , m_settings(settings)
{}

void Registrar::setLogSink(LogSink sink)
{
    m_log = sink;
    m_link.setLogSink(std::move(sink));
}

void Registrar::setTraceSink(TraceSink sink)
{
    m_link.setTraceSink(std::move(sink));
}

void Registrar::log(LogLevel level, const std::string &text) const
{
    if (m_log)
        m_log(level, text);
}

Result<Answer> Registrar::exchangeRaw(CommandCode code, ByteView data)
{
    return m_link.exchange(code, data);
}

Result<Bytes> Registrar::execute(const Request &request)
{
    return execute(request, m_link.settings().answerTimeoutOverride.value_or(answerTimeout(request.code)));
}

Result<Bytes> Registrar::execute(const Request &request, Duration timeout)
{
    for (int attempt = 0;; ++attempt) {
        auto answer = m_link.exchange(request.code, request.data, timeout);
        if (!answer)
            return unexpected(answer.error());
        if (answer->error == deverr::Ok)
            return std::move(answer->data);
        // 50h: the device is still printing the previous document and refused this command without
        // running it, so trying again after the printing is safe.
        if (answer->error == deverr::PrintingPrevious && attempt < m_settings.busyRetries &&
            request.code != cmd::ShortStatus) {
            log(LogLevel::Debug, commandName(request.code) + ": printing previous command, waiting");
            auto printed = waitForPrinting();
            if (!printed)
                return unexpected(printed.error());
            if (!printed->complete) // paper ran out: retrying cannot help until someone acts
                return unexpected(Error::device(answer->error, request.code));
            continue;
        }
        Error e = Error::device(answer->error, request.code);
        e.detail = std::string(describeDeviceError(answer->error, request.code));
        return unexpected(std::move(e));
    }
}

Result<Bytes> Registrar::run(const RequestResult &request)
{
    if (!request)
        return unexpected(request.error());
    return execute(*request);
}

Result<PrintOutcome> Registrar::waitForPrinting()
{
    const auto deadline = m_link.transport().now() + m_settings.printWaitLimit;
    bool continued = false;
    for (;;) {
        auto s = shortStatus();
        if (!s)
            return unexpected(s.error());
        switch (s->submode) {
        case submode::PaperPresent:
            return PrintOutcome{};
        case submode::PassivePaperOut:
        case submode::ActivePaperOut:
            log(LogLevel::Warning, "paper out (submode " + std::to_string(s->submode) + ")");
            return PrintOutcome{false, paperFromSubmode(s->submode)};
        case submode::AfterPaperOut:
            if (!m_settings.continueAfterRefill || continued)
                return PrintOutcome{false, PaperState::WaitingContinue};
            if (auto b = execute(continuePrintRequest(m_settings.adminPassword)); !b)
                return unexpected(b.error());
            continued = true;
            break;
        default: // 4 and 5: still printing
            break;
        }
        if (m_link.transport().now() >= deadline)
            return unexpected(Error::link(LinkError::AnswerTimeout, cmd::ShortStatus,
                                          "printing did not finish within the wait limit"));
        m_link.transport().pause(m_settings.printPollInterval);
    }
}

Result<ShortStatus> Registrar::shortStatus()
{
    auto data = execute(shortStatusRequest(m_settings.adminPassword));
    if (!data)
        return unexpected(data.error());
    return parseShortStatus(*data);
}

Result<FullStatus> Registrar::fullStatus()
{
    auto data = execute(fullStatusRequest(m_settings.adminPassword));
    if (!data)
        return unexpected(data.error());
    return parseFullStatus(*data);
}

Result<DeviceType> Registrar::deviceType()
{
    auto data = execute(deviceTypeRequest());
    if (!data)
        return unexpected(data.error());
    return parseDeviceType(*data);
}

Result<FnStatus> Registrar::fnStatus()
{
    auto data = execute(fnStatusRequest(m_settings.adminPassword));
    if (!data)
        return unexpected(data.error());
    return parseFnStatus(*data);
}

Result<void> Registrar::beep()
{
    auto data = execute(beepRequest(m_settings.adminPassword));
    if (!data)
        return unexpected(data.error());
    return {};
}

Result<StatusSnapshot> Registrar::status()
{
    auto s = shortStatus();
    if (!s)
        return unexpected(s.error());
    auto fn = fnStatus();
    if (!fn)
        return unexpected(fn.error());

    StatusSnapshot out;
    out.operatorNumber = s->operatorNumber;
    out.mode = s->mode();
    out.modeStatus = s->modeStatus();
    out.submode = s->submode;
    out.flags = s->flags;
    out.paper = paperFromSubmode(s->submode);
    out.documentOpen = s->mode() == mode::DocumentOpen;
    if (s->mode() == mode::ShiftExpired)
        out.shift = ShiftState::Expired;
    else if (s->mode() == mode::ShiftOpen || fn->shiftOpen)
        out.shift = ShiftState::Open;
    out.fnNumber = fn->fnNumber;
    out.lastFd = fn->lastFd;
    out.fnDateTime = fn->dateTime;
    out.fnWarnings = fn->warnings;

    // Optional parts: an older firmware or a non-fiscal test unit may refuse them.
    auto expiry = execute(fnExpiryRequest(m_settings.adminPassword));
    if (!expiry && expiry.error().tier != Error::Tier::Device)
        return unexpected(expiry.error());
    if (expiry)
        if (auto d = parseFnExpiry(*expiry))
            out.fnExpiry = *d;
    auto exchange = execute(fnExchangeStatusRequest(m_settings.adminPassword));
    if (!exchange && exchange.error().tier != Error::Tier::Device)
        return unexpected(exchange.error());
    if (exchange)
        if (auto e = parseExchangeStatus(*exchange))
            out.ofdBacklog = e->queued;
    return out;
}

Result<void> Registrar::sendReceiptTags(const std::vector<Tlv> &tags)
{
    // One FF0Ch per tag keeps each request far below the 250-byte TLV limit.
    for (const Tlv &tag : tags) {
        const Bytes block = encodeTlvs({tag});
        if (auto r = run(fnSendTlvRequest(m_settings.adminPassword, block)); !r)
            return unexpected(r.error());
    }
    return {};
}

static std::vector<Tlv> cashierTags(const Cashier &cashier)
{
    std::vector<Tlv> tags;
    if (!cashier.name.empty())
        tags.push_back(tlvString(1021, cashier.name));
    if (!cashier.inn.empty())
        tags.push_back(tlvString(1203, cashier.inn));
    return tags;
}

Result<ShiftResult> Registrar::openShift(const std::optional<Cashier> &cashier)
{
    ShiftResult result;
    if (cashier) {
        if (auto r = execute(fnBeginOpenShiftRequest(m_settings.adminPassword)); !r)
            return unexpected(r.error());
        if (auto r = sendReceiptTags(cashierTags(*cashier)); !r)
            return unexpected(r.error());
        auto r = execute(fnOpenShiftRequest(m_settings.adminPassword));
        if (!r)
            return unexpected(r.error());
        auto doc = parseFnOpenShift(*r);
        if (!doc)
            return unexpected(doc.error());
        result.shiftNumber = doc->shiftNumber;
        result.id = doc->id;
    } else {
        if (auto r = execute(openShiftRequest(m_settings.adminPassword)); !r)
            return unexpected(r.error());
        if (auto data = execute(fnShiftParamsRequest(m_settings.adminPassword)))
            if (auto p = parseShiftParams(*data))
                result.shiftNumber = p->shiftNumber;
    }
    auto printed = waitForPrinting();
    if (!printed)
        return unexpected(printed.error());
    result.print = *printed;
    return result;
}

Result<ShiftResult> Registrar::closeShift(const std::optional<Cashier> &cashier)
{
    ShiftResult result;
    if (cashier) {
        if (auto r = execute(fnBeginCloseShiftRequest(m_settings.adminPassword)); !r)
            return unexpected(r.error());
        if (auto r = sendReceiptTags(cashierTags(*cashier)); !r)
            return unexpected(r.error());
        auto r = execute(fnCloseShiftRequest(m_settings.adminPassword));
        if (!r)
            return unexpected(r.error());
        auto doc = parseFnCloseShift(*r);
        if (!doc)
            return unexpected(doc.error());
        result.shiftNumber = doc->shiftNumber;
        result.id = doc->id;
    } else {
        // Learn the shift number first: after the Z report the FN reports the shift as closed.
        if (auto data = execute(fnShiftParamsRequest(m_settings.adminPassword)))
            if (auto p = parseShiftParams(*data))
                result.shiftNumber = p->shiftNumber;
        if (auto r = execute(zReportRequest(m_settings.adminPassword)); !r)
            return unexpected(r.error());
    }
    auto printed = waitForPrinting();
    if (!printed)
        return unexpected(printed.error());
    result.print = *printed;
    return result;
}

Result<PrintOutcome> Registrar::xReport()
{
    if (auto r = execute(xReportRequest(m_settings.adminPassword)); !r)
        return unexpected(r.error());
    return waitForPrinting();
}

Result<MarkingCheck> Registrar::checkAndAccept(const MarkedItem &item, bool accept)
{
    const auto request =
        checkMarkingCodeRequest(m_settings.operatorPassword, item.planned, item.code, item.checkTlvs);
    auto data = run(request);
    if (!data && data.error().isDevice(deverr::MarkingSequence)) {
        // An earlier check still waits for its FF69h (the host died in between): decline it, since
        // it was never bound to a receipt, and check this code afresh.
        log(LogLevel::Warning, "a marking check was left without FF69h; declining it");
        (void)execute(acceptMarkingCodeRequest(m_settings.operatorPassword, false));
        data = run(request);
    }
    if (!data)
        return unexpected(data.error());
    auto check = parseMarkingCheck(*data);
    if (!check)
        return unexpected(check.error());
    // Every check must be followed by an accept or reject decision (FF69h).
    auto decided = execute(acceptMarkingCodeRequest(m_settings.operatorPassword, accept));
    if (!decided)
        return unexpected(decided.error());
    return check;
}

Result<MarkingCheck> Registrar::checkMarkingCode(const MarkedItem &item, bool accept)
{
    return checkAndAccept(item, accept);
}

static FnLine toFnLine(const Receipt &receipt, const ReceiptLine &line)
{
    FnLine fnLine;
    fnLine.operation = operationFor(receipt.type);
    fnLine.quantity = line.quantity;
    fnLine.price = line.price;
    fnLine.amount = line.amount;
    fnLine.taxBits = line.taxBits;
    fnLine.department = line.department;
    fnLine.method = line.method;
    fnLine.subject = line.subject;
    fnLine.name = line.name;
    return fnLine;
}

static FnClose toFnClose(const Receipt &receipt)
{
    FnClose close;
    close.payments = receipt.payments;
    close.roundingKopecks = receipt.roundingKopecks;
    close.taxSystem = receipt.taxSystem;
    close.text = receipt.closingText;
    return close;
}

Result<void> Registrar::checkEncodable(const Receipt &receipt) const
{
    auto check = [](const RequestResult &r) -> Result<void> {
        if (!r)
            return unexpected(r.error());
        return {};
    };
    for (const ReceiptLine &line : receipt.lines) {
        if (auto r = check(fnOperationRequest(m_settings.operatorPassword, toFnLine(receipt, line))); !r)
            return r;
        for (const Tlv &tag : line.tags)
            if (auto r = check(fnSendOperationTlvRequest(m_settings.adminPassword, encodeTlvs({tag}))); !r)
                return r;
        if (line.marking) {
            const MarkedItem &m = *line.marking;
            if (auto r = check(
                    checkMarkingCodeRequest(m_settings.operatorPassword, m.planned, m.code, m.checkTlvs));
                !r)
                return r;
            if (auto r = check(bindMarkingCodeRequest(m_settings.operatorPassword, m.code)); !r)
                return r;
        }
    }
    std::vector<Tlv> documentTags = receipt.tags;
    if (receipt.correction) {
        const auto basis = correctionBasisTags(*receipt.correction);
        documentTags.insert(documentTags.end(), basis.begin(), basis.end());
    }
    for (const Tlv &tag : documentTags)
        if (auto r = check(fnSendTlvRequest(m_settings.adminPassword, encodeTlvs({tag}))); !r)
            return r;
    if (!receipt.buyerContact.empty())
        if (auto r = check(fnSendTlvRequest(m_settings.adminPassword,
                                            encodeTlvs({tlvString(1008, receipt.buyerContact)})));
            !r)
            return r;
    return check(fnCloseCheckRequest(m_settings.operatorPassword, toFnClose(receipt)));
}

Result<void> Registrar::sellLine(const Receipt &receipt, const ReceiptLine &line, ReceiptResult &result)
{
    if (line.marking && !line.marking->alreadyChecked) {
        auto check = checkAndAccept(*line.marking, true);
        if (!check)
            return unexpected(check.error());
        result.markingChecks.push_back(*check);
    }
    if (auto r = run(fnOperationRequest(m_settings.operatorPassword, toFnLine(receipt, line))); !r)
        return unexpected(r.error());
    for (const Tlv &tag : line.tags) {
        const Bytes block = encodeTlvs({tag});
        if (auto r = run(fnSendOperationTlvRequest(m_settings.adminPassword, block)); !r)
            return unexpected(r.error());
    }
    // Bind after all tags of the line are in (FF67h must come last for the position).
    if (line.marking)
        if (auto r = run(bindMarkingCodeRequest(m_settings.operatorPassword, line.marking->code)); !r)
            return unexpected(r.error());
    return {};
}

Result<ReceiptResult> Registrar::sell(const Receipt &receipt)
{
    if (receipt.lines.empty())
        return fail<ReceiptResult>(
            Error::link(LinkError::Malformed, cmd::OpenCheck, "a receipt needs lines"));
    // Encode every request first: a price or a name that cannot go on the wire is refused before
    // the receipt is opened in the registrar.
    if (auto valid = checkEncodable(receipt); !valid)
        return unexpected(valid.error());
    // 50h (still printing the previous receipt) is waited out inside execute().
    const Request open = receipt.correction
                             ? fnOpenCorrectionReceiptRequest(m_settings.adminPassword, receipt.type)
                             : openCheckRequest(m_settings.operatorPassword, receipt.type);
    if (auto r = execute(open); !r)
        return unexpected(r.error());

    ReceiptResult result;
    auto abandon = [&](const Error &e) -> Result<ReceiptResult> {
        // Nothing is fiscal before FF45h: cancel so the next receipt starts clean. When the link is
        // down the cancel would fail too; the app's recovery (reconcile) annuls the receipt later.
        if (!e.outcomeUnknown && e.tier == Error::Tier::Device)
            (void)execute(cancelCheckRequest(m_settings.operatorPassword));
        return unexpected(e);
    };

    if (receipt.correction)
        if (auto r = sendReceiptTags(correctionBasisTags(*receipt.correction)); !r)
            return abandon(r.error());

    for (const ReceiptLine &line : receipt.lines)
        if (auto r = sellLine(receipt, line, result); !r)
            return abandon(r.error());

    std::vector<Tlv> tags;
    if (receipt.cashier)
        tags = cashierTags(*receipt.cashier);
    if (!receipt.buyerContact.empty())
        tags.push_back(tlvString(1008, receipt.buyerContact));
    tags.insert(tags.end(), receipt.tags.begin(), receipt.tags.end());
    if (auto r = sendReceiptTags(tags); !r)
        return abandon(r.error());

    const FnClose close = toFnClose(receipt);
    auto closeRequest = fnCloseCheckRequest(m_settings.operatorPassword, close);
    if (!closeRequest)
        return abandon(closeRequest.error());
    auto closed = execute(*closeRequest);
    if (!closed) {
        // A device error here means the FN refused the receipt (payments short, ...): still open,
        // cancel it. An unknown outcome is left for the reconciliation.
        return abandon(closed.error());
    }
    auto answer = parseFnCloseCheck(*closed);
    if (!answer) {
        Error e = answer.error();
        e.outcomeUnknown = true; // closed in the FN, but we could not read which document it became
        return unexpected(e);
    }
    result.change = answer->change;
    result.id = answer->id;
    auto printed = waitForPrinting();
    if (printed)
        result.print = *printed;
    else // fiscalised all the same: report it and let the printing state be read later
        result.print = PrintOutcome{false, PaperState::Ok};
    return result;
}

Result<ReceiptResult> Registrar::returnSale(Receipt receipt)
{
    receipt.type = ReceiptType::SaleReturn;
    return sell(receipt);
}

Result<ReceiptResult> Registrar::correctionReceipt(const Receipt &receipt)
{
    if (!receipt.correction)
        return fail<ReceiptResult>(Error::link(LinkError::Malformed, cmd::FnOpenCorrectionReceipt,
                                               "a correction receipt needs its basis (1173/1174)"));
    return sell(receipt);
}

Result<CorrectionAnswer> Registrar::correction(const FnCorrection &c)
{
    auto data = run(fnCorrectionRequest(m_settings.adminPassword, c));
    if (!data)
        return unexpected(data.error());
    auto answer = parseCorrection(cmd::FnCorrectionV2, *data);
    if (!answer)
        return answer;
    (void)waitForPrinting();
    return answer;
}

Result<CashDocument> Registrar::cashIn(Kopecks amount)
{
    auto data = run(cashInRequest(m_settings.operatorPassword, amount));
    if (!data)
        return unexpected(data.error());
    auto doc = parseCashDocument(cmd::CashIn, *data);
    (void)waitForPrinting();
    return doc;
}

Result<CashDocument> Registrar::cashOut(Kopecks amount)
{
    auto data = run(cashOutRequest(m_settings.operatorPassword, amount));
    if (!data)
        return unexpected(data.error());
    auto doc = parseCashDocument(cmd::CashOut, *data);
    (void)waitForPrinting();
    return doc;
}

Result<void> Registrar::cancelReceipt()
{
    if (auto r = execute(cancelCheckRequest(m_settings.operatorPassword)); !r)
        return unexpected(r.error());
    return {};
}

Result<PrintOutcome> Registrar::continuePrinting()
{
    if (auto r = execute(continuePrintRequest(m_settings.adminPassword)); !r)
        return unexpected(r.error());
    return waitForPrinting();
}

Result<FoundDocument> Registrar::findDocument(std::uint32_t fd)
{
    auto data = execute(fnFindDocumentRequest(m_settings.adminPassword, fd));
    if (!data)
        return unexpected(data.error());
    return parseFoundDocument(*data);
}

Result<DocumentTlv> Registrar::readDocumentTlv(std::uint32_t fd)
{
    auto head = execute(fnReadDocumentBeginRequest(m_settings.adminPassword, fd));
    if (!head)
        return unexpected(head.error());
    auto header = parseDocumentHeader(*head);
    if (!header)
        return unexpected(header.error());
    DocumentTlv doc;
    doc.header = *header;
    // Blocks until the FN says 08h "no data"; the length from FF3Ah bounds a misbehaving device.
    while (doc.raw.size() < header->length) {
        auto block = execute(fnReadDocumentBlockRequest(m_settings.adminPassword));
        if (!block) {
            if (block.error().isDevice(deverr::FnNoData))
                break;
            return unexpected(block.error());
        }
        if (block->empty())
            break;
        doc.raw.insert(doc.raw.end(), block->begin(), block->end());
    }
    if (auto tlvs = parseTlvs(doc.raw))
        doc.tlvs = std::move(*tlvs);
    return doc;
}

Result<PrintOutcome> Registrar::printText(const std::vector<std::string> &lines, bool cut)
{
    for (const std::string &line : lines)
        if (auto r = run(printStringRequest(m_settings.operatorPassword, line)); !r)
            return unexpected(r.error());
    if (cut)
        if (auto r = execute(cutRequest(m_settings.operatorPassword, true)); !r)
            return unexpected(r.error());
    return waitForPrinting();
}

} // namespace fiscal
