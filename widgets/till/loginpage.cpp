#include "widgets/till/loginpage.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

#include "app/session/tillsession.h"
#include "app/staff/staffservice.h"
#include "widgets/loginscreen.h"
#include "widgets/till/tillstyle.h"

namespace ui {

LoginPage::LoginPage(app::TillSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("loginPage"));
    auto *layout = new QHBoxLayout(this);
    auto *left = new QVBoxLayout;
    auto *caption = new QLabel(tr("Who is at the till?"), this);
    caption->setFont(tillFont(18, true));
    left->addWidget(caption);
    m_people = new QListWidget(this);
    m_people->setObjectName(QStringLiteral("loginPeople"));
    m_people->setFont(tillFont(18));
    m_people->setMinimumWidth(360);
    m_people->setSpacing(4);
    left->addWidget(m_people, 1);
    layout->addLayout(left, 2);

    m_pin = new LoginScreen(this);
    m_pin->setHint(session.demoHint());
    layout->addWidget(m_pin, 3);
    connect(m_pin, &LoginScreen::pinEntered, this, &LoginPage::tryPin);
    // The PIN field keeps the keyboard: ↑/↓ and the first letters of a name choose the person.
    connect(m_pin, &LoginScreen::stepRequested, this, [this](int step) {
        if (m_people->count())
            m_people->setCurrentRow(qBound(0, m_people->currentRow() + step, m_people->count() - 1));
    });
    connect(m_pin, &LoginScreen::nameTyped, this, [this](const QString &typed) {
        QStringList names;
        for (int i = 0; i < m_people->count(); ++i)
            names << m_people->item(i)->text().section(QLatin1Char('\n'), 0, 0);
        // One letter again moves on to the next person with it; more letters narrow from here.
        const int row = matchPerson(names, typed, m_people->currentRow() + (typed.size() == 1 ? 1 : 0));
        if (row >= 0)
            m_people->setCurrentRow(row);
    });
    // The keypad keeps the keyboard; a click on a name must not steal it.
    m_people->setFocusPolicy(Qt::NoFocus);
    connect(m_people, &QListWidget::currentRowChanged, this, [this] {
        m_pin->clear();
        m_pin->setFocus();
    });
    reload();
}

void LoginPage::reload()
{
    const std::int64_t keep = selectedEmployee();
    m_people->clear();
    for (const app::Employee &e : m_session.staff().list()) {
        auto *item =
            new QListWidgetItem(QStringLiteral("%1\n%2").arg(e.fullName, app::roleName(e.role)), m_people);
        item->setData(Qt::UserRole, qint64(e.id));
        item->setSizeHint(QSize(0, 64));
    }
    if (keep)
        selectEmployee(keep);
    if (m_people->currentRow() < 0 && m_people->count())
        m_people->setCurrentRow(0);
}

void LoginPage::selectEmployee(std::int64_t id)
{
    for (int i = 0; i < m_people->count(); ++i) {
        if (m_people->item(i)->data(Qt::UserRole).toLongLong() == id) {
            m_people->setCurrentRow(i);
            return;
        }
    }
}

std::int64_t LoginPage::selectedEmployee() const
{
    const QListWidgetItem *item = m_people->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void LoginPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_pin->clear();
    m_pin->setFocus();
}

void LoginPage::tryPin(const QString &pin)
{
    const std::int64_t id = selectedEmployee();
    if (!id) {
        m_pin->showRejected(tr("Choose your name on the left first."));
        return;
    }
    // Argon2 takes ~0.1 s by design; it is neither a device nor the network, so it runs here.
    const auto actor = m_session.staff().login(id, pin);
    if (!actor) {
        // The failure that reaches the limit locks the person out at once: say so now.
        const auto employee = m_session.staff().find(id);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (employee && employee->lockedUntil.isValid() && employee->lockedUntil > now)
            m_pin->showLockedOut(int(qMax<qint64>(1, now.secsTo(employee->lockedUntil))));
        else
            m_pin->showRejected(actor.error().message);
        return;
    }
    m_session.signIn(*m_session.staff().find(id), *actor);
    m_pin->clear();
    Q_EMIT signedIn();
}

} // namespace ui
