#include "articlefetcher.h"

#include "articleimporter.h"
#include "claimledger_version.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace ClaimLedger {

ArticleFetcher::ArticleFetcher(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_timeout(new QTimer(this))
{
    m_timeout->setSingleShot(true);
    connect(m_timeout, &QTimer::timeout, this, [this] {
        fail(tr("%1 did not answer within %2 seconds.")
                 .arg(m_url.host())
                 .arg(m_options.timeoutMilliseconds / 1000.0, 0, 'g', 3));
    });
}

ArticleFetcher::~ArticleFetcher()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
}

bool ArticleFetcher::isWebAddress(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && (url.scheme() == QLatin1StringView("http") || url.scheme() == QLatin1StringView("https"))
        && !url.host().isEmpty();
}

void ArticleFetcher::fetch(const QUrl &url, const Options &options)
{
    cancel();
    m_url = url;
    m_options = options;
    m_data.clear();
    m_failure.clear();
    m_started.start();
    QNetworkRequest request(url);
    request.setHeader(
        QNetworkRequest::UserAgentHeader,
        QStringLiteral("Mozilla/5.0 (X11; Linux x86_64) ClaimLedger/%1").arg(QString::fromLatin1(VersionString)));
    request.setRawHeader("Accept", "text/html,application/xhtml+xml,application/pdf;q=0.9,*/*;q=0.8");
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setMaximumRedirectsAllowed(options.maximumRedirects);
    m_reply = m_network->get(request);
    connect(m_reply, &QNetworkReply::readyRead, this, &ArticleFetcher::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &ArticleFetcher::onFinished);
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64 total) {
        m_timeout->start(m_options.timeoutMilliseconds);
        Q_EMIT progressed(received, total);
    });
    m_timeout->start(options.timeoutMilliseconds);
}

void ArticleFetcher::cancel()
{
    m_timeout->stop();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
}

bool ArticleFetcher::isRunning() const
{
    return m_reply != nullptr;
}

void ArticleFetcher::onReadyRead()
{
    m_data += m_reply->readAll();
    if (m_started.elapsed() > m_options.deadlineMilliseconds) {
        fail(tr("%1 was still sending after %2 seconds; the download was stopped.")
                 .arg(m_url.toDisplayString(), QString::number(m_options.deadlineMilliseconds / 1000.0, 'g', 3)));
        return;
    }
    if (m_data.size() > m_options.maximumBytes)
        fail(tr("%1 sent more than %2 MB; the download was stopped.")
                 .arg(m_url.toDisplayString(), QString::number(m_options.maximumBytes / (1024 * 1024))));
}

void ArticleFetcher::fail(const QString &message)
{
    cancel();
    Q_EMIT failed(message);
}

void ArticleFetcher::onFinished()
{
    m_timeout->stop();
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    m_data += reply->readAll();
    const QString where = m_url.toDisplayString();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    switch (reply->error()) {
    case QNetworkReply::NoError:
        break;
    case QNetworkReply::HostNotFoundError:
        Q_EMIT failed(
            tr("The server %1 could not be found (is the address right, and the network up?).").arg(m_url.host()));
        return;
    case QNetworkReply::SslHandshakeFailedError:
        Q_EMIT failed(tr("The secure connection to %1 failed: its certificate was not accepted.").arg(m_url.host()));
        return;
    case QNetworkReply::TooManyRedirectsError:
    case QNetworkReply::InsecureRedirectError:
        Q_EMIT failed(tr("%1 redirects too many times (or to an unsafe address); it was not followed.").arg(where));
        return;
    case QNetworkReply::ConnectionRefusedError:
        Q_EMIT failed(tr("%1 refused the connection.").arg(m_url.host()));
        return;
    case QNetworkReply::OperationCanceledError:
        return; // cancelled on purpose; the reason was given already
    default:
        if (status >= 400) {
            Q_EMIT failed(tr("%1 answered %2 %3.")
                              .arg(where, QString::number(status),
                                   reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString()));
        } else {
            Q_EMIT failed(tr("%1 could not be fetched: %2").arg(where, reply->errorString()));
        }
        return;
    }
    const QUrl finalUrl = reply->url();
    const QByteArray contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    QString name = finalUrl.fileName();
    if (name.isEmpty())
        name = finalUrl.host();
    auto imported = ArticleImporter::importBytes(m_data, name, contentType, finalUrl);
    if (!imported) {
        Q_EMIT failed(imported.error());
        return;
    }
    imported->article.source = finalUrl.toString();
    if (imported->article.url.isEmpty())
        imported->article.url = finalUrl.toString();
    imported->mimeType = QString::fromLatin1(contentType.split(';').constFirst().trimmed());
    imported->httpStatus = status;
    imported->fetchedAt = QDateTime::currentDateTimeUtc();
    Q_EMIT finished(imported.value());
}

Result<ImportedArticle> ArticleFetcher::fetchAndWait(const QUrl &url, const Options &options)
{
    ArticleFetcher fetcher;
    QEventLoop loop;
    Result<ImportedArticle> result = Error{tr("The download did not finish.")};
    connect(&fetcher, &ArticleFetcher::finished, &loop, [&](const ImportedArticle &article) {
        result = article;
        loop.quit();
    });
    connect(&fetcher, &ArticleFetcher::failed, &loop, [&](const QString &message) {
        result = Error{message};
        loop.quit();
    });
    fetcher.fetch(url, options);
    loop.exec();
    return result;
}

} // namespace ClaimLedger
