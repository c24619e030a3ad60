#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace ClaimLedger {

/// One block of an article's canonical text: a paragraph, a heading, a list item or
/// a quotation, with the page it stands on when the source had pages.
struct TextBlock {
    enum class Kind { Paragraph, Heading, ListItem, Quote };
    Kind kind = Kind::Paragraph;
    int level = 0; ///< 1–6 for headings
    int page = 0; ///< 1-based page of a PDF; 0 when the source has no pages
    qsizetype start = 0;
    qsizetype end = 0;

    friend bool operator==(const TextBlock &, const TextBlock &) = default;
};

/// The paragraphs of a canonical text (blocks separated by one blank line), for texts
/// whose source says nothing more of their form.
QList<TextBlock> paragraphBlocks(const QString &canonical);

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
    QList<TextBlock> structure; ///< the blocks of `text`, in order
    /// The web addresses the version's page linked to from its text, in order, as the
    /// import found them; empty for files that carry no links.
    QStringList links;
    QDateTime importedAt;

    friend bool operator==(const Article &, const Article &) = default;
};

} // namespace ClaimLedger
