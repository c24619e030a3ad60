#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
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

/// The Admiralty grades of source reliability, A to F, with their meaning.
QString reliabilityDisplayName(QChar grade);
QString sourceKindDisplayName(SourceKind kind);
QList<SourceKind> allSourceKinds();

} // namespace ClaimLedger
