// Issue 16, receipts: the texts saved in Settings → Receipt texts reach the registrar's table 4 and
// so every receipt and Z report on the emulator's tape; a change shows on the next receipt; a
// registrar whose table differs gets it written when the till connects. The tape also carries the
// signed-in cashier with the INN, VAT per line and the FN, FD and FP. With "Print the receipt" off
// a receipt with the buyer's e-mail is fiscalised with tag 1008 and not printed. The fiscal
// service runs against the emulator over loopback TCP, as the demo till does.

#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>

#include "../fiscalservice/rig.h"
#include "app/fiscalservice/receipttexts.h"
#include "app/organisation/organisation.h"
#include "fiscal/codec/text.h"
#include "fiscal/commands/service.h"
#include "fiscal/emulator/inprocess.h"

using namespace app;

class TestReceiptTexts final : public QObject
{
    Q_OBJECT

    std::unique_ptr<FiscalRig> m_rig;
    std::unique_ptr<fiscal::emu::InProcessEmulator> m_emu;

    FiscalRig &rig() { return *m_rig; }

    // The documents printed so far, each up to its closing rule.
    QList<QStringList> documents() const
    {
        QFile tape(QString::fromStdString(m_emu->tapePath()));
        if (!tape.open(QIODevice::ReadOnly))
            return {};
        QList<QStringList> out{{}};
        for (const QString &line : QString::fromUtf8(tape.readAll()).split(QLatin1Char('\n'))) {
            if (line.isEmpty())
                continue;
            out.last() << line;
            if (line.startsWith(QStringLiteral("=====")))
                out.append(QStringList{});
        }
        out.removeLast();
        return out;
    }
    QStringList lastDocument(const QString &title) const
    {
        const auto docs = documents();
        for (auto it = docs.crbegin(); it != docs.crend(); ++it)
            if (it->contains(title))
                return *it;
        return {};
    }

    void saveTexts(const QString &store, const QString &address, const QString &phone, const QString &footer)
    {
        OrganisationService organisation(*rig().db);
        auto pos = tillPointOfSale(*rig().db);
        QVERIFY(pos);
        pos->storeName = store;
        pos->receiptAddress = address;
        pos->phone = phone;
        pos->footer = footer;
        QVERIFY(organisation.savePointOfSale(rig().owner, *pos));
    }

    std::optional<FiscalJobOutcome> sellAndWait()
    {
        if (!rig().sell(2))
            return std::nullopt;
        return rig().waitJob(rig().lastJob(QStringLiteral("sale")));
    }

    // Table 4 row as the registrar holds it, read over a fresh connection (service stopped).
    QString tableRow(int row)
    {
        QString text;
        rig().withRegistrar([&](fiscal::Registrar &r) {
            const fiscal::TableCell cell{fiscal::receipttext::Table, std::uint16_t(row),
                                         fiscal::receipttext::Field};
            if (auto v = r.execute(fiscal::readTableRequest(fiscal::DefaultSysAdminPassword, cell)))
                text = QString::fromStdString(fiscal::decodeFixedText(*v));
        });
        return text;
    }

private Q_SLOTS:
    void init()
    {
        m_rig = std::make_unique<FiscalRig>();
        QVERIFY(rig().dir.isValid());
        QVERIFY(rig().openDatabase());
        m_emu = std::make_unique<fiscal::emu::InProcessEmulator>();
        std::string error;
        fiscal::emu::InProcessOptions options;
        options.stateDirectory = rig().dir.filePath(QStringLiteral("emu")).toStdString();
        QVERIFY2(m_emu->start(error, options), error.c_str());
        rig().deviceUrl = QStringLiteral("tcp:127.0.0.1:%1").arg(m_emu->port());
    }

    void cleanup()
    {
        rig().stopService();
        m_emu.reset();
        m_rig.reset();
    }

    void savedTextsReachReceiptsAndTheZReport()
    {
        saveTexts(QStringLiteral(u"ЛАВКА «У ДОМА»"), QStringLiteral(u"ул. Садовая, 5"),
                  QStringLiteral("+7 900 123-45-67"), QStringLiteral(u"Ждём вас снова!"));
        QVERIFY(rig().openShiftWithService() > 0);
        auto sold = sellAndWait();
        QVERIFY(sold && sold->state == FiscalJobState::Done);
        QStringList receipt = lastDocument(QStringLiteral(u"КАССОВЫЙ ЧЕК"));
        QVERIFY(!receipt.isEmpty());
        // Centred on the 32-character tape, in the header's order, before the registrar's own part.
        QCOMPARE(receipt.value(0).trimmed(), QStringLiteral(u"ЛАВКА «У ДОМА»"));
        QCOMPARE(receipt.value(1).trimmed(), QStringLiteral(u"ул. Садовая, 5"));
        QCOMPARE(receipt.value(2).trimmed(), QStringLiteral("+7 900 123-45-67"));
        QCOMPARE(receipt.value(3), QStringLiteral(u"КАССОВЫЙ ЧЕК"));
        QCOMPARE(receipt.value(receipt.size() - 2).trimmed(), QStringLiteral(u"Ждём вас снова!"));
        QVERIFY(!receipt.join(QLatin1Char('\n')).contains(QStringLiteral(u"ПРИЛАВОК-ДЕМО")));

        // Changed in Settings: the next receipt has the new texts and none of the old.
        saveTexts(QStringLiteral(u"ЛАВКА НА УГЛУ"), QStringLiteral(u"пр. Мира, 10"), QString(),
                  QStringLiteral(u"Скидки по средам"));
        rig().service->receiptTextsChanged();
        sold = sellAndWait();
        QVERIFY(sold && sold->state == FiscalJobState::Done);
        receipt = lastDocument(QStringLiteral(u"КАССОВЫЙ ЧЕК"));
        const QString text = receipt.join(QLatin1Char('\n'));
        QCOMPARE(receipt.value(0).trimmed(), QStringLiteral(u"ЛАВКА НА УГЛУ"));
        QCOMPARE(receipt.value(1).trimmed(), QStringLiteral(u"пр. Мира, 10"));
        QCOMPARE(receipt.value(2), QStringLiteral(u"КАССОВЫЙ ЧЕК"));
        QVERIFY(text.contains(QStringLiteral(u"Скидки по средам")));
        QVERIFY(!text.contains(QStringLiteral(u"У ДОМА")));
        QVERIFY(!text.contains(QStringLiteral(u"Ждём вас снова!")));
        QVERIFY(!text.contains(QStringLiteral("+7 900")));

        // The Z report carries them too.
        QVERIFY(ShiftService(*rig().db).close(rig().owner));
        const auto z = rig().waitJob(rig().lastJob(QStringLiteral("z_report")));
        QVERIFY(z && z->state == FiscalJobState::Done);
        const QStringList report = lastDocument(QStringLiteral(u"ОТЧЕТ О ЗАКРЫТИИ СМЕНЫ (Z)"));
        QVERIFY(!report.isEmpty());
        QCOMPARE(report.value(0).trimmed(), QStringLiteral(u"ЛАВКА НА УГЛУ"));
        QVERIFY(report.join(QLatin1Char('\n')).contains(QStringLiteral(u"Скидки по средам")));
    }

    void textsChangedByACloudPullReachTheNextReceipt()
    {
        QVERIFY(rig().openShiftWithService() > 0);
        QVERIFY(sellAndWait());
        // The sync client writes the owner's texts from the cabinet straight into the database
        // (app/cloud/appliers/pointofsaleapplier.cpp); nobody tells the fiscal service.
        QSqlQuery q = rig().db->prepare(
            QStringLiteral("UPDATE points_of_sale SET receipt_store_name = ?, receipt_footer = ?"));
        q.addBindValue(QStringLiteral(u"ИЗ КАБИНЕТА"));
        q.addBindValue(QStringLiteral(u"Акция недели"));
        QVERIFY(q.exec());
        const auto sold = sellAndWait();
        QVERIFY(sold && sold->state == FiscalJobState::Done);
        const QStringList receipt = lastDocument(QStringLiteral(u"КАССОВЫЙ ЧЕК"));
        QCOMPARE(receipt.value(0).trimmed(), QStringLiteral(u"ИЗ КАБИНЕТА"));
        QCOMPARE(receipt.value(receipt.size() - 2).trimmed(), QStringLiteral(u"Акция недели"));
    }

    void printSettingOffSendsTheReceiptOnlyToTheBuyer()
    {
        QVERIFY(OrganisationService(*rig().db).setPrintReceipts(rig().owner, false));
        QVERIFY(rig().openShiftWithService() > 0);
        const int printedBefore = int(documents().size());
        // A sale with the buyer's e-mail: fiscalised with 1008, nothing on the paper.
        SalesService sales(*rig().db);
        auto s = sales.create(rig().cashier);
        QVERIFY(s);
        LineInput line;
        line.productId = rig().product();
        line.quantity = MilliPerUnit;
        QVERIFY(sales.addLine(rig().cashier, s->id, line));
        QVERIFY(sales.setDetails(rig().cashier, s->id, {}, QStringLiteral("buyer@example.ru")));
        const auto current = sales.sale(s->id);
        QVERIFY(sales.complete(rig().cashier, s->id, {{PaymentType::Cash, current->total, 0, {}}}));
        const auto sold = rig().waitJob(rig().lastJob(QStringLiteral("sale")));
        QVERIFY(sold && sold->state == FiscalJobState::Done && sold->fd);
        QCOMPARE(int(documents().size()), printedBefore);
        QFile tape(QString::fromStdString(m_emu->tapePath()));
        QVERIFY(tape.open(QIODevice::ReadOnly));
        QVERIFY(!QString::fromUtf8(tape.readAll()).contains(QStringLiteral("buyer@example.ru")));
        // A sale without a contact is printed all the same, and the one after the e-mail one too.
        const auto paper = sellAndWait();
        QVERIFY(paper && paper->state == FiscalJobState::Done);
        QCOMPARE(int(documents().size()), printedBefore + 1);
        QVERIFY(lastDocument(QStringLiteral(u"КАССОВЫЙ ЧЕК"))
                    .contains(QStringLiteral(u"ФД %1 ФП %2").arg(*paper->fd).arg(*paper->fiscalSign)));
        rig().stopService();
        std::optional<fiscal::DocumentTlv> doc;
        rig().withRegistrar([&](fiscal::Registrar &r) {
            if (auto d = r.readDocumentTlv(std::uint32_t(*sold->fd)))
                doc = *d;
        });
        QVERIFY(doc);
        const fiscal::Tlv *contact = fiscal::findTlv(doc->tlvs, 1008);
        QVERIFY(contact);
        QCOMPARE(QString::fromStdString(fiscal::tlvAsString(*contact)), QStringLiteral("buyer@example.ru"));
    }

    void registrarWithOtherTablesGetsThemOnConnect()
    {
        // The emulator comes with its factory header («ООО "ПРИЛАВОК"»); the demo shop's differs.
        QCOMPARE(tableRow(fiscal::receipttext::HeaderFirstRow), QStringLiteral(u"ООО \"ПРИЛАВОК\""));
        rig().startService();
        QVERIFY(rig().waitHealth([](const DeviceHealth &h) { return h.connected; }));
        rig().stopService();
        const RegistrarTexts wanted = registrarTexts(*tillPointOfSale(*rig().db));
        for (int i = 0; i < fiscal::receipttext::HeaderRows; ++i)
            QCOMPARE(tableRow(fiscal::receipttext::HeaderFirstRow + i), wanted.header.at(i));
        for (int i = 0; i < fiscal::receipttext::TrailerRows; ++i)
            QCOMPARE(tableRow(fiscal::receipttext::TrailerFirstRow + i), wanted.trailer.at(i));
        QCOMPARE(tableRow(fiscal::receipttext::HeaderFirstRow).trimmed(), QStringLiteral(u"ПРИЛАВОК-ДЕМО"));
        QCOMPARE(tableRow(fiscal::receipttext::HeaderFirstRow + 3), QString()); // the factory row cleared

        // Someone changes the registrar by hand while the till is off: the next connection puts it back.
        rig().withRegistrar([](fiscal::Registrar &r) {
            const fiscal::TableCell cell{fiscal::receipttext::Table, fiscal::receipttext::HeaderFirstRow,
                                         fiscal::receipttext::Field};
            QVERIFY(r.execute(*fiscal::writeTableRequest(fiscal::DefaultSysAdminPassword, cell,
                                                         fiscal::encodeFixedText("ЧУЖОЙ МАГАЗИН", 48))));
        });
        QCOMPARE(tableRow(fiscal::receipttext::HeaderFirstRow), QStringLiteral(u"ЧУЖОЙ МАГАЗИН"));
        QVERIFY(rig().openShiftWithService() > 0);
        QVERIFY(lastDocument(QStringLiteral(u"ОТЧЕТ ОБ ОТКРЫТИИ СМЕНЫ"))
                    .value(0)
                    .trimmed()
                    .startsWith(QStringLiteral(u"ПРИЛАВОК-ДЕМО")));
    }

    void tapeShowsCashierVatAndFiscalNumbers()
    {
        QSqlQuery q = rig().db->prepare(QStringLiteral("UPDATE employees SET inn = ? WHERE id = ?"));
        q.addBindValue(QStringLiteral("500100732259"));
        q.addBindValue(qint64(rig().cashier.employeeId));
        QVERIFY(q.exec());
        QVERIFY(rig().openShiftWithService() > 0);
        const auto sold = sellAndWait();
        QVERIFY(sold && sold->state == FiscalJobState::Done && sold->fd && sold->fiscalSign);
        const QStringList receipt = lastDocument(QStringLiteral(u"КАССОВЫЙ ЧЕК"));
        QVERIFY(receipt.contains(QStringLiteral(u"КАССИР: Демо Кассир")));
        QVERIFY(receipt.contains(QStringLiteral(u"ИНН КАССИРА: 500100732259")));
        QVERIFY(
            receipt.filter(QRegularExpression(QStringLiteral(u"^  НДС (20|10)% =\\d+\\.\\d\\d$"))).size() >=
            1);
        QVERIFY(receipt.filter(QRegularExpression(QStringLiteral(u"^СУММА НДС (20|10)% =\\d+\\.\\d\\d$")))
                    .size() >= 1);
        QVERIFY(receipt.contains(QStringLiteral(u"ФД %1 ФП %2").arg(*sold->fd).arg(*sold->fiscalSign)));
        QVERIFY(receipt.contains(QStringLiteral(u"ФН ") + rig().health.fnNumber) ||
                rig().health.fnNumber.isEmpty());
        QVERIFY(!receipt.filter(QRegularExpression(QStringLiteral(u"^ФН \\d{16}$"))).isEmpty());
        QVERIFY(receipt.contains(QStringLiteral(u"СНО: ОСН")));
        QVERIFY(receipt.contains(QStringLiteral(u"САЙТ ФНС: www.nalog.gov.ru")));
    }
};

QTEST_GUILESS_MAIN(TestReceiptTexts)
#include "tst_receipt_texts.moc"
