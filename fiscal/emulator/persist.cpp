#include "fiscal/emulator/persist.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <charconv>
#include <cstring>
#include <fstream>
#include <sstream>

namespace fiscal::emu {

namespace {

constexpr const char *Header = "prilavok-fr-emulator-state 1";

std::string hex(ByteView bytes)
{
    static constexpr char digits[] = "0123456789abcdef";
    if (bytes.empty())
        return "-";
    std::string out;
    out.reserve(bytes.size() * 2);
    for (auto b : bytes) {
        out.push_back(digits[b >> 4]);
        out.push_back(digits[b & 0x0F]);
    }
    return out;
}

std::string hexText(const std::string &s)
{
    return hex(ByteView(reinterpret_cast<const std::uint8_t *>(s.data()), s.size()));
}

std::optional<Bytes> unhex(const std::string &s)
{
    Bytes out;
    if (s == "-")
        return out;
    if (s.size() % 2 != 0)
        return std::nullopt;
    auto nibble = [](char c) -> int {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        return -1;
    };
    for (std::size_t i = 0; i < s.size(); i += 2) {
        const int hi = nibble(s[i]), lo = nibble(s[i + 1]);
        if (hi < 0 || lo < 0)
            return std::nullopt;
        out.push_back(static_cast<std::uint8_t>(hi * 16 + lo));
    }
    return out;
}

std::optional<std::string> unhexText(const std::string &s)
{
    auto bytes = unhex(s);
    if (!bytes)
        return std::nullopt;
    return std::string(bytes->begin(), bytes->end());
}

// Reads whitespace-separated fields of one line, remembering any failure.
class Fields
{
public:
    explicit Fields(const std::string &line)
        : m_in(line)
    {}
    std::string word()
    {
        std::string w;
        if (!(m_in >> w))
            m_ok = false;
        return w;
    }
    std::int64_t num()
    {
        const std::string w = word();
        std::int64_t v = 0;
        auto [p, ec] = std::from_chars(w.data(), w.data() + w.size(), v);
        if (ec != std::errc() || p != w.data() + w.size())
            m_ok = false;
        return v;
    }
    Bytes bytes()
    {
        auto b = unhex(word());
        if (!b)
            m_ok = false;
        return b.value_or(Bytes{});
    }
    std::string text()
    {
        auto t = unhexText(word());
        if (!t)
            m_ok = false;
        return t.value_or(std::string{});
    }
    bool ok() const { return m_ok; }

private:
    std::istringstream m_in;
    bool m_ok = true;
};

std::uint8_t u8(std::int64_t v)
{
    return static_cast<std::uint8_t>(v);
}
std::uint16_t u16(std::int64_t v)
{
    return static_cast<std::uint16_t>(v);
}
std::uint32_t u32(std::int64_t v)
{
    return static_cast<std::uint32_t>(v);
}

ArchivedDocument readDocument(Fields &f)
{
    ArchivedDocument d;
    d.fd = u32(f.num());
    d.type = u8(f.num());
    d.time = f.num();
    d.fp = u32(f.num());
    d.operation = u8(f.num());
    d.amount = f.num();
    d.shift = u16(f.num());
    d.tlv = f.bytes();
    return d;
}

ReceiptLine readLine(Fields &f)
{
    ReceiptLine l;
    l.operation = u8(f.num());
    l.quantityMicro = f.num();
    l.price = f.num();
    l.amount = f.num();
    l.taxMask = u8(f.num());
    l.department = u8(f.num());
    l.method = u8(f.num());
    l.subject = u8(f.num());
    l.name = f.text();
    l.tlv = f.bytes();
    return l;
}

// The FN's, the OFD exchange's, the shift's and the clock's fields; false for any other key.
bool readFnField(DeviceState &s, const std::string &key, Fields &f)
{
    if (key == "fn_number") {
        s.fnNumber = f.text();
    } else if (key == "fn_expiry") {
        s.fnExpiry = f.num();
    } else if (key == "last_fd") {
        s.lastFd = u32(f.num());
    } else if (key == "fn_document") {
        s.fnDocument = u8(f.num());
    } else if (key == "pending_tlv") {
        s.pendingTlv = f.bytes();
    } else if (key == "ofd_backlog") {
        s.ofdBacklog = u32(f.num());
    } else if (key == "ofd_auto_ack") {
        s.ofdAutoAck = f.num() != 0;
    } else if (key == "fn_full") {
        s.fnFull = f.num() != 0;
    } else if (key == "shift_open") {
        s.shiftOpen = f.num() != 0;
    } else if (key == "shift_number") {
        s.shiftNumber = u16(f.num());
    } else if (key == "shift_opened_at") {
        s.shiftOpenedAt = f.num();
    } else if (key == "receipt_in_shift") {
        s.receiptInShift = u16(f.num());
    } else if (key == "clock_offset") {
        s.clockOffset = f.num();
    } else if (key == "paper_submode") {
        s.paperSubmode = u8(f.num());
    } else if (key == "marking_notifications") {
        s.markingNotifications = u16(f.num());
    } else {
        return false;
    }
    return true;
}

// Registers, tables, unprinted lines, accepted codes, the archive and the open receipt; false for
// any other key.
bool readContentField(DeviceState &s, const std::string &key, Fields &f)
{
    if (key == "money") {
        const int reg = int(f.num());
        s.money[reg] = f.num();
    } else if (key == "oper") {
        const int reg = int(f.num());
        s.operational[reg] = u32(f.num());
    } else if (key == "table") {
        const std::string k = f.word();
        s.tables[k] = f.bytes();
    } else if (key == "unprinted") {
        s.unprintedLines.push_back(f.text());
    } else if (key == "accepted") {
        s.acceptedCodes.push_back(f.text());
    } else if (key == "doc") {
        s.archive.push_back(readDocument(f));
    } else if (key == "receipt") {
        s.receipt.open = true;
        s.receipt.type = u8(f.num());
        s.receipt.operatorNumber = u8(f.num());
        s.receipt.tlv = f.bytes();
    } else if (key == "receipt_adjust") {
        s.receipt.discounts = f.num();
        s.receipt.surcharges = f.num();
    } else if (key == "receipt_correction") {
        s.receipt.correction = f.num() != 0;
    } else if (key == "line") {
        s.receipt.lines.push_back(readLine(f));
    } else {
        return false;
    }
    return true;
}

} // namespace

std::string serializeState(const DeviceState &s)
{
    std::ostringstream o;
    o << Header << '\n';
    o << "fn_number " << hexText(s.fnNumber) << '\n';
    o << "fn_expiry " << s.fnExpiry << '\n';
    o << "last_fd " << s.lastFd << '\n';
    o << "fn_document " << int(s.fnDocument) << '\n';
    o << "pending_tlv " << hex(s.pendingTlv) << '\n';
    o << "ofd_backlog " << s.ofdBacklog << '\n';
    o << "ofd_auto_ack " << int(s.ofdAutoAck) << '\n';
    o << "fn_full " << int(s.fnFull) << '\n';
    o << "shift_open " << int(s.shiftOpen) << '\n';
    o << "shift_number " << s.shiftNumber << '\n';
    o << "shift_opened_at " << s.shiftOpenedAt << '\n';
    o << "receipt_in_shift " << s.receiptInShift << '\n';
    o << "clock_offset " << s.clockOffset << '\n';
    o << "paper_submode " << int(s.paperSubmode) << '\n';
    o << "marking_notifications " << s.markingNotifications << '\n';
    for (const auto &[reg, value] : s.money)
        o << "money " << reg << ' ' << value << '\n';
    for (const auto &[reg, value] : s.operational)
        o << "oper " << reg << ' ' << value << '\n';
    for (const auto &[key, value] : s.tables)
        o << "table " << key << ' ' << hex(value) << '\n';
    for (const auto &line : s.unprintedLines)
        o << "unprinted " << hexText(line) << '\n';
    for (const auto &code : s.acceptedCodes)
        o << "accepted " << hexText(code) << '\n';
    for (const auto &d : s.archive)
        o << "doc " << d.fd << ' ' << int(d.type) << ' ' << d.time << ' ' << d.fp << ' ' << int(d.operation)
          << ' ' << d.amount << ' ' << d.shift << ' ' << hex(d.tlv) << '\n';
    if (s.receipt.open) {
        const auto &r = s.receipt;
        o << "receipt " << int(r.type) << ' ' << int(r.operatorNumber) << ' ' << hex(r.tlv) << '\n';
        o << "receipt_adjust " << r.discounts << ' ' << r.surcharges << '\n';
        if (r.correction)
            o << "receipt_correction 1\n";
        for (const auto &l : r.lines)
            o << "line " << int(l.operation) << ' ' << l.quantityMicro << ' ' << l.price << ' ' << l.amount
              << ' ' << int(l.taxMask) << ' ' << int(l.department) << ' ' << int(l.method) << ' '
              << int(l.subject) << ' ' << hexText(l.name) << ' ' << hex(l.tlv) << '\n';
    }
    o << "end\n";
    return o.str();
}

std::optional<DeviceState> parseState(const std::string &text)
{
    std::istringstream in(text);
    std::string line;
    if (!std::getline(in, line) || line != Header)
        return std::nullopt;
    DeviceState s;
    bool ended = false;
    while (std::getline(in, line)) {
        if (line.empty())
            continue;
        Fields f(line);
        const std::string key = f.word();
        if (key == "end") {
            ended = true;
            break;
        }
        // unknown keys are skipped: a newer emulator may add fields
        if (!readFnField(s, key, f))
            readContentField(s, key, f);
        if (!f.ok())
            return std::nullopt;
    }
    if (!ended)
        return std::nullopt;
    return s;
}

bool saveStateFile(const std::string &path, const DeviceState &state, std::string &error, bool sync)
{
    const std::string text = serializeState(state);
    const std::string tmp = path + ".tmp";
    const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) {
        error = "cannot create " + tmp + ": " + std::strerror(errno);
        return false;
    }
    std::size_t done = 0;
    while (done < text.size()) {
        const ssize_t n = ::write(fd, text.data() + done, text.size() - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            error = "cannot write " + tmp + ": " + std::strerror(errno);
            ::close(fd);
            return false;
        }
        done += static_cast<std::size_t>(n);
    }
    // The data must be on disk before the rename makes it the state: a real FN never forgets.
    if (sync && ::fsync(fd) != 0) {
        error = "fsync failed: " + std::string(std::strerror(errno));
        ::close(fd);
        return false;
    }
    ::close(fd);
    if (::rename(tmp.c_str(), path.c_str()) != 0) {
        error = "cannot rename " + tmp + ": " + std::strerror(errno);
        return false;
    }
    if (!sync)
        return true;
    const auto slash = path.find_last_of('/');
    const std::string dir = slash == std::string::npos ? "." : (slash == 0 ? "/" : path.substr(0, slash));
    const int dfd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dfd >= 0) {
        ::fsync(dfd); // makes the rename itself durable
        ::close(dfd);
    }
    return true;
}

std::optional<DeviceState> loadStateFile(const std::string &path, std::string &error)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return std::nullopt;
    std::ostringstream buffer;
    buffer << in.rdbuf();
    auto state = parseState(buffer.str());
    if (!state)
        error = "state file " + path + " is damaged";
    return state;
}

} // namespace fiscal::emu
