#pragma once

#include "article.h"
#include "claim.h"
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>

namespace ClaimLedger {

/// One open project file: a SQLite database holding articles, claims and the change
/// log. Every edit is one transaction, durable when the call returns
/// (synchronous=FULL, rollback journal, so nothing but the file remains at rest).
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
    /// with a message saying why; a project written by a newer version, or a file that
    /// cannot be written, opens read-only (see readOnlyReason()).
    static Result<std::unique_ptr<Project>> open(const QString &path);

    ~Project();
    Q_DISABLE_COPY_MOVE(Project)

    QString path() const;
    /// The file name without its extension, as shown in title bars and reports.
    QString displayName() const;

    bool isReadOnly() const;
    /// Why the project is read-only, in the user's language; empty when writable.
    QString readOnlyReason() const;

    /// The analyst recorded in the change log for the edits that follow.
    void setAnalystName(const QString &name);

    /// Stores an article with its original bytes. An article with id 0 gets a new id
    /// (and a UUID if it has none); one with an id is restored under that id, which
    /// is how undo brings back what it removed.
    Result<Article> addArticle(Article article, const QByteArray &original);
    /// Removes an article and, with it, its claims.
    Status removeArticle(qint64 articleId);
    Result<QList<Article>> articles() const;
    Result<Article> article(qint64 articleId) const;
    Result<QByteArray> articleOriginal(qint64 articleId) const;

    /// Stores a claim; ids as for addArticle(). The span must lie inside its
    /// article's text.
    Result<Claim> addClaim(Claim claim);
    Status updateClaim(const Claim &claim);
    Status removeClaim(qint64 claimId);
    /// All claims, by article and then by position in the text.
    Result<QList<Claim>> claims() const;
    Result<QList<Claim>> claimsForArticle(qint64 articleId) const;
    Result<Claim> claim(qint64 claimId) const;

    /// Number of change-log entries (one per edit).
    Result<qint64> changeCount() const;

private:
    struct Private;
    explicit Project(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace ClaimLedger
