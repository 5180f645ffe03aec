// The bounce JSON is written straight from the structs (util::JsonWriter): it must be the bytes
// QJsonDocument writes for the same object, in both layouts, for any text (rebound-cli's output is
// compared byte for byte by scripts and by earlier versions).
#include "core/bounce/bounceanalyzer.h"
#include "core/bounce/bouncejson.h"
#include "core/util/jsonwriter.h"
#include "lab/shareddata.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QByteArray qtBytes(const QJsonObject& object, bool compact) {
    return QJsonDocument(object).toJson(compact ? QJsonDocument::Compact : QJsonDocument::Indented);
}

// Text that exercises every branch of the escaping: named and \u00XX controls, quotes, DEL, 2-, 3-
// and 4-byte UTF-8, and UTF-16 units that are not part of a valid pair.
QString awkwardText() {
    QString s = u"plain \" \\ / \b\f\n\r\t \x01\x1f\x7f é \u0085 \u2028 \u202e 😀"_s;
    s += QChar(0xd800); // lone high surrogate, then a letter
    s += u'x';
    s += QChar(0xdc00); // lone low surrogate
    s += QChar(0xd83d); // high surrogate, then another high one that starts a valid pair
    s += QChar(0xd83d);
    s += QChar(0xde00);
    s += QChar(0xdbff); // lone high surrogate at the end
    return s;
}

} // namespace

class TestBounceJson : public QObject {
    Q_OBJECT

private slots:
    void writerMatchesQJsonDocument() {
        const QString text = awkwardText();
        const QJsonObject expected{
            {u"a"_s, QJsonArray{}},
            {u"b"_s, QJsonObject{}},
            {u"c"_s, QJsonArray{text, 0, -7, qint64(1) << 40, true, false, QJsonValue(QJsonValue::Null)}},
            {u"d"_s, QJsonObject{{u"e"_s, QJsonArray{QJsonObject{{u"f"_s, u""_s}}}}}},
            {u"g"_s, text},
        };
        for (const bool compact : {true, false}) {
            QByteArray bytes;
            rebound::util::JsonWriter json(bytes, compact);
            json.beginObject();
            json.key("a").beginArray();
            json.endArray();
            json.key("b").beginObject();
            json.endObject();
            json.key("c").beginArray();
            json.string(text);
            json.integer(0);
            json.integer(-7);
            json.integer(qint64(1) << 40);
            json.boolean(true);
            json.boolean(false);
            json.null();
            json.endArray();
            json.key("d").beginObject();
            json.key("e").beginArray();
            json.beginObject();
            json.key("f").string(u"");
            json.endObject();
            json.endArray();
            json.endObject();
            json.key("g").string(text);
            json.endObject();
            if (!compact)
                bytes += '\n';
            QCOMPARE(bytes, qtBytes(expected, compact));
        }
    }

    // Over real bounces, hostile text among them: toJsonBytes() is QJsonDocument's writing of the
    // object it describes (member order, escaping, layout).
    void analysesMatchQJsonDocument() {
        const QString corpus = rebound::lab::sharedPath(u"corpora/bounces/sisimai-dev"_s);
        REBOUND_REQUIRE_SHARED(corpus);
        QList<QByteArray> inputs;
        for (const QString& name : QDir(corpus).entryList(QDir::Files, QDir::Name)) {
            QFile file(corpus + u'/' + name);
            QVERIFY(file.open(QIODevice::ReadOnly));
            inputs.append(file.readAll());
        }
        inputs.append((u"550 5.1.1 <a@example.com>: unknown user "_s + awkwardText() + u"\n"_s).toUtf8());
        inputs.append(inputs.first() + "\n\nFrom MAILER-DAEMON Thu Jan  1 00:00:00 2026\n" + inputs.last());
        for (const QByteArray& input : std::as_const(inputs)) {
            const rebound::bounce::BounceAnalysis a = rebound::bounce::analyzeBounce(input);
            const QJsonObject object = rebound::bounce::toJson(a);
            QVERIFY(!object.isEmpty());
            for (const bool compact : {true, false})
                QCOMPARE(rebound::bounce::toJsonBytes(a, compact), qtBytes(object, compact));
        }
    }
};

QTEST_GUILESS_MAIN(TestBounceJson)
#include "test_bounce_json.moc"
