#include "core/bounce/phrasematcher.h"

#include <algorithm>
#include <deque>

namespace rebound::bounce {

namespace {

char16_t fold(QChar c) {
    return char16_t(QChar::toLower(c.unicode()));
}

} // namespace

int PhraseMatcher::child(int node, char16_t c) const {
    const std::vector<Edge>& edges = m_nodes[size_t(node)].edges;
    const auto it =
        std::lower_bound(edges.begin(), edges.end(), c, [](const Edge& e, char16_t v) { return e.c < v; });
    return it != edges.end() && it->c == c ? it->next : -1;
}

void PhraseMatcher::add(const QString& phrase, int id) {
    if (phrase.isEmpty())
        return;
    int node = 0;
    for (const QChar ch : phrase) {
        const char16_t c = fold(ch);
        int next = child(node, c);
        if (next < 0) {
            next = int(m_nodes.size());
            m_nodes.emplace_back();
            std::vector<Edge>& edges = m_nodes[size_t(node)].edges;
            const auto it = std::lower_bound(edges.begin(), edges.end(), c,
                                             [](const Edge& e, char16_t v) { return e.c < v; });
            edges.insert(it, Edge{c, next});
        }
        node = next;
    }
    m_nodes[size_t(node)].outputs.emplace_back(id, int(phrase.size()));
}

void PhraseMatcher::build() {
    std::deque<int> queue;
    for (const Edge& e : m_nodes[0].edges) {
        m_nodes[size_t(e.next)].fail = 0;
        queue.push_back(e.next);
    }
    while (!queue.empty()) {
        const int node = queue.front();
        queue.pop_front();
        const int fail = m_nodes[size_t(node)].fail;
        m_nodes[size_t(node)].outputLink =
            m_nodes[size_t(fail)].outputs.empty() ? m_nodes[size_t(fail)].outputLink : fail;
        for (const Edge& e : m_nodes[size_t(node)].edges) {
            int f = fail;
            int target = child(f, e.c);
            while (target < 0 && f != 0) {
                f = m_nodes[size_t(f)].fail;
                target = child(f, e.c);
            }
            m_nodes[size_t(e.next)].fail = (target >= 0 && target != e.next) ? target : 0;
            queue.push_back(e.next);
        }
    }
}

std::vector<PhraseMatcher::Hit> PhraseMatcher::findAll(QStringView text, size_t maxHits) const {
    std::vector<Hit> hits;
    int node = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = fold(text[i]);
        int next = child(node, c);
        while (next < 0 && node != 0) {
            node = m_nodes[size_t(node)].fail;
            next = child(node, c);
        }
        node = next < 0 ? 0 : next;
        for (int out = m_nodes[size_t(node)].outputs.empty() ? m_nodes[size_t(node)].outputLink : node;
             out > 0; out = m_nodes[size_t(out)].outputLink) {
            for (const auto& [id, length] : m_nodes[size_t(out)].outputs) {
                hits.push_back({id, i + 1 - length, i + 1});
                if (hits.size() >= maxHits)
                    return hits;
            }
        }
    }
    return hits;
}

} // namespace rebound::bounce
