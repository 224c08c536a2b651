#include "widgets/settings/scannerpage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

#include "app/core/moneytext.h"
#include "app/devicesetup/devicesettingsstore.h"
#include "app/devicesetup/scalereader.h"
#include "devices/codeclassifier.h"
#include "devices/serialports.h"

namespace ui {
namespace {

QString kindName(devices::CodeKind kind)
{
    switch (kind) {
    case devices::CodeKind::Ean13:
        return QObject::tr("EAN-13 product barcode");
    case devices::CodeKind::Ean8:
        return QObject::tr("EAN-8 product barcode");
    case devices::CodeKind::UpcA:
        return QObject::tr("UPC-A product barcode");
    case devices::CodeKind::Gtin14:
        return QObject::tr("GTIN-14 (case) barcode");
    case devices::CodeKind::Weighted:
        return QObject::tr("Weighted item barcode");
    case devices::CodeKind::Marking:
        return QObject::tr("Marking code (DataMatrix, Chestny ZNAK)");
    case devices::CodeKind::Other:
        return QObject::tr("Other code (shop's own, Code 128)");
    case devices::CodeKind::Invalid:
        break;
    }
    return QObject::tr("Not a valid code");
}

} // namespace

ScannerPage::ScannerPage(QWidget *parent)
    : SettingsPage(tr("Scanners and scale"), parent)
{
    content()->addWidget(buildWedgeBox());
    content()->addWidget(buildSerialBox());
    content()->addWidget(buildScaleBox());
    content()->addWidget(buildTestBox());
    content()->addLayout(buildSaveRow());
    content()->addStretch();
    refreshPorts();
    load();
}

QGroupBox *ScannerPage::buildWedgeBox()
{
    auto *wedgeBox = new QGroupBox(tr("USB scanner in keyboard mode"), this);
    auto *wedge = new QFormLayout(wedgeBox);
    m_wedgeEnabled = new QCheckBox(tr("Listen to a keyboard-mode scanner everywhere in the till"), this);
    m_wedgeEnabled->setObjectName(QStringLiteral("wedgeEnabled"));
    wedge->addRow(m_wedgeEnabled);
    m_wedgePrefix = new QLineEdit(this);
    m_wedgePrefix->setObjectName(QStringLiteral("wedgePrefix"));
    wedge->addRow(tr("Prefix the scanner adds:"), m_wedgePrefix);
    m_wedgeSuffix = new QLineEdit(this);
    m_wedgeSuffix->setObjectName(QStringLiteral("wedgeSuffix"));
    wedge->addRow(tr("Suffix the scanner adds:"), m_wedgeSuffix);
    m_maxGap = new QSpinBox(this);
    m_maxGap->setObjectName(QStringLiteral("wedgeMaxGap"));
    m_maxGap->setRange(5, 500);
    m_maxGap->setSuffix(tr(" ms"));
    wedge->addRow(tr("Longest pause between keys:"), m_maxGap);
    m_minLength = new QSpinBox(this);
    m_minLength->setObjectName(QStringLiteral("wedgeMinLength"));
    m_minLength->setRange(1, 64);
    wedge->addRow(tr("Shortest code:"), m_minLength);
    m_terminatorRequired = new QCheckBox(tr("The scanner sends Enter or Tab after each code"), this);
    m_terminatorRequired->setObjectName(QStringLiteral("wedgeTerminator"));
    wedge->addRow(m_terminatorRequired);
    return wedgeBox;
}

QGroupBox *ScannerPage::buildSerialBox()
{
    auto *serialBox = new QGroupBox(tr("Scanner on a COM port"), this);
    auto *serial = new QFormLayout(serialBox);
    m_serialEnabled = new QCheckBox(tr("Use a COM-port scanner"), this);
    m_serialEnabled->setObjectName(QStringLiteral("serialEnabled"));
    serial->addRow(m_serialEnabled);
    auto *portRow = new QHBoxLayout;
    m_serialPort = new QComboBox(this);
    m_serialPort->setObjectName(QStringLiteral("serialPort"));
    m_serialPort->setEditable(true);
    m_serialPort->setMinimumWidth(260);
    auto *refresh = new QPushButton(tr("Refresh"), this);
    makeBig(refresh);
    portRow->addWidget(m_serialPort, 1);
    portRow->addWidget(refresh);
    serial->addRow(tr("Port:"), portRow);
    m_serialBaud = new QComboBox(this);
    m_serialBaud->setObjectName(QStringLiteral("serialBaud"));
    for (int baud : {9600, 19200, 38400, 57600, 115200})
        m_serialBaud->addItem(QString::number(baud), baud);
    serial->addRow(tr("Baud rate:"), m_serialBaud);
    connect(refresh, &QPushButton::clicked, this, &ScannerPage::refreshPorts);
    return serialBox;
}

QGroupBox *ScannerPage::buildScaleBox()
{
    auto *scaleBox = new QGroupBox(tr("Scale on a COM port"), this);
    auto *scale = new QFormLayout(scaleBox);
    m_scaleEnabled = new QCheckBox(tr("Take the weight of goods sold by weight from the scale"), this);
    m_scaleEnabled->setObjectName(QStringLiteral("scaleEnabled"));
    scale->addRow(m_scaleEnabled);
    m_scalePort = new QComboBox(this);
    m_scalePort->setObjectName(QStringLiteral("scalePort"));
    m_scalePort->setEditable(true);
    m_scalePort->setMinimumWidth(260);
    scale->addRow(tr("Port:"), m_scalePort);
    m_scaleBaud = new QComboBox(this);
    m_scaleBaud->setObjectName(QStringLiteral("scaleBaud"));
    for (int baud : app::ScaleSetup::standardBauds())
        m_scaleBaud->addItem(QString::number(baud), baud);
    scale->addRow(tr("Baud rate:"), m_scaleBaud);
    m_scaleProtocol = new QComboBox(this);
    m_scaleProtocol->setObjectName(QStringLiteral("scaleProtocol"));
    m_scaleProtocol->addItem(tr("The scale sends the weight by itself"),
                             int(app::ScaleSetup::Protocol::Streams));
    m_scaleProtocol->addItem(tr("The scale answers a request (ENQ, 05h)"),
                             int(app::ScaleSetup::Protocol::AnswersEnq));
    scale->addRow(tr("Protocol:"), m_scaleProtocol);
    auto *checkRow = new QHBoxLayout;
    m_scaleCheck = new QPushButton(tr("Check connection"), this);
    m_scaleCheck->setObjectName(QStringLiteral("scaleCheck"));
    makeBig(m_scaleCheck);
    checkRow->addWidget(m_scaleCheck);
    m_scaleResult = new QLabel(this);
    m_scaleResult->setObjectName(QStringLiteral("scaleResult"));
    m_scaleResult->setWordWrap(true);
    checkRow->addWidget(m_scaleResult, 1);
    scale->addRow(checkRow);
    connect(m_scaleCheck, &QPushButton::clicked, this, &ScannerPage::checkScale);
    return scaleBox;
}

QGroupBox *ScannerPage::buildTestBox()
{
    auto *testBox = new QGroupBox(tr("Test"), this);
    auto *test = new QVBoxLayout(testBox);
    m_test = new QLineEdit(this);
    m_test->setObjectName(QStringLiteral("scanTest"));
    m_test->setPlaceholderText(tr("Click here and scan any barcode"));
    m_test->setMinimumHeight(40);
    test->addWidget(m_test);
    m_testResult = new QLabel(this);
    m_testResult->setObjectName(QStringLiteral("scanTestResult"));
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont resultFont = m_testResult->font();
    resultFont.setBold(true);
    m_testResult->setFont(resultFont);
    test->addWidget(m_testResult);
    connect(m_test, &QLineEdit::returnPressed, this, &ScannerPage::testScan);
    return testBox;
}

QHBoxLayout *ScannerPage::buildSaveRow()
{
    auto *row = new QHBoxLayout;
    auto *saveButton = new QPushButton(tr("Save"), this);
    saveButton->setObjectName(QStringLiteral("saveButton"));
    makeBig(saveButton);
    row->addWidget(saveButton);
    row->addStretch();
    connect(saveButton, &QPushButton::clicked, this, &ScannerPage::save);
    return row;
}

ScannerPage::~ScannerPage() = default;

void ScannerPage::refreshPorts()
{
    const QString current = m_serialPort->currentText();
    const QString currentScale = m_scalePort->currentText();
    m_serialPort->clear();
    m_scalePort->clear();
    for (const auto &port : devices::availableSerialPorts()) {
        m_serialPort->addItem(port.systemLocation);
        m_scalePort->addItem(port.systemLocation);
    }
    m_serialPort->setEditText(current);
    m_scalePort->setEditText(currentScale);
}

void ScannerPage::load()
{
    m_settings = app::storedDeviceSettings();
    const devices::WedgeSettings &w = m_settings.keyboardScanner;
    m_wedgeEnabled->setChecked(w.enabled);
    m_wedgePrefix->setText(w.prefix);
    m_wedgeSuffix->setText(w.suffix);
    m_maxGap->setValue(w.maxGapMs);
    m_minLength->setValue(w.minLength);
    m_terminatorRequired->setChecked(w.terminatorRequired);
    const devices::SerialScannerSettings &s = m_settings.serialScanner;
    m_serialEnabled->setChecked(s.enabled);
    m_serialPort->setEditText(s.port.portName);
    const int baud = m_serialBaud->findData(s.port.baudRate);
    m_serialBaud->setCurrentIndex(baud >= 0 ? baud : 0);
    m_scale = app::ScaleSetup::fromDevice(m_settings.scale);
    m_scaleEnabled->setChecked(m_scale.enabled);
    m_scalePort->setEditText(m_scale.port);
    const int scaleBaud = m_scaleBaud->findData(m_scale.baud);
    m_scaleBaud->setCurrentIndex(scaleBaud >= 0 ? scaleBaud : m_scaleBaud->findData(9600));
    m_scaleProtocol->setCurrentIndex(m_scaleProtocol->findData(int(m_scale.protocol)));
}

app::ScaleSetup ScannerPage::formScale() const
{
    app::ScaleSetup s = m_scale;
    s.enabled = m_scaleEnabled->isChecked();
    s.port = m_scalePort->currentText().trimmed();
    s.baud = m_scaleBaud->currentData().toInt();
    s.protocol = app::ScaleSetup::Protocol(m_scaleProtocol->currentData().toInt());
    return s;
}

void ScannerPage::checkScale()
{
    app::ScaleSetup s = formScale();
    if (s.port.isEmpty()) {
        m_scaleResult->setText(tr("Choose the COM port of the scale first."));
        return;
    }
    s.enabled = true;
    // A reader of its own: the till's reader holds the port only while it weighs a sale.
    m_scaleProbe = std::make_unique<app::ScaleReader>(s.toDevice());
    connect(m_scaleProbe.get(), &app::ScaleReader::weighed, this, &ScannerPage::showWeighing);
    m_scaleCheck->setEnabled(false);
    m_scaleResult->setStyleSheet(QString());
    m_scaleResult->setText(tr("Put something on the scale; weighing…"));
    m_scaleProbe->weigh();
}

void ScannerPage::showWeighing(const app::ScaleWeighing &weighing)
{
    m_scaleCheck->setEnabled(true);
    if (weighing.ok()) {
        m_scaleResult->setStyleSheet(QStringLiteral("color: #1b5e20; font-weight: bold;"));
        m_scaleResult->setText(tr("The scale answers: %1 kg.")
                                   .arg(app::displayQuantity(weighing.weight, app::QuantityDecimals::Three)));
    } else if (weighing.outcome == app::ScaleWeighing::Outcome::Empty ||
               weighing.outcome == app::ScaleWeighing::Outcome::Unstable ||
               weighing.outcome == app::ScaleWeighing::Outcome::Overload) {
        // It talks; only the weight is not usable now.
        m_scaleResult->setStyleSheet(QStringLiteral("color: #1b5e20; font-weight: bold;"));
        m_scaleResult->setText(tr("The scale answers. %1").arg(weighing.message));
    } else {
        m_scaleResult->setStyleSheet(QStringLiteral("color: #b71c1c; font-weight: bold;"));
        m_scaleResult->setText(weighing.message);
    }
}

devices::DeviceSettings ScannerPage::formSettings() const
{
    devices::DeviceSettings d = m_settings;
    d.keyboardScanner.enabled = m_wedgeEnabled->isChecked();
    d.keyboardScanner.prefix = m_wedgePrefix->text();
    d.keyboardScanner.suffix = m_wedgeSuffix->text();
    d.keyboardScanner.maxGapMs = m_maxGap->value();
    d.keyboardScanner.minLength = m_minLength->value();
    d.keyboardScanner.terminatorRequired = m_terminatorRequired->isChecked();
    d.serialScanner.enabled = m_serialEnabled->isChecked();
    d.serialScanner.port.portName = m_serialPort->currentText().trimmed();
    d.serialScanner.port.baudRate = m_serialBaud->currentData().toInt();
    d.scale = formScale().toDevice();
    return d;
}

bool ScannerPage::save()
{
    const devices::DeviceSettings d = formSettings();
    if (d.serialScanner.enabled && d.serialScanner.port.portName.isEmpty()) {
        showError(tr("Choose the COM port of the scanner, or switch the COM-port scanner off."));
        return false;
    }
    if (const QString problem = formScale().validate(); !problem.isEmpty()) {
        showError(problem);
        return false;
    }
    app::storeDeviceSettings(d);
    m_settings = d;
    m_scale = formScale();
    showOk(tr("The scanner and scale settings are saved."));
    return true;
}

QString ScannerPage::describeScan(const QString &scanned) const
{
    const devices::DeviceSettings d = formSettings();
    QString text = scanned;
    if (!d.keyboardScanner.prefix.isEmpty() && text.startsWith(d.keyboardScanner.prefix))
        text.remove(0, d.keyboardScanner.prefix.size());
    if (!d.keyboardScanner.suffix.isEmpty() && text.endsWith(d.keyboardScanner.suffix))
        text.chop(d.keyboardScanner.suffix.size());
    const devices::ClassifiedCode code = devices::classifyCode(text, d.codes);
    if (!code.isValid())
        return tr("%1: %2").arg(kindName(code.kind), code.errorText());
    QString out = tr("%1: %2").arg(kindName(code.kind), code.text);
    if (code.marking)
        out += QLatin1Char('\n') + tr("GTIN %1, serial %2").arg(code.marking->gtin, code.marking->serial);
    return out;
}

void ScannerPage::showScanned(const QString &scanned)
{
    m_testResult->setText(describeScan(scanned));
}

void ScannerPage::testScan()
{
    const QString scanned = m_test->text();
    if (scanned.isEmpty())
        return;
    showScanned(scanned);
    m_test->clear();
}

} // namespace ui
