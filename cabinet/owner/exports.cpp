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

api::Response text(std::string body, const char *type)
{
    api::Response r;
    r.body = std::move(body);
    r.contentType = type;
    return r;
}

} // namespace

std::optional<api::Response> exportCall(db::Connection &c, const reports::Scope &scope,
                                        const std::string &path, const reports::DocumentFilter &filter)
{
    std::string out;
    const reports::Sink sink = [&out](std::string_view chunk) { out += chunk; };
    if (path == "/exports/documents.csv") {
        reports::exportJournalCsv(c, scope, filter, sink);
        return text(std::move(out), "text/csv; charset=utf-8");
    }
    if (path == "/exports/catalog.xml") {
        reports::exportCatalogCommerceMl(c, scope.organizationId, sink);
        return text(std::move(out), "application/xml; charset=utf-8");
    }
    if (path == "/exports/sales.xml") {
        reports::exportSalesCommerceMl(c, scope, filter.period, sink);
        return text(std::move(out), "application/xml; charset=utf-8");
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
    return text(bytes.str(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
}

} // namespace cabinet::owner
