#include "core/reports/archivebytes.h"

#include <archive.h>
#include <archive_entry.h>
#include <memory>

using namespace Qt::StringLiterals;

namespace rebound::reports {
namespace {

constexpr qsizetype kChunk = 64 * 1024;

struct ArchiveFree {
    void operator()(archive* a) const { archive_read_free(a); }
};
using ArchivePtr = std::unique_ptr<archive, ArchiveFree>;

QString archiveError(archive* a) {
    const char* text = archive_error_string(a);
    return text ? QString::fromUtf8(text).left(300) : u"unknown error"_s;
}

QString sizeText(qint64 bytes) {
    return u"%1 MB"_s.arg(bytes / (1024 * 1024));
}

// Reads the current entry's data into *out, at most maxBytes.
bool readEntry(archive* a, qint64 maxBytes, QByteArray* out, QString* error) {
    out->clear();
    char buffer[kChunk];
    for (;;) {
        const la_ssize_t n = archive_read_data(a, buffer, sizeof buffer);
        if (n == 0)
            return true;
        if (n < 0) {
            *error = u"corrupt or truncated compressed data: %1"_s.arg(archiveError(a));
            return false;
        }
        if (out->size() + n > maxBytes) {
            *error = u"larger than %1 when decompressed (a decompression bomb?): not read"_s.arg(
                sizeText(maxBytes));
            out->clear();
            return false;
        }
        out->append(buffer, n);
    }
}

ArchivePtr openMemory(QByteArrayView bytes, bool zip, QString* error) {
    ArchivePtr a(archive_read_new());
    if (zip) {
        archive_read_support_format_zip(a.get());
    } else {
        archive_read_support_filter_gzip(a.get());
        archive_read_support_format_raw(a.get());
    }
    if (archive_read_open_memory(a.get(), bytes.data(), static_cast<size_t>(bytes.size())) != ARCHIVE_OK) {
        *error = u"cannot open the %1 data: %2"_s.arg(zip ? u"zip"_s : u"gzip"_s, archiveError(a.get()));
        return nullptr;
    }
    return a;
}

} // namespace

bool isGzip(QByteArrayView bytes) {
    return bytes.size() >= 2 && static_cast<uchar>(bytes[0]) == 0x1f && static_cast<uchar>(bytes[1]) == 0x8b;
}

bool isZip(QByteArrayView bytes) {
    return bytes.startsWith("PK\x03\x04") || bytes.startsWith("PK\x05\x06");
}

bool gunzip(QByteArrayView bytes, qint64 maxBytes, QByteArray* out, QString* error) {
    ArchivePtr a = openMemory(bytes, false, error);
    if (!a)
        return false;
    archive_entry* entry = nullptr;
    if (archive_read_next_header(a.get(), &entry) != ARCHIVE_OK) {
        *error = u"corrupt gzip data: %1"_s.arg(archiveError(a.get()));
        return false;
    }
    return readEntry(a.get(), maxBytes, out, error);
}

bool unzip(QByteArrayView bytes, qint64 maxBytes, qint64 maxTotalBytes, int maxMembers,
           QList<ArchiveMember>* out, QString* error) {
    ArchivePtr a = openMemory(bytes, true, error);
    if (!a)
        return false;
    qint64 total = 0;
    archive_entry* entry = nullptr;
    for (;;) {
        const int status = archive_read_next_header(a.get(), &entry);
        if (status == ARCHIVE_EOF)
            return true;
        if (status < ARCHIVE_WARN) {
            *error = u"corrupt zip archive: %1"_s.arg(archiveError(a.get()));
            return false;
        }
        if (archive_entry_filetype(entry) != AE_IFREG)
            continue;
        if (out->size() >= maxMembers) {
            *error = u"the zip archive holds more than %1 files"_s.arg(maxMembers);
            return false;
        }
        ArchiveMember member;
        const char* name = archive_entry_pathname_utf8(entry);
        if (!name)
            name = archive_entry_pathname(entry);
        member.name = QString::fromUtf8(name ? name : "").left(300);
        if (!readEntry(a.get(), maxBytes, &member.data, error)) {
            *error = member.name + u": "_s + *error;
            return false;
        }
        total += member.data.size();
        if (total > maxTotalBytes) {
            *error = u"the zip archive is larger than %1 when decompressed: not read"_s.arg(
                sizeText(maxTotalBytes));
            return false;
        }
        out->append(std::move(member));
    }
}

} // namespace rebound::reports
