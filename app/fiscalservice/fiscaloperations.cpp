// FiscalWorker, part 3 of 3: the service operations (marking checks, cancel, copies, reports).
#include "app/fiscalservice/fiscalworker.h"

#include <QSqlQuery>
#include <QTimer>

#include "app/core/tr.h"
#include "app/fiscalservice/fiscalworker_p.h"
#include "app/fiscalservice/fndocument.h"
#include "app/logging.h"
#include "app/organisation/organisation.h"
#include "app/sales/salesservice.h"
#include "app/sales/shiftservice.h"
#include "app/storage/database.h"
#include "fiscal/codes.h"
#include "fiscal/commands/service.h"
#include "fiscal/errortable.h"
#include "fiscal/registrar.h"
#include "fiscal/transport/deviceurl.h"

namespace app {

using namespace workerdetail;

std::optional<MarkingVerdict> FiscalWorker::checkAndDecide(const QString &code, fiscal::PlannedStatus planned,
                                                           fiscal::Error *error, const fiscal::Bytes &tlvs)
{
    const auto pwd = registrarSettings(m_settings).operatorPassword;
    const auto request = fiscal::checkMarkingCodeRequest(pwd, planned, code.toStdString(), tlvs);
    if (!request) {
        if (error)
            *error = request.error();
        return std::nullopt;
    }
    auto data = m_registrar->execute(*request);
    if (!data && data.error().isDevice(fiscal::deverr::MarkingSequence)) {
        // A check is still waiting for its FF69h: this process died between FF61h and FF69h.
        // Decline that code (it was never bound to a receipt), then check this one afresh.
        qCInfo(lcFiscal) << "a marking check was left without a decision; declining it";
        (void)m_registrar->execute(fiscal::acceptMarkingCodeRequest(pwd, false));
        data = m_registrar->execute(*request);
    }
    if (!data) {
        if (error)
            *error = data.error();
        handleError(data.error());
        return std::nullopt;
    }
    MarkingVerdict v;
    v.code = code;
    auto check = fiscal::parseMarkingCheck(*data);
    if (!check) {
        if (error)
            *error = check.error();
        return std::nullopt;
    }
    // Tag 2106: bit 1 the FN's own check passed, bit 2 the marking server answered, bit 3 it said yes.
    const int bits = check->result.value_or(check->localStatus);
    v.result2106 = bits;
    const bool fnOk = (check->localStatus & 0x02) != 0 || (bits & 0x02) != 0;
    const bool serverChecked = (bits & 0x04) != 0;
    const bool serverOk = (bits & 0x08) != 0;
    const bool accept = fnOk && (!serverChecked || serverOk);
    if (!accept)
        v.decision = MarkingDecision::Rejected;
    else
        v.decision = serverChecked ? MarkingDecision::Accepted : MarkingDecision::AcceptedOffline;
    // Every check must be answered with FF69h before anything else (§3.2).
    auto decided = m_registrar->execute(fiscal::acceptMarkingCodeRequest(pwd, accept));
    if (!decided) {
        if (error)
            *error = decided.error();
        handleError(decided.error());
        return std::nullopt;
    }
    switch (v.decision) {
    case MarkingDecision::Accepted:
        v.text = Tr::tr("Marking code checked: it may be sold.");
        break;
    case MarkingDecision::AcceptedOffline:
        v.text =
            Tr::tr("Marking code checked by the fiscal drive only; the marking server did not answer. It "
                   "may be sold.");
        break;
    case MarkingDecision::Rejected:
        v.text =
            fnOk ? Tr::tr("The marking server refused this code (sold already, withdrawn or blocked): do not "
                          "sell this item.")
                 : Tr::tr("The fiscal drive found the marking code invalid: do not sell this item.");
        break;
    case MarkingDecision::NotChecked:
        break;
    }
    return v;
}

void FiscalWorker::checkMarkingCode(int requestId, const QString &code, int plannedStatus,
                                    const QByteArray &tlvs)
{
    MarkingVerdict v;
    v.code = code;
    if (!deviceReady()) {
        v.text = m_health.problem.text.isEmpty()
                     ? Tr::tr("The registrar is not ready; the code was not checked.")
                     : m_health.problem.text;
        Q_EMIT markingChecked(requestId, v);
        return;
    }
    fiscal::Error e;
    auto checked = checkAndDecide(code, static_cast<fiscal::PlannedStatus>(plannedStatus), &e,
                                  fiscal::Bytes(tlvs.begin(), tlvs.end()));
    if (!checked) {
        v.text = describeFiscalError(e).text;
        Q_EMIT markingChecked(requestId, v);
        return;
    }
    Q_EMIT markingChecked(requestId, *checked);
}

void FiscalWorker::cancelReceipt(int requestId)
{
    FiscalOperationResult r;
    if (!readyOrRefuse(requestId, false))
        return;
    auto state = readState(false, 0);
    if (state && (!state->documentOpen() || cancelOpenDocument(*state)))
        r.ok = true;
    else
        r.message = m_health.problem;
    Q_EMIT operationFinished(requestId, r);
    refreshHealth();
}

void FiscalWorker::continuePrinting(int requestId)
{
    FiscalOperationResult r;
    if (!readyOrRefuse(requestId, true))
        return;
    // Printing only: allowed even while a job waits in `sending`, because that job waits for it.
    auto printed = m_registrar->continuePrinting();
    takePrintOutcome(r, printed);
    if (r.ok)
        (void)m_journal->clearPrintIncomplete();
    Q_EMIT operationFinished(requestId, r);
    process();
}

void FiscalWorker::printCopy(int requestId, const QString &saleUuid)
{
    FiscalOperationResult r;
    if (!readyOrRefuse(requestId, false))
        return;
    const auto sale = SalesService(*m_db).saleByUuid(saleUuid);
    if (!sale) {
        r.message = info(Tr::tr("The document was not found."), FiscalNextStep::None);
        Q_EMIT operationFinished(requestId, r);
        return;
    }
    // A non-fiscal slip: the registrar never sends a fiscal document twice (OCA #2751).
    std::vector<std::string> lines;
    lines.emplace_back("КОПИЯ");
    lines.emplace_back(sale->calcSign == CalcSign::IncomeReturn ? "ВОЗВРАТ ПРИХОДА" : "ПРИХОД");
    for (const SaleLine &l : sale->lines) {
        lines.push_back(l.name.toStdString());
        lines.push_back("  " + formatMilli(l.quantity).toStdString() + " x " + money(l.price) + " = " +
                        money(l.total));
    }
    lines.push_back("ИТОГ = " + money(sale->total));
    if (sale->fiscal) {
        lines.push_back("ФН " + sale->fiscal->fn.toStdString());
        lines.push_back("ФД " + std::to_string(sale->fiscal->fd) + " ФП " +
                        std::to_string(sale->fiscal->fiscalSign));
    }
    lines.emplace_back("НЕ ЯВЛЯЕТСЯ ФИСКАЛЬНЫМ ДОКУМЕНТОМ");
    lines.emplace_back("КОПИЯ");
    auto printed = m_registrar->printText(lines);
    takePrintOutcome(r, printed);
    Q_EMIT operationFinished(requestId, r);
}

void FiscalWorker::readFnStatus(int requestId)
{
    FiscalOperationResult r;
    if (!readyOrRefuse(requestId, true))
        return;
    auto fn = m_registrar->fnStatus();
    if (!fn) {
        handleError(fn.error());
        r.message = describeFiscalError(fn.error());
    } else {
        r.ok = true;
        r.text = Tr::tr("FN %1, last document %2, shift %3, warnings %4h")
                     .arg(QString::fromStdString(fn->fnNumber))
                     .arg(fn->lastFd)
                     .arg(fn->shiftOpen ? Tr::tr("open") : Tr::tr("closed"))
                     .arg(fn->warnings, 2, 16, QLatin1Char('0'));
    }
    Q_EMIT operationFinished(requestId, r);
    refreshHealth();
}

void FiscalWorker::readDeviceInfo(int requestId)
{
    RegistrarInfo info;
    if (!connectDevice()) {
        info.error = m_health.problem;
    } else {
        // A failure here surfaces in the next health poll, which reconnects when the link is gone.
        info = readRegistrarInfo(*m_registrar);
    }
    info.url = m_settings.deviceUrl;
    info.baud = int(m_settings.baud);
    Q_EMIT deviceInfoRead(requestId, info);
}

void FiscalWorker::printText(int requestId, const QStringList &lines)
{
    FiscalOperationResult r;
    if (!deviceReady()) {
        r.message = m_health.problem;
        Q_EMIT operationFinished(requestId, r);
        return;
    }
    std::vector<std::string> text;
    for (const QString &line : lines)
        text.push_back(line.toStdString());
    auto printed = m_registrar->printText(text);
    if (!printed) {
        handleError(printed.error());
        r.message = describeFiscalError(printed.error());
    } else {
        r.ok = printed->complete;
        r.printIncomplete = !printed->complete;
        if (!printed->complete)
            r.message = noPaperMessage();
    }
    Q_EMIT operationFinished(requestId, r);
}

void FiscalWorker::enqueueXReport(int requestId)
{
    FiscalOperationResult r;
    if (!m_journal) {
        Q_EMIT operationFinished(requestId, r);
        return;
    }
    // The job and the X report's document for the cabinet (the open shift's totals) commit together.
    Transaction tx(*m_db);
    auto id = m_journal->enqueue(QStringLiteral("x_report"), QString());
    Result<void> queued = id ? ShiftService(*m_db).queueXReport(QDateTime::currentDateTimeUtc())
                             : Result<void>(app::Unexpected<Error>{id.error()});
    if (queued)
        queued = tx.commit();
    r.ok = bool(queued);
    if (!queued)
        r.message = info(queued.error().message, FiscalNextStep::None);
    Q_EMIT operationFinished(requestId, r);
    process();
}

} // namespace app
