#pragma once

#include "article.h"
#include "candidate.h"
#include "claim.h"

#include <QList>
#include <QPlainTextEdit>

#include <optional>
#include <utility>

namespace ClaimLedger {

class ClaimHighlighter;

/// The article reader: an article's canonical text, read-only but selectable by mouse
/// and keyboard, with its claims highlighted in their verdicts' colours.
class ArticleView final : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit ArticleView(QWidget *parent = nullptr);

    /// The reader shows at most this many characters of an article: a QTextDocument
    /// takes about a second per 5 million, and a news article is rarely 50,000.
    static constexpr qsizetype DisplayLimit = 500'000;

    /// How much of a text the reader shows: all of it, or DisplayLimit characters cut
    /// at a paragraph break.
    static qsizetype shownLengthOf(const QString &text);
    /// Shows the article with its claims and the detector's candidates in the part shown
    /// (ProjectDocument::candidates() over shownLengthOf() characters).
    void showArticle(const Article &article, const QList<Claim> &claims, const QList<Candidate> &candidates);
    /// How much of the article's text is shown: all of it, or DisplayLimit characters
    /// cut at a paragraph break.
    qsizetype shownLength() const { return m_shownLength; }
    bool isTruncated() const { return m_shownLength < m_articleLength; }
    void clearArticle();
    qint64 articleId() const { return m_articleId; }

    /// The claims painted: those of the version shown. A claim of an earlier version
    /// counts its offsets in that version's text and is never painted on this one.
    void setClaims(const QList<Claim> &claims);
    const QList<Claim> &claims() const { return m_claims; }
    /// Outlines a claim and scrolls it into view; 0 clears the outline.
    void selectClaim(qint64 claimId, qsizetype start = -1);

    /// The selected span as [start, end) offsets into the canonical text.
    std::pair<qsizetype, qsizetype> selectedSpan() const;

    /// Actions offered first in the context menu (marking claims and such).
    void setContextActions(const QList<QAction *> &actions);

    ClaimHighlighter *highlighter() const { return m_highlighter; }

    /// The candidate at the text cursor (or the start of the selection), if any.
    std::optional<Candidate> candidateAtCursor() const;
    /// Paints every mark again (after the colours or View > Show Candidates change).
    void refreshMarks();

Q_SIGNALS:
    void claimClicked(qint64 claimId);

protected:
    bool event(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    /// Candidates the analyst has not made claims of yet.
    QList<Candidate> openCandidates() const;
    QList<Claim> onShownVersion(const QList<Claim> &claims) const;
    QString toolTipAt(qsizetype position) const;

    ClaimHighlighter *m_highlighter;
    QList<Claim> m_claims;
    QList<Candidate> m_candidates;
    QString m_text; // what is shown: the article's text up to DisplayLimit
    QList<QAction *> m_contextActions;
    qint64 m_articleId = 0;
    qint64 m_versionId = 0;
    qsizetype m_shownLength = 0;
    qsizetype m_articleLength = 0;
};

} // namespace ClaimLedger
