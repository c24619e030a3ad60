#include "claimkind.h"
#include "verdict.h"

#include <QTest>

using namespace ClaimLedger;

class TestVerdict : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ratingFollowsTheClaimReviewScale_data();
    void ratingFollowsTheClaimReviewScale();
    void keysRoundTrip();
    void unknownKeysAreRejected_data();
    void unknownKeysAreRejected();
    void claimKindKeysRoundTrip();
};

void TestVerdict::ratingFollowsTheClaimReviewScale_data()
{
    QTest::addColumn<Verdict>("verdict");
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("rating"); // 0: no rating

    // formats.md, "Verdict scale"
    QTest::newRow("false") << Verdict::False << "false" << 1;
    QTest::newRow("mostly false") << Verdict::MostlyFalse << "mostly-false" << 2;
    QTest::newRow("misleading") << Verdict::Misleading << "misleading" << 3;
    QTest::newRow("mixed") << Verdict::Mixed << "mixed" << 4;
    QTest::newRow("mostly true") << Verdict::MostlyTrue << "mostly-true" << 5;
    QTest::newRow("true") << Verdict::True << "true" << 6;
    QTest::newRow("unprovable") << Verdict::Unprovable << "unprovable" << 0;
    QTest::newRow("unverified") << Verdict::Unverified << "unverified" << 0;
}

void TestVerdict::ratingFollowsTheClaimReviewScale()
{
    QFETCH(Verdict, verdict);
    QFETCH(QString, key);
    QFETCH(int, rating);
    QCOMPARE(verdictKey(verdict), key);
    QCOMPARE(verdictRating(verdict).value_or(0), rating);
    QVERIFY(!verdictDisplayName(verdict).isEmpty());
}

void TestVerdict::keysRoundTrip()
{
    const QList<Verdict> verdicts = allVerdicts();
    QCOMPARE(verdicts.size(), 8);
    QCOMPARE(verdicts.constFirst(), Verdict::Unverified);
    for (const Verdict verdict : verdicts)
        QCOMPARE(verdictFromKey(verdictKey(verdict)), verdict);
}

void TestVerdict::unknownKeysAreRejected_data()
{
    QTest::addColumn<QString>("key");
    QTest::newRow("empty") << "";
    QTest::newRow("display name") << "Mostly true";
    QTest::newRow("upper case") << "TRUE";
    QTest::newRow("number") << "6";
}

void TestVerdict::unknownKeysAreRejected()
{
    QFETCH(QString, key);
    QVERIFY(!verdictFromKey(key).has_value());
}

void TestVerdict::claimKindKeysRoundTrip()
{
    const QList<ClaimKind> kinds = allClaimKinds();
    QCOMPARE(kinds.size(), 4);
    for (const ClaimKind kind : kinds)
        QCOMPARE(claimKindFromKey(claimKindKey(kind)), kind);
    QCOMPARE(claimKindKey(ClaimKind::Figure), QStringLiteral("figure"));
    QVERIFY(!claimKindFromKey(u"opinion").has_value());
}

QTEST_APPLESS_MAIN(TestVerdict)
#include "tst_verdict.moc"
