// The route a message took, drawn: one row per hop (oldest first) with its receiving server, a bar as
// long as the time the hop took (from the previous hop's stamp), whether the hop used TLS, and the first
// hop outside the sender's network marked. Every mark is a word as well as a colour.
#pragma once

#include <QJsonArray>
#include <QWidget>

namespace rebound::ui {

class RouteTimeline final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RouteTimeline)

public:
    explicit RouteTimeline(QWidget* parent = nullptr);

    // hops: the message analysis's "hops" array (from, by, ip, delay_s, protocol, tls, first_external).
    void setHops(const QJsonArray& hops);
    int hopCount() const;
    // The drawing as sentences, one per hop, for screen readers and tests.
    QString describe() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    struct Hop {
        QString by;
        QString ip;
        qint64 delay = -1; // seconds; -1: unknown
        bool tls = false;
        bool firstExternal = false;
    };
    QList<Hop> m_hops;
    qint64 m_maxDelay = 0;
};

} // namespace rebound::ui
