#include "core/bounce/charsetdecoder.h"

#include "core/bounce/textmatch.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>

#include <cerrno>
#include <iconv.h>
#include <memory>
#include <unicode/ucnv.h>

using namespace Qt::StringLiterals;

namespace rebound::bounce {

namespace {

constexpr qsizetype kMaxCharsetName = 40;
constexpr qsizetype kMaxCachedConverters = 32;

// ICU's canonical name ("ibm-5348_P100-1997") for a label, or empty when ICU does not know it.
QByteArray icuName(const QByteArray& label) {
    UErrorCode status = U_ZERO_ERROR;
    const char* name = ucnv_getCanonicalName(label.constData(), "", &status);
    if (U_FAILURE(status) || !name) {
        status = U_ZERO_ERROR;
        UConverter* converter = ucnv_open(label.constData(), &status);
        if (U_FAILURE(status) || !converter)
            return {};
        name = ucnv_getName(converter, &status);
        const QByteArray result = U_SUCCESS(status) ? QByteArray(name) : QByteArray();
        ucnv_close(converter);
        return result;
    }
    return QByteArray(name);
}

// resources/bounce/charsets.json, keyed by ICU's canonical name so that every alias of a label
// ("latin1", "ISO_8859-1:1987", ...) is read the same way.
struct CharsetTable {
    QHash<QByteArray, QByteArray> superset; // canonical name -> label to read it with
    QByteArray unlabelled = "windows-1252";

    CharsetTable() {
        QFile file(u":/bounce/charsets.json"_s);
        if (!file.open(QIODevice::ReadOnly))
            return; // test_bounce_knowledge checks the file; without it labels are read as named
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        for (const QJsonValue& entry : root.value(u"read_as_superset"_s).toArray()) {
            const QByteArray label = entry[u"label"_s].toString().toLatin1();
            const QByteArray readAs = entry[u"read_as"_s].toString().toLatin1();
            const QByteArray canonical = icuName(label);
            if (!canonical.isEmpty() && !readAs.isEmpty())
                superset.insert(canonical, readAs);
        }
        if (const QString u = root.value(u"unlabelled"_s).toString(); !u.isEmpty())
            unlabelled = u.toLatin1();
    }

    static const CharsetTable& instance() {
        static const CharsetTable table;
        return table;
    }
};

struct IconvCloser {
    void operator()(void* cd) const { iconv_close(static_cast<iconv_t>(cd)); }
};

// One thread's open converters: opening one costs an alias lookup and an allocation, and a
// message's parts and encoded-words mostly share a charset.
class ConverterCache {
public:
    ~ConverterCache() {
        for (UConverter* converter : std::as_const(m_icu))
            if (converter)
                ucnv_close(converter);
    }

    // The converter that reads text labelled so (a superset where charsets.json says so), or nullptr
    // when ICU does not know the label (remembered, so an unknown name costs one lookup).
    UConverter* icu(const QByteArray& label) {
        if (const auto it = m_icu.constFind(label); it != m_icu.cend())
            return *it;
        UConverter* converter = open(label);
        if (converter) {
            // A label whose text is really written in a superset is read with the superset.
            UErrorCode status = U_ZERO_ERROR;
            const QByteArray superset =
                CharsetTable::instance().superset.value(QByteArray(ucnv_getName(converter, &status)));
            if (!superset.isEmpty()) {
                if (UConverter* wider = open(superset)) {
                    ucnv_close(converter);
                    converter = wider;
                }
            }
        }
        if (m_icu.size() >= kMaxCachedConverters) {
            // A hostile message may name thousands of charsets: keep the first few, open the rest
            // each time.
            m_uncached.reset(converter);
            return converter;
        }
        m_icu.insert(label, converter);
        return converter;
    }

private:
    static UConverter* open(const QByteArray& label) {
        UErrorCode status = U_ZERO_ERROR;
        UConverter* converter = ucnv_open(label.constData(), &status);
        if (U_FAILURE(status)) {
            if (converter)
                ucnv_close(converter);
            return nullptr;
        }
        return converter;
    }

    struct IcuCloser {
        void operator()(UConverter* c) const { ucnv_close(c); }
    };
    QHash<QByteArray, UConverter*> m_icu;
    std::unique_ptr<UConverter, IcuCloser> m_uncached;
};

ConverterCache& converters() {
    thread_local ConverterCache cache;
    return cache;
}

QString decodeWithIcu(UConverter* converter, QByteArrayView bytes) {
    ucnv_reset(converter); // ISO-2022-JP and UTF-7 carry state between calls
    // Each input byte yields at most one UTF-16 unit, except a GB18030 four-byte sequence (two).
    QString text(bytes.size() + 16, Qt::Uninitialized);
    UErrorCode status = U_ZERO_ERROR;
    int32_t length = ucnv_toUChars(converter, reinterpret_cast<UChar*>(text.data()), int32_t(text.size()),
                                   bytes.data(), int32_t(bytes.size()), &status);
    if (status == U_BUFFER_OVERFLOW_ERROR) {
        text.resize(length);
        status = U_ZERO_ERROR;
        ucnv_reset(converter);
        length = ucnv_toUChars(converter, reinterpret_cast<UChar*>(text.data()), int32_t(text.size()),
                               bytes.data(), int32_t(bytes.size()), &status);
    }
    if (U_FAILURE(status))
        return {};
    text.truncate(length);
    replaceLoneSurrogates(text); // UTF-7 and UTF-16 can spell one
    return text;
}

// glibc iconv, for the names ICU's data lacks. Invalid sequences become U+FFFD, one per byte.
bool decodeWithIconv(const QByteArray& label, QByteArrayView bytes, QString* text) {
    const iconv_t cd = iconv_open("UTF-16LE", label.constData());
    if (cd == reinterpret_cast<iconv_t>(-1))
        return false;
    const std::unique_ptr<void, IconvCloser> closer(cd);
    QByteArray out(bytes.size() * 4 + 16, Qt::Uninitialized);
    char* in = const_cast<char*>(bytes.data());
    size_t inLeft = size_t(bytes.size());
    char* dst = out.data();
    size_t outLeft = size_t(out.size());
    while (inLeft > 0) {
        if (iconv(cd, &in, &inLeft, &dst, &outLeft) != size_t(-1))
            break;
        if (errno == E2BIG || outLeft < 2)
            break; // cannot happen with four bytes out per byte in; stop rather than loop
        // EILSEQ or EINVAL: one byte it cannot read.
        *dst++ = char(0xFD);
        *dst++ = char(0xFF);
        outLeft -= 2;
        ++in;
        --inLeft;
    }
    *text = QString(reinterpret_cast<const QChar*>(out.constData()), (dst - out.constData()) / 2);
    replaceLoneSurrogates(*text);
    return true;
}

bool isAscii(QByteArrayView bytes) {
    unsigned char any = 0;
    for (const char c : bytes)
        any |= static_cast<unsigned char>(c);
    return any < 0x80;
}

// A charset name as it may be handed to ICU or iconv: no "//TRANSLIT" or other suffixes, bounded.
QByteArray cleanLabel(QByteArrayView charset) {
    QByteArray label = charset.trimmed().toByteArray().toLower();
    if (label.size() >= 2 && label.startsWith('"') && label.endsWith('"'))
        label = label.mid(1, label.size() - 2);
    if (label.size() > kMaxCharsetName)
        return "?";
    for (const char c : std::as_const(label)) {
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.'
              || c == ':'))
            return "?";
    }
    return label;
}

} // namespace

QString decodeUnlabelled(QByteArrayView bytes) {
    if (isAscii(bytes))
        return QString::fromLatin1(bytes);
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(bytes);
    if (!utf8.hasError())
        return text;
    if (UConverter* converter = converters().icu(CharsetTable::instance().unlabelled)) {
        text = decodeWithIcu(converter, bytes);
        if (!text.isNull() || bytes.isEmpty())
            return text;
    }
    return QString::fromLatin1(bytes);
}

QString decodeCharset(QByteArrayView bytes, QByteArrayView charset, bool* unknown) {
    if (unknown)
        *unknown = false;
    const QByteArray label = cleanLabel(charset);
    if (label.isEmpty() || label == "us-ascii" || label == "ascii")
        return decodeUnlabelled(bytes);
    if (label == "utf-8" || label == "utf8")
        return QString::fromUtf8(bytes);
    if (UConverter* converter = converters().icu(label)) {
        QString text = decodeWithIcu(converter, bytes);
        if (!text.isNull() || bytes.isEmpty())
            return text;
    }
    QString text;
    if (label != "?" && decodeWithIconv(label, bytes, &text))
        return text;
    if (unknown)
        *unknown = true;
    return decodeUnlabelled(bytes);
}

} // namespace rebound::bounce
