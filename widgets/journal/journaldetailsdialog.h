#pragma once

#include <QDialog>

#include "app/journal/journalmodel.h"
#include "app/sales/sale.h"

class QFormLayout;
class QHBoxLayout;
class QLabel;
class QTableWidget;

namespace ui {

// Everything about one document: lines, payments, FD number, fiscal sign, shift, cashier, buyer
// contact, comment, and for corrections the basis. F5 asks for a return, F6 for a copy, F9 for the
// card slips again; the journal screen acts on the answer (done(ReturnRequested) / ...).
class JournalDetailsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JournalDetailsDialog)

public:
    enum Outcome : int {
        Closed = QDialog::Rejected,
        ReturnRequested = 10,
        CopyRequested = 11,
        SlipRequested = 12
    };

    // `hasCardSlips`: card slips are stored with the document, F9 reprints them.
    // `journal`: the journal screen's model, which names the cashier and the shift.
    JournalDetailsDialog(const app::JournalModel &journal, const app::Sale &sale,
                         const app::JournalEntry &entry, bool hasCardSlips = false,
                         QWidget *parent = nullptr);

private:
    QLabel *buildTitle(const QString &kind, const app::Sale &sale);
    QFormLayout *buildFacts(const app::JournalModel &journal, const app::Sale &sale,
                            const app::JournalEntry &entry);
    QLabel *statusLabel(const app::JournalEntry &entry);
    void addFiscalRows(QFormLayout *form, const app::Sale &sale);
    void addCorrectionRows(QFormLayout *form, const app::Sale &sale);
    QTableWidget *buildLines(const app::Sale &sale);
    QLabel *buildPayments(const app::Sale &sale);
    QHBoxLayout *buildButtons(const app::Sale &sale, bool hasCardSlips);
};

} // namespace ui
