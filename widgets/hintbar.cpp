#include "widgets/hintbar.h"

#include <QAction>
#include <QHBoxLayout>
#include <QToolButton>

namespace ui {

HintBar::HintBar(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QHBoxLayout(this))
{
    m_layout->setContentsMargins(4, 2, 4, 2);
    m_layout->setSpacing(4);
}

void HintBar::setActions(const QList<QAction *> &actions)
{
    qDeleteAll(m_buttons);
    m_buttons.clear();
    for (QAction *action : actions) {
        auto *button = new QToolButton(this);
        button->setFocusPolicy(Qt::NoFocus); // a tap must not steal the scanner's focus
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        button->setMinimumHeight(40);
        connect(button, &QToolButton::clicked, action, &QAction::trigger);
        connect(action, &QAction::changed, button, [this, button, action] { refresh(button, action); });
        refresh(button, action);
        m_layout->addWidget(button);
        m_buttons.append(button);
    }
}

void HintBar::refresh(QToolButton *button, QAction *action)
{
    const QString key = action->shortcut().toString(QKeySequence::NativeText);
    const QString text = QString(action->text()).remove(QLatin1Char('&'));
    button->setText(key.isEmpty() ? text : key + QLatin1Char(' ') + text);
    button->setEnabled(action->isEnabled());
    button->setVisible(action->isVisible());
}

} // namespace ui
