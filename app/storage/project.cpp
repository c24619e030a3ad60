#include "project.h"

#include "domainjson.h"
#include "projectschema.h"
#include "sqltransaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QtEndian>

namespace ClaimLedger {

namespace {

constexpr QByteArrayView sqliteMagic{"SQLite format 3\0", 16};

QString isoTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromIsoTime(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

QString uuidText(const QUuid &uuid)
{
    return uuid.toString(QUuid::WithoutBraces);
}

QString jsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

/// What the first 100 bytes of a file say, read before SQLite parses anything, so a
/// foreign file is refused without handing it to the database engine at all.
struct FileHeader {
    quint32 applicationId = 0;
    quint32 userVersion = 0;
};

Result<FileHeader> readHeader(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error{Project::tr("The file %1 does not exist.").arg(QDir::toNativeSeparators(path))};
    if (info.isDir())
        return Error{Project::tr("%1 is a folder, not a project file.").arg(QDir::toNativeSeparators(path))};

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Project::tr("Cannot read %1: %2.").arg(QDir::toNativeSeparators(path), file.errorString())};
    const QByteArray header = file.read(100);
    if (header.isEmpty())
        return Error{Project::tr("%1 is empty: it is not a ClaimLedger project.").arg(QDir::toNativeSeparators(path))};
    if (header.size() < 100 || !header.startsWith(sqliteMagic))
        return Error{Project::tr("%1 is not a ClaimLedger project (it is not a database file).")
                         .arg(QDir::toNativeSeparators(path))};

    FileHeader result;
    result.userVersion = qFromBigEndian<quint32>(header.constData() + 60);
    result.applicationId = qFromBigEndian<quint32>(header.constData() + 68);
    if (result.applicationId != ProjectSchema::ApplicationId)
        return Error{
            Project::tr("%1 is a database, but not a ClaimLedger project.").arg(QDir::toNativeSeparators(path))};
    return result;
}

bool canWriteBeside(const QString &path)
{
    // The rollback journal is created next to the file, so the folder must be writable too.
    const QFileInfo info(path);
    return info.isWritable() && QFileInfo(info.absolutePath()).isWritable();
}

QString newConnectionName()
{
    return QStringLiteral("claimledger-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

struct Project::Private {
    QString path;
    QString connectionName;
    QString readOnlyReason;
    QString analyst;
    // Each statement is prepared once per connection and reused (bound by name).
    QHash<QString, QSqlQuery> statements;

    ~Private()
    {
        statements.clear();
        if (!connectionName.isEmpty()) {
            QSqlDatabase::database(connectionName, false).close();
            QSqlDatabase::removeDatabase(connectionName);
        }
    }

    QSqlDatabase db() const { return QSqlDatabase::database(connectionName, false); }

    /// The prepared statement for `sql`, or nullptr with `error` set.
    QSqlQuery *prepare(const QString &sql, QString *error)
    {
        auto it = statements.find(sql);
        if (it == statements.end()) {
            QSqlQuery query(db());
            if (!query.prepare(sql)) {
                *error = query.lastError().text();
                return nullptr;
            }
            it = statements.insert(sql, std::move(query));
        }
        return &it.value();
    }

    /// Runs a prepared statement with named values; on failure returns the message.
    Result<QSqlQuery *> run(const QString &sql, const QVariantHash &values = {})
    {
        QString error;
        QSqlQuery *query = prepare(sql, &error);
        if (!query)
            return Error{tr("The project file could not be read or written: %1").arg(error)};
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            // A null QString binds as SQL NULL; text columns hold '' for "nothing".
            const bool nullText = it.value().typeId() == QMetaType::QString && it.value().toString().isNull();
            query->bindValue(it.key(), nullText ? QVariant(QStringLiteral("")) : it.value());
        }
        if (!query->exec())
            return Error{tr("The project file could not be read or written: %1").arg(query->lastError().text())};
        return query;
    }

    Status refuseIfReadOnly() const
    {
        if (readOnlyReason.isEmpty())
            return {};
        return Error{tr("The project cannot be changed: %1").arg(readOnlyReason)};
    }

    Status logChange(const QString &operation, const QUuid &uuid, const QJsonObject &before, const QJsonObject &after)
    {
        const auto result
            = run(QStringLiteral(
                      "INSERT INTO change_log (changed_at, analyst, operation, object_uuid, before_json, after_json) "
                      "VALUES (:at, :analyst, :operation, :uuid, :before, :after)"),
                  {{QStringLiteral(":at"), isoTime(QDateTime::currentDateTimeUtc())},
                   {QStringLiteral(":analyst"), analyst},
                   {QStringLiteral(":operation"), operation},
                   {QStringLiteral(":uuid"), uuidText(uuid)},
                   {QStringLiteral(":before"), before.isEmpty() ? QVariant() : QVariant(jsonText(before))},
                   {QStringLiteral(":after"), after.isEmpty() ? QVariant() : QVariant(jsonText(after))}});
        if (!result)
            return Error{result.error()};
        return {};
    }

    Status commit(SqlTransaction &transaction)
    {
        if (transaction.commit())
            return {};
        return Error{tr("The change could not be saved: %1").arg(db().lastError().text())};
    }
};

namespace {

Article articleFromRow(const QSqlQuery &query)
{
    Article article;
    article.id = query.value(0).toLongLong();
    article.uuid = QUuid::fromString(query.value(1).toString());
    article.title = query.value(2).toString();
    article.source = query.value(3).toString();
    article.encoding = query.value(4).toString();
    article.language = query.value(5).toString();
    article.text = query.value(6).toString();
    article.importedAt = fromIsoTime(query.value(7).toString());
    return article;
}

const QString articleColumns = QStringLiteral("id, uuid, title, source, encoding, language, text, imported_at");

Claim claimFromRow(const QSqlQuery &query)
{
    Claim claim;
    claim.id = query.value(0).toLongLong();
    claim.uuid = QUuid::fromString(query.value(1).toString());
    claim.articleId = query.value(2).toLongLong();
    claim.start = query.value(3).toLongLong();
    claim.end = query.value(4).toLongLong();
    claim.quote = {query.value(5).toString(), query.value(6).toString(), query.value(7).toString()};
    claim.kind = claimKindFromKey(query.value(8).toString()).value_or(ClaimKind::Statement);
    claim.verdict = verdictFromKey(query.value(9).toString()).value_or(Verdict::Unverified);
    claim.claimant = query.value(10).toString();
    claim.wording = query.value(11).toString();
    claim.rationale = query.value(12).toString();
    claim.priority = query.value(13).toInt();
    claim.createdAt = fromIsoTime(query.value(14).toString());
    claim.modifiedAt = fromIsoTime(query.value(15).toString());
    return claim;
}

const QString claimColumns
    = QStringLiteral("id, uuid, article_id, start_offset, end_offset, exact, prefix, suffix, kind, verdict, "
                     "claimant, wording, rationale, priority, created_at, modified_at");

QVariantHash claimValues(const Claim &claim)
{
    return {{QStringLiteral(":id"), claim.id},
            {QStringLiteral(":uuid"), uuidText(claim.uuid)},
            {QStringLiteral(":article"), claim.articleId},
            {QStringLiteral(":start"), claim.start},
            {QStringLiteral(":end"), claim.end},
            {QStringLiteral(":exact"), claim.quote.exact},
            {QStringLiteral(":prefix"), claim.quote.prefix},
            {QStringLiteral(":suffix"), claim.quote.suffix},
            {QStringLiteral(":kind"), claimKindKey(claim.kind)},
            {QStringLiteral(":verdict"), verdictKey(claim.verdict)},
            {QStringLiteral(":claimant"), claim.claimant},
            {QStringLiteral(":wording"), claim.wording},
            {QStringLiteral(":rationale"), claim.rationale},
            {QStringLiteral(":priority"), claim.priority},
            {QStringLiteral(":created"), isoTime(claim.createdAt)},
            {QStringLiteral(":modified"), isoTime(claim.modifiedAt)}};
}

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

/// Opens a named connection and applies the settings every project connection uses.
Result<QString> openConnection(const QString &path, bool readOnly)
{
    const QString name = newConnectionName();
    Result<QString> result = name;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        if (!db.isValid()) {
            result = Error{Project::tr("The SQLite driver for Qt is not installed.")};
        } else {
            db.setDatabaseName(path);
            QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
            if (readOnly)
                options += QStringLiteral(";QSQLITE_OPEN_READONLY");
            db.setConnectOptions(options);
            if (!db.open()) {
                result = Error{
                    Project::tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(path), db.lastError().text())};
            } else {
                QSqlQuery query(db);
                // trusted_schema=OFF: a crafted file's views and triggers cannot call
                // functions with side effects. synchronous=FULL with a rollback journal:
                // every committed edit survives a crash and nothing remains beside the
                // file at rest.
                const QStringList pragmas{
                    QStringLiteral("PRAGMA trusted_schema = OFF"), QStringLiteral("PRAGMA foreign_keys = ON"),
                    QStringLiteral("PRAGMA synchronous = FULL"), QStringLiteral("PRAGMA cell_size_check = ON")};
                for (const QString &pragma : pragmas) {
                    if (!query.exec(pragma)) {
                        result = Error{Project::tr("Cannot open %1: %2")
                                           .arg(QDir::toNativeSeparators(path), query.lastError().text())};
                        break;
                    }
                }
                if (result.ok() && !readOnly && !query.exec(QStringLiteral("PRAGMA journal_mode = DELETE")))
                    result = Error{Project::tr("Cannot open %1: %2")
                                       .arg(QDir::toNativeSeparators(path), query.lastError().text())};
            }
        }
    }
    if (!result.ok())
        QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace

Project::Project(std::unique_ptr<Private> dd)
    : d(std::move(dd))
{
}

Project::~Project() = default;

Result<std::unique_ptr<Project>> Project::create(const QString &path)
{
    const QFileInfo info(path);
    const QString nativePath = QDir::toNativeSeparators(info.absoluteFilePath());
    if (info.exists())
        return Error{tr("A file already exists at %1.").arg(nativePath)};
    const QString folder = info.absolutePath();
    if (!QFileInfo(folder).isDir())
        return Error{
            tr("Cannot create %1: the folder %2 does not exist.").arg(nativePath, QDir::toNativeSeparators(folder))};

    const QString partialPath = folder + QStringLiteral("/.") + info.fileName() + QStringLiteral(".creating-")
        + QUuid::createUuid().toString(QUuid::Id128).left(8);
    {
        QFile partial(partialPath);
        if (!partial.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return Error{tr("Cannot create %1: %2.").arg(nativePath, partial.errorString())};
    }

    QString failure;
    {
        auto connection = openConnection(partialPath, false);
        if (!connection) {
            failure = connection.error();
        } else {
            {
                QSqlDatabase db = QSqlDatabase::database(connection.value(), false);
                SqlTransaction transaction(db);
                failure = ProjectSchema::create(db);
                if (failure.isEmpty()) {
                    QSqlQuery meta(db);
                    meta.prepare(QStringLiteral("INSERT INTO project_meta (key, value) VALUES (:key, :value)"));
                    const QList<std::pair<QString, QString>> rows{
                        {QStringLiteral("uuid"), uuidText(QUuid::createUuid())},
                        {QStringLiteral("created"), isoTime(QDateTime::currentDateTimeUtc())}};
                    for (const auto &[key, value] : rows) {
                        meta.bindValue(QStringLiteral(":key"), key);
                        meta.bindValue(QStringLiteral(":value"), value);
                        if (!meta.exec()) {
                            failure = meta.lastError().text();
                            break;
                        }
                    }
                }
                if (failure.isEmpty() && !transaction.commit())
                    failure = db.lastError().text();
                db.close();
            }
            QSqlDatabase::removeDatabase(connection.value());
        }
    }
    if (failure.isEmpty() && !QFile::rename(partialPath, path))
        failure = tr("another file appeared at the same path");
    if (!failure.isEmpty()) {
        QFile::remove(partialPath);
        return Error{tr("Cannot create %1: %2").arg(nativePath, failure)};
    }
    return open(path);
}

Result<std::unique_ptr<Project>> Project::open(const QString &path)
{
    const QString absolutePath = QFileInfo(path).absoluteFilePath();
    const QString nativePath = QDir::toNativeSeparators(absolutePath);
    const auto header = readHeader(absolutePath);
    if (!header)
        return Error{header.error()};

    QString readOnlyReason;
    if (header->userVersion > quint32(ProjectSchema::CurrentVersion))
        readOnlyReason = tr("it was saved by a newer version of ClaimLedger (file format %1; this version "
                            "writes format %2). It is open read-only; update ClaimLedger to edit it.")
                             .arg(header->userVersion)
                             .arg(ProjectSchema::CurrentVersion);
    else if (header->userVersion < 1)
        return Error{tr("%1 is damaged: it has no schema version.").arg(nativePath)};
    else if (!canWriteBeside(absolutePath))
        readOnlyReason
            = tr("you do not have permission to change %1 or its folder. It is open read-only.").arg(nativePath);

    auto connection = openConnection(absolutePath, !readOnlyReason.isEmpty());
    if (!connection)
        return Error{connection.error()};

    auto d = std::make_unique<Private>();
    d->path = absolutePath;
    d->connectionName = connection.value();
    d->readOnlyReason = readOnlyReason;

    // SQLite re-reads the header itself; a damaged file fails here rather than later.
    auto check = d->run(QStringLiteral("PRAGMA quick_check(1)"));
    if (!check)
        return Error{tr("%1 is damaged and cannot be opened: %2").arg(nativePath, check.error())};
    if (!check.value()->next() || check.value()->value(0).toString() != QLatin1StringView("ok"))
        return Error{tr("%1 is damaged and cannot be opened: %2").arg(nativePath, check.value()->value(0).toString())};
    check.value()->finish();

    return std::unique_ptr<Project>(new Project(std::move(d)));
}

QString Project::path() const
{
    return d->path;
}

QString Project::displayName() const
{
    return QFileInfo(d->path).completeBaseName();
}

bool Project::isReadOnly() const
{
    return !d->readOnlyReason.isEmpty();
}

QString Project::readOnlyReason() const
{
    return d->readOnlyReason;
}

void Project::setAnalystName(const QString &name)
{
    d->analyst = name;
}

Result<Article> Project::addArticle(Article article, const QByteArray &original)
{
    if (auto refused = d->refuseIfReadOnly(); !refused)
        return Error{refused.error()};
    if (article.uuid.isNull())
        article.uuid = QUuid::createUuid();
    if (!article.importedAt.isValid())
        article.importedAt = QDateTime::currentDateTimeUtc();

    SqlTransaction transaction(d->db());
    auto inserted = d->run(
        QStringLiteral("INSERT INTO article (id, uuid, title, source, encoding, language, text, original, imported_at) "
                       "VALUES (:id, :uuid, :title, :source, :encoding, :language, :text, :original, :imported)"),
        {{QStringLiteral(":id"), article.id == 0 ? QVariant() : QVariant(article.id)},
         {QStringLiteral(":uuid"), uuidText(article.uuid)},
         {QStringLiteral(":title"), article.title},
         {QStringLiteral(":source"), article.source},
         {QStringLiteral(":encoding"), article.encoding},
         {QStringLiteral(":language"), article.language},
         {QStringLiteral(":text"), article.text},
         {QStringLiteral(":original"), original.isNull() ? QByteArray("") : original},
         {QStringLiteral(":imported"), isoTime(article.importedAt)}});
    if (!inserted)
        return Error{inserted.error()};
    article.id = inserted.value()->lastInsertId().toLongLong();
    if (auto logged = d->logChange(QStringLiteral("article.add"), article.uuid, {}, toJson(article)); !logged)
        return Error{logged.error()};
    if (auto committed = d->commit(transaction); !committed)
        return Error{committed.error()};
    return article;
}

Status Project::removeArticle(qint64 articleId)
{
    if (auto refused = d->refuseIfReadOnly(); !refused)
        return refused;
    const auto existing = article(articleId);
    if (!existing)
        return Error{existing.error()};

    SqlTransaction transaction(d->db());
    if (auto removed
        = d->run(QStringLiteral("DELETE FROM article WHERE id = :id"), {{QStringLiteral(":id"), articleId}});
        !removed)
        return Error{removed.error()};
    if (auto logged = d->logChange(QStringLiteral("article.remove"), existing->uuid, toJson(existing.value()), {});
        !logged)
        return logged;
    return d->commit(transaction);
}

Result<QList<Article>> Project::articles() const
{
    return readRows(d->run(QStringLiteral("SELECT ") + articleColumns + QStringLiteral(" FROM article ORDER BY id")),
                    articleFromRow);
}

Result<Article> Project::article(qint64 articleId) const
{
    return readRow(d->run(QStringLiteral("SELECT ") + articleColumns + QStringLiteral(" FROM article WHERE id = :id"),
                          {{QStringLiteral(":id"), articleId}}),
                   articleFromRow, tr("The project has no article %1.").arg(articleId));
}

Result<QByteArray> Project::articleOriginal(qint64 articleId) const
{
    auto query
        = d->run(QStringLiteral("SELECT original FROM article WHERE id = :id"), {{QStringLiteral(":id"), articleId}});
    if (!query)
        return Error{query.error()};
    if (!query.value()->next())
        return Error{tr("The project has no article %1.").arg(articleId)};
    QByteArray bytes = query.value()->value(0).toByteArray();
    query.value()->finish();
    return bytes;
}

Result<Claim> Project::addClaim(Claim claim)
{
    if (auto refused = d->refuseIfReadOnly(); !refused)
        return Error{refused.error()};
    const auto owner = article(claim.articleId);
    if (!owner)
        return Error{owner.error()};
    if (claim.start < 0 || claim.end <= claim.start || claim.end > owner->text.size())
        return Error{
            tr("The claim's span %1–%2 does not lie inside the article's text.").arg(claim.start).arg(claim.end)};
    if (claim.uuid.isNull())
        claim.uuid = QUuid::createUuid();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!claim.createdAt.isValid())
        claim.createdAt = now;
    if (!claim.modifiedAt.isValid())
        claim.modifiedAt = claim.createdAt;

    QVariantHash values = claimValues(claim);
    if (claim.id == 0)
        values.insert(QStringLiteral(":id"), QVariant());
    SqlTransaction transaction(d->db());
    auto inserted = d->run(QStringLiteral("INSERT INTO claim (") + claimColumns
                               + QStringLiteral(") VALUES (:id, :uuid, :article, :start, :end, :exact, :prefix, "
                                                ":suffix, :kind, :verdict, :claimant, :wording, :rationale, "
                                                ":priority, :created, :modified)"),
                           values);
    if (!inserted)
        return Error{inserted.error()};
    claim.id = inserted.value()->lastInsertId().toLongLong();
    if (auto logged = d->logChange(QStringLiteral("claim.add"), claim.uuid, {}, toJson(claim)); !logged)
        return Error{logged.error()};
    if (auto committed = d->commit(transaction); !committed)
        return Error{committed.error()};
    return claim;
}

Status Project::updateClaim(const Claim &changed)
{
    if (auto refused = d->refuseIfReadOnly(); !refused)
        return refused;
    const auto existing = claim(changed.id);
    if (!existing)
        return Error{existing.error()};

    SqlTransaction transaction(d->db());
    auto updated = d->run(
        QStringLiteral("UPDATE claim SET start_offset = :start, end_offset = :end, exact = :exact, prefix = :prefix, "
                       "suffix = :suffix, kind = :kind, verdict = :verdict, claimant = :claimant, wording = :wording, "
                       "rationale = :rationale, priority = :priority, modified_at = :modified "
                       "WHERE id = :id AND uuid = :uuid AND article_id = :article AND created_at = :created"),
        claimValues(changed));
    if (!updated)
        return Error{updated.error()};
    if (updated.value()->numRowsAffected() != 1)
        return Error{tr("The claim could not be updated: its identity does not match the stored one.")};
    if (auto logged
        = d->logChange(QStringLiteral("claim.update"), changed.uuid, toJson(existing.value()), toJson(changed));
        !logged)
        return logged;
    return d->commit(transaction);
}

Status Project::removeClaim(qint64 claimId)
{
    if (auto refused = d->refuseIfReadOnly(); !refused)
        return refused;
    const auto existing = claim(claimId);
    if (!existing)
        return Error{existing.error()};

    SqlTransaction transaction(d->db());
    if (auto removed = d->run(QStringLiteral("DELETE FROM claim WHERE id = :id"), {{QStringLiteral(":id"), claimId}});
        !removed)
        return Error{removed.error()};
    if (auto logged = d->logChange(QStringLiteral("claim.remove"), existing->uuid, toJson(existing.value()), {});
        !logged)
        return logged;
    return d->commit(transaction);
}

Result<QList<Claim>> Project::claims() const
{
    return readRows(d->run(QStringLiteral("SELECT ") + claimColumns
                           + QStringLiteral(" FROM claim ORDER BY article_id, start_offset, end_offset, id")),
                    claimFromRow);
}

Result<QList<Claim>> Project::claimsForArticle(qint64 articleId) const
{
    return readRows(d->run(QStringLiteral("SELECT ") + claimColumns
                               + QStringLiteral(" FROM claim WHERE article_id = :article "
                                                "ORDER BY start_offset, end_offset, id"),
                           {{QStringLiteral(":article"), articleId}}),
                    claimFromRow);
}

Result<Claim> Project::claim(qint64 claimId) const
{
    return readRow(d->run(QStringLiteral("SELECT ") + claimColumns + QStringLiteral(" FROM claim WHERE id = :id"),
                          {{QStringLiteral(":id"), claimId}}),
                   claimFromRow, tr("The project has no claim %1.").arg(claimId));
}

Result<qint64> Project::changeCount() const
{
    auto query = d->run(QStringLiteral("SELECT count(*) FROM change_log"));
    if (!query)
        return Error{query.error()};
    query.value()->next();
    const qint64 count = query.value()->value(0).toLongLong();
    query.value()->finish();
    return count;
}

} // namespace ClaimLedger
