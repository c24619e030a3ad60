#pragma once

#include "verdict.h"

#include <QColor>
#include <QHash>

namespace ClaimLedger {

/// The highlight colour of each verdict, shared by the reader, the legend and reports:
/// the analyst's choice where she made one (setVerdictColors()), else the default.
QColor verdictColor(Verdict verdict);
/// The built-in colours: light tints that keep dark text readable on both light and
/// dark palettes.
QColor defaultVerdictColor(Verdict verdict);
/// Colours chosen in the preferences, replacing the defaults of the verdicts they name.
void setVerdictColors(const QHash<Verdict, QColor> &colors);

} // namespace ClaimLedger
