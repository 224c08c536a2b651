#pragma once

// The end of prilavok-marking-soak: the FN archive read back (FF3Ah/FF3Bh) against the sold-code
// register and the sale journal.

#include <QString>

namespace app {
class Database;
}

struct MarkingVerdictFigures
{
    int receipts = 0;           // sale and return receipts in the FN
    int checked = 0;            // sale lines with tag 1260
    int unchecked = 0;          // sale lines sold without a check (no 1260): the fake failed
    int uncheckedRefusable = 0; // of those, codes the fake would have refused had it answered
    int returnLines = 0;        // marked lines of return receipts
    int soldTwice = 0;          // an identity sold again before its return
    int returnedUnsold = 0;     // a return of a code not sold at the time
    int refusedSold = 0;        // a code the fake refuses found in the FN
    int registerMismatch = 0;
    int journalMismatch = 0; // journal document vs FN document (codes, kind), or unclaimed/lost
    bool ok() const
    {
        return soldTwice == 0 && returnedUnsold == 0 && refusedSold == 0 && registerMismatch == 0 &&
               journalMismatch == 0 && receipts > 0;
    }
};

MarkingVerdictFigures compareMarking(app::Database &db, const QString &deviceUrl);
