#pragma once

#include "reportcontent.h"

#include <QByteArray>

namespace ClaimLedger {

/// One row per claim, RFC 4180: comma-separated, CRLF line ends, fields quoted when
/// they hold a comma, quote or line break, quotes doubled; UTF-8, with a byte order
/// mark when asked (spreadsheets then read Korean correctly). Columns:
/// docs/formats/exchange.md.
class CsvReport final
{
public:
    static QByteArray render(const ReportContent &content, bool byteOrderMark = false);
    /// One field as RFC 4180 writes it.
    static QString field(const QString &value);
};

} // namespace ClaimLedger
