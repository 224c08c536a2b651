#pragma once

// The legacy path's choice of a Честный знак check site (reference §1.1): the list from
// cdn/info, ordered by the round trip of each site's health check, a failed site set aside for
// 15 minutes, the list itself refreshed every 6 hours. When every site is set aside, all are
// forgiven and tried again [FMU]. Pure bookkeeping: the caller owns the clock and the network.

#include <QList>
#include <QUrl>

#include <optional>

namespace app {

class CdnSites
{
public:
    static constexpr qint64 PenaltyMs = 15 * 60 * 1000;
    static constexpr qint64 RefreshMs = 6 * 60 * 60 * 1000;

    void setHosts(const QList<QUrl> &hosts, qint64 nowMs);
    // A health check's result: its round trip, or a failure (the site is set aside).
    void setHealth(const QUrl &host, std::optional<int> roundTripMs, qint64 nowMs);
    void penalise(const QUrl &host, qint64 nowMs);

    // The fastest site not set aside and not `tried` already for this scan; nullopt when none is
    // left. When every untried site is set aside, all are forgiven first.
    std::optional<QUrl> best(qint64 nowMs, const QList<QUrl> &tried = {});
    bool needsRefresh(qint64 nowMs) const { return m_sites.isEmpty() || nowMs - m_listedAtMs >= RefreshMs; }
    bool isEmpty() const { return m_sites.isEmpty(); }
    int size() const { return int(m_sites.size()); }

private:
    struct Site
    {
        QUrl host;
        int roundTripMs = 1 << 20; // unmeasured: after the measured ones
        qint64 penalisedUntilMs = 0;
    };
    Site *find(const QUrl &host);

    QList<Site> m_sites;
    qint64 m_listedAtMs = 0;
};

} // namespace app
