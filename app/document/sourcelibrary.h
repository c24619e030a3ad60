#pragma once

#include "project.h"
#include "projectdocument.h"
#include "result.h"

#include <memory>

namespace ClaimLedger {

/// The analyst's own library of trusted sources, shared between projects: a project
/// file of its own (under the application's data folder) that holds sources and their
/// snapshots. Sources are copied from it into a project and saved to it from one; a
/// source already there (same UUID, or the same address in canonical form) is not
/// copied twice.
class SourceLibrary final
{
    Q_DECLARE_TR_FUNCTIONS(SourceLibrary)

public:
    /// `library.claimledger` in QStandardPaths::AppDataLocation.
    static QString defaultPath();
    /// Opens the library, creating it on first use.
    static Result<std::unique_ptr<Project>> open(const QString &path = defaultPath());

    /// A source of `from` with its snapshots, as ProjectDocument::addSource() takes it.
    static Result<SourceRecord> read(const Project &from, qint64 sourceId);
    /// The source in `project` that is the same as `source`, if any.
    static Result<std::optional<Source>> findSame(const Project &project, const Source &source);
    /// The text a snapshot holds, as the article import reads it.
    static Result<QString> snapshotText(const QByteArray &bytes, const QString &mimeType);
    /// Saves a project's source to the library; returns the library's copy (an
    /// existing one when it was there already).
    static Result<Source> save(const Project &from, qint64 sourceId, Project &library);
};

} // namespace ClaimLedger
