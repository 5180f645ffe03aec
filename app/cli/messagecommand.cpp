// rebound-cli message FILE|-: a delivered message or its header block read offline (route, DKIM,
// ARC, Authentication-Results) and checked live (DKIM keys, SPF for the first external hop, DMARC,
// reverse DNS), with the bulk-sender checklist and findings.
#include "app/cli/cli.h"
#include "app/cli/commandline.h"
#include "app/cli/commands.h"
#include "app/cli/globaloptions.h"
#include "app/cli/inputfile.h"
#include "app/cli/output.h"
#include "core/dns/resolver.h"
#include "core/message/messageanalysis.h"
#include "core/message/messagejson.h"
#include "core/util/jsonutil.h"

#include <QEventLoop>

using namespace Qt::StringLiterals;

namespace rebound::cli {
namespace {

using util::escapeControls;

void printText(const message::MessageReport& r) {
    QTextStream& o = out();
    o << "Route (" << r.route.hops.size() << " hops, oldest first):\n";
    for (qsizetype i = 0; i < r.route.hops.size(); ++i) {
        const message::Hop& h = r.route.hops.at(i);
        o << "  " << (i + 1) << ". " << escapeControls(h.from, 200)
          << (h.ip.isEmpty() ? QString() : u" ["_s + h.ip + u']') << " -> " << escapeControls(h.by, 200)
          << "  " << escapeControls(h.protocol, 40) << (h.tls ? " TLS" : "");
        if (h.time.isValid())
            o << "  " << h.time.toUTC().toString(Qt::ISODate);
        if (h.delaySeconds)
            o << "  +" << *h.delaySeconds << " s";
        if (i == r.route.firstExternal)
            o << "  (first external hop)";
        o << '\n';
    }
    o << "\nDKIM:\n";
    if (r.dkim.isEmpty())
        o << "  no signature\n";
    for (const message::DkimReport& d : r.dkim) {
        o << "  d=" << escapeControls(d.signature.domain, 200)
          << " s=" << escapeControls(d.signature.selector, 200) << " "
          << escapeControls(d.signature.algorithmName, 40) << " " << d.signature.canonicalization() << ": "
          << message::dkimResultName(d.verification.result);
        if (d.verification.keyBits)
            o << " (" << d.verification.keyBits << "-bit key)";
        if (!d.verification.reason.isEmpty())
            o << "\n      " << escapeControls(d.verification.reason, 500);
        o << '\n';
    }
    if (!r.arc.instances.isEmpty()) {
        o << "\nARC: " << r.arc.result << (r.arc.reason.isEmpty() ? QString() : u" ("_s + r.arc.reason + u')')
          << '\n';
        for (const message::ArcInstance& set : r.arc.instances)
            o << "  i=" << set.instance << " cv=" << escapeControls(set.cv, 20) << " sealed by "
              << escapeControls(set.sealDomain, 200) << ": " << message::dkimResultName(set.sealResult)
              << '\n';
    }
    o << "\nAuthentication-Results:\n";
    if (r.authResults.isEmpty())
        o << "  none\n";
    for (const message::AuthResults& ar : r.authResults) {
        o << "  " << escapeControls(ar.authservId, 200) << (ar.trusted ? " (trusted)" : " (claim)") << ':';
        for (const message::AuthMethodResult& m : ar.results)
            o << ' ' << escapeControls(m.method, 40) << '=' << escapeControls(m.result, 40);
        o << '\n';
    }
    o << "\nSPF: " << (r.spf ? auth::spfResultName(r.spf->result) : u"not checked"_s);
    if (r.spf)
        o << " for " << r.spfIp << " sending as " << escapeControls(r.spf->domain, 200);
    o << "\nDMARC: " << r.dmarc.result << " for " << escapeControls(r.dmarc.fromDomain, 200)
      << " (SPF aligned: " << (r.dmarc.alignedSpf ? "yes" : "no")
      << ", DKIM aligned: " << (r.dmarc.alignedDkim ? "yes" : "no")
      << (r.dmarc.policy.isEmpty() ? QString() : u", policy "_s + r.dmarc.policy)
      << ")\n\nBulk-sender rules:\n";
    for (const message::BulkSenderItem& item : r.bulkSender)
        o << "  [" << item.result << "] " << item.title << "\n      " << escapeControls(item.detail, 300)
          << "  (" << item.source << ")\n";
    o << "\nFindings:\n";
    if (r.findings.isEmpty())
        o << "  none\n";
    for (const Finding& f : r.findings)
        o << "  [" << severityName(f.severity) << "] " << escapeControls(f.title) << "\n      "
          << escapeControls(f.detail) << '\n';
    o.flush();
}

} // namespace

// Exit codes as for domain: 0 no error or critical finding; 1 at least one; 3 a check could not be
// completed (DNS); 64 usage; 66 the input cannot be read.
int runMessageCommand(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Analyse a delivered message or its header block: route, DKIM and ARC verification, "
        "Authentication-Results, SPF, DMARC and the bulk-sender rules."_s);
    GlobalOptions::addTo(parser);
    parser.addPositionalArgument(u"message"_s, u"The command."_s);
    parser.addPositionalArgument(u"FILE"_s, u"The message file, or - for standard input."_s);
    parser.addOption({u"trust"_s,
                      u"Trust the Authentication-Results of this authserv-id (default: the top-most)."_s,
                      u"ID"_s});
    GlobalOptions options;
    QStringList positional;
    if (const auto exit = parseCommand(parser, arguments, &options, &positional, 2, 2,
                                       u"usage: rebound-cli message FILE|- [--trust ID] [--json]"_s))
        return *exit;
    QString error;
    message::MessageRequest request;
    if (!readInputBytes(positional.at(1), &request.bytes, &error))
        return fail(ExitNoInput, error);
    request.trustedAuthservId = parser.value(u"trust"_s);

    dns::Resolver resolver(options.resolver);
    if (!resolver.isValid())
        return fail(3, u"cannot start the resolver: "_s + resolver.initError());
    message::MessageAnalyzer analyzer(&resolver);
    QEventLoop loop;
    QObject::connect(&analyzer, &message::MessageAnalyzer::finished, &loop, &QEventLoop::quit);
    analyzer.start(request);
    loop.exec();
    const message::MessageReport& report = analyzer.result();
    if (report.headerFields == 0)
        return fail(ExitUsage, u"the input is not a message: it does not start with header fields"_s);

    if (options.json || options.jsonLines)
        printJson(message::toJson(report), options.jsonLines);
    else
        printText(report);
    return findingsExitCode(report.findings, report.couldNotCheck);
}

} // namespace rebound::cli
