#pragma once

#include <QString>
#include <QStringList>
#include <QUuid>

namespace ClaimLedger {

/// A person or an organisation that claims are attributed to.
struct Entity {
    enum class Kind { Person, Organization };
    qint64 id = 0;
    QUuid uuid;
    QString name;
    Kind kind = Kind::Person;
    QString role;
    QStringList aliases;

    friend bool operator==(const Entity &, const Entity &) = default;
};

} // namespace ClaimLedger
