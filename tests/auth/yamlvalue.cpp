#include "yamlvalue.h"

#include <QFile>
#include <QVariantMap>

#include <vector>
#include <yaml.h>

namespace rebound::testing {
namespace {

// One open collection while the events stream in; a map waits for its key before each value.
struct Frame {
    bool isMap = false;
    QVariantMap map;
    QVariantList list;
    QString pendingKey;
    bool haveKey = false;

    QVariant value() const { return isMap ? QVariant(map) : QVariant(list); }
    void add(const QVariant& v) {
        if (!isMap) {
            list << v;
        } else if (!haveKey) {
            pendingKey = v.toString();
            haveKey = true;
        } else {
            map.insert(pendingKey, v);
            haveKey = false;
        }
    }
};

} // namespace

QVariantList readYamlDocuments(const QString& path, QString* error) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    const QByteArray bytes = file.readAll();
    yaml_parser_t parser;
    yaml_parser_initialize(&parser);
    yaml_parser_set_input_string(&parser, reinterpret_cast<const unsigned char*>(bytes.constData()),
                                 size_t(bytes.size()));
    QVariantList documents;
    std::vector<Frame> stack;
    QVariant documentValue;
    bool done = false;
    while (!done) {
        yaml_event_t event;
        if (!yaml_parser_parse(&parser, &event)) {
            *error = QStringLiteral("YAML error at line %1: %2")
                         .arg(parser.problem_mark.line + 1)
                         .arg(QString::fromUtf8(parser.problem ? parser.problem : "unknown"));
            yaml_parser_delete(&parser);
            return {};
        }
        auto push = [&](const QVariant& v) {
            if (stack.empty())
                documentValue = v;
            else
                stack.back().add(v);
        };
        switch (event.type) {
        case YAML_STREAM_END_EVENT:
            done = true;
            break;
        case YAML_DOCUMENT_END_EVENT:
            documents << documentValue;
            documentValue = QVariant();
            break;
        case YAML_MAPPING_START_EVENT:
        case YAML_SEQUENCE_START_EVENT: {
            Frame frame;
            frame.isMap = event.type == YAML_MAPPING_START_EVENT;
            stack.push_back(frame);
            break;
        }
        case YAML_MAPPING_END_EVENT:
        case YAML_SEQUENCE_END_EVENT: {
            const QVariant v = stack.back().value();
            stack.pop_back();
            push(v);
            break;
        }
        case YAML_SCALAR_EVENT:
            push(QString::fromUtf8(reinterpret_cast<const char*>(event.data.scalar.value),
                                   qsizetype(event.data.scalar.length)));
            break;
        default:
            break;
        }
        yaml_event_delete(&event);
    }
    yaml_parser_delete(&parser);
    return documents;
}

} // namespace rebound::testing
