#include "outputguard.h"

#include "fileidentity.h"
#include "project.h"

#include <QDir>
#include <QSaveFile>

#include <cerrno>

namespace ClaimLedger {

Status OutputGuard::check(const QString &output, const QStringList &inputs)
{
    const auto target = FileIdentity::of(output);
    if (!target)
        return {};
    const QString shown = QDir::toNativeSeparators(output);
    if (Project::isOpenFile(*target))
        return Error{tr("%1 is an open project: writing there would destroy it. Choose another file.").arg(shown)};
    for (const QString &input : inputs) {
        if (FileIdentity::of(input) == target)
            return Error{
                tr("%1 is also what is being read: writing there would destroy it. Choose another file.").arg(shown)};
    }
    if (Project::isProjectFile(output))
        return Error{tr("%1 is a ClaimLedger project: a report written there would destroy it. Choose another file.")
                         .arg(shown)};
    return {};
}

Status OutputGuard::writeFile(const QString &output, const QByteArray &bytes, const QStringList &inputs)
{
    if (auto allowed = check(output, inputs); !allowed)
        return allowed;
    QSaveFile file(output);
    errno = 0;
    if (!file.open(QIODevice::WriteOnly))
        return Error{writeFailed(output, errno, file.errorString())};
    errno = 0;
    if (file.write(bytes) != bytes.size() || !file.commit())
        return Error{writeFailed(output, errno, file.errorString())};
    return {};
}

QString OutputGuard::writeFailed(const QString &path, int errorNumber, const QString &fallback)
{
    // Qt's own text for a full disk is "Unknown error" in some paths (the error is
    // found at flush time); errno says what happened.
    const QString reason = errorNumber != 0 ? systemErrorText(errorNumber) : fallback;
    return tr("Cannot write %1: %2.").arg(QDir::toNativeSeparators(path), reason);
}

} // namespace ClaimLedger
