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
void installTranslations(QCoreApplication &app)
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

void nameApplication()
{
    QCoreApplication::setApplicationName(QString::fromLatin1(ClaimLedger::ApplicationName));
    QCoreApplication::setOrganizationDomain(QString::fromLatin1(ClaimLedger::OrganizationDomain));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(ClaimLedger::VersionString));
}

/// The options the program takes, and its help text.
struct CommandLine {
    QCommandLineOption sample{QStringLiteral("sample"),
                              QCoreApplication::translate("main", "Open the sample project.")};
    QCommandLineOption screenshot{
        QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Save a picture of the window to FILE once it is shown, then quit."),
        QStringLiteral("FILE")};
    QCommandLineOption newProject{QStringLiteral("new"),
                                  QCoreApplication::translate("main", "Start by creating a new project.")};
    QCommandLineOption newWindow{
        QStringLiteral("new-window"),
        QCoreApplication::translate("main", "Open the files in a new window, not in the one already running.")};
    QCommandLineParser parser;

    CommandLine()
    {
        parser.setApplicationDescription(QCoreApplication::translate("main", "Track the claims news articles make."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOptions({sample, screenshot, newProject, newWindow});
        parser.addPositionalArgument(
            QStringLiteral("files"),
            QCoreApplication::translate("main", "Project files to open, articles or web addresses to import."),
            QStringLiteral("[FILE|URL...]"));
    }
};

/// Whether the arguments ask only for help or the version.
bool asksForHelpOrVersion(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView argument(argv[i]);
        if (argument == "--")
            return false;
        if (argument == "-h" || argument == "--help" || argument == "--help-all" || argument == "-?" || argument == "-v"
            || argument == "--version")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    // Help and the version are answered before a GUI application exists: making one
    // needs a display, and without one Qt aborts the process.
    if (asksForHelpOrVersion(argc, argv)) {
        QCoreApplication core(argc, argv);
        nameApplication();
        installTranslations(core);
        CommandLine commandLine;
        commandLine.parser.process(core); // prints and exits
        return 0;
    }

    QApplication app(argc, argv);
    nameApplication();
    QApplication::setApplicationDisplayName(QString::fromLatin1(ClaimLedger::ApplicationName));
    QApplication::setDesktopFileName(QStringLiteral("org.example.claimledger"));
    ClaimLedger::AppSettings::migrate();
    installTranslations(app);

    CommandLine commandLine;
    const QCommandLineParser &parser = commandLine.parser;
    commandLine.parser.process(app);

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
    if (!arguments.isEmpty() && !parser.isSet(commandLine.newWindow) && !parser.isSet(commandLine.screenshot)
        && channel.sendToRunning(arguments))
        return 0;

    ClaimLedger::MainWindow window;
    window.show();
    if (!parser.isSet(commandLine.screenshot)) {
        channel.listen();
        QObject::connect(&channel, &ClaimLedger::InstanceChannel::argumentsReceived, &window,
                         [&window](const QStringList &received) {
                             window.openArguments(received);
                             window.raise();
                             window.activateWindow();
                         });
    }

    if (parser.isSet(commandLine.sample))
        window.openSampleProject();
    window.openArguments(arguments);
    if (parser.isSet(commandLine.newProject))
        QTimer::singleShot(0, &window, &ClaimLedger::MainWindow::chooseNewProject);

    if (parser.isSet(commandLine.screenshot)) {
        const QString path = parser.value(commandLine.screenshot);
        QTimer::singleShot(500, &window, [&window, path] {
            const bool saved = window.grab().save(path);
            QApplication::exit(saved ? 0 : 1);
        });
    }
    return QApplication::exec();
}
