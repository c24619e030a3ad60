#include "textdiff.h"

#include <dtl/dtl.hpp>

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

QList<DiffPiece> TextDiff::compare(QStringView from, QStringView to)
{
    std::vector<QString> a, b;
    const QStringList fromTokens = tokens(from);
    const QStringList toTokens = tokens(to);
    if (fromTokens.size() + toTokens.size() > MaxTokens) {
        a = linesOf(from);
        b = linesOf(to);
    } else {
        a.assign(fromTokens.cbegin(), fromTokens.cend());
        b.assign(toTokens.cbegin(), toTokens.cend());
    }
    dtl::Diff<QString, std::vector<QString>> diff(a, b);
    diff.onHuge();
    diff.compose();

    QList<DiffPiece> pieces;
    for (const auto &[token, info] : diff.getSes().getSequence()) {
        const DiffPiece::Kind kind = info.type == dtl::SES_ADD ? DiffPiece::Kind::Added
            : info.type == dtl::SES_DELETE                     ? DiffPiece::Kind::Removed
                                                               : DiffPiece::Kind::Same;
        if (!pieces.isEmpty() && pieces.last().kind == kind)
            pieces.last().text += token;
        else
            pieces.append({kind, token});
    }
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
