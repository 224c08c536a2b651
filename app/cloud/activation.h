#pragma once

// Activation: the 8-digit code checked on the till first, the request body, the credentials in the
// answer and the translated reasons for a refusal. SyncEngine::activate, which sends it and stores
// the token, is defined in activation.cpp too.

#include <QJsonObject>
#include <QString>

#include <optional>

#include "app/cloud/cloudhttp.h"
#include "app/cloud/cloudtypes.h"
#include "app/cloud/tokenstore.h"

namespace app::cloud {

// The code without spaces and dashes when it is 8 digits; nothing otherwise.
std::optional<QString> activationDigits(const QString &code);
// The body of POST /devices/activate.
QJsonObject activationBody(const QString &digits, const QString &installId, const DeviceInfo &device);
// The credentials in a 200 answer (the token empty when the cabinet sent none).
DeviceCredentials credentialsFrom(const Answer &a, const QString &baseUrl, const QString &installId);
// Why the cabinet said no, in words for the cashier.
QString activationRefusal(const Answer &a);

} // namespace app::cloud
