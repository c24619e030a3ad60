#pragma once

#include <QDate>
#include <QStringView>

namespace ClaimLedger::Dateline {

/// The publication date a plain-text article states in its first lines, as news copy
/// does: "2024년 3월 15일", "(서울=뉴스) 2024.03.15", "March 15, 2024 —", "15 March 2024".
/// Only a full date counts (a bare "22일" is no publication date); invalid when none.
QDate find(QStringView text);

} // namespace ClaimLedger::Dateline
