#include "projectjson.h"

#include "domainjson.h"
#include "jsonreader.h"
#include "priority.h"
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
        for (const ArticleVersion &version : versions.value()) {
            versionNumbers.insert(version.id, version.number);
            versionList.append(QJsonObject{{QStringLiteral("uuid"), uuidText(version.uuid)},
                                           {QStringLiteral("number"), version.number},
                                           {QStringLiteral("encoding"), version.encoding},
                                           {QStringLiteral("imported"), isoTime(version.importedAt)},
                                           {QStringLiteral("text"), version.text},
                                           {QStringLiteral("structure"), structureToJson(version.structure)},
                                           {QStringLiteral("links"), QJsonArray::fromStringList(version.links)},
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
        for (const Figure &figure : allFigures->value(claim.id)) {
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
    const JsonReader root(json);
    if (root.string(QStringLiteral("format")) != formatName)
        return Error{tr("This is not a ClaimLedger project export.")};
    if (const qint64 version = root.integer(QStringLiteral("formatVersion"), 1); version > FormatVersion)
        return Error{tr("The export was written by a newer version of ClaimLedger (format %1).").arg(version)};
    // Every field is read through JsonReader, which refuses a value of the wrong type
    // with its path; checks only this reader can make (a quote that is not the text at
    // its offsets) are refused the same way.
    const auto refusal = [&root]() -> Status { return Error{tr("The export is not valid: %1").arg(root.problem())}; };
    if (root.failed())
        return refusal();
    return into.inTransaction([&]() -> Status {
        struct ReadArticle {
            qint64 id = 0;
            QHash<qint64, std::pair<qint64, QString>> versions; // number → version id, text
        };
        QHash<QString, ReadArticle> articles; // by uuid
        for (const JsonReader &object : root.objects(QStringLiteral("articles"))) {
            Article article;
            article.uuid = object.uuid(QStringLiteral("uuid"));
            article.title = object.string(QStringLiteral("title"));
            article.source = object.string(QStringLiteral("source"));
            article.url = object.string(QStringLiteral("url"));
            article.outlet = object.string(QStringLiteral("outlet"));
            article.byline = object.string(QStringLiteral("byline"));
            article.language = object.string(QStringLiteral("language"));
            article.publishedAt = object.time(QStringLiteral("published"));
            QList<ArticleVersion> versions;
            for (const JsonReader &v : object.objects(QStringLiteral("versions"))) {
                ArticleVersion version;
                version.uuid = v.uuid(QStringLiteral("uuid"));
                version.number = int(v.integer(QStringLiteral("number"), 0, 1, std::numeric_limits<int>::max()));
                version.encoding = v.string(QStringLiteral("encoding"));
                version.importedAt = v.time(QStringLiteral("imported"));
                version.text = v.string(QStringLiteral("text"));
                version.original = v.base64(QStringLiteral("original"));
                version.links = v.strings(QStringLiteral("links"));
                qsizetype previousEnd = 0;
                for (const JsonReader &b : v.objects(QStringLiteral("structure"))) {
                    TextBlock block;
                    block.kind = b.choice(QStringLiteral("kind"), &blockKindFromKey, TextBlock::Kind::Paragraph);
                    block.level = int(b.integer(QStringLiteral("level"), 0, 0, 6));
                    block.page = int(b.integer(QStringLiteral("page"), 0, 0, std::numeric_limits<int>::max()));
                    block.start = b.integer(QStringLiteral("start"), 0, previousEnd, version.text.size());
                    block.end = b.integer(QStringLiteral("end"), 0, block.start, version.text.size());
                    previousEnd = block.end;
                    version.structure.append(block);
                }
                if (root.failed())
                    return refusal();
                versions.append(version);
            }
            if (root.failed())
                return refusal();
            auto restored = into.restoreArticle(article, versions);
            if (!restored)
                return Error{tr("%1: %2").arg(object.path(), restored.error())};
            auto stored = into.articleVersions(restored->id);
            if (!stored)
                return Error{stored.error()};
            ReadArticle read{restored->id, {}};
            for (const ArticleVersion &version : stored.value())
                read.versions.insert(version.number, {version.id, version.text});
            articles.insert(object.string(QStringLiteral("uuid")), read);
        }

        QHash<QString, qint64> claims;
        for (const JsonReader &object : root.objects(QStringLiteral("claims"))) {
            const auto owner = articles.constFind(object.string(QStringLiteral("article")));
            if (owner == articles.cend())
                object.refuse(QStringLiteral("article"), tr("no article of the export has this UUID"));
            const qint64 number = object.integer(QStringLiteral("articleVersion"), 1, 1);
            Claim claim;
            claim.uuid = object.uuid(QStringLiteral("uuid"));
            claim.start = object.integer(QStringLiteral("start"), 0, 0);
            claim.end = object.integer(QStringLiteral("end"), 0, 0);
            claim.quote = {object.string(QStringLiteral("exact")), object.string(QStringLiteral("prefix")),
                           object.string(QStringLiteral("suffix"))};
            claim.kind = object.choice(QStringLiteral("kind"), &claimKindFromKey, ClaimKind::Statement);
            claim.verdict = object.choice(QStringLiteral("verdict"), &verdictFromKey, Verdict::Unverified);
            claim.claimant = object.string(QStringLiteral("claimant"));
            claim.wording = object.string(QStringLiteral("wording"));
            claim.rationale = object.string(QStringLiteral("rationale"));
            claim.priority = int(object.integer(QStringLiteral("priority"), 0, 0, HighestPriority));
            claim.tags = object.strings(QStringLiteral("tags"));
            claim.createdAt = object.time(QStringLiteral("created"));
            claim.modifiedAt = object.time(QStringLiteral("modified"));
            if (owner != articles.cend()) {
                claim.articleId = owner->id;
                const auto version = owner->versions.constFind(number);
                if (version == owner->versions.cend()) {
                    object.refuse(QStringLiteral("articleVersion"), tr("the article has no version %1").arg(number));
                } else {
                    claim.versionId = version->first;
                    const QString &text = version->second;
                    if (claim.end <= claim.start || claim.end > text.size())
                        object.refuse(QStringLiteral("end"),
                                      tr("the span %1–%2 does not lie inside the text")
                                          .arg(QString::number(claim.start), QString::number(claim.end)));
                    else if (QStringView(text).sliced(claim.start, claim.end - claim.start) != claim.quote.exact)
                        object.refuse(QStringLiteral("exact"),
                                      tr("the quote is not the article's text at %1–%2")
                                          .arg(QString::number(claim.start), QString::number(claim.end)));
                }
            }
            QList<Figure> figures;
            for (const JsonReader &f : object.objects(QStringLiteral("figures"))) {
                Figure figure;
                figure.uuid = f.uuid(QStringLiteral("uuid"));
                figure.stated = f.string(QStringLiteral("stated"));
                figure.value = f.string(QStringLiteral("value"));
                figure.low = f.string(QStringLiteral("low"));
                figure.high = f.string(QStringLiteral("high"));
                figure.unit = f.string(QStringLiteral("unit"));
                figure.qualifier = f.string(QStringLiteral("qualifier"));
                figure.timeFrame = f.string(QStringLiteral("timeFrame"));
                figures.append(figure);
            }
            if (root.failed())
                return refusal();
            auto added = into.addClaim(claim);
            if (!added)
                return Error{tr("%1: %2").arg(object.path(), added.error())};
            claims.insert(object.string(QStringLiteral("uuid")), added->id);
            for (Figure &figure : figures) {
                figure.claimId = added->id;
                if (auto saved = into.addFigure(figure); !saved)
                    return Error{tr("%1: %2").arg(object.path(), saved.error())};
            }
        }

        for (const JsonReader &object : root.objects(QStringLiteral("entities"))) {
            Entity entity;
            entity.uuid = object.uuid(QStringLiteral("uuid"));
            entity.name = object.string(QStringLiteral("name"));
            const QString kind = object.string(QStringLiteral("kind"));
            if (kind == QLatin1StringView("organization"))
                entity.kind = Entity::Kind::Organization;
            else if (!kind.isEmpty() && kind != QLatin1StringView("person"))
                object.refuse(QStringLiteral("kind"), tr("“person” or “organization” is expected"));
            entity.role = object.string(QStringLiteral("role"));
            entity.aliases = object.strings(QStringLiteral("aliases"));
            if (root.failed())
                return refusal();
            if (auto saved = into.addEntity(entity); !saved)
                return Error{tr("%1: %2").arg(object.path(), saved.error())};
        }

        QHash<QString, qint64> sources;
        for (const JsonReader &object : root.objects(QStringLiteral("sources"))) {
            Source source;
            source.uuid = object.uuid(QStringLiteral("uuid"));
            source.kind = object.choice(QStringLiteral("kind"), &sourceKindFromKey, SourceKind::WebPage);
            source.title = object.string(QStringLiteral("title"));
            source.url = object.string(QStringLiteral("url"));
            source.publisher = object.string(QStringLiteral("publisher"));
            source.author = object.string(QStringLiteral("author"));
            source.publishedAt = object.time(QStringLiteral("published"));
            source.accessedAt = object.time(QStringLiteral("accessed"));
            const QString grade = object.string(QStringLiteral("reliability"));
            if (grade.size() == 1 && grade.at(0) >= u'A' && grade.at(0) <= u'F')
                source.reliability = grade.at(0);
            else if (!grade.isEmpty())
                object.refuse(QStringLiteral("reliability"), tr("a grade from A to F is expected"));
            source.notes = object.string(QStringLiteral("notes"));
            QList<std::pair<Snapshot, QString>> snapshots; // with the SHA-256 the export states
            for (const JsonReader &s : object.objects(QStringLiteral("snapshots"))) {
                Snapshot snapshot;
                snapshot.uuid = s.uuid(QStringLiteral("uuid"));
                snapshot.bytes = s.base64(QStringLiteral("bytes"));
                snapshot.mimeType = s.string(QStringLiteral("mimeType"));
                snapshot.finalUrl = s.string(QStringLiteral("finalUrl"));
                snapshot.httpStatus = int(s.integer(QStringLiteral("httpStatus"), 0, 0, 999));
                snapshot.fetchedAt = s.time(QStringLiteral("fetched"));
                snapshots.append({snapshot, s.string(QStringLiteral("sha256"))});
            }
            if (root.failed())
                return refusal();
            auto saved = into.addSource(source);
            if (!saved)
                return Error{tr("%1: %2").arg(object.path(), saved.error())};
            sources.insert(object.string(QStringLiteral("uuid")), saved->id);
            for (auto &[snapshot, statedHash] : snapshots) {
                snapshot.sourceId = saved->id;
                auto archived = into.addSnapshot(snapshot);
                if (!archived)
                    return Error{tr("%1: %2").arg(object.path(), archived.error())};
                // The hash is computed again from the bytes: an export edited on the way
                // is caught here, not carried over.
                if (QString::fromLatin1(archived->sha256) != statedHash)
                    return Error{
                        tr("The snapshot of “%1” does not match its SHA-256 in the export.").arg(source.title)};
            }
        }

        for (const JsonReader &object : root.objects(QStringLiteral("evidence"))) {
            Evidence evidence;
            evidence.uuid = object.uuid(QStringLiteral("uuid"));
            evidence.claimId = claims.value(object.string(QStringLiteral("claim")));
            evidence.sourceId = sources.value(object.string(QStringLiteral("source")));
            if (evidence.claimId == 0)
                object.refuse(QStringLiteral("claim"), tr("no claim of the export has this UUID"));
            if (evidence.sourceId == 0)
                object.refuse(QStringLiteral("source"), tr("no source of the export has this UUID"));
            evidence.stance = object.choice(QStringLiteral("stance"), &stanceFromKey, Stance::Context);
            evidence.excerpt = object.string(QStringLiteral("excerpt"));
            evidence.locator = object.string(QStringLiteral("locator"));
            evidence.credibility = int(object.integer(QStringLiteral("credibility"), 6, 1, 6));
            evidence.note = object.string(QStringLiteral("note"));
            evidence.createdAt = object.time(QStringLiteral("created"));
            if (root.failed())
                return refusal();
            if (auto saved = into.addEvidence(evidence); !saved)
                return Error{tr("%1: %2").arg(object.path(), saved.error())};
        }
        // An array of something other than objects is noticed by objects() above.
        if (root.failed())
            return refusal();
        return {};
    });
}

} // namespace ClaimLedger
