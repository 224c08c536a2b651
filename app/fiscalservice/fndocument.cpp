#include "app/fiscalservice/fndocument.h"

#include "fiscal/codec/values.h"

namespace app {

std::optional<FoundFnDocument> decodeFoundDocument(const fiscal::FoundDocument &doc)
{
    fiscal::ByteReader in(doc.data);
    if (!fiscal::readFnDateTime(in))
        return std::nullopt;
    const auto fd = in.le(4);
    const auto sign = in.le(4);
    if (!fd || !sign)
        return std::nullopt;
    FoundFnDocument out;
    out.type = doc.type;
    out.fd = static_cast<std::uint32_t>(*fd);
    out.fiscalSign = static_cast<std::uint32_t>(*sign);
    if (doc.type == fndoctype::Receipt || doc.type == fndoctype::Correction) {
        const auto op = in.u8();
        const auto total = in.le(fiscal::MoneyWidth);
        if (op && total) {
            out.operation = *op;
            out.total = static_cast<std::int64_t>(*total);
            out.hasAmount = true;
        }
    }
    return out;
}

QDateTime fromFnDateTime(const fiscal::FnDateTime &dt)
{
    const QDate date(dt.date.year, dt.date.month, dt.date.day);
    const QTime time(dt.hour, dt.minute);
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time);
}

} // namespace app
