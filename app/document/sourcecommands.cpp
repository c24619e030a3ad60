#include "sourcecommands.h"

#include <QCoreApplication>

namespace ClaimLedger {

AddSourceCommand::AddSourceCommand(ProjectDocument *document, const SourceRecord &record)
    : DocumentCommand(
          document, QCoreApplication::translate("SourceCommands", "Add Source “%1”").arg(record.source.title.left(40)))
    , m_record(record)
{
}

Status AddSourceCommand::apply()
{
    return statusOf(document()->insertSource(m_record));
}

Status AddSourceCommand::revert()
{
    return statusOf(document()->deleteSource(m_record.source.id));
}

RemoveSourceCommand::RemoveSourceCommand(ProjectDocument *document, const SourceRecord &record)
    : DocumentCommand(
          document,
          QCoreApplication::translate("SourceCommands", "Remove Source “%1”").arg(record.source.title.left(40)))
    , m_record(record)
{
}

Status RemoveSourceCommand::apply()
{
    return statusOf(document()->deleteSource(m_record.source.id));
}

Status RemoveSourceCommand::revert()
{
    return statusOf(document()->insertSource(m_record));
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

Status EvidenceCommand::add()
{
    return statusOf(document()->insertEvidence(m_evidence));
}

Status EvidenceCommand::drop()
{
    return statusOf(document()->deleteEvidence(m_evidence));
}

Status EvidenceCommand::apply()
{
    return m_remove ? drop() : add();
}

Status EvidenceCommand::revert()
{
    return m_remove ? add() : drop();
}

} // namespace ClaimLedger
