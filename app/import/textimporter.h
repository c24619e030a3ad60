#pragma once

#include "importedarticle.h"
#include "result.h"

#include <QCoreApplication>

namespace ClaimLedger {

/// Imports plain-text articles. The first line becomes the title.
///
/// Decoding follows EncodingDetector: a byte-order mark, a declared charset, valid or
/// damaged UTF-8 (invalid sequences become U+FFFD with a warning), uchardet's guess.
class TextImporter final
{
    Q_DECLARE_TR_FUNCTIONS(TextImporter)

public:
    /// Files larger than this are refused: no news article is anywhere near it.
    static constexpr qint64 MaximumFileSize = 64 * 1024 * 1024;

    static Result<ImportedArticle> importFile(const QString &path);
    static Result<ImportedArticle> importBytes(const QByteArray &bytes, const QString &sourceName,
                                               const QByteArray &declaredCharset = {});
};

} // namespace ClaimLedger
