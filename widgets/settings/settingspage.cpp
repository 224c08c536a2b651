#include "widgets/settings/settingspage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace ui {

SettingsPage::SettingsPage(const QString &title, QWidget *parent)
    : QWidget(parent)
    , m_titleText(title)
{
    auto *outer = new QVBoxLayout(this);
    auto *heading = new QLabel(title, this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    outer->addWidget(heading);

    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("deniedBanner"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(QStringLiteral(
        "background: #fdecea; color: #b00020; font-weight: bold; padding: 8px; border: 1px solid #b00020;"));
    m_banner->setVisible(false);
    outer->addWidget(m_banner);

    m_contentWidget = new QWidget(this);
    m_content = new QVBoxLayout(m_contentWidget);
    m_content->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_contentWidget, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("pageStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    outer->addWidget(m_status);
}

void SettingsPage::setDeniedReason(const QString &reason)
{
    m_denied = reason;
    m_banner->setText(reason);
    m_banner->setVisible(!reason.isEmpty());
    m_contentWidget->setEnabled(reason.isEmpty());
}

void SettingsPage::showOk(const QString &text)
{
    m_status->setStyleSheet(QStringLiteral("color: #1b5e20; font-weight: bold;"));
    m_status->setText(text);
}

void SettingsPage::showError(const QString &text)
{
    m_status->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    m_status->setText(text);
}

void SettingsPage::clearStatus()
{
    m_status->clear();
}

QString SettingsPage::statusText() const
{
    return m_status->text();
}

void SettingsPage::makeBig(QWidget *button)
{
    button->setMinimumHeight(44);
    button->setMinimumWidth(120);
}

} // namespace ui
