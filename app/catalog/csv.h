#pragma once

// RFC 4180 CSV over a byte buffer: quoted fields, "" escapes, line breaks inside quotes, CRLF.
// Byte-level so a 1M-row import does not pay for a QTextStream per line.

#include <QByteArray>
#include <QList>

namespace app {

class CsvReader final
{
public:
    CsvReader(const QByteArray &data, char separator);
    // The next record; false at the end. `line` is the 1-based line where the record started.
    bool next(QList<QByteArray> &fields, int &line);
    qsizetype position() const { return m_pos; }
    qsizetype size() const { return m_data.size(); }

    // ';' when the header has more semicolons than commas (Excel with a Russian locale), else ','.
    static char detectSeparator(const QByteArray &data);

private:
    QByteArray m_data;
    char m_separator;
    qsizetype m_pos = 0;
    int m_line = 1;
};

// One CSV field, quoted when needed.
QByteArray csvField(const QString &value, char separator);

} // namespace app
