#pragma once

// Settings page «Маркировка» (issue 18): how the till checks marking codes under the permissive
// mode, for a shop without a cabinet. The mode (ТС ПИоТ, or Честный знак directly with the local
// module ЛМ ЧЗ), each mode's addresses and credentials, the time budget and, per product group,
// whether a code that got no answer is refused. Secrets are never shown: a set one reads «задан», an
// empty field keeps it and «Забыть» removes it. Settings pulled from the cabinet are shown read-only.
// Saving applies them to the running check at once (app::MarkingSetup); "Check connection" asks
// ТС ПИоТ in the background (app::TsPiotProbe).

#include <QHash>
#include <QSet>

#include "app/marking/markingsettings.h"
#include "widgets/settings/settingspage.h"

class QGroupBox;
class QLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTableWidget;

namespace app {
class MarkingSetup;
class TsPiotProbe;
} // namespace app

namespace ui {

class MarkingPage final : public SettingsPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MarkingPage)

public:
    // The table's columns.
    enum Column { GroupId, GroupName, Strict, ColumnCount };

    explicit MarkingPage(app::MarkingSetup &setup, QWidget *parent = nullptr);

    void reload();
    bool save();
    // What the form holds, secrets left empty taking the stored ones.
    app::MarkingSettings formSettings() const;
    QString messageText() const;
    bool isReadOnly() const { return m_readOnly; }
    app::TsPiotProbe &probe() { return *m_probe; }

private:
    void buildMode();
    void buildTsPiotBox();
    void buildLegacyBox();
    void buildPolicy();
    void buildActions();
    void fillGroups(const QMap<int, bool> &strict);
    void updateMode();
    void setReadOnly(bool readOnly);
    void showMessage(const QString &text, bool error);
    QWidget *fieldOf(const app::MarkingSettings &settings) const;
    void markField(QWidget *field);
    void testConnection();
    void browseCaFile();
    QLineEdit *secretEdit(const char *name);
    QLayout *secretRow(QLineEdit *edit);
    QString secretOf(const QLineEdit *edit, const QString &stored) const;

    app::MarkingSetup &m_setup;
    app::TsPiotProbe *m_probe = nullptr;
    app::MarkingSettings m_loaded;
    bool m_readOnly = false;

    QLabel *m_cabinetNote = nullptr;
    QLabel *m_message = nullptr;
    QRadioButton *m_modeTsPiot = nullptr;
    QRadioButton *m_modeLegacy = nullptr;
    QGroupBox *m_tsPiotBox = nullptr;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_clientId = nullptr;
    QLineEdit *m_clientToken = nullptr;
    QLineEdit *m_caFile = nullptr;
    QPushButton *m_caBrowse = nullptr;
    QSpinBox *m_infoPort = nullptr;
    QPushButton *m_check = nullptr;
    QLabel *m_checkResult = nullptr;
    QGroupBox *m_legacyBox = nullptr;
    QLineEdit *m_chzToken = nullptr;
    QLineEdit *m_lmUrl = nullptr;
    QLineEdit *m_lmLogin = nullptr;
    QLineEdit *m_lmPassword = nullptr;
    QSpinBox *m_budget = nullptr;
    QTableWidget *m_groups = nullptr;
    QPushButton *m_save = nullptr;
    QWidget *m_marked = nullptr; // the field the last error named
    QHash<const QLineEdit *, QPushButton *> m_forgetButtons;
    QSet<const QLineEdit *> m_forgotten; // «Forget» clicked since the last reload
};

} // namespace ui
