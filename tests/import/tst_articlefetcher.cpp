// Fetching articles from a web server the test runs on loopback: the charset from
// the headers, redirects, PDFs by URL, and every way a server can fail. No test
// reaches outside the machine.

#include "articlefetcher.h"

#include <QBuffer>
#include <QFile>
#include <QPainter>
#include <QPdfWriter>
#include <QSignalSpy>
#include <QStringEncoder>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

using namespace ClaimLedger;

namespace {

/// A small HTTP/1.0 server with one behaviour per path.
class TestServer : public QObject
{
public:
    TestServer()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { answer(socket); });
        });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    QUrl url(const QString &path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path));
    }

    QByteArray article;
    QByteArray pdf;

private:
    static void reply(QTcpSocket *socket, const QByteArray &status, const QByteArray &headers, const QByteArray &body)
    {
        socket->write("HTTP/1.0 " + status + "\r\n" + headers + "Content-Length: " + QByteArray::number(body.size())
                      + "\r\nConnection: close\r\n\r\n" + body);
        socket->disconnectFromHost();
    }

    void answer(QTcpSocket *socket)
    {
        const QByteArray request = socket->readAll();
        const QByteArray path = request.split(' ').value(1);
        if (path == "/article") {
            reply(socket, "200 OK", "Content-Type: text/html; charset=euc-kr\r\n", article);
        } else if (path == "/moved") {
            reply(socket, "301 Moved Permanently", "Location: /article\r\n", {});
        } else if (path == "/loop") {
            reply(socket, "302 Found", "Location: /loop\r\n", {});
        } else if (path == "/report.pdf") {
            reply(socket, "200 OK", "Content-Type: application/pdf\r\n", pdf);
        } else if (path == "/hang") {
            // Says nothing, ever.
        } else if (path == "/huge") {
            socket->write("HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 52428800\r\n\r\n");
            auto *pump = new QTimer(socket);
            connect(pump, &QTimer::timeout, socket, [socket] {
                if (socket->bytesToWrite() < 1024 * 1024)
                    socket->write(QByteArray(256 * 1024, '\x9c'));
            });
            pump->start(1);
        } else {
            reply(socket, "404 Not Found", "Content-Type: text/html\r\n", "<html><body>gone</body></html>");
        }
    }

    QTcpServer m_server;
};

} // namespace

class TestArticleFetcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fetchesAndDecodesWithTheServersCharset();
    void followsRedirects();
    void fetchesPdfs();
    void failuresGetAMessage_data();
    void failuresGetAMessage();
    void cancelStopsTheDownload();
    void recognisesWebAddresses();

private:
    TestServer m_server;
};

void TestArticleFetcher::initTestCase()
{
    QVERIFY(m_server.listen());
    QFile page(QStringLiteral(CLAIMLEDGER_TESTS_DIR "/data/article-ko.html"));
    QVERIFY(page.open(QIODevice::ReadOnly));
    QString html = QString::fromUtf8(page.readAll());
    html.remove(QStringLiteral("<meta charset=\"utf-8\">")); // only the header names the charset
    html.replace(QStringLiteral("가상일보"), QStringLiteral("믜디일보"));
    QStringEncoder cp949("windows-949");
    m_server.article = cp949.encode(html);

    QBuffer buffer(&m_server.pdf);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setTitle(QStringLiteral("SoftBank annual report"));
    QPainter painter(&writer);
    painter.drawText(QPointF(200, 400), QStringLiteral("Cash and equivalents stood at 5.2 trillion yen."));
}

void TestArticleFetcher::fetchesAndDecodesWithTheServersCharset()
{
    auto imported = ArticleFetcher::fetchAndWait(m_server.url(QStringLiteral("/article")));
    QVERIFY2(imported.ok(), qPrintable(imported.error()));
    QCOMPARE(imported->article.encoding, QStringLiteral("windows-949"));
    QCOMPARE(imported->metadata.outlet, QStringLiteral("믜디일보"));
    QVERIFY(imported->article.text.contains(QStringLiteral("5천억달러(약 710조원)")));
    QCOMPARE(imported->original, m_server.article);
    QCOMPARE(imported->article.source, m_server.url(QStringLiteral("/article")).toString());
}

void TestArticleFetcher::followsRedirects()
{
    auto imported = ArticleFetcher::fetchAndWait(m_server.url(QStringLiteral("/moved")));
    QVERIFY2(imported.ok(), qPrintable(imported.error()));
    // The final address is what is kept.
    QCOMPARE(imported->article.source, m_server.url(QStringLiteral("/article")).toString());
}

void TestArticleFetcher::fetchesPdfs()
{
    auto imported = ArticleFetcher::fetchAndWait(m_server.url(QStringLiteral("/report.pdf")));
    QVERIFY2(imported.ok(), qPrintable(imported.error()));
    QCOMPARE(imported->article.title, QStringLiteral("SoftBank annual report"));
    QVERIFY(imported->article.text.contains(QStringLiteral("5.2 trillion yen")));
}

void TestArticleFetcher::failuresGetAMessage_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expected");
    QTest::newRow("redirects forever") << "/loop"
                                       << "redirects too many times";
    QTest::newRow("never answers") << "/hang"
                                   << "did not answer within 1 seconds";
    QTest::newRow("50 MB of garbage") << "/huge"
                                      << "sent more than 2 MB";
    QTest::newRow("HTTP error") << "/missing"
                                << "answered 404";
}

void TestArticleFetcher::failuresGetAMessage()
{
    QFETCH(QString, path);
    QFETCH(QString, expected);
    ArticleFetcher::Options options;
    options.timeoutMilliseconds = 1000;
    options.maximumBytes = 2 * 1024 * 1024;
    QElapsedTimer timer;
    timer.start();
    auto imported = ArticleFetcher::fetchAndWait(m_server.url(path), options);
    QVERIFY(!imported.ok());
    QVERIFY2(imported.error().contains(expected), qPrintable(imported.error()));
    QVERIFY(timer.elapsed() < 10000);
}

void TestArticleFetcher::cancelStopsTheDownload()
{
    ArticleFetcher fetcher;
    QSignalSpy finished(&fetcher, &ArticleFetcher::finished);
    QSignalSpy failed(&fetcher, &ArticleFetcher::failed);
    fetcher.fetch(m_server.url(QStringLiteral("/hang")));
    QVERIFY(fetcher.isRunning());
    fetcher.cancel();
    QVERIFY(!fetcher.isRunning());
    QTest::qWait(200);
    QCOMPARE(finished.count(), 0);
    QCOMPARE(failed.count(), 0);
}

void TestArticleFetcher::recognisesWebAddresses()
{
    QVERIFY(ArticleFetcher::isWebAddress(QStringLiteral("https://www.example.org/news/1")));
    QVERIFY(ArticleFetcher::isWebAddress(QStringLiteral("http://127.0.0.1:8080/a")));
    QVERIFY(!ArticleFetcher::isWebAddress(QStringLiteral("article.html")));
    QVERIFY(!ArticleFetcher::isWebAddress(QStringLiteral("/home/analyst/article.html")));
    QVERIFY(!ArticleFetcher::isWebAddress(QStringLiteral("ftp://example.org/a")));
}

QTEST_MAIN(TestArticleFetcher)
#include "tst_articlefetcher.moc"
