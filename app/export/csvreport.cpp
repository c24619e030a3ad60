#include "csvreport.h"

#include "domainjson.h"
#include "priority.h"

namespace ClaimLedger {

QString CsvReport::field(const QString &value)
{
    // A spreadsheet runs a cell that starts with = + - @ (or a tab or carriage return
    // before one) as a formula: an article titled =HYPERLINK(...) would become a live
    // link. As OWASP recommends, such a cell starts with an apostrophe, which
    // spreadsheets show as text and do not display, and is quoted.
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    const bool formula = !value.isEmpty() && formulaStarts.contains(value.front());
    if (!formula && !value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') && !value.contains(u'\r'))
        return value;
    QString quoted = formula ? u'\'' + value : value;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QByteArray CsvReport::render(const ReportContent &content, bool byteOrderMark)
{
    static const QStringList header{
        QStringLiteral("article_uuid"),  QStringLiteral("article_title"), QStringLiteral("article_url"),
        QStringLiteral("claim_uuid"),    QStringLiteral("start"),         QStringLiteral("end"),
        QStringLiteral("kind"),          QStringLiteral("claimant"),      QStringLiteral("quote"),
        QStringLiteral("wording"),       QStringLiteral("verdict"),       QStringLiteral("rating"),
        QStringLiteral("rationale"),     QStringLiteral("tags"),          QStringLiteral("priority"),
        QStringLiteral("created"),       QStringLiteral("modified"),      QStringLiteral("version"),
        QStringLiteral("version_sha256")};
    QString text = header.join(u',') + QStringLiteral("\r\n");
    for (const ReportContent::Section &section : content.sections) {
        const Article &article = section.article;
        for (const Claim &claim : section.claims) {
            const auto rating = verdictRating(claim.verdict);
            // The version the claim was checked against, for articles with several.
            const auto version = content.versions.constFind(claim.versionId);
            const bool versioned = version != content.versions.cend();
            const QStringList row{article.uuid.toString(QUuid::WithoutBraces),
                                  article.title,
                                  article.url,
                                  claim.uuid.toString(QUuid::WithoutBraces),
                                  QString::number(claim.start),
                                  QString::number(claim.end),
                                  claimKindKey(claim.kind),
                                  claim.claimant,
                                  claim.quote.exact,
                                  claim.wording,
                                  verdictKey(claim.verdict),
                                  rating ? QString::number(*rating) : QString(),
                                  claim.rationale,
                                  claim.tags.join(u';'),
                                  QString::number(claim.priority),
                                  isoTime(claim.createdAt),
                                  isoTime(claim.modifiedAt),
                                  versioned ? QString::number(version->number) : QString(),
                                  versioned ? version->sha256 : QString()};
            QStringList fields;
            fields.reserve(row.size());
            for (const QString &value : row)
                fields.append(field(value));
            text += fields.join(u',') + QStringLiteral("\r\n");
        }
    }
    QByteArray bytes = text.toUtf8();
    if (byteOrderMark)
        bytes.prepend("\xEF\xBB\xBF");
    return bytes;
}

} // namespace ClaimLedger
