#pragma once

// Settings → Workplace: the card terminal of this till. None (a standalone terminal the cashier
// confirms by hand), Sberbank UPOS through sb_pilot, or Arcus2 through its command-line tool, with
// the program's path and «Проверка связи». Saved through app::storeCardTerminal (demo mode:
// for this session only) and applied at once to the session.

#include <QGroupBox>

#include "devices/paymentsettings.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace app {
class TillSession;
}

namespace ui {

class TerminalBox final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TerminalBox)

public:
    explicit TerminalBox(app::TillSession &session, QWidget *parent = nullptr);

    void reload();
    // Empty when saved and applied; otherwise why not.
    QString save();
    void checkLink();
    QString checkResult() const;

private:
    devices::TerminalSettings formSettings() const;
    void updateEnabled();

    app::TillSession &m_session;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_program = nullptr;
    QPushButton *m_browse = nullptr;
    QPushButton *m_check = nullptr;
    QCheckBox *m_beforeZ = nullptr;
    QLabel *m_result = nullptr;
};

} // namespace ui
