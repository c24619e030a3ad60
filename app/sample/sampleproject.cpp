#include "sampleproject.h"

#include "textimporter.h"

#include <QFile>

namespace ClaimLedger {

namespace {

struct SampleClaim {
    const char *exact;
    ClaimKind kind;
    const char *claimant;
    Verdict verdict;
    const char *rationale;
};

// Claims are found by their text, so the sample stays right if the article is edited.
const SampleClaim sampleClaims[] = {
    {"총 3천억달러(약 426조원)를 들여 대규모 배터리 생산 단지를 짓겠다", ClaimKind::Figure, "한빛배터리",
     Verdict::Unverified, ""},
    {"10년 안에 5만개의 일자리를 만들 것", ClaimKind::Prediction, "김도윤", Verdict::Unprovable,
     "향후 10년에 대한 약속이라 지금은 확인할 방법이 없다."},
    {"한빛배터리의 현금성 자산은 1조2천억원 수준에 불과하다", ClaimKind::Figure, "박서연", Verdict::MostlyTrue,
     "최근 사업보고서의 현금 및 현금성 자산은 1조1천800억원으로 발언과 거의 일치한다."},
    {"총직원 수는 약 6000명이다", ClaimKind::Figure, "", Verdict::True, ""},
};

} // namespace

QByteArray SampleProject::articleBytes()
{
    QFile file(QStringLiteral(":/claimledger/sample/sample-article-ko.txt"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

Result<std::unique_ptr<Project>> SampleProject::create(const QString &path)
{
    auto imported = TextImporter::importBytes(articleBytes(), QStringLiteral("sample-article-ko.txt"));
    if (!imported)
        return Error{tr("The sample article is missing from this build: %1").arg(imported.error())};
    imported->article.language = QStringLiteral("ko");

    auto project = Project::create(path);
    if (!project)
        return project;
    auto filled = fill(*project.value(), imported.value());
    if (!filled) {
        // Half a sample is no sample: take the new file away again.
        project.value().reset();
        QFile::remove(path);
        return Error{filled.error()};
    }
    return project;
}

Status SampleProject::fill(Project &project, const ImportedArticle &imported)
{
    auto article = project.addArticle(imported.article, imported.original);
    if (!article)
        return Error{article.error()};

    for (const SampleClaim &sample : sampleClaims) {
        const QString exact = QString::fromUtf8(sample.exact);
        const qsizetype start = article->text.indexOf(exact);
        if (start < 0)
            return Error{tr("The sample article does not contain \"%1\".").arg(exact)};
        Claim claim;
        claim.articleId = article->id;
        claim.start = start;
        claim.end = start + exact.size();
        claim.quote = TextQuoteSelector::fromSpan(article->text, claim.start, claim.end);
        claim.kind = sample.kind;
        claim.claimant = QString::fromUtf8(sample.claimant);
        claim.verdict = sample.verdict;
        claim.rationale = QString::fromUtf8(sample.rationale);
        if (auto added = project.addClaim(claim); !added)
            return Error{added.error()};
    }
    return {};
}

} // namespace ClaimLedger
