#include <QTest>

#include "app/fiscalservice/devicehealth.h"
#include "widgets/devicebadge.h"
#include "widgets/translations.h"

using ui::DeviceBadge;

class TstDeviceBadge : public QObject
{
    Q_OBJECT

private:
    static app::DeviceHealth online()
    {
        app::DeviceHealth h;
        h.connected = true;
        h.shift = app::ShiftStatus::Open;
        h.shiftAgeSeconds = 3 * 3600 + 5 * 60 + 59;
        h.fnDaysLeft = 420;
        h.ofdBacklog = 0;
        return h;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(ui::installTranslations(*qApp, QStringLiteral("ru"))); }

    void allWell()
    {
        DeviceBadge badge;
        badge.setHealth(online());
        QCOMPARE(
            badge.text(),
            QStringLiteral("ФР: на связи · смена 3 ч 05 мин из 24 ч · ФН: 420 дн. · ОФД: не отправлено 0"));
        QCOMPARE(badge.severity(), DeviceBadge::Severity::Ok);
    }

    void noLinkIsRedWithTheReason()
    {
        app::DeviceHealth h;
        h.problem.text = QStringLiteral("Нет связи с ФР");
        DeviceBadge badge;
        badge.setHealth(h);
        QCOMPARE(badge.text(), QStringLiteral("ФР: нет связи"));
        QCOMPARE(badge.toolTip(), QStringLiteral("Нет связи с ФР"));
        QCOMPARE(badge.severity(), DeviceBadge::Severity::Error);
    }

    void severities_data()
    {
        QTest::addColumn<int>("shiftAlert");
        QTest::addColumn<int>("fnAlert");
        QTest::addColumn<int>("paper");
        QTest::addColumn<int>("attention");
        QTest::addColumn<int>("severity");
        const auto s = [](DeviceBadge::Severity v) { return static_cast<int>(v); };
        QTest::newRow("near 24 h") << int(app::ShiftAlert::NearLimit) << int(app::FnAlert::None) << 0 << 0
                                   << s(DeviceBadge::Severity::Warning);
        QTest::newRow("over 24 h") << int(app::ShiftAlert::Expired) << int(app::FnAlert::None) << 0 << 0
                                   << s(DeviceBadge::Severity::Error);
        QTest::newRow("stale shift") << int(app::ShiftAlert::Stale) << int(app::FnAlert::None) << 0 << 0
                                     << s(DeviceBadge::Severity::Error);
        QTest::newRow("FN soon") << int(app::ShiftAlert::None) << int(app::FnAlert::ExpiresSoon) << 0 << 0
                                 << s(DeviceBadge::Severity::Warning);
        QTest::newRow("FN expired") << int(app::ShiftAlert::None) << int(app::FnAlert::Expired) << 0 << 0
                                    << s(DeviceBadge::Severity::Error);
        QTest::newRow("no paper") << int(app::ShiftAlert::None) << int(app::FnAlert::None)
                                  << int(app::PaperStatus::Out) << 0 << s(DeviceBadge::Severity::Error);
        QTest::newRow("attention") << int(app::ShiftAlert::None) << int(app::FnAlert::None) << 0 << 2
                                   << s(DeviceBadge::Severity::Error);
    }

    void severities()
    {
        QFETCH(int, shiftAlert);
        QFETCH(int, fnAlert);
        QFETCH(int, paper);
        QFETCH(int, attention);
        QFETCH(int, severity);
        app::DeviceHealth h = online();
        h.shiftAlert = static_cast<app::ShiftAlert>(shiftAlert);
        h.fnAlert = static_cast<app::FnAlert>(fnAlert);
        h.paper = static_cast<app::PaperStatus>(paper);
        h.attentionJobs = attention;
        DeviceBadge badge;
        badge.setHealth(h);
        QCOMPARE(static_cast<int>(badge.severity()), severity);
    }

    void notConfigured()
    {
        DeviceBadge badge;
        QCOMPARE(badge.text(), QStringLiteral("ФР: не подключён"));
        QVERIFY(badge.toolTip().contains(QStringLiteral("Настройки")));
    }
};

QTEST_MAIN(TstDeviceBadge)
#include "tst_devicebadge.moc"
