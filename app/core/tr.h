#pragma once

// The translation context of the whole model layer: every user-visible message of app/ is
// Tr::tr("English source") and lands in translations/prilavok_*.ts under "Model".

#include <QCoreApplication>

namespace app {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Model)
};

} // namespace app
