#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace ui {

// The 6-digit PIN entry: keyboard or the on-screen keypad (touch screens). It only collects the
// PIN and shows what the staff service answered; checking the PIN is app/'s job.
class LoginScreen final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoginScreen)

public:
    static constexpr int PinLength = 6;

    explicit LoginScreen(QWidget *parent = nullptr);

    // Shown under the keypad in demo mode, e.g. the demo PINs.
    void setHint(const QString &text);
    // The PIN was wrong: clear it and say so.
    void showRejected(const QString &message);
    // Too many failures: the keypad stays disabled for `seconds`, with a countdown.
    void showLockedOut(int seconds);
    void clear();
    bool isLockedOut() const;

Q_SIGNALS:
    void pinEntered(const QString &pin);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void appendDigit(QChar digit);
    void removeDigit();
    void submit();
    void updateDots();
    void setKeypadEnabled(bool enabled);
    void tickLockout();

    QString m_pin;
    QLabel *m_dots = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_hint = nullptr;
    QList<QPushButton *> m_keys;
    QTimer *m_lockoutTimer = nullptr;
    int m_lockoutLeft = 0;
};

} // namespace ui
