#pragma once

// Which card terminal and SBP acquirer the till talks to, as the store owner sets them up. Vendor
// protocols plug in behind devices::PaymentTerminal / devices::SbpProvider; until they exist only
// the emulators can be chosen.

#include "devices/serialsettings.h"

#include <QString>
#include <QVariantMap>

namespace devices {

struct TerminalSettings
{
    enum class Kind { None = 0, Emulated = 1, Sberbank = 2, Inpas = 3, Arcus = 4 };

    Kind kind = Kind::None;
    SerialSettings port; // pinpads on RS-232/USB-COM
    QString host;        // pinpads on Ethernet (INPAS DualConnector, Arcus over TCP)
    int tcpPort = 0;
    QString terminalId; // the bank's TID, printed on slips
    // Command-line drivers (Sberbank sb_pilot, Arcus2 tool): the program, and the folder whose
    // files every run needs beside it (pinpad.ini, upnixmn.out, cashreg.ini...; empty: the
    // program's own folder).
    QString program;
    QString configDir;
    int answerTimeoutSecs = 90;   // a customer entering a PIN is slow; beyond this the state is unknown
    bool printSlips = true;       // pass slips to the registrar as non-fiscal text
    int slipCopies = 2;           // the customer's and the shop's
    bool reconcileBeforeZ = true; // сверка итогов as the first step of closing the shift

    QVariantMap toMap() const;
    static TerminalSettings fromMap(const QVariantMap &map);
    friend bool operator==(const TerminalSettings &, const TerminalSettings &) = default;
};

struct SbpSettings
{
    enum class Kind { None = 0, Emulated = 1 };

    Kind kind = Kind::None;
    QString apiUrl;     // the acquirer's API endpoint
    QString merchantId; // the shop's id at the acquirer (ТСП)
    QString accountId;  // the legal entity's account the money goes to
    int qrLifetimeSecs = 300;
    int pollIntervalMs = 2000;

    QVariantMap toMap() const;
    static SbpSettings fromMap(const QVariantMap &map);
    friend bool operator==(const SbpSettings &, const SbpSettings &) = default;
};

} // namespace devices
