#include "sqltransaction.h"

namespace ClaimLedger {

SqlTransaction::SqlTransaction(QSqlDatabase db)
    : m_db(std::move(db))
    , m_active(m_db.transaction())
{
}

SqlTransaction::~SqlTransaction()
{
    if (m_active)
        m_db.rollback();
}

bool SqlTransaction::commit()
{
    if (!m_active)
        return false;
    m_active = false;
    return m_db.commit();
}

} // namespace ClaimLedger
