// How long canonicalizing an article takes at 1, 10 and 50 MB of Korean text with
// one combining mark near the start, the input that made QString::normalized()
// quadratic. Prints figures; asserts nothing.
//   normalize_bench [--qt]   (--qt also times QString::normalized at 1 MB)

#include "canonicaltext.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

using namespace ClaimLedger;

namespace {

QString koreanText(qsizetype bytes)
{
    const QString sentence
        = QStringLiteral("소프트뱅크는 1천억 달러를 투입한 뒤 추가로 4천억 달러를 투자할 계획이다.\n");
    QString text = QStringLiteral("Cafe\u0301\n");
    // About three UTF-8 bytes per Hangul syllable.
    while (text.toUtf8().size() < bytes)
        text += sentence.repeated(1000);
    return text;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const bool withQt = app.arguments().contains(QStringLiteral("--qt"));
    std::printf("%-8s %14s %14s %14s\n", "size", "toNfc ms", "normalize ms", "Qt NFC ms");
    for (const int megabytes : {1, 10, 50}) {
        const QString text = koreanText(qsizetype(megabytes) * 1024 * 1024);
        QElapsedTimer timer;
        timer.start();
        const QString nfc = CanonicalText::toNfc(text);
        const qint64 nfcTime = timer.restart();
        const QString canonical = CanonicalText::normalize(text);
        const qint64 normalizeTime = timer.restart();
        qint64 qtTime = -1;
        if (withQt && megabytes == 1) {
            timer.restart();
            const QString byQt = text.normalized(QString::NormalizationForm_C);
            qtTime = timer.elapsed();
            if (byQt != nfc)
                std::printf("MISMATCH with Qt at %d MB\n", megabytes);
        }
        std::printf("%-8s %14lld %14lld %14s\n", qPrintable(QStringLiteral("%1 MB").arg(megabytes)), qlonglong(nfcTime),
                    qlonglong(normalizeTime), qtTime < 0 ? "-" : qPrintable(QString::number(qtTime)));
        if (canonical.isEmpty())
            return 1;
    }
    return 0;
}
