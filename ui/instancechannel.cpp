#include "instancechannel.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStringList>

namespace ClaimLedger {

namespace {

constexpr char Accepted = 'k';

} // namespace

InstanceChannel::InstanceChannel(const QString &name, QObject *parent)
    : QObject(parent)
    , m_name(name)
{
}

QString InstanceChannel::defaultName()
{
    // Per user: the home folder names the user on every platform.
    const QByteArray user = QCryptographicHash::hash(QDir::homePath().toUtf8(), QCryptographicHash::Sha256).toHex();
    return QStringLiteral("claimledger-") + QString::fromLatin1(user.left(16));
}

bool InstanceChannel::sendToRunning(const QStringList &arguments, int timeoutMilliseconds) const
{
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(timeoutMilliseconds))
        return false;
    QByteArray message;
    {
        QDataStream out(&message, QIODevice::WriteOnly);
        out << arguments;
    }
    QDataStream toSocket(&socket);
    toSocket << message;
    if (!socket.waitForBytesWritten(timeoutMilliseconds))
        return false;
    // The running instance answers once it has the arguments.
    while (socket.bytesAvailable() < 1) {
        if (!socket.waitForReadyRead(timeoutMilliseconds))
            return false;
    }
    char answer = 0;
    return socket.getChar(&answer) && answer == Accepted;
}

bool InstanceChannel::listen()
{
    if (m_server)
        return true;
    // The name is another instance's if one answers on it; a socket a crashed one
    // left behind answers nobody and is removed.
    if (sendToRunning({}, 500))
        return false;
    QLocalServer::removeServer(m_name);
    auto *server = new QLocalServer(this);
    if (!server->listen(m_name)) {
        delete server;
        return false;
    }
    m_server = server;
    connect(server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, socket, [this, socket] {
                QDataStream stream(socket);
                stream.startTransaction();
                QByteArray message;
                stream >> message;
                if (!stream.commitTransaction())
                    return; // not all of it yet
                QStringList arguments;
                QDataStream in(message);
                in >> arguments;
                socket->putChar(Accepted);
                socket->flush();
                if (!arguments.isEmpty())
                    Q_EMIT argumentsReceived(arguments);
            });
        }
    });
    return true;
}

} // namespace ClaimLedger
