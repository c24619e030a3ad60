#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace ClaimLedger {

/// One way to export a project, as the window's Export dialog and `claimledger-cli
/// export --format` both offer it. The one table of formats: a new format is a row
/// here and a case in ReportWriter.
struct ReportFormat {
    const char *key; ///< "html", "pdf", … as the command line takes it
    const char *label; ///< for the dialog, translated in the "ReportFormat" context
    const char *suffix; ///< the file name's ending, without the dot
    const char *mimeType;
    /// The whole project whatever the selection (the JSON for import-json).
    bool wholeProject = false;
    /// Laid out on pages and written only to a file (PDF).
    bool paged = false;

    /// The label in the user's language.
    QString displayName() const;

    static const QList<ReportFormat> &all();
    /// The format with this key, or nullptr.
    static const ReportFormat *find(QStringView key);
    /// The keys, in the table's order ("md, html, …" in usage messages).
    static QStringList keys();
};

} // namespace ClaimLedger
