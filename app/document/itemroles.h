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
};

} // namespace ClaimLedger
