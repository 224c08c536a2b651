#pragma once

#include <QMainWindow>

class QLabel;

namespace ui {

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
    };

    explicit MainWindow(const Context &context, QWidget *parent = nullptr);

private:
    void buildMenus();
    QWidget *buildWelcomePage(const Context &context);

    QLabel *m_deviceBadge = nullptr;
};

} // namespace ui
