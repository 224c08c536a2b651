#pragma once

// Settings page 2: the legal entity (name, INN, tax system), the point of sale (name, address,
// place of settlement) and this workplace (name, number 1-99, type), as app::OrganisationService
// stores them; and the card terminal of this till (TerminalBox).

#include "app/organisation/organisation.h"
#include "widgets/settings/settingspage.h"

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace app {
class TillSession;
}

namespace ui {

class TerminalBox;

class WorkplacePage final : public SettingsPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkplacePage)

public:
    explicit WorkplacePage(app::TillSession &session, QWidget *parent = nullptr);

    void reload();
    bool save();

Q_SIGNALS:
    void saved();

private:
    app::TillSession &m_session;
    app::Workplace m_workplace;
    QLineEdit *m_entityName = nullptr;
    QLineEdit *m_inn = nullptr;
    QComboBox *m_taxSystem = nullptr;
    QLineEdit *m_posName = nullptr;
    QLineEdit *m_address = nullptr;
    QLineEdit *m_place = nullptr;
    QLineEdit *m_workplaceName = nullptr;
    QSpinBox *m_number = nullptr;
    QComboBox *m_type = nullptr;
    TerminalBox *m_terminal = nullptr;
};

} // namespace ui
