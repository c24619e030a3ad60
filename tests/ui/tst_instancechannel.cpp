// A second launch hands its files to the running instance; with none running, it
// opens its own window.

#include "instancechannel.h"

#include <QDir>
#include <QLocalServer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QtConcurrentRun>
#include <QTest>
#include <QUuid>

#include <sys/socket.h>
#include <unistd.h>

using namespace ClaimLedger;

class TestInstanceChannel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void argumentsReachTheRunningInstance();
    void withoutOneNothingIsSent();
    void theDefaultNameIsPerUser();
    void aSocketInASharedFolderIsNotTrusted();
    void peersAreThisUser();
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
    // In the user's own runtime folder, not in /tmp where anyone can make a socket.
    const QString name = InstanceChannel::defaultName();
    QVERIFY2(name.startsWith(QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation) + u'/'),
             qPrintable(name));
    QVERIFY(!name.startsWith(QStringLiteral("/tmp/claimledger")));
    QCOMPARE(InstanceChannel::defaultName(), InstanceChannel::defaultName());
}

void TestInstanceChannel::aSocketInASharedFolderIsNotTrusted()
{
    // Someone listens first at a path in /tmp, which every user can write to.
    const QString path
        = QDir::tempPath() + QStringLiteral("/claimledger-squat-") + QUuid::createUuid().toString(QUuid::Id128).left(8);
    QLocalServer squatter;
    QVERIFY(squatter.listen(path));
    QVERIFY(!InstanceChannel::socketIsThisUsers(path));
    QVERIFY(!InstanceChannel(path).sendToRunning({QStringLiteral("/home/analyst/secret.claimledger")}, 300));
    QVERIFY(!squatter.hasPendingConnections());
}

void TestInstanceChannel::peersAreThisUser()
{
    int pair[2] = {-1, -1};
    QCOMPARE(::socketpair(AF_UNIX, SOCK_STREAM, 0, pair), 0);
    QVERIFY(InstanceChannel::peerIsThisUser(pair[0]));
    ::close(pair[0]);
    ::close(pair[1]);
    QVERIFY(!InstanceChannel::peerIsThisUser(-1));
}

QTEST_GUILESS_MAIN(TestInstanceChannel)
#include "tst_instancechannel.moc"
