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
        FISCAL_TRY(answer);
        if (answer->error == deverr::Ok)
            return std::move(answer->data);
        // 50h: the device is still printing the previous document and refused this command without
        // running it, so trying again after the printing is safe.
        if (answer->error == deverr::PrintingPrevious && attempt < m_settings.busyRetries &&
            request.code != cmd::ShortStatus) {
            log(LogLevel::Debug, commandName(request.code) + ": printing previous command, waiting");
            auto printed = waitForPrinting();
            FISCAL_TRY(printed);
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
    return request.and_then([this](const Request &r) { return execute(r); });
}

Result<PrintOutcome> Registrar::waitForPrinting()
{
    const auto deadline = m_link.transport().now() + m_settings.printWaitLimit;
    bool continued = false;
    for (;;) {
        auto s = shortStatus();
        FISCAL_TRY(s);
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
            FISCAL_TRY(execute(continuePrintRequest(m_settings.adminPassword)));
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
    return execute(shortStatusRequest(m_settings.adminPassword)).and_then(parseShortStatus);
}

Result<FullStatus> Registrar::fullStatus()
{
    return execute(fullStatusRequest(m_settings.adminPassword)).and_then(parseFullStatus);
}

Result<DeviceType> Registrar::deviceType()
{
    return execute(deviceTypeRequest()).and_then(parseDeviceType);
}

Result<FnStatus> Registrar::fnStatus()
{
    return execute(fnStatusRequest(m_settings.adminPassword)).and_then(parseFnStatus);
}

Result<void> Registrar::beep()
{
    FISCAL_TRY(execute(beepRequest(m_settings.adminPassword)));
    return {};
}

Result<StatusSnapshot> Registrar::status()
{
    auto s = shortStatus();
    FISCAL_TRY(s);
    auto fn = fnStatus();
    FISCAL_TRY(fn);

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

    // Optional parts: an older firmware or a non-fiscal test unit may refuse them. A refusal reads as
    // an empty answer, which parses as nothing; a link or port failure still fails the snapshot.
    auto refusedAsEmpty = [](const Error &e) -> Result<Bytes> {
        if (e.tier == Error::Tier::Device)
            return Bytes{};
        return unexpected(e);
    };
    auto expiry = execute(fnExpiryRequest(m_settings.adminPassword)).or_else(refusedAsEmpty);
    FISCAL_TRY(expiry);
    if (auto d = parseFnExpiry(*expiry))
        out.fnExpiry = *d;
    auto exchange = execute(fnExchangeStatusRequest(m_settings.adminPassword)).or_else(refusedAsEmpty);
    FISCAL_TRY(exchange);
    if (auto e = parseExchangeStatus(*exchange))
        out.ofdBacklog = e->queued;
    return out;
}

Result<void> Registrar::sendReceiptTags(const std::vector<Tlv> &tags)
{
    // One FF0Ch per tag keeps each request far below the 250-byte TLV limit.
    for (const Tlv &tag : tags) {
        const Bytes block = encodeTlvs({tag});
        FISCAL_TRY(run(fnSendTlvRequest(m_settings.adminPassword, block)));
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
        FISCAL_TRY(execute(fnBeginOpenShiftRequest(m_settings.adminPassword)));
        FISCAL_TRY(sendReceiptTags(cashierTags(*cashier)));
        auto doc = execute(fnOpenShiftRequest(m_settings.adminPassword)).and_then(parseFnOpenShift);
        FISCAL_TRY(doc);
        result.shiftNumber = doc->shiftNumber;
        result.id = doc->id;
    } else {
        FISCAL_TRY(execute(openShiftRequest(m_settings.adminPassword)));
        if (auto data = execute(fnShiftParamsRequest(m_settings.adminPassword)))
            if (auto p = parseShiftParams(*data))
                result.shiftNumber = p->shiftNumber;
    }
    return waitForPrinting().transform([&](const PrintOutcome &printed) {
        result.print = printed;
        return result;
    });
}

Result<ShiftResult> Registrar::closeShift(const std::optional<Cashier> &cashier)
{
    ShiftResult result;
    if (cashier) {
        FISCAL_TRY(execute(fnBeginCloseShiftRequest(m_settings.adminPassword)));
        FISCAL_TRY(sendReceiptTags(cashierTags(*cashier)));
        auto doc = execute(fnCloseShiftRequest(m_settings.adminPassword)).and_then(parseFnCloseShift);
        FISCAL_TRY(doc);
        result.shiftNumber = doc->shiftNumber;
        result.id = doc->id;
    } else {
        // Learn the shift number first: after the Z report the FN reports the shift as closed.
        if (auto data = execute(fnShiftParamsRequest(m_settings.adminPassword)))
            if (auto p = parseShiftParams(*data))
                result.shiftNumber = p->shiftNumber;
        FISCAL_TRY(execute(zReportRequest(m_settings.adminPassword)));
    }
    return waitForPrinting().transform([&](const PrintOutcome &printed) {
        result.print = printed;
        return result;
    });
}

Result<PrintOutcome> Registrar::xReport()
{
    return execute(xReportRequest(m_settings.adminPassword)).and_then([this](const Bytes &) {
        return waitForPrinting();
    });
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
    auto check = data.and_then(parseMarkingCheck);
    FISCAL_TRY(check);
    // Every check must be followed by an accept or reject decision (FF69h).
    FISCAL_TRY(execute(acceptMarkingCodeRequest(m_settings.operatorPassword, accept)));
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
    auto check = [](const RequestResult &r) { return r.transform([](const Request &) {}); };
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
        FISCAL_TRY(check);
        result.markingChecks.push_back(*check);
    }
    FISCAL_TRY(run(fnOperationRequest(m_settings.operatorPassword, toFnLine(receipt, line))));
    for (const Tlv &tag : line.tags)
        FISCAL_TRY(run(fnSendOperationTlvRequest(m_settings.adminPassword, encodeTlvs({tag}))));
    // Bind after all tags of the line are in (FF67h must come last for the position).
    if (line.marking)
        FISCAL_TRY(run(bindMarkingCodeRequest(m_settings.operatorPassword, line.marking->code)));
    return {};
}

Result<ReceiptResult> Registrar::sell(const Receipt &receipt)
{
    if (receipt.lines.empty())
        return fail<ReceiptResult>(
            Error::link(LinkError::Malformed, cmd::OpenCheck, "a receipt needs lines"));
    // Encode every request first: a price or a name that cannot go on the wire is refused before
    // the receipt is opened in the registrar.
    FISCAL_TRY(checkEncodable(receipt));
    // An electronic receipt: the registrar is told to skip printing the next document.
    auto skipPrint = [this](bool skip) -> Result<Bytes> {
        auto request =
            writeTableRequest(m_settings.adminPassword, {skipprint::Table, skipprint::Row, skipprint::Field},
                              Bytes{static_cast<std::uint8_t>(skip ? 1 : 0)});
        if (!request)
            return unexpected(request.error());
        return execute(*request);
    };
    if (!receipt.printed)
        FISCAL_TRY(skipPrint(true));
    // 50h (still printing the previous receipt) is waited out inside execute().
    const Request open = receipt.correction
                             ? fnOpenCorrectionReceiptRequest(m_settings.adminPassword, receipt.type)
                             : openCheckRequest(m_settings.operatorPassword, receipt.type);
    FISCAL_TRY(execute(open));

    ReceiptResult result;
    auto abandon = [&](const Error &e) -> Result<ReceiptResult> {
        // Nothing is fiscal before FF45h: cancel so the next receipt starts clean. When the link is
        // down the cancel would fail too; the app's recovery (reconcile) annuls the receipt later.
        if (!e.outcomeUnknown && e.tier == Error::Tier::Device) {
            (void)execute(cancelCheckRequest(m_settings.operatorPassword));
            if (!receipt.printed)
                (void)skipPrint(false); // the next document prints again
        }
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
    auto answer = run(fnCorrectionRequest(m_settings.adminPassword, c)).and_then([](const Bytes &data) {
        return parseCorrection(cmd::FnCorrectionV2, data);
    });
    if (answer)
        (void)waitForPrinting();
    return answer;
}

Result<CashDocument> Registrar::cashDocument(const RequestResult &request, CommandCode code)
{
    return run(request).and_then([&](const Bytes &data) {
        auto doc = parseCashDocument(code, data);
        (void)waitForPrinting(); // the drawer moved whatever the slip does
        return doc;
    });
}

Result<CashDocument> Registrar::cashIn(Kopecks amount)
{
    return cashDocument(cashInRequest(m_settings.operatorPassword, amount), cmd::CashIn);
}

Result<CashDocument> Registrar::cashOut(Kopecks amount)
{
    return cashDocument(cashOutRequest(m_settings.operatorPassword, amount), cmd::CashOut);
}

Result<void> Registrar::cancelReceipt()
{
    FISCAL_TRY(execute(cancelCheckRequest(m_settings.operatorPassword)));
    return {};
}

Result<PrintOutcome> Registrar::continuePrinting()
{
    return execute(continuePrintRequest(m_settings.adminPassword)).and_then([this](const Bytes &) {
        return waitForPrinting();
    });
}

Result<FoundDocument> Registrar::findDocument(std::uint32_t fd)
{
    return execute(fnFindDocumentRequest(m_settings.adminPassword, fd)).and_then(parseFoundDocument);
}

Result<DocumentTlv> Registrar::readDocumentTlv(std::uint32_t fd)
{
    auto header =
        execute(fnReadDocumentBeginRequest(m_settings.adminPassword, fd)).and_then(parseDocumentHeader);
    FISCAL_TRY(header);
    DocumentTlv doc;
    doc.header = *header;
    // Blocks until the FN says 08h "no data"; the length from FF3Ah bounds a misbehaving device.
    while (doc.raw.size() < header->length) {
        auto block = execute(fnReadDocumentBlockRequest(m_settings.adminPassword));
        if (!block) {
            if (block.error().isDevice(deverr::FnNoData))
                break;
            FISCAL_TRY(block);
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
        FISCAL_TRY(run(printStringRequest(m_settings.operatorPassword, line)));
    if (cut)
        FISCAL_TRY(execute(cutRequest(m_settings.operatorPassword, true)));
    return waitForPrinting();
}

} // namespace fiscal
