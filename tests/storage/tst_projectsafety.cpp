// Files from elsewhere: older versions are upgraded after a backup; crafted, damaged
// and unreadable files are refused with a message and never run anything.

#include "project.h"
#include "projectschema.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ClaimLedger;

namespace {

/// Runs SQL on a file through a plain connection, as another program would.
bool tamper(const QString &path, const QStringList &statements)
{
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery query(db);
        for (const QString &statement : statements) {
            if (ok && !query.exec(statement)) {
                qWarning("%s: %s", qPrintable(statement), qPrintable(query.lastError().text()));
                ok = false;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
    return ok;
}

} // namespace

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
