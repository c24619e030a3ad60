#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace ClaimLedger {

/// What sort of assertion a claim is.
enum class ClaimKind {
    Statement,
    Figure,
    Quote,
    Prediction,
};

QList<ClaimKind> allClaimKinds();

/// The stable key stored in project files and exports ("figure").
QString claimKindKey(ClaimKind kind);
std::optional<ClaimKind> claimKindFromKey(QStringView key);

/// The kind's name in the user's language.
QString claimKindDisplayName(ClaimKind kind);

} // namespace ClaimLedger
