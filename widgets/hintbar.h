#pragma once

#include <QList>
#include <QWidget>

class QAction;
class QHBoxLayout;
class QToolButton;

namespace ui {

// The function-key bar under the sale screen, as shops used to Frontol expect: one button per
// action, labelled with its key ("F5 Оплата"), clickable on a touch screen. The actions keep
// their own shortcuts, so the keyboard works whether or not the bar is visible.
class HintBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HintBar)

public:
    explicit HintBar(QWidget *parent = nullptr);

    void setActions(const QList<QAction *> &actions);
    QList<QToolButton *> buttons() const { return m_buttons; }

private:
    void refresh(QToolButton *button, QAction *action);

    QHBoxLayout *m_layout = nullptr;
    QList<QToolButton *> m_buttons;
};

} // namespace ui
