#include "selectorlist.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ClaimLedger {

namespace {

struct Found {
    bool quote = false;
    bool position = false;
    QuoteAnchor::Target target;
    QString problem;
};

/// Collects the quote and position selectors of one entry, through `target`,
/// `selector` and `refinedBy`, however deep the annotation nests them (bounded).
void collect(const QJsonValue &value, Found &found, int depth)
{
    if (depth > 8 || !found.problem.isEmpty())
        return;
    if (value.isArray()) {
        const QJsonArray items = value.toArray();
        for (const auto &item : items)
            collect(item, found, depth + 1);
        return;
    }
    if (!value.isObject())
        return;
    const QJsonObject object = value.toObject();
    const QString type = object.value(QLatin1StringView("type")).toString();
    if (type == QLatin1StringView("TextQuoteSelector") && !found.quote) {
        const QJsonValue exact = object.value(QLatin1StringView("exact"));
        if (!exact.isString()) {
            found.problem = SelectorList::tr("its TextQuoteSelector has no “exact” text");
            return;
        }
        found.quote = true;
        found.target.quote.exact = exact.toString();
        found.target.quote.prefix = object.value(QLatin1StringView("prefix")).toString();
        found.target.quote.suffix = object.value(QLatin1StringView("suffix")).toString();
        if (found.target.quote.exact.size() > SelectorList::MaxQuoteLength)
            found.problem = SelectorList::tr("its quote is longer than %n characters", nullptr,
                                             int(SelectorList::MaxQuoteLength));
    } else if (type == QLatin1StringView("TextPositionSelector") && !found.position) {
        const QJsonValue start = object.value(QLatin1StringView("start"));
        if (start.isDouble() && start.toDouble() >= 0 && start.toDouble() < 1e15) {
            found.position = true;
            found.target.oldStart = qsizetype(start.toDouble());
        }
    }
    for (const char *key : {"target", "selector", "refinedBy"}) {
        const QJsonValue inner = object.value(QLatin1StringView(key));
        if (!inner.isUndefined())
            collect(inner, found, depth + 1);
    }
}

} // namespace

Result<QList<QuoteAnchor::Target>> SelectorList::read(const QByteArray &json)
{
    if (json.size() > MaxBytes)
        return Error{tr("The selector file is larger than %1 MB.").arg(MaxBytes / (1024 * 1024))};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (document.isNull())
        return Error{
            tr("The selector file is not JSON: %1 at byte %2.").arg(parseError.errorString()).arg(parseError.offset)};
    QJsonArray entries;
    if (document.isArray()) {
        entries = document.array();
    } else {
        const QJsonObject root = document.object();
        // An export's list of annotations under a known name, else one annotation.
        bool listed = false;
        for (const char *key : {"rows", "items", "annotations", "selectors"}) {
            const QJsonValue list = root.value(QLatin1StringView(key));
            if (list.isArray()) {
                entries = list.toArray();
                listed = true;
                break;
            }
        }
        if (!listed)
            entries.append(root);
    }
    if (entries.size() > MaxEntries)
        return Error{tr("The selector file holds more than %n entries.", nullptr, int(MaxEntries))};
    QList<QuoteAnchor::Target> targets;
    targets.reserve(entries.size());
    for (qsizetype i = 0; i < entries.size(); ++i) {
        Found found;
        collect(entries.at(i), found, 0);
        if (found.problem.isEmpty() && !found.quote)
            found.problem = tr("it has no TextQuoteSelector");
        if (!found.problem.isEmpty())
            return Error{tr("Entry %1 of the selector file cannot be used: %2.").arg(i + 1).arg(found.problem)};
        targets.append(found.target);
    }
    return targets;
}

} // namespace ClaimLedger
