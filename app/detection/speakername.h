#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

// Who a speaker is, from the words a quote's reporting phrase gives: the name without
// titles, roles and affiliations ("머스크 CEO" → 머스크, role CEO; "손정의(일본명 손
// 마사요시) 회장" → 손정의, alias 손 마사요시; "SoftBank chief executive Masayoshi Son" →
// Masayoshi Son, role chief executive), whether it is a person, an organisation or an
// anonymous source, and the fullest form of the name the article uses (머스크 → 일론
// 머스크, Musk → Elon Musk), which is the key of the speaker's entity.
namespace ClaimLedger::SpeakerName {

enum class Kind { Person, Organisation, Anonymous };

struct Parts {
    QString name;
    QString role;
    QStringList aliases;
    Kind kind = Kind::Person;
};

/// "person", "organisation", "anonymous".
QString kindKey(Kind kind);

/// Titles and roles written with a name (대통령, 회장, CEO, President, Mr., Sen.).
const QStringList &titles();
bool isTitle(QStringView word);

/// The name, role, aliases and kind in a speaker as written.
Parts split(QStringView written);

/// The fullest form of `name` in `text`: a one-word name (머스크, Musk, 황) is completed
/// from a mention with a given name before it (일론 머스크, Elon Musk, 젠슨 황); otherwise
/// `name` itself.
QString canonical(QStringView text, const QString &name);

} // namespace ClaimLedger::SpeakerName
