#pragma once

#include <QDateTime>
#include <QString>
#include <QUuid>

namespace ClaimLedger {

/// An imported news article as of its latest version. `text` is that version's
/// canonical text (NFC, '\n' line breaks, paragraphs separated by one blank line) that
/// claim offsets point into. Re-importing changed text adds a version; old versions
/// stay, with the claims made on them.
struct Article {
    qint64 id = 0;
    QUuid uuid;
    qint64 versionId = 0; ///< the article_version row of `text`
    int version = 0; ///< 1 for the first import
    QString title;
    QString text;
    QString source; ///< where it came from: a file name or a URL
    QString encoding; ///< the encoding the original bytes were decoded from
    QString language; ///< BCP 47 tag when known, e.g. "ko"
    QString url; ///< the article's canonical address, when known
    QString outlet;
    QString byline;
    QDateTime publishedAt;
    QDateTime importedAt;

    friend bool operator==(const Article &, const Article &) = default;
};

} // namespace ClaimLedger
