#pragma once

#include "numeralparser.h"

#include <QStringView>

#include <optional>
#include <utility>

// English numbers written in words and the forms around digits that English news uses:
// cardinals (seventeen, two hundred and five, forty-two, a dozen), fractions (two
// thirds, a half, 3/4, 2 1/2, ½), and scientific notation (6.02e23, 6.02 × 10^23).
namespace ClaimLedger::EnglishNumeral {

using NumeralParser::Numeral;

/// A cardinal in words at `position`: "seventeen", "forty-two", "two hundred and five",
/// "a dozen", "a hundred". Scales from thousand up are left to NumeralParser::englishScale.
/// `words` receives how many number words were read ("a" counts for none).
std::optional<Numeral> parseCardinal(QStringView text, qsizetype position, int *words = nullptr);

/// A fraction after `whole`, which ends at `whole.end`: a spelled denominator ("two
/// thirds", "a quarter of"), digits over digits ("3/4", "2 1/2") or a vulgar fraction
/// ("1½"). Returns the whole value and where the fraction ends.
std::optional<std::pair<Decimal, qsizetype>> fractionAfter(QStringView text, const Numeral &whole);

/// "and a half" after a number ("two and a half million"): the end, or -1.
qsizetype andAHalfEnd(QStringView text, qsizetype position);

/// "half a cent", "half an hour", "half of the staff" at `position`: a numeral of 0.5
/// ending before the unit (after "a"/"an"), or at "half" itself before "of".
std::optional<Numeral> parseHalf(QStringView text, qsizetype position);

/// "N in M" after a number ("nine in ten", "3 in 10"): M's value and end.
std::optional<std::pair<Decimal, qsizetype>> inEveryAfter(QStringView text, const Numeral &count);

/// A power of ten after a mantissa: "e23", "E-3", " × 10^23", "x10²³". The exponent
/// and where it ends.
std::optional<std::pair<int, qsizetype>> exponentAfter(QStringView text, qsizetype position);

} // namespace ClaimLedger::EnglishNumeral
