#pragma once

#include "decimal.h"

#include <QStringView>

#include <optional>
#include <utility>

namespace ClaimLedger::NumeralParser {

/// A number as written: its span and exact value.
struct Numeral {
    qsizetype start = 0;
    qsizetype end = 0;
    Decimal value;
    bool hasDigit = false; ///< written with at least one Arabic digit
    bool several = false; ///< 수천억: an order of magnitude, not a count
    bool moreThan = false; ///< 5천여만: "5천-odd" 만, more than the value
    int lastLargeExponent = -1; ///< 억 → 8 when the numeral ends on a large unit
    bool hasUnitCharacter = false; ///< contains 십/백/천/만/억/조/경 or a Hanja unit
};

/// Parses digits mixed with Korean or Hanja numerals at `position`: "5천억",
/// "1조2천억", "3억5천만", "2,500억", "1.5조", "오천억", "三萬", "수천억", "4000".
/// Large units (만, 억, 조, 경) close groups whose value small units (십, 백, 천) build.
std::optional<Numeral> parseKorean(QStringView text, qsizetype position);

/// An English scale right after a number: " billion", "bn", "B" (only with
/// `afterCurrency` for the one-letter forms). Returns the power of ten and the end.
std::optional<std::pair<int, qsizetype>> englishScale(QStringView text, qsizetype position, bool afterCurrency);

/// True for 십, 백, 천, 만, 억, 조, 경 and their Hanja forms.
bool isUnitCharacter(QChar c);
/// The value of a native Korean or Hanja digit (일 → 1, 五 → 5), or -1.
int nativeDigit(QChar c);

} // namespace ClaimLedger::NumeralParser
