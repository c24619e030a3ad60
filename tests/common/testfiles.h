#pragma once

// Files a test writes for what it tests to read.

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>

namespace ClaimLedger::TestSupport {

/// Writes `bytes` to `name` in `dir`; returns the path, or "" when it could not be
/// written whole.
inline QString writeTestFile(const QDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

} // namespace ClaimLedger::TestSupport
