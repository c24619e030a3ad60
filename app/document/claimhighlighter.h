#pragma once

#include "claim.h"

#include <QList>
#include <QSyntaxHighlighter>

namespace ClaimLedger {

/// Paints claims onto an article shown in a QTextDocument whose plain text is the
/// article's canonical text, so claim offsets are document positions. Each claim gets
/// its verdict's colour; nested claims paint inside the claims that hold them, and the
/// selected claim is outlined by an underline.
class ClaimHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit ClaimHighlighter(QTextDocument *document);

    void setClaims(const QList<Claim> &claims);
    void setSelectedClaim(qint64 claimId);

    /// The innermost claim covering a document position, or 0.
    qint64 claimAt(qsizetype position) const;

protected:
    void highlightBlock(const QString &text) override;

private:
    QList<Claim> m_claims; // longest first, so shorter (nested) claims paint last
    qint64 m_selectedClaim = 0;
};

} // namespace ClaimLedger
