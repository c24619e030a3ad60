#pragma once

#include "linkeddataexport.h"
#include "reportcontent.h"
#include "reportformat.h"
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QPageSize>
#include <QStringList>

namespace ClaimLedger {

class Project;

/// Writes a project in any ReportFormat: the one export engine behind the window and
/// the command line.
class ReportWriter final
{
    Q_DECLARE_TR_FUNCTIONS(ReportWriter)

public:
    struct Options {
        bool byteOrderMark = false; ///< CSV, for spreadsheets
        LinkedDataExport::ReviewOptions review; ///< ClaimReview
        QPageSize::PageSizeId pageSize = QPageSize::A4; ///< PDF
        /// For a preview laid out on screen: long texts shortened as the PDF does.
        bool forLayout = false;
    };

    /// The bytes of every format but a paged one. `content` is the selection; a
    /// whole-project format reads `project` instead.
    static Result<QByteArray> render(const ReportFormat &format, const Project &project, const ReportContent &content,
                                     const Options &options);
    /// Writes `path` whole or not at all, never over a project or one of `inputs`.
    static Status write(const ReportFormat &format, const Project &project, const ReportContent &content,
                        const Options &options, const QString &path, const QStringList &inputs = {});
};

} // namespace ClaimLedger
