#pragma once

#include "article.h"
#include "documentcommand.h"

#include <QByteArray>

namespace ClaimLedger {

/// Adds an imported article to the project; undo takes it out again.
class ImportArticleCommand final : public DocumentCommand
{
public:
    ImportArticleCommand(ProjectDocument *document, const Article &article, const QByteArray &original);

protected:
    Status apply() override;
    Status revert() override;

private:
    Article m_article;
    QByteArray m_original;
};

} // namespace ClaimLedger
