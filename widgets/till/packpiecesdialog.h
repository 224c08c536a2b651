#pragma once

// «Продажа поштучно» (Ctrl+Shift+K on the sale screen): a few pieces of a marked pack, cigarettes
// by the piece (issue 18, marking reference §4.2). The cashier types how many pieces, then scans
// the pack's code (the sale screen hands a scan to the open dialog, whatever scanner sent it) or
// types it and presses Enter. OK gives both to SaleDesk::scanPart, which checks the code like a
// scan: the row, or the refusal, shows on the sale screen as for any scan.

#include <QDialog>

class QLabel;
class QLineEdit;
class QSpinBox;

namespace app {
class SaleDesk;
}

namespace ui {

class PackPiecesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PackPiecesDialog)

public:
    explicit PackPiecesDialog(app::SaleDesk &desk, QWidget *parent = nullptr);

    int pieces() const;
    QString code() const;
    QSpinBox *piecesBox() const { return m_pieces; }
    QLineEdit *codeEdit() const { return m_code; }

    // A code the scanner sent while the dialog is open: the pack's code, and the dialog goes on.
    void takeScan(const QString &code);
    // Without a code Enter moves on to the code line; with one the pieces go to the sale.
    void accept() override;

private:
    app::SaleDesk &m_desk;
    QSpinBox *m_pieces = nullptr;
    QLineEdit *m_code = nullptr;
    QLabel *m_hint = nullptr;
};

} // namespace ui
