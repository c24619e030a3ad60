#pragma once

// Lookups in the fixed tables that name an enum's values in files and exchange formats
// (a source's kind, a piece of evidence's stance).

#include <QString>
#include <QStringView>

#include <array>
#include <optional>
#include <utility>

namespace ClaimLedger::KeyTable {

/// The key of `value`; the first entry's for a value the table lacks.
template<typename Enum, size_t N>
QString keyOf(const std::array<std::pair<Enum, QStringView>, N> &table, Enum value)
{
    for (const auto &[entry, key] : table) {
        if (entry == value)
            return key.toString();
    }
    return table.front().second.toString();
}

/// The value a key names, or nothing.
template<typename Enum, size_t N>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, QStringView>, N> &table, QStringView key)
{
    for (const auto &[entry, name] : table) {
        if (name == key)
            return entry;
    }
    return std::nullopt;
}

} // namespace ClaimLedger::KeyTable
