#pragma once

#include "articlefetcher.h"
#include "projectdocument.h"
#include "sourceimporter.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QStringList>

namespace ClaimLedger {

/// Brings articles into a document in the background, one after another, so the window
/// stays responsive: files are read, parsed and saved on a worker thread through a
/// connection of their own (a 50 MB file takes seconds to index); a web address is
/// fetched with the limits given. The document adopts each article as it is saved,
/// with its undo step. cancel() stops after the file being read (it is saved already
/// and stays) or stops the download at once.
///
/// A queue also fetches web addresses as library sources, for the add-source dialog.
class ImportQueue final : public QObject
{
    Q_OBJECT

public:
    explicit ImportQueue(ProjectDocument *document, QObject *parent = nullptr);
    ~ImportQueue() override;

    /// Starts importing the files; refused (false) while the queue is busy or the
    /// project is read-only.
    bool importFiles(const QStringList &paths);
    /// Starts fetching an article.
    bool importAddress(const QUrl &url, const FetchOptions &options = FetchOptions());
    /// Starts fetching a page or document as a library source: sourceFetched() follows.
    bool fetchSource(const QUrl &url, const FetchOptions &options = FetchOptions());
    void cancel();
    bool isRunning() const;
    /// Reads a file (PDF, HTML, DOCX, ODT, text) as a library source, here and now.
    static Result<ImportedSource> readSource(const QString &path) { return SourceImporter::fromFile(path); }
    /// True for http and https addresses given as text.
    static bool isWebAddress(const QString &text) { return ArticleFetcher::isWebAddress(text); }
    bool wasCancelled() const { return m_cancelled; }

Q_SIGNALS:
    /// Files: `done` of `total` are through; `next` names the one being read ("" at the end).
    void progressed(int done, int total, const QString &next);
    /// Web addresses: bytes received so far, of `total` when the server said (else 0).
    void received(qint64 bytes, qint64 total);
    /// An article was saved and the document took it in.
    void imported(const ClaimLedger::StoredImport &stored);
    void sourceFetched(const ClaimLedger::ImportedSource &source);
    /// The queue is through: what could not be imported, one message each.
    void finished(const QStringList &failures);

private:
    /// Starts a run: false while one is going or when the project is read-only.
    bool begin();
    bool fetch(const QUrl &url, const FetchOptions &options, bool asSource);
    void startNextFile();
    void onFileStored();
    void onFetched(const ImportedArticle &page);
    void onFetchFailed(const QString &message);
    void finish();
    ArticleFetcher *fetcher();

    QPointer<ProjectDocument> m_document;
    QFutureWatcher<Result<StoredImport>> *m_watcher;
    ArticleFetcher *m_fetcher = nullptr;
    Project::Peer m_peer;
    QStringList m_paths;
    qsizetype m_next = 0;
    QStringList m_failures;
    bool m_fetchingSource = false;
    bool m_cancelled = false;
    bool m_running = false;
};

} // namespace ClaimLedger
