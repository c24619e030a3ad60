#include "jsonreader.h"

#include "domainjson.h"

#include <QJsonArray>

#include <cmath>

namespace ClaimLedger {

JsonReader::JsonReader(const QJsonObject &root)
    : JsonReader(root, QStringLiteral("$"), std::make_shared<QString>())
{
}

JsonReader::JsonReader(const QJsonObject &object, const QString &path, std::shared_ptr<QString> problem)
    : m_object(object)
    , m_path(path)
    , m_problem(std::move(problem))
{
}

void JsonReader::refuse(const QString &key, const QString &what) const
{
    if (m_problem->isEmpty())
        *m_problem = tr("%1.%2: %3").arg(m_path, key, what);
}

std::optional<QJsonValue> JsonReader::valueOf(const QString &key, QJsonValue::Type type, const char *expected) const
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (value.type() != type) {
        // Translated only when refused: a large export reads a million fields.
        refuse(key, tr(expected));
        return std::nullopt;
    }
    return value;
}

QString JsonReader::string(const QString &key) const
{
    const auto value = valueOf(key, QJsonValue::String, QT_TR_NOOP("a string is expected"));
    return value ? value->toString() : QString();
}

QStringList JsonReader::strings(const QString &key) const
{
    const auto value = valueOf(key, QJsonValue::Array, QT_TR_NOOP("an array of strings is expected"));
    if (!value)
        return {};
    QStringList list;
    for (const QJsonValue entry : value->toArray()) {
        if (!entry.isString()) {
            refuse(key, tr("an array of strings is expected"));
            return {};
        }
        list.append(entry.toString());
    }
    return list;
}

qint64 JsonReader::integer(const QString &key, qint64 fallback, qint64 minimum, qint64 maximum) const
{
    const auto value = valueOf(key, QJsonValue::Double, QT_TR_NOOP("a whole number is expected"));
    if (!value)
        return fallback;
    // Whole numbers of up to 2^53 are exact in a double; QJsonValue keeps larger
    // integers it parsed exactly, which toInteger() returns.
    const double number = value->toDouble();
    if (!std::isfinite(number) || std::trunc(number) != number) {
        refuse(key, tr("a whole number is expected"));
        return fallback;
    }
    const qint64 whole = value->toInteger(fallback);
    if ((whole == fallback && number != double(fallback)) || whole < minimum || whole > maximum) {
        refuse(key,
               tr("%1 is out of range (%2 to %3)")
                   .arg(QString::number(number, 'g', 20), QString::number(minimum), QString::number(maximum)));
        return fallback;
    }
    return whole;
}

QByteArray JsonReader::base64(const QString &key) const
{
    const QString text = string(key);
    if (text.isEmpty())
        return {};
    const auto decoded = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    bool latin1 = true;
    for (QChar c : text)
        latin1 = latin1 && c.unicode() < 0x80;
    if (!decoded || !latin1) {
        refuse(key, tr("base64 is expected"));
        return {};
    }
    return *decoded;
}

QUuid JsonReader::uuid(const QString &key) const
{
    const QString text = string(key);
    if (text.isEmpty())
        return {};
    const QUuid uuid = QUuid::fromString(text);
    if (uuid.isNull())
        refuse(key, tr("a UUID is expected"));
    return uuid;
}

QDateTime JsonReader::time(const QString &key) const
{
    const QString text = string(key);
    if (text.isEmpty())
        return {};
    const QDateTime time = fromIsoTime(text);
    if (!time.isValid())
        refuse(key, tr("an ISO 8601 time is expected"));
    return time;
}

QList<JsonReader> JsonReader::objects(const QString &key) const
{
    const auto value = valueOf(key, QJsonValue::Array, QT_TR_NOOP("an array is expected"));
    if (!value)
        return {};
    const QJsonArray array = value->toArray();
    QList<JsonReader> list;
    list.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = QStringLiteral("%1.%2[%3]").arg(m_path, key, QString::number(i));
        if (!array.at(i).isObject()) {
            if (m_problem->isEmpty())
                *m_problem = tr("%1: an object is expected").arg(path);
            return {};
        }
        list.append(JsonReader(array.at(i).toObject(), path, m_problem));
    }
    return list;
}

} // namespace ClaimLedger
