// Small DMARC aggregate reports for the reports tests, written in the test (nothing committed).
#pragma once

#include <QByteArray>

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

} // namespace rebound::reports::test
