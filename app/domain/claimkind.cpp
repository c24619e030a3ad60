#include "claimkind.h"

#include <QCoreApplication>

#include <array>

namespace ClaimLedger {

namespace {

struct KindInfo {
    ClaimKind kind;
    const char *key;
    const char *displayName;
};

constexpr std::array<KindInfo, 4> kindTable{{
    {ClaimKind::Statement, "statement", QT_TRANSLATE_NOOP("ClaimKind", "Statement")},
    {ClaimKind::Figure, "figure", QT_TRANSLATE_NOOP("ClaimKind", "Figure")},
    {ClaimKind::Quote, "quote", QT_TRANSLATE_NOOP("ClaimKind", "Quote")},
    {ClaimKind::Prediction, "prediction", QT_TRANSLATE_NOOP("ClaimKind", "Prediction or pledge")},
}};

const KindInfo &infoFor(ClaimKind kind)
{
    for (const KindInfo &info : kindTable) {
        if (info.kind == kind)
            return info;
    }
    return kindTable.front();
}

} // namespace

QList<ClaimKind> allClaimKinds()
{
    QList<ClaimKind> kinds;
    for (const KindInfo &info : kindTable)
        kinds.append(info.kind);
    return kinds;
}

QString claimKindKey(ClaimKind kind)
{
    return QString::fromLatin1(infoFor(kind).key);
}

std::optional<ClaimKind> claimKindFromKey(QStringView key)
{
    for (const KindInfo &info : kindTable) {
        if (key == QLatin1StringView(info.key))
            return info.kind;
    }
    return std::nullopt;
}

QString claimKindDisplayName(ClaimKind kind)
{
    return QCoreApplication::translate("ClaimKind", infoFor(kind).displayName);
}

} // namespace ClaimLedger
