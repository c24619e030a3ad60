#pragma once

#include "candidate.h"
#include "decimal.h"

#include <optional>

namespace ClaimLedger {

/// The values a stated figure allows, read loosely so that no check fails on rounding:
/// an exact figure of up to three significant digits ±1% (5천억 covers 4,950억–5,050억),
/// a longer one ± half a unit of its last digit, a percentage ± one unit of its last
/// digit, a ratio ±5%, "about" ±10%, and more than / at least / less than / up to open
/// on one side. A relation fails only when these intervals cannot meet.
struct FigureInterval {
    std::optional<Decimal> low; ///< nullopt: no lower bound
    std::optional<Decimal> high; ///< nullopt: no upper bound

    static FigureInterval of(const FigureData &figure);
    FigureInterval operator+(const FigureInterval &other) const;
    bool meets(const FigureInterval &other) const;
    /// this ÷ divisor, both bounded and the divisor positive (the callers check): the
    /// lowest over the highest to the highest over the lowest, to 8 decimals.
    FigureInterval over(const FigureInterval &divisor) const;
};

} // namespace ClaimLedger
