#include "widgets/settings/workplacepage.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

#include "app/session/tillsession.h"
#include "widgets/settings/terminalbox.h"

namespace ui {

WorkplacePage::WorkplacePage(app::TillSession &session, QWidget *parent)
    : SettingsPage(tr("Workplace"), parent)
    , m_session(session)
{
    auto *entityBox = new QGroupBox(tr("Organisation"), this);
    auto *entity = new QFormLayout(entityBox);
    m_entityName = new QLineEdit(this);
    m_entityName->setObjectName(QStringLiteral("entityName"));
    entity->addRow(tr("Name:"), m_entityName);
    m_inn = new QLineEdit(this);
    m_inn->setObjectName(QStringLiteral("innEdit"));
    m_inn->setMaxLength(12);
    m_inn->setInputMask(QString());
    entity->addRow(tr("INN:"), m_inn);
    m_taxSystem = new QComboBox(this);
    m_taxSystem->setObjectName(QStringLiteral("taxSystem"));
    m_taxSystem->addItem(tr("General (OSN)"), int(app::TaxSystem::Osn));
    m_taxSystem->addItem(tr("Simplified, income (USN 6%)"), int(app::TaxSystem::UsnIncome));
    m_taxSystem->addItem(tr("Simplified, income minus expense (USN 15%)"),
                         int(app::TaxSystem::UsnIncomeExpense));
    m_taxSystem->addItem(tr("Unified agricultural tax (ESHN)"), int(app::TaxSystem::Eshn));
    m_taxSystem->addItem(tr("Patent (PSN)"), int(app::TaxSystem::Psn));
    entity->addRow(tr("Tax system:"), m_taxSystem);
    content()->addWidget(entityBox);

    auto *posBox = new QGroupBox(tr("Point of sale"), this);
    auto *pos = new QFormLayout(posBox);
    m_posName = new QLineEdit(this);
    m_posName->setObjectName(QStringLiteral("posName"));
    pos->addRow(tr("Name:"), m_posName);
    m_address = new QLineEdit(this);
    m_address->setObjectName(QStringLiteral("posAddress"));
    pos->addRow(tr("Address of settlement:"), m_address);
    m_place = new QLineEdit(this);
    m_place->setObjectName(QStringLiteral("posPlace"));
    pos->addRow(tr("Place of settlement:"), m_place);
    content()->addWidget(posBox);

    auto *workplaceBox = new QGroupBox(tr("This workplace"), this);
    auto *workplace = new QFormLayout(workplaceBox);
    m_workplaceName = new QLineEdit(this);
    m_workplaceName->setObjectName(QStringLiteral("workplaceName"));
    workplace->addRow(tr("Name:"), m_workplaceName);
    m_number = new QSpinBox(this);
    m_number->setObjectName(QStringLiteral("workplaceNumber"));
    m_number->setRange(1, 99);
    workplace->addRow(tr("Till number (1–99):"), m_number);
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("workplaceType"));
    m_type->addItem(tr("Stationary"), int(app::WorkplaceType::Stationary));
    m_type->addItem(tr("Mobile"), int(app::WorkplaceType::Mobile));
    m_type->addItem(tr("Automat"), int(app::WorkplaceType::Automat));
    workplace->addRow(tr("Type:"), m_type);
    content()->addWidget(workplaceBox);
    m_terminal = new TerminalBox(m_session, this);
    content()->addWidget(m_terminal);

    auto *row = new QHBoxLayout;
    auto *saveButton = new QPushButton(tr("Save"), this);
    saveButton->setObjectName(QStringLiteral("saveButton"));
    makeBig(saveButton);
    row->addWidget(saveButton);
    row->addStretch();
    content()->addLayout(row);
    content()->addStretch();
    connect(saveButton, &QPushButton::clicked, this, &WorkplacePage::save);
    reload();
}

void WorkplacePage::reload()
{
    app::OrganisationService &organisation = m_session.organisation();
    if (const auto entity = organisation.legalEntity()) {
        m_entityName->setText(entity->name);
        m_inn->setText(entity->inn);
        m_taxSystem->setCurrentIndex(qMax(0, m_taxSystem->findData(int(entity->taxSystem))));
    }
    const auto places = organisation.workplaces();
    m_workplace = places.isEmpty() ? app::Workplace{} : places.first();
    if (m_workplace.name.isEmpty())
        m_workplace.name = tr("Till %1").arg(m_workplace.number);
    m_workplaceName->setText(m_workplace.name);
    m_number->setValue(m_workplace.number);
    m_type->setCurrentIndex(qMax(0, m_type->findData(int(m_workplace.type))));
    if (const auto pos = organisation.pointOfSale(m_workplace.pointOfSaleId)) {
        m_posName->setText(pos->name);
        m_address->setText(pos->address);
        m_place->setText(pos->place);
    }
}

bool WorkplacePage::save()
{
    app::OrganisationService &organisation = m_session.organisation();
    const app::Actor &actor = m_session.actor();
    const app::LegalEntity entity{m_entityName->text().trimmed(), m_inn->text().trimmed(),
                                  app::TaxSystem(m_taxSystem->currentData().toInt())};
    if (const QString why = app::OrganisationService::validate(entity); !why.isEmpty()) {
        showError(why);
        return false;
    }
    app::PointOfSale pos = organisation.pointOfSale(m_workplace.pointOfSaleId).value_or(app::PointOfSale{});
    pos.name = m_posName->text().trimmed();
    pos.address = m_address->text().trimmed();
    pos.place = m_place->text().trimmed();
    if (const QString why = app::OrganisationService::validate(pos); !why.isEmpty()) {
        showError(why);
        return false;
    }
    app::Workplace workplace = m_workplace;
    workplace.name = m_workplaceName->text().trimmed();
    workplace.number = m_number->value();
    workplace.type = app::WorkplaceType(m_type->currentData().toInt());
    if (const QString why = app::OrganisationService::validate(workplace); !why.isEmpty()) {
        showError(why);
        return false;
    }
    if (auto ok = organisation.setLegalEntity(actor, entity); !ok) {
        showError(ok.error().message);
        return false;
    }
    auto posId = organisation.savePointOfSale(actor, pos);
    if (!posId) {
        showError(posId.error().message);
        return false;
    }
    workplace.pointOfSaleId = *posId;
    auto workplaceId = organisation.saveWorkplace(actor, workplace);
    if (!workplaceId) {
        showError(workplaceId.error().message);
        return false;
    }
    if (const QString why = m_terminal->save(); !why.isEmpty()) {
        showError(why);
        return false;
    }
    reload();
    showOk(tr("The workplace settings are saved."));
    Q_EMIT saved();
    return true;
}

} // namespace ui
