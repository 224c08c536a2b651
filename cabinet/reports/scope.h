#pragma once

// What every owner-side read is limited to: one organization and, for users limited to some points
// of sale, those only. The owner API resolves it from the session (cabinet/owner); the queries here
// never run without it. Also a small SQL builder so filters stay bound parameters.

#include "cabinet/db/connection.h"

#include <string>
#include <vector>

namespace cabinet::reports {

struct Scope
{
    std::string organizationId;
    std::vector<std::string> pointsOfSale; // empty: every point of sale of the organization
    bool allPointsOfSale = true;           // false with an empty list: the user may see none
};

// Local business days, inclusive (YYYY-MM-DD).
struct Period
{
    std::string from;
    std::string to;
};

class Sql
{
public:
    Sql &operator<<(const std::string &text)
    {
        m_text += text;
        return *this;
    }
    // Appends a placeholder bound to `value`.
    Sql &bind(db::Param value)
    {
        m_params.push_back(std::move(value));
        m_text += "$" + std::to_string(m_params.size());
        return *this;
    }
    // " AND <column> IN (...)" for a limited user; " AND 1 = 0" for one who may see no point of sale.
    Sql &scopePos(const Scope &scope, const std::string &column)
    {
        if (scope.allPointsOfSale && scope.pointsOfSale.empty())
            return *this;
        if (scope.pointsOfSale.empty())
            return *this << " AND 1 = 0";
        *this << " AND " << column << " IN (";
        for (std::size_t i = 0; i < scope.pointsOfSale.size(); ++i) {
            if (i)
                *this << ", ";
            bind(scope.pointsOfSale[i]);
        }
        return *this << ")";
    }
    db::Rows run(db::Connection &c) const { return c.query(m_text, m_params); }
    const std::string &text() const { return m_text; }

private:
    std::string m_text;
    db::Params m_params;
};

} // namespace cabinet::reports
