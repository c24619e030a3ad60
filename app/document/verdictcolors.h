#pragma once

#include "verdict.h"

#include <QColor>

namespace ClaimLedger {

/// The highlight colour of each verdict, shared by the reader, the legend and reports.
/// Light tints that keep dark text readable on both light and dark palettes.
QColor verdictColor(Verdict verdict);

} // namespace ClaimLedger
