#include "widgets/reports/periodpicker.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>

namespace ui::reports {

PeriodPicker::PeriodPicker(QWidget *parent)
    : QWidget(parent)
    , m_preset(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
{
    m_preset->setObjectName(QStringLiteral("reportsPreset"));
    m_preset->addItem(tr("Today"), int(Preset::Today));
    m_preset->addItem(tr("Yesterday"), int(Preset::Yesterday));
    m_preset->addItem(tr("This week"), int(Preset::ThisWeek));
    m_preset->addItem(tr("This month"), int(Preset::ThisMonth));
    m_preset->addItem(tr("Custom period"), int(Preset::Custom));
    m_preset->setMinimumHeight(36);
    m_from->setObjectName(QStringLiteral("reportsFrom"));
    m_to->setObjectName(QStringLiteral("reportsTo"));
    for (QDateEdit *d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
        d->setMinimumHeight(36);
        connect(d, &QDateEdit::dateChanged, this, &PeriodPicker::dateEdited);
    }
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(tr("Period:"), this);
    label->setBuddy(m_preset);
    layout->addWidget(label);
    layout->addWidget(m_preset);
    layout->addWidget(m_from);
    layout->addWidget(new QLabel(QStringLiteral("—"), this));
    layout->addWidget(m_to);
    connect(m_preset, &QComboBox::currentIndexChanged, this, &PeriodPicker::presetChosen);
    presetChosen();
}

std::pair<QDate, QDate> PeriodPicker::days(Preset preset, const QDate &today)
{
    switch (preset) {
    case Preset::Yesterday:
        return {today.addDays(-1), today.addDays(-1)};
    case Preset::ThisWeek:
        return {today.addDays(1 - today.dayOfWeek()), today};
    case Preset::ThisMonth:
        return {QDate(today.year(), today.month(), 1), today};
    case Preset::Today:
    case Preset::Custom:
        break;
    }
    return {today, today};
}

app::reports::Period PeriodPicker::period() const
{
    QDate first = m_from->date();
    QDate last = m_to->date();
    if (last < first)
        std::swap(first, last);
    return app::reports::Period::days(first, last);
}

PeriodPicker::Preset PeriodPicker::preset() const
{
    return Preset(m_preset->currentData().toInt());
}

void PeriodPicker::setPreset(Preset preset)
{
    m_preset->setCurrentIndex(m_preset->findData(int(preset)));
}

void PeriodPicker::rollToToday()
{
    if (preset() == Preset::Custom)
        return;
    const auto [first, last] = days(preset(), QDate::currentDate());
    m_filling = true;
    m_from->setDate(first);
    m_to->setDate(last);
    m_filling = false;
}

void PeriodPicker::presetChosen()
{
    rollToToday();
    Q_EMIT changed();
}

void PeriodPicker::dateEdited()
{
    if (m_filling)
        return;
    if (preset() != Preset::Custom) {
        // Blocked: the preset must not refill the dates just typed.
        const QSignalBlocker block(m_preset);
        setPreset(Preset::Custom);
    }
    Q_EMIT changed();
}

} // namespace ui::reports
