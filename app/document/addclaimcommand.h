#pragma once

#include "documentcommand.h"
#include "projectdocument.h"

namespace ClaimLedger {

/// Adds a claim (marked, or accepted from a candidate with its figure); undo removes
/// it again.
class AddClaimCommand final : public DocumentCommand
{
public:
    AddClaimCommand(ProjectDocument *document, const ClaimRecord &record, const QString &text);

protected:
    Status apply() override;
    Status revert() override;

private:
    ClaimRecord m_record;
};

} // namespace ClaimLedger
