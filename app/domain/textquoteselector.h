#pragma once

#include <QString>
#include <QStringView>

namespace ClaimLedger {

/// The W3C TextQuoteSelector of a span: its exact text and the text around it.
struct TextQuoteSelector {
    QString exact;
    QString prefix;
    QString suffix;

    /// Context kept on each side, in characters (UTF-16 code units).
    static constexpr qsizetype ContextLength = 32;

    /// The selector of text[start, end). Context is cut so that it never splits a
    /// surrogate pair. The span must lie inside the text.
    static TextQuoteSelector fromSpan(QStringView text, qsizetype start, qsizetype end);

    friend bool operator==(const TextQuoteSelector &, const TextQuoteSelector &) = default;
};

} // namespace ClaimLedger
