#include "sourcecommands.h"

#include <QCoreApplication>

namespace ClaimLedger {

AddSourceCommand::AddSourceCommand(ProjectDocument *document, const SourceRecord &record)
    : DocumentCommand(
        document, QCoreApplication::translate("SourceCommands", "Add Source “%1”").arg(record.source.title.left(40)))
    , m_record(record)
{
}

bool AddSourceCommand::apply()
{
    return document()->insertSource(m_record).ok();
}

bool AddSourceCommand::revert()
{
    return document()->deleteSource(m_record.source.id).ok();
}

RemoveSourceCommand::RemoveSourceCommand(ProjectDocument *document, const SourceRecord &record)
    : DocumentCommand(
        document, QCoreApplication::translate("SourceCommands", "Remove Source “%1”").arg(record.source.title.left(40)))
    , m_record(record)
{
}

bool RemoveSourceCommand::apply()
{
    return document()->deleteSource(m_record.source.id).ok();
}

bool RemoveSourceCommand::revert()
{
    return document()->insertSource(m_record).ok();
}

EvidenceCommand::EvidenceCommand(ProjectDocument *document, const Evidence &evidence, bool remove)
    : DocumentCommand(
        document,
        remove
            ? QCoreApplication::translate("SourceCommands", "Remove Evidence")
            : QCoreApplication::translate("SourceCommands", "Link %1 Source").arg(stanceDisplayName(evidence.stance)))
    , m_evidence(evidence)
    , m_remove(remove)
{
}

bool EvidenceCommand::add()
{
    return document()->insertEvidence(m_evidence).ok();
}

bool EvidenceCommand::drop()
{
    return document()->deleteEvidence(m_evidence).ok();
}

bool EvidenceCommand::apply()
{
    return m_remove ? drop() : add();
}

bool EvidenceCommand::revert()
{
    return m_remove ? add() : drop();
}

} // namespace ClaimLedger
