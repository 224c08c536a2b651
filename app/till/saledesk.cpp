#include "app/till/saledesk.h"

#include "app/catalog/catalogservice.h"
#include "app/core/tr.h"
#include "app/fiscalservice/fiscalservice.h"
#include "app/fiscalservice/receiptbuilder.h"
#include "app/logging.h"
#include "app/marking/permitchecker.h"
#include "app/marking/permitrules.h"
#include "app/sales/shiftservice.h"
#include "app/session/tillsession.h"
#include "devices/codeclassifier.h"

namespace app {

namespace {

// The catalog keeps EAN-13; a GTIN-14 from a marking code has a leading packaging digit 0.
std::optional<Product> productForGtin(CatalogService &catalog, const QString &gtin)
{
    if (auto p = catalog.findByBarcode(gtin))
        return p;
    if (gtin.size() == 14 && gtin.startsWith(QLatin1Char('0')))
        return catalog.findByBarcode(gtin.mid(1));
    return std::nullopt;
}

} // namespace

SaleDesk::SaleDesk(TillSession &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    if (FiscalService *fiscal = m_session.fiscal()) {
        connect(fiscal, &FiscalService::markingChecked, this, &SaleDesk::onMarkingChecked);
        connect(&m_session.permit(), &PermitChecker::checked, this, &SaleDesk::onPermitChecked);
        connect(fiscal, &FiscalService::jobFinished, this, &SaleDesk::onJobFinished);
        // While our receipt waits (no paper, no link) the worker keeps it queued and says why in
        // the health; the cashier must see that instead of an endless "printing".
        connect(fiscal, &FiscalService::healthChanged, this, [this](const DeviceHealth &health) {
            if (m_stage == Stage::Fiscalizing && !health.problem.text.isEmpty() &&
                health.problem.text != m_lastProblem) {
                m_lastProblem = health.problem.text;
                Q_EMIT fiscalizationWaiting(health.problem);
            }
        });
    }
}

void SaleDesk::report(const QString &text)
{
    m_lastProblem = text;
    qCInfo(lcApp) << "till:" << text;
    Q_EMIT problem(text);
}

bool SaleDesk::check(const Result<void> &result)
{
    if (result)
        return true;
    report(result.error().message);
    return false;
}

bool SaleDesk::ensureSale()
{
    if (m_stage == Stage::Fiscalizing) {
        report(Tr::tr("Wait: the registrar is printing the receipt."));
        return false;
    }
    if (m_stage == Stage::Failed) {
        report(Tr::tr("The last receipt did not print. Fix the cause and press Retry, or put it aside."));
        return false;
    }
    if (m_cart.sale().id)
        return true;
    auto created = m_session.sales().create(m_session.actor());
    if (!check(created))
        return false;
    m_cart.setSale(*created);
    m_stage = Stage::Editing;
    return true;
}

void SaleDesk::reload()
{
    if (const auto s = m_session.sales().sale(m_cart.sale().id))
        m_cart.setSale(*s);
    Q_EMIT changed();
}

void SaleDesk::scan(const QString &text)
{
    scanClassified(devices::classifyCode(text));
}

void SaleDesk::scanPart(const QString &text, int units)
{
    if (units <= 0) {
        report(Tr::tr("The number of pieces must be positive."));
        return;
    }
    const devices::ClassifiedCode code = devices::classifyCode(text);
    if (code.isValid() && code.kind != devices::CodeKind::Marking) {
        // A product's own barcode says nothing of the pack: it would go in whole.
        report(Tr::tr("Scan the pack's marking code: only a marked pack is sold by the piece."));
        return;
    }
    m_partUnits = units;
    scanClassified(code);
    m_partUnits = 0;
}

void SaleDesk::scanClassified(const devices::ClassifiedCode &code)
{
    if (!code.isValid()) {
        report(code.errorText());
        return;
    }
    CatalogService &catalog = m_session.catalog();
    switch (code.kind) {
    case devices::CodeKind::Marking: {
        const QString gtin = code.marking ? code.marking->gtin : QString();
        const auto product = productForGtin(catalog, gtin);
        if (!product) {
            report(Tr::tr("No product with GTIN %1 in the catalog.").arg(gtin));
            return;
        }
        if (!product->marked) { // a marked pack of an item the shop sells unmarked
            addFound(product->id, MilliPerUnit, {});
            return;
        }
        if (pendingCode(code.text)) {
            report(Tr::tr("This marking code is being checked already."));
            return;
        }
        if (!m_session.fiscal()) {
            report(Tr::tr("Marked goods need the registrar to check the code; set up the registrar."));
            return;
        }
        // The till's own register first: a code sold here is refused at once, with no network.
        if (const auto refused = m_session.permit().localRefusal(code.text, saleId(), m_partUnits)) {
            report(refused->text);
            return;
        }
        if (!ensureSale())
            return;
        // Then Честный знак through ТС ПИоТ (its own thread, 1.5 s at most), then the FN.
        PermitQuery query{code.text, gtin, product->price, saleId(), false, m_partUnits};
        const int request = m_session.permit().check(query);
        m_pendingPermit.insert(request, {product->id, code.text, {}, m_partUnits});
        Q_EMIT markingCheckStarted(code.text);
        Q_EMIT changed();
        return;
    }
    case devices::CodeKind::Weighted: {
        const devices::WeightedItem &w = *code.weighted;
        auto product = catalog.findByBarcode(w.productCode);
        if (!product) {
            // The whole code is a product's own barcode (an in-store 2x code), not a scale label:
            // its digits carry no weight.
            if (const auto own = catalog.findByBarcode(code.text)) {
                addScanned(*own);
                return;
            }
            report(Tr::tr("No product with the scale code %1.").arg(w.productCode));
            return;
        }
        Milli quantity = MilliPerUnit;
        if (w.grams)
            quantity = *w.grams;
        else if (w.kopecks && product->price > 0)
            quantity = (*w.kopecks * MilliPerUnit + product->price / 2) / product->price;
        addFound(product->id, quantity, {});
        return;
    }
    default: {
        const auto product = catalog.findByBarcode(code.text);
        if (!product) {
            report(Tr::tr("No product with the barcode %1. Search by name (F2) or sell at a free price.")
                       .arg(code.text));
            return;
        }
        addScanned(*product);
        return;
    }
    }
}

void SaleDesk::addScanned(const Product &product)
{
    if (product.marked) {
        report(
            Tr::tr("%1 is marked: scan the DataMatrix code on the pack, not the barcode.").arg(product.name));
        return;
    }
    if (product.weighted) {
        Q_EMIT weightNeeded(product.id, product.name);
        return;
    }
    addFound(product.id, MilliPerUnit, {});
}

void SaleDesk::addFound(std::int64_t productId, Milli quantity, const QString &markingCode,
                        const MarkingLineCheck &markingCheck)
{
    if (!ensureSale())
        return;
    LineInput input;
    input.productId = productId;
    input.quantity = quantity;
    input.markingCode = markingCode;
    input.markingCheck = markingCheck;
    if (check(m_session.sales().addLine(m_session.actor(), saleId(), input)))
        m_lastProblem.clear();
    reload();
}

bool SaleDesk::addProduct(std::int64_t productId, Milli quantity)
{
    const auto product = m_session.catalog().product(productId);
    if (product && product->marked) {
        report(Tr::tr("%1 is marked: scan the DataMatrix code on the pack.").arg(product->name));
        return false;
    }
    const int before = int(m_cart.sale().lines.size());
    addFound(productId, quantity, {});
    return m_cart.sale().lines.size() > before;
}

void SaleDesk::offerProduct(std::int64_t productId)
{
    const auto product = m_session.catalog().product(productId);
    if (product && product->weighted && !product->marked)
        Q_EMIT weightNeeded(productId, product->name);
    else
        addProduct(productId);
}

bool SaleDesk::addFreeItem(const FreeItem &item, Kopecks price, Milli quantity)
{
    if (!ensureSale())
        return false;
    const bool ok = check(m_session.sales().addFreeItem(m_session.actor(), saleId(), item, price, quantity));
    reload();
    return ok;
}

bool SaleDesk::setQuantity(int row, Milli quantity)
{
    const SaleLine *l = m_cart.line(row);
    if (!l)
        return false;
    const bool ok = check(m_session.sales().setQuantity(m_session.actor(), saleId(), l->id, quantity));
    reload();
    return ok;
}

bool SaleDesk::setPrice(int row, Kopecks price)
{
    const SaleLine *l = m_cart.line(row);
    if (!l)
        return false;
    if (!l->productId) {
        report(Tr::tr("Remove the free-price item and add it again with the new price."));
        return false;
    }
    // The model prices a line when it is added: a new price is the same product added again at
    // that price (FreePrice is checked there), then the old line goes.
    if (auto ok = AccessControl::check(m_session.actor(), Permission::FreePrice); !ok)
        return check(ok);
    const SaleLine old = *l;
    LineInput input;
    input.productId = old.productId;
    input.quantity = old.quantity;
    input.price = price;
    input.markingCode = old.markingCode;
    input.itemDiscount = 0;
    if (!old.markingCode.isEmpty()) {
        report(Tr::tr("The price of a marked item cannot change after its code was checked."));
        return false;
    }
    if (!check(m_session.sales().addLine(m_session.actor(), saleId(), input))) {
        reload();
        return false;
    }
    const bool ok = check(m_session.sales().removeLine(m_session.actor(), saleId(), old.id));
    reload();
    return ok;
}

bool SaleDesk::removeLine(int row)
{
    const SaleLine *l = m_cart.line(row);
    if (!l)
        return false;
    const bool ok = check(m_session.sales().removeLine(m_session.actor(), saleId(), l->id));
    reload();
    return ok;
}

bool SaleDesk::setItemDiscount(int row, Kopecks amount)
{
    const SaleLine *l = m_cart.line(row);
    if (!l)
        return false;
    const bool ok = check(m_session.sales().setItemDiscount(m_session.actor(), saleId(), l->id, amount));
    reload();
    return ok;
}

bool SaleDesk::setReceiptDiscount(Kopecks amount)
{
    if (!saleId())
        return false;
    const bool ok = check(m_session.sales().setReceiptDiscount(m_session.actor(), saleId(), amount));
    reload();
    return ok;
}

bool SaleDesk::setDetails(const QString &comment, const QString &buyerContact)
{
    if (!ensureSale())
        return false;
    const bool ok = check(m_session.sales().setDetails(m_session.actor(), saleId(), comment, buyerContact));
    reload();
    return ok;
}

bool SaleDesk::park()
{
    if (!saleId() || m_stage != Stage::Editing)
        return false;
    if (!check(m_session.sales().park(m_session.actor(), saleId())))
        return false;
    Q_EMIT notice(Tr::tr("Sale put aside. Open it again from \"Open sales\"."));
    m_cart.clear();
    m_stage = Stage::Empty;
    Q_EMIT changed();
    return true;
}

bool SaleDesk::resume(std::int64_t id)
{
    if (m_stage == Stage::Fiscalizing || m_stage == Stage::Failed || !isEmpty()) {
        report(Tr::tr("Finish or put aside the current sale first."));
        return false;
    }
    if (saleId() && saleId() != id) // an empty started sale gives way
        (void)m_session.sales().cancel(m_session.actor(), saleId());
    if (!check(m_session.sales().resume(m_session.actor(), id)))
        return false;
    const auto s = m_session.sales().sale(id);
    if (!s)
        return false;
    m_cart.setSale(*s);
    m_stage = Stage::Editing;
    Q_EMIT changed();
    return true;
}

bool SaleDesk::cancelSale()
{
    if (!saleId() || m_stage != Stage::Editing)
        return false;
    if (!check(m_session.sales().cancel(m_session.actor(), saleId())))
        return false;
    m_cart.clear();
    m_pendingMarking.clear();
    m_pendingPermit.clear();
    m_stage = Stage::Empty;
    Q_EMIT changed();
    return true;
}

bool SaleDesk::pay(const QList<PaymentInput> &payments)
{
    if (m_stage != Stage::Editing || isEmpty()) {
        report(Tr::tr("The receipt is empty."));
        return false;
    }
    if (waitsForMarking()) {
        report(Tr::tr("Wait for the marking code check to finish."));
        return false;
    }
    if (FiscalService *fiscal = m_session.fiscal()) {
        if (const QString blocked = fiscal->saleBlockedReason();
            !blocked.isEmpty() && m_session.shifts().current()) {
            report(blocked);
            return false;
        }
    }
    // Like every till the shop knows: the first receipt of the day opens the shift by itself.
    if (!m_session.shifts().current()) {
        if (!check(m_session.shifts().open(m_session.actor())))
            return false;
        Q_EMIT notice(Tr::tr("The shift is open."));
    }
    auto done = m_session.sales().complete(m_session.actor(), saleId(), payments);
    if (!check(done))
        return false;
    m_cart.setSale(*done);
    m_fiscalUuid = done->uuid;
    if (FiscalService *fiscal = m_session.fiscal()) {
        m_stage = Stage::Fiscalizing;
        m_lastProblem.clear();
        Q_EMIT changed();
        fiscal->process();
    } else {
        // No registrar configured: the receipt waits in the journal and prints once one is set up.
        m_stage = Stage::Failed;
        m_lastProblem = Tr::tr("No fiscal registrar is set up: the receipt waits in the journal.");
        m_lastFailureNext = FiscalNextStep::CheckSettings;
        Q_EMIT changed();
        Q_EMIT fiscalizationFailed({m_lastProblem, FiscalNextStep::CheckSettings, true});
    }
    return true;
}

void SaleDesk::retryFiscalization()
{
    FiscalService *fiscal = m_session.fiscal();
    if (m_stage != Stage::Failed || !fiscal)
        return;
    m_stage = Stage::Fiscalizing;
    Q_EMIT changed();
    fiscal->process();
}

void SaleDesk::releaseAfterFailure()
{
    if (m_stage != Stage::Failed)
        return;
    Q_EMIT notice(Tr::tr("The receipt stays in the journal and prints when the registrar is ready."));
    m_cart.clear();
    m_fiscalUuid.clear();
    m_stage = Stage::Empty;
    Q_EMIT changed();
}

bool SaleDesk::pendingCode(const QString &code) const
{
    for (const auto *pending : {&m_pendingPermit, &m_pendingMarking})
        for (const PendingMarking &p : *pending)
            if (p.code == code)
                return true;
    return false;
}

void SaleDesk::onPermitChecked(int requestId, const PermitVerdict &verdict)
{
    const auto it = m_pendingPermit.find(requestId);
    if (it == m_pendingPermit.end())
        return;
    PendingMarking pending = *it;
    m_pendingPermit.erase(it);
    if (verdict.adminAlert)
        Q_EMIT notice(tokenAlertText());
    FiscalService *fiscal = m_session.fiscal();
    if (!verdict.allowed() || !fiscal) {
        report(verdict.allowed()
                   ? Tr::tr("Marked goods need the registrar to check the code; set up the registrar.")
                   : verdict.text);
        Q_EMIT changed();
        return;
    }
    pending.check.outcome =
        verdict.kind == PermitVerdict::Kind::Allow ? MarkingLineCheck::Checked : MarkingLineCheck::Unchecked;
    pending.check.tag1265 = verdict.tag1265;
    pending.check.note = verdict.kind == PermitVerdict::Kind::Allow ? verdict.detail : verdict.text;
    if (pending.units > 0) { // a part of a pack: 1291 with FF61h, planned status 2 (receiptbuilder.h)
        pending.check.units = pending.units;
        pending.check.packUnits = verdict.packUnits;
        pending.check.packSoldBefore = verdict.packSoldBefore;
        const fiscal::Bytes tlvs = markingCheckTlvs(pending.check);
        m_pendingMarking.insert(
            fiscal->checkMarkingCode(
                pending.code, int(fiscal::PlannedStatus::MeasuredSold),
                QByteArray(reinterpret_cast<const char *>(tlvs.data()), qsizetype(tlvs.size()))),
            pending);
        return;
    }
    // The fiscal drive's own check (FF61h, FF69h) follows an allowing verdict.
    m_pendingMarking.insert(fiscal->checkMarkingCode(pending.code), pending);
}

void SaleDesk::onMarkingChecked(int requestId, const MarkingVerdict &verdict)
{
    const auto it = m_pendingMarking.find(requestId);
    if (it == m_pendingMarking.end())
        return;
    const PendingMarking pending = *it;
    m_pendingMarking.erase(it);
    switch (verdict.decision) {
    case MarkingDecision::Accepted:
    case MarkingDecision::AcceptedOffline:
        addFound(pending.productId, packPartQuantity(pending.check), pending.code, pending.check);
        if (pending.check.outcome == MarkingLineCheck::Unchecked)
            Q_EMIT notice(pending.check.note);
        else if (!verdict.text.isEmpty() && verdict.decision == MarkingDecision::AcceptedOffline)
            Q_EMIT notice(verdict.text);
        break;
    case MarkingDecision::Rejected:
    case MarkingDecision::NotChecked:
        report(verdict.text.isEmpty() ? Tr::tr("The marking code was not accepted.") : verdict.text);
        Q_EMIT changed();
        break;
    }
}

void SaleDesk::onJobFinished(const FiscalJobOutcome &outcome)
{
    if (m_fiscalUuid.isEmpty() || outcome.documentUuid != m_fiscalUuid)
        return;
    switch (outcome.state) {
    case FiscalJobState::Done: {
        const auto s = m_session.sales().saleByUuid(m_fiscalUuid);
        const Sale paid = s ? *s : m_cart.sale();
        m_fiscalUuid.clear();
        m_cart.clear();
        m_stage = Stage::Empty;
        m_lastProblem.clear();
        Q_EMIT changed();
        Q_EMIT fiscalized(paid);
        if (outcome.printIncomplete)
            Q_EMIT notice(Tr::tr("The receipt is fiscal, but the paper ran out: load a roll and choose "
                                 "\"Continue printing\"."));
        break;
    }
    case FiscalJobState::Failed:
    case FiscalJobState::Attention:
        m_stage = Stage::Failed;
        m_lastProblem = outcome.message.text;
        m_lastFailureNext = outcome.message.next;
        Q_EMIT changed();
        Q_EMIT fiscalizationFailed(outcome.message);
        break;
    case FiscalJobState::Queued:
    case FiscalJobState::Sending:
        // Waits for paper, the link or printing: the worker retries by itself.
        m_lastProblem = outcome.message.text;
        Q_EMIT fiscalizationWaiting(outcome.message);
        break;
    }
}

} // namespace app
