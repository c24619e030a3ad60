#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace ClaimLedger {

/// The verdict scale fact-checkers publish with schema.org ClaimReview. The order is
/// the order the UI lists them in.
enum class Verdict {
    Unverified,
    True,
    MostlyTrue,
    Mixed,
    Misleading,
    MostlyFalse,
    False,
    Unprovable,
};

/// Every verdict, in display order.
QList<Verdict> allVerdicts();

/// The stable key stored in project files and exports ("mostly-true").
QString verdictKey(Verdict verdict);
std::optional<Verdict> verdictFromKey(QStringView key);

/// The ClaimReview ratingValue (1 = false ... 6 = true); none for unverified and
/// unprovable, which have no place on the numeric scale.
std::optional<int> verdictRating(Verdict verdict);

/// The verdict's default highlight colour as "#rrggbb": one table for the reader,
/// the legend and reports (light tints that keep dark text readable).
QString verdictColorName(Verdict verdict);

/// The ClaimReview alternateName ("Mostly true"), in English whatever the language.
QString verdictClaimReviewName(Verdict verdict);

/// The verdict's name in the user's language.
QString verdictDisplayName(Verdict verdict);

} // namespace ClaimLedger
