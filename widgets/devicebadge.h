#pragma once

#include <QLabel>

namespace app {
struct DeviceHealth;
}

namespace ui {

// The registrar badge in the status bar: link, shift age against the 24-hour limit, FN days left,
// OFD backlog. Red when the cashier must act, amber when soon, plain when all is well; the
// tooltip carries the full message with the next step.
class DeviceBadge final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeviceBadge)

public:
    enum class Severity { Ok, Warning, Error };

    explicit DeviceBadge(QWidget *parent = nullptr);

    void setNotConfigured();
    void setHealth(const app::DeviceHealth &health);
    Severity severity() const { return m_severity; }

    // "3 h 05 min" style age of a shift.
    static QString formatDuration(qint64 seconds);

private:
    void apply(const QString &text, const QString &details, Severity severity);

    Severity m_severity = Severity::Ok;
};

} // namespace ui
