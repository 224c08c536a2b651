#pragma once

// A report as tables of cells: what every export (CSV, XLSX, PDF) and the registrar's printout
// take, so they all hold the same numbers as the screen.

#include <QList>
#include <QString>
#include <QStringList>

#include "app/reports/reportsservice.h"

namespace app::reports {

struct Cell
{
    enum class Kind { Text, Money, Quantity, Count } kind = Kind::Text;
    QString text;           // as shown ("1 234,50")
    std::int64_t value = 0; // kopecks, thousandths or a count
};

struct ReportTable
{
    QString title;
    QStringList headers;
    QList<QList<Cell>> rows;
};

struct ReportDocument
{
    QString shop;
    QString period; // "01.12.2026 – 03.12.2026"
    QDateTime madeAt;
    QList<ReportTable> tables;
};

// Every report of the set: summary, payments, by day, by hour, cashiers, categories, products
// (top by sum and by quantity), VAT, shifts.
ReportDocument reportDocument(const ReportSet &set, const QString &shop, const QDateTime &madeAt);
ReportTable documentsTable(const QList<DocumentRow> &rows);

QString docTypeName(DocType type);
QString paymentName(int payment); // 0 cash, 1 card, 2 SBP, 3 several, -1 none
QString periodText(const Period &period);

// CSV for Russian Excel: UTF-8 with BOM, ';' between fields, each table under its title.
QByteArray toCsv(const ReportDocument &doc);
// XLSX through libxlsxwriter: one sheet per table, numbers as numbers. Empty string when written.
QString writeXlsx(const ReportDocument &doc, const QString &path);
// Plain lines for the registrar's non-fiscal slip, `width` characters wide.
QStringList toSlip(const ReportDocument &doc, int width = 32);

} // namespace app::reports
