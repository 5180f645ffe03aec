#include "core/util/backgroundwork.h"

#include <QThread>
#include <QThreadPool>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace rebound::util {
namespace {

// Idempotent; a pool thread stays lowered.
void lowerCurrentThreadPriority() {
    thread_local bool lowered = false;
    if (lowered)
        return;
    lowered = true;
#ifdef Q_OS_LINUX
    // QThread priorities do not change a SCHED_OTHER thread on Linux; its nice value does, per thread.
    const auto tid = id_t(syscall(SYS_gettid));
    errno = 0;
    const int current = getpriority(PRIO_PROCESS, tid);
    if (errno == 0 && current < 5)
        setpriority(PRIO_PROCESS, tid, 5);
#else
    QThread::currentThread()->setPriority(QThread::LowPriority);
#endif
}

} // namespace

QThreadPool* backgroundPool() {
    static QThreadPool pool;
    return &pool;
}

void startInBackground(QThreadPool* pool, std::function<void()> work) {
    pool->start([work = std::move(work)] {
        lowerCurrentThreadPriority();
        work();
    });
}

} // namespace rebound::util
