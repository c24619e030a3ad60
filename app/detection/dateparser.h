#pragma once

#include "numeralparser.h"

#include <QDate>
#include <QString>
#include <QStringView>

#include <optional>

namespace ClaimLedger {

/// A date found in a text, with its ISO 8601 form as far as it is known.
struct DateMatch {
    qsizetype start = 0;
    qsizetype end = 0;
    QString normalized; ///< "2025-01-22", "2025-01", "--01-22", "---22", or "" when unknown
    bool relative = false;
};

/// Reads dates: Korean (2025년 1월 21일, 22일(현지시간), 전날, 지난해, 수요일), English
/// (January 21, 2025, Jan. 22, Wednesday, yesterday), resolved against the publication
/// date when it is known; and recognises times of day, which are neither dates nor figures.
class DateParser final
{
public:
    DateParser(QStringView text, QDate published);

    /// A date made of digits and 년/월/일 at a numeral already read.
    std::optional<DateMatch> parseKoreanDate(const NumeralParser::Numeral &numeral) const;
    /// A date word (전날, January, Wednesday) starting at `position`.
    std::optional<DateMatch> parseWordDate(qsizetype position) const;
    /// A date written day first at `position`: "1 June 2026", "3rd March", "22 Jan.".
    std::optional<DateMatch> parseDayFirstDate(qsizetype position) const;
    /// A date in digits and slashes at `position`: 2018/5/17, 5/17/2018, 17/5/2018. The
    /// order of month and day is read only where it is certain (a number above 12 is the
    /// day); otherwise the year alone is given.
    std::optional<DateMatch> parseSlashDate(qsizetype position) const;
    /// Where a time of day (9시, 9시 30분) that starts at `position` ends, or `position`.
    qsizetype clockTimeEnd(qsizetype position) const;

private:
    QStringView m_text;
    QDate m_published;
};

} // namespace ClaimLedger
