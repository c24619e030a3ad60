#include "appsettings.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace ClaimLedger {

namespace {

// Bump with a migration step in migrate() whenever a key changes meaning or name.
constexpr int SettingsVersion = 1;

const QString versionKey = QStringLiteral("settingsVersion");
const QString languageKey = QStringLiteral("ui/language");
const QString analystKey = QStringLiteral("analyst/name");
const QString recentFilesKey = QStringLiteral("files/recent");
const QString fetchLimitKey = QStringLiteral("network/fetchLimitMegabytes");
const QString geometryKey = QStringLiteral("window/geometry");
const QString stateKey = QStringLiteral("window/state");
const QString candidatesKey = QStringLiteral("reader/showCandidates");
const QString colorsGroup = QStringLiteral("reader/verdictColors");

} // namespace

QString AppSettings::language()
{
    const QString value = QSettings().value(languageKey, QStringLiteral("system")).toString();
    return value == QLatin1StringView("en") || value == QLatin1StringView("ko") ? value : QStringLiteral("system");
}

void AppSettings::setLanguage(const QString &language)
{
    QSettings().setValue(languageKey, language);
}

QString AppSettings::analystName()
{
    return QSettings().value(analystKey).toString();
}

void AppSettings::setAnalystName(const QString &name)
{
    QSettings().setValue(analystKey, name.trimmed());
}

int AppSettings::fetchLimitMegabytes()
{
    const int value = QSettings().value(fetchLimitKey, 25).toInt();
    return value >= 1 && value <= 1024 ? value : 25;
}

void AppSettings::setFetchLimitMegabytes(int megabytes)
{
    QSettings().setValue(fetchLimitKey, megabytes);
}

bool AppSettings::candidatesShown()
{
    return QSettings().value(candidatesKey, true).toBool();
}

void AppSettings::setCandidatesShown(bool shown)
{
    QSettings().setValue(candidatesKey, shown);
}

QHash<Verdict, QColor> AppSettings::verdictColors()
{
    QSettings settings;
    settings.beginGroup(colorsGroup);
    QHash<Verdict, QColor> colors;
    for (const Verdict verdict : allVerdicts()) {
        const QColor color(settings.value(verdictKey(verdict)).toString());
        if (color.isValid())
            colors.insert(verdict, color);
    }
    return colors;
}

void AppSettings::setVerdictColors(const QHash<Verdict, QColor> &colors)
{
    QSettings settings;
    settings.remove(colorsGroup);
    settings.beginGroup(colorsGroup);
    for (auto it = colors.cbegin(); it != colors.cend(); ++it)
        settings.setValue(verdictKey(it.key()), it.value().name());
}

QStringList AppSettings::recentFiles()
{
    return QSettings().value(recentFilesKey).toStringList();
}

void AppSettings::addRecentFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = recentFiles();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > MaximumRecentFiles)
        files.removeLast();
    QSettings().setValue(recentFilesKey, files);
}

void AppSettings::removeRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(QFileInfo(path).absoluteFilePath());
    QSettings().setValue(recentFilesKey, files);
}

QByteArray AppSettings::windowGeometry()
{
    return QSettings().value(geometryKey).toByteArray();
}

QByteArray AppSettings::windowState()
{
    return QSettings().value(stateKey).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray &geometry)
{
    QSettings().setValue(geometryKey, geometry);
}

void AppSettings::setWindowState(const QByteArray &state)
{
    QSettings().setValue(stateKey, state);
}

QString AppSettings::sampleProjectPath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder).filePath(QStringLiteral("Sample.claimledger"));
}

void AppSettings::migrate()
{
    QSettings settings;
    const int version = settings.value(versionKey, 0).toInt();
    if (version < SettingsVersion)
        settings.setValue(versionKey, SettingsVersion);
}

} // namespace ClaimLedger
