#include "widgets/settings/terminalbox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

#include "app/devicesetup/devicesettingsstore.h"
#include "app/payments/cardoperations.h"
#include "app/session/tillsession.h"
#include "devices/devicesettings.h"

namespace ui {

using Kind = devices::TerminalSettings::Kind;

TerminalBox::TerminalBox(app::TillSession &session, QWidget *parent)
    : QGroupBox(tr("Card terminal"), parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("terminalBox"));
    auto *form = new QFormLayout(this);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("terminalKind"));
    m_kind->addItem(tr("None (a standalone terminal, the cashier confirms)"), int(Kind::None));
    m_kind->addItem(tr("Sberbank UPOS (sb_pilot)"), int(Kind::Sberbank));
    m_kind->addItem(tr("Arcus2 (command-line tool)"), int(Kind::Arcus));
    form->addRow(tr("Terminal:"), m_kind);

    auto *programRow = new QHBoxLayout;
    m_program = new QLineEdit(this);
    m_program->setObjectName(QStringLiteral("terminalProgram"));
    m_program->setPlaceholderText(tr("/opt/sberbank/sb_pilot"));
    m_browse = new QPushButton(tr("Choose…"), this);
    programRow->addWidget(m_program, 1);
    programRow->addWidget(m_browse);
    form->addRow(tr("Program:"), programRow);

    m_beforeZ = new QCheckBox(tr("Reconcile (сверка итогов) before the Z report"), this);
    m_beforeZ->setObjectName(QStringLiteral("terminalReconcileBeforeZ"));
    form->addRow(m_beforeZ);

    auto *checkRow = new QHBoxLayout;
    m_check = new QPushButton(tr("Check the connection"), this);
    m_check->setObjectName(QStringLiteral("terminalCheck"));
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("terminalCheckResult"));
    m_result->setWordWrap(true);
    checkRow->addWidget(m_check);
    checkRow->addWidget(m_result, 1);
    form->addRow(checkRow);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &TerminalBox::updateEnabled);
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString file =
            QFileDialog::getOpenFileName(this, tr("The terminal's program"), m_program->text());
        if (!file.isEmpty())
            m_program->setText(file);
    });
    connect(m_check, &QPushButton::clicked, this, &TerminalBox::checkLink);
    reload();
}

void TerminalBox::reload()
{
    const devices::TerminalSettings &s = m_session.cardTerminalSettings();
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(int(s.kind))));
    m_program->setText(s.program);
    m_beforeZ->setChecked(s.reconcileBeforeZ);
    m_result->clear();
    updateEnabled();
}

void TerminalBox::updateEnabled()
{
    const bool cli = m_kind->currentData().toInt() != int(Kind::None);
    m_program->setEnabled(cli);
    m_browse->setEnabled(cli);
    m_check->setEnabled(cli);
    m_beforeZ->setEnabled(cli);
}

devices::TerminalSettings TerminalBox::formSettings() const
{
    devices::TerminalSettings s = m_session.cardTerminalSettings();
    const Kind kind = Kind(m_kind->currentData().toInt());
    if (kind != s.kind || m_program->text().trimmed() != s.program)
        s.configDir.clear(); // another program: its own folder holds its configuration
    s.kind = kind;
    s.program = m_program->text().trimmed();
    s.reconcileBeforeZ = m_beforeZ->isChecked();
    return s;
}

QString TerminalBox::save()
{
    const devices::TerminalSettings s = formSettings();
    if (s == m_session.cardTerminalSettings())
        return {};
    if (auto applied = m_session.setCardTerminal(s); !applied)
        return applied.error().message;
    if (!m_session.isDemo())
        app::storeCardTerminal(s);
    return {};
}

void TerminalBox::checkLink()
{
    if (const QString problem = save(); !problem.isEmpty()) {
        m_result->setStyleSheet(QStringLiteral("color: #a80000;"));
        m_result->setText(problem);
        return;
    }
    app::payments::CardOperations *cards = m_session.cardOperations();
    if (!cards) {
        m_result->setText(tr("No card terminal is chosen."));
        return;
    }
    m_check->setEnabled(false);
    m_result->setStyleSheet(QString());
    m_result->setText(tr("Asking the terminal…"));
    connect(
        cards, &app::payments::CardOperations::linkChecked, this,
        [this](bool ok, const QString &text) {
            m_check->setEnabled(true);
            m_result->setStyleSheet(ok ? QStringLiteral("color: #1b6e20;")
                                       : QStringLiteral("color: #a80000;"));
            m_result->setText(text);
        },
        Qt::SingleShotConnection);
    cards->checkLink();
}

QString TerminalBox::checkResult() const
{
    return m_result->text();
}

} // namespace ui
