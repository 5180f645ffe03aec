#include "core/diagnosis/causetypes.h"

#include "core/util/nametable.h"

namespace rebound::diagnosis {
namespace {

using util::EnumName;

constexpr EnumName<Actor> ActorNames[]{{Actor::Unknown, u""},
                                       {Actor::You, u"you"},
                                       {Actor::Provider, u"provider"},
                                       {Actor::Recipient, u"recipient"}};

constexpr EnumName<EvidenceSource> SourceNames[]{{EvidenceSource::Unknown, u"unknown"},
                                                 {EvidenceSource::Bounce, u"bounce"},
                                                 {EvidenceSource::Dns, u"dns"},
                                                 {EvidenceSource::Blocklists, u"blocklists"},
                                                 {EvidenceSource::BlocklistRange, u"blocklist_range"},
                                                 {EvidenceSource::Domain, u"domain"},
                                                 {EvidenceSource::Smtp, u"smtp"},
                                                 {EvidenceSource::Reports, u"reports"},
                                                 {EvidenceSource::Rdns, u"rdns"},
                                                 {EvidenceSource::Spf, u"spf"},
                                                 {EvidenceSource::Dmarc, u"dmarc"},
                                                 {EvidenceSource::Dkim, u"dkim"},
                                                 {EvidenceSource::Mx, u"mx"},
                                                 {EvidenceSource::MtaSts, u"mta_sts"},
                                                 {EvidenceSource::Mailbox, u"mailbox"},
                                                 {EvidenceSource::Snds, u"snds"},
                                                 {EvidenceSource::Watch, u"watch"},
                                                 {EvidenceSource::Postmaster, u"postmaster"}};

constexpr EnumName<CauseBasis> BasisNames[]{{CauseBasis::Unset, u""},
                                            {CauseBasis::Live, u"live"},
                                            {CauseBasis::Bounce, u"bounce"},
                                            {CauseBasis::Checks, u"checks"}};

constexpr EnumName<CauseAbout> AboutNames[]{{CauseAbout::Mail, u""},
                                            {CauseAbout::CouldNotCheck, u"could_not_check"}};

constexpr EnumName<Verdict> VerdictNames[]{{Verdict::NotChecked, u"not_checked"},
                                           {Verdict::InputRefused, u"input_refused"},
                                           {Verdict::NothingRecognised, u"nothing_recognised"},
                                           {Verdict::ProblemFound, u"problem_found"},
                                           {Verdict::Incomplete, u"incomplete"},
                                           {Verdict::NoProblemFound, u"no_problem_found"}};

} // namespace

QString actorName(Actor actor) {
    return util::enumName<Actor>(ActorNames, actor);
}

std::optional<Actor> parseActor(const QString& name) {
    return util::enumFromName<Actor>(ActorNames, name);
}

QString evidenceSourceName(EvidenceSource source) {
    return util::enumName<EvidenceSource>(SourceNames, source);
}

EvidenceSource evidenceSourceFromName(const QString& name) {
    return util::enumFromName<EvidenceSource>(SourceNames, name).value_or(EvidenceSource::Unknown);
}

QString causeBasisName(CauseBasis basis) {
    return util::enumName<CauseBasis>(BasisNames, basis);
}

CauseBasis causeBasisFromName(const QString& name) {
    return util::enumFromName<CauseBasis>(BasisNames, name).value_or(CauseBasis::Unset);
}

QString causeAboutName(CauseAbout about) {
    return util::enumName<CauseAbout>(AboutNames, about);
}

std::optional<CauseAbout> parseCauseAbout(const QString& name) {
    return util::enumFromName<CauseAbout>(AboutNames, name);
}

QString verdictName(Verdict verdict) {
    return util::enumName<Verdict>(VerdictNames, verdict);
}

std::optional<Verdict> parseVerdict(const QString& name) {
    return util::enumFromName<Verdict>(VerdictNames, name);
}

} // namespace rebound::diagnosis
