#include "articleimporter.h"
#include "documentimporter.h"

#include <KZip>

#include <QBuffer>
#include <QElapsedTimer>
#include <QPainter>
#include <QPdfWriter>
#include <QTest>

using namespace ClaimLedger;

namespace {

/// A zip archive made in memory, as a word processor would write it.
QByteArray makeZip(const QList<std::pair<QString, QByteArray>> &entries)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    KZip zip(&buffer);
    if (!zip.open(QIODevice::WriteOnly))
        return {};
    for (const auto &[name, data] : entries)
        zip.writeFile(name, data);
    zip.close();
    return bytes;
}

QByteArray docx(const QString &body)
{
    return makeZip({{QStringLiteral("[Content_Types].xml"), "<Types/>"},
                    {QStringLiteral("word/document.xml"),
                     (QStringLiteral("<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/"
                                     "wordprocessingml/2006/main\"><w:body>")
                      + body + QStringLiteral("</w:body></w:document>"))
                         .toUtf8()},
                    {QStringLiteral("docProps/core.xml"),
                     "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/"
                     "core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>Stargate memo"
                     "</dc:title><dc:creator>Jane Roe</dc:creator></cp:coreProperties>"}});
}

} // namespace

class TestDocumentImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsDocx();
    void readsOdt();
    void readsPdf();
    void damagedDocumentsGetAMessage_data();
    void damagedDocumentsGetAMessage();
    void zipBombsAreRefused();
    void repeatCountsBuildNothing();
    void passwordProtectedPdfsAreRefused();
    void pdfControlCharactersAreDropped();
    void pdfsNamingMillionsOfObjectsAreRefused_data();
    void pdfsNamingMillionsOfObjectsAreRefused();
};

void TestDocumentImporter::readsDocx()
{
    const QByteArray bytes = docx(QStringLiteral(
        "<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr><w:r><w:t>머스크, 스타게이트에 회의적</w:t></w:r></w:p>"
        "<w:p><w:r><w:t xml:space=\"preserve\">머스크 CEO는 </w:t></w:r><w:r><w:rPr><w:b/></w:rPr>"
        "<w:t>\"그들은 돈이 없다\"</w:t></w:r><w:r><w:t>라고 말했다.</w:t></w:r></w:p>"
        "<w:p><w:r><w:t>5천억달러</w:t><w:tab/><w:t>(약 710조원)</w:t></w:r></w:p>"));
    QCOMPARE(DocumentImporter::sniff(bytes), QStringLiteral("docx"));
    auto imported = ArticleImporter::importBytes(bytes, QStringLiteral("memo.docx"));
    QVERIFY2(imported.ok(), qPrintable(imported.error()));
    QCOMPARE(imported->article.text,
             QStringLiteral("머스크, 스타게이트에 회의적\n\n머스크 CEO는 \"그들은 돈이 없다\"라고 말했다."
                            "\n\n5천억달러 (약 710조원)"));
    QCOMPARE(imported->article.title, QStringLiteral("Stargate memo"));
    QCOMPARE(imported->article.structure.size(), 3);
    QCOMPARE(imported->article.structure.at(0).kind, TextBlock::Kind::Heading);
    QCOMPARE(imported->article.structure.at(0).level, 1);
    QCOMPARE(imported->article.structure.at(1).kind, TextBlock::Kind::Paragraph);
    QCOMPARE(imported->article.byline, QStringLiteral("Jane Roe"));
    QCOMPARE(imported->article.encoding, QStringLiteral("DOCX"));
}

void TestDocumentImporter::readsOdt()
{
    const QByteArray content
        = "<?xml version=\"1.0\"?><office:document-content "
          "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
          "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:text>"
          "<text:h text:outline-level=\"1\">Musk doubts Stargate</text:h>"
          "<text:p>They don't<text:s text:c=\"2\"/>have the money, <text:span>Musk wrote</text:span>."
          "</text:p><text:list><text:list-item><text:p>$100 billion now</text:p></text:list-item>"
          "<text:list-item><text:p>$400 billion later</text:p></text:list-item></text:list>"
          "</office:text></office:body></office:document-content>";
    const QByteArray bytes = makeZip({{QStringLiteral("mimetype"), "application/vnd.oasis.opendocument.text"},
                                      {QStringLiteral("content.xml"), content},
                                      {QStringLiteral("meta.xml"),
                                       "<office:document-meta xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:"
                                       "office:1.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><office:meta>"
                                       "<dc:title>Stargate notes</dc:title></office:meta></office:document-meta>"}});
    auto imported = ArticleImporter::importBytes(bytes, QStringLiteral("notes.odt"));
    QVERIFY2(imported.ok(), qPrintable(imported.error()));
    QCOMPARE(imported->article.text,
             QStringLiteral("Musk doubts Stargate\n\nThey don't have the money, Musk wrote."
                            "\n\n$100 billion now\n\n$400 billion later"));
    QCOMPARE(imported->article.title, QStringLiteral("Stargate notes"));
    const QList<TextBlock> &blocks = imported->article.structure;
    QCOMPARE(blocks.size(), 4);
    QCOMPARE(blocks.at(0).kind, TextBlock::Kind::Heading);
    QCOMPARE(blocks.at(1).kind, TextBlock::Kind::Paragraph);
    QCOMPARE(blocks.at(2).kind, TextBlock::Kind::ListItem);
    QCOMPARE(blocks.at(3).kind, TextBlock::Kind::ListItem);
}

void TestDocumentImporter::readsPdf()
{
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setTitle(QStringLiteral("Stargate report"));
        writer.setCreator(QStringLiteral("tst_documentimporter"));
        QPainter painter(&writer);
        painter.setFont(QFont(QStringLiteral("DejaVu Sans"), 12));
        painter.drawText(QPointF(200, 400), QStringLiteral("The partners committed 100 billion dollars."));
        writer.newPage();
        painter.drawText(QPointF(200, 400), QStringLiteral("A further 400 billion follows over four years."));
        painter.end();
    }
    QCOMPARE(DocumentImporter::sniff(bytes), QStringLiteral("pdf"));
    auto imported = ArticleImporter::importBytes(bytes, QStringLiteral("report.pdf"));
    QVERIFY2(imported.ok(), qPrintable(imported.error()));
    QCOMPARE(imported->article.title, QStringLiteral("Stargate report"));
    QVERIFY2(imported->article.text.contains(QStringLiteral("The partners committed 100 billion dollars.")),
             qPrintable(imported->article.text));
    const qsizetype second = imported->article.text.indexOf(QStringLiteral("A further 400 billion"));
    QVERIFY(second > 0);
    // Pages stay apart as paragraphs, and each block knows its page.
    QCOMPARE(imported->article.text.mid(second - 2, 2), QStringLiteral("\n\n"));
    QCOMPARE(imported->article.structure.constFirst().page, 1);
    QCOMPARE(imported->article.structure.constLast().page, 2);
    QCOMPARE(imported->article.structure.constLast().start, second);
}

void TestDocumentImporter::damagedDocumentsGetAMessage_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("DOCX that is not a zip") << QByteArray("This is a plain text file renamed.") << "memo.docx"
                                            << "not a zip archive";
    QTest::newRow("zip without a document") << makeZip({{QStringLiteral("word/other.xml"), "<x/>"}}) << "memo.docx"
                                            << "not a zip archive";
    QTest::newRow("truncated PDF") << QByteArray("%PDF-1.7\n1 0 obj << /Type /Catalog") << "report.pdf"
                                   << "damaged";
    QTest::newRow("PDF that is not one") << QByteArray("<html>not a pdf</html>") << "report.pdf"
                                         << "does not start as one";
}

void TestDocumentImporter::damagedDocumentsGetAMessage()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, name);
    QFETCH(QString, expected);
    auto imported = ArticleImporter::importBytes(bytes, name);
    QVERIFY(!imported.ok());
    QVERIFY2(imported.error().contains(expected), qPrintable(imported.error()));
    QVERIFY(imported.error().contains(name));
}

void TestDocumentImporter::zipBombsAreRefused()
{
    // 65 MB of one byte compresses to a few dozen kilobytes.
    const QByteArray bomb = makeZip(
        {{QStringLiteral("word/document.xml"), QByteArray(DocumentImporter::MaximumUnpackedSize + 1024, 'a')}});
    QVERIFY(bomb.size() < 1024 * 1024);
    auto imported = ArticleImporter::importBytes(bomb, QStringLiteral("bomb.docx"));
    QVERIFY(!imported.ok());
    QVERIFY2(imported.error().contains(QStringLiteral("unpacks to more than")), qPrintable(imported.error()));

    QList<std::pair<QString, QByteArray>> many{{QStringLiteral("word/document.xml"), "<x/>"}};
    for (int i = 0; i <= DocumentImporter::MaximumEntries; ++i)
        many.append({QStringLiteral("f/%1").arg(i), QByteArray()});
    auto crowded = ArticleImporter::importBytes(makeZip(many), QStringLiteral("crowded.docx"));
    QVERIFY(!crowded.ok());
    QVERIFY2(crowded.error().contains(QStringLiteral("holds more than")), qPrintable(crowded.error()));
}

namespace {

/// A PDF of these objects (numbered from 1, the first the catalog), with the offsets
/// of its cross-reference table computed; `trailer` adds entries to the trailer.
QByteArray pdfOf(const QList<QByteArray> &objects, const QByteArray &trailer = {})
{
    QByteArray pdf = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets.append(pdf.size());
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (const qsizetype offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R" + trailer + " >>\nstartxref\n"
        + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

/// A one-page PDF with an /Encrypt dictionary whose user password is not the empty
/// one: readers must ask for a password.
QByteArray lockedPdf()
{
    const QList<QByteArray> objects{
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
        "<< /Length 0 >>\nstream\n\nendstream",
        "<< /Filter /Standard /V 1 /R 2 /P -4 /O <" + QByteArray(64, 'A') + "> /U <" + QByteArray(64, '7') + "> >>",
    };
    return pdfOf(objects, " /Encrypt 5 0 R /ID [<" + QByteArray(32, '1') + "> <" + QByteArray(32, '1') + ">]");
}

} // namespace

void TestDocumentImporter::repeatCountsBuildNothing()
{
    // 414 bytes that asked for a 2^31-character string: 8 GB, or std::bad_alloc.
    const QByteArray content
        = "<?xml version=\"1.0\"?><office:document-content "
          "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
          "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:text>"
          "<text:p>5천억달러<text:s text:c=\"2147483647\"/>규모<text:s text:c=\"-5\"/>구상</text:p>"
          "</office:text></office:body></office:document-content>";
    const QByteArray bytes = makeZip({{QStringLiteral("mimetype"), "application/vnd.oasis.opendocument.text"},
                                      {QStringLiteral("content.xml"), content}});
    QElapsedTimer timer;
    timer.start();
    auto imported = ArticleImporter::importBytes(bytes, QStringLiteral("bomb.odt"));
    QVERIFY2(imported.ok(), qPrintable(imported.error()));
    QCOMPARE(imported->article.text, QStringLiteral("5천억달러 규모 구상"));
    QVERIFY(timer.elapsed() < 5000);
}

void TestDocumentImporter::passwordProtectedPdfsAreRefused()
{
    auto imported = ArticleImporter::importBytes(lockedPdf(), QStringLiteral("locked.pdf"));
    QVERIFY(!imported.ok());
    QVERIFY2(imported.error().contains(QStringLiteral("password")), qPrintable(imported.error()));
}

namespace {

/// A one-page PDF written object by object, with a correct cross-reference table, whose
/// font maps every byte to the code point of the same number (a ToUnicode CMap), so
/// the page's string can put any control character into the extracted text.
QByteArray pdfWithString(const QByteArray &string)
{
    const QByteArray cmap = "/CIDInit /ProcSet findresource begin 12 dict begin begincmap "
                            "/CMapName /Identity-Bytes def 1 begincodespacerange <00> <FF> endcodespacerange "
                            "1 beginbfrange <00> <FF> <0000> endbfrange endcmap CMapName currentdict /CMap "
                            "defineresource pop end end";
    const QByteArray content = "BT /F1 12 Tf 72 700 Td (" + string + ") Tj ET";
    const QList<QByteArray> objects{
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content + "\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 6 0 R >>",
        "<< /Length " + QByteArray::number(cmap.size()) + " >>\nstream\n" + cmap + "\nendstream",
    };
    return pdfOf(objects);
}

} // namespace

void TestDocumentImporter::pdfControlCharactersAreDropped()
{
    // Octal escapes in a PDF string: \001 is U+0001, \033 ESC, \177 DEL.
    auto imported = DocumentImporter::importPdf(pdfWithString("Stargate\\001 costs\\033 500\\177 billion"),
                                                QStringLiteral("controls.pdf"));
    QVERIFY2(imported.ok(), qPrintable(imported.error()));
    const QString &text = imported->article.text;
    QVERIFY2(text.contains(QStringLiteral("Stargate costs 500 billion")), qPrintable(text));
    for (QChar c : text)
        QVERIFY2((c.unicode() >= 0x20 && c.unicode() != 0x7F) || c == u'\n', qPrintable(text));
}

void TestDocumentImporter::pdfsNamingMillionsOfObjectsAreRefused_data()
{
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    // Each stays a few hundred bytes; poppler would reserve a table entry per object.
    QTest::newRow("trailer /Size") << QByteArray("/Size 7") << QByteArray("/Size 22012317");
    QTest::newRow("huge /Size") << QByteArray("/Size 7") << QByteArray("/Size 99999999999999999999999");
    QTest::newRow("object number") << QByteArray("6 0 obj") << QByteArray("9000000 0 obj");
    QTest::newRow("xref section") << QByteArray("xref\n0 7") << QByteArray("xref\n0 50000000");
}

void TestDocumentImporter::pdfsNamingMillionsOfObjectsAreRefused()
{
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    const QByteArray good = pdfWithString("500 billion");
    QVERIFY2(DocumentImporter::importPdf(good, QStringLiteral("good.pdf")).ok(), "the unchanged PDF imports");
    QVERIFY(good.contains(from));
    QByteArray bad = good;
    bad.replace(from, to);
    auto imported = DocumentImporter::importPdf(bad, QStringLiteral("claims.pdf"));
    QVERIFY(!imported.ok());
    QVERIFY2(imported.error().contains(QStringLiteral("million objects")), qPrintable(imported.error()));
    QVERIFY(imported.error().contains(QStringLiteral("claims.pdf")));
}

QTEST_MAIN(TestDocumentImporter)
#include "tst_documentimporter.moc"
