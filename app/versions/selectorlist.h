#pragma once

#include "quoteanchor.h"
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

namespace ClaimLedger {

/// W3C selectors read from an untrusted JSON file, to be found again in a text: a list
/// of TextQuoteSelector (and optional TextPositionSelector) objects, a list of such
/// lists, or Web Annotations holding them in their target, as a W3C export, an
/// AnnotationCollection page or a Hypothesis export writes them. Each entry must give
/// a TextQuoteSelector; anything else is refused with the entry's place, never guessed.
class SelectorList final
{
    Q_DECLARE_TR_FUNCTIONS(SelectorList)

public:
    static constexpr qsizetype MaxBytes = 64 * 1024 * 1024;
    static constexpr qsizetype MaxEntries = 100'000;
    static constexpr qsizetype MaxQuoteLength = 100'000;

    static Result<QList<QuoteAnchor::Target>> read(const QByteArray &json);
};

} // namespace ClaimLedger
