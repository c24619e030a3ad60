// What `claimledger-cli detect --json` says of reference texts, compared with the reviewed
// output kept beside them (tests/detection/golden/NAME.json). A change in any candidate
// — its span, kind, value, unit, qualifier, speaker or date — shows as a line of diff.
// After an intended change, regenerate and review (CONTRIBUTING.md, "Golden files"):
//   CLAIMLEDGER_UPDATE_GOLDEN=1 build/tests/tst_detectiongolden && git diff tests/detection/golden

#include "clirun.h"

#include <QDir>
#include <QFile>
#include <QTest>

class TestDetectionGolden : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchesTheReviewedOutput_data();
    void matchesTheReviewedOutput();
};

void TestDetectionGolden::matchesTheReviewedOutput_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("published");
    QTest::addColumn<QString>("golden");
    const QDir golden(QStringLiteral(CLAIMLEDGER_TESTS_DIR "/detection/golden"));
    // Texts written for these tests.
    QTest::newRow("news-ko") << golden.filePath(QStringLiteral("news-ko.txt")) << QStringLiteral("2025-03-12")
                             << golden.filePath(QStringLiteral("news-ko.json"));
    QTest::newRow("news-en") << golden.filePath(QStringLiteral("news-en.txt")) << QStringLiteral("2025-05-06")
                             << golden.filePath(QStringLiteral("news-en.json"));
    // The English sample article of the shared corpus (written for its tests too).
    const QString sample = QStringLiteral(CLAIMLEDGER_CORPUS_DIR "/articles/stargate-en.txt");
    if (QFile::exists(sample))
        QTest::newRow("stargate-en") << sample << QStringLiteral("2025-01-22")
                                     << golden.filePath(QStringLiteral("stargate-en.json"));
}

void TestDetectionGolden::matchesTheReviewedOutput()
{
    QFETCH(QString, input);
    QFETCH(QString, published);
    QFETCH(QString, golden);
    const CliRun run
        = runCli({QStringLiteral("detect"), QStringLiteral("--json"), QStringLiteral("--published"), published, input});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    if (qEnvironmentVariableIsSet("CLAIMLEDGER_UPDATE_GOLDEN")) {
        QFile out(golden);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(run.out.toUtf8());
        QSKIP("golden file written; review it with git diff");
    }
    QFile expected(golden);
    QVERIFY2(expected.open(QIODevice::ReadOnly), qPrintable(golden));
    const QStringList want = QString::fromUtf8(expected.readAll()).split(u'\n');
    const QStringList got = run.out.split(u'\n');
    for (qsizetype i = 0; i < std::min(want.size(), got.size()); ++i)
        QVERIFY2(want.at(i) == got.at(i),
                 qPrintable(QStringLiteral("line %1: expected %2, got %3")
                                .arg(i + 1)
                                .arg(want.at(i).trimmed(), got.at(i).trimmed())));
    QCOMPARE(got.size(), want.size());
}

QTEST_GUILESS_MAIN(TestDetectionGolden)
#include "tst_detectiongolden.moc"
