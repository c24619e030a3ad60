#pragma once

#include <QStringList>
#include <QtGlobal>

class QSqlDatabase;
class QString;

namespace ClaimLedger::ProjectSchema {

/// PRAGMA application_id of every project file: "CLML" in ASCII, so `file` and the
/// application recognise a project whatever its name.
inline constexpr quint32 ApplicationId = 0x434C4D4C;

/// PRAGMA user_version written by this build. Bump it with a new migration.
inline constexpr int CurrentVersion = 2;

/// Brings a database from schema version `from` (0 for an empty file) to `to`, one
/// migration at a time, each in its own transaction. Foreign keys must be off while
/// it runs (tables are rebuilt). Returns an error message, or an empty string.
QString migrate(QSqlDatabase &db, int from, int to = CurrentVersion);

/// The names of every table and index the current schema has. A file holding other
/// objects (triggers, views, tables) was not written by ClaimLedger alone.
const QStringList &expectedObjects();

} // namespace ClaimLedger::ProjectSchema
