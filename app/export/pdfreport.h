#pragma once

#include "reportcontent.h"

#include <QCoreApplication>
#include <QPageSize>

namespace ClaimLedger {

/// The HTML report laid out on pages and written as PDF: A4 or Letter, page numbers in
/// the footer, fonts embedded (Korean included), so the file reads the same anywhere.
class PdfReport final
{
    Q_DECLARE_TR_FUNCTIONS(PdfReport)

public:
    static Status write(const ReportContent &content, const QString &path,
                        QPageSize::PageSizeId pageSize = QPageSize::A4);
};

} // namespace ClaimLedger
