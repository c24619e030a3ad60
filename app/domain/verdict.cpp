#include "verdict.h"

#include <QCoreApplication>

#include <array>

namespace ClaimLedger {

namespace {

struct VerdictInfo {
    Verdict verdict;
    const char *key;
    std::optional<int> rating;
    const char *displayName;
};

// One table for keys, ratings and names, so the UI, storage and exports cannot
// disagree (formats.md, "Verdict scale").
constexpr std::array<VerdictInfo, 8> verdictTable{{
    {Verdict::Unverified, "unverified", std::nullopt, QT_TRANSLATE_NOOP("Verdict", "Unverified")},
    {Verdict::True, "true", 6, QT_TRANSLATE_NOOP("Verdict", "True")},
    {Verdict::MostlyTrue, "mostly-true", 5, QT_TRANSLATE_NOOP("Verdict", "Mostly true")},
    {Verdict::Mixed, "mixed", 4, QT_TRANSLATE_NOOP("Verdict", "Mixed")},
    {Verdict::Misleading, "misleading", 3, QT_TRANSLATE_NOOP("Verdict", "Misleading")},
    {Verdict::MostlyFalse, "mostly-false", 2, QT_TRANSLATE_NOOP("Verdict", "Mostly false")},
    {Verdict::False, "false", 1, QT_TRANSLATE_NOOP("Verdict", "False")},
    {Verdict::Unprovable, "unprovable", std::nullopt, QT_TRANSLATE_NOOP("Verdict", "Unprovable")},
}};

const VerdictInfo &infoFor(Verdict verdict)
{
    for (const VerdictInfo &info : verdictTable) {
        if (info.verdict == verdict)
            return info;
    }
    return verdictTable.front();
}

} // namespace

QList<Verdict> allVerdicts()
{
    QList<Verdict> verdicts;
    for (const VerdictInfo &info : verdictTable)
        verdicts.append(info.verdict);
    return verdicts;
}

QString verdictKey(Verdict verdict)
{
    return QString::fromLatin1(infoFor(verdict).key);
}

std::optional<Verdict> verdictFromKey(QStringView key)
{
    for (const VerdictInfo &info : verdictTable) {
        if (key == QLatin1StringView(info.key))
            return info.verdict;
    }
    return std::nullopt;
}

std::optional<int> verdictRating(Verdict verdict)
{
    return infoFor(verdict).rating;
}

QString verdictDisplayName(Verdict verdict)
{
    return QCoreApplication::translate("Verdict", infoFor(verdict).displayName);
}

QString verdictClaimReviewName(Verdict verdict)
{
    // The English name, untranslated: ClaimReview's alternateName is read by machines.
    return QString::fromLatin1(infoFor(verdict).displayName);
}

QString verdictColorName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Unverified:
        return QStringLiteral("#ffe08a");
    case Verdict::True:
        return QStringLiteral("#8fdca8");
    case Verdict::MostlyTrue:
        return QStringLiteral("#c5e8a5");
    case Verdict::Mixed:
        return QStringLiteral("#ffcf9e");
    case Verdict::Misleading:
        return QStringLiteral("#f3b7d9");
    case Verdict::MostlyFalse:
        return QStringLiteral("#f5a89c");
    case Verdict::False:
        return QStringLiteral("#e87c7c");
    case Verdict::Unprovable:
        return QStringLiteral("#c8c8dc");
    }
    return QStringLiteral("#ffe08a");
}

} // namespace ClaimLedger
