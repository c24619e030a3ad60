#pragma once

#include "article.h"
#include "claim.h"
#include "result.h"
#include "sources.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace ClaimLedger {

class Project;

/// What a report covers: a title and, per article, its claims in text order. The
/// renderers take only this, so any selection (the whole project, one article, a
/// filter of the claims table) renders the same way.
struct ReportContent {
    struct Section {
        Article article;
        QList<Claim> claims;
    };
    QString title;
    QList<Section> sections;
    /// Claimants the project knows as organisations (the rest are people).
    QStringList organizations;
    /// What reports cite: each claim's evidence and figures (by claim id), and the
    /// sources with the SHA-256 of their snapshots (by source id).
    QHash<qint64, QList<Evidence>> evidence;
    QHash<qint64, QList<FigureRecord>> figures;
    QHash<qint64, Source> sources;
    QHash<qint64, QStringList> snapshotHashes;

    /// The whole project, or only the article `articleId` when it is not 0; with
    /// `verdict`, only the claims rated so.
    static Result<ReportContent> fromProject(const Project &project, qint64 articleId = 0,
                                             std::optional<Verdict> verdict = std::nullopt);

    /// Keeps only these claims (the rows a filter of the claims table shows), and the
    /// articles that still have claims.
    void restrictTo(const QSet<qint64> &claimIds);
};

} // namespace ClaimLedger
