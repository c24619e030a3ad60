#pragma once

#include "result.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace ClaimLedger {

/// A statement of SQLite's C API that finalizes itself: for the one read that QtSql
/// makes too slow (every claim on open, where a QVariant and a UTF-16 copy per column
/// cost 4 µs a claim). Columns read in place, as the UTF-8 they are stored in.
class Statement final
{
    Q_DECLARE_TR_FUNCTIONS(Statement)

public:
    /// Prepares `sql` on the connection, or says why it could not.
    static Result<Statement> prepare(sqlite3 *connection, QByteArrayView sql);

    /// Steps to the next row: false at the end, and on an error (see failed()).
    bool next();
    /// True when the last step failed rather than ended; errorMessage() says why.
    bool failed() const;
    QString errorMessage() const;

    qint64 integer(int column) const;
    /// The column's bytes, valid until the next step.
    QByteArrayView bytes(int column) const;
    QString text(int column) const { return QString::fromUtf8(bytes(column)); }
    /// For ASCII columns (keys, times): no UTF-8 decoding.
    QString latin1(int column) const { return QString::fromLatin1(bytes(column)); }

private:
    struct Finalizer {
        void operator()(sqlite3_stmt *statement) const;
    };
    Statement(sqlite3 *connection, sqlite3_stmt *statement);

    sqlite3 *m_connection;
    std::unique_ptr<sqlite3_stmt, Finalizer> m_statement;
    int m_status;
};

} // namespace ClaimLedger
