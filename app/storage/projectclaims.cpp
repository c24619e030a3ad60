// Project: claims, their tags and figures.

#include "domainjson.h"
#include "projectprivate.h"
#include "statement.h"

#include <QJsonArray>

namespace ClaimLedger {

namespace {

/// Tags travel from SQL as one string, separated by U+001F (which no tag holds).
QStringList splitTags(const QString &joined)
{
    return joined.isEmpty() ? QStringList() : joined.split(QChar(0x1f));
}

/// The columns of a claim row, in the order claimColumns lists them: the one place
/// both row readers and the SELECT take their positions from.
enum ClaimColumn : int {
    IdColumn,
    UuidColumn,
    ArticleColumn,
    VersionColumn,
    StartColumn,
    EndColumn,
    ExactColumn,
    PrefixColumn,
    SuffixColumn,
    KindColumn,
    VerdictColumn,
    ClaimantColumn,
    WordingColumn,
    RationaleColumn,
    PriorityColumn,
    CreatedColumn,
    ModifiedColumn,
    TagsColumn, ///< only in claimSelect
};

const QString claimColumns = QStringLiteral(
    "id, uuid, article_id, version_id, start_offset, end_offset, exact, prefix, suffix, kind, verdict, "
    "claimant, wording, rationale, priority, created_at, modified_at");

Claim claimFromRow(const QSqlQuery &query)
{
    Claim claim;
    claim.id = query.value(IdColumn).toLongLong();
    claim.uuid = QUuid::fromString(query.value(UuidColumn).toString());
    claim.articleId = query.value(ArticleColumn).toLongLong();
    claim.versionId = query.value(VersionColumn).toLongLong();
    claim.start = query.value(StartColumn).toLongLong();
    claim.end = query.value(EndColumn).toLongLong();
    claim.quote = {query.value(ExactColumn).toString(), query.value(PrefixColumn).toString(),
                   query.value(SuffixColumn).toString()};
    claim.kind = claimKindFromKey(query.value(KindColumn).toString()).value_or(ClaimKind::Statement);
    claim.verdict = verdictFromKey(query.value(VerdictColumn).toString()).value_or(Verdict::Unverified);
    claim.claimant = query.value(ClaimantColumn).toString();
    claim.wording = query.value(WordingColumn).toString();
    claim.rationale = query.value(RationaleColumn).toString();
    claim.priority = query.value(PriorityColumn).toInt();
    claim.createdAt = fromIsoTime(query.value(CreatedColumn).toString());
    claim.modifiedAt = fromIsoTime(query.value(ModifiedColumn).toString());
    claim.tags = splitTags(query.value(TagsColumn).toString());
    return claim;
}

/// claimFromRow() for SQLite's C API, which reads text as the UTF-8 it is stored in.
Claim claimFromStatement(const Statement &row)
{
    Claim claim;
    claim.id = row.integer(IdColumn);
    claim.uuid = QUuid::fromString(QLatin1StringView(row.bytes(UuidColumn)));
    claim.articleId = row.integer(ArticleColumn);
    claim.versionId = row.integer(VersionColumn);
    claim.start = row.integer(StartColumn);
    claim.end = row.integer(EndColumn);
    claim.quote = {row.text(ExactColumn), row.text(PrefixColumn), row.text(SuffixColumn)};
    // Keys and times are ASCII: read without UTF-8 decoding.
    claim.kind = claimKindFromKey(row.latin1(KindColumn)).value_or(ClaimKind::Statement);
    claim.verdict = verdictFromKey(row.latin1(VerdictColumn)).value_or(Verdict::Unverified);
    claim.claimant = row.text(ClaimantColumn);
    claim.wording = row.text(WordingColumn);
    claim.rationale = row.text(RationaleColumn);
    claim.priority = int(row.integer(PriorityColumn));
    claim.createdAt = fromIsoTime(row.latin1(CreatedColumn));
    claim.modifiedAt = fromIsoTime(row.latin1(ModifiedColumn));
    return claim;
}

const QString claimSelect = QStringLiteral("SELECT ") + claimColumns
    + QStringLiteral(", (SELECT group_concat(name, char(31)) FROM (SELECT t.name FROM "
                     "claim_tag ct JOIN tag t ON t.id = ct.tag_id WHERE ct.claim_id = "
                     "claim.id ORDER BY t.name)) FROM claim ");
// The same without the tags, which claims() reads in one pass of its own.
const QString claimSelectUntagged = QStringLiteral("SELECT ") + claimColumns + QStringLiteral(" FROM claim ");

// Text order: the order the claims table and reports list claims in.
const QString textOrder = QStringLiteral("ORDER BY article_id, start_offset, end_offset, id");

QVariantHash claimValues(const Claim &claim)
{
    return {{QStringLiteral(":id"), claim.id == 0 ? QVariant() : QVariant(claim.id)},
            {QStringLiteral(":uuid"), uuidText(claim.uuid)},
            {QStringLiteral(":article"), claim.articleId},
            {QStringLiteral(":version"), claim.versionId},
            {QStringLiteral(":start"), claim.start},
            {QStringLiteral(":end"), claim.end},
            {QStringLiteral(":exact"), claim.quote.exact},
            {QStringLiteral(":prefix"), claim.quote.prefix},
            {QStringLiteral(":suffix"), claim.quote.suffix},
            {QStringLiteral(":kind"), claimKindKey(claim.kind)},
            {QStringLiteral(":verdict"), verdictKey(claim.verdict)},
            {QStringLiteral(":claimant"), claim.claimant},
            {QStringLiteral(":wording"), claim.wording},
            {QStringLiteral(":rationale"), claim.rationale},
            {QStringLiteral(":priority"), claim.priority},
            {QStringLiteral(":created"), isoTime(claim.createdAt)},
            {QStringLiteral(":modified"), isoTime(claim.modifiedAt)}};
}

QString searchBody(const Claim &claim)
{
    return claim.quote.exact + u'\n' + claim.wording + u'\n' + claim.rationale + u'\n' + claim.claimant;
}

Figure figureFromRow(const QSqlQuery &query)
{
    Figure figure;
    figure.id = query.value(0).toLongLong();
    figure.uuid = QUuid::fromString(query.value(1).toString());
    figure.claimId = query.value(2).toLongLong();
    figure.stated = query.value(3).toString();
    figure.value = query.value(4).toString();
    figure.low = query.value(5).toString();
    figure.high = query.value(6).toString();
    figure.unit = query.value(7).toString();
    figure.qualifier = query.value(8).toString();
    figure.timeFrame = query.value(9).toString();
    figure.equivalentId = query.value(10).toLongLong();
    return figure;
}

QString tagFromRow(const QSqlQuery &query)
{
    return query.value(0).toString();
}

} // namespace

Result<const Project::Private::VersionText *> Project::Private::versionText(qint64 articleId, qint64 versionId)
{
    const VersionText &last = lastVersionText;
    if (versionId != 0 && versionId == last.versionId && articleId == last.articleId)
        return &last;
    auto version = run(
        versionId != 0 ? QStringLiteral("SELECT id, text FROM article_version WHERE id = :version "
                                        "AND article_id = :article")
                       : QStringLiteral("SELECT id, text FROM article_version WHERE article_id = :article "
                                        "ORDER BY number DESC LIMIT 1"),
        versionId != 0 ? QVariantHash{{QStringLiteral(":version"), versionId}, {QStringLiteral(":article"), articleId}}
                       : QVariantHash{{QStringLiteral(":article"), articleId}});
    if (!version)
        return Error{version.error()};
    if (!version.value()->next())
        return static_cast<const VersionText *>(nullptr);
    lastVersionText = {version.value()->value(0).toLongLong(), articleId, version.value()->value(1).toString()};
    version.value()->finish();
    return &last;
}

Result<Claim> Project::addClaim(Claim claim)
{
    if (auto refused = d->refuseIfReadOnly(); !refused)
        return Error{refused.error()};
    // The text the offsets count in: the claim's version, or the article's latest.
    const auto last = d->versionText(claim.articleId, claim.versionId);
    if (!last)
        return Error{last.error()};
    if (!last.value())
        return Error{tr("The project has no article %1.").arg(claim.articleId)};
    claim.versionId = last.value()->versionId;
    const QString text = last.value()->text;
    if (claim.start < 0 || claim.end <= claim.start || claim.end > text.size())
        return Error{
            tr("The claim's span %1–%2 does not lie inside the article's text.").arg(claim.start).arg(claim.end)};
    // The quote is what reports print as the article's words: it must be those words.
    // A claim given without one gets the text's own.
    if (claim.quote.exact.isEmpty())
        claim.quote = TextQuoteSelector::fromSpan(text, claim.start, claim.end);
    else if (QStringView(text).sliced(claim.start, claim.end - claim.start) != claim.quote.exact)
        return Error{tr("The claim's quote is not the article's text at %1–%2.").arg(claim.start).arg(claim.end)};
    if (claim.uuid.isNull())
        claim.uuid = QUuid::createUuid();
    if (!claim.createdAt.isValid())
        claim.createdAt = QDateTime::currentDateTimeUtc();
    if (!claim.modifiedAt.isValid())
        claim.modifiedAt = claim.createdAt;

    Private::Transaction transaction(d.get());
    auto inserted = d->run(
        QStringLiteral("INSERT INTO claim (id, uuid, article_id, version_id, start_offset, end_offset, exact, prefix, "
                       "suffix, kind, verdict, claimant, wording, rationale, priority, created_at, modified_at) VALUES "
                       "(:id, :uuid, :article, :version, :start, :end, :exact, :prefix, :suffix, :kind, :verdict, "
                       ":claimant, :wording, :rationale, :priority, :created, :modified)"),
        claimValues(claim));
    if (!inserted)
        return Error{inserted.error()};
    claim.id = inserted.value()->lastInsertId().toLongLong();
    claim.tags = normalizedTags(claim.tags);
    if (auto tagged = d->writeClaimTags(claim.id, claim.tags); !tagged)
        return Error{tagged.error()};
    if (auto indexed = d->index(SearchKind::Claim, claim.id, searchBody(claim)); !indexed)
        return Error{indexed.error()};
    if (auto logged = d->logAdded(QStringLiteral("claim.add"), claim); !logged)
        return Error{logged.error()};
    if (auto committed = transaction.commit(); !committed)
        return Error{committed.error()};
    return claim;
}

Status Project::updateClaim(const Claim &edited)
{
    Claim changed = edited;
    changed.tags = normalizedTags(edited.tags);
    if (auto refused = d->refuseIfReadOnly(); !refused)
        return refused;
    const auto existing = claim(changed.id);
    if (!existing)
        return Error{existing.error()};

    Private::Transaction transaction(d.get());
    auto updated = d->run(
        QStringLiteral("UPDATE claim SET start_offset = :start, end_offset = :end, exact = :exact, prefix = :prefix, "
                       "suffix = :suffix, kind = :kind, verdict = :verdict, claimant = :claimant, wording = :wording, "
                       "rationale = :rationale, priority = :priority, modified_at = :modified "
                       "WHERE id = :id AND uuid = :uuid AND article_id = :article AND created_at = :created"),
        [&] {
            QVariantHash values = claimValues(changed);
            values.remove(QStringLiteral(":version"));
            return values;
        }());
    if (!updated)
        return Error{updated.error()};
    if (updated.value()->numRowsAffected() != 1)
        return Error{tr("The claim could not be updated: its identity does not match the stored one.")};
    if (changed.tags != existing->tags) {
        if (auto tagged = d->writeClaimTags(changed.id, changed.tags); !tagged)
            return tagged;
    }
    if (auto indexed = d->index(SearchKind::Claim, changed.id, searchBody(changed)); !indexed)
        return indexed;
    if (auto logged
        = d->logChange(QStringLiteral("claim.update"), changed.uuid, toJson(existing.value()), toJson(changed));
        !logged)
        return logged;
    return transaction.commit();
}

Status Project::carryClaim(qint64 claimId, qint64 versionId, qsizetype start, qsizetype end)
{
    if (auto refused = d->refuseIfReadOnly(); !refused)
        return refused;
    const auto existing = claim(claimId);
    if (!existing)
        return Error{existing.error()};
    const auto version = d->versionText(existing->articleId, versionId);
    if (!version)
        return Error{version.error()};
    if (versionId == 0 || !version.value())
        return Error{tr("The claim's article has no version %1.").arg(versionId)};
    const QString &text = version.value()->text;
    if (start < 0 || end <= start || end > text.size())
        return Error{tr("The claim's span %1–%2 does not lie inside the version's text.").arg(start).arg(end)};

    Claim carried = existing.value();
    carried.versionId = versionId;
    carried.start = start;
    carried.end = end;
    carried.quote = TextQuoteSelector::fromSpan(text, start, end);
    carried.modifiedAt = QDateTime::currentDateTimeUtc();
    Private::Transaction transaction(d.get());
    auto updated
        = d->run(QStringLiteral("UPDATE claim SET version_id = :version, start_offset = :start, end_offset = :end, "
                                "exact = :exact, prefix = :prefix, suffix = :suffix, modified_at = :modified "
                                "WHERE id = :id AND uuid = :uuid"),
                 {{QStringLiteral(":version"), versionId},
                  {QStringLiteral(":start"), carried.start},
                  {QStringLiteral(":end"), carried.end},
                  {QStringLiteral(":exact"), carried.quote.exact},
                  {QStringLiteral(":prefix"), carried.quote.prefix},
                  {QStringLiteral(":suffix"), carried.quote.suffix},
                  {QStringLiteral(":modified"), isoTime(carried.modifiedAt)},
                  {QStringLiteral(":id"), carried.id},
                  {QStringLiteral(":uuid"), carried.uuid.toString(QUuid::WithoutBraces)}});
    if (!updated)
        return Error{updated.error()};
    if (updated.value()->numRowsAffected() != 1)
        return Error{tr("The claim could not be updated: its identity does not match the stored one.")};
    if (auto indexed = d->index(SearchKind::Claim, carried.id, searchBody(carried)); !indexed)
        return indexed;
    if (auto logged
        = d->logChange(QStringLiteral("claim.carry"), carried.uuid, toJson(existing.value()), toJson(carried));
        !logged)
        return logged;
    return transaction.commit();
}

Status Project::removeClaim(qint64 claimId)
{
    if (auto refused = d->refuseIfReadOnly(); !refused)
        return refused;
    const auto existing = claim(claimId);
    if (!existing)
        return Error{existing.error()};

    Private::Transaction transaction(d.get());
    if (auto removed = d->run(QStringLiteral("DELETE FROM claim WHERE id = :id"), {{QStringLiteral(":id"), claimId}});
        !removed)
        return Error{removed.error()};
    if (auto unindexed = d->unindex(SearchKind::Claim, claimId); !unindexed)
        return unindexed;
    if (auto logged = d->logChange(QStringLiteral("claim.remove"), existing->uuid, toJson(existing.value()), {});
        !logged)
        return logged;
    return transaction.commit();
}

Result<QList<Claim>> Project::claims() const
{
    // Opening a project reads every claim: through SQLite's C API, because QtSql turns
    // each text column into UTF-16 and a QVariant, which took 4 µs a claim.
    sqlite3 *connection = nativeHandle(d->db());
    auto tagRows = d->run(QStringLiteral("SELECT ct.claim_id, t.name FROM claim_tag ct JOIN tag t ON t.id = ct.tag_id "
                                         "ORDER BY ct.claim_id, t.name"));
    if (!tagRows)
        return Error{tagRows.error()};
    QHash<qint64, QStringList> tags;
    while (tagRows.value()->next())
        tags[tagRows.value()->value(0).toLongLong()].append(tagRows.value()->value(1).toString());
    tagRows.value()->finish();

    auto statement = Statement::prepare(connection, (claimSelectUntagged + textOrder).toUtf8());
    if (!statement)
        return Error{statement.error()};
    QList<Claim> claims;
    if (auto count = d->run(QStringLiteral("SELECT count(*) FROM claim")); count && count.value()->next()) {
        claims.reserve(count.value()->value(0).toLongLong());
        count.value()->finish();
    }
    while (statement->next()) {
        claims.append(claimFromStatement(statement.value()));
        if (!tags.isEmpty())
            claims.last().tags = tags.value(claims.last().id);
    }
    if (statement->failed())
        return Error{statement->errorMessage()};
    return claims;
}

Result<QList<Claim>> Project::claimsPage(qint64 offset, qint64 limit) const
{
    return readRows(d->run(claimSelect + textOrder + QStringLiteral(" LIMIT :limit OFFSET :offset"),
                           {{QStringLiteral(":limit"), limit}, {QStringLiteral(":offset"), offset}}),
                    claimFromRow);
}

Result<QList<Claim>> Project::claimsWithVerdict(Verdict verdict) const
{
    return readRows(d->run(claimSelect + QStringLiteral("WHERE verdict = :verdict ") + textOrder,
                           {{QStringLiteral(":verdict"), verdictKey(verdict)}}),
                    claimFromRow);
}

Result<QList<Claim>> Project::claimsForArticle(qint64 articleId) const
{
    return readRows(d->run(claimSelect + QStringLiteral("WHERE article_id = :article ") + textOrder,
                           {{QStringLiteral(":article"), articleId}}),
                    claimFromRow);
}

Result<Claim> Project::claim(qint64 claimId) const
{
    return readRow(d->run(claimSelect + QStringLiteral("WHERE id = :id"), {{QStringLiteral(":id"), claimId}}),
                   claimFromRow, tr("The project has no claim %1.").arg(claimId));
}

Status Project::Private::writeClaimTags(qint64 claimId, const QStringList &tags)
{
    if (auto cleared
        = run(QStringLiteral("DELETE FROM claim_tag WHERE claim_id = :claim"), {{QStringLiteral(":claim"), claimId}});
        !cleared)
        return Error{cleared.error()};
    for (const QString &name : tags) {
        if (auto created
            = run(QStringLiteral("INSERT INTO tag (uuid, name) VALUES (:uuid, :name) ON CONFLICT (name) DO NOTHING"),
                  {{QStringLiteral(":uuid"), uuidText(QUuid::createUuid())}, {QStringLiteral(":name"), name}});
            !created)
            return Error{created.error()};
        if (auto linked = run(QStringLiteral("INSERT OR IGNORE INTO claim_tag (claim_id, tag_id) "
                                             "SELECT :claim, id FROM tag WHERE name = :name"),
                              {{QStringLiteral(":claim"), claimId}, {QStringLiteral(":name"), name}});
            !linked)
            return Error{linked.error()};
    }
    return {};
}

Status Project::setClaimTags(qint64 claimId, const QStringList &tags)
{
    if (auto refused = d->refuseIfReadOnly(); !refused)
        return refused;
    const auto existing = claim(claimId);
    if (!existing)
        return Error{existing.error()};
    Claim changed = existing.value();
    changed.tags = tags;
    return updateClaim(changed);
}

Result<QStringList> Project::tags() const
{
    auto rows = readRows(d->run(QStringLiteral("SELECT name FROM tag WHERE id IN (SELECT tag_id FROM claim_tag) "
                                               "ORDER BY name")),
                         tagFromRow);
    if (!rows)
        return Error{rows.error()};
    return QStringList(rows.value());
}

Result<QStringList> Project::claimTags(qint64 claimId) const
{
    auto rows = readRows(d->run(QStringLiteral("SELECT t.name FROM claim_tag ct JOIN tag t ON t.id = ct.tag_id "
                                               "WHERE ct.claim_id = :claim ORDER BY t.name"),
                                {{QStringLiteral(":claim"), claimId}}),
                         tagFromRow);
    if (!rows)
        return Error{rows.error()};
    return QStringList(rows.value());
}

Result<Figure> Project::addFigure(Figure figure)
{
    if (auto refused = d->refuseIfReadOnly(); !refused)
        return Error{refused.error()};
    if (figure.uuid.isNull())
        figure.uuid = QUuid::createUuid();
    Private::Transaction transaction(d.get());
    auto inserted = d->run(
        QStringLiteral("INSERT INTO figure (uuid, claim_id, stated, value, low, high, unit, qualifier, time_frame, "
                       "equivalent_id) VALUES (:uuid, :claim, :stated, :value, :low, :high, :unit, :qualifier, "
                       ":frame, :equivalent)"),
        {{QStringLiteral(":uuid"), uuidText(figure.uuid)},
         {QStringLiteral(":claim"), figure.claimId},
         {QStringLiteral(":stated"), figure.stated},
         {QStringLiteral(":value"), figure.value},
         {QStringLiteral(":low"), figure.low},
         {QStringLiteral(":high"), figure.high},
         {QStringLiteral(":unit"), figure.unit},
         {QStringLiteral(":qualifier"), figure.qualifier},
         {QStringLiteral(":frame"), figure.timeFrame},
         {QStringLiteral(":equivalent"), figure.equivalentId == 0 ? QVariant() : QVariant(figure.equivalentId)}});
    if (!inserted)
        return Error{inserted.error()};
    figure.id = inserted.value()->lastInsertId().toLongLong();
    if (auto logged = d->logAdded(QStringLiteral("figure.add"), figure); !logged)
        return Error{logged.error()};
    if (auto committed = transaction.commit(); !committed)
        return Error{committed.error()};
    return figure;
}

Result<QList<Figure>> Project::figuresForClaim(qint64 claimId) const
{
    return readRows(d->run(QStringLiteral("SELECT id, uuid, claim_id, stated, value, low, high, unit, qualifier, "
                                          "time_frame, coalesce(equivalent_id, 0) FROM figure WHERE claim_id = :claim "
                                          "ORDER BY id"),
                           {{QStringLiteral(":claim"), claimId}}),
                    figureFromRow);
}

Result<QHash<qint64, QList<Figure>>> Project::figuresByClaim() const
{
    auto rows = readRows(d->run(QStringLiteral("SELECT id, uuid, claim_id, stated, value, low, high, unit, qualifier, "
                                               "time_frame, coalesce(equivalent_id, 0) FROM figure ORDER BY id")),
                         figureFromRow);
    if (!rows)
        return Error{rows.error()};
    QHash<qint64, QList<Figure>> figures;
    for (const Figure &figure : rows.value())
        figures[figure.claimId].append(figure);
    return figures;
}

} // namespace ClaimLedger
