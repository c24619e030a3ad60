#include "sampleproject.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ClaimLedger;

class TestSampleProject : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createsARatedKoreanArticle();
    void refusesToOverwrite();
};

void TestSampleProject::createsARatedKoreanArticle()
{
    QTemporaryDir dir;
    auto project = SampleProject::create(dir.filePath(QStringLiteral("Sample.claimledger")));
    QVERIFY2(project.ok(), qPrintable(project.error()));
    const auto articles = project.value()->articles();
    QCOMPARE(articles->size(), 1);
    const Article &article = articles->constFirst();
    QCOMPARE(article.language, QStringLiteral("ko"));
    QVERIFY(article.text.contains(QStringLiteral("3천억달러(약 426조원)")));
    QCOMPARE(project.value()->articleOriginal(article.id).value(), SampleProject::articleBytes());

    const auto claims = project.value()->claims();
    QVERIFY(claims->size() >= 3);
    bool rated = false;
    for (const Claim &claim : claims.value()) {
        // Every span points at its own exact text in the stored article.
        QCOMPARE(article.text.mid(claim.start, claim.length()), claim.quote.exact);
        rated = rated || verdictRating(claim.verdict).has_value();
    }
    QVERIFY(rated);
}

void TestSampleProject::refusesToOverwrite()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("Sample.claimledger"));
    QVERIFY(SampleProject::create(path).ok());
    QVERIFY(!SampleProject::create(path).ok());
}

QTEST_GUILESS_MAIN(TestSampleProject)
#include "tst_sampleproject.moc"
