#include "reportcontent.h"

#include "project.h"

#include <QSet>

#include <algorithm>

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
    QSet<qint64> reported;
    for (const Section &section : std::as_const(content.sections)) {
        for (const Claim &claim : section.claims)
            reported.insert(claim.id);
    }
    if (auto sources = project.sources()) {
        for (const Source &source : sources.value()) {
            auto links = project.evidenceForSource(source.id);
            if (!links)
                return Error{links.error()};
            bool cited = false;
            for (const Evidence &link : links.value()) {
                if (reported.contains(link.claimId)) {
                    content.evidence[link.claimId].append(link);
                    cited = true;
                }
            }
            if (!cited)
                continue;
            content.sources.insert(source.id, source);
            if (auto snapshots = project.snapshots(source.id)) {
                for (const Snapshot &snapshot : snapshots.value())
                    content.snapshotHashes[source.id].append(QString::fromLatin1(snapshot.sha256));
            }
        }
    }
    for (auto it = content.evidence.begin(); it != content.evidence.end(); ++it)
        std::sort(it->begin(), it->end(), [](const Evidence &a, const Evidence &b) { return a.id < b.id; });
    content.numberCitations();
    if (auto figures = project.figuresByClaim()) {
        for (auto it = figures->cbegin(); it != figures->cend(); ++it) {
            if (reported.contains(it.key()))
                content.figures.insert(it.key(), it.value());
        }
    }
    if (articleId != 0 && content.sections.isEmpty())
        return Error{Project::tr("The project has no article %1.").arg(articleId)};
    return content;
}

void ReportContent::restrictTo(const QSet<qint64> &claimIds)
{
    for (Section &section : sections)
        section.claims.removeIf([&](const Claim &claim) { return !claimIds.contains(claim.id); });
    sections.removeIf([](const Section &section) { return section.claims.isEmpty(); });
    numberCitations();
}

void ReportContent::numberCitations()
{
    citedSources.clear();
    for (const Section &section : std::as_const(sections)) {
        for (const Claim &claim : section.claims) {
            for (const Evidence &link : evidence.value(claim.id)) {
                if (!citedSources.contains(link.sourceId))
                    citedSources.append(link.sourceId);
            }
        }
    }
}

} // namespace ClaimLedger
