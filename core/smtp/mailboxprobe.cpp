#include "core/smtp/mailboxprobe.h"

#include "core/dns/resolver.h"
#include "core/smtp/smtpknowledge.h"
#include "core/util/jsonutil.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace rebound::smtp {
namespace {

struct ProviderEntry {
    AcceptAllProvider provider;
    QStringList mxSuffixes;
    QStringList domains;
};

struct MailboxKnowledge {
    QList<ProviderEntry> providers;
    int randomLength = 20;
    int minIntervalSeconds = 600;
};

const MailboxKnowledge& knowledge() {
    static const MailboxKnowledge data = [] {
        MailboxKnowledge k;
        QFile file(u":/smtp/mailbox-providers.json"_s);
        if (!file.open(QIODevice::ReadOnly))
            return k;
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        k.randomLength = qBound(12, root.value(u"random_local_part_length"_s).toInt(20), 40);
        k.minIntervalSeconds = qMax(0, root.value(u"min_interval_seconds"_s).toInt(600));
        for (const QJsonValue& v : root.value(u"accept_all_at_rcpt"_s).toArray()) {
            const QJsonObject o = v.toObject();
            k.providers << ProviderEntry{
                {o.value(u"id"_s).toString(), o.value(u"name"_s).toString(), o.value(u"source"_s).toString()},
                util::toStringList(o.value(u"mx_suffixes"_s)),
                util::toStringList(o.value(u"domains"_s))};
        }
        return k;
    }();
    return data;
}

bool isOrUnder(const QString& name, const QString& suffix) {
    return name.compare(suffix, Qt::CaseInsensitive) == 0
           || name.endsWith(u'.' + suffix, Qt::CaseInsensitive);
}

QString settingsPath() {
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
           + u"/Rebound/mailbox-probes.ini"_s;
}

QStringList wire(const std::optional<SmtpReply>& reply) {
    QStringList out;
    if (reply) {
        for (const QByteArray& line : reply->wireLines())
            out << util::escapeUntrusted(line, 512);
    }
    return out;
}

QString replyText(const std::optional<SmtpReply>& reply) {
    return reply ? QString::number(reply->code) + u' ' + util::escapeUntrusted(reply->joinedText(), 300)
                 : QString();
}

// The first probe that got as far as a conversation, else the first.
const SmtpProbeResult* mainProbe(const SmtpDomainResult& smtp) {
    const SmtpProbeResult* first = nullptr;
    for (const SmtpHostResult& host : smtp.hosts) {
        for (const SmtpProbeResult& probe : host.probes) {
            if (!probe.dialogue.isEmpty())
                return &probe;
            if (!first)
                first = &probe;
        }
    }
    return first;
}

void judge(MailboxProbeResult& r) {
    const SmtpProbeResult* probe = mainProbe(r.smtp);
    if (probe) {
        r.mxHost = probe->host;
        const auto reply = [probe](qsizetype i) {
            return i < probe->dialogue.size() ? probe->dialogue.at(i).reply : std::nullopt;
        };
        r.mailReply = reply(0);
        r.rcptReply = reply(1);
        r.randomReply = reply(2);
    }
    r.provider = acceptAllProvider(r.mxHost, r.domain);
    SmtpKnowledge::Args args{{u"address"_s, r.address},
                             {u"domain"_s, r.domain},
                             {u"sender"_s, r.sender},
                             {u"host"_s, r.mxHost},
                             {u"reply"_s, replyText(r.rcptReply)},
                             {u"provider"_s, r.provider ? r.provider->name : QString()}};
    QStringList evidence = wire(r.rcptReply);
    QString id;
    if (r.smtp.nullMx || (r.smtp.mx.isEmpty() && dns::isDefinite(r.smtp.mxOutcome))) {
        r.verdict = MailboxVerdict::NoMailServer;
        id = u"smtp.mailbox.no_mail_server"_s;
    } else if (!r.mailReply) {
        r.verdict = MailboxVerdict::Failed;
        id = u"smtp.mailbox.failed"_s;
        args.insert(u"reason"_s, probe ? probe->endText : u"no mail server could be reached"_s);
    } else if (!r.mailReply->isPositive()) {
        r.verdict = MailboxVerdict::SenderRefused;
        id = u"smtp.mailbox.sender_refused"_s;
        args.insert(u"reply"_s, replyText(r.mailReply));
        evidence = wire(r.mailReply);
    } else if (!r.rcptReply) {
        r.verdict = MailboxVerdict::Failed;
        id = u"smtp.mailbox.failed"_s;
        args.insert(u"reason"_s, probe->endText);
    } else if (r.rcptReply->isPermanent()) {
        r.verdict = MailboxVerdict::Rejected;
        id = u"smtp.mailbox.rejected"_s;
    } else if (r.rcptReply->isTransient()) {
        r.verdict = MailboxVerdict::Greylisted;
        id = u"smtp.mailbox.greylisted"_s;
    } else if (r.provider) {
        r.verdict = MailboxVerdict::Unverifiable;
        id = u"smtp.mailbox.unverifiable"_s;
        evidence << r.provider->source;
    } else if (r.randomReply && r.randomReply->isPositive()) {
        r.verdict = MailboxVerdict::CatchAll;
        id = u"smtp.mailbox.catch_all"_s;
        evidence << wire(r.randomReply);
    } else {
        r.verdict = MailboxVerdict::Accepted;
        id = u"smtp.mailbox.accepted"_s;
        evidence << wire(r.randomReply);
    }
    r.findings = {SmtpKnowledge::instance().finding(id, args, evidence)};
}

} // namespace

QString mailboxVerdictName(MailboxVerdict verdict) {
    switch (verdict) {
    case MailboxVerdict::Accepted:
        return u"accepted"_s;
    case MailboxVerdict::Rejected:
        return u"rejected"_s;
    case MailboxVerdict::Greylisted:
        return u"greylisted"_s;
    case MailboxVerdict::CatchAll:
        return u"catch_all"_s;
    case MailboxVerdict::Unverifiable:
        return u"unverifiable"_s;
    case MailboxVerdict::SenderRefused:
        return u"sender_refused"_s;
    case MailboxVerdict::NoMailServer:
        return u"no_mail_server"_s;
    case MailboxVerdict::Failed:
        return u"failed"_s;
    case MailboxVerdict::RateLimited:
        return u"rate_limited"_s;
    }
    return {};
}

std::optional<AcceptAllProvider> acceptAllProvider(const QString& mxHost, const QString& domain) {
    for (const ProviderEntry& entry : knowledge().providers) {
        for (const QString& suffix : entry.mxSuffixes) {
            if (!mxHost.isEmpty() && isOrUnder(mxHost, suffix))
                return entry.provider;
        }
        for (const QString& d : entry.domains) {
            if (domain.compare(d, Qt::CaseInsensitive) == 0)
                return entry.provider;
        }
    }
    return std::nullopt;
}

QString randomLocalPart() {
    static constexpr char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    QString out;
    for (int i = 0; i < knowledge().randomLength; ++i)
        out += QChar::fromLatin1(alphabet[QRandomGenerator::system()->bounded(int(sizeof(alphabet) - 1))]);
    return out;
}

int MailboxRateLimit::minIntervalSeconds() {
    return knowledge().minIntervalSeconds;
}

qint64 MailboxRateLimit::secondsUntilAllowed(const QString& domain, const QDateTime& now) {
    QSettings settings(settingsPath(), QSettings::IniFormat);
    const QDateTime last =
        QDateTime::fromString(settings.value(u"last_probe/"_s + domain.toLower()).toString(), Qt::ISODate);
    if (!last.isValid())
        return 0;
    const qint64 elapsed = last.secsTo(now);
    // A time in the future (a clock set back) counts as just now.
    return qMax<qint64>(0, minIntervalSeconds() - qMax<qint64>(0, elapsed));
}

void MailboxRateLimit::record(const QString& domain, const QDateTime& now) {
    QDir().mkpath(QFileInfo(settingsPath()).path());
    QSettings settings(settingsPath(), QSettings::IniFormat);
    settings.setValue(u"last_probe/"_s + domain.toLower(), now.toString(Qt::ISODate));
}

MailboxProbe::MailboxProbe(dns::Resolver* resolver, const QString& address, const QString& sender,
                           quint16 port, const SmtpProbeOptions& options, QObject* parent)
    : QObject(parent)
    , m_resolver(resolver)
    , m_port(port)
    , m_options(options) {
    m_result.address = address.trimmed();
    m_result.domain = m_result.address.section(u'@', -1).toLower();
    m_result.sender = sender.trimmed();
}

MailboxProbe::~MailboxProbe() = default;

void MailboxProbe::start() {
    if (m_started)
        return;
    m_started = true;
    if (const qint64 wait = MailboxRateLimit::secondsUntilAllowed(m_result.domain); wait > 0) {
        m_result.verdict = MailboxVerdict::RateLimited;
        m_result.retryAfterSeconds = wait;
        m_result.findings = {SmtpKnowledge::instance().finding(
            u"smtp.mailbox.rate_limited"_s,
            {{u"domain"_s, m_result.domain}, {u"seconds"_s, QString::number(wait)}})};
        QMetaObject::invokeMethod(this, &MailboxProbe::finished, Qt::QueuedConnection);
        return;
    }
    MailboxRateLimit::record(m_result.domain);
    m_result.randomAddress = randomLocalPart() + u'@' + m_result.domain;
    m_options.dialogue = {"MAIL FROM:<" + m_result.sender.toUtf8() + '>',
                          "RCPT TO:<" + m_result.address.toUtf8() + '>',
                          "RCPT TO:<" + m_result.randomAddress.toUtf8() + '>', "RSET"};
    // One conversation: the most preferred MX host, its first address.
    m_probe = new SmtpDomainProbe(m_resolver, m_result.domain, m_port, m_options, this);
    m_probe->maxHosts = 1;
    m_probe->maxConcurrent = 1;
    m_probe->maxAddressesPerHost = 1;
    connect(m_probe, &SmtpDomainProbe::finished, this, &MailboxProbe::onProbeFinished);
    m_probe->start();
}

void MailboxProbe::cancel() {
    if (m_probe)
        m_probe->cancel();
}

void MailboxProbe::onProbeFinished() {
    m_result.smtp = m_probe->result();
    judge(m_result);
    emit finished();
}

} // namespace rebound::smtp
