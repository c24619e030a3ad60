// Opens every hostile project of tests/data/hostile (made from SQL by the script there)
// the three ways a user can: `claimledger-cli check`, `export` in every format, and the
// window offscreen. A file its first line says is refused must be refused everywhere
// with a message naming what is wrong; one that opens must give reports in which
// nothing from the file is live (no script, no markup, no formula, no link that runs).

#include "clirun.h"
#include "mainwindow.h"
#include "projectdocument.h"

#include <QAbstractItemView>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QMessageBox>
#include <QRegularExpression>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace ClaimLedger;
using namespace Qt::StringLiterals;

namespace {

const QStringList formats{u"md"_s, u"html"_s, u"pdf"_s, u"csv"_s, u"json"_s, u"claimreview"_s, u"annotations"_s};

/// Problems of a report that must be inert, or nothing.
QString liveContentIn(const QString &format, const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return u"the report is empty"_s;
    if (format == u"pdf"_s)
        return bytes.startsWith("%PDF-") ? QString() : u"not a PDF"_s;
    if (format == u"json"_s || format == u"claimreview"_s || format == u"annotations"_s) {
        QJsonParseError error;
        QJsonDocument::fromJson(bytes, &error);
        return error.error == QJsonParseError::NoError ? QString() : u"not JSON: "_s + error.errorString();
    }
    const QString text = QString::fromUtf8(bytes);
    if (format == u"csv"_s) {
        // A cell that starts a formula, at the start of a line or after a separator. An
        // empty last cell is followed by the row's CRLF, which starts no cell.
        static const QRegularExpression formula(uR"re((^|,)("[=+@\t\r]|[=+@\t]|\r(?!\n)))re"_s,
                                                QRegularExpression::MultilineOption);
        const auto match = formula.match(text);
        return match.hasMatch() ? u"a formula cell: "_s + text.mid(match.capturedStart(), 40) : QString();
    }
    // No element, attribute or link from the file may survive as markup. In Markdown,
    // "\\<" and "\\]" are literal characters, and [text](url) is a link.
    static const QRegularExpression html(u"<\\s*(script|img|iframe|svg|object|embed)\\b|[\"']\\s*on[a-z]+\\s*="
                                         u"|(href|src)\\s*=\\s*[\"']?\\s*(javascript|file|data):"_s,
                                         QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression markdown(
        u"(?<!\\\\)<\\s*(script|img|iframe|svg|object|embed|style)\\b|(?<!\\\\)\\]\\(\\s*(javascript|file|data):"_s,
        QRegularExpression::CaseInsensitiveOption);
    if (format == u"html"_s && text.count(u"<style"_s, Qt::CaseInsensitive) != 1)
        return u"a style element besides the report's own"_s;
    const auto match = (format == u"html"_s ? html : markdown).match(text);
    return match.hasMatch() ? u"live content: "_s + text.mid(std::max<qsizetype>(0, match.capturedStart() - 20), 80)
                            : QString();
}

/// The message box the window opened to explain a failure; closed after reading.
QString takeErrorMessage(QWidget &window)
{
    auto *box = window.findChild<QMessageBox *>(u"errorMessage"_s);
    if (!box)
        return {};
    const QString text = box->text() + u' ' + box->informativeText();
    box->close();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return text;
}

} // namespace

class TestHostileProjects : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void eachWayOfOpening_data();
    void eachWayOfOpening();

private:
    QTemporaryDir m_out;
};

void TestHostileProjects::initTestCase()
{
    QVERIFY(m_out.isValid());
    const QStringList made = QDir(QStringLiteral(CLAIMLEDGER_HOSTILE_DIR)).entryList({u"*.claimledger"_s});
    QVERIFY2(made.size() >= 20, "run the hostile_projects_made test first (ctest does)");
}

void TestHostileProjects::eachWayOfOpening_data()
{
    QTest::addColumn<QString>("project");
    QTest::addColumn<bool>("refused");
    QTest::addColumn<QString>("words");

    const QDir sql(QStringLiteral(CLAIMLEDGER_TESTS_DIR "/data/hostile"));
    for (const QString &name : sql.entryList({u"*.sql"_s}, QDir::Files, QDir::Name)) {
        if (name.startsWith(u'_'))
            continue;
        QFile file(sql.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString expect = QString::fromUtf8(file.readLine()).trimmed();
        static const QRegularExpression pattern(u"^-- expect: (opens|refused (.+))$"_s);
        const auto match = pattern.match(expect);
        QVERIFY2(match.hasMatch(), qPrintable(name + u": "_s + expect));
        const QString base = name.chopped(4);
        QTest::newRow(qPrintable(base))
            << QDir(QStringLiteral(CLAIMLEDGER_HOSTILE_DIR)).filePath(base + u".claimledger"_s)
            << !match.captured(2).isEmpty() << match.captured(2);
    }
}

void TestHostileProjects::eachWayOfOpening()
{
    QFETCH(QString, project);
    QFETCH(bool, refused);
    QFETCH(QString, words);
    QVERIFY2(QFile::exists(project), qPrintable(project));
    // Each way works on a copy, so that no way can change what the next one sees.
    const QString copy = m_out.filePath(u"copy.claimledger"_s);
    const auto fresh = [&] {
        QFile::remove(copy);
        QFile::remove(copy + u"-journal"_s);
        return QFile::copy(project, copy);
    };

    QVERIFY(fresh());
    const CliRun check = runCli({u"check"_s, copy});
    if (refused) {
        QVERIFY2(check.exitCode == 1, qPrintable(check.out + check.err));
        QVERIFY2((check.out + check.err).contains(words), qPrintable(check.out + check.err));
    } else {
        QVERIFY2(check.exitCode == 0, qPrintable(check.out + check.err));
    }

    for (const QString &format : formats) {
        QVERIFY(fresh());
        const QString output = m_out.filePath(u"report."_s + format);
        QFile::remove(output);
        const CliRun exported = runCli({u"export"_s, copy, u"--format"_s, format, u"-o"_s, output}, 120000);
        if (refused) {
            QVERIFY2(exported.exitCode == 1, qPrintable(format + u": "_s + exported.err));
            QVERIFY2(exported.err.contains(words), qPrintable(exported.err));
            QVERIFY(!QFile::exists(output));
            continue;
        }
        QVERIFY2(exported.exitCode == 0, qPrintable(format + u": "_s + exported.err));
        QFile file(output);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString problem = liveContentIn(format, file.readAll());
        QVERIFY2(problem.isEmpty(), qPrintable(format + u": "_s + problem));
    }

    QVERIFY(fresh());
    MainWindow window;
    window.show();
    const bool opened = window.openProject(copy);
    const QString message = takeErrorMessage(window);
    if (refused) {
        QVERIFY(!opened);
        QVERIFY2(message.contains(words), qPrintable(message));
        return;
    }
    QVERIFY2(opened, qPrintable(message));
    QVERIFY(window.document());
    // Select every claim (the reader shows its span, the inspector its fields) and paint.
    auto *table = window.findChild<QTableView *>();
    QVERIFY(table);
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        table->setCurrentIndex(table->model()->index(row, 0));
        QCoreApplication::processEvents();
    }
    QVERIFY(!window.grab().isNull());
}

QTEST_MAIN(TestHostileProjects)
#include "tst_hostileprojects.moc"
