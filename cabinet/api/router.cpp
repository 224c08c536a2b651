#include "cabinet/api/router.h"

#include "cabinet/api/gzip.h"
#include "cabinet/store/cardnumbers.h"
#include "cabinet/store/storable.h"
#include "cabinet/util/clock.h"
#include "cabinet/util/crypto.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cstdio>
#include <map>

namespace cabinet::api {

namespace {

std::string percentDecode(std::string_view s)
{
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '%' && i + 2 < s.size()) {
            int v = 0;
            auto [p, ec] = std::from_chars(s.data() + i + 1, s.data() + i + 3, v, 16);
            if (ec == std::errc() && p == s.data() + i + 3) {
                out += char(v);
                i += 2;
                continue;
            }
        }
        out += s[i] == '+' ? ' ' : s[i];
    }
    return out;
}

std::map<std::string, std::string> queryParams(std::string_view query)
{
    std::map<std::string, std::string> out;
    while (!query.empty()) {
        auto amp = query.find('&');
        std::string_view pair = query.substr(0, amp);
        auto eq = pair.find('=');
        if (eq == std::string_view::npos)
            out[percentDecode(pair)] = "";
        else
            out[percentDecode(pair.substr(0, eq))] = percentDecode(pair.substr(eq + 1));
        if (amp == std::string_view::npos)
            break;
        query.remove_prefix(amp + 1);
    }
    return out;
}

std::optional<std::int64_t> toInt(const std::string &s)
{
    std::int64_t v = 0;
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || p != s.data() + s.size())
        return std::nullopt;
    return v;
}

Response jsonResponse(const json::Value &v, int status = 200)
{
    Response r;
    r.status = status;
    r.body = json::serialize(v);
    return r;
}

ApiError validation(std::string message)
{
    return {400, "VALIDATION", std::move(message), false, 0};
}

// fiscal_attributes: the FN number, FD and sign of a sale that reached the cabinet before its
// receipt was printed, as a document of its own (payload: document_uuid + fiscal).
const char *const kDocumentTypes[] = {"sale",     "return",           "correction",  "cash_in",
                                      "cash_out", "shift_open",       "shift_close", "x_report",
                                      "z_report", "fiscal_attributes"};

std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return s;
}

// The till counts its documents in a 64-bit integer; 2^53 keeps them exact in any JSON reader.
constexpr std::int64_t kMaxDeviceSeq = (std::int64_t(1) << 53) - 1;

// The first check a document fails: the quarantine's reason code and the answer's message.
struct Rejection
{
    const char *code;
    std::string message;
};

std::optional<Rejection> check(const json::Value &doc, IncomingDocument &d)
{
    if (!doc.isObject())
        return Rejection{"not_object", "a document must be a JSON object"};
    auto uuid = doc.stringAt("uuid");
    if (!uuid || !crypto::isUuid(*uuid))
        return Rejection{"bad_uuid", "uuid must be a canonical UUID"};
    d.uuid = lower(*uuid);
    if (auto problem = storageProblem(doc))
        return Rejection{"unstorable", "the document cannot be stored: " + *problem};
    auto type = doc.stringAt("type");
    if (!type || std::find_if(std::begin(kDocumentTypes), std::end(kDocumentTypes),
                              [&](const char *t) { return *type == t; }) == std::end(kDocumentTypes))
        return Rejection{"unknown_type", "unknown document type"};
    d.type = *type;
    const json::Value *payload = doc.find("payload");
    if (!payload || !payload->isObject())
        return Rejection{"bad_payload", "payload must be a JSON object"};
    if (auto where = unmaskedCardNumber(*payload))
        return Rejection{"card_number", *where + ": a full card number; a till sends only the masked card"};
    d.payloadJson = json::serialize(*payload);
    auto sha = doc.stringAt("payload_sha256");
    if (!sha || !crypto::isSha256Hex(lower(*sha)))
        return Rejection{"bad_hash", "payload_sha256 must be 64 hex digits"};
    d.payloadSha256 = lower(*sha);
    if (const json::Value *seq = doc.find("device_seq"); seq && !seq->isNull()) {
        if (!seq->asInt64() || *seq->asInt64() < 0 || *seq->asInt64() > kMaxDeviceSeq)
            return Rejection{"bad_device_seq", "device_seq must be an integer from 0 to 2^53 - 1"};
        d.deviceSeq = seq->asInt64();
    }
    for (auto [key, target] : {std::pair{"shift_uuid", &d.shiftUuid}, std::pair{"employee_id", &d.employeeId},
                               std::pair{"created_at_device", &d.createdAtDevice}}) {
        const json::Value *v = doc.find(key);
        if (!v || v->isNull())
            continue;
        if (!v->isString())
            return Rejection{"bad_field", std::string(key) + " must be a string"};
        *target = v->asString();
    }
    if (const json::Value *fiscal = doc.find("fiscal"); fiscal && !fiscal->isNull()) {
        if (!fiscal->isObject())
            return Rejection{"bad_fiscal", "fiscal must be an object or null"};
        d.fiscalJson = json::serialize(*fiscal);
        d.fn = fiscal->stringAt("fn");
        if (const json::Value *fd = fiscal->find("fd"); fd && !fd->isNull()) {
            // An FN numbers its documents from 1 in 32 bits; anything else is not a fiscal document.
            if (!fd->asInt64() || *fd->asInt64() < 1 || *fd->asInt64() > 0xFFFFFFFFLL)
                return Rejection{"bad_fd", "fiscal.fd must be an FN document number from 1 to 4294967295"};
            d.fd = fd->asInt64();
        }
    }
    return std::nullopt;
}

// A document kept in the quarantine is cut to this; the operator needs to see what came, not all of it.
constexpr std::size_t kQuarantineBodyBytes = 16 * 1024;

// Checks one document of a batch; a bad one is rejected alone and never blocks the others (§3), and
// is kept with its reason in the quarantine.
PushItem validateDocument(const json::Value &doc)
{
    PushItem item;
    IncomingDocument d;
    auto rejection = check(doc, d);
    if (!rejection) {
        item.uuid = d.uuid;
        item.document = std::move(d);
        return item;
    }
    const auto uuid = doc.isObject() ? doc.stringAt("uuid") : std::nullopt;
    item.uuid = uuid ? (crypto::isUuid(*uuid) ? lower(*uuid) : *uuid) : "";
    item.rejection = std::move(rejection->message);
    item.rejectionCode = rejection->code;
    const auto type = doc.isObject() ? doc.stringAt("type") : std::nullopt;
    item.kind = storableExcerpt(type.value_or(""), 64);
    const std::string body = json::serialize(doc);
    item.bodyBytes = std::int64_t(body.size());
    // The copy kept for the operator never holds the card number the document was refused for.
    item.body =
        storableExcerpt(item.rejectionCode == std::string("card_number") ? maskCardNumbers(body) : body,
                        kQuarantineBodyBytes);
    return item;
}

} // namespace

Response errorResponse(const ApiError &error)
{
    json::Value e;
    e.set("code", error.code);
    e.set("message", error.message);
    e.set("retryable", error.retryable);
    e.set("retry_after_ms", error.retryAfterMs);
    json::Value body;
    body.set("error", std::move(e));
    Response r = jsonResponse(body, error.http);
    r.retryAfterMs = error.retryAfterMs;
    r.errorCode = error.code;
    return r;
}

namespace {

AdmissionOptions admissionOptions(const RouterOptions &options)
{
    AdmissionOptions a = options.admission;
    a.maxPushBytes = options.maxBodyBytes;
    return a;
}

} // namespace

Router::Router(Store &store, RouterOptions options)
    : m_store(store)
    , m_options(options)
    , m_admitter(admissionOptions(options))
{}

Admission Router::admit(const RequestHead &head)
{
    return m_admitter.admit(head);
}

std::string Router::clientAddress(const std::string &socketIp, std::string_view forwardedFor) const
{
    return api::clientAddress(socketIp, forwardedFor, m_admitter.options().trustedProxies);
}

Response Router::handle(const Request &request, bool mayWait)
{
    const auto started = std::chrono::steady_clock::now();
    Response r;
    try {
        r = route(request, mayWait);
    } catch (const db::Error &e) {
        // The transaction rolled back, so a retry is always safe. The database's own words go to the
        // log, never to the client.
        std::fprintf(stderr, "{\"event\":\"storage_error\",\"detail\":%s}\n",
                     json::serialize(json::Value(std::string(e.what()))).c_str());
        r = errorResponse(
            {503, "STORAGE_UNAVAILABLE", "the database is not available; retry later", true, 1000});
    } catch (const std::exception &e) {
        std::fprintf(stderr, "{\"event\":\"internal_error\",\"detail\":%s}\n",
                     json::serialize(json::Value(std::string(e.what()))).c_str());
        r = errorResponse({500, "INTERNAL", "an internal error; retry later", true, 0});
    }
    r.serverMs =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
    return r;
}

Response Router::route(const Request &request, bool mayWait)
{
    std::string_view target = request.target;
    auto q = target.find('?');
    const std::string path(target.substr(0, q));

    if (path == "/healthz") {
        json::Value v;
        v.set("status", "ok");
        v.set("server_time", isoTime(nowMs()));
        return jsonResponse(v);
    }
    if (m_owner && path.rfind("/api/owner/", 0) == 0)
        return m_owner(request);
    if (m_web && path != "/api" && path.rfind("/api/", 0) != 0)
        return m_web->serve(request.method, path);
    if (path.rfind("/api/v1/", 0) != 0)
        return errorResponse({404, "NOT_FOUND", "no such endpoint", false, 0});

    if (m_options.faultInjection && request.faultHeader.rfind("status=", 0) == 0) {
        // Random 5xx and 429 storms (§8) without touching the database.
        int status = int(toInt(request.faultHeader.substr(7)).value_or(503));
        return errorResponse(
            {status, status == 429 ? "RATE_LIMITED" : "UNAVAILABLE", "injected fault", true, 10});
    }

    const bool post = request.method == "POST";
    const bool get = request.method == "GET";

    if (path == "/api/v1/devices/activate" || path == "/api/v1/activate") {
        if (!post)
            return errorResponse({405, "METHOD_NOT_ALLOWED", "use POST", false, 0});
        return activate(request);
    }

    std::string token;
    if (request.authorization.rfind("Bearer ", 0) == 0)
        token = request.authorization.substr(7);
    auto auth = m_store.authenticate(token);
    if (auto *e = std::get_if<ApiError>(&auth))
        return errorResponse(*e);
    const DeviceContext &device = std::get<DeviceContext>(auth);

    Response r;
    if (path == "/api/v1/documents:batch" && post) {
        r = push(request, device);
    } else if ((path == "/api/v1/changes" || path == "/api/v1/snapshot") && get) {
        r = changes(request, device, mayWait);
    } else if (path == "/api/v1/devices/status" && post) {
        r = heartbeat(request, device);
    } else if (path == "/api/v1/devices/token:rotate" && post) {
        auto res = m_store.rotateToken(device, token);
        r = failed(res) ? errorResponse(std::get<ApiError>(res)) : jsonResponse(std::get<json::Value>(res));
    } else if (path.rfind("/api/v1/documents/", 0) == 0 && get) {
        const std::string uuid = lower(path.substr(std::string_view("/api/v1/documents/").size()));
        if (!crypto::isUuid(uuid)) {
            r = errorResponse(validation("not a uuid"));
        } else {
            auto res = m_store.documentStatus(device, uuid);
            r = failed(res) ? errorResponse(std::get<ApiError>(res))
                            : jsonResponse(std::get<json::Value>(res));
        }
    } else {
        r = errorResponse({404, "NOT_FOUND", "no such endpoint or method", false, 0});
    }
    r.organizationId = device.organizationId;
    r.deviceId = device.deviceId;
    return r;
}

namespace {

// Decodes the body (gzip allowed, bounded by the route's limits) and parses it as one JSON object.
Result<json::Value> jsonBody(const Request &request, const RouteLimits &limits)
{
    std::string_view body = request.body;
    std::string inflated;
    if (lower(request.contentEncoding) == "gzip") {
        auto result = inflateGzip(request.body, limits.inflate);
        if (auto *error = std::get_if<InflateError>(&result)) {
            if (*error == InflateError::Corrupt)
                return validation("the gzip body is corrupt");
            return ApiError{413, "PAYLOAD_TOO_LARGE", "the gzip body inflates past this endpoint's limit",
                            false, 0};
        }
        inflated = std::move(std::get<std::string>(result));
        body = inflated;
    } else if (!request.contentEncoding.empty() && lower(request.contentEncoding) != "identity") {
        return ApiError{415, "UNSUPPORTED_ENCODING", "only gzip request bodies are supported", false, 0};
    }
    auto parsed = json::parse(body);
    if (auto *e = std::get_if<json::ParseError>(&parsed))
        return validation("invalid JSON at offset " + std::to_string(e->offset) + ": " + e->message);
    auto &v = std::get<json::Value>(parsed);
    if (!v.isObject())
        return validation("the body must be a JSON object");
    return std::move(v);
}

RouteLimits limitsOf(const Request &request, std::size_t maxPushBytes)
{
    const std::string_view target = request.target;
    return routeLimits(request.method, target.substr(0, target.find('?')), maxPushBytes);
}

} // namespace

Response Router::activate(const Request &request)
{
    auto body = jsonBody(request, limitsOf(request, m_options.maxBodyBytes));
    if (auto *e = std::get_if<ApiError>(&body))
        return errorResponse(*e);
    const auto &v = std::get<json::Value>(body);
    ActivationRequest a;
    a.ip = request.remoteIp;
    auto code = v.stringAt("activation_code");
    if (!code || code->size() != 8 || code->find_first_not_of("0123456789") != std::string::npos)
        return errorResponse(validation("activation_code must be 8 digits"));
    a.code = *code;
    if (const json::Value *d = v.find("device")) {
        a.installId = d->stringAt("install_id").value_or("");
        a.info.set("device", *d);
    }
    if (const json::Value *k = v.find("kkt"))
        a.info.set("kkt", *k);
    auto res = m_store.activate(a);
    if (auto *e = std::get_if<ApiError>(&res))
        return errorResponse(*e);
    Response r = jsonResponse(std::get<json::Value>(res));
    r.organizationId = std::get<json::Value>(res).stringAt("organization_id").value_or("");
    r.deviceId = std::get<json::Value>(res).stringAt("device_id").value_or("");
    return r;
}

Response Router::push(const Request &request, const DeviceContext &device)
{
    auto body = jsonBody(request, limitsOf(request, m_options.maxBodyBytes));
    if (auto *e = std::get_if<ApiError>(&body))
        return errorResponse(*e);
    const auto &v = std::get<json::Value>(body);
    const json::Value *docs = v.find("documents");
    if (!docs || !docs->isArray())
        return errorResponse(validation("documents must be an array"));
    if (int(docs->asArray().size()) > m_options.maxBatchDocuments)
        return errorResponse(
            {413, "BATCH_TOO_LARGE",
             "at most " + std::to_string(m_options.maxBatchDocuments) + " documents per batch; split it",
             false, 0});
    std::vector<PushItem> items;
    items.reserve(docs->asArray().size());
    for (const auto &doc : docs->asArray())
        items.push_back(validateDocument(doc));

    std::chrono::milliseconds delay{};
    if (m_options.faultInjection && request.faultHeader.rfind("delay-commit=", 0) == 0)
        delay = std::chrono::milliseconds(toInt(request.faultHeader.substr(13)).value_or(0));
    auto res = m_store.push(device, items, delay);
    if (auto *e = std::get_if<ApiError>(&res))
        return errorResponse(*e);
    Response r = jsonResponse(std::get<json::Value>(res));
    r.dropConnection = m_options.faultInjection && request.faultHeader == "drop-response";
    return r;
}

Response Router::changes(const Request &request, const DeviceContext &device, bool mayWait)
{
    auto q = request.target.find('?');
    auto params = queryParams(q == std::string::npos ? std::string_view()
                                                     : std::string_view(request.target).substr(q + 1));
    int limit = m_options.defaultPageSize;
    if (auto it = params.find("limit"); it != params.end()) {
        auto n = toInt(it->second);
        if (!n || *n < 1)
            return errorResponse(validation("limit must be a positive integer"));
        limit = int(std::min<std::int64_t>(*n, m_options.maxPageSize));
    }
    int wait = 0;
    if (auto it = params.find("wait"); it != params.end()) {
        auto n = toInt(it->second);
        if (!n || *n < 0)
            return errorResponse(validation("wait must be a non-negative number of seconds"));
        wait = int(std::min<std::int64_t>(*n, m_options.maxWaitSeconds));
    }
    const std::string cursor = params.count("cursor") ? params["cursor"] : "";
    auto res = m_store.changes(device, cursor, limit);
    if (auto *e = std::get_if<ApiError>(&res))
        return errorResponse(*e);
    Response r;
    r.body = std::move(std::get<std::string>(res));
    // An empty delta with wait=N is held open by the server and asked again until something arrives.
    if (mayWait && wait > 0 && !cursor.empty() && r.body.rfind("{\"changes\":[]", 0) == 0 &&
        r.body.find("\"phase\":\"delta\"") != std::string::npos) {
        r.pollAgain = true;
        r.waitUntil = std::chrono::steady_clock::now() + std::chrono::seconds(wait);
    }
    return r;
}

Response Router::heartbeat(const Request &request, const DeviceContext &device)
{
    auto body = jsonBody(request, limitsOf(request, m_options.maxBodyBytes));
    if (auto *e = std::get_if<ApiError>(&body))
        return errorResponse(*e);
    auto res = m_store.heartbeat(device, std::get<json::Value>(body));
    if (auto *e = std::get_if<ApiError>(&res))
        return errorResponse(*e);
    return jsonResponse(std::get<json::Value>(res));
}

} // namespace cabinet::api
