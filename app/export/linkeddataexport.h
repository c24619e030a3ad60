#pragma once

#include "reportcontent.h"

#include <QJsonArray>

namespace ClaimLedger {

/// The two linked-data exchange formats of formats.md, each a plain JSON array
/// (docs/formats/exchange.md):
/// - schema.org ClaimReview, one per rated claim (unverified claims are not reviews);
/// - W3C Web Annotation, one Annotation per claim targeting the article with a
///   TextQuoteSelector and a TextPositionSelector.
class LinkedDataExport final
{
public:
    struct ReviewOptions {
        QString author; ///< the analyst's organisation; left out when empty
        /// Where the reviews are published: each review's url is this followed by
        /// "#claim-UUID"; empty gives urn:uuid:UUID.
        QString publishedAt;
    };

    static QJsonArray claimReviews(const ReportContent &content, const ReviewOptions &options);
    static QJsonArray annotations(const ReportContent &content);
};

} // namespace ClaimLedger
