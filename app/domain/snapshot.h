#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QUuid>

namespace ClaimLedger {

/// An archived copy of a web source, as fetched.
struct Snapshot {
    qint64 id = 0;
    QUuid uuid;
    qint64 sourceId = 0;
    QByteArray bytes;
    QString mimeType;
    QString finalUrl;
    int httpStatus = 0;
    QDateTime fetchedAt;
    QByteArray sha256; ///< hex; computed when stored

    /// Whether the bytes still hash to the SHA-256 recorded when they were archived:
    /// false means the snapshot was changed since, and must be reported as such.
    bool hashMatches() const;

    friend bool operator==(const Snapshot &, const Snapshot &) = default;
};

} // namespace ClaimLedger
