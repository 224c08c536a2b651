#include "widgets/settings/importpage.h"

#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QThreadPool>

#include "app/catalog/catalogimportjob.h"
#include "app/devicesetup/csvfilter.h"
#include "app/session/tillsession.h"

namespace ui {

ImportPage::ImportPage(app::TillSession &session, QWidget *parent)
    : SettingsPage(tr("Catalog import"), parent)
    , m_session(session)
{
    qRegisterMetaType<app::ImportReport>();
    auto *intro = new QLabel(tr("A CSV file with a header row: article, name, price, unit, vat, barcodes, "
                                "category, subject, country, marked, marking_type, weighted, description. "
                                "Products with a known article are updated, others are added."),
                             this);
    intro->setWordWrap(true);
    content()->addWidget(intro);

    auto *fileRow = new QHBoxLayout;
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("importPath"));
    m_path->setPlaceholderText(tr("File to import"));
    m_browse = new QPushButton(tr("Choose file…"), this);
    m_browse->setObjectName(QStringLiteral("browseButton"));
    makeBig(m_browse);
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(m_browse);
    content()->addLayout(fileRow);

    auto *actions = new QHBoxLayout;
    m_start = new QPushButton(tr("Import"), this);
    m_start->setObjectName(QStringLiteral("importButton"));
    m_goodRows = new QPushButton(tr("Import the good rows only"), this);
    m_goodRows->setObjectName(QStringLiteral("importGoodRows"));
    m_goodRows->setVisible(false);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelImport"));
    m_cancel->setVisible(false);
    for (QPushButton *b : {m_start, m_goodRows, m_cancel}) {
        makeBig(b);
        actions->addWidget(b);
    }
    actions->addStretch();
    content()->addLayout(actions);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setVisible(false);
    content()->addWidget(m_progress);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    QFont summaryFont = m_summary->font();
    summaryFont.setBold(true);
    m_summary->setFont(summaryFont);
    content()->addWidget(m_summary);

    m_issues = new QTableWidget(0, 2, this);
    m_issues->setObjectName(QStringLiteral("importIssues"));
    m_issues->setHorizontalHeaderLabels({tr("Line"), tr("Why the row was rejected")});
    m_issues->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_issues->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_issues->verticalHeader()->setVisible(false);
    m_issues->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_issues->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_issues->setWordWrap(true);
    content()->addWidget(m_issues, 1);

    connect(m_browse, &QPushButton::clicked, this, &ImportPage::browse);
    connect(m_start, &QPushButton::clicked, this, &ImportPage::startImport);
    connect(m_goodRows, &QPushButton::clicked, this, &ImportPage::importGoodRows);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_job)
            m_job->cancel();
    });
}

ImportPage::~ImportPage()
{
    // The job runs on the pool with its own connection; let it roll back before the page goes.
    if (m_job) {
        m_job->cancel();
        QThreadPool::globalInstance()->waitForDone();
    }
}

void ImportPage::setFilePath(const QString &path)
{
    m_path->setText(path);
}

void ImportPage::browse()
{
    auto *dialog = new QFileDialog(this, tr("Choose the catalog file"), m_path->text(),
                                   tr("CSV files (*.csv);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, &ImportPage::setFilePath);
    dialog->open();
}

void ImportPage::startImport()
{
    QFile file(m_path->text().trimmed());
    if (m_path->text().trimmed().isEmpty()) {
        showError(tr("Choose the file to import first."));
        return;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        showError(tr("Cannot read %1: %2").arg(file.fileName(), file.errorString()));
        return;
    }
    m_data = file.readAll();
    run(m_data);
}

void ImportPage::importGoodRows()
{
    QList<int> bad;
    for (const app::ImportIssue &issue : std::as_const(m_lastReport.issues))
        bad << issue.row;
    run(app::withoutCsvRecords(m_data, bad));
}

void ImportPage::run(const QByteArray &payload)
{
    if (m_job)
        return;
    clearStatus();
    m_summary->clear();
    m_issues->setRowCount(0);
    m_goodRows->setVisible(false);
    auto *job = new app::CatalogImportJob(m_session.databasePath(), m_session.actor(), payload,
                                          app::CatalogImportJob::Format::Csv);
    m_job = job;
    connect(job, &app::CatalogImportJob::progress, this, [this](qint64 done, qint64 total) {
        // Bytes can exceed an int: show per mille.
        m_progress->setMaximum(1000);
        m_progress->setValue(total > 0 ? int(done * 1000 / total) : 0);
    });
    connect(job, &app::CatalogImportJob::finished, this, [this, job](const app::ImportReport &report) {
        job->deleteLater();
        m_job = nullptr;
        showReport(report);
    });
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_cancel->setVisible(true);
    m_start->setEnabled(false);
    m_browse->setEnabled(false);
    QThreadPool::globalInstance()->start(job);
}

void ImportPage::showReport(const app::ImportReport &report)
{
    m_lastReport = report;
    m_progress->setVisible(false);
    m_cancel->setVisible(false);
    m_start->setEnabled(true);
    m_browse->setEnabled(true);
    m_issues->setRowCount(int(report.issues.size()));
    for (int row = 0; row < report.issues.size(); ++row) {
        auto *line = new QTableWidgetItem(QString::number(report.issues.at(row).row));
        line->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_issues->setItem(row, 0, line);
        m_issues->setItem(row, 1, new QTableWidgetItem(report.issues.at(row).reason));
    }
    const int rejected = int(report.issues.size());
    if (report.cancelled) {
        m_summary->setText(tr("The import was cancelled: the catalog is unchanged."));
        showError(m_summary->text());
    } else if (!report.error.isEmpty()) {
        m_summary->setText(report.error);
        showError(report.error);
    } else if (report.applied) {
        m_summary->setText(tr("Imported %1 rows: %2 products added, %3 updated.")
                               .arg(report.rows)
                               .arg(report.added)
                               .arg(report.updated));
        showOk(m_summary->text());
    } else {
        m_summary->setText(
            tr("Rows read: %1, rejected: %2. Nothing was imported: the catalog changes only when "
               "every row is good.")
                .arg(report.rows)
                .arg(rejected));
        showError(tr("Fix the rejected rows in the file and import it again, or import the good rows only."));
        m_goodRows->setVisible(rejected > 0 && report.rows > rejected);
    }
    Q_EMIT importFinished(report);
}

} // namespace ui
