#pragma once

#include "importedarticle.h"
#include "result.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace ClaimLedger {

/// Limits of one fetch.
struct FetchOptions {
    qint64 maximumBytes = 25 * 1024 * 1024;
    int timeoutMilliseconds = 30000; ///< without a byte arriving
    /// For the whole download: a server sending a byte a second never trips the idle
    /// timeout above, and would keep a fetch going for days.
    int deadlineMilliseconds = 120000;
    int maximumRedirects = 10;
};

/// Fetches an article from a URL and imports it: redirects (at most 10), a timeout, a
/// size cap, gzip, the charset the server names, and a message for every way the
/// network can fail. The fetched bytes and the final URL are kept.
class ArticleFetcher final : public QObject
{
    Q_OBJECT

public:
    using Options = FetchOptions;

    explicit ArticleFetcher(QObject *parent = nullptr);
    ~ArticleFetcher() override;

    /// Starts fetching; finished() or failed() follows, unless cancel() comes first.
    void fetch(const QUrl &url, const Options &options);
    void fetch(const QUrl &url) { fetch(url, Options()); }
    void cancel();
    bool isRunning() const;

    /// Fetches and imports, waiting in a local event loop (for the command line).
    static Result<ImportedArticle> fetchAndWait(const QUrl &url, const Options &options = Options());

    /// True for http and https URLs given as text.
    static bool isWebAddress(const QString &text);

Q_SIGNALS:
    void progressed(qint64 received, qint64 total);
    void finished(const ClaimLedger::ImportedArticle &article);
    void failed(const QString &message);

private:
    void onReadyRead();
    void onFinished();
    void fail(const QString &message);

    QNetworkAccessManager *m_network;
    QPointer<QNetworkReply> m_reply;
    QTimer *m_timeout;
    QElapsedTimer m_started;
    Options m_options;
    QUrl m_url;
    QByteArray m_data;
    QString m_failure;
};

} // namespace ClaimLedger
