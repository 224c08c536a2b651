#include "widgets/reports/reportsexport.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <algorithm>

namespace ui::reports {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ReportsExport)
};

using app::reports::Cell;
using app::reports::ReportDocument;
using app::reports::ReportTable;

// Lays tables out down the pages: a title, a header row, the rows; a table that runs over a page
// repeats its header on the next one. Columns take their widest text; a table too wide for the
// page is drawn in a smaller font.
class PdfPages
{
public:
    PdfPages(QPdfWriter &writer, QPainter &painter)
        : m_writer(writer)
        , m_painter(painter)
        , m_width(painter.viewport().width())
        , m_height(painter.viewport().height())
        , m_base(painter.font())
    {}

    void line(const QString &text, bool bold, double scale = 1.0)
    {
        QFont f = m_base;
        f.setBold(bold);
        f.setPointSizeF(m_base.pointSizeF() * scale);
        m_painter.setFont(f);
        const double h = QFontMetricsF(f, &m_writer).height() * 1.3;
        room(h);
        m_painter.drawText(QRectF(0, m_y, m_width, h), Qt::AlignLeft | Qt::AlignVCenter, text);
        m_y += h;
    }

    void table(const ReportTable &t)
    {
        m_y += QFontMetricsF(m_base, &m_writer).height() * 0.8;
        line(t.title, true, 1.1);
        QFont f = m_base;
        QList<double> widths = columnWidths(t, f);
        double total = 0;
        for (double w : widths)
            total += w;
        if (total > m_width) {
            f.setPointSizeF(std::max(5.0, f.pointSizeF() * m_width / total));
            widths = columnWidths(t, f);
        }
        QFont bold = f;
        bold.setBold(true);
        const double h = QFontMetricsF(f, &m_writer).height() * 1.35;
        auto header = [&] {
            m_painter.setFont(bold);
            row(t.headers, {}, widths, h);
        };
        room(2 * h);
        header();
        m_painter.setFont(f);
        for (const auto &cells : t.rows) {
            if (m_y + h > m_height) {
                m_writer.newPage();
                m_y = 0;
                header();
                m_painter.setFont(f);
            }
            QStringList texts;
            QList<bool> right;
            for (const Cell &c : cells) {
                texts << c.text;
                right << (c.kind != Cell::Kind::Text);
            }
            row(texts, right, widths, h);
        }
    }

private:
    void room(double h)
    {
        if (m_y + h > m_height) {
            m_writer.newPage();
            m_y = 0;
        }
    }

    QList<double> columnWidths(const ReportTable &t, const QFont &font) const
    {
        QFont bold = font;
        bold.setBold(true);
        const QFontMetricsF fm(font, &m_writer);
        const QFontMetricsF fb(bold, &m_writer);
        const double pad = fm.horizontalAdvance(QStringLiteral("MM"));
        QList<double> widths;
        for (const QString &h : t.headers)
            widths << fb.horizontalAdvance(h) + pad;
        for (const auto &cells : t.rows)
            for (int c = 0; c < cells.size() && c < widths.size(); ++c)
                widths[c] = std::max(widths[c], fm.horizontalAdvance(cells[c].text) + pad);
        return widths;
    }

    void row(const QStringList &texts, const QList<bool> &right, const QList<double> &widths, double h)
    {
        double x = 0;
        const double pad = QFontMetricsF(m_painter.font(), &m_writer).horizontalAdvance(u'M') / 2;
        for (int c = 0; c < texts.size() && c < widths.size(); ++c) {
            const Qt::Alignment a = right.value(c) ? Qt::AlignRight : Qt::AlignLeft;
            m_painter.drawText(QRectF(x + pad, m_y, widths[c] - 2 * pad, h), a | Qt::AlignVCenter, texts[c]);
            x += widths[c];
        }
        m_painter.setPen(QColor(0xbb, 0xbb, 0xbb));
        m_painter.drawLine(QPointF(0, m_y + h), QPointF(std::min(x, double(m_width)), m_y + h));
        m_painter.setPen(Qt::black);
        m_y += h;
    }

    QPdfWriter &m_writer;
    QPainter &m_painter;
    int m_width;
    int m_height;
    QFont m_base;
    double m_y = 0;
};

} // namespace

QString exportSuffix(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Csv:
        return QStringLiteral("csv");
    case ExportFormat::Xlsx:
        return QStringLiteral("xlsx");
    case ExportFormat::Pdf:
        return QStringLiteral("pdf");
    }
    return {};
}

QString writePdf(const ReportDocument &doc, const QString &path)
{
    QPdfWriter writer(path);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape,
                                     QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter));
    writer.setResolution(300);
    writer.setTitle(doc.shop + QStringLiteral(" — ") + doc.period);
    writer.setCreator(QStringLiteral("Prilavok"));
    QPainter painter;
    if (!painter.begin(&writer))
        return Tr::tr("Cannot write %1.").arg(path);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(9);
    painter.setFont(font);
    PdfPages pages(writer, painter);
    pages.line(doc.shop, true, 1.4);
    pages.line(Tr::tr("Period: %1").arg(doc.period), false);
    pages.line(Tr::tr("Made at %1").arg(doc.madeAt.toString(QStringLiteral("dd.MM.yyyy HH:mm"))), false);
    for (const ReportTable &t : doc.tables)
        pages.table(t);
    return painter.end() ? QString() : Tr::tr("Cannot write %1.").arg(path);
}

QString writeReport(const ReportDocument &doc, ExportFormat format, const QString &path)
{
    switch (format) {
    case ExportFormat::Csv: {
        // Written whole or not at all: a half-written file must not look like a report.
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(app::reports::toCsv(doc)) < 0 || !file.commit())
            return Tr::tr("Cannot write %1: %2").arg(path, file.errorString());
        return {};
    }
    case ExportFormat::Xlsx:
        return app::reports::writeXlsx(doc, path);
    case ExportFormat::Pdf:
        return writePdf(doc, path);
    }
    return {};
}

} // namespace ui::reports
