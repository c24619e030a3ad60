#include "candidate.h"

namespace ClaimLedger {

QString qualifierKey(Qualifier qualifier)
{
    switch (qualifier) {
    case Qualifier::Exact:
        return QStringLiteral("exact");
    case Qualifier::About:
        return QStringLiteral("about");
    case Qualifier::AtLeast:
        return QStringLiteral("at least");
    case Qualifier::AtMost:
        return QStringLiteral("at most");
    case Qualifier::MoreThan:
        return QStringLiteral("more than");
    case Qualifier::LessThan:
        return QStringLiteral("less than");
    case Qualifier::UpTo:
        return QStringLiteral("up to");
    case Qualifier::Range:
        return QStringLiteral("range");
    case Qualifier::Several:
        return QStringLiteral("several");
    }
    return QStringLiteral("exact");
}

QString candidateKindKey(Candidate::Kind kind)
{
    switch (kind) {
    case Candidate::Kind::Figure:
        return QStringLiteral("figure");
    case Candidate::Kind::Quote:
        return QStringLiteral("quote");
    case Candidate::Kind::Date:
        return QStringLiteral("date");
    }
    return QStringLiteral("figure");
}

QString figureSummary(const FigureData &figure)
{
    QString summary = figure.isRange ? figure.low.toString() + u'~' + figure.high.toString() : figure.value.toString();
    if (!figure.unit.isEmpty())
        summary += u' ' + figure.unit;
    summary += QStringLiteral(" (") + qualifierKey(figure.qualifier) + u')';
    if (!figure.impliedRate.isEmpty())
        summary += QStringLiteral(" = ") + figure.impliedRate;
    return summary;
}

} // namespace ClaimLedger
