#include "appsettings.h"
#include "claimledger_version.h"
#include "instancechannel.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>
#include <QUrl>

namespace {

/// Installs the interface translation chosen in the settings (or the system's).
void installTranslations(QApplication &app)
{
    const QString language = ClaimLedger::AppSettings::language();
    const QLocale locale = language == QLatin1StringView("system") ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);

    // Installed translations first (they can be updated without a rebuild), then the
    // copies built into the program.
    auto *own = new QTranslator(&app);
    const QString installed
        = QCoreApplication::applicationDirPath() + QStringLiteral("/../share/claimledger/translations");
    if (own->load(locale, QStringLiteral("claimledger"), QStringLiteral("_"), installed)
        || own->load(locale, QStringLiteral("claimledger"), QStringLiteral("_"), QStringLiteral(":/i18n")))
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
    const QCommandLineOption newOption(QStringLiteral("new"),
                                       QApplication::translate("main", "Start by creating a new project."));
    const QCommandLineOption windowOption(
        QStringLiteral("new-window"),
        QApplication::translate("main", "Open the files in a new window, not in the one already running."));
    parser.addOptions({sampleOption, screenshotOption, newOption, windowOption});
    parser.addPositionalArgument(
        QStringLiteral("files"),
        QApplication::translate("main", "Project files to open, articles or web addresses to import."),
        QStringLiteral("[FILE|URL...]"));
    parser.process(app);

    // Files as absolute paths, so that a window started elsewhere finds them.
    QStringList arguments;
    for (const QString &argument : parser.positionalArguments()) {
        const QUrl url(argument);
        const bool remote = url.scheme() == QLatin1StringView("http") || url.scheme() == QLatin1StringView("https");
        arguments.append(remote ? argument
                                : QFileInfo(url.isLocalFile() ? url.toLocalFile() : argument).absoluteFilePath());
    }
    // "Open with" on a running ClaimLedger: its window takes the files.
    ClaimLedger::InstanceChannel channel;
    if (!arguments.isEmpty() && !parser.isSet(windowOption) && !parser.isSet(screenshotOption)
        && channel.sendToRunning(arguments))
        return 0;

    ClaimLedger::MainWindow window;
    window.show();
    if (!parser.isSet(screenshotOption)) {
        channel.listen();
        QObject::connect(&channel, &ClaimLedger::InstanceChannel::argumentsReceived, &window,
                         [&window](const QStringList &received) {
                             window.openArguments(received);
                             window.raise();
                             window.activateWindow();
                         });
    }

    if (parser.isSet(sampleOption))
        window.openSampleProject();
    window.openArguments(arguments);
    if (parser.isSet(newOption))
        QTimer::singleShot(0, &window, &ClaimLedger::MainWindow::chooseNewProject);

    if (parser.isSet(screenshotOption)) {
        const QString path = parser.value(screenshotOption);
        QTimer::singleShot(500, &window, [&window, path] {
            const bool saved = window.grab().save(path);
            QApplication::exit(saved ? 0 : 1);
        });
    }
    return QApplication::exec();
}
