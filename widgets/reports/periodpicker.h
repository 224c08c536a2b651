#pragma once

// The report period: today, yesterday, this week (from Monday), this month or any range of days.
// Choosing a preset fills the two dates; editing a date switches to "Custom period".

#include <QWidget>

#include "app/reports/reportdata.h"

class QComboBox;
class QDateEdit;

namespace ui::reports {

class PeriodPicker final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PeriodPicker)

public:
    enum class Preset { Today, Yesterday, ThisWeek, ThisMonth, Custom };

    explicit PeriodPicker(QWidget *parent = nullptr);

    app::reports::Period period() const;
    Preset preset() const;
    void setPreset(Preset preset);
    // A preset's dates again for today's calendar (the till may run past midnight); no signal.
    void rollToToday();
    QComboBox *presetBox() const { return m_preset; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }

    // [first, last] of a preset on `today`'s calendar.
    static std::pair<QDate, QDate> days(Preset preset, const QDate &today);

Q_SIGNALS:
    void changed();

private:
    void presetChosen();
    void dateEdited();

    QComboBox *m_preset = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    bool m_filling = false;
};

} // namespace ui::reports
