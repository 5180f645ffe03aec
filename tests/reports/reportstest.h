// Small DMARC aggregate reports for the reports tests, written in the test (nothing committed).
#pragma once

#include <QByteArray>

#include <archive.h>
#include <archive_entry.h>

namespace rebound::reports::test {

// One record; dkim and spf are the policy_evaluated results.
inline QByteArray record(const QByteArray& ip, int count, const QByteArray& dkim, const QByteArray& spf,
                         const QByteArray& dkimDomain = "example.com") {
    return "<record><row><source_ip>" + ip + "</source_ip><count>" + QByteArray::number(count)
           + "</count><policy_evaluated><disposition>none</disposition><dkim>" + dkim + "</dkim><spf>" + spf
           + "</spf></policy_evaluated></row><identifiers><header_from>example.com</header_from></"
             "identifiers>"
             "<auth_results><dkim><domain>"
           + dkimDomain + "</domain><result>" + dkim
           + "</result></dkim><spf><domain>example.com</domain><result>" + spf
           + "</result></spf></auth_results></record>\n";
}

// A report of example.com by org with these records.
inline QByteArray aggregate(const QByteArray& org, const QByteArray& id, const QByteArray& records,
                            qint64 begin = 1700000000) {
    return "<?xml version=\"1.0\"?>\n<feedback><report_metadata><org_name>" + org + "</org_name><email>dmarc@"
           + org + "</email><report_id>" + id + "</report_id><date_range><begin>" + QByteArray::number(begin)
           + "</begin><end>" + QByteArray::number(begin + 86399)
           + "</end></date_range></report_metadata><policy_published><domain>example.com</domain><p>none</p>"
             "</policy_published>\n"
           + records + "</feedback>\n";
}

// One member in a zip (or a gzip stream), compressed in memory: `size` bytes of `content` repeated
// (a bomb is never on disk, nor whole in memory). Links libarchive.
inline QByteArray archiveOf(bool zip, const QByteArray& content, qint64 size) {
    QByteArray out(8 * 1024 * 1024 + 2 * content.size(), Qt::Uninitialized);
    size_t used = 0;
    archive* a = archive_write_new();
    if (zip) {
        archive_write_set_format_zip(a);
    } else {
        archive_write_set_format_raw(a);
        archive_write_add_filter_gzip(a);
    }
    archive_write_open_memory(a, out.data(), size_t(out.size()), &used);
    archive_entry* entry = archive_entry_new();
    archive_entry_set_pathname(entry, "report.xml");
    archive_entry_set_filetype(entry, AE_IFREG);
    archive_entry_set_perm(entry, 0644);
    archive_entry_set_size(entry, size);
    archive_write_header(a, entry);
    for (qint64 written = 0; written < size; written += content.size())
        archive_write_data(a, content.constData(), size_t(qMin<qint64>(content.size(), size - written)));
    archive_entry_free(entry);
    archive_write_close(a);
    archive_write_free(a);
    out.truncate(qsizetype(used));
    return out;
}

} // namespace rebound::reports::test
