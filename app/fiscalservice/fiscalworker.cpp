// FiscalWorker, part 1 of 3: the connection to the registrar and the health polling.
#include "app/fiscalservice/fiscalworker.h"

#include <QSqlQuery>
#include <QTimer>

#include "app/core/tr.h"
#include "app/fiscalservice/fiscalworker_p.h"
#include "app/fiscalservice/fndocument.h"
#include "app/fiscalservice/receipttexts.h"
#include "app/logging.h"
#include "app/organisation/organisation.h"
#include "app/sales/salesservice.h"
#include "app/sales/shiftservice.h"
#include "app/storage/database.h"
#include "fiscal/codec/text.h"
#include "fiscal/codes.h"
#include "fiscal/commands/service.h"
#include "fiscal/errortable.h"
#include "fiscal/registrar.h"
#include "fiscal/transport/deviceurl.h"

namespace app {

using namespace workerdetail;

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
    m_registrar = std::make_unique<fiscal::Registrar>(*m_transport, registrarSettings(m_settings),
                                                      linkSettings(m_settings));
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
    // A till stopped between "do not print the next document" (table 17, an electronic receipt)
    // and the receipt's close leaves the flag set, and the next document would silently stay off
    // the paper. Cleared before anything else on every connection: an unprinted receipt that is
    // retried sets it again. A registrar without the field (or one in a state that refuses table
    // writes) answers with a device error, which changes nothing.
    if (auto clear = fiscal::writeTableRequest(
            registrarSettings(m_settings).adminPassword,
            {fiscal::skipprint::Table, fiscal::skipprint::Row, fiscal::skipprint::Field}, fiscal::Bytes{0})) {
        if (auto cleared = m_registrar->execute(*clear);
            !cleared && cleared.error().tier != fiscal::Error::Tier::Device) {
            publishProblem(describeFiscalError(cleared.error()));
            dropDevice();
            return false;
        }
    }
    m_health.connected = true;
    qCInfo(lcFiscal) << "registrar connected" << m_settings.deviceUrl;
    return true;
}

void FiscalWorker::dropDevice()
{
    m_textsChecked = false; // another device may answer on the port next time
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
        registrarSettings(m_settings).adminPassword, static_cast<std::uint8_t>(reg)));
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
        auto r = m_registrar->execute(
            fiscal::fnCancelDocumentRequest(registrarSettings(m_settings).adminPassword));
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

bool FiscalWorker::deviceReady()
{
    if (!m_journal || !connectDevice())
        return false;
    return settlePending();
}

void FiscalWorker::receiptTextsChanged()
{
    m_textsChecked = false;
    process();
}

bool FiscalWorker::receiptTextsStale()
{
    // Settings, a cloud pull or a restore may change them: compared with what was last sent.
    if (!m_textsChecked || !m_db)
        return !m_textsChecked;
    const auto pos = tillPointOfSale(*m_db);
    if (!pos || !hasReceiptTexts(*pos))
        return false;
    const RegistrarTexts texts = registrarTexts(*pos);
    return texts.header + texts.trailer != m_textsSent;
}

void FiscalWorker::syncReceiptTexts()
{
    namespace rt = fiscal::receipttext;
    m_textsChecked = true;
    const auto pos = m_db ? tillPointOfSale(*m_db) : std::nullopt;
    if (!pos || !hasReceiptTexts(*pos))
        return;
    const RegistrarTexts texts = registrarTexts(*pos);
    m_textsSent = texts.header + texts.trailer;
    const fiscal::Password password = registrarSettings(m_settings).adminPassword;
    enum class Row { Done, Refused, LinkFailed };
    // A device error (a model without this table, a field it will not take) is a refusal; anything
    // else is the link, handled as every other command's.
    auto failed = [this](const fiscal::Error &error) {
        if (error.tier == fiscal::Error::Tier::Device)
            return Row::Refused;
        handleError(error);
        return Row::LinkFailed;
    };
    int written = 0;
    auto syncRow = [&](int row, const QString &text) {
        const fiscal::TableCell cell{rt::Table, std::uint16_t(row), rt::Field};
        auto read = m_registrar->execute(fiscal::readTableRequest(password, cell));
        if (!read)
            return failed(read.error());
        const fiscal::Bytes current = fiscal::parseTableValue(*read).valueOr(fiscal::Bytes{});
        const std::string wanted = text.toStdString();
        if (fiscal::decodeFixedText(current) == wanted)
            return Row::Done;
        // The device answers a CHAR field at its full size; the new text is padded (or cut) to it.
        auto request = fiscal::writeTableRequest(
            password, cell, fiscal::encodeFixedText(wanted, std::max<std::size_t>(current.size(), 1)));
        if (!request)
            return Row::Refused;
        if (auto done = m_registrar->execute(*request); !done)
            return failed(done.error());
        ++written;
        return Row::Done;
    };
    for (int i = 0; i < rt::HeaderRows + rt::TrailerRows; ++i) {
        const bool header = i < rt::HeaderRows;
        const int row = header ? rt::HeaderFirstRow + i : rt::TrailerFirstRow + (i - rt::HeaderRows);
        const QString &text = header ? texts.header.at(i) : texts.trailer.at(i - rt::HeaderRows);
        const Row result = syncRow(row, text);
        if (result == Row::LinkFailed)
            return;
        if (result == Row::Refused) {
            qCWarning(lcFiscal) << "the registrar refused its receipt text table 4, row" << row;
            return; // it keeps its own texts; not tried again until they change
        }
    }
    if (written > 0)
        qCInfo(lcFiscal) << "receipt texts written to the registrar:" << written << "rows of table 4";
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
                        fiscal::fnExchangeStatusRequest(registrarSettings(m_settings).adminPassword)))
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

} // namespace app
