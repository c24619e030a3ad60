// Faults a desk meets: the process killed in the middle of an import, an import-json
// or an export; a disk that fills up; a project file that is read-only; two programs
// writing to one project. Each runs the real command line in its own process, and
// afterwards the project must pass `check` and hold exactly what was saved.

#include "clirun.h"
#include "project.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <optional>

#include <unistd.h>

using namespace ClaimLedger;
using namespace Qt::StringLiterals;

namespace {

QByteArray hashOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result();
}

qsizetype articleCount(const QString &path)
{
    auto project = Project::open(path, Project::OpenMode::Inspect);
    if (!project)
        return -1;
    auto articles = project.value()->articles();
    return articles ? articles->size() : -1;
}

/// Starts the command line and kills it with SIGKILL after `milliseconds` (or lets it
/// finish, when it is faster); true when it was killed.
bool killAfter(const QStringList &arguments, int milliseconds)
{
    QProcess process;
    process.start(QStringLiteral(CLAIMLEDGER_CLI), arguments);
    if (!process.waitForStarted())
        return false;
    if (process.waitForFinished(milliseconds))
        return false;
    process.kill(); // SIGKILL: no handler runs, nothing is flushed
    process.waitForFinished();
    return true;
}

/// Runs a shell script in a user and mount namespace of its own, where it may mount a
/// small tmpfs or a read-only view of a folder without being root; nothing when the
/// system does not allow such namespaces.
std::optional<int> runInNamespace(const QString &script, const QStringList &arguments,
                                  const QHash<QString, QString> &variables)
{
    const QString unshare = QStandardPaths::findExecutable(u"unshare"_s);
    if (unshare.isEmpty() || QProcess::execute(unshare, {u"-rm"_s, u"true"_s}) != 0)
        return std::nullopt;
    QProcess shell;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"CLI"_s, QStringLiteral(CLAIMLEDGER_CLI));
    for (auto it = variables.cbegin(); it != variables.cend(); ++it)
        environment.insert(it.key(), it.value());
    shell.setProcessEnvironment(environment);
    shell.start(unshare, QStringList{u"-rm"_s, u"sh"_s, u"-c"_s, u"set -u\n"_s + script, u"sh"_s} + arguments);
    if (!shell.waitForFinished(120000))
        return -1;
    return shell.exitCode();
}

} // namespace

class TestFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void killDuringImport_data();
    void killDuringImport();
    void killDuringImportJson_data();
    void killDuringImportJson();
    void killDuringExport_data();
    void killDuringExport();
    void aFullDiskLosesNothing();
    void aReadOnlyFileIsLeftAlone_data();
    void aReadOnlyFileIsLeftAlone();
    void twoWritersDoNotMix();

private:
    QString project(const QString &name);
    QStringList articleFiles(int count, const QString &tag);
    QString readFile(const QString &name) const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestFaults::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

/// A new sample project.
QString TestFaults::project(const QString &name)
{
    const QString path = m_dir->filePath(name);
    const CliRun made = runCli({u"sample"_s, path});
    return made.exitCode == 0 ? path : QString();
}

/// A file a script left in the test's folder, trimmed.
QString TestFaults::readFile(const QString &name) const
{
    QFile file(m_dir->filePath(name));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()).trimmed() : QString();
}

/// `count` distinct articles of a few kilobytes each.
QStringList TestFaults::articleFiles(int count, const QString &tag)
{
    QStringList files;
    for (int i = 0; i < count; ++i) {
        const QString path = m_dir->filePath(u"%1-%2.txt"_s.arg(tag).arg(i));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(u"%1 기사 %2\n\n"_s.arg(tag).arg(i).toUtf8());
        for (int paragraph = 0; paragraph < 40; ++paragraph)
            file.write(
                u"소프트뱅크는 %1번째 문단에서 5천억달러(약 710조원)를 약속했다고 밝혔다.\n\n"_s.arg(paragraph + i)
                    .toUtf8());
        files.append(path);
    }
    return files;
}

void TestFaults::killDuringImport_data()
{
    QTest::addColumn<int>("milliseconds");
    for (int ms : {5, 30, 80, 160, 320})
        QTest::addRow("after %d ms", ms) << ms;
}

void TestFaults::killDuringImport()
{
    QFETCH(int, milliseconds);
    const QString path = project(u"kill-import.claimledger"_s);
    QVERIFY(!path.isEmpty());
    const QStringList files = articleFiles(150, u"import"_s);
    QVERIFY(!files.isEmpty());
    const qsizetype before = articleCount(path);
    QCOMPARE(before, 1);
    killAfter(QStringList{u"import"_s, path} + files, milliseconds);

    // One transaction: every file or none of them, and a file that checks.
    const CliRun check = runCli({u"check"_s, path});
    QVERIFY2(check.exitCode == 0, qPrintable(check.out + check.err));
    const qsizetype after = articleCount(path);
    QVERIFY2(after == before || after == before + files.size(), qPrintable(QString::number(after)));
    // And the project takes the next import.
    const CliRun again = runCli(QStringList{u"import"_s, path} + files.mid(0, 3));
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
}

void TestFaults::killDuringImportJson_data()
{
    killDuringImport_data();
}

void TestFaults::killDuringImportJson()
{
    QFETCH(int, milliseconds);
    // An export of a project with many articles, to import into a new project.
    const QString source = project(u"source.claimledger"_s);
    QVERIFY(!source.isEmpty());
    QCOMPARE(runCli(QStringList{u"import"_s, source} + articleFiles(150, u"json"_s)).exitCode, 0);
    const QString json = m_dir->filePath(u"export.json"_s);
    QCOMPARE(runCli({u"export"_s, source, u"--format"_s, u"json"_s, u"-o"_s, json}).exitCode, 0);

    const QString target = m_dir->filePath(u"rebuilt.claimledger"_s);
    const bool killed = killAfter({u"import-json"_s, target, json}, milliseconds);
    // The new project appears whole or not at all.
    if (QFile::exists(target)) {
        QCOMPARE(articleCount(target), 151);
        QCOMPARE(runCli({u"check"_s, target}).exitCode, 0);
    } else {
        QVERIFY(killed);
        // What the killed run left is no obstacle to the next one.
        const CliRun again = runCli({u"import-json"_s, target, json});
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QCOMPARE(articleCount(target), 151);
    }
}

void TestFaults::killDuringExport_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<int>("milliseconds");
    for (const QString &format : {u"html"_s, u"pdf"_s, u"json"_s}) {
        for (int ms : {10, 60, 200})
            QTest::addRow("%s after %d ms", qPrintable(format), ms) << format << ms;
    }
}

void TestFaults::killDuringExport()
{
    QFETCH(QString, format);
    QFETCH(int, milliseconds);
    const QString path = project(u"export.claimledger"_s);
    QVERIFY(!path.isEmpty());
    QCOMPARE(runCli(QStringList{u"import"_s, path} + articleFiles(60, u"export"_s)).exitCode, 0);
    const QByteArray before = hashOf(path);
    const QString output = m_dir->filePath(u"report."_s + format);
    killAfter({u"export"_s, path, u"--format"_s, format, u"-o"_s, output}, milliseconds);

    // The report is whole or absent, never a torn file under its name.
    if (QFile::exists(output)) {
        QFile file(output);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        if (format == u"html"_s)
            QVERIFY(bytes.trimmed().endsWith("</html>"));
        else if (format == u"pdf"_s)
            QVERIFY(bytes.trimmed().endsWith("%%EOF"));
        else
            QVERIFY(QJsonDocument::fromJson(bytes).isObject());
    }
    // Exporting reads only: the project is byte for byte what it was.
    QCOMPARE(hashOf(path), before);
}

void TestFaults::aFullDiskLosesNothing()
{
    const QString path = project(u"full.claimledger"_s);
    QVERIFY(!path.isEmpty());
    const QStringList files = articleFiles(40, u"full"_s);
    const QString small = m_dir->filePath(u"small"_s);
    QVERIFY(QDir().mkpath(small));
    // A 1 MB tmpfs filled but for 40 KB; 40 articles (about 200 KB of text) are
    // imported; then the disk is freed and the project checked.
    const auto code = runInNamespace(uR"(mount -t tmpfs -o size=1m none "$SMALL" || exit 90
cp "$1" "$SMALL/p.claimledger" || exit 91
shift
free=$(df --output=avail -B1 "$SMALL" | tail -n 1)
head -c $((free - 40000)) /dev/zero > "$SMALL/filler" 2>/dev/null
"$CLI" import "$SMALL/p.claimledger" "$@" > "$OUT/import.out" 2> "$OUT/import.err"
echo $? > "$OUT/import.code"
rm "$SMALL/filler"
"$CLI" check "$SMALL/p.claimledger" > "$OUT/check.out" 2>&1
echo $? > "$OUT/check.code"
cp "$SMALL/p.claimledger" "$OUT/after.claimledger"
)"_s,
                                     QStringList{path} + files, {{u"SMALL"_s, small}, {u"OUT"_s, m_dir->path()}});
    if (!code)
        QSKIP("this system does not allow user namespaces, so no small disk can be mounted");
    QCOMPARE(*code, 0);
    QCOMPARE(readFile(u"import.code"_s), u"1"_s);
    QVERIFY2(readFile(u"import.err"_s).contains(u"full"_s), qPrintable(readFile(u"import.err"_s)));
    QCOMPARE(readFile(u"check.code"_s), u"0"_s);
    // Nothing of the failed import, everything from before.
    QCOMPARE(articleCount(m_dir->filePath(u"after.claimledger"_s)), 1);
}

void TestFaults::aReadOnlyFileIsLeftAlone_data()
{
    QTest::addColumn<bool>("mount");
    QTest::newRow("file mode 0444") << false;
    QTest::newRow("read-only file system") << true;
}

void TestFaults::aReadOnlyFileIsLeftAlone()
{
    QFETCH(bool, mount);
    const QString path = project(u"readonly.claimledger"_s);
    QVERIFY(!path.isEmpty());
    const QStringList files = articleFiles(2, u"ro"_s);
    const QByteArray before = hashOf(path);
    if (!mount) {
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        if (::access(QFile::encodeName(path).constData(), W_OK) == 0)
            QSKIP("running as root: file modes do not stop writes (the read-only file system row does)");
        const CliRun imported = runCli(QStringList{u"import"_s, path} + files);
        QCOMPARE(imported.exitCode, 1);
        QVERIFY2(imported.err.contains(u"read-only"_s), qPrintable(imported.err));
        QCOMPARE(runCli({u"check"_s, path}).exitCode, 0);
        QCOMPARE(runCli({u"export"_s, path, u"--format"_s, u"md"_s}).exitCode, 0);
    } else {
        // The project's folder seen read-only (a write-protected share, a mounted
        // archive): even root cannot write there.
        const QString folder = m_dir->filePath(u"ro"_s);
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(QFile::rename(path, folder + u"/p.claimledger"_s));
        const auto code
            = runInNamespace(uR"(mount --bind "$FOLDER" "$FOLDER" && mount -o remount,bind,ro "$FOLDER" || exit 90
"$CLI" import "$FOLDER/p.claimledger" "$@" > "$OUT/import.out" 2> "$OUT/import.err"
echo $? > "$OUT/import.code"
"$CLI" check "$FOLDER/p.claimledger" > "$OUT/check.out" 2>&1
echo $? > "$OUT/check.code"
"$CLI" export "$FOLDER/p.claimledger" --format md > "$OUT/export.md" 2>&1
echo $? > "$OUT/export.code"
)"_s,
                             files, {{u"FOLDER"_s, folder}, {u"OUT"_s, m_dir->path()}});
        if (!code)
            QSKIP("this system does not allow user namespaces, so no read-only mount can be made");
        QCOMPARE(*code, 0);
        QCOMPARE(readFile(u"import.code"_s), u"1"_s);
        QVERIFY2(readFile(u"import.err"_s).contains(u"read-only"_s), qPrintable(readFile(u"import.err"_s)));
        QCOMPARE(readFile(u"check.code"_s), u"0"_s);
        QCOMPARE(readFile(u"export.code"_s), u"0"_s);
        QVERIFY(readFile(u"export.md"_s).contains(u"한빛배터리"_s));
        QCOMPARE(hashOf(folder + u"/p.claimledger"_s), before);
        return;
    }
    QCOMPARE(hashOf(path), before);
}

void TestFaults::twoWritersDoNotMix()
{
    const QString path = project(u"shared.claimledger"_s);
    QVERIFY(!path.isEmpty());
    const QStringList first = articleFiles(80, u"first"_s);
    const QStringList second = articleFiles(80, u"second"_s);
    QProcess one;
    QProcess two;
    one.start(QStringLiteral(CLAIMLEDGER_CLI), QStringList{u"import"_s, path} + first);
    two.start(QStringLiteral(CLAIMLEDGER_CLI), QStringList{u"import"_s, path} + second);
    QVERIFY(one.waitForFinished(60000));
    QVERIFY(two.waitForFinished(60000));
    const bool firstSaved = one.exitCode() == 0;
    const bool secondSaved = two.exitCode() == 0;
    // Whoever did not get the project says who has it; nothing is half written.
    for (QProcess *process : {&one, &two}) {
        if (process->exitCode() != 0) {
            const QString error = QString::fromUtf8(process->readAllStandardError());
            QVERIFY2(error.contains(u"another"_s), qPrintable(error));
        }
    }
    QVERIFY(firstSaved || secondSaved);
    QCOMPARE(runCli({u"check"_s, path}).exitCode, 0);
    QCOMPARE(articleCount(path), 1 + (firstSaved ? first.size() : 0) + (secondSaved ? second.size() : 0));
}

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"
