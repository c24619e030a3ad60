#include "canonicalurl.h"

#include <QUrl>
#include <QUrlQuery>

#include <algorithm>
#include <array>

namespace ClaimLedger {

namespace {

/// Query parameters that say where a click came from, not what page it is.
bool isTrackingParameter(const QString &name)
{
    static constexpr std::array<const char *, 14> exact{"fbclid",  "gclid",  "dclid", "msclkid", "mc_cid",
                                                        "mc_eid",  "igshid", "yclid", "_ga",     "_gl",
                                                        "ref_src", "spm",    "ocid",  "cmpid"};
    const QString lower = name.toLower();
    if (lower.startsWith(QLatin1StringView("utm_")))
        return true;
    return std::any_of(exact.cbegin(), exact.cend(),
                       [&lower](const char *tracking) { return lower == QLatin1StringView(tracking); });
}

} // namespace

QString canonicalUrl(const QString &address)
{
    const QString trimmed = address.trimmed();
    QUrl url(trimmed, QUrl::TolerantMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != QLatin1StringView("http") && scheme != QLatin1StringView("https"))
        || url.host().isEmpty())
        return trimmed;

    url.setScheme(scheme);
    url.setHost(url.host().toLower());
    if ((scheme == QLatin1StringView("http") && url.port() == 80)
        || (scheme == QLatin1StringView("https") && url.port() == 443))
        url.setPort(-1);
    url.setFragment(QString());
    url.setUserInfo(QString());

    QString path = url.path(QUrl::FullyEncoded);
    for (const char *index : {"index.html", "index.htm", "index.php"}) {
        if (path.endsWith(u'/' + QLatin1StringView(index)))
            path.chop(qsizetype(qstrlen(index)));
    }
    while (path.size() > 1 && path.endsWith(u'/'))
        path.chop(1);
    if (path == QLatin1StringView("/"))
        path.clear();
    url.setPath(path, QUrl::TolerantMode);

    QList<std::pair<QString, QString>> kept;
    const QUrlQuery query(url);
    for (const auto &[name, value] : query.queryItems(QUrl::FullyEncoded)) {
        if (!isTrackingParameter(name))
            kept.append({name, value});
    }
    std::sort(kept.begin(), kept.end());
    QUrlQuery sorted;
    sorted.setQueryItems(kept);
    url.setQuery(kept.isEmpty() ? QString() : sorted.query(QUrl::FullyEncoded), QUrl::StrictMode);
    if (kept.isEmpty())
        url.setQuery(QString());
    return url.toString(QUrl::FullyEncoded);
}

} // namespace ClaimLedger
