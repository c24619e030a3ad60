#include "cliapplication.h"

#include "claimledger_version.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("claimledger-cli"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(ClaimLedger::VersionString));
    QCoreApplication::setOrganizationDomain(QString::fromLatin1(ClaimLedger::OrganizationDomain));
    return ClaimLedger::CliApplication().run(QCoreApplication::arguments());
}
