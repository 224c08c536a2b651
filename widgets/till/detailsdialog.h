#pragma once

#include <QDialog>

class QLineEdit;
class QPlainTextEdit;

namespace ui {

// The sale's comment and the buyer's phone or e-mail for the electronic receipt (tag 1008).
class DetailsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DetailsDialog)

public:
    DetailsDialog(const QString &comment, const QString &buyerContact, QWidget *parent = nullptr);

    QString comment() const;
    QString buyerContact() const;

private:
    QPlainTextEdit *m_comment = nullptr;
    QLineEdit *m_contact = nullptr;
};

} // namespace ui
