#include "app/session/tillsession.h"

#include <QFileInfo>

#include "app/catalog/catalogservice.h"
#include "app/core/tr.h"
#include "app/demo/seeddata.h"
#include "app/devicesetup/scalereader.h"
#include "app/fiscalservice/fiscalservice.h"
#include "app/journal/journalmodel.h"
#include "app/logging.h"
#include "app/marking/markingsetup.h"
#include "app/marking/permitchecker.h"
#include "app/organisation/organisation.h"
#include "app/payments/cardoperations.h"
#include "app/payments/paymentjournal.h"
#include "app/payments/raiffeisensbp.h"
#include "app/payments/sbpoperations.h"
#include "app/payments/terminalsetup.h"
#include "app/payments/transactions.h"
#include "app/sales/salesservice.h"
#include "app/sales/shiftservice.h"
#include "app/session/demoprocess.h"
#include "app/staff/staffservice.h"
#include "devices/emulatedsbp.h"
#include "devices/emulatedterminal.h"
#include "fiscal/emulator/inprocess.h"

namespace app {

TillSession::TillSession() = default;

TillSession::~TillSession()
{
    m_sbpOperations.reset();
    m_sbp.reset();
    m_sbpEmulator.reset();
    m_cardOperations.reset();
    m_cardTerminal.reset();
    if (m_fiscal) // its health no longer reaches the marking settings about to go
        QObject::disconnect(m_fiscal.get(), &FiscalService::healthChanged, m_fiscal.get(), nullptr);
    m_marking.reset();
    m_permit.reset();
    m_fakeTsPiot.reset();
    m_fiscal.reset();
    if (m_emulator)
        m_emulator->stop();
}

Result<std::unique_ptr<TillSession>> TillSession::open(const TillOptions &options)
{
    std::unique_ptr<TillSession> session(new TillSession);
    session->m_demo = options.demo;

    const Database::OpenResult opened = session->m_db.open(options.databasePath);
    if (!opened.ok())
        return fail(Error::Code::Storage, opened.message);

    session->m_deviceUrl = options.deviceUrl;
    if (options.demo) {
        if (auto started = session->startDemoRegistrar(); !started)
            return app::Unexpected<Error>{started.error()};
    }

    session->m_staff = std::make_unique<StaffService>(session->m_db);
    session->m_organisation = std::make_unique<OrganisationService>(session->m_db);
    session->m_catalog = std::make_unique<CatalogService>(session->m_db);
    session->m_sales = std::make_unique<SalesService>(session->m_db);
    session->m_shifts = std::make_unique<ShiftService>(session->m_db);
    session->m_permit =
        std::make_unique<PermitChecker>(session->m_db, PermitChecker::storedSettings(session->m_db));
    session->m_permit->setLegacy(storedLegacySettings(session->m_db));
    session->m_permit->setMode(storedPermitMode(session->m_db));
    session->m_marking = std::make_unique<MarkingSetup>(session->m_db, *session->m_permit);
    if (options.demo && !session->m_permit->tsPiot())
        session->startFakeTsPiot();
    if (!session->m_deviceUrl.isEmpty()) {
        FiscalServiceSettings settings = options.demo ? FiscalServiceSettings{} : options.registrar;
        settings.deviceUrl = session->m_deviceUrl;
        settings.databasePath = options.databasePath;
        session->m_fiscal = std::make_unique<FiscalService>(settings);
        // The legacy marking path names this FN to Честный знак and the ЛМ; the registrar tells it.
        QObject::connect(session->m_fiscal.get(), &FiscalService::healthChanged, session->m_fiscal.get(),
                         [marking = session->m_marking.get()](const DeviceHealth &health) {
                             marking->useFnNumber(health.fnNumber);
                         });
    }

    session->startPayments(options);
    return session;
}

// Demo mode: the seeded database, the registrar emulator in the process, and the SBP acquirer.
Result<void> TillSession::startDemoRegistrar()
{
    if (auto seeded = seedDemoData(m_db); !seeded)
        return app::Unexpected<Error>{seeded.error()};
    m_emulator = std::make_unique<fiscal::emu::InProcessEmulator>();
    std::string error;
    if (!m_emulator->start(error))
        return fail(Error::Code::Conflict,
                    Tr::tr("The demo registrar did not start: %1").arg(QString::fromStdString(error)));
    m_deviceUrl = QStringLiteral("tcp:127.0.0.1:%1").arg(m_emulator->port());
    startSbpEmulator();
    if (!m_sbp) {
        // Built without the emulator program: the in-process acquirer keeps the demo selling.
        auto sbp = std::make_unique<devices::EmulatedSbpProvider>();
        sbp->setDelays(200, 5000);
        m_sbp = std::move(sbp);
    }
    qCInfo(lcFiscal) << "demo registrar (emulator) on" << m_deviceUrl;
    return {};
}

// The payment journal and what reads it, the card terminal of demo mode, and the SBP operations;
// what a crashed run left open is settled first.
void TillSession::startPayments(const TillOptions &options)
{
    m_paymentJournal = std::make_unique<payments::PaymentJournal>(m_db);
    m_transactions = std::make_unique<payments::Transactions>(*m_paymentJournal, m_fiscal.get());
    if (options.demo) {
        const devices::TerminalSettings terminal = payments::demoTerminalSettings(
            QFileInfo(options.databasePath).absolutePath() + QStringLiteral("/demo-terminal"));
        if (terminal.kind == devices::TerminalSettings::Kind::None) {
            // Built without the emulator program: the in-process pinpad keeps the demo selling.
            auto emulated = std::make_unique<devices::EmulatedTerminal>();
            emulated->setDelays(300, 700);
            m_cardTerminal = std::move(emulated);
            m_cardOperations =
                std::make_unique<payments::CardOperations>(*m_paymentJournal, m_cardTerminal.get());
        } else if (auto set = setCardTerminal(terminal); !set) {
            qCWarning(lcApp) << "demo card terminal:" << set.error().message;
        }
    }
    if (m_sbp) {
        m_sbpOperations = std::make_unique<payments::SbpOperations>(*m_paymentJournal, m_sbp.get());
        // What a crashed run left open is settled from the acquirer before anything new starts.
        m_sbpOperations->recoverOpen();
    }
    if (FiscalService *fiscal = m_fiscal.get()) {
        // A receipt abandoned for good: its card and SBP money goes back, journaled (card reversals
        // are retried until settled, SBP refunds are resent under the same refund id).
        QObject::connect(fiscal, &FiscalService::reversalRequired, fiscal,
                         [this](qint64, const QString &documentUuid, qint64) {
                             if (m_cardOperations)
                                 (void)m_cardOperations->reverseSale(documentUuid);
                             if (m_sbpOperations)
                                 (void)m_sbpOperations->reverseSale(documentUuid);
                         });
    }
}

Result<void> TillSession::setCardTerminal(const devices::TerminalSettings &settings)
{
    if (m_cardOperations && m_cardOperations->isBusy())
        return fail(Error::Code::Conflict,
                    Tr::tr("The card terminal is busy with an operation; change it when it is done."));
    QString problem;
    const QString workRoot = QFileInfo(m_db.path()).absolutePath() + QStringLiteral("/card-terminal");
    std::unique_ptr<devices::PaymentTerminal> terminal =
        payments::makeCardTerminal(settings, workRoot, problem);
    m_cardOperations.reset();
    m_cardTerminal = std::move(terminal);
    m_terminalSettings = settings;
    if (!m_cardTerminal)
        return problem.isEmpty() ? Result<void>{} : fail(Error::Code::Validation, problem);
    m_cardOperations = std::make_unique<payments::CardOperations>(*m_paymentJournal, m_cardTerminal.get());
    QObject::connect(m_cardOperations.get(), &payments::CardOperations::finished, m_cardOperations.get(),
                     [this](const payments::Operation &operation) { printSlip(operation); });
    // What a crashed run left open is settled from the terminal before anything new starts.
    m_cardOperations->recoverOpen();
    m_cardOperations->retryReversals();
    qCInfo(lcApp) << "card terminal:" << m_cardTerminal->name() << settings.program;
    return {};
}

void TillSession::setScale(const devices::ScaleSettings &settings)
{
    if (m_scale && m_scale->settings() == settings)
        return;
    m_scale.reset();
    if (settings.enabled && !settings.port.portName.isEmpty()) {
        m_scale = std::make_unique<ScaleReader>(settings);
        qCInfo(lcApp) << "scale:" << settings.port.portName << settings.port.baudRate;
    }
}

void TillSession::printSlip(const payments::Operation &operation)
{
    // Approved operations and the reconciliation report go on paper, as the bank asks; a decline
    // is told on the screen.
    if (!m_fiscal || operation.slip.isEmpty() || operation.state != payments::State::Approved ||
        !m_terminalSettings.printSlips)
        return;
    const int copies =
        operation.kind == payments::Kind::Reconciliation ? 1 : qMax(1, m_terminalSettings.slipCopies);
    for (int i = 0; i < copies; ++i)
        m_fiscal->printText(operation.slip);
}

void TillSession::startSbpEmulator()
{
    // The demo buyer pays 4 s after the QR appears.
    m_sbpEmulator = DemoProcess::start("PRILAVOK_SBP_EMULATOR", QStringLiteral("prilavok-sbp-emulator"),
                                       {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                                        QStringLiteral("--pay-after-ms"), QStringLiteral("4000"),
                                        QStringLiteral("--exit-with-stdin")},
                                       QStringLiteral("SBP acquirer"));
    if (!m_sbpEmulator)
        return;
    m_sbp = std::make_unique<payments::RaiffeisenSbp>(QUrl(m_sbpEmulator->url() + QStringLiteral("/api")),
                                                      QString(), QStringLiteral("MA0000000001"), 300);
}

void TillSession::startFakeTsPiot()
{
    // The fake ТС ПИоТ is built beside the program (tests/marking). Without it the demo sells marked
    // goods unchecked, with the badge.
    m_fakeTsPiot = DemoProcess::start(
        "PRILAVOK_TSPIOT_EMULATOR", QStringLiteral("prilavok-tspiot-emulator"),
        {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--exit-with-stdin")},
        QStringLiteral("ТС ПИоТ"));
    if (!m_fakeTsPiot)
        return;
    TsPiotSettings settings;
    settings.url = QUrl(m_fakeTsPiot->url());
    settings.clientId = QStringLiteral("prilavok-demo");
    m_permit->setTsPiot(settings);
    m_marking->setDemoTsPiot(settings);
}

JournalModel *TillSession::newJournalModel(QObject *parent)
{
    return new JournalModel(m_db, parent);
}

LmOutbox *TillSession::lmOutbox()
{
    return m_marking->lmOutbox();
}

void TillSession::signIn(const Employee &employee, const Actor &actor)
{
    m_employee = employee;
    m_actor = actor;
    qCInfo(lcApp) << "signed in:" << employee.id << roleName(actor.role);
}

void TillSession::signOut()
{
    if (m_employee)
        qCInfo(lcApp) << "signed out:" << m_employee->id;
    m_employee.reset();
    m_actor = {};
}

QString TillSession::sbpEmulatorUrl() const
{
    return m_sbpEmulator ? m_sbpEmulator->url() : QString();
}

QString TillSession::emulatorTapePath() const
{
    return m_emulator ? QString::fromStdString(m_emulator->tapePath()) : QString();
}

QString TillSession::emulatorControl(const QString &command)
{
    return m_emulator ? QString::fromStdString(m_emulator->control(command.toStdString())) : QString();
}

QString TillSession::demoHint() const
{
    if (!m_demo)
        return {};
    return Tr::tr("Demo shop: owner PIN %1, cashier PIN %2")
        .arg(QLatin1String(DemoOwnerPin), QLatin1String(DemoCashierPin));
}

} // namespace app
