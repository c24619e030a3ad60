// The objects of schema version 2: versions, tags, figures, sources, snapshots,
// evidence, entities; search; bulk transactions; copies; the one-writer lock.

#include "project.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ClaimLedger;

namespace {

Article makeArticle(const QString &title, const QString &text)
{
    Article article;
    article.title = title;
    article.text = text;
    article.language = QStringLiteral("ko");
    return article;
}

Claim claimOn(const Article &article, const QString &exact)
{
    Claim claim;
    claim.articleId = article.id;
    claim.start = article.text.indexOf(exact);
    claim.end = claim.start + exact.size();
    claim.quote = TextQuoteSelector::fromSpan(article.text, claim.start, claim.end);
    return claim;
}

} // namespace

class TestProjectLibrary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void versionsKeepOldClaims();
    void tagsAndFigures();
    void sourcesSnapshotsAndEvidence();
    void entitiesWithAliases();
    void searchFindsKoreanAndEnglish_data();
    void searchFindsKoreanAndEnglish();
    void searchIndexFollowsEdits();
    void bulkWorkIsAllOrNothing();
    void copiesAreCompleteProjects();
    void aSecondWriterGetsReadOnly();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Project> m_project;
    Article m_article;
};

void TestProjectLibrary::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto project = Project::create(m_dir->filePath(QStringLiteral("library.claimledger")));
    QVERIFY2(project.ok(), qPrintable(project.error()));
    m_project = std::move(project.value());
    auto article = m_project->addArticle(
        makeArticle(QStringLiteral("머스크, 스타게이트에 회의적"),
                    QStringLiteral("머스크 CEO는 \"소프트뱅크는 100억 달러 미만의 돈을 갖고 있다\"라고 말했다. "
                                   "Musk said SoftBank has well under $10B secured.")),
        "original bytes");
    QVERIFY(article.ok());
    m_article = article.value();
    QCOMPARE(m_article.version, 1);
}

void TestProjectLibrary::cleanup()
{
    m_project.reset(); // close before the folder goes
    m_dir.reset();
}

void TestProjectLibrary::versionsKeepOldClaims()
{
    auto first = m_project->addClaim(claimOn(m_article, QStringLiteral("100억 달러 미만")));
    QVERIFY(first.ok());
    QCOMPARE(first->versionId, m_article.versionId);

    const QString edited = QStringLiteral("수정된 기사: 소프트뱅크는 200억 달러를 갖고 있다.");
    Article content;
    content.text = edited;
    content.encoding = QStringLiteral("UTF-8");
    auto second = m_project->addArticleVersion(m_article.id, content, "edited bytes");
    QVERIFY2(second.ok(), qPrintable(second.error()));
    QCOMPARE(second->version, 2);
    QVERIFY(second->versionId != m_article.versionId);
    QCOMPARE(m_project->article(m_article.id)->text, edited);
    QCOMPARE(m_project->articleOriginal(m_article.id).value(), QByteArray("edited bytes"));
    QCOMPARE(m_project->versionCount(m_article.id).value(), 2);

    // The old claim still points into version 1; a new one counts in version 2.
    QCOMPARE(m_project->claim(first->id)->versionId, m_article.versionId);
    Claim onNew;
    onNew.articleId = m_article.id;
    onNew.start = edited.indexOf(QStringLiteral("200억"));
    onNew.end = onNew.start + 8;
    auto added = m_project->addClaim(onNew);
    QVERIFY2(added.ok(), qPrintable(added.error()));
    QCOMPARE(added->versionId, second->versionId);
    // A span beyond the old version's text is refused on that version.
    Claim tooLong = onNew;
    tooLong.versionId = m_article.versionId;
    tooLong.start = 0;
    tooLong.end = m_article.text.size() + 1;
    QVERIFY(!m_project->addClaim(tooLong).ok());
}

void TestProjectLibrary::tagsAndFigures()
{
    auto claim = m_project->addClaim(claimOn(m_article, QStringLiteral("100억 달러 미만")));
    QVERIFY(claim.ok());
    QVERIFY(
        m_project->setClaimTags(claim->id, {QStringLiteral("투자"), QStringLiteral("SoftBank"), QStringLiteral(" ")})
            .ok());
    QCOMPARE(m_project->claimTags(claim->id).value(),
             (QStringList{QStringLiteral("SoftBank"), QStringLiteral("투자")}));
    QVERIFY(m_project->setClaimTags(claim->id, {QStringLiteral("투자")}).ok());
    QCOMPARE(m_project->claimTags(claim->id).value(), QStringList{QStringLiteral("투자")});

    Figure figure;
    figure.claimId = claim->id;
    figure.stated = QStringLiteral("100억 달러 미만");
    figure.value = QStringLiteral("10000000000");
    figure.unit = QStringLiteral("USD");
    figure.qualifier = QStringLiteral("less than");
    auto stored = m_project->addFigure(figure);
    QVERIFY2(stored.ok(), qPrintable(stored.error()));
    QCOMPARE(m_project->figuresForClaim(claim->id).value(), QList<Figure>{stored.value()});

    // Removing the claim removes its tags' links and its figures.
    QVERIFY(m_project->removeClaim(claim->id).ok());
    QVERIFY(m_project->figuresForClaim(claim->id)->isEmpty());
    QVERIFY(m_project->claimTags(claim->id)->isEmpty());
}

void TestProjectLibrary::sourcesSnapshotsAndEvidence()
{
    Source source;
    source.kind = SourceKind::Filing;
    source.title = QStringLiteral("SoftBank Group annual report");
    source.url = QStringLiteral("https://example.org/report.pdf");
    source.publisher = QStringLiteral("SoftBank Group");
    source.reliability = u'B';
    source.publishedAt = QDateTime(QDate(2024, 6, 21), QTime(0, 0), QTimeZone::UTC);
    auto stored = m_project->addSource(source);
    QVERIFY2(stored.ok(), qPrintable(stored.error()));
    QCOMPARE(m_project->source(stored->id).value(), stored.value());

    Snapshot snapshot;
    snapshot.sourceId = stored->id;
    snapshot.bytes = "%PDF-1.7 report";
    snapshot.mimeType = QStringLiteral("application/pdf");
    snapshot.httpStatus = 200;
    auto archived = m_project->addSnapshot(snapshot);
    QVERIFY(archived.ok());
    QCOMPARE(archived->sha256, QCryptographicHash::hash("%PDF-1.7 report", QCryptographicHash::Sha256).toHex());
    QCOMPARE(m_project->snapshots(stored->id)->constFirst().bytes, QByteArray("%PDF-1.7 report"));

    auto claim = m_project->addClaim(claimOn(m_article, QStringLiteral("100억 달러 미만")));
    QVERIFY(claim.ok());
    Evidence evidence;
    evidence.claimId = claim->id;
    evidence.sourceId = stored->id;
    evidence.stance = Stance::Contradicts;
    evidence.excerpt = QStringLiteral("cash and equivalents of ¥5.2 trillion");
    evidence.locator = QStringLiteral("p. 42");
    evidence.credibility = 2;
    auto linked = m_project->addEvidence(evidence);
    QVERIFY2(linked.ok(), qPrintable(linked.error()));
    QCOMPARE(m_project->evidenceForClaim(claim->id)->size(), 1);
    QCOMPARE(m_project->evidenceForSource(stored->id)->constFirst().stance, Stance::Contradicts);

    evidence.credibility = 7;
    QVERIFY(!m_project->addEvidence(evidence).ok());

    // A source's removal takes its snapshots and evidence with it.
    QVERIFY(m_project->removeSource(stored->id).ok());
    QVERIFY(m_project->evidenceForClaim(claim->id)->isEmpty());
    QVERIFY(m_project->snapshots(stored->id)->isEmpty());
}

void TestProjectLibrary::entitiesWithAliases()
{
    Entity musk;
    musk.name = QStringLiteral("일론 머스크");
    musk.role = QStringLiteral("Tesla CEO");
    musk.aliases = {QStringLiteral("머스크"), QStringLiteral("Elon Musk")};
    QVERIFY(m_project->addEntity(musk).ok());
    Entity softbank;
    softbank.name = QStringLiteral("소프트뱅크");
    softbank.kind = Entity::Kind::Organization;
    QVERIFY(m_project->addEntity(softbank).ok());
    const auto entities = m_project->entities();
    QCOMPARE(entities->size(), 2);
    QCOMPARE(entities->at(0).kind, Entity::Kind::Organization);
    QCOMPARE(entities->at(1).aliases.size(), 2);
    QVERIFY(entities->at(1).aliases.contains(QStringLiteral("Elon Musk")));
}

void TestProjectLibrary::searchFindsKoreanAndEnglish_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("hits");
    QTest::newRow("Korean word with its particle") << "소프트뱅크는" << 1;
    QTest::newRow("Korean stem inside words") << "소프트뱅크" << 1;
    QTest::newRow("English, any case") << "softbank" << 1;
    QTest::newRow("figure") << "100억" << 1;
    QTest::newRow("two letters") << "머스" << 1;
    QTest::newRow("absent") << "트럼프" << 0;
    QTest::newRow("FTS syntax is taken literally") << "\"OR NEAR(" << 0;
}

void TestProjectLibrary::searchFindsKoreanAndEnglish()
{
    QFETCH(QString, query);
    QFETCH(int, hits);
    auto results = m_project->search(query);
    QVERIFY2(results.ok(), qPrintable(results.error()));
    QCOMPARE(results->size(), hits);
    if (hits > 0) {
        QCOMPARE(results->constFirst().kind, SearchHit::Kind::Article);
        QCOMPARE(results->constFirst().objectId, m_article.versionId);
    }
}

void TestProjectLibrary::searchIndexFollowsEdits()
{
    auto claim = m_project->addClaim(claimOn(m_article, QStringLiteral("100억 달러 미만")));
    QVERIFY(claim.ok());
    Claim changed = claim.value();
    changed.rationale = QStringLiteral("연례보고서와 어긋난다");
    QVERIFY(m_project->updateClaim(changed).ok());
    auto hits = m_project->search(QStringLiteral("연례보고서"));
    QCOMPARE(hits->size(), 1);
    QCOMPARE(hits->constFirst().kind, SearchHit::Kind::Claim);
    QVERIFY(hits->constFirst().snippet.contains(QStringLiteral("[연례보고서]")));

    QVERIFY(m_project->removeClaim(changed.id).ok());
    QVERIFY(m_project->search(QStringLiteral("연례보고서"))->isEmpty());
    QVERIFY(m_project->removeArticle(m_article.id).ok());
    QVERIFY(m_project->search(QStringLiteral("소프트뱅크"))->isEmpty());
}

void TestProjectLibrary::bulkWorkIsAllOrNothing()
{
    QElapsedTimer timer;
    timer.start();
    const Status imported = m_project->inTransaction([this]() -> Status {
        for (int i = 0; i < 1000; ++i) {
            auto added = m_project->addArticle(
                makeArticle(QStringLiteral("기사 %1").arg(i), QStringLiteral("본문 %1: 5천억달러 투자").arg(i)), {});
            if (!added)
                return Error{added.error()};
        }
        return {};
    });
    QVERIFY2(imported.ok(), qPrintable(imported.error()));
    QCOMPARE(m_project->articles()->size(), 1001);
    qInfo("1,000 articles in one transaction: %lld ms", timer.elapsed());

    // A failure half-way leaves nothing of the batch behind.
    const Status failed = m_project->inTransaction([this]() -> Status {
        for (int i = 0; i < 10; ++i)
            (void)m_project->addArticle(makeArticle(QStringLiteral("부분"), QStringLiteral("본문")), {});
        return Error{QStringLiteral("cancelled")};
    });
    QVERIFY(!failed.ok());
    QCOMPARE(m_project->articles()->size(), 1001);
}

void TestProjectLibrary::copiesAreCompleteProjects()
{
    QVERIFY(m_project->addClaim(claimOn(m_article, QStringLiteral("100억 달러 미만"))).ok());
    const QString copyPath = m_dir->filePath(QStringLiteral("copy.claimledger"));
    const Status copied = m_project->saveCopy(copyPath);
    QVERIFY2(copied.ok(), qPrintable(copied.error()));
    QVERIFY(!m_project->saveCopy(copyPath).ok()); // never over an existing file
    auto copy = Project::open(copyPath);
    QVERIFY2(copy.ok(), qPrintable(copy.error()));
    QCOMPARE(copy.value()->claims().value(), m_project->claims().value());
    QCOMPARE(copy.value()->articles().value(), m_project->articles().value());
    QCOMPARE(copy.value()->search(QStringLiteral("소프트뱅크"))->size(), 1);
}

void TestProjectLibrary::aSecondWriterGetsReadOnly()
{
    auto second = Project::open(m_project->path());
    QVERIFY2(second.ok(), qPrintable(second.error()));
    QVERIFY(second.value()->isReadOnly());
    QVERIFY(second.value()->readOnlyReason().contains(QStringLiteral("another ClaimLedger window")));
    QVERIFY(!second.value()->addArticle(makeArticle(QStringLiteral("x"), QStringLiteral("y")), {}).ok());
    second.value().reset();

    // Once the first closes, the lock file goes and the next opener may write.
    const QString path = m_project->path();
    m_project.reset();
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("library.claimledger")});
    auto third = Project::open(path);
    QVERIFY(third.ok());
    QVERIFY(!third.value()->isReadOnly());
}

QTEST_GUILESS_MAIN(TestProjectLibrary)
#include "tst_projectlibrary.moc"
