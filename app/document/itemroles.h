#pragma once

#include <Qt>

namespace ClaimLedger {

/// Item data roles shared by every model and view of the project.
enum ItemRole {
    ClaimIdRole = Qt::UserRole + 1,
    ArticleIdRole,
    VerdictRole, ///< int(Verdict)
    ClaimKindRole, ///< int(ClaimKind)
    SpanStartRole,
    SpanEndRole,
    ClaimCountRole,
    ClaimantRole, ///< QString, as written on the claim
    TagsRole, ///< QStringList
    SortRole, ///< what a column sorts by, where that is not its text
    SearchTextRole, ///< the text a free-text filter looks in
    SourceIdRole,
};

/// The MIME type of a source dragged from the Sources view: its id as text.
inline constexpr char SourceIdMimeType[] = "application/x-claimledger-source-id";

} // namespace ClaimLedger
