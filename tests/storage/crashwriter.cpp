// Helper of tst_crashsafety: edits a project in a loop and reports each edit on
// standard output as soon as the call that made it has returned, until it is killed.
//   crashwriter PROJECT

#include "project.h"

#include <QCoreApplication>

#include <unistd.h>

using namespace ClaimLedger;

namespace {

void report(const QByteArray &line)
{
    // write(2), not stdio: nothing may sit in a buffer when the kill comes.
    const QByteArray out = line + '\n';
    qsizetype written = 0;
    while (written < out.size()) {
        const ssize_t n = ::write(STDOUT_FILENO, out.constData() + written, size_t(out.size() - written));
        if (n <= 0)
            return;
        written += n;
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 2)
        return 2;
    auto project = Project::open(arguments.at(1));
    if (!project || project.value()->isReadOnly()) {
        report("error " + (project ? project.value()->readOnlyReason() : project.error()).toUtf8());
        return 1;
    }
    auto articles = project.value()->articles();
    if (!articles || articles->isEmpty())
        return 1;
    const Article article = articles->constFirst();
    report("ready");
    for (int i = 0;; ++i) {
        QByteArray uuid;
        if (i % 4 == 3) {
            Article extra;
            extra.title = QStringLiteral("기사 %1").arg(i);
            extra.text = QStringLiteral("본문 %1: 5천억달러(약 710조원)").arg(i);
            auto added = project.value()->addArticle(extra, extra.text.toUtf8());
            if (!added)
                return 1;
            uuid = added->uuid.toString(QUuid::WithoutBraces).toLatin1();
        } else {
            Claim claim;
            claim.articleId = article.id;
            claim.start = i % 3;
            claim.end = claim.start + 3;
            claim.rationale = QStringLiteral("edit %1").arg(i);
            auto added = project.value()->addClaim(claim);
            if (!added)
                return 1;
            uuid = added->uuid.toString(QUuid::WithoutBraces).toLatin1();
        }
        report("committed " + uuid);
    }
}
