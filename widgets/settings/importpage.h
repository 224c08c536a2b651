#pragma once

// Settings page 6: catalog import from a CSV file. app::CatalogImportJob runs on the thread pool
// with a progress bar and a cancel button; the report lists every rejected row with its line
// number and reason. The importer applies a file all or nothing, so after a report with bad rows
// the owner may import the good rows alone (the bad records are left out of the file's data).

#include <QByteArray>
#include <QPointer>

#include "app/catalog/catalogimporter.h"
#include "widgets/settings/settingspage.h"

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace app {
class CatalogImportJob;
class TillSession;
} // namespace app

namespace ui {

class ImportPage final : public SettingsPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportPage)

public:
    explicit ImportPage(app::TillSession &session, QWidget *parent = nullptr);
    ~ImportPage() override;

    void setFilePath(const QString &path);
    bool isRunning() const { return !m_job.isNull(); }

Q_SIGNALS:
    void importFinished(const app::ImportReport &report);

private:
    void browse();
    void startImport();
    void importGoodRows();
    void run(const QByteArray &payload);
    void showReport(const app::ImportReport &report);

    app::TillSession &m_session;
    QPointer<app::CatalogImportJob> m_job;
    QByteArray m_data;
    app::ImportReport m_lastReport;
    QLineEdit *m_path = nullptr;
    QPushButton *m_browse = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_goodRows = nullptr;
    QPushButton *m_cancel = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_summary = nullptr;
    QTableWidget *m_issues = nullptr;
};

} // namespace ui
