#include "app/cli/executablepath.h"

#include <QFile>
#include <QtGlobal>

#if defined(Q_OS_WIN)
#include <qt_windows.h>
#elif defined(Q_OS_MACOS)
#include <climits>
#include <cstdlib>
#include <mach-o/dyld.h>
#else
#include <filesystem>
#include <system_error>
#endif

#include <string>

using namespace Qt::StringLiterals;

namespace rebound::cli {

QString executablePath(QString* error) {
#if defined(Q_OS_WIN)
    std::wstring path(MAX_PATH, L'\0');
    for (;;) {
        const DWORD size = GetModuleFileNameW(nullptr, path.data(), DWORD(path.size()));
        if (size == 0) {
            *error = u"GetModuleFileNameW failed (error %1)"_s.arg(GetLastError());
            return {};
        }
        if (size < path.size())
            return QString::fromWCharArray(path.data(), qsizetype(size));
        path.resize(path.size() * 2); // truncated
    }
#elif defined(Q_OS_MACOS)
    uint32_t size = 0;
    _NSGetExecutablePath(nullptr, &size);
    std::string path(size, '\0');
    char resolved[PATH_MAX];
    if (_NSGetExecutablePath(path.data(), &size) != 0 || !realpath(path.c_str(), resolved)) {
        *error = u"_NSGetExecutablePath failed"_s;
        return {};
    }
    return QFile::decodeName(resolved);
#else
    std::error_code failure;
    const std::filesystem::path path = std::filesystem::read_symlink("/proc/self/exe", failure);
    if (failure) {
        *error = u"/proc/self/exe: "_s + QString::fromLocal8Bit(failure.message());
        return {};
    }
    return QFile::decodeName(QByteArray::fromStdString(path.native()));
#endif
}

} // namespace rebound::cli
