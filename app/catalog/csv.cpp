#include "app/catalog/csv.h"

#include <QString>

namespace app {

CsvReader::CsvReader(const QByteArray &data, char separator)
    : m_data(data)
    , m_separator(separator)
{
    if (m_data.startsWith("\xEF\xBB\xBF")) // UTF-8 BOM from spreadsheet exports
        m_pos = 3;
}

char CsvReader::detectSeparator(const QByteArray &data)
{
    const qsizetype end = data.indexOf('\n');
    const QByteArray header = end < 0 ? data : data.left(end);
    return header.count(';') > header.count(',') ? ';' : ',';
}

bool CsvReader::next(QList<QByteArray> &fields, int &line)
{
    fields.clear();
    const qsizetype n = m_data.size();
    const char *d = m_data.constData();
    // Skip blank lines between records.
    while (m_pos < n && (d[m_pos] == '\n' || d[m_pos] == '\r')) {
        if (d[m_pos] == '\n')
            ++m_line;
        ++m_pos;
    }
    if (m_pos >= n)
        return false;
    line = m_line;
    QByteArray field;
    bool quoted = false;
    bool wasQuoted = false;
    while (m_pos < n) {
        const char c = d[m_pos++];
        if (quoted) {
            if (c == '"') {
                if (m_pos < n && d[m_pos] == '"') {
                    field += '"';
                    ++m_pos;
                } else {
                    quoted = false;
                }
            } else {
                if (c == '\n')
                    ++m_line;
                field += c;
            }
            continue;
        }
        if (c == '"' && field.isEmpty() && !wasQuoted) {
            quoted = wasQuoted = true;
        } else if (c == m_separator) {
            fields.append(field);
            field.clear();
            wasQuoted = false;
        } else if (c == '\n') {
            ++m_line;
            break;
        } else if (c != '\r') {
            field += c;
        }
    }
    fields.append(field);
    return true;
}

QByteArray csvField(const QString &value, char separator)
{
    QByteArray utf8 = value.toUtf8();
    if (!utf8.contains(separator) && !utf8.contains('"') && !utf8.contains('\n') && !utf8.contains('\r'))
        return utf8;
    utf8.replace("\"", "\"\"");
    return '"' + utf8 + '"';
}

} // namespace app
