#pragma once

#include "article.h"
#include "candidate.h"
#include "claim.h"
#include "claimindex.h"
#include "importedarticle.h"
#include "project.h"
#include "reportwriter.h"
#include "result.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>

#include <functional>
#include <memory>
#include <optional>

class QUndoStack;

namespace ClaimLedger {

/// An article a worker thread imported and saved (ProjectDocument::storeFile()).
struct StoredImport {
    Article article; ///< as saved: the new article, its new version, or the unchanged one
    QByteArray original;
    Project::ImportOutcome outcome = Project::ImportOutcome::Added;
    QStringList warnings; ///< what the importer noticed (undecodable bytes and such)
};

/// Where a claim goes when it is carried to another version of its article.
struct ClaimPlacement {
    qint64 claimId = 0;
    qint64 versionId = 0;
    qsizetype start = 0;
    qsizetype end = 0;
};

/// What carrying an article's claims to a new version did, for the status bar.
struct CarrySummary {
    int carried = 0; ///< moved to the new version (figure changes included)
    int figureChanged = 0;
    int needsReview = 0; ///< left on the old version: only a guess
    int orphaned = 0; ///< left on the old version: gone
};

/// A report to render or write: its format (ReportFormat::name), the article it covers
/// (0: every article) and, when given, the only claims it shows (the table's filter).
struct ReportRequest {
    QString format;
    qint64 articleId = 0;
    std::optional<QSet<qint64>> claims;
    ReportWriter::Options options;
};

/// A claim with what hangs on it — its figures and its evidence — as deleting it and
/// undoing that move them together.
struct ClaimRecord {
    Claim claim;
    QList<Figure> figures;
    QList<Evidence> evidence;
};

/// A source with its snapshots and the evidence citing it, as removing it and undoing
/// that move them together.
struct SourceRecord {
    Source source;
    QList<Snapshot> snapshots;
    QList<Evidence> evidence;
};

/// An open project as the application sees it: the stored project, an undo stack and
/// signals for views. Every edit made through it is written to the file at once, is
/// pushed as one undo command, and is announced with a signal.
class ProjectDocument final : public QObject
{
    Q_OBJECT

public:
    /// A document over a new, empty project.
    explicit ProjectDocument(std::unique_ptr<Project> project, QObject *parent = nullptr);
    /// A document over a project whose articles and claims were read already.
    ProjectDocument(std::unique_ptr<Project> project, QList<Article> articles, QList<Claim> claims,
                    QObject *parent = nullptr);
    ~ProjectDocument() override;

    /// Opens (or creates) a project file and reads it into a document.
    static Result<std::unique_ptr<ProjectDocument>> open(const QString &path);
    static Result<std::unique_ptr<ProjectDocument>> create(const QString &path);

    /// Reading only: every change goes through the document, and so through undo.
    const Project &project() const { return *m_project; }
    QUndoStack *undoStack() const { return m_undoStack; }
    /// Who the change log names for the edits from now on (not an edit itself).
    void setAnalystName(const QString &name);

    QList<Article> articles() const { return m_articles; }
    std::optional<Article> article(qint64 articleId) const;
    /// The article's title, or "" (views ask per cell, so without copying the article).
    QString articleTitle(qint64 articleId) const;
    QList<Claim> claims() const;
    /// Every claim id in text order, and a claim by id without a copy (null if none):
    /// what a view over 100,000 claims needs.
    QList<qint64> claimIds() const { return m_claims.idsInTextOrder(); }
    const Claim *findClaim(qint64 claimId) const { return m_claims.find(claimId); }
    qsizetype totalClaimCount() const { return m_claims.size(); }
    QList<Claim> claimsForArticle(qint64 articleId) const;
    /// Number of claims on an article, kept as claims come and go (views ask per row).
    qsizetype claimCount(qint64 articleId) const;
    std::optional<Claim> claim(qint64 claimId) const;
    /// The claim with its figures and evidence, as deleting it would keep them for undo.
    Result<ClaimRecord> claimRecord(qint64 claimId) const;
    /// What the detector proposes in the first `length` characters of the article's
    /// text (the part a view shows), worked out once per version.
    QList<Candidate> candidates(const Article &article, qsizetype length) const;

    /// The report's bytes (for a preview, or any format but PDF), and the report
    /// written to a file whole or not at all.
    Result<QByteArray> renderReport(const ReportRequest &request) const;
    Status exportReport(const ReportRequest &request, const QString &path) const;

    // Undoable edits. Each is refused with a message (and errorOccurred) when it
    // cannot be made or saved; nothing is pushed then.
    /// Adds the article; one from the same source already here gets a new version when
    /// its text changed, and nothing when it did not (see `outcome`).
    Result<Article> importArticle(const ImportedArticle &imported, Project::ImportOutcome *outcome = nullptr);
    /// importArticle() with all it did: the outcome, the bytes and the importer's warnings.
    Result<StoredImport> importStored(const ImportedArticle &imported);
    /// Reads and imports one article file here, on the document's thread (ImportQueue
    /// reads many in the background).
    Result<StoredImport> importFile(const QString &path);
    /// Imports what was pasted: its HTML when that holds an article, else its text.
    /// Each paste is an article of its own, named by its time.
    Result<StoredImport> importPasted(const QString &html, const QString &text);
    /// Reads, parses and saves an article file through a connection of its own, for a
    /// worker thread: a 50 MB file takes seconds to index, which the window must not
    /// wait for. Hand the result to adoptStored() on the document's thread.
    static Result<StoredImport> storeFile(const Project::Peer &peer, const QString &path);
    /// Takes in what storeFile() saved: caches, signals and the undo command.
    void adoptStored(const StoredImport &stored);
    /// What the last new version of the article did to its claims.
    CarrySummary carrySummary(qint64 articleId) const { return m_carried.value(articleId); }
    Result<Claim> markClaim(qint64 articleId, qsizetype start, qsizetype end);
    /// Makes a claim of a candidate the detector proposed: its span, kind, speaker as
    /// claimant, and for a figure the normalized figure.
    Result<Claim> acceptCandidate(qint64 articleId, const Candidate &candidate);
    /// The entity with this name or alias, made when there is none (kept when the
    /// claimant edit that named it is undone, as a new tag is).
    Result<Entity> ensureEntity(const QString &name);
    /// The entity matching `wanted` by name or alias, or `wanted` added as a new one.
    Result<Entity> ensureEntity(const Entity &wanted);
    /// Moves a claim to another span of its article's text (trimmed like a mark).
    /// `stepping`: a step of a spin box; successive steps on one claim are one undo step.
    Status setClaimSpan(qint64 claimId, qsizetype start, qsizetype end, bool stepping = false);
    Status setClaimVerdict(qint64 claimId, Verdict verdict);
    /// One edit for every claim given: one undo step, one transaction.
    Status setClaimsVerdict(const QList<qint64> &claimIds, Verdict verdict);
    Status setClaimKind(qint64 claimId, ClaimKind kind);
    Status editClaim(const Claim &changed, const QString &actionText);
    /// The claims as given (those unchanged are left out): one undo step, one transaction.
    Status editClaims(const QList<Claim> &changed, const QString &actionText);
    /// One undo step, one transaction.
    Status removeClaims(const QList<qint64> &claimIds);

    /// Adds a source to the project's library with its snapshots (none for a source
    /// entered by hand).
    Result<Source> addSource(const Source &source, const QList<Snapshot> &snapshots = {});
    Status removeSource(qint64 sourceId);
    /// Makes sources of the links an article's own text makes (read again from the
    /// page it was imported from), skipping those already in the library: one
    /// undoable edit. Returns how many were added.
    Result<int> addArticleLinksAsSources(qint64 articleId);
    /// Links a claim to a source as evidence.
    Result<Evidence> linkEvidence(const Evidence &evidence);
    Status removeEvidence(qint64 evidenceId);

Q_SIGNALS:
    void articleAdded(const ClaimLedger::Article &article);
    void articleRemoved(qint64 articleId);
    /// A new version came or went: the article's text is another one now.
    void articleUpdated(const ClaimLedger::Article &article);
    void claimAdded(const ClaimLedger::Claim &claim);
    void claimChanged(const ClaimLedger::Claim &claim);
    void claimRemoved(const ClaimLedger::Claim &claim);
    /// A source came, went or changed.
    void sourcesChanged();
    /// The evidence of a claim changed.
    void evidenceChanged(qint64 claimId);
    void errorOccurred(const QString &message);

private:
    /// The claimant an accepted quote is filed under: its speaker's entity.
    QString speakerEntityName(const QuoteData &quote);
    // What the undo commands call, and nothing else may: every edit of the file from
    // outside the document goes through a command, so through undo.
    friend class AddClaimCommand;
    friend class DocumentCommand;
    friend class EditClaimsCommand;
    friend class ImportArticleCommand;
    friend class ImportVersionCommand;
    friend class MoveClaimsCommand;
    friend class RemoveClaimsCommand;
    friend class AddSourceCommand;
    friend class RemoveSourceCommand;
    friend class EvidenceCommand;

    // Write through to the project, then notify the views.
    Result<Source> insertSource(const SourceRecord &record);
    Status deleteSource(qint64 sourceId);
    Result<Evidence> insertEvidence(const Evidence &evidence);
    Status deleteEvidence(const Evidence &evidence);
    Result<Article> insertArticle(const Article &article, const QByteArray &original);
    Status deleteArticle(qint64 articleId);
    Result<Article> insertVersion(const Article &version, const QByteArray &original);
    Status deleteLatestVersion(qint64 articleId);
    /// Moves claims to other versions of their articles in one transaction.
    Status moveClaims(const QList<ClaimPlacement> &placements);
    // Each list call is one transaction; the views hear of the claims after it.
    Result<Claim> insertClaim(const ClaimRecord &record);
    Result<QList<Claim>> insertClaims(const QList<ClaimRecord> &records);
    Status replaceClaims(const QList<Claim> &claims);
    Status deleteClaim(qint64 claimId);
    Status deleteClaims(const QList<qint64> &claimIds);

    /// Runs an undo command's step. Its failure is reported once, by undoStepFailed(),
    /// not by each document call inside it.
    Status replaying(const std::function<Status()> &step);
    /// An undo or redo could not be saved: says so, and clears the undo history on the
    /// next turn of the event loop (the stack is inside the failed command now), since
    /// the steps left in it expect a file the failed one did not produce.
    void undoStepFailed(const QString &commandText, bool undoing, const QString &reason);

    /// `spanEdit`: successive span edits of one claim merge into one undo step.
    Status editClaims(const QList<Claim> &changed, const QString &actionText, bool spanEdit);
    template<typename T>
    T reported(T result);
    /// The article's text trimmed of white space at both ends of [start, end).
    Result<std::pair<qsizetype, qsizetype>> trimmedSpan(qint64 articleId, qsizetype start, qsizetype end);
    Result<Claim> addClaimRecord(const ClaimRecord &record, const QString &actionText);
    /// The request's format and what its report covers, or why there is none.
    Result<std::pair<const ReportFormat *, ReportContent>> preparedReport(const ReportRequest &request) const;
    void adoptAdded(const Article &article);
    void adoptUpdated(const Article &article);

    std::unique_ptr<Project> m_project;
    QUndoStack *m_undoStack;
    QList<Article> m_articles;
    ClaimIndex m_claims;
    QHash<qint64, CarrySummary> m_carried;
    struct DetectedCandidates {
        qsizetype length = 0;
        QList<Candidate> candidates;
    };
    mutable QHash<qint64, DetectedCandidates> m_candidates; // by version id
    bool m_replaying = false;
};

} // namespace ClaimLedger
