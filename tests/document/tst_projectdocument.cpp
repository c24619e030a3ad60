#include "articleimporter.h"
#include "articlelistmodel.h"
#include "claimdetector.h"
#include "claimtablemodel.h"
#include "itemroles.h"
#include "projectdocument.h"
#include "sourcelibrary.h"
#include "sourcetablemodel.h"
#include "textimporter.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QMimeData>
#include <QSignalSpy>
#include <QtConcurrentRun>
#include <QTemporaryDir>
#include <QtEndian>
#include <QTest>
#include <QThread>
#include <QUndoStack>

using namespace ClaimLedger;

class TestProjectDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void markUndoRedoAreSavedAtOnce();
    void markingTrimsWhiteSpaceAndRefusesEmptySelections();
    void verdictEditsGoThroughTheModelAndUndo();
    void deletingClaimsCanBeUndone();
    void undoingAnImportRemovesTheArticle();
    void readOnlyProjectsRefuseEdits();
    void reimportingMakesVersionsThatUndo();
    void claimsAreCarriedToAChangedTextAndBackOnUndo();
    void filesAreStoredOnAnotherThreadAndAdopted();
    void acceptingAFigureKeepsItsValueThroughUndo();
    void acceptingAQuoteNamesItsSpeaker();
    void acceptedQuotesShareTheirSpeakersEntity();
    void deletingRestoresFiguresEvidenceAndTags();
    void spansMoveAndComeBack();
    void entitiesAreFoundByAliasOrMade();
    void sourcesAndEvidenceUndo();
    void theLibraryCarriesSourcesBetweenProjects();
    void anArticlesLinksBecomeSources();
    void aFailedUndoIsShownAndTheHistoryCleared();
    void bulkEditsAreOneStepAndOneTransaction();
    void spinBoxStepsMergeIntoOneStep();
    void sourceTableFollowsTheDocument();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<ProjectDocument> m_document;
    Article m_article;
};

namespace {

/// SQLite's file change counter (header bytes 24–27), which every committed write
/// transaction in rollback-journal mode raises by one.
quint32 fileChangeCounter(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray header = file.read(28);
    return header.size() < 28 ? 0 : qFromBigEndian<quint32>(header.constData() + 24);
}

const QString articleText = QStringLiteral(
    "머스크 CEO는 \"그들은 실제로는 돈이 없다\"라고 말했다.\n\n소프트뱅크는 100억 달러 미만의 돈을 갖고 있다.");
} // namespace

void TestProjectDocument::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("doc.claimledger"));
    auto document = ProjectDocument::create(m_path);
    QVERIFY2(document.ok(), qPrintable(document.error()));
    m_document = std::move(document.value());
    auto imported = TextImporter::importBytes(articleText.toUtf8(), QStringLiteral("musk.txt"));
    QVERIFY(imported.ok());
    auto article = m_document->importArticle(imported.value());
    QVERIFY(article.ok());
    m_article = article.value();
}

void TestProjectDocument::cleanup()
{
    m_document.reset(); // close before the folder goes
    m_dir.reset();
}

void TestProjectDocument::markUndoRedoAreSavedAtOnce()
{
    ClaimTableModel model(m_document.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy added(m_document.get(), &ProjectDocument::claimAdded);
    QSignalSpy removed(m_document.get(), &ProjectDocument::claimRemoved);

    const qsizetype start = articleText.indexOf(u'"');
    const qsizetype end = articleText.indexOf(QStringLiteral("라고"));
    auto claim = m_document->markClaim(m_article.id, start, end);
    QVERIFY2(claim.ok(), qPrintable(claim.error()));
    QCOMPARE(claim->quote.exact, QStringLiteral("\"그들은 실제로는 돈이 없다\""));
    QCOMPARE(added.count(), 1);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(m_document->undoStack()->undoText(), QStringLiteral("Mark Claim"));

    // The file holds the claim as soon as the call returns.
    auto onDisk = Project::open(m_path);
    QVERIFY(onDisk.ok());
    QCOMPARE(onDisk.value()->claims()->size(), 1);
    onDisk.value().reset();

    m_document->undoStack()->undo();
    QCOMPARE(removed.count(), 1);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(m_document->claims().isEmpty());
    QVERIFY(Project::open(m_path).value()->claims()->isEmpty());

    m_document->undoStack()->redo();
    QCOMPARE(model.rowCount(), 1);
    const auto redone = Project::open(m_path).value()->claims();
    QCOMPARE(redone->size(), 1);
    // Redo brings back the same claim, not a copy.
    QCOMPARE(redone->constFirst().uuid, claim->uuid);
    QCOMPARE(redone->constFirst().id, claim->id);
}

void TestProjectDocument::markingTrimsWhiteSpaceAndRefusesEmptySelections()
{
    QSignalSpy errors(m_document.get(), &ProjectDocument::errorOccurred);
    const qsizetype start = articleText.indexOf(QStringLiteral("소프트뱅크"));
    auto claim = m_document->markClaim(m_article.id, start - 2, start + 5);
    QVERIFY(claim.ok());
    QCOMPARE(claim->start, start);
    QCOMPARE(claim->quote.exact, QStringLiteral("소프트뱅크"));

    const qsizetype blank = articleText.indexOf(QStringLiteral("\n\n"));
    QVERIFY(!m_document->markClaim(m_article.id, blank, blank + 2).ok());
    QVERIFY(!m_document->markClaim(m_article.id, 5, 5).ok());
    QVERIFY(!m_document->markClaim(m_article.id + 100, 0, 3).ok());
    QCOMPARE(errors.count(), 3);
    QCOMPARE(m_document->undoStack()->count(), 2); // the import and the one claim
}

void TestProjectDocument::verdictEditsGoThroughTheModelAndUndo()
{
    ClaimTableModel model(m_document.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto claim = m_document->markClaim(m_article.id, 0, 3);
    QVERIFY(claim.ok());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    const QModelIndex verdictCell = model.index(0, ClaimTableModel::VerdictColumn);
    QVERIFY(model.flags(verdictCell) & Qt::ItemIsEditable);
    QVERIFY(model.setData(verdictCell, int(Verdict::MostlyFalse)));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(verdictCell.data(VerdictRole).toInt(), int(Verdict::MostlyFalse));
    QCOMPARE(verdictCell.data().toString(), QStringLiteral("Mostly false"));
    QCOMPARE(Project::open(m_path).value()->claim(claim->id)->verdict, Verdict::MostlyFalse);
    QCOMPARE(m_document->undoStack()->undoText(), QStringLiteral("Set Verdict to Mostly false"));

    QVERIFY(!model.setData(verdictCell, 99));
    QVERIFY(model.setData(model.index(0, ClaimTableModel::ClaimantColumn), QStringLiteral("  일론 머스크 ")));
    QCOMPARE(m_document->claim(claim->id)->claimant, QStringLiteral("일론 머스크"));

    m_document->undoStack()->undo();
    m_document->undoStack()->undo();
    QCOMPARE(m_document->claim(claim->id)->verdict, Verdict::Unverified);
    QCOMPARE(Project::open(m_path).value()->claim(claim->id)->verdict, Verdict::Unverified);
    QVERIFY(m_document->claim(claim->id)->claimant.isEmpty());
}

void TestProjectDocument::deletingClaimsCanBeUndone()
{
    ArticleListModel articles(m_document.get());
    QAbstractItemModelTester tester(&articles, QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto first = m_document->markClaim(m_article.id, 0, 3);
    auto second = m_document->markClaim(m_article.id, 4, 7);
    QVERIFY(first.ok() && second.ok());
    QVERIFY(m_document->setClaimVerdict(first->id, Verdict::True).ok());
    const Claim rated = m_document->claim(first->id).value();
    QCOMPARE(articles.index(0).data(ClaimCountRole).toInt(), 2);

    QVERIFY(m_document->removeClaims({first->id, second->id}).ok());
    QVERIFY(m_document->claims().isEmpty());
    QCOMPARE(articles.index(0).data(ClaimCountRole).toInt(), 0);
    QCOMPARE(m_document->undoStack()->undoText(), QStringLiteral("Delete 2 Claims"));

    m_document->undoStack()->undo();
    QCOMPARE(m_document->claims().size(), 2);
    QCOMPARE(m_document->claim(first->id).value(), rated);
    QCOMPARE(Project::open(m_path).value()->claim(first->id).value(), rated);
}

void TestProjectDocument::undoingAnImportRemovesTheArticle()
{
    ArticleListModel articles(m_document.get());
    QAbstractItemModelTester tester(&articles, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(articles.rowCount(), 1);
    m_document->undoStack()->undo();
    QCOMPARE(articles.rowCount(), 0);
    QVERIFY(Project::open(m_path).value()->articles()->isEmpty());
    m_document->undoStack()->redo();
    QCOMPARE(articles.rowCount(), 1);
    QCOMPARE(Project::open(m_path).value()->article(m_article.id)->uuid, m_article.uuid);
}

void TestProjectDocument::readOnlyProjectsRefuseEdits()
{
    auto claim = m_document->markClaim(m_article.id, 0, 3);
    QVERIFY(claim.ok());
    m_document.reset();
    // A newer schema version makes the project read-only.
    {
        auto project = Project::open(m_path);
        QVERIFY(project.ok());
    }
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    file.seek(60);
    file.write(QByteArray("\0\0\0\x63", 4));
    file.close();

    auto document = ProjectDocument::open(m_path);
    QVERIFY2(document.ok(), qPrintable(document.error()));
    QVERIFY(document.value()->project().isReadOnly());
    ClaimTableModel model(document.value().get());
    QVERIFY(!(model.flags(model.index(0, ClaimTableModel::VerdictColumn)) & Qt::ItemIsEditable));
    QSignalSpy errors(document.value().get(), &ProjectDocument::errorOccurred);
    QVERIFY(!document.value()->setClaimVerdict(claim->id, Verdict::True).ok());
    QCOMPARE(errors.count(), 1);
    QCOMPARE(document.value()->undoStack()->count(), 0);
    QCOMPARE(document.value()->claim(claim->id)->verdict, Verdict::Unverified);
}

void TestProjectDocument::reimportingMakesVersionsThatUndo()
{
    ArticleListModel articles(m_document.get());
    QAbstractItemModelTester tester(&articles, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy updated(m_document.get(), &ProjectDocument::articleUpdated);
    auto claim = m_document->markClaim(m_article.id, 0, 3);
    QVERIFY(claim.ok());

    Project::ImportOutcome outcome = Project::ImportOutcome::Added;
    auto same = TextImporter::importBytes(articleText.toUtf8(), QStringLiteral("musk.txt"));
    auto unchanged = m_document->importArticle(same.value(), &outcome);
    QVERIFY(unchanged.ok());
    QCOMPARE(outcome, Project::ImportOutcome::Unchanged);
    QCOMPARE(unchanged->id, m_article.id);
    QCOMPARE(m_document->articles().size(), 1);
    const int commands = m_document->undoStack()->count();
    QCOMPARE(commands, 2); // nothing pushed for an unchanged file

    const QString edited = articleText + QStringLiteral("\n\n손정의 회장은 반박했다.");
    auto changed = TextImporter::importBytes(edited.toUtf8(), QStringLiteral("musk.txt"));
    auto version = m_document->importArticle(changed.value(), &outcome);
    QVERIFY2(version.ok(), qPrintable(version.error()));
    QCOMPARE(outcome, Project::ImportOutcome::NewVersion);
    QCOMPARE(version->version, 2);
    QCOMPARE(m_document->article(m_article.id)->text, edited);
    QCOMPARE(updated.count(), 1);
    QCOMPARE(articles.rowCount(), 1);
    // The claim is carried to version 2: its words are still there.
    QCOMPARE(m_document->claim(claim->id)->versionId, version->versionId);
    QCOMPARE(m_document->carrySummary(m_article.id).carried, 1);

    m_document->undoStack()->undo();
    QCOMPARE(m_document->article(m_article.id)->text, articleText);
    QCOMPARE(Project::open(m_path).value()->versionCount(m_article.id).value(), 1);
    QCOMPARE(m_document->claim(claim->id)->versionId, m_article.versionId);
    m_document->undoStack()->redo();
    QCOMPARE(m_document->article(m_article.id)->versionId, version->versionId);
    QCOMPARE(Project::open(m_path).value()->article(m_article.id)->text, edited);
    QCOMPARE(m_document->claim(claim->id)->versionId, version->versionId);
}

void TestProjectDocument::claimsAreCarriedToAChangedTextAndBackOnUndo()
{
    // Three claims: a quote, a figure, a sentence. The article is edited quietly: the
    // figure corrected, the quote's sentence removed, a line added on top.
    auto quote = m_document->markClaim(m_article.id, articleText.indexOf(u"머스크"), articleText.indexOf(u"\n"));
    const QString figureText = QStringLiteral("100억 달러 미만");
    auto figure = m_document->markClaim(m_article.id, articleText.indexOf(figureText),
                                        articleText.indexOf(figureText) + figureText.size());
    QVERIFY(quote.ok() && figure.ok());
    QVERIFY(m_document->setClaimVerdict(figure->id, Verdict::MostlyTrue).ok());
    QSignalSpy changed(m_document.get(), &ProjectDocument::claimChanged);

    const QString edited = QStringLiteral("수정: 금액을 바로잡았다.\n\n소프트뱅크는 120억 달러 미만의 돈을 갖고 있다.");
    Project::ImportOutcome outcome = Project::ImportOutcome::Added;
    auto version = m_document->importArticle(
        TextImporter::importBytes(edited.toUtf8(), QStringLiteral("musk.txt")).value(), &outcome);
    QVERIFY2(version.ok(), qPrintable(version.error()));
    QCOMPARE(outcome, Project::ImportOutcome::NewVersion);

    const CarrySummary summary = m_document->carrySummary(m_article.id);
    QCOMPARE(summary.carried, 1);
    QCOMPARE(summary.figureChanged, 1);
    QCOMPARE(summary.orphaned + summary.needsReview, 1);
    const Claim carried = *m_document->claim(figure->id);
    QCOMPARE(carried.versionId, version->versionId);
    QCOMPARE(edited.mid(carried.start, carried.length()), QStringLiteral("120억 달러 미만"));
    QCOMPARE(carried.quote.exact, QStringLiteral("120억 달러 미만"));
    QCOMPARE(carried.verdict, Verdict::MostlyTrue); // the assessment travels with it
    QCOMPARE(m_document->claim(quote->id)->versionId, m_article.versionId); // the gone one stays
    QVERIFY(changed.count() >= 1);
    // Saved: another connection sees the claim on the new version.
    QCOMPARE(Project::open(m_path, Project::OpenMode::ReadOnly).value()->claim(figure->id)->versionId,
             version->versionId);

    // The analyst places the claim left behind on the new text by hand: it moves to the
    // current version with its assessment; undo leaves it on the old one again.
    const qsizetype placed = edited.indexOf(u"소프트뱅크는");
    QVERIFY(m_document->setClaimSpan(quote->id, placed, placed + 6).ok());
    QCOMPARE(m_document->claim(quote->id)->versionId, version->versionId);
    QCOMPARE(m_document->claim(quote->id)->quote.exact, QStringLiteral("소프트뱅크는"));
    m_document->undoStack()->undo();
    QCOMPARE(m_document->claim(quote->id)->versionId, m_article.versionId);
    QCOMPARE(m_document->claim(quote->id)->quote.exact.left(3), QStringLiteral("머스크"));

    // One undo: the claims back where they were, the version gone, nothing lost.
    m_document->undoStack()->undo();
    const Claim back = *m_document->claim(figure->id);
    QCOMPARE(back.versionId, m_article.versionId);
    QCOMPARE(articleText.mid(back.start, back.length()), figureText);
    QCOMPARE(back.verdict, Verdict::MostlyTrue);
    QVERIFY(m_document->claim(quote->id).has_value());
    QCOMPARE(Project::open(m_path, Project::OpenMode::ReadOnly).value()->versionCount(m_article.id).value(), 1);
    QCOMPARE(Project::open(m_path, Project::OpenMode::ReadOnly).value()->claims()->size(), 2);

    m_document->undoStack()->redo();
    QCOMPARE(m_document->claim(figure->id)->versionId, version->versionId);
    QCOMPARE(m_document->claim(figure->id)->quote.exact, QStringLiteral("120억 달러 미만"));
}

void TestProjectDocument::filesAreStoredOnAnotherThreadAndAdopted()
{
    const QString path = m_dir->filePath(QStringLiteral("second.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("SoftBank has less than $10 billion.\n");
    file.close();

    const Project::Peer peer = m_document->project().peer();
    QThread *worker = nullptr;
    auto stored = QtConcurrent::run([&] {
                      worker = QThread::currentThread();
                      return ProjectDocument::storeFile(peer, path);
                  }).result();
    QVERIFY(worker != QThread::currentThread());
    QVERIFY2(stored.ok(), qPrintable(stored.error()));
    QCOMPARE(stored->outcome, Project::ImportOutcome::Added);
    // Saved by the other connection before the document knows of it.
    QCOMPARE(Project::open(m_path, Project::OpenMode::ReadOnly).value()->articles()->size(), 2);
    QCOMPARE(m_document->articles().size(), 1);

    QSignalSpy added(m_document.get(), &ProjectDocument::articleAdded);
    m_document->adoptStored(stored.value());
    QCOMPARE(added.size(), 1);
    QCOMPARE(m_document->articles().size(), 2);
    QCOMPARE(m_document->article(stored->article.id)->text, QStringLiteral("SoftBank has less than $10 billion."));
    m_document->undoStack()->undo();
    QCOMPARE(m_document->articles().size(), 1);
    QCOMPARE(Project::open(m_path, Project::OpenMode::ReadOnly).value()->articles()->size(), 1);

    // A missing file is refused with its name.
    auto missing = QtConcurrent::run([&] { return ProjectDocument::storeFile(peer, path + u'x'); }).result();
    QVERIFY(!missing.ok());
    QVERIFY(missing.error().contains(QStringLiteral("second.txtx")));
}

void TestProjectDocument::acceptingAFigureKeepsItsValueThroughUndo()
{
    const QList<Candidate> candidates = ClaimDetector::detect(m_article.text);
    const auto figure = std::find_if(candidates.cbegin(), candidates.cend(), [](const Candidate &candidate) {
        return candidate.kind == Candidate::Kind::Figure && candidate.text.contains(u"100억");
    });
    QVERIFY(figure != candidates.cend());
    auto claim = m_document->acceptCandidate(m_article.id, *figure);
    QVERIFY2(claim.ok(), qPrintable(claim.error()));
    QCOMPARE(claim->kind, ClaimKind::Figure);
    QCOMPARE(claim->quote.exact, figure->text);
    QVERIFY(m_document->undoStack()->undoText().startsWith(u"Accept Candidate"));
    const auto stored = [&] { return m_document->project().figuresForClaim(claim->id).value(); };
    QCOMPARE(stored().size(), 1);
    QCOMPARE(stored().constFirst().value, QStringLiteral("10000000000"));
    QCOMPARE(stored().constFirst().unit, QStringLiteral("USD"));
    QCOMPARE(stored().constFirst().qualifier, QStringLiteral("less than"));

    m_document->undoStack()->undo();
    QVERIFY(!m_document->claim(claim->id));
    QVERIFY(stored().isEmpty());
    m_document->undoStack()->redo();
    QCOMPARE(m_document->claim(claim->id)->uuid, claim->uuid);
    QCOMPARE(stored().size(), 1);
    QCOMPARE(stored().constFirst().value, QStringLiteral("10000000000"));

    // A candidate from another text is refused, not stored at a wrong place.
    Candidate stale = *figure;
    stale.text = QStringLiteral("5천억달러");
    QVERIFY(!m_document->acceptCandidate(m_article.id, stale).ok());
}

void TestProjectDocument::acceptingAQuoteNamesItsSpeaker()
{
    const QList<Candidate> candidates = ClaimDetector::detect(m_article.text);
    const auto quote = std::find_if(candidates.cbegin(), candidates.cend(), [](const Candidate &candidate) {
        return candidate.kind == Candidate::Kind::Quote;
    });
    QVERIFY(quote != candidates.cend());
    auto claim = m_document->acceptCandidate(m_article.id, *quote);
    QVERIFY2(claim.ok(), qPrintable(claim.error()));
    QCOMPARE(claim->kind, ClaimKind::Quote);
    QVERIFY2(claim->claimant.contains(u"머스크"), qPrintable(claim->claimant));
    QCOMPARE(claim->wording, QStringLiteral("그들은 실제로는 돈이 없다"));
}

void TestProjectDocument::acceptedQuotesShareTheirSpeakersEntity()
{
    // 머스크 CEO, 그 and (in another article) 머스크 are filed under one entity, 일론 머스크,
    // made on the first accept with the alias and role the article gives.
    const auto importText = [this](const QString &text, const QString &name) {
        auto imported = TextImporter::importBytes(text.toUtf8(), name);
        return imported ? m_document->importArticle(imported.value()) : Result<Article>(Error{imported.error()});
    };
    auto first
        = importText(QStringLiteral("일론 머스크 테슬라 CEO가 글을 올렸다. 머스크 CEO는 \"그들은 돈이 없다\"라고 "
                                    "말했다. 그는 \"나는 소식통에게서 들었다\"라고 덧붙였다."),
                     QStringLiteral("first.txt"));
    auto second
        = importText(QStringLiteral("머스크는 \"계획은 실패할 것이다\"라고 밝혔다."), QStringLiteral("second.txt"));
    QVERIFY(first.ok() && second.ok());
    QStringList claimants;
    for (const Article &article : {first.value(), second.value()}) {
        for (const Candidate &candidate : ClaimDetector::detect(article.text)) {
            if (candidate.kind != Candidate::Kind::Quote)
                continue;
            auto claim = m_document->acceptCandidate(article.id, candidate);
            QVERIFY2(claim.ok(), qPrintable(claim.error()));
            claimants.append(claim->claimant);
        }
    }
    QCOMPARE(claimants, QStringList(3, QStringLiteral("일론 머스크")));
    auto entities = m_document->project().entities();
    QVERIFY(entities.ok());
    const auto musk = std::find_if(entities->cbegin(), entities->cend(),
                                   [](const Entity &entity) { return entity.name == QStringLiteral("일론 머스크"); });
    QVERIFY(musk != entities->cend());
    QCOMPARE(musk->role, QStringLiteral("CEO"));
    QVERIFY(musk->aliases.contains(QStringLiteral("머스크")));
    QCOMPARE(std::count_if(entities->cbegin(), entities->cend(),
                           [](const Entity &entity) { return entity.name.contains(u"머스크"); }),
             1);
}

void TestProjectDocument::deletingRestoresFiguresEvidenceAndTags()
{
    const QList<Candidate> candidates = ClaimDetector::detect(m_article.text);
    const auto figure = std::find_if(candidates.cbegin(), candidates.cend(), [](const Candidate &candidate) {
        return candidate.kind == Candidate::Kind::Figure;
    });
    QVERIFY(figure != candidates.cend());
    auto claim = m_document->acceptCandidate(m_article.id, *figure);
    QVERIFY(claim.ok());
    Claim tagged = claim.value();
    tagged.tags = {QStringLiteral("softbank"), QStringLiteral(" funding "), QStringLiteral("softbank")};
    QVERIFY(m_document->editClaim(tagged, QStringLiteral("Set Tags")).ok());
    QCOMPARE(m_document->claim(claim->id)->tags, (QStringList{QStringLiteral("funding"), QStringLiteral("softbank")}));
    Source source;
    source.title = QStringLiteral("SoftBank annual report");
    auto savedSource = m_document->addSource(source);
    QVERIFY(savedSource.ok());
    Evidence evidence;
    evidence.claimId = claim->id;
    evidence.sourceId = savedSource->id;
    evidence.stance = Stance::Supports;
    evidence.excerpt = QStringLiteral("cash and equivalents");
    QVERIFY(m_document->linkEvidence(evidence).ok());

    QVERIFY(m_document->removeClaims({claim->id}).ok());
    QVERIFY(m_document->project().evidenceForClaim(claim->id)->isEmpty());
    m_document->undoStack()->undo();
    const auto restored = m_document->claimRecord(claim->id);
    QVERIFY2(restored.ok(), qPrintable(restored.error()));
    QCOMPARE(restored->claim.tags, (QStringList{QStringLiteral("funding"), QStringLiteral("softbank")}));
    QCOMPARE(restored->figures.size(), 1);
    QCOMPARE(restored->evidence.size(), 1);
    QCOMPARE(restored->evidence.constFirst().excerpt, QStringLiteral("cash and equivalents"));
    QCOMPARE(restored->evidence.constFirst().stance, Stance::Supports);
    // Reopened from the file, the same.
    m_document.reset();
    auto reopened = ProjectDocument::open(m_path);
    QVERIFY(reopened.ok());
    QCOMPARE(reopened.value()->claim(claim->id)->tags.size(), 2);
    QCOMPARE(reopened.value()->project().evidenceForClaim(claim->id)->size(), 1);
}

void TestProjectDocument::spansMoveAndComeBack()
{
    auto claim = m_document->markClaim(m_article.id, 0, 3);
    QVERIFY(claim.ok());
    const qsizetype start = articleText.indexOf(QStringLiteral("소프트뱅크"));
    // White space around the new span is trimmed, as when marking.
    QVERIFY(m_document->setClaimSpan(claim->id, start - 2, start + 5).ok());
    QCOMPARE(m_document->claim(claim->id)->start, start);
    QCOMPARE(m_document->claim(claim->id)->quote.exact, QStringLiteral("소프트뱅크"));
    QCOMPARE(m_document->undoStack()->undoText(), QStringLiteral("Change Claim Span"));
    m_document->undoStack()->undo();
    QCOMPARE(m_document->claim(claim->id)->start, 0);
    QCOMPARE(Project::open(m_path, Project::OpenMode::ReadOnly).value()->claim(claim->id)->end, 3);
    QVERIFY(!m_document->setClaimSpan(claim->id, 5, 5).ok());
}

void TestProjectDocument::entitiesAreFoundByAliasOrMade()
{
    Entity musk;
    musk.name = QStringLiteral("Elon Musk");
    musk.aliases = {QStringLiteral("머스크")};
    // Entities with aliases come from elsewhere (the library, a merge): put one in the
    // file while no document has it open.
    m_document.reset();
    {
        auto project = Project::open(m_path);
        QVERIFY(project.ok());
        QVERIFY(project.value()->addEntity(musk).ok());
    }
    auto reopened = ProjectDocument::open(m_path);
    QVERIFY(reopened.ok());
    m_document = std::move(reopened.value());
    QCOMPARE(m_document->ensureEntity(QStringLiteral("머스크"))->name, QStringLiteral("Elon Musk"));
    QCOMPARE(m_document->ensureEntity(QStringLiteral("elon musk"))->name, QStringLiteral("Elon Musk"));
    QCOMPARE(m_document->ensureEntity(QStringLiteral("손정의"))->name, QStringLiteral("손정의"));
    QCOMPARE(m_document->project().entities()->size(), 2);
}

void TestProjectDocument::sourcesAndEvidenceUndo()
{
    auto claim = m_document->markClaim(m_article.id, 0, 3);
    QVERIFY(claim.ok());
    Source source;
    source.title = QStringLiteral("SoftBank quarterly report");
    source.url = QStringLiteral("https://group.softbank/en/ir/financials");
    Snapshot snapshot;
    snapshot.bytes = "Cash and cash equivalents: 4.6 trillion yen";
    snapshot.mimeType = QStringLiteral("text/plain");
    QSignalSpy sourcesChanged(m_document.get(), &ProjectDocument::sourcesChanged);
    auto added = m_document->addSource(source, {snapshot});
    QVERIFY2(added.ok(), qPrintable(added.error()));
    QCOMPARE(sourcesChanged.size(), 1);
    QCOMPARE(m_document->project().snapshots(added->id)->size(), 1);

    Evidence evidence;
    evidence.claimId = claim->id;
    evidence.sourceId = added->id;
    evidence.stance = Stance::Contradicts;
    evidence.excerpt = QStringLiteral("4.6 trillion yen");
    evidence.credibility = 2;
    QSignalSpy evidenceChanged(m_document.get(), &ProjectDocument::evidenceChanged);
    auto linked = m_document->linkEvidence(evidence);
    QVERIFY(linked.ok());
    QCOMPARE(evidenceChanged.constLast().constFirst().toLongLong(), claim->id);

    // Removing the source takes the evidence; undo brings back both, snapshot and all.
    QVERIFY(m_document->removeSource(added->id).ok());
    QVERIFY(m_document->project().evidenceForClaim(claim->id)->isEmpty());
    m_document->undoStack()->undo();
    QCOMPARE(m_document->project().evidenceForClaim(claim->id)->size(), 1);
    QCOMPARE(m_document->project().evidenceForClaim(claim->id)->constFirst().excerpt,
             QStringLiteral("4.6 trillion yen"));
    const auto restored = m_document->project().sources().value();
    QCOMPARE(restored.size(), 1);
    QCOMPARE(restored.constFirst().uuid, added->uuid);
    QVERIFY(m_document->project().snapshots(restored.constFirst().id)->constFirst().hashMatches());

    QVERIFY(m_document->removeEvidence(m_document->project().evidenceForClaim(claim->id)->constFirst().id).ok());
    QCOMPARE(m_document->undoStack()->undoText(), QStringLiteral("Remove Evidence"));
    m_document->undoStack()->undo();
    QCOMPARE(m_document->project().evidenceForClaim(claim->id)->size(), 1);
}

void TestProjectDocument::theLibraryCarriesSourcesBetweenProjects()
{
    Source source;
    source.title = QStringLiteral("통계청 고용동향");
    source.url = QStringLiteral("https://kostat.go.kr/board.es?mid=a10301&bid=210");
    source.reliability = u'A';
    Snapshot snapshot;
    snapshot.bytes = "취업자 2,870만명";
    auto added = m_document->addSource(source, {snapshot});
    QVERIFY(added.ok());

    const QString libraryPath = m_dir->filePath(QStringLiteral("library.claimledger"));
    {
        auto library = SourceLibrary::open(libraryPath);
        QVERIFY2(library.ok(), qPrintable(library.error()));
        auto saved = SourceLibrary::save(m_document->project(), added->id, *library.value());
        QVERIFY2(saved.ok(), qPrintable(saved.error()));
        // Saving again finds it there.
        QCOMPARE(SourceLibrary::save(m_document->project(), added->id, *library.value())->id, saved->id);
        QCOMPARE(library.value()->sources()->size(), 1);
    }
    // Another project takes it from the library: the same source, snapshot and hash.
    auto other = ProjectDocument::create(m_dir->filePath(QStringLiteral("other.claimledger")));
    QVERIFY(other.ok());
    auto library = SourceLibrary::open(libraryPath);
    QVERIFY(library.ok());
    auto record = SourceLibrary::read(*library.value(), library.value()->sources()->constFirst().id);
    QVERIFY(record.ok());
    QVERIFY(!SourceLibrary::findSame(other.value()->project(), record->source)->has_value());
    auto copied = other.value()->addSource(record->source, record->snapshots);
    QVERIFY(copied.ok());
    QCOMPARE(copied->uuid, added->uuid);
    QCOMPARE(copied->title, source.title);
    QCOMPARE(copied->reliability, QChar(u'A'));
    const Snapshot copiedSnapshot = other.value()->project().snapshots(copied->id)->constFirst();
    QCOMPARE(copiedSnapshot.bytes, snapshot.bytes);
    QCOMPARE(copiedSnapshot.sha256, m_document->project().snapshots(added->id)->constFirst().sha256);
    QVERIFY(SourceLibrary::findSame(other.value()->project(), record->source)->has_value());
}

void TestProjectDocument::anArticlesLinksBecomeSources()
{
    auto page = ArticleImporter::importFile(QStringLiteral(CLAIMLEDGER_TESTS_DIR "/data/article-ko.html"));
    QVERIFY(page.ok());
    auto article = m_document->importArticle(page.value());
    QVERIFY(article.ok());
    auto added = m_document->addArticleLinksAsSources(article->id);
    QVERIFY2(added.ok(), qPrintable(added.error()));
    QCOMPARE(added.value(), 1);
    const QList<Source> sources = m_document->project().sources().value();
    QCOMPARE(sources.size(), 1);
    QCOMPARE(sources.constFirst().url, QStringLiteral("https://news.example.org/data/stargate.pdf"));
    // Once is enough: the same links again add nothing.
    QCOMPARE(m_document->addArticleLinksAsSources(article->id).value(), 0);
    // One edit to undo.
    QCOMPARE(m_document->undoStack()->undoText(), QStringLiteral("Add the Article's Links as Sources"));
    m_document->undoStack()->undo();
    QVERIFY(m_document->project().sources()->isEmpty());

    // The links are the ones stored with the version at import, not read again from
    // the original bytes: a version with no bytes still gives its links, web ones only.
    ImportedArticle pasted;
    pasted.article.title = QStringLiteral("Pasted");
    pasted.article.source = QStringLiteral("pasted");
    pasted.article.text = QStringLiteral("본문이다.");
    pasted.article.links = {QStringLiteral("https://one.example.org/a"), QStringLiteral("mailto:desk@example.org"),
                            QStringLiteral("http://two.example.org/b")};
    auto stored = m_document->importArticle(pasted);
    QVERIFY(stored.ok());
    QCOMPARE(m_document->project().article(stored->id)->links, pasted.article.links);
    QCOMPARE(m_document->addArticleLinksAsSources(stored->id).value(), 2);
}

void TestProjectDocument::aFailedUndoIsShownAndTheHistoryCleared()
{
    auto claim = m_document->markClaim(m_article.id, 0, 3);
    QVERIFY(claim.ok());
    QVERIFY(m_document->setClaimVerdict(claim->id, Verdict::False).ok());
    QSignalSpy errors(m_document.get(), &ProjectDocument::errorOccurred);

    // The file goes away under the open project: the undo cannot be saved.
    QVERIFY(QFile::rename(m_path, m_path + QStringLiteral(".moved")));
    m_document->undoStack()->undo();
    QCOMPARE(errors.size(), 1); // one message, not one per layer
    const QString message = errors.constFirst().constFirst().toString();
    QVERIFY2(message.contains(QStringLiteral("could not be undone")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("deleted or moved away")), qPrintable(message));
    QCOMPARE(m_document->claim(claim->id)->verdict, Verdict::False); // as the file still says
    // On the next turn of the event loop the history that no longer matches is gone.
    QTRY_COMPARE(m_document->undoStack()->count(), 0);
    QVERIFY(!m_document->undoStack()->canUndo());
    QVERIFY(!m_document->undoStack()->canRedo());
    QVERIFY(QFile::rename(m_path + QStringLiteral(".moved"), m_path));
}

void TestProjectDocument::bulkEditsAreOneStepAndOneTransaction()
{
    QList<qint64> ids;
    for (const auto &[start, end] : {std::pair{0, 3}, std::pair{14, 25}, std::pair{35, 40}}) {
        auto marked = m_document->markClaim(m_article.id, start, end);
        QVERIFY2(marked.ok(), qPrintable(marked.error()));
        ids.append(marked->id);
    }
    QUndoStack *stack = m_document->undoStack();
    const int steps = stack->count();
    QSignalSpy changed(m_document.get(), &ProjectDocument::claimChanged);

    quint32 counter = fileChangeCounter(m_path);
    QVERIFY(m_document->setClaimsVerdict(ids, Verdict::False).ok());
    QCOMPARE(fileChangeCounter(m_path), counter + 1);
    QCOMPARE(stack->count(), steps + 1);
    QCOMPARE(changed.size(), 3);
    for (const qint64 id : ids)
        QCOMPARE(m_document->claim(id)->verdict, Verdict::False);

    counter = fileChangeCounter(m_path);
    stack->undo();
    QCOMPARE(fileChangeCounter(m_path), counter + 1);
    for (const qint64 id : ids)
        QCOMPARE(m_document->claim(id)->verdict, Verdict::Unverified);
    stack->redo();
    QCOMPARE(m_document->project().claimsWithVerdict(Verdict::False)->size(), 3);

    // Claims already so are left out; none left means no step at all.
    QVERIFY(m_document->setClaimsVerdict(ids, Verdict::False).ok());
    QCOMPARE(stack->count(), steps + 1);

    counter = fileChangeCounter(m_path);
    QVERIFY(m_document->removeClaims(ids).ok());
    QCOMPARE(fileChangeCounter(m_path), counter + 1);
    QCOMPARE(stack->count(), steps + 2);
    QVERIFY(m_document->claims().isEmpty());
    counter = fileChangeCounter(m_path);
    stack->undo();
    QCOMPARE(fileChangeCounter(m_path), counter + 1);
    QCOMPARE(m_document->claims().size(), 3);
    QCOMPARE(m_document->project().claimsWithVerdict(Verdict::False)->size(), 3);
}

void TestProjectDocument::spinBoxStepsMergeIntoOneStep()
{
    auto marked = m_document->markClaim(m_article.id, 14, 25);
    QVERIFY(marked.ok());
    const Claim original = marked.value();
    QUndoStack *stack = m_document->undoStack();
    const int steps = stack->count();
    for (qsizetype end = 24; end >= 21; --end)
        QVERIFY(m_document->setClaimSpan(original.id, 14, end, true).ok());
    QCOMPARE(stack->count(), steps + 1);
    QCOMPARE(m_document->claim(original.id)->end, 21);
    // A move that is not a step is a step of its own.
    QVERIFY(m_document->setClaimSpan(original.id, 0, 3).ok());
    QCOMPARE(stack->count(), steps + 2);
    stack->undo();
    QCOMPARE(m_document->claim(original.id)->end, 21);
    stack->undo();
    QCOMPARE(m_document->claim(original.id)->end, original.end);
    QCOMPARE(m_document->claim(original.id)->quote.exact, original.quote.exact);
}

void TestProjectDocument::sourceTableFollowsTheDocument()
{
    SourceTableModel model(m_document.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(SourceTableModel::ColumnCount));

    Source report;
    report.title = QStringLiteral("SoftBank annual report");
    report.kind = SourceKind::Filing;
    report.reliability = u'A';
    auto first = m_document->addSource(report);
    QVERIFY(first.ok());
    Source post;
    post.title = QStringLiteral("A post on X");
    auto second = m_document->addSource(post);
    QVERIFY(second.ok());
    QCOMPARE(model.rowCount(), 2);
    const int row = model.rowOf(first->id);
    QVERIFY(row >= 0);
    QCOMPARE(model.index(row, SourceTableModel::TitleColumn).data().toString(), report.title);
    QCOMPARE(model.index(row, SourceTableModel::ClaimsColumn).data().toInt(), 0);

    // Citing it from a claim counts; the row drags as the source's id.
    auto claim = m_document->markClaim(m_article.id, 0, 3);
    QVERIFY(claim.ok());
    Evidence evidence;
    evidence.claimId = claim->id;
    evidence.sourceId = first->id;
    QVERIFY(m_document->linkEvidence(evidence).ok());
    QCOMPARE(model.index(model.rowOf(first->id), SourceTableModel::ClaimsColumn).data().toInt(), 1);
    std::unique_ptr<QMimeData> mime(model.mimeData({model.index(model.rowOf(first->id), 0)}));
    QVERIFY(mime);
    QCOMPARE(mime->data(QString::fromLatin1(SourceIdMimeType)).toLongLong(), first->id);

    // Removing and undoing come and go through the model.
    QVERIFY(m_document->removeSource(second->id).ok());
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.rowOf(second->id), -1);
    m_document->undoStack()->undo();
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(model.rowOf(second->id) >= 0);
}

QTEST_GUILESS_MAIN(TestProjectDocument)
#include "tst_projectdocument.moc"
