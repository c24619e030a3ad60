#pragma once

// Runs claimledger-cli (the test defines CLAIMLEDGER_CLI as its path) and collects what
// it said. A run that does not end, or ends by a signal, has exitCode -1.

#include <QProcess>
#include <QString>
#include <QStringList>

struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
};

inline CliRun runCli(const QStringList &arguments, int timeoutMilliseconds = 30000)
{
    QProcess process;
    process.start(QStringLiteral(CLAIMLEDGER_CLI), arguments);
    CliRun run;
    if (!process.waitForFinished(timeoutMilliseconds) || process.exitStatus() != QProcess::NormalExit)
        return run;
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}
