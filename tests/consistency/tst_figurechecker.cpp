// The figure checker: sums and currency conversions found and judged in exact
// arithmetic, never failing on rounding, and the ECB table it compares rates with.

#include "claimdetector.h"
#include "exchangerates.h"
#include "figurechecker.h"

#include <QElapsedTimer>
#include <QTest>

using namespace ClaimLedger;

class TestFigureChecker : public QObject
{
    Q_OBJECT

private slots:
    void referenceRateIsTheEcbCrossRate();
    void weekendsTakeTheLastBusinessDay();
    void unknownCurrenciesAndEarlyDatesHaveNoRate();
    void brokenTablesAreRefused_data();
    void brokenTablesAreRefused();
    void relations_data();
    void relations();
    void conversionWithoutADateIsNotCompared();
    void manyFiguresStayBounded();
};

void TestFigureChecker::referenceRateIsTheEcbCrossRate()
{
    // SOURCE.txt's check: on 2025-01-22, USD 1.0443 and KRW 1496.01 per EUR.
    const auto rate = ExchangeRates::builtIn().rate(QStringLiteral("USD"), QStringLiteral("KRW"), QDate(2025, 1, 22));
    QVERIFY(rate);
    QCOMPARE(rate->date, QDate(2025, 1, 22));
    QCOMPARE(rate->value.toString(), QStringLiteral("1432.548118"));
    const auto euro = ExchangeRates::builtIn().rate(QStringLiteral("EUR"), QStringLiteral("USD"), QDate(2025, 1, 22));
    QVERIFY(euro);
    QCOMPARE(euro->value.toString(), QStringLiteral("1.0443"));
}

void TestFigureChecker::weekendsTakeTheLastBusinessDay()
{
    // 2025-01-25 was a Saturday.
    const auto rate = ExchangeRates::builtIn().rate(QStringLiteral("USD"), QStringLiteral("JPY"), QDate(2025, 1, 25));
    QVERIFY(rate);
    QCOMPARE(rate->date, QDate(2025, 1, 24));
}

void TestFigureChecker::unknownCurrenciesAndEarlyDatesHaveNoRate()
{
    const ExchangeRates &rates = ExchangeRates::builtIn();
    QVERIFY(!rates.rate(QStringLiteral("USD"), QStringLiteral("KRW"), QDate(1998, 12, 31)));
    QVERIFY(!rates.rate(QStringLiteral("USD"), QStringLiteral("XYZ"), QDate(2024, 3, 15)));
    QVERIFY(!rates.rate(QStringLiteral("USD"), QStringLiteral("KRW"), QDate()));
    QCOMPARE(rates.firstDate(), QDate(1999, 1, 4));
}

void TestFigureChecker::brokenTablesAreRefused_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::newRow("no Date column") << QByteArray("Day,USD,\n2025-01-02,1.03,\n");
    QTest::newRow("a currency that is no code") << QByteArray("Date,US Dollar,\n2025-01-02,1.03,\n");
    QTest::newRow("a negative rate") << QByteArray("Date,USD,\n2025-01-02,-1.03,\n");
    QTest::newRow("a zero rate") << QByteArray("Date,USD,\n2025-01-02,0,\n");
    QTest::newRow("a word for a rate") << QByteArray("Date,USD,\n2025-01-02,high,\n");
    QTest::newRow("dates out of order") << QByteArray(
        "Date,USD,\n2025-01-02,1.03,\n2025-01-06,1.04,\n2025-01-03,1.02,\n");
    QTest::newRow("a row without a date") << QByteArray("Date,USD,\nyesterday,1.03,\n");
    QTest::newRow("no rows") << QByteArray("Date,USD,\n");
    QTest::newRow("empty") << QByteArray();
}

void TestFigureChecker::brokenTablesAreRefused()
{
    QFETCH(QByteArray, csv);
    const auto parsed = ExchangeRates::parse(csv);
    QVERIFY(!parsed.ok());
    QVERIFY(!parsed.error().isEmpty());
}

void TestFigureChecker::relations_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("published");
    QTest::addColumn<QStringList>("expected"); // "kind verdict" per relation, in order

    const QDate day(2024, 3, 15);
    // Conversions: ECB on 2024-03-15, 1 USD = 1,330.9 KRW; 1 EUR = 1.0892 USD.
    QTest::newRow("conversion that holds") << QStringLiteral("회사는 10억 달러(약 1조 3천억 원)를 쓴다.") << day
                                           << QStringList{QStringLiteral("conversion holds")};
    QTest::newRow("conversion far off") << QStringLiteral("회사는 10억 달러(약 1조 1천억 원)를 쓴다.") << day
                                        << QStringList{QStringLiteral("conversion does not hold")};
    QTest::newRow("conversion in English") << QStringLiteral("It raised €2 billion ($2.18 billion) in bonds.") << day
                                           << QStringList{QStringLiteral("conversion holds")};
    QTest::newRow("a historical conversion is taken as stated")
        << QStringLiteral("1998년 당시 환율로 5억 달러(약 7천억 원)였다.") << day << QStringList{};
    // Sums
    QTest::newRow("parts listed after the total")
        << QStringLiteral("시는 총 3천억 원을 쓴다. 도로에 1천200억 원, 학교에 1천억 원, 공원에 800억 원을 배정했다.")
        << day << QStringList{QStringLiteral("sum holds")};
    QTest::newRow("parts before the total, in English")
        << QStringLiteral("It spent $40 million on roads, $25 million on parks and $15 million on schools. The "
                          "budget is $80 million.")
        << day << QStringList{QStringLiteral("sum holds")};
    QTest::newRow("rounded parts still add up")
        << QStringLiteral("총 100억 원 가운데 33억 원, 33억 원, 33억 원을 세 곳에 나눴다.") << day
        << QStringList{QStringLiteral("sum holds")};
    QTest::newRow("parts that do not add up to the named total")
        << QStringLiteral("회사는 총 2조 원을 투자한다. 올해 5천억 원, 내년 6천억 원, 후년 7천억 원을 집행한다.") << day
        << QStringList{QStringLiteral("sum does not hold")};
    // Changes
    QTest::newRow("Korean change that holds") << QStringLiteral("수출은 40억 달러에서 50억 달러로 25% 늘었다.") << day
                                              << QStringList{QStringLiteral("change holds")};
    QTest::newRow("Korean change that does not")
        << QStringLiteral("수입은 지난해 20억 달러에서 올해 15억 달러로 40% 줄었다.") << day
        << QStringList{QStringLiteral("change does not hold")};
    QTest::newRow("English change, the after first")
        << QStringLiteral("Spending rises 10% to $330 million, from $300 million.") << day
        << QStringList{QStringLiteral("change holds")};
    QTest::newRow("English change with from and to")
        << QStringLiteral("Staff will grow from 1,200 to 1,500, an increase of about 25%.") << day
        << QStringList{QStringLiteral("change holds")};
    QTest::newRow("percentage points") << QStringLiteral(
        "Turnout was up from 40.5% to 52.5%, a rise of 12 percentage points.")
                                       << day << QStringList{QStringLiteral("change holds")};
    QTest::newRow("a rounded change still holds") << QStringLiteral("방문객은 3만 명에서 4만 명으로 33% 늘었다.") << day
                                                  << QStringList{QStringLiteral("change holds")};
    QTest::newRow("a change with no direction word is left alone")
        << QStringLiteral("매출은 40억 달러, 50억 달러, 25%였다.") << day << QStringList{};
    // Percentages
    QTest::newRow("the whole named with the share")
        << QStringLiteral("도는 2만 명이 청년 인구 50만 명의 4%에 해당한다고 밝혔다.") << day
        << QStringList{QStringLiteral("percentage holds")};
    QTest::newRow("a share of its whole, in English")
        << QStringLiteral("Overtime cost $12 million, 30% of its $40 million budget.") << day
        << QStringList{QStringLiteral("percentage holds")};
    QTest::newRow("a share that is off") << QStringLiteral("Overtime cost $12 million, 20% of its $40 million budget.")
                                         << day << QStringList{QStringLiteral("percentage does not hold")};
    QTest::newRow("A of B") << QStringLiteral("In the north, 6,000 of 10,000 voters backed it, or 60%.") << day
                            << QStringList{QStringLiteral("percentage holds")};
    QTest::newRow("a share of the total a sum found")
        << QStringLiteral("총 1,000가구다. 1단지 600가구, 2단지 400가구다. 특별공급은 전체의 20%인 200가구다.") << day
        << QStringList{QStringLiteral("sum holds"), QStringLiteral("percentage holds")};
    QTest::newRow("two candidate parts: nothing said") << QStringLiteral(
        "Of its $40 million budget, $12 million went to A and $8 million to B, 30% of its $40 million.")
                                                       << day << QStringList{};
    QTest::newRow("a change is no sum") << QStringLiteral("수출은 21억 달러에서 17억 달러로 줄었다. 총 38억 달러다.")
                                        << day << QStringList{};
    QTest::newRow("figures of different sentences are no parts")
        << QStringLiteral("적립금은 96억 원이다. 2021년 예산은 1천290억 원이었다. 올해 예산은 1천386억 원이다.") << day
        << QStringList{};
    QTest::newRow("different units are no parts")
        << QStringLiteral("면적 59㎡, 84㎡와 114㎡의 세 평형, 모두 257가구다.") << day << QStringList{};
    QTest::newRow("an open-ended part proves nothing")
        << QStringLiteral("It has 6,200 people, four offices and more than 20 countries; 6,800 staff in all.") << day
        << QStringList{};
}

void TestFigureChecker::relations()
{
    QFETCH(QString, text);
    QFETCH(QDate, published);
    ClaimDetector::Options options;
    options.published = published;
    const QList<Candidate> candidates = ClaimDetector::detect(text, options);
    QStringList found;
    QStringList calculations;
    for (const FigureRelation &relation : FigureChecker(text, candidates, published).check()) {
        found.append(relationKindKey(relation.kind) + u' ' + relationVerdictKey(relation.verdict));
        calculations.append(relation.calculation);
        QVERIFY(!relation.calculation.isEmpty());
    }
    QFETCH(QStringList, expected);
    QVERIFY2(found == expected, qPrintable(found.join(u';') + u'\n' + calculations.join(u'\n')));
}

void TestFigureChecker::conversionWithoutADateIsNotCompared()
{
    const QString text = QStringLiteral("회사는 10억 달러(약 1조 1천억 원)를 쓴다.");
    const QList<Candidate> candidates = ClaimDetector::detect(text);
    const QList<FigureRelation> relations = FigureChecker(text, candidates, QDate()).check();
    QCOMPARE(relations.size(), 1);
    QCOMPARE(relations.first().verdict, FigureRelation::Verdict::Unchecked);
    QVERIFY(relations.first().note.contains(QStringLiteral("publication date")));
}

void TestFigureChecker::manyFiguresStayBounded()
{
    // 5,000 amounts in one paragraph: the checker reads at most 2,000 and returns.
    QString text;
    for (int i = 0; i < 5000; ++i)
        text += QStringLiteral("%1억 원, ").arg(i % 97 + 1);
    const QList<Candidate> candidates = ClaimDetector::detect(text);
    QElapsedTimer timer;
    timer.start();
    const QList<FigureRelation> relations = FigureChecker(text, candidates, QDate(2024, 3, 15)).check();
    qInfo("checked %lld figures in %lld ms", qsizetype(candidates.size()), timer.elapsed());
    QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(relations.size() < 2000);
}

QTEST_GUILESS_MAIN(TestFigureChecker)
#include "tst_figurechecker.moc"
