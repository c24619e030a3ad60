#include "statement.h"

#include <sqlite3.h>

namespace ClaimLedger {

void Statement::Finalizer::operator()(sqlite3_stmt *statement) const
{
    sqlite3_finalize(statement);
}

Statement::Statement(sqlite3 *connection, sqlite3_stmt *statement)
    : m_connection(connection)
    , m_statement(statement)
    , m_status(SQLITE_OK)
{
}

Result<Statement> Statement::prepare(sqlite3 *connection, QByteArrayView sql)
{
    if (!connection)
        return Error{tr("The project file could not be read or written: it is not open.")};
    sqlite3_stmt *prepared = nullptr;
    if (sqlite3_prepare_v2(connection, sql.constData(), int(sql.size()), &prepared, nullptr) != SQLITE_OK) {
        sqlite3_finalize(prepared);
        return Error{
            tr("The project file could not be read or written: %1").arg(QString::fromUtf8(sqlite3_errmsg(connection)))};
    }
    return Statement(connection, prepared);
}

bool Statement::next()
{
    m_status = sqlite3_step(m_statement.get());
    return m_status == SQLITE_ROW;
}

bool Statement::failed() const
{
    return m_status != SQLITE_OK && m_status != SQLITE_ROW && m_status != SQLITE_DONE;
}

QString Statement::errorMessage() const
{
    return failed()
        ? tr("The project file could not be read or written: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_connection)))
        : QString();
}

qint64 Statement::integer(int column) const
{
    return sqlite3_column_int64(m_statement.get(), column);
}

QByteArrayView Statement::bytes(int column) const
{
    return {reinterpret_cast<const char *>(sqlite3_column_text(m_statement.get(), column)),
            sqlite3_column_bytes(m_statement.get(), column)};
}

} // namespace ClaimLedger
