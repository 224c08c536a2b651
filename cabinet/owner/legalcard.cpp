#include "cabinet/owner/legalcard.h"

#include "cabinet/auth/accounts.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace cabinet::owner {

namespace {

struct TaxSystem
{
    const char *code;
    int bit;
};
constexpr std::array<TaxSystem, 5> kTaxSystems{
    {{"osn", 1}, {"usn_income", 2}, {"usn_income_expense", 4}, {"eshn", 16}, {"psn", 32}}};

std::size_t length(const std::string &utf8)
{
    return std::size_t(std::count_if(utf8.begin(), utf8.end(), [](char ch) { return (ch & 0xC0) != 0x80; }));
}

bool digits(const std::string &s)
{
    return std::all_of(s.begin(), s.end(), [](unsigned char ch) { return std::isdigit(ch); });
}

// KPP: NNNN PP XXX — tax office, reason, number. Since 2019 the reason may hold capital Latin letters.
bool validKpp(const std::string &kpp)
{
    if (kpp.size() != 9)
        return false;
    for (std::size_t i = 0; i < kpp.size(); ++i) {
        const auto ch = static_cast<unsigned char>(kpp[i]);
        const bool ok = std::isdigit(ch) || ((i == 4 || i == 5) && ch >= 'A' && ch <= 'Z');
        if (!ok)
            return false;
    }
    return true;
}

std::optional<std::string> text(const json::Value &body, const char *key, std::string &out)
{
    const json::Value *v = body.find(key);
    if (v && !v->isNull() && !v->isString())
        return std::string("Поле «") + key + "»: ожидается текст";
    out = v && v->isString() ? v->asString() : std::string();
    return std::nullopt;
}

} // namespace

std::optional<std::string> innProblem(const std::string &kind, const std::string &inn)
{
    if (inn.empty())
        return "Укажите ИНН";
    if (!digits(inn))
        return "ИНН состоит только из цифр";
    const bool person = kind == "individual";
    if (!person && inn.size() != 10)
        return "ИНН организации — 10 цифр, а введено " + std::to_string(inn.size());
    if (person && inn.size() != 12)
        return "ИНН индивидуального предпринимателя — 12 цифр, а введено " + std::to_string(inn.size());
    if (!auth::validInn(inn))
        return "ИНН с ошибкой: не сходятся контрольные цифры. Проверьте, не пропущена ли или не переставлена "
               "ли цифра";
    return std::nullopt;
}

int taxSystemBit(const std::string &taxSystem)
{
    for (const auto &t : kTaxSystems)
        if (taxSystem == t.code)
            return t.bit;
    return 0;
}

std::optional<std::string> readLegalCard(const json::Value &body, LegalCard &out)
{
    static const char *const known[] = {"kind", "name", "inn", "kpp", "tax_system", "address", "id"};
    // A named pair, not a structured binding: clang 14 (the fuzz build) cannot capture those.
    for (const auto &member : body.asObject())
        if (std::find_if(std::begin(known), std::end(known),
                         [&](const char *k) { return member.first == k; }) == std::end(known))
            return "Неизвестное поле: " + member.first;
    for (auto [key, field] : {std::pair{"kind", &out.kind},
                              {"name", &out.name},
                              {"inn", &out.inn},
                              {"kpp", &out.kpp},
                              {"tax_system", &out.taxSystem},
                              {"address", &out.address}})
        if (auto why = text(body, key, *field))
            return why;
    if (out.kind != "organization" && out.kind != "individual")
        return "Укажите, кто это: организация или индивидуальный предприниматель";
    if (out.name.empty() || length(out.name) > 255)
        return "Укажите наименование (до 255 символов)";
    if (auto why = innProblem(out.kind, out.inn))
        return why;
    if (out.kind == "individual" && !out.kpp.empty())
        return "У индивидуального предпринимателя нет КПП: оставьте поле пустым";
    if (!out.kpp.empty() && !validKpp(out.kpp))
        return "КПП — 9 цифр (в 5-й и 6-й позиции допустимы заглавные латинские буквы)";
    if (taxSystemBit(out.taxSystem) == 0)
        return "Выберите систему налогообложения: ОСН, УСН доход, УСН доход минус расход, ЕСХН или ПСН";
    if (out.taxSystem == "psn" && out.kind != "individual")
        return "Патентная система (ПСН) — только для индивидуального предпринимателя";
    if (length(out.address) > 256)
        return "Адрес длиннее 256 символов";
    return std::nullopt;
}

} // namespace cabinet::owner
