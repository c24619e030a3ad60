#include "quoteanchor.h"

#include <QSet>

#include <algorithm>
#include <limits>

namespace ClaimLedger {

namespace {

constexpr qsizetype GramLength = 4;
/// Context characters next to the quote that must stand as they were for an exact
/// occurrence to be taken without aligning.
constexpr qsizetype NearContext = 12;
/// A gram found more often than this says nothing about where a quote is (" the ").
constexpr std::size_t MaxGramHits = 64;
/// Alignment costs. A character the new text adds costs little, so that words inserted
/// into a quote do not make cutting the quote short look cheaper; one of the quote or
/// its context that is missing or replaced costs much more.
constexpr int InsertCost = 1;
constexpr int InsertOpenCost = 8;
constexpr int MissingCost = 6;
constexpr int ReplacedCost = 6;
/// Below this share of its characters found (in runs), a quote is gone.
constexpr double OrphanedBelow = 0.6;
/// Below this share it is found, but the analyst should look.
constexpr double WeakBelow = 0.75;
/// A context side counts as still there from this share of it found.
constexpr double ContextHolds = 0.8;
/// ... and then a quote is taken as replaced in place from this share of it found.
constexpr double ReplacedFrom = 0.2;
/// Below this share found on both sides, the quote's context is gone.
constexpr double ContextLost = 0.5;
/// A second place within this many characters' cost of the best is a real rival.
constexpr int RivalMargin = 3 * ReplacedCost;

std::uint64_t gramAt(QStringView text, qsizetype at)
{
    std::uint64_t key = 0;
    for (qsizetype i = 0; i < GramLength; ++i)
        key = (key << 16) | text.at(at + i).unicode();
    return key;
}

bool isMagnitudeWord(QStringView word)
{
    static const QSet<QString> words = {
        QStringLiteral("zero"),     QStringLiteral("one"),      QStringLiteral("two"),       QStringLiteral("three"),
        QStringLiteral("four"),     QStringLiteral("five"),     QStringLiteral("six"),       QStringLiteral("seven"),
        QStringLiteral("eight"),    QStringLiteral("nine"),     QStringLiteral("ten"),       QStringLiteral("eleven"),
        QStringLiteral("twelve"),   QStringLiteral("thirteen"), QStringLiteral("fifteen"),   QStringLiteral("twenty"),
        QStringLiteral("thirty"),   QStringLiteral("forty"),    QStringLiteral("fifty"),     QStringLiteral("sixty"),
        QStringLiteral("seventy"),  QStringLiteral("eighty"),   QStringLiteral("ninety"),    QStringLiteral("hundred"),
        QStringLiteral("thousand"), QStringLiteral("million"),  QStringLiteral("billion"),   QStringLiteral("trillion"),
        QStringLiteral("percent"),  QStringLiteral("half"),     QStringLiteral("quarter"),   QStringLiteral("dozen"),
        QStringLiteral("millions"), QStringLiteral("billions"), QStringLiteral("thousands"), QStringLiteral("hundreds"),
    };
    return words.contains(word.toString().toLower());
}

/// 만, 억, 조 and the other Korean magnitudes count only right after a digit or
/// another magnitude (5천억), since they also start ordinary words (만나다, 조사).
bool isKoreanMagnitude(QChar c)
{
    return c == QChar(0xb9cc) || c == QChar(0xc5b5) || c == QChar(0xc870) || c == QChar(0xcc9c) || c == QChar(0xbc31)
        || c == QChar(0xc2ed) || c == QChar(0xacbd);
}

} // namespace

QString Anchoring::statusName(Status status)
{
    switch (status) {
    case Status::Exact:
        return QStringLiteral("exact");
    case Status::Changed:
        return QStringLiteral("changed");
    case Status::Orphaned:
        break;
    }
    return QStringLiteral("orphaned");
}

QuoteAnchor::QuoteAnchor(QString text)
    : m_text(std::move(text))
{
    // Positions grouped by a hash of their gram, by counting sort: two passes over
    // the text instead of sorting it.
    const QStringView view(m_text);
    if (view.size() < GramLength)
        return;
    const auto grams = std::size_t(view.size() - GramLength + 1);
    while ((std::size_t(1) << m_bucketBits) < grams)
        ++m_bucketBits;
    m_bucketStart.assign((std::size_t(1) << m_bucketBits) + 1, 0);
    for (std::size_t i = 0; i < grams; ++i)
        ++m_bucketStart[bucketOf(gramAt(view, qsizetype(i))) + 1];
    for (std::size_t b = 1; b < m_bucketStart.size(); ++b)
        m_bucketStart[b] += m_bucketStart[b - 1];
    m_positions.resize(grams);
    std::vector<std::uint32_t> next(m_bucketStart.begin(), m_bucketStart.end() - 1);
    for (std::size_t i = 0; i < grams; ++i)
        m_positions[next[bucketOf(gramAt(view, qsizetype(i)))]++] = std::uint32_t(i);
}

std::size_t QuoteAnchor::bucketOf(std::uint64_t gram) const
{
    return std::size_t((gram * 0x9e3779b97f4a7c15ULL) >> (64 - m_bucketBits));
}

bool QuoteAnchor::positionsOf(std::uint64_t gram, std::vector<qsizetype> &positions, std::size_t limit) const
{
    positions.clear();
    if (m_positions.empty())
        return true;
    const std::size_t bucket = bucketOf(gram);
    const QStringView view(m_text);
    for (std::uint32_t k = m_bucketStart[bucket]; k < m_bucketStart[bucket + 1]; ++k) {
        if (gramAt(view, m_positions[k]) == gram) {
            positions.push_back(m_positions[k]);
            if (positions.size() > limit)
                return false;
        }
    }
    return true;
}

QStringList QuoteAnchor::figureTokens(QStringView text)
{
    QStringList tokens;
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c.isDigit()) {
            qsizetype j = i + 1;
            while (
                j < text.size()
                && (text.at(j).isDigit()
                    || ((text.at(j) == u'.' || text.at(j) == u',') && j + 1 < text.size() && text.at(j + 1).isDigit())))
                ++j;
            QString number;
            // Digits of any script compare as ASCII; group separators do not count.
            for (qsizetype k = i; k < j; ++k) {
                if (text.at(k) == u'.')
                    number.append(u'.');
                else if (text.at(k) != u',')
                    number.append(QChar(u'0' + text.at(k).digitValue()));
            }
            tokens.append(number);
            while (j < text.size() && isKoreanMagnitude(text.at(j)))
                tokens.append(text.at(j++));
            i = j;
        } else if (c == u'%' || c == QChar(0xff05)) {
            tokens.append(QStringLiteral("%"));
            ++i;
        } else if (c.isLetter() && c.unicode() < 0x250) {
            qsizetype j = i + 1;
            while (j < text.size() && text.at(j).isLetter() && text.at(j).unicode() < 0x250)
                ++j;
            const QStringView word = text.sliced(i, j - i);
            if (isMagnitudeWord(word))
                tokens.append(word.toString().toLower());
            i = j;
        } else {
            ++i;
        }
    }
    return tokens;
}

std::vector<qsizetype> QuoteAnchor::exactOccurrences(QStringView needle, int limit) const
{
    std::vector<qsizetype> found;
    const QStringView view(m_text);
    if (needle.isEmpty() || needle.size() > view.size())
        return found;
    auto scan = [&] {
        for (qsizetype at = view.indexOf(needle); at >= 0 && int(found.size()) < limit;
             at = view.indexOf(needle, at + 1))
            found.push_back(at);
        return found;
    };
    if (needle.size() < GramLength || m_positions.empty())
        return scan();
    // Look the needle up by its rarest gram among a few, then compare. Grams are
    // listed up to a small count first, a larger one only when all are common: each
    // listed place is a read somewhere in a long text.
    qsizetype bestOffset = -1;
    std::vector<qsizetype> best, positions;
    const qsizetype last = needle.size() - GramLength;
    const int probes = int(std::min<qsizetype>(12, last + 1));
    for (const std::size_t ceiling : {std::size_t(16), std::size_t(4096)}) {
        for (int probe = 0; probe < probes; ++probe) {
            const qsizetype offset = probes > 1 ? last * probe / (probes - 1) : 0;
            // Only a gram rarer than the rarest so far is worth listing in full.
            if (!positionsOf(gramAt(needle, offset), positions, bestOffset < 0 ? ceiling : best.size() - 1))
                continue;
            bestOffset = offset;
            best.swap(positions);
            if (best.empty())
                return found;
        }
        if (bestOffset >= 0)
            break;
    }
    if (bestOffset < 0)
        return scan(); // every gram probed is very common (a text of few distinct words)
    for (const qsizetype at : best) {
        const qsizetype start = at - bestOffset;
        if (start >= 0 && start + needle.size() <= view.size() && view.sliced(start, needle.size()) == needle) {
            found.push_back(start);
            if (int(found.size()) >= limit)
                break;
        }
    }
    return found;
}

std::vector<QuoteAnchor::Stretch> QuoteAnchor::candidateStarts(QStringView pattern, qsizetype oldStart,
                                                               double share) const
{
    // Each seed gram found in the text votes for where the pattern would start; the
    // densest stretches of votes are the places worth aligning.
    std::vector<qsizetype> votes;
    const qsizetype length = pattern.size();
    if (length >= GramLength && !m_positions.empty()) {
        const qsizetype step = std::max<qsizetype>(1, length / 64);
        std::vector<qsizetype> positions;
        for (qsizetype i = 0; i + GramLength <= length; i += step) {
            if (!positionsOf(gramAt(pattern, i), positions, MaxGramHits))
                continue;
            for (const qsizetype at : positions)
                votes.push_back(at - i);
        }
    }
    std::sort(votes.begin(), votes.end());
    const qsizetype width = std::max<qsizetype>(16, length / 3);
    std::vector<Stretch> starts;
    std::vector<bool> used(votes.size(), false);
    std::size_t best = 0;
    for (int round = 0; round < 4 && !votes.empty(); ++round) {
        // The window of `width` holding the most votes not taken yet.
        std::size_t bestCount = 0, bestFrom = 0, bestTo = 0;
        std::size_t count = 0;
        for (std::size_t from = 0, to = 0; from < votes.size(); ++from) {
            while (to < votes.size() && votes[to] - votes[from] <= width) {
                count += used[to] ? 0 : 1;
                ++to;
            }
            if (count > bestCount) {
                bestCount = count;
                bestFrom = from;
                bestTo = to;
            }
            count -= used[from] ? 0 : 1;
        }
        if (round == 0)
            best = bestCount;
        if (bestCount < std::max<std::size_t>(2, std::size_t(double(best) * share)))
            break;
        for (std::size_t k = bestFrom; k < bestTo; ++k)
            used[k] = true;
        starts.push_back({votes[bestFrom], votes[(bestFrom + bestTo) / 2]});
    }
    if (starts.empty() && oldStart >= 0)
        starts.push_back({std::min<qsizetype>(oldStart, m_text.size()), std::min<qsizetype>(oldStart, m_text.size())});
    return starts;
}

QuoteAnchor::Placement QuoteAnchor::align(QStringView prefix, QStringView exact, QStringView suffix,
                                          qsizetype windowStart, qsizetype windowEnd, const Band &band) const
{
    // Semi-global alignment of prefix + exact + suffix inside the window: it may start
    // and end anywhere in the window, and every character of the pattern is matched,
    // replaced or missing.
    const QString pattern = prefix.toString() + exact.toString() + suffix.toString();
    const QStringView window = QStringView(m_text).sliced(windowStart, windowEnd - windowStart);
    const qsizetype rows = pattern.size() + 1;
    const qsizetype columns = window.size() + 1;
    // Gotoh's affine gaps: a run of characters the new text adds costs an opening
    // plus one per character, so that the alignment does not pick the quote's letters
    // one by one out of unrelated words (which plain cheap insertions would allow).
    // Two rows of costs and, for the walk back, one byte per cell: how the best cost
    // was reached, and whether the insertion ending there continued one.
    enum Step : std::uint8_t { Diagonal = 0, Missing = 1, Inserted = 2, InsertionContinues = 4 };
    constexpr int Unreachable = std::numeric_limits<int>::max() / 2;
    thread_local std::vector<std::uint8_t> steps;
    thread_local std::vector<int> previous, current;
    steps.resize(std::size_t(rows * columns));
    previous.assign(std::size_t(columns), 0);
    current.resize(std::size_t(columns));
    // Only a band around the expected diagonal is computed: cells outside it are
    // unreachable, and the row after reads one cell past this row's band.
    const qsizetype offset = band.expectedStart - windowStart;
    qsizetype lastFrom = 1, lastTo = columns - 1;
    for (qsizetype i = 1; i < rows; ++i) {
        const char16_t p = pattern.at(i - 1).unicode();
        std::uint8_t *stepRow = steps.data() + i * columns;
        current[0] = previous[0] + MissingCost;
        stepRow[0] = Missing;
        const qsizetype from = std::clamp<qsizetype>(i + offset - band.behind, 1, columns);
        const qsizetype to = std::clamp<qsizetype>(i + offset + band.ahead, from - 1, columns - 1);
        if (from > 1)
            current[std::size_t(from - 1)] = Unreachable;
        if (to + 1 < columns)
            current[std::size_t(to + 1)] = Unreachable;
        lastFrom = from;
        lastTo = to;
        int insertion = Unreachable; // best cost ending in an insertion at (i, j)
        for (qsizetype j = from; j <= to; ++j) {
            std::uint8_t step = 0;
            const int opened = current[std::size_t(j - 1)] + InsertOpenCost + InsertCost;
            const int continued = insertion + InsertCost;
            if (continued <= opened) {
                insertion = continued;
                step = InsertionContinues;
            } else {
                insertion = opened;
            }
            const int diagonal = previous[std::size_t(j - 1)] + (p == window.at(j - 1).unicode() ? 0 : ReplacedCost);
            const int missing = previous[std::size_t(j)] + MissingCost;
            if (diagonal <= missing && diagonal <= insertion) {
                current[std::size_t(j)] = diagonal;
            } else if (insertion <= missing) {
                current[std::size_t(j)] = insertion;
                step |= Inserted;
            } else {
                current[std::size_t(j)] = missing;
                step |= Missing;
            }
            stepRow[j] = step;
        }
        std::swap(previous, current);
    }
    qsizetype endColumn = rows > 1 ? lastFrom : 0;
    for (qsizetype j = endColumn; j <= lastTo; ++j) {
        if (previous[std::size_t(j)] < previous[std::size_t(endColumn)])
            endColumn = j;
    }
    const int totalCost = previous[std::size_t(endColumn)];

    // Walk back, noting for each character of the pattern where it went and whether it
    // was the same there.
    const qsizetype length = pattern.size();
    std::vector<qsizetype> placedAt(std::size_t(length), -1);
    std::vector<char> same(std::size_t(length), 0);
    qsizetype i = rows - 1, j = endColumn;
    bool inInsertion = false;
    while (i > 0) {
        const std::uint8_t step = j > 0 ? steps[std::size_t(i * columns + j)] : std::uint8_t(Missing);
        if (inInsertion) {
            inInsertion = (step & InsertionContinues) != 0;
            --j;
            continue;
        }
        switch (step & 3) {
        case Diagonal:
            placedAt[std::size_t(i - 1)] = windowStart + j - 1;
            same[std::size_t(i - 1)] = pattern.at(i - 1) == window.at(j - 1);
            --i;
            --j;
            break;
        case Inserted:
            inInsertion = true;
            break;
        default:
            --i;
            break;
        }
    }

    // Characters matched in runs of three or more count as found: scattered single
    // letters that an alignment through unrelated text picks up do not.
    std::vector<char> inRun(std::size_t(length), 0);
    for (qsizetype k = 0; k < length;) {
        qsizetype r = k;
        while (r < length && same[std::size_t(r)]
               && (r == k || placedAt[std::size_t(r)] == placedAt[std::size_t(r - 1)] + 1))
            ++r;
        if (r - k >= std::min<qsizetype>(3, exact.size()))
            std::fill(inRun.begin() + k, inRun.begin() + r, 1);
        k = std::max(r, k + 1);
    }
    auto share = [&](qsizetype from, qsizetype to) {
        if (to <= from)
            return -1.0;
        return double(std::count(inRun.begin() + from, inRun.begin() + to, 1)) / double(to - from);
    };
    const qsizetype quoteFrom = prefix.size();
    const qsizetype quoteTo = prefix.size() + exact.size();

    Placement placement;
    placement.cost = totalCost;
    placement.similarity = share(quoteFrom, quoteTo);
    placement.prefixSimilarity = share(0, quoteFrom);
    placement.suffixSimilarity = share(quoteTo, length);

    // The span: from the first to the last character of the quote found in a run, then
    // out over replaced characters that sit right next to it (a changed digit at the
    // quote's end), but not over characters the alignment fetched from far away.
    // Blocks of the quote's characters with no more than a few characters of the new
    // text between them; a small block at either end that is far from the rest is
    // where the alignment reached for the context (which moved), not the quote.
    struct Block {
        qsizetype from, to, found;
    };
    std::vector<Block> blocks;
    constexpr qsizetype BlockGap = 8;
    for (qsizetype k = quoteFrom, lastPlaced = -1; k < quoteTo; ++k) {
        const qsizetype position = placedAt[std::size_t(k)];
        if (position < 0)
            continue;
        if (lastPlaced < 0 || position - placedAt[std::size_t(lastPlaced)] > BlockGap + 1)
            blocks.push_back({k, k, 0});
        blocks.back().to = k;
        blocks.back().found += inRun[std::size_t(k)];
        lastPlaced = k;
    }
    const qsizetype small = std::max<qsizetype>(4, exact.size() / 8);
    std::size_t firstBlock = 0, lastBlock = blocks.size();
    // A few characters across a long gap: the alignment hopped to where the context
    // went. A word across a gap of a few words: words inserted after the quote's first
    // word (or before its last), which the quote keeps.
    auto hopped = [&](const Block &block, qsizetype gap) {
        return block.found < small && (block.found == 0 || gap > BlockGap + 8 * block.found);
    };
    while (lastBlock - firstBlock > 1
           && hopped(blocks[firstBlock],
                     placedAt[std::size_t(blocks[firstBlock + 1].from)] - placedAt[std::size_t(blocks[firstBlock].to)]))
        ++firstBlock;
    while (
        lastBlock - firstBlock > 1
        && hopped(blocks[lastBlock - 1],
                  placedAt[std::size_t(blocks[lastBlock - 1].from)] - placedAt[std::size_t(blocks[lastBlock - 2].to)]))
        --lastBlock;
    qsizetype first = -1, last = -1;
    for (std::size_t b = firstBlock; b < lastBlock; ++b) {
        for (qsizetype k = blocks[b].from; k <= blocks[b].to; ++k) {
            if (!inRun[std::size_t(k)])
                continue;
            if (first < 0)
                first = k;
            last = k;
        }
    }
    if (first < 0) {
        // Nothing of the quote is left in runs; what sits between its context may
        // still be the quote with its number replaced (2017, as → 6058 as).
        for (qsizetype k = quoteFrom; k < quoteTo; ++k) {
            if (placedAt[std::size_t(k)] < 0)
                continue;
            if (first < 0)
                first = k;
            last = k;
        }
        if (first < 0)
            return placement;
    } else {
        constexpr qsizetype NearGap = 3;
        for (qsizetype k = first - 1, edge = first; k >= quoteFrom; --k) {
            const qsizetype position = placedAt[std::size_t(k)];
            if (position < 0)
                continue;
            if (placedAt[std::size_t(edge)] - position > NearGap)
                break;
            first = edge = k;
        }
        for (qsizetype k = last + 1, edge = last; k < quoteTo; ++k) {
            const qsizetype position = placedAt[std::size_t(k)];
            if (position < 0)
                continue;
            if (position - placedAt[std::size_t(edge)] > NearGap)
                break;
            last = edge = k;
        }
    }
    placement.start = placedAt[std::size_t(first)];
    placement.end = placedAt[std::size_t(last)] + 1;
    // Quote characters left out at either end (the alignment had taken them where the
    // context went) are taken back where they stand right next to the span.
    const QStringView text(m_text);
    for (qsizetype k = last + 1; k < quoteTo && placement.end < text.size() && text.at(placement.end) == pattern.at(k);
         ++k) {
        ++placement.end;
        last = k;
    }
    for (qsizetype k = first - 1;
         k >= quoteFrom && placement.start > 0 && text.at(placement.start - 1) == pattern.at(k); --k) {
        --placement.start;
        first = k;
    }
    // Replaced characters at either end make the span's edge a guess.
    qsizetype head = first, tail = last;
    while (head < last && !inRun[std::size_t(head)])
        ++head;
    while (tail > head && !inRun[std::size_t(tail)])
        --tail;
    placement.unsureEdges = std::max(head - first, last - tail);
    return placement;
}

int QuoteAnchor::contextAgrees(const Target &target, qsizetype start) const
{
    const QStringView view(m_text);
    const QStringView before = view.first(start);
    const QStringView after = view.sliced(start + target.quote.exact.size());
    // The characters right next to the quote decide: the far end of a 32-character
    // context often reaches into a neighbouring sentence an editor changed.
    const QStringView prefix
        = QStringView(target.quote.prefix).last(std::min<qsizetype>(NearContext, target.quote.prefix.size()));
    const QStringView suffix
        = QStringView(target.quote.suffix).first(std::min<qsizetype>(NearContext, target.quote.suffix.size()));
    return int(before.endsWith(prefix)) + int(after.startsWith(suffix));
}

std::vector<QuoteAnchor::Placement> QuoteAnchor::placeAround(const Target &target,
                                                             const std::vector<Stretch> &stretches) const
{
    const TextQuoteSelector &quote = target.quote;
    const qsizetype patternLength = quote.prefix.size() + quote.exact.size() + quote.suffix.size();
    const qsizetype slack = 16 + patternLength / 4;
    std::vector<Placement> placements;
    for (const Stretch &stretch : stretches) {
        // From the first vote (the pattern may start there) to the median and on by
        // half the pattern (words inserted); a stray early vote of a common gram only
        // widens the band, up to the pattern's length.
        const qsizetype start = std::max(stretch.first, stretch.median - patternLength);
        const qsizetype spread = stretch.median - start;
        const qsizetype from = std::clamp<qsizetype>(start - slack, 0, m_text.size());
        const qsizetype to
            = std::clamp<qsizetype>(start + spread + patternLength + patternLength / 2 + slack, from, m_text.size());
        if (to > from)
            placements.push_back(align(quote.prefix, quote.exact, quote.suffix, from, to,
                                       {start, slack, slack + spread + patternLength / 2}));
    }
    return placements;
}

Anchoring QuoteAnchor::result(const Target &target, const Placement &placement, bool review) const
{
    Anchoring anchoring;
    anchoring.similarity = placement.similarity;
    if (placement.start < 0)
        return anchoring;
    if (placement.similarity < OrphanedBelow) {
        // Little of the quote is left, but its context on both sides is, right around a
        // span of about its length: the quote's words were replaced (a short figure
        // whose number changed), not removed.
        const bool prefixHolds = placement.prefixSimilarity < 0 || placement.prefixSimilarity >= ContextHolds;
        const bool suffixHolds = placement.suffixSimilarity < 0 || placement.suffixSimilarity >= ContextHolds;
        const bool someContext = placement.prefixSimilarity >= 0 || placement.suffixSimilarity >= 0;
        const qsizetype length = placement.end - placement.start;
        const qsizetype quoteLength = target.quote.exact.size();
        if (placement.similarity < ReplacedFrom || !prefixHolds || !suffixHolds || !someContext
            || length * 2 < quoteLength || length > 2 * quoteLength)
            return anchoring;
        review = true;
    }
    anchoring.start = placement.start;
    anchoring.end = placement.end;
    const QStringView found = QStringView(m_text).sliced(placement.start, placement.end - placement.start);
    anchoring.status = found == target.quote.exact ? Anchoring::Status::Exact : Anchoring::Status::Changed;
    anchoring.figureChanged = figureTokens(found) != figureTokens(target.quote.exact);
    // The words are there but not among the words they stood with: perhaps the same
    // phrase in another sentence while the quoted one was deleted.
    const bool contextGone = anchoring.status == Anchoring::Status::Changed
        && (placement.prefixSimilarity >= 0 || placement.suffixSimilarity >= 0)
        && placement.prefixSimilarity < ContextLost && placement.suffixSimilarity < ContextLost;
    // A span half as long again as the quote holds text the quote never had: inserted
    // words, or a stretch into a copy of the sentence next to it.
    const bool grew = 2 * found.size() > 3 * target.quote.exact.size();
    const bool unsureEdges = placement.unsureEdges >= 4 && 10 * placement.unsureEdges >= target.quote.exact.size();
    anchoring.needsReview = review || contextGone || grew || unsureEdges || placement.similarity < WeakBelow;
    return anchoring;
}

Anchoring QuoteAnchor::find(const Target &target) const
{
    const TextQuoteSelector &quote = target.quote;
    if (quote.exact.isEmpty() || m_text.isEmpty())
        return {};

    // The usual case: the words are still there with the same words around them.
    const std::vector<qsizetype> exact = exactOccurrences(quote.exact, 64);
    std::vector<qsizetype> agreeing;
    for (const qsizetype start : exact) {
        if (contextAgrees(target, start) == 2)
            agreeing.push_back(start);
    }
    const qsizetype patternLength = quote.prefix.size() + quote.exact.size() + quote.suffix.size();
    const QString pattern = quote.prefix + quote.exact + quote.suffix;
    // One occurrence with the context on one side as it was (the sentence beside it
    // was edited) is taken too, unless the text holds another place like it.
    const bool oneSide = agreeing.empty() && exact.size() == 1 && contextAgrees(target, exact.front()) == 1;
    if (agreeing.size() == 1 || oneSide || patternLength > MaxAlignedLength) {
        // Found as it was; still look for another place almost as like it (an editor
        // copied the sentence elsewhere and changed the original, or the other way
        // round): then the choice needs the analyst.
        const qsizetype start = agreeing.size() == 1 ? agreeing.front() : exact.empty() ? -1 : exact.front();
        if (start < 0)
            return {};
        Anchoring anchoring;
        anchoring.status = Anchoring::Status::Exact;
        anchoring.start = start;
        anchoring.end = start + quote.exact.size();
        anchoring.similarity = 1;
        anchoring.needsReview = agreeing.size() != 1 && exact.size() > 1;
        if (patternLength > MaxAlignedLength)
            return anchoring;
        std::vector<Stretch> others;
        for (const Stretch &other : candidateStarts(pattern, target.oldStart, 0.5)) {
            if (qAbs(other.median + quote.prefix.size() - start) > quote.exact.size())
                others.push_back(other);
        }
        if (!oneSide || others.empty()) {
            for (const Placement &other : placeAround(target, others)) {
                const bool overlaps = other.start < anchoring.end && anchoring.start < other.end;
                if (!overlaps && other.similarity >= WeakBelow)
                    anchoring.needsReview = true;
            }
            return anchoring;
        }
    }

    // Otherwise align quote and context at each promising place and keep the cheapest;
    // a rival place almost as cheap makes the choice a guess.
    std::vector<Stretch> starts = candidateStarts(pattern, target.oldStart, 0.25);
    for (const qsizetype start : exact)
        starts.push_back({start - quote.prefix.size(), start - quote.prefix.size()});
    std::vector<Placement> placements = placeAround(target, starts);
    if (placements.empty())
        return {};
    auto distance
        = [&](const Placement &p) { return target.oldStart < 0 ? qsizetype(0) : qAbs(p.start - target.oldStart); };
    std::sort(placements.begin(), placements.end(), [&](const Placement &a, const Placement &b) {
        if (a.cost != b.cost)
            return a.cost < b.cost;
        return distance(a) < distance(b);
    });
    const Placement &best = placements.front();
    bool rival = false;
    for (std::size_t k = 1; k < placements.size(); ++k) {
        const Placement &other = placements[k];
        const bool overlaps = other.start < best.end && best.start < other.end;
        if (!overlaps && other.start >= 0 && other.similarity >= OrphanedBelow
            && other.cost - best.cost < RivalMargin) {
            rival = true;
            break;
        }
    }
    // The very words stand in more than one place and their context does not settle it.
    const bool repeated = exact.size() > 1;
    return result(target, best, rival || repeated);
}

} // namespace ClaimLedger
