#include "widgets/customerdisplaywindow.h"

#include "app/core/moneytext.h"
#include "devices/barcodeimage.h"
#include "devices/customerdisplaymodel.h"

#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPixmap>
#include <QScreen>
#include <QVBoxLayout>

namespace ui {

namespace {

QLabel *makeLabel(QWidget *parent, const char *name, int pointSize, bool bold = false)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(name));
    QFont font = label->font();
    font.setPointSize(pointSize);
    font.setBold(bold);
    label->setFont(font);
    label->setWordWrap(true);
    return label;
}

} // namespace

CustomerDisplayWindow::CustomerDisplayWindow(devices::CustomerDisplayModel *model, QWidget *parent)
    : QWidget(parent)
{
    setWindowTitle(tr("Customer display"));
    setObjectName(QStringLiteral("customerDisplay"));
    // High contrast, readable from a step away: light text on dark, like the VFD it replaces.
    setStyleSheet(QStringLiteral("#customerDisplay { background: #14213d; } QLabel { color: #f5f5f5; }"
                                 "#totalLabel, #changeLabel { color: #ffd166; }"
                                 "#qrLabel { background: white; padding: 8px; }"));
    setAttribute(Qt::WA_StyledBackground);
    resize(1024, 600);

    m_greeting = makeLabel(this, "greetingLabel", 28, true);
    m_lineName = makeLabel(this, "lineNameLabel", 30, true);
    m_lineDetail = makeLabel(this, "lineDetailLabel", 22);
    m_totalCaption = makeLabel(this, "totalCaptionLabel", 24);
    m_total = makeLabel(this, "totalLabel", 56, true);
    m_change = makeLabel(this, "changeLabel", 32, true);
    m_qr = makeLabel(this, "qrLabel", 10);
    m_qr->setAlignment(Qt::AlignCenter);
    m_qrCaption = makeLabel(this, "qrCaptionLabel", 18);
    m_qrCaption->setAlignment(Qt::AlignCenter);
    m_qrCaption->setText(tr("Scan the code with your bank's app to pay through the Faster Payments System"));

    auto *left = new QVBoxLayout;
    left->addWidget(m_greeting);
    left->addSpacing(24);
    left->addWidget(m_lineName);
    left->addWidget(m_lineDetail);
    left->addStretch(1);
    left->addWidget(m_totalCaption);
    left->addWidget(m_total);
    left->addWidget(m_change);

    auto *right = new QVBoxLayout;
    right->addStretch(1);
    right->addWidget(m_qr, 0, Qt::AlignCenter);
    right->addWidget(m_qrCaption);
    right->addStretch(1);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(40, 32, 40, 32);
    layout->addLayout(left, 3);
    layout->addLayout(right, 2);

    if (model) {
        connect(model, &devices::CustomerDisplayModel::changed, this, &CustomerDisplayWindow::render);
        render(model->state());
    }
}

CustomerDisplayWindow::~CustomerDisplayWindow() = default;

void CustomerDisplayWindow::showOnCustomerScreen()
{
    const QList<QScreen *> screens = QGuiApplication::screens();
    if (screens.size() < 2) {
        show();
        return;
    }
    QScreen *customer = screens.at(1);
    setGeometry(customer->geometry());
    showFullScreen();
}

void CustomerDisplayWindow::render(const devices::CustomerDisplayState &state)
{
    using Mode = devices::CustomerDisplayState::Mode;
    m_greeting->setText(state.greeting.isEmpty() ? tr("Welcome!") : state.greeting);

    const bool sale = state.mode == Mode::Sale;
    m_lineName->setVisible(sale);
    m_lineDetail->setVisible(sale);
    if (sale) {
        m_lineName->setText(state.lineName);
        m_lineDetail->setText(tr("%1 %2 × %3 = %4")
                                  .arg(app::displayQuantity(state.lineQuantityMilli), state.lineUnit,
                                       app::displayRoubles(state.linePriceKopecks),
                                       app::displayRoubles(state.lineAmountKopecks)));
    }

    const bool hasTotal = state.mode != Mode::Idle;
    m_totalCaption->setVisible(hasTotal);
    m_total->setVisible(hasTotal);
    m_totalCaption->setText(state.mode == Mode::Payment ? tr("To pay") : tr("Total"));
    m_total->setText(app::displayRoubles(state.totalKopecks));

    const bool change = state.mode == Mode::Change;
    m_change->setVisible(change);
    if (change)
        m_change->setText(
            tr("Paid %1, change %2")
                .arg(app::displayRoubles(state.paidKopecks), app::displayRoubles(state.changeKopecks)));

    const bool qr = state.mode == Mode::Payment && !state.qrPayload.isEmpty();
    m_qr->setVisible(qr);
    m_qrCaption->setVisible(qr);
    if (qr)
        m_qr->setPixmap(QPixmap::fromImage(devices::renderQrCode(state.qrPayload, 320, 2)));
    else
        m_qr->clear();
}

} // namespace ui
