#include "app/cli/output.h"

#include "core/util/jsonutil.h"

#include <QFile>
#include <QIODevice>

#include <cstdio>

namespace rebound::cli {
namespace {

// The last line of defence between untrusted text and the user's terminal: every byte the commands
// write to stdout or stderr passes here, and no C0/C1 control (other than line feed and tab), DEL or
// bidi override leaves raw; each becomes a visible \uXXXX. JSON stays valid and means the same (raw
// controls cannot stand outside JSON strings, and inside one \uXXXX is the same character), so a
// script reading the JSON sees no difference while a person's terminal runs no escape sequence.
class TerminalSafeDevice final : public QIODevice {
public:
    explicit TerminalSafeDevice(FILE* stream) {
        m_file.open(stream, QIODevice::WriteOnly | QIODevice::Unbuffered);
        open(QIODevice::WriteOnly | QIODevice::Unbuffered);
    }

protected:
    qint64 readData(char*, qint64) override { return -1; }

    qint64 writeData(const char* data, qint64 size) override {
        QByteArray bytes = m_carry + QByteArray::fromRawData(data, size);
        m_carry.clear();
        // A UTF-8 sequence cut by the stream's buffer waits for its end.
        const qsizetype cut = incompleteTail(bytes);
        if (cut > 0) {
            m_carry = bytes.right(cut);
            bytes.chop(cut);
        }
        const QByteArray safe = util::neutraliseUnsafeUtf8(bytes);
        m_file.write(safe);
        m_file.flush();
        return size;
    }

private:
    static qsizetype incompleteTail(const QByteArray& bytes) {
        for (qsizetype back = 1; back <= 3 && back <= bytes.size(); ++back) {
            const auto c = static_cast<unsigned char>(bytes.at(bytes.size() - back));
            if ((c & 0xc0) == 0x80)
                continue; // a continuation byte: look further back for the lead
            const int len = (c & 0xe0) == 0xc0 ? 2 : (c & 0xf0) == 0xe0 ? 3 : (c & 0xf8) == 0xf0 ? 4 : 1;
            return len > back ? back : 0;
        }
        return 0;
    }

    QFile m_file;
    QByteArray m_carry;
};

} // namespace

// The device outlives its stream (destroyed in reverse order), so what is still buffered at exit is
// written through it.
static TerminalSafeDevice& stdoutDevice() {
    static TerminalSafeDevice device(stdout);
    return device;
}

QTextStream& out() {
    static QTextStream stream(&stdoutDevice());
    return stream;
}

QTextStream& err() {
    static TerminalSafeDevice device(stderr);
    static QTextStream stream(&device);
    return stream;
}

void printJson(const QJsonObject& object, bool compact) {
    out() << QString::fromUtf8(
        QJsonDocument(object).toJson(compact ? QJsonDocument::Compact : QJsonDocument::Indented));
    if (compact)
        out() << '\n';
    out().flush();
}

void writeBytes(QByteArrayView bytes) {
    out().flush();
    stdoutDevice().write(bytes.data(), bytes.size()); // through the same terminal-safe filter
}

void flushBytes() {
    out().flush(); // the device itself writes through at once
}

int fail(int code, const QString& message) {
    out().flush();
    err() << "rebound-cli: " << message << Qt::endl;
    return code;
}

int findingsExitCode(const QList<Finding>& findings, bool couldNotCheck) {
    if (couldNotCheck)
        return 3;
    for (const Finding& f : findings) {
        if (f.severity == Severity::Error || f.severity == Severity::Critical)
            return 1;
    }
    return 0;
}

} // namespace rebound::cli
