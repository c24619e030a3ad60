#include "claimindex.h"

#include <algorithm>

namespace ClaimLedger {

void ClaimIndex::reset(QList<Claim> claimsInTextOrder)
{
    m_claims.clear();
    m_byArticle.clear();
    m_claims.reserve(claimsInTextOrder.size());
    for (Claim &claim : claimsInTextOrder) {
        m_byArticle[claim.articleId].append(claim.id);
        m_claims.emplace(claim.id, std::move(claim));
    }
}

void ClaimIndex::insert(const Claim &claim)
{
    remove(claim.id);
    m_claims.insert(claim.id, claim);
    QList<qint64> &ids = m_byArticle[claim.articleId];
    const auto at = std::lower_bound(ids.begin(), ids.end(), claim, [this](qint64 id, const Claim &inserted) {
        return isBeforeInText(m_claims.value(id), inserted);
    });
    ids.insert(at, claim.id);
}

bool ClaimIndex::remove(qint64 claimId)
{
    const auto it = m_claims.constFind(claimId);
    if (it == m_claims.cend())
        return false;
    const qint64 articleId = it->articleId;
    m_claims.erase(it);
    auto ids = m_byArticle.find(articleId);
    if (ids != m_byArticle.end()) {
        ids->removeOne(claimId);
        if (ids->isEmpty())
            m_byArticle.erase(ids);
    }
    return true;
}

const Claim *ClaimIndex::find(qint64 claimId) const
{
    const auto it = m_claims.constFind(claimId);
    return it == m_claims.cend() ? nullptr : &*it;
}

QList<Claim> ClaimIndex::forArticle(qint64 articleId) const
{
    QList<Claim> claims;
    const QList<qint64> ids = m_byArticle.value(articleId);
    claims.reserve(ids.size());
    for (const qint64 id : ids)
        claims.append(m_claims.value(id));
    return claims;
}

QList<qint64> ClaimIndex::idsInTextOrder() const
{
    QList<qint64> articles = m_byArticle.keys();
    std::sort(articles.begin(), articles.end());
    QList<qint64> ids;
    ids.reserve(m_claims.size());
    for (const qint64 article : std::as_const(articles))
        ids.append(m_byArticle.value(article));
    return ids;
}

} // namespace ClaimLedger
