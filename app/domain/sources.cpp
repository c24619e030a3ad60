#include "sources.h"

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

} // namespace ClaimLedger
