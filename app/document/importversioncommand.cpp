#include "importversioncommand.h"

#include "projectdocument.h"

#include <QCoreApplication>

namespace ClaimLedger {

ImportVersionCommand::ImportVersionCommand(ProjectDocument *document, const Article &version,
                                           const QByteArray &original)
    : DocumentCommand(
        document, QCoreApplication::translate("ImportVersionCommand", "Import New Version of “%1”").arg(version.title))
    , m_version(version)
    , m_original(original)
{
}

bool ImportVersionCommand::apply()
{
    // Under the same version id, so the claims later commands make on it still apply.
    return document()->insertVersion(m_version, m_original).ok();
}

bool ImportVersionCommand::revert()
{
    return document()->deleteLatestVersion(m_version.id).ok();
}

} // namespace ClaimLedger
