#include "markdownreport.h"

#include <QMap>
#include <QRegularExpression>

namespace ClaimLedger {

namespace {

QString quoted(const QString &text)
{
    // A block quote per line, so multi-paragraph claims stay inside the quote.
    QString result;
    const QStringList lines = text.split(u'\n');
    for (const QString &line : lines)
        result += QStringLiteral("   > ") + MarkdownReport::escape(line) + u'\n';
    return result;
}

const QRegularExpression hashPattern(QStringLiteral("\\A[0-9a-f]{64}\\z"));

/// Continuation lines of a list item's paragraph stay inside the item.
QString indented(QString text)
{
    return text.replace(u'\n', QStringLiteral("\n   "));
}

} // namespace

QString MarkdownReport::escape(QStringView text)
{
    // Inline markup anywhere; block markup (headings, lists, quotes) only where a line
    // starts, so figures such as "5.3%" or "2025-01-21" stay readable in the raw file.
    static const QString inlineMarkup = QStringLiteral("\\`*_[]<>|~");
    static const QString blockMarkup = QStringLiteral("#+->=");
    QString result;
    result.reserve(text.size() + 8);
    bool lineStart = true;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inlineMarkup.contains(c) || (lineStart && blockMarkup.contains(c)))
            result += u'\\';
        else if (lineStart && c.isDigit()) {
            // "1. " or "1) " at a line start opens an ordered list.
            qsizetype j = i;
            while (j < text.size() && text.at(j).isDigit())
                ++j;
            if (j < text.size() && (text.at(j) == u'.' || text.at(j) == u')')) {
                result += text.sliced(i, j - i);
                result += u'\\';
                i = j - 1;
                lineStart = false;
                continue;
            }
        }
        result += c;
        lineStart = c == u'\n';
    }
    return result;
}

QString MarkdownReport::render(const ReportContent &content)
{
    QString out;
    out += QStringLiteral("# ") + escape(content.title) + QStringLiteral("\n\n");

    QMap<int, qsizetype> verdictCounts;
    qsizetype total = 0;
    for (const auto &section : content.sections) {
        for (const Claim &claim : section.claims) {
            ++verdictCounts[int(claim.verdict)];
            ++total;
        }
    }
    out += tr("Articles: %1 · Claims: %2").arg(content.sections.size()).arg(total) + QStringLiteral("\n\n");
    if (total > 0) {
        out += QStringLiteral("| ") + tr("Verdict") + QStringLiteral(" | ") + tr("Claims")
            + QStringLiteral(" |\n| --- | ---: |\n");
        for (const Verdict verdict : allVerdicts()) {
            if (const qsizetype count = verdictCounts.value(int(verdict)); count > 0)
                out += QStringLiteral("| %1 | %2 |\n").arg(verdictDisplayName(verdict)).arg(count);
        }
        out += u'\n';
    }

    const QList<qint64> &cited = content.citedSources;
    for (const auto &section : content.sections) {
        out += QStringLiteral("## ") + escape(section.article.title) + QStringLiteral("\n\n");
        if (!section.article.source.isEmpty())
            out += tr("Source: %1").arg(escape(section.article.source)) + QStringLiteral("  \n");
        if (section.article.importedAt.isValid())
            out += tr("Imported: %1").arg(section.article.importedAt.toUTC().toString(Qt::ISODate)) + u'\n';
        const QStringList changes = content.figureChanges.value(section.article.id);
        if (!changes.isEmpty()) {
            out += u'\n' + tr("Figures changed between versions:") + u'\n';
            for (const QString &change : changes)
                out += QStringLiteral("- ") + escape(change) + u'\n';
        }
        out += u'\n';
        if (section.claims.isEmpty()) {
            out += tr("No claims marked.") + QStringLiteral("\n\n");
            continue;
        }
        int number = 0;
        for (const Claim &claim : section.claims) {
            const QList<Figure> figures = content.figures.value(claim.id);
            const QList<Evidence> evidence = content.evidence.value(claim.id);
            QString heading = QStringLiteral("**") + verdictDisplayName(claim.verdict) + QStringLiteral("** · ")
                + claimKindDisplayName(claim.kind);
            if (!claim.claimant.isEmpty())
                heading += QStringLiteral(" · ") + escape(claim.claimant);
            out += QStringLiteral("%1. ").arg(++number) + heading + u'\n';
            out += quoted(claim.quote.exact);
            const QString checked = content.checkedAgainst(claim.versionId);
            // A blank line ends the block quote; otherwise CommonMark would pull the
            // next line into it.
            if (!claim.wording.isEmpty() || !claim.rationale.isEmpty() || !figures.isEmpty() || !evidence.isEmpty()
                || !checked.isEmpty())
                out += u'\n';
            if (!checked.isEmpty())
                out += QStringLiteral("   ") + escape(checked) + u'\n';
            if (!claim.wording.isEmpty())
                out += QStringLiteral("   ") + tr("Claim: %1").arg(indented(escape(claim.wording))) + u'\n';
            for (const Figure &figure : figures) {
                const QString value = figure.low.isEmpty() ? figure.value : figure.low + u'~' + figure.high;
                out += QStringLiteral("   ")
                    + tr("Figure: %1 = %2 %3 (%4)")
                          .arg(escape(figure.stated), escape(value), escape(figure.unit), escape(figure.qualifier))
                    + QStringLiteral("  \n");
            }
            if (!claim.rationale.isEmpty())
                out += QStringLiteral("   ") + tr("Rationale: %1").arg(indented(escape(claim.rationale))) + u'\n';
            for (const Evidence &link : std::as_const(evidence)) {
                QString line
                    = QStringLiteral("   - **%1** — %2 [%3]")
                          .arg(stanceDisplayName(link.stance), escape(content.sources.value(link.sourceId).title),
                               QString::number(cited.indexOf(link.sourceId) + 1));
                if (!link.excerpt.isEmpty())
                    line += QStringLiteral(": “%1”").arg(escape(link.excerpt));
                if (!link.locator.isEmpty())
                    line += QStringLiteral(" (%1)").arg(escape(link.locator));
                out += line + u'\n';
            }
            out += u'\n';
        }
    }
    if (!cited.isEmpty()) {
        out += QStringLiteral("## ") + tr("Sources") + QStringLiteral("\n\n");
        int number = 0;
        for (const qint64 sourceId : std::as_const(cited)) {
            const Source source = content.sources.value(sourceId);
            QStringList parts{escape(source.title)};
            for (const QString &part : {source.author, source.publisher, source.url}) {
                if (!part.isEmpty())
                    parts.append(escape(part));
            }
            parts.append(reliabilityDisplayName(source.reliability));
            out += QStringLiteral("%1. ").arg(++number) + parts.join(QStringLiteral(". ")) + u'\n';
            for (const QString &hash : content.snapshotHashes.value(sourceId))
                // A code span where the hash is one (it always is once the project opened);
                // escaped text otherwise, since nothing can be escaped inside a code span.
                out += hashPattern.match(hash).hasMatch() ? QStringLiteral("   SHA-256 `%1`\n").arg(hash)
                                                          : QStringLiteral("   SHA-256 %1\n").arg(escape(hash));
        }
        out += u'\n';
    }
    return out;
}

} // namespace ClaimLedger
