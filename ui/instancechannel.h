#pragma once

#include <QObject>
#include <QStringList>

class QLocalServer;

namespace ClaimLedger {

/// Lets a second launch with files or web addresses hand them to the window already
/// running, as desktops expect of "Open with": one local socket per user. A launch
/// without arguments opens a window of its own.
class InstanceChannel final : public QObject
{
    Q_OBJECT

public:
    explicit InstanceChannel(const QString &name = defaultName(), QObject *parent = nullptr);

    /// The socket for this user: a path in the user's runtime folder (XDG_RUNTIME_DIR,
    /// which only the user may enter), never a name in the shared /tmp where another
    /// user could listen first and receive the files and addresses meant for us.
    static QString defaultName();

    /// Whether the process at the other end of a connected local socket runs as this
    /// user (SO_PEERCRED). Connections from anyone else are closed unread.
    static bool peerIsThisUser(qintptr socketDescriptor);
    /// Whether a socket path is safe to talk to: owned by this user, in a folder only
    /// this user can write to. A bare name (not a path) is left to Qt.
    static bool socketIsThisUsers(const QString &path);

    /// Sends the arguments to a running instance; true when one took them.
    bool sendToRunning(const QStringList &arguments, int timeoutMilliseconds = 2000) const;
    /// Becomes the instance later launches send to; false when another already is.
    bool listen();

Q_SIGNALS:
    void argumentsReceived(const QStringList &arguments);

private:
    QString m_name;
    QLocalServer *m_server = nullptr;
};

} // namespace ClaimLedger
