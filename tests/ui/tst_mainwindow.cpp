#include "appsettings.h"
#include "articleview.h"
#include "claimhighlighter.h"
#include "mainwindow.h"
#include "processmemory.h"
#include "project.h"
#include "projectdocument.h"
#include "testfiles.h"
#include "textformats.h"
#include "verdictcolors.h"

#include <QAbstractButton>
#include <QAction>
#include <QClipboard>
#include <QElapsedTimer>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QTranslator>
#include <QUrl>

using namespace ClaimLedger;
using TestSupport::backgroundAt;

namespace {

const QString articleText = QStringLiteral("머스크, 스타게이트에 회의적\n\n"
                                           "머스크 CEO는 \"그들은 실제로는 돈이 없다\"라고 말했다.\n\n"
                                           "소프트뱅크는 100억 달러 미만의 돈을 갖고 있다.");

QAction *menuAction(QMainWindow &window, const QString &menuTitle, const QString &actionText)
{
    for (QAction *menu : window.menuBar()->actions()) {
        if (menu->text() != menuTitle || !menu->menu())
            continue;
        for (QAction *action : menu->menu()->actions()) {
            if (action->text().startsWith(actionText))
                return action;
        }
    }
    return nullptr;
}

/// The message box the window opened to explain a failure; closed after reading.
QString takeErrorMessage(QMainWindow &window)
{
    auto *box = window.findChild<QMessageBox *>(QStringLiteral("errorMessage"));
    if (!box)
        return {};
    const QString text = box->text();
    box->close();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return text;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void importMarkRateUndoRedoAndReopen();
    void contextMenuAndToolbarOfferMarking();
    void badInputGetsAClearMessage_data();
    void badInputGetsAClearMessage();
    void koreanTranslationIsEmbedded();
    void saveAsGoesOnInTheCopy();
    void aDeletedProjectOffersSaveAs();
    void pastingImportsTheClipboard();
    void severalFilesImportInTheBackground();
    void commandLineArgumentsOpenAndImport();
    void aboutShowsVersionsAndLicences();

private:
    QString writeFile(const QString &name, const QByteArray &bytes);
    void selectByKeyboard(ArticleView *view, qsizetype start, qsizetype end);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestMainWindow::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestMainWindow::writeFile(const QString &name, const QByteArray &bytes)
{
    return TestSupport::writeTestFile(QDir(m_dir->path()), name, bytes);
}

void TestMainWindow::selectByKeyboard(ArticleView *view, qsizetype start, qsizetype end)
{
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Home, Qt::ControlModifier);
    for (qsizetype i = 0; i < start; ++i)
        QTest::keyClick(view, Qt::Key_Right);
    for (qsizetype i = start; i < end; ++i)
        QTest::keyClick(view, Qt::Key_Right, Qt::ShiftModifier);
}

void TestMainWindow::importMarkRateUndoRedoAndReopen()
{
    const QString projectPath = m_dir->filePath(QStringLiteral("gui.claimledger"));
    const QString articlePath = writeFile(QStringLiteral("musk.txt"), articleText.toUtf8());
    const qsizetype start = articleText.indexOf(u'"');
    const qsizetype end = articleText.indexOf(QStringLiteral("라고"));
    const QString quote = QStringLiteral("\"그들은 실제로는 돈이 없다\"");

    {
        MainWindow window;
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));

        // Created without the suffix: the window adds it.
        QVERIFY(window.newProject(m_dir->filePath(QStringLiteral("gui"))));
        QCOMPARE(window.document()->project().path(), projectPath);
        QVERIFY(window.importArticleFile(articlePath));
        auto *view = window.findChild<ArticleView *>(QStringLiteral("articleView"));
        auto *table = window.findChild<QTableView *>(QStringLiteral("claimTable"));
        QVERIFY(view && table);
        QCOMPARE(view->toPlainText(), articleText);

        selectByKeyboard(view, start, end);
        QCOMPARE(view->textCursor().selectedText(), quote);
        QTest::keyClick(view, Qt::Key_M, Qt::ControlModifier);

        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, 1).data().toString(), quote);
        QCOMPARE(backgroundAt(*view->document(), int(start)), verdictColor(Verdict::Unverified));
        QVERIFY(!backgroundAt(*view->document(), int(start) - 1).isValid());
        QVERIFY(!backgroundAt(*view->document(), int(end)).isValid());

        // The new claim is selected: Ctrl+Alt+1 rates it true.
        QTest::keyClick(table, Qt::Key_1, Qt::ControlModifier | Qt::AltModifier);
        const qint64 claimId = window.document()->claims().constFirst().id;
        QCOMPARE(window.document()->claim(claimId)->verdict, Verdict::True);
        QCOMPARE(backgroundAt(*view->document(), int(start)), verdictColor(Verdict::True));

        QAction *undo = menuAction(window, QStringLiteral("&Edit"), QStringLiteral("&Undo"));
        QVERIFY(undo);
        QCOMPARE(undo->text(), QStringLiteral("&Undo Set Verdict to True"));

        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(window.document()->claim(claimId)->verdict, Verdict::Unverified);
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(table->model()->rowCount(), 0);
        QVERIFY(!backgroundAt(*view->document(), int(start)).isValid());

        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(table->model()->rowCount(), 1);
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(window.document()->claim(claimId)->verdict, Verdict::True);
        QCOMPARE(backgroundAt(*view->document(), int(start)), verdictColor(Verdict::True));
        window.close();
    }

    // Everything was saved as it was made: reopen through File > Open Recent.
    MainWindow window;
    window.show();
    QCOMPARE(AppSettings::recentFiles().value(0), projectPath);
    QAction *recent = menuAction(window, QStringLiteral("&File"), QStringLiteral("Open &Recent"));
    QVERIFY(recent && recent->menu());
    QCOMPARE(recent->menu()->actions().size(), 1);
    recent->menu()->actions().constFirst()->trigger();
    QVERIFY(window.document());
    QCOMPARE(window.document()->articles().size(), 1);
    const QList<Claim> claims = window.document()->claims();
    QCOMPARE(claims.size(), 1);
    QCOMPARE(claims.constFirst().quote.exact, quote);
    QCOMPARE(claims.constFirst().verdict, Verdict::True);
    auto *view = window.findChild<ArticleView *>(QStringLiteral("articleView"));
    QCOMPARE(view->toPlainText(), articleText);
    QCOMPARE(backgroundAt(*view->document(), int(start)), verdictColor(Verdict::True));
}

void TestMainWindow::contextMenuAndToolbarOfferMarking()
{
    MainWindow window;
    window.show();
    QAction *mark = menuAction(window, QStringLiteral("&Edit"), QStringLiteral("&Mark Claim"));
    QVERIFY(mark);
    QCOMPARE(mark->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_M));
    QVERIFY(!mark->isEnabled()); // nothing to mark without a project
    QVERIFY(window.findChild<QToolBar *>(QStringLiteral("mainToolBar"))->actions().contains(mark));

    QVERIFY(window.newProject(m_dir->filePath(QStringLiteral("menu.claimledger"))));
    QVERIFY(window.importArticleFile(writeFile(QStringLiteral("a.txt"), articleText.toUtf8())));
    QVERIFY(mark->isEnabled());
    auto *view = window.findChild<ArticleView *>(QStringLiteral("articleView"));
    QTextCursor cursor(view->document());
    cursor.setPosition(0);
    cursor.setPosition(3, QTextCursor::KeepAnchor);
    view->setTextCursor(cursor);
    mark->trigger();
    QCOMPARE(window.document()->claims().size(), 1);
    QCOMPARE(window.document()->claims().constFirst().quote.exact, QStringLiteral("머스크"));

    // Marking with nothing selected explains itself instead of making an empty claim.
    view->setTextCursor(QTextCursor(view->document()));
    mark->trigger();
    QCOMPARE(window.document()->claims().size(), 1);
}

void TestMainWindow::badInputGetsAClearMessage_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("expected");
    QTest::newRow("open a text file") << "open-text"
                                      << "not a ClaimLedger project";
    QTest::newRow("open a missing file") << "open-missing"
                                         << "does not exist";
    QTest::newRow("new project where nobody may write") << "new-unwritable"
                                                        << "Cannot create";
    QTest::newRow("import an empty article") << "import-empty"
                                             << "is empty";
    QTest::newRow("import a binary file") << "import-binary"
                                          << "binary data";
}

void TestMainWindow::badInputGetsAClearMessage()
{
    QFETCH(QString, action);
    QFETCH(QString, expected);
    MainWindow window;
    window.show();
    bool succeeded = true;
    if (action == QLatin1StringView("open-text")) {
        succeeded = window.openProject(writeFile(QStringLiteral("notes.claimledger"), "Dear diary,\n"));
    } else if (action == QLatin1StringView("open-missing")) {
        succeeded = window.openProject(m_dir->filePath(QStringLiteral("gone.claimledger")));
    } else if (action == QLatin1StringView("new-unwritable")) {
        succeeded = window.newProject(QStringLiteral("/proc/denied.claimledger"));
    } else {
        QVERIFY(window.newProject(m_dir->filePath(QStringLiteral("import.claimledger"))));
        const QByteArray bytes = action == QLatin1StringView("import-empty") ? QByteArray("\n \n")
                                                                             : QByteArray("\x7f"
                                                                                          "ELF\0\0\0",
                                                                                          7);
        succeeded = window.importArticleFile(writeFile(QStringLiteral("input.txt"), bytes));
        QVERIFY(window.document()->articles().isEmpty());
    }
    QVERIFY(!succeeded);
    auto *box = window.findChild<QMessageBox *>(QStringLiteral("errorMessage"));
    QVERIFY(box);
    QCOMPARE(box->textFormat(), Qt::PlainText); // a file name is never read as markup
    const QString message = takeErrorMessage(window);
    QVERIFY2(message.contains(expected), qPrintable(message));
}

void TestMainWindow::koreanTranslationIsEmbedded()
{
    QTranslator korean;
    QVERIFY(korean.load(QLocale(QLocale::Korean, QLocale::SouthKorea), QStringLiteral("claimledger"),
                        QStringLiteral("_"), QStringLiteral(":/i18n")));
    QCoreApplication::installTranslator(&korean);
    MainWindow window;
    QVERIFY(menuAction(window, QStringLiteral("파일(&F)"), QStringLiteral("새 프로젝트")));
    QCOMPARE(verdictDisplayName(Verdict::MostlyTrue), QStringLiteral("대체로 사실"));
    QCoreApplication::removeTranslator(&korean);
    QCOMPARE(verdictDisplayName(Verdict::MostlyTrue), QStringLiteral("Mostly true"));
}

void TestMainWindow::saveAsGoesOnInTheCopy()
{
    MainWindow window;
    window.show();
    QVERIFY(window.newProject(m_dir->filePath(QStringLiteral("first.claimledger"))));
    QVERIFY(window.importArticleFile(writeFile(QStringLiteral("a.txt"), articleText.toUtf8())));
    const QString copy = m_dir->filePath(QStringLiteral("copy"));
    QVERIFY(window.saveCopy(copy, false));
    QCOMPARE(window.document()->project().path(), m_dir->filePath(QStringLiteral("first.claimledger")));
    QVERIFY(!window.saveCopy(copy, false)); // never over an existing file
    QVERIFY(takeErrorMessage(window).contains(QStringLiteral("already exists")));

    QVERIFY(window.saveCopy(m_dir->filePath(QStringLiteral("second.claimledger")), true));
    QCOMPARE(window.document()->project().path(), m_dir->filePath(QStringLiteral("second.claimledger")));
    QCOMPARE(window.document()->articles().size(), 1);
    QVERIFY(window.windowTitle().startsWith(QStringLiteral("second")));
}

void TestMainWindow::aDeletedProjectOffersSaveAs()
{
    MainWindow window;
    window.show();
    const QString path = m_dir->filePath(QStringLiteral("doomed.claimledger"));
    QVERIFY(window.newProject(path));
    QVERIFY(window.importArticleFile(writeFile(QStringLiteral("a.txt"), articleText.toUtf8())));
    const qint64 articleId = window.document()->articles().constFirst().id;
    QVERIFY(QFile::remove(path));

    // The next edit fails, and the window says why and offers Save As, once.
    QVERIFY(!window.document()->markClaim(articleId, 0, 5).ok());
    QVERIFY(!window.document()->markClaim(articleId, 6, 9).ok());
    const QList<QMessageBox *> boxes = window.findChildren<QMessageBox *>(QStringLiteral("projectGone"));
    QCOMPARE(boxes.size(), 1);
    QCOMPARE(boxes.constFirst()->textFormat(), Qt::PlainText);
    QVERIFY2(boxes.constFirst()->text().contains(QStringLiteral("deleted or moved")),
             qPrintable(boxes.first()->text()));
    bool offersSaveAs = false;
    for (QAbstractButton *button : boxes.constFirst()->buttons())
        offersSaveAs = offersSaveAs || button->text().remove(u'&').startsWith(QStringLiteral("Save As"));
    QVERIFY(offersSaveAs);
    boxes.constFirst()->close();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);

    // Saving as (what the button does after its file dialog) keeps everything and goes on.
    QVERIFY(window.saveCopy(m_dir->filePath(QStringLiteral("rescued.claimledger")), true));
    QCOMPARE(window.document()->articles().size(), 1);
    QVERIFY(window.document()->markClaim(window.document()->articles().constFirst().id, 0, 5).ok());
}

void TestMainWindow::pastingImportsTheClipboard()
{
    MainWindow window;
    window.show();
    QVERIFY(window.newProject(m_dir->filePath(QStringLiteral("paste.claimledger"))));
    auto *data = new QMimeData;
    data->setHtml(QStringLiteral("<html><body><nav><a href='/'>Home</a></nav><article><p>머스크 CEO는 "
                                 "5천억달러(약 710조원) 규모의 구상에 대해 돈이 없다고 말했다, 엑스에서.</p></article>"
                                 "</body></html>"));
    data->setText(QStringLiteral("plain fallback"));
    QGuiApplication::clipboard()->setMimeData(data);
    QVERIFY(window.importClipboard());
    QCOMPARE(window.document()->articles().size(), 1);
    QVERIFY(window.document()->articles().constFirst().text.startsWith(QStringLiteral("머스크 CEO는")));
    QVERIFY(!window.document()->articles().constFirst().text.contains(QStringLiteral("Home")));

    QGuiApplication::clipboard()->setText(QStringLiteral("A second article, pasted as text."));
    QVERIFY(window.importClipboard());
    QCOMPARE(window.document()->articles().size(), 2); // each paste is its own article
    QCOMPARE(window.document()->articles().constLast().text, QStringLiteral("A second article, pasted as text."));
}

void TestMainWindow::severalFilesImportInTheBackground()
{
    MainWindow window;
    window.show();
    QVERIFY(window.newProject(m_dir->filePath(QStringLiteral("many.claimledger"))));
    // A small file, one that fails, and a 50 MB text file of Korean, shown last.
    QByteArray large;
    const QByteArray paragraph = QStringLiteral("머스크 CEO는 5천억달러(약 710조원) 규모의 스타게이트 구상에 대해 "
                                                "\"그들은 실제로는 돈이 없다\"라고 말했다.\n\n")
                                     .toUtf8();
    while (large.size() < 50 * 1024 * 1024)
        large += paragraph;
    const QStringList files{writeFile(QStringLiteral("small.txt"), articleText.toUtf8()),
                            writeFile(QStringLiteral("broken.docx"), "not a zip"),
                            writeFile(QStringLiteral("large.txt"), large)};

    // The event loop keeps turning while the files are read: measure its longest pause.
    QElapsedTimer sinceTick;
    qint64 longestPause = 0;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, this, [&] { longestPause = std::max(longestPause, sinceTick.restart()); });
    QSignalSpy finished(&window, &MainWindow::importsFinished);
    const qint64 before = TestSupport::peakResidentKilobytes();
    QVERIFY(TestSupport::resetPeakResident());
    sinceTick.start();
    ticker.start(10);
    window.importFiles(files);
    QVERIFY(finished.wait(60000));
    ticker.stop();
    QCOMPARE(window.document()->articles().size(), 2);
    const QString message = takeErrorMessage(window);
    QVERIFY2(message.contains(QStringLiteral("broken.docx")), qPrintable(message));
    const qint64 peak = TestSupport::peakResidentKilobytes();
    qInfo("longest pause of the event loop while importing: %lld ms; peak resident %lld MB (before: %lld MB)",
          longestPause, peak / 1024, before / 1024);
    // Reading, decoding, indexing and showing happen off the GUI thread or in bounded
    // parts (the reader shows at most ArticleView::DisplayLimit characters).
#if defined(__SANITIZE_ADDRESS__)
    // AddressSanitizer makes every step several times slower: the same work, a wider bound.
    constexpr qint64 pauseBound = 2000;
#else
    constexpr qint64 pauseBound = 500;
#endif
    QVERIFY2(longestPause < pauseBound, qPrintable(QString::number(longestPause)));
    QVERIFY(window.findChild<ArticleView *>()->isTruncated());
    QVERIFY(window.findChild<QWidget *>(QStringLiteral("readerNotice"))->isVisible());
#if !defined(__SANITIZE_ADDRESS__)
    // Memory grows with the file (its bytes, text, index and undo copy), about ten
    // times its size, and no more.
    QVERIFY2(peak - before < 12 * 50 * 1024, qPrintable(QString::number(peak - before)));
#endif
}

void TestMainWindow::commandLineArgumentsOpenAndImport()
{
    const QString project = m_dir->filePath(QStringLiteral("args.claimledger"));
    QVERIFY(Project::create(project).ok());
    const QString article = writeFile(QStringLiteral("args.txt"), articleText.toUtf8());
    MainWindow window;
    window.show();
    // An article with no project open is explained, not lost silently.
    window.openArguments({article});
    QVERIFY(takeErrorMessage(window).contains(QStringLiteral("args.txt")));
    // A project and an article (as a file: URL, the way desktops pass them).
    QSignalSpy finished(&window, &MainWindow::importsFinished);
    window.openArguments({project, QUrl::fromLocalFile(article).toString()});
    QCOMPARE(window.document()->project().path(), project);
    QVERIFY(finished.wait(10000));
    QCOMPARE(window.document()->articles().size(), 1);
}

void TestMainWindow::aboutShowsVersionsAndLicences()
{
    MainWindow window;
    window.show();
    QAction *about = menuAction(window, QStringLiteral("&Help"), QStringLiteral("&About ClaimLedger"));
    QVERIFY(about);
    about->trigger();
    auto *box = window.findChild<QMessageBox *>(QStringLiteral("aboutBox"));
    QVERIFY(box);
    QVERIFY(box->text().contains(QString::fromLatin1(qVersion())));
    QVERIFY(box->text().contains(QStringLiteral("KSyntaxHighlighting 6.")));
    QVERIFY(box->text().contains(QStringLiteral("MIT")));
    QVERIFY(box->text().contains(QStringLiteral("sample article")));
    box->close();
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
