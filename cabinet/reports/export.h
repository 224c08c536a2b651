#pragma once

// Exports of the journal and of sales (issue 14 §4): CSV (UTF-8 with BOM, `;`, as Excel in a Russian
// locale opens it), XLSX through libxlsxwriter in constant-memory mode (rows go to a temp file as they
// are written), and 1C CommerceML 2 (the catalog; retail sales by day per point of sale). Each walks
// its rows page by page, so memory does not grow with the number of documents.

#include "cabinet/reports/queries.h"

#include <functional>
#include <string>
#include <string_view>

namespace cabinet::reports {

using Sink = std::function<void(std::string_view)>;

void exportJournalCsv(db::Connection &c, const Scope &scope, DocumentFilter filter, const Sink &sink);

// Writes the workbook to `path`; false with `error` set when libxlsxwriter fails.
bool exportJournalXlsx(db::Connection &c, const Scope &scope, DocumentFilter filter, const std::string &path,
                       std::string &error);

// CommerceML 2.05: the organization's products (Каталог).
void exportCatalogCommerceMl(db::Connection &c, const std::string &org, const Sink &sink);
// CommerceML 2.05: one «Отчет о розничных продажах» document per day and point of sale, from the rollups.
void exportSalesCommerceMl(db::Connection &c, const Scope &scope, const Period &period, const Sink &sink);

} // namespace cabinet::reports
