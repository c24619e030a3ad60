#include "exchangerates.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>

namespace ClaimLedger {

namespace {

QList<QByteArrayView> fields(QByteArrayView line)
{
    QList<QByteArrayView> result;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= line.size(); ++i) {
        if (i == line.size() || line.at(i) == ',') {
            result.append(line.sliced(start, i - start));
            start = i + 1;
        }
    }
    return result;
}

QByteArrayView lineAt(const QByteArray &csv, qsizetype offset)
{
    qsizetype end = csv.indexOf('\n', offset);
    if (end < 0)
        end = csv.size();
    QByteArrayView line(csv.constData() + offset, end - offset);
    if (line.endsWith('\r'))
        line.chop(1);
    return line;
}

} // namespace

Result<ExchangeRates> ExchangeRates::parse(const QByteArray &csv)
{
    const auto refuse = [](const QString &why) {
        return Error{
            QCoreApplication::translate("ExchangeRates", "This is not an ECB exchange-rate table: %1").arg(why)};
    };
    if (csv.size() > 64 * 1024 * 1024)
        return refuse(QCoreApplication::translate("ExchangeRates", "it is larger than 64 MB."));
    ExchangeRates rates;
    rates.m_csv = csv;
    const qsizetype headerEnd = csv.indexOf('\n');
    const QList<QByteArrayView> header = fields(lineAt(csv, 0));
    if (headerEnd < 0 || header.isEmpty() || header.front() != "Date")
        return refuse(QCoreApplication::translate("ExchangeRates", "its first column is not Date."));
    for (qsizetype i = 1; i < header.size(); ++i) {
        const QByteArrayView code = header.at(i).trimmed();
        if (code.isEmpty())
            continue; // the ECB's rows end in a comma
        if (code.size() != 3 || !std::all_of(code.begin(), code.end(), [](char c) { return c >= 'A' && c <= 'Z'; }))
            return refuse(QCoreApplication::translate("ExchangeRates", "“%1” is not a currency code.")
                              .arg(QString::fromLatin1(code.left(16))));
        rates.m_columns.insert(QString::fromLatin1(code), int(i));
    }
    for (qsizetype offset = headerEnd + 1; offset < csv.size();) {
        const QByteArrayView line = lineAt(csv, offset);
        const qsizetype lineEnd = csv.indexOf('\n', offset);
        const qsizetype next = lineEnd < 0 ? csv.size() : lineEnd + 1;
        if (!line.trimmed().isEmpty()) {
            const QList<QByteArrayView> row = fields(line);
            const QDate date = QDate::fromString(QString::fromLatin1(row.front()), Qt::ISODate);
            if (!date.isValid())
                return refuse(QCoreApplication::translate("ExchangeRates", "a row has no date."));
            for (qsizetype i = 1; i < row.size(); ++i) {
                const QByteArrayView value = row.at(i).trimmed();
                if (value.isEmpty() || value == "N/A")
                    continue;
                const auto rate = Decimal::parse(QString::fromLatin1(value));
                if (!rate || rate->isZero() || rate->isNegative())
                    return refuse(
                        QCoreApplication::translate("ExchangeRates", "%1 has a rate that is not a positive number.")
                            .arg(date.toString(Qt::ISODate)));
            }
            rates.m_dates.append(date);
            rates.m_rowOffsets.append(offset);
        }
        offset = next;
    }
    if (rates.m_dates.isEmpty())
        return refuse(QCoreApplication::translate("ExchangeRates", "it has no rows."));
    // The ECB writes the newest day first; either order is fine, but one order.
    const bool descending = rates.m_dates.size() > 1 && rates.m_dates.front() > rates.m_dates.back();
    if (descending) {
        std::reverse(rates.m_dates.begin(), rates.m_dates.end());
        std::reverse(rates.m_rowOffsets.begin(), rates.m_rowOffsets.end());
    }
    if (std::adjacent_find(rates.m_dates.cbegin(), rates.m_dates.cend(), std::greater_equal<>())
        != rates.m_dates.cend())
        return refuse(QCoreApplication::translate("ExchangeRates", "its dates are out of order."));
    return rates;
}

const ExchangeRates &ExchangeRates::builtIn()
{
    static const ExchangeRates table = [] {
        QFile file(QStringLiteral(":/claimledger/ecb/eurofxref-hist.csv"));
        if (file.open(QIODevice::ReadOnly)) {
            if (auto parsed = parse(file.readAll()))
                return std::move(parsed.value());
        }
        return ExchangeRates();
    }();
    return table;
}

bool ExchangeRates::knows(const QString &currency) const
{
    return currency == QLatin1StringView("EUR") || m_columns.contains(currency);
}

QDate ExchangeRates::firstDate() const
{
    return m_dates.isEmpty() ? QDate() : m_dates.front();
}

QDate ExchangeRates::lastDate() const
{
    return m_dates.isEmpty() ? QDate() : m_dates.back();
}

std::optional<Decimal> ExchangeRates::perEuro(qsizetype row, const QString &currency) const
{
    if (currency == QLatin1StringView("EUR"))
        return Decimal::fromInteger(1);
    const int column = m_columns.value(currency, -1);
    if (column < 0)
        return std::nullopt;
    const QList<QByteArrayView> values = fields(lineAt(m_csv, m_rowOffsets.at(row)));
    if (column >= values.size() || values.at(column).trimmed() == "N/A")
        return std::nullopt;
    return Decimal::parse(QString::fromLatin1(values.at(column).trimmed()));
}

std::optional<ExchangeRates::Rate> ExchangeRates::rate(const QString &base, const QString &quote, QDate date) const
{
    if (!knows(base) || !knows(quote) || !date.isValid())
        return std::nullopt;
    // The last business day on or before the date; back further while either is missing.
    qsizetype row = std::upper_bound(m_dates.cbegin(), m_dates.cend(), date) - m_dates.cbegin() - 1;
    for (int tries = 0; row >= 0 && tries < 10; --row, ++tries) {
        const auto basePerEuro = perEuro(row, base);
        const auto quotePerEuro = perEuro(row, quote);
        if (basePerEuro && quotePerEuro)
            return Rate{quotePerEuro->dividedBy(*basePerEuro, 6), m_dates.at(row)};
    }
    return std::nullopt;
}

} // namespace ClaimLedger
