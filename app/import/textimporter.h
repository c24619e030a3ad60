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
    static Result<ImportedArticle> importBytes(const QByteArray &bytes, const QString &sourceName,
                                               const QByteArray &declaredCharset = {});
};

} // namespace ClaimLedger
