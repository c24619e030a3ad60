#include "claimcarrier.h"

#include "project.h"

#include <algorithm>

namespace ClaimLedger {

QString CarriedClaim::outcomeKey(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Unchanged:
        return QStringLiteral("unchanged");
    case Outcome::Changed:
        return QStringLiteral("changed");
    case Outcome::FigureChanged:
        return QStringLiteral("figure_changed");
    case Outcome::NeedsReview:
        return QStringLiteral("needs_review");
    case Outcome::Orphaned:
        break;
    }
    return QStringLiteral("orphaned");
}

Result<QList<CarriedClaim>> ClaimCarrier::carry(Project &project, qint64 articleId, const Progress &progress)
{
    auto versions = project.articleVersions(articleId);
    if (!versions)
        return Error{versions.error()};
    if (versions->size() < 2)
        return QList<CarriedClaim>{};
    const ArticleVersion &latest = versions->constLast();
    const ArticleVersion &previous = versions->at(versions->size() - 2);
    auto claims = project.claimsForArticle(articleId);
    if (!claims)
        return Error{claims.error()};

    const auto total = std::count_if(claims->cbegin(), claims->cend(),
                                     [&](const Claim &claim) { return claim.versionId == previous.id; });
    QList<CarriedClaim> results;
    const QuoteAnchor anchor(latest.text);
    bool cancelled = false;
    const Status saved = project.inTransaction([&]() -> Status {
        qsizetype done = 0;
        for (const Claim &claim : std::as_const(claims.value())) {
            if (claim.versionId != previous.id)
                continue;
            if (progress && !progress(done, total)) {
                cancelled = true;
                return Error{tr("Cancelled.")};
            }
            ++done;
            CarriedClaim result;
            result.before = claim;
            result.anchoring = anchor.find({claim.quote, claim.start});
            const Anchoring &found = result.anchoring;
            if (found.status == Anchoring::Status::Orphaned)
                result.outcome = CarriedClaim::Outcome::Orphaned;
            else if (found.needsReview)
                result.outcome = CarriedClaim::Outcome::NeedsReview;
            else if (found.figureChanged)
                result.outcome = CarriedClaim::Outcome::FigureChanged;
            else if (found.status == Anchoring::Status::Changed)
                result.outcome = CarriedClaim::Outcome::Changed;
            else
                result.outcome = CarriedClaim::Outcome::Unchanged;
            if (found.status != Anchoring::Status::Orphaned)
                result.newText = latest.text.mid(found.start, found.end - found.start);
            if (result.carried()) {
                if (auto moved = project.carryClaim(claim.id, latest.id, found.start, found.end); !moved)
                    return moved;
            }
            results.append(result);
        }
        return {};
    });
    if (!saved)
        return Error{cancelled ? tr("Cancelled: no claim was moved.") : saved.error()};
    return results;
}

} // namespace ClaimLedger
