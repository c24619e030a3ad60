#include "claimhighlighter.h"

#include "verdictcolors.h"

#include <QTextDocument>

#include <algorithm>

namespace ClaimLedger {

ClaimHighlighter::ClaimHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
}

void ClaimHighlighter::setClaims(const QList<Claim> &claims)
{
    m_claims = claims;
    std::stable_sort(m_claims.begin(), m_claims.end(),
                     [](const Claim &a, const Claim &b) { return a.length() > b.length(); });
    rehighlight();
}

void ClaimHighlighter::setSelectedClaim(qint64 claimId)
{
    if (m_selectedClaim == claimId)
        return;
    m_selectedClaim = claimId;
    rehighlight();
}

qint64 ClaimHighlighter::claimAt(qsizetype position) const
{
    // m_claims is longest first: the last claim that covers the position is innermost.
    qint64 found = 0;
    for (const Claim &claim : m_claims) {
        if (claim.start <= position && position < claim.end)
            found = claim.id;
    }
    return found;
}

void ClaimHighlighter::highlightBlock(const QString &text)
{
    const qsizetype blockStart = currentBlock().position();
    const qsizetype blockEnd = blockStart + text.size();
    for (const Claim &claim : std::as_const(m_claims)) {
        const qsizetype start = std::max(claim.start, blockStart);
        const qsizetype end = std::min(claim.end, blockEnd);
        if (start >= end)
            continue;
        QTextCharFormat format;
        format.setBackground(verdictColor(claim.verdict));
        // The tints are light: keep text dark on them whatever the palette.
        format.setForeground(QColor(0x20, 0x20, 0x20));
        if (claim.id == m_selectedClaim) {
            format.setFontUnderline(true);
            format.setUnderlineStyle(QTextCharFormat::SingleUnderline);
            format.setFontWeight(QFont::DemiBold);
        }
        setFormat(int(start - blockStart), int(end - start), format);
    }
}

} // namespace ClaimLedger
