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
    switch (verdict) {
    case Verdict::Unverified:
        return QColor(0xff, 0xe0, 0x8a);
    case Verdict::True:
        return QColor(0x8f, 0xdc, 0xa8);
    case Verdict::MostlyTrue:
        return QColor(0xc5, 0xe8, 0xa5);
    case Verdict::Mixed:
        return QColor(0xff, 0xcf, 0x9e);
    case Verdict::Misleading:
        return QColor(0xf3, 0xb7, 0xd9);
    case Verdict::MostlyFalse:
        return QColor(0xf5, 0xa8, 0x9c);
    case Verdict::False:
        return QColor(0xe8, 0x7c, 0x7c);
    case Verdict::Unprovable:
        return QColor(0xc8, 0xc8, 0xdc);
    }
    return QColor(0xff, 0xe0, 0x8a);
}

} // namespace ClaimLedger
