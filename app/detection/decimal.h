#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace ClaimLedger {

// 128-bit integers are a GCC and Clang extension, marked so -Wpedantic accepts them.
__extension__ typedef __int128 Int128;

/// An exact decimal number: mantissa × 10^-scale, in 128 bits. News figures reach
/// 10^20 at most (경 × 만) with a few decimals, far inside its range; binary floating
/// point would turn 710조 into an approximation, which is why this exists.
class Decimal final
{
public:
    Decimal() = default;
    static Decimal fromInteger(qint64 value);

    /// Parses "1,234.5", "-3.5", "0.25"; commas are group separators. Nullopt when the
    /// text is not a plain decimal number.
    static std::optional<Decimal> parse(QStringView text);

    bool isZero() const { return m_mantissa == 0; }
    bool isNegative() const { return m_mantissa < 0; }
    bool isValid() const { return m_valid; }

    /// The exact value as text without exponent or group separators ("500000000000",
    /// "2.5", "-0.25").
    QString toString() const;

    Decimal operator+(const Decimal &other) const;
    Decimal operator*(const Decimal &other) const;
    Decimal operator-() const;
    /// this / other, rounded half away from zero to `decimals` places.
    Decimal dividedBy(const Decimal &other, int decimals = 6) const;
    /// this × 10^exponent.
    Decimal shifted(int exponent) const;

    friend bool operator==(const Decimal &a, const Decimal &b);
    friend bool operator<(const Decimal &a, const Decimal &b);

private:
    Decimal(Int128 mantissa, int scale, bool valid = true);
    Decimal normalized() const;

    Int128 m_mantissa = 0;
    int m_scale = 0;
    bool m_valid = true; // false after an overflow
};

} // namespace ClaimLedger
