#include "markingsoakverdict.h"

#include <QHash>
#include <QSqlQuery>

#include <cstdio>
#include <map>

#include "app/marking/soldcoderegister.h"
#include "app/storage/database.h"
#include "fiscal/registrar.h"
#include "fiscal/transport/deviceurl.h"
#include "markingsoak.h"

using namespace app;

namespace {

struct FnReceipt
{
    int operation = 0;   // tag 1054: 1 sale, 2 return of a sale
    QStringList codes;   // tag 2000 of each line, as scanned
    QList<bool> checked; // the line carries tag 1260
};

QString text(const fiscal::Tlv &t)
{
    return QString::fromLatin1(reinterpret_cast<const char *>(t.value.data()), qsizetype(t.value.size()));
}

std::map<std::uint32_t, FnReceipt> readArchive(const QString &deviceUrl)
{
    std::map<std::uint32_t, FnReceipt> out;
    const auto url = fiscal::parseDeviceUrl(deviceUrl.toStdString());
    auto transport = fiscal::openTransport(*url);
    if (!transport)
        return out;
    fiscal::Registrar reg(**transport);
    const auto fn = reg.fnStatus();
    for (std::uint32_t fd = 1; fn && fd <= fn->lastFd; ++fd) {
        const auto doc = reg.readDocumentTlv(fd);
        if (!doc || doc->header.type != 3) // 3: a receipt
            continue;
        FnReceipt r;
        if (const fiscal::Tlv *op = fiscal::findTlv(doc->tlvs, 1054); op && !op->value.empty())
            r.operation = op->value[0];
        for (const fiscal::Tlv &t : doc->tlvs) {
            if (t.tag != 1059)
                continue;
            const auto children = fiscal::parseTlvs(t.value);
            if (!children)
                continue;
            if (const fiscal::Tlv *code = fiscal::findTlv(*children, 2000)) {
                r.codes.append(text(*code));
                r.checked.append(fiscal::findTlv(*children, 1260) != nullptr);
            }
        }
        if (qEnvironmentVariableIsSet("PRILAVOK_SOAK_VERBOSE"))
            std::fprintf(stderr, "FD %u op %d lines %lld with 1260 %lld\n", fd, r.operation,
                         qint64(r.codes.size()), qint64(r.checked.count(true)));
        out[fd] = r;
    }
    (*transport)->close();
    return out;
}

// Walks the FN in order: a sale puts an identity in, its return takes it out.
QHash<QString, int> balances(const std::map<std::uint32_t, FnReceipt> &fn, MarkingVerdictFigures &v)
{
    QHash<QString, int> sold;
    for (const auto &[fd, r] : fn) {
        ++v.receipts;
        for (qsizetype i = 0; i < r.codes.size(); ++i) {
            const QString id = SoldCodeRegister::identityOf(r.codes[i]);
            const bool refusable = markingSoakFixture(id.right(4).toInt()) != QLatin1String("ok");
            if (r.operation != 1) {
                ++v.returnLines;
            } else if (r.checked[i]) {
                ++v.checked;
                // The fake answered for this code and its answer is a refusal: it must not be here.
                if (refusable) {
                    ++v.refusedSold;
                    std::fprintf(stderr, "refused code sold: FD %u %s\n", fd, qPrintable(id));
                }
            } else {
                ++v.unchecked;
                v.uncheckedRefusable += refusable ? 1 : 0;
            }
            int &n = sold[id];
            n += r.operation == 1 ? 1 : -1;
            if (n > 1) {
                ++v.soldTwice;
                std::fprintf(stderr, "sold twice: FD %u %s\n", fd, qPrintable(id));
            } else if (n < 0) {
                ++v.returnedUnsold;
                std::fprintf(stderr, "returned unsold: FD %u %s\n", fd, qPrintable(id));
            }
        }
    }
    return sold;
}

void compareRegister(Database &db, const QHash<QString, int> &sold, MarkingVerdictFigures &v)
{
    QHash<QString, int> reg;
    QSqlQuery q(db.connection());
    if (q.exec(QStringLiteral("SELECT identity, state FROM marking_sold_codes")))
        while (q.next())
            reg.insert(q.value(0).toString(), q.value(1).toInt());
    QSet<QString> all(reg.keyBegin(), reg.keyEnd());
    for (auto it = sold.cbegin(); it != sold.cend(); ++it)
        all.insert(it.key());
    for (const QString &id : std::as_const(all))
        if (sold.value(id) != reg.value(id)) {
            ++v.registerMismatch;
            std::fprintf(stderr, "register: %s FN %d register %d\n", qPrintable(id), sold.value(id),
                         reg.value(id));
        }
}

// Each completed document of the journal is one FN receipt with the same kind and codes.
void compareJournal(Database &db, const std::map<std::uint32_t, FnReceipt> &fn, MarkingVerdictFigures &v)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral(
            "SELECT s.id, s.kind, s.fd, (SELECT group_concat(marking_code, '|') FROM "
            "(SELECT marking_code FROM sale_lines WHERE sale_id = s.id AND marking_code "
            "IS NOT NULL AND marking_code <> '' ORDER BY marking_code)) FROM sales s WHERE s.status = 2"))) {
        ++v.journalMismatch;
        return;
    }
    QHash<std::uint32_t, int> claimed;
    while (q.next()) {
        const std::uint32_t fd = q.value(2).isNull() ? 0 : std::uint32_t(q.value(2).toLongLong());
        const auto it = fn.find(fd);
        QStringList codes = it == fn.end() ? QStringList() : it->second.codes;
        codes.sort();
        const int op = q.value(1).toInt() == 1 ? 2 : 1;
        ++claimed[fd];
        if (it == fn.end() || it->second.operation != op ||
            codes.join(QLatin1Char('|')) != q.value(3).toString()) {
            ++v.journalMismatch;
            std::fprintf(stderr, "journal: sale %lld FD %u differs from the FN\n", q.value(0).toLongLong(),
                         fd);
        }
    }
    for (const auto &[fd, r] : fn)
        if (claimed.value(fd) != 1) {
            ++v.journalMismatch;
            std::fprintf(stderr, "journal: FN receipt %u claimed %d times\n", fd, claimed.value(fd));
        }
}

} // namespace

MarkingVerdictFigures compareMarking(Database &db, const QString &deviceUrl)
{
    MarkingVerdictFigures v;
    const auto fn = readArchive(deviceUrl);
    const QHash<QString, int> sold = balances(fn, v);
    compareRegister(db, sold, v);
    compareJournal(db, fn, v);
    QSqlQuery q(db.connection());
    if (q.exec(QStringLiteral("SELECT COUNT(*) FROM fiscal_jobs WHERE state <> 'done'")) && q.next())
        v.journalMismatch += q.value(0).toInt();
    return v;
}
