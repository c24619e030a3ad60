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
    QList<qint64> ids;
    for (const ClaimRecord &record : std::as_const(m_records))
        ids.append(record.claim.id);
    return document()->deleteClaims(ids);
}

Status RemoveClaimsCommand::revert()
{
    return statusOf(document()->insertClaims(m_records));
}

} // namespace ClaimLedger
