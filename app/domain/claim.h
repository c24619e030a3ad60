#pragma once

#include "claimkind.h"
#include "textquoteselector.h"
#include "verdict.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <tuple>

namespace ClaimLedger {

/// A span of an article's canonical text that asserts something, with the analyst's
/// assessment of it. Offsets count UTF-16 code units, as QString and the W3C
/// TextPositionSelector do; `quote` finds the span again if the text is edited.
struct Claim {
    qint64 id = 0;
    QUuid uuid;
    qint64 articleId = 0;
    qint64 versionId = 0; ///< the article version whose text the offsets count in; 0: the latest
    qsizetype start = 0;
    qsizetype end = 0;
    TextQuoteSelector quote;
    ClaimKind kind = ClaimKind::Statement;
    Verdict verdict = Verdict::Unverified;
    QString claimant;
    QString wording;
    QString rationale;
    int priority = 0; ///< 0 none, 1 low, 2 normal, 3 high
    QStringList tags; ///< sorted, without duplicates
    QDateTime createdAt;
    QDateTime modifiedAt;

    qsizetype length() const { return end - start; }

    friend bool operator==(const Claim &, const Claim &) = default;
};

/// Tags as a claim keeps them: white space simplified, without empty ones or
/// duplicates, sorted.
inline QStringList normalizedTags(const QStringList &tags)
{
    QStringList normalized;
    for (const QString &tag : tags) {
        const QString name = tag.simplified().remove(QChar(0x1f));
        if (!name.isEmpty() && !normalized.contains(name))
            normalized.append(name);
    }
    normalized.sort();
    return normalized;
}

/// Text order, the order claims are listed and reported in: by article, then by
/// position, then by id so that equal spans have a stable order.
inline bool isBeforeInText(const Claim &a, const Claim &b)
{
    return std::tie(a.articleId, a.start, a.end, a.id) < std::tie(b.articleId, b.start, b.end, b.id);
}

} // namespace ClaimLedger
