#pragma once

#include "importedarticle.h"
#include "result.h"

#include <QCoreApplication>
#include <QUrl>

namespace ClaimLedger {

/// Imports an article from a file or from bytes fetched elsewhere, choosing the
/// importer by the bytes themselves, the content type and the file name: PDF, DOCX and
/// ODT through DocumentImporter, HTML pages through HtmlExtractor, everything else as
/// text in whatever encoding it is.
class ArticleImporter final
{
    Q_DECLARE_TR_FUNCTIONS(ArticleImporter)

public:
    /// Files larger than this are refused: no news article is anywhere near it.
    static constexpr qint64 MaximumFileSize = 64 * 1024 * 1024;

    static Result<ImportedArticle> importFile(const QString &path);

    /// Where an imported article can be read again to check it for changes: its web
    /// address (source, else canonical URL), else its file when it stands beside the
    /// project at `projectPath` (only the file name was kept); empty when neither.
    static QString rereadLocation(const Article &article, const QString &projectPath);

    /// `contentType` is the MIME type and charset a server sent ("text/html;
    /// charset=euc-kr"), when known; `url` where the bytes came from.
    static Result<ImportedArticle> importBytes(const QByteArray &bytes, const QString &sourceName,
                                               const QByteArray &contentType = {}, const QUrl &url = {});

    /// True when bytes look like an HTML document.
    static bool looksLikeHtml(QByteArrayView bytes);
};

} // namespace ClaimLedger
