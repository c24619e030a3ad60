#include "domainjson.h"

#include <QJsonArray>

namespace ClaimLedger {

namespace {

QString isoTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

QJsonObject toJson(const Claim &claim)
{
    return QJsonObject{
        {QStringLiteral("uuid"), claim.uuid.toString(QUuid::WithoutBraces)},
        {QStringLiteral("start"), claim.start},
        {QStringLiteral("end"), claim.end},
        {QStringLiteral("exact"), claim.quote.exact},
        {QStringLiteral("prefix"), claim.quote.prefix},
        {QStringLiteral("suffix"), claim.quote.suffix},
        {QStringLiteral("kind"), claimKindKey(claim.kind)},
        {QStringLiteral("verdict"), verdictKey(claim.verdict)},
        {QStringLiteral("claimant"), claim.claimant},
        {QStringLiteral("wording"), claim.wording},
        {QStringLiteral("rationale"), claim.rationale},
        {QStringLiteral("priority"), claim.priority},
        {QStringLiteral("created"), isoTime(claim.createdAt)},
        {QStringLiteral("modified"), isoTime(claim.modifiedAt)},
    };
}

QJsonObject toJson(const Source &source)
{
    return QJsonObject{
        {QStringLiteral("uuid"), source.uuid.toString(QUuid::WithoutBraces)},
        {QStringLiteral("kind"), sourceKindKey(source.kind)},
        {QStringLiteral("title"), source.title},
        {QStringLiteral("url"), source.url},
        {QStringLiteral("publisher"), source.publisher},
        {QStringLiteral("author"), source.author},
        {QStringLiteral("published"), isoTime(source.publishedAt)},
        {QStringLiteral("accessed"), isoTime(source.accessedAt)},
        {QStringLiteral("reliability"), QString(source.reliability)},
        {QStringLiteral("notes"), source.notes},
    };
}

QJsonObject toJson(const Evidence &evidence)
{
    return QJsonObject{
        {QStringLiteral("uuid"), evidence.uuid.toString(QUuid::WithoutBraces)},
        {QStringLiteral("claim"), evidence.claimId},
        {QStringLiteral("source"), evidence.sourceId},
        {QStringLiteral("stance"), stanceKey(evidence.stance)},
        {QStringLiteral("excerpt"), evidence.excerpt},
        {QStringLiteral("locator"), evidence.locator},
        {QStringLiteral("credibility"), evidence.credibility},
        {QStringLiteral("note"), evidence.note},
    };
}

QJsonObject toJson(const Entity &entity)
{
    return QJsonObject{
        {QStringLiteral("uuid"), entity.uuid.toString(QUuid::WithoutBraces)},
        {QStringLiteral("name"), entity.name},
        {QStringLiteral("kind"),
         entity.kind == Entity::Kind::Person ? QStringLiteral("person") : QStringLiteral("organization")},
        {QStringLiteral("role"), entity.role},
        {QStringLiteral("aliases"), QJsonArray::fromStringList(entity.aliases)},
    };
}

QJsonObject toJson(const FigureRecord &figure)
{
    return QJsonObject{
        {QStringLiteral("uuid"), figure.uuid.toString(QUuid::WithoutBraces)},
        {QStringLiteral("claim"), figure.claimId},
        {QStringLiteral("stated"), figure.stated},
        {QStringLiteral("value"), figure.value},
        {QStringLiteral("low"), figure.low},
        {QStringLiteral("high"), figure.high},
        {QStringLiteral("unit"), figure.unit},
        {QStringLiteral("qualifier"), figure.qualifier},
        {QStringLiteral("timeFrame"), figure.timeFrame},
    };
}

QJsonObject toJson(const Article &article)
{
    return QJsonObject{
        {QStringLiteral("uuid"), article.uuid.toString(QUuid::WithoutBraces)},
        {QStringLiteral("version"), article.version},
        {QStringLiteral("title"), article.title},
        {QStringLiteral("source"), article.source},
        {QStringLiteral("encoding"), article.encoding},
        {QStringLiteral("language"), article.language},
        {QStringLiteral("imported"), isoTime(article.importedAt)},
        {QStringLiteral("textLength"), article.text.size()},
    };
}

} // namespace ClaimLedger
