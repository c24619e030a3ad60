#pragma once

#include <QStringView>

// Character tests shared by the detectors. Inline and branch-light: they run on every
// character of every article.
namespace ClaimLedger::TextScan {

/// The character at `i`, or a null character outside the text.
inline QChar charAt(QStringView text, qsizetype i)
{
    return i >= 0 && i < text.size() ? text.at(i) : QChar();
}

inline bool isAsciiDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

inline bool isHangul(QChar c)
{
    return c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3;
}

inline bool isLatin(QChar c)
{
    return (c.unicode() >= u'a' && c.unicode() <= u'z') || (c.unicode() >= u'A' && c.unicode() <= u'Z');
}

inline bool isWordCharacter(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

inline bool startsWithAt(QStringView text, qsizetype position, QStringView word,
                         Qt::CaseSensitivity cs = Qt::CaseSensitive)
{
    return position >= 0 && position + word.size() <= text.size()
        && text.sliced(position, word.size()).compare(word, cs) == 0;
}

} // namespace ClaimLedger::TextScan
