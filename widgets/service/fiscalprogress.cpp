#include "widgets/service/fiscalprogress.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include "app/fiscalservice/fiscalservice.h"
#include "app/session/tillsession.h"

namespace ui {

FiscalProgress::FiscalProgress(app::TillSession &session, QWidget *parent)
    : QFrame(parent)
    , m_session(session)
    , m_title(new QLabel(this))
    , m_text(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_continue(new QPushButton(tr("Continue printing"), this))
    , m_retry(new QPushButton(tr("Retry"), this))
{
    setObjectName(QStringLiteral("fiscalProgress"));
    setFrameShape(QFrame::StyledPanel);
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    m_title->setFont(big);
    m_title->setStyleSheet(QStringLiteral("font-weight: bold;"));
    m_text->setFont(big);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setObjectName(QStringLiteral("fiscalProgressText"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(10);
    m_busy->hide();
    for (QPushButton *b : {m_continue, m_retry}) {
        b->setMinimumHeight(44);
        b->hide();
    }

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_continue);
    buttons->addWidget(m_retry);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_busy);
    layout->addWidget(m_text);
    layout->addLayout(buttons);
    layout->addStretch(1);

    connect(m_continue, &QPushButton::clicked, this, [this] {
        if (app::FiscalService *f = m_session.fiscal())
            followRequest(tr("Continue printing"), f->continuePrinting());
    });
    connect(m_retry, &QPushButton::clicked, this, [this] {
        app::FiscalService *f = m_session.fiscal();
        if (!f || m_jobId == 0)
            return;
        const QString again = m_title->text();
        start(again);
        f->retryJob(m_jobId);
    });
    if (app::FiscalService *f = m_session.fiscal()) {
        connect(f, &app::FiscalService::jobStarted, this, &FiscalProgress::onJobStarted);
        connect(f, &app::FiscalService::jobFinished, this, &FiscalProgress::onJobFinished);
        connect(f, &app::FiscalService::operationFinished, this, &FiscalProgress::onOperationFinished);
        connect(f, &app::FiscalService::healthChanged, this, &FiscalProgress::onHealth);
    }
}

QString FiscalProgress::title() const
{
    return m_title->text();
}

QString FiscalProgress::text() const
{
    return m_text->text();
}

void FiscalProgress::start(const QString &title)
{
    m_state = State::Working;
    m_log.clear();
    m_lastProblem.clear();
    m_title->setText(title);
    m_busy->show();
    m_continue->hide();
    m_retry->hide();
    setTextStyle(false, false);
    m_text->setText(tr("Sending to the registrar…"));
    m_log << m_text->text();
}

void FiscalProgress::runJob(const QString &title, const QString &kind, const QString &documentUuid)
{
    m_kind = kind;
    m_uuid = documentUuid;
    m_requestId = 0;
    m_xReport = false;
    m_jobId = 0;
    start(title);
    app::FiscalService *f = m_session.fiscal();
    if (!f) {
        finish(false, tr("No registrar is connected. The document is saved in the journal and will be sent "
                         "once the registrar is set up in Settings."));
        return;
    }
    f->process();
}

void FiscalProgress::followXReport(const QString &title, int requestId)
{
    m_kind = QStringLiteral("x_report");
    m_uuid.clear();
    m_requestId = requestId;
    m_xReport = true;
    m_jobId = 0;
    start(title);
}

void FiscalProgress::followRequest(const QString &title, int requestId)
{
    m_kind.clear();
    m_uuid.clear();
    m_requestId = requestId;
    m_xReport = false;
    m_jobId = 0;
    start(title);
}

void FiscalProgress::showResult(const QString &title, const QString &text, bool ok)
{
    m_kind.clear();
    m_uuid.clear();
    m_requestId = 0;
    m_xReport = false;
    start(title);
    finish(ok, text);
}

void FiscalProgress::showWorking(const QString &title, const QString &text)
{
    m_kind.clear();
    m_uuid.clear();
    m_requestId = 0;
    m_xReport = false;
    start(title);
    note(text, false);
}

void FiscalProgress::finish(bool ok, const QString &text)
{
    m_state = ok ? State::Done : State::Failed;
    m_busy->hide();
    setTextStyle(!ok, ok);
    m_text->setText(text);
    m_log << text;
    Q_EMIT finished(ok);
}

void FiscalProgress::note(const QString &text, bool problem)
{
    setTextStyle(problem, false);
    m_text->setText(text);
    m_log << text;
}

void FiscalProgress::setTextStyle(bool error, bool ok)
{
    // High contrast: white on dark red for errors, dark green for success.
    if (error)
        m_text->setStyleSheet(
            QStringLiteral("QLabel { background: #a80000; color: white; padding: 8px; font-weight: bold; }"));
    else if (ok)
        m_text->setStyleSheet(
            QStringLiteral("QLabel { background: #0b6b1f; color: white; padding: 8px; font-weight: bold; }"));
    else
        m_text->setStyleSheet(QStringLiteral("QLabel { padding: 8px; }"));
}

void FiscalProgress::onJobStarted(qint64 jobId, const QString &kind, const QString &documentUuid)
{
    if (m_state != State::Working)
        return;
    if ((m_xReport && kind == QLatin1String("x_report")) || (kind == m_kind && documentUuid == m_uuid)) {
        m_jobId = jobId;
        if (m_lastProblem.isEmpty())
            note(tr("The registrar is printing the document…"), false);
    }
}

void FiscalProgress::onJobFinished(const app::FiscalJobOutcome &o)
{
    if (m_state != State::Working)
        return;
    const bool mine = (m_xReport && o.kind == QLatin1String("x_report")) ||
                      (!m_kind.isEmpty() && o.kind == m_kind && o.documentUuid == m_uuid);
    if (!mine)
        return;
    m_jobId = o.jobId;
    switch (o.state) {
    case app::FiscalJobState::Done: {
        QString text =
            o.fd ? tr("Done: fiscal document %1.").arg(*o.fd) : tr("Done: the registrar printed it.");
        if (o.printIncomplete) {
            text += QLatin1Char(' ') + o.message.text;
            m_continue->show();
        }
        finish(true, text);
        return;
    }
    case app::FiscalJobState::Failed:
    case app::FiscalJobState::Attention: {
        QString text = o.message.text.isEmpty() ? tr("The registrar refused the document.") : o.message.text;
        text += QLatin1Char(' ') + tr("The document stays in the journal.");
        if (o.state == app::FiscalJobState::Failed)
            m_retry->show();
        if (o.message.next == app::FiscalNextStep::ContinuePrinting ||
            o.message.next == app::FiscalNextStep::InsertPaper)
            m_continue->show();
        finish(false, text);
        return;
    }
    case app::FiscalJobState::Queued:
    case app::FiscalJobState::Sending:
        if (!o.message.text.isEmpty())
            note(o.message.text, true);
        return;
    }
}

void FiscalProgress::onOperationFinished(int requestId, const app::FiscalOperationResult &r)
{
    if (requestId != m_requestId || m_requestId == 0)
        return;
    Q_EMIT requestFinished(requestId, r);
    if (m_state != State::Working)
        return;
    if (m_xReport) {
        if (!r.ok)
            finish(false,
                   r.message.text.isEmpty() ? tr("The X report could not be queued.") : r.message.text);
        return; // queued: the x_report job's end is what counts
    }
    if (r.ok) {
        finish(true, r.text.isEmpty() ? tr("Done.") : r.text);
        return;
    }
    if (r.printIncomplete || r.message.next == app::FiscalNextStep::ContinuePrinting ||
        r.message.next == app::FiscalNextStep::InsertPaper)
        m_continue->show();
    finish(false, r.message.text.isEmpty() ? tr("The registrar is not ready. Check its power and cable, then "
                                                "try again.")
                                           : r.message.text);
}

void FiscalProgress::onHealth(const app::DeviceHealth &health)
{
    if (m_state != State::Working || health.problem.text.isEmpty() || health.problem.text == m_lastProblem)
        return;
    m_lastProblem = health.problem.text;
    const bool journaled = !m_kind.isEmpty();
    QString text = health.problem.text;
    if (journaled)
        text += QLatin1Char(' ') +
                tr("The document is kept in the journal and goes out as soon as the registrar answers.");
    note(text, true);
}

} // namespace ui
