#include "widgets/settings/staffpage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QTableWidget>

#include "app/session/tillsession.h"

namespace ui {

StaffPage::StaffPage(app::TillSession &session, QWidget *parent)
    : SettingsPage(tr("Employees"), parent)
    , m_session(session)
{
    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("staffTable"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Role"), tr("Phone"), tr("Status")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(36);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    content()->addWidget(m_table, 1);
    m_showInactive = new QCheckBox(tr("Show deactivated employees"), this);
    m_showInactive->setObjectName(QStringLiteral("showInactive"));
    content()->addWidget(m_showInactive);

    auto *form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("staffName"));
    m_name->setMaxLength(64);
    form->addRow(tr("Full name (printed on receipts):"), m_name);
    m_phone = new QLineEdit(this);
    m_phone->setObjectName(QStringLiteral("staffPhone"));
    m_phone->setPlaceholderText(QStringLiteral("+79001234567"));
    form->addRow(tr("Phone:"), m_phone);
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("staffRole"));
    for (app::Role role :
         {app::Role::Cashier, app::Role::Manager, app::Role::Admin, app::Role::Guest, app::Role::Owner})
        m_role->addItem(app::roleName(role), int(role));
    form->addRow(tr("Role:"), m_role);
    m_pin = new QLineEdit(this);
    m_pin->setObjectName(QStringLiteral("staffPin"));
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setMaxLength(6);
    m_pin->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,6}")), m_pin));
    m_pin->setPlaceholderText(tr("6 digits"));
    form->addRow(tr("New PIN:"), m_pin);
    content()->addLayout(form);

    auto *buttons = new QHBoxLayout;
    m_add = new QPushButton(tr("Add employee"), this);
    m_add->setObjectName(QStringLiteral("addEmployee"));
    m_update = new QPushButton(tr("Save changes"), this);
    m_update->setObjectName(QStringLiteral("updateEmployee"));
    m_resetPin = new QPushButton(tr("Set new PIN"), this);
    m_resetPin->setObjectName(QStringLiteral("resetPin"));
    m_remove = new QPushButton(tr("Deactivate"), this);
    m_remove->setObjectName(QStringLiteral("removeEmployee"));
    for (QPushButton *b : {m_add, m_update, m_resetPin, m_remove}) {
        makeBig(b);
        buttons->addWidget(b);
    }
    buttons->addStretch();
    content()->addLayout(buttons);

    connect(m_table, &QTableWidget::itemSelectionChanged, this, &StaffPage::fillForm);
    connect(m_showInactive, &QCheckBox::toggled, this, &StaffPage::reload);
    connect(m_add, &QPushButton::clicked, this, &StaffPage::addEmployee);
    connect(m_update, &QPushButton::clicked, this, &StaffPage::updateEmployee);
    connect(m_resetPin, &QPushButton::clicked, this, &StaffPage::resetPin);
    connect(m_remove, &QPushButton::clicked, this, &StaffPage::askDeactivate);
    reload();
}

void StaffPage::reload()
{
    const std::int64_t keep = selectedId();
    m_employees = m_session.staff().list(!m_showInactive->isChecked());
    m_table->setRowCount(int(m_employees.size()));
    for (int row = 0; row < m_employees.size(); ++row) {
        const app::Employee &e = m_employees.at(row);
        auto *name = new QTableWidgetItem(e.fullName);
        name->setData(Qt::UserRole, qint64(e.id));
        m_table->setItem(row, 0, name);
        m_table->setItem(row, 1, new QTableWidgetItem(app::roleName(e.role)));
        m_table->setItem(row, 2, new QTableWidgetItem(e.phone));
        m_table->setItem(row, 3, new QTableWidgetItem(e.active ? tr("active") : tr("deactivated")));
        if (!e.active)
            for (int c = 0; c < 4; ++c)
                m_table->item(row, c)->setForeground(Qt::gray);
    }
    if (keep)
        selectEmployee(keep);
}

bool StaffPage::selectEmployee(std::int64_t id)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, 0)->data(Qt::UserRole).toLongLong() == id) {
            m_table->selectRow(row);
            return true;
        }
    }
    return false;
}

std::int64_t StaffPage::selectedId() const
{
    const auto rows =
        m_table->selectionModel() ? m_table->selectionModel()->selectedRows() : QModelIndexList{};
    if (rows.isEmpty())
        return 0;
    return m_table->item(rows.first().row(), 0)->data(Qt::UserRole).toLongLong();
}

void StaffPage::fillForm()
{
    const std::int64_t id = selectedId();
    for (const app::Employee &e : std::as_const(m_employees)) {
        if (e.id != id)
            continue;
        m_name->setText(e.fullName);
        m_phone->setText(e.phone);
        m_role->setCurrentIndex(qMax(0, m_role->findData(int(e.role))));
        m_pin->clear();
    }
}

app::EmployeeInput StaffPage::formInput() const
{
    app::EmployeeInput input;
    input.fullName = m_name->text().trimmed();
    input.phone = m_phone->text().trimmed();
    input.role = app::Role(m_role->currentData().toInt());
    const std::int64_t id = selectedId();
    for (const app::Employee &e : m_employees) { // keep what this form does not show
        if (e.id == id) {
            input.email = e.email;
            input.inn = e.inn;
        }
    }
    return input;
}

bool StaffPage::addEmployee()
{
    app::EmployeeInput input = formInput();
    input.email.clear();
    input.inn.clear();
    auto added = m_session.staff().add(m_session.actor(), input, m_pin->text());
    if (!added) {
        showError(added.error().message);
        return false;
    }
    m_pin->clear();
    reload();
    selectEmployee(added->id);
    showOk(tr("%1 is added. They log in with the PIN you set.").arg(added->fullName));
    return true;
}

bool StaffPage::updateEmployee()
{
    const std::int64_t id = selectedId();
    if (!id) {
        showError(tr("Choose an employee in the list first."));
        return false;
    }
    auto ok = m_session.staff().update(m_session.actor(), id, formInput());
    if (!ok) {
        showError(ok.error().message);
        return false;
    }
    reload();
    showOk(tr("The changes are saved."));
    return true;
}

bool StaffPage::resetPin()
{
    const std::int64_t id = selectedId();
    if (!id) {
        showError(tr("Choose an employee in the list first."));
        return false;
    }
    auto ok = m_session.staff().setPin(m_session.actor(), id, m_pin->text());
    if (!ok) {
        showError(ok.error().message);
        return false;
    }
    m_pin->clear();
    showOk(tr("The new PIN is set."));
    return true;
}

void StaffPage::askDeactivate()
{
    const std::int64_t id = selectedId();
    if (!id) {
        showError(tr("Choose an employee in the list first."));
        return;
    }
    QString name;
    for (const app::Employee &e : std::as_const(m_employees))
        if (e.id == id)
            name = e.fullName;
    auto *box =
        new QMessageBox(QMessageBox::Question, tr("Deactivate employee"),
                        tr("Deactivate %1? They will no longer be able to log in; their sales stay in "
                           "the journal.")
                            .arg(name),
                        QMessageBox::Yes | QMessageBox::No, this);
    box->setObjectName(QStringLiteral("confirmDeactivate"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->button(QMessageBox::Yes)->setText(tr("Deactivate"));
    box->button(QMessageBox::No)->setText(tr("Keep"));
    connect(box, &QMessageBox::finished, this, [this, id](int result) {
        if (result == QMessageBox::Yes)
            deactivate(id);
    });
    box->open();
}

bool StaffPage::deactivate(std::int64_t id)
{
    auto ok = m_session.staff().remove(m_session.actor(), id);
    if (!ok) {
        showError(ok.error().message);
        return false;
    }
    reload();
    showOk(tr("The employee is deactivated."));
    return true;
}

} // namespace ui
