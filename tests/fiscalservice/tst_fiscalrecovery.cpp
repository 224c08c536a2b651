// The journal's reconciliation rules, the receipt mapping and the cashier messages as pure
// functions: every recovery branch without a device.

#include <QTest>

#include "app/fiscalservice/devicehealth.h"
#include "app/fiscalservice/fiscalerrortext.h"
#include "app/fiscalservice/fndocument.h"
#include "app/fiscalservice/receiptbuilder.h"
#include "app/fiscalservice/recovery.h"
#include "fiscal/codes.h"
#include "rig.h"

using namespace app;

class TestFiscalRecovery final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameFdRetries()
    {
        const auto d = decideRecovery({CounterKind::FnDocument, 41, {}}, {false, 41, {}});
        QCOMPARE(d.action, RecoveryAction::Retry);
    }

    void nextFdIsVerified()
    {
        const auto d = decideRecovery({CounterKind::FnDocument, 41, {}}, {false, 42, {}});
        QCOMPARE(d.action, RecoveryAction::VerifyNext);
    }

    void openDocumentIsCancelledWhenNothingWasFiscalised()
    {
        QCOMPARE(decideRecovery({CounterKind::FnDocument, 41, {}}, {true, 41, {}}).action,
                 RecoveryAction::CancelAndRetry);
        // An open document after the FD moved is not explainable by this job.
        QCOMPARE(decideRecovery({CounterKind::FnDocument, 41, {}}, {true, 42, {}}).action,
                 RecoveryAction::Attention);
    }

    void anythingElseNeedsAttention()
    {
        for (std::uint32_t fd : {40u, 43u, 100u}) {
            const auto d = decideRecovery({CounterKind::FnDocument, 41, {}}, {false, fd, {}});
            QCOMPARE(d.action, RecoveryAction::Attention);
            QVERIFY(!d.reason.isEmpty());
        }
    }

    void registerJobs()
    {
        QCOMPARE(decideRecovery({CounterKind::DeviceRegister, 10, 5u}, {false, 10, 5u}).action,
                 RecoveryAction::Retry);
        QCOMPARE(decideRecovery({CounterKind::DeviceRegister, 10, 5u}, {false, 10, 6u}).action,
                 RecoveryAction::DoneByRegister);
        QCOMPARE(decideRecovery({CounterKind::DeviceRegister, 10, 5u}, {false, 10, 8u}).action,
                 RecoveryAction::Attention);
        QCOMPARE(decideRecovery({CounterKind::DeviceRegister, 10, 5u}, {false, 11, 5u}).action,
                 RecoveryAction::Attention);
        QCOMPARE(decideRecovery({CounterKind::DeviceRegister, 10, std::nullopt}, {false, 10, 5u}).action,
                 RecoveryAction::Attention);
    }

    void verifyComparesTypeSignAndTotal()
    {
        const ExpectedDocument sale{fndoctype::Receipt, 1, 12345};
        FoundFnDocument found{fndoctype::Receipt, 42, 777, 1, 12345, true};
        QVERIFY(verifyDocument(sale, found).isEmpty());
        found.total = 12344;
        QVERIFY(!verifyDocument(sale, found).isEmpty());
        found.total = 12345;
        found.operation = 2;
        QVERIFY(!verifyDocument(sale, found).isEmpty());
        found.operation = 1;
        found.type = fndoctype::ShiftClose;
        QVERIFY(!verifyDocument(sale, found).isEmpty());
        // Shift documents carry no amount: the type decides.
        QVERIFY(verifyDocument({fndoctype::ShiftOpen, 0, -1}, {fndoctype::ShiftOpen, 5, 1, 0, 0, false})
                    .isEmpty());
    }

    void decodesFoundDocuments()
    {
        fiscal::FoundDocument doc;
        doc.type = fndoctype::Receipt;
        doc.data = {26, 11, 22, 19, 30, 42, 0, 0, 0, 0x15, 0xCD, 0x5B, 0x07, 1, 0x39, 0x30, 0, 0, 0};
        const auto d = decodeFoundDocument(doc);
        QVERIFY(d);
        QCOMPARE(d->fd, 42u);
        QCOMPARE(d->fiscalSign, 123456789u);
        QCOMPARE(d->operation, std::uint8_t(1));
        QCOMPARE(d->total, std::int64_t(12345));
        doc.data.resize(8);
        QVERIFY(!decodeFoundDocument(doc));
    }

    void vatCodesMapToTaxBits()
    {
        QCOMPARE(taxBitsForVatCode(1), std::optional<std::uint8_t>(fiscal::taxbit::Vat20));
        QCOMPARE(taxBitsForVatCode(2), std::optional<std::uint8_t>(fiscal::taxbit::Vat10));
        QCOMPARE(taxBitsForVatCode(5), std::optional<std::uint8_t>(fiscal::taxbit::Vat0));
        QCOMPARE(taxBitsForVatCode(6), std::optional<std::uint8_t>(fiscal::taxbit::NoVat));
        QCOMPARE(taxBitsForVatCode(11), std::optional<std::uint8_t>(fiscal::taxbit::Vat20));
        // The УСН rates of 2025 (tag 1199 codes 7..10).
        QCOMPARE(taxBitsForVatCode(7), std::optional<std::uint8_t>(fiscal::taxbit::Vat5));
        QCOMPARE(taxBitsForVatCode(8), std::optional<std::uint8_t>(fiscal::taxbit::Vat7));
        QCOMPARE(taxBitsForVatCode(9), std::optional<std::uint8_t>(fiscal::taxbit::Vat5_105));
        QCOMPARE(taxBitsForVatCode(10), std::optional<std::uint8_t>(fiscal::taxbit::Vat7_107));
        QVERIFY(!taxBitsForVatCode(13));
    }

    void receiptFromSale()
    {
        Sale s;
        s.calcSign = CalcSign::Income;
        s.total = 1005 + 300;
        s.buyerContact = QStringLiteral("+79990001122");
        SaleLine a;
        a.name = QStringLiteral("Гречка");
        a.price = 110;
        a.quantity = 10 * MilliPerUnit;
        a.itemDiscount = 95;
        a.total = 1005; // does not divide by 10: two lines of whole units
        a.vatCode = 2;
        a.unitCode = 0;
        SaleLine b;
        b.name = QStringLiteral("Молоко");
        b.price = 300;
        b.quantity = MilliPerUnit;
        b.total = 300;
        b.vatCode = 1;
        b.markingCode = QStringLiteral("0104600000000000215abcdefghijkl");
        s.lines = {a, b};
        s.payments = {Payment{PaymentType::Cash, 1000, 2000, 1000, {}},
                      Payment{PaymentType::Card, 305, 0, 0, {}}};
        const BuiltReceipt r =
            buildReceipt(s, CashierInfo{QStringLiteral("Иванова"), QStringLiteral("7700000000")}, 2);
        QVERIFY(r.error.isEmpty());
        QCOMPARE(r.receipt.lines.size(), std::size_t(3));
        Kopecks sum = 0;
        for (const auto &l : r.receipt.lines) {
            sum += *l.amount;
            QVERIFY(std::llabs(l.price * l.quantity / MilliPerUnit - *l.amount) <= 1);
        }
        QCOMPARE(sum, s.total);
        QVERIFY(r.receipt.lines[2].marking);
        QVERIFY(r.receipt.lines[2].marking->alreadyChecked);
        QCOMPARE(r.receipt.payments[fiscal::CashSlot], Kopecks(2000));
        QCOMPARE(r.receipt.payments[fiscal::ElectronicSlot], Kopecks(305));
        QCOMPARE(r.receipt.taxSystem, std::uint8_t(2));
        QCOMPARE(r.receipt.buyerContact, std::string("+79990001122"));
        QVERIFY(r.receipt.cashier);
        QCOMPARE(r.expected.total, s.total);
        QCOMPARE(r.expected.type, fndoctype::Receipt);
        s.lines[0].vatCode = 13;
        QVERIFY(!buildReceipt(s, std::nullopt, 0).error.isEmpty());
    }

    void returnsAndCorrections()
    {
        Sale s;
        s.kind = SaleKind::Return;
        s.calcSign = CalcSign::IncomeReturn;
        SaleLine l;
        l.name = QStringLiteral("x");
        l.price = 100;
        l.quantity = MilliPerUnit;
        l.total = 100;
        l.vat = 9;
        l.vatCode = 2;
        s.lines = {l};
        s.total = 100;
        s.payments = {Payment{PaymentType::Cash, 100, 0, 0, {}}};
        const BuiltReceipt r = buildReceipt(s, std::nullopt, 0);
        QCOMPARE(r.receipt.type, fiscal::ReceiptType::SaleReturn);
        QCOMPARE(r.expected.operation, std::uint8_t(2));
        s.kind = SaleKind::Correction;
        s.calcSign = CalcSign::Income;
        s.correctionType = 1;
        s.correctionDate = QDate(2026, 11, 20);
        s.correctionOrder = QStringLiteral("ПР-1");
        s.correctionDescription = QStringLiteral("Предписание");
        s.buyerContact = QStringLiteral("+79990001122");
        // FFD 1.2: the correction is a receipt with its lines, opened as a correction.
        const BuiltReceipt c = buildCorrectionReceipt(s, std::nullopt, 0);
        QVERIFY(c.error.isEmpty());
        QVERIFY(c.receipt.correction);
        QCOMPARE(c.receipt.correction->type, std::uint8_t(1));
        QCOMPARE(c.receipt.correction->orderNumber, std::string("ПР-1"));
        QCOMPARE(c.receipt.correction->description, std::string("Предписание"));
        QVERIFY(c.receipt.correction->settlementDate == (fiscal::Date{2026, 11, 20}));
        QCOMPARE(c.receipt.type, fiscal::ReceiptType::Sale);
        QCOMPARE(c.receipt.lines.size(), std::size_t(1));
        QCOMPARE(c.receipt.payments[fiscal::CashSlot], Kopecks(100));
        QCOMPARE(c.expected.type, fndoctype::Correction);
        QCOMPARE(c.expected.total, Kopecks(100));
        s.correctionDate = QDate();
        QVERIFY(!buildCorrectionReceipt(s, std::nullopt, 0).error.isEmpty());
    }

    void specialErrorsHaveNextSteps()
    {
        using fiscal::Error;
        namespace d = fiscal::deverr;
        const struct
        {
            Error error;
            FiscalNextStep next;
        } cases[] = {
            {Error::device(d::PrintingPrevious, 0x80), FiscalNextStep::WaitPrinting},
            {Error::device(d::WaitingContinuePrint, 0x80), FiscalNextStep::ContinuePrinting},
            {Error::device(d::NoPaper, 0x17), FiscalNextStep::InsertPaper},
            {Error::device(d::ShiftOver24h, 0x8D), FiscalNextStep::CloseShift},
            {Error::device(d::WrongPassword, 0x10), FiscalNextStep::CheckSettings},
            {Error::device(d::ReceiptOpen, 0x8D), FiscalNextStep::Retry},
            {Error::device(d::ReceiptClosed, 0x88), FiscalNextStep::Retry},
            {Error::device(d::NotInMode, 0xFF61), FiscalNextStep::Retry},
            {Error::device(d::NotInSubmode, 0x41), FiscalNextStep::Retry},
            {Error::device(d::ConfirmDate, 0x10), FiscalNextStep::ConfirmDate},
            {Error::device(0x02, 0xFF0B), FiscalNextStep::Retry},
            {Error::device(0x16, 0xFF45), FiscalNextStep::CloseShift},
            {Error::device(0x11, 0xFF45), FiscalNextStep::CheckOfd},
            {Error::device(0x14, 0xFF45), FiscalNextStep::CheckOfd},
            {Error::device(0x12, 0xFF45), FiscalNextStep::ReplaceFn},
            {Error::link(fiscal::LinkError::NoLink), FiscalNextStep::CheckConnection},
            {Error::transport(fiscal::TransportError::Busy), FiscalNextStep::FixPortAccess},
            {Error::transport(fiscal::TransportError::NotFound), FiscalNextStep::CheckConnection},
            {Error::transport(fiscal::TransportError::PermissionDenied), FiscalNextStep::FixPortAccess},
        };
        for (const auto &c : cases) {
            const FiscalMessage m = describeFiscalError(c.error);
            QVERIFY2(!m.text.isEmpty(), qPrintable(QString::number(c.error.code, 16)));
            QCOMPARE(m.next, c.next);
        }
        // The brief's own sentence, word for word.
        QCOMPARE(describeFiscalError(Error::device(d::NoPaper, 0x17)).text,
                 QStringLiteral("No paper: insert a roll and press “Continue printing”"));
        QVERIFY(isTransientFiscalError(Error::device(d::NoPaper, 0x17)));
        QVERIFY(!isTransientFiscalError(Error::device(d::PaymentsLessThanTotal, 0xFF45)));
    }

    void shiftRules()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QCOMPARE(checkShift(ShiftStatus::Open, now.addSecs(-3600), true, now).alert, ShiftAlert::None);
        const auto near = checkShift(ShiftStatus::Open, now.addSecs(-(23 * 3600 + 10 * 60)), true, now);
        QCOMPARE(near.alert, ShiftAlert::NearLimit);
        QVERIFY(!near.message.isEmpty());
        QCOMPARE(checkShift(ShiftStatus::Open, now.addSecs(-(24 * 3600 + 1)), true, now).alert,
                 ShiftAlert::Expired);
        QCOMPARE(checkShift(ShiftStatus::Expired, QDateTime(), false, now).alert, ShiftAlert::Expired);
        QCOMPARE(checkShift(ShiftStatus::Open, QDateTime(), false, now).alert, ShiftAlert::Stale);
        QCOMPARE(checkShift(ShiftStatus::Closed, QDateTime(), false, now).alert, ShiftAlert::None);

        DeviceHealth h;
        h.shift = ShiftStatus::Closed;
        QVERIFY(!saleBlockedReason(h).isEmpty());
        h.shift = ShiftStatus::Open;
        QVERIFY(saleBlockedReason(h).isEmpty());
        h.shiftAlert = ShiftAlert::Expired;
        h.shiftMessage = QStringLiteral("x");
        QVERIFY(!saleBlockedReason(h).isEmpty());
    }

    void fnExpiry()
    {
        const QDate today(2026, 11, 22);
        QCOMPARE(checkFnExpiry(today.addDays(31), today).alert, FnAlert::None);
        const auto soon = checkFnExpiry(today.addDays(30), today);
        QCOMPARE(soon.alert, FnAlert::ExpiresSoon);
        QCOMPARE(soon.daysLeft, 30);
        QCOMPARE(checkFnExpiry(today.addDays(-1), today).alert, FnAlert::Expired);
    }

    // The worker stores a document's fiscal attributes and marks its job done in one transaction:
    // setFiscalAttributes joins the caller's (as a savepoint), so a rollback takes both back.
    void fiscalAttributesJoinTheCallersTransaction()
    {
        FiscalRig rig;
        QVERIFY(rig.openDatabase());
        QVERIFY(rig.openShift() > 0);
        const auto sale = rig.sell();
        QVERIFY(sale);
        SalesService sales(*rig.db);
        FiscalAttributes a;
        a.fn = QStringLiteral("9999078902012345");
        a.fd = 7;
        a.fiscalSign = 123456;
        a.shiftNumber = 1;
        a.at = QDateTime::currentDateTimeUtc();
        {
            Transaction outer(*rig.db);
            QVERIFY(sales.setFiscalAttributes(sale->id, a));
            QVERIFY(sales.saleByUuid(sale->uuid)->fiscal); // visible inside the transaction
            QVERIFY(ShiftService::setFiscalShiftNumber(*rig.db, ShiftService(*rig.db).current()->uuid, 5));
        } // not committed: rolled back
        QVERIFY(!sales.saleByUuid(sale->uuid)->fiscal);
        QCOMPARE(ShiftService(*rig.db).current()->fiscalNumber, 0);
        {
            Transaction outer(*rig.db);
            QVERIFY(sales.setFiscalAttributes(sale->id, a));
            QVERIFY(ShiftService::setFiscalShiftNumber(*rig.db, ShiftService(*rig.db).current()->uuid, 5));
            QVERIFY(outer.commit());
        }
        QCOMPARE(sales.saleByUuid(sale->uuid)->fiscal->fd, qint64(7));
        QCOMPARE(ShiftService(*rig.db).current()->fiscalNumber, 5);
    }

    // CorrectionInput gained the 1177 description; it is stored (migration 008) and read back.
    void correctionKeepsItsDescription()
    {
        FiscalRig rig;
        QVERIFY(rig.openDatabase());
        QVERIFY(rig.openShift() > 0);
        CorrectionInput c;
        c.calcSign = CalcSign::Income;
        c.basisDate = QDate::currentDate().addDays(-1);
        c.description = QStringLiteral("  Акт № 3  ");
        c.lines = {CorrectionLineInput{QStringLiteral("Хлеб"), 4590, MilliPerUnit, 0, 8, 1}};
        c.payments = {PaymentInput{PaymentType::Cash, 4590, 0, {}}};
        auto done = SalesService(*rig.db).createCorrection(rig.owner, c);
        QVERIFY2(done, qPrintable(done ? QString() : done.error().message));
        QCOMPARE(done->correctionDescription, QStringLiteral("Акт № 3"));
        const auto stored = SalesService(*rig.db).saleByUuid(done->uuid);
        QCOMPARE(stored->correctionDescription, QStringLiteral("Акт № 3"));
        QCOMPARE(stored->lines.first().vatCode, 8); // 7 %, a rate of 2025
        const BuiltReceipt built = buildCorrectionReceipt(*stored, std::nullopt, 0);
        QVERIFY(built.error.isEmpty());
        QCOMPARE(built.receipt.lines.front().taxBits, fiscal::taxbit::Vat7);
        // Without a description nothing is stored and the FN gets no 1177.
        c.description.clear();
        auto plain = SalesService(*rig.db).createCorrection(rig.owner, c);
        QVERIFY(plain);
        QVERIFY(plain->correctionDescription.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFiscalRecovery)
#include "tst_fiscalrecovery.moc"
