#include "cabinet/store/cardnumbers.h"

#include <cctype>
#include <vector>

namespace cabinet {

namespace {

constexpr std::size_t MinPan = 13;
constexpr std::size_t MaxPan = 19;
constexpr std::size_t MaxMaskDigits = 10; // the first 6 and the last 4

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool luhn(const std::string &digits)
{
    int sum = 0;
    bool twice = false;
    for (auto it = digits.rbegin(); it != digits.rend(); ++it) {
        int d = *it - '0';
        if (twice && (d *= 2) > 9)
            d -= 9;
        sum += d;
        twice = !twice;
    }
    return sum % 10 == 0;
}

// Runs of digits, a single space or dash between two digits kept inside the run: {begin, end, digits}.
struct Run
{
    std::size_t begin, end;
    std::string digits;
};

std::vector<Run> digitRuns(const std::string &text)
{
    std::vector<Run> runs;
    for (std::size_t i = 0; i < text.size();) {
        if (!isDigit(text[i])) {
            ++i;
            continue;
        }
        Run run{i, i, {}};
        std::size_t j = i;
        while (j < text.size()) {
            if (isDigit(text[j])) {
                run.digits += text[j++];
                run.end = j;
            } else if ((text[j] == ' ' || text[j] == '-') && j + 1 < text.size() && isDigit(text[j + 1])) {
                ++j;
            } else {
                break;
            }
        }
        runs.push_back(std::move(run));
        i = j;
    }
    return runs;
}

// Any window of 13-19 digits of a run that passes Luhn: a PAN inside a longer number counts too.
bool holdsPan(const std::string &digits)
{
    for (std::size_t length = MinPan; length <= MaxPan && length <= digits.size(); ++length)
        for (std::size_t from = 0; from + length <= digits.size(); ++from)
            if (luhn(digits.substr(from, length)))
                return true;
    return false;
}

bool stringHoldsPan(const std::string &text)
{
    for (const Run &r : digitRuns(text))
        if (r.digits.size() >= MinPan && holdsPan(r.digits))
            return true;
    return false;
}

// The acquirer's and our own ids: SBP transaction numbers may be long digit strings that pass Luhn
// by chance, and no card number is ever put in them.
bool isIdField(const std::string &key)
{
    return key == "qr_id" || key == "transaction_id" || key == "refund_id" || key == "operation_id" ||
           key == "original_operation_id";
}

std::optional<std::string> scan(const json::Value &v, const std::string &where)
{
    switch (v.type()) {
    case json::Value::Type::Str:
        return stringHoldsPan(v.asString()) ? std::optional(where) : std::nullopt;
    case json::Value::Type::Num:
        return stringHoldsPan(v.numberText()) ? std::optional(where) : std::nullopt;
    case json::Value::Type::Arr:
        for (std::size_t i = 0; i < v.asArray().size(); ++i)
            if (auto p = scan(v.asArray()[i], where + "[" + std::to_string(i) + "]"))
                return p;
        return std::nullopt;
    case json::Value::Type::Obj:
        for (const auto &[key, member] : v.asObject()) {
            const std::string path = where + "." + key;
            if (key == "card_mask" && member.isString()) {
                std::size_t shown = 0;
                for (char c : member.asString())
                    shown += isDigit(c) ? 1 : 0;
                if (shown > MaxMaskDigits)
                    return path;
            }
            if (isIdField(key))
                continue;
            // An SBP payment's reference is the acquirer's id, not a card's.
            if (key == "reference" && v.stringAt("method") == "sbp")
                continue;
            if (auto p = scan(member, path))
                return p;
        }
        return std::nullopt;
    default:
        return std::nullopt;
    }
}

} // namespace

std::optional<std::string> unmaskedCardNumber(const json::Value &payload)
{
    for (const char *key : {"payments", "payment_operations"})
        if (const json::Value *v = payload.find(key))
            if (auto p = scan(*v, std::string("payload.") + key))
                return p;
    return std::nullopt;
}

std::string maskCardNumbers(const std::string &text)
{
    std::string out;
    std::size_t copied = 0;
    for (const Run &r : digitRuns(text)) {
        if (r.digits.size() < MinPan || !holdsPan(r.digits))
            continue;
        out.append(text, copied, r.begin - copied);
        out += r.digits.substr(0, 6) + std::string(r.digits.size() - 10, '*') +
               r.digits.substr(r.digits.size() - 4);
        copied = r.end;
    }
    out.append(text, copied, std::string::npos);
    return out;
}

} // namespace cabinet
