#pragma once

#include <QtGlobal>

class QSqlDatabase;
class QString;

namespace ClaimLedger::ProjectSchema {

/// PRAGMA application_id of every project file: "CLML" in ASCII, so `file` and the
/// application recognise a project whatever its name.
inline constexpr quint32 ApplicationId = 0x434C4D4C;

/// PRAGMA user_version written by this build. Bump it with a new migration.
inline constexpr int CurrentVersion = 1;

/// Creates the current schema in an empty database. Returns an error message, or an
/// empty string on success. The caller owns the transaction.
QString create(QSqlDatabase &db);

} // namespace ClaimLedger::ProjectSchema
