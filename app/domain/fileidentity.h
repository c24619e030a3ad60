#pragma once

#include <QString>

#include <optional>

namespace ClaimLedger {

/// Which file a path names: its device and inode. Two paths are one file when these
/// agree, whatever links, "..", case or bind mounts make their names look like, and a
/// path names another file once something was moved or copied over it.
struct FileIdentity {
    quint64 device = 0;
    quint64 inode = 0;

    /// The file at `path` (links followed); nothing when there is none.
    static std::optional<FileIdentity> of(const QString &path);

    friend bool operator==(const FileIdentity &, const FileIdentity &) = default;
};

/// Why a system call failed, in the user's language, for `errno` values: "the disk is
/// full" rather than "Unknown error" or "No space left on device".
QString systemErrorText(int errorNumber);

} // namespace ClaimLedger
