#pragma once

#include "claim.h"

#include <QHash>
#include <QList>

namespace ClaimLedger {

/// The claims of an open project, found by id and listed per article in text order.
/// A project may hold 100,000 claims: lookups are by hash, and an article's claims are
/// kept sorted as they come and go rather than sorted when asked for.
class ClaimIndex final
{
public:
    /// Takes claims already in text order (as the project reads them).
    void reset(QList<Claim> claimsInTextOrder);
    /// Adds a claim or replaces the one with its id, keeping the order.
    void insert(const Claim &claim);
    bool remove(qint64 claimId);

    const Claim *find(qint64 claimId) const;
    qsizetype size() const { return m_claims.size(); }
    qsizetype countForArticle(qint64 articleId) const { return m_byArticle.value(articleId).size(); }
    /// An article's claims in text order.
    QList<Claim> forArticle(qint64 articleId) const;
    /// Every claim id in text order (articles by id, then position).
    QList<qint64> idsInTextOrder() const;

private:
    QHash<qint64, Claim> m_claims;
    QHash<qint64, QList<qint64>> m_byArticle; // ids in text order
};

} // namespace ClaimLedger
