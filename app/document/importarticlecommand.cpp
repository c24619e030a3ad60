#include "importarticlecommand.h"

#include "projectdocument.h"

#include <QCoreApplication>

namespace ClaimLedger {

ImportArticleCommand::ImportArticleCommand(ProjectDocument *document, const Article &article,
                                           const QByteArray &original)
    : DocumentCommand(document, QCoreApplication::translate("ImportArticleCommand", "Import “%1”").arg(article.title))
    , m_article(article)
    , m_original(original)
{
}

bool ImportArticleCommand::apply()
{
    return document()->insertArticle(m_article, m_original).ok();
}

bool ImportArticleCommand::revert()
{
    return document()->deleteArticle(m_article.id).ok();
}

} // namespace ClaimLedger
