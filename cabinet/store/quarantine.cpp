#include "cabinet/store/quarantine.h"

#include "cabinet/store/storable.h"
#include "cabinet/util/clock.h"
#include "cabinet/util/crypto.h"

#include <map>

namespace cabinet {

std::string rejectionReason(const std::string &code)
{
    static const std::map<std::string, std::string> reasons = {
        {"not_object", "документ не является объектом JSON"},
        {"bad_uuid", "у документа нет верного идентификатора (uuid)"},
        {"unstorable", "документ нельзя сохранить: недопустимый текст (символ NUL, не UTF-8, слишком "
                       "длинная строка) или число вне допустимого диапазона"},
        {"unknown_type", "неизвестный тип документа"},
        {"bad_payload", "у документа нет содержимого (payload)"},
        {"bad_hash", "неверная контрольная сумма содержимого (payload_sha256)"},
        {"bad_device_seq", "неверный порядковый номер документа на кассе (device_seq)"},
        {"bad_field", "поле смены, кассира или времени создания должно быть строкой"},
        {"bad_fiscal", "фискальные данные документа (fiscal) неверны"},
        {"card_number",
         "в оплате документа полный номер карты: касса должна передавать только маскированный"},
        {"bad_fd", "неверный номер фискального документа (ФД): нужен от 1 до 4294967295"},
    };
    auto it = reasons.find(code);
    return it == reasons.end() ? "документ отклонён кабинетом" : it->second;
}

void quarantineRejected(db::Connection &c, const DeviceContext &device, const PushItem &item,
                        std::int64_t nowMs)
{
    const std::string uuid = storableExcerpt(item.uuid, 64);
    const std::string key = crypto::isUuid(item.uuid) ? item.uuid : "sha256:" + crypto::sha256Hex(item.body);
    const std::string code = item.rejectionCode.empty() ? "invalid" : item.rejectionCode;
    // The answer's English message is kept as the detail: it names the field that failed.
    c.query("INSERT INTO rejected_documents (id, organization_id, point_of_sale_id, workplace_id, device_id, "
            "doc_key, uuid, kind, reason_code, reason, detail, body, body_bytes, first_received_at, "
            "last_received_at, times) "
            "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $14, 1) "
            "ON CONFLICT (organization_id, device_id, doc_key) DO UPDATE SET times = "
            "rejected_documents.times + 1, "
            "last_received_at = excluded.last_received_at, reason_code = excluded.reason_code, "
            "reason = excluded.reason, detail = excluded.detail, body = excluded.body, "
            "body_bytes = excluded.body_bytes, kind = excluded.kind",
            {crypto::newUuid(), device.organizationId, device.pointOfSaleId, device.workplaceId,
             device.deviceId, key, uuid, item.kind, code, rejectionReason(code),
             storableExcerpt(item.rejection, 1024), item.body, item.bodyBytes, nowMs});
    const std::int64_t kept = c.query("SELECT count(*) FROM rejected_documents WHERE organization_id = $1 "
                                      "AND device_id = $2",
                                      {device.organizationId, device.deviceId})
                                  .at(0)
                                  .integer(0);
    if (kept > kQuarantinePerDevice)
        c.query("DELETE FROM rejected_documents WHERE id IN (SELECT id FROM rejected_documents WHERE "
                "organization_id = $1 AND device_id = $2 ORDER BY last_received_at, id LIMIT $3)",
                {device.organizationId, device.deviceId, kept - kQuarantinePerDevice});
}

json::Value Store::quarantine(const std::string &org)
{
    auto conn = m_pool.acquire();
    json::Array out;
    for (const auto &r :
         conn->query("SELECT id, point_of_sale_id, workplace_id, device_id, uuid, kind, reason_code, reason, "
                     "detail, times, first_received_at, last_received_at, body_bytes, body "
                     "FROM rejected_documents WHERE organization_id = $1 ORDER BY last_received_at DESC, id",
                     {org})) {
        json::Value v;
        v.set("id", r.text(0));
        v.set("point_of_sale_id", r.textOr(1, ""));
        v.set("workplace_id", r.textOr(2, ""));
        v.set("device_id", r.textOr(3, ""));
        v.set("uuid", r.text(4));
        v.set("kind", r.text(5));
        v.set("reason_code", r.text(6));
        v.set("reason", r.text(7));
        v.set("detail", r.text(8));
        v.set("times", r.integer(9));
        v.set("first_received_at", isoTime(r.integer(10)));
        v.set("last_received_at", isoTime(r.integer(11)));
        v.set("body_bytes", r.integer(12));
        v.set("body", r.text(13));
        out.push_back(std::move(v));
    }
    return out;
}

} // namespace cabinet
