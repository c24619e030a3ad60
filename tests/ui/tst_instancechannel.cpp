// A second launch hands its files to the running instance; with none running, it
// opens its own window.

#include "instancechannel.h"

#include <QSignalSpy>
#include <QtConcurrentRun>
#include <QTest>
#include <QUuid>

using namespace ClaimLedger;

class TestInstanceChannel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void argumentsReachTheRunningInstance();
    void withoutOneNothingIsSent();
    void theDefaultNameIsPerUser();
};

void TestInstanceChannel::argumentsReachTheRunningInstance()
{
    const QString name = QStringLiteral("claimledger-test-") + QUuid::createUuid().toString(QUuid::Id128);
    InstanceChannel running(name);
    QVERIFY(running.listen());
    QSignalSpy received(&running, &InstanceChannel::argumentsReceived);
    const QStringList arguments{QStringLiteral("/home/analyst/체크.claimledger"),
                                QStringLiteral("https://example.org/news/1")};
    // The second launch blocks on its socket: let it run on another thread while this
    // one serves.
    auto sent = QtConcurrent::run([name, arguments] { return InstanceChannel(name).sendToRunning(arguments); });
    QTRY_COMPARE(received.size(), 1);
    QCOMPARE(received.constFirst().constFirst().toStringList(), arguments);
    QTRY_VERIFY(sent.isFinished());
    QVERIFY(sent.result());
    // A later window cannot take the name while the first answers on it.
    auto taken = QtConcurrent::run([name] { return InstanceChannel(name).listen(); });
    QTRY_VERIFY(taken.isFinished());
    QVERIFY(!taken.result());
}

void TestInstanceChannel::withoutOneNothingIsSent()
{
    const QString name = QStringLiteral("claimledger-test-") + QUuid::createUuid().toString(QUuid::Id128);
    QVERIFY(!InstanceChannel(name).sendToRunning({QStringLiteral("/tmp/a.txt")}, 200));
}

void TestInstanceChannel::theDefaultNameIsPerUser()
{
    QVERIFY(InstanceChannel::defaultName().startsWith(u"claimledger-"));
    QCOMPARE(InstanceChannel::defaultName(), InstanceChannel::defaultName());
}

QTEST_GUILESS_MAIN(TestInstanceChannel)
#include "tst_instancechannel.moc"
