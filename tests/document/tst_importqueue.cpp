// The import queue without a window: files saved on a worker thread and adopted by the
// document one by one, Cancel, refusals, and web addresses from a loopback server.

#include "importqueue.h"
#include "loopbackserver.h"
#include "projectdocument.h"
#include "testfiles.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace ClaimLedger;

class TestImportQueue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void filesAreAdoptedOneByOne();
    void cancelStopsAfterTheFileBeingRead();
    void aBusyOrReadOnlyQueueRefuses();
    void anAddressIsFetchedAndImported();
    void aFailedFetchIsReportedAndASourceFetched();

private:
    QString writeFile(const QString &name, const QByteArray &bytes);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProjectDocument> m_document;
};

void TestImportQueue::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto document = ProjectDocument::create(m_dir->filePath(QStringLiteral("queue.claimledger")));
    QVERIFY2(document.ok(), qPrintable(document.error()));
    m_document = std::move(document.value());
}

void TestImportQueue::cleanup()
{
    m_document.reset();
    m_dir.reset();
}

QString TestImportQueue::writeFile(const QString &name, const QByteArray &bytes)
{
    return TestSupport::writeTestFile(QDir(m_dir->path()), name, bytes);
}

void TestImportQueue::filesAreAdoptedOneByOne()
{
    const QStringList paths{writeFile(QStringLiteral("one.txt"), "첫 기사다. 소프트뱅크는 100억 달러를 냈다."),
                            m_dir->filePath(QStringLiteral("missing.txt")),
                            writeFile(QStringLiteral("two.txt"), "Second article. It cost $5 billion.")};
    ImportQueue queue(m_document.get());
    QSignalSpy progressed(&queue, &ImportQueue::progressed);
    QSignalSpy imported(&queue, &ImportQueue::imported);
    QSignalSpy finished(&queue, &ImportQueue::finished);
    QSignalSpy added(m_document.get(), &ProjectDocument::articleAdded);
    QVERIFY(queue.importFiles(paths));
    QVERIFY(queue.isRunning());
    QVERIFY(finished.wait(20000));
    QVERIFY(!queue.isRunning());

    // Each saved article was taken in by the document as it came, with its undo step.
    QCOMPARE(imported.size(), 2);
    QCOMPARE(added.size(), 2);
    QCOMPARE(m_document->articles().size(), 2);
    QCOMPARE(m_document->undoStack()->count(), 2);
    QCOMPARE(imported.at(0).at(0).value<StoredImport>().article.title,
             QStringLiteral("첫 기사다. 소프트뱅크는 100억 달러를 냈다."));
    // Progress names each file before it is read and ends at the total.
    QCOMPARE(progressed.size(), 4);
    QCOMPARE(progressed.at(0).at(0).toInt(), 0);
    QCOMPARE(progressed.at(0).at(2).toString(), QStringLiteral("one.txt"));
    QCOMPARE(progressed.at(1).at(2).toString(), QStringLiteral("missing.txt"));
    QCOMPARE(progressed.at(3).at(0).toInt(), 3);
    QCOMPARE(progressed.at(3).at(1).toInt(), 3);
    QVERIFY(progressed.at(3).at(2).toString().isEmpty());
    // The missing file is one failure, named.
    const QStringList failures = finished.constFirst().constFirst().toStringList();
    QCOMPARE(failures.size(), 1);
    QVERIFY2(failures.constFirst().contains(QStringLiteral("missing.txt")), qPrintable(failures.constFirst()));

    // The articles are in the file, not only in the document.
    auto reopened = Project::open(m_document->project().path(), Project::OpenMode::ReadOnly);
    QVERIFY(reopened.ok());
    QCOMPARE(reopened.value()->articles()->size(), 2);
}

void TestImportQueue::cancelStopsAfterTheFileBeingRead()
{
    QStringList paths;
    for (int i = 0; i < 4; ++i)
        paths.append(writeFile(QStringLiteral("a%1.txt").arg(i), QStringLiteral("기사 %1번이다.").arg(i).toUtf8()));
    ImportQueue queue(m_document.get());
    QSignalSpy finished(&queue, &ImportQueue::finished);
    connect(&queue, &ImportQueue::imported, &queue, &ImportQueue::cancel);
    QVERIFY(queue.importFiles(paths));
    QVERIFY(finished.wait(20000));
    QVERIFY(queue.wasCancelled());
    // The file being read when Cancel came is saved and stays; no other was started.
    QCOMPARE(m_document->articles().size(), 1);
    QVERIFY(finished.constFirst().constFirst().toStringList().isEmpty());
}

void TestImportQueue::aBusyOrReadOnlyQueueRefuses()
{
    const QString path = writeFile(QStringLiteral("one.txt"), "한 기사다.");
    ImportQueue queue(m_document.get());
    QSignalSpy finished(&queue, &ImportQueue::finished);
    QVERIFY(queue.importFiles({path}));
    QVERIFY(!queue.importFiles({path}));
    QVERIFY(!queue.importAddress(QUrl(QStringLiteral("http://127.0.0.1:1/"))));
    QVERIFY(finished.wait(20000));
    QVERIFY(!queue.importFiles({}));

    const QString projectPath = m_document->project().path();
    m_document.reset();
    auto opened = Project::open(projectPath, Project::OpenMode::ReadOnly);
    QVERIFY(opened.ok());
    ProjectDocument viewer(std::move(opened.value()));
    ImportQueue refusing(&viewer);
    QVERIFY(!refusing.importFiles({path}));
    QVERIFY(!refusing.isRunning());
}

void TestImportQueue::anAddressIsFetchedAndImported()
{
    TestSupport::TestServer server;
    server.article = QByteArray("<html><head><title>\xB1\xE2\xBB\xE7</title></head><body><article><p>"
                                "\xBC\xD2\xC7\xC1\xC6\xAE\xB9\xF0\xC5\xA9\xB4\xC2 100\xBE\xEF \xB4\xDE\xB7\xAF"
                                "\xB8\xA6 \xB3\xC2\xB4\xD9.</p></article></body></html>");
    QVERIFY(server.listen());
    ImportQueue queue(m_document.get());
    QSignalSpy imported(&queue, &ImportQueue::imported);
    QSignalSpy received(&queue, &ImportQueue::received);
    QSignalSpy finished(&queue, &ImportQueue::finished);
    QVERIFY(queue.importAddress(server.url(QStringLiteral("/moved"))));
    QVERIFY(finished.wait(20000));
    QVERIFY(finished.constFirst().constFirst().toStringList().isEmpty());
    QCOMPARE(imported.size(), 1);
    QVERIFY(!received.isEmpty());
    const Article article = imported.constFirst().constFirst().value<StoredImport>().article;
    QCOMPARE(article.title, QStringLiteral("기사"));
    QVERIFY2(article.text.contains(QStringLiteral("소프트뱅크는 100억 달러를 냈다.")), qPrintable(article.text));
    QCOMPARE(m_document->articles().size(), 1);
}

void TestImportQueue::aFailedFetchIsReportedAndASourceFetched()
{
    TestSupport::TestServer server;
    server.article = "<html><head><title>Report</title></head><body><p>Text of the report.</p></body></html>";
    QVERIFY(server.listen());
    ImportQueue queue(m_document.get());
    QSignalSpy finished(&queue, &ImportQueue::finished);
    QVERIFY(queue.importAddress(server.url(QStringLiteral("/gone"))));
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.constFirst().constFirst().toStringList().size(), 1);
    QVERIFY(m_document->articles().isEmpty());

    // A source is fetched, not imported as an article.
    QSignalSpy fetched(&queue, &ImportQueue::sourceFetched);
    QVERIFY(queue.fetchSource(server.url(QStringLiteral("/article"))));
    QVERIFY(finished.wait(20000));
    QCOMPARE(fetched.size(), 1);
    const ImportedSource source = fetched.constFirst().constFirst().value<ImportedSource>();
    QCOMPARE(source.source.title, QStringLiteral("Report"));
    QCOMPARE(source.snapshot.bytes, server.article);
    QVERIFY(m_document->articles().isEmpty());

    // Cancel stops a download that never ends, at once, and says so.
    QVERIFY(queue.importAddress(server.url(QStringLiteral("/hang"))));
    QTimer::singleShot(100, &queue, &ImportQueue::cancel);
    QVERIFY(finished.wait(5000));
    QVERIFY(queue.wasCancelled());
    QCOMPARE(finished.last().constFirst().toStringList(), QStringList{QStringLiteral("The download was cancelled.")});
}

QTEST_GUILESS_MAIN(TestImportQueue)
#include "tst_importqueue.moc"
