#include "app/fiscalservice/receipttexts.h"

#include "fiscal/commands/service.h"

namespace app {

RegistrarTexts registrarTexts(const PointOfSale &pos, int width)
{
    RegistrarTexts out;
    QStringList header;
    for (const QString &text : {pos.storeName, pos.receiptAddress, pos.phone})
        for (const QString &line : wrapTapeText(text, width))
            header << centreTapeLine(line, width);
    QStringList trailer;
    for (const QString &line : wrapTapeText(pos.footer, width))
        trailer << centreTapeLine(line, width);
    out.headerNeeded = int(header.size());
    out.trailerNeeded = int(trailer.size());
    header.resize(fiscal::receipttext::HeaderRows);
    trailer.resize(fiscal::receipttext::TrailerRows);
    out.header = header;
    out.trailer = trailer;
    return out;
}

std::optional<PointOfSale> tillPointOfSale(Database &db)
{
    OrganisationService organisation(db);
    const auto places = organisation.workplaces();
    if (places.isEmpty())
        return std::nullopt;
    return organisation.pointOfSale(places.first().pointOfSaleId);
}

bool hasReceiptTexts(const PointOfSale &pos)
{
    return !(pos.storeName.isEmpty() && pos.receiptAddress.isEmpty() && pos.phone.isEmpty() &&
             pos.footer.isEmpty());
}

} // namespace app
