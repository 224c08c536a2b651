#pragma once

// Everything a running till owns, built in one place and torn down in the right order: the
// database, the staff service, the registrar (the in-process emulator in demo mode) and the fiscal
// service on its own thread. The composition root creates one and hands it to the screens; no
// service is reachable through a global.

#include <QString>

class QObject;

#include <memory>

#include "app/core/result.h"
#include "app/fiscalservice/fiscalservicesettings.h"
#include "app/staff/permissions.h"
#include "app/staff/staffservice.h"
#include "app/storage/database.h"
#include "devices/paymentsettings.h"
#include "devices/scale.h"

namespace fiscal::emu {
class InProcessEmulator;
}

namespace devices {
class PaymentTerminal;
class SbpProvider;
} // namespace devices

namespace app {

namespace payments {
class CardOperations;
class PaymentJournal;
class SbpOperations;
class Transactions;
struct Operation;
} // namespace payments

class CatalogService;
class DemoProcess;
class FiscalService;
class PermitChecker;
class LmOutbox;
class MarkingSetup;
class SalesService;
class ScaleReader;
class ShiftService;
class StaffService;
class JournalModel;
class OrganisationService;

struct TillOptions
{
    bool demo = false;
    QString databasePath; // demo mode: a throwaway file that gets the sample shop
    QString deviceUrl;    // "serial:/dev/ttyUSB0", "tcp:HOST:PORT"; empty: no registrar yet
    // Speed, password and timeouts of a real registrar (app::RegistrarSettings::applyTo); the
    // URL and database path above win. Demo mode uses the defaults.
    FiscalServiceSettings registrar;
};

class TillSession final
{
    Q_DISABLE_COPY_MOVE(TillSession)

public:
    static Result<std::unique_ptr<TillSession>> open(const TillOptions &options);
    ~TillSession();

    Database &database() { return m_db; }
    StaffService &staff() { return *m_staff; }
    // The shop's legal entity, points of sale, workplaces, receipt texts and payment rules.
    OrganisationService &organisation() { return *m_organisation; }
    // The journal screen's table of documents, over this till's database; `parent` owns it.
    JournalModel *newJournalModel(QObject *parent);
    // The file, for what opens its own connection on another thread (reports, the catalog import).
    QString databasePath() const { return m_db.path(); }
    CatalogService &catalog() { return *m_catalog; }
    SalesService &sales() { return *m_sales; }
    ShiftService &shifts() { return *m_shifts; }
    // An integrated card terminal and SBP acquirer; null when none is set up (a standalone
    // terminal: the cashier confirms the card payment by hand). Demo mode has emulated ones.
    devices::PaymentTerminal *cardTerminal() { return m_cardTerminal.get(); }
    devices::SbpProvider *sbp() { return m_sbp.get(); }
    // Card operations journaled before the terminal is asked (null without an integrated terminal).
    payments::CardOperations *cardOperations() { return m_cardOperations.get(); }
    payments::PaymentJournal &paymentJournal() { return *m_paymentJournal; }
    // The transactions screen's data and the reprint of stored slips.
    payments::Transactions &transactions() { return *m_transactions; }
    // SBP payments and refunds journaled before the acquirer is asked (null without an acquirer).
    payments::SbpOperations *sbpOperations() { return m_sbpOperations.get(); }
    const devices::TerminalSettings &cardTerminalSettings() const { return m_terminalSettings; }
    // The terminal from the settings (the composition root after open(), the settings page); demo
    // mode opens with the UPOS emulator. Refused while an operation runs. Starts the recovery of
    // what the last run left open.
    Result<void> setCardTerminal(const devices::TerminalSettings &settings);
    // The shop scale for goods sold by weight; null when none is set up (the cashier types the weight).
    ScaleReader *scale() { return m_scale.get(); }
    // The scale from the settings (the composition root after open(), again after the settings
    // page); a scale switched off removes it. A weighing in progress is dropped.
    void setScale(const devices::ScaleSettings &settings);
    FiscalService *fiscal() { return m_fiscal.get(); } // null while no registrar is configured
    // The permissive-mode check of marking codes (sold-code register, then ТС ПИоТ).
    PermitChecker &permit() { return *m_permit; }
    // The marking settings: load, save, and the running check follows them at once.
    MarkingSetup &marking() { return *m_marking; }
    LmOutbox *lmOutbox(); // the legacy path with an ЛМ only (MarkingSetup runs it)
    bool isDemo() const { return m_demo; }
    QString deviceUrl() const { return m_deviceUrl; }
    // For the login screen in demo mode: which PINs open the demo shop.
    QString demoHint() const;

    // Who works at the till now. Screens pass actor() to every service call; a guest may look but
    // not sell, and a cashier change keeps the shift open.
    const Actor &actor() const { return m_actor; }
    const std::optional<Employee> &employee() const { return m_employee; }
    void signIn(const Employee &employee, const Actor &actor);
    void signOut();

    // Demo mode only (empty otherwise): the emulator's paper tape and its control channel, so a
    // technician (and the GUI tests) can read the receipts and switch the registrar off.
    QString emulatorTapePath() const;
    QString emulatorControl(const QString &command);
    // Demo mode: the SBP acquirer emulator's address (http://127.0.0.1:PORT), empty without one.
    QString sbpEmulatorUrl() const;

private:
    TillSession();
    void startFakeTsPiot();
    // open()'s steps.
    Result<void> startDemoRegistrar();
    void startPayments(const TillOptions &options);
    void startSbpEmulator();
    void printSlip(const payments::Operation &operation);

    // Declaration order is teardown order, reversed: the fiscal thread stops before the emulator
    // it talks to, and both before the database closes.
    Database m_db;
    std::unique_ptr<fiscal::emu::InProcessEmulator> m_emulator;
    std::unique_ptr<StaffService> m_staff;
    std::unique_ptr<OrganisationService> m_organisation;
    std::unique_ptr<CatalogService> m_catalog;
    std::unique_ptr<SalesService> m_sales;
    std::unique_ptr<ShiftService> m_shifts;
    std::unique_ptr<FiscalService> m_fiscal;
    std::unique_ptr<PermitChecker> m_permit;
    std::unique_ptr<MarkingSetup> m_marking;
    std::unique_ptr<DemoProcess> m_fakeTsPiot; // demo: the fake ТС ПИоТ the marked demo goods go through
    std::unique_ptr<payments::PaymentJournal> m_paymentJournal;
    std::unique_ptr<payments::Transactions> m_transactions;
    std::unique_ptr<devices::PaymentTerminal> m_cardTerminal;
    std::unique_ptr<payments::CardOperations> m_cardOperations;
    devices::TerminalSettings m_terminalSettings;
    std::unique_ptr<devices::SbpProvider> m_sbp;
    std::unique_ptr<ScaleReader> m_scale;
    std::unique_ptr<payments::SbpOperations> m_sbpOperations;
    std::unique_ptr<DemoProcess> m_sbpEmulator; // demo: the SBP acquirer emulator, a process of its own
    bool m_demo = false;
    QString m_deviceUrl;
    Actor m_actor;
    std::optional<Employee> m_employee;
};

} // namespace app
