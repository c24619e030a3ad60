#include "encodingdetector.h"

#include <QRegularExpression>
#include <QStringDecoder>

#include <uchardet/uchardet.h>

#include <memory>

namespace ClaimLedger {

namespace {

/// Counts well-formed multi-byte UTF-8 sequences and malformed bytes. Text with many
/// of the first and few of the second is damaged UTF-8, not another encoding.
struct Utf8Profile {
    qsizetype multibyte = 0;
    qsizetype malformed = 0;
};

Utf8Profile utf8Profile(QByteArrayView bytes)
{
    Utf8Profile profile;
    const qsizetype size = bytes.size();
    for (qsizetype i = 0; i < size;) {
        const uchar c = uchar(bytes[i]);
        int length = 0;
        if (c < 0x80) {
            ++i;
            continue;
        }
        if ((c & 0xE0) == 0xC0 && c >= 0xC2)
            length = 2;
        else if ((c & 0xF0) == 0xE0)
            length = 3;
        else if ((c & 0xF8) == 0xF0 && c <= 0xF4)
            length = 4;
        bool wellFormed = length > 0 && i + length <= size;
        for (int k = 1; wellFormed && k < length; ++k)
            wellFormed = (uchar(bytes[i + k]) & 0xC0) == 0x80;
        if (wellFormed) {
            // No overlong forms, no surrogates, nothing past U+10FFFF (RFC 3629).
            const uchar second = uchar(bytes[i + 1]);
            wellFormed = !(c == 0xE0 && second < 0xA0) && !(c == 0xED && second >= 0xA0)
                && !(c == 0xF0 && second < 0x90) && !(c == 0xF4 && second > 0x8F);
        }
        if (wellFormed) {
            ++profile.multibyte;
            i += length;
        } else {
            ++profile.malformed;
            ++i;
        }
    }
    return profile;
}

} // namespace

bool EncodingDetector::isValidUtf8(QByteArrayView bytes)
{
    return utf8Profile(bytes).malformed == 0;
}

namespace {

QByteArray guessWithUchardet(QByteArrayView bytes)
{
    std::unique_ptr<std::remove_pointer_t<uchardet_t>, decltype(&uchardet_delete)> detector(uchardet_new(),
                                                                                            &uchardet_delete);
    // A megabyte is plenty to tell; more only costs time.
    const QByteArrayView sample = bytes.first(std::min<qsizetype>(bytes.size(), 1024 * 1024));
    if (uchardet_handle_data(detector.get(), sample.data(), size_t(sample.size())) != 0)
        return {};
    uchardet_data_end(detector.get());
    return QByteArray(uchardet_get_charset(detector.get()));
}

struct Attempt {
    QString text;
    bool valid = false;
    bool errors = false;
};

Attempt decodeWith(QByteArrayView bytes, const QByteArray &encoding)
{
    QStringDecoder decoder(encoding.constData());
    if (!decoder.isValid())
        return {};
    Attempt attempt;
    attempt.text = decoder.decode(bytes);
    attempt.valid = true;
    attempt.errors = decoder.hasError();
    return attempt;
}

} // namespace

namespace {

/// How a sample reads as UTF-16 in one byte order.
struct Utf16Reading {
    qsizetype ascii = 0; ///< printable ASCII, tab and line breaks
    qsizetype impossible = 0; ///< NUL, other C0 controls, noncharacters, lone surrogates
};

Utf16Reading readAsUtf16(QByteArrayView sample, bool littleEndian)
{
    Utf16Reading reading;
    bool expectLow = false;
    for (qsizetype i = 0; i + 1 < sample.size(); i += 2) {
        const auto first = uchar(sample[i]);
        const auto second = uchar(sample[i + 1]);
        const char16_t unit = littleEndian ? char16_t(first | second << 8) : char16_t(first << 8 | second);
        const bool low = unit >= 0xDC00 && unit <= 0xDFFF;
        if (expectLow != low)
            ++reading.impossible;
        expectLow = unit >= 0xD800 && unit <= 0xDBFF;
        if ((unit >= 0x20 && unit <= 0x7E) || unit == u'\t' || unit == u'\n' || unit == u'\r')
            ++reading.ascii;
        else if (unit < 0x20 || unit == 0xFFFE || unit == 0xFFFF)
            ++reading.impossible;
    }
    return reading;
}

} // namespace

std::optional<QStringConverter::Encoding> EncodingDetector::utf16WithoutBom(QByteArrayView bytes)
{
    // 64 KB tell; the end may cut a surrogate pair, so the sample ends on a whole unit
    // well before it.
    const QByteArrayView sample = bytes.first(std::min<qsizetype>(bytes.size(), 64 * 1024) & ~qsizetype(3));
    if (sample.size() < 4)
        return std::nullopt;
    const Utf16Reading little = readAsUtf16(sample, true);
    const Utf16Reading big = readAsUtf16(sample, false);
    // An ASCII unit needs a zero byte beside an ASCII byte, which 8-bit encodings never
    // have; the other byte order turns those units into ideographs, not ASCII.
    const auto plausible = [](const Utf16Reading &one, const Utf16Reading &other) {
        return one.impossible == 0 && one.ascii > 0 && one.ascii > 2 * other.ascii;
    };
    if (plausible(little, big))
        return QStringConverter::Utf16LE;
    if (plausible(big, little))
        return QStringConverter::Utf16BE;
    return std::nullopt;
}

QByteArray EncodingDetector::canonicalName(const QByteArray &label)
{
    const QByteArray name = label.trimmed().toLower();
    if (name.isEmpty())
        return {};
    if (name == "utf-8" || name == "utf8" || name == "unicode-1-1-utf-8")
        return "UTF-8";
    // Browsers read all of these as windows-949 (a superset of EUC-KR): 믜 and the like
    // exist only there.
    if (name == "euc-kr" || name == "euckr" || name == "ks_c_5601-1987" || name == "cp949" || name == "windows-949"
        || name == "x-windows-949" || name == "uhc")
        return "windows-949";
    if (name == "iso-8859-1" || name == "latin1" || name == "us-ascii" || name == "ascii" || name == "windows-1252"
        || name == "cp1252")
        return "windows-1252";
    if (name == "gb2312" || name == "gbk" || name == "gb18030" || name == "x-gbk")
        return "GB18030";
    if (name == "shift_jis" || name == "sjis" || name == "shift-jis" || name == "windows-31j" || name == "cp932")
        return "windows-31j";
    if (name == "big5" || name == "big5-hkscs")
        return "Big5";
    if (name == "euc-jp")
        return "EUC-JP";
    if (name == "utf-16le" || name == "utf-16be" || name == "utf-32le" || name == "utf-32be")
        return label.trimmed().toUpper();
    // Anything else ICU knows (ISO-8859-x, KOI8-R, windows-125x …) under its own name.
    if (QStringDecoder(name.constData()).isValid())
        return name;
    return {};
}

QByteArray EncodingDetector::declaredInHtml(QByteArrayView bytes)
{
    static const QRegularExpression charset(QStringLiteral(R"(<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+))"),
                                            QRegularExpression::CaseInsensitiveOption);
    const QString head = QString::fromLatin1(bytes.first(std::min<qsizetype>(bytes.size(), 4096)));
    const QRegularExpressionMatch match = charset.match(head);
    return match.hasMatch() ? match.captured(1).toLatin1() : QByteArray();
}

QString EncodingDetector::invalidBytes(const QString &encoding)
{
    return tr("Some bytes are not valid %1; they are shown as \uFFFD.").arg(encoding);
}

EncodingDetector::Decoded EncodingDetector::decode(QByteArrayView bytes, const QByteArray &declared)
{
    Decoded result;
    // A byte-order mark, or UTF-16 told by its code units, before any declaration:
    // ASCII in UTF-16 is also valid UTF-8 (with NULs).
    std::optional<QStringConverter::Encoding> unicode = QStringConverter::encodingForData(bytes);
    if (!unicode)
        unicode = utf16WithoutBom(bytes);
    if (unicode) {
        QStringDecoder decoder(*unicode);
        result.text = decoder.decode(bytes);
        result.encoding = QString::fromLatin1(QStringConverter::nameForEncoding(*unicode));
        if (decoder.hasError())
            result.warnings.append(invalidBytes(result.encoding));
        return result;
    }

    const QByteArray declaredName = canonicalName(declared);
    if (!declaredName.isEmpty()) {
        const Attempt attempt = decodeWith(bytes, declaredName);
        if (attempt.valid && !attempt.errors) {
            result.text = attempt.text;
            result.encoding = QString::fromLatin1(declaredName);
            return result;
        }
        // The declaration is wrong or the bytes are damaged: see whether the bytes say
        // otherwise before settling for replacement characters.
        const QByteArray guess = isValidUtf8(bytes) ? QByteArray("UTF-8") : canonicalName(guessWithUchardet(bytes));
        if (!guess.isEmpty() && guess != declaredName) {
            const Attempt better = decodeWith(bytes, guess);
            if (better.valid && !better.errors) {
                result.text = better.text;
                result.encoding = QString::fromLatin1(guess);
                result.warnings.append(tr("The text declares itself %1 but is %2; it was read as %2.")
                                           .arg(QString::fromLatin1(declared), QString::fromLatin1(guess)));
                return result;
            }
        }
        if (attempt.valid) {
            result.text = attempt.text;
            result.encoding = QString::fromLatin1(declaredName);
            result.warnings.append(invalidBytes(result.encoding));
            return result;
        }
    }

    if (isValidUtf8(bytes)) {
        result.text = QString::fromUtf8(bytes);
        result.encoding = QStringLiteral("UTF-8");
        return result;
    }
    // Mostly well-formed UTF-8 with a few broken bytes: damaged UTF-8. Say so, and keep
    // the damage visible as U+FFFD rather than reading the whole text as another encoding.
    const Utf8Profile profile = utf8Profile(bytes);
    if (profile.multibyte >= 4 && profile.malformed * 10 <= profile.multibyte) {
        result.text = QString::fromUtf8(bytes);
        result.encoding = QStringLiteral("UTF-8");
        result.warnings.append(invalidBytes(result.encoding));
        return result;
    }
    QByteArray guess = canonicalName(guessWithUchardet(bytes));
    if (guess.isEmpty() || guess == "UTF-8")
        guess = "windows-1252";
    Attempt attempt = decodeWith(bytes, guess);
    if (!attempt.valid) {
        guess = "UTF-8";
        attempt = decodeWith(bytes, guess);
    }
    result.text = attempt.text;
    result.encoding = QString::fromLatin1(guess);
    if (attempt.errors)
        result.warnings.append(invalidBytes(result.encoding));
    return result;
}

} // namespace ClaimLedger
