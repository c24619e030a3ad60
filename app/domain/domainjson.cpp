#include "domainjson.h"

#include "priority.h"

#include <QTimeZone>

#include <QJsonArray>

#include <array>
#include <limits>

namespace ClaimLedger {

QString isoTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

namespace {

/// The digits at text[from, from + count) as a number, or -1.
int digitsAt(const QString &text, qsizetype from, qsizetype count)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

/// isoTime()'s own shape, "2026-11-28T08:54:04.123Z", read directly: a project holds
/// two per claim, and QDateTime::fromString took half the time of opening one with
/// 100,000 claims. Anything else is left to Qt.
QDateTime fromOwnIsoTime(const QString &text)
{
    if (text.size() != 24 || text.at(4) != u'-' || text.at(7) != u'-' || text.at(10) != u'T' || text.at(13) != u':'
        || text.at(16) != u':' || text.at(19) != u'.' || text.at(23) != u'Z')
        return {};
    const QDate date(digitsAt(text, 0, 4), digitsAt(text, 5, 2), digitsAt(text, 8, 2));
    const QTime time(digitsAt(text, 11, 2), digitsAt(text, 14, 2), digitsAt(text, 17, 2), digitsAt(text, 20, 3));
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, QTimeZone::UTC);
}

} // namespace

QDateTime fromIsoTime(const QString &text)
{
    if (text.isEmpty())
        return {};
    if (QDateTime own = fromOwnIsoTime(text); own.isValid())
        return own;
    return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
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
        {QStringLiteral("tags"), QJsonArray::fromStringList(claim.tags)},
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

std::optional<TextBlock::Kind> blockKindFromKey(QStringView key)
{
    for (const auto &[kind, name] : blockKinds) {
        if (key == QLatin1StringView(name))
            return kind;
    }
    return std::nullopt;
}

QList<TextBlock> structureFromJson(const QJsonArray &array)
{
    QList<TextBlock> structure;
    for (const QJsonValue value : array) {
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

QJsonObject toJson(const Figure &figure)
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

QJsonObject toJson(const Snapshot &snapshot)
{
    return QJsonObject{
        {QStringLiteral("uuid"), snapshot.uuid.toString(QUuid::WithoutBraces)},
        {QStringLiteral("mimeType"), snapshot.mimeType},
        {QStringLiteral("finalUrl"), snapshot.finalUrl},
        {QStringLiteral("httpStatus"), snapshot.httpStatus},
        {QStringLiteral("fetched"), isoTime(snapshot.fetchedAt)},
        {QStringLiteral("sha256"), QString::fromLatin1(snapshot.sha256)},
    };
}

Claim claimFromJson(const JsonReader &object)
{
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
    return claim;
}

Figure figureFromJson(const JsonReader &object)
{
    Figure figure;
    figure.uuid = object.uuid(QStringLiteral("uuid"));
    figure.stated = object.string(QStringLiteral("stated"));
    figure.value = object.string(QStringLiteral("value"));
    figure.low = object.string(QStringLiteral("low"));
    figure.high = object.string(QStringLiteral("high"));
    figure.unit = object.string(QStringLiteral("unit"));
    figure.qualifier = object.string(QStringLiteral("qualifier"));
    figure.timeFrame = object.string(QStringLiteral("timeFrame"));
    return figure;
}

Entity entityFromJson(const JsonReader &object)
{
    Entity entity;
    entity.uuid = object.uuid(QStringLiteral("uuid"));
    entity.name = object.string(QStringLiteral("name"));
    const QString kind = object.string(QStringLiteral("kind"));
    if (kind == QLatin1StringView("organization"))
        entity.kind = Entity::Kind::Organization;
    else if (!kind.isEmpty() && kind != QLatin1StringView("person"))
        object.refuse(QStringLiteral("kind"), JsonReader::tr("“person” or “organization” is expected"));
    entity.role = object.string(QStringLiteral("role"));
    entity.aliases = object.strings(QStringLiteral("aliases"));
    return entity;
}

Source sourceFromJson(const JsonReader &object)
{
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
        object.refuse(QStringLiteral("reliability"), JsonReader::tr("a grade from A to F is expected"));
    source.notes = object.string(QStringLiteral("notes"));
    return source;
}

Snapshot snapshotFromJson(const JsonReader &object)
{
    Snapshot snapshot;
    snapshot.uuid = object.uuid(QStringLiteral("uuid"));
    snapshot.mimeType = object.string(QStringLiteral("mimeType"));
    snapshot.finalUrl = object.string(QStringLiteral("finalUrl"));
    snapshot.httpStatus = int(object.integer(QStringLiteral("httpStatus"), 0, 0, 999));
    snapshot.fetchedAt = object.time(QStringLiteral("fetched"));
    snapshot.sha256 = object.string(QStringLiteral("sha256")).toLatin1();
    return snapshot;
}

Evidence evidenceFromJson(const JsonReader &object)
{
    Evidence evidence;
    evidence.uuid = object.uuid(QStringLiteral("uuid"));
    evidence.stance = object.choice(QStringLiteral("stance"), &stanceFromKey, Stance::Context);
    evidence.excerpt = object.string(QStringLiteral("excerpt"));
    evidence.locator = object.string(QStringLiteral("locator"));
    evidence.credibility = int(object.integer(QStringLiteral("credibility"), 6, 1, 6));
    evidence.note = object.string(QStringLiteral("note"));
    evidence.createdAt = object.time(QStringLiteral("created"));
    return evidence;
}

QList<TextBlock> structureFromJson(const JsonReader &object, const QString &key, qsizetype textLength)
{
    QList<TextBlock> structure;
    qsizetype previousEnd = 0;
    for (const JsonReader &b : object.objects(key)) {
        TextBlock block;
        block.kind = b.choice(QStringLiteral("kind"), &blockKindFromKey, TextBlock::Kind::Paragraph);
        block.level = int(b.integer(QStringLiteral("level"), 0, 0, 6));
        block.page = int(b.integer(QStringLiteral("page"), 0, 0, std::numeric_limits<int>::max()));
        block.start = b.integer(QStringLiteral("start"), 0, previousEnd, textLength);
        block.end = b.integer(QStringLiteral("end"), 0, block.start, textLength);
        previousEnd = block.end;
        structure.append(block);
    }
    return structure;
}

} // namespace ClaimLedger
