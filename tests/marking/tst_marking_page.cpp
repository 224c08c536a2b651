// Settings → «Маркировка» on the demo till, by keys and clicks (issue 18, "Settings"): the owner
// types the ТС ПИоТ address, the program's client id and token, the budget and a strict group, and
// saves; a bad address is refused in Russian with nothing saved; «Проверить связь» asks the module
// in the background; the token lands in the secrets file, never in the database; and the next
// marked code scanned at the till goes to the new ТС ПИоТ (a real process that refuses any other
// token) without a restart. Settings pulled from the cabinet are read-only. A check in flight when
// the settings change ends instead of waiting for ever. «Забыть» removes a saved secret, and «Проверить
// связь» asks the module's information port. PNGs: build/screenshots/marking_page_*.png.

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>

#include <functional>

#include "app/marking/markingsetup.h"
#include "app/marking/permitchecker.h"
#include "app/till/saledesk.h"
#include "tests/common/screenshot.h"
#include "tests/marking/tspiotprocess.h"
#include "tests/newuser/uselanguage.h"
#include "tests/till_ui/tillrig.h"
#include "widgets/loginscreen.h"
#include "widgets/settings/markingpage.h"
#include "widgets/settings/settingsdialog.h"
#include "widgets/till/loginpage.h"
#include "widgets/till/salescreen.h"

namespace {

constexpr int Slow = 20000;
const QString Token = QStringLiteral("T-42-secret");

template<class T>
T *child(QWidget *parent, const char *name)
{
    auto *w = parent->findChild<T *>(QLatin1String(name));
    if (!w)
        qWarning("no child %s", name);
    return w;
}

void click(QWidget *w)
{
    QVERIFY(w && w->isVisible() && w->isEnabled());
    QTest::mouseClick(w, Qt::LeftButton);
}

void typeInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

int rowOfGroup(QTableWidget *table, int id)
{
    for (int row = 0; row < table->rowCount(); ++row)
        if (table->item(row, ui::MarkingPage::GroupId)->data(Qt::UserRole).toInt() == id)
            return row;
    return -1;
}

// Space on the group's «Отказывать без ответа» cell, as a person ticks it from the keyboard.
void toggleStrict(QTableWidget *table, int id)
{
    const int row = rowOfGroup(table, id);
    QVERIFY(row >= 0);
    table->setFocus();
    table->setCurrentCell(row, ui::MarkingPage::Strict);
    QTest::keyClick(table, Qt::Key_Space);
}

// The «Маркировка» item of the page list, clicked.
ui::MarkingPage *openMarkingPage(ui::SettingsDialog *dialog)
{
    auto *list = child<QListWidget>(dialog, "pageList");
    QListWidgetItem *item = list->item(ui::SettingsDialog::Marking);
    list->scrollToItem(item);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(item).center());
    return dialog->currentPage() == ui::SettingsDialog::Marking ? dialog->markingPage() : nullptr;
}

} // namespace

class TestMarkingPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_config;

    static void signIn(TillRig &rig, const QString &name, const QString &pin)
    {
        ui::LoginPage *login = rig.window->loginPage();
        login->selectEmployee(rig.employeeNamed(name));
        QTest::keyClicks(login->pinScreen(), pin);
        QTRY_VERIFY(rig.window->saleScreen()->isVisible());
    }

    static QString settingsRows(TillRig &rig)
    {
        QSqlQuery q(rig.session->database().connection());
        QString all;
        if (q.exec(QStringLiteral("SELECT key, value FROM settings")))
            while (q.next())
                all += q.value(0).toString() + QLatin1Char('=') + q.value(1).toString() + QLatin1Char('\n');
        return all;
    }

    static QByteArray fileBytes(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    // The owner fills the page by keys: first a bad address (refused), then the right one.
    // Signs the owner in, opens Настройки → «Маркировка» from the menu and runs `look` on the page,
    // then closes the dialog by Esc; true when `look` ran to its end with no failed check.
    static bool onMarkingPage(TillRig &rig,
                              const std::function<void(ui::SettingsDialog *, ui::MarkingPage *)> &look)
    {
        signIn(rig, QStringLiteral(u"Демо Владелец"), QStringLiteral("111111"));
        bool done = false;
        whenModal([&](QWidget *modal) {
            auto *dialog = qobject_cast<ui::SettingsDialog *>(modal);
            QVERIFY(dialog);
            dialog->resize(1366, 900);
            ui::MarkingPage *page = openMarkingPage(dialog);
            QVERIFY(page);
            look(dialog, page);
            done = !QTest::currentTestFailed();
            QTest::keyClick(dialog, Qt::Key_Escape);
        });
        rig.window->openSettings();
        return done;
    }

    static void typeNumber(QSpinBox *box, int value)
    {
        box->setFocus();
        box->selectAll();
        QTest::keyClicks(box, QString::number(value));
    }

    static void fillAndSave(ui::SettingsDialog *dialog, TillRig &rig, const QUrl &url, int infoPort)
    {
        dialog->resize(1366, 900);
        ui::MarkingPage *page = openMarkingPage(dialog);
        QVERIFY(page);
        QCOMPARE(dialog->findChild<QListWidget *>(QStringLiteral("pageList"))->currentItem()->text(),
                 QStringLiteral(u"Маркировка"));
        QVERIFY(child<QRadioButton>(page, "modeTsPiot")->isChecked());
        QVERIFY(!child<QWidget>(page, "chzToken")->isVisible()); // the legacy fields: legacy mode only

        auto *address = child<QLineEdit>(page, "tsPiotUrl");
        typeInto(address, QStringLiteral("127.0.0.1 %1").arg(url.port()));
        typeInto(child<QLineEdit>(page, "clientId"), QStringLiteral("prilavok-test"));
        typeInto(child<QLineEdit>(page, "clientToken"), Token);
        click(child<QPushButton>(page, "saveButton"));
        auto *message = child<QLabel>(page, "markingMessage");
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(QStringLiteral(u"не веб-адрес")), qPrintable(message->text()));
        QCOMPARE(dialog->focusWidget(), address); // the cursor is on the field the error is about
        QVERIFY(rig.session->marking().load().tsPiotUrl.isEmpty());
        QCoreApplication::processEvents();
        testing_support::saveScreenshot(dialog, QStringLiteral("marking_page_refused_ru"));

        typeInto(address, url.toString());
        typeNumber(child<QSpinBox>(page, "budgetMs"), 1200);
        auto *infoPortBox = child<QSpinBox>(page, "tsPiotInfoPort");
        QCOMPARE(infoPortBox->value(), 51077); // a real module's information port
        typeNumber(infoPortBox, infoPort);
        auto *groups = child<QTableWidget>(page, "groupTable");
        toggleStrict(groups, 3);
        QCOMPARE(groups->item(rowOfGroup(groups, 3), ui::MarkingPage::Strict)->checkState(), Qt::Checked);
        QCOMPARE(groups->item(rowOfGroup(groups, 3), ui::MarkingPage::GroupName)->text(),
                 QStringLiteral(u"Табак"));
        click(child<QPushButton>(page, "saveButton"));
        QVERIFY2(message->text().contains(QStringLiteral(u"сохранены")), qPrintable(message->text()));
        // A saved secret is not shown again: the field is empty and says it is set.
        auto *token = child<QLineEdit>(page, "clientToken");
        QVERIFY(token->text().isEmpty());
        QCOMPARE(token->placeholderText(), QStringLiteral(u"задан"));

        // «Проверить связь»: the click returns at once, the answer comes later.
        auto *check = child<QPushButton>(page, "checkTsPiot");
        click(check);
        QVERIFY(!check->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(check->isEnabled(), Slow);
        auto *result = child<QLabel>(page, "checkResult");
        QVERIFY2(result->text().contains(QStringLiteral(u"ТС ПИоТ отвечает")), qPrintable(result->text()));
        QCoreApplication::processEvents();
        testing_support::saveScreenshot(dialog, QStringLiteral("marking_page_saved_ru"));

        // The module keeps its information API off the check port: asked there, it says 404.
        typeNumber(infoPortBox, 0);
        QCOMPARE(infoPortBox->value(), 0);
        QCOMPARE(infoPortBox->specialValueText(), QStringLiteral(u"тот же, что у проверки"));
        click(check);
        QTRY_VERIFY_WITH_TIMEOUT(check->isEnabled(), Slow);
        QVERIFY2(result->text().contains(QStringLiteral("HTTP")) &&
                     result->text().contains(QStringLiteral("404")),
                 qPrintable(result->text()));

        // The other mode shows its own fields (looked at, not saved).
        click(child<QRadioButton>(page, "modeLegacy"));
        QVERIFY(child<QWidget>(page, "chzToken")->isVisible());
        QVERIFY(!address->isVisible());
        QCoreApplication::processEvents();
        testing_support::saveScreenshot(dialog, QStringLiteral("marking_page_legacy_ru"));
        click(child<QRadioButton>(page, "modeTsPiot"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_config.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                           m_config.filePath(QStringLiteral("ini")));
        QCoreApplication::setOrganizationName(QStringLiteral("prilavok-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("marking-page"));
        QStandardPaths::setTestModeEnabled(true); // the secrets file goes to ~/.qttest, not the real one
        QFile::remove(app::MarkingSettingsStore::defaultSecretsPath());
        useLanguage(QStringLiteral("ru"));
    }

    void cleanupTestCase() { QFile::remove(app::MarkingSettingsStore::defaultSecretsPath()); }

    void ownerSetsTsPiotAndTheNextSaleGoesThere()
    {
        TsPiotProcess piot;
        QVERIFY(piot.start({QStringLiteral("--client-token"), Token, QStringLiteral("--info-listen"),
                            QStringLiteral("127.0.0.1:0")}));
        QVERIFY(piot.infoPort() > 0);
        TillRig rig;
        QVERIFY(rig.open());
        signIn(rig, QStringLiteral(u"Демо Владелец"), QStringLiteral("111111"));
        bool done = false;
        whenModal([&](QWidget *modal) {
            auto *dialog = qobject_cast<ui::SettingsDialog *>(modal);
            QVERIFY(dialog);
            fillAndSave(dialog, rig, piot.url(), piot.infoPort());
            done = !QTest::currentTestFailed();
            QTest::keyClick(dialog, Qt::Key_Escape);
        });
        rig.window->openSettings(); // Настройки → Настройки…
        QVERIFY(done);

        const app::MarkingSettings saved = rig.session->marking().load();
        QCOMPARE(saved.tsPiotUrl, piot.url().toString());
        QCOMPARE(saved.clientId, QStringLiteral("prilavok-test"));
        QCOMPARE(saved.clientToken, Token);
        QCOMPARE(saved.budgetMs, 1200);
        QCOMPARE(saved.tsPiotInfoPort, piot.infoPort());
        QCOMPARE(saved.strictGroups.value(3), true);
        // The token is in the secrets file, and nowhere in the database.
        QVERIFY(fileBytes(rig.session->marking().secretsPath()).contains(Token.toUtf8()));
        QVERIFY2(!settingsRows(rig).contains(Token), qPrintable(settingsRows(rig)));
        for (const QString &suffix : {QString(), QStringLiteral("-wal")})
            QVERIFY(!fileBytes(rig.session->database().path() + suffix).contains(Token.toUtf8()));
        QVERIFY(rig.session->permit().tsPiot());
        QCOMPARE(rig.session->permit().tsPiot()->url, piot.url()); // the running check, no restart

        // A marked kefir scanned at the till is checked by the new ТС ПИоТ, with the new token.
        ui::SaleScreen *screen = rig.window->saleScreen();
        const QString km = QStringLiteral("010") + rig.barcodeOf(QStringLiteral(u"Кефир")) +
                           QStringLiteral("215pg001") + QChar(0x1D) + QStringLiteral("93Ab1+");
        screen->desk()->scan(km);
        QTRY_VERIFY_WITH_TIMEOUT(!screen->desk()->waitsForMarking(), Slow);
        QCOMPARE(screen->desk()->cart()->rowCount(), 1);
        const QJsonArray requests = piot.requests();
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests.first().toObject().value(QStringLiteral("codes")).toArray().first().toString(), km);
        const QString row = screen->desk()->cart()->index(0, app::CartModel::Name).data().toString();
        QVERIFY2(!row.contains(QStringLiteral(u"Без проверки")), qPrintable(row)); // answered: token taken
    }

    void aCheckInFlightEndsWhenTheSettingsChange()
    {
        TsPiotProcess piot;
        QVERIFY(piot.start());
        TillRig rig;
        QVERIFY(rig.open());
        app::MarkingSettings s = rig.session->marking().load();
        s.tsPiotUrl = piot.url().toString();
        s.clientId = QStringLiteral("prilavok-test");
        s.clientToken = Token;
        QString error;
        QVERIFY2(rig.session->marking().save(s, &error), qPrintable(error));
        QVERIFY(
            piot.fault({{QStringLiteral("mode"), QStringLiteral("delay")}, {QStringLiteral("ms"), 1200}}));
        QSignalSpy checked(&rig.session->permit(), &app::PermitChecker::checked);
        const QString km = QStringLiteral("010") + rig.barcodeOf(QStringLiteral(u"Кефир")) +
                           QStringLiteral("215pg002") + QChar(0x1D) + QStringLiteral("93Ab1+");
        const int id = rig.session->permit().check({km, {}, 8990, 0});
        QTRY_COMPARE_WITH_TIMEOUT(piot.requests().size(), 1, Slow); // the module has it
        QVERIFY(rig.session->marking().save(s, &error));            // saved again: a new client
        QVERIFY(checked.wait(Slow));
        QCOMPARE(checked.first().at(0).toInt(), id);
        const auto verdict = checked.first().at(1).value<app::PermitVerdict>();
        QCOMPARE(verdict.kind, app::PermitVerdict::Kind::AllowUnchecked);
    }

    // An empty secret field keeps the saved secret; «Забыть» is the one way to remove it.
    void aSavedSecretIsForgottenOnlyByForget()
    {
        TillRig rig;
        QVERIFY(rig.open());
        app::MarkingSettings s = rig.session->marking().load();
        s.mode = app::MarkingSettings::Mode::Legacy;
        s.chzToken = QStringLiteral("chz-token-1");
        s.lmUrl = QStringLiteral("http://127.0.0.1:5995");
        s.lmLogin = QStringLiteral("admin");
        s.lmPassword = QStringLiteral("lm-password-1");
        s.clientToken.clear(); // an earlier case left one in the shared secrets file
        QString error;
        QVERIFY2(rig.session->marking().save(s, &error), qPrintable(error));
        QVERIFY(onMarkingPage(rig, [&](ui::SettingsDialog *dialog, ui::MarkingPage *page) {
            QVERIFY(!child<QPushButton>(page, "clientTokenForget")->isEnabled()); // nothing saved to forget
            auto *password = child<QLineEdit>(page, "lmPassword");
            QCOMPARE(password->placeholderText(), QStringLiteral(u"задан"));
            auto *forget = child<QPushButton>(page, "lmPasswordForget");
            QCOMPARE(forget->text(), QStringLiteral(u"Забыть"));
            click(forget);
            QCOMPARE(password->placeholderText(), QStringLiteral(u"будет удалён при сохранении"));
            QVERIFY(!forget->isEnabled());
            QCoreApplication::processEvents();
            testing_support::saveScreenshot(dialog, QStringLiteral("marking_page_forget_ru"));
            click(child<QPushButton>(page, "saveButton"));
            auto *message = child<QLabel>(page, "markingMessage");
            QVERIFY2(message->text().contains(QStringLiteral(u"сохранены")), qPrintable(message->text()));
            QCOMPARE(password->placeholderText(), QStringLiteral(u"не задан"));
            QCOMPARE(child<QLineEdit>(page, "chzToken")->placeholderText(), QStringLiteral(u"задан"));
        }));
        const app::MarkingSettings saved = rig.session->marking().load();
        QVERIFY(saved.lmPassword.isEmpty());
        QCOMPARE(saved.chzToken, QStringLiteral("chz-token-1")); // the empty field kept it
        QVERIFY(!fileBytes(rig.session->marking().secretsPath()).contains("lm-password-1"));
    }

    void cabinetSettingsAreReadOnly()
    {
        TillRig rig;
        QVERIFY(rig.open());
        app::MarkingSettings s = rig.session->marking().load();
        s.tsPiotUrl = QStringLiteral("https://10.0.0.7:51401");
        s.clientId = QStringLiteral("from-cabinet");
        s.clientToken = Token;
        s.strictGroups = {{3, true}};
        s.fromCabinet = true;
        QString error;
        QVERIFY2(rig.session->marking().save(s, &error), qPrintable(error));
        QVERIFY(onMarkingPage(rig, [&](ui::SettingsDialog *dialog, ui::MarkingPage *page) {
            auto *note = child<QLabel>(page, "fromCabinetNote");
            QVERIFY(note->isVisible());
            QVERIFY2(note->text().contains(QStringLiteral(u"Настройки получены из кабинета")),
                     qPrintable(note->text()));
            auto *address = child<QLineEdit>(page, "tsPiotUrl");
            QVERIFY(address->isReadOnly());
            address->setFocus();
            QTest::keyClicks(address, QStringLiteral("9"));
            QCOMPARE(address->text(), QStringLiteral("https://10.0.0.7:51401"));
            QVERIFY(child<QLineEdit>(page, "clientToken")->isReadOnly());
            QVERIFY(!child<QRadioButton>(page, "modeLegacy")->isEnabled());
            QVERIFY(!child<QPushButton>(page, "saveButton")->isVisible());
            auto *groups = child<QTableWidget>(page, "groupTable");
            toggleStrict(groups, 3);
            QCOMPARE(groups->item(rowOfGroup(groups, 3), ui::MarkingPage::Strict)->checkState(), Qt::Checked);
            QVERIFY(!page->save());
            QCoreApplication::processEvents();
            testing_support::saveScreenshot(dialog, QStringLiteral("marking_page_cabinet_ru"));
            useLanguage(QStringLiteral("en"));
        }));
        QCOMPARE(rig.session->marking().load().clientId, QStringLiteral("from-cabinet"));

        // The same page in English (the source language), filled, for a look.
        whenModal([&](QWidget *modal) {
            auto *dialog = qobject_cast<ui::SettingsDialog *>(modal);
            dialog->resize(1366, 900);
            QVERIFY(openMarkingPage(dialog));
            QCoreApplication::processEvents();
            testing_support::saveScreenshot(dialog, QStringLiteral("marking_page_cabinet_en"));
            QTest::keyClick(dialog, Qt::Key_Escape);
        });
        rig.window->openSettings();
        useLanguage(QStringLiteral("ru"));
    }
};

QTEST_MAIN(TestMarkingPage)
#include "tst_marking_page.moc"
