// The installed shared-mime-info entry recognises project files by name and, renamed,
// by content (the SQLite header with ClaimLedger's application_id).

#include "project.h"

#include <QFile>
#include <QMimeDatabase>
#include <QTemporaryDir>
#include <QTest>

using namespace ClaimLedger;

class TestMimeType : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void projectFilesAreRecognised();
};

void TestMimeType::projectFilesAreRecognised()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("checks.claimledger"));
    QVERIFY(Project::create(path).ok());
    QMimeDatabase mimes;
    QCOMPARE(mimes.mimeTypeForFile(path).name(), QStringLiteral("application/x-claimledger"));
    QVERIFY(mimes.mimeTypeForFile(path).inherits(QStringLiteral("application/vnd.sqlite3")));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray header = file.read(512);
    QCOMPARE(mimes.mimeTypeForData(header).name(), QStringLiteral("application/x-claimledger"));
    // Another SQLite file is not a project.
    QByteArray other = header;
    other[68] = 0;
    QVERIFY(mimes.mimeTypeForData(other).name() != QStringLiteral("application/x-claimledger"));
}

QTEST_GUILESS_MAIN(TestMimeType)
#include "tst_mimetype.moc"
