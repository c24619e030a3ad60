#include "projectjson.h"

#include "domainjson.h"
#include "project.h"

#include <QHash>
#include <QJsonArray>

namespace ClaimLedger {

namespace {

const QString formatName = QStringLiteral("claimledger-project");

QString uuidText(const QUuid &uuid)
{
    return uuid.toString(QUuid::WithoutBraces);
}

QString base64(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

QByteArray fromBase64(const QJsonValue &value)
{
    return QByteArray::fromBase64(value.toString().toLatin1());
}

QString text(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1StringView(key)).toString();
}

QDateTime time(const QJsonObject &object, const char *key)
{
    return fromIsoTime(text(object, key));
}

} // namespace

Result<QJsonObject> ProjectJson::write(const Project &project)
{
    auto info = project.info(false);
    auto articles = project.articles();
    auto claims = project.claims();
    auto entities = project.entities();
    auto sources = project.sources();
    if (!info || !articles || !claims || !entities || !sources)
        return Error{tr("The project could not be read.")};

    QHash<qint64, QUuid> articleUuids;
    QHash<qint64, int> versionNumbers; // version id → number
    QJsonArray articleList;
    for (const Article &article : articles.value()) {
        articleUuids.insert(article.id, article.uuid);
        auto versions = project.articleVersions(article.id);
        if (!versions)
            return Error{versions.error()};
        QJsonArray versionList;
        for (const ArticleVersionRecord &version : versions.value()) {
            versionNumbers.insert(version.id, version.number);
            versionList.append(QJsonObject{{QStringLiteral("uuid"), uuidText(version.uuid)},
                                           {QStringLiteral("number"), version.number},
                                           {QStringLiteral("encoding"), version.encoding},
                                           {QStringLiteral("imported"), isoTime(version.importedAt)},
                                           {QStringLiteral("text"), version.text},
                                           {QStringLiteral("structure"), structureToJson(version.structure)},
                                           {QStringLiteral("original"), base64(version.original)}});
        }
        articleList.append(QJsonObject{{QStringLiteral("uuid"), uuidText(article.uuid)},
                                       {QStringLiteral("title"), article.title},
                                       {QStringLiteral("source"), article.source},
                                       {QStringLiteral("url"), article.url},
                                       {QStringLiteral("outlet"), article.outlet},
                                       {QStringLiteral("byline"), article.byline},
                                       {QStringLiteral("language"), article.language},
                                       {QStringLiteral("published"), isoTime(article.publishedAt)},
                                       {QStringLiteral("versions"), versionList}});
    }

    auto allFigures = project.figuresByClaim();
    if (!allFigures)
        return Error{allFigures.error()};
    QHash<qint64, QUuid> claimUuids;
    QJsonArray claimList;
    for (const Claim &claim : claims.value()) {
        claimUuids.insert(claim.id, claim.uuid);
        QJsonObject object = toJson(claim);
        object.insert(QStringLiteral("article"), uuidText(articleUuids.value(claim.articleId)));
        object.insert(QStringLiteral("articleVersion"), versionNumbers.value(claim.versionId, 1));
        QJsonArray figures;
        for (const FigureRecord &figure : allFigures->value(claim.id)) {
            QJsonObject figureObject = toJson(figure);
            figureObject.remove(QStringLiteral("claim"));
            figures.append(figureObject);
        }
        object.insert(QStringLiteral("figures"), figures);
        claimList.append(object);
    }

    QJsonArray entityList;
    for (const Entity &entity : entities.value())
        entityList.append(toJson(entity));

    QJsonArray sourceList;
    QJsonArray evidenceList;
    for (const Source &source : sources.value()) {
        QJsonObject object = toJson(source);
        QJsonArray snapshotList;
        if (auto snapshots = project.snapshots(source.id)) {
            for (const Snapshot &snapshot : snapshots.value())
                snapshotList.append(QJsonObject{{QStringLiteral("uuid"), uuidText(snapshot.uuid)},
                                                {QStringLiteral("mimeType"), snapshot.mimeType},
                                                {QStringLiteral("finalUrl"), snapshot.finalUrl},
                                                {QStringLiteral("httpStatus"), snapshot.httpStatus},
                                                {QStringLiteral("fetched"), isoTime(snapshot.fetchedAt)},
                                                {QStringLiteral("sha256"), QString::fromLatin1(snapshot.sha256)},
                                                {QStringLiteral("bytes"), base64(snapshot.bytes)}});
        }
        object.insert(QStringLiteral("snapshots"), snapshotList);
        sourceList.append(object);
        if (auto evidence = project.evidenceForSource(source.id)) {
            for (const Evidence &link : evidence.value()) {
                QJsonObject linkObject = toJson(link);
                linkObject.insert(QStringLiteral("claim"), uuidText(claimUuids.value(link.claimId)));
                linkObject.insert(QStringLiteral("source"), uuidText(source.uuid));
                linkObject.insert(QStringLiteral("created"), isoTime(link.createdAt));
                evidenceList.append(linkObject);
            }
        }
    }

    return QJsonObject{{QStringLiteral("format"), formatName},  {QStringLiteral("formatVersion"), FormatVersion},
                       {QStringLiteral("project"), info->uuid}, {QStringLiteral("articles"), articleList},
                       {QStringLiteral("claims"), claimList},   {QStringLiteral("entities"), entityList},
                       {QStringLiteral("sources"), sourceList}, {QStringLiteral("evidence"), evidenceList}};
}

Status ProjectJson::read(const QJsonObject &json, Project &into)
{
    if (text(json, "format") != formatName)
        return Error{tr("This is not a ClaimLedger project export.")};
    if (json.value(QStringLiteral("formatVersion")).toInt() > FormatVersion)
        return Error{tr("The export was written by a newer version of ClaimLedger (format %1).")
                         .arg(json.value(QStringLiteral("formatVersion")).toInt())};
    return into.inTransaction([&]() -> Status {
        QHash<QString, std::pair<qint64, QHash<int, qint64>>> articles; // uuid → id, number → version id
        for (const QJsonValue &value : json.value(QStringLiteral("articles")).toArray()) {
            const QJsonObject object = value.toObject();
            Article article;
            article.uuid = QUuid::fromString(text(object, "uuid"));
            article.title = text(object, "title");
            article.source = text(object, "source");
            article.url = text(object, "url");
            article.outlet = text(object, "outlet");
            article.byline = text(object, "byline");
            article.language = text(object, "language");
            article.publishedAt = time(object, "published");
            QList<ArticleVersionRecord> versions;
            for (const QJsonValue &versionValue : object.value(QStringLiteral("versions")).toArray()) {
                const QJsonObject v = versionValue.toObject();
                ArticleVersionRecord version;
                version.uuid = QUuid::fromString(text(v, "uuid"));
                version.number = v.value(QStringLiteral("number")).toInt();
                version.encoding = text(v, "encoding");
                version.importedAt = time(v, "imported");
                version.text = text(v, "text");
                version.structure = structureFromJson(v.value(QStringLiteral("structure")).toArray());
                version.original = fromBase64(v.value(QStringLiteral("original")));
                versions.append(version);
            }
            auto restored = into.restoreArticle(article, versions);
            if (!restored)
                return Error{restored.error()};
            auto stored = into.articleVersions(restored->id);
            if (!stored)
                return Error{stored.error()};
            QHash<int, qint64> numbers;
            for (const ArticleVersionRecord &version : stored.value())
                numbers.insert(version.number, version.id);
            articles.insert(text(object, "uuid"), {restored->id, numbers});
        }

        QHash<QString, qint64> claims;
        for (const QJsonValue &value : json.value(QStringLiteral("claims")).toArray()) {
            const QJsonObject object = value.toObject();
            const auto owner = articles.value(text(object, "article"));
            if (owner.first == 0)
                return Error{tr("A claim names an article the export does not hold.")};
            Claim claim;
            claim.uuid = QUuid::fromString(text(object, "uuid"));
            claim.articleId = owner.first;
            claim.versionId = owner.second.value(object.value(QStringLiteral("articleVersion")).toInt(1));
            claim.start = object.value(QStringLiteral("start")).toInteger();
            claim.end = object.value(QStringLiteral("end")).toInteger();
            claim.quote = {text(object, "exact"), text(object, "prefix"), text(object, "suffix")};
            claim.kind = claimKindFromKey(text(object, "kind")).value_or(ClaimKind::Statement);
            claim.verdict = verdictFromKey(text(object, "verdict")).value_or(Verdict::Unverified);
            claim.claimant = text(object, "claimant");
            claim.wording = text(object, "wording");
            claim.rationale = text(object, "rationale");
            claim.priority = object.value(QStringLiteral("priority")).toInt();
            for (const QJsonValue &tag : object.value(QStringLiteral("tags")).toArray())
                claim.tags.append(tag.toString());
            claim.createdAt = time(object, "created");
            claim.modifiedAt = time(object, "modified");
            auto added = into.addClaim(claim);
            if (!added)
                return Error{added.error()};
            claims.insert(text(object, "uuid"), added->id);
            for (const QJsonValue &figureValue : object.value(QStringLiteral("figures")).toArray()) {
                const QJsonObject f = figureValue.toObject();
                FigureRecord figure;
                figure.uuid = QUuid::fromString(text(f, "uuid"));
                figure.claimId = added->id;
                figure.stated = text(f, "stated");
                figure.value = text(f, "value");
                figure.low = text(f, "low");
                figure.high = text(f, "high");
                figure.unit = text(f, "unit");
                figure.qualifier = text(f, "qualifier");
                figure.timeFrame = text(f, "timeFrame");
                if (auto saved = into.addFigure(figure); !saved)
                    return Error{saved.error()};
            }
        }

        for (const QJsonValue &value : json.value(QStringLiteral("entities")).toArray()) {
            const QJsonObject object = value.toObject();
            Entity entity;
            entity.uuid = QUuid::fromString(text(object, "uuid"));
            entity.name = text(object, "name");
            entity.kind = text(object, "kind") == QLatin1StringView("organization") ? Entity::Kind::Organization
                                                                                    : Entity::Kind::Person;
            entity.role = text(object, "role");
            for (const QJsonValue &alias : object.value(QStringLiteral("aliases")).toArray())
                entity.aliases.append(alias.toString());
            if (auto saved = into.addEntity(entity); !saved)
                return Error{saved.error()};
        }

        QHash<QString, qint64> sources;
        for (const QJsonValue &value : json.value(QStringLiteral("sources")).toArray()) {
            const QJsonObject object = value.toObject();
            Source source;
            source.uuid = QUuid::fromString(text(object, "uuid"));
            source.kind = sourceKindFromKey(text(object, "kind")).value_or(SourceKind::WebPage);
            source.title = text(object, "title");
            source.url = text(object, "url");
            source.publisher = text(object, "publisher");
            source.author = text(object, "author");
            source.publishedAt = time(object, "published");
            source.accessedAt = time(object, "accessed");
            const QString grade = text(object, "reliability");
            source.reliability = grade.isEmpty() ? QChar(u'F') : grade.at(0);
            source.notes = text(object, "notes");
            auto saved = into.addSource(source);
            if (!saved)
                return Error{saved.error()};
            sources.insert(text(object, "uuid"), saved->id);
            for (const QJsonValue &snapshotValue : object.value(QStringLiteral("snapshots")).toArray()) {
                const QJsonObject s = snapshotValue.toObject();
                Snapshot snapshot;
                snapshot.uuid = QUuid::fromString(text(s, "uuid"));
                snapshot.sourceId = saved->id;
                snapshot.bytes = fromBase64(s.value(QStringLiteral("bytes")));
                snapshot.mimeType = text(s, "mimeType");
                snapshot.finalUrl = text(s, "finalUrl");
                snapshot.httpStatus = s.value(QStringLiteral("httpStatus")).toInt();
                snapshot.fetchedAt = time(s, "fetched");
                auto archived = into.addSnapshot(snapshot);
                if (!archived)
                    return Error{archived.error()};
                // The hash is computed again from the bytes: an export edited on the way
                // is caught here, not carried over.
                if (QString::fromLatin1(archived->sha256) != text(s, "sha256"))
                    return Error{
                        tr("The snapshot of “%1” does not match its SHA-256 in the export.").arg(source.title)};
            }
        }

        for (const QJsonValue &value : json.value(QStringLiteral("evidence")).toArray()) {
            const QJsonObject object = value.toObject();
            Evidence evidence;
            evidence.uuid = QUuid::fromString(text(object, "uuid"));
            evidence.claimId = claims.value(text(object, "claim"));
            evidence.sourceId = sources.value(text(object, "source"));
            if (evidence.claimId == 0 || evidence.sourceId == 0)
                return Error{tr("A piece of evidence names a claim or source the export does not hold.")};
            evidence.stance = stanceFromKey(text(object, "stance")).value_or(Stance::Context);
            evidence.excerpt = text(object, "excerpt");
            evidence.locator = text(object, "locator");
            evidence.credibility = object.value(QStringLiteral("credibility")).toInt(6);
            evidence.note = text(object, "note");
            evidence.createdAt = time(object, "created");
            if (auto saved = into.addEvidence(evidence); !saved)
                return Error{saved.error()};
        }
        return {};
    });
}

} // namespace ClaimLedger
