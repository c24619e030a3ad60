#include "articleimporter.h"
#include "htmlextractor.h"

#include <QFile>
#include <QStringEncoder>
#include <QTest>

using namespace ClaimLedger;

namespace {

QString readData(const char *name)
{
    QFile file(QStringLiteral(CLAIMLEDGER_TESTS_DIR "/data/") + QString::fromLatin1(name));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// Written for these tests: a Korean news page with navigation, share buttons,
// comments and a footer around the article.
const QString page = readData("article-ko.html");

} // namespace

class TestHtmlImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsTheArticleAndDropsTheRest();
    void readsMetadata();
    void readsJsonLd();
    void decodesTheDeclaredCharset();
    void survivesDeepNesting();
    void pagesWithoutTextAreRefused();
    void textFilesThatLookLikeHtmlStayText();
};

void TestHtmlImporter::keepsTheArticleAndDropsTheRest()
{
    auto imported = ArticleImporter::importBytes(page.toUtf8(), QStringLiteral("page.html"), "text/html",
                                                 QUrl(QStringLiteral("https://news.example.org/article/42")));
    QVERIFY2(imported.ok(), qPrintable(imported.error()));
    const QString text = imported->article.text;
    QVERIFY(text.startsWith(QStringLiteral("일론 머스크 테슬라")));
    QVERIFY(text.contains(QStringLiteral("\n\n머스크 CEO는 5천억달러(약 710조원)")));
    QVERIFY(text.contains(QStringLiteral("\n\n소프트뱅크는 100억 달러 미만의 돈을 갖고 있다.\n\n")));
    QVERIFY(text.contains(QStringLiteral("\n\n향후 4년간 추가로")));
    for (const char *gone : {"tracking", "color: red", "정치", "페이스북", "댓글", "저작권자"})
        QVERIFY2(!text.contains(QString::fromUtf8(gone)), gone);
    // The structure records each block's kind and place in the canonical text.
    const QList<TextBlock> &blocks = imported->article.structure;
    QCOMPARE(blocks.size(), 6);
    QCOMPARE(blocks.at(0).kind, TextBlock::Kind::Paragraph);
    QCOMPARE(blocks.at(2).kind, TextBlock::Kind::Quote);
    QCOMPARE(text.mid(blocks.at(2).start, blocks.at(2).end - blocks.at(2).start),
             QStringLiteral("소프트뱅크는 100억 달러 미만의 돈을 갖고 있다."));
    QCOMPARE(blocks.at(3).kind, TextBlock::Kind::ListItem);
    QCOMPARE(blocks.at(4).kind, TextBlock::Kind::ListItem);
    QCOMPARE(blocks.constLast().end, text.size());
    QCOMPARE(imported->metadata.links.size(), 1);
    QCOMPARE(imported->metadata.links.constFirst(), QUrl(QStringLiteral("https://news.example.org/data/stargate.pdf")));
    QCOMPARE(imported->original, page.toUtf8());
}

void TestHtmlImporter::readsMetadata()
{
    auto imported = ArticleImporter::importBytes(page.toUtf8(), QStringLiteral("page.html"), "text/html");
    QVERIFY(imported.ok());
    QCOMPARE(imported->article.title, QStringLiteral("머스크, 스타게이트 투자 계획에 회의적"));
    QCOMPARE(imported->article.language, QStringLiteral("ko"));
    QCOMPARE(imported->metadata.outlet, QStringLiteral("가상일보"));
    QCOMPARE(imported->metadata.byline, QStringLiteral("정하늘 기자"));
    QCOMPARE(imported->metadata.published, QDateTime(QDate(2025, 1, 23), QTime(0, 30), QTimeZone::UTC));
    QCOMPARE(imported->metadata.canonicalUrl, QUrl(QStringLiteral("https://news.example.org/article/42")));
}

void TestHtmlImporter::readsJsonLd()
{
    const QString html = readData("article-jsonld.html");
    auto imported = ArticleImporter::importBytes(html.toUtf8(), QStringLiteral("en.html"), "text/html");
    QVERIFY2(imported.ok(), qPrintable(imported.error()));
    QCOMPARE(imported->article.title, QStringLiteral("Musk doubts Stargate"));
    QCOMPARE(imported->metadata.byline, QStringLiteral("Jane Roe"));
    QCOMPARE(imported->metadata.outlet, QStringLiteral("Example News"));
    QCOMPARE(imported->metadata.published, QDateTime(QDate(2025, 1, 22), QTime(15, 0), QTimeZone::UTC));
    QVERIFY(imported->article.text.startsWith(QStringLiteral("Elon Musk on Wednesday")));
}

void TestHtmlImporter::decodesTheDeclaredCharset()
{
    QString legacy = page;
    legacy.replace(QStringLiteral("<meta charset=\"utf-8\">"),
                   QStringLiteral("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=euc-kr\">"));
    legacy.replace(QStringLiteral("가상일보"), QStringLiteral("믜디일보")); // 믜 exists only in windows-949
    QStringEncoder cp949("windows-949");
    const QByteArray bytes = cp949.encode(legacy);
    auto imported = ArticleImporter::importFile(QString()); // no file: an error, not a crash
    QVERIFY(!imported.ok());
    imported = ArticleImporter::importBytes(bytes, QStringLiteral("legacy.html"));
    QVERIFY2(imported.ok(), qPrintable(imported.error()));
    QCOMPARE(imported->article.encoding, QStringLiteral("windows-949"));
    QCOMPARE(imported->metadata.outlet, QStringLiteral("믜디일보"));
    QVERIFY(imported->article.text.contains(QStringLiteral("5천억달러(약 710조원)")));
    QVERIFY(imported->warnings.isEmpty());
}

void TestHtmlImporter::survivesDeepNesting()
{
    QByteArray html = "<html><body><p>Start of a page that nests far too deep, as a hostile page might.</p>";
    for (int i = 0; i < 100000; ++i)
        html += "<div>";
    html += "deep text";
    for (int i = 0; i < 100000; ++i)
        html += "</div>";
    html += "</body></html>";
    auto imported = ArticleImporter::importBytes(html, QStringLiteral("deep.html"), "text/html");
    // Whether or not the innermost text is reached, the page is read without a crash.
    QVERIFY(imported.ok());
    QVERIFY(imported->article.text.contains(QStringLiteral("Start of a page")));
}

void TestHtmlImporter::pagesWithoutTextAreRefused()
{
    auto imported
        = ArticleImporter::importBytes("<html><head><title>x</title></head><body><nav>menu</nav></body></html>",
                                       QStringLiteral("empty.html"), "text/html");
    QVERIFY(!imported.ok());
    QVERIFY2(imported.error().contains(QStringLiteral("empty.html")), qPrintable(imported.error()));
}

void TestHtmlImporter::textFilesThatLookLikeHtmlStayText()
{
    const QByteArray bytes = "How to write <html> by hand\n\nStart with <html> and end with </html>.";
    auto imported = ArticleImporter::importBytes(bytes, QStringLiteral("notes.txt"));
    QVERIFY(imported.ok());
    QVERIFY(imported->article.text.contains(QStringLiteral("<html>")));
    QVERIFY(ArticleImporter::looksLikeHtml("<!DOCTYPE html><html>"));
    QVERIFY(!ArticleImporter::looksLikeHtml("plain words"));
}

QTEST_GUILESS_MAIN(TestHtmlImporter)
#include "tst_htmlimporter.moc"
