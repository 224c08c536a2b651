#pragma once

// "Give up the receipt": what the owner or administrator confirms before the till stops sending a
// receipt the registrar refused. Names the receipt, says the consequences plainly and takes a reason
// (required). Enter confirms once a reason is written, Esc cancels.

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace app {
struct JournalEntry;
}

namespace ui {

class AbandonDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AbandonDialog)

public:
    AbandonDialog(const app::JournalEntry &entry, QWidget *parent = nullptr);

    QString reason() const;
    void showError(const QString &text);

private:
    QLineEdit *m_reason = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_confirm = nullptr;
};

} // namespace ui
