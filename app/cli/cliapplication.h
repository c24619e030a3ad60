#pragma once

#include "project.h"
#include "result.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstdio>
#include <memory>

class QCommandLineParser;

namespace ClaimLedger {

/// The command-line front end: `claimledger-cli COMMAND [OPTIONS] ARGS`. Results go to
/// standard output, messages to standard error. Exit status: 0 success, 1 failure,
/// 2 wrong usage, as Unix tools do.
class CliApplication final
{
    Q_DECLARE_TR_FUNCTIONS(CliApplication)

public:
    /// NeedsReview: `refresh` carried the claims, but some need the analyst (see its help).
    enum ExitCode { Success = 0, Failure = 1, UsageError = 2, NeedsReview = 3 };

    CliApplication(FILE *out = stdout, FILE *err = stderr);

    int run(const QStringList &arguments);

private:
    int dispatch(const QStringList &arguments);
    int runNew(const QStringList &arguments);
    int runSample(const QStringList &arguments);
    int runImport(const QStringList &arguments);
    int runExport(const QStringList &arguments);
    int runExtract(const QStringList &arguments);
    int runDetect(const QStringList &arguments);
    int runCheckFigures(const QStringList &arguments);
    int runAnchor(const QStringList &arguments);
    int runRefresh(const QStringList &arguments);
    int runDiff(const QStringList &arguments);
    int runCheck(const QStringList &arguments, bool json);
    // clilibrary.cpp: claims, sources and evidence.
    int runClaim(const QStringList &arguments);
    int runSource(const QStringList &arguments);
    int runLink(const QStringList &arguments);
    int runImportJson(const QStringList &arguments);
    Result<std::unique_ptr<Project>> openForWriting(const QString &path);
    Result<Article> findArticle(Project &project, const QString &reference);

    /// Parses a command's own options; returns -1 to go on, else the exit code.
    int parse(QCommandLineParser &parser, const QStringList &arguments, const QString &command, int minimum,
              int maximum);
    int fail(const QString &message);
    int usageError(const QString &message);
    void print(FILE *stream, const QString &text);
    void write(FILE *stream, const QByteArray &bytes);
    QString generalHelp() const;

    FILE *m_out;
    FILE *m_err;
    int m_outError = 0; ///< errno of the first failed write to standard output
};

} // namespace ClaimLedger
