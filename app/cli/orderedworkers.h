#pragma once

#include <QtGlobal>

#include <condition_variable>
#include <deque>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace rebound::cli {

// Runs work() on a few threads over the jobs that next() hands out (on the calling thread, until
// it returns nothing) and gives the results to consume() on the calling thread in the order of the
// jobs. At most `window` jobs are queued, running or waiting to be consumed, so memory stays bounded
// however many jobs there are; consume() runs while the workers carry on.
template <typename Job, typename Result>
void runOrdered(int threads, int window, const std::function<std::optional<Job>()>& next,
                const std::function<Result(Job&)>& work, const std::function<void(Result&)>& consume) {
    std::mutex mutex;
    std::condition_variable jobReady;
    std::condition_variable resultReady;
    std::deque<std::pair<qint64, Job>> queue;
    std::map<qint64, Result> done;
    bool closing = false;

    std::vector<std::thread> pool;
    for (int i = 0; i < qMax(1, threads); ++i) {
        pool.emplace_back([&] {
            while (true) {
                std::unique_lock lock(mutex);
                jobReady.wait(lock, [&] { return closing || !queue.empty(); });
                if (queue.empty())
                    return;
                auto [index, job] = std::move(queue.front());
                queue.pop_front();
                lock.unlock();
                Result result = work(job);
                lock.lock();
                done.emplace(index, std::move(result));
                resultReady.notify_all();
            }
        });
    }

    qint64 issued = 0;
    qint64 consumed = 0;
    bool more = true;
    while (true) {
        while (more && issued - consumed < qMax(1, window)) {
            std::optional<Job> job = next();
            if (!job) {
                more = false;
                break;
            }
            std::lock_guard lock(mutex);
            queue.emplace_back(issued++, std::move(*job));
            jobReady.notify_one();
        }
        if (consumed == issued)
            break;
        std::unique_lock lock(mutex);
        resultReady.wait(lock, [&] { return done.count(consumed) > 0; });
        auto node = done.extract(consumed);
        lock.unlock();
        consume(node.mapped());
        ++consumed;
    }
    {
        std::lock_guard lock(mutex);
        closing = true;
    }
    jobReady.notify_all();
    for (std::thread& t : pool)
        t.join();
}

// runOrdered() over batches of the items next() hands out, for small items: each hand-over between
// threads costs a wake-up, so a batch of up to maxItems goes at once (it closes earlier when
// full(batch) says so). work() and consume() still see one item at a time, in order; `window` counts
// batches.
template <typename Item, typename Result>
void runOrderedBatches(int threads, int window, size_t maxItems,
                       const std::function<std::optional<Item>()>& next,
                       const std::function<Result(Item&)>& work, const std::function<void(Result&)>& consume,
                       const std::function<bool(const std::vector<Item>&)>& full = {}) {
    bool more = true;
    runOrdered<std::vector<Item>, std::vector<Result>>(
        threads, window,
        [&]() -> std::optional<std::vector<Item>> {
            std::vector<Item> batch;
            while (more && batch.size() < maxItems && !(full && !batch.empty() && full(batch))) {
                std::optional<Item> item = next();
                if (!item)
                    more = false;
                else
                    batch.push_back(std::move(*item));
            }
            if (batch.empty())
                return std::nullopt;
            return batch;
        },
        [&](std::vector<Item>& batch) {
            std::vector<Result> results;
            results.reserve(batch.size());
            for (Item& item : batch)
                results.push_back(work(item));
            return results;
        },
        [&](std::vector<Result>& results) {
            for (Result& result : results)
                consume(result);
        });
}

} // namespace rebound::cli
