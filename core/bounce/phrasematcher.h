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

    std::vector<Node> m_nodes{1};
    // After build(): a complete transition table over the phrases' alphabet (symbol 0 is "any other
    // character"), so matching costs one lookup per character.
    std::vector<int> m_symbolOfAscii;                      // 128 entries; A-Z as a-z
    std::vector<std::pair<char16_t, int>> m_symbolOfOther; // sorted, for non-ASCII characters
    int m_symbols = 1;
    std::vector<int> m_next;   // node * m_symbols + symbol
    std::vector<char> m_emits; // per node: it or its output chain ends a phrase
};

} // namespace rebound::bounce
