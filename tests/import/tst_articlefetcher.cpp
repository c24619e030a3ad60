// Fetching articles from a web server the test runs on loopback: the charset from
// the headers, redirects, PDFs by URL, and every way a server can fail. No test
// reaches outside the machine.

#include "articlefetcher.h"
#include "loopbackserver.h"

#include <QBuffer>
#include <QFile>
#include <QPainter>
#include <QPdfWriter>
#include <QSignalSpy>
#include <QStringEncoder>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

using namespace ClaimLedger;

using TestSupport::TestServer;

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
    QTest::newRow("a byte at a time") << "/trickle"
                                      << "was still sending after 1.5 seconds";
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
    options.deadlineMilliseconds = 1500;
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
