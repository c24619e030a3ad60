#include "cliapplication.h"

#include "claimledger_version.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <memory>

namespace {

/// PDF needs fonts and text layout, which live in QtGui: only then is the command line
/// a (windowless, offscreen) GUI application.
bool wantsPdf(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "--format=pdf" || argument == "-f=pdf"
            || ((argument == "--format" || argument == "-f") && i + 1 < argc && QByteArray(argv[i + 1]) == "pdf"))
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    std::unique_ptr<QCoreApplication> app;
    if (wantsPdf(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("claimledger-cli"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(ClaimLedger::VersionString));
    QCoreApplication::setOrganizationDomain(QString::fromLatin1(ClaimLedger::OrganizationDomain));
    return ClaimLedger::CliApplication().run(QCoreApplication::arguments());
}
