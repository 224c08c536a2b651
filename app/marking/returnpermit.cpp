#include "app/marking/returnpermit.h"

#include "app/marking/permitchecker.h"
#include "devices/markingcode.h"

namespace app {

ReturnPermit::ReturnPermit(PermitChecker &checker, QObject *parent)
    : QObject(parent)
    , m_checker(checker)
{
    connect(&m_checker, &PermitChecker::checked, this, &ReturnPermit::onChecked);
}

void ReturnPermit::start(const Sale &original, const QList<ReturnLineInput> &lines)
{
    m_lines = lines;
    m_waiting.clear();
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        for (const SaleLine &sold : original.lines) {
            if (sold.id != m_lines.at(i).originalLineId || sold.markingCode.isEmpty())
                continue;
            const devices::MarkingParseResult parsed = devices::parseMarkingCode(sold.markingCode);
            PermitQuery query{sold.markingCode, parsed.ok() ? parsed.code->gtin : QString(), sold.price,
                              original.id, true};
            m_waiting.insert(m_checker.check(query), i);
        }
    }
    if (m_waiting.isEmpty())
        QMetaObject::invokeMethod(
            this, [this, chosen = m_lines] { Q_EMIT finished(chosen); }, Qt::QueuedConnection);
}

void ReturnPermit::onChecked(int requestId, const PermitVerdict &verdict)
{
    const auto it = m_waiting.find(requestId);
    if (it == m_waiting.end())
        return;
    const qsizetype index = *it;
    m_waiting.erase(it);
    if (!verdict.allowed()) {
        m_waiting.clear(); // the first refusal decides; later answers are dropped
        Q_EMIT refused(verdict.text);
        return;
    }
    MarkingLineCheck &check = m_lines[index].markingCheck;
    check.outcome =
        verdict.kind == PermitVerdict::Kind::Allow ? MarkingLineCheck::Checked : MarkingLineCheck::Unchecked;
    check.tag1265 = verdict.tag1265;
    check.note = verdict.kind == PermitVerdict::Kind::Allow ? verdict.detail : verdict.text;
    if (m_waiting.isEmpty())
        Q_EMIT finished(m_lines);
}

} // namespace app
