#include "app/cli/inputargument.h"

#include "app/cli/inputfile.h"
#include "core/dns/ipaddress.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace rebound::cli {
namespace {

QString decode(const QByteArray& bytes) {
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8(bytes);
    if (!utf8.hasError())
        return text;
    return QString::fromLatin1(bytes);
}

// A single word that names a file by its shape (a directory part that is not a CIDR's prefix length,
// or a mail or log extension): when it does not exist, that is an error, not text to analyse.
bool looksLikeMissingFile(const QString& argument) {
    if (argument.isEmpty() || argument.contains(u'\n') || argument.contains(u' '))
        return false;
    static const QRegularExpression fileName(u"\\.(eml|msg|txt|mbox|log|json)$"_s,
                                             QRegularExpression::CaseInsensitiveOption);
    if (argument.contains(u'/') && !dns::parseCidr(argument))
        return true;
    return fileName.match(argument).hasMatch();
}

} // namespace

InputText readInputArgument(const QString& argument) {
    InputText input;
    QFile file;
    if (argument == u"-") {
        if (!openStandardInput(file)) {
            input.error = u"cannot read standard input"_s;
            return input;
        }
        input.fileName = u"-"_s;
    } else if (QFileInfo(argument).isFile()) {
        file.setFileName(argument);
        if (file.size() > MaxInputFileBytes) {
            input.error =
                QStringLiteral("%1 is larger than %2 MB").arg(argument).arg(MaxInputFileBytes >> 20);
            return input;
        }
        if (!file.open(QIODevice::ReadOnly)) {
            input.error = u"cannot read "_s + argument + u": "_s + file.errorString();
            return input;
        }
        input.fileName = argument;
    } else if (looksLikeMissingFile(argument)) {
        input.error = u"cannot read "_s + argument + u": no such file"_s;
        return input;
    } else {
        input.text = argument;
        return input;
    }
    QByteArray bytes;
    if (!readToEnd(file, MaxInputFileBytes, &bytes)) {
        input.error = QStringLiteral("the input is larger than %1 MB").arg(MaxInputFileBytes >> 20);
        return input;
    }
    input.text = decode(bytes);
    return input;
}

} // namespace rebound::cli
