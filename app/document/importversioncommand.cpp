#include "importversioncommand.h"

#include "projectdocument.h"

#include <QCoreApplication>

namespace ClaimLedger {

ImportVersionCommand::ImportVersionCommand(ProjectDocument *document, const Article &version,
                                           const QByteArray &original, const QList<ClaimPlacement> &carried,
                                           const QList<ClaimPlacement> &before)
    : DocumentCommand(
          document,
          QCoreApplication::translate("ImportVersionCommand", "Import New Version of “%1”").arg(version.title))
    , m_version(version)
    , m_original(original)
    , m_carried(carried)
    , m_before(before)
{
}

Status ImportVersionCommand::apply()
{
    // Under the same version id, so the claims later commands make on it still apply.
    if (Status inserted = statusOf(document()->insertVersion(m_version, m_original)); !inserted)
        return inserted;
    return document()->moveClaims(m_carried);
}

Status ImportVersionCommand::revert()
{
    // The claims first: removing the version removes the claims on it.
    if (Status moved = document()->moveClaims(m_before); !moved)
        return moved;
    return statusOf(document()->deleteLatestVersion(m_version.id));
}

} // namespace ClaimLedger
