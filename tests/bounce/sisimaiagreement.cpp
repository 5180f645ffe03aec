#include "sisimaiagreement.h"

#include "core/bounce/bounceanalyzer.h"

#include <QCryptographicHash>
#include <QDebug>
#include <QFile>
#include <QHash>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace rebound::bounce::testing {

bool isHeldBack(const QString& file) {
    const QByteArray digest = QCryptographicHash::hash(file.toUtf8(), QCryptographicHash::Md5);
    return (quint8(digest.at(0)) & 1) != 0;
}

SisimaiAgreement scoreAgainstSisimai(const QString& verdictsTsv, const QString& directory, const char* name) {
    SisimaiAgreement score;
    QFile verdicts(verdictsTsv);
    if (!verdicts.open(QIODevice::ReadOnly | QIODevice::Text)) {
        score.error = verdictsTsv + u": "_s + verdicts.errorString();
        return score;
    }
    const bool verbose = qEnvironmentVariableIsSet("REBOUND_BOUNCE_VERBOSE");
    const QString onlyHalf = qEnvironmentVariable("REBOUND_BOUNCE_HALF");
    QHash<QString, BounceAnalysis> analyses;
    while (!verdicts.atEnd()) {
        const QStringList f = QString::fromUtf8(verdicts.readLine()).trimmed().split(u'\t');
        if (f.size() < 3 || f.at(0).startsWith(u'#') || f.at(0) == u"file")
            continue;
        const QString& file = f.at(0);
        if (!analyses.contains(file)) {
            QFile bounce(directory + u'/' + file);
            if (!bounce.open(QIODevice::ReadOnly)) {
                score.error = bounce.fileName() + u": "_s + bounce.errorString();
                return score;
            }
            analyses.insert(file, analyzeBounce(bounce.readAll()));
        }
        QString got = u"(not reported)"_s;
        int gotReply = 0;
        for (const BounceRecipient& r : analyses.value(file).recipients) {
            if (r.recipient.compare(f.at(1), Qt::CaseInsensitive) == 0) {
                got = r.reason;
                gotReply = r.replyCode;
            }
        }
        const bool held = isHeldBack(file);
        const bool listed = verbose && (onlyHalf.isEmpty() || (onlyHalf == u"heldback") == held);
        Half& half = held ? score.heldBack : score.tune;
        ++half.rows;
        half.reasonAgree += got == f.at(2);
        if (listed && got != f.at(2))
            qInfo().noquote() << file << f.at(1) << "want" << f.at(2) << "got" << got;
        if (const int want = f.value(4).toInt(); want > 0) {
            ++half.replyRows;
            half.replyAgree += gotReply == want;
            if (listed && gotReply != want)
                qInfo().noquote() << file << f.at(1) << "reply code want" << want << "got" << gotReply;
        }
    }
    qInfo("%s: reason agreement with Sisimai %d/%d (tune half %d/%d, held-back half %d/%d)", name,
          score.reasonAgree(), score.rows(), score.tune.reasonAgree, score.tune.rows,
          score.heldBack.reasonAgree, score.heldBack.rows);
    qInfo(
        "%s: reply code agreement, rows where Sisimai has one, %d/%d (tune half %d/%d, held-back half %d/%d)",
        name, score.replyAgree(), score.replyRows(), score.tune.replyAgree, score.tune.replyRows,
        score.heldBack.replyAgree, score.heldBack.replyRows);
    return score;
}

} // namespace rebound::bounce::testing
