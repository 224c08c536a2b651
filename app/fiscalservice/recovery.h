#pragma once

// The exactly-once journal's recovery rule lives in fiscal/recovery (one home, Qt-free, shared with
// the technician CLI). This file only puts its reason codes into translated words for the cashier.

#include <QString>

#include "fiscal/recovery/recovery.h"

namespace app {

using CounterKind = fiscal::recovery::Counter;
using RecoveryRow = fiscal::recovery::Row;
using RecoveryDevice = fiscal::recovery::Device;
using RecoveryAction = fiscal::recovery::Action;
using RecoveryReason = fiscal::recovery::Reason;
using ExpectedDocument = fiscal::recovery::ExpectedDocument;
using FoundFnDocument = fiscal::recovery::Document;

struct RecoveryDecision
{
    RecoveryAction action = RecoveryAction::Attention;
    RecoveryReason code = RecoveryReason::None;
    QString reason; // translated, for Attention only
};

// fiscal::recovery::decide with the reason in words.
RecoveryDecision decideRecovery(const RecoveryRow &row, const RecoveryDevice &device);

// The translated text of an Attention reason, with the numbers that were found.
QString recoveryReasonText(RecoveryReason reason, const RecoveryRow &row, const RecoveryDevice &device);

// Empty when the document is ours (fiscal::recovery::verify); otherwise the translated reason for
// Attention.
QString verifyDocument(const ExpectedDocument &expected, const FoundFnDocument &found);

} // namespace app
