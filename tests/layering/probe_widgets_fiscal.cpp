// Compiled with prilavok_widgets' usage requirements by tests/layers: must fail on the include below.
#include "fiscal/registrar.h"

int layerProbeFiscal()
{
    return 0;
}
