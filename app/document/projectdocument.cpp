#include "projectdocument.h"

#include "articleimporter.h"
#include "claimdetector.h"
#include "reportformat.h"

#include "addclaimcommand.h"
#include "claimcarrier.h"
#include "editclaimscommand.h"
#include "importarticlecommand.h"
#include "importversioncommand.h"
#include "moveclaimscommand.h"
#include "removeclaimscommand.h"
#include "sourcecommands.h"

#include <QDir>
#include <QUndoStack>

#include <algorithm>

namespace ClaimLedger {

ProjectDocument::ProjectDocument(std::unique_ptr<Project> project, QObject *parent)
    : ProjectDocument(std::move(project), {}, {}, parent)
{
}

ProjectDocument::ProjectDocument(std::unique_ptr<Project> project, QList<Article> articles, QList<Claim> claims,
                                 QObject *parent)
    : QObject(parent)
    , m_project(std::move(project))
    , m_undoStack(new QUndoStack(this))
    , m_articles(std::move(articles))
{
    m_claims.reset(std::move(claims));
}

ProjectDocument::~ProjectDocument()
{
    // The stack announces its clearing as it goes; listeners must still find a whole
    // document then, so it goes before the project does.
    delete m_undoStack;
}

Result<std::unique_ptr<ProjectDocument>> ProjectDocument::open(const QString &path)
{
    auto project = Project::open(path);
    if (!project)
        return Error{project.error()};
    // A damaged table is reported when opening, not shown as an empty project.
    auto articles = project.value()->articles();
    if (!articles)
        return Error{articles.error()};
    auto claims = project.value()->claims();
    if (!claims)
        return Error{claims.error()};
    return std::make_unique<ProjectDocument>(std::move(project.value()), std::move(articles).value(),
                                             std::move(claims).value());
}

Result<std::unique_ptr<ProjectDocument>> ProjectDocument::create(const QString &path)
{
    auto project = Project::create(path);
    if (!project)
        return Error{project.error()};
    return std::make_unique<ProjectDocument>(std::move(project.value()));
}

std::optional<Article> ProjectDocument::article(qint64 articleId) const
{
    for (const Article &article : m_articles) {
        if (article.id == articleId)
            return article;
    }
    return std::nullopt;
}

QString ProjectDocument::articleTitle(qint64 articleId) const
{
    for (const Article &article : m_articles) {
        if (article.id == articleId)
            return article.title;
    }
    return {};
}

QList<Claim> ProjectDocument::claims() const
{
    QList<Claim> result;
    const QList<qint64> ids = m_claims.idsInTextOrder();
    result.reserve(ids.size());
    for (const qint64 id : ids)
        result.append(*m_claims.find(id));
    return result;
}

QList<Claim> ProjectDocument::claimsForArticle(qint64 articleId) const
{
    return m_claims.forArticle(articleId);
}

std::optional<Claim> ProjectDocument::claim(qint64 claimId) const
{
    if (const Claim *found = m_claims.find(claimId))
        return *found;
    return std::nullopt;
}

template<typename T>
T ProjectDocument::reported(T result)
{
    if (!result.ok() && !m_replaying)
        Q_EMIT errorOccurred(result.error());
    return result;
}

Status ProjectDocument::replaying(const std::function<Status()> &step)
{
    const bool outer = !m_replaying;
    m_replaying = true;
    const Status done = step();
    if (outer)
        m_replaying = false;
    return done;
}

void ProjectDocument::undoStepFailed(const QString &commandText, bool undoing, const QString &reason)
{
    const QString what = undoing ? tr("“%1” could not be undone: %2").arg(commandText, reason)
                                 : tr("“%1” could not be redone: %2").arg(commandText, reason);
    QMetaObject::invokeMethod(m_undoStack, &QUndoStack::clear, Qt::QueuedConnection);
    Q_EMIT errorOccurred(what + u'\n'
                         + tr("The undo history was cleared, because it no longer matches the project file."));
}

Result<Article> ProjectDocument::importArticle(const ImportedArticle &imported, Project::ImportOutcome *outcome)
{
    auto stored = importStored(imported);
    if (!stored)
        return Error{stored.error()};
    if (outcome)
        *outcome = stored->outcome;
    return stored->article;
}

Result<StoredImport> ProjectDocument::importStored(const ImportedArticle &imported)
{
    // The project decides between a new article, a new version and nothing; the
    // document follows with its caches, signals and undo.
    StoredImport stored{{}, imported.original, Project::ImportOutcome::Added, imported.warnings};
    auto article = reported(m_project->importArticle(imported.article, imported.original, &stored.outcome));
    if (!article)
        return Error{article.error()};
    stored.article = article.value();
    adoptStored(stored);
    return stored;
}

Result<StoredImport> ProjectDocument::importFile(const QString &path)
{
    auto imported = ArticleImporter::importFile(path);
    if (!imported)
        return Error{imported.error()};
    return importStored(imported.value());
}

Result<StoredImport> ProjectDocument::importPasted(const QString &html, const QString &text)
{
    // The name tells pastes apart, and from re-imports.
    const QString name = tr("Clipboard %1").arg(QDateTime::currentDateTime().toString(Qt::ISODateWithMs));
    Result<ImportedArticle> imported = Error{tr("The clipboard holds no text.")};
    if (!html.isEmpty())
        imported = ArticleImporter::importBytes(html.toUtf8(), name, "text/html; charset=utf-8");
    if ((!imported || imported->article.text.isEmpty()) && !text.isEmpty())
        imported = ArticleImporter::importBytes(text.toUtf8(), name, "text/plain; charset=utf-8");
    if (!imported)
        return Error{imported.error()};
    return importStored(imported.value());
}

QList<Candidate> ProjectDocument::candidates(const Article &article, qsizetype length) const
{
    length = std::clamp<qsizetype>(length, 0, article.text.size());
    if (const auto cached = m_candidates.constFind(article.versionId);
        cached != m_candidates.cend() && cached->length == length)
        return cached->candidates;
    // A bound on what is kept: detection is quick (25 MB a second), so a cache of the
    // articles read lately is enough.
    constexpr qsizetype CachedVersions = 64;
    if (m_candidates.size() >= CachedVersions)
        m_candidates.clear();
    ClaimDetector::Options options;
    options.published = article.publishedAt.date();
    const QList<Candidate> found = ClaimDetector::detect(article.text.first(length), options);
    m_candidates.insert(article.versionId, {length, found});
    return found;
}

Result<std::pair<const ReportFormat *, ReportContent>>
ProjectDocument::preparedReport(const ReportRequest &request) const
{
    const ReportFormat *format = ReportFormat::find(request.format);
    if (!format)
        return Error{tr("Choose a format.")};
    auto content = ReportContent::fromProject(*m_project, request.articleId);
    if (!content)
        return Error{content.error()};
    if (request.claims)
        content->restrictTo(*request.claims);
    return std::pair{format, std::move(content).value()};
}

Result<QByteArray> ProjectDocument::renderReport(const ReportRequest &request) const
{
    auto report = preparedReport(request);
    if (!report)
        return Error{report.error()};
    return ReportWriter::render(*report->first, *m_project, report->second, request.options);
}

Status ProjectDocument::exportReport(const ReportRequest &request, const QString &path) const
{
    auto report = preparedReport(request);
    if (!report)
        return Error{report.error()};
    return ReportWriter::write(*report->first, *m_project, report->second, request.options, path);
}

Result<StoredImport> ProjectDocument::storeFile(const Project::Peer &peer, const QString &path)
{
    auto imported = ArticleImporter::importFile(path);
    if (!imported)
        return Error{imported.error()};
    auto project = Project::openPeer(peer);
    if (!project)
        return Error{project.error()};
    StoredImport stored;
    auto article = project.value()->importArticle(imported->article, imported->original, &stored.outcome);
    if (!article)
        return Error{
            tr("%1 could not be saved in the project: %2").arg(QDir::toNativeSeparators(path), article.error())};
    stored.article = std::move(article).value();
    stored.original = std::move(imported->original);
    stored.warnings = std::move(imported->warnings);
    return stored;
}

void ProjectDocument::adoptStored(const StoredImport &stored)
{
    switch (stored.outcome) {
    case Project::ImportOutcome::Unchanged:
        break;
    case Project::ImportOutcome::NewVersion: {
        adoptUpdated(stored.article);
        // Every claim of the previous version is found again in the new text; those
        // whose place is sure move there (one transaction), the rest stay.
        QList<ClaimPlacement> forward, back;
        CarrySummary summary;
        if (auto carried = reported(ClaimCarrier::carry(*m_project, stored.article.id))) {
            for (const CarriedClaim &claim : std::as_const(carried.value())) {
                switch (claim.outcome) {
                case CarriedClaim::Outcome::NeedsReview:
                    ++summary.needsReview;
                    continue;
                case CarriedClaim::Outcome::Orphaned:
                    ++summary.orphaned;
                    continue;
                case CarriedClaim::Outcome::FigureChanged:
                    ++summary.figureChanged;
                    break;
                case CarriedClaim::Outcome::Unchanged:
                case CarriedClaim::Outcome::Changed:
                    break;
                }
                ++summary.carried;
                forward.append({claim.before.id, stored.article.versionId, claim.anchoring.start, claim.anchoring.end});
                back.append({claim.before.id, claim.before.versionId, claim.before.start, claim.before.end});
                if (const auto moved = m_project->claim(claim.before.id)) {
                    m_claims.insert(moved.value());
                    Q_EMIT claimChanged(moved.value());
                }
            }
        }
        m_carried.insert(stored.article.id, summary);
        m_undoStack->push(new ImportVersionCommand(this, stored.article, stored.original, forward, back));
        break;
    }
    case Project::ImportOutcome::Added:
        adoptAdded(stored.article);
        m_undoStack->push(new ImportArticleCommand(this, stored.article, stored.original));
        break;
    }
}

Result<std::pair<qsizetype, qsizetype>> ProjectDocument::trimmedSpan(qint64 articleId, qsizetype start, qsizetype end)
{
    const auto owner = article(articleId);
    if (!owner)
        return Error{tr("Choose an article before marking a claim.")};
    start = std::clamp<qsizetype>(start, 0, owner->text.size());
    end = std::clamp<qsizetype>(end, start, owner->text.size());
    // Marks never start or end on white space: trim the selection to its words.
    while (start < end && owner->text.at(start).isSpace())
        ++start;
    while (end > start && owner->text.at(end - 1).isSpace())
        --end;
    if (start >= end)
        return Error{tr("Select the text of the claim first.")};
    return std::pair{start, end};
}

Result<Claim> ProjectDocument::markClaim(qint64 articleId, qsizetype start, qsizetype end)
{
    const auto span = reported(trimmedSpan(articleId, start, end));
    if (!span)
        return Error{span.error()};
    ClaimRecord record;
    record.claim.articleId = articleId;
    record.claim.start = span->first;
    record.claim.end = span->second;
    record.claim.quote = TextQuoteSelector::fromSpan(article(articleId)->text, span->first, span->second);
    return addClaimRecord(record, tr("Mark Claim"));
}

Result<Claim> ProjectDocument::acceptCandidate(qint64 articleId, const Candidate &candidate)
{
    const auto owner = article(articleId);
    if (!owner || candidate.end > owner->text.size()
        || QStringView(owner->text).sliced(candidate.start, candidate.end - candidate.start) != candidate.text)
        return reported(Result<Claim>(Error{tr("The candidate no longer matches the article's text.")}));
    ClaimRecord record;
    Claim &claim = record.claim;
    claim.articleId = articleId;
    claim.start = candidate.start;
    claim.end = candidate.end;
    claim.quote = TextQuoteSelector::fromSpan(owner->text, claim.start, claim.end);
    switch (candidate.kind) {
    case Candidate::Kind::Figure: {
        claim.kind = ClaimKind::Figure;
        const FigureData &data = candidate.figure;
        Figure figure;
        figure.stated = candidate.text;
        figure.value = data.value.toString();
        if (data.isRange) {
            figure.low = data.low.toString();
            figure.high = data.high.toString();
        }
        figure.unit = data.unit;
        figure.qualifier = qualifierKey(data.qualifier);
        record.figures.append(figure);
        break;
    }
    case Candidate::Kind::Quote:
        claim.kind = ClaimKind::Quote;
        claim.claimant = speakerEntityName(candidate.quote);
        claim.wording = candidate.quote.text;
        break;
    case Candidate::Kind::Date:
        claim.kind = ClaimKind::Statement;
        break;
    }
    return addClaimRecord(record, tr("Accept Candidate “%1”").arg(candidate.text.simplified().left(40)));
}

Result<Claim> ProjectDocument::addClaimRecord(const ClaimRecord &record, const QString &actionText)
{
    auto added = insertClaim(record);
    if (added) {
        ClaimRecord stored = record;
        stored.claim = added.value();
        m_undoStack->push(new AddClaimCommand(this, stored, actionText));
    }
    return added;
}

Result<Entity> ProjectDocument::ensureEntity(const QString &name)
{
    Entity wanted;
    wanted.name = name;
    return ensureEntity(wanted);
}

Result<Entity> ProjectDocument::ensureEntity(const Entity &wanted)
{
    auto entities = reported(m_project->entities());
    if (!entities)
        return Error{entities.error()};
    const auto matches = [&wanted](const Entity &entity) {
        if (entity.name.compare(wanted.name, Qt::CaseInsensitive) == 0
            || entity.aliases.contains(wanted.name, Qt::CaseInsensitive))
            return true;
        for (const QString &alias : wanted.aliases)
            if (entity.name.compare(alias, Qt::CaseInsensitive) == 0)
                return true;
        return false;
    };
    for (const Entity &entity : entities.value()) {
        if (matches(entity))
            return entity;
    }
    return reported(m_project->addEntity(wanted));
}

QString ProjectDocument::speakerEntityName(const QuoteData &quote)
{
    // The speaker's entity: found by its name or an alias (in this article or any other),
    // or made with the aliases and role the article gives, so that 머스크 CEO, 그 and
    // 일론 머스크 file their quotes under one name. Anonymous sources stay words.
    const QString written = quote.resolvedSpeaker.isEmpty() ? quote.speaker : quote.resolvedSpeaker;
    if (quote.entity.isEmpty() || quote.speakerKind == QLatin1StringView("anonymous"))
        return quote.entity.isEmpty() ? written : quote.entity;
    Entity wanted;
    wanted.name = quote.entity;
    wanted.kind
        = quote.speakerKind == QLatin1StringView("organisation") ? Entity::Kind::Organization : Entity::Kind::Person;
    wanted.role = quote.speakerRole;
    wanted.aliases = quote.speakerAliases;
    if (!quote.speakerName.isEmpty() && quote.speakerName != quote.entity)
        wanted.aliases.prepend(quote.speakerName);
    const auto entity = ensureEntity(wanted);
    return entity ? entity->name : quote.entity;
}

Status ProjectDocument::setClaimSpan(qint64 claimId, qsizetype start, qsizetype end, bool stepping)
{
    auto current = claim(claimId);
    if (!current)
        return reported(Status(Error{tr("The claim no longer exists.")}));
    const auto owner = article(current->articleId);
    if (!owner)
        return reported(Status(Error{tr("The claim's article no longer exists.")}));
    const auto span = reported(trimmedSpan(current->articleId, start, end));
    if (!span)
        return Error{span.error()};
    if (current->versionId != 0 && current->versionId != owner->versionId) {
        // A claim left on an earlier version (not found for sure in the new text) is
        // placed by hand: it moves to the current version, verdict and evidence kept.
        const QList<ClaimPlacement> after{{claimId, owner->versionId, span->first, span->second}};
        const QList<ClaimPlacement> before{{claimId, current->versionId, current->start, current->end}};
        if (Status moved = moveClaims(after); !moved)
            return moved;
        m_undoStack->push(new MoveClaimsCommand(this, after, before, tr("Move Claim to the Current Version")));
        return {};
    }
    current->start = span->first;
    current->end = span->second;
    current->quote = TextQuoteSelector::fromSpan(owner->text, span->first, span->second);
    return editClaims({*current}, tr("Change Claim Span"), stepping);
}

void ProjectDocument::setAnalystName(const QString &name)
{
    m_project->setAnalystName(name);
}

Status ProjectDocument::setClaimVerdict(qint64 claimId, Verdict verdict)
{
    return setClaimsVerdict({claimId}, verdict);
}

Status ProjectDocument::setClaimsVerdict(const QList<qint64> &claimIds, Verdict verdict)
{
    QList<Claim> changed;
    for (const qint64 id : claimIds) {
        auto current = claim(id);
        if (!current)
            return reported(Status(Error{tr("The claim no longer exists.")}));
        current->verdict = verdict;
        changed.append(*current);
    }
    return editClaims(changed, tr("Set Verdict to %1").arg(verdictDisplayName(verdict)));
}

Status ProjectDocument::setClaimKind(qint64 claimId, ClaimKind kind)
{
    auto current = claim(claimId);
    if (!current)
        return reported(Status(Error{tr("The claim no longer exists.")}));
    if (current->kind == kind)
        return {};
    current->kind = kind;
    return editClaim(*current, tr("Set Kind to %1").arg(claimKindDisplayName(kind)));
}

Status ProjectDocument::editClaim(const Claim &changed, const QString &actionText)
{
    return editClaims({changed}, actionText);
}

Status ProjectDocument::editClaims(const QList<Claim> &changed, const QString &actionText)
{
    return editClaims(changed, actionText, false);
}

Status ProjectDocument::editClaims(const QList<Claim> &changed, const QString &actionText, bool spanEdit)
{
    QList<EditClaimsCommand::Change> changes;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const Claim &claim : changed) {
        const auto before = this->claim(claim.id);
        if (!before)
            return reported(Status(Error{tr("The claim no longer exists.")}));
        Claim after = claim;
        after.tags = normalizedTags(claim.tags);
        if (*before == after)
            continue; // already so: nothing to save or undo
        after.modifiedAt = now;
        changes.append({before.value(), after});
    }
    if (changes.isEmpty())
        return {};
    QList<Claim> after;
    for (const EditClaimsCommand::Change &change : std::as_const(changes))
        after.append(change.after);
    auto replaced = replaceClaims(after);
    if (replaced)
        m_undoStack->push(new EditClaimsCommand(
            this, changes, actionText, spanEdit ? EditClaimsCommand::Kind::Span : EditClaimsCommand::Kind::Fields));
    return replaced;
}

Status ProjectDocument::removeClaims(const QList<qint64> &claimIds)
{
    QList<ClaimRecord> removed;
    for (const qint64 id : claimIds) {
        auto record = reported(claimRecord(id));
        if (!record)
            continue;
        removed.append(record.value());
    }
    if (removed.isEmpty())
        return {};
    QList<qint64> ids;
    for (const ClaimRecord &record : std::as_const(removed))
        ids.append(record.claim.id);
    if (Status deleted = deleteClaims(ids); !deleted)
        return deleted;
    m_undoStack->push(new RemoveClaimsCommand(this, removed));
    return {};
}

void ProjectDocument::adoptAdded(const Article &article)
{
    m_articles.append(article);
    Q_EMIT articleAdded(article);
}

void ProjectDocument::adoptUpdated(const Article &article)
{
    for (Article &cached : m_articles) {
        if (cached.id == article.id)
            cached = article;
    }
    Q_EMIT articleUpdated(article);
}

qsizetype ProjectDocument::claimCount(qint64 articleId) const
{
    return m_claims.countForArticle(articleId);
}

Result<Article> ProjectDocument::insertArticle(const Article &article, const QByteArray &original)
{
    auto added = reported(m_project->addArticle(article, original));
    if (added)
        adoptAdded(added.value());
    return added;
}

Status ProjectDocument::deleteArticle(qint64 articleId)
{
    auto removed = reported(m_project->removeArticle(articleId));
    if (!removed)
        return removed;
    m_candidates.clear(); // a row id of a removed version may be given to another text
    // The database removed the article's claims with it; tell the views about each.
    for (const Claim &claim : claimsForArticle(articleId)) {
        m_claims.remove(claim.id);
        Q_EMIT claimRemoved(claim);
    }
    m_articles.removeIf([articleId](const Article &article) { return article.id == articleId; });
    Q_EMIT articleRemoved(articleId);
    return removed;
}

Result<Article> ProjectDocument::insertVersion(const Article &version, const QByteArray &original)
{
    auto added = reported(m_project->addArticleVersion(version.id, version, original));
    if (added)
        adoptUpdated(added.value());
    return added;
}

Status ProjectDocument::moveClaims(const QList<ClaimPlacement> &placements)
{
    const Status moved = reported(m_project->inTransaction([&]() -> Status {
        for (const ClaimPlacement &placement : placements) {
            if (Status carried
                = m_project->carryClaim(placement.claimId, placement.versionId, placement.start, placement.end);
                !carried)
                return carried;
        }
        return {};
    }));
    if (!moved)
        return moved;
    for (const ClaimPlacement &placement : placements) {
        auto claim = reported(m_project->claim(placement.claimId));
        if (!claim)
            return Error{claim.error()};
        m_claims.insert(claim.value());
        Q_EMIT claimChanged(claim.value());
    }
    return {};
}

Status ProjectDocument::deleteLatestVersion(qint64 articleId)
{
    const auto current = article(articleId);
    auto removed = reported(m_project->removeLatestVersion(articleId));
    m_candidates.clear(); // a row id of a removed version may be given to another text
    if (!removed || !current)
        return removed;
    for (const Claim &claim : claimsForArticle(articleId)) {
        if (claim.versionId == current->versionId) {
            m_claims.remove(claim.id);
            Q_EMIT claimRemoved(claim);
        }
    }
    auto previous = reported(m_project->article(articleId));
    if (!previous)
        return Error{previous.error()};
    adoptUpdated(previous.value());
    return {};
}

Result<Claim> ProjectDocument::insertClaim(const ClaimRecord &record)
{
    auto added = insertClaims({record});
    if (!added)
        return Error{added.error()};
    return added->constFirst();
}

Result<QList<Claim>> ProjectDocument::insertClaims(const QList<ClaimRecord> &records)
{
    QList<Claim> added;
    const Status stored = m_project->inTransaction([&]() -> Status {
        for (const ClaimRecord &record : records) {
            auto claim = m_project->addClaim(record.claim);
            if (!claim)
                return Error{claim.error()};
            for (Figure figure : record.figures) {
                figure.claimId = claim->id;
                if (auto saved = m_project->addFigure(figure); !saved)
                    return Error{saved.error()};
            }
            for (Evidence evidence : record.evidence) {
                evidence.claimId = claim->id;
                if (auto saved = m_project->addEvidence(evidence); !saved)
                    return Error{saved.error()};
            }
            added.append(claim.value());
        }
        return {};
    });
    if (!reported(stored))
        return Error{stored.error()};
    // The views hear of the claims once all are saved.
    for (const Claim &claim : std::as_const(added)) {
        m_claims.insert(claim);
        Q_EMIT claimAdded(claim);
    }
    return added;
}

Result<ClaimRecord> ProjectDocument::claimRecord(qint64 claimId) const
{
    const auto found = claim(claimId);
    if (!found)
        return Error{tr("The claim no longer exists.")};
    auto figures = m_project->figuresForClaim(claimId);
    if (!figures)
        return Error{figures.error()};
    auto evidence = m_project->evidenceForClaim(claimId);
    if (!evidence)
        return Error{evidence.error()};
    return ClaimRecord{found.value(), figures.value(), evidence.value()};
}

Status ProjectDocument::replaceClaims(const QList<Claim> &claims)
{
    const Status updated = reported(m_project->inTransaction([&]() -> Status {
        for (const Claim &claim : claims) {
            if (Status saved = m_project->updateClaim(claim); !saved)
                return saved;
        }
        return {};
    }));
    if (updated) {
        for (const Claim &claim : claims) {
            m_claims.insert(claim);
            Q_EMIT claimChanged(claim);
        }
    }
    return updated;
}

Status ProjectDocument::deleteClaim(qint64 claimId)
{
    return deleteClaims({claimId});
}

Status ProjectDocument::deleteClaims(const QList<qint64> &claimIds)
{
    QList<Claim> existing;
    for (const qint64 id : claimIds) {
        if (const auto found = claim(id))
            existing.append(*found);
    }
    const Status removed = reported(m_project->inTransaction([&]() -> Status {
        for (const qint64 id : claimIds) {
            if (Status deleted = m_project->removeClaim(id); !deleted)
                return deleted;
        }
        return {};
    }));
    if (removed) {
        for (const Claim &claim : std::as_const(existing)) {
            m_claims.remove(claim.id);
            Q_EMIT claimRemoved(claim);
        }
    }
    return removed;
}

Result<Source> ProjectDocument::addSource(const Source &source, const QList<Snapshot> &snapshots)
{
    SourceRecord record{source, snapshots, {}};
    auto added = insertSource(record);
    if (added) {
        record.source = added.value();
        m_undoStack->push(new AddSourceCommand(this, record));
    }
    return added;
}

Result<int> ProjectDocument::addArticleLinksAsSources(qint64 articleId)
{
    const auto owner = article(articleId);
    if (!owner)
        return reported(Result<int>(Error{tr("The article no longer exists.")}));
    // The import kept the page's links with the version it made.
    QList<QUrl> links;
    for (const QString &address : std::as_const(owner->links)) {
        const QUrl link(address);
        if (link.scheme() != QLatin1StringView("http") && link.scheme() != QLatin1StringView("https"))
            continue;
        if (auto existing = m_project->findSourceByUrl(link.toString()); existing && !existing->has_value())
            links.append(link);
    }
    if (links.isEmpty())
        return 0;
    int added = 0;
    m_undoStack->beginMacro(tr("Add the Article's Links as Sources"));
    for (const QUrl &link : std::as_const(links)) {
        Source source;
        source.kind = SourceKind::WebPage;
        source.title = link.host() + link.path();
        source.url = link.toString();
        source.notes = tr("Linked from “%1”").arg(owner->title);
        if (addSource(source))
            ++added;
    }
    m_undoStack->endMacro();
    return added;
}

Status ProjectDocument::removeSource(qint64 sourceId)
{
    auto source = reported(m_project->source(sourceId));
    if (!source)
        return Error{source.error()};
    auto snapshots = reported(m_project->snapshots(sourceId));
    auto evidence = reported(m_project->evidenceForSource(sourceId));
    if (!snapshots || !evidence)
        return Error{tr("The source could not be read.")};
    const SourceRecord record{source.value(), snapshots.value(), evidence.value()};
    if (auto removed = deleteSource(sourceId); !removed)
        return removed;
    m_undoStack->push(new RemoveSourceCommand(this, record));
    return {};
}

Result<Evidence> ProjectDocument::linkEvidence(const Evidence &evidence)
{
    if (!findClaim(evidence.claimId))
        return reported(Result<Evidence>(Error{tr("The claim no longer exists.")}));
    auto added = insertEvidence(evidence);
    if (added)
        m_undoStack->push(new EvidenceCommand(this, added.value(), false));
    return added;
}

Status ProjectDocument::removeEvidence(qint64 evidenceId)
{
    auto claimId = reported(m_project->claimIdOfEvidence(evidenceId));
    if (!claimId)
        return Error{claimId.error()};
    auto all = reported(m_project->evidenceForClaim(claimId.value()));
    if (!all)
        return Error{all.error()};
    for (const Evidence &evidence : all.value()) {
        if (evidence.id != evidenceId)
            continue;
        if (auto removed = deleteEvidence(evidence); !removed)
            return removed;
        m_undoStack->push(new EvidenceCommand(this, evidence, true));
        return {};
    }
    return {};
}

Result<Source> ProjectDocument::insertSource(const SourceRecord &record)
{
    Source added;
    const Status stored = m_project->inTransaction([&]() -> Status {
        auto source = m_project->addSource(record.source);
        if (!source)
            return Error{source.error()};
        added = source.value();
        for (Snapshot snapshot : record.snapshots) {
            snapshot.sourceId = added.id;
            if (auto saved = m_project->addSnapshot(snapshot); !saved)
                return Error{saved.error()};
        }
        for (Evidence evidence : record.evidence) {
            evidence.sourceId = added.id;
            if (auto saved = m_project->addEvidence(evidence); !saved)
                return Error{saved.error()};
        }
        return {};
    });
    if (!reported(stored))
        return Error{stored.error()};
    Q_EMIT sourcesChanged();
    for (const Evidence &evidence : record.evidence)
        Q_EMIT evidenceChanged(evidence.claimId);
    return added;
}

Status ProjectDocument::deleteSource(qint64 sourceId)
{
    auto cited = m_project->evidenceForSource(sourceId);
    auto removed = reported(m_project->removeSource(sourceId));
    if (!removed)
        return removed;
    Q_EMIT sourcesChanged();
    if (cited) {
        for (const Evidence &evidence : cited.value())
            Q_EMIT evidenceChanged(evidence.claimId);
    }
    return {};
}

Result<Evidence> ProjectDocument::insertEvidence(const Evidence &evidence)
{
    auto added = reported(m_project->addEvidence(evidence));
    if (added) {
        Q_EMIT evidenceChanged(added->claimId);
        Q_EMIT sourcesChanged(); // claim counts per source
    }
    return added;
}

Status ProjectDocument::deleteEvidence(const Evidence &evidence)
{
    auto removed = reported(m_project->removeEvidence(evidence.id));
    if (removed) {
        Q_EMIT evidenceChanged(evidence.claimId);
        Q_EMIT sourcesChanged();
    }
    return removed;
}

} // namespace ClaimLedger
