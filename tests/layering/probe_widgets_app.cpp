// Compiled with prilavok_widgets' usage requirements by tests/layers: the app/ headers that used to
// pull fiscal/ in (Result, money, the fiscal service's messages and settings) compile without it.
#include "app/core/money.h"
#include "app/core/result.h"
#include "app/fiscalservice/fiscalmessage.h"
#include "app/fiscalservice/fiscalservice.h"
#include "app/fiscalservice/fiscalservicesettings.h"
#include "base/expected.h"

int layerProbeApp()
{
    const app::Result<app::Milli> quantity = app::MilliPerUnit;
    return quantity ? 0 : 1;
}
