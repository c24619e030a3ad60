// `import-json`: a project export from anyone, read into a new project. Whatever it
// accepts must pass the same check a project file gets when opened, and must read
// back and render like any other project.

#include "projectreading.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

namespace {
QTemporaryDir *folder = nullptr;
}

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    ClaimLedger::Fuzz::start(argc, argv);
    folder = new QTemporaryDir; // removed when the run ends normally; left in /tmp after a crash
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace ClaimLedger;
    const QJsonDocument document = QJsonDocument::fromJson(Fuzz::bytesOf(data, size));
    if (!document.isObject())
        return 0;
    const QString path = folder->filePath(QStringLiteral("import.claimledger"));
    QFile::remove(path);
    auto project = Project::create(path);
    Fuzz::require(bool(project), "a new project can be created");
    if (ProjectJson::read(document.object(), *project.value())) {
        auto info = project.value()->info(true);
        Fuzz::require(info && info->integrity == QLatin1StringView("ok"), "what import accepts passes the check");
        Fuzz::readEverything(*project.value());
    }
    return 0;
}
