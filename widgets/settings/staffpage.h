#pragma once

// Settings page 5: employees. The list, and add / edit / deactivate / reset PIN through
// app::StaffService with the signed-in actor; the service's rules (nobody but the owner touches the
// owner, the last owner stays) come back as its translated errors and are shown as they are.

#include "app/staff/staffservice.h"
#include "widgets/settings/settingspage.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QMessageBox;
class QPushButton;
class QTableWidget;

namespace app {
class TillSession;
}

namespace ui {

class StaffPage final : public SettingsPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StaffPage)

public:
    explicit StaffPage(app::TillSession &session, QWidget *parent = nullptr);

    void reload();
    bool selectEmployee(std::int64_t id);
    std::int64_t selectedId() const;

    bool addEmployee();
    bool updateEmployee();
    bool resetPin();
    // Asks first (a non-modal box); the answer deactivates.
    void askDeactivate();
    bool deactivate(std::int64_t id);

private:
    void fillForm();
    app::EmployeeInput formInput() const;

    app::TillSession &m_session;
    QList<app::Employee> m_employees;
    QTableWidget *m_table = nullptr;
    QCheckBox *m_showInactive = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_phone = nullptr;
    QComboBox *m_role = nullptr;
    QLineEdit *m_pin = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_update = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_resetPin = nullptr;
};

} // namespace ui
