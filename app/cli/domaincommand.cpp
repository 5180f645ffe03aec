// rebound-cli domain DOMAIN: MX, SPF (tree, lookups, and check_host() for --ip), DMARC, DKIM keys,
// MTA-STS/TLS-RPT/BIMI records, the MAIL FROM address and alignment, with findings.
#include "app/cli/cli.h"
#include "app/cli/commandline.h"
#include "app/cli/commands.h"
#include "app/cli/globaloptions.h"
#include "app/cli/httpsoptions.h"
#include "app/cli/output.h"
#include "core/auth/domaincheck.h"
#include "core/auth/domainjson.h"
#include "core/auth/spfresult.h"
#include "core/dns/dnsname.h"
#include "core/dns/ipaddress.h"
#include "core/dns/resolver.h"
#include "core/util/jsonutil.h"

#include <QEventLoop>

using namespace Qt::StringLiterals;

namespace rebound::cli {
namespace {

void printText(const auth::DomainReport& r) {
    using util::escapeControls;
    QTextStream& o = out();
    o << "Domain " << r.domain << "\n\n";
    o << "MX: " << auth::mxStateName(r.mx.state) << '\n';
    for (const auth::MxHost& h : r.mx.hosts) {
        o << "  " << h.preference << ' ' << escapeControls(h.target) << "  " << h.addresses.join(u", "_s);
        if (!h.problem.isEmpty())
            o << "  [" << h.problem << ']';
        o << '\n';
    }
    const auth::SpfEvaluation& spf = r.spfCheck ? *r.spfCheck : r.spfStructure;
    o << "\nSPF: " << (spf.record.isEmpty() ? u"(none)"_s : escapeControls(spf.record)) << '\n';
    if (r.spfCheck)
        o << "  result: " << auth::spfResultName(r.spfCheck->result) << " ("
          << escapeControls(r.spfCheck->reason) << ")\n";
    else if (!r.spfStructure.record.isEmpty())
        o << "  a host no ip4/ip6/a/mx term lists gets: " << auth::spfResultName(r.spfStructure.result)
          << '\n';
    o << "  DNS-querying terms: " << r.spfStructure.lookups
      << " of 10, void lookups: " << r.spfStructure.voidLookups << " of 2\n";
    o << "\nDMARC: " << auth::dmarcStateName(r.dmarc.state);
    if (r.dmarc.record)
        o << "  " << r.dmarc.recordName << ": " << escapeControls(r.dmarc.record->text);
    o << "\n  organizational domain (DNS tree walk): " << r.dmarc.organizationalDomain;
    if (r.dmarc.legacy.organizationalDomain != r.dmarc.organizationalDomain)
        o << " (Public Suffix List: " << r.dmarc.legacy.organizationalDomain << ')';
    o << '\n';
    o << "\nDKIM:";
    int shown = 0;
    for (const auth::DkimSelectorReport& d : r.dkim) {
        if (!d.userGiven && d.state == auth::DkimSelectorReport::State::NotFound)
            continue;
        ++shown;
        o << "\n  " << d.name << ": " << auth::dkimStateName(d.state);
        if (!d.foundBy.isEmpty())
            o << " [" << d.foundBy << ']';
        if (d.key && d.key->decoded)
            o << " (" << d.key->algorithm << ' ' << d.key->bits << " bits)";
    }
    o << (shown ? "\n" : " no key found\n");
    o << '\n';
    for (const auth::PolicyTxtReport& p : r.policies)
        o << p.name << ": " << auth::policyStateName(p.state) << '\n';
    if (r.mtaSts) {
        const auth::MtaStsReport& m = *r.mtaSts;
        o << "\nMTA-STS policy " << m.url << ": ";
        if (!m.fetch.ok())
            o << escapeControls(m.fetch.errorText, 300) << '\n';
        else
            o << "HTTP " << m.fetch.status << (m.fetch.certificateOk ? ", certificate valid" : "") << '\n';
        if (m.policy)
            o << "  mode " << m.policy->mode << ", max_age "
              << (m.policy->maxAge ? QString::number(*m.policy->maxAge) : u"-"_s) << ", mx "
              << m.policy->mx.join(u", "_s) << '\n';
        for (const auth::MtaStsMxMatch& match : m.mxMatch)
            o << "  " << match.mx << (match.matched ? ": matched" : ": NOT matched") << '\n';
    }
    if (r.bimi && r.bimi->svg)
        o << "\nBIMI logo " << escapeControls(r.bimi->logoUrl, 300) << ": " << r.bimi->svg->bytes
          << " bytes, " << (r.bimi->svg->valid() ? "SVG Tiny PS" : "not SVG Tiny PS") << '\n';
    if (r.bimi && r.bimi->certificate)
        o << "BIMI mark certificate: " << r.bimi->certificate->subject
          << (r.bimi->certificate->chainOk ? ", chain verified" : ", chain NOT verified") << '\n';
    o << "\nFindings:\n";
    if (r.findings.isEmpty())
        o << "  none\n";
    for (const Finding& f : r.findings) {
        o << "  [" << severityName(f.severity) << "] " << escapeControls(f.title) << "\n      "
          << escapeControls(f.detail) << '\n';
        for (const QString& evidence : f.evidence.mid(0, 8))
            o << "      > " << escapeControls(evidence, 300) << '\n';
    }
    o.flush();
}

bool couldNotCheck(const auth::DomainReport& r) {
    if (r.mx.state == auth::MxReport::State::DnsError || r.dmarc.state == auth::DmarcReport::State::DnsError)
        return true;
    const auth::SpfEvaluation& spf = r.spfCheck ? *r.spfCheck : r.spfStructure;
    return spf.result == auth::SpfResult::TempError;
}

} // namespace

// Exit codes: 0 no error or critical finding; 1 at least one; 3 a check could not be completed
// (DNS timeout or failure); 64 usage.
int runDomainCommand(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Check a domain's mail routing and authentication: MX, SPF, DMARC, DKIM, "
        "MTA-STS, TLS-RPT and BIMI."_s);
    GlobalOptions::addTo(parser);
    parser.addPositionalArgument(u"domain"_s, u"The command."_s);
    parser.addPositionalArgument(u"DOMAIN"_s, u"The domain to check."_s);
    parser.addOption({u"ip"_s, u"Evaluate SPF for mail from this IP address."_s, u"IP"_s});
    parser.addOption({u"helo"_s, u"The HELO/EHLO name of the sending host."_s, u"NAME"_s});
    parser.addOption(
        {u"sender"_s, u"The MAIL FROM address (SPF checks its domain; alignment uses it)."_s, u"ADDR"_s});
    parser.addOption(
        {u"selector"_s, u"A DKIM selector to check (repeatable); default: common selectors."_s, u"S"_s});
    parser.addOption({u"no-selector-discovery"_s, u"Do not try the common DKIM selectors."_s});
    parser.addOption(
        {u"mta-sts"_s, u"Fetch the MTA-STS policy over HTTPS and check it against the MX hosts."_s});
    parser.addOption({u"bimi"_s, u"Fetch the BIMI logo and mark certificate over HTTPS and check them."_s});
    addHttpsOptions(parser);
    GlobalOptions options;
    QStringList positional;
    if (const auto exit =
            parseCommand(parser, arguments, &options, &positional, 2, 2,
                         u"usage: rebound-cli domain DOMAIN [--ip IP] [--helo NAME] [--sender ADDR] "
                         "[--selector S ...] [--mta-sts] [--bimi] [--json]"_s))
        return *exit;
    QString error;
    if (!dns::normalizeDomainName(positional.at(1), &error) || !positional.at(1).contains(u'.'))
        return fail(ExitUsage, QStringLiteral("'%1' is not a domain name%2")
                                   .arg(util::escapeControls(positional.at(1), 200),
                                        error.isEmpty() ? QString() : u": "_s + error));

    auth::DomainCheckRequest request;
    request.domain = positional.at(1);
    if (parser.isSet(u"ip"_s)) {
        request.ipSpelling = parser.value(u"ip"_s);
        request.ip = dns::parseIpAddress(request.ipSpelling, &error);
        if (!request.ip)
            return fail(ExitUsage, u"--ip: "_s + error);
    }
    request.helo = parser.value(u"helo"_s);
    request.sender = parser.value(u"sender"_s);
    for (const QString& selector : parser.values(u"selector"_s)) {
        if (selector.isEmpty() || selector.size() > 63 * 4
            || !dns::normalizeDomainName(selector + u".example"_s))
            return fail(ExitUsage,
                        u"--selector: not a valid selector: "_s + util::escapeControls(selector, 100));
        request.selectors << selector;
    }
    request.discoverSelectors = !parser.isSet(u"no-selector-discovery"_s);
    request.fetchMtaSts = parser.isSet(u"mta-sts"_s);
    request.fetchBimi = parser.isSet(u"bimi"_s);
    if (!readHttpsOptions(parser, &request.https, &error))
        return fail(ExitUsage, error);

    dns::Resolver resolver(options.resolver);
    if (!resolver.isValid())
        return fail(3, u"cannot start the resolver: "_s + resolver.initError());
    auth::DomainChecker checker(&resolver);
    QEventLoop loop;
    QObject::connect(&checker, &auth::DomainChecker::finished, &loop, &QEventLoop::quit);
    checker.start(request);
    loop.exec();
    const auth::DomainReport& report = checker.result();

    if (options.json || options.jsonLines)
        printJson(auth::toJson(report), options.jsonLines);
    else
        printText(report);
    return findingsExitCode(report.findings, couldNotCheck(report));
}

} // namespace rebound::cli
