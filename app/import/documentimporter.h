#pragma once

#include "importedarticle.h"
#include "result.h"

#include <QCoreApplication>

namespace ClaimLedger {

/// Imports word-processor and PDF documents: DOCX and ODT (zip archives of XML, read
/// with KArchive and QXmlStreamReader, with limits against zip bombs) and PDF (text
/// per page through poppler).
class DocumentImporter final
{
    Q_DECLARE_TR_FUNCTIONS(DocumentImporter)

public:
    /// No XML part of a document may unpack to more than this (a zip bomb unpacks to
    /// gigabytes from kilobytes), nor may an archive hold more entries.
    static constexpr qint64 MaximumUnpackedSize = 64 * 1024 * 1024;
    static constexpr int MaximumEntries = 10000;
    /// No document yields more text than this (characters). Repeat counts in the XML
    /// (ODF's <text:s text:c="2147483647"/>) would otherwise build gigabytes from bytes.
    static constexpr qsizetype MaximumTextLength = 32 * 1024 * 1024;
    /// No PDF may name more objects than this: poppler sets aside memory for every
    /// object a file claims before it reads any (a 7 KB file can ask for gigabytes).
    static constexpr qint64 MaximumPdfObjects = 2000000;

    static Result<ImportedArticle> importDocx(const QByteArray &bytes, const QString &sourceName);
    static Result<ImportedArticle> importOdt(const QByteArray &bytes, const QString &sourceName);
    /// Pages become paragraph groups in order; the text keeps no page furniture.
    static Result<ImportedArticle> importPdf(const QByteArray &bytes, const QString &sourceName);

    /// What the bytes are: "pdf", "docx", "odt", or empty.
    static QString sniff(const QByteArray &bytes);
};

} // namespace ClaimLedger
