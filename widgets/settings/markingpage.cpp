#include "widgets/settings/markingpage.h"

#include <QButtonGroup>
#include <QColor>
#include <QFileDialog>
#include <QFileInfo>
#include <QFont>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPalette>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableWidget>

#include <algorithm>

#include "app/marking/markinggroups.h"
#include "app/marking/markingsetup.h"
#include "app/marking/tspiotprobe.h"

namespace ui {

namespace {

const QColor kErrorText(0xb0, 0x00, 0x20);
const QColor kOkText(0x1b, 0x5e, 0x20);

// Colours through the palette, not a style sheet: a style sheet set on a label or an edit after the
// dialog's larger font reached it drops that font back to the application's.
void tint(QWidget *w, const QColor &text, const QColor &background = {})
{
    QPalette palette;
    if (text.isValid())
        palette.setColor(QPalette::WindowText, text);
    if (background.isValid())
        palette.setColor(QPalette::Window, background);
    w->setAutoFillBackground(background.isValid());
    w->setPalette(palette);
}

void makeBold(QWidget *w, bool bold)
{
    QFont font; // only the weight: size and family still come from the dialog
    font.setBold(bold);
    w->setFont(font);
}

} // namespace

MarkingPage::MarkingPage(app::MarkingSetup &setup, QWidget *parent)
    : SettingsPage(tr("Marking"), parent)
    , m_setup(setup)
    , m_probe(new app::TsPiotProbe(this))
{
    m_cabinetNote = new QLabel(tr("These settings come from the cloud cabinet; change them there."), this);
    m_cabinetNote->setObjectName(QStringLiteral("fromCabinetNote"));
    m_cabinetNote->setWordWrap(true);
    m_cabinetNote->setMargin(8);
    m_cabinetNote->setFrameShape(QFrame::Box);
    tint(m_cabinetNote, QColor(0x17, 0x4e, 0xa6), QColor(0xe8, 0xf0, 0xfe));
    makeBold(m_cabinetNote, true);
    content()->addWidget(m_cabinetNote);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("markingMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setMargin(8);
    makeBold(m_message, true);
    m_message->setVisible(false);
    content()->addWidget(m_message);

    buildMode();
    buildTsPiotBox();
    buildLegacyBox();
    buildPolicy();
    buildActions();
    content()->addStretch();

    connect(m_probe, &app::TsPiotProbe::finished, this, [this](bool ok, const QString &text) {
        m_check->setEnabled(true);
        tint(m_checkResult, ok ? kOkText : kErrorText);
        makeBold(m_checkResult, true);
        m_checkResult->setText(text);
    });
    reload();
}

void MarkingPage::buildMode()
{
    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Check the codes through:"), this));
    m_modeTsPiot = new QRadioButton(tr("TS PIoT"), this);
    m_modeTsPiot->setObjectName(QStringLiteral("modeTsPiot"));
    m_modeLegacy = new QRadioButton(tr("Chestny Znak directly + LM ChZ"), this);
    m_modeLegacy->setObjectName(QStringLiteral("modeLegacy"));
    auto *group = new QButtonGroup(this);
    group->addButton(m_modeTsPiot);
    group->addButton(m_modeLegacy);
    row->addWidget(m_modeTsPiot);
    row->addWidget(m_modeLegacy);
    row->addStretch();
    content()->addLayout(row);
    connect(m_modeTsPiot, &QRadioButton::toggled, this, &MarkingPage::updateMode);
}

QLineEdit *MarkingPage::secretEdit(const char *name)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(QLatin1String(name));
    edit->setEchoMode(QLineEdit::Password);
    edit->setToolTip(tr("Not shown. Leave empty to keep the saved one; type a new one to replace it."));
    // Typing a new secret takes back a «Forget» clicked before.
    connect(edit, &QLineEdit::textEdited, this, [this, edit] { m_forgotten.remove(edit); });
    return edit;
}

// The field cannot show the stored secret, so an empty field means "keep it"; «Forget» beside it is
// the one way to remove a secret (a token revoked, an ЛМ without a password).
QLayout *MarkingPage::secretRow(QLineEdit *edit)
{
    auto *row = new QHBoxLayout;
    auto *forget = new QPushButton(tr("Forget"), this);
    forget->setObjectName(edit->objectName() + QStringLiteral("Forget"));
    forget->setToolTip(tr("Remove the saved secret when the settings are saved."));
    row->addWidget(edit, 1);
    row->addWidget(forget);
    m_forgetButtons.insert(edit, forget);
    connect(forget, &QPushButton::clicked, this, [this, edit, forget] {
        edit->clear();
        edit->setPlaceholderText(tr("will be removed on saving"));
        m_forgotten.insert(edit);
        forget->setEnabled(false);
    });
    return row;
}

// A secret typed replaces the stored one, a forgotten one is removed, an empty field keeps it.
QString MarkingPage::secretOf(const QLineEdit *edit, const QString &stored) const
{
    const QString typed = edit->text().trimmed();
    if (!typed.isEmpty())
        return typed;
    return m_forgotten.contains(edit) ? QString() : stored;
}

void MarkingPage::buildTsPiotBox()
{
    m_tsPiotBox = new QGroupBox(tr("TS PIoT"), this);
    auto *form = new QFormLayout(m_tsPiotBox);
    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("tsPiotUrl"));
    m_url->setPlaceholderText(QStringLiteral("https://127.0.0.1:51401"));
    form->addRow(tr("Address:"), m_url);
    m_clientId = new QLineEdit(this);
    m_clientId->setObjectName(QStringLiteral("clientId"));
    form->addRow(tr("Program's client id:"), m_clientId);
    m_clientToken = secretEdit("clientToken");
    form->addRow(tr("Program's client token:"), secretRow(m_clientToken));
    auto *caRow = new QHBoxLayout;
    m_caFile = new QLineEdit(this);
    m_caFile->setObjectName(QStringLiteral("caFile"));
    m_caFile->setPlaceholderText(tr("empty: the system's certificate authorities"));
    m_caBrowse = new QPushButton(tr("Choose…"), this);
    m_caBrowse->setObjectName(QStringLiteral("caBrowse"));
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(m_caBrowse);
    form->addRow(tr("CA certificate file:"), caRow);
    // Only "Check the connection" uses it, so it stays editable when the cabinet owns the rest.
    m_infoPort = new QSpinBox(this);
    m_infoPort->setObjectName(QStringLiteral("tsPiotInfoPort"));
    m_infoPort->setRange(0, 65535);
    m_infoPort->setSpecialValueText(tr("the check address's port"));
    m_infoPort->setMaximumWidth(260);
    m_infoPort->setToolTip(tr("The module answers «Check the connection» on its information port, 51077 "
                              "unless its technician changed it."));
    form->addRow(tr("Information port:"), m_infoPort);
    auto *checkRow = new QHBoxLayout;
    m_check = new QPushButton(tr("Check the connection"), this);
    m_check->setObjectName(QStringLiteral("checkTsPiot"));
    makeBig(m_check);
    m_checkResult = new QLabel(this);
    m_checkResult->setObjectName(QStringLiteral("checkResult"));
    m_checkResult->setWordWrap(true);
    m_checkResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    checkRow->addWidget(m_check);
    checkRow->addWidget(m_checkResult, 1);
    form->addRow(checkRow);
    content()->addWidget(m_tsPiotBox);
    connect(m_check, &QPushButton::clicked, this, &MarkingPage::testConnection);
    connect(m_caBrowse, &QPushButton::clicked, this, &MarkingPage::browseCaFile);
}

void MarkingPage::buildLegacyBox()
{
    m_legacyBox = new QGroupBox(tr("Chestny Znak directly and the local module LM ChZ"), this);
    auto *form = new QFormLayout(m_legacyBox);
    m_chzToken = secretEdit("chzToken");
    form->addRow(tr("Token for Chestny Znak:"), secretRow(m_chzToken));
    m_lmUrl = new QLineEdit(this);
    m_lmUrl->setObjectName(QStringLiteral("lmUrl"));
    m_lmUrl->setPlaceholderText(QStringLiteral("http://127.0.0.1:5995"));
    form->addRow(tr("LM ChZ address:"), m_lmUrl);
    m_lmLogin = new QLineEdit(this);
    m_lmLogin->setObjectName(QStringLiteral("lmLogin"));
    form->addRow(tr("LM ChZ login:"), m_lmLogin);
    m_lmPassword = secretEdit("lmPassword");
    form->addRow(tr("LM ChZ password:"), secretRow(m_lmPassword));
    content()->addWidget(m_legacyBox);
}

void MarkingPage::buildPolicy()
{
    auto *budgetForm = new QFormLayout;
    m_budget = new QSpinBox(this);
    m_budget->setObjectName(QStringLiteral("budgetMs"));
    m_budget->setRange(app::MarkingSettings::kMinBudgetMs, app::MarkingSettings::kMaxBudgetMs);
    m_budget->setSingleStep(100);
    m_budget->setSuffix(tr(" ms"));
    m_budget->setMaximumWidth(160);
    auto *budgetRow = new QHBoxLayout;
    budgetRow->addWidget(m_budget);
    budgetRow->addWidget(
        new QLabel(tr("from 200 to 1500 ms: the law lets the till wait 1.5 s at most"), this), 1);
    budgetForm->addRow(tr("Wait for the answer at most:"), budgetRow);
    content()->addLayout(budgetForm);

    auto *box = new QGroupBox(tr("When Chestny Znak does not answer in time"), this);
    auto *layout = new QVBoxLayout(box);
    auto *hint = new QLabel(tr("The code is sold without a check, with a note on the receipt line. In the "
                               "groups ticked here the sale is refused instead."),
                            this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    m_groups = new QTableWidget(0, ColumnCount, this);
    m_groups->setObjectName(QStringLiteral("groupTable"));
    m_groups->setHorizontalHeaderLabels({tr("No."), tr("Product group"), tr("Refuse without an answer")});
    m_groups->verticalHeader()->setVisible(false);
    m_groups->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_groups->setSelectionMode(QAbstractItemView::SingleSelection);
    m_groups->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_groups->horizontalHeader()->setSectionResizeMode(GroupId, QHeaderView::ResizeToContents);
    m_groups->horizontalHeader()->setSectionResizeMode(GroupName, QHeaderView::Stretch);
    m_groups->horizontalHeader()->setSectionResizeMode(Strict, QHeaderView::ResizeToContents);
    m_groups->setMinimumHeight(210);
    layout->addWidget(m_groups);
    content()->addWidget(box);
}

void MarkingPage::buildActions()
{
    auto *row = new QHBoxLayout;
    m_save = new QPushButton(tr("Save"), this);
    m_save->setObjectName(QStringLiteral("saveButton"));
    makeBig(m_save);
    row->addWidget(m_save);
    row->addStretch();
    content()->addLayout(row);
    connect(m_save, &QPushButton::clicked, this, &MarkingPage::save);
}

void MarkingPage::reload()
{
    m_loaded = m_setup.load();
    const bool legacy = m_loaded.mode == app::MarkingSettings::Mode::Legacy;
    m_modeLegacy->setChecked(legacy);
    m_modeTsPiot->setChecked(!legacy);
    m_url->setText(m_loaded.tsPiotUrl);
    m_clientId->setText(m_loaded.clientId);
    m_caFile->setText(m_loaded.caFile);
    m_infoPort->setValue(m_loaded.tsPiotInfoPort);
    m_lmUrl->setText(m_loaded.lmUrl);
    m_lmLogin->setText(m_loaded.lmLogin);
    const std::pair<QLineEdit *, QString> secrets[] = {{m_clientToken, m_loaded.clientToken},
                                                       {m_chzToken, m_loaded.chzToken},
                                                       {m_lmPassword, m_loaded.lmPassword}};
    m_forgotten.clear();
    setReadOnly(m_loaded.fromCabinet);
    for (const auto &[edit, stored] : secrets) {
        edit->clear();
        edit->setPlaceholderText(stored.isEmpty() ? tr("not set") : tr("set"));
        m_forgetButtons.value(edit)->setEnabled(!stored.isEmpty() && !m_readOnly);
    }
    m_budget->setValue(m_loaded.budgetMs);
    fillGroups(m_loaded.strictGroups);
    updateMode();
}

void MarkingPage::fillGroups(const QMap<int, bool> &strict)
{
    QList<app::MarkingGroup> groups = app::markingGroups();
    for (auto it = strict.cbegin(); it != strict.cend(); ++it) {
        const bool known = std::any_of(groups.cbegin(), groups.cend(),
                                       [id = it.key()](const app::MarkingGroup &g) { return g.id == id; });
        if (!known)
            groups.append({it.key(), app::markingGroupName(it.key())});
    }
    m_groups->setRowCount(int(groups.size()));
    for (int row = 0; row < groups.size(); ++row) {
        const app::MarkingGroup &g = groups.at(row);
        auto *id = new QTableWidgetItem(QString::number(g.id));
        id->setData(Qt::UserRole, g.id);
        id->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        id->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        auto *name = new QTableWidgetItem(g.name);
        name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        auto *check = new QTableWidgetItem;
        Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
        if (!m_readOnly)
            flags |= Qt::ItemIsUserCheckable;
        check->setFlags(flags);
        check->setCheckState(strict.value(g.id, false) ? Qt::Checked : Qt::Unchecked);
        m_groups->setItem(row, GroupId, id);
        m_groups->setItem(row, GroupName, name);
        m_groups->setItem(row, Strict, check);
    }
}

void MarkingPage::updateMode()
{
    const bool legacy = m_modeLegacy->isChecked();
    m_tsPiotBox->setVisible(!legacy);
    m_legacyBox->setVisible(legacy);
}

void MarkingPage::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_cabinetNote->setVisible(readOnly);
    for (QLineEdit *edit :
         {m_url, m_clientId, m_clientToken, m_caFile, m_chzToken, m_lmUrl, m_lmLogin, m_lmPassword})
        edit->setReadOnly(readOnly);
    m_budget->setReadOnly(readOnly);
    for (QWidget *w : std::initializer_list<QWidget *>{m_modeTsPiot, m_modeLegacy, m_caBrowse})
        w->setEnabled(!readOnly);
    m_save->setVisible(!readOnly);
}

app::MarkingSettings MarkingPage::formSettings() const
{
    app::MarkingSettings s = m_loaded;
    s.mode =
        m_modeLegacy->isChecked() ? app::MarkingSettings::Mode::Legacy : app::MarkingSettings::Mode::TsPiot;
    s.tsPiotUrl = m_url->text().trimmed();
    s.clientId = m_clientId->text().trimmed();
    s.clientToken = secretOf(m_clientToken, m_loaded.clientToken);
    s.caFile = m_caFile->text().trimmed();
    s.tsPiotInfoPort = m_infoPort->value();
    s.chzToken = secretOf(m_chzToken, m_loaded.chzToken);
    s.lmUrl = m_lmUrl->text().trimmed();
    s.lmLogin = m_lmLogin->text().trimmed();
    s.lmPassword = secretOf(m_lmPassword, m_loaded.lmPassword);
    s.budgetMs = m_budget->value();
    for (int row = 0; row < m_groups->rowCount(); ++row) {
        const int id = m_groups->item(row, GroupId)->data(Qt::UserRole).toInt();
        const bool strict = m_groups->item(row, Strict)->checkState() == Qt::Checked;
        if (strict || s.strictGroups.contains(id))
            s.strictGroups.insert(id, strict);
    }
    return s;
}

bool MarkingPage::save()
{
    if (m_readOnly)
        return false;
    const app::MarkingSettings s = formSettings();
    markField(nullptr);
    QString error;
    if (!m_setup.save(s, &error)) {
        showMessage(error, true);
        markField(fieldOf(s));
        return false;
    }
    reload();
    showMessage(tr("The marking settings are saved; the next scanned code is checked with them."), false);
    return true;
}

// Which field the validation error is about, to mark it and put the cursor there.
QWidget *MarkingPage::fieldOf(const app::MarkingSettings &s) const
{
    if (s.budgetMs < app::MarkingSettings::kMinBudgetMs || s.budgetMs > app::MarkingSettings::kMaxBudgetMs)
        return m_budget;
    app::MarkingSettings alone;
    alone.mode = app::MarkingSettings::Mode::Legacy; // the address alone, without its credentials
    alone.tsPiotUrl = s.tsPiotUrl;
    if (!alone.validate().isEmpty())
        return m_url;
    alone.tsPiotUrl.clear();
    alone.lmUrl = s.lmUrl;
    if (!alone.validate().isEmpty())
        return m_lmUrl;
    if (s.mode == app::MarkingSettings::Mode::TsPiot && !s.tsPiotUrl.isEmpty())
        return s.clientId.isEmpty() ? static_cast<QWidget *>(m_clientId) : m_clientToken;
    return nullptr;
}

void MarkingPage::markField(QWidget *field)
{
    if (m_marked)
        m_marked->setPalette(QPalette()); // inherited again
    m_marked = field;
    if (!field)
        return;
    QPalette palette;
    palette.setColor(QPalette::Base, QColor(0xfd, 0xde, 0xdb));
    field->setPalette(palette);
    field->setFocus();
}

void MarkingPage::showMessage(const QString &text, bool error)
{
    tint(m_message, error ? kErrorText : kOkText, error ? QColor(0xfd, 0xec, 0xea) : QColor());
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

QString MarkingPage::messageText() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

void MarkingPage::testConnection()
{
    const app::MarkingSettings s = formSettings();
    app::MarkingSettings alone;
    alone.mode = app::MarkingSettings::Mode::Legacy; // the address alone, without its credentials
    alone.tsPiotUrl = s.tsPiotUrl;
    if (const QString problem = alone.validate(); !problem.isEmpty()) {
        tint(m_checkResult, kErrorText);
        makeBold(m_checkResult, true);
        m_checkResult->setText(problem);
        return;
    }
    app::TsPiotSettings ts;
    ts.url = QUrl(s.tsPiotUrl);
    ts.clientId = s.clientId;
    ts.clientToken = s.clientToken;
    ts.caFile = s.caFile;
    ts.infoPort = s.tsPiotInfoPort;
    m_check->setEnabled(false);
    tint(m_checkResult, {});
    makeBold(m_checkResult, false);
    m_checkResult->setText(tr("Asking TS PIoT…"));
    m_probe->check(ts);
}

void MarkingPage::browseCaFile()
{
    const QString start = m_caFile->text().isEmpty() ? QString() : QFileInfo(m_caFile->text()).absolutePath();
    const QString file = QFileDialog::getOpenFileName(this, tr("CA certificate of TS PIoT"), start,
                                                      tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
    if (!file.isEmpty())
        m_caFile->setText(file);
}

} // namespace ui
