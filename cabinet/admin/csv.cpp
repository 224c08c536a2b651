#include "cabinet/admin/csv.h"

#include <stdexcept>

namespace cabinet::admin {

std::optional<std::vector<std::string>> readCsvRecord(std::istream &in)
{
    std::vector<std::string> fields;
    std::string field;
    bool quoted = false;
    bool any = false;
    int c;
    while ((c = in.get()) != EOF) {
        any = true;
        if (quoted) {
            if (c == '"') {
                if (in.peek() == '"') {
                    in.get();
                    field += '"';
                } else {
                    quoted = false;
                }
            } else {
                field += char(c);
            }
            continue;
        }
        if (c == '"' && field.empty()) {
            quoted = true;
        } else if (c == ',') {
            fields.push_back(std::move(field));
            field.clear();
        } else if (c == '\n') {
            fields.push_back(std::move(field));
            return fields;
        } else if (c == '\r') {
            if (in.peek() == '\n')
                continue; // CRLF: the \n ends the record
            field += char(c);
        } else {
            field += char(c);
        }
    }
    if (quoted)
        throw std::runtime_error("CSV: unterminated quoted field");
    if (!any)
        return std::nullopt;
    fields.push_back(std::move(field));
    return fields;
}

} // namespace cabinet::admin
