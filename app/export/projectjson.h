#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace ClaimLedger {

class Project;

/// The whole project as JSON, in the versioned schema of docs/formats/project-json.md:
/// articles with every version (text, structure and original bytes), claims with their
/// figures and tags, entities, sources with their snapshots, and evidence, everything
/// named by UUID. `read` rebuilds an equal project from it in an empty one.
class ProjectJson final
{
    Q_DECLARE_TR_FUNCTIONS(ProjectJson)

public:
    static constexpr int FormatVersion = 1;

    static Result<QJsonObject> write(const Project &project);
    static Status read(const QJsonObject &json, Project &into);
};

} // namespace ClaimLedger
