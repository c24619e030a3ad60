#include "sourceimporter.h"

#include "articleimporter.h"

#include <QFileInfo>
#include <QMimeDatabase>
#include <QUrl>

namespace ClaimLedger {

namespace {

SourceKind kindFor(const QString &mimeType)
{
    if (mimeType.contains(QLatin1StringView("html")) || mimeType.isEmpty())
        return SourceKind::WebPage;
    return SourceKind::Document;
}

} // namespace

ImportedSource SourceImporter::fromArticle(const ImportedArticle &imported)
{
    ImportedSource made;
    const ArticleMetadata &metadata = imported.metadata;
    const Article &article = imported.article;
    made.snapshot.bytes = imported.original;
    made.snapshot.mimeType
        = imported.mimeType.isEmpty() ? QMimeDatabase().mimeTypeForData(imported.original).name() : imported.mimeType;
    made.snapshot.finalUrl = article.source;
    made.snapshot.httpStatus = imported.httpStatus;
    made.snapshot.fetchedAt = imported.fetchedAt.isValid() ? imported.fetchedAt : QDateTime::currentDateTimeUtc();

    Source &source = made.source;
    source.kind = kindFor(made.snapshot.mimeType);
    source.title = !metadata.title.isEmpty() ? metadata.title : article.title;
    // The page's own canonical address is the one to cite; else where it was found.
    source.url = metadata.canonicalUrl.isValid() ? metadata.canonicalUrl.toString()
        : !article.url.isEmpty()                 ? article.url
                                                 : QString();
    source.publisher = !metadata.outlet.isEmpty() ? metadata.outlet : article.outlet;
    source.author = !metadata.byline.isEmpty() ? metadata.byline : article.byline;
    source.publishedAt = metadata.published.isValid() ? metadata.published : article.publishedAt;
    source.accessedAt = made.snapshot.fetchedAt;
    made.warnings = imported.warnings;
    return made;
}

Result<ImportedSource> SourceImporter::fromFile(const QString &path)
{
    auto imported = ArticleImporter::importFile(path);
    if (!imported)
        return Error{imported.error()};
    imported->mimeType = QMimeDatabase().mimeTypeForFileNameAndData(path, imported->original).name();
    imported->article.source = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString();
    imported->article.url.clear(); // a file on this machine is no address to cite
    ImportedSource made = fromArticle(imported.value());
    if (made.source.title.isEmpty())
        made.source.title = QFileInfo(path).completeBaseName();
    return made;
}

Result<ImportedSource> SourceImporter::fetchAndWait(const QUrl &url, const FetchOptions &options)
{
    auto fetched = ArticleFetcher::fetchAndWait(url, options);
    if (!fetched)
        return Error{fetched.error()};
    return fromArticle(fetched.value());
}

Result<QString> SourceImporter::textOf(const QByteArray &bytes, const QString &mimeType)
{
    auto imported = ArticleImporter::importBytes(bytes, QStringLiteral("snapshot"), mimeType.toLatin1());
    if (!imported)
        return Error{imported.error()};
    return imported->article.text;
}

} // namespace ClaimLedger
