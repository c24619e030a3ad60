#include "reportcontent.h"

#include "textdiff.h"

#include <QCryptographicHash>

#include "project.h"

#include <QSet>

#include <algorithm>

namespace ClaimLedger {

QString ReportContent::checkedAgainst(qint64 versionId) const
{
    const auto note = versions.constFind(versionId);
    if (note == versions.cend())
        return {};
    return tr("Checked against version %1 of %2 (SHA-256 %3).")
        .arg(QString::number(note->number), note->importedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")),
             note->sha256);
}

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
    for (const Section &section : std::as_const(content.sections)) {
        if (section.article.version < 2)
            continue;
        auto versions = project.articleVersions(section.article.id);
        if (!versions)
            return Error{versions.error()};
        for (qsizetype k = 1; k < versions->size(); ++k) {
            const ArticleVersion &older = versions->at(k - 1);
            const ArticleVersion &newer = versions->at(k);
            for (const FigureEdit &edit : TextDiff::figureEdits(TextDiff::compare(older.text, newer.text)))
                content.figureChanges[section.article.id].append(
                    tr("version %1 → %2: %3 → %4")
                        .arg(QString::number(older.number), QString::number(newer.number), edit.from, edit.to));
        }
        for (const ArticleVersion &version : std::as_const(versions.value()))
            content.versions.insert(
                version.id,
                {version.number, version.importedAt,
                 QString::fromLatin1(QCryptographicHash::hash(version.original, QCryptographicHash::Sha256).toHex())});
    }
    if (auto entities = project.entities()) {
        for (const Entity &entity : entities.value()) {
            if (entity.kind == Entity::Kind::Organization)
                content.organizations.append(entity.name);
            if (!entity.aliases.isEmpty())
                content.aliases.insert(entity.name, entity.aliases);
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

void ReportContent::shortenTexts(qsizetype maximum)
{
    const auto cut = [maximum](QString &text) {
        if (text.size() <= maximum)
            return;
        qsizetype end = maximum;
        if (text.at(end).isLowSurrogate())
            --end;
        const qsizetype left = text.size() - end;
        text = text.left(end)
            + QCoreApplication::translate("ReportContent", "… [%1 more characters are in the project]").arg(left);
    };
    cut(title);
    for (Section &section : sections) {
        for (QString *text : {&section.article.title, &section.article.source, &section.article.url,
                              &section.article.outlet, &section.article.byline})
            cut(*text);
        for (Claim &claim : section.claims) {
            for (QString *text : {&claim.quote.exact, &claim.quote.prefix, &claim.quote.suffix, &claim.claimant,
                                  &claim.wording, &claim.rationale})
                cut(*text);
            for (QString &tag : claim.tags)
                cut(tag);
        }
    }
    for (QList<Evidence> &list : evidence) {
        for (Evidence &item : list) {
            for (QString *text : {&item.excerpt, &item.locator, &item.note})
                cut(*text);
        }
    }
    for (QList<Figure> &list : figures) {
        for (Figure &figure : list) {
            for (QString *text : {&figure.stated, &figure.value, &figure.low, &figure.high, &figure.unit,
                                  &figure.qualifier, &figure.timeFrame})
                cut(*text);
        }
    }
    for (Source &source : sources) {
        for (QString *text : {&source.title, &source.url, &source.publisher, &source.author, &source.notes})
            cut(*text);
    }
    for (QStringList &hashes : snapshotHashes) {
        for (QString &hash : hashes)
            cut(hash);
    }
    for (QString &name : organizations)
        cut(name);
    for (QStringList &names : aliases) {
        for (QString &name : names)
            cut(name);
    }
}

} // namespace ClaimLedger
