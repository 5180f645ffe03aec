#include "core/report/reportoptions.h"

namespace rebound::report {

PaperSize paperSizeFromName(const QString& name, PaperSize fallback) {
    if (name.compare(u"a4"_qs, Qt::CaseInsensitive) == 0)
        return PaperSize::A4;
    if (name.compare(u"letter"_qs, Qt::CaseInsensitive) == 0)
        return PaperSize::Letter;
    return fallback;
}

} // namespace rebound::report
