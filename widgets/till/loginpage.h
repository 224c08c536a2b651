#pragma once

// Who works at the till: pick yourself from the staff list (touch or arrows), type the 6-digit
// PIN on the keypad or the keyboard. Lockout after failed attempts is the staff service's rule;
// this page shows it with a countdown. A cashier change keeps the shift open.

#include <QWidget>

class QListWidget;

namespace app {
class TillSession;
}

namespace ui {

class LoginScreen;

class LoginPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoginPage)

public:
    explicit LoginPage(app::TillSession &session, QWidget *parent = nullptr);

    void reload(); // the staff list may have changed (settings, sync)
    void selectEmployee(std::int64_t id);
    std::int64_t selectedEmployee() const;
    LoginScreen *pinScreen() const { return m_pin; }

Q_SIGNALS:
    void signedIn();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void tryPin(const QString &pin);

    app::TillSession &m_session;
    QListWidget *m_people = nullptr;
    LoginScreen *m_pin = nullptr;
};

} // namespace ui
