#pragma once

// Catalog values: what a product is, as stored and as imported.

#include <QDate>
#include <QString>
#include <QStringList>

#include <cstdint>

#include "app/core/money.h"

namespace app {

// Tag 1212 values we offer in the catalog (FFD 1.2); marked goods use 31-33 at sale time.
namespace Subject {
inline constexpr int Goods = 1;
inline constexpr int Excise = 2;
inline constexpr int Work = 3;
inline constexpr int Service = 4;
inline constexpr int MarkedExcise = 31; // excise goods with a marking code (beer, tobacco)
inline constexpr int MarkedGoods = 33;  // non-excise goods with a marking code
} // namespace Subject

// Which Chestny Znak product group a marked good belongs to (drives the permissive-mode checks).
enum class MarkingType : int { None = 0, Milk = 1, Water = 2, Beer = 3, Tobacco = 4, Shoes = 5, Other = 9 };

struct Product
{
    std::int64_t id = 0;
    QString uuid;
    QString name; // 1..128 characters, balanced quotes, no control characters
    QString description;
    Kopecks price = 0;
    int unitCode = 0;            // tag 2108
    int vatCode = 6;             // tag 1199
    std::int64_t categoryId = 0; // 0: none
    int subject = Subject::Goods;
    QString country; // OKSM numeric, e.g. "643"
    QString article;
    bool marked = false;
    MarkingType markingType = MarkingType::None;
    bool weighted = false;
    bool active = true;
    QStringList barcodes;
};

struct Unit
{
    int code = 0;
    QString name;
    QString shortName;
    bool fractional = false;
};

struct VatRate
{
    int code = 0; // tag 1199
    QString name;
    int percent = -1; // -1: no VAT
    bool calculated = false;
    QDate validFrom;
    QDate validTo; // exclusive; invalid = open
};

struct Category
{
    std::int64_t id = 0;
    std::int64_t parentId = 0;
    QString name;
};

// Search key: lower case, ё→е, single spaces. Same function for stored keys and typed prefixes.
QString normaliseForSearch(const QString &text);

// Checks a product without the database (used by the editor and the importer alike).
// Returns an empty string when valid, else the translated reason.
QString validateProduct(const Product &product);
bool isKnownUnitCode(int code);

} // namespace app
