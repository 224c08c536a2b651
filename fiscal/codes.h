#pragma once

// Command codes and the device error bytes both sides of the link use by name: the driver and
// the emulator. Descriptions of every error live in fiscal/errortable (driver side).

#include <cstdint>

#include "fiscal/codec/frame.h"

namespace fiscal {

namespace cmd {
inline constexpr CommandCode ShortStatus = 0x10;
inline constexpr CommandCode FullStatus = 0x11;
inline constexpr CommandCode PrintBold = 0x12;
inline constexpr CommandCode Beep = 0x13;
inline constexpr CommandCode SetExchangeParams = 0x14;
inline constexpr CommandCode ReadExchangeParams = 0x15;
inline constexpr CommandCode PrintString = 0x17;
inline constexpr CommandCode ReadMoneyRegister = 0x1A;
inline constexpr CommandCode ReadOperationalRegister = 0x1B;
inline constexpr CommandCode WriteTable = 0x1E;
inline constexpr CommandCode ReadTable = 0x1F;
inline constexpr CommandCode SetTime = 0x21;
inline constexpr CommandCode SetDate = 0x22;
inline constexpr CommandCode ConfirmDate = 0x23;
inline constexpr CommandCode Cut = 0x25;
inline constexpr CommandCode OpenDrawer = 0x28;
inline constexpr CommandCode Feed = 0x29;
inline constexpr CommandCode TableStructure = 0x2D;
inline constexpr CommandCode FieldStructure = 0x2E;
inline constexpr CommandCode XReport = 0x40;
inline constexpr CommandCode ZReport = 0x41;
inline constexpr CommandCode CashIn = 0x50;
inline constexpr CommandCode CashOut = 0x51;
inline constexpr CommandCode ErrorName = 0x6B;
inline constexpr CommandCode Sale = 0x80;
inline constexpr CommandCode Purchase = 0x81;
inline constexpr CommandCode SaleReturn = 0x82;
inline constexpr CommandCode PurchaseReturn = 0x83;
inline constexpr CommandCode CloseCheck = 0x85;
inline constexpr CommandCode Discount = 0x86;
inline constexpr CommandCode Surcharge = 0x87;
inline constexpr CommandCode CancelCheck = 0x88;
inline constexpr CommandCode Subtotal = 0x89;
inline constexpr CommandCode RepeatDocument = 0x8C;
inline constexpr CommandCode OpenCheck = 0x8D;
inline constexpr CommandCode CloseCheckExtended = 0x8E;
inline constexpr CommandCode ContinuePrint = 0xB0;
inline constexpr CommandCode OpenShift = 0xE0;
inline constexpr CommandCode ExtendedRequest = 0xF7;
inline constexpr CommandCode DeviceType = 0xFC;

inline constexpr CommandCode FnStatus = 0xFF01;
inline constexpr CommandCode FnNumber = 0xFF02;
inline constexpr CommandCode FnExpiry = 0xFF03;
inline constexpr CommandCode FnVersion = 0xFF04;
inline constexpr CommandCode FnCancelDocument = 0xFF08;
inline constexpr CommandCode FnFindDocument = 0xFF0A;
inline constexpr CommandCode FnOpenShift = 0xFF0B;
inline constexpr CommandCode FnSendTlv = 0xFF0C;
inline constexpr CommandCode FnBeginCorrection = 0xFF35;
inline constexpr CommandCode FnMakeCorrection = 0xFF36;
inline constexpr CommandCode FnExchangeStatus = 0xFF39;
inline constexpr CommandCode FnReadDocumentBegin = 0xFF3A;
inline constexpr CommandCode FnReadDocumentBlock = 0xFF3B;
inline constexpr CommandCode FnUnconfirmedCount = 0xFF3F;
inline constexpr CommandCode FnShiftParams = 0xFF40;
inline constexpr CommandCode FnBeginOpenShift = 0xFF41;
inline constexpr CommandCode FnBeginCloseShift = 0xFF42;
inline constexpr CommandCode FnCloseShift = 0xFF43;
// FFD 1.2 correction receipt: opened like a receipt (type byte as 8Dh), then 1173/1174 by FF0Ch,
// FF46h lines and FF45h. The code is our reading of the vendor driver's FNOpenCheckCorrection
// (reference §7): unconfirmed against a protocol table, so it lives here alone.
inline constexpr CommandCode FnOpenCorrectionReceipt = 0xFF44;
inline constexpr CommandCode FnCloseCheckV2 = 0xFF45;
inline constexpr CommandCode FnOperationV2 = 0xFF46;
inline constexpr CommandCode FnCorrectionV2 = 0xFF4A;
inline constexpr CommandCode FnSendOperationTlv = 0xFF4D;
inline constexpr CommandCode FnCheckMarkingCode = 0xFF61;
inline constexpr CommandCode FnFreeMemory = 0xFF63;
inline constexpr CommandCode FnBindMarkingCode = 0xFF67;
inline constexpr CommandCode FnAcceptMarkingCode = 0xFF69;
inline constexpr CommandCode FnMarkingStatus = 0xFF70;
} // namespace cmd

// Device error bytes that code on either side reacts to. 01h..32h are FN errors from any command
// of an FN-era registrar (its fiscal operations pass them through; describeDeviceError reads them so).
namespace deverr {
inline constexpr std::uint8_t Ok = 0x00;
inline constexpr std::uint8_t FnUnknownCommand = 0x01;
inline constexpr std::uint8_t FnWrongState = 0x02;
inline constexpr std::uint8_t FnExpired = 0x05;
inline constexpr std::uint8_t FnArchiveFull = 0x06;
inline constexpr std::uint8_t FnNoData = 0x08;
inline constexpr std::uint8_t FnBadParameters = 0x09;
inline constexpr std::uint8_t FnShiftOver24h = 0x16;
inline constexpr std::uint8_t BadParameters = 0x33;
inline constexpr std::uint8_t NotSupported = 0x37;
inline constexpr std::uint8_t ShiftOpen = 0x3C; // "shift open, operation impossible" (§5.2)
inline constexpr std::uint8_t ShiftNotOpen = 0x3D;
inline constexpr std::uint8_t PaymentsLessThanTotal = 0x45;
inline constexpr std::uint8_t NotEnoughCash = 0x46;
inline constexpr std::uint8_t WrongDocumentType = 0x49;
inline constexpr std::uint8_t ReceiptOpen = 0x4A;
inline constexpr std::uint8_t NonCashExceedsTotal = 0x4D;
inline constexpr std::uint8_t ShiftOver24h = 0x4E;
inline constexpr std::uint8_t WrongPassword = 0x4F;
inline constexpr std::uint8_t PrintingPrevious = 0x50;
inline constexpr std::uint8_t ReceiptClosed = 0x55;
inline constexpr std::uint8_t TableNotDefined = 0x5D;
inline constexpr std::uint8_t MultiplicationOverflow = 0x60;
inline constexpr std::uint8_t DepartmentRange = 0x63;
inline constexpr std::uint8_t WaitingContinuePrint = 0x58;
inline constexpr std::uint8_t NoPaper = 0x6B;
inline constexpr std::uint8_t NotInSubmode = 0x72;
inline constexpr std::uint8_t NotInMode = 0x73;
inline constexpr std::uint8_t ZeroTotal = 0x8E;
inline constexpr std::uint8_t MarkingForbidden = 0xA0;
inline constexpr std::uint8_t MarkingSequence = 0xA1;
inline constexpr std::uint8_t MarkingTableFull = 0xA3;
inline constexpr std::uint8_t MarkingNotChecked = 0xA5;
inline constexpr std::uint8_t ConfirmDate = 0xC0;
} // namespace deverr

// Mode numbers (low nibble of the mode byte) and submodes of 10h/11h.
namespace mode {
inline constexpr std::uint8_t ShiftOpen = 2;
inline constexpr std::uint8_t ShiftExpired = 3;
inline constexpr std::uint8_t ShiftClosed = 4;
inline constexpr std::uint8_t DocumentOpen = 8;
} // namespace mode

namespace submode {
inline constexpr std::uint8_t PaperPresent = 0;
inline constexpr std::uint8_t PassivePaperOut = 1;
inline constexpr std::uint8_t ActivePaperOut = 2;
inline constexpr std::uint8_t AfterPaperOut = 3;
inline constexpr std::uint8_t PrintingReport = 4;
inline constexpr std::uint8_t Printing = 5;
} // namespace submode

// FN document types (FFD "тип ФД"): the first byte of FF0Ah and the type of FF3Ah.
namespace fdtype {
inline constexpr std::uint8_t Registration = 1;
inline constexpr std::uint8_t ShiftOpen = 2;
inline constexpr std::uint8_t Receipt = 3;
inline constexpr std::uint8_t ShiftClose = 5;
inline constexpr std::uint8_t Correction = 31;
} // namespace fdtype

// Values of the FF01h "current document" byte (§3.2).
namespace fndoc {
inline constexpr std::uint8_t None = 0x00;
inline constexpr std::uint8_t ShiftOpenReport = 0x02;
inline constexpr std::uint8_t Receipt = 0x04;
inline constexpr std::uint8_t ShiftCloseReport = 0x08;
inline constexpr std::uint8_t Correction = 0x14;
} // namespace fndoc

namespace operators {
inline constexpr std::uint8_t Administrator = 29;
inline constexpr std::uint8_t SystemAdministrator = 30;
} // namespace operators

} // namespace fiscal
