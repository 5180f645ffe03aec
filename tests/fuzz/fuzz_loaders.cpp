// libFuzzer target for the data-file loaders: the first byte picks the loader (blocklist catalog,
// diagnosis rulebook, SMTP findings, one of the four bounce knowledge files with the other three as
// shipped), the rest is the file. A bad file is refused with a message; nothing crashes.
#include "core/blocklist/blocklistcatalog.h"
#include "core/bounce/bounceknowledge.h"
#include "core/diagnosis/rulebook.h"
#include "core/smtp/smtpknowledge.h"
#include "fuzzcheck.h"

#include <QFile>
#include <QHash>

using namespace Qt::StringLiterals;

using rebound::fuzz::require;

namespace {

const QHash<QString, QByteArray>& shippedBounceFiles() {
    static const QHash<QString, QByteArray> files = [] {
        QHash<QString, QByteArray> read;
        for (const QString& name : {u"reasons"_s, u"providers"_s, u"blocklists"_s, u"formats"_s}) {
            QFile file(u":/bounce/"_s + name + u".json"_s);
            require(file.open(QIODevice::ReadOnly), "embedded bounce knowledge readable");
            read.insert(name, file.readAll());
        }
        return read;
    }();
    return files;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size < 1)
        return 0;
    const QByteArray file = rebound::fuzz::bytes(data + 1, size - 1);
    switch (data[0] % 7) {
    case 0: {
        const rebound::blocklist::BlocklistCatalog catalog =
            rebound::blocklist::BlocklistCatalog::fromJson(file);
        require(catalog.isValid() || catalog.entries().isEmpty(), "an invalid catalog loads nothing");
        break;
    }
    case 1: {
        QString error;
        const std::optional<rebound::diagnosis::Rulebook> book =
            rebound::diagnosis::parseRulebook(file, &error);
        require(book.has_value() || !error.isEmpty(), "a refused rulebook says why");
        break;
    }
    case 2: {
        rebound::smtp::SmtpKnowledge knowledge;
        QString error;
        if (knowledge.load(file, &error)) {
            for (const QString& id : knowledge.ids())
                (void)knowledge.finding(id, {{u"host"_s, u"mx.example.com"_s}});
        } else {
            require(!error.isEmpty(), "a refused findings file says why");
        }
        break;
    }
    default: {
        static const QString names[] = {u"reasons"_s, u"providers"_s, u"blocklists"_s, u"formats"_s};
        QHash<QString, QByteArray> files = shippedBounceFiles();
        files.insert(names[data[0] % 7 - 3], file);
        (void)rebound::bounce::BounceKnowledge::fromJson(files);
        break;
    }
    }
    return 0;
}
