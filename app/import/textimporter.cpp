#include "textimporter.h"

#include "canonicaltext.h"
#include "dateline.h"
#include "encodingdetector.h"

#include <QFileInfo>
#include <QStringDecoder>
#include <QTimeZone>

namespace ClaimLedger {

namespace {

constexpr qsizetype MaximumTitleLength = 200;

QString titleFrom(const QString &text, const QString &sourceName)
{
    const QString firstLine = text.section(u'\n', 0, 0).trimmed();
    if (firstLine.isEmpty())
        return QFileInfo(sourceName).completeBaseName();
    if (firstLine.size() <= MaximumTitleLength)
        return firstLine;
    qsizetype cut = MaximumTitleLength;
    if (firstLine.at(cut).isLowSurrogate())
        --cut;
    return firstLine.left(cut) + u'…';
}

/// Binary files (images, archives, executables) hold NUL bytes in their first block;
/// UTF-16 and UTF-32 text does too, which is why this is asked only of bytes that are
/// neither marked nor recognized as such.
bool looksBinary(const QByteArray &bytes)
{
    return bytes.left(8192).contains('\0');
}

} // namespace

Result<ImportedArticle> TextImporter::importBytes(const QByteArray &bytes, const QString &sourceName,
                                                  const QByteArray &declaredCharset)
{
    if (!QStringConverter::encodingForData(bytes) && !EncodingDetector::utf16WithoutBom(bytes) && looksBinary(bytes))
        return Error{tr("%1 is not a text file: it contains binary data.").arg(sourceName)};

    EncodingDetector::Decoded decoded = EncodingDetector::decode(bytes, declaredCharset);
    ImportedArticle imported;
    for (const QString &warning : std::as_const(decoded.warnings))
        imported.warnings.append(tr("%1: %2").arg(sourceName, warning));
    imported.article.text = CanonicalText::normalize(decoded.text);
    if (imported.article.text.isEmpty())
        return Error{tr("%1 is empty: there is no text to import.").arg(sourceName)};
    imported.article.structure = paragraphBlocks(imported.article.text);
    imported.article.title = titleFrom(imported.article.text, sourceName);
    // Plain text has no metadata: its dateline is its publication date.
    if (const QDate published = Dateline::find(imported.article.text); published.isValid())
        imported.article.publishedAt = QDateTime(published, QTime(0, 0), QTimeZone::UTC);
    imported.article.source = sourceName;
    imported.article.encoding = decoded.encoding;
    imported.original = bytes;
    return imported;
}

} // namespace ClaimLedger
