#pragma once

#include "reportcontent.h"

#include <QCoreApplication>

namespace ClaimLedger {

/// A claim list in CommonMark: per article its claims with verdict, kind, claimant,
/// quoted text and rationale, after a summary of verdict counts.
class MarkdownReport final
{
    Q_DECLARE_TR_FUNCTIONS(MarkdownReport)

public:
    static QString render(const ReportContent &content);

    /// Escapes characters that CommonMark would read as markup.
    static QString escape(QStringView text);
};

} // namespace ClaimLedger
