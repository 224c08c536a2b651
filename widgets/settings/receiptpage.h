#pragma once

// Settings page 3: the receipt header (store name, address, phone) and footer, with a live sample
// of the tape in a monospace font at the registrar's print width (app::sampleReceipt), and whether
// receipts with a buyer's phone or e-mail are printed at all.

#include "app/organisation/organisation.h"
#include "widgets/settings/settingspage.h"

class QCheckBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace app {
class TillSession;
}

namespace ui {

class ReceiptPage final : public SettingsPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReceiptPage)

public:
    explicit ReceiptPage(app::TillSession &session, QWidget *parent = nullptr);

    void reload();
    bool save();
    QString previewText() const;

private:
    void updatePreview();
    app::PointOfSale formPointOfSale() const;

    app::TillSession &m_session;
    app::PointOfSale m_pos;
    app::LegalEntity m_entity;
    int m_workplaceNumber = 1;
    QLineEdit *m_storeName = nullptr;
    QLineEdit *m_address = nullptr;
    QLineEdit *m_phone = nullptr;
    QPlainTextEdit *m_footer = nullptr;
    QSpinBox *m_width = nullptr;
    QCheckBox *m_print = nullptr;
    QPlainTextEdit *m_preview = nullptr;
};

} // namespace ui
