#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace app::cloud {
class SyncClient;
struct SyncStatus;
} // namespace app::cloud

namespace ui {

// The owner connects the till to the cloud cabinet with the 8-digit workplace code the cabinet
// printed, and sees how sync goes: last success, documents waiting, documents set aside.
class CloudDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CloudDialog)

public:
    explicit CloudDialog(app::cloud::SyncClient &sync, QWidget *parent = nullptr);

private:
    void activate();
    void showStatus(const app::cloud::SyncStatus &status);

    app::cloud::SyncClient &m_sync;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_code = nullptr;
    QPushButton *m_connect = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_result = nullptr;
};

} // namespace ui
