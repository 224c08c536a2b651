#pragma once

// The permissive-mode check of the marked lines a cashier chose to return (issue 18, reference
// §4.1 "For a return"), run before the return exists, so that a refused code never reaches the
// registrar and no money goes back for it. Each marked line goes through PermitChecker as a return:
// the sold register first (a code this till sold may come back whatever Честный знак says yet),
// then ТС ПИоТ (or the legacy path), refused only when the code was never sold. The lines come back
// with what the check said, for the return's receipt (tag 1260) and its journal.

#include <QHash>
#include <QList>
#include <QObject>

#include "app/marking/permitverdict.h"
#include "app/sales/salesservice.h"

namespace app {

class PermitChecker;

class ReturnPermit final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReturnPermit)

public:
    explicit ReturnPermit(PermitChecker &checker, QObject *parent = nullptr);

    // Checks the marked ones among `lines` of `original`; finished() or refused() follows through
    // the event loop, also when none of them is marked. A new start() forgets the previous one.
    void start(const Sale &original, const QList<ReturnLineInput> &lines);
    bool running() const { return !m_waiting.isEmpty(); }

Q_SIGNALS:
    void finished(const QList<app::ReturnLineInput> &lines); // each marked line with its check
    void refused(const QString &text);

private:
    void onChecked(int requestId, const PermitVerdict &verdict);

    PermitChecker &m_checker;
    QList<ReturnLineInput> m_lines;
    QHash<int, qsizetype> m_waiting; // request id -> index in m_lines
};

} // namespace app
