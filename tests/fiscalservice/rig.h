#pragma once

// Shared fixture of the fiscal service tests: a demo-seeded database in a temporary directory, the
// emulator (in-process over loopback TCP, or any device URL), the FiscalService on top, and helpers
// that make documents through the model and wait for their fiscal jobs.

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

#include "app/demo/seeddata.h"
#include "app/fiscalservice/fiscaljournal.h"
#include "app/fiscalservice/fiscalservice.h"
#include "app/fiscalservice/fndocument.h"
#include "app/sales/salesservice.h"
#include "app/sales/shiftservice.h"
#include "app/storage/database.h"
#include "fiscal/registrar.h"
#include "fiscal/transport/deviceurl.h"

struct FiscalRig
{
    QTemporaryDir dir;
    QString dbPath;
    std::unique_ptr<app::Database> db;
    app::Actor owner;
    app::Actor cashier;
    QString deviceUrl;
    std::unique_ptr<app::FiscalService> service;
    QList<app::FiscalJobOutcome> outcomes;
    app::DeviceHealth health;
    QList<std::pair<int, app::FiscalOperationResult>> operations;
    QList<std::pair<int, app::MarkingVerdict>> verdicts;

    bool openDatabase()
    {
        dbPath = dir.filePath(QStringLiteral("till.sqlite"));
        db = std::make_unique<app::Database>();
        if (!db->open(dbPath).ok())
            return false;
        auto seed = app::seedDemoData(*db, app::PinHasher::FastForTests);
        if (!seed)
            return false;
        owner = {seed->ownerId, app::Role::Owner};
        cashier = {seed->cashierId, app::Role::Cashier};
        return true;
    }

    app::FiscalServiceSettings settings() const
    {
        app::FiscalServiceSettings s;
        s.deviceUrl = deviceUrl;
        s.databasePath = dbPath;
        s.pollIntervalMs = 300;
        s.connectTimeoutMs = 1000;
        return s;
    }

    void startService()
    {
        service = std::make_unique<app::FiscalService>(settings());
        QObject::connect(service.get(), &app::FiscalService::jobFinished,
                         [this](const app::FiscalJobOutcome &o) { outcomes.append(o); });
        QObject::connect(service.get(), &app::FiscalService::healthChanged,
                         [this](const app::DeviceHealth &h) { health = h; });
        QObject::connect(service.get(), &app::FiscalService::operationFinished,
                         [this](int id, const app::FiscalOperationResult &r) {
                             operations.append({id, r});
                         });
        QObject::connect(service.get(), &app::FiscalService::markingChecked,
                         [this](int id, const app::MarkingVerdict &v) {
                             verdicts.append({id, v});
                         });
    }

    void stopService() { service.reset(); }

    std::optional<app::FiscalJobOutcome> outcomeFor(qint64 jobId) const
    {
        for (auto it = outcomes.crbegin(); it != outcomes.crend(); ++it)
            if (it->jobId == jobId && it->state != app::FiscalJobState::Sending)
                return *it;
        return std::nullopt;
    }

    std::optional<app::FiscalJobOutcome> waitJob(qint64 jobId, int timeoutMs = 30000)
    {
        if (service)
            service->process();
        QElapsedTimer t;
        t.start();
        while (!outcomeFor(jobId) && t.elapsed() < timeoutMs)
            QTest::qWait(20);
        return outcomeFor(jobId);
    }

    std::optional<app::FiscalOperationResult> waitOperation(int requestId, int timeoutMs = 30000)
    {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < timeoutMs) {
            for (const auto &[id, r] : operations)
                if (id == requestId)
                    return r;
            QTest::qWait(20);
        }
        return std::nullopt;
    }

    bool waitHealth(const std::function<bool(const app::DeviceHealth &)> &pred, int timeoutMs = 15000)
    {
        QElapsedTimer t;
        t.start();
        while (!pred(health) && t.elapsed() < timeoutMs) {
            if (service)
                service->refreshHealth();
            QTest::qWait(100);
        }
        return pred(health);
    }

    qint64 lastJob(const QString &kind)
    {
        QSqlQuery q =
            db->prepare(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM fiscal_jobs WHERE kind = ?"));
        q.addBindValue(kind);
        return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    }

    QString jobState(qint64 id)
    {
        QSqlQuery q = db->prepare(QStringLiteral("SELECT state FROM fiscal_jobs WHERE id = ?"));
        q.addBindValue(id);
        return q.exec() && q.next() ? q.value(0).toString() : QString();
    }

    std::int64_t product(bool marked = false)
    {
        QSqlQuery q =
            db->prepare(QStringLiteral("SELECT id FROM products WHERE marked = ? AND weighted = 0 AND "
                                       "active = 1 AND vat_code IN (1, 2, 5, 6) ORDER BY id LIMIT 1"));
        q.addBindValue(marked ? 1 : 0);
        return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    }

    qint64 openShift()
    {
        app::ShiftService shifts(*db);
        if (!shifts.open(cashier))
            return 0;
        return lastJob(QStringLiteral("open_shift"));
    }

    // Opens a shift in the model, starts the service and waits for the shift-open document: its
    // FD, 0 on failure.
    std::uint32_t openShiftWithService()
    {
        const qint64 open = openShift();
        startService();
        const auto o = waitJob(open);
        if (!o || o->state != app::FiscalJobState::Done || !o->fd)
            return 0;
        return std::uint32_t(*o->fd);
    }

    // A completed sale of `units` pieces of the first plain product, paid in cash (and card).
    std::optional<app::Sale> sell(int units = 2, app::Kopecks card = 0, const QString &markingCode = {})
    {
        app::SalesService sales(*db);
        auto s = sales.create(cashier);
        if (!s)
            return std::nullopt;
        app::LineInput line;
        line.productId = markingCode.isEmpty() ? product() : product(true);
        line.quantity = markingCode.isEmpty() ? units * app::MilliPerUnit : app::MilliPerUnit;
        line.markingCode = markingCode;
        if (auto added = sales.addLine(cashier, s->id, line); !added) {
            qWarning() << added.error().message;
            return std::nullopt;
        }
        const auto current = sales.sale(s->id);
        QList<app::PaymentInput> pay;
        if (card > 0)
            pay.append({app::PaymentType::Card, card, 0, QStringLiteral("RRN1")});
        if (current->total - card > 0)
            pay.append({app::PaymentType::Cash, current->total - card, 0, {}});
        auto done = sales.complete(cashier, s->id, pay);
        if (!done) {
            qWarning() << done.error().message;
            return std::nullopt;
        }
        return *done;
    }

    // A direct registrar on the device URL, for crash simulations while the service is stopped.
    template<class F>
    bool withRegistrar(F &&f)
    {
        const auto url = fiscal::parseDeviceUrl(deviceUrl.toStdString());
        if (!url)
            return false;
        auto transport = fiscal::openTransport(*url);
        if (!transport)
            return false;
        fiscal::Registrar reg(**transport);
        f(reg);
        (*transport)->close();
        return true;
    }

    std::uint32_t lastFd()
    {
        std::uint32_t fd = 0;
        withRegistrar([&](fiscal::Registrar &r) {
            if (auto s = r.fnStatus())
                fd = s->lastFd;
        });
        return fd;
    }

    // FN documents of this type with this total among FDs from..to.
    int fnDocuments(std::uint32_t from, std::uint32_t to, std::uint8_t type, app::Kopecks total)
    {
        int n = 0;
        withRegistrar([&](fiscal::Registrar &r) {
            for (std::uint32_t fd = from; fd <= to; ++fd)
                if (auto doc = r.findDocument(fd))
                    if (auto d = app::decodeFoundDocument(*doc); d && d->type == type && d->total == total)
                        ++n;
        });
        return n;
    }

    // The last job of `kind` put into `sending` as if this process had died while sending it: the
    // journal has fd_before (the FN's last FD now) and what the FN must hold.
    qint64 sendingJob(const QString &kind, const app::ExpectedDocument &expected, int reg = 0,
                      std::optional<qint64> regBefore = {})
    {
        const qint64 id = lastJob(kind);
        app::FiscalJournal journal(*db);
        app::FiscalJobDetails d;
        d.expected = expected;
        d.counterRegister = reg;
        d.counterBefore = regBefore;
        if (!journal.beginSending(id, lastFd(), d))
            return 0;
        return id;
    }
};
