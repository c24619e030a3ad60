#include "htmlextractor.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include <algorithm>
#include <memory>
#include <vector>

// The main-text extraction follows the scoring that reader views use (Mozilla
// Readability, Arc90's readability before it): paragraphs vote for their ancestors with
// their length and commas, containers gain or lose by their class and id names, link-
// heavy ones lose by their link density, and the best container is kept with the
// siblings that score nearly as well; inside it, lists, tables and divs that look like
// navigation or widgets are dropped.

namespace ClaimLedger {

namespace {

struct DocumentDeleter {
    void operator()(xmlDoc *doc) const { xmlFreeDoc(doc); }
};
using Document = std::unique_ptr<xmlDoc, DocumentDeleter>;

Document parse(const QByteArray &utf8, const QByteArray &url = {})
{
    // RECOVER: take broken HTML as browsers do. NONET: never fetch anything.
    // Nesting deeper than libxml2's limit (256 without HTML_PARSE_HUGE) is cut there.
    const int options
        = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET | HTML_PARSE_COMPACT;
    return Document(htmlReadMemory(utf8.constData(), int(utf8.size()), url.isEmpty() ? nullptr : url.constData(),
                                   "UTF-8", options));
}

bool isNamed(const xmlNode *node, const char *tag)
{
    return node->type == XML_ELEMENT_NODE && node->name
        && xmlStrcasecmp(node->name, reinterpret_cast<const xmlChar *>(tag)) == 0;
}

QString attribute(const xmlNode *node, const char *attributeName)
{
    xmlChar *value = xmlGetProp(node, reinterpret_cast<const xmlChar *>(attributeName));
    if (!value)
        return {};
    const QString result = QString::fromUtf8(reinterpret_cast<const char *>(value));
    xmlFree(value);
    return result;
}

bool isOneOf(const xmlNode *node, std::initializer_list<const char *> tags)
{
    for (const char *tag : tags) {
        if (isNamed(node, tag))
            return true;
    }
    return false;
}

bool isBlock(const xmlNode *node)
{
    return isOneOf(node, {"p",          "div",        "section", "article", "main", "h1", "h2",      "h3",
                          "h4",         "h5",         "h6",      "ul",      "ol",   "li", "dl",      "dt",
                          "dd",         "blockquote", "pre",     "table",   "tr",   "td", "th",      "figure",
                          "figcaption", "header",     "footer",  "aside",   "nav",  "hr", "address", "form",
                          "fieldset",   "details",    "summary", "tbody",   "thead"});
}

// Never content, whatever their score.
bool isJunk(const xmlNode *node)
{
    return isOneOf(node, {"script",   "style",  "noscript", "iframe", "object",   "embed", "svg",
                          "canvas",   "button", "select",   "input",  "textarea", "nav",   "form",
                          "template", "link",   "meta",     "head",   "footer",   "aside"});
}

const QRegularExpression &unlikelyNames()
{
    static const QRegularExpression pattern(
        QStringLiteral("-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|"
                       "gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|"
                       "sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote|share|newsletter|"
                       "subscribe|promo|cookie|signup"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

const QRegularExpression &maybeNames()
{
    static const QRegularExpression pattern(QStringLiteral("and|article|body|column|content|main|shadow"),
                                            QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

const QRegularExpression &positiveNames()
{
    static const QRegularExpression pattern(
        QStringLiteral("article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

const QRegularExpression &negativeNames()
{
    static const QRegularExpression pattern(
        QStringLiteral("-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|"
                       "media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|"
                       "shopping|tags|widget"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

int classWeight(const xmlNode *node)
{
    int weight = 0;
    for (const char *key : {"class", "id"}) {
        const QString value = attribute(node, key);
        if (value.isEmpty())
            continue;
        if (negativeNames().match(value).hasMatch())
            weight -= 25;
        if (positiveNames().match(value).hasMatch())
            weight += 25;
    }
    return weight;
}

/// Hidden by the page itself: never shown to a reader, so never article text.
bool isHidden(const xmlNode *node)
{
    if (xmlHasProp(node, reinterpret_cast<const xmlChar *>("hidden")))
        return true;
    const QString style = attribute(node, "style").remove(u' ').toLower();
    return style.contains(QLatin1StringView("display:none")) || style.contains(QLatin1StringView("visibility:hidden"));
}

bool isUnlikely(const xmlNode *node)
{
    if (isOneOf(node, {"body", "a", "article", "main"}))
        return false;
    const QString names = attribute(node, "class") + u' ' + attribute(node, "id");
    if (names.size() <= 1)
        return attribute(node, "role") == QLatin1StringView("complementary")
            || attribute(node, "aria-hidden") == QLatin1StringView("true");
    return unlikelyNames().match(names).hasMatch() && !maybeNames().match(names).hasMatch();
}

struct TextMeasure {
    qsizetype length = 0;
    int commas = 0;
};

/// Characters of a text node with white space collapsed, and its commas, read straight
/// from libxml2's UTF-8: this runs on every text node of the page.
TextMeasure measureUtf8(const xmlChar *text)
{
    TextMeasure measure;
    if (!text)
        return measure;
    bool pendingSpace = false;
    for (const xmlChar *p = text; *p; ++p) {
        const xmlChar c = *p;
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f') {
            pendingSpace = measure.length > 0;
            continue;
        }
        if ((c & 0xC0) == 0x80)
            continue; // continuation byte of a character already counted
        if (pendingSpace) {
            ++measure.length;
            pendingSpace = false;
        }
        ++measure.length;
        if (c == ',' || (c == 0xEF && p[1] == 0xBC && p[2] == 0x8C) // ，
            || (c == 0xE3 && p[1] == 0x80 && p[2] == 0x81)) // 、
            ++measure.commas;
    }
    return measure;
}

/// What the first pass learns of each element, found again through node->_private.
struct Stats {
    qsizetype textLength = 0;
    qsizetype linkLength = 0;
    int commas = 0;
    int paragraphs = 0;
    int images = 0;
    int listItems = 0;
    int inputs = 0;
    double score = 0;
    bool candidate = false;
    bool removed = false;
};

/// What an extraction attempt may use. When the first attempt finds little text, the
/// next ones give up, in turn, removing unlikely-named containers, weighting class
/// names and cleaning containers, as Readability does.
struct Flags {
    bool stripUnlikely = true;
    bool weightClasses = true;
    bool cleanConditionally = true;
};

class Extractor
{
public:
    Extractor(xmlDoc *doc, Flags flags)
        : m_doc(doc)
        , m_flags(flags)
    {
    }

    ~Extractor()
    {
        for (xmlNode *node : m_touched)
            node->_private = nullptr;
    }

    HtmlExtractor::Result run(const QUrl &baseUrl)
    {
        HtmlExtractor::Result result;
        xmlNode *root = xmlDocGetRootElement(m_doc);
        if (!root)
            return result;
        m_baseUrl = baseUrl;
        readMetadata(root, result.metadata);
        // A page saved to a file has no address of its own; its relative links point
        // where its canonical address says it lives.
        if (m_baseUrl.isRelative() && !result.metadata.canonicalUrl.isRelative())
            m_baseUrl = result.metadata.canonicalUrl;
        xmlNode *body = find(root, "body");
        if (!body)
            body = root;
        measure(body, false);
        score(body);
        xmlNode *top = bestCandidate(body);
        QList<xmlNode *> chosen = withSiblings(top);
        for (xmlNode *node : std::as_const(chosen))
            collect(node, result, result.metadata.links);
        dropDuplicateTitle(result);
        return result;
    }

private:
    Stats &stats(xmlNode *node)
    {
        if (!node->_private) {
            m_stats.push_back({});
            // libxml2 gives each node one pointer of ours: it holds an index, not an address.
            node->_private = reinterpret_cast<void *>(m_stats.size()); // NOLINT(performance-no-int-to-ptr)
            m_touched.push_back(node);
        }
        return m_stats[reinterpret_cast<size_t>(node->_private) - 1];
    }

    static xmlNode *find(xmlNode *node, const char *tag)
    {
        for (xmlNode *child = node->children; child; child = child->next) {
            if (isNamed(child, tag))
                return child;
        }
        return nullptr;
    }

    /// Post-order: text and link lengths, commas, counts of p, img, li, input.
    void measure(xmlNode *node, bool insideLink)
    {
        // Indices, not references: measuring children grows m_stats.
        (void)stats(node);
        const size_t self = reinterpret_cast<size_t>(node->_private) - 1;
        if (isJunk(node) || (m_flags.stripUnlikely && isUnlikely(node)) || isHidden(node)) {
            m_stats[self].removed = true;
            return;
        }
        const bool link = insideLink || isNamed(node, "a");
        for (xmlNode *child = node->children; child; child = child->next) {
            if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE) {
                const TextMeasure measured = measureUtf8(child->content);
                Stats &own = m_stats[self];
                own.textLength += measured.length;
                own.commas += measured.commas;
                if (link)
                    own.linkLength += measured.length;
                continue;
            }
            if (child->type != XML_ELEMENT_NODE)
                continue;
            measure(child, link);
            const Stats inner = stats(child);
            Stats &own = m_stats[self];
            if (inner.removed)
                continue;
            own.textLength += inner.textLength;
            own.linkLength += inner.linkLength;
            own.commas += inner.commas;
            own.paragraphs += inner.paragraphs + (isNamed(child, "p") ? 1 : 0);
            own.images += inner.images + (isNamed(child, "img") ? 1 : 0);
            own.listItems += inner.listItems + (isNamed(child, "li") ? 1 : 0);
            own.inputs += inner.inputs + (isOneOf(child, {"input", "select", "textarea"}) ? 1 : 0);
        }
    }

    double linkDensity(xmlNode *node)
    {
        const Stats &s = stats(node);
        return s.textLength == 0 ? 0.0 : double(s.linkLength) / double(s.textLength);
    }

    static bool hasBlockChild(const xmlNode *node)
    {
        for (const xmlNode *child = node->children; child; child = child->next) {
            if (isBlock(child))
                return true;
        }
        return false;
    }

    void initialise(xmlNode *node)
    {
        if (stats(node).candidate)
            return;
        stats(node).candidate = true;
        double base = 0;
        if (isNamed(node, "div"))
            base = 5;
        else if (isOneOf(node, {"pre", "td", "blockquote"}))
            base = 3;
        else if (isOneOf(node, {"address", "ol", "ul", "dl", "dd", "dt", "li", "form"}))
            base = -3;
        else if (isOneOf(node, {"h1", "h2", "h3", "h4", "h5", "h6", "th"}))
            base = -5;
        stats(node).score = base + (m_flags.weightClasses ? classWeight(node) : 0);
        m_candidates.push_back(node);
    }

    void score(xmlNode *node)
    {
        if (stats(node).removed)
            return;
        const bool scored = isOneOf(node, {"p", "pre", "td", "section", "h2", "h3", "h4", "h5", "h6"})
            || (isOneOf(node, {"div", "article"}) && !hasBlockChild(node));
        if (scored) {
            const Stats s = stats(node);
            if (s.textLength >= 25) {
                const double points = 1 + s.commas + std::min<double>(double(s.textLength) / 100.0, 3.0);
                xmlNode *ancestor = node->parent;
                for (int level = 0; ancestor && ancestor->type == XML_ELEMENT_NODE && level < 5; ++level) {
                    initialise(ancestor);
                    const double divider = level == 0 ? 1 : (level == 1 ? 2 : level * 3);
                    stats(ancestor).score += points / divider;
                    ancestor = ancestor->parent;
                }
            }
            if (!isOneOf(node, {"div", "section", "article"}))
                return;
        }
        for (xmlNode *child = node->children; child; child = child->next) {
            if (child->type == XML_ELEMENT_NODE)
                score(child);
        }
    }

    xmlNode *bestCandidate(xmlNode *body)
    {
        std::vector<xmlNode *> ranked;
        for (xmlNode *node : m_candidates) {
            stats(node).score *= 1.0 - linkDensity(node);
            ranked.push_back(node);
        }
        if (ranked.empty())
            return body;
        std::stable_sort(ranked.begin(), ranked.end(),
                         [this](xmlNode *a, xmlNode *b) { return stats(a).score > stats(b).score; });
        xmlNode *top = ranked.front();
        const double topScore = stats(top).score;

        // Several near-best candidates under one ancestor: the article is that ancestor
        // (an article split into sections, each scoring well on its own).
        std::vector<std::vector<xmlNode *>> alternatives;
        for (size_t i = 1; i < std::min<size_t>(ranked.size(), 5); ++i) {
            if (stats(ranked[i]).score / topScore >= 0.75) {
                std::vector<xmlNode *> ancestors;
                for (xmlNode *a = ranked[i]->parent; a && a->type == XML_ELEMENT_NODE; a = a->parent)
                    ancestors.push_back(a);
                alternatives.push_back(std::move(ancestors));
            }
        }
        if (alternatives.size() >= 3) {
            for (xmlNode *parent = top->parent; parent && parent != body && parent->type == XML_ELEMENT_NODE;
                 parent = parent->parent) {
                int containing = 0;
                for (const auto &ancestors : alternatives)
                    containing += std::find(ancestors.begin(), ancestors.end(), parent) != ancestors.end();
                if (containing >= 3) {
                    top = parent;
                    break;
                }
            }
        }
        initialise(top);

        // A parent that scores higher than the candidate holds more of the article.
        double lastScore = stats(top).score;
        const double threshold = lastScore / 3;
        for (xmlNode *parent = top->parent; parent && parent != body && parent->type == XML_ELEMENT_NODE;
             parent = parent->parent) {
            if (!stats(parent).candidate)
                continue;
            const double parentScore = stats(parent).score;
            if (parentScore < threshold)
                break;
            if (parentScore > lastScore) {
                top = parent;
                break;
            }
            lastScore = parentScore;
        }
        // An only child stands for its parent.
        while (top->parent && top->parent != body && top->parent->type == XML_ELEMENT_NODE
               && xmlChildElementCount(top->parent) == 1)
            top = top->parent;
        return top;
    }

    QList<xmlNode *> withSiblings(xmlNode *top)
    {
        QList<xmlNode *> chosen;
        xmlNode *parent = top->parent;
        if (!parent || parent->type != XML_ELEMENT_NODE || isNamed(top, "body"))
            return {top};
        const double topScore = stats(top).score;
        const double threshold = std::max(10.0, topScore * 0.2);
        const QString topClass = attribute(top, "class");
        for (xmlNode *sibling = parent->children; sibling; sibling = sibling->next) {
            if (sibling->type != XML_ELEMENT_NODE)
                continue;
            if (sibling == top) {
                chosen.append(sibling);
                continue;
            }
            const Stats s = stats(sibling);
            if (s.removed)
                continue;
            double bonus = 0;
            if (!topClass.isEmpty() && attribute(sibling, "class") == topClass)
                bonus = topScore * 0.2;
            if (s.candidate && s.score + bonus >= threshold) {
                chosen.append(sibling);
            } else if (isNamed(sibling, "p")) {
                const double density = linkDensity(sibling);
                const QString text = plainText(sibling);
                if ((text.size() > 80 && density < 0.25)
                    || (text.size() < 80 && !text.isEmpty() && density == 0.0
                        && (text.contains(QStringLiteral(". ")) || text.endsWith(u'.'))))
                    chosen.append(sibling);
            }
        }
        return chosen;
    }

    /// Readability's conditional cleaning: containers that look like navigation,
    /// galleries or widgets rather than prose.
    bool dropConditionally(xmlNode *node)
    {
        if (!m_flags.cleanConditionally)
            return false;
        if (!isOneOf(node, {"table", "ul", "ol", "div", "section", "form", "fieldset"}))
            return false;
        if (isInsideCode(node))
            return false;
        const Stats s = stats(node);
        const int weight = classWeight(node);
        const double candidateScore = s.candidate ? s.score : 0;
        if (weight + candidateScore < 0)
            return true;
        if (s.commas >= 10)
            return false;
        const double density = linkDensity(node);
        // A real list (nearly all its text in items) is content even when linked.
        const bool isList = isOneOf(node, {"ul", "ol"});
        if (s.images > 1 && double(s.paragraphs) / double(s.images) < 0.5 && !isNamed(node, "figure"))
            return true;
        if (!isList && s.listItems > s.paragraphs)
            return true;
        if (s.inputs > s.paragraphs / 3)
            return true;
        if (!isList && s.textLength < 25 && (s.images == 0 || s.images > 2) && density > 0 && !hasHeading(node))
            return true;
        if (!isList && weight < 25 && density > 0.2)
            return true;
        if (weight >= 25 && density > 0.5)
            return true;
        return false;
    }

    static bool isInsideCode(const xmlNode *node)
    {
        for (const xmlNode *n = node; n; n = n->parent) {
            if (isOneOf(n, {"pre", "code"}))
                return true;
        }
        return false;
    }

    static bool hasHeading(const xmlNode *node)
    {
        for (const xmlNode *child = node->children; child; child = child->next) {
            if (isOneOf(child, {"h1", "h2", "h3", "h4", "h5", "h6"}) || hasHeading(child))
                return true;
        }
        return false;
    }

    QString plainText(xmlNode *node)
    {
        QString text;
        appendText(node, text);
        return text.simplified();
    }

    void appendText(xmlNode *node, QString &text)
    {
        for (xmlNode *child = node->children; child; child = child->next) {
            if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE)
                text += QString::fromUtf8(reinterpret_cast<const char *>(child->content));
            else if (child->type == XML_ELEMENT_NODE && !stats(child).removed)
                appendText(child, text);
        }
    }

    /// Writes the text of `node` as paragraphs: each block element starts one.
    void collect(xmlNode *node, HtmlExtractor::Result &result, QList<QUrl> &links)
    {
        QString current;
        collectInto(node, result, current, links);
        flush(result, current, {});
    }

    static TextBlock kindOf(const xmlNode *node)
    {
        TextBlock block;
        for (int level = 1; level <= 6; ++level) {
            const QByteArray tag = "h" + QByteArray::number(level);
            if (isNamed(node, tag.constData())) {
                block.kind = TextBlock::Kind::Heading;
                block.level = level;
            }
        }
        if (isNamed(node, "li"))
            block.kind = TextBlock::Kind::ListItem;
        else if (isNamed(node, "blockquote"))
            block.kind = TextBlock::Kind::Quote;
        return block;
    }

    static void flush(HtmlExtractor::Result &result, QString &current, const TextBlock &kind)
    {
        const QString text = current.simplified();
        if (!text.isEmpty()) {
            result.paragraphs.append(text);
            result.kinds.append(kind);
        }
        current.clear();
    }

    void collectInto(xmlNode *node, HtmlExtractor::Result &result, QString &current, QList<QUrl> &links)
    {
        for (xmlNode *child = node->children; child; child = child->next) {
            if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE) {
                current += QString::fromUtf8(reinterpret_cast<const char *>(child->content));
                continue;
            }
            if (child->type != XML_ELEMENT_NODE || stats(child).removed || dropConditionally(child))
                continue;
            if (isNamed(child, "br")) {
                current += u' ';
                continue;
            }
            if (isNamed(child, "a")) {
                const QString href = attribute(child, "href");
                if (!href.isEmpty() && !href.startsWith(u'#') && !href.startsWith(QLatin1StringView("javascript:"))) {
                    const QUrl url = m_baseUrl.resolved(QUrl(href));
                    if (url.isValid() && !links.contains(url))
                        links.append(url);
                }
            }
            const bool block = isBlock(child);
            if (block)
                flush(result, current, kindOf(node));
            collectInto(child, result, current, links);
            if (block)
                flush(result, current, kindOf(child));
            else if (isOneOf(child, {"img"}))
                current += u' ';
        }
    }

    void dropDuplicateTitle(HtmlExtractor::Result &result) const
    {
        // The headline is metadata; a first paragraph that repeats it is not text.
        if (!result.paragraphs.isEmpty() && !result.metadata.title.isEmpty()
            && result.paragraphs.constFirst() == result.metadata.title) {
            result.paragraphs.removeFirst();
            result.kinds.removeFirst();
        }
    }

    void readMetadata(xmlNode *root, ArticleMetadata &metadata);

    xmlDoc *m_doc;
    Flags m_flags;
    QUrl m_baseUrl;
    std::vector<Stats> m_stats;
    std::vector<xmlNode *> m_touched;
    std::vector<xmlNode *> m_candidates;
};

QDateTime parseDate(const QString &text)
{
    QDateTime date = QDateTime::fromString(text.trimmed(), Qt::ISODate);
    if (!date.isValid())
        date = QDateTime::fromString(text.trimmed(), Qt::RFC2822Date);
    return date;
}

/// The article object of JSON-LD (NewsArticle, Article, Report …), possibly in @graph.
QJsonObject articleObject(const QJsonValue &value)
{
    if (value.isArray()) {
        for (const QJsonValue item : value.toArray()) {
            if (const QJsonObject found = articleObject(item); !found.isEmpty())
                return found;
        }
        return {};
    }
    const QJsonObject object = value.toObject();
    if (object.contains(QStringLiteral("@graph")))
        return articleObject(object.value(QStringLiteral("@graph")));
    const QJsonValue type = object.value(QStringLiteral("@type"));
    const QString types = type.isArray() ? type.toVariant().toStringList().join(u' ') : type.toString();
    static const QRegularExpression articleTypes(QStringLiteral("Article|NewsArticle|Report|BlogPosting|Posting"));
    return articleTypes.match(types).hasMatch() ? object : QJsonObject();
}

QString jsonName(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isArray()) {
        QStringList names;
        for (const QJsonValue item : value.toArray()) {
            if (const QString name = jsonName(item); !name.isEmpty())
                names.append(name);
        }
        return names.join(QStringLiteral(", "));
    }
    return value.toObject().value(QStringLiteral("name")).toString();
}

/// A <title> without the site name: "Headline | Outlet" → "Headline".
QString cleanTitle(const QString &title)
{
    static const QRegularExpression separators(QStringLiteral(" [|\\-–—\\\\/>»] "));
    const QString trimmed = title.simplified();
    QRegularExpressionMatchIterator it = separators.globalMatch(trimmed);
    qsizetype last = -1;
    qsizetype first = -1;
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        if (first < 0)
            first = match.capturedStart();
        last = match.capturedStart();
    }
    if (last < 0)
        return trimmed;
    QString candidate = trimmed.left(last);
    if (candidate.count(u' ') < 2)
        candidate = trimmed.mid(first + 3);
    return candidate.count(u' ') < 2 && trimmed.count(u' ') < 6 ? trimmed : candidate.trimmed();
}

void Extractor::readMetadata(xmlNode *root, ArticleMetadata &metadata)
{
    QHash<QString, QString> meta;
    QString documentTitle;
    QJsonObject article;
    metadata.language = attribute(root, "lang").section(u'-', 0, 0);

    std::vector<xmlNode *> stack{root};
    while (!stack.empty()) {
        xmlNode *node = stack.back();
        stack.pop_back();
        if (node->type != XML_ELEMENT_NODE)
            continue;
        if (isNamed(node, "meta")) {
            QString key = attribute(node, "property");
            if (key.isEmpty())
                key = attribute(node, "name");
            key = key.toLower().trimmed();
            const QString content = attribute(node, "content").trimmed();
            // Some pages list several properties in one attribute.
            for (const QString &part : key.split(u' ', Qt::SkipEmptyParts)) {
                if (!content.isEmpty() && !meta.contains(part))
                    meta.insert(part, content);
            }
        } else if (isNamed(node, "title") && documentTitle.isEmpty()) {
            xmlChar *text = xmlNodeGetContent(node);
            documentTitle = QString::fromUtf8(reinterpret_cast<const char *>(text)).simplified();
            xmlFree(text);
        } else if (isNamed(node, "link") && attribute(node, "rel").toLower() == QLatin1StringView("canonical")) {
            metadata.canonicalUrl = m_baseUrl.resolved(QUrl(attribute(node, "href")));
        } else if (isNamed(node, "script")) {
            if (attribute(node, "type").toLower() == QLatin1StringView("application/ld+json") && article.isEmpty()) {
                xmlChar *text = xmlNodeGetContent(node);
                const QByteArray json(reinterpret_cast<const char *>(text));
                xmlFree(text);
                const QJsonDocument document = QJsonDocument::fromJson(json);
                article
                    = articleObject(document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object()));
            }
            continue;
        }
        for (xmlNode *child = node->last; child; child = child->prev)
            stack.push_back(child);
    }

    auto firstOf = [&meta](std::initializer_list<const char *> keys) {
        for (const char *key : keys) {
            const QString value = meta.value(QString::fromLatin1(key));
            if (!value.isEmpty())
                return value;
        }
        return QString();
    };
    metadata.title = article.value(QStringLiteral("headline")).toString().simplified();
    if (metadata.title.isEmpty())
        metadata.title = firstOf({"dc:title", "dcterm:title", "og:title", "weibo:article:title", "weibo:webpage:title",
                                  "title", "twitter:title", "citation_title"});
    if (metadata.title.isEmpty())
        metadata.title = cleanTitle(documentTitle);
    metadata.byline = jsonName(article.value(QStringLiteral("author")));
    if (metadata.byline.isEmpty())
        metadata.byline = firstOf(
            {"dc:creator", "dcterm:creator", "author", "article:author", "citation_author", "parsely-author", "byl"});
    metadata.outlet = jsonName(article.value(QStringLiteral("publisher")));
    if (metadata.outlet.isEmpty())
        metadata.outlet = firstOf({"og:site_name", "application-name", "citation_journal_title", "publisher"});
    metadata.description = firstOf({"dc:description", "dcterm:description", "og:description",
                                    "weibo:article:description", "description", "twitter:description"});
    const QString published = article.value(QStringLiteral("datePublished")).toString();
    metadata.published
        = parseDate(!published.isEmpty() ? published
                                         : firstOf({"article:published_time", "parsely-pub-date",
                                                    "citation_publication_date", "dc.date", "date", "pubdate"}));
    metadata.modified = parseDate(article.value(QStringLiteral("dateModified")).toString().isEmpty()
                                      ? firstOf({"article:modified_time", "og:updated_time"})
                                      : article.value(QStringLiteral("dateModified")).toString());
    if (metadata.language.isEmpty())
        metadata.language = firstOf({"og:locale", "dc.language", "content-language"}).section(u'_', 0, 0);
    if (!metadata.canonicalUrl.isValid() || metadata.canonicalUrl.isEmpty()) {
        const QString url = firstOf({"og:url"});
        if (!url.isEmpty())
            metadata.canonicalUrl = QUrl(url);
    }
}

} // namespace

HtmlExtractor::Result HtmlExtractor::extract(const QString &html, const QUrl &baseUrl)
{
    return extractUtf8(html.toUtf8(), baseUrl);
}

HtmlExtractor::Result HtmlExtractor::extractUtf8(const QByteArray &utf8, const QUrl &baseUrl)
{
    const Document doc = parse(utf8, baseUrl.toEncoded());
    if (!doc)
        return {};
    // Readability's threshold: an article shorter than this was probably missed.
    constexpr qsizetype enough = 500;
    const Flags attempts[] = {{true, true, true}, {false, true, true}, {false, false, true}, {false, false, false}};
    Result best;
    qsizetype bestLength = -1;
    for (const Flags &flags : attempts) {
        Result result = Extractor(doc.get(), flags).run(baseUrl);
        qsizetype length = 0;
        for (const QString &paragraph : std::as_const(result.paragraphs))
            length += paragraph.size();
        if (length >= enough)
            return result;
        if (length > bestLength) {
            best = std::move(result);
            bestLength = length;
        }
    }
    return best;
}

QStringList HtmlExtractor::textOf(const QString &html)
{
    const Document doc = parse(html.toUtf8());
    QStringList paragraphs;
    if (!doc)
        return paragraphs;
    xmlNode *root = xmlDocGetRootElement(doc.get());
    if (!root)
        return paragraphs;
    // Everything, nothing dropped: a reference text is read as it is.
    std::vector<std::pair<xmlNode *, bool>> stack{{root, false}};
    QString current;
    while (!stack.empty()) {
        auto [node, closing] = stack.back();
        stack.pop_back();
        if (closing) {
            if (isBlock(node) && !current.simplified().isEmpty()) {
                paragraphs.append(current.simplified());
                current.clear();
            }
            continue;
        }
        if (node->type == XML_TEXT_NODE) {
            current += QString::fromUtf8(reinterpret_cast<const char *>(node->content));
            continue;
        }
        if (node->type != XML_ELEMENT_NODE || isOneOf(node, {"script", "style"}))
            continue;
        if (isBlock(node) && !current.simplified().isEmpty()) {
            paragraphs.append(current.simplified());
            current.clear();
        }
        stack.push_back({node, true});
        for (xmlNode *child = node->last; child; child = child->prev)
            stack.push_back({child, false});
    }
    if (!current.simplified().isEmpty())
        paragraphs.append(current.simplified());
    return paragraphs;
}

bool HtmlExtractor::parseOnly(const QByteArray &utf8)
{
    return parse(utf8) != nullptr;
}

} // namespace ClaimLedger
