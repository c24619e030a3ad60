#pragma once

#include "article.h"
#include "claim.h"
#include "entity.h"
#include "evidence.h"
#include "figure.h"
#include "jsonreader.h"
#include "snapshot.h"
#include "source.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace ClaimLedger {

/// ISO 8601 UTC with milliseconds, as project files and exports write times; an
/// invalid time is the empty string, and the empty string reads back as invalid.
QString isoTime(const QDateTime &time);
QDateTime fromIsoTime(const QString &text);

/// JSON records of the domain objects, used by the change log and exchange formats.
/// Keys are stable; an article's record leaves out its text, which can be large.
QJsonObject toJson(const Claim &claim);
QJsonObject toJson(const Article &article);
QJsonObject toJson(const Source &source);
/// [{"kind": "heading", "level": 1, "start": 0, "end": 12}, {"kind": "paragraph", "page": 2, …}]
QJsonArray structureToJson(const QList<TextBlock> &structure);
QList<TextBlock> structureFromJson(const QJsonArray &array);
/// "paragraph", "heading", "list-item", "quote"; nothing for any other key.
std::optional<TextBlock::Kind> blockKindFromKey(QStringView key);
QJsonObject toJson(const Evidence &evidence);
QJsonObject toJson(const Entity &entity);
QJsonObject toJson(const Figure &figure);
/// A snapshot's record without its bytes.
QJsonObject toJson(const Snapshot &snapshot);

/// The objects back from their records, each field checked by the reader (which
/// refuses a wrong type or an unknown key with its path). Ids that the records hold
/// (a figure's claim, evidence's claim and source) are for the caller to resolve.
Claim claimFromJson(const JsonReader &object);
Figure figureFromJson(const JsonReader &object);
Entity entityFromJson(const JsonReader &object);
Source sourceFromJson(const JsonReader &object);
Snapshot snapshotFromJson(const JsonReader &object);
Evidence evidenceFromJson(const JsonReader &object);
/// The blocks under `key`, refused unless they are in order inside a text of `textLength`.
QList<TextBlock> structureFromJson(const JsonReader &object, const QString &key, qsizetype textLength);

} // namespace ClaimLedger
