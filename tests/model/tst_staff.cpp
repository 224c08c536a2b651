#include <QElapsedTimer>
#include <QTest>

#include "app/core/validation.h"
#include "app/journal/journalmodel.h"
#include "app/staff/auditlog.h"
#include "app/staff/pinhasher.h"
#include "modeltest.h"

using app::Role;

class TstStaff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void employeesAreStoredAndValidated()
    {
        ModelFixture f;
        f.addPeople();
        auto staff = f.staff();
        auto e = staff.add(f.owner,
                           {QStringLiteral("  Ivanova   Anna "),
                            QStringLiteral("8 (900) 123-45-67"),
                            QStringLiteral("anna@example.ru"),
                            {},
                            Role::Manager},
                           QStringLiteral("123456"));
        QVERIFY_RESULT(e);
        const auto stored = staff.find(e->id);
        QVERIFY(stored);
        QCOMPARE(stored->fullName, QStringLiteral("Ivanova Anna"));
        QCOMPARE(stored->phone, QStringLiteral("+79001234567"));
        QCOMPARE(stored->role, Role::Manager);
        QCOMPARE(staff.list().size(), 3);

        QCOMPARE(
            staff.add(f.owner, {QString(), {}, {}, {}, Role::Cashier}, QStringLiteral("123456")).error().code,
            app::Error::Code::Validation);
        QCOMPARE(staff
                     .add(f.owner, {QStringLiteral("X"), QStringLiteral("12"), {}, {}, Role::Cashier},
                          QStringLiteral("123456"))
                     .error()
                     .code,
                 app::Error::Code::Validation);
        QCOMPARE(staff
                     .add(f.owner, {QStringLiteral("X"), {}, QStringLiteral("not-mail"), {}, Role::Cashier},
                          QStringLiteral("123456"))
                     .error()
                     .code,
                 app::Error::Code::Validation);
        for (const char *pin : {"12345", "1234567", "12345a", ""})
            QCOMPARE(staff.add(f.owner, {QStringLiteral("X"), {}, {}, {}, Role::Cashier}, QLatin1String(pin))
                         .error()
                         .code,
                     app::Error::Code::Validation);
    }

    void employeesSortAsRussianReads()
    {
        // SQLite orders by bytes: «Ёлкина» (U+0401) before «Абрамов», lower case after «Я».
        ModelFixture f;
        f.addPeople();
        auto staff = f.staff();
        for (const char *name :
             {"Яковлев Пётр", "Ёлкина Ольга", "Жуков Иван", "елисеев Юрий", "Абрамов Лев", "Егорова Анна"})
            QVERIFY_RESULT(staff.add(f.owner, {QString::fromUtf8(name), {}, {}, {}, Role::Cashier},
                                     QStringLiteral("123456")));
        QStringList cyrillicCashiers;
        for (const app::Employee &e : staff.list())
            if (e.role == Role::Cashier && e.fullName != QStringLiteral("Cashier"))
                cyrillicCashiers << e.fullName;
        QCOMPARE(cyrillicCashiers,
                 (QStringList{QStringLiteral("Абрамов Лев"), QStringLiteral("Егорова Анна"),
                              QStringLiteral("елисеев Юрий"), QStringLiteral("Ёлкина Ольга"),
                              QStringLiteral("Жуков Иван"), QStringLiteral("Яковлев Пётр")}));
        // The journal's and the reports' cashier filter lists them the same way.
        QStringList filter;
        for (const app::Cashier &c : app::JournalModel(*f.db).cashiers())
            if (c.name != QStringLiteral("Cashier") && c.name != QStringLiteral("Owner"))
                filter << c.name;
        QCOMPARE(filter, cyrillicCashiers);
        // The role still groups: the owner stays first.
        QCOMPARE(staff.list().first().role, Role::Owner);
    }

    void pinIsStoredOnlyAsArgon2id()
    {
        ModelFixture f;
        f.addPeople();
        QSqlQuery q = f.db->prepare(QStringLiteral("SELECT pin_hash FROM employees WHERE id = ?"));
        q.addBindValue(qint64(f.cashier.employeeId));
        QVERIFY(q.exec() && q.next());
        const QString hash = q.value(0).toString();
        QVERIFY(hash.startsWith(QStringLiteral("$argon2id$")));
        QVERIFY(!hash.contains(QStringLiteral("222222")));
        QVERIFY(app::PinHasher::verify(hash.toLatin1(), QStringLiteral("222222")));
        QVERIFY(!app::PinHasher::verify(hash.toLatin1(), QStringLiteral("222223")));
        // Same PIN, different salt.
        QVERIFY(app::PinHasher::hash(QStringLiteral("222222"), app::PinHasher::FastForTests) !=
                hash.toLatin1());
    }

    void productionCostIsSlow()
    {
        const QByteArray hash = app::PinHasher::hash(QStringLiteral("654321"));
        QVERIFY(hash.contains("m=65536"));
        QElapsedTimer t;
        t.start();
        QVERIFY(app::PinHasher::verify(hash, QStringLiteral("654321")));
        qInfo() << "one Argon2id verify (production cost):" << t.elapsed() << "ms";
        QVERIFY(t.elapsed() >= 20); // far from a fast hash even on a quick machine
    }

    void loginAndTimeBasedLockout()
    {
        ModelFixture f;
        f.addPeople();
        QDateTime now = QDateTime(QDate(2026, 3, 1), QTime(10, 0), Qt::UTC);
        app::StaffService staff(
            *f.db, [&] { return now; }, app::PinHasher::FastForTests);
        auto ok = staff.login(f.cashier.employeeId, QStringLiteral("222222"));
        QVERIFY_RESULT(ok);
        QCOMPARE(ok->role, Role::Cashier);
        for (int i = 0; i < app::StaffService::MaxFailedAttempts; ++i)
            QCOMPARE(staff.login(f.cashier.employeeId, QStringLiteral("000000")).error().code,
                     app::Error::Code::Validation);
        // Locked: even the right PIN is refused until the time passes.
        auto locked = staff.login(f.cashier.employeeId, QStringLiteral("222222"));
        QCOMPARE(locked.error().code, app::Error::Code::Locked);
        QVERIFY(locked.error().message.contains(QStringLiteral("300")));
        now = now.addSecs(app::StaffService::LockoutSeconds - 1);
        QCOMPARE(staff.login(f.cashier.employeeId, QStringLiteral("222222")).error().code,
                 app::Error::Code::Locked);
        now = now.addSecs(2);
        QVERIFY_RESULT(staff.login(f.cashier.employeeId, QStringLiteral("222222")));

        const auto audit = app::AuditLog::recent(*f.db, 50);
        int failed = 0;
        int locks = 0;
        for (const auto &e : audit) {
            failed += e.action == QStringLiteral("login.failed");
            locks += e.action == QStringLiteral("login.locked");
        }
        QCOMPARE(failed, app::StaffService::MaxFailedAttempts);
        QCOMPARE(locks, 2);
    }

    void onlyTheOwnerTouchesTheOwner()
    {
        ModelFixture f;
        f.addPeople();
        auto staff = f.staff();
        auto admin =
            staff.add(f.owner, {QStringLiteral("Admin"), {}, {}, {}, Role::Admin}, QStringLiteral("333333"));
        QVERIFY_RESULT(admin);
        const app::Actor a{admin->id, Role::Admin};
        QCOMPARE(staff.remove(a, f.owner.employeeId).error().code, app::Error::Code::PermissionDenied);
        QCOMPARE(staff.update(a, f.owner.employeeId, {QStringLiteral("Owner"), {}, {}, {}, Role::Cashier})
                     .error()
                     .code,
                 app::Error::Code::PermissionDenied);
        QCOMPARE(staff.setPin(a, f.owner.employeeId, QStringLiteral("999999")).error().code,
                 app::Error::Code::PermissionDenied);
        QCOMPARE(
            staff.add(a, {QStringLiteral("Second owner"), {}, {}, {}, Role::Owner}, QStringLiteral("999999"))
                .error()
                .code,
            app::Error::Code::PermissionDenied);
        // The admin manages everyone else.
        QVERIFY_RESULT(staff.remove(a, f.cashier.employeeId));
        QVERIFY(!staff.find(f.cashier.employeeId)->active);
        // The last owner cannot go, even by their own hand.
        QCOMPARE(staff.remove(f.owner, f.owner.employeeId).error().code, app::Error::Code::Conflict);
        // A cashier changes their own PIN but nobody else's.
        auto c =
            staff.add(f.owner, {QStringLiteral("C2"), {}, {}, {}, Role::Cashier}, QStringLiteral("555555"));
        QVERIFY_RESULT(c);
        const app::Actor ca{c->id, Role::Cashier};
        QVERIFY_RESULT(staff.setPin(ca, c->id, QStringLiteral("565656")));
        QVERIFY_RESULT(staff.login(c->id, QStringLiteral("565656")));
        QCOMPARE(staff.setPin(ca, admin->id, QStringLiteral("565656")).error().code,
                 app::Error::Code::PermissionDenied);
        QCOMPARE(staff
                     .createFirstOwner({QStringLiteral("Again"), {}, {}, {}, Role::Owner},
                                       QStringLiteral("111111"))
                     .error()
                     .code,
                 app::Error::Code::Conflict);
    }

    void auditLogRecordsWhoDidWhat()
    {
        ModelFixture f;
        f.addPeople();
        const auto audit = app::AuditLog::recent(*f.db);
        QVERIFY(!audit.isEmpty());
        QCOMPARE(audit.first().action, QStringLiteral("staff.add"));
        QCOMPARE(audit.first().employeeId, f.owner.employeeId);
    }

    void innChecksum()
    {
        QVERIFY(app::isValidInn(QStringLiteral("7707083893")));
        QVERIFY(app::isValidInn(QStringLiteral("500100732259")));
        QVERIFY(!app::isValidInn(QStringLiteral("7707083894")));
        QVERIFY(!app::isValidInn(QStringLiteral("500100732250")));
        QVERIFY(!app::isValidInn(QStringLiteral("77070838")));
        QVERIFY(!app::isValidInn(QStringLiteral("77070838a3")));
    }
};

QTEST_GUILESS_MAIN(TstStaff)
#include "tst_staff.moc"
