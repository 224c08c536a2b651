#include "widgets/settings/registrarpage.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>

#include "app/devicesetup/registrarprobe.h"
#include "app/organisation/organisation.h"
#include "app/session/tillsession.h"
#include "devices/serialports.h"

namespace ui {
namespace {

QString usbIds(const devices::SerialPortDescription &port)
{
    if (port.vendorId < 0)
        return {};
    return QStringLiteral("USB %1:%2")
        .arg(port.vendorId, 4, 16, QLatin1Char('0'))
        .arg(port.productId, 4, 16, QLatin1Char('0'));
}

} // namespace

RegistrarPage::RegistrarPage(app::TillSession &session, QWidget *parent)
    : SettingsPage(tr("Fiscal registrar"), parent)
    , m_session(session)
    , m_probe(new app::RegistrarProbe(session.fiscal(), session.deviceUrl(), this))
{
    buildConnectionKind();
    buildSerialBox();
    buildTcpBox();
    buildCommonForm();
    buildActions();
    buildProgressRow();
    buildResult();
    content()->addStretch();
    connectSignals();

    refreshPorts();
    m_loaded = app::RegistrarSettings::stored();
    if (m_loaded.url().isEmpty() && !session.deviceUrl().isEmpty())
        m_loaded.setUrl(session.deviceUrl()); // demo mode: the emulator the till runs on
    setFormSettings(m_loaded);
}

void RegistrarPage::buildConnectionKind()
{
    auto *kind = new QHBoxLayout;
    m_serial = new QRadioButton(tr("COM port (USB or RS-232)"), this);
    m_serial->setObjectName(QStringLiteral("connectionSerial"));
    m_tcp = new QRadioButton(tr("Network (TCP)"), this);
    m_tcp->setObjectName(QStringLiteral("connectionTcp"));
    auto *group = new QButtonGroup(this);
    group->addButton(m_serial);
    group->addButton(m_tcp);
    kind->addWidget(m_serial);
    kind->addWidget(m_tcp);
    kind->addStretch();
    content()->addLayout(kind);
}

void RegistrarPage::buildSerialBox()
{
    m_serialBox = new QGroupBox(tr("COM port"), this);
    auto *serialForm = new QFormLayout(m_serialBox);
    auto *portRow = new QHBoxLayout;
    m_port = new QComboBox(this);
    m_port->setObjectName(QStringLiteral("portCombo"));
    m_port->setEditable(true);
    m_port->setMinimumWidth(320);
    m_port->setInsertPolicy(QComboBox::NoInsert);
    m_port->setCompleter(nullptr); // a typed port name stays as typed
    m_refresh = new QPushButton(tr("Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("refreshPorts"));
    makeBig(m_refresh);
    portRow->addWidget(m_port, 1);
    portRow->addWidget(m_refresh);
    serialForm->addRow(tr("Port:"), portRow);
    m_portDetails = new QLabel(this);
    m_portDetails->setObjectName(QStringLiteral("portDetails"));
    m_portDetails->setWordWrap(true);
    serialForm->addRow(QString(), m_portDetails);
    m_baud = new QComboBox(this);
    m_baud->setObjectName(QStringLiteral("baudCombo"));
    for (int baud : app::RegistrarSettings::standardBauds())
        m_baud->addItem(QString::number(baud), baud);
    serialForm->addRow(tr("Baud rate:"), m_baud);
    content()->addWidget(m_serialBox);
}

void RegistrarPage::buildTcpBox()
{
    m_tcpBox = new QGroupBox(tr("Network"), this);
    auto *tcpForm = new QFormLayout(m_tcpBox);
    m_host = new QLineEdit(this);
    m_host->setObjectName(QStringLiteral("hostEdit"));
    m_host->setPlaceholderText(QStringLiteral("192.168.137.111"));
    tcpForm->addRow(tr("IP address or host:"), m_host);
    m_tcpPort = new QSpinBox(this);
    m_tcpPort->setObjectName(QStringLiteral("tcpPortSpin"));
    m_tcpPort->setRange(0, 65535);
    tcpForm->addRow(tr("TCP port:"), m_tcpPort);
    content()->addWidget(m_tcpBox);
}

void RegistrarPage::buildCommonForm()
{
    auto *common = new QFormLayout;
    m_password = new QSpinBox(this);
    m_password->setObjectName(QStringLiteral("passwordSpin"));
    m_password->setRange(0, 99999999);
    common->addRow(tr("Operator password:"), m_password);
    m_connectTimeout = new QSpinBox(this);
    m_connectTimeout->setObjectName(QStringLiteral("connectTimeoutSpin"));
    m_connectTimeout->setRange(0, 60000);
    m_connectTimeout->setSingleStep(500);
    m_connectTimeout->setSuffix(tr(" ms"));
    common->addRow(tr("Connection timeout:"), m_connectTimeout);
    m_answerTimeout = new QSpinBox(this);
    m_answerTimeout->setObjectName(QStringLiteral("answerTimeoutSpin"));
    m_answerTimeout->setRange(0, 10000);
    m_answerTimeout->setSingleStep(100);
    m_answerTimeout->setSuffix(tr(" ms"));
    common->addRow(tr("Answer timeout:"), m_answerTimeout);
    content()->addLayout(common);
}

void RegistrarPage::buildActions()
{
    auto *actions = new QHBoxLayout;
    m_check = new QPushButton(tr("Test connection"), this);
    m_check->setObjectName(QStringLiteral("checkButton"));
    m_find = new QPushButton(tr("Find registrar"), this);
    m_find->setObjectName(QStringLiteral("findButton"));
    m_print = new QPushButton(tr("Print test slip"), this);
    m_print->setObjectName(QStringLiteral("printButton"));
    m_save = new QPushButton(tr("Save"), this);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setDefault(true);
    for (QPushButton *b : {m_check, m_find, m_print, m_save}) {
        makeBig(b);
        actions->addWidget(b);
    }
    actions->addStretch();
    content()->addLayout(actions);
}

void RegistrarPage::buildProgressRow()
{
    auto *progressRow = new QHBoxLayout;
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("scanProgress"));
    m_progress->setFormat(QStringLiteral("%v / %m"));
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelScan"));
    makeBig(m_cancel);
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    content()->addLayout(progressRow);
    m_progress->setVisible(false);
    m_cancel->setVisible(false);
}

void RegistrarPage::buildResult()
{
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("probeResult"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::RichText);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setMinimumHeight(110);
    m_result->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    content()->addWidget(m_result);
}

void RegistrarPage::connectSignals()
{
    connect(m_serial, &QRadioButton::toggled, this, &RegistrarPage::updateMode);
    connect(m_refresh, &QPushButton::clicked, this, &RegistrarPage::refreshPorts);
    connect(m_port, &QComboBox::currentTextChanged, this, &RegistrarPage::updatePortDetails);
    connect(m_check, &QPushButton::clicked, this, &RegistrarPage::testConnection);
    connect(m_find, &QPushButton::clicked, this, &RegistrarPage::findRegistrar);
    connect(m_print, &QPushButton::clicked, this, &RegistrarPage::printTest);
    connect(m_save, &QPushButton::clicked, this, &RegistrarPage::save);
    connect(m_cancel, &QPushButton::clicked, m_probe, &app::RegistrarProbe::cancel);
    connect(m_probe, &app::RegistrarProbe::checkFinished, this, &RegistrarPage::showInfo);
    connect(m_probe, &app::RegistrarProbe::scanProgress, this,
            [this](int done, int total, const QString &what) {
                m_progress->setMaximum(qMax(total, 1));
                m_progress->setValue(done);
                if (!what.isEmpty())
                    m_result->setText(tr("Trying %1 …").arg(what.toHtmlEscaped()));
            });
    connect(m_probe, &app::RegistrarProbe::scanFinished, this, &RegistrarPage::showScanResult);
    connect(m_probe, &app::RegistrarProbe::printFinished, this, [this](bool ok, const QString &message) {
        setBusy(false);
        ok ? showOk(message) : showError(message);
    });
}

void RegistrarPage::refreshPorts()
{
    const QString current = portPath();
    m_port->blockSignals(true);
    m_port->clear();
    const auto ports = devices::availableSerialPorts();
    for (const auto &port : ports) {
        QString text = port.systemLocation;
        if (!port.description.isEmpty())
            text += QStringLiteral(" — ") + port.description;
        if (const QString ids = usbIds(port); !ids.isEmpty())
            text += QStringLiteral(" (") + ids + QLatin1Char(')');
        m_port->addItem(text, port.systemLocation);
        QStringList tip{port.systemLocation};
        if (!port.manufacturer.isEmpty())
            tip << port.manufacturer;
        if (!port.serialNumber.isEmpty())
            tip << tr("Serial number: %1").arg(port.serialNumber);
        m_port->setItemData(m_port->count() - 1, tip.join(QLatin1Char('\n')), Qt::ToolTipRole);
    }
    m_port->blockSignals(false);
    setPortPath(current);
    updatePortDetails();
}

QString RegistrarPage::portPath() const
{
    const int index = m_port->findText(m_port->currentText());
    if (index >= 0)
        return m_port->itemData(index).toString();
    return m_port->currentText().trimmed();
}

void RegistrarPage::setPortPath(const QString &path)
{
    const int index = m_port->findData(path);
    if (index >= 0)
        m_port->setCurrentIndex(index);
    else
        m_port->setEditText(path);
}

void RegistrarPage::updatePortDetails()
{
    if (m_port->count() == 0) {
        m_portDetails->setText(
            tr("No COM ports found. Connect the registrar, switch it on and press “Refresh”, "
               "or type the port name."));
        return;
    }
    const int index = m_port->findText(m_port->currentText());
    m_portDetails->setText(index >= 0 ? tr("Ports found on this computer: %1.").arg(m_port->count())
                                      : tr("A port typed by hand: it is not in the list of this computer."));
}

void RegistrarPage::updateMode()
{
    const bool serial = m_serial->isChecked();
    m_serialBox->setVisible(serial);
    m_tcpBox->setVisible(!serial);
}

app::RegistrarSettings RegistrarPage::formSettings() const
{
    app::RegistrarSettings s;
    s.connection = m_serial->isChecked() ? app::RegistrarSettings::Connection::Serial
                                         : app::RegistrarSettings::Connection::Tcp;
    s.serialPort = portPath();
    s.baud = m_baud->currentData().toInt();
    s.host = m_host->text().trimmed();
    s.tcpPort = m_tcpPort->value();
    s.password = quint32(m_password->value());
    s.connectTimeoutMs = m_connectTimeout->value();
    s.answerTimeoutMs = m_answerTimeout->value();
    return s;
}

void RegistrarPage::setFormSettings(const app::RegistrarSettings &s)
{
    const bool serial = s.connection == app::RegistrarSettings::Connection::Serial;
    m_serial->setChecked(serial);
    m_tcp->setChecked(!serial);
    setPortPath(s.serialPort);
    const int baud = m_baud->findData(s.baud);
    m_baud->setCurrentIndex(baud >= 0 ? baud : m_baud->findData(app::RegistrarSettings::DefaultBaud));
    m_host->setText(s.host);
    m_tcpPort->setValue(s.tcpPort);
    m_password->setValue(int(s.password));
    m_connectTimeout->setValue(s.connectTimeoutMs);
    m_answerTimeout->setValue(s.answerTimeoutMs);
    updateMode();
}

bool RegistrarPage::save()
{
    const app::RegistrarSettings s = formSettings();
    if (const QString why = s.validate(); !why.isEmpty()) {
        showError(why);
        return false;
    }
    s.store();
    const bool changed = !(s == m_loaded) || s.url() != m_session.deviceUrl();
    m_loaded = s;
    showOk(tr("Saved: %1.").arg(s.describe()));
    if (changed)
        Q_EMIT urlSaved(s.url());
    return true;
}

void RegistrarPage::setBusy(bool busy)
{
    for (QPushButton *b : {m_check, m_find, m_print})
        b->setEnabled(!busy);
}

void RegistrarPage::testConnection()
{
    const app::RegistrarSettings s = formSettings();
    if (const QString why = s.validate(); !why.isEmpty()) {
        showError(why);
        return;
    }
    clearStatus();
    setBusy(true);
    m_result->setText(tr("Connecting to %1 …").arg(s.describe().toHtmlEscaped()));
    m_probe->check(s);
}

void RegistrarPage::findRegistrar()
{
    QStringList ports;
    if (const QString typed = portPath(); !typed.isEmpty())
        ports << typed;
    for (int i = 0; i < m_port->count(); ++i)
        if (const QString p = m_port->itemData(i).toString(); !ports.contains(p))
            ports << p;
    if (ports.isEmpty()) {
        showError(tr("There are no COM ports to search: connect the registrar and press “Refresh”."));
        return;
    }
    // The usual speeds first: a registrar ships at 115200 and is often set to 9600 or 4800.
    QList<int> bauds{115200, 9600, 4800, 57600, 38400, 19200, 2400};
    clearStatus();
    setBusy(true);
    m_progress->setValue(0);
    m_progress->setMaximum(int(ports.size() * bauds.size()));
    m_progress->setVisible(true);
    m_cancel->setVisible(true);
    m_probe->scan(ports, bauds, formSettings());
}

void RegistrarPage::printTest()
{
    const app::RegistrarSettings s = formSettings();
    if (const QString why = s.validate(); !why.isEmpty()) {
        showError(why);
        return;
    }
    QString shop;
    app::OrganisationService &organisation = m_session.organisation();
    if (const auto places = organisation.workplaces(); !places.isEmpty())
        if (const auto pos = organisation.pointOfSale(places.first().pointOfSaleId))
            shop = pos->storeName;
    clearStatus();
    setBusy(true);
    m_probe->printTest(s, app::RegistrarProbe::testSlipLines(shop));
}

void RegistrarPage::showInfo(const app::RegistrarInfo &info)
{
    setBusy(false);
    if (!info.ok) {
        m_result->clear();
        showError(info.error.text);
        return;
    }
    const QString row = QStringLiteral("<tr><td>%1&nbsp;&nbsp;</td><td><b>%2</b></td></tr>");
    QString html = QStringLiteral("<p style='color:#1b5e20'><b>%1</b></p><table>")
                       .arg(tr("The registrar is connected.").toHtmlEscaped());
    html += row.arg(tr("Model:"), info.model.toHtmlEscaped());
    if (!info.serialNumber.isEmpty())
        html += row.arg(tr("Serial number:"), info.serialNumber.toHtmlEscaped());
    html += row.arg(tr("FN number:"), info.fnNumber.toHtmlEscaped());
    html += row.arg(tr("Mode:"), info.modeText.toHtmlEscaped());
    html += row.arg(tr("Shift:"), info.shiftText.toHtmlEscaped());
    html += QStringLiteral("</table>");
    if (info.viaRunningService)
        html +=
            QStringLiteral("<p>%1</p>")
                .arg(tr("Read through the till's own connection: the till is working with this registrar.")
                         .toHtmlEscaped());
    m_result->setText(html);
    showOk(tr("Connected: %1").arg(info.summary()));
}

void RegistrarPage::showScanResult(const QList<app::RegistrarInfo> &found, bool cancelled,
                                   const QString &note)
{
    setBusy(false);
    m_progress->setVisible(false);
    m_cancel->setVisible(false);
    if (cancelled && found.isEmpty()) {
        m_result->clear();
        showError(tr("The search was cancelled."));
        return;
    }
    if (found.isEmpty()) {
        m_result->setText(note.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
        showError(tr("No registrar answered on any port at any speed: check that it is switched on and "
                     "connected, then search again."));
        return;
    }
    const app::RegistrarInfo &first = found.first();
    app::RegistrarSettings s = formSettings();
    s.setUrl(first.url);
    s.baud = first.baud;
    setFormSettings(s);
    if (first.ok)
        showInfo(first);
    else
        m_result->setText(first.error.text.toHtmlEscaped());
    showOk(
        tr("Found a registrar on %1 at %2 baud. Press “Save” to use it.").arg(s.serialPort).arg(first.baud));
}

} // namespace ui
