#include "widgets/sync/syncbadge.h"

#include <QLocale>
#include <QMouseEvent>
#include <QStringList>

#include <cstdlib>

namespace ui {

SyncBadge::SyncBadge(QWidget *parent)
    : StatusBadge(parent)
{
    setCursor(Qt::PointingHandCursor);
    setStatus({});
}

void SyncBadge::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        Q_EMIT clicked();
    StatusBadge::mouseReleaseEvent(event);
}

void SyncBadge::setStatus(const app::cloud::SyncStatus &s)
{
    using State = app::cloud::SyncStatus::State;
    const QLocale locale;
    const QDateTime local = s.lastSuccess.toLocalTime();
    // Today: the time alone; an older sync shows its date too, so a stale badge reads as stale.
    const QString when = !s.lastSuccess.isValid() ? tr("never")
                         : local.date() == QDate::currentDate()
                             ? locale.toString(local.time(), QStringLiteral("HH:mm"))
                             : locale.toString(local, QStringLiteral("dd.MM HH:mm"));
    const QString queued = tr("queued %1").arg(s.pending);
    QStringList details;
    if (s.lastSuccess.isValid())
        details << tr("Last successful sync: %1").arg(locale.toString(local, QLocale::ShortFormat));
    details << tr("Documents waiting to be sent: %1").arg(s.pending);
    if (s.quarantined > 0)
        details << tr("Documents held back (see Service → Cloud): %1").arg(s.quarantined);
    if (s.catalogHeld > 0)
        details << tr("Catalog entries from the cabinet the till could not take (the cabinet sees which): %1")
                       .arg(s.catalogHeld);
    if (s.clockSkewWarning)
        details << tr("The till's clock differs from the cabinet's by %n second(s).", nullptr,
                      int(std::llabs(s.clockSkewMs) / 1000));
    if (s.insecure)
        details.prepend(
            tr("The connection to the cabinet is not encrypted (http://, allowed by a technician): "
               "the till's token and sales can be read on the network."));
    if (!s.lastError.isEmpty())
        details.prepend(s.lastError);

    QString text;
    Severity severity = Severity::Ok;
    switch (s.state) {
    case State::NotActivated:
        apply(tr("Cloud: not connected"),
              tr("Enter the workplace code from the cabinet in Settings → Cloud to connect this till."),
              Severity::Ok);
        return;
    case State::TokenRevoked:
        text = tr("Cloud: activation needed · %1").arg(queued);
        severity = Severity::Error;
        break;
    case State::Syncing:
        text = tr("Cloud: syncing… · %1").arg(queued);
        break;
    case State::Error:
        text = tr("Cloud: no connection, last sync %1 · %2").arg(when, queued);
        severity = Severity::Error;
        break;
    case State::Idle:
        text = tr("Cloud: synced %1 · %2").arg(when, queued);
        break;
    }
    if (s.quarantined > 0) {
        text += QStringLiteral(" · ") + tr("held back %1").arg(s.quarantined);
        if (severity == Severity::Ok)
            severity = Severity::Warning;
    }
    if (s.catalogHeld > 0) {
        text += QStringLiteral(" · ") + tr("catalog held back %1").arg(s.catalogHeld);
        if (severity == Severity::Ok)
            severity = Severity::Warning;
    }
    if (s.insecure) {
        text += QStringLiteral(" · ") + tr("unencrypted");
        if (severity == Severity::Ok)
            severity = Severity::Warning;
    }
    if (s.clockSkewWarning && severity == Severity::Ok)
        severity = Severity::Warning;
    apply(text, details.join(QLatin1Char('\n')), severity);
}

} // namespace ui
