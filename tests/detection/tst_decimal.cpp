#include "decimal.h"

#include <QTest>

using namespace ClaimLedger;

class TestDecimal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseAndPrint_data();
    void parseAndPrint();
    void arithmeticIsExact();
    void divisionRounds();
    void overflowIsReportedNotWrapped();
};

void TestDecimal::parseAndPrint_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("printed");
    QTest::newRow("integer") << "4000"
                             << "4000";
    QTest::newRow("groups") << "100,000"
                            << "100000";
    QTest::newRow("fraction") << "147.07"
                              << "147.07";
    QTest::newRow("trailing zeros") << "2.50"
                                    << "2.5";
    QTest::newRow("negative") << "-3.5"
                              << "-3.5";
    QTest::newRow("small") << "0.25"
                           << "0.25";
    QTest::newRow("leading point") << ".5"
                                   << "0.5";
}

void TestDecimal::parseAndPrint()
{
    QFETCH(QString, text);
    const auto value = Decimal::parse(text);
    QVERIFY(value.has_value());
    QTEST(value->toString(), "printed");
}

void TestDecimal::arithmeticIsExact()
{
    // 710조 = 710 × 10^12 exactly; 0.1 + 0.2 is 0.3, unlike binary floating point.
    QCOMPARE(Decimal::fromInteger(710).shifted(12).toString(), QStringLiteral("710000000000000"));
    QCOMPARE((Decimal::parse(u"0.1").value() + Decimal::parse(u"0.2").value()).toString(), QStringLiteral("0.3"));
    QCOMPARE(Decimal::parse(u"1.5").value().shifted(12).toString(), QStringLiteral("1500000000000"));
    QCOMPARE((Decimal::fromInteger(5) * Decimal::fromInteger(1000)).shifted(8).toString(),
             QStringLiteral("500000000000"));
    QCOMPARE(Decimal::parse(u"2.5").value().shifted(-3).toString(), QStringLiteral("0.0025"));
    QVERIFY(Decimal::parse(u"1.50").value() == Decimal::parse(u"1.5").value());
    QVERIFY(Decimal::parse(u"1.49").value() < Decimal::parse(u"1.5").value());
}

void TestDecimal::divisionRounds()
{
    const Decimal won = Decimal::fromInteger(710).shifted(12);
    const Decimal dollars = Decimal::fromInteger(5).shifted(11);
    QCOMPARE(won.dividedBy(dollars).toString(), QStringLiteral("1420"));
    QCOMPARE(Decimal::fromInteger(2).dividedBy(Decimal::fromInteger(3), 4).toString(), QStringLiteral("0.6667"));
    QVERIFY(!Decimal::fromInteger(1).dividedBy(Decimal()).isValid());
}

void TestDecimal::overflowIsReportedNotWrapped()
{
    const Decimal huge = Decimal::fromInteger(9).shifted(30);
    QVERIFY(huge.isValid());
    QVERIFY(!(huge * huge).isValid());
    QVERIFY(!Decimal::parse(QStringLiteral("1") + QString(60, u'0')).has_value());
    QVERIFY(!Decimal::parse(u"12a").has_value());
    QVERIFY(!Decimal::parse(u"").has_value());

    // Shifts and alignments that leave the range are invalid, never wrapped (found by
    // fuzz_detector: a long run of digits before 억 or 조).
    const Decimal long36 = *Decimal::parse(QString(36, u'9'));
    QVERIFY(long36.isValid());
    QVERIFY(!long36.shifted(8).isValid());
    QVERIFY(!Decimal::fromInteger(1).shifted(40).isValid());
    QVERIFY(!Decimal::fromInteger(1).shifted(std::numeric_limits<int>::max()).isValid());
    QVERIFY(!Decimal::fromInteger(1).shifted(std::numeric_limits<int>::min()).isValid());
    const Decimal fraction = *Decimal::parse(u"0.000000000000000000000000000001"); // scale 30
    QVERIFY(!(long36 + fraction).isValid());
    QVERIFY(!long36.dividedBy(fraction).isValid());
    QVERIFY(!long36.dividedBy(Decimal::fromInteger(3), 20).isValid());
    // Comparison still orders values it cannot align.
    QVERIFY(fraction < long36);
    QVERIFY(!(long36 < fraction));
    QVERIFY(*Decimal::parse(QStringLiteral("-") + QString(36, u'9')) < fraction);
    QVERIFY(Decimal::fromInteger(2).shifted(30) < *Decimal::parse(u"2000000000000000000000000000000.5"));
}

QTEST_APPLESS_MAIN(TestDecimal)
#include "tst_decimal.moc"
