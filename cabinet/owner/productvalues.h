#pragma once

// The product card's values as people write them in a spreadsheet, turned into the owner API's codes
// (openapi.yaml ProductInput) or refused with a Russian reason. One owner for these rules: the API's
// price text, the import's columns. The limits are the till's (app/catalog/product.cpp
// validateProduct), so nothing the cabinet accepts is refused by a till on its next pull.

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace cabinet::owner {

// Why a value is refused, in Russian.
struct Refusal
{
    std::string why;
};
// A value, or why it is refused.
template<class T>
using Checked = std::variant<T, Refusal>;

// The owner API speaks integer kopecks; the tills read a product's `price` as roubles, a decimal
// string ("64.90", the sync protocol), or `price_kopecks`. A product is stored with both, so neither
// side has to guess which unit a bare number is in. 12990 -> "129.90".
std::string roublesText(std::int64_t kopecks);
// "129.90", "129,9" or "129" (as an import or an older cabinet stored it) in kopecks; nullopt when
// it is not that.
std::optional<std::int64_t> kopecksOfText(std::string text);

// "1 234,50 ₽", "89.9", "0": kopecks, not negative, at most 99 999 999,99.
Checked<std::int64_t> priceOf(const std::string &text);
// шт, кг, г, л, мл, м (with or without a dot, or spelled out) or pcs, kg, g, l, ml, m.
Checked<std::string> unitOf(const std::string &text);
// «Без НДС», «20%», «НДС 22%», «10/110», 0.2 (a percent cell of Excel), or vat20 and the like; the
// rates the tills know (app/cloud pulledvalues vatCodeFromName), 22% and 22/122 among them.
Checked<std::string> vatOf(const std::string &text);
// Обувь, одежда, табак, молоко, вода, духи, шины, другое, нет (or the API's codes).
Checked<std::string> markingOf(const std::string &text);
// Товар, подакцизный товар, работа, услуга (or commodity, excise, job, service).
Checked<std::string> subjectOf(const std::string &text);
// Empty when `code` is a barcode the cabinet takes: 4-48 of 0-9 A-Z a-z -; all digits of the length
// of an EAN-8, UPC-A (12) or EAN-13 only with a right check digit. The one rule of the import and of
// the owner API's product writes.
std::string barcodeProblem(const std::string &code);
// Why a barcode is refused because another product of the organisation (`holder`, its name) has it.
std::string barcodeTaken(const std::string &code, const std::string &holder);
// Codes separated by |, comma, semicolon or spaces, each checked by barcodeProblem; repeats dropped.
Checked<std::vector<std::string>> barcodesOf(const std::string &text);
// Empty when the name is acceptable: not empty, at most 128 characters (tag 1030), no control
// characters, quotes closed (the till refuses the rest).
std::string nameProblem(const std::string &name);
// The number of characters of UTF-8 text.
std::size_t characters(const std::string &utf8);

} // namespace cabinet::owner
