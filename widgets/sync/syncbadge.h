#pragma once

#include "app/cloud/cloudtypes.h"
#include "widgets/statusbadge.h"

namespace ui {

// The cloud badge in the status bar: "Cloud: synced 12:03 · queued 0". Amber while documents wait
// longer than usual or some are held back, red when the last attempt failed or the till must be
// activated again; the tooltip has the full reason. A click asks for a sync now.
class SyncBadge final : public StatusBadge
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncBadge)

public:
    explicit SyncBadge(QWidget *parent = nullptr);

public Q_SLOTS:
    void setStatus(const app::cloud::SyncStatus &status);

Q_SIGNALS:
    void clicked();

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
};

} // namespace ui
