#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <QStringConverter>
#include <QStringList>

#include <optional>

namespace ClaimLedger {

/// Finds the encoding of an article's bytes and decodes them.
///
/// In order: a byte-order mark; UTF-16 without one (told by its ASCII code units);
/// the charset the source declared (HTTP header, HTML
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

    /// UTF-16LE or UTF-16BE when the bytes are UTF-16 text without a byte-order mark:
    /// read one way, spaces, digits and line breaks come out as ASCII code units and
    /// nothing is a control character or NUL; read the other way they do not. Nothing
    /// when neither reading looks like text (binary data, or any 8-bit encoding).
    static std::optional<QStringConverter::Encoding> utf16WithoutBom(QByteArrayView bytes);

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
