#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

namespace ClaimLedger {

/// How a source bears on a claim.
enum class Stance { Supports, Contradicts, Context, Origin };
QString stanceKey(Stance stance);
std::optional<Stance> stanceFromKey(QStringView key);
QString stanceDisplayName(Stance stance);
QList<Stance> allStances();

/// A link from a claim to a source. Credibility is that of this piece of information,
/// 1 (confirmed) to 6 (cannot be judged).
struct Evidence {
    qint64 id = 0;
    QUuid uuid;
    qint64 claimId = 0;
    qint64 sourceId = 0;
    Stance stance = Stance::Context;
    QString excerpt;
    QString locator;
    int credibility = 6;
    QString note;
    QDateTime createdAt;

    friend bool operator==(const Evidence &, const Evidence &) = default;
};

} // namespace ClaimLedger
