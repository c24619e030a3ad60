#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <limits>
#include <memory>
#include <optional>

namespace ClaimLedger {

/// Reads an untrusted JSON document one object at a time, field by field. A field of
/// the wrong type is refused with its path in the document ("claims[2].start: a whole
/// number is expected") instead of being read as 0 or "", which QJsonValue would do.
/// A missing field reads as its default; only the first problem is kept, so a caller
/// reads a whole object and then asks problem() once.
class JsonReader final
{
    Q_DECLARE_TR_FUNCTIONS(JsonReader)

public:
    /// The document's top-level object; its path is "$".
    explicit JsonReader(const QJsonObject &root);

    QString path() const { return m_path; }
    /// The first problem any reader of this document found, with its path; empty while none.
    QString problem() const { return *m_problem; }
    bool failed() const { return !m_problem->isEmpty(); }
    /// Records a problem of this object's own field `key` (checks only the caller can make).
    void refuse(const QString &key, const QString &what) const;

    QString string(const QString &key) const;
    QStringList strings(const QString &key) const;
    /// A JSON number with no fraction part, between `minimum` and `maximum`.
    qint64 integer(const QString &key, qint64 fallback = 0, qint64 minimum = std::numeric_limits<qint64>::min(),
                   qint64 maximum = std::numeric_limits<qint64>::max()) const;
    /// Standard base64 (RFC 4648), padding optional; anything else is refused.
    QByteArray base64(const QString &key) const;
    /// A UUID, or null when the field is missing or empty.
    QUuid uuid(const QString &key) const;
    /// An ISO 8601 time, or invalid when missing or empty.
    QDateTime time(const QString &key) const;
    /// One of a closed set of keys ("verdict": "false"); a missing or empty field is
    /// `fallback`, an unknown key is refused.
    template<typename T>
    T choice(const QString &key, std::optional<T> (*parse)(QStringView), T fallback) const
    {
        const QString text = string(key);
        if (text.isEmpty())
            return fallback;
        if (const std::optional<T> known = parse(text))
            return *known;
        refuse(key, tr("“%1” is not one of the known values").arg(text.left(40)));
        return fallback;
    }
    /// The objects of the array `key`, each with its path ("claims[3]").
    QList<JsonReader> objects(const QString &key) const;

private:
    JsonReader(const QJsonObject &object, const QString &path, std::shared_ptr<QString> problem);
    /// The value of `key` when it is present and of `type`; records a problem otherwise.
    std::optional<QJsonValue> valueOf(const QString &key, QJsonValue::Type type, const char *expected) const;

    QJsonObject m_object;
    QString m_path;
    std::shared_ptr<QString> m_problem;
};

} // namespace ClaimLedger
