#pragma once

#include <QByteArray>
#include <QFile>

namespace ClaimLedger::TestSupport {

/// The process's peak resident set size (VmHWM) in kilobytes, or -1 when unknown.
inline qint64 peakResidentKilobytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

/// Starts measuring the peak again from the current resident size (Linux 4.0 and
/// later); false where the kernel does not allow it.
inline bool resetPeakResident()
{
    QFile clearRefs(QStringLiteral("/proc/self/clear_refs"));
    return clearRefs.open(QIODevice::WriteOnly) && clearRefs.write("5") == 1;
}

} // namespace ClaimLedger::TestSupport
