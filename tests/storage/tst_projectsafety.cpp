// Files from elsewhere: older versions are upgraded after a backup; crafted, damaged
// and unreadable files are refused with a message and never run anything.

#include "project.h"
#include "projectschema.h"
#include "tamper.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace ClaimLedger;

class TestProjectSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void olderProjectsAreUpgradedAfterABackup();
    void anUpgradeThatCannotWriteIsRefused();
    void craftedSchemasAreRefused_data();
    void craftedSchemasAreRefused();
    void oddColumnTypesDoNotCrash();
    void tablesDefinedOtherwiseAreRefused();
    void valuesNeverWrittenAreRefusedAndReported_data();
    void valuesNeverWrittenAreRefusedAndReported();
    void olderFormatsCanBeInspectedWithoutUpgrading();
    void aReplacedFileRefusesEditsAndKeepsItsContent();
    void aDeletedFileRefusesEdits();
    void hugeBlobsAreRead();
    void truncatedFilesAreRefused();
    void unreadableFilesAreRefused();

private:
    QString makeProject(const QString &name);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestProjectSafety::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestProjectSafety::makeProject(const QString &name)
{
    const QString path = m_dir->filePath(name);
    auto project = Project::create(path);
    if (!project)
        return {};
    Article article;
    article.title = QStringLiteral("기사");
    article.text = QStringLiteral("5천억달러(약 710조원) 규모의 구상");
    auto stored = project.value()->addArticle(article, article.text.toUtf8());
    Claim claim;
    claim.articleId = stored->id;
    claim.start = 0;
    claim.end = 5;
    (void)project.value()->addClaim(claim);
    return path;
}

void TestProjectSafety::olderProjectsAreUpgradedAfterABackup()
{
    // tests/data/project-v1.claimledger was written by format 1 (the sample project and a
    // second article).
    const QString fixture = QStringLiteral(CLAIMLEDGER_TESTS_DIR "/data/project-v1.claimledger");
    const QString path = m_dir->filePath(QStringLiteral("old.claimledger"));
    QVERIFY(QFile::copy(fixture, path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    QFile original(fixture);
    QVERIFY(original.open(QIODevice::ReadOnly));
    const QByteArray originalBytes = original.readAll();

    auto project = Project::open(path);
    QVERIFY2(project.ok(), qPrintable(project.error()));
    QVERIFY(!project.value()->isReadOnly());
    const QString backup = project.value()->backupPath();
    QCOMPARE(backup, path + QStringLiteral(".backup-format-1"));
    QFile backupFile(backup);
    QVERIFY(backupFile.open(QIODevice::ReadOnly));
    QCOMPARE(backupFile.readAll(), originalBytes);

    auto info = project.value()->info(true);
    QVERIFY(info.ok());
    QCOMPARE(info->schemaVersion, ProjectSchema::CurrentVersion);
    QCOMPARE(info->integrity, QStringLiteral("ok"));
    QCOMPARE(info->counts.value(QStringLiteral("article")), 2);
    QCOMPARE(info->counts.value(QStringLiteral("article_version")), 2);
    QCOMPARE(info->counts.value(QStringLiteral("claim")), 4);

    const auto articles = project.value()->articles();
    QCOMPARE(articles->constFirst().version, 1);
    QVERIFY(articles->constFirst().text.contains(QStringLiteral("3천억달러(약 426조원)")));
    for (const Claim &claim : project.value()->claims().value()) {
        QCOMPARE(claim.versionId, articles->constFirst().versionId);
        QCOMPARE(articles->constFirst().text.mid(claim.start, claim.length()), claim.quote.exact);
    }
    // What format 1 held is searchable after the upgrade.
    QVERIFY(!project.value()->search(QStringLiteral("배터리"))->isEmpty());
    // And the upgraded file opens again without another upgrade.
    project.value().reset();
    auto again = Project::open(path);
    QVERIFY(again.ok());
    QVERIFY(again.value()->backupPath().isEmpty());
}

void TestProjectSafety::anUpgradeThatCannotWriteIsRefused()
{
    const QString path = m_dir->filePath(QStringLiteral("locked-old.claimledger"));
    QVERIFY(QFile::copy(QStringLiteral(CLAIMLEDGER_TESTS_DIR "/data/project-v1.claimledger"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    // Hold the write lock as another window would.
    const QFileInfo info(path);
    QLockFile other(info.absolutePath() + QStringLiteral("/.") + info.fileName() + QStringLiteral(".lock"));
    QVERIFY(other.tryLock(0));
    auto project = Project::open(path);
    QVERIFY(!project.ok());
    QVERIFY2(project.error().contains(QStringLiteral("older version")), qPrintable(project.error()));
    QVERIFY(!QFile::exists(path + QStringLiteral(".backup-format-1")));
}

void TestProjectSafety::craftedSchemasAreRefused_data()
{
    QTest::addColumn<QStringList>("statements");
    QTest::addColumn<QString>("expected");
    QTest::newRow("trigger") << QStringList{QStringLiteral(
        "CREATE TRIGGER wipe AFTER INSERT ON claim BEGIN DELETE FROM article; END")}
                             << "trigger “wipe”";
    // '_' is a LIKE wildcard: a check written as NOT LIKE 'sqlite_%' lets this one in.
    QTest::newRow("trigger named like SQLite's own")
        << QStringList{QStringLiteral("CREATE TRIGGER sqliteXevil AFTER UPDATE ON claim BEGIN "
                                      "UPDATE claim SET verdict = 'false'; DELETE FROM evidence; END")}
        << "trigger “sqliteXevil”";
    // A name SQLite reserves for itself, which only writable_schema can plant.
    QTest::newRow("trigger with SQLite's prefix")
        << QStringList{QStringLiteral("PRAGMA writable_schema = ON"),
                       QStringLiteral("INSERT INTO sqlite_schema (type, name, tbl_name, rootpage, sql) VALUES "
                                      "('trigger', 'sqlite_evil', 'claim', 0, 'CREATE TRIGGER sqlite_evil AFTER "
                                      "UPDATE ON claim BEGIN UPDATE claim SET verdict = ''false''; END')")}
        << "trigger “sqlite_evil”";
    QTest::newRow("view with SQLite's prefix")
        << QStringList{QStringLiteral("PRAGMA writable_schema = ON"),
                       QStringLiteral("INSERT INTO sqlite_schema (type, name, tbl_name, rootpage, sql) VALUES "
                                      "('view', 'sqlite_spy', 'sqlite_spy', 0, 'CREATE VIEW sqlite_spy AS "
                                      "SELECT 1')")}
        << "view “sqlite_spy”";
    QTest::newRow("index on a foreign table")
        << QStringList{QStringLiteral("CREATE TABLE sqlitex (x)"), QStringLiteral("CREATE INDEX by_x ON sqlitex (x)")}
        << "sqlitex";
    QTest::newRow("view") << QStringList{QStringLiteral("CREATE VIEW spy AS SELECT * FROM claim")} << "view “spy”";
    QTest::newRow("extra table") << QStringList{QStringLiteral("CREATE TABLE payload (x)")} << "table “payload”";
}

void TestProjectSafety::craftedSchemasAreRefused()
{
    QFETCH(QStringList, statements);
    QFETCH(QString, expected);
    const QString path = makeProject(QStringLiteral("crafted.claimledger"));
    QVERIFY(!path.isEmpty());
    QVERIFY(tamper(path, statements));
    auto project = Project::open(path);
    QVERIFY(!project.ok());
    QVERIFY2(project.error().contains(expected), qPrintable(project.error()));
    QVERIFY(project.error().contains(QStringLiteral("nothing in it can run")));
}

void TestProjectSafety::oddColumnTypesDoNotCrash()
{
    // A file whose claim table was rebuilt without STRICT, holding text where numbers go.
    const QString path = makeProject(QStringLiteral("odd.claimledger"));
    QVERIFY(
        tamper(path,
               {QStringLiteral("PRAGMA foreign_keys = OFF"), QStringLiteral("ALTER TABLE claim RENAME TO claim_old"),
                QStringLiteral("CREATE TABLE claim AS SELECT * FROM claim_old"), QStringLiteral("DROP TABLE claim_old"),
                QStringLiteral("UPDATE claim SET start_offset = 'many', end_offset = x'00ff', "
                               "verdict = 42, kind = NULL")}));
    auto project = Project::open(path);
    if (!project.ok())
        return; // refusing is as good as reading, as long as nothing crashed
    auto claims = project.value()->claims();
    QVERIFY(claims.ok());
    QCOMPARE(claims->size(), 1);
    QCOMPARE(claims->constFirst().verdict, Verdict::Unverified); // unknown keys read as the default
    QCOMPARE(claims->constFirst().kind, ClaimKind::Statement);
}

void TestProjectSafety::tablesDefinedOtherwiseAreRefused()
{
    // The claim table rebuilt without its CHECK constraints, then given rows no
    // ClaimLedger would write: the definition alone gives it away.
    const QString path = makeProject(QStringLiteral("rebuilt.claimledger"));
    QVERIFY(
        tamper(path,
               {QStringLiteral("PRAGMA foreign_keys = OFF"), QStringLiteral("ALTER TABLE claim RENAME TO claim_old"),
                QStringLiteral("CREATE TABLE claim (id INTEGER PRIMARY KEY, uuid TEXT, article_id INTEGER, "
                               "version_id INTEGER, start_offset INTEGER, end_offset INTEGER, exact TEXT, "
                               "prefix TEXT, suffix TEXT, kind TEXT, verdict TEXT, claimant TEXT, "
                               "claimant_id INTEGER, wording TEXT, rationale TEXT, priority INTEGER, "
                               "created_at TEXT, modified_at TEXT) STRICT"),
                QStringLiteral("INSERT INTO claim SELECT * FROM claim_old"), QStringLiteral("DROP TABLE claim_old"),
                QStringLiteral("CREATE INDEX claim_by_article ON claim (article_id, start_offset)"),
                QStringLiteral("CREATE INDEX claim_by_version ON claim (version_id)"),
                QStringLiteral("CREATE INDEX claim_by_verdict ON claim (verdict)"),
                QStringLiteral("CREATE INDEX claim_by_claimant ON claim (claimant_id)")}));
    auto project = Project::open(path);
    QVERIFY(!project.ok());
    QVERIFY2(project.error().contains(QStringLiteral("” is defined otherwise than ClaimLedger defines it")),
             qPrintable(project.error()));
}

void TestProjectSafety::valuesNeverWrittenAreRefusedAndReported_data()
{
    QTest::addColumn<QStringList>("statements");
    QTest::addColumn<QString>("expected");
    QTest::newRow("negative offsets") << QStringList{QStringLiteral("PRAGMA ignore_check_constraints = ON"),
                                                     QStringLiteral("UPDATE claim SET start_offset = -5")}
                                      << "claims with impossible offsets: 1";
    QTest::newRow("empty span") << QStringList{QStringLiteral("PRAGMA ignore_check_constraints = ON"),
                                               QStringLiteral("UPDATE claim SET end_offset = start_offset")}
                                << "claims with impossible offsets: 1";
    QTest::newRow("unknown verdict") << QStringList{QStringLiteral("UPDATE claim SET verdict = 'falsified'")}
                                     << "claims with an unknown verdict or kind: 1";
    QTest::newRow("dangling version") << QStringList{QStringLiteral("PRAGMA foreign_keys = OFF"),
                                                     QStringLiteral("UPDATE claim SET version_id = 99")}
                                      << "claims on an article version that is not there: 1";
    QTest::newRow("script as a hash")
        << QStringList{QStringLiteral("INSERT INTO source (uuid, kind, title) VALUES ('s', 'web', 'Source')"),
                       QStringLiteral("INSERT INTO snapshot (uuid, source_id, bytes, fetched_at, sha256) VALUES "
                                      "('n', 1, x'00', '2025-01-22T00:00:00Z', '<script>alert(1)</script>')")}
        << "snapshots whose SHA-256 is not 64 hexadecimal digits: 1";
}

void TestProjectSafety::valuesNeverWrittenAreRefusedAndReported()
{
    QFETCH(QStringList, statements);
    QFETCH(QString, expected);
    const QString path = makeProject(QStringLiteral("values.claimledger"));
    QVERIFY(tamper(path, statements));
    // Refused as damaged by SQLite's own check, or by ClaimLedger's.
    auto project = Project::open(path);
    QVERIFY(!project.ok());
    QVERIFY2(project.error().contains(expected) || project.error().contains(QStringLiteral("CHECK constraint failed")),
             qPrintable(project.error()));

    // What `check` sees: the file opens to be inspected, and the check names the problem.
    auto inspected = Project::open(path, Project::OpenMode::Inspect);
    QVERIFY2(inspected.ok(), qPrintable(inspected.error()));
    auto info = inspected.value()->info(true);
    QVERIFY(info.ok());
    QVERIFY2(info->integrity.contains(expected), qPrintable(info->integrity));
}

void TestProjectSafety::olderFormatsCanBeInspectedWithoutUpgrading()
{
    const QString path = m_dir->filePath(QStringLiteral("old.claimledger"));
    QVERIFY(QFile::copy(QStringLiteral(CLAIMLEDGER_TESTS_DIR "/data/project-v1.claimledger"), path));
    QFile original(path);
    QVERIFY(original.open(QIODevice::ReadOnly));
    const QByteArray before = original.readAll();
    original.close();

    auto project = Project::open(path, Project::OpenMode::Inspect);
    QVERIFY2(project.ok(), qPrintable(project.error()));
    auto info = project.value()->info(true);
    QVERIFY2(info.ok(), qPrintable(info.error()));
    QCOMPARE(info->schemaVersion, 1);
    QCOMPARE(info->integrity, QStringLiteral("ok"));
    QVERIFY(info->counts.value(QStringLiteral("claim")) > 0);
    project.value().reset();
    QVERIFY(original.open(QIODevice::ReadOnly));
    QCOMPARE(original.readAll(), before);
    QVERIFY(!QFile::exists(path + QStringLiteral(".backup-format-1")));
}

void TestProjectSafety::aReplacedFileRefusesEditsAndKeepsItsContent()
{
    const QString path = makeProject(QStringLiteral("replaced.claimledger"));
    const QString other = makeProject(QStringLiteral("other.claimledger"));
    auto project = Project::open(path);
    QVERIFY(project.ok());
    const qint64 articleId = project.value()->articles()->constFirst().id;
    QVERIFY(project.value()->fileIsStillThere());

    // mv other.claimledger replaced.claimledger, while the project is open.
    QVERIFY(::rename(QFile::encodeName(other).constData(), QFile::encodeName(path).constData()) == 0);
    QVERIFY(!project.value()->fileIsStillThere());
    Claim claim;
    claim.articleId = articleId;
    claim.start = 0;
    claim.end = 3;
    auto added = project.value()->addClaim(claim);
    QVERIFY(!added.ok());
    QVERIFY2(added.error().contains(QStringLiteral("was replaced by another file")), qPrintable(added.error()));

    // What was open is still there to be saved elsewhere.
    const QString rescued = m_dir->filePath(QStringLiteral("rescued.claimledger"));
    QVERIFY(project.value()->saveCopy(rescued).ok());
    auto copy = Project::open(rescued);
    QVERIFY2(copy.ok(), qPrintable(copy.error()));
    QCOMPARE(copy.value()->claims()->size(), 1);
}

void TestProjectSafety::aDeletedFileRefusesEdits()
{
    const QString path = makeProject(QStringLiteral("deleted.claimledger"));
    auto project = Project::open(path);
    QVERIFY(project.ok());
    QVERIFY(QFile::remove(path));
    auto removed = project.value()->removeClaim(project.value()->claims()->constFirst().id);
    QVERIFY(!removed.ok());
    QVERIFY2(removed.error().contains(QStringLiteral("deleted or moved away")), qPrintable(removed.error()));
}

void TestProjectSafety::hugeBlobsAreRead()
{
    const QString path = makeProject(QStringLiteral("blob.claimledger"));
    QVERIFY(tamper(path, {QStringLiteral("UPDATE article_version SET original = zeroblob(24 * 1024 * 1024)")}));
    auto project = Project::open(path);
    QVERIFY2(project.ok(), qPrintable(project.error()));
    const auto articles = project.value()->articles();
    QVERIFY(articles.ok());
    auto original = project.value()->articleOriginal(articles->constFirst().id);
    QVERIFY(original.ok());
    QCOMPARE(original->size(), 24 * 1024 * 1024);
}

void TestProjectSafety::truncatedFilesAreRefused()
{
    const QString path = makeProject(QStringLiteral("truncated.claimledger"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.size() > 8192);
    QVERIFY(file.resize(file.size() / 2));
    file.close();
    auto project = Project::open(path);
    QVERIFY(!project.ok());
    QVERIFY2(project.error().contains(QStringLiteral("damaged"))
                 || project.error().contains(QStringLiteral("Cannot open")),
             qPrintable(project.error()));
}

void TestProjectSafety::unreadableFilesAreRefused()
{
    const QString path = makeProject(QStringLiteral("secret.claimledger"));
    QVERIFY(QFile::setPermissions(path, QFileDevice::Permissions()));
    QFile probe(path);
    if (probe.open(QIODevice::ReadOnly))
        QSKIP("this user (root) can read a file without read permission");
    auto project = Project::open(path);
    QVERIFY(!project.ok());
    QVERIFY2(project.error().contains(QStringLiteral("Cannot read")), qPrintable(project.error()));
}

QTEST_GUILESS_MAIN(TestProjectSafety)
#include "tst_projectsafety.moc"
