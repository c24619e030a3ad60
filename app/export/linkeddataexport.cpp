#include "linkeddataexport.h"

#include "domainjson.h"

#include <QJsonArray>
#include <QJsonObject>

namespace ClaimLedger {

namespace {

QString urn(const QUuid &uuid)
{
    return QStringLiteral("urn:uuid:") + uuid.toString(QUuid::WithoutBraces);
}

QString day(const QDateTime &time)
{
    return time.toUTC().date().toString(Qt::ISODate);
}

/// Where a claim appears: the article as a schema.org NewsArticle.
QJsonObject appearance(const Article &article)
{
    QJsonObject object{{QStringLiteral("@type"), QStringLiteral("NewsArticle")},
                       {QStringLiteral("headline"), article.title}};
    if (!article.url.isEmpty())
        object.insert(QStringLiteral("url"), article.url);
    if (article.publishedAt.isValid())
        object.insert(QStringLiteral("datePublished"), day(article.publishedAt));
    if (!article.outlet.isEmpty())
        object.insert(QStringLiteral("publisher"),
                      QJsonObject{{QStringLiteral("@type"), QStringLiteral("Organization")},
                                  {QStringLiteral("name"), article.outlet}});
    return object;
}

} // namespace

QJsonArray LinkedDataExport::claimReviews(const ReportContent &content, const ReviewOptions &options)
{
    QJsonArray reviews;
    for (const ReportContent::Section &section : content.sections) {
        for (const Claim &claim : section.claims) {
            if (claim.verdict == Verdict::Unverified)
                continue; // not a review yet
            QJsonObject rating{{QStringLiteral("@type"), QStringLiteral("Rating")},
                               {QStringLiteral("alternateName"), verdictClaimReviewName(claim.verdict)},
                               {QStringLiteral("name"), verdictClaimReviewName(claim.verdict)}};
            if (const auto value = verdictRating(claim.verdict)) {
                rating.insert(QStringLiteral("ratingValue"), *value);
                rating.insert(QStringLiteral("bestRating"), 6);
                rating.insert(QStringLiteral("worstRating"), 1);
            }
            QJsonObject reviewed{{QStringLiteral("@type"), QStringLiteral("Claim")},
                                 {QStringLiteral("appearance"), appearance(section.article)},
                                 {QStringLiteral("firstAppearance"), appearance(section.article)}};
            if (!claim.claimant.isEmpty()) {
                const bool organization = content.organizations.contains(claim.claimant);
                QJsonObject author{
                    {QStringLiteral("@type"), organization ? QStringLiteral("Organization") : QStringLiteral("Person")},
                    {QStringLiteral("name"), claim.claimant}};
                // The claimant's other names (머스크 for 일론 머스크), as schema.org's alternateName.
                if (const QStringList names = content.aliases.value(claim.claimant); !names.isEmpty())
                    author.insert(QStringLiteral("alternateName"), QJsonArray::fromStringList(names));
                reviewed.insert(QStringLiteral("author"), author);
            }
            if (section.article.publishedAt.isValid())
                reviewed.insert(QStringLiteral("datePublished"), day(section.article.publishedAt));
            QJsonObject review{{QStringLiteral("@context"), QStringLiteral("https://schema.org")},
                               {QStringLiteral("@type"), QStringLiteral("ClaimReview")},
                               {QStringLiteral("url"),
                                options.publishedAt.isEmpty() ? urn(claim.uuid)
                                                              : options.publishedAt + QStringLiteral("#claim-")
                                        + claim.uuid.toString(QUuid::WithoutBraces)},
                               {QStringLiteral("claimReviewed"),
                                (claim.wording.isEmpty() ? claim.quote.exact : claim.wording).simplified()},
                               {QStringLiteral("datePublished"), day(claim.modifiedAt)},
                               {QStringLiteral("itemReviewed"), reviewed},
                               {QStringLiteral("reviewRating"), rating}};
            if (!options.author.isEmpty())
                review.insert(QStringLiteral("author"),
                              QJsonObject{{QStringLiteral("@type"), QStringLiteral("Organization")},
                                          {QStringLiteral("name"), options.author}});
            reviews.append(review);
        }
    }
    return reviews;
}

QJsonArray LinkedDataExport::annotations(const ReportContent &content)
{
    QJsonArray annotations;
    for (const ReportContent::Section &section : content.sections) {
        const Article &article = section.article;
        for (const Claim &claim : section.claims) {
            QJsonArray body;
            if (!claim.rationale.isEmpty())
                body.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("TextualBody")},
                                        {QStringLiteral("purpose"), QStringLiteral("commenting")},
                                        {QStringLiteral("value"), claim.rationale}});
            for (const QString &tag : claim.tags)
                body.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("TextualBody")},
                                        {QStringLiteral("purpose"), QStringLiteral("tagging")},
                                        {QStringLiteral("value"), tag}});
            const bool rated = claim.verdict != Verdict::Unverified;
            if (rated)
                body.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("TextualBody")},
                                        {QStringLiteral("purpose"), QStringLiteral("assessing")},
                                        {QStringLiteral("value"), verdictClaimReviewName(claim.verdict)}});
            const QJsonArray selectors{QJsonObject{{QStringLiteral("type"), QStringLiteral("TextQuoteSelector")},
                                                   {QStringLiteral("exact"), claim.quote.exact},
                                                   {QStringLiteral("prefix"), claim.quote.prefix},
                                                   {QStringLiteral("suffix"), claim.quote.suffix}},
                                       QJsonObject{{QStringLiteral("type"), QStringLiteral("TextPositionSelector")},
                                                   {QStringLiteral("start"), claim.start},
                                                   {QStringLiteral("end"), claim.end}}};
            QJsonObject target{{QStringLiteral("source"), article.url.isEmpty() ? urn(article.uuid) : article.url},
                               {QStringLiteral("selector"), selectors}};
            // The article changes; the selectors hold for the version the claim was
            // checked against, which a TimeState names (W3C Web Annotation §4.1).
            if (const auto version = content.versions.constFind(claim.versionId); version != content.versions.cend())
                target.insert(QStringLiteral("state"),
                              QJsonObject{{QStringLiteral("type"), QStringLiteral("TimeState")},
                                          {QStringLiteral("sourceDate"), isoTime(version->importedAt)}});
            QJsonObject annotation{
                {QStringLiteral("@context"), QStringLiteral("http://www.w3.org/ns/anno.jsonld")},
                {QStringLiteral("id"), urn(claim.uuid)},
                {QStringLiteral("type"), QStringLiteral("Annotation")},
                {QStringLiteral("motivation"), rated ? QStringLiteral("assessing") : QStringLiteral("highlighting")},
                {QStringLiteral("created"), isoTime(claim.createdAt)},
                {QStringLiteral("modified"), isoTime(claim.modifiedAt)},
                {QStringLiteral("target"), target}};
            if (!body.isEmpty())
                annotation.insert(QStringLiteral("body"),
                                  body.size() == 1 ? QJsonValue(body.first()) : QJsonValue(body));
            annotations.append(annotation);
        }
    }
    return annotations;
}

} // namespace ClaimLedger
