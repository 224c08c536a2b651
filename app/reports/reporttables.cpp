#include "app/reports/reporttables.h"

#include <QLocale>

#include "app/core/moneytext.h"
#include "app/core/tr.h"

namespace app::reports {

namespace {

Cell money(Kopecks k)
{
    return {Cell::Kind::Money, displayMoney(k), k};
}

Cell qty(Milli q)
{
    return {Cell::Kind::Quantity, displayQuantity(q), q};
}

Cell count(std::int64_t n)
{
    return {Cell::Kind::Count, QString::number(n), n};
}

Cell text(const QString &t)
{
    return {Cell::Kind::Text, t, 0};
}

// `documents` counts receipts in the cashier report (which has no quantity: receipts mix units)
// and receipt lines in the others.
ReportTable salesTable(const QString &title, const QString &first, const QList<SalesRow> &rows, bool withVat,
                       bool receipts = false)
{
    ReportTable t{title, {first, receipts ? Tr::tr("Receipts") : Tr::tr("Lines")}, {}};
    if (!receipts)
        t.headers << Tr::tr("Quantity");
    t.headers << Tr::tr("Amount");
    if (withVat)
        t.headers << Tr::tr("VAT");
    for (const SalesRow &r : rows) {
        QList<Cell> row{text(r.name.isEmpty() ? Tr::tr("(none)") : r.name), count(r.documents)};
        if (!receipts)
            row << qty(r.quantity);
        row << money(r.amount);
        if (withVat)
            row << money(r.vat);
        t.rows << row;
    }
    return t;
}

QString dateTime(const QDateTime &t)
{
    return t.isValid() ? t.toString(QStringLiteral("dd.MM.yyyy HH:mm")) : QString();
}

} // namespace

QString docTypeName(DocType type)
{
    switch (type) {
    case DocType::Sale:
        return Tr::tr("Sale");
    case DocType::Return:
        return Tr::tr("Return");
    case DocType::Correction:
        return Tr::tr("Correction");
    case DocType::CashIn:
        return Tr::tr("Cash in");
    case DocType::CashOut:
        return Tr::tr("Cash out");
    case DocType::XReport:
        return Tr::tr("X report");
    case DocType::ZReport:
        return Tr::tr("Z report");
    }
    return {};
}

QString paymentName(int payment)
{
    switch (payment) {
    case 0:
        return Tr::tr("Cash");
    case 1:
        return Tr::tr("Card");
    case 2:
        return Tr::tr("SBP");
    case 3:
        return Tr::tr("Several");
    default:
        return {};
    }
}

QString periodText(const Period &period)
{
    const QDate first = period.from.date();
    const QDate last = period.to.addMSecs(-1).date();
    const QString f = QStringLiteral("dd.MM.yyyy");
    return first == last ? first.toString(f) : first.toString(f) + QStringLiteral(" – ") + last.toString(f);
}

ReportDocument reportDocument(const ReportSet &set, const QString &shop, const QDateTime &madeAt)
{
    ReportDocument doc{shop, periodText(set.period), madeAt, {}};
    const Dashboard &d = set.dashboard;
    ReportTable summary{Tr::tr("Summary"), {Tr::tr("Figure"), Tr::tr("Value")}, {}};
    summary.rows << QList<Cell>{text(Tr::tr("Gross turnover")), money(d.gross)}
                 << QList<Cell>{text(Tr::tr("Returns")), money(d.returns)}
                 << QList<Cell>{text(Tr::tr("Net")), money(d.net)}
                 << QList<Cell>{text(Tr::tr("Receipts")), count(d.receipts)}
                 << QList<Cell>{text(Tr::tr("Return receipts")), count(d.returnCount)}
                 << QList<Cell>{text(Tr::tr("Corrections")), count(d.corrections)}
                 << QList<Cell>{text(Tr::tr("Average receipt")), money(d.average)}
                 << QList<Cell>{text(Tr::tr("Cash")), money(d.payments[0])}
                 << QList<Cell>{text(Tr::tr("Card")), money(d.payments[1])}
                 << QList<Cell>{text(Tr::tr("SBP")), money(d.payments[2])};
    doc.tables << summary;
    ReportTable days{
        Tr::tr("By day"), {Tr::tr("Date"), Tr::tr("Receipts"), Tr::tr("Gross"), Tr::tr("Returns")}, {}};
    for (const DayPoint &p : d.byDay)
        days.rows << QList<Cell>{text(p.date.toString(QStringLiteral("dd.MM.yyyy"))), count(p.receipts),
                                 money(p.gross), money(p.returns)};
    doc.tables << days;
    ReportTable hours{Tr::tr("By hour"), {Tr::tr("Hour"), Tr::tr("Net")}, {}};
    for (int h = 0; h < 24; ++h) {
        if (d.byHour[std::size_t(h)] != 0)
            hours.rows << QList<Cell>{text(QStringLiteral("%1:00").arg(h, 2, 10, QLatin1Char('0'))),
                                      money(d.byHour[std::size_t(h)])};
    }
    doc.tables << hours;
    doc.tables << salesTable(Tr::tr("By cashier"), Tr::tr("Cashier"), set.cashiers, false, true);
    doc.tables << salesTable(Tr::tr("By category"), Tr::tr("Category"), set.categories, false);
    doc.tables << salesTable(Tr::tr("Top 20 products by amount"), Tr::tr("Product"), set.products.bySum,
                             false);
    doc.tables << salesTable(Tr::tr("Top 20 products by quantity"), Tr::tr("Product"),
                             set.products.byQuantity, false);
    doc.tables << salesTable(Tr::tr("By VAT rate"), Tr::tr("VAT rate"), set.vat, true);
    ReportTable shifts{Tr::tr("Shifts"),
                       {Tr::tr("Shift"), Tr::tr("Opened"), Tr::tr("Closed"), Tr::tr("Cashier"),
                        Tr::tr("Sales"), Tr::tr("Returns"), Tr::tr("Cash"), Tr::tr("Card"), Tr::tr("SBP"),
                        Tr::tr("Cash in"), Tr::tr("Cash out"), Tr::tr("In the drawer")},
                       {}};
    for (const ShiftRow &s : set.shifts)
        shifts.rows << QList<Cell>{count(s.number),
                                   text(dateTime(s.openedAt)),
                                   text(dateTime(s.closedAt)),
                                   text(s.cashier),
                                   money(s.sales),
                                   money(s.returns),
                                   money(s.cash),
                                   money(s.card),
                                   money(s.sbp),
                                   money(s.cashIn),
                                   money(s.cashOut),
                                   money(s.drawer)};
    doc.tables << shifts;
    return doc;
}

ReportTable documentsTable(const QList<DocumentRow> &rows)
{
    ReportTable t{Tr::tr("Cash documents"),
                  {Tr::tr("Time"), Tr::tr("Document"), Tr::tr("Number"), Tr::tr("FD"), Tr::tr("Cashier"),
                   Tr::tr("Payment"), Tr::tr("Amount")},
                  {}};
    for (const DocumentRow &r : rows)
        t.rows << QList<Cell>{text(dateTime(r.at)),
                              text(docTypeName(r.type)),
                              r.number ? count(r.number) : text({}),
                              r.fd ? count(r.fd) : text({}),
                              text(r.cashier),
                              text(paymentName(r.payment)),
                              money(r.amount)};
    return t;
}

QByteArray toCsv(const ReportDocument &doc)
{
    auto field = [](QString v) {
        if (v.contains(u';') || v.contains(u'"') || v.contains(u'\n'))
            v = u'"' + v.replace(QStringLiteral("\""), QStringLiteral("\"\"")) + u'"';
        return v;
    };
    QString out;
    out += field(doc.shop) + u'\n' + field(doc.period) + u'\n' +
           field(doc.madeAt.toString(QStringLiteral("dd.MM.yyyy HH:mm"))) + u'\n';
    for (const ReportTable &t : doc.tables) {
        out += u'\n' + field(t.title) + u'\n';
        QStringList header;
        for (const QString &h : t.headers)
            header << field(h);
        out += header.join(u';') + u'\n';
        for (const auto &row : t.rows) {
            QStringList cells;
            for (const Cell &c : row)
                cells << field(c.text);
            out += cells.join(u';') + u'\n';
        }
    }
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

QStringList toSlip(const ReportDocument &doc, int width)
{
    QStringList lines{doc.shop.left(width), doc.period.left(width), QString(width, u'-')};
    for (const ReportTable &t : doc.tables) {
        if (t.rows.isEmpty())
            continue;
        lines << t.title.left(width);
        for (const auto &row : t.rows) {
            // First column on the left, the last figure on the right.
            const QString right = row.last().text;
            const QString left = row.first().text.left(std::max<int>(1, width - int(right.size()) - 1));
            lines << left + QString(std::max<int>(1, width - int(left.size()) - int(right.size())), u' ') +
                         right;
        }
        lines << QString(width, u'-');
    }
    return lines;
}

} // namespace app::reports
