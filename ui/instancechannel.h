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

    /// The socket name for this user.
    static QString defaultName();

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
