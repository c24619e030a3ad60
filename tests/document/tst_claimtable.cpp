// The claims table's model and proxy: rows handed over in batches, filters on every
// field, sorting by meaning, and the index that keeps claims in text order.

#include "claimfilterproxy.h"
#include "claimindex.h"
#include "claimtablemodel.h"
#include "itemroles.h"
#include "projectdocument.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace ClaimLedger;

class TestClaimTable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void indexKeepsTextOrder();
    void rowsArriveInBatches();
    void filtersCombine();
    void sortsByMeaning();
    void editsFollowTheFilterAndTheOrder();

private:
    QTemporaryDir m_templateDir;
    QString m_template;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProjectDocument> m_document;
    qint64 m_firstArticle = 0;
    qint64 m_secondArticle = 0;
};

namespace {

constexpr int ClaimCount = ClaimTableModel::BatchSize + 500;

Claim claimAt(qint64 articleId, qsizetype start, qsizetype length = 5)
{
    Claim claim;
    claim.id = 0;
    claim.articleId = articleId;
    claim.start = start;
    claim.end = start + length;
    return claim;
}

} // namespace

void TestClaimTable::initTestCase()
{
    // Made once through the project directly, then copied for each test.
    m_template = m_templateDir.filePath(QStringLiteral("template.claimledger"));
    const QString &path = m_template;
    {
        auto project = Project::create(path);
        QVERIFY(project.ok());
        QString text;
        while (text.size() < ClaimCount * 10)
            text += QStringLiteral("Figures of 10 trillion won and 5천억달러 claims. ");
        const Status made = project.value()->inTransaction([&]() -> Status {
            Article first;
            first.title = QStringLiteral("First");
            first.text = text;
            auto a = project.value()->addArticle(first, text.toUtf8());
            Article second;
            second.title = QStringLiteral("Second");
            second.text = text;
            auto b = project.value()->addArticle(second, text.toUtf8());
            if (!a || !b)
                return Error{QStringLiteral("articles")};
            m_firstArticle = a->id;
            m_secondArticle = b->id;
            for (int i = 0; i < ClaimCount; ++i) {
                Claim claim = claimAt(i % 2 ? m_secondArticle : m_firstArticle, qsizetype(i) * 10 % text.size());
                claim.quote = TextQuoteSelector::fromSpan(text, claim.start, claim.end);
                claim.verdict = allVerdicts().at(i % allVerdicts().size());
                claim.kind = i % 3 == 0 ? ClaimKind::Figure : ClaimKind::Statement;
                claim.claimant = i % 5 == 0 ? QStringLiteral("Elon Musk") : QStringLiteral("Sam Altman");
                claim.priority = i % 4;
                if (i % 7 == 0)
                    claim.tags = {QStringLiteral("economy"), QStringLiteral("ai")};
                if (auto added = project.value()->addClaim(claim); !added)
                    return Error{added.error()};
            }
            return {};
        });
        QVERIFY2(made.ok(), qPrintable(made.error()));
    }
}

void TestClaimTable::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    const QString path = m_dir->filePath(QStringLiteral("table.claimledger"));
    QVERIFY(QFile::copy(m_template, path));
    auto document = ProjectDocument::open(path);
    QVERIFY2(document.ok(), qPrintable(document.error()));
    m_document = std::move(document.value());
}

void TestClaimTable::cleanup()
{
    m_document.reset();
    m_dir.reset();
}

void TestClaimTable::indexKeepsTextOrder()
{
    ClaimIndex index;
    Claim a = claimAt(1, 50);
    a.id = 1;
    Claim b = claimAt(1, 10);
    b.id = 2;
    Claim c = claimAt(2, 0);
    c.id = 3;
    Claim d = claimAt(1, 10, 2); // same start, shorter: before b
    d.id = 4;
    index.reset({});
    for (const Claim &claim : {a, b, c, d})
        index.insert(claim);
    QCOMPARE(index.idsInTextOrder(), (QList<qint64>{4, 2, 1, 3}));
    QCOMPARE(index.countForArticle(1), 3);
    a.start = 0; // moved before the others
    a.end = 1;
    index.insert(a);
    QCOMPARE(index.idsInTextOrder(), (QList<qint64>{1, 4, 2, 3}));
    QVERIFY(index.remove(4));
    QVERIFY(!index.remove(4));
    QCOMPARE(index.forArticle(1).size(), 2);
    QCOMPARE(index.find(2)->start, 10);
    QCOMPARE(index.find(4), nullptr);
}

void TestClaimTable::rowsArriveInBatches()
{
    ClaimTableModel model(m_document.get());
    QCOMPARE(model.rowCount(), ClaimTableModel::BatchSize);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), ClaimCount);
    QVERIFY(!model.canFetchMore({}));
    // Text order: every claim of the first article, then the second's.
    QCOMPARE(model.index(0, 0).data(ArticleIdRole).toLongLong(), m_firstArticle);
    QCOMPARE(model.index(ClaimCount - 1, 0).data(ArticleIdRole).toLongLong(), m_secondArticle);
    QCOMPARE(model.index(0, ClaimTableModel::ArticleColumn).data().toString(), QStringLiteral("First"));
    QCOMPARE(model.index(0, ClaimTableModel::TagsColumn).data().toString(), QStringLiteral("ai, economy"));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestClaimTable::filtersCombine()
{
    ClaimTableModel model(m_document.get());
    ClaimFilterProxy proxy;
    proxy.setClaimModel(&model);
    QCOMPARE(proxy.rowCount(), ClaimTableModel::BatchSize);

    const auto countWhere = [&](const std::function<bool(const Claim &)> &test) {
        int count = 0;
        for (const Claim &claim : m_document->claims())
            count += test(claim) ? 1 : 0;
        return count;
    };
    ClaimFilter filter;
    filter.verdict = Verdict::False;
    proxy.setFilter(filter);
    // A filter looks at every claim, not only the rows fetched so far.
    QCOMPARE(proxy.rowCount(), countWhere([](const Claim &c) { return c.verdict == Verdict::False; }));
    QVERIFY(proxy.rowCount() > ClaimCount / 10);

    filter.kind = ClaimKind::Figure;
    filter.claimant = QStringLiteral("musk");
    proxy.setFilter(filter);
    QCOMPARE(proxy.rowCount(), countWhere([](const Claim &c) {
                 return c.verdict == Verdict::False && c.kind == ClaimKind::Figure && c.claimant.contains(u"Musk");
             }));

    ClaimFilter byTag;
    byTag.tag = QStringLiteral("economy");
    byTag.articleId = m_secondArticle;
    proxy.setFilter(byTag);
    QCOMPARE(proxy.rowCount(),
             countWhere([&](const Claim &c) { return c.tags.contains(u"economy") && c.articleId == m_secondArticle; }));
    QVERIFY(proxy.rowCount() > 0);

    ClaimFilter byWords;
    byWords.text = QStringLiteral("FIGU");
    proxy.setFilter(byWords);
    QVERIFY(proxy.rowCount() > 0);
    byWords.text = QStringLiteral("figu nowhere");
    proxy.setFilter(byWords);
    QCOMPARE(proxy.rowCount(), 0);

    proxy.setFilter({});
    QCOMPARE(proxy.rowCount(), ClaimCount);
}

void TestClaimTable::sortsByMeaning()
{
    ClaimTableModel model(m_document.get());
    ClaimFilterProxy proxy;
    proxy.setClaimModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(ClaimTableModel::VerdictColumn, Qt::AscendingOrder);
    QCOMPARE(proxy.rowCount(), ClaimCount); // sorting fetched every row first
    // Scale order (unverified first), not alphabetical order of the names.
    QCOMPARE(proxy.index(0, 0).data(VerdictRole).toInt(), int(Verdict::Unverified));
    QCOMPARE(proxy.index(ClaimCount - 1, 0).data(VerdictRole).toInt(), int(allVerdicts().constLast()));
    proxy.sort(ClaimTableModel::PriorityColumn, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, ClaimTableModel::PriorityColumn).data(Qt::EditRole).toInt(), 3);
    QCOMPARE(proxy.index(0, ClaimTableModel::PriorityColumn).data().toString(), QStringLiteral("High"));

    // Sorted by keys computed once: every row in order, after an edit too.
    const auto inOrder = [&proxy](int column, bool descending) {
        for (int row = 1; row < proxy.rowCount(); ++row) {
            const qint64 a = proxy.index(row - 1, column).data(SortRole).toLongLong();
            const qint64 b = proxy.index(row, column).data(SortRole).toLongLong();
            if (descending ? a < b : a > b)
                return false;
        }
        return true;
    };
    proxy.sort(ClaimTableModel::VerdictColumn, Qt::AscendingOrder);
    QVERIFY(inOrder(ClaimTableModel::VerdictColumn, false));
    const QModelIndex first = proxy.index(0, ClaimTableModel::VerdictColumn);
    QVERIFY(proxy.setData(first, int(allVerdicts().constLast())));
    QVERIFY(inOrder(ClaimTableModel::VerdictColumn, false));
    proxy.sort(ClaimTableModel::ArticleColumn, Qt::DescendingOrder);
    QVERIFY(inOrder(ClaimTableModel::ArticleColumn, true));
}

void TestClaimTable::editsFollowTheFilterAndTheOrder()
{
    ClaimTableModel model(m_document.get());
    ClaimFilterProxy proxy;
    proxy.setClaimModel(&model);
    // (No model tester here: it checks every row on each of the hundreds of ranges a
    // filter change removes, which takes seconds; the tests above run it.)
    ClaimFilter filter;
    filter.verdict = Verdict::Unprovable;
    proxy.setFilter(filter);
    const int before = proxy.rowCount();
    // Setting a verdict through the table is an undoable edit the filter follows.
    const QModelIndex cell = proxy.index(0, ClaimTableModel::VerdictColumn);
    const qint64 id = cell.data(ClaimIdRole).toLongLong();
    QVERIFY(proxy.setData(cell, int(Verdict::True)));
    QCOMPARE(proxy.rowCount(), before - 1);
    QCOMPARE(m_document->findClaim(id)->verdict, Verdict::True);
    m_document->undoStack()->undo();
    QCOMPARE(proxy.rowCount(), before);

    // A new span moves the claim in text order: to the head of its article's claims.
    proxy.setFilter({});
    model.fetchAll();
    const qint64 last = model.claimIdAt(model.rowCount() - 1);
    int headOfSecond = 0;
    while (model.index(headOfSecond, 0).data(ArticleIdRole).toLongLong() != m_secondArticle)
        ++headOfSecond;
    QVERIFY(m_document->setClaimSpan(last, 0, 3).ok());
    QCOMPARE(model.claimIdAt(headOfSecond), last);
    m_document->undoStack()->undo();
    QCOMPARE(model.claimIdAt(model.rowCount() - 1), last);
}

QTEST_GUILESS_MAIN(TestClaimTable)
#include "tst_claimtable.moc"
