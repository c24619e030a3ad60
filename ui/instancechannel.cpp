#include "instancechannel.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStandardPaths>
#include <QStringList>

#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ClaimLedger {

namespace {

constexpr char Accepted = 'k';
constexpr qint64 MaximumMessageSize = 1024 * 1024;

} // namespace

InstanceChannel::InstanceChannel(const QString &name, QObject *parent)
    : QObject(parent)
    , m_name(name)
{
}

QString InstanceChannel::defaultName()
{
    // Qt makes the runtime folder owner-only (0700) when it has to create one, and
    // refuses one that another user owns.
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (!runtime.isEmpty())
        return runtime + QStringLiteral("/claimledger.socket");
    // No runtime folder: a name Qt places in its temporary folder, checked by its owner.
    const QByteArray user = QCryptographicHash::hash(QDir::homePath().toUtf8(), QCryptographicHash::Sha256).toHex();
    return QStringLiteral("claimledger-") + QString::fromLatin1(user.left(16));
}

bool InstanceChannel::peerIsThisUser(qintptr socketDescriptor)
{
    struct ucred credentials{};
    socklen_t length = sizeof credentials;
    if (::getsockopt(int(socketDescriptor), SOL_SOCKET, SO_PEERCRED, &credentials, &length) != 0)
        return false;
    return credentials.uid == ::getuid();
}

bool InstanceChannel::socketIsThisUsers(const QString &path)
{
    if (!path.startsWith(u'/'))
        return true;
    struct stat socketInfo{};
    struct stat folderInfo{};
    if (::lstat(QFile::encodeName(path).constData(), &socketInfo) != 0
        || ::stat(QFile::encodeName(QFileInfo(path).absolutePath()).constData(), &folderInfo) != 0)
        return false;
    const bool folderIsPrivate = folderInfo.st_uid == ::getuid() && (folderInfo.st_mode & (S_IWGRP | S_IWOTH)) == 0;
    return S_ISSOCK(socketInfo.st_mode) && socketInfo.st_uid == ::getuid() && folderIsPrivate;
}

bool InstanceChannel::sendToRunning(const QStringList &arguments, int timeoutMilliseconds) const
{
    if (QFileInfo::exists(m_name) && !socketIsThisUsers(m_name))
        return false;
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
    server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!server->listen(m_name)) {
        delete server;
        return false;
    }
    m_server = server;
    connect(server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            if (!peerIsThisUser(socket->socketDescriptor())) {
                socket->abort();
                socket->deleteLater();
                continue;
            }
            connect(socket, &QLocalSocket::readyRead, socket, [this, socket] {
                // File names and addresses: a megabyte is thousands of them.
                if (socket->bytesAvailable() > MaximumMessageSize) {
                    socket->abort();
                    return;
                }
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
