// Exports at scale: the workspace benchmark's project (100,000 claims; made by
// workspace_bench) written as CSV and as whole-project JSON, timed, and the JSON read
// back into a new project.
//
//   export_bench [FILE]     (default: build/bench/workspace.claimledger)

#include "csvreport.h"
#include "processmemory.h"
#include "project.h"
#include "projectjson.h"
#include "reportcontent.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QTextStream>

using namespace ClaimLedger;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QString path = argc > 1 ? QString::fromLocal8Bit(argv[1])
                                  : QCoreApplication::applicationDirPath() + QStringLiteral("/workspace.claimledger");
    auto project = Project::open(path, Project::OpenMode::ReadOnly);
    if (!project) {
        out << "export_bench: " << project.error() << " (run workspace_bench first)" << Qt::endl;
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    auto content = ReportContent::fromProject(*project.value());
    const qint64 read = timer.restart();
    const QByteArray csv = CsvReport::render(content.value());
    const qint64 rendered = timer.restart();
    qsizetype claims = 0;
    for (const auto &section : content->sections)
        claims += section.claims.size();
    out << "CSV: " << claims << " claims, " << csv.size() / 1024 << " KB; read " << read << " ms + write " << rendered
        << " ms = " << read + rendered << " ms  (goal < 3000 ms)" << Qt::endl;

    timer.restart();
    auto json = ProjectJson::write(*project.value());
    const QByteArray bytes = QJsonDocument(json.value()).toJson(QJsonDocument::Compact);
    out << "JSON: " << bytes.size() / 1024 << " KB in " << timer.elapsed() << " ms  (goal < 3000 ms)" << Qt::endl;

    const QString copy = path + QStringLiteral(".json-copy");
    QFile::remove(copy);
    timer.restart();
    {
        auto rebuilt = Project::create(copy);
        const Status imported = ProjectJson::read(QJsonDocument::fromJson(bytes).object(), *rebuilt.value());
        out << "import-json: " << timer.elapsed() << " ms" << (imported ? "" : " FAILED: ")
            << (imported ? QString() : imported.error()) << Qt::endl;
    }
    QFile::remove(copy);
    out << "peak RSS: " << TestSupport::peakResidentKilobytes() / 1024 << " MB" << Qt::endl;
    return 0;
}
