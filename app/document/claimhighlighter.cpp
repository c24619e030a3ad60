#include "claimhighlighter.h"

#include "verdictcolors.h"

#include <QTextBlock>
#include <QTextDocument>

#include <algorithm>
#include <iterator>
#include <tuple>
#include <utility>

namespace ClaimLedger {

namespace {

QColor candidateColor(Candidate::Kind kind)
{
    switch (kind) {
    case Candidate::Kind::Figure:
        return QColor(0x1f, 0x6f, 0xd0);
    case Candidate::Kind::Quote:
        return QColor(0x2e, 0x8b, 0x57);
    case Candidate::Kind::Date:
        return QColor(0x8a, 0x8a, 0x8a);
    }
    return {};
}

/// The spans of the marks that differ between two lists, compared by what is painted
/// of them: `painted` gives a sortable tuple that starts with the mark's start and end.
template<typename Mark, typename Painted>
QList<std::pair<qsizetype, qsizetype>> changedSpans(const QList<Mark> &before, const QList<Mark> &after,
                                                    Painted painted)
{
    using Key = decltype(painted(std::declval<const Mark &>()));
    const auto keys = [&painted](const QList<Mark> &marks) {
        QList<Key> result;
        result.reserve(marks.size());
        for (const Mark &mark : marks)
            result.append(painted(mark));
        std::sort(result.begin(), result.end());
        return result;
    };
    const QList<Key> old = keys(before);
    const QList<Key> now = keys(after);
    QList<Key> changed;
    std::set_symmetric_difference(old.cbegin(), old.cend(), now.cbegin(), now.cend(), std::back_inserter(changed));
    QList<std::pair<qsizetype, qsizetype>> spans;
    spans.reserve(changed.size());
    for (const Key &key : std::as_const(changed))
        spans.append({std::get<0>(key), std::get<1>(key)});
    return spans;
}

} // namespace

ClaimHighlighter::ClaimHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
}

qsizetype ClaimHighlighter::sortSpans(QList<Span> &spans)
{
    std::sort(spans.begin(), spans.end(),
              [](const Span &a, const Span &b) { return a.start != b.start ? a.start < b.start : a.end > b.end; });
    qsizetype longest = 0;
    for (const Span &span : std::as_const(spans))
        longest = std::max(longest, span.end - span.start);
    return longest;
}

QList<ClaimHighlighter::Span> ClaimHighlighter::spansIn(const QList<Span> &spans, qsizetype longest, qsizetype from,
                                                        qsizetype to)
{
    // No span starting before from - longest can reach from.
    auto it = std::lower_bound(spans.cbegin(), spans.cend(), from - longest,
                               [](const Span &span, qsizetype start) { return span.start < start; });
    QList<Span> found;
    for (; it != spans.cend() && it->start < to; ++it) {
        if (it->end > from)
            found.append(*it);
    }
    return found;
}

void ClaimHighlighter::storeClaims(const QList<Claim> &claims)
{
    m_claims = claims;
    m_claimSpans.clear();
    m_claimSpans.reserve(claims.size());
    for (qsizetype i = 0; i < claims.size(); ++i)
        m_claimSpans.append({claims.at(i).start, claims.at(i).end, i});
    m_longestClaim = sortSpans(m_claimSpans);
}

void ClaimHighlighter::storeCandidates(const QList<Candidate> &candidates)
{
    m_candidates = candidates;
    m_candidateSpans.clear();
    m_candidateSpans.reserve(candidates.size());
    for (qsizetype i = 0; i < candidates.size(); ++i)
        m_candidateSpans.append({candidates.at(i).start, candidates.at(i).end, i});
    m_longestCandidate = sortSpans(m_candidateSpans);
}

void ClaimHighlighter::setMarks(const QList<Claim> &claims, const QList<Candidate> &candidates)
{
    storeClaims(claims);
    storeCandidates(candidates);
}

void ClaimHighlighter::setClaims(const QList<Claim> &claims)
{
    // What is painted of a claim: its span, and which claim in which verdict.
    const auto painted = [](const Claim &claim) { return std::tuple{claim.start, claim.end, claim.id, claim.verdict}; };
    const auto ranges = changedSpans(m_claims, claims, painted);
    storeClaims(claims);
    rehighlightRanges(ranges);
}

void ClaimHighlighter::setCandidates(const QList<Candidate> &candidates)
{
    const auto painted
        = [](const Candidate &candidate) { return std::tuple{candidate.start, candidate.end, int(candidate.kind)}; };
    const auto ranges = changedSpans(m_candidates, candidates, painted);
    storeCandidates(candidates);
    if (m_candidatesShown)
        rehighlightRanges(ranges);
}

void ClaimHighlighter::rehighlightRanges(const QList<std::pair<qsizetype, qsizetype>> &ranges)
{
    if (!document() || ranges.isEmpty())
        return;
    QList<int> blocks;
    for (const auto &[start, end] : ranges) {
        for (QTextBlock block = document()->findBlock(int(start)); block.isValid() && block.position() < end;
             block = block.next())
            blocks.append(block.blockNumber());
    }
    std::sort(blocks.begin(), blocks.end());
    blocks.erase(std::unique(blocks.begin(), blocks.end()), blocks.end());
    for (const int number : std::as_const(blocks))
        rehighlightBlock(document()->findBlockByNumber(number));
}

void ClaimHighlighter::setSelectedClaim(qint64 claimId)
{
    if (m_selectedClaim == claimId)
        return;
    // Only the paragraphs of the claims losing and gaining the outline change.
    const qint64 previous = m_selectedClaim;
    m_selectedClaim = claimId;
    QList<std::pair<qsizetype, qsizetype>> ranges;
    for (const Claim &claim : std::as_const(m_claims)) {
        if (claim.id == previous || claim.id == claimId)
            ranges.append({claim.start, claim.end});
    }
    rehighlightRanges(ranges);
}

qint64 ClaimHighlighter::claimAt(qsizetype position) const
{
    // Innermost: the shortest claim covering the position.
    qint64 found = 0;
    qsizetype shortest = -1;
    for (const Span &span : spansIn(m_claimSpans, m_longestClaim, position, position + 1)) {
        if (shortest < 0 || span.end - span.start < shortest) {
            shortest = span.end - span.start;
            found = m_claims.at(span.index).id;
        }
    }
    return found;
}

const Candidate *ClaimHighlighter::candidateAt(qsizetype position) const
{
    const Candidate *found = nullptr;
    for (const Span &span : spansIn(m_candidateSpans, m_longestCandidate, position, position + 1)) {
        if (!found || span.end - span.start < found->end - found->start)
            found = &m_candidates.at(span.index);
    }
    return found;
}

void ClaimHighlighter::highlightBlock(const QString &text)
{
    const qsizetype blockStart = currentBlock().position();
    const qsizetype blockEnd = blockStart + text.size();
    const auto paint = [&](qsizetype from, qsizetype to, const QTextCharFormat &format) {
        const qsizetype start = std::max(from, blockStart);
        const qsizetype end = std::min(to, blockEnd);
        if (start < end)
            setFormat(int(start - blockStart), int(end - start), format);
    };

    // Candidates first, lightly: a claim painted over one wins where they overlap.
    if (m_candidatesShown) {
        for (const Span &span : spansIn(m_candidateSpans, m_longestCandidate, blockStart, blockEnd)) {
            const Candidate &candidate = m_candidates.at(span.index);
            QTextCharFormat format;
            format.setUnderlineStyle(QTextCharFormat::DotLine);
            format.setUnderlineColor(candidateColor(candidate.kind));
            paint(candidate.start, candidate.end, format);
        }
    }
    // Claims, outermost first so nested ones paint on top of the ones holding them.
    QList<Span> claims = spansIn(m_claimSpans, m_longestClaim, blockStart, blockEnd);
    std::stable_sort(claims.begin(), claims.end(),
                     [](const Span &a, const Span &b) { return a.end - a.start > b.end - b.start; });
    for (const Span &span : std::as_const(claims)) {
        const Claim &claim = m_claims.at(span.index);
        QTextCharFormat format;
        format.setBackground(verdictColor(claim.verdict));
        // The tints are light: keep text dark on them whatever the palette.
        format.setForeground(QColor(0x20, 0x20, 0x20));
        if (claim.id == m_selectedClaim) {
            format.setFontUnderline(true);
            format.setUnderlineStyle(QTextCharFormat::SingleUnderline);
            format.setFontWeight(QFont::DemiBold);
        }
        paint(claim.start, claim.end, format);
    }
}

} // namespace ClaimLedger
