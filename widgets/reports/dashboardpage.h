#pragma once

// The dashboard tab: the period's figures as tiles (gross, returns, net, receipts, average receipt,
// cash, card, SBP), what needs attention, and the charts by day and by hour.

#include <QMap>
#include <QWidget>

#include "app/reports/reportsservice.h"

class QChartView;
class QLabel;

namespace ui::reports {

class DashboardPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardPage)

public:
    enum class Tile { Gross, Returns, Net, Receipts, Average, Cash, Card, Sbp };

    explicit DashboardPage(QWidget *parent = nullptr);

    void showReports(const app::reports::ReportSet &set);
    // Tiles and charts alone, while the other reports are still counting.
    void showDashboard(const app::reports::Dashboard &d);
    // What a tile shows now ("1 234,50 ₽"), for tests.
    QString tileText(Tile tile) const;
    QLabel *warnings() const { return m_warnings; }

private:
    QWidget *makeTile(Tile tile, const QString &caption);

    QMap<Tile, QLabel *> m_tiles;
    QLabel *m_warnings = nullptr;
    QChartView *m_byDay = nullptr;
    QChartView *m_byHour = nullptr;
};

} // namespace ui::reports
