#pragma once

#include <QList>
#include <QMainWindow>

class QAction;
class QStackedWidget;

namespace app {
class TillSession;
namespace cloud {
class CloudLink;
class SyncClient;
} // namespace cloud
} // namespace app

namespace ui {

class DeviceBadge;
class JournalScreen;
class LoginPage;
class SaleScreen;
class ServiceMenu;
class SyncBadge;
namespace reports {
class ReportsScreen;
}

// The cashier's main window: the screens live in a stack, the device badge in the status bar.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    struct Context
    {
        bool demo = false;
        QString databasePath;
        app::TillSession *session = nullptr;    // null in screen tests that need no services
        app::cloud::CloudLink *cloud = nullptr; // a real till's sync; null in demo mode
    };

    explicit MainWindow(const Context &context, QWidget *parent = nullptr);

    LoginPage *loginPage() const { return m_login; }
    SaleScreen *saleScreen() const { return m_sale; }
    JournalScreen *journalScreen() const { return m_journal; }
    ServiceMenu *serviceMenu() const { return m_service; }
    reports::ReportsScreen *reportsScreen() const { return m_reports; }

    void showLogin();
    void showSale();
    void showJournal();
    void showReports(); // owner, admin, manager and guest (Permission::ViewReports)
    void openSettings();
    void openCloud();

private:
    void buildMenus();
    QWidget *buildWelcomePage(const Context &context);
    // Menu entries that need a signed-in person with the right role.
    void updateMenus();
    void applyDeviceSettings();
    void registrarChanged(const QString &url);

    app::TillSession *m_session = nullptr;
    QStackedWidget *m_stack = nullptr;
    DeviceBadge *m_deviceBadge = nullptr;
    LoginPage *m_login = nullptr;
    SaleScreen *m_sale = nullptr;
    JournalScreen *m_journal = nullptr;
    ServiceMenu *m_service = nullptr;
    reports::ReportsScreen *m_reports = nullptr;
    app::cloud::SyncClient *m_sync = nullptr;
    SyncBadge *m_syncBadge = nullptr;
    QList<QAction *> m_needsSignIn;
};

} // namespace ui
