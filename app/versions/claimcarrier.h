#pragma once

#include "claim.h"
#include "quoteanchor.h"
#include "result.h"

#include <QCoreApplication>
#include <QList>

#include <functional>

namespace ClaimLedger {

class Project;

/// What became of one claim when its article got a new version.
struct CarriedClaim {
    enum class Outcome {
        Unchanged, ///< the same words, maybe moved: carried
        Changed, ///< found with words edited: carried
        FigureChanged, ///< found, a number in it differs: carried, and the stealth-edit alarm
        NeedsReview, ///< only a guess: stays on its old version until the analyst decides
        Orphaned, ///< gone: stays on its old version and its archived text
    };
    Claim before; ///< as it was, on the old version
    Anchoring anchoring; ///< where it was found in the new text
    Outcome outcome = Outcome::Orphaned;
    QString newText; ///< the words found (empty when orphaned)

    bool carried() const { return outcome != Outcome::NeedsReview && outcome != Outcome::Orphaned; }
    static QString outcomeKey(Outcome outcome);
};

/// Carries every claim of an article's previous version to its latest one: each is
/// found again from what it stores (QuoteAnchor) and moved there when the place is
/// sure, all in one transaction, so that a failure half-way changes nothing.
class ClaimCarrier final
{
    Q_DECLARE_TR_FUNCTIONS(ClaimCarrier)

public:
    /// Called with (done, total) as claims are placed; returning false cancels (and
    /// nothing is changed).
    using Progress = std::function<bool(qsizetype, qsizetype)>;

    static Result<QList<CarriedClaim>> carry(Project &project, qint64 articleId, const Progress &progress = {});
};

} // namespace ClaimLedger
