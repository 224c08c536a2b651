#pragma once

// Arcus2 (Ingenico terminals of VTB and others) through its command-line tool, as public
// integrations describe it (payments-terminals-sbp.md §1.3): the tool runs in a folder holding
// libarccom.so, cashreg.ini, ops.ini, rc_conv.ini and rc_res.ini, takes "/o<op> /a<kopecks>
// /c643 [/x<RRN>]", and leaves output.dat (CP1251, line 0 the response code, "00..." approved)
// and the slip cheq.out (CP1251), from which RRN, card and authorisation code are read.

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include "devices/payments/cliterminal.h"

namespace devices::payments::arcus {

namespace Op {
inline constexpr int Payment = 1;
inline constexpr int Refund = 3;
inline constexpr int Cancel = 4;          // by reference; a guess to verify against ops.ini
inline constexpr int Settlement = 65;     // as the public CLI wrapper runs it
inline constexpr int EmulatorReport = 90; // the emulator's report of the batch; none known for real
} // namespace Op

inline constexpr const char *CustomerCancelled = "17"; // ISO 8583 "customer cancellation"

struct Output
{
    QString code;
    QString text;
    bool approved() const;
};

Output parseOutput(const QByteArray &outputDat);
QByteArray formatOutput(const Output &output);
QStringList decodeSlip(const QByteArray &cheq);

struct SlipFields
{
    QString rrn;
    QString cardMask;
    QString authCode;
};
SlipFields parseSlip(const QStringList &slip);

// The emulator's batch report in cheq.out: "dd.MM.yyyy HH:mm:ss SALE|VOID|REFUND 123.45 PAN:<card>
// RRN:<rrn> AUTH:<code> 00|<code>".
QString formatReportLine(const TerminalRecord &record);
QList<TerminalRecord> parseReport(const QStringList &slip);

} // namespace devices::payments::arcus
