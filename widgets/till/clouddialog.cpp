#include "widgets/till/clouddialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStringList>

#include "app/cloud/syncclient.h"
#include "app/cloud/syncsettingsstore.h"
#include "widgets/till/tillstyle.h"

namespace ui {

CloudDialog::CloudDialog(app::cloud::SyncClient &sync, QWidget *parent)
    : QDialog(parent)
    , m_sync(sync)
{
    setWindowTitle(tr("Cloud cabinet"));
    setFont(tillFont(13));
    auto *form = new QFormLayout(this);
    m_state = new QLabel(this);
    m_state->setWordWrap(true);
    form->addRow(tr("Sync:"), m_state);
    // What stops sync (a refused certificate, an address the till will not use) or makes it unsafe,
    // across the whole width: these texts are long and say what to do.
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setVisible(false);
    form->addRow(m_problem);
    m_url = new QLineEdit(app::cloud::storedCabinetUrl(), this);
    m_url->setPlaceholderText(QStringLiteral("https://cabinet.example.ru"));
    form->addRow(tr("Cabinet address:"), m_url);
    m_code = new QLineEdit(this);
    m_code->setPlaceholderText(tr("8 digits from the cabinet"));
    m_code->setMaxLength(8);
    form->addRow(tr("Workplace code:"), m_code);
    m_connect = new QPushButton(tr("Connect this till"), this);
    connect(m_connect, &QPushButton::clicked, this, &CloudDialog::activate);
    form->addRow(m_connect);
    m_result = new QLabel(this);
    m_result->setWordWrap(true);
    form->addRow(m_result);

    // For the technician: how the till trusts the cabinet.
    const app::cloud::SyncSettings stored = app::cloud::storedSyncSettings();
    m_caFile = new QLineEdit(stored.caFile, this);
    m_caFile->setPlaceholderText(tr("the system's certificate authorities"));
    connect(m_caFile, &QLineEdit::editingFinished, this, &CloudDialog::applyTransport);
    auto *choose = new QPushButton(tr("Choose…"), this);
    connect(choose, &QPushButton::clicked, this, &CloudDialog::chooseCaFile);
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(choose);
    form->addRow(tr("Cabinet's CA file:"), caRow);
    m_insecure =
        new QCheckBox(tr("Allow unencrypted connection (http://) — only on a trusted network"), this);
    m_insecure->setChecked(stored.allowInsecure);
    connect(m_insecure, &QCheckBox::toggled, this, &CloudDialog::applyTransport);
    form->addRow(m_insecure);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *now = buttons->addButton(tr("Sync now"), QDialogButtonBox::ActionRole);
    connect(now, &QPushButton::clicked, &m_sync, &app::cloud::SyncClient::syncNow);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);

    connect(&m_sync, &app::cloud::SyncClient::statusChanged, this, &CloudDialog::showStatus);
    connect(&m_sync, &app::cloud::SyncClient::activationFinished, this,
            [this](bool ok, const QString &message) {
                m_connect->setEnabled(true);
                m_result->setStyleSheet(ok ? okStyle() : errorStyle());
                m_result->setText(ok ? tr("The till is connected to the cabinet.") : message);
            });
    showStatus(m_sync.status());
}

void CloudDialog::showStatus(const app::cloud::SyncStatus &status)
{
    using State = app::cloud::SyncStatus::State;
    QString text;
    switch (status.state) {
    case State::NotActivated:
        text = tr("not connected");
        break;
    case State::TokenRevoked:
        text = tr("the cabinet revoked this till: connect it again with a new code");
        break;
    default:
        text = status.lastSuccess.isValid()
                   ? tr("last success %1")
                         .arg(status.lastSuccess.toLocalTime().toString(QStringLiteral("dd.MM HH:mm")))
                   : tr("not yet synced");
        break;
    }
    text += QLatin1Char('\n') +
            tr("waiting to send: %1, set aside: %2").arg(status.pending).arg(status.quarantined);
    if (status.catalogHeld > 0)
        text += QLatin1Char('\n') + tr("catalog entries the till could not take: %1").arg(status.catalogHeld);
    m_state->setText(text);
    QStringList problems;
    if (status.state == State::Error && !status.lastError.isEmpty())
        problems << status.lastError;
    if (status.insecure)
        problems << tr(
            "The connection is not encrypted (http://): allowed below, for a trusted network only.");
    m_problem->setText(problems.join(QLatin1Char('\n')));
    // A label with a style sheet takes the application's font, not the dialog's: say the size again.
    const QString size = QStringLiteral(" QLabel { font-size: %1pt; }").arg(font().pointSize());
    m_problem->setStyleSheet((status.state == State::Error
                                  ? errorStyle()
                                  : QStringLiteral("QLabel { color: #8a5300; font-weight: bold; }")) +
                             size);
    m_problem->setVisible(!problems.isEmpty());
}

void CloudDialog::chooseCaFile()
{
    const QString file =
        QFileDialog::getOpenFileName(this, tr("The cabinet's CA certificate"), m_caFile->text(),
                                     tr("Certificates (*.pem *.crt);;All files (*)"));
    if (file.isEmpty())
        return;
    m_caFile->setText(file);
    applyTransport();
}

void CloudDialog::applyTransport()
{
    const QString caFile = m_caFile->text().trimmed();
    app::cloud::storeTransportSettings(caFile, m_insecure->isChecked());
    m_sync.setTransport(caFile, m_insecure->isChecked());
}

void CloudDialog::activate()
{
    static const QRegularExpression eightDigits(QStringLiteral("^\\d{8}$"));
    const QString url = m_url->text().trimmed();
    const QString code = m_code->text().trimmed();
    if (!url.startsWith(QStringLiteral("http://")) && !url.startsWith(QStringLiteral("https://"))) {
        m_result->setStyleSheet(errorStyle());
        m_result->setText(tr("Type the cabinet address starting with https://"));
        return;
    }
    if (!eightDigits.match(code).hasMatch()) {
        m_result->setStyleSheet(errorStyle());
        m_result->setText(tr("The workplace code is 8 digits; the cabinet shows it for the workplace."));
        return;
    }
    app::cloud::storeCabinetUrl(url);
    applyTransport(); // the CA file and the http:// permission as shown, before the code goes out
    m_connect->setEnabled(false);
    m_result->setStyleSheet(QString());
    m_result->setText(tr("Connecting…"));
    m_sync.activate(url, code);
}

} // namespace ui
