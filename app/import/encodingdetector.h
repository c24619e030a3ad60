#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace ClaimLedger {

/// Finds the encoding of an article's bytes and decodes them.
///
/// In order: a byte-order mark; the charset the source declared (HTTP header, HTML
/// meta), unless the bytes contradict it; valid UTF-8; uchardet's guess; Windows-1252.
/// Labels are read as browsers read them (WHATWG Encoding Standard): euc-kr means
/// windows-949, whose syllables strict EUC-KR lacks, iso-8859-1 means windows-1252.
class EncodingDetector final
{
    Q_DECLARE_TR_FUNCTIONS(EncodingDetector)

public:
    struct Decoded {
        QString text;
        QString encoding; ///< the name decoded with ("UTF-8", "windows-949", …)
        QStringList warnings; ///< invalid sequences, a declaration the bytes contradicted
    };

    static Decoded decode(QByteArrayView bytes, const QByteArray &declared = {});

    /// Whether the bytes are well-formed UTF-8 (checked byte by byte, without decoding).
    static bool isValidUtf8(QByteArrayView bytes);

    /// The encoding a label names, as browsers read it; empty when unknown.
    static QByteArray canonicalName(const QByteArray &label);

    /// The charset an HTML document declares in its first 4 KB (meta charset or
    /// http-equiv), or empty.
    static QByteArray declaredInHtml(QByteArrayView bytes);

private:
    /// The warning for bytes that are not valid in the encoding they were read as.
    static QString invalidBytes(const QString &encoding);
};

} // namespace ClaimLedger
