#include "projectschema.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

namespace ClaimLedger::ProjectSchema {

namespace {

// Version 1. Timestamps are ISO 8601 UTC text, UUIDs text without braces, verdicts and
// kinds their stable keys, so the file stays readable with the sqlite3 shell.
constexpr const char *schemaV1[] = {
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

} // namespace

QString create(QSqlDatabase &db)
{
    QSqlQuery query(db);
    for (const char *statement : schemaV1) {
        if (!query.exec(QString::fromUtf8(statement)))
            return query.lastError().text();
    }
    // PRAGMA takes no bound parameters; both values are compile-time constants.
    if (!query.exec(QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId))
        || !query.exec(QStringLiteral("PRAGMA user_version = %1").arg(CurrentVersion)))
        return query.lastError().text();
    return {};
}

} // namespace ClaimLedger::ProjectSchema
