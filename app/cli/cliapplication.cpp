#include "cliapplication.h"

#include "articlefetcher.h"
#include "articleimporter.h"
#include "claimcarrier.h"
#include "claimdetector.h"
#include "figurechecker.h"
#include "fileidentity.h"
#include "outputguard.h"
#include "project.h"
#include "projectjson.h"
#include "projectschema.h"
#include "quoteanchor.h"
#include "reportcontent.h"
#include "reportformat.h"
#include "reportwriter.h"
#include "sampleproject.h"
#include "selectorlist.h"
#include "textdiff.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <cerrno>
#include <cstdio>
#include <unistd.h>

namespace ClaimLedger {

namespace {

const QString programName = QStringLiteral("claimledger-cli");

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

/// A file, or a web page when the argument is an http(s) address.
Result<ImportedArticle> loadArticle(const QString &fileOrUrl)
{
    if (ArticleFetcher::isWebAddress(fileOrUrl))
        return ArticleFetcher::fetchAndWait(QUrl(fileOrUrl));
    return ArticleImporter::importFile(fileOrUrl);
}

} // namespace

CliApplication::CliApplication(FILE *out, FILE *err)
    : m_out(out)
    , m_err(err)
{
}

void CliApplication::print(FILE *stream, const QString &text)
{
    write(stream, text.toUtf8());
}

void CliApplication::write(FILE *stream, const QByteArray &bytes)
{
    // A report that did not reach its reader is a failure, not a success: remember the
    // first error on standard output (a full disk, a closed pipe) for the exit status.
    errno = 0;
    const bool written = std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream) == size_t(bytes.size())
        && std::fflush(stream) == 0;
    if (!written && stream == m_out && m_outError == 0)
        m_outError = errno ? errno : EIO;
}

int CliApplication::fail(const QString &message)
{
    print(m_err, programName + QStringLiteral(": ") + message + u'\n');
    return Failure;
}

int CliApplication::usageError(const QString &message)
{
    print(m_err,
          programName + QStringLiteral(": ") + message + u'\n'
              + tr("Try '%1 --help' for more information.").arg(programName) + u'\n');
    return UsageError;
}

QString CliApplication::generalHelp() const
{
    return tr("Usage: %1 COMMAND [OPTIONS] [ARGUMENTS]\n"
              "\n"
              "Work with ClaimLedger project files without opening a window.\n"
              "\n"
              "Commands:\n"
              "  new PROJECT               Create an empty project file.\n"
              "  sample PROJECT            Create the sample project.\n"
              "  import PROJECT FILE...    Import articles (files or web addresses) into a project,\n"
              "                            creating it if needed.\n"
              "  export PROJECT            Write a report: --format md, html, pdf, csv, json, claimreview or\n"
              "                            annotations; --article, --verdict; -o FILE.\n"
              "  check PROJECT             Check a project: format, contents, integrity.\n"
              "  info PROJECT --json       The same as JSON.\n"
              "  extract FILE_OR_URL       Print an article's metadata and canonical text.\n"
              "  detect FILE_OR_URL        List the candidate claims (figures, quotes, dates) of an\n"
              "                            article.\n"
              "  check-figures FILE_OR_URL Check whether an article's figures add up: sums and\n"
              "                            currency conversions against the ECB reference rate.\n"
              "  anchor FILE SELECTORS.json Find W3C quote selectors (annotations of this or another\n"
              "                            tool) again in an article's text: status, place, figure change.\n"
              "  refresh PROJECT [--article ARTICLE] [--file FILE]\n"
              "                            Check articles for changes (fetched again, or re-read) and\n"
              "                            carry their claims to a changed text; exit 3 when a claim\n"
              "                            needs review or was orphaned.\n"
              "  diff PROJECT --article ARTICLE [--from V] [--to W]\n"
              "                            The words that changed between two versions of an article.\n"
              "  claim add PROJECT --article ARTICLE --quote TEXT [--kind K] [--claimant NAME]\n"
              "            [--verdict V] [--rationale TEXT]\n"
              "                            Add a claim; prints its UUID.\n"
              "  claim list PROJECT        List the claims (--json for JSON).\n"
              "  source add PROJECT URL_OR_FILE\n"
              "                            Add a source, fetched and archived; prints its UUID.\n"
              "  source list PROJECT       List the sources with their snapshots' SHA-256.\n"
              "  import-json PROJECT FILE  Rebuild a project from 'export --format json'.\n"
              "  link PROJECT CLAIM_UUID SOURCE_UUID --stance STANCE [--excerpt TEXT]\n"
              "                            Link a claim to a source as evidence.\n"
              "\n"
              "Options:\n"
              "  -h, --help                Show this help; after a command, that command's help.\n"
              "  -v, --version             Show the version and exit.\n"
              "\n"
              "Exit status: 0 on success, 1 when a command fails, 2 on wrong usage, 3 when refresh\n"
              "leaves claims that need review.\n")
        .arg(programName);
}

int CliApplication::run(const QStringList &arguments)
{
    const int code = dispatch(arguments);
    if (m_outError != 0)
        return fail(tr("cannot write to standard output: %1").arg(systemErrorText(m_outError)));
    return code;
}

int CliApplication::dispatch(const QStringList &arguments)
{
    const QStringList args = arguments.mid(1);
    if (args.isEmpty()) {
        print(m_err, generalHelp());
        return UsageError;
    }
    const QString &first = args.first();
    if (first == QLatin1StringView("-h") || first == QLatin1StringView("--help")
        || first == QLatin1StringView("help")) {
        print(m_out, generalHelp());
        return Success;
    }
    if (first == QLatin1StringView("-v") || first == QLatin1StringView("--version")) {
        print(m_out, programName + u' ' + QCoreApplication::applicationVersion() + u'\n');
        return Success;
    }
    if (first.startsWith(u'-'))
        return usageError(tr("unknown option '%1'").arg(first));

    const QStringList commandArgs = args.mid(1);
    if (first == QLatin1StringView("new"))
        return runNew(commandArgs);
    if (first == QLatin1StringView("sample"))
        return runSample(commandArgs);
    if (first == QLatin1StringView("import"))
        return runImport(commandArgs);
    if (first == QLatin1StringView("export"))
        return runExport(commandArgs);
    if (first == QLatin1StringView("check"))
        return runCheck(commandArgs, false);
    if (first == QLatin1StringView("info"))
        return runCheck(commandArgs, true);
    if (first == QLatin1StringView("extract"))
        return runExtract(commandArgs);
    if (first == QLatin1StringView("detect"))
        return runDetect(commandArgs);
    if (first == QLatin1StringView("check-figures"))
        return runCheckFigures(commandArgs);
    if (first == QLatin1StringView("anchor"))
        return runAnchor(commandArgs);
    if (first == QLatin1StringView("refresh"))
        return runRefresh(commandArgs);
    if (first == QLatin1StringView("diff"))
        return runDiff(commandArgs);
    if (first == QLatin1StringView("claim"))
        return runClaim(commandArgs);
    if (first == QLatin1StringView("source"))
        return runSource(commandArgs);
    if (first == QLatin1StringView("link"))
        return runLink(commandArgs);
    if (first == QLatin1StringView("import-json"))
        return runImportJson(commandArgs);
    return usageError(tr("unknown command '%1'").arg(first));
}

int CliApplication::parse(QCommandLineParser &parser, const QStringList &arguments, const QString &command, int minimum,
                          int maximum)
{
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help and exit."));
    parser.addOption(helpOption);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(QStringList{programName} + arguments))
        return usageError(parser.errorText());
    if (parser.isSet(helpOption)) {
        QString help = parser.helpText();
        // QCommandLineParser names the program only; name the command as well.
        const qsizetype options = help.indexOf(QStringLiteral(" [options]"));
        if (options >= 0)
            help = tr("Usage: %1 %2").arg(programName, command) + help.mid(options);
        print(m_out, help);
        return Success;
    }
    const qsizetype count = parser.positionalArguments().size();
    if (count < minimum)
        return usageError(tr("'%1' needs more arguments").arg(command));
    if (maximum >= 0 && count > maximum)
        return usageError(tr("too many arguments for '%1'").arg(command));
    return -1;
}

int CliApplication::runNew(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Create an empty project file."));
    parser.addPositionalArgument(QStringLiteral("PROJECT"), tr("Path of the new project (*.claimledger)."));
    if (const int code = parse(parser, arguments, QStringLiteral("new"), 1, 1); code >= 0)
        return code;
    const QString path = parser.positionalArguments().constFirst();
    auto project = Project::create(path);
    if (!project)
        return fail(project.error());
    print(m_out, tr("Created %1").arg(nativePath(project.value()->path())) + u'\n');
    return Success;
}

int CliApplication::runSample(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Create the sample project: a fictional Korean article with rated claims."));
    parser.addPositionalArgument(QStringLiteral("PROJECT"), tr("Path of the new project (*.claimledger)."));
    if (const int code = parse(parser, arguments, QStringLiteral("sample"), 1, 1); code >= 0)
        return code;
    auto project = SampleProject::create(parser.positionalArguments().constFirst());
    if (!project)
        return fail(project.error());
    print(m_out, tr("Created %1").arg(nativePath(project.value()->path())) + u'\n');
    return Success;
}

int CliApplication::runImport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Import articles: text and Markdown in any common encoding, and saved web pages (HTML)."));
    parser.addPositionalArgument(QStringLiteral("PROJECT"), tr("The project to import into."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("Article files or web addresses."),
                                 QStringLiteral("FILE_OR_URL..."));
    if (const int code = parse(parser, arguments, QStringLiteral("import"), 2, -1); code >= 0)
        return code;
    const QStringList positional = parser.positionalArguments();
    // A project that does not exist yet is created, as `new` would.
    auto project = QFileInfo::exists(positional.constFirst()) ? Project::open(positional.constFirst())
                                                              : Project::create(positional.constFirst());
    if (!project)
        return fail(project.error());

    if (project.value()->isReadOnly())
        return fail(tr("cannot import into %1: %2")
                        .arg(nativePath(positional.constFirst()), project.value()->readOnlyReason()));

    // All files in one transaction: a failure to save leaves the project as it was.
    // A file that cannot be read is reported and skipped.
    const QStringList files = positional.mid(1);
    const bool showProgress = files.size() > 1 && ::isatty(::fileno(m_err));
    int status = Success;
    QStringList done;
    const Status saved = project.value()->inTransaction([&]() -> Status {
        for (qsizetype i = 0; i < files.size(); ++i) {
            const QString &file = files.at(i);
            if (showProgress)
                print(m_err,
                      QStringLiteral("\r[%1/%2] %3")
                          .arg(QString::number(i + 1), QString::number(files.size()), nativePath(file)));
            auto imported = loadArticle(file);
            if (!imported) {
                status = fail(imported.error());
                continue;
            }
            for (const QString &warning : std::as_const(imported->warnings))
                print(m_err, programName + QStringLiteral(": ") + tr("warning: %1").arg(warning) + u'\n');
            Project::ImportOutcome outcome = Project::ImportOutcome::Added;
            auto article = project.value()->importArticle(imported->article, imported->original, &outcome);
            if (!article)
                return Error{article.error()};
            switch (outcome) {
            case Project::ImportOutcome::Added:
                done.append(tr("Imported %1 as article %2: %3")
                                .arg(nativePath(file), QString::number(article->id), article->title));
                break;
            case Project::ImportOutcome::NewVersion:
                done.append(
                    tr("Imported %1 as version %2 of article %3: its text changed")
                        .arg(nativePath(file), QString::number(article->version), QString::number(article->id)));
                break;
            case Project::ImportOutcome::Unchanged:
                done.append(
                    tr("%1 is already article %2, unchanged").arg(nativePath(file), QString::number(article->id)));
                break;
            }
        }
        return {};
    });
    if (showProgress)
        print(m_err, QStringLiteral("\n"));
    if (!saved)
        return fail(tr("nothing was imported: %1").arg(saved.error()));
    for (const QString &line : std::as_const(done))
        print(m_out, line + u'\n');
    return status;
}

int CliApplication::runExport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Write a claim report of a project."));
    parser.addPositionalArgument(QStringLiteral("PROJECT"), tr("The project to report on."));
    const QCommandLineOption formatOption(
        {QStringLiteral("f"), QStringLiteral("format")},
        tr("md (Markdown), html (a self-contained report), pdf (the same on pages; needs -o), csv (one row per "
           "claim), json (the whole project, "
           "for import-json), claimreview (schema.org ClaimReview JSON-LD) or annotations (W3C Web Annotation "
           "JSON-LD)."),
        QStringLiteral("FORMAT"), QStringLiteral("md"));
    const QCommandLineOption verdictOption(QStringLiteral("verdict"), tr("Only the claims with this verdict."),
                                           QStringLiteral("VERDICT"));
    const QCommandLineOption bomOption(QStringLiteral("bom"),
                                       tr("CSV: start with a byte order mark, for spreadsheets."));
    const QCommandLineOption authorOption(QStringLiteral("author"),
                                          tr("ClaimReview: the organisation that publishes the reviews."),
                                          QStringLiteral("NAME"));
    const QCommandLineOption pageOption(QStringLiteral("page-size"), tr("PDF: a4 (the default) or letter."),
                                        QStringLiteral("SIZE"), QStringLiteral("a4"));
    const QCommandLineOption publishedOption(QStringLiteral("published-at"),
                                             tr("ClaimReview: the address where the reviews are published."),
                                             QStringLiteral("URL"));
    const QCommandLineOption articleOption(QStringLiteral("article"), tr("Report on this article only."),
                                           QStringLiteral("ID"));
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")},
                                          tr("Write to FILE instead of standard output."), QStringLiteral("FILE"));
    parser.addOptions({formatOption, articleOption, outputOption, verdictOption, bomOption, authorOption,
                       publishedOption, pageOption});
    if (const int code = parse(parser, arguments, QStringLiteral("export"), 1, 1); code >= 0)
        return code;

    const ReportFormat *format = ReportFormat::find(parser.value(formatOption));
    if (!format)
        return usageError(tr("unknown format '%1' (available: %2)")
                              .arg(parser.value(formatOption), ReportFormat::keys().join(QStringLiteral(", "))));
    std::optional<Verdict> verdict;
    if (parser.isSet(verdictOption)) {
        verdict = verdictFromKey(parser.value(verdictOption));
        if (!verdict)
            return usageError(tr("unknown verdict '%1'").arg(parser.value(verdictOption)));
    }
    qint64 articleId = 0;
    if (parser.isSet(articleOption)) {
        bool ok = false;
        articleId = parser.value(articleOption).toLongLong(&ok);
        if (!ok || articleId <= 0)
            return usageError(tr("--article takes an article number, not '%1'").arg(parser.value(articleOption)));
    }
    ReportWriter::Options options;
    options.byteOrderMark = parser.isSet(bomOption);
    options.review = {parser.value(authorOption), parser.value(publishedOption)};
    const QString page = parser.value(pageOption).toLower();
    if (format->paged && page != QLatin1StringView("a4") && page != QLatin1StringView("letter"))
        return usageError(tr("--page-size takes a4 or letter, not '%1'").arg(parser.value(pageOption)));
    options.pageSize = page == QLatin1StringView("letter") ? QPageSize::Letter : QPageSize::A4;

    const QString projectPath = parser.positionalArguments().constFirst();
    const QString output = parser.value(outputOption);
    const bool toFile = !output.isEmpty() && output != QLatin1StringView("-");
    if (format->paged && !toFile)
        return usageError(tr("a PDF is written to a file: give -o FILE"));
    auto project = Project::open(projectPath);
    if (!project)
        return fail(project.error());
    if (toFile) {
        if (auto allowed = OutputGuard::check(output, {projectPath}); !allowed)
            return fail(allowed.error());
    }
    // A whole-project format ignores --article and --verdict: it is for import-json.
    auto content = ReportContent::fromProject(*project.value(), articleId, verdict);
    if (!content)
        return fail(content.error());
    if (toFile) {
        if (auto written
            = ReportWriter::write(*format, *project.value(), content.value(), options, output, {projectPath});
            !written)
            return fail(written.error());
        return Success;
    }
    auto report = ReportWriter::render(*format, *project.value(), content.value(), options);
    if (!report)
        return fail(report.error());
    write(m_out, report.value());
    return Success;
}

int CliApplication::runExtract(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Print the canonical text of an article file, the text that claim "
                                        "and candidate offsets count in."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The article file, or a web address."),
                                 QStringLiteral("FILE_OR_URL"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print JSON with the text and its metadata."));
    parser.addOption(jsonOption);
    if (const int code = parse(parser, arguments, QStringLiteral("extract"), 1, 1); code >= 0)
        return code;
    auto imported = loadArticle(parser.positionalArguments().constFirst());
    if (!imported)
        return fail(imported.error());
    for (const QString &warning : std::as_const(imported->warnings))
        print(m_err, programName + QStringLiteral(": ") + tr("warning: %1").arg(warning) + u'\n');
    if (!parser.isSet(jsonOption)) {
        print(m_out, imported->article.text + u'\n');
        return Success;
    }
    const QJsonObject object{{QStringLiteral("title"), imported->article.title},
                             {QStringLiteral("byline"), imported->article.byline},
                             {QStringLiteral("outlet"), imported->article.outlet},
                             {QStringLiteral("published"), imported->article.publishedAt.toString(Qt::ISODate)},
                             {QStringLiteral("language"), imported->article.language},
                             {QStringLiteral("url"), imported->article.url},
                             {QStringLiteral("source"), imported->article.source},
                             {QStringLiteral("encoding"), imported->article.encoding},
                             {QStringLiteral("warnings"), QJsonArray::fromStringList(imported->warnings)},
                             {QStringLiteral("text"), imported->article.text}};
    print(m_out, QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)));
    return Success;
}

int CliApplication::runCheckFigures(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Check whether the figures of an article add up: parts listed against their total, and amounts "
           "stated in two currencies against the ECB reference rate of the publication date. Each relation "
           "is printed with its calculation; none fails on rounding alone."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The article file, or a web address."),
                                 QStringLiteral("FILE_OR_URL"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print one JSON array."));
    const QCommandLineOption publishedOption(QStringLiteral("published"),
                                             tr("The article's publication date, when its metadata has none."),
                                             QStringLiteral("YYYY-MM-DD"));
    parser.addOptions({jsonOption, publishedOption});
    if (const int code = parse(parser, arguments, QStringLiteral("check-figures"), 1, 1); code >= 0)
        return code;
    auto imported = loadArticle(parser.positionalArguments().constFirst());
    if (!imported)
        return fail(imported.error());
    QDate published = imported->article.publishedAt.date();
    if (parser.isSet(publishedOption)) {
        published = QDate::fromString(parser.value(publishedOption), Qt::ISODate);
        if (!published.isValid())
            return usageError(
                tr("--published takes a date as YYYY-MM-DD, not '%1'").arg(parser.value(publishedOption)));
    }
    ClaimDetector::Options options;
    options.published = published;
    const QString &text = imported->article.text;
    const QList<Candidate> candidates = ClaimDetector::detect(text, options);
    const QList<FigureRelation> relations = FigureChecker(text, candidates, published).check();
    if (parser.isSet(jsonOption)) {
        QJsonArray array;
        for (const FigureRelation &relation : relations) {
            QJsonArray figures;
            for (const qsizetype index : relation.figures) {
                const Candidate &figure = candidates.at(index);
                figures.append(QJsonObject{{QStringLiteral("text"), figure.text},
                                           {QStringLiteral("start"), figure.start},
                                           {QStringLiteral("end"), figure.end},
                                           {QStringLiteral("value"), figure.figure.value.toString()},
                                           {QStringLiteral("unit"), figure.figure.unit}});
            }
            QJsonObject object{{QStringLiteral("kind"), relationKindKey(relation.kind)},
                               {QStringLiteral("verdict"), relationVerdictKey(relation.verdict)},
                               {QStringLiteral("calculation"), relation.calculation},
                               {QStringLiteral("figures"), figures}};
            if (relation.verdict != FigureRelation::Verdict::Unchecked)
                object.insert(QStringLiteral("holds"), relation.verdict == FigureRelation::Verdict::Holds);
            if (!relation.note.isEmpty())
                object.insert(QStringLiteral("note"), relation.note);
            if (!relation.referenceRate.isEmpty()) {
                object.insert(QStringLiteral("referenceRate"), relation.referenceRate);
                object.insert(QStringLiteral("referenceDate"), relation.referenceDate.toString(Qt::ISODate));
            }
            array.append(object);
        }
        print(m_out, QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
        return Success;
    }
    if (relations.isEmpty())
        print(m_out, tr("No related figures found.\n"));
    for (const FigureRelation &relation : relations) {
        QString line = relationKindKey(relation.kind) + u'\t' + relationVerdictKey(relation.verdict) + u'\t'
            + relation.calculation;
        if (!relation.note.isEmpty())
            line += u'\t' + relation.note;
        print(m_out, line + u'\n');
    }
    return Success;
}

int CliApplication::runAnchor(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Find W3C selectors again in an article's canonical text (the text 'extract' prints): a list of "
           "TextQuoteSelector objects with optional TextPositionSelector, or Web Annotations holding them (a "
           "W3C or Hypothesis export). For each, prints its status (exact, changed or orphaned), its place in "
           "UTF-16 code units, whether a figure in it changed, whether the place needs review, and the share "
           "of the quote found."));
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 tr("The article file (any importable format), or a web address."),
                                 QStringLiteral("FILE_OR_URL"));
    parser.addPositionalArgument(QStringLiteral("SELECTORS"), tr("The JSON file of selectors or annotations."),
                                 QStringLiteral("SELECTORS.json"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print one JSON array."));
    parser.addOption(jsonOption);
    if (const int code = parse(parser, arguments, QStringLiteral("anchor"), 2, 2); code >= 0)
        return code;
    const QString selectorPath = parser.positionalArguments().at(1);
    QFile selectorFile(selectorPath);
    if (!selectorFile.open(QIODevice::ReadOnly))
        return fail(tr("cannot read %1: %2").arg(nativePath(selectorPath), selectorFile.errorString()));
    if (selectorFile.size() > SelectorList::MaxBytes)
        return fail(tr("%1 is larger than %2 MB").arg(nativePath(selectorPath)).arg(SelectorList::MaxBytes >> 20));
    const auto targets = SelectorList::read(selectorFile.read(SelectorList::MaxBytes + 1));
    if (!targets)
        return fail(targets.error());
    auto imported = loadArticle(parser.positionalArguments().constFirst());
    if (!imported)
        return fail(imported.error());

    const QuoteAnchor anchor(imported->article.text);
    QJsonArray array;
    for (qsizetype i = 0; i < targets->size(); ++i) {
        const Anchoring found = anchor.find(targets->at(i));
        const QString status = Anchoring::statusName(found.status);
        const double score = qRound(found.similarity * 1000) / 1000.0;
        if (parser.isSet(jsonOption)) {
            QJsonObject object{{QStringLiteral("status"), status},
                               {QStringLiteral("figure_changed"), found.figureChanged},
                               {QStringLiteral("review"), found.needsReview},
                               {QStringLiteral("score"), score}};
            if (found.status != Anchoring::Status::Orphaned) {
                object.insert(QStringLiteral("start"), found.start);
                object.insert(QStringLiteral("end"), found.end);
            }
            array.append(object);
            continue;
        }
        QString line = QString::number(i + 1) + u'\t' + status;
        if (found.status != Anchoring::Status::Orphaned)
            line += u'\t' + QString::number(found.start) + u'-' + QString::number(found.end);
        if (found.figureChanged)
            line += u'\t' + tr("figure changed");
        if (found.needsReview)
            line += u'\t' + tr("needs review");
        line += u'\t' + QString::number(score, 'f', 2);
        print(m_out, line + u'\n');
    }
    if (parser.isSet(jsonOption))
        print(m_out, QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
    return Success;
}

int CliApplication::runDiff(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Print the words that changed between two versions of an article: [-removed-] and {+added+} inline, "
           "then the figures that changed. Korean is compared syllable by syllable, so a changed particle shows "
           "as itself."));
    parser.addPositionalArgument(QStringLiteral("PROJECT"), tr("The project."));
    const QCommandLineOption articleOption(
        QStringLiteral("article"), tr("The article (its number in 'info' or its UUID)."), QStringLiteral("ARTICLE"));
    const QCommandLineOption fromOption(
        QStringLiteral("from"), tr("The older version (default: the one before the latest)."), QStringLiteral("V"));
    const QCommandLineOption toOption(QStringLiteral("to"), tr("The newer version (default: the latest)."),
                                      QStringLiteral("W"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print JSON."));
    parser.addOptions({articleOption, fromOption, toOption, jsonOption});
    if (const int code = parse(parser, arguments, QStringLiteral("diff"), 1, 1); code >= 0)
        return code;
    if (!parser.isSet(articleOption))
        return usageError(tr("diff needs --article"));
    auto project = Project::open(parser.positionalArguments().constFirst(), Project::OpenMode::ReadOnly);
    if (!project)
        return fail(project.error());
    auto article = findArticle(*project.value(), parser.value(articleOption));
    if (!article)
        return fail(article.error());
    auto versions = project.value()->articleVersions(article->id);
    if (!versions)
        return fail(versions.error());
    const int count = int(versions->size());
    auto versionNumber = [&](const QCommandLineOption &option, int fallback) -> int {
        if (!parser.isSet(option))
            return fallback;
        bool ok = false;
        const int number = parser.value(option).toInt(&ok);
        return ok ? number : -1;
    };
    const int to = versionNumber(toOption, count);
    const int from = versionNumber(fromOption, to - 1);
    if (count < 2 && !parser.isSet(fromOption))
        return fail(tr("article %1 has one version only: nothing to compare").arg(article->id));
    for (const int number : {from, to}) {
        if (number < 1 || number > count)
            return usageError(
                tr("article %1 has versions 1 to %2; there is no version '%3'")
                    .arg(article->id)
                    .arg(count)
                    .arg(number < 0 ? parser.value(number == from ? fromOption : toOption) : QString::number(number)));
    }
    const ArticleVersion &older = versions->at(from - 1);
    const ArticleVersion &newer = versions->at(to - 1);
    const QList<DiffPiece> pieces = TextDiff::compare(older.text, newer.text);
    const QList<FigureEdit> figures = TextDiff::figureEdits(pieces);
    if (parser.isSet(jsonOption)) {
        QJsonArray pieceArray, figureArray;
        for (const DiffPiece &piece : pieces) {
            const QString kind = piece.kind == DiffPiece::Kind::Same ? QStringLiteral("same")
                : piece.kind == DiffPiece::Kind::Added               ? QStringLiteral("added")
                                                                     : QStringLiteral("removed");
            pieceArray.append(QJsonObject{{QStringLiteral("kind"), kind}, {QStringLiteral("text"), piece.text}});
        }
        for (const FigureEdit &edit : figures)
            figureArray.append(QJsonObject{{QStringLiteral("from"), edit.from}, {QStringLiteral("to"), edit.to}});
        const QJsonObject object{{QStringLiteral("article"), article->uuid.toString(QUuid::WithoutBraces)},
                                 {QStringLiteral("from"), from},
                                 {QStringLiteral("to"), to},
                                 {QStringLiteral("from_imported"), older.importedAt.toString(Qt::ISODate)},
                                 {QStringLiteral("to_imported"), newer.importedAt.toString(Qt::ISODate)},
                                 {QStringLiteral("pieces"), pieceArray},
                                 {QStringLiteral("figures"), figureArray}};
        print(m_out, QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)));
        return Success;
    }
    QString out = tr("Article %1, version %2 (%3) → version %4 (%5)")
                      .arg(QString::number(article->id), QString::number(from), older.importedAt.toString(Qt::ISODate),
                           QString::number(to), newer.importedAt.toString(Qt::ISODate))
        + QStringLiteral("\n\n");
    for (const DiffPiece &piece : pieces) {
        switch (piece.kind) {
        case DiffPiece::Kind::Same:
            out += piece.text;
            break;
        case DiffPiece::Kind::Removed:
            out += QStringLiteral("[-") + piece.text + QStringLiteral("-]");
            break;
        case DiffPiece::Kind::Added:
            out += QStringLiteral("{+") + piece.text + QStringLiteral("+}");
            break;
        }
    }
    out += u'\n';
    if (!figures.isEmpty()) {
        out += u'\n' + tr("Figures changed:") + u'\n';
        for (const FigureEdit &edit : figures)
            out += QStringLiteral("  ") + edit.from + QStringLiteral(" → ") + edit.to + u'\n';
    }
    print(m_out, out);
    return Success;
}

int CliApplication::runRefresh(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Check articles for changes: an article from a web address is fetched again, one from a file is "
           "re-read (from --file, or from its file name beside the project). A changed text becomes a new "
           "version, and every claim of the previous version is found again in it: unchanged, changed and "
           "figure_changed claims move to the new version with their verdicts, evidence and notes; a claim "
           "that needs_review or is orphaned stays on its old version. Exit status 3 when some claim needs "
           "review or was orphaned."));
    parser.addPositionalArgument(QStringLiteral("PROJECT"), tr("The project."));
    const QCommandLineOption articleOption(QStringLiteral("article"),
                                           tr("Only this article (its number in 'info' or its UUID)."),
                                           QStringLiteral("ARTICLE"));
    const QCommandLineOption fileOption(
        QStringLiteral("file"), tr("Re-read the article from this file (needs --article)."), QStringLiteral("FILE"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print one JSON array."));
    parser.addOptions({articleOption, fileOption, jsonOption});
    if (const int code = parse(parser, arguments, QStringLiteral("refresh"), 1, 1); code >= 0)
        return code;
    if (parser.isSet(fileOption) && !parser.isSet(articleOption))
        return usageError(tr("--file needs --article: say which article the file is a new text of"));
    auto project = openForWriting(parser.positionalArguments().constFirst());
    if (!project)
        return fail(project.error());
    QList<Article> articles;
    if (parser.isSet(articleOption)) {
        auto article = findArticle(*project.value(), parser.value(articleOption));
        if (!article)
            return fail(article.error());
        articles.append(article.value());
    } else {
        auto all = project.value()->articles();
        if (!all)
            return fail(all.error());
        articles = all.value();
    }

    const bool json = parser.isSet(jsonOption);
    QJsonArray report;
    int status = Success;
    bool attention = false;
    for (const Article &article : std::as_const(articles)) {
        QJsonObject entry{{QStringLiteral("article"), article.uuid.toString(QUuid::WithoutBraces)},
                          {QStringLiteral("title"), article.title}};
        auto say = [&](const QString &state, const QString &line) {
            entry.insert(QStringLiteral("status"), state);
            if (!json)
                print(m_out, tr("Article %1 (%2): %3").arg(article.id).arg(article.title.left(60), line) + u'\n');
        };
        const QString where = parser.isSet(fileOption)
            ? parser.value(fileOption)
            : ArticleImporter::rereadLocation(article, project.value()->path());
        if (where.isEmpty()) {
            say(QStringLiteral("skipped"), tr("imported from a file that is not beside the project; give --file"));
            report.append(entry);
            continue;
        }
        auto loaded = loadArticle(where);
        if (!loaded) {
            // A fetch that fails changes nothing.
            say(QStringLiteral("failed"), loaded.error());
            status = Failure;
            report.append(entry);
            continue;
        }
        if (loaded->article.text == article.text) {
            say(QStringLiteral("unchanged"), tr("unchanged"));
            report.append(entry);
            continue;
        }
        if (loaded->article.text.trimmed().isEmpty()) {
            say(QStringLiteral("failed"), tr("the new text is empty; nothing was changed"));
            status = Failure;
            report.append(entry);
            continue;
        }
        QList<CarriedClaim> carried;
        int version = 0;
        const Status saved = project.value()->inTransaction([&]() -> Status {
            Article content = loaded->article;
            content.versionId = 0;
            auto added = project.value()->addArticleVersion(article.id, content, loaded->original);
            if (!added)
                return Error{added.error()};
            version = added->version;
            auto moved = ClaimCarrier::carry(*project.value(), article.id);
            if (!moved)
                return Error{moved.error()};
            carried = moved.value();
            return {};
        });
        if (!saved) {
            say(QStringLiteral("failed"), tr("nothing was changed: %1").arg(saved.error()));
            status = Failure;
            report.append(entry);
            continue;
        }
        entry.insert(QStringLiteral("version"), version);
        const auto found
            = std::count_if(carried.cbegin(), carried.cend(), [](const CarriedClaim &c) { return c.carried(); });
        say(QStringLiteral("new_version"),
            tr("its text changed: version %1; claims carried: %2 of %3").arg(version).arg(found).arg(carried.size()));
        QJsonArray claims;
        int orphaned = 0;
        for (const CarriedClaim &claim : std::as_const(carried)) {
            const QString outcome = CarriedClaim::outcomeKey(claim.outcome);
            attention = attention || !claim.carried();
            orphaned += claim.outcome == CarriedClaim::Outcome::Orphaned ? 1 : 0;
            QJsonObject object{{QStringLiteral("claim"), claim.before.uuid.toString(QUuid::WithoutBraces)},
                               {QStringLiteral("outcome"), outcome},
                               {QStringLiteral("old_start"), claim.before.start},
                               {QStringLiteral("old_end"), claim.before.end},
                               {QStringLiteral("old_text"), claim.before.quote.exact},
                               {QStringLiteral("score"), qRound(claim.anchoring.similarity * 1000) / 1000.0}};
            if (claim.anchoring.status != Anchoring::Status::Orphaned) {
                object.insert(QStringLiteral("start"), claim.anchoring.start);
                object.insert(QStringLiteral("end"), claim.anchoring.end);
                object.insert(QStringLiteral("new_text"), claim.newText);
            }
            claims.append(object);
            if (json)
                continue;
            QString line = QStringLiteral("  ") + claim.before.uuid.toString(QUuid::WithoutBraces) + u'\t' + outcome
                + u'\t' + QString::number(claim.before.start) + u'-' + QString::number(claim.before.end);
            if (claim.anchoring.status != Anchoring::Status::Orphaned)
                line += QStringLiteral(" → ") + QString::number(claim.anchoring.start) + u'-'
                    + QString::number(claim.anchoring.end);
            if (claim.outcome == CarriedClaim::Outcome::FigureChanged || claim.outcome == CarriedClaim::Outcome::Changed
                || claim.outcome == CarriedClaim::Outcome::NeedsReview)
                line += u'\t' + claim.before.quote.exact.left(80) + QStringLiteral(" → ") + claim.newText.left(80);
            print(m_out, line + u'\n');
        }
        entry.insert(QStringLiteral("claims"), claims);
        if (!carried.isEmpty() && orphaned == carried.size() && !json)
            print(m_out, tr("  Warning: no claim was found in the new text; is it the same article?") + u'\n');
        report.append(entry);
    }
    if (json)
        print(m_out, QString::fromUtf8(QJsonDocument(report).toJson(QJsonDocument::Indented)));
    if (status != Success)
        return status;
    return attention ? NeedsReview : Success;
}

int CliApplication::runDetect(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("List the candidate claims of an article file: figures with their exact "
                                        "value and unit, quotes with their speaker, and dates. Offsets count "
                                        "UTF-16 code units of the text 'extract' prints."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The article file, or a web address."),
                                 QStringLiteral("FILE_OR_URL"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print one JSON array."));
    const QCommandLineOption publishedOption(QStringLiteral("published"),
                                             tr("The article's publication date, to resolve days against."),
                                             QStringLiteral("YYYY-MM-DD"));
    parser.addOptions({jsonOption, publishedOption});
    if (const int code = parse(parser, arguments, QStringLiteral("detect"), 1, 1); code >= 0)
        return code;
    ClaimDetector::Options options;
    if (parser.isSet(publishedOption)) {
        options.published = QDate::fromString(parser.value(publishedOption), Qt::ISODate);
        if (!options.published.isValid())
            return usageError(
                tr("--published takes a date as YYYY-MM-DD, not '%1'").arg(parser.value(publishedOption)));
    }
    auto imported = loadArticle(parser.positionalArguments().constFirst());
    if (!imported)
        return fail(imported.error());
    const QList<Candidate> candidates = ClaimDetector::detect(imported->article.text, options);
    if (parser.isSet(jsonOption)) {
        print(m_out,
              QString::fromUtf8(QJsonDocument(ClaimDetector::toJson(candidates)).toJson(QJsonDocument::Indented)));
        return Success;
    }
    for (const Candidate &candidate : candidates) {
        QString line = QStringLiteral("%1-%2\t%3\t%4")
                           .arg(candidate.start)
                           .arg(candidate.end)
                           .arg(candidateKindKey(candidate.kind), candidate.text.simplified());
        if (candidate.kind == Candidate::Kind::Figure) {
            line += u'\t' + figureSummary(candidate.figure);
        } else if (candidate.kind == Candidate::Kind::Quote) {
            // The speaker as written, then the entity it is filed under when that differs.
            const QuoteData &quote = candidate.quote;
            line += u'\t' + quote.speaker;
            const QString filed = quote.entity.isEmpty() ? quote.resolvedSpeaker : quote.entity;
            if (!filed.isEmpty() && filed != quote.speaker)
                line += QStringLiteral(" → ") + filed;
            if (!quote.speakerRole.isEmpty())
                line += QStringLiteral(" (%1)").arg(quote.speakerRole);
        } else {
            line += u'\t' + candidate.date.normalized;
        }
        print(m_out, line + u'\n');
    }
    return Success;
}

int CliApplication::runCheck(const QStringList &arguments, bool json)
{
    const QString command = json ? QStringLiteral("info") : QStringLiteral("check");
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Report a project's file format, how many objects of each kind it holds, "
                                        "the result of SQLite's integrity check and of ClaimLedger's own checks of "
                                        "the values stored. Exits with 1 and a one-line reason for a damaged, "
                                        "foreign or unreadable file. Changes nothing, except that a write a crash "
                                        "interrupted is rolled back, as opening the project would."));
    parser.addPositionalArgument(QStringLiteral("PROJECT"), tr("The project to check."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print JSON."));
    parser.addOption(jsonOption);
    if (const int code = parse(parser, arguments, command, 1, 1); code >= 0)
        return code;
    json = json || parser.isSet(jsonOption);

    const QString path = parser.positionalArguments().constFirst();
    auto project = Project::open(path, Project::OpenMode::Inspect);
    if (!project)
        return fail(project.error().simplified());
    if (project.value()->recoveredJournal())
        print(m_err,
              programName + QStringLiteral(": ")
                  + tr("a write that a crash or a full disk interrupted was rolled back; every edit saved "
                       "before it is intact")
                  + u'\n');
    auto info = project.value()->info(true);
    if (!info)
        return fail(tr("%1 is damaged: %2").arg(nativePath(path), info.error().simplified()));
    const bool intact = info->integrity == QLatin1StringView("ok");
    // Numbered as 'claim add --article' takes them. An older format is only counted.
    const bool older = info->schemaVersion < ProjectSchema::CurrentVersion;
    const auto listed = older ? Result<QList<Article>>(QList<Article>()) : project.value()->articles();
    const QList<Article> articles = listed ? listed.value() : QList<Article>();

    if (json) {
        QJsonObject counts;
        for (auto it = info->counts.cbegin(); it != info->counts.cend(); ++it)
            counts.insert(it.key(), it.value());
        QJsonArray articleList;
        int position = 0;
        for (const Article &article : std::as_const(articles))
            articleList.append(QJsonObject{{QStringLiteral("position"), ++position},
                                           {QStringLiteral("uuid"), article.uuid.toString(QUuid::WithoutBraces)},
                                           {QStringLiteral("title"), article.title}});
        const QJsonObject object{{QStringLiteral("path"), project.value()->path()},
                                 {QStringLiteral("uuid"), info->uuid},
                                 {QStringLiteral("schemaVersion"), info->schemaVersion},
                                 {QStringLiteral("upgradeNeeded"), older},
                                 {QStringLiteral("recoveredJournal"), project.value()->recoveredJournal()},
                                 {QStringLiteral("counts"), counts},
                                 {QStringLiteral("articles"), articleList},
                                 {QStringLiteral("integrity"), info->integrity}};
        print(m_out, QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)));
    } else {
        QString report = tr("Project: %1").arg(nativePath(project.value()->path())) + u'\n'
            + tr("Format: %1").arg(info->schemaVersion) + u'\n';
        if (older)
            report += tr("This is an older format; opening the project in ClaimLedger upgrades it to format %1, "
                         "after keeping a backup copy.")
                          .arg(ProjectSchema::CurrentVersion)
                + u'\n';
        for (auto it = info->counts.cbegin(); it != info->counts.cend(); ++it)
            report += QStringLiteral("%1: %2\n").arg(it.key()).arg(it.value());
        report += tr("Integrity: %1").arg(intact ? QStringLiteral("ok") : tr("damaged")) + u'\n';
        int position = 0;
        for (const Article &article : std::as_const(articles))
            report += QStringLiteral("%1. %2 (%3)\n")
                          .arg(++position)
                          .arg(article.title, article.uuid.toString(QUuid::WithoutBraces));
        print(m_out, report);
    }
    if (!intact)
        return fail(tr("%1 is damaged: %2").arg(nativePath(path), info->integrity.section(u'\n', 0, 0)));
    return Success;
}

int CliApplication::runImportJson(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Rebuild a project from a whole-project JSON export."));
    parser.addPositionalArgument(QStringLiteral("PROJECT"), tr("The project to create (it must not exist)."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The export ('-' for standard input)."));
    if (const int code = parse(parser, arguments, QStringLiteral("import-json"), 2, 2); code >= 0)
        return code;
    const QStringList positional = parser.positionalArguments();
    QFile input;
    const bool fromStdin = positional.at(1) == QLatin1StringView("-");
    if (fromStdin ? !input.open(stdin, QIODevice::ReadOnly)
                  : (input.setFileName(positional.at(1)), !input.open(QIODevice::ReadOnly)))
        return fail(tr("cannot read %1: %2").arg(nativePath(positional.at(1)), input.errorString()));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(input.readAll(), &error);
    if (!document.isObject())
        return fail(tr("%1 is not JSON: %2").arg(nativePath(positional.at(1)), error.errorString()));
    // Built under a temporary name and renamed: a failed import leaves nothing behind.
    const QString &path = positional.at(0);
    if (QFileInfo::exists(path))
        return fail(tr("%1 already exists; import-json makes a new project.").arg(nativePath(path)));
    const QString partial = path + QStringLiteral(".importing");
    QFile::remove(partial);
    {
        auto project = Project::create(partial);
        if (!project)
            return fail(project.error());
        if (auto read = ProjectJson::read(document.object(), *project.value()); !read) {
            project.value().reset();
            QFile::remove(partial);
            return fail(read.error());
        }
    }
    if (!QFile::rename(partial, path)) {
        QFile::remove(partial);
        return fail(tr("cannot write %1").arg(nativePath(path)));
    }
    print(m_out, tr("Created %1").arg(nativePath(path)) + u'\n');
    return Success;
}

} // namespace ClaimLedger
