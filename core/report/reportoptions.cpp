#include "core/report/reportoptions.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace rebound::report {

PaperSize paperSizeFromName(const QString& name, PaperSize fallback) {
    if (name.compare(u"a4"_s, Qt::CaseInsensitive) == 0)
        return PaperSize::A4;
    if (name.compare(u"letter"_s, Qt::CaseInsensitive) == 0)
        return PaperSize::Letter;
    return fallback;
}

QString paperSizeName(PaperSize paper) {
    return paper == PaperSize::Letter ? u"letter"_s : u"a4"_s;
}

PaperSize defaultPaperSize() {
    return QLocale::system().measurementSystem() == QLocale::ImperialUSSystem ? PaperSize::Letter
                                                                              : PaperSize::A4;
}

} // namespace rebound::report
