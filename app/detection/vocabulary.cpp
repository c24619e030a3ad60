#include "vocabulary.h"

#include "textscan.h"

namespace ClaimLedger::Vocabulary {

using namespace TextScan;

bool endsKoreanWord(QStringView text, qsizetype end)
{
    if (end >= text.size() || !isHangul(text.at(end)))
        return true;
    // Particles, the copula, and suffixes that make a counted word of their own
    // (2시간짜리, 5년전쯤, 12일자로, 60년대초, 4회말, 8달러입니다, 100달러어치, 10달러인,
    // 5개월여만에, 20분안에, 10년뒤, 13살때, 232가구다).
    static const QString particles = QStringLiteral(
        "을를이가은는의에도로와과만까씩째부보간동으께처였짜쯤경전후내당말초된자차꼴입어인라여안뒤때다");
    return particles.contains(text.at(end));
}

/// Korean particles that may follow a counted noun, longest first.
QString withoutParticle(QString word)
{
    static const QStringList particles{
        QStringLiteral("으로"), QStringLiteral("에서"), QStringLiteral("까지"), QStringLiteral("를"),
        QStringLiteral("을"),   QStringLiteral("이"),   QStringLiteral("가"),   QStringLiteral("은"),
        QStringLiteral("는"),   QStringLiteral("에"),   QStringLiteral("의"),   QStringLiteral("와"),
        QStringLiteral("과"),   QStringLiteral("로"),   QStringLiteral("도"),   QStringLiteral("만")};
    for (const QString &particle : particles) {
        if (word.size() > particle.size() + 1 && word.endsWith(particle))
            return word.chopped(particle.size());
    }
    return word;
}

std::optional<QString> currencySymbolAt(QStringView text, qsizetype position, qsizetype *length)
{
    struct Symbol {
        QStringView symbol;
        QStringView code;
    };
    // Dollars and others written with a country's letters, longest first.
    static constexpr std::array symbols{
        Symbol{u"US$", u"USD"}, Symbol{u"U.S.$", u"USD"}, Symbol{u"CA$", u"CAD"}, Symbol{u"C$", u"CAD"},
        Symbol{u"AU$", u"AUD"}, Symbol{u"A$", u"AUD"},    Symbol{u"HK$", u"HKD"}, Symbol{u"S$", u"SGD"},
        Symbol{u"NZ$", u"NZD"}, Symbol{u"NT$", u"TWD"},   Symbol{u"MX$", u"MXN"}, Symbol{u"R$", u"BRL"},
        Symbol{u"$", u"USD"},   Symbol{u"₩", u"KRW"},     Symbol{u"€", u"EUR"},   Symbol{u"£", u"GBP"},
        Symbol{u"¥", u"JPY"},   Symbol{u"￦", u"KRW"},    Symbol{u"₹", u"INR"},   Symbol{u"₽", u"RUB"},
        Symbol{u"₺", u"TRY"},   Symbol{u"₱", u"PHP"},     Symbol{u"Rs.", u"INR"}, Symbol{u"Rs", u"INR"},
    };
    // ISO 4217 codes written before the amount ("USD 3.4 billion", "EUR45m").
    static constexpr std::array<QStringView, 22> codes{u"USD", u"EUR", u"GBP", u"JPY", u"CNY", u"RMB", u"KRW", u"CHF",
                                                       u"CAD", u"AUD", u"HKD", u"SGD", u"NZD", u"INR", u"RUB", u"SEK",
                                                       u"NOK", u"DKK", u"MXN", u"BRL", u"ZAR", u"TWD"};
    // A sign of letters is one only before the amount: "Rs 500", not "Rs" in a word.
    const auto amountFollows = [text](qsizetype end) {
        return isAsciiDigit(charAt(text, end)) || (charAt(text, end) == u' ' && isAsciiDigit(charAt(text, end + 1)));
    };
    for (const Symbol &symbol : symbols) {
        if (startsWithAt(text, position, symbol.symbol)
            && (!symbol.symbol.front().isLetter() || amountFollows(position + symbol.symbol.size()))) {
            *length = symbol.symbol.size();
            return symbol.code.toString();
        }
    }
    if (isLatin(charAt(text, position)) && amountFollows(position + 3) && !isLatin(charAt(text, position - 1))) {
        for (const QStringView code : codes) {
            if (startsWithAt(text, position, code)) {
                *length = 3;
                return code == u"RMB" ? QStringLiteral("CNY") : code.toString();
            }
        }
    }
    return std::nullopt;
}

} // namespace ClaimLedger::Vocabulary
