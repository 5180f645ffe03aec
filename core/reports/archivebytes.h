// gzip and zip through libarchive, from memory, with the decompressed size bounded so that a
// "zip bomb" costs at most the bound in memory and the time to inflate it.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace rebound::reports {

bool isGzip(QByteArrayView bytes);
bool isZip(QByteArrayView bytes);

// The decompressed bytes of a gzip stream, or false with *error (corrupt, truncated, over maxBytes).
bool gunzip(QByteArrayView bytes, qint64 maxBytes, QByteArray* out, QString* error);

struct ArchiveMember {
    QString name;
    QByteArray data;
};

// The regular files of a zip archive, each at most maxBytes, at most maxMembers of them and
// maxTotalBytes in all; false with *error when the archive cannot be read or a bound is passed.
bool unzip(QByteArrayView bytes, qint64 maxBytes, qint64 maxTotalBytes, int maxMembers,
           QList<ArchiveMember>* out, QString* error);

} // namespace rebound::reports
