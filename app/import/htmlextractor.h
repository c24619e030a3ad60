#pragma once

#include "article.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace ClaimLedger {

/// What a web page says about the article it holds.
struct ArticleMetadata {
    QString title;
    QString byline;
    QString outlet;
    QString language;
    QString description;
    QUrl canonicalUrl;
    QDateTime published;
    QDateTime modified;
    QList<QUrl> links; ///< the article's own links, in order
};

/// Extracts a news article's main text and metadata from an HTML page, as a reader
/// view does: navigation, comments, share widgets, scripts and styles go; paragraphs,
/// headings, lists and block quotes stay. Parsed with libxml2's tolerant HTML parser,
/// which never executes or fetches anything.
class HtmlExtractor final
{
public:
    struct Result {
        ArticleMetadata metadata;
        /// Paragraphs of the main text, in order (headings, list items and quotes each
        /// a paragraph of their own).
        QStringList paragraphs;
        /// The kind (and heading level) of each paragraph, in the same order.
        QList<TextBlock> kinds;
    };

    /// `html` is the decoded page; `baseUrl` resolves relative links.
    static Result extract(const QString &html, const QUrl &baseUrl = {});
    /// The same from UTF-8 bytes, which libxml2 reads without another conversion.
    static Result extractUtf8(const QByteArray &utf8, const QUrl &baseUrl = {});

    /// Text of a whole HTML fragment, paragraph by paragraph (used to read reference
    /// outputs in the evaluation).
    static QStringList textOf(const QString &html);

    /// Parses only, for comparing the extractor's time with the parser's.
    static bool parseOnly(const QByteArray &utf8);
};

} // namespace ClaimLedger
