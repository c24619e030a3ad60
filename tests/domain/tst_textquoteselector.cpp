#include "textquoteselector.h"

#include <QTest>

using namespace ClaimLedger;

class TestTextQuoteSelector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromSpan_data();
    void fromSpan();
    void contextNeverSplitsASurrogatePair();
};

void TestTextQuoteSelector::fromSpan_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("start");
    QTest::addColumn<int>("end");
    QTest::addColumn<QString>("exact");
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QString>("suffix");

    QTest::newRow("middle") << "머스크는 \"돈이 없다\"고 말했다" << 6 << 11 << "돈이 없다"
                            << "머스크는 \""
                            << "\"고 말했다";
    QTest::newRow("whole text") << "5천억달러" << 0 << 5 << "5천억달러"
                                << ""
                                << "";
    const QString longText = QString(40, u'a') + QStringLiteral("CLAIM") + QString(40, u'b');
    QTest::newRow("context is cut at 32") << longText << 40 << 45 << "CLAIM" << QString(32, u'a') << QString(32, u'b');
    QTest::newRow("span past the end is clamped") << "abc" << 1 << 10 << "bc"
                                                  << "a"
                                                  << "";
}

void TestTextQuoteSelector::fromSpan()
{
    QFETCH(QString, text);
    QFETCH(int, start);
    QFETCH(int, end);
    const TextQuoteSelector selector = TextQuoteSelector::fromSpan(text, start, end);
    QTEST(selector.exact, "exact");
    QTEST(selector.prefix, "prefix");
    QTEST(selector.suffix, "suffix");
}

void TestTextQuoteSelector::contextNeverSplitsASurrogatePair()
{
    // 31 ASCII letters, then an emoji (two UTF-16 units) right where the 32-unit
    // context would cut it in half, on both sides.
    const QString emoji = QStringLiteral("\U0001F4B0");
    const QString text = emoji + QString(31, u'x') + QStringLiteral("CLAIM") + QString(31, u'y') + emoji;
    const qsizetype start = 2 + 31;
    const TextQuoteSelector selector = TextQuoteSelector::fromSpan(text, start, start + 5);
    QCOMPARE(selector.exact, QStringLiteral("CLAIM"));
    QCOMPARE(selector.prefix, QString(31, u'x'));
    QCOMPARE(selector.suffix, QString(31, u'y'));
    QVERIFY(!selector.prefix.front().isLowSurrogate());
    QVERIFY(!selector.suffix.back().isHighSurrogate());
}

QTEST_APPLESS_MAIN(TestTextQuoteSelector)
#include "tst_textquoteselector.moc"
