#pragma once

// A read-only table showing one ReportTable: numbers right-aligned, text left, sortable; and the
// table under its title, as a tab shows it.

#include <QTableWidget>

class QLabel;

#include "app/reports/reporttables.h"

namespace ui::reports {

class ReportTableView final : public QTableWidget
{
    Q_OBJECT

public:
    explicit ReportTableView(QWidget *parent = nullptr);
    void setReport(const app::reports::ReportTable &table);
    const app::reports::ReportTable &table() const { return m_table; }
    // The column that takes the spare width; -1 (default): the first, when it holds names.
    void setStretchColumn(int column) { m_stretch = column; }

private:
    app::reports::ReportTable m_table;
    int m_stretch = -1;
};

class TitledTable final : public QWidget
{
    Q_OBJECT

public:
    explicit TitledTable(QWidget *parent = nullptr);
    ReportTableView *view() const { return m_view; }
    QLabel *title() const { return m_title; }
    void setReport(const app::reports::ReportTable &table);

private:
    QLabel *m_title = nullptr;
    ReportTableView *m_view = nullptr;
};

} // namespace ui::reports
