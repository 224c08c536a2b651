#pragma once

// The owner's and administrator's settings: a page list on the left (registrar, workplace, receipt
// texts, scanners, employees, catalog import, marking) and the page on the right. Every page checks its own
// permission for the signed-in actor (AccessControl::check); a page the person may not use is shown
// read-only with the reason, and a cashier or guest gets a clear "not allowed" on top.
//
//   ui::SettingsDialog dialog(session, this);
//   connect(&dialog, &ui::SettingsDialog::registrarUrlChanged, this, &MainWindow::reconnectRegistrar);
//   dialog.exec();

#include <QDialog>

#include "app/staff/permissions.h"

class QLabel;
class QListWidget;
class QStackedWidget;

namespace app {
class TillSession;
}

namespace ui {

class ImportPage;
class MarkingPage;
class ReceiptPage;
class RegistrarPage;
class ScannerPage;
class SettingsPage;
class StaffPage;
class WorkplacePage;

class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    enum Page { Registrar, Workplace, Receipt, Scanners, Staff, Import, Marking, PageCount };

    explicit SettingsDialog(app::TillSession &session, QWidget *parent = nullptr);

    void showPage(Page page);
    Page currentPage() const;
    SettingsPage *page(Page page) const;
    // Empty when the signed-in person may use at least one page.
    QString notAllowedText() const;

    RegistrarPage *registrarPage() const { return m_registrar; }
    WorkplacePage *workplacePage() const { return m_workplace; }
    ReceiptPage *receiptPage() const { return m_receipt; }
    ScannerPage *scannerPage() const { return m_scanners; }
    StaffPage *staffPage() const { return m_staff; }
    ImportPage *importPage() const { return m_import; }
    MarkingPage *markingPage() const { return m_marking; }

Q_SIGNALS:
    // The owner saved a registrar address other than the one the till uses: reconnect the fiscal
    // service (the baud rate and the rest are in QSettings "registrar/", app::RegistrarSettings::stored).
    void registrarUrlChanged(const QString &url);

private:
    void addPage(SettingsPage *page, app::Permission permission);

    app::TillSession &m_session;
    QListWidget *m_list = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_notAllowed = nullptr;
    QList<SettingsPage *> m_pages;
    RegistrarPage *m_registrar = nullptr;
    WorkplacePage *m_workplace = nullptr;
    ReceiptPage *m_receipt = nullptr;
    ScannerPage *m_scanners = nullptr;
    StaffPage *m_staff = nullptr;
    ImportPage *m_import = nullptr;
    MarkingPage *m_marking = nullptr;
};

} // namespace ui
