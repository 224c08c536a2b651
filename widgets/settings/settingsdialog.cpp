#include "widgets/settings/settingsdialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

#include "app/session/tillsession.h"
#include "widgets/settings/importpage.h"
#include "widgets/settings/markingpage.h"
#include "widgets/settings/receiptpage.h"
#include "widgets/settings/registrarpage.h"
#include "widgets/settings/scannerpage.h"
#include "widgets/settings/staffpage.h"
#include "widgets/settings/workplacepage.h"

namespace ui {

SettingsDialog::SettingsDialog(app::TillSession &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setWindowTitle(tr("Settings"));
    setObjectName(QStringLiteral("settingsDialog"));
    QFont base = font();
    base.setPointSize(qMax(base.pointSize(), 11));
    setFont(base);
    resize(1100, 720);

    auto *outer = new QVBoxLayout(this);
    m_notAllowed = new QLabel(this);
    m_notAllowed->setObjectName(QStringLiteral("notAllowed"));
    m_notAllowed->setWordWrap(true);
    m_notAllowed->setStyleSheet(QStringLiteral(
        "background: #b00020; color: white; font-weight: bold; padding: 10px; font-size: 14pt;"));
    m_notAllowed->setVisible(false);
    outer->addWidget(m_notAllowed);

    auto *body = new QHBoxLayout;
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("pageList"));
    m_list->setMinimumWidth(290);
    m_list->setMaximumWidth(320);
    QFont listFont = m_list->font();
    listFont.setPointSize(listFont.pointSize() + 2);
    m_list->setFont(listFont);
    m_list->setSpacing(4);
    body->addWidget(m_list);
    m_stack = new QStackedWidget(this);
    body->addWidget(m_stack, 1);
    outer->addLayout(body, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    buttons->button(QDialogButtonBox::Close)->setMinimumSize(140, 44);
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    outer->addWidget(buttons);

    m_registrar = new RegistrarPage(session, this);
    m_workplace = new WorkplacePage(session, this);
    m_receipt = new ReceiptPage(session, this);
    m_scanners = new ScannerPage(this);
    m_staff = new StaffPage(session, this);
    m_import = new ImportPage(session, this);
    m_marking = new MarkingPage(session.marking(), this);
    addPage(m_registrar, app::Permission::ManageDevices);
    addPage(m_workplace, app::Permission::ManageSettings);
    addPage(m_receipt, app::Permission::ManageSettings);
    addPage(m_scanners, app::Permission::ManageDevices);
    addPage(m_staff, app::Permission::ManageStaff);
    addPage(m_import, app::Permission::ImportCatalog);
    addPage(m_marking, app::Permission::ManageSettings);

    connect(m_registrar, &RegistrarPage::urlSaved, this, &SettingsDialog::registrarUrlChanged);
    connect(m_workplace, &WorkplacePage::saved, m_receipt, &ReceiptPage::reload);
    connect(m_list, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);

    bool anyAllowed = false;
    int firstAllowed = 0;
    for (int i = int(m_pages.size()) - 1; i >= 0; --i) {
        if (m_pages.at(i)->isAllowed()) {
            anyAllowed = true;
            firstAllowed = i;
        }
    }
    if (!anyAllowed) {
        m_notAllowed->setText(notAllowedText());
        m_notAllowed->setVisible(true);
    }
    m_list->setCurrentRow(firstAllowed);
}

void SettingsDialog::addPage(SettingsPage *page, app::Permission permission)
{
    page->setObjectName(QStringLiteral("settingsPage%1").arg(m_pages.size()));
    const auto allowed = app::AccessControl::check(m_session.actor(), permission);
    if (!allowed)
        page->setDeniedReason(tr("%1 Ask the owner or an administrator.").arg(allowed.error().message));
    m_pages.append(page);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(
        Qt::ScrollBarAlwaysOff); // pages wrap and stretch, never scroll sideways
    scroll->setWidget(page);
    m_stack->addWidget(scroll);
    auto *item = new QListWidgetItem(page->title(), m_list);
    item->setSizeHint(QSize(0, 48));
    if (!allowed) {
        item->setForeground(Qt::gray);
        item->setToolTip(page->deniedReason());
        item->setText(page->title() + QStringLiteral("  ✕"));
    }
}

QString SettingsDialog::notAllowedText() const
{
    for (const SettingsPage *p : m_pages)
        if (p->isAllowed())
            return {};
    return tr("Settings are not allowed for %1: only the owner or an administrator may change them. Ask them "
              "to log in.")
        .arg(app::roleName(m_session.actor().role));
}

void SettingsDialog::showPage(Page p)
{
    m_list->setCurrentRow(int(p));
}

SettingsDialog::Page SettingsDialog::currentPage() const
{
    return Page(m_list->currentRow());
}

SettingsPage *SettingsDialog::page(Page p) const
{
    return m_pages.value(int(p));
}

} // namespace ui
