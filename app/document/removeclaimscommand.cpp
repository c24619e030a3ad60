#include "removeclaimscommand.h"

#include "projectdocument.h"

#include <QCoreApplication>

namespace ClaimLedger {

RemoveClaimsCommand::RemoveClaimsCommand(ProjectDocument *document, const QList<ClaimRecord> &records)
    : DocumentCommand(document,
                      records.size() == 1
                          ? QCoreApplication::translate("RemoveClaimsCommand", "Delete Claim")
                          : QCoreApplication::translate("RemoveClaimsCommand", "Delete %1 Claims").arg(records.size()))
    , m_records(records)
{
}

Status RemoveClaimsCommand::apply()
{
    for (const ClaimRecord &record : std::as_const(m_records)) {
        if (Status deleted = document()->deleteClaim(record.claim.id); !deleted)
            return deleted;
    }
    return {};
}

Status RemoveClaimsCommand::revert()
{
    for (const ClaimRecord &record : std::as_const(m_records)) {
        if (Status inserted = statusOf(document()->insertClaim(record)); !inserted)
            return inserted;
    }
    return {};
}

} // namespace ClaimLedger
