#pragma once

// Shared by the three files of FiscalWorker (connection and health, the job cycle, the service
// operations): small helpers and the job cycle's private structs. Not for use outside them.

#include "app/core/money.h"
#include "app/core/tr.h"
#include "app/fiscalservice/driversettings.h"
#include "app/fiscalservice/fiscalerrortext.h"
#include "app/fiscalservice/fiscalworker.h"
#include "fiscal/registrar.h"

namespace app::workerdetail {

// Operational registers (1Bh) that count the non-FN documents, so their jobs can be reconciled
// like FN documents are by FD (the emulator's numbers follow the vendor JavaPOS names).
constexpr int RegCashInNumber = 0x9B;
constexpr int RegCashOutNumber = 0x9C;
constexpr int RegXReportNumber = 0x9E;

// Resends of one job in one go before waiting for the next poll (link trouble).
constexpr int MaxRoundsPerTry = 3;

inline QString kindOf(const FiscalJob &job)
{
    return job.kind;
}

inline bool isSaleKind(const QString &kind)
{
    return kind == QLatin1String("sale") || kind == QLatin1String("return") ||
           kind == QLatin1String("correction");
}

inline PaperStatus paperStatus(fiscal::PaperState p)
{
    switch (p) {
    case fiscal::PaperState::Ok:
        return PaperStatus::Ok;
    case fiscal::PaperState::Out:
        return PaperStatus::Out;
    case fiscal::PaperState::OutWhilePrinting:
        return PaperStatus::OutWhilePrinting;
    case fiscal::PaperState::WaitingContinue:
        return PaperStatus::WaitingContinue;
    }
    return PaperStatus::Ok;
}

inline FiscalMessage info(QString text, FiscalNextStep next)
{
    return {std::move(text), next, true};
}

inline FiscalMessage noPaperMessage()
{
    return info(Tr::tr("No paper: insert a roll and press “Continue printing”"), FiscalNextStep::InsertPaper);
}

inline FiscalMessage continueMessage()
{
    return info(Tr::tr("The registrar waits to finish printing: press “Continue printing”."),
                FiscalNextStep::ContinuePrinting);
}

inline std::string money(Kopecks k)
{
    return fiscal::formatMoney(k); // as the registrar prints amounts on its tape
}

} // namespace app::workerdetail

namespace app {

struct FiscalWorker::Plan
{
    enum class Kind { Receipt, Correction, OpenShift, CloseShift, CashIn, CashOut, XReport, Invalid };
    Kind kind = Kind::Invalid;
    fiscal::Receipt receipt;
    std::optional<fiscal::Cashier> cashier;
    Kopecks amount = 0;
    ExpectedDocument expected;
    int counterRegister = 0;
    bool needsOpenShift = true;
    std::optional<Sale> sale;
    QString error; // translated: the job cannot be sent as it is
};

struct FiscalWorker::SendResult
{
    bool ok = false;
    fiscal::Error error;
    QString errorText; // overrides the mapped message (marking refusals)
    std::optional<qint64> fd;
    std::optional<qint64> sign;
    bool printIncomplete = false;
};

struct FiscalWorker::DeviceState
{
    fiscal::StatusSnapshot status;
    std::uint8_t fnDocument = 0;
    std::optional<std::uint32_t> registerNow;
    bool documentOpen() const { return status.documentOpen || fnDocument != 0; }
};

} // namespace app
