#include "widgets/service/servicedialogs.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include "app/core/moneytext.h"
#include "app/fiscalservice/fiscalservice.h"
#include "app/journal/journalmodel.h"
#include "app/session/tillsession.h"
#include "widgets/service/fiscalprogress.h"

namespace ui {

namespace {

QFont scaled(const QFont &base, qreal factor, bool bold)
{
    QFont f = base;
    f.setPointSizeF(f.pointSizeF() * factor);
    f.setBold(bold);
    return f;
}

QLabel *errorLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setStyleSheet(
        QStringLiteral("QLabel { background: #a80000; color: white; padding: 6px; font-weight: bold; }"));
    label->hide();
    return label;
}

QPushButton *bigButton(const QString &text, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setMinimumSize(170, 50);
    return b;
}

QString hoursMinutes(qint64 seconds)
{
    if (seconds < 0)
        return QStringLiteral("—");
    return CashDialog::tr("%1 h %2 min")
        .arg(seconds / 3600)
        .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

// ---------------------------------------------------------------------------------------------

CashDialog::CashDialog(bool out, app::Kopecks drawer, QWidget *parent)
    : QDialog(parent)
    , m_out(out)
    , m_drawer(drawer)
    , m_amountEdit(new QLineEdit(this))
    , m_reason(new QComboBox(this))
    , m_error(errorLabel(this))
{
    setObjectName(out ? QStringLiteral("cashOutDialog") : QStringLiteral("cashInDialog"));
    setWindowTitle(out ? tr("Cash out") : tr("Cash in"));
    setFont(scaled(font(), 1.2, false));
    resize(560, 320);

    auto *drawerLabel = new QLabel(tr("In the drawer: %1").arg(app::displayRoubles(drawer)), this);
    drawerLabel->setObjectName(QStringLiteral("drawerAmount"));
    drawerLabel->setFont(scaled(font(), 1.3, true));
    drawerLabel->setStyleSheet(QStringLiteral("color: #0b3d91;"));

    m_amountEdit->setObjectName(QStringLiteral("cashAmount"));
    m_amountEdit->setPlaceholderText(tr("Amount, ₽"));
    m_amountEdit->setFont(scaled(font(), 1.3, true));
    m_amountEdit->setMinimumHeight(48);
    m_reason->setObjectName(QStringLiteral("cashReason"));
    m_reason->setEditable(true);
    m_reason->setInsertPolicy(QComboBox::NoInsert);
    m_reason->setMinimumHeight(44);
    if (out)
        m_reason->addItems(
            {QString(), tr("Collection"), tr("Payment to a supplier"), tr("Change for the bank")});
    else
        m_reason->addItems({QString(), tr("Change float"), tr("Return from the bank")});
    m_reason->setCurrentIndex(0);
    m_reason->lineEdit()->setPlaceholderText(tr("Reason"));

    auto *form = new QFormLayout;
    form->addRow(tr("Amount:"), m_amountEdit);
    form->addRow(tr("Reason:"), m_reason);

    auto *ok = bigButton(out ? tr("Enter Take out") : tr("Enter Put in"), this);
    ok->setObjectName(QStringLiteral("cashOk"));
    auto *cancel = bigButton(tr("Esc Cancel"), this);
    ok->setDefault(true);
    cancel->setAutoDefault(false);
    connect(ok, &QPushButton::clicked, this, &CashDialog::accept);
    connect(cancel, &QPushButton::clicked, this, &CashDialog::reject);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(ok);
    buttons->addWidget(cancel);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(drawerLabel);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addLayout(buttons);
    m_amountEdit->setFocus();
}

QString CashDialog::reason() const
{
    return m_reason->currentText().simplified();
}

void CashDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

bool CashDialog::validate()
{
    app::Kopecks amount = 0;
    if (!app::parseMoneyInput(m_amountEdit->text(), amount) || amount <= 0) {
        showError(tr("Type the amount in roubles, for example 100 or 100.50."));
        m_amountEdit->setFocus();
        return false;
    }
    if (m_out && amount > m_drawer) {
        showError(
            tr("The drawer holds only %1: you cannot take out more.").arg(app::displayRoubles(m_drawer)));
        m_amountEdit->setFocus();
        return false;
    }
    if (reason().isEmpty()) {
        showError(tr("Give the reason."));
        m_reason->setFocus();
        return false;
    }
    m_amount = amount;
    showError({});
    return true;
}

void CashDialog::accept()
{
    if (validate())
        Q_EMIT confirmed();
}

// ---------------------------------------------------------------------------------------------

ZReportDialog::ZReportDialog(const app::Shift &shift, const app::ShiftTotals &t, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("zReportDialog"));
    setWindowTitle(tr("Z report: close the shift"));
    setFont(scaled(font(), 1.2, false));
    resize(640, 560);

    auto *title = new QLabel(tr("Close shift No. %1?").arg(shift.number), this);
    title->setFont(scaled(font(), 1.4, true));
    auto *opened = new QLabel(
        tr("Opened %1")
            .arg(QLocale().toString(shift.openedAt.toLocalTime(), QStringLiteral("dd.MM.yyyy HH:mm"))),
        this);

    auto *form = new QFormLayout;
    auto row = [&](const QString &label, const QString &value, bool strong = false) {
        auto *v = new QLabel(value, this);
        v->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (strong) {
            v->setFont(scaled(font(), 1.3, true));
            v->setStyleSheet(QStringLiteral("color: #0b3d91;"));
        }
        form->addRow(label, v);
    };
    auto counted = [](const app::OperationTotals &o) {
        return tr("%1 · %2").arg(o.count).arg(app::displayRoubles(o.amount));
    };
    row(tr("Sales:"), counted(t.sales), true);
    row(tr("Returns:"), counted(t.returns));
    row(tr("Corrections:"), counted(t.corrections));
    std::map<int, app::Kopecks> byType;
    for (const auto &[sign, types] : t.paymentsBySign)
        for (const auto &[type, amount] : types)
            byType[type] +=
                sign == app::CalcSign::Income || sign == app::CalcSign::ExpenseReturn ? amount : -amount;
    for (const auto &[type, amount] : byType)
        row(tr("%1 (net):").arg(app::JournalModel::paymentTypeText(static_cast<app::PaymentType>(type))),
            app::displayRoubles(amount));
    row(tr("Cash in:"), counted(t.cashIn));
    row(tr("Cash out:"), counted(t.cashOut));
    row(tr("In the drawer:"), app::displayRoubles(t.cashInDrawer), true);

    auto *warning = new QLabel(tr("The registrar prints the Z report and closes the shift; sales need a new "
                                  "shift after that."),
                               this);
    warning->setWordWrap(true);

    auto *ok = bigButton(tr("Enter Close the shift (Z)"), this);
    ok->setObjectName(QStringLiteral("zOk"));
    auto *cancel = bigButton(tr("Esc Cancel"), this);
    ok->setDefault(true);
    cancel->setAutoDefault(false);
    connect(ok, &QPushButton::clicked, this, &QDialog::accept);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(ok);
    buttons->addWidget(cancel);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(opened);
    layout->addLayout(form);
    layout->addWidget(warning);
    layout->addStretch(1);
    layout->addLayout(buttons);
    ok->setFocus();
}

// ---------------------------------------------------------------------------------------------

FnInfoDialog::FnInfoDialog(app::TillSession &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_table(new QLabel(this))
    , m_progress(new FiscalProgress(session, this))
{
    setObjectName(QStringLiteral("fnInfoDialog"));
    setWindowTitle(tr("Registrar and FN"));
    setFont(scaled(font(), 1.15, false));
    resize(720, 620);
    m_table->setTextFormat(Qt::RichText);
    m_table->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("fnInfoText"));
    m_table->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_table->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *refresh = bigButton(tr("F5 Refresh"), this);
    refresh->setShortcut(Qt::Key_F5);
    refresh->setAutoDefault(false);
    auto *close = bigButton(tr("Esc Close"), this);
    close->setDefault(true);
    connect(refresh, &QPushButton::clicked, this, &FnInfoDialog::refreshFromRegistrar);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(refresh);
    buttons->addStretch(1);
    buttons->addWidget(close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_progress);
    layout->addLayout(buttons);

    if (app::FiscalService *f = session.fiscal()) {
        connect(f, &app::FiscalService::deviceInfoRead, this, [this](int id, const app::RegistrarInfo &info) {
            if (id != m_identityRequest)
                return;
            m_identityAnswered = true;
            if (info.ok) {
                m_model = info.model;
                m_serialNumber = info.serialNumber;
            }
            setHealth(m_health);
        });
        setHealth(f->health());
        connect(f, &app::FiscalService::healthChanged, this, &FnInfoDialog::setHealth);
        readIdentity();
    } else {
        setHealth({});
    }
}

void FnInfoDialog::readIdentity()
{
    if (app::FiscalService *f = m_session.fiscal()) {
        m_identityAnswered = false;
        m_identityRequest = f->readDeviceInfo();
    }
}

QString FnInfoDialog::identityText() const
{
    if (m_model.isEmpty() && m_serialNumber.isEmpty())
        return m_identityRequest != 0 && !m_identityAnswered ? tr("reading…")
                                                             : tr("not reported by the registrar");
    const QString unknown = QStringLiteral("—");
    return tr("%1, serial No. %2")
        .arg(m_model.isEmpty() ? unknown : m_model, m_serialNumber.isEmpty() ? unknown : m_serialNumber);
}

QString FnInfoDialog::text() const
{
    return m_table->text();
}

void FnInfoDialog::setHealth(const app::DeviceHealth &h)
{
    if (&h != &m_health)
        m_health = h;
    const QLocale locale;
    QList<std::pair<QString, QString>> rows;
    const QString unknown = QStringLiteral("—");
    rows.append({tr("Registrar"),
                 m_session.fiscal() ? (h.connected ? tr("on line") : tr("no link")) : tr("not connected")});
    rows.append({tr("Address"), h.device.isEmpty() ? m_session.deviceUrl() : h.device});
    rows.append({tr("Model / serial No."), identityText()});
    rows.append({tr("FN number"), h.fnNumber.isEmpty() ? unknown : h.fnNumber});
    rows.append({tr("FN valid until"),
                 h.fnExpiry.isValid() ? locale.toString(h.fnExpiry, QStringLiteral("dd.MM.yyyy")) : unknown});
    rows.append({tr("Days left"), h.fnDaysLeft >= 0 ? QString::number(h.fnDaysLeft) : unknown});
    rows.append({tr("Last FD"), h.lastFd > 0 ? QString::number(h.lastFd) : unknown});
    rows.append({tr("Not sent to the OFD"), h.ofdBacklog >= 0 ? QString::number(h.ofdBacklog) : unknown});
    rows.append({tr("Oldest unsent"), h.ofdOldest.isValid()
                                          ? locale.toString(h.ofdOldest, QStringLiteral("dd.MM.yyyy HH:mm"))
                                          : unknown});
    QString shift;
    switch (h.shift) {
    case app::ShiftStatus::Open:
        shift = tr("open, %1 of 24 h").arg(hoursMinutes(h.shiftAgeSeconds));
        break;
    case app::ShiftStatus::Closed:
        shift = tr("closed");
        break;
    case app::ShiftStatus::Expired:
        shift = tr("over 24 hours: close it with the Z report");
        break;
    case app::ShiftStatus::Unknown:
        shift = unknown;
        break;
    }
    rows.append({tr("Shift"), shift});
    rows.append({tr("Journal"), tr("waiting %1, need attention %2, failed %3")
                                    .arg(h.pendingJobs)
                                    .arg(h.attentionJobs)
                                    .arg(h.failedJobs)});

    QString html = QStringLiteral("<table cellpadding='5'>");
    for (const auto &[label, value] : rows)
        html += QStringLiteral("<tr><td>%1</td><td><b>%2</b></td></tr>")
                    .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    html += QStringLiteral("</table>");
    QStringList warnings;
    for (const QString &w : {h.problem.text, h.fnMessage, h.shiftMessage})
        if (!w.isEmpty())
            warnings << QStringLiteral(
                            "<p style='background:#a80000; color:white; padding:6px'><b>%1</b></p>")
                            .arg(w.toHtmlEscaped());
    m_table->setText(html + warnings.join(QString()));
}

void FnInfoDialog::refreshFromRegistrar()
{
    app::FiscalService *f = m_session.fiscal();
    if (!f) {
        m_progress->showResult(tr("FN status"), tr("No registrar is connected: set it up in Settings."),
                               false);
        return;
    }
    readIdentity();
    m_progress->followRequest(tr("FN status"), f->readFnStatus());
}

// ---------------------------------------------------------------------------------------------

OperationDialog::OperationDialog(app::TillSession &session, const QString &title, QWidget *parent)
    : QDialog(parent)
    , m_progress(new FiscalProgress(session, this))
{
    setObjectName(QStringLiteral("operationDialog"));
    setWindowTitle(title);
    setFont(scaled(font(), 1.1, false));
    resize(600, 260);
    auto *close = bigButton(tr("Close"), this);
    close->setDefault(true);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_progress, 1);
    layout->addLayout(buttons);
}

} // namespace ui
