#pragma once

// After a dialog of the sale screen the keyboard belongs to the entry line again, so the next scan
// or key works: `const FocusBack focusBack{m_entry};` at the top of the action.

#include <QLineEdit>

namespace ui {

struct FocusBack
{
    QLineEdit *entry;
    ~FocusBack()
    {
        if (QWidget *w = entry->window())
            w->activateWindow();
        entry->setFocus();
    }
};

} // namespace ui
