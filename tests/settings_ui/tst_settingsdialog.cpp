// The Settings dialog on a real demo till: a seeded SQLite file in a temporary directory, the
// in-process Shtrih-M emulator the till's FiscalService talks to over TCP, a second emulator for
// the paths that open a port of their own, and the emulator executable on a pty at 9600 baud for
// "Find registrar". Everything asynchronous is waited for through the GUI's own state.

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <memory>

#include "../soak/emulatorprocess.h"
#include "app/devicesetup/receiptpreview.h"
#include "app/devicesetup/registrarprobe.h"
#include "app/devicesetup/registrarsettings.h"
#include "app/fiscalservice/fiscalservice.h"
#include "app/session/tillsession.h"
#include "fiscal/emulator/inprocess.h"
#include "tests/common/screenshot.h"
#include "widgets/settings/importpage.h"
#include "widgets/settings/receiptpage.h"
#include "widgets/settings/registrarpage.h"
#include "widgets/settings/scannerpage.h"
#include "widgets/settings/settingsdialog.h"
#include "widgets/settings/staffpage.h"
#include "widgets/settings/workplacepage.h"
#include "widgets/translations.h"

using ui::SettingsDialog;

namespace {

constexpr int Slow = 30000;

template<class T>
T *child(QWidget *parent, const char *name)
{
    T *w = parent->findChild<T *>(QLatin1String(name));
    if (!w)
        qWarning() << "no child" << name;
    return w;
}

QString status(ui::SettingsPage *page)
{
    return page->findChild<QLabel *>(QStringLiteral("pageStatus"))->text();
}

bool statusIsError(ui::SettingsPage *page)
{
    return page->findChild<QLabel *>(QStringLiteral("pageStatus"))
        ->styleSheet()
        .contains(QLatin1String("b00020"));
}

void click(QWidget *button)
{
    QVERIFY(button);
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
}

// Key by key, Cyrillic included (QTest::keyClicks takes ASCII only).
void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 128)
            QTest::keyClick(widget, char(c.unicode()));
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

void typeInto(QWidget *edit, const QString &text)
{
    edit->setFocus();
    if (auto *line = qobject_cast<QLineEdit *>(edit))
        line->clear();
    typeText(edit, text);
}

void setPort(QWidget *page, const QString &path)
{
    auto *combo = child<QComboBox>(page, "portCombo");
    combo->setFocus();
    combo->lineEdit()->selectAll();
    QTest::keyClicks(combo->lineEdit(), path);
}

void removeTranslators()
{
    const auto translators = qApp->findChildren<QTranslator *>();
    for (QTranslator *t : translators) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
}

} // namespace

class TstSettingsDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<app::TillSession> m_session;
    std::int64_t m_ownerId = 0;
    std::int64_t m_cashierId = 0;

    void signInAs(std::int64_t id, const QString &pin)
    {
        auto actor = m_session->staff().login(id, pin);
        QVERIFY2(actor, actor ? "" : qPrintable(actor.error().message));
        m_session->signIn(*m_session->staff().find(id), *actor);
    }
    void signInOwner() { signInAs(m_ownerId, QStringLiteral("111111")); }

    std::int64_t employeeId(const QString &name)
    {
        for (const app::Employee &e : m_session->staff().list(false))
            if (e.fullName == name)
                return e.id;
        return 0;
    }

    void waitFiscalConnected()
    {
        QTRY_VERIFY_WITH_TIMEOUT(m_session->fiscal()->health().connected &&
                                     !m_session->fiscal()->health().fnNumber.isEmpty(),
                                 Slow);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                           m_dir.filePath(QStringLiteral("config")));
        QCoreApplication::setOrganizationName(QStringLiteral("prilavok-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("settings-ui"));
        QVERIFY(ui::installTranslations(*qApp, QStringLiteral("ru")));
        auto session = app::TillSession::open({true, m_dir.filePath(QStringLiteral("demo.sqlite")), {}, {}});
        QVERIFY2(session, session ? "" : qPrintable(session.error().message));
        m_session = std::move(*session);
        for (const app::Employee &e : m_session->staff().list())
            (e.role == app::Role::Owner ? m_ownerId : m_cashierId) = e.id;
        QVERIFY(m_ownerId && m_cashierId);
    }

    void cleanupTestCase()
    {
        removeTranslators();
        m_session.reset();
    }

    void init() { QSettings().clear(); }

    void registrarSettingsRoundTripAndValidation()
    {
        app::RegistrarSettings s;
        QCOMPARE(s.password, 30u);
        QVERIFY(!s.validate().isEmpty()); // no port chosen yet
        s.serialPort = QStringLiteral("/dev/ttyUSB3");
        s.baud = 9600;
        QVERIFY2(s.validate().isEmpty(), qPrintable(s.validate()));
        QCOMPARE(s.url(), QStringLiteral("serial:/dev/ttyUSB3"));
        {
            QSettings settings;
            s.save(settings);
        }
        QSettings settings;
        QCOMPARE(settings.value(QStringLiteral("registrar/url")).toString(),
                 QStringLiteral("serial:/dev/ttyUSB3"));
        QCOMPARE(settings.value(QStringLiteral("registrar/baud")).toInt(), 9600);
        QVERIFY(app::RegistrarSettings::load(settings) == s);
        QCOMPARE(s.applyTo({}).baud, 9600u);

        app::RegistrarSettings bad = s;
        bad.baud = 1234;
        QVERIFY(!bad.validate().isEmpty());
        bad = s;
        bad.password = 0;
        QVERIFY(!bad.validate().isEmpty());
        app::RegistrarSettings tcp;
        QVERIFY(tcp.setUrl(QStringLiteral("tcp:[::1]:7000")));
        QCOMPARE(tcp.connection, app::RegistrarSettings::Connection::Tcp);
        QCOMPARE(tcp.host, QStringLiteral("::1"));
        QCOMPARE(tcp.url(), QStringLiteral("tcp:[::1]:7000"));
        tcp.tcpPort = 0;
        QVERIFY(!tcp.validate().isEmpty());
        QVERIFY(!tcp.setUrl(QStringLiteral("com3")));

        // Through the page: a TCP registrar without a host is refused and nothing is stored.
        signInOwner();
        SettingsDialog dialog(*m_session);
        QSignalSpy changed(&dialog, &SettingsDialog::registrarUrlChanged);
        auto *page = dialog.registrarPage();
        click(child<QRadioButton>(page, "connectionTcp"));
        child<QLineEdit>(page, "hostEdit")->clear();
        click(child<QPushButton>(page, "saveButton"));
        QVERIFY(statusIsError(page));
        app::RegistrarSettings noHost;
        noHost.connection = app::RegistrarSettings::Connection::Tcp;
        QCOMPARE(status(page), noHost.validate());
        QCOMPARE(changed.count(), 0);
        QCOMPARE(QSettings().value(QStringLiteral("registrar/url")).toString(),
                 QStringLiteral("serial:/dev/ttyUSB3"));

        typeInto(child<QLineEdit>(page, "hostEdit"), QStringLiteral("10.0.0.5"));
        auto *port = child<QSpinBox>(page, "tcpPortSpin");
        port->selectAll();
        QTest::keyClicks(port, QStringLiteral("7778"));
        auto *password = child<QSpinBox>(page, "passwordSpin");
        password->selectAll();
        QTest::keyClicks(password, QStringLiteral("30"));
        click(child<QPushButton>(page, "saveButton"));
        QVERIFY2(!statusIsError(page), qPrintable(status(page)));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toString(), QStringLiteral("tcp:10.0.0.5:7778"));
        QSettings after;
        QCOMPARE(after.value(QStringLiteral("registrar/url")).toString(),
                 QStringLiteral("tcp:10.0.0.5:7778"));
        QCOMPARE(after.value(QStringLiteral("registrar/password")).toUInt(), 30u);
    }

    void testConnectionWithTheTillsOwnRegistrar()
    {
        signInOwner();
        waitFiscalConnected();
        SettingsDialog dialog(*m_session);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *page = dialog.registrarPage();
        // Nothing stored yet: the form shows the demo emulator the till runs on.
        QVERIFY(page->formSettings().url() == m_session->deviceUrl());
        auto *check = child<QPushButton>(page, "checkButton");
        click(check);
        // The click returns at once: the answer comes later through a signal.
        QVERIFY(!check->isEnabled());
        auto *result = child<QLabel>(page, "probeResult");
        QTRY_VERIFY_WITH_TIMEOUT(check->isEnabled(), Slow);
        QVERIFY2(!statusIsError(page), qPrintable(status(page)));
        const QString fn = m_session->fiscal()->health().fnNumber;
        QVERIFY(result->text().contains(fn));
        QVERIFY(result->text().contains(QStringLiteral("ШТРИХ-М-01Ф")));
        QVERIFY(page->probe().isRunningDevice(page->formSettings()));
        QVERIFY(!testing_support::saveScreenshot(&dialog, QStringLiteral("settings_registrar_checked_ru"))
                     .isEmpty());

        // "Print test slip" goes through the till's own connection too and lands on the paper tape.
        click(child<QPushButton>(page, "printButton"));
        QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(page, "printButton")->isEnabled(), Slow);
        QVERIFY2(!statusIsError(page), qPrintable(status(page)));
        QFile tape(m_session->emulatorTapePath());
        QVERIFY(tape.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(tape.readAll()).contains(QStringLiteral("ПРОВЕРКА ПЕЧАТИ")));
    }

    void testConnectionOpensItsOwnPortAndExplainsFailures()
    {
        signInOwner();
        fiscal::emu::InProcessEmulator second;
        std::string error;
        QVERIFY2(second.start(error), error.c_str());
        SettingsDialog dialog(*m_session);
        auto *page = dialog.registrarPage();
        auto *check = child<QPushButton>(page, "checkButton");
        auto *result = child<QLabel>(page, "probeResult");

        app::RegistrarSettings s;
        s.connection = app::RegistrarSettings::Connection::Tcp;
        s.host = QStringLiteral("127.0.0.1");
        s.tcpPort = second.port();
        page->setFormSettings(s);
        QVERIFY(!page->probe().isRunningDevice(page->formSettings()));
        click(check);
        QTRY_VERIFY_WITH_TIMEOUT(check->isEnabled(), Slow);
        QVERIFY2(!statusIsError(page), qPrintable(status(page)));
        QVERIFY(result->text().contains(QStringLiteral("ШТРИХ-М-01Ф")));

        // A wrong password: the registrar answers, and says no.
        auto *password = child<QSpinBox>(page, "passwordSpin");
        password->selectAll();
        QTest::keyClicks(password, QStringLiteral("12345"));
        click(check);
        QTRY_VERIFY_WITH_TIMEOUT(check->isEnabled(), Slow);
        QVERIFY(statusIsError(page));
        QVERIFY2(status(page).contains(QStringLiteral("12345")), qPrintable(status(page)));
        second.stop();

        // A closed TCP port.
        QTcpServer probePort;
        QVERIFY(probePort.listen(QHostAddress::LocalHost));
        const quint16 closed = probePort.serverPort();
        probePort.close();
        s.tcpPort = closed;
        page->setFormSettings(s);
        click(check);
        QTRY_VERIFY_WITH_TIMEOUT(check->isEnabled(), Slow);
        QVERIFY(statusIsError(page));
        QVERIFY2(status(page).contains(QStringLiteral("127.0.0.1:%1").arg(closed)), qPrintable(status(page)));

        // A serial device that does not exist.
        click(child<QRadioButton>(page, "connectionSerial"));
        setPort(page, QStringLiteral("/dev/ttyPRILAVOK9"));
        click(check);
        QTRY_VERIFY_WITH_TIMEOUT(check->isEnabled(), Slow);
        QVERIFY(statusIsError(page));
        QVERIFY2(status(page).contains(QStringLiteral("/dev/ttyPRILAVOK9")), qPrintable(status(page)));
        QVERIFY(status(page) != result->text());
    }

    void findRegistrarOnAPtyAtAnotherSpeed()
    {
        signInOwner();
        EmulatorProcess emu;
        QString error;
        const QString link = m_dir.filePath(QStringLiteral("ttyFR"));
        QVERIFY2(emu.start(QStringLiteral(PRILAVOK_EMULATOR_PATH),
                           {QStringLiteral("--pty"), link, QStringLiteral("--baud"), QStringLiteral("9600"),
                            QStringLiteral("--strict-baud")},
                           m_dir.filePath(QStringLiteral("fr.state")), &error),
                 qPrintable(error));
        SettingsDialog dialog(*m_session);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *page = dialog.registrarPage();
        click(child<QRadioButton>(page, "connectionSerial"));
        setPort(page, link);
        auto *baud = child<QComboBox>(page, "baudCombo");
        baud->setCurrentIndex(baud->findData(115200));

        // At the saved speed nothing answers: the strict emulator hears only garbage.
        click(child<QPushButton>(page, "checkButton"));
        QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(page, "checkButton")->isEnabled(), Slow);
        QVERIFY(statusIsError(page));

        auto *find = child<QPushButton>(page, "findButton");
        click(find);
        auto *progress = child<QProgressBar>(page, "scanProgress");
        QVERIFY(progress->isVisible());
        QVERIFY(child<QPushButton>(page, "cancelScan")->isVisible());
        QVERIFY(!find->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(progress->value() >= 1, Slow);
        QVERIFY(!testing_support::saveScreenshot(&dialog, QStringLiteral("settings_registrar_search_ru"))
                     .isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(find->isEnabled(), 120000);
        QVERIFY2(!statusIsError(page), qPrintable(status(page)));
        QCOMPARE(baud->currentData().toInt(), 9600);
        QCOMPARE(page->formSettings().serialPort, link);
        QVERIFY(child<QLabel>(page, "probeResult")->text().contains(QStringLiteral("ШТРИХ-М-01Ф")));
        QVERIFY(!progress->isVisible());
        emu.stop();
    }

    void cancelTheSearch()
    {
        signInOwner();
        EmulatorProcess emu;
        QString error;
        const QString link = m_dir.filePath(QStringLiteral("ttySlow"));
        // At 2400, the last speed tried, so the search is still going when it is cancelled.
        QVERIFY2(emu.start(QStringLiteral(PRILAVOK_EMULATOR_PATH),
                           {QStringLiteral("--pty"), link, QStringLiteral("--baud"), QStringLiteral("2400"),
                            QStringLiteral("--strict-baud")},
                           m_dir.filePath(QStringLiteral("slow.state")), &error),
                 qPrintable(error));
        SettingsDialog dialog(*m_session);
        auto *page = dialog.registrarPage();
        click(child<QRadioButton>(page, "connectionSerial"));
        setPort(page, link);
        auto *find = child<QPushButton>(page, "findButton");
        click(find);
        QTRY_VERIFY_WITH_TIMEOUT(child<QProgressBar>(page, "scanProgress")->value() >= 1, Slow);
        click(child<QPushButton>(page, "cancelScan"));
        QTRY_VERIFY_WITH_TIMEOUT(find->isEnabled(), Slow);
        QVERIFY(statusIsError(page));
        QCOMPARE(child<QComboBox>(page, "baudCombo")->currentData().toInt(), 115200); // form untouched
        emu.stop();
    }

    void employeesAddResetPinDeactivate()
    {
        signInOwner();
        SettingsDialog dialog(*m_session);
        dialog.showPage(SettingsDialog::Staff);
        auto *page = dialog.staffPage();
        QVERIFY(page->isAllowed());
        auto *table = child<QTableWidget>(page, "staffTable");
        const int before = table->rowCount();

        typeInto(child<QLineEdit>(page, "staffName"), QStringLiteral("Иванова Мария"));
        typeInto(child<QLineEdit>(page, "staffPhone"), QStringLiteral("+79001112233"));
        auto *role = child<QComboBox>(page, "staffRole");
        role->setCurrentIndex(role->findData(int(app::Role::Cashier)));
        typeInto(child<QLineEdit>(page, "staffPin"), QStringLiteral("12"));
        click(child<QPushButton>(page, "addEmployee"));
        QVERIFY(statusIsError(page)); // a PIN of two digits
        typeInto(child<QLineEdit>(page, "staffPin"), QStringLiteral("333333"));
        click(child<QPushButton>(page, "addEmployee"));
        QVERIFY2(!statusIsError(page), qPrintable(status(page)));
        QCOMPARE(table->rowCount(), before + 1);
        const std::int64_t maria = employeeId(QStringLiteral("Иванова Мария"));
        QVERIFY(maria);
        QVERIFY(m_session->staff().login(maria, QStringLiteral("333333")));

        QCOMPARE(page->selectedId(), maria);
        typeInto(child<QLineEdit>(page, "staffPin"), QStringLiteral("444444"));
        click(child<QPushButton>(page, "resetPin"));
        QVERIFY2(!statusIsError(page), qPrintable(status(page)));
        QVERIFY(!m_session->staff().login(maria, QStringLiteral("333333")));
        QVERIFY(m_session->staff().login(maria, QStringLiteral("444444")));
        QVERIFY(
            !testing_support::saveScreenshot(&dialog, QStringLiteral("settings_staff_added_ru")).isEmpty());

        click(child<QPushButton>(page, "removeEmployee"));
        auto *box = dialog.findChild<QMessageBox *>(QStringLiteral("confirmDeactivate"));
        QVERIFY(box);
        click(box->button(QMessageBox::Yes));
        QTRY_VERIFY(!m_session->staff().find(maria)->active);
        QCOMPARE(table->rowCount(), before);

        // An administrator may manage staff, but not remove the owner.
        const auto admin = m_session->staff().add(
            m_session->actor(), {QStringLiteral("Петров Админ"), {}, {}, {}, app::Role::Admin},
            QStringLiteral("555555"));
        QVERIFY(admin);
        signInAs(admin->id, QStringLiteral("555555"));
        SettingsDialog adminDialog(*m_session);
        auto *adminPage = adminDialog.staffPage();
        QVERIFY(adminPage->isAllowed());
        QVERIFY(adminPage->selectEmployee(m_ownerId));
        click(child<QPushButton>(adminPage, "removeEmployee"));
        box = adminDialog.findChild<QMessageBox *>(QStringLiteral("confirmDeactivate"));
        QVERIFY(box);
        click(box->button(QMessageBox::Yes));
        QTRY_VERIFY(statusIsError(adminPage));
        QVERIFY(!status(adminPage).isEmpty());
        QVERIFY(m_session->staff().find(m_ownerId)->active);
        // Nor reset the owner's PIN.
        typeInto(child<QLineEdit>(adminPage, "staffPin"), QStringLiteral("999999"));
        click(child<QPushButton>(adminPage, "resetPin"));
        QVERIFY(statusIsError(adminPage));
        QVERIFY(m_session->staff().login(m_ownerId, QStringLiteral("111111")));
    }

    void cashierAndGuestAreNotAllowed()
    {
        signInAs(m_cashierId, QStringLiteral("222222"));
        SettingsDialog dialog(*m_session);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *banner = child<QLabel>(&dialog, "notAllowed");
        QVERIFY(banner->isVisible());
        QVERIFY(!banner->text().isEmpty());
        for (int p = 0; p < SettingsDialog::PageCount; ++p) {
            auto *page = dialog.page(SettingsDialog::Page(p));
            QVERIFY(!page->isAllowed());
            QVERIFY(!page->deniedReason().isEmpty());
        }
        // The controls are there to read but not to use.
        QVERIFY(!child<QPushButton>(dialog.staffPage(), "addEmployee")->isEnabled());
        QVERIFY(!child<QPushButton>(dialog.registrarPage(), "checkButton")->isEnabled());
        QVERIFY(
            !testing_support::saveScreenshot(&dialog, QStringLiteral("settings_not_allowed_ru")).isEmpty());

        signInOwner();
        SettingsDialog owner(*m_session);
        QVERIFY(!child<QLabel>(&owner, "notAllowed")->isVisibleTo(&owner));
        for (int p = 0; p < SettingsDialog::PageCount; ++p)
            QVERIFY(owner.page(SettingsDialog::Page(p))->isAllowed());
    }

    void catalogImportReportsTheBadRowThenImportsTheGoodOnes()
    {
        signInOwner();
        const QString path = m_dir.filePath(QStringLiteral("catalog.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral(u"article;name;price;unit;vat;barcodes\n"
                                  u"T-1;Чай зелёный 100 г;199.00;0;11;\n"
                                  u"T-2;Печенье овсяное;ten;0;11;\n"
                                  u"T-3;Кофе в зёрнах 1 кг;1490.50;0;11;\n")
                       .toUtf8());
        file.close();

        SettingsDialog dialog(*m_session);
        dialog.showPage(SettingsDialog::Import);
        auto *page = dialog.importPage();
        QSignalSpy finished(page, &ui::ImportPage::importFinished);
        typeInto(child<QLineEdit>(page, "importPath"), path);
        click(child<QPushButton>(page, "importButton"));
        QVERIFY(finished.wait(Slow));
        auto *issues = child<QTableWidget>(page, "importIssues");
        QCOMPARE(issues->rowCount(), 1);
        QCOMPARE(issues->item(0, 0)->text(), QStringLiteral("3"));
        QVERIFY(issues->item(0, 1)->text().contains(QStringLiteral("ten")));
        QVERIFY(statusIsError(page));
        auto count = [&] {
            QSqlQuery q = m_session->database().prepare(
                QStringLiteral("SELECT COUNT(*) FROM products WHERE article IN ('T-1', 'T-2', 'T-3')"));
            return q.exec() && q.next() ? q.value(0).toInt() : -1;
        };
        QCOMPARE(count(), 0); // all or nothing
        QVERIFY(
            !testing_support::saveScreenshot(&dialog, QStringLiteral("settings_import_report_ru")).isEmpty());

        auto *good = child<QPushButton>(page, "importGoodRows");
        QVERIFY(good->isVisibleTo(page));
        click(good);
        QVERIFY(finished.wait(Slow));
        const auto report = finished.last().at(0).value<app::ImportReport>();
        QVERIFY(report.applied);
        QCOMPARE(report.added, 2);
        QVERIFY2(!statusIsError(page), qPrintable(status(page)));
        QCOMPARE(count(), 2);
    }

    void workplaceIsSavedAndReachesTheReceiptPreview()
    {
        signInOwner();
        SettingsDialog dialog(*m_session);
        dialog.showPage(SettingsDialog::Workplace);
        auto *page = dialog.workplacePage();
        typeInto(child<QLineEdit>(page, "innEdit"), QStringLiteral("123"));
        click(child<QPushButton>(page, "saveButton"));
        QVERIFY(statusIsError(page)); // an INN of three digits
        app::OrganisationService organisation(m_session->database());
        QCOMPARE(organisation.legalEntity()->inn, QStringLiteral("7701234560"));

        typeInto(child<QLineEdit>(page, "innEdit"), QStringLiteral("7701234560"));
        auto *number = child<QSpinBox>(page, "workplaceNumber");
        number->selectAll();
        QTest::keyClicks(number, QStringLiteral("7"));
        auto *tax = child<QComboBox>(page, "taxSystem");
        tax->setCurrentIndex(tax->findData(int(app::TaxSystem::UsnIncome)));
        click(child<QPushButton>(page, "saveButton"));
        QVERIFY2(!statusIsError(page), qPrintable(status(page)));
        QCOMPARE(organisation.workplaces().first().number, 7);
        QCOMPARE(organisation.legalEntity()->taxSystem, app::TaxSystem::UsnIncome);
        QVERIFY(dialog.receiptPage()->previewText().contains(QRegularExpression(QStringLiteral("КАССА +7"))));
    }

    void receiptHeaderAppearsInThePreview()
    {
        signInOwner();
        SettingsDialog dialog(*m_session);
        dialog.showPage(SettingsDialog::Receipt);
        auto *page = dialog.receiptPage();
        typeInto(child<QLineEdit>(page, "storeName"), QStringLiteral("ЛАВКА У ПЕТРОВИЧА"));
        QVERIFY(page->previewText().contains(QStringLiteral("ЛАВКА У ПЕТРОВИЧА")));
        auto *footer = child<QPlainTextEdit>(page, "receiptFooter");
        footer->setFocus();
        footer->selectAll();
        typeText(footer, QStringLiteral("Ждём вас снова"));
        QVERIFY(page->previewText().contains(QStringLiteral("Ждём вас снова")));
        const auto lines = page->previewText().split(QLatin1Char('\n'));
        for (const QString &line : lines)
            QVERIFY2(line.size() <= app::DefaultTapeWidth, qPrintable(line));
        click(child<QPushButton>(page, "saveButton"));
        QVERIFY2(!statusIsError(page), qPrintable(status(page)));
        app::OrganisationService organisation(m_session->database());
        const auto pos = organisation.pointOfSale(organisation.workplaces().first().pointOfSaleId);
        QCOMPARE(pos->storeName, QStringLiteral("ЛАВКА У ПЕТРОВИЧА"));
        QCOMPARE(pos->footer, QStringLiteral("Ждём вас снова"));
    }

    void scannerTestFieldAndSettings()
    {
        signInOwner();
        SettingsDialog dialog(*m_session);
        dialog.showPage(SettingsDialog::Scanners);
        auto *page = dialog.scannerPage();
        typeInto(child<QLineEdit>(page, "wedgePrefix"), QStringLiteral("]C1"));
        auto *test = child<QLineEdit>(page, "scanTest");
        typeInto(test, QStringLiteral("]C14006381333931"));
        QTest::keyClick(test, Qt::Key_Return);
        auto *result = child<QLabel>(page, "scanTestResult");
        QVERIFY2(result->text().contains(QStringLiteral("4006381333931")), qPrintable(result->text()));
        QCOMPARE(result->text(), page->describeScan(QStringLiteral("4006381333931")));
        QVERIFY(test->text().isEmpty());
        typeInto(test, QStringLiteral("4006381333932")); // wrong check digit
        QTest::keyClick(test, Qt::Key_Return);
        QVERIFY(result->text() != page->describeScan(QStringLiteral("4006381333931")));
        click(child<QPushButton>(page, "saveButton"));
        QVERIFY2(!statusIsError(page), qPrintable(status(page)));
        QSettings settings;
        QCOMPARE(devices::loadDeviceSettings(settings).keyboardScanner.prefix, QStringLiteral("]C1"));
    }

    void screenshotsOfEveryPage()
    {
        signInOwner();
        const char *names[] = {"registrar", "workplace", "receipt", "scanners", "staff", "import", "marking"};
        for (const QString &language : {QStringLiteral("ru"), QStringLiteral("en")}) {
            removeTranslators();
            QVERIFY(ui::installTranslations(*qApp, language));
            SettingsDialog dialog(*m_session);
            dialog.resize(1366, 768);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            for (int p = 0; p < SettingsDialog::PageCount; ++p) {
                dialog.showPage(SettingsDialog::Page(p));
                if (p == SettingsDialog::Scanners) { // a scanned code with its verdict
                    auto *test = child<QLineEdit>(dialog.scannerPage(), "scanTest");
                    typeInto(test, QStringLiteral("4006381333931"));
                    QTest::keyClick(test, Qt::Key_Return);
                }
                QCoreApplication::processEvents(); // the page's layout settles before the grab
                QVERIFY(!testing_support::saveScreenshot(
                             &dialog, QStringLiteral("settings_%1_%2").arg(QLatin1String(names[p]), language))
                             .isEmpty());
            }
        }
        removeTranslators();
        QVERIFY(ui::installTranslations(*qApp, QStringLiteral("ru")));
    }
};

QTEST_MAIN(TstSettingsDialog)
#include "tst_settingsdialog.moc"
