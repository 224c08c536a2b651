// XLSX export through libxlsxwriter (Debian's libxlsxwriter-dev): one sheet per table.
#include <xlsxwriter.h>

#include "app/core/tr.h"
#include "app/reports/reporttables.h"

namespace app::reports {

namespace {

// Sheet names: at most 31 characters, none of []:*?/\ and unique in the book.
QString sheetName(QString title, int index)
{
    static const QString bad = QStringLiteral("[]:*?/\\");
    for (QChar &c : title) {
        if (bad.contains(c))
            c = u' ';
    }
    return QStringLiteral("%1 %2").arg(index + 1).arg(title).left(31);
}

} // namespace

QString writeXlsx(const ReportDocument &doc, const QString &path)
{
    lxw_workbook *book = workbook_new(path.toLocal8Bit().constData());
    if (!book)
        return Tr::tr("Cannot create %1.").arg(path);
    lxw_format *bold = workbook_add_format(book);
    format_set_bold(bold);
    lxw_format *rub = workbook_add_format(book);
    format_set_num_format(rub, "#,##0.00");
    lxw_format *milli = workbook_add_format(book);
    format_set_num_format(milli, "#,##0.###");
    for (int i = 0; i < doc.tables.size(); ++i) {
        const ReportTable &t = doc.tables[i];
        lxw_worksheet *sheet = workbook_add_worksheet(book, sheetName(t.title, i).toUtf8().constData());
        worksheet_write_string(sheet, 0, 0, doc.shop.toUtf8().constData(), bold);
        worksheet_write_string(sheet, 1, 0, doc.period.toUtf8().constData(), nullptr);
        worksheet_write_string(sheet, 2, 0,
                               doc.madeAt.toString(QStringLiteral("dd.MM.yyyy HH:mm")).toUtf8().constData(),
                               nullptr);
        worksheet_write_string(sheet, 3, 0, t.title.toUtf8().constData(), bold);
        for (int c = 0; c < t.headers.size(); ++c)
            worksheet_write_string(sheet, 4, lxw_col_t(c), t.headers[c].toUtf8().constData(), bold);
        worksheet_set_column(sheet, 0, 0, 28, nullptr);
        worksheet_set_column(sheet, 1, lxw_col_t(std::max<qsizetype>(1, t.headers.size() - 1)), 14, nullptr);
        for (int r = 0; r < t.rows.size(); ++r) {
            const lxw_row_t row = lxw_row_t(5 + r);
            for (int c = 0; c < t.rows[r].size(); ++c) {
                const Cell &cell = t.rows[r][c];
                // Spreadsheets keep numbers as doubles: roubles are exact to the kopeck there.
                switch (cell.kind) {
                case Cell::Kind::Money:
                    worksheet_write_number(sheet, row, lxw_col_t(c), double(cell.value) / 100.0, rub);
                    break;
                case Cell::Kind::Quantity:
                    worksheet_write_number(sheet, row, lxw_col_t(c), double(cell.value) / 1000.0, milli);
                    break;
                case Cell::Kind::Count:
                    worksheet_write_number(sheet, row, lxw_col_t(c), double(cell.value), nullptr);
                    break;
                case Cell::Kind::Text:
                    worksheet_write_string(sheet, row, lxw_col_t(c), cell.text.toUtf8().constData(), nullptr);
                    break;
                }
            }
        }
    }
    const lxw_error err = workbook_close(book);
    return err == LXW_NO_ERROR
               ? QString()
               : Tr::tr("Cannot write %1: %2").arg(path, QString::fromUtf8(lxw_strerror(err)));
}

} // namespace app::reports
