#include "domainjson.h"

#include <QJsonArray>

#include <array>

namespace ClaimLedger {

QString isoTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromIsoTime(const QString &text)
{
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

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

namespace {

constexpr std::array<std::pair<TextBlock::Kind, const char *>, 4> blockKinds{{
    {TextBlock::Kind::Paragraph, "paragraph"},
    {TextBlock::Kind::Heading, "heading"},
    {TextBlock::Kind::ListItem, "list-item"},
    {TextBlock::Kind::Quote, "quote"},
}};

} // namespace

QJsonArray structureToJson(const QList<TextBlock> &structure)
{
    QJsonArray array;
    for (const TextBlock &block : structure) {
        QJsonObject object{{QStringLiteral("start"), block.start}, {QStringLiteral("end"), block.end}};
        for (const auto &[kind, key] : blockKinds) {
            if (kind == block.kind)
                object.insert(QStringLiteral("kind"), QLatin1StringView(key));
        }
        if (block.level > 0)
            object.insert(QStringLiteral("level"), block.level);
        if (block.page > 0)
            object.insert(QStringLiteral("page"), block.page);
        array.append(object);
    }
    return array;
}

QList<TextBlock> structureFromJson(const QJsonArray &array)
{
    QList<TextBlock> structure;
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        TextBlock block;
        const QString kind = object.value(QStringLiteral("kind")).toString();
        for (const auto &[entry, key] : blockKinds) {
            if (kind == QLatin1StringView(key))
                block.kind = entry;
        }
        block.level = object.value(QStringLiteral("level")).toInt();
        block.page = object.value(QStringLiteral("page")).toInt();
        block.start = object.value(QStringLiteral("start")).toInteger();
        block.end = object.value(QStringLiteral("end")).toInteger();
        structure.append(block);
    }
    return structure;
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
