// Project: the source library (sources, snapshots), evidence and entities.

#include "canonicalurl.h"
#include "domainjson.h"
#include "projectprivate.h"

#include <QCryptographicHash>

namespace ClaimLedger {

namespace {

Source sourceFromRow(const QSqlQuery &query)
{
    Source source;
    source.id = query.value(0).toLongLong();
    source.uuid = QUuid::fromString(query.value(1).toString());
    source.kind = sourceKindFromKey(query.value(2).toString()).value_or(SourceKind::WebPage);
    source.title = query.value(3).toString();
    source.url = query.value(4).toString();
    source.publisher = query.value(5).toString();
    source.author = query.value(6).toString();
    source.publishedAt = fromIsoTime(query.value(7).toString());
    source.accessedAt = fromIsoTime(query.value(8).toString());
    const QString grade = query.value(9).toString();
    source.reliability = grade.isEmpty() ? QChar(u'F') : grade.front();
    source.notes = query.value(10).toString();
    return source;
}

const QString sourceSelect = QStringLiteral("SELECT id, uuid, kind, title, url, publisher, author, published_at, "
                                            "accessed_at, reliability, notes FROM source ");

QVariantHash sourceValues(const Source &source)
{
    return {{QStringLiteral(":id"), source.id == 0 ? QVariant() : QVariant(source.id)},
            {QStringLiteral(":uuid"), uuidText(source.uuid)},
            {QStringLiteral(":kind"), sourceKindKey(source.kind)},
            {QStringLiteral(":title"), source.title},
            {QStringLiteral(":url"), source.url},
            {QStringLiteral(":publisher"), source.publisher},
            {QStringLiteral(":author"), source.author},
            {QStringLiteral(":published"), isoTime(source.publishedAt)},
            {QStringLiteral(":accessed"), isoTime(source.accessedAt)},
            {QStringLiteral(":reliability"), QString(source.reliability)},
            {QStringLiteral(":notes"), source.notes}};
}

QString searchBody(const Source &source)
{
    return source.title + u'\n' + source.publisher + u'\n' + source.author + u'\n' + source.notes + u'\n' + source.url;
}

Snapshot snapshotFromRow(const QSqlQuery &query)
{
    Snapshot snapshot;
    snapshot.id = query.value(0).toLongLong();
    snapshot.uuid = QUuid::fromString(query.value(1).toString());
    snapshot.sourceId = query.value(2).toLongLong();
    snapshot.bytes = query.value(3).toByteArray();
    snapshot.mimeType = query.value(4).toString();
    snapshot.finalUrl = query.value(5).toString();
    snapshot.httpStatus = query.value(6).toInt();
    snapshot.fetchedAt = fromIsoTime(query.value(7).toString());
    snapshot.sha256 = query.value(8).toString().toLatin1();
    return snapshot;
}

Evidence evidenceFromRow(const QSqlQuery &query)
{
    Evidence evidence;
    evidence.id = query.value(0).toLongLong();
    evidence.uuid = QUuid::fromString(query.value(1).toString());
    evidence.claimId = query.value(2).toLongLong();
    evidence.sourceId = query.value(3).toLongLong();
    evidence.stance = stanceFromKey(query.value(4).toString()).value_or(Stance::Context);
    evidence.excerpt = query.value(5).toString();
    evidence.locator = query.value(6).toString();
    evidence.credibility = query.value(7).toInt();
    evidence.note = query.value(8).toString();
    evidence.createdAt = fromIsoTime(query.value(9).toString());
    return evidence;
}

const QString evidenceSelect = QStringLiteral("SELECT id, uuid, claim_id, source_id, stance, excerpt, locator, "
                                              "credibility, note, created_at FROM evidence ");

Entity entityFromRow(const QSqlQuery &query)
{
    Entity entity;
    entity.id = query.value(0).toLongLong();
    entity.uuid = QUuid::fromString(query.value(1).toString());
    entity.name = query.value(2).toString();
    entity.kind = query.value(3).toString() == QLatin1StringView("organization") ? Entity::Kind::Organization
                                                                                 : Entity::Kind::Person;
    entity.role = query.value(4).toString();
    const QString aliases = query.value(5).toString();
    if (!aliases.isEmpty())
        entity.aliases = aliases.split(u'\x1f');
    return entity;
}

} // namespace

Result<Source> Project::addSource(Source source)
{
    if (auto refused = d->refuseIfReadOnly(); !refused)
        return Error{refused.error()};
    if (source.uuid.isNull())
        source.uuid = QUuid::createUuid();
    Private::Transaction transaction(d.get());
    auto inserted = d->run(QStringLiteral("INSERT INTO source (id, uuid, kind, title, url, publisher, author, "
                                          "published_at, accessed_at, reliability, notes) VALUES (:id, :uuid, :kind, "
                                          ":title, :url, :publisher, :author, :published, :accessed, :reliability, "
                                          ":notes)"),
                           sourceValues(source));
    if (!inserted)
        return Error{inserted.error()};
    source.id = inserted.value()->lastInsertId().toLongLong();
    if (auto indexed = d->index(SearchKind::Source, source.id, searchBody(source)); !indexed)
        return Error{indexed.error()};
    if (auto logged = d->logAdded(QStringLiteral("source.add"), source); !logged)
        return Error{logged.error()};
    if (auto committed = transaction.commit(); !committed)
        return Error{committed.error()};
    return source;
}

Status Project::updateSource(const Source &changed)
{
    if (auto refused = d->refuseIfReadOnly(); !refused)
        return refused;
    const auto existing = source(changed.id);
    if (!existing)
        return Error{existing.error()};
    Private::Transaction transaction(d.get());
    auto updated = d->run(QStringLiteral("UPDATE source SET kind = :kind, title = :title, url = :url, "
                                         "publisher = :publisher, author = :author, published_at = :published, "
                                         "accessed_at = :accessed, reliability = :reliability, notes = :notes "
                                         "WHERE id = :id AND uuid = :uuid"),
                          sourceValues(changed));
    if (!updated)
        return Error{updated.error()};
    if (updated.value()->numRowsAffected() != 1)
        return Error{tr("The source could not be updated: its identity does not match the stored one.")};
    if (auto indexed = d->index(SearchKind::Source, changed.id, searchBody(changed)); !indexed)
        return indexed;
    if (auto logged
        = d->logChange(QStringLiteral("source.update"), changed.uuid, toJson(existing.value()), toJson(changed));
        !logged)
        return logged;
    return transaction.commit();
}

Status Project::removeSource(qint64 sourceId)
{
    if (auto refused = d->refuseIfReadOnly(); !refused)
        return refused;
    const auto existing = source(sourceId);
    if (!existing)
        return Error{existing.error()};
    const auto linked = evidenceForSource(sourceId);
    if (!linked)
        return Error{linked.error()};
    Private::Transaction transaction(d.get());
    for (const Evidence &evidence : linked.value()) {
        if (auto unindexed = d->unindex(SearchKind::Evidence, evidence.id); !unindexed)
            return unindexed;
    }
    if (auto removed = d->run(QStringLiteral("DELETE FROM source WHERE id = :id"), {{QStringLiteral(":id"), sourceId}});
        !removed)
        return Error{removed.error()};
    if (auto unindexed = d->unindex(SearchKind::Source, sourceId); !unindexed)
        return unindexed;
    if (auto logged = d->logChange(QStringLiteral("source.remove"), existing->uuid, toJson(existing.value()), {});
        !logged)
        return logged;
    return transaction.commit();
}

Result<QList<Source>> Project::sources() const
{
    return readRows(d->run(sourceSelect + QStringLiteral("ORDER BY title, id")), sourceFromRow);
}

Result<Source> Project::source(qint64 sourceId) const
{
    return readRow(d->run(sourceSelect + QStringLiteral("WHERE id = :id"), {{QStringLiteral(":id"), sourceId}}),
                   sourceFromRow, tr("The project has no source %1.").arg(sourceId));
}

Result<Snapshot> Project::addSnapshot(Snapshot snapshot)
{
    if (auto refused = d->refuseIfReadOnly(); !refused)
        return Error{refused.error()};
    if (snapshot.uuid.isNull())
        snapshot.uuid = QUuid::createUuid();
    if (!snapshot.fetchedAt.isValid())
        snapshot.fetchedAt = QDateTime::currentDateTimeUtc();
    snapshot.sha256 = QCryptographicHash::hash(snapshot.bytes, QCryptographicHash::Sha256).toHex();
    Private::Transaction transaction(d.get());
    auto inserted = d->run(QStringLiteral("INSERT INTO snapshot (uuid, source_id, bytes, mime_type, final_url, "
                                          "http_status, fetched_at, sha256) VALUES (:uuid, :source, :bytes, :mime, "
                                          ":url, :status, :fetched, :sha)"),
                           {{QStringLiteral(":uuid"), uuidText(snapshot.uuid)},
                            {QStringLiteral(":source"), snapshot.sourceId},
                            {QStringLiteral(":bytes"), snapshot.bytes.isNull() ? QByteArray("") : snapshot.bytes},
                            {QStringLiteral(":mime"), snapshot.mimeType},
                            {QStringLiteral(":url"), snapshot.finalUrl},
                            {QStringLiteral(":status"), snapshot.httpStatus},
                            {QStringLiteral(":fetched"), isoTime(snapshot.fetchedAt)},
                            {QStringLiteral(":sha"), QString::fromLatin1(snapshot.sha256)}});
    if (!inserted)
        return Error{inserted.error()};
    snapshot.id = inserted.value()->lastInsertId().toLongLong();
    if (auto logged = d->logChange(QStringLiteral("snapshot.add"), snapshot.uuid, {},
                                   QJsonObject{{QStringLiteral("source"), snapshot.sourceId},
                                               {QStringLiteral("sha256"), QString::fromLatin1(snapshot.sha256)},
                                               {QStringLiteral("url"), snapshot.finalUrl}});
        !logged)
        return Error{logged.error()};
    if (auto committed = transaction.commit(); !committed)
        return Error{committed.error()};
    return snapshot;
}

Result<QList<Snapshot>> Project::snapshots(qint64 sourceId) const
{
    return readRows(d->run(QStringLiteral("SELECT id, uuid, source_id, bytes, mime_type, final_url, http_status, "
                                          "fetched_at, sha256 FROM snapshot WHERE source_id = :source ORDER BY id"),
                           {{QStringLiteral(":source"), sourceId}}),
                    snapshotFromRow);
}

Result<Evidence> Project::addEvidence(Evidence evidence)
{
    if (auto refused = d->refuseIfReadOnly(); !refused)
        return Error{refused.error()};
    if (evidence.credibility < 1 || evidence.credibility > 6)
        return Error{
            tr("Credibility runs from 1 (confirmed) to 6 (cannot be judged), not %1.").arg(evidence.credibility)};
    if (evidence.uuid.isNull())
        evidence.uuid = QUuid::createUuid();
    if (!evidence.createdAt.isValid())
        evidence.createdAt = QDateTime::currentDateTimeUtc();
    Private::Transaction transaction(d.get());
    auto inserted = d->run(QStringLiteral("INSERT INTO evidence (id, uuid, claim_id, source_id, stance, excerpt, "
                                          "locator, credibility, note, created_at) VALUES (:id, :uuid, :claim, "
                                          ":source, :stance, :excerpt, :locator, :credibility, :note, :created)"),
                           {{QStringLiteral(":id"), evidence.id == 0 ? QVariant() : QVariant(evidence.id)},
                            {QStringLiteral(":uuid"), uuidText(evidence.uuid)},
                            {QStringLiteral(":claim"), evidence.claimId},
                            {QStringLiteral(":source"), evidence.sourceId},
                            {QStringLiteral(":stance"), stanceKey(evidence.stance)},
                            {QStringLiteral(":excerpt"), evidence.excerpt},
                            {QStringLiteral(":locator"), evidence.locator},
                            {QStringLiteral(":credibility"), evidence.credibility},
                            {QStringLiteral(":note"), evidence.note},
                            {QStringLiteral(":created"), isoTime(evidence.createdAt)}});
    if (!inserted)
        return Error{inserted.error()};
    evidence.id = inserted.value()->lastInsertId().toLongLong();
    if (!evidence.excerpt.isEmpty() || !evidence.note.isEmpty()) {
        if (auto indexed = d->index(SearchKind::Evidence, evidence.id, evidence.excerpt + u'\n' + evidence.note);
            !indexed)
            return Error{indexed.error()};
    }
    if (auto logged = d->logAdded(QStringLiteral("evidence.add"), evidence); !logged)
        return Error{logged.error()};
    if (auto committed = transaction.commit(); !committed)
        return Error{committed.error()};
    return evidence;
}

Status Project::removeEvidence(qint64 evidenceId)
{
    if (auto refused = d->refuseIfReadOnly(); !refused)
        return refused;
    auto existing
        = readRow(d->run(evidenceSelect + QStringLiteral("WHERE id = :id"), {{QStringLiteral(":id"), evidenceId}}),
                  evidenceFromRow, tr("The project has no evidence %1.").arg(evidenceId));
    if (!existing)
        return Error{existing.error()};
    Private::Transaction transaction(d.get());
    if (auto removed
        = d->run(QStringLiteral("DELETE FROM evidence WHERE id = :id"), {{QStringLiteral(":id"), evidenceId}});
        !removed)
        return Error{removed.error()};
    if (auto unindexed = d->unindex(SearchKind::Evidence, evidenceId); !unindexed)
        return unindexed;
    if (auto logged = d->logChange(QStringLiteral("evidence.remove"), existing->uuid, toJson(existing.value()), {});
        !logged)
        return logged;
    return transaction.commit();
}

Result<QList<Evidence>> Project::evidenceForClaim(qint64 claimId) const
{
    return readRows(d->run(evidenceSelect + QStringLiteral("WHERE claim_id = :claim ORDER BY id"),
                           {{QStringLiteral(":claim"), claimId}}),
                    evidenceFromRow);
}

Result<QList<Evidence>> Project::evidenceForSource(qint64 sourceId) const
{
    return readRows(d->run(evidenceSelect + QStringLiteral("WHERE source_id = :source ORDER BY id"),
                           {{QStringLiteral(":source"), sourceId}}),
                    evidenceFromRow);
}

Result<Entity> Project::addEntity(Entity entity)
{
    if (auto refused = d->refuseIfReadOnly(); !refused)
        return Error{refused.error()};
    if (entity.uuid.isNull())
        entity.uuid = QUuid::createUuid();
    Private::Transaction transaction(d.get());
    auto inserted
        = d->run(QStringLiteral("INSERT INTO entity (uuid, name, kind, role) VALUES (:uuid, :name, :kind, "
                                ":role)"),
                 {{QStringLiteral(":uuid"), uuidText(entity.uuid)},
                  {QStringLiteral(":name"), entity.name},
                  {QStringLiteral(":kind"),
                   entity.kind == Entity::Kind::Person ? QStringLiteral("person") : QStringLiteral("organization")},
                  {QStringLiteral(":role"), entity.role}});
    if (!inserted)
        return Error{inserted.error()};
    entity.id = inserted.value()->lastInsertId().toLongLong();
    for (const QString &alias : std::as_const(entity.aliases)) {
        if (auto added = d->run(QStringLiteral("INSERT OR IGNORE INTO entity_alias (entity_id, alias) "
                                               "VALUES (:entity, :alias)"),
                                {{QStringLiteral(":entity"), entity.id}, {QStringLiteral(":alias"), alias}});
            !added)
            return Error{added.error()};
    }
    if (auto logged = d->logAdded(QStringLiteral("entity.add"), entity); !logged)
        return Error{logged.error()};
    if (auto committed = transaction.commit(); !committed)
        return Error{committed.error()};
    return entity;
}

Result<QList<Entity>> Project::entities() const
{
    // Aliases joined with the unit separator, which no name contains.
    return readRows(d->run(QStringLiteral("SELECT e.id, e.uuid, e.name, e.kind, e.role, "
                                          "coalesce((SELECT group_concat(alias, char(31)) FROM entity_alias "
                                          "WHERE entity_id = e.id), '') FROM entity e ORDER BY e.name, e.id")),
                    entityFromRow);
}

Result<std::optional<Source>> Project::findSourceByUrl(const QString &url) const
{
    const QString wanted = canonicalUrl(url);
    if (wanted.isEmpty())
        return std::optional<Source>();
    auto all = sources();
    if (!all)
        return Error{all.error()};
    for (const Source &source : all.value()) {
        if (!source.url.isEmpty() && canonicalUrl(source.url) == wanted)
            return std::optional<Source>(source);
    }
    return std::optional<Source>();
}

Result<QHash<qint64, int>> Project::claimCountsPerSource() const
{
    auto query = d->run(QStringLiteral("SELECT source_id, count(DISTINCT claim_id) FROM evidence GROUP BY source_id"));
    if (!query)
        return Error{query.error()};
    QHash<qint64, int> counts;
    while (query.value()->next())
        counts.insert(query.value()->value(0).toLongLong(), query.value()->value(1).toInt());
    query.value()->finish();
    return counts;
}

} // namespace ClaimLedger
