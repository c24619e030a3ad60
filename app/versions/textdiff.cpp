#include "textdiff.h"

#include <QHash>

#include <dtl/dtl.hpp>

#include <limits>
#include <vector>

namespace ClaimLedger {

namespace {

bool isSyllable(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0xac00 && u <= 0xd7a3) || (u >= 0x3040 && u <= 0x30ff) || (u >= 0x4e00 && u <= 0x9fff)
        || (u >= 0x3400 && u <= 0x4dbf);
}

bool isWordCharacter(QChar c)
{
    return (c.isLetterOrNumber() || c.isMark()) && !isSyllable(c);
}

std::vector<QString> linesOf(QStringView text)
{
    std::vector<QString> lines;
    qsizetype from = 0;
    while (from < text.size()) {
        qsizetype end = text.indexOf(u'\n', from);
        end = end < 0 ? text.size() : end + 1;
        lines.push_back(text.sliced(from, end - from).toString());
        from = end;
    }
    return lines;
}

} // namespace

QStringList TextDiff::tokens(QStringView text)
{
    QStringList tokens;
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        qsizetype j = i + 1;
        if (isWordCharacter(c)) {
            // A word, or a number with its decimal point and group separators.
            while (j < text.size()
                   && (isWordCharacter(text.at(j))
                       || ((text.at(j) == u'.' || text.at(j) == u',') && j + 1 < text.size() && text.at(j - 1).isDigit()
                           && text.at(j + 1).isDigit())))
                ++j;
        } else if (c.isSpace()) {
            while (j < text.size() && text.at(j).isSpace())
                ++j;
        } else if (c.isHighSurrogate() && j < text.size() && text.at(j).isLowSurrogate()) {
            ++j;
        }
        tokens.append(text.sliced(i, j - i).toString());
        i = j;
    }
    return tokens;
}

namespace {

/// dtl's diff takes time in proportion to (N + M) · D, D being the edit distance.
/// The multiset difference of the two sequences bounds D from below; when even that
/// bound makes the diff too slow, a coarser one is taken instead.
constexpr double DiffBudget = 3e7;

bool withinBudget(const std::vector<QString> &a, const std::vector<QString> &b)
{
    QHash<QString, qsizetype> counts;
    for (const QString &item : a)
        ++counts[item];
    qsizetype shared = 0;
    for (const QString &item : b) {
        auto it = counts.find(item);
        if (it != counts.end() && it.value() > 0) {
            --it.value();
            ++shared;
        }
    }
    const double length = double(a.size() + b.size());
    return length * (length - 2.0 * double(shared)) <= DiffBudget;
}

void append(QList<DiffPiece> &pieces, DiffPiece::Kind kind, const QString &text)
{
    if (text.isEmpty())
        return;
    if (!pieces.isEmpty() && pieces.last().kind == kind)
        pieces.last().text += text;
    else
        pieces.append({kind, text});
}

void diffInto(QList<DiffPiece> &pieces, const std::vector<QString> &a, const std::vector<QString> &b)
{
    dtl::Diff<QString, std::vector<QString>> diff(a, b);
    diff.onHuge();
    diff.compose();
    for (const auto &[item, info] : diff.getSes().getSequence()) {
        append(pieces,
               info.type == dtl::SES_ADD          ? DiffPiece::Kind::Added
                   : info.type == dtl::SES_DELETE ? DiffPiece::Kind::Removed
                                                  : DiffPiece::Kind::Same,
               item);
    }
}

void replaceWhole(QList<DiffPiece> &pieces, QStringView from, QStringView to)
{
    append(pieces, DiffPiece::Kind::Removed, from.toString());
    append(pieces, DiffPiece::Kind::Added, to.toString());
}

/// The word diff of two texts when it is affordable (and they hold at most
/// `maximumTokens` tokens together); false, with nothing added, when it is not.
bool wordDiffInto(QList<DiffPiece> &pieces, QStringView from, QStringView to, std::size_t maximumTokens)
{
    const QStringList fromTokens = TextDiff::tokens(from);
    const QStringList toTokens = TextDiff::tokens(to);
    const std::vector<QString> a(fromTokens.cbegin(), fromTokens.cend());
    const std::vector<QString> b(toTokens.cbegin(), toTokens.cend());
    if (a.size() + b.size() > maximumTokens || !withinBudget(a, b))
        return false;
    diffInto(pieces, a, b);
    return true;
}

/// A word diff where it is affordable; else paragraph by paragraph, each replaced run
/// of paragraphs compared word by word where that is affordable; else the whole text
/// replaced (a different article altogether).
void compareInto(QList<DiffPiece> &pieces, QStringView from, QStringView to)
{
    if (wordDiffInto(pieces, from, to, std::size_t(TextDiff::MaxTokens)))
        return;
    if (from.count(u'\n') + to.count(u'\n') < 2) {
        replaceWhole(pieces, from, to);
        return;
    }
    const std::vector<QString> a = linesOf(from);
    const std::vector<QString> b = linesOf(to);
    if (!withinBudget(a, b)) {
        replaceWhole(pieces, from, to);
        return;
    }
    QList<DiffPiece> lines;
    diffInto(lines, a, b);
    for (qsizetype k = 0; k < lines.size(); ++k) {
        const DiffPiece &piece = lines.at(k);
        const bool replaced = piece.kind == DiffPiece::Kind::Removed && k + 1 < lines.size()
            && lines.at(k + 1).kind == DiffPiece::Kind::Added;
        if (!replaced) {
            append(pieces, piece.kind, piece.text);
            continue;
        }
        // Lines removed and added at one place: their words, when few enough.
        const QString &added = lines.at(k + 1).text;
        if (!wordDiffInto(pieces, piece.text, added, std::numeric_limits<std::size_t>::max()))
            replaceWhole(pieces, piece.text, added);
        ++k;
    }
}

} // namespace

QList<DiffPiece> TextDiff::compare(QStringView from, QStringView to)
{
    // What both texts begin and end with needs no diff (an edit is usually local).
    qsizetype head = 0;
    const qsizetype shorter = std::min(from.size(), to.size());
    while (head < shorter && from.at(head) == to.at(head))
        ++head;
    // Back to the start of a line, so that tokens and lines are whole.
    while (head > 0 && from.at(head - 1) != u'\n')
        --head;
    qsizetype tail = 0;
    while (tail < shorter - head && from.at(from.size() - 1 - tail) == to.at(to.size() - 1 - tail))
        ++tail;
    auto lineStart = [](QStringView text, qsizetype at) { return at == 0 || text.at(at - 1) == u'\n'; };
    while (tail > 0 && !(lineStart(from, from.size() - tail) && lineStart(to, to.size() - tail)))
        --tail;

    QList<DiffPiece> pieces;
    append(pieces, DiffPiece::Kind::Same, from.first(head).toString());
    compareInto(pieces, from.sliced(head, from.size() - head - tail), to.sliced(head, to.size() - head - tail));
    append(pieces, DiffPiece::Kind::Same, from.last(tail).toString());
    // A removal and an addition in either order read best as removed-then-added.
    for (qsizetype k = 0; k + 1 < pieces.size(); ++k) {
        if (pieces.at(k).kind == DiffPiece::Kind::Added && pieces.at(k + 1).kind == DiffPiece::Kind::Removed)
            pieces.swapItemsAt(k, k + 1);
    }
    return pieces;
}

QList<FigureEdit> TextDiff::figureEdits(const QList<DiffPiece> &pieces)
{
    auto hasDigit = [](const QString &text) {
        return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); });
    };
    QList<FigureEdit> edits;
    for (qsizetype k = 0; k + 1 < pieces.size(); ++k) {
        const DiffPiece &removed = pieces.at(k);
        const DiffPiece &added = pieces.at(k + 1);
        if (removed.kind == DiffPiece::Kind::Removed && added.kind == DiffPiece::Kind::Added
            && (hasDigit(removed.text) || hasDigit(added.text)))
            edits.append({removed.text.trimmed(), added.text.trimmed()});
    }
    return edits;
}

} // namespace ClaimLedger
