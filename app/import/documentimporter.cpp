#include "documentimporter.h"

#include "canonicaltext.h"
#include "dateline.h"

#include <KArchiveDirectory>
#include <KArchiveFile>
#include <KZip>

#include <QBuffer>
#include <QTimeZone>
#include <QXmlStreamReader>

#include <poppler-qt6.h>

#include <memory>

namespace ClaimLedger {

namespace {

const QString wordNamespace = QStringLiteral("http://schemas.openxmlformats.org/wordprocessingml/2006/main");
const QString odfTextNamespace = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:text:1.0");

int countEntries(const KArchiveDirectory *directory, int limit)
{
    int count = 0;
    const QStringList names = directory->entries();
    for (const QString &name : names) {
        ++count;
        if (count > limit)
            return count;
        const KArchiveEntry *entry = directory->entry(name);
        if (entry && entry->isDirectory())
            count += countEntries(static_cast<const KArchiveDirectory *>(entry), limit - count);
    }
    return count;
}

/// An opened zip archive of a document, with reads bounded against zip bombs.
class BoundedZip
{
public:
    BoundedZip(const QByteArray &bytes, const QString &sourceName)
        : m_bytes(bytes)
        , m_buffer(&m_bytes)
        , m_zip(&m_buffer)
        , m_sourceName(sourceName)
    {
    }

    Status open()
    {
        if (!m_zip.open(QIODevice::ReadOnly))
            return Error{DocumentImporter::tr("%1 is damaged: it is not a readable zip archive.").arg(m_sourceName)};
        if (countEntries(m_zip.directory(), DocumentImporter::MaximumEntries) > DocumentImporter::MaximumEntries)
            return Error{DocumentImporter::tr("%1 holds more than %Ln file(s); it is not opened.", nullptr,
                                              int(DocumentImporter::MaximumEntries))
                             .arg(m_sourceName)};
        return {};
    }

    /// The unpacked bytes of one part, or an error; never more than the limit, whatever
    /// the archive's header claims.
    Result<QByteArray> read(const QString &path, bool required = true)
    {
        const KArchiveFile *file = m_zip.directory()->file(path);
        if (!file) {
            if (!required)
                return QByteArray();
            return Error{DocumentImporter::tr("%1 is damaged: it has no %2.").arg(m_sourceName, path)};
        }
        if (file->size() > DocumentImporter::MaximumUnpackedSize)
            return tooLarge(path);
        std::unique_ptr<QIODevice> device(file->createDevice());
        if (!device || !device->open(QIODevice::ReadOnly))
            return Error{DocumentImporter::tr("%1 is damaged: %2 cannot be unpacked.").arg(m_sourceName, path)};
        QByteArray data = device->read(DocumentImporter::MaximumUnpackedSize + 1);
        if (data.size() > DocumentImporter::MaximumUnpackedSize)
            return tooLarge(path);
        return data;
    }

private:
    Error tooLarge(const QString &path) const
    {
        return Error{
            DocumentImporter::tr("%1 unpacks to more than %2 MB (%3); it is not opened.")
                .arg(m_sourceName, QString::number(DocumentImporter::MaximumUnpackedSize / (1024 * 1024)), path)};
    }

    QByteArray m_bytes;
    QBuffer m_buffer;
    KZip m_zip;
    QString m_sourceName;
};

struct CoreProperties {
    QString title;
    QString creator;
    QDateTime created;
};

/// dc:title, dc:creator and a creation date from DOCX docProps/core.xml or ODF meta.xml.
CoreProperties readProperties(const QByteArray &xml)
{
    CoreProperties properties;
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QStringView name = reader.name();
        if (name == u"title" && properties.title.isEmpty())
            properties.title = reader.readElementText().simplified();
        else if ((name == u"creator" || name == u"initial-creator") && properties.creator.isEmpty())
            properties.creator = reader.readElementText().simplified();
        else if ((name == u"created" || name == u"creation-date") && !properties.created.isValid())
            properties.created = QDateTime::fromString(reader.readElementText().trimmed(), Qt::ISODate);
    }
    return properties;
}

Result<ImportedArticle> finish(const QStringList &paragraphs, const QList<TextBlock> &kinds,
                               const CoreProperties &properties, const QByteArray &bytes, const QString &sourceName,
                               const QString &encoding)
{
    ImportedArticle imported;
    imported.article.text = CanonicalText::assemble(paragraphs, kinds, &imported.article.structure);
    if (imported.article.text.isEmpty())
        return Error{DocumentImporter::tr("%1 has no text to import.").arg(sourceName)};
    imported.article.title
        = properties.title.isEmpty() ? imported.article.text.section(u'\n', 0, 0).left(200) : properties.title;
    imported.article.byline = properties.creator;
    imported.article.publishedAt = properties.created;
    if (!imported.article.publishedAt.isValid()) {
        if (const QDate published = Dateline::find(imported.article.text); published.isValid())
            imported.article.publishedAt = QDateTime(published, QTime(0, 0), QTimeZone::UTC);
    }
    imported.article.source = sourceName;
    imported.article.encoding = encoding;
    imported.original = bytes;
    imported.metadata.title = imported.article.title;
    imported.metadata.byline = properties.creator;
    imported.metadata.published = properties.created;
    return imported;
}

/// Reads paragraphs (and headings, list items) of a WordprocessingML or ODF body, with
/// the kind of each in `kinds`.
QStringList readParagraphs(const QByteArray &xml, bool odf, QString *error, QList<TextBlock> *kinds)
{
    QStringList paragraphs;
    QXmlStreamReader reader(xml);
    QString current;
    TextBlock kind;
    int depth = 0; // nesting of paragraphs (ODF notes hold paragraphs inside paragraphs)
    int listDepth = 0;
    qsizetype total = 0; // characters read so far, paragraphs and the current one
    qsizetype lastSize = 0;
    auto flush = [&] {
        lastSize = 0;
        const QString text = current.simplified();
        if (!text.isEmpty()) {
            paragraphs.append(text);
            kinds->append(kind);
        }
        current.clear();
        kind = TextBlock();
    };
    while (!reader.atEnd()) {
        const QXmlStreamReader::TokenType token = reader.readNext();
        const QStringView name = reader.name();
        const QStringView ns = reader.namespaceUri();
        if (token == QXmlStreamReader::StartElement) {
            if (!odf && ns == wordNamespace) {
                if (name == u"p") {
                    ++depth;
                } else if (name == u"t") {
                    current += reader.readElementText();
                } else if (name == u"tab" || name == u"br" || name == u"cr") {
                    current += u' ';
                } else if (name == u"pStyle") {
                    // "Heading1" … "Heading6", "Title": Word's built-in heading styles.
                    const QString style = reader.attributes().value(wordNamespace, QStringLiteral("val")).toString();
                    if (style.startsWith(QLatin1StringView("Heading"), Qt::CaseInsensitive)) {
                        kind.kind = TextBlock::Kind::Heading;
                        kind.level = std::clamp(style.mid(7).toInt(), 1, 6);
                    } else if (style.compare(QLatin1StringView("Title"), Qt::CaseInsensitive) == 0) {
                        kind.kind = TextBlock::Kind::Heading;
                        kind.level = 1;
                    } else if (style.startsWith(QLatin1StringView("Quote"), Qt::CaseInsensitive)) {
                        kind.kind = TextBlock::Kind::Quote;
                    }
                } else if (name == u"numPr" && kind.kind == TextBlock::Kind::Paragraph) {
                    kind.kind = TextBlock::Kind::ListItem;
                }
            } else if (odf && ns == odfTextNamespace) {
                if (name == u"p" || name == u"h") {
                    if (depth > 0) {
                        current += u' ';
                    } else if (name == u"h") {
                        kind.kind = TextBlock::Kind::Heading;
                        kind.level = std::clamp(
                            reader.attributes().value(odfTextNamespace, QStringLiteral("outline-level")).toInt(), 1, 6);
                    } else if (listDepth > 0) {
                        kind.kind = TextBlock::Kind::ListItem;
                    }
                    ++depth;
                } else if (name == u"list-item") {
                    ++listDepth;
                } else if (name == u"s") {
                    // Runs of spaces fold into one when the paragraph is simplified, so
                    // a few stand for any count, and a hostile count builds nothing.
                    const int spaces = reader.attributes().value(odfTextNamespace, QStringLiteral("c")).toInt();
                    current += QString(std::clamp(spaces, 1, 8), u' ');
                } else if (name == u"tab" || name == u"line-break") {
                    current += u' ';
                }
            }
        } else if (token == QXmlStreamReader::EndElement) {
            const bool paragraphEnd = (!odf && ns == wordNamespace && name == u"p")
                || (odf && ns == odfTextNamespace && (name == u"p" || name == u"h"));
            if (odf && ns == odfTextNamespace && name == u"list-item")
                --listDepth;
            if (paragraphEnd && --depth == 0)
                flush();
        } else if (token == QXmlStreamReader::Characters && odf && depth > 0) {
            current += reader.text();
        }
        total += current.size() - lastSize;
        lastSize = current.size();
        if (total > DocumentImporter::MaximumTextLength) {
            *error = DocumentImporter::tr("it holds more than %1 million characters of text")
                         .arg(DocumentImporter::MaximumTextLength / 1000000);
            return {};
        }
    }
    if (reader.hasError())
        *error = reader.errorString();
    flush();
    return paragraphs;
}

/// The text without C0 control characters other than tab and line breaks: PDFs carry
/// U+0001 and the like where a font maps glyphs to nothing readable.
QString withoutControls(QString text)
{
    text.removeIf([](QChar c) { return c.unicode() < 0x20 && c != u'\t' && c != u'\n' && c != u'\r'; });
    text.remove(QChar(0x7F));
    return text;
}

/// Reads the decimal number at `at` (after any white space); -1 when there is none, and
/// a number too long for 18 digits counts as huge.
qint64 numberAt(QByteArrayView bytes, qsizetype at)
{
    while (at < bytes.size() && QByteArrayView(" \t\r\n\f").contains(bytes[at]))
        ++at;
    qint64 number = -1;
    for (int digits = 0; at < bytes.size() && bytes[at] >= '0' && bytes[at] <= '9'; ++at, ++digits) {
        if (digits == 18)
            return std::numeric_limits<qint64>::max();
        number = std::max<qint64>(number, 0) * 10 + (bytes[at] - '0');
    }
    return number;
}

/// The largest object count a PDF's bytes name: the /Size of its trailers and
/// cross-reference streams, the start plus count of "xref" sections and the numbers of
/// "N G obj" headers. Poppler reserves a table entry for each before reading anything,
/// so /Size 22012317 in a 7 KB file costs it 2.7 GB.
qint64 largestObjectCount(QByteArrayView bytes)
{
    qint64 largest = 0;
    for (qsizetype at = bytes.indexOf("/Size"); at >= 0; at = bytes.indexOf("/Size", at + 5))
        largest = std::max(largest, numberAt(bytes, at + 5));
    for (qsizetype at = bytes.indexOf("xref"); at >= 0; at = bytes.indexOf("xref", at + 4)) {
        const qsizetype afterStart = at + 4;
        const qint64 start = numberAt(bytes, afterStart);
        if (start < 0)
            continue;
        qsizetype next = afterStart;
        while (next < bytes.size() && !(bytes[next] >= '0' && bytes[next] <= '9'))
            ++next;
        while (next < bytes.size() && bytes[next] >= '0' && bytes[next] <= '9')
            ++next;
        const qint64 count = numberAt(bytes, next);
        if (count >= 0)
            largest = std::max(largest,
                               start > std::numeric_limits<qint64>::max() - count ? std::numeric_limits<qint64>::max()
                                                                                  : start + count);
    }
    for (qsizetype at = bytes.indexOf(" obj"); at >= 0; at = bytes.indexOf(" obj", at + 4)) {
        // Back over the generation and the number before it.
        qsizetype begin = at;
        for (int field = 0; field < 2; ++field) {
            while (begin > 0 && QByteArrayView(" \t\r\n\f").contains(bytes[begin - 1]))
                --begin;
            while (begin > 0 && bytes[begin - 1] >= '0' && bytes[begin - 1] <= '9')
                --begin;
        }
        largest = std::max(largest, numberAt(bytes, begin));
    }
    return largest;
}

/// Joins a PDF page's lines into paragraphs: blank lines separate them, and a line
/// broken by a hyphen joins its continuation without one.
QStringList pdfParagraphs(const QString &pageText)
{
    QStringList paragraphs;
    QString current;
    const QStringList lines = pageText.split(u'\n');
    for (const QString &raw : lines) {
        const QString line = raw.simplified();
        if (line.isEmpty()) {
            if (!current.isEmpty())
                paragraphs.append(current);
            current.clear();
            continue;
        }
        if (current.isEmpty())
            current = line;
        else if (current.endsWith(u'-') && line.front().isLower())
            current = current.chopped(1) + line;
        else
            current += u' ' + line;
    }
    if (!current.isEmpty())
        paragraphs.append(current);
    return paragraphs;
}

} // namespace

QString DocumentImporter::sniff(const QByteArray &bytes)
{
    if (bytes.startsWith("%PDF-"))
        return QStringLiteral("pdf");
    if (!bytes.startsWith("PK\x03\x04"))
        return {};
    // File names in a zip are stored as they are, whatever the compression: the parts
    // each format must have tell them apart.
    if (bytes.contains("word/document.xml"))
        return QStringLiteral("docx");
    if (bytes.contains("content.xml"))
        return QStringLiteral("odt");
    return {};
}

Result<ImportedArticle> DocumentImporter::importDocx(const QByteArray &bytes, const QString &sourceName)
{
    BoundedZip zip(bytes, sourceName);
    if (auto opened = zip.open(); !opened)
        return Error{opened.error()};
    auto body = zip.read(QStringLiteral("word/document.xml"));
    if (!body)
        return Error{body.error()};
    auto core = zip.read(QStringLiteral("docProps/core.xml"), false);
    if (!core)
        return Error{core.error()};
    QString error;
    QList<TextBlock> kinds;
    const QStringList paragraphs = readParagraphs(body.value(), false, &error, &kinds);
    if (!error.isEmpty() && paragraphs.isEmpty())
        return Error{tr("%1 is damaged: %2").arg(sourceName, error)};
    return finish(paragraphs, kinds, readProperties(core.value()), bytes, sourceName, QStringLiteral("DOCX"));
}

Result<ImportedArticle> DocumentImporter::importOdt(const QByteArray &bytes, const QString &sourceName)
{
    BoundedZip zip(bytes, sourceName);
    if (auto opened = zip.open(); !opened)
        return Error{opened.error()};
    auto mimetype = zip.read(QStringLiteral("mimetype"), false);
    if (!mimetype)
        return Error{mimetype.error()};
    if (!mimetype->isEmpty() && !mimetype->startsWith("application/vnd.oasis.opendocument.text"))
        return Error{tr("%1 is an OpenDocument file, but not a text document (%2).")
                         .arg(sourceName, QString::fromLatin1(mimetype->left(80)))};
    auto content = zip.read(QStringLiteral("content.xml"));
    if (!content)
        return Error{content.error()};
    auto meta = zip.read(QStringLiteral("meta.xml"), false);
    if (!meta)
        return Error{meta.error()};
    QString error;
    QList<TextBlock> kinds;
    const QStringList paragraphs = readParagraphs(content.value(), true, &error, &kinds);
    if (!error.isEmpty() && paragraphs.isEmpty())
        return Error{tr("%1 is damaged: %2").arg(sourceName, error)};
    return finish(paragraphs, kinds, readProperties(meta.value()), bytes, sourceName, QStringLiteral("ODT"));
}

Result<ImportedArticle> DocumentImporter::importPdf(const QByteArray &bytes, const QString &sourceName)
{
    if (const qint64 objects = largestObjectCount(bytes); objects > MaximumPdfObjects)
        return Error{tr("%1 says it holds more than %2 million objects, far more than any document of its size; "
                        "it is not imported.")
                         .arg(sourceName, QString::number(MaximumPdfObjects / 1000000))};
    std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(bytes);
    if (!document)
        return Error{tr("%1 is damaged: it cannot be read as a PDF.").arg(sourceName)};
    if (document->isLocked())
        return Error{tr("%1 is protected by a password; open it in a PDF reader, save an unprotected copy, and "
                        "import that.")
                         .arg(sourceName)};
    QStringList paragraphs;
    QList<TextBlock> kinds;
    qsizetype total = 0;
    for (int index = 0; index < document->numPages(); ++index) {
        std::unique_ptr<Poppler::Page> page = document->page(index);
        if (!page)
            continue;
        for (const QString &paragraph : pdfParagraphs(withoutControls(page->text(QRectF())))) {
            total += paragraph.size();
            if (total > MaximumTextLength)
                return Error{tr("%1 holds more than %2 million characters of text; it is not imported.")
                                 .arg(sourceName, QString::number(MaximumTextLength / 1000000))};
            paragraphs.append(paragraph);
            TextBlock block;
            block.page = index + 1;
            kinds.append(block);
        }
    }
    CoreProperties properties;
    properties.title = document->info(QStringLiteral("Title")).simplified();
    properties.creator = document->info(QStringLiteral("Author")).simplified();
    properties.created = document->date(QStringLiteral("CreationDate"));
    if (paragraphs.isEmpty())
        return Error{tr("%1 has no text to import (a scanned PDF holds only pictures of text).").arg(sourceName)};
    return finish(paragraphs, kinds, properties, bytes, sourceName, QStringLiteral("PDF"));
}

} // namespace ClaimLedger
