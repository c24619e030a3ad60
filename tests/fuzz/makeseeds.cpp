// Writes seed inputs the fuzz targets cannot take from ../shared/corpus or tests/data:
// DOCX, ODT and PDF documents, and a real project file with its JSON export.
//
//   makeseeds OUTPUT_FOLDER
//
// Archives are written both deflated and stored, so mutations of the stored ones reach
// the XML directly.

#include "projectjson.h"
#include "sampleproject.h"

#include <KZip>

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QPainter>
#include <QPdfWriter>

#include <cstdio>

using namespace ClaimLedger;

namespace {

bool save(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
        std::fprintf(stderr, "makeseeds: cannot write %s\n", qPrintable(path));
        return false;
    }
    return true;
}

QByteArray zip(const QList<std::pair<QString, QByteArray>> &entries, bool deflate)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    KZip archive(&buffer);
    archive.setCompression(deflate ? KZip::DeflateCompression : KZip::NoCompression);
    if (!archive.open(QIODevice::WriteOnly))
        return {};
    for (const auto &[name, data] : entries)
        archive.writeFile(name, data);
    archive.close();
    return bytes;
}

const QByteArray docxBody
    = "<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/"
      "main\"><w:body><w:p><w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr><w:r><w:t>Musk doubts Stargate</w:t>"
      "</w:r></w:p><w:p><w:r><w:t xml:space=\"preserve\">\"They don't have the money,\" </w:t></w:r><w:r>"
      "<w:rPr><w:b/></w:rPr><w:t>Musk said</w:t></w:r><w:r><w:tab/><w:t>of the $500 billion plan.</w:t>"
      "</w:r></w:p><w:p><w:r><w:t>5천억달러(약 710조원)</w:t><w:br/></w:r></w:p></w:body></w:document>";

const QByteArray odtContent
    = "<?xml version=\"1.0\"?><office:document-content "
      "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
      "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:text>"
      "<text:h text:outline-level=\"1\">Musk doubts Stargate</text:h>"
      "<text:p>They don't<text:s text:c=\"2\"/>have the money,<text:tab/><text:span>Musk wrote</text:span>."
      "<text:line-break/></text:p><text:list><text:list-item><text:p>$100 billion now</text:p></text:list-item>"
      "<text:list-item><text:p>100억 달러 미만</text:p></text:list-item></text:list>"
      "</office:text></office:body></office:document-content>";

QByteArray pdf()
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setTitle(QStringLiteral("Stargate report"));
    QPainter painter(&writer);
    painter.drawText(QPointF(200, 400), QStringLiteral("The partners committed 100 billion dollars."));
    writer.newPage();
    painter.drawText(QPointF(200, 400), QStringLiteral("A further 400 billion follows over four years."));
    painter.end();
    return bytes;
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: makeseeds OUTPUT_FOLDER\n");
        return 2;
    }
    const QDir out(QString::fromLocal8Bit(argv[1]));
    for (const char *target : {"document", "pdf", "projectjson", "projectopen"})
        out.mkpath(QString::fromLatin1(target));

    const QList<std::pair<QString, QByteArray>> docx{
        {QStringLiteral("[Content_Types].xml"), "<Types/>"},
        {QStringLiteral("word/document.xml"), docxBody},
        {QStringLiteral("docProps/core.xml"),
         "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
         "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>Stargate memo</dc:title>"
         "<dc:creator>Jane Roe</dc:creator></cp:coreProperties>"}};
    const QList<std::pair<QString, QByteArray>> odt{
        {QStringLiteral("mimetype"), "application/vnd.oasis.opendocument.text"},
        {QStringLiteral("content.xml"), odtContent},
        {QStringLiteral("meta.xml"),
         "<office:document-meta xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
         "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><office:meta><dc:title>Stargate notes</dc:title>"
         "</office:meta></office:document-meta>"}};
    bool ok = save(out.filePath(QStringLiteral("document/memo-stored.docx")), zip(docx, false))
        && save(out.filePath(QStringLiteral("document/memo.docx")), zip(docx, true))
        && save(out.filePath(QStringLiteral("document/notes-stored.odt")), zip(odt, false))
        && save(out.filePath(QStringLiteral("document/notes.odt")), zip(odt, true))
        && save(out.filePath(QStringLiteral("pdf/report.pdf")), pdf());

    const QString projectPath = out.filePath(QStringLiteral("projectopen/sample.claimledger"));
    QFile::remove(projectPath);
    auto project = SampleProject::create(projectPath);
    if (!project) {
        std::fprintf(stderr, "makeseeds: %s\n", qPrintable(project.error()));
        return 1;
    }
    auto json = ProjectJson::write(*project.value());
    if (!json) {
        std::fprintf(stderr, "makeseeds: %s\n", qPrintable(json.error()));
        return 1;
    }
    ok = ok && save(out.filePath(QStringLiteral("projectjson/sample.json")), QJsonDocument(json.value()).toJson());
    return ok ? 0 : 1;
}
