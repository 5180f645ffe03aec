// The reports a mail message carries: its attachments that are DMARC aggregate or TLS reports
// (zip, gzip, XML, JSON), found through core/bounce's MIME reading.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace rebound::reports {

struct MailAttachment {
    QString name;    // the part's file name, or its media type
    QByteArray data; // transfer encoding undone
};

// The report-like attachments of a message; empty with *whyNone saying why (a failure report, no
// attachment).
QList<MailAttachment> reportAttachments(QByteArrayView message, QString* whyNone);

} // namespace rebound::reports
