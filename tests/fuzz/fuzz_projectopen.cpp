// Opening a project file from anyone: the bytes are written to a file, opened for
// inspection (as `check` does) and for editing (as the window does), and everything it
// holds is read and rendered. Seeds are real projects, so mutations reach SQLite's
// pages and ClaimLedger's rows, not only the header check.

#include "projectreading.h"

#include <QFile>
#include <QTemporaryDir>

namespace {
QTemporaryDir *folder = nullptr;
}

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    ClaimLedger::Fuzz::start(argc, argv);
    folder = new QTemporaryDir;
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace ClaimLedger;
    const QString path = folder->filePath(QStringLiteral("input.claimledger"));
    {
        QFile file(path);
        Fuzz::require(file.open(QIODevice::WriteOnly | QIODevice::Truncate), "the input can be written");
        file.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    for (Project::OpenMode mode : {Project::OpenMode::Inspect, Project::OpenMode::ReadWrite}) {
        auto project = Project::open(path, mode);
        if (project)
            Fuzz::readEverything(*project.value());
        else
            Fuzz::require(!project.error().isEmpty(), "a refusal says why");
    }
    QFile::remove(path + QStringLiteral("-journal"));
    return 0;
}
