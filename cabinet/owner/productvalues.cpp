#include "cabinet/owner/productvalues.h"

#include "cabinet/store/searchkeys.h"

#include <algorithm>
#include <charconv>
#include <map>

namespace cabinet::owner {

namespace {

constexpr std::int64_t kMaxPrice = 9'999'999'999; // the till's MaxPrice, 99 999 999,99 ₽

// Lower case, ё as е, without spaces (ordinary, no-break and narrow no-break) and the given bytes.
std::string key(const std::string &text, std::string_view drop = "")
{
    std::string s = search::fold(text);
    for (const char *space : {"\xC2\xA0", "\xE2\x80\xAF", "\xE2\x80\x89"})
        for (auto at = s.find(space); at != std::string::npos; at = s.find(space))
            s.erase(at, std::char_traits<char>::length(space));
    std::erase_if(s, [&](char c) { return c == ' ' || c == '\t' || drop.find(c) != std::string_view::npos; });
    return s;
}

std::string strip(std::string s, std::string_view word)
{
    for (auto at = s.find(word); at != std::string::npos; at = s.find(word))
        s.erase(at, word.size());
    return s;
}

template<class Map>
Checked<std::string> lookup(const Map &names, const std::string &k, std::string why)
{
    const auto it = names.find(k);
    if (it != names.end())
        return std::string(it->second);
    return Refusal{std::move(why)};
}

bool validEan(const std::string &code)
{
    int sum = 0;
    const std::size_t n = code.size();
    for (std::size_t i = 0; i + 1 < n; ++i) {
        const int d = code[n - 2 - i] - '0';
        sum += i % 2 == 0 ? d * 3 : d;
    }
    return (10 - sum % 10) % 10 == code.back() - '0';
}

} // namespace

std::string roublesText(std::int64_t kopecks)
{
    const std::int64_t rest = kopecks % 100;
    return std::to_string(kopecks / 100) + (rest < 10 ? ".0" : ".") + std::to_string(rest);
}

std::optional<std::int64_t> kopecksOfText(std::string text)
{
    std::replace(text.begin(), text.end(), ',', '.');
    const auto dot = text.find('.');
    const std::string whole = text.substr(0, dot);
    std::string fraction = dot == std::string::npos ? "" : text.substr(dot + 1);
    if (whole.empty() || whole.size() > 12 || fraction.size() > 2)
        return std::nullopt;
    fraction.resize(2, '0');
    std::int64_t rubles = 0, kopecks = 0;
    if (std::from_chars(whole.data(), whole.data() + whole.size(), rubles).ptr !=
            whole.data() + whole.size() ||
        std::from_chars(fraction.data(), fraction.data() + 2, kopecks).ptr != fraction.data() + 2)
        return std::nullopt;
    return rubles * 100 + kopecks;
}

Checked<std::int64_t> priceOf(const std::string &text)
{
    std::string s = key(text);
    for (const std::string_view suffix : {"₽", "руб.", "руб", "р.", "р"})
        if (s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0) {
            s.erase(s.size() - suffix.size());
            break;
        }
    if (s.empty())
        return Refusal{"Не указана цена"};
    if (s.front() == '-')
        return Refusal{"Цена меньше нуля: " + text};
    if (s.front() == '+')
        s.erase(0, 1);
    const auto kopecks = kopecksOfText(s);
    if (!kopecks || (!s.empty() && (s.front() == '.' || s.front() == ',')))
        return Refusal{"Цена «" + text + "» — не число рублей с копейками (например 89,90)"};
    if (*kopecks > kMaxPrice)
        return Refusal{"Цена больше 99 999 999,99 ₽: " + text};
    return *kopecks;
}

Checked<std::string> unitOf(const std::string &text)
{
    static const std::map<std::string, const char *> names{
        {"шт", "pcs"},       {"штука", "pcs"}, {"штук", "pcs"}, {"pcs", "pcs"}, {"кг", "kg"},
        {"килограмм", "kg"}, {"kg", "kg"},     {"г", "g"},      {"гр", "g"},    {"грамм", "g"},
        {"g", "g"},          {"л", "l"},       {"литр", "l"},   {"l", "l"},     {"мл", "ml"},
        {"миллилитр", "ml"}, {"ml", "ml"},     {"м", "m"},      {"метр", "m"},  {"m", "m"}};
    return lookup(names, key(text, "."),
                  "Неизвестная единица измерения «" + text + "»: допустимы шт, кг, г, л, мл, м");
}

Checked<std::string> vatOf(const std::string &text)
{
    static const std::map<std::string, const char *> rates{
        {"", "none"},         {"без", "none"},   {"нет", "none"},      {"none", "none"},
        {"0", "vat0"},        {"5", "vat5"},     {"7", "vat7"},        {"10", "vat10"},
        {"20", "vat20"},      {"105", "vat105"}, {"5/105", "vat105"},  {"107", "vat107"},
        {"7/107", "vat107"},  {"110", "vat110"}, {"10/110", "vat110"}, {"120", "vat120"},
        {"20/120", "vat120"}, {"0.05", "vat5"},  {"0.07", "vat7"},     {"0.1", "vat10"},
        {"0.2", "vat20"},     {"0,05", "vat5"},  {"0,07", "vat7"},     {"0,1", "vat10"},
        {"0,2", "vat20"},     {"22", "vat22"},   {"122", "vat122"},    {"22/122", "vat122"},
        {"0.22", "vat22"},    {"0,22", "vat22"}};
    const std::string k = strip(strip(strip(key(text, "%"), "ндс"), "vat"), "ставка");
    return lookup(
        rates, k,
        "Неизвестная ставка НДС «" + text +
            "»: допустимы «Без НДС», 0%, 5%, 7%, 10%, 20%, 22%, 5/105, 7/107, 10/110, 20/120, 22/122");
}

Checked<std::string> markingOf(const std::string &text)
{
    static const std::map<std::string, const char *> kinds{{"", "none"},
                                                           {"нет", "none"},
                                                           {"безмаркировки", "none"},
                                                           {"none", "none"},
                                                           {"обувь", "shoes"},
                                                           {"shoes", "shoes"},
                                                           {"одежда", "clothes"},
                                                           {"clothes", "clothes"},
                                                           {"табак", "tobacco"},
                                                           {"табачнаяпродукция", "tobacco"},
                                                           {"tobacco", "tobacco"},
                                                           {"молоко", "milk"},
                                                           {"молочнаяпродукция", "milk"},
                                                           {"milk", "milk"},
                                                           {"вода", "water"},
                                                           {"упакованнаявода", "water"},
                                                           {"water", "water"},
                                                           {"духи", "perfume"},
                                                           {"парфюмерия", "perfume"},
                                                           {"perfume", "perfume"},
                                                           {"шины", "tires"},
                                                           {"tires", "tires"},
                                                           {"другое", "other"},
                                                           {"другая", "other"},
                                                           {"other", "other"}};
    return lookup(kinds, key(text),
                  "Неизвестный вид маркировки «" + text +
                      "»: допустимы обувь, одежда, табак, молоко, вода, духи, шины, другое или нет");
}

Checked<std::string> subjectOf(const std::string &text)
{
    static const std::map<std::string, const char *> subjects{
        {"товар", "commodity"}, {"commodity", "commodity"}, {"подакцизныйтовар", "excise"},
        {"excise", "excise"},   {"работа", "job"},          {"job", "job"},
        {"услуга", "service"},  {"service", "service"}};
    return lookup(subjects, key(text),
                  "Неизвестный предмет расчёта «" + text +
                      "»: допустимы товар, подакцизный товар, работа, услуга");
}

std::string barcodeProblem(const std::string &code)
{
    const bool shape =
        code.size() >= 4 && code.size() <= 48 && std::all_of(code.begin(), code.end(), [](char c) {
            return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '-';
        });
    if (!shape)
        return "Штрихкод «" + code + "» не похож на штрихкод: только цифры и латиница, 4–48 знаков";
    const bool digits = std::all_of(code.begin(), code.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (digits && (code.size() == 8 || code.size() == 12 || code.size() == 13) && !validEan(code))
        return "Штрихкод " + code + ": неверная контрольная цифра";
    return {};
}

std::string barcodeTaken(const std::string &code, const std::string &holder)
{
    return "Штрихкод " + code + " уже у товара «" + holder + "»";
}

Checked<std::vector<std::string>> barcodesOf(const std::string &text)
{
    std::vector<std::string> codes;
    std::string code;
    for (const char c : text + " ") {
        if (c == '|' || c == ',' || c == ';' || c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            if (code.empty())
                continue;
            if (auto why = barcodeProblem(code); !why.empty())
                return Refusal{std::move(why)};
            if (std::find(codes.begin(), codes.end(), code) == codes.end())
                codes.push_back(code);
            code.clear();
        } else {
            code += c;
        }
    }
    return codes;
}

std::size_t characters(const std::string &utf8)
{
    return std::size_t(std::count_if(utf8.begin(), utf8.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

std::string nameProblem(const std::string &name)
{
    if (name.empty())
        return "Не указано название";
    if (characters(name) > 128)
        return "Название длиннее 128 символов: так его не напечатать в чеке";
    if (std::any_of(name.begin(), name.end(), [](char c) { return (c >= 0 && c < 0x20) || c == 0x7F; }))
        return "В названии есть управляющие символы";
    int straight = 0, guillemets = 0;
    for (std::size_t i = 0; i < name.size(); ++i) {
        if (name[i] == '"')
            ++straight;
        else if (name.compare(i, 2, "«") == 0)
            ++guillemets;
        else if (name.compare(i, 2, "»") == 0 && --guillemets < 0)
            break;
    }
    if (straight % 2 != 0 || guillemets != 0)
        return "В названии не закрыта кавычка";
    return {};
}

} // namespace cabinet::owner
