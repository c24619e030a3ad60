#include "project.h"
#include "projectschema.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <QtEndian>

using namespace ClaimLedger;

namespace {

Article makeArticle(const QString &text)
{
    Article article;
    article.title = QStringLiteral("스타게이트 구상에 회의적");
    article.text = text;
    article.source = QStringLiteral("stargate.txt");
    article.encoding = QStringLiteral("UTF-8");
    article.language = QStringLiteral("ko");
    return article;
}

Claim makeClaim(const Article &article, qsizetype start, qsizetype end)
{
    Claim claim;
    claim.articleId = article.id;
    claim.start = start;
    claim.end = end;
    claim.quote = TextQuoteSelector::fromSpan(article.text, start, end);
    return claim;
}

/// Writes a SQLite database with the given application id and user version.
void writeDatabase(const QString &path, quint32 applicationId, int userVersion)
{
    const QString name = QStringLiteral("writer");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE t (x)")));
        QVERIFY(query.exec(QStringLiteral("PRAGMA application_id = %1").arg(applicationId)));
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = %1").arg(userVersion)));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

class TestProject : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void roundTripSurvivesReopening();
    void fileHasOurApplicationIdAndVersion();
    void noSideFilesRemainAfterClose();
    void everyEditIsLogged();
    void removedObjectsComeBackUnderTheirIds();
    void removingAnArticleRemovesItsClaims();
    void claimSpanMustLieInsideTheText_data();
    void claimSpanMustLieInsideTheText();
    void createRefusesAnExistingFile();
    void createFailsClearlyWhereItCannotWrite_data();
    void createFailsClearlyWhereItCannotWrite();
    void foreignFilesAreRefused_data();
    void foreignFilesAreRefused();
    void newerSchemaOpensReadOnly();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString path(const QString &name) const { return m_dir->filePath(name); }
};

void TestProject::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestProject::roundTripSurvivesReopening()
{
    const QString file = path(QStringLiteral("round.claimledger"));
    const QString text
        = QStringLiteral("머스크 CEO는 \"그들은 실제로는 돈이 없다\"고 말했다.\n\n5천억달러(약 710조원) 규모 😀 투자");
    const QByteArray original = text.toUtf8() + QByteArray("\r\n");
    Article storedArticle;
    QList<Claim> storedClaims;
    {
        auto project = Project::create(file);
        QVERIFY2(project.ok(), qPrintable(project.error()));
        auto article = project.value()->addArticle(makeArticle(text), original);
        QVERIFY2(article.ok(), qPrintable(article.error()));
        storedArticle = article.value();
        QVERIFY(storedArticle.id > 0);
        QVERIFY(!storedArticle.uuid.isNull());

        Claim quote = makeClaim(storedArticle, 9, 25);
        quote.kind = ClaimKind::Quote;
        quote.claimant = QStringLiteral("일론 머스크");
        quote.verdict = Verdict::Misleading;
        quote.rationale = QStringLiteral("Filings show\nenough cash.");
        quote.priority = 2;
        Claim figure = makeClaim(storedArticle, text.indexOf(u'5'), text.indexOf(QStringLiteral("😀")) + 2);
        figure.kind = ClaimKind::Figure;
        for (const Claim &claim : {quote, figure}) {
            auto added = project.value()->addClaim(claim);
            QVERIFY2(added.ok(), qPrintable(added.error()));
            storedClaims.append(added.value());
        }
        storedClaims[1].verdict = Verdict::True;
        QVERIFY(project.value()->updateClaim(storedClaims[1]).ok());
    }

    auto reopened = Project::open(file);
    QVERIFY2(reopened.ok(), qPrintable(reopened.error()));
    QVERIFY(!reopened.value()->isReadOnly());
    auto articles = reopened.value()->articles();
    QVERIFY(articles.ok());
    QCOMPARE(articles->size(), 1);
    QCOMPARE(articles->constFirst(), storedArticle);
    // Without structure from an importer, the stored one is the text's paragraphs.
    QCOMPARE(storedArticle.structure.size(), 2);
    QCOMPARE(storedArticle.structure.at(1).start, text.indexOf(QStringLiteral("\n\n")) + 2);
    QCOMPARE(reopened.value()->articleOriginal(storedArticle.id).value(), original);
    auto claims = reopened.value()->claims();
    QVERIFY(claims.ok());
    QCOMPARE(claims.value(), storedClaims);
    QCOMPARE(claims->at(0).quote.exact, QStringLiteral("\"그들은 실제로는 돈이 없다\""));
    QCOMPARE(claims->at(1).verdict, Verdict::True);
    QCOMPARE(reopened.value()->claim(storedClaims[0].id).value(), storedClaims[0]);
}

void TestProject::fileHasOurApplicationIdAndVersion()
{
    const QString file = path(QStringLiteral("id.claimledger"));
    QVERIFY(Project::create(file).ok());
    QFile raw(file);
    QVERIFY(raw.open(QIODevice::ReadOnly));
    const QByteArray header = raw.read(100);
    QVERIFY(header.startsWith("SQLite format 3"));
    QCOMPARE(header.mid(68, 4), QByteArray("CLML"));
    QCOMPARE(qFromBigEndian<quint32>(header.constData() + 60), quint32(ProjectSchema::CurrentVersion));
}

void TestProject::noSideFilesRemainAfterClose()
{
    const QString file = path(QStringLiteral("tidy.claimledger"));
    {
        auto project = Project::create(file);
        QVERIFY(project.ok());
        auto article = project.value()->addArticle(makeArticle(QStringLiteral("text of the article")), {});
        QVERIFY(article.ok());
        QVERIFY(project.value()->addClaim(makeClaim(article.value(), 0, 4)).ok());
    }
    const QStringList entries = QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    QCOMPARE(entries, QStringList{QStringLiteral("tidy.claimledger")});
}

void TestProject::everyEditIsLogged()
{
    auto project = Project::create(path(QStringLiteral("log.claimledger")));
    QVERIFY(project.ok());
    project.value()->setAnalystName(QStringLiteral("Kim Analyst"));
    QCOMPARE(project.value()->changeCount().value(), 0);
    auto article = project.value()->addArticle(makeArticle(QStringLiteral("Some claim here.")), {});
    QVERIFY(article.ok());
    auto claim = project.value()->addClaim(makeClaim(article.value(), 5, 10));
    QVERIFY(claim.ok());
    Claim changed = claim.value();
    changed.verdict = Verdict::False;
    QVERIFY(project.value()->updateClaim(changed).ok());
    QVERIFY(project.value()->removeClaim(changed.id).ok());
    QCOMPARE(project.value()->changeCount().value(), 4);

    // A refused edit leaves no trace in the log.
    QVERIFY(!project.value()->removeClaim(changed.id).ok());
    QCOMPARE(project.value()->changeCount().value(), 4);
}

void TestProject::removedObjectsComeBackUnderTheirIds()
{
    auto project = Project::create(path(QStringLiteral("undo.claimledger")));
    QVERIFY(project.ok());
    auto article = project.value()->addArticle(makeArticle(QStringLiteral("One two three four.")), "raw");
    QVERIFY(article.ok());
    auto first = project.value()->addClaim(makeClaim(article.value(), 0, 3));
    auto second = project.value()->addClaim(makeClaim(article.value(), 4, 7));
    QVERIFY(first.ok() && second.ok());

    QVERIFY(project.value()->removeClaim(first->id).ok());
    QVERIFY(!project.value()->claim(first->id).ok());
    auto restored = project.value()->addClaim(first.value());
    QVERIFY2(restored.ok(), qPrintable(restored.error()));
    QCOMPARE(restored.value(), first.value());
    QCOMPARE(project.value()->claim(first->id).value(), first.value());

    // The same id cannot be taken twice.
    QVERIFY(!project.value()->addClaim(second.value()).ok());
}

void TestProject::removingAnArticleRemovesItsClaims()
{
    auto project = Project::create(path(QStringLiteral("cascade.claimledger")));
    QVERIFY(project.ok());
    auto kept = project.value()->addArticle(makeArticle(QStringLiteral("Kept article.")), {});
    auto removed = project.value()->addArticle(makeArticle(QStringLiteral("Removed article.")), {});
    QVERIFY(kept.ok() && removed.ok());
    QVERIFY(project.value()->addClaim(makeClaim(kept.value(), 0, 4)).ok());
    QVERIFY(project.value()->addClaim(makeClaim(removed.value(), 0, 7)).ok());

    QVERIFY(project.value()->removeArticle(removed->id).ok());
    QCOMPARE(project.value()->articles()->size(), 1);
    const auto claims = project.value()->claims();
    QCOMPARE(claims->size(), 1);
    QCOMPARE(claims->constFirst().articleId, kept->id);
    QVERIFY(project.value()->claimsForArticle(removed->id)->isEmpty());
}

void TestProject::claimSpanMustLieInsideTheText_data()
{
    QTest::addColumn<int>("start");
    QTest::addColumn<int>("end");
    QTest::newRow("empty") << 3 << 3;
    QTest::newRow("reversed") << 5 << 2;
    QTest::newRow("negative") << -1 << 2;
    QTest::newRow("past the end") << 2 << 99;
}

void TestProject::claimSpanMustLieInsideTheText()
{
    QFETCH(int, start);
    QFETCH(int, end);
    auto project = Project::create(path(QStringLiteral("span.claimledger")));
    QVERIFY(project.ok());
    auto article = project.value()->addArticle(makeArticle(QStringLiteral("short text")), {});
    QVERIFY(article.ok());
    Claim claim;
    claim.articleId = article->id;
    claim.start = start;
    claim.end = end;
    auto added = project.value()->addClaim(claim);
    QVERIFY(!added.ok());
    QVERIFY(added.error().contains(QStringLiteral("inside the article")));
    QVERIFY(project.value()->claims()->isEmpty());
}

void TestProject::createRefusesAnExistingFile()
{
    const QString file = path(QStringLiteral("existing.claimledger"));
    QFile other(file);
    QVERIFY(other.open(QIODevice::WriteOnly));
    other.write("precious data");
    other.close();

    auto project = Project::create(file);
    QVERIFY(!project.ok());
    QVERIFY(project.error().contains(QStringLiteral("already exists")));
    QVERIFY(other.open(QIODevice::ReadOnly));
    QCOMPARE(other.readAll(), QByteArray("precious data"));
}

void TestProject::createFailsClearlyWhereItCannotWrite_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected");
    QTest::newRow("missing folder") << QStringLiteral("no/such/folder/p.claimledger") << "does not exist";
    // Nobody, root included, may create files in /proc.
    QTest::newRow("folder without write permission") << QStringLiteral("/proc/p.claimledger") << "Cannot create";
}

void TestProject::createFailsClearlyWhereItCannotWrite()
{
    QFETCH(QString, file);
    QFETCH(QString, expected);
    const QString target = QDir::isAbsolutePath(file) ? file : path(file);
    auto project = Project::create(target);
    QVERIFY(!project.ok());
    QVERIFY2(project.error().contains(expected), qPrintable(project.error()));
    QVERIFY(!QFile::exists(target));
}

void TestProject::foreignFilesAreRefused_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected");
    QTest::newRow("missing") << "missing"
                             << "does not exist";
    QTest::newRow("folder") << "folder"
                            << "is a folder";
    QTest::newRow("zero bytes") << "empty"
                                << "is empty";
    QTest::newRow("text file") << "text"
                               << "not a database file";
    QTest::newRow("truncated header") << "truncated"
                                      << "not a database file";
    QTest::newRow("another application's database") << "foreign"
                                                    << "not a ClaimLedger project";
}

void TestProject::foreignFilesAreRefused()
{
    QFETCH(QString, kind);
    QFETCH(QString, expected);
    const QString file = path(QStringLiteral("input.claimledger"));
    if (kind == QLatin1StringView("folder")) {
        QVERIFY(QDir().mkpath(file));
    } else if (kind == QLatin1StringView("foreign")) {
        writeDatabase(file, 0x12345678, 1);
    } else if (kind != QLatin1StringView("missing")) {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        if (kind == QLatin1StringView("text"))
            out.write("Just some notes, not a project at all.\n");
        else if (kind == QLatin1StringView("truncated"))
            out.write(QByteArray("SQLite format 3\0", 16) + QByteArray(20, '\0'));
    }

    auto project = Project::open(file);
    QVERIFY(!project.ok());
    QVERIFY2(project.error().contains(expected), qPrintable(project.error()));
    if (kind == QLatin1StringView("missing"))
        QVERIFY(!QFile::exists(file)); // opening never creates a file
}

void TestProject::newerSchemaOpensReadOnly()
{
    const QString file = path(QStringLiteral("future.claimledger"));
    {
        auto project = Project::create(file);
        QVERIFY(project.ok());
        QVERIFY(project.value()->addArticle(makeArticle(QStringLiteral("From the future.")), {}).ok());
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bump"));
        db.setDatabaseName(file);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = %1").arg(ProjectSchema::CurrentVersion + 1)));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bump"));

    auto project = Project::open(file);
    QVERIFY2(project.ok(), qPrintable(project.error()));
    QVERIFY(project.value()->isReadOnly());
    QVERIFY(project.value()->readOnlyReason().contains(QStringLiteral("newer version")));
    QCOMPARE(project.value()->articles()->size(), 1);
    auto added = project.value()->addArticle(makeArticle(QStringLiteral("refused")), {});
    QVERIFY(!added.ok());
    QVERIFY(added.error().contains(QStringLiteral("cannot be changed")));
}

QTEST_GUILESS_MAIN(TestProject)
#include "tst_project.moc"
