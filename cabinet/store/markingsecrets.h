#pragma once

// The secrets of a point of sale's marking settings (issue 18; table marking_secrets, migration 13):
// written by the owner API (cabinet/owner/markingsettings.cpp), never read back to the owner, and
// added by the pull to the point's own `marking_settings` item only (changes.cpp).

#include "cabinet/db/connection.h"
#include "cabinet/json/json.h"

#include <cstdint>
#include <optional>
#include <string>

namespace cabinet {

struct MarkingSecrets
{
    std::string clientToken; // ТС ПИоТ: the program's client token
    std::string chzToken;    // «Токен для работы с Честным Знаком»
    std::string lmPassword;  // ЛМ ЧЗ
};

// Never set: nullopt.
std::optional<MarkingSecrets> readMarkingSecrets(db::Connection &c, const std::string &org,
                                                 const std::string &pos);
void writeMarkingSecrets(db::Connection &c, const std::string &org, const std::string &pos,
                         const MarkingSecrets &s, std::int64_t nowMs);

// The stored JSON of a pulled item, with the point's secrets added as "secrets" when it is the
// `marking_settings` of the device's own point (`pos`); anything else is returned as it is.
std::optional<std::string> withMarkingSecrets(db::Connection &c, const std::string &org,
                                              const std::string &pos, const std::string &entity,
                                              const std::string &id, const std::optional<std::string> &data);

} // namespace cabinet
