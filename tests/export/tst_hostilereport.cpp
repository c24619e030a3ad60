// Reports made from a project someone else wrote: every text field holds markup,
// format strings or spreadsheet formulas, and none of it may come out live.

#include "csvreport.h"
#include "htmlreport.h"
#include "markdownreport.h"
#include "offlinetextdocument.h"
#include "pdfreport.h"

#include <QGuiApplication>
#include <QImage>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace ClaimLedger;

namespace {

const QString script = QStringLiteral("<script>alert(1)</script>");
const QString image = QStringLiteral("<img src=\"http://tracker.example/x.png\">");

ReportContent hostileContent()
{
    Article article;
    article.id = 1;
    article.uuid = QUuid::createUuid();
    article.title = QStringLiteral("=HYPERLINK(\"http://evil.example\",\"click\") %1 %2 %3 ") + script;
    article.source = image;
    article.url = QStringLiteral("javascript:alert(1)");
    article.outlet = script;
    article.byline = image;

    Claim claim;
    claim.id = 7;
    claim.articleId = 1;
    claim.kind = ClaimKind::Figure;
    claim.claimant = QStringLiteral("@SUM(A1:A9) ") + script;
    claim.quote.exact = QStringLiteral("+1 ") + image;
    claim.wording = QStringLiteral("-2+3 ") + script;
    claim.rationale = QStringLiteral("\t=cmd|' /C calc'!A0 ") + image;

    Figure figure;
    figure.claimId = 7;
    figure.stated = image;
    figure.value = QStringLiteral("<b>5</b>");
    figure.unit = QStringLiteral("<i>USD</i>");
    figure.qualifier = QStringLiteral("*exact*");

    Source source;
    source.id = 3;
    source.title = QStringLiteral("%1%2 ") + script;
    source.url = QStringLiteral("file:///etc/passwd");
    source.author = image;

    Evidence evidence;
    evidence.claimId = 7;
    evidence.sourceId = 3;
    evidence.stance = Stance::Supports;
    evidence.excerpt = script;
    evidence.locator = image;

    ReportContent content;
    content.title = script;
    content.sections.append({article, {claim}});
    content.figures.insert(7, {figure});
    content.sources.insert(3, source);
    content.evidence.insert(7, {evidence});
    content.citedSources = {3};
    content.snapshotHashes.insert(3, {QStringLiteral("<img src=x onerror=alert(1)>")});
    return content;
}

} // namespace

class TestHostileReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void htmlHoldsNoLiveMarkup();
    void markdownEscapesEveryField();
    void csvNeutralizesFormulas_data();
    void csvNeutralizesFormulas();
    void formatStringsInTitlesStayText();
    void offlineDocumentsLoadNothing();
    void pdfOfAHostileProjectIsWritten();
    void longTextsAreShortenedForLayout();
};

void TestHostileReport::htmlHoldsNoLiveMarkup()
{
    const QString html = HtmlReport::render(hostileContent(), QDateTime::currentDateTimeUtc());
    QVERIFY(!html.contains(QStringLiteral("<script")));
    QVERIFY(!html.contains(QStringLiteral("<img")));
    QVERIFY(!html.contains(QStringLiteral("<b>5</b>")));
    QVERIFY(!html.contains(QStringLiteral("href=\"javascript:")));
    QVERIFY(html.contains(QStringLiteral("&lt;img src=x onerror=alert(1)&gt;")));
}

void TestHostileReport::markdownEscapesEveryField()
{
    const QString markdown = MarkdownReport::render(hostileContent());
    // Every < is escaped, so a CommonMark renderer shows it as text, never as a tag.
    const QRegularExpression bareAngle(QStringLiteral("(?<!\\\\)<"));
    QVERIFY2(!bareAngle.match(markdown).hasMatch(), qPrintable(markdown));
    QVERIFY(markdown.contains(QStringLiteral("\\<b\\>5\\</b\\>")));
    QVERIFY(markdown.contains(QStringLiteral("\\<i\\>USD\\</i\\>")));
    QVERIFY2(markdown.contains(QStringLiteral("\\*exact\\*")), qPrintable(markdown));
    // A hash that is not one is not put in a code span (nothing escapes inside one).
    QVERIFY(markdown.contains(QStringLiteral("SHA-256 \\<img")));
}

void TestHostileReport::csvNeutralizesFormulas_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("written");
    QTest::newRow("equals") << "=1+1"
                            << "\"'=1+1\"";
    QTest::newRow("plus") << "+1"
                          << "\"'+1\"";
    QTest::newRow("minus") << "-2+3"
                           << "\"'-2+3\"";
    QTest::newRow("at") << "@SUM(A1)"
                        << "\"'@SUM(A1)\"";
    QTest::newRow("tab") << "\t=1"
                         << "\"'\t=1\"";
    QTest::newRow("carriage return") << "\r=1"
                                     << "\"'\r=1\"";
    QTest::newRow("quote inside") << "=\"x\""
                                  << "\"'=\"\"x\"\"\"";
    QTest::newRow("plain") << "5천억달러"
                           << "5천억달러";
    QTest::newRow("minus inside") << "3-2"
                                  << "3-2";
    QTest::newRow("comma") << "a,b"
                           << "\"a,b\"";
}

void TestHostileReport::csvNeutralizesFormulas()
{
    QFETCH(QString, value);
    QTEST(CsvReport::field(value), "written");

    const QString csv = QString::fromUtf8(CsvReport::render(hostileContent(), false));
    const QStringList lines = csv.split(QStringLiteral("\r\n"));
    QVERIFY(lines.size() >= 2);
    QVERIFY(lines.at(1).contains(QStringLiteral(",\"'=HYPERLINK(")));
    QVERIFY(lines.at(1).contains(QStringLiteral(",\"'@SUM(A1:A9)")));
}

void TestHostileReport::formatStringsInTitlesStayText()
{
    // A source title holding %1%2 must neither swallow the citation number nor be
    // filled in by it.
    const QString html = HtmlReport::render(hostileContent(), QDateTime::currentDateTimeUtc());
    QVERIFY2(html.contains(QStringLiteral("%1%2 &lt;script&gt;alert(1)&lt;/script&gt; [1]")), qPrintable(html));
    const QString markdown = MarkdownReport::render(hostileContent());
    QVERIFY2(markdown.contains(QStringLiteral("%1%2 \\<script\\>alert(1)\\</script\\> [1]")), qPrintable(markdown));
}

void TestHostileReport::offlineDocumentsLoadNothing()
{
    QTemporaryDir dir;
    const QString picture = dir.filePath(QStringLiteral("private.png"));
    QImage pixels(4, 4, QImage::Format_RGB32);
    pixels.fill(Qt::red);
    QVERIFY(pixels.save(picture));
    const QUrl url = QUrl::fromLocalFile(picture);
    const QString html = QStringLiteral("<p>x<img src=\"%1\"></p>").arg(url.toString());

    // A plain QTextDocument reads the analyst's file: what this guards against.
    QTextDocument plain;
    plain.setHtml(html);
    plain.documentLayout();
    (void)plain.size();
    QVERIFY(!plain.resource(QTextDocument::ImageResource, url).isNull());

    OfflineTextDocument offline;
    offline.setHtml(html);
    (void)offline.size();
    QVERIFY(offline.resource(QTextDocument::ImageResource, url).isNull());
    const QUrl data(QStringLiteral("data:image/png;base64,iVBORw0KGgo="));
    QVERIFY(offline.resource(QTextDocument::ImageResource, data).isNull());
}

void TestHostileReport::pdfOfAHostileProjectIsWritten()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("hostile.pdf"));
    QVERIFY(PdfReport::write(hostileContent(), path, QPageSize::A4).ok());
    QFile pdf(path);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    const QByteArray bytes = pdf.readAll();
    QVERIFY(bytes.startsWith("%PDF-"));
    // No image reached the page: QPdfWriter writes one XObject per image.
    QVERIFY(!bytes.contains("/Subtype /Image"));
}

void TestHostileReport::longTextsAreShortenedForLayout()
{
    ReportContent content = hostileContent();
    Claim &claim = content.sections.first().claims.first();
    // One unbreakable word, and a surrogate pair across the cut.
    claim.rationale = QString(ReportContent::LaidOutTextLength - 1, u'A') + QStringLiteral("😀") + QString(5000, u'B');
    content.sources[3].notes = QString(3 * ReportContent::LaidOutTextLength, u'가');
    const QString shortWording = claim.wording;
    content.shortenTexts();
    const Claim &shortened = content.sections.first().claims.first();
    QVERIFY(shortened.rationale.startsWith(QString(ReportContent::LaidOutTextLength - 1, u'A') + u'…'));
    QVERIFY2(shortened.rationale.contains(QStringLiteral("5002")), qPrintable(shortened.rationale.right(60)));
    QVERIFY(content.sources[3].notes.size() < ReportContent::LaidOutTextLength + 100);
    QCOMPARE(shortened.wording, shortWording); // short texts stay as they are

    // Ten megabytes in one field: laid out whole, this took minutes (the test's
    // timeout catches a return of that); shortened, a fraction of a second.
    ReportContent huge = hostileContent();
    huge.sections.first().claims.first().rationale = QString(10 * 1024 * 1024, u'A');
    QTemporaryDir dir;
    QVERIFY(PdfReport::write(huge, dir.filePath(QStringLiteral("huge.pdf")), QPageSize::A4).ok());
}

QTEST_MAIN(TestHostileReport)
#include "tst_hostilereport.moc"
