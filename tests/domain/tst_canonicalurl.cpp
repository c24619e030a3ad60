#include "canonicalurl.h"

#include <QTest>

using namespace ClaimLedger;

class TestCanonicalUrl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameAddressesCompareEqual_data();
    void sameAddressesCompareEqual();
    void differentPagesStayApart_data();
    void differentPagesStayApart();
};

void TestCanonicalUrl::sameAddressesCompareEqual_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("canonical");
    const QString page = QStringLiteral("https://www.yna.co.kr/view/AKR20250123");
    QTest::newRow("as it is") << page << page;
    QTest::newRow("scheme and host case") << QStringLiteral("HTTPS://WWW.Yna.co.KR/view/AKR20250123") << page;
    QTest::newRow("default port") << QStringLiteral("https://www.yna.co.kr:443/view/AKR20250123") << page;
    QTest::newRow("http default port") << QStringLiteral("http://example.org:80/a")
                                       << QStringLiteral("http://example.org/a");
    QTest::newRow("other port kept") << QStringLiteral("http://example.org:8080/a")
                                     << QStringLiteral("http://example.org:8080/a");
    QTest::newRow("trailing slash") << page + u'/' << page;
    QTest::newRow("fragment") << page + QStringLiteral("#comments") << page;
    QTest::newRow("utm parameters") << page + QStringLiteral("?utm_source=twitter&utm_medium=social") << page;
    QTest::newRow("click ids") << page + QStringLiteral("?fbclid=IwAR0abc&gclid=xyz") << page;
    QTest::newRow("tracking among real parameters")
        << QStringLiteral("https://news.example.com/read?utm_campaign=a&id=42&section=econ")
        << QStringLiteral("https://news.example.com/read?id=42&section=econ");
    QTest::newRow("parameter order") << QStringLiteral("https://news.example.com/read?section=econ&id=42")
                                     << QStringLiteral("https://news.example.com/read?id=42&section=econ");
    QTest::newRow("index page") << QStringLiteral("https://example.org/news/index.html")
                                << QStringLiteral("https://example.org/news");
    QTest::newRow("root") << QStringLiteral("https://Example.org/") << QStringLiteral("https://example.org");
    QTest::newRow("white space") << QStringLiteral("  https://example.org/a  ")
                                 << QStringLiteral("https://example.org/a");
    QTest::newRow("user info") << QStringLiteral("https://user:pw@example.org/a")
                               << QStringLiteral("https://example.org/a");
    QTest::newRow("Korean path, encoded either way")
        << QStringLiteral("https://ko.wikipedia.org/wiki/스타게이트")
        << QStringLiteral("https://ko.wikipedia.org/wiki/%EC%8A%A4%ED%83%80%EA%B2%8C%EC%9D%B4%ED%8A%B8");
    QTest::newRow("not a web address") << QStringLiteral(" 보도자료 2025-01 ") << QStringLiteral("보도자료 2025-01");
}

void TestCanonicalUrl::sameAddressesCompareEqual()
{
    QFETCH(QString, address);
    QFETCH(QString, canonical);
    QCOMPARE(canonicalUrl(address), canonical);
    QCOMPARE(canonicalUrl(canonical), canonical); // idempotent
}

void TestCanonicalUrl::differentPagesStayApart_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::newRow("path case") << QStringLiteral("https://example.org/A") << QStringLiteral("https://example.org/a");
    QTest::newRow("query value") << QStringLiteral("https://example.org/read?id=1")
                                 << QStringLiteral("https://example.org/read?id=2");
    QTest::newRow("scheme") << QStringLiteral("http://example.org/a") << QStringLiteral("https://example.org/a");
    QTest::newRow("subdomain") << QStringLiteral("https://m.example.org/a") << QStringLiteral("https://example.org/a");
}

void TestCanonicalUrl::differentPagesStayApart()
{
    QFETCH(QString, first);
    QFETCH(QString, second);
    QVERIFY(canonicalUrl(first) != canonicalUrl(second));
}

QTEST_GUILESS_MAIN(TestCanonicalUrl)
#include "tst_canonicalurl.moc"
