#include "importversioncommand.h"

#include "projectdocument.h"

#include <QCoreApplication>

namespace ClaimLedger {

ImportVersionCommand::ImportVersionCommand(ProjectDocument *document, const Article &version,
                                           const QByteArray &original)
    : DocumentCommand(
          document,
          QCoreApplication::translate("ImportVersionCommand", "Import New Version of “%1”").arg(version.title))
    , m_version(version)
    , m_original(original)
{
}

Status ImportVersionCommand::apply()
{
    // Under the same version id, so the claims later commands make on it still apply.
    return statusOf(document()->insertVersion(m_version, m_original));
}

Status ImportVersionCommand::revert()
{
    return statusOf(document()->deleteLatestVersion(m_version.id));
}

} // namespace ClaimLedger
