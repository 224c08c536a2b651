#pragma once

// The weight of a product sold by weight, before its line exists. With a scale set up the dialog
// weighs at once (on the scale's own thread) and takes a settled weight by itself; when the scale
// cannot give one it says why and the cashier weighs again (F5) or types the kilograms by hand.
// Without a scale it only asks.

#include <QDialog>
#include <QPointer>

class QLabel;
class QLineEdit;
class QPushButton;

namespace app {
class ScaleReader;
struct ScaleWeighing;
} // namespace app

namespace ui {

class WeightDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WeightDialog)

public:
    // `scale` may be null: no scale is set up.
    WeightDialog(const QString &productName, app::ScaleReader *scale, QWidget *parent = nullptr);
    ~WeightDialog() override;

    QString text() const; // what the cashier typed, or the scale's weight ("0,450")
    bool weighedByScale() const { return m_byScale; }
    QString status() const;

private:
    void weigh();
    void fitStatus();
    void take(const app::ScaleWeighing &weighing);

    QPointer<app::ScaleReader> m_scale;
    QLineEdit *m_edit = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_weigh = nullptr;
    bool m_byScale = false;
};

} // namespace ui
