#pragma once

#include <QDialog>

#include "app/core/money.h"
#include "app/fiscalservice/devicehealth.h"
#include "app/sales/shiftservice.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace app {
class TillSession;
struct DeviceHealth;
struct FiscalOperationResult;
} // namespace app

namespace ui {

class FiscalProgress;

// Cash in (внесение) or cash out (изъятие): amount and reason. A cash out shows what the drawer
// holds and refuses more than that before anything is sent.
class CashDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CashDialog)

public:
    CashDialog(bool out, app::Kopecks drawer, QWidget *parent = nullptr);

    app::Kopecks amount() const { return m_amount; }
    QString reason() const;
    void showError(const QString &text);
    void accept() override; // validates, then emits confirmed(); the caller closes it

Q_SIGNALS:
    void confirmed();

private:
    bool validate();

    bool m_out = false;
    app::Kopecks m_drawer = 0;
    app::Kopecks m_amount = 0;
    QLineEdit *m_amountEdit = nullptr;
    QComboBox *m_reason = nullptr;
    QLabel *m_error = nullptr;
};

// The Z report confirmation: the shift's totals (sales, returns, corrections, payments, cash in
// and out, the drawer) in large print, and "Close the shift" / "Cancel".
class ZReportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ZReportDialog)

public:
    ZReportDialog(const app::Shift &shift, const app::ShiftTotals &totals, QWidget *parent = nullptr);
};

// Registrar and FN information: from the last health report at once, then refreshed by a
// FN status request (model, serial, FN number, expiry and days left, last FD, OFD backlog and
// the oldest unsent, shift state and age).
class FnInfoDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FnInfoDialog)

public:
    FnInfoDialog(app::TillSession &session, QWidget *parent = nullptr);

    void setHealth(const app::DeviceHealth &health);
    void refreshFromRegistrar();
    FiscalProgress *progress() const { return m_progress; }
    QString text() const;

private:
    // Model and serial number are not in the health the worker polls: they are asked once when the
    // dialog opens (and on F5) through the fiscal thread's own connection.
    void readIdentity();
    QString identityText() const;

    app::TillSession &m_session;
    QLabel *m_table = nullptr;
    FiscalProgress *m_progress = nullptr;
    app::DeviceHealth m_health;
    int m_identityRequest = 0;
    bool m_identityAnswered = false;
    QString m_model;
    QString m_serialNumber;
};

// A registrar operation in progress and its result, with a Close button (Esc / Enter when done).
class OperationDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OperationDialog)

public:
    OperationDialog(app::TillSession &session, const QString &title, QWidget *parent = nullptr);
    FiscalProgress *progress() const { return m_progress; }

private:
    FiscalProgress *m_progress = nullptr;
};

} // namespace ui
