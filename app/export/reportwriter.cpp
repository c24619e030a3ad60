#include "reportwriter.h"

#include "csvreport.h"
#include "htmlreport.h"
#include "markdownreport.h"
#include "outputguard.h"
#include "pdfreport.h"
#include "project.h"
#include "projectjson.h"

#include <QDateTime>
#include <QJsonDocument>

namespace ClaimLedger {

Result<QByteArray> ReportWriter::render(const ReportFormat &format, const Project &project,
                                        const ReportContent &content, const Options &options)
{
    const QLatin1StringView key(format.key);
    if (format.paged)
        return Error{tr("A %1 is written to a file.").arg(format.displayName())};
    if (key == QLatin1StringView("json")) {
        auto json = ProjectJson::write(project);
        if (!json)
            return Error{json.error()};
        return QJsonDocument(json.value()).toJson(QJsonDocument::Indented);
    }
    if (key == QLatin1StringView("md"))
        return MarkdownReport::render(content).toUtf8();
    if (key == QLatin1StringView("csv"))
        return CsvReport::render(content, options.byteOrderMark);
    if (key == QLatin1StringView("claimreview"))
        return QJsonDocument(LinkedDataExport::claimReviews(content, options.review)).toJson(QJsonDocument::Indented);
    if (key == QLatin1StringView("annotations"))
        return QJsonDocument(LinkedDataExport::annotations(content)).toJson(QJsonDocument::Indented);
    if (key == QLatin1StringView("html")) {
        if (!options.forLayout)
            return HtmlReport::render(content, QDateTime::currentDateTimeUtc()).toUtf8();
        ReportContent shortened = content;
        shortened.shortenTexts();
        return HtmlReport::render(shortened, QDateTime::currentDateTimeUtc()).toUtf8();
    }
    return Error{tr("Unknown format “%1”.").arg(key)};
}

Status ReportWriter::write(const ReportFormat &format, const Project &project, const ReportContent &content,
                           const Options &options, const QString &path, const QStringList &inputs)
{
    if (auto allowed = OutputGuard::check(path, inputs); !allowed)
        return allowed;
    if (format.paged)
        return PdfReport::write(content, path, options.pageSize);
    auto bytes = render(format, project, content, options);
    if (!bytes)
        return Error{bytes.error()};
    return OutputGuard::writeFile(path, bytes.value(), inputs);
}

} // namespace ClaimLedger
