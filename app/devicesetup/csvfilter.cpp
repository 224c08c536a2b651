#include "app/devicesetup/csvfilter.h"

#include <QSet>

#include "app/catalog/csv.h"

namespace app {

QByteArray withoutCsvRecords(const QByteArray &data, const QList<int> &lines)
{
    const QSet<int> drop(lines.cbegin(), lines.cend());
    CsvReader reader(data, CsvReader::detectSeparator(data));
    QByteArray out;
    out.reserve(data.size());
    QList<QByteArray> fields;
    int line = 0;
    qsizetype start = 0;
    while (reader.next(fields, line)) {
        const qsizetype end = reader.position();
        if (!drop.contains(line))
            out.append(data.constData() + start, end - start);
        start = end;
    }
    if (start < data.size())
        out.append(data.constData() + start, data.size() - start);
    return out;
}

} // namespace app
