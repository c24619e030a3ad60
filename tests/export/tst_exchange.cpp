// The exchange formats on the sample project: CSV as RFC 4180 reads it, ClaimReview
// against Google's published example and formats.md, and Web Annotations validated
// with the W3C test suite's JSON Schemas (through Node, as the corpus README says).

#include "csvreport.h"
#include "htmlreport.h"
#include "linkeddataexport.h"
#include "markdownreport.h"
#include "project.h"
#include "projectjson.h"
#include "reportcontent.h"
#include "sampleproject.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace ClaimLedger;
using namespace Qt::StringLiterals;

namespace {

/// RFC 4180 read back: rows of fields.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row.append(field);
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            row.append(field);
            rows.append(row);
            row.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return rows;
}

/// Every key path of a JSON value ("itemReviewed.author.name").
QStringList keyPaths(const QJsonValue &value, const QString &prefix = {})
{
    QStringList paths;
    if (!value.isObject())
        return paths;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString path = prefix.isEmpty() ? it.key() : prefix + u'.' + it.key();
        paths.append(path);
        paths += keyPaths(it.value(), path);
    }
    return paths;
}

/// UUIDs and times change with every run: golden files hold placeholders for them.
QString normalized(QString text)
{
    static const QRegularExpression uuid(
        QStringLiteral("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"));
    static const QRegularExpression time(QStringLiteral("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{3})?Z"));
    static const QRegularExpression date(QStringLiteral("\"\\d{4}-\\d{2}-\\d{2}\""));
    static const QRegularExpression hash(QStringLiteral("[0-9a-f]{64}"));
    return text.replace(uuid, QStringLiteral("UUID"))
        .replace(time, QStringLiteral("TIME"))
        .replace(date, QStringLiteral("\"DATE\""))
        .replace(hash, QStringLiteral("SHA256"));
}

/// Golden files live in tests/export/golden; CLAIMLEDGER_UPDATE_GOLDEN=1 rewrites them
/// after an intended change; then review the diff (see CONTRIBUTING.md).
void compareWithGolden(const QString &actual, const QString &name)
{
    const QString path = QStringLiteral(CLAIMLEDGER_TESTS_DIR "/export/golden/") + name;
    if (qEnvironmentVariableIntValue("CLAIMLEDGER_UPDATE_GOLDEN") == 1) {
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(actual.toUtf8());
    }
    QFile golden(path);
    QVERIFY2(golden.open(QIODevice::ReadOnly), qPrintable(path));
    const QStringList expected = QString::fromUtf8(golden.readAll()).split(u'\n');
    const QStringList lines = actual.split(u'\n');
    for (qsizetype i = 0; i < std::min(lines.size(), expected.size()); ++i)
        QCOMPARE(lines.at(i), expected.at(i));
    QCOMPARE(lines.size(), expected.size());
}

} // namespace

class TestExchange : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void csvFollowsRfc4180();
    void claimReviewsFollowTheExampleAndTheScale();
    void annotationsPassTheW3cSchemas();
    void htmlReportIsSelfContained();
    void goldenFiles_data();
    void goldenFiles();
    void jsonRebuildsAnEqualProject();
    void jsonImportRefusesBadValues_data();
    void jsonImportRefusesBadValues();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
    ReportContent m_content;
};

void TestExchange::initTestCase()
{
    auto project = SampleProject::create(m_dir.filePath(QStringLiteral("sample.claimledger")));
    QVERIFY2(project.ok(), qPrintable(project.error()));
    m_project = std::move(project.value());
    // A claim whose text needs quoting in CSV, with tags.
    Claim tricky = m_project->claims()->constFirst();
    tricky.rationale = QStringLiteral("He said \"no\", then\nleft");
    tricky.tags = {QStringLiteral("funding"), QStringLiteral("battery")};
    QVERIFY(m_project->updateClaim(tricky).ok());
    // A claimant known by another name, for ClaimReview's alternateName.
    Entity park;
    park.name = QStringLiteral("박서연");
    park.aliases = {QStringLiteral("박 연구위원")};
    QVERIFY(m_project->addEntity(park).ok());
    // Evidence from a source with an archived snapshot, for the report's bibliography.
    Source source;
    source.title = QStringLiteral("한빛배터리 2024 사업보고서");
    source.publisher = QStringLiteral("금융감독원 전자공시");
    source.reliability = u'A';
    auto added = m_project->addSource(source);
    QVERIFY(added.ok());
    Snapshot snapshot;
    snapshot.sourceId = added->id;
    snapshot.bytes = "현금및현금성자산 1조 2,041억원";
    QVERIFY(m_project->addSnapshot(snapshot).ok());
    Evidence evidence;
    evidence.claimId = m_project->claims()->at(2).id;
    evidence.sourceId = added->id;
    evidence.stance = Stance::Supports;
    evidence.excerpt = QStringLiteral("현금및현금성자산 1조 2,041억원");
    evidence.locator = QStringLiteral("p. 84");
    QVERIFY(m_project->addEvidence(evidence).ok());
    auto content = ReportContent::fromProject(*m_project);
    QVERIFY(content.ok());
    m_content = content.value();
}

void TestExchange::csvFollowsRfc4180()
{
    const QByteArray bytes = CsvReport::render(m_content);
    QVERIFY(!bytes.startsWith("\xEF\xBB\xBF"));
    QVERIFY(CsvReport::render(m_content, true).startsWith("\xEF\xBB\xBF"));
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(bytes));
    const QList<Claim> claims = m_project->claims().value();
    QCOMPARE(rows.size(), claims.size() + 1);
    QCOMPARE(rows.constFirst().constFirst(), QStringLiteral("article_uuid"));
    for (const QStringList &row : rows)
        QCOMPARE(row.size(), rows.constFirst().size());
    const int rationale = int(rows.constFirst().indexOf(QStringLiteral("rationale")));
    const int quote = int(rows.constFirst().indexOf(QStringLiteral("quote")));
    const int tags = int(rows.constFirst().indexOf(QStringLiteral("tags")));
    const int verdict = int(rows.constFirst().indexOf(QStringLiteral("verdict")));
    QCOMPARE(rows.at(1).at(rationale), QStringLiteral("He said \"no\", then\nleft"));
    QCOMPARE(rows.at(1).at(tags), QStringLiteral("battery;funding"));
    QCOMPARE(rows.at(1).at(quote), claims.constFirst().quote.exact);
    QCOMPARE(rows.at(1).at(verdict), verdictKey(claims.constFirst().verdict));
    QCOMPARE(CsvReport::field(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
    QCOMPARE(CsvReport::field(QStringLiteral("plain 5천억달러")), QStringLiteral("plain 5천억달러"));
}

void TestExchange::claimReviewsFollowTheExampleAndTheScale()
{
    QFile example(QStringLiteral(CLAIMLEDGER_CORPUS_DIR "/claimreview/google-factcheck-example.jsonld"));
    if (!example.open(QIODevice::ReadOnly))
        QSKIP("The corpus (../shared/corpus) is not here.");
    const QStringList known = keyPaths(QJsonDocument::fromJson(example.readAll()).object());
    // What formats.md recommends beyond the example (the review's date, firstAppearance,
    // the rating's name), and the claimant's other names (schema.org's alternateName).
    const QStringList extras{QStringLiteral("datePublished"), QStringLiteral("itemReviewed.firstAppearance"),
                             QStringLiteral("reviewRating.name"), QStringLiteral("itemReviewed.author.alternateName")};

    const QJsonArray reviews
        = LinkedDataExport::claimReviews(m_content, {QStringLiteral("ClaimLedger Fact Desk"), QString()});
    int rated = 0;
    for (const Claim &claim : m_project->claims().value())
        rated += claim.verdict != Verdict::Unverified ? 1 : 0;
    QCOMPARE(reviews.size(), rated); // unverified claims are not reviews
    const auto byPark = std::find_if(reviews.cbegin(), reviews.cend(), [](const QJsonValue &review) {
        return review[QStringLiteral("itemReviewed")][QStringLiteral("author")][QStringLiteral("name")]
            == QStringLiteral("박서연");
    });
    QVERIFY(byPark != reviews.cend());
    QCOMPARE((*byPark)[QStringLiteral("itemReviewed")][QStringLiteral("author")][QStringLiteral("alternateName")]
                 .toArray()
                 .toVariantList(),
             QVariantList{QStringLiteral("박 연구위원")});
    QVERIFY(rated >= 2);
    for (const QJsonValue &value : reviews) {
        const QJsonObject review = value.toObject();
        for (const QString &path : keyPaths(review)) {
            const bool inExample = known.contains(path)
                || std::any_of(extras.cbegin(), extras.cend(),
                               [&](const QString &extra) { return path == extra || path.startsWith(extra + u'.'); });
            QVERIFY2(inExample, qPrintable(path));
        }
        QCOMPARE(review.value(QStringLiteral("@type")).toString(), QStringLiteral("ClaimReview"));
        QVERIFY(!review.value(QStringLiteral("claimReviewed")).toString().isEmpty());
        QVERIFY(review.value(QStringLiteral("url")).toString().startsWith(u"urn:uuid:"));
        const QJsonObject rating = review.value(QStringLiteral("reviewRating")).toObject();
        const QString name = rating.value(QStringLiteral("alternateName")).toString();
        if (name == QStringLiteral("Unprovable")) {
            QVERIFY(!rating.contains(QStringLiteral("ratingValue")));
        } else {
            const int ratingValue = rating.value(QStringLiteral("ratingValue")).toInt();
            QVERIFY(ratingValue >= 1 && ratingValue <= 6);
            QCOMPARE(rating.value(QStringLiteral("bestRating")).toInt(), 6);
            QCOMPARE(rating.value(QStringLiteral("worstRating")).toInt(), 1);
            QCOMPARE(name, verdictClaimReviewName(verdictFromKey(QString(name).toLower().replace(u' ', u'-')).value()));
        }
    }
}

void TestExchange::annotationsPassTheW3cSchemas()
{
    // As if the first claim's article had several versions: its target names the
    // version's time in a TimeState, which the schemas check too.
    ReportContent content = m_content;
    const Claim firstClaim = content.sections.constFirst().claims.constFirst();
    content.versions.insert(firstClaim.versionId,
                            {2, QDateTime(QDate(2026, 11, 30), QTime(8, 15), QTimeZone::UTC), QString(64, u'0')});
    const QJsonArray annotations = LinkedDataExport::annotations(content);
    QCOMPARE(annotations.size(), m_project->claims()->size());
    const QJsonObject first = annotations.first().toObject();
    const QJsonObject state = first.value(u"target").toObject().value(u"state").toObject();
    QCOMPARE(state.value(u"type").toString(), QStringLiteral("TimeState"));
    QCOMPARE(state.value(u"sourceDate").toString(), QStringLiteral("2026-11-30T08:15:00.000Z"));
    const QJsonArray selectors
        = first.value(QStringLiteral("target")).toObject().value(QStringLiteral("selector")).toArray();
    QCOMPARE(selectors.at(0).toObject().value(QStringLiteral("type")).toString(), QStringLiteral("TextQuoteSelector"));
    QCOMPARE(selectors.at(1).toObject().value(QStringLiteral("start")).toInteger(),
             m_project->claims()->constFirst().start);

    // Every annotation a file of its own, run through the suite's MUST schemas.
    const QString suite = QStringLiteral(CLAIMLEDGER_CORPUS_DIR "/web-annotation");
    const QString modules = QString::fromLocal8Bit(qgetenv("CLAIMLEDGER_NODE_MODULES"));
    if (!QFile::exists(suite + QStringLiteral("/validate.js")))
        QSKIP("The corpus (../shared/corpus) is not here.");
    if (!QFile::exists(modules + QStringLiteral("/ajv-draft-04"))
        || !QFile::exists(modules + QStringLiteral("/ajv-formats")))
        QSKIP("The validator's npm packages are not installed: run packaging/node-modules.sh (test.sh does).");
    const QString folder = m_dir.filePath(QStringLiteral("annotations"));
    QVERIFY(QDir().mkpath(folder));
    int number = 0;
    for (const QJsonValue &annotation : annotations) {
        QFile file(folder + QStringLiteral("/annotation-%1.json").arg(++number));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(annotation.toObject()).toJson());
    }
    QProcess node;
    node.start(QStringLiteral("node"),
               {suite + QStringLiteral("/validate.js"), suite, folder, QStringLiteral("--modules=") + modules});
    QVERIFY(node.waitForFinished(60000));
    const QString report = QString::fromUtf8(node.readAllStandardOutput() + node.readAllStandardError());
    qInfo("%s", qPrintable(report.trimmed()));
    QVERIFY2(report.contains(QStringLiteral("files=%1 passing_all=%1").arg(number)), qPrintable(report));
    QVERIFY2(!report.contains(QStringLiteral("FAIL")), qPrintable(report));
    QVERIFY2(!report.contains(QStringLiteral("formats")), qPrintable(report)); // formats were checked too
}

void TestExchange::htmlReportIsSelfContained()
{
    const QString html = HtmlReport::render(m_content, QDateTime(QDate(2026, 11, 28), QTime(12, 0), QTimeZone::UTC));
    // Nothing to fetch, nothing to run.
    for (const QString &forbidden : {QStringLiteral("<script"), QStringLiteral("src="), QStringLiteral("<link"),
                                     QStringLiteral("@import"), QStringLiteral("url(")})
        QVERIFY2(!html.contains(forbidden, Qt::CaseInsensitive), qPrintable(forbidden));
    QVERIFY(html.startsWith(u"<!DOCTYPE html>"));
    QVERIFY(html.contains(u"<meta charset=\"utf-8\">"));
    // The summary, each claim in its verdict's colour, the evidence and the source's hash.
    QVERIFY(html.contains(QStringLiteral("Summary")));
    QVERIFY(html.contains(verdictColorName(Verdict::MostlyTrue)));
    QVERIFY(html.contains(QStringLiteral("현금및현금성자산 1조 2,041억원")));
    QVERIFY(html.contains(QStringLiteral("He said &quot;no&quot;, then<br>left")));
    const QString hash
        = QString::fromLatin1(m_project->snapshots(m_content.sources.keys().constFirst())->constFirst().sha256);
    QVERIFY(html.contains(QStringLiteral("SHA-256 ") + hash));
    // Claims in text order within the article.
    qsizetype last = -1;
    for (const Claim &claim : m_content.sections.constFirst().claims) {
        const qsizetype at = html.indexOf(claim.quote.exact.toHtmlEscaped());
        QVERIFY(at > last);
        last = at;
    }
    compareWithGolden(normalized(html), QStringLiteral("report.html"));
}

void TestExchange::goldenFiles_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("csv") << QStringLiteral("claims.csv");
    QTest::newRow("claimreview") << QStringLiteral("claimreview.jsonld");
    QTest::newRow("annotations") << QStringLiteral("annotations.jsonld");
    QTest::newRow("markdown with evidence") << QStringLiteral("report-evidence.md");
}

void TestExchange::goldenFiles()
{
    QFETCH(QString, format);
    QString actual;
    if (format.endsWith(u".md"))
        actual = MarkdownReport::render(m_content);
    else if (format.endsWith(u".csv"))
        actual = QString::fromUtf8(CsvReport::render(m_content));
    else if (format.startsWith(u"claimreview"))
        actual = QString::fromUtf8(
            QJsonDocument(LinkedDataExport::claimReviews(m_content, {QStringLiteral("ClaimLedger Fact Desk"), {}}))
                .toJson(QJsonDocument::Indented));
    else
        actual = QString::fromUtf8(
            QJsonDocument(LinkedDataExport::annotations(m_content)).toJson(QJsonDocument::Indented));
    compareWithGolden(normalized(actual), format);
}

void TestExchange::jsonRebuildsAnEqualProject()
{
    // Everything a project holds: a second version of the article with a claim on it,
    // an entity with aliases, a figure, tags, a source with a snapshot, evidence.
    const Article article = m_project->articles()->constFirst();
    Article changed;
    changed.text = article.text + QStringLiteral("\n\n추가된 문단이다.");
    changed.encoding = QStringLiteral("UTF-8");
    changed.links = {QStringLiteral("https://example.org/source")};
    auto second = m_project->addArticleVersion(article.id, changed, "changed bytes");
    QVERIFY(second.ok());
    Claim onSecond;
    onSecond.articleId = article.id;
    onSecond.start = second->text.size() - 9;
    onSecond.end = second->text.size();
    onSecond.quote = TextQuoteSelector::fromSpan(second->text, onSecond.start, onSecond.end);
    auto added = m_project->addClaim(onSecond);
    QVERIFY(added.ok());
    Figure figure;
    figure.claimId = added->id;
    figure.stated = QStringLiteral("3천억달러");
    figure.value = QStringLiteral("300000000000");
    figure.unit = QStringLiteral("USD");
    QVERIFY(m_project->addFigure(figure).ok());
    Entity entity;
    entity.name = QStringLiteral("한빛배터리");
    entity.kind = Entity::Kind::Organization;
    entity.aliases = {QStringLiteral("Hanbit Battery")};
    QVERIFY(m_project->addEntity(entity).ok());

    auto exported = ProjectJson::write(*m_project);
    QVERIFY2(exported.ok(), qPrintable(exported.error()));
    QCOMPARE(exported->value(QStringLiteral("formatVersion")).toInt(), ProjectJson::FormatVersion);

    auto rebuilt = Project::create(m_dir.filePath(QStringLiteral("rebuilt.claimledger")));
    QVERIFY(rebuilt.ok());
    const qint64 changesBefore = rebuilt.value()->changeCount().value();
    const Status read = ProjectJson::read(exported.value(), *rebuilt.value());
    QVERIFY2(read.ok(), qPrintable(read.error()));
    // One edit in the change log, and a search index built at the end that finds what
    // the one built object by object finds.
    QCOMPARE(rebuilt.value()->changeCount().value(), changesBefore + 1);
    const auto kindsFound = [](const Project &project, const QString &query) {
        QList<int> kinds;
        for (const SearchHit &hit : project.search(query).value())
            kinds.append(int(hit.kind));
        std::sort(kinds.begin(), kinds.end());
        return kinds;
    };
    for (const QString &query :
         {QStringLiteral("문단이다"), QStringLiteral("사업보고서"), QStringLiteral("현금및현금성자산"),
          QStringLiteral("left"), QStringLiteral("한빛배터리")}) {
        QVERIFY2(!kindsFound(*m_project, query).isEmpty(), qPrintable(query));
        QCOMPARE(kindsFound(*rebuilt.value(), query), kindsFound(*m_project, query));
    }
    auto again = ProjectJson::write(*rebuilt.value());
    QVERIFY(again.ok());
    // Equal, but for the identity of the project file itself.
    QJsonObject first = exported.value();
    QJsonObject copy = again.value();
    first.remove(QStringLiteral("project"));
    copy.remove(QStringLiteral("project"));
    for (const QString &key : first.keys())
        QVERIFY2(first.value(key) == copy.value(key), qPrintable(key));
    QCOMPARE(rebuilt.value()->claims()->size(), m_project->claims()->size());
    QCOMPARE(rebuilt.value()->versionCount(rebuilt.value()->articles()->constFirst().id).value(), 2);
    QCOMPARE(rebuilt.value()->articles()->constFirst().links, changed.links);

    // A snapshot edited on the way is refused, not carried over.
    QJsonObject tampered = exported.value();
    QJsonArray sources = tampered.value(QStringLiteral("sources")).toArray();
    QJsonObject source = sources.first().toObject();
    QJsonArray snapshots = source.value(QStringLiteral("snapshots")).toArray();
    QJsonObject snapshot = snapshots.first().toObject();
    snapshot.insert(QStringLiteral("bytes"), QString::fromLatin1(QByteArray("forged").toBase64()));
    snapshots.replace(0, snapshot);
    source.insert(QStringLiteral("snapshots"), snapshots);
    sources.replace(0, source);
    tampered.insert(QStringLiteral("sources"), sources);
    auto refused = Project::create(m_dir.filePath(QStringLiteral("refused.claimledger")));
    QVERIFY(refused.ok());
    const Status forged = ProjectJson::read(tampered, *refused.value());
    QVERIFY(!forged.ok());
    QVERIFY2(forged.error().contains(QStringLiteral("SHA-256")), qPrintable(forged.error()));
    QVERIFY(refused.value()->articles()->isEmpty()); // all or nothing
}

namespace {

/// `json` with the value at `path` (keys and array indexes) replaced.
QJsonValue replacedAt(const QJsonValue &json, QVariantList path, const QJsonValue &value)
{
    if (path.isEmpty())
        return value;
    const QVariant step = path.takeFirst();
    if (step.typeId() == QMetaType::Int) {
        QJsonArray array = json.toArray();
        array.replace(step.toInt(), replacedAt(array.at(step.toInt()), path, value));
        return array;
    }
    QJsonObject object = json.toObject();
    object.insert(step.toString(), replacedAt(object.value(step.toString()), path, value));
    return object;
}

} // namespace

void TestExchange::jsonImportRefusesBadValues_data()
{
    QTest::addColumn<QVariantList>("path");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("where");

    const auto claim = [](const char *key) { return QVariantList{u"claims"_s, 0, QString::fromLatin1(key)}; };
    QTest::newRow("fractional offset") << claim("start") << QJsonValue(1.5) << u"$.claims[0].start"_s;
    QTest::newRow("offset as a string") << claim("start") << QJsonValue(u"12"_s) << u"$.claims[0].start"_s;
    QTest::newRow("huge offset") << claim("start") << QJsonValue(1e300) << u"$.claims[0].start"_s;
    QTest::newRow("negative offset") << claim("start") << QJsonValue(-4) << u"$.claims[0].start"_s;
    QTest::newRow("end beyond the text") << claim("end") << QJsonValue(1000000000) << u"$.claims[0].end"_s;
    QTest::newRow("quote not in the text")
        << claim("exact") << QJsonValue(u"words never written"_s) << u"$.claims[0].exact"_s;
    QTest::newRow("unknown verdict") << claim("verdict") << QJsonValue(u"mostly-truthy"_s) << u"$.claims[0].verdict"_s;
    QTest::newRow("unknown kind") << claim("kind") << QJsonValue(u"rumour"_s) << u"$.claims[0].kind"_s;
    QTest::newRow("priority out of range") << claim("priority") << QJsonValue(7) << u"$.claims[0].priority"_s;
    QTest::newRow("bad uuid") << claim("uuid") << QJsonValue(u"not-a-uuid"_s) << u"$.claims[0].uuid"_s;
    QTest::newRow("bad time") << claim("created") << QJsonValue(u"yesterday"_s) << u"$.claims[0].created"_s;
    QTest::newRow("tag not a string") << claim("tags") << QJsonValue(QJsonArray{1}) << u"$.claims[0].tags"_s;
    QTest::newRow("unknown article") << claim("article") << QJsonValue(u"00000000-0000-4000-8000-000000000009"_s)
                                     << u"$.claims[0].article"_s;
    QTest::newRow("missing version") << claim("articleVersion") << QJsonValue(9) << u"$.claims[0].articleVersion"_s;
    QTest::newRow("claim not an object") << QVariantList{u"claims"_s, 0} << QJsonValue(42) << u"$.claims[0]"_s;
    QTest::newRow("claims not an array") << QVariantList{u"claims"_s} << QJsonValue(u"x"_s) << u"$.claims"_s;
    QTest::newRow("bad base64 original") << QVariantList{u"articles"_s, 0, u"versions"_s, 0, u"original"_s}
                                         << QJsonValue(u"!!not base64!!"_s) << u"$.articles[0].versions[0].original"_s;
    QTest::newRow("block outside the text")
        << QVariantList{u"articles"_s, 0, u"versions"_s, 0, u"structure"_s, 0, u"end"_s} << QJsonValue(99999999)
        << u"$.articles[0].versions[0].structure[0].end"_s;
    QTest::newRow("bad base64 snapshot") << QVariantList{u"sources"_s, 0, u"snapshots"_s, 0, u"bytes"_s}
                                         << QJsonValue(u"@@@"_s) << u"$.sources[0].snapshots[0].bytes"_s;
    QTest::newRow("unknown reliability") << QVariantList{u"sources"_s, 0, u"reliability"_s} << QJsonValue(u"Z"_s)
                                         << u"$.sources[0].reliability"_s;
    QTest::newRow("unknown stance") << QVariantList{u"evidence"_s, 0, u"stance"_s} << QJsonValue(u"maybe"_s)
                                    << u"$.evidence[0].stance"_s;
    QTest::newRow("credibility out of range")
        << QVariantList{u"evidence"_s, 0, u"credibility"_s} << QJsonValue(0) << u"$.evidence[0].credibility"_s;
}

void TestExchange::jsonImportRefusesBadValues()
{
    QFETCH(QVariantList, path);
    QFETCH(QJsonValue, value);
    QFETCH(QString, where);
    auto exported = ProjectJson::write(*m_project);
    QVERIFY(exported.ok());
    const QJsonObject edited = replacedAt(exported.value(), path, value).toObject();
    QVERIFY(edited != exported.value());

    QTemporaryDir dir;
    auto into = Project::create(dir.filePath(u"into.claimledger"_s));
    QVERIFY(into.ok());
    const Status read = ProjectJson::read(edited, *into.value());
    QVERIFY(!read.ok());
    QVERIFY2(read.error().contains(where + u':'), qPrintable(read.error()));
    QVERIFY(into.value()->articles()->isEmpty()); // all or nothing

    // The untouched export reads.
    auto control = Project::create(dir.filePath(u"control.claimledger"_s));
    QVERIFY(control.ok());
    const Status good = ProjectJson::read(exported.value(), *control.value());
    QVERIFY2(good.ok(), qPrintable(good.error()));
}

QTEST_GUILESS_MAIN(TestExchange)
#include "tst_exchange.moc"
