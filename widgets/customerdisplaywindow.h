#pragma once

// The buyer's screen on a second monitor: the line just scanned, the total, the change and, while
// paying by SBP, the QR code to scan. It only renders devices::CustomerDisplayModel.

#include <QWidget>

class QLabel;

namespace devices {
class CustomerDisplayModel;
struct CustomerDisplayState;
} // namespace devices

namespace ui {

class CustomerDisplayWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerDisplayWindow)

public:
    explicit CustomerDisplayWindow(devices::CustomerDisplayModel *model, QWidget *parent = nullptr);
    ~CustomerDisplayWindow() override;

    // Full screen on the second monitor when there is one, else an ordinary window.
    void showOnCustomerScreen();

private:
    void render(const devices::CustomerDisplayState &state);

    QLabel *m_greeting = nullptr;
    QLabel *m_lineName = nullptr;
    QLabel *m_lineDetail = nullptr;
    QLabel *m_totalCaption = nullptr;
    QLabel *m_total = nullptr;
    QLabel *m_change = nullptr;
    QLabel *m_qr = nullptr;
    QLabel *m_qrCaption = nullptr;
};

} // namespace ui
