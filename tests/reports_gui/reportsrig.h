#pragma once

// A demo till for the Reports screen's tests: journal_ui's Till (a real SQLite file, the in-process
// emulator, sales completed through SalesService and fiscalised) with the main window around it,
// so the screen is opened the way a person opens it: from the Sale menu.

#include <QFileDialog>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>

#include "tests/journal_ui/journaltestsession.h"
#include "widgets/mainwindow.h"
#include "widgets/reports/reportsscreen.h"

namespace reportstest {

// Clicks the Sale menu in the menu bar, then its "Reports" entry.
inline bool openReportsByMenu(ui::MainWindow &window)
{
    QMenuBar *bar = window.menuBar();
    QAction *saleMenu = bar->actions().value(0);
    auto *action = window.findChild<QAction *>(QStringLiteral("reportsAction"));
    if (!saleMenu || !saleMenu->menu() || !action)
        return false;
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->actionGeometry(saleMenu).center());
    QMenu *menu = saleMenu->menu();
    if (!QTest::qWaitFor([menu] { return menu->isVisible(); }))
        return false;
    QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(action).center());
    return QTest::qWaitFor([menu] { return !menu->isVisible(); });
}

// Clicks the tab titled `title`; false when there is none.
inline bool clickTab(QTabWidget *tabs, const QString &title)
{
    QTabBar *bar = tabs->tabBar();
    for (int i = 0; i < bar->count(); ++i) {
        if (bar->tabText(i).remove(u'&') == title) {
            QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(i).center());
            return tabs->currentIndex() == i;
        }
    }
    return false;
}

// Clicks `button`, then types `path` into the save dialog it opens and presses Enter.
inline bool saveThroughDialog(QPushButton *button, const QString &path)
{
    bool typed = false;
    QTimer::singleShot(0, button, [&typed, path] {
        if (!QTest::qWaitFor([] { return qobject_cast<QFileDialog *>(QApplication::activeModalWidget()); }))
            return;
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
        if (!name || !QTest::qWaitForWindowExposed(dialog)) {
            qWarning("the save dialog has no file name field");
            dialog->reject(); // fail the test rather than hang in exec()
            return;
        }
        name->setFocus();
        QTest::keyClick(name, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(name, path);
        QTest::keyClick(name, Qt::Key_Return);
        typed = true;
    });
    QTest::mouseClick(button, Qt::LeftButton);
    return typed;
}

} // namespace reportstest
