// claimledger-cli: the commands that add and list claims, sources and evidence.

#include "cliapplication.h"

#include "articlefetcher.h"
#include "domainjson.h"
#include "project.h"
#include "sourceimporter.h"

#include <QCommandLineParser>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ClaimLedger {

namespace {

QString uuidText(const QUuid &uuid)
{
    return uuid.toString(QUuid::WithoutBraces);
}

/// Claim kinds as the command line spells them.
std::optional<ClaimKind> kindFromArgument(const QString &text)
{
    if (text == QLatin1StringView("prediction") || text == QLatin1StringView("pledge"))
        return ClaimKind::Prediction;
    return claimKindFromKey(text);
}

} // namespace

Result<std::unique_ptr<Project>> CliApplication::openForWriting(const QString &path)
{
    auto project = Project::open(path);
    if (!project)
        return Error{project.error()};
    if (project.value()->isReadOnly())
        return Error{
            tr("%1 cannot be changed: %2").arg(QDir::toNativeSeparators(path), project.value()->readOnlyReason())};
    return project;
}

Result<Article> CliApplication::findArticle(Project &project, const QString &reference)
{
    auto articles = project.articles();
    if (!articles)
        return Error{articles.error()};
    bool isNumber = false;
    const int position = reference.toInt(&isNumber);
    if (isNumber) {
        if (position < 1 || position > articles->size())
            return Error{tr("There is no article %1: the project has %2 (see '%3 info').")
                             .arg(position)
                             .arg(articles->size())
                             .arg(QStringLiteral("claimledger-cli"))};
        return articles->at(position - 1);
    }
    const QUuid uuid = QUuid::fromString(reference);
    for (const Article &article : std::as_const(articles.value())) {
        if (!uuid.isNull() && article.uuid == uuid)
            return article;
    }
    return Error{tr("There is no article '%1' in the project: give its UUID or its number in '%2 info'.")
                     .arg(reference, QStringLiteral("claimledger-cli"))};
}

int CliApplication::runClaim(const QStringList &arguments)
{
    const QString action = arguments.value(0);
    if (action == QLatin1StringView("list")) {
        QCommandLineParser parser;
        parser.setApplicationDescription(tr("List a project's claims in text order."));
        parser.addPositionalArgument(QStringLiteral("PROJECT"), tr("The project."));
        const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print JSON."));
        parser.addOption(jsonOption);
        if (const int code = parse(parser, arguments.mid(1), QStringLiteral("claim list"), 1, 1); code >= 0)
            return code;
        auto project = Project::open(parser.positionalArguments().constFirst(), Project::OpenMode::ReadOnly);
        if (!project)
            return fail(project.error());
        auto claims = project.value()->claims();
        auto articles = project.value()->articles();
        if (!claims || !articles)
            return fail(claims ? articles.error() : claims.error());
        QHash<qint64, Article> byId;
        for (const Article &article : std::as_const(articles.value()))
            byId.insert(article.id, article);
        if (parser.isSet(jsonOption)) {
            QJsonArray list;
            for (const Claim &claim : std::as_const(claims.value())) {
                QJsonObject object = toJson(claim);
                object.insert(QStringLiteral("article"), uuidText(byId.value(claim.articleId).uuid));
                list.append(object);
            }
            print(m_out, QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented)));
            return Success;
        }
        for (const Claim &claim : std::as_const(claims.value()))
            print(m_out,
                  QStringLiteral("%1\t%2\t%3\t%4\t%5\n")
                      .arg(uuidText(claim.uuid), verdictKey(claim.verdict), claimKindKey(claim.kind), claim.claimant,
                           claim.quote.exact.simplified()));
        return Success;
    }
    if (action != QLatin1StringView("add"))
        return usageError(tr("'claim' takes 'add' or 'list', not '%1'").arg(action));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Add a claim: the quote is looked up in the article's text and must occur there exactly once."));
    parser.addPositionalArgument(QStringLiteral("PROJECT"), tr("The project."));
    const QCommandLineOption articleOption(
        QStringLiteral("article"), tr("The article: its UUID, or its number in 'info'."), QStringLiteral("ARTICLE"));
    const QCommandLineOption quoteOption(QStringLiteral("quote"), tr("The claim's text as the article has it."),
                                         QStringLiteral("TEXT"));
    const QCommandLineOption kindOption(QStringLiteral("kind"), tr("statement, figure, quote or prediction."),
                                        QStringLiteral("KIND"));
    const QCommandLineOption claimantOption(QStringLiteral("claimant"), tr("Who makes the claim."),
                                            QStringLiteral("NAME"));
    const QCommandLineOption verdictOption(
        QStringLiteral("verdict"),
        tr("false, mostly-false, misleading, mixed, mostly-true, true, unprovable or unverified."),
        QStringLiteral("VERDICT"));
    const QCommandLineOption rationaleOption(QStringLiteral("rationale"), tr("Why that verdict."),
                                             QStringLiteral("TEXT"));
    parser.addOptions({articleOption, quoteOption, kindOption, claimantOption, verdictOption, rationaleOption});
    if (const int code = parse(parser, arguments.mid(1), QStringLiteral("claim add"), 1, 1); code >= 0)
        return code;
    if (!parser.isSet(articleOption) || !parser.isSet(quoteOption))
        return usageError(tr("'claim add' needs --article and --quote"));

    Claim claim;
    if (parser.isSet(kindOption)) {
        const auto kind = kindFromArgument(parser.value(kindOption));
        if (!kind)
            return usageError(tr("unknown kind '%1'").arg(parser.value(kindOption)));
        claim.kind = *kind;
    }
    if (parser.isSet(verdictOption)) {
        const auto verdict = verdictFromKey(parser.value(verdictOption));
        if (!verdict)
            return usageError(tr("unknown verdict '%1'").arg(parser.value(verdictOption)));
        claim.verdict = *verdict;
    }
    auto project = openForWriting(parser.positionalArguments().constFirst());
    if (!project)
        return fail(project.error());
    auto article = findArticle(*project.value(), parser.value(articleOption));
    if (!article)
        return fail(article.error());
    const QString quote = parser.value(quoteOption);
    const qsizetype first = quote.isEmpty() ? -1 : article->text.indexOf(quote);
    if (first < 0)
        return fail(tr("The quote is not in the text of “%1”.").arg(article->title));
    if (article->text.indexOf(quote, first + 1) >= 0)
        return fail(tr("The quote occurs %1 times in “%2”: quote more of the sentence so that it occurs once.")
                        .arg(article->text.count(quote))
                        .arg(article->title));
    claim.articleId = article->id;
    claim.start = first;
    claim.end = first + quote.size();
    claim.quote = TextQuoteSelector::fromSpan(article->text, claim.start, claim.end);
    claim.claimant = parser.value(claimantOption).trimmed();
    claim.rationale = parser.value(rationaleOption).trimmed();
    auto added = project.value()->addClaim(claim);
    if (!added)
        return fail(added.error());
    print(m_out, uuidText(added->uuid) + u'\n');
    return Success;
}

int CliApplication::runSource(const QStringList &arguments)
{
    const QString action = arguments.value(0);
    if (action == QLatin1StringView("list")) {
        QCommandLineParser parser;
        parser.setApplicationDescription(
            tr("List a project's sources with their snapshots' SHA-256, each checked against the bytes."));
        parser.addPositionalArgument(QStringLiteral("PROJECT"), tr("The project."));
        const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print JSON."));
        parser.addOption(jsonOption);
        if (const int code = parse(parser, arguments.mid(1), QStringLiteral("source list"), 1, 1); code >= 0)
            return code;
        auto project = Project::open(parser.positionalArguments().constFirst(), Project::OpenMode::ReadOnly);
        if (!project)
            return fail(project.error());
        auto sources = project.value()->sources();
        if (!sources)
            return fail(sources.error());
        QJsonArray list;
        QString text;
        bool tampered = false;
        for (const Source &source : std::as_const(sources.value())) {
            auto snapshots = project.value()->snapshots(source.id);
            if (!snapshots)
                return fail(snapshots.error());
            QJsonArray archived;
            QStringList hashes;
            for (const Snapshot &snapshot : std::as_const(snapshots.value())) {
                const bool intact = snapshot.hashMatches();
                tampered = tampered || !intact;
                archived.append(QJsonObject{{QStringLiteral("uuid"), uuidText(snapshot.uuid)},
                                            {QStringLiteral("sha256"), QString::fromLatin1(snapshot.sha256)},
                                            {QStringLiteral("verified"), intact},
                                            {QStringLiteral("mimeType"), snapshot.mimeType},
                                            {QStringLiteral("finalUrl"), snapshot.finalUrl},
                                            {QStringLiteral("httpStatus"), snapshot.httpStatus},
                                            {QStringLiteral("fetched"), isoTime(snapshot.fetchedAt)},
                                            {QStringLiteral("bytes"), snapshot.bytes.size()}});
                hashes.append(QString::fromLatin1(snapshot.sha256) + (intact ? QString() : tr(" (CHANGED)")));
            }
            QJsonObject object = toJson(source);
            object.insert(QStringLiteral("snapshots"), archived);
            list.append(object);
            text += QStringLiteral("%1\t%2\t%3\t%4\t%5\n")
                        .arg(uuidText(source.uuid), sourceKindKey(source.kind), QString(source.reliability),
                             source.title.simplified(), hashes.join(u' '));
        }
        print(m_out,
              parser.isSet(jsonOption) ? QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented)) : text);
        if (tampered)
            return fail(tr("A snapshot's bytes no longer match its SHA-256: it was changed after it was archived."));
        return Success;
    }
    if (action != QLatin1StringView("add"))
        return usageError(tr("'source' takes 'add' or 'list', not '%1'").arg(action));

    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Add a source from a web address (fetched and archived) or a file."));
    parser.addPositionalArgument(QStringLiteral("PROJECT"), tr("The project."));
    parser.addPositionalArgument(QStringLiteral("URL_OR_FILE"), tr("The page or document."));
    if (const int code = parse(parser, arguments.mid(1), QStringLiteral("source add"), 2, 2); code >= 0)
        return code;
    const QString where = parser.positionalArguments().at(1);
    auto project = openForWriting(parser.positionalArguments().constFirst());
    if (!project)
        return fail(project.error());
    if (ArticleFetcher::isWebAddress(where)) {
        auto existing = project.value()->findSourceByUrl(where);
        if (!existing)
            return fail(existing.error());
        if (const std::optional<Source> &found = existing.value(); found) {
            print(m_err, tr("%1 is already in the project as “%2”; using it.").arg(where, found->title) + u'\n');
            print(m_out, uuidText(found->uuid) + u'\n');
            return Success;
        }
    }
    auto imported = ArticleFetcher::isWebAddress(where) ? SourceImporter::fetchAndWait(QUrl(where))
                                                        : SourceImporter::fromFile(where);
    if (!imported)
        return fail(imported.error());
    Source added;
    const Status stored = project.value()->inTransaction([&]() -> Status {
        auto source = project.value()->addSource(imported->source);
        if (!source)
            return Error{source.error()};
        added = source.value();
        Snapshot snapshot = imported->snapshot;
        snapshot.sourceId = added.id;
        if (auto saved = project.value()->addSnapshot(snapshot); !saved)
            return Error{saved.error()};
        return {};
    });
    if (!stored)
        return fail(stored.error());
    print(m_out, uuidText(added.uuid) + u'\n');
    return Success;
}

int CliApplication::runLink(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Link a claim to a source as evidence."));
    parser.addPositionalArgument(QStringLiteral("PROJECT"), tr("The project."));
    parser.addPositionalArgument(QStringLiteral("CLAIM_UUID"), tr("The claim (see 'claim list')."));
    parser.addPositionalArgument(QStringLiteral("SOURCE_UUID"), tr("The source (see 'source list')."));
    const QCommandLineOption stanceOption(QStringLiteral("stance"), tr("supports, contradicts, context or origin."),
                                          QStringLiteral("STANCE"));
    const QCommandLineOption excerptOption(QStringLiteral("excerpt"), tr("The passage of the source."),
                                           QStringLiteral("TEXT"));
    const QCommandLineOption locatorOption(QStringLiteral("locator"), tr("Page, paragraph or timestamp."),
                                           QStringLiteral("WHERE"));
    const QCommandLineOption credibilityOption(QStringLiteral("credibility"),
                                               tr("1 (confirmed) to 6 (cannot be judged); 6 when not given."),
                                               QStringLiteral("N"));
    const QCommandLineOption noteOption(QStringLiteral("note"), tr("A note."), QStringLiteral("TEXT"));
    parser.addOptions({stanceOption, excerptOption, locatorOption, credibilityOption, noteOption});
    if (const int code = parse(parser, arguments, QStringLiteral("link"), 3, 3); code >= 0)
        return code;
    if (!parser.isSet(stanceOption))
        return usageError(tr("'link' needs --stance"));
    const auto stance = stanceFromKey(parser.value(stanceOption));
    if (!stance)
        return usageError(tr("unknown stance '%1'").arg(parser.value(stanceOption)));
    Evidence evidence;
    evidence.stance = *stance;
    evidence.excerpt = parser.value(excerptOption);
    evidence.locator = parser.value(locatorOption);
    evidence.note = parser.value(noteOption);
    if (parser.isSet(credibilityOption)) {
        bool ok = false;
        evidence.credibility = parser.value(credibilityOption).toInt(&ok);
        if (!ok)
            return usageError(tr("--credibility takes a number from 1 to 6"));
    }
    const QStringList positional = parser.positionalArguments();
    auto project = openForWriting(positional.at(0));
    if (!project)
        return fail(project.error());
    const QUuid claimUuid = QUuid::fromString(positional.at(1));
    const QUuid sourceUuid = QUuid::fromString(positional.at(2));
    if (auto claims = project.value()->claims()) {
        for (const Claim &claim : std::as_const(claims.value())) {
            if (!claimUuid.isNull() && claim.uuid == claimUuid)
                evidence.claimId = claim.id;
        }
    }
    if (auto sources = project.value()->sources()) {
        for (const Source &source : std::as_const(sources.value())) {
            if (!sourceUuid.isNull() && source.uuid == sourceUuid)
                evidence.sourceId = source.id;
        }
    }
    if (evidence.claimId == 0)
        return fail(tr("There is no claim %1 in the project.").arg(positional.at(1)));
    if (evidence.sourceId == 0)
        return fail(tr("There is no source %1 in the project.").arg(positional.at(2)));
    auto added = project.value()->addEvidence(evidence);
    if (!added)
        return fail(added.error());
    print(m_out, uuidText(added->uuid) + u'\n');
    return Success;
}

} // namespace ClaimLedger
