#pragma once

// The current report written to a file: CSV for Russian Excel and XLSX (both from app/reports, the
// same tables the screen shows) and PDF drawn here with QPdfWriter, each with the shop's name, the
// period and the time the report was made.

#include <QString>

#include "app/reports/reporttables.h"

namespace ui::reports {

enum class ExportFormat { Csv, Xlsx, Pdf };

QString exportSuffix(ExportFormat format); // "csv", "xlsx", "pdf"
// Writes `doc` to `path`; empty when written, otherwise what went wrong (translated).
QString writeReport(const app::reports::ReportDocument &doc, ExportFormat format, const QString &path);
QString writePdf(const app::reports::ReportDocument &doc, const QString &path);

} // namespace ui::reports
