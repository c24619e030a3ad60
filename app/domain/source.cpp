#include "source.h"

#include "keytable.h"

#include <QCoreApplication>

namespace ClaimLedger {

namespace {

constexpr std::array<std::pair<SourceKind, QStringView>, 8> sourceKinds{{
    {SourceKind::WebPage, u"web-page"},
    {SourceKind::Document, u"document"},
    {SourceKind::Dataset, u"dataset"},
    {SourceKind::PressRelease, u"press-release"},
    {SourceKind::Statement, u"statement"},
    {SourceKind::Interview, u"interview"},
    {SourceKind::SocialPost, u"social-post"},
    {SourceKind::Filing, u"filing"},
}};

} // namespace

QString sourceKindKey(SourceKind kind)
{
    return KeyTable::keyOf(sourceKinds, kind);
}

std::optional<SourceKind> sourceKindFromKey(QStringView key)
{
    return KeyTable::valueOf(sourceKinds, key);
}

QString reliabilityDisplayName(QChar grade)
{
    switch (grade.unicode()) {
    case u'A':
        return QCoreApplication::translate("Reliability", "A: completely reliable");
    case u'B':
        return QCoreApplication::translate("Reliability", "B: usually reliable");
    case u'C':
        return QCoreApplication::translate("Reliability", "C: fairly reliable");
    case u'D':
        return QCoreApplication::translate("Reliability", "D: not usually reliable");
    case u'E':
        return QCoreApplication::translate("Reliability", "E: unreliable");
    default:
        return QCoreApplication::translate("Reliability", "F: reliability cannot be judged");
    }
}

QString sourceKindDisplayName(SourceKind kind)
{
    switch (kind) {
    case SourceKind::WebPage:
        return QCoreApplication::translate("SourceKind", "Web page");
    case SourceKind::Document:
        return QCoreApplication::translate("SourceKind", "Document");
    case SourceKind::Dataset:
        return QCoreApplication::translate("SourceKind", "Dataset");
    case SourceKind::PressRelease:
        return QCoreApplication::translate("SourceKind", "Press release");
    case SourceKind::Statement:
        return QCoreApplication::translate("SourceKind", "Statement");
    case SourceKind::Interview:
        return QCoreApplication::translate("SourceKind", "Interview");
    case SourceKind::SocialPost:
        return QCoreApplication::translate("SourceKind", "Social media post");
    case SourceKind::Filing:
        return QCoreApplication::translate("SourceKind", "Filing");
    }
    return {};
}

QList<SourceKind> allSourceKinds()
{
    QList<SourceKind> kinds;
    for (const auto &[kind, key] : sourceKinds)
        kinds.append(kind);
    return kinds;
}

} // namespace ClaimLedger
