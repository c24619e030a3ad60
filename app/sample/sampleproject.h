#pragma once

#include "importedarticle.h"
#include "project.h"
#include "result.h"

#include <QCoreApplication>

#include <memory>

namespace ClaimLedger {

/// The sample project newcomers open first: a fictional Korean news article written
/// for ClaimLedger, with a few claims already marked and rated.
class SampleProject final
{
    Q_DECLARE_TR_FUNCTIONS(SampleProject)

public:
    /// Creates the sample project at `path` (which must not exist yet).
    static Result<std::unique_ptr<Project>> create(const QString &path);

    /// The sample article's original bytes, as shipped in the application's resources.
    static QByteArray articleBytes();

private:
    static Status fill(Project &project, const ImportedArticle &imported);
};

} // namespace ClaimLedger
