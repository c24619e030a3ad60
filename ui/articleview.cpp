#include "articleview.h"

#include "claimhighlighter.h"
#include "priority.h"

#include <QHelpEvent>
#include <QToolTip>

#include <limits>

#include <QContextMenuEvent>
#include <QMenu>
#include <QScrollBar>

namespace ClaimLedger {

ArticleView::ArticleView(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_highlighter(new ClaimHighlighter(document()))
{
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setPlaceholderText(tr("Import an article (File > Import Article) or choose one from the list."));
    setAccessibleName(tr("Article text"));
    document()->setDocumentMargin(16);
    QFont readingFont = font();
    readingFont.setPointSizeF(readingFont.pointSizeF() * 1.15);
    setFont(readingFont);
}

qsizetype ArticleView::shownLengthOf(const QString &text)
{
    if (text.size() <= DisplayLimit)
        return text.size();
    const qsizetype paragraphEnd = text.lastIndexOf(u'\n', DisplayLimit);
    return paragraphEnd > 0 ? paragraphEnd : DisplayLimit;
}

void ArticleView::showArticle(const Article &article, const QList<Claim> &claims, const QList<Candidate> &candidates)
{
    m_articleId = article.id;
    m_versionId = article.versionId;
    m_articleLength = article.text.size();
    m_shownLength = shownLengthOf(article.text);
    m_text = article.text.first(m_shownLength);
    m_claims = onShownVersion(claims);
    // Marks must be in place before the text is laid out; those past what is shown go.
    m_candidates.clear();
    for (const Candidate &candidate : candidates) {
        if (candidate.end <= m_shownLength)
            m_candidates.append(candidate);
    }
    m_highlighter->setMarks(m_claims, openCandidates());
    // Plain text: every '\n' becomes a block boundary of one position, so document
    // positions are the canonical text's UTF-16 offsets.
    setPlainText(m_text);
    verticalScrollBar()->setValue(0);
}

void ArticleView::clearArticle()
{
    m_articleId = m_versionId = 0;
    m_shownLength = m_articleLength = 0;
    m_text.clear();
    m_candidates.clear();
    m_claims.clear();
    m_highlighter->setMarks({}, {});
    clear();
}

void ArticleView::refreshMarks()
{
    // Painting every paragraph again costs QTextDocument a layout per paragraph; giving
    // it the text anew lays it out once. Where the reader was stays.
    const int scrolled = verticalScrollBar()->value();
    const QTextCursor before = textCursor();
    const int anchor = before.anchor();
    const int position = before.position();
    m_highlighter->setMarks(m_claims, openCandidates());
    setPlainText(m_text);
    QTextCursor after(document());
    after.setPosition(std::min(anchor, int(m_text.size())));
    after.setPosition(std::min(position, int(m_text.size())), QTextCursor::KeepAnchor);
    setTextCursor(after);
    verticalScrollBar()->setValue(scrolled);
}

QList<Claim> ArticleView::onShownVersion(const QList<Claim> &claims) const
{
    QList<Claim> shown;
    shown.reserve(claims.size());
    for (const Claim &claim : claims) {
        if (claim.versionId == 0 || m_versionId == 0 || claim.versionId == m_versionId)
            shown.append(claim);
    }
    return shown;
}

void ArticleView::setClaims(const QList<Claim> &claims)
{
    m_claims = onShownVersion(claims);
    m_highlighter->setClaims(m_claims);
    m_highlighter->setCandidates(openCandidates());
}

QList<Candidate> ArticleView::openCandidates() const
{
    // A candidate inside a claim has been dealt with. Claims sorted by start, with the
    // furthest end reached so far: a candidate is inside one of the claims starting at
    // or before it exactly when that furthest end reaches its end.
    QList<std::pair<qsizetype, qsizetype>> spans;
    spans.reserve(m_claims.size());
    for (const Claim &claim : m_claims)
        spans.append({claim.start, claim.end});
    std::sort(spans.begin(), spans.end());
    QList<qsizetype> furthestEnd;
    furthestEnd.reserve(spans.size());
    for (const auto &[start, end] : std::as_const(spans))
        furthestEnd.append(furthestEnd.isEmpty() ? end : std::max(furthestEnd.constLast(), end));
    QList<Candidate> open;
    for (const Candidate &candidate : m_candidates) {
        const auto last = std::upper_bound(spans.cbegin(), spans.cend(),
                                           std::pair{candidate.start, std::numeric_limits<qsizetype>::max()});
        const qsizetype before = last - spans.cbegin();
        if (before == 0 || furthestEnd.at(before - 1) < candidate.end)
            open.append(candidate);
    }
    return open;
}

std::optional<Candidate> ArticleView::candidateAtCursor() const
{
    const QTextCursor cursor = textCursor();
    if (const Candidate *candidate = m_highlighter->candidateAt(cursor.selectionStart()))
        return *candidate;
    return std::nullopt;
}

QString ArticleView::toolTipAt(qsizetype position) const
{
    QStringList lines;
    if (const qint64 claimId = m_highlighter->claimAt(position)) {
        for (const Claim &claim : m_claims) {
            if (claim.id != claimId)
                continue;
            lines.append(tr("Claim: %1 · %2").arg(claimKindDisplayName(claim.kind), verdictDisplayName(claim.verdict)));
            if (!claim.claimant.isEmpty())
                lines.append(tr("Claimant: %1").arg(claim.claimant));
        }
    }
    if (const Candidate *candidate = m_highlighter->candidateAt(position)) {
        switch (candidate->kind) {
        case Candidate::Kind::Figure:
            lines.append(tr("Figure: %1").arg(figureSummary(candidate->figure)));
            if (!candidate->figure.counted.isEmpty())
                lines.append(tr("Counts: %1").arg(candidate->figure.counted));
            break;
        case Candidate::Kind::Quote:
            lines.append(tr("Quote by %1")
                             .arg(candidate->quote.resolvedSpeaker.isEmpty()
                                      ? (candidate->quote.speaker.isEmpty() ? tr("an unknown speaker")
                                                                            : candidate->quote.speaker)
                                      : candidate->quote.resolvedSpeaker));
            break;
        case Candidate::Kind::Date:
            lines.append(tr("Date: %1").arg(candidate->date.normalized));
            break;
        }
        lines.append(tr("Accept it as a claim with Ctrl+Shift+M."));
    }
    return lines.join(u'\n');
}

bool ArticleView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QPoint inViewport = viewport()->mapFrom(this, help->pos());
        const QString tip = toolTipAt(cursorForPosition(inViewport).position());
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), tip, this);
        return true;
    }
    return QPlainTextEdit::event(event);
}

void ArticleView::selectClaim(qint64 claimId, qsizetype start)
{
    m_highlighter->setSelectedClaim(claimId);
    if (claimId == 0 || start < 0)
        return;
    QTextCursor cursor(document());
    cursor.setPosition(int(std::min<qsizetype>(start, document()->characterCount() - 1)));
    setTextCursor(cursor);
    ensureCursorVisible();
}

std::pair<qsizetype, qsizetype> ArticleView::selectedSpan() const
{
    const QTextCursor cursor = textCursor();
    return {cursor.selectionStart(), cursor.selectionEnd()};
}

void ArticleView::setContextActions(const QList<QAction *> &actions)
{
    m_contextActions = actions;
}

void ArticleView::contextMenuEvent(QContextMenuEvent *event)
{
    // The menu acts where it was opened: put the cursor there unless text is selected.
    if (!textCursor().hasSelection())
        setTextCursor(cursorForPosition(event->pos()));
    std::unique_ptr<QMenu> menu(createStandardContextMenu(event->pos()));
    QAction *first = menu->actions().isEmpty() ? nullptr : menu->actions().constFirst();
    menu->insertActions(first, m_contextActions);
    if (first)
        menu->insertSeparator(first);
    menu->exec(event->globalPos());
}

void ArticleView::mouseReleaseEvent(QMouseEvent *event)
{
    QPlainTextEdit::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton || textCursor().hasSelection())
        return;
    const qsizetype position = cursorForPosition(event->position().toPoint()).position();
    if (const qint64 claimId = m_highlighter->claimAt(position); claimId != 0)
        Q_EMIT claimClicked(claimId);
}

} // namespace ClaimLedger
