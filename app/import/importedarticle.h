#pragma once

#include <QDateTime>

#include "article.h"
#include "htmlextractor.h"

#include <QByteArray>
#include <QStringList>

namespace ClaimLedger {

/// What an importer produces: the article ready to store, the bytes it was made from,
/// and anything the analyst should know about how it was read.
struct ImportedArticle {
    Article article;
    QByteArray original;
    QStringList warnings;
    ArticleMetadata metadata; ///< what the source said of itself, as far as it said
    // For articles fetched from the web: what a source's archived snapshot records.
    QString mimeType; ///< as the server declared it, or as the bytes showed
    int httpStatus = 0;
    QDateTime fetchedAt;
};

} // namespace ClaimLedger
