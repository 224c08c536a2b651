#pragma once

// Sberbank UPOS through sb_pilot: the command line and the answer files, as public integrations
// describe them (see payments-terminals-sbp.md §1.1.2). Pure functions, so the layout is tested
// on its own and shared with the emulator.
//
// e (KOI8-R), by line: 0 "<code>,<text>", 1 masked card, 3 authorisation code, 4 operation number
// in the day, 7 terminal id, 8 host time YYYYMMDDHHMMSS, 9 RRN, 10 card hash, 13 merchant id.
// Code 0 is success, 2000 "operation aborted" (the customer or cashier cancelled on the pinpad).
// p (KOI8-R): the slip. stdout: a "return:<n>" line. The exit status means nothing.

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

#include "devices/payments/cliterminal.h"

namespace devices::payments::upos {

inline constexpr int Approved = 0;
inline constexpr int Aborted = 2000;

namespace Line {
inline constexpr int Code = 0;
inline constexpr int Card = 1;
inline constexpr int AuthCode = 3;
inline constexpr int Number = 4;
inline constexpr int TerminalId = 7;
inline constexpr int HostTime = 8;
inline constexpr int Rrn = 9;
inline constexpr int CardHash = 10;
inline constexpr int MerchantId = 13;
inline constexpr int Count = 14;
} // namespace Line

// sb_pilot operation codes.
namespace Op {
inline constexpr int Payment = 1;
inline constexpr int Refund = 3;
inline constexpr int Settlement = 7;
inline constexpr int Cancel = 8;
inline constexpr int Report = 9;
} // namespace Op

struct Answer
{
    int code = -1;
    QString text;
    QString cardMask;
    QString authCode;
    QString number;
    QString terminalId;
    QDateTime hostTime; // UTC (the file holds the terminal's local time)
    QString rrn;
    QString cardHash;
    QString merchantId;
};

std::optional<Answer> parseAnswer(const QByteArray &eFile);
QByteArray formatAnswer(const Answer &answer); // the emulator's side
std::optional<int> returnCode(const QByteArray &standardOutput);
QStringList decodeSlip(const QByteArray &pFile);

// The full report of the batch (sb_pilot 9 0) in p: one line per operation,
// "dd.MM.yy HH:mm:ss ОПЛАТА|ОТМЕНА|ВОЗВРАТ 123.45 <card> <auth> <rrn> ОДОБРЕНО|ОТКАЗ".
QString formatReportLine(const TerminalRecord &record);
QList<TerminalRecord> parseReport(const QStringList &slip);

} // namespace devices::payments::upos
