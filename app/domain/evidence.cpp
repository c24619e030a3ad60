#include "evidence.h"

#include "keytable.h"

#include <QCoreApplication>

namespace ClaimLedger {

namespace {

constexpr std::array<std::pair<Stance, QStringView>, 4> stances{{
    {Stance::Supports, u"supports"},
    {Stance::Contradicts, u"contradicts"},
    {Stance::Context, u"context"},
    {Stance::Origin, u"origin"},
}};

} // namespace

QString stanceKey(Stance stance)
{
    return KeyTable::keyOf(stances, stance);
}

std::optional<Stance> stanceFromKey(QStringView key)
{
    return KeyTable::valueOf(stances, key);
}

QString stanceDisplayName(Stance stance)
{
    switch (stance) {
    case Stance::Supports:
        return QCoreApplication::translate("Stance", "Supports");
    case Stance::Contradicts:
        return QCoreApplication::translate("Stance", "Contradicts");
    case Stance::Context:
        return QCoreApplication::translate("Stance", "Context");
    case Stance::Origin:
        return QCoreApplication::translate("Stance", "Origin of the claim");
    }
    return {};
}

QList<Stance> allStances()
{
    return {Stance::Supports, Stance::Contradicts, Stance::Context, Stance::Origin};
}

} // namespace ClaimLedger
