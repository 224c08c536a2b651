#pragma once

#include <QLabel>

namespace ui {

// A badge of the status bar: a short text, the full message with the next step in its tooltip, and
// a severity that colours it. Plain when all is well, amber when the cashier should look soon, red
// when they must act. DeviceBadge (the registrar) and SyncBadge (the cloud) say what; this says how.
class StatusBadge : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusBadge)

public:
    enum class Severity { Ok, Warning, Error };

    explicit StatusBadge(QWidget *parent = nullptr);

    Severity severity() const { return m_severity; }

protected:
    void apply(const QString &text, const QString &details, Severity severity);

private:
    Severity m_severity = Severity::Ok;
};

} // namespace ui
