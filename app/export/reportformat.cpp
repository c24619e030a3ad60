#include "reportformat.h"

#include <QCoreApplication>
#include <QStringList>

namespace ClaimLedger {

const QList<ReportFormat> &ReportFormat::all()
{
    static const QList<ReportFormat> formats{
        {"html", QT_TRANSLATE_NOOP("ReportFormat", "HTML report"), "html", "text/html", false, false},
        {"pdf", QT_TRANSLATE_NOOP("ReportFormat", "PDF report"), "pdf", "application/pdf", false, true},
        {"md", QT_TRANSLATE_NOOP("ReportFormat", "Markdown"), "md", "text/markdown", false, false},
        {"csv", QT_TRANSLATE_NOOP("ReportFormat", "CSV, one row per claim"), "csv", "text/csv", false, false},
        {"json", QT_TRANSLATE_NOOP("ReportFormat", "JSON, the whole project"), "json", "application/json", true, false},
        {"claimreview", QT_TRANSLATE_NOOP("ReportFormat", "schema.org ClaimReview (JSON-LD)"), "jsonld",
         "application/ld+json", false, false},
        {"annotations", QT_TRANSLATE_NOOP("ReportFormat", "W3C Web Annotation (JSON-LD)"), "jsonld",
         "application/ld+json", false, false},
    };
    return formats;
}

QString ReportFormat::displayName() const
{
    return QCoreApplication::translate("ReportFormat", label);
}

const ReportFormat *ReportFormat::find(QStringView key)
{
    for (const ReportFormat &format : all()) {
        if (key == QLatin1StringView(format.key))
            return &format;
    }
    return nullptr;
}

QStringList ReportFormat::keys()
{
    QStringList keys;
    for (const ReportFormat &format : all())
        keys.append(QString::fromLatin1(format.key));
    return keys;
}

} // namespace ClaimLedger
