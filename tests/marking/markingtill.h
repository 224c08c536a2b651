#pragma once

// A till for the marked-goods tests (issue 18): a real SQLite file, the Shtrih-M emulator over
// loopback TCP, the fiscal service on its thread, SaleDesk, and the permissive-mode fakes as their
// own processes: the fake ТС ПИоТ, or with `legacy` the fake Честный знак (CDN sites + ЛМ ЧЗ).

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "app/demo/seeddata.h"
#include "app/fiscalservice/fiscalservice.h"
#include "app/marking/lmoutbox.h"
#include "app/marking/permitchecker.h"
#include "app/sales/salesservice.h"
#include "app/sales/shiftservice.h"
#include "app/session/tillsession.h"
#include "app/till/saledesk.h"
#include "fiscal/emulator/inprocess.h"
#include "fiscal/registrar.h"
#include "fiscal/transport/deviceurl.h"
#include "tests/marking/tspiotprocess.h"

using namespace app;

namespace {

struct FnLine
{
    QString code; // tag 2000
    std::optional<std::vector<fiscal::Tlv>> tag1260;
    int status2110 = -1; // the status the FN assigned (the planned one of FF61h); -1: none
    std::optional<std::vector<fiscal::Tlv>> tag1291; // part of a pack: 1293 of 1294
};

QString text(const fiscal::Tlv &t)
{
    return QString::fromLatin1(reinterpret_cast<const char *>(t.value.data()), qsizetype(t.value.size()));
}

QString child(const std::vector<fiscal::Tlv> &items, fiscal::Tag tag)
{
    const fiscal::Tlv *t = fiscal::findTlv(items, tag);
    return t ? text(*t) : QString();
}

} // namespace

struct MarkingTill
{
    QTemporaryDir dir;
    QString dbPath;
    fiscal::emu::InProcessEmulator registrar;
    TsPiotProcess piot;
    bool legacy = false; // set before open(): the legacy path instead of ТС ПИоТ
    TsPiotProcess chz;   // the fake Честный знак: CDN directory, sites and ЛМ ЧЗ
    std::unique_ptr<TillSession> session;
    std::unique_ptr<SaleDesk> desk;
    QString gtin;
    QStringList notices;
    int fnChecks = 0; // FF61h/FF69h runs the fiscal service reported

    bool open()
    {
        dbPath = dir.filePath(QStringLiteral("till.sqlite"));
        {
            Database db;
            if (!db.open(dbPath).ok() || !seedDemoData(db, PinHasher::FastForTests))
                return false;
        }
        std::string error;
        if (!registrar.start(error) || !piot.start({QStringLiteral("--client-token"), QStringLiteral("t0k")}))
            return false;
#ifdef PRILAVOK_CHZ_EMULATOR
        // site1 answers its health check later, so site0 is the one tried first.
        if (legacy && (!chz.start({}, QStringLiteral(PRILAVOK_CHZ_EMULATOR)) ||
                       !chz.post(QStringLiteral("/_ctl/health"),
                                 {{QStringLiteral("site"), 1}, {QStringLiteral("ms"), 150}})))
            return false;
#endif
        return startTill();
    }

    // The till program on the same database, registrar and ТС ПИоТ (again after a "crash").
    bool startTill()
    {
        TillOptions options;
        options.databasePath = dbPath;
        options.deviceUrl = QStringLiteral("tcp:127.0.0.1:%1").arg(registrar.port());
        auto opened = TillSession::open(options);
        if (!opened)
            return false;
        session = std::move(*opened);
        for (const Employee &e : session->staff().list())
            if (e.role == Role::Cashier)
                session->signIn(e, {e.id, e.role});
        TsPiotSettings s;
        s.url = piot.url();
        s.clientId = QStringLiteral("prilavok-test");
        s.clientToken = QStringLiteral("t0k");
        session->permit().setTsPiot(s);
        if (legacy)
            useLegacy();
        desk = std::make_unique<SaleDesk>(*session);
        QObject::connect(desk.get(), &SaleDesk::notice, [this](const QString &t) { notices.append(t); });
        QObject::connect(session->fiscal(), &FiscalService::markingChecked, [this] { ++fnChecks; });
        QSqlQuery q(session->database().connection());
        if (!q.exec(QStringLiteral("SELECT b.code FROM barcodes b JOIN products p ON p.id = b.product_id "
                                   "WHERE p.name LIKE 'Кефир%'")) ||
            !q.next())
            return false;
        gtin = QStringLiteral("0") + q.value(0).toString();
        return true;
    }

    // The legacy path against the fake Честный знак, with its default token and ЛМ login.
    void useLegacy()
    {
        LegacySettings l;
        l.cdnUrl = chz.url();
        l.apiKey = QStringLiteral("chz-token");
        l.lmUrl = QUrl(
            QStringLiteral("http://127.0.0.1:%1")
                .arg(chz.get(QStringLiteral("/_ctl/ports")).object().value(QStringLiteral("lm")).toInt()));
        l.lmLogin = QStringLiteral("admin");
        l.lmPassword = QStringLiteral("admin");
        l.fnSerial = QStringLiteral("9999078900000001");
        l.lmRetryMs = 100;
        storeLegacySettings(session->database(), l);
        storePermitMode(session->database(), PermitMode::Legacy);
        session->permit().setLegacy(l);
        session->permit().setMode(PermitMode::Legacy);
    }

    void stopTill()
    {
        desk.reset();
        session.reset();
    }

    QString identity(const QString &serial) const
    {
        return QStringLiteral("01") + gtin + QStringLiteral("21") + serial;
    }
    QString code(const QString &serial) const
    {
        return identity(serial) + QChar(0x1D) + QStringLiteral("93Ab1+");
    }

    // Scans and waits until both checks (ТС ПИоТ, then the FN) are over.
    bool scan(const QString &km)
    {
        desk->scan(km);
        QElapsedTimer t;
        t.start();
        while (desk->waitsForMarking() && t.elapsed() < 30000)
            QTest::qWait(10);
        return !desk->waitsForMarking();
    }

    // Pays in cash and waits for the receipt: its FD, 0 on failure.
    std::uint32_t pay()
    {
        QSignalSpy done(desk.get(), &SaleDesk::fiscalized);
        if (!desk->pay({{PaymentType::Cash, desk->total(), 0, {}}}))
            return 0;
        if (!done.wait(30000) && done.isEmpty())
            return 0;
        const Sale sale = done.first().first().value<Sale>();
        return sale.fiscal ? std::uint32_t(sale.fiscal->fd) : 0;
    }

    // Stops the till and reads the receipt's lines back from the FN archive (FF3Ah/FF3Bh).
    std::optional<QList<FnLine>> fnLines(std::uint32_t fd)
    {
        stopTill();
        const auto url = fiscal::parseDeviceUrl("tcp:127.0.0.1:" + std::to_string(registrar.port()));
        auto transport = fiscal::openTransport(*url);
        if (!transport)
            return std::nullopt;
        fiscal::Registrar reg(**transport);
        auto doc = reg.readDocumentTlv(fd);
        (*transport)->close();
        if (!doc)
            return std::nullopt;
        QList<FnLine> out;
        for (const fiscal::Tlv &t : doc->tlvs) {
            if (t.tag != 1059)
                continue;
            auto children = fiscal::parseTlvs(t.value);
            if (!children)
                return std::nullopt;
            FnLine line;
            line.code = child(*children, 2000);
            if (const fiscal::Tlv *tag = fiscal::findTlv(*children, 1260))
                line.tag1260 = fiscal::parseTlvs(tag->value);
            if (const fiscal::Tlv *tag = fiscal::findTlv(*children, 2110); tag && tag->value.size() == 1)
                line.status2110 = tag->value.front();
            if (const fiscal::Tlv *tag = fiscal::findTlv(*children, 1291))
                line.tag1291 = fiscal::parseTlvs(tag->value);
            out.append(line);
        }
        return out;
    }

    // The 1265 value of the last check answer the fakes gave: ТС ПИоТ's, or in the legacy mode the
    // last one from a check site ("site") or from the ЛМ ("lm", with its Inst and Ver).
    QString lastAnswer1265(const QString &role = QStringLiteral("site"))
    {
        const QJsonArray r = legacy ? chz.requests() : piot.requests();
        for (qsizetype i = r.size() - 1; i >= 0; --i) {
            const QJsonObject rec = r.at(i).toObject();
            const QJsonObject a = rec.value(QStringLiteral("answer")).toObject();
            if (a.value(QStringLiteral("reqId")).toString().isEmpty() ||
                (legacy && !rec.value(QStringLiteral("role")).toString().startsWith(role)))
                continue;
            QString out = QStringLiteral("UUID=%1&Time=%2")
                              .arg(a.value(QStringLiteral("reqId")).toString())
                              .arg(a.value(QStringLiteral("reqTimestamp")).toInteger());
            if (legacy && role == QLatin1String("lm"))
                out += QStringLiteral("&Inst=%1&Ver=%2")
                           .arg(a.value(QStringLiteral("inst")).toString(),
                                a.value(QStringLiteral("version")).toString());
            return out;
        }
        return {};
    }
};
