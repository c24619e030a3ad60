#pragma once

#include "article.h"
#include "claim.h"
#include "entity.h"
#include "evidence.h"
#include "figure.h"
#include "fileidentity.h"
#include "result.h"
#include "snapshot.h"
#include "source.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace ClaimLedger {

/// One match of a full-text search.
struct SearchHit {
    enum class Kind { Article, Claim, Source, Evidence };
    Kind kind = Kind::Article;
    qint64 objectId = 0; ///< article version, claim, source or evidence id
    QString snippet; ///< the matching text with the match in [brackets]
};

/// One stored version of an article, as a whole-project export writes it.
struct ArticleVersion {
    qint64 id = 0;
    QUuid uuid;
    int number = 1;
    QByteArray original;
    QString encoding;
    QString text;
    QList<TextBlock> structure;
    QStringList links; ///< as Article::links
    QDateTime importedAt;
};

/// What `claimledger-cli check` and `info` report.
struct ProjectInfo {
    QString uuid;
    int schemaVersion = 0;
    QMap<QString, qint64> counts; ///< objects per table
    QString integrity; ///< "ok", or what PRAGMA integrity_check found; empty when not run
};

/// One open project file: a SQLite database holding articles with their versions,
/// claims, figures, tags, entities, sources with snapshots, evidence and the change
/// log. Every edit is one transaction, durable when the call returns
/// (synchronous=FULL, rollback journal, so nothing but the file remains at rest), and
/// recorded in the change log in the same transaction.
///
/// Files from elsewhere are opened defensively: the header is read before SQLite sees
/// the file, SQLite runs in defensive mode with trusted_schema off, and a file whose
/// schema holds anything ClaimLedger did not put there is refused.
///
/// Not a QObject: the document layer above adds signals and undo. One Project per
/// thread; it owns its own named connection.
class Project final
{
    Q_DECLARE_TR_FUNCTIONS(Project)

public:
    /// Creates a new, empty project at `path`, which must not exist yet. The file is
    /// built under a temporary name and renamed, so a crash never leaves half a project.
    static Result<std::unique_ptr<Project>> create(const QString &path);

    /// Opens an existing project. Files that are not ClaimLedger projects are refused
    /// with a message saying why. A project written by a newer version, one that cannot
    /// be written, or one open in another window opens read-only (see
    /// readOnlyReason()). An older project is upgraded after a backup copy is written
    /// beside it (backupPath()).
    /// `ReadOnly` opens for reading only, as the command line's listings do: nothing
    /// is locked, upgraded or written.
    /// `Inspect` is what `claimledger-cli check` needs: read-only, and it also opens
    /// files of an older format without upgrading them (only info() may be asked of
    /// those) and files holding values ClaimLedger never writes, which info(true)
    /// reports. A write interrupted by a crash or a full disk (a hot journal) is rolled
    /// back first where the file can be written, as any open would; see recoveredJournal().
    enum class OpenMode { ReadWrite, ReadOnly, Inspect };
    static Result<std::unique_ptr<Project>> open(const QString &path, OpenMode mode = OpenMode::ReadWrite);

    /// What another thread needs to open its own connection to this project.
    struct Peer {
        QString path;
        QString analyst;
    };
    Peer peer() const;
    /// Opens a second connection to a project this process has open for writing, for
    /// long work (a large import) on another thread: Qt's SQL connections belong to the
    /// thread that opened them, so call this on the thread that will use the result.
    /// It takes no lock (the first connection holds it), never upgrades, and records
    /// the same analyst in the change log. SQLite serialises its writes with the first
    /// connection's.
    static Result<std::unique_ptr<Project>> openPeer(const Peer &peer);

    ~Project();
    Q_DISABLE_COPY_MOVE(Project)

    QString path() const;
    /// The file name without its extension, as shown in title bars and reports.
    QString displayName() const;
    bool isReadOnly() const;
    /// Why the project is read-only, in the user's language; empty when writable.
    QString readOnlyReason() const;
    /// The backup written before upgrading this file when it was opened; else empty.
    QString backupPath() const;
    /// Whether opening rolled back a write that a crash or a full disk interrupted.
    bool recoveredJournal() const;

    /// Whether the file at the project's path is still the one that was opened. When
    /// it was moved, replaced or deleted, every edit is refused (it would go to a file
    /// no longer there, or vanish) while everything already read can still be saved
    /// elsewhere with saveCopy(), since the connection still holds the original file.
    bool fileIsStillThere() const;
    /// Whether the file starts as a ClaimLedger project does (SQLite's header with the
    /// project's application id); the same test open() makes before SQLite reads it.
    static bool isProjectFile(const QString &path);
    /// Whether some Project of this process has the file open.
    static bool isOpenFile(const FileIdentity &file);

    /// The analyst recorded in the change log for the edits that follow.
    void setAnalystName(const QString &name);

    /// Runs `work` as one transaction: the edits it makes are saved together or not at
    /// all (bulk imports). Edits inside do not commit on their own.
    Status inTransaction(const std::function<Status()> &work);
    /// inTransaction() for adding a great many objects at once (reading a whole-project
    /// export): the change log gets one entry, `operation` with `summary`, instead of
    /// one per object, and the search index is built once at the end.
    Status inBulkTransaction(const QString &operation, const QJsonObject &summary, const std::function<Status()> &work);

    // Articles. An article with id 0 gets a new id (and a UUID if it has none); one
    // with an id is restored under that id, which is how undo brings back what it
    // removed. The article's text becomes its version 1.
    Result<Article> addArticle(Article article, const QByteArray &original);
    /// Adds a new version of an article; claims on older versions stay on them. `content`
    /// gives the version's text, encoding, structure and links; a `content.versionId`
    /// other than 0 restores a removed version under that id (redo).
    Result<Article> addArticleVersion(qint64 articleId, const Article &content, const QByteArray &original);
    /// Removes the latest version of an article (undo of a re-import), with the claims
    /// made on it; the only version of an article is never removed.
    Status removeLatestVersion(qint64 articleId);
    /// What importArticle() did.
    enum class ImportOutcome { Added, NewVersion, Unchanged };
    /// Adds an article, or — when one from the same source is already here — a new
    /// version of it if its text changed, or nothing if it did not.
    Result<Article> importArticle(const Article &article, const QByteArray &original, ImportOutcome *outcome);
    /// Removes an article and, with it, its versions and claims.
    Status removeArticle(qint64 articleId);
    /// Every article as of its latest version.
    Result<QList<Article>> articles() const;
    Result<Article> article(qint64 articleId) const;
    /// The original bytes of the article's latest version.
    Result<QByteArray> articleOriginal(qint64 articleId) const;
    Result<int> versionCount(qint64 articleId) const;
    /// Every version of an article, oldest first, with its original bytes.
    Result<QList<ArticleVersion>> articleVersions(qint64 articleId) const;
    /// Rebuilds an article with all its versions, UUIDs and times as given (importing a
    /// whole-project export). `article` gives the metadata; the versions the texts.
    Result<Article> restoreArticle(const Article &article, const QList<ArticleVersion> &versions);

    // Claims. The span must lie inside the text of the claim's version (the latest
    // when versionId is 0), and a quote given must be the text at the span (one left
    // empty is filled from the text).
    Result<Claim> addClaim(Claim claim);
    Status updateClaim(const Claim &claim);
    /// Moves a claim to another version of its article at text[start, end) of that
    /// version, taking its quote from there: how a claim is carried to an edited text.
    /// Verdict, evidence, notes and tags stay with it; the change log keeps both places.
    Status carryClaim(qint64 claimId, qint64 versionId, qsizetype start, qsizetype end);
    Status removeClaim(qint64 claimId);
    /// All claims, by article and then by position in the text.
    Result<QList<Claim>> claims() const;
    /// `limit` claims from `offset` in the same order: what a table shows first.
    Result<QList<Claim>> claimsPage(qint64 offset, qint64 limit) const;
    Result<QList<Claim>> claimsWithVerdict(Verdict verdict) const;
    Result<QList<Claim>> claimsForArticle(qint64 articleId) const;
    Result<Claim> claim(qint64 claimId) const;
    Status setClaimTags(qint64 claimId, const QStringList &tags);
    Result<QStringList> claimTags(qint64 claimId) const;
    /// Every tag some claim carries, sorted.
    Result<QStringList> tags() const;

    Result<Figure> addFigure(Figure figure);
    Result<QList<Figure>> figuresForClaim(qint64 claimId) const;
    /// Every figure of the project by claim, in one read (reports of 100,000 claims).
    Result<QHash<qint64, QList<Figure>>> figuresByClaim() const;

    // The source library and evidence.
    Result<Source> addSource(Source source);
    Status updateSource(const Source &source);
    Status removeSource(qint64 sourceId);
    Result<QList<Source>> sources() const;
    Result<Source> source(qint64 sourceId) const;
    /// Stores a snapshot; its SHA-256 is computed here from the bytes.
    Result<Snapshot> addSnapshot(Snapshot snapshot);
    Result<QList<Snapshot>> snapshots(qint64 sourceId) const;
    /// The source whose address is this one once both are canonical (canonicalUrl()):
    /// what adding a source offers to reuse.
    Result<std::optional<Source>> findSourceByUrl(const QString &url) const;
    /// How many claims each source is evidence for.
    Result<QHash<qint64, int>> claimCountsPerSource() const;
    Result<Evidence> addEvidence(Evidence evidence);
    Status removeEvidence(qint64 evidenceId);
    Result<QList<Evidence>> evidenceForClaim(qint64 claimId) const;
    Result<QList<Evidence>> evidenceForSource(qint64 sourceId) const;
    Result<Entity> addEntity(Entity entity);
    Result<QList<Entity>> entities() const;

    /// Full-text search over article text, claims (text, wording, rationale,
    /// claimant), sources and evidence notes, best matches first. Works for Korean:
    /// any run of characters matches, particles and all.
    Result<QList<SearchHit>> search(const QString &query, int limit = 50) const;
    /// The article an article version (as a search hit names it) belongs to.
    Result<qint64> articleIdOfVersion(qint64 versionId) const;
    /// The claim a piece of evidence supports or contradicts.
    Result<qint64> claimIdOfEvidence(qint64 evidenceId) const;

    /// Schema version, counts of each object and, when asked, PRAGMA integrity_check.
    Result<ProjectInfo> info(bool checkIntegrity) const;
    /// Writes a compact, consistent copy of the project to `path` (VACUUM INTO), which
    /// must not exist; this project stays open where it is.
    Status saveCopy(const QString &path) const;
    /// Number of change-log entries (one per edit).
    Result<qint64> changeCount() const;

    struct Private;

private:
    explicit Project(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace ClaimLedger
