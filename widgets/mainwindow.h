#pragma once

#include <QMainWindow>

namespace app {
class TillSession;
}

namespace ui {

class DeviceBadge;

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
        app::TillSession *session = nullptr; // null in screen tests that need no services
    };

    explicit MainWindow(const Context &context, QWidget *parent = nullptr);

private:
    void buildMenus();
    QWidget *buildWelcomePage(const Context &context);

    DeviceBadge *m_deviceBadge = nullptr;
};

} // namespace ui
