#pragma once

// The till's view of the shared CSV reader (csv/): records as QByteArray fields in UTF-8, a
// Windows-1251 file converted on the way, and a reading error in the cashier's language.

#include <QByteArray>
#include <QList>
#include <QString>

#include <vector>

#include "csv/csvreader.h"
#include "csv/encoding.h"

namespace app {

class CsvReader final
{
public:
    CsvReader(const QByteArray &data, char separator);
    // The next record; false at the end or on an error (error() then says what and on which line).
    // `line` is the 1-based line where the record started.
    bool next(QList<QByteArray> &fields, int &line);
    // Bytes of `data` consumed so far (just past the last record).
    qsizetype position() const { return qsizetype(m_reader.position()); }
    qsizetype size() const { return m_data.size(); }
    QString error() const { return m_error; }
    bool windows1251() const { return m_encoding == csv::Encoding::Windows1251; }

    // ';' when the header has more semicolons than commas (Excel with a Russian locale), else ','.
    static char detectSeparator(const QByteArray &data);

private:
    QByteArray m_data;
    csv::Encoding m_encoding;
    csv::Reader m_reader;
    std::vector<std::string> m_fields;
    QString m_error;
};

// One CSV field, quoted when needed.
QByteArray csvField(const QString &value, char separator);

} // namespace app
