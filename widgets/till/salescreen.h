#pragma once

// The sale screen: the cart of the current sale, its total, the cashier and the shift timer, one
// entry line for barcodes and search, and every action on a function key (shown in the hint bar
// for the mouse and touch). Two to four parallel carts switch with Ctrl+1..4. The rules live in
// app::SaleDesk; this screen only shows it and forwards what the cashier asks.

#include <QList>
#include <QPointer>
#include <QWidget>

#include <optional>

class QAction;
class QButtonGroup;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;
class QVBoxLayout;

namespace app {
class SaleDesk;
class TillSession;
struct Sale;
struct SaleLine;
} // namespace app

namespace devices {
class ScannerHub;
struct DeviceSettings;
} // namespace devices

namespace ui {

class HintBar;
class PackPiecesDialog;

class SaleScreen final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SaleScreen)

public:
    static constexpr int MaxCarts = 4;

    explicit SaleScreen(app::TillSession &session, int carts = 2, QWidget *parent = nullptr);
    ~SaleScreen() override;

    app::SaleDesk *desk() const { return m_desks.at(m_current); }
    int currentCart() const { return m_current; }
    void switchCart(int index);
    QTableView *cartView() const { return m_table; }
    QLineEdit *entry() const { return m_entry; }
    QString message() const;
    QList<QAction *> actions() const { return m_actions; }

    // Scanner options from the settings (wedge timing, prefixes, weighted-label templates).
    void applyDeviceSettings(const devices::DeviceSettings &settings);

    // The signed-in person changed: refresh the header.
    void refreshHeader();

    // Intents, also bound to keys (tests call them too).
    void searchProduct();
    void editQuantity();
    void editPrice();
    void freePriceItem();
    void itemDiscount();
    void receiptDiscount();
    void removeLine();
    void park();
    void openSales();
    void editDetails();
    void pay();
    void cancelSale();
    void sellPieces(); // «Продажа поштучно»: pieces of a marked pack

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void askWeight(std::int64_t productId, const QString &name);
    QAction *addAction(const QString &text, const QKeySequence &key, void (SaleScreen::*slot)());
    void buildLayout();
    QHBoxLayout *buildTopRow();
    void setUpCartTable();
    QVBoxLayout *buildTotalsSide();
    void submitEntry();
    void refresh();
    void showProblem(const QString &text);
    void showNotice(const QString &text);
    void onFiscalized(const app::Sale &sale);
    int selectedRow() const;
    // The line the F-key acts on (the selected one, else the last); null and a message if none.
    const app::SaleLine *lineToEdit(int &row);
    // A one-line question; nullopt when the cashier cancelled.
    std::optional<QString> ask(const QString &title, const QString &label, const QString &initial = {});
    void notADiscount(const QString &text);

    app::TillSession &m_session;
    QList<app::SaleDesk *> m_desks;
    QPointer<PackPiecesDialog> m_pieces; // open while the cashier sells pieces of a pack
    int m_current = 0;
    devices::ScannerHub *m_scanner = nullptr;

    QLabel *m_header = nullptr;
    QLabel *m_shiftTimer = nullptr;
    QButtonGroup *m_cartButtons = nullptr;
    QLineEdit *m_entry = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_total = nullptr;
    QLabel *m_details = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_change = nullptr;
    HintBar *m_hints = nullptr;
    QTimer *m_clock = nullptr;
    QList<QAction *> m_actions;
};

} // namespace ui
