#include "projectschema.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

#include <iterator>

namespace ClaimLedger::ProjectSchema {

namespace {

// Timestamps are ISO 8601 UTC text, UUIDs text without braces, enumerations their
// stable keys, exact decimals text: the file stays readable with the sqlite3 shell.

// Version 1: articles, claims and the change log.
constexpr const char *version1[] = {
    R"(CREATE TABLE project_meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    ) STRICT)",
    R"(CREATE TABLE article (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        title TEXT NOT NULL,
        source TEXT NOT NULL DEFAULT '',
        encoding TEXT NOT NULL DEFAULT '',
        language TEXT NOT NULL DEFAULT '',
        text TEXT NOT NULL,
        original BLOB NOT NULL,
        imported_at TEXT NOT NULL
    ) STRICT)",
    R"(CREATE TABLE claim (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
        start_offset INTEGER NOT NULL CHECK (start_offset >= 0),
        end_offset INTEGER NOT NULL CHECK (end_offset > start_offset),
        exact TEXT NOT NULL,
        prefix TEXT NOT NULL DEFAULT '',
        suffix TEXT NOT NULL DEFAULT '',
        kind TEXT NOT NULL,
        verdict TEXT NOT NULL,
        claimant TEXT NOT NULL DEFAULT '',
        wording TEXT NOT NULL DEFAULT '',
        rationale TEXT NOT NULL DEFAULT '',
        priority INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        modified_at TEXT NOT NULL
    ) STRICT)",        "CREATE INDEX claim_by_article ON claim (article_id, start_offset)",
    R"(CREATE TABLE change_log (
        id INTEGER PRIMARY KEY,
        changed_at TEXT NOT NULL,
        analyst TEXT NOT NULL DEFAULT '',
        operation TEXT NOT NULL,
        object_uuid TEXT NOT NULL,
        before_json TEXT,
        after_json TEXT
    ) STRICT)",   "CREATE INDEX change_log_by_object ON change_log (object_uuid)",
};

// Version 2: article versions, figures, entities, sources with snapshots, evidence,
// tags, and full-text search. Version 1's article rows become each article's first
// version; claims point at the version whose text their offsets count in.
constexpr const char *version2[] = {
    R"(CREATE TABLE article_version (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
        number INTEGER NOT NULL CHECK (number >= 1),
        original BLOB NOT NULL,
        original_sha256 TEXT NOT NULL DEFAULT '',
        encoding TEXT NOT NULL DEFAULT '',
        mime_type TEXT NOT NULL DEFAULT '',
        text TEXT NOT NULL,
        structure_json TEXT NOT NULL DEFAULT '[]',
        metadata_json TEXT NOT NULL DEFAULT '{}',
        imported_at TEXT NOT NULL,
        UNIQUE (article_id, number)
    ) STRICT)",
    R"(INSERT INTO article_version (uuid, article_id, number, original, encoding, text, imported_at)
        SELECT lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2)
                     || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2)
                     || '-' || hex(randomblob(6))),
               id, 1, original, encoding, text, imported_at
        FROM article)",
    // SQLite cannot drop columns that others reference; rebuild the article table.
    R"(CREATE TABLE article_v2 (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        title TEXT NOT NULL,
        source TEXT NOT NULL DEFAULT '',
        url TEXT NOT NULL DEFAULT '',
        outlet TEXT NOT NULL DEFAULT '',
        byline TEXT NOT NULL DEFAULT '',
        language TEXT NOT NULL DEFAULT '',
        published_at TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL
    ) STRICT)",
    R"(INSERT INTO article_v2 (id, uuid, title, source, language, created_at)
        SELECT id, uuid, title, source, language, imported_at FROM article)",
    R"(CREATE TABLE claim_v2 (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        article_id INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
        version_id INTEGER NOT NULL REFERENCES article_version(id) ON DELETE CASCADE,
        start_offset INTEGER NOT NULL CHECK (start_offset >= 0),
        end_offset INTEGER NOT NULL CHECK (end_offset > start_offset),
        exact TEXT NOT NULL,
        prefix TEXT NOT NULL DEFAULT '',
        suffix TEXT NOT NULL DEFAULT '',
        kind TEXT NOT NULL,
        verdict TEXT NOT NULL,
        claimant TEXT NOT NULL DEFAULT '',
        claimant_id INTEGER REFERENCES entity(id) ON DELETE SET NULL,
        wording TEXT NOT NULL DEFAULT '',
        rationale TEXT NOT NULL DEFAULT '',
        priority INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        modified_at TEXT NOT NULL
    ) STRICT)",
    R"(CREATE TABLE entity (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('person', 'organization')),
        role TEXT NOT NULL DEFAULT ''
    ) STRICT)",
    R"(INSERT INTO claim_v2 (id, uuid, article_id, version_id, start_offset, end_offset, exact, prefix, suffix,
                             kind, verdict, claimant, wording, rationale, priority, created_at, modified_at)
        SELECT c.id, c.uuid, c.article_id, v.id, c.start_offset, c.end_offset, c.exact, c.prefix, c.suffix,
               c.kind, c.verdict, c.claimant, c.wording, c.rationale, c.priority, c.created_at, c.modified_at
        FROM claim c JOIN article_version v ON v.article_id = c.article_id AND v.number = 1)",
    "DROP TABLE claim",
    "DROP TABLE article",
    "ALTER TABLE article_v2 RENAME TO article",
    "ALTER TABLE claim_v2 RENAME TO claim",
    "CREATE INDEX claim_by_article ON claim (article_id, start_offset)",
    "CREATE INDEX claim_by_version ON claim (version_id)",
    "CREATE INDEX claim_by_verdict ON claim (verdict)",
    "CREATE INDEX claim_by_claimant ON claim (claimant_id)",
    "CREATE INDEX article_version_by_article ON article_version (article_id, number)",
    "CREATE INDEX article_by_source ON article (source)",
    R"(CREATE TABLE entity_alias (
        id INTEGER PRIMARY KEY,
        entity_id INTEGER NOT NULL REFERENCES entity(id) ON DELETE CASCADE,
        alias TEXT NOT NULL,
        UNIQUE (entity_id, alias)
    ) STRICT)",
    "CREATE INDEX entity_alias_by_alias ON entity_alias (alias)",
    R"(CREATE TABLE figure (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        claim_id INTEGER NOT NULL REFERENCES claim(id) ON DELETE CASCADE,
        stated TEXT NOT NULL,
        value TEXT NOT NULL DEFAULT '',
        low TEXT NOT NULL DEFAULT '',
        high TEXT NOT NULL DEFAULT '',
        unit TEXT NOT NULL DEFAULT '',
        qualifier TEXT NOT NULL DEFAULT 'exact',
        time_frame TEXT NOT NULL DEFAULT '',
        equivalent_id INTEGER REFERENCES figure(id) ON DELETE SET NULL
    ) STRICT)",
    "CREATE INDEX figure_by_claim ON figure (claim_id)",
    R"(CREATE TABLE source (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL,
        title TEXT NOT NULL,
        url TEXT NOT NULL DEFAULT '',
        publisher TEXT NOT NULL DEFAULT '',
        author TEXT NOT NULL DEFAULT '',
        published_at TEXT NOT NULL DEFAULT '',
        accessed_at TEXT NOT NULL DEFAULT '',
        reliability TEXT NOT NULL DEFAULT 'F' CHECK (reliability IN ('A', 'B', 'C', 'D', 'E', 'F')),
        notes TEXT NOT NULL DEFAULT ''
    ) STRICT)",
    "CREATE INDEX source_by_url ON source (url)",
    R"(CREATE TABLE snapshot (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        source_id INTEGER NOT NULL REFERENCES source(id) ON DELETE CASCADE,
        bytes BLOB NOT NULL,
        mime_type TEXT NOT NULL DEFAULT '',
        final_url TEXT NOT NULL DEFAULT '',
        http_status INTEGER NOT NULL DEFAULT 0,
        fetched_at TEXT NOT NULL,
        sha256 TEXT NOT NULL
    ) STRICT)",
    "CREATE INDEX snapshot_by_source ON snapshot (source_id)",
    R"(CREATE TABLE evidence (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        claim_id INTEGER NOT NULL REFERENCES claim(id) ON DELETE CASCADE,
        source_id INTEGER NOT NULL REFERENCES source(id) ON DELETE CASCADE,
        stance TEXT NOT NULL CHECK (stance IN ('supports', 'contradicts', 'context', 'origin')),
        excerpt TEXT NOT NULL DEFAULT '',
        locator TEXT NOT NULL DEFAULT '',
        credibility INTEGER NOT NULL DEFAULT 6 CHECK (credibility BETWEEN 1 AND 6),
        note TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL
    ) STRICT)",
    "CREATE INDEX evidence_by_claim ON evidence (claim_id)",
    "CREATE INDEX evidence_by_source ON evidence (source_id)",
    R"(CREATE TABLE tag (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL UNIQUE
    ) STRICT)",
    R"(CREATE TABLE claim_tag (
        claim_id INTEGER NOT NULL REFERENCES claim(id) ON DELETE CASCADE,
        tag_id INTEGER NOT NULL REFERENCES tag(id) ON DELETE CASCADE,
        PRIMARY KEY (claim_id, tag_id)
    ) STRICT, WITHOUT ROWID)",
    "CREATE INDEX claim_tag_by_tag ON claim_tag (tag_id)",
    // Full-text search over article text, claims and sources. The trigram tokenizer
    // finds any run of three or more characters, which suits Korean, where words
    // carry particles (소프트뱅크는) that a word tokenizer would keep attached.
    R"(CREATE VIRTUAL TABLE search_index USING fts5 (
        kind UNINDEXED, object_id UNINDEXED, body, tokenize = 'trigram'
    ))",
    R"(INSERT INTO search_index (kind, object_id, body)
        SELECT 'article', v.id, a.title || char(10) || v.text FROM article_version v JOIN article a ON a.id = v.article_id)",
    R"(INSERT INTO search_index (kind, object_id, body)
        SELECT 'claim', id, exact || char(10) || wording || char(10) || rationale || char(10) || claimant FROM claim)",
};

struct Migration {
    int version;
    const char *const *statements;
    size_t count;
};

constexpr Migration migrations[] = {
    {1, version1, std::size(version1)},
    {2, version2, std::size(version2)},
};

} // namespace

Status migrate(QSqlDatabase &db, int from, int to)
{
    QSqlQuery query(db);
    // Rebuilding a table drops it; with foreign keys on, that would cascade.
    if (!query.exec(QStringLiteral("PRAGMA foreign_keys = OFF")))
        return Error{query.lastError().text()};
    for (const Migration &migration : migrations) {
        if (migration.version <= from || migration.version > to)
            continue;
        // Each step in its own transaction: a failure leaves the previous version whole.
        if (!db.transaction())
            return Error{db.lastError().text()};
        for (size_t i = 0; i < migration.count; ++i) {
            if (!query.exec(QString::fromUtf8(migration.statements[i]))) {
                const QString error = query.lastError().text();
                db.rollback();
                return Error{error};
            }
        }
        if (!query.exec(QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId))
            || !query.exec(QStringLiteral("PRAGMA user_version = %1").arg(migration.version))) {
            const QString error = query.lastError().text();
            db.rollback();
            return Error{error};
        }
        if (!query.exec(QStringLiteral("PRAGMA foreign_key_check")) || query.next()) {
            db.rollback();
            return Error{QStringLiteral("migration %1 left rows whose references do not hold").arg(migration.version)};
        }
        if (!db.commit())
            return Error{db.lastError().text()};
    }
    if (!query.exec(QStringLiteral("PRAGMA foreign_keys = ON")))
        return Error{query.lastError().text()};
    return {};
}

QString normalizedDefinition(const QString &sql)
{
    // SQLite keeps the CREATE statement as written, except that ALTER TABLE ... RENAME
    // quotes the new name; neither quoting nor spacing changes what a table is.
    QString text = sql;
    text.remove(u'"').remove(u'\'').remove(u'`');
    return text.simplified().toLower();
}

const QHash<QString, QString> &expectedDefinitions()
{
    // Read from a database this build makes: the one definition of the schema is the
    // migrations above, and a file made by them (new or upgraded) matches it exactly.
    static const QHash<QString, QString> definitions = [] {
        QHash<QString, QString> result;
        const QString name = QStringLiteral("claimledger-schema-reference");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(QStringLiteral(":memory:"));
            if (db.open() && migrate(db, 0)) {
                QSqlQuery query(db);
                query.exec(QStringLiteral("SELECT name, sql FROM sqlite_schema WHERE sql IS NOT NULL"));
                while (query.next()) {
                    const QString object = query.value(0).toString();
                    // FTS5 writes its shadow tables' definitions itself, and they differ
                    // between SQLite versions: those are checked by name only.
                    if (!object.startsWith(QLatin1StringView("search_index_")))
                        result.insert(object, normalizedDefinition(query.value(1).toString()));
                }
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return result;
    }();
    return definitions;
}

const QStringList &expectedObjects()
{
    // Every table and index the current schema has (FTS5 adds shadow tables).
    static const QStringList names{
        QStringLiteral("project_meta"),
        QStringLiteral("article"),
        QStringLiteral("article_version"),
        QStringLiteral("claim"),
        QStringLiteral("change_log"),
        QStringLiteral("entity"),
        QStringLiteral("entity_alias"),
        QStringLiteral("figure"),
        QStringLiteral("source"),
        QStringLiteral("snapshot"),
        QStringLiteral("evidence"),
        QStringLiteral("tag"),
        QStringLiteral("claim_tag"),
        QStringLiteral("search_index"),
        QStringLiteral("search_index_data"),
        QStringLiteral("search_index_idx"),
        QStringLiteral("search_index_content"),
        QStringLiteral("search_index_docsize"),
        QStringLiteral("search_index_config"),
    };
    return names;
}

} // namespace ClaimLedger::ProjectSchema
