#include "cabinet/store/cursor.h"

#include "cabinet/json/json.h"
#include "cabinet/util/crypto.h"

namespace cabinet {

std::string Cursor::encode() const
{
    json::Value v;
    v.set("schema_v", schema);
    v.set("org_id", organizationId);
    v.set("epoch", epoch);
    v.set("last_version", lastVersion);
    if (snapshotUntil)
        v.set("snapshot_until", *snapshotUntil);
    return crypto::base64urlEncode(json::serialize(v));
}

std::optional<Cursor> Cursor::decode(const std::string &text)
{
    auto raw = crypto::base64urlDecode(text);
    if (!raw)
        return std::nullopt;
    auto v = json::tryParse(*raw);
    if (!v || !v->isObject())
        return std::nullopt;
    Cursor c;
    const json::Value *schema = v->find("schema_v");
    const json::Value *epoch = v->find("epoch");
    const json::Value *last = v->find("last_version");
    auto org = v->stringAt("org_id");
    if (!schema || !schema->asInt64() || !epoch || !epoch->asInt64() || !last || !last->asInt64() || !org)
        return std::nullopt;
    c.schema = int(*schema->asInt64());
    c.organizationId = *org;
    c.epoch = *epoch->asInt64();
    c.lastVersion = *last->asInt64();
    if (const json::Value *until = v->find("snapshot_until")) {
        if (!until->asInt64())
            return std::nullopt;
        c.snapshotUntil = *until->asInt64();
    }
    if (c.lastVersion < 0 || (c.snapshotUntil && *c.snapshotUntil < c.lastVersion))
        return std::nullopt;
    return c;
}

} // namespace cabinet
