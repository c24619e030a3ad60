#pragma once

#include "verdict.h"

#include <QByteArray>
#include <QColor>
#include <QHash>
#include <QString>
#include <QStringList>

namespace ClaimLedger {

/// The application's settings, with a typed accessor per key, kept with QSettings in
/// the platform's place (tests isolate them with QStandardPaths test mode).
class AppSettings final
{
public:
    static constexpr int MaximumRecentFiles = 10;

    /// "system", "en" or "ko".
    static QString language();
    static void setLanguage(const QString &language);

    /// The analyst's name, recorded in each project's change log.
    static QString analystName();
    static void setAnalystName(const QString &name);

    /// The largest download an import from a web address may make, in MB (25).
    static int fetchLimitMegabytes();
    static void setFetchLimitMegabytes(int megabytes);

    /// Whether the reader marks the detector's candidates (true).
    static bool candidatesShown();
    static void setCandidatesShown(bool shown);

    /// Highlight colours the analyst chose instead of the defaults, per verdict.
    static QHash<Verdict, QColor> verdictColors();
    static void setVerdictColors(const QHash<Verdict, QColor> &colors);

    static QStringList recentFiles();
    /// Puts `path` first in the recent files, dropping duplicates and the oldest.
    static void addRecentFile(const QString &path);
    static void removeRecentFile(const QString &path);

    static QByteArray windowGeometry();
    static QByteArray windowState();
    static void setWindowGeometry(const QByteArray &geometry);
    static void setWindowState(const QByteArray &state);

    /// Where the sample project lives (created on first use).
    static QString sampleProjectPath();

    /// Brings settings written by earlier versions up to date; call once at start.
    static void migrate();
};

} // namespace ClaimLedger
