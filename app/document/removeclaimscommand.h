#pragma once

#include "documentcommand.h"
#include "projectdocument.h"

#include <QList>

namespace ClaimLedger {

/// Removes claims; undo restores them with their ids, UUIDs, every field, their
/// figures and their evidence.
class RemoveClaimsCommand final : public DocumentCommand
{
public:
    RemoveClaimsCommand(ProjectDocument *document, const QList<ClaimRecord> &records);

protected:
    Status apply() override;
    Status revert() override;

private:
    QList<ClaimRecord> m_records;
};

} // namespace ClaimLedger
