#include "htmlreport.h"

#include <QLocale>
#include <QMap>

namespace ClaimLedger {

namespace {

const char *const styleSheet = R"(
body { font-family: "Noto Sans KR", "Nanum Gothic", "Malgun Gothic", sans-serif; max-width: 52em;
       margin: 2em auto; padding: 0 1em; color: #202020; line-height: 1.5; }
h1 { font-size: 1.6em; margin-bottom: 0.2em; } h2 { font-size: 1.25em; margin-top: 2em;
     border-bottom: 1px solid #ccc; } h3 { font-size: 1.1em; }
.meta { color: #555; font-size: 0.9em; } table { border-collapse: collapse; }
td, th { padding: 0.2em 0.8em; text-align: left; border-bottom: 1px solid #e0e0e0; }
.chip { display: inline-block; width: 0.9em; height: 0.9em; border: 1px solid #888;
        border-radius: 2px; vertical-align: middle; margin-right: 0.3em; }
.claim { border-left: 6px solid #ccc; padding: 0.3em 0 0.3em 0.9em; margin: 1.2em 0;
         page-break-inside: avoid; }
.claim blockquote { margin: 0.2em 0; font-size: 1.05em; }
.verdict { padding: 0.05em 0.5em; border-radius: 3px; font-weight: 600; }
.evidence { margin: 0.3em 0 0 0; padding-left: 1.2em; } .evidence li { margin: 0.2em 0; }
.hash { font-family: monospace; font-size: 0.8em; word-break: break-all; color: #444; }
@media print { body { margin: 0; max-width: none; } h2 { page-break-after: avoid; } }
)";

QString escaped(const QString &text)
{
    return text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"));
}

QString dateText(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toUTC().date(), QLocale::LongFormat) : QString();
}

} // namespace

QString HtmlReport::render(const ReportContent &content, const QDateTime &generated)
{
    QString html;
    html += QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n")
                .arg(QLocale().bcp47Name().section(u'-', 0, 0));
    html += QStringLiteral("<title>%1</title>\n<style>%2</style>\n</head>\n<body>\n")
                .arg(escaped(tr("Claim report: %1").arg(content.title)), QString::fromUtf8(styleSheet));
    html += QStringLiteral("<h1>%1</h1>\n<p class=\"meta\">%2</p>\n")
                .arg(escaped(tr("Claim report: %1").arg(content.title)),
                     escaped(tr("Made with ClaimLedger on %1.").arg(dateText(generated))));

    // The summary: how many claims have each verdict.
    QMap<int, int> counts;
    int total = 0;
    for (const ReportContent::Section &section : content.sections) {
        for (const Claim &claim : section.claims) {
            ++counts[int(claim.verdict)];
            ++total;
        }
    }
    html += QStringLiteral("<h2>%1</h2>\n<table>\n<tr><th>%2</th><th>%3</th></tr>\n")
                .arg(escaped(tr("Summary")), escaped(tr("Verdict")), escaped(tr("Claims")));
    for (const Verdict verdict : allVerdicts()) {
        if (!counts.contains(int(verdict)))
            continue;
        html += QStringLiteral("<tr><td><span class=\"chip\" style=\"background:%1\"></span>%2</td><td>%3</td></tr>\n")
                    .arg(verdictColorName(verdict), escaped(verdictDisplayName(verdict)))
                    .arg(counts.value(int(verdict)));
    }
    html += QStringLiteral("<tr><th>%1</th><th>%2</th></tr>\n</table>\n").arg(escaped(tr("Total"))).arg(total);

    const QList<qint64> &cited = content.citedSources;
    for (const ReportContent::Section &section : content.sections) {
        const Article &article = section.article;
        html += QStringLiteral("<h2>%1</h2>\n<p class=\"meta\">").arg(escaped(article.title));
        QStringList facts;
        if (!article.outlet.isEmpty())
            facts.append(escaped(article.outlet));
        if (!article.byline.isEmpty())
            facts.append(escaped(article.byline));
        if (article.publishedAt.isValid())
            facts.append(escaped(tr("published %1").arg(dateText(article.publishedAt))));
        facts.append(escaped(article.url.isEmpty() ? article.source : article.url));
        html += facts.join(QStringLiteral(" · ")) + QStringLiteral("</p>\n");
        if (const QStringList changes = content.figureChanges.value(article.id); !changes.isEmpty()) {
            html += QStringLiteral("<p><b>%1</b></p>\n<ul class=\"changes\">\n")
                        .arg(escaped(tr("Figures changed between versions:")));
            for (const QString &change : changes)
                html += QStringLiteral("<li>%1</li>\n").arg(escaped(change));
            html += QStringLiteral("</ul>\n");
        }
        if (section.claims.isEmpty())
            html += QStringLiteral("<p>%1</p>\n").arg(escaped(tr("No claims marked.")));
        for (const Claim &claim : section.claims) {
            html += QStringLiteral(
                        "<div class=\"claim\" style=\"border-left-color:%1\">\n<blockquote>“%2”</blockquote>\n")
                        .arg(verdictColorName(claim.verdict), escaped(claim.quote.exact));
            QString line = QStringLiteral("<span class=\"verdict\" style=\"background:%1\">%2</span> · %3")
                               .arg(verdictColorName(claim.verdict), escaped(verdictDisplayName(claim.verdict)),
                                    escaped(claimKindDisplayName(claim.kind)));
            if (!claim.claimant.isEmpty())
                line += QStringLiteral(" · ") + escaped(tr("claimed by %1").arg(claim.claimant));
            html += QStringLiteral("<p>%1</p>\n").arg(line);
            if (!claim.wording.isEmpty())
                html += QStringLiteral("<p><b>%1</b> %2</p>\n")
                            .arg(escaped(tr("In plain words:")), escaped(claim.wording));
            for (const Figure &figure : content.figures.value(claim.id)) {
                const QString value = figure.low.isEmpty() ? figure.value : figure.low + u'~' + figure.high;
                html += QStringLiteral("<p><b>%1</b> %2 = %3 %4 (%5)</p>\n")
                            .arg(escaped(tr("Figure:")), escaped(figure.stated), escaped(value), escaped(figure.unit),
                                 escaped(figure.qualifier));
            }
            if (!claim.rationale.isEmpty())
                html
                    += QStringLiteral("<p><b>%1</b> %2</p>\n").arg(escaped(tr("Rationale:")), escaped(claim.rationale));
            if (const QString checked = content.checkedAgainst(claim.versionId); !checked.isEmpty())
                html += QStringLiteral("<p class=\"version\">%1</p>\n").arg(escaped(checked));
            const QList<Evidence> evidence = content.evidence.value(claim.id);
            if (!evidence.isEmpty()) {
                html += QStringLiteral("<p><b>%1</b></p>\n<ul class=\"evidence\">\n").arg(escaped(tr("Evidence:")));
                for (const Evidence &link : std::as_const(evidence)) {
                    const Source source = content.sources.value(link.sourceId);
                    QString item = QStringLiteral("<b>%1</b> — %2 [%3]")
                                       .arg(escaped(stanceDisplayName(link.stance)), escaped(source.title),
                                            QString::number(cited.indexOf(link.sourceId) + 1));
                    if (!link.excerpt.isEmpty())
                        item += QStringLiteral(": “%1”").arg(escaped(link.excerpt));
                    if (!link.locator.isEmpty())
                        item += QStringLiteral(" (%1)").arg(escaped(link.locator));
                    html += QStringLiteral("<li>%1</li>\n").arg(item);
                }
                html += QStringLiteral("</ul>\n");
            }
            html += QStringLiteral("</div>\n");
        }
    }

    if (!cited.isEmpty()) {
        html += QStringLiteral("<h2>%1</h2>\n<ol>\n").arg(escaped(tr("Sources")));
        for (const qint64 sourceId : std::as_const(cited)) {
            const Source source = content.sources.value(sourceId);
            QStringList parts{QStringLiteral("<b>%1</b>").arg(escaped(source.title))};
            if (!source.author.isEmpty())
                parts.append(escaped(source.author));
            if (!source.publisher.isEmpty())
                parts.append(escaped(source.publisher));
            if (source.publishedAt.isValid())
                parts.append(escaped(dateText(source.publishedAt)));
            if (!source.url.isEmpty())
                parts.append(escaped(source.url));
            parts.append(escaped(reliabilityDisplayName(source.reliability)));
            html += QStringLiteral("<li>%1").arg(parts.join(QStringLiteral(". ")));
            for (const QString &hash : content.snapshotHashes.value(sourceId))
                html += QStringLiteral("<br><span class=\"hash\">SHA-256 %1</span>").arg(escaped(hash));
            html += QStringLiteral("</li>\n");
        }
        html += QStringLiteral("</ol>\n");
    }
    html += QStringLiteral("</body>\n</html>\n");
    return html;
}

} // namespace ClaimLedger
