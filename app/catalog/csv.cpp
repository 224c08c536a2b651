#include "app/catalog/csv.h"

#include <string_view>

#include "app/core/tr.h"

namespace app {

namespace {

std::string_view view(const QByteArray &data)
{
    return {data.constData(), std::size_t(data.size())};
}

QString describe(const csv::Error &e)
{
    switch (e.kind()) {
    case csv::Error::Kind::UnclosedQuote:
        return Tr::tr("Line %1: a quotation mark is not closed.").arg(e.line());
    case csv::Error::Kind::FieldTooLong:
        return Tr::tr("Line %1: a field is too long; check the quotation marks.").arg(e.line());
    case csv::Error::Kind::TooManyFields:
        return Tr::tr("Line %1: too many columns.").arg(e.line());
    case csv::Error::Kind::Other:
        break;
    }
    return Tr::tr("Line %1: the file cannot be read.").arg(e.line());
}

} // namespace

CsvReader::CsvReader(const QByteArray &data, char separator)
    : m_data(data)
    , m_encoding(csv::detectEncoding(view(data).substr(0, 64 * 1024)))
    , m_reader(csv::Reader::overBytes(view(m_data), separator))
{}

char CsvReader::detectSeparator(const QByteArray &data)
{
    return csv::detectSeparator(view(data).substr(0, 64 * 1024));
}

bool CsvReader::next(QList<QByteArray> &fields, int &line)
{
    fields.clear();
    if (!m_error.isEmpty())
        return false;
    try {
        if (!m_reader.next(m_fields))
            return false;
    } catch (const csv::Error &e) {
        m_error = describe(e);
        return false;
    }
    line = m_reader.line();
    for (const std::string &field : m_fields) {
        // Invalid UTF-8 in a UTF-8 file becomes U+FFFD when the importer reads it as a QString.
        const std::string text =
            m_encoding == csv::Encoding::Windows1251 ? csv::windows1251ToUtf8(field) : field;
        fields.append(QByteArray(text.data(), qsizetype(text.size())));
    }
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
