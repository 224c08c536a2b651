#pragma once

// A demo till for the journal and Service menu GUI tests: a real SQLite file in a temporary
// directory, the seeded demo shop and its in-process emulator with a paper tape, a signed-in
// owner or cashier, and helpers that open a shift and complete sales through the model services
// (the sale screen is another part of the issue) and wait for the registrar.

#include <QApplication>
#include <QFile>
#include <QList>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QWidget>

#include <memory>

#include "app/fiscalservice/fiscalservice.h"
#include "app/sales/salesservice.h"
#include "app/sales/shiftservice.h"
#include "app/session/tillsession.h"
#include "app/staff/staffservice.h"
#include "widgets/translations.h"

namespace journaltest {

inline void useLanguage(const QString &language)
{
    const auto translators = qApp->findChildren<QTranslator *>();
    for (QTranslator *t : translators) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    if (language == QLatin1String("en"))
        return;
    QVERIFY(ui::installTranslations(*qApp, language));
}

struct Till
{
    QTemporaryDir dir;
    std::unique_ptr<app::TillSession> session;
    QList<app::FiscalJobOutcome> outcomes;

    bool open(app::Role role = app::Role::Owner)
    {
        if (!dir.isValid())
            return false;
        auto opened = app::TillSession::open({true, dir.filePath(QStringLiteral("till.sqlite")), {}, {}});
        if (!opened)
            return false;
        session = std::move(*opened);
        if (!session->fiscal())
            return false;
        QObject::connect(session->fiscal(), &app::FiscalService::jobFinished,
                         [this](const app::FiscalJobOutcome &o) { outcomes.append(o); });
        return signIn(role);
    }

    bool signIn(app::Role role)
    {
        const QString pin = role == app::Role::Owner ? QStringLiteral("111111") : QStringLiteral("222222");
        for (const app::Employee &e : session->staff().list()) {
            if (e.role != role)
                continue;
            auto actor = session->staff().login(e.id, pin);
            if (!actor)
                return false;
            session->signIn(e, *actor);
            return true;
        }
        return false;
    }

    const app::Actor &actor() const { return session->actor(); }
    app::FiscalService &fiscal() { return *session->fiscal(); }

    std::optional<app::FiscalJobOutcome> finished(const QString &kind, const QString &uuid) const
    {
        for (const app::FiscalJobOutcome &o : outcomes)
            if (o.kind == kind && (uuid.isEmpty() || o.documentUuid == uuid) &&
                o.state != app::FiscalJobState::Sending && o.state != app::FiscalJobState::Queued)
                return o;
        return std::nullopt;
    }

    // Waits (event loop running) until the job of this document ended; Done is checked by callers.
    std::optional<app::FiscalJobOutcome> waitJob(const QString &kind, const QString &uuid, int ms = 60000)
    {
        QElapsedTimer t;
        t.start();
        while (!finished(kind, uuid) && t.elapsed() < ms)
            QTest::qWait(50);
        return finished(kind, uuid);
    }

    bool openShift()
    {
        auto shift = session->shifts().open(actor());
        if (!shift)
            return false;
        fiscal().process();
        const auto o = waitJob(QStringLiteral("open_shift"), shift->uuid);
        return o && o->state == app::FiscalJobState::Done;
    }

    QList<std::int64_t> products(int count)
    {
        QList<std::int64_t> ids;
        QSqlQuery q = session->database().prepare(QStringLiteral(
            "SELECT id FROM products WHERE marked = 0 AND weighted = 0 AND active = 1 AND price > 0 "
            "ORDER BY id LIMIT ?"));
        q.addBindValue(count);
        if (q.exec())
            while (q.next())
                ids.append(q.value(0).toLongLong());
        return ids;
    }

    // A completed and fiscalised cash sale of `quantities` (thousandths) of the first products.
    std::optional<app::Sale> sell(const QList<app::Milli> &quantities,
                                  app::PaymentType type = app::PaymentType::Cash)
    {
        auto &sales = session->sales();
        auto sale = sales.create(actor());
        if (!sale)
            return std::nullopt;
        const auto ids = products(int(quantities.size()));
        if (ids.size() != quantities.size())
            return std::nullopt;
        for (qsizetype i = 0; i < ids.size(); ++i) {
            app::LineInput in;
            in.productId = ids.at(i);
            in.quantity = quantities.at(i);
            if (!sales.addLine(actor(), sale->id, in))
                return std::nullopt;
        }
        const auto priced = sales.sale(sale->id);
        if (!priced)
            return std::nullopt;
        auto done = sales.complete(actor(), sale->id, {{type, priced->total, 0, {}}});
        if (!done)
            return std::nullopt;
        fiscal().process();
        const auto o = waitJob(QStringLiteral("sale"), done->uuid);
        if (!o || o->state != app::FiscalJobState::Done)
            return std::nullopt;
        return sales.sale(done->id);
    }

    QString tape() const
    {
        QFile f(session->emulatorTapePath());
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(f.readAll());
    }
};

// QTest::keyClicks speaks ASCII only: Cyrillic goes in as key events carrying their text.
inline void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        QTest::sendKeyEvent(QTest::Press, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
        QTest::sendKeyEvent(QTest::Release, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

// "1234.50" as the emulator prints amounts.
inline QString tapeAmount(app::Kopecks k)
{
    return QStringLiteral("%1.%2").arg(k / 100).arg(int(k % 100), 2, 10, QLatin1Char('0'));
}

// What the journal tests share: a till signed in with its shift open before each test function
// (openTill() in init(), closeTill() in cleanup()), and a screen shown at the till's size.
class TillTest
{
protected:
    void openTill()
    {
        m_till = std::make_unique<Till>();
        QVERIFY(till().open());
        QVERIFY(till().openShift());
    }
    void closeTill() { m_till.reset(); }
    Till &till() { return *m_till; }

    static bool show(QWidget &w)
    {
        w.resize(1366, 768);
        w.show();
        w.activateWindow();
        return QTest::qWaitForWindowActive(&w);
    }

    std::unique_ptr<Till> m_till;
};

} // namespace journaltest
