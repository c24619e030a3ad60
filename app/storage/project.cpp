#include "project.h"

#include "domainjson.h"
#include "projectprivate.h"
#include "projectschema.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlRecord>
#include <QtEndian>
#include <QThread>

#include <cerrno>

#include <sqlite3.h>

namespace ClaimLedger {

QString uuidText(const QUuid &uuid)
{
    return uuid.toString(QUuid::WithoutBraces);
}

namespace {

constexpr QByteArrayView sqliteMagic{"SQLite format 3\0", 16};

// Files above this size are not fully checked when opened (it would take seconds);
// `claimledger-cli check` does it on demand. SQLite still validates every page it reads.
constexpr qint64 quickCheckLimit = 32 * 1024 * 1024;

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
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
        return Error{Project::tr("The file %1 does not exist.").arg(nativePath(path))};
    if (info.isDir())
        return Error{Project::tr("%1 is a folder, not a project file.").arg(nativePath(path))};

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Project::tr("Cannot read %1: %2.").arg(nativePath(path), file.errorString())};
    const QByteArray header = file.read(100);
    if (header.isEmpty())
        return Error{Project::tr("%1 is empty: it is not a ClaimLedger project.").arg(nativePath(path))};
    if (header.size() < 100 || !header.startsWith(sqliteMagic))
        return Error{Project::tr("%1 is not a ClaimLedger project (it is not a database file).").arg(nativePath(path))};

    FileHeader result;
    result.userVersion = qFromBigEndian<quint32>(header.constData() + 60);
    result.applicationId = qFromBigEndian<quint32>(header.constData() + 68);
    if (result.applicationId != ProjectSchema::ApplicationId)
        return Error{Project::tr("%1 is a database, but not a ClaimLedger project.").arg(nativePath(path))};
    return result;
}

/// The structure as stored: given by the importer, else the text's paragraphs.
QString structureText(const QList<TextBlock> &structure, const QString &text)
{
    return QString::fromUtf8(QJsonDocument(structureToJson(structure.isEmpty() ? paragraphBlocks(text) : structure))
                                 .toJson(QJsonDocument::Compact));
}

} // namespace

QString versionMetadataText(const QStringList &links)
{
    return QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("links"), QJsonArray::fromStringList(links)}})
                                 .toJson(QJsonDocument::Compact));
}

QStringList linksFromMetadata(const QString &metadataJson)
{
    QStringList links;
    const QJsonValue stored = QJsonDocument::fromJson(metadataJson.toUtf8()).object().value(QStringLiteral("links"));
    for (const QJsonValue link : stored.toArray()) {
        if (link.isString())
            links.append(link.toString());
    }
    return links;
}

namespace {

bool canWriteBeside(const QString &path)
{
    // The rollback journal is created next to the file, so the folder must be writable too.
    const QFileInfo info(path);
    return info.isWritable() && QFileInfo(info.absolutePath()).isWritable();
}

/// Hardens a fresh connection against crafted files: defensive mode (no writes to the
/// schema or to shadow tables by SQL), untrusted schema (views and triggers may not
/// call functions with side effects), no extension loading, and a cap on the size of
/// any string or blob a file can make SQLite allocate.
QString hardenConnection(QSqlDatabase &db)
{
    sqlite3 *connection = nativeHandle(db);
    if (!connection)
        return Project::tr("The SQLite driver does not expose its connection.");
    int enabled = 0;
    if (sqlite3_db_config(connection, SQLITE_DBCONFIG_DEFENSIVE, 1, &enabled) != SQLITE_OK || !enabled)
        return Project::tr("SQLite's defensive mode is not available.");
    sqlite3_db_config(connection, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_db_config(connection, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, nullptr);
    sqlite3_db_config(connection, SQLITE_DBCONFIG_ENABLE_TRIGGER, 1, nullptr);
    sqlite3_limit(connection, SQLITE_LIMIT_LENGTH, 256 * 1024 * 1024);
    sqlite3_limit(connection, SQLITE_LIMIT_SQL_LENGTH, 1024 * 1024);
    sqlite3_limit(connection, SQLITE_LIMIT_ATTACHED, 0);
    return {};
}

/// Opens a named connection with the settings every project connection uses.
Result<QString> openConnection(const QString &path, bool readOnly)
{
    const QString name = QStringLiteral("claimledger-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString failure;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        if (!db.isValid()) {
            failure = Project::tr("The SQLite driver for Qt is not installed.");
        } else {
            db.setDatabaseName(path);
            QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
            if (readOnly)
                options += QStringLiteral(";QSQLITE_OPEN_READONLY");
            db.setConnectOptions(options);
            if (!db.open())
                failure = db.lastError().text();
            if (failure.isEmpty())
                failure = hardenConnection(db);
            if (failure.isEmpty()) {
                QSqlQuery query(db);
                // synchronous=FULL with a rollback journal: every committed edit survives
                // a crash, and nothing remains beside the file at rest.
                QStringList pragmas{
                    QStringLiteral("PRAGMA trusted_schema = OFF"), QStringLiteral("PRAGMA foreign_keys = ON"),
                    QStringLiteral("PRAGMA synchronous = FULL"), QStringLiteral("PRAGMA cell_size_check = ON"),
                    // 32 MB of page cache (SQLite's default is 2 MB): a large import in
                    // one transaction otherwise spills pages and reads them back. It
                    // grows only as far as pages are used.
                    QStringLiteral("PRAGMA cache_size = -32768")};
                if (!readOnly)
                    pragmas.append(QStringLiteral("PRAGMA journal_mode = DELETE"));
                for (const QString &pragma : std::as_const(pragmas)) {
                    if (!query.exec(pragma)) {
                        failure = query.lastError().text();
                        break;
                    }
                }
            }
        }
    }
    if (!failure.isEmpty()) {
        QSqlDatabase::removeDatabase(name);
        return Error{Project::tr("Cannot open %1: %2").arg(nativePath(path), failure)};
    }
    return name;
}

/// Refuses a schema that holds anything ClaimLedger did not create: a trigger or view
/// planted in a file mailed to the analyst would run on her machine otherwise. Every
/// row of sqlite_schema is read and judged here, in C++: a LIKE pattern would treat the
/// '_' of 'sqlite_' as a wildcard and let a trigger named "sqliteXevil" through.
QString checkSchemaObjects(Project::Private &d, bool currentFormat)
{
    auto query = d.run(QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_schema"));
    if (!query)
        return query.error();
    const QStringList &expected = ProjectSchema::expectedObjects();
    const QHash<QString, QString> &definitions = ProjectSchema::expectedDefinitions();
    QString unexpected;
    while (query.value()->next()) {
        const QString type = query.value()->value(0).toString();
        const QString name = query.value()->value(1).toString();
        const QString table = query.value()->value(2).toString();
        const QString sql = query.value()->value(3).toString();
        // SQLite's own objects: automatic indexes of UNIQUE constraints, and tables such
        // as sqlite_stat1. Their prefix is compared literally.
        const bool internal = name.startsWith(QLatin1StringView("sqlite_"));
        bool ours = false;
        if (type == QLatin1StringView("table"))
            ours = internal ? sql.isEmpty() || name.startsWith(QLatin1StringView("sqlite_stat"))
                            : expected.contains(name);
        else if (type == QLatin1StringView("index"))
            ours = internal ? expected.contains(table) && sql.isEmpty() : definitions.contains(name);
        // Triggers and views, whatever their names, are never ClaimLedger's.
        if (!ours) {
            unexpected = Project::tr("it contains %1 “%2”, which ClaimLedger does not create").arg(type, name);
            break;
        }
        const auto definition = definitions.constFind(name);
        // Older formats are upgraded by the migrations, which know their definitions.
        if (currentFormat && definition != definitions.cend()
            && *definition != ProjectSchema::normalizedDefinition(sql)) {
            unexpected = Project::tr("its %1 “%2” is defined otherwise than ClaimLedger defines it").arg(type, name);
            break;
        }
    }
    query.value()->finish();
    return unexpected;
}

/// Values a file can hold that ClaimLedger never writes and its readers must not meet:
/// rows written with CHECK constraints switched off, hashes that are not hashes,
/// references that do not hold. Each entry says what is wrong, in the user's words.
QStringList storedValueProblems(Project::Private &d)
{
    QStringList verdicts;
    for (const Verdict verdict : allVerdicts())
        verdicts.append(u'\'' + verdictKey(verdict) + u'\'');
    QStringList kinds;
    for (const ClaimKind kind : allClaimKinds())
        kinds.append(u'\'' + claimKindKey(kind) + u'\'');
    // The keys come from the domain's fixed tables, never from a file. Each query
    // reads its table once (the claims, the largest, in one pass for all their rules:
    // 100,000 claims take about 40 ms a pass); column n counts the rows breaking rule n.
    struct Rule {
        QString sql;
        QList<const char *> messages;
    };
    const QList<Rule> rules{
        // Offsets count UTF-16 units, never more than the text's UTF-8 bytes, which
        // octet_length() reads from the record header without loading the text.
        {QStringLiteral("SELECT total(typeof(c.start_offset) != 'integer' OR typeof(c.end_offset) != 'integer' "
                        "OR c.start_offset < 0 OR c.end_offset <= c.start_offset "
                        "OR (v.id IS NOT NULL AND c.end_offset > octet_length(v.text))), "
                        "total(v.id IS NULL OR v.article_id != c.article_id), "
                        "total(c.verdict NOT IN (%1) OR c.kind NOT IN (%2)) "
                        "FROM claim c LEFT JOIN article_version v ON v.id = c.version_id")
             .arg(verdicts.join(u','), kinds.join(u',')),
         {QT_TRANSLATE_NOOP("Project", "claims with impossible offsets: %1"),
          QT_TRANSLATE_NOOP("Project", "claims on an article version that is not there: %1"),
          QT_TRANSLATE_NOOP("Project", "claims with an unknown verdict or kind: %1")}},
        {QStringLiteral("SELECT count(*) FROM snapshot WHERE length(sha256) != 64 OR sha256 GLOB '*[^0-9a-f]*'"),
         {QT_TRANSLATE_NOOP("Project", "snapshots whose SHA-256 is not 64 hexadecimal digits: %1")}},
        {QStringLiteral("SELECT count(*) FROM article_version WHERE original_sha256 != '' "
                        "AND (length(original_sha256) != 64 OR original_sha256 GLOB '*[^0-9a-f]*')"),
         {QT_TRANSLATE_NOOP("Project", "article versions whose SHA-256 is not 64 hexadecimal digits: %1")}},
        {QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check"),
         {QT_TRANSLATE_NOOP("Project", "rows whose references do not hold: %1")}},
    };
    QStringList problems;
    for (const Rule &rule : rules) {
        auto counts = d.run(rule.sql);
        if (!counts) {
            problems.append(counts.error());
            continue;
        }
        const bool row = counts.value()->next();
        for (qsizetype column = 0; column < rule.messages.size(); ++column) {
            const qint64 n = row ? qint64(counts.value()->value(int(column)).toDouble()) : 0;
            if (n > 0)
                problems.append(Project::tr(rule.messages.at(column)).arg(n));
        }
        counts.value()->finish();
    }
    return problems;
}

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
    article.versionId = query.value(8).toLongLong();
    article.version = query.value(9).toInt();
    article.url = query.value(10).toString();
    article.outlet = query.value(11).toString();
    article.byline = query.value(12).toString();
    article.publishedAt = fromIsoTime(query.value(13).toString());
    article.structure = structureFromJson(QJsonDocument::fromJson(query.value(14).toString().toUtf8()).array());
    article.links = linksFromMetadata(query.value(15).toString());
    return article;
}

// An article with its latest version.
const QString articleSelect = QStringLiteral(
    "SELECT a.id, a.uuid, a.title, a.source, v.encoding, a.language, v.text, v.imported_at, v.id, v.number, a.url, "
    "a.outlet, a.byline, a.published_at, v.structure_json, v.metadata_json "
    "FROM article a JOIN article_version v ON v.article_id = a.id "
    "AND v.number = (SELECT max(number) FROM article_version WHERE article_id = a.id) ");

} // namespace

sqlite3 *nativeHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.data());
}

namespace {

// The files this process's projects have open, so no report is written over one.
QMutex openFilesMutex;
QList<FileIdentity> openFiles;

} // namespace

void Project::Private::registerFile()
{
    identity = FileIdentity::of(path);
    if (!identity)
        return;
    const QMutexLocker locker(&openFilesMutex);
    openFiles.append(*identity);
}

QString Project::Private::lostFileReason() const
{
    if (!identity)
        return {};
    const auto now = FileIdentity::of(path);
    if (!now)
        return tr("the project file %1 was deleted or moved away while it was open. Nothing more can be "
                  "saved to it; use File > Save As to keep what is open.")
            .arg(nativePath(path));
    if (*now != *identity)
        return tr("the project file %1 was replaced by another file while it was open. Nothing more is "
                  "saved to it; use File > Save As to keep what is open.")
            .arg(nativePath(path));
    return {};
}

bool Project::isProjectFile(const QString &path)
{
    return readHeader(path).ok();
}

bool Project::isOpenFile(const FileIdentity &file)
{
    const QMutexLocker locker(&openFilesMutex);
    return openFiles.contains(file);
}

bool Project::fileIsStillThere() const
{
    return d->lostFileReason().isEmpty();
}

Project::Private::~Private()
{
    if (identity) {
        const QMutexLocker locker(&openFilesMutex);
        openFiles.removeOne(*identity);
    }
    statements.clear();
    if (!connectionName.isEmpty()) {
        QSqlDatabase::database(connectionName, false).close();
        QSqlDatabase::removeDatabase(connectionName);
    }
}

Result<QSqlQuery *> Project::Private::run(const QString &sql, const QVariantHash &values)
{
    auto it = statements.find(sql);
    if (it == statements.end()) {
        QSqlQuery query(db());
        // Rows are read once, in order: forward-only spares the driver from keeping a
        // copy of every row read so far (a tenth of the time of reading 100,000 claims).
        query.setForwardOnly(true);
        if (!query.prepare(sql))
            return Error{tr("The project file could not be read or written: %1").arg(query.lastError().text())};
        it = statements.emplace(sql, std::move(query));
    }
    QSqlQuery *query = &it.value();
    for (auto value = values.cbegin(); value != values.cend(); ++value) {
        // A null QString binds as SQL NULL; text columns hold '' for "nothing".
        const bool nullText = value.value().typeId() == QMetaType::QString && value.value().toString().isNull();
        query->bindValue(value.key(), nullText ? QVariant(QStringLiteral("")) : value.value());
    }
    if (!query->exec())
        return Error{tr("The project file could not be read or written: %1").arg(query->lastError().text())};
    return query;
}

Status Project::Private::refuseIfReadOnly() const
{
    if (!readOnlyReason.isEmpty())
        return Error{tr("The project cannot be changed: %1").arg(readOnlyReason)};
    // A stat before each edit: an edit to a file moved or replaced under us would go
    // to a file no longer at the path, or fail inside SQLite with a raw message. Inside
    // a transaction the edit that opened it looked already (a bulk import makes 100,000).
    if (const QString lost = transactionDepth > 0 ? QString() : lostFileReason(); !lost.isEmpty())
        return Error{tr("The change could not be saved: %1").arg(lost)};
    return {};
}

Status Project::Private::logChange(const QString &operation, const QUuid &uuid, const QJsonObject &before,
                                   const QJsonObject &after)
{
    if (bulk)
        return {};
    const auto result = run(
        QStringLiteral("INSERT INTO change_log (changed_at, analyst, operation, object_uuid, before_json, after_json) "
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

Status Project::Private::index(SearchKind kind, qint64 id, const QString &body)
{
    if (bulk)
        return {};
    if (auto removed = unindex(kind, id); !removed)
        return removed;
    auto inserted = run(QStringLiteral("INSERT INTO search_index (rowid, kind, object_id, body) "
                                       "VALUES (:rowid, :kind, :id, :body)"),
                        {{QStringLiteral(":rowid"), id * 8 + int(kind)},
                         {QStringLiteral(":kind"), int(kind)},
                         {QStringLiteral(":id"), id},
                         {QStringLiteral(":body"), body}});
    if (!inserted)
        return Error{inserted.error()};
    return {};
}

Status Project::Private::rebuildSearchIndex()
{
    // The bodies are what index() is given for each kind (searchBody() and the like).
    const QString steps[] = {
        QStringLiteral("DELETE FROM search_index"),
        QStringLiteral("INSERT INTO search_index (rowid, kind, object_id, body) SELECT v.id * 8 + %1, %1, v.id, "
                       "a.title || char(10) || v.text FROM article_version v JOIN article a ON a.id = v.article_id")
            .arg(int(SearchKind::ArticleVersion)),
        QStringLiteral("INSERT INTO search_index (rowid, kind, object_id, body) SELECT id * 8 + %1, %1, id, "
                       "exact || char(10) || wording || char(10) || rationale || char(10) || claimant FROM claim")
            .arg(int(SearchKind::Claim)),
        QStringLiteral("INSERT INTO search_index (rowid, kind, object_id, body) SELECT id * 8 + %1, %1, id, "
                       "title || char(10) || publisher || char(10) || author || char(10) || notes || char(10) "
                       "|| url FROM source")
            .arg(int(SearchKind::Source)),
        QStringLiteral("INSERT INTO search_index (rowid, kind, object_id, body) SELECT id * 8 + %1, %1, id, "
                       "excerpt || char(10) || note FROM evidence WHERE excerpt != '' OR note != ''")
            .arg(int(SearchKind::Evidence)),
    };
    for (const QString &sql : steps) {
        if (auto done = run(sql); !done)
            return Error{done.error()};
    }
    return {};
}

Status Project::Private::unindex(SearchKind kind, qint64 id)
{
    auto removed = run(QStringLiteral("DELETE FROM search_index WHERE rowid = :rowid"),
                       {{QStringLiteral(":rowid"), id * 8 + int(kind)}});
    if (!removed)
        return Error{removed.error()};
    return {};
}

Project::Private::Transaction::Transaction(Private *dd)
    : d(dd)
    , m_outer(dd->transactionDepth == 0)
    , m_began(m_outer ? dd->db().transaction() : true)
{
    if (m_outer)
        d->innerFailed = false;
    ++d->transactionDepth;
}

Project::Private::Transaction::~Transaction()
{
    --d->transactionDepth;
    if (m_done)
        return;
    if (m_outer && m_began) {
        d->db().rollback();
        d->forgetVersionText();
    } else if (!m_outer)
        d->innerFailed = true;
}

Status Project::Private::Transaction::commit()
{
    m_done = true;
    if (!m_began)
        return Error{tr("The change could not be saved: %1").arg(d->db().lastError().text())};
    if (!m_outer)
        return {};
    if (d->innerFailed) {
        d->db().rollback();
        d->forgetVersionText();
        return Error{tr("The change could not be saved: part of it failed.")};
    }
    if (!d->db().commit()) {
        const QString error = d->db().lastError().text();
        d->db().rollback();
        d->forgetVersionText();
        return Error{tr("The change could not be saved: %1").arg(error)};
    }
    return {};
}

Project::Project(std::unique_ptr<Private> dd)
    : d(std::move(dd))
{
}

Project::~Project() = default;

Result<std::unique_ptr<Project>> Project::create(const QString &path)
{
    const QFileInfo info(path);
    const QString nativeFile = nativePath(info.absoluteFilePath());
    if (info.exists())
        return Error{tr("A file already exists at %1.").arg(nativeFile)};
    const QString folder = info.absolutePath();
    if (!QFileInfo(folder).isDir())
        return Error{tr("Cannot create %1: the folder %2 does not exist.").arg(nativeFile, nativePath(folder))};

    const QString partialPath = folder + QStringLiteral("/.") + info.fileName() + QStringLiteral(".creating-")
        + QUuid::createUuid().toString(QUuid::Id128).left(8);
    {
        QFile partial(partialPath);
        if (!partial.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return Error{tr("Cannot create %1: %2.").arg(nativeFile, partial.errorString())};
    }

    QString failure;
    {
        auto connection = openConnection(partialPath, false);
        if (!connection) {
            failure = connection.error();
        } else {
            {
                QSqlDatabase db = QSqlDatabase::database(connection.value(), false);
                if (const Status migrated = ProjectSchema::migrate(db, 0); !migrated)
                    failure = migrated.error();
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
                db.close();
            }
            QSqlDatabase::removeDatabase(connection.value());
        }
    }
    if (failure.isEmpty() && !QFile::rename(partialPath, path))
        failure = tr("another file appeared at the same path");
    if (!failure.isEmpty()) {
        QFile::remove(partialPath);
        return Error{tr("Cannot create %1: %2").arg(nativeFile, failure)};
    }
    return open(path);
}

Result<std::unique_ptr<Project>> Project::open(const QString &path, OpenMode mode)
{
    const QString absolutePath = QFileInfo(path).absoluteFilePath();
    const QString nativeFile = nativePath(absolutePath);
    const auto header = readHeader(absolutePath);
    if (!header)
        return Error{header.error()};
    if (header->userVersion < 1)
        return Error{tr("%1 is damaged: it has no schema version.").arg(nativeFile)};

    QString readOnlyReason;
    if (header->userVersion > quint32(ProjectSchema::CurrentVersion))
        readOnlyReason = tr("it was saved by a newer version of ClaimLedger (file format %1; this version "
                            "writes format %2). It is open read-only; update ClaimLedger to edit it.")
                             .arg(header->userVersion)
                             .arg(ProjectSchema::CurrentVersion);
    else if (mode != OpenMode::ReadWrite)
        readOnlyReason = tr("it was opened for reading only.");
    else if (!canWriteBeside(absolutePath))
        readOnlyReason
            = tr("you do not have permission to change %1 or its folder. It is open read-only.").arg(nativeFile);

    // One writer at a time: a second window gets the project read-only, never both
    // writing. The lock file exists only while the project is open.
    std::unique_ptr<QLockFile> lock;
    if (readOnlyReason.isEmpty()) {
        const QFileInfo info(absolutePath);
        lock = std::make_unique<QLockFile>(info.absolutePath() + QStringLiteral("/.") + info.fileName()
                                           + QStringLiteral(".lock"));
        lock->setStaleLockTime(0);
        errno = 0;
        if (!lock->tryLock(0)) {
            const int lockErrno = errno;
            qint64 pid = 0;
            QString host;
            QString application;
            if (lock->error() == QLockFile::LockFailedError) {
                // Another program holds the lock. It writes its process id just after
                // creating the file, so a reader in between finds it empty: look again.
                for (int attempt = 0; attempt < 20 && !lock->getLockInfo(&pid, &host, &application); ++attempt)
                    QThread::msleep(5);
                readOnlyReason = pid > 0 ? tr("it is open in another ClaimLedger window (process %1). It is open "
                                              "read-only here; close it there to edit it here.")
                                               .arg(pid)
                                         : tr("it is open in another ClaimLedger window. It is open read-only "
                                              "here; close it there to edit it here.");
            } else
                // The lock file could not be made: say why (a full disk, most often),
                // not that another window has the project.
                readOnlyReason = tr("its lock file could not be created beside it (%1). It is open read-only.")
                                     .arg(lockErrno != 0 ? systemErrorText(lockErrno) : tr("unknown reason"));
            lock.reset();
        }
    }

    const bool inspecting = mode == OpenMode::Inspect;
    const bool needsUpgrade = header->userVersion < quint32(ProjectSchema::CurrentVersion) && !inspecting;
    if (needsUpgrade && !readOnlyReason.isEmpty())
        return Error{tr("%1 was saved by an older version of ClaimLedger and must be upgraded before it can "
                        "be opened, but %2")
                         .arg(nativeFile, readOnlyReason)};

    QString backupPath;
    if (needsUpgrade) {
        // Never upgrade without a way back.
        backupPath = absolutePath + QStringLiteral(".backup-format-%1").arg(header->userVersion);
        QFile::remove(backupPath);
        if (!QFile::copy(absolutePath, backupPath))
            return Error{tr("Cannot upgrade %1: the backup copy %2 could not be written.")
                             .arg(nativeFile, nativePath(backupPath))};
    }

    // A read-only connection cannot roll back what a crash left in the journal, and
    // SQLite then fails every read with "attempt to write a readonly database".
    bool recovered = false;
    if (!readOnlyReason.isEmpty() && QFileInfo(absolutePath + QStringLiteral("-journal")).size() > 0) {
        if (!canWriteBeside(absolutePath))
            return Error{tr("%1 has a write to finish that a crash or a full disk interrupted (its journal %2 "
                            "is beside it). The edits saved before it are intact; open the project where it "
                            "can be written to, and the interrupted write is rolled back.")
                             .arg(nativeFile, nativePath(absolutePath + QStringLiteral("-journal")))};
        auto recovery = openConnection(absolutePath, false);
        if (!recovery)
            return Error{recovery.error()};
        {
            // The first read of a writable connection rolls a hot journal back.
            QSqlQuery query(QSqlDatabase::database(recovery.value(), false));
            if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")))
                return Error{tr("%1 is damaged and cannot be opened: %2").arg(nativeFile, query.lastError().text())};
        }
        QSqlDatabase::database(recovery.value(), false).close();
        QSqlDatabase::removeDatabase(recovery.value());
        recovered = !QFileInfo::exists(absolutePath + QStringLiteral("-journal"));
    }

    auto connection = openConnection(absolutePath, !readOnlyReason.isEmpty());
    if (!connection)
        return Error{connection.error()};

    auto d = std::make_unique<Private>();
    d->recoveredJournal = recovered;
    d->path = absolutePath;
    d->connectionName = connection.value();
    d->readOnlyReason = readOnlyReason;
    d->backupPath = backupPath;
    d->lock = std::move(lock);
    d->registerFile();

    const auto valuesRefusal = [&nativeFile](const QStringList &problems) {
        return Error{tr("%1 holds values ClaimLedger never writes (%2): it was changed outside ClaimLedger "
                        "or is damaged, and is not opened. 'claimledger-cli check' reports what it holds.")
                         .arg(nativeFile, problems.join(QStringLiteral("; ")))};
    };
    // Inspecting runs the full integrity check later and reports what it finds.
    if (!inspecting && QFileInfo(absolutePath).size() <= quickCheckLimit) {
        auto check = d->run(QStringLiteral("PRAGMA quick_check(1)"));
        if (!check)
            return Error{tr("%1 is damaged and cannot be opened: %2").arg(nativeFile, check.error())};
        const QString result = check.value()->next() ? check.value()->value(0).toString() : QString();
        check.value()->finish();
        // quick_check also fails on CHECK constraints; the values check says in
        // ClaimLedger's words which values they are.
        if (result != QLatin1StringView("ok")) {
            if (const QStringList problems = storedValueProblems(*d); !problems.isEmpty())
                return valuesRefusal(problems);
            return Error{tr("%1 is damaged and cannot be opened: %2").arg(nativeFile, result)};
        }
    }
    if (const QString unexpected
        = checkSchemaObjects(*d, header->userVersion == quint32(ProjectSchema::CurrentVersion));
        !unexpected.isEmpty())
        return Error{tr("%1 was changed outside ClaimLedger: %2. It is not opened, so that nothing in it can run.")
                         .arg(nativeFile, unexpected)};

    if (needsUpgrade) {
        QSqlDatabase db = d->db();
        d->statements.clear();
        if (const Status migrated = ProjectSchema::migrate(db, int(header->userVersion)); !migrated)
            return Error{tr("Cannot upgrade %1: %2. The file is unchanged; a copy is at %3.")
                             .arg(nativeFile, migrated.error(), nativePath(backupPath))};
    }
    // Reading only (check, info, list) reports such values instead of refusing the file;
    // what edits or exports it must not meet them. A newer format's tables may differ.
    if (!inspecting && header->userVersion <= quint32(ProjectSchema::CurrentVersion)) {
        if (const QStringList problems = storedValueProblems(*d); !problems.isEmpty())
            return valuesRefusal(problems);
    }
    return std::unique_ptr<Project>(new Project(std::move(d)));
}

Project::Peer Project::peer() const
{
    return {d->path, d->analyst};
}

Result<std::unique_ptr<Project>> Project::openPeer(const Peer &peer)
{
    auto connection = openConnection(peer.path, false);
    if (!connection)
        return Error{connection.error()};
    auto d = std::make_unique<Private>();
    d->path = peer.path;
    d->connectionName = connection.value();
    d->analyst = peer.analyst;
    d->registerFile();
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

QString Project::backupPath() const
{
    return d->backupPath;
}

bool Project::recoveredJournal() const
{
    return d->recoveredJournal;
}

void Project::setAnalystName(const QString &name)
{
    d->analyst = name;
}

Status Project::inTransaction(const std::function<Status()> &work)
{
    if (auto refused = d->refuseIfReadOnly(); !refused)
        return refused;
    Private::Transaction transaction(d.get());
    if (auto done = work(); !done)
        return done;
    return transaction.commit();
}

Status Project::inBulkTransaction(const QString &operation, const QJsonObject &summary,
                                  const std::function<Status()> &work)
{
    if (d->bulk || d->transactionDepth > 0)
        return Error{tr("A bulk change cannot run inside another change.")};
    return inTransaction([&]() -> Status {
        d->bulk = true;
        const Status done = work();
        d->bulk = false;
        if (!done)
            return done;
        if (Status indexed = d->rebuildSearchIndex(); !indexed)
            return indexed;
        return d->logChange(operation, {}, {}, summary);
    });
}

Result<Article> Project::addArticle(Article article, const QByteArray &original)
{
    if (auto refused = d->refuseIfReadOnly(); !refused)
        return Error{refused.error()};
    if (article.uuid.isNull())
        article.uuid = QUuid::createUuid();
    if (!article.importedAt.isValid())
        article.importedAt = QDateTime::currentDateTimeUtc();
    if (article.structure.isEmpty())
        article.structure = paragraphBlocks(article.text);

    Private::Transaction transaction(d.get());
    auto inserted
        = d->run(QStringLiteral("INSERT INTO article (id, uuid, title, source, url, outlet, byline, language, "
                                "published_at, created_at) VALUES (:id, :uuid, :title, :source, :url, "
                                ":outlet, :byline, :language, :published, :created)"),
                 {{QStringLiteral(":id"), article.id == 0 ? QVariant() : QVariant(article.id)},
                  {QStringLiteral(":uuid"), uuidText(article.uuid)},
                  {QStringLiteral(":title"), article.title},
                  {QStringLiteral(":source"), article.source},
                  {QStringLiteral(":language"), article.language},
                  {QStringLiteral(":url"), article.url},
                  {QStringLiteral(":outlet"), article.outlet},
                  {QStringLiteral(":byline"), article.byline},
                  {QStringLiteral(":published"), isoTime(article.publishedAt)},
                  {QStringLiteral(":created"), isoTime(article.importedAt)}});
    if (!inserted)
        return Error{inserted.error()};
    article.id = inserted.value()->lastInsertId().toLongLong();
    article.version = 1;

    const bool restoring = article.versionId != 0;
    auto version = d->run(
        QStringLiteral("INSERT INTO article_version (id, uuid, article_id, number, original, original_sha256, "
                       "encoding, text, structure_json, metadata_json, imported_at) VALUES (:id, :uuid, :article, 1, "
                       ":original, :sha, :encoding, :text, :structure, :metadata, :imported)"),
        {{QStringLiteral(":id"), restoring ? QVariant(article.versionId) : QVariant()},
         {QStringLiteral(":uuid"), uuidText(QUuid::createUuid())},
         {QStringLiteral(":article"), article.id},
         {QStringLiteral(":original"), original.isNull() ? QByteArray("") : original},
         {QStringLiteral(":sha"),
          QString::fromLatin1(QCryptographicHash::hash(original, QCryptographicHash::Sha256).toHex())},
         {QStringLiteral(":encoding"), article.encoding},
         {QStringLiteral(":text"), article.text},
         {QStringLiteral(":structure"), structureText(article.structure, article.text)},
         {QStringLiteral(":metadata"), versionMetadataText(article.links)},
         {QStringLiteral(":imported"), isoTime(article.importedAt)}});
    if (!version)
        return Error{version.error()};
    article.versionId = version.value()->lastInsertId().toLongLong();
    if (auto indexed = d->index(SearchKind::ArticleVersion, article.versionId, article.title + u'\n' + article.text);
        !indexed)
        return Error{indexed.error()};
    if (auto logged = d->logAdded(QStringLiteral("article.add"), article); !logged)
        return Error{logged.error()};
    if (auto committed = transaction.commit(); !committed)
        return Error{committed.error()};
    return article;
}

Result<Article> Project::addArticleVersion(qint64 articleId, const Article &content, const QByteArray &original)
{
    if (auto refused = d->refuseIfReadOnly(); !refused)
        return Error{refused.error()};
    auto current = article(articleId);
    if (!current)
        return current;
    Article updated = current.value();
    updated.text = content.text;
    updated.encoding = content.encoding;
    updated.version = current->version + 1;
    updated.importedAt = QDateTime::currentDateTimeUtc();
    updated.structure = content.structure.isEmpty() ? paragraphBlocks(content.text) : content.structure;
    updated.links = content.links;

    Private::Transaction transaction(d.get());
    auto version
        = d->run(QStringLiteral(
                     "INSERT INTO article_version (id, uuid, article_id, number, original, original_sha256, encoding, "
                     "text, structure_json, metadata_json, imported_at) VALUES (:id, :uuid, :article, :number, "
                     ":original, :sha, :encoding, :text, :structure, :metadata, :imported)"),
                 {{QStringLiteral(":id"), content.versionId == 0 ? QVariant() : QVariant(content.versionId)},
                  {QStringLiteral(":uuid"), uuidText(QUuid::createUuid())},
                  {QStringLiteral(":article"), articleId},
                  {QStringLiteral(":number"), updated.version},
                  {QStringLiteral(":original"), original.isNull() ? QByteArray("") : original},
                  {QStringLiteral(":sha"),
                   QString::fromLatin1(QCryptographicHash::hash(original, QCryptographicHash::Sha256).toHex())},
                  {QStringLiteral(":encoding"), updated.encoding},
                  {QStringLiteral(":text"), updated.text},
                  {QStringLiteral(":structure"), structureText(updated.structure, updated.text)},
                  {QStringLiteral(":metadata"), versionMetadataText(updated.links)},
                  {QStringLiteral(":imported"), isoTime(updated.importedAt)}});
    if (!version)
        return Error{version.error()};
    updated.versionId = version.value()->lastInsertId().toLongLong();
    if (auto indexed = d->index(SearchKind::ArticleVersion, updated.versionId, updated.title + u'\n' + updated.text);
        !indexed)
        return Error{indexed.error()};
    if (auto logged
        = d->logChange(QStringLiteral("article.version"), updated.uuid, toJson(current.value()), toJson(updated));
        !logged)
        return Error{logged.error()};
    if (auto committed = transaction.commit(); !committed)
        return Error{committed.error()};
    return updated;
}

Result<Article> Project::importArticle(const Article &article, const QByteArray &original, ImportOutcome *outcome)
{
    if (!article.source.isEmpty()) {
        auto existing = readRows(d->run(articleSelect
                                            + QStringLiteral("WHERE a.source = :source ORDER BY a.id DESC "
                                                             "LIMIT 1"),
                                        {{QStringLiteral(":source"), article.source}}),
                                 articleFromRow);
        if (!existing)
            return Error{existing.error()};
        if (!existing->isEmpty()) {
            const Article &current = existing->constFirst();
            if (current.text == article.text) {
                *outcome = ImportOutcome::Unchanged;
                return current;
            }
            *outcome = ImportOutcome::NewVersion;
            Article content = article;
            content.versionId = 0;
            return addArticleVersion(current.id, content, original);
        }
    }
    *outcome = ImportOutcome::Added;
    return addArticle(article, original);
}

Status Project::removeLatestVersion(qint64 articleId)
{
    if (auto refused = d->refuseIfReadOnly(); !refused)
        return refused;
    const auto current = article(articleId);
    if (!current)
        return Error{current.error()};
    if (current->version <= 1)
        return Error{tr("The article has only one version; remove the article instead.")};
    auto claimRows = claimsForArticle(articleId);
    if (!claimRows)
        return Error{claimRows.error()};
    Private::Transaction transaction(d.get());
    for (const Claim &claim : std::as_const(claimRows.value())) {
        if (claim.versionId != current->versionId)
            continue;
        if (auto removed = d->unindex(SearchKind::Claim, claim.id); !removed)
            return removed;
    }
    d->forgetVersionText();
    if (auto removed = d->run(QStringLiteral("DELETE FROM article_version WHERE id = :id"),
                              {{QStringLiteral(":id"), current->versionId}});
        !removed)
        return Error{removed.error()};
    if (auto removed = d->unindex(SearchKind::ArticleVersion, current->versionId); !removed)
        return removed;
    if (auto logged
        = d->logChange(QStringLiteral("article.version.remove"), current->uuid, toJson(current.value()), {});
        !logged)
        return logged;
    return transaction.commit();
}

Status Project::removeArticle(qint64 articleId)
{
    if (auto refused = d->refuseIfReadOnly(); !refused)
        return refused;
    const auto existing = article(articleId);
    if (!existing)
        return Error{existing.error()};

    Private::Transaction transaction(d.get());
    // The index is not tied to the tables by foreign keys: clear what the cascade removes.
    auto versions = d->run(QStringLiteral("SELECT id FROM article_version WHERE article_id = :id"),
                           {{QStringLiteral(":id"), articleId}});
    if (!versions)
        return Error{versions.error()};
    QList<qint64> versionIds;
    while (versions.value()->next())
        versionIds.append(versions.value()->value(0).toLongLong());
    versions.value()->finish();
    auto claimRows = claimsForArticle(articleId);
    if (!claimRows)
        return Error{claimRows.error()};
    for (const qint64 id : std::as_const(versionIds)) {
        if (auto removed = d->unindex(SearchKind::ArticleVersion, id); !removed)
            return removed;
    }
    for (const Claim &claim : std::as_const(claimRows.value())) {
        if (auto removed = d->unindex(SearchKind::Claim, claim.id); !removed)
            return removed;
    }
    d->forgetVersionText();
    if (auto removed
        = d->run(QStringLiteral("DELETE FROM article WHERE id = :id"), {{QStringLiteral(":id"), articleId}});
        !removed)
        return Error{removed.error()};
    if (auto logged = d->logChange(QStringLiteral("article.remove"), existing->uuid, toJson(existing.value()), {});
        !logged)
        return logged;
    return transaction.commit();
}

Result<QList<Article>> Project::articles() const
{
    return readRows(d->run(articleSelect + QStringLiteral("ORDER BY a.id")), articleFromRow);
}

Result<Article> Project::article(qint64 articleId) const
{
    return readRow(d->run(articleSelect + QStringLiteral("WHERE a.id = :id"), {{QStringLiteral(":id"), articleId}}),
                   articleFromRow, tr("The project has no article %1.").arg(articleId));
}

Result<QByteArray> Project::articleOriginal(qint64 articleId) const
{
    auto query = d->run(QStringLiteral("SELECT original FROM article_version WHERE article_id = :id "
                                       "ORDER BY number DESC LIMIT 1"),
                        {{QStringLiteral(":id"), articleId}});
    if (!query)
        return Error{query.error()};
    if (!query.value()->next())
        return Error{tr("The project has no article %1.").arg(articleId)};
    QByteArray bytes = query.value()->value(0).toByteArray();
    query.value()->finish();
    return bytes;
}

Result<int> Project::versionCount(qint64 articleId) const
{
    auto query = d->run(QStringLiteral("SELECT count(*) FROM article_version WHERE article_id = :id"),
                        {{QStringLiteral(":id"), articleId}});
    if (!query)
        return Error{query.error()};
    query.value()->next();
    const int count = query.value()->value(0).toInt();
    query.value()->finish();
    return count;
}

Result<ProjectInfo> Project::info(bool checkIntegrity) const
{
    ProjectInfo info;
    auto version = d->run(QStringLiteral("PRAGMA user_version"));
    if (!version)
        return Error{version.error()};
    version.value()->next();
    info.schemaVersion = version.value()->value(0).toInt();
    version.value()->finish();
    auto uuid = d->run(QStringLiteral("SELECT value FROM project_meta WHERE key = 'uuid'"));
    if (uuid && uuid.value()->next())
        info.uuid = uuid.value()->value(0).toString();
    if (uuid)
        uuid.value()->finish();
    const QStringList tables{QStringLiteral("article"),   QStringLiteral("article_version"), QStringLiteral("claim"),
                             QStringLiteral("figure"),    QStringLiteral("entity"),          QStringLiteral("source"),
                             QStringLiteral("snapshot"),  QStringLiteral("evidence"),        QStringLiteral("tag"),
                             QStringLiteral("change_log")};
    // An older format, opened to be inspected, lacks some of them.
    auto present = d->run(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table'"));
    if (!present)
        return Error{present.error()};
    QStringList existing;
    while (present.value()->next())
        existing.append(present.value()->value(0).toString());
    present.value()->finish();
    for (const QString &table : tables) {
        if (!existing.contains(table))
            continue;
        // Table names come from the fixed list above, never from input.
        auto count = d->run(QStringLiteral("SELECT count(*) FROM ") + table);
        if (!count)
            return Error{count.error()};
        count.value()->next();
        info.counts.insert(table, count.value()->value(0).toLongLong());
        count.value()->finish();
    }
    if (checkIntegrity) {
        auto check = d->run(QStringLiteral("PRAGMA integrity_check"));
        if (!check)
            return Error{check.error()};
        QStringList problems;
        while (check.value()->next())
            problems.append(check.value()->value(0).toString());
        check.value()->finish();
        if (problems == QStringList{QStringLiteral("ok")})
            problems.clear();
        // What integrity_check cannot see: values a writer with CHECK constraints off
        // (or any other program) left behind.
        if (info.schemaVersion == ProjectSchema::CurrentVersion)
            problems += storedValueProblems(*d);
        info.integrity = problems.isEmpty() ? QStringLiteral("ok") : problems.join(u'\n');
    }
    return info;
}

Status Project::saveCopy(const QString &path) const
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (QFileInfo::exists(absolute))
        return Error{tr("A file already exists at %1.").arg(nativePath(absolute))};
    // VACUUM INTO writes a complete, consistent copy; a crash half-way leaves no
    // project at the target, only a file SQLite will not open as one.
    // VACUUM INTO attaches the target: allow one attachment for the length of it.
    sqlite3 *connection = nativeHandle(d->db());
    if (connection)
        sqlite3_limit(connection, SQLITE_LIMIT_ATTACHED, 1);
    QSqlQuery query(d->db());
    const bool copied = query.prepare(QStringLiteral("VACUUM INTO :path"))
        && (query.bindValue(QStringLiteral(":path"), absolute), query.exec());
    const QString error = query.lastError().text();
    query.finish();
    if (connection)
        sqlite3_limit(connection, SQLITE_LIMIT_ATTACHED, 0);
    if (!copied) {
        QFile::remove(absolute);
        return Error{tr("Cannot copy the project to %1: %2").arg(nativePath(absolute), error)};
    }
    return {};
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
