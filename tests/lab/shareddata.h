// tests/lab: the shared corpora beside the checkout (../shared/corpora: Sisimai's bounces, OpenDMARC's
// cases, the OpenSPF suite, Mail::DKIM's messages), read in place. They are not part of the repository:
// a test that needs one skips, naming the missing path, when a checkout has no ../shared. Setting
// REBOUND_SHARED_DIR in the environment points the tests elsewhere (a copy, or a missing directory to
// try what a bare checkout does).
#pragma once

#include <QByteArray>
#include <QFileInfo>
#include <QString>

namespace rebound::lab {

// $REBOUND_SHARED_DIR when set, else the build's default (../shared beside the source tree).
QString sharedDir();
// sharedDir() + '/' + relative.
QString sharedPath(const QString& relative);
// What a test says when it skips for a missing shared path.
QByteArray missingSharedMessage(const QString& path);

} // namespace rebound::lab

// Skips the current test function (from a _data function or initTestCase: the whole function or test)
// when path does not exist, with a message naming it.
#define REBOUND_REQUIRE_SHARED(path)                                                                         \
    do {                                                                                                     \
        const QString reboundSharedPath_ = (path);                                                           \
        if (!QFileInfo::exists(reboundSharedPath_))                                                          \
            QSKIP(rebound::lab::missingSharedMessage(reboundSharedPath_).constData());                       \
    } while (false)
