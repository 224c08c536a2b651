#pragma once

// FiscalServiceSettings in the driver's terms: the one place app/ builds fiscal/'s settings from
// its own (the fiscal worker, the registrar probe of the settings page).

#include "app/fiscalservice/fiscalservicesettings.h"
#include "fiscal/link/linksettings.h"
#include "fiscal/registrar.h"

namespace app {

fiscal::RegistrarSettings registrarSettings(const FiscalServiceSettings &settings);
fiscal::LinkSettings linkSettings(const FiscalServiceSettings &settings);

} // namespace app
