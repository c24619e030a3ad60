#pragma once

#include "reportcontent.h"

#include <QCoreApplication>

namespace ClaimLedger {

/// The claim report in CommonMark, with the HTML report's content: a summary of
/// verdict counts, per article its claims with verdict, kind, claimant, quoted text,
/// wording, figures, rationale and evidence, then the cited sources with their
/// snapshots' SHA-256.
class MarkdownReport final
{
    Q_DECLARE_TR_FUNCTIONS(MarkdownReport)

public:
    static QString render(const ReportContent &content);

    /// Escapes characters that CommonMark would read as markup.
    static QString escape(QStringView text);
};

} // namespace ClaimLedger
