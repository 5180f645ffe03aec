#include "core/diagnosis/checks/messagechecktask.h"

#include "core/message/messageanalysis.h"
#include "core/message/messagejson.h"

using namespace Qt::StringLiterals;

namespace rebound::diagnosis {
namespace {

class MessageCheckTask final : public CheckTask {
public:
    MessageCheckTask(const CheckRequest& request, dns::Resolver* resolver, QObject* parent)
        : CheckTask(parent)
        , m_title(request.title)
        , m_analyzer(new message::MessageAnalyzer(resolver, this)) {
        m_request.bytes = request.message;
        m_request.returnedCopy = request.returnedCopy;
        m_request.headersOnly = request.headersOnly;
    }

    QString id() const override { return u"message"_s; }
    QString title() const override { return m_title; }

    void start() override {
        connect(m_analyzer, &message::MessageAnalyzer::finished, this, [this] {
            if (m_done)
                return;
            m_done = true;
            const message::MessageReport& report = m_analyzer->result();
            QJsonObject result = message::toJson(report);
            result.insert(u"ip"_s, report.spfIp);
            result.insert(u"domain"_s, report.dmarc.fromDomain);
            emit finished(CheckState::Done, result, report.findings, QString());
        });
        m_analyzer->start(m_request);
    }

    // The analyser has no partial result: cancelling drops its run and ends without one.
    void cancel() override {
        if (m_done)
            return;
        m_done = true;
        delete m_analyzer; // drops the run: finished() is never emitted
        m_analyzer = nullptr;
        finishLater(CheckState::Cancelled, {}, tr("Cancelled before the message analysis finished."));
    }

private:
    QString m_title;
    message::MessageAnalyzer* m_analyzer;
    message::MessageRequest m_request;
    bool m_done = false;
};

} // namespace

CheckTask* createMessageCheckTask(const CheckRequest& request, const RunOptions&, dns::Resolver* resolver,
                                  QObject* parent) {
    return new MessageCheckTask(request, resolver, parent);
}

} // namespace rebound::diagnosis
