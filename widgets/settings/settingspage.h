#pragma once

// The frame every Settings page shares: a title, a red banner when the signed-in person may not use
// the page (the content is then disabled), the page's own content, and a status line that says
// what the last action did (green) or why it failed (red).

#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace ui {

class SettingsPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsPage)

public:
    explicit SettingsPage(const QString &title, QWidget *parent = nullptr);

    QString title() const { return m_titleText; }
    // Empty: allowed. Otherwise the page is shown read-only with the reason on top.
    void setDeniedReason(const QString &reason);
    QString deniedReason() const { return m_denied; }
    bool isAllowed() const { return m_denied.isEmpty(); }

    void showOk(const QString &text);
    void showError(const QString &text);
    void clearStatus();
    QString statusText() const;

protected:
    QVBoxLayout *content() const { return m_content; }
    QWidget *contentWidget() const { return m_contentWidget; }
    // Big, touch-friendly push button.
    static void makeBig(QWidget *button);

private:
    QString m_titleText;
    QString m_denied;
    QLabel *m_banner = nullptr;
    QWidget *m_contentWidget = nullptr;
    QVBoxLayout *m_content = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace ui
