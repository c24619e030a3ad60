#pragma once

// Reads everything an open project holds, the way the window and the reports do, and
// renders every report: any stored value, however odd, must come out as data.

#include "csvreport.h"
#include "fuzzsupport.h"
#include "htmlreport.h"
#include "linkeddataexport.h"
#include "markdownreport.h"
#include "project.h"
#include "projectjson.h"
#include "reportcontent.h"

#include <QDateTime>

namespace ClaimLedger::Fuzz {

inline void readEverything(const Project &project)
{
    (void)project.info(true);
    if (auto articles = project.articles()) {
        for (const Article &article : articles.value()) {
            (void)project.articleVersions(article.id);
            (void)project.articleOriginal(article.id);
        }
    }
    if (auto claims = project.claims()) {
        for (const Claim &claim : claims.value()) {
            (void)project.figuresForClaim(claim.id);
            (void)project.evidenceForClaim(claim.id);
            (void)project.claimTags(claim.id);
        }
    }
    if (auto sources = project.sources()) {
        for (const Source &source : sources.value())
            (void)project.snapshots(source.id);
    }
    (void)project.entities();
    (void)project.search(QStringLiteral("billion"));
    (void)ProjectJson::write(project);

    auto content = ReportContent::fromProject(project);
    if (!content)
        return;
    const QString html = HtmlReport::render(content.value(), QDateTime::fromSecsSinceEpoch(0));
    require(!html.contains(QLatin1StringView("<script"), Qt::CaseInsensitive), "no script in an HTML report");
    (void)MarkdownReport::render(content.value());
    (void)CsvReport::render(content.value());
    (void)LinkedDataExport::claimReviews(content.value(), {});
    (void)LinkedDataExport::annotations(content.value());
}

} // namespace ClaimLedger::Fuzz
