<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>TabFindings</name>
    <message>
        <source>One SPF record published for %1</source>
        <translation>Ein SPF-Eintrag für %1 veröffentlicht</translation>
    </message>
    <message>
        <source>%1 SPF records published for %2: receivers treat that as an error</source>
        <translation>%1 SPF-Einträge für %2 veröffentlicht: Empfänger werten das als Fehler</translation>
    </message>
    <message>
        <source>RFC 7208 allows one v=spf1 record per name; with more, the result is a permanent error. Merge them into one.</source>
        <translation>RFC 7208 erlaubt einen v=spf1-Eintrag pro Name; bei mehreren ist das Ergebnis ein permanenter Fehler (permerror). Fassen Sie sie zu einem zusammen.</translation>
    </message>
    <message>
        <source>decided by %1: %2</source>
        <translation>entschieden durch %1: %2</translation>
    </message>
    <message>
        <source>SPF result: %1, %2</source>
        <translation>SPF-Ergebnis: %1, %2</translation>
    </message>
    <message>
        <source>DMARC record found at %1</source>
        <translation>DMARC-Eintrag gefunden unter %1</translation>
    </message>
    <message>
        <source>DKIM key found for selector %1</source>
        <translation>DKIM-Schlüssel für Selektor %1 gefunden</translation>
    </message>
    <message>
        <source>No DKIM key for selector %1</source>
        <translation>Kein DKIM-Schlüssel für Selektor %1</translation>
    </message>
    <message>
        <source>MX %1: %2</source>
        <translation>MX %1: %2</translation>
    </message>
    <message>
        <source>Mail server %1 (preference %2) has an address</source>
        <translation>Mailserver %1 (Präferenz %2) hat eine Adresse</translation>
    </message>
    <message>
        <source>%1 has reverse DNS that resolves back to it</source>
        <translation>%1 hat einen Reverse-DNS-Namen, der wieder auf die Adresse auflöst</translation>
    </message>
    <message>
        <source>DNS lookups: %1 of the %2 allowed; void lookups: %3 of %4</source>
        <translation>DNS-Lookups: %1 von %2 erlaubten; Void-Lookups: %3 von %4</translation>
    </message>
    <message>
        <source>The message carries no DKIM signature</source>
        <translation>Die Nachricht trägt keine DKIM-Signatur</translation>
    </message>
    <message>
        <source>DKIM d=%1 s=%2: %3</source>
        <translation>DKIM d=%1 s=%2: %3</translation>
    </message>
    <message>
        <source>SPF %1 for %2 sending as %3</source>
        <translation>SPF %1 für %2 beim Senden als %3</translation>
    </message>
    <message>
        <source>DMARC %1 for %2</source>
        <translation>DMARC %1 für %2</translation>
    </message>
    <message>
        <source>ARC chain: %1</source>
        <translation>ARC-Kette: %1</translation>
    </message>
    <message>
        <source>Bulk-sender rules: %1 of %2 pass</source>
        <translation>Regeln für Massenversender: %1 von %2 bestanden</translation>
    </message>
    <message>
        <source>Organizational domain (DNS tree walk): %1</source>
        <translation>Organisationsdomain (DNS-Tree-Walk): %1</translation>
    </message>
    <message>
        <source>DKIM key found for selector %1 (found by %2)</source>
        <translation>DKIM-Schlüssel für Selektor %1 gefunden (über %2)</translation>
    </message>
    <message>
        <source>MTA-STS policy of %1: mode %2, max_age %3</source>
        <translation>MTA-STS-Richtlinie von %1: Modus %2, max_age %3</translation>
    </message>
    <message>
        <source>MX %1 is covered by the MTA-STS policy</source>
        <translation>MX %1 ist von der MTA-STS-Richtlinie abgedeckt</translation>
    </message>
    <message>
        <source>MX %1 is not covered by the MTA-STS policy</source>
        <translation>MX %1 ist nicht von der MTA-STS-Richtlinie abgedeckt</translation>
    </message>
    <message>
        <source>The BIMI logo is SVG Tiny PS</source>
        <translation>Das BIMI-Logo ist SVG Tiny PS</translation>
    </message>
    <message>
        <source>The BIMI logo is not SVG Tiny PS</source>
        <translation>Das BIMI-Logo ist nicht SVG Tiny PS</translation>
    </message>
    <message>
        <source>BIMI mark certificate: %1</source>
        <translation>BIMI-Markenzertifikat: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Email deliverability troubleshooter</source>
        <translation>Fehlersuche bei der E-Mail-Zustellbarkeit</translation>
    </message>
    <message>
        <source>Show the main window, start the event loop and exit (for packaging checks).</source>
        <translation>Hauptfenster anzeigen, Ereignisschleife starten und beenden (für Paketprüfungen).</translation>
    </message>
    <message>
        <source>A bounce or .eml file, or a saved session (.json, Rebound PDF), to open.</source>
        <translation>Eine Bounce- oder .eml-Datei oder eine gespeicherte Sitzung (.json, Rebound-PDF) zum Öffnen.</translation>
    </message>
</context>
<context>
    <name>rebound::auth</name>
    <message>
        <source>the local part (before @) is empty</source>
        <translation>der Local-Part (vor dem @) ist leer</translation>
    </message>
    <message>
        <source>the local part is %1 octets; the limit is 64 (RFC 5321 4.5.3.1.1)</source>
        <translation>der Local-Part hat %1 Oktette; das Limit ist 64 (RFC 5321 4.5.3.1.1)</translation>
    </message>
    <message>
        <source>the quoted local part is not closed</source>
        <translation>der Local-Part in Anführungszeichen ist nicht geschlossen</translation>
    </message>
    <message>
        <source>the quoted local part holds a character that must be escaped</source>
        <translation>der Local-Part in Anführungszeichen enthält ein Zeichen, das maskiert werden muss</translation>
    </message>
    <message>
        <source>dots may not start or end the local part or follow each other</source>
        <translation>Punkte dürfen den Local-Part weder beginnen noch beenden noch aufeinander folgen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not allowed in an unquoted local part</source>
        <translation>&apos;%1&apos; ist in einem Local-Part ohne Anführungszeichen nicht erlaubt</translation>
    </message>
    <message>
        <source>the address is far too long</source>
        <translation>die Adresse ist viel zu lang</translation>
    </message>
    <message>
        <source>there is no @</source>
        <translation>es gibt kein @</translation>
    </message>
    <message>
        <source>the address literal is not a valid IP address</source>
        <translation>das Adressliteral ist keine gültige IP-Adresse</translation>
    </message>
    <message>
        <source>an address literal instead of a domain is accepted by almost no mail system</source>
        <translation>ein Adressliteral statt einer Domain akzeptiert fast kein Mailsystem</translation>
    </message>
    <message>
        <source>the domain is not a fully qualified name</source>
        <translation>die Domain ist kein vollqualifizierter Name</translation>
    </message>
    <message>
        <source>the domain is invalid: %1</source>
        <translation>die Domain ist ungültig: %1</translation>
    </message>
    <message>
        <source>the domain holds characters that are not allowed in a host name</source>
        <translation>die Domain enthält Zeichen, die in einem Hostnamen nicht erlaubt sind</translation>
    </message>
    <message>
        <source>the address is longer than 254 octets (RFC 5321 4.5.3.1.3 with RFC 3696 errata)</source>
        <translation>die Adresse ist länger als 254 Oktette (RFC 5321 4.5.3.1.3 mit RFC-3696-Errata)</translation>
    </message>
    <message>
        <source>the required id= tag is missing (RFC 8461 3.1)</source>
        <translation>das Pflicht-Tag id= fehlt (RFC 8461 3.1)</translation>
    </message>
    <message>
        <source>id= must be 1 to 32 letters and digits</source>
        <translation>id= muss aus 1 bis 32 Buchstaben und Ziffern bestehen</translation>
    </message>
    <message>
        <source>the required rua= tag is missing (RFC 8460 3)</source>
        <translation>das Pflicht-Tag rua= fehlt (RFC 8460 3)</translation>
    </message>
    <message>
        <source>rua &apos;%1&apos; is neither mailto: nor https:</source>
        <translation>rua &apos;%1&apos; ist weder mailto: noch https:</translation>
    </message>
    <message>
        <source>the l= tag (logo URL) is missing</source>
        <translation>das Tag l= (Logo-URL) fehlt</translation>
    </message>
    <message>
        <source>l= must be an https:// URL of an SVG file</source>
        <translation>l= muss eine https://-URL einer SVG-Datei sein</translation>
    </message>
    <message>
        <source>a= (the mark certificate) must be an https:// URL</source>
        <translation>a= (das Markenzertifikat) muss eine https://-URL sein</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a mailto: address; reports cannot be sent there</source>
        <translation>%1: &apos;%2&apos; ist keine mailto:-Adresse; dorthin können keine Reports gesendet werden</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a mailto: URI; receivers ignore it</source>
        <translation>%1: &apos;%2&apos; ist keine mailto:-URI; Empfänger ignorieren sie</translation>
    </message>
    <message>
        <source>the record is empty</source>
        <translation>der Eintrag ist leer</translation>
    </message>
    <message>
        <source>v: the record must start with &quot;v=DMARC1&quot;</source>
        <translation>v: Der Eintrag muss mit „v=DMARC1“ beginnen</translation>
    </message>
    <message>
        <source>%1: the tag appears more than once; receivers may use either</source>
        <translation>%1: Das Tag kommt mehrfach vor; Empfänger verwenden womöglich irgendeines</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no &apos;=&apos; and value</source>
        <translation>&apos;%1&apos; hat kein &apos;=&apos; und keinen Wert</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not none, quarantine or reject</source>
        <translation>%1: &apos;%2&apos; ist weder none noch quarantine noch reject</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; should be written in full (none, quarantine, reject); some receivers ignore the record</source>
        <translation>%1: &apos;%2&apos; sollte ausgeschrieben werden (none, quarantine, reject); manche Empfänger ignorieren den Eintrag</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not r (relaxed) or s (strict)</source>
        <translation>%1: &apos;%2&apos; ist weder r (relaxed) noch s (strict)</translation>
    </message>
    <message>
        <source>pct: &apos;%1&apos; is not a whole number from 0 to 100</source>
        <translation>pct: &apos;%1&apos; ist keine ganze Zahl von 0 bis 100</translation>
    </message>
    <message>
        <source>ri: &apos;%1&apos; is not a number of seconds</source>
        <translation>ri: &apos;%1&apos; ist keine Anzahl Sekunden</translation>
    </message>
    <message>
        <source>rf: &apos;%1&apos; is not a report format (afrf)</source>
        <translation>rf: &apos;%1&apos; ist kein Reportformat (afrf)</translation>
    </message>
    <message>
        <source>fo: &apos;%1&apos; is not 0, 1, d or s</source>
        <translation>fo: &apos;%1&apos; ist weder 0, 1, d noch s</translation>
    </message>
    <message>
        <source>psd: &apos;%1&apos; is not y, n or u</source>
        <translation>psd: &apos;%1&apos; ist weder y, n noch u</translation>
    </message>
    <message>
        <source>t: &apos;%1&apos; is not y or n</source>
        <translation>t: &apos;%1&apos; ist weder y noch n</translation>
    </message>
    <message>
        <source>p: the required policy tag is missing</source>
        <translation>p: Das Pflicht-Tag für die Richtlinie fehlt</translation>
    </message>
    <message>
        <source>p= is not valid base64</source>
        <translation>p= ist kein gültiges Base64</translation>
    </message>
    <message>
        <source>an Ed25519 key is 32 bytes; p= holds %1</source>
        <translation>ein Ed25519-Schlüssel hat 32 Bytes; p= enthält %1</translation>
    </message>
    <message>
        <source>OpenSSL could not read the Ed25519 key</source>
        <translation>OpenSSL konnte den Ed25519-Schlüssel nicht lesen</translation>
    </message>
    <message>
        <source>Ed25519 keys (RFC 8463) are not verified by every receiver; sign with an RSA key as well</source>
        <translation>Ed25519-Schlüssel (RFC 8463) prüft nicht jeder Empfänger; signieren Sie zusätzlich mit einem RSA-Schlüssel</translation>
    </message>
    <message>
        <source>p= does not hold an RSA public key that OpenSSL can read</source>
        <translation>p= enthält keinen öffentlichen RSA-Schlüssel, den OpenSSL lesen kann</translation>
    </message>
    <message>
        <source>the RSA key has %1 bits; RFC 8301 forbids verifying keys under 1024 bits, so signatures with it fail</source>
        <translation>der RSA-Schlüssel hat %1 Bit; RFC 8301 verbietet, Schlüssel unter 1024 Bit zu prüfen, daher scheitern Signaturen damit</translation>
    </message>
    <message>
        <source>the RSA key has %1 bits; 2048 is the recommended size (RFC 8301)</source>
        <translation>der RSA-Schlüssel hat %1 Bit; empfohlen sind 2048 (RFC 8301)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a tag=value pair</source>
        <translation>&apos;%1&apos; ist kein Tag=Wert-Paar</translation>
    </message>
    <message>
        <source>the tag %1 appears twice, which makes the record invalid (RFC 6376 3.2)</source>
        <translation>das Tag %1 kommt doppelt vor, was den Eintrag ungültig macht (RFC 6376 3.2)</translation>
    </message>
    <message>
        <source>v=%1: the only version is DKIM1</source>
        <translation>v=%1: Die einzige Version ist DKIM1</translation>
    </message>
    <message>
        <source>v= must be the first tag when present</source>
        <translation>v= muss, wenn vorhanden, das erste Tag sein</translation>
    </message>
    <message>
        <source>k=%1 is not a known key type (rsa, ed25519)</source>
        <translation>k=%1 ist kein bekannter Schlüsseltyp (rsa, ed25519)</translation>
    </message>
    <message>
        <source>h= does not allow sha256; RFC 8301 forbids sha1, so no signature can verify</source>
        <translation>h= erlaubt kein sha256; RFC 8301 verbietet sha1, also kann keine Signatur bestehen</translation>
    </message>
    <message>
        <source>h= still lists sha1, which RFC 8301 retired</source>
        <translation>h= führt noch sha1 auf, das RFC 8301 abgeschafft hat</translation>
    </message>
    <message>
        <source>t=y: the domain says it is testing DKIM; receivers may treat failures as if unsigned</source>
        <translation>t=y: Die Domain gibt an, DKIM zu testen; Empfänger behandeln Fehlschläge womöglich wie unsignierte Mail</translation>
    </message>
    <message>
        <source>s=%1 excludes email, so the key cannot verify mail</source>
        <translation>s=%1 schließt email aus, daher kann der Schlüssel keine Mail prüfen</translation>
    </message>
    <message>
        <source>no p= tag: the record has no public key</source>
        <translation>kein p=-Tag: Der Eintrag hat keinen öffentlichen Schlüssel</translation>
    </message>
    <message>
        <source>p= is empty: the key has been revoked, so signatures with this selector fail</source>
        <translation>p= ist leer: Der Schlüssel wurde widerrufen, daher scheitern Signaturen mit diesem Selektor</translation>
    </message>
    <message>
        <source>%1 %2 record(s)</source>
        <translation>%1 %2-Eintrag/-Einträge</translation>
    </message>
    <message>
        <source>no %1 records (NODATA)</source>
        <translation>keine %1-Einträge (NODATA)</translation>
    </message>
    <message>
        <source>the name does not exist (NXDOMAIN)</source>
        <translation>der Name existiert nicht (NXDOMAIN)</translation>
    </message>
    <message>
        <source>not a valid DNS name</source>
        <translation>kein gültiger DNS-Name</translation>
    </message>
    <message>
        <source>%1 for %2 %3</source>
        <translation>%1 für %2 %3</translation>
    </message>
    <message>
        <source>%1 for %2 %3: %4</source>
        <translation>%1 für %2 %3: %4</translation>
    </message>
    <message>
        <source>more than %1 DNS lookups returned no records (void lookup limit, RFC 7208 4.6.4)</source>
        <translation>mehr als %1 DNS-Lookups lieferten keine Einträge (Void-Lookup-Limit, RFC 7208 4.6.4)</translation>
    </message>
    <message>
        <source>not a valid, fully qualified domain name (RFC 7208 4.3)</source>
        <translation>kein gültiger, vollqualifizierter Domainname (RFC 7208 4.3)</translation>
    </message>
    <message>
        <source>the domain does not exist (NXDOMAIN)</source>
        <translation>die Domain existiert nicht (NXDOMAIN)</translation>
    </message>
    <message>
        <source>the TXT lookup failed: %1</source>
        <translation>die TXT-Abfrage ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>no SPF record (no TXT record starting with &quot;v=spf1&quot;)</source>
        <translation>kein SPF-Eintrag (kein TXT-Eintrag, der mit „v=spf1“ beginnt)</translation>
    </message>
    <message>
        <source>%1 SPF records are published; there must be exactly one</source>
        <translation>%1 SPF-Einträge sind veröffentlicht; es muss genau einer sein</translation>
    </message>
    <message>
        <source>syntax error at position %1 (&apos;%2&apos;): %3</source>
        <translation>Syntaxfehler an Position %1 (&apos;%2&apos;): %3</translation>
    </message>
    <message>
        <source>over the DNS lookup limit</source>
        <translation>über dem DNS-Lookup-Limit</translation>
    </message>
    <message>
        <source>more than %1 DNS-querying terms (include, a, mx, ptr, exists, redirect) were needed (RFC 7208 4.6.4)</source>
        <translation>mehr als %1 DNS-abfragende Terme (include, a, mx, ptr, exists, redirect) waren nötig (RFC 7208 4.6.4)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; matched</source>
        <translation>&apos;%1&apos; hat gepasst</translation>
    </message>
    <message>
        <source>more than %1 DNS-querying terms were needed (RFC 7208 4.6.4)</source>
        <translation>mehr als %1 DNS-abfragende Terme waren nötig (RFC 7208 4.6.4)</translation>
    </message>
    <message>
        <source>the redirect target has no SPF record: %1</source>
        <translation>das redirect-Ziel hat keinen SPF-Eintrag: %1</translation>
    </message>
    <message>
        <source>redirect to %1, which has no SPF record</source>
        <translation>redirect auf %1, das keinen SPF-Eintrag hat</translation>
    </message>
    <message>
        <source>result %1</source>
        <translation>Ergebnis %1</translation>
    </message>
    <message>
        <source>no term matched; the default result is neutral</source>
        <translation>kein Term hat gepasst; das Standardergebnis ist neutral</translation>
    </message>
    <message>
        <source>always matches</source>
        <translation>passt immer</translation>
    </message>
    <message>
        <source>no client IP given</source>
        <translation>keine Client-IP angegeben</translation>
    </message>
    <message>
        <source>the IP is in this network</source>
        <translation>die IP liegt in diesem Netz</translation>
    </message>
    <message>
        <source>the IP is not in this network</source>
        <translation>die IP liegt nicht in diesem Netz</translation>
    </message>
    <message>
        <source>depends on the client IP, which was not given</source>
        <translation>hängt von der Client-IP ab, die nicht angegeben wurde</translation>
    </message>
    <message>
        <source>%1 returned %2</source>
        <translation>%1 ergab %2</translation>
    </message>
    <message>
        <source>the included domain %1 has no SPF record</source>
        <translation>die eingebundene Domain %1 hat keinen SPF-Eintrag</translation>
    </message>
    <message>
        <source>validated PTR name %1</source>
        <translation>validierter PTR-Name %1</translation>
    </message>
    <message>
        <source>no validated PTR name</source>
        <translation>kein validierter PTR-Name</translation>
    </message>
    <message>
        <source>validated PTR names: %1</source>
        <translation>validierte PTR-Namen: %1</translation>
    </message>
    <message>
        <source>%1 has %2</source>
        <translation>%1 hat %2</translation>
    </message>
    <message>
        <source>%1 MX records; an mx term may look up at most %2 (RFC 7208 4.6.4)</source>
        <translation>%1 MX-Einträge; ein mx-Term darf höchstens %2 abfragen (RFC 7208 4.6.4)</translation>
    </message>
    <message>
        <source>the evaluation took longer than %1 ms (RFC 7208 4.6.4)</source>
        <translation>die Auswertung dauerte länger als %1 ms (RFC 7208 4.6.4)</translation>
    </message>
    <message>
        <source>unknown macro letter &apos;%1&apos;</source>
        <translation>unbekannter Makrobuchstabe &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unterminated macro</source>
        <translation>nicht abgeschlossenes Makro</translation>
    </message>
    <message>
        <source>a macro transformer of zero parts is not allowed</source>
        <translation>ein Makro-Transformer mit null Teilen ist nicht erlaubt</translation>
    </message>
    <message>
        <source>malformed macro: expected &apos;}&apos;</source>
        <translation>fehlerhaftes Makro: &apos;}&apos; erwartet</translation>
    </message>
    <message>
        <source>character %1 is not allowed in a macro-string</source>
        <translation>Zeichen %1 ist in einem macro-string nicht erlaubt</translation>
    </message>
    <message>
        <source>a lone &apos;%&apos; must be written &apos;%%&apos;</source>
        <translation>ein einzelnes &apos;%&apos; muss als &apos;%%&apos; geschrieben werden</translation>
    </message>
    <message>
        <source>&apos;%&apos; followed by &apos;%1&apos; is not a macro (write &apos;%%&apos; for a percent sign)</source>
        <translation>&apos;%&apos; gefolgt von &apos;%1&apos; ist kein Makro (schreiben Sie &apos;%%&apos; für ein Prozentzeichen)</translation>
    </message>
    <message>
        <source>%1 needs &apos;:&apos; and an address</source>
        <translation>%1 braucht &apos;:&apos; und eine Adresse</translation>
    </message>
    <message>
        <source>invalid prefix length &apos;%1&apos;</source>
        <translation>ungültige Präfixlänge &apos;%1&apos;</translation>
    </message>
    <message>
        <source>invalid %1 address &apos;%2&apos;</source>
        <translation>ungültige %1-Adresse &apos;%2&apos;</translation>
    </message>
    <message>
        <source>invalid IPv4 prefix length &apos;/%1&apos;</source>
        <translation>ungültige IPv4-Präfixlänge &apos;/%1&apos;</translation>
    </message>
    <message>
        <source>invalid IPv6 prefix length &apos;//%1&apos;</source>
        <translation>ungültige IPv6-Präfixlänge &apos;//%1&apos;</translation>
    </message>
    <message>
        <source>%1 needs &apos;:&apos; and a domain</source>
        <translation>%1 braucht &apos;:&apos; und eine Domain</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos; after %2</source>
        <translation>unerwartetes &apos;%1&apos; nach %2</translation>
    </message>
    <message>
        <source>&apos;all&apos; takes no argument</source>
        <translation>&apos;all&apos; nimmt kein Argument</translation>
    </message>
    <message>
        <source>unknown mechanism &apos;%1&apos;</source>
        <translation>unbekannter Mechanismus &apos;%1&apos;</translation>
    </message>
    <message>
        <source>empty domain-spec</source>
        <translation>leere domain-spec</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not end in a valid top label (use a fully qualified name)</source>
        <translation>&apos;%1&apos; endet nicht auf einem gültigen Top-Label (verwenden Sie einen vollqualifizierten Namen)</translation>
    </message>
    <message>
        <source>byte %1 is not allowed in an SPF record (only printable ASCII and spaces)</source>
        <translation>Byte %1 ist in einem SPF-Eintrag nicht erlaubt (nur druckbares ASCII und Leerzeichen)</translation>
    </message>
    <message>
        <source>the record does not start with &quot;v=spf1&quot;</source>
        <translation>der Eintrag beginnt nicht mit „v=spf1“</translation>
    </message>
    <message>
        <source>&apos;%1=&apos; may appear only once</source>
        <translation>&apos;%1=&apos; darf nur einmal vorkommen</translation>
    </message>
    <message>
        <source>the root element is not &lt;svg&gt; in the SVG namespace</source>
        <translation>das Wurzelelement ist nicht &lt;svg&gt; im SVG-Namensraum</translation>
    </message>
    <message>
        <source>baseProfile is &quot;%1&quot;, not &quot;%2&quot;</source>
        <translation>baseProfile ist „%1“, nicht „%2“</translation>
    </message>
    <message>
        <source>version is &quot;%1&quot;, not &quot;%2&quot;</source>
        <translation>version ist „%1“, nicht „%2“</translation>
    </message>
    <message>
        <source>the root &lt;svg&gt; has a %1= attribute, which SVG Tiny PS forbids</source>
        <translation>das Wurzelelement &lt;svg&gt; hat ein Attribut %1=, das SVG Tiny PS verbietet</translation>
    </message>
    <message>
        <source>the viewBox is %1 by %2: a BIMI logo must be square</source>
        <translation>die viewBox ist %1 × %2: Ein BIMI-Logo muss quadratisch sein</translation>
    </message>
    <message>
        <source>no viewBox: the logo cannot be scaled reliably</source>
        <translation>keine viewBox: Das Logo lässt sich nicht zuverlässig skalieren</translation>
    </message>
    <message>
        <source>&lt;%1&gt; is not allowed in SVG Tiny PS</source>
        <translation>&lt;%1&gt; ist in SVG Tiny PS nicht erlaubt</translation>
    </message>
    <message>
        <source>&lt;%1&gt; has an event handler (%2=)</source>
        <translation>&lt;%1&gt; hat einen Event-Handler (%2=)</translation>
    </message>
    <message>
        <source>&lt;%1&gt; refers to %2: external references are not allowed</source>
        <translation>&lt;%1&gt; verweist auf %2: Externe Verweise sind nicht erlaubt</translation>
    </message>
    <message>
        <source>&lt;%1&gt; %2= refers outside the file</source>
        <translation>&lt;%1&gt; %2= verweist aus der Datei hinaus</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP-Status %1</translation>
    </message>
    <message>
        <source>%1 bytes, more than the %2 allowed</source>
        <translation>%1 Bytes, mehr als die erlaubten %2</translation>
    </message>
    <message>
        <source>a DOCTYPE declaration (DTDs and entities are not allowed)</source>
        <translation>eine DOCTYPE-Deklaration (DTDs und Entitäten sind nicht erlaubt)</translation>
    </message>
    <message>
        <source>an entity reference (entities are not allowed)</source>
        <translation>eine Entitätsreferenz (Entitäten sind nicht erlaubt)</translation>
    </message>
    <message>
        <source>not well-formed XML: %1 (line %2)</source>
        <translation>kein wohlgeformtes XML: %1 (Zeile %2)</translation>
    </message>
    <message>
        <source>no root element</source>
        <translation>kein Wurzelelement</translation>
    </message>
    <message>
        <source>no &lt;title&gt; element (SVG Tiny PS requires one, naming the brand)</source>
        <translation>kein &lt;title&gt;-Element (SVG Tiny PS verlangt eines, das die Marke nennt)</translation>
    </message>
    <message>
        <source>no PEM certificate in the file</source>
        <translation>kein PEM-Zertifikat in der Datei</translation>
    </message>
    <message>
        <source>lines end with LF alone; RFC 8461 3.2 asks for CRLF</source>
        <translation>Zeilen enden nur mit LF; RFC 8461 3.2 verlangt CRLF</translation>
    </message>
    <message>
        <source>more than 1000 lines</source>
        <translation>mehr als 1000 Zeilen</translation>
    </message>
    <message>
        <source>line %1 is not &quot;key: value&quot;: %2</source>
        <translation>Zeile %1 hat nicht die Form „key: value“: %2</translation>
    </message>
    <message>
        <source>%1 appears more than once; the first is used</source>
        <translation>%1 kommt mehrmals vor; das erste Vorkommen wird verwendet</translation>
    </message>
    <message>
        <source>max_age &quot;%1&quot; is not a number of seconds</source>
        <translation>max_age „%1“ ist keine Anzahl Sekunden</translation>
    </message>
    <message>
        <source>max_age %1 is above the largest allowed, %2</source>
        <translation>max_age %1 liegt über dem größten erlaubten Wert, %2</translation>
    </message>
    <message>
        <source>mx &quot;%1&quot; is not a host name or a *.domain pattern</source>
        <translation>mx „%1“ ist weder ein Hostname noch ein *.domain-Muster</translation>
    </message>
    <message>
        <source>the version field is missing</source>
        <translation>das Feld version fehlt</translation>
    </message>
    <message>
        <source>version is &quot;%1&quot;, not STSv1</source>
        <translation>version ist „%1“, nicht STSv1</translation>
    </message>
    <message>
        <source>the mode field is missing</source>
        <translation>das Feld mode fehlt</translation>
    </message>
    <message>
        <source>mode is &quot;%1&quot;, not enforce, testing or none</source>
        <translation>mode ist „%1“, nicht enforce, testing oder none</translation>
    </message>
    <message>
        <source>the max_age field is missing</source>
        <translation>das Feld max_age fehlt</translation>
    </message>
    <message>
        <source>no mx field: the policy names no mail host</source>
        <translation>kein mx-Feld: Die Richtlinie nennt keinen Mailhost</translation>
    </message>
</context>
<context>
    <name>rebound::blocklist</name>
    <message>
        <source>undocumented bits %1</source>
        <translation>undokumentierte Bits %1</translation>
    </message>
    <message>
        <source>answer outside 127.0.0.0/8</source>
        <translation>Antwort außerhalb von 127.0.0.0/8</translation>
    </message>
    <message>
        <source>not documented for this list</source>
        <translation>für diese Liste nicht dokumentiert</translation>
    </message>
    <message>
        <source>Try again later, or through another resolver.</source>
        <translation>Versuchen Sie es später erneut oder über einen anderen Resolver.</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>und %1 weitere</translation>
    </message>
    <message>
        <source>%1 is not documented for this list</source>
        <translation>%1 ist für diese Liste nicht dokumentiert</translation>
    </message>
    <message>
        <source>%1 is not trusted: %2</source>
        <translation>%1 ist nicht vertrauenswürdig: %2</translation>
    </message>
    <message>
        <source>answered %1, outside 127.0.0.0/8 where RFC 5782 answers must be: the list&apos;s domain may have lapsed, or the resolver rewrites answers</source>
        <translation>antwortete %1, außerhalb von 127.0.0.0/8, wo Antworten nach RFC 5782 liegen müssen: Die Domain der Liste ist vielleicht ausgelaufen, oder der Resolver schreibt Antworten um</translation>
    </message>
    <message>
        <source>the list refused the query (%1); this is not a listing</source>
        <translation>die Liste hat die Abfrage abgelehnt (%1); das ist kein Listing</translation>
    </message>
    <message>
        <source>the DNS server refused the query (REFUSED)</source>
        <translation>der DNS-Server hat die Abfrage abgelehnt (REFUSED)</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>no usable answer (%1)</source>
        <translation>keine verwertbare Antwort (%1)</translation>
    </message>
    <message>
        <source>no usable answer (%1: %2)</source>
        <translation>keine verwertbare Antwort (%1: %2)</translation>
    </message>
    <message>
        <source>test point %1: %2</source>
        <translation>Testpunkt %1: %2</translation>
    </message>
    <message>
        <source>test point %1 is not listed (%2), though RFC 5782 says it must be: the list is dead or emptied, does not serve %3, or answers nothing to this resolver (Spamhaus does this to public resolvers)</source>
        <translation>Testpunkt %1 ist nicht gelistet (%2), obwohl RFC 5782 das verlangt: Die Liste ist tot oder geleert, bedient %3 nicht oder beantwortet diesem Resolver nichts (so hält es Spamhaus mit öffentlichen Resolvern)</translation>
    </message>
    <message>
        <source>test point %1 answered %2, but the list documents %3: it changed its codes or is not the list it claims to be</source>
        <translation>Testpunkt %1 antwortete %2, die Liste dokumentiert aber %3: Sie hat ihre Codes geändert oder ist nicht die Liste, die sie zu sein vorgibt</translation>
    </message>
    <message>
        <source>lists the test point %1 (%2), which RFC 5782 says must never be listed: the list answers for everything (wildcard), so its answers are ignored</source>
        <translation>listet den Testpunkt %1 (%2), der laut RFC 5782 nie gelistet sein darf: Die Liste antwortet auf alles (Wildcard), daher werden ihre Antworten ignoriert</translation>
    </message>
    <message>
        <source>could not verify the list in this run: %1. Its answer for this address (%2) does not count</source>
        <translation>die Liste ließ sich in diesem Lauf nicht überprüfen: %1. Ihre Antwort für diese Adresse (%2) zählt nicht</translation>
    </message>
    <message>
        <source>could not verify the list in this run: %1</source>
        <translation>die Liste ließ sich in diesem Lauf nicht überprüfen: %1</translation>
    </message>
    <message>
        <source>needs a Spamhaus DQS key (%1)</source>
        <translation>braucht einen Spamhaus-DQS-Schlüssel (%1)</translation>
    </message>
    <message>
        <source>needs an Abusix key (%1)</source>
        <translation>braucht einen Abusix-Schlüssel (%1)</translation>
    </message>
    <message>
        <source>needs a key (%1)</source>
        <translation>braucht einen Schlüssel (%1)</translation>
    </message>
    <message>
        <source>the list does not cover IPv4 addresses</source>
        <translation>die Liste deckt keine IPv4-Adressen ab</translation>
    </message>
    <message>
        <source>the list does not cover IPv6 addresses</source>
        <translation>die Liste deckt keine IPv6-Adressen ab</translation>
    </message>
    <message>
        <source>the list does not cover domains</source>
        <translation>die Liste deckt keine Domains ab</translation>
    </message>
    <message>
        <source>not queried: the list is unverified. %1</source>
        <translation>nicht abgefragt: Die Liste ist nicht verifiziert. %1</translation>
    </message>
    <message>
        <source>not queried: the list is for paying customers only. %1</source>
        <translation>nicht abgefragt: Die Liste ist nur für zahlende Kunden. %1</translation>
    </message>
    <message>
        <source>not queried: the list is defunct. %1</source>
        <translation>nicht abgefragt: Die Liste ist eingestellt. %1</translation>
    </message>
    <message>
        <source>not queried: the list is %1. %2</source>
        <translation>nicht abgefragt: Status der Liste: %1. %2</translation>
    </message>
    <message>
        <source>no resolver</source>
        <translation>kein Resolver</translation>
    </message>
    <message>
        <source>could not check (list not answering): its test point or its first queries got no answer within the deadline, so it was not asked again in this run</source>
        <translation>nicht prüfbar (Liste antwortet nicht): ihr Testpunkt oder ihre ersten Abfragen blieben innerhalb der Frist ohne Antwort, daher wurde sie in diesem Lauf nicht mehr gefragt</translation>
    </message>
    <message>
        <source>could not check (list failing): its test point or its first queries got SERVFAIL, so it was not asked again in this run</source>
        <translation>nicht prüfbar (Liste fehlerhaft): ihr Testpunkt oder ihre ersten Abfragen ergaben SERVFAIL, daher wurde sie in diesem Lauf nicht mehr gefragt</translation>
    </message>
    <message>
        <source>could not check (list refusing): its test point or its first queries were REFUSED, so it was not asked again in this run</source>
        <translation>nicht prüfbar (Liste verweigert): ihr Testpunkt oder ihre ersten Abfragen wurden mit REFUSED abgelehnt, daher wurde sie in diesem Lauf nicht mehr gefragt</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Listed</source>
        <translation>Gelistet</translation>
    </message>
    <message>
        <source>Not listed</source>
        <translation>Nicht gelistet</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Verweigert</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>Nicht gefragt</translation>
    </message>
    <message>
        <source>Could not check</source>
        <translation>Nicht prüfbar</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 listed, %2 could not be checked (not counted as clean), %3 not listed, %4 not asked.</source>
        <translation>%1 gelistet, %2 nicht prüfbar (nicht als sauber gezählt), %3 nicht gelistet, %4 nicht gefragt.</translation>
    </message>
</context>
<context>
    <name>rebound::dane::TlsaLookup</name>
    <message>
        <source>libunbound could not create a resolver context</source>
        <translation>libunbound konnte keinen Resolver-Kontext anlegen</translation>
    </message>
    <message>
        <source>the DNSSEC trust anchor %1 cannot be read</source>
        <translation>der DNSSEC-Vertrauensanker %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>the DNSSEC trust anchor %1 is not usable: %2</source>
        <translation>der DNSSEC-Vertrauensanker %1 ist nicht verwendbar: %2</translation>
    </message>
    <message>
        <source>libunbound could not start the lookup: %1</source>
        <translation>libunbound konnte die Abfrage nicht starten: %1</translation>
    </message>
    <message>
        <source>the validated TLSA lookup took longer than %1 ms</source>
        <translation>die validierte TLSA-Abfrage dauerte länger als %1 ms</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>the validated TLSA lookup failed: %1</source>
        <translation>die validierte TLSA-Abfrage ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>the validated TLSA lookup ended with DNS error code %1</source>
        <translation>die validierte TLSA-Abfrage endete mit dem DNS-Fehlercode %1</translation>
    </message>
</context>
<context>
    <name>rebound::data::auth</name>
    <message>
        <source>%1 Explanation: %2</source>
        <extracomment>text spf_explanation</extracomment>
        <translation>%1 Erklärung: %2</translation>
    </message>
    <message>
        <source>Sender domain: %1</source>
        <extracomment>text sender_domain</extracomment>
        <translation>Absenderdomain: %1</translation>
    </message>
    <message>
        <source>could not resolve: %1</source>
        <extracomment>text mx_unresolved</extracomment>
        <translation>nicht auflösbar: %1</translation>
    </message>
    <message>
        <source>the host name has no A or AAAA record</source>
        <extracomment>text mx_no_address</extracomment>
        <translation>der Hostname hat keinen A- oder AAAA-Eintrag</translation>
    </message>
    <message>
        <source>resolves to %1, which is not reachable from the Internet (%2)</source>
        <extracomment>text mx_special_address</extracomment>
        <translation>löst auf %1 auf, das aus dem Internet nicht erreichbar ist (%2)</translation>
    </message>
    <message>
        <source>the MX target is an IP address, not a host name (RFC 5321 5.1)</source>
        <extracomment>text mx_ip_literal</extracomment>
        <translation>das MX-Ziel ist eine IP-Adresse, kein Hostname (RFC 5321 5.1)</translation>
    </message>
    <message>
        <source>%1 publishes no SPF record</source>
        <extracomment>finding spf.missing: title</extracomment>
        <translation>%1 veröffentlicht keinen SPF-Eintrag</translation>
    </message>
    <message>
        <source>Without SPF, receivers cannot tell authorized senders from forgers, and many (Gmail, Yahoo) reject or junk bulk mail from such domains. Publish a TXT record starting with &quot;v=spf1&quot;.</source>
        <extracomment>finding spf.missing: detail</extracomment>
        <translation>Ohne SPF können Empfänger autorisierte Absender nicht von Fälschern unterscheiden, und viele (Gmail, Yahoo) lehnen Massenmail solcher Domains ab oder stufen sie als Spam ein. Veröffentlichen Sie einen TXT-Eintrag, der mit „v=spf1“ beginnt.</translation>
    </message>
    <message>
        <source>%1 publishes %2 SPF records</source>
        <extracomment>finding spf.multiple_records: title</extracomment>
        <translation>%1 veröffentlicht %2 SPF-Einträge</translation>
    </message>
    <message>
        <source>RFC 7208 4.5: more than one &quot;v=spf1&quot; record is a permanent error, so SPF fails for all mail. Merge them into one record.</source>
        <extracomment>finding spf.multiple_records: detail</extracomment>
        <translation>RFC 7208 4.5: Mehr als ein „v=spf1“-Eintrag ist ein permanenter Fehler, also scheitert SPF für alle Mail. Führen Sie sie zu einem Eintrag zusammen.</translation>
    </message>
    <message>
        <source>Syntax error in the SPF record of %1</source>
        <extracomment>finding spf.syntax_error: title</extracomment>
        <translation>Syntaxfehler im SPF-Eintrag von %1</translation>
    </message>
    <message>
        <source>%1. Any syntax error makes the whole record a permanent error (RFC 7208 4.6).</source>
        <extracomment>finding spf.syntax_error: detail</extracomment>
        <translation>%1. Jeder Syntaxfehler macht den ganzen Eintrag zu einem permanenten Fehler (RFC 7208 4.6).</translation>
    </message>
    <message>
        <source>%1 target %2 has no SPF record</source>
        <extracomment>finding spf.include_without_record: title</extracomment>
        <translation>%1-Ziel %2 hat keinen SPF-Eintrag</translation>
    </message>
    <message>
        <source>An include or redirect of a domain without an SPF record is a permanent error. Remove the term or fix the name.</source>
        <extracomment>finding spf.include_without_record: detail</extracomment>
        <translation>Ein include oder redirect auf eine Domain ohne SPF-Eintrag ist ein permanenter Fehler. Entfernen Sie den Term oder korrigieren Sie den Namen.</translation>
    </message>
    <message>
        <source>SPF include loop: %1 includes itself</source>
        <extracomment>finding spf.include_loop: title</extracomment>
        <translation>SPF-include-Schleife: %1 bindet sich selbst ein</translation>
    </message>
    <message>
        <source>The loop only ends when the 10-lookup limit is hit, which is a permanent error.</source>
        <extracomment>finding spf.include_loop: detail</extracomment>
        <translation>Die Schleife endet erst am Limit von 10 Lookups, und das ist ein permanenter Fehler.</translation>
    </message>
    <message>
        <source>The TXT records at %1 are too long for one plain UDP answer</source>
        <extracomment>finding spf.record_too_long: title</extracomment>
        <translation>Die TXT-Einträge unter %1 sind zu lang für eine einfache UDP-Antwort</translation>
    </message>
    <message>
        <source>%1 bytes of TXT data. Answers over 512 bytes need EDNS0 or TCP; some receivers&apos; resolvers then fail and report temperror. Shorten the record or move senders into an include.</source>
        <extracomment>finding spf.record_too_long: detail</extracomment>
        <translation>%1 Bytes TXT-Daten. Antworten über 512 Bytes brauchen EDNS0 oder TCP; manche Resolver von Empfängern scheitern dann und melden temperror. Kürzen Sie den Eintrag oder verlagern Sie Absender in ein include.</translation>
    </message>
    <message>
        <source>SPF of %1 could not be checked</source>
        <extracomment>finding spf.dns_error: title</extracomment>
        <translation>SPF von %1 ist nicht prüfbar</translation>
    </message>
    <message>
        <source>%1. Receivers get a temporary error and may defer mail.</source>
        <extracomment>finding spf.dns_error: detail</extracomment>
        <translation>%1. Empfänger erhalten einen vorübergehenden Fehler und stellen Mail womöglich zurück.</translation>
    </message>
    <message>
        <source>%1 uses the deprecated &apos;ptr&apos; mechanism</source>
        <extracomment>finding spf.deprecated_ptr: title</extracomment>
        <translation>%1 verwendet den veralteten Mechanismus &apos;ptr&apos;</translation>
    </message>
    <message>
        <source>RFC 7208 5.5 says ptr SHOULD NOT be used: it is slow, unreliable and loads the DNS servers of the connecting IP&apos;s owner. List the senders with ip4/ip6 or a instead.</source>
        <extracomment>finding spf.deprecated_ptr: detail</extracomment>
        <translation>Laut RFC 7208 5.5 SOLLTE ptr NICHT verwendet werden: Es ist langsam, unzuverlässig und belastet die DNS-Server des Inhabers der verbindenden IP. Führen Sie die Absender stattdessen mit ip4/ip6 oder a auf.</translation>
    </message>
    <message>
        <source>%1 ends with &apos;+all&apos;: any host may send as this domain</source>
        <extracomment>finding spf.pass_all: title</extracomment>
        <translation>%1 endet mit &apos;+all&apos;: Jeder Host darf als diese Domain senden</translation>
    </message>
    <message>
        <source>&apos;+all&apos; authorizes the whole Internet; spammers can pass SPF as this domain. Use &apos;~all&apos; or &apos;-all&apos;.</source>
        <extracomment>finding spf.pass_all: detail</extracomment>
        <translation>&apos;+all&apos; autorisiert das ganze Internet; Spammer können als diese Domain SPF bestehen. Verwenden Sie &apos;~all&apos; oder &apos;-all&apos;.</translation>
    </message>
    <message>
        <source>%1 ends with &apos;?all&apos;, which protects nothing</source>
        <extracomment>finding spf.neutral_all: title</extracomment>
        <translation>%1 endet mit &apos;?all&apos;, das nichts schützt</translation>
    </message>
    <message>
        <source>A neutral result is treated like no SPF at all. Once every sender is listed, use &apos;~all&apos; or &apos;-all&apos;.</source>
        <extracomment>finding spf.neutral_all: detail</extracomment>
        <translation>Ein neutrales Ergebnis wird wie gar kein SPF behandelt. Sobald jeder Absender aufgeführt ist, verwenden Sie &apos;~all&apos; oder &apos;-all&apos;.</translation>
    </message>
    <message>
        <source>%1&apos;s SPF record has no &apos;all&apos; term and no redirect</source>
        <extracomment>finding spf.no_all: title</extracomment>
        <translation>Der SPF-Eintrag von %1 hat weder einen &apos;all&apos;-Term noch ein redirect</translation>
    </message>
    <message>
        <source>Hosts that match nothing get &apos;neutral&apos;, which receivers treat like no SPF. End the record with &apos;~all&apos; or &apos;-all&apos;.</source>
        <extracomment>finding spf.no_all: detail</extracomment>
        <translation>Hosts, auf die nichts passt, erhalten &apos;neutral&apos;, was Empfänger wie kein SPF behandeln. Beenden Sie den Eintrag mit &apos;~all&apos; oder &apos;-all&apos;.</translation>
    </message>
    <message>
        <source>SPF of %1 needs more than 10 DNS lookups</source>
        <extracomment>finding spf.too_many_lookups: title</extracomment>
        <translation>SPF von %1 braucht mehr als 10 DNS-Lookups</translation>
    </message>
    <message>
        <source>RFC 7208 4.6.4 allows 10 DNS-querying terms (include, a, mx, ptr, exists, redirect) per evaluation; beyond that the result is permerror and SPF fails for every sender. Replace includes with ip4/ip6 ranges or drop unused services.</source>
        <extracomment>finding spf.too_many_lookups: detail</extracomment>
        <translation>RFC 7208 4.6.4 erlaubt 10 DNS-abfragende Terme (include, a, mx, ptr, exists, redirect) pro Auswertung; darüber ist das Ergebnis permerror, und SPF scheitert für jeden Absender. Ersetzen Sie includes durch ip4/ip6-Bereiche oder entfernen Sie ungenutzte Dienste.</translation>
    </message>
    <message>
        <source>SPF of %1 uses %2 of 10 DNS lookups</source>
        <extracomment>finding spf.lookups_near_limit: title</extracomment>
        <translation>SPF von %1 nutzt %2 von 10 DNS-Lookups</translation>
    </message>
    <message>
        <source>A provider adding one include to its own record can push this over the limit.</source>
        <extracomment>finding spf.lookups_near_limit: detail</extracomment>
        <translation>Fügt ein Anbieter seinem eigenen Eintrag ein include hinzu, kann das über das Limit führen.</translation>
    </message>
    <message>
        <source>SPF of %1 has more than 2 lookups that return nothing</source>
        <extracomment>finding spf.too_many_void_lookups: title</extracomment>
        <translation>SPF von %1 hat mehr als 2 Lookups, die nichts liefern</translation>
    </message>
    <message>
        <source>RFC 7208 4.6.4: more than two DNS lookups answering NXDOMAIN or no records make the result permerror. Remove terms that name hosts that no longer exist.</source>
        <extracomment>finding spf.too_many_void_lookups: detail</extracomment>
        <translation>RFC 7208 4.6.4: Mehr als zwei DNS-Lookups, die NXDOMAIN oder keine Einträge liefern, machen das Ergebnis zu permerror. Entfernen Sie Terme, die Hosts nennen, die es nicht mehr gibt.</translation>
    </message>
    <message>
        <source>SPF of %1 is a permanent error</source>
        <extracomment>finding spf.permerror: title</extracomment>
        <translation>SPF von %1 ist ein permanenter Fehler</translation>
    </message>
    <message>
        <source>SPF %1 for %2 sending as %3</source>
        <extracomment>finding spf.result_fail: title</extracomment>
        <translation>SPF %1 für %2 beim Senden als %3</translation>
    </message>
    <message>
        <source>SPF %1 for the HELO name %2</source>
        <extracomment>finding spf.helo_fail: title</extracomment>
        <translation>SPF %1 für den HELO-Namen %2</translation>
    </message>
    <message>
        <source>%1. Receivers that check the HELO identity (RFC 7208 2.3) may reject; publish &quot;v=spf1 a -all&quot; at the host name.</source>
        <extracomment>finding spf.helo_fail: detail</extracomment>
        <translation>%1. Empfänger, die die HELO-Identität prüfen (RFC 7208 2.3), lehnen womöglich ab; veröffentlichen Sie „v=spf1 a -all“ unter dem Hostnamen.</translation>
    </message>
    <message>
        <source>The DMARC record of %1 could not be checked</source>
        <extracomment>finding dmarc.dns_error: title</extracomment>
        <translation>Der DMARC-Eintrag von %1 ist nicht prüfbar</translation>
    </message>
    <message>
        <source>The lookup of %1 failed (%2); receivers may treat the domain as having no policy or defer mail.</source>
        <extracomment>finding dmarc.dns_error: detail</extracomment>
        <translation>Die Abfrage von %1 ist fehlgeschlagen (%2); Empfänger behandeln die Domain womöglich als ohne Richtlinie oder stellen Mail zurück.</translation>
    </message>
    <message>
        <source>%1 publishes no DMARC record</source>
        <extracomment>finding dmarc.missing: title</extracomment>
        <translation>%1 veröffentlicht keinen DMARC-Eintrag</translation>
    </message>
    <message>
        <source>_dmarc.%1 has no &quot;v=DMARC1&quot; record. Gmail and Yahoo require DMARC from bulk senders; start with &quot;v=DMARC1; p=none; rua=mailto:...&quot;.</source>
        <extracomment>finding dmarc.missing: detail</extracomment>
        <translation>_dmarc.%1 hat keinen „v=DMARC1“-Eintrag. Gmail und Yahoo verlangen DMARC von Massenversendern; beginnen Sie mit „v=DMARC1; p=none; rua=mailto:...“.</translation>
    </message>
    <message>
        <source>%1 publishes %2 DMARC records</source>
        <extracomment>finding dmarc.multiple_records: title</extracomment>
        <translation>%1 veröffentlicht %2 DMARC-Einträge</translation>
    </message>
    <message>
        <source>DMARC record error: %1</source>
        <extracomment>finding dmarc.invalid_tag: title</extracomment>
        <translation>Fehler im DMARC-Eintrag: %1</translation>
    </message>
    <message>
        <source>Receivers may ignore the whole record or the tag; fix the value.</source>
        <extracomment>finding dmarc.invalid_tag: detail</extracomment>
        <translation>Empfänger ignorieren womöglich den ganzen Eintrag oder das Tag; korrigieren Sie den Wert.</translation>
    </message>
    <message>
        <source>DMARC record: %1</source>
        <extracomment>finding dmarc.questionable_tag: title</extracomment>
        <translation>DMARC-Eintrag: %1</translation>
    </message>
    <message>
        <source>DMARC policy of %1 is p=none (monitoring only)</source>
        <extracomment>finding dmarc.policy_none: title</extracomment>
        <translation>DMARC-Richtlinie von %1 ist p=none (nur Beobachtung)</translation>
    </message>
    <message>
        <source>Receivers report but do not act on failing mail, so forged mail is delivered. Once the aggregate reports show all legitimate mail aligned, move to p=quarantine, then p=reject.</source>
        <extracomment>finding dmarc.policy_none: detail</extracomment>
        <translation>Empfänger berichten, handeln aber nicht bei durchfallender Mail, also wird gefälschte Mail zugestellt. Sobald die Aggregate-Reports alle legitime Mail aligned zeigen, wechseln Sie zu p=quarantine, dann zu p=reject.</translation>
    </message>
    <message>
        <source>Subdomains get a weaker policy (sp=%1) than the domain (p=%2)</source>
        <extracomment>finding dmarc.weaker_subdomain_policy: title</extracomment>
        <translation>Subdomains erhalten eine schwächere Richtlinie (sp=%1) als die Domain (p=%2)</translation>
    </message>
    <message>
        <source>Forgers can use any subdomain name to get the weaker treatment.</source>
        <extracomment>finding dmarc.weaker_subdomain_policy: detail</extracomment>
        <translation>Fälscher können jeden Subdomain-Namen nutzen, um die schwächere Behandlung zu bekommen.</translation>
    </message>
    <message>
        <source>The DMARC record asks for no aggregate reports</source>
        <extracomment>finding dmarc.no_rua: title</extracomment>
        <translation>Der DMARC-Eintrag fordert keine Aggregate-Reports an</translation>
    </message>
    <message>
        <source>Without rua= you cannot see who sends as your domain or whether it aligns.</source>
        <extracomment>finding dmarc.no_rua: detail</extracomment>
        <translation>Ohne rua= sehen Sie nicht, wer im Namen Ihrer Domain sendet oder ob es aligned ist.</translation>
    </message>
    <message>
        <source>The DMARC record is in testing mode (t=y)</source>
        <extracomment>finding dmarc.testing: title</extracomment>
        <translation>Der DMARC-Eintrag ist im Testmodus (t=y)</translation>
    </message>
    <message>
        <source>RFC 9989: receivers apply one level weaker policy while t=y.</source>
        <extracomment>finding dmarc.testing: detail</extracomment>
        <translation>RFC 9989: Solange t=y gilt, wenden Empfänger eine um eine Stufe schwächere Richtlinie an.</translation>
    </message>
    <message>
        <source>Could not check whether %1 accepts DMARC reports for %2</source>
        <extracomment>finding dmarc.external_unverified: title</extracomment>
        <translation>Nicht prüfbar, ob %1 DMARC-Reports für %2 annimmt</translation>
    </message>
    <message>
        <source>The lookup of the authorization record failed: %1</source>
        <extracomment>finding dmarc.external_unverified: detail</extracomment>
        <translation>Die Abfrage des Autorisierungseintrags ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Reports to %1 are not authorized</source>
        <extracomment>finding dmarc.external_unauthorized: title</extracomment>
        <translation>Reports an %1 sind nicht autorisiert</translation>
    </message>
    <message>
        <source>%1 has no &quot;v=DMARC1&quot; TXT record, so receivers will not send reports there (RFC 7489 7.1). Ask the report provider to publish it.</source>
        <extracomment>finding dmarc.external_unauthorized: detail</extracomment>
        <translation>%1 hat keinen „v=DMARC1“-TXT-Eintrag, daher senden Empfänger keine Reports dorthin (RFC 7489 7.1). Bitten Sie den Report-Anbieter, ihn zu veröffentlichen.</translation>
    </message>
    <message>
        <source>MAIL FROM domain %1 does not align with %2 (%3)</source>
        <extracomment>finding dmarc.spf_not_aligned: title</extracomment>
        <translation>MAIL-FROM-Domain %1 ist nicht aligned mit %2 (%3)</translation>
    </message>
    <message>
        <source>SPF cannot make DMARC pass for this mail; DMARC then depends on an aligned DKIM signature (d= in the From domain).</source>
        <extracomment>finding dmarc.spf_not_aligned: detail</extracomment>
        <translation>SPF kann DMARC für diese Mail nicht bestehen lassen; DMARC hängt dann von einer aligned DKIM-Signatur ab (d= in der From-Domain).</translation>
    </message>
    <message>
        <source>The DKIM key %1 could not be checked</source>
        <extracomment>finding dkim.dns_error: title</extracomment>
        <translation>Der DKIM-Schlüssel %1 ist nicht prüfbar</translation>
    </message>
    <message>
        <source>The lookup ended with %1; receivers get a temporary DKIM error.</source>
        <extracomment>finding dkim.dns_error: detail</extracomment>
        <translation>Die Abfrage endete mit %1; Empfänger erhalten einen vorübergehenden DKIM-Fehler.</translation>
    </message>
    <message>
        <source>No DKIM key at %1</source>
        <extracomment>finding dkim.key_missing: title</extracomment>
        <translation>Kein DKIM-Schlüssel unter %1</translation>
    </message>
    <message>
        <source>Signatures with this selector fail with &quot;no key for signature&quot;. Publish the key your signer uses, or check the selector name.</source>
        <extracomment>finding dkim.key_missing: detail</extracomment>
        <translation>Signaturen mit diesem Selektor scheitern mit „no key for signature“. Veröffentlichen Sie den Schlüssel, den Ihr Signierer verwendet, oder prüfen Sie den Selektornamen.</translation>
    </message>
    <message>
        <source>%1 publishes %2 key records</source>
        <extracomment>finding dkim.multiple_keys: title</extracomment>
        <translation>%1 veröffentlicht %2 Schlüsseleinträge</translation>
    </message>
    <message>
        <source>Receivers pick one at random, so verification fails part of the time.</source>
        <extracomment>finding dkim.multiple_keys: detail</extracomment>
        <translation>Empfänger wählen einen zufällig aus, daher schlägt die Prüfung zeitweise fehl.</translation>
    </message>
    <message>
        <source>DKIM key %1: %2</source>
        <extracomment>finding dkim.key_revoked: title</extracomment>
        <translation>DKIM-Schlüssel %1: %2</translation>
    </message>
    <message>
        <source>No DKIM key found among %1 common selectors</source>
        <extracomment>finding dkim.no_common_selector: title</extracomment>
        <translation>Unter %1 gängigen Selektoren wurde kein DKIM-Schlüssel gefunden</translation>
    </message>
    <message>
        <source>DKIM selectors can be any name; give the one from a message&apos;s DKIM-Signature (s=) with --selector to check it.</source>
        <extracomment>finding dkim.no_common_selector: detail</extracomment>
        <translation>DKIM-Selektoren können beliebig heißen; geben Sie den aus der DKIM-Signature einer Nachricht (s=) mit --selector an, um ihn zu prüfen.</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <extracomment>finding mx.nxdomain: title</extracomment>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>The DNS says the domain does not exist (NXDOMAIN): mail to it bounces and mail from it is rejected by most receivers.</source>
        <extracomment>finding mx.nxdomain: detail</extracomment>
        <translation>Laut DNS existiert die Domain nicht (NXDOMAIN): Mail an sie kommt als Bounce zurück, und Mail von ihr lehnen die meisten Empfänger ab.</translation>
    </message>
    <message>
        <source>The MX records of %1 could not be checked</source>
        <extracomment>finding mx.dns_error: title</extracomment>
        <translation>Die MX-Einträge von %1 sind nicht prüfbar</translation>
    </message>
    <message>
        <source>The MX lookup ended with %1; senders will defer mail until it answers.</source>
        <extracomment>finding mx.dns_error: detail</extracomment>
        <translation>Die MX-Abfrage endete mit %1; Absender stellen Mail zurück, bis sie antwortet.</translation>
    </message>
    <message>
        <source>%1 cannot receive mail: no MX and no address</source>
        <extracomment>finding mx.no_mail_route: title</extracomment>
        <translation>%1 kann keine Mail empfangen: kein MX und keine Adresse</translation>
    </message>
    <message>
        <source>Without MX records senders fall back to the A/AAAA records (RFC 5321 5.1); there are none, so mail to this domain bounces. Many receivers also reject mail from domains that cannot receive replies.</source>
        <extracomment>finding mx.no_mail_route: detail</extracomment>
        <translation>Ohne MX-Einträge greifen Absender auf die A/AAAA-Einträge zurück (RFC 5321 5.1); es gibt keine, also kommt Mail an diese Domain als Bounce zurück. Viele Empfänger lehnen außerdem Mail von Domains ab, die keine Antworten empfangen können.</translation>
    </message>
    <message>
        <source>%1 has no MX records</source>
        <extracomment>finding mx.implicit: title</extracomment>
        <translation>%1 hat keine MX-Einträge</translation>
    </message>
    <message>
        <source>Senders deliver to the domain&apos;s own A/AAAA address (implicit MX). Publish an MX record, or a null MX (&quot;0 .&quot;, RFC 7505) if the domain takes no mail.</source>
        <extracomment>finding mx.implicit: detail</extracomment>
        <translation>Absender stellen an die eigene A/AAAA-Adresse der Domain zu (implizites MX). Veröffentlichen Sie einen MX-Eintrag oder einen Null-MX („0 .“, RFC 7505), wenn die Domain keine Mail annimmt.</translation>
    </message>
    <message>
        <source>%1 publishes a null MX: it accepts no mail</source>
        <extracomment>finding mx.null: title</extracomment>
        <translation>%1 veröffentlicht einen Null-MX: Die Domain nimmt keine Mail an</translation>
    </message>
    <message>
        <source>RFC 7505: senders bounce mail to this domain at once. Receivers may reject mail whose MAIL FROM uses it, since bounces could not be delivered.</source>
        <extracomment>finding mx.null: detail</extracomment>
        <translation>RFC 7505: Absender schicken Mail an diese Domain sofort als Bounce zurück. Empfänger können Mail ablehnen, deren MAIL FROM sie verwendet, weil Bounces nicht zustellbar wären.</translation>
    </message>
    <message>
        <source>%1 mixes a null MX with other MX records</source>
        <extracomment>finding mx.null_mixed: title</extracomment>
        <translation>%1 mischt einen Null-MX mit anderen MX-Einträgen</translation>
    </message>
    <message>
        <source>RFC 7505 3.3: a null MX must be the only MX record, with preference 0. Remove either the null MX or the others.</source>
        <extracomment>finding mx.null_mixed: detail</extracomment>
        <translation>RFC 7505 3.3: Ein Null-MX muss der einzige MX-Eintrag sein, mit Präferenz 0. Entfernen Sie entweder den Null-MX oder die anderen.</translation>
    </message>
    <message>
        <source>MX target %1 is an IP address</source>
        <extracomment>finding mx.ip_literal: title</extracomment>
        <translation>MX-Ziel %1 ist eine IP-Adresse</translation>
    </message>
    <message>
        <source>An MX must name a host, not an IP address (RFC 5321 5.1). Senders look it up as a name and fail; point the MX at a host name.</source>
        <extracomment>finding mx.ip_literal: detail</extracomment>
        <translation>Ein MX muss einen Host nennen, keine IP-Adresse (RFC 5321 5.1). Absender fragen ihn als Namen ab und scheitern; lassen Sie den MX auf einen Hostnamen zeigen.</translation>
    </message>
    <message>
        <source>MX host %1 is unusable</source>
        <extracomment>finding mx.unresolvable: title</extracomment>
        <translation>MX-Host %1 ist unbrauchbar</translation>
    </message>
    <message>
        <source>MX target %1 is a CNAME (to %2)</source>
        <extracomment>finding mx.cname: title</extracomment>
        <translation>MX-Ziel %1 ist ein CNAME (auf %2)</translation>
    </message>
    <message>
        <source>RFC 2181 10.3 and RFC 5321 5.1: an MX must name a host&apos;s canonical name. Most senders cope, some do not; point the MX at the canonical name.</source>
        <extracomment>finding mx.cname: detail</extracomment>
        <translation>RFC 2181 10.3 und RFC 5321 5.1: Ein MX muss den kanonischen Namen eines Hosts nennen. Die meisten Absender kommen damit zurecht, manche nicht; lassen Sie den MX auf den kanonischen Namen zeigen.</translation>
    </message>
    <message>
        <source>The %1 record %2 could not be checked</source>
        <extracomment>finding policy.mta_sts.dns_error: title</extracomment>
        <translation>Der %1-Eintrag %2 ist nicht prüfbar</translation>
    </message>
    <message>
        <source>%1 publishes %2 %3 records</source>
        <extracomment>finding policy.mta_sts.multiple: title</extracomment>
        <translation>%1 veröffentlicht %2 %3-Einträge</translation>
    </message>
    <message>
        <source>With more than one record, senders and receivers ignore them all.</source>
        <extracomment>finding policy.mta_sts.multiple: detail</extracomment>
        <translation>Bei mehr als einem Eintrag ignorieren Absender und Empfänger sie alle.</translation>
    </message>
    <message>
        <source>%1 record at %2: %3</source>
        <extracomment>finding policy.mta_sts.invalid: title</extracomment>
        <translation>%1-Eintrag unter %2: %3</translation>
    </message>
    <message>
        <source>BIMI is published but DMARC is not enforced</source>
        <extracomment>finding policy.bimi.dmarc_not_enforced: title</extracomment>
        <translation>BIMI ist veröffentlicht, aber DMARC wird nicht durchgesetzt</translation>
    </message>
    <message>
        <source>Mailbox providers show a BIMI logo only with p=quarantine or p=reject at pct=100.</source>
        <extracomment>finding policy.bimi.dmarc_not_enforced: detail</extracomment>
        <translation>Postfachanbieter zeigen ein BIMI-Logo nur bei p=quarantine oder p=reject mit pct=100.</translation>
    </message>
    <message>
        <source>The sender address %1 is not valid</source>
        <extracomment>finding address.syntax: title</extracomment>
        <translation>Die Absenderadresse %1 ist ungültig</translation>
    </message>
    <message>
        <source>%1 is a disposable-mail domain</source>
        <extracomment>finding address.disposable: title</extracomment>
        <translation>%1 ist eine Wegwerf-Mail-Domain</translation>
    </message>
    <message>
        <source>Mail from throw-away domains is often rejected or junked.</source>
        <extracomment>finding address.disposable: detail</extracomment>
        <translation>Mail von Wegwerf-Domains wird oft abgelehnt oder landet im Spam.</translation>
    </message>
    <message>
        <source>The sender address is internationalized</source>
        <extracomment>finding address.internationalized: title</extracomment>
        <translation>Die Absenderadresse ist internationalisiert</translation>
    </message>
    <message>
        <source>A non-ASCII local part needs SMTPUTF8 (RFC 6531) on every hop.</source>
        <extracomment>finding address.internationalized: detail</extracomment>
        <translation>Ein Nicht-ASCII-Local-Part braucht SMTPUTF8 (RFC 6531) auf jeder Station.</translation>
    </message>
    <message>
        <source>%1 announces MTA-STS, so senders that support it try this fetch and, failing it, deliver as if no policy existed (or keep a cached one until it expires).</source>
        <extracomment>text mta_sts_txt_without_policy</extracomment>
        <translation>%1 kündigt MTA-STS an; Absender, die es unterstützen, versuchen diesen Abruf und stellen, wenn er fehlschlägt, so zu, als gäbe es keine Richtlinie (oder behalten eine zwischengespeicherte, bis sie abläuft).</translation>
    </message>
    <message>
        <source>no DMARC policy</source>
        <extracomment>text dmarc_no_policy</extracomment>
        <translation>keine DMARC-Richtlinie</translation>
    </message>
    <message>
        <source>p=%1 from %2</source>
        <extracomment>text dmarc_policy_from</extracomment>
        <translation>p=%1 von %2</translation>
    </message>
    <message>
        <source>Neither _dmarc.%1 nor any name above it up to _dmarc.%2 has a &quot;v=DMARC1&quot; record (RFC 9989 DNS tree walk). Gmail and Yahoo require DMARC from bulk senders; start with &quot;v=DMARC1; p=none; rua=mailto:...&quot;.</source>
        <extracomment>finding dmarc.missing: detail_organizational</extracomment>
        <translation>Weder _dmarc.%1 noch ein darüberliegender Name bis _dmarc.%2 hat einen „v=DMARC1“-Eintrag (DNS-Tree-Walk nach RFC 9989). Gmail und Yahoo verlangen DMARC von Massenversendern; beginnen Sie mit „v=DMARC1; p=none; rua=mailto:...“.</translation>
    </message>
    <message>
        <source>RFC 9989 4.10: with more than one record, receivers apply no DMARC policy at all. Keep one.</source>
        <extracomment>finding dmarc.multiple_records: detail</extracomment>
        <translation>RFC 9989 4.10: Bei mehr als einem Eintrag wenden Empfänger überhaupt keine DMARC-Richtlinie an. Behalten Sie einen.</translation>
    </message>
    <message>
        <source>%1 uses the DMARC policy of %2</source>
        <extracomment>finding dmarc.inherited: title</extracomment>
        <translation>%1 verwendet die DMARC-Richtlinie von %2</translation>
    </message>
    <message>
        <source>Found by the DNS tree walk (RFC 9989 4.10): np= applies when the domain does not exist, else sp=, else p=.</source>
        <extracomment>finding dmarc.inherited: detail</extracomment>
        <translation>Gefunden durch den DNS-Tree-Walk (RFC 9989 4.10): np= gilt, wenn die Domain nicht existiert, sonst sp=, sonst p=.</translation>
    </message>
    <message>
        <source>Older receivers apply the DMARC policy to %1% of failing mail</source>
        <extracomment>finding dmarc.partial_pct: title</extracomment>
        <translation>Ältere Empfänger wenden die DMARC-Richtlinie auf %1 % der durchfallenden Mail an</translation>
    </message>
    <message>
        <source>RFC 9989 removed pct: receivers that follow it apply the policy to all failing mail (use t=y to test instead). Receivers of RFC 7489 still sample; raise it to 100 or remove it.</source>
        <extracomment>finding dmarc.partial_pct: detail</extracomment>
        <translation>RFC 9989 hat pct abgeschafft: Empfänger, die ihm folgen, wenden die Richtlinie auf alle durchfallende Mail an (verwenden Sie zum Testen stattdessen t=y). Empfänger nach RFC 7489 nehmen weiterhin Stichproben; erhöhen Sie den Wert auf 100 oder entfernen Sie ihn.</translation>
    </message>
    <message>
        <source>The DMARC record uses %1=, which RFC 9989 removed</source>
        <extracomment>finding dmarc.removed_tag: title</extracomment>
        <translation>Der DMARC-Eintrag verwendet %1=, das RFC 9989 abgeschafft hat</translation>
    </message>
    <message>
        <source>Receivers that follow RFC 9989 ignore it; older receivers may still honour it.</source>
        <extracomment>finding dmarc.removed_tag: detail</extracomment>
        <translation>Empfänger, die RFC 9989 folgen, ignorieren es; ältere Empfänger beachten es womöglich noch.</translation>
    </message>
    <message>
        <source>Receivers that follow RFC 9989 ignore pct= and apply the policy to all failing mail (t=y is the way to test a policy now); older receivers still apply it to a sample.</source>
        <extracomment>finding dmarc.removed_tag: detail_pct</extracomment>
        <translation>Empfänger, die RFC 9989 folgen, ignorieren pct= und wenden die Richtlinie auf alle durchfallende Mail an (t=y ist jetzt der Weg, eine Richtlinie zu testen); ältere Empfänger wenden sie weiterhin auf eine Stichprobe an.</translation>
    </message>
    <message>
        <source>Receivers that follow RFC 9989 ignore rf=; failure reports have one format. Older receivers may still read it.</source>
        <extracomment>finding dmarc.removed_tag: detail_rf</extracomment>
        <translation>Empfänger, die RFC 9989 folgen, ignorieren rf=; Fehlerberichte haben nur ein Format. Ältere Empfänger lesen es womöglich noch.</translation>
    </message>
    <message>
        <source>Receivers that follow RFC 9989 ignore ri= and send aggregate reports at least daily; older receivers may still honour the interval.</source>
        <extracomment>finding dmarc.removed_tag: detail_ri</extracomment>
        <translation>Empfänger, die RFC 9989 folgen, ignorieren ri= und senden Aggregate-Reports mindestens täglich; ältere Empfänger beachten das Intervall womöglich noch.</translation>
    </message>
    <message>
        <source>The DMARC record has tags receivers ignore: %1</source>
        <extracomment>finding dmarc.unknown_tag: title</extracomment>
        <translation>Der DMARC-Eintrag hat Tags, die Empfänger ignorieren: %1</translation>
    </message>
    <message>
        <source>RFC 9989 4.7: unknown tags are ignored. Check them for typing mistakes.</source>
        <extracomment>finding dmarc.unknown_tag: detail</extracomment>
        <translation>RFC 9989 4.7: Unbekannte Tags werden ignoriert. Prüfen Sie sie auf Tippfehler.</translation>
    </message>
    <message>
        <source>Older receivers take %1 as the organizational domain, RFC 9989 receivers %2</source>
        <extracomment>finding dmarc.psl_organizational_domain: title</extracomment>
        <translation>Ältere Empfänger nehmen %1 als Organisationsdomain, Empfänger nach RFC 9989 %2</translation>
    </message>
    <message>
        <source>RFC 7489 receivers use the Public Suffix List; RFC 9989&apos;s DNS tree walk finds %1 from the _dmarc records above %2. Relaxed SPF and DKIM alignment can give different answers at the two kinds of receiver.</source>
        <extracomment>finding dmarc.psl_organizational_domain: detail</extracomment>
        <translation>Empfänger nach RFC 7489 verwenden die Public Suffix List; der DNS-Tree-Walk nach RFC 9989 findet %1 anhand der _dmarc-Einträge oberhalb von %2. Relaxed-Alignment von SPF und DKIM kann bei den beiden Arten von Empfängern zu unterschiedlichen Ergebnissen führen.</translation>
    </message>
    <message>
        <source>Older receivers apply %1, RFC 9989 receivers %2</source>
        <extracomment>finding dmarc.psl_policy_differs: title</extracomment>
        <translation>Ältere Empfänger wenden %1 an, Empfänger nach RFC 9989 %2</translation>
    </message>
    <message>
        <source>RFC 7489 receivers look only at the domain and its Public Suffix List organizational domain and do not know np=; RFC 9989 receivers walk the DNS tree. Publish a record at the domain itself to give both the same answer.</source>
        <extracomment>finding dmarc.psl_policy_differs: detail</extracomment>
        <translation>Empfänger nach RFC 7489 betrachten nur die Domain und ihre Organisationsdomain laut Public Suffix List und kennen np= nicht; Empfänger nach RFC 9989 durchlaufen den DNS-Baum. Veröffentlichen Sie einen Eintrag unter der Domain selbst, damit beide dieselbe Antwort erhalten.</translation>
    </message>
    <message>
        <source>The MTA-STS policy %1 could not be fetched</source>
        <extracomment>finding mta_sts.fetch_failed: title</extracomment>
        <translation>Die MTA-STS-Richtlinie %1 konnte nicht abgerufen werden</translation>
    </message>
    <message>
        <source>%1</source>
        <extracomment>finding mta_sts.fetch_failed: detail</extracomment>
        <translation>%1</translation>
    </message>
    <message>
        <source>The certificate of %1 is not valid for that name</source>
        <extracomment>finding mta_sts.certificate: title</extracomment>
        <translation>Das Zertifikat von %1 ist für diesen Namen nicht gültig</translation>
    </message>
    <message>
        <source>%1. RFC 8461 3.3: senders must validate the policy host&apos;s certificate (a trusted CA, the name mta-sts.&lt;domain&gt;); with an invalid one they ignore the policy and deliver without requiring TLS.</source>
        <extracomment>finding mta_sts.certificate: detail</extracomment>
        <translation>%1. RFC 8461 3.3: Absender müssen das Zertifikat des Richtlinien-Hosts validieren (eine vertrauenswürdige CA, der Name mta-sts.&lt;domain&gt;); bei einem ungültigen ignorieren sie die Richtlinie und stellen zu, ohne TLS zu verlangen.</translation>
    </message>
    <message>
        <source>The MTA-STS policy %1 answers with a redirect</source>
        <extracomment>finding mta_sts.redirect: title</extracomment>
        <translation>Die MTA-STS-Richtlinie %1 antwortet mit einer Umleitung</translation>
    </message>
    <message>
        <source>RFC 8461 3.3: senders must not follow redirects, so the policy is never read. Serve the file directly at this URL.</source>
        <extracomment>finding mta_sts.redirect: detail</extracomment>
        <translation>RFC 8461 3.3: Absender dürfen Umleitungen nicht folgen, daher wird die Richtlinie nie gelesen. Liefern Sie die Datei direkt unter dieser URL aus.</translation>
    </message>
    <message>
        <source>The MTA-STS policy %1 is larger than %2 bytes</source>
        <extracomment>finding mta_sts.too_large: title</extracomment>
        <translation>Die MTA-STS-Richtlinie %1 ist größer als %2 Bytes</translation>
    </message>
    <message>
        <source>A policy is a few lines; senders limit the size they read (64 KB here) and drop a longer one.</source>
        <extracomment>finding mta_sts.too_large: detail</extracomment>
        <translation>Eine Richtlinie besteht aus wenigen Zeilen; Absender begrenzen die Größe, die sie lesen (hier 64 KB), und verwerfen eine längere.</translation>
    </message>
    <message>
        <source>The MTA-STS policy %1 did not arrive in time</source>
        <extracomment>finding mta_sts.timeout: title</extracomment>
        <translation>Die MTA-STS-Richtlinie %1 kam nicht rechtzeitig an</translation>
    </message>
    <message>
        <source>%1 Senders give up on slow policy hosts (RFC 8461 3.3 suggests about a minute) and deliver without it.</source>
        <extracomment>finding mta_sts.timeout: detail</extracomment>
        <translation>%1 Absender geben bei langsamen Richtlinien-Hosts auf (RFC 8461 3.3 schlägt etwa eine Minute vor) und stellen ohne sie zu.</translation>
    </message>
    <message>
        <source>The policy host %1 resolves to a private or special-purpose address</source>
        <extracomment>finding mta_sts.address_refused: title</extracomment>
        <translation>Der Richtlinien-Host %1 löst auf eine private Adresse oder eine Adresse für besondere Zwecke auf</translation>
    </message>
    <message>
        <source>%1 Senders on the Internet cannot reach it. (rebound-cli domain --https-allow-private fetches it anyway, for a lab.)</source>
        <extracomment>finding mta_sts.address_refused: detail</extracomment>
        <translation>%1 Absender im Internet können ihn nicht erreichen. (rebound-cli domain --https-allow-private ruft die Richtlinie trotzdem ab, etwa für eine Testumgebung.)</translation>
    </message>
    <message>
        <source>The MTA-STS policy %1 answers HTTP %2</source>
        <extracomment>finding mta_sts.http_status: title</extracomment>
        <translation>Die MTA-STS-Richtlinie %1 antwortet mit HTTP %2</translation>
    </message>
    <message>
        <source>RFC 8461 3.3: only a 200 answer is a policy. Serve the file at /.well-known/mta-sts.txt on the mta-sts host.</source>
        <extracomment>finding mta_sts.http_status: detail</extracomment>
        <translation>RFC 8461 3.3: Nur eine 200-Antwort ist eine Richtlinie. Liefern Sie die Datei unter /.well-known/mta-sts.txt auf dem mta-sts-Host aus.</translation>
    </message>
    <message>
        <source>The MTA-STS policy is served as &quot;%1&quot;, not text/plain</source>
        <extracomment>finding mta_sts.content_type: title</extracomment>
        <translation>Die MTA-STS-Richtlinie wird als „%1“ ausgeliefert, nicht als text/plain</translation>
    </message>
    <message>
        <source>RFC 8461 3.3 requires the media type text/plain; strict senders reject the policy otherwise.</source>
        <extracomment>finding mta_sts.content_type: detail</extracomment>
        <translation>RFC 8461 3.3 verlangt den Medientyp text/plain; strenge Absender lehnen die Richtlinie sonst ab.</translation>
    </message>
    <message>
        <source>The MTA-STS policy %1 is not valid</source>
        <extracomment>finding mta_sts.syntax: title</extracomment>
        <translation>Die MTA-STS-Richtlinie %1 ist ungültig</translation>
    </message>
    <message>
        <source>Senders ignore a policy they cannot parse (RFC 8461 3.2): it needs version: STSv1, mode: enforce, testing or none, max_age in seconds (at most 31557600) and one mx: line per mail host pattern.</source>
        <extracomment>finding mta_sts.syntax: detail</extracomment>
        <translation>Absender ignorieren eine Richtlinie, die sie nicht parsen können (RFC 8461 3.2): Sie braucht version: STSv1, mode: enforce, testing oder none, max_age in Sekunden (höchstens 31557600) und eine mx:-Zeile pro Mailhost-Muster.</translation>
    </message>
    <message>
        <source>MTA-STS policy: %1</source>
        <extracomment>finding mta_sts.policy_warning: title</extracomment>
        <translation>MTA-STS-Richtlinie: %1</translation>
    </message>
    <message>
        <source>The MTA-STS policy is in testing mode</source>
        <extracomment>finding mta_sts.mode_testing: title</extracomment>
        <translation>Die MTA-STS-Richtlinie ist im Modus testing</translation>
    </message>
    <message>
        <source>Senders report TLS failures (with TLS-RPT) but still deliver. Switch to mode: enforce once the reports are clean.</source>
        <extracomment>finding mta_sts.mode_testing: detail</extracomment>
        <translation>Absender melden TLS-Fehler (per TLS-RPT), stellen aber trotzdem zu. Wechseln Sie zu mode: enforce, sobald die Reports sauber sind.</translation>
    </message>
    <message>
        <source>The MTA-STS policy has mode none</source>
        <extracomment>finding mta_sts.mode_none: title</extracomment>
        <translation>Die MTA-STS-Richtlinie hat den Modus none</translation>
    </message>
    <message>
        <source>Mode none withdraws the policy: senders stop requiring TLS for this domain.</source>
        <extracomment>finding mta_sts.mode_none: detail</extracomment>
        <translation>Der Modus none zieht die Richtlinie zurück: Absender verlangen für diese Domain kein TLS mehr.</translation>
    </message>
    <message>
        <source>The MTA-STS max_age is only %1 seconds</source>
        <extracomment>finding mta_sts.max_age_short: title</extracomment>
        <translation>Das max_age der MTA-STS-Richtlinie beträgt nur %1 Sekunden</translation>
    </message>
    <message>
        <source>A short max_age lets a policy lapse between fetches, when an attacker can block the next fetch. RFC 8461 3.2 recommends weeks (e.g. 604800 or more).</source>
        <extracomment>finding mta_sts.max_age_short: detail</extracomment>
        <translation>Ein kurzes max_age lässt eine Richtlinie zwischen zwei Abrufen verfallen, wenn ein Angreifer den nächsten Abruf blockieren kann. RFC 8461 3.2 empfiehlt Wochen (z. B. 604800 oder mehr).</translation>
    </message>
    <message>
        <source>The policy file&apos;s id %1 differs from the TXT record&apos;s id %2</source>
        <extracomment>finding mta_sts.id_mismatch: title</extracomment>
        <translation>Die id %1 der Richtliniendatei weicht von der id %2 des TXT-Eintrags ab</translation>
    </message>
    <message>
        <source>The id of the _mta-sts TXT record is what tells senders to fetch the policy again; RFC 8461 has no id in the policy file, but one that differs suggests that the record was not updated with the policy.</source>
        <extracomment>finding mta_sts.id_mismatch: detail</extracomment>
        <translation>Die id des _mta-sts-TXT-Eintrags sagt Absendern, dass sie die Richtlinie erneut abrufen sollen; RFC 8461 sieht keine id in der Richtliniendatei vor, aber eine abweichende deutet darauf hin, dass der Eintrag nicht zusammen mit der Richtlinie aktualisiert wurde.</translation>
    </message>
    <message>
        <source>MX hosts not covered by the MTA-STS policy: %1</source>
        <extracomment>finding mta_sts.mx_mismatch: title</extracomment>
        <translation>MX-Hosts, die nicht von der MTA-STS-Richtlinie abgedeckt sind: %1</translation>
    </message>
    <message>
        <source>With mode enforce, senders refuse to deliver to an MX host that no mx: pattern matches (RFC 8461 4.1), and mail to it bounces or waits. Patterns in the policy: %1. Add the host, or a *.domain pattern (one label only), to the policy and change the TXT record&apos;s id.</source>
        <extracomment>finding mta_sts.mx_mismatch: detail</extracomment>
        <translation>Im Modus enforce verweigern Absender die Zustellung an einen MX-Host, auf den kein mx:-Muster passt (RFC 8461 4.1), und Mail an ihn kommt als Bounce zurück oder wartet. Muster in der Richtlinie: %1. Nehmen Sie den Host oder ein *.domain-Muster (nur eine Label-Ebene) in die Richtlinie auf und ändern Sie die id des TXT-Eintrags.</translation>
    </message>
    <message>
        <source>With mode testing, senders deliver anyway but report the failure in TLS-RPT; in enforce mode this mail would not be delivered. Patterns in the policy: %1.</source>
        <extracomment>finding mta_sts.mx_mismatch: detail_testing</extracomment>
        <translation>Im Modus testing stellen Absender trotzdem zu, melden den Fehler aber per TLS-RPT; im Modus enforce würde diese Mail nicht zugestellt. Muster in der Richtlinie: %1.</translation>
    </message>
    <message>
        <source>A policy is served but %1 has no MTA-STS TXT record</source>
        <extracomment>finding mta_sts.no_txt_record: title</extracomment>
        <translation>Eine Richtlinie wird ausgeliefert, aber %1 hat keinen MTA-STS-TXT-Eintrag</translation>
    </message>
    <message>
        <source>Senders fetch the policy only when the _mta-sts TXT record announces it (v=STSv1; id=...). Publish it.</source>
        <extracomment>finding mta_sts.no_txt_record: detail</extracomment>
        <translation>Absender rufen die Richtlinie nur ab, wenn der _mta-sts-TXT-Eintrag sie ankündigt (v=STSv1; id=...). Veröffentlichen Sie ihn.</translation>
    </message>
    <message>
        <source>MTA-STS without a TLS-RPT record (%1)</source>
        <extracomment>finding mta_sts.no_tls_rpt: title</extracomment>
        <translation>MTA-STS ohne TLS-RPT-Eintrag (%1)</translation>
    </message>
    <message>
        <source>Without TLS reporting (RFC 8460) you will not hear of senders that fail to deliver under the policy. Publish v=TLSRPTv1; rua=mailto:... at %1.</source>
        <extracomment>finding mta_sts.no_tls_rpt: detail</extracomment>
        <translation>Ohne TLS-Reporting (RFC 8460) erfahren Sie nicht von Absendern, die unter der Richtlinie nicht zustellen können. Veröffentlichen Sie v=TLSRPTv1; rua=mailto:... unter %1.</translation>
    </message>
    <message>
        <source>The BIMI logo %1 could not be fetched</source>
        <extracomment>finding bimi.svg_fetch_failed: title</extracomment>
        <translation>Das BIMI-Logo %1 konnte nicht abgerufen werden</translation>
    </message>
    <message>
        <source>The BIMI logo %1 is larger than %2 bytes</source>
        <extracomment>finding bimi.svg_too_large: title</extracomment>
        <translation>Das BIMI-Logo %1 ist größer als %2 Bytes</translation>
    </message>
    <message>
        <source>SVG Tiny PS logos for BIMI are limited to 32 KB; mailbox providers do not show a larger one. Simplify the paths or remove metadata.</source>
        <extracomment>finding bimi.svg_too_large: detail</extracomment>
        <translation>SVG-Tiny-PS-Logos für BIMI sind auf 32 KB begrenzt; Postfachanbieter zeigen ein größeres nicht an. Vereinfachen Sie die Pfade oder entfernen Sie Metadaten.</translation>
    </message>
    <message>
        <source>The HTTPS certificate of %1 is not valid for that name</source>
        <extracomment>finding bimi.https_certificate: title</extracomment>
        <translation>Das HTTPS-Zertifikat von %1 ist für diesen Namen nicht gültig</translation>
    </message>
    <message>
        <source>%1 Mailbox providers fetch the logo and the mark certificate only over valid HTTPS.</source>
        <extracomment>finding bimi.https_certificate: detail</extracomment>
        <translation>%1 Postfachanbieter rufen das Logo und das Markenzertifikat nur über gültiges HTTPS ab.</translation>
    </message>
    <message>
        <source>The BIMI logo %1 is not SVG Tiny PS</source>
        <extracomment>finding bimi.svg_invalid: title</extracomment>
        <translation>Das BIMI-Logo %1 ist nicht SVG Tiny PS</translation>
    </message>
    <message>
        <source>Mailbox providers show only logos in the SVG Tiny Portable/Secure profile: baseProfile=&quot;tiny-ps&quot; and version=&quot;1.2&quot; on the root, a &lt;title&gt;, a square viewBox, no scripts, animation, raster images, external references, DOCTYPE or entities. Export again with an SVG Tiny PS converter.</source>
        <extracomment>finding bimi.svg_invalid: detail</extracomment>
        <translation>Postfachanbieter zeigen nur Logos im Profil SVG Tiny Portable/Secure: baseProfile=&quot;tiny-ps&quot; und version=&quot;1.2&quot; am Wurzelelement, ein &lt;title&gt;, eine quadratische viewBox, keine Skripte, Animationen, Rastergrafiken, externen Verweise, kein DOCTYPE und keine Entitäten. Exportieren Sie erneut mit einem SVG-Tiny-PS-Konverter.</translation>
    </message>
    <message>
        <source>BIMI logo: %1</source>
        <extracomment>finding bimi.svg_warning: title</extracomment>
        <translation>BIMI-Logo: %1</translation>
    </message>
    <message>
        <source>The BIMI record has no mark certificate (a=)</source>
        <extracomment>finding bimi.no_certificate: title</extracomment>
        <translation>Der BIMI-Eintrag hat kein Markenzertifikat (a=)</translation>
    </message>
    <message>
        <source>Gmail and Apple Mail show a logo only with a Verified Mark Certificate or Common Mark Certificate; Yahoo and some others show self-asserted logos.</source>
        <extracomment>finding bimi.no_certificate: detail</extracomment>
        <translation>Gmail und Apple Mail zeigen ein Logo nur mit einem Verified Mark Certificate oder Common Mark Certificate; Yahoo und einige andere zeigen auch selbst deklarierte Logos.</translation>
    </message>
    <message>
        <source>The BIMI mark certificate %1 could not be fetched</source>
        <extracomment>finding bimi.certificate_fetch_failed: title</extracomment>
        <translation>Das BIMI-Markenzertifikat %1 konnte nicht abgerufen werden</translation>
    </message>
    <message>
        <source>The BIMI mark certificate %1 is larger than %2 bytes</source>
        <extracomment>finding bimi.certificate_too_large: title</extracomment>
        <translation>Das BIMI-Markenzertifikat %1 ist größer als %2 Bytes</translation>
    </message>
    <message>
        <source>The BIMI mark certificate %1 holds no PEM certificate</source>
        <extracomment>finding bimi.certificate_unreadable: title</extracomment>
        <translation>Das BIMI-Markenzertifikat %1 enthält kein PEM-Zertifikat</translation>
    </message>
    <message>
        <source>The a= URL must serve the VMC or CMC and its chain as PEM.</source>
        <extracomment>finding bimi.certificate_unreadable: detail</extracomment>
        <translation>Die a=-URL muss das VMC oder CMC samt Kette als PEM ausliefern.</translation>
    </message>
    <message>
        <source>The mark certificate for %1 does not verify</source>
        <extracomment>finding bimi.certificate_chain: title</extracomment>
        <translation>Das Markenzertifikat für %1 lässt sich nicht verifizieren</translation>
    </message>
    <message>
        <source>%1. Mailbox providers accept only marks issued by the BIMI Group&apos;s authorized certificate authorities, with the intermediate certificates served after the leaf.</source>
        <extracomment>finding bimi.certificate_chain: detail</extracomment>
        <translation>%1. Postfachanbieter akzeptieren nur Markenzertifikate, die von den autorisierten Zertifizierungsstellen der BIMI Group ausgestellt wurden, und die Zwischenzertifikate müssen nach dem Endzertifikat ausgeliefert werden.</translation>
    </message>
    <message>
        <source>The mark certificate for %1 lacks the BIMI key usage</source>
        <extracomment>finding bimi.certificate_usage: title</extracomment>
        <translation>Dem Markenzertifikat für %1 fehlt die BIMI-Schlüsselverwendung</translation>
    </message>
    <message>
        <source>A VMC or CMC carries the extended key usage id-kp-BrandIndicatorforMessageIdentification (1.3.6.1.5.5.7.3.31); this certificate is not a mark certificate.</source>
        <extracomment>finding bimi.certificate_usage: detail</extracomment>
        <translation>Ein VMC oder CMC trägt die erweiterte Schlüsselverwendung id-kp-BrandIndicatorforMessageIdentification (1.3.6.1.5.5.7.3.31); dieses Zertifikat ist kein Markenzertifikat.</translation>
    </message>
    <message>
        <source>The mark certificate does not name %1</source>
        <extracomment>finding bimi.certificate_domain: title</extracomment>
        <translation>Das Markenzertifikat nennt %1 nicht</translation>
    </message>
    <message>
        <source>The VMC or CMC lists the domains it may be used for; this domain is not among them.</source>
        <extracomment>finding bimi.certificate_domain: detail</extracomment>
        <translation>Das VMC oder CMC führt die Domains auf, für die es verwendet werden darf; diese Domain ist nicht darunter.</translation>
    </message>
    <message>
        <source>The mark certificate embeds no SVG logo</source>
        <extracomment>finding bimi.certificate_no_logo: title</extracomment>
        <translation>Das Markenzertifikat enthält kein SVG-Logo</translation>
    </message>
    <message>
        <source>A VMC or CMC carries the logo in its logotype extension (RFC 3709) as a data: URI; none was found.</source>
        <extracomment>finding bimi.certificate_no_logo: detail</extracomment>
        <translation>Ein VMC oder CMC trägt das Logo in seiner Logotype-Erweiterung (RFC 3709) als data:-URI; es wurde keines gefunden.</translation>
    </message>
    <message>
        <source>The logo at %1 is not the one in the mark certificate</source>
        <extracomment>finding bimi.certificate_logo_mismatch: title</extracomment>
        <translation>Das Logo unter %1 ist nicht das im Markenzertifikat</translation>
    </message>
    <message>
        <source>Mailbox providers show the certificate&apos;s logo only when the published SVG is the same file. Publish the exact SVG that was certified.</source>
        <extracomment>finding bimi.certificate_logo_mismatch: detail</extracomment>
        <translation>Postfachanbieter zeigen das Logo des Zertifikats nur, wenn das veröffentlichte SVG dieselbe Datei ist. Veröffentlichen Sie genau das SVG, das zertifiziert wurde.</translation>
    </message>
</context>
<context>
    <name>rebound::data::authtags</name>
    <message>
        <source>Version. Must be DMARC1 and come first, or receivers ignore the record.</source>
        <extracomment>DMARC tag v=</extracomment>
        <translation>Version. Muss DMARC1 sein und als Erstes stehen, sonst ignorieren Empfänger den Eintrag.</translation>
    </message>
    <message>
        <source>Policy for mail that fails DMARC: none (only report), quarantine (spam folder) or reject (refuse).</source>
        <extracomment>DMARC tag p=</extracomment>
        <translation>Richtlinie für Mail, die DMARC nicht besteht: none (nur berichten), quarantine (Spam-Ordner) oder reject (abweisen).</translation>
    </message>
    <message>
        <source>Policy for subdomains that publish no DMARC record of their own. Defaults to p.</source>
        <extracomment>DMARC tag sp=</extracomment>
        <translation>Richtlinie für Subdomains ohne eigenen DMARC-Eintrag. Standard ist p.</translation>
    </message>
    <message>
        <source>Policy for subdomains that do not exist (RFC 9989). Defaults to sp.</source>
        <extracomment>DMARC tag np=</extracomment>
        <translation>Richtlinie für nicht existierende Subdomains (RFC 9989). Standard ist sp.</translation>
    </message>
    <message>
        <source>Percentage of failing mail the policy applies to; the rest is treated one step more leniently.</source>
        <extracomment>DMARC tag pct=</extracomment>
        <translation>Prozentsatz der fehlschlagenden Mail, für den die Richtlinie gilt; der Rest wird eine Stufe milder behandelt.</translation>
    </message>
    <message>
        <source>DKIM alignment: r (relaxed, same organisational domain) or s (strict, exact domain).</source>
        <extracomment>DMARC tag adkim=</extracomment>
        <translation>DKIM-Alignment: r (relaxed, gleiche Organisationsdomain) oder s (strict, exakt gleiche Domain).</translation>
    </message>
    <message>
        <source>SPF alignment: r (relaxed, same organisational domain) or s (strict, exact domain).</source>
        <extracomment>DMARC tag aspf=</extracomment>
        <translation>SPF-Alignment: r (relaxed, gleiche Organisationsdomain) oder s (strict, exakt gleiche Domain).</translation>
    </message>
    <message>
        <source>Where receivers send daily aggregate reports (mailto: addresses).</source>
        <extracomment>DMARC tag rua=</extracomment>
        <translation>Wohin Empfänger tägliche Aggregate-Reports senden (mailto:-Adressen).</translation>
    </message>
    <message>
        <source>Where receivers send per-message failure reports; few receivers send them.</source>
        <extracomment>DMARC tag ruf=</extracomment>
        <translation>Wohin Empfänger Fehlerberichte pro Nachricht senden; nur wenige Empfänger senden sie.</translation>
    </message>
    <message>
        <source>When failure reports are wanted: 0 (all fail), 1 (any fails), d (DKIM fails), s (SPF fails).</source>
        <extracomment>DMARC tag fo=</extracomment>
        <translation>Wann Fehlerberichte gewünscht sind: 0 (alle schlagen fehl), 1 (eines schlägt fehl), d (DKIM schlägt fehl), s (SPF schlägt fehl).</translation>
    </message>
    <message>
        <source>Format of failure reports (afrf).</source>
        <extracomment>DMARC tag rf=</extracomment>
        <translation>Format der Fehlerberichte (afrf).</translation>
    </message>
    <message>
        <source>Interval between aggregate reports, in seconds (usually ignored; daily).</source>
        <extracomment>DMARC tag ri=</extracomment>
        <translation>Intervall zwischen Aggregate-Reports in Sekunden (meist ignoriert; täglich).</translation>
    </message>
    <message>
        <source>Public suffix domain flag (RFC 9989): y, n or u.</source>
        <extracomment>DMARC tag psd=</extracomment>
        <translation>Public-Suffix-Domain-Flag (RFC 9989): y, n oder u.</translation>
    </message>
    <message>
        <source>Testing mode (RFC 9989): t=y asks receivers to apply the policy one step more leniently.</source>
        <extracomment>DMARC tag t=</extracomment>
        <translation>Testmodus (RFC 9989): t=y bittet Empfänger, die Richtlinie eine Stufe milder anzuwenden.</translation>
    </message>
    <message>
        <source>Version. DKIM1 when present; must come first.</source>
        <extracomment>DKIM tag v=</extracomment>
        <translation>Version. DKIM1, falls vorhanden; muss als Erstes stehen.</translation>
    </message>
    <message>
        <source>Key type: rsa (default) or ed25519.</source>
        <extracomment>DKIM tag k=</extracomment>
        <translation>Schlüsseltyp: rsa (Standard) oder ed25519.</translation>
    </message>
    <message>
        <source>The public key, base64. Empty means the key was revoked: signatures with it fail.</source>
        <extracomment>DKIM tag p=</extracomment>
        <translation>Der öffentliche Schlüssel, Base64. Leer bedeutet, der Schlüssel wurde widerrufen: Signaturen damit schlagen fehl.</translation>
    </message>
    <message>
        <source>Hash algorithms the key may be used with (sha256; sha1 is obsolete).</source>
        <extracomment>DKIM tag h=</extracomment>
        <translation>Hash-Algorithmen, mit denen der Schlüssel verwendet werden darf (sha256; sha1 ist veraltet).</translation>
    </message>
    <message>
        <source>Service types the key is for: * (all) or email.</source>
        <extracomment>DKIM tag s=</extracomment>
        <translation>Diensttypen, für die der Schlüssel gilt: * (alle) oder email.</translation>
    </message>
    <message>
        <source>Flags: y (testing, receivers treat failures as unsigned), s (the i= domain must equal d=).</source>
        <extracomment>DKIM tag t=</extracomment>
        <translation>Flags: y (Test, Empfänger behandeln Fehler wie unsigniert), s (die i=-Domain muss gleich d= sein).</translation>
    </message>
    <message>
        <source>Notes for people; receivers ignore it.</source>
        <extracomment>DKIM tag n=</extracomment>
        <translation>Notizen für Menschen; Empfänger ignorieren sie.</translation>
    </message>
    <message>
        <source>Granularity (obsolete, RFC 4871).</source>
        <extracomment>DKIM tag g=</extracomment>
        <translation>Granularität (veraltet, RFC 4871).</translation>
    </message>
</context>
<context>
    <name>rebound::data::blocklist</name>
    <message>
        <source>Public mirrors answer 127.255.255.254 (or NXDOMAIN for everything) to queries through public or shared resolvers; a Spamhaus DQS key works through any resolver.</source>
        <extracomment>list spamhaus-zen: access_note</extracomment>
        <translation>Öffentliche Mirrors antworten auf Abfragen über öffentliche oder geteilte Resolver mit 127.255.255.254 (oder NXDOMAIN für alles); ein Spamhaus-DQS-Schlüssel funktioniert über jeden Resolver.</translation>
    </message>
    <message>
        <source>Through the Spamhaus Blocklist Removal Center. PBL entries with code .10 are maintained by the ISP, so the ISP has to act; .11 entries are Spamhaus-maintained.</source>
        <extracomment>list spamhaus-zen: delisting_note</extracomment>
        <translation>Über das Spamhaus Blocklist Removal Center. PBL-Einträge mit Code .10 pflegt der Provider, also muss der Provider handeln; .11-Einträge pflegt Spamhaus.</translation>
    </message>
    <message>
        <source>SBL: a direct spam source, spam operation or spam service</source>
        <extracomment>list spamhaus-zen, 127.0.0.2: meaning</extracomment>
        <translation>SBL: eine direkte Spamquelle, Spam-Operation oder ein Spam-Dienst</translation>
    </message>
    <message>
        <source>CSS (part of the SBL): snowshoe spam found by automation</source>
        <extracomment>list spamhaus-zen, 127.0.0.3: meaning</extracomment>
        <translation>CSS (Teil der SBL): automatisch erkannter Snowshoe-Spam</translation>
    </message>
    <message>
        <source>XBL: exploited host (CBL data: malware, bot or open proxy)</source>
        <extracomment>list spamhaus-zen, 127.0.0.4: meaning</extracomment>
        <translation>XBL: kompromittierter Host (CBL-Daten: Malware, Bot oder offener Proxy)</translation>
    </message>
    <message>
        <source>XBL (code documented as currently unused; SpamAssassin and rspamd map it to the XBL)</source>
        <extracomment>list spamhaus-zen, 127.0.0.5: meaning</extracomment>
        <translation>XBL (Code laut Dokumentation derzeit ungenutzt; SpamAssassin und rspamd ordnen ihn der XBL zu)</translation>
    </message>
    <message>
        <source>DROP/EDROP: hijacked or criminal network (always in addition to the SBL)</source>
        <extracomment>list spamhaus-zen, 127.0.0.9: meaning</extracomment>
        <translation>DROP/EDROP: gekapertes oder kriminelles Netz (immer zusätzlich zur SBL)</translation>
    </message>
    <message>
        <source>PBL, ISP-maintained: the ISP says this address should not send mail directly; only the ISP can change it</source>
        <extracomment>list spamhaus-zen, 127.0.0.10: meaning</extracomment>
        <translation>PBL, vom Provider gepflegt: Der Provider sagt, diese Adresse soll keine Mail direkt senden; nur der Provider kann das ändern</translation>
    </message>
    <message>
        <source>PBL, Spamhaus-maintained: an end-user address range that should not send mail directly</source>
        <extracomment>list spamhaus-zen, 127.0.0.11: meaning</extracomment>
        <translation>PBL, von Spamhaus gepflegt: ein Endkunden-Adressbereich, der keine Mail direkt senden soll</translation>
    </message>
    <message>
        <source>BCL: botnet controller</source>
        <extracomment>list spamhaus-zen, 127.0.0.30: meaning</extracomment>
        <translation>BCL: Botnetz-Controller</translation>
    </message>
    <message>
        <source>DQS key disabled (third-party description)</source>
        <extracomment>list spamhaus-zen, 127.255.255.250: meaning</extracomment>
        <translation>DQS-Schlüssel deaktiviert (Beschreibung von Dritten)</translation>
    </message>
    <message>
        <source>Check the DQS key in the Spamhaus portal.</source>
        <extracomment>list spamhaus-zen, 127.255.255.250: remedy</extracomment>
        <translation>Prüfen Sie den DQS-Schlüssel im Spamhaus-Portal.</translation>
    </message>
    <message>
        <source>DQS key rejected or used by another account (third-party description)</source>
        <extracomment>list spamhaus-zen, 127.255.255.251: meaning</extracomment>
        <translation>DQS-Schlüssel abgelehnt oder von einem anderen Konto benutzt (Beschreibung von Dritten)</translation>
    </message>
    <message>
        <source>Typing error in the DNSBL name</source>
        <extracomment>list spamhaus-zen, 127.255.255.252: meaning</extracomment>
        <translation>Tippfehler im DNSBL-Namen</translation>
    </message>
    <message>
        <source>Report this: the zone name used is wrong.</source>
        <extracomment>list spamhaus-zen, 127.255.255.252: remedy</extracomment>
        <translation>Bitte melden: Der verwendete Zonenname ist falsch.</translation>
    </message>
    <message>
        <source>Query through a public or open resolver, or from a host with generic unattributable reverse DNS</source>
        <extracomment>list spamhaus-zen, 127.255.255.254: meaning</extracomment>
        <translation>Abfrage über einen öffentlichen oder offenen Resolver oder von einem Host mit generischem, nicht zuordenbarem Reverse DNS</translation>
    </message>
    <message>
        <source>Use your own recursive resolver or enter a free Spamhaus DQS key.</source>
        <extracomment>list spamhaus-zen, 127.255.255.254: remedy</extracomment>
        <translation>Verwenden Sie einen eigenen rekursiven Resolver oder geben Sie einen kostenlosen Spamhaus-DQS-Schlüssel ein.</translation>
    </message>
    <message>
        <source>Excessive number of queries from this resolver</source>
        <extracomment>list spamhaus-zen, 127.255.255.255: meaning</extracomment>
        <translation>Zu viele Abfragen von diesem Resolver</translation>
    </message>
    <message>
        <source>Part of ZEN; as ZEN.</source>
        <extracomment>list spamhaus-sbl: access_note</extracomment>
        <translation>Teil von ZEN; wie ZEN.</translation>
    </message>
    <message>
        <source>Through the Spamhaus Blocklist Removal Center.</source>
        <extracomment>list spamhaus-sbl: delisting_note</extracomment>
        <translation>Über das Spamhaus Blocklist Removal Center.</translation>
    </message>
    <message>
        <source>DROP/EDROP: hijacked or criminal network</source>
        <extracomment>list spamhaus-sbl, 127.0.0.9: meaning</extracomment>
        <translation>DROP/EDROP: gekapertes oder kriminelles Netz</translation>
    </message>
    <message>
        <source>Fix the infection first, then request removal in the Blocklist Removal Center.</source>
        <extracomment>list spamhaus-xbl: delisting_note</extracomment>
        <translation>Beheben Sie zuerst die Infektion und beantragen Sie dann das Delisting im Blocklist Removal Center.</translation>
    </message>
    <message>
        <source>XBL (code documented as currently unused)</source>
        <extracomment>list spamhaus-xbl, 127.0.0.5: meaning</extracomment>
        <translation>XBL (Code laut Dokumentation derzeit ungenutzt)</translation>
    </message>
    <message>
        <source>ISP-maintained entries (.10) need the ISP; Spamhaus-maintained ones (.11) go through the Removal Center.</source>
        <extracomment>list spamhaus-pbl: delisting_note</extracomment>
        <translation>Vom Provider gepflegte Einträge (.10) brauchen den Provider; von Spamhaus gepflegte (.11) laufen über das Removal Center.</translation>
    </message>
    <message>
        <source>PBL, ISP-maintained: the ISP says this address should not send mail directly</source>
        <extracomment>list spamhaus-pbl, 127.0.0.10: meaning</extracomment>
        <translation>PBL, vom Provider gepflegt: Der Provider sagt, diese Adresse soll keine Mail direkt senden</translation>
    </message>
    <message>
        <source>PBL, Spamhaus-maintained: an end-user range that should not send mail directly</source>
        <extracomment>list spamhaus-pbl, 127.0.0.11: meaning</extracomment>
        <translation>PBL, von Spamhaus gepflegt: ein Endkundenbereich, der keine Mail direkt senden soll</translation>
    </message>
    <message>
        <source>As ZEN.</source>
        <extracomment>list spamhaus-dbl: access_note</extracomment>
        <translation>Wie ZEN.</translation>
    </message>
    <message>
        <source>Low-reputation or spam domain</source>
        <extracomment>list spamhaus-dbl, 127.0.1.2: meaning</extracomment>
        <translation>Domain mit schlechter Reputation oder Spam-Domain</translation>
    </message>
    <message>
        <source>Phishing domain</source>
        <extracomment>list spamhaus-dbl, 127.0.1.4: meaning</extracomment>
        <translation>Phishing-Domain</translation>
    </message>
    <message>
        <source>Malware domain</source>
        <extracomment>list spamhaus-dbl, 127.0.1.5: meaning</extracomment>
        <translation>Malware-Domain</translation>
    </message>
    <message>
        <source>Botnet command-and-control domain</source>
        <extracomment>list spamhaus-dbl, 127.0.1.6: meaning</extracomment>
        <translation>Botnetz-Command-and-Control-Domain</translation>
    </message>
    <message>
        <source>Abused legitimate domain (spam)</source>
        <extracomment>list spamhaus-dbl, 127.0.1.102: meaning</extracomment>
        <translation>Missbrauchte legitime Domain (Spam)</translation>
    </message>
    <message>
        <source>Abused redirector or URL shortener</source>
        <extracomment>list spamhaus-dbl, 127.0.1.103: meaning</extracomment>
        <translation>Missbrauchter Redirector oder URL-Kürzer</translation>
    </message>
    <message>
        <source>Abused legitimate domain (phishing)</source>
        <extracomment>list spamhaus-dbl, 127.0.1.104: meaning</extracomment>
        <translation>Missbrauchte legitime Domain (Phishing)</translation>
    </message>
    <message>
        <source>Abused legitimate domain (malware)</source>
        <extracomment>list spamhaus-dbl, 127.0.1.105: meaning</extracomment>
        <translation>Missbrauchte legitime Domain (Malware)</translation>
    </message>
    <message>
        <source>Abused legitimate domain (botnet C&amp;C)</source>
        <extracomment>list spamhaus-dbl, 127.0.1.106: meaning</extracomment>
        <translation>Missbrauchte legitime Domain (Botnetz-C&amp;C)</translation>
    </message>
    <message>
        <source>IP queries are not allowed in the DBL (client error)</source>
        <extracomment>list spamhaus-dbl, 127.0.1.255: meaning</extracomment>
        <translation>IP-Abfragen sind in der DBL nicht erlaubt (Client-Fehler)</translation>
    </message>
    <message>
        <source>Report this: an IP address was sent to a domain list.</source>
        <extracomment>list spamhaus-dbl, 127.0.1.255: remedy</extracomment>
        <translation>Bitte melden: Eine IP-Adresse wurde an eine Domainliste gesendet.</translation>
    </message>
    <message>
        <source>Only through Spamhaus DQS, with a key.</source>
        <extracomment>list spamhaus-zrd: access_note</extracomment>
        <translation>Nur über Spamhaus DQS, mit Schlüssel.</translation>
    </message>
    <message>
        <source>Entries expire 24 hours after the domain was first seen.</source>
        <extracomment>list spamhaus-zrd: delisting_note</extracomment>
        <translation>Einträge verfallen 24 Stunden, nachdem die Domain zuerst gesehen wurde.</translation>
    </message>
    <message>
        <source>Very fresh domain: first seen within the last {last} hours (listed for 24 hours after registration or reactivation)</source>
        <extracomment>list spamhaus-zrd, 127.0.2.2: meaning</extracomment>
        <translation>Sehr neue Domain: zuerst gesehen in den letzten {last} Stunden (gelistet für 24 Stunden nach Registrierung oder Reaktivierung)</translation>
    </message>
    <message>
        <source>Fresh domain: first seen within the last {last} hours (listed for 24 hours after registration or reactivation)</source>
        <extracomment>list spamhaus-zrd, 127.0.2.5: meaning</extracomment>
        <translation>Neue Domain: zuerst gesehen in den letzten {last} Stunden (gelistet für 24 Stunden nach Registrierung oder Reaktivierung)</translation>
    </message>
    <message>
        <source>IP query sent to a domain list (client error)</source>
        <extracomment>list spamhaus-zrd, 127.0.2.255: meaning</extracomment>
        <translation>IP-Abfrage an eine Domainliste gesendet (Client-Fehler)</translation>
    </message>
    <message>
        <source>Only through Spamhaus DQS, with a key; not part of ZEN.</source>
        <extracomment>list spamhaus-authbl: access_note</extracomment>
        <translation>Nur über Spamhaus DQS, mit Schlüssel; nicht Teil von ZEN.</translation>
    </message>
    <message>
        <source>Host known to run bots that log in with stolen SMTP credentials</source>
        <extracomment>list spamhaus-authbl, 127.0.0.20: meaning</extracomment>
        <translation>Host, auf dem bekanntermaßen Bots laufen, die sich mit gestohlenen SMTP-Zugangsdaten anmelden</translation>
    </message>
    <message>
        <source>Paid DQS dataset of hashes (wallets, e-mail addresses, files); not an IP or domain list, so not queried here.</source>
        <extracomment>list spamhaus-hbl: access_note</extracomment>
        <translation>Kostenpflichtiger DQS-Datensatz von Hashes (Wallets, E-Mail-Adressen, Dateien); keine IP- oder Domainliste, daher hier nicht abgefragt.</translation>
    </message>
    <message>
        <source>Runs on Spamhaus infrastructure with Spamhaus&apos;s access rules. Use XBL or ZEN instead.</source>
        <extracomment>list cbl: access_note</extracomment>
        <translation>Läuft auf Spamhaus-Infrastruktur mit den Zugangsregeln von Spamhaus. Verwenden Sie stattdessen XBL oder ZEN.</translation>
    </message>
    <message>
        <source>Exploited host (now the Spamhaus XBL)</source>
        <extracomment>list cbl, 127.0.0.2: meaning</extracomment>
        <translation>Kompromittierter Host (jetzt die Spamhaus XBL)</translation>
    </message>
    <message>
        <source>The resolver&apos;s public IP must be registered (free) on barracudacentral.org; unregistered resolvers get failures. bb.barracudacentral.org is reported to need no registration (unconfirmed).</source>
        <extracomment>list barracuda: access_note</extracomment>
        <translation>Die öffentliche IP des Resolvers muss (kostenlos) auf barracudacentral.org registriert sein; nicht registrierte Resolver erhalten Fehler. bb.barracudacentral.org soll keine Registrierung brauchen (unbestätigt).</translation>
    </message>
    <message>
        <source>Removal request form on barracudacentral.org.</source>
        <extracomment>list barracuda: delisting_note</extracomment>
        <translation>Delisting-Formular auf barracudacentral.org.</translation>
    </message>
    <message>
        <source>Listed on the Barracuda Reputation Block List (poor sending reputation)</source>
        <extracomment>list barracuda, 127.0.0.2: meaning</extracomment>
        <translation>Gelistet auf der Barracuda Reputation Block List (schlechte Versandreputation)</translation>
    </message>
    <message>
        <source>No removal form: the listing expires once reports stop (about 24 hours); repeat listings last longer.</source>
        <extracomment>list spamcop: delisting_note</extracomment>
        <translation>Kein Delisting-Formular: Das Listing verfällt, sobald keine Meldungen mehr kommen (etwa 24 Stunden); wiederholte Listings dauern länger.</translation>
    </message>
    <message>
        <source>Reported as a spam source by SpamCop users or traps</source>
        <extracomment>list spamcop, 127.0.0.2: meaning</extracomment>
        <translation>Von SpamCop-Nutzern oder Spamfallen als Spamquelle gemeldet</translation>
    </message>
    <message>
        <source>Expires automatically about 7 days after the abuse stops; paid express delisting exists and is not needed.</source>
        <extracomment>list uceprotect-1: delisting_note</extracomment>
        <translation>Verfällt automatisch etwa 7 Tage nach Ende des Missbrauchs; ein kostenpflichtiges Express-Delisting gibt es, es ist aber nicht nötig.</translation>
    </message>
    <message>
        <source>This single IP sent to UCEPROTECT traps</source>
        <extracomment>list uceprotect-1, 127.0.0.2: meaning</extracomment>
        <translation>Genau diese IP hat an UCEPROTECT-Spamfallen gesendet</translation>
    </message>
    <message>
        <source>Drops automatically when few Level 1 IPs remain in the block; tell your provider.</source>
        <extracomment>list uceprotect-2: delisting_note</extracomment>
        <translation>Fällt automatisch weg, wenn nur noch wenige Level-1-IPs im Block bleiben; informieren Sie Ihren Provider.</translation>
    </message>
    <message>
        <source>The address allocation around this IP was escalated from Level 1 (collateral listing)</source>
        <extracomment>list uceprotect-2, 127.0.0.2: meaning</extracomment>
        <translation>Die Adresszuteilung um diese IP wurde von Level 1 hochgestuft (Kollateral-Listing)</translation>
    </message>
    <message>
        <source>Listing of the whole ASN; only the network operator can change it.</source>
        <extracomment>list uceprotect-3: delisting_note</extracomment>
        <translation>Listing des ganzen ASN; nur der Netzbetreiber kann es ändern.</translation>
    </message>
    <message>
        <source>The whole network (ASN) of this IP is listed (collateral listing)</source>
        <extracomment>list uceprotect-3, 127.0.0.2: meaning</extracomment>
        <translation>Das ganze Netz (ASN) dieser IP ist gelistet (Kollateral-Listing)</translation>
    </message>
    <message>
        <source>Meant for null-sender or postmaster traffic only (safe mode).</source>
        <extracomment>list backscatterer: access_note</extracomment>
        <translation>Nur für Null-Sender- oder Postmaster-Verkehr gedacht (sicherer Modus).</translation>
    </message>
    <message>
        <source>Listed for 4 weeks after the last backscatter; paid express delisting exists.</source>
        <extracomment>list backscatterer: delisting_note</extracomment>
        <translation>Gelistet für 4 Wochen nach dem letzten Backscatter; ein kostenpflichtiges Express-Delisting gibt es.</translation>
    </message>
    <message>
        <source>Sent backscatter (bounces or autoreplies to forged senders)</source>
        <extracomment>list backscatterer, 127.0.0.2: meaning</extracomment>
        <translation>Hat Backscatter gesendet (Bounces oder Autoreplies an gefälschte Absender)</translation>
    </message>
    <message>
        <source>Anyone can remove an IP on psbl.org.</source>
        <extracomment>list psbl: delisting_note</extracomment>
        <translation>Jeder kann eine IP auf psbl.org entfernen.</translation>
    </message>
    <message>
        <source>Sent mail to PSBL spam traps</source>
        <extracomment>list psbl, 127.0.0.2: meaning</extracomment>
        <translation>Hat Mail an PSBL-Spamfallen gesendet</translation>
    </message>
    <message>
        <source>Free below 100,000 messages and 100,000 queries a day.</source>
        <extracomment>list mailspike-bl: access_note</extracomment>
        <translation>Kostenlos unter 100.000 Nachrichten und 100.000 Abfragen am Tag.</translation>
    </message>
    <message>
        <source>Self-service form on mailspike.org, processed automatically in about 6-36 hours.</source>
        <extracomment>list mailspike-bl: delisting_note</extracomment>
        <translation>Self-Service-Formular auf mailspike.org, automatisch bearbeitet in etwa 6–36 Stunden.</translation>
    </message>
    <message>
        <source>Taking part in a current spam wave (zero-hour, ZBI)</source>
        <extracomment>list mailspike-bl, 127.0.0.2: meaning</extracomment>
        <translation>Beteiligt an einer aktuellen Spamwelle (Zero-Hour, ZBI)</translation>
    </message>
    <message>
        <source>Reputation L5: worst</source>
        <extracomment>list mailspike-bl, 127.0.0.10: meaning</extracomment>
        <translation>Reputation L5: am schlechtesten</translation>
    </message>
    <message>
        <source>Reputation L4: very bad</source>
        <extracomment>list mailspike-bl, 127.0.0.11: meaning</extracomment>
        <translation>Reputation L4: sehr schlecht</translation>
    </message>
    <message>
        <source>Reputation L3: bad</source>
        <extracomment>list mailspike-bl, 127.0.0.12: meaning</extracomment>
        <translation>Reputation L3: schlecht</translation>
    </message>
    <message>
        <source>Taking part in a current spam wave (zero-hour)</source>
        <extracomment>list mailspike-z, 127.0.0.2: meaning</extracomment>
        <translation>Beteiligt an einer aktuellen Spamwelle (Zero-Hour)</translation>
    </message>
    <message>
        <source>Gives every IP a score, so it also answers for the RFC 5782 test addresses.</source>
        <extracomment>list mailspike-rep: access_note</extracomment>
        <translation>Gibt jeder IP einen Score und antwortet daher auch für die Testadressen nach RFC 5782.</translation>
    </message>
    <message>
        <source>Reputation L2: suspicious</source>
        <extracomment>list mailspike-rep, 127.0.0.13: meaning</extracomment>
        <translation>Reputation L2: verdächtig</translation>
    </message>
    <message>
        <source>Reputation L1: neutral, probably spam</source>
        <extracomment>list mailspike-rep, 127.0.0.14: meaning</extracomment>
        <translation>Reputation L1: neutral, wahrscheinlich Spam</translation>
    </message>
    <message>
        <source>Reputation LH0: neutral</source>
        <extracomment>list mailspike-rep, 127.0.0.15: meaning</extracomment>
        <translation>Reputation LH0: neutral</translation>
    </message>
    <message>
        <source>Reputation H1: neutral, probably legitimate</source>
        <extracomment>list mailspike-rep, 127.0.0.16: meaning</extracomment>
        <translation>Reputation H1: neutral, wahrscheinlich legitim</translation>
    </message>
    <message>
        <source>Reputation H2: possibly legitimate</source>
        <extracomment>list mailspike-rep, 127.0.0.17: meaning</extracomment>
        <translation>Reputation H2: möglicherweise legitim</translation>
    </message>
    <message>
        <source>Reputation H3: good</source>
        <extracomment>list mailspike-rep, 127.0.0.18: meaning</extracomment>
        <translation>Reputation H3: gut</translation>
    </message>
    <message>
        <source>Reputation H4: very good</source>
        <extracomment>list mailspike-rep, 127.0.0.19: meaning</extracomment>
        <translation>Reputation H4: sehr gut</translation>
    </message>
    <message>
        <source>Reputation H5: excellent</source>
        <extracomment>list mailspike-rep, 127.0.0.20: meaning</extracomment>
        <translation>Reputation H5: ausgezeichnet</translation>
    </message>
    <message>
        <source>Free for fewer than 1,000 users or 250,000 messages a day; may not be embedded in paid products. Blocked resolvers get bit 1. Query the full host name.</source>
        <extracomment>list surbl-multi: access_note</extracomment>
        <translation>Kostenlos für weniger als 1.000 Nutzer oder 250.000 Nachrichten am Tag; darf nicht in kostenpflichtige Produkte eingebaut werden. Gesperrte Resolver erhalten Bit 1. Fragen Sie den vollen Hostnamen ab.</translation>
    </message>
    <message>
        <source>Through surbl.org (the Lists page). Do not script its web site.</source>
        <extracomment>list surbl-multi: delisting_note</extracomment>
        <translation>Über surbl.org (die Seite „Lists“). Automatisieren Sie keine Zugriffe auf die Website.</translation>
    </message>
    <message>
        <source>Query blocked (public resolver or volume)</source>
        <extracomment>list surbl-multi, 1: meaning</extracomment>
        <translation>Abfrage gesperrt (öffentlicher Resolver oder Volumen)</translation>
    </message>
    <message>
        <source>Use your own recursive resolver, or a SURBL data feed.</source>
        <extracomment>list surbl-multi, 1: remedy</extracomment>
        <translation>Verwenden Sie einen eigenen rekursiven Resolver oder einen SURBL-Datenfeed.</translation>
    </message>
    <message>
        <source>DM: disposable mail domain</source>
        <extracomment>list surbl-multi, 4: meaning</extracomment>
        <translation>DM: Wegwerf-Maildomain</translation>
    </message>
    <message>
        <source>PH: phishing</source>
        <extracomment>list surbl-multi, 8: meaning</extracomment>
        <translation>PH: Phishing</translation>
    </message>
    <message>
        <source>MW: malware</source>
        <extracomment>list surbl-multi, 16: meaning</extracomment>
        <translation>MW: Malware</translation>
    </message>
    <message>
        <source>CT: click-tracker of a non-confirmed-opt-in sender</source>
        <extracomment>list surbl-multi, 32: meaning</extracomment>
        <translation>CT: Klick-Tracker eines Absenders ohne bestätigtes Opt-in</translation>
    </message>
    <message>
        <source>ABUSE: spam and abuse</source>
        <extracomment>list surbl-multi, 64: meaning</extracomment>
        <translation>ABUSE: Spam und Missbrauch</translation>
    </message>
    <message>
        <source>CR: cracked site</source>
        <extracomment>list surbl-multi, 128: meaning</extracomment>
        <translation>CR: gehackte Website</translation>
    </message>
    <message>
        <source>Refused queries (public resolvers, volume) get 127.0.0.1 with a TXT naming your resolver.</source>
        <extracomment>list uribl-multi: access_note</extracomment>
        <translation>Verweigerte Abfragen (öffentliche Resolver, Volumen) erhalten 127.0.0.1 mit einem TXT, der Ihren Resolver nennt.</translation>
    </message>
    <message>
        <source>A login is required to submit delist requests.</source>
        <extracomment>list uribl-multi: delisting_note</extracomment>
        <translation>Für Delisting-Anträge ist eine Anmeldung nötig.</translation>
    </message>
    <message>
        <source>Query refused (public resolver or volume)</source>
        <extracomment>list uribl-multi, 1: meaning</extracomment>
        <translation>Abfrage verweigert (öffentlicher Resolver oder Volumen)</translation>
    </message>
    <message>
        <source>Use your own recursive resolver, or a URIBL data feed.</source>
        <extracomment>list uribl-multi, 1: remedy</extracomment>
        <translation>Verwenden Sie einen eigenen rekursiven Resolver oder einen URIBL-Datenfeed.</translation>
    </message>
    <message>
        <source>black: spammer-owned domain</source>
        <extracomment>list uribl-multi, 2: meaning</extracomment>
        <translation>black: Domain eines Spammers</translation>
    </message>
    <message>
        <source>grey: bulk sender domain (false positives expected)</source>
        <extracomment>list uribl-multi, 4: meaning</extracomment>
        <translation>grey: Domain eines Massenversenders (Fehlalarme zu erwarten)</translation>
    </message>
    <message>
        <source>red: young domain or WHOIS privacy (automated)</source>
        <extracomment>list uribl-multi, 8: meaning</extracomment>
        <translation>red: junge Domain oder WHOIS-Privacy (automatisch)</translation>
    </message>
    <message>
        <source>Key required in the query name; keyless queries are REFUSED.</source>
        <extracomment>list abusix-combined: access_note</extracomment>
        <translation>Schlüssel im Abfragenamen erforderlich; Abfragen ohne Schlüssel werden mit REFUSED beantwortet.</translation>
    </message>
    <message>
        <source>From the lookup page; a policy-list delisting creates a semi-permanent exception.</source>
        <extracomment>list abusix-combined: delisting_note</extracomment>
        <translation>Über die Abfrageseite; ein Delisting von einer Policy-Liste erzeugt eine halbdauerhafte Ausnahme.</translation>
    </message>
    <message>
        <source>Black: hit primary spam traps</source>
        <extracomment>list abusix-combined, 127.0.0.2: meaning</extracomment>
        <translation>Black: hat primäre Spamfallen getroffen</translation>
    </message>
    <message>
        <source>Black: heuristics (very low reputation or near trap hitters)</source>
        <extracomment>list abusix-combined, 127.0.0.3: meaning</extracomment>
        <translation>Black: Heuristik (sehr schlechte Reputation oder nahe an Fallentreffern)</translation>
    </message>
    <message>
        <source>Exploit: infected host or proxy</source>
        <extracomment>list abusix-combined, 127.0.0.4: meaning</extracomment>
        <translation>Exploit: infizierter Host oder Proxy</translation>
    </message>
    <message>
        <source>Policy: generic reverse DNS</source>
        <extracomment>list abusix-combined, 127.0.0.11: meaning</extracomment>
        <translation>Policy: generischer Reverse DNS</translation>
    </message>
    <message>
        <source>Policy: no reverse DNS</source>
        <extracomment>list abusix-combined, 127.0.0.12: meaning</extracomment>
        <translation>Policy: kein Reverse DNS</translation>
    </message>
    <message>
        <source>Semi-permanent manual listing</source>
        <extracomment>list abusix-combined, 127.0.0.200: meaning</extracomment>
        <translation>Halbdauerhaftes manuelles Listing</translation>
    </message>
    <message>
        <source>Key required; keyless queries are REFUSED.</source>
        <extracomment>list abusix-dblack: access_note</extracomment>
        <translation>Schlüssel erforderlich; Abfragen ohne Schlüssel werden mit REFUSED beantwortet.</translation>
    </message>
    <message>
        <source>Domain seen in message bodies of spam</source>
        <extracomment>list abusix-dblack, 127.0.1.1: meaning</extracomment>
        <translation>Domain im Text von Spam-Nachrichten gesehen</translation>
    </message>
    <message>
        <source>Historically public; 2026 third-party pages describe an API-key query form (unverified).</source>
        <extracomment>list spamrats: access_note</extracomment>
        <translation>Früher öffentlich; Seiten Dritter von 2026 beschreiben eine Abfrageform mit API-Schlüssel (unbestätigt).</translation>
    </message>
    <message>
        <source>Automatic self-removal from the lookup page; Dyna and NoPtr need working forward-confirmed reverse DNS first.</source>
        <extracomment>list spamrats: delisting_note</extracomment>
        <translation>Automatische Selbstentfernung über die Abfrageseite; Dyna und NoPtr brauchen vorher einen funktionierenden, vorwärts bestätigten Reverse DNS.</translation>
    </message>
    <message>
        <source>RATS-Dyna: reverse DNS looks dynamic or generic</source>
        <extracomment>list spamrats, 127.0.0.36: meaning</extracomment>
        <translation>RATS-Dyna: Reverse DNS wirkt dynamisch oder generisch</translation>
    </message>
    <message>
        <source>RATS-NoPtr: no reverse DNS</source>
        <extracomment>list spamrats, 127.0.0.37: meaning</extracomment>
        <translation>RATS-NoPtr: kein Reverse DNS</translation>
    </message>
    <message>
        <source>RATS-Spam: sent spam</source>
        <extracomment>list spamrats, 127.0.0.38: meaning</extracomment>
        <translation>RATS-Spam: hat Spam gesendet</translation>
    </message>
    <message>
        <source>RATS-Auth: login abuse (not a mail-sending signal)</source>
        <extracomment>list spamrats, 127.0.0.43: meaning</extracomment>
        <translation>RATS-Auth: Login-Missbrauch (kein Signal für Mailversand)</translation>
    </message>
    <message>
        <source>Free for commercial and non-commercial use. Built for IRC, not mail.</source>
        <extracomment>list dronebl: access_note</extracomment>
        <translation>Kostenlos für kommerzielle und nichtkommerzielle Nutzung. Für IRC gebaut, nicht für Mail.</translation>
    </message>
    <message>
        <source>From the lookup page, reviewed by volunteers.</source>
        <extracomment>list dronebl: delisting_note</extracomment>
        <translation>Über die Abfrageseite, geprüft von Freiwilligen.</translation>
    </message>
    <message>
        <source>Sample (test entry)</source>
        <extracomment>list dronebl, 127.0.0.2: meaning</extracomment>
        <translation>Beispiel (Testeintrag)</translation>
    </message>
    <message>
        <source>IRC drone</source>
        <extracomment>list dronebl, 127.0.0.3: meaning</extracomment>
        <translation>IRC-Drohne</translation>
    </message>
    <message>
        <source>Tor exit (deprecated code)</source>
        <extracomment>list dronebl, 127.0.0.4: meaning</extracomment>
        <translation>Tor-Exit (veralteter Code)</translation>
    </message>
    <message>
        <source>Bottler</source>
        <extracomment>list dronebl, 127.0.0.5: meaning</extracomment>
        <translation>Bottler</translation>
    </message>
    <message>
        <source>Unknown spambot or drone</source>
        <extracomment>list dronebl, 127.0.0.6: meaning</extracomment>
        <translation>Unbekannter Spambot oder Drohne</translation>
    </message>
    <message>
        <source>DDoS drone</source>
        <extracomment>list dronebl, 127.0.0.7: meaning</extracomment>
        <translation>DDoS-Drohne</translation>
    </message>
    <message>
        <source>SOCKS proxy</source>
        <extracomment>list dronebl, 127.0.0.8: meaning</extracomment>
        <translation>SOCKS-Proxy</translation>
    </message>
    <message>
        <source>HTTP proxy</source>
        <extracomment>list dronebl, 127.0.0.9: meaning</extracomment>
        <translation>HTTP-Proxy</translation>
    </message>
    <message>
        <source>ProxyChain</source>
        <extracomment>list dronebl, 127.0.0.10: meaning</extracomment>
        <translation>ProxyChain</translation>
    </message>
    <message>
        <source>Web page proxy</source>
        <extracomment>list dronebl, 127.0.0.11: meaning</extracomment>
        <translation>Webseiten-Proxy</translation>
    </message>
    <message>
        <source>Open DNS resolver</source>
        <extracomment>list dronebl, 127.0.0.12: meaning</extracomment>
        <translation>Offener DNS-Resolver</translation>
    </message>
    <message>
        <source>Brute-force attacker</source>
        <extracomment>list dronebl, 127.0.0.13: meaning</extracomment>
        <translation>Brute-Force-Angreifer</translation>
    </message>
    <message>
        <source>Open WinGate proxy</source>
        <extracomment>list dronebl, 127.0.0.14: meaning</extracomment>
        <translation>Offener WinGate-Proxy</translation>
    </message>
    <message>
        <source>Compromised router or gateway</source>
        <extracomment>list dronebl, 127.0.0.15: meaning</extracomment>
        <translation>Kompromittierter Router oder Gateway</translation>
    </message>
    <message>
        <source>Autorooting worm</source>
        <extracomment>list dronebl, 127.0.0.16: meaning</extracomment>
        <translation>Autorooting-Wurm</translation>
    </message>
    <message>
        <source>Automatically determined botnet IP</source>
        <extracomment>list dronebl, 127.0.0.17: meaning</extracomment>
        <translation>Automatisch erkannte Botnetz-IP</translation>
    </message>
    <message>
        <source>DNS/MX-type host name seen on IRC</source>
        <extracomment>list dronebl, 127.0.0.18: meaning</extracomment>
        <translation>Hostname vom Typ DNS/MX im IRC gesehen</translation>
    </message>
    <message>
        <source>Abused VPN service</source>
        <extracomment>list dronebl, 127.0.0.19: meaning</extracomment>
        <translation>Missbrauchter VPN-Dienst</translation>
    </message>
    <message>
        <source>Unknown reason</source>
        <extracomment>list dronebl, 127.0.0.255: meaning</extracomment>
        <translation>Unbekannter Grund</translation>
    </message>
    <message>
        <source>Must be requested from the listed IP itself: `curl -4 http://www.usenix.org.uk/content/rblremove` (instant); otherwise use the help page.</source>
        <extracomment>list s5h: delisting_note</extracomment>
        <translation>Muss von der gelisteten IP selbst angefordert werden: `curl -4 http://www.usenix.org.uk/content/rblremove` (sofort); sonst die Hilfeseite nutzen.</translation>
    </message>
    <message>
        <source>Listed by s5h.net</source>
        <extracomment>list s5h, 127.0.0.2: meaning</extracomment>
        <translation>Gelistet von s5h.net</translation>
    </message>
    <message>
        <source>Contact them above 10,000 queries a day.</source>
        <extracomment>list nordspam-bl: access_note</extracomment>
        <translation>Ab 10.000 Abfragen am Tag Kontakt aufnehmen.</translation>
    </message>
    <message>
        <source>Manual moderation through nordspam.com.</source>
        <extracomment>list nordspam-bl: delisting_note</extracomment>
        <translation>Manuelle Moderation über nordspam.com.</translation>
    </message>
    <message>
        <source>Listed by NordSpam (the TXT record has details)</source>
        <extracomment>list nordspam-bl, 127.0.0.2: meaning</extracomment>
        <translation>Gelistet von NordSpam (der TXT-Eintrag enthält Details)</translation>
    </message>
    <message>
        <source>Domain listed by NordSpam (the TXT record has details)</source>
        <extracomment>list nordspam-dbl, 127.0.0.2: meaning</extracomment>
        <translation>Domain gelistet von NordSpam (der TXT-Eintrag enthält Details)</translation>
    </message>
    <message>
        <source>Needs a free account; processed in about 20 minutes, some cases manually within 48 hours.</source>
        <extracomment>list 0spam-bl: delisting_note</extracomment>
        <translation>Braucht ein kostenloses Konto; bearbeitet in etwa 20 Minuten, manche Fälle manuell innerhalb von 48 Stunden.</translation>
    </message>
    <message>
        <source>Listed by 0spam (it documents its answers only as 127.0.0.#)</source>
        <extracomment>list 0spam-bl, 127.0.0.0: meaning</extracomment>
        <translation>Gelistet von 0spam (dokumentiert seine Antworten nur als 127.0.0.#)</translation>
    </message>
    <message>
        <source>The whole /24 around this IP is listed by 0spam</source>
        <extracomment>list 0spam-nbl, 127.0.0.0: meaning</extracomment>
        <translation>Das ganze /24 um diese IP ist von 0spam gelistet</translation>
    </message>
    <message>
        <source>Lists the IPs of spam-linked domains (web hosts), not mail senders.</source>
        <extracomment>list 0spam-url: access_note</extracomment>
        <translation>Listet die IPs von Domains mit Spam-Bezug (Webhoster), keine Mailversender.</translation>
    </message>
    <message>
        <source>No manual removal; entries age out automatically.</source>
        <extracomment>list gbudb: delisting_note</extracomment>
        <translation>Keine manuelle Entfernung; Einträge verfallen automatisch.</translation>
    </message>
    <message>
        <source>Truncate: very low reputation in GBUdb</source>
        <extracomment>list gbudb, 127.0.0.2: meaning</extracomment>
        <translation>Truncate: sehr schlechte Reputation in GBUdb</translation>
    </message>
    <message>
        <source>Mixed allow/block semantics: 127.0.0.1 means allowlisted.</source>
        <extracomment>list hostkarma: access_note</extracomment>
        <translation>Gemischte Allow-/Block-Bedeutung: 127.0.0.1 heißt auf der Allowlist.</translation>
    </message>
    <message>
        <source>White: allowlisted</source>
        <extracomment>list hostkarma, 127.0.0.1: meaning</extracomment>
        <translation>White: auf der Allowlist</translation>
    </message>
    <message>
        <source>Black: blocklisted</source>
        <extracomment>list hostkarma, 127.0.0.2: meaning</extracomment>
        <translation>Black: auf der Blocklist</translation>
    </message>
    <message>
        <source>Yellow: mixed source such as big webmail (do not block)</source>
        <extracomment>list hostkarma, 127.0.0.3: meaning</extracomment>
        <translation>Yellow: gemischte Quelle wie großer Webmailer (nicht blocken)</translation>
    </message>
    <message>
        <source>Brown: suspicious (score only)</source>
        <extracomment>list hostkarma, 127.0.0.4: meaning</extracomment>
        <translation>Brown: verdächtig (nur Score)</translation>
    </message>
    <message>
        <source>NOBL: do not blacklist</source>
        <extracomment>list hostkarma, 127.0.0.5: meaning</extracomment>
        <translation>NOBL: nicht blocklisten</translation>
    </message>
    <message>
        <source>Informational second record</source>
        <extracomment>list hostkarma, 127.0.1.1: meaning</extracomment>
        <translation>Zweiter Eintrag zur Information</translation>
    </message>
    <message>
        <source>Under 100,000 lookups a day and non-commercial. Over-limit resolvers get 127.0.0.255, and have been sent 127.0.10.x for every IP.</source>
        <extracomment>list dnswl: access_note</extracomment>
        <translation>Unter 100.000 Abfragen am Tag und nichtkommerziell. Resolver über dem Limit erhalten 127.0.0.255 und bekamen schon 127.0.10.x für jede IP.</translation>
    </message>
    <message>
        <source>Registration is voluntary.</source>
        <extracomment>list dnswl: delisting_note</extracomment>
        <translation>Registrierung ist freiwillig.</translation>
    </message>
    <message>
        <source>Query blocked (over the free limit)</source>
        <extracomment>list dnswl, 127.0.0.255: meaning</extracomment>
        <translation>Abfrage gesperrt (über dem kostenlosen Limit)</translation>
    </message>
    <message>
        <source>Use your own recursive resolver below the limits, or register.</source>
        <extracomment>list dnswl, 127.0.0.255: remedy</extracomment>
        <translation>Verwenden Sie einen eigenen rekursiven Resolver unterhalb der Limits oder registrieren Sie sich.</translation>
    </message>
    <message>
        <source>Category 10 (special cases): also the test-point answer and what over-quota resolvers get for every IP, so not trusted</source>
        <extracomment>list dnswl, 127.0.10.0: meaning</extracomment>
        <translation>Kategorie 10 (Sonderfälle): auch die Testpunkt-Antwort und das, was Resolver über dem Kontingent für jede IP erhalten, daher nicht vertrauenswürdig</translation>
    </message>
    <message>
        <source>Allowlisted: financial services (trust level {last}: 0 none, 1 low, 2 medium, 3 high)</source>
        <extracomment>list dnswl, 127.0.2.0: meaning</extracomment>
        <translation>Auf der Allowlist: Finanzdienstleister (Vertrauensstufe {last}: 0 keine, 1 niedrig, 2 mittel, 3 hoch)</translation>
    </message>
    <message>
        <source>Allowlisted: e-mail service provider (trust level {last}: 0 none, 1 low, 2 medium, 3 high)</source>
        <extracomment>list dnswl, 127.0.3.0: meaning</extracomment>
        <translation>Auf der Allowlist: E-Mail-Dienstleister (Vertrauensstufe {last}: 0 keine, 1 niedrig, 2 mittel, 3 hoch)</translation>
    </message>
    <message>
        <source>Allowlisted: organisation (trust level {last}: 0 none, 1 low, 2 medium, 3 high)</source>
        <extracomment>list dnswl, 127.0.4.0: meaning</extracomment>
        <translation>Auf der Allowlist: Organisation (Vertrauensstufe {last}: 0 keine, 1 niedrig, 2 mittel, 3 hoch)</translation>
    </message>
    <message>
        <source>Allowlisted: service or network provider (trust level {last}: 0 none, 1 low, 2 medium, 3 high)</source>
        <extracomment>list dnswl, 127.0.5.0: meaning</extracomment>
        <translation>Auf der Allowlist: Dienst- oder Netzanbieter (Vertrauensstufe {last}: 0 keine, 1 niedrig, 2 mittel, 3 hoch)</translation>
    </message>
    <message>
        <source>Allowlisted: personal server (trust level {last}: 0 none, 1 low, 2 medium, 3 high)</source>
        <extracomment>list dnswl, 127.0.6.0: meaning</extracomment>
        <translation>Auf der Allowlist: privater Server (Vertrauensstufe {last}: 0 keine, 1 niedrig, 2 mittel, 3 hoch)</translation>
    </message>
    <message>
        <source>Allowlisted: travel (trust level {last}: 0 none, 1 low, 2 medium, 3 high)</source>
        <extracomment>list dnswl, 127.0.7.0: meaning</extracomment>
        <translation>Auf der Allowlist: Reisen (Vertrauensstufe {last}: 0 keine, 1 niedrig, 2 mittel, 3 hoch)</translation>
    </message>
    <message>
        <source>Allowlisted: public sector (trust level {last}: 0 none, 1 low, 2 medium, 3 high)</source>
        <extracomment>list dnswl, 127.0.8.0: meaning</extracomment>
        <translation>Auf der Allowlist: öffentlicher Sektor (Vertrauensstufe {last}: 0 keine, 1 niedrig, 2 mittel, 3 hoch)</translation>
    </message>
    <message>
        <source>Allowlisted: media and technology (trust level {last}: 0 none, 1 low, 2 medium, 3 high)</source>
        <extracomment>list dnswl, 127.0.9.0: meaning</extracomment>
        <translation>Auf der Allowlist: Medien und Technik (Vertrauensstufe {last}: 0 keine, 1 niedrig, 2 mittel, 3 hoch)</translation>
    </message>
    <message>
        <source>Allowlisted: education (trust level {last}: 0 none, 1 low, 2 medium, 3 high)</source>
        <extracomment>list dnswl, 127.0.11.0: meaning</extracomment>
        <translation>Auf der Allowlist: Bildung (Vertrauensstufe {last}: 0 keine, 1 niedrig, 2 mittel, 3 hoch)</translation>
    </message>
    <message>
        <source>Allowlisted: healthcare (trust level {last}: 0 none, 1 low, 2 medium, 3 high)</source>
        <extracomment>list dnswl, 127.0.12.0: meaning</extracomment>
        <translation>Auf der Allowlist: Gesundheitswesen (Vertrauensstufe {last}: 0 keine, 1 niedrig, 2 mittel, 3 hoch)</translation>
    </message>
    <message>
        <source>Allowlisted: manufacturing (trust level {last}: 0 none, 1 low, 2 medium, 3 high)</source>
        <extracomment>list dnswl, 127.0.13.0: meaning</extracomment>
        <translation>Auf der Allowlist: Industrie (Vertrauensstufe {last}: 0 keine, 1 niedrig, 2 mittel, 3 hoch)</translation>
    </message>
    <message>
        <source>Allowlisted: retail and services (trust level {last}: 0 none, 1 low, 2 medium, 3 high)</source>
        <extracomment>list dnswl, 127.0.14.0: meaning</extracomment>
        <translation>Auf der Allowlist: Handel und Dienstleistungen (Vertrauensstufe {last}: 0 keine, 1 niedrig, 2 mittel, 3 hoch)</translation>
    </message>
    <message>
        <source>Allowlisted: e-mail marketing provider (trust level {last}: 0 none, 1 low, 2 medium, 3 high)</source>
        <extracomment>list dnswl, 127.0.15.0: meaning</extracomment>
        <translation>Auf der Allowlist: E-Mail-Marketing-Anbieter (Vertrauensstufe {last}: 0 keine, 1 niedrig, 2 mittel, 3 hoch)</translation>
    </message>
    <message>
        <source>Lists DKIM d= domains. Its answer codes are not documented in the sources read.</source>
        <extracomment>list dnswl-dwl: access_note</extracomment>
        <translation>Listet DKIM-d=-Domains. Die Antwortcodes sind in den gelesenen Quellen nicht dokumentiert.</translation>
    </message>
    <message>
        <source>Use your own recursive resolver below the limits.</source>
        <extracomment>list dnswl-dwl, 127.0.0.255: remedy</extracomment>
        <translation>Verwenden Sie einen eigenen rekursiven Resolver unterhalb der Limits.</translation>
    </message>
    <message>
        <source>Needs a registered MyValidity account; unregistered resolvers get 127.255.255.255 for every query. rspamd disabled it by default in 2026.</source>
        <extracomment>list validity-rpbl: access_note</extracomment>
        <translation>Braucht ein registriertes MyValidity-Konto; nicht registrierte Resolver erhalten 127.255.255.255 auf jede Abfrage. rspamd hat die Liste 2026 standardmäßig deaktiviert.</translation>
    </message>
    <message>
        <source>Through Validity.</source>
        <extracomment>list validity-rpbl: delisting_note</extracomment>
        <translation>Über Validity.</translation>
    </message>
    <message>
        <source>Not registered or blocked</source>
        <extracomment>list validity-rpbl, 127.255.255.255: meaning</extracomment>
        <translation>Nicht registriert oder gesperrt</translation>
    </message>
    <message>
        <source>Register the resolver with MyValidity, or use your own resolver.</source>
        <extracomment>list validity-rpbl, 127.255.255.255: remedy</extracomment>
        <translation>Registrieren Sie den Resolver bei MyValidity oder verwenden Sie einen eigenen Resolver.</translation>
    </message>
    <message>
        <source>bot</source>
        <extracomment>list validity-rpbl, 1: meaning</extracomment>
        <translation>Bot</translation>
    </message>
    <message>
        <source>no authentication</source>
        <extracomment>list validity-rpbl, 2: meaning</extracomment>
        <translation>keine Authentifizierung</translation>
    </message>
    <message>
        <source>pristine spam traps</source>
        <extracomment>list validity-rpbl, 4: meaning</extracomment>
        <translation>unberührte Spamfallen (Pristine Traps)</translation>
    </message>
    <message>
        <source>suspect attachments</source>
        <extracomment>list validity-rpbl, 8: meaning</extracomment>
        <translation>verdächtige Anhänge</translation>
    </message>
    <message>
        <source>low SenderScore</source>
        <extracomment>list validity-rpbl, 16: meaning</extracomment>
        <translation>niedriger SenderScore</translation>
    </message>
    <message>
        <source>Needs a registered MyValidity account.</source>
        <extracomment>list validity-score: access_note</extracomment>
        <translation>Braucht ein registriertes MyValidity-Konto.</translation>
    </message>
    <message>
        <source>Register with MyValidity.</source>
        <extracomment>list validity-score, 127.255.255.255: remedy</extracomment>
        <translation>Registrieren Sie sich bei MyValidity.</translation>
    </message>
    <message>
        <source>SenderScore {last} of 100 (90 or more is good)</source>
        <extracomment>list validity-score, 127.0.4.90: meaning</extracomment>
        <translation>SenderScore {last} von 100 (90 oder mehr ist gut)</translation>
    </message>
    <message>
        <source>SenderScore {last} of 100 (80-89 is neutral)</source>
        <extracomment>list validity-score, 127.0.4.80: meaning</extracomment>
        <translation>SenderScore {last} von 100 (80–89 ist neutral)</translation>
    </message>
    <message>
        <source>SenderScore {last} of 100 (below 80; Validity&apos;s meaning for this band was not found)</source>
        <extracomment>list validity-score, 127.0.4.0: meaning</extracomment>
        <translation>SenderScore {last} von 100 (unter 80; Validitys Bedeutung für diesen Bereich wurde nicht gefunden)</translation>
    </message>
    <message>
        <source>Delist link on the view page; entries expire after 48 hours.</source>
        <extracomment>list blocklist-de: delisting_note</extracomment>
        <translation>Delisting-Link auf der Detailseite; Einträge verfallen nach 48 Stunden.</translation>
    </message>
    <message>
        <source>Attack on amavis</source>
        <extracomment>list blocklist-de, 127.0.0.2: meaning</extracomment>
        <translation>Angriff auf amavis</translation>
    </message>
    <message>
        <source>Apache DDoS</source>
        <extracomment>list blocklist-de, 127.0.0.3: meaning</extracomment>
        <translation>Apache-DDoS</translation>
    </message>
    <message>
        <source>Attack on Asterisk</source>
        <extracomment>list blocklist-de, 127.0.0.4: meaning</extracomment>
        <translation>Angriff auf Asterisk</translation>
    </message>
    <message>
        <source>Bad bot</source>
        <extracomment>list blocklist-de, 127.0.0.5: meaning</extracomment>
        <translation>Bösartiger Bot</translation>
    </message>
    <message>
        <source>FTP attack</source>
        <extracomment>list blocklist-de, 127.0.0.6: meaning</extracomment>
        <translation>FTP-Angriff</translation>
    </message>
    <message>
        <source>IMAP attack</source>
        <extracomment>list blocklist-de, 127.0.0.7: meaning</extracomment>
        <translation>IMAP-Angriff</translation>
    </message>
    <message>
        <source>IRC bot</source>
        <extracomment>list blocklist-de, 127.0.0.8: meaning</extracomment>
        <translation>IRC-Bot</translation>
    </message>
    <message>
        <source>Mail attack</source>
        <extracomment>list blocklist-de, 127.0.0.9: meaning</extracomment>
        <translation>Mail-Angriff</translation>
    </message>
    <message>
        <source>POP3 attack</source>
        <extracomment>list blocklist-de, 127.0.0.10: meaning</extracomment>
        <translation>POP3-Angriff</translation>
    </message>
    <message>
        <source>Registration bot</source>
        <extracomment>list blocklist-de, 127.0.0.11: meaning</extracomment>
        <translation>Registrierungs-Bot</translation>
    </message>
    <message>
        <source>Remote file inclusion attack</source>
        <extracomment>list blocklist-de, 127.0.0.12: meaning</extracomment>
        <translation>Remote-File-Inclusion-Angriff</translation>
    </message>
    <message>
        <source>SASL login attack</source>
        <extracomment>list blocklist-de, 127.0.0.13: meaning</extracomment>
        <translation>SASL-Login-Angriff</translation>
    </message>
    <message>
        <source>SSH attack</source>
        <extracomment>list blocklist-de, 127.0.0.14: meaning</extracomment>
        <translation>SSH-Angriff</translation>
    </message>
    <message>
        <source>w00tw00t scan</source>
        <extracomment>list blocklist-de, 127.0.0.15: meaning</extracomment>
        <translation>w00tw00t-Scan</translation>
    </message>
    <message>
        <source>Port flood</source>
        <extracomment>list blocklist-de, 127.0.0.16: meaning</extracomment>
        <translation>Port-Flood</translation>
    </message>
    <message>
        <source>SQL injection</source>
        <extracomment>list blocklist-de, 127.0.0.17: meaning</extracomment>
        <translation>SQL-Injection</translation>
    </message>
    <message>
        <source>Webmin attack</source>
        <extracomment>list blocklist-de, 127.0.0.18: meaning</extracomment>
        <translation>Webmin-Angriff</translation>
    </message>
    <message>
        <source>Trigger spam</source>
        <extracomment>list blocklist-de, 127.0.0.19: meaning</extracomment>
        <translation>Trigger-Spam</translation>
    </message>
    <message>
        <source>Manual listing</source>
        <extracomment>list blocklist-de, 127.0.0.20: meaning</extracomment>
        <translation>Manuelles Listing</translation>
    </message>
    <message>
        <source>Brute-force login</source>
        <extracomment>list blocklist-de, 127.0.0.21: meaning</extracomment>
        <translation>Brute-Force-Login</translation>
    </message>
    <message>
        <source>MySQL attack</source>
        <extracomment>list blocklist-de, 127.0.0.22: meaning</extracomment>
        <translation>MySQL-Angriff</translation>
    </message>
    <message>
        <source>Listed by Spam Eating Monkey</source>
        <extracomment>list sem-bl, 127.0.0.2: meaning</extracomment>
        <translation>Gelistet von Spam Eating Monkey</translation>
    </message>
    <message>
        <source>Domain listed by SEM URIBL</source>
        <extracomment>list sem-uribl, 2: meaning</extracomment>
        <translation>Domain gelistet von SEM URIBL</translation>
    </message>
    <message>
        <source>Domain listed by SEM FRESH15</source>
        <extracomment>list sem-fresh15, 2: meaning</extracomment>
        <translation>Domain gelistet von SEM FRESH15</translation>
    </message>
    <message>
        <source>Botnet</source>
        <extracomment>list virusfree, 127.0.0.2: meaning</extracomment>
        <translation>Botnetz</translation>
    </message>
    <message>
        <source>Free once every 30 days.</source>
        <extracomment>list lashback: delisting_note</extracomment>
        <translation>Kostenlos einmal alle 30 Tage.</translation>
    </message>
    <message>
        <source>Sent mail to addresses harvested from unsubscribe lists</source>
        <extracomment>list lashback, 127.0.0.2: meaning</extracomment>
        <translation>Hat Mail an Adressen gesendet, die aus Abmeldelisten gesammelt wurden</translation>
    </message>
    <message>
        <source>check_rbl saw an answer outside 127/8 (62.0.58.94) in May 2023 and dropped it.</source>
        <extracomment>list backscatterer: status_note</extracomment>
        <translation>check_rbl sah im Mai 2023 eine Antwort außerhalb von 127/8 (62.0.58.94) und hat die Liste entfernt.</translation>
    </message>
    <message>
        <source>Alive in 2015 (dnsbl.com); current status not confirmed.</source>
        <extracomment>list gbudb: status_note</extracomment>
        <translation>2015 noch aktiv (dnsbl.com); aktueller Stand nicht bestätigt.</translation>
    </message>
    <message>
        <source>YunoHost still handled its codes in Dec 2025; helohub calls it discontinued.</source>
        <extracomment>list hostkarma: status_note</extracomment>
        <translation>YunoHost wertete ihre Codes im Dez. 2025 noch aus; helohub nennt sie eingestellt.</translation>
    </message>
    <message>
        <source>Probably active (undated support page).</source>
        <extracomment>list lashback: status_note</extracomment>
        <translation>Wahrscheinlich aktiv (undatierte Support-Seite).</translation>
    </message>
    <message>
        <source>No public DNS zone: only available to paying subscribers via rsync.</source>
        <extracomment>list invaluement: status_note</extracomment>
        <translation>Keine öffentliche DNS-Zone: nur für zahlende Abonnenten per rsync erhältlich.</translation>
    </message>
    <message>
        <source>No primary source found; only in catalogs. Not queried.</source>
        <extracomment>list justspam: status_note</extracomment>
        <translation>Keine Primärquelle gefunden; nur in Katalogen. Wird nicht abgefragt.</translation>
    </message>
    <message>
        <source>Decommissioned on 5 June 2024; its servers no longer answer. The domain is a future wildcard risk, so it is never queried.</source>
        <extracomment>list sorbs: status_note</extracomment>
        <translation>Am 5. Juni 2024 stillgelegt; ihre Server antworten nicht mehr. Die Domain ist ein künftiges Wildcard-Risiko, daher wird sie nie abgefragt.</translation>
    </message>
    <message>
        <source>Emptied on 16 January 2025 and answering NXDOMAIN for everything (RFC 6471 graceful shutdown).</source>
        <extracomment>list nixspam: status_note</extracomment>
        <translation>Am 16. Januar 2025 geleert; antwortet auf alles mit NXDOMAIN (geordnete Abschaltung nach RFC 6471).</translation>
    </message>
    <message>
        <source>Empty from November 2023, shut down in 2024; since October 2025 its name servers point at TEST-NET addresses, so queries time out.</source>
        <extracomment>list wpbl: status_note</extracomment>
        <translation>Seit November 2023 leer, 2024 abgeschaltet; seit Oktober 2025 zeigen ihre Nameserver auf TEST-NET-Adressen, daher laufen Abfragen in ein Timeout.</translation>
    </message>
    <message>
        <source>Domain lapsed; every name answered a parking address (91.195.240.117).</source>
        <extracomment>list spamcannibal: status_note</extracomment>
        <translation>Domain ausgelaufen; jeder Name lieferte eine Parking-Adresse (91.195.240.117).</translation>
    </message>
    <message>
        <source>Domain expired and was bought by a speculator with wildcard DNS, so every IP looked listed.</source>
        <extracomment>list emailbasura: status_note</extracomment>
        <translation>Domain abgelaufen und von einem Spekulanten mit Wildcard-DNS gekauft, daher sah jede IP gelistet aus.</translation>
    </message>
    <message>
        <source>Went offline in March 2024.</source>
        <extracomment>list drand-spamtrap: status_note</extracomment>
        <translation>Seit März 2024 offline.</translation>
    </message>
    <message>
        <source>Does not exist any more or gives bogus answers (146.112.61.108).</source>
        <extracomment>list anonmails: status_note</extracomment>
        <translation>Existiert nicht mehr oder liefert falsche Antworten (146.112.61.108).</translation>
    </message>
    <message>
        <source>Domain expired and was replaced with a wildcard A record. Zone name not recorded in the sources read.</source>
        <extracomment>list efnet-rbl: status_note</extracomment>
        <translation>Domain abgelaufen und durch einen Wildcard-A-Eintrag ersetzt. Der Zonenname steht in keiner der gelesenen Quellen.</translation>
    </message>
    <message>
        <source>dynamic or dial-up address pool</source>
        <extracomment>generic reverse DNS name, words dyn, dynamic, dynip...: why</extracomment>
        <translation>dynamischer oder Einwahl-Adresspool</translation>
    </message>
    <message>
        <source>consumer access line</source>
        <extracomment>generic reverse DNS name, words dsl, adsl, vdsl...: why</extracomment>
        <translation>Privatkunden-Anschluss</translation>
    </message>
    <message>
        <source>mobile network</source>
        <extracomment>generic reverse DNS name, words mobile, gprs, umts...: why</extracomment>
        <translation>Mobilfunknetz</translation>
    </message>
    <message>
        <source>generic label for an access range</source>
        <extracomment>generic reverse DNS name, words host, ip, client...: why</extracomment>
        <translation>generische Bezeichnung für einen Zugangsbereich</translation>
    </message>
</context>
<context>
    <name>rebound::data::bounce</name>
    <message>
        <source>Authentication failed (SPF, DKIM, DMARC)</source>
        <extracomment>bounce reason authfailure (Sisimai&apos;s name): label</extracomment>
        <translation>Authentifizierung fehlgeschlagen (SPF, DKIM, DMARC)</translation>
    </message>
    <message>
        <source>Reverse DNS required</source>
        <extracomment>bounce reason requireptr (Sisimai&apos;s name): label</extracomment>
        <translation>Reverse DNS verlangt</translation>
    </message>
    <message>
        <source>Relaying denied</source>
        <extracomment>bounce reason norelaying (Sisimai&apos;s name): label</extracomment>
        <translation>Relaying verweigert</translation>
    </message>
    <message>
        <source>Virus detected</source>
        <extracomment>bounce reason virusdetected (Sisimai&apos;s name): label</extracomment>
        <translation>Virus gefunden</translation>
    </message>
    <message>
        <source>Message breaks the RFC</source>
        <extracomment>bounce reason notcompliantrfc (Sisimai&apos;s name): label</extracomment>
        <translation>Nachricht verletzt den RFC</translation>
    </message>
    <message>
        <source>Message too big</source>
        <extracomment>bounce reason mesgtoobig (Sisimai&apos;s name): label</extracomment>
        <translation>Nachricht zu groß</translation>
    </message>
    <message>
        <source>Limit exceeded</source>
        <extracomment>bounce reason exceedlimit (Sisimai&apos;s name): label</extracomment>
        <translation>Limit überschritten</translation>
    </message>
    <message>
        <source>Mailbox full</source>
        <extracomment>bounce reason mailboxfull (Sisimai&apos;s name): label</extracomment>
        <translation>Postfach voll</translation>
    </message>
    <message>
        <source>Receiving system full</source>
        <extracomment>bounce reason systemfull (Sisimai&apos;s name): label</extracomment>
        <translation>Empfangssystem voll</translation>
    </message>
    <message>
        <source>Account suspended</source>
        <extracomment>bounce reason suspend (Sisimai&apos;s name): label</extracomment>
        <translation>Konto gesperrt</translation>
    </message>
    <message>
        <source>Recipient has moved</source>
        <extracomment>bounce reason hasmoved (Sisimai&apos;s name): label</extracomment>
        <translation>Empfänger umgezogen</translation>
    </message>
    <message>
        <source>Poor sender reputation</source>
        <extracomment>bounce reason badreputation (Sisimai&apos;s name): label</extracomment>
        <translation>Schlechte Absender-Reputation</translation>
    </message>
    <message>
        <source>Sender blocked</source>
        <extracomment>bounce reason blocked (Sisimai&apos;s name): label</extracomment>
        <translation>Absender blockiert</translation>
    </message>
    <message>
        <source>Spam detected</source>
        <extracomment>bounce reason spamdetected (Sisimai&apos;s name): label</extracomment>
        <translation>Spam erkannt</translation>
    </message>
    <message>
        <source>Unknown recipient</source>
        <extracomment>bounce reason userunknown (Sisimai&apos;s name): label</extracomment>
        <translation>Unbekannter Empfänger</translation>
    </message>
    <message>
        <source>Unknown recipient domain</source>
        <extracomment>bounce reason hostunknown (Sisimai&apos;s name): label</extracomment>
        <translation>Unbekannte Empfängerdomain</translation>
    </message>
    <message>
        <source>Domain accepts no mail</source>
        <extracomment>bounce reason notaccept (Sisimai&apos;s name): label</extracomment>
        <translation>Domain nimmt keine Mail an</translation>
    </message>
    <message>
        <source>Refused by the recipient&apos;s filter</source>
        <extracomment>bounce reason filtered (Sisimai&apos;s name): label</extracomment>
        <translation>Vom Filter des Empfängers abgelehnt</translation>
    </message>
    <message>
        <source>Sender rejected</source>
        <extracomment>bounce reason rejected (Sisimai&apos;s name): label</extracomment>
        <translation>Absender abgelehnt</translation>
    </message>
    <message>
        <source>Policy violation</source>
        <extracomment>bounce reason policyviolation (Sisimai&apos;s name): label</extracomment>
        <translation>Richtlinienverstoß</translation>
    </message>
    <message>
        <source>Too many connections</source>
        <extracomment>bounce reason toomanyconn (Sisimai&apos;s name): label</extracomment>
        <translation>Zu viele Verbindungen</translation>
    </message>
    <message>
        <source>Sending too fast</source>
        <extracomment>bounce reason speeding (Sisimai&apos;s name): label</extracomment>
        <translation>Zu schnelles Senden</translation>
    </message>
    <message>
        <source>STARTTLS failed</source>
        <extracomment>bounce reason failedstarttls (Sisimai&apos;s name): label</extracomment>
        <translation>STARTTLS fehlgeschlagen</translation>
    </message>
    <message>
        <source>Security requirement failed</source>
        <extracomment>bounce reason securityerror (Sisimai&apos;s name): label</extracomment>
        <translation>Sicherheitsanforderung nicht erfüllt</translation>
    </message>
    <message>
        <source>Invalid content</source>
        <extracomment>bounce reason contenterror (Sisimai&apos;s name): label</extracomment>
        <translation>Ungültiger Inhalt</translation>
    </message>
    <message>
        <source>SMTP syntax error</source>
        <extracomment>bounce reason syntaxerror (Sisimai&apos;s name): label</extracomment>
        <translation>SMTP-Syntaxfehler</translation>
    </message>
    <message>
        <source>Network error</source>
        <extracomment>bounce reason networkerror (Sisimai&apos;s name): label</extracomment>
        <translation>Netzwerkfehler</translation>
    </message>
    <message>
        <source>Local delivery program failed</source>
        <extracomment>bounce reason mailererror (Sisimai&apos;s name): label</extracomment>
        <translation>Lokales Zustellprogramm fehlgeschlagen</translation>
    </message>
    <message>
        <source>Receiving system error</source>
        <extracomment>bounce reason systemerror (Sisimai&apos;s name): label</extracomment>
        <translation>Fehler im Empfangssystem</translation>
    </message>
    <message>
        <source>Undecided</source>
        <extracomment>bounce reason onhold (Sisimai&apos;s name): label</extracomment>
        <translation>Nicht entschieden</translation>
    </message>
    <message>
        <source>Feedback report (complaint)</source>
        <extracomment>bounce reason feedback (Sisimai&apos;s name): label</extracomment>
        <translation>Feedback-Report (Beschwerde)</translation>
    </message>
    <message>
        <source>Auto-reply</source>
        <extracomment>bounce reason vacation (Sisimai&apos;s name): label</extracomment>
        <translation>Automatische Antwort</translation>
    </message>
    <message>
        <source>Delivered</source>
        <extracomment>bounce reason delivered (Sisimai&apos;s name): label</extracomment>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Unknown reason</source>
        <extracomment>bounce reason undefined (Sisimai&apos;s name): label</extracomment>
        <translation>Unbekannter Grund</translation>
    </message>
    <message>
        <source>Expired or delayed in the queue</source>
        <extracomment>bounce reason expired (Sisimai&apos;s name): label</extracomment>
        <translation>In der Warteschlange abgelaufen oder verzögert</translation>
    </message>
</context>
<context>
    <name>rebound::data::postmaster</name>
    <message>
        <source>SPF authentication</source>
        <extracomment>Postmaster Tools compliance requirement SPF: name</extracomment>
        <translation>SPF-Authentifizierung</translation>
    </message>
    <message>
        <source>DKIM authentication</source>
        <extracomment>Postmaster Tools compliance requirement DKIM: name</extracomment>
        <translation>DKIM-Authentifizierung</translation>
    </message>
    <message>
        <source>SPF and DKIM authentication</source>
        <extracomment>Postmaster Tools compliance requirement SPF_AND_DKIM: name</extracomment>
        <translation>SPF- und DKIM-Authentifizierung</translation>
    </message>
    <message>
        <source>DMARC policy published</source>
        <extracomment>Postmaster Tools compliance requirement DMARC_POLICY: name</extracomment>
        <translation>DMARC-Richtlinie veröffentlicht</translation>
    </message>
    <message>
        <source>DMARC alignment</source>
        <extracomment>Postmaster Tools compliance requirement DMARC_ALIGNMENT: name</extracomment>
        <translation>DMARC-Alignment</translation>
    </message>
    <message>
        <source>Message formatting (RFC 5322)</source>
        <extracomment>Postmaster Tools compliance requirement MESSAGE_FORMATTING: name</extracomment>
        <translation>Nachrichtenformat (RFC 5322)</translation>
    </message>
    <message>
        <source>Forward and reverse DNS records</source>
        <extracomment>Postmaster Tools compliance requirement DNS_RECORDS: name</extracomment>
        <translation>Forward- und Reverse-DNS-Einträge</translation>
    </message>
    <message>
        <source>TLS encryption</source>
        <extracomment>Postmaster Tools compliance requirement ENCRYPTION: name</extracomment>
        <translation>TLS-Verschlüsselung</translation>
    </message>
    <message>
        <source>User-reported spam rate</source>
        <extracomment>Postmaster Tools compliance requirement USER_REPORTED_SPAM_RATE: name</extracomment>
        <translation>Von Nutzern gemeldete Spamrate</translation>
    </message>
    <message>
        <source>One-click unsubscribe</source>
        <extracomment>Postmaster Tools compliance requirement ONE_CLICK_UNSUBSCRIBE: name</extracomment>
        <translation>One-Click-Abmeldung</translation>
    </message>
    <message>
        <source>Honouring unsubscribe requests</source>
        <extracomment>Postmaster Tools compliance requirement HONOR_UNSUBSCRIBE: name</extracomment>
        <translation>Umsetzung von Abmeldeanfragen</translation>
    </message>
    <message>
        <source>Gmail users reported {rate} of {domain}&apos;s mail as spam on {date}: at or over the 0.3 % limit</source>
        <extracomment>reports finding postmaster.spam_rate_error: title</extracomment>
        <translation>Gmail-Nutzer haben am {date} {rate} der Mail von {domain} als Spam gemeldet: Grenzwert von 0,3 % erreicht oder überschritten</translation>
    </message>
    <message>
        <source>Gmail&apos;s bulk-sender rules require a user-reported spam rate below 0.3 %; at or above it Gmail rejects or junks more of the domain&apos;s mail, and mitigation is not available until the rate has stayed below 0.3 % for seven days. Send only to people who asked for the mail, make unsubscribing one click, and stop mailing recipients who do not open.</source>
        <extracomment>reports finding postmaster.spam_rate_error: detail</extracomment>
        <translation>Die Gmail-Regeln für Massenversender verlangen eine von Nutzern gemeldete Spamrate unter 0,3 %; ab diesem Wert weist Gmail mehr Mail der Domain ab oder stuft sie als Spam ein, und eine Mitigation ist erst möglich, wenn die Rate sieben Tage lang unter 0,3 % geblieben ist. Senden Sie nur an Menschen, die um die Mail gebeten haben, ermöglichen Sie die Abmeldung mit einem Klick und senden Sie nicht weiter an Empfänger, die nichts öffnen.</translation>
    </message>
    <message>
        <source>Gmail users reported {rate} of {domain}&apos;s mail as spam on {date}: over the 0.1 % target</source>
        <extracomment>reports finding postmaster.spam_rate_warning: title</extracomment>
        <translation>Gmail-Nutzer haben am {date} {rate} der Mail von {domain} als Spam gemeldet: über dem Zielwert von 0,1 %</translation>
    </message>
    <message>
        <source>Gmail asks bulk senders to keep the user-reported spam rate below 0.1 % and never to reach 0.3 %. Find which mailings draw the complaints and remove recipients who did not ask for them.</source>
        <extracomment>reports finding postmaster.spam_rate_warning: detail</extracomment>
        <translation>Gmail bittet Massenversender, die von Nutzern gemeldete Spamrate unter 0,1 % zu halten und nie 0,3 % zu erreichen. Finden Sie heraus, welche Mailings die Beschwerden auslösen, und entfernen Sie Empfänger, die nicht darum gebeten haben.</translation>
    </message>
    <message>
        <source>Only {rate} of {domain}&apos;s mail to Gmail passed {mechanism} on {date}</source>
        <extracomment>reports finding postmaster.auth_rate: title</extracomment>
        <translation>Nur {rate} der Mail von {domain} an Gmail hat am {date} {mechanism} bestanden</translation>
    </message>
    <message>
        <source>Gmail requires all mail from bulk senders to pass SPF and DKIM and the From domain to pass DMARC. Some of the domain&apos;s mail is sent from a source that is not authorised or not signed: compare the DMARC aggregate reports&apos; sources with your own servers and services.</source>
        <extracomment>reports finding postmaster.auth_rate: detail</extracomment>
        <translation>Gmail verlangt, dass alle Mail von Massenversendern SPF und DKIM besteht und die From-Domain DMARC besteht. Ein Teil der Mail der Domain wird von einer Quelle gesendet, die nicht autorisiert ist oder nicht signiert: Vergleichen Sie die Quellen in den DMARC-Aggregate-Reports mit Ihren eigenen Servern und Diensten.</translation>
    </message>
    <message>
        <source>Only {rate} of {domain}&apos;s mail to Gmail was sent over TLS on {date}</source>
        <extracomment>reports finding postmaster.tls_rate: title</extracomment>
        <translation>Nur {rate} der Mail von {domain} an Gmail wurde am {date} über TLS gesendet</translation>
    </message>
    <message>
        <source>Gmail requires a TLS connection for mail from bulk senders. A server or service that sends for the domain does not use STARTTLS: turn it on in that server&apos;s outbound settings.</source>
        <extracomment>reports finding postmaster.tls_rate: detail</extracomment>
        <translation>Gmail verlangt für Mail von Massenversendern eine TLS-Verbindung. Ein Server oder Dienst, der für die Domain sendet, verwendet kein STARTTLS: Aktivieren Sie es in den Einstellungen für ausgehende Mail dieses Servers.</translation>
    </message>
    <message>
        <source>Gmail rejected or deferred {rate} of {domain}&apos;s mail on {date}</source>
        <extracomment>reports finding postmaster.delivery_errors: title</extracomment>
        <translation>Gmail hat am {date} {rate} der Mail von {domain} abgewiesen oder zurückgestellt</translation>
    </message>
    <message>
        <source>The delivery error rate counts Gmail&apos;s temporary and permanent refusals. The bounces themselves say why: open one in Rebound.</source>
        <extracomment>reports finding postmaster.delivery_errors: detail</extracomment>
        <translation>Die Zustellfehlerrate zählt die vorübergehenden und dauerhaften Ablehnungen durch Gmail. Die Bounces selbst nennen den Grund: Öffnen Sie einen davon in Rebound.</translation>
    </message>
    <message>
        <source>Gmail&apos;s sender compliance for {domain}: &apos;{requirement}&apos; needs work</source>
        <extracomment>reports finding postmaster.compliance_needs_work: title</extracomment>
        <translation>Gmail-Absenderanforderungen für {domain}: „{requirement}“ muss nachgebessert werden</translation>
    </message>
    <message>
        <source>Postmaster Tools checks the domain against Gmail&apos;s sender requirements. A requirement that needs work can lead Gmail to reject or junk the domain&apos;s mail; fix it and the status changes within a few days.</source>
        <extracomment>reports finding postmaster.compliance_needs_work: detail</extracomment>
        <translation>Postmaster Tools prüft die Domain anhand der Absenderanforderungen von Gmail. Eine Anforderung, die nachgebessert werden muss, kann dazu führen, dass Gmail die Mail der Domain abweist oder als Spam einstuft; beheben Sie sie, dann ändert sich der Status innerhalb weniger Tage.</translation>
    </message>
    <message>
        <source>Gmail&apos;s sender compliance for {domain}: every requirement Google checks is met</source>
        <extracomment>reports finding postmaster.compliant: title</extracomment>
        <translation>Gmail-Absenderanforderungen für {domain}: Jede Anforderung, die Google prüft, ist erfüllt</translation>
    </message>
    <message>
        <source>Postmaster Tools shows each of Gmail&apos;s sender requirements as compliant for the domain.</source>
        <extracomment>reports finding postmaster.compliant: detail</extracomment>
        <translation>Postmaster Tools zeigt jede Absenderanforderung von Gmail für die Domain als erfüllt an.</translation>
    </message>
</context>
<context>
    <name>rebound::data::reports</name>
    <message>
        <source>{messages} messages from {sources} unauthorised sources failed DMARC for {domain}</source>
        <extracomment>reports finding reports.unauthorised_sender: title</extracomment>
        <translation>{messages} Nachrichten von {sources} nicht autorisierten Quellen haben DMARC für {domain} nicht bestanden</translation>
    </message>
    <message>
        <source>These sources are neither among the domain&apos;s SPF-authorised senders nor a known sending service, and have no aligned DKIM signature. If you do not recognise them, they are spoofing your domain: move the DMARC policy towards p=quarantine or p=reject. If one of them is yours (a server, an application, a new provider), add it to the SPF record and sign its mail with DKIM for {domain}.</source>
        <extracomment>reports finding reports.unauthorised_sender: detail</extracomment>
        <translation>Diese Quellen gehören weder zu den per SPF autorisierten Absendern der Domain noch zu einem bekannten sendenden Dienst und haben keine aligned DKIM-Signatur. Wenn Sie sie nicht kennen, fälschen sie Ihre Domain: Verschärfen Sie die DMARC-Richtlinie in Richtung p=quarantine oder p=reject. Gehört eine davon Ihnen (ein Server, eine Anwendung, ein neuer Anbieter), nehmen Sie sie in den SPF-Eintrag auf und signieren Sie ihre Mail mit DKIM für {domain}.</translation>
    </message>
    <message>
        <source>{messages} messages from your sending services failed DMARC for {domain}: align DKIM</source>
        <extracomment>reports finding reports.esp_unaligned: title</extracomment>
        <translation>{messages} Nachrichten Ihrer sendenden Dienste haben DMARC für {domain} nicht bestanden: DKIM-Alignment herstellen</translation>
    </message>
    <message>
        <source>These sources ({names}) send for you, but sign with their own domain and use their own envelope (bounce) domain, so neither DKIM nor SPF aligns with {domain}. Set up DKIM for {domain} (a custom signing domain) in each service, and if possible a custom return-path under {domain}.</source>
        <extracomment>reports finding reports.esp_unaligned: detail</extracomment>
        <translation>Diese Quellen ({names}) senden für Sie, signieren aber mit ihrer eigenen Domain und verwenden ihre eigene Envelope-Domain (Bounce-Domain), sodass weder DKIM noch SPF mit {domain} aligned ist. Richten Sie in jedem Dienst DKIM für {domain} ein (eine eigene Signaturdomain) und, wenn möglich, einen eigenen Return-Path unter {domain}.</translation>
    </message>
    <message>
        <source>{messages} forwarded messages failed DMARC for {domain}</source>
        <extracomment>reports finding reports.forwarding: title</extracomment>
        <translation>{messages} weitergeleitete Nachrichten haben DMARC für {domain} nicht bestanden</translation>
    </message>
    <message>
        <source>These sources ({names}) look like forwarders or mailing lists: they relay mail that was sent as {domain} from their own servers, which breaks SPF, and a list that changes the message breaks DKIM as well. This is expected; an aligned DKIM signature survives plain forwarding, so make sure all of your mail is DKIM-signed for {domain}.</source>
        <extracomment>reports finding reports.forwarding: detail</extracomment>
        <translation>Diese Quellen ({names}) sehen nach Weiterleitungsdiensten oder Mailinglisten aus: Sie leiten Mail, die als {domain} gesendet wurde, von ihren eigenen Servern weiter, was SPF bricht, und eine Liste, die die Nachricht verändert, bricht auch DKIM. Das ist zu erwarten; eine aligned DKIM-Signatur übersteht einfaches Weiterleiten, stellen Sie also sicher, dass Ihre gesamte Mail mit DKIM für {domain} signiert ist.</translation>
    </message>
    <message>
        <source>{messages} TLS sessions to {domain} failed</source>
        <extracomment>reports finding reports.tls_failures: title</extracomment>
        <translation>{messages} TLS-Sitzungen zu {domain} sind fehlgeschlagen</translation>
    </message>
    <message>
        <source>Sending servers could not set up a secure connection to the mail servers of {domain} as its policy ({names}) requires. See the result types for what failed and how to fix it.</source>
        <extracomment>reports finding reports.tls_failures: detail</extracomment>
        <translation>Sendende Server konnten keine sichere Verbindung zu den Mailservern von {domain} aufbauen, wie es deren Richtlinie ({names}) verlangt. Die Ergebnistypen zeigen, was fehlgeschlagen ist und wie es sich beheben lässt.</translation>
    </message>
    <message>
        <source>The receiving mail server did not offer STARTTLS: mail to it went unencrypted or, under a policy, was not delivered.</source>
        <extracomment>TLS-RPT result type starttls-not-supported: meaning</extracomment>
        <translation>Der empfangende Mailserver hat kein STARTTLS angeboten: Mail an ihn ging unverschlüsselt oder wurde, sofern eine Richtlinie gilt, nicht zugestellt.</translation>
    </message>
    <message>
        <source>The certificate of the receiving mail server does not name the MX host the sender connected to.</source>
        <extracomment>TLS-RPT result type certificate-host-mismatch: meaning</extracomment>
        <translation>Das Zertifikat des empfangenden Mailservers nennt nicht den MX-Host, mit dem sich der Absender verbunden hat.</translation>
    </message>
    <message>
        <source>The certificate of the receiving mail server has expired: renew it.</source>
        <extracomment>TLS-RPT result type certificate-expired: meaning</extracomment>
        <translation>Das Zertifikat des empfangenden Mailservers ist abgelaufen: Erneuern Sie es.</translation>
    </message>
    <message>
        <source>The certificate of the receiving mail server is not signed by a trusted authority (self-signed, or an intermediate certificate is missing from the chain).</source>
        <extracomment>TLS-RPT result type certificate-not-trusted: meaning</extracomment>
        <translation>Das Zertifikat des empfangenden Mailservers ist nicht von einer vertrauenswürdigen Zertifizierungsstelle signiert (selbstsigniert, oder in der Kette fehlt ein Zwischenzertifikat).</translation>
    </message>
    <message>
        <source>The certificate chain or the policy could not be validated for another reason (see the failure reason code).</source>
        <extracomment>TLS-RPT result type validation-failure: meaning</extracomment>
        <translation>Die Zertifikatskette oder die Richtlinie ließ sich aus einem anderen Grund nicht validieren (siehe den Code des Fehlergrunds).</translation>
    </message>
    <message>
        <source>The DANE TLSA records of the MX host are broken or do not match its certificate.</source>
        <extracomment>TLS-RPT result type tlsa-invalid: meaning</extracomment>
        <translation>Die DANE-TLSA-Einträge des MX-Hosts sind fehlerhaft oder passen nicht zu seinem Zertifikat.</translation>
    </message>
    <message>
        <source>The DNSSEC signatures needed for DANE did not validate.</source>
        <extracomment>TLS-RPT result type dnssec-invalid: meaning</extracomment>
        <translation>Die für DANE nötigen DNSSEC-Signaturen ließen sich nicht validieren.</translation>
    </message>
    <message>
        <source>The sender requires DANE for this host but found no usable TLSA records.</source>
        <extracomment>TLS-RPT result type dane-required: meaning</extracomment>
        <translation>Der Absender verlangt DANE für diesen Host, hat aber keine verwendbaren TLSA-Einträge gefunden.</translation>
    </message>
    <message>
        <source>The MTA-STS policy could not be fetched from https://mta-sts.&lt;domain&gt;/.well-known/mta-sts.txt (no such host, HTTP error or a bad certificate).</source>
        <extracomment>TLS-RPT result type sts-policy-fetch-error: meaning</extracomment>
        <translation>Die MTA-STS-Richtlinie konnte nicht von https://mta-sts.&lt;domain&gt;/.well-known/mta-sts.txt abgerufen werden (Host existiert nicht, HTTP-Fehler oder ungültiges Zertifikat).</translation>
    </message>
    <message>
        <source>The MTA-STS policy file was fetched but is not valid (syntax, or the _mta-sts TXT record does not match it).</source>
        <extracomment>TLS-RPT result type sts-policy-invalid: meaning</extracomment>
        <translation>Die MTA-STS-Richtliniendatei wurde abgerufen, ist aber ungültig (Syntax, oder der _mta-sts-TXT-Eintrag passt nicht zu ihr).</translation>
    </message>
    <message>
        <source>The certificate of the MTA-STS policy host (mta-sts.&lt;domain&gt;) did not validate.</source>
        <extracomment>TLS-RPT result type sts-webpki-invalid: meaning</extracomment>
        <translation>Das Zertifikat des MTA-STS-Richtlinienhosts (mta-sts.&lt;domain&gt;) ließ sich nicht validieren.</translation>
    </message>
    <message>
        <source>A result type this version of Rebound does not know.</source>
        <extracomment>TLS-RPT result type unknown: meaning</extracomment>
        <translation>Ein Ergebnistyp, den diese Version von Rebound nicht kennt.</translation>
    </message>
</context>
<context>
    <name>rebound::data::rules</name>
    <message>
        <source>{ip} is on the Spamhaus XBL: a host behind it is infected or an open proxy</source>
        <extracomment>rule blocklist.spamhaus.xbl: title</extracomment>
        <translation>{ip} steht auf der Spamhaus XBL: Ein Host dahinter ist infiziert oder ein offener Proxy</translation>
    </message>
    <message>
        <source>Spamhaus lists {ip} as an exploited host (XBL, CBL data). Usually a machine behind that address, often behind a NAT gateway shared by a whole office, runs malware, a spam bot or an open proxy. Receivers that use Spamhaus ZEN reject all mail from the address until it is cleaned and removed.</source>
        <extracomment>rule blocklist.spamhaus.xbl: summary</extracomment>
        <translation>Spamhaus führt {ip} als kompromittierten Host (XBL, CBL-Daten). Meist läuft auf einem Rechner hinter dieser Adresse, oft hinter einem NAT-Gateway, das sich ein ganzes Büro teilt, Malware, ein Spambot oder ein offener Proxy. Empfänger, die Spamhaus ZEN nutzen, weisen alle Mail von der Adresse ab, bis sie bereinigt und entfernt ist.</translation>
    </message>
    <message>
        <source>Removal is usually effective within an hour of the request once the host is clean; receivers&apos; caches may take a little longer.</source>
        <extracomment>rule blocklist.spamhaus.xbl: recovery</extracomment>
        <translation>Das Delisting wirkt meist innerhalb einer Stunde nach dem Antrag, sobald der Host sauber ist; Caches der Empfänger können etwas länger brauchen.</translation>
    </message>
    <message>
        <source>Find the infected or misconfigured machine behind {ip}: check the firewall or NAT logs for outbound connections to port 25 from hosts that are not your mail server, and scan every machine that shares the address.</source>
        <extracomment>rule blocklist.spamhaus.xbl: step (you)</extracomment>
        <translation>Finden Sie den infizierten oder falsch konfigurierten Rechner hinter {ip}: Prüfen Sie Firewall- oder NAT-Logs auf ausgehende Verbindungen zu Port 25 von Hosts, die nicht Ihr Mailserver sind, und scannen Sie jeden Rechner, der sich die Adresse teilt.</translation>
    </message>
    <message>
        <source>Block outbound port 25 at the firewall for everything except your real mail server(s), so that a future infection cannot send directly.</source>
        <extracomment>rule blocklist.spamhaus.xbl: step (you)</extracomment>
        <translation>Sperren Sie ausgehenden Port 25 in der Firewall für alles außer Ihren echten Mailserver(n), damit eine künftige Infektion nicht direkt senden kann.</translation>
    </message>
    <message>
        <source>Once the cause is fixed, request removal on the Spamhaus lookup page for {ip}.</source>
        <extracomment>rule blocklist.spamhaus.xbl: step (you)</extracomment>
        <translation>Sobald die Ursache behoben ist, beantragen Sie das Delisting auf der Spamhaus-Abfrageseite für {ip}.</translation>
    </message>
    <message>
        <source>Spamhaus lookup and removal for {ip}</source>
        <extracomment>rule blocklist.spamhaus.xbl: link title</extracomment>
        <translation>Spamhaus-Abfrage und Delisting für {ip}</translation>
    </message>
    <message>
        <source>Asking for delisting before the cause is fixed gets the IP listed again, often for longer.</source>
        <extracomment>rule blocklist.spamhaus.xbl: what not to do</extracomment>
        <translation>Ein Delisting-Antrag, bevor die Ursache behoben ist, führt dazu, dass die IP erneut gelistet wird, oft für länger.</translation>
    </message>
    <message>
        <source>Do not just change the sending IP: the infected host follows you to the new address.</source>
        <extracomment>rule blocklist.spamhaus.xbl: what not to do</extracomment>
        <translation>Wechseln Sie nicht einfach die sendende IP: Der infizierte Host folgt Ihnen auf die neue Adresse.</translation>
    </message>
    <message>
        <source>Cisco Talos reputation for {ip}</source>
        <extracomment>rule blocklist.spamhaus.xbl: link title</extracomment>
        <translation>Cisco-Talos-Reputation für {ip}</translation>
    </message>
    <message>
        <source>{ip} is in the Spamhaus PBL: an end-user range that should not send mail directly</source>
        <extracomment>rule blocklist.spamhaus.pbl: title</extracomment>
        <translation>{ip} steht in der Spamhaus PBL: ein Endkundenbereich, der keine Mail direkt senden soll</translation>
    </message>
    <message>
        <source>The Policy Block List is not a punishment: it marks address ranges (home, mobile, dynamic) whose owner says they should not deliver mail straight to the Internet. Mail from {ip} must go through your provider&apos;s or ESP&apos;s authenticated smarthost.</source>
        <extracomment>rule blocklist.spamhaus.pbl: summary</extracomment>
        <translation>Die Policy Block List ist keine Strafe: Sie markiert Adressbereiche (Privatkunden, Mobilfunk, dynamisch), deren Inhaber sagt, dass sie keine Mail direkt ins Internet zustellen sollen. Mail von {ip} muss über den authentifizierten Smarthost Ihres Providers oder ESPs gehen.</translation>
    </message>
    <message>
        <source>Immediate once mail goes through a smarthost; an ISP change of a PBL entry takes days.</source>
        <extracomment>rule blocklist.spamhaus.pbl: recovery</extracomment>
        <translation>Sofort, sobald die Mail über einen Smarthost geht; eine Änderung eines PBL-Eintrags durch den Provider dauert Tage.</translation>
    </message>
    <message>
        <source>Send through a smarthost (your ISP&apos;s or ESP&apos;s submission server, port 587 with SMTP AUTH) instead of delivering directly from {ip}.</source>
        <extracomment>rule blocklist.spamhaus.pbl: step (you)</extracomment>
        <translation>Senden Sie über einen Smarthost (den Submission-Server Ihres Providers oder ESPs, Port 587 mit SMTP AUTH), statt direkt von {ip} zuzustellen.</translation>
    </message>
    <message>
        <source>If {ip} really is a static server address that should send mail, ask the ISP that owns it to change its PBL entry (code 127.0.0.10 is maintained by the ISP); for code 127.0.0.11 (maintained by Spamhaus) use the removal option on the lookup page.</source>
        <extracomment>rule blocklist.spamhaus.pbl: step (provider)</extracomment>
        <translation>Wenn {ip} wirklich eine statische Serveradresse ist, die Mail senden soll, bitten Sie den Provider, dem sie gehört, seinen PBL-Eintrag zu ändern (Code 127.0.0.10 pflegt der Provider); für Code 127.0.0.11 (von Spamhaus gepflegt) nutzen Sie die Entfernungsoption auf der Abfrageseite.</translation>
    </message>
    <message>
        <source>Do not remove a PBL entry for a dynamic or home address: mail from it will still be refused by many receivers for other reasons.</source>
        <extracomment>rule blocklist.spamhaus.pbl: what not to do</extracomment>
        <translation>Entfernen Sie keinen PBL-Eintrag für eine dynamische oder private Adresse: Mail von dort wird von vielen Empfängern aus anderen Gründen trotzdem abgewiesen.</translation>
    </message>
    <message>
        <source>{ip} is on the Spamhaus SBL: a verified spam source or spam operation</source>
        <extracomment>rule blocklist.spamhaus.sbl: title</extracomment>
        <translation>{ip} steht auf der Spamhaus SBL: eine verifizierte Spamquelle oder Spam-Operation</translation>
    </message>
    <message>
        <source>The Spamhaus Block List names addresses that Spamhaus staff verified as sending spam or hosting spam operations (code 127.0.0.9 adds DROP: the whole network is hijacked or criminal). This is the most serious listing and is reviewed by people.</source>
        <extracomment>rule blocklist.spamhaus.sbl: summary</extracomment>
        <translation>Die Spamhaus Block List nennt Adressen, bei denen Spamhaus-Mitarbeiter verifiziert haben, dass sie Spam senden oder Spam-Operationen hosten (Code 127.0.0.9 ergänzt DROP: das ganze Netz ist gekapert oder kriminell). Dies ist das schwerwiegendste Listing und wird von Menschen geprüft.</translation>
    </message>
    <message>
        <source>Days, after the network owner shows the problem is resolved.</source>
        <extracomment>rule blocklist.spamhaus.sbl: recovery</extracomment>
        <translation>Tage, nachdem der Netzinhaber zeigt, dass das Problem gelöst ist.</translation>
    </message>
    <message>
        <source>Read the SBL record linked from the lookup page: it says what was seen and who must act.</source>
        <extracomment>rule blocklist.spamhaus.sbl: step (you)</extracomment>
        <translation>Lesen Sie den SBL-Eintrag, der auf der Abfrageseite verlinkt ist: Er sagt, was beobachtet wurde und wer handeln muss.</translation>
    </message>
    <message>
        <source>SBL listings are usually addressed to the network owner (your hosting provider or ESP). Stop the traffic described in the record, then the owner asks Spamhaus for removal.</source>
        <extracomment>rule blocklist.spamhaus.sbl: step (provider)</extracomment>
        <translation>SBL-Listings richten sich meist an den Netzinhaber (Ihren Hoster oder ESP). Stoppen Sie den im Eintrag beschriebenen Verkehr; dann beantragt der Inhaber das Delisting bei Spamhaus.</translation>
    </message>
    <message>
        <source>Do not send more mail from the address while listed: it prolongs the listing.</source>
        <extracomment>rule blocklist.spamhaus.sbl: what not to do</extracomment>
        <translation>Senden Sie während des Listings keine weitere Mail von der Adresse: Das verlängert das Listing.</translation>
    </message>
    <message>
        <source>{ip} is on the Spamhaus CSS: automated detection of low-reputation or snowshoe mail</source>
        <extracomment>rule blocklist.spamhaus.css: title</extracomment>
        <translation>{ip} steht auf der Spamhaus CSS: automatische Erkennung von Mail mit schlechter Reputation oder Snowshoe-Mail</translation>
    </message>
    <message>
        <source>The CSS part of the SBL lists addresses that Spamhaus&apos;s automation saw sending low-reputation mail, typically bulk mail to unconfirmed lists or mail from badly configured servers (no or generic reverse DNS, HELO names that do not resolve).</source>
        <extracomment>rule blocklist.spamhaus.css: summary</extracomment>
        <translation>Der CSS-Teil der SBL listet Adressen, die laut Spamhaus-Automatik Mail mit schlechter Reputation gesendet haben, typischerweise Massenmail an unbestätigte Listen oder Mail von schlecht konfigurierten Servern (kein oder generischer Reverse DNS, HELO-Namen, die nicht auflösen).</translation>
    </message>
    <message>
        <source>Automatic or on request, usually within days once the traffic stops.</source>
        <extracomment>rule blocklist.spamhaus.css: recovery</extracomment>
        <translation>Automatisch oder auf Antrag, meist innerhalb von Tagen, sobald der Verkehr aufhört.</translation>
    </message>
    <message>
        <source>Check the sending server&apos;s reverse DNS, HELO name and list practices (confirmed opt-in, bounces removed).</source>
        <extracomment>rule blocklist.spamhaus.css: step (you)</extracomment>
        <translation>Prüfen Sie Reverse DNS, HELO-Namen und Listenpraxis des sendenden Servers (Confirmed Opt-in, Bounces entfernt).</translation>
    </message>
    <message>
        <source>After fixing the cause, request removal on the Spamhaus lookup page.</source>
        <extracomment>rule blocklist.spamhaus.css: step (you)</extracomment>
        <translation>Beantragen Sie nach Behebung der Ursache das Delisting auf der Spamhaus-Abfrageseite.</translation>
    </message>
    <message>
        <source>The domain is on the Spamhaus DBL</source>
        <extracomment>rule blocklist.spamhaus.dbl: title</extracomment>
        <translation>Die Domain steht auf der Spamhaus DBL</translation>
    </message>
    <message>
        <source>The Domain Block List names domains seen in spam, phishing or malware. Receivers reject or junk mail that mentions or comes from a listed domain, whatever the sending IP.</source>
        <extracomment>rule blocklist.spamhaus.dbl: summary</extracomment>
        <translation>Die Domain Block List nennt Domains, die in Spam, Phishing oder Malware gesehen wurden. Empfänger weisen Mail ab oder stufen sie als Junk ein, wenn sie eine gelistete Domain erwähnt oder von ihr kommt, egal von welcher IP.</translation>
    </message>
    <message>
        <source>Hours to days after the request.</source>
        <extracomment>rule blocklist.spamhaus.dbl: recovery</extracomment>
        <translation>Stunden bis Tage nach dem Antrag.</translation>
    </message>
    <message>
        <source>Find out why the domain was listed (compromised website, redirector abuse, lookalike phishing) and fix it.</source>
        <extracomment>rule blocklist.spamhaus.dbl: step (you)</extracomment>
        <translation>Finden Sie heraus, warum die Domain gelistet wurde (kompromittierte Website, Missbrauch als Redirector, ähnlich aussehendes Phishing), und beheben Sie es.</translation>
    </message>
    <message>
        <source>Request removal through the Spamhaus lookup page for the domain.</source>
        <extracomment>rule blocklist.spamhaus.dbl: step (you)</extracomment>
        <translation>Beantragen Sie das Delisting über die Spamhaus-Abfrageseite für die Domain.</translation>
    </message>
    <message>
        <source>Spamhaus lookup for {domain}</source>
        <extracomment>rule blocklist.spamhaus.dbl: link title</extracomment>
        <translation>Spamhaus-Abfrage für {domain}</translation>
    </message>
    <message>
        <source>The receiver says {ip} is on a Spamhaus list</source>
        <extracomment>rule blocklist.spamhaus.named: title</extracomment>
        <translation>Der Empfänger sagt, {ip} steht auf einer Spamhaus-Liste</translation>
    </message>
    <message>
        <source>The bounce names Spamhaus. The live check could not confirm which Spamhaus list it is (or has not run), so the remedy depends on the listing: look it up on the Spamhaus page.</source>
        <extracomment>rule blocklist.spamhaus.named: summary</extracomment>
        <translation>Der Bounce nennt Spamhaus. Die Live-Prüfung konnte nicht bestätigen, welche Spamhaus-Liste es ist (oder lief nicht), daher hängt die Abhilfe vom Listing ab: Schlagen Sie es auf der Spamhaus-Seite nach.</translation>
    </message>
    <message>
        <source>Depends on the list: XBL and CSS often within a day of removal, SBL days.</source>
        <extracomment>rule blocklist.spamhaus.named: recovery</extracomment>
        <translation>Hängt von der Liste ab: XBL und CSS oft innerhalb eines Tages nach dem Delisting, SBL Tage.</translation>
    </message>
    <message>
        <source>Look up {ip} on the Spamhaus page to see which list (SBL, CSS, XBL or PBL) and why.</source>
        <extracomment>rule blocklist.spamhaus.named: step (you)</extracomment>
        <translation>Schlagen Sie {ip} auf der Spamhaus-Seite nach, um zu sehen, welche Liste (SBL, CSS, XBL oder PBL) und warum.</translation>
    </message>
    <message>
        <source>Fix the cause the listing describes before asking for removal.</source>
        <extracomment>rule blocklist.spamhaus.named: step (you)</extracomment>
        <translation>Beheben Sie die im Listing beschriebene Ursache, bevor Sie das Delisting beantragen.</translation>
    </message>
    <message>
        <source>Rebound could not check {list_name} for {ip} ({list_status}): this rests on the bounce text alone, not on a live answer.</source>
        <extracomment>rule blocklist.spamhaus.named: note</extracomment>
        <translation>Rebound konnte {list_name} für {ip} nicht prüfen ({list_status}): Dies beruht allein auf dem Bounce-Text, nicht auf einer Live-Antwort.</translation>
    </message>
    <message>
        <source>Some blocklists refused to answer through your resolver: not a listing</source>
        <extracomment>rule blocklist.query_refused: title</extracomment>
        <translation>Einige Blocklists haben die Antwort über Ihren Resolver verweigert: kein Listing</translation>
    </message>
    <message>
        <source>Lists such as Spamhaus refuse queries that arrive through public or shared resolvers (Google, Cloudflare, many ISPs) or over their free limit, and answer with a special code instead (Spamhaus 127.255.255.254 or .255). That is not a listing, but it means Rebound could not check those lists.</source>
        <extracomment>rule blocklist.query_refused: summary</extracomment>
        <translation>Listen wie Spamhaus verweigern Abfragen, die über öffentliche oder geteilte Resolver (Google, Cloudflare, viele Provider) oder über ihrem kostenlosen Limit eintreffen, und antworten stattdessen mit einem Sondercode (Spamhaus 127.255.255.254 oder .255). Das ist kein Listing, bedeutet aber, dass Rebound diese Listen nicht prüfen konnte.</translation>
    </message>
    <message>
        <source>Immediate after changing the resolver.</source>
        <extracomment>rule blocklist.query_refused: recovery</extracomment>
        <translation>Sofort nach dem Wechsel des Resolvers.</translation>
    </message>
    <message>
        <source>Spamhaus: using a public DNS resolver</source>
        <extracomment>rule blocklist.query_refused: link title</extracomment>
        <translation>Spamhaus: Verwendung eines öffentlichen DNS-Resolvers</translation>
    </message>
    <message>
        <source>Spamhaus Data Query Service (free key)</source>
        <extracomment>rule blocklist.query_refused: link title</extracomment>
        <translation>Spamhaus Data Query Service (kostenloser Schlüssel)</translation>
    </message>
    <message>
        <source>Do not read a refused list as clean, and do not ask for delisting because of a refusal code.</source>
        <extracomment>rule blocklist.query_refused: what not to do</extracomment>
        <translation>Werten Sie eine verweigerte Liste nicht als sauber und beantragen Sie kein Delisting wegen eines Verweigerungscodes.</translation>
    </message>
    <message>
        <source>{ip} is on the Barracuda Reputation Block List</source>
        <extracomment>rule blocklist.barracuda: title</extracomment>
        <translation>{ip} steht auf der Barracuda Reputation Block List</translation>
    </message>
    <message>
        <source>Barracuda lists addresses that sent mail its customers&apos; appliances considered spam. Many companies behind Barracuda gateways reject mail from listed IPs.</source>
        <extracomment>rule blocklist.barracuda: summary</extracomment>
        <translation>Barracuda listet Adressen, die Mail gesendet haben, die die Appliances seiner Kunden als Spam eingestuft haben. Viele Firmen hinter Barracuda-Gateways weisen Mail von gelisteten IPs ab.</translation>
    </message>
    <message>
        <source>About 12-48 hours after a request.</source>
        <extracomment>rule blocklist.barracuda: recovery</extracomment>
        <translation>Etwa 12–48 Stunden nach einem Antrag.</translation>
    </message>
    <message>
        <source>Fix the cause (compromised account, bad list, missing reverse DNS), then submit the removal request; Barracuda reviews it within about a day.</source>
        <extracomment>rule blocklist.barracuda: step (you)</extracomment>
        <translation>Beheben Sie die Ursache (kompromittiertes Konto, schlechte Liste, fehlender Reverse DNS) und stellen Sie dann den Delisting-Antrag; Barracuda prüft ihn innerhalb etwa eines Tages.</translation>
    </message>
    <message>
        <source>Barracuda removal request</source>
        <extracomment>rule blocklist.barracuda: link title</extracomment>
        <translation>Barracuda-Delisting-Antrag</translation>
    </message>
    <message>
        <source>Barracuda reputation lookup</source>
        <extracomment>rule blocklist.barracuda: link title</extracomment>
        <translation>Barracuda-Reputationsabfrage</translation>
    </message>
    <message>
        <source>{ip} is on the SpamCop blocklist</source>
        <extracomment>rule blocklist.spamcop: title</extracomment>
        <translation>{ip} steht auf der SpamCop-Blocklist</translation>
    </message>
    <message>
        <source>SpamCop lists addresses that its users reported as spam sources in the last day or so. The listing expires on its own once reports stop.</source>
        <extracomment>rule blocklist.spamcop: summary</extracomment>
        <translation>SpamCop listet Adressen, die seine Nutzer etwa am letzten Tag als Spamquelle gemeldet haben. Das Listing verfällt von selbst, sobald keine Meldungen mehr kommen.</translation>
    </message>
    <message>
        <source>About 24 hours after reports stop.</source>
        <extracomment>rule blocklist.spamcop: recovery</extracomment>
        <translation>Etwa 24 Stunden, nachdem die Meldungen aufhören.</translation>
    </message>
    <message>
        <source>Find what generated the reports (a compromised account, a form that sends mail, unconfirmed lists) and stop it.</source>
        <extracomment>rule blocklist.spamcop: step (you)</extracomment>
        <translation>Finden Sie heraus, was die Meldungen ausgelöst hat (ein kompromittiertes Konto, ein Formular, das Mail sendet, unbestätigte Listen), und stoppen Sie es.</translation>
    </message>
    <message>
        <source>Wait: SpamCop listings expire automatically about 24 hours after the last report.</source>
        <extracomment>rule blocklist.spamcop: step (you)</extracomment>
        <translation>Warten Sie: SpamCop-Listings verfallen automatisch etwa 24 Stunden nach der letzten Meldung.</translation>
    </message>
    <message>
        <source>SpamCop lookup</source>
        <extracomment>rule blocklist.spamcop: link title</extracomment>
        <translation>SpamCop-Abfrage</translation>
    </message>
    <message>
        <source>There is no delisting form; repeated listings last longer.</source>
        <extracomment>rule blocklist.spamcop: what not to do</extracomment>
        <translation>Es gibt kein Delisting-Formular; wiederholte Listings dauern länger.</translation>
    </message>
    <message>
        <source>{ip} is on UCEPROTECT level 1</source>
        <extracomment>rule blocklist.uceprotect.l1: title</extracomment>
        <translation>{ip} steht auf UCEPROTECT Level 1</translation>
    </message>
    <message>
        <source>UCEPROTECT lists single addresses that hit its spam traps. Few large receivers use it, so its impact is usually small.</source>
        <extracomment>rule blocklist.uceprotect.l1: summary</extracomment>
        <translation>UCEPROTECT listet einzelne Adressen, die seine Spamfallen getroffen haben. Nur wenige große Empfänger nutzen es, daher ist die Auswirkung meist gering.</translation>
    </message>
    <message>
        <source>About 7 days without new hits.</source>
        <extracomment>rule blocklist.uceprotect.l1: recovery</extracomment>
        <translation>Etwa 7 Tage ohne neue Treffer.</translation>
    </message>
    <message>
        <source>Stop the traffic that hit the traps; level 1 expires automatically about 7 days after the last hit.</source>
        <extracomment>rule blocklist.uceprotect.l1: step (you)</extracomment>
        <translation>Stoppen Sie den Verkehr, der die Fallen getroffen hat; Level 1 verfällt automatisch etwa 7 Tage nach dem letzten Treffer.</translation>
    </message>
    <message>
        <source>UCEPROTECT lookup</source>
        <extracomment>rule blocklist.uceprotect.l1: link title</extracomment>
        <translation>UCEPROTECT-Abfrage</translation>
    </message>
    <message>
        <source>Paying for express delisting is not needed; the listing expires on its own.</source>
        <extracomment>rule blocklist.uceprotect.l1: what not to do</extracomment>
        <translation>Für ein Express-Delisting zu bezahlen ist nicht nötig; das Listing verfällt von selbst.</translation>
    </message>
    <message>
        <source>{ip} is caught in a UCEPROTECT level 2 or 3 range listing</source>
        <extracomment>rule blocklist.uceprotect.collateral: title</extracomment>
        <translation>{ip} ist in einem UCEPROTECT-Bereichslisting der Level 2 oder 3 erfasst</translation>
    </message>
    <message>
        <source>Levels 2 and 3 list whole allocations or whole networks (ASNs) because of other customers&apos; traffic. It is collateral damage, not about your own mail, and few receivers use these lists.</source>
        <extracomment>rule blocklist.uceprotect.collateral: summary</extracomment>
        <translation>Level 2 und 3 listen ganze Zuteilungen oder ganze Netze (ASNs) wegen des Verkehrs anderer Kunden. Das ist ein Kollateralschaden, nicht Ihre eigene Mail, und nur wenige Empfänger nutzen diese Listen.</translation>
    </message>
    <message>
        <source>Automatic when the network&apos;s other sources stop.</source>
        <extracomment>rule blocklist.uceprotect.collateral: recovery</extracomment>
        <translation>Automatisch, wenn die anderen Quellen im Netz aufhören.</translation>
    </message>
    <message>
        <source>Only your hosting provider can change this, by dealing with the other sources in its network. Tell the receiver that the listing is a network-wide one if a bounce names it.</source>
        <extracomment>rule blocklist.uceprotect.collateral: step (provider)</extracomment>
        <translation>Nur Ihr Hoster kann das ändern, indem er sich um die anderen Quellen in seinem Netz kümmert. Sagen Sie dem Empfänger, dass es ein netzweites Listing ist, wenn ein Bounce es nennt.</translation>
    </message>
    <message>
        <source>Do not pay for a whitelisting service to get around a range listing.</source>
        <extracomment>rule blocklist.uceprotect.collateral: what not to do</extracomment>
        <translation>Bezahlen Sie keinen Whitelisting-Dienst, um ein Bereichslisting zu umgehen.</translation>
    </message>
    <message>
        <source>Some of the checked addresses are on blocklists</source>
        <extracomment>rule blocklist.range_listed: title</extracomment>
        <translation>Einige der geprüften Adressen stehen auf Blocklists</translation>
    </message>
    <message>
        <source>Among the addresses checked, the ones named in the evidence are listed. Each list has its own meaning and removal process: the Blocklists table shows them per address, with lookup and removal pages.</source>
        <extracomment>rule blocklist.range_listed: summary</extracomment>
        <translation>Unter den geprüften Adressen sind die in den Belegen genannten gelistet. Jede Liste hat ihre eigene Bedeutung und ihr eigenes Delisting-Verfahren: Die Blocklist-Tabelle zeigt sie pro Adresse, mit Abfrage- und Delisting-Seiten.</translation>
    </message>
    <message>
        <source>Depends on the list: from an hour (Spamhaus, after removal) to automatic expiry within days (SpamCop, Barracuda, UCEPROTECT).</source>
        <extracomment>rule blocklist.range_listed: recovery</extracomment>
        <translation>Hängt von der Liste ab: von einer Stunde (Spamhaus, nach dem Delisting) bis zum automatischen Verfall innerhalb von Tagen (SpamCop, Barracuda, UCEPROTECT).</translation>
    </message>
    <message>
        <source>Open the Blocklists table, show only problems, and work through the listed addresses: the most severe lists (Spamhaus, Barracuda, SpamCop) first.</source>
        <extracomment>rule blocklist.range_listed: step (you)</extracomment>
        <translation>Öffnen Sie die Blocklist-Tabelle, zeigen Sie nur Probleme an und arbeiten Sie die gelisteten Adressen ab: die schwerwiegendsten Listen (Spamhaus, Barracuda, SpamCop) zuerst.</translation>
    </message>
    <message>
        <source>For each listed address, find why it was listed (the list&apos;s meaning and TXT reason): an infected host, an end-user range, spam sent from it, or a neighbour&apos;s behaviour.</source>
        <extracomment>rule blocklist.range_listed: step (you)</extracomment>
        <translation>Finden Sie für jede gelistete Adresse heraus, warum sie gelistet wurde (Bedeutung der Liste und TXT-Grund): ein infizierter Host, ein Endkundenbereich, von dort gesendeter Spam oder das Verhalten eines Nachbarn.</translation>
    </message>
    <message>
        <source>If the range belongs to your hosting provider or ESP, send them the report: they own the delisting for shared and end-user ranges.</source>
        <extracomment>rule blocklist.range_listed: step (provider)</extracomment>
        <translation>Gehört der Bereich Ihrem Hoster oder ESP, senden Sie ihm den Bericht: Für geteilte und Endkundenbereiche ist er für das Delisting zuständig.</translation>
    </message>
    <message>
        <source>Request removal on each list&apos;s page only after the cause is fixed.</source>
        <extracomment>rule blocklist.range_listed: step (you)</extracomment>
        <translation>Beantragen Sie das Delisting auf der Seite jeder Liste erst, wenn die Ursache behoben ist.</translation>
    </message>
    <message>
        <source>Asking for delisting before the cause is fixed gets the address listed again, often for longer.</source>
        <extracomment>rule blocklist.range_listed: what not to do</extracomment>
        <translation>Ein Delisting-Antrag, bevor die Ursache behoben ist, führt dazu, dass die Adresse erneut gelistet wird, oft für länger.</translation>
    </message>
    <message>
        <source>Do not rotate mail to other addresses of the same range to escape a listing: lists notice and escalate to the whole range.</source>
        <extracomment>rule blocklist.range_listed: what not to do</extracomment>
        <translation>Verteilen Sie Mail nicht auf andere Adressen desselben Bereichs, um einem Listing zu entgehen: Listen bemerken das und weiten das Listing auf den ganzen Bereich aus.</translation>
    </message>
    <message>
        <source>{ip} is listed on {list_name}</source>
        <extracomment>rule blocklist.listed.other: title</extracomment>
        <translation>{ip} ist auf {list_name} gelistet</translation>
    </message>
    <message>
        <source>A blocklist lists the address. How much this matters depends on which receivers use that list; the blocklist table shows its typical impact and how it delists.</source>
        <extracomment>rule blocklist.listed.other: summary</extracomment>
        <translation>Eine Blocklist führt die Adresse. Wie sehr das zählt, hängt davon ab, welche Empfänger diese Liste nutzen; die Blocklist-Tabelle zeigt ihre typische Auswirkung und ihr Delisting.</translation>
    </message>
    <message>
        <source>Varies by list; see the blocklist table.</source>
        <extracomment>rule blocklist.listed.other: recovery</extracomment>
        <translation>Je nach Liste verschieden; siehe Blocklist-Tabelle.</translation>
    </message>
    <message>
        <source>Open the list&apos;s lookup page to see why it lists the address, fix that, then follow its delisting process.</source>
        <extracomment>rule blocklist.listed.other: step (you)</extracomment>
        <translation>Öffnen Sie die Abfrageseite der Liste, um zu sehen, warum sie die Adresse führt, beheben Sie das und folgen Sie dann ihrem Delisting-Verfahren.</translation>
    </message>
    <message>
        <source>Lookup on {list_name}</source>
        <extracomment>rule blocklist.listed.other: link title</extracomment>
        <translation>Abfrage auf {list_name}</translation>
    </message>
    <message>
        <source>Removal on {list_name}</source>
        <extracomment>rule blocklist.listed.other: link title</extracomment>
        <translation>Delisting auf {list_name}</translation>
    </message>
    <message>
        <source>The bounce blames {named_list}, but that list does not list the address now</source>
        <extracomment>rule blocklist.already_delisted: title</extracomment>
        <translation>Der Bounce beschuldigt {named_list}, aber diese Liste führt die Adresse jetzt nicht</translation>
    </message>
    <message>
        <source>When the bounce was written, the receiver saw the address on {named_list}. The live check now says it is not listed, so it was probably delisted since, or the receiver used cached data.</source>
        <extracomment>rule blocklist.already_delisted: summary</extracomment>
        <translation>Als der Bounce geschrieben wurde, sah der Empfänger die Adresse auf {named_list}. Die Live-Prüfung sagt jetzt, dass sie nicht gelistet ist; wahrscheinlich wurde sie inzwischen delistet, oder der Empfänger nutzte zwischengespeicherte Daten.</translation>
    </message>
    <message>
        <source>Receivers&apos; caches usually clear within hours.</source>
        <extracomment>rule blocklist.already_delisted: recovery</extracomment>
        <translation>Caches der Empfänger leeren sich meist innerhalb von Stunden.</translation>
    </message>
    <message>
        <source>The live check disagrees with the bounce for this list.</source>
        <extracomment>rule blocklist.already_delisted: what speaks against</extracomment>
        <translation>Die Live-Prüfung widerspricht dem Bounce für diese Liste.</translation>
    </message>
    <message>
        <source>Retry the delivery; if it is rejected again with the same text, the receiver&apos;s data is stale: contact the recipient&apos;s postmaster with this report.</source>
        <extracomment>rule blocklist.already_delisted: step (you)</extracomment>
        <translation>Versuchen Sie die Zustellung erneut; wird sie wieder mit demselben Text abgewiesen, sind die Daten des Empfängers veraltet: Wenden Sie sich mit diesem Bericht an den Postmaster des Empfängers.</translation>
    </message>
    <message>
        <source>Do not request removal from a list that no longer lists the address: there is nothing to remove, and some lists treat repeated requests as abuse.</source>
        <extracomment>rule blocklist.already_delisted: what not to do</extracomment>
        <translation>Beantragen Sie kein Delisting bei einer Liste, die die Adresse nicht mehr führt: Es gibt nichts zu entfernen, und manche Listen werten wiederholte Anträge als Missbrauch.</translation>
    </message>
    <message>
        <source>The bounce names a blocklist that no longer exists</source>
        <extracomment>rule blocklist.defunct: title</extracomment>
        <translation>Der Bounce nennt eine Blocklist, die es nicht mehr gibt</translation>
    </message>
    <message>
        <source>The list named in the bounce has been shut down (SORBS in 2024, NiX Spam in 2025, WPBL, NJABL, AHBL...). A receiver that still queries it has a stale configuration; a dead list that answers everything can reject all mail.</source>
        <extracomment>rule blocklist.defunct: summary</extracomment>
        <translation>Die im Bounce genannte Liste wurde eingestellt (SORBS 2024, NiX Spam 2025, WPBL, NJABL, AHBL…). Ein Empfänger, der sie noch abfragt, hat eine veraltete Konfiguration; eine tote Liste, die auf alles antwortet, kann sämtliche Mail abweisen.</translation>
    </message>
    <message>
        <source>As soon as the receiver changes its configuration.</source>
        <extracomment>rule blocklist.defunct: recovery</extracomment>
        <translation>Sobald der Empfänger seine Konfiguration ändert.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mail administrator should remove the defunct list from their configuration.</source>
        <extracomment>rule blocklist.defunct: step (recipient)</extracomment>
        <translation>Der Mailadministrator des Empfängers sollte die eingestellte Liste aus seiner Konfiguration entfernen.</translation>
    </message>
    <message>
        <source>Send the recipient&apos;s postmaster this report, which shows the list is no longer operated.</source>
        <extracomment>rule blocklist.defunct: step (you)</extracomment>
        <translation>Senden Sie dem Postmaster des Empfängers diesen Bericht, der zeigt, dass die Liste nicht mehr betrieben wird.</translation>
    </message>
    <message>
        <source>Do not look for a delisting form: there is nobody left to process it.</source>
        <extracomment>rule blocklist.defunct: what not to do</extracomment>
        <translation>Suchen Sie kein Delisting-Formular: Es gibt niemanden mehr, der es bearbeitet.</translation>
    </message>
    <message>
        <source>Microsoft (Outlook.com / Office 365) blocks {ip} on its own list</source>
        <extracomment>rule provider.microsoft.block: title</extracomment>
        <translation>Microsoft (Outlook.com / Office 365) sperrt {ip} auf seiner eigenen Liste</translation>
    </message>
    <message>
        <source>Codes such as S3150, S3140, 5.7.606-5.7.649 or AS(...) mean Microsoft&apos;s internal reputation system blocked the address. Public blocklists are not involved; only Microsoft can lift it.</source>
        <extracomment>rule provider.microsoft.block: summary</extracomment>
        <translation>Codes wie S3150, S3140, 5.7.606–5.7.649 oder AS(…) bedeuten, dass Microsofts internes Reputationssystem die Adresse gesperrt hat. Öffentliche Blocklists sind nicht beteiligt; nur Microsoft kann die Sperre aufheben.</translation>
    </message>
    <message>
        <source>Often 24-48 hours after a successful delisting request; reputation may keep some mail in Junk for longer.</source>
        <extracomment>rule provider.microsoft.block: recovery</extracomment>
        <translation>Oft 24–48 Stunden nach einem erfolgreichen Delisting-Antrag; die Reputation kann manche Mail noch länger im Junk-Ordner halten.</translation>
    </message>
    <message>
        <source>Check the address in SNDS and sign up for JMRP complaint feedback, to see what Microsoft saw.</source>
        <extracomment>rule provider.microsoft.block: step (you)</extracomment>
        <translation>Prüfen Sie die Adresse in SNDS und melden Sie sich für das JMRP-Beschwerde-Feedback an, um zu sehen, was Microsoft gesehen hat.</translation>
    </message>
    <message>
        <source>Microsoft SNDS (IP data) and JMRP (complaints)</source>
        <extracomment>rule provider.microsoft.block: link title</extracomment>
        <translation>Microsoft SNDS (IP-Daten) und JMRP (Beschwerden)</translation>
    </message>
    <message>
        <source>Submit the delisting form for {ip}; Microsoft answers by email, usually within a day.</source>
        <extracomment>rule provider.microsoft.block: step (you)</extracomment>
        <translation>Senden Sie das Delisting-Formular für {ip}; Microsoft antwortet per E-Mail, meist innerhalb eines Tages.</translation>
    </message>
    <message>
        <source>Microsoft delisting form</source>
        <extracomment>rule provider.microsoft.block: link title</extracomment>
        <translation>Microsoft-Delisting-Formular</translation>
    </message>
    <message>
        <source>If the form is refused, open a ticket with Microsoft&apos;s sender support and include this report.</source>
        <extracomment>rule provider.microsoft.block: step (you)</extracomment>
        <translation>Wird das Formular abgelehnt, eröffnen Sie ein Ticket beim Sender-Support von Microsoft und fügen Sie diesen Bericht bei.</translation>
    </message>
    <message>
        <source>Do not rotate to new IPs to avoid the block: Microsoft blocks the new ones quickly and the reputation problem remains.</source>
        <extracomment>rule provider.microsoft.block: what not to do</extracomment>
        <translation>Wechseln Sie nicht auf neue IPs, um die Sperre zu umgehen: Microsoft sperrt die neuen schnell, und das Reputationsproblem bleibt.</translation>
    </message>
    <message>
        <source>Gmail rejects the mail as unauthenticated (5.7.26)</source>
        <extracomment>rule provider.gmail.unauthenticated: title</extracomment>
        <translation>Gmail weist die Mail als nicht authentifiziert ab (5.7.26)</translation>
    </message>
    <message>
        <source>Gmail requires SPF or DKIM to pass, and for bulk senders both plus DMARC alignment. 5.7.26 means the message failed authentication (often DMARC: neither SPF nor DKIM passed for the From domain).</source>
        <extracomment>rule provider.gmail.unauthenticated: summary</extracomment>
        <translation>Gmail verlangt, dass SPF oder DKIM besteht, und bei Massenversendern beides plus DMARC-Alignment. 5.7.26 bedeutet, dass die Nachricht die Authentifizierung nicht bestanden hat (oft DMARC: weder SPF noch DKIM bestand für die From-Domain).</translation>
    </message>
    <message>
        <source>Immediate once authentication passes.</source>
        <extracomment>rule provider.gmail.unauthenticated: recovery</extracomment>
        <translation>Sofort, sobald die Authentifizierung besteht.</translation>
    </message>
    <message>
        <source>Publish a DMARC record and make sure SPF or DKIM aligns with the From domain.</source>
        <extracomment>rule provider.gmail.unauthenticated: step (you)</extracomment>
        <translation>Veröffentlichen Sie einen DMARC-Eintrag und stellen Sie sicher, dass SPF oder DKIM zur From-Domain aligned ist.</translation>
    </message>
    <message>
        <source>Gmail sender guidelines</source>
        <extracomment>rule provider.gmail.unauthenticated: link title</extracomment>
        <translation>Gmail-Richtlinien für Absender</translation>
    </message>
    <message>
        <source>Do not weaken DMARC to p=none just to get mail through: fix the alignment.</source>
        <extracomment>rule provider.gmail.unauthenticated: what not to do</extracomment>
        <translation>Schwächen Sie DMARC nicht auf p=none ab, nur damit die Mail durchgeht: Beheben Sie das Alignment.</translation>
    </message>
    <message>
        <source>Google Postmaster Tools (domain reputation, spam rate)</source>
        <extracomment>rule provider.gmail.unauthenticated: link title</extracomment>
        <translation>Google Postmaster Tools (Domain-Reputation, Spamrate)</translation>
    </message>
    <message>
        <source>Gmail requires reverse DNS that forward-confirms (5.7.25)</source>
        <extracomment>rule provider.gmail.reverse_dns: title</extracomment>
        <translation>Gmail verlangt vorwärts bestätigten Reverse DNS (5.7.25)</translation>
    </message>
    <message>
        <source>Gmail refuses mail from addresses without a PTR record whose name resolves back to the same address.</source>
        <extracomment>rule provider.gmail.reverse_dns: summary</extracomment>
        <translation>Gmail weist Mail von Adressen ohne PTR-Eintrag ab, dessen Name zurück auf dieselbe Adresse auflöst.</translation>
    </message>
    <message>
        <source>As soon as the PTR is published (its TTL).</source>
        <extracomment>rule provider.gmail.reverse_dns: recovery</extracomment>
        <translation>Sobald der PTR veröffentlicht ist (seine TTL).</translation>
    </message>
    <message>
        <source>Ask whoever owns {ip} (your hosting provider) to set a PTR record to your mail server&apos;s name.</source>
        <extracomment>rule provider.gmail.reverse_dns: step (provider)</extracomment>
        <translation>Bitten Sie den Inhaber von {ip} (Ihren Hoster), einen PTR-Eintrag auf den Namen Ihres Mailservers zu setzen.</translation>
    </message>
    <message>
        <source>Make that name resolve (A/AAAA) back to {ip}, and use it as the HELO name.</source>
        <extracomment>rule provider.gmail.reverse_dns: step (you)</extracomment>
        <translation>Lassen Sie diesen Namen (A/AAAA) zurück auf {ip} auflösen und verwenden Sie ihn als HELO-Namen.</translation>
    </message>
    <message>
        <source>Do not point the PTR at a name that does not resolve back to the same address: Gmail checks the forward lookup too.</source>
        <extracomment>rule provider.gmail.reverse_dns: what not to do</extracomment>
        <translation>Lassen Sie den PTR nicht auf einen Namen zeigen, der nicht zurück auf dieselbe Adresse auflöst: Gmail prüft auch die Vorwärtsauflösung.</translation>
    </message>
    <message>
        <source>Gmail rejects or defers the mail for reputation (unsolicited mail)</source>
        <extracomment>rule provider.gmail.reputation: title</extracomment>
        <translation>Gmail weist die Mail wegen der Reputation ab oder stellt sie zurück (unerwünschte Mail)</translation>
    </message>
    <message>
        <source>Gmail&apos;s 4.7.28 / 5.7.1 &apos;unsolicited mail&apos; or &apos;low reputation&apos; replies are about the reputation of the sending domain and IP as Gmail measures it (complaints, spam traps, authentication). Public blocklists are not involved.</source>
        <extracomment>rule provider.gmail.reputation: summary</extracomment>
        <translation>Gmails Antworten 4.7.28 / 5.7.1 „unsolicited mail“ oder „low reputation“ betreffen die Reputation der sendenden Domain und IP, wie Gmail sie misst (Beschwerden, Spamfallen, Authentifizierung). Öffentliche Blocklists sind nicht beteiligt.</translation>
    </message>
    <message>
        <source>Reputation recovers over weeks of clean sending.</source>
        <extracomment>rule provider.gmail.reputation: recovery</extracomment>
        <translation>Die Reputation erholt sich über Wochen sauberen Versands.</translation>
    </message>
    <message>
        <source>Look at the domain and IP reputation and the spam rate in Google Postmaster Tools.</source>
        <extracomment>rule provider.gmail.reputation: step (you)</extracomment>
        <translation>Sehen Sie sich Domain- und IP-Reputation und die Spamrate in Google Postmaster Tools an.</translation>
    </message>
    <message>
        <source>Reduce complaints: send only to people who asked, honour unsubscribes at once, remove inactive addresses, and ramp up volume slowly.</source>
        <extracomment>rule provider.gmail.reputation: step (you)</extracomment>
        <translation>Reduzieren Sie Beschwerden: Senden Sie nur an Menschen, die darum gebeten haben, setzen Sie Abmeldungen sofort um, entfernen Sie inaktive Adressen und steigern Sie das Volumen langsam.</translation>
    </message>
    <message>
        <source>Do not retry aggressively: deferred mail counts against you.</source>
        <extracomment>rule provider.gmail.reputation: what not to do</extracomment>
        <translation>Versuchen Sie es nicht aggressiv erneut: Zurückgestellte Mail zählt gegen Sie.</translation>
    </message>
    <message>
        <source>Yahoo/AOL defers the mail: volume or complaints (TSS04)</source>
        <extracomment>rule provider.yahoo.deferred: title</extracomment>
        <translation>Yahoo/AOL stellt die Mail zurück: Volumen oder Beschwerden (TSS04)</translation>
    </message>
    <message>
        <source>TSS04 means Yahoo saw unexpected volume or user complaints from the sender and defers the mail. It is Yahoo&apos;s own reputation system, not a public blocklist.</source>
        <extracomment>rule provider.yahoo.deferred: summary</extracomment>
        <translation>TSS04 bedeutet, dass Yahoo unerwartetes Volumen oder Nutzerbeschwerden vom Absender gesehen hat und die Mail zurückstellt. Es ist Yahoos eigenes Reputationssystem, keine öffentliche Blocklist.</translation>
    </message>
    <message>
        <source>Hours to days once volume and complaints drop.</source>
        <extracomment>rule provider.yahoo.deferred: recovery</extracomment>
        <translation>Stunden bis Tage, sobald Volumen und Beschwerden sinken.</translation>
    </message>
    <message>
        <source>Register with the Yahoo Sender Hub and its complaint feedback loop, and lower the sending rate.</source>
        <extracomment>rule provider.yahoo.deferred: step (you)</extracomment>
        <translation>Registrieren Sie sich beim Yahoo Sender Hub und seinem Beschwerde-Feedback-Loop und senken Sie die Senderate.</translation>
    </message>
    <message>
        <source>Yahoo Sender Hub</source>
        <extracomment>rule provider.yahoo.deferred: link title</extracomment>
        <translation>Yahoo Sender Hub</translation>
    </message>
    <message>
        <source>Remove recipients who complain or never engage; make sure SPF, DKIM and DMARC pass.</source>
        <extracomment>rule provider.yahoo.deferred: step (you)</extracomment>
        <translation>Entfernen Sie Empfänger, die sich beschweren oder nie reagieren; stellen Sie sicher, dass SPF, DKIM und DMARC bestehen.</translation>
    </message>
    <message>
        <source>Do not raise the retry rate: it extends the deferral.</source>
        <extracomment>rule provider.yahoo.deferred: what not to do</extracomment>
        <translation>Erhöhen Sie die Wiederholungsrate nicht: Das verlängert die Zurückstellung.</translation>
    </message>
    <message>
        <source>Yahoo/AOL rejects {ip} because it is on a Spamhaus list (BL21)</source>
        <extracomment>rule provider.yahoo.spamhaus: title</extracomment>
        <translation>Yahoo/AOL weist {ip} ab, weil sie auf einer Spamhaus-Liste steht (BL21)</translation>
    </message>
    <message>
        <source>Yahoo&apos;s BL21 and similar codes mean the connecting address is on a Spamhaus list; fix the listing and Yahoo accepts the mail again.</source>
        <extracomment>rule provider.yahoo.spamhaus: summary</extracomment>
        <translation>Yahoos BL21 und ähnliche Codes bedeuten, dass die verbindende Adresse auf einer Spamhaus-Liste steht; beheben Sie das Listing, dann nimmt Yahoo die Mail wieder an.</translation>
    </message>
    <message>
        <source>After the Spamhaus listing is removed.</source>
        <extracomment>rule provider.yahoo.spamhaus: recovery</extracomment>
        <translation>Nachdem das Spamhaus-Listing entfernt ist.</translation>
    </message>
    <message>
        <source>Look up {ip} on Spamhaus and fix the cause of the listing.</source>
        <extracomment>rule provider.yahoo.spamhaus: step (you)</extracomment>
        <translation>Schlagen Sie {ip} bei Spamhaus nach und beheben Sie die Ursache des Listings.</translation>
    </message>
    <message>
        <source>Proofpoint blocks {ip} on its reputation list</source>
        <extracomment>rule provider.proofpoint.block: title</extracomment>
        <translation>Proofpoint sperrt {ip} auf seiner Reputationsliste</translation>
    </message>
    <message>
        <source>Proofpoint-protected receivers reject mail from addresses with poor reputation in Proofpoint&apos;s own data.</source>
        <extracomment>rule provider.proofpoint.block: summary</extracomment>
        <translation>Von Proofpoint geschützte Empfänger weisen Mail von Adressen mit schlechter Reputation in Proofpoints eigenen Daten ab.</translation>
    </message>
    <message>
        <source>Usually 24-48 hours after the request.</source>
        <extracomment>rule provider.proofpoint.block: recovery</extracomment>
        <translation>Meist 24–48 Stunden nach dem Antrag.</translation>
    </message>
    <message>
        <source>Check the address on Proofpoint&apos;s IP check page and submit the removal request there.</source>
        <extracomment>rule provider.proofpoint.block: step (you)</extracomment>
        <translation>Prüfen Sie die Adresse auf Proofpoints IP-Prüfseite und stellen Sie dort den Delisting-Antrag.</translation>
    </message>
    <message>
        <source>Proofpoint IP reputation check</source>
        <extracomment>rule provider.proofpoint.block: link title</extracomment>
        <translation>Proofpoint-IP-Reputationsprüfung</translation>
    </message>
    <message>
        <source>Mimecast rejected the mail by policy or reputation</source>
        <extracomment>rule provider.mimecast.block: title</extracomment>
        <translation>Mimecast hat die Mail aufgrund einer Richtlinie oder der Reputation abgewiesen</translation>
    </message>
    <message>
        <source>Mimecast replies name the policy that rejected the mail (a blocked-senders policy set by the recipient&apos;s admin, or Mimecast&apos;s reputation or spam checks).</source>
        <extracomment>rule provider.mimecast.block: summary</extracomment>
        <translation>Mimecast-Antworten nennen die Richtlinie, die die Mail abgewiesen hat (eine vom Admin des Empfängers gesetzte Blocked-Senders-Richtlinie oder Mimecasts Reputations- oder Spamprüfung).</translation>
    </message>
    <message>
        <source>As soon as the recipient&apos;s admin changes the policy.</source>
        <extracomment>rule provider.mimecast.block: recovery</extracomment>
        <translation>Sobald der Admin des Empfängers die Richtlinie ändert.</translation>
    </message>
    <message>
        <source>If the reply mentions a Blocked Senders or policy rule, only the recipient&apos;s administrator can change it: contact them through another channel.</source>
        <extracomment>rule provider.mimecast.block: step (recipient)</extracomment>
        <translation>Nennt die Antwort eine Blocked-Senders- oder Richtlinienregel, kann nur der Administrator des Empfängers sie ändern: Kontaktieren Sie ihn über einen anderen Kanal.</translation>
    </message>
    <message>
        <source>If it mentions reputation or spam, fix authentication and list practices, then ask the recipient to add a permitted-sender policy.</source>
        <extracomment>rule provider.mimecast.block: step (you)</extracomment>
        <translation>Nennt sie Reputation oder Spam, beheben Sie Authentifizierung und Listenpraxis und bitten Sie dann den Empfänger, eine Permitted-Sender-Richtlinie anzulegen.</translation>
    </message>
    <message>
        <source>Do not resend the same message repeatedly while the block lasts: it adds to the sender&apos;s bad reputation at Mimecast.</source>
        <extracomment>rule provider.mimecast.block: what not to do</extracomment>
        <translation>Senden Sie dieselbe Nachricht nicht wiederholt, solange die Sperre besteht: Das verschlechtert die Reputation des Absenders bei Mimecast.</translation>
    </message>
    <message>
        <source>Comcast rejected {ip} (Comcast reputation)</source>
        <extracomment>rule provider.comcast.block: title</extracomment>
        <translation>Comcast hat {ip} abgewiesen (Comcast-Reputation)</translation>
    </message>
    <message>
        <source>Comcast&apos;s BL/RL codes mean its own reputation systems refused the address.</source>
        <extracomment>rule provider.comcast.block: summary</extracomment>
        <translation>Comcasts BL/RL-Codes bedeuten, dass seine eigenen Reputationssysteme die Adresse abgelehnt haben.</translation>
    </message>
    <message>
        <source>Days after the review.</source>
        <extracomment>rule provider.comcast.block: recovery</extracomment>
        <translation>Tage nach der Prüfung.</translation>
    </message>
    <message>
        <source>Follow the Comcast postmaster instructions for the code in the bounce and request a review.</source>
        <extracomment>rule provider.comcast.block: step (you)</extracomment>
        <translation>Folgen Sie den Comcast-Postmaster-Anweisungen für den Code im Bounce und beantragen Sie eine Prüfung.</translation>
    </message>
    <message>
        <source>Comcast postmaster</source>
        <extracomment>rule provider.comcast.block: link title</extracomment>
        <translation>Comcast-Postmaster</translation>
    </message>
    <message>
        <source>Do not keep retrying from the blocked address at full volume; pause or reduce the rate until Comcast answers.</source>
        <extracomment>rule provider.comcast.block: what not to do</extracomment>
        <translation>Versuchen Sie es nicht weiter mit vollem Volumen von der gesperrten Adresse; pausieren oder senken Sie die Rate, bis Comcast antwortet.</translation>
    </message>
    <message>
        <source>iCloud Mail rejected the mail by local policy</source>
        <extracomment>rule provider.apple.block: title</extracomment>
        <translation>iCloud Mail hat die Mail aufgrund lokaler Richtlinie abgewiesen</translation>
    </message>
    <message>
        <source>Apple&apos;s iCloud Mail rejects mail by its own policy (codes such as CS01 or HM08), often for reputation or authentication reasons.</source>
        <extracomment>rule provider.apple.block: summary</extracomment>
        <translation>Apples iCloud Mail weist Mail nach eigener Richtlinie ab (Codes wie CS01 oder HM08), oft aus Reputations- oder Authentifizierungsgründen.</translation>
    </message>
    <message>
        <source>Varies.</source>
        <extracomment>rule provider.apple.block: recovery</extracomment>
        <translation>Unterschiedlich.</translation>
    </message>
    <message>
        <source>Make sure SPF, DKIM and DMARC pass and reverse DNS is set; then contact Apple&apos;s iCloud postmaster with this report if it continues.</source>
        <extracomment>rule provider.apple.block: step (you)</extracomment>
        <translation>Stellen Sie sicher, dass SPF, DKIM und DMARC bestehen und Reverse DNS gesetzt ist; hält es an, wenden Sie sich mit diesem Bericht an den iCloud-Postmaster von Apple.</translation>
    </message>
    <message>
        <source>Do not switch to another sending address to get around the block: Apple&apos;s filters follow the domain as well as the IP.</source>
        <extracomment>rule provider.apple.block: what not to do</extracomment>
        <translation>Wechseln Sie nicht auf eine andere Absenderadresse, um die Sperre zu umgehen: Apples Filter folgen der Domain ebenso wie der IP.</translation>
    </message>
    <message>
        <source>Relay access denied: the server will not relay for you</source>
        <extracomment>rule relay.denied: title</extracomment>
        <translation>Relay access denied: Der Server leitet für Sie nicht weiter</translation>
    </message>
    <message>
        <source>This is not about reputation at all. The server you gave the mail to does not accept mail for that recipient&apos;s domain from you: either you did not authenticate, or the relay is not configured for your domain, or the MX records point at the wrong server.</source>
        <extracomment>rule relay.denied: summary</extracomment>
        <translation>Hier geht es gar nicht um Reputation. Der Server, dem Sie die Mail übergeben haben, nimmt von Ihnen keine Mail für die Domain dieses Empfängers an: Entweder haben Sie sich nicht authentifiziert, oder das Relay ist für Ihre Domain nicht konfiguriert, oder die MX-Einträge zeigen auf den falschen Server.</translation>
    </message>
    <message>
        <source>Immediate once authentication or relay configuration is fixed.</source>
        <extracomment>rule relay.denied: recovery</extracomment>
        <translation>Sofort, sobald Authentifizierung oder Relay-Konfiguration behoben sind.</translation>
    </message>
    <message>
        <source>Configure your mail client or application to authenticate (SMTP AUTH on port 587 with STARTTLS) before sending.</source>
        <extracomment>rule relay.denied: step (you)</extracomment>
        <translation>Konfigurieren Sie Ihren Mailclient oder Ihre Anwendung so, dass sie sich vor dem Senden authentifiziert (SMTP AUTH auf Port 587 mit STARTTLS).</translation>
    </message>
    <message>
        <source>If this is your own server, add the recipient domain to its relay or accepted domains, or fix the MX records so mail goes to the right server.</source>
        <extracomment>rule relay.denied: step (provider)</extracomment>
        <translation>Ist es Ihr eigener Server, tragen Sie die Empfängerdomain in seine Relay- oder akzeptierten Domains ein oder korrigieren Sie die MX-Einträge, damit Mail zum richtigen Server geht.</translation>
    </message>
    <message>
        <source>Do not ask for delisting: no blocklist is involved.</source>
        <extracomment>rule relay.denied: what not to do</extracomment>
        <translation>Beantragen Sie kein Delisting: Es ist keine Blocklist beteiligt.</translation>
    </message>
    <message>
        <source>Reverse DNS for {ip} is missing, generic or does not forward-confirm</source>
        <extracomment>rule rdns.problem: title</extracomment>
        <translation>Reverse DNS für {ip} fehlt, ist generisch oder nicht vorwärts bestätigt</translation>
    </message>
    <message>
        <source>Many receivers (Gmail, Microsoft, most corporate filters) refuse or penalise mail from addresses without a PTR record whose name resolves back to the same address, or with a generic name that looks like a home or dynamic address.</source>
        <extracomment>rule rdns.problem: summary</extracomment>
        <translation>Viele Empfänger (Gmail, Microsoft, die meisten Firmenfilter) weisen Mail von Adressen ohne PTR-Eintrag, dessen Name zurück auf dieselbe Adresse auflöst, oder mit einem generischen Namen, der nach Privat- oder dynamischer Adresse aussieht, ab oder werten sie ab.</translation>
    </message>
    <message>
        <source>As soon as the PTR record is published.</source>
        <extracomment>rule rdns.problem: recovery</extracomment>
        <translation>Sobald der PTR-Eintrag veröffentlicht ist.</translation>
    </message>
    <message>
        <source>Ask the owner of {ip} to set a PTR record naming your mail server.</source>
        <extracomment>rule rdns.problem: step (provider)</extracomment>
        <translation>Bitten Sie den Inhaber von {ip}, einen PTR-Eintrag mit dem Namen Ihres Mailservers zu setzen.</translation>
    </message>
    <message>
        <source>Make that name resolve back to {ip} and use it as the server&apos;s HELO name.</source>
        <extracomment>rule rdns.problem: step (you)</extracomment>
        <translation>Lassen Sie diesen Namen zurück auf {ip} auflösen und verwenden Sie ihn als HELO-Namen des Servers.</translation>
    </message>
    <message>
        <source>Do not use a generic ISP-style name (with the address&apos;s digits in it) as the PTR of a mail server: many filters treat it as a home connection.</source>
        <extracomment>rule rdns.problem: what not to do</extracomment>
        <translation>Verwenden Sie keinen generischen Providernamen (mit den Ziffern der Adresse darin) als PTR eines Mailservers: Viele Filter halten ihn für einen Privatanschluss.</translation>
    </message>
    <message>
        <source>The recipient address does not exist</source>
        <extracomment>rule recipient.unknown: title</extracomment>
        <translation>Die Empfängeradresse existiert nicht</translation>
    </message>
    <message>
        <source>The receiving server says the mailbox is unknown. This is list hygiene, not reputation: the address is mistyped, was deleted, or never existed.</source>
        <extracomment>rule recipient.unknown: summary</extracomment>
        <translation>Der empfangende Server sagt, das Postfach ist unbekannt. Das ist Listenhygiene, keine Reputation: Die Adresse ist vertippt, wurde gelöscht oder existierte nie.</translation>
    </message>
    <message>
        <source>Not applicable.</source>
        <extracomment>rule recipient.unknown: recovery</extracomment>
        <translation>Nicht zutreffend.</translation>
    </message>
    <message>
        <source>Remove the address from your lists, or correct a typo; do not retry it.</source>
        <extracomment>rule recipient.unknown: step (you)</extracomment>
        <translation>Entfernen Sie die Adresse aus Ihren Listen oder korrigieren Sie einen Tippfehler; versuchen Sie es nicht erneut.</translation>
    </message>
    <message>
        <source>Repeatedly sending to unknown addresses harms your reputation with that receiver.</source>
        <extracomment>rule recipient.unknown: what not to do</extracomment>
        <translation>Wiederholtes Senden an unbekannte Adressen schadet Ihrer Reputation bei diesem Empfänger.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is full</source>
        <extracomment>rule recipient.mailbox_full: title</extracomment>
        <translation>Das Postfach des Empfängers ist voll</translation>
    </message>
    <message>
        <source>The mailbox exists but is over its quota. This is about the recipient, not you.</source>
        <extracomment>rule recipient.mailbox_full: summary</extracomment>
        <translation>Das Postfach existiert, hat aber sein Kontingent überschritten. Das betrifft den Empfänger, nicht Sie.</translation>
    </message>
    <message>
        <source>When the recipient frees space.</source>
        <extracomment>rule recipient.mailbox_full: recovery</extracomment>
        <translation>Wenn der Empfänger Platz schafft.</translation>
    </message>
    <message>
        <source>Retry later or reach the recipient another way; if it keeps bouncing for weeks, treat the address as abandoned and remove it.</source>
        <extracomment>rule recipient.mailbox_full: step (you)</extracomment>
        <translation>Versuchen Sie es später erneut oder erreichen Sie den Empfänger auf anderem Weg; kommen wochenlang weiter Bounces, behandeln Sie die Adresse als aufgegeben und entfernen Sie sie.</translation>
    </message>
    <message>
        <source>Do not treat a full mailbox as a reputation problem; and do not keep sending to an address that stays full for weeks: it has likely been abandoned.</source>
        <extracomment>rule recipient.mailbox_full: what not to do</extracomment>
        <translation>Behandeln Sie ein volles Postfach nicht als Reputationsproblem; und senden Sie nicht weiter an eine Adresse, die wochenlang voll bleibt: Sie ist wahrscheinlich aufgegeben.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is disabled or suspended</source>
        <extracomment>rule recipient.suspended: title</extracomment>
        <translation>Das Postfach des Empfängers ist deaktiviert oder gesperrt</translation>
    </message>
    <message>
        <source>The address exists but no longer receives mail (disabled, suspended or moved).</source>
        <extracomment>rule recipient.suspended: summary</extracomment>
        <translation>Die Adresse existiert, empfängt aber keine Mail mehr (deaktiviert, gesperrt oder umgezogen).</translation>
    </message>
    <message>
        <source>Remove the address or find the person&apos;s new address.</source>
        <extracomment>rule recipient.suspended: step (you)</extracomment>
        <translation>Entfernen Sie die Adresse oder finden Sie die neue Adresse der Person.</translation>
    </message>
    <message>
        <source>Do not keep mailing a suspended or moved account: repeated bounces to dead addresses hurt your reputation with that provider.</source>
        <extracomment>rule recipient.suspended: what not to do</extracomment>
        <translation>Senden Sie nicht weiter an ein gesperrtes oder umgezogenes Konto: Wiederholte Bounces an tote Adressen schaden Ihrer Reputation bei diesem Provider.</translation>
    </message>
    <message>
        <source>The receiver limits how fast you send</source>
        <extracomment>rule rate.limited: title</extracomment>
        <translation>Der Empfänger begrenzt, wie schnell Sie senden</translation>
    </message>
    <message>
        <source>The receiver deferred or refused the mail because of too many connections, messages or recipients in a time window.</source>
        <extracomment>rule rate.limited: summary</extracomment>
        <translation>Der Empfänger hat die Mail wegen zu vieler Verbindungen, Nachrichten oder Empfänger in einem Zeitfenster zurückgestellt oder abgewiesen.</translation>
    </message>
    <message>
        <source>Usually within hours.</source>
        <extracomment>rule rate.limited: recovery</extracomment>
        <translation>Meist innerhalb von Stunden.</translation>
    </message>
    <message>
        <source>Lower the sending rate and concurrency toward that receiver and let the deferred mail retry on its normal schedule.</source>
        <extracomment>rule rate.limited: step (you)</extracomment>
        <translation>Senken Sie Senderate und Parallelität gegenüber diesem Empfänger und lassen Sie die zurückgestellte Mail nach ihrem normalen Zeitplan erneut zustellen.</translation>
    </message>
    <message>
        <source>Do not open more parallel connections or retry faster to push the mail through: that deepens the throttling.</source>
        <extracomment>rule rate.limited: what not to do</extracomment>
        <translation>Öffnen Sie nicht mehr parallele Verbindungen und versuchen Sie es nicht schneller erneut, um die Mail durchzudrücken: Das verschärft die Drosselung.</translation>
    </message>
    <message>
        <source>The receiver is greylisting: a temporary deferral that resolves by itself</source>
        <extracomment>rule greylisting: title</extracomment>
        <translation>Der Empfänger nutzt Greylisting: eine vorübergehende Zurückstellung, die sich von selbst erledigt</translation>
    </message>
    <message>
        <source>Greylisting servers refuse the first attempt from an unknown sender with a 4xx reply and accept a retry a few minutes later. A well-behaved sending server retries automatically.</source>
        <extracomment>rule greylisting: summary</extracomment>
        <translation>Greylisting-Server weisen den ersten Versuch eines unbekannten Absenders mit einer 4xx-Antwort ab und nehmen eine Wiederholung wenige Minuten später an. Ein ordentlicher sendender Server wiederholt automatisch.</translation>
    </message>
    <message>
        <source>Minutes.</source>
        <extracomment>rule greylisting: recovery</extracomment>
        <translation>Minuten.</translation>
    </message>
    <message>
        <source>Nothing to fix: make sure the sending server retries deferred mail (it should by default).</source>
        <extracomment>rule greylisting: step (you)</extracomment>
        <translation>Nichts zu beheben: Stellen Sie sicher, dass der sendende Server zurückgestellte Mail erneut zustellt (das sollte er standardmäßig).</translation>
    </message>
    <message>
        <source>Do not treat a greylisting deferral as a failure or resend the message as a new one: a standard MTA retries after a few minutes and the second attempt is accepted.</source>
        <extracomment>rule greylisting: what not to do</extracomment>
        <translation>Behandeln Sie eine Greylisting-Zurückstellung nicht als Fehler und senden Sie die Nachricht nicht als neue: Ein Standard-MTA wiederholt nach einigen Minuten, und der zweite Versuch wird angenommen.</translation>
    </message>
    <message>
        <source>The receiver requires TLS and the connection did not use it</source>
        <extracomment>rule tls.required: title</extracomment>
        <translation>Der Empfänger verlangt TLS, und die Verbindung hat es nicht genutzt</translation>
    </message>
    <message>
        <source>The server refused to accept mail over an unencrypted connection, or TLS negotiation failed.</source>
        <extracomment>rule tls.required: summary</extracomment>
        <translation>Der Server hat die Annahme von Mail über eine unverschlüsselte Verbindung verweigert, oder die TLS-Aushandlung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Immediate once TLS works.</source>
        <extracomment>rule tls.required: recovery</extracomment>
        <translation>Sofort, sobald TLS funktioniert.</translation>
    </message>
    <message>
        <source>Enable STARTTLS on the sending server and check that it trusts current certificate authorities and supports TLS 1.2 or later.</source>
        <extracomment>rule tls.required: step (you)</extracomment>
        <translation>Aktivieren Sie STARTTLS auf dem sendenden Server und prüfen Sie, dass er aktuellen Zertifizierungsstellen vertraut und TLS 1.2 oder neuer unterstützt.</translation>
    </message>
    <message>
        <source>Do not disable certificate checks on the receiving side to make the error go away; fix the sending server&apos;s TLS.</source>
        <extracomment>rule tls.required: what not to do</extracomment>
        <translation>Deaktivieren Sie nicht die Zertifikatsprüfung auf der Empfangsseite, damit der Fehler verschwindet; beheben Sie das TLS des sendenden Servers.</translation>
    </message>
    <message>
        <source>SPF does not authorise {ip} for {domain}</source>
        <extracomment>rule auth.spf_fail: title</extracomment>
        <translation>SPF autorisiert {ip} nicht für {domain}</translation>
    </message>
    <message>
        <source>The SPF record of {domain} ends in {spf_result} for {ip} ({spf_reason}): it does not authorise the sending address, so receivers treat the mail as forged (fail) or suspicious (softfail). The record: {spf_record}</source>
        <extracomment>rule auth.spf_fail: summary</extracomment>
        <translation>Der SPF-Eintrag von {domain} endet für {ip} mit {spf_result} ({spf_reason}): Er autorisiert die sendende Adresse nicht, daher behandeln Empfänger die Mail als gefälscht (fail) oder verdächtig (softfail). Der Eintrag: {spf_record}</translation>
    </message>
    <message>
        <source>As soon as the record&apos;s TTL expires.</source>
        <extracomment>rule auth.spf_fail: recovery</extracomment>
        <translation>Sobald die TTL des Eintrags abläuft.</translation>
    </message>
    <message>
        <source>Find out which service sends from {ip} (your own server, your ESP, a CRM or ticketing system) and whether it should send for {domain} at all.</source>
        <extracomment>rule auth.spf_fail: step (you)</extracomment>
        <translation>Finden Sie heraus, welcher Dienst von {ip} sendet (Ihr eigener Server, Ihr ESP, ein CRM- oder Ticketsystem) und ob er überhaupt für {domain} senden soll.</translation>
    </message>
    <message>
        <source>Find out which service sends this mail (your own server, your ESP, a CRM or ticketing system) and whether it should send for the domain at all.</source>
        <extracomment>rule auth.spf_fail: step (you)</extracomment>
        <translation>Finden Sie heraus, welcher Dienst diese Mail sendet (Ihr eigener Server, Ihr ESP, ein CRM- oder Ticketsystem) und ob er überhaupt für die Domain senden soll.</translation>
    </message>
    <message>
        <source>If it should, add it to the domain&apos;s SPF record: the provider&apos;s include: (from its documentation) or its ip4:/ip6: range, before the final all; keep the total under 10 DNS lookups.</source>
        <extracomment>rule auth.spf_fail: step (you)</extracomment>
        <translation>Falls ja, nehmen Sie ihn in den SPF-Eintrag der Domain auf: das include: des Anbieters (aus seiner Dokumentation) oder seinen ip4:/ip6:-Bereich, vor dem abschließenden all; bleiben Sie insgesamt unter 10 DNS-Lookups.</translation>
    </message>
    <message>
        <source>If the mail goes through an ESP, make it use a return-path (MAIL FROM) domain of your own with its SPF, and sign with DKIM for {domain}, so DMARC aligns even when SPF is checked on the ESP&apos;s domain.</source>
        <extracomment>rule auth.spf_fail: step (provider)</extracomment>
        <translation>Geht die Mail über einen ESP, lassen Sie ihn eine eigene Return-Path-Domain (MAIL FROM) mit deren SPF verwenden und mit DKIM für {domain} signieren, damit DMARC aligned ist, auch wenn SPF auf der Domain des ESPs geprüft wird.</translation>
    </message>
    <message>
        <source>If the mail goes through an ESP, make it use a return-path (MAIL FROM) domain of your own with its SPF, and sign with DKIM for your domain, so DMARC aligns.</source>
        <extracomment>rule auth.spf_fail: step (provider)</extracomment>
        <translation>Geht die Mail über einen ESP, lassen Sie ihn eine eigene Return-Path-Domain (MAIL FROM) mit deren SPF verwenden und mit DKIM für Ihre Domain signieren, damit DMARC aligned ist.</translation>
    </message>
    <message>
        <source>Do not &apos;fix&apos; SPF with +all or ?all: that authorises the whole Internet and receivers treat it as a spam sign.</source>
        <extracomment>rule auth.spf_fail: what not to do</extracomment>
        <translation>„Reparieren“ Sie SPF nicht mit +all oder ?all: Das autorisiert das ganze Internet, und Empfänger werten es als Spam-Zeichen.</translation>
    </message>
    <message>
        <source>RFC 7208 (SPF)</source>
        <extracomment>rule auth.spf_fail: link title</extracomment>
        <translation>RFC 7208 (SPF)</translation>
    </message>
    <message>
        <source>The SPF record of {domain} is broken (permerror)</source>
        <extracomment>rule auth.spf_permerror: title</extracomment>
        <translation>Der SPF-Eintrag von {domain} ist fehlerhaft (permerror)</translation>
    </message>
    <message>
        <source>A permanent error (syntax, more than 10 DNS lookups, more than 2 void lookups, two records) makes receivers treat SPF as failed.</source>
        <extracomment>rule auth.spf_permerror: summary</extracomment>
        <translation>Ein permanenter Fehler (Syntax, mehr als 10 DNS-Lookups, mehr als 2 Void-Lookups, zwei Einträge) lässt Empfänger SPF als fehlgeschlagen behandeln.</translation>
    </message>
    <message>
        <source>Fix the record as the SPF findings show (flatten includes to stay under 10 lookups, remove the duplicate record, fix the syntax).</source>
        <extracomment>rule auth.spf_permerror: step (you)</extracomment>
        <translation>Korrigieren Sie den Eintrag, wie die SPF-Befunde zeigen (includes flach machen, um unter 10 Lookups zu bleiben, den doppelten Eintrag entfernen, die Syntax korrigieren).</translation>
    </message>
    <message>
        <source>Do not keep adding includes to an SPF record that already exceeds 10 lookups: flatten or remove services instead.</source>
        <extracomment>rule auth.spf_permerror: what not to do</extracomment>
        <translation>Fügen Sie einem SPF-Eintrag, der schon mehr als 10 Lookups braucht, keine weiteren includes hinzu: Machen Sie ihn flach oder entfernen Sie Dienste.</translation>
    </message>
    <message>
        <source>The receiver applied the sender&apos;s DMARC policy</source>
        <extracomment>rule auth.dmarc.named: title</extracomment>
        <translation>Der Empfänger hat die DMARC-Richtlinie des Absenders angewendet</translation>
    </message>
    <message>
        <source>The bounce says DMARC failed: neither SPF nor DKIM passed in alignment with the From domain, and the domain&apos;s policy asks receivers to reject.</source>
        <extracomment>rule auth.dmarc.named: summary</extracomment>
        <translation>Der Bounce sagt, DMARC ist fehlgeschlagen: Weder SPF noch DKIM bestand aligned mit der From-Domain, und die Richtlinie der Domain bittet Empfänger abzuweisen.</translation>
    </message>
    <message>
        <source>Immediate once alignment passes.</source>
        <extracomment>rule auth.dmarc.named: recovery</extracomment>
        <translation>Sofort, sobald das Alignment besteht.</translation>
    </message>
    <message>
        <source>Make at least one pass in alignment: publish the sending service in SPF and use a MAIL FROM in {domain}, or (better, it survives forwarding) have every sending service sign with DKIM for {domain}.</source>
        <extracomment>rule auth.dmarc.named: step (you)</extracomment>
        <translation>Lassen Sie mindestens einen aligned bestehen: Nehmen Sie den sendenden Dienst in SPF auf und verwenden Sie ein MAIL FROM in {domain}, oder (besser, übersteht Weiterleitungen) lassen Sie jeden sendenden Dienst mit DKIM für {domain} signieren.</translation>
    </message>
    <message>
        <source>Make at least one pass in alignment: publish the sending service in SPF and use a MAIL FROM in the From domain, or (better, it survives forwarding) have every sending service sign with DKIM for the From domain.</source>
        <extracomment>rule auth.dmarc.named: step (you)</extracomment>
        <translation>Lassen Sie mindestens einen aligned bestehen: Nehmen Sie den sendenden Dienst in SPF auf und verwenden Sie ein MAIL FROM in der From-Domain, oder (besser, übersteht Weiterleitungen) lassen Sie jeden sendenden Dienst mit DKIM für die From-Domain signieren.</translation>
    </message>
    <message>
        <source>Your ESP must support a custom DKIM domain (d={domain}) and a custom return-path; ask for both to be set up.</source>
        <extracomment>rule auth.dmarc.named: step (provider)</extracomment>
        <translation>Ihr ESP muss eine eigene DKIM-Domain (d={domain}) und einen eigenen Return-Path unterstützen; bitten Sie darum, beides einzurichten.</translation>
    </message>
    <message>
        <source>Your ESP must support a custom DKIM domain and a custom return-path; ask for both to be set up.</source>
        <extracomment>rule auth.dmarc.named: step (provider)</extracomment>
        <translation>Ihr ESP muss eine eigene DKIM-Domain und einen eigenen Return-Path unterstützen; bitten Sie darum, beides einzurichten.</translation>
    </message>
    <message>
        <source>Do not lower the DMARC policy to p=none to make the bounces stop: it also lets anyone forge your domain. Fix the alignment instead.</source>
        <extracomment>rule auth.dmarc.named: what not to do</extracomment>
        <translation>Senken Sie die DMARC-Richtlinie nicht auf p=none, damit die Bounces aufhören: Das erlaubt auch jedem, Ihre Domain zu fälschen. Beheben Sie stattdessen das Alignment.</translation>
    </message>
    <message>
        <source>RFC 7489 (DMARC)</source>
        <extracomment>rule auth.dmarc.named: link title</extracomment>
        <translation>RFC 7489 (DMARC)</translation>
    </message>
    <message>
        <source>Authentication problems found for {domain}</source>
        <extracomment>rule auth.findings: title</extracomment>
        <translation>Authentifizierungsprobleme für {domain} gefunden</translation>
    </message>
    <message>
        <source>The domain checks found errors in SPF, DKIM or DMARC that can make receivers reject or junk the mail.</source>
        <extracomment>rule auth.findings: summary</extracomment>
        <translation>Die Domainprüfungen haben Fehler in SPF, DKIM oder DMARC gefunden, die Empfänger dazu bringen können, die Mail abzuweisen oder als Junk einzustufen.</translation>
    </message>
    <message>
        <source>As soon as the records&apos; TTLs expire.</source>
        <extracomment>rule auth.findings: recovery</extracomment>
        <translation>Sobald die TTLs der Einträge ablaufen.</translation>
    </message>
    <message>
        <source>The receiver&apos;s filter judged the content as spam</source>
        <extracomment>rule content.spam: title</extracomment>
        <translation>Der Filter des Empfängers hat den Inhalt als Spam eingestuft</translation>
    </message>
    <message>
        <source>The message content (or its links) scored as spam. Sender reputation may be fine.</source>
        <extracomment>rule content.spam: summary</extracomment>
        <translation>Der Inhalt der Nachricht (oder ihre Links) wurde als Spam bewertet. Die Absenderreputation kann in Ordnung sein.</translation>
    </message>
    <message>
        <source>Immediate for new messages.</source>
        <extracomment>rule content.spam: recovery</extracomment>
        <translation>Sofort für neue Nachrichten.</translation>
    </message>
    <message>
        <source>Check the links and domains in the message against domain blocklists, remove URL shorteners and attachments that filters dislike, and test with a seed list.</source>
        <extracomment>rule content.spam: step (you)</extracomment>
        <translation>Prüfen Sie die Links und Domains in der Nachricht gegen Domain-Blocklists, entfernen Sie URL-Kürzer und Anhänge, die Filter nicht mögen, und testen Sie mit einer Seed-Liste.</translation>
    </message>
    <message>
        <source>Do not change the content slightly and resend to the same recipients over and over: it looks like filter probing and worsens reputation.</source>
        <extracomment>rule content.spam: what not to do</extracomment>
        <translation>Ändern Sie den Inhalt nicht leicht ab, um ihn wieder und wieder an dieselben Empfänger zu senden: Das sieht nach Austesten des Filters aus und verschlechtert die Reputation.</translation>
    </message>
    <message>
        <source>The receiver found malware in the message</source>
        <extracomment>rule content.virus: title</extracomment>
        <translation>Der Empfänger hat Malware in der Nachricht gefunden</translation>
    </message>
    <message>
        <source>An attachment or link was detected as malicious.</source>
        <extracomment>rule content.virus: summary</extracomment>
        <translation>Ein Anhang oder Link wurde als bösartig erkannt.</translation>
    </message>
    <message>
        <source>Scan the sending machine and the attachment; do not resend it.</source>
        <extracomment>rule content.virus: step (you)</extracomment>
        <translation>Scannen Sie den sendenden Rechner und den Anhang; senden Sie ihn nicht erneut.</translation>
    </message>
    <message>
        <source>Do not rename or zip the attachment to slip past the scanner: find out why it was flagged, and share files by link instead.</source>
        <extracomment>rule content.virus: what not to do</extracomment>
        <translation>Benennen oder zippen Sie den Anhang nicht um, um am Scanner vorbeizukommen: Finden Sie heraus, warum er markiert wurde, und teilen Sie Dateien stattdessen per Link.</translation>
    </message>
    <message>
        <source>The message is larger than the receiver accepts</source>
        <extracomment>rule message.too_big: title</extracomment>
        <translation>Die Nachricht ist größer, als der Empfänger annimmt</translation>
    </message>
    <message>
        <source>The receiving server has a size limit below this message&apos;s size.</source>
        <extracomment>rule message.too_big: summary</extracomment>
        <translation>Der empfangende Server hat ein Größenlimit unterhalb der Größe dieser Nachricht.</translation>
    </message>
    <message>
        <source>Immediate.</source>
        <extracomment>rule message.too_big: recovery</extracomment>
        <translation>Sofort.</translation>
    </message>
    <message>
        <source>Send large files as a link instead of an attachment.</source>
        <extracomment>rule message.too_big: step (you)</extracomment>
        <translation>Senden Sie große Dateien als Link statt als Anhang.</translation>
    </message>
    <message>
        <source>Do not resend the same large attachment; share it by link instead.</source>
        <extracomment>rule message.too_big: what not to do</extracomment>
        <translation>Senden Sie denselben großen Anhang nicht erneut; teilen Sie ihn stattdessen per Link.</translation>
    </message>
    <message>
        <source>The recipient&apos;s domain cannot receive mail</source>
        <extracomment>rule recipient.domain_unreachable: title</extracomment>
        <translation>Die Domain des Empfängers kann keine Mail empfangen</translation>
    </message>
    <message>
        <source>The domain does not exist, has no usable MX or address records, publishes a null MX (RFC 7505), or its servers are unreachable.</source>
        <extracomment>rule recipient.domain_unreachable: summary</extracomment>
        <translation>Die Domain existiert nicht, hat keine nutzbaren MX- oder Adresseinträge, veröffentlicht einen Null-MX (RFC 7505), oder ihre Server sind nicht erreichbar.</translation>
    </message>
    <message>
        <source>When the recipient fixes the domain.</source>
        <extracomment>rule recipient.domain_unreachable: recovery</extracomment>
        <translation>Wenn der Empfänger die Domain repariert.</translation>
    </message>
    <message>
        <source>Check the address for typos in the domain; if it is right, the recipient&apos;s administrator must fix the domain&apos;s MX records.</source>
        <extracomment>rule recipient.domain_unreachable: step (you)</extracomment>
        <translation>Prüfen Sie die Adresse auf Tippfehler in der Domain; stimmt sie, muss der Administrator des Empfängers die MX-Einträge der Domain korrigieren.</translation>
    </message>
    <message>
        <source>Do not keep retrying for days against a domain that does not exist: remove or correct the address.</source>
        <extracomment>rule recipient.domain_unreachable: what not to do</extracomment>
        <translation>Versuchen Sie es nicht tagelang weiter bei einer Domain, die nicht existiert: Entfernen oder korrigieren Sie die Adresse.</translation>
    </message>
    <message>
        <source>Rebound could not reach the recipient&apos;s mail servers from this network either (outgoing port 25 seems blocked here), so it cannot tell whether they are down.</source>
        <extracomment>rule recipient.domain_unreachable: note</extracomment>
        <translation>Rebound konnte die Mailserver des Empfängers von diesem Netz aus ebenfalls nicht erreichen (ausgehender Port 25 scheint hier gesperrt), kann also nicht sagen, ob sie ausgefallen sind.</translation>
    </message>
    <message>
        <source>Your own network blocks outgoing port 25</source>
        <extracomment>rule smtp.port25_blocked: title</extracomment>
        <translation>Ihr eigenes Netz sperrt ausgehenden Port 25</translation>
    </message>
    <message>
        <source>Connections to port 25 timed out for every mail server while DNS worked. Many ISPs and cloud providers block outbound port 25; the SMTP results say nothing about the servers.</source>
        <extracomment>rule smtp.port25_blocked: summary</extracomment>
        <translation>Verbindungen zu Port 25 liefen bei jedem Mailserver in eine Zeitüberschreitung, während DNS funktionierte. Viele Provider und Cloud-Anbieter sperren ausgehenden Port 25; die SMTP-Ergebnisse sagen nichts über die Server.</translation>
    </message>
    <message>
        <source>Run the SMTP checks from a network that allows port 25 (a server), or ask your provider to unblock it.</source>
        <extracomment>rule smtp.port25_blocked: step (you)</extracomment>
        <translation>Führen Sie die SMTP-Prüfungen aus einem Netz aus, das Port 25 erlaubt (einem Server), oder bitten Sie Ihren Provider, ihn freizugeben.</translation>
    </message>
    <message>
        <source>Do not conclude that the recipient&apos;s servers are down.</source>
        <extracomment>rule smtp.port25_blocked: what not to do</extracomment>
        <translation>Schließen Sie nicht daraus, dass die Server des Empfängers ausgefallen sind.</translation>
    </message>
    <message>
        <source>This is a complaint (feedback report), not a bounce</source>
        <extracomment>rule feedback.complaint: title</extracomment>
        <translation>Dies ist eine Beschwerde (Feedback-Report), kein Bounce</translation>
    </message>
    <message>
        <source>An ARF feedback report means a recipient marked a message as spam and their provider sent the report through a feedback loop.</source>
        <extracomment>rule feedback.complaint: summary</extracomment>
        <translation>Ein ARF-Feedback-Report bedeutet, dass ein Empfänger eine Nachricht als Spam markiert hat und sein Provider den Bericht über einen Feedback-Loop gesendet hat.</translation>
    </message>
    <message>
        <source>Unsubscribe the complaining recipient at once, and look at why people complain (unexpected mail, hard-to-find unsubscribe).</source>
        <extracomment>rule feedback.complaint: step (you)</extracomment>
        <translation>Melden Sie den sich beschwerenden Empfänger sofort ab und sehen Sie nach, warum sich Menschen beschweren (unerwartete Mail, schwer auffindbare Abmeldung).</translation>
    </message>
    <message>
        <source>Do not keep mailing recipients who complained: suppress them at once.</source>
        <extracomment>rule feedback.complaint: what not to do</extracomment>
        <translation>Senden Sie nicht weiter an Empfänger, die sich beschwert haben: Setzen Sie sie sofort auf Ihre Sperrliste.</translation>
    </message>
    <message>
        <source>This is an automatic reply, not a bounce</source>
        <extracomment>rule not_a_bounce.vacation: title</extracomment>
        <translation>Dies ist eine automatische Antwort, kein Bounce</translation>
    </message>
    <message>
        <source>An out-of-office or vacation reply: the message was delivered.</source>
        <extracomment>rule not_a_bounce.vacation: summary</extracomment>
        <translation>Eine Abwesenheits- oder Urlaubsnotiz: Die Nachricht wurde zugestellt.</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <extracomment>rule not_a_bounce.vacation: step (you)</extracomment>
        <translation>Nichts zu tun.</translation>
    </message>
    <message>
        <source>The recipient&apos;s server or admin blocks this sender</source>
        <extracomment>rule recipient.policy_block: title</extracomment>
        <translation>Der Server oder Admin des Empfängers sperrt diesen Absender</translation>
    </message>
    <message>
        <source>The reply says the sender or domain is blocked by the recipient&apos;s own policy (a block list kept by their admin), not a public list.</source>
        <extracomment>rule recipient.policy_block: summary</extracomment>
        <translation>Die Antwort sagt, dass der Absender oder die Domain von der eigenen Richtlinie des Empfängers gesperrt wird (eine von seinem Admin gepflegte Sperrliste), nicht von einer öffentlichen Liste.</translation>
    </message>
    <message>
        <source>When the recipient changes its policy.</source>
        <extracomment>rule recipient.policy_block: recovery</extracomment>
        <translation>Wenn der Empfänger seine Richtlinie ändert.</translation>
    </message>
    <message>
        <source>Only the recipient&apos;s administrator can lift this: contact the recipient through another channel and ask them to allow your address or domain.</source>
        <extracomment>rule recipient.policy_block: step (recipient)</extracomment>
        <translation>Nur der Administrator des Empfängers kann das aufheben: Kontaktieren Sie den Empfänger über einen anderen Kanal und bitten Sie ihn, Ihre Adresse oder Domain zuzulassen.</translation>
    </message>
    <message>
        <source>Do not work around a recipient&apos;s explicit block with another sender address: ask them to allow you instead.</source>
        <extracomment>rule recipient.policy_block: what not to do</extracomment>
        <translation>Umgehen Sie eine ausdrückliche Sperre des Empfängers nicht mit einer anderen Absenderadresse: Bitten Sie ihn stattdessen, Sie zuzulassen.</translation>
    </message>
    <message>
        <source>The receiver refused the mail for a security or policy reason ({status})</source>
        <extracomment>rule policy.generic: title</extracomment>
        <translation>Der Empfänger hat die Mail aus einem Sicherheits- oder Richtliniengrund abgewiesen ({status})</translation>
    </message>
    <message>
        <source>A 5.7.x code means security or policy. The reply does not name a specific list or provider rule, so the live checks below are the best clues: look for listings, missing reverse DNS and authentication failures.</source>
        <extracomment>rule policy.generic: summary</extracomment>
        <translation>Ein 5.7.x-Code bedeutet Sicherheit oder Richtlinie. Die Antwort nennt keine bestimmte Liste oder Providerregel, daher sind die Live-Prüfungen unten die besten Hinweise: Achten Sie auf Listings, fehlenden Reverse DNS und fehlgeschlagene Authentifizierung.</translation>
    </message>
    <message>
        <source>Depends on the cause.</source>
        <extracomment>rule policy.generic: recovery</extracomment>
        <translation>Hängt von der Ursache ab.</translation>
    </message>
    <message>
        <source>Check the blocklist, reverse DNS and domain results; if all are clean, contact the recipient&apos;s postmaster with this report.</source>
        <extracomment>rule policy.generic: step (you)</extracomment>
        <translation>Prüfen Sie die Ergebnisse zu Blocklists, Reverse DNS und Domain; ist alles sauber, wenden Sie sich mit diesem Bericht an den Postmaster des Empfängers.</translation>
    </message>
    <message>
        <source>Check the address&apos;s reputation with the services that have no DNS interface.</source>
        <extracomment>rule policy.generic: step (you)</extracomment>
        <translation>Prüfen Sie die Reputation der Adresse bei den Diensten ohne DNS-Schnittstelle.</translation>
    </message>
    <message>
        <source>Do not request delisting anywhere until the check results or the receiver&apos;s postmaster say which list or policy applies.</source>
        <extracomment>rule policy.generic: what not to do</extracomment>
        <translation>Beantragen Sie nirgends ein Delisting, bis die Prüfergebnisse oder der Postmaster des Empfängers sagen, welche Liste oder Richtlinie greift.</translation>
    </message>
    <message>
        <source>Some checks could not run, so this diagnosis is incomplete</source>
        <extracomment>rule checks.incomplete: title</extracomment>
        <translation>Einige Prüfungen konnten nicht laufen, daher ist diese Diagnose unvollständig</translation>
    </message>
    <message>
        <source>A check that could not run is never taken as clean. Its part of the diagnosis is unknown.</source>
        <extracomment>rule checks.incomplete: summary</extracomment>
        <translation>Eine Prüfung, die nicht laufen konnte, gilt nie als sauber. Ihr Teil der Diagnose ist unbekannt.</translation>
    </message>
    <message>
        <source>Check the resolver and network in Settings and run the diagnosis again.</source>
        <extracomment>rule checks.incomplete: step (you)</extracomment>
        <translation>Prüfen Sie Resolver und Netzwerk in den Einstellungen und führen Sie die Diagnose erneut aus.</translation>
    </message>
    <message>
        <source>Reputation services to check by hand (they have no DNS interface)</source>
        <extracomment>rule reputation.portals: title</extracomment>
        <translation>Reputationsdienste zur Prüfung von Hand (sie haben keine DNS-Schnittstelle)</translation>
    </message>
    <message>
        <source>Some of the reputation data that receivers use is only visible on the providers&apos; own portals. They need a sign-in or a registration, so Rebound cannot query them; the links below open them for this address or domain.</source>
        <extracomment>rule reputation.portals: summary</extracomment>
        <translation>Manche Reputationsdaten, die Empfänger nutzen, sind nur in den eigenen Portalen der Anbieter sichtbar. Sie erfordern eine Anmeldung oder Registrierung, daher kann Rebound sie nicht abfragen; die Links unten öffnen sie für diese Adresse oder Domain.</translation>
    </message>
    <message>
        <source>Cisco Talos: look up {ip}; a &apos;Poor&apos; email reputation means Cisco (IronPort) appliances will reject or throttle it.</source>
        <extracomment>rule reputation.portals: step (you)</extracomment>
        <translation>Cisco Talos: Schlagen Sie {ip} nach; eine E-Mail-Reputation „Poor“ bedeutet, dass Cisco-(IronPort-)Appliances sie abweisen oder drosseln.</translation>
    </message>
    <message>
        <source>Cisco Talos: look up your sending IP; a &apos;Poor&apos; email reputation means Cisco (IronPort) appliances will reject or throttle it.</source>
        <extracomment>rule reputation.portals: step (you)</extracomment>
        <translation>Cisco Talos: Schlagen Sie Ihre sendende IP nach; eine E-Mail-Reputation „Poor“ bedeutet, dass Cisco-(IronPort-)Appliances sie abweisen oder drosseln.</translation>
    </message>
    <message>
        <source>Google Postmaster Tools: verify {domain} and watch the IP and domain reputation and the spam rate (keep it under 0.3 %).</source>
        <extracomment>rule reputation.portals: step (you)</extracomment>
        <translation>Google Postmaster Tools: Verifizieren Sie {domain} und beobachten Sie IP- und Domain-Reputation sowie die Spamrate (halten Sie sie unter 0,3 %).</translation>
    </message>
    <message>
        <source>Google Postmaster Tools: verify your domain and watch the IP and domain reputation and the spam rate (keep it under 0.3 %).</source>
        <extracomment>rule reputation.portals: step (you)</extracomment>
        <translation>Google Postmaster Tools: Verifizieren Sie Ihre Domain und beobachten Sie IP- und Domain-Reputation sowie die Spamrate (halten Sie sie unter 0,3 %).</translation>
    </message>
    <message>
        <source>Google Postmaster Tools</source>
        <extracomment>rule provider.gmail.complaints_high: link title</extracomment>
        <translation>Google Postmaster Tools</translation>
    </message>
    <message>
        <source>Microsoft SNDS: register your IP ranges to see Outlook.com&apos;s filter verdicts and complaint rates; join JMRP to receive complaints.</source>
        <extracomment>rule reputation.portals: step (you)</extracomment>
        <translation>Microsoft SNDS: Registrieren Sie Ihre IP-Bereiche, um die Filterurteile und Beschwerderaten von Outlook.com zu sehen; treten Sie JMRP bei, um Beschwerden zu erhalten.</translation>
    </message>
    <message>
        <source>Microsoft SNDS</source>
        <extracomment>rule provider.microsoft.snds_red_traps: link title</extracomment>
        <translation>Microsoft SNDS</translation>
    </message>
    <message>
        <source>Microsoft JMRP</source>
        <extracomment>rule reputation.portals: link title</extracomment>
        <translation>Microsoft JMRP</translation>
    </message>
    <message>
        <source>Yahoo Sender Hub: register {domain} for the complaint feedback loop and read Yahoo&apos;s error-code help.</source>
        <extracomment>rule reputation.portals: step (you)</extracomment>
        <translation>Yahoo Sender Hub: Registrieren Sie {domain} für den Beschwerde-Feedback-Loop und lesen Sie Yahoos Hilfe zu Fehlercodes.</translation>
    </message>
    <message>
        <source>Yahoo Sender Hub: register your domain for the complaint feedback loop and read Yahoo&apos;s error-code help.</source>
        <extracomment>rule reputation.portals: step (you)</extracomment>
        <translation>Yahoo Sender Hub: Registrieren Sie Ihre Domain für den Beschwerde-Feedback-Loop und lesen Sie Yahoos Hilfe zu Fehlercodes.</translation>
    </message>
    <message>
        <source>{ip} is not listed on any blocklist that answered.</source>
        <extracomment>fact ip_not_listed</extracomment>
        <translation>{ip} ist auf keiner Blocklist gelistet, die geantwortet hat.</translation>
    </message>
    <message>
        <source>The reverse DNS of {ip} is set and forward-confirmed.</source>
        <extracomment>fact fcrdns_pass</extracomment>
        <translation>Der Reverse DNS von {ip} ist gesetzt und vorwärts bestätigt.</translation>
    </message>
    <message>
        <source>SPF passes for {ip} at {domain}.</source>
        <extracomment>fact spf_pass</extracomment>
        <translation>SPF besteht für {ip} bei {domain}.</translation>
    </message>
    <message>
        <source>Make SPF pass for the sending IP and sign with DKIM using the From domain ({domain}); check the SPF result in the SPF tab and the DKIM result in the DMARC &amp; DKIM tab.</source>
        <extracomment>rule provider.gmail.unauthenticated: step (you)</extracomment>
        <translation>Sorgen Sie dafür, dass SPF für die sendende IP besteht, und signieren Sie mit DKIM über die From-Domain ({domain}); prüfen Sie das SPF-Ergebnis im Reiter „SPF“ und das DKIM-Ergebnis im Reiter „DMARC &amp; DKIM“.</translation>
    </message>
    <message>
        <source>If it should, add it to the SPF record of {domain}: the provider&apos;s include: (from its documentation) or ip4:{ip}, before the final all; keep the total under 10 DNS lookups. The SPF tab shows the evaluation tree and which term decided.</source>
        <extracomment>rule auth.spf_fail: step (you)</extracomment>
        <translation>Falls ja, nehmen Sie ihn in den SPF-Eintrag von {domain} auf: das include: des Anbieters (aus seiner Dokumentation) oder ip4:{ip}, vor dem abschließenden all; bleiben Sie insgesamt unter 10 DNS-Lookups. Der Reiter „SPF“ zeigt den Auswertungsbaum und welcher Term entschieden hat.</translation>
    </message>
    <message>
        <source>Look at which identifier failed for {domain} (evidence above, the SPF tab and the DMARC &amp; DKIM tab): SPF is {spf_result} for {ip}, and DKIM must be signed with d={domain} (or a subdomain under relaxed alignment).</source>
        <extracomment>rule auth.dmarc.named: step (you)</extracomment>
        <translation>Sehen Sie nach, welcher Identifier für {domain} fehlgeschlagen ist (Belege oben, Reiter „SPF“ und Reiter „DMARC &amp; DKIM“): SPF ist {spf_result} für {ip}, und DKIM muss mit d={domain} signiert sein (oder einer Subdomain bei relaxed Alignment).</translation>
    </message>
    <message>
        <source>Look at which identifier failed (evidence above, the SPF tab and the DMARC &amp; DKIM tab): SPF must pass for the sending IP with a MAIL FROM in the From domain, or DKIM must be signed with d= the From domain.</source>
        <extracomment>rule auth.dmarc.named: step (you)</extracomment>
        <translation>Sehen Sie nach, welcher Identifier fehlgeschlagen ist (Belege oben, Reiter „SPF“ und Reiter „DMARC &amp; DKIM“): SPF muss für die sendende IP mit einem MAIL FROM in der From-Domain bestehen, oder DKIM muss mit d= der From-Domain signiert sein.</translation>
    </message>
    <message>
        <source>Fix the errors listed in the SPF tab and the DMARC &amp; DKIM tab, most serious first.</source>
        <extracomment>rule auth.findings: step (you)</extracomment>
        <translation>Beheben Sie die in den Reitern „SPF“ und „DMARC &amp; DKIM“ aufgeführten Fehler, die schwerwiegendsten zuerst.</translation>
    </message>
    <message>
        <source>Rebound could not reach DNS</source>
        <extracomment>rule dns.unreachable: title</extracomment>
        <translation>Rebound konnte DNS nicht erreichen</translation>
    </message>
    <message>
        <source>Not one DNS query was answered by the resolver Rebound uses ({resolver}). Every check needs DNS, so none of them says anything about the address, the domain or the mail servers: this is about this computer&apos;s network or its resolver, not about the mail.</source>
        <extracomment>rule dns.unreachable: summary</extracomment>
        <translation>Der Resolver, den Rebound verwendet ({resolver}), hat keine einzige DNS-Abfrage beantwortet. Jede Prüfung braucht DNS, daher sagt keine davon etwas über die Adresse, die Domain oder die Mailserver aus: Es geht um das Netzwerk dieses Rechners oder seinen Resolver, nicht um die Mail.</translation>
    </message>
    <message>
        <source>As soon as DNS answers again.</source>
        <extracomment>rule dns.unreachable: recovery</extracomment>
        <translation>Sobald DNS wieder antwortet.</translation>
    </message>
    <message>
        <source>Check that this computer is online, then check the resolver in Edit → Settings… → DNS (the Test resolver button asks it now); with rebound-cli, give a working one with --dns.</source>
        <extracomment>rule dns.unreachable: step (you)</extracomment>
        <translation>Prüfen Sie, ob dieser Rechner online ist, und dann den Resolver unter Bearbeiten → Einstellungen… → DNS (die Schaltfläche „Resolver testen“ fragt ihn sofort); geben Sie rebound-cli mit --dns einen funktionierenden an.</translation>
    </message>
    <message>
        <source>Run the diagnosis again once the resolver answers.</source>
        <extracomment>rule dns.unreachable: step (you)</extracomment>
        <translation>Führen Sie die Diagnose erneut aus, sobald der Resolver antwortet.</translation>
    </message>
    <message>
        <source>Do not read any result of this run as clean or as a problem of the recipient: nothing was checked.</source>
        <extracomment>rule dns.unreachable: what not to do</extracomment>
        <translation>Werten Sie kein Ergebnis dieses Laufs als sauber oder als Problem des Empfängers: Es wurde nichts geprüft.</translation>
    </message>
    <message>
        <source>Use your own recursive resolver (for example unbound on this machine) in Edit → Settings… → DNS, or enter a free Spamhaus DQS key, then run the check again.</source>
        <extracomment>rule blocklist.query_refused: step (you)</extracomment>
        <translation>Verwenden Sie unter Bearbeiten → Einstellungen… → DNS Ihren eigenen rekursiven Resolver (zum Beispiel unbound auf diesem Rechner) oder tragen Sie einen kostenlosen Spamhaus-DQS-Schlüssel ein, und führen Sie die Prüfung dann erneut aus.</translation>
    </message>
    <message>
        <source>The domain&apos;s SPF record does not authorise the sending address (the SPF result is {value}).</source>
        <extracomment>rule auth.spf_fail: evidence (spf.result)</extracomment>
        <translation>Der SPF-Eintrag der Domain autorisiert die sendende Adresse nicht (das SPF-Ergebnis ist {value}).</translation>
    </message>
    <message>
        <source>The domain&apos;s SPF record cannot be evaluated: it has a permanent error (permerror).</source>
        <extracomment>rule auth.spf_permerror: evidence (spf.result)</extracomment>
        <translation>Der SPF-Eintrag der Domain lässt sich nicht auswerten: Er hat einen permanenten Fehler (permerror).</translation>
    </message>
    <message>
        <source>SPF does not pass for the sending address (the SPF result is {value}).</source>
        <extracomment>rule auth.dmarc.named: evidence (spf.result)</extracomment>
        <translation>SPF besteht für die sendende Adresse nicht (das SPF-Ergebnis ist {value}).</translation>
    </message>
    <message>
        <source>The domain&apos;s DMARC policy (p={value}) asks receivers to refuse or quarantine mail that fails authentication.</source>
        <extracomment>rule auth.dmarc.named: evidence (dmarc.effective_policy)</extracomment>
        <translation>Die DMARC-Richtlinie der Domain (p={value}) fordert Empfänger auf, Mail, die bei der Authentifizierung durchfällt, abzulehnen oder in Quarantäne zu stellen.</translation>
    </message>
    <message>
        <source>The reverse DNS of the sending address is set and forward-confirmed.</source>
        <extracomment>fact fcrdns_pass: evidence (fcrdns.status)</extracomment>
        <translation>Der Reverse DNS der sendenden Adresse ist gesetzt und vorwärts bestätigt.</translation>
    </message>
    <message>
        <source>SPF passes for the sending address.</source>
        <extracomment>fact spf_pass: evidence (spf.result)</extracomment>
        <translation>SPF besteht für die sendende Adresse.</translation>
    </message>
    <message>
        <source>DMARC fails for {domain}: neither SPF nor DKIM passes for the From domain</source>
        <extracomment>rule message.dmarc_fail: title</extracomment>
        <translation>DMARC schlägt für {domain} fehl: Weder SPF noch DKIM besteht für die From-Domain</translation>
    </message>
    <message>
        <source>The message&apos;s From domain is {domain}, but no DKIM signature that verifies belongs to it and SPF does not pass for a return-path domain aligned with it. Receivers apply the domain&apos;s DMARC policy: with p=quarantine or p=reject the mail goes to spam or is refused, and Gmail and Yahoo require DMARC alignment from bulk senders.</source>
        <extracomment>rule message.dmarc_fail: summary</extracomment>
        <translation>Die From-Domain der Nachricht ist {domain}, aber keine verifizierbare DKIM-Signatur gehört zu ihr, und SPF besteht nicht für eine mit ihr aligned Return-Path-Domain. Empfänger wenden die DMARC-Richtlinie der Domain an: Bei p=quarantine oder p=reject landet die Mail im Spam oder wird abgewiesen, und Gmail und Yahoo verlangen von Massenversendern DMARC-Alignment.</translation>
    </message>
    <message>
        <source>As soon as the DKIM keys are published and the sending service signs with them.</source>
        <extracomment>rule message.dmarc_fail: recovery</extracomment>
        <translation>Sobald die DKIM-Schlüssel veröffentlicht sind und der sendende Dienst mit ihnen signiert.</translation>
    </message>
    <message>
        <source>Make every service that sends as {domain} sign with DKIM for {domain} (d={domain} or a subdomain of it): the Message tab shows which signatures the message carries and why each failed.</source>
        <extracomment>rule message.dmarc_fail: step (you)</extracomment>
        <translation>Lassen Sie jeden Dienst, der als {domain} sendet, mit DKIM für {domain} signieren (d={domain} oder eine Subdomain davon): Der Reiter „Nachricht“ zeigt, welche Signaturen die Nachricht trägt und warum jede fehlgeschlagen ist.</translation>
    </message>
    <message>
        <source>Make every service that sends for your domain sign with DKIM for that domain: the Message tab shows which signatures the message carries and why each failed.</source>
        <extracomment>rule message.dmarc_fail: step (you)</extracomment>
        <translation>Lassen Sie jeden Dienst, der für Ihre Domain sendet, mit DKIM für diese Domain signieren: Der Reiter „Nachricht“ zeigt, welche Signaturen die Nachricht trägt und warum jede fehlgeschlagen ist.</translation>
    </message>
    <message>
        <source>If the mail goes through an ESP, set up its custom return-path (bounce) domain under {domain} and its DKIM keys for {domain}, so that both SPF and DKIM align.</source>
        <extracomment>rule message.dmarc_fail: step (provider)</extracomment>
        <translation>Geht die Mail über einen ESP, richten Sie dessen eigene Return-Path-Domain (Bounce-Domain) unter {domain} und dessen DKIM-Schlüssel für {domain} ein, damit sowohl SPF als auch DKIM aligned sind.</translation>
    </message>
    <message>
        <source>If the mail goes through an ESP, set up its custom return-path (bounce) domain under your domain and its DKIM keys for your domain, so that both SPF and DKIM align.</source>
        <extracomment>rule message.dmarc_fail: step (provider)</extracomment>
        <translation>Geht die Mail über einen ESP, richten Sie dessen eigene Return-Path-Domain (Bounce-Domain) unter Ihrer Domain und dessen DKIM-Schlüssel für Ihre Domain ein, damit sowohl SPF als auch DKIM aligned sind.</translation>
    </message>
    <message>
        <source>Do not lower the DMARC policy to p=none to hide the failure: the mail stays unauthenticated and Gmail and Yahoo still require alignment from bulk senders.</source>
        <extracomment>rule message.dmarc_fail: what not to do</extracomment>
        <translation>Senken Sie die DMARC-Richtlinie nicht auf p=none, um den Fehlschlag zu verbergen: Die Mail bleibt unauthentifiziert, und Gmail und Yahoo verlangen von Massenversendern weiterhin Alignment.</translation>
    </message>
    <message>
        <source>The message body was changed after it was signed (DKIM body hash did not verify)</source>
        <extracomment>rule message.dkim_body_hash: title</extracomment>
        <translation>Der Body der Nachricht wurde nach dem Signieren verändert (DKIM-Body-Hash nicht verifiziert)</translation>
    </message>
    <message>
        <source>A DKIM signature&apos;s header signature verifies, but the body no longer hashes to its bh= value: something between the signer and the receiver changed the body. Usually a mailing list adds a footer, a security gateway rewrites links or adds a disclaimer, or the message is signed before a filter that re-encodes it.</source>
        <extracomment>rule message.dkim_body_hash: summary</extracomment>
        <translation>Die Header-Signatur einer DKIM-Signatur lässt sich verifizieren, aber der Hash des Bodys entspricht nicht mehr ihrem bh=-Wert: Etwas zwischen Signierer und Empfänger hat den Body verändert. Meist fügt eine Mailingliste einen Footer hinzu, ein Security-Gateway schreibt Links um oder fügt einen Disclaimer hinzu, oder die Nachricht wird vor einem Filter signiert, der sie neu kodiert.</translation>
    </message>
    <message>
        <source>Immediate for new mail once the signing order is fixed.</source>
        <extracomment>rule message.dkim_body_hash: recovery</extracomment>
        <translation>Für neue Mail sofort, sobald die Reihenfolge beim Signieren korrigiert ist.</translation>
    </message>
    <message>
        <source>Sign as the last step before the message leaves: move DKIM signing after any disclaimer, footer or link-rewriting filter on your side.</source>
        <extracomment>rule message.dkim_body_hash: step (you)</extracomment>
        <translation>Signieren Sie als letzten Schritt, bevor die Nachricht Ihr System verlässt: Verlegen Sie die DKIM-Signierung hinter jeden Disclaimer-, Footer- oder Link-Umschreibfilter auf Ihrer Seite.</translation>
    </message>
    <message>
        <source>If a mailing list or forwarder changes the body, ask its operator to seal with ARC, or to stop altering the body and subject.</source>
        <extracomment>rule message.dkim_body_hash: step (provider)</extracomment>
        <translation>Wenn eine Mailingliste oder ein Weiterleitungsdienst den Body verändert, bitten Sie den Betreiber, mit ARC zu versiegeln oder Body und Betreff nicht mehr zu verändern.</translation>
    </message>
    <message>
        <source>Do not sign with l= (a body length limit) to survive footers: it lets anyone append content under your signature.</source>
        <extracomment>rule message.dkim_body_hash: what not to do</extracomment>
        <translation>Signieren Sie nicht mit l= (einer Längenbegrenzung für den Body), um Footer zu überstehen: Damit kann jeder unter Ihrer Signatur Inhalte anhängen.</translation>
    </message>
    <message>
        <source>RFC 6376 (DKIM)</source>
        <extracomment>rule message.dkim_body_hash: link title</extracomment>
        <translation>RFC 6376 (DKIM)</translation>
    </message>
    <message>
        <source>A DKIM signature on the message does not verify</source>
        <extracomment>rule message.dkim_fail: title</extracomment>
        <translation>Eine DKIM-Signatur der Nachricht lässt sich nicht verifizieren</translation>
    </message>
    <message>
        <source>The signature&apos;s key is missing, revoked or does not match the signature, or the signed header fields were changed. Without a passing DKIM signature for the From domain, DMARC rests on SPF alone, which forwarding breaks.</source>
        <extracomment>rule message.dkim_fail: summary</extracomment>
        <translation>Der Schlüssel der Signatur fehlt, wurde widerrufen oder passt nicht zur Signatur, oder die signierten Header-Felder wurden verändert. Ohne gültige DKIM-Signatur für die From-Domain stützt sich DMARC allein auf SPF, das bei Weiterleitungen bricht.</translation>
    </message>
    <message>
        <source>As soon as the key record&apos;s TTL expires.</source>
        <extracomment>rule message.dkim_fail: recovery</extracomment>
        <translation>Sobald die TTL des Schlüsseleintrags abläuft.</translation>
    </message>
    <message>
        <source>Compare the key published at the selector&apos;s DNS name with the key the signing server uses (the Message tab names the selector and why the signature failed); publish the right key or fix the signer&apos;s configuration.</source>
        <extracomment>rule message.dkim_fail: step (you)</extracomment>
        <translation>Vergleichen Sie den unter dem DNS-Namen des Selektors veröffentlichten Schlüssel mit dem Schlüssel, den der signierende Server verwendet (der Reiter „Nachricht“ nennt den Selektor und den Grund, warum die Signatur fehlgeschlagen ist); veröffentlichen Sie den richtigen Schlüssel oder korrigieren Sie die Konfiguration des Signierers.</translation>
    </message>
    <message>
        <source>SPF does not authorise {ip}, the address the message came from</source>
        <extracomment>rule message.spf_fail: title</extracomment>
        <translation>SPF autorisiert {ip} nicht, die Adresse, von der die Nachricht kam</translation>
    </message>
    <message>
        <source>The Received fields show the message entering the receiver&apos;s network from {ip}, and the SPF record of the return-path domain does not list it: receivers treat the mail as forged (fail) or suspicious (softfail), and DMARC cannot pass through SPF.</source>
        <extracomment>rule message.spf_fail: summary</extracomment>
        <translation>Die Received-Felder zeigen, dass die Nachricht von {ip} aus in das Netz des Empfängers gelangt ist, und der SPF-Eintrag der Return-Path-Domain führt diese Adresse nicht auf: Empfänger behandeln die Mail als gefälscht (fail) oder verdächtig (softfail), und DMARC kann nicht über SPF bestehen.</translation>
    </message>
    <message>
        <source>Find out which service sends from {ip} and add it to the SPF record of the return-path domain (its include: or ip4:{ip}), keeping the record under 10 DNS lookups.</source>
        <extracomment>rule message.spf_fail: step (you)</extracomment>
        <translation>Finden Sie heraus, welcher Dienst von {ip} sendet, und nehmen Sie ihn in den SPF-Eintrag der Return-Path-Domain auf (sein include: oder ip4:{ip}); bleiben Sie dabei unter 10 DNS-Lookups.</translation>
    </message>
    <message>
        <source>Find out which service sends this mail and add it to the SPF record of the return-path domain, keeping the record under 10 DNS lookups.</source>
        <extracomment>rule message.spf_fail: step (you)</extracomment>
        <translation>Finden Sie heraus, welcher Dienst diese Mail sendet, und nehmen Sie ihn in den SPF-Eintrag der Return-Path-Domain auf; bleiben Sie dabei unter 10 DNS-Lookups.</translation>
    </message>
    <message>
        <source>{domain} has no DMARC record</source>
        <extracomment>rule message.dmarc_missing: title</extracomment>
        <translation>{domain} hat keinen DMARC-Eintrag</translation>
    </message>
    <message>
        <source>Since February 2024 Gmail and Yahoo require a DMARC record (at least p=none) from bulk senders, and many receivers treat unauthenticated mail from a domain without DMARC with suspicion.</source>
        <extracomment>rule message.dmarc_missing: summary</extracomment>
        <translation>Seit Februar 2024 verlangen Gmail und Yahoo von Massenversendern einen DMARC-Eintrag (mindestens p=none), und viele Empfänger begegnen nicht authentifizierter Mail von einer Domain ohne DMARC mit Misstrauen.</translation>
    </message>
    <message>
        <source>As soon as the record is published.</source>
        <extracomment>rule message.dmarc_missing: recovery</extracomment>
        <translation>Sobald der Eintrag veröffentlicht ist.</translation>
    </message>
    <message>
        <source>Publish a TXT record at _dmarc.{domain}, starting with v=DMARC1; p=none; rua=mailto:(an address that collects reports), then move to quarantine or reject once the reports show every sender aligned.</source>
        <extracomment>rule message.dmarc_missing: step (you)</extracomment>
        <translation>Veröffentlichen Sie einen TXT-Eintrag unter _dmarc.{domain}, zunächst mit v=DMARC1; p=none; rua=mailto:(eine Adresse, die Reports sammelt), und wechseln Sie dann zu quarantine oder reject, sobald die Reports zeigen, dass alle Absender aligned sind.</translation>
    </message>
    <message>
        <source>Publish a DMARC TXT record at _dmarc under your domain, starting with p=none and a rua= report address.</source>
        <extracomment>rule message.dmarc_missing: step (you)</extracomment>
        <translation>Veröffentlichen Sie einen DMARC-TXT-Eintrag unter _dmarc in Ihrer Domain, zunächst mit p=none und einer rua=-Reportadresse.</translation>
    </message>
    <message>
        <source>Google email sender guidelines</source>
        <extracomment>rule message.dmarc_missing: link title</extracomment>
        <translation>Google-Richtlinien für E-Mail-Absender</translation>
    </message>
    <message>
        <source>The message does not meet the Gmail and Yahoo bulk-sender rules</source>
        <extracomment>rule message.bulk_sender: title</extracomment>
        <translation>Die Nachricht erfüllt die Regeln von Gmail und Yahoo für Massenversender nicht</translation>
    </message>
    <message>
        <source>Gmail and Yahoo require bulk senders to offer one-click unsubscribe (RFC 8058) covered by the DKIM signature, to align DMARC, to send from an address with forward-confirmed reverse DNS over TLS, and to use a valid Message-ID and Date. The bulk-sender checklist in the Message tab shows each rule, its result and its source.</source>
        <extracomment>rule message.bulk_sender: summary</extracomment>
        <translation>Gmail und Yahoo verlangen von Massenversendern eine One-Click-Abmeldung (RFC 8058), die von der DKIM-Signatur abgedeckt ist, DMARC-Alignment, den Versand von einer Adresse mit vorwärts bestätigtem Reverse DNS über TLS sowie eine gültige Message-ID und ein gültiges Date. Die Checkliste für Massenversender im Reiter „Nachricht“ zeigt jede Regel, ihr Ergebnis und ihre Quelle.</translation>
    </message>
    <message>
        <source>For new mail at once; the sender&apos;s reputation recovers over days to weeks.</source>
        <extracomment>rule message.bulk_sender: recovery</extracomment>
        <translation>Für neue Mail sofort; die Reputation des Absenders erholt sich über Tage bis Wochen.</translation>
    </message>
    <message>
        <source>Fix the failed rules of the checklist, most serious first; for unsubscribe, add List-Unsubscribe with an https: URI and List-Unsubscribe-Post: List-Unsubscribe=One-Click, and sign both fields with DKIM.</source>
        <extracomment>rule message.bulk_sender: step (you)</extracomment>
        <translation>Beheben Sie die nicht erfüllten Regeln der Checkliste, die schwerwiegendsten zuerst; für die Abmeldung fügen Sie List-Unsubscribe mit einer https:-URI und List-Unsubscribe-Post: List-Unsubscribe=One-Click hinzu und signieren Sie beide Felder mit DKIM.</translation>
    </message>
    <message>
        <source>RFC 8058 (one-click unsubscribe)</source>
        <extracomment>rule message.bulk_sender: link title</extracomment>
        <translation>RFC 8058 (One-Click-Abmeldung)</translation>
    </message>
    <message>
        <source>A server on the route held the message for more than an hour</source>
        <extracomment>rule message.slow_route: title</extracomment>
        <translation>Ein Server auf der Route hat die Nachricht länger als eine Stunde festgehalten</translation>
    </message>
    <message>
        <source>The Received fields show a long gap between two hops: a queue. Greylisting, a retry after a deferral, or a slow content filter delayed the message; the Message tab&apos;s route timeline shows where.</source>
        <extracomment>rule message.slow_route: summary</extracomment>
        <translation>Die Received-Felder zeigen eine lange Lücke zwischen zwei Hops: eine Warteschlange. Greylisting, ein erneuter Versuch nach einer Zurückstellung oder ein langsamer Inhaltsfilter hat die Nachricht verzögert; die Zeitleiste der Route im Reiter „Nachricht“ zeigt, wo.</translation>
    </message>
    <message>
        <source>If the delay is on your side, look at that server&apos;s queue and logs for the message&apos;s time; if it is on the receiver&apos;s side, it was usually a deferral (greylisting or rate limiting) that your server retried.</source>
        <extracomment>rule message.slow_route: step (you)</extracomment>
        <translation>Liegt die Verzögerung auf Ihrer Seite, sehen Sie sich Warteschlange und Logs dieses Servers zum Zeitpunkt der Nachricht an; liegt sie beim Empfänger, war es meist eine Zurückstellung (Greylisting oder Ratenbegrenzung), die Ihr Server erneut versucht hat.</translation>
    </message>
    <message>
        <source>An ARC sealer recorded authentication results that differ from Rebound&apos;s</source>
        <extracomment>rule message.arc_differs: title</extracomment>
        <translation>Ein ARC-Sealer hat Authentifizierungsergebnisse festgehalten, die von denen von Rebound abweichen</translation>
    </message>
    <message>
        <source>A forwarder or mailing list that sealed the message with ARC recorded what it saw when the message reached it; Rebound&apos;s own verification now says otherwise. When the chain validates, the message was changed after that sealer (the usual mailing-list story) and receivers that trust the sealer may use its record.</source>
        <extracomment>rule message.arc_differs: summary</extracomment>
        <translation>Ein Weiterleitungsdienst oder eine Mailingliste hat die Nachricht mit ARC versiegelt und dabei festgehalten, was beim Eintreffen der Nachricht zu sehen war; die eigene Prüfung von Rebound ergibt jetzt etwas anderes. Ist die Kette gültig, wurde die Nachricht nach diesem Sealer verändert (der typische Fall bei Mailinglisten), und Empfänger, die dem Sealer vertrauen, können seine Aufzeichnung verwenden.</translation>
    </message>
    <message>
        <source>Receivers that trust the sealer can use its ARC record to deliver the message despite the changed signature.</source>
        <extracomment>rule message.arc_differs: step (recipient)</extracomment>
        <translation>Empfänger, die dem Sealer vertrauen, können die Nachricht anhand seiner ARC-Aufzeichnung trotz der veränderten Signatur zustellen.</translation>
    </message>
    <message>
        <source>Microsoft SNDS: the filter result for {ip} is RED.</source>
        <extracomment>rule provider.microsoft.snds_red_traps: evidence (filter_result)</extracomment>
        <translation>Microsoft SNDS: Das Filterergebnis für {ip} ist ROT.</translation>
    </message>
    <message>
        <source>Microsoft SNDS: {value} message(s) from {ip} hit spam traps in the last period.</source>
        <extracomment>rule provider.microsoft.snds_red_traps: evidence (trap_hits)</extracomment>
        <translation>Microsoft SNDS: {value} Nachricht(en) von {ip} haben im letzten Zeitraum Spamfallen getroffen.</translation>
    </message>
    <message>
        <source>Microsoft blocks {ip}, and SNDS shows it RED with spam-trap hits</source>
        <extracomment>rule provider.microsoft.snds_red_traps: title</extracomment>
        <translation>Microsoft sperrt {ip}, und SNDS zeigt die Adresse ROT mit Spamfallen-Treffern</translation>
    </message>
    <message>
        <source>Microsoft refused the mail with its own block code, and its Smart Network Data Services (SNDS) data for {ip} shows a RED filter result (most of the mail judged spam) and hits on spam-trap addresses. The block follows from what the address sends: addresses that never asked for mail (old, bought or harvested lists), or a compromised account or machine sending through {ip}. A mitigation request will not hold until that stops.</source>
        <extracomment>rule provider.microsoft.snds_red_traps: summary</extracomment>
        <translation>Microsoft hat die Mail mit einem eigenen Sperrcode abgewiesen, und die Daten der Smart Network Data Services (SNDS) für {ip} zeigen ein ROTES Filterergebnis (der Großteil der Mail wurde als Spam eingestuft) sowie Treffer auf Spamfallen-Adressen. Die Sperre ergibt sich aus dem, was die Adresse sendet: Mail an Adressen, die nie darum gebeten haben (alte, gekaufte oder gesammelte Listen), oder ein kompromittiertes Konto oder ein kompromittierter Rechner, der über {ip} sendet. Ein Antrag auf Aufhebung (Mitigation) hat keinen Bestand, solange das nicht aufhört.</translation>
    </message>
    <message>
        <source>Days to weeks after the trap hits stop; SNDS data updates once a day.</source>
        <extracomment>rule provider.microsoft.snds_red_traps: recovery</extracomment>
        <translation>Tage bis Wochen, nachdem die Spamfallen-Treffer aufgehört haben; SNDS-Daten werden einmal täglich aktualisiert.</translation>
    </message>
    <message>
        <source>Find what sends to trap addresses from {ip}: compare the SNDS sample HELO and MAIL FROM with your own servers, look for a compromised account or machine, and stop mailing addresses that never confirmed (remove old and bought lists, use confirmed opt-in).</source>
        <extracomment>rule provider.microsoft.snds_red_traps: step (you)</extracomment>
        <translation>Finden Sie heraus, was von {ip} an Spamfallen-Adressen sendet: Vergleichen Sie HELO und MAIL FROM der SNDS-Stichprobe mit Ihren eigenen Servern, suchen Sie nach einem kompromittierten Konto oder Rechner, und senden Sie nicht mehr an Adressen, die nie bestätigt haben (entfernen Sie alte und gekaufte Listen, verwenden Sie Confirmed Opt-in).</translation>
    </message>
    <message>
        <source>When SNDS shows the address GREEN without trap hits again, ask Microsoft&apos;s sender support for mitigation.</source>
        <extracomment>rule provider.microsoft.snds_red_traps: step (you)</extracomment>
        <translation>Wenn SNDS die Adresse wieder GRÜN und ohne Spamfallen-Treffer zeigt, bitten Sie den Sender-Support von Microsoft um Aufhebung der Sperre (Mitigation).</translation>
    </message>
    <message>
        <source>Microsoft sender support (delisting)</source>
        <extracomment>rule provider.microsoft.snds_red_traps: link title</extracomment>
        <translation>Sender-Support von Microsoft (Delisting)</translation>
    </message>
    <message>
        <source>Do not request delisting while trap hits continue: the request is refused or the block comes back.</source>
        <extracomment>rule provider.microsoft.snds_red_traps: what not to do</extracomment>
        <translation>Beantragen Sie kein Delisting, solange die Spamfallen-Treffer anhalten: Der Antrag wird abgelehnt, oder die Sperre kehrt zurück.</translation>
    </message>
    <message>
        <source>Microsoft SNDS: the filter result for {ip} is GREEN.</source>
        <extracomment>rule provider.microsoft.snds_green: evidence (filter_result)</extracomment>
        <translation>Microsoft SNDS: Das Filterergebnis für {ip} ist GRÜN.</translation>
    </message>
    <message>
        <source>Microsoft blocks {ip} although SNDS shows it GREEN</source>
        <extracomment>rule provider.microsoft.snds_green: title</extracomment>
        <translation>Microsoft sperrt {ip}, obwohl SNDS die Adresse GRÜN zeigt</translation>
    </message>
    <message>
        <source>Microsoft refused the mail with its own block code, yet its Smart Network Data Services (SNDS) data for {ip} shows a GREEN filter result: the mail it sees from the address is mostly not spam. The block is then not explained by content or traps: a new or low-volume address without reputation, a block inherited from a neighbouring range, or a stale block. Microsoft&apos;s sender support can usually lift it.</source>
        <extracomment>rule provider.microsoft.snds_green: summary</extracomment>
        <translation>Microsoft hat die Mail mit einem eigenen Sperrcode abgewiesen, doch die Daten der Smart Network Data Services (SNDS) für {ip} zeigen ein GRÜNES Filterergebnis: Die Mail, die Microsoft von der Adresse sieht, ist überwiegend kein Spam. Die Sperre erklärt sich dann nicht durch Inhalte oder Spamfallen, sondern durch eine neue Adresse oder eine mit geringem Volumen ohne Reputation, eine von einem benachbarten Bereich geerbte Sperre oder eine veraltete Sperre. Der Sender-Support von Microsoft kann sie meist aufheben.</translation>
    </message>
    <message>
        <source>Usually 24 to 48 hours after Microsoft grants mitigation.</source>
        <extracomment>rule provider.microsoft.snds_green: recovery</extracomment>
        <translation>Meist 24 bis 48 Stunden, nachdem Microsoft die Mitigation gewährt hat.</translation>
    </message>
    <message>
        <source>Ask Microsoft&apos;s sender support for mitigation of {ip}, quoting the bounce&apos;s code; mention that SNDS shows the address GREEN.</source>
        <extracomment>rule provider.microsoft.snds_green: step (you)</extracomment>
        <translation>Bitten Sie den Sender-Support von Microsoft um Mitigation für {ip} und nennen Sie den Code des Bounces; erwähnen Sie, dass SNDS die Adresse GRÜN zeigt.</translation>
    </message>
    <message>
        <source>If the address is new, raise the volume to Outlook.com recipients slowly over a few weeks.</source>
        <extracomment>rule provider.microsoft.snds_green: step (you)</extracomment>
        <translation>Ist die Adresse neu, steigern Sie das Volumen an Outlook.com-Empfänger langsam über einige Wochen.</translation>
    </message>
    <message>
        <source>Do not change IPs to get around the block: a new address starts without reputation and is often blocked the same way.</source>
        <extracomment>rule provider.microsoft.snds_green: what not to do</extracomment>
        <translation>Wechseln Sie nicht die IPs, um die Sperre zu umgehen: Eine neue Adresse startet ohne Reputation und wird oft auf dieselbe Weise gesperrt.</translation>
    </message>
    <message>
        <source>Rebound&apos;s mailbox probe asked the recipient&apos;s server again: it still refuses the address at RCPT.</source>
        <extracomment>rule recipient.unknown: evidence (verdict)</extracomment>
        <translation>Die Postfachprüfung von Rebound hat beim Server des Empfängers erneut nachgefragt: Er weist die Adresse bei RCPT weiterhin ab.</translation>
    </message>
    <message>
        <source>Rebound&apos;s mailbox probe asked the recipient&apos;s server again: it now accepts the address at RCPT.</source>
        <extracomment>rule recipient.unknown: evidence (verdict)</extracomment>
        <translation>Die Postfachprüfung von Rebound hat beim Server des Empfängers erneut nachgefragt: Er nimmt die Adresse bei RCPT jetzt an.</translation>
    </message>
    <message>
        <source>The recipient&apos;s server accepts this address now (Rebound&apos;s mailbox probe), so the mailbox may have been created since, or the refusal was temporary or not really about the address.</source>
        <extracomment>rule recipient.unknown: note</extracomment>
        <translation>Der Server des Empfängers nimmt diese Adresse jetzt an (Postfachprüfung von Rebound); das Postfach wurde also womöglich inzwischen angelegt, oder die Abweisung war vorübergehend oder betraf nicht wirklich die Adresse.</translation>
    </message>
    <message>
        <source>Rebound&apos;s mailbox probe: the recipient&apos;s server accepted the address at RCPT and refused a made-up one at the same domain.</source>
        <extracomment>rule recipient.unknown_now_accepted: evidence (verdict)</extracomment>
        <translation>Postfachprüfung von Rebound: Der Server des Empfängers hat die Adresse bei RCPT angenommen und eine erfundene Adresse derselben Domain abgewiesen.</translation>
    </message>
    <message>
        <source>The address was refused as unknown, but its server accepts it now</source>
        <extracomment>rule recipient.unknown_now_accepted: title</extracomment>
        <translation>Die Adresse wurde als unbekannt abgewiesen, aber ihr Server nimmt sie jetzt an</translation>
    </message>
    <message>
        <source>The bounce says the mailbox does not exist, yet Rebound&apos;s mailbox probe (MAIL FROM with your address, RCPT TO, no message sent) found the recipient&apos;s server accepting the address, while it refuses a made-up address at the same domain. The mailbox was probably created or restored since, or the refusal came from another server (a backup MX or a gateway) or was a disguised policy refusal.</source>
        <extracomment>rule recipient.unknown_now_accepted: summary</extracomment>
        <translation>Der Bounce sagt, das Postfach existiert nicht, doch die Postfachprüfung von Rebound (MAIL FROM mit Ihrer Adresse, RCPT TO, keine Nachricht gesendet) ergab, dass der Server des Empfängers die Adresse annimmt, während er eine erfundene Adresse derselben Domain abweist. Das Postfach wurde wahrscheinlich inzwischen angelegt oder wiederhergestellt, oder die Abweisung kam von einem anderen Server (einem Backup-MX oder einem Gateway) oder war eine verschleierte Abweisung aus Richtliniengründen.</translation>
    </message>
    <message>
        <source>Usually immediate if the mailbox now exists.</source>
        <extracomment>rule recipient.unknown_now_accepted: recovery</extracomment>
        <translation>Meist sofort, wenn das Postfach jetzt existiert.</translation>
    </message>
    <message>
        <source>Send one message again to this address; if it bounces once more, compare which server refused it (the bounce&apos;s reporting MTA) with the MX the probe reached.</source>
        <extracomment>rule recipient.unknown_now_accepted: step (you)</extracomment>
        <translation>Senden Sie noch einmal eine Nachricht an diese Adresse; kommt sie erneut als Bounce zurück, vergleichen Sie den Server, der sie abgewiesen hat (das Reporting-MTA des Bounces), mit dem MX, den die Prüfung erreicht hat.</translation>
    </message>
    <message>
        <source>If it keeps bouncing, ask the recipient (through another channel) whether their mailbox was recently created or moved, or whether a filter in front of it refuses your mail.</source>
        <extracomment>rule recipient.unknown_now_accepted: step (recipient)</extracomment>
        <translation>Kommen Nachrichten weiterhin als Bounce zurück, fragen Sie den Empfänger (über einen anderen Kanal), ob sein Postfach kürzlich angelegt oder umgezogen wurde oder ob ein vorgeschalteter Filter Ihre Mail abweist.</translation>
    </message>
    <message>
        <source>Do not probe the address repeatedly: repeated RCPT probes can get your address or IP listed as a directory-harvesting sender.</source>
        <extracomment>rule recipient.unknown_now_accepted: what not to do</extracomment>
        <translation>Prüfen Sie die Adresse nicht wiederholt: Wiederholte RCPT-Prüfungen können dazu führen, dass Ihre Adresse oder IP als Directory-Harvesting-Absender gelistet wird.</translation>
    </message>
    <message>
        <source>{policy_domain} publishes an MTA-STS policy in {value} mode: senders that honour it refuse a mail server whose name or certificate the policy does not accept.</source>
        <extracomment>rule tls.mta_sts_enforced: evidence (mta_sts.policy.mode)</extracomment>
        <translation>{policy_domain} veröffentlicht eine MTA-STS-Richtlinie im Modus {value}: Absender, die sie beachten, verweigern einen Mailserver, dessen Namen oder Zertifikat die Richtlinie nicht akzeptiert.</translation>
    </message>
    <message>
        <source>{recipient_domain}&apos;s MTA-STS policy stops delivery to its own mail servers</source>
        <extracomment>rule tls.mta_sts_enforced: title</extracomment>
        <translation>Die MTA-STS-Richtlinie von {recipient_domain} verhindert die Zustellung an die eigenen Mailserver</translation>
    </message>
    <message>
        <source>The bounce says TLS could not be used as required, and {recipient_domain} publishes an MTA-STS policy in enforce mode (RFC 8461) while one of its MX hosts is not covered by the policy&apos;s mx: patterns or does not present a valid certificate. Senders that honour MTA-STS refuse to deliver to such a host, so the mail waits and bounces until the recipient fixes the policy or the certificate.</source>
        <extracomment>rule tls.mta_sts_enforced: summary</extracomment>
        <translation>Der Bounce sagt, dass TLS nicht wie verlangt verwendet werden konnte, und {recipient_domain} veröffentlicht eine MTA-STS-Richtlinie im Modus enforce (RFC 8461), während einer ihrer MX-Hosts nicht von den mx:-Mustern der Richtlinie abgedeckt ist oder kein gültiges Zertifikat vorweist. Absender, die MTA-STS beachten, verweigern die Zustellung an einen solchen Host; die Mail wartet daher oder kommt als Bounce zurück, bis der Empfänger die Richtlinie oder das Zertifikat korrigiert.</translation>
    </message>
    <message>
        <source>Once the recipient fixes the policy and changes its id; senders that cached the old policy may wait until it expires (max_age).</source>
        <extracomment>rule tls.mta_sts_enforced: recovery</extracomment>
        <translation>Sobald der Empfänger die Richtlinie korrigiert und ihre id ändert; Absender, die die alte Richtlinie zwischengespeichert haben, warten womöglich, bis sie abläuft (max_age).</translation>
    </message>
    <message>
        <source>Add every MX host of {recipient_domain} to the mx: lines of https://mta-sts.{recipient_domain}/.well-known/mta-sts.txt (or give each host a certificate for its name from a public CA), then change the id= of the _mta-sts TXT record so that senders fetch the policy again.</source>
        <extracomment>rule tls.mta_sts_enforced: step (recipient)</extracomment>
        <translation>Nehmen Sie jeden MX-Host von {recipient_domain} in die mx:-Zeilen von https://mta-sts.{recipient_domain}/.well-known/mta-sts.txt auf (oder geben Sie jedem Host ein Zertifikat einer öffentlichen CA für seinen Namen), und ändern Sie dann die id= des _mta-sts-TXT-Eintrags, damit Absender die Richtlinie erneut abrufen.</translation>
    </message>
    <message>
        <source>Until it is fixed, the recipient can switch the policy to mode: testing, which makes senders deliver and report instead of refusing.</source>
        <extracomment>rule tls.mta_sts_enforced: step (recipient)</extracomment>
        <translation>Bis das behoben ist, kann der Empfänger die Richtlinie auf mode: testing umstellen; dann stellen Absender zu und melden den Fehler, statt abzuweisen.</translation>
    </message>
    <message>
        <source>Tell the recipient&apos;s postmaster what Rebound found (the MTA-STS section of the report); your server retries queued mail by itself once the policy or certificate is fixed.</source>
        <extracomment>rule tls.mta_sts_enforced: step (you)</extracomment>
        <translation>Teilen Sie dem Postmaster des Empfängers mit, was Rebound gefunden hat (den MTA-STS-Abschnitt des Berichts); Ihr Server stellt Mail aus der Warteschlange von selbst erneut zu, sobald die Richtlinie oder das Zertifikat korrigiert ist.</translation>
    </message>
    <message>
        <source>Do not turn off MTA-STS or certificate checks on your sending server for this domain: the policy is the recipient&apos;s protection against downgrade attacks.</source>
        <extracomment>rule tls.mta_sts_enforced: what not to do</extracomment>
        <translation>Schalten Sie MTA-STS- oder Zertifikatsprüfungen auf Ihrem sendenden Server für diese Domain nicht ab: Die Richtlinie schützt den Empfänger vor Downgrade-Angriffen.</translation>
    </message>
    <message>
        <source>RFC 8461: SMTP MTA Strict Transport Security</source>
        <extracomment>rule tls.mta_sts_enforced: link title</extracomment>
        <translation>RFC 8461: SMTP MTA Strict Transport Security</translation>
    </message>
    <message>
        <source>The recipient&apos;s mail server fails its own DANE TLSA records</source>
        <extracomment>rule tls.dane_mismatch: title</extracomment>
        <translation>Der Mailserver des Empfängers passt nicht zu seinen eigenen DANE-TLSA-Einträgen</translation>
    </message>
    <message>
        <source>The bounce says TLS was required or failed, and the recipient domain&apos;s MX does not match its DNSSEC-validated TLSA records (or their validation fails). Senders that do DANE (RFC 7672) refuse to deliver to such a server, so the fault is on the receiving side.</source>
        <extracomment>rule tls.dane_mismatch: summary</extracomment>
        <translation>Der Bounce sagt, dass TLS verlangt war oder fehlgeschlagen ist, und der MX der Empfängerdomain passt nicht zu seinen DNSSEC-validierten TLSA-Einträgen (oder deren Validierung schlägt fehl). Absender mit DANE (RFC 7672) verweigern die Zustellung an einen solchen Server; der Fehler liegt also auf der Empfängerseite.</translation>
    </message>
    <message>
        <source>After the corrected TLSA records&apos; TTL.</source>
        <extracomment>rule tls.dane_mismatch: recovery</extracomment>
        <translation>Nach Ablauf der TTL der korrigierten TLSA-Einträge.</translation>
    </message>
    <message>
        <source>Publish TLSA records that match the certificate the mail server presents (or fix the zone&apos;s DNSSEC signatures), before or together with any certificate change.</source>
        <extracomment>rule tls.dane_mismatch: step (recipient)</extracomment>
        <translation>Veröffentlichen Sie TLSA-Einträge, die zu dem Zertifikat passen, das der Mailserver vorweist (oder korrigieren Sie die DNSSEC-Signaturen der Zone), vor oder zusammen mit jedem Zertifikatswechsel.</translation>
    </message>
    <message>
        <source>Tell the recipient&apos;s administrator; your server is right to refuse. Retry once their TLSA records match.</source>
        <extracomment>rule tls.dane_mismatch: step (you)</extracomment>
        <translation>Informieren Sie den Administrator des Empfängers; Ihr Server verweigert zu Recht. Versuchen Sie es erneut, sobald die TLSA-Einträge passen.</translation>
    </message>
    <message>
        <source>Do not turn off DANE or TLS on your sending server to get the mail through: it removes the protection for every DANE domain.</source>
        <extracomment>rule tls.dane_mismatch: what not to do</extracomment>
        <translation>Schalten Sie DANE oder TLS auf Ihrem sendenden Server nicht ab, um die Mail durchzubringen: Das entfernt den Schutz für jede DANE-Domain.</translation>
    </message>
    <message>
        <source>Unauthorised sources send as {domain} and fail DMARC</source>
        <extracomment>rule reports.unauthorised_sender: title</extracomment>
        <translation>Nicht autorisierte Quellen senden als {domain} und bestehen DMARC nicht</translation>
    </message>
    <message>
        <source>The DMARC aggregate reports show mail with {domain} in its From field from addresses that are neither in the domain&apos;s SPF record nor a known sending service, and that carry no aligned DKIM signature. Either someone spoofs the domain, or one of your own senders (a server, an application, a new provider) is not set up yet.</source>
        <extracomment>rule reports.unauthorised_sender: summary</extracomment>
        <translation>Die DMARC-Aggregate-Reports zeigen Mail mit {domain} im From-Feld von Adressen, die weder im SPF-Eintrag der Domain stehen noch zu einem bekannten sendenden Dienst gehören und keine aligned DKIM-Signatur tragen. Entweder fälscht jemand die Domain, oder einer Ihrer eigenen Absender (ein Server, eine Anwendung, ein neuer Anbieter) ist noch nicht eingerichtet.</translation>
    </message>
    <message>
        <source>The next day&apos;s reports show the change once the DNS records are published.</source>
        <extracomment>rule reports.unauthorised_sender: recovery</extracomment>
        <translation>Die Reports des nächsten Tages zeigen die Änderung, sobald die DNS-Einträge veröffentlicht sind.</translation>
    </message>
    <message>
        <source>Look through the sources in the Reports window (their reverse DNS names and volumes): decide for each whether it is yours.</source>
        <extracomment>rule reports.unauthorised_sender: step (you)</extracomment>
        <translation>Gehen Sie die Quellen im Reports-Fenster durch (ihre Reverse-DNS-Namen und Volumen): Entscheiden Sie für jede, ob sie Ihnen gehört.</translation>
    </message>
    <message>
        <source>Look through the sources in the Reports window: decide for each whether it is yours.</source>
        <extracomment>rule reports.unauthorised_sender: step (you)</extracomment>
        <translation>Gehen Sie die Quellen im Reports-Fenster durch: Entscheiden Sie für jede, ob sie Ihnen gehört.</translation>
    </message>
    <message>
        <source>For each source that is yours, add it to the SPF record of {domain} and sign its mail with DKIM for {domain}.</source>
        <extracomment>rule reports.unauthorised_sender: step (you)</extracomment>
        <translation>Nehmen Sie jede Quelle, die Ihnen gehört, in den SPF-Eintrag von {domain} auf und signieren Sie ihre Mail mit DKIM für {domain}.</translation>
    </message>
    <message>
        <source>For each source that is yours, add it to your domain&apos;s SPF record and sign its mail with DKIM for your domain.</source>
        <extracomment>rule reports.unauthorised_sender: step (you)</extracomment>
        <translation>Nehmen Sie jede Quelle, die Ihnen gehört, in den SPF-Eintrag Ihrer Domain auf und signieren Sie ihre Mail mit DKIM für Ihre Domain.</translation>
    </message>
    <message>
        <source>Once every legitimate source passes, move the DMARC policy of {domain} from p=none towards p=quarantine, then p=reject, so that the spoofed mail is refused.</source>
        <extracomment>rule reports.unauthorised_sender: step (you)</extracomment>
        <translation>Sobald jede legitime Quelle besteht, stufen Sie die DMARC-Richtlinie von {domain} von p=none schrittweise auf p=quarantine und dann auf p=reject hoch, damit die gefälschte Mail abgewiesen wird.</translation>
    </message>
    <message>
        <source>Once every legitimate source passes, move the DMARC policy from p=none towards p=quarantine, then p=reject.</source>
        <extracomment>rule reports.unauthorised_sender: step (you)</extracomment>
        <translation>Sobald jede legitime Quelle besteht, stufen Sie die DMARC-Richtlinie von p=none schrittweise auf p=quarantine und dann auf p=reject hoch.</translation>
    </message>
    <message>
        <source>Do not add an unknown source to the SPF record to make the reports pass: you would authorise whoever spoofs you.</source>
        <extracomment>rule reports.unauthorised_sender: what not to do</extracomment>
        <translation>Nehmen Sie keine unbekannte Quelle in den SPF-Eintrag auf, damit die Reports bestehen: Sie würden jeden autorisieren, der Sie fälscht.</translation>
    </message>
    <message>
        <source>A sending service sends for {domain} without aligned DKIM</source>
        <extracomment>rule reports.esp_unaligned: title</extracomment>
        <translation>Ein sendender Dienst sendet für {domain} ohne aligned DKIM</translation>
    </message>
    <message>
        <source>The reports show a known sending service (an ESP or a mailbox provider) sending as {domain}: its mail passes SPF and DKIM for the service&apos;s own domains, but neither aligns with {domain}, so DMARC fails and receivers apply the domain&apos;s policy to it.</source>
        <extracomment>rule reports.esp_unaligned: summary</extracomment>
        <translation>Die Reports zeigen einen bekannten sendenden Dienst (einen ESP oder einen Postfachanbieter), der als {domain} sendet: Seine Mail besteht SPF und DKIM für die eigenen Domains des Dienstes, aber keines von beiden ist mit {domain} aligned, daher schlägt DMARC fehl, und Empfänger wenden die Richtlinie der Domain darauf an.</translation>
    </message>
    <message>
        <source>As soon as the service signs with the new keys; the next day&apos;s reports confirm it.</source>
        <extracomment>rule reports.esp_unaligned: recovery</extracomment>
        <translation>Sobald der Dienst mit den neuen Schlüsseln signiert; die Reports des nächsten Tages bestätigen es.</translation>
    </message>
    <message>
        <source>Set up DKIM for {domain} (a custom signing domain) in each sending service the reports name.</source>
        <extracomment>rule reports.esp_unaligned: step (provider)</extracomment>
        <translation>Richten Sie in jedem sendenden Dienst, den die Reports nennen, DKIM für {domain} ein (eine eigene Signaturdomain).</translation>
    </message>
    <message>
        <source>Set up DKIM for your domain (a custom signing domain) in each sending service the reports name.</source>
        <extracomment>rule reports.esp_unaligned: step (provider)</extracomment>
        <translation>Richten Sie in jedem sendenden Dienst, den die Reports nennen, DKIM für Ihre Domain ein (eine eigene Signaturdomain).</translation>
    </message>
    <message>
        <source>Where the service offers it, use a custom return-path (bounce) domain under {domain}, so that SPF aligns too.</source>
        <extracomment>rule reports.esp_unaligned: step (provider)</extracomment>
        <translation>Wo der Dienst es anbietet, verwenden Sie eine eigene Return-Path-Domain (Bounce-Domain) unterhalb von {domain}, damit auch SPF aligned ist.</translation>
    </message>
    <message>
        <source>Where the service offers it, use a custom return-path (bounce) domain under your domain, so that SPF aligns too.</source>
        <extracomment>rule reports.esp_unaligned: step (provider)</extracomment>
        <translation>Wo der Dienst es anbietet, verwenden Sie eine eigene Return-Path-Domain (Bounce-Domain) unterhalb Ihrer Domain, damit auch SPF aligned ist.</translation>
    </message>
    <message>
        <source>Do not tighten the DMARC policy before these services are aligned: their mail would be quarantined or refused.</source>
        <extracomment>rule reports.esp_unaligned: what not to do</extracomment>
        <translation>Verschärfen Sie die DMARC-Richtlinie nicht, bevor diese Dienste aligned sind: Ihre Mail würde in Quarantäne gestellt oder abgewiesen.</translation>
    </message>
    <message>
        <source>Forwarded mail fails DMARC for {domain}</source>
        <extracomment>rule reports.forwarding: title</extracomment>
        <translation>Weitergeleitete Mail besteht DMARC für {domain} nicht</translation>
    </message>
    <message>
        <source>Some sources in the reports look like forwarders or mailing lists: they relay mail sent as {domain}, which breaks SPF, and a list that changes the message breaks DKIM too. This is expected and not a problem of your setup as long as your own mail is DKIM-signed for {domain}.</source>
        <extracomment>rule reports.forwarding: summary</extracomment>
        <translation>Einige Quellen in den Reports sehen nach Weiterleitern oder Mailinglisten aus: Sie leiten als {domain} gesendete Mail weiter, was SPF bricht, und eine Liste, die die Nachricht verändert, bricht auch DKIM. Das ist zu erwarten und kein Problem Ihrer Einrichtung, solange Ihre eigene Mail mit DKIM für {domain} signiert ist.</translation>
    </message>
    <message>
        <source>Make sure all of your own mail is DKIM-signed for {domain}: an aligned signature survives plain forwarding.</source>
        <extracomment>rule reports.forwarding: step (you)</extracomment>
        <translation>Stellen Sie sicher, dass Ihre gesamte eigene Mail mit DKIM für {domain} signiert ist: Eine aligned Signatur übersteht einfache Weiterleitung.</translation>
    </message>
    <message>
        <source>Make sure all of your own mail is DKIM-signed for your domain: an aligned signature survives plain forwarding.</source>
        <extracomment>rule reports.forwarding: step (you)</extracomment>
        <translation>Stellen Sie sicher, dass Ihre gesamte eigene Mail mit DKIM für Ihre Domain signiert ist: Eine aligned Signatur übersteht einfache Weiterleitung.</translation>
    </message>
    <message>
        <source>Do not add the forwarders to your SPF record: they send for many domains.</source>
        <extracomment>rule reports.forwarding: what not to do</extracomment>
        <translation>Nehmen Sie die Weiterleiter nicht in Ihren SPF-Eintrag auf: Sie senden für viele Domains.</translation>
    </message>
    <message>
        <source>TLS sessions to the mail servers of {domain} fail</source>
        <extracomment>rule reports.tls_failures: title</extracomment>
        <translation>TLS-Sitzungen zu den Mailservern von {domain} schlagen fehl</translation>
    </message>
    <message>
        <source>The SMTP TLS reports show sending servers that could not set up the secure connection the policy of {domain} (MTA-STS or DANE) requires. Depending on the policy, that mail was delivered without TLS, delayed or not delivered.</source>
        <extracomment>rule reports.tls_failures: summary</extracomment>
        <translation>Die SMTP-TLS-Reports zeigen sendende Server, die die sichere Verbindung nicht aufbauen konnten, die die Richtlinie von {domain} (MTA-STS oder DANE) verlangt. Je nach Richtlinie wurde diese Mail ohne TLS, verzögert oder gar nicht zugestellt.</translation>
    </message>
    <message>
        <source>Look at the result types in the reports: each names what failed, and the Reports window explains each one.</source>
        <extracomment>rule reports.tls_failures: step (you)</extracomment>
        <translation>Sehen Sie sich die Ergebnistypen in den Reports an: Jeder benennt, was fehlgeschlagen ist, und das Reports-Fenster erklärt jeden einzelnen.</translation>
    </message>
    <message>
        <source>Look at the result types in the reports: each names what failed.</source>
        <extracomment>rule reports.tls_failures: step (you)</extracomment>
        <translation>Sehen Sie sich die Ergebnistypen in den Reports an: Jeder benennt, was fehlgeschlagen ist.</translation>
    </message>
    <message>
        <source>RFC 8460 (SMTP TLS reporting)</source>
        <extracomment>rule reports.tls_failures: link title</extracomment>
        <translation>RFC 8460 (SMTP TLS Reporting)</translation>
    </message>
    <message>
        <source>The TLS reports name the result type {value}.</source>
        <extracomment>rule reports.tls.starttls_not_supported: evidence (tls_failure_types)</extracomment>
        <translation>Die TLS-Reports nennen den Ergebnistyp {value}.</translation>
    </message>
    <message>
        <source>The mail servers of {domain} do not offer STARTTLS to every sender</source>
        <extracomment>rule reports.tls.starttls_not_supported: title</extracomment>
        <translation>Die Mailserver von {domain} bieten nicht jedem Absender STARTTLS an</translation>
    </message>
    <message>
        <source>Senders report the result type starttls-not-supported: a mail server of {domain} did not offer STARTTLS (or the offer was stripped on the way) while the domain&apos;s MTA-STS or DANE policy requires TLS.</source>
        <extracomment>rule reports.tls.starttls_not_supported: summary</extracomment>
        <translation>Absender melden den Ergebnistyp starttls-not-supported: Ein Mailserver von {domain} hat kein STARTTLS angeboten (oder das Angebot wurde unterwegs entfernt), während die MTA-STS- oder DANE-Richtlinie der Domain TLS verlangt.</translation>
    </message>
    <message>
        <source>Enable STARTTLS on every MX host of {domain} (and on every address of each host, IPv4 and IPv6), and check that no firewall or proxy strips it.</source>
        <extracomment>rule reports.tls.starttls_not_supported: step (you)</extracomment>
        <translation>Aktivieren Sie STARTTLS auf jedem MX-Host von {domain} (und auf jeder Adresse jedes Hosts, IPv4 und IPv6), und prüfen Sie, dass keine Firewall und kein Proxy es entfernt.</translation>
    </message>
    <message>
        <source>Enable STARTTLS on every MX host (and on every address of each host), and check that no firewall or proxy strips it.</source>
        <extracomment>rule reports.tls.starttls_not_supported: step (you)</extracomment>
        <translation>Aktivieren Sie STARTTLS auf jedem MX-Host (und auf jeder Adresse jedes Hosts), und prüfen Sie, dass keine Firewall und kein Proxy es entfernt.</translation>
    </message>
    <message>
        <source>The certificate of a mail server of {domain} fails validation</source>
        <extracomment>rule reports.tls.certificate: title</extracomment>
        <translation>Das Zertifikat eines Mailservers von {domain} besteht die Validierung nicht</translation>
    </message>
    <message>
        <source>Senders report certificate failures (a name that does not match the MX host, an expired certificate, an untrusted chain, or another validation failure): under the domain&apos;s MTA-STS policy in enforce mode such mail is not delivered.</source>
        <extracomment>rule reports.tls.certificate: summary</extracomment>
        <translation>Absender melden Zertifikatsfehler (ein Name, der nicht zum MX-Host passt, ein abgelaufenes Zertifikat, eine nicht vertrauenswürdige Kette oder ein anderer Validierungsfehler): Unter der MTA-STS-Richtlinie der Domain im Modus enforce wird solche Mail nicht zugestellt.</translation>
    </message>
    <message>
        <source>Install on every MX host of {domain} a certificate from a public CA that covers the MX host name, with its whole chain, and renew it before it expires.</source>
        <extracomment>rule reports.tls.certificate: step (you)</extracomment>
        <translation>Installieren Sie auf jedem MX-Host von {domain} ein Zertifikat einer öffentlichen CA, das den Namen des MX-Hosts abdeckt, mit seiner vollständigen Kette, und erneuern Sie es, bevor es abläuft.</translation>
    </message>
    <message>
        <source>Install on every MX host a certificate from a public CA that covers the MX host name, with its whole chain, and renew it before it expires.</source>
        <extracomment>rule reports.tls.certificate: step (you)</extracomment>
        <translation>Installieren Sie auf jedem MX-Host ein Zertifikat einer öffentlichen CA, das den Namen des MX-Hosts abdeckt, mit seiner vollständigen Kette, und erneuern Sie es, bevor es abläuft.</translation>
    </message>
    <message>
        <source>DANE validation of the mail servers of {domain} fails</source>
        <extracomment>rule reports.tls.dane: title</extracomment>
        <translation>Die DANE-Validierung der Mailserver von {domain} schlägt fehl</translation>
    </message>
    <message>
        <source>Senders report DANE failures (invalid TLSA records, DNSSEC that does not validate, or a required DANE check that could not be done): DANE senders do not deliver to a host whose TLSA records do not match its certificate.</source>
        <extracomment>rule reports.tls.dane: summary</extracomment>
        <translation>Absender melden DANE-Fehler (ungültige TLSA-Einträge, DNSSEC, das sich nicht validieren lässt, oder eine verlangte DANE-Prüfung, die nicht durchgeführt werden konnte): DANE-Absender stellen nicht an einen Host zu, dessen TLSA-Einträge nicht zu seinem Zertifikat passen.</translation>
    </message>
    <message>
        <source>Make the TLSA records of each MX host of {domain} match the certificate it serves (publish the new key&apos;s record before a rollover), and keep the DNSSEC signatures of the zones valid.</source>
        <extracomment>rule reports.tls.dane: step (you)</extracomment>
        <translation>Sorgen Sie dafür, dass die TLSA-Einträge jedes MX-Hosts von {domain} zu dem Zertifikat passen, das er ausliefert (veröffentlichen Sie den Eintrag des neuen Schlüssels vor einem Schlüsselwechsel), und halten Sie die DNSSEC-Signaturen der Zonen gültig.</translation>
    </message>
    <message>
        <source>Make the TLSA records of each MX host match the certificate it serves, and keep the DNSSEC signatures valid.</source>
        <extracomment>rule reports.tls.dane: step (you)</extracomment>
        <translation>Sorgen Sie dafür, dass die TLSA-Einträge jedes MX-Hosts zu dem Zertifikat passen, das er ausliefert, und halten Sie die DNSSEC-Signaturen gültig.</translation>
    </message>
    <message>
        <source>RFC 7672 (DANE for SMTP)</source>
        <extracomment>rule reports.tls.dane: link title</extracomment>
        <translation>RFC 7672 (DANE für SMTP)</translation>
    </message>
    <message>
        <source>The MTA-STS policy of {domain} cannot be fetched or is invalid</source>
        <extracomment>rule reports.tls.mta_sts: title</extracomment>
        <translation>Die MTA-STS-Richtlinie von {domain} kann nicht abgerufen werden oder ist ungültig</translation>
    </message>
    <message>
        <source>Senders report MTA-STS policy failures: the policy file at https://mta-sts.{domain}/.well-known/mta-sts.txt could not be fetched, is not valid, or its web server&apos;s certificate is not valid.</source>
        <extracomment>rule reports.tls.mta_sts: summary</extracomment>
        <translation>Absender melden Fehler mit der MTA-STS-Richtlinie: Die Richtliniendatei unter https://mta-sts.{domain}/.well-known/mta-sts.txt konnte nicht abgerufen werden, ist ungültig, oder das Zertifikat ihres Webservers ist ungültig.</translation>
    </message>
    <message>
        <source>Serve the policy at https://mta-sts.{domain}/.well-known/mta-sts.txt with a valid certificate for mta-sts.{domain}, and check its syntax (version, mode, mx, max_age).</source>
        <extracomment>rule reports.tls.mta_sts: step (you)</extracomment>
        <translation>Liefern Sie die Richtlinie unter https://mta-sts.{domain}/.well-known/mta-sts.txt mit einem gültigen Zertifikat für mta-sts.{domain} aus, und prüfen Sie ihre Syntax (version, mode, mx, max_age).</translation>
    </message>
    <message>
        <source>Serve the MTA-STS policy over HTTPS with a valid certificate for the mta-sts host, and check its syntax (version, mode, mx, max_age).</source>
        <extracomment>rule reports.tls.mta_sts: step (you)</extracomment>
        <translation>Liefern Sie die MTA-STS-Richtlinie über HTTPS mit einem gültigen Zertifikat für den mta-sts-Host aus, und prüfen Sie ihre Syntax (version, mode, mx, max_age).</translation>
    </message>
    <message>
        <source>RFC 8461 (MTA-STS)</source>
        <extracomment>rule reports.tls.mta_sts: link title</extracomment>
        <translation>RFC 8461 (MTA-STS)</translation>
    </message>
    <message>
        <source>The watch&apos;s database: {value}.</source>
        <extracomment>rule blocklist.spamhaus.xbl: evidence (listed_since)</extracomment>
        <translation>Datenbank der Überwachung: {value}.</translation>
    </message>
    <message>
        <source>Google Postmaster Tools: Gmail users reported {spam_rate} of {postmaster_domain}&apos;s mail as spam on {spam_date} (the limit is 0.3 %).</source>
        <extracomment>rule provider.gmail.complaints_high: evidence (spam_rate_level)</extracomment>
        <translation>Google Postmaster Tools: Gmail-Nutzer haben am {spam_date} {spam_rate} der Mail von {postmaster_domain} als Spam gemeldet (der Grenzwert liegt bei 0,3 %).</translation>
    </message>
    <message>
        <source>Gmail refuses {domain}&apos;s mail: its users report too much of it as spam</source>
        <extracomment>rule provider.gmail.complaints_high: title</extracomment>
        <translation>Gmail weist die Mail von {domain} ab: Die Nutzer melden zu viel davon als Spam</translation>
    </message>
    <message>
        <source>Gmail refused the mail as unsolicited or rate-limited it, and Google Postmaster Tools shows a user-reported spam rate at or over 0.3 %, the limit of Gmail&apos;s bulk-sender rules. Above it Gmail rejects or junks more of the domain&apos;s mail, and mitigation cannot be requested until the rate stays below 0.3 % for seven days. The cause is the mail recipients did not want, not the server or DNS.</source>
        <extracomment>rule provider.gmail.complaints_high: summary</extracomment>
        <translation>Gmail hat die Mail als unerwünscht abgewiesen oder gedrosselt, und Google Postmaster Tools zeigt eine von Nutzern gemeldete Spamrate von 0,3 % oder mehr, dem Grenzwert der Gmail-Regeln für Massenversender. Darüber weist Gmail mehr Mail der Domain ab oder stuft sie als Spam ein, und eine Mitigation kann erst beantragt werden, wenn die Rate sieben Tage lang unter 0,3 % bleibt. Die Ursache ist Mail, die die Empfänger nicht wollten, nicht der Server oder DNS.</translation>
    </message>
    <message>
        <source>Days to weeks: Gmail looks at the spam rate of the last days, so it improves only after the unwanted mail stops.</source>
        <extracomment>rule provider.gmail.complaints_high: recovery</extracomment>
        <translation>Tage bis Wochen: Gmail betrachtet die Spamrate der letzten Tage, daher verbessert sie sich erst, nachdem die unerwünschte Mail aufgehört hat.</translation>
    </message>
    <message>
        <source>Find the mailings that draw the complaints (Postmaster Tools shows the rate per day; a Feedback-ID header shows it per campaign) and stop sending them to recipients who did not ask for them.</source>
        <extracomment>rule provider.gmail.complaints_high: step (you)</extracomment>
        <translation>Finden Sie die Mailings, die die Beschwerden auslösen (Postmaster Tools zeigt die Rate pro Tag, ein Feedback-ID-Header pro Kampagne), und senden Sie sie nicht mehr an Empfänger, die nicht darum gebeten haben.</translation>
    </message>
    <message>
        <source>Make unsubscribing one click (List-Unsubscribe-Post) and honour it within two days; remove recipients who have not opened for months.</source>
        <extracomment>rule provider.gmail.complaints_high: step (you)</extracomment>
        <translation>Ermöglichen Sie die Abmeldung mit einem Klick (List-Unsubscribe-Post) und setzen Sie sie innerhalb von zwei Tagen um; entfernen Sie Empfänger, die seit Monaten nichts geöffnet haben.</translation>
    </message>
    <message>
        <source>When the spam rate has stayed below 0.3 % for seven days, Gmail&apos;s sender support can be asked for mitigation.</source>
        <extracomment>rule provider.gmail.complaints_high: step (you)</extracomment>
        <translation>Wenn die Spamrate sieben Tage lang unter 0,3 % geblieben ist, kann der Sender-Support von Gmail um Mitigation gebeten werden.</translation>
    </message>
    <message>
        <source>Gmail Email sender guidelines</source>
        <extracomment>rule provider.gmail.complaints_high: link title</extracomment>
        <translation>Gmail-Richtlinien für E-Mail-Absender</translation>
    </message>
    <message>
        <source>Do not move the mail to another domain or IP to get around the rate: Gmail follows the reputation, and the new one starts without any.</source>
        <extracomment>rule provider.gmail.complaints_high: what not to do</extracomment>
        <translation>Verlagern Sie die Mail nicht auf eine andere Domain oder IP, um die Rate zu umgehen: Gmail folgt der Reputation, und die neue beginnt ganz ohne Reputation.</translation>
    </message>
    <message>
        <source>Google Postmaster Tools: the compliance requirement &apos;{value}&apos; needs work for {postmaster_domain}.</source>
        <extracomment>rule provider.gmail.compliance_auth: evidence (needs_work)</extracomment>
        <translation>Google Postmaster Tools: Die Compliance-Anforderung „{value}“ muss für {postmaster_domain} nachgebessert werden.</translation>
    </message>
    <message>
        <source>Gmail refuses {domain}&apos;s mail, and Postmaster Tools says its authentication needs work</source>
        <extracomment>rule provider.gmail.compliance_auth: title</extracomment>
        <translation>Gmail weist die Mail von {domain} ab, und laut Postmaster Tools muss die Authentifizierung nachgebessert werden</translation>
    </message>
    <message>
        <source>The bounce comes from Gmail, and Google Postmaster Tools&apos; compliance status for the domain marks an authentication requirement (SPF, DKIM or DMARC) as needing work. Gmail&apos;s bulk-sender rules require all of them; the rows below say which one to fix.</source>
        <extracomment>rule provider.gmail.compliance_auth: summary</extracomment>
        <translation>Der Bounce kommt von Gmail, und der Compliance-Status von Google Postmaster Tools für die Domain markiert eine Authentifizierungsanforderung (SPF, DKIM oder DMARC) als nachbesserungsbedürftig. Die Gmail-Regeln für Massenversender verlangen alle drei; die Zeilen unten zeigen, welche zu beheben ist.</translation>
    </message>
    <message>
        <source>The compliance status updates within a few days after the fix; Gmail accepts authenticated mail at once.</source>
        <extracomment>rule provider.gmail.compliance_auth: recovery</extracomment>
        <translation>Der Compliance-Status wird innerhalb weniger Tage nach der Korrektur aktualisiert; Gmail nimmt authentifizierte Mail sofort an.</translation>
    </message>
    <message>
        <source>Fix the requirement Postmaster Tools marks: publish or correct the SPF record, sign all mail with DKIM for {domain}, publish a DMARC record and make SPF or DKIM align with the From domain.</source>
        <extracomment>rule provider.gmail.compliance_auth: step (you)</extracomment>
        <translation>Beheben Sie die Anforderung, die Postmaster Tools markiert: Veröffentlichen oder korrigieren Sie den SPF-Eintrag, signieren Sie alle Mail mit DKIM für {domain}, veröffentlichen Sie einen DMARC-Eintrag und sorgen Sie dafür, dass SPF oder DKIM zur From-Domain aligned ist.</translation>
    </message>
    <message>
        <source>Check the domain result below: its SPF, DKIM and DMARC findings show what is missing now.</source>
        <extracomment>rule provider.gmail.compliance_auth: step (you)</extracomment>
        <translation>Sehen Sie sich das Domain-Ergebnis unten an: Die Befunde zu SPF, DKIM und DMARC zeigen, was jetzt fehlt.</translation>
    </message>
    <message>
        <source>The watch saw the PTR of {ptr_target} change on {ptr_changed_on}, {value} day(s) before this diagnosis.</source>
        <extracomment>rule rdns.problem: evidence (record_changes.ptr.days_before)</extracomment>
        <translation>Die Überwachung hat am {ptr_changed_on} eine Änderung des PTR von {ptr_target} festgestellt, {value} Tag(e) vor dieser Diagnose.</translation>
    </message>
    <message>
        <source>The watch saw the SPF record of {spf_target} change on {spf_changed_on}, {value} day(s) before this diagnosis.</source>
        <extracomment>rule auth.spf_fail: evidence (record_changes.spf.days_before)</extracomment>
        <translation>Die Überwachung hat am {spf_changed_on} eine Änderung des SPF-Eintrags von {spf_target} festgestellt, {value} Tag(e) vor dieser Diagnose.</translation>
    </message>
    <message>
        <source>The SPF record of {domain} changed {spf_days} day(s) before this bounce</source>
        <extracomment>rule watch.spf_changed_before_bounce: title</extracomment>
        <translation>Der SPF-Eintrag von {domain} hat sich {spf_days} Tag(e) vor diesem Bounce geändert</translation>
    </message>
    <message>
        <source>The receiver refused the mail on authentication grounds, and the watch saw the SPF record of {domain} change on {spf_changed_on}: from &quot;{spf_from}&quot; to &quot;{spf_to}&quot;. A mechanism removed or a typo in the new record is the usual reason mail that passed before fails now.</source>
        <extracomment>rule watch.spf_changed_before_bounce: summary</extracomment>
        <translation>Der Empfänger hat die Mail aus Authentifizierungsgründen abgewiesen, und die Überwachung hat am {spf_changed_on} eine Änderung des SPF-Eintrags von {domain} festgestellt: von „{spf_from}“ zu „{spf_to}“. Ein entfernter Mechanismus oder ein Tippfehler im neuen Eintrag ist der übliche Grund dafür, dass Mail, die vorher bestanden hat, jetzt durchfällt.</translation>
    </message>
    <message>
        <source>As soon as the corrected record&apos;s TTL has passed (usually under an hour).</source>
        <extracomment>rule watch.spf_changed_before_bounce: recovery</extracomment>
        <translation>Sobald die TTL des korrigierten Eintrags abgelaufen ist (meist unter einer Stunde).</translation>
    </message>
    <message>
        <source>Compare the SPF record of {domain} before the change (&quot;{spf_from}&quot;) with the one published now (&quot;{spf_to}&quot;): check that every service that sends as {domain}, including the one that sent this message from {ip}, is still authorised.</source>
        <extracomment>rule watch.spf_changed_before_bounce: step (you)</extracomment>
        <translation>Vergleichen Sie den SPF-Eintrag von {domain} vor der Änderung („{spf_from}“) mit dem jetzt veröffentlichten („{spf_to}“): Prüfen Sie, ob jeder Dienst, der als {domain} sendet, noch autorisiert ist, auch der, der diese Nachricht von {ip} gesendet hat.</translation>
    </message>
    <message>
        <source>Compare the SPF record of {domain} before and after the change the watch saw: check that every service that sends as {domain} is still authorised.</source>
        <extracomment>rule watch.spf_changed_before_bounce: step (you)</extracomment>
        <translation>Vergleichen Sie den SPF-Eintrag von {domain} vor und nach der Änderung, die die Überwachung festgestellt hat: Prüfen Sie, ob jeder Dienst, der als {domain} sendet, noch autorisiert ist.</translation>
    </message>
    <message>
        <source>Fix the record (or restore the previous one), then resend; receivers use the new record as soon as its TTL has passed.</source>
        <extracomment>rule watch.spf_changed_before_bounce: step (you)</extracomment>
        <translation>Korrigieren Sie den Eintrag (oder stellen Sie den vorherigen wieder her) und senden Sie dann erneut; Empfänger verwenden den neuen Eintrag, sobald seine TTL abgelaufen ist.</translation>
    </message>
    <message>
        <source>Do not add &quot;+all&quot; or &quot;?all&quot; to make the failures stop: anyone could then send as {domain}.</source>
        <extracomment>rule watch.spf_changed_before_bounce: what not to do</extracomment>
        <translation>Fügen Sie nicht „+all“ oder „?all“ hinzu, damit die Fehlschläge aufhören: Dann könnte jeder als {domain} senden.</translation>
    </message>
    <message>
        <source>The watch saw the DMARC record of {dmarc_target} change on {dmarc_changed_on}, {value} day(s) before this diagnosis.</source>
        <extracomment>rule auth.dmarc.named: evidence (record_changes.dmarc.days_before)</extracomment>
        <translation>Die Überwachung hat am {dmarc_changed_on} eine Änderung des DMARC-Eintrags von {dmarc_target} festgestellt, {value} Tag(e) vor dieser Diagnose.</translation>
    </message>
    <message>
        <source>The watch saw the DKIM keys of {dkim_target} change on {dkim_changed_on}, {value} day(s) before this diagnosis.</source>
        <extracomment>rule auth.dmarc.named: evidence (record_changes.dkim.days_before)</extracomment>
        <translation>Die Überwachung hat am {dkim_changed_on} eine Änderung der DKIM-Schlüssel von {dkim_target} festgestellt, {value} Tag(e) vor dieser Diagnose.</translation>
    </message>
</context>
<context>
    <name>rebound::data::smtp</name>
    <message>
        <source>Several independent servers do not all go silent at once; the filter is almost certainly near you.</source>
        <extracomment>text blocked_many_hosts</extracomment>
        <translation>Mehrere unabhängige Server verstummen nicht alle gleichzeitig; der Filter liegt fast sicher in Ihrer Nähe.</translation>
    </message>
    <message>
        <source>With one host it may also be that host that is down or filtered.</source>
        <extracomment>text blocked_one_host</extracomment>
        <translation>Bei nur einem Host kann auch dieser Host ausgefallen oder gefiltert sein.</translation>
    </message>
    <message>
        <source>Connection refused by {where}</source>
        <extracomment>finding smtp.connect_refused: title</extracomment>
        <translation>Verbindung von {where} abgelehnt</translation>
    </message>
    <message>
        <source>The host answered the connection attempt with a reset: no mail server listens on this port, or a firewall on the host rejects the connection.</source>
        <extracomment>finding smtp.connect_refused: detail</extracomment>
        <translation>Der Host hat den Verbindungsversuch mit einem Reset beantwortet: Auf diesem Port lauscht kein Mailserver, oder eine Firewall auf dem Host lehnt die Verbindung ab.</translation>
    </message>
    <message>
        <source>No answer from {where}</source>
        <extracomment>finding smtp.connect_timeout: title</extracomment>
        <translation>Keine Antwort von {where}</translation>
    </message>
    <message>
        <source>The connection attempt got no answer before the deadline. The host may be down, or a firewall drops the packets, either near the server or on your own network (many ISPs and cloud providers block outgoing port 25).</source>
        <extracomment>finding smtp.connect_timeout: detail</extracomment>
        <translation>Der Verbindungsversuch erhielt vor Ablauf der Frist keine Antwort. Der Host ist vielleicht ausgefallen, oder eine Firewall verwirft die Pakete, entweder beim Server oder in Ihrem eigenen Netz (viele Provider und Cloud-Anbieter sperren ausgehenden Port 25).</translation>
    </message>
    <message>
        <source>No IPv6 route to {where}</source>
        <extracomment>finding smtp.ipv6_unreachable_locally: title</extracomment>
        <translation>Keine IPv6-Route zu {where}</translation>
    </message>
    <message>
        <source>The connection failed at once with &quot;unreachable&quot;: usually this machine or its network has no working IPv6, so the IPv6 address was not checked. That says nothing about the server; senders with IPv6 will use this address.</source>
        <extracomment>finding smtp.ipv6_unreachable_locally: detail</extracomment>
        <translation>Die Verbindung schlug sofort mit „unreachable“ fehl: Meist hat dieser Rechner oder sein Netz kein funktionierendes IPv6, daher wurde die IPv6-Adresse nicht geprüft. Das sagt nichts über den Server; Absender mit IPv6 werden diese Adresse nutzen.</translation>
    </message>
    <message>
        <source>Network error talking to {where}</source>
        <extracomment>finding smtp.network_error: title</extracomment>
        <translation>Netzwerkfehler bei der Verbindung mit {where}</translation>
    </message>
    <message>
        <source>{error}</source>
        <extracomment>finding smtp.network_error: detail</extracomment>
        <translation>{error}</translation>
    </message>
    <message>
        <source>Port {port} seems blocked on your own network</source>
        <extracomment>finding smtp.port_blocked_locally: title</extracomment>
        <translation>Port {port} scheint in Ihrem eigenen Netz gesperrt</translation>
    </message>
    <message>
        <source>Every connection attempt to port {port} timed out ({addresses} address(es) of {hosts} host(s)) while DNS answered normally. {strength} Most home, office and cloud networks block outgoing port 25: run the probe from a server that may send mail, or ask your network administrator. Until then these timeouts say nothing about the servers.</source>
        <extracomment>finding smtp.port_blocked_locally: detail</extracomment>
        <translation>Jeder Verbindungsversuch zu Port {port} lief in eine Zeitüberschreitung ({addresses} Adresse(n) von {hosts} Host(s)), während DNS normal antwortete. {strength} Die meisten Heim-, Büro- und Cloud-Netze sperren ausgehenden Port 25: Führen Sie die Prüfung von einem Server aus, der Mail senden darf, oder fragen Sie Ihren Netzwerkadministrator. Bis dahin sagen diese Zeitüberschreitungen nichts über die Server.</translation>
    </message>
    <message>
        <source>{where} rejected the connection with {code}</source>
        <extracomment>finding smtp.rejected_at_connect: title</extracomment>
        <translation>{where} hat die Verbindung mit {code} abgewiesen</translation>
    </message>
    <message>
        <source>The server refused this client before any command. A 554 at connect usually means the connecting IP is on a blocklist or in a blocked range; the reply text often names the list and a lookup page. Note that this is the probing machine&apos;s IP, which may not be the IP your mail is sent from.</source>
        <extracomment>finding smtp.rejected_at_connect: detail</extracomment>
        <translation>Der Server hat diesen Client vor jedem Befehl abgewiesen. Ein 554 beim Verbindungsaufbau bedeutet meist, dass die verbindende IP auf einer Blocklist oder in einem gesperrten Bereich steht; der Antworttext nennt oft die Liste und eine Abfrageseite. Beachten Sie, dass dies die IP des prüfenden Rechners ist, die nicht die IP sein muss, von der Ihre Mail gesendet wird.</translation>
    </message>
    <message>
        <source>{where} deferred the client with {code}</source>
        <extracomment>finding smtp.greylisting: title</extracomment>
        <translation>{where} hat den Client mit {code} zurückgestellt</translation>
    </message>
    <message>
        <source>The server asks new clients to come back later (greylisting or a rate limit). A real mail server retries and is accepted; a one-shot sender is not. Greylisting usually shows at RCPT, which this probe never reaches.</source>
        <extracomment>finding smtp.greylisting: detail</extracomment>
        <translation>Der Server bittet neue Clients, später wiederzukommen (Greylisting oder Ratenlimit). Ein echter Mailserver wiederholt und wird angenommen; ein Einmal-Absender nicht. Greylisting zeigt sich meist bei RCPT, das diese Prüfung nie erreicht.</translation>
    </message>
    <message>
        <source>{where} deferred the connection with {code}</source>
        <extracomment>finding smtp.deferred_at_connect: title</extracomment>
        <translation>{where} hat die Verbindung mit {code} zurückgestellt</translation>
    </message>
    <message>
        <source>The server is busy, rate-limiting, or refusing this client for now (421 closes the connection). Senders retry; if it lasts, the text says why.</source>
        <extracomment>finding smtp.deferred_at_connect: detail</extracomment>
        <translation>Der Server ist ausgelastet, drosselt oder lehnt diesen Client vorerst ab (421 schließt die Verbindung). Absender versuchen es erneut; hält es an, sagt der Text, warum.</translation>
    </message>
    <message>
        <source>{where} took {ms} ms to greet</source>
        <extracomment>finding smtp.slow_banner: title</extracomment>
        <translation>{where} brauchte {ms} ms für die Begrüßung</translation>
    </message>
    <message>
        <source>A slow greeting is often deliberate (a greeting delay or tarpit that catches clients that talk too early). It is a fact, not a fault: senders wait up to five minutes (RFC 5321 4.5.3.2.1).</source>
        <extracomment>finding smtp.slow_banner: detail</extracomment>
        <translation>Eine langsame Begrüßung ist oft Absicht (eine Greeting-Verzögerung oder ein Tarpit, der Clients erwischt, die zu früh senden). Das ist eine Tatsache, kein Fehler: Absender warten bis zu fünf Minuten (RFC 5321 4.5.3.2.1).</translation>
    </message>
    <message>
        <source>{where} does not speak ESMTP</source>
        <extracomment>finding smtp.no_esmtp: title</extracomment>
        <translation>{where} spricht kein ESMTP</translation>
    </message>
    <message>
        <source>EHLO was refused, so the server offers no extensions: no STARTTLS, no SIZE, no 8BITMIME. Mail to it travels in plain text.</source>
        <extracomment>finding smtp.no_esmtp: detail</extracomment>
        <translation>EHLO wurde abgelehnt, daher bietet der Server keine Erweiterungen an: kein STARTTLS, kein SIZE, kein 8BITMIME. Mail an ihn wird im Klartext übertragen.</translation>
    </message>
    <message>
        <source>{where} answered EHLO with {code}</source>
        <extracomment>finding smtp.ehlo_refused: title</extracomment>
        <translation>{where} hat EHLO mit {code} beantwortet</translation>
    </message>
    <message>
        <source>The server refused the greeting of this client (the EHLO name or the client&apos;s IP).</source>
        <extracomment>finding smtp.ehlo_refused: detail</extracomment>
        <translation>Der Server hat die Begrüßung dieses Clients abgelehnt (den EHLO-Namen oder die IP des Clients).</translation>
    </message>
    <message>
        <source>{where} stopped answering ({stage})</source>
        <extracomment>finding smtp.timeout: title</extracomment>
        <translation>{where} hat aufgehört zu antworten ({stage})</translation>
    </message>
    <message>
        <source>{where} closed the connection ({stage})</source>
        <extracomment>finding smtp.closed_by_server: title</extracomment>
        <translation>{where} hat die Verbindung geschlossen ({stage})</translation>
    </message>
    <message>
        <source>{where} does not speak SMTP correctly</source>
        <extracomment>finding smtp.protocol_error: title</extracomment>
        <translation>{where} spricht SMTP nicht korrekt</translation>
    </message>
    <message>
        <source>{error}. The probe stopped there.</source>
        <extracomment>finding smtp.protocol_error: detail</extracomment>
        <translation>{error}. Die Prüfung hat dort aufgehört.</translation>
    </message>
    <message>
        <source>{where} sent far too much</source>
        <extracomment>finding smtp.too_much_data: title</extracomment>
        <translation>{where} hat viel zu viel gesendet</translation>
    </message>
    <message>
        <source>The probe could not check TLS</source>
        <extracomment>finding smtp.setup_error: title</extracomment>
        <translation>Die Prüfung konnte TLS nicht prüfen</translation>
    </message>
    <message>
        <source>{where} does not offer STARTTLS</source>
        <extracomment>finding smtp.no_starttls: title</extracomment>
        <translation>{where} bietet kein STARTTLS an</translation>
    </message>
    <message>
        <source>Mail to this server travels unencrypted. Gmail marks such mail with a red padlock, and domains with an MTA-STS or DANE policy cannot be served at all.</source>
        <extracomment>finding smtp.no_starttls: detail</extracomment>
        <translation>Mail an diesen Server wird unverschlüsselt übertragen. Gmail markiert solche Mail mit einem roten Schloss, und Domains mit einer MTA-STS- oder DANE-Richtlinie können gar nicht beliefert werden.</translation>
    </message>
    <message>
        <source>{where} sent data right after its STARTTLS 220</source>
        <extracomment>finding smtp.starttls_injection: title</extracomment>
        <translation>{where} hat direkt nach seinem STARTTLS-220 Daten gesendet</translation>
    </message>
    <message>
        <source>Bytes arrived after &quot;220 ready to start TLS&quot; and before the TLS handshake. RFC 3207 section 4 says a client must discard them: a server (or a device in the path) that sends them shows the command-injection weakness of CVE-2011-0411 and its kin, or a broken proxy.</source>
        <extracomment>finding smtp.starttls_injection: detail</extracomment>
        <translation>Nach „220 ready to start TLS“ und vor dem TLS-Handshake kamen Bytes an. RFC 3207 Abschnitt 4 sagt, ein Client muss sie verwerfen: Ein Server (oder ein Gerät auf dem Weg), der sie sendet, zeigt die Command-Injection-Schwäche von CVE-2011-0411 und Verwandten, oder einen defekten Proxy.</translation>
    </message>
    <message>
        <source>{where} offers STARTTLS but refuses it</source>
        <extracomment>finding smtp.starttls_refused: title</extracomment>
        <translation>{where} bietet STARTTLS an, lehnt es aber ab</translation>
    </message>
    <message>
        <source>STARTTLS is advertised, yet the command is answered with an error (often a missing or unreadable certificate on the server). Senders fall back to plain text or defer.</source>
        <extracomment>finding smtp.starttls_refused: detail</extracomment>
        <translation>STARTTLS wird angeboten, doch der Befehl wird mit einem Fehler beantwortet (oft ein fehlendes oder unlesbares Zertifikat auf dem Server). Absender weichen auf Klartext aus oder stellen zurück.</translation>
    </message>
    <message>
        <source>{where} offers STARTTLS but the TLS handshake fails</source>
        <extracomment>finding smtp.starttls_handshake_failed: title</extracomment>
        <translation>{where} bietet STARTTLS an, aber der TLS-Handshake schlägt fehl</translation>
    </message>
    <message>
        <source>{where}: the TLS handshake fails (implicit TLS)</source>
        <extracomment>finding smtp.starttls_handshake_failed: title_implicit</extracomment>
        <translation>{where}: Der TLS-Handshake schlägt fehl (implizites TLS)</translation>
    </message>
    <message>
        <source>{summary} TLS to {where}: {protocol}, {cipher}</source>
        <extracomment>finding smtp.tls.summary: title</extracomment>
        <translation>{summary} TLS zu {where}: {protocol}, {cipher}</translation>
    </message>
    <message>
        <source>Postfix&apos;s words: Anonymous (no certificate), Untrusted (the chain does not verify), Trusted (it does, but not for this name), Verified (chain and name, or DANE).</source>
        <extracomment>finding smtp.tls.summary: detail</extracomment>
        <translation>In Postfix&apos; Worten: Anonymous (kein Zertifikat), Untrusted (die Kette lässt sich nicht verifizieren), Trusted (sie lässt sich verifizieren, aber nicht für diesen Namen), Verified (Kette und Name, oder DANE).</translation>
    </message>
    <message>
        <source>{where} presents a certificate that does not verify</source>
        <extracomment>finding smtp.tls.untrusted: title</extracomment>
        <translation>{where} zeigt ein Zertifikat, das sich nicht verifizieren lässt</translation>
    </message>
    <message>
        <source>Most senders use opportunistic TLS and deliver anyway, but senders that require verified TLS (MTA-STS enforce, explicit policies) will not.</source>
        <extracomment>finding smtp.tls.untrusted: detail</extracomment>
        <translation>Die meisten Absender nutzen opportunistisches TLS und stellen trotzdem zu, aber Absender, die verifiziertes TLS verlangen (MTA-STS enforce, explizite Richtlinien), tun es nicht.</translation>
    </message>
    <message>
        <source>{where} presents a certificate for another name</source>
        <extracomment>finding smtp.tls.name_mismatch: title</extracomment>
        <translation>{where} zeigt ein Zertifikat für einen anderen Namen</translation>
    </message>
    <message>
        <source>The certificate is not valid for the MX host name (nor the domain). Senders that verify names (MTA-STS) will not deliver.</source>
        <extracomment>finding smtp.tls.name_mismatch: detail</extracomment>
        <translation>Das Zertifikat gilt nicht für den MX-Hostnamen (noch für die Domain). Absender, die Namen prüfen (MTA-STS), stellen nicht zu.</translation>
    </message>
    <message>
        <source>{where}: the certificate expired {days} days ago</source>
        <extracomment>finding smtp.tls.expired: title</extracomment>
        <translation>{where}: Das Zertifikat ist seit {days} Tagen abgelaufen</translation>
    </message>
    <message>
        <source>Renew the certificate; senders that verify will refuse it.</source>
        <extracomment>finding smtp.tls.expired: detail</extracomment>
        <translation>Erneuern Sie das Zertifikat; Absender, die prüfen, lehnen es ab.</translation>
    </message>
    <message>
        <source>{where}: the certificate expires in {days} days</source>
        <extracomment>finding smtp.tls.expiring: title</extracomment>
        <translation>{where}: Das Zertifikat läuft in {days} Tagen ab</translation>
    </message>
    <message>
        <source>Check that renewal is automated.</source>
        <extracomment>finding smtp.tls.expiring: detail</extracomment>
        <translation>Prüfen Sie, ob die Erneuerung automatisiert ist.</translation>
    </message>
    <message>
        <source>{where}: {bits}-bit {type} key</source>
        <extracomment>finding smtp.tls.weak_key: title</extracomment>
        <translation>{where}: {bits}-Bit-{type}-Schlüssel</translation>
    </message>
    <message>
        <source>Keys under 2048 bits are refused by current OpenSSL defaults (security level 2); such senders fail the handshake or fall back to plain text.</source>
        <extracomment>finding smtp.tls.weak_key: detail</extracomment>
        <translation>Schlüssel unter 2048 Bit werden von den aktuellen OpenSSL-Standardeinstellungen abgelehnt (Security Level 2); solche Absender scheitern beim Handshake oder weichen auf Klartext aus.</translation>
    </message>
    <message>
        <source>{where} negotiates {protocol} at best</source>
        <extracomment>finding smtp.tls.old_protocol: title</extracomment>
        <translation>{where} handelt bestenfalls {protocol} aus</translation>
    </message>
    <message>
        <source>TLS 1.0 and 1.1 are disabled by default in current senders (RFC 8996).</source>
        <extracomment>finding smtp.tls.old_protocol: detail</extracomment>
        <translation>TLS 1.0 und 1.1 sind in aktuellen Absendern standardmäßig deaktiviert (RFC 8996).</translation>
    </message>
    <message>
        <source>{where} staples an OCSP response that says its certificate is {status}</source>
        <extracomment>finding smtp.tls.ocsp_not_good: title</extracomment>
        <translation>{where} heftet eine OCSP-Antwort an, die besagt, dass sein Zertifikat {status} ist</translation>
    </message>
    <message>
        <source>The server sends (staples) its CA&apos;s OCSP answer during the handshake, and that answer does not say &apos;good&apos;. Senders that check it refuse the certificate; the CA has to issue a new certificate and the server has to be given it. The staple&apos;s signature is not checked here.</source>
        <extracomment>finding smtp.tls.ocsp_not_good: detail</extracomment>
        <translation>Der Server sendet (heftet an) die OCSP-Antwort seiner CA während des Handshakes, und diese Antwort sagt nicht „good“. Absender, die sie prüfen, lehnen das Zertifikat ab; die CA muss ein neues Zertifikat ausstellen, und der Server muss es erhalten. Die Signatur der angehefteten Antwort wird hier nicht geprüft.</translation>
    </message>
    <message>
        <source>{address} has no reverse DNS</source>
        <extracomment>finding smtp.no_ptr: title</extracomment>
        <translation>{address} hat keinen Reverse DNS</translation>
    </message>
    <message>
        <source>A mail server&apos;s IP should have a PTR record naming the server, and that name should resolve back to the IP. Many receivers refuse mail from IPs without one.</source>
        <extracomment>finding smtp.no_ptr: detail</extracomment>
        <translation>Die IP eines Mailservers sollte einen PTR-Eintrag mit dem Namen des Servers haben, und dieser Name sollte zurück auf die IP auflösen. Viele Empfänger weisen Mail von IPs ohne einen solchen ab.</translation>
    </message>
    <message>
        <source>The banner name {banner} differs from the reverse DNS of {address}</source>
        <extracomment>finding smtp.banner_ptr_mismatch: title</extracomment>
        <translation>Der Banner-Name {banner} weicht vom Reverse DNS von {address} ab</translation>
    </message>
    <message>
        <source>The server greets with a name other than its PTR. Receivers seldom check this, but the name the server uses for EHLO when it sends mail should match the PTR of its sending IP.</source>
        <extracomment>finding smtp.banner_ptr_mismatch: detail</extracomment>
        <translation>Der Server grüßt mit einem anderen Namen als seinem PTR. Empfänger prüfen das selten, aber der Name, den der Server beim Senden für EHLO verwendet, sollte zum PTR seiner sendenden IP passen.</translation>
    </message>
    <message>
        <source>No DNS resolver</source>
        <extracomment>finding smtp.no_resolver: title</extracomment>
        <translation>Kein DNS-Resolver</translation>
    </message>
    <message>
        <source>The host name cannot be resolved without a resolver.</source>
        <extracomment>finding smtp.no_resolver: detail</extracomment>
        <translation>Der Hostname kann ohne Resolver nicht aufgelöst werden.</translation>
    </message>
    <message>
        <source>{host} has no IPv4 or IPv6 address</source>
        <extracomment>finding smtp.host_has_no_address: title</extracomment>
        <translation>{host} hat keine IPv4- oder IPv6-Adresse</translation>
    </message>
    <message>
        <source>Mail cannot be delivered to a host without an address.</source>
        <extracomment>finding smtp.host_has_no_address: detail</extracomment>
        <translation>An einen Host ohne Adresse kann keine Mail zugestellt werden.</translation>
    </message>
    <message>
        <source>{host} could not be resolved</source>
        <extracomment>finding smtp.host_unresolved: title</extracomment>
        <translation>{host} konnte nicht aufgelöst werden</translation>
    </message>
    <message>
        <source>DNS gave no definite answer, so the host could not be checked. This is not a result about the host.</source>
        <extracomment>finding smtp.host_unresolved: detail</extracomment>
        <translation>DNS gab keine eindeutige Antwort, daher konnte der Host nicht geprüft werden. Das ist kein Ergebnis über den Host.</translation>
    </message>
    <message>
        <source>{domain} accepts no mail (null MX)</source>
        <extracomment>finding smtp.null_mx: title</extracomment>
        <translation>{domain} nimmt keine Mail an (Null-MX)</translation>
    </message>
    <message>
        <source>The domain publishes &quot;MX 0 .&quot; (RFC 7505): it says it receives no mail, so there is nothing to probe.</source>
        <extracomment>finding smtp.null_mx: detail</extracomment>
        <translation>Die Domain veröffentlicht „MX 0 .“ (RFC 7505): Sie sagt, dass sie keine Mail empfängt, daher gibt es nichts zu prüfen.</translation>
    </message>
    <message>
        <source>{domain} has no MX record</source>
        <extracomment>finding smtp.implicit_mx: title</extracomment>
        <translation>{domain} hat keinen MX-Eintrag</translation>
    </message>
    <message>
        <source>Senders fall back to the domain&apos;s own address (RFC 5321 5.1). It works, but an explicit MX record is expected and some senders do not fall back.</source>
        <extracomment>finding smtp.implicit_mx: detail</extracomment>
        <translation>Absender weichen auf die eigene Adresse der Domain aus (RFC 5321 5.1). Das funktioniert, aber ein expliziter MX-Eintrag wird erwartet, und manche Absender weichen nicht aus.</translation>
    </message>
    <message>
        <source>{domain} does not exist</source>
        <extracomment>finding smtp.domain_missing: title</extracomment>
        <translation>{domain} existiert nicht</translation>
    </message>
    <message>
        <source>No mail can be delivered to a domain that does not exist.</source>
        <extracomment>finding smtp.domain_missing: detail</extracomment>
        <translation>An eine Domain, die nicht existiert, kann keine Mail zugestellt werden.</translation>
    </message>
    <message>
        <source>The MX records of {domain} could not be read</source>
        <extracomment>finding smtp.mx_unresolved: title</extracomment>
        <translation>Die MX-Einträge von {domain} konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>DNS gave no definite answer ({outcome}); nothing was probed. This is not a result about the mail servers.</source>
        <extracomment>finding smtp.mx_unresolved: detail</extracomment>
        <translation>DNS gab keine eindeutige Antwort ({outcome}); nichts wurde geprüft. Das ist kein Ergebnis über die Mailserver.</translation>
    </message>
    <message>
        <source>The TLS handshake after STARTTLS failed. This is not a missing STARTTLS: the server means to offer TLS and it is broken. Many senders then retry without TLS, some defer the mail.</source>
        <extracomment>finding smtp.starttls_handshake_failed: detail</extracomment>
        <translation>Der TLS-Handshake nach STARTTLS ist fehlgeschlagen. Das ist kein fehlendes STARTTLS: Der Server will TLS anbieten, und es ist kaputt. Viele Absender versuchen es dann ohne TLS erneut, manche stellen die Mail zurück.</translation>
    </message>
    <message>
        <source>The TLS handshake after STARTTLS did not finish in time. This is not a missing STARTTLS: the server means to offer TLS and it is broken. Many senders then retry without TLS, some defer the mail.</source>
        <extracomment>finding smtp.starttls_handshake_failed: detail_timeout</extracomment>
        <translation>Der TLS-Handshake nach STARTTLS wurde nicht rechtzeitig fertig. Das ist kein fehlendes STARTTLS: Der Server will TLS anbieten, und es ist kaputt. Viele Absender versuchen es dann ohne TLS erneut, manche stellen die Mail zurück.</translation>
    </message>
    <message>
        <source>The TLS handshake on this implicit-TLS port failed. Here TLS starts with the first byte, so there is no plain-text fallback: no client can submit mail through this port until it is fixed.</source>
        <extracomment>finding smtp.starttls_handshake_failed: detail_implicit</extracomment>
        <translation>Der TLS-Handshake auf diesem Port mit implizitem TLS ist fehlgeschlagen. Hier beginnt TLS mit dem ersten Byte, es gibt also keinen Rückfall auf Klartext: Kein Client kann über diesen Port Mail einliefern, bis das behoben ist.</translation>
    </message>
    <message>
        <source>The TLS handshake on this implicit-TLS port did not finish in time. Here TLS starts with the first byte, so there is no plain-text fallback: no client can submit mail through this port until it is fixed.</source>
        <extracomment>finding smtp.starttls_handshake_failed: detail_implicit_timeout</extracomment>
        <translation>Der TLS-Handshake auf diesem Port mit implizitem TLS wurde nicht rechtzeitig fertig. Hier beginnt TLS mit dem ersten Byte, es gibt also keinen Rückfall auf Klartext: Kein Client kann über diesen Port Mail einliefern, bis das behoben ist.</translation>
    </message>
    <message>
        <source>{where} matches its DNSSEC-validated TLSA records</source>
        <extracomment>finding smtp.tls.dane_match: title</extracomment>
        <translation>{where} passt zu seinen DNSSEC-validierten TLSA-Einträgen</translation>
    </message>
    <message>
        <source>Senders that do DANE (RFC 7672) authenticate this server by its TLSA records.</source>
        <extracomment>finding smtp.tls.dane_match: detail</extracomment>
        <translation>Absender mit DANE (RFC 7672) authentifizieren diesen Server anhand seiner TLSA-Einträge.</translation>
    </message>
    <message>
        <source>{where} does not match its DNSSEC-validated TLSA records</source>
        <extracomment>finding smtp.tls.dane_mismatch: title</extracomment>
        <translation>{where} passt nicht zu seinen DNSSEC-validierten TLSA-Einträgen</translation>
    </message>
    <message>
        <source>Senders that do DANE (Postfix, Exim, Microsoft, many providers) will not deliver to this host: update the TLSA records before or together with the certificate (publish the new record, wait for the TTL, then change the certificate).</source>
        <extracomment>finding smtp.tls.dane_mismatch: detail</extracomment>
        <translation>Absender mit DANE (Postfix, Exim, Microsoft, viele Anbieter) stellen nicht an diesen Host zu: Aktualisieren Sie die TLSA-Einträge vor oder zusammen mit dem Zertifikat (neuen Eintrag veröffentlichen, die TTL abwarten, dann das Zertifikat wechseln).</translation>
    </message>
    <message>
        <source>The TLSA records of {host} are not DNSSEC-validated</source>
        <extracomment>finding smtp.tls.dane_not_validated: title</extracomment>
        <translation>Die TLSA-Einträge von {host} sind nicht DNSSEC-validiert</translation>
    </message>
    <message>
        <source>{name} answered, but not with a DNSSEC-validated answer (the zone is not signed, its chain of trust is broken, or the trust anchor does not cover it). RFC 7672 senders ignore such records, so DANE does not protect this host, and they were not checked against its certificate.</source>
        <extracomment>finding smtp.tls.dane_not_validated: detail</extracomment>
        <translation>{name} hat geantwortet, aber nicht mit einer DNSSEC-validierten Antwort (die Zone ist nicht signiert, ihre Vertrauenskette ist unterbrochen, oder der Vertrauensanker deckt sie nicht ab). Absender nach RFC 7672 ignorieren solche Einträge; DANE schützt diesen Host also nicht, und die Einträge wurden nicht gegen sein Zertifikat geprüft.</translation>
    </message>
    <message>
        <source>The DNSSEC validation of {name} fails (bogus)</source>
        <extracomment>finding smtp.tls.dane_bogus: title</extracomment>
        <translation>Die DNSSEC-Validierung von {name} schlägt fehl (bogus)</translation>
    </message>
    <message>
        <source>A validating resolver rejects the TLSA answer of {host}: its signatures do not verify or the chain of trust is broken. DANE senders treat this as a failure and defer mail to the host rather than send it without TLSA; fix the zone&apos;s signatures or its DS record at the parent.</source>
        <extracomment>finding smtp.tls.dane_bogus: detail</extracomment>
        <translation>Ein validierender Resolver weist die TLSA-Antwort von {host} zurück: Ihre Signaturen lassen sich nicht verifizieren, oder die Vertrauenskette ist unterbrochen. DANE-Absender werten das als Fehler und stellen Mail an den Host zurück, statt sie ohne TLSA zu senden; korrigieren Sie die Signaturen der Zone oder ihren DS-Eintrag in der übergeordneten Zone.</translation>
    </message>
    <message>
        <source>{host} accepted {address} at RCPT</source>
        <extracomment>finding smtp.mailbox.accepted: title</extracomment>
        <translation>{host} hat {address} bei RCPT angenommen</translation>
    </message>
    <message>
        <source>The server accepted the address and refused a made-up address at the same domain, so it checks its recipients: the mailbox most likely exists now. It can still be full, disabled or filtered at the end of the message; this is what the server said, not a promise of delivery.</source>
        <extracomment>finding smtp.mailbox.accepted: detail</extracomment>
        <translation>Der Server hat die Adresse angenommen und eine erfundene Adresse derselben Domain abgewiesen, prüft also seine Empfänger: Das Postfach existiert höchstwahrscheinlich jetzt. Es kann trotzdem voll, deaktiviert oder am Ende der Nachricht gefiltert sein; das ist, was der Server gesagt hat, kein Zustellversprechen.</translation>
    </message>
    <message>
        <source>{host} refused {address}: {reply}</source>
        <extracomment>finding smtp.mailbox.rejected: title</extracomment>
        <translation>{host} hat {address} abgewiesen: {reply}</translation>
    </message>
    <message>
        <source>The receiving server refused the address before any message was sent. If the reply says the user is unknown, the mailbox does not exist (any more): remove it from your lists. Other permanent refusals (policy, blocklist) are about the sender, not the address.</source>
        <extracomment>finding smtp.mailbox.rejected: detail</extracomment>
        <translation>Der empfangende Server hat die Adresse abgewiesen, bevor eine Nachricht gesendet wurde. Sagt die Antwort, dass der Benutzer unbekannt ist, existiert das Postfach nicht (mehr): Entfernen Sie die Adresse aus Ihren Listen. Andere dauerhafte Abweisungen (Richtlinie, Blocklist) betreffen den Absender, nicht die Adresse.</translation>
    </message>
    <message>
        <source>{host} deferred {address}: {reply}</source>
        <extracomment>finding smtp.mailbox.greylisted: title</extracomment>
        <translation>{host} hat {address} zurückgestellt: {reply}</translation>
    </message>
    <message>
        <source>The server answered with a temporary (4xx) reply: greylisting, a rate limit or a passing problem. Nothing is known about the mailbox; a real message would be retried and usually delivered.</source>
        <extracomment>finding smtp.mailbox.greylisted: detail</extracomment>
        <translation>Der Server gab eine vorübergehende Antwort (4xx): Greylisting, ein Ratenlimit oder ein vorübergehendes Problem. Über das Postfach ist nichts bekannt; eine echte Nachricht würde erneut versucht und meist zugestellt.</translation>
    </message>
    <message>
        <source>{domain} accepts any address: {address} cannot be verified by probing</source>
        <extracomment>finding smtp.mailbox.catch_all: title</extracomment>
        <translation>{domain} nimmt jede Adresse an: {address} lässt sich durch Prüfung nicht verifizieren</translation>
    </message>
    <message>
        <source>The server accepted a made-up address at the same domain too (catch-all). Whether this mailbox exists cannot be told by probing; only a delivered message or an answer from its owner can.</source>
        <extracomment>finding smtp.mailbox.catch_all: detail</extracomment>
        <translation>Der Server hat auch eine erfundene Adresse derselben Domain angenommen (Catch-all). Ob dieses Postfach existiert, lässt sich durch Prüfung nicht feststellen; das zeigt nur eine zugestellte Nachricht oder eine Antwort seines Inhabers.</translation>
    </message>
    <message>
        <source>{address} cannot be verified by probing ({provider})</source>
        <extracomment>finding smtp.mailbox.unverifiable: title</extracomment>
        <translation>{address} lässt sich durch Prüfung nicht verifizieren ({provider})</translation>
    </message>
    <message>
        <source>This provider answers every address with 250 at RCPT and decides later, so a probe says nothing about whether the mailbox exists.</source>
        <extracomment>finding smtp.mailbox.unverifiable: detail</extracomment>
        <translation>Dieser Anbieter beantwortet jede Adresse bei RCPT mit 250 und entscheidet später, daher sagt eine Prüfung nichts darüber, ob das Postfach existiert.</translation>
    </message>
    <message>
        <source>{host} refused the sender {sender}: {reply}</source>
        <extracomment>finding smtp.mailbox.sender_refused: title</extracomment>
        <translation>{host} hat den Absender {sender} abgewiesen: {reply}</translation>
    </message>
    <message>
        <source>The server refused MAIL FROM, so the recipient was never asked. The refusal is about your address or this machine&apos;s IP (often a blocklist, or a policy against dynamic addresses), not about the mailbox.</source>
        <extracomment>finding smtp.mailbox.sender_refused: detail</extracomment>
        <translation>Der Server hat MAIL FROM abgewiesen, daher wurde der Empfänger nie abgefragt. Die Abweisung betrifft Ihre Adresse oder die IP dieses Rechners (oft eine Blocklist oder eine Richtlinie gegen dynamische Adressen), nicht das Postfach.</translation>
    </message>
    <message>
        <source>{domain} receives no mail</source>
        <extracomment>finding smtp.mailbox.no_mail_server: title</extracomment>
        <translation>{domain} empfängt keine Mail</translation>
    </message>
    <message>
        <source>The domain has no mail server (no MX and no address, a null MX, or the domain does not exist): no address at it can receive mail.</source>
        <extracomment>finding smtp.mailbox.no_mail_server: detail</extracomment>
        <translation>Die Domain hat keinen Mailserver (kein MX und keine Adresse, ein Null-MX, oder die Domain existiert nicht): Keine Adresse unter ihr kann Mail empfangen.</translation>
    </message>
    <message>
        <source>{address} could not be probed: {reason}</source>
        <extracomment>finding smtp.mailbox.failed: title</extracomment>
        <translation>{address} konnte nicht geprüft werden: {reason}</translation>
    </message>
    <message>
        <source>No SMTP conversation took place far enough to ask about the recipient, so nothing is known about the mailbox. Outgoing port 25 is often blocked on home and cloud networks.</source>
        <extracomment>finding smtp.mailbox.failed: detail</extracomment>
        <translation>Kein SMTP-Dialog kam weit genug, um nach dem Empfänger zu fragen, daher ist über das Postfach nichts bekannt. Ausgehender Port 25 ist in Heim- und Cloud-Netzen oft gesperrt.</translation>
    </message>
    <message>
        <source>{domain} was probed recently: not probed again for {seconds} s</source>
        <extracomment>finding smtp.mailbox.rate_limited: title</extracomment>
        <translation>{domain} wurde kürzlich geprüft: {seconds} s lang keine erneute Prüfung</translation>
    </message>
    <message>
        <source>Rebound probes each domain at most once per interval, because repeated probes can get your address or IP listed as a directory-harvesting sender.</source>
        <extracomment>finding smtp.mailbox.rate_limited: detail</extracomment>
        <translation>Rebound prüft jede Domain höchstens einmal pro Intervall, weil wiederholte Prüfungen dazu führen können, dass Ihre Adresse oder IP als Directory-Harvesting-Absender gelistet wird.</translation>
    </message>
</context>
<context>
    <name>rebound::diagnosis::BlocklistCheckTask</name>
    <message>
        <source>Cancelled; lists that had answered are kept.</source>
        <translation>Abgebrochen; Listen, die geantwortet hatten, bleiben erhalten.</translation>
    </message>
    <message>
        <source>No blocklist gave a definite answer (timeouts, errors or refusals): check the resolver in Settings.</source>
        <translation>Keine Blocklist gab eine eindeutige Antwort (Zeitüberschreitungen, Fehler oder Verweigerungen): Prüfen Sie den Resolver in den Einstellungen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IP address</source>
        <translation>„%1“ ist keine IP-Adresse</translation>
    </message>
</context>
<context>
    <name>rebound::diagnosis::BlocklistRangeTask</name>
    <message numerus="yes">
        <source>%n more finding(s) in this range</source>
        <translation>
            <numerusform>%n weiterer Befund in diesem Bereich</numerusform>
            <numerusform>%n weitere Befunde in diesem Bereich</numerusform>
        </translation>
    </message>
    <message>
        <source>The table lists every address.</source>
        <translation>Die Tabelle listet jede Adresse.</translation>
    </message>
    <message>
        <source>Cancelled; the addresses checked so far are kept.</source>
        <translation>Abgebrochen; die bisher geprüften Adressen bleiben erhalten.</translation>
    </message>
    <message>
        <source>No blocklist gave a definite answer for any address: check the resolver in Settings.</source>
        <translation>Keine Blocklist gab für irgendeine Adresse eine eindeutige Antwort: Prüfen Sie den Resolver in den Einstellungen.</translation>
    </message>
</context>
<context>
    <name>rebound::diagnosis::CheckPlan</name>
    <message>
        <source>Blocklists and reverse DNS for %1</source>
        <translation>Blocklists und Reverse DNS für %1</translation>
    </message>
    <message>
        <source>SPF, DKIM, DMARC and MX for %1</source>
        <translation>SPF, DKIM, DMARC und MX für %1</translation>
    </message>
    <message>
        <source>SMTP banner and STARTTLS of %1&apos;s mail servers</source>
        <translation>SMTP-Banner und STARTTLS der Mailserver von %1</translation>
    </message>
    <message>
        <source>Route, DKIM, ARC and DMARC of the returned message</source>
        <translation>Route, DKIM, ARC und DMARC der zurückgesendeten Nachricht</translation>
    </message>
    <message>
        <source>Route, DKIM, ARC and DMARC of the message</source>
        <translation>Route, DKIM, ARC und DMARC der Nachricht</translation>
    </message>
    <message>
        <source>Blocklists and reverse DNS for each address of %1</source>
        <translation>Blocklists und Reverse DNS für jede Adresse von %1</translation>
    </message>
    <message>
        <source>Blocklists and reverse DNS for each address</source>
        <translation>Blocklists und Reverse DNS für jede Adresse</translation>
    </message>
    <message>
        <source>MTA-STS policy of %1</source>
        <translation>MTA-STS-Richtlinie von %1</translation>
    </message>
    <message>
        <source>Mailbox probe of %1 (RCPT TO, no message sent)</source>
        <translation>Postfachprüfung von %1 (RCPT TO, keine Nachricht gesendet)</translation>
    </message>
    <message>
        <source>Microsoft SNDS data for %1</source>
        <translation>Microsoft-SNDS-Daten für %1</translation>
    </message>
    <message>
        <source>DMARC report: who sends as the domain, and each source&apos;s SPF and reverse DNS</source>
        <translation>DMARC-Report: wer als die Domain sendet, und SPF und Reverse DNS jeder Quelle</translation>
    </message>
    <message>
        <source>TLS report: failed sessions by result type</source>
        <translation>TLS-Report: fehlgeschlagene Sitzungen nach Ergebnistyp</translation>
    </message>
    <message>
        <source>Google Postmaster Tools data for %1</source>
        <translation>Daten aus Google Postmaster Tools für %1</translation>
    </message>
    <message>
        <source>Watch history of %1</source>
        <translation>Überwachungsverlauf von %1</translation>
    </message>
</context>
<context>
    <name>rebound::diagnosis::CheckTask</name>
    <message>
        <source>%1 is not a public address</source>
        <translation>%1 ist keine öffentliche Adresse</translation>
    </message>
    <message>
        <source>Listed on %1</source>
        <translation>Gelistet auf %1</translation>
    </message>
    <message>
        <source>%1 refused the query: not a listing, not checked</source>
        <translation>%1 hat die Abfrage verweigert: kein Listing, nicht geprüft</translation>
    </message>
    <message>
        <source>%1 could not be checked</source>
        <translation>%1 konnte nicht geprüft werden</translation>
    </message>
    <message>
        <source>%1 has no reverse DNS (PTR)</source>
        <translation>%1 hat keinen Reverse DNS (PTR)</translation>
    </message>
    <message>
        <source>The reverse DNS name of %1 does not resolve back to it</source>
        <translation>Der Reverse-DNS-Name von %1 löst nicht zurück auf diese Adresse auf</translation>
    </message>
    <message>
        <source>Reverse DNS of %1 could not be checked</source>
        <translation>Reverse DNS von %1 konnte nicht geprüft werden</translation>
    </message>
    <message>
        <source>The reverse DNS name %1 looks generic (an end-user address)</source>
        <translation>Der Reverse-DNS-Name %1 wirkt generisch (eine Endkundenadresse)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a CIDR range</source>
        <translation>„%1“ ist kein CIDR-Bereich</translation>
    </message>
    <message>
        <source>The range has more than %1 addresses; check a /22 or smaller.</source>
        <translation>Der Bereich hat mehr als %1 Adressen; prüfen Sie ein /22 oder kleiner.</translation>
    </message>
    <message>
        <source>Only the first %1 addresses are checked.</source>
        <translation>Nur die ersten %1 Adressen werden geprüft.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IP address</source>
        <translation>„%1“ ist keine IP-Adresse</translation>
    </message>
</context>
<context>
    <name>rebound::diagnosis::DiagnosisEngine</name>
    <message>
        <source>The bounce gives the reason: %1</source>
        <translation>Der Bounce nennt den Grund: %1</translation>
    </message>
    <message>
        <source>The server&apos;s words in the bounce: %1</source>
        <translation>Wortlaut des Servers im Bounce: %1</translation>
    </message>
    <message>
        <source>The bounce&apos;s enhanced status code: %1</source>
        <translation>Erweiterter Statuscode im Bounce: %1</translation>
    </message>
    <message>
        <source>The provider&apos;s code in the bounce: %1</source>
        <translation>Anbietercode im Bounce: %1</translation>
    </message>
    <message>
        <source>The bounce names the blocklist %1</source>
        <translation>Der Bounce nennt die Blocklist %1</translation>
    </message>
    <message>
        <source>The bounce says %1: %2</source>
        <translation>Der Bounce sagt %1: %2</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>No DNS server answered any query (resolver: %1)</source>
        <translation>Kein DNS-Server hat auf eine Abfrage geantwortet (Resolver: %1)</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>The bounce names %1, and %2 (%3) now answers: %4</source>
        <translation>Der Bounce nennt %1, und %2 (%3) antwortet jetzt: %4</translation>
    </message>
    <message>
        <source>Could not confirm with a live check: %1. This rests on the bounce text alone.</source>
        <translation>Mit einer Live-Prüfung nicht bestätigt: %1. Dies beruht allein auf dem Bounce-Text.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>Listed on %1 (%2)</source>
        <translation>Gelistet auf %1 (%2)</translation>
    </message>
</context>
<context>
    <name>rebound::diagnosis::DiagnosisRun</name>
    <message>
        <source>Cancelled before it started.</source>
        <translation>Abgebrochen, bevor es begann.</translation>
    </message>
    <message>
        <source>This check is not available in this build.</source>
        <translation>Diese Prüfung ist in diesem Build nicht verfügbar.</translation>
    </message>
</context>
<context>
    <name>rebound::diagnosis::DomainCheckTask</name>
    <message>
        <source>Cancelled before the domain checks finished.</source>
        <translation>Abgebrochen, bevor die Domainprüfungen fertig waren.</translation>
    </message>
</context>
<context>
    <name>rebound::diagnosis::InputDetector</name>
    <message>
        <source>Nothing to check yet</source>
        <translation>Noch nichts zu prüfen</translation>
    </message>
    <message>
        <source>An IPv4 address</source>
        <translation>Eine IPv4-Adresse</translation>
    </message>
    <message>
        <source>An IPv6 address</source>
        <translation>Eine IPv6-Adresse</translation>
    </message>
    <message>
        <source>An address range (CIDR)</source>
        <translation>Ein Adressbereich (CIDR)</translation>
    </message>
    <message>
        <source>An email address</source>
        <translation>Eine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>A domain name</source>
        <translation>Ein Domainname</translation>
    </message>
    <message>
        <source>An internationalised domain name</source>
        <translation>Ein internationalisierter Domainname</translation>
    </message>
    <message numerus="yes">
        <source>A list of %n IP address(es)</source>
        <translation>
            <numerusform>Eine Liste mit %n IP-Adresse</numerusform>
            <numerusform>Eine Liste mit %n IP-Adressen</numerusform>
        </translation>
    </message>
    <message>
        <source>A delivered message or its header block</source>
        <translation>Eine zugestellte Nachricht oder ihr Header-Block</translation>
    </message>
    <message>
        <source>Bounce or SMTP reply text</source>
        <translation>Bounce- oder SMTP-Antworttext</translation>
    </message>
    <message>
        <source>A DMARC aggregate report</source>
        <translation>Ein DMARC-Aggregate-Report</translation>
    </message>
    <message>
        <source>An SMTP TLS report (TLS-RPT)</source>
        <translation>Ein SMTP-TLS-Report (TLS-RPT)</translation>
    </message>
</context>
<context>
    <name>rebound::diagnosis::MailboxCheckTask</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>No SMTP conversation reached the recipient: nothing is known about the mailbox.</source>
        <translation>Kein SMTP-Dialog hat den Empfänger erreicht: Über das Postfach ist nichts bekannt.</translation>
    </message>
    <message numerus="yes">
        <source>Not probed: this domain was probed less than %n minute(s) ago.</source>
        <translation>
            <numerusform>Nicht geprüft: Diese Domain wurde vor weniger als %n Minute geprüft.</numerusform>
            <numerusform>Nicht geprüft: Diese Domain wurde vor weniger als %n Minuten geprüft.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rebound::diagnosis::MessageCheckTask</name>
    <message>
        <source>Cancelled before the message analysis finished.</source>
        <translation>Abgebrochen, bevor die Nachrichtenanalyse fertig war.</translation>
    </message>
</context>
<context>
    <name>rebound::diagnosis::MtaStsCheckTask</name>
    <message>
        <source>Cancelled before the MTA-STS policy was read.</source>
        <translation>Abgebrochen, bevor die MTA-STS-Richtlinie gelesen war.</translation>
    </message>
</context>
<context>
    <name>rebound::diagnosis::PostmasterCheckTask</name>
    <message>
        <source>Google Postmaster Tools could not be read: %1</source>
        <translation>Google Postmaster Tools konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Google has no data for this domain yet.</source>
        <translation>Google hat noch keine Daten für diese Domain.</translation>
    </message>
    <message>
        <source>Google Postmaster Tools could not be read (%1); the data of %2 from the cache is shown.</source>
        <translation>Google Postmaster Tools konnte nicht gelesen werden (%1); angezeigt werden die Daten vom %2 aus dem Cache.</translation>
    </message>
</context>
<context>
    <name>rebound::diagnosis::ReportsCheckTask</name>
    <message>
        <source>Cancelled while reading.</source>
        <translation>Beim Lesen abgebrochen.</translation>
    </message>
    <message>
        <source>No report could be read: %1</source>
        <translation>Kein Report konnte gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cancelled before every source was checked live; the offline analysis.</source>
        <translation>Abgebrochen, bevor jede Quelle live geprüft war; die Offline-Analyse.</translation>
    </message>
</context>
<context>
    <name>rebound::diagnosis::Session</name>
    <message>
        <source>not a Rebound session (schema is missing)</source>
        <translation>keine Rebound-Sitzung (schema fehlt)</translation>
    </message>
    <message>
        <source>this session was written by a newer Rebound (version %1)</source>
        <translation>diese Sitzung wurde von einem neueren Rebound geschrieben (Version %1)</translation>
    </message>
</context>
<context>
    <name>rebound::diagnosis::SmtpCheckTask</name>
    <message>
        <source>Cancelled; the hosts probed so far are kept.</source>
        <translation>Abgebrochen; die bisher geprüften Hosts bleiben erhalten.</translation>
    </message>
    <message>
        <source>Outgoing connections to port %1 time out from this network (often blocked by the ISP or cloud provider): the mail servers could not be checked from here.</source>
        <translation>Ausgehende Verbindungen zu Port %1 laufen von diesem Netz aus in eine Zeitüberschreitung (oft vom Provider oder Cloud-Anbieter gesperrt): Die Mailserver konnten von hier aus nicht geprüft werden.</translation>
    </message>
</context>
<context>
    <name>rebound::diagnosis::SndsCheckTask</name>
    <message>
        <source>Microsoft SNDS could not be read: %1</source>
        <translation>Microsoft SNDS konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Microsoft SNDS could not be read (%1); the data of %2 from the cache is shown.</source>
        <translation>Microsoft SNDS konnte nicht gelesen werden (%1); angezeigt werden die Daten vom %2 aus dem Cache.</translation>
    </message>
</context>
<context>
    <name>rebound::diagnosis::WatchCheckTask</name>
    <message>
        <source>There is no watch database at %1.</source>
        <translation>Unter %1 gibt es keine Überwachungsdatenbank.</translation>
    </message>
    <message>
        <source>The watch database could not be read: %1</source>
        <translation>Die Überwachungsdatenbank konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>rebound::dns</name>
    <message>
        <source>&quot;This network&quot; (RFC 791): not a real source address.</source>
        <translation>„Dieses Netz“ (RFC 791): keine echte Absenderadresse.</translation>
    </message>
    <message>
        <source>Private network (RFC 1918): never seen by receivers on the Internet, so no blocklist lists it. Check the public address your mail leaves from.</source>
        <translation>Privates Netz (RFC 1918): Empfänger im Internet sehen es nie, daher listet keine Blocklist es. Prüfen Sie die öffentliche Adresse, über die Ihre Mail hinausgeht.</translation>
    </message>
    <message>
        <source>Shared address space for carrier-grade NAT (RFC 6598): check the public address of your provider&apos;s NAT instead.</source>
        <translation>Gemeinsamer Adressraum für Carrier-Grade-NAT (RFC 6598): Prüfen Sie stattdessen die öffentliche Adresse des NAT Ihres Providers.</translation>
    </message>
    <message>
        <source>Loopback (RFC 1122): this machine itself, not a sending address.</source>
        <translation>Loopback (RFC 1122): dieser Rechner selbst, keine Absenderadresse.</translation>
    </message>
    <message>
        <source>Link-local (RFC 3927): only valid on one network segment.</source>
        <translation>Link-local (RFC 3927): nur in einem Netzsegment gültig.</translation>
    </message>
    <message>
        <source>IETF protocol assignments (RFC 6890): not a sending address.</source>
        <translation>IETF-Protokollzuweisungen (RFC 6890): keine Absenderadresse.</translation>
    </message>
    <message>
        <source>Documentation range TEST-NET-1 (RFC 5737): used in examples only.</source>
        <translation>Dokumentationsbereich TEST-NET-1 (RFC 5737): nur für Beispiele.</translation>
    </message>
    <message>
        <source>Former 6to4 relay anycast (RFC 7526): deprecated.</source>
        <translation>Ehemaliges 6to4-Relay-Anycast (RFC 7526): veraltet.</translation>
    </message>
    <message>
        <source>Benchmarking range (RFC 2544): not routed on the Internet.</source>
        <translation>Benchmarking-Bereich (RFC 2544): im Internet nicht geroutet.</translation>
    </message>
    <message>
        <source>Documentation range TEST-NET-2 (RFC 5737): used in examples only.</source>
        <translation>Dokumentationsbereich TEST-NET-2 (RFC 5737): nur für Beispiele.</translation>
    </message>
    <message>
        <source>Documentation range TEST-NET-3 (RFC 5737): used in examples only.</source>
        <translation>Dokumentationsbereich TEST-NET-3 (RFC 5737): nur für Beispiele.</translation>
    </message>
    <message>
        <source>Multicast (RFC 5771): never the source of an SMTP connection.</source>
        <translation>Multicast (RFC 5771): nie die Quelle einer SMTP-Verbindung.</translation>
    </message>
    <message>
        <source>Reserved (RFC 1112), including the broadcast address.</source>
        <translation>Reserviert (RFC 1112), einschließlich der Broadcast-Adresse.</translation>
    </message>
    <message>
        <source>The unspecified IPv6 address.</source>
        <translation>Die unspezifizierte IPv6-Adresse.</translation>
    </message>
    <message>
        <source>IPv6 loopback: this machine itself.</source>
        <translation>IPv6-Loopback: dieser Rechner selbst.</translation>
    </message>
    <message>
        <source>IPv4-mapped IPv6 address: check the IPv4 address instead.</source>
        <translation>IPv4-gemappte IPv6-Adresse: Prüfen Sie stattdessen die IPv4-Adresse.</translation>
    </message>
    <message>
        <source>NAT64 well-known prefix (RFC 6052): check the embedded IPv4 address.</source>
        <translation>Bekanntes NAT64-Präfix (RFC 6052): Prüfen Sie die eingebettete IPv4-Adresse.</translation>
    </message>
    <message>
        <source>Discard-only prefix (RFC 6666).</source>
        <translation>Discard-only-Präfix (RFC 6666).</translation>
    </message>
    <message>
        <source>IPv6 documentation prefix (RFC 3849): used in examples only.</source>
        <translation>IPv6-Dokumentationspräfix (RFC 3849): nur für Beispiele.</translation>
    </message>
    <message>
        <source>6to4 (RFC 3056): deprecated transition addresses.</source>
        <translation>6to4 (RFC 3056): veraltete Übergangsadressen.</translation>
    </message>
    <message>
        <source>Unique local IPv6 address (RFC 4193): private, never seen on the Internet.</source>
        <translation>Unique Local IPv6-Adresse (RFC 4193): privat, im Internet nie sichtbar.</translation>
    </message>
    <message>
        <source>IPv6 link-local: only valid on one network segment.</source>
        <translation>IPv6-Link-local: nur in einem Netzsegment gültig.</translation>
    </message>
    <message>
        <source>IPv6 multicast: never the source of an SMTP connection.</source>
        <translation>IPv6-Multicast: nie die Quelle einer SMTP-Verbindung.</translation>
    </message>
</context>
<context>
    <name>rebound::https::HttpsFetcher</name>
    <message>
        <source>No complete answer within %1 s.</source>
        <translation>Keine vollständige Antwort innerhalb von %1 s.</translation>
    </message>
    <message>
        <source>Not an https URL: %1</source>
        <translation>Keine https-URL: %1</translation>
    </message>
    <message>
        <source>Only GET and POST are supported.</source>
        <translation>Nur GET und POST werden unterstützt.</translation>
    </message>
    <message>
        <source>No resolver.</source>
        <translation>Kein Resolver.</translation>
    </message>
    <message>
        <source>%1 has no address (A or AAAA).</source>
        <translation>%1 hat keine Adresse (A oder AAAA).</translation>
    </message>
    <message>
        <source>%1 did not resolve: %2</source>
        <translation>%1 ließ sich nicht auflösen: %2</translation>
    </message>
    <message>
        <source>Not connecting to a private or special-purpose address: %1</source>
        <translation>Keine Verbindung zu einer privaten Adresse oder einer Adresse für besondere Zwecke: %1</translation>
    </message>
    <message>
        <source>No PEM certificate in %1.</source>
        <translation>Kein PEM-Zertifikat in %1.</translation>
    </message>
    <message>
        <source>HTTP %1 redirect to %2 refused (redirects are not followed).</source>
        <translation>HTTP-%1-Umleitung auf %2 abgelehnt (Umleitungen werden nicht verfolgt).</translation>
    </message>
    <message>
        <source>The body is %1 bytes, more than the %2 allowed.</source>
        <translation>Der Body hat %1 Bytes, mehr als die erlaubten %2.</translation>
    </message>
    <message>
        <source>The body is longer than the %1 bytes allowed.</source>
        <translation>Der Body ist länger als die erlaubten %1 Bytes.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>rebound::iphealth</name>
    <message>
        <source>no resolver</source>
        <translation>kein Resolver</translation>
    </message>
    <message>
        <source>no PTR record for %1</source>
        <translation>kein PTR-Eintrag für %1</translation>
    </message>
    <message>
        <source>the PTR lookup failed (%1)</source>
        <translation>die PTR-Abfrage ist fehlgeschlagen (%1)</translation>
    </message>
    <message>
        <source>%1 resolves back to %2</source>
        <translation>%1 löst wieder auf %2 auf</translation>
    </message>
    <message>
        <source>no PTR name resolves back to %1</source>
        <translation>kein PTR-Name löst wieder auf %1 auf</translation>
    </message>
    <message>
        <source>the forward lookups of the PTR names failed</source>
        <translation>die Vorwärtsabfragen der PTR-Namen sind fehlgeschlagen</translation>
    </message>
    <message>
        <source>contains the address&apos;s digits (%1)</source>
        <translation>enthält die Ziffern der Adresse (%1)</translation>
    </message>
    <message>
        <source>word &apos;%1&apos;: %2</source>
        <translation>Wort &apos;%1&apos;: %2</translation>
    </message>
</context>
<context>
    <name>rebound::message</name>
    <message>
        <source>more than 50 ARC fields of one kind (RFC 8617 allows 50 instances)</source>
        <translation>mehr als 50 ARC-Felder einer Art (RFC 8617 erlaubt 50 Instanzen)</translation>
    </message>
    <message>
        <source>two ARC-Seal fields with i=%1</source>
        <translation>zwei ARC-Seal-Felder mit i=%1</translation>
    </message>
    <message>
        <source>two ARC-Message-Signature fields with i=%1</source>
        <translation>zwei ARC-Message-Signature-Felder mit i=%1</translation>
    </message>
    <message>
        <source>two ARC-Authentication-Results fields with i=%1</source>
        <translation>zwei ARC-Authentication-Results-Felder mit i=%1</translation>
    </message>
    <message>
        <source>the ARC instances are not numbered 1 to %1 without gaps</source>
        <translation>die ARC-Instanzen sind nicht lückenlos von 1 bis %1 nummeriert</translation>
    </message>
    <message>
        <source>ARC instance %1 lacks one of its three fields</source>
        <translation>der ARC-Instanz %1 fehlt eines ihrer drei Felder</translation>
    </message>
    <message>
        <source>ARC instance %1 has cv=%2</source>
        <translation>ARC-Instanz %1 hat cv=%2</translation>
    </message>
    <message>
        <source>no key for the newest ARC-Message-Signature</source>
        <translation>kein Schlüssel für die neueste ARC-Message-Signature</translation>
    </message>
    <message>
        <source>the newest ARC-Message-Signature did not verify: %1</source>
        <translation>die neueste ARC-Message-Signature wurde nicht verifiziert: %1</translation>
    </message>
    <message>
        <source>the ARC-Seal of instance %1 did not verify</source>
        <translation>das ARC-Seal der Instanz %1 wurde nicht verifiziert</translation>
    </message>
    <message>
        <source>no authserv-id</source>
        <translation>keine authserv-id</translation>
    </message>
    <message>
        <source>no List-Unsubscribe field</source>
        <translation>kein List-Unsubscribe-Feld</translation>
    </message>
    <message>
        <source>no List-Unsubscribe-Post: List-Unsubscribe=One-Click field</source>
        <translation>kein Feld List-Unsubscribe-Post: List-Unsubscribe=One-Click</translation>
    </message>
    <message>
        <source>List-Unsubscribe-Post is present with an https: URI</source>
        <translation>List-Unsubscribe-Post ist mit einer https:-URI vorhanden</translation>
    </message>
    <message>
        <source>List-Unsubscribe-Post needs an https: URI in List-Unsubscribe</source>
        <translation>List-Unsubscribe-Post braucht eine https:-URI in List-Unsubscribe</translation>
    </message>
    <message>
        <source>a passing DKIM signature&apos;s h= lists both fields</source>
        <translation>das h= einer gültigen DKIM-Signatur führt beide Felder auf</translation>
    </message>
    <message>
        <source>no passing DKIM signature covers both List-Unsubscribe fields</source>
        <translation>keine gültige DKIM-Signatur deckt beide List-Unsubscribe-Felder ab</translation>
    </message>
    <message>
        <source>no From domain</source>
        <translation>keine From-Domain</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no external hop with an IP address in the Received fields</source>
        <translation>kein externer Hop mit IP-Adresse in den Received-Feldern</translation>
    </message>
    <message>
        <source>with %1 from %2</source>
        <translation>mit %1 von %2</translation>
    </message>
    <message>
        <source>no external hop found in the Received fields</source>
        <translation>kein externer Hop in den Received-Feldern gefunden</translation>
    </message>
    <message>
        <source>no Message-ID</source>
        <translation>keine Message-ID</translation>
    </message>
    <message>
        <source>%1 Message-ID fields</source>
        <translation>%1 Message-ID-Felder</translation>
    </message>
    <message>
        <source>no Date field</source>
        <translation>kein Date-Feld</translation>
    </message>
    <message>
        <source>%1 Date fields</source>
        <translation>%1 Date-Felder</translation>
    </message>
    <message>
        <source>the Date does not parse: %1</source>
        <translation>das Date ist nicht lesbar: %1</translation>
    </message>
    <message>
        <source>the Date is more than a day after the message was received</source>
        <translation>das Date liegt mehr als einen Tag nach dem Empfang der Nachricht</translation>
    </message>
    <message>
        <source>the signature&apos;s tag list is malformed: %1</source>
        <translation>die Tag-Liste der Signatur ist fehlerhaft: %1</translation>
    </message>
    <message>
        <source>the required tag %1= is missing</source>
        <translation>das erforderliche Tag %1= fehlt</translation>
    </message>
    <message>
        <source>i= must be an ARC instance from 1 to 50</source>
        <translation>i= muss eine ARC-Instanz von 1 bis 50 sein</translation>
    </message>
    <message>
        <source>v= must be 1; this verifier knows no other DKIM version</source>
        <translation>v= muss 1 sein; dieser Prüfer kennt keine andere DKIM-Version</translation>
    </message>
    <message>
        <source>a=%1 is not a known signing algorithm (rsa-sha256, ed25519-sha256)</source>
        <translation>a=%1 ist kein bekannter Signaturalgorithmus (rsa-sha256, ed25519-sha256)</translation>
    </message>
    <message>
        <source>c=%1 is not a known canonicalization</source>
        <translation>c=%1 ist keine bekannte Kanonisierung</translation>
    </message>
    <message>
        <source>h= does not list From, which RFC 6376 requires every signature to sign</source>
        <translation>h= führt From nicht auf, das laut RFC 6376 jede Signatur signieren muss</translation>
    </message>
    <message>
        <source>b= or bh= is not valid base64</source>
        <translation>b= oder bh= ist kein gültiges Base64</translation>
    </message>
    <message>
        <source>the domain of i= is not d= or a subdomain of it</source>
        <translation>die Domain von i= ist weder d= noch eine Subdomain davon</translation>
    </message>
    <message>
        <source>q= names no query method this verifier knows (dns/txt)</source>
        <translation>q= nennt keine Abfragemethode, die dieser Prüfer kennt (dns/txt)</translation>
    </message>
    <message>
        <source>l= is not a number</source>
        <translation>l= ist keine Zahl</translation>
    </message>
    <message>
        <source>t= is not a number</source>
        <translation>t= ist keine Zahl</translation>
    </message>
    <message>
        <source>x= is not a number</source>
        <translation>x= ist keine Zahl</translation>
    </message>
    <message>
        <source>x= is before t=, which RFC 6376 3.5 forbids</source>
        <translation>x= liegt vor t=, was RFC 6376 3.5 verbietet</translation>
    </message>
    <message>
        <source>the signature expired (x=) before it was checked</source>
        <translation>die Signatur ist abgelaufen (x=), bevor sie geprüft wurde</translation>
    </message>
    <message>
        <source>d= is empty</source>
        <translation>d= ist leer</translation>
    </message>
    <message>
        <source>the key record has v=%1; only DKIM1 exists</source>
        <translation>der Schlüsseleintrag hat v=%1; es gibt nur DKIM1</translation>
    </message>
    <message>
        <source>the key has been revoked (empty p=)</source>
        <translation>der Schlüssel wurde widerrufen (leeres p=)</translation>
    </message>
    <message>
        <source>the key is k=%1 but the signature uses %2</source>
        <translation>der Schlüssel ist k=%1, die Signatur verwendet aber %2</translation>
    </message>
    <message>
        <source>the key cannot be used: %1</source>
        <translation>der Schlüssel ist nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>the key&apos;s s= excludes email</source>
        <translation>das s= des Schlüssels schließt E-Mail aus</translation>
    </message>
    <message>
        <source>the key&apos;s h= does not allow %1</source>
        <translation>das h= des Schlüssels erlaubt %1 nicht</translation>
    </message>
    <message>
        <source>the key&apos;s t=s requires i= to be in d= exactly, not a subdomain</source>
        <translation>das t=s des Schlüssels verlangt, dass i= genau in d= liegt, nicht in einer Subdomain</translation>
    </message>
    <message>
        <source>l= is longer than the body, so the body hash did not verify (RFC 6376 3.5)</source>
        <translation>l= ist länger als der Body, daher wurde der Body-Hash nicht verifiziert (RFC 6376 3.5)</translation>
    </message>
    <message>
        <source>body hash did not verify: the body was changed after signing (a mailing list footer or a rewriting gateway), the headers are intact</source>
        <translation>Body-Hash nicht verifiziert: Der Body wurde nach dem Signieren verändert (ein Mailinglisten-Footer oder ein umschreibendes Gateway), die Header sind unverändert</translation>
    </message>
    <message>
        <source>body hash did not verify, and neither did the header signature</source>
        <translation>Body-Hash nicht verifiziert, und die Header-Signatur ebenso wenig</translation>
    </message>
    <message>
        <source>signature did not verify: a signed header field was changed (the body is intact)</source>
        <translation>Signatur nicht verifiziert: Ein signiertes Header-Feld wurde verändert (der Body ist unverändert)</translation>
    </message>
    <message>
        <source>the signature is mathematically valid, but the key has %1 bits and RFC 8301 forbids accepting keys under 1024 bits</source>
        <translation>die Signatur ist mathematisch gültig, aber der Schlüssel hat %1 Bit, und RFC 8301 verbietet, Schlüssel unter 1024 Bit zu akzeptieren</translation>
    </message>
    <message>
        <source>verified, but with rsa-sha1, which RFC 8301 retired: many receivers treat it as a failure</source>
        <translation>verifiziert, aber mit rsa-sha1, das RFC 8301 ausgemustert hat: Viele Empfänger werten das als Fehlschlag</translation>
    </message>
    <message>
        <source>verified; the key says t=y (testing)</source>
        <translation>verifiziert; der Schlüssel gibt t=y an (Testmodus)</translation>
    </message>
    <message>
        <source>the key lookup failed: %1</source>
        <translation>die Schlüsselabfrage ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>no key for signature at %1</source>
        <translation>kein Schlüssel für die Signatur unter %1</translation>
    </message>
    <message>
        <source>The DKIM signature %1 is weak</source>
        <translation>Die DKIM-Signatur %1 ist schwach</translation>
    </message>
    <message>
        <source>The key is shorter than 2048 bits.</source>
        <translation>Der Schlüssel ist kürzer als 2048 Bit.</translation>
    </message>
    <message>
        <source>DKIM %1 for %2</source>
        <translation>DKIM %1 für %2</translation>
    </message>
    <message>
        <source>%1 DKIM signatures were not evaluated</source>
        <translation>%1 DKIM-Signaturen wurden nicht ausgewertet</translation>
    </message>
    <message>
        <source>Only the first %1 signatures are verified; a message with more is unusual or hostile.</source>
        <translation>Nur die ersten %1 Signaturen werden verifiziert; eine Nachricht mit mehr ist ungewöhnlich oder feindselig.</translation>
    </message>
    <message>
        <source>%1 reported %2=%3; Rebound finds %4</source>
        <translation>%1 meldete %2=%3; Rebound ermittelt %4</translation>
    </message>
    <message>
        <source>The receiver checked when the message arrived; a key or record changed since, or the message was altered after it was received.</source>
        <translation>Der Empfänger hat beim Eingang der Nachricht geprüft; seitdem hat sich ein Schlüssel oder Eintrag geändert, oder die Nachricht wurde nach dem Empfang verändert.</translation>
    </message>
    <message>
        <source>%1 held the message for %2 minutes</source>
        <translation>%1 hielt die Nachricht %2 Minuten lang fest</translation>
    </message>
    <message>
        <source>A long delay between two Received fields is a queue: greylisting, a retry after a deferral, or a slow filter.</source>
        <translation>Eine lange Verzögerung zwischen zwei Received-Feldern ist eine Warteschlange: Greylisting, ein erneuter Versuch nach einer Zurückstellung oder ein langsamer Filter.</translation>
    </message>
    <message>
        <source>%1 stamped a time before the previous hop&apos;s</source>
        <translation>%1 hat eine Zeit vor der des vorherigen Hops eingetragen</translation>
    </message>
    <message>
        <source>One of the servers&apos; clocks is wrong by %1 seconds or more.</source>
        <translation>Die Uhr eines der Server geht um %1 Sekunden oder mehr falsch.</translation>
    </message>
    <message>
        <source>No hop with a public IP address</source>
        <translation>Kein Hop mit öffentlicher IP-Adresse</translation>
    </message>
    <message>
        <source>SPF and reverse DNS need the address the message came from; none of the Received fields names a public one.</source>
        <translation>SPF und Reverse DNS brauchen die Adresse, von der die Nachricht kam; keines der Received-Felder nennt eine öffentliche.</translation>
    </message>
    <message>
        <source>SPF %1 for %2 sending as %3</source>
        <translation>SPF %1 für %2 beim Senden als %3</translation>
    </message>
    <message>
        <source>DMARC fails for %1 (policy %2)</source>
        <translation>DMARC schlägt für %1 fehl (Policy %2)</translation>
    </message>
    <message>
        <source>Neither SPF nor DKIM passed for a domain aligned with the From domain.</source>
        <translation>Weder SPF noch DKIM hat für eine mit der From-Domain aligned Domain bestanden.</translation>
    </message>
    <message>
        <source>No DMARC record for %1</source>
        <translation>Kein DMARC-Eintrag für %1</translation>
    </message>
    <message>
        <source>Gmail and Yahoo require a DMARC record from bulk senders.</source>
        <translation>Gmail und Yahoo verlangen von Massenversendern einen DMARC-Eintrag.</translation>
    </message>
    <message>
        <source>DMARC cannot be evaluated</source>
        <translation>DMARC kann nicht ausgewertet werden</translation>
    </message>
    <message>
        <source>The message has no single From address.</source>
        <translation>Die Nachricht hat keine einzelne From-Adresse.</translation>
    </message>
    <message>
        <source>No header fields</source>
        <translation>Keine Header-Felder</translation>
    </message>
    <message>
        <source>The input does not start with a header block.</source>
        <translation>Die Eingabe beginnt nicht mit einem Header-Block.</translation>
    </message>
    <message>
        <source>Signed with DomainKeys only, not DKIM</source>
        <translation>Nur mit DomainKeys signiert, nicht mit DKIM</translation>
    </message>
    <message>
        <source>DomainKey-Signature (RFC 4870) is historic and no receiver verifies it; sign with DKIM.</source>
        <translation>DomainKey-Signature (RFC 4870) ist historisch und wird von keinem Empfänger verifiziert; signieren Sie mit DKIM.</translation>
    </message>
    <message>
        <source>The ARC chain does not validate</source>
        <translation>Die ARC-Kette ist nicht gültig</translation>
    </message>
    <message>
        <source>Bulk-sender rule not met: %1</source>
        <translation>Regel für Massenversender nicht erfüllt: %1</translation>
    </message>
    <message>
        <source>line %1 bytes into the message is not a header field; the header block ends there</source>
        <translation>die Zeile %1 Byte nach Beginn der Nachricht ist kein Header-Feld; der Header-Block endet dort</translation>
    </message>
    <message>
        <source>a header field is longer than %1 bytes; the header block was cut there</source>
        <translation>ein Header-Feld ist länger als %1 Byte; der Header-Block wurde dort abgeschnitten</translation>
    </message>
    <message>
        <source>%1 header fields beyond the first %2 were not read</source>
        <translation>%1 Header-Felder nach den ersten %2 wurden nicht gelesen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a tag=value pair</source>
        <translation>&apos;%1&apos; ist kein Tag=Wert-Paar</translation>
    </message>
    <message>
        <source>the tag %1= appears twice (RFC 6376 3.2)</source>
        <translation>das Tag %1= kommt zweimal vor (RFC 6376 3.2)</translation>
    </message>
    <message>
        <source>more than %1 tags</source>
        <translation>mehr als %1 Tags</translation>
    </message>
    <message>
        <source>DMARC %1: SPF and DKIM are both aligned</source>
        <translation>DMARC %1: SPF und DKIM sind beide aligned</translation>
    </message>
    <message>
        <source>DMARC %1: SPF is aligned, DKIM is not</source>
        <translation>DMARC %1: SPF ist aligned, DKIM nicht</translation>
    </message>
    <message>
        <source>DMARC %1: DKIM is aligned, SPF is not</source>
        <translation>DMARC %1: DKIM ist aligned, SPF nicht</translation>
    </message>
    <message>
        <source>DMARC %1: neither SPF nor DKIM is aligned</source>
        <translation>DMARC %1: weder SPF noch DKIM ist aligned</translation>
    </message>
    <message>
        <source>ARC i=%1 (%2) recorded %3=%4 for %5; Rebound finds %6</source>
        <translation>ARC i=%1 (%2) hat %3=%4 für %5 festgehalten; Rebound ermittelt %6</translation>
    </message>
    <message>
        <source>The ARC chain validates, so this is what the sealer saw when the message reached it: the message was changed after that (a mailing-list footer or subject tag, a forwarder&apos;s rewrite). Receivers that trust this sealer may use its result instead of their own.</source>
        <translation>Die ARC-Kette ist gültig, also hat der Sealer dies gesehen, als die Nachricht bei ihm eintraf: Die Nachricht wurde danach verändert (ein Mailinglisten-Footer oder Betreff-Tag, eine Umschreibung durch einen Weiterleitungsdienst). Empfänger, die diesem Sealer vertrauen, verwenden womöglich sein Ergebnis statt ihres eigenen.</translation>
    </message>
    <message>
        <source>The ARC chain does not validate, so this record is only a claim: nobody can tell whether the sealer wrote it.</source>
        <translation>Die ARC-Kette ist nicht gültig, daher ist dieser Eintrag nur eine Behauptung: Niemand kann sagen, ob der Sealer ihn geschrieben hat.</translation>
    </message>
    <message>
        <source>This is the copy the bounce returned; the reporting server may have altered it, so this does not show that the message as sent failed.</source>
        <translation>Dies ist die Kopie, die der Bounce zurückgeliefert hat; der meldende Server hat sie womöglich verändert, daher zeigt dies nicht, dass die Nachricht im gesendeten Zustand fehlgeschlagen ist.</translation>
    </message>
    <message>
        <source>The bounce returned only the message&apos;s header fields</source>
        <translation>Der Bounce hat nur die Header-Felder der Nachricht zurückgeliefert</translation>
    </message>
    <message>
        <source>The bounce returned a copy of the message</source>
        <translation>Der Bounce hat eine Kopie der Nachricht zurückgeliefert</translation>
    </message>
    <message>
        <source>The route, the From domain, the DKIM signatures&apos; domains and selectors and the sending address can be trusted. No DKIM signature can pass without the body: verify a copy from the Sent folder instead.</source>
        <translation>Route, From-Domain, Domains und Selektoren der DKIM-Signaturen sowie die sendende Adresse sind vertrauenswürdig. Ohne den Body kann keine DKIM-Signatur bestehen: Verifizieren Sie stattdessen eine Kopie aus dem Ordner „Gesendet“.</translation>
    </message>
    <message>
        <source>The route, the From domain, the DKIM signatures&apos; domains and selectors and the sending address can be trusted. A DKIM pass shows the copy is intact; a failure may come from the reporting server re-encoding the copy: verify a copy from the Sent folder to be sure.</source>
        <translation>Route, From-Domain, Domains und Selektoren der DKIM-Signaturen sowie die sendende Adresse sind vertrauenswürdig. Besteht DKIM, ist die Kopie unversehrt; ein Fehlschlag kann daher rühren, dass der meldende Server die Kopie neu kodiert hat: Verifizieren Sie zur Sicherheit eine Kopie aus dem Ordner „Gesendet“.</translation>
    </message>
</context>
<context>
    <name>rebound::pdf</name>
    <message>
        <source>Rebound · %1</source>
        <translation>Rebound · %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Drawing a PDF needs a QGuiApplication (run headless with QT_QPA_PLATFORM=offscreen).</source>
        <translation>Zum Zeichnen eines PDFs ist eine QGuiApplication nötig (headless mit QT_QPA_PLATFORM=offscreen ausführen).</translation>
    </message>
    <message>
        <source>Could not start drawing the PDF.</source>
        <translation>Das Zeichnen des PDFs konnte nicht beginnen.</translation>
    </message>
    <message>
        <source>Rebound diagnosis session (open it in Rebound)</source>
        <translation>Rebound-Diagnosesitzung (in Rebound öffnen)</translation>
    </message>
    <message>
        <source>Unknown export format for %1: use .pdf, .html, .md, .json or .txt.</source>
        <translation>Unbekanntes Exportformat für %1: Verwenden Sie .pdf, .html, .md, .json oder .txt.</translation>
    </message>
</context>
<context>
    <name>rebound::postmaster::PostmasterAuthorizer</name>
    <message>
        <source>Google granted access but sent no refresh token.</source>
        <translation>Google hat den Zugriff gewährt, aber kein Refresh-Token gesendet.</translation>
    </message>
    <message>
        <source>Google refused the authorization: %1 %2</source>
        <translation>Google hat die Autorisierung verweigert: %1 %2</translation>
    </message>
    <message>
        <source>The token endpoint could not be reached or refused the code.</source>
        <translation>Der Token-Endpunkt war nicht erreichbar oder hat den Code abgelehnt.</translation>
    </message>
    <message>
        <source>No answer from the browser in time.</source>
        <translation>Der Browser hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1 for Google&apos;s answer.</source>
        <translation>Auf 127.0.0.1 kann nicht auf die Antwort von Google gewartet werden.</translation>
    </message>
    <message>
        <source>Google refused the authorization: %1</source>
        <translation>Google hat die Autorisierung verweigert: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>rebound::report::sections</name>
    <message>
        <source>TTL %1</source>
        <translation>TTL %1</translation>
    </message>
    <message>
        <source>rcode %1</source>
        <translation>rcode %1</translation>
    </message>
    <message>
        <source>negative TTL %1</source>
        <translation>negative TTL %1</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>no records</source>
        <translation>keine Einträge</translation>
    </message>
    <message>
        <source>Appendix A: the pasted text</source>
        <translation>Anhang A: der eingefügte Text</translation>
    </message>
    <message>
        <source>Nothing was pasted.</source>
        <translation>Es wurde nichts eingefügt.</translation>
    </message>
    <message>
        <source>As analysed (decoded, line ends normalised). Highlighted and numbered: the spans that support the diagnosis. The text is shown literally; nothing in it was followed or loaded.</source>
        <translation>Wie analysiert (dekodiert, Zeilenenden normalisiert). Hervorgehoben und nummeriert: die Stellen, die die Diagnose stützen. Der Text wird wörtlich gezeigt; nichts darin wurde aufgerufen oder geladen.</translation>
    </message>
    <message>
        <source>As pasted. The text is shown literally; nothing in it was followed or loaded.</source>
        <translation>Wie eingefügt. Der Text wird wörtlich gezeigt; nichts darin wurde aufgerufen oder geladen.</translation>
    </message>
    <message>
        <source>Evidence for</source>
        <translation>Beleg für</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Appendix B: raw DNS answers</source>
        <translation>Anhang B: rohe DNS-Antworten</translation>
    </message>
    <message>
        <source>No raw DNS answers were recorded.</source>
        <translation>Es wurden keine rohen DNS-Antworten aufgezeichnet.</translation>
    </message>
    <message>
        <source>Every answer as the resolver returned it, with TTLs, response codes, the server that answered and the time it took.</source>
        <translation>Jede Antwort, wie der Resolver sie geliefert hat, mit TTLs, Antwortcodes, dem antwortenden Server und der benötigten Zeit.</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Abfrage</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Server, time</source>
        <translation>Server, Zeit</translation>
    </message>
    <message>
        <source>Appendix C: SMTP transcripts</source>
        <translation>Anhang C: SMTP-Mitschnitte</translation>
    </message>
    <message>
        <source>No SMTP conversation was recorded.</source>
        <translation>Es wurde kein SMTP-Dialog aufgezeichnet.</translation>
    </message>
    <message>
        <source>(no SPF record)</source>
        <translation>(kein SPF-Eintrag)</translation>
    </message>
    <message>
        <source>SPF</source>
        <translation>SPF</translation>
    </message>
    <message>
        <source>SPF was not checked.</source>
        <translation>SPF wurde nicht geprüft.</translation>
    </message>
    <message>
        <source>%1 of 10 DNS lookups</source>
        <translation>%1 von 10 DNS-Lookups</translation>
    </message>
    <message>
        <source>%1 of 2 void lookups</source>
        <translation>%1 von 2 Void-Lookups</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>For IP</source>
        <translation>Für IP</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Entschieden durch</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Limits</translation>
    </message>
    <message>
        <source>Evaluation tree</source>
        <translation>Auswertungsbaum</translation>
    </message>
    <message>
        <source>(✓ matched, · did not match, – not evaluated, ✗ error)</source>
        <translation>(✓ zutreffend, · nicht zutreffend, – nicht ausgewertet, ✗ Fehler)</translation>
    </message>
    <message>
        <source>DMARC</source>
        <translation>DMARC</translation>
    </message>
    <message>
        <source>DMARC was not checked.</source>
        <translation>DMARC wurde nicht geprüft.</translation>
    </message>
    <message>
        <source>Found at</source>
        <translation>Gefunden bei</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Auswertung</translation>
    </message>
    <message>
        <source>Alignment</source>
        <translation>Alignment</translation>
    </message>
    <message>
        <source>DKIM</source>
        <translation>DKIM</translation>
    </message>
    <message>
        <source>No DKIM key was checked (no selector was known).</source>
        <translation>Es wurde kein DKIM-Schlüssel geprüft (kein Selektor bekannt).</translation>
    </message>
    <message>
        <source>%1 bits</source>
        <translation>%1 Bit</translation>
    </message>
    <message>
        <source>Selector</source>
        <translation>Selektor</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>MX</source>
        <translation>MX</translation>
    </message>
    <message>
        <source>No MX record.</source>
        <translation>Kein MX-Eintrag.</translation>
    </message>
    <message>
        <source>MX was not checked.</source>
        <translation>MX wurde nicht geprüft.</translation>
    </message>
    <message>
        <source>Preference</source>
        <translation>Präferenz</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <source>TTL (s)</source>
        <translation>TTL (s)</translation>
    </message>
    <message>
        <source>MX records</source>
        <translation>MX-Einträge</translation>
    </message>
    <message>
        <source>MX was not checked in this run.</source>
        <translation>MX wurde in diesem Lauf nicht geprüft.</translation>
    </message>
    <message>
        <source>Domain %1</source>
        <translation>Domain %1</translation>
    </message>
    <message>
        <source>Authentication records</source>
        <translation>Authentifizierungseinträge</translation>
    </message>
    <message>
        <source>The sending domain&apos;s SPF, DKIM, DMARC and MX were not checked in this run.</source>
        <translation>SPF, DKIM, DMARC und MX der sendenden Domain wurden in diesem Lauf nicht geprüft.</translation>
    </message>
    <message>
        <source>Lookup</source>
        <translation>Abfrage</translation>
    </message>
    <message>
        <source>Removal</source>
        <translation>Delisting</translation>
    </message>
    <message>
        <source>IP address %1</source>
        <translation>IP-Adresse %1</translation>
    </message>
    <message>
        <source>Reverse DNS (PTR)</source>
        <translation>Reverse DNS (PTR)</translation>
    </message>
    <message>
        <source>Forward-confirmed</source>
        <translation>Vorwärts bestätigt</translation>
    </message>
    <message>
        <source>Reverse DNS</source>
        <translation>Reverse DNS</translation>
    </message>
    <message>
        <source>Not checked. Reverse DNS is checked for an IP address, or for the sending IP found in a bounce.</source>
        <translation>Nicht geprüft. Reverse DNS wird für eine IP-Adresse geprüft oder für die sendende IP, die in einem Bounce gefunden wurde.</translation>
    </message>
    <message>
        <source>Blocklists and reverse DNS</source>
        <translation>Blocklists und Reverse DNS</translation>
    </message>
    <message>
        <source>The blocklists were not checked in this run.</source>
        <translation>Die Blocklists wurden in diesem Lauf nicht geprüft.</translation>
    </message>
    <message>
        <source>No blocklist result is recorded: the blocklists were not checked.</source>
        <translation>Kein Blocklist-Ergebnis aufgezeichnet: Die Blocklists wurden nicht geprüft.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>the bounce says </source>
        <translation>der Bounce sagt </translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>No cause was identified from the bounce and the checks.</source>
        <translation>Aus dem Bounce und den Prüfungen wurde keine Ursache ermittelt.</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Konfidenz</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Wiederherstellung</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source>Against the alternatives</source>
        <translation>Gegen die Alternativen</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>What not to do</source>
        <translation>Was Sie nicht tun sollten</translation>
    </message>
    <message>
        <source>Findings by area</source>
        <translation>Befunde nach Bereich</translation>
    </message>
    <message>
        <source>No check was run, so nothing was found and nothing was cleared.</source>
        <translation>Es lief keine Prüfung, daher wurde nichts gefunden und nichts entlastet.</translation>
    </message>
    <message>
        <source>Its results are not known: this is not a clean result.</source>
        <translation>Die Ergebnisse sind nicht bekannt: Dies ist kein sauberes Ergebnis.</translation>
    </message>
    <message>
        <source>Nothing to report.</source>
        <translation>Nichts zu berichten.</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Nicht verifiziert</translation>
    </message>
    <message>
        <source>Mail server</source>
        <translation>Mailserver</translation>
    </message>
    <message>
        <source>port %1</source>
        <translation>Port %1</translation>
    </message>
    <message>
        <source>expired %1 days ago</source>
        <translation>seit %1 Tagen abgelaufen</translation>
    </message>
    <message>
        <source>in %1 days</source>
        <translation>in %1 Tagen</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Banner</source>
        <translation>Banner</translation>
    </message>
    <message>
        <source>EHLO extensions</source>
        <translation>EHLO-Erweiterungen</translation>
    </message>
    <message>
        <source>STARTTLS offered</source>
        <translation>STARTTLS angeboten</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>issued by %1</source>
        <translation>ausgestellt von %1</translation>
    </message>
    <message>
        <source>Name matches</source>
        <translation>Name passt</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verifizierung</translation>
    </message>
    <message>
        <source>SMTP and TLS</source>
        <translation>SMTP und TLS</translation>
    </message>
    <message>
        <source>No mail server was probed in this run.</source>
        <translation>In diesem Lauf wurde kein Mailserver geprüft.</translation>
    </message>
    <message>
        <source>The server&apos;s state is not known.</source>
        <translation>Der Zustand des Servers ist nicht bekannt.</translation>
    </message>
    <message>
        <source>bounced for %1</source>
        <translation>unzustellbar an %1</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> und %1 weitere</translation>
    </message>
    <message>
        <source>no findings</source>
        <translation>keine Befunde</translation>
    </message>
    <message>
        <source>%1 findings, %2 serious</source>
        <translation>%1 Befunde, %2 davon schwerwiegend</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>Ergebnis: %1</translation>
    </message>
    <message>
        <source>Most likely cause: %1</source>
        <translation>Wahrscheinlichste Ursache: %1</translation>
    </message>
    <message>
        <source>The run was cancelled; only the finished checks are reported.</source>
        <translation>Der Lauf wurde abgebrochen; nur die fertigen Prüfungen werden berichtet.</translation>
    </message>
    <message>
        <source>What was checked</source>
        <translation>Was geprüft wurde</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Resolver</source>
        <translation>Resolver</translation>
    </message>
    <message>
        <source>Checked from</source>
        <translation>Geprüft von</translation>
    </message>
    <message>
        <source>Rebound version</source>
        <translation>Rebound-Version</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Personenbezogene Daten</translation>
    </message>
    <message>
        <source>masked (local parts of addresses, names, Message-IDs)</source>
        <translation>maskiert (lokale Teile von Adressen, Namen, Message-IDs)</translation>
    </message>
    <message>
        <source>not masked</source>
        <translation>nicht maskiert</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>Angehängt</translation>
    </message>
    <message>
        <source>%1: the machine-readable session; open it in Rebound</source>
        <translation>%1: die maschinenlesbare Sitzung; in Rebound öffnen</translation>
    </message>
    <message>
        <source>Most likely causes</source>
        <translation>Wahrscheinlichste Ursachen</translation>
    </message>
    <message>
        <source>No cause was identified. See the checks below for what could and could not be checked.</source>
        <translation>Es wurde keine Ursache ermittelt. Die Prüfungen unten zeigen, was geprüft werden konnte und was nicht.</translation>
    </message>
    <message>
        <source>%1 less likely causes follow in the Diagnosis section.</source>
        <translation>%1 weniger wahrscheinliche Ursachen folgen im Abschnitt „Diagnose“.</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation>Was jetzt zu tun ist</translation>
    </message>
    <message>
        <source>No steps are known for this cause.</source>
        <translation>Für diese Ursache sind keine Schritte bekannt.</translation>
    </message>
    <message>
        <source>Do not: </source>
        <translation>Nicht tun: </translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>No check was run.</source>
        <translation>Es lief keine Prüfung.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>not evaluated: no sending IP was known</source>
        <translation>nicht ausgewertet: keine sendende IP bekannt</translation>
    </message>
    <message>
        <source>Mail from other hosts</source>
        <translation>Mail von anderen Hosts</translation>
    </message>
    <message>
        <source>Record syntax</source>
        <translation>Syntax des Eintrags</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>No MX host (%1).</source>
        <translation>Kein MX-Host (%1).</translation>
    </message>
    <message>
        <source>(a CNAME to %1)</source>
        <translation>(ein CNAME auf %1)</translation>
    </message>
    <message>
        <source>no address</source>
        <translation>keine Adresse</translation>
    </message>
    <message>
        <source>%1 lists</source>
        <translation>%1 Listen</translation>
    </message>
    <message>
        <source>%1 lists: </source>
        <translation>%1 Listen: </translation>
    </message>
    <message>
        <source>Why not certain</source>
        <translation>Warum nicht sicher</translation>
    </message>
    <message>
        <source>What the receiving server replied</source>
        <translation>Was der empfangende Server geantwortet hat</translation>
    </message>
    <message>
        <source>Permanent (%1). </source>
        <translation>Permanent (%1). </translation>
    </message>
    <message>
        <source>The receiver will refuse this mail again until the cause below is fixed; sending it again unchanged does not help.</source>
        <translation>Der Empfänger wird diese Mail wieder ablehnen, bis die unten genannte Ursache behoben ist; sie unverändert erneut zu senden hilft nicht.</translation>
    </message>
    <message>
        <source>Temporary (%1). </source>
        <translation>Vorübergehend (%1). </translation>
    </message>
    <message>
        <source>The sending server keeps retrying for a while on its own; the cause below says why it was deferred.</source>
        <translation>Der sendende Server versucht es noch eine Weile von selbst erneut; die Ursache unten sagt, warum die Mail zurückgestellt wurde.</translation>
    </message>
    <message>
        <source>Other recipients got %1 other replies; the bounce appendix shows them all.</source>
        <translation>Andere Empfänger erhielten %1 andere Antworten; der Bounce-Anhang zeigt sie alle.</translation>
    </message>
    <message>
        <source>About this run</source>
        <translation>Über diesen Lauf</translation>
    </message>
    <message>
        <source>none answered</source>
        <translation>keiner antwortete</translation>
    </message>
    <message>
        <source>Every DNS query of the run</source>
        <translation>Alle DNS-Abfragen des Laufs</translation>
    </message>
    <message>
        <source>In the order they ended: the server that answered, what it said, the TTL and the records of the type asked.</source>
        <translation>In der Reihenfolge, in der sie endeten: der Server, der antwortete, was er sagte, die TTL und die Einträge des abgefragten Typs.</translation>
    </message>
    <message>
        <source>The first %1 of %2 queries are listed; the session JSON attached to this report keeps %3 of them.</source>
        <translation>Aufgeführt sind die ersten %1 von %2 Abfragen; das diesem Bericht angehängte Sitzungs-JSON enthält %3 davon.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>TTL</source>
        <translation>TTL</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>first external hop</source>
        <translation>erster externer Hop</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Hop</source>
        <translation>Hop</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Durch</translation>
    </message>
    <message>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>Verzögerung</translation>
    </message>
    <message>
        <source>%1-bit key</source>
        <translation>%1-Bit-Schlüssel</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algorithmus</translation>
    </message>
    <message>
        <source>Body hash</source>
        <translation>Body-Hash</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>ARC</source>
        <translation>ARC</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Kette</translation>
    </message>
    <message>
        <source>%1 for %2: sealer %3, Rebound %4</source>
        <translation>%1 für %2: Sealer %3, Rebound %4</translation>
    </message>
    <message>
        <source>i=</source>
        <translation>i=</translation>
    </message>
    <message>
        <source>cv=</source>
        <translation>cv=</translation>
    </message>
    <message>
        <source>Sealed by</source>
        <translation>Versiegelt von</translation>
    </message>
    <message>
        <source>Seal</source>
        <translation>Seal</translation>
    </message>
    <message>
        <source>Message signature</source>
        <translation>Nachrichtensignatur</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Festgehalten von</translation>
    </message>
    <message>
        <source>Compared with Rebound</source>
        <translation>Abgleich mit Rebound</translation>
    </message>
    <message>
        <source>trusted (the receiver)</source>
        <translation>vertrauenswürdig (der Empfänger)</translation>
    </message>
    <message>
        <source>a claim</source>
        <translation>eine Behauptung</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Geschrieben von</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Vertrauen</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>for %1 sending as %2</source>
        <translation>für %1 beim Senden als %2</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>für %1</translation>
    </message>
    <message>
        <source>SPF aligned</source>
        <translation>SPF aligned</translation>
    </message>
    <message>
        <source>DKIM aligned</source>
        <translation>DKIM aligned</translation>
    </message>
    <message>
        <source>DMARC policy</source>
        <translation>DMARC-Richtlinie</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>The message was not analysed.</source>
        <translation>Die Nachricht wurde nicht analysiert.</translation>
    </message>
    <message>
        <source>This is the header block a bounce returned. The route, the domains and the sending address can be trusted; no DKIM signature can pass without the body.</source>
        <translation>Dies ist der Header-Block, den ein Bounce zurückgeliefert hat. Route, Domains und sendende Adresse sind vertrauenswürdig; ohne den Body kann keine DKIM-Signatur bestehen.</translation>
    </message>
    <message>
        <source>This is the copy a bounce returned. The route, the domains and the sending address can be trusted; a DKIM failure may come from the reporting server re-encoding the copy.</source>
        <translation>Dies ist die Kopie, die ein Bounce zurückgeliefert hat. Route, Domains und sendende Adresse sind vertrauenswürdig; ein DKIM-Fehlschlag kann daher rühren, dass der meldende Server die Kopie neu kodiert hat.</translation>
    </message>
    <message>
        <source>Route (oldest hop first)</source>
        <translation>Route (ältester Hop zuerst)</translation>
    </message>
    <message>
        <source>No Received fields.</source>
        <translation>Keine Received-Felder.</translation>
    </message>
    <message>
        <source>DKIM signatures</source>
        <translation>DKIM-Signaturen</translation>
    </message>
    <message>
        <source>The message is not signed.</source>
        <translation>Die Nachricht ist nicht signiert.</translation>
    </message>
    <message>
        <source>Authentication-Results</source>
        <translation>Authentication-Results</translation>
    </message>
    <message>
        <source>No Authentication-Results fields.</source>
        <translation>Keine Authentication-Results-Felder.</translation>
    </message>
    <message>
        <source>SPF and DMARC</source>
        <translation>SPF und DMARC</translation>
    </message>
    <message>
        <source>Bulk-sender checklist</source>
        <translation>Checkliste für Massenversender</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>DMARC for %1</source>
        <translation>DMARC für %1</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>DMARC pass rate</source>
        <translation>DMARC-Erfolgsquote</translation>
    </message>
    <message>
        <source>Source IP</source>
        <translation>Quell-IP</translation>
    </message>
    <message>
        <source>Failed DMARC</source>
        <translation>DMARC nicht bestanden</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Einstufung</translation>
    </message>
    <message>
        <source>DMARC and TLS reports</source>
        <translation>DMARC- und TLS-Reports</translation>
    </message>
    <message>
        <source>TLS reports</source>
        <translation>TLS-Reports</translation>
    </message>
    <message>
        <source>Policy domain</source>
        <translation>Richtliniendomain</translation>
    </message>
    <message>
        <source>Successful sessions</source>
        <translation>Erfolgreiche Sitzungen</translation>
    </message>
    <message>
        <source>Failed sessions</source>
        <translation>Fehlgeschlagene Sitzungen</translation>
    </message>
    <message>
        <source>Organizational domain</source>
        <translation>Organisationsdomain</translation>
    </message>
    <message>
        <source>%1 (DNS tree walk, RFC 9989)</source>
        <translation>%1 (DNS-Tree-Walk, RFC 9989)</translation>
    </message>
    <message>
        <source>Older receivers</source>
        <translation>Ältere Empfänger</translation>
    </message>
    <message>
        <source>organizational domain %1 (Public Suffix List), policy %2</source>
        <translation>Organisationsdomain %1 (Public Suffix List), Richtlinie %2</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>keine gefunden</translation>
    </message>
    <message>
        <source>the message&apos;s DKIM signature</source>
        <translation>die DKIM-Signatur der Nachricht</translation>
    </message>
    <message>
        <source>given</source>
        <translation>vorgegeben</translation>
    </message>
    <message>
        <source>the list of common selectors</source>
        <translation>die Liste gängiger Selektoren</translation>
    </message>
    <message>
        <source>the provider %1 (from the MX hosts or SPF includes)</source>
        <translation>den Anbieter %1 (aus den MX-Hosts oder SPF-includes)</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>Gefunden über</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>MTA-STS</source>
        <translation>MTA-STS</translation>
    </message>
    <message>
        <source>Fetch</source>
        <translation>Abruf</translation>
    </message>
    <message>
        <source>valid for the policy host</source>
        <translation>gültig für den Richtlinien-Host</translation>
    </message>
    <message>
        <source>not valid for the policy host</source>
        <translation>nicht gültig für den Richtlinien-Host</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>max_age</source>
        <translation>max_age</translation>
    </message>
    <message>
        <source>MX patterns</source>
        <translation>MX-Muster</translation>
    </message>
    <message>
        <source>covered</source>
        <translation>abgedeckt</translation>
    </message>
    <message>
        <source>not covered</source>
        <translation>nicht abgedeckt</translation>
    </message>
    <message>
        <source>MX host</source>
        <translation>MX-Host</translation>
    </message>
    <message>
        <source>BIMI</source>
        <translation>BIMI</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>SVG Tiny PS</source>
        <translation>SVG Tiny PS</translation>
    </message>
    <message>
        <source>conforms</source>
        <translation>konform</translation>
    </message>
    <message>
        <source>does not conform</source>
        <translation>nicht konform</translation>
    </message>
    <message>
        <source>Mark certificate</source>
        <translation>Markenzertifikat</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verifiziert</translation>
    </message>
    <message>
        <source>Logo in the certificate</source>
        <translation>Logo im Zertifikat</translation>
    </message>
    <message>
        <source>the published SVG</source>
        <translation>das veröffentlichte SVG</translation>
    </message>
    <message>
        <source>another SVG</source>
        <translation>ein anderes SVG</translation>
    </message>
    <message>
        <source>Recipient domain %1</source>
        <translation>Empfängerdomain %1</translation>
    </message>
    <message>
        <source>Mailbox probe</source>
        <translation>Postfachprüfung</translation>
    </message>
    <message>
        <source>Nothing is known about the mailbox.</source>
        <translation>Über das Postfach ist nichts bekannt.</translation>
    </message>
    <message>
        <source>MAIL FROM</source>
        <translation>MAIL FROM</translation>
    </message>
    <message>
        <source>RCPT TO</source>
        <translation>RCPT TO</translation>
    </message>
    <message>
        <source>RCPT TO (made-up address)</source>
        <translation>RCPT TO (erfundene Adresse)</translation>
    </message>
    <message>
        <source>Accepts every address</source>
        <translation>Nimmt jede Adresse an</translation>
    </message>
    <message>
        <source>Rebound asked the recipient&apos;s mail server about the address (MAIL FROM with your address, RCPT TO, then RSET): no message was sent. An accepted address is what the server said at that moment, not a promise of delivery.</source>
        <translation>Rebound hat den Mailserver des Empfängers nach der Adresse gefragt (MAIL FROM mit Ihrer Adresse, RCPT TO, dann RSET): Es wurde keine Nachricht gesendet. Eine angenommene Adresse gibt wieder, was der Server in diesem Moment gesagt hat, und ist kein Zustellversprechen.</translation>
    </message>
    <message>
        <source>DNSSEC bogus</source>
        <translation>DNSSEC bogus</translation>
    </message>
    <message>
        <source>not DNSSEC-validated: not checked</source>
        <translation>nicht DNSSEC-validiert: nicht geprüft</translation>
    </message>
    <message>
        <source>matches</source>
        <translation>passt</translation>
    </message>
    <message>
        <source>does not match</source>
        <translation>passt nicht</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>DANE (TLSA)</source>
        <translation>DANE (TLSA)</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Grün</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Gelb</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Rot</translation>
    </message>
    <message>
        <source>No data for this IP</source>
        <translation>Keine Daten für diese IP</translation>
    </message>
    <message>
        <source>Microsoft SNDS</source>
        <translation>Microsoft SNDS</translation>
    </message>
    <message>
        <source>Microsoft&apos;s data for this IP is not known.</source>
        <translation>Die Daten von Microsoft zu dieser IP sind nicht bekannt.</translation>
    </message>
    <message>
        <source>Filter result</source>
        <translation>Filterergebnis</translation>
    </message>
    <message>
        <source>Complaint rate</source>
        <translation>Beschwerderate</translation>
    </message>
    <message>
        <source>Trap hits</source>
        <translation>Spamfallen-Treffer</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Blocked by Microsoft</source>
        <translation>Von Microsoft gesperrt</translation>
    </message>
    <message>
        <source>yes: %1</source>
        <translation>ja: %1</translation>
    </message>
    <message>
        <source>Sample HELO, MAIL FROM</source>
        <translation>Stichprobe HELO, MAIL FROM</translation>
    </message>
    <message>
        <source>Data of</source>
        <translation>Daten vom</translation>
    </message>
    <message>
        <source>(from the cache)</source>
        <translation>(aus dem Cache)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1: at or over Gmail&apos;s 0.3 % limit</source>
        <translation>%1: Gmail-Grenzwert von 0,3 % erreicht oder überschritten</translation>
    </message>
    <message>
        <source>%1: over Gmail&apos;s 0.1 % target</source>
        <translation>%1: über dem Gmail-Zielwert von 0,1 %</translation>
    </message>
    <message>
        <source>%1: under Gmail&apos;s 0.1 % target</source>
        <translation>%1: unter dem Gmail-Zielwert von 0,1 %</translation>
    </message>
    <message>
        <source>Compliant</source>
        <translation>Erfüllt</translation>
    </message>
    <message>
        <source>Needs work</source>
        <translation>Nachbesserung nötig</translation>
    </message>
    <message>
        <source>Google Postmaster Tools</source>
        <translation>Google Postmaster Tools</translation>
    </message>
    <message>
        <source>What Gmail measured for this domain is not known.</source>
        <translation>Was Gmail für diese Domain gemessen hat, ist nicht bekannt.</translation>
    </message>
    <message>
        <source>User-reported spam rate</source>
        <translation>Von Nutzern gemeldete Spamrate</translation>
    </message>
    <message>
        <source>SPF authentication rate</source>
        <translation>SPF-Authentifizierungsrate</translation>
    </message>
    <message>
        <source>DKIM authentication rate</source>
        <translation>DKIM-Authentifizierungsrate</translation>
    </message>
    <message>
        <source>DMARC authentication rate</source>
        <translation>DMARC-Authentifizierungsrate</translation>
    </message>
    <message>
        <source>TLS encryption rate</source>
        <translation>TLS-Verschlüsselungsrate</translation>
    </message>
    <message>
        <source>Delivery error rate</source>
        <translation>Zustellfehlerrate</translation>
    </message>
    <message>
        <source>Google has no compliance status for this domain.</source>
        <translation>Google hat keinen Compliance-Status für diese Domain.</translation>
    </message>
    <message>
        <source>Gmail sender requirement</source>
        <translation>Gmail-Absenderanforderung</translation>
    </message>
    <message>
        <source>%1 trap hits</source>
        <translation>%1 Spamfallen-Treffer</translation>
    </message>
    <message>
        <source>blocked by Microsoft: %1</source>
        <translation>von Microsoft gesperrt: %1</translation>
    </message>
    <message>
        <source>data of %1</source>
        <translation>Daten vom %1</translation>
    </message>
    <message>
        <source>Watch history</source>
        <translation>Überwachungsverlauf</translation>
    </message>
    <message>
        <source>The watch&apos;s database could not be read.</source>
        <translation>Die Datenbank der Überwachung konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Every check the watch makes of this target is sound.</source>
        <translation>Jede Prüfung, die die Überwachung für dieses Ziel vornimmt, ist in Ordnung.</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Latest changes, newest first:</source>
        <translation>Letzte Änderungen, neueste zuerst:</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>From → to</source>
        <translation>Alt → neu</translation>
    </message>
</context>
<context>
    <name>rebound::report::words</name>
    <message>
        <source>[cut here: %1 more characters, %2 more lines; the attached session JSON has all of it]</source>
        <translation>[hier gekürzt: %1 weitere Zeichen, %2 weitere Zeilen; das angehängte Sitzungs-JSON enthält alles]</translation>
    </message>
    <message>
        <source>The PDF&apos;s cross-reference chain is broken or too long.</source>
        <translation>Die Querverweiskette des PDFs ist defekt oder zu lang.</translation>
    </message>
    <message>
        <source>The PDF uses a cross-reference stream, which is not supported.</source>
        <translation>Das PDF verwendet einen Querverweis-Stream, der nicht unterstützt wird.</translation>
    </message>
    <message>
        <source>The PDF&apos;s cross-reference table is malformed.</source>
        <translation>Die Querverweistabelle des PDFs ist fehlerhaft.</translation>
    </message>
    <message>
        <source>The PDF&apos;s cross-reference table is cut short.</source>
        <translation>Die Querverweistabelle des PDFs ist abgeschnitten.</translation>
    </message>
    <message>
        <source>The PDF&apos;s trailer is malformed.</source>
        <translation>Der Trailer des PDFs ist fehlerhaft.</translation>
    </message>
    <message>
        <source>The PDF has no usable trailer.</source>
        <translation>Das PDF hat keinen brauchbaren Trailer.</translation>
    </message>
    <message>
        <source>The PDF or the attachment is too large.</source>
        <translation>Das PDF oder der Anhang ist zu groß.</translation>
    </message>
    <message>
        <source>The PDF has no readable catalog.</source>
        <translation>Das PDF hat keinen lesbaren Katalog.</translation>
    </message>
    <message>
        <source>The PDF already has a name dictionary; attaching is not supported.</source>
        <translation>Das PDF hat bereits ein Namensverzeichnis; Anhängen wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>Not a PDF file.</source>
        <translation>Keine PDF-Datei.</translation>
    </message>
    <message>
        <source>The PDF has no embedded file named %1.</source>
        <translation>Das PDF hat keine eingebettete Datei namens %1.</translation>
    </message>
    <message>
        <source>The embedded file&apos;s length is missing or wrong.</source>
        <translation>Die Länge der eingebetteten Datei fehlt oder ist falsch.</translation>
    </message>
    <message>
        <source>The embedded file uses an unsupported filter.</source>
        <translation>Die eingebettete Datei verwendet einen nicht unterstützten Filter.</translation>
    </message>
    <message>
        <source>The embedded file is too large.</source>
        <translation>Die eingebettete Datei ist zu groß.</translation>
    </message>
    <message>
        <source>The embedded file could not be decompressed.</source>
        <translation>Die eingebettete Datei konnte nicht entpackt werden.</translation>
    </message>
    <message>
        <source>Email deliverability report</source>
        <translation>Bericht zur E-Mail-Zustellbarkeit</translation>
    </message>
    <message>
        <source>Bounce for mail sent from %1</source>
        <translation>Bounce zu einer von %1 gesendeten Mail</translation>
    </message>
    <message>
        <source>Rebound %1 · session %2 · generated %3</source>
        <translation>Rebound %1 · Sitzung %2 · erstellt %3</translation>
    </message>
    <message>
        <source>SMTP transcripts</source>
        <translation>SMTP-Mitschnitte</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Problem found</source>
        <translation>Problem gefunden</translation>
    </message>
    <message>
        <source>Could not check everything</source>
        <translation>Konnte nicht alles prüfen</translation>
    </message>
    <message>
        <source>No problem found</source>
        <translation>Kein Problem gefunden</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Could not run</source>
        <translation>Konnte nicht laufen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Not finished</source>
        <translation>Nicht fertig</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>Your ESP or host</source>
        <translation>Ihr ESP oder Hoster</translation>
    </message>
    <message>
        <source>The recipient&apos;s admin</source>
        <translation>Der Admin des Empfängers</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Jeder</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>(not a web link, not clickable)</source>
        <translation>(kein Weblink, nicht anklickbar)</translation>
    </message>
    <message>
        <source>This program cannot draw PDF reports (no PDF renderer is built in).</source>
        <translation>Dieses Programm kann keine PDF-Berichte zeichnen (kein PDF-Renderer eingebaut).</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Not a Rebound session: %1</source>
        <translation>Keine Rebound-Sitzung: %1</translation>
    </message>
    <message>
        <source>Not a Rebound session (no &quot;schema&quot;: &quot;rebound.session&quot;).</source>
        <translation>Keine Rebound-Sitzung (kein &quot;schema&quot;: &quot;rebound.session&quot;).</translation>
    </message>
    <message>
        <source>The file is larger than 64 MiB.</source>
        <translation>Die Datei ist größer als 64 MiB.</translation>
    </message>
    <message>
        <source>[%1 more entries were not kept]</source>
        <translation>[%1 weitere Einträge wurden nicht behalten]</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Reply code</source>
        <translation>Antwortcode</translation>
    </message>
    <message>
        <source>Enhanced status</source>
        <translation>Erweiterter Statuscode</translation>
    </message>
    <message>
        <source>Server&apos;s words</source>
        <translation>Wortlaut des Servers</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>SMTP command</source>
        <translation>SMTP-Befehl</translation>
    </message>
    <message>
        <source>Refusing server</source>
        <translation>Abweisender Server</translation>
    </message>
    <message>
        <source>Sending IP</source>
        <translation>Sendende IP</translation>
    </message>
    <message>
        <source>Blocklist named</source>
        <translation>Genannte Blocklist</translation>
    </message>
    <message>
        <source>Provider code</source>
        <translation>Anbietercode</translation>
    </message>
    <message>
        <source>Blocklists named</source>
        <translation>Genannte Blocklists</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Permanent</source>
        <translation>Dauerhaft</translation>
    </message>
    <message>
        <source>Input refused: nothing was analysed</source>
        <translation>Eingabe abgelehnt: nichts wurde analysiert</translation>
    </message>
    <message>
        <source>Nothing recognised: no bounce, reply or log line in the input</source>
        <translation>Nichts erkannt: kein Bounce, keine Antwort und keine Logzeile in der Eingabe</translation>
    </message>
    <message>
        <source>verified by a live lookup</source>
        <translation>durch eine Live-Abfrage bestätigt</translation>
    </message>
    <message>
        <source>inferred from the bounce text, confidence %1%</source>
        <translation>aus dem Bounce-Text abgeleitet, Konfidenz %1 %</translation>
    </message>
    <message>
        <source>inferred from the checks, confidence %1%</source>
        <translation>aus den Prüfungen abgeleitet, Konfidenz %1 %</translation>
    </message>
    <message>
        <source>confidence %1%</source>
        <translation>Konfidenz %1 %</translation>
    </message>
</context>
<context>
    <name>rebound::secrets::SecretStore</name>
    <message>
        <source>the keychain did not answer within %1 s</source>
        <translation>der Schlüsselbund hat nicht innerhalb von %1 s geantwortet</translation>
    </message>
    <message>
        <source>cannot make %1 readable by its owner only</source>
        <translation>%1 kann nicht nur für seinen Eigentümer lesbar gemacht werden</translation>
    </message>
    <message>
        <source>No system keychain is available (%1), so the key is kept in %2, readable only by you.</source>
        <translation>Es ist kein System-Schlüsselbund verfügbar (%1), daher wird der Schlüssel in %2 abgelegt, nur für Sie lesbar.</translation>
    </message>
    <message>
        <source>The key is kept in the system keychain.</source>
        <translation>Der Schlüssel wird im System-Schlüsselbund abgelegt.</translation>
    </message>
    <message>
        <source>The key could not be stored: no keychain (%1), and %2 (%3).</source>
        <translation>Der Schlüssel konnte nicht gespeichert werden: kein Schlüsselbund (%1), und %2 (%3).</translation>
    </message>
</context>
<context>
    <name>rebound::ui</name>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Could not check</source>
        <translation>Nicht prüfbar</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>Your mail provider</source>
        <translation>Ihr Mailanbieter</translation>
    </message>
    <message>
        <source>The recipient&apos;s admin</source>
        <translation>Der Admin des Empfängers</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Jeder</translation>
    </message>
</context>
<context>
    <name>rebound::ui::AuthTagsModel</name>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>DMARC (_dmarc.%1)</source>
        <translation>DMARC (_dmarc.%1)</translation>
    </message>
    <message>
        <source>DMARC</source>
        <translation>DMARC</translation>
    </message>
    <message>
        <source>DKIM selector %1 (%1._domainkey.%2)</source>
        <translation>DKIM-Selektor %1 (%1._domainkey.%2)</translation>
    </message>
    <message>
        <source>no record published</source>
        <translation>kein Eintrag veröffentlicht</translation>
    </message>
    <message>
        <source>Not a tag this version knows; receivers ignore it.</source>
        <translation>Kein Tag, den diese Version kennt; Empfänger ignorieren es.</translation>
    </message>
</context>
<context>
    <name>rebound::ui::BlocklistModel</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Codes</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>TXT</source>
        <translation>TXT</translation>
    </message>
</context>
<context>
    <name>rebound::ui::BlocklistView</name>
    <message>
        <source>Show only &amp;problems</source>
        <translation>Nur &amp;Probleme anzeigen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Open &amp;lookup page…</source>
        <translation>Abfragesei&amp;te öffnen…</translation>
    </message>
    <message>
        <source>Blocklist results</source>
        <translation>Blocklist-Ergebnisse</translation>
    </message>
    <message>
        <source>Address checked</source>
        <translation>Geprüfte Adresse</translation>
    </message>
    <message>
        <source>Filter lists</source>
        <translation>Listen filtern</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>Ad&amp;resse:</translation>
    </message>
    <message>
        <source>lookup page</source>
        <translation>Abfrageseite</translation>
    </message>
    <message>
        <source>removal page</source>
        <translation>Delisting-Seite</translation>
    </message>
    <message>
        <source>(address not known yet)</source>
        <translation>(Adresse noch nicht bekannt)</translation>
    </message>
    <message>
        <source>Not checked: blocklists are checked for an IP address, or for the sending IP found in a bounce.</source>
        <translation>Nicht geprüft: Blocklists werden für eine IP-Adresse geprüft oder für die sendende IP, die in einem Bounce gefunden wurde.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Prüfung läuft…</translation>
    </message>
    <message>
        <source>Not checked. %1</source>
        <translation>Nicht geprüft. %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Open re&amp;moval page…</source>
        <translation>Delisting-&amp;Seite öffnen…</translation>
    </message>
    <message>
        <source>Checking… %1 of %2 lists answered; listed on %3 so far.</source>
        <translation>Prüfe… %1 von %2 Listen haben geantwortet; bisher gelistet auf %3.</translation>
    </message>
    <message>
        <source>%1 lists: %2</source>
        <translation>%1 Listen: %2</translation>
    </message>
    <message>
        <source>Microsoft SNDS: not checked (no SNDS key in Settings &gt; Blocklists).</source>
        <translation>Microsoft SNDS: nicht geprüft (kein SNDS-Schlüssel unter Einstellungen &gt; Blocklists).</translation>
    </message>
    <message>
        <source>Microsoft SNDS: checking…</source>
        <translation>Microsoft SNDS: Prüfung läuft…</translation>
    </message>
    <message>
        <source>Microsoft SNDS: not read. %1</source>
        <translation>Microsoft SNDS: nicht gelesen. %1</translation>
    </message>
    <message>
        <source>Microsoft SNDS: no data for this address</source>
        <translation>Microsoft SNDS: keine Daten für diese Adresse</translation>
    </message>
    <message numerus="yes">
        <source>Microsoft SNDS: %1, %n trap hit(s), complaints %2</source>
        <translation>
            <numerusform>Microsoft SNDS: %1, %n Spamfallen-Treffer, Beschwerden %2</numerusform>
            <numerusform>Microsoft SNDS: %1, %n Spamfallen-Treffer, Beschwerden %2</numerusform>
        </translation>
    </message>
    <message>
        <source>; blocked by Microsoft: %1</source>
        <translation>; von Microsoft gesperrt: %1</translation>
    </message>
    <message>
        <source>(data of %1, from the cache)</source>
        <translation>(Daten vom %1, aus dem Cache)</translation>
    </message>
    <message>
        <source>(data of %1)</source>
        <translation>(Daten vom %1)</translation>
    </message>
</context>
<context>
    <name>rebound::ui::BounceView</name>
    <message>
        <source>Bounce text</source>
        <translation>Bounce-Text</translation>
    </message>
    <message>
        <source>Fields found in the bounce</source>
        <translation>Im Bounce gefundene Felder</translation>
    </message>
    <message>
        <source>Not a bounce, or not analysed yet.</source>
        <translation>Kein Bounce oder noch nicht analysiert.</translation>
    </message>
    <message>
        <source>No recipient could be read from this bounce.</source>
        <translation>Aus diesem Bounce konnte kein Empfänger gelesen werden.</translation>
    </message>
    <message>
        <source>Recipient %1: %2</source>
        <translation>Empfänger %1: %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>Loading the bounce text (%1 characters)…</source>
        <translation>Bounce-Text wird geladen (%1 Zeichen)…</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message numerus="yes">
        <source>…and %n other kind(s)</source>
        <translation>
            <numerusform>…und %n weitere Art</numerusform>
            <numerusform>…und %n weitere Arten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more recipient(s)</source>
        <translation>
            <numerusform>%n weiterer Empfänger</numerusform>
            <numerusform>%n weitere Empfänger</numerusform>
        </translation>
    </message>
    <message>
        <source>Each of them is in the Raw DNS evidence tab and the exports.</source>
        <translation>Alle stehen im Reiter „DNS-Rohdaten“ und in den Exporten.</translation>
    </message>
    <message>
        <source>Only the first 2 MB of the text are shown and kept; the analysis read all of it.</source>
        <translation>Nur die ersten 2 MB des Textes werden angezeigt und gespeichert; die Analyse hat ihn ganz gelesen.</translation>
    </message>
    <message>
        <source>The input was refused, so nothing in it was analysed: %1</source>
        <translation>Die Eingabe wurde abgelehnt, daher wurde nichts daraus analysiert: %1</translation>
    </message>
    <message>
        <source>yes, retrying will not help</source>
        <translation>ja, ein erneuter Versuch hilft nicht</translation>
    </message>
    <message>
        <source>no, may succeed later</source>
        <translation>nein, kann später gelingen</translation>
    </message>
</context>
<context>
    <name>rebound::ui::CauseCard</name>
    <message>
        <source>Unnamed cause</source>
        <translation>Unbenannte Ursache</translation>
    </message>
    <message>
        <source>Cause %1: %2</source>
        <translation>Ursache %1: %2</translation>
    </message>
    <message>
        <source>Against the alternatives</source>
        <translation>Gegen die Alternativen</translation>
    </message>
    <message>
        <source>Do not</source>
        <translation>Nicht tun</translation>
    </message>
    <message>
        <source>Recovery: %1</source>
        <translation>Wiederherstellung: %1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Why not certain: %1</source>
        <translation>Warum nicht sicher: %1</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source>Show in the bounce</source>
        <translation>Im Bounce zeigen</translation>
    </message>
    <message>
        <source>What to do, in order</source>
        <translation>Was zu tun ist, der Reihe nach</translation>
    </message>
    <message>
        <source>%1. %2: %3</source>
        <translation>%1. %2: %3</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more item(s) of evidence (all in the Raw DNS evidence tab and the exports).</source>
        <translation>
            <numerusform>…und %n weiterer Beleg (alle im Reiter „DNS-Rohdaten“ und in den Exporten).</numerusform>
            <numerusform>…und %n weitere Belege (alle im Reiter „DNS-Rohdaten“ und in den Exporten).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rebound::ui::CheckListModel</name>
    <message>
        <source> (%1 of %2 answered)</source>
        <translation> (%1 von %2 beantwortet)</translation>
    </message>
</context>
<context>
    <name>rebound::ui::DiagnosisView</name>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>Checking… the most likely causes so far:</source>
        <translation>Prüfung läuft… die bisher wahrscheinlichsten Ursachen:</translation>
    </message>
    <message>
        <source>Checking… causes appear here as the checks finish.</source>
        <translation>Prüfung läuft… Ursachen erscheinen hier, sobald die Prüfungen fertig sind.</translation>
    </message>
    <message>
        <source>The input was refused, so nothing in it was analysed and nothing is concluded. The Bounce tab says why.</source>
        <translation>Die Eingabe wurde abgelehnt, daher wurde nichts daraus analysiert und nichts geschlossen. Der Reiter „Bounce“ nennt den Grund.</translation>
    </message>
    <message>
        <source>No bounce, SMTP reply or log line was recognised in the input, so nothing is concluded from it.</source>
        <translation>In der Eingabe wurde kein Bounce, keine SMTP-Antwort und keine Logzeile erkannt, daher wird nichts daraus geschlossen.</translation>
    </message>
    <message>
        <source>Problem found. Most likely cause first:</source>
        <translation>Problem gefunden. Wahrscheinlichste Ursache zuerst:</translation>
    </message>
    <message>
        <source>Some checks could not run, so this answer may be incomplete.</source>
        <translation>Einige Prüfungen konnten nicht laufen, daher ist diese Antwort womöglich unvollständig.</translation>
    </message>
    <message>
        <source>No problem found by the checks that ran.</source>
        <translation>Die gelaufenen Prüfungen haben kein Problem gefunden.</translation>
    </message>
    <message>
        <source>Nothing was checked.</source>
        <translation>Es wurde nichts geprüft.</translation>
    </message>
    <message>
        <source>Paste a bounce, an IP address or a domain above and press Diagnose (Ctrl+Return).</source>
        <translation>Fügen Sie oben einen Bounce, eine IP-Adresse oder eine Domain ein und drücken Sie „Diagnose“ (Strg+Eingabe).</translation>
    </message>
</context>
<context>
    <name>rebound::ui::DnsQueryModel</name>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>No record of this type (NODATA)</source>
        <translation>Kein Eintrag dieses Typs (NODATA)</translation>
    </message>
    <message>
        <source>No such name (NXDOMAIN)</source>
        <translation>Name existiert nicht (NXDOMAIN)</translation>
    </message>
    <message>
        <source>Server failure (SERVFAIL)</source>
        <translation>Serverfehler (SERVFAIL)</translation>
    </message>
    <message>
        <source>Refused (REFUSED)</source>
        <translation>Abgelehnt (REFUSED)</translation>
    </message>
    <message>
        <source>Query not understood (FORMERR)</source>
        <translation>Abfrage nicht verstanden (FORMERR)</translation>
    </message>
    <message>
        <source>Other error code</source>
        <translation>Anderer Fehlercode</translation>
    </message>
    <message>
        <source>No answer in time (timeout)</source>
        <translation>Keine rechtzeitige Antwort (timeout)</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>Netzwerkfehler</translation>
    </message>
    <message>
        <source>Unreadable answer</source>
        <translation>Unlesbare Antwort</translation>
    </message>
    <message>
        <source>Not sent (invalid name)</source>
        <translation>Nicht gesendet (ungültiger Name)</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>none answered</source>
        <translation>keiner antwortete</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Ended %1 UTC</source>
        <translation>Beendet %1 UTC</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>TTL (s)</source>
        <translation>TTL (s)</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Dauer</translation>
    </message>
</context>
<context>
    <name>rebound::ui::DnsQueryView</name>
    <message>
        <source>DNS queries and answers</source>
        <translation>DNS-Abfragen und -Antworten</translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation>Nach Name filtern</translation>
    </message>
    <message>
        <source>Filter DNS queries by name</source>
        <translation>DNS-Abfragen nach Name filtern</translation>
    </message>
    <message>
        <source>No DNS query was sent in this run.</source>
        <translation>In diesem Lauf wurde keine DNS-Abfrage gesendet.</translation>
    </message>
    <message>
        <source>The first %1 of %2 DNS queries; the rest were not kept.</source>
        <translation>Die ersten %1 von %2 DNS-Abfragen; der Rest wurde nicht behalten.</translation>
    </message>
    <message numerus="yes">
        <source>%n DNS query(s).</source>
        <translation>
            <numerusform>%n DNS-Abfrage.</numerusform>
            <numerusform>%n DNS-Abfragen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 shown.</source>
        <translation>%1 angezeigt.</translation>
    </message>
</context>
<context>
    <name>rebound::ui::ExportDialog</name>
    <message>
        <source>PDF report (for a support ticket)</source>
        <translation>PDF-Bericht (für ein Support-Ticket)</translation>
    </message>
    <message>
        <source>PDF report (*.pdf)</source>
        <translation>PDF-Bericht (*.pdf)</translation>
    </message>
    <message>
        <source>HTML page</source>
        <translation>HTML-Seite</translation>
    </message>
    <message>
        <source>HTML page (*.html *.htm)</source>
        <translation>HTML-Seite (*.html *.htm)</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Session JSON (re-opens in Rebound)</source>
        <translation>Sitzungs-JSON (lässt sich in Rebound wieder öffnen)</translation>
    </message>
    <message>
        <source>Session JSON (*.json)</source>
        <translation>Sitzungs-JSON (*.json)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>&amp;Mask personal data (addresses, names, Message-IDs)</source>
        <translation>Personenbezogene Daten &amp;maskieren (Adressen, Namen, Message-IDs)</translation>
    </message>
    <message>
        <source>Local parts of addresses, display names and Message-IDs become •••. Domains, IP addresses and DNS records stay: the support desk needs them.</source>
        <translation>Lokale Teile von Adressen, Anzeigenamen und Message-IDs werden zu •••. Domains, IP-Adressen und DNS-Einträge bleiben: Der Support braucht sie.</translation>
    </message>
    <message>
        <source>Preview of the exported text</source>
        <translation>Vorschau des exportierten Texts</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Paper size:</source>
        <translation>&amp;Papierformat:</translation>
    </message>
    <message>
        <source>Fi&amp;le:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>P&amp;review of what leaves this machine:</source>
        <translation>&amp;Vorschau dessen, was diesen Rechner verlässt:</translation>
    </message>
    <message>
        <source>Choose a file to write.</source>
        <translation>Wählen Sie eine Datei zum Schreiben.</translation>
    </message>
    <message>
        <source>%1 exists. Replace it?</source>
        <translation>%1 existiert. Ersetzen?</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <source>Could not export: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Add the &amp;appendices (the pasted text, every DNS answer, SMTP transcripts)</source>
        <translation>&amp;Anhänge hinzufügen (der eingefügte Text, jede DNS-Antwort, SMTP-Protokolle)</translation>
    </message>
    <message>
        <source>Pages for the specialist who wants the raw answers. Without them the report is the verdict, its evidence and the checks.</source>
        <translation>Seiten für Fachleute, die die Rohantworten sehen wollen. Ohne sie enthält der Bericht das Ergebnis, seine Belege und die Prüfungen.</translation>
    </message>
</context>
<context>
    <name>rebound::ui::FindingsModel</name>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
</context>
<context>
    <name>rebound::ui::HistoryModel</name>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>unfinished</source>
        <translation>nicht abgeschlossen</translation>
    </message>
    <message>
        <source>no problem found</source>
        <translation>kein Problem gefunden</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>unvollständig</translation>
    </message>
    <message>
        <source>input refused</source>
        <translation>Eingabe abgelehnt</translation>
    </message>
    <message>
        <source>nothing recognised</source>
        <translation>nichts erkannt</translation>
    </message>
</context>
<context>
    <name>rebound::ui::HistoryStore</name>
    <message>
        <source>The run has no id.</source>
        <translation>Der Lauf hat keine ID.</translation>
    </message>
    <message>
        <source>The history database is not open.</source>
        <translation>Die Verlaufsdatenbank ist nicht geöffnet.</translation>
    </message>
</context>
<context>
    <name>rebound::ui::InputEdit</name>
    <message>
        <source>The pasted text is %1 MB; Rebound reads at most %2 MB. A bounce needs only its text and headers: paste those without the attachments.</source>
        <translation>Der eingefügte Text ist %1 MB groß; Rebound liest höchstens %2 MB. Ein Bounce braucht nur seinen Text und die Header: Fügen Sie diese ohne die Anhänge ein.</translation>
    </message>
    <message>
        <source>Pasting %1 characters…</source>
        <translation>%1 Zeichen werden eingefügt…</translation>
    </message>
    <message>
        <source>The file is %1 MB; Rebound reads files of up to %2 MB. A bounce needs only its text and headers: save the message without its attachments and try again.</source>
        <translation>Die Datei ist %1 MB groß; Rebound liest Dateien bis %2 MB. Ein Bounce braucht nur seinen Text und die Header: Speichern Sie die Nachricht ohne Anhänge und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>This is a binary file, not mail or text (more than 1 in 20 of its first bytes are NUL or control bytes). Rebound reads bounces saved as .eml, .txt, .mbox or .log.</source>
        <translation>Dies ist eine Binärdatei, keine Mail und kein Text (mehr als 1 von 20 ihrer ersten Bytes sind NUL- oder Steuerbytes). Rebound liest Bounces, die als .eml, .txt, .mbox oder .log gespeichert sind.</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8, so it was read as Latin-1; some characters may show wrongly, the addresses and codes are unaffected</source>
        <translation>die Datei ist kein gültiges UTF-8 und wurde daher als Latin-1 gelesen; manche Zeichen werden womöglich falsch angezeigt, Adressen und Codes sind nicht betroffen</translation>
    </message>
    <message>
        <source>This file is compressed. Unpack it, then open the message inside (saved as .eml, .txt, .mbox or .log).</source>
        <translation>Diese Datei ist komprimiert. Entpacken Sie sie und öffnen Sie dann die enthaltene Nachricht (gespeichert als .eml, .txt, .mbox oder .log).</translation>
    </message>
    <message>
        <source>This is an Outlook .msg file, a binary format. Save the message as .eml, or paste its text and its Internet headers here.</source>
        <translation>Dies ist eine Outlook-.msg-Datei, ein Binärformat. Speichern Sie die Nachricht als .eml oder fügen Sie ihren Text und ihre Internetkopfzeilen hier ein.</translation>
    </message>
    <message>
        <source>This is a PDF document. Paste the bounce&apos;s text here, or open the message saved as .eml.</source>
        <translation>Dies ist ein PDF-Dokument. Fügen Sie den Text des Bounces hier ein oder öffnen Sie die als .eml gespeicherte Nachricht.</translation>
    </message>
</context>
<context>
    <name>rebound::ui::JsonTreeModel</name>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message numerus="yes">
        <source>{%n key(s)}</source>
        <translation>
            <numerusform>{%n Schlüssel}</numerusform>
            <numerusform>{%n Schlüssel}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[%n Element]</numerusform>
            <numerusform>[%n Elemente]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rebound::ui::LinkOpener</name>
    <message>
        <source>Not a web page</source>
        <translation>Keine Webseite</translation>
    </message>
    <message>
        <source>This link is not a web address and will not be opened:</source>
        <translation>Dieser Link ist keine Webadresse und wird nicht geöffnet:</translation>
    </message>
    <message>
        <source>Open in browser?</source>
        <translation>Im Browser öffnen?</translation>
    </message>
    <message>
        <source>Open &quot;%1&quot; in your web browser?</source>
        <translation>„%1“ im Webbrowser öffnen?</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
</context>
<context>
    <name>rebound::ui::MainWindow</name>
    <message>
        <source>Rebound</source>
        <translation>Rebound</translation>
    </message>
    <message>
        <source>Progress of the checks</source>
        <translation>Fortschritt der Prüfungen</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>%1 konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation>Erkannt: %1</translation>
    </message>
    <message>
        <source>Could not save to history: %1</source>
        <translation>Konnte nicht im Verlauf speichern: %1</translation>
    </message>
    <message>
        <source>Paste a bounce, an SMTP reply or log line, an IP address, a range or a domain — or drop an .eml or .txt file here.</source>
        <translation>Fügen Sie einen Bounce, eine SMTP-Antwort oder Logzeile, eine IP-Adresse, einen Bereich oder eine Domain ein – oder ziehen Sie eine .eml- oder .txt-Datei hierher.</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>What the input was detected as</source>
        <translation>Als was die Eingabe erkannt wurde</translation>
    </message>
    <message>
        <source>&amp;Diagnose</source>
        <translation>Dia&amp;gnose</translation>
    </message>
    <message>
        <source>Run the checks (Ctrl+Return)</source>
        <translation>Prüfungen ausführen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop the checks and keep what finished (Esc)</source>
        <translation>Prüfungen anhalten und Fertiges behalten (Esc)</translation>
    </message>
    <message>
        <source>Checks and their state</source>
        <translation>Prüfungen und ihr Zustand</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Bounce</source>
        <translation>Bounce</translation>
    </message>
    <message>
        <source>Blocklists</source>
        <translation>Blocklists</translation>
    </message>
    <message>
        <source>Reverse DNS</source>
        <translation>Reverse DNS</translation>
    </message>
    <message>
        <source>SPF evaluation tree</source>
        <translation>SPF-Auswertungsbaum</translation>
    </message>
    <message>
        <source>SPF</source>
        <translation>SPF</translation>
    </message>
    <message>
        <source>DMARC and DKIM records</source>
        <translation>DMARC- und DKIM-Einträge</translation>
    </message>
    <message>
        <source>DMARC &amp;&amp; DKIM</source>
        <translation>DMARC &amp;&amp; DKIM</translation>
    </message>
    <message>
        <source>MX records and SMTP transcript</source>
        <translation>MX-Einträge und SMTP-Mitschnitt</translation>
    </message>
    <message>
        <source>MX &amp;&amp; SMTP</source>
        <translation>MX &amp;&amp; SMTP</translation>
    </message>
    <message>
        <source>Raw evidence</source>
        <translation>Rohdaten</translation>
    </message>
    <message>
        <source>Raw DNS evidence</source>
        <translation>DNS-Rohdaten</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Search history</source>
        <translation>Verlauf durchsuchen</translation>
    </message>
    <message>
        <source>Earlier runs</source>
        <translation>Frühere Läufe</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Copy Diagnosis as &amp;Markdown</source>
        <translation>Diagnose als &amp;Markdown kopieren</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>A&amp;usführen</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>A&amp;bbrechen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Rebound</source>
        <translation>Ü&amp;ber Rebound</translation>
    </message>
    <message>
        <source>About Rebound</source>
        <translation>Über Rebound</translation>
    </message>
    <message>
        <source>Rebound %1
Finds out why your mail bounced and what to do about it.</source>
        <translation>Rebound %1
Findet heraus, warum Ihre Mail nicht zugestellt wurde und was dagegen zu tun ist.</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Nothing to diagnose: paste a bounce, an IP address or a domain first.</source>
        <translation>Nichts zu diagnostizieren: Fügen Sie zuerst einen Bounce, eine IP-Adresse oder eine Domain ein.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>The resolver list in Settings is not valid: %1</source>
        <translation>Die Resolverliste in den Einstellungen ist ungültig: %1</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>Cancelling; finished checks are kept…</source>
        <translation>Wird abgebrochen; fertige Prüfungen bleiben erhalten…</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %1 of %n check(s) finished.</source>
        <translation>
            <numerusform>Abgebrochen: %1 von %n Prüfung fertig.</numerusform>
            <numerusform>Abgebrochen: %1 von %n Prüfungen fertig.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Finished: %n check(s).</source>
        <translation>
            <numerusform>Fertig: %n Prüfung.</numerusform>
            <numerusform>Fertig: %n Prüfungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the input…</source>
        <translation>Eingabe wird gelesen…</translation>
    </message>
    <message>
        <source>Running checks: %1 of %2 finished. Esc cancels.</source>
        <translation>Prüfungen laufen: %1 von %2 fertig. Esc bricht ab.</translation>
    </message>
    <message>
        <source>Not checked: SPF is checked for a domain, or for the sender&apos;s domain found in a bounce.</source>
        <translation>Nicht geprüft: SPF wird für eine Domain geprüft oder für die Absenderdomain, die in einem Bounce gefunden wurde.</translation>
    </message>
    <message>
        <source>No SPF record found.</source>
        <translation>Kein SPF-Eintrag gefunden.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>not evaluated</source>
        <translation>nicht ausgewertet</translation>
    </message>
    <message>
        <source>Bounce analysis</source>
        <translation>Bounce-Analyse</translation>
    </message>
    <message>
        <source>Open a bounce or a saved session</source>
        <translation>Einen Bounce oder eine gespeicherte Sitzung öffnen</translation>
    </message>
    <message>
        <source>Mail and text (*.eml *.txt *.mbox *.log *.msg);;Rebound sessions and reports (*.json *.pdf);;All files (*)</source>
        <translation>Mail und Text (*.eml *.txt *.mbox *.log *.msg);;Rebound-Sitzungen und -Berichte (*.json *.pdf);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>A diagnosis is running.</source>
        <translation>Eine Diagnose läuft.</translation>
    </message>
    <message>
        <source>Showing the session saved in %1.</source>
        <translation>Angezeigt wird die in %1 gespeicherte Sitzung.</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
    <message>
        <source>Diagnosis copied as Markdown (personal data masked).</source>
        <translation>Diagnose als Markdown kopiert (personenbezogene Daten maskiert).</translation>
    </message>
    <message>
        <source>Could not open that run: %1</source>
        <translation>Dieser Lauf konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Showing the run of %1.</source>
        <translation>Angezeigt wird der Lauf vom %1.</translation>
    </message>
    <message>
        <source>Could not delete: %1</source>
        <translation>Löschen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <source>The text was not pasted.</source>
        <translation>Der Text wurde nicht eingefügt.</translation>
    </message>
    <message>
        <source>Detected from the first %1 lines: %2</source>
        <translation>Erkannt anhand der ersten %1 Zeilen: %2</translation>
    </message>
    <message>
        <source>Chec&amp;ks</source>
        <translation>Prüfu&amp;ngen</translation>
    </message>
    <message>
        <source>Re-r&amp;un</source>
        <translation>&amp;Erneut ausführen</translation>
    </message>
    <message>
        <source>Dele&amp;te</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>Opened %1: %2</source>
        <translation>%1 geöffnet: %2</translation>
    </message>
    <message>
        <source>Show &amp;whole input</source>
        <translation>Ganze Eingabe an&amp;zeigen</translation>
    </message>
    <message>
        <source>e.g. s1 or google (from the DKIM-Signature&apos;s s= tag)</source>
        <translation>z. B. s1 oder google (aus dem s=-Tag der DKIM-Signature)</translation>
    </message>
    <message>
        <source>DKIM selector to check</source>
        <translation>Zu prüfender DKIM-Selektor</translation>
    </message>
    <message>
        <source>DKIM se&amp;lector:</source>
        <translation>DKIM-Selekt&amp;or:</translation>
    </message>
    <message>
        <source>Check a&amp;gain</source>
        <translation>Noch e&amp;inmal prüfen</translation>
    </message>
    <message>
        <source>Diagnose the input again, also looking for the DKIM key of this selector</source>
        <translation>Die Eingabe erneut diagnostizieren und dabei auch nach dem DKIM-Schlüssel dieses Selektors suchen</translation>
    </message>
    <message>
        <source>Findings: pass, warning or fail, and why</source>
        <translation>Befunde: bestanden, Warnung oder fehlgeschlagen, und warum</translation>
    </message>
    <message>
        <source>Out of date: the input has changed since these results were made. Press Diagnose (Ctrl+Return) to check what is in the box now.</source>
        <translation>Veraltet: Die Eingabe hat sich geändert, seit diese Ergebnisse entstanden sind. Drücken Sie „Diagnose“ (Strg+Eingabe), um zu prüfen, was jetzt im Feld steht.</translation>
    </message>
    <message>
        <source>Rebound (results out of date)</source>
        <translation>Rebound (Ergebnisse veraltet)</translation>
    </message>
    <message>
        <source>DKIM selector</source>
        <translation>DKIM-Selektor</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a DKIM selector.</source>
        <translation>„%1“ ist kein DKIM-Selektor.</translation>
    </message>
    <message>
        <source>A selector is one or more DNS labels: letters, digits, hyphens and underscores, separated by dots (RFC 6376 3.1).</source>
        <translation>Ein Selektor besteht aus einem oder mehreren DNS-Labels: Buchstaben, Ziffern, Bindestriche und Unterstriche, durch Punkte getrennt (RFC 6376 3.1).</translation>
    </message>
    <message>
        <source>Shrink &amp;input</source>
        <translation>Eingabe &amp;verkleinern</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Open &amp;Reports…</source>
        <translation>&amp;Reports öffnen…</translation>
    </message>
    <message>
        <source>DMARC and TLS &amp;Reports</source>
        <translation>DMARC- und TLS-&amp;Reports</translation>
    </message>
    <message>
        <source>Record: %1
Result: %2 · DNS lookups: %3 of %4 · void lookups: %5 of %6</source>
        <translation>Eintrag: %1
Ergebnis: %2 · DNS-Lookups: %3 von %4 · Void-Lookups: %5 von %6</translation>
    </message>
    <message>
        <source>DMARC and TLS reports — Rebound</source>
        <translation>DMARC- und TLS-Reports – Rebound</translation>
    </message>
    <message>
        <source>Show in the &amp;Reports window</source>
        <translation>I&amp;m Reports-Fenster anzeigen</translation>
    </message>
    <message>
        <source>Open the diagnosed report in the Reports window: the chart and the table of every source</source>
        <translation>Den diagnostizierten Report im Reports-Fenster öffnen: das Diagramm und die Tabelle aller Quellen</translation>
    </message>
    <message>
        <source>the diagnosed input</source>
        <translation>die diagnostizierte Eingabe</translation>
    </message>
    <message>
        <source>Microsoft &amp;SNDS</source>
        <translation>Microsoft &amp;SNDS</translation>
    </message>
    <message>
        <source>&amp;Watch</source>
        <translation>Über&amp;wachung</translation>
    </message>
    <message>
        <source>Watch — Rebound</source>
        <translation>Überwachung – Rebound</translation>
    </message>
    <message>
        <source>Rebound is watching</source>
        <translation>Rebound überwacht</translation>
    </message>
    <message>
        <source>&amp;Show Rebound</source>
        <translation>Rebound &amp;anzeigen</translation>
    </message>
    <message>
        <source>Show &amp;Watch</source>
        <translation>Über&amp;wachung anzeigen</translation>
    </message>
    <message>
        <source>Watch: %1</source>
        <translation>Überwachung: %1</translation>
    </message>
    <message numerus="yes">
        <source>Watch: %n change(s). View &gt; Watch shows them.</source>
        <translation>
            <numerusform>Überwachung: %n Änderung. Ansicht &gt; Überwachung zeigt sie.</numerusform>
            <numerusform>Überwachung: %n Änderungen. Ansicht &gt; Überwachung zeigt sie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rebound watch</source>
        <translation>Rebound-Überwachung</translation>
    </message>
    <message>
        <source>Google &amp;Postmaster Tools</source>
        <translation>Google &amp;Postmaster Tools</translation>
    </message>
</context>
<context>
    <name>rebound::ui::MessageView</name>
    <message>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Message analysis</source>
        <translation>Nachrichtenanalyse</translation>
    </message>
    <message>
        <source>Message results: pass, warning and fail</source>
        <translation>Ergebnisse der Nachricht: bestanden, Warnung und fehlgeschlagen</translation>
    </message>
    <message>
        <source>Parts of the message analysis</source>
        <translation>Teile der Nachrichtenanalyse</translation>
    </message>
    <message>
        <source>Hop</source>
        <translation>Hop</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Durch</translation>
    </message>
    <message>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Delay (s)</source>
        <translation>Verzögerung (s)</translation>
    </message>
    <message>
        <source>First external</source>
        <translation>Erster externer</translation>
    </message>
    <message>
        <source>Route: one row per Received field, oldest first</source>
        <translation>Route: eine Zeile pro Received-Feld, älteste zuerst</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Selector</source>
        <translation>Selektor</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algorithmus</translation>
    </message>
    <message>
        <source>Canonicalization</source>
        <translation>Kanonisierung</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Body hash</source>
        <translation>Body-Hash</translation>
    </message>
    <message>
        <source>Key bits</source>
        <translation>Schlüssellänge (Bit)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>DKIM signatures</source>
        <translation>DKIM-Signaturen</translation>
    </message>
    <message>
        <source>DKIM</source>
        <translation>DKIM</translation>
    </message>
    <message>
        <source>i=</source>
        <translation>i=</translation>
    </message>
    <message>
        <source>cv=</source>
        <translation>cv=</translation>
    </message>
    <message>
        <source>Sealed by</source>
        <translation>Versiegelt von</translation>
    </message>
    <message>
        <source>Seal</source>
        <translation>Seal</translation>
    </message>
    <message>
        <source>Message signature</source>
        <translation>Nachrichtensignatur</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Festgehalten von</translation>
    </message>
    <message>
        <source>Compared with Rebound</source>
        <translation>Abgleich mit Rebound</translation>
    </message>
    <message>
        <source>ARC instances</source>
        <translation>ARC-Instanzen</translation>
    </message>
    <message>
        <source>ARC</source>
        <translation>ARC</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Geschrieben von</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Vertrauen</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Authentication-Results fields</source>
        <translation>Authentication-Results-Felder</translation>
    </message>
    <message>
        <source>Authentication-Results</source>
        <translation>Authentication-Results</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Bulk-sender checklist</source>
        <translation>Checkliste für Massenversender</translation>
    </message>
    <message>
        <source>Bulk-sender rules</source>
        <translation>Regeln für Massenversender</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The header block a bounce returned: the route, the domains and the sending address can be trusted; no DKIM signature can pass without the body.</source>
        <translation>Der Header-Block, den ein Bounce zurückgeliefert hat: Route, Domains und sendende Adresse sind vertrauenswürdig; ohne den Body kann keine DKIM-Signatur bestehen.</translation>
    </message>
    <message>
        <source>The copy a bounce returned: the route, the domains and the sending address can be trusted; a DKIM failure may come from the reporting server re-encoding the copy.</source>
        <translation>Die Kopie, die ein Bounce zurückgeliefert hat: Route, Domains und sendende Adresse sind vertrauenswürdig; ein DKIM-Fehlschlag kann daher rühren, dass der meldende Server die Kopie neu kodiert hat.</translation>
    </message>
    <message>
        <source>first external hop</source>
        <translation>erster externer Hop</translation>
    </message>
    <message>
        <source>%1 for %2: sealer %3, Rebound %4</source>
        <translation>%1 für %2: Sealer %3, Rebound %4</translation>
    </message>
    <message>
        <source>trusted (the receiver)</source>
        <translation>vertrauenswürdig (der Empfänger)</translation>
    </message>
    <message>
        <source>a claim</source>
        <translation>eine Behauptung</translation>
    </message>
</context>
<context>
    <name>rebound::ui::PostmasterView</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>■ %1: at or over the 0.3 % limit</source>
        <translation>■ %1: Grenzwert von 0,3 % erreicht oder überschritten</translation>
    </message>
    <message>
        <source>▲ %1: over the 0.1 % target</source>
        <translation>▲ %1: über dem Zielwert von 0,1 %</translation>
    </message>
    <message>
        <source>● %1: under the 0.1 % target</source>
        <translation>● %1: unter dem Zielwert von 0,1 %</translation>
    </message>
    <message>
        <source>? unknown</source>
        <translation>? unbekannt</translation>
    </message>
    <message>
        <source>● Compliant</source>
        <translation>● Erfüllt</translation>
    </message>
    <message>
        <source>■ Needs work: %1</source>
        <translation>■ Nachbesserung nötig: %1</translation>
    </message>
    <message>
        <source>Google Postmaster Tools</source>
        <translation>Google Postmaster Tools</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>User-reported spam rate</source>
        <translation>Von Nutzern gemeldete Spamrate</translation>
    </message>
    <message>
        <source>SPF</source>
        <translation>SPF</translation>
    </message>
    <message>
        <source>DKIM</source>
        <translation>DKIM</translation>
    </message>
    <message>
        <source>DMARC</source>
        <translation>DMARC</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Compliance</translation>
    </message>
    <message>
        <source>Data of</source>
        <translation>Daten vom</translation>
    </message>
    <message>
        <source>Google Postmaster Tools data per domain</source>
        <translation>Daten aus Google Postmaster Tools pro Domain</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>No Google account is connected: enter your OAuth client in Settings &gt; Google Postmaster Tools and press Connect.</source>
        <translation>Kein Google-Konto verbunden: Geben Sie Ihren OAuth-Client unter Einstellungen &gt; Google Postmaster Tools ein und klicken Sie auf „Verbinden“.</translation>
    </message>
    <message>
        <source>Reading Google Postmaster Tools…</source>
        <translation>Google Postmaster Tools wird gelesen…</translation>
    </message>
    <message>
        <source>Postmaster Tools lists no domain for this account.</source>
        <translation>Postmaster Tools führt für dieses Konto keine Domain auf.</translation>
    </message>
    <message numerus="yes">
        <source>%n domain(s).</source>
        <translation>
            <numerusform>%n Domain.</numerusform>
            <numerusform>%n Domains.</numerusform>
        </translation>
    </message>
    <message>
        <source>Google Postmaster Tools could not be read: %1</source>
        <translation>Google Postmaster Tools konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>%1 (from the cache)</source>
        <translation>%1 (aus dem Cache)</translation>
    </message>
    <message>
        <source>could not check: %1</source>
        <translation>Prüfung nicht möglich: %1</translation>
    </message>
</context>
<context>
    <name>rebound::ui::ReportsSourceModel</name>
    <message>
        <source>Your SPF-authorised sender</source>
        <translation>Ihr per SPF autorisierter Absender</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Unknown (signed like %1)</source>
        <translation>Unbekannt (signiert wie %1)</translation>
    </message>
    <message>
        <source>Unauthorised sender</source>
        <translation>Nicht autorisierter Absender</translation>
    </message>
    <message>
        <source>Sending service not aligned: align DKIM</source>
        <translation>Sendender Dienst nicht aligned: DKIM-Alignment herstellen</translation>
    </message>
    <message>
        <source>Forwarding</source>
        <translation>Weiterleitung</translation>
    </message>
    <message>
        <source>Passes DMARC</source>
        <translation>Besteht DMARC</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Source IP</source>
        <translation>Quell-IP</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>DMARC pass</source>
        <translation>DMARC bestanden</translation>
    </message>
    <message>
        <source>SPF aligned</source>
        <translation>SPF aligned</translation>
    </message>
    <message>
        <source>DKIM aligned</source>
        <translation>DKIM aligned</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Behandlung</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Gemeldet von</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Einstufung</translation>
    </message>
</context>
<context>
    <name>rebound::ui::ReportsView</name>
    <message>
        <source>Open Reports…</source>
        <translation>Reports öffnen…</translation>
    </message>
    <message>
        <source>Open Folder…</source>
        <translation>Ordner öffnen…</translation>
    </message>
    <message>
        <source>Check sources live (SPF, reverse DNS)</source>
        <translation>Quellen live prüfen (SPF, Reverse DNS)</translation>
    </message>
    <message>
        <source>Ask DNS whether each source is authorised by the domain&apos;s own SPF record, and for its reverse DNS name.</source>
        <translation>Per DNS abfragen, ob jede Quelle durch den eigenen SPF-Eintrag der Domain autorisiert ist, und ihren Reverse-DNS-Namen ermitteln.</translation>
    </message>
    <message>
        <source>Drop DMARC aggregate or TLS reports here (.xml, .gz, .zip, .json, .eml or a folder), or open them.</source>
        <translation>Ziehen Sie DMARC-Aggregate-Reports oder TLS-Reports hierher (.xml, .gz, .zip, .json, .eml oder einen Ordner), oder öffnen Sie sie.</translation>
    </message>
    <message>
        <source>Messages and DMARC pass rate per day</source>
        <translation>Nachrichten und DMARC-Erfolgsquote pro Tag</translation>
    </message>
    <message>
        <source>Sources of the reports</source>
        <translation>Quellen der Reports</translation>
    </message>
    <message>
        <source>Findings of the reports</source>
        <translation>Befunde der Reports</translation>
    </message>
    <message>
        <source>Files that were not read</source>
        <translation>Nicht gelesene Dateien</translation>
    </message>
    <message>
        <source>Open DMARC or TLS reports</source>
        <translation>DMARC- oder TLS-Reports öffnen</translation>
    </message>
    <message>
        <source>Reports (*.xml *.gz *.zip *.json *.eml);;All files (*)</source>
        <translation>Reports (*.xml *.gz *.zip *.json *.eml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open a folder of reports</source>
        <translation>Einen Ordner mit Reports öffnen</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n path(s)…</source>
        <translation>
            <numerusform>%n Pfad wird gelesen…</numerusform>
            <numerusform>%n Pfade werden gelesen…</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the sources live…</source>
        <translation>Quellen werden live geprüft…</translation>
    </message>
    <message>
        <source>Every file was read.</source>
        <translation>Alle Dateien wurden gelesen.</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>DMARC pass rate (%)</source>
        <translation>DMARC-Erfolgsquote (%)</translation>
    </message>
    <message>
        <source>Pass rate (%)</source>
        <translation>Erfolgsquote (%)</translation>
    </message>
    <message>
        <source>Check the health of %1</source>
        <translation>Zustand von %1 prüfen</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>%1 DMARC and %2 TLS reports, %3 messages, %4 pass DMARC; %5 TLS sessions failed. %n file(s) not read.</source>
        <translation>
            <numerusform>%1 DMARC- und %2 TLS-Reports, %3 Nachrichten, %4 bestehen DMARC; %5 TLS-Sitzungen fehlgeschlagen. %n Datei nicht gelesen.</numerusform>
            <numerusform>%1 DMARC- und %2 TLS-Reports, %3 Nachrichten, %4 bestehen DMARC; %5 TLS-Sitzungen fehlgeschlagen. %n Dateien nicht gelesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Day, %1 to %2</source>
        <translation>Tag, %1 bis %2</translation>
    </message>
</context>
<context>
    <name>rebound::ui::ResolverTester</name>
    <message>
        <source>Asked %1 through %2 in %3 ms.</source>
        <translation>%1 über %2 in %3 ms gefragt.</translation>
    </message>
    <message>
        <source>Works: the test point is listed (%1), as RFC 5782 requires.</source>
        <translation>Funktioniert: Der Testpunkt ist gelistet (%1), wie RFC 5782 es verlangt.</translation>
    </message>
    <message>
        <source>Unexpected answer %1: blocklist results through this resolver cannot be trusted.</source>
        <translation>Unerwartete Antwort %1: Blocklist-Ergebnissen über diesen Resolver kann man nicht trauen.</translation>
    </message>
    <message>
        <source>The test point is not listed through this resolver (%1). Spamhaus answers this way to public resolvers, so every address would look clean. Use another resolver or a DQS key.</source>
        <translation>Der Testpunkt ist über diesen Resolver nicht gelistet (%1). So antwortet Spamhaus öffentlichen Resolvern, daher sähe jede Adresse sauber aus. Verwenden Sie einen anderen Resolver oder einen DQS-Schlüssel.</translation>
    </message>
    <message>
        <source>No usable answer (%1%2).</source>
        <translation>Keine brauchbare Antwort (%1%2).</translation>
    </message>
    <message>
        <source>Spamhaus refused this resolver or key: %1. %2</source>
        <translation>Spamhaus hat diesen Resolver oder Schlüssel abgelehnt: %1. %2</translation>
    </message>
</context>
<context>
    <name>rebound::ui::RouteTimeline</name>
    <message>
        <source>time unknown</source>
        <translation>Zeit unbekannt</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Route timeline</source>
        <translation>Zeitleiste der Route</translation>
    </message>
    <message>
        <source>No Received fields: the route is not known.</source>
        <translation>Keine Received-Felder: Die Route ist nicht bekannt.</translation>
    </message>
    <message>
        <source>Hop %1: received by %2 from %3 after %4, %5.</source>
        <translation>Hop %1: %2 hat die Nachricht von %3 empfangen, nach %4, %5.</translation>
    </message>
    <message>
        <source>an unnamed server</source>
        <translation>ein unbenannter Server</translation>
    </message>
    <message>
        <source>an unknown address</source>
        <translation>einer unbekannten Adresse</translation>
    </message>
    <message>
        <source>over TLS</source>
        <translation>über TLS</translation>
    </message>
    <message>
        <source>without TLS</source>
        <translation>ohne TLS</translation>
    </message>
    <message>
        <source>This is the first hop outside the sender&apos;s network.</source>
        <translation>Dies ist der erste Hop außerhalb des Netzes des Absenders.</translation>
    </message>
    <message>
        <source>no TLS</source>
        <translation>kein TLS</translation>
    </message>
    <message>
        <source>first external</source>
        <translation>erster externer</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
</context>
<context>
    <name>rebound::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;DNS</source>
        <translation>&amp;DNS</translation>
    </message>
    <message>
        <source>&amp;Blocklists</source>
        <translation>&amp;Blocklists</translation>
    </message>
    <message>
        <source>&amp;SMTP</source>
        <translation>&amp;SMTP</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <source>✔ </source>
        <translation>✔ </translation>
    </message>
    <message>
        <source>✘ </source>
        <translation>✘ </translation>
    </message>
    <message>
        <source>Use the s&amp;ystem resolver (resolv.conf)</source>
        <translation>S&amp;ystem-Resolver verwenden (resolv.conf)</translation>
    </message>
    <message>
        <source>192.0.2.53, [2001:db8::53]:53</source>
        <translation>192.0.2.53, [2001:db8::53]:53</translation>
    </message>
    <message>
        <source>Resolver servers</source>
        <translation>Resolver-Server</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>&amp;Test resolver</source>
        <translation>Resolver &amp;testen</translation>
    </message>
    <message>
        <source>Why the resolver matters: Spamhaus and several other blocklists refuse queries that come through public resolvers (8.8.8.8, 1.1.1.1, 9.9.9.9 and most ISP resolvers that forward to them). They answer with an error code or simply &quot;not listed&quot; for every address, so a listed IP would look clean. Use a resolver of your own, or a Spamhaus DQS key. Rebound checks the test point of every list before trusting it and reports &quot;could not check&quot; instead of &quot;clean&quot; when it fails.</source>
        <translation>Warum der Resolver wichtig ist: Spamhaus und mehrere andere Blocklists verweigern Abfragen, die über öffentliche Resolver kommen (8.8.8.8, 1.1.1.1, 9.9.9.9 und die meisten Provider-Resolver, die an sie weiterleiten). Sie antworten mit einem Fehlercode oder einfach „nicht gelistet“ für jede Adresse, sodass eine gelistete IP sauber aussähe. Verwenden Sie einen eigenen Resolver oder einen Spamhaus-DQS-Schlüssel. Rebound prüft den Testpunkt jeder Liste, bevor es ihr vertraut, und meldet „nicht prüfbar“ statt „sauber“, wenn das fehlschlägt.</translation>
    </message>
    <message>
        <source>Spamhaus DQS key</source>
        <translation>Spamhaus-DQS-Schlüssel</translation>
    </message>
    <message>
        <source>Enabled blocklists</source>
        <translation>Aktivierte Blocklists</translation>
    </message>
    <message>
        <source>list ids, comma-separated</source>
        <translation>Listen-IDs, durch Komma getrennt</translation>
    </message>
    <message>
        <source>With a free DQS key, Spamhaus answers through any resolver, public ones included, and adds the ZRD and AuthBL lists.</source>
        <translation>Mit einem kostenlosen DQS-Schlüssel antwortet Spamhaus über jeden Resolver, auch über öffentliche, und ergänzt die Listen ZRD und AuthBL.</translation>
    </message>
    <message>
        <source>&amp;Lists to check:</source>
        <translation>&amp;Zu prüfende Listen:</translation>
    </message>
    <message>
        <source>&amp;Other lists to skip:</source>
        <translation>A&amp;ndere Listen überspringen:</translation>
    </message>
    <message>
        <source>&amp;Connect to mail servers (never sends mail)</source>
        <translation>Mit Mailservern &amp;verbinden (sendet nie Mail)</translation>
    </message>
    <message>
        <source>this machine&apos;s name</source>
        <translation>Name dieses Rechners</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>&amp;Timeout:</translation>
    </message>
    <message>
        <source>&amp;EHLO name:</source>
        <translation>&amp;EHLO-Name:</translation>
    </message>
    <message>
        <source>Port 25 is blocked by many home and cloud networks; the probe then reports &quot;could not connect&quot;, which says nothing about the server.</source>
        <translation>Port 25 ist in vielen Heim- und Cloud-Netzen gesperrt; die Prüfung meldet dann „Verbindung nicht möglich“, was nichts über den Server sagt.</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Sp&amp;rache:</translation>
    </message>
    <message>
        <source>The language takes effect the next time Rebound starts.</source>
        <translation>Die Sprache wird beim nächsten Start von Rebound wirksam.</translation>
    </message>
    <message>
        <source>✘ The server list is not valid: %1</source>
        <translation>✘ Die Serverliste ist ungültig: %1</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>%1 wird getestet…</translation>
    </message>
    <message>
        <source>The resolver list is not valid: %1</source>
        <translation>Die Resolverliste ist ungültig: %1</translation>
    </message>
    <message>
        <source>Use these ser&amp;vers:</source>
        <translation>Diese Ser&amp;ver verwenden:</translation>
    </message>
    <message>
        <source>Query ti&amp;meout:</source>
        <translation>Abfrage-Ti&amp;meout:</translation>
    </message>
    <message>
        <source>Spamhaus DQS &amp;key:</source>
        <translation>Spamhaus-D&amp;QS-Schlüssel:</translation>
    </message>
    <message>
        <source>Show the key</source>
        <translation>Schlüssel anzeigen</translation>
    </message>
    <message>
        <source>Abusix Mail Intelligence key</source>
        <translation>Abusix-Mail-Intelligence-Schlüssel</translation>
    </message>
    <message>
        <source>Abusi&amp;x key:</source>
        <translation>Abusi&amp;x-Schlüssel:</translation>
    </message>
    <message>
        <source>Microsoft SNDS key</source>
        <translation>Microsoft-SNDS-Schlüssel</translation>
    </message>
    <message>
        <source>Microsoft S&amp;NDS key:</source>
        <translation>&amp;Microsoft-SNDS-Schlüssel:</translation>
    </message>
    <message>
        <source>The SNDS Automated Data Access key (SNDS &gt; Automated Data Access) shows Microsoft&apos;s filter colour, complaint rate and trap hits for your IPs in the diagnosis and in View &gt; Microsoft SNDS. Empty the field to remove it.</source>
        <translation>Der Schlüssel für SNDS Automated Data Access (SNDS &gt; Automated Data Access) zeigt die Filterfarbe, Beschwerderate und Spamfallen-Treffer von Microsoft für Ihre IPs in der Diagnose und unter Ansicht &gt; Microsoft SNDS. Leeren Sie das Feld, um ihn zu entfernen.</translation>
    </message>
    <message>
        <source>Probe &amp;mailboxes: ask the recipient&apos;s server whether it accepts an address (RCPT TO, no message sent)</source>
        <translation>P&amp;ostfächer prüfen: beim Server des Empfängers nachfragen, ob er eine Adresse annimmt (RCPT TO, es wird keine Nachricht gesendet)</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Your &amp;address (MAIL FROM):</source>
        <translation>Ihre Ad&amp;resse (MAIL FROM):</translation>
    </message>
    <message>
        <source>Warning: receivers treat address probing like directory harvesting, and probing can get your sender address or this machine&apos;s IP listed. Rebound probes only an address you enter or one a bounce calls unknown, at most once per domain every 10 minutes, and never sends a message. Some servers accept every address; those are reported as &quot;cannot be verified by probing&quot;.</source>
        <translation>Warnung: Empfänger behandeln das Prüfen von Adressen wie Directory Harvesting, und Prüfungen können dazu führen, dass Ihre Absenderadresse oder die IP dieses Rechners gelistet wird. Rebound prüft nur eine Adresse, die Sie eingeben, oder eine, die ein Bounce als unbekannt bezeichnet, höchstens einmal pro Domain alle 10 Minuten, und sendet nie eine Nachricht. Manche Server nehmen jede Adresse an; diese werden als „lässt sich durch Prüfung nicht verifizieren“ gemeldet.</translation>
    </message>
    <message>
        <source>Keep &amp;watching from the system tray when the window is closed</source>
        <translation>Bei geschlossenem Fenster im Infobereich &amp;weiter überwachen</translation>
    </message>
    <message>
        <source>Only when the desktop has a system tray and the watch list (View &gt; Watch) is not empty; File &gt; Quit always quits.</source>
        <translation>Nur wenn der Desktop einen Infobereich hat und die Überwachungsliste (Ansicht &gt; Überwachung) nicht leer ist; Datei &gt; Beenden beendet immer.</translation>
    </message>
    <message>
        <source>Mailbox probing needs your own email address as the sender (MAIL FROM).</source>
        <translation>Die Postfachprüfung braucht Ihre eigene E-Mail-Adresse als Absender (MAIL FROM).</translation>
    </message>
    <message>
        <source>Google Postmaster Tools</source>
        <translation>Google Postmaster Tools</translation>
    </message>
    <message>
        <source>OAuth client ID</source>
        <translation>OAuth-Client-ID</translation>
    </message>
    <message>
        <source>OAuth client secret</source>
        <translation>OAuth-Clientschlüssel</translation>
    </message>
    <message>
        <source>Domains to show</source>
        <translation>Anzuzeigende Domains</translation>
    </message>
    <message>
        <source>every domain of the account</source>
        <translation>alle Domains des Kontos</translation>
    </message>
    <message>
        <source>Co&amp;nnect…</source>
        <translation>&amp;Verbinden…</translation>
    </message>
    <message>
        <source>Disconnec&amp;t</source>
        <translation>&amp;Trennen</translation>
    </message>
    <message>
        <source>Rebound reads Google Postmaster Tools (spam rate, authentication and TLS rates, compliance) with your own OAuth client: in the Google Cloud console, enable the Gmail Postmaster Tools API and create an OAuth client of type Desktop app. Connect opens Google&apos;s sign-in in your browser; the access Rebound asks for is read-only, and the token is kept in the system keychain.</source>
        <translation>Rebound liest Google Postmaster Tools (Spamrate, Authentifizierungs- und TLS-Raten, Compliance) mit Ihrem eigenen OAuth-Client: Aktivieren Sie in der Google Cloud Console die Gmail Postmaster Tools API und erstellen Sie einen OAuth-Client vom Typ „Desktop-App“. „Verbinden“ öffnet die Google-Anmeldung in Ihrem Browser; Rebound fordert nur Lesezugriff an, und das Token wird im System-Schlüsselbund abgelegt.</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>Client-&amp;ID:</translation>
    </message>
    <message>
        <source>Client sec&amp;ret:</source>
        <translation>&amp;Clientschlüssel:</translation>
    </message>
    <message>
        <source>D&amp;omains:</source>
        <translation>D&amp;omains:</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>Verbunden.</translation>
    </message>
    <message>
        <source>Enter the client ID of your own OAuth client (Desktop app) first.</source>
        <translation>Geben Sie zuerst die Client-ID Ihres eigenen OAuth-Clients (Desktop-App) ein.</translation>
    </message>
    <message>
        <source>Sign in to Google</source>
        <translation>Bei Google anmelden</translation>
    </message>
    <message>
        <source>Google granted read-only access.</source>
        <translation>Google hat Lesezugriff gewährt.</translation>
    </message>
    <message>
        <source>Waiting for the sign-in in your browser…</source>
        <translation>Warten auf die Anmeldung in Ihrem Browser…</translation>
    </message>
    <message>
        <source>Google revoked the access.</source>
        <translation>Google hat den Zugriff widerrufen.</translation>
    </message>
    <message>
        <source>The token is deleted, but Google could not be told (%1): remove Rebound&apos;s access at myaccount.google.com/permissions.</source>
        <translation>Das Token ist gelöscht, aber Google konnte nicht benachrichtigt werden (%1): Entfernen Sie den Zugriff von Rebound unter myaccount.google.com/permissions.</translation>
    </message>
    <message>
        <source>Revoking…</source>
        <translation>Wird widerrufen…</translation>
    </message>
</context>
<context>
    <name>rebound::ui::SndsView</name>
    <message>
        <source>● Green</source>
        <translation>● Grün</translation>
    </message>
    <message>
        <source>▲ Yellow</source>
        <translation>▲ Gelb</translation>
    </message>
    <message>
        <source>■ Red</source>
        <translation>■ Rot</translation>
    </message>
    <message>
        <source>? Unknown</source>
        <translation>? Unbekannt</translation>
    </message>
    <message>
        <source>Microsoft SNDS</source>
        <translation>Microsoft SNDS</translation>
    </message>
    <message>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <source>Filter result</source>
        <translation>Filterergebnis</translation>
    </message>
    <message>
        <source>Complaint rate</source>
        <translation>Beschwerderate</translation>
    </message>
    <message>
        <source>Trap hits</source>
        <translation>Spamfallen-Treffer</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>No SNDS key: paste your Automated Data Access key in Settings &gt; Blocklists (sendersupport.olc.protection.outlook.com/snds, Automated Data Access).</source>
        <translation>Kein SNDS-Schlüssel: Fügen Sie Ihren Automated-Data-Access-Schlüssel unter Einstellungen &gt; Blocklists ein (sendersupport.olc.protection.outlook.com/snds, Automated Data Access).</translation>
    </message>
    <message>
        <source>Fetching SNDS data…</source>
        <translation>SNDS-Daten werden abgerufen…</translation>
    </message>
    <message>
        <source>Data of %1, fetched %2.</source>
        <translation>Daten vom %1, abgerufen am %2.</translation>
    </message>
    <message>
        <source>SNDS has no data for your IPs.</source>
        <translation>SNDS hat keine Daten für Ihre IPs.</translation>
    </message>
    <message>
        <source>SNDS could not be read: %1</source>
        <translation>SNDS konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Shown from the cache:</source>
        <translation>Aus dem Cache angezeigt:</translation>
    </message>
    <message>
        <source>Yes: %1</source>
        <translation>Ja: %1</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
</context>
<context>
    <name>rebound::ui::SpfTreeModel</name>
    <message>
        <source>Record / term</source>
        <translation>Eintrag / Term</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>no SPF record: %1</source>
        <translation>kein SPF-Eintrag: %1</translation>
    </message>
    <message>
        <source>◀ decided: %1</source>
        <translation>◀ entschieden: %1</translation>
    </message>
    <message>
        <source>matched</source>
        <translation>zutreffend</translation>
    </message>
    <message>
        <source>no match</source>
        <translation>kein Treffer</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>nicht erreicht</translation>
    </message>
    <message>
        <source>lookup %1 of %2: %3</source>
        <translation>Lookup %1 von %2: %3</translation>
    </message>
</context>
<context>
    <name>rebound::ui::WatchController</name>
    <message>
        <source>%1 is already watched.</source>
        <translation>%1 wird bereits überwacht.</translation>
    </message>
    <message>
        <source>The resolver settings are not valid: %1</source>
        <translation>Die Resolver-Einstellungen sind ungültig: %1</translation>
    </message>
    <message>
        <source>Cannot start the resolver: %1</source>
        <translation>Der Resolver kann nicht gestartet werden: %1</translation>
    </message>
</context>
<context>
    <name>rebound::ui::WatchTargetsModel</name>
    <message>
        <source>Not checked yet</source>
        <translation>Noch nicht geprüft</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Letzte Änderung</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>Zuletzt geprüft</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n checks) since %2</source>
        <translation>
            <numerusform>%1 (%n Prüfung) seit %2</numerusform>
            <numerusform>%1 (%n Prüfungen) seit %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2) since %3</source>
        <translation>%1 (%2) seit %3</translation>
    </message>
    <message>
        <source>Worst current state</source>
        <translation>Schlechtester aktueller Zustand</translation>
    </message>
</context>
<context>
    <name>rebound::ui::WatchTimelineModel</name>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
</context>
<context>
    <name>rebound::ui::WatchView</name>
    <message>
        <source>Target to watch</source>
        <translation>Zu überwachendes Ziel</translation>
    </message>
    <message>
        <source>203.0.113.7, 198.51.100.0/24 6h or example.com 1d</source>
        <translation>203.0.113.7, 198.51.100.0/24 6h oder example.com 1d</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Check &amp;now</source>
        <translation>&amp;Jetzt prüfen</translation>
    </message>
    <message>
        <source>Check every target now, whatever its schedule (F5)</source>
        <translation>Alle Ziele jetzt prüfen, unabhängig von ihrem Zeitplan (F5)</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source>IPs are checked every hour and domains every day (a target may say otherwise: &quot;6h&quot;, &quot;1d&quot;), never more often than the lists&apos; limits allow.</source>
        <translation>IPs werden stündlich und Domains täglich geprüft (ein Ziel kann etwas anderes angeben: „6h“, „1d“), nie häufiger, als die Limits der Listen erlauben.</translation>
    </message>
    <message>
        <source>Watched targets</source>
        <translation>Überwachte Ziele</translation>
    </message>
    <message>
        <source>Timeline of the selected target</source>
        <translation>Zeitleiste des ausgewählten Ziels</translation>
    </message>
    <message>
        <source>T&amp;imeline of the selected target:</source>
        <translation>Zeit&amp;leiste des ausgewählten Ziels:</translation>
    </message>
    <message>
        <source>Remove Target</source>
        <translation>Ziel entfernen</translation>
    </message>
    <message>
        <source>Check Now</source>
        <translation>Jetzt prüfen</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Prüfung läuft…</translation>
    </message>
    <message>
        <source>The watch could not run: %1</source>
        <translation>Die Überwachung konnte nicht laufen: %1</translation>
    </message>
    <message>
        <source>Checked: nothing changed.</source>
        <translation>Geprüft: nichts geändert.</translation>
    </message>
    <message numerus="yes">
        <source>Checked: %n change(s).</source>
        <translation>
            <numerusform>Geprüft: %n Änderung.</numerusform>
            <numerusform>Geprüft: %n Änderungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The watch database could not be opened: %1</source>
        <translation>Die Überwachungsdatenbank konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <translation>Nicht hinzugefügt: %1</translation>
    </message>
    <message>
        <source>Added. It is checked within a minute.</source>
        <translation>Hinzugefügt. Das Ziel wird innerhalb einer Minute geprüft.</translation>
    </message>
</context>
<context>
    <name>rebound::ui::WatchWords</name>
    <message>
        <source>%1: newly listed on %2</source>
        <translation>%1: neu gelistet auf %2</translation>
    </message>
    <message>
        <source>%1: no longer listed on %2</source>
        <translation>%1: nicht mehr gelistet auf %2</translation>
    </message>
    <message>
        <source>%1: %2 changed to %3</source>
        <translation>%1: %2 geändert zu %3</translation>
    </message>
    <message>
        <source>%1: %2 is missing or broken</source>
        <translation>%1: %2 fehlt oder ist fehlerhaft</translation>
    </message>
    <message>
        <source>%1: %2 is sound again</source>
        <translation>%1: %2 ist wieder in Ordnung</translation>
    </message>
    <message>
        <source>%1: could not check %2</source>
        <translation>%1: %2 konnte nicht geprüft werden</translation>
    </message>
    <message>
        <source>%1: %2 can be checked again</source>
        <translation>%1: %2 kann wieder geprüft werden</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weitere</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>blocklist</source>
        <translation>Blocklist</translation>
    </message>
    <message>
        <source>PTR</source>
        <translation>PTR</translation>
    </message>
    <message>
        <source>MX</source>
        <translation>MX</translation>
    </message>
    <message>
        <source>SPF</source>
        <translation>SPF</translation>
    </message>
    <message>
        <source>DMARC</source>
        <translation>DMARC</translation>
    </message>
    <message>
        <source>DKIM</source>
        <translation>DKIM</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Listed</source>
        <translation>Gelistet</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Fehlt</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>Fehlerhaft</translation>
    </message>
    <message>
        <source>Could not check</source>
        <translation>Nicht prüfbar</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>Nicht gefragt</translation>
    </message>
    <message>
        <source>Newly listed</source>
        <translation>Neu gelistet</translation>
    </message>
    <message>
        <source>Delisted</source>
        <translation>Delistet</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Broke</source>
        <translation>Fehlerhaft geworden</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <source>Checked again</source>
        <translation>Erneut geprüft</translation>
    </message>
    <message>
        <source>Microsoft SNDS</source>
        <translation>Microsoft SNDS</translation>
    </message>
    <message>
        <source>MTA-STS mode</source>
        <translation>MTA-STS-Modus</translation>
    </message>
    <message>
        <source>TLS certificate</source>
        <translation>TLS-Zertifikat</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Grün</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Gelb</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Rot</translation>
    </message>
    <message>
        <source>No SNDS data</source>
        <translation>Keine SNDS-Daten</translation>
    </message>
    <message>
        <source>Near expiry</source>
        <translation>Läuft bald ab</translation>
    </message>
    <message>
        <source>No STARTTLS</source>
        <translation>Kein STARTTLS</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Invalid certificate</source>
        <translation>Ungültiges Zertifikat</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Erfordert Aufmerksamkeit</translation>
    </message>
    <message>
        <source>%1: the certificate of %2: %3</source>
        <translation>%1: das Zertifikat von %2: %3</translation>
    </message>
    <message>
        <source>%1: %2 needs attention</source>
        <translation>%1: %2 erfordert Aufmerksamkeit</translation>
    </message>
</context>
</TS>
