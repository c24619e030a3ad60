#pragma once

#include "claim.h"
#include "documentcommand.h"

namespace ClaimLedger {

/// Changes a claim's fields (verdict, kind, claimant, wording, rationale, span).
class EditClaimCommand final : public DocumentCommand
{
public:
    EditClaimCommand(ProjectDocument *document, const Claim &before, const Claim &after, const QString &text);

protected:
    Status apply() override;
    Status revert() override;

private:
    Claim m_before;
    Claim m_after;
};

} // namespace ClaimLedger
