#include "verdictcolors.h"

namespace ClaimLedger {

namespace {

QHash<Verdict, QColor> &chosenColors()
{
    static QHash<Verdict, QColor> colors;
    return colors;
}

} // namespace

QColor verdictColor(Verdict verdict)
{
    return chosenColors().value(verdict, defaultVerdictColor(verdict));
}

void setVerdictColors(const QHash<Verdict, QColor> &colors)
{
    chosenColors() = colors;
}

QColor defaultVerdictColor(Verdict verdict)
{
    return QColor::fromString(verdictColorName(verdict));
}

} // namespace ClaimLedger
