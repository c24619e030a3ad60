#pragma once

#include "article.h"
#include "documentcommand.h"

#include <QByteArray>

namespace ClaimLedger {

/// Adds a new version of an article whose re-imported text changed; undo removes it.
class ImportVersionCommand final : public DocumentCommand
{
public:
    ImportVersionCommand(ProjectDocument *document, const Article &version, const QByteArray &original);

protected:
    Status apply() override;
    Status revert() override;

private:
    Article m_version;
    QByteArray m_original;
};

} // namespace ClaimLedger
