#pragma once

#include <QDialog>

class QTableWidget;

namespace app {
class TillSession;
}

namespace ui {

// "Открытые": the sales put aside (at this till, by any cashier), newest first; Enter reopens one.
class OpenSalesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OpenSalesDialog)

public:
    explicit OpenSalesDialog(app::TillSession &session, QWidget *parent = nullptr);

    std::int64_t saleId() const { return m_saleId; }
    int count() const;

    void accept() override;

private:
    QTableWidget *m_table = nullptr;
    std::int64_t m_saleId = 0;
};

} // namespace ui
