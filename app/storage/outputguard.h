#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QStringList>

namespace ClaimLedger {

/// Keeps reports and exports from being written over what they were made from. A
/// report written over the project file destroys the project (its next edit fails
/// inside SQLite), so every writer of output files asks here first.
class OutputGuard final
{
    Q_DECLARE_TR_FUNCTIONS(OutputGuard)

public:
    /// Refuses `output` when it is a project this process has open, any other
    /// ClaimLedger project file, or one of `inputs` (files the command reads). Paths are
    /// compared as files (device and inode), so links and other spellings of one path
    /// are caught too. A path that does not exist yet is always fine.
    static Status check(const QString &output, const QStringList &inputs = {});

    /// check(), then writes `bytes` to `output` through a temporary file renamed into
    /// place, so a failure never leaves half a report. Says plainly when the disk is full.
    static Status writeFile(const QString &output, const QByteArray &bytes, const QStringList &inputs = {});

    /// The message for a write to `path` that failed with `errorNumber` (errno).
    static QString writeFailed(const QString &path, int errorNumber, const QString &fallback);
};

} // namespace ClaimLedger
