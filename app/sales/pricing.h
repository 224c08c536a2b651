#pragma once

// Cart arithmetic in integer kopecks. The rules, written down once:
//
// 1. Line amount = price × quantity / 1000, rounded half-up to the kopeck
//    (quantity in thousandths; all values are non-negative, so half-up = floor(x + 0.5)).
// 2. An item discount is taken off its own line and may not exceed the line amount.
// 3. The receipt discount is spread over the lines in proportion to their amounts after item
//    discounts, by largest remainder: every line first gets floor(D × a_i / Σa), the kopecks left
//    go one each to the lines with the largest remainders (ties: the earlier line). The shares sum
//    to D exactly and no share exceeds its line, so no line goes negative.
// 4. VAT is inside the price (FFD): per line, vat = total × p / (100 + p) rounded half-up, for both
//    "p%" and "p/(100+p)" codes; 0% and "no VAT" give 0. The per-rate sums for the close command
//    are the sums of the line VATs (the rounding is per line, matching tag 1200 per item).
// 5. A partial return of q out of Q sold refunds R(prev + q) − R(prev), where
//    R(x) = total × x / Q rounded half-up; the refunds of any sequence of returns sum to at most
//    the line total and to exactly it once everything came back.

#include <QList>

#include <map>
#include <vector>

#include "app/core/money.h"

namespace app {

struct CartLineInput
{
    Kopecks price = 0;
    Milli quantity = 0;
    Kopecks itemDiscount = 0;
    int vatPercent = -1; // -1: no VAT
    int vatCode = 6;
};

struct PricedLine
{
    Kopecks gross = 0; // price × quantity, rounded
    Kopecks itemDiscount = 0;
    Kopecks receiptDiscountShare = 0;
    Kopecks total = 0; // gross − item discount − receipt share
    Kopecks vat = 0;
};

struct CartTotals
{
    std::vector<PricedLine> lines;
    Kopecks gross = 0;
    Kopecks discounts = 0;
    Kopecks total = 0;
    std::map<int, Kopecks> vatByCode;   // tag 1199 code -> VAT amount
    std::map<int, Kopecks> totalByCode; // tag 1199 code -> amount incl. VAT
};

namespace Pricing {

Kopecks lineAmount(Kopecks price, Milli quantity);
Kopecks vatInside(Kopecks amount, int percent);
// Largest-remainder split of `amount` over `weights` (all >= 0). Returns shares summing to
// `amount` exactly when Σweights > 0 and amount <= Σweights; each share <= its weight.
std::vector<Kopecks> spread(Kopecks amount, const std::vector<Kopecks> &weights);
// Throws nothing; a negative or oversized input yields false and leaves `out` empty.
bool price(const std::vector<CartLineInput> &lines, Kopecks receiptDiscount, CartTotals &out);
// Rule 5: the refund for returning `quantity` more of a line after `alreadyReturned`.
Kopecks refundFor(Kopecks lineTotal, Milli soldQuantity, Milli alreadyReturned, Milli quantity);

} // namespace Pricing

} // namespace app
