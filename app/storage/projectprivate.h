#pragma once

// Internals shared by the files that implement Project (project.cpp, projectclaims.cpp,
// projectlibrary.cpp, projectsearch.cpp). Not installed, not for other layers.

#include "domainjson.h"
#include "project.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QLockFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>
#include <QVariantHash>

#include <memory>
#include <optional>

struct sqlite3;

namespace ClaimLedger {

QString uuidText(const QUuid &uuid);
/// The SQLite connection under a Qt one, for what QtSql does slowly or not at all.
sqlite3 *nativeHandle(const QSqlDatabase &db);
/// An article version's metadata_json: what the import found beside the text.
QString versionMetadataText(const QStringList &links);
QStringList linksFromMetadata(const QString &metadataJson);

/// Codes of the kinds of object in the search index: rowid = object id × 8 + code, so
/// an object's entry is found by its rowid without scanning the index.
enum class SearchKind { ArticleVersion = 1, Claim = 2, Source = 3, Evidence = 4 };

struct Project::Private {
    QString path;
    QString connectionName;
    QString readOnlyReason;
    QString backupPath;
    bool recoveredJournal = false;
    QString analyst;
    std::unique_ptr<QLockFile> lock;
    /// The file as opened; checked before each edit (refuseIfReadOnly()).
    std::optional<FileIdentity> identity;
    // Each statement is prepared once per connection and reused (bound by name).
    QHash<QString, QSqlQuery> statements;
    int transactionDepth = 0;
    /// Set while inBulkTransaction() runs: edits write no change-log or search-index
    /// entry of their own; the bulk step writes one entry and the whole index at its end.
    bool bulk = false;
    bool innerFailed = false;
    /// The text of the version claims were last added to: a version's text never
    /// changes, so adding many claims to one version (import-json, a merge) reads it
    /// once. Forgotten when a version or article is deleted (its id may come back) and
    /// when a transaction rolls back (the version may not exist any more).
    struct VersionText {
        qint64 versionId = 0;
        qint64 articleId = 0;
        QString text;
    } lastVersionText;
    void forgetVersionText() { lastVersionText = {}; }
    /// The text of an article's version (its latest when `versionId` is 0), through
    /// lastVersionText: adding or carrying many claims to one version reads it once.
    Result<const VersionText *> versionText(qint64 articleId, qint64 versionId);

    ~Private();
    /// Records the file's identity and lists it among this process's open projects.
    void registerFile();
    /// Empty while the file at `path` is the one opened; else why edits are refused.
    QString lostFileReason() const;

    QSqlDatabase db() const { return QSqlDatabase::database(connectionName, false); }

    /// Runs a prepared statement with named values; on failure says why.
    Result<QSqlQuery *> run(const QString &sql, const QVariantHash &values = {});
    Status refuseIfReadOnly() const;
    Status logChange(const QString &operation, const QUuid &uuid, const QJsonObject &before, const QJsonObject &after);
    /// logChange() for a new object, whose record is built only when it is written: a
    /// bulk change logs itself once, and 100,000 records would be built for nothing.
    template<typename Object>
    Status logAdded(const QString &operation, const Object &object)
    {
        return bulk ? Status() : logChange(operation, object.uuid, {}, toJson(object));
    }
    Status index(SearchKind kind, qint64 id, const QString &body);
    Status unindex(SearchKind kind, qint64 id);
    /// The search index made again from the rows: four INSERT … SELECT statements,
    /// instead of one insert per object.
    Status rebuildSearchIndex();
    /// Replaces a claim's tags (normalized already), creating tags not seen before.
    Status writeClaimTags(qint64 claimId, const QStringList &tags);

    /// One edit's transaction. Only the outermost of nested ones (inTransaction())
    /// begins and commits; an inner one that ends uncommitted fails the outer one.
    class Transaction final
    {
    public:
        explicit Transaction(Private *d);
        ~Transaction();
        Q_DISABLE_COPY_MOVE(Transaction)
        Status commit();

    private:
        Private *d;
        bool m_outer;
        bool m_began;
        bool m_done = false;
    };
};

/// Reads every row a query returns, one value per row.
template<typename Row>
Result<QList<Row>> readRows(Result<QSqlQuery *> query, Row (*fromRow)(const QSqlQuery &))
{
    if (!query)
        return Error{query.error()};
    QList<Row> rows;
    while (query.value()->next())
        rows.append(fromRow(*query.value()));
    query.value()->finish();
    return rows;
}

/// Reads the one row a query returns; `missing` is the message when there is none.
template<typename Row>
Result<Row> readRow(Result<QSqlQuery *> query, Row (*fromRow)(const QSqlQuery &), const QString &missing)
{
    if (!query)
        return Error{query.error()};
    if (!query.value()->next())
        return Error{missing};
    Row row = fromRow(*query.value());
    query.value()->finish();
    return row;
}

} // namespace ClaimLedger
