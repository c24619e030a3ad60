#pragma once

#include "importedarticle.h"
#include "result.h"

#include <QCoreApplication>

namespace ClaimLedger {

/// Imports plain-text articles. The first line becomes the title.
///
/// Decoding: a byte-order mark decides (UTF-8, UTF-16, UTF-32); otherwise the bytes are
/// read as UTF-8, and invalid sequences become U+FFFD with a warning.
class TextImporter final
{
    Q_DECLARE_TR_FUNCTIONS(TextImporter)

public:
    /// Files larger than this are refused: no news article is anywhere near it.
    static constexpr qint64 MaximumFileSize = 64 * 1024 * 1024;

    static Result<ImportedArticle> importFile(const QString &path);
    static Result<ImportedArticle> importBytes(const QByteArray &bytes, const QString &sourceName);
};

} // namespace ClaimLedger
