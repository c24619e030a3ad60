#include "appsettings.h"
#include "claimledger_version.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>

namespace {

/// Installs the interface translation chosen in the settings (or the system's).
void installTranslations(QApplication &app)
{
    const QString language = ClaimLedger::AppSettings::language();
    const QLocale locale = language == QLatin1StringView("system") ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);

    auto *own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("claimledger"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QString::fromLatin1(ClaimLedger::ApplicationName));
    QApplication::setApplicationDisplayName(QString::fromLatin1(ClaimLedger::ApplicationName));
    QApplication::setOrganizationDomain(QString::fromLatin1(ClaimLedger::OrganizationDomain));
    QApplication::setApplicationVersion(QString::fromLatin1(ClaimLedger::VersionString));
    QApplication::setDesktopFileName(QStringLiteral("org.example.claimledger"));
    ClaimLedger::AppSettings::migrate();
    installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Track the claims news articles make."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sampleOption(QStringLiteral("sample"),
                                          QApplication::translate("main", "Open the sample project."));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Save a picture of the window to FILE once it is shown, then quit."),
        QStringLiteral("FILE"));
    parser.addOptions({sampleOption, screenshotOption});
    parser.addPositionalArgument(QStringLiteral("files"),
                                 QApplication::translate("main", "Project files to open, or articles to import."),
                                 QStringLiteral("[FILE...]"));
    parser.process(app);

    ClaimLedger::MainWindow window;
    window.show();

    if (parser.isSet(sampleOption))
        window.openSampleProject();
    for (const QString &file : parser.positionalArguments()) {
        if (QFileInfo(file).suffix().compare(QLatin1StringView("claimledger"), Qt::CaseInsensitive) == 0)
            window.openProject(file);
        else
            window.importArticleFile(file);
    }

    if (parser.isSet(screenshotOption)) {
        const QString path = parser.value(screenshotOption);
        QTimer::singleShot(500, &window, [&window, path] {
            const bool saved = window.grab().save(path);
            QApplication::exit(saved ? 0 : 1);
        });
    }
    return QApplication::exec();
}
