#include "reportcontent.h"

#include "project.h"

namespace ClaimLedger {

Result<ReportContent> ReportContent::fromProject(const Project &project, qint64 articleId,
                                                 std::optional<Verdict> verdict)
{
    auto articles = project.articles();
    if (!articles)
        return Error{articles.error()};
    auto claims = project.claims();
    if (!claims)
        return Error{claims.error()};

    ReportContent content;
    content.title = project.displayName();
    for (const Article &article : std::as_const(articles.value())) {
        if (articleId != 0 && article.id != articleId)
            continue;
        Section section{article, {}};
        for (const Claim &claim : std::as_const(claims.value())) {
            if (claim.articleId == article.id && (!verdict || claim.verdict == *verdict))
                section.claims.append(claim);
        }
        content.sections.append(section);
    }
    if (auto entities = project.entities()) {
        for (const Entity &entity : entities.value()) {
            if (entity.kind == Entity::Kind::Organization)
                content.organizations.append(entity.name);
        }
    }
    if (articleId != 0 && content.sections.isEmpty())
        return Error{Project::tr("The project has no article %1.").arg(articleId)};
    return content;
}

} // namespace ClaimLedger
