#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace ui {

// The 6-digit PIN entry: keyboard or the on-screen keypad (touch screens). It only collects the
// PIN and shows what the staff service answered; checking the PIN is app/'s job. It keeps the
// keyboard, so it also passes on what chooses the person: ↑/↓ and letters (digits are the PIN).
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
    // ↑ (-1), ↓ (+1), Page Up/Down (-/+5): move to another person.
    void stepRequested(int step);
    // The letters typed so far, in one go (a pause longer than the keyboard input interval, a
    // digit or another key starts anew): choose the person whose name has a word starting so.
    void nameTyped(const QString &typed);

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
    QString m_typed;
    qint64 m_typedAt = 0; // ms since epoch of the last letter
};

// The first of `names`, looking from `from` on and wrapping, whose whole name or one of its words
// starts with `typed` (case-insensitive, ё = е); -1 when none.
int matchPerson(const QStringList &names, const QString &typed, int from);

} // namespace ui
