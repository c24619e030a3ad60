#pragma once

#include <QString>
#include <QUuid>

namespace ClaimLedger {

/// The normalized figure of a figure claim. Values are exact decimals as text.
struct Figure {
    qint64 id = 0;
    QUuid uuid;
    qint64 claimId = 0;
    QString stated;
    QString value;
    QString low;
    QString high;
    QString unit;
    QString qualifier = QStringLiteral("exact");
    QString timeFrame;
    qint64 equivalentId = 0;

    friend bool operator==(const Figure &, const Figure &) = default;
};

} // namespace ClaimLedger
