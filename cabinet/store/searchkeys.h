#pragma once

// What the owner's catalog search and sort read, kept beside each catalog item when it is written:
// the name folded as a Russian reader compares it (case ignored, ё = е), the words the search may
// match (name, article, barcodes, INN), and the group it sits in. One place computes them, so the
// owner API and every writer (import, API, admin) agree.

#include "cabinet/json/json.h"

#include <string>
#include <string_view>

namespace cabinet::search {

// Lower case for Latin and Cyrillic, ё/Ё to е; other text unchanged. The cabinet has no ICU, and
// a shop's catalog is Russian and Latin: this is the folding its search needs.
std::string fold(std::string_view utf8);

struct Keys
{
    std::string text;     // folded name, article, barcodes and INN, space-separated
    std::string sortName; // folded name
    std::string parentId; // a product's group, a group's parent; empty for none
};

Keys keysOf(const json::Value &data);

} // namespace cabinet::search
