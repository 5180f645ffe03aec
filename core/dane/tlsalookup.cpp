#include "core/dane/tlsalookup.h"

#include <QFileInfo>
#include <QHostAddress>
#include <QSocketNotifier>
#include <QTimer>

#include <unbound.h>

using namespace Qt::StringLiterals;

namespace rebound::dane {
namespace {

constexpr int kTypeTlsa = 52;
constexpr int kClassIn = 1;
constexpr int kMaxRecords = 64; // a TLSA RRset larger than this is cut: nobody publishes one

QString unboundError(int code) {
    return QString::fromUtf8(ub_strerror(code));
}

} // namespace

struct TlsaLookup::Context {
    ub_ctx* ctx = nullptr;
    int asyncId = 0;
    bool pending = false;
    std::unique_ptr<QSocketNotifier> notifier;
    std::unique_ptr<QTimer> timer;

    ~Context() {
        notifier.reset();
        if (ctx) {
            if (pending)
                ub_cancel(ctx, asyncId);
            ub_ctx_delete(ctx); // stops the worker thread
        }
    }
};

QString defaultTrustAnchorFile() {
    return u"/usr/share/dns/root.key"_s;
}

QString unboundForwarder(const QString& server) {
    QString host = server.trimmed();
    QString port;
    if (host.startsWith(u'[')) {
        const qsizetype close = host.indexOf(u']');
        if (close < 0)
            return {};
        port = host.mid(close + 1).startsWith(u':') ? host.mid(close + 2) : QString();
        host = host.mid(1, close - 1);
    } else if (host.count(u':') == 1) {
        port = host.section(u':', 1);
        host = host.section(u':', 0, 0);
    }
    if (QHostAddress(host).isNull())
        return {};
    bool ok = true;
    if (!port.isEmpty() && (port.toUShort(&ok), !ok))
        return {};
    return port.isEmpty() ? host : host + u'@' + port;
}

TlsaLookup::TlsaLookup(QObject* parent)
    : QObject(parent) {
}

TlsaLookup::~TlsaLookup() = default;

void TlsaLookup::start(const QString& name, const DaneConfig& config) {
    m_context.reset();
    m_result = {};
    m_result.name = name;
    m_finished = false;
    ++m_generation;
    auto context = std::make_unique<Context>();
    context->ctx = ub_ctx_create();
    if (!context->ctx) {
        finishLater(tr("libunbound could not create a resolver context"));
        return;
    }
    ub_ctx* ctx = context->ctx;
    ub_ctx_async(ctx, 1); // a thread, not a forked process
    // The forwarders may be on loopback (a local resolver, the lab).
    ub_ctx_set_option(ctx, "do-not-query-localhost:", "no");
    int forwarders = 0;
    for (const QString& server : config.forwarders) {
        const QString forwarder = unboundForwarder(server);
        if (!forwarder.isEmpty() && ub_ctx_set_fwd(ctx, forwarder.toLatin1().constData()) == 0)
            ++forwarders;
    }
    if (forwarders == 0)
        ub_ctx_resolvconf(ctx, nullptr);
    const QString anchor =
        config.trustAnchorFile.isEmpty() ? defaultTrustAnchorFile() : config.trustAnchorFile;
    if (!QFileInfo(anchor).isReadable())
        m_result.error = tr("the DNSSEC trust anchor %1 cannot be read").arg(anchor);
    else if (const int rc = ub_ctx_add_ta_file(ctx, QFile::encodeName(anchor).constData()); rc != 0)
        m_result.error = tr("the DNSSEC trust anchor %1 is not usable: %2").arg(anchor, unboundError(rc));

    // Last: adding a local zone finalizes the configuration, so forwarders and anchors come first.
    // libunbound answers the RFC 6761 name test. itself (NXDOMAIN); like every other lookup here, ask
    // the servers instead (the lab serves its zones under .test).
    ub_ctx_zone_add(ctx, "test.", "transparent");

    const int rc = ub_resolve_async(ctx, name.toLatin1().constData(), kTypeTlsa, kClassIn, this,
                                    &TlsaLookup::callback, &context->asyncId);
    if (rc != 0) {
        finishLater(tr("libunbound could not start the lookup: %1").arg(unboundError(rc)));
        return;
    }
    context->pending = true;
    context->notifier = std::make_unique<QSocketNotifier>(ub_fd(ctx), QSocketNotifier::Read);
    connect(context->notifier.get(), &QSocketNotifier::activated, this, [this] {
        if (m_context && m_context->ctx)
            ub_process(m_context->ctx); // calls callback() on this thread
    });
    context->timer = std::make_unique<QTimer>();
    context->timer->setSingleShot(true);
    connect(context->timer.get(), &QTimer::timeout, this, [this] {
        if (m_finished)
            return;
        m_result.error = tr("the validated TLSA lookup took longer than %1 ms")
                             .arg(m_context ? m_context->timer->interval() : 0);
        finish();
    });
    context->timer->start(qMax(1, config.timeoutMs));
    m_context = std::move(context);
}

void TlsaLookup::cancel() {
    if (m_finished)
        return;
    m_result.error = tr("cancelled");
    finish();
}

void TlsaLookup::callback(void* self, int error, ub_result* result) {
    static_cast<TlsaLookup*>(self)->onResult(error, result);
}

void TlsaLookup::onResult(int error, ub_result* result) {
    if (m_context)
        m_context->pending = false;
    if (m_finished) {
        ub_resolve_free(result);
        return;
    }
    if (error != 0 || !result) {
        m_result.error = tr("the validated TLSA lookup failed: %1").arg(unboundError(error));
    } else {
        m_result.validated = result->secure != 0;
        m_result.bogus = result->bogus != 0;
        if (result->why_bogus)
            m_result.whyBogus = QString::fromUtf8(result->why_bogus).left(500);
        m_result.nxdomain = result->nxdomain != 0;
        m_result.answered = !m_result.bogus && (result->rcode == 0 || result->rcode == 3);
        for (int i = 0; result->havedata && result->data[i] && i < kMaxRecords; ++i) {
            const int length = result->len[i];
            if (length < 3)
                continue;
            const auto* bytes = reinterpret_cast<const unsigned char*>(result->data[i]);
            m_result.records << TlsaRecord{bytes[0], bytes[1], bytes[2],
                                           QByteArray(result->data[i] + 3, length - 3)};
        }
        if (!m_result.answered && !m_result.bogus)
            m_result.error = tr("the validated TLSA lookup ended with DNS error code %1").arg(result->rcode);
    }
    ub_resolve_free(result);
    // Leave ub_process() before anything can tear the context down.
    QTimer::singleShot(0, this, [this, generation = m_generation] {
        if (generation == m_generation && !m_finished)
            finish();
    });
}

void TlsaLookup::finish() {
    m_finished = true;
    if (m_context) {
        m_context->timer.reset();
        m_context->notifier.reset();
    }
    // The context (and its thread) goes after the emission, outside any libunbound call.
    QTimer::singleShot(0, this, [this, generation = m_generation] {
        if (generation == m_generation)
            m_context.reset();
    });
    emit finished();
}

void TlsaLookup::finishLater(const QString& error) {
    m_result.error = error;
    QTimer::singleShot(0, this, [this, generation = m_generation] {
        if (generation == m_generation && !m_finished)
            finish();
    });
}

} // namespace rebound::dane
