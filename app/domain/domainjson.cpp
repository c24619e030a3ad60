#include "domainjson.h"

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

QJsonObject toJson(const Article &article)
{
    return QJsonObject{
        {QStringLiteral("uuid"), article.uuid.toString(QUuid::WithoutBraces)},
        {QStringLiteral("title"), article.title},
        {QStringLiteral("source"), article.source},
        {QStringLiteral("encoding"), article.encoding},
        {QStringLiteral("language"), article.language},
        {QStringLiteral("imported"), isoTime(article.importedAt)},
        {QStringLiteral("textLength"), article.text.size()},
    };
}

} // namespace ClaimLedger
