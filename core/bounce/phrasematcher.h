#pragma once

#include <QString>

#include <vector>

namespace rebound::bounce {

// Finds many literal phrases in one pass (Aho-Corasick), case-insensitively: phrases and text are
// compared after simple lower-casing. Built once, then const and thread-safe.
class PhraseMatcher final {
public:
    struct Hit {
        int id = -1;          // the id given to add()
        qsizetype start = -1; // in the text
        qsizetype end = -1;
    };

    void add(const QString& phrase, int id);
    void build(); // after the last add(), before the first match

    // Every hit, in order of where it ends. At most maxHits.
    std::vector<Hit> findAll(QStringView text, size_t maxHits = 4096) const;
    bool isEmpty() const { return m_nodes.size() <= 1; }

private:
    struct Edge {
        char16_t c;
        int next;
    };
    struct Node {
        std::vector<Edge> edges; // sorted by c
        int fail = 0;
        int outputLink = -1;                      // nearest node on the fail chain that ends a phrase
        std::vector<std::pair<int, int>> outputs; // {id, phrase length}
    };

    int child(int node, char16_t c) const;
    int symbolOf(char16_t c) const;
    void renumberBreadthFirst();
    int step(int node, int symbol) const;

    std::vector<Node> m_nodes{1};
    // After build(): nodes are numbered breadth first, and the automaton's transitions are a table
    // over the phrases' alphabet (symbol 0 is "any other character") for the first kDenseNodes nodes
    // (the shallow ones, where matching spends its time: one lookup per character, in a table that
    // stays in the cache); a deeper node has its own edges and falls back to its fail target.
    static constexpr size_t kDenseNodes = 1024;
    std::vector<int> m_symbolOfAscii;                      // 128 entries; A-Z as a-z
    std::vector<std::pair<char16_t, int>> m_symbolOfOther; // sorted, for non-ASCII characters
    int m_symbols = 1;
    int m_dense = 0;                          // nodes with a row in m_next
    std::vector<int> m_next;                  // node * m_symbols + symbol, for node < m_dense
    std::vector<int> m_fail;                  // per node
    std::vector<int> m_edgeFrom;              // per node and one more: where its edges start in m_edges
    std::vector<std::pair<int, int>> m_edges; // {symbol, next} of the nodes from m_dense on
    std::vector<char> m_emits;                // per node: it or its output chain ends a phrase
};

} // namespace rebound::bounce
