#include "articleimporter.h"

#include "articlefetcher.h"
#include "canonicaltext.h"
#include "documentimporter.h"
#include "encodingdetector.h"
#include "htmlextractor.h"
#include "textimporter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringConverter>

namespace ClaimLedger {

namespace {

QByteArray charsetOf(const QByteArray &contentType)
{
    for (const QByteArray &part : contentType.split(';')) {
        const QByteArray trimmed = part.trimmed();
        if (trimmed.toLower().startsWith("charset="))
            return trimmed.mid(8).trimmed().replace('"', "");
    }
    return {};
}

Result<ImportedArticle> importHtml(const QByteArray &bytes, const QString &sourceName, const QByteArray &charset,
                                   const QUrl &url)
{
    // The server's charset first, then the page's own declaration.
    const QByteArray declared = charset.isEmpty() ? EncodingDetector::declaredInHtml(bytes) : charset;
    // Well-formed UTF-8 pages (most of the web) go to the parser as they are, without
    // being decoded at all; others as the UTF-8 of their decoded text.
    const QByteArray canonical = EncodingDetector::canonicalName(declared);
    EncodingDetector::Decoded decoded;
    HtmlExtractor::Result extracted;
    if ((canonical.isEmpty() || canonical == "UTF-8") && !QStringConverter::encodingForData(bytes)
        && EncodingDetector::isValidUtf8(bytes)) {
        decoded.encoding = QStringLiteral("UTF-8");
        extracted = HtmlExtractor::extractUtf8(bytes, url);
    } else {
        decoded = EncodingDetector::decode(bytes, declared);
        extracted = HtmlExtractor::extractUtf8(decoded.text.toUtf8(), url);
    }
    ImportedArticle imported;
    for (const QString &warning : std::as_const(decoded.warnings))
        imported.warnings.append(ArticleImporter::tr("%1: %2").arg(sourceName, warning));
    imported.article.text = CanonicalText::assemble(extracted.paragraphs, extracted.kinds, &imported.article.structure);
    if (imported.article.text.isEmpty())
        return Error{ArticleImporter::tr("%1 holds no article text that could be found.").arg(sourceName)};
    imported.metadata = extracted.metadata;
    for (const QUrl &link : std::as_const(extracted.metadata.links))
        imported.article.links.append(link.toString());
    imported.article.title
        = extracted.metadata.title.isEmpty() ? imported.article.text.section(u'\n', 0, 0) : extracted.metadata.title;
    imported.article.language = extracted.metadata.language;
    imported.article.outlet = extracted.metadata.outlet;
    imported.article.byline = extracted.metadata.byline;
    imported.article.publishedAt = extracted.metadata.published;
    imported.article.url = extracted.metadata.canonicalUrl.isValid() && !extracted.metadata.canonicalUrl.isEmpty()
        ? extracted.metadata.canonicalUrl.toString()
        : url.toString();
    imported.article.source = url.isValid() && !url.isEmpty() ? url.toString() : sourceName;
    imported.article.encoding = decoded.encoding;
    imported.original = bytes;
    return imported;
}

} // namespace

bool ArticleImporter::looksLikeHtml(QByteArrayView bytes)
{
    const QByteArray head = bytes.first(std::min<qsizetype>(bytes.size(), 1024)).toByteArray().toLower();
    return head.contains("<!doctype html") || head.contains("<html") || head.contains("<head")
        || head.contains("<body");
}

QString ArticleImporter::rereadLocation(const Article &article, const QString &projectPath)
{
    for (const QString &address : {article.source, article.url}) {
        if (ArticleFetcher::isWebAddress(address))
            return address;
    }
    const QString fileName = QFileInfo(article.source).fileName();
    const QDir folder = QFileInfo(projectPath).absoluteDir();
    return !fileName.isEmpty() && folder.exists(fileName) ? folder.filePath(fileName) : QString();
}

Result<ImportedArticle> ArticleImporter::importFile(const QString &path)
{
    const QString nativePath = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("Cannot read %1: %2.").arg(nativePath, file.errorString())};
    if (file.size() > MaximumFileSize)
        return Error{tr("%1 is too large to be an article (%2 MB; the limit is %3 MB).")
                         .arg(nativePath, QString::number(file.size() / (1024 * 1024)),
                              QString::number(MaximumFileSize / (1024 * 1024)))};
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return Error{tr("Cannot read %1: %2.").arg(nativePath, file.errorString())};
    const QString suffix = QFileInfo(path).suffix().toLower();
    const QByteArray type = suffix == QLatin1StringView("html") || suffix == QLatin1StringView("htm")
            || suffix == QLatin1StringView("xhtml")
        ? QByteArray("text/html")
        : QByteArray();
    return importBytes(bytes, QFileInfo(path).fileName(), type);
}

Result<ImportedArticle> ArticleImporter::importBytes(const QByteArray &bytes, const QString &sourceName,
                                                     const QByteArray &contentType, const QUrl &url)
{
    const QByteArray mime = contentType.split(';').constFirst().trimmed().toLower();
    const QString kind = DocumentImporter::sniff(bytes);
    if (kind == QLatin1StringView("pdf"))
        return DocumentImporter::importPdf(bytes, sourceName);
    if (kind == QLatin1StringView("docx"))
        return DocumentImporter::importDocx(bytes, sourceName);
    if (kind == QLatin1StringView("odt"))
        return DocumentImporter::importOdt(bytes, sourceName);
    const QString suffix = sourceName.section(u'.', -1).toLower();
    if (suffix == QLatin1StringView("pdf") || mime == "application/pdf")
        return Error{tr("%1 is damaged: it is named as a PDF but does not start as one.").arg(sourceName)};
    if (suffix == QLatin1StringView("docx") || suffix == QLatin1StringView("odt"))
        return Error{tr("%1 is damaged: it is named as a %2 document but is not a zip archive holding one.")
                         .arg(sourceName, suffix.toUpper())};
    const bool html = mime == "text/html" || mime == "application/xhtml+xml"
        || ((mime.isEmpty() || mime == "text/plain") && looksLikeHtml(bytes)
            && !sourceName.endsWith(QLatin1StringView(".txt")));
    if (html)
        return importHtml(bytes, sourceName, charsetOf(contentType), url);
    return TextImporter::importBytes(bytes, sourceName, charsetOf(contentType));
}

} // namespace ClaimLedger
