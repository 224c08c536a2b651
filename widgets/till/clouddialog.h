#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace app::cloud {
class SyncClient;
struct SyncStatus;
} // namespace app::cloud

namespace ui {

// The owner connects the till to the cloud cabinet with the 8-digit workplace code the cabinet
// printed, and sees how sync goes: last success, documents waiting, documents set aside. A
// technician may name the CA file of a cabinet with a certificate of its own, or allow plain
// http:// on a trusted network (issue 21 §6).
class CloudDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CloudDialog)

public:
    explicit CloudDialog(app::cloud::SyncClient &sync, QWidget *parent = nullptr);

private:
    void activate();
    void showStatus(const app::cloud::SyncStatus &status);
    void chooseCaFile();
    void applyTransport();

    app::cloud::SyncClient &m_sync;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_code = nullptr;
    QLineEdit *m_caFile = nullptr;
    QCheckBox *m_insecure = nullptr;
    QPushButton *m_connect = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_problem = nullptr;
    QLabel *m_result = nullptr;
};

} // namespace ui
