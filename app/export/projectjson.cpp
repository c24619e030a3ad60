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
            for (const Snapshot &snapshot : snapshots.value()) {
                QJsonObject snapshotObject = toJson(snapshot);
                snapshotObject.insert(QStringLiteral("bytes"), base64(snapshot.bytes));
                snapshotList.append(snapshotObject);
            }
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

namespace {

/// Reads an export into a project kind by kind, keeping the row id each UUID became
/// so that the kinds after it can point at it.
class ExportReader final
{
public:
    ExportReader(const JsonReader &root, Project &into)
        : m_root(root)
        , m_into(into)
    {
    }

    Status readArticles();
    Status readClaims();
    Status readEntities();
    Status readSources();
    Status readEvidence();

    Status refusal() const { return Error{ProjectJson::tr("The export is not valid: %1").arg(m_root.problem())}; }

private:
    struct ReadArticle {
        qint64 id = 0;
        QHash<qint64, std::pair<qint64, QString>> versions; // number → version id, text
    };

    const JsonReader &m_root;
    Project &m_into;
    QHash<QString, ReadArticle> m_articles; // by UUID
    QHash<QString, qint64> m_claims;
    QHash<QString, qint64> m_sources;
};

Status ExportReader::readArticles()
{
    for (const JsonReader &object : m_root.objects(QStringLiteral("articles"))) {
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
            version.structure = structureFromJson(v, QStringLiteral("structure"), version.text.size());
            if (m_root.failed())
                return refusal();
            versions.append(version);
        }
        if (m_root.failed())
            return refusal();
        auto restored = m_into.restoreArticle(article, versions);
        if (!restored)
            return Error{ProjectJson::tr("%1: %2").arg(object.path(), restored.error())};
        auto stored = m_into.articleVersions(restored->id);
        if (!stored)
            return Error{stored.error()};
        ReadArticle read{restored->id, {}};
        for (const ArticleVersion &version : stored.value())
            read.versions.insert(version.number, {version.id, version.text});
        m_articles.insert(object.string(QStringLiteral("uuid")), read);
    }
    return {};
}

Status ExportReader::readClaims()
{
    for (const JsonReader &object : m_root.objects(QStringLiteral("claims"))) {
        const auto owner = m_articles.constFind(object.string(QStringLiteral("article")));
        if (owner == m_articles.cend())
            object.refuse(QStringLiteral("article"), ProjectJson::tr("no article of the export has this UUID"));
        const qint64 number = object.integer(QStringLiteral("articleVersion"), 1, 1);
        Claim claim = claimFromJson(object);
        if (owner != m_articles.cend()) {
            claim.articleId = owner->id;
            const auto version = owner->versions.constFind(number);
            if (version == owner->versions.cend()) {
                object.refuse(QStringLiteral("articleVersion"),
                              ProjectJson::tr("the article has no version %1").arg(number));
            } else {
                claim.versionId = version->first;
                const QString &text = version->second;
                if (claim.end <= claim.start || claim.end > text.size())
                    object.refuse(QStringLiteral("end"),
                                  ProjectJson::tr("the span %1–%2 does not lie inside the text")
                                      .arg(QString::number(claim.start), QString::number(claim.end)));
                else if (QStringView(text).sliced(claim.start, claim.end - claim.start) != claim.quote.exact)
                    object.refuse(QStringLiteral("exact"),
                                  ProjectJson::tr("the quote is not the article's text at %1–%2")
                                      .arg(QString::number(claim.start), QString::number(claim.end)));
            }
        }
        QList<Figure> figures;
        for (const JsonReader &f : object.objects(QStringLiteral("figures")))
            figures.append(figureFromJson(f));
        if (m_root.failed())
            return refusal();
        auto added = m_into.addClaim(claim);
        if (!added)
            return Error{ProjectJson::tr("%1: %2").arg(object.path(), added.error())};
        m_claims.insert(object.string(QStringLiteral("uuid")), added->id);
        for (Figure &figure : figures) {
            figure.claimId = added->id;
            if (auto saved = m_into.addFigure(figure); !saved)
                return Error{ProjectJson::tr("%1: %2").arg(object.path(), saved.error())};
        }
    }
    return {};
}

Status ExportReader::readEntities()
{
    for (const JsonReader &object : m_root.objects(QStringLiteral("entities"))) {
        const Entity entity = entityFromJson(object);
        if (m_root.failed())
            return refusal();
        if (auto saved = m_into.addEntity(entity); !saved)
            return Error{ProjectJson::tr("%1: %2").arg(object.path(), saved.error())};
    }
    return {};
}

Status ExportReader::readSources()
{
    for (const JsonReader &object : m_root.objects(QStringLiteral("sources"))) {
        const Source source = sourceFromJson(object);
        QList<std::pair<Snapshot, QString>> snapshots; // with the SHA-256 the export states
        for (const JsonReader &s : object.objects(QStringLiteral("snapshots"))) {
            Snapshot snapshot = snapshotFromJson(s);
            snapshot.bytes = s.base64(QStringLiteral("bytes"));
            snapshots.append({snapshot, QString::fromLatin1(snapshot.sha256)});
        }
        if (m_root.failed())
            return refusal();
        auto saved = m_into.addSource(source);
        if (!saved)
            return Error{ProjectJson::tr("%1: %2").arg(object.path(), saved.error())};
        m_sources.insert(object.string(QStringLiteral("uuid")), saved->id);
        for (auto &[snapshot, statedHash] : snapshots) {
            snapshot.sourceId = saved->id;
            auto archived = m_into.addSnapshot(snapshot);
            if (!archived)
                return Error{ProjectJson::tr("%1: %2").arg(object.path(), archived.error())};
            // The hash is computed again from the bytes: an export edited on the way
            // is caught here, not carried over.
            if (QString::fromLatin1(archived->sha256) != statedHash)
                return Error{ProjectJson::tr("The snapshot of “%1” does not match its SHA-256 in the export.")
                                 .arg(source.title)};
        }
    }
    return {};
}

Status ExportReader::readEvidence()
{
    for (const JsonReader &object : m_root.objects(QStringLiteral("evidence"))) {
        Evidence evidence = evidenceFromJson(object);
        evidence.claimId = m_claims.value(object.string(QStringLiteral("claim")));
        evidence.sourceId = m_sources.value(object.string(QStringLiteral("source")));
        if (evidence.claimId == 0)
            object.refuse(QStringLiteral("claim"), ProjectJson::tr("no claim of the export has this UUID"));
        if (evidence.sourceId == 0)
            object.refuse(QStringLiteral("source"), ProjectJson::tr("no source of the export has this UUID"));
        if (m_root.failed())
            return refusal();
        if (auto saved = m_into.addEvidence(evidence); !saved)
            return Error{ProjectJson::tr("%1: %2").arg(object.path(), saved.error())};
    }
    return {};
}

} // namespace

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
    ExportReader reader(root, into);
    if (root.failed())
        return reader.refusal();
    // One edit in the change log (the export carries no history), with what it held.
    QJsonObject summary{{QStringLiteral("format"), formatName}};
    for (const char *kind : {"articles", "claims", "entities", "sources", "evidence"})
        summary.insert(QLatin1StringView(kind), json.value(QLatin1StringView(kind)).toArray().size());
    return into.inBulkTransaction(QStringLiteral("project.import"), summary, [&]() -> Status {
        for (Status (ExportReader::*step)() :
             {&ExportReader::readArticles, &ExportReader::readClaims, &ExportReader::readEntities,
              &ExportReader::readSources, &ExportReader::readEvidence}) {
            if (Status read = (reader.*step)(); !read)
                return read;
        }
        // An array of something other than objects is noticed by objects() above.
        if (root.failed())
            return reader.refusal();
        return {};
    });
}

} // namespace ClaimLedger
