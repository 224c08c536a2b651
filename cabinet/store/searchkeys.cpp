#include "cabinet/store/searchkeys.h"

#include "csv/encoding.h"

namespace cabinet::search {

namespace {

char32_t folded(char32_t c)
{
    if (c >= U'A' && c <= U'Z')
        return c + 0x20;
    if (c == U'Ё' || c == U'ё')
        return U'е';
    if (c >= U'А' && c <= U'Я')
        return c + 0x20;
    if (c >= 0x400 && c <= 0x40F) // Ѐ…Џ (Ukrainian and Belarusian capitals)
        return c + 0x50;
    return c;
}

} // namespace

std::string fold(std::string_view s)
{
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) {
        const auto b = static_cast<unsigned char>(s[i]);
        // Two-byte sequences hold Cyrillic; anything else is copied as it is (stored text is valid
        // UTF-8 already, checked by the writers).
        if ((b & 0xE0) == 0xC0 && i + 1 < s.size()) {
            const char32_t c = (char32_t(b & 0x1F) << 6) | (static_cast<unsigned char>(s[i + 1]) & 0x3F);
            csv::appendUtf8(out, char16_t(folded(c)));
            i += 2;
        } else {
            out += b < 0x80 ? char(folded(b)) : char(b);
            ++i;
        }
    }
    return out;
}

Keys keysOf(const json::Value &data)
{
    Keys k;
    const std::string name = data.stringAt("name").value_or("");
    k.sortName = fold(name);
    std::string words = name;
    for (const char *key : {"article", "inn"})
        if (auto v = data.stringAt(key); v && !v->empty())
            words += " " + *v;
    if (const json::Value *codes = data.find("barcodes"); codes && codes->isArray())
        for (const json::Value &code : codes->asArray())
            if (code.isString())
                words += " " + code.asString();
    k.text = fold(words);
    k.parentId = data.stringAt("group_id").value_or(data.stringAt("parent_id").value_or(""));
    return k;
}

} // namespace cabinet::search
