#pragma once

// E-mail through an SMTP relay with libcurl (issue 14 §3: confirmation, reset links). Without
// --smtp-url the mailer is off and sends nothing (the tokens are still created).

#include <string>

namespace cabinet::mail {

struct Options
{
    std::string smtpUrl; // smtp://host:port or smtps://...; empty: off
    std::string from = "cabinet@prilavok.local";
    std::string publicUrl; // the cabinet's web address, prefix of the links
};

class Mailer
{
public:
    explicit Mailer(Options options)
        : m_options(std::move(options))
    {}
    bool enabled() const { return !m_options.smtpUrl.empty(); }
    const Options &options() const { return m_options; }
    // Sends a UTF-8 plain-text message; false (logged to stderr) when the relay refuses it.
    // `headers`: more header lines, each ending in CRLF (e.g. the alert kind, for mail filters).
    bool send(const std::string &to, const std::string &subject, const std::string &text,
              const std::string &headers = {}) const;

private:
    Options m_options;
};

} // namespace cabinet::mail
