// Renders the main window with the sample project in a light and a dark palette and in
// Korean, saves the pictures under the build folder (screenshots/), and checks that
// each shows a window rather than a blank: docs/screenshots/ is refreshed from them.

#include "articleview.h"
#include "htmlreport.h"
#include "mainwindow.h"
#include "project.h"
#include "projectdocument.h"
#include "reportcontent.h"
#include "sampleproject.h"

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTranslator>

using namespace ClaimLedger;

namespace {

QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x31));
    palette.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    palette.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
    palette.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
    palette.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    palette.setColor(QPalette::Button, QColor(0x33, 0x36, 0x3a));
    palette.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    palette.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::ToolTipBase, QColor(0x33, 0x36, 0x3a));
    palette.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe6, 0xe6));
    palette.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    return palette;
}

/// Mean lightness, and how many distinct colours a grid of samples finds.
std::pair<double, qsizetype> measure(const QImage &image)
{
    QSet<QRgb> colours;
    double lightness = 0;
    int samples = 0;
    for (int y = 0; y < image.height(); y += 3) {
        for (int x = 0; x < image.width(); x += 3) {
            const QColor colour = image.pixelColor(x, y);
            colours.insert(colour.rgb());
            lightness += colour.lightnessF();
            ++samples;
        }
    }
    return {lightness / samples, colours.size()};
}

} // namespace

class TestScreenshots : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void mainWindow_data();
    void mainWindow();
    void htmlReport();

private:
    QTemporaryDir m_dir;
    QString m_sample;
    QHash<QString, double> m_lightness;
};

void TestScreenshots::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    m_sample = m_dir.filePath(QStringLiteral("Sample.claimledger"));
    auto created = SampleProject::create(m_sample);
    QVERIFY2(created.ok(), qPrintable(created.error()));
    QVERIFY(QDir().mkpath(QStringLiteral(CLAIMLEDGER_SCREENSHOT_DIR)));
}

void TestScreenshots::mainWindow_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("dark");
    QTest::addColumn<bool>("korean");
    QTest::newRow("light") << QStringLiteral("workspace-light") << false << false;
    QTest::newRow("dark") << QStringLiteral("workspace-dark") << true << false;
    QTest::newRow("korean") << QStringLiteral("workspace-ko") << false << true;
}

void TestScreenshots::mainWindow()
{
    QFETCH(QString, name);
    QFETCH(bool, dark);
    QFETCH(bool, korean);
    QApplication::setPalette(dark ? darkPalette() : QApplication::style()->standardPalette());
    QTranslator translator;
    if (korean) {
        QVERIFY(translator.load(QLocale(QLocale::Korean, QLocale::SouthKorea), QStringLiteral("claimledger"),
                                QStringLiteral("_"), QStringLiteral(":/i18n")));
        QCoreApplication::installTranslator(&translator);
    }
    {
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openProject(m_sample));
        // A claim selected, so that the inspector shows one.
        window.showClaim(window.document()->claims().constFirst().id);
        QTest::qWait(50);
        const QImage image = window.grab().toImage();
        const QString path = QStringLiteral(CLAIMLEDGER_SCREENSHOT_DIR "/") + name + QStringLiteral(".png");
        QVERIFY(image.save(path));
        qInfo("saved %s", qPrintable(path));
        QCOMPARE(image.size(), QSize(1280, 800) * image.devicePixelRatio());
        const auto [lightness, colours] = measure(image);
        // A window with text, highlights and controls, not a blank.
        QVERIFY2(colours > 200, qPrintable(QString::number(colours)));
        m_lightness.insert(name, lightness);
        if (dark)
            QVERIFY(lightness < m_lightness.value(QStringLiteral("workspace-light")) - 0.2);
    }
    if (korean)
        QCoreApplication::removeTranslator(&translator);
}

void TestScreenshots::htmlReport()
{
    // The HTML report of the sample project, laid out as a browser's print preview
    // would (QTextDocument reads the same HTML and CSS subset).
    QApplication::setPalette(QApplication::style()->standardPalette());
    auto project = Project::open(m_sample, Project::OpenMode::ReadOnly);
    QVERIFY(project.ok());
    auto content = ReportContent::fromProject(*project.value());
    QVERIFY(content.ok());
    QTextDocument document;
    document.setHtml(HtmlReport::render(content.value(), QDateTime::currentDateTimeUtc()));
    document.setTextWidth(900);
    QImage image(QSize(900, std::min(1400, int(document.size().height()) + 20)), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    document.drawContents(&painter);
    painter.end();
    const QString path = QStringLiteral(CLAIMLEDGER_SCREENSHOT_DIR "/report.png");
    QVERIFY(image.save(path));
    qInfo("saved %s", qPrintable(path));
    const auto [lightness, colours] = measure(image);
    QVERIFY2(colours > 50, qPrintable(QString::number(colours)));
    QVERIFY(lightness > 0.7); // a page, mostly white
}

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
