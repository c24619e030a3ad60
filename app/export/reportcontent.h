#pragma once

#include "article.h"
#include "claim.h"
#include "evidence.h"
#include "figure.h"
#include "result.h"
#include "source.h"

#include <QCoreApplication>
#include <QDateTime>
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
    Q_DECLARE_TR_FUNCTIONS(ReportContent)

public:
    struct Section {
        Article article;
        QList<Claim> claims;
    };
    QString title;
    QList<Section> sections;
    /// Claimants the project knows as organisations (the rest are people).
    QStringList organizations;
    /// Other names of each claimant the project knows as an entity (일론 머스크 → 머스크).
    QHash<QString, QStringList> aliases;
    /// What reports cite: each claim's evidence (in the order it was linked) and figures
    /// (by claim id), and the
    /// sources with the SHA-256 of their snapshots (by source id).
    QHash<qint64, QList<Evidence>> evidence;
    QHash<qint64, QList<Figure>> figures;
    QHash<qint64, Source> sources;
    QHash<qint64, QStringList> snapshotHashes;
    /// The versions of every article that has more than one, by version id: the text a
    /// claim was checked against, named by its number, time and original bytes' SHA-256.
    struct VersionNote {
        int number = 1;
        QDateTime importedAt;
        QString sha256;
    };
    QHash<qint64, VersionNote> versions;
    /// The figures that changed from each version of an article to the next, by article
    /// id, as "version 1 → 2: $144 million → $436 million": what a stealth edit changed.
    QHash<qint64, QStringList> figureChanges;
    /// "Checked against version 2 of 2026-12-01 09:30 UTC (SHA-256 …)" for a claim on
    /// an article with several versions; empty otherwise.
    QString checkedAgainst(qint64 versionId) const;
    /// The cited sources in the order the report first cites them (claims in text
    /// order, each claim's evidence by id), as reports number them.
    QList<qint64> citedSources;

    /// The whole project, or only the article `articleId` when it is not 0; with
    /// `verdict`, only the claims rated so.
    static Result<ReportContent> fromProject(const Project &project, qint64 articleId = 0,
                                             std::optional<Verdict> verdict = std::nullopt);

    /// Keeps only these claims (the rows a filter of the claims table shows), and the
    /// articles that still have claims.
    void restrictTo(const QSet<qint64> &claimIds);
    /// Fills citedSources from the sections and evidence.
    void numberCitations();
    /// Cuts every text longer than `maximum` characters, saying how much was left out.
    /// Page layout (PDF, the preview) takes time far beyond linear in one long
    /// unbreakable string; a project from elsewhere may hold megabytes in one field.
    void shortenTexts(qsizetype maximum = LaidOutTextLength);
    /// What the PDF writer and the export preview lay out of any one text.
    static constexpr qsizetype LaidOutTextLength = 20000;
};

} // namespace ClaimLedger
