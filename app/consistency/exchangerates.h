#pragma once

#include "decimal.h"
#include "result.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace ClaimLedger {

/// The ECB's euro reference rates (eurofxref-hist.csv): one row a business day, units
/// of each currency per euro. Cross rates go through the euro, on the last business day
/// on or before the date asked for on which both currencies were quoted.
class ExchangeRates final
{
public:
    /// A rate of `quote` per unit of `base` and the day it is from.
    struct Rate {
        Decimal value;
        QDate date;
    };

    /// Reads the CSV, refusing a file that is not one: no Date column, dates out of
    /// order, a rate that is not a positive number, a currency code that is not three
    /// capital letters, or more than 64 MB.
    static Result<ExchangeRates> parse(const QByteArray &csv);
    /// The table shipped with ClaimLedger (resources/ecb, with the ECB's attribution).
    static const ExchangeRates &builtIn();

    /// `quote` per `base` ("KRW" per "USD") on `date`, or nullopt when either currency
    /// is not in the table or had no rate on or before that day (before 1999).
    std::optional<Rate> rate(const QString &base, const QString &quote, QDate date) const;
    bool knows(const QString &currency) const;
    QDate firstDate() const;
    QDate lastDate() const;

private:
    // Rows are kept as text and read when asked for: 6,700 days × 41 currencies parsed up
    // front would cost more than all the lookups an article needs.
    std::optional<Decimal> perEuro(qsizetype row, const QString &currency) const;

    QByteArray m_csv;
    QList<QDate> m_dates; // ascending
    QList<qsizetype> m_rowOffsets; // where each date's row starts in m_csv
    QHash<QString, int> m_columns;
};

} // namespace ClaimLedger
