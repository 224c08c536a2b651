#pragma once

// Settings page 1: how the till reaches the fiscal registrar (COM port from the live list and its
// baud rate, or TCP host:port), the password and timeouts, with "Test connection", "Find registrar"
// and "Print test slip". The device work runs in app::RegistrarProbe, never on the GUI thread.

#include "app/devicesetup/registrarinfo.h"
#include "app/devicesetup/registrarsettings.h"
#include "widgets/settings/settingspage.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace app {
class RegistrarProbe;
class TillSession;
} // namespace app

namespace ui {

class RegistrarPage final : public SettingsPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegistrarPage)

public:
    explicit RegistrarPage(app::TillSession &session, QWidget *parent = nullptr);

    app::RegistrarSettings formSettings() const;
    void setFormSettings(const app::RegistrarSettings &settings);
    void refreshPorts();
    app::RegistrarProbe &probe() { return *m_probe; }
    bool save();

Q_SIGNALS:
    void urlSaved(const QString &url);

private:
    void buildConnectionKind();
    void buildSerialBox();
    void buildTcpBox();
    void buildCommonForm();
    void buildActions();
    void buildProgressRow();
    void buildResult();
    void connectSignals();
    void updateMode();
    void updatePortDetails();
    void setBusy(bool busy);
    void testConnection();
    void findRegistrar();
    void printTest();
    void showInfo(const app::RegistrarInfo &info);
    void showScanResult(const QList<app::RegistrarInfo> &found, bool cancelled, const QString &note);
    QString portPath() const;
    void setPortPath(const QString &path);

    app::TillSession &m_session;
    app::RegistrarProbe *m_probe = nullptr;
    app::RegistrarSettings m_loaded;

    QRadioButton *m_serial = nullptr;
    QRadioButton *m_tcp = nullptr;
    QWidget *m_serialBox = nullptr;
    QWidget *m_tcpBox = nullptr;
    QComboBox *m_port = nullptr;
    QPushButton *m_refresh = nullptr;
    QLabel *m_portDetails = nullptr;
    QComboBox *m_baud = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_tcpPort = nullptr;
    QSpinBox *m_password = nullptr;
    QSpinBox *m_connectTimeout = nullptr;
    QSpinBox *m_answerTimeout = nullptr;
    QPushButton *m_check = nullptr;
    QPushButton *m_find = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_cancel = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_result = nullptr;
};

} // namespace ui
