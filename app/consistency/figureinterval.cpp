#include "figureinterval.h"

#include <algorithm>

namespace ClaimLedger {

namespace {

Decimal scaled(const Decimal &value, qint64 permille)
{
    return value * Decimal::fromInteger(permille).shifted(-3);
}

// The value's last written digit as a power of ten, and how many significant digits it
// has: 2400000000000 → (11, 2), 84212 → (0, 5), 8.7 → (−1, 2).
std::pair<int, int> precisionOf(const Decimal &value)
{
    QString digits = value.toString();
    digits.remove(u'-');
    const qsizetype point = digits.indexOf(u'.');
    int lastExponent = 0;
    if (point >= 0) {
        lastExponent = -int(digits.size() - point - 1);
        digits.remove(point, 1);
    } else {
        while (digits.endsWith(u'0') && digits.size() > 1) {
            digits.chop(1);
            ++lastExponent;
        }
    }
    while (digits.startsWith(u'0') && digits.size() > 1)
        digits.remove(0, 1);
    return {lastExponent, int(digits.size())};
}

} // namespace

FigureInterval FigureInterval::of(const FigureData &figure)
{
    FigureInterval interval;
    const Decimal &value = figure.value;
    if (figure.isRange) {
        interval.low = figure.low.isValid() && !(figure.low == Decimal()) ? figure.low : figure.value;
        interval.high = figure.high;
        return interval;
    }
    const bool negative = value.isNegative();
    const auto widen = [&](qint64 belowPermille, qint64 abovePermille) {
        interval.low = scaled(value, negative ? abovePermille : belowPermille);
        interval.high = scaled(value, negative ? belowPermille : abovePermille);
    };
    switch (figure.qualifier) {
    case Qualifier::About:
        widen(900, 1100);
        return interval;
    case Qualifier::MoreThan:
    case Qualifier::AtLeast:
        interval.low = value;
        return interval;
    case Qualifier::LessThan:
    case Qualifier::UpTo:
    case Qualifier::AtMost:
        interval.high = value;
        return interval;
    case Qualifier::Several:
        return interval; // 수천억: no bounds worth checking against
    case Qualifier::Range:
    case Qualifier::Exact:
        break;
    }
    if (figure.unit.startsWith(QLatin1StringView("ratio"))) {
        widen(950, 1050);
        return interval;
    }
    const auto [lastExponent, significant] = precisionOf(value);
    if (figure.unit == QLatin1StringView("percent") || figure.unit == QLatin1StringView("percentage-point")) {
        // Percentages are written in digits to their last one: the 0 of 20% is written.
        const Decimal unit = Decimal::fromInteger(1).shifted(std::min(lastExponent, 0));
        interval.low = value + -unit;
        interval.high = value + unit;
        return interval;
    }
    if (significant <= 3) {
        widen(990, 1010);
        return interval;
    }
    const Decimal half = Decimal::fromInteger(5).shifted(lastExponent - 1);
    interval.low = value + -half;
    interval.high = value + half;
    return interval;
}

FigureInterval FigureInterval::operator+(const FigureInterval &other) const
{
    FigureInterval sum;
    if (low && other.low)
        sum.low = *low + *other.low;
    if (high && other.high)
        sum.high = *high + *other.high;
    return sum;
}

FigureInterval FigureInterval::over(const FigureInterval &divisor) const
{
    FigureInterval quotient;
    quotient.low = low->dividedBy(*divisor.high, 8);
    quotient.high = high->dividedBy(*divisor.low, 8);
    return quotient;
}

bool FigureInterval::meets(const FigureInterval &other) const
{
    // [a, b] and [c, d] meet unless b < c or d < a.
    if (high && other.low && *high < *other.low)
        return false;
    if (other.high && low && *other.high < *low)
        return false;
    return true;
}

} // namespace ClaimLedger
