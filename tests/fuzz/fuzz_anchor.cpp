// Re-anchoring on any input: the bytes split into a selector file and an article text.
// Every selector the file yields is looked up in the text, and every place found must
// lie inside it; the word diff of the two halves must rebuild both exactly.

#include "fuzzsupport.h"
#include "quoteanchor.h"
#include "selectorlist.h"
#include "textdiff.h"

CLAIMLEDGER_FUZZ_INITIALIZE

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace ClaimLedger;
    const QByteArray bytes = Fuzz::bytesOf(data, size);
    // The first NUL separates the selectors from the text; without one, the selectors
    // are looked up in their own bytes read as text.
    const qsizetype split = bytes.indexOf('\0');
    const QByteArray json = split < 0 ? bytes : bytes.first(split);
    const QString text = QString::fromUtf8(split < 0 ? bytes : bytes.sliced(split + 1));

    const QuoteAnchor anchor(text);
    if (const auto targets = SelectorList::read(json)) {
        for (const QuoteAnchor::Target &target : targets.value()) {
            const Anchoring found = anchor.find(target);
            if (found.status == Anchoring::Status::Orphaned)
                continue;
            Fuzz::require(found.start >= 0 && found.start < found.end && found.end <= text.size(),
                          "a place found lies inside the text");
        }
    }
    // A quote taken from the text itself is found where it is, or at an equal copy.
    if (text.size() > 8) {
        const qsizetype start = text.size() / 3, end = text.size() / 3 + text.size() / 4 + 1;
        const TextQuoteSelector quote = TextQuoteSelector::fromSpan(text, start, end);
        const Anchoring found = anchor.find({quote, start});
        Fuzz::require(found.status == Anchoring::Status::Exact
                          && QStringView(text).sliced(found.start, found.end - found.start) == quote.exact,
                      "an unchanged quote is found exactly");
    }

    const QString older = QString::fromUtf8(json);
    QString from, to;
    for (const DiffPiece &piece : TextDiff::compare(older, text)) {
        if (piece.kind != DiffPiece::Kind::Added)
            from += piece.text;
        if (piece.kind != DiffPiece::Kind::Removed)
            to += piece.text;
    }
    Fuzz::require(from == older && to == text, "the diff rebuilds both texts");
    return 0;
}
