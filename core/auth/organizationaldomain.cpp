#include "core/auth/organizationaldomain.h"

#include <QStringList>

#include <libpsl.h>

using namespace Qt::StringLiterals;

namespace rebound::auth {
namespace {

const psl_ctx_t* pslContext() {
    // psl_latest() picks the newer of the packaged list and the built-in one; loaded once.
    static const psl_ctx_t* context = [] {
        const psl_ctx_t* latest = psl_latest(nullptr);
        return latest ? latest : psl_builtin();
    }();
    return context;
}

} // namespace

QString normalizeForAlignment(const QString& domain) {
    QString name = domain.trimmed().toLower();
    while (name.startsWith(u'.'))
        name.remove(0, 1);
    while (name.endsWith(u'.'))
        name.chop(1);
    if (name.isEmpty() || name.contains(u".."_s))
        return {};
    return name;
}

QString organizationalDomain(const QString& domain) {
    const QString name = normalizeForAlignment(domain);
    if (name.isEmpty())
        return {};
    const QByteArray utf8 = name.toUtf8();
    const char* registrable = psl_registrable_domain(pslContext(), utf8.constData());
    if (!registrable)
        return name;
    return QString::fromUtf8(registrable);
}

bool isAligned(const QString& fromDomain, const QString& authDomain, bool strict) {
    const QString from = normalizeForAlignment(fromDomain);
    const QString auth = normalizeForAlignment(authDomain);
    if (from.isEmpty() || auth.isEmpty())
        return false;
    if (strict)
        return from == auth;
    return organizationalDomain(from) == organizationalDomain(auth);
}

QString publicSuffixListSource() {
    const char* file = psl_dist_filename();
    if (pslContext() != psl_builtin() && file && *file)
        return QStringLiteral("system (%1)").arg(QString::fromUtf8(file));
    return u"built-in"_s;
}

} // namespace rebound::auth
