#pragma once

#include "reportcontent.h"

#include <QCoreApplication>

namespace ClaimLedger {

/// The claim report as one self-contained HTML file: inline CSS, no script, nothing
/// fetched, printable, in the interface language. A summary of verdict counts, then per
/// article its metadata and claims in text order (kind, claimant, verdict in its colour,
/// wording, normalized figures, rationale, evidence with stance and excerpt), then the
/// bibliography of the cited sources with their snapshots' SHA-256.
class HtmlReport final
{
    Q_DECLARE_TR_FUNCTIONS(HtmlReport)

public:
    /// `generated` is printed as the report's date (a fixed one keeps golden files
    /// stable).
    static QString render(const ReportContent &content, const QDateTime &generated);
};

} // namespace ClaimLedger
