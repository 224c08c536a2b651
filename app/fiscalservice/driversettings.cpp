#include "app/fiscalservice/driversettings.h"

#include <chrono>

namespace app {

fiscal::RegistrarSettings registrarSettings(const FiscalServiceSettings &settings)
{
    fiscal::RegistrarSettings registrar;
    if (settings.adminPassword)
        registrar.adminPassword = *settings.adminPassword;
    return registrar;
}

fiscal::LinkSettings linkSettings(const FiscalServiceSettings &settings)
{
    fiscal::LinkSettings link;
    if (settings.answerTimeoutMs) {
        const std::chrono::milliseconds answer(*settings.answerTimeoutMs);
        link.enqTimeout = answer;
        link.ackTimeout = answer;
        link.byteTimeout = answer;
    }
    return link;
}

} // namespace app
