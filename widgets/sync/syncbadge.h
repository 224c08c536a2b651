#pragma once

#include <QLabel>

#include "app/cloud/cloudtypes.h"

namespace ui {

// The cloud badge in the status bar: "Cloud: synced 12:03 · queued 0". Amber while documents wait
// longer than usual or some are held back, red when the last attempt failed or the till must be
// activated again; the tooltip has the full reason. A click asks for a sync now.
class SyncBadge final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncBadge)

public:
    enum class Severity { Ok, Warning, Error };

    explicit SyncBadge(QWidget *parent = nullptr);

    Severity severity() const { return m_severity; }

public Q_SLOTS:
    void setStatus(const app::cloud::SyncStatus &status);

Q_SIGNALS:
    void clicked();

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    void apply(const QString &text, const QString &details, Severity severity);

    Severity m_severity = Severity::Ok;
};

} // namespace ui
