// Evaluates the figure detector on Microsoft Recognizers-Text's Korean spec cases
// (currency, number, percent): how many expected spans a detected figure overlaps, how
// many it matches exactly, and how many it reads with the right value (and, for
// currency, the right ISO currency). Reported, not asserted: see docs/PERFORMANCE.md.
// The cases have known flaws (some offsets and at least one value are wrong), so a
// case is located by its text, and `--list` shows each miss for a person to judge.
//
//   recognizers_eval [DIR] [--list]     (default: ../shared/corpus/recognizers-text/Korean)

#include "claimdetector.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cmath>

using namespace ClaimLedger;

namespace {

// Recognizers-Text's unit names → ISO 4217, and the minor units with their major one.
const QHash<QString, QString> currencies{
    {QStringLiteral("Dollar"), QStringLiteral("USD")},
    {QStringLiteral("United States dollar"), QStringLiteral("USD")},
    {QStringLiteral("Cent"), QStringLiteral("USD/100")},
    {QStringLiteral("Pound"), QStringLiteral("GBP")},
    {QStringLiteral("Pence"), QStringLiteral("GBP/100")},
    {QStringLiteral("Penny"), QStringLiteral("GBP/100")},
    {QStringLiteral("Japanese yen"), QStringLiteral("JPY")},
    {QStringLiteral("Canadian dollar"), QStringLiteral("CAD")},
    {QStringLiteral("Franc"), QStringLiteral("CHF")},
    {QStringLiteral("Swiss franc"), QStringLiteral("CHF")},
    {QStringLiteral("Chinese yuan"), QStringLiteral("CNY")},
    {QStringLiteral("Euro"), QStringLiteral("EUR")},
    {QStringLiteral("Finnish markka"), QStringLiteral("FIM")},
    {QStringLiteral("Hong Kong dollar"), QStringLiteral("HKD")},
    {QStringLiteral("Australian dollar"), QStringLiteral("AUD")},
    {QStringLiteral("Peseta"), QStringLiteral("ESP")},
    {QStringLiteral("Netherlands guilder"), QStringLiteral("NLG")},
    {QStringLiteral("Costa Rican colón"), QStringLiteral("CRC")},
    {QStringLiteral("Georgian lari"), QStringLiteral("GEL")},
    {QStringLiteral("Lao kip"), QStringLiteral("LAK")},
    {QStringLiteral("Sri Lankan rupee"), QStringLiteral("LKR")},
};

bool sameValue(const QString &detected, const QString &expected, double factor = 1.0)
{
    bool a = false;
    bool b = false;
    const double x = detected.toDouble(&a) * factor;
    const double y = expected.toDouble(&b);
    return a && b && std::abs(x - y) <= 1e-9 * std::max(1.0, std::abs(y));
}

struct Score {
    int cases = 0;
    int overlapped = 0;
    int exact = 0;
    int valueRight = 0;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    const bool list = arguments.contains(QStringLiteral("--list"));
    QString dir = QStringLiteral(CLAIMLEDGER_CORPUS_DIR "/recognizers-text/Korean");
    for (const QString &argument : arguments.mid(1))
        if (!argument.startsWith(u'-'))
            dir = argument;
    QTextStream out(stdout);
    for (const QString &model : {QStringLiteral("Currency"), QStringLiteral("Number"), QStringLiteral("Percent")}) {
        QFile file(dir + u'/' + model + QStringLiteral("Model.json"));
        if (!file.open(QIODevice::ReadOnly)) {
            out << "recognizers_eval: cannot read " << file.fileName() << Qt::endl;
            return 1;
        }
        Score score;
        for (const QJsonValue caseValue : QJsonDocument::fromJson(file.readAll()).array()) {
            const QJsonObject testCase = caseValue.toObject();
            const QString input = testCase.value(QStringLiteral("Input")).toString();
            QList<Candidate> figures;
            for (const Candidate &candidate : ClaimDetector::detect(input))
                if (candidate.kind == Candidate::Kind::Figure)
                    figures.append(candidate);
            for (const QJsonValue resultValue : testCase.value(QStringLiteral("Results")).toArray()) {
                const QJsonObject result = resultValue.toObject();
                const QString text = result.value(QStringLiteral("Text")).toString();
                const QJsonObject resolution = result.value(QStringLiteral("Resolution")).toObject();
                const QString value = resolution.value(QStringLiteral("value")).toString();
                const QString unit = resolution.value(QStringLiteral("unit")).toString();
                // Located by its text, nearest the stated start (some starts are off).
                const qsizetype stated = result.value(QStringLiteral("Start")).toInteger();
                qsizetype start = input.indexOf(text, std::max<qsizetype>(0, stated - 3));
                if (start < 0)
                    start = input.indexOf(text);
                const qsizetype end = start + text.size();
                ++score.cases;
                bool overlapped = false;
                bool exact = false;
                bool right = false;
                for (const Candidate &figure : std::as_const(figures)) {
                    if (start < 0 || figure.end <= start || figure.start >= end)
                        continue;
                    overlapped = true;
                    exact = exact || (figure.start == start && figure.end == end);
                    const QString detected = figure.figure.value.toString();
                    if (model == QLatin1StringView("Currency")) {
                        const QString iso = currencies.value(unit);
                        if (iso.endsWith(QLatin1StringView("/100")))
                            right = right || (figure.figure.unit == iso.left(3) && sameValue(detected, value, 100.0))
                                || (figure.figure.unit == iso && sameValue(detected, value));
                        else
                            right = right || (figure.figure.unit == iso && sameValue(detected, value));
                    } else if (model == QLatin1StringView("Percent")) {
                        right = right
                            || (figure.figure.unit == QLatin1StringView("percent")
                                && sameValue(detected, QString(value).remove(u'%')));
                    } else {
                        right = right || sameValue(detected, value);
                    }
                }
                score.overlapped += overlapped;
                score.exact += exact;
                score.valueRight += right;
                if (list && !right) {
                    QStringList seen;
                    for (const Candidate &figure : std::as_const(figures))
                        seen.append(QStringLiteral("%1=%2 %3")
                                        .arg(figure.text, figure.figure.value.toString(), figure.figure.unit));
                    out << model << "\tmissed\t" << text << " = " << value << ' ' << unit
                        << "\tin: " << input.simplified().left(80) << "\tgot: " << seen.join(QStringLiteral("; "))
                        << Qt::endl;
                }
            }
        }
        const auto rate = [&score](int n) { return QString::number(double(n) / std::max(1, score.cases), 'f', 3); };
        out << model << ": " << score.cases << " expected figures; span found " << rate(score.overlapped)
            << ", exact span " << rate(score.exact) << ", value"
            << (model == QLatin1StringView("Currency") ? " and currency" : "") << " right " << rate(score.valueRight)
            << Qt::endl;
    }
    return 0;
}
