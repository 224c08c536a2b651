#include "widgets/devicebadge.h"

#include <QStringList>

#include "app/fiscalservice/devicehealth.h"

namespace ui {

DeviceBadge::DeviceBadge(QWidget *parent)
    : StatusBadge(parent)
{
    setObjectName(QStringLiteral("deviceBadge"));
    setMargin(2);
    setNotConfigured();
}

void DeviceBadge::setNotConfigured()
{
    apply(tr("Registrar: not connected"), tr("Choose the registrar port in Settings → Fiscal registrar."),
          Severity::Warning);
}

QString DeviceBadge::formatDuration(qint64 seconds)
{
    const qint64 minutes = seconds / 60;
    return tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

void DeviceBadge::setHealth(const app::DeviceHealth &health)
{
    if (!health.connected) {
        apply(tr("Registrar: no link"), health.problem.text, Severity::Error);
        return;
    }

    Severity severity = Severity::Ok;
    QStringList parts{tr("Registrar: online")};
    QStringList details;

    switch (health.shift) {
    case app::ShiftStatus::Open:
        parts << tr("shift %1 of 24 h").arg(formatDuration(std::max<qint64>(0, health.shiftAgeSeconds)));
        break;
    case app::ShiftStatus::Expired:
        parts << tr("shift over 24 h");
        break;
    case app::ShiftStatus::Closed:
        parts << tr("shift closed");
        break;
    case app::ShiftStatus::Unknown:
        break;
    }
    if (health.shiftAlert == app::ShiftAlert::Expired || health.shiftAlert == app::ShiftAlert::Stale)
        severity = Severity::Error;
    else if (health.shiftAlert == app::ShiftAlert::NearLimit)
        severity = Severity::Warning;
    if (!health.shiftMessage.isEmpty())
        details << health.shiftMessage;

    if (health.fnDaysLeft >= 0)
        parts << tr("FN: %1 days").arg(health.fnDaysLeft);
    if (health.fnAlert == app::FnAlert::Expired)
        severity = Severity::Error;
    else if (health.fnAlert == app::FnAlert::ExpiresSoon && severity == Severity::Ok)
        severity = Severity::Warning;
    if (!health.fnMessage.isEmpty())
        details << health.fnMessage;

    if (health.ofdBacklog >= 0)
        parts << tr("OFD: %1 unsent").arg(health.ofdBacklog);

    if (health.paper != app::PaperStatus::Ok) {
        parts << tr("no paper");
        severity = Severity::Error;
    }
    if (health.printIncomplete)
        details << tr("A receipt was not printed to the end: press “Continue printing”.");
    if (health.attentionJobs > 0) {
        parts << tr("%1 document(s) need attention").arg(health.attentionJobs);
        severity = Severity::Error;
    }
    if (!health.problem.text.isEmpty())
        details << health.problem.text;
    apply(parts.join(QStringLiteral(" · ")), details.join(QLatin1Char('\n')), severity);
}

} // namespace ui
