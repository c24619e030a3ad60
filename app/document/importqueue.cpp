#include "importqueue.h"

#include <QFileInfo>
#include <QtConcurrent>

namespace ClaimLedger {

ImportQueue::ImportQueue(ProjectDocument *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_watcher(new QFutureWatcher<Result<StoredImport>>(this))
{
    connect(m_watcher, &QFutureWatcherBase::finished, this, &ImportQueue::onFileStored);
}

ImportQueue::~ImportQueue() = default;

bool ImportQueue::begin()
{
    if (m_running || !m_document || m_document->project().isReadOnly())
        return false;
    m_running = true;
    m_cancelled = false;
    m_failures.clear();
    return true;
}

bool ImportQueue::importFiles(const QStringList &paths)
{
    if (paths.isEmpty() || !begin())
        return false;
    m_paths = paths;
    m_next = 0;
    m_peer = m_document->project().peer();
    Q_EMIT progressed(0, int(m_paths.size()), QFileInfo(m_paths.constFirst()).fileName());
    startNextFile();
    return true;
}

void ImportQueue::startNextFile()
{
    const QString path = m_paths.at(m_next);
    const Project::Peer peer = m_peer;
    m_watcher->setFuture(QtConcurrent::run([peer, path] { return ProjectDocument::storeFile(peer, path); }));
}

void ImportQueue::onFileStored()
{
    const Result<StoredImport> result = m_watcher->result();
    if (!result) {
        m_failures.append(result.error());
    } else if (m_document && m_document->project().path() == m_peer.path) {
        // Saved already: the document must take it in, even when cancelled since.
        m_document->adoptStored(result.value());
        Q_EMIT imported(result.value());
    }
    ++m_next;
    const bool more = m_next < m_paths.size() && !m_cancelled && m_document;
    Q_EMIT progressed(int(m_next), int(m_paths.size()), more ? QFileInfo(m_paths.at(m_next)).fileName() : QString());
    if (more)
        startNextFile();
    else
        finish();
}

ArticleFetcher *ImportQueue::fetcher()
{
    if (!m_fetcher) {
        m_fetcher = new ArticleFetcher(this);
        connect(m_fetcher, &ArticleFetcher::progressed, this, &ImportQueue::received);
        connect(m_fetcher, &ArticleFetcher::finished, this, &ImportQueue::onFetched);
        connect(m_fetcher, &ArticleFetcher::failed, this, &ImportQueue::onFetchFailed);
    }
    return m_fetcher;
}

bool ImportQueue::importAddress(const QUrl &url, const FetchOptions &options)
{
    return fetch(url, options, false);
}

bool ImportQueue::fetchSource(const QUrl &url, const FetchOptions &options)
{
    return fetch(url, options, true);
}

bool ImportQueue::fetch(const QUrl &url, const FetchOptions &options, bool asSource)
{
    if (!begin())
        return false;
    m_fetchingSource = asSource;
    fetcher()->fetch(url, options);
    return true;
}

void ImportQueue::onFetched(const ImportedArticle &page)
{
    if (m_fetchingSource) {
        Q_EMIT sourceFetched(SourceImporter::fromArticle(page));
    } else if (m_document) {
        // The document reports a refusal itself (errorOccurred).
        if (auto stored = m_document->importStored(page))
            Q_EMIT imported(stored.value());
    }
    finish();
}

void ImportQueue::onFetchFailed(const QString &message)
{
    m_failures.append(message);
    finish();
}

void ImportQueue::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    if (m_fetcher && m_fetcher->isRunning()) {
        m_fetcher->cancel();
        m_failures.append(tr("The download was cancelled."));
        finish();
    }
}

bool ImportQueue::isRunning() const
{
    return m_running;
}

void ImportQueue::finish()
{
    m_running = false;
    Q_EMIT finished(m_failures);
}

} // namespace ClaimLedger
