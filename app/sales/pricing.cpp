#include "app/sales/pricing.h"

#include <algorithm>
#include <numeric>

namespace app::Pricing {
namespace {

// price × quantity stays below 1e18 by the MaxPrice/MaxQuantity limits; the discount spread
// multiplies two amounts and needs 128 bits.
__extension__ typedef __int128 Wide;

// round(n / d) half-up for n >= 0, d > 0.
Kopecks divHalfUp(Wide n, Wide d)
{
    return Kopecks((n + d / 2) / d);
}

} // namespace

Kopecks lineAmount(Kopecks price, Milli quantity)
{
    return divHalfUp(Wide(price) * quantity, MilliPerUnit);
}

Kopecks vatInside(Kopecks amount, int percent)
{
    if (percent <= 0 || amount <= 0)
        return 0;
    return divHalfUp(Wide(amount) * percent, 100 + percent);
}

std::vector<Kopecks> spread(Kopecks amount, const std::vector<Kopecks> &weights)
{
    std::vector<Kopecks> shares(weights.size(), 0);
    const Wide sum = std::accumulate(weights.begin(), weights.end(), Wide(0));
    if (amount <= 0 || sum <= 0)
        return shares;
    std::vector<Wide> remainders(weights.size(), 0);
    Kopecks given = 0;
    for (std::size_t i = 0; i < weights.size(); ++i) {
        const Wide exact = Wide(amount) * weights[i];
        shares[i] = Kopecks(exact / sum);
        remainders[i] = exact % sum;
        given += shares[i];
    }
    std::vector<std::size_t> order(weights.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return remainders[a] > remainders[b]; });
    for (std::size_t k = 0; given < amount && k < order.size(); ++k, ++given)
        ++shares[order[k]];
    return shares;
}

bool price(const std::vector<CartLineInput> &lines, Kopecks receiptDiscount, CartTotals &out)
{
    out = CartTotals{};
    std::vector<Kopecks> afterItem;
    afterItem.reserve(lines.size());
    for (const CartLineInput &in : lines) {
        if (in.price < 0 || in.price > MaxPrice || in.quantity <= 0 || in.quantity > MaxQuantity ||
            in.itemDiscount < 0)
            return false;
        PricedLine line;
        line.gross = lineAmount(in.price, in.quantity);
        if (in.itemDiscount > line.gross)
            return false;
        line.itemDiscount = in.itemDiscount;
        afterItem.push_back(line.gross - line.itemDiscount);
        out.gross += line.gross;
        out.lines.push_back(line);
    }
    const Kopecks subtotal = std::accumulate(afterItem.begin(), afterItem.end(), Kopecks(0));
    if (receiptDiscount < 0 || receiptDiscount > subtotal) {
        out = CartTotals{};
        return false;
    }
    const std::vector<Kopecks> shares = spread(receiptDiscount, afterItem);
    for (std::size_t i = 0; i < lines.size(); ++i) {
        PricedLine &line = out.lines[i];
        line.receiptDiscountShare = shares[i];
        line.total = afterItem[i] - shares[i];
        line.vat = vatInside(line.total, lines[i].vatPercent);
        out.total += line.total;
        out.discounts += line.itemDiscount + line.receiptDiscountShare;
        out.vatByCode[lines[i].vatCode] += line.vat;
        out.totalByCode[lines[i].vatCode] += line.total;
    }
    return true;
}

Kopecks refundFor(Kopecks lineTotal, Milli soldQuantity, Milli alreadyReturned, Milli quantity)
{
    if (soldQuantity <= 0 || quantity <= 0 || alreadyReturned < 0 ||
        alreadyReturned + quantity > soldQuantity)
        return 0;
    const auto refundable = [&](Milli x) { return divHalfUp(Wide(lineTotal) * x, soldQuantity); };
    return refundable(alreadyReturned + quantity) - refundable(alreadyReturned);
}

} // namespace app::Pricing
