#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace ClaimLedger {

/// One run of a word diff: text both versions have, or text only one of them has.
struct DiffPiece {
    enum class Kind { Same, Removed, Added };
    Kind kind = Kind::Same;
    QString text;

    friend bool operator==(const DiffPiece &, const DiffPiece &) = default;
};

/// A figure whose digits differ between two versions at the same place of the diff.
struct FigureEdit {
    QString from;
    QString to;
};

/// The words that changed between two versions of an article, by dtl's O(ND) diff
/// (a well-kept library, header-only) over tokens that suit both English and Korean:
/// a Latin word or a number is one token, and every Hangul or CJK character is one,
/// so that a changed particle (정부는 → 정부가) shows as one syllable, not a whole word.
/// Time is bounded: what both texts begin and end with is set aside first; a word
/// diff too costly for dtl (more than MaxTokens tokens, or too many of them differ) is
/// done line by line, with each replaced run of lines compared word by word where
/// affordable; two texts with almost no line in common are shown as one replaced by
/// the other.
class TextDiff final
{
public:
    static constexpr qsizetype MaxTokens = 400'000;

    static QStringList tokens(QStringView text);
    static QList<DiffPiece> compare(QStringView from, QStringView to);
    /// Numbers removed and added at the same place (4.8 → 4.83).
    static QList<FigureEdit> figureEdits(const QList<DiffPiece> &pieces);
};

} // namespace ClaimLedger
