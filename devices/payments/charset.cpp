#include "devices/payments/charset.h"

#include <iconv.h>

#include <cerrno>

namespace devices::payments {

namespace {

// One iconv pass; on an invalid or unconvertible sequence `fallback` is written and one input
// byte skipped (KOI8-R and CP1251 are single-byte, so skipping one byte resyncs).
QByteArray convert(const QByteArray &input, const char *to, const char *from, const QByteArray &fallback)
{
    iconv_t cd = iconv_open(to, from);
    if (cd == reinterpret_cast<iconv_t>(-1))
        return {};
    QByteArray out;
    out.reserve(input.size() * 2 + 8);
    char buffer[1024];
    char *in = const_cast<char *>(input.constData());
    size_t inLeft = size_t(input.size());
    while (inLeft > 0) {
        char *dst = buffer;
        size_t dstLeft = sizeof buffer;
        const size_t rc = iconv(cd, &in, &inLeft, &dst, &dstLeft);
        out.append(buffer, qsizetype(sizeof buffer - dstLeft));
        if (rc == size_t(-1) && errno != E2BIG) {
            out.append(fallback);
            ++in;
            --inLeft;
        }
    }
    iconv(cd, nullptr, nullptr, nullptr, nullptr);
    iconv_close(cd);
    return out;
}

} // namespace

QString decode8bit(const QByteArray &bytes, const char *charset)
{
    return QString::fromUtf8(convert(bytes, "UTF-8", charset, QByteArrayLiteral("\xEF\xBF\xBD")));
}

QByteArray encode8bit(const QString &text, const char *charset)
{
    return convert(text.toUtf8(), charset, "UTF-8", QByteArrayLiteral("?"));
}

} // namespace devices::payments
