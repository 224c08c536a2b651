#include "widgets/reports/reportcharts.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace ui::reports {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ReportCharts)
};

double roubles(app::Kopecks k)
{
    return double(k) / 100.0;
}

QChart *freshChart(QChartView *view, const QString &title)
{
    auto *chart = new QChart();
    chart->setTitle(title + QStringLiteral(", ₽"));
    QFont font = chart->titleFont();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    chart->setTitleFont(font);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    QChart *old = view->chart();
    view->setChart(chart);
    delete old;
    return chart;
}

// A busy shop's year reads "5000000" on the axis, seven digits nobody takes in at a glance (seen
// on the PNG of a year at 150,000 roubles a day): from 100,000 roubles up the chart counts in
// thousands and says so in its title. Call after the series are in the chart, before the axes.
void thousandsWhenLarge(QChart *chart, const QString &title, double &low, double &high)
{
    if (std::max(std::abs(low), std::abs(high)) < 100000)
        return;
    for (QAbstractSeries *series : chart->series()) {
        if (auto *bars = qobject_cast<QBarSeries *>(series)) {
            for (QBarSet *set : bars->barSets()) {
                for (int i = 0; i < set->count(); ++i)
                    set->replace(i, set->at(i) / 1000.0);
            }
        } else if (auto *line = qobject_cast<QLineSeries *>(series)) {
            QList<QPointF> points = line->points();
            for (QPointF &p : points)
                p.setY(p.y() / 1000.0);
            line->replace(points);
        }
    }
    low /= 1000.0;
    high /= 1000.0;
    chart->setTitle(title + QStringLiteral(", ") + Tr::tr("thousand ₽"));
}

// A value axis starting at zero with round ticks, labelled in whole roubles (or thousands). The
// top is a little above the tallest bar: a bar that ends on the frame looks cut off (seen on the
// PNG of a month of equal days, every bar flat against the top).
QValueAxis *moneyAxis(double low, double high)
{
    auto *axis = new QValueAxis();
    axis->setRange(std::min(0.0, low * 1.05), std::max(1.0, high * 1.05));
    axis->applyNiceNumbers();
    // The unit goes in the chart's title: a rotated axis title reads badly, and the label format
    // is printf'ed in Latin-1 (no ₽).
    axis->setLabelFormat(QStringLiteral("%.0f"));
    return axis;
}

} // namespace

QChartView *makeChartView(QWidget *parent)
{
    auto *view = new QChartView(parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(220);
    return view;
}

// Over two months of days would be hairlines: such a period is drawn by month (the first day of
// each month stands for it).
static QList<app::reports::DayPoint> byMonth(const QList<app::reports::DayPoint> &days)
{
    QList<app::reports::DayPoint> months;
    for (const auto &d : days) {
        if (months.isEmpty() || months.last().date.month() != d.date.month() ||
            months.last().date.year() != d.date.year())
            months.append({QDate(d.date.year(), d.date.month(), 1), 0, 0, 0});
        months.last().gross += d.gross;
        months.last().returns += d.returns;
        months.last().receipts += d.receipts;
    }
    return months;
}

void showByDay(QChartView *view, const QList<app::reports::DayPoint> &period)
{
    const bool monthly = period.size() > 62;
    const QList<app::reports::DayPoint> days = monthly ? byMonth(period) : period;
    const QString title = monthly ? Tr::tr("Turnover by month") : Tr::tr("Turnover by day");
    QChart *chart = freshChart(view, title);
    auto *gross = new QBarSet(Tr::tr("Sales"));
    auto *returns = new QBarSet(Tr::tr("Returns"));
    gross->setColor(QColor(0x2e, 0x7d, 0x32));
    returns->setColor(QColor(0xc6, 0x28, 0x28));
    QStringList labels;
    double top = 0;
    // Long periods: label every n-th day so the axis stays readable. Category labels must differ,
    // so the skipped ones are blanks as long as their index.
    // At most 16 labels: a month's 31 days labelled one by one overlapped (seen on the PNG).
    const qsizetype step = std::max<qsizetype>(1, (days.size() + 15) / 16);
    for (qsizetype i = 0; i < days.size(); ++i) {
        const auto &d = days[i];
        *gross << roubles(d.gross);
        *returns << roubles(d.returns);
        top = std::max({top, roubles(d.gross), roubles(d.returns)});
        const QString label = d.date.toString(monthly ? QStringLiteral("MM.yy") : QStringLiteral("dd.MM"));
        labels << (i % step == 0 ? label : QString(int(i), u' '));
    }
    auto *series = new QBarSeries();
    series->append(gross);
    series->append(returns);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis();
    x->append(labels);
    // Many narrow categories: slanted and whole, where level ones are cut to "12…".
    if (days.size() > 8) {
        x->setLabelsAngle(-45);
        x->setTruncateLabels(false);
    }
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    double low = 0;
    thousandsWhenLarge(chart, title, low, top);
    QValueAxis *y = moneyAxis(low, top);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
}

void showByHour(QChartView *view, const std::array<app::Kopecks, 24> &hours)
{
    const QString title = Tr::tr("Net by hour");
    QChart *chart = freshChart(view, title);
    chart->legend()->hide();
    auto *set = new QBarSet(Tr::tr("Net"));
    set->setColor(QColor(0x15, 0x65, 0xc0));
    // A shop's day (8 to 21) widened to every hour that had sales; 24 labels would not fit.
    int first = 8;
    int last = 21;
    for (int h = 0; h < 24; ++h) {
        if (hours[std::size_t(h)] != 0) {
            first = std::min(first, h);
            last = std::max(last, h);
        }
    }
    const int step = last - first + 1 > 18 ? 2 : 1;
    QStringList labels;
    double low = 0;
    double top = 0;
    for (int h = first; h <= last; ++h) {
        *set << roubles(hours[std::size_t(h)]);
        low = std::min(low, roubles(hours[std::size_t(h)]));
        top = std::max(top, roubles(hours[std::size_t(h)]));
        // Category labels must differ: the skipped ones are blanks of different lengths.
        labels << ((h - first) % step == 0 ? QString::number(h) : QString(h - first, u' '));
    }
    auto *series = new QBarSeries();
    series->append(set);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis();
    x->append(labels);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    thousandsWhenLarge(chart, title, low, top);
    QValueAxis *y = moneyAxis(low, top);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
}

void showDrawer(QChartView *view, const QList<app::reports::DrawerPoint> &points)
{
    const QString title = Tr::tr("Cash in the drawer");
    QChart *chart = freshChart(view, title);
    chart->legend()->hide();
    auto *series = new QLineSeries();
    series->setColor(QColor(0x2e, 0x7d, 0x32));
    double top = 0;
    // Steps, not slopes: the drawer holds its amount until the next document changes it.
    for (qsizetype i = 0; i < points.size(); ++i) {
        const double at = double(points[i].at.toMSecsSinceEpoch());
        if (i > 0)
            series->append(at, roubles(points[i - 1].balance));
        series->append(at, roubles(points[i].balance));
        top = std::max(top, roubles(points[i].balance));
    }
    chart->addSeries(series);
    auto *x = new QDateTimeAxis();
    // Labels fine enough to differ from one another: documents a few minutes apart all read
    // "08:51" in hours and minutes (seen on the test till's PNG).
    const qint64 span = points.size() >= 2 ? points.first().at.secsTo(points.last().at) : 0;
    const bool oneDay = points.isEmpty() || points.first().at.date() == points.last().at.date();
    x->setFormat(span < 600      ? QStringLiteral("HH:mm:ss")
                 : oneDay        ? QStringLiteral("HH:mm")
                 : span < 259200 ? QStringLiteral("dd.MM HH:mm")
                                 : QStringLiteral("dd.MM"));
    // Fewer ticks than seconds, or they repeat the same label.
    x->setTickCount(int(std::clamp<qint64>(span + 1, 2, 5)));
    if (points.size() >= 2)
        x->setRange(points.first().at, points.last().at);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    double low = 0;
    thousandsWhenLarge(chart, title, low, top);
    QValueAxis *y = moneyAxis(low, top);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
}

} // namespace ui::reports
