// Kills a process that is editing a project with SIGKILL at random moments, 200
// times, and checks after each kill that the file opens writable, passes
// PRAGMA integrity_check, and holds every edit the process had reported.

#include "project.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace ClaimLedger;

class TestCrashSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyReportedEditSurvivesSigkill();
};

void TestCrashSafety::everyReportedEditSurvivesSigkill()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("crash.claimledger"));
    {
        auto project = Project::create(path);
        QVERIFY(project.ok());
        Article article;
        article.title = QStringLiteral("기사");
        article.text = QStringLiteral("5천억달러(약 710조원) 규모의 스타게이트 구상");
        QVERIFY(project.value()->addArticle(article, article.text.toUtf8()).ok());
    }

    const int rounds = qEnvironmentVariableIsSet("CLAIMLEDGER_CRASH_ROUNDS")
        ? qEnvironmentVariableIntValue("CLAIMLEDGER_CRASH_ROUNDS")
        : 200;
    // A fixed seed: a failure can be replayed.
    QRandomGenerator random(20250122);
    QSet<QString> committed;
    qsizetype killedMidRun = 0;
    QElapsedTimer timer;
    timer.start();
    for (int round = 0; round < rounds; ++round) {
        QProcess writer;
        writer.start(QStringLiteral(CLAIMLEDGER_CRASHWRITER), {path});
        QVERIFY(writer.waitForStarted());
        QVERIFY2(writer.waitForReadyRead(10000), "the writer did not start editing");
        QTest::qSleep(int(random.bounded(1, 40)));
        ::kill(pid_t(writer.processId()), SIGKILL);
        QVERIFY(writer.waitForFinished(10000));
        QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
        ++killedMidRun;

        const QList<QByteArray> lines = writer.readAllStandardOutput().split('\n');
        QVERIFY2(!lines.isEmpty() && lines.constFirst() == "ready", lines.value(0).constData());
        for (const QByteArray &line : lines) {
            if (line.startsWith("committed "))
                committed.insert(QString::fromLatin1(line.mid(10)));
        }

        auto project = Project::open(path);
        QVERIFY2(project.ok(), qPrintable(QStringLiteral("round %1: %2").arg(round).arg(project.error())));
        QVERIFY2(!project.value()->isReadOnly(), qPrintable(project.value()->readOnlyReason()));
        auto info = project.value()->info(true);
        QVERIFY(info.ok());
        QCOMPARE(info->integrity, QStringLiteral("ok"));
        QSet<QString> stored;
        for (const Claim &claim : project.value()->claims().value())
            stored.insert(claim.uuid.toString(QUuid::WithoutBraces));
        for (const Article &article : project.value()->articles().value())
            stored.insert(article.uuid.toString(QUuid::WithoutBraces));
        for (const QString &uuid : std::as_const(committed))
            QVERIFY2(stored.contains(uuid), qPrintable(QStringLiteral("round %1 lost %2").arg(round).arg(uuid)));
    }
    qInfo("%d kills, %lld edits reported and found, %lld ms", rounds, qlonglong(committed.size()), timer.elapsed());
    QCOMPARE(killedMidRun, rounds);
    QVERIFY(committed.size() > rounds); // the writer got real work done between kills
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
