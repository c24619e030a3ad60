#include "sourcelibrary.h"

#include "sourceimporter.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace ClaimLedger {

QString SourceLibrary::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/library.claimledger");
}

Result<std::unique_ptr<Project>> SourceLibrary::open(const QString &path)
{
    if (QFileInfo::exists(path))
        return Project::open(path);
    QDir().mkpath(QFileInfo(path).absolutePath());
    return Project::create(path);
}

Result<SourceRecord> SourceLibrary::read(const Project &from, qint64 sourceId)
{
    auto source = from.source(sourceId);
    if (!source)
        return Error{source.error()};
    auto snapshots = from.snapshots(sourceId);
    if (!snapshots)
        return Error{snapshots.error()};
    SourceRecord record{source.value(), snapshots.value(), {}};
    // The copy is a row of its own in the other file; the UUID says it is the same source.
    record.source.id = 0;
    for (Snapshot &snapshot : record.snapshots) {
        snapshot.id = 0;
        snapshot.sourceId = 0;
    }
    return record;
}

Result<std::optional<Source>> SourceLibrary::findSame(const Project &project, const Source &source)
{
    auto all = project.sources();
    if (!all)
        return Error{all.error()};
    for (const Source &candidate : all.value()) {
        if (candidate.uuid == source.uuid)
            return std::optional<Source>(candidate);
    }
    if (source.url.isEmpty())
        return std::optional<Source>();
    return project.findSourceByUrl(source.url);
}

Result<Source> SourceLibrary::save(const Project &from, qint64 sourceId, Project &library)
{
    auto record = read(from, sourceId);
    if (!record)
        return Error{record.error()};
    auto same = findSame(library, record->source);
    if (!same)
        return Error{same.error()};
    if (same->has_value())
        return same->value();
    Source saved;
    const Status stored = library.inTransaction([&]() -> Status {
        auto source = library.addSource(record->source);
        if (!source)
            return Error{source.error()};
        saved = source.value();
        for (Snapshot snapshot : record->snapshots) {
            snapshot.sourceId = saved.id;
            if (auto added = library.addSnapshot(snapshot); !added)
                return Error{added.error()};
        }
        return {};
    });
    if (!stored)
        return Error{stored.error()};
    return saved;
}

Result<QString> SourceLibrary::snapshotText(const QByteArray &bytes, const QString &mimeType)
{
    return SourceImporter::textOf(bytes, mimeType);
}

} // namespace ClaimLedger
