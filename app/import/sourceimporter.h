#pragma once

#include "articlefetcher.h"
#include "importedarticle.h"
#include "result.h"
#include "snapshot.h"
#include "source.h"

namespace ClaimLedger {

/// A source read from the web or a file, with the snapshot that archives it.
struct ImportedSource {
    Source source;
    Snapshot snapshot;
    QStringList warnings;
};

/// Makes library sources of what the article importers read: the page's or
/// document's own metadata (title, publisher, author, dates) for the source, and the
/// bytes exactly as fetched or read for its snapshot.
class SourceImporter final
{
public:
    /// A fetched page or document (ArticleFetcher's result) as a source.
    static ImportedSource fromArticle(const ImportedArticle &imported);
    /// A file (PDF, HTML, DOCX, ODT, text) as a source.
    static Result<ImportedSource> fromFile(const QString &path);
    /// The text a snapshot holds, read as an article import reads it (what excerpts
    /// are found in).
    static Result<QString> textOf(const QByteArray &bytes, const QString &mimeType);
    /// Fetches a web address and makes a source of it, waiting (for the command line).
    static Result<ImportedSource> fetchAndWait(const QUrl &url, const FetchOptions &options = FetchOptions());
};

} // namespace ClaimLedger
