#include "widgets/statusbadge.h"

namespace ui {

StatusBadge::StatusBadge(QWidget *parent)
    : QLabel(parent)
{}

void StatusBadge::apply(const QString &text, const QString &details, Severity severity)
{
    m_severity = severity;
    setText(text);
    setToolTip(details);
    switch (severity) {
    case Severity::Ok:
        setStyleSheet(QString());
        break;
    case Severity::Warning:
        setStyleSheet(QStringLiteral("color: #8a5300; font-weight: bold;"));
        break;
    case Severity::Error:
        setStyleSheet(QStringLiteral("color: #ffffff; background: #b00020; font-weight: bold;"));
        break;
    }
}

} // namespace ui
