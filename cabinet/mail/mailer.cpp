#include "cabinet/mail/mailer.h"

#include <curl/curl.h>
#include <sodium.h>

#include <algorithm>
#include <cstdio>
#include <cstring>

namespace cabinet::mail {

namespace {

struct Reader
{
    std::string data;
    std::size_t at = 0;
};

std::size_t readChunk(char *buf, std::size_t size, std::size_t n, void *user)
{
    auto *r = static_cast<Reader *>(user);
    const std::size_t len = std::min(size * n, r->data.size() - r->at);
    std::memcpy(buf, r->data.data() + r->at, len);
    r->at += len;
    return len;
}

// RFC 2047 encoded-word so a Russian subject survives any relay.
std::string encodedWord(const std::string &s)
{
    std::string out(sodium_base64_ENCODED_LEN(s.size(), sodium_base64_VARIANT_ORIGINAL), '\0');
    sodium_bin2base64(out.data(), out.size(), reinterpret_cast<const unsigned char *>(s.data()), s.size(),
                      sodium_base64_VARIANT_ORIGINAL);
    out.resize(std::strlen(out.c_str()));
    return "=?UTF-8?B?" + out + "?=";
}

} // namespace

bool Mailer::send(const std::string &to, const std::string &subject, const std::string &text,
                  const std::string &headers) const
{
    if (!enabled() || to.find_first_of("\r\n<>") != std::string::npos)
        return false;
    Reader r;
    r.data = "From: Prilavok <" + m_options.from + ">\r\nTo: <" + to +
             ">\r\nSubject: " + encodedWord(subject) +
             "\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n"
             "Content-Transfer-Encoding: 8bit\r\n" +
             headers + "\r\n" + text + "\r\n";
    CURL *curl = curl_easy_init();
    if (!curl)
        return false;
    curl_slist *rcpt = curl_slist_append(nullptr, ("<" + to + ">").c_str());
    curl_easy_setopt(curl, CURLOPT_URL, m_options.smtpUrl.c_str());
    curl_easy_setopt(curl, CURLOPT_MAIL_FROM, ("<" + m_options.from + ">").c_str());
    curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, rcpt);
    curl_easy_setopt(curl, CURLOPT_READFUNCTION, readChunk);
    curl_easy_setopt(curl, CURLOPT_READDATA, &r);
    curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, 20L);
    const CURLcode rc = curl_easy_perform(curl);
    curl_slist_free_all(rcpt);
    curl_easy_cleanup(curl);
    if (rc != CURLE_OK)
        std::fprintf(stderr, "{\"event\":\"mail_failed\",\"detail\":\"%s\"}\n", curl_easy_strerror(rc));
    return rc == CURLE_OK;
}

} // namespace cabinet::mail
