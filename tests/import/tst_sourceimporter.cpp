// Sources from the web and from files, with their archived snapshots: fetched through
// a server on loopback (redirects, errors, a PDF), stored, found again by address in
// another spelling, and checked against their SHA-256 — including a tampered one.

#include "loopbackserver.h"
#include "project.h"
#include "sourceimporter.h"

#include <QBuffer>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace ClaimLedger;
using TestSupport::TestServer;

class TestSourceImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void aWebPageBecomesASourceWithItsSnapshot();
    void redirectsArchiveTheFinalAddress();
    void aPdfByAddressIsADocument();
    void failuresAreReported_data();
    void failuresAreReported();
    void aFileKeepsItsOwnMetadata();
    void storedSourcesAreFoundByAnySpellingOfTheirAddress();
    void aTamperedSnapshotIsDetected();

private:
    TestServer m_server;
    QTemporaryDir m_dir;
};

void TestSourceImporter::initTestCase()
{
    QVERIFY(m_server.listen());
    m_server.article
        = QByteArray("<html><head><title>SoftBank results</title>"
                     "<meta property=\"og:site_name\" content=\"Example Wire\">"
                     "<meta name=\"author\" content=\"Kim Minji\">"
                     "<meta property=\"article:published_time\" content=\"2025-01-24T09:00:00+09:00\">"
                     "</head><body><article><p>SoftBank said it held about 30 billion dollars in cash "
                     "at the end of the quarter, far from the amount pledged.</p></article></body></html>");
    QBuffer buffer(&m_server.pdf);
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QPdfWriter writer(&buffer);
    QPainter painter(&writer);
    painter.drawText(QPointF(100, 100), QStringLiteral("Annual report 2024"));
    painter.end();
}

void TestSourceImporter::aWebPageBecomesASourceWithItsSnapshot()
{
    auto source = SourceImporter::fetchAndWait(m_server.url(QStringLiteral("/article")));
    QVERIFY2(source.ok(), qPrintable(source.error()));
    QCOMPARE(source->source.kind, SourceKind::WebPage);
    QCOMPARE(source->source.title, QStringLiteral("SoftBank results"));
    QCOMPARE(source->source.publisher, QStringLiteral("Example Wire"));
    QCOMPARE(source->source.author, QStringLiteral("Kim Minji"));
    QCOMPARE(source->source.publishedAt, QDateTime(QDate(2025, 1, 24), QTime(0, 0), QTimeZone::UTC));
    QCOMPARE(source->snapshot.bytes, m_server.article);
    QCOMPARE(source->snapshot.httpStatus, 200);
    QCOMPARE(source->snapshot.mimeType, QStringLiteral("text/html"));
    QCOMPARE(source->snapshot.finalUrl, m_server.url(QStringLiteral("/article")).toString());
    QVERIFY(source->snapshot.fetchedAt.secsTo(QDateTime::currentDateTimeUtc()) < 60);
}

void TestSourceImporter::redirectsArchiveTheFinalAddress()
{
    auto source = SourceImporter::fetchAndWait(m_server.url(QStringLiteral("/moved")));
    QVERIFY2(source.ok(), qPrintable(source.error()));
    QCOMPARE(source->snapshot.finalUrl, m_server.url(QStringLiteral("/article")).toString());
}

void TestSourceImporter::aPdfByAddressIsADocument()
{
    auto source = SourceImporter::fetchAndWait(m_server.url(QStringLiteral("/report.pdf")));
    QVERIFY2(source.ok(), qPrintable(source.error()));
    QCOMPARE(source->source.kind, SourceKind::Document);
    QCOMPARE(source->snapshot.mimeType, QStringLiteral("application/pdf"));
    QCOMPARE(source->snapshot.bytes, m_server.pdf);
}

void TestSourceImporter::failuresAreReported_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expected");
    QTest::newRow("not found") << QStringLiteral("/missing") << QStringLiteral("404");
    QTest::newRow("redirects forever") << QStringLiteral("/loop") << QStringLiteral("redirects too many times");
}

void TestSourceImporter::failuresAreReported()
{
    QFETCH(QString, path);
    QFETCH(QString, expected);
    auto source = SourceImporter::fetchAndWait(m_server.url(path));
    QVERIFY(!source.ok());
    QVERIFY2(source.error().contains(expected), qPrintable(source.error()));
}

void TestSourceImporter::aFileKeepsItsOwnMetadata()
{
    auto source = SourceImporter::fromFile(QStringLiteral(CLAIMLEDGER_TESTS_DIR "/data/article-jsonld.html"));
    QVERIFY2(source.ok(), qPrintable(source.error()));
    QCOMPARE(source->source.title, QStringLiteral("Musk doubts Stargate"));
    QCOMPARE(source->source.author, QStringLiteral("Jane Roe"));
    QCOMPARE(source->source.publisher, QStringLiteral("Example News"));
    QVERIFY(source->source.url.isEmpty()); // a file here is no address to cite
    QVERIFY(source->snapshot.finalUrl.startsWith(u"file://"));
    QVERIFY(!SourceImporter::fromFile(m_dir.filePath(QStringLiteral("missing.pdf"))).ok());
}

void TestSourceImporter::storedSourcesAreFoundByAnySpellingOfTheirAddress()
{
    auto project = Project::create(m_dir.filePath(QStringLiteral("library.claimledger")));
    QVERIFY(project.ok());
    auto fetched = SourceImporter::fetchAndWait(m_server.url(QStringLiteral("/article")));
    QVERIFY(fetched.ok());
    fetched->source.url = QStringLiteral("https://news.example.com/read?id=42");
    auto source = project.value()->addSource(fetched->source);
    QVERIFY(source.ok());
    fetched->snapshot.sourceId = source->id;
    auto snapshot = project.value()->addSnapshot(fetched->snapshot);
    QVERIFY(snapshot.ok());
    QCOMPARE(snapshot->sha256.size(), 64);

    // Round trip: what is read back is what was stored.
    QCOMPARE(project.value()->source(source->id).value(), source.value());
    QCOMPARE(project.value()->snapshots(source->id)->constFirst(), snapshot.value());
    QVERIFY(project.value()->snapshots(source->id)->constFirst().hashMatches());

    auto found
        = project.value()->findSourceByUrl(QStringLiteral("HTTPS://News.Example.com:443/read/?utm_source=x&id=42#top"));
    QVERIFY(found.ok());
    QVERIFY(found->has_value());
    QCOMPARE(found.value()->id, source->id);
    QVERIFY(!project.value()->findSourceByUrl(QStringLiteral("https://news.example.com/read?id=43"))->has_value());
}

void TestSourceImporter::aTamperedSnapshotIsDetected()
{
    const QString path = m_dir.filePath(QStringLiteral("tampered.claimledger"));
    qint64 sourceId = 0;
    {
        auto project = Project::create(path);
        QVERIFY(project.ok());
        Source source;
        source.title = QStringLiteral("Press release");
        auto added = project.value()->addSource(source);
        QVERIFY(added.ok());
        sourceId = added->id;
        Snapshot snapshot;
        snapshot.sourceId = sourceId;
        snapshot.bytes = "SoftBank will invest 19 billion dollars.";
        QVERIFY(project.value()->addSnapshot(snapshot).ok());
    }
    // Someone edits the archived bytes behind ClaimLedger's back.
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
    QCOMPARE(sqlite3_exec(db, "UPDATE snapshot SET bytes = CAST('SoftBank will invest 90 billion dollars.' AS BLOB)",
                          nullptr, nullptr, nullptr),
             SQLITE_OK);
    sqlite3_close(db);

    auto project = Project::open(path, Project::OpenMode::ReadOnly);
    QVERIFY(project.ok());
    const Snapshot reread = project.value()->snapshots(sourceId)->constFirst();
    QCOMPARE(reread.bytes, QByteArray("SoftBank will invest 90 billion dollars."));
    QVERIFY(!reread.hashMatches());
}

QTEST_MAIN(TestSourceImporter)
#include "tst_sourceimporter.moc"
