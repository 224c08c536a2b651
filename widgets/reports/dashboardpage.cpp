#include "widgets/reports/dashboardpage.h"

#include <QChartView>
#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

#include "app/core/moneytext.h"
#include "widgets/reports/reportcharts.h"

namespace ui::reports {

DashboardPage::DashboardPage(QWidget *parent)
    : QWidget(parent)
    , m_warnings(new QLabel(this))
    , m_byDay(makeChartView(this))
    , m_byHour(makeChartView(this))
{
    setObjectName(QStringLiteral("reportsDashboard"));
    m_warnings->setObjectName(QStringLiteral("reportsWarnings"));
    m_warnings->setWordWrap(true);
    m_warnings->setStyleSheet(QStringLiteral(
        "QLabel { background: #fff4ce; color: #5c3c00; border: 1px solid #e0c060; padding: 6px; }"));
    m_warnings->hide();

    auto *tiles = new QGridLayout;
    tiles->setSpacing(8);
    const std::pair<Tile, QString> captions[] = {{Tile::Gross, tr("Gross turnover")},
                                                 {Tile::Returns, tr("Returns")},
                                                 {Tile::Net, tr("Net")},
                                                 {Tile::Receipts, tr("Receipts")},
                                                 {Tile::Average, tr("Average receipt")},
                                                 {Tile::Cash, tr("Cash")},
                                                 {Tile::Card, tr("Card")},
                                                 {Tile::Sbp, tr("SBP")}};
    int i = 0;
    for (const auto &[tile, caption] : captions) {
        tiles->addWidget(makeTile(tile, caption), i / 4, i % 4);
        ++i;
    }
    m_byDay->setObjectName(QStringLiteral("reportsByDay"));
    m_byHour->setObjectName(QStringLiteral("reportsByHour"));
    auto *charts = new QHBoxLayout;
    charts->addWidget(m_byDay, 1);
    charts->addWidget(m_byHour, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_warnings);
    layout->addLayout(tiles);
    layout->addLayout(charts, 1);
}

QWidget *DashboardPage::makeTile(Tile tile, const QString &caption)
{
    auto *frame = new QFrame(this);
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setStyleSheet(QStringLiteral("QFrame { background: #f7f9fb; border-radius: 4px; }"));
    auto *title = new QLabel(caption, frame);
    title->setStyleSheet(QStringLiteral("QLabel { color: #555; }"));
    auto *value = new QLabel(frame);
    value->setObjectName(QStringLiteral("tile%1").arg(int(tile)));
    QFont big = value->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    value->setFont(big);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->addWidget(title);
    layout->addWidget(value);
    m_tiles.insert(tile, value);
    return frame;
}

void DashboardPage::showDashboard(const app::reports::Dashboard &d)
{
    m_tiles[Tile::Gross]->setText(app::displayRoubles(d.gross));
    m_tiles[Tile::Returns]->setText(app::displayRoubles(d.returns));
    m_tiles[Tile::Net]->setText(app::displayRoubles(d.net));
    m_tiles[Tile::Receipts]->setText(QString::number(d.receipts));
    m_tiles[Tile::Average]->setText(app::displayRoubles(d.average));
    m_tiles[Tile::Cash]->setText(app::displayRoubles(d.payments[0]));
    m_tiles[Tile::Card]->setText(app::displayRoubles(d.payments[1]));
    m_tiles[Tile::Sbp]->setText(app::displayRoubles(d.payments[2]));
    showByDay(m_byDay, d.byDay);
    showByHour(m_byHour, d.byHour);
}

void DashboardPage::showReports(const app::reports::ReportSet &set)
{
    showDashboard(set.dashboard);
    QStringList lines;
    for (const app::reports::Warning &w : set.warnings)
        lines << (w.level == app::reports::Warning::Level::Urgent ? QStringLiteral("⚠ ")
                                                                  : QStringLiteral("• ")) +
                     w.text;
    m_warnings->setText(lines.join(u'\n'));
    m_warnings->setVisible(!lines.isEmpty());
}

QString DashboardPage::tileText(Tile tile) const
{
    return m_tiles.value(tile)->text();
}

} // namespace ui::reports
