#include "fileidentity.h"

#include <QCoreApplication>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <sys/stat.h>

namespace ClaimLedger {

std::optional<FileIdentity> FileIdentity::of(const QString &path)
{
    struct stat info{};
    if (path.isEmpty() || ::stat(QFile::encodeName(path).constData(), &info) != 0)
        return std::nullopt;
    return FileIdentity{quint64(info.st_dev), quint64(info.st_ino)};
}

QString systemErrorText(int errorNumber)
{
    switch (errorNumber) {
    case ENOSPC:
        return QCoreApplication::translate("FileIdentity", "the disk is full");
#ifdef EDQUOT
    case EDQUOT:
        return QCoreApplication::translate("FileIdentity", "your disk quota is used up");
#endif
    case EFBIG:
        return QCoreApplication::translate("FileIdentity", "the file is larger than this system allows");
    case EROFS:
        return QCoreApplication::translate("FileIdentity", "the disk is read-only");
    case EACCES:
    case EPERM:
        return QCoreApplication::translate("FileIdentity", "permission denied");
    case EIO:
        return QCoreApplication::translate("FileIdentity", "the disk reported an input/output error");
    default:
        return QString::fromLocal8Bit(std::strerror(errorNumber));
    }
}

} // namespace ClaimLedger
