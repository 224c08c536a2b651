#pragma once

// The dashboard's charts (QtCharts): turnover by day, net by hour, cash in the drawer over time.
// Amounts are drawn in roubles; the tables beside them keep the exact kopecks.

#include <QChartView>

#include "app/reports/reportdata.h"

namespace ui::reports {

QChartView *makeChartView(QWidget *parent);
void showByDay(QChartView *view, const QList<app::reports::DayPoint> &days);
void showByHour(QChartView *view, const std::array<app::Kopecks, 24> &hours);
void showDrawer(QChartView *view, const QList<app::reports::DrawerPoint> &points);

} // namespace ui::reports
