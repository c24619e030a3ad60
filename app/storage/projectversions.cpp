// Project: reading and rebuilding every version of an article, for whole-project
// exports and their import.

#include "projectprivate.h"

#include <QJsonDocument>

namespace ClaimLedger {

namespace {

ArticleVersion versionFromRow(const QSqlQuery &query)
{
    ArticleVersion version;
    version.id = query.value(0).toLongLong();
    version.uuid = QUuid::fromString(query.value(1).toString());
    version.number = query.value(2).toInt();
    version.original = query.value(3).toByteArray();
    version.encoding = query.value(4).toString();
    version.text = query.value(5).toString();
    version.structure = structureFromJson(QJsonDocument::fromJson(query.value(6).toString().toUtf8()).array());
    version.importedAt = fromIsoTime(query.value(7).toString());
    version.links = linksFromMetadata(query.value(8).toString());
    return version;
}

} // namespace

Result<QList<ArticleVersion>> Project::articleVersions(qint64 articleId) const
{
    return readRows(d->run(QStringLiteral("SELECT id, uuid, number, original, encoding, text, structure_json, "
                                          "imported_at, metadata_json FROM article_version WHERE article_id = :article "
                                          "ORDER BY number"),
                           {{QStringLiteral(":article"), articleId}}),
                    versionFromRow);
}

Result<Article> Project::restoreArticle(const Article &article, const QList<ArticleVersion> &versions)
{
    if (versions.isEmpty())
        return Error{tr("The article “%1” has no text.").arg(article.title)};
    Article restored;
    const Status done = inTransaction([&]() -> Status {
        Article first = article;
        first.id = 0;
        first.versionId = 0;
        first.text = versions.constFirst().text;
        first.encoding = versions.constFirst().encoding;
        first.structure = versions.constFirst().structure;
        first.links = versions.constFirst().links;
        first.importedAt = versions.constFirst().importedAt;
        auto added = addArticle(first, versions.constFirst().original);
        if (!added)
            return Error{added.error()};
        restored = added.value();
        for (qsizetype i = 1; i < versions.size(); ++i) {
            const ArticleVersion &version = versions.at(i);
            Article content;
            content.text = version.text;
            content.encoding = version.encoding;
            content.structure = version.structure;
            content.links = version.links;
            auto next = addArticleVersion(restored.id, content, version.original);
            if (!next)
                return Error{next.error()};
            restored = next.value();
        }
        // The versions keep their own identities and times.
        auto stored = articleVersions(restored.id);
        if (!stored)
            return Error{stored.error()};
        for (qsizetype i = 0; i < stored->size() && i < versions.size(); ++i) {
            auto updated = d->run(QStringLiteral("UPDATE article_version SET uuid = :uuid, imported_at = :imported "
                                                 "WHERE id = :id"),
                                  {{QStringLiteral(":uuid"), uuidText(versions.at(i).uuid)},
                                   {QStringLiteral(":imported"), isoTime(versions.at(i).importedAt)},
                                   {QStringLiteral(":id"), stored->at(i).id}});
            if (!updated)
                return Error{updated.error()};
        }
        return {};
    });
    if (!done)
        return Error{done.error()};
    return article.uuid.isNull() ? restored : this->article(restored.id);
}

} // namespace ClaimLedger
