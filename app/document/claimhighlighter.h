#pragma once

#include "candidate.h"
#include "claim.h"

#include <QList>
#include <QSyntaxHighlighter>

namespace ClaimLedger {

/// Paints claims and candidate claims onto an article shown in a QTextDocument whose
/// plain text is the article's canonical text, so offsets are document positions.
/// Claims get their verdict's colour as a background, nested claims painted inside the
/// ones that hold them, the selected claim underlined; candidates the detector proposes
/// get a lighter mark, a dotted underline per kind.
///
/// Marks are kept sorted by start, so painting a paragraph looks only at the marks that
/// can reach it. Changes repaint only the paragraphs whose marks changed: repainting a
/// paragraph makes QTextDocument lay the document out again, which for an article of
/// 5,000 paragraphs takes seconds if done for all of them (as rehighlight() does). To
/// change every mark at once, call setMarks() and then give the document its text.
class ClaimHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit ClaimHighlighter(QTextDocument *document);

    /// Replaces every mark without painting: for a document about to get its text.
    void setMarks(const QList<Claim> &claims, const QList<Candidate> &candidates);
    /// Replace the claims or the candidates, repainting the paragraphs that change.
    void setClaims(const QList<Claim> &claims);
    void setCandidates(const QList<Candidate> &candidates);
    void setSelectedClaim(qint64 claimId);
    /// Whether candidates are marked (View > Show Candidates); takes effect when the
    /// document next gets its text.
    void setCandidatesShown(bool shown) { m_candidatesShown = shown; }
    bool candidatesShown() const { return m_candidatesShown; }

    /// The innermost claim covering a document position, or 0.
    qint64 claimAt(qsizetype position) const;
    /// The shortest candidate covering a position, or null.
    const Candidate *candidateAt(qsizetype position) const;
    const QList<Candidate> &candidates() const { return m_candidates; }

protected:
    void highlightBlock(const QString &text) override;

private:
    struct Span {
        qsizetype start = 0;
        qsizetype end = 0;
        qsizetype index = 0; // into m_claims or m_candidates
    };
    /// Sorts spans by start and returns the longest length, for the lookups below.
    static qsizetype sortSpans(QList<Span> &spans);
    /// The spans that overlap [from, to), in start order.
    static QList<Span> spansIn(const QList<Span> &spans, qsizetype longest, qsizetype from, qsizetype to);
    /// Repaints the paragraphs touching any of the ranges, each once.
    void rehighlightRanges(const QList<std::pair<qsizetype, qsizetype>> &ranges);
    void storeClaims(const QList<Claim> &claims);
    void storeCandidates(const QList<Candidate> &candidates);

    QList<Claim> m_claims;
    QList<Span> m_claimSpans;
    qsizetype m_longestClaim = 0;
    QList<Candidate> m_candidates;
    QList<Span> m_candidateSpans;
    qsizetype m_longestCandidate = 0;
    qint64 m_selectedClaim = 0;
    bool m_candidatesShown = true;
};

} // namespace ClaimLedger
