#pragma once

#include "result.h"

#include <QHash>
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
/// it runs (tables are rebuilt).
Status migrate(QSqlDatabase &db, int from, int to = CurrentVersion);

/// The names of every table and index the current schema has. A file holding other
/// objects (triggers, views, tables) was not written by ClaimLedger alone.
const QStringList &expectedObjects();

/// The CREATE statement of each table and index the current schema defines (FTS5's
/// shadow tables aside), by name, as normalizedDefinition() gives it. A file whose
/// tables are defined otherwise (a table rebuilt without its CHECK constraints, a
/// column added) was changed outside ClaimLedger.
const QHash<QString, QString> &expectedDefinitions();
/// A CREATE statement with quotes dropped, white space folded and letters lower-cased.
QString normalizedDefinition(const QString &sql);

} // namespace ClaimLedger::ProjectSchema
