#include "markdownreport.h"

#include <QFile>
#include <QTest>
#include <QTimeZone>

using namespace ClaimLedger;

namespace {

/// Golden files live beside this test; set CLAIMLEDGER_UPDATE_GOLDEN=1 to rewrite them
/// after an intended change, then review the diff (see CONTRIBUTING.md).
void compareWithGolden(const QString &actual, const QString &name)
{
    const QString path = QStringLiteral(CLAIMLEDGER_TESTS_DIR "/export/golden/") + name;
    if (qEnvironmentVariableIntValue("CLAIMLEDGER_UPDATE_GOLDEN") == 1) {
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(actual.toUtf8());
        return;
    }
    QFile in(path);
    QVERIFY2(in.open(QIODevice::ReadOnly), qPrintable(path));
    const QString expected = QString::fromUtf8(in.readAll());
    const QStringList actualLines = actual.split(u'\n');
    const QStringList expectedLines = expected.split(u'\n');
    for (qsizetype i = 0; i < std::min(actualLines.size(), expectedLines.size()); ++i)
        QCOMPARE(actualLines.at(i), expectedLines.at(i));
    QCOMPARE(actualLines.size(), expectedLines.size());
}

ReportContent sampleContent()
{
    Article article;
    article.id = 1;
    article.title = QStringLiteral("머스크, 스타게이트 투자 계획에 회의적");
    article.source = QStringLiteral("stargate_ko.txt");
    article.importedAt = QDateTime(QDate(2025, 1, 23), QTime(9, 30), QTimeZone::UTC);
    article.text = QStringLiteral("unused here");

    Claim quote;
    quote.articleId = 1;
    quote.kind = ClaimKind::Quote;
    quote.claimant = QStringLiteral("일론 머스크");
    quote.verdict = Verdict::Misleading;
    quote.quote.exact = QStringLiteral("\"그들은 실제로는 (그만큼) 돈이 없다\"");
    quote.rationale = QStringLiteral("SoftBank reported *more* than $10 billion.\nSee filing #3.");

    Claim figure;
    figure.articleId = 1;
    figure.kind = ClaimKind::Figure;
    figure.verdict = Verdict::True;
    figure.quote.exact = QStringLiteral("5천억달러(약 710조원)");
    figure.wording = QStringLiteral("The plan is worth $500 billion");

    Claim multiline;
    multiline.articleId = 1;
    multiline.quote.exact = QStringLiteral("- first line\n# second line");

    Article empty;
    empty.id = 2;
    empty.title = QStringLiteral("An article with [no] claims");

    ReportContent content;
    content.title = QStringLiteral("Stargate review");
    content.sections = {{article, {quote, figure, multiline}}, {empty, {}}};
    return content;
}

} // namespace

class TestMarkdownReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchesGolden();
    void countsVerdicts();
    void namesTheVersionEachClaimWasCheckedAgainst();
    void escape_data();
    void escape();
};

void TestMarkdownReport::matchesGolden()
{
    compareWithGolden(MarkdownReport::render(sampleContent()), QStringLiteral("report.md"));
}

void TestMarkdownReport::countsVerdicts()
{
    const QString report = MarkdownReport::render(sampleContent());
    QVERIFY(report.contains(QStringLiteral("| Misleading | 1 |")));
    QVERIFY(report.contains(QStringLiteral("| True | 1 |")));
    QVERIFY(report.contains(QStringLiteral("| Unverified | 1 |")));
    QVERIFY(!report.contains(QStringLiteral("| False |")));
    QVERIFY(report.contains(QStringLiteral("Articles: 2 · Claims: 3")));
}

void TestMarkdownReport::namesTheVersionEachClaimWasCheckedAgainst()
{
    // Without several versions nothing is said; with them, each claim names its own.
    ReportContent content = sampleContent();
    QVERIFY(!MarkdownReport::render(content).contains(QStringLiteral("Checked against")));
    content.sections[0].claims[0].versionId = 11;
    content.sections[0].claims[1].versionId = 12;
    content.versions.insert(11, {1, QDateTime(QDate(2025, 1, 23), QTime(9, 30), QTimeZone::UTC), QString(64, u'a')});
    content.versions.insert(12, {2, QDateTime(QDate(2025, 1, 24), QTime(7, 5), QTimeZone::UTC), QString(64, u'b')});
    const QString report = MarkdownReport::render(content);
    QVERIFY2(report.contains(QStringLiteral("Checked against version 1 of 2025-01-23 09:30 UTC (SHA-256 ")
                             + QString(64, u'a') + QStringLiteral(").")),
             qPrintable(report));
    QVERIFY(report.contains(QStringLiteral("Checked against version 2 of 2025-01-24 07:05 UTC (SHA-256 ")
                            + QString(64, u'b') + QStringLiteral(").")));
    QCOMPARE(report.count(QStringLiteral("Checked against")), 2); // the third claim has no version noted
}

void TestMarkdownReport::escape_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("escaped");
    QTest::newRow("plain Korean") << "5천억달러(약 710조원)"
                                  << "5천억달러(약 710조원)";
    QTest::newRow("emphasis") << "*not* _this_"
                              << "\\*not\\* \\_this\\_";
    QTest::newRow("link") << "[a](b)"
                          << "\\[a\\](b)";
    QTest::newRow("html") << "<script>"
                          << "\\<script\\>";
    QTest::newRow("heading at start") << "# title"
                                      << "\\# title";
    QTest::newRow("hash inside") << "issue #3"
                                 << "issue #3";
    QTest::newRow("list at start") << "- item"
                                   << "\\- item";
    QTest::newRow("ordered list at start") << "1. item"
                                           << "1\\. item";
    QTest::newRow("decimal inside") << "growth of 2.5%"
                                    << "growth of 2.5%";
    QTest::newRow("year at start") << "2025 was"
                                   << "2025 was";
    QTest::newRow("table pipe") << "a | b"
                                << "a \\| b";
}

void TestMarkdownReport::escape()
{
    QFETCH(QString, text);
    QTEST(MarkdownReport::escape(text), "escaped");
}

QTEST_APPLESS_MAIN(TestMarkdownReport)
#include "tst_markdownreport.moc"
