#include "app/marking/cdnsites.h"

#include <algorithm>

namespace app {

void CdnSites::setHosts(const QList<QUrl> &hosts, qint64 nowMs)
{
    QList<Site> sites;
    for (const QUrl &h : hosts) {
        Site s;
        s.host = h;
        if (const Site *old = find(h))
            s = *old; // a site we already measured or set aside keeps that
        sites.append(s);
    }
    m_sites = sites;
    m_listedAtMs = nowMs;
}

void CdnSites::setHealth(const QUrl &host, std::optional<int> roundTripMs, qint64 nowMs)
{
    Site *s = find(host);
    if (!s)
        return;
    if (roundTripMs) {
        s->roundTripMs = *roundTripMs;
        s->penalisedUntilMs = 0;
    } else {
        s->penalisedUntilMs = nowMs + PenaltyMs;
    }
}

void CdnSites::penalise(const QUrl &host, qint64 nowMs)
{
    if (Site *s = find(host))
        s->penalisedUntilMs = nowMs + PenaltyMs;
}

std::optional<QUrl> CdnSites::best(qint64 nowMs, const QList<QUrl> &tried)
{
    const auto fresh = [&tried](const Site &s) { return !tried.contains(s.host); };
    const auto usable = [nowMs, &fresh](const Site &s) { return fresh(s) && s.penalisedUntilMs <= nowMs; };
    if (std::none_of(m_sites.begin(), m_sites.end(), usable)) {
        for (Site &s : m_sites)
            s.penalisedUntilMs = 0;
    }
    const Site *pick = nullptr;
    for (const Site &s : m_sites)
        if (usable(s) && (!pick || s.roundTripMs < pick->roundTripMs))
            pick = &s;
    return pick ? std::optional<QUrl>(pick->host) : std::nullopt;
}

CdnSites::Site *CdnSites::find(const QUrl &host)
{
    for (Site &s : m_sites)
        if (s.host == host)
            return &s;
    return nullptr;
}

} // namespace app
