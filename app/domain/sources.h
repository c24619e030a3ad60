#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <optional>

namespace ClaimLedger {

/// What kind of thing a source is.
enum class SourceKind { WebPage, Document, Dataset, PressRelease, Statement, Interview, SocialPost, Filing };
QString sourceKindKey(SourceKind kind);
std::optional<SourceKind> sourceKindFromKey(QStringView key);

/// A source in the project's library. Reliability is the Admiralty grade: A (completely
/// reliable) to E (unreliable), F (cannot be judged).
struct Source {
    qint64 id = 0;
    QUuid uuid;
    SourceKind kind = SourceKind::WebPage;
    QString title;
    QString url;
    QString publisher;
    QString author;
    QDateTime publishedAt;
    QDateTime accessedAt;
    QChar reliability = u'F';
    QString notes;

    friend bool operator==(const Source &, const Source &) = default;
};

/// An archived copy of a web source, as fetched.
struct Snapshot {
    qint64 id = 0;
    QUuid uuid;
    qint64 sourceId = 0;
    QByteArray bytes;
    QString mimeType;
    QString finalUrl;
    int httpStatus = 0;
    QDateTime fetchedAt;
    QByteArray sha256; ///< hex; computed when stored

    /// Whether the bytes still hash to the SHA-256 recorded when they were archived:
    /// false means the snapshot was changed since, and must be reported as such.
    bool hashMatches() const;

    friend bool operator==(const Snapshot &, const Snapshot &) = default;
};

/// The Admiralty grades of source reliability, A to F, with their meaning.
QString reliabilityDisplayName(QChar grade);

/// How a source bears on a claim.
enum class Stance { Supports, Contradicts, Context, Origin };
QString stanceKey(Stance stance);
std::optional<Stance> stanceFromKey(QStringView key);
QString stanceDisplayName(Stance stance);
QList<Stance> allStances();
QString sourceKindDisplayName(SourceKind kind);
QList<SourceKind> allSourceKinds();

/// A link from a claim to a source. Credibility is that of this piece of information,
/// 1 (confirmed) to 6 (cannot be judged).
struct Evidence {
    qint64 id = 0;
    QUuid uuid;
    qint64 claimId = 0;
    qint64 sourceId = 0;
    Stance stance = Stance::Context;
    QString excerpt;
    QString locator;
    int credibility = 6;
    QString note;
    QDateTime createdAt;

    friend bool operator==(const Evidence &, const Evidence &) = default;
};

/// A person or an organisation that claims are attributed to.
struct Entity {
    enum class Kind { Person, Organization };
    qint64 id = 0;
    QUuid uuid;
    QString name;
    Kind kind = Kind::Person;
    QString role;
    QStringList aliases;

    friend bool operator==(const Entity &, const Entity &) = default;
};

/// The normalized figure of a figure claim. Values are exact decimals as text.
struct FigureRecord {
    qint64 id = 0;
    QUuid uuid;
    qint64 claimId = 0;
    QString stated;
    QString value;
    QString low;
    QString high;
    QString unit;
    QString qualifier = QStringLiteral("exact");
    QString timeFrame;
    qint64 equivalentId = 0;

    friend bool operator==(const FigureRecord &, const FigureRecord &) = default;
};

} // namespace ClaimLedger
