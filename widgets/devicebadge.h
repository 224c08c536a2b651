#pragma once

#include "widgets/statusbadge.h"

namespace app {
struct DeviceHealth;
}

namespace ui {

// The registrar badge in the status bar: link, shift age against the 24-hour limit, FN days left,
// OFD backlog. Red when the cashier must act, amber when soon, plain when all is well (StatusBadge);
// the tooltip carries the full message with the next step.
class DeviceBadge final : public StatusBadge
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeviceBadge)

public:
    explicit DeviceBadge(QWidget *parent = nullptr);

    void setNotConfigured();
    void setHealth(const app::DeviceHealth &health);

    // "3 h 05 min" style age of a shift.
    static QString formatDuration(qint64 seconds);
};

} // namespace ui
