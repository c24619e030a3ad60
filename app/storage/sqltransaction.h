#pragma once

#include <QSqlDatabase>

namespace ClaimLedger {

/// Begins a transaction and rolls it back when it goes out of scope uncommitted, so an
/// early return on error can never leave half an edit in the file.
class SqlTransaction final
{
public:
    explicit SqlTransaction(QSqlDatabase db);
    ~SqlTransaction();
    Q_DISABLE_COPY_MOVE(SqlTransaction)

    bool isActive() const { return m_active; }
    bool commit();

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

} // namespace ClaimLedger
