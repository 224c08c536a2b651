#pragma once

#include <QFrame>
#include <QPointer>
#include <QStringList>

#include "app/fiscalservice/fiscalresults.h"

class QLabel;
class QProgressBar;
class QPushButton;

namespace app {
class TillSession;
struct DeviceHealth;
} // namespace app

namespace ui {

// Follows one registrar operation to its end without blocking: a journaled document (sale,
// return, correction, cash, shift, Z), an X report, or a direct request (copy, cancel, continue
// printing, FN status). Shows a busy bar, the problems the registrar reports on the way (the
// document stays in the journal and goes out when the registrar answers), and the result or the
// error with the next step, in large high-contrast text. Offers "Continue printing" and "Retry"
// where they help.
class FiscalProgress final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FiscalProgress)

public:
    enum class State { Idle, Working, Done, Failed };

    explicit FiscalProgress(app::TillSession &session, QWidget *parent = nullptr);

    void runJob(const QString &title, const QString &kind, const QString &documentUuid);
    void followXReport(const QString &title, int requestId);
    void followRequest(const QString &title, int requestId);
    // Work outside the registrar (the card terminal's reconciliation): busy with `text` until
    // showResult() tells how it ended.
    void showWorking(const QString &title, const QString &text);
    // A result known at once (not allowed, invalid input, nothing to do).
    void showResult(const QString &title, const QString &text, bool ok);

    State state() const { return m_state; }
    QString title() const;
    QString text() const;
    QStringList log() const { return m_log; } // every line shown since the operation started

Q_SIGNALS:
    void finished(bool ok);
    void requestFinished(int requestId, const app::FiscalOperationResult &result);

private:
    void start(const QString &title);
    void finish(bool ok, const QString &text);
    void note(const QString &text, bool problem);
    void onJobStarted(qint64 jobId, const QString &kind, const QString &documentUuid);
    void onJobFinished(const app::FiscalJobOutcome &outcome);
    void onOperationFinished(int requestId, const app::FiscalOperationResult &result);
    void onHealth(const app::DeviceHealth &health);
    void setTextStyle(bool error, bool ok);

    app::TillSession &m_session;
    QLabel *m_title = nullptr;
    QLabel *m_text = nullptr;
    QProgressBar *m_busy = nullptr;
    QPushButton *m_continue = nullptr;
    QPushButton *m_retry = nullptr;
    State m_state = State::Idle;
    QString m_kind;
    QString m_uuid;
    int m_requestId = 0;
    bool m_xReport = false;
    qint64 m_jobId = 0;
    QString m_lastProblem;
    QStringList m_log;
};

} // namespace ui
