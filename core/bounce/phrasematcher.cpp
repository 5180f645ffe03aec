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

int PhraseMatcher::symbolOf(char16_t c) const {
    if (c < 128)
        return m_symbolOfAscii[c];
    const auto it =
        std::lower_bound(m_symbolOfOther.begin(), m_symbolOfOther.end(), c,
                         [](const std::pair<char16_t, int>& e, char16_t v) { return e.first < v; });
    return it != m_symbolOfOther.end() && it->first == c ? it->second : 0;
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
    renumberBreadthFirst();
    // The alphabet: every character some phrase uses.
    m_symbolOfAscii.assign(128, 0);
    m_symbolOfOther.clear();
    m_symbols = 1;
    std::vector<char16_t> alphabet;
    for (const Node& node : m_nodes) {
        for (const Edge& e : node.edges)
            alphabet.push_back(e.c);
    }
    std::sort(alphabet.begin(), alphabet.end());
    alphabet.erase(std::unique(alphabet.begin(), alphabet.end()), alphabet.end());
    for (const char16_t c : alphabet) {
        if (c < 128)
            m_symbolOfAscii[c] = m_symbols++;
        else
            m_symbolOfOther.emplace_back(c, m_symbols++);
    }
    // An upper-case ASCII letter is its lower-case letter's symbol, so matching needs no folding call.
    for (char16_t c = u'A'; c <= u'Z'; ++c)
        m_symbolOfAscii[c] = m_symbolOfAscii[c + (u'a' - u'A')];
    m_emits.assign(m_nodes.size(), 0);
    m_fail.assign(m_nodes.size(), 0);
    for (size_t node = 0; node < m_nodes.size(); ++node) {
        m_emits[node] = !m_nodes[node].outputs.empty() || m_nodes[node].outputLink > 0;
        m_fail[node] = m_nodes[node].fail;
    }
    // The table's rows in node order, which is breadth first, so a node's fail target (shallower) has
    // its row before it: a node's row is its fail target's row with its own edges written over it.
    const size_t symbols = size_t(m_symbols);
    m_dense = int(qMin(m_nodes.size(), kDenseNodes));
    m_next.assign(size_t(m_dense) * symbols, 0);
    for (size_t node = 0; node < size_t(m_dense); ++node) {
        int* row = m_next.data() + node * symbols;
        if (node != 0) {
            const int* failRow = m_next.data() + size_t(m_fail[node]) * symbols;
            std::copy(failRow, failRow + symbols, row);
        }
        for (const Edge& e : m_nodes[node].edges)
            row[size_t(symbolOf(e.c))] = e.next;
    }
    m_edgeFrom.assign(m_nodes.size() + 1, 0);
    m_edges.clear();
    for (size_t node = 0; node < m_nodes.size(); ++node) {
        m_edgeFrom[node] = int(m_edges.size());
        if (node >= size_t(m_dense)) {
            for (const Edge& e : m_nodes[node].edges)
                m_edges.emplace_back(symbolOf(e.c), e.next);
        }
    }
    m_edgeFrom[m_nodes.size()] = int(m_edges.size());
}

// Gives the nodes new numbers in breadth-first order (the root stays 0), so that the shallow nodes
// come first.
void PhraseMatcher::renumberBreadthFirst() {
    std::vector<int> order{0};
    for (size_t i = 0; i < order.size(); ++i) {
        for (const Edge& e : m_nodes[size_t(order[i])].edges)
            order.push_back(e.next);
    }
    std::vector<int> rank(m_nodes.size());
    for (size_t i = 0; i < order.size(); ++i)
        rank[size_t(order[i])] = int(i);
    std::vector<Node> renumbered(m_nodes.size());
    for (size_t old = 0; old < m_nodes.size(); ++old) {
        Node& node = renumbered[size_t(rank[old])];
        node = std::move(m_nodes[old]);
        for (Edge& e : node.edges)
            e.next = rank[size_t(e.next)];
        node.fail = rank[size_t(node.fail)];
        if (node.outputLink >= 0)
            node.outputLink = rank[size_t(node.outputLink)];
    }
    m_nodes = std::move(renumbered);
}

// The automaton's transition from node on symbol.
int PhraseMatcher::step(int node, int symbol) const {
    while (node >= m_dense) {
        for (int e = m_edgeFrom[size_t(node)]; e < m_edgeFrom[size_t(node) + 1]; ++e) {
            if (m_edges[size_t(e)].first == symbol)
                return m_edges[size_t(e)].second;
        }
        node = m_fail[size_t(node)];
    }
    return m_next[size_t(node) * size_t(m_symbols) + size_t(symbol)];
}

std::vector<PhraseMatcher::Hit> PhraseMatcher::findAll(QStringView text, size_t maxHits) const {
    std::vector<Hit> hits;
    if (m_next.empty())
        return hits; // build() not called: nothing to find
    int node = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t u = text[i].unicode();
        const int symbol = u < 128 ? m_symbolOfAscii[u] : symbolOf(fold(QChar(u)));
        node =
            node < m_dense ? m_next[size_t(node) * size_t(m_symbols) + size_t(symbol)] : step(node, symbol);
        if (!m_emits[size_t(node)])
            continue;
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
