#include "core/report/pdfattachment.h"

#include "core/report/reportwords.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QHash>

using namespace Qt::StringLiterals;

namespace rebound::report {

namespace {

constexpr qsizetype kMaxPdfBytes = 512 * 1024 * 1024;
constexpr qsizetype kMaxEmbeddedBytes = 64 * 1024 * 1024;
constexpr int kMaxXrefSections = 64;
constexpr int kMaxDepth = 32;

bool fail(QString* error, const QString& message) {
    if (error)
        *error = message;
    return false;
}

bool isWhite(char c) {
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\0';
}

bool isDelimiter(char c) {
    return c == '(' || c == ')' || c == '<' || c == '>' || c == '[' || c == ']' || c == '{' || c == '}'
           || c == '/' || c == '%';
}

// A minimal reader of PDF syntax (ISO 32000-1 7.2-7.3): enough to walk the trailer, the catalog and
// the name tree, and to skip strings, comments and nested containers correctly.
class Lexer {
public:
    Lexer(const QByteArray& data, qsizetype pos)
        : m_data(&data)
        , m_pos(pos) {}

    qsizetype pos() const { return m_pos; }

    void skipWhite() {
        while (m_pos < m_data->size()) {
            if (isWhite((*m_data)[m_pos])) {
                ++m_pos;
            } else if ((*m_data)[m_pos] == '%') {
                while (m_pos < m_data->size() && (*m_data)[m_pos] != '\n' && (*m_data)[m_pos] != '\r')
                    ++m_pos;
            } else {
                break;
            }
        }
    }

    // The raw bytes of the next object: a dictionary, an array, a string, a name, a number, a keyword.
    // An indirect reference "n g R" comes back whole. Empty at the end or on malformed input.
    QByteArray next(int depth = 0) {
        skipWhite();
        if (m_pos >= m_data->size() || depth > kMaxDepth)
            return {};
        const qsizetype start = m_pos;
        const char c = (*m_data)[m_pos];
        if (c == '<' && peek(1) == '<') {
            m_pos += 2;
            while (true) {
                skipWhite();
                if (m_pos >= m_data->size())
                    return {};
                if ((*m_data)[m_pos] == '>' && peek(1) == '>') {
                    m_pos += 2;
                    break;
                }
                if (next(depth + 1).isEmpty())
                    return {};
            }
        } else if (c == '[') {
            ++m_pos;
            while (true) {
                skipWhite();
                if (m_pos >= m_data->size())
                    return {};
                if ((*m_data)[m_pos] == ']') {
                    ++m_pos;
                    break;
                }
                if (next(depth + 1).isEmpty())
                    return {};
            }
        } else if (c == '(') {
            int nesting = 0;
            while (m_pos < m_data->size()) {
                const char s = (*m_data)[m_pos++];
                if (s == '\\') {
                    ++m_pos;
                } else if (s == '(') {
                    ++nesting;
                } else if (s == ')' && --nesting == 0) {
                    break;
                }
            }
            if (nesting != 0)
                return {};
        } else if (c == '<') {
            const qsizetype end = m_data->indexOf('>', m_pos);
            if (end < 0)
                return {};
            m_pos = end + 1;
        } else if (c == '/') {
            ++m_pos;
            while (m_pos < m_data->size() && !isWhite((*m_data)[m_pos]) && !isDelimiter((*m_data)[m_pos]))
                ++m_pos;
        } else if (c == ')' || c == '>' || c == ']' || c == '{' || c == '}') {
            return {};
        } else {
            while (m_pos < m_data->size() && !isWhite((*m_data)[m_pos]) && !isDelimiter((*m_data)[m_pos]))
                ++m_pos;
            // "n g R": an indirect reference reads as one object.
            const QByteArray first = m_data->mid(start, m_pos - start);
            if (isUnsigned(first)) {
                const qsizetype save = m_pos;
                Lexer ahead(*m_data, m_pos);
                const QByteArray generation = ahead.next(kMaxDepth);
                const QByteArray r = ahead.next(kMaxDepth);
                if (isUnsigned(generation) && r == "R")
                    m_pos = ahead.pos();
                else
                    m_pos = save;
            }
        }
        return m_data->mid(start, m_pos - start);
    }

    static bool isUnsigned(const QByteArray& token) {
        if (token.isEmpty() || token.size() > 10)
            return false;
        for (const char c : token) {
            if (c < '0' || c > '9')
                return false;
        }
        return true;
    }

private:
    char peek(int ahead) const { return m_pos + ahead < m_data->size() ? (*m_data)[m_pos + ahead] : '\0'; }

    const QByteArray* m_data;
    qsizetype m_pos;
};

// The value of /key in a dictionary's raw bytes, at the top level only.
QByteArray dictValue(const QByteArray& dict, const QByteArray& key) {
    if (!dict.startsWith("<<"))
        return {};
    Lexer lexer(dict, 2);
    while (true) {
        const QByteArray name = lexer.next();
        if (name.isEmpty() || name == ">")
            return {};
        const QByteArray value = lexer.next();
        if (value.isEmpty())
            return {};
        if (name == "/" + key)
            return value;
    }
}

// The top-level entries of a dictionary, in order, without the ones named in `drop`.
QByteArray dictWithout(const QByteArray& dict, const QList<QByteArray>& drop) {
    QByteArray out;
    Lexer lexer(dict, 2);
    while (true) {
        const QByteArray name = lexer.next();
        if (!name.startsWith('/'))
            break;
        const QByteArray value = lexer.next();
        if (value.isEmpty())
            break;
        if (!drop.contains(name.mid(1)))
            out += name + ' ' + value + '\n';
    }
    return out;
}

int referenceNumber(const QByteArray& value) {
    const QList<QByteArray> parts = value.simplified().split(' ');
    if (parts.size() != 3 || parts[2] != "R" || !Lexer::isUnsigned(parts[0]))
        return -1;
    return parts[0].toInt();
}

QByteArray literalString(const QString& text) {
    QByteArray out = "(";
    for (const char c : text.toLatin1()) {
        if (c == '(' || c == ')' || c == '\\')
            out += '\\';
        out += c;
    }
    return out + ')';
}

QString stringValue(const QByteArray& token) {
    if (token.startsWith('(') && token.endsWith(')')) {
        QByteArray out;
        for (qsizetype i = 1; i + 1 < token.size(); ++i) {
            if (token[i] == '\\' && i + 2 < token.size())
                ++i;
            out += token[i];
        }
        if (out.startsWith("\xfe\xff"))
            return QString::fromUtf16(reinterpret_cast<const char16_t*>(out.constData() + 2),
                                      (out.size() - 2) / 2);
        return QString::fromLatin1(out);
    }
    if (token.startsWith('<') && token.endsWith('>'))
        return QString::fromLatin1(QByteArray::fromHex(token.mid(1, token.size() - 2)));
    return {};
}

// The cross-reference data of a PDF with classic xref tables.
struct Xref {
    QHash<int, qsizetype> offsets; // newest section wins
    QByteArray trailer;            // the newest trailer dictionary
    qsizetype lastXref = -1;
    int size = 0;
};

qsizetype lastStartXref(const QByteArray& pdf) {
    const qsizetype at = pdf.lastIndexOf("startxref", pdf.size() - 1);
    if (at < 0)
        return -1;
    Lexer lexer(pdf, at + 9);
    const QByteArray number = lexer.next();
    if (!Lexer::isUnsigned(number))
        return -1;
    return number.toLongLong();
}

bool readXref(const QByteArray& pdf, Xref& xref, QString* error) {
    qsizetype at = lastStartXref(pdf);
    xref.lastXref = at;
    for (int sections = 0; at >= 0; ++sections) {
        if (sections >= kMaxXrefSections || at >= pdf.size())
            return fail(error, words::tr("The PDF's cross-reference chain is broken or too long."));
        if (pdf.mid(at, 4) != "xref")
            return fail(error, words::tr("The PDF uses a cross-reference stream, which is not supported."));
        Lexer lexer(pdf, at + 4);
        while (true) {
            const QByteArray first = lexer.next();
            if (first == "trailer")
                break;
            const QByteArray count = lexer.next();
            if (!Lexer::isUnsigned(first) || !Lexer::isUnsigned(count) || count.toLongLong() > 10'000'000)
                return fail(error, words::tr("The PDF's cross-reference table is malformed."));
            lexer.skipWhite();
            qsizetype entry = lexer.pos();
            for (int i = 0; i < count.toInt(); ++i, entry += 20) {
                if (entry + 18 > pdf.size())
                    return fail(error, words::tr("The PDF's cross-reference table is cut short."));
                const int number = first.toInt() + i;
                if (pdf[entry + 17] == 'n' && !xref.offsets.contains(number))
                    xref.offsets.insert(number, pdf.mid(entry, 10).toLongLong());
                else if (!xref.offsets.contains(number))
                    xref.offsets.insert(number, -1);
            }
            lexer = Lexer(pdf, entry);
        }
        const QByteArray trailer = lexer.next();
        if (!trailer.startsWith("<<"))
            return fail(error, words::tr("The PDF's trailer is malformed."));
        if (xref.trailer.isEmpty()) {
            xref.trailer = trailer;
            xref.size = dictValue(trailer, "Size").toInt();
        }
        const QByteArray prev = dictValue(trailer, "Prev");
        at = Lexer::isUnsigned(prev) ? prev.toLongLong() : -1;
    }
    if (xref.trailer.isEmpty() || xref.size <= 0)
        return fail(error, words::tr("The PDF has no usable trailer."));
    return true;
}

// The object's value ("<<...>>" or other) and, for a stream, where its data starts.
QByteArray objectValue(const QByteArray& pdf, const Xref& xref, int number,
                       qsizetype* streamStart = nullptr) {
    const qsizetype offset = xref.offsets.value(number, -1);
    if (offset < 0 || offset >= pdf.size())
        return {};
    Lexer lexer(pdf, offset);
    if (lexer.next().toInt() != number || !Lexer::isUnsigned(lexer.next()) || lexer.next() != "obj")
        return {};
    const QByteArray value = lexer.next();
    if (streamStart) {
        Lexer after(pdf, lexer.pos());
        if (after.next() == "stream") {
            qsizetype start = after.pos();
            if (start < pdf.size() && pdf[start] == '\r')
                ++start;
            if (start < pdf.size() && pdf[start] == '\n')
                ++start;
            *streamStart = start;
        } else {
            *streamStart = -1;
        }
    }
    return value;
}

// A value that may be an indirect reference, resolved once.
QByteArray resolve(const QByteArray& pdf, const Xref& xref, const QByteArray& value) {
    const int number = referenceNumber(value);
    return number < 0 ? value : objectValue(pdf, xref, number);
}

QByteArray pdfDate(const QDateTime& utc) {
    return "(D:" + utc.toString(u"yyyyMMddHHmmss"_s).toLatin1() + "Z)";
}

void findInNameTree(const QByteArray& pdf, const Xref& xref, const QByteArray& node, const QString& fileName,
                    int depth, QByteArray& found) {
    if (depth > kMaxDepth || !found.isEmpty())
        return;
    const QByteArray names = resolve(pdf, xref, dictValue(node, "Names"));
    if (names.startsWith('[')) {
        Lexer lexer(names, 1);
        while (found.isEmpty()) {
            const QByteArray key = lexer.next();
            if (key.isEmpty() || key == "]")
                break;
            const QByteArray value = lexer.next();
            if (value.isEmpty())
                break;
            if (fileName.isEmpty() || stringValue(key) == fileName)
                found = value;
        }
    }
    const QByteArray kids = resolve(pdf, xref, dictValue(node, "Kids"));
    if (kids.startsWith('[')) {
        Lexer lexer(kids, 1);
        while (found.isEmpty()) {
            const QByteArray kid = lexer.next();
            if (kid.isEmpty() || kid == "]")
                break;
            findInNameTree(pdf, xref, resolve(pdf, xref, kid), fileName, depth + 1, found);
        }
    }
}

} // namespace

bool attachFileToPdf(QByteArray& pdf, const PdfAttachment& attachment, QString* error) {
    if (pdf.size() > kMaxPdfBytes || attachment.data.size() > kMaxEmbeddedBytes)
        return fail(error, words::tr("The PDF or the attachment is too large."));
    Xref xref;
    if (!readXref(pdf, xref, error))
        return false;
    const int root = referenceNumber(dictValue(xref.trailer, "Root"));
    const QByteArray catalog = objectValue(pdf, xref, root);
    if (root < 0 || !catalog.startsWith("<<"))
        return fail(error, words::tr("The PDF has no readable catalog."));
    if (!dictValue(catalog, "Names").isEmpty() || !dictValue(catalog, "AF").isEmpty())
        return fail(error, words::tr("The PDF already has a name dictionary; attaching is not supported."));

    const int fileObject = xref.size;
    const int specObject = xref.size + 1;
    QByteArray compressed = qCompress(attachment.data, 9);
    compressed.remove(0, 4); // qCompress puts a 4-byte length before the zlib stream
    const QByteArray md5 = QCryptographicHash::hash(attachment.data, QCryptographicHash::Md5).toHex();
    const QByteArray date = pdfDate(QDateTime::currentDateTimeUtc());
    QByteArray mime = attachment.mimeType;
    mime.replace("/", "#2F");

    QByteArray update;
    if (!pdf.endsWith('\n'))
        update += '\n';
    QHash<int, qsizetype> offsets;
    offsets.insert(fileObject, pdf.size() + update.size());
    update += QByteArray::number(fileObject) + " 0 obj\n<< /Type /EmbeddedFile /Subtype /" + mime
              + " /Filter /FlateDecode /Length " + QByteArray::number(compressed.size())
              + " /Params << /Size " + QByteArray::number(attachment.data.size()) + " /ModDate " + date
              + " /CheckSum <" + md5 + "> >> >>\nstream\n" + compressed + "\nendstream\nendobj\n";
    offsets.insert(specObject, pdf.size() + update.size());
    const QByteArray name = literalString(attachment.fileName);
    update += QByteArray::number(specObject) + " 0 obj\n<< /Type /Filespec /F " + name + " /UF " + name
              + " /Desc " + literalString(attachment.description) + " /AFRelationship /Data /EF << /F "
              + QByteArray::number(fileObject) + " 0 R /UF " + QByteArray::number(fileObject)
              + " 0 R >> >>\nendobj\n";
    offsets.insert(root, pdf.size() + update.size());
    const QByteArray spec = QByteArray::number(specObject) + " 0 R";
    update += QByteArray::number(root) + " 0 obj\n<<\n" + dictWithout(catalog, {})
              + "/Names << /EmbeddedFiles << /Names [" + name + ' ' + spec + "] >> >>\n/AF [" + spec
              + "]\n>>\nendobj\n";

    const qsizetype xrefOffset = pdf.size() + update.size();
    update += "xref\n";
    auto entry = [&](int number) -> QByteArray {
        return QByteArray::number(offsets.value(number)).rightJustified(10, '0') + " 00000 n\r\n";
    };
    update += QByteArray::number(root) + " 1\n" + entry(root);
    update += QByteArray::number(fileObject) + " 2\n" + entry(fileObject) + entry(specObject);
    QByteArray trailer = "<< /Size " + QByteArray::number(specObject + 1) + " /Root "
                         + QByteArray::number(root) + " 0 R /Prev " + QByteArray::number(xref.lastXref);
    for (const char* key : {"Info", "ID"}) {
        const QByteArray value = dictValue(xref.trailer, key);
        if (!value.isEmpty())
            trailer += " /" + QByteArray(key) + ' ' + value;
    }
    update += "trailer\n" + trailer + " >>\nstartxref\n" + QByteArray::number(xrefOffset) + "\n%%EOF\n";
    pdf += update;
    return true;
}

std::optional<QByteArray> embeddedFileFromPdf(const QByteArray& pdf, const QString& fileName,
                                              QString* error) {
    if (pdf.size() > kMaxPdfBytes || !pdf.startsWith("%PDF-")) {
        fail(error, words::tr("Not a PDF file."));
        return std::nullopt;
    }
    Xref xref;
    if (!readXref(pdf, xref, error))
        return std::nullopt;
    const QByteArray catalog = resolve(pdf, xref, dictValue(xref.trailer, "Root"));
    const QByteArray names = resolve(pdf, xref, dictValue(catalog, "Names"));
    const QByteArray tree = resolve(pdf, xref, dictValue(names, "EmbeddedFiles"));
    QByteArray specValue;
    if (tree.startsWith("<<"))
        findInNameTree(pdf, xref, tree, fileName, 0, specValue);
    const QByteArray spec = resolve(pdf, xref, specValue);
    const QByteArray ef = resolve(pdf, xref, dictValue(spec, "EF"));
    QByteArray fileRef = dictValue(ef, "UF");
    if (referenceNumber(fileRef) < 0)
        fileRef = dictValue(ef, "F");
    qsizetype start = -1;
    const QByteArray streamDict = objectValue(pdf, xref, referenceNumber(fileRef), &start);
    if (!streamDict.startsWith("<<") || start < 0) {
        fail(
            error,
            words::tr("The PDF has no embedded file named %1.").arg(fileName.isEmpty() ? u"*"_s : fileName));
        return std::nullopt;
    }
    const QByteArray lengthValue = resolve(pdf, xref, dictValue(streamDict, "Length")).trimmed();
    const qint64 length = Lexer::isUnsigned(lengthValue) ? lengthValue.toLongLong() : -1;
    if (length < 0 || length > kMaxEmbeddedBytes || start + length > pdf.size()) {
        fail(error, words::tr("The embedded file's length is missing or wrong."));
        return std::nullopt;
    }
    const QByteArray raw = pdf.mid(start, length);
    const QByteArray filter = dictValue(streamDict, "Filter");
    if (filter.isEmpty())
        return raw;
    if (filter != "/FlateDecode") {
        fail(error, words::tr("The embedded file uses an unsupported filter."));
        return std::nullopt;
    }
    const QByteArray params = resolve(pdf, xref, dictValue(streamDict, "Params"));
    const qint64 declared = dictValue(params, "Size").toLongLong();
    if (declared > kMaxEmbeddedBytes) {
        fail(error, words::tr("The embedded file is too large."));
        return std::nullopt;
    }
    // qUncompress wants the expected size first; it is only a hint for the first buffer.
    const quint32 hint =
        quint32(qBound<qint64>(1, declared > 0 ? declared : raw.size() * 4, kMaxEmbeddedBytes));
    QByteArray prefixed;
    prefixed.reserve(raw.size() + 4);
    prefixed.append(char(hint >> 24)).append(char(hint >> 16)).append(char(hint >> 8)).append(char(hint));
    prefixed.append(raw);
    QByteArray data = qUncompress(prefixed);
    if (data.isEmpty() && !raw.isEmpty()) {
        fail(error, words::tr("The embedded file could not be decompressed."));
        return std::nullopt;
    }
    if (data.size() > kMaxEmbeddedBytes) {
        fail(error, words::tr("The embedded file is too large."));
        return std::nullopt;
    }
    return data;
}

} // namespace rebound::report
