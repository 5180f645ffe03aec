// The HTTPS options of the commands that fetch over HTTPS (core/https: Qt Network).
#pragma once

#include "core/https/httpsfetcher.h"

#include <QCommandLineParser>
#include <QString>
#include <QUrl>

namespace rebound::cli {

// The options of HTTPS fetches (domain --mta-sts/--bimi, diagnose, snds, postmaster, watch):
// --https-port N, --ca-file FILE, --https-allow-private. readHttpsOptions() is false with *error when
// --https-port is not a port.
void addHttpsOptions(QCommandLineParser& parser);
bool readHttpsOptions(const QCommandLineParser& parser, https::HttpsOptions* options, QString* error);

// An https URL option (--base-url, --token-url...): *url is left as it is when the option is not given;
// anything but a valid https URL is false with *error.
bool readHttpsUrl(const QCommandLineParser& parser, const QString& name, QUrl* url, QString* error);

} // namespace rebound::cli
