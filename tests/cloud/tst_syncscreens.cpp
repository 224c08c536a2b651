// The screens issue 21 §6 changed, in Russian and English with PNGs (build/screenshots): the sync
// badge warning about an unencrypted connection, and the cloud dialog with the technician's CA file
// and http:// permission, showing a refused certificate and the unencrypted warning.

#include <QApplication>
#include <QCheckBox>
#include <QLayout>
#include <QLineEdit>
#include <QSettings>
#include <QSslError>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include "app/cloud/syncclient.h"
#include "app/cloud/tlstrust.h"
#include "tests/common/screenshot.h"
#include "widgets/sync/syncbadge.h"
#include "widgets/till/clouddialog.h"
#include "widgets/translations.h"

using app::cloud::SyncStatus;

class TestSyncScreens : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().remove(QStringLiteral("cloud")); // what an earlier run ticked
        QVERIFY(m_dir.isValid());
    }

    void screens_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("ru") << QStringLiteral("ru");
        QTest::newRow("en") << QStringLiteral("en");
    }

    void screens()
    {
        QFETCH(QString, language);
        for (QTranslator *t : qApp->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
        if (language == QLatin1String("ru"))
            QVERIFY(ui::installTranslations(*qApp, language));
        const bool ru = language == QLatin1String("ru");

        SyncStatus insecure;
        insecure.state = SyncStatus::State::Idle;
        insecure.lastSuccess = QDateTime::currentDateTimeUtc();
        insecure.insecure = true;
        ui::SyncBadge badge;
        badge.setStatus(insecure);
        QVERIFY2(badge.text().endsWith(ru ? QStringLiteral("без шифрования") : QStringLiteral("unencrypted")),
                 qPrintable(badge.text()));
        QCOMPARE(badge.severity(), ui::SyncBadge::Severity::Warning);
        QVERIFY(badge.toolTip().contains(QLatin1String("http://")));
        badge.adjustSize();
        QVERIFY(!testing_support::saveScreenshot(&badge, QStringLiteral("sync_badge_unencrypted_") + language)
                     .isEmpty());

        SyncStatus held;
        held.state = SyncStatus::State::Idle;
        held.lastSuccess = QDateTime::currentDateTimeUtc();
        held.catalogHeld = 2;
        badge.setStatus(held);
        QCOMPARE(badge.severity(), ui::SyncBadge::Severity::Warning);
        badge.adjustSize();
        QVERIFY(
            !testing_support::saveScreenshot(&badge, QStringLiteral("sync_badge_catalog_held_") + language)
                 .isEmpty());

        app::cloud::SyncSettings settings;
        settings.tokenPath = m_dir.filePath(QStringLiteral("device.json"));
        app::cloud::SyncClient client(m_dir.filePath(QStringLiteral("till.db")), settings);
        ui::CloudDialog dialog(client);
        dialog.resize(640, dialog.layout()->totalHeightForWidth(640));
        dialog.show();
        QVERIFY(dialog.findChild<QCheckBox *>());

        SyncStatus refused;
        refused.state = SyncStatus::State::Error;
        refused.pending = 4;
        refused.lastError = app::cloud::certificateRefusal({QSslError(QSslError::SelfSignedCertificate)});
        Q_EMIT client.statusChanged(refused);
        QVERIFY(refused.lastError.startsWith(ru ? QStringLiteral("Касса не доверяет сертификату кабинета")
                                                : QStringLiteral("The till does not trust")));
        dialog.resize(640, dialog.layout()->totalHeightForWidth(640));
        QVERIFY(
            !testing_support::saveScreenshot(&dialog, QStringLiteral("cloud_dialog_certificate_") + language)
                 .isEmpty());

        Q_EMIT client.statusChanged(insecure);
        dialog.findChild<QCheckBox *>()->setChecked(true);
        dialog.resize(640, dialog.layout()->totalHeightForWidth(640));
        QVERIFY(
            !testing_support::saveScreenshot(&dialog, QStringLiteral("cloud_dialog_unencrypted_") + language)
                 .isEmpty());
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestSyncScreens)
#include "tst_syncscreens.moc"
