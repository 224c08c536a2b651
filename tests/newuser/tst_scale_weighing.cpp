// Weight from the shop scale on the demo till, by keys (issue 16): the owner sets the scale up on
// Settings → Сканеры и весы (port, speed, protocol), «Проверка связи» weighs once; a cheese scanned
// at the till then takes its weight from the scale by itself. When the scale cannot give one
// (the load moves, the pan is empty, overload, no answer) the dialog says so in Russian and the
// cashier weighs again with F5 or types the weight. The scale talks over a real pty (socat) to a
// peer playing a CAS-style scale. Before, nothing built a scale: the cashier had to type every weight.

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QTest>
#include <QTranslator>

#include <memory>

#include "app/devicesetup/scalereader.h"
#include "app/devicesetup/scalesetup.h"
#include "app/till/saledesk.h"
#include "scalepeer.h"
#include "tests/common/screenshot.h"
#include "tests/devices/ptypair.h"
#include "tests/till_ui/tillrig.h"
#include "uselanguage.h"
#include "widgets/loginscreen.h"
#include "widgets/settings/scannerpage.h"
#include "widgets/settings/settingsdialog.h"
#include "widgets/till/loginpage.h"
#include "widgets/till/salescreen.h"
#include "widgets/translations.h"

class TstScaleWeighing : public QObject
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

    static void scan(ui::SaleScreen *screen, const QString &code)
    {
        screen->entry()->setFocus();
        QTest::keyClicks(screen->entry(), code);
        QTest::keyClick(screen->entry(), Qt::Key_Return);
    }

    template<class T>
    static T *child(QWidget *parent, const char *name)
    {
        auto *w = parent->findChild<T *>(QLatin1String(name));
        if (!w)
            qWarning("no child %s", name);
        return w;
    }

    static void press(QWidget *w, Qt::Key key = Qt::Key_Space)
    {
        w->setFocus();
        QTest::keyClick(w, key);
    }

    // The owner sets the scale up on the settings page with keys, checks it and saves.
    static void setUpTheScale(TillRig &rig, const QString &port, ScalePeer &peer, const QString &language)
    {
        bool checked = false;
        whenModal([&](QWidget *modal) {
            auto *dialog = qobject_cast<ui::SettingsDialog *>(modal);
            QVERIFY(dialog);
            dialog->resize(1366, 900);
            dialog->showPage(ui::SettingsDialog::Scanners);
            ui::ScannerPage *page = dialog->scannerPage();
            press(child<QCheckBox>(page, "scaleEnabled"));
            auto *portBox = child<QComboBox>(page, "scalePort");
            portBox->setFocus();
            portBox->lineEdit()->selectAll();
            QTest::keyClicks(portBox->lineEdit(), port);
            press(child<QComboBox>(page, "scaleProtocol"), Qt::Key_Down); // answers ENQ
            press(child<QPushButton>(page, "scaleCheck"));
            auto *result = child<QLabel>(page, "scaleResult");
            QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(page, "scaleCheck")->isEnabled(), 15000);
            QVERIFY2(result->text().contains(QStringLiteral("0,450")), qPrintable(result->text()));
            if (language == QLatin1String("ru"))
                QVERIFY2(result->text().contains(QStringLiteral(u"Весы на связи")),
                         qPrintable(result->text()));
            QVERIFY(peer.enqs() > 0); // the protocol chosen is the one spoken
            QCoreApplication::processEvents();
            testing_support::saveScreenshot(dialog, QStringLiteral("newuser_scale_settings_") + language);
            press(child<QPushButton>(page, "saveButton"));
            QVERIFY2(page->statusText().contains(language == QLatin1String("ru")
                                                     ? QStringLiteral(u"сохранены")
                                                     : QStringLiteral("saved")),
                     qPrintable(page->statusText()));
            checked = true;
            QTest::keyClick(dialog, Qt::Key_Escape);
        });
        rig.window->openSettings(); // Настройки → Настройки…
        QVERIFY(checked);
        const app::ScaleSetup saved = app::ScaleSetup::stored();
        QVERIFY(saved.enabled);
        QCOMPARE(saved.port, port);
        QCOMPARE(saved.protocol, app::ScaleSetup::Protocol::AnswersEnq);
        QVERIFY(rig.session->scale()); // the session built it from the saved settings
    }

    // A demo till, its scale on a pty, and the owner signed in who has set the scale up.
    struct Counter
    {
        testing_support::PtyPair pty;
        ScalePeer peer;
        TillRig rig;
    };
    std::unique_ptr<Counter> m_counter;

    static void languages()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("ru") << QStringLiteral("ru");
        QTest::newRow("en") << QStringLiteral("en");
    }

    void openTillWithScale(const QString &language)
    {
        useLanguage(language);
        m_counter = std::make_unique<Counter>();
        QString why;
        QVERIFY2(m_counter->pty.start(&why), qPrintable(why));
        QVERIFY(m_counter->peer.open(m_counter->pty.hardwareEnd(), false));
        m_counter->peer.set(ScalePeer::Load::Settled, 450);
        TillRig &rig = m_counter->rig;
        QVERIFY(rig.open());
        QVERIFY(!rig.session->scale()); // none until the owner sets one up
        signIn(rig, QStringLiteral(u"Демо Владелец"), QStringLiteral("111111"));
        setUpTheScale(rig, m_counter->pty.deviceEnd(), m_counter->peer, language);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_config.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                           m_config.filePath(QStringLiteral("cfg")));
        QCoreApplication::setOrganizationName(QStringLiteral("prilavok-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("scale-weighing"));
        testing_support::PtyPair pty;
        QString why;
        if (!pty.start(&why))
            QSKIP(qPrintable(why));
    }

    void init() { QSettings().clear(); }
    void cleanup() { m_counter.reset(); }

    void cleanupTestCase() { useLanguage(QStringLiteral("ru")); }

    void theWeightComesFromTheScale_data() { languages(); }

    void theWeightComesFromTheScale()
    {
        QFETCH(QString, language);
        openTillWithScale(language);
        if (QTest::currentTestFailed())
            return;
        TillRig &rig = m_counter->rig;
        ScalePeer &peer = m_counter->peer;

        // The cheese is scanned; the scale weighs it, the line appears without a key pressed.
        ui::SaleScreen *screen = rig.window->saleScreen();
        const QString cheese = rig.barcodeOf(QStringLiteral(u"Сыр «Российский»"));
        peer.set(ScalePeer::Load::Settled, 450);
        scan(screen, cheese);
        QTRY_COMPARE_WITH_TIMEOUT(screen->desk()->cart()->rowCount(), 1, 15000);
        QCOMPARE(screen->desk()->sale().lines.at(0).quantity, app::Milli(450));
        QCOMPARE(screen->desk()->total(), app::Kopecks(40455)); // 899,00 × 0,450
        testing_support::saveScreenshot(rig.window.get(), QStringLiteral("newuser_scale_sale_") + language);
    }

    void whatTheScaleCannotWeighIsSaid_data() { languages(); }

    void whatTheScaleCannotWeighIsSaid()
    {
        QFETCH(QString, language);
        const bool ru = language == QLatin1String("ru");
        openTillWithScale(language);
        if (QTest::currentTestFailed())
            return;
        TillRig &rig = m_counter->rig;
        ScalePeer &peer = m_counter->peer;
        ui::SaleScreen *screen = rig.window->saleScreen();
        const QString cheese = rig.barcodeOf(QStringLiteral(u"Сыр «Российский»"));

        // Each problem in turn, in one weight dialog: the message, then F5 weighs again.
        struct Case
        {
            ScalePeer::Load load;
            QString ruWords;
            QString enWords;
        };
        const QList<Case> cases{
            {ScalePeer::Load::Moving, QStringLiteral(u"не успокоился"), QStringLiteral("not settled")},
            {ScalePeer::Load::Empty, QStringLiteral(u"не показывают веса"), QStringLiteral("no weight")},
            {ScalePeer::Load::Overload, QStringLiteral(u"перегружены"), QStringLiteral("overloaded")},
            {ScalePeer::Load::Silent, QStringLiteral(u"не отвечают"), QStringLiteral("does not answer")},
        };
        QStringList said;
        bool typed = false;
        peer.set(cases.first().load, 620);
        whenModal([&](QWidget *dialog) {
            auto *status = child<QLabel>(dialog, "weightStatus");
            auto *again = child<QPushButton>(dialog, "weighAgain");
            for (const Case &c : cases) {
                peer.set(c.load, 620);
                if (!said.isEmpty())
                    QTest::keyClick(dialog->focusWidget(), Qt::Key_F5);
                QTRY_VERIFY_WITH_TIMEOUT(again->isEnabled() && !status->text().isEmpty() &&
                                             !said.contains(status->text()) &&
                                             status->text().contains(ru ? c.ruWords : c.enWords),
                                         15000);
                QVERIFY2(status->text().contains(ru ? c.ruWords : c.enWords), qPrintable(status->text()));
                said << status->text();
                QCOMPARE(screen->desk()->cart()->rowCount(), 0); // nothing sold on a bad weight
                if (c.load == ScalePeer::Load::Moving)
                    testing_support::saveScreenshot(dialog,
                                                    QStringLiteral("newuser_scale_unsettled_") + language);
            }
            // The scale is silent: the cashier types the weight from the scale's own display.
            auto *edit = child<QLineEdit>(dialog, "weightEdit");
            QCOMPARE(dialog->focusWidget(), edit);
            QTest::keyClicks(edit, QStringLiteral("0,62"));
            testing_support::saveScreenshot(dialog, QStringLiteral("newuser_scale_noanswer_") + language);
            QTest::keyClick(edit, Qt::Key_Return);
            typed = true;
        });
        scan(screen, cheese);
        QTRY_VERIFY_WITH_TIMEOUT(typed, 60000);
        QTRY_COMPARE(screen->desk()->cart()->rowCount(), 1);
        QCOMPARE(screen->desk()->sale().lines.at(0).quantity, app::Milli(620));
        QCOMPARE(said.size(), cases.size());
        if (ru)
            for (const QString &text : said)
                QVERIFY2(!text.contains(QRegularExpression(QStringLiteral("[A-Za-z]{3,}"))) ||
                             text.contains(QStringLiteral("/dev/")) || text.contains(QStringLiteral("tmp")),
                         qPrintable(text));
    }
};

QTEST_MAIN(TstScaleWeighing)
#include "tst_scale_weighing.moc"
