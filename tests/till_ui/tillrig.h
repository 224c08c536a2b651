#pragma once

// A running demo till for GUI tests: a real SQLite file, the in-process Shtrih-M emulator reached
// over TCP by the fiscal worker thread, and the main window, driven with key events.

#include <QApplication>
#include <QDialog>
#include <QFile>
#include <QPointer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

#include "app/session/tillsession.h"
#include "app/staff/staffservice.h"
#include "widgets/mainwindow.h"

struct TillRig
{
    QTemporaryDir dir;
    std::unique_ptr<app::TillSession> session;
    std::unique_ptr<ui::MainWindow> window;

    bool open()
    {
        auto opened = app::TillSession::open({true, dir.filePath(QStringLiteral("till.sqlite")), {}, {}});
        if (!opened)
            return false;
        session = std::move(*opened);
        window = std::make_unique<ui::MainWindow>(
            ui::MainWindow::Context{true, session->database().path(), session.get()});
        window->show();
        return QTest::qWaitForWindowExposed(window.get());
    }

    std::int64_t employeeNamed(const QString &name)
    {
        for (const app::Employee &e : session->staff().list())
            if (e.fullName == name)
                return e.id;
        return 0;
    }

    QString barcodeOf(const QString &namePrefix)
    {
        QSqlQuery q(session->database().connection());
        q.prepare(QStringLiteral("SELECT b.code FROM barcodes b JOIN products p ON p.id = b.product_id "
                                 "WHERE p.name LIKE ? ORDER BY p.id LIMIT 1"));
        q.addBindValue(QString(namePrefix + QLatin1Char('%')));
        return q.exec() && q.next() ? q.value(0).toString() : QString();
    }

    QString tape() const
    {
        QFile f(session->emulatorTapePath());
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }

    qint64 count(const QString &sql)
    {
        QSqlQuery q(session->database().connection());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }
};

// Runs `step` on the next modal dialog once it is shown (dialogs run their own event loop, so the
// test schedules what the cashier does in it before pressing the key that opens it). A guard
// closes a dialog left open so a failing test fails instead of hanging.
inline void whenModal(std::function<void(QWidget *)> step, int guardMs = 60000)
{
    // The poll holds itself only weakly; each scheduled retry holds it, so it goes with the last one.
    auto poll = std::make_shared<std::function<void(int)>>();
    *poll = [step, weak = std::weak_ptr(poll), guardMs](int tries) {
        QWidget *modal = QApplication::activeModalWidget();
        if (modal && modal->isVisible()) {
            QPointer<QDialog> dialog = qobject_cast<QDialog *>(modal);
            step(modal);
            QTimer::singleShot(guardMs, [dialog] {
                if (dialog && dialog->isVisible()) {
                    qWarning("a dialog was still open: closing it so the test can fail");
                    dialog->done(QDialog::Rejected);
                }
            });
            return;
        }
        if (const auto again = weak.lock(); again && tries > 0)
            QTimer::singleShot(20, [again, tries] { (*again)(tries - 1); });
    };
    QTimer::singleShot(0, [poll] { (*poll)(500); });
}
