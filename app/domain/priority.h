#pragma once

#include <QString>

namespace ClaimLedger {

/// How soon a claim should be checked: 0 none, 1 low, 2 normal, 3 high. Stored and
/// exported as the number.
constexpr int HighestPriority = 3;

/// The priority's name in the user's language ("" for none).
QString priorityDisplayName(int priority);

} // namespace ClaimLedger
