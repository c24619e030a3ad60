#include "priority.h"

#include <QCoreApplication>

#include <array>

namespace ClaimLedger {

QString priorityDisplayName(int priority)
{
    static constexpr std::array<const char *, HighestPriority + 1> names{
        QT_TRANSLATE_NOOP("Priority", "None"),
        QT_TRANSLATE_NOOP("Priority", "Low"),
        QT_TRANSLATE_NOOP("Priority", "Normal"),
        QT_TRANSLATE_NOOP("Priority", "High"),
    };
    if (priority <= 0 || priority > HighestPriority)
        return {};
    return QCoreApplication::translate("Priority", names[priority]);
}

} // namespace ClaimLedger
