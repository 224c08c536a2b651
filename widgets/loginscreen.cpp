#include "widgets/loginscreen.h"

#include <QApplication>
#include <QDateTime>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace ui {

LoginScreen::LoginScreen(QWidget *parent)
    : QWidget(parent)
    , m_lockoutTimer(new QTimer(this))
{
    setFocusPolicy(Qt::StrongFocus);
    auto *outer = new QVBoxLayout(this);
    outer->addStretch();

    auto *title = new QLabel(tr("Enter your PIN"), this);
    QFont titleFont = title->font();
    titleFont.setPointSize(20);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignCenter);
    outer->addWidget(title);

    m_dots = new QLabel(this);
    m_dots->setObjectName(QStringLiteral("pinDots"));
    QFont dotsFont = m_dots->font();
    dotsFont.setPointSize(28);
    dotsFont.setLetterSpacing(QFont::AbsoluteSpacing, 8);
    m_dots->setFont(dotsFont);
    m_dots->setAlignment(Qt::AlignCenter);
    outer->addWidget(m_dots);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("pinMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    outer->addWidget(m_message);

    auto *keypad = new QGridLayout;
    keypad->setSpacing(8);
    const QString labels[] = {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
                              QStringLiteral("4"), QStringLiteral("5"), QStringLiteral("6"),
                              QStringLiteral("7"), QStringLiteral("8"), QStringLiteral("9"),
                              QStringLiteral("⌫"), QStringLiteral("0"), tr("OK")};
    for (int i = 0; i < 12; ++i) {
        auto *key = new QPushButton(labels[i], this);
        key->setFocusPolicy(Qt::NoFocus);
        key->setMinimumSize(88, 64);
        QFont keyFont = key->font();
        keyFont.setPointSize(18);
        key->setFont(keyFont);
        keypad->addWidget(key, i / 3, i % 3);
        m_keys.append(key);
        if (i == 9)
            connect(key, &QPushButton::clicked, this, &LoginScreen::removeDigit);
        else if (i == 11)
            connect(key, &QPushButton::clicked, this, &LoginScreen::submit);
        else
            connect(key, &QPushButton::clicked, this,
                    [this, digit = labels[i].at(0)] { appendDigit(digit); });
    }
    m_keys[9]->setObjectName(QStringLiteral("keyBackspace"));
    m_keys[11]->setObjectName(QStringLiteral("keyOk"));
    auto *keypadRow = new QHBoxLayout;
    keypadRow->addStretch();
    keypadRow->addLayout(keypad);
    keypadRow->addStretch();
    outer->addLayout(keypadRow);

    auto *keys = new QLabel(tr("↑↓ or the first letters of a name choose the person on the left"), this);
    keys->setObjectName(QStringLiteral("pinKeysHint"));
    keys->setAlignment(Qt::AlignCenter);
    keys->setStyleSheet(QStringLiteral("color: #555555;"));
    outer->addWidget(keys);

    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("pinHint"));
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setVisible(false);
    outer->addWidget(m_hint);
    outer->addStretch();

    m_lockoutTimer->setInterval(1000);
    connect(m_lockoutTimer, &QTimer::timeout, this, &LoginScreen::tickLockout);
    updateDots();
}

void LoginScreen::setHint(const QString &text)
{
    m_hint->setText(text);
    m_hint->setVisible(!text.isEmpty());
}

void LoginScreen::showRejected(const QString &message)
{
    m_pin.clear();
    updateDots();
    m_message->setText(message);
}

void LoginScreen::showLockedOut(int seconds)
{
    m_pin.clear();
    updateDots();
    m_lockoutLeft = seconds;
    setKeypadEnabled(false);
    m_lockoutTimer->start();
    tickLockout();
}

bool LoginScreen::isLockedOut() const
{
    return m_lockoutTimer->isActive();
}

void LoginScreen::clear()
{
    m_pin.clear();
    m_message->clear();
    updateDots();
}

void LoginScreen::keyPressEvent(QKeyEvent *event)
{
    const QString text = event->text();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (text.size() == 1 && text.at(0).isLetter()) {
        if (now - m_typedAt > QApplication::keyboardInputInterval())
            m_typed.clear();
        m_typed += text;
        m_typedAt = now;
        Q_EMIT nameTyped(m_typed);
        return;
    }
    m_typed.clear();
    if (event->key() == Qt::Key_Up || event->key() == Qt::Key_Down) {
        Q_EMIT stepRequested(event->key() == Qt::Key_Up ? -1 : 1);
    } else if (event->key() == Qt::Key_PageUp || event->key() == Qt::Key_PageDown) {
        Q_EMIT stepRequested(event->key() == Qt::Key_PageUp ? -5 : 5);
    } else if (text.size() == 1 && text.at(0).isDigit()) {
        appendDigit(text.at(0));
    } else if (event->key() == Qt::Key_Backspace) {
        removeDigit();
    } else if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        submit();
    } else if (event->key() == Qt::Key_Escape) {
        clear();
    } else {
        QWidget::keyPressEvent(event);
    }
}

void LoginScreen::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    setFocus();
}

void LoginScreen::appendDigit(QChar digit)
{
    if (isLockedOut() || m_pin.size() >= PinLength)
        return;
    m_pin.append(digit);
    m_message->clear();
    updateDots();
    if (m_pin.size() == PinLength)
        submit();
}

void LoginScreen::removeDigit()
{
    if (isLockedOut())
        return;
    m_pin.chop(1);
    updateDots();
}

void LoginScreen::submit()
{
    if (isLockedOut())
        return;
    if (m_pin.size() != PinLength) {
        m_message->setText(tr("The PIN has %1 digits").arg(PinLength));
        return;
    }
    const QString pin = m_pin;
    m_pin.clear();
    updateDots();
    Q_EMIT pinEntered(pin);
}

void LoginScreen::updateDots()
{
    QString dots;
    for (int i = 0; i < PinLength; ++i)
        dots += i < m_pin.size() ? QStringLiteral("●") : QStringLiteral("○");
    m_dots->setText(dots);
}

void LoginScreen::setKeypadEnabled(bool enabled)
{
    for (QPushButton *key : std::as_const(m_keys))
        key->setEnabled(enabled);
}

void LoginScreen::tickLockout()
{
    if (m_lockoutLeft <= 0) {
        m_lockoutTimer->stop();
        m_message->clear();
        setKeypadEnabled(true);
        return;
    }
    m_message->setText(tr("Too many wrong PINs. Try again in %1 s.").arg(m_lockoutLeft));
    --m_lockoutLeft;
}

int matchPerson(const QStringList &names, const QString &typed, int from)
{
    const auto fold = [](QString text) { return text.toLower().replace(QChar(0x0451), QChar(0x0435)); };
    const QString key = fold(typed);
    if (key.isEmpty() || names.isEmpty())
        return -1;
    for (int i = 0; i < names.size(); ++i) {
        const int row = int((std::max(from, 0) + i) % names.size());
        const QString name = fold(names.at(row));
        if (name.startsWith(key))
            return row;
        for (const QString &word : name.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            if (word.startsWith(key))
                return row;
    }
    return -1;
}

} // namespace ui
