#pragma once

#include "documentcommand.h"
#include "projectdocument.h"

namespace ClaimLedger {

/// Adds a source with its snapshots; undo removes them.
class AddSourceCommand final : public DocumentCommand
{
public:
    AddSourceCommand(ProjectDocument *document, const SourceRecord &record);

protected:
    Status apply() override;
    Status revert() override;

private:
    SourceRecord m_record;
};

/// Removes a source; undo restores it with its snapshots and the evidence citing it.
class RemoveSourceCommand final : public DocumentCommand
{
public:
    RemoveSourceCommand(ProjectDocument *document, const SourceRecord &record);

protected:
    Status apply() override;
    Status revert() override;

private:
    SourceRecord m_record;
};

/// Links a claim to a source, or (`remove`) unlinks it; undo does the other.
class EvidenceCommand final : public DocumentCommand
{
public:
    EvidenceCommand(ProjectDocument *document, const Evidence &evidence, bool remove);

protected:
    Status apply() override;
    Status revert() override;

private:
    Status add();
    Status drop();

    Evidence m_evidence;
    bool m_remove;
};

} // namespace ClaimLedger
