#pragma once

#include "textquoteselector.h"

#include <QString>

#include <cstdint>
#include <utility>
#include <vector>

namespace ClaimLedger {

/// Where a quote selected in one version of an article lies in another version.
struct Anchoring {
    enum class Status {
        Exact, ///< the same words, maybe moved
        Changed, ///< found, with words edited
        Orphaned, ///< gone: most of its words are not in the text any more
    };
    Status status = Status::Orphaned;
    qsizetype start = -1; ///< UTF-16 offsets in the new text; -1 when orphaned
    qsizetype end = -1;
    /// A number or a magnitude word (million, 억, percent) of the quote differs: the
    /// stealth-edit alarm.
    bool figureChanged = false;
    /// The place is a guess the analyst must confirm: another place fits almost as
    /// well (a near-duplicate sentence), or the words found are only half the quote's.
    bool needsReview = false;
    /// How much of the quote was found, 0–1 (1: every character, in runs).
    double similarity = 0;

    static QString statusName(Status status);
};

/// Finds quotes again in a new text from what a claim stores of them: the W3C
/// TextQuoteSelector (the exact words with 32 characters of context on each side) and
/// the TextPositionSelector's old offset.
///
/// Why not plain approximate matching with an error budget (as web annotators do):
/// an editor inserting a few words into a sentence quickly exceeds a 10% budget, and a
/// short figure quote whose number changed has no budget at all. So the quote is
/// aligned together with its context, and the alignment charges little for characters
/// the new text adds (inserted words) and much for characters of the quote or its
/// context that are missing or replaced. The context makes near-duplicate sentences
/// distinguishable and short quotes findable; the cost margin to the next best place
/// decides when a place is only a guess (needs review) rather than silently chosen.
///
/// Candidate places come from the exact quote's occurrences and from 4-character seeds
/// of the quote and context, looked up in an index of the text built once, so finding
/// thousands of quotes in a long article reads the article once, not once per quote.
class QuoteAnchor final
{
public:
    /// The quote, its context, and where it was (a TextPositionSelector start), or -1.
    struct Target {
        TextQuoteSelector quote;
        qsizetype oldStart = -1;
    };

    explicit QuoteAnchor(QString text);

    const QString &text() const { return m_text; }
    Anchoring find(const Target &target) const;

    /// The figures of a piece of text as the figure-change test compares them: runs of
    /// digits (with their decimal and group separators) and magnitude words, in order.
    static QStringList figureTokens(QStringView text);

    /// Quotes and contexts longer than this are looked up exactly only: aligning them
    /// would cost more time than it could be worth.
    static constexpr qsizetype MaxAlignedLength = 4000;

private:
    struct Placement {
        qsizetype start = -1;
        qsizetype end = -1;
        int cost = 0;
        double similarity = 0; ///< share of the quote found
        double prefixSimilarity = -1; ///< share of the prefix found; -1 when there is none
        double suffixSimilarity = -1;
        qsizetype unsureEdges = 0; ///< replaced characters at the span's start or end
    };
    std::vector<qsizetype> exactOccurrences(QStringView needle, int limit) const;
    /// Where the pattern may start: stretches of the text with at least `share` of the
    /// best stretch's seed votes, each as its first vote and its median.
    struct Stretch {
        qsizetype first, median;
    };
    std::vector<Stretch> candidateStarts(QStringView pattern, qsizetype oldStart, double share) const;
    /// Aligns prefix + exact + suffix in text[windowStart, windowEnd), where it is
    /// expected to start at `expectedStart`, within `behind` characters before that
    /// (characters missing) to `ahead` after it (characters inserted).
    struct Band {
        qsizetype expectedStart, behind, ahead;
    };
    Placement align(QStringView prefix, QStringView exact, QStringView suffix, qsizetype windowStart,
                    qsizetype windowEnd, const Band &band) const;
    /// How many sides of the quote's context (0–2) stand unchanged around `start`.
    int contextAgrees(const Target &target, qsizetype start) const;
    std::vector<Placement> placeAround(const Target &target, const std::vector<Stretch> &stretches) const;
    Anchoring result(const Target &target, const Placement &placement, bool review) const;

    QString m_text;
    std::size_t bucketOf(std::uint64_t gram) const;
    /// Where the 4-character gram (UTF-16 units packed into 64 bits) stands in the text;
    /// false when it stands in more than `limit` places (then `positions` is partial),
    /// so that a common gram costs no more than a rare one.
    bool positionsOf(std::uint64_t gram, std::vector<qsizetype> &positions, std::size_t limit) const;

    /// Every position of the text by the hash of the gram starting there: the
    /// positions of bucket b are m_positions[m_bucketStart[b], m_bucketStart[b + 1]).
    int m_bucketBits = 4;
    std::vector<std::uint32_t> m_bucketStart;
    std::vector<std::uint32_t> m_positions;
};

} // namespace ClaimLedger
