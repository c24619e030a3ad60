#include "textquoteselector.h"

#include <algorithm>

namespace ClaimLedger {

TextQuoteSelector TextQuoteSelector::fromSpan(QStringView text, qsizetype start, qsizetype end)
{
    start = std::clamp<qsizetype>(start, 0, text.size());
    end = std::clamp<qsizetype>(end, start, text.size());

    qsizetype prefixStart = std::max<qsizetype>(0, start - ContextLength);
    if (prefixStart > 0 && text.at(prefixStart).isLowSurrogate())
        ++prefixStart;
    qsizetype suffixEnd = std::min(text.size(), end + ContextLength);
    if (suffixEnd < text.size() && text.at(suffixEnd).isLowSurrogate())
        --suffixEnd;

    return {text.sliced(start, end - start).toString(), text.sliced(prefixStart, start - prefixStart).toString(),
            text.sliced(end, suffixEnd - end).toString()};
}

} // namespace ClaimLedger
