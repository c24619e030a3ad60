#include "project.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace ClaimLedger;

namespace {

struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
};

CliRun runCli(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(CLAIMLEDGER_CLI), arguments);
    CliRun run;
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit)
        return run;
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void helpAndVersion();
    void usageErrorsExitWithTwo_data();
    void usageErrorsExitWithTwo();
    void exportsAProjectMadeInTheTest();
    void exportOfOneArticleAndToAFile();
    void newImportExport();
    void failuresExitWithOneAndSayWhy_data();
    void failuresExitWithOneAndSayWhy();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCli::helpAndVersion()
{
    const CliRun help = runCli({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.startsWith(QStringLiteral("Usage: claimledger-cli COMMAND")));
    QVERIFY(help.out.contains(QStringLiteral("export PROJECT")));
    QVERIFY(help.err.isEmpty());

    const CliRun version = runCli({QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith(QStringLiteral("claimledger-cli ")));
    QVERIFY(version.out.trimmed().section(u' ', 1).contains(u'.'));

    const CliRun exportHelp = runCli({QStringLiteral("export"), QStringLiteral("--help")});
    QCOMPARE(exportHelp.exitCode, 0);
    QVERIFY(exportHelp.out.startsWith(QStringLiteral("Usage: claimledger-cli export [options] PROJECT")));
    QVERIFY(exportHelp.out.contains(QStringLiteral("--format")));
}

void TestCli::usageErrorsExitWithTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    QTest::newRow("nothing") << QStringList{} << "Usage:";
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << "unknown command 'frobnicate'";
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--frob")} << "unknown option '--frob'";
    QTest::newRow("missing project") << QStringList{QStringLiteral("export")} << "needs more arguments";
    QTest::newRow("unknown format") << QStringList{QStringLiteral("export"), QStringLiteral("p.claimledger"),
                                                   QStringLiteral("--format"), QStringLiteral("docx")}
                                    << "unknown format 'docx'";
    QTest::newRow("bad article id") << QStringList{QStringLiteral("export"), QStringLiteral("p.claimledger"),
                                                   QStringLiteral("--article"), QStringLiteral("first")}
                                    << "--article takes an article number";
    QTest::newRow("unknown command option")
        << QStringList{QStringLiteral("new"), QStringLiteral("--colour")} << "Unknown option 'colour'";
}

void TestCli::usageErrorsExitWithTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    const CliRun run = runCli(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains(expected), qPrintable(run.err));
}

void TestCli::exportsAProjectMadeInTheTest()
{
    const QString path = m_dir->filePath(QStringLiteral("Stargate review.claimledger"));
    {
        auto project = Project::create(path);
        QVERIFY(project.ok());
        Article article;
        article.title = QStringLiteral("머스크, 스타게이트에 회의적");
        article.text
            = QStringLiteral("머스크는 \"그들은 실제로는 돈이 없다\"라고 말했다. 5천억달러(약 710조원) 규모다.");
        auto stored = project.value()->addArticle(article, article.text.toUtf8());
        QVERIFY(stored.ok());
        Claim quote;
        quote.articleId = stored->id;
        quote.start = article.text.indexOf(u'"');
        quote.end = article.text.indexOf(QStringLiteral("라고"));
        quote.quote = TextQuoteSelector::fromSpan(article.text, quote.start, quote.end);
        quote.kind = ClaimKind::Quote;
        quote.claimant = QStringLiteral("일론 머스크");
        quote.verdict = Verdict::MostlyFalse;
        quote.rationale = QStringLiteral("SoftBank alone holds more than that.");
        QVERIFY(project.value()->addClaim(quote).ok());
    }

    const CliRun run = runCli({QStringLiteral("export"), path, QStringLiteral("--format"), QStringLiteral("md")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.err.isEmpty());
    QVERIFY(run.out.startsWith(QStringLiteral("# Stargate review\n")));
    QVERIFY(run.out.contains(QStringLiteral("## 머스크, 스타게이트에 회의적")));
    QVERIFY(run.out.contains(QStringLiteral("1. **Mostly false** · Quote · 일론 머스크")));
    QVERIFY(run.out.contains(QStringLiteral("   > \"그들은 실제로는 돈이 없다\"")));
    QVERIFY(run.out.contains(QStringLiteral("Rationale: SoftBank alone holds more than that.")));
    QVERIFY(run.out.contains(QStringLiteral("| Mostly false | 1 |")));
}

void TestCli::exportOfOneArticleAndToAFile()
{
    const QString path = m_dir->filePath(QStringLiteral("two.claimledger"));
    {
        auto project = Project::create(path);
        QVERIFY(project.ok());
        for (const QString &title : {QStringLiteral("First article"), QStringLiteral("Second article")}) {
            Article article;
            article.title = title;
            article.text = title + QStringLiteral(" body");
            QVERIFY(project.value()->addArticle(article, {}).ok());
        }
    }
    const QString out = m_dir->filePath(QStringLiteral("report.md"));
    const CliRun run = runCli(
        {QStringLiteral("export"), path, QStringLiteral("--article"), QStringLiteral("2"), QStringLiteral("-o"), out});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.isEmpty());
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString report = QString::fromUtf8(file.readAll());
    QVERIFY(report.contains(QStringLiteral("## Second article")));
    QVERIFY(!report.contains(QStringLiteral("First article")));

    const CliRun missing = runCli({QStringLiteral("export"), path, QStringLiteral("--article"), QStringLiteral("9")});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.err.contains(QStringLiteral("no article 9")));
}

void TestCli::newImportExport()
{
    const QString path = m_dir->filePath(QStringLiteral("cli.claimledger"));
    const CliRun created = runCli({QStringLiteral("new"), path});
    QCOMPARE(created.exitCode, 0);
    QVERIFY(QFile::exists(path));

    const QString article = m_dir->filePath(QStringLiteral("article.txt"));
    QFile file(article);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Stargate doubts\r\n\r\nMusk said they do not have the money.\r\n");
    file.close();
    const QString empty = m_dir->filePath(QStringLiteral("empty.txt"));
    QFile(empty).open(QIODevice::WriteOnly);

    const CliRun imported = runCli({QStringLiteral("import"), path, article, empty});
    QCOMPARE(imported.exitCode, 1); // one of the two failed...
    QVERIFY(imported.out.contains(QStringLiteral("as article 1: Stargate doubts")));
    QVERIFY(imported.err.contains(QStringLiteral("empty.txt is empty")));
    auto project = Project::open(path); // ...and the other was imported
    QVERIFY(project.ok());
    QCOMPARE(project.value()->articles()->size(), 1);
    QCOMPARE(project.value()->articles()->constFirst().text,
             QStringLiteral("Stargate doubts\n\nMusk said they do not have the money."));

    const CliRun exported = runCli({QStringLiteral("export"), path});
    QCOMPARE(exported.exitCode, 0);
    QVERIFY(exported.out.contains(QStringLiteral("No claims marked.")));
}

void TestCli::failuresExitWithOneAndSayWhy_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("expected");
    QTest::newRow("export a text file") << "export"
                                        << "notes.txt"
                                        << "not a ClaimLedger project";
    QTest::newRow("export a missing file") << "export"
                                           << "missing.claimledger"
                                           << "does not exist";
    QTest::newRow("new over an existing file") << "new"
                                               << "notes.txt"
                                               << "already exists";
    QTest::newRow("new where nobody may write") << "new"
                                                << "/proc/x.claimledger"
                                                << "Cannot create";
}

void TestCli::failuresExitWithOneAndSayWhy()
{
    QFETCH(QString, command);
    QFETCH(QString, target);
    QFETCH(QString, expected);
    QFile notes(m_dir->filePath(QStringLiteral("notes.txt")));
    QVERIFY(notes.open(QIODevice::WriteOnly));
    notes.write("not a project\n");
    notes.close();
    const QString path = QDir::isAbsolutePath(target) ? target : m_dir->filePath(target);
    const CliRun run = runCli({command, path});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.startsWith(QStringLiteral("claimledger-cli: ")), qPrintable(run.err));
    QVERIFY2(run.err.contains(expected), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
