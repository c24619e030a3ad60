#include "sources.h"

#include <QCoreApplication>
#include <QCryptographicHash>

#include <array>

namespace ClaimLedger {

namespace {

constexpr std::array<std::pair<SourceKind, QStringView>, 8> sourceKinds{{
    {SourceKind::WebPage, u"web-page"},
    {SourceKind::Document, u"document"},
    {SourceKind::Dataset, u"dataset"},
    {SourceKind::PressRelease, u"press-release"},
    {SourceKind::Statement, u"statement"},
    {SourceKind::Interview, u"interview"},
    {SourceKind::SocialPost, u"social-post"},
    {SourceKind::Filing, u"filing"},
}};

constexpr std::array<std::pair<Stance, QStringView>, 4> stances{{
    {Stance::Supports, u"supports"},
    {Stance::Contradicts, u"contradicts"},
    {Stance::Context, u"context"},
    {Stance::Origin, u"origin"},
}};

template<typename Enum, size_t N>
QString keyOf(const std::array<std::pair<Enum, QStringView>, N> &table, Enum value)
{
    for (const auto &[entry, key] : table) {
        if (entry == value)
            return key.toString();
    }
    return table.front().second.toString();
}

template<typename Enum, size_t N>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, QStringView>, N> &table, QStringView key)
{
    for (const auto &[entry, name] : table) {
        if (name == key)
            return entry;
    }
    return std::nullopt;
}

} // namespace

QString sourceKindKey(SourceKind kind)
{
    return keyOf(sourceKinds, kind);
}

std::optional<SourceKind> sourceKindFromKey(QStringView key)
{
    return valueOf(sourceKinds, key);
}

QString stanceKey(Stance stance)
{
    return keyOf(stances, stance);
}

std::optional<Stance> stanceFromKey(QStringView key)
{
    return valueOf(stances, key);
}

bool Snapshot::hashMatches() const
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex() == sha256;
}

QString reliabilityDisplayName(QChar grade)
{
    switch (grade.unicode()) {
    case u'A':
        return QCoreApplication::translate("Reliability", "A: completely reliable");
    case u'B':
        return QCoreApplication::translate("Reliability", "B: usually reliable");
    case u'C':
        return QCoreApplication::translate("Reliability", "C: fairly reliable");
    case u'D':
        return QCoreApplication::translate("Reliability", "D: not usually reliable");
    case u'E':
        return QCoreApplication::translate("Reliability", "E: unreliable");
    default:
        return QCoreApplication::translate("Reliability", "F: reliability cannot be judged");
    }
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

QString sourceKindDisplayName(SourceKind kind)
{
    switch (kind) {
    case SourceKind::WebPage:
        return QCoreApplication::translate("SourceKind", "Web page");
    case SourceKind::Document:
        return QCoreApplication::translate("SourceKind", "Document");
    case SourceKind::Dataset:
        return QCoreApplication::translate("SourceKind", "Dataset");
    case SourceKind::PressRelease:
        return QCoreApplication::translate("SourceKind", "Press release");
    case SourceKind::Statement:
        return QCoreApplication::translate("SourceKind", "Statement");
    case SourceKind::Interview:
        return QCoreApplication::translate("SourceKind", "Interview");
    case SourceKind::SocialPost:
        return QCoreApplication::translate("SourceKind", "Social media post");
    case SourceKind::Filing:
        return QCoreApplication::translate("SourceKind", "Filing");
    }
    return {};
}

QList<SourceKind> allSourceKinds()
{
    QList<SourceKind> kinds;
    for (const auto &[kind, key] : sourceKinds)
        kinds.append(kind);
    return kinds;
}

} // namespace ClaimLedger
