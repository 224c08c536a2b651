#include "app/devicesetup/registrarinfo.h"

#include "app/core/tr.h"
#include "app/fiscalservice/fiscalerrortext.h"
#include "fiscal/codes.h"
#include "fiscal/registrar.h"
#include "fiscal/transport/transport.h"

namespace app {
namespace {

// "serial:/dev/ttyUSB0@9600" (Transport::describe) as "/dev/ttyUSB0 at 9600 baud".
QString placeOf(const fiscal::Transport &transport)
{
    const QString text = QString::fromStdString(transport.describe());
    const qsizetype at = text.lastIndexOf(QLatin1Char('@'));
    if (!text.startsWith(QLatin1String("serial:")) || at < 0)
        return text;
    return Tr::tr("%1 at %2 baud").arg(text.mid(7, at - 7), text.mid(at + 1));
}

} // namespace

QString RegistrarInfo::summary() const
{
    if (!ok)
        return error.text;
    return Tr::tr("%1, serial number %2, FN %3").arg(model, serialNumber, fnNumber);
}

QString registrarModeText(int mode)
{
    switch (mode) {
    case 0:
        return Tr::tr("ready");
    case 2:
        return Tr::tr("shift open");
    case 3:
        return Tr::tr("shift open for over 24 hours: close it with a Z report");
    case 4:
        return Tr::tr("shift closed");
    case 5:
        return Tr::tr("locked by a wrong tax inspector password");
    case 6:
        return Tr::tr("waiting for the date to be confirmed");
    case 8:
        return Tr::tr("a document is open");
    case 9:
        return Tr::tr("technological reset allowed");
    case 10:
        return Tr::tr("test run");
    default:
        return Tr::tr("mode %1").arg(mode);
    }
}

FiscalMessage probeErrorMessage(const fiscal::Error &error, const QString &where, quint32 password)
{
    using fiscal::TransportError;
    const bool tcp = where.startsWith(QLatin1String("tcp:"));
    if (error.tier == fiscal::Error::Tier::Transport) {
        switch (static_cast<TransportError>(error.code)) {
        case TransportError::NotFound:
            if (!tcp)
                return {Tr::tr("There is no port %1 on this computer: check that the registrar is plugged in "
                               "and switched on, press “Refresh” and pick its port from the list.")
                            .arg(where),
                        FiscalNextStep::CheckConnection, true};
            break;
        case TransportError::PermissionDenied:
            return {Tr::tr("No permission to open %1: add the user to the “dialout” group and log in again.")
                        .arg(where),
                    FiscalNextStep::FixPortAccess, true};
        case TransportError::Busy:
            return {
                Tr::tr("Port %1 is busy: another program holds it (a test utility or a second copy of the "
                       "till). Close it and try again.")
                    .arg(where),
                FiscalNextStep::FixPortAccess, true};
        default:
            break;
        }
        if (tcp)
            return {
                Tr::tr("Nothing accepts connections at %1: check the registrar's IP address and port (7778 "
                       "by default), that it is switched on and on the same network.")
                    .arg(where),
                FiscalNextStep::CheckConnection, true};
        return {Tr::tr("Port %1 could not be used: check the cable and try another port.").arg(where),
                FiscalNextStep::CheckConnection, true};
    }
    if (error.tier == fiscal::Error::Tier::Link) {
        if (error.isLink(fiscal::LinkError::NoLink))
            return {Tr::tr("The registrar does not answer on %1: check that it is switched on and connected, "
                           "and the baud rate, or press “Find registrar” to try every port and speed.")
                        .arg(where),
                    FiscalNextStep::CheckConnection, true};
        return {
            Tr::tr("The registrar on %1 answers with errors: check the cable and the baud rate.").arg(where),
            FiscalNextStep::CheckConnection, true};
    }
    if (error.isDevice(fiscal::deverr::WrongPassword))
        return {Tr::tr("The registrar refused the password %1: enter the system administrator's password "
                       "(30 unless it was changed).")
                    .arg(password),
                FiscalNextStep::CheckSettings, true};
    return describeFiscalError(error);
}

RegistrarInfo readRegistrarInfo(fiscal::Registrar &registrar)
{
    RegistrarInfo info;
    const quint32 password = registrar.settings().adminPassword;
    auto fail = [&](const fiscal::Error &e) {
        info.ok = false;
        info.error = probeErrorMessage(e, placeOf(registrar.link().transport()), password);
        return info;
    };
    auto type = registrar.deviceType();
    if (!type)
        return fail(type.error());
    info.model = QString::fromStdString(type->name);
    info.modelCode = type->model;
    auto full = registrar.fullStatus();
    if (!full)
        return fail(full.error());
    info.serialNumber = QString::number(full->serialNumber);
    info.firmware =
        QStringLiteral("%1.%2").arg(QString::fromStdString(full->firmwareVersion)).arg(full->firmwareBuild);
    auto status = registrar.status();
    if (!status)
        return fail(status.error());
    info.fnNumber = QString::fromStdString(status->fnNumber);
    info.lastFd = status->lastFd;
    info.mode = status->mode;
    info.submode = status->submode;
    info.modeText = registrarModeText(status->mode);
    switch (status->shift) {
    case fiscal::ShiftState::Closed:
        info.shiftText = Tr::tr("closed");
        break;
    case fiscal::ShiftState::Open:
        info.shiftText = Tr::tr("open");
        break;
    case fiscal::ShiftState::Expired:
        info.shiftText = Tr::tr("open for over 24 hours");
        break;
    }
    // 15h wants the system administrator: the fiscal service needs that password for Z reports.
    auto exchange = registrar.execute(fiscal::readExchangeParamsRequest(password, 0));
    if (!exchange && exchange.error().isDevice(fiscal::deverr::WrongPassword))
        return fail(exchange.error());
    if (!exchange && exchange.error().tier != fiscal::Error::Tier::Device)
        return fail(exchange.error());
    info.ok = true;
    return info;
}

} // namespace app
