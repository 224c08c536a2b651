#include "app/fiscalservice/fiscalworker.h"

#include <QSqlQuery>
#include <QTimer>

#include "app/core/tr.h"
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

namespace {

// Operational registers (1Bh) that count the non-FN documents, so their jobs can be reconciled
// like FN documents are by FD (the emulator's numbers follow the vendor JavaPOS names).
constexpr int RegCashInNumber = 0x9B;
constexpr int RegCashOutNumber = 0x9C;
constexpr int RegXReportNumber = 0x9E;

// Resends of one job in one go before waiting for the next poll (link trouble).
constexpr int MaxRoundsPerTry = 3;

QString kindOf(const FiscalJob &job)
{
    return job.kind;
}

bool isSaleKind(const QString &kind)
{
    return kind == QLatin1String("sale") || kind == QLatin1String("return") ||
           kind == QLatin1String("correction");
}

PaperStatus paperStatus(fiscal::PaperState p)
{
    switch (p) {
    case fiscal::PaperState::Ok:
        return PaperStatus::Ok;
    case fiscal::PaperState::Out:
        return PaperStatus::Out;
    case fiscal::PaperState::OutWhilePrinting:
        return PaperStatus::OutWhilePrinting;
    case fiscal::PaperState::WaitingContinue:
        return PaperStatus::WaitingContinue;
    }
    return PaperStatus::Ok;
}

FiscalMessage info(QString text, FiscalNextStep next)
{
    return {std::move(text), next, true};
}

FiscalMessage noPaperMessage()
{
    return info(Tr::tr("No paper: insert a roll and press “Continue printing”"), FiscalNextStep::InsertPaper);
}

FiscalMessage continueMessage()
{
    return info(Tr::tr("The registrar waits to finish printing: press “Continue printing”."),
                FiscalNextStep::ContinuePrinting);
}

std::string money(Kopecks k)
{
    return formatKopecks(k).toStdString();
}

} // namespace

struct FiscalWorker::Plan
{
    enum class Kind { Receipt, Correction, OpenShift, CloseShift, CashIn, CashOut, XReport, Invalid };
    Kind kind = Kind::Invalid;
    fiscal::Receipt receipt;
    std::optional<fiscal::Cashier> cashier;
    Kopecks amount = 0;
    ExpectedDocument expected;
    int counterRegister = 0;
    bool needsOpenShift = true;
    std::optional<Sale> sale;
    QString error; // translated: the job cannot be sent as it is
};

struct FiscalWorker::SendResult
{
    bool ok = false;
    fiscal::Error error;
    QString errorText; // overrides the mapped message (marking refusals)
    std::optional<qint64> fd;
    std::optional<qint64> sign;
    bool printIncomplete = false;
};

struct FiscalWorker::DeviceState
{
    fiscal::StatusSnapshot status;
    std::uint8_t fnDocument = 0;
    std::optional<std::uint32_t> registerNow;
    bool documentOpen() const { return status.documentOpen || fnDocument != 0; }
};

FiscalWorker::FiscalWorker(FiscalServiceSettings settings, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
{
    m_health.device = m_settings.deviceUrl;
}

FiscalWorker::~FiscalWorker()
{
    dropDevice();
}

void FiscalWorker::start()
{
    QString error;
    m_db = Database::openWorker(m_settings.databasePath, &error);
    if (!m_db) {
        qCWarning(lcFiscal) << "fiscal worker cannot open the database" << error;
        publishProblem(info(error, FiscalNextStep::CheckSettings));
        return;
    }
    m_journal = std::make_unique<FiscalJournal>(*m_db);
    m_poll = new QTimer(this);
    m_poll->setInterval(m_settings.pollIntervalMs);
    connect(m_poll, &QTimer::timeout, this, [this] {
        if (m_settings.autoProcess)
            process();
        else
            refreshHealth();
    });
    m_poll->start();
    // Recovery before anything else: a job left in `sending` by a crash is settled first.
    process();
}

void FiscalWorker::shutdown()
{
    if (m_poll)
        m_poll->stop();
    dropDevice();
    m_journal.reset();
    m_db.reset();
}

bool FiscalWorker::connectDevice()
{
    if (m_registrar)
        return true;
    const auto url = fiscal::parseDeviceUrl(m_settings.deviceUrl.toStdString());
    if (!url) {
        publishProblem(info(Tr::tr("The registrar address “%1” is not valid: use serial:/dev/ttyUSB0 or "
                                   "tcp:HOST:PORT in the device settings.")
                                .arg(m_settings.deviceUrl),
                            FiscalNextStep::CheckSettings));
        return false;
    }
    auto transport =
        fiscal::openTransport(*url, m_settings.baud, fiscal::Duration{m_settings.connectTimeoutMs});
    if (!transport) {
        publishProblem(describeFiscalError(transport.error()));
        return false;
    }
    m_transport = std::move(*transport);
    m_registrar = std::make_unique<fiscal::Registrar>(*m_transport, m_settings.registrar, m_settings.link);
    m_registrar->setLogSink([](fiscal::LogLevel level, std::string_view text) {
        const QString line = QString::fromUtf8(text.data(), qsizetype(text.size()));
        if (level >= fiscal::LogLevel::Warning)
            qCWarning(lcFiscal).noquote() << line;
        else
            qCDebug(lcFiscal).noquote() << line;
    });
    // ENQ first: drains an answer the device may still hold from before (reference §1.4).
    if (auto probe = m_registrar->link().probe(); !probe) {
        publishProblem(describeFiscalError(probe.error()));
        dropDevice();
        return false;
    }
    m_health.connected = true;
    qCInfo(lcFiscal) << "registrar connected" << m_settings.deviceUrl;
    return true;
}

void FiscalWorker::dropDevice()
{
    m_registrar.reset();
    if (m_transport)
        m_transport->close();
    m_transport.reset();
    m_health.connected = false;
}

bool FiscalWorker::handleError(const fiscal::Error &error)
{
    qCWarning(lcFiscal).noquote() << QString::fromStdString(fiscal::describe(error));
    // The port is gone (cable, power, TCP reset): reopen it on the next poll.
    if (error.tier == fiscal::Error::Tier::Transport || error.isLink(fiscal::LinkError::NoLink)) {
        dropDevice();
        publishProblem(describeFiscalError(error));
        return false;
    }
    return true;
}

void FiscalWorker::publishProblem(const FiscalMessage &message)
{
    m_health.problem = message;
    m_health.polledAt = QDateTime::currentDateTimeUtc();
    Q_EMIT healthChanged(m_health);
}

std::optional<std::uint32_t> FiscalWorker::readRegister(int reg)
{
    auto data = m_registrar->execute(fiscal::readOperationalRegisterRequest(
        m_settings.registrar.adminPassword, static_cast<std::uint8_t>(reg)));
    if (!data) {
        handleError(data.error());
        return std::nullopt;
    }
    auto value = fiscal::parseOperationalRegister(*data);
    if (!value)
        return std::nullopt;
    return static_cast<std::uint32_t>(value->value);
}

std::optional<FiscalWorker::DeviceState> FiscalWorker::readState(bool withRegister, int reg)
{
    if (!connectDevice())
        return std::nullopt;
    auto status = m_registrar->status();
    if (!status) {
        handleError(status.error());
        return std::nullopt;
    }
    DeviceState state;
    state.status = *status;
    auto fn = m_registrar->fnStatus();
    if (!fn) {
        handleError(fn.error());
        return std::nullopt;
    }
    state.fnDocument = fn->currentDocument;
    if (withRegister && reg != 0) {
        state.registerNow = readRegister(reg);
        if (!state.registerNow)
            return std::nullopt;
    }
    return state;
}

bool FiscalWorker::cancelOpenDocument(const DeviceState &state)
{
    // Nothing in an open document is fiscal before it closes, so cancelling it is always safe.
    if (state.status.mode == fiscal::mode::DocumentOpen) {
        qCInfo(lcFiscal) << "cancelling an open receipt";
        if (auto r = m_registrar->cancelReceipt(); !r) {
            handleError(r.error());
            return false;
        }
    } else if (state.fnDocument != 0) {
        qCInfo(lcFiscal) << "cancelling an FN document begun earlier" << state.fnDocument;
        auto r = m_registrar->execute(fiscal::fnCancelDocumentRequest(m_settings.registrar.adminPassword));
        if (!r) {
            handleError(r.error());
            return false;
        }
    }
    return true;
}

std::optional<CashierInfo> FiscalWorker::employee(std::int64_t id)
{
    QSqlQuery q = m_db->prepare(QStringLiteral("SELECT full_name, inn FROM employees WHERE id = ?"));
    q.addBindValue(qint64(id));
    if (!q.exec() || !q.next())
        return std::nullopt;
    return CashierInfo{q.value(0).toString(), q.value(1).toString()};
}

FiscalWorker::Plan FiscalWorker::plan(const FiscalJob &job)
{
    Plan p;
    const QString kind = kindOf(job);
    int taxSystem = 0;
    if (auto entity = OrganisationService(*m_db).legalEntity())
        taxSystem = int(entity->taxSystem);
    auto toFiscal = [](const std::optional<CashierInfo> &c) -> std::optional<fiscal::Cashier> {
        if (!c || c->name.isEmpty())
            return std::nullopt;
        return fiscal::Cashier{c->name.toStdString(), c->inn.toStdString()};
    };
    if (isSaleKind(kind)) {
        SalesService sales(*m_db);
        p.sale = sales.saleByUuid(job.documentUuid);
        if (!p.sale) {
            p.error = Tr::tr("The document of this fiscal job was not found in the database.");
            return p;
        }
        if (p.sale->kind == SaleKind::Correction) {
            // FFD 1.2: a correction receipt with its item list, one per missed operation.
            BuiltReceipt built = buildCorrectionReceipt(*p.sale, employee(p.sale->cashierId), taxSystem);
            p.kind = Plan::Kind::Correction;
            p.receipt = built.receipt;
            p.expected = built.expected;
            p.error = built.error;
        } else {
            BuiltReceipt built = buildReceipt(*p.sale, employee(p.sale->cashierId), taxSystem);
            p.kind = Plan::Kind::Receipt;
            p.receipt = built.receipt;
            p.expected = built.expected;
            p.error = built.error;
        }
        return p;
    }
    if (kind == QLatin1String("cash_in") || kind == QLatin1String("cash_out")) {
        QSqlQuery q = m_db->prepare(QStringLiteral("SELECT amount FROM cash_documents WHERE uuid = ?"));
        q.addBindValue(job.documentUuid);
        if (!q.exec() || !q.next()) {
            p.error = Tr::tr("The document of this fiscal job was not found in the database.");
            return p;
        }
        p.amount = q.value(0).toLongLong();
        const bool in = kind == QLatin1String("cash_in");
        p.kind = in ? Plan::Kind::CashIn : Plan::Kind::CashOut;
        p.counterRegister = in ? RegCashInNumber : RegCashOutNumber;
        return p;
    }
    if (kind == QLatin1String("open_shift") || kind == QLatin1String("z_report")) {
        QSqlQuery q = m_db->prepare(
            QStringLiteral("SELECT opened_by, COALESCE(closed_by, opened_by) FROM shifts WHERE uuid = ?"));
        q.addBindValue(job.documentUuid);
        std::optional<CashierInfo> who;
        if (q.exec() && q.next())
            who = employee(q.value(kind == QLatin1String("open_shift") ? 0 : 1).toLongLong());
        // Without a name the driver would fall back to the legacy E0h/41h commands, which return no
        // FD; the FN-era commands need a 1021 cashier.
        if (!who || who->name.isEmpty())
            who = CashierInfo{Tr::tr("Cashier"), {}};
        p.cashier = toFiscal(who);
        const bool open = kind == QLatin1String("open_shift");
        p.kind = open ? Plan::Kind::OpenShift : Plan::Kind::CloseShift;
        p.expected.type = open ? fndoctype::ShiftOpen : fndoctype::ShiftClose;
        p.needsOpenShift = !open;
        return p;
    }
    if (kind == QLatin1String("x_report")) {
        p.kind = Plan::Kind::XReport;
        p.counterRegister = RegXReportNumber;
        p.needsOpenShift = false;
        return p;
    }
    p.error = Tr::tr("Unknown fiscal job kind “%1”.").arg(kind);
    return p;
}

std::optional<MarkingVerdict> FiscalWorker::checkAndDecide(const QString &code, fiscal::PlannedStatus planned,
                                                           fiscal::Error *error)
{
    const auto pwd = m_settings.registrar.operatorPassword;
    const auto request = fiscal::checkMarkingCodeRequest(pwd, planned, code.toStdString());
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

FiscalWorker::SendResult FiscalWorker::send(const Plan &plan)
{
    SendResult out;
    auto failWith = [&](const fiscal::Error &e) {
        out.ok = false;
        out.error = e;
        handleError(e);
        return out;
    };
    switch (plan.kind) {
    case Plan::Kind::Receipt:
    case Plan::Kind::Correction: {
        // Marked goods: check and decide every code before the receipt opens (FF61h, FF69h).
        for (const SaleLine &line : plan.sale->lines) {
            if (line.markingCode.isEmpty())
                continue;
            fiscal::Error e;
            auto v = checkAndDecide(line.markingCode, plannedStatusFor(*plan.sale, line), &e);
            if (!v)
                return failWith(e);
            if (v->decision == MarkingDecision::Rejected) {
                out.error =
                    fiscal::Error::device(fiscal::deverr::MarkingNotChecked, fiscal::cmd::FnCheckMarkingCode);
                out.errorText = Tr::tr("Marking code of “%1” was refused: %2").arg(line.name, v->text);
                return out;
            }
        }
        // A correction's receipt carries its basis: the registrar opens it as an FFD 1.2 correction.
        auto r = plan.kind == Plan::Kind::Correction ? m_registrar->correctionReceipt(plan.receipt)
                                                     : m_registrar->sell(plan.receipt);
        if (!r)
            return failWith(r.error());
        out.ok = true;
        out.fd = r->id.fd;
        out.sign = r->id.fiscalSign;
        out.printIncomplete = !r->print.complete;
        return out;
    }
    case Plan::Kind::OpenShift:
    case Plan::Kind::CloseShift: {
        auto r = plan.kind == Plan::Kind::OpenShift ? m_registrar->openShift(plan.cashier)
                                                    : m_registrar->closeShift(plan.cashier);
        if (!r)
            return failWith(r.error());
        out.ok = true;
        if (r->id) {
            out.fd = r->id->fd;
            out.sign = r->id->fiscalSign;
        }
        out.printIncomplete = !r->print.complete;
        return out;
    }
    case Plan::Kind::CashIn:
    case Plan::Kind::CashOut: {
        auto r = plan.kind == Plan::Kind::CashIn ? m_registrar->cashIn(plan.amount)
                                                 : m_registrar->cashOut(plan.amount);
        if (!r)
            return failWith(r.error());
        out.ok = true;
        return out;
    }
    case Plan::Kind::XReport: {
        auto r = m_registrar->xReport();
        if (!r)
            return failWith(r.error());
        out.ok = true;
        out.printIncomplete = !r->complete;
        return out;
    }
    case Plan::Kind::Invalid:
        break;
    }
    out.error = fiscal::Error::link(fiscal::LinkError::Malformed, 0, "invalid plan");
    return out;
}

void FiscalWorker::complete(const FiscalJob &job, const FiscalJobDetails &details, std::optional<qint64> fd,
                            std::optional<qint64> sign, bool printIncomplete, const QString &resolution)
{
    const bool shiftKind = job.kind == QLatin1String("open_shift") || job.kind == QLatin1String("z_report");
    // FF40h before the transaction: no device I/O while holding the database's write lock. After a Z
    // report it names the shift just closed.
    std::optional<fiscal::ShiftParams> params;
    if (m_registrar && ((isSaleKind(job.kind) && fd) || shiftKind))
        if (auto data =
                m_registrar->execute(fiscal::fnShiftParamsRequest(m_settings.registrar.adminPassword)))
            if (auto parsed = fiscal::parseShiftParams(*data))
                params = *parsed;

    // The document's fiscal attributes, the shift's FN number and the journal's "done" commit
    // together: the services' own transactions become savepoints of this one.
    Transaction tx(*m_db);
    if (isSaleKind(job.kind) && fd) {
        SalesService sales(*m_db);
        const auto sale = sales.saleByUuid(job.documentUuid);
        if (sale && !(sale->fiscal && sale->fiscal->fd == *fd)) {
            FiscalAttributes a;
            a.fn = details.fnNumber;
            a.fd = *fd;
            a.fiscalSign = sign.value_or(0);
            a.at = QDateTime::currentDateTimeUtc();
            if (params) {
                a.shiftNumber = params->shiftNumber;
                a.receiptNumber = params->receiptNumber;
            }
            if (auto ok = sales.setFiscalAttributes(sale->id, a); !ok)
                qCWarning(lcFiscal) << "cannot store fiscal attributes" << job.documentUuid
                                    << ok.error().message;
        }
    }
    if (shiftKind && params && params->shiftNumber > 0)
        if (auto ok = ShiftService::setFiscalShiftNumber(*m_db, job.documentUuid, params->shiftNumber); !ok)
            qCWarning(lcFiscal) << "cannot store the fiscal shift number" << job.documentUuid
                                << ok.error().message;
    if (auto ok = m_journal->markDone(job.id, fd, sign, printIncomplete, resolution); !ok) {
        qCWarning(lcFiscal) << "cannot mark fiscal job done" << job.id << ok.error().message;
        return;
    }
    if (auto ok = tx.commit(); !ok) {
        qCWarning(lcFiscal) << "cannot commit the finished fiscal job" << job.id << ok.error().message;
        return;
    }
    FiscalJobOutcome o;
    o.jobId = job.id;
    o.kind = job.kind;
    o.documentUuid = job.documentUuid;
    o.state = FiscalJobState::Done;
    o.fd = fd;
    o.fiscalSign = sign;
    o.printIncomplete = printIncomplete;
    o.resolution = resolution;
    if (printIncomplete)
        o.message = noPaperMessage();
    qCInfo(lcFiscal) << "fiscal job done" << job.id << job.kind << "fd" << fd.value_or(0) << resolution;
    Q_EMIT jobFinished(o);
}

void FiscalWorker::finishFailed(const FiscalJob &job, const FiscalMessage &message)
{
    if (auto ok = m_journal->markFailed(job.id, message.text); !ok) {
        qCWarning(lcFiscal) << "cannot mark fiscal job failed" << job.id << ok.error().message;
        return;
    }
    FiscalJobOutcome o;
    o.jobId = job.id;
    o.kind = job.kind;
    o.documentUuid = job.documentUuid;
    o.state = FiscalJobState::Failed;
    o.resolution = QStringLiteral("failed");
    o.message = message;
    qCInfo(lcFiscal) << "fiscal job failed" << job.id << job.kind << message.text;
    Q_EMIT jobFinished(o);
}

void FiscalWorker::finishAttention(const FiscalJob &job, const QString &reason)
{
    if (auto ok = m_journal->markAttention(job.id, reason); !ok) {
        qCWarning(lcFiscal) << "cannot mark fiscal job for attention" << job.id << ok.error().message;
        return;
    }
    FiscalJobOutcome o;
    o.jobId = job.id;
    o.kind = job.kind;
    o.documentUuid = job.documentUuid;
    o.state = FiscalJobState::Attention;
    o.resolution = QStringLiteral("attention");
    o.message = info(reason, FiscalNextStep::CheckJournal);
    qCWarning(lcFiscal) << "fiscal job needs attention" << job.id << job.kind << reason;
    Q_EMIT jobFinished(o);
}

FiscalWorker::Settle FiscalWorker::settle(const FiscalJob &job, const FiscalJobDetails &details,
                                          const fiscal::Error *error, const QString &errorText)
{
    const auto state = readState(details.counterRegister != 0, details.counterRegister);
    if (!state)
        return Settle::Wait;
    RecoveryRow row;
    row.counter = details.counterRegister != 0 ? CounterKind::DeviceRegister : CounterKind::FnDocument;
    row.fdBefore = static_cast<std::uint32_t>(job.fdBefore.value_or(0));
    if (details.counterBefore)
        row.registerBefore = static_cast<std::uint32_t>(*details.counterBefore);
    RecoveryDevice dev;
    dev.documentOpen = state->documentOpen();
    dev.lastFd = state->status.lastFd;
    dev.registerNow = state->registerNow;
    const RecoveryDecision decision = decideRecovery(row, dev);
    const bool paperOk = state->status.paper == fiscal::PaperState::Ok;
    switch (decision.action) {
    case RecoveryAction::CancelAndRetry:
        if (!cancelOpenDocument(*state))
            return Settle::Wait;
        [[fallthrough]];
    case RecoveryAction::Retry: {
        if (error && error->tier == fiscal::Error::Tier::Device && !isTransientFiscalError(*error)) {
            FiscalMessage m = describeFiscalError(*error, state->status.submode);
            if (!errorText.isEmpty())
                m.text = errorText;
            finishFailed(job, m);
            return Settle::Settled;
        }
        if (!paperOk) {
            publishProblem(state->status.paper == fiscal::PaperState::WaitingContinue ? continueMessage()
                                                                                      : noPaperMessage());
            return Settle::Wait;
        }
        if (error && error->tier == fiscal::Error::Tier::Device) {
            publishProblem(describeFiscalError(*error, state->status.submode));
            return Settle::Wait;
        }
        return Settle::Resend;
    }
    case RecoveryAction::VerifyNext: {
        const std::uint32_t next = row.fdBefore + 1;
        auto found = m_registrar->findDocument(next);
        if (!found) {
            handleError(found.error());
            return Settle::Wait;
        }
        const auto doc = decodeFoundDocument(*found);
        if (!doc) {
            finishAttention(job, Tr::tr("The fiscal drive's document %1 could not be read.").arg(next));
            return Settle::Settled;
        }
        const QString mismatch = verifyDocument(details.expected, *doc);
        if (!mismatch.isEmpty()) {
            finishAttention(job, mismatch);
            return Settle::Settled;
        }
        complete(job, details, qint64(doc->fd), qint64(doc->fiscalSign), !paperOk,
                 QStringLiteral("recovered"));
        return Settle::Settled;
    }
    case RecoveryAction::DoneByRegister:
        complete(job, details, std::nullopt, std::nullopt, !paperOk, QStringLiteral("register"));
        return Settle::Settled;
    case RecoveryAction::Attention:
        finishAttention(job, decision.reason);
        return Settle::Settled;
    }
    return Settle::Wait;
}

bool FiscalWorker::attempt(std::int64_t jobId)
{
    for (int round = 0; round < MaxRoundsPerTry; ++round) {
        const auto job = m_journal->job(jobId);
        const auto details = m_journal->details(jobId);
        if (!job || !details || job->state != FiscalJobState::Sending)
            return true;
        const Plan p = plan(*job);
        if (!connectDevice())
            return false;
        (void)m_journal->noteAttempt(jobId);
        const SendResult r = send(p);
        if (r.ok) {
            complete(*job, *details, r.fd, r.sign, r.printIncomplete, QStringLiteral("sent"));
            return true;
        }
        // Whatever went wrong, the device tells what happened: reconcile before anything else.
        switch (settle(*job, *details, &r.error, r.errorText)) {
        case Settle::Settled:
            return true;
        case Settle::Resend:
            continue;
        case Settle::Wait:
            return false;
        }
    }
    return false;
}

bool FiscalWorker::settlePending()
{
    const auto job = m_journal->pendingSending();
    if (!job)
        return true;
    const auto details = m_journal->details(job->id);
    if (!details) {
        finishAttention(*job,
                        Tr::tr("The journal row of this operation is incomplete; compare it with the fiscal "
                               "drive."));
        return true;
    }
    switch (settle(*job, *details, nullptr, {})) {
    case Settle::Settled:
        return true;
    case Settle::Resend:
        return attempt(job->id);
    case Settle::Wait:
        return false;
    }
    return false;
}

bool FiscalWorker::runQueued(const FiscalJob &job)
{
    const Plan p = plan(job);
    auto state = readState(p.counterRegister != 0, p.counterRegister);
    if (!state)
        return false;
    // A document left open by a failed job is not fiscal: cancel it before a new one starts.
    if (state->documentOpen()) {
        if (!cancelOpenDocument(*state))
            return false;
        state = readState(p.counterRegister != 0, p.counterRegister);
        if (!state || state->documentOpen())
            return false;
    }
    if (state->status.paper == fiscal::PaperState::Out ||
        state->status.paper == fiscal::PaperState::OutWhilePrinting) {
        publishProblem(noPaperMessage());
        return false; // stays queued; runs when the paper is back
    }
    if (state->status.paper == fiscal::PaperState::WaitingContinue) {
        publishProblem(continueMessage());
        return false;
    }
    FiscalJobDetails d;
    d.fnNumber = QString::fromStdString(state->status.fnNumber);
    d.counterRegister = p.counterRegister;
    if (state->registerNow)
        d.counterBefore = *state->registerNow;
    d.expected = p.expected;
    if (auto ok = m_journal->beginSending(job.id, state->status.lastFd, d); !ok) {
        qCWarning(lcFiscal) << "cannot journal the fiscal job" << job.id << ok.error().message;
        return false;
    }
    Q_EMIT jobStarted(job.id, job.kind, job.documentUuid);
    // Refusals known before sending: nothing leaves, the job fails with the reason.
    QString refusal = p.error;
    FiscalNextStep next = FiscalNextStep::None;
    if (refusal.isEmpty() && p.needsOpenShift) {
        if (state->status.shift == fiscal::ShiftState::Closed) {
            refusal = Tr::tr("The shift is not open: open the shift first.");
            next = FiscalNextStep::OpenShift;
        } else if (state->status.shift == fiscal::ShiftState::Expired && p.kind != Plan::Kind::CloseShift) {
            refusal =
                Tr::tr("The shift is longer than 24 hours: close it with the Z report, then open a new one.");
            next = FiscalNextStep::CloseShift;
        }
    }
    if (!refusal.isEmpty()) {
        const auto sending = m_journal->job(job.id);
        finishFailed(sending.value_or(job), info(refusal, next));
        return true;
    }
    return attempt(job.id);
}

void FiscalWorker::process()
{
    if (!m_journal || m_processing)
        return;
    m_processing = true;
    for (;;) {
        if (!connectDevice() || !settlePending())
            break;
        const auto job = m_journal->next();
        if (!job)
            break;
        if (job->state == FiscalJobState::Sending)
            break; // could not be settled (storage trouble): the next poll tries again
        if (!runQueued(*job))
            break;
    }
    m_processing = false;
    refreshHealth();
}

bool FiscalWorker::deviceReady()
{
    if (!m_journal || !connectDevice())
        return false;
    return settlePending();
}

void FiscalWorker::refreshHealth()
{
    DeviceHealth &h = m_health;
    h.device = m_settings.deviceUrl;
    h.polledAt = QDateTime::currentDateTimeUtc();
    if (m_journal) {
        h.pendingJobs = int(m_journal->inState(FiscalJobState::Queued).size() +
                            m_journal->inState(FiscalJobState::Sending).size());
        h.attentionJobs = int(m_journal->inState(FiscalJobState::Attention).size());
        h.failedJobs = int(m_journal->inState(FiscalJobState::Failed).size());
    }
    if (!m_processing && connectDevice()) {
        auto status = m_registrar->status();
        if (!status) {
            handleError(status.error());
        } else {
            const fiscal::StatusSnapshot &s = *status;
            h.connected = true;
            h.mode = s.mode;
            h.submode = s.submode;
            h.paper = paperStatus(s.paper);
            h.documentOpen = s.documentOpen;
            h.lastFd = s.lastFd;
            h.fnNumber = QString::fromStdString(s.fnNumber);
            switch (s.shift) {
            case fiscal::ShiftState::Closed:
                h.shift = ShiftStatus::Closed;
                break;
            case fiscal::ShiftState::Open:
                h.shift = ShiftStatus::Open;
                break;
            case fiscal::ShiftState::Expired:
                h.shift = ShiftStatus::Expired;
                break;
            }
            h.fnExpiry = s.fnExpiry ? QDate(s.fnExpiry->year, s.fnExpiry->month, s.fnExpiry->day) : QDate();
            const FnVerdict fn = checkFnExpiry(h.fnExpiry, QDate::currentDate());
            h.fnDaysLeft = fn.daysLeft;
            h.fnAlert = fn.alert;
            h.fnMessage = fn.message;
            h.ofdBacklog = s.ofdBacklog ? int(*s.ofdBacklog) : -1;
            h.ofdOldest = {};
            if (h.ofdBacklog > 0) {
                if (auto data = m_registrar->execute(
                        fiscal::fnExchangeStatusRequest(m_settings.registrar.adminPassword)))
                    if (auto ex = fiscal::parseExchangeStatus(*data))
                        h.ofdOldest = fromFnDateTime(ex->firstQueuedDateTime);
            }
            if (h.paper == PaperStatus::Ok && h.problem.next == FiscalNextStep::InsertPaper)
                h.problem = {};
            if (h.paper == PaperStatus::Ok && h.problem.next == FiscalNextStep::ContinuePrinting)
                h.problem = {};
            if (h.problem.next == FiscalNextStep::CheckConnection ||
                h.problem.next == FiscalNextStep::FixPortAccess)
                h.problem = {};
        }
    }
    // The till's own shift record gives the age; the registrar's mode 3 is the hard limit.
    QDateTime openedAt;
    bool knownToTill = false;
    if (m_db) {
        QSqlQuery q = m_db->prepare(
            QStringLiteral("SELECT opened_at FROM shifts WHERE closed_at IS NULL ORDER BY id DESC LIMIT 1"));
        if (q.exec() && q.next()) {
            openedAt = fromStorage(q.value(0).toString());
            knownToTill = true;
        }
        QSqlQuery p = m_db->prepare(
            QStringLiteral("SELECT COUNT(*) FROM fiscal_job_details WHERE print_incomplete = 1"));
        h.printIncomplete = p.exec() && p.next() && p.value(0).toInt() > 0;
    }
    h.shiftOpenedAt = openedAt;
    const ShiftVerdict sv = checkShift(h.shift, openedAt, knownToTill, QDateTime::currentDateTimeUtc());
    h.shiftAgeSeconds = sv.ageSeconds;
    h.shiftAlert = sv.alert;
    h.shiftMessage = sv.message;
    Q_EMIT healthChanged(h);
}

void FiscalWorker::checkMarkingCode(int requestId, const QString &code, int plannedStatus)
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
    auto checked = checkAndDecide(code, static_cast<fiscal::PlannedStatus>(plannedStatus), &e);
    if (!checked) {
        v.text = describeFiscalError(e).text;
        Q_EMIT markingChecked(requestId, v);
        return;
    }
    Q_EMIT markingChecked(requestId, *checked);
}

bool FiscalWorker::readyOrRefuse(int requestId, bool connectOnly)
{
    if (connectOnly ? connectDevice() : deviceReady())
        return true;
    FiscalOperationResult r;
    r.message = m_health.problem;
    Q_EMIT operationFinished(requestId, r);
    return false;
}

void FiscalWorker::takePrintOutcome(FiscalOperationResult &r,
                                    const fiscal::Result<fiscal::PrintOutcome> &printed)
{
    if (!printed) {
        handleError(printed.error());
        r.message = describeFiscalError(printed.error());
        return;
    }
    r.ok = printed->complete;
    r.printIncomplete = !printed->complete;
    if (!printed->complete)
        r.message = noPaperMessage();
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
    auto id = m_journal->enqueue(QStringLiteral("x_report"), QString());
    r.ok = bool(id);
    if (!id)
        r.message = info(id.error().message, FiscalNextStep::None);
    Q_EMIT operationFinished(requestId, r);
    process();
}

void FiscalWorker::retryJob(qint64 jobId)
{
    if (!m_journal)
        return;
    if (auto ok = m_journal->retry(jobId); !ok)
        qCWarning(lcFiscal) << "cannot retry fiscal job" << jobId << ok.error().message;
    process();
}

void FiscalWorker::abandonJob(qint64 jobId)
{
    if (!m_journal)
        return;
    const auto job = m_journal->job(jobId);
    if (!job)
        return;
    if (auto ok = m_journal->abandon(jobId); !ok) {
        qCWarning(lcFiscal) << "cannot give up fiscal job" << jobId << ok.error().message;
        return;
    }
    if (!isSaleKind(job->kind))
        return;
    const auto sale = SalesService(*m_db).saleByUuid(job->documentUuid);
    if (!sale)
        return;
    Kopecks electronic = 0;
    for (const Payment &p : sale->payments)
        if (p.type != PaymentType::Cash)
            electronic += p.amount;
    if (electronic > 0)
        Q_EMIT reversalRequired(jobId, job->documentUuid, electronic);
}

} // namespace app
