#include "clirun.h"
#include "project.h"
#include "tamper.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace ClaimLedger;

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
    void detectOffsetsPointIntoTheExtractedText();
    void detectPrintsReadableLines();
    void anchorFindsSelectorsInAnEditedArticle();
    void refreshCarriesClaimsToAChangedText();
    void checkAndInfoReportTheProject();
    void checkRefusesDamagedFilesInOneLine();
    void failuresExitWithOneAndSayWhy_data();
    void failuresExitWithOneAndSayWhy();
    void claimsSourcesAndLinks();
    void exportsEveryExchangeFormat();
    void jsonRoundTripThroughTheCommandLine();
    void claimAndLinkRefuseWhatTheyCannotPlace_data();
    void claimAndLinkRefuseWhatTheyCannotPlace();
    void exportNeverOverwritesAProject_data();
    void exportNeverOverwritesAProject();
    void writeErrorsOnStandardOutputFail_data();
    void writeErrorsOnStandardOutputFail();
    void checkReportsOlderFormatsAndStoredValues();
    void checkRollsBackAnInterruptedWrite();

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
    project.value().reset();

    // The same file again: recognised, not duplicated. Changed: a new version.
    const CliRun again = runCli({QStringLiteral("import"), path, article});
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.out.contains(QStringLiteral("already article 1, unchanged")), qPrintable(again.out));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Stargate doubts\n\nMusk said they do not have the money. Altman disagreed.\n");
    file.close();
    const CliRun changed = runCli({QStringLiteral("import"), path, article});
    QCOMPARE(changed.exitCode, 0);
    QVERIFY2(changed.out.contains(QStringLiteral("as version 2 of article 1")), qPrintable(changed.out));
    auto reopened = Project::open(path);
    QCOMPARE(reopened.value()->articles()->size(), 1);
    QCOMPARE(reopened.value()->versionCount(1).value(), 2);

    // A project that does not exist yet is created by import.
    const QString fresh = m_dir->filePath(QStringLiteral("fresh.claimledger"));
    QCOMPARE(runCli({QStringLiteral("import"), fresh, article}).exitCode, 0);
    QVERIFY(QFile::exists(fresh));
}

void TestCli::detectOffsetsPointIntoTheExtractedText()
{
    const QString article = m_dir->filePath(QStringLiteral("musk.txt"));
    QFile file(article);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("\xEF\xBB\xBF\xF0\x9F\x9A\x80 스타게이트\r\n\r\n머스크 CEO는 \"그들은 돈이 없다\"라고 말했다. "
               "5천억달러(약 710조원) 규모다.\r\n");
    file.close();

    const CliRun extracted = runCli({QStringLiteral("extract"), article, QStringLiteral("--json")});
    QCOMPARE(extracted.exitCode, 0);
    const QString text
        = QJsonDocument::fromJson(extracted.out.toUtf8()).object().value(QStringLiteral("text")).toString();
    QVERIFY(text.startsWith(QStringLiteral("🚀 스타게이트\n\n머스크")));

    const CliRun detected = runCli({QStringLiteral("detect"), article, QStringLiteral("--json")});
    QCOMPARE(detected.exitCode, 0);
    QJsonParseError error;
    const QJsonArray candidates = QJsonDocument::fromJson(detected.out.toUtf8(), &error).array();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QSet<QString> kinds;
    for (const QJsonValue &value : candidates) {
        const QJsonObject candidate = value.toObject();
        const int start = candidate.value(QStringLiteral("start")).toInt();
        const int end = candidate.value(QStringLiteral("end")).toInt();
        QCOMPARE(text.mid(start, end - start), candidate.value(QStringLiteral("text")).toString());
        kinds.insert(candidate.value(QStringLiteral("kind")).toString());
        if (candidate.value(QStringLiteral("text")).toString() == QStringLiteral("5천억달러")) {
            QCOMPARE(candidate.value(QStringLiteral("value")).toString(), QStringLiteral("500000000000"));
            QCOMPARE(candidate.value(QStringLiteral("unit")).toString(), QStringLiteral("USD"));
            QCOMPARE(candidate.value(QStringLiteral("impliedRate")).toString(), QStringLiteral("1420 KRW per USD"));
        }
        if (candidate.value(QStringLiteral("kind")).toString() == QStringLiteral("quote"))
            QCOMPARE(candidate.value(QStringLiteral("speaker")).toString(), QStringLiteral("머스크 CEO"));
    }
    QCOMPARE(kinds, (QSet<QString>{QStringLiteral("figure"), QStringLiteral("quote")}));
}

void TestCli::detectPrintsReadableLines()
{
    const QString article = m_dir->filePath(QStringLiteral("en.txt"));
    QFile file(article);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Nvidia shares rose 2.5% to $147.07 on 22 January.\n");
    file.close();
    const CliRun run = runCli({QStringLiteral("detect"), article});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral("19-23\tfigure\t2.5%\t2.5 percent (exact)")), qPrintable(run.out));
    QVERIFY(run.out.contains(QStringLiteral("$147.07\t147.07 USD (exact)")));

    const CliRun badDate
        = runCli({QStringLiteral("detect"), article, QStringLiteral("--published"), QStringLiteral("soon")});
    QCOMPARE(badDate.exitCode, 2);
    const CliRun missing = runCli({QStringLiteral("detect"), m_dir->filePath(QStringLiteral("none.txt"))});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.err.contains(QStringLiteral("none.txt")));
}

void TestCli::anchorFindsSelectorsInAnEditedArticle()
{
    // A W3C selector list and a Hypothesis-style annotation, made on the first version
    // of an article, found in the edited version: one figure corrected, one sentence
    // removed, one untouched but moved down by a new first line.
    const QString edited = m_dir->filePath(QStringLiteral("edited.txt"));
    QFile file(edited);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Update: the sale price was corrected.\n\n"
               "Yahoo agreed to sell its core business to Verizon for $4.83 billion. "
               "Analysts said the price was lower than expected.\n");
    file.close();
    const QString selectors = m_dir->filePath(QStringLiteral("selectors.json"));
    QFile json(selectors);
    QVERIFY(json.open(QIODevice::WriteOnly));
    json.write(R"([
        [{"type": "TextQuoteSelector", "exact": "to Verizon for $4.8 billion.", "prefix": "sell its core business ",
          "suffix": " The deal ends two decades"},
         {"type": "TextPositionSelector", "start": 30, "end": 58}],
        {"type": "TextQuoteSelector", "exact": "The deal ends two decades of independence for the pioneer.",
         "prefix": "Verizon for $4.8 billion. ", "suffix": " Analysts said"},
        {"target": [{"source": "https://example.com/yahoo", "selector": [
            {"type": "RangeSelector"},
            {"type": "TextQuoteSelector", "exact": "Analysts said the price was lower than expected.",
             "prefix": "for the pioneer. ", "suffix": ""}]}]}
    ])");
    json.close();

    const CliRun run = runCli({QStringLiteral("anchor"), edited, selectors, QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray results = QJsonDocument::fromJson(run.out.toUtf8()).array();
    QCOMPARE(results.size(), 3);
    const QString text = QStringLiteral("Update: the sale price was corrected.\n\nYahoo agreed to sell its core "
                                        "business to Verizon for $4.83 billion. Analysts said the price was lower "
                                        "than expected.");
    const QJsonObject figure = results.at(0).toObject();
    QCOMPARE(figure.value(u"status").toString(), QStringLiteral("changed"));
    QVERIFY(figure.value(u"figure_changed").toBool());
    QCOMPARE(text.mid(figure.value(u"start").toInt(), figure.value(u"end").toInt() - figure.value(u"start").toInt()),
             QStringLiteral("to Verizon for $4.83 billion."));
    QCOMPARE(results.at(1).toObject().value(u"status").toString(), QStringLiteral("orphaned"));
    QVERIFY(!results.at(1).toObject().contains(u"start"));
    const QJsonObject moved = results.at(2).toObject();
    QCOMPARE(moved.value(u"status").toString(), QStringLiteral("exact"));
    QCOMPARE(moved.value(u"start").toInt(), text.indexOf(QStringLiteral("Analysts")));
    QVERIFY(!moved.value(u"review").toBool());

    const CliRun lines = runCli({QStringLiteral("anchor"), edited, selectors});
    QCOMPARE(lines.exitCode, 0);
    QVERIFY2(lines.out.startsWith(QStringLiteral("1\tchanged\t")), qPrintable(lines.out));
    QVERIFY(lines.out.contains(QStringLiteral("\n2\torphaned\t")));

    // A selector file that is not JSON, or an entry without a quote: refused, saying where.
    QVERIFY(json.open(QIODevice::WriteOnly | QIODevice::Truncate));
    json.write(R"([{"type": "TextQuoteSelector", "exact": "Yahoo"}, {"type": "TextPositionSelector", "start": 3}])");
    json.close();
    const CliRun noQuote = runCli({QStringLiteral("anchor"), edited, selectors});
    QCOMPARE(noQuote.exitCode, 1);
    QVERIFY2(noQuote.err.contains(QStringLiteral("Entry 2")), qPrintable(noQuote.err));
    QVERIFY(json.open(QIODevice::WriteOnly | QIODevice::Truncate));
    json.write("[{\"type\": ");
    json.close();
    const CliRun broken = runCli({QStringLiteral("anchor"), edited, selectors});
    QCOMPARE(broken.exitCode, 1);
    QVERIFY(broken.err.contains(QStringLiteral("not JSON")));
    QCOMPARE(runCli({QStringLiteral("anchor"), edited}).exitCode, 2);
}

void TestCli::refreshCarriesClaimsToAChangedText()
{
    const QString project = m_dir->filePath(QStringLiteral("refresh.claimledger"));
    const QString article = m_dir->filePath(QStringLiteral("yahoo.txt"));
    auto writeArticle = [&](const QByteArray &text) {
        QFile file(article);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(text);
    };
    writeArticle("Yahoo agreed to sell its core business to Verizon for $4.8 billion. The deal ends two decades "
                 "of independence.\n\nAnalysts said the price was lower than expected.\n");
    QCOMPARE(runCli({QStringLiteral("import"), project, article}).exitCode, 0);
    QStringList uuids;
    for (const char *quote : {"to Verizon for $4.8 billion.", "The deal ends two decades of independence.",
                              "Analysts said the price was lower than expected."}) {
        const CliRun added = runCli({QStringLiteral("claim"), QStringLiteral("add"), project,
                                     QStringLiteral("--article"), QStringLiteral("1"), QStringLiteral("--quote"),
                                     QString::fromUtf8(quote), QStringLiteral("--verdict"), QStringLiteral("true")});
        QCOMPARE(added.exitCode, 0);
        uuids.append(added.out.trimmed());
    }
    const CliRun same = runCli({QStringLiteral("refresh"), project});
    QCOMPARE(same.exitCode, 0);
    QVERIFY2(same.out.contains(QStringLiteral("unchanged")), qPrintable(same.out));

    // The article is edited quietly: a figure corrected, a sentence dropped, a line on top.
    writeArticle("Update: corrected.\n\nYahoo agreed to sell its core business to Verizon for $4.83 billion.\n\n"
                 "Analysts said the price was lower than expected.\n");
    const CliRun refreshed = runCli({QStringLiteral("refresh"), project, QStringLiteral("--json")});
    QCOMPARE(refreshed.exitCode, 3); // a claim was orphaned
    const QJsonObject entry = QJsonDocument::fromJson(refreshed.out.toUtf8()).array().at(0).toObject();
    QCOMPARE(entry.value(u"status").toString(), QStringLiteral("new_version"));
    QCOMPARE(entry.value(u"version").toInt(), 2);
    const QJsonArray claims = entry.value(u"claims").toArray();
    QCOMPARE(claims.size(), 3);
    QHash<QString, QJsonObject> byClaim;
    for (const QJsonValue &value : claims)
        byClaim.insert(value.toObject().value(u"claim").toString(), value.toObject());
    QCOMPARE(byClaim.value(uuids.at(0)).value(u"outcome").toString(), QStringLiteral("figure_changed"));
    QCOMPARE(byClaim.value(uuids.at(0)).value(u"new_text").toString(), QStringLiteral("to Verizon for $4.83 billion."));
    QCOMPARE(byClaim.value(uuids.at(1)).value(u"outcome").toString(), QStringLiteral("orphaned"));
    QCOMPARE(byClaim.value(uuids.at(2)).value(u"outcome").toString(), QStringLiteral("unchanged"));

    // The carried claims are on the new text with their verdicts; the orphan keeps its old words.
    const CliRun listed = runCli({QStringLiteral("claim"), QStringLiteral("list"), project, QStringLiteral("--json")});
    QCOMPARE(listed.exitCode, 0);
    QVERIFY2(listed.out.contains(QStringLiteral("to Verizon for $4.83 billion.")), qPrintable(listed.out));
    QVERIFY(listed.out.contains(QStringLiteral("The deal ends two decades of independence.")));
    QCOMPARE(listed.out.count(QStringLiteral("\"true\"")), 3);

    // The diff between the versions marks the words and the figure that changed.
    const CliRun diff = runCli({QStringLiteral("diff"), project, QStringLiteral("--article"), QStringLiteral("1")});
    QCOMPARE(diff.exitCode, 0);
    QVERIFY2(diff.out.contains(QStringLiteral("Verizon for $[-4.8-]{+4.83+} billion.")), qPrintable(diff.out));
    QVERIFY(diff.out.contains(QStringLiteral("[- The deal ends two decades of independence.-]")));
    QVERIFY(diff.out.contains(QStringLiteral("4.8 → 4.83")));
    QCOMPARE(runCli({QStringLiteral("diff"), project, QStringLiteral("--article"), QStringLiteral("1"),
                     QStringLiteral("--from"), QStringLiteral("3")})
                 .exitCode,
             2);
    QCOMPARE(runCli({QStringLiteral("diff"), project}).exitCode, 2);

    // The report names the version each claim was checked against and lists the figure
    // that changed between the versions.
    const CliRun report = runCli({QStringLiteral("export"), project});
    QCOMPARE(report.exitCode, 0);
    QVERIFY2(report.out.contains(QStringLiteral("- version 1 → 2: 4.8 → 4.83")), qPrintable(report.out));
    QCOMPARE(report.out.count(QStringLiteral("Checked against version 2 of ")), 2);
    QCOMPARE(report.out.count(QStringLiteral("Checked against version 1 of ")), 1);
    const CliRun csv = runCli({QStringLiteral("export"), project, QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(csv.exitCode, 0);
    QVERIFY(csv.out.startsWith(QStringLiteral("article_uuid,")));
    QVERIFY(csv.out.section(QStringLiteral("\r\n"), 0, 0).endsWith(QStringLiteral(",version,version_sha256")));
    QCOMPARE(csv.out.count(QRegularExpression(QStringLiteral(",2,[0-9a-f]{64}\r\n"))), 2);
    QCOMPARE(csv.out.count(QRegularExpression(QStringLiteral(",1,[0-9a-f]{64}\r\n"))), 1);

    QCOMPARE(runCli({QStringLiteral("refresh"), project}).exitCode, 0); // nothing new since
    QCOMPARE(runCli({QStringLiteral("refresh"), project, QStringLiteral("--file"), article}).exitCode, 2);
    const CliRun missing = runCli({QStringLiteral("refresh"), project, QStringLiteral("--article"), QStringLiteral("1"),
                                   QStringLiteral("--file"), m_dir->filePath(QStringLiteral("gone.txt"))});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.out.contains(QStringLiteral("gone.txt")) || missing.err.contains(QStringLiteral("gone.txt")));
}

void TestCli::checkAndInfoReportTheProject()
{
    const QString path = m_dir->filePath(QStringLiteral("checked.claimledger"));
    QCOMPARE(runCli({QStringLiteral("sample"), path}).exitCode, 0);
    const CliRun check = runCli({QStringLiteral("check"), path});
    QCOMPARE(check.exitCode, 0);
    QVERIFY(check.out.contains(QStringLiteral("Format: 2")));
    QVERIFY(check.out.contains(QStringLiteral("claim: 4")));
    QVERIFY(check.out.contains(QStringLiteral("Integrity: ok")));

    const CliRun info = runCli({QStringLiteral("info"), path, QStringLiteral("--json")});
    QCOMPARE(info.exitCode, 0);
    const QJsonObject object = QJsonDocument::fromJson(info.out.toUtf8()).object();
    QCOMPARE(object.value(QStringLiteral("schemaVersion")).toInt(), 2);
    QCOMPARE(object.value(QStringLiteral("integrity")).toString(), QStringLiteral("ok"));
    QCOMPARE(object.value(QStringLiteral("counts")).toObject().value(QStringLiteral("article")).toInt(), 1);
    QVERIFY(!object.value(QStringLiteral("uuid")).toString().isEmpty());
}

void TestCli::checkRefusesDamagedFilesInOneLine()
{
    const QString path = m_dir->filePath(QStringLiteral("damaged.claimledger"));
    QCOMPARE(runCli({QStringLiteral("sample"), path}).exitCode, 0);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    // Scribble over every page after the first: the header still says "ClaimLedger".
    const qint64 size = file.size();
    file.seek(4096);
    file.write(QByteArray(size - 4096, '\xA5'));
    file.close();
    const CliRun check = runCli({QStringLiteral("check"), path});
    QCOMPARE(check.exitCode, 1);
    QVERIFY2(check.err.startsWith(QStringLiteral("claimledger-cli: ")), qPrintable(check.err));
    QCOMPARE(check.err.count(u'\n'), 1);
    QVERIFY2(check.err.contains(QStringLiteral("damaged")) || check.err.contains(QStringLiteral("Cannot open")),
             qPrintable(check.err));

    QFile notes(m_dir->filePath(QStringLiteral("notes.txt")));
    QVERIFY(notes.open(QIODevice::WriteOnly));
    notes.write("plain text");
    notes.close();
    const CliRun foreign = runCli({QStringLiteral("check"), notes.fileName()});
    QCOMPARE(foreign.exitCode, 1);
    QVERIFY(foreign.err.contains(QStringLiteral("not a ClaimLedger project")));
    QCOMPARE(foreign.err.count(u'\n'), 1);
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

void TestCli::claimsSourcesAndLinks()
{
    const QString project = m_dir->filePath(QStringLiteral("evidence.claimledger"));
    QCOMPARE(runCli({QStringLiteral("sample"), project}).exitCode, 0);
    // The article by its position in 'info'.
    const CliRun info = runCli({QStringLiteral("info"), project});
    QVERIFY2(info.out.contains(QStringLiteral("\"position\": 1")), qPrintable(info.out));
    const CliRun claim
        = runCli({QStringLiteral("claim"), QStringLiteral("add"), project, QStringLiteral("--article"),
                  QStringLiteral("1"), QStringLiteral("--quote"), QStringLiteral("500억달러를 투입"),
                  QStringLiteral("--kind"), QStringLiteral("figure"), QStringLiteral("--claimant"),
                  QStringLiteral("한빛배터리"), QStringLiteral("--verdict"), QStringLiteral("mostly-true"),
                  QStringLiteral("--rationale"), QStringLiteral("The filing says 50 billion.")});
    QCOMPARE(claim.exitCode, 0);
    const QString claimUuid = claim.out.trimmed();
    QVERIFY(!QUuid::fromString(claimUuid).isNull());

    const CliRun source = runCli({QStringLiteral("source"), QStringLiteral("add"), project,
                                  QStringLiteral(CLAIMLEDGER_TESTS_DIR "/data/article-jsonld.html")});
    QCOMPARE(source.exitCode, 0);
    const QString sourceUuid = source.out.trimmed();
    const CliRun link
        = runCli({QStringLiteral("link"), project, claimUuid, sourceUuid, QStringLiteral("--stance"),
                  QStringLiteral("supports"), QStringLiteral("--excerpt"), QStringLiteral("the $500 billion venture"),
                  QStringLiteral("--credibility"), QStringLiteral("2")});
    QCOMPARE(link.exitCode, 0);
    QVERIFY(!QUuid::fromString(link.out.trimmed()).isNull());

    const CliRun claims = runCli({QStringLiteral("claim"), QStringLiteral("list"), project, QStringLiteral("--json")});
    QCOMPARE(claims.exitCode, 0);
    const QJsonArray list = QJsonDocument::fromJson(claims.out.toUtf8()).array();
    QCOMPARE(list.size(), 5); // the sample's four and this one
    bool found = false;
    for (const QJsonValue &value : list) {
        const QJsonObject object = value.toObject();
        if (object.value(QStringLiteral("uuid")).toString() != claimUuid)
            continue;
        found = true;
        QCOMPARE(object.value(QStringLiteral("verdict")).toString(), QStringLiteral("mostly-true"));
        QCOMPARE(object.value(QStringLiteral("exact")).toString(), QStringLiteral("500억달러를 투입"));
        QCOMPARE(object.value(QStringLiteral("claimant")).toString(), QStringLiteral("한빛배터리"));
    }
    QVERIFY(found);

    const CliRun sources
        = runCli({QStringLiteral("source"), QStringLiteral("list"), project, QStringLiteral("--json")});
    QCOMPARE(sources.exitCode, 0);
    const QJsonObject listed = QJsonDocument::fromJson(sources.out.toUtf8()).array().first().toObject();
    QCOMPARE(listed.value(QStringLiteral("title")).toString(), QStringLiteral("Musk doubts Stargate"));
    const QJsonObject snapshot = listed.value(QStringLiteral("snapshots")).toArray().first().toObject();
    QCOMPARE(snapshot.value(QStringLiteral("sha256")).toString().size(), 64);
    QVERIFY(snapshot.value(QStringLiteral("verified")).toBool());
}

void TestCli::claimAndLinkRefuseWhatTheyCannotPlace_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QString project = QStringLiteral("PROJECT");
    QTest::newRow("quote not in the text")
        << QStringList{QStringLiteral("claim"),        QStringLiteral("add"), project,
                       QStringLiteral("--article"),    QStringLiteral("1"),   QStringLiteral("--quote"),
                       QStringLiteral("nowhere in it")}
        << 1 << QStringLiteral("not in the text");
    QTest::newRow("ambiguous quote")
        << QStringList{QStringLiteral("claim"),     QStringLiteral("add"), project,
                       QStringLiteral("--article"), QStringLiteral("1"),   QStringLiteral("--quote"),
                       QStringLiteral("한빛배터리")}
        << 1 << QStringLiteral("occurs");
    QTest::newRow("no such article")
        << QStringList{QStringLiteral("claim"),     QStringLiteral("add"), project,
                       QStringLiteral("--article"), QStringLiteral("7"),   QStringLiteral("--quote"),
                       QStringLiteral("x")}
        << 1 << QStringLiteral("no article 7");
    QTest::newRow("unknown verdict")
        << QStringList{QStringLiteral("claim"),     QStringLiteral("add"),       project,
                       QStringLiteral("--article"), QStringLiteral("1"),         QStringLiteral("--quote"),
                       QStringLiteral("x"),         QStringLiteral("--verdict"), QStringLiteral("sort-of")}
        << 2 << QStringLiteral("unknown verdict");
    QTest::newRow("link to nothing") << QStringList{QStringLiteral("link"),
                                                    project,
                                                    QUuid::createUuid().toString(QUuid::WithoutBraces),
                                                    QUuid::createUuid().toString(QUuid::WithoutBraces),
                                                    QStringLiteral("--stance"),
                                                    QStringLiteral("supports")}
                                     << 1 << QStringLiteral("no claim");
    QTest::newRow("unknown stance") << QStringList{QStringLiteral("link"),     project,
                                                   QStringLiteral("a"),        QStringLiteral("b"),
                                                   QStringLiteral("--stance"), QStringLiteral("maybe")}
                                    << 2 << QStringLiteral("unknown stance");
}

void TestCli::claimAndLinkRefuseWhatTheyCannotPlace()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const QString project = m_dir->filePath(QStringLiteral("refuse.claimledger"));
    QCOMPARE(runCli({QStringLiteral("sample"), project}).exitCode, 0);
    arguments.replaceInStrings(QStringLiteral("PROJECT"), project);
    const CliRun run = runCli(arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
}

void TestCli::exportsEveryExchangeFormat()
{
    const QString project = m_dir->filePath(QStringLiteral("formats.claimledger"));
    QCOMPARE(runCli({QStringLiteral("sample"), project}).exitCode, 0);
    const QString csvFile = m_dir->filePath(QStringLiteral("claims.csv"));
    const CliRun csv = runCli({QStringLiteral("export"), project, QStringLiteral("--format"), QStringLiteral("csv"),
                               QStringLiteral("--bom"), QStringLiteral("-o"), csvFile});
    QCOMPARE(csv.exitCode, 0);
    QFile csvBytes(csvFile);
    QVERIFY(csvBytes.open(QIODevice::ReadOnly));
    const QByteArray bytes = csvBytes.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QCOMPARE(bytes.count("\r\n"), 5); // the header and four claims

    const CliRun reviews = runCli({QStringLiteral("export"), project, QStringLiteral("--format"),
                                   QStringLiteral("claimreview"), QStringLiteral("--author"),
                                   QStringLiteral("Fact Desk"), QStringLiteral("--verdict"), QStringLiteral("true")});
    QCOMPARE(reviews.exitCode, 0);
    const QJsonArray list = QJsonDocument::fromJson(reviews.out.toUtf8()).array();
    QCOMPARE(list.size(), 1);
    const QJsonObject review = list.first().toObject();
    QCOMPARE(review.value(QStringLiteral("author")).toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("Fact Desk"));
    QCOMPARE(review.value(QStringLiteral("reviewRating")).toObject().value(QStringLiteral("ratingValue")).toInt(), 6);

    const QString file = m_dir->filePath(QStringLiteral("annotations.jsonld"));
    const CliRun annotations = runCli({QStringLiteral("export"), project, QStringLiteral("--format"),
                                       QStringLiteral("annotations"), QStringLiteral("-o"), file});
    QCOMPARE(annotations.exitCode, 0);
    QFile written(file);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(written.readAll()).array().size(), 4);

    const CliRun unknown
        = runCli({QStringLiteral("export"), project, QStringLiteral("--format"), QStringLiteral("docx")});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY(unknown.err.contains(QStringLiteral("claimreview")));
}

void TestCli::jsonRoundTripThroughTheCommandLine()
{
    const QString project = m_dir->filePath(QStringLiteral("original.claimledger"));
    QCOMPARE(runCli({QStringLiteral("sample"), project}).exitCode, 0);
    const QString json = m_dir->filePath(QStringLiteral("project.json"));
    QCOMPARE(runCli({QStringLiteral("export"), project, QStringLiteral("--format"), QStringLiteral("json"),
                     QStringLiteral("-o"), json})
                 .exitCode,
             0);
    const QString copy = m_dir->filePath(QStringLiteral("copy.claimledger"));
    const CliRun imported = runCli({QStringLiteral("import-json"), copy, json});
    QCOMPARE(imported.exitCode, 0);
    const CliRun first = runCli({QStringLiteral("export"), project, QStringLiteral("--format"), QStringLiteral("md")});
    const CliRun second = runCli({QStringLiteral("export"), copy, QStringLiteral("--format"), QStringLiteral("md")});
    // The same report but for its title, which is the file's name.
    QCOMPARE(second.out.section(u'\n', 1), first.out.section(u'\n', 1));
    QVERIFY(second.out.startsWith(u"# copy"));
    // Never over an existing project, never a half-made one.
    const CliRun again = runCli({QStringLiteral("import-json"), copy, json});
    QCOMPARE(again.exitCode, 1);
    QVERIFY(again.err.contains(QStringLiteral("already exists")));
    const QString broken = m_dir->filePath(QStringLiteral("broken.json"));
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"format\": \"something else\"}");
    file.close();
    const CliRun refused
        = runCli({QStringLiteral("import-json"), m_dir->filePath(QStringLiteral("no.claimledger")), broken});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("no.claimledger"))));
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("no.claimledger.importing"))));
}

void TestCli::exportNeverOverwritesAProject_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("target"); // "self", "link" (a link to the project) or "other"
    QTest::newRow("md onto itself") << "md"
                                    << "self";
    QTest::newRow("html through a link") << "html"
                                         << "link";
    QTest::newRow("csv onto another project") << "csv"
                                              << "other";
    QTest::newRow("pdf onto itself") << "pdf"
                                     << "self";
    QTest::newRow("json onto another project") << "json"
                                               << "other";
}

void TestCli::exportNeverOverwritesAProject()
{
    QFETCH(QString, format);
    QFETCH(QString, target);
    const QString path = m_dir->filePath(QStringLiteral("kept.claimledger"));
    QCOMPARE(runCli({QStringLiteral("sample"), path}).exitCode, 0);
    QString output = path;
    if (target == QLatin1StringView("link")) {
        output = m_dir->filePath(QStringLiteral("report.html"));
        QVERIFY(QFile::link(path, output));
    } else if (target == QLatin1StringView("other")) {
        output = m_dir->filePath(QStringLiteral("other.claimledger"));
        QCOMPARE(runCli({QStringLiteral("new"), output}).exitCode, 0);
    }
    QFile before(QFileInfo(output).canonicalFilePath());
    QVERIFY(before.open(QIODevice::ReadOnly));
    const QByteArray bytes = before.readAll();
    before.close();

    const CliRun run
        = runCli({QStringLiteral("export"), path, QStringLiteral("--format"), format, QStringLiteral("-o"), output});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("would destroy it")), qPrintable(run.err));
    QVERIFY(before.open(QIODevice::ReadOnly));
    QCOMPARE(before.readAll(), bytes);
    QCOMPARE(runCli({QStringLiteral("check"), path}).exitCode, 0);
}

void TestCli::writeErrorsOnStandardOutputFail_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("export") << QStringList{QStringLiteral("export"), QStringLiteral("PROJECT")};
    QTest::newRow("info") << QStringList{QStringLiteral("info"), QStringLiteral("PROJECT")};
    QTest::newRow("claim list") << QStringList{QStringLiteral("claim"), QStringLiteral("list"),
                                               QStringLiteral("PROJECT")};
    QTest::newRow("extract") << QStringList{QStringLiteral("extract"), QStringLiteral("ARTICLE")};
}

void TestCli::writeErrorsOnStandardOutputFail()
{
    QFETCH(QStringList, arguments);
    if (!QFile::exists(QStringLiteral("/dev/full")))
        QSKIP("this system has no /dev/full");
    const QString path = m_dir->filePath(QStringLiteral("full.claimledger"));
    QCOMPARE(runCli({QStringLiteral("sample"), path}).exitCode, 0);
    const QString article = m_dir->filePath(QStringLiteral("article.txt"));
    QFile text(article);
    QVERIFY(text.open(QIODevice::WriteOnly));
    text.write("5천억달러(약 710조원) 규모의 스타게이트 구상\n");
    text.close();
    arguments.replaceInStrings(QStringLiteral("PROJECT"), path);
    arguments.replaceInStrings(QStringLiteral("ARTICLE"), article);

    QProcess process;
    process.setStandardOutputFile(QStringLiteral("/dev/full"));
    process.start(QStringLiteral(CLAIMLEDGER_CLI), arguments);
    QVERIFY(process.waitForFinished(30000));
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QCOMPARE(process.exitCode(), 1);
    QVERIFY2(err.contains(QStringLiteral("cannot write to standard output: the disk is full")), qPrintable(err));
}

void TestCli::checkReportsOlderFormatsAndStoredValues()
{
    const QString old = m_dir->filePath(QStringLiteral("old.claimledger"));
    QVERIFY(QFile::copy(QStringLiteral(CLAIMLEDGER_TESTS_DIR "/data/project-v1.claimledger"), old));
    const CliRun check = runCli({QStringLiteral("check"), old});
    QCOMPARE(check.exitCode, 0);
    QVERIFY2(check.out.contains(QStringLiteral("Format: 1")), qPrintable(check.out + check.err));
    QVERIFY(check.out.contains(QStringLiteral("opening the project in ClaimLedger upgrades it")));
    QVERIFY(!QFile::exists(old + QStringLiteral(".backup-format-1")));

    // Offsets written with CHECK constraints switched off: check fails and says why.
    const QString path = m_dir->filePath(QStringLiteral("offsets.claimledger"));
    QCOMPARE(runCli({QStringLiteral("sample"), path}).exitCode, 0);
    QVERIFY(tamper(path,
                   {QStringLiteral("PRAGMA ignore_check_constraints = ON"),
                    QStringLiteral("UPDATE claim SET start_offset = -1")}));
    const CliRun damaged = runCli({QStringLiteral("check"), path});
    QCOMPARE(damaged.exitCode, 1);
    QVERIFY2(damaged.out.contains(QStringLiteral("Integrity: damaged")), qPrintable(damaged.out));
    QVERIFY2(damaged.err.contains(QStringLiteral("claims with impossible offsets: 4")), qPrintable(damaged.err));
    const CliRun exported = runCli({QStringLiteral("export"), path});
    QCOMPARE(exported.exitCode, 1);
}

void TestCli::checkRollsBackAnInterruptedWrite()
{
    // A hot journal, as a kill in the middle of a write leaves it: made by hand with
    // SQLite's own journal, from a transaction that is never committed.
    const QString path = m_dir->filePath(QStringLiteral("hot.claimledger"));
    QCOMPARE(runCli({QStringLiteral("sample"), path}).exitCode, 0);
    const QString copy = m_dir->filePath(QStringLiteral("copy.claimledger"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("writer"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("PRAGMA cache_size = 1")));
        QVERIFY(query.exec(QStringLiteral("BEGIN")));
        // Large enough to spill pages into the file before the commit.
        QVERIFY(query.exec(QStringLiteral("UPDATE article_version SET text = text || hex(zeroblob(200000))")));
        QVERIFY(query.exec(QStringLiteral("UPDATE claim SET verdict = 'false'")));
        QVERIFY(QFileInfo(path + QStringLiteral("-journal")).size() > 0);
        // What the disk holds at this moment is what a kill would leave.
        QVERIFY(QFile::copy(path, copy));
        QVERIFY(QFile::copy(path + QStringLiteral("-journal"), copy + QStringLiteral("-journal")));
        QVERIFY(query.exec(QStringLiteral("ROLLBACK")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("writer"));

    const CliRun check = runCli({QStringLiteral("check"), copy});
    QCOMPARE(check.exitCode, 0);
    QVERIFY2(check.err.contains(QStringLiteral("was rolled back")), qPrintable(check.err));
    QVERIFY(check.out.contains(QStringLiteral("Integrity: ok")));
    QVERIFY(!QFile::exists(copy + QStringLiteral("-journal")));
    const CliRun claims = runCli({QStringLiteral("claim"), QStringLiteral("list"), copy, QStringLiteral("--json")});
    QCOMPARE(claims.exitCode, 0);
    QVERIFY(!claims.out.contains(QStringLiteral("\"false\"")));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
