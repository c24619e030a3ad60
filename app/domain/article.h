#pragma once

#include <QDateTime>
#include <QString>
#include <QUuid>

namespace ClaimLedger {

/// An imported news article. `text` is the canonical text (NFC, '\n' line breaks,
/// paragraphs separated by one blank line) that claim offsets point into.
struct Article {
    qint64 id = 0;
    QUuid uuid;
    QString title;
    QString text;
    QString source; ///< where it came from: a file name or a URL
    QString encoding; ///< the encoding the original bytes were decoded from
    QString language; ///< BCP 47 tag when known, e.g. "ko"
    QDateTime importedAt;

    friend bool operator==(const Article &, const Article &) = default;
};

} // namespace ClaimLedger
