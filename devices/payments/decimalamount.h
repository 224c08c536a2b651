#pragma once

// Amounts as vendors write them, "1110.11" (rubles with a point), read and written without
// floating point: bank reports, slips and the SBP API all use this form.

#include <QString>
#include <QStringView>

#include <optional>

namespace devices::payments {

QString kopecksToDecimal(qint64 kopecks);
// "1110", "1110.1", "1110.11" (also with a comma); nullopt for anything else or more than 2 decimals.
std::optional<qint64> decimalToKopecks(QStringView text);

} // namespace devices::payments
