#include "widgets/till/salescreen.h"

#include <QAction>
#include <QButtonGroup>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include "app/core/moneytext.h"
#include "app/sales/pricing.h"
#include "app/sales/shiftservice.h"
#include "app/session/tillsession.h"
#include "app/till/saledesk.h"
#include "devices/devicesettings.h"
#include "devices/scannerhub.h"
#include "widgets/hintbar.h"
#include "widgets/till/detailsdialog.h"
#include "widgets/till/focusback.h"
#include "widgets/till/freeitemdialog.h"
#include "widgets/till/opensalesdialog.h"
#include "widgets/till/packpiecesdialog.h"
#include "widgets/till/paymentdialog.h"
#include "widgets/till/productsearchdialog.h"
#include "widgets/till/tillstyle.h"
#include "widgets/till/weightdialog.h"

namespace ui {

namespace {

// Digits only (or a GS1 code): the entry line treats it as a scan, anything else as a search.
bool looksLikeCode(const QString &text)
{
    static const QRegularExpression digits(QStringLiteral("^\\d{6,}$"));
    return digits.match(text).hasMatch() || (text.startsWith(QStringLiteral("01")) && text.size() > 20) ||
           text.contains(QChar(0x1D));
}

} // namespace

SaleScreen::SaleScreen(app::TillSession &session, int carts, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("saleScreen"));
    carts = qBound(1, carts, MaxCarts);
    for (int i = 0; i < carts; ++i) {
        auto *desk = new app::SaleDesk(session, this);
        connect(desk, &app::SaleDesk::changed, this, [this, desk] {
            if (desk == this->desk())
                refresh();
        });
        connect(desk, &app::SaleDesk::problem, this, [this, desk](const QString &text) {
            if (desk == this->desk())
                showProblem(text);
        });
        connect(desk, &app::SaleDesk::notice, this, [this, desk](const QString &text) {
            if (desk == this->desk())
                showNotice(text);
        });
        // A marked code goes to Честный знак (1.5 s at most), then to the FN: say so meanwhile.
        connect(desk, &app::SaleDesk::markingCheckStarted, this, [this, desk] {
            if (desk == this->desk())
                showNotice(tr("Checking the code in Chestny Znak…"));
        });
        connect(desk, &app::SaleDesk::fiscalized, this, &SaleScreen::onFiscalized);
        // Queued: the weight dialog opens after the scan that asked for it has returned.
        connect(
            desk, &app::SaleDesk::weightNeeded, this,
            [this, desk](std::int64_t id, const QString &name) {
                if (desk == this->desk())
                    askWeight(id, name);
            },
            Qt::QueuedConnection);
        m_desks << desk;
    }

    m_scanner = new devices::ScannerHub(this);
    connect(m_scanner, &devices::ScannerHub::scanned, this,
            [this](const devices::ScannedCode &, const devices::ClassifiedCode &code) {
                if (m_pieces) // «Продажа поштучно» is open: the scan is its pack's code
                    return m_pieces->takeScan(code.text);
                m_entry->clear();
                this->desk()->scanClassified(code);
            });

    buildLayout();

    addAction(tr("Search"), Qt::Key_F2, &SaleScreen::searchProduct);
    addAction(tr("Quantity"), Qt::Key_F3, &SaleScreen::editQuantity);
    addAction(tr("Price"), Qt::Key_F4, &SaleScreen::editPrice);
    addAction(tr("Payment"), Qt::Key_F5, &SaleScreen::pay);
    addAction(tr("Free price"), Qt::Key_F6, &SaleScreen::freePriceItem);
    addAction(tr("Discount"), Qt::Key_F7, &SaleScreen::itemDiscount);
    addAction(tr("Receipt discount"), QKeySequence(Qt::SHIFT | Qt::Key_F7), &SaleScreen::receiptDiscount);
    addAction(tr("Remove line"), Qt::Key_F8, &SaleScreen::removeLine);
    addAction(tr("Put aside"), Qt::Key_F9, &SaleScreen::park);
    addAction(tr("Open sales"), Qt::Key_F10, &SaleScreen::openSales);
    addAction(tr("Comment"), Qt::Key_F11, &SaleScreen::editDetails);
    addAction(tr("Void sale"), QKeySequence(Qt::CTRL | Qt::Key_Delete), &SaleScreen::cancelSale);
    addAction(tr("Sell by the piece"), Qt::CTRL | Qt::SHIFT | Qt::Key_K, &SaleScreen::sellPieces);
    // The bar shows the keys of the everyday actions; the rare ones keep their keys and menu entries.
    QList<QAction *> everyday;
    for (QAction *a : std::as_const(m_actions))
        if (a->shortcut().count() == 1 && !(a->shortcut()[0].keyboardModifiers() & ~Qt::KeypadModifier))
            everyday << a;
    m_hints->setActions(everyday);

    for (int i = 0; i < carts; ++i) {
        auto *cart = new QAction(this);
        cart->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        cart->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(cart, &QAction::triggered, this, [this, i] { switchCart(i); });
        QWidget::addAction(cart);
    }
    m_clock = new QTimer(this);
    m_clock->setInterval(1000);
    connect(m_clock, &QTimer::timeout, this, &SaleScreen::refreshHeader);
    m_clock->start();
    refresh();
    refreshHeader();
}

SaleScreen::~SaleScreen() = default;

QAction *SaleScreen::addAction(const QString &text, const QKeySequence &key, void (SaleScreen::*slot)())
{
    auto *action = new QAction(text, this);
    action->setShortcut(key);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(action, &QAction::triggered, this, slot);
    QWidget::addAction(action);
    m_actions << action;
    return action;
}

void SaleScreen::buildLayout()
{
    auto *root = new QVBoxLayout(this);
    root->setContentsMargins(8, 8, 8, 4);

    root->addLayout(buildTopRow());

    m_entry = new QLineEdit(this);
    m_entry->setObjectName(QStringLiteral("saleEntry"));
    m_entry->setPlaceholderText(tr("Scan a barcode or type a name, article or barcode and press Enter"));
    m_entry->setFont(tillFont(16));
    m_entry->setMinimumHeight(44);
    connect(m_entry, &QLineEdit::returnPressed, this, &SaleScreen::submitEntry);
    root->addWidget(m_entry);

    auto *middle = new QHBoxLayout;
    setUpCartTable();
    middle->addWidget(m_table, 1);
    middle->addLayout(buildTotalsSide());
    root->addLayout(middle, 1);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("saleMessage"));
    m_message->setWordWrap(true);
    m_message->setFont(tillFont(14, true));
    m_message->setMinimumHeight(32);
    root->addWidget(m_message);

    m_hints = new HintBar(this);
    root->addWidget(m_hints);
}

// The sale header, the shift timer and one button per cart (shown when there are two or more).
QHBoxLayout *SaleScreen::buildTopRow()
{
    auto *top = new QHBoxLayout;
    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("saleHeader"));
    top->addWidget(m_header, 1);
    m_shiftTimer = new QLabel(this);
    top->addWidget(m_shiftTimer);
    m_cartButtons = new QButtonGroup(this);
    m_cartButtons->setExclusive(true);
    for (int i = 0; i < m_desks.size(); ++i) {
        auto *b = new QPushButton(tr("Cart %1").arg(i + 1), this);
        b->setCheckable(true);
        b->setFocusPolicy(Qt::NoFocus);
        b->setToolTip(tr("Ctrl+%1").arg(i + 1));
        b->setMinimumHeight(40);
        m_cartButtons->addButton(b, i);
        top->addWidget(b);
    }
    if (m_desks.size() < 2) {
        for (QAbstractButton *b : m_cartButtons->buttons())
            b->hide();
    }
    m_cartButtons->button(0)->setChecked(true);
    connect(m_cartButtons, &QButtonGroup::idClicked, this, &SaleScreen::switchCart);
    return top;
}

void SaleScreen::setUpCartTable()
{
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("cartView"));
    m_table->setModel(desk()->cart());
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setFont(tillFont(15));
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(40);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(app::CartModel::Name, QHeaderView::Stretch);
    m_table->setFocusPolicy(Qt::ClickFocus);
}

// TOTAL, the details, the change and the payment button beside the cart.
QVBoxLayout *SaleScreen::buildTotalsSide()
{
    auto *side = new QVBoxLayout;
    auto *totalCaption = new QLabel(tr("TOTAL"), this);
    totalCaption->setFont(tillFont(16, true));
    side->addWidget(totalCaption);
    m_total = new QLabel(this);
    m_total->setObjectName(QStringLiteral("saleTotal"));
    m_total->setFont(tillFont(40, true));
    m_total->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_total->setStyleSheet(totalStyle());
    m_total->setMinimumWidth(320);
    side->addWidget(m_total);
    m_details = new QLabel(this);
    m_details->setWordWrap(true);
    m_details->setFont(tillFont(13));
    side->addWidget(m_details);
    m_change = new QLabel(this);
    m_change->setObjectName(QStringLiteral("saleChange"));
    m_change->setFont(tillFont(22, true));
    m_change->setWordWrap(true);
    side->addWidget(m_change);
    side->addStretch();
    auto *payButton = new QPushButton(tr("Payment  F5"), this);
    payButton->setFont(tillFont(20, true));
    payButton->setMinimumHeight(72);
    payButton->setFocusPolicy(Qt::NoFocus);
    payButton->setStyleSheet(primaryButtonStyle());
    connect(payButton, &QPushButton::clicked, this, &SaleScreen::pay);
    side->addWidget(payButton);
    return side;
}

void SaleScreen::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_scanner->keyboardWedge().install();
    m_entry->setFocus();
}

void SaleScreen::hideEvent(QHideEvent *event)
{
    m_scanner->keyboardWedge().uninstall();
    QWidget::hideEvent(event);
}

void SaleScreen::switchCart(int index)
{
    if (index < 0 || index >= m_desks.size() || index == m_current)
        return;
    m_current = index;
    m_cartButtons->button(index)->setChecked(true);
    m_table->setModel(desk()->cart());
    m_table->horizontalHeader()->setSectionResizeMode(app::CartModel::Name, QHeaderView::Stretch);
    m_message->clear();
    m_change->clear();
    refresh();
    m_entry->setFocus();
}

void SaleScreen::applyDeviceSettings(const devices::DeviceSettings &settings)
{
    m_scanner->apply(settings);
    if (!isVisible()) // the wedge listens only while the sale screen is up
        m_scanner->keyboardWedge().uninstall();
}

QString SaleScreen::message() const
{
    return m_message->text();
}

void SaleScreen::refreshHeader()
{
    const auto &employee = m_session.employee();
    const QString who = employee ? employee->fullName : tr("nobody signed in");
    m_header->setText(tr("Cashier: %1").arg(who));
    const auto shift = m_session.shifts().current();
    if (!shift) {
        m_shiftTimer->setText(tr("Shift closed"));
        return;
    }
    const qint64 seconds = shift->openedAt.secsTo(QDateTime::currentDateTimeUtc());
    m_shiftTimer->setText(tr("Shift %1 · %2:%3")
                              .arg(shift->number)
                              .arg(seconds / 3600)
                              .arg(seconds / 60 % 60, 2, 10, QLatin1Char('0')));
    m_shiftTimer->setStyleSheet(seconds >= 23 * 3600 ? errorStyle() : QString());
}

void SaleScreen::refresh()
{
    const app::SaleDesk *d = desk();
    m_total->setText(app::displayMoney(d->total()));
    QStringList details;
    const int lines = int(d->sale().lines.size());
    if (lines)
        details << tr("Lines: %1").arg(lines);
    if (d->sale().receiptDiscount)
        details << tr("Receipt discount: %1").arg(app::displayMoney(d->sale().receiptDiscount));
    if (!d->sale().buyerContact.isEmpty())
        details << tr("E-receipt to: %1").arg(d->sale().buyerContact);
    if (!d->sale().comment.isEmpty())
        details << tr("Comment: %1").arg(d->sale().comment);
    if (d->waitsForMarking())
        details << tr("Checking the marking code…");
    else if (m_message->text() == tr("Checking the code in Chestny Znak…"))
        m_message->clear(); // the check is over: its row, or its refusal, says the rest
    switch (d->stage()) {
    case app::SaleDesk::Stage::Fiscalizing:
        details << tr("Printing the receipt…");
        break;
    case app::SaleDesk::Stage::Failed:
        details << tr("The receipt did not print: %1").arg(d->lastProblem());
        break;
    default:
        break;
    }
    m_details->setText(details.join(QLatin1Char('\n')));
    if (lines > 0 && m_table->currentIndex().row() < 0)
        m_table->selectRow(lines - 1);
}

void SaleScreen::showProblem(const QString &text)
{
    m_message->setStyleSheet(errorStyle());
    m_message->setText(text);
}

void SaleScreen::showNotice(const QString &text)
{
    m_message->setStyleSheet(QString());
    m_message->setText(text);
}

void SaleScreen::onFiscalized(const app::Sale &sale)
{
    app::Kopecks change = 0;
    for (const app::Payment &p : sale.payments)
        change += p.change;
    if (sender() != desk())
        return;
    m_change->setText(change > 0 ? tr("Change: %1").arg(app::displayMoney(change)) : QString());
    showNotice(tr("Receipt %1 printed.").arg(sale.fiscal ? sale.fiscal->fd : sale.number));
}

int SaleScreen::selectedRow() const
{
    const int row = m_table->currentIndex().row();
    if (row >= 0)
        return row;
    const int lines = int(desk()->sale().lines.size());
    return lines ? lines - 1 : -1;
}

const app::SaleLine *SaleScreen::lineToEdit(int &row)
{
    row = selectedRow();
    const app::SaleLine *line = desk()->cart()->line(row);
    if (!line)
        showProblem(tr("The receipt is empty."));
    return line;
}

std::optional<QString> SaleScreen::ask(const QString &title, const QString &label, const QString &initial)
{
    bool ok = false;
    const QString text = QInputDialog::getText(this, title, label, QLineEdit::Normal, initial, &ok);
    return ok ? std::optional<QString>(text) : std::nullopt;
}

void SaleScreen::notADiscount(const QString &text)
{
    showProblem(tr("\"%1\" is not a discount: type an amount or a percentage.").arg(text));
}

void SaleScreen::submitEntry()
{
    const QString text = m_entry->text().trimmed();
    m_entry->clear();
    if (text.isEmpty()) {
        // Enter on an empty line with goods in the cart goes to payment, as on most tills.
        if (!desk()->isEmpty())
            pay();
        return;
    }
    m_change->clear();
    if (looksLikeCode(text)) {
        desk()->scan(text);
        return;
    }
    ProductSearchDialog dialog(m_session, text, this);
    if (dialog.exec() == QDialog::Accepted && dialog.productId())
        desk()->offerProduct(dialog.productId());
    m_entry->setFocus();
}

void SaleScreen::searchProduct()
{
    ProductSearchDialog dialog(m_session, m_entry->text().trimmed(), this);
    m_entry->clear();
    if (dialog.exec() == QDialog::Accepted && dialog.productId())
        desk()->offerProduct(dialog.productId());
    m_entry->setFocus();
}

void SaleScreen::editQuantity()
{
    const FocusBack focusBack{m_entry};
    int row = -1;
    const app::SaleLine *line = lineToEdit(row);
    if (!line)
        return;
    const auto text =
        ask(tr("Quantity"), tr("Quantity of \"%1\":").arg(line->name), app::displayQuantity(line->quantity));
    app::Milli quantity = 0;
    if (!text)
        return;
    if (!app::parseQuantityInput(*text, quantity))
        return showProblem(tr("\"%1\" is not a quantity. Use up to three decimals, e.g. 1,25.").arg(*text));
    desk()->setQuantity(row, quantity);
}

void SaleScreen::askWeight(std::int64_t productId, const QString &name)
{
    const FocusBack focusBack{m_entry};
    // The scale (when one is set up) weighs on its own thread; the dialog waits for it.
    WeightDialog dialog(name, m_session.scale(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString text = dialog.text();
    app::Milli weight = 0;
    if (!app::parseQuantityInput(text, weight) || weight <= 0)
        return showProblem(tr("\"%1\" is not a weight. Type kilograms, e.g. 0,450.").arg(text));
    desk()->addProduct(productId, weight);
}

void SaleScreen::editPrice()
{
    const FocusBack focusBack{m_entry};
    int row = -1;
    const app::SaleLine *line = lineToEdit(row);
    if (!line)
        return;
    const auto text =
        ask(tr("Price"), tr("New price of \"%1\":").arg(line->name), app::displayMoney(line->price));
    app::Kopecks price = 0;
    if (!text)
        return;
    if (!app::parseMoneyInput(*text, price))
        return showProblem(tr("\"%1\" is not an amount in roubles.").arg(*text));
    desk()->setPrice(row, price);
}

void SaleScreen::freePriceItem()
{
    const FocusBack focusBack{m_entry};
    FreeItemDialog dialog(m_session, this);
    if (dialog.exec() == QDialog::Accepted)
        desk()->addFreeItem(dialog.item(), dialog.price(), dialog.quantity());
}

void SaleScreen::itemDiscount()
{
    const FocusBack focusBack{m_entry};
    int row = -1;
    const app::SaleLine *line = lineToEdit(row);
    if (!line)
        return;
    const auto text = ask(tr("Discount"), tr("Discount on \"%1\" in roubles (or 10%):").arg(line->name));
    app::Kopecks amount = 0;
    if (!text)
        return;
    if (!app::parseDiscountInput(*text, app::Pricing::lineAmount(line->price, line->quantity), amount))
        return notADiscount(*text);
    desk()->setItemDiscount(row, amount);
}

void SaleScreen::receiptDiscount()
{
    const FocusBack focusBack{m_entry};
    if (desk()->isEmpty())
        return showProblem(tr("The receipt is empty."));
    const auto text = ask(tr("Receipt discount"), tr("Discount on the whole receipt in roubles (or 10%):"));
    if (!text)
        return;
    app::Kopecks base = 0;
    for (const app::SaleLine &l : desk()->sale().lines)
        base += app::Pricing::lineAmount(l.price, l.quantity) - l.itemDiscount;
    app::Kopecks amount = 0;
    if (!app::parseDiscountInput(*text, base, amount))
        return notADiscount(*text);
    desk()->setReceiptDiscount(amount);
}

void SaleScreen::removeLine()
{
    const FocusBack focusBack{m_entry};
    int row = -1;
    const app::SaleLine *line = lineToEdit(row);
    if (!line)
        return;
    if (QMessageBox::question(this, tr("Remove line"),
                              tr("Remove \"%1\" from the receipt?").arg(line->name)) != QMessageBox::Yes)
        return;
    desk()->removeLine(row);
}

void SaleScreen::park()
{
    if (desk()->isEmpty())
        return showProblem(tr("The receipt is empty."));
    desk()->park();
}

void SaleScreen::openSales()
{
    const FocusBack focusBack{m_entry};
    OpenSalesDialog dialog(m_session, this);
    if (dialog.exec() == QDialog::Accepted && dialog.saleId())
        desk()->resume(dialog.saleId());
}

void SaleScreen::editDetails()
{
    const FocusBack focusBack{m_entry};
    DetailsDialog dialog(desk()->sale().comment, desk()->sale().buyerContact, this);
    if (dialog.exec() == QDialog::Accepted)
        desk()->setDetails(dialog.comment(), dialog.buyerContact());
}

void SaleScreen::sellPieces()
{
    const FocusBack focusBack{m_entry};
    PackPiecesDialog dialog(*desk(), this);
    m_pieces = &dialog; // a QPointer: null again once the dialog is gone
    dialog.exec();
}

void SaleScreen::pay()
{
    app::SaleDesk *d = desk();
    // A paid sale whose receipt did not print goes straight to the dialog's retry page.
    if (d->stage() != app::SaleDesk::Stage::Failed) {
        if (d->isEmpty())
            return showProblem(tr("The receipt is empty."));
        if (d->waitsForMarking())
            return showProblem(tr("Wait for the marking code check to finish."));
        m_change->clear();
    }
    PaymentDialog dialog(m_session, *d, this);
    dialog.exec();
    m_entry->setFocus();
}

void SaleScreen::cancelSale()
{
    const FocusBack focusBack{m_entry};
    if (desk()->isEmpty() && !desk()->saleId())
        return;
    if (QMessageBox::question(this, tr("Void sale"), tr("Void the whole sale?")) != QMessageBox::Yes)
        return;
    desk()->cancelSale();
}

} // namespace ui
