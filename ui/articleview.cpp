#include "articleview.h"

#include "claimhighlighter.h"

#include <QContextMenuEvent>
#include <QMenu>
#include <QScrollBar>

namespace ClaimLedger {

ArticleView::ArticleView(QWidget *parent)
    : QTextEdit(parent)
    , m_highlighter(new ClaimHighlighter(document()))
{
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setAcceptRichText(false);
    setLineWrapMode(QTextEdit::WidgetWidth);
    setPlaceholderText(tr("Import an article (File > Import Article) or choose one from the list."));
    setAccessibleName(tr("Article text"));
    document()->setDocumentMargin(16);
    QFont readingFont = font();
    readingFont.setPointSizeF(readingFont.pointSizeF() * 1.15);
    setFont(readingFont);
}

void ArticleView::showArticle(const Article &article, const QList<Claim> &claims)
{
    m_articleId = article.id;
    m_articleLength = article.text.size();
    m_shownLength = m_articleLength;
    if (m_articleLength > DisplayLimit) {
        const qsizetype paragraphEnd = article.text.lastIndexOf(u'\n', DisplayLimit);
        m_shownLength = paragraphEnd > 0 ? paragraphEnd : DisplayLimit;
    }
    // Plain text: every '\n' becomes a block boundary of one position, so document
    // positions are the canonical text's UTF-16 offsets.
    setPlainText(article.text.first(m_shownLength));
    setClaims(claims);
    verticalScrollBar()->setValue(0);
}

void ArticleView::clearArticle()
{
    m_articleId = 0;
    m_shownLength = m_articleLength = 0;
    clear();
    m_highlighter->setClaims({});
}

void ArticleView::setClaims(const QList<Claim> &claims)
{
    m_highlighter->setClaims(claims);
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
    std::unique_ptr<QMenu> menu(createStandardContextMenu(event->pos()));
    QAction *first = menu->actions().isEmpty() ? nullptr : menu->actions().constFirst();
    menu->insertActions(first, m_contextActions);
    if (first)
        menu->insertSeparator(first);
    menu->exec(event->globalPos());
}

void ArticleView::mouseReleaseEvent(QMouseEvent *event)
{
    QTextEdit::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton || textCursor().hasSelection())
        return;
    const qsizetype position = cursorForPosition(event->position().toPoint()).position();
    if (const qint64 claimId = m_highlighter->claimAt(position); claimId != 0)
        Q_EMIT claimClicked(claimId);
}

} // namespace ClaimLedger
