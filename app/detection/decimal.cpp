#include "decimal.h"

#include <algorithm>

namespace ClaimLedger {

namespace {

// Stay well inside Int128 so that a product or an alignment of two values
// cannot overflow unnoticed.
constexpr Int128 limit = Int128(1) << 120;

bool fits(Int128 value)
{
    return value < limit && value > -limit;
}

/// value × 10^exponent, or nothing when that leaves the safe range (or the exponent is
/// negative): every scaling goes through here, so none can overflow.
std::optional<Int128> scaledUp(Int128 value, int exponent)
{
    if (exponent < 0)
        return std::nullopt;
    for (int i = 0; i < exponent; ++i) {
        if (value >= limit / 10 || value <= -limit / 10)
            return std::nullopt;
        value *= 10;
    }
    return value;
}

/// Larger than any scale or shift a figure needs (10^36 is the most the range holds).
constexpr int MaximumExponent = 60;

} // namespace

Decimal::Decimal(Int128 mantissa, int scale, bool valid)
    : m_mantissa(mantissa)
    , m_scale(scale)
    , m_valid(valid && fits(mantissa) && scale >= 0 && scale <= 30)
{
}

Decimal Decimal::fromInteger(qint64 value)
{
    return Decimal(value, 0);
}

std::optional<Decimal> Decimal::parse(QStringView text)
{
    bool negative = false;
    qsizetype i = 0;
    if (!text.isEmpty() && (text.front() == u'-' || text.front() == u'\u2212')) {
        negative = true;
        ++i;
    }
    Int128 mantissa = 0;
    int scale = 0;
    bool seenDigit = false;
    bool seenPoint = false;
    for (; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isDigit() && c.unicode() < 128) {
            mantissa = mantissa * 10 + (c.unicode() - u'0');
            if (!fits(mantissa))
                return std::nullopt;
            if (seenPoint)
                ++scale;
            seenDigit = true;
        } else if (c == u',' && !seenPoint && seenDigit) {
            continue;
        } else if (c == u'.' && !seenPoint) {
            seenPoint = true;
        } else {
            return std::nullopt;
        }
    }
    if (!seenDigit)
        return std::nullopt;
    return Decimal(negative ? -mantissa : mantissa, scale).normalized();
}

Decimal Decimal::normalized() const
{
    Int128 mantissa = m_mantissa;
    int scale = m_scale;
    while (scale > 0 && mantissa % 10 == 0) {
        mantissa /= 10;
        --scale;
    }
    return Decimal(mantissa, scale, m_valid);
}

QString Decimal::toString() const
{
    if (!m_valid)
        return QStringLiteral("NaN");
    Int128 value = m_mantissa < 0 ? -m_mantissa : m_mantissa;
    QString digits;
    do {
        digits.prepend(QChar(u'0' + int(value % 10)));
        value /= 10;
    } while (value > 0);
    if (m_scale > 0) {
        if (digits.size() <= m_scale)
            digits.prepend(QString(m_scale - digits.size() + 1, u'0'));
        digits.insert(digits.size() - m_scale, u'.');
    }
    if (m_mantissa < 0)
        digits.prepend(u'-');
    return digits;
}

Decimal Decimal::operator+(const Decimal &other) const
{
    const int scale = std::max(m_scale, other.m_scale);
    const std::optional<Int128> a = scaledUp(m_mantissa, scale - m_scale);
    const std::optional<Int128> b = scaledUp(other.m_mantissa, scale - other.m_scale);
    if (!a || !b)
        return Decimal(0, 0, false);
    return Decimal(*a + *b, scale, m_valid && other.m_valid).normalized();
}

Decimal Decimal::operator*(const Decimal &other) const
{
    // Both operands are below 2^120; check before multiplying that the product fits.
    const Int128 a = m_mantissa < 0 ? -m_mantissa : m_mantissa;
    const Int128 b = other.m_mantissa < 0 ? -other.m_mantissa : other.m_mantissa;
    if (a != 0 && b > limit / a)
        return Decimal(0, 0, false);
    return Decimal(m_mantissa * other.m_mantissa, m_scale + other.m_scale, m_valid && other.m_valid).normalized();
}

Decimal Decimal::operator-() const
{
    return Decimal(-m_mantissa, m_scale, m_valid);
}

Decimal Decimal::shifted(int exponent) const
{
    if (exponent > MaximumExponent || exponent < -MaximumExponent)
        return Decimal(0, 0, false);
    if (exponent >= 0) {
        const int fromScale = std::min(exponent, m_scale);
        const std::optional<Int128> mantissa = scaledUp(m_mantissa, exponent - fromScale);
        if (!mantissa)
            return Decimal(0, 0, false);
        return Decimal(*mantissa, m_scale - fromScale, m_valid).normalized();
    }
    return Decimal(m_mantissa, m_scale - exponent, m_valid).normalized();
}

Decimal Decimal::dividedBy(const Decimal &other, int decimals) const
{
    if (other.m_mantissa == 0 || !m_valid || !other.m_valid)
        return Decimal(0, 0, false);
    // (a / 10^sa) / (b / 10^sb) = a × 10^(sb - sa + decimals) / b, scaled by 10^decimals.
    if (decimals < 0 || decimals > MaximumExponent)
        return Decimal(0, 0, false);
    const int exponent = other.m_scale - m_scale + decimals;
    const std::optional<Int128> scaledNumerator = scaledUp(m_mantissa, std::max(exponent, 0));
    const std::optional<Int128> scaledDenominator = scaledUp(other.m_mantissa, std::max(-exponent, 0));
    if (!scaledNumerator || !scaledDenominator)
        return Decimal(0, 0, false);
    Int128 numerator = *scaledNumerator;
    Int128 denominator = *scaledDenominator;
    const bool negative = (numerator < 0) != (denominator < 0);
    numerator = numerator < 0 ? -numerator : numerator;
    denominator = denominator < 0 ? -denominator : denominator;
    Int128 quotient = numerator / denominator;
    if ((numerator % denominator) * 2 >= denominator)
        ++quotient;
    return Decimal(negative ? -quotient : quotient, decimals).normalized();
}

bool operator==(const Decimal &a, const Decimal &b)
{
    const Decimal x = a.normalized();
    const Decimal y = b.normalized();
    return x.m_valid == y.m_valid && x.m_mantissa == y.m_mantissa && x.m_scale == y.m_scale;
}

bool operator<(const Decimal &a, const Decimal &b)
{
    const int scale = std::max(a.m_scale, b.m_scale);
    const std::optional<Int128> x = scaledUp(a.m_mantissa, scale - a.m_scale);
    const std::optional<Int128> y = scaledUp(b.m_mantissa, scale - b.m_scale);
    if (x && y)
        return *x < *y;
    if (!a.m_valid || !b.m_valid)
        return false; // an overflowed value (its scale may be anything) orders nowhere
    // One cannot be aligned to the other's scale without leaving the range: compare
    // the whole parts, then what remains after the point.
    const Int128 wholeA = a.m_mantissa / *scaledUp(1, a.m_scale);
    const Int128 wholeB = b.m_mantissa / *scaledUp(1, b.m_scale);
    if (wholeA != wholeB)
        return wholeA < wholeB;
    return Decimal(a.m_mantissa - wholeA * *scaledUp(1, a.m_scale), a.m_scale)
        < Decimal(b.m_mantissa - wholeB * *scaledUp(1, b.m_scale), b.m_scale);
}

} // namespace ClaimLedger
