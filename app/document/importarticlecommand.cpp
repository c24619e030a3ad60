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

Status ImportArticleCommand::apply()
{
    return statusOf(document()->insertArticle(m_article, m_original));
}

Status ImportArticleCommand::revert()
{
    return statusOf(document()->deleteArticle(m_article.id));
}

} // namespace ClaimLedger
