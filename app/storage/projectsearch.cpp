// Project: full-text search.

#include "projectprivate.h"

namespace ClaimLedger {

namespace {

SearchHit hitFromRow(const QSqlQuery &query)
{
    SearchHit hit;
    switch (SearchKind(query.value(0).toInt())) {
    case SearchKind::ArticleVersion:
        hit.kind = SearchHit::Kind::Article;
        break;
    case SearchKind::Claim:
        hit.kind = SearchHit::Kind::Claim;
        break;
    case SearchKind::Source:
        hit.kind = SearchHit::Kind::Source;
        break;
    case SearchKind::Evidence:
        hit.kind = SearchHit::Kind::Evidence;
        break;
    }
    hit.objectId = query.value(1).toLongLong();
    hit.snippet = query.value(2).toString();
    return hit;
}

} // namespace

Result<QList<SearchHit>> Project::search(const QString &text, int limit) const
{
    const QString query = text.simplified();
    if (query.isEmpty())
        return QList<SearchHit>();
    // The trigram index answers queries of three characters or more. Shorter ones
    // (two-syllable Korean words such as 노조) are matched by scanning the indexed text.
    if (query.size() < 3) {
        QString pattern = query;
        pattern.replace(u'\\', QStringLiteral("\\\\"))
            .replace(u'%', QStringLiteral("\\%"))
            .replace(u'_', QStringLiteral("\\_"));
        return readRows(
            d->run(QStringLiteral("SELECT kind, object_id, substr(body, max(1, instr(body, :raw) - 20), 60) "
                                  "FROM search_index WHERE body LIKE :pattern ESCAPE '\\' LIMIT :limit"),
                   {{QStringLiteral(":raw"), query},
                    {QStringLiteral(":pattern"), u'%' + pattern + u'%'},
                    {QStringLiteral(":limit"), limit}}),
            hitFromRow);
    }
    // A phrase in FTS5 syntax: the words as typed, nothing read as an operator.
    QString phrase = query;
    phrase.replace(u'"', QStringLiteral("\"\""));
    return readRows(d->run(QStringLiteral("SELECT kind, object_id, snippet(search_index, 2, '[', ']', '…', 12) "
                                          "FROM search_index WHERE search_index MATCH :phrase ORDER BY rank "
                                          "LIMIT :limit"),
                           {{QStringLiteral(":phrase"), u'"' + phrase + u'"'}, {QStringLiteral(":limit"), limit}}),
                    hitFromRow);
}

Result<qint64> Project::articleIdOfVersion(qint64 versionId) const
{
    auto query = d->run(QStringLiteral("SELECT article_id FROM article_version WHERE id = :id"),
                        {{QStringLiteral(":id"), versionId}});
    if (!query)
        return Error{query.error()};
    const qint64 articleId = query.value()->next() ? query.value()->value(0).toLongLong() : 0;
    query.value()->finish();
    if (articleId == 0)
        return Error{tr("The project has no article version %1.").arg(versionId)};
    return articleId;
}

Result<qint64> Project::claimIdOfEvidence(qint64 evidenceId) const
{
    auto query
        = d->run(QStringLiteral("SELECT claim_id FROM evidence WHERE id = :id"), {{QStringLiteral(":id"), evidenceId}});
    if (!query)
        return Error{query.error()};
    const qint64 claimId = query.value()->next() ? query.value()->value(0).toLongLong() : 0;
    query.value()->finish();
    if (claimId == 0)
        return Error{tr("The project has no evidence %1.").arg(evidenceId)};
    return claimId;
}

} // namespace ClaimLedger
