#pragma once

// A web server on loopback for network tests: no test reaches outside the machine.

#include <QObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

namespace ClaimLedger::TestSupport {

/// A small HTTP/1.0 server with one behaviour per path.
class TestServer : public QObject
{
public:
    TestServer()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { answer(socket); });
        });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    QUrl url(const QString &path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path));
    }

    QByteArray article;
    QByteArray pdf;

private:
    static void reply(QTcpSocket *socket, const QByteArray &status, const QByteArray &headers, const QByteArray &body)
    {
        socket->write("HTTP/1.0 " + status + "\r\n" + headers + "Content-Length: " + QByteArray::number(body.size())
                      + "\r\nConnection: close\r\n\r\n" + body);
        socket->disconnectFromHost();
    }

    void answer(QTcpSocket *socket)
    {
        const QByteArray request = socket->readAll();
        const QByteArray path = request.split(' ').value(1);
        if (path == "/article") {
            reply(socket, "200 OK", "Content-Type: text/html; charset=euc-kr\r\n", article);
        } else if (path == "/moved") {
            reply(socket, "301 Moved Permanently", "Location: /article\r\n", {});
        } else if (path == "/loop") {
            reply(socket, "302 Found", "Location: /loop\r\n", {});
        } else if (path == "/report.pdf") {
            reply(socket, "200 OK", "Content-Type: application/pdf\r\n", pdf);
        } else if (path == "/hang") {
            // Says nothing, ever.
        } else if (path == "/trickle") {
            // One byte every 50 ms, never idle long enough for the idle timeout.
            socket->write("HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 1000000\r\n\r\n");
            auto *drip = new QTimer(socket);
            connect(drip, &QTimer::timeout, socket, [socket] { socket->write("x"); });
            drip->start(50);
        } else if (path == "/huge") {
            socket->write("HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 52428800\r\n\r\n");
            auto *pump = new QTimer(socket);
            connect(pump, &QTimer::timeout, socket, [socket] {
                if (socket->bytesToWrite() < 1024 * 1024)
                    socket->write(QByteArray(256 * 1024, '\x9c'));
            });
            pump->start(1);
        } else {
            reply(socket, "404 Not Found", "Content-Type: text/html\r\n", "<html><body>gone</body></html>");
        }
    }

    QTcpServer m_server;
};

} // namespace ClaimLedger::TestSupport
