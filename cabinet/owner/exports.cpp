#include "cabinet/owner/exports.h"

#include "cabinet/owner/http.h"
#include "cabinet/reports/export.h"
#include "cabinet/util/crypto.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace cabinet::owner {

namespace {

// Saved under a name that says what it holds and for which days (the period is checked as dates,
// so the name is plain ASCII).
api::Response attachment(std::string body, const char *type, const std::string &name)
{
    api::Response r;
    r.body = std::move(body);
    r.contentType = type;
    r.headers.emplace_back("Content-Disposition", "attachment; filename=\"" + name + "\"");
    return r;
}

std::string fileName(const std::string &what, const reports::Period &period, const char *extension)
{
    std::string name = "prilavok-" + what;
    if (!period.from.empty())
        name += "-" + period.from + "_" + period.to;
    return name + extension;
}

} // namespace

std::optional<api::Response> exportCall(db::Connection &c, const reports::Scope &scope,
                                        const std::string &path, const reports::DocumentFilter &filter)
{
    std::string out;
    const reports::Sink sink = [&out](std::string_view chunk) { out += chunk; };
    if (path == "/exports/documents.csv") {
        reports::exportJournalCsv(c, scope, filter, sink);
        return attachment(std::move(out), "text/csv; charset=utf-8",
                          fileName("documents", filter.period, ".csv"));
    }
    if (path == "/exports/catalog.xml") {
        reports::exportCatalogCommerceMl(c, scope.organizationId, sink);
        return attachment(std::move(out), "application/xml; charset=utf-8", "prilavok-catalog.xml");
    }
    if (path == "/exports/sales.xml") {
        reports::exportSalesCommerceMl(c, scope, filter.period, sink);
        return attachment(std::move(out), "application/xml; charset=utf-8",
                          fileName("sales", filter.period, ".xml"));
    }
    if (path != "/exports/documents.xlsx")
        return std::nullopt;
    // libxlsxwriter writes a file; it lives only for this request.
    const auto file =
        std::filesystem::temp_directory_path() / ("prilavok-export-" + crypto::newUuid() + ".xlsx");
    std::string why;
    const bool ok = reports::exportJournalXlsx(c, scope, filter, file.string(), why);
    std::ifstream in(file, std::ios::binary);
    std::stringstream bytes;
    bytes << in.rdbuf();
    std::error_code ec;
    std::filesystem::remove(file, ec);
    if (!ok) {
        std::fprintf(stderr, "{\"event\":\"export_failed\",\"detail\":\"xlsx\"}\n");
        return error(500, "internal", "Не удалось сформировать файл XLSX");
    }
    return attachment(bytes.str(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                      fileName("documents", filter.period, ".xlsx"));
}

} // namespace cabinet::owner
