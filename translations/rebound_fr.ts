<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>TabFindings</name>
    <message>
        <source>One SPF record published for %1</source>
        <translation>Un enregistrement SPF publié pour %1</translation>
    </message>
    <message>
        <source>%1 SPF records published for %2: receivers treat that as an error</source>
        <translation>%1 enregistrements SPF publiés pour %2 : les destinataires le traitent comme une erreur</translation>
    </message>
    <message>
        <source>RFC 7208 allows one v=spf1 record per name; with more, the result is a permanent error. Merge them into one.</source>
        <translation>La RFC 7208 autorise un seul enregistrement v=spf1 par nom ; s&apos;il y en a plusieurs, le résultat est une erreur permanente (permerror). Fusionnez-les en un seul.</translation>
    </message>
    <message>
        <source>decided by %1: %2</source>
        <translation>décidé par %1 : %2</translation>
    </message>
    <message>
        <source>SPF result: %1, %2</source>
        <translation>Résultat SPF : %1, %2</translation>
    </message>
    <message>
        <source>DMARC record found at %1</source>
        <translation>Enregistrement DMARC trouvé à %1</translation>
    </message>
    <message>
        <source>DKIM key found for selector %1</source>
        <translation>Clé DKIM trouvée pour le sélecteur %1</translation>
    </message>
    <message>
        <source>No DKIM key for selector %1</source>
        <translation>Aucune clé DKIM pour le sélecteur %1</translation>
    </message>
    <message>
        <source>MX %1: %2</source>
        <translation>MX %1 : %2</translation>
    </message>
    <message>
        <source>Mail server %1 (preference %2) has an address</source>
        <translation>Le serveur de messagerie %1 (préférence %2) a une adresse</translation>
    </message>
    <message>
        <source>%1 has reverse DNS that resolves back to it</source>
        <translation>%1 a un DNS inverse qui renvoie bien à cette adresse</translation>
    </message>
    <message>
        <source>DNS lookups: %1 of the %2 allowed; void lookups: %3 of %4</source>
        <translation>Requêtes DNS : %1 sur les %2 autorisées ; requêtes vides : %3 sur %4</translation>
    </message>
    <message>
        <source>The message carries no DKIM signature</source>
        <translation>Le message ne porte aucune signature DKIM</translation>
    </message>
    <message>
        <source>DKIM d=%1 s=%2: %3</source>
        <translation>DKIM d=%1 s=%2 : %3</translation>
    </message>
    <message>
        <source>SPF %1 for %2 sending as %3</source>
        <translation>SPF %1 pour %2 envoyant au nom de %3</translation>
    </message>
    <message>
        <source>DMARC %1 for %2</source>
        <translation>DMARC %1 pour %2</translation>
    </message>
    <message>
        <source>ARC chain: %1</source>
        <translation>Chaîne ARC : %1</translation>
    </message>
    <message>
        <source>Bulk-sender rules: %1 of %2 pass</source>
        <translation>Règles des expéditeurs en masse : %1 sur %2 respectées</translation>
    </message>
    <message>
        <source>Organizational domain (DNS tree walk): %1</source>
        <translation>Domaine organisationnel (parcours de l&apos;arbre DNS) : %1</translation>
    </message>
    <message>
        <source>DKIM key found for selector %1 (found by %2)</source>
        <translation>Clé DKIM trouvée pour le sélecteur %1 (trouvée via %2)</translation>
    </message>
    <message>
        <source>MTA-STS policy of %1: mode %2, max_age %3</source>
        <translation>Politique MTA-STS de %1 : mode %2, max_age %3</translation>
    </message>
    <message>
        <source>MX %1 is covered by the MTA-STS policy</source>
        <translation>Le MX %1 est couvert par la politique MTA-STS</translation>
    </message>
    <message>
        <source>MX %1 is not covered by the MTA-STS policy</source>
        <translation>Le MX %1 n&apos;est pas couvert par la politique MTA-STS</translation>
    </message>
    <message>
        <source>The BIMI logo is SVG Tiny PS</source>
        <translation>Le logo BIMI est au format SVG Tiny PS</translation>
    </message>
    <message>
        <source>The BIMI logo is not SVG Tiny PS</source>
        <translation>Le logo BIMI n&apos;est pas au format SVG Tiny PS</translation>
    </message>
    <message>
        <source>BIMI mark certificate: %1</source>
        <translation>Certificat de marque BIMI : %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Email deliverability troubleshooter</source>
        <translation>Dépannage de la délivrabilité des e-mails</translation>
    </message>
    <message>
        <source>Show the main window, start the event loop and exit (for packaging checks).</source>
        <translation>Afficher la fenêtre principale, lancer la boucle d&apos;événements et quitter (pour les contrôles d&apos;empaquetage).</translation>
    </message>
    <message>
        <source>A bounce or .eml file, or a saved session (.json, Rebound PDF), to open.</source>
        <translation>Un fichier de rebond ou .eml, ou une session enregistrée (.json, PDF Rebound), à ouvrir.</translation>
    </message>
</context>
<context>
    <name>rebound::auth</name>
    <message>
        <source>the local part (before @) is empty</source>
        <translation>la partie locale (avant @) est vide</translation>
    </message>
    <message>
        <source>the local part is %1 octets; the limit is 64 (RFC 5321 4.5.3.1.1)</source>
        <translation>la partie locale fait %1 octets ; la limite est 64 (RFC 5321 4.5.3.1.1)</translation>
    </message>
    <message>
        <source>the quoted local part is not closed</source>
        <translation>la partie locale entre guillemets n&apos;est pas fermée</translation>
    </message>
    <message>
        <source>the quoted local part holds a character that must be escaped</source>
        <translation>la partie locale entre guillemets contient un caractère qui doit être échappé</translation>
    </message>
    <message>
        <source>dots may not start or end the local part or follow each other</source>
        <translation>les points ne peuvent ni commencer ni terminer la partie locale, ni se suivre</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not allowed in an unquoted local part</source>
        <translation>&apos;%1&apos; n&apos;est pas permis dans une partie locale sans guillemets</translation>
    </message>
    <message>
        <source>the address is far too long</source>
        <translation>l&apos;adresse est beaucoup trop longue</translation>
    </message>
    <message>
        <source>there is no @</source>
        <translation>il n&apos;y a pas de @</translation>
    </message>
    <message>
        <source>the address literal is not a valid IP address</source>
        <translation>le littéral d&apos;adresse n&apos;est pas une adresse IP valide</translation>
    </message>
    <message>
        <source>an address literal instead of a domain is accepted by almost no mail system</source>
        <translation>presque aucun système de messagerie n&apos;accepte un littéral d&apos;adresse à la place d&apos;un domaine</translation>
    </message>
    <message>
        <source>the domain is not a fully qualified name</source>
        <translation>le domaine n&apos;est pas un nom pleinement qualifié</translation>
    </message>
    <message>
        <source>the domain is invalid: %1</source>
        <translation>le domaine n&apos;est pas valide : %1</translation>
    </message>
    <message>
        <source>the domain holds characters that are not allowed in a host name</source>
        <translation>le domaine contient des caractères interdits dans un nom d&apos;hôte</translation>
    </message>
    <message>
        <source>the address is longer than 254 octets (RFC 5321 4.5.3.1.3 with RFC 3696 errata)</source>
        <translation>l&apos;adresse dépasse 254 octets (RFC 5321 4.5.3.1.3 avec les errata de la RFC 3696)</translation>
    </message>
    <message>
        <source>the required id= tag is missing (RFC 8461 3.1)</source>
        <translation>la balise obligatoire id= manque (RFC 8461 3.1)</translation>
    </message>
    <message>
        <source>id= must be 1 to 32 letters and digits</source>
        <translation>id= doit compter de 1 à 32 lettres et chiffres</translation>
    </message>
    <message>
        <source>the required rua= tag is missing (RFC 8460 3)</source>
        <translation>la balise obligatoire rua= manque (RFC 8460 3)</translation>
    </message>
    <message>
        <source>rua &apos;%1&apos; is neither mailto: nor https:</source>
        <translation>rua &apos;%1&apos; n&apos;est ni mailto: ni https:</translation>
    </message>
    <message>
        <source>the l= tag (logo URL) is missing</source>
        <translation>la balise l= (URL du logo) manque</translation>
    </message>
    <message>
        <source>l= must be an https:// URL of an SVG file</source>
        <translation>l= doit être une URL https:// d&apos;un fichier SVG</translation>
    </message>
    <message>
        <source>a= (the mark certificate) must be an https:// URL</source>
        <translation>a= (le certificat de marque) doit être une URL https://</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a mailto: address; reports cannot be sent there</source>
        <translation>%1 : &apos;%2&apos; n&apos;est pas une adresse mailto: ; aucun rapport ne peut y être envoyé</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a mailto: URI; receivers ignore it</source>
        <translation>%1 : &apos;%2&apos; n&apos;est pas une URI mailto: ; les destinataires l&apos;ignorent</translation>
    </message>
    <message>
        <source>the record is empty</source>
        <translation>l&apos;enregistrement est vide</translation>
    </message>
    <message>
        <source>v: the record must start with &quot;v=DMARC1&quot;</source>
        <translation>v : l&apos;enregistrement doit commencer par « v=DMARC1 »</translation>
    </message>
    <message>
        <source>%1: the tag appears more than once; receivers may use either</source>
        <translation>%1 : la balise apparaît plusieurs fois ; les destinataires peuvent utiliser l&apos;une ou l&apos;autre</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no &apos;=&apos; and value</source>
        <translation>&apos;%1&apos; n&apos;a ni &apos;=&apos; ni valeur</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not none, quarantine or reject</source>
        <translation>%1 : &apos;%2&apos; n&apos;est ni none, ni quarantine, ni reject</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; should be written in full (none, quarantine, reject); some receivers ignore the record</source>
        <translation>%1 : &apos;%2&apos; devrait être écrit en entier (none, quarantine, reject) ; certains destinataires ignorent l&apos;enregistrement</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not r (relaxed) or s (strict)</source>
        <translation>%1 : &apos;%2&apos; n&apos;est ni r (relaxed) ni s (strict)</translation>
    </message>
    <message>
        <source>pct: &apos;%1&apos; is not a whole number from 0 to 100</source>
        <translation>pct : &apos;%1&apos; n&apos;est pas un nombre entier de 0 à 100</translation>
    </message>
    <message>
        <source>ri: &apos;%1&apos; is not a number of seconds</source>
        <translation>ri : &apos;%1&apos; n&apos;est pas un nombre de secondes</translation>
    </message>
    <message>
        <source>rf: &apos;%1&apos; is not a report format (afrf)</source>
        <translation>rf : &apos;%1&apos; n&apos;est pas un format de rapport (afrf)</translation>
    </message>
    <message>
        <source>fo: &apos;%1&apos; is not 0, 1, d or s</source>
        <translation>fo : &apos;%1&apos; n&apos;est ni 0, ni 1, ni d, ni s</translation>
    </message>
    <message>
        <source>psd: &apos;%1&apos; is not y, n or u</source>
        <translation>psd : &apos;%1&apos; n&apos;est ni y, ni n, ni u</translation>
    </message>
    <message>
        <source>t: &apos;%1&apos; is not y or n</source>
        <translation>t : &apos;%1&apos; n&apos;est ni y ni n</translation>
    </message>
    <message>
        <source>p: the required policy tag is missing</source>
        <translation>p : la balise de politique obligatoire manque</translation>
    </message>
    <message>
        <source>p= is not valid base64</source>
        <translation>p= n&apos;est pas du base64 valide</translation>
    </message>
    <message>
        <source>an Ed25519 key is 32 bytes; p= holds %1</source>
        <translation>une clé Ed25519 fait 32 octets ; p= en contient %1</translation>
    </message>
    <message>
        <source>OpenSSL could not read the Ed25519 key</source>
        <translation>OpenSSL n&apos;a pas pu lire la clé Ed25519</translation>
    </message>
    <message>
        <source>Ed25519 keys (RFC 8463) are not verified by every receiver; sign with an RSA key as well</source>
        <translation>les clés Ed25519 (RFC 8463) ne sont pas vérifiées par tous les destinataires ; signez aussi avec une clé RSA</translation>
    </message>
    <message>
        <source>p= does not hold an RSA public key that OpenSSL can read</source>
        <translation>p= ne contient pas de clé publique RSA lisible par OpenSSL</translation>
    </message>
    <message>
        <source>the RSA key has %1 bits; RFC 8301 forbids verifying keys under 1024 bits, so signatures with it fail</source>
        <translation>la clé RSA fait %1 bits ; la RFC 8301 interdit de vérifier les clés de moins de 1024 bits, les signatures avec elle échouent donc</translation>
    </message>
    <message>
        <source>the RSA key has %1 bits; 2048 is the recommended size (RFC 8301)</source>
        <translation>la clé RSA fait %1 bits ; la taille recommandée est 2048 (RFC 8301)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a tag=value pair</source>
        <translation>&apos;%1&apos; n&apos;est pas une paire balise=valeur</translation>
    </message>
    <message>
        <source>the tag %1 appears twice, which makes the record invalid (RFC 6376 3.2)</source>
        <translation>la balise %1 apparaît deux fois, ce qui rend l&apos;enregistrement invalide (RFC 6376 3.2)</translation>
    </message>
    <message>
        <source>v=%1: the only version is DKIM1</source>
        <translation>v=%1 : la seule version est DKIM1</translation>
    </message>
    <message>
        <source>v= must be the first tag when present</source>
        <translation>v= doit être la première balise quand elle est présente</translation>
    </message>
    <message>
        <source>k=%1 is not a known key type (rsa, ed25519)</source>
        <translation>k=%1 n&apos;est pas un type de clé connu (rsa, ed25519)</translation>
    </message>
    <message>
        <source>h= does not allow sha256; RFC 8301 forbids sha1, so no signature can verify</source>
        <translation>h= n&apos;autorise pas sha256 ; la RFC 8301 interdit sha1, aucune signature ne peut donc être vérifiée</translation>
    </message>
    <message>
        <source>h= still lists sha1, which RFC 8301 retired</source>
        <translation>h= liste encore sha1, que la RFC 8301 a retiré</translation>
    </message>
    <message>
        <source>t=y: the domain says it is testing DKIM; receivers may treat failures as if unsigned</source>
        <translation>t=y : le domaine indique qu&apos;il teste DKIM ; les destinataires peuvent traiter les échecs comme du courrier non signé</translation>
    </message>
    <message>
        <source>s=%1 excludes email, so the key cannot verify mail</source>
        <translation>s=%1 exclut email, la clé ne peut donc pas vérifier de courrier</translation>
    </message>
    <message>
        <source>no p= tag: the record has no public key</source>
        <translation>pas de balise p= : l&apos;enregistrement n&apos;a pas de clé publique</translation>
    </message>
    <message>
        <source>p= is empty: the key has been revoked, so signatures with this selector fail</source>
        <translation>p= est vide : la clé a été révoquée, les signatures avec ce sélecteur échouent donc</translation>
    </message>
    <message>
        <source>%1 %2 record(s)</source>
        <translation>%1 enregistrement(s) %2</translation>
    </message>
    <message>
        <source>no %1 records (NODATA)</source>
        <translation>aucun enregistrement %1 (NODATA)</translation>
    </message>
    <message>
        <source>the name does not exist (NXDOMAIN)</source>
        <translation>le nom n&apos;existe pas (NXDOMAIN)</translation>
    </message>
    <message>
        <source>not a valid DNS name</source>
        <translation>pas un nom DNS valide</translation>
    </message>
    <message>
        <source>%1 for %2 %3</source>
        <translation>%1 pour %2 %3</translation>
    </message>
    <message>
        <source>%1 for %2 %3: %4</source>
        <translation>%1 pour %2 %3 : %4</translation>
    </message>
    <message>
        <source>more than %1 DNS lookups returned no records (void lookup limit, RFC 7208 4.6.4)</source>
        <translation>plus de %1 requêtes DNS n&apos;ont renvoyé aucun enregistrement (limite des requêtes vides, RFC 7208 4.6.4)</translation>
    </message>
    <message>
        <source>not a valid, fully qualified domain name (RFC 7208 4.3)</source>
        <translation>pas un nom de domaine valide et pleinement qualifié (RFC 7208 4.3)</translation>
    </message>
    <message>
        <source>the domain does not exist (NXDOMAIN)</source>
        <translation>le domaine n&apos;existe pas (NXDOMAIN)</translation>
    </message>
    <message>
        <source>the TXT lookup failed: %1</source>
        <translation>la requête TXT a échoué : %1</translation>
    </message>
    <message>
        <source>no SPF record (no TXT record starting with &quot;v=spf1&quot;)</source>
        <translation>pas d&apos;enregistrement SPF (aucun enregistrement TXT commençant par « v=spf1 »)</translation>
    </message>
    <message>
        <source>%1 SPF records are published; there must be exactly one</source>
        <translation>%1 enregistrements SPF sont publiés ; il en faut exactement un</translation>
    </message>
    <message>
        <source>syntax error at position %1 (&apos;%2&apos;): %3</source>
        <translation>erreur de syntaxe à la position %1 (&apos;%2&apos;) : %3</translation>
    </message>
    <message>
        <source>over the DNS lookup limit</source>
        <translation>au-delà de la limite de requêtes DNS</translation>
    </message>
    <message>
        <source>more than %1 DNS-querying terms (include, a, mx, ptr, exists, redirect) were needed (RFC 7208 4.6.4)</source>
        <translation>plus de %1 termes qui interrogent le DNS (include, a, mx, ptr, exists, redirect) étaient nécessaires (RFC 7208 4.6.4)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; matched</source>
        <translation>&apos;%1&apos; a correspondu</translation>
    </message>
    <message>
        <source>more than %1 DNS-querying terms were needed (RFC 7208 4.6.4)</source>
        <translation>plus de %1 termes qui interrogent le DNS étaient nécessaires (RFC 7208 4.6.4)</translation>
    </message>
    <message>
        <source>the redirect target has no SPF record: %1</source>
        <translation>la cible du redirect n&apos;a pas d&apos;enregistrement SPF : %1</translation>
    </message>
    <message>
        <source>redirect to %1, which has no SPF record</source>
        <translation>redirect vers %1, qui n&apos;a pas d&apos;enregistrement SPF</translation>
    </message>
    <message>
        <source>result %1</source>
        <translation>résultat %1</translation>
    </message>
    <message>
        <source>no term matched; the default result is neutral</source>
        <translation>aucun terme n&apos;a correspondu ; le résultat par défaut est neutral</translation>
    </message>
    <message>
        <source>always matches</source>
        <translation>correspond toujours</translation>
    </message>
    <message>
        <source>no client IP given</source>
        <translation>aucune IP client fournie</translation>
    </message>
    <message>
        <source>the IP is in this network</source>
        <translation>l&apos;IP est dans ce réseau</translation>
    </message>
    <message>
        <source>the IP is not in this network</source>
        <translation>l&apos;IP n&apos;est pas dans ce réseau</translation>
    </message>
    <message>
        <source>depends on the client IP, which was not given</source>
        <translation>dépend de l&apos;IP client, qui n&apos;a pas été fournie</translation>
    </message>
    <message>
        <source>%1 returned %2</source>
        <translation>%1 a renvoyé %2</translation>
    </message>
    <message>
        <source>the included domain %1 has no SPF record</source>
        <translation>le domaine inclus %1 n&apos;a pas d&apos;enregistrement SPF</translation>
    </message>
    <message>
        <source>validated PTR name %1</source>
        <translation>nom PTR validé %1</translation>
    </message>
    <message>
        <source>no validated PTR name</source>
        <translation>aucun nom PTR validé</translation>
    </message>
    <message>
        <source>validated PTR names: %1</source>
        <translation>noms PTR validés : %1</translation>
    </message>
    <message>
        <source>%1 has %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>%1 MX records; an mx term may look up at most %2 (RFC 7208 4.6.4)</source>
        <translation>%1 enregistrements MX ; un terme mx peut en interroger au plus %2 (RFC 7208 4.6.4)</translation>
    </message>
    <message>
        <source>the evaluation took longer than %1 ms (RFC 7208 4.6.4)</source>
        <translation>l&apos;évaluation a duré plus de %1 ms (RFC 7208 4.6.4)</translation>
    </message>
    <message>
        <source>unknown macro letter &apos;%1&apos;</source>
        <translation>lettre de macro inconnue &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unterminated macro</source>
        <translation>macro non terminée</translation>
    </message>
    <message>
        <source>a macro transformer of zero parts is not allowed</source>
        <translation>un transformateur de macro à zéro partie n&apos;est pas permis</translation>
    </message>
    <message>
        <source>malformed macro: expected &apos;}&apos;</source>
        <translation>macro mal formée : &apos;}&apos; attendu</translation>
    </message>
    <message>
        <source>character %1 is not allowed in a macro-string</source>
        <translation>le caractère %1 n&apos;est pas permis dans une macro-string</translation>
    </message>
    <message>
        <source>a lone &apos;%&apos; must be written &apos;%%&apos;</source>
        <translation>un &apos;%&apos; seul doit s&apos;écrire &apos;%%&apos;</translation>
    </message>
    <message>
        <source>&apos;%&apos; followed by &apos;%1&apos; is not a macro (write &apos;%%&apos; for a percent sign)</source>
        <translation>&apos;%&apos; suivi de &apos;%1&apos; n&apos;est pas une macro (écrivez &apos;%%&apos; pour un signe pour cent)</translation>
    </message>
    <message>
        <source>%1 needs &apos;:&apos; and an address</source>
        <translation>%1 exige &apos;:&apos; et une adresse</translation>
    </message>
    <message>
        <source>invalid prefix length &apos;%1&apos;</source>
        <translation>longueur de préfixe invalide &apos;%1&apos;</translation>
    </message>
    <message>
        <source>invalid %1 address &apos;%2&apos;</source>
        <translation>adresse %1 invalide &apos;%2&apos;</translation>
    </message>
    <message>
        <source>invalid IPv4 prefix length &apos;/%1&apos;</source>
        <translation>longueur de préfixe IPv4 invalide &apos;/%1&apos;</translation>
    </message>
    <message>
        <source>invalid IPv6 prefix length &apos;//%1&apos;</source>
        <translation>longueur de préfixe IPv6 invalide &apos;//%1&apos;</translation>
    </message>
    <message>
        <source>%1 needs &apos;:&apos; and a domain</source>
        <translation>%1 exige &apos;:&apos; et un domaine</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos; after %2</source>
        <translation>&apos;%1&apos; inattendu après %2</translation>
    </message>
    <message>
        <source>&apos;all&apos; takes no argument</source>
        <translation>&apos;all&apos; ne prend pas d&apos;argument</translation>
    </message>
    <message>
        <source>unknown mechanism &apos;%1&apos;</source>
        <translation>mécanisme inconnu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>empty domain-spec</source>
        <translation>domain-spec vide</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not end in a valid top label (use a fully qualified name)</source>
        <translation>&apos;%1&apos; ne se termine pas par une étiquette de premier niveau valide (utilisez un nom pleinement qualifié)</translation>
    </message>
    <message>
        <source>byte %1 is not allowed in an SPF record (only printable ASCII and spaces)</source>
        <translation>l&apos;octet %1 n&apos;est pas permis dans un enregistrement SPF (seulement de l&apos;ASCII imprimable et des espaces)</translation>
    </message>
    <message>
        <source>the record does not start with &quot;v=spf1&quot;</source>
        <translation>l&apos;enregistrement ne commence pas par « v=spf1 »</translation>
    </message>
    <message>
        <source>&apos;%1=&apos; may appear only once</source>
        <translation>&apos;%1=&apos; ne peut apparaître qu&apos;une fois</translation>
    </message>
    <message>
        <source>the root element is not &lt;svg&gt; in the SVG namespace</source>
        <translation>l&apos;élément racine n&apos;est pas &lt;svg&gt; dans l&apos;espace de noms SVG</translation>
    </message>
    <message>
        <source>baseProfile is &quot;%1&quot;, not &quot;%2&quot;</source>
        <translation>baseProfile vaut « %1 » et non « %2 »</translation>
    </message>
    <message>
        <source>version is &quot;%1&quot;, not &quot;%2&quot;</source>
        <translation>version vaut « %1 » et non « %2 »</translation>
    </message>
    <message>
        <source>the root &lt;svg&gt; has a %1= attribute, which SVG Tiny PS forbids</source>
        <translation>l&apos;élément racine &lt;svg&gt; a un attribut %1=, que SVG Tiny PS interdit</translation>
    </message>
    <message>
        <source>the viewBox is %1 by %2: a BIMI logo must be square</source>
        <translation>la viewBox fait %1 sur %2 : un logo BIMI doit être carré</translation>
    </message>
    <message>
        <source>no viewBox: the logo cannot be scaled reliably</source>
        <translation>pas de viewBox : le logo ne peut pas être mis à l&apos;échelle de façon fiable</translation>
    </message>
    <message>
        <source>&lt;%1&gt; is not allowed in SVG Tiny PS</source>
        <translation>&lt;%1&gt; n&apos;est pas autorisé dans SVG Tiny PS</translation>
    </message>
    <message>
        <source>&lt;%1&gt; has an event handler (%2=)</source>
        <translation>&lt;%1&gt; a un gestionnaire d&apos;événement (%2=)</translation>
    </message>
    <message>
        <source>&lt;%1&gt; refers to %2: external references are not allowed</source>
        <translation>&lt;%1&gt; fait référence à %2 : les références externes ne sont pas autorisées</translation>
    </message>
    <message>
        <source>&lt;%1&gt; %2= refers outside the file</source>
        <translation>&lt;%1&gt; %2= fait référence à l&apos;extérieur du fichier</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>statut HTTP %1</translation>
    </message>
    <message>
        <source>%1 bytes, more than the %2 allowed</source>
        <translation>%1 octets, plus que les %2 autorisés</translation>
    </message>
    <message>
        <source>a DOCTYPE declaration (DTDs and entities are not allowed)</source>
        <translation>une déclaration DOCTYPE (les DTD et les entités ne sont pas autorisées)</translation>
    </message>
    <message>
        <source>an entity reference (entities are not allowed)</source>
        <translation>une référence d&apos;entité (les entités ne sont pas autorisées)</translation>
    </message>
    <message>
        <source>not well-formed XML: %1 (line %2)</source>
        <translation>XML mal formé : %1 (ligne %2)</translation>
    </message>
    <message>
        <source>no root element</source>
        <translation>pas d&apos;élément racine</translation>
    </message>
    <message>
        <source>no &lt;title&gt; element (SVG Tiny PS requires one, naming the brand)</source>
        <translation>pas d&apos;élément &lt;title&gt; (SVG Tiny PS en exige un, qui nomme la marque)</translation>
    </message>
    <message>
        <source>no PEM certificate in the file</source>
        <translation>aucun certificat PEM dans le fichier</translation>
    </message>
    <message>
        <source>lines end with LF alone; RFC 8461 3.2 asks for CRLF</source>
        <translation>les lignes se terminent par LF seul ; la RFC 8461 3.2 demande CRLF</translation>
    </message>
    <message>
        <source>more than 1000 lines</source>
        <translation>plus de 1000 lignes</translation>
    </message>
    <message>
        <source>line %1 is not &quot;key: value&quot;: %2</source>
        <translation>la ligne %1 n&apos;est pas de la forme « clé: valeur » : %2</translation>
    </message>
    <message>
        <source>%1 appears more than once; the first is used</source>
        <translation>%1 apparaît plus d&apos;une fois ; la première occurrence est utilisée</translation>
    </message>
    <message>
        <source>max_age &quot;%1&quot; is not a number of seconds</source>
        <translation>max_age « %1 » n&apos;est pas un nombre de secondes</translation>
    </message>
    <message>
        <source>max_age %1 is above the largest allowed, %2</source>
        <translation>max_age %1 dépasse le maximum autorisé, %2</translation>
    </message>
    <message>
        <source>mx &quot;%1&quot; is not a host name or a *.domain pattern</source>
        <translation>mx « %1 » n&apos;est ni un nom d&apos;hôte ni un motif *.domaine</translation>
    </message>
    <message>
        <source>the version field is missing</source>
        <translation>le champ version manque</translation>
    </message>
    <message>
        <source>version is &quot;%1&quot;, not STSv1</source>
        <translation>version vaut « %1 » et non STSv1</translation>
    </message>
    <message>
        <source>the mode field is missing</source>
        <translation>le champ mode manque</translation>
    </message>
    <message>
        <source>mode is &quot;%1&quot;, not enforce, testing or none</source>
        <translation>mode vaut « %1 » et non enforce, testing ou none</translation>
    </message>
    <message>
        <source>the max_age field is missing</source>
        <translation>le champ max_age manque</translation>
    </message>
    <message>
        <source>no mx field: the policy names no mail host</source>
        <translation>pas de champ mx : la politique ne nomme aucun hôte de messagerie</translation>
    </message>
</context>
<context>
    <name>rebound::blocklist</name>
    <message>
        <source>undocumented bits %1</source>
        <translation>bits non documentés %1</translation>
    </message>
    <message>
        <source>answer outside 127.0.0.0/8</source>
        <translation>réponse hors de 127.0.0.0/8</translation>
    </message>
    <message>
        <source>not documented for this list</source>
        <translation>non documenté pour cette liste</translation>
    </message>
    <message>
        <source>Try again later, or through another resolver.</source>
        <translation>Réessayez plus tard, ou via un autre résolveur.</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>et %1 de plus</translation>
    </message>
    <message>
        <source>%1 is not documented for this list</source>
        <translation>%1 n&apos;est pas documenté pour cette liste</translation>
    </message>
    <message>
        <source>%1 is not trusted: %2</source>
        <translation>%1 n&apos;est pas fiable : %2</translation>
    </message>
    <message>
        <source>answered %1, outside 127.0.0.0/8 where RFC 5782 answers must be: the list&apos;s domain may have lapsed, or the resolver rewrites answers</source>
        <translation>a répondu %1, hors de 127.0.0.0/8 où doivent se trouver les réponses selon la RFC 5782 : le domaine de la liste a peut-être expiré, ou le résolveur réécrit les réponses</translation>
    </message>
    <message>
        <source>the list refused the query (%1); this is not a listing</source>
        <translation>la liste a refusé la requête (%1) ; ce n&apos;est pas un listage</translation>
    </message>
    <message>
        <source>the DNS server refused the query (REFUSED)</source>
        <translation>le serveur DNS a refusé la requête (REFUSED)</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>no usable answer (%1)</source>
        <translation>aucune réponse exploitable (%1)</translation>
    </message>
    <message>
        <source>no usable answer (%1: %2)</source>
        <translation>aucune réponse exploitable (%1 : %2)</translation>
    </message>
    <message>
        <source>test point %1: %2</source>
        <translation>point de test %1 : %2</translation>
    </message>
    <message>
        <source>test point %1 is not listed (%2), though RFC 5782 says it must be: the list is dead or emptied, does not serve %3, or answers nothing to this resolver (Spamhaus does this to public resolvers)</source>
        <translation>le point de test %1 n&apos;est pas listé (%2), alors que la RFC 5782 l&apos;exige : la liste est morte ou vidée, ne sert pas %3, ou ne répond rien à ce résolveur (Spamhaus fait ainsi avec les résolveurs publics)</translation>
    </message>
    <message>
        <source>test point %1 answered %2, but the list documents %3: it changed its codes or is not the list it claims to be</source>
        <translation>le point de test %1 a répondu %2, mais la liste documente %3 : elle a changé ses codes ou n&apos;est pas la liste qu&apos;elle prétend être</translation>
    </message>
    <message>
        <source>lists the test point %1 (%2), which RFC 5782 says must never be listed: the list answers for everything (wildcard), so its answers are ignored</source>
        <translation>liste le point de test %1 (%2), qui selon la RFC 5782 ne doit jamais être listé : la liste répond à tout (joker), ses réponses sont donc ignorées</translation>
    </message>
    <message>
        <source>could not verify the list in this run: %1. Its answer for this address (%2) does not count</source>
        <translation>impossible de vérifier la liste lors de cette exécution : %1. Sa réponse pour cette adresse (%2) ne compte pas</translation>
    </message>
    <message>
        <source>could not verify the list in this run: %1</source>
        <translation>impossible de vérifier la liste lors de cette exécution : %1</translation>
    </message>
    <message>
        <source>needs a Spamhaus DQS key (%1)</source>
        <translation>nécessite une clé Spamhaus DQS (%1)</translation>
    </message>
    <message>
        <source>needs an Abusix key (%1)</source>
        <translation>nécessite une clé Abusix (%1)</translation>
    </message>
    <message>
        <source>needs a key (%1)</source>
        <translation>nécessite une clé (%1)</translation>
    </message>
    <message>
        <source>the list does not cover IPv4 addresses</source>
        <translation>la liste ne couvre pas les adresses IPv4</translation>
    </message>
    <message>
        <source>the list does not cover IPv6 addresses</source>
        <translation>la liste ne couvre pas les adresses IPv6</translation>
    </message>
    <message>
        <source>the list does not cover domains</source>
        <translation>la liste ne couvre pas les domaines</translation>
    </message>
    <message>
        <source>not queried: the list is unverified. %1</source>
        <translation>non interrogée : la liste n&apos;est pas vérifiée. %1</translation>
    </message>
    <message>
        <source>not queried: the list is for paying customers only. %1</source>
        <translation>non interrogée : la liste est réservée aux clients payants. %1</translation>
    </message>
    <message>
        <source>not queried: the list is defunct. %1</source>
        <translation>non interrogée : la liste a disparu. %1</translation>
    </message>
    <message>
        <source>not queried: the list is %1. %2</source>
        <translation>non interrogée : état de la liste : %1. %2</translation>
    </message>
    <message>
        <source>no resolver</source>
        <translation>aucun résolveur</translation>
    </message>
    <message>
        <source>could not check (list not answering): its test point or its first queries got no answer within the deadline, so it was not asked again in this run</source>
        <translation>non vérifiable (la liste ne répond pas) : son point de test ou ses premières requêtes sont restés sans réponse dans le délai, elle n&apos;a donc plus été interrogée pendant cette exécution</translation>
    </message>
    <message>
        <source>could not check (list failing): its test point or its first queries got SERVFAIL, so it was not asked again in this run</source>
        <translation>non vérifiable (la liste échoue) : son point de test ou ses premières requêtes ont reçu SERVFAIL, elle n&apos;a donc plus été interrogée pendant cette exécution</translation>
    </message>
    <message>
        <source>could not check (list refusing): its test point or its first queries were REFUSED, so it was not asked again in this run</source>
        <translation>non vérifiable (la liste refuse) : son point de test ou ses premières requêtes ont reçu REFUSED, elle n&apos;a donc plus été interrogée pendant cette exécution</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Listed</source>
        <translation>Listée</translation>
    </message>
    <message>
        <source>Not listed</source>
        <translation>Non listée</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>Non interrogée</translation>
    </message>
    <message>
        <source>Could not check</source>
        <translation>Non vérifiable</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 listed, %2 could not be checked (not counted as clean), %3 not listed, %4 not asked.</source>
        <translation>%1 listée(s), %2 non vérifiable(s) (non comptée(s) comme propre(s)), %3 non listée(s), %4 non interrogée(s).</translation>
    </message>
</context>
<context>
    <name>rebound::dane::TlsaLookup</name>
    <message>
        <source>libunbound could not create a resolver context</source>
        <translation>libunbound n&apos;a pas pu créer de contexte de résolveur</translation>
    </message>
    <message>
        <source>the DNSSEC trust anchor %1 cannot be read</source>
        <translation>l&apos;ancre de confiance DNSSEC %1 ne peut pas être lue</translation>
    </message>
    <message>
        <source>the DNSSEC trust anchor %1 is not usable: %2</source>
        <translation>l&apos;ancre de confiance DNSSEC %1 n&apos;est pas utilisable : %2</translation>
    </message>
    <message>
        <source>libunbound could not start the lookup: %1</source>
        <translation>libunbound n&apos;a pas pu lancer la requête : %1</translation>
    </message>
    <message>
        <source>the validated TLSA lookup took longer than %1 ms</source>
        <translation>la requête TLSA validée a pris plus de %1 ms</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>the validated TLSA lookup failed: %1</source>
        <translation>la requête TLSA validée a échoué : %1</translation>
    </message>
    <message>
        <source>the validated TLSA lookup ended with DNS error code %1</source>
        <translation>la requête TLSA validée s&apos;est terminée avec le code d&apos;erreur DNS %1</translation>
    </message>
</context>
<context>
    <name>rebound::data::auth</name>
    <message>
        <source>%1 Explanation: %2</source>
        <extracomment>text spf_explanation</extracomment>
        <translation>%1 Explication : %2</translation>
    </message>
    <message>
        <source>Sender domain: %1</source>
        <extracomment>text sender_domain</extracomment>
        <translation>Domaine de l&apos;expéditeur : %1</translation>
    </message>
    <message>
        <source>could not resolve: %1</source>
        <extracomment>text mx_unresolved</extracomment>
        <translation>résolution impossible : %1</translation>
    </message>
    <message>
        <source>the host name has no A or AAAA record</source>
        <extracomment>text mx_no_address</extracomment>
        <translation>le nom d&apos;hôte n&apos;a pas d&apos;enregistrement A ni AAAA</translation>
    </message>
    <message>
        <source>resolves to %1, which is not reachable from the Internet (%2)</source>
        <extracomment>text mx_special_address</extracomment>
        <translation>se résout en %1, injoignable depuis Internet (%2)</translation>
    </message>
    <message>
        <source>the MX target is an IP address, not a host name (RFC 5321 5.1)</source>
        <extracomment>text mx_ip_literal</extracomment>
        <translation>la cible MX est une adresse IP, pas un nom d&apos;hôte (RFC 5321 5.1)</translation>
    </message>
    <message>
        <source>%1 publishes no SPF record</source>
        <extracomment>finding spf.missing: title</extracomment>
        <translation>%1 ne publie aucun enregistrement SPF</translation>
    </message>
    <message>
        <source>Without SPF, receivers cannot tell authorized senders from forgers, and many (Gmail, Yahoo) reject or junk bulk mail from such domains. Publish a TXT record starting with &quot;v=spf1&quot;.</source>
        <extracomment>finding spf.missing: detail</extracomment>
        <translation>Sans SPF, les destinataires ne distinguent pas les expéditeurs autorisés des fraudeurs, et beaucoup (Gmail, Yahoo) refusent ou classent en indésirable le courrier en masse de ces domaines. Publiez un enregistrement TXT commençant par « v=spf1 ».</translation>
    </message>
    <message>
        <source>%1 publishes %2 SPF records</source>
        <extracomment>finding spf.multiple_records: title</extracomment>
        <translation>%1 publie %2 enregistrements SPF</translation>
    </message>
    <message>
        <source>RFC 7208 4.5: more than one &quot;v=spf1&quot; record is a permanent error, so SPF fails for all mail. Merge them into one record.</source>
        <extracomment>finding spf.multiple_records: detail</extracomment>
        <translation>RFC 7208 4.5 : plus d&apos;un enregistrement « v=spf1 » est une erreur permanente, SPF échoue donc pour tout le courrier. Fusionnez-les en un seul enregistrement.</translation>
    </message>
    <message>
        <source>Syntax error in the SPF record of %1</source>
        <extracomment>finding spf.syntax_error: title</extracomment>
        <translation>Erreur de syntaxe dans l&apos;enregistrement SPF de %1</translation>
    </message>
    <message>
        <source>%1. Any syntax error makes the whole record a permanent error (RFC 7208 4.6).</source>
        <extracomment>finding spf.syntax_error: detail</extracomment>
        <translation>%1. Toute erreur de syntaxe fait de l&apos;enregistrement entier une erreur permanente (RFC 7208 4.6).</translation>
    </message>
    <message>
        <source>%1 target %2 has no SPF record</source>
        <extracomment>finding spf.include_without_record: title</extracomment>
        <translation>La cible de %1 %2 n&apos;a pas d&apos;enregistrement SPF</translation>
    </message>
    <message>
        <source>An include or redirect of a domain without an SPF record is a permanent error. Remove the term or fix the name.</source>
        <extracomment>finding spf.include_without_record: detail</extracomment>
        <translation>Un include ou un redirect vers un domaine sans enregistrement SPF est une erreur permanente. Supprimez le terme ou corrigez le nom.</translation>
    </message>
    <message>
        <source>SPF include loop: %1 includes itself</source>
        <extracomment>finding spf.include_loop: title</extracomment>
        <translation>Boucle d&apos;include SPF : %1 s&apos;inclut lui-même</translation>
    </message>
    <message>
        <source>The loop only ends when the 10-lookup limit is hit, which is a permanent error.</source>
        <extracomment>finding spf.include_loop: detail</extracomment>
        <translation>La boucle ne s&apos;arrête qu&apos;à la limite de 10 requêtes, ce qui est une erreur permanente.</translation>
    </message>
    <message>
        <source>The TXT records at %1 are too long for one plain UDP answer</source>
        <extracomment>finding spf.record_too_long: title</extracomment>
        <translation>Les enregistrements TXT de %1 sont trop longs pour une simple réponse UDP</translation>
    </message>
    <message>
        <source>%1 bytes of TXT data. Answers over 512 bytes need EDNS0 or TCP; some receivers&apos; resolvers then fail and report temperror. Shorten the record or move senders into an include.</source>
        <extracomment>finding spf.record_too_long: detail</extracomment>
        <translation>%1 octets de données TXT. Les réponses de plus de 512 octets exigent EDNS0 ou TCP ; certains résolveurs de destinataires échouent alors et signalent temperror. Raccourcissez l&apos;enregistrement ou déplacez des expéditeurs dans un include.</translation>
    </message>
    <message>
        <source>SPF of %1 could not be checked</source>
        <extracomment>finding spf.dns_error: title</extracomment>
        <translation>Le SPF de %1 n&apos;est pas vérifiable</translation>
    </message>
    <message>
        <source>%1. Receivers get a temporary error and may defer mail.</source>
        <extracomment>finding spf.dns_error: detail</extracomment>
        <translation>%1. Les destinataires obtiennent une erreur temporaire et peuvent différer le courrier.</translation>
    </message>
    <message>
        <source>%1 uses the deprecated &apos;ptr&apos; mechanism</source>
        <extracomment>finding spf.deprecated_ptr: title</extracomment>
        <translation>%1 utilise le mécanisme obsolète &apos;ptr&apos;</translation>
    </message>
    <message>
        <source>RFC 7208 5.5 says ptr SHOULD NOT be used: it is slow, unreliable and loads the DNS servers of the connecting IP&apos;s owner. List the senders with ip4/ip6 or a instead.</source>
        <extracomment>finding spf.deprecated_ptr: detail</extracomment>
        <translation>La RFC 7208 5.5 dit que ptr NE DEVRAIT PAS être utilisé : il est lent, peu fiable et charge les serveurs DNS du propriétaire de l&apos;IP qui se connecte. Listez plutôt les expéditeurs avec ip4/ip6 ou a.</translation>
    </message>
    <message>
        <source>%1 ends with &apos;+all&apos;: any host may send as this domain</source>
        <extracomment>finding spf.pass_all: title</extracomment>
        <translation>%1 se termine par &apos;+all&apos; : n&apos;importe quel hôte peut envoyer au nom de ce domaine</translation>
    </message>
    <message>
        <source>&apos;+all&apos; authorizes the whole Internet; spammers can pass SPF as this domain. Use &apos;~all&apos; or &apos;-all&apos;.</source>
        <extracomment>finding spf.pass_all: detail</extracomment>
        <translation>&apos;+all&apos; autorise tout Internet ; les spammeurs peuvent réussir SPF au nom de ce domaine. Utilisez &apos;~all&apos; ou &apos;-all&apos;.</translation>
    </message>
    <message>
        <source>%1 ends with &apos;?all&apos;, which protects nothing</source>
        <extracomment>finding spf.neutral_all: title</extracomment>
        <translation>%1 se termine par &apos;?all&apos;, qui ne protège rien</translation>
    </message>
    <message>
        <source>A neutral result is treated like no SPF at all. Once every sender is listed, use &apos;~all&apos; or &apos;-all&apos;.</source>
        <extracomment>finding spf.neutral_all: detail</extracomment>
        <translation>Un résultat neutre est traité comme une absence de SPF. Une fois tous les expéditeurs listés, utilisez &apos;~all&apos; ou &apos;-all&apos;.</translation>
    </message>
    <message>
        <source>%1&apos;s SPF record has no &apos;all&apos; term and no redirect</source>
        <extracomment>finding spf.no_all: title</extracomment>
        <translation>L&apos;enregistrement SPF de %1 n&apos;a ni terme &apos;all&apos; ni redirect</translation>
    </message>
    <message>
        <source>Hosts that match nothing get &apos;neutral&apos;, which receivers treat like no SPF. End the record with &apos;~all&apos; or &apos;-all&apos;.</source>
        <extracomment>finding spf.no_all: detail</extracomment>
        <translation>Les hôtes qui ne correspondent à rien obtiennent &apos;neutral&apos;, que les destinataires traitent comme une absence de SPF. Terminez l&apos;enregistrement par &apos;~all&apos; ou &apos;-all&apos;.</translation>
    </message>
    <message>
        <source>SPF of %1 needs more than 10 DNS lookups</source>
        <extracomment>finding spf.too_many_lookups: title</extracomment>
        <translation>Le SPF de %1 exige plus de 10 requêtes DNS</translation>
    </message>
    <message>
        <source>RFC 7208 4.6.4 allows 10 DNS-querying terms (include, a, mx, ptr, exists, redirect) per evaluation; beyond that the result is permerror and SPF fails for every sender. Replace includes with ip4/ip6 ranges or drop unused services.</source>
        <extracomment>finding spf.too_many_lookups: detail</extracomment>
        <translation>La RFC 7208 4.6.4 autorise 10 termes qui interrogent le DNS (include, a, mx, ptr, exists, redirect) par évaluation ; au-delà, le résultat est permerror et SPF échoue pour tous les expéditeurs. Remplacez des include par des plages ip4/ip6 ou retirez les services inutilisés.</translation>
    </message>
    <message>
        <source>SPF of %1 uses %2 of 10 DNS lookups</source>
        <extracomment>finding spf.lookups_near_limit: title</extracomment>
        <translation>Le SPF de %1 utilise %2 des 10 requêtes DNS</translation>
    </message>
    <message>
        <source>A provider adding one include to its own record can push this over the limit.</source>
        <extracomment>finding spf.lookups_near_limit: detail</extracomment>
        <translation>Un fournisseur qui ajoute un include à son propre enregistrement peut faire dépasser la limite.</translation>
    </message>
    <message>
        <source>SPF of %1 has more than 2 lookups that return nothing</source>
        <extracomment>finding spf.too_many_void_lookups: title</extracomment>
        <translation>Le SPF de %1 a plus de 2 requêtes qui ne renvoient rien</translation>
    </message>
    <message>
        <source>RFC 7208 4.6.4: more than two DNS lookups answering NXDOMAIN or no records make the result permerror. Remove terms that name hosts that no longer exist.</source>
        <extracomment>finding spf.too_many_void_lookups: detail</extracomment>
        <translation>RFC 7208 4.6.4 : plus de deux requêtes DNS répondant NXDOMAIN ou sans enregistrement rendent le résultat permerror. Supprimez les termes qui nomment des hôtes qui n&apos;existent plus.</translation>
    </message>
    <message>
        <source>SPF of %1 is a permanent error</source>
        <extracomment>finding spf.permerror: title</extracomment>
        <translation>Le SPF de %1 est une erreur permanente</translation>
    </message>
    <message>
        <source>SPF %1 for %2 sending as %3</source>
        <extracomment>finding spf.result_fail: title</extracomment>
        <translation>SPF %1 pour %2 envoyant au nom de %3</translation>
    </message>
    <message>
        <source>SPF %1 for the HELO name %2</source>
        <extracomment>finding spf.helo_fail: title</extracomment>
        <translation>SPF %1 pour le nom HELO %2</translation>
    </message>
    <message>
        <source>%1. Receivers that check the HELO identity (RFC 7208 2.3) may reject; publish &quot;v=spf1 a -all&quot; at the host name.</source>
        <extracomment>finding spf.helo_fail: detail</extracomment>
        <translation>%1. Les destinataires qui vérifient l&apos;identité HELO (RFC 7208 2.3) peuvent refuser ; publiez « v=spf1 a -all » sous le nom d&apos;hôte.</translation>
    </message>
    <message>
        <source>The DMARC record of %1 could not be checked</source>
        <extracomment>finding dmarc.dns_error: title</extracomment>
        <translation>L&apos;enregistrement DMARC de %1 n&apos;est pas vérifiable</translation>
    </message>
    <message>
        <source>The lookup of %1 failed (%2); receivers may treat the domain as having no policy or defer mail.</source>
        <extracomment>finding dmarc.dns_error: detail</extracomment>
        <translation>La requête de %1 a échoué (%2) ; les destinataires peuvent traiter le domaine comme sans politique ou différer le courrier.</translation>
    </message>
    <message>
        <source>%1 publishes no DMARC record</source>
        <extracomment>finding dmarc.missing: title</extracomment>
        <translation>%1 ne publie aucun enregistrement DMARC</translation>
    </message>
    <message>
        <source>_dmarc.%1 has no &quot;v=DMARC1&quot; record. Gmail and Yahoo require DMARC from bulk senders; start with &quot;v=DMARC1; p=none; rua=mailto:...&quot;.</source>
        <extracomment>finding dmarc.missing: detail</extracomment>
        <translation>_dmarc.%1 n&apos;a pas d&apos;enregistrement « v=DMARC1 ». Gmail et Yahoo exigent DMARC des expéditeurs en masse ; commencez par « v=DMARC1; p=none; rua=mailto:... ».</translation>
    </message>
    <message>
        <source>%1 publishes %2 DMARC records</source>
        <extracomment>finding dmarc.multiple_records: title</extracomment>
        <translation>%1 publie %2 enregistrements DMARC</translation>
    </message>
    <message>
        <source>DMARC record error: %1</source>
        <extracomment>finding dmarc.invalid_tag: title</extracomment>
        <translation>Erreur dans l&apos;enregistrement DMARC : %1</translation>
    </message>
    <message>
        <source>Receivers may ignore the whole record or the tag; fix the value.</source>
        <extracomment>finding dmarc.invalid_tag: detail</extracomment>
        <translation>Les destinataires peuvent ignorer tout l&apos;enregistrement ou la balise ; corrigez la valeur.</translation>
    </message>
    <message>
        <source>DMARC record: %1</source>
        <extracomment>finding dmarc.questionable_tag: title</extracomment>
        <translation>Enregistrement DMARC : %1</translation>
    </message>
    <message>
        <source>DMARC policy of %1 is p=none (monitoring only)</source>
        <extracomment>finding dmarc.policy_none: title</extracomment>
        <translation>La politique DMARC de %1 est p=none (surveillance seulement)</translation>
    </message>
    <message>
        <source>Receivers report but do not act on failing mail, so forged mail is delivered. Once the aggregate reports show all legitimate mail aligned, move to p=quarantine, then p=reject.</source>
        <extracomment>finding dmarc.policy_none: detail</extracomment>
        <translation>Les destinataires font des rapports mais n&apos;agissent pas sur le courrier en échec : le courrier falsifié est donc livré. Quand les rapports agrégés montrent tout le courrier légitime aligné, passez à p=quarantine, puis à p=reject.</translation>
    </message>
    <message>
        <source>Subdomains get a weaker policy (sp=%1) than the domain (p=%2)</source>
        <extracomment>finding dmarc.weaker_subdomain_policy: title</extracomment>
        <translation>Les sous-domaines ont une politique plus faible (sp=%1) que le domaine (p=%2)</translation>
    </message>
    <message>
        <source>Forgers can use any subdomain name to get the weaker treatment.</source>
        <extracomment>finding dmarc.weaker_subdomain_policy: detail</extracomment>
        <translation>Les fraudeurs peuvent utiliser n&apos;importe quel nom de sous-domaine pour obtenir le traitement plus faible.</translation>
    </message>
    <message>
        <source>The DMARC record asks for no aggregate reports</source>
        <extracomment>finding dmarc.no_rua: title</extracomment>
        <translation>L&apos;enregistrement DMARC ne demande aucun rapport agrégé</translation>
    </message>
    <message>
        <source>Without rua= you cannot see who sends as your domain or whether it aligns.</source>
        <extracomment>finding dmarc.no_rua: detail</extracomment>
        <translation>Sans rua=, vous ne voyez pas qui envoie au nom de votre domaine ni si c&apos;est aligné.</translation>
    </message>
    <message>
        <source>The DMARC record is in testing mode (t=y)</source>
        <extracomment>finding dmarc.testing: title</extracomment>
        <translation>L&apos;enregistrement DMARC est en mode test (t=y)</translation>
    </message>
    <message>
        <source>RFC 9989: receivers apply one level weaker policy while t=y.</source>
        <extracomment>finding dmarc.testing: detail</extracomment>
        <translation>RFC 9989 : tant que t=y, les destinataires appliquent une politique d&apos;un niveau plus faible.</translation>
    </message>
    <message>
        <source>Could not check whether %1 accepts DMARC reports for %2</source>
        <extracomment>finding dmarc.external_unverified: title</extracomment>
        <translation>Impossible de vérifier si %1 accepte les rapports DMARC pour %2</translation>
    </message>
    <message>
        <source>The lookup of the authorization record failed: %1</source>
        <extracomment>finding dmarc.external_unverified: detail</extracomment>
        <translation>La requête de l&apos;enregistrement d&apos;autorisation a échoué : %1</translation>
    </message>
    <message>
        <source>Reports to %1 are not authorized</source>
        <extracomment>finding dmarc.external_unauthorized: title</extracomment>
        <translation>Les rapports vers %1 ne sont pas autorisés</translation>
    </message>
    <message>
        <source>%1 has no &quot;v=DMARC1&quot; TXT record, so receivers will not send reports there (RFC 7489 7.1). Ask the report provider to publish it.</source>
        <extracomment>finding dmarc.external_unauthorized: detail</extracomment>
        <translation>%1 n&apos;a pas d&apos;enregistrement TXT « v=DMARC1 », les destinataires n&apos;y enverront donc pas de rapports (RFC 7489 7.1). Demandez au fournisseur de rapports de le publier.</translation>
    </message>
    <message>
        <source>MAIL FROM domain %1 does not align with %2 (%3)</source>
        <extracomment>finding dmarc.spf_not_aligned: title</extracomment>
        <translation>Le domaine MAIL FROM %1 n&apos;est pas aligné avec %2 (%3)</translation>
    </message>
    <message>
        <source>SPF cannot make DMARC pass for this mail; DMARC then depends on an aligned DKIM signature (d= in the From domain).</source>
        <extracomment>finding dmarc.spf_not_aligned: detail</extracomment>
        <translation>SPF ne peut pas faire réussir DMARC pour ce courrier ; DMARC dépend alors d&apos;une signature DKIM alignée (d= dans le domaine From).</translation>
    </message>
    <message>
        <source>The DKIM key %1 could not be checked</source>
        <extracomment>finding dkim.dns_error: title</extracomment>
        <translation>La clé DKIM %1 n&apos;est pas vérifiable</translation>
    </message>
    <message>
        <source>The lookup ended with %1; receivers get a temporary DKIM error.</source>
        <extracomment>finding dkim.dns_error: detail</extracomment>
        <translation>La requête s&apos;est terminée par %1 ; les destinataires obtiennent une erreur DKIM temporaire.</translation>
    </message>
    <message>
        <source>No DKIM key at %1</source>
        <extracomment>finding dkim.key_missing: title</extracomment>
        <translation>Aucune clé DKIM sous %1</translation>
    </message>
    <message>
        <source>Signatures with this selector fail with &quot;no key for signature&quot;. Publish the key your signer uses, or check the selector name.</source>
        <extracomment>finding dkim.key_missing: detail</extracomment>
        <translation>Les signatures avec ce sélecteur échouent avec « no key for signature ». Publiez la clé qu&apos;utilise votre signataire, ou vérifiez le nom du sélecteur.</translation>
    </message>
    <message>
        <source>%1 publishes %2 key records</source>
        <extracomment>finding dkim.multiple_keys: title</extracomment>
        <translation>%1 publie %2 enregistrements de clé</translation>
    </message>
    <message>
        <source>Receivers pick one at random, so verification fails part of the time.</source>
        <extracomment>finding dkim.multiple_keys: detail</extracomment>
        <translation>Les destinataires en choisissent une au hasard, la vérification échoue donc une partie du temps.</translation>
    </message>
    <message>
        <source>DKIM key %1: %2</source>
        <extracomment>finding dkim.key_revoked: title</extracomment>
        <translation>Clé DKIM %1 : %2</translation>
    </message>
    <message>
        <source>No DKIM key found among %1 common selectors</source>
        <extracomment>finding dkim.no_common_selector: title</extracomment>
        <translation>Aucune clé DKIM trouvée parmi %1 sélecteurs courants</translation>
    </message>
    <message>
        <source>DKIM selectors can be any name; give the one from a message&apos;s DKIM-Signature (s=) with --selector to check it.</source>
        <extracomment>finding dkim.no_common_selector: detail</extracomment>
        <translation>Un sélecteur DKIM peut porter n&apos;importe quel nom ; donnez celui de la DKIM-Signature d&apos;un message (s=) avec --selector pour le vérifier.</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <extracomment>finding mx.nxdomain: title</extracomment>
        <translation>%1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>The DNS says the domain does not exist (NXDOMAIN): mail to it bounces and mail from it is rejected by most receivers.</source>
        <extracomment>finding mx.nxdomain: detail</extracomment>
        <translation>Le DNS indique que le domaine n&apos;existe pas (NXDOMAIN) : le courrier qui lui est adressé rebondit et celui qu&apos;il envoie est refusé par la plupart des destinataires.</translation>
    </message>
    <message>
        <source>The MX records of %1 could not be checked</source>
        <extracomment>finding mx.dns_error: title</extracomment>
        <translation>Les enregistrements MX de %1 ne sont pas vérifiables</translation>
    </message>
    <message>
        <source>The MX lookup ended with %1; senders will defer mail until it answers.</source>
        <extracomment>finding mx.dns_error: detail</extracomment>
        <translation>La requête MX s&apos;est terminée par %1 ; les expéditeurs différeront le courrier jusqu&apos;à ce qu&apos;elle réponde.</translation>
    </message>
    <message>
        <source>%1 cannot receive mail: no MX and no address</source>
        <extracomment>finding mx.no_mail_route: title</extracomment>
        <translation>%1 ne peut pas recevoir de courrier : ni MX ni adresse</translation>
    </message>
    <message>
        <source>Without MX records senders fall back to the A/AAAA records (RFC 5321 5.1); there are none, so mail to this domain bounces. Many receivers also reject mail from domains that cannot receive replies.</source>
        <extracomment>finding mx.no_mail_route: detail</extracomment>
        <translation>Sans enregistrements MX, les expéditeurs se rabattent sur les enregistrements A/AAAA (RFC 5321 5.1) ; il n&apos;y en a aucun, donc le courrier adressé à ce domaine rebondit. Beaucoup de destinataires refusent aussi le courrier des domaines qui ne peuvent pas recevoir de réponses.</translation>
    </message>
    <message>
        <source>%1 has no MX records</source>
        <extracomment>finding mx.implicit: title</extracomment>
        <translation>%1 n&apos;a pas d&apos;enregistrements MX</translation>
    </message>
    <message>
        <source>Senders deliver to the domain&apos;s own A/AAAA address (implicit MX). Publish an MX record, or a null MX (&quot;0 .&quot;, RFC 7505) if the domain takes no mail.</source>
        <extracomment>finding mx.implicit: detail</extracomment>
        <translation>Les expéditeurs livrent à l&apos;adresse A/AAAA du domaine lui-même (MX implicite). Publiez un enregistrement MX, ou un MX nul (« 0 . », RFC 7505) si le domaine ne reçoit pas de courrier.</translation>
    </message>
    <message>
        <source>%1 publishes a null MX: it accepts no mail</source>
        <extracomment>finding mx.null: title</extracomment>
        <translation>%1 publie un MX nul : il n&apos;accepte aucun courrier</translation>
    </message>
    <message>
        <source>RFC 7505: senders bounce mail to this domain at once. Receivers may reject mail whose MAIL FROM uses it, since bounces could not be delivered.</source>
        <extracomment>finding mx.null: detail</extracomment>
        <translation>RFC 7505 : les expéditeurs font rebondir immédiatement le courrier adressé à ce domaine. Les destinataires peuvent refuser le courrier dont le MAIL FROM l&apos;utilise, puisque les rebonds ne pourraient pas être livrés.</translation>
    </message>
    <message>
        <source>%1 mixes a null MX with other MX records</source>
        <extracomment>finding mx.null_mixed: title</extracomment>
        <translation>%1 mélange un MX nul et d&apos;autres enregistrements MX</translation>
    </message>
    <message>
        <source>RFC 7505 3.3: a null MX must be the only MX record, with preference 0. Remove either the null MX or the others.</source>
        <extracomment>finding mx.null_mixed: detail</extracomment>
        <translation>RFC 7505 3.3 : un MX nul doit être le seul enregistrement MX, avec la préférence 0. Supprimez soit le MX nul, soit les autres.</translation>
    </message>
    <message>
        <source>MX target %1 is an IP address</source>
        <extracomment>finding mx.ip_literal: title</extracomment>
        <translation>La cible MX %1 est une adresse IP</translation>
    </message>
    <message>
        <source>An MX must name a host, not an IP address (RFC 5321 5.1). Senders look it up as a name and fail; point the MX at a host name.</source>
        <extracomment>finding mx.ip_literal: detail</extracomment>
        <translation>Un MX doit nommer un hôte, pas une adresse IP (RFC 5321 5.1). Les expéditeurs le cherchent comme un nom et échouent ; faites pointer le MX vers un nom d&apos;hôte.</translation>
    </message>
    <message>
        <source>MX host %1 is unusable</source>
        <extracomment>finding mx.unresolvable: title</extracomment>
        <translation>L&apos;hôte MX %1 est inutilisable</translation>
    </message>
    <message>
        <source>MX target %1 is a CNAME (to %2)</source>
        <extracomment>finding mx.cname: title</extracomment>
        <translation>La cible MX %1 est un CNAME (vers %2)</translation>
    </message>
    <message>
        <source>RFC 2181 10.3 and RFC 5321 5.1: an MX must name a host&apos;s canonical name. Most senders cope, some do not; point the MX at the canonical name.</source>
        <extracomment>finding mx.cname: detail</extracomment>
        <translation>RFC 2181 10.3 et RFC 5321 5.1 : un MX doit nommer le nom canonique d&apos;un hôte. La plupart des expéditeurs s&apos;en accommodent, certains non ; faites pointer le MX vers le nom canonique.</translation>
    </message>
    <message>
        <source>The %1 record %2 could not be checked</source>
        <extracomment>finding policy.mta_sts.dns_error: title</extracomment>
        <translation>L&apos;enregistrement %1 %2 n&apos;est pas vérifiable</translation>
    </message>
    <message>
        <source>%1 publishes %2 %3 records</source>
        <extracomment>finding policy.mta_sts.multiple: title</extracomment>
        <translation>%1 publie %2 enregistrements %3</translation>
    </message>
    <message>
        <source>With more than one record, senders and receivers ignore them all.</source>
        <extracomment>finding policy.mta_sts.multiple: detail</extracomment>
        <translation>Avec plus d&apos;un enregistrement, expéditeurs et destinataires les ignorent tous.</translation>
    </message>
    <message>
        <source>%1 record at %2: %3</source>
        <extracomment>finding policy.mta_sts.invalid: title</extracomment>
        <translation>Enregistrement %1 de %2 : %3</translation>
    </message>
    <message>
        <source>BIMI is published but DMARC is not enforced</source>
        <extracomment>finding policy.bimi.dmarc_not_enforced: title</extracomment>
        <translation>BIMI est publié mais DMARC n&apos;est pas appliqué</translation>
    </message>
    <message>
        <source>Mailbox providers show a BIMI logo only with p=quarantine or p=reject at pct=100.</source>
        <extracomment>finding policy.bimi.dmarc_not_enforced: detail</extracomment>
        <translation>Les fournisseurs de messagerie n&apos;affichent un logo BIMI qu&apos;avec p=quarantine ou p=reject à pct=100.</translation>
    </message>
    <message>
        <source>The sender address %1 is not valid</source>
        <extracomment>finding address.syntax: title</extracomment>
        <translation>L&apos;adresse d&apos;expéditeur %1 n&apos;est pas valide</translation>
    </message>
    <message>
        <source>%1 is a disposable-mail domain</source>
        <extracomment>finding address.disposable: title</extracomment>
        <translation>%1 est un domaine de courrier jetable</translation>
    </message>
    <message>
        <source>Mail from throw-away domains is often rejected or junked.</source>
        <extracomment>finding address.disposable: detail</extracomment>
        <translation>Le courrier des domaines jetables est souvent refusé ou classé en indésirable.</translation>
    </message>
    <message>
        <source>The sender address is internationalized</source>
        <extracomment>finding address.internationalized: title</extracomment>
        <translation>L&apos;adresse d&apos;expéditeur est internationalisée</translation>
    </message>
    <message>
        <source>A non-ASCII local part needs SMTPUTF8 (RFC 6531) on every hop.</source>
        <extracomment>finding address.internationalized: detail</extracomment>
        <translation>Une partie locale non ASCII exige SMTPUTF8 (RFC 6531) à chaque relais.</translation>
    </message>
    <message>
        <source>%1 announces MTA-STS, so senders that support it try this fetch and, failing it, deliver as if no policy existed (or keep a cached one until it expires).</source>
        <extracomment>text mta_sts_txt_without_policy</extracomment>
        <translation>%1 annonce MTA-STS : les expéditeurs qui le prennent en charge tentent cette récupération et, en cas d&apos;échec, remettent le courrier comme si aucune politique n&apos;existait (ou conservent une politique en cache jusqu&apos;à son expiration).</translation>
    </message>
    <message>
        <source>no DMARC policy</source>
        <extracomment>text dmarc_no_policy</extracomment>
        <translation>aucune politique DMARC</translation>
    </message>
    <message>
        <source>p=%1 from %2</source>
        <extracomment>text dmarc_policy_from</extracomment>
        <translation>p=%1 provenant de %2</translation>
    </message>
    <message>
        <source>Neither _dmarc.%1 nor any name above it up to _dmarc.%2 has a &quot;v=DMARC1&quot; record (RFC 9989 DNS tree walk). Gmail and Yahoo require DMARC from bulk senders; start with &quot;v=DMARC1; p=none; rua=mailto:...&quot;.</source>
        <extracomment>finding dmarc.missing: detail_organizational</extracomment>
        <translation>Ni _dmarc.%1 ni aucun nom au-dessus jusqu&apos;à _dmarc.%2 n&apos;a d&apos;enregistrement « v=DMARC1 » (parcours de l&apos;arbre DNS de la RFC 9989). Gmail et Yahoo exigent DMARC des expéditeurs en masse ; commencez par « v=DMARC1; p=none; rua=mailto:... ».</translation>
    </message>
    <message>
        <source>RFC 9989 4.10: with more than one record, receivers apply no DMARC policy at all. Keep one.</source>
        <extracomment>finding dmarc.multiple_records: detail</extracomment>
        <translation>RFC 9989 4.10 : en présence de plusieurs enregistrements, les destinataires n&apos;appliquent aucune politique DMARC. Gardez-en un seul.</translation>
    </message>
    <message>
        <source>%1 uses the DMARC policy of %2</source>
        <extracomment>finding dmarc.inherited: title</extracomment>
        <translation>%1 utilise la politique DMARC de %2</translation>
    </message>
    <message>
        <source>Found by the DNS tree walk (RFC 9989 4.10): np= applies when the domain does not exist, else sp=, else p=.</source>
        <extracomment>finding dmarc.inherited: detail</extracomment>
        <translation>Trouvé par le parcours de l&apos;arbre DNS (RFC 9989 4.10) : np= s&apos;applique quand le domaine n&apos;existe pas, sinon sp=, sinon p=.</translation>
    </message>
    <message>
        <source>Older receivers apply the DMARC policy to %1% of failing mail</source>
        <extracomment>finding dmarc.partial_pct: title</extracomment>
        <translation>Les destinataires plus anciens appliquent la politique DMARC à %1 % du courrier en échec</translation>
    </message>
    <message>
        <source>RFC 9989 removed pct: receivers that follow it apply the policy to all failing mail (use t=y to test instead). Receivers of RFC 7489 still sample; raise it to 100 or remove it.</source>
        <extracomment>finding dmarc.partial_pct: detail</extracomment>
        <translation>La RFC 9989 a supprimé pct : les destinataires qui la suivent appliquent la politique à tout le courrier en échec (utilisez plutôt t=y pour tester). Les destinataires de la RFC 7489 échantillonnent encore ; passez-le à 100 ou supprimez-le.</translation>
    </message>
    <message>
        <source>The DMARC record uses %1=, which RFC 9989 removed</source>
        <extracomment>finding dmarc.removed_tag: title</extracomment>
        <translation>L&apos;enregistrement DMARC utilise %1=, que la RFC 9989 a supprimé</translation>
    </message>
    <message>
        <source>Receivers that follow RFC 9989 ignore it; older receivers may still honour it.</source>
        <extracomment>finding dmarc.removed_tag: detail</extracomment>
        <translation>Les destinataires qui suivent la RFC 9989 l&apos;ignorent ; les destinataires plus anciens peuvent encore en tenir compte.</translation>
    </message>
    <message>
        <source>Receivers that follow RFC 9989 ignore pct= and apply the policy to all failing mail (t=y is the way to test a policy now); older receivers still apply it to a sample.</source>
        <extracomment>finding dmarc.removed_tag: detail_pct</extracomment>
        <translation>Les destinataires qui suivent la RFC 9989 ignorent pct= et appliquent la politique à tout le courrier en échec (t=y est désormais la façon de tester une politique) ; les destinataires plus anciens l&apos;appliquent encore à un échantillon.</translation>
    </message>
    <message>
        <source>Receivers that follow RFC 9989 ignore rf=; failure reports have one format. Older receivers may still read it.</source>
        <extracomment>finding dmarc.removed_tag: detail_rf</extracomment>
        <translation>Les destinataires qui suivent la RFC 9989 ignorent rf= ; les rapports d&apos;échec n&apos;ont qu&apos;un seul format. Les destinataires plus anciens peuvent encore le lire.</translation>
    </message>
    <message>
        <source>Receivers that follow RFC 9989 ignore ri= and send aggregate reports at least daily; older receivers may still honour the interval.</source>
        <extracomment>finding dmarc.removed_tag: detail_ri</extracomment>
        <translation>Les destinataires qui suivent la RFC 9989 ignorent ri= et envoient les rapports agrégés au moins une fois par jour ; les destinataires plus anciens peuvent encore respecter l&apos;intervalle.</translation>
    </message>
    <message>
        <source>The DMARC record has tags receivers ignore: %1</source>
        <extracomment>finding dmarc.unknown_tag: title</extracomment>
        <translation>L&apos;enregistrement DMARC contient des balises que les destinataires ignorent : %1</translation>
    </message>
    <message>
        <source>RFC 9989 4.7: unknown tags are ignored. Check them for typing mistakes.</source>
        <extracomment>finding dmarc.unknown_tag: detail</extracomment>
        <translation>RFC 9989 4.7 : les balises inconnues sont ignorées. Vérifiez qu&apos;elles ne contiennent pas de faute de frappe.</translation>
    </message>
    <message>
        <source>Older receivers take %1 as the organizational domain, RFC 9989 receivers %2</source>
        <extracomment>finding dmarc.psl_organizational_domain: title</extracomment>
        <translation>Les destinataires plus anciens prennent %1 comme domaine organisationnel, ceux de la RFC 9989 %2</translation>
    </message>
    <message>
        <source>RFC 7489 receivers use the Public Suffix List; RFC 9989&apos;s DNS tree walk finds %1 from the _dmarc records above %2. Relaxed SPF and DKIM alignment can give different answers at the two kinds of receiver.</source>
        <extracomment>finding dmarc.psl_organizational_domain: detail</extracomment>
        <translation>Les destinataires de la RFC 7489 utilisent la Public Suffix List ; le parcours de l&apos;arbre DNS de la RFC 9989 trouve %1 d&apos;après les enregistrements _dmarc au-dessus de %2. L&apos;alignement relaxed de SPF et de DKIM peut donner des réponses différentes chez ces deux types de destinataires.</translation>
    </message>
    <message>
        <source>Older receivers apply %1, RFC 9989 receivers %2</source>
        <extracomment>finding dmarc.psl_policy_differs: title</extracomment>
        <translation>Les destinataires plus anciens appliquent %1, ceux de la RFC 9989 %2</translation>
    </message>
    <message>
        <source>RFC 7489 receivers look only at the domain and its Public Suffix List organizational domain and do not know np=; RFC 9989 receivers walk the DNS tree. Publish a record at the domain itself to give both the same answer.</source>
        <extracomment>finding dmarc.psl_policy_differs: detail</extracomment>
        <translation>Les destinataires de la RFC 7489 ne regardent que le domaine et son domaine organisationnel selon la Public Suffix List, et ne connaissent pas np= ; les destinataires de la RFC 9989 parcourent l&apos;arbre DNS. Publiez un enregistrement sur le domaine lui-même pour que les deux donnent la même réponse.</translation>
    </message>
    <message>
        <source>The MTA-STS policy %1 could not be fetched</source>
        <extracomment>finding mta_sts.fetch_failed: title</extracomment>
        <translation>La politique MTA-STS %1 n&apos;a pas pu être récupérée</translation>
    </message>
    <message>
        <source>%1</source>
        <extracomment>finding mta_sts.fetch_failed: detail</extracomment>
        <translation>%1</translation>
    </message>
    <message>
        <source>The certificate of %1 is not valid for that name</source>
        <extracomment>finding mta_sts.certificate: title</extracomment>
        <translation>Le certificat de %1 n&apos;est pas valide pour ce nom</translation>
    </message>
    <message>
        <source>%1. RFC 8461 3.3: senders must validate the policy host&apos;s certificate (a trusted CA, the name mta-sts.&lt;domain&gt;); with an invalid one they ignore the policy and deliver without requiring TLS.</source>
        <extracomment>finding mta_sts.certificate: detail</extracomment>
        <translation>%1. RFC 8461 3.3 : les expéditeurs doivent valider le certificat de l&apos;hôte de politique (une AC de confiance, le nom mta-sts.&lt;domain&gt;) ; s&apos;il n&apos;est pas valide, ils ignorent la politique et remettent le courrier sans exiger TLS.</translation>
    </message>
    <message>
        <source>The MTA-STS policy %1 answers with a redirect</source>
        <extracomment>finding mta_sts.redirect: title</extracomment>
        <translation>La politique MTA-STS %1 répond par une redirection</translation>
    </message>
    <message>
        <source>RFC 8461 3.3: senders must not follow redirects, so the policy is never read. Serve the file directly at this URL.</source>
        <extracomment>finding mta_sts.redirect: detail</extracomment>
        <translation>RFC 8461 3.3 : les expéditeurs ne doivent pas suivre les redirections, la politique n&apos;est donc jamais lue. Servez le fichier directement à cette URL.</translation>
    </message>
    <message>
        <source>The MTA-STS policy %1 is larger than %2 bytes</source>
        <extracomment>finding mta_sts.too_large: title</extracomment>
        <translation>La politique MTA-STS %1 dépasse %2 octets</translation>
    </message>
    <message>
        <source>A policy is a few lines; senders limit the size they read (64 KB here) and drop a longer one.</source>
        <extracomment>finding mta_sts.too_large: detail</extracomment>
        <translation>Une politique tient en quelques lignes ; les expéditeurs limitent la taille qu&apos;ils lisent (64 Ko ici) et rejettent une politique plus longue.</translation>
    </message>
    <message>
        <source>The MTA-STS policy %1 did not arrive in time</source>
        <extracomment>finding mta_sts.timeout: title</extracomment>
        <translation>La politique MTA-STS %1 n&apos;est pas arrivée à temps</translation>
    </message>
    <message>
        <source>%1 Senders give up on slow policy hosts (RFC 8461 3.3 suggests about a minute) and deliver without it.</source>
        <extracomment>finding mta_sts.timeout: detail</extracomment>
        <translation>%1 Les expéditeurs abandonnent face aux hôtes de politique lents (la RFC 8461 3.3 suggère environ une minute) et remettent le courrier sans elle.</translation>
    </message>
    <message>
        <source>The policy host %1 resolves to a private or special-purpose address</source>
        <extracomment>finding mta_sts.address_refused: title</extracomment>
        <translation>L&apos;hôte de politique %1 se résout en une adresse privée ou à usage spécial</translation>
    </message>
    <message>
        <source>%1 Senders on the Internet cannot reach it. (rebound-cli domain --https-allow-private fetches it anyway, for a lab.)</source>
        <extracomment>finding mta_sts.address_refused: detail</extracomment>
        <translation>%1 Les expéditeurs sur Internet ne peuvent pas l&apos;atteindre. (rebound-cli domain --https-allow-private la récupère quand même, pour un laboratoire.)</translation>
    </message>
    <message>
        <source>The MTA-STS policy %1 answers HTTP %2</source>
        <extracomment>finding mta_sts.http_status: title</extracomment>
        <translation>La politique MTA-STS %1 répond HTTP %2</translation>
    </message>
    <message>
        <source>RFC 8461 3.3: only a 200 answer is a policy. Serve the file at /.well-known/mta-sts.txt on the mta-sts host.</source>
        <extracomment>finding mta_sts.http_status: detail</extracomment>
        <translation>RFC 8461 3.3 : seule une réponse 200 constitue une politique. Servez le fichier à /.well-known/mta-sts.txt sur l&apos;hôte mta-sts.</translation>
    </message>
    <message>
        <source>The MTA-STS policy is served as &quot;%1&quot;, not text/plain</source>
        <extracomment>finding mta_sts.content_type: title</extracomment>
        <translation>La politique MTA-STS est servie comme « %1 » et non text/plain</translation>
    </message>
    <message>
        <source>RFC 8461 3.3 requires the media type text/plain; strict senders reject the policy otherwise.</source>
        <extracomment>finding mta_sts.content_type: detail</extracomment>
        <translation>La RFC 8461 3.3 exige le type de média text/plain ; sinon, les expéditeurs stricts rejettent la politique.</translation>
    </message>
    <message>
        <source>The MTA-STS policy %1 is not valid</source>
        <extracomment>finding mta_sts.syntax: title</extracomment>
        <translation>La politique MTA-STS %1 n&apos;est pas valide</translation>
    </message>
    <message>
        <source>Senders ignore a policy they cannot parse (RFC 8461 3.2): it needs version: STSv1, mode: enforce, testing or none, max_age in seconds (at most 31557600) and one mx: line per mail host pattern.</source>
        <extracomment>finding mta_sts.syntax: detail</extracomment>
        <translation>Les expéditeurs ignorent une politique qu&apos;ils ne peuvent pas analyser (RFC 8461 3.2) : elle doit contenir version: STSv1, mode: enforce, testing ou none, max_age en secondes (au plus 31557600) et une ligne mx: par motif d&apos;hôte de messagerie.</translation>
    </message>
    <message>
        <source>MTA-STS policy: %1</source>
        <extracomment>finding mta_sts.policy_warning: title</extracomment>
        <translation>Politique MTA-STS : %1</translation>
    </message>
    <message>
        <source>The MTA-STS policy is in testing mode</source>
        <extracomment>finding mta_sts.mode_testing: title</extracomment>
        <translation>La politique MTA-STS est en mode testing</translation>
    </message>
    <message>
        <source>Senders report TLS failures (with TLS-RPT) but still deliver. Switch to mode: enforce once the reports are clean.</source>
        <extracomment>finding mta_sts.mode_testing: detail</extracomment>
        <translation>Les expéditeurs signalent les échecs TLS (avec TLS-RPT) mais remettent quand même le courrier. Passez à mode: enforce une fois les rapports propres.</translation>
    </message>
    <message>
        <source>The MTA-STS policy has mode none</source>
        <extracomment>finding mta_sts.mode_none: title</extracomment>
        <translation>La politique MTA-STS est en mode none</translation>
    </message>
    <message>
        <source>Mode none withdraws the policy: senders stop requiring TLS for this domain.</source>
        <extracomment>finding mta_sts.mode_none: detail</extracomment>
        <translation>Le mode none retire la politique : les expéditeurs cessent d&apos;exiger TLS pour ce domaine.</translation>
    </message>
    <message>
        <source>The MTA-STS max_age is only %1 seconds</source>
        <extracomment>finding mta_sts.max_age_short: title</extracomment>
        <translation>Le max_age MTA-STS n&apos;est que de %1 secondes</translation>
    </message>
    <message>
        <source>A short max_age lets a policy lapse between fetches, when an attacker can block the next fetch. RFC 8461 3.2 recommends weeks (e.g. 604800 or more).</source>
        <extracomment>finding mta_sts.max_age_short: detail</extracomment>
        <translation>Un max_age court laisse une politique expirer entre deux récupérations, et un attaquant peut alors bloquer la récupération suivante. La RFC 8461 3.2 recommande des semaines (par ex. 604800 ou plus).</translation>
    </message>
    <message>
        <source>The policy file&apos;s id %1 differs from the TXT record&apos;s id %2</source>
        <extracomment>finding mta_sts.id_mismatch: title</extracomment>
        <translation>L&apos;id %1 du fichier de politique diffère de l&apos;id %2 de l&apos;enregistrement TXT</translation>
    </message>
    <message>
        <source>The id of the _mta-sts TXT record is what tells senders to fetch the policy again; RFC 8461 has no id in the policy file, but one that differs suggests that the record was not updated with the policy.</source>
        <extracomment>finding mta_sts.id_mismatch: detail</extracomment>
        <translation>C&apos;est l&apos;id de l&apos;enregistrement TXT _mta-sts qui indique aux expéditeurs de récupérer de nouveau la politique ; la RFC 8461 ne prévoit pas d&apos;id dans le fichier de politique, mais un id différent suggère que l&apos;enregistrement n&apos;a pas été mis à jour avec la politique.</translation>
    </message>
    <message>
        <source>MX hosts not covered by the MTA-STS policy: %1</source>
        <extracomment>finding mta_sts.mx_mismatch: title</extracomment>
        <translation>Hôtes MX non couverts par la politique MTA-STS : %1</translation>
    </message>
    <message>
        <source>With mode enforce, senders refuse to deliver to an MX host that no mx: pattern matches (RFC 8461 4.1), and mail to it bounces or waits. Patterns in the policy: %1. Add the host, or a *.domain pattern (one label only), to the policy and change the TXT record&apos;s id.</source>
        <extracomment>finding mta_sts.mx_mismatch: detail</extracomment>
        <translation>En mode enforce, les expéditeurs refusent de remettre le courrier à un hôte MX qu&apos;aucun motif mx: ne couvre (RFC 8461 4.1), et le courrier qui lui est destiné rebondit ou attend. Motifs de la politique : %1. Ajoutez l&apos;hôte, ou un motif *.domaine (un seul libellé), à la politique et changez l&apos;id de l&apos;enregistrement TXT.</translation>
    </message>
    <message>
        <source>With mode testing, senders deliver anyway but report the failure in TLS-RPT; in enforce mode this mail would not be delivered. Patterns in the policy: %1.</source>
        <extracomment>finding mta_sts.mx_mismatch: detail_testing</extracomment>
        <translation>En mode testing, les expéditeurs remettent quand même le courrier mais signalent l&apos;échec dans TLS-RPT ; en mode enforce, ce courrier ne serait pas remis. Motifs de la politique : %1.</translation>
    </message>
    <message>
        <source>A policy is served but %1 has no MTA-STS TXT record</source>
        <extracomment>finding mta_sts.no_txt_record: title</extracomment>
        <translation>Une politique est servie mais %1 n&apos;a pas d&apos;enregistrement TXT MTA-STS</translation>
    </message>
    <message>
        <source>Senders fetch the policy only when the _mta-sts TXT record announces it (v=STSv1; id=...). Publish it.</source>
        <extracomment>finding mta_sts.no_txt_record: detail</extracomment>
        <translation>Les expéditeurs ne récupèrent la politique que si l&apos;enregistrement TXT _mta-sts l&apos;annonce (v=STSv1; id=...). Publiez-le.</translation>
    </message>
    <message>
        <source>MTA-STS without a TLS-RPT record (%1)</source>
        <extracomment>finding mta_sts.no_tls_rpt: title</extracomment>
        <translation>MTA-STS sans enregistrement TLS-RPT (%1)</translation>
    </message>
    <message>
        <source>Without TLS reporting (RFC 8460) you will not hear of senders that fail to deliver under the policy. Publish v=TLSRPTv1; rua=mailto:... at %1.</source>
        <extracomment>finding mta_sts.no_tls_rpt: detail</extracomment>
        <translation>Sans rapports TLS (RFC 8460), vous ne saurez pas quels expéditeurs n&apos;arrivent pas à remettre le courrier sous la politique. Publiez v=TLSRPTv1; rua=mailto:... à %1.</translation>
    </message>
    <message>
        <source>The BIMI logo %1 could not be fetched</source>
        <extracomment>finding bimi.svg_fetch_failed: title</extracomment>
        <translation>Le logo BIMI %1 n&apos;a pas pu être récupéré</translation>
    </message>
    <message>
        <source>The BIMI logo %1 is larger than %2 bytes</source>
        <extracomment>finding bimi.svg_too_large: title</extracomment>
        <translation>Le logo BIMI %1 dépasse %2 octets</translation>
    </message>
    <message>
        <source>SVG Tiny PS logos for BIMI are limited to 32 KB; mailbox providers do not show a larger one. Simplify the paths or remove metadata.</source>
        <extracomment>finding bimi.svg_too_large: detail</extracomment>
        <translation>Les logos SVG Tiny PS pour BIMI sont limités à 32 Ko ; les fournisseurs de messagerie n&apos;affichent pas un logo plus lourd. Simplifiez les tracés ou supprimez les métadonnées.</translation>
    </message>
    <message>
        <source>The HTTPS certificate of %1 is not valid for that name</source>
        <extracomment>finding bimi.https_certificate: title</extracomment>
        <translation>Le certificat HTTPS de %1 n&apos;est pas valide pour ce nom</translation>
    </message>
    <message>
        <source>%1 Mailbox providers fetch the logo and the mark certificate only over valid HTTPS.</source>
        <extracomment>finding bimi.https_certificate: detail</extracomment>
        <translation>%1 Les fournisseurs de messagerie ne récupèrent le logo et le certificat de marque que via un HTTPS valide.</translation>
    </message>
    <message>
        <source>The BIMI logo %1 is not SVG Tiny PS</source>
        <extracomment>finding bimi.svg_invalid: title</extracomment>
        <translation>Le logo BIMI %1 n&apos;est pas au format SVG Tiny PS</translation>
    </message>
    <message>
        <source>Mailbox providers show only logos in the SVG Tiny Portable/Secure profile: baseProfile=&quot;tiny-ps&quot; and version=&quot;1.2&quot; on the root, a &lt;title&gt;, a square viewBox, no scripts, animation, raster images, external references, DOCTYPE or entities. Export again with an SVG Tiny PS converter.</source>
        <extracomment>finding bimi.svg_invalid: detail</extracomment>
        <translation>Les fournisseurs de messagerie n&apos;affichent que les logos au profil SVG Tiny Portable/Secure : baseProfile=&quot;tiny-ps&quot; et version=&quot;1.2&quot; sur la racine, un &lt;title&gt;, une viewBox carrée, ni scripts, ni animation, ni images matricielles, ni références externes, ni DOCTYPE, ni entités. Exportez de nouveau avec un convertisseur SVG Tiny PS.</translation>
    </message>
    <message>
        <source>BIMI logo: %1</source>
        <extracomment>finding bimi.svg_warning: title</extracomment>
        <translation>Logo BIMI : %1</translation>
    </message>
    <message>
        <source>The BIMI record has no mark certificate (a=)</source>
        <extracomment>finding bimi.no_certificate: title</extracomment>
        <translation>L&apos;enregistrement BIMI n&apos;a pas de certificat de marque (a=)</translation>
    </message>
    <message>
        <source>Gmail and Apple Mail show a logo only with a Verified Mark Certificate or Common Mark Certificate; Yahoo and some others show self-asserted logos.</source>
        <extracomment>finding bimi.no_certificate: detail</extracomment>
        <translation>Gmail et Apple Mail n&apos;affichent un logo qu&apos;avec un Verified Mark Certificate ou un Common Mark Certificate ; Yahoo et quelques autres affichent des logos auto-déclarés.</translation>
    </message>
    <message>
        <source>The BIMI mark certificate %1 could not be fetched</source>
        <extracomment>finding bimi.certificate_fetch_failed: title</extracomment>
        <translation>Le certificat de marque BIMI %1 n&apos;a pas pu être récupéré</translation>
    </message>
    <message>
        <source>The BIMI mark certificate %1 is larger than %2 bytes</source>
        <extracomment>finding bimi.certificate_too_large: title</extracomment>
        <translation>Le certificat de marque BIMI %1 dépasse %2 octets</translation>
    </message>
    <message>
        <source>The BIMI mark certificate %1 holds no PEM certificate</source>
        <extracomment>finding bimi.certificate_unreadable: title</extracomment>
        <translation>Le certificat de marque BIMI %1 ne contient aucun certificat PEM</translation>
    </message>
    <message>
        <source>The a= URL must serve the VMC or CMC and its chain as PEM.</source>
        <extracomment>finding bimi.certificate_unreadable: detail</extracomment>
        <translation>L&apos;URL a= doit servir le VMC ou le CMC et sa chaîne au format PEM.</translation>
    </message>
    <message>
        <source>The mark certificate for %1 does not verify</source>
        <extracomment>finding bimi.certificate_chain: title</extracomment>
        <translation>Le certificat de marque pour %1 ne se vérifie pas</translation>
    </message>
    <message>
        <source>%1. Mailbox providers accept only marks issued by the BIMI Group&apos;s authorized certificate authorities, with the intermediate certificates served after the leaf.</source>
        <extracomment>finding bimi.certificate_chain: detail</extracomment>
        <translation>%1. Les fournisseurs de messagerie n&apos;acceptent que les marques émises par les autorités de certification agréées par le BIMI Group, avec les certificats intermédiaires servis après le certificat final.</translation>
    </message>
    <message>
        <source>The mark certificate for %1 lacks the BIMI key usage</source>
        <extracomment>finding bimi.certificate_usage: title</extracomment>
        <translation>Le certificat de marque pour %1 n&apos;a pas l&apos;usage de clé BIMI</translation>
    </message>
    <message>
        <source>A VMC or CMC carries the extended key usage id-kp-BrandIndicatorforMessageIdentification (1.3.6.1.5.5.7.3.31); this certificate is not a mark certificate.</source>
        <extracomment>finding bimi.certificate_usage: detail</extracomment>
        <translation>Un VMC ou un CMC porte l&apos;usage étendu de clé id-kp-BrandIndicatorforMessageIdentification (1.3.6.1.5.5.7.3.31) ; ce certificat n&apos;est pas un certificat de marque.</translation>
    </message>
    <message>
        <source>The mark certificate does not name %1</source>
        <extracomment>finding bimi.certificate_domain: title</extracomment>
        <translation>Le certificat de marque ne nomme pas %1</translation>
    </message>
    <message>
        <source>The VMC or CMC lists the domains it may be used for; this domain is not among them.</source>
        <extracomment>finding bimi.certificate_domain: detail</extracomment>
        <translation>Le VMC ou le CMC liste les domaines pour lesquels il peut être utilisé ; ce domaine n&apos;en fait pas partie.</translation>
    </message>
    <message>
        <source>The mark certificate embeds no SVG logo</source>
        <extracomment>finding bimi.certificate_no_logo: title</extracomment>
        <translation>Le certificat de marque n&apos;intègre aucun logo SVG</translation>
    </message>
    <message>
        <source>A VMC or CMC carries the logo in its logotype extension (RFC 3709) as a data: URI; none was found.</source>
        <extracomment>finding bimi.certificate_no_logo: detail</extracomment>
        <translation>Un VMC ou un CMC porte le logo dans son extension logotype (RFC 3709) sous forme d&apos;URI data: ; aucun n&apos;a été trouvé.</translation>
    </message>
    <message>
        <source>The logo at %1 is not the one in the mark certificate</source>
        <extracomment>finding bimi.certificate_logo_mismatch: title</extracomment>
        <translation>Le logo à %1 n&apos;est pas celui du certificat de marque</translation>
    </message>
    <message>
        <source>Mailbox providers show the certificate&apos;s logo only when the published SVG is the same file. Publish the exact SVG that was certified.</source>
        <extracomment>finding bimi.certificate_logo_mismatch: detail</extracomment>
        <translation>Les fournisseurs de messagerie n&apos;affichent le logo du certificat que si le SVG publié est le même fichier. Publiez exactement le SVG qui a été certifié.</translation>
    </message>
</context>
<context>
    <name>rebound::data::authtags</name>
    <message>
        <source>Version. Must be DMARC1 and come first, or receivers ignore the record.</source>
        <extracomment>DMARC tag v=</extracomment>
        <translation>Version. Doit valoir DMARC1 et venir en premier, sinon les destinataires ignorent l&apos;enregistrement.</translation>
    </message>
    <message>
        <source>Policy for mail that fails DMARC: none (only report), quarantine (spam folder) or reject (refuse).</source>
        <extracomment>DMARC tag p=</extracomment>
        <translation>Politique pour le courrier qui échoue à DMARC : none (rapport seulement), quarantine (dossier spam) ou reject (refus).</translation>
    </message>
    <message>
        <source>Policy for subdomains that publish no DMARC record of their own. Defaults to p.</source>
        <extracomment>DMARC tag sp=</extracomment>
        <translation>Politique pour les sous-domaines qui ne publient pas leur propre enregistrement DMARC. Vaut p par défaut.</translation>
    </message>
    <message>
        <source>Policy for subdomains that do not exist (RFC 9989). Defaults to sp.</source>
        <extracomment>DMARC tag np=</extracomment>
        <translation>Politique pour les sous-domaines inexistants (RFC 9989). Vaut sp par défaut.</translation>
    </message>
    <message>
        <source>Percentage of failing mail the policy applies to; the rest is treated one step more leniently.</source>
        <extracomment>DMARC tag pct=</extracomment>
        <translation>Pourcentage du courrier en échec auquel la politique s&apos;applique ; le reste est traité un cran plus souplement.</translation>
    </message>
    <message>
        <source>DKIM alignment: r (relaxed, same organisational domain) or s (strict, exact domain).</source>
        <extracomment>DMARC tag adkim=</extracomment>
        <translation>Alignement DKIM : r (relaxed, même domaine organisationnel) ou s (strict, domaine exact).</translation>
    </message>
    <message>
        <source>SPF alignment: r (relaxed, same organisational domain) or s (strict, exact domain).</source>
        <extracomment>DMARC tag aspf=</extracomment>
        <translation>Alignement SPF : r (relaxed, même domaine organisationnel) ou s (strict, domaine exact).</translation>
    </message>
    <message>
        <source>Where receivers send daily aggregate reports (mailto: addresses).</source>
        <extracomment>DMARC tag rua=</extracomment>
        <translation>Où les destinataires envoient les rapports agrégés quotidiens (adresses mailto:).</translation>
    </message>
    <message>
        <source>Where receivers send per-message failure reports; few receivers send them.</source>
        <extracomment>DMARC tag ruf=</extracomment>
        <translation>Où les destinataires envoient les rapports d&apos;échec par message ; peu de destinataires les envoient.</translation>
    </message>
    <message>
        <source>When failure reports are wanted: 0 (all fail), 1 (any fails), d (DKIM fails), s (SPF fails).</source>
        <extracomment>DMARC tag fo=</extracomment>
        <translation>Quand les rapports d&apos;échec sont souhaités : 0 (tous échouent), 1 (l&apos;un échoue), d (DKIM échoue), s (SPF échoue).</translation>
    </message>
    <message>
        <source>Format of failure reports (afrf).</source>
        <extracomment>DMARC tag rf=</extracomment>
        <translation>Format des rapports d&apos;échec (afrf).</translation>
    </message>
    <message>
        <source>Interval between aggregate reports, in seconds (usually ignored; daily).</source>
        <extracomment>DMARC tag ri=</extracomment>
        <translation>Intervalle entre rapports agrégés, en secondes (généralement ignoré ; quotidien).</translation>
    </message>
    <message>
        <source>Public suffix domain flag (RFC 9989): y, n or u.</source>
        <extracomment>DMARC tag psd=</extracomment>
        <translation>Indicateur de domaine de suffixe public (RFC 9989) : y, n ou u.</translation>
    </message>
    <message>
        <source>Testing mode (RFC 9989): t=y asks receivers to apply the policy one step more leniently.</source>
        <extracomment>DMARC tag t=</extracomment>
        <translation>Mode test (RFC 9989) : t=y demande aux destinataires d&apos;appliquer la politique un cran plus souplement.</translation>
    </message>
    <message>
        <source>Version. DKIM1 when present; must come first.</source>
        <extracomment>DKIM tag v=</extracomment>
        <translation>Version. DKIM1 si présent ; doit venir en premier.</translation>
    </message>
    <message>
        <source>Key type: rsa (default) or ed25519.</source>
        <extracomment>DKIM tag k=</extracomment>
        <translation>Type de clé : rsa (par défaut) ou ed25519.</translation>
    </message>
    <message>
        <source>The public key, base64. Empty means the key was revoked: signatures with it fail.</source>
        <extracomment>DKIM tag p=</extracomment>
        <translation>La clé publique, en base64. Vide signifie que la clé a été révoquée : les signatures faites avec elle échouent.</translation>
    </message>
    <message>
        <source>Hash algorithms the key may be used with (sha256; sha1 is obsolete).</source>
        <extracomment>DKIM tag h=</extracomment>
        <translation>Algorithmes de hachage utilisables avec la clé (sha256 ; sha1 est obsolète).</translation>
    </message>
    <message>
        <source>Service types the key is for: * (all) or email.</source>
        <extracomment>DKIM tag s=</extracomment>
        <translation>Types de service couverts par la clé : * (tous) ou email.</translation>
    </message>
    <message>
        <source>Flags: y (testing, receivers treat failures as unsigned), s (the i= domain must equal d=).</source>
        <extracomment>DKIM tag t=</extracomment>
        <translation>Indicateurs : y (test, les destinataires traitent les échecs comme non signés), s (le domaine i= doit être égal à d=).</translation>
    </message>
    <message>
        <source>Notes for people; receivers ignore it.</source>
        <extracomment>DKIM tag n=</extracomment>
        <translation>Notes pour les humains ; ignorées par les destinataires.</translation>
    </message>
    <message>
        <source>Granularity (obsolete, RFC 4871).</source>
        <extracomment>DKIM tag g=</extracomment>
        <translation>Granularité (obsolète, RFC 4871).</translation>
    </message>
</context>
<context>
    <name>rebound::data::blocklist</name>
    <message>
        <source>Public mirrors answer 127.255.255.254 (or NXDOMAIN for everything) to queries through public or shared resolvers; a Spamhaus DQS key works through any resolver.</source>
        <extracomment>list spamhaus-zen: access_note</extracomment>
        <translation>Les miroirs publics répondent 127.255.255.254 (ou NXDOMAIN pour tout) aux requêtes passant par des résolveurs publics ou partagés ; une clé Spamhaus DQS fonctionne via n&apos;importe quel résolveur.</translation>
    </message>
    <message>
        <source>Through the Spamhaus Blocklist Removal Center. PBL entries with code .10 are maintained by the ISP, so the ISP has to act; .11 entries are Spamhaus-maintained.</source>
        <extracomment>list spamhaus-zen: delisting_note</extracomment>
        <translation>Via le Spamhaus Blocklist Removal Center. Les entrées PBL de code .10 sont gérées par le FAI, c&apos;est donc au FAI d&apos;agir ; les entrées .11 sont gérées par Spamhaus.</translation>
    </message>
    <message>
        <source>SBL: a direct spam source, spam operation or spam service</source>
        <extracomment>list spamhaus-zen, 127.0.0.2: meaning</extracomment>
        <translation>SBL : source directe de spam, opération ou service de spam</translation>
    </message>
    <message>
        <source>CSS (part of the SBL): snowshoe spam found by automation</source>
        <extracomment>list spamhaus-zen, 127.0.0.3: meaning</extracomment>
        <translation>CSS (partie de la SBL) : spam « snowshoe » détecté automatiquement</translation>
    </message>
    <message>
        <source>XBL: exploited host (CBL data: malware, bot or open proxy)</source>
        <extracomment>list spamhaus-zen, 127.0.0.4: meaning</extracomment>
        <translation>XBL : hôte compromis (données CBL : malware, bot ou proxy ouvert)</translation>
    </message>
    <message>
        <source>XBL (code documented as currently unused; SpamAssassin and rspamd map it to the XBL)</source>
        <extracomment>list spamhaus-zen, 127.0.0.5: meaning</extracomment>
        <translation>XBL (code documenté comme inutilisé actuellement ; SpamAssassin et rspamd l&apos;associent à la XBL)</translation>
    </message>
    <message>
        <source>DROP/EDROP: hijacked or criminal network (always in addition to the SBL)</source>
        <extracomment>list spamhaus-zen, 127.0.0.9: meaning</extracomment>
        <translation>DROP/EDROP : réseau détourné ou criminel (toujours en plus de la SBL)</translation>
    </message>
    <message>
        <source>PBL, ISP-maintained: the ISP says this address should not send mail directly; only the ISP can change it</source>
        <extracomment>list spamhaus-zen, 127.0.0.10: meaning</extracomment>
        <translation>PBL, gérée par le FAI : le FAI indique que cette adresse ne doit pas envoyer de courrier directement ; seul le FAI peut le changer</translation>
    </message>
    <message>
        <source>PBL, Spamhaus-maintained: an end-user address range that should not send mail directly</source>
        <extracomment>list spamhaus-zen, 127.0.0.11: meaning</extracomment>
        <translation>PBL, gérée par Spamhaus : plage d&apos;adresses d&apos;abonnés qui ne doit pas envoyer de courrier directement</translation>
    </message>
    <message>
        <source>BCL: botnet controller</source>
        <extracomment>list spamhaus-zen, 127.0.0.30: meaning</extracomment>
        <translation>BCL : contrôleur de botnet</translation>
    </message>
    <message>
        <source>DQS key disabled (third-party description)</source>
        <extracomment>list spamhaus-zen, 127.255.255.250: meaning</extracomment>
        <translation>Clé DQS désactivée (description de tiers)</translation>
    </message>
    <message>
        <source>Check the DQS key in the Spamhaus portal.</source>
        <extracomment>list spamhaus-zen, 127.255.255.250: remedy</extracomment>
        <translation>Vérifiez la clé DQS dans le portail Spamhaus.</translation>
    </message>
    <message>
        <source>DQS key rejected or used by another account (third-party description)</source>
        <extracomment>list spamhaus-zen, 127.255.255.251: meaning</extracomment>
        <translation>Clé DQS refusée ou utilisée par un autre compte (description de tiers)</translation>
    </message>
    <message>
        <source>Typing error in the DNSBL name</source>
        <extracomment>list spamhaus-zen, 127.255.255.252: meaning</extracomment>
        <translation>Faute de frappe dans le nom de la DNSBL</translation>
    </message>
    <message>
        <source>Report this: the zone name used is wrong.</source>
        <extracomment>list spamhaus-zen, 127.255.255.252: remedy</extracomment>
        <translation>Signalez-le : le nom de zone utilisé est erroné.</translation>
    </message>
    <message>
        <source>Query through a public or open resolver, or from a host with generic unattributable reverse DNS</source>
        <extracomment>list spamhaus-zen, 127.255.255.254: meaning</extracomment>
        <translation>Requête via un résolveur public ou ouvert, ou depuis un hôte au DNS inverse générique non attribuable</translation>
    </message>
    <message>
        <source>Use your own recursive resolver or enter a free Spamhaus DQS key.</source>
        <extracomment>list spamhaus-zen, 127.255.255.254: remedy</extracomment>
        <translation>Utilisez votre propre résolveur récursif ou saisissez une clé Spamhaus DQS gratuite.</translation>
    </message>
    <message>
        <source>Excessive number of queries from this resolver</source>
        <extracomment>list spamhaus-zen, 127.255.255.255: meaning</extracomment>
        <translation>Nombre excessif de requêtes depuis ce résolveur</translation>
    </message>
    <message>
        <source>Part of ZEN; as ZEN.</source>
        <extracomment>list spamhaus-sbl: access_note</extracomment>
        <translation>Fait partie de ZEN ; comme ZEN.</translation>
    </message>
    <message>
        <source>Through the Spamhaus Blocklist Removal Center.</source>
        <extracomment>list spamhaus-sbl: delisting_note</extracomment>
        <translation>Via le Spamhaus Blocklist Removal Center.</translation>
    </message>
    <message>
        <source>DROP/EDROP: hijacked or criminal network</source>
        <extracomment>list spamhaus-sbl, 127.0.0.9: meaning</extracomment>
        <translation>DROP/EDROP : réseau détourné ou criminel</translation>
    </message>
    <message>
        <source>Fix the infection first, then request removal in the Blocklist Removal Center.</source>
        <extracomment>list spamhaus-xbl: delisting_note</extracomment>
        <translation>Éliminez d&apos;abord l&apos;infection, puis demandez le retrait dans le Blocklist Removal Center.</translation>
    </message>
    <message>
        <source>XBL (code documented as currently unused)</source>
        <extracomment>list spamhaus-xbl, 127.0.0.5: meaning</extracomment>
        <translation>XBL (code documenté comme inutilisé actuellement)</translation>
    </message>
    <message>
        <source>ISP-maintained entries (.10) need the ISP; Spamhaus-maintained ones (.11) go through the Removal Center.</source>
        <extracomment>list spamhaus-pbl: delisting_note</extracomment>
        <translation>Les entrées gérées par le FAI (.10) passent par le FAI ; celles gérées par Spamhaus (.11) passent par le Removal Center.</translation>
    </message>
    <message>
        <source>PBL, ISP-maintained: the ISP says this address should not send mail directly</source>
        <extracomment>list spamhaus-pbl, 127.0.0.10: meaning</extracomment>
        <translation>PBL, gérée par le FAI : le FAI indique que cette adresse ne doit pas envoyer de courrier directement</translation>
    </message>
    <message>
        <source>PBL, Spamhaus-maintained: an end-user range that should not send mail directly</source>
        <extracomment>list spamhaus-pbl, 127.0.0.11: meaning</extracomment>
        <translation>PBL, gérée par Spamhaus : plage d&apos;abonnés qui ne doit pas envoyer de courrier directement</translation>
    </message>
    <message>
        <source>As ZEN.</source>
        <extracomment>list spamhaus-dbl: access_note</extracomment>
        <translation>Comme ZEN.</translation>
    </message>
    <message>
        <source>Low-reputation or spam domain</source>
        <extracomment>list spamhaus-dbl, 127.0.1.2: meaning</extracomment>
        <translation>Domaine de faible réputation ou de spam</translation>
    </message>
    <message>
        <source>Phishing domain</source>
        <extracomment>list spamhaus-dbl, 127.0.1.4: meaning</extracomment>
        <translation>Domaine de phishing</translation>
    </message>
    <message>
        <source>Malware domain</source>
        <extracomment>list spamhaus-dbl, 127.0.1.5: meaning</extracomment>
        <translation>Domaine de malware</translation>
    </message>
    <message>
        <source>Botnet command-and-control domain</source>
        <extracomment>list spamhaus-dbl, 127.0.1.6: meaning</extracomment>
        <translation>Domaine de commande et contrôle de botnet</translation>
    </message>
    <message>
        <source>Abused legitimate domain (spam)</source>
        <extracomment>list spamhaus-dbl, 127.0.1.102: meaning</extracomment>
        <translation>Domaine légitime détourné (spam)</translation>
    </message>
    <message>
        <source>Abused redirector or URL shortener</source>
        <extracomment>list spamhaus-dbl, 127.0.1.103: meaning</extracomment>
        <translation>Redirecteur ou raccourcisseur d&apos;URL détourné</translation>
    </message>
    <message>
        <source>Abused legitimate domain (phishing)</source>
        <extracomment>list spamhaus-dbl, 127.0.1.104: meaning</extracomment>
        <translation>Domaine légitime détourné (phishing)</translation>
    </message>
    <message>
        <source>Abused legitimate domain (malware)</source>
        <extracomment>list spamhaus-dbl, 127.0.1.105: meaning</extracomment>
        <translation>Domaine légitime détourné (malware)</translation>
    </message>
    <message>
        <source>Abused legitimate domain (botnet C&amp;C)</source>
        <extracomment>list spamhaus-dbl, 127.0.1.106: meaning</extracomment>
        <translation>Domaine légitime détourné (C&amp;C de botnet)</translation>
    </message>
    <message>
        <source>IP queries are not allowed in the DBL (client error)</source>
        <extracomment>list spamhaus-dbl, 127.0.1.255: meaning</extracomment>
        <translation>Les requêtes IP ne sont pas autorisées dans la DBL (erreur du client)</translation>
    </message>
    <message>
        <source>Report this: an IP address was sent to a domain list.</source>
        <extracomment>list spamhaus-dbl, 127.0.1.255: remedy</extracomment>
        <translation>Signalez-le : une adresse IP a été envoyée à une liste de domaines.</translation>
    </message>
    <message>
        <source>Only through Spamhaus DQS, with a key.</source>
        <extracomment>list spamhaus-zrd: access_note</extracomment>
        <translation>Uniquement via Spamhaus DQS, avec une clé.</translation>
    </message>
    <message>
        <source>Entries expire 24 hours after the domain was first seen.</source>
        <extracomment>list spamhaus-zrd: delisting_note</extracomment>
        <translation>Les entrées expirent 24 heures après la première observation du domaine.</translation>
    </message>
    <message>
        <source>Very fresh domain: first seen within the last {last} hours (listed for 24 hours after registration or reactivation)</source>
        <extracomment>list spamhaus-zrd, 127.0.2.2: meaning</extracomment>
        <translation>Domaine très récent : vu pour la première fois au cours des {last} dernières heures (listé pendant 24 heures après l&apos;enregistrement ou la réactivation)</translation>
    </message>
    <message>
        <source>Fresh domain: first seen within the last {last} hours (listed for 24 hours after registration or reactivation)</source>
        <extracomment>list spamhaus-zrd, 127.0.2.5: meaning</extracomment>
        <translation>Domaine récent : vu pour la première fois au cours des {last} dernières heures (listé pendant 24 heures après l&apos;enregistrement ou la réactivation)</translation>
    </message>
    <message>
        <source>IP query sent to a domain list (client error)</source>
        <extracomment>list spamhaus-zrd, 127.0.2.255: meaning</extracomment>
        <translation>Requête IP envoyée à une liste de domaines (erreur du client)</translation>
    </message>
    <message>
        <source>Only through Spamhaus DQS, with a key; not part of ZEN.</source>
        <extracomment>list spamhaus-authbl: access_note</extracomment>
        <translation>Uniquement via Spamhaus DQS, avec une clé ; ne fait pas partie de ZEN.</translation>
    </message>
    <message>
        <source>Host known to run bots that log in with stolen SMTP credentials</source>
        <extracomment>list spamhaus-authbl, 127.0.0.20: meaning</extracomment>
        <translation>Hôte connu pour héberger des bots qui se connectent avec des identifiants SMTP volés</translation>
    </message>
    <message>
        <source>Paid DQS dataset of hashes (wallets, e-mail addresses, files); not an IP or domain list, so not queried here.</source>
        <extracomment>list spamhaus-hbl: access_note</extracomment>
        <translation>Jeu de données DQS payant de hachages (portefeuilles, adresses e-mail, fichiers) ; pas une liste d&apos;IP ni de domaines, donc non interrogé ici.</translation>
    </message>
    <message>
        <source>Runs on Spamhaus infrastructure with Spamhaus&apos;s access rules. Use XBL or ZEN instead.</source>
        <extracomment>list cbl: access_note</extracomment>
        <translation>Fonctionne sur l&apos;infrastructure Spamhaus avec les règles d&apos;accès de Spamhaus. Utilisez plutôt la XBL ou ZEN.</translation>
    </message>
    <message>
        <source>Exploited host (now the Spamhaus XBL)</source>
        <extracomment>list cbl, 127.0.0.2: meaning</extracomment>
        <translation>Hôte compromis (désormais la Spamhaus XBL)</translation>
    </message>
    <message>
        <source>The resolver&apos;s public IP must be registered (free) on barracudacentral.org; unregistered resolvers get failures. bb.barracudacentral.org is reported to need no registration (unconfirmed).</source>
        <extracomment>list barracuda: access_note</extracomment>
        <translation>L&apos;IP publique du résolveur doit être enregistrée (gratuitement) sur barracudacentral.org ; les résolveurs non enregistrés reçoivent des erreurs. bb.barracudacentral.org ne nécessiterait pas d&apos;enregistrement (non confirmé).</translation>
    </message>
    <message>
        <source>Removal request form on barracudacentral.org.</source>
        <extracomment>list barracuda: delisting_note</extracomment>
        <translation>Formulaire de demande de retrait sur barracudacentral.org.</translation>
    </message>
    <message>
        <source>Listed on the Barracuda Reputation Block List (poor sending reputation)</source>
        <extracomment>list barracuda, 127.0.0.2: meaning</extracomment>
        <translation>Listée sur la Barracuda Reputation Block List (mauvaise réputation d&apos;envoi)</translation>
    </message>
    <message>
        <source>No removal form: the listing expires once reports stop (about 24 hours); repeat listings last longer.</source>
        <extracomment>list spamcop: delisting_note</extracomment>
        <translation>Pas de formulaire de retrait : le listage expire une fois les signalements arrêtés (environ 24 heures) ; les listages répétés durent plus longtemps.</translation>
    </message>
    <message>
        <source>Reported as a spam source by SpamCop users or traps</source>
        <extracomment>list spamcop, 127.0.0.2: meaning</extracomment>
        <translation>Signalée comme source de spam par des utilisateurs ou des pièges de SpamCop</translation>
    </message>
    <message>
        <source>Expires automatically about 7 days after the abuse stops; paid express delisting exists and is not needed.</source>
        <extracomment>list uceprotect-1: delisting_note</extracomment>
        <translation>Expire automatiquement environ 7 jours après l&apos;arrêt des abus ; un délistage express payant existe mais n&apos;est pas nécessaire.</translation>
    </message>
    <message>
        <source>This single IP sent to UCEPROTECT traps</source>
        <extracomment>list uceprotect-1, 127.0.0.2: meaning</extracomment>
        <translation>Cette IP précise a envoyé vers des pièges UCEPROTECT</translation>
    </message>
    <message>
        <source>Drops automatically when few Level 1 IPs remain in the block; tell your provider.</source>
        <extracomment>list uceprotect-2: delisting_note</extracomment>
        <translation>Disparaît automatiquement quand il reste peu d&apos;IP de niveau 1 dans le bloc ; prévenez votre fournisseur.</translation>
    </message>
    <message>
        <source>The address allocation around this IP was escalated from Level 1 (collateral listing)</source>
        <extracomment>list uceprotect-2, 127.0.0.2: meaning</extracomment>
        <translation>L&apos;allocation d&apos;adresses autour de cette IP a été escaladée depuis le niveau 1 (listage collatéral)</translation>
    </message>
    <message>
        <source>Listing of the whole ASN; only the network operator can change it.</source>
        <extracomment>list uceprotect-3: delisting_note</extracomment>
        <translation>Listage de l&apos;ASN entier ; seul l&apos;opérateur du réseau peut le changer.</translation>
    </message>
    <message>
        <source>The whole network (ASN) of this IP is listed (collateral listing)</source>
        <extracomment>list uceprotect-3, 127.0.0.2: meaning</extracomment>
        <translation>Le réseau entier (ASN) de cette IP est listé (listage collatéral)</translation>
    </message>
    <message>
        <source>Meant for null-sender or postmaster traffic only (safe mode).</source>
        <extracomment>list backscatterer: access_note</extracomment>
        <translation>Destinée uniquement au trafic à expéditeur nul ou postmaster (mode sûr).</translation>
    </message>
    <message>
        <source>Listed for 4 weeks after the last backscatter; paid express delisting exists.</source>
        <extracomment>list backscatterer: delisting_note</extracomment>
        <translation>Listée pendant 4 semaines après le dernier backscatter ; un délistage express payant existe.</translation>
    </message>
    <message>
        <source>Sent backscatter (bounces or autoreplies to forged senders)</source>
        <extracomment>list backscatterer, 127.0.0.2: meaning</extracomment>
        <translation>A envoyé du backscatter (rebonds ou réponses automatiques à des expéditeurs usurpés)</translation>
    </message>
    <message>
        <source>Anyone can remove an IP on psbl.org.</source>
        <extracomment>list psbl: delisting_note</extracomment>
        <translation>N&apos;importe qui peut retirer une IP sur psbl.org.</translation>
    </message>
    <message>
        <source>Sent mail to PSBL spam traps</source>
        <extracomment>list psbl, 127.0.0.2: meaning</extracomment>
        <translation>A envoyé du courrier vers des pièges à spam PSBL</translation>
    </message>
    <message>
        <source>Free below 100,000 messages and 100,000 queries a day.</source>
        <extracomment>list mailspike-bl: access_note</extracomment>
        <translation>Gratuit en dessous de 100 000 messages et 100 000 requêtes par jour.</translation>
    </message>
    <message>
        <source>Self-service form on mailspike.org, processed automatically in about 6-36 hours.</source>
        <extracomment>list mailspike-bl: delisting_note</extracomment>
        <translation>Formulaire en libre-service sur mailspike.org, traité automatiquement en 6 à 36 heures environ.</translation>
    </message>
    <message>
        <source>Taking part in a current spam wave (zero-hour, ZBI)</source>
        <extracomment>list mailspike-bl, 127.0.0.2: meaning</extracomment>
        <translation>Participe à une vague de spam en cours (zero-hour, ZBI)</translation>
    </message>
    <message>
        <source>Reputation L5: worst</source>
        <extracomment>list mailspike-bl, 127.0.0.10: meaning</extracomment>
        <translation>Réputation L5 : la pire</translation>
    </message>
    <message>
        <source>Reputation L4: very bad</source>
        <extracomment>list mailspike-bl, 127.0.0.11: meaning</extracomment>
        <translation>Réputation L4 : très mauvaise</translation>
    </message>
    <message>
        <source>Reputation L3: bad</source>
        <extracomment>list mailspike-bl, 127.0.0.12: meaning</extracomment>
        <translation>Réputation L3 : mauvaise</translation>
    </message>
    <message>
        <source>Taking part in a current spam wave (zero-hour)</source>
        <extracomment>list mailspike-z, 127.0.0.2: meaning</extracomment>
        <translation>Participe à une vague de spam en cours (zero-hour)</translation>
    </message>
    <message>
        <source>Gives every IP a score, so it also answers for the RFC 5782 test addresses.</source>
        <extracomment>list mailspike-rep: access_note</extracomment>
        <translation>Attribue un score à chaque IP, donc répond aussi pour les adresses de test de la RFC 5782.</translation>
    </message>
    <message>
        <source>Reputation L2: suspicious</source>
        <extracomment>list mailspike-rep, 127.0.0.13: meaning</extracomment>
        <translation>Réputation L2 : suspecte</translation>
    </message>
    <message>
        <source>Reputation L1: neutral, probably spam</source>
        <extracomment>list mailspike-rep, 127.0.0.14: meaning</extracomment>
        <translation>Réputation L1 : neutre, probablement du spam</translation>
    </message>
    <message>
        <source>Reputation LH0: neutral</source>
        <extracomment>list mailspike-rep, 127.0.0.15: meaning</extracomment>
        <translation>Réputation LH0 : neutre</translation>
    </message>
    <message>
        <source>Reputation H1: neutral, probably legitimate</source>
        <extracomment>list mailspike-rep, 127.0.0.16: meaning</extracomment>
        <translation>Réputation H1 : neutre, probablement légitime</translation>
    </message>
    <message>
        <source>Reputation H2: possibly legitimate</source>
        <extracomment>list mailspike-rep, 127.0.0.17: meaning</extracomment>
        <translation>Réputation H2 : peut-être légitime</translation>
    </message>
    <message>
        <source>Reputation H3: good</source>
        <extracomment>list mailspike-rep, 127.0.0.18: meaning</extracomment>
        <translation>Réputation H3 : bonne</translation>
    </message>
    <message>
        <source>Reputation H4: very good</source>
        <extracomment>list mailspike-rep, 127.0.0.19: meaning</extracomment>
        <translation>Réputation H4 : très bonne</translation>
    </message>
    <message>
        <source>Reputation H5: excellent</source>
        <extracomment>list mailspike-rep, 127.0.0.20: meaning</extracomment>
        <translation>Réputation H5 : excellente</translation>
    </message>
    <message>
        <source>Free for fewer than 1,000 users or 250,000 messages a day; may not be embedded in paid products. Blocked resolvers get bit 1. Query the full host name.</source>
        <extracomment>list surbl-multi: access_note</extracomment>
        <translation>Gratuit pour moins de 1 000 utilisateurs ou 250 000 messages par jour ; ne peut pas être intégré à des produits payants. Les résolveurs bloqués reçoivent le bit 1. Interrogez le nom d&apos;hôte complet.</translation>
    </message>
    <message>
        <source>Through surbl.org (the Lists page). Do not script its web site.</source>
        <extracomment>list surbl-multi: delisting_note</extracomment>
        <translation>Via surbl.org (la page Lists). N&apos;automatisez pas l&apos;accès à son site web.</translation>
    </message>
    <message>
        <source>Query blocked (public resolver or volume)</source>
        <extracomment>list surbl-multi, 1: meaning</extracomment>
        <translation>Requête bloquée (résolveur public ou volume)</translation>
    </message>
    <message>
        <source>Use your own recursive resolver, or a SURBL data feed.</source>
        <extracomment>list surbl-multi, 1: remedy</extracomment>
        <translation>Utilisez votre propre résolveur récursif, ou un flux de données SURBL.</translation>
    </message>
    <message>
        <source>DM: disposable mail domain</source>
        <extracomment>list surbl-multi, 4: meaning</extracomment>
        <translation>DM : domaine de messagerie jetable</translation>
    </message>
    <message>
        <source>PH: phishing</source>
        <extracomment>list surbl-multi, 8: meaning</extracomment>
        <translation>PH : phishing</translation>
    </message>
    <message>
        <source>MW: malware</source>
        <extracomment>list surbl-multi, 16: meaning</extracomment>
        <translation>MW : malware</translation>
    </message>
    <message>
        <source>CT: click-tracker of a non-confirmed-opt-in sender</source>
        <extracomment>list surbl-multi, 32: meaning</extracomment>
        <translation>CT : traceur de clics d&apos;un expéditeur sans opt-in confirmé</translation>
    </message>
    <message>
        <source>ABUSE: spam and abuse</source>
        <extracomment>list surbl-multi, 64: meaning</extracomment>
        <translation>ABUSE : spam et abus</translation>
    </message>
    <message>
        <source>CR: cracked site</source>
        <extracomment>list surbl-multi, 128: meaning</extracomment>
        <translation>CR : site piraté</translation>
    </message>
    <message>
        <source>Refused queries (public resolvers, volume) get 127.0.0.1 with a TXT naming your resolver.</source>
        <extracomment>list uribl-multi: access_note</extracomment>
        <translation>Les requêtes refusées (résolveurs publics, volume) reçoivent 127.0.0.1 avec un TXT qui nomme votre résolveur.</translation>
    </message>
    <message>
        <source>A login is required to submit delist requests.</source>
        <extracomment>list uribl-multi: delisting_note</extracomment>
        <translation>Une connexion est nécessaire pour soumettre des demandes de retrait.</translation>
    </message>
    <message>
        <source>Query refused (public resolver or volume)</source>
        <extracomment>list uribl-multi, 1: meaning</extracomment>
        <translation>Requête refusée (résolveur public ou volume)</translation>
    </message>
    <message>
        <source>Use your own recursive resolver, or a URIBL data feed.</source>
        <extracomment>list uribl-multi, 1: remedy</extracomment>
        <translation>Utilisez votre propre résolveur récursif, ou un flux de données URIBL.</translation>
    </message>
    <message>
        <source>black: spammer-owned domain</source>
        <extracomment>list uribl-multi, 2: meaning</extracomment>
        <translation>black : domaine appartenant à un spammeur</translation>
    </message>
    <message>
        <source>grey: bulk sender domain (false positives expected)</source>
        <extracomment>list uribl-multi, 4: meaning</extracomment>
        <translation>grey : domaine d&apos;expéditeur en masse (faux positifs attendus)</translation>
    </message>
    <message>
        <source>red: young domain or WHOIS privacy (automated)</source>
        <extracomment>list uribl-multi, 8: meaning</extracomment>
        <translation>red : domaine jeune ou WHOIS masqué (automatique)</translation>
    </message>
    <message>
        <source>Key required in the query name; keyless queries are REFUSED.</source>
        <extracomment>list abusix-combined: access_note</extracomment>
        <translation>Clé requise dans le nom interrogé ; les requêtes sans clé reçoivent REFUSED.</translation>
    </message>
    <message>
        <source>From the lookup page; a policy-list delisting creates a semi-permanent exception.</source>
        <extracomment>list abusix-combined: delisting_note</extracomment>
        <translation>Depuis la page de consultation ; le délistage d&apos;une liste de politique crée une exception semi-permanente.</translation>
    </message>
    <message>
        <source>Black: hit primary spam traps</source>
        <extracomment>list abusix-combined, 127.0.0.2: meaning</extracomment>
        <translation>Black : a touché des pièges à spam primaires</translation>
    </message>
    <message>
        <source>Black: heuristics (very low reputation or near trap hitters)</source>
        <extracomment>list abusix-combined, 127.0.0.3: meaning</extracomment>
        <translation>Black : heuristiques (très faible réputation ou proche d&apos;adresses ayant touché des pièges)</translation>
    </message>
    <message>
        <source>Exploit: infected host or proxy</source>
        <extracomment>list abusix-combined, 127.0.0.4: meaning</extracomment>
        <translation>Exploit : hôte infecté ou proxy</translation>
    </message>
    <message>
        <source>Policy: generic reverse DNS</source>
        <extracomment>list abusix-combined, 127.0.0.11: meaning</extracomment>
        <translation>Policy : DNS inverse générique</translation>
    </message>
    <message>
        <source>Policy: no reverse DNS</source>
        <extracomment>list abusix-combined, 127.0.0.12: meaning</extracomment>
        <translation>Policy : pas de DNS inverse</translation>
    </message>
    <message>
        <source>Semi-permanent manual listing</source>
        <extracomment>list abusix-combined, 127.0.0.200: meaning</extracomment>
        <translation>Listage manuel semi-permanent</translation>
    </message>
    <message>
        <source>Key required; keyless queries are REFUSED.</source>
        <extracomment>list abusix-dblack: access_note</extracomment>
        <translation>Clé requise ; les requêtes sans clé reçoivent REFUSED.</translation>
    </message>
    <message>
        <source>Domain seen in message bodies of spam</source>
        <extracomment>list abusix-dblack, 127.0.1.1: meaning</extracomment>
        <translation>Domaine vu dans le corps de messages de spam</translation>
    </message>
    <message>
        <source>Historically public; 2026 third-party pages describe an API-key query form (unverified).</source>
        <extracomment>list spamrats: access_note</extracomment>
        <translation>Historiquement publique ; des pages de tiers de 2026 décrivent une forme de requête avec clé d&apos;API (non vérifié).</translation>
    </message>
    <message>
        <source>Automatic self-removal from the lookup page; Dyna and NoPtr need working forward-confirmed reverse DNS first.</source>
        <extracomment>list spamrats: delisting_note</extracomment>
        <translation>Retrait automatique en libre-service depuis la page de consultation ; Dyna et NoPtr exigent d&apos;abord un DNS inverse confirmé dans les deux sens.</translation>
    </message>
    <message>
        <source>RATS-Dyna: reverse DNS looks dynamic or generic</source>
        <extracomment>list spamrats, 127.0.0.36: meaning</extracomment>
        <translation>RATS-Dyna : le DNS inverse semble dynamique ou générique</translation>
    </message>
    <message>
        <source>RATS-NoPtr: no reverse DNS</source>
        <extracomment>list spamrats, 127.0.0.37: meaning</extracomment>
        <translation>RATS-NoPtr : pas de DNS inverse</translation>
    </message>
    <message>
        <source>RATS-Spam: sent spam</source>
        <extracomment>list spamrats, 127.0.0.38: meaning</extracomment>
        <translation>RATS-Spam : a envoyé du spam</translation>
    </message>
    <message>
        <source>RATS-Auth: login abuse (not a mail-sending signal)</source>
        <extracomment>list spamrats, 127.0.0.43: meaning</extracomment>
        <translation>RATS-Auth : abus de connexion (pas un signal d&apos;envoi de courrier)</translation>
    </message>
    <message>
        <source>Free for commercial and non-commercial use. Built for IRC, not mail.</source>
        <extracomment>list dronebl: access_note</extracomment>
        <translation>Gratuit pour un usage commercial ou non. Conçu pour IRC, pas pour le courrier.</translation>
    </message>
    <message>
        <source>From the lookup page, reviewed by volunteers.</source>
        <extracomment>list dronebl: delisting_note</extracomment>
        <translation>Depuis la page de consultation, examiné par des bénévoles.</translation>
    </message>
    <message>
        <source>Sample (test entry)</source>
        <extracomment>list dronebl, 127.0.0.2: meaning</extracomment>
        <translation>Exemple (entrée de test)</translation>
    </message>
    <message>
        <source>IRC drone</source>
        <extracomment>list dronebl, 127.0.0.3: meaning</extracomment>
        <translation>Drone IRC</translation>
    </message>
    <message>
        <source>Tor exit (deprecated code)</source>
        <extracomment>list dronebl, 127.0.0.4: meaning</extracomment>
        <translation>Sortie Tor (code obsolète)</translation>
    </message>
    <message>
        <source>Bottler</source>
        <extracomment>list dronebl, 127.0.0.5: meaning</extracomment>
        <translation>Bottler</translation>
    </message>
    <message>
        <source>Unknown spambot or drone</source>
        <extracomment>list dronebl, 127.0.0.6: meaning</extracomment>
        <translation>Spambot ou drone inconnu</translation>
    </message>
    <message>
        <source>DDoS drone</source>
        <extracomment>list dronebl, 127.0.0.7: meaning</extracomment>
        <translation>Drone DDoS</translation>
    </message>
    <message>
        <source>SOCKS proxy</source>
        <extracomment>list dronebl, 127.0.0.8: meaning</extracomment>
        <translation>Proxy SOCKS</translation>
    </message>
    <message>
        <source>HTTP proxy</source>
        <extracomment>list dronebl, 127.0.0.9: meaning</extracomment>
        <translation>Proxy HTTP</translation>
    </message>
    <message>
        <source>ProxyChain</source>
        <extracomment>list dronebl, 127.0.0.10: meaning</extracomment>
        <translation>ProxyChain</translation>
    </message>
    <message>
        <source>Web page proxy</source>
        <extracomment>list dronebl, 127.0.0.11: meaning</extracomment>
        <translation>Proxy de page web</translation>
    </message>
    <message>
        <source>Open DNS resolver</source>
        <extracomment>list dronebl, 127.0.0.12: meaning</extracomment>
        <translation>Résolveur DNS ouvert</translation>
    </message>
    <message>
        <source>Brute-force attacker</source>
        <extracomment>list dronebl, 127.0.0.13: meaning</extracomment>
        <translation>Attaquant par force brute</translation>
    </message>
    <message>
        <source>Open WinGate proxy</source>
        <extracomment>list dronebl, 127.0.0.14: meaning</extracomment>
        <translation>Proxy WinGate ouvert</translation>
    </message>
    <message>
        <source>Compromised router or gateway</source>
        <extracomment>list dronebl, 127.0.0.15: meaning</extracomment>
        <translation>Routeur ou passerelle compromis</translation>
    </message>
    <message>
        <source>Autorooting worm</source>
        <extracomment>list dronebl, 127.0.0.16: meaning</extracomment>
        <translation>Ver d&apos;auto-rootage</translation>
    </message>
    <message>
        <source>Automatically determined botnet IP</source>
        <extracomment>list dronebl, 127.0.0.17: meaning</extracomment>
        <translation>IP de botnet déterminée automatiquement</translation>
    </message>
    <message>
        <source>DNS/MX-type host name seen on IRC</source>
        <extracomment>list dronebl, 127.0.0.18: meaning</extracomment>
        <translation>Nom d&apos;hôte de type DNS/MX vu sur IRC</translation>
    </message>
    <message>
        <source>Abused VPN service</source>
        <extracomment>list dronebl, 127.0.0.19: meaning</extracomment>
        <translation>Service VPN détourné</translation>
    </message>
    <message>
        <source>Unknown reason</source>
        <extracomment>list dronebl, 127.0.0.255: meaning</extracomment>
        <translation>Raison inconnue</translation>
    </message>
    <message>
        <source>Must be requested from the listed IP itself: `curl -4 http://www.usenix.org.uk/content/rblremove` (instant); otherwise use the help page.</source>
        <extracomment>list s5h: delisting_note</extracomment>
        <translation>Doit être demandé depuis l&apos;IP listée elle-même : `curl -4 http://www.usenix.org.uk/content/rblremove` (immédiat) ; sinon, utilisez la page d&apos;aide.</translation>
    </message>
    <message>
        <source>Listed by s5h.net</source>
        <extracomment>list s5h, 127.0.0.2: meaning</extracomment>
        <translation>Listée par s5h.net</translation>
    </message>
    <message>
        <source>Contact them above 10,000 queries a day.</source>
        <extracomment>list nordspam-bl: access_note</extracomment>
        <translation>Contactez-les au-delà de 10 000 requêtes par jour.</translation>
    </message>
    <message>
        <source>Manual moderation through nordspam.com.</source>
        <extracomment>list nordspam-bl: delisting_note</extracomment>
        <translation>Modération manuelle via nordspam.com.</translation>
    </message>
    <message>
        <source>Listed by NordSpam (the TXT record has details)</source>
        <extracomment>list nordspam-bl, 127.0.0.2: meaning</extracomment>
        <translation>Listée par NordSpam (l&apos;enregistrement TXT donne les détails)</translation>
    </message>
    <message>
        <source>Domain listed by NordSpam (the TXT record has details)</source>
        <extracomment>list nordspam-dbl, 127.0.0.2: meaning</extracomment>
        <translation>Domaine listé par NordSpam (l&apos;enregistrement TXT donne les détails)</translation>
    </message>
    <message>
        <source>Needs a free account; processed in about 20 minutes, some cases manually within 48 hours.</source>
        <extracomment>list 0spam-bl: delisting_note</extracomment>
        <translation>Nécessite un compte gratuit ; traité en 20 minutes environ, certains cas manuellement sous 48 heures.</translation>
    </message>
    <message>
        <source>Listed by 0spam (it documents its answers only as 127.0.0.#)</source>
        <extracomment>list 0spam-bl, 127.0.0.0: meaning</extracomment>
        <translation>Listée par 0spam (qui ne documente ses réponses que comme 127.0.0.#)</translation>
    </message>
    <message>
        <source>The whole /24 around this IP is listed by 0spam</source>
        <extracomment>list 0spam-nbl, 127.0.0.0: meaning</extracomment>
        <translation>Tout le /24 autour de cette IP est listé par 0spam</translation>
    </message>
    <message>
        <source>Lists the IPs of spam-linked domains (web hosts), not mail senders.</source>
        <extracomment>list 0spam-url: access_note</extracomment>
        <translation>Liste les IP de domaines liés au spam (hébergeurs web), pas des expéditeurs de courrier.</translation>
    </message>
    <message>
        <source>No manual removal; entries age out automatically.</source>
        <extracomment>list gbudb: delisting_note</extracomment>
        <translation>Pas de retrait manuel ; les entrées expirent automatiquement.</translation>
    </message>
    <message>
        <source>Truncate: very low reputation in GBUdb</source>
        <extracomment>list gbudb, 127.0.0.2: meaning</extracomment>
        <translation>Truncate : très faible réputation dans GBUdb</translation>
    </message>
    <message>
        <source>Mixed allow/block semantics: 127.0.0.1 means allowlisted.</source>
        <extracomment>list hostkarma: access_note</extracomment>
        <translation>Sémantique mixte autorisation/blocage : 127.0.0.1 signifie sur liste d&apos;autorisation.</translation>
    </message>
    <message>
        <source>White: allowlisted</source>
        <extracomment>list hostkarma, 127.0.0.1: meaning</extracomment>
        <translation>White : sur liste d&apos;autorisation</translation>
    </message>
    <message>
        <source>Black: blocklisted</source>
        <extracomment>list hostkarma, 127.0.0.2: meaning</extracomment>
        <translation>Black : sur liste de blocage</translation>
    </message>
    <message>
        <source>Yellow: mixed source such as big webmail (do not block)</source>
        <extracomment>list hostkarma, 127.0.0.3: meaning</extracomment>
        <translation>Yellow : source mixte comme un grand webmail (ne pas bloquer)</translation>
    </message>
    <message>
        <source>Brown: suspicious (score only)</source>
        <extracomment>list hostkarma, 127.0.0.4: meaning</extracomment>
        <translation>Brown : suspect (score uniquement)</translation>
    </message>
    <message>
        <source>NOBL: do not blacklist</source>
        <extracomment>list hostkarma, 127.0.0.5: meaning</extracomment>
        <translation>NOBL : ne pas mettre sur liste noire</translation>
    </message>
    <message>
        <source>Informational second record</source>
        <extracomment>list hostkarma, 127.0.1.1: meaning</extracomment>
        <translation>Second enregistrement informatif</translation>
    </message>
    <message>
        <source>Under 100,000 lookups a day and non-commercial. Over-limit resolvers get 127.0.0.255, and have been sent 127.0.10.x for every IP.</source>
        <extracomment>list dnswl: access_note</extracomment>
        <translation>Moins de 100 000 requêtes par jour et usage non commercial. Les résolveurs au-delà de la limite reçoivent 127.0.0.255, et ont déjà reçu 127.0.10.x pour chaque IP.</translation>
    </message>
    <message>
        <source>Registration is voluntary.</source>
        <extracomment>list dnswl: delisting_note</extracomment>
        <translation>L&apos;enregistrement est facultatif.</translation>
    </message>
    <message>
        <source>Query blocked (over the free limit)</source>
        <extracomment>list dnswl, 127.0.0.255: meaning</extracomment>
        <translation>Requête bloquée (au-delà de la limite gratuite)</translation>
    </message>
    <message>
        <source>Use your own recursive resolver below the limits, or register.</source>
        <extracomment>list dnswl, 127.0.0.255: remedy</extracomment>
        <translation>Utilisez votre propre résolveur récursif sous les limites, ou enregistrez-vous.</translation>
    </message>
    <message>
        <source>Category 10 (special cases): also the test-point answer and what over-quota resolvers get for every IP, so not trusted</source>
        <extracomment>list dnswl, 127.0.10.0: meaning</extracomment>
        <translation>Catégorie 10 (cas particuliers) : aussi la réponse du point de test et ce que reçoivent les résolveurs hors quota pour chaque IP, donc non fiable</translation>
    </message>
    <message>
        <source>Allowlisted: financial services (trust level {last}: 0 none, 1 low, 2 medium, 3 high)</source>
        <extracomment>list dnswl, 127.0.2.0: meaning</extracomment>
        <translation>Sur liste d&apos;autorisation : services financiers (niveau de confiance {last} : 0 aucun, 1 faible, 2 moyen, 3 élevé)</translation>
    </message>
    <message>
        <source>Allowlisted: e-mail service provider (trust level {last}: 0 none, 1 low, 2 medium, 3 high)</source>
        <extracomment>list dnswl, 127.0.3.0: meaning</extracomment>
        <translation>Sur liste d&apos;autorisation : fournisseur de services e-mail (niveau de confiance {last} : 0 aucun, 1 faible, 2 moyen, 3 élevé)</translation>
    </message>
    <message>
        <source>Allowlisted: organisation (trust level {last}: 0 none, 1 low, 2 medium, 3 high)</source>
        <extracomment>list dnswl, 127.0.4.0: meaning</extracomment>
        <translation>Sur liste d&apos;autorisation : organisation (niveau de confiance {last} : 0 aucun, 1 faible, 2 moyen, 3 élevé)</translation>
    </message>
    <message>
        <source>Allowlisted: service or network provider (trust level {last}: 0 none, 1 low, 2 medium, 3 high)</source>
        <extracomment>list dnswl, 127.0.5.0: meaning</extracomment>
        <translation>Sur liste d&apos;autorisation : fournisseur de services ou de réseau (niveau de confiance {last} : 0 aucun, 1 faible, 2 moyen, 3 élevé)</translation>
    </message>
    <message>
        <source>Allowlisted: personal server (trust level {last}: 0 none, 1 low, 2 medium, 3 high)</source>
        <extracomment>list dnswl, 127.0.6.0: meaning</extracomment>
        <translation>Sur liste d&apos;autorisation : serveur personnel (niveau de confiance {last} : 0 aucun, 1 faible, 2 moyen, 3 élevé)</translation>
    </message>
    <message>
        <source>Allowlisted: travel (trust level {last}: 0 none, 1 low, 2 medium, 3 high)</source>
        <extracomment>list dnswl, 127.0.7.0: meaning</extracomment>
        <translation>Sur liste d&apos;autorisation : voyage (niveau de confiance {last} : 0 aucun, 1 faible, 2 moyen, 3 élevé)</translation>
    </message>
    <message>
        <source>Allowlisted: public sector (trust level {last}: 0 none, 1 low, 2 medium, 3 high)</source>
        <extracomment>list dnswl, 127.0.8.0: meaning</extracomment>
        <translation>Sur liste d&apos;autorisation : secteur public (niveau de confiance {last} : 0 aucun, 1 faible, 2 moyen, 3 élevé)</translation>
    </message>
    <message>
        <source>Allowlisted: media and technology (trust level {last}: 0 none, 1 low, 2 medium, 3 high)</source>
        <extracomment>list dnswl, 127.0.9.0: meaning</extracomment>
        <translation>Sur liste d&apos;autorisation : médias et technologie (niveau de confiance {last} : 0 aucun, 1 faible, 2 moyen, 3 élevé)</translation>
    </message>
    <message>
        <source>Allowlisted: education (trust level {last}: 0 none, 1 low, 2 medium, 3 high)</source>
        <extracomment>list dnswl, 127.0.11.0: meaning</extracomment>
        <translation>Sur liste d&apos;autorisation : éducation (niveau de confiance {last} : 0 aucun, 1 faible, 2 moyen, 3 élevé)</translation>
    </message>
    <message>
        <source>Allowlisted: healthcare (trust level {last}: 0 none, 1 low, 2 medium, 3 high)</source>
        <extracomment>list dnswl, 127.0.12.0: meaning</extracomment>
        <translation>Sur liste d&apos;autorisation : santé (niveau de confiance {last} : 0 aucun, 1 faible, 2 moyen, 3 élevé)</translation>
    </message>
    <message>
        <source>Allowlisted: manufacturing (trust level {last}: 0 none, 1 low, 2 medium, 3 high)</source>
        <extracomment>list dnswl, 127.0.13.0: meaning</extracomment>
        <translation>Sur liste d&apos;autorisation : industrie (niveau de confiance {last} : 0 aucun, 1 faible, 2 moyen, 3 élevé)</translation>
    </message>
    <message>
        <source>Allowlisted: retail and services (trust level {last}: 0 none, 1 low, 2 medium, 3 high)</source>
        <extracomment>list dnswl, 127.0.14.0: meaning</extracomment>
        <translation>Sur liste d&apos;autorisation : commerce et services (niveau de confiance {last} : 0 aucun, 1 faible, 2 moyen, 3 élevé)</translation>
    </message>
    <message>
        <source>Allowlisted: e-mail marketing provider (trust level {last}: 0 none, 1 low, 2 medium, 3 high)</source>
        <extracomment>list dnswl, 127.0.15.0: meaning</extracomment>
        <translation>Sur liste d&apos;autorisation : fournisseur d&apos;e-mail marketing (niveau de confiance {last} : 0 aucun, 1 faible, 2 moyen, 3 élevé)</translation>
    </message>
    <message>
        <source>Lists DKIM d= domains. Its answer codes are not documented in the sources read.</source>
        <extracomment>list dnswl-dwl: access_note</extracomment>
        <translation>Liste des domaines DKIM d=. Ses codes de réponse ne sont pas documentés dans les sources consultées.</translation>
    </message>
    <message>
        <source>Use your own recursive resolver below the limits.</source>
        <extracomment>list dnswl-dwl, 127.0.0.255: remedy</extracomment>
        <translation>Utilisez votre propre résolveur récursif sous les limites.</translation>
    </message>
    <message>
        <source>Needs a registered MyValidity account; unregistered resolvers get 127.255.255.255 for every query. rspamd disabled it by default in 2026.</source>
        <extracomment>list validity-rpbl: access_note</extracomment>
        <translation>Nécessite un compte MyValidity enregistré ; les résolveurs non enregistrés reçoivent 127.255.255.255 pour chaque requête. rspamd l&apos;a désactivée par défaut en 2026.</translation>
    </message>
    <message>
        <source>Through Validity.</source>
        <extracomment>list validity-rpbl: delisting_note</extracomment>
        <translation>Via Validity.</translation>
    </message>
    <message>
        <source>Not registered or blocked</source>
        <extracomment>list validity-rpbl, 127.255.255.255: meaning</extracomment>
        <translation>Non enregistré ou bloqué</translation>
    </message>
    <message>
        <source>Register the resolver with MyValidity, or use your own resolver.</source>
        <extracomment>list validity-rpbl, 127.255.255.255: remedy</extracomment>
        <translation>Enregistrez le résolveur auprès de MyValidity, ou utilisez votre propre résolveur.</translation>
    </message>
    <message>
        <source>bot</source>
        <extracomment>list validity-rpbl, 1: meaning</extracomment>
        <translation>bot</translation>
    </message>
    <message>
        <source>no authentication</source>
        <extracomment>list validity-rpbl, 2: meaning</extracomment>
        <translation>pas d&apos;authentification</translation>
    </message>
    <message>
        <source>pristine spam traps</source>
        <extracomment>list validity-rpbl, 4: meaning</extracomment>
        <translation>pièges à spam vierges</translation>
    </message>
    <message>
        <source>suspect attachments</source>
        <extracomment>list validity-rpbl, 8: meaning</extracomment>
        <translation>pièces jointes suspectes</translation>
    </message>
    <message>
        <source>low SenderScore</source>
        <extracomment>list validity-rpbl, 16: meaning</extracomment>
        <translation>SenderScore faible</translation>
    </message>
    <message>
        <source>Needs a registered MyValidity account.</source>
        <extracomment>list validity-score: access_note</extracomment>
        <translation>Nécessite un compte MyValidity enregistré.</translation>
    </message>
    <message>
        <source>Register with MyValidity.</source>
        <extracomment>list validity-score, 127.255.255.255: remedy</extracomment>
        <translation>Enregistrez-vous auprès de MyValidity.</translation>
    </message>
    <message>
        <source>SenderScore {last} of 100 (90 or more is good)</source>
        <extracomment>list validity-score, 127.0.4.90: meaning</extracomment>
        <translation>SenderScore {last} sur 100 (90 ou plus est bon)</translation>
    </message>
    <message>
        <source>SenderScore {last} of 100 (80-89 is neutral)</source>
        <extracomment>list validity-score, 127.0.4.80: meaning</extracomment>
        <translation>SenderScore {last} sur 100 (80-89 est neutre)</translation>
    </message>
    <message>
        <source>SenderScore {last} of 100 (below 80; Validity&apos;s meaning for this band was not found)</source>
        <extracomment>list validity-score, 127.0.4.0: meaning</extracomment>
        <translation>SenderScore {last} sur 100 (moins de 80 ; la signification de Validity pour cette tranche n&apos;a pas été trouvée)</translation>
    </message>
    <message>
        <source>Delist link on the view page; entries expire after 48 hours.</source>
        <extracomment>list blocklist-de: delisting_note</extracomment>
        <translation>Lien de retrait sur la page de détail ; les entrées expirent après 48 heures.</translation>
    </message>
    <message>
        <source>Attack on amavis</source>
        <extracomment>list blocklist-de, 127.0.0.2: meaning</extracomment>
        <translation>Attaque contre amavis</translation>
    </message>
    <message>
        <source>Apache DDoS</source>
        <extracomment>list blocklist-de, 127.0.0.3: meaning</extracomment>
        <translation>DDoS Apache</translation>
    </message>
    <message>
        <source>Attack on Asterisk</source>
        <extracomment>list blocklist-de, 127.0.0.4: meaning</extracomment>
        <translation>Attaque contre Asterisk</translation>
    </message>
    <message>
        <source>Bad bot</source>
        <extracomment>list blocklist-de, 127.0.0.5: meaning</extracomment>
        <translation>Bot malveillant</translation>
    </message>
    <message>
        <source>FTP attack</source>
        <extracomment>list blocklist-de, 127.0.0.6: meaning</extracomment>
        <translation>Attaque FTP</translation>
    </message>
    <message>
        <source>IMAP attack</source>
        <extracomment>list blocklist-de, 127.0.0.7: meaning</extracomment>
        <translation>Attaque IMAP</translation>
    </message>
    <message>
        <source>IRC bot</source>
        <extracomment>list blocklist-de, 127.0.0.8: meaning</extracomment>
        <translation>Bot IRC</translation>
    </message>
    <message>
        <source>Mail attack</source>
        <extracomment>list blocklist-de, 127.0.0.9: meaning</extracomment>
        <translation>Attaque de messagerie</translation>
    </message>
    <message>
        <source>POP3 attack</source>
        <extracomment>list blocklist-de, 127.0.0.10: meaning</extracomment>
        <translation>Attaque POP3</translation>
    </message>
    <message>
        <source>Registration bot</source>
        <extracomment>list blocklist-de, 127.0.0.11: meaning</extracomment>
        <translation>Bot d&apos;inscription</translation>
    </message>
    <message>
        <source>Remote file inclusion attack</source>
        <extracomment>list blocklist-de, 127.0.0.12: meaning</extracomment>
        <translation>Attaque par inclusion de fichier distant</translation>
    </message>
    <message>
        <source>SASL login attack</source>
        <extracomment>list blocklist-de, 127.0.0.13: meaning</extracomment>
        <translation>Attaque de connexion SASL</translation>
    </message>
    <message>
        <source>SSH attack</source>
        <extracomment>list blocklist-de, 127.0.0.14: meaning</extracomment>
        <translation>Attaque SSH</translation>
    </message>
    <message>
        <source>w00tw00t scan</source>
        <extracomment>list blocklist-de, 127.0.0.15: meaning</extracomment>
        <translation>Scan w00tw00t</translation>
    </message>
    <message>
        <source>Port flood</source>
        <extracomment>list blocklist-de, 127.0.0.16: meaning</extracomment>
        <translation>Inondation de port</translation>
    </message>
    <message>
        <source>SQL injection</source>
        <extracomment>list blocklist-de, 127.0.0.17: meaning</extracomment>
        <translation>Injection SQL</translation>
    </message>
    <message>
        <source>Webmin attack</source>
        <extracomment>list blocklist-de, 127.0.0.18: meaning</extracomment>
        <translation>Attaque Webmin</translation>
    </message>
    <message>
        <source>Trigger spam</source>
        <extracomment>list blocklist-de, 127.0.0.19: meaning</extracomment>
        <translation>Spam déclencheur</translation>
    </message>
    <message>
        <source>Manual listing</source>
        <extracomment>list blocklist-de, 127.0.0.20: meaning</extracomment>
        <translation>Listage manuel</translation>
    </message>
    <message>
        <source>Brute-force login</source>
        <extracomment>list blocklist-de, 127.0.0.21: meaning</extracomment>
        <translation>Connexion par force brute</translation>
    </message>
    <message>
        <source>MySQL attack</source>
        <extracomment>list blocklist-de, 127.0.0.22: meaning</extracomment>
        <translation>Attaque MySQL</translation>
    </message>
    <message>
        <source>Listed by Spam Eating Monkey</source>
        <extracomment>list sem-bl, 127.0.0.2: meaning</extracomment>
        <translation>Listée par Spam Eating Monkey</translation>
    </message>
    <message>
        <source>Domain listed by SEM URIBL</source>
        <extracomment>list sem-uribl, 2: meaning</extracomment>
        <translation>Domaine listé par SEM URIBL</translation>
    </message>
    <message>
        <source>Domain listed by SEM FRESH15</source>
        <extracomment>list sem-fresh15, 2: meaning</extracomment>
        <translation>Domaine listé par SEM FRESH15</translation>
    </message>
    <message>
        <source>Botnet</source>
        <extracomment>list virusfree, 127.0.0.2: meaning</extracomment>
        <translation>Botnet</translation>
    </message>
    <message>
        <source>Free once every 30 days.</source>
        <extracomment>list lashback: delisting_note</extracomment>
        <translation>Gratuit une fois tous les 30 jours.</translation>
    </message>
    <message>
        <source>Sent mail to addresses harvested from unsubscribe lists</source>
        <extracomment>list lashback, 127.0.0.2: meaning</extracomment>
        <translation>A envoyé du courrier à des adresses récoltées dans des listes de désabonnement</translation>
    </message>
    <message>
        <source>check_rbl saw an answer outside 127/8 (62.0.58.94) in May 2023 and dropped it.</source>
        <extracomment>list backscatterer: status_note</extracomment>
        <translation>check_rbl a vu une réponse hors de 127/8 (62.0.58.94) en mai 2023 et l&apos;a retirée.</translation>
    </message>
    <message>
        <source>Alive in 2015 (dnsbl.com); current status not confirmed.</source>
        <extracomment>list gbudb: status_note</extracomment>
        <translation>Active en 2015 (dnsbl.com) ; état actuel non confirmé.</translation>
    </message>
    <message>
        <source>YunoHost still handled its codes in Dec 2025; helohub calls it discontinued.</source>
        <extracomment>list hostkarma: status_note</extracomment>
        <translation>YunoHost traitait encore ses codes en déc. 2025 ; helohub la dit arrêtée.</translation>
    </message>
    <message>
        <source>Probably active (undated support page).</source>
        <extracomment>list lashback: status_note</extracomment>
        <translation>Probablement active (page d&apos;assistance non datée).</translation>
    </message>
    <message>
        <source>No public DNS zone: only available to paying subscribers via rsync.</source>
        <extracomment>list invaluement: status_note</extracomment>
        <translation>Pas de zone DNS publique : disponible uniquement pour les abonnés payants via rsync.</translation>
    </message>
    <message>
        <source>No primary source found; only in catalogs. Not queried.</source>
        <extracomment>list justspam: status_note</extracomment>
        <translation>Aucune source primaire trouvée ; seulement dans des catalogues. Non interrogée.</translation>
    </message>
    <message>
        <source>Decommissioned on 5 June 2024; its servers no longer answer. The domain is a future wildcard risk, so it is never queried.</source>
        <extracomment>list sorbs: status_note</extracomment>
        <translation>Mise hors service le 5 juin 2024 ; ses serveurs ne répondent plus. Le domaine est un futur risque de joker, il n&apos;est donc jamais interrogé.</translation>
    </message>
    <message>
        <source>Emptied on 16 January 2025 and answering NXDOMAIN for everything (RFC 6471 graceful shutdown).</source>
        <extracomment>list nixspam: status_note</extracomment>
        <translation>Vidée le 16 janvier 2025, elle répond NXDOMAIN à tout (arrêt progressif selon la RFC 6471).</translation>
    </message>
    <message>
        <source>Empty from November 2023, shut down in 2024; since October 2025 its name servers point at TEST-NET addresses, so queries time out.</source>
        <extracomment>list wpbl: status_note</extracomment>
        <translation>Vide depuis novembre 2023, arrêtée en 2024 ; depuis octobre 2025 ses serveurs de noms pointent vers des adresses TEST-NET, les requêtes expirent donc.</translation>
    </message>
    <message>
        <source>Domain lapsed; every name answered a parking address (91.195.240.117).</source>
        <extracomment>list spamcannibal: status_note</extracomment>
        <translation>Domaine expiré ; chaque nom renvoyait une adresse de parking (91.195.240.117).</translation>
    </message>
    <message>
        <source>Domain expired and was bought by a speculator with wildcard DNS, so every IP looked listed.</source>
        <extracomment>list emailbasura: status_note</extracomment>
        <translation>Domaine expiré et racheté par un spéculateur avec un DNS joker : chaque IP semblait listée.</translation>
    </message>
    <message>
        <source>Went offline in March 2024.</source>
        <extracomment>list drand-spamtrap: status_note</extracomment>
        <translation>Hors ligne depuis mars 2024.</translation>
    </message>
    <message>
        <source>Does not exist any more or gives bogus answers (146.112.61.108).</source>
        <extracomment>list anonmails: status_note</extracomment>
        <translation>N&apos;existe plus ou donne des réponses fausses (146.112.61.108).</translation>
    </message>
    <message>
        <source>Domain expired and was replaced with a wildcard A record. Zone name not recorded in the sources read.</source>
        <extracomment>list efnet-rbl: status_note</extracomment>
        <translation>Domaine expiré et remplacé par un enregistrement A joker. Nom de zone absent des sources consultées.</translation>
    </message>
    <message>
        <source>dynamic or dial-up address pool</source>
        <extracomment>generic reverse DNS name, words dyn, dynamic, dynip...: why</extracomment>
        <translation>pool d&apos;adresses dynamiques ou d&apos;accès commuté</translation>
    </message>
    <message>
        <source>consumer access line</source>
        <extracomment>generic reverse DNS name, words dsl, adsl, vdsl...: why</extracomment>
        <translation>ligne d&apos;accès grand public</translation>
    </message>
    <message>
        <source>mobile network</source>
        <extracomment>generic reverse DNS name, words mobile, gprs, umts...: why</extracomment>
        <translation>réseau mobile</translation>
    </message>
    <message>
        <source>generic label for an access range</source>
        <extracomment>generic reverse DNS name, words host, ip, client...: why</extracomment>
        <translation>libellé générique d&apos;une plage d&apos;accès</translation>
    </message>
</context>
<context>
    <name>rebound::data::bounce</name>
    <message>
        <source>Authentication failed (SPF, DKIM, DMARC)</source>
        <extracomment>bounce reason authfailure (Sisimai&apos;s name): label</extracomment>
        <translation>Échec d&apos;authentification (SPF, DKIM, DMARC)</translation>
    </message>
    <message>
        <source>Reverse DNS required</source>
        <extracomment>bounce reason requireptr (Sisimai&apos;s name): label</extracomment>
        <translation>DNS inverse exigé</translation>
    </message>
    <message>
        <source>Relaying denied</source>
        <extracomment>bounce reason norelaying (Sisimai&apos;s name): label</extracomment>
        <translation>Relais refusé</translation>
    </message>
    <message>
        <source>Virus detected</source>
        <extracomment>bounce reason virusdetected (Sisimai&apos;s name): label</extracomment>
        <translation>Virus détecté</translation>
    </message>
    <message>
        <source>Message breaks the RFC</source>
        <extracomment>bounce reason notcompliantrfc (Sisimai&apos;s name): label</extracomment>
        <translation>Message non conforme à la RFC</translation>
    </message>
    <message>
        <source>Message too big</source>
        <extracomment>bounce reason mesgtoobig (Sisimai&apos;s name): label</extracomment>
        <translation>Message trop volumineux</translation>
    </message>
    <message>
        <source>Limit exceeded</source>
        <extracomment>bounce reason exceedlimit (Sisimai&apos;s name): label</extracomment>
        <translation>Limite dépassée</translation>
    </message>
    <message>
        <source>Mailbox full</source>
        <extracomment>bounce reason mailboxfull (Sisimai&apos;s name): label</extracomment>
        <translation>Boîte aux lettres pleine</translation>
    </message>
    <message>
        <source>Receiving system full</source>
        <extracomment>bounce reason systemfull (Sisimai&apos;s name): label</extracomment>
        <translation>Système de réception plein</translation>
    </message>
    <message>
        <source>Account suspended</source>
        <extracomment>bounce reason suspend (Sisimai&apos;s name): label</extracomment>
        <translation>Compte suspendu</translation>
    </message>
    <message>
        <source>Recipient has moved</source>
        <extracomment>bounce reason hasmoved (Sisimai&apos;s name): label</extracomment>
        <translation>Destinataire déménagé</translation>
    </message>
    <message>
        <source>Poor sender reputation</source>
        <extracomment>bounce reason badreputation (Sisimai&apos;s name): label</extracomment>
        <translation>Mauvaise réputation de l&apos;expéditeur</translation>
    </message>
    <message>
        <source>Sender blocked</source>
        <extracomment>bounce reason blocked (Sisimai&apos;s name): label</extracomment>
        <translation>Expéditeur bloqué</translation>
    </message>
    <message>
        <source>Spam detected</source>
        <extracomment>bounce reason spamdetected (Sisimai&apos;s name): label</extracomment>
        <translation>Spam détecté</translation>
    </message>
    <message>
        <source>Unknown recipient</source>
        <extracomment>bounce reason userunknown (Sisimai&apos;s name): label</extracomment>
        <translation>Destinataire inconnu</translation>
    </message>
    <message>
        <source>Unknown recipient domain</source>
        <extracomment>bounce reason hostunknown (Sisimai&apos;s name): label</extracomment>
        <translation>Domaine du destinataire inconnu</translation>
    </message>
    <message>
        <source>Domain accepts no mail</source>
        <extracomment>bounce reason notaccept (Sisimai&apos;s name): label</extracomment>
        <translation>Le domaine n&apos;accepte aucun courrier</translation>
    </message>
    <message>
        <source>Refused by the recipient&apos;s filter</source>
        <extracomment>bounce reason filtered (Sisimai&apos;s name): label</extracomment>
        <translation>Refusé par le filtre du destinataire</translation>
    </message>
    <message>
        <source>Sender rejected</source>
        <extracomment>bounce reason rejected (Sisimai&apos;s name): label</extracomment>
        <translation>Expéditeur refusé</translation>
    </message>
    <message>
        <source>Policy violation</source>
        <extracomment>bounce reason policyviolation (Sisimai&apos;s name): label</extracomment>
        <translation>Violation de politique</translation>
    </message>
    <message>
        <source>Too many connections</source>
        <extracomment>bounce reason toomanyconn (Sisimai&apos;s name): label</extracomment>
        <translation>Trop de connexions</translation>
    </message>
    <message>
        <source>Sending too fast</source>
        <extracomment>bounce reason speeding (Sisimai&apos;s name): label</extracomment>
        <translation>Envoi trop rapide</translation>
    </message>
    <message>
        <source>STARTTLS failed</source>
        <extracomment>bounce reason failedstarttls (Sisimai&apos;s name): label</extracomment>
        <translation>Échec de STARTTLS</translation>
    </message>
    <message>
        <source>Security requirement failed</source>
        <extracomment>bounce reason securityerror (Sisimai&apos;s name): label</extracomment>
        <translation>Exigence de sécurité non satisfaite</translation>
    </message>
    <message>
        <source>Invalid content</source>
        <extracomment>bounce reason contenterror (Sisimai&apos;s name): label</extracomment>
        <translation>Contenu invalide</translation>
    </message>
    <message>
        <source>SMTP syntax error</source>
        <extracomment>bounce reason syntaxerror (Sisimai&apos;s name): label</extracomment>
        <translation>Erreur de syntaxe SMTP</translation>
    </message>
    <message>
        <source>Network error</source>
        <extracomment>bounce reason networkerror (Sisimai&apos;s name): label</extracomment>
        <translation>Erreur réseau</translation>
    </message>
    <message>
        <source>Local delivery program failed</source>
        <extracomment>bounce reason mailererror (Sisimai&apos;s name): label</extracomment>
        <translation>Échec du programme de distribution locale</translation>
    </message>
    <message>
        <source>Receiving system error</source>
        <extracomment>bounce reason systemerror (Sisimai&apos;s name): label</extracomment>
        <translation>Erreur du système de réception</translation>
    </message>
    <message>
        <source>Undecided</source>
        <extracomment>bounce reason onhold (Sisimai&apos;s name): label</extracomment>
        <translation>Indéterminé</translation>
    </message>
    <message>
        <source>Feedback report (complaint)</source>
        <extracomment>bounce reason feedback (Sisimai&apos;s name): label</extracomment>
        <translation>Rapport de feedback (plainte)</translation>
    </message>
    <message>
        <source>Auto-reply</source>
        <extracomment>bounce reason vacation (Sisimai&apos;s name): label</extracomment>
        <translation>Réponse automatique</translation>
    </message>
    <message>
        <source>Delivered</source>
        <extracomment>bounce reason delivered (Sisimai&apos;s name): label</extracomment>
        <translation>Distribué</translation>
    </message>
    <message>
        <source>Unknown reason</source>
        <extracomment>bounce reason undefined (Sisimai&apos;s name): label</extracomment>
        <translation>Raison inconnue</translation>
    </message>
    <message>
        <source>Expired or delayed in the queue</source>
        <extracomment>bounce reason expired (Sisimai&apos;s name): label</extracomment>
        <translation>Expiré ou retardé dans la file d&apos;attente</translation>
    </message>
</context>
<context>
    <name>rebound::data::postmaster</name>
    <message>
        <source>SPF authentication</source>
        <extracomment>Postmaster Tools compliance requirement SPF: name</extracomment>
        <translation>Authentification SPF</translation>
    </message>
    <message>
        <source>DKIM authentication</source>
        <extracomment>Postmaster Tools compliance requirement DKIM: name</extracomment>
        <translation>Authentification DKIM</translation>
    </message>
    <message>
        <source>SPF and DKIM authentication</source>
        <extracomment>Postmaster Tools compliance requirement SPF_AND_DKIM: name</extracomment>
        <translation>Authentification SPF et DKIM</translation>
    </message>
    <message>
        <source>DMARC policy published</source>
        <extracomment>Postmaster Tools compliance requirement DMARC_POLICY: name</extracomment>
        <translation>Politique DMARC publiée</translation>
    </message>
    <message>
        <source>DMARC alignment</source>
        <extracomment>Postmaster Tools compliance requirement DMARC_ALIGNMENT: name</extracomment>
        <translation>Alignement DMARC</translation>
    </message>
    <message>
        <source>Message formatting (RFC 5322)</source>
        <extracomment>Postmaster Tools compliance requirement MESSAGE_FORMATTING: name</extracomment>
        <translation>Format des messages (RFC 5322)</translation>
    </message>
    <message>
        <source>Forward and reverse DNS records</source>
        <extracomment>Postmaster Tools compliance requirement DNS_RECORDS: name</extracomment>
        <translation>Enregistrements DNS directs et inverses</translation>
    </message>
    <message>
        <source>TLS encryption</source>
        <extracomment>Postmaster Tools compliance requirement ENCRYPTION: name</extracomment>
        <translation>Chiffrement TLS</translation>
    </message>
    <message>
        <source>User-reported spam rate</source>
        <extracomment>Postmaster Tools compliance requirement USER_REPORTED_SPAM_RATE: name</extracomment>
        <translation>Taux de spam signalé par les utilisateurs</translation>
    </message>
    <message>
        <source>One-click unsubscribe</source>
        <extracomment>Postmaster Tools compliance requirement ONE_CLICK_UNSUBSCRIBE: name</extracomment>
        <translation>Désabonnement en un clic</translation>
    </message>
    <message>
        <source>Honouring unsubscribe requests</source>
        <extracomment>Postmaster Tools compliance requirement HONOR_UNSUBSCRIBE: name</extracomment>
        <translation>Prise en compte des demandes de désabonnement</translation>
    </message>
    <message>
        <source>Gmail users reported {rate} of {domain}&apos;s mail as spam on {date}: at or over the 0.3 % limit</source>
        <extracomment>reports finding postmaster.spam_rate_error: title</extracomment>
        <translation>Les utilisateurs de Gmail ont signalé comme spam {rate} du courrier de {domain} le {date} : limite de 0,3 % atteinte ou dépassée</translation>
    </message>
    <message>
        <source>Gmail&apos;s bulk-sender rules require a user-reported spam rate below 0.3 %; at or above it Gmail rejects or junks more of the domain&apos;s mail, and mitigation is not available until the rate has stayed below 0.3 % for seven days. Send only to people who asked for the mail, make unsubscribing one click, and stop mailing recipients who do not open.</source>
        <extracomment>reports finding postmaster.spam_rate_error: detail</extracomment>
        <translation>Les règles de Gmail pour les expéditeurs en masse exigent un taux de spam signalé par les utilisateurs inférieur à 0,3 % ; à partir de ce seuil, Gmail refuse ou classe en indésirable une plus grande part du courrier du domaine, et aucune atténuation n&apos;est possible tant que le taux n&apos;est pas resté sous 0,3 % pendant sept jours. N&apos;envoyez qu&apos;aux personnes qui ont demandé ce courrier, permettez le désabonnement en un clic et cessez d&apos;écrire aux destinataires qui n&apos;ouvrent pas vos messages.</translation>
    </message>
    <message>
        <source>Gmail users reported {rate} of {domain}&apos;s mail as spam on {date}: over the 0.1 % target</source>
        <extracomment>reports finding postmaster.spam_rate_warning: title</extracomment>
        <translation>Les utilisateurs de Gmail ont signalé comme spam {rate} du courrier de {domain} le {date} : au-dessus de l&apos;objectif de 0,1 %</translation>
    </message>
    <message>
        <source>Gmail asks bulk senders to keep the user-reported spam rate below 0.1 % and never to reach 0.3 %. Find which mailings draw the complaints and remove recipients who did not ask for them.</source>
        <extracomment>reports finding postmaster.spam_rate_warning: detail</extracomment>
        <translation>Gmail demande aux expéditeurs en masse de maintenir le taux de spam signalé par les utilisateurs sous 0,1 % et de ne jamais atteindre 0,3 %. Identifiez les envois qui suscitent les plaintes et retirez les destinataires qui ne les ont pas demandés.</translation>
    </message>
    <message>
        <source>Only {rate} of {domain}&apos;s mail to Gmail passed {mechanism} on {date}</source>
        <extracomment>reports finding postmaster.auth_rate: title</extracomment>
        <translation>Le {date}, {mechanism} n&apos;a réussi que pour {rate} du courrier de {domain} vers Gmail</translation>
    </message>
    <message>
        <source>Gmail requires all mail from bulk senders to pass SPF and DKIM and the From domain to pass DMARC. Some of the domain&apos;s mail is sent from a source that is not authorised or not signed: compare the DMARC aggregate reports&apos; sources with your own servers and services.</source>
        <extracomment>reports finding postmaster.auth_rate: detail</extracomment>
        <translation>Gmail exige que tout le courrier des expéditeurs en masse réussisse SPF et DKIM, et que le domaine From réussisse DMARC. Une partie du courrier du domaine est envoyée depuis une source non autorisée ou non signée : comparez les sources des rapports agrégés DMARC avec vos propres serveurs et services.</translation>
    </message>
    <message>
        <source>Only {rate} of {domain}&apos;s mail to Gmail was sent over TLS on {date}</source>
        <extracomment>reports finding postmaster.tls_rate: title</extracomment>
        <translation>Le {date}, seulement {rate} du courrier de {domain} vers Gmail a été envoyé via TLS</translation>
    </message>
    <message>
        <source>Gmail requires a TLS connection for mail from bulk senders. A server or service that sends for the domain does not use STARTTLS: turn it on in that server&apos;s outbound settings.</source>
        <extracomment>reports finding postmaster.tls_rate: detail</extracomment>
        <translation>Gmail exige une connexion TLS pour le courrier des expéditeurs en masse. Un serveur ou un service qui envoie pour le domaine n&apos;utilise pas STARTTLS : activez-le dans les paramètres d&apos;envoi de ce serveur.</translation>
    </message>
    <message>
        <source>Gmail rejected or deferred {rate} of {domain}&apos;s mail on {date}</source>
        <extracomment>reports finding postmaster.delivery_errors: title</extracomment>
        <translation>Le {date}, Gmail a refusé ou différé {rate} du courrier de {domain}</translation>
    </message>
    <message>
        <source>The delivery error rate counts Gmail&apos;s temporary and permanent refusals. The bounces themselves say why: open one in Rebound.</source>
        <extracomment>reports finding postmaster.delivery_errors: detail</extracomment>
        <translation>Le taux d&apos;erreurs de remise compte les refus temporaires et permanents de Gmail. Les rebonds eux-mêmes en donnent la raison : ouvrez-en un dans Rebound.</translation>
    </message>
    <message>
        <source>Gmail&apos;s sender compliance for {domain}: &apos;{requirement}&apos; needs work</source>
        <extracomment>reports finding postmaster.compliance_needs_work: title</extracomment>
        <translation>Conformité d&apos;expéditeur Gmail pour {domain} : « {requirement} » est à corriger</translation>
    </message>
    <message>
        <source>Postmaster Tools checks the domain against Gmail&apos;s sender requirements. A requirement that needs work can lead Gmail to reject or junk the domain&apos;s mail; fix it and the status changes within a few days.</source>
        <extracomment>reports finding postmaster.compliance_needs_work: detail</extracomment>
        <translation>Postmaster Tools vérifie le domaine au regard des exigences de Gmail envers les expéditeurs. Une exigence à corriger peut amener Gmail à refuser le courrier du domaine ou à le classer en indésirable ; corrigez-la et l&apos;état change en quelques jours.</translation>
    </message>
    <message>
        <source>Gmail&apos;s sender compliance for {domain}: every requirement Google checks is met</source>
        <extracomment>reports finding postmaster.compliant: title</extracomment>
        <translation>Conformité d&apos;expéditeur Gmail pour {domain} : toutes les exigences vérifiées par Google sont respectées</translation>
    </message>
    <message>
        <source>Postmaster Tools shows each of Gmail&apos;s sender requirements as compliant for the domain.</source>
        <extracomment>reports finding postmaster.compliant: detail</extracomment>
        <translation>Postmaster Tools indique que le domaine est conforme à chacune des exigences de Gmail envers les expéditeurs.</translation>
    </message>
</context>
<context>
    <name>rebound::data::reports</name>
    <message>
        <source>{messages} messages from {sources} unauthorised sources failed DMARC for {domain}</source>
        <extracomment>reports finding reports.unauthorised_sender: title</extracomment>
        <translation>{messages} messages provenant de {sources} sources non autorisées ont échoué à DMARC pour {domain}</translation>
    </message>
    <message>
        <source>These sources are neither among the domain&apos;s SPF-authorised senders nor a known sending service, and have no aligned DKIM signature. If you do not recognise them, they are spoofing your domain: move the DMARC policy towards p=quarantine or p=reject. If one of them is yours (a server, an application, a new provider), add it to the SPF record and sign its mail with DKIM for {domain}.</source>
        <extracomment>reports finding reports.unauthorised_sender: detail</extracomment>
        <translation>Ces sources ne font partie ni des expéditeurs autorisés par le SPF du domaine ni d&apos;un service d&apos;envoi connu, et n&apos;ont aucune signature DKIM alignée. Si vous ne les reconnaissez pas, elles usurpent votre domaine : faites évoluer la politique DMARC vers p=quarantine ou p=reject. Si l&apos;une d&apos;elles vous appartient (un serveur, une application, un nouveau fournisseur), ajoutez-la à l&apos;enregistrement SPF et signez son courrier avec DKIM pour {domain}.</translation>
    </message>
    <message>
        <source>{messages} messages from your sending services failed DMARC for {domain}: align DKIM</source>
        <extracomment>reports finding reports.esp_unaligned: title</extracomment>
        <translation>{messages} messages de vos services d&apos;envoi ont échoué à DMARC pour {domain} : alignez DKIM</translation>
    </message>
    <message>
        <source>These sources ({names}) send for you, but sign with their own domain and use their own envelope (bounce) domain, so neither DKIM nor SPF aligns with {domain}. Set up DKIM for {domain} (a custom signing domain) in each service, and if possible a custom return-path under {domain}.</source>
        <extracomment>reports finding reports.esp_unaligned: detail</extracomment>
        <translation>Ces sources ({names}) envoient pour vous, mais signent avec leur propre domaine et utilisent leur propre domaine d&apos;enveloppe (de rebond), si bien que ni DKIM ni SPF n&apos;est aligné avec {domain}. Configurez DKIM pour {domain} (un domaine de signature personnalisé) dans chaque service et, si possible, un return-path personnalisé sous {domain}.</translation>
    </message>
    <message>
        <source>{messages} forwarded messages failed DMARC for {domain}</source>
        <extracomment>reports finding reports.forwarding: title</extracomment>
        <translation>{messages} messages transférés ont échoué à DMARC pour {domain}</translation>
    </message>
    <message>
        <source>These sources ({names}) look like forwarders or mailing lists: they relay mail that was sent as {domain} from their own servers, which breaks SPF, and a list that changes the message breaks DKIM as well. This is expected; an aligned DKIM signature survives plain forwarding, so make sure all of your mail is DKIM-signed for {domain}.</source>
        <extracomment>reports finding reports.forwarding: detail</extracomment>
        <translation>Ces sources ({names}) ressemblent à des services de transfert ou à des listes de diffusion : elles relaient depuis leurs propres serveurs du courrier envoyé au nom de {domain}, ce qui casse SPF, et une liste qui modifie le message casse aussi DKIM. C&apos;est normal ; une signature DKIM alignée survit à un simple transfert, assurez-vous donc que tout votre courrier est signé avec DKIM pour {domain}.</translation>
    </message>
    <message>
        <source>{messages} TLS sessions to {domain} failed</source>
        <extracomment>reports finding reports.tls_failures: title</extracomment>
        <translation>{messages} sessions TLS vers {domain} ont échoué</translation>
    </message>
    <message>
        <source>Sending servers could not set up a secure connection to the mail servers of {domain} as its policy ({names}) requires. See the result types for what failed and how to fix it.</source>
        <extracomment>reports finding reports.tls_failures: detail</extracomment>
        <translation>Les serveurs d&apos;envoi n&apos;ont pas pu établir de connexion sécurisée avec les serveurs de messagerie de {domain} comme l&apos;exige sa politique ({names}). Consultez les types de résultat pour savoir ce qui a échoué et comment le corriger.</translation>
    </message>
    <message>
        <source>The receiving mail server did not offer STARTTLS: mail to it went unencrypted or, under a policy, was not delivered.</source>
        <extracomment>TLS-RPT result type starttls-not-supported: meaning</extracomment>
        <translation>Le serveur de messagerie destinataire n&apos;a pas proposé STARTTLS : le courrier qui lui était adressé est passé sans chiffrement ou, en présence d&apos;une politique, n&apos;a pas été remis.</translation>
    </message>
    <message>
        <source>The certificate of the receiving mail server does not name the MX host the sender connected to.</source>
        <extracomment>TLS-RPT result type certificate-host-mismatch: meaning</extracomment>
        <translation>Le certificat du serveur de messagerie destinataire ne nomme pas l&apos;hôte MX auquel l&apos;expéditeur s&apos;est connecté.</translation>
    </message>
    <message>
        <source>The certificate of the receiving mail server has expired: renew it.</source>
        <extracomment>TLS-RPT result type certificate-expired: meaning</extracomment>
        <translation>Le certificat du serveur de messagerie destinataire a expiré : renouvelez-le.</translation>
    </message>
    <message>
        <source>The certificate of the receiving mail server is not signed by a trusted authority (self-signed, or an intermediate certificate is missing from the chain).</source>
        <extracomment>TLS-RPT result type certificate-not-trusted: meaning</extracomment>
        <translation>Le certificat du serveur de messagerie destinataire n&apos;est pas signé par une autorité de confiance (auto-signé, ou un certificat intermédiaire manque dans la chaîne).</translation>
    </message>
    <message>
        <source>The certificate chain or the policy could not be validated for another reason (see the failure reason code).</source>
        <extracomment>TLS-RPT result type validation-failure: meaning</extracomment>
        <translation>La chaîne de certificats ou la politique n&apos;a pas pu être validée pour une autre raison (voir le code de raison de l&apos;échec).</translation>
    </message>
    <message>
        <source>The DANE TLSA records of the MX host are broken or do not match its certificate.</source>
        <extracomment>TLS-RPT result type tlsa-invalid: meaning</extracomment>
        <translation>Les enregistrements DANE TLSA de l&apos;hôte MX sont défectueux ou ne correspondent pas à son certificat.</translation>
    </message>
    <message>
        <source>The DNSSEC signatures needed for DANE did not validate.</source>
        <extracomment>TLS-RPT result type dnssec-invalid: meaning</extracomment>
        <translation>Les signatures DNSSEC nécessaires à DANE n&apos;ont pas été validées.</translation>
    </message>
    <message>
        <source>The sender requires DANE for this host but found no usable TLSA records.</source>
        <extracomment>TLS-RPT result type dane-required: meaning</extracomment>
        <translation>L&apos;expéditeur exige DANE pour cet hôte mais n&apos;a trouvé aucun enregistrement TLSA exploitable.</translation>
    </message>
    <message>
        <source>The MTA-STS policy could not be fetched from https://mta-sts.&lt;domain&gt;/.well-known/mta-sts.txt (no such host, HTTP error or a bad certificate).</source>
        <extracomment>TLS-RPT result type sts-policy-fetch-error: meaning</extracomment>
        <translation>La politique MTA-STS n&apos;a pas pu être récupérée depuis https://mta-sts.&lt;domain&gt;/.well-known/mta-sts.txt (hôte inexistant, erreur HTTP ou certificat invalide).</translation>
    </message>
    <message>
        <source>The MTA-STS policy file was fetched but is not valid (syntax, or the _mta-sts TXT record does not match it).</source>
        <extracomment>TLS-RPT result type sts-policy-invalid: meaning</extracomment>
        <translation>Le fichier de politique MTA-STS a été récupéré mais n&apos;est pas valide (syntaxe, ou l&apos;enregistrement TXT _mta-sts ne lui correspond pas).</translation>
    </message>
    <message>
        <source>The certificate of the MTA-STS policy host (mta-sts.&lt;domain&gt;) did not validate.</source>
        <extracomment>TLS-RPT result type sts-webpki-invalid: meaning</extracomment>
        <translation>Le certificat de l&apos;hôte de politique MTA-STS (mta-sts.&lt;domain&gt;) n&apos;a pas été validé.</translation>
    </message>
    <message>
        <source>A result type this version of Rebound does not know.</source>
        <extracomment>TLS-RPT result type unknown: meaning</extracomment>
        <translation>Un type de résultat que cette version de Rebound ne connaît pas.</translation>
    </message>
</context>
<context>
    <name>rebound::data::rules</name>
    <message>
        <source>{ip} is on the Spamhaus XBL: a host behind it is infected or an open proxy</source>
        <extracomment>rule blocklist.spamhaus.xbl: title</extracomment>
        <translation>{ip} est sur la Spamhaus XBL : un hôte derrière elle est infecté ou est un proxy ouvert</translation>
    </message>
    <message>
        <source>Spamhaus lists {ip} as an exploited host (XBL, CBL data). Usually a machine behind that address, often behind a NAT gateway shared by a whole office, runs malware, a spam bot or an open proxy. Receivers that use Spamhaus ZEN reject all mail from the address until it is cleaned and removed.</source>
        <extracomment>rule blocklist.spamhaus.xbl: summary</extracomment>
        <translation>Spamhaus liste {ip} comme hôte compromis (XBL, données CBL). En général, une machine derrière cette adresse, souvent derrière une passerelle NAT partagée par tout un bureau, exécute un malware, un bot de spam ou un proxy ouvert. Les destinataires qui utilisent Spamhaus ZEN refusent tout courrier de l&apos;adresse jusqu&apos;à ce qu&apos;elle soit nettoyée et retirée.</translation>
    </message>
    <message>
        <source>Removal is usually effective within an hour of the request once the host is clean; receivers&apos; caches may take a little longer.</source>
        <extracomment>rule blocklist.spamhaus.xbl: recovery</extracomment>
        <translation>Le retrait prend généralement effet dans l&apos;heure suivant la demande une fois l&apos;hôte propre ; les caches des destinataires peuvent prendre un peu plus de temps.</translation>
    </message>
    <message>
        <source>Find the infected or misconfigured machine behind {ip}: check the firewall or NAT logs for outbound connections to port 25 from hosts that are not your mail server, and scan every machine that shares the address.</source>
        <extracomment>rule blocklist.spamhaus.xbl: step (you)</extracomment>
        <translation>Trouvez la machine infectée ou mal configurée derrière {ip} : cherchez dans les journaux du pare-feu ou du NAT les connexions sortantes vers le port 25 depuis des hôtes qui ne sont pas votre serveur de messagerie, et analysez chaque machine qui partage l&apos;adresse.</translation>
    </message>
    <message>
        <source>Block outbound port 25 at the firewall for everything except your real mail server(s), so that a future infection cannot send directly.</source>
        <extracomment>rule blocklist.spamhaus.xbl: step (you)</extracomment>
        <translation>Bloquez le port 25 sortant au pare-feu pour tout sauf votre ou vos vrais serveurs de messagerie, afin qu&apos;une future infection ne puisse pas envoyer directement.</translation>
    </message>
    <message>
        <source>Once the cause is fixed, request removal on the Spamhaus lookup page for {ip}.</source>
        <extracomment>rule blocklist.spamhaus.xbl: step (you)</extracomment>
        <translation>Une fois la cause corrigée, demandez le retrait sur la page de consultation Spamhaus pour {ip}.</translation>
    </message>
    <message>
        <source>Spamhaus lookup and removal for {ip}</source>
        <extracomment>rule blocklist.spamhaus.xbl: link title</extracomment>
        <translation>Consultation et retrait Spamhaus pour {ip}</translation>
    </message>
    <message>
        <source>Asking for delisting before the cause is fixed gets the IP listed again, often for longer.</source>
        <extracomment>rule blocklist.spamhaus.xbl: what not to do</extracomment>
        <translation>Demander le délistage avant d&apos;avoir corrigé la cause fait relister l&apos;IP, souvent plus longtemps.</translation>
    </message>
    <message>
        <source>Do not just change the sending IP: the infected host follows you to the new address.</source>
        <extracomment>rule blocklist.spamhaus.xbl: what not to do</extracomment>
        <translation>Ne changez pas simplement d&apos;IP d&apos;envoi : l&apos;hôte infecté vous suit sur la nouvelle adresse.</translation>
    </message>
    <message>
        <source>Cisco Talos reputation for {ip}</source>
        <extracomment>rule blocklist.spamhaus.xbl: link title</extracomment>
        <translation>Réputation Cisco Talos pour {ip}</translation>
    </message>
    <message>
        <source>{ip} is in the Spamhaus PBL: an end-user range that should not send mail directly</source>
        <extracomment>rule blocklist.spamhaus.pbl: title</extracomment>
        <translation>{ip} est dans la Spamhaus PBL : une plage d&apos;abonnés qui ne doit pas envoyer de courrier directement</translation>
    </message>
    <message>
        <source>The Policy Block List is not a punishment: it marks address ranges (home, mobile, dynamic) whose owner says they should not deliver mail straight to the Internet. Mail from {ip} must go through your provider&apos;s or ESP&apos;s authenticated smarthost.</source>
        <extracomment>rule blocklist.spamhaus.pbl: summary</extracomment>
        <translation>La Policy Block List n&apos;est pas une sanction : elle marque des plages d&apos;adresses (résidentielles, mobiles, dynamiques) dont le propriétaire indique qu&apos;elles ne doivent pas remettre de courrier directement sur Internet. Le courrier de {ip} doit passer par le smarthost authentifié de votre fournisseur ou de votre ESP.</translation>
    </message>
    <message>
        <source>Immediate once mail goes through a smarthost; an ISP change of a PBL entry takes days.</source>
        <extracomment>rule blocklist.spamhaus.pbl: recovery</extracomment>
        <translation>Immédiat dès que le courrier passe par un smarthost ; une modification d&apos;entrée PBL par le FAI prend des jours.</translation>
    </message>
    <message>
        <source>Send through a smarthost (your ISP&apos;s or ESP&apos;s submission server, port 587 with SMTP AUTH) instead of delivering directly from {ip}.</source>
        <extracomment>rule blocklist.spamhaus.pbl: step (you)</extracomment>
        <translation>Envoyez via un smarthost (le serveur de soumission de votre FAI ou ESP, port 587 avec SMTP AUTH) au lieu de remettre directement depuis {ip}.</translation>
    </message>
    <message>
        <source>If {ip} really is a static server address that should send mail, ask the ISP that owns it to change its PBL entry (code 127.0.0.10 is maintained by the ISP); for code 127.0.0.11 (maintained by Spamhaus) use the removal option on the lookup page.</source>
        <extracomment>rule blocklist.spamhaus.pbl: step (provider)</extracomment>
        <translation>Si {ip} est vraiment une adresse de serveur statique qui doit envoyer du courrier, demandez au FAI qui la possède de modifier son entrée PBL (le code 127.0.0.10 est géré par le FAI) ; pour le code 127.0.0.11 (géré par Spamhaus), utilisez l&apos;option de retrait de la page de consultation.</translation>
    </message>
    <message>
        <source>Do not remove a PBL entry for a dynamic or home address: mail from it will still be refused by many receivers for other reasons.</source>
        <extracomment>rule blocklist.spamhaus.pbl: what not to do</extracomment>
        <translation>Ne retirez pas une entrée PBL pour une adresse dynamique ou résidentielle : le courrier qui en provient sera de toute façon refusé par de nombreux destinataires pour d&apos;autres raisons.</translation>
    </message>
    <message>
        <source>{ip} is on the Spamhaus SBL: a verified spam source or spam operation</source>
        <extracomment>rule blocklist.spamhaus.sbl: title</extracomment>
        <translation>{ip} est sur la Spamhaus SBL : une source ou opération de spam vérifiée</translation>
    </message>
    <message>
        <source>The Spamhaus Block List names addresses that Spamhaus staff verified as sending spam or hosting spam operations (code 127.0.0.9 adds DROP: the whole network is hijacked or criminal). This is the most serious listing and is reviewed by people.</source>
        <extracomment>rule blocklist.spamhaus.sbl: summary</extracomment>
        <translation>La Spamhaus Block List nomme des adresses dont l&apos;équipe Spamhaus a vérifié qu&apos;elles envoient du spam ou hébergent des opérations de spam (le code 127.0.0.9 ajoute DROP : tout le réseau est détourné ou criminel). C&apos;est le listage le plus grave, et il est examiné par des humains.</translation>
    </message>
    <message>
        <source>Days, after the network owner shows the problem is resolved.</source>
        <extracomment>rule blocklist.spamhaus.sbl: recovery</extracomment>
        <translation>Des jours, après que le propriétaire du réseau a montré que le problème est résolu.</translation>
    </message>
    <message>
        <source>Read the SBL record linked from the lookup page: it says what was seen and who must act.</source>
        <extracomment>rule blocklist.spamhaus.sbl: step (you)</extracomment>
        <translation>Lisez la fiche SBL liée depuis la page de consultation : elle dit ce qui a été observé et qui doit agir.</translation>
    </message>
    <message>
        <source>SBL listings are usually addressed to the network owner (your hosting provider or ESP). Stop the traffic described in the record, then the owner asks Spamhaus for removal.</source>
        <extracomment>rule blocklist.spamhaus.sbl: step (provider)</extracomment>
        <translation>Les listages SBL s&apos;adressent généralement au propriétaire du réseau (votre hébergeur ou ESP). Arrêtez le trafic décrit dans la fiche, puis le propriétaire demande le retrait à Spamhaus.</translation>
    </message>
    <message>
        <source>Do not send more mail from the address while listed: it prolongs the listing.</source>
        <extracomment>rule blocklist.spamhaus.sbl: what not to do</extracomment>
        <translation>N&apos;envoyez plus de courrier depuis l&apos;adresse tant qu&apos;elle est listée : cela prolonge le listage.</translation>
    </message>
    <message>
        <source>{ip} is on the Spamhaus CSS: automated detection of low-reputation or snowshoe mail</source>
        <extracomment>rule blocklist.spamhaus.css: title</extracomment>
        <translation>{ip} est sur la Spamhaus CSS : détection automatique de courrier de faible réputation ou « snowshoe »</translation>
    </message>
    <message>
        <source>The CSS part of the SBL lists addresses that Spamhaus&apos;s automation saw sending low-reputation mail, typically bulk mail to unconfirmed lists or mail from badly configured servers (no or generic reverse DNS, HELO names that do not resolve).</source>
        <extracomment>rule blocklist.spamhaus.css: summary</extracomment>
        <translation>La partie CSS de la SBL liste les adresses que l&apos;automatisation de Spamhaus a vues envoyer du courrier de faible réputation, typiquement des envois en masse vers des listes non confirmées ou du courrier provenant de serveurs mal configurés (DNS inverse absent ou générique, noms HELO qui ne se résolvent pas).</translation>
    </message>
    <message>
        <source>Automatic or on request, usually within days once the traffic stops.</source>
        <extracomment>rule blocklist.spamhaus.css: recovery</extracomment>
        <translation>Automatique ou sur demande, généralement en quelques jours une fois le trafic arrêté.</translation>
    </message>
    <message>
        <source>Check the sending server&apos;s reverse DNS, HELO name and list practices (confirmed opt-in, bounces removed).</source>
        <extracomment>rule blocklist.spamhaus.css: step (you)</extracomment>
        <translation>Vérifiez le DNS inverse du serveur d&apos;envoi, son nom HELO et vos pratiques de liste (opt-in confirmé, adresses en rebond supprimées).</translation>
    </message>
    <message>
        <source>After fixing the cause, request removal on the Spamhaus lookup page.</source>
        <extracomment>rule blocklist.spamhaus.css: step (you)</extracomment>
        <translation>Après avoir corrigé la cause, demandez le retrait sur la page de consultation Spamhaus.</translation>
    </message>
    <message>
        <source>The domain is on the Spamhaus DBL</source>
        <extracomment>rule blocklist.spamhaus.dbl: title</extracomment>
        <translation>Le domaine est sur la Spamhaus DBL</translation>
    </message>
    <message>
        <source>The Domain Block List names domains seen in spam, phishing or malware. Receivers reject or junk mail that mentions or comes from a listed domain, whatever the sending IP.</source>
        <extracomment>rule blocklist.spamhaus.dbl: summary</extracomment>
        <translation>La Domain Block List nomme des domaines vus dans du spam, du phishing ou des malwares. Les destinataires refusent ou classent en indésirable le courrier qui mentionne un domaine listé ou en provient, quelle que soit l&apos;IP d&apos;envoi.</translation>
    </message>
    <message>
        <source>Hours to days after the request.</source>
        <extracomment>rule blocklist.spamhaus.dbl: recovery</extracomment>
        <translation>Des heures à des jours après la demande.</translation>
    </message>
    <message>
        <source>Find out why the domain was listed (compromised website, redirector abuse, lookalike phishing) and fix it.</source>
        <extracomment>rule blocklist.spamhaus.dbl: step (you)</extracomment>
        <translation>Découvrez pourquoi le domaine a été listé (site web compromis, redirecteur détourné, phishing par sosie) et corrigez-le.</translation>
    </message>
    <message>
        <source>Request removal through the Spamhaus lookup page for the domain.</source>
        <extracomment>rule blocklist.spamhaus.dbl: step (you)</extracomment>
        <translation>Demandez le retrait via la page de consultation Spamhaus pour le domaine.</translation>
    </message>
    <message>
        <source>Spamhaus lookup for {domain}</source>
        <extracomment>rule blocklist.spamhaus.dbl: link title</extracomment>
        <translation>Consultation Spamhaus pour {domain}</translation>
    </message>
    <message>
        <source>The receiver says {ip} is on a Spamhaus list</source>
        <extracomment>rule blocklist.spamhaus.named: title</extracomment>
        <translation>Le destinataire dit que {ip} est sur une liste Spamhaus</translation>
    </message>
    <message>
        <source>The bounce names Spamhaus. The live check could not confirm which Spamhaus list it is (or has not run), so the remedy depends on the listing: look it up on the Spamhaus page.</source>
        <extracomment>rule blocklist.spamhaus.named: summary</extracomment>
        <translation>Le rebond cite Spamhaus. La vérification en direct n&apos;a pas pu confirmer de quelle liste Spamhaus il s&apos;agit (ou n&apos;a pas été exécutée), donc le remède dépend du listage : consultez-le sur la page Spamhaus.</translation>
    </message>
    <message>
        <source>Depends on the list: XBL and CSS often within a day of removal, SBL days.</source>
        <extracomment>rule blocklist.spamhaus.named: recovery</extracomment>
        <translation>Dépend de la liste : XBL et CSS souvent dans la journée suivant le retrait, SBL en quelques jours.</translation>
    </message>
    <message>
        <source>Look up {ip} on the Spamhaus page to see which list (SBL, CSS, XBL or PBL) and why.</source>
        <extracomment>rule blocklist.spamhaus.named: step (you)</extracomment>
        <translation>Consultez {ip} sur la page Spamhaus pour voir quelle liste (SBL, CSS, XBL ou PBL) et pourquoi.</translation>
    </message>
    <message>
        <source>Fix the cause the listing describes before asking for removal.</source>
        <extracomment>rule blocklist.spamhaus.named: step (you)</extracomment>
        <translation>Corrigez la cause décrite par le listage avant de demander le retrait.</translation>
    </message>
    <message>
        <source>Rebound could not check {list_name} for {ip} ({list_status}): this rests on the bounce text alone, not on a live answer.</source>
        <extracomment>rule blocklist.spamhaus.named: note</extracomment>
        <translation>Rebound n&apos;a pas pu vérifier {list_name} pour {ip} ({list_status}) : cela repose uniquement sur le texte du rebond, pas sur une réponse en direct.</translation>
    </message>
    <message>
        <source>Some blocklists refused to answer through your resolver: not a listing</source>
        <extracomment>rule blocklist.query_refused: title</extracomment>
        <translation>Certaines listes de blocage ont refusé de répondre via votre résolveur : pas un listage</translation>
    </message>
    <message>
        <source>Lists such as Spamhaus refuse queries that arrive through public or shared resolvers (Google, Cloudflare, many ISPs) or over their free limit, and answer with a special code instead (Spamhaus 127.255.255.254 or .255). That is not a listing, but it means Rebound could not check those lists.</source>
        <extracomment>rule blocklist.query_refused: summary</extracomment>
        <translation>Des listes comme Spamhaus refusent les requêtes qui arrivent via des résolveurs publics ou partagés (Google, Cloudflare, de nombreux FAI) ou au-delà de leur limite gratuite, et répondent à la place par un code spécial (Spamhaus 127.255.255.254 ou .255). Ce n&apos;est pas un listage, mais cela signifie que Rebound n&apos;a pas pu vérifier ces listes.</translation>
    </message>
    <message>
        <source>Immediate after changing the resolver.</source>
        <extracomment>rule blocklist.query_refused: recovery</extracomment>
        <translation>Immédiat après le changement de résolveur.</translation>
    </message>
    <message>
        <source>Spamhaus: using a public DNS resolver</source>
        <extracomment>rule blocklist.query_refused: link title</extracomment>
        <translation>Spamhaus : utilisation d&apos;un résolveur DNS public</translation>
    </message>
    <message>
        <source>Spamhaus Data Query Service (free key)</source>
        <extracomment>rule blocklist.query_refused: link title</extracomment>
        <translation>Spamhaus Data Query Service (clé gratuite)</translation>
    </message>
    <message>
        <source>Do not read a refused list as clean, and do not ask for delisting because of a refusal code.</source>
        <extracomment>rule blocklist.query_refused: what not to do</extracomment>
        <translation>Ne considérez pas une liste qui a refusé comme propre, et ne demandez pas de délistage à cause d&apos;un code de refus.</translation>
    </message>
    <message>
        <source>{ip} is on the Barracuda Reputation Block List</source>
        <extracomment>rule blocklist.barracuda: title</extracomment>
        <translation>{ip} est sur la Barracuda Reputation Block List</translation>
    </message>
    <message>
        <source>Barracuda lists addresses that sent mail its customers&apos; appliances considered spam. Many companies behind Barracuda gateways reject mail from listed IPs.</source>
        <extracomment>rule blocklist.barracuda: summary</extracomment>
        <translation>Barracuda liste les adresses ayant envoyé du courrier que les appliances de ses clients ont jugé comme spam. De nombreuses entreprises derrière des passerelles Barracuda refusent le courrier des IP listées.</translation>
    </message>
    <message>
        <source>About 12-48 hours after a request.</source>
        <extracomment>rule blocklist.barracuda: recovery</extracomment>
        <translation>Environ 12 à 48 heures après une demande.</translation>
    </message>
    <message>
        <source>Fix the cause (compromised account, bad list, missing reverse DNS), then submit the removal request; Barracuda reviews it within about a day.</source>
        <extracomment>rule blocklist.barracuda: step (you)</extracomment>
        <translation>Corrigez la cause (compte compromis, mauvaise liste, DNS inverse manquant), puis soumettez la demande de retrait ; Barracuda l&apos;examine en une journée environ.</translation>
    </message>
    <message>
        <source>Barracuda removal request</source>
        <extracomment>rule blocklist.barracuda: link title</extracomment>
        <translation>Demande de retrait Barracuda</translation>
    </message>
    <message>
        <source>Barracuda reputation lookup</source>
        <extracomment>rule blocklist.barracuda: link title</extracomment>
        <translation>Consultation de réputation Barracuda</translation>
    </message>
    <message>
        <source>{ip} is on the SpamCop blocklist</source>
        <extracomment>rule blocklist.spamcop: title</extracomment>
        <translation>{ip} est sur la liste de blocage SpamCop</translation>
    </message>
    <message>
        <source>SpamCop lists addresses that its users reported as spam sources in the last day or so. The listing expires on its own once reports stop.</source>
        <extracomment>rule blocklist.spamcop: summary</extracomment>
        <translation>SpamCop liste les adresses que ses utilisateurs ont signalées comme sources de spam depuis environ un jour. Le listage expire de lui-même une fois les signalements arrêtés.</translation>
    </message>
    <message>
        <source>About 24 hours after reports stop.</source>
        <extracomment>rule blocklist.spamcop: recovery</extracomment>
        <translation>Environ 24 heures après l&apos;arrêt des signalements.</translation>
    </message>
    <message>
        <source>Find what generated the reports (a compromised account, a form that sends mail, unconfirmed lists) and stop it.</source>
        <extracomment>rule blocklist.spamcop: step (you)</extracomment>
        <translation>Trouvez ce qui a généré les signalements (un compte compromis, un formulaire qui envoie du courrier, des listes non confirmées) et arrêtez-le.</translation>
    </message>
    <message>
        <source>Wait: SpamCop listings expire automatically about 24 hours after the last report.</source>
        <extracomment>rule blocklist.spamcop: step (you)</extracomment>
        <translation>Attendez : les listages SpamCop expirent automatiquement environ 24 heures après le dernier signalement.</translation>
    </message>
    <message>
        <source>SpamCop lookup</source>
        <extracomment>rule blocklist.spamcop: link title</extracomment>
        <translation>Consultation SpamCop</translation>
    </message>
    <message>
        <source>There is no delisting form; repeated listings last longer.</source>
        <extracomment>rule blocklist.spamcop: what not to do</extracomment>
        <translation>Il n&apos;y a pas de formulaire de délistage ; les listages répétés durent plus longtemps.</translation>
    </message>
    <message>
        <source>{ip} is on UCEPROTECT level 1</source>
        <extracomment>rule blocklist.uceprotect.l1: title</extracomment>
        <translation>{ip} est sur UCEPROTECT niveau 1</translation>
    </message>
    <message>
        <source>UCEPROTECT lists single addresses that hit its spam traps. Few large receivers use it, so its impact is usually small.</source>
        <extracomment>rule blocklist.uceprotect.l1: summary</extracomment>
        <translation>UCEPROTECT liste des adresses individuelles qui ont touché ses pièges à spam. Peu de grands destinataires l&apos;utilisent, son impact est donc généralement faible.</translation>
    </message>
    <message>
        <source>About 7 days without new hits.</source>
        <extracomment>rule blocklist.uceprotect.l1: recovery</extracomment>
        <translation>Environ 7 jours sans nouvelle touche.</translation>
    </message>
    <message>
        <source>Stop the traffic that hit the traps; level 1 expires automatically about 7 days after the last hit.</source>
        <extracomment>rule blocklist.uceprotect.l1: step (you)</extracomment>
        <translation>Arrêtez le trafic qui a touché les pièges ; le niveau 1 expire automatiquement environ 7 jours après la dernière touche.</translation>
    </message>
    <message>
        <source>UCEPROTECT lookup</source>
        <extracomment>rule blocklist.uceprotect.l1: link title</extracomment>
        <translation>Consultation UCEPROTECT</translation>
    </message>
    <message>
        <source>Paying for express delisting is not needed; the listing expires on its own.</source>
        <extracomment>rule blocklist.uceprotect.l1: what not to do</extracomment>
        <translation>Payer un délistage express n&apos;est pas nécessaire ; le listage expire de lui-même.</translation>
    </message>
    <message>
        <source>{ip} is caught in a UCEPROTECT level 2 or 3 range listing</source>
        <extracomment>rule blocklist.uceprotect.collateral: title</extracomment>
        <translation>{ip} est prise dans un listage de plage UCEPROTECT de niveau 2 ou 3</translation>
    </message>
    <message>
        <source>Levels 2 and 3 list whole allocations or whole networks (ASNs) because of other customers&apos; traffic. It is collateral damage, not about your own mail, and few receivers use these lists.</source>
        <extracomment>rule blocklist.uceprotect.collateral: summary</extracomment>
        <translation>Les niveaux 2 et 3 listent des allocations entières ou des réseaux entiers (ASN) à cause du trafic d&apos;autres clients. Ce sont des dommages collatéraux, sans rapport avec votre propre courrier, et peu de destinataires utilisent ces listes.</translation>
    </message>
    <message>
        <source>Automatic when the network&apos;s other sources stop.</source>
        <extracomment>rule blocklist.uceprotect.collateral: recovery</extracomment>
        <translation>Automatique quand les autres sources du réseau s&apos;arrêtent.</translation>
    </message>
    <message>
        <source>Only your hosting provider can change this, by dealing with the other sources in its network. Tell the receiver that the listing is a network-wide one if a bounce names it.</source>
        <extracomment>rule blocklist.uceprotect.collateral: step (provider)</extracomment>
        <translation>Seul votre hébergeur peut changer cela, en traitant les autres sources de son réseau. Indiquez au destinataire qu&apos;il s&apos;agit d&apos;un listage à l&apos;échelle du réseau si un rebond le cite.</translation>
    </message>
    <message>
        <source>Do not pay for a whitelisting service to get around a range listing.</source>
        <extracomment>rule blocklist.uceprotect.collateral: what not to do</extracomment>
        <translation>Ne payez pas de service de mise en liste blanche pour contourner un listage de plage.</translation>
    </message>
    <message>
        <source>Some of the checked addresses are on blocklists</source>
        <extracomment>rule blocklist.range_listed: title</extracomment>
        <translation>Certaines des adresses vérifiées sont sur des listes de blocage</translation>
    </message>
    <message>
        <source>Among the addresses checked, the ones named in the evidence are listed. Each list has its own meaning and removal process: the Blocklists table shows them per address, with lookup and removal pages.</source>
        <extracomment>rule blocklist.range_listed: summary</extracomment>
        <translation>Parmi les adresses vérifiées, celles citées dans les éléments de preuve sont listées. Chaque liste a sa propre signification et sa propre procédure de retrait : le tableau Listes de blocage les montre par adresse, avec les pages de consultation et de retrait.</translation>
    </message>
    <message>
        <source>Depends on the list: from an hour (Spamhaus, after removal) to automatic expiry within days (SpamCop, Barracuda, UCEPROTECT).</source>
        <extracomment>rule blocklist.range_listed: recovery</extracomment>
        <translation>Dépend de la liste : d&apos;une heure (Spamhaus, après retrait) à l&apos;expiration automatique en quelques jours (SpamCop, Barracuda, UCEPROTECT).</translation>
    </message>
    <message>
        <source>Open the Blocklists table, show only problems, and work through the listed addresses: the most severe lists (Spamhaus, Barracuda, SpamCop) first.</source>
        <extracomment>rule blocklist.range_listed: step (you)</extracomment>
        <translation>Ouvrez le tableau Listes de blocage, n&apos;affichez que les problèmes et traitez les adresses listées : les listes les plus graves (Spamhaus, Barracuda, SpamCop) d&apos;abord.</translation>
    </message>
    <message>
        <source>For each listed address, find why it was listed (the list&apos;s meaning and TXT reason): an infected host, an end-user range, spam sent from it, or a neighbour&apos;s behaviour.</source>
        <extracomment>rule blocklist.range_listed: step (you)</extracomment>
        <translation>Pour chaque adresse listée, trouvez pourquoi elle l&apos;a été (signification de la liste et raison TXT) : un hôte infecté, une plage d&apos;abonnés, du spam envoyé depuis elle, ou le comportement d&apos;un voisin.</translation>
    </message>
    <message>
        <source>If the range belongs to your hosting provider or ESP, send them the report: they own the delisting for shared and end-user ranges.</source>
        <extracomment>rule blocklist.range_listed: step (provider)</extracomment>
        <translation>Si la plage appartient à votre hébergeur ou ESP, envoyez-lui le rapport : c&apos;est à lui de gérer le délistage des plages partagées et d&apos;abonnés.</translation>
    </message>
    <message>
        <source>Request removal on each list&apos;s page only after the cause is fixed.</source>
        <extracomment>rule blocklist.range_listed: step (you)</extracomment>
        <translation>Ne demandez le retrait sur la page de chaque liste qu&apos;une fois la cause corrigée.</translation>
    </message>
    <message>
        <source>Asking for delisting before the cause is fixed gets the address listed again, often for longer.</source>
        <extracomment>rule blocklist.range_listed: what not to do</extracomment>
        <translation>Demander le délistage avant d&apos;avoir corrigé la cause fait relister l&apos;adresse, souvent plus longtemps.</translation>
    </message>
    <message>
        <source>Do not rotate mail to other addresses of the same range to escape a listing: lists notice and escalate to the whole range.</source>
        <extracomment>rule blocklist.range_listed: what not to do</extracomment>
        <translation>Ne faites pas tourner le courrier sur d&apos;autres adresses de la même plage pour échapper à un listage : les listes le remarquent et étendent le listage à toute la plage.</translation>
    </message>
    <message>
        <source>{ip} is listed on {list_name}</source>
        <extracomment>rule blocklist.listed.other: title</extracomment>
        <translation>{ip} est listée sur {list_name}</translation>
    </message>
    <message>
        <source>A blocklist lists the address. How much this matters depends on which receivers use that list; the blocklist table shows its typical impact and how it delists.</source>
        <extracomment>rule blocklist.listed.other: summary</extracomment>
        <translation>Une liste de blocage liste l&apos;adresse. L&apos;importance dépend des destinataires qui utilisent cette liste ; le tableau des listes de blocage montre son impact typique et son mode de délistage.</translation>
    </message>
    <message>
        <source>Varies by list; see the blocklist table.</source>
        <extracomment>rule blocklist.listed.other: recovery</extracomment>
        <translation>Variable selon la liste ; voir le tableau des listes de blocage.</translation>
    </message>
    <message>
        <source>Open the list&apos;s lookup page to see why it lists the address, fix that, then follow its delisting process.</source>
        <extracomment>rule blocklist.listed.other: step (you)</extracomment>
        <translation>Ouvrez la page de consultation de la liste pour voir pourquoi elle liste l&apos;adresse, corrigez cela, puis suivez sa procédure de délistage.</translation>
    </message>
    <message>
        <source>Lookup on {list_name}</source>
        <extracomment>rule blocklist.listed.other: link title</extracomment>
        <translation>Consultation sur {list_name}</translation>
    </message>
    <message>
        <source>Removal on {list_name}</source>
        <extracomment>rule blocklist.listed.other: link title</extracomment>
        <translation>Retrait sur {list_name}</translation>
    </message>
    <message>
        <source>The bounce blames {named_list}, but that list does not list the address now</source>
        <extracomment>rule blocklist.already_delisted: title</extracomment>
        <translation>Le rebond accuse {named_list}, mais cette liste ne liste pas l&apos;adresse actuellement</translation>
    </message>
    <message>
        <source>When the bounce was written, the receiver saw the address on {named_list}. The live check now says it is not listed, so it was probably delisted since, or the receiver used cached data.</source>
        <extracomment>rule blocklist.already_delisted: summary</extracomment>
        <translation>Quand le rebond a été écrit, le destinataire voyait l&apos;adresse sur {named_list}. La vérification en direct indique maintenant qu&apos;elle n&apos;est pas listée : elle a probablement été délistée depuis, ou le destinataire utilisait des données en cache.</translation>
    </message>
    <message>
        <source>Receivers&apos; caches usually clear within hours.</source>
        <extracomment>rule blocklist.already_delisted: recovery</extracomment>
        <translation>Les caches des destinataires se vident généralement en quelques heures.</translation>
    </message>
    <message>
        <source>The live check disagrees with the bounce for this list.</source>
        <extracomment>rule blocklist.already_delisted: what speaks against</extracomment>
        <translation>La vérification en direct contredit le rebond pour cette liste.</translation>
    </message>
    <message>
        <source>Retry the delivery; if it is rejected again with the same text, the receiver&apos;s data is stale: contact the recipient&apos;s postmaster with this report.</source>
        <extracomment>rule blocklist.already_delisted: step (you)</extracomment>
        <translation>Relancez la remise ; si elle est de nouveau refusée avec le même texte, les données du destinataire sont périmées : contactez le postmaster du destinataire avec ce rapport.</translation>
    </message>
    <message>
        <source>Do not request removal from a list that no longer lists the address: there is nothing to remove, and some lists treat repeated requests as abuse.</source>
        <extracomment>rule blocklist.already_delisted: what not to do</extracomment>
        <translation>Ne demandez pas le retrait d&apos;une liste qui ne liste plus l&apos;adresse : il n&apos;y a rien à retirer, et certaines listes considèrent les demandes répétées comme un abus.</translation>
    </message>
    <message>
        <source>The bounce names a blocklist that no longer exists</source>
        <extracomment>rule blocklist.defunct: title</extracomment>
        <translation>Le rebond cite une liste de blocage qui n&apos;existe plus</translation>
    </message>
    <message>
        <source>The list named in the bounce has been shut down (SORBS in 2024, NiX Spam in 2025, WPBL, NJABL, AHBL...). A receiver that still queries it has a stale configuration; a dead list that answers everything can reject all mail.</source>
        <extracomment>rule blocklist.defunct: summary</extracomment>
        <translation>La liste citée dans le rebond a fermé (SORBS en 2024, NiX Spam en 2025, WPBL, NJABL, AHBL…). Un destinataire qui l&apos;interroge encore a une configuration périmée ; une liste morte qui répond à tout peut rejeter tout le courrier.</translation>
    </message>
    <message>
        <source>As soon as the receiver changes its configuration.</source>
        <extracomment>rule blocklist.defunct: recovery</extracomment>
        <translation>Dès que le destinataire modifie sa configuration.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mail administrator should remove the defunct list from their configuration.</source>
        <extracomment>rule blocklist.defunct: step (recipient)</extracomment>
        <translation>L&apos;administrateur de messagerie du destinataire doit retirer la liste disparue de sa configuration.</translation>
    </message>
    <message>
        <source>Send the recipient&apos;s postmaster this report, which shows the list is no longer operated.</source>
        <extracomment>rule blocklist.defunct: step (you)</extracomment>
        <translation>Envoyez au postmaster du destinataire ce rapport, qui montre que la liste n&apos;est plus exploitée.</translation>
    </message>
    <message>
        <source>Do not look for a delisting form: there is nobody left to process it.</source>
        <extracomment>rule blocklist.defunct: what not to do</extracomment>
        <translation>Ne cherchez pas de formulaire de délistage : il ne reste personne pour le traiter.</translation>
    </message>
    <message>
        <source>Microsoft (Outlook.com / Office 365) blocks {ip} on its own list</source>
        <extracomment>rule provider.microsoft.block: title</extracomment>
        <translation>Microsoft (Outlook.com / Office 365) bloque {ip} sur sa propre liste</translation>
    </message>
    <message>
        <source>Codes such as S3150, S3140, 5.7.606-5.7.649 or AS(...) mean Microsoft&apos;s internal reputation system blocked the address. Public blocklists are not involved; only Microsoft can lift it.</source>
        <extracomment>rule provider.microsoft.block: summary</extracomment>
        <translation>Des codes comme S3150, S3140, 5.7.606-5.7.649 ou AS(...) signifient que le système de réputation interne de Microsoft a bloqué l&apos;adresse. Aucune liste de blocage publique n&apos;est en cause ; seul Microsoft peut lever le blocage.</translation>
    </message>
    <message>
        <source>Often 24-48 hours after a successful delisting request; reputation may keep some mail in Junk for longer.</source>
        <extracomment>rule provider.microsoft.block: recovery</extracomment>
        <translation>Souvent 24 à 48 heures après une demande de délistage acceptée ; la réputation peut maintenir une partie du courrier dans les indésirables plus longtemps.</translation>
    </message>
    <message>
        <source>Check the address in SNDS and sign up for JMRP complaint feedback, to see what Microsoft saw.</source>
        <extracomment>rule provider.microsoft.block: step (you)</extracomment>
        <translation>Vérifiez l&apos;adresse dans SNDS et inscrivez-vous au retour de plaintes JMRP, pour voir ce que Microsoft a observé.</translation>
    </message>
    <message>
        <source>Microsoft SNDS (IP data) and JMRP (complaints)</source>
        <extracomment>rule provider.microsoft.block: link title</extracomment>
        <translation>Microsoft SNDS (données IP) et JMRP (plaintes)</translation>
    </message>
    <message>
        <source>Submit the delisting form for {ip}; Microsoft answers by email, usually within a day.</source>
        <extracomment>rule provider.microsoft.block: step (you)</extracomment>
        <translation>Soumettez le formulaire de délistage pour {ip} ; Microsoft répond par e-mail, généralement dans la journée.</translation>
    </message>
    <message>
        <source>Microsoft delisting form</source>
        <extracomment>rule provider.microsoft.block: link title</extracomment>
        <translation>Formulaire de délistage Microsoft</translation>
    </message>
    <message>
        <source>If the form is refused, open a ticket with Microsoft&apos;s sender support and include this report.</source>
        <extracomment>rule provider.microsoft.block: step (you)</extracomment>
        <translation>Si le formulaire est refusé, ouvrez un ticket auprès du support expéditeurs de Microsoft en joignant ce rapport.</translation>
    </message>
    <message>
        <source>Do not rotate to new IPs to avoid the block: Microsoft blocks the new ones quickly and the reputation problem remains.</source>
        <extracomment>rule provider.microsoft.block: what not to do</extracomment>
        <translation>Ne passez pas à de nouvelles IP pour éviter le blocage : Microsoft bloque rapidement les nouvelles et le problème de réputation demeure.</translation>
    </message>
    <message>
        <source>Gmail rejects the mail as unauthenticated (5.7.26)</source>
        <extracomment>rule provider.gmail.unauthenticated: title</extracomment>
        <translation>Gmail refuse le courrier comme non authentifié (5.7.26)</translation>
    </message>
    <message>
        <source>Gmail requires SPF or DKIM to pass, and for bulk senders both plus DMARC alignment. 5.7.26 means the message failed authentication (often DMARC: neither SPF nor DKIM passed for the From domain).</source>
        <extracomment>rule provider.gmail.unauthenticated: summary</extracomment>
        <translation>Gmail exige que SPF ou DKIM réussisse, et pour les expéditeurs en masse les deux plus l&apos;alignement DMARC. 5.7.26 signifie que le message a échoué à l&apos;authentification (souvent DMARC : ni SPF ni DKIM n&apos;a réussi pour le domaine From).</translation>
    </message>
    <message>
        <source>Immediate once authentication passes.</source>
        <extracomment>rule provider.gmail.unauthenticated: recovery</extracomment>
        <translation>Immédiat dès que l&apos;authentification réussit.</translation>
    </message>
    <message>
        <source>Publish a DMARC record and make sure SPF or DKIM aligns with the From domain.</source>
        <extracomment>rule provider.gmail.unauthenticated: step (you)</extracomment>
        <translation>Publiez un enregistrement DMARC et assurez-vous que SPF ou DKIM est aligné avec le domaine From.</translation>
    </message>
    <message>
        <source>Gmail sender guidelines</source>
        <extracomment>rule provider.gmail.unauthenticated: link title</extracomment>
        <translation>Consignes de Gmail pour les expéditeurs</translation>
    </message>
    <message>
        <source>Do not weaken DMARC to p=none just to get mail through: fix the alignment.</source>
        <extracomment>rule provider.gmail.unauthenticated: what not to do</extracomment>
        <translation>N&apos;affaiblissez pas DMARC à p=none juste pour faire passer le courrier : corrigez l&apos;alignement.</translation>
    </message>
    <message>
        <source>Google Postmaster Tools (domain reputation, spam rate)</source>
        <extracomment>rule provider.gmail.unauthenticated: link title</extracomment>
        <translation>Google Postmaster Tools (réputation du domaine, taux de spam)</translation>
    </message>
    <message>
        <source>Gmail requires reverse DNS that forward-confirms (5.7.25)</source>
        <extracomment>rule provider.gmail.reverse_dns: title</extracomment>
        <translation>Gmail exige un DNS inverse confirmé dans les deux sens (5.7.25)</translation>
    </message>
    <message>
        <source>Gmail refuses mail from addresses without a PTR record whose name resolves back to the same address.</source>
        <extracomment>rule provider.gmail.reverse_dns: summary</extracomment>
        <translation>Gmail refuse le courrier des adresses sans enregistrement PTR dont le nom renvoie vers la même adresse.</translation>
    </message>
    <message>
        <source>As soon as the PTR is published (its TTL).</source>
        <extracomment>rule provider.gmail.reverse_dns: recovery</extracomment>
        <translation>Dès que le PTR est publié (son TTL).</translation>
    </message>
    <message>
        <source>Ask whoever owns {ip} (your hosting provider) to set a PTR record to your mail server&apos;s name.</source>
        <extracomment>rule provider.gmail.reverse_dns: step (provider)</extracomment>
        <translation>Demandez au propriétaire de {ip} (votre hébergeur) de définir un enregistrement PTR au nom de votre serveur de messagerie.</translation>
    </message>
    <message>
        <source>Make that name resolve (A/AAAA) back to {ip}, and use it as the HELO name.</source>
        <extracomment>rule provider.gmail.reverse_dns: step (you)</extracomment>
        <translation>Faites en sorte que ce nom se résolve (A/AAAA) vers {ip}, et utilisez-le comme nom HELO.</translation>
    </message>
    <message>
        <source>Do not point the PTR at a name that does not resolve back to the same address: Gmail checks the forward lookup too.</source>
        <extracomment>rule provider.gmail.reverse_dns: what not to do</extracomment>
        <translation>Ne faites pas pointer le PTR vers un nom qui ne renvoie pas vers la même adresse : Gmail vérifie aussi la résolution directe.</translation>
    </message>
    <message>
        <source>Gmail rejects or defers the mail for reputation (unsolicited mail)</source>
        <extracomment>rule provider.gmail.reputation: title</extracomment>
        <translation>Gmail refuse ou diffère le courrier pour cause de réputation (courrier non sollicité)</translation>
    </message>
    <message>
        <source>Gmail&apos;s 4.7.28 / 5.7.1 &apos;unsolicited mail&apos; or &apos;low reputation&apos; replies are about the reputation of the sending domain and IP as Gmail measures it (complaints, spam traps, authentication). Public blocklists are not involved.</source>
        <extracomment>rule provider.gmail.reputation: summary</extracomment>
        <translation>Les réponses 4.7.28 / 5.7.1 « unsolicited mail » ou « low reputation » de Gmail concernent la réputation du domaine et de l&apos;IP d&apos;envoi telle que Gmail la mesure (plaintes, pièges à spam, authentification). Aucune liste de blocage publique n&apos;est en cause.</translation>
    </message>
    <message>
        <source>Reputation recovers over weeks of clean sending.</source>
        <extracomment>rule provider.gmail.reputation: recovery</extracomment>
        <translation>La réputation se rétablit au fil de semaines d&apos;envois propres.</translation>
    </message>
    <message>
        <source>Look at the domain and IP reputation and the spam rate in Google Postmaster Tools.</source>
        <extracomment>rule provider.gmail.reputation: step (you)</extracomment>
        <translation>Regardez la réputation du domaine et de l&apos;IP ainsi que le taux de spam dans Google Postmaster Tools.</translation>
    </message>
    <message>
        <source>Reduce complaints: send only to people who asked, honour unsubscribes at once, remove inactive addresses, and ramp up volume slowly.</source>
        <extracomment>rule provider.gmail.reputation: step (you)</extracomment>
        <translation>Réduisez les plaintes : n&apos;envoyez qu&apos;aux personnes qui l&apos;ont demandé, honorez les désabonnements immédiatement, supprimez les adresses inactives et augmentez le volume progressivement.</translation>
    </message>
    <message>
        <source>Do not retry aggressively: deferred mail counts against you.</source>
        <extracomment>rule provider.gmail.reputation: what not to do</extracomment>
        <translation>Ne réessayez pas de façon agressive : le courrier différé compte contre vous.</translation>
    </message>
    <message>
        <source>Yahoo/AOL defers the mail: volume or complaints (TSS04)</source>
        <extracomment>rule provider.yahoo.deferred: title</extracomment>
        <translation>Yahoo/AOL diffère le courrier : volume ou plaintes (TSS04)</translation>
    </message>
    <message>
        <source>TSS04 means Yahoo saw unexpected volume or user complaints from the sender and defers the mail. It is Yahoo&apos;s own reputation system, not a public blocklist.</source>
        <extracomment>rule provider.yahoo.deferred: summary</extracomment>
        <translation>TSS04 signifie que Yahoo a constaté un volume inattendu ou des plaintes d&apos;utilisateurs concernant l&apos;expéditeur et diffère le courrier. C&apos;est le système de réputation propre à Yahoo, pas une liste de blocage publique.</translation>
    </message>
    <message>
        <source>Hours to days once volume and complaints drop.</source>
        <extracomment>rule provider.yahoo.deferred: recovery</extracomment>
        <translation>Des heures à des jours une fois le volume et les plaintes en baisse.</translation>
    </message>
    <message>
        <source>Register with the Yahoo Sender Hub and its complaint feedback loop, and lower the sending rate.</source>
        <extracomment>rule provider.yahoo.deferred: step (you)</extracomment>
        <translation>Inscrivez-vous au Yahoo Sender Hub et à sa boucle de retour des plaintes, et réduisez le débit d&apos;envoi.</translation>
    </message>
    <message>
        <source>Yahoo Sender Hub</source>
        <extracomment>rule provider.yahoo.deferred: link title</extracomment>
        <translation>Yahoo Sender Hub</translation>
    </message>
    <message>
        <source>Remove recipients who complain or never engage; make sure SPF, DKIM and DMARC pass.</source>
        <extracomment>rule provider.yahoo.deferred: step (you)</extracomment>
        <translation>Retirez les destinataires qui se plaignent ou n&apos;interagissent jamais ; assurez-vous que SPF, DKIM et DMARC réussissent.</translation>
    </message>
    <message>
        <source>Do not raise the retry rate: it extends the deferral.</source>
        <extracomment>rule provider.yahoo.deferred: what not to do</extracomment>
        <translation>N&apos;augmentez pas la fréquence des nouvelles tentatives : cela prolonge le report.</translation>
    </message>
    <message>
        <source>Yahoo/AOL rejects {ip} because it is on a Spamhaus list (BL21)</source>
        <extracomment>rule provider.yahoo.spamhaus: title</extracomment>
        <translation>Yahoo/AOL refuse {ip} parce qu&apos;elle est sur une liste Spamhaus (BL21)</translation>
    </message>
    <message>
        <source>Yahoo&apos;s BL21 and similar codes mean the connecting address is on a Spamhaus list; fix the listing and Yahoo accepts the mail again.</source>
        <extracomment>rule provider.yahoo.spamhaus: summary</extracomment>
        <translation>Le code BL21 de Yahoo et les codes similaires signifient que l&apos;adresse qui se connecte est sur une liste Spamhaus ; corrigez le listage et Yahoo accepte de nouveau le courrier.</translation>
    </message>
    <message>
        <source>After the Spamhaus listing is removed.</source>
        <extracomment>rule provider.yahoo.spamhaus: recovery</extracomment>
        <translation>Après le retrait du listage Spamhaus.</translation>
    </message>
    <message>
        <source>Look up {ip} on Spamhaus and fix the cause of the listing.</source>
        <extracomment>rule provider.yahoo.spamhaus: step (you)</extracomment>
        <translation>Consultez {ip} sur Spamhaus et corrigez la cause du listage.</translation>
    </message>
    <message>
        <source>Proofpoint blocks {ip} on its reputation list</source>
        <extracomment>rule provider.proofpoint.block: title</extracomment>
        <translation>Proofpoint bloque {ip} sur sa liste de réputation</translation>
    </message>
    <message>
        <source>Proofpoint-protected receivers reject mail from addresses with poor reputation in Proofpoint&apos;s own data.</source>
        <extracomment>rule provider.proofpoint.block: summary</extracomment>
        <translation>Les destinataires protégés par Proofpoint refusent le courrier des adresses ayant une mauvaise réputation dans les données propres de Proofpoint.</translation>
    </message>
    <message>
        <source>Usually 24-48 hours after the request.</source>
        <extracomment>rule provider.proofpoint.block: recovery</extracomment>
        <translation>Généralement 24 à 48 heures après la demande.</translation>
    </message>
    <message>
        <source>Check the address on Proofpoint&apos;s IP check page and submit the removal request there.</source>
        <extracomment>rule provider.proofpoint.block: step (you)</extracomment>
        <translation>Vérifiez l&apos;adresse sur la page de vérification d&apos;IP de Proofpoint et soumettez-y la demande de retrait.</translation>
    </message>
    <message>
        <source>Proofpoint IP reputation check</source>
        <extracomment>rule provider.proofpoint.block: link title</extracomment>
        <translation>Vérification de réputation IP Proofpoint</translation>
    </message>
    <message>
        <source>Mimecast rejected the mail by policy or reputation</source>
        <extracomment>rule provider.mimecast.block: title</extracomment>
        <translation>Mimecast a refusé le courrier par politique ou pour cause de réputation</translation>
    </message>
    <message>
        <source>Mimecast replies name the policy that rejected the mail (a blocked-senders policy set by the recipient&apos;s admin, or Mimecast&apos;s reputation or spam checks).</source>
        <extracomment>rule provider.mimecast.block: summary</extracomment>
        <translation>Les réponses de Mimecast nomment la politique qui a refusé le courrier (une politique d&apos;expéditeurs bloqués définie par l&apos;administrateur du destinataire, ou les contrôles de réputation ou de spam de Mimecast).</translation>
    </message>
    <message>
        <source>As soon as the recipient&apos;s admin changes the policy.</source>
        <extracomment>rule provider.mimecast.block: recovery</extracomment>
        <translation>Dès que l&apos;administrateur du destinataire modifie la politique.</translation>
    </message>
    <message>
        <source>If the reply mentions a Blocked Senders or policy rule, only the recipient&apos;s administrator can change it: contact them through another channel.</source>
        <extracomment>rule provider.mimecast.block: step (recipient)</extracomment>
        <translation>Si la réponse mentionne une règle Blocked Senders ou de politique, seul l&apos;administrateur du destinataire peut la modifier : contactez-le par un autre canal.</translation>
    </message>
    <message>
        <source>If it mentions reputation or spam, fix authentication and list practices, then ask the recipient to add a permitted-sender policy.</source>
        <extracomment>rule provider.mimecast.block: step (you)</extracomment>
        <translation>Si elle mentionne la réputation ou le spam, corrigez l&apos;authentification et les pratiques de liste, puis demandez au destinataire d&apos;ajouter une politique d&apos;expéditeur autorisé.</translation>
    </message>
    <message>
        <source>Do not resend the same message repeatedly while the block lasts: it adds to the sender&apos;s bad reputation at Mimecast.</source>
        <extracomment>rule provider.mimecast.block: what not to do</extracomment>
        <translation>Ne renvoyez pas le même message à répétition tant que le blocage dure : cela aggrave la mauvaise réputation de l&apos;expéditeur chez Mimecast.</translation>
    </message>
    <message>
        <source>Comcast rejected {ip} (Comcast reputation)</source>
        <extracomment>rule provider.comcast.block: title</extracomment>
        <translation>Comcast a refusé {ip} (réputation Comcast)</translation>
    </message>
    <message>
        <source>Comcast&apos;s BL/RL codes mean its own reputation systems refused the address.</source>
        <extracomment>rule provider.comcast.block: summary</extracomment>
        <translation>Les codes BL/RL de Comcast signifient que ses propres systèmes de réputation ont refusé l&apos;adresse.</translation>
    </message>
    <message>
        <source>Days after the review.</source>
        <extracomment>rule provider.comcast.block: recovery</extracomment>
        <translation>Des jours après l&apos;examen.</translation>
    </message>
    <message>
        <source>Follow the Comcast postmaster instructions for the code in the bounce and request a review.</source>
        <extracomment>rule provider.comcast.block: step (you)</extracomment>
        <translation>Suivez les instructions du postmaster Comcast pour le code du rebond et demandez un examen.</translation>
    </message>
    <message>
        <source>Comcast postmaster</source>
        <extracomment>rule provider.comcast.block: link title</extracomment>
        <translation>Postmaster Comcast</translation>
    </message>
    <message>
        <source>Do not keep retrying from the blocked address at full volume; pause or reduce the rate until Comcast answers.</source>
        <extracomment>rule provider.comcast.block: what not to do</extracomment>
        <translation>Ne continuez pas à réessayer à plein volume depuis l&apos;adresse bloquée ; faites une pause ou réduisez le débit jusqu&apos;à la réponse de Comcast.</translation>
    </message>
    <message>
        <source>iCloud Mail rejected the mail by local policy</source>
        <extracomment>rule provider.apple.block: title</extracomment>
        <translation>iCloud Mail a refusé le courrier par politique locale</translation>
    </message>
    <message>
        <source>Apple&apos;s iCloud Mail rejects mail by its own policy (codes such as CS01 or HM08), often for reputation or authentication reasons.</source>
        <extracomment>rule provider.apple.block: summary</extracomment>
        <translation>iCloud Mail d&apos;Apple refuse du courrier selon sa propre politique (codes comme CS01 ou HM08), souvent pour des raisons de réputation ou d&apos;authentification.</translation>
    </message>
    <message>
        <source>Varies.</source>
        <extracomment>rule provider.apple.block: recovery</extracomment>
        <translation>Variable.</translation>
    </message>
    <message>
        <source>Make sure SPF, DKIM and DMARC pass and reverse DNS is set; then contact Apple&apos;s iCloud postmaster with this report if it continues.</source>
        <extracomment>rule provider.apple.block: step (you)</extracomment>
        <translation>Assurez-vous que SPF, DKIM et DMARC réussissent et que le DNS inverse est défini ; puis contactez le postmaster iCloud d&apos;Apple avec ce rapport si cela continue.</translation>
    </message>
    <message>
        <source>Do not switch to another sending address to get around the block: Apple&apos;s filters follow the domain as well as the IP.</source>
        <extracomment>rule provider.apple.block: what not to do</extracomment>
        <translation>Ne passez pas à une autre adresse d&apos;envoi pour contourner le blocage : les filtres d&apos;Apple suivent le domaine autant que l&apos;IP.</translation>
    </message>
    <message>
        <source>Relay access denied: the server will not relay for you</source>
        <extracomment>rule relay.denied: title</extracomment>
        <translation>Relay access denied : le serveur ne relaie pas pour vous</translation>
    </message>
    <message>
        <source>This is not about reputation at all. The server you gave the mail to does not accept mail for that recipient&apos;s domain from you: either you did not authenticate, or the relay is not configured for your domain, or the MX records point at the wrong server.</source>
        <extracomment>rule relay.denied: summary</extracomment>
        <translation>Il ne s&apos;agit pas du tout de réputation. Le serveur auquel vous avez remis le courrier n&apos;accepte pas de votre part du courrier pour le domaine de ce destinataire : soit vous ne vous êtes pas authentifié, soit le relais n&apos;est pas configuré pour votre domaine, soit les enregistrements MX pointent vers le mauvais serveur.</translation>
    </message>
    <message>
        <source>Immediate once authentication or relay configuration is fixed.</source>
        <extracomment>rule relay.denied: recovery</extracomment>
        <translation>Immédiat dès que l&apos;authentification ou la configuration du relais est corrigée.</translation>
    </message>
    <message>
        <source>Configure your mail client or application to authenticate (SMTP AUTH on port 587 with STARTTLS) before sending.</source>
        <extracomment>rule relay.denied: step (you)</extracomment>
        <translation>Configurez votre client de messagerie ou votre application pour s&apos;authentifier (SMTP AUTH sur le port 587 avec STARTTLS) avant l&apos;envoi.</translation>
    </message>
    <message>
        <source>If this is your own server, add the recipient domain to its relay or accepted domains, or fix the MX records so mail goes to the right server.</source>
        <extracomment>rule relay.denied: step (provider)</extracomment>
        <translation>S&apos;il s&apos;agit de votre propre serveur, ajoutez le domaine du destinataire à ses domaines relayés ou acceptés, ou corrigez les enregistrements MX pour que le courrier aille au bon serveur.</translation>
    </message>
    <message>
        <source>Do not ask for delisting: no blocklist is involved.</source>
        <extracomment>rule relay.denied: what not to do</extracomment>
        <translation>Ne demandez pas de délistage : aucune liste de blocage n&apos;est en cause.</translation>
    </message>
    <message>
        <source>Reverse DNS for {ip} is missing, generic or does not forward-confirm</source>
        <extracomment>rule rdns.problem: title</extracomment>
        <translation>Le DNS inverse de {ip} est absent, générique ou non confirmé dans les deux sens</translation>
    </message>
    <message>
        <source>Many receivers (Gmail, Microsoft, most corporate filters) refuse or penalise mail from addresses without a PTR record whose name resolves back to the same address, or with a generic name that looks like a home or dynamic address.</source>
        <extracomment>rule rdns.problem: summary</extracomment>
        <translation>De nombreux destinataires (Gmail, Microsoft, la plupart des filtres d&apos;entreprise) refusent ou pénalisent le courrier des adresses sans enregistrement PTR dont le nom renvoie vers la même adresse, ou avec un nom générique qui ressemble à une adresse résidentielle ou dynamique.</translation>
    </message>
    <message>
        <source>As soon as the PTR record is published.</source>
        <extracomment>rule rdns.problem: recovery</extracomment>
        <translation>Dès que l&apos;enregistrement PTR est publié.</translation>
    </message>
    <message>
        <source>Ask the owner of {ip} to set a PTR record naming your mail server.</source>
        <extracomment>rule rdns.problem: step (provider)</extracomment>
        <translation>Demandez au propriétaire de {ip} de définir un enregistrement PTR au nom de votre serveur de messagerie.</translation>
    </message>
    <message>
        <source>Make that name resolve back to {ip} and use it as the server&apos;s HELO name.</source>
        <extracomment>rule rdns.problem: step (you)</extracomment>
        <translation>Faites en sorte que ce nom se résolve vers {ip} et utilisez-le comme nom HELO du serveur.</translation>
    </message>
    <message>
        <source>Do not use a generic ISP-style name (with the address&apos;s digits in it) as the PTR of a mail server: many filters treat it as a home connection.</source>
        <extracomment>rule rdns.problem: what not to do</extracomment>
        <translation>N&apos;utilisez pas un nom générique de type FAI (contenant les chiffres de l&apos;adresse) comme PTR d&apos;un serveur de messagerie : de nombreux filtres le traitent comme une connexion résidentielle.</translation>
    </message>
    <message>
        <source>The recipient address does not exist</source>
        <extracomment>rule recipient.unknown: title</extracomment>
        <translation>L&apos;adresse du destinataire n&apos;existe pas</translation>
    </message>
    <message>
        <source>The receiving server says the mailbox is unknown. This is list hygiene, not reputation: the address is mistyped, was deleted, or never existed.</source>
        <extracomment>rule recipient.unknown: summary</extracomment>
        <translation>Le serveur destinataire indique que la boîte aux lettres est inconnue. C&apos;est une question d&apos;hygiène de liste, pas de réputation : l&apos;adresse est mal saisie, a été supprimée ou n&apos;a jamais existé.</translation>
    </message>
    <message>
        <source>Not applicable.</source>
        <extracomment>rule recipient.unknown: recovery</extracomment>
        <translation>Sans objet.</translation>
    </message>
    <message>
        <source>Remove the address from your lists, or correct a typo; do not retry it.</source>
        <extracomment>rule recipient.unknown: step (you)</extracomment>
        <translation>Retirez l&apos;adresse de vos listes ou corrigez la faute de frappe ; ne réessayez pas.</translation>
    </message>
    <message>
        <source>Repeatedly sending to unknown addresses harms your reputation with that receiver.</source>
        <extracomment>rule recipient.unknown: what not to do</extracomment>
        <translation>Envoyer à répétition vers des adresses inconnues nuit à votre réputation auprès de ce destinataire.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is full</source>
        <extracomment>rule recipient.mailbox_full: title</extracomment>
        <translation>La boîte aux lettres du destinataire est pleine</translation>
    </message>
    <message>
        <source>The mailbox exists but is over its quota. This is about the recipient, not you.</source>
        <extracomment>rule recipient.mailbox_full: summary</extracomment>
        <translation>La boîte aux lettres existe mais dépasse son quota. Cela concerne le destinataire, pas vous.</translation>
    </message>
    <message>
        <source>When the recipient frees space.</source>
        <extracomment>rule recipient.mailbox_full: recovery</extracomment>
        <translation>Quand le destinataire libère de l&apos;espace.</translation>
    </message>
    <message>
        <source>Retry later or reach the recipient another way; if it keeps bouncing for weeks, treat the address as abandoned and remove it.</source>
        <extracomment>rule recipient.mailbox_full: step (you)</extracomment>
        <translation>Réessayez plus tard ou joignez le destinataire autrement ; si les rebonds continuent pendant des semaines, considérez l&apos;adresse comme abandonnée et retirez-la.</translation>
    </message>
    <message>
        <source>Do not treat a full mailbox as a reputation problem; and do not keep sending to an address that stays full for weeks: it has likely been abandoned.</source>
        <extracomment>rule recipient.mailbox_full: what not to do</extracomment>
        <translation>Ne traitez pas une boîte pleine comme un problème de réputation ; et ne continuez pas d&apos;envoyer à une adresse qui reste pleine des semaines : elle est probablement abandonnée.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is disabled or suspended</source>
        <extracomment>rule recipient.suspended: title</extracomment>
        <translation>La boîte aux lettres du destinataire est désactivée ou suspendue</translation>
    </message>
    <message>
        <source>The address exists but no longer receives mail (disabled, suspended or moved).</source>
        <extracomment>rule recipient.suspended: summary</extracomment>
        <translation>L&apos;adresse existe mais ne reçoit plus de courrier (désactivée, suspendue ou déplacée).</translation>
    </message>
    <message>
        <source>Remove the address or find the person&apos;s new address.</source>
        <extracomment>rule recipient.suspended: step (you)</extracomment>
        <translation>Retirez l&apos;adresse ou trouvez la nouvelle adresse de la personne.</translation>
    </message>
    <message>
        <source>Do not keep mailing a suspended or moved account: repeated bounces to dead addresses hurt your reputation with that provider.</source>
        <extracomment>rule recipient.suspended: what not to do</extracomment>
        <translation>Ne continuez pas d&apos;écrire à un compte suspendu ou déplacé : les rebonds répétés vers des adresses mortes nuisent à votre réputation auprès de ce fournisseur.</translation>
    </message>
    <message>
        <source>The receiver limits how fast you send</source>
        <extracomment>rule rate.limited: title</extracomment>
        <translation>Le destinataire limite votre débit d&apos;envoi</translation>
    </message>
    <message>
        <source>The receiver deferred or refused the mail because of too many connections, messages or recipients in a time window.</source>
        <extracomment>rule rate.limited: summary</extracomment>
        <translation>Le destinataire a différé ou refusé le courrier à cause d&apos;un nombre trop élevé de connexions, de messages ou de destinataires sur une période donnée.</translation>
    </message>
    <message>
        <source>Usually within hours.</source>
        <extracomment>rule rate.limited: recovery</extracomment>
        <translation>Généralement en quelques heures.</translation>
    </message>
    <message>
        <source>Lower the sending rate and concurrency toward that receiver and let the deferred mail retry on its normal schedule.</source>
        <extracomment>rule rate.limited: step (you)</extracomment>
        <translation>Réduisez le débit et la concurrence d&apos;envoi vers ce destinataire et laissez le courrier différé être retenté selon son calendrier normal.</translation>
    </message>
    <message>
        <source>Do not open more parallel connections or retry faster to push the mail through: that deepens the throttling.</source>
        <extracomment>rule rate.limited: what not to do</extracomment>
        <translation>N&apos;ouvrez pas plus de connexions parallèles et ne réessayez pas plus vite pour forcer le passage : cela aggrave la limitation.</translation>
    </message>
    <message>
        <source>The receiver is greylisting: a temporary deferral that resolves by itself</source>
        <extracomment>rule greylisting: title</extracomment>
        <translation>Le destinataire pratique le greylisting : un report temporaire qui se résout de lui-même</translation>
    </message>
    <message>
        <source>Greylisting servers refuse the first attempt from an unknown sender with a 4xx reply and accept a retry a few minutes later. A well-behaved sending server retries automatically.</source>
        <extracomment>rule greylisting: summary</extracomment>
        <translation>Les serveurs à greylisting refusent la première tentative d&apos;un expéditeur inconnu avec une réponse 4xx et acceptent une nouvelle tentative quelques minutes plus tard. Un serveur d&apos;envoi correct réessaie automatiquement.</translation>
    </message>
    <message>
        <source>Minutes.</source>
        <extracomment>rule greylisting: recovery</extracomment>
        <translation>Quelques minutes.</translation>
    </message>
    <message>
        <source>Nothing to fix: make sure the sending server retries deferred mail (it should by default).</source>
        <extracomment>rule greylisting: step (you)</extracomment>
        <translation>Rien à corriger : assurez-vous que le serveur d&apos;envoi retente le courrier différé (il devrait le faire par défaut).</translation>
    </message>
    <message>
        <source>Do not treat a greylisting deferral as a failure or resend the message as a new one: a standard MTA retries after a few minutes and the second attempt is accepted.</source>
        <extracomment>rule greylisting: what not to do</extracomment>
        <translation>Ne traitez pas un report de greylisting comme un échec et ne renvoyez pas le message comme un nouveau : un MTA standard réessaie après quelques minutes et la seconde tentative est acceptée.</translation>
    </message>
    <message>
        <source>The receiver requires TLS and the connection did not use it</source>
        <extracomment>rule tls.required: title</extracomment>
        <translation>Le destinataire exige TLS et la connexion ne l&apos;a pas utilisé</translation>
    </message>
    <message>
        <source>The server refused to accept mail over an unencrypted connection, or TLS negotiation failed.</source>
        <extracomment>rule tls.required: summary</extracomment>
        <translation>Le serveur a refusé d&apos;accepter du courrier sur une connexion non chiffrée, ou la négociation TLS a échoué.</translation>
    </message>
    <message>
        <source>Immediate once TLS works.</source>
        <extracomment>rule tls.required: recovery</extracomment>
        <translation>Immédiat dès que TLS fonctionne.</translation>
    </message>
    <message>
        <source>Enable STARTTLS on the sending server and check that it trusts current certificate authorities and supports TLS 1.2 or later.</source>
        <extracomment>rule tls.required: step (you)</extracomment>
        <translation>Activez STARTTLS sur le serveur d&apos;envoi et vérifiez qu&apos;il fait confiance aux autorités de certification actuelles et prend en charge TLS 1.2 ou plus récent.</translation>
    </message>
    <message>
        <source>Do not disable certificate checks on the receiving side to make the error go away; fix the sending server&apos;s TLS.</source>
        <extracomment>rule tls.required: what not to do</extracomment>
        <translation>Ne désactivez pas la vérification des certificats côté réception pour faire disparaître l&apos;erreur ; corrigez le TLS du serveur d&apos;envoi.</translation>
    </message>
    <message>
        <source>SPF does not authorise {ip} for {domain}</source>
        <extracomment>rule auth.spf_fail: title</extracomment>
        <translation>SPF n&apos;autorise pas {ip} pour {domain}</translation>
    </message>
    <message>
        <source>The SPF record of {domain} ends in {spf_result} for {ip} ({spf_reason}): it does not authorise the sending address, so receivers treat the mail as forged (fail) or suspicious (softfail). The record: {spf_record}</source>
        <extracomment>rule auth.spf_fail: summary</extracomment>
        <translation>L&apos;enregistrement SPF de {domain} aboutit à {spf_result} pour {ip} ({spf_reason}) : il n&apos;autorise pas l&apos;adresse d&apos;envoi, donc les destinataires traitent le courrier comme usurpé (fail) ou suspect (softfail). L&apos;enregistrement : {spf_record}</translation>
    </message>
    <message>
        <source>As soon as the record&apos;s TTL expires.</source>
        <extracomment>rule auth.spf_fail: recovery</extracomment>
        <translation>Dès que le TTL de l&apos;enregistrement expire.</translation>
    </message>
    <message>
        <source>Find out which service sends from {ip} (your own server, your ESP, a CRM or ticketing system) and whether it should send for {domain} at all.</source>
        <extracomment>rule auth.spf_fail: step (you)</extracomment>
        <translation>Déterminez quel service envoie depuis {ip} (votre propre serveur, votre ESP, un CRM ou un système de tickets) et s&apos;il doit seulement envoyer pour {domain}.</translation>
    </message>
    <message>
        <source>Find out which service sends this mail (your own server, your ESP, a CRM or ticketing system) and whether it should send for the domain at all.</source>
        <extracomment>rule auth.spf_fail: step (you)</extracomment>
        <translation>Déterminez quel service envoie ce courrier (votre propre serveur, votre ESP, un CRM ou un système de tickets) et s&apos;il doit seulement envoyer pour le domaine.</translation>
    </message>
    <message>
        <source>If it should, add it to the domain&apos;s SPF record: the provider&apos;s include: (from its documentation) or its ip4:/ip6: range, before the final all; keep the total under 10 DNS lookups.</source>
        <extracomment>rule auth.spf_fail: step (you)</extracomment>
        <translation>Si oui, ajoutez-le à l&apos;enregistrement SPF du domaine : l&apos;include: du fournisseur (d&apos;après sa documentation) ou sa plage ip4:/ip6:, avant le all final ; restez en dessous de 10 requêtes DNS au total.</translation>
    </message>
    <message>
        <source>If the mail goes through an ESP, make it use a return-path (MAIL FROM) domain of your own with its SPF, and sign with DKIM for {domain}, so DMARC aligns even when SPF is checked on the ESP&apos;s domain.</source>
        <extracomment>rule auth.spf_fail: step (provider)</extracomment>
        <translation>Si le courrier passe par un ESP, faites-lui utiliser un domaine de return-path (MAIL FROM) à vous avec son SPF, et signer avec DKIM pour {domain}, afin que DMARC soit aligné même quand SPF est vérifié sur le domaine de l&apos;ESP.</translation>
    </message>
    <message>
        <source>If the mail goes through an ESP, make it use a return-path (MAIL FROM) domain of your own with its SPF, and sign with DKIM for your domain, so DMARC aligns.</source>
        <extracomment>rule auth.spf_fail: step (provider)</extracomment>
        <translation>Si le courrier passe par un ESP, faites-lui utiliser un domaine de return-path (MAIL FROM) à vous avec son SPF, et signer avec DKIM pour votre domaine, afin que DMARC soit aligné.</translation>
    </message>
    <message>
        <source>Do not &apos;fix&apos; SPF with +all or ?all: that authorises the whole Internet and receivers treat it as a spam sign.</source>
        <extracomment>rule auth.spf_fail: what not to do</extracomment>
        <translation>Ne « réparez » pas SPF avec +all ou ?all : cela autorise tout Internet et les destinataires y voient un signe de spam.</translation>
    </message>
    <message>
        <source>RFC 7208 (SPF)</source>
        <extracomment>rule auth.spf_fail: link title</extracomment>
        <translation>RFC 7208 (SPF)</translation>
    </message>
    <message>
        <source>The SPF record of {domain} is broken (permerror)</source>
        <extracomment>rule auth.spf_permerror: title</extracomment>
        <translation>L&apos;enregistrement SPF de {domain} est cassé (permerror)</translation>
    </message>
    <message>
        <source>A permanent error (syntax, more than 10 DNS lookups, more than 2 void lookups, two records) makes receivers treat SPF as failed.</source>
        <extracomment>rule auth.spf_permerror: summary</extracomment>
        <translation>Une erreur permanente (syntaxe, plus de 10 requêtes DNS, plus de 2 requêtes vides, deux enregistrements) fait traiter SPF comme en échec par les destinataires.</translation>
    </message>
    <message>
        <source>Fix the record as the SPF findings show (flatten includes to stay under 10 lookups, remove the duplicate record, fix the syntax).</source>
        <extracomment>rule auth.spf_permerror: step (you)</extracomment>
        <translation>Corrigez l&apos;enregistrement comme l&apos;indiquent les constats SPF (aplatir les includes pour rester sous 10 requêtes, supprimer l&apos;enregistrement en double, corriger la syntaxe).</translation>
    </message>
    <message>
        <source>Do not keep adding includes to an SPF record that already exceeds 10 lookups: flatten or remove services instead.</source>
        <extracomment>rule auth.spf_permerror: what not to do</extracomment>
        <translation>N&apos;ajoutez pas d&apos;includes à un enregistrement SPF qui dépasse déjà 10 requêtes : aplatissez-le ou retirez des services.</translation>
    </message>
    <message>
        <source>The receiver applied the sender&apos;s DMARC policy</source>
        <extracomment>rule auth.dmarc.named: title</extracomment>
        <translation>Le destinataire a appliqué la politique DMARC de l&apos;expéditeur</translation>
    </message>
    <message>
        <source>The bounce says DMARC failed: neither SPF nor DKIM passed in alignment with the From domain, and the domain&apos;s policy asks receivers to reject.</source>
        <extracomment>rule auth.dmarc.named: summary</extracomment>
        <translation>Le rebond indique que DMARC a échoué : ni SPF ni DKIM n&apos;a réussi en alignement avec le domaine From, et la politique du domaine demande aux destinataires de rejeter.</translation>
    </message>
    <message>
        <source>Immediate once alignment passes.</source>
        <extracomment>rule auth.dmarc.named: recovery</extracomment>
        <translation>Immédiat dès que l&apos;alignement réussit.</translation>
    </message>
    <message>
        <source>Make at least one pass in alignment: publish the sending service in SPF and use a MAIL FROM in {domain}, or (better, it survives forwarding) have every sending service sign with DKIM for {domain}.</source>
        <extracomment>rule auth.dmarc.named: step (you)</extracomment>
        <translation>Faites réussir au moins l&apos;un des deux en alignement : publiez le service d&apos;envoi dans SPF et utilisez un MAIL FROM dans {domain}, ou (mieux, cela survit au transfert) faites signer chaque service d&apos;envoi avec DKIM pour {domain}.</translation>
    </message>
    <message>
        <source>Make at least one pass in alignment: publish the sending service in SPF and use a MAIL FROM in the From domain, or (better, it survives forwarding) have every sending service sign with DKIM for the From domain.</source>
        <extracomment>rule auth.dmarc.named: step (you)</extracomment>
        <translation>Faites réussir au moins l&apos;un des deux en alignement : publiez le service d&apos;envoi dans SPF et utilisez un MAIL FROM dans le domaine From, ou (mieux, cela survit au transfert) faites signer chaque service d&apos;envoi avec DKIM pour le domaine From.</translation>
    </message>
    <message>
        <source>Your ESP must support a custom DKIM domain (d={domain}) and a custom return-path; ask for both to be set up.</source>
        <extracomment>rule auth.dmarc.named: step (provider)</extracomment>
        <translation>Votre ESP doit prendre en charge un domaine DKIM personnalisé (d={domain}) et un return-path personnalisé ; demandez la mise en place des deux.</translation>
    </message>
    <message>
        <source>Your ESP must support a custom DKIM domain and a custom return-path; ask for both to be set up.</source>
        <extracomment>rule auth.dmarc.named: step (provider)</extracomment>
        <translation>Votre ESP doit prendre en charge un domaine DKIM personnalisé et un return-path personnalisé ; demandez la mise en place des deux.</translation>
    </message>
    <message>
        <source>Do not lower the DMARC policy to p=none to make the bounces stop: it also lets anyone forge your domain. Fix the alignment instead.</source>
        <extracomment>rule auth.dmarc.named: what not to do</extracomment>
        <translation>N&apos;abaissez pas la politique DMARC à p=none pour faire cesser les rebonds : cela permet aussi à n&apos;importe qui d&apos;usurper votre domaine. Corrigez plutôt l&apos;alignement.</translation>
    </message>
    <message>
        <source>RFC 7489 (DMARC)</source>
        <extracomment>rule auth.dmarc.named: link title</extracomment>
        <translation>RFC 7489 (DMARC)</translation>
    </message>
    <message>
        <source>Authentication problems found for {domain}</source>
        <extracomment>rule auth.findings: title</extracomment>
        <translation>Problèmes d&apos;authentification trouvés pour {domain}</translation>
    </message>
    <message>
        <source>The domain checks found errors in SPF, DKIM or DMARC that can make receivers reject or junk the mail.</source>
        <extracomment>rule auth.findings: summary</extracomment>
        <translation>Les vérifications du domaine ont trouvé des erreurs SPF, DKIM ou DMARC qui peuvent amener les destinataires à rejeter le courrier ou à le classer en indésirable.</translation>
    </message>
    <message>
        <source>As soon as the records&apos; TTLs expire.</source>
        <extracomment>rule auth.findings: recovery</extracomment>
        <translation>Dès que les TTL des enregistrements expirent.</translation>
    </message>
    <message>
        <source>The receiver&apos;s filter judged the content as spam</source>
        <extracomment>rule content.spam: title</extracomment>
        <translation>Le filtre du destinataire a jugé le contenu comme du spam</translation>
    </message>
    <message>
        <source>The message content (or its links) scored as spam. Sender reputation may be fine.</source>
        <extracomment>rule content.spam: summary</extracomment>
        <translation>Le contenu du message (ou ses liens) a obtenu un score de spam. La réputation de l&apos;expéditeur peut être bonne.</translation>
    </message>
    <message>
        <source>Immediate for new messages.</source>
        <extracomment>rule content.spam: recovery</extracomment>
        <translation>Immédiat pour les nouveaux messages.</translation>
    </message>
    <message>
        <source>Check the links and domains in the message against domain blocklists, remove URL shorteners and attachments that filters dislike, and test with a seed list.</source>
        <extracomment>rule content.spam: step (you)</extracomment>
        <translation>Vérifiez les liens et domaines du message contre les listes de blocage de domaines, retirez les raccourcisseurs d&apos;URL et les pièces jointes que les filtres n&apos;aiment pas, et testez avec une liste de test (seed list).</translation>
    </message>
    <message>
        <source>Do not change the content slightly and resend to the same recipients over and over: it looks like filter probing and worsens reputation.</source>
        <extracomment>rule content.spam: what not to do</extracomment>
        <translation>Ne modifiez pas légèrement le contenu pour le renvoyer encore et encore aux mêmes destinataires : cela ressemble à un sondage du filtre et dégrade la réputation.</translation>
    </message>
    <message>
        <source>The receiver found malware in the message</source>
        <extracomment>rule content.virus: title</extracomment>
        <translation>Le destinataire a trouvé un malware dans le message</translation>
    </message>
    <message>
        <source>An attachment or link was detected as malicious.</source>
        <extracomment>rule content.virus: summary</extracomment>
        <translation>Une pièce jointe ou un lien a été détecté comme malveillant.</translation>
    </message>
    <message>
        <source>Scan the sending machine and the attachment; do not resend it.</source>
        <extracomment>rule content.virus: step (you)</extracomment>
        <translation>Analysez la machine d&apos;envoi et la pièce jointe ; ne la renvoyez pas.</translation>
    </message>
    <message>
        <source>Do not rename or zip the attachment to slip past the scanner: find out why it was flagged, and share files by link instead.</source>
        <extracomment>rule content.virus: what not to do</extracomment>
        <translation>Ne renommez ni ne compressez la pièce jointe pour tromper l&apos;analyseur : découvrez pourquoi elle a été signalée, et partagez plutôt les fichiers par lien.</translation>
    </message>
    <message>
        <source>The message is larger than the receiver accepts</source>
        <extracomment>rule message.too_big: title</extracomment>
        <translation>Le message dépasse la taille acceptée par le destinataire</translation>
    </message>
    <message>
        <source>The receiving server has a size limit below this message&apos;s size.</source>
        <extracomment>rule message.too_big: summary</extracomment>
        <translation>Le serveur destinataire a une limite de taille inférieure à la taille de ce message.</translation>
    </message>
    <message>
        <source>Immediate.</source>
        <extracomment>rule message.too_big: recovery</extracomment>
        <translation>Immédiat.</translation>
    </message>
    <message>
        <source>Send large files as a link instead of an attachment.</source>
        <extracomment>rule message.too_big: step (you)</extracomment>
        <translation>Envoyez les gros fichiers sous forme de lien plutôt qu&apos;en pièce jointe.</translation>
    </message>
    <message>
        <source>Do not resend the same large attachment; share it by link instead.</source>
        <extracomment>rule message.too_big: what not to do</extracomment>
        <translation>Ne renvoyez pas la même grosse pièce jointe ; partagez-la plutôt par lien.</translation>
    </message>
    <message>
        <source>The recipient&apos;s domain cannot receive mail</source>
        <extracomment>rule recipient.domain_unreachable: title</extracomment>
        <translation>Le domaine du destinataire ne peut pas recevoir de courrier</translation>
    </message>
    <message>
        <source>The domain does not exist, has no usable MX or address records, publishes a null MX (RFC 7505), or its servers are unreachable.</source>
        <extracomment>rule recipient.domain_unreachable: summary</extracomment>
        <translation>Le domaine n&apos;existe pas, n&apos;a pas d&apos;enregistrements MX ou d&apos;adresse utilisables, publie un MX nul (RFC 7505), ou ses serveurs sont injoignables.</translation>
    </message>
    <message>
        <source>When the recipient fixes the domain.</source>
        <extracomment>rule recipient.domain_unreachable: recovery</extracomment>
        <translation>Quand le destinataire répare le domaine.</translation>
    </message>
    <message>
        <source>Check the address for typos in the domain; if it is right, the recipient&apos;s administrator must fix the domain&apos;s MX records.</source>
        <extracomment>rule recipient.domain_unreachable: step (you)</extracomment>
        <translation>Vérifiez que le domaine de l&apos;adresse ne comporte pas de faute de frappe ; s&apos;il est correct, l&apos;administrateur du destinataire doit corriger les enregistrements MX du domaine.</translation>
    </message>
    <message>
        <source>Do not keep retrying for days against a domain that does not exist: remove or correct the address.</source>
        <extracomment>rule recipient.domain_unreachable: what not to do</extracomment>
        <translation>Ne continuez pas à réessayer pendant des jours vers un domaine qui n&apos;existe pas : retirez ou corrigez l&apos;adresse.</translation>
    </message>
    <message>
        <source>Rebound could not reach the recipient&apos;s mail servers from this network either (outgoing port 25 seems blocked here), so it cannot tell whether they are down.</source>
        <extracomment>rule recipient.domain_unreachable: note</extracomment>
        <translation>Rebound n&apos;a pas pu joindre non plus les serveurs de messagerie du destinataire depuis ce réseau (le port 25 sortant semble bloqué ici), il ne peut donc pas dire s&apos;ils sont en panne.</translation>
    </message>
    <message>
        <source>Your own network blocks outgoing port 25</source>
        <extracomment>rule smtp.port25_blocked: title</extracomment>
        <translation>Votre propre réseau bloque le port 25 sortant</translation>
    </message>
    <message>
        <source>Connections to port 25 timed out for every mail server while DNS worked. Many ISPs and cloud providers block outbound port 25; the SMTP results say nothing about the servers.</source>
        <extracomment>rule smtp.port25_blocked: summary</extracomment>
        <translation>Les connexions au port 25 ont expiré pour chaque serveur de messagerie alors que le DNS fonctionnait. De nombreux FAI et fournisseurs cloud bloquent le port 25 sortant ; les résultats SMTP ne disent rien des serveurs.</translation>
    </message>
    <message>
        <source>Run the SMTP checks from a network that allows port 25 (a server), or ask your provider to unblock it.</source>
        <extracomment>rule smtp.port25_blocked: step (you)</extracomment>
        <translation>Exécutez les vérifications SMTP depuis un réseau qui autorise le port 25 (un serveur), ou demandez à votre fournisseur de le débloquer.</translation>
    </message>
    <message>
        <source>Do not conclude that the recipient&apos;s servers are down.</source>
        <extracomment>rule smtp.port25_blocked: what not to do</extracomment>
        <translation>N&apos;en concluez pas que les serveurs du destinataire sont en panne.</translation>
    </message>
    <message>
        <source>This is a complaint (feedback report), not a bounce</source>
        <extracomment>rule feedback.complaint: title</extracomment>
        <translation>Ceci est une plainte (rapport de feedback), pas un rebond</translation>
    </message>
    <message>
        <source>An ARF feedback report means a recipient marked a message as spam and their provider sent the report through a feedback loop.</source>
        <extracomment>rule feedback.complaint: summary</extracomment>
        <translation>Un rapport de feedback ARF signifie qu&apos;un destinataire a marqué un message comme spam et que son fournisseur a envoyé le rapport via une boucle de feedback.</translation>
    </message>
    <message>
        <source>Unsubscribe the complaining recipient at once, and look at why people complain (unexpected mail, hard-to-find unsubscribe).</source>
        <extracomment>rule feedback.complaint: step (you)</extracomment>
        <translation>Désabonnez immédiatement le destinataire qui se plaint, et regardez pourquoi les gens se plaignent (courrier inattendu, désabonnement difficile à trouver).</translation>
    </message>
    <message>
        <source>Do not keep mailing recipients who complained: suppress them at once.</source>
        <extracomment>rule feedback.complaint: what not to do</extracomment>
        <translation>Ne continuez pas d&apos;écrire aux destinataires qui se sont plaints : supprimez-les immédiatement.</translation>
    </message>
    <message>
        <source>This is an automatic reply, not a bounce</source>
        <extracomment>rule not_a_bounce.vacation: title</extracomment>
        <translation>Ceci est une réponse automatique, pas un rebond</translation>
    </message>
    <message>
        <source>An out-of-office or vacation reply: the message was delivered.</source>
        <extracomment>rule not_a_bounce.vacation: summary</extracomment>
        <translation>Une réponse d&apos;absence ou de vacances : le message a été remis.</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <extracomment>rule not_a_bounce.vacation: step (you)</extracomment>
        <translation>Rien à faire.</translation>
    </message>
    <message>
        <source>The recipient&apos;s server or admin blocks this sender</source>
        <extracomment>rule recipient.policy_block: title</extracomment>
        <translation>Le serveur ou l&apos;administrateur du destinataire bloque cet expéditeur</translation>
    </message>
    <message>
        <source>The reply says the sender or domain is blocked by the recipient&apos;s own policy (a block list kept by their admin), not a public list.</source>
        <extracomment>rule recipient.policy_block: summary</extracomment>
        <translation>La réponse indique que l&apos;expéditeur ou le domaine est bloqué par la politique propre du destinataire (une liste de blocage tenue par son administrateur), pas par une liste publique.</translation>
    </message>
    <message>
        <source>When the recipient changes its policy.</source>
        <extracomment>rule recipient.policy_block: recovery</extracomment>
        <translation>Quand le destinataire modifie sa politique.</translation>
    </message>
    <message>
        <source>Only the recipient&apos;s administrator can lift this: contact the recipient through another channel and ask them to allow your address or domain.</source>
        <extracomment>rule recipient.policy_block: step (recipient)</extracomment>
        <translation>Seul l&apos;administrateur du destinataire peut lever ce blocage : contactez le destinataire par un autre canal et demandez-lui d&apos;autoriser votre adresse ou votre domaine.</translation>
    </message>
    <message>
        <source>Do not work around a recipient&apos;s explicit block with another sender address: ask them to allow you instead.</source>
        <extracomment>rule recipient.policy_block: what not to do</extracomment>
        <translation>Ne contournez pas le blocage explicite d&apos;un destinataire avec une autre adresse d&apos;expéditeur : demandez-lui plutôt de vous autoriser.</translation>
    </message>
    <message>
        <source>The receiver refused the mail for a security or policy reason ({status})</source>
        <extracomment>rule policy.generic: title</extracomment>
        <translation>Le destinataire a refusé le courrier pour une raison de sécurité ou de politique ({status})</translation>
    </message>
    <message>
        <source>A 5.7.x code means security or policy. The reply does not name a specific list or provider rule, so the live checks below are the best clues: look for listings, missing reverse DNS and authentication failures.</source>
        <extracomment>rule policy.generic: summary</extracomment>
        <translation>Un code 5.7.x signifie sécurité ou politique. La réponse ne nomme aucune liste ni règle de fournisseur précise, donc les vérifications en direct ci-dessous sont les meilleurs indices : cherchez des listages, un DNS inverse manquant et des échecs d&apos;authentification.</translation>
    </message>
    <message>
        <source>Depends on the cause.</source>
        <extracomment>rule policy.generic: recovery</extracomment>
        <translation>Dépend de la cause.</translation>
    </message>
    <message>
        <source>Check the blocklist, reverse DNS and domain results; if all are clean, contact the recipient&apos;s postmaster with this report.</source>
        <extracomment>rule policy.generic: step (you)</extracomment>
        <translation>Vérifiez les résultats des listes de blocage, du DNS inverse et du domaine ; si tout est propre, contactez le postmaster du destinataire avec ce rapport.</translation>
    </message>
    <message>
        <source>Check the address&apos;s reputation with the services that have no DNS interface.</source>
        <extracomment>rule policy.generic: step (you)</extracomment>
        <translation>Vérifiez la réputation de l&apos;adresse auprès des services qui n&apos;ont pas d&apos;interface DNS.</translation>
    </message>
    <message>
        <source>Do not request delisting anywhere until the check results or the receiver&apos;s postmaster say which list or policy applies.</source>
        <extracomment>rule policy.generic: what not to do</extracomment>
        <translation>Ne demandez de délistage nulle part tant que les résultats des vérifications ou le postmaster du destinataire n&apos;ont pas indiqué quelle liste ou politique s&apos;applique.</translation>
    </message>
    <message>
        <source>Some checks could not run, so this diagnosis is incomplete</source>
        <extracomment>rule checks.incomplete: title</extracomment>
        <translation>Certaines vérifications n&apos;ont pas pu s&apos;exécuter, ce diagnostic est donc incomplet</translation>
    </message>
    <message>
        <source>A check that could not run is never taken as clean. Its part of the diagnosis is unknown.</source>
        <extracomment>rule checks.incomplete: summary</extracomment>
        <translation>Une vérification qui n&apos;a pas pu s&apos;exécuter n&apos;est jamais considérée comme propre. Sa part du diagnostic est inconnue.</translation>
    </message>
    <message>
        <source>Check the resolver and network in Settings and run the diagnosis again.</source>
        <extracomment>rule checks.incomplete: step (you)</extracomment>
        <translation>Vérifiez le résolveur et le réseau dans les Paramètres et relancez le diagnostic.</translation>
    </message>
    <message>
        <source>Reputation services to check by hand (they have no DNS interface)</source>
        <extracomment>rule reputation.portals: title</extracomment>
        <translation>Services de réputation à vérifier à la main (ils n&apos;ont pas d&apos;interface DNS)</translation>
    </message>
    <message>
        <source>Some of the reputation data that receivers use is only visible on the providers&apos; own portals. They need a sign-in or a registration, so Rebound cannot query them; the links below open them for this address or domain.</source>
        <extracomment>rule reputation.portals: summary</extracomment>
        <translation>Une partie des données de réputation qu&apos;utilisent les destinataires n&apos;est visible que sur les portails des fournisseurs. Ils exigent une connexion ou une inscription, Rebound ne peut donc pas les interroger ; les liens ci-dessous les ouvrent pour cette adresse ou ce domaine.</translation>
    </message>
    <message>
        <source>Cisco Talos: look up {ip}; a &apos;Poor&apos; email reputation means Cisco (IronPort) appliances will reject or throttle it.</source>
        <extracomment>rule reputation.portals: step (you)</extracomment>
        <translation>Cisco Talos : consultez {ip} ; une réputation e-mail « Poor » signifie que les appliances Cisco (IronPort) la rejetteront ou la limiteront.</translation>
    </message>
    <message>
        <source>Cisco Talos: look up your sending IP; a &apos;Poor&apos; email reputation means Cisco (IronPort) appliances will reject or throttle it.</source>
        <extracomment>rule reputation.portals: step (you)</extracomment>
        <translation>Cisco Talos : consultez votre IP d&apos;envoi ; une réputation e-mail « Poor » signifie que les appliances Cisco (IronPort) la rejetteront ou la limiteront.</translation>
    </message>
    <message>
        <source>Google Postmaster Tools: verify {domain} and watch the IP and domain reputation and the spam rate (keep it under 0.3 %).</source>
        <extracomment>rule reputation.portals: step (you)</extracomment>
        <translation>Google Postmaster Tools : validez {domain} et surveillez la réputation de l&apos;IP et du domaine ainsi que le taux de spam (gardez-le sous 0,3 %).</translation>
    </message>
    <message>
        <source>Google Postmaster Tools: verify your domain and watch the IP and domain reputation and the spam rate (keep it under 0.3 %).</source>
        <extracomment>rule reputation.portals: step (you)</extracomment>
        <translation>Google Postmaster Tools : validez votre domaine et surveillez la réputation de l&apos;IP et du domaine ainsi que le taux de spam (gardez-le sous 0,3 %).</translation>
    </message>
    <message>
        <source>Google Postmaster Tools</source>
        <extracomment>rule provider.gmail.complaints_high: link title</extracomment>
        <translation>Google Postmaster Tools</translation>
    </message>
    <message>
        <source>Microsoft SNDS: register your IP ranges to see Outlook.com&apos;s filter verdicts and complaint rates; join JMRP to receive complaints.</source>
        <extracomment>rule reputation.portals: step (you)</extracomment>
        <translation>Microsoft SNDS : enregistrez vos plages d&apos;IP pour voir les verdicts de filtrage et les taux de plaintes d&apos;Outlook.com ; rejoignez JMRP pour recevoir les plaintes.</translation>
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
        <translation>Yahoo Sender Hub : inscrivez {domain} à la boucle de retour des plaintes et lisez l&apos;aide de Yahoo sur les codes d&apos;erreur.</translation>
    </message>
    <message>
        <source>Yahoo Sender Hub: register your domain for the complaint feedback loop and read Yahoo&apos;s error-code help.</source>
        <extracomment>rule reputation.portals: step (you)</extracomment>
        <translation>Yahoo Sender Hub : inscrivez votre domaine à la boucle de retour des plaintes et lisez l&apos;aide de Yahoo sur les codes d&apos;erreur.</translation>
    </message>
    <message>
        <source>{ip} is not listed on any blocklist that answered.</source>
        <extracomment>fact ip_not_listed</extracomment>
        <translation>{ip} n&apos;est listée sur aucune des listes de blocage qui ont répondu.</translation>
    </message>
    <message>
        <source>The reverse DNS of {ip} is set and forward-confirmed.</source>
        <extracomment>fact fcrdns_pass</extracomment>
        <translation>Le DNS inverse de {ip} est défini et confirmé dans les deux sens.</translation>
    </message>
    <message>
        <source>SPF passes for {ip} at {domain}.</source>
        <extracomment>fact spf_pass</extracomment>
        <translation>SPF réussit pour {ip} chez {domain}.</translation>
    </message>
    <message>
        <source>Make SPF pass for the sending IP and sign with DKIM using the From domain ({domain}); check the SPF result in the SPF tab and the DKIM result in the DMARC &amp; DKIM tab.</source>
        <extracomment>rule provider.gmail.unauthenticated: step (you)</extracomment>
        <translation>Faites réussir SPF pour l&apos;IP d&apos;envoi et signez avec DKIM en utilisant le domaine From ({domain}) ; vérifiez le résultat SPF dans l&apos;onglet « SPF » et le résultat DKIM dans l&apos;onglet « DMARC &amp; DKIM ».</translation>
    </message>
    <message>
        <source>If it should, add it to the SPF record of {domain}: the provider&apos;s include: (from its documentation) or ip4:{ip}, before the final all; keep the total under 10 DNS lookups. The SPF tab shows the evaluation tree and which term decided.</source>
        <extracomment>rule auth.spf_fail: step (you)</extracomment>
        <translation>Si oui, ajoutez-le à l&apos;enregistrement SPF de {domain} : l&apos;include: du fournisseur (d&apos;après sa documentation) ou ip4:{ip}, avant le all final ; restez en dessous de 10 requêtes DNS au total. L&apos;onglet « SPF » montre l&apos;arbre d&apos;évaluation et le terme qui a décidé.</translation>
    </message>
    <message>
        <source>Look at which identifier failed for {domain} (evidence above, the SPF tab and the DMARC &amp; DKIM tab): SPF is {spf_result} for {ip}, and DKIM must be signed with d={domain} (or a subdomain under relaxed alignment).</source>
        <extracomment>rule auth.dmarc.named: step (you)</extracomment>
        <translation>Regardez quel identifiant a échoué pour {domain} (éléments de preuve ci-dessus, onglet « SPF » et onglet « DMARC &amp; DKIM ») : SPF vaut {spf_result} pour {ip}, et DKIM doit être signé avec d={domain} (ou un sous-domaine en alignement relaxed).</translation>
    </message>
    <message>
        <source>Look at which identifier failed (evidence above, the SPF tab and the DMARC &amp; DKIM tab): SPF must pass for the sending IP with a MAIL FROM in the From domain, or DKIM must be signed with d= the From domain.</source>
        <extracomment>rule auth.dmarc.named: step (you)</extracomment>
        <translation>Regardez quel identifiant a échoué (éléments de preuve ci-dessus, onglet « SPF » et onglet « DMARC &amp; DKIM ») : SPF doit réussir pour l&apos;IP d&apos;envoi avec un MAIL FROM dans le domaine From, ou DKIM doit être signé avec d= le domaine From.</translation>
    </message>
    <message>
        <source>Fix the errors listed in the SPF tab and the DMARC &amp; DKIM tab, most serious first.</source>
        <extracomment>rule auth.findings: step (you)</extracomment>
        <translation>Corrigez les erreurs listées dans les onglets « SPF » et « DMARC &amp; DKIM », les plus graves d&apos;abord.</translation>
    </message>
    <message>
        <source>Rebound could not reach DNS</source>
        <extracomment>rule dns.unreachable: title</extracomment>
        <translation>Rebound n&apos;a pas pu joindre le DNS</translation>
    </message>
    <message>
        <source>Not one DNS query was answered by the resolver Rebound uses ({resolver}). Every check needs DNS, so none of them says anything about the address, the domain or the mail servers: this is about this computer&apos;s network or its resolver, not about the mail.</source>
        <extracomment>rule dns.unreachable: summary</extracomment>
        <translation>Le résolveur utilisé par Rebound ({resolver}) n&apos;a répondu à aucune requête DNS. Chaque vérification a besoin du DNS, donc aucune ne dit quoi que ce soit sur l&apos;adresse, le domaine ou les serveurs de messagerie : le problème vient du réseau de cet ordinateur ou de son résolveur, pas du courrier.</translation>
    </message>
    <message>
        <source>As soon as DNS answers again.</source>
        <extracomment>rule dns.unreachable: recovery</extracomment>
        <translation>Dès que le DNS répond de nouveau.</translation>
    </message>
    <message>
        <source>Check that this computer is online, then check the resolver in Edit → Settings… → DNS (the Test resolver button asks it now); with rebound-cli, give a working one with --dns.</source>
        <extracomment>rule dns.unreachable: step (you)</extracomment>
        <translation>Vérifiez que cet ordinateur est en ligne, puis vérifiez le résolveur dans Édition → Paramètres… → DNS (le bouton « Tester le résolveur » l&apos;interroge immédiatement) ; avec rebound-cli, indiquez-en un qui fonctionne avec --dns.</translation>
    </message>
    <message>
        <source>Run the diagnosis again once the resolver answers.</source>
        <extracomment>rule dns.unreachable: step (you)</extracomment>
        <translation>Relancez le diagnostic dès que le résolveur répond.</translation>
    </message>
    <message>
        <source>Do not read any result of this run as clean or as a problem of the recipient: nothing was checked.</source>
        <extracomment>rule dns.unreachable: what not to do</extracomment>
        <translation>Ne considérez aucun résultat de cette exécution comme propre ni comme un problème du destinataire : rien n&apos;a été vérifié.</translation>
    </message>
    <message>
        <source>Use your own recursive resolver (for example unbound on this machine) in Edit → Settings… → DNS, or enter a free Spamhaus DQS key, then run the check again.</source>
        <extracomment>rule blocklist.query_refused: step (you)</extracomment>
        <translation>Utilisez votre propre résolveur récursif (par exemple unbound sur cette machine) dans Édition → Paramètres… → DNS, ou saisissez une clé Spamhaus DQS gratuite, puis relancez la vérification.</translation>
    </message>
    <message>
        <source>The domain&apos;s SPF record does not authorise the sending address (the SPF result is {value}).</source>
        <extracomment>rule auth.spf_fail: evidence (spf.result)</extracomment>
        <translation>L&apos;enregistrement SPF du domaine n&apos;autorise pas l&apos;adresse d&apos;envoi (le résultat SPF est {value}).</translation>
    </message>
    <message>
        <source>The domain&apos;s SPF record cannot be evaluated: it has a permanent error (permerror).</source>
        <extracomment>rule auth.spf_permerror: evidence (spf.result)</extracomment>
        <translation>L&apos;enregistrement SPF du domaine ne peut pas être évalué : il comporte une erreur permanente (permerror).</translation>
    </message>
    <message>
        <source>SPF does not pass for the sending address (the SPF result is {value}).</source>
        <extracomment>rule auth.dmarc.named: evidence (spf.result)</extracomment>
        <translation>SPF ne réussit pas pour l&apos;adresse d&apos;envoi (le résultat SPF est {value}).</translation>
    </message>
    <message>
        <source>The domain&apos;s DMARC policy (p={value}) asks receivers to refuse or quarantine mail that fails authentication.</source>
        <extracomment>rule auth.dmarc.named: evidence (dmarc.effective_policy)</extracomment>
        <translation>La politique DMARC du domaine (p={value}) demande aux destinataires de refuser ou de mettre en quarantaine le courrier qui échoue à l&apos;authentification.</translation>
    </message>
    <message>
        <source>The reverse DNS of the sending address is set and forward-confirmed.</source>
        <extracomment>fact fcrdns_pass: evidence (fcrdns.status)</extracomment>
        <translation>Le DNS inverse de l&apos;adresse d&apos;envoi est défini et confirmé dans les deux sens.</translation>
    </message>
    <message>
        <source>SPF passes for the sending address.</source>
        <extracomment>fact spf_pass: evidence (spf.result)</extracomment>
        <translation>SPF réussit pour l&apos;adresse d&apos;envoi.</translation>
    </message>
    <message>
        <source>DMARC fails for {domain}: neither SPF nor DKIM passes for the From domain</source>
        <extracomment>rule message.dmarc_fail: title</extracomment>
        <translation>DMARC échoue pour {domain} : ni SPF ni DKIM ne réussit pour le domaine From</translation>
    </message>
    <message>
        <source>The message&apos;s From domain is {domain}, but no DKIM signature that verifies belongs to it and SPF does not pass for a return-path domain aligned with it. Receivers apply the domain&apos;s DMARC policy: with p=quarantine or p=reject the mail goes to spam or is refused, and Gmail and Yahoo require DMARC alignment from bulk senders.</source>
        <extracomment>rule message.dmarc_fail: summary</extracomment>
        <translation>Le domaine From du message est {domain}, mais aucune signature DKIM vérifiée ne lui appartient et SPF ne réussit pas pour un domaine de return-path aligné avec lui. Les destinataires appliquent la politique DMARC du domaine : avec p=quarantine ou p=reject, le courrier va dans le dossier spam ou est refusé, et Gmail et Yahoo exigent l&apos;alignement DMARC des expéditeurs en masse.</translation>
    </message>
    <message>
        <source>As soon as the DKIM keys are published and the sending service signs with them.</source>
        <extracomment>rule message.dmarc_fail: recovery</extracomment>
        <translation>Dès que les clés DKIM sont publiées et que le service d&apos;envoi signe avec elles.</translation>
    </message>
    <message>
        <source>Make every service that sends as {domain} sign with DKIM for {domain} (d={domain} or a subdomain of it): the Message tab shows which signatures the message carries and why each failed.</source>
        <extracomment>rule message.dmarc_fail: step (you)</extracomment>
        <translation>Faites signer avec DKIM pour {domain} (d={domain} ou l&apos;un de ses sous-domaines) chaque service qui envoie au nom de {domain} : l&apos;onglet « Message » montre quelles signatures le message porte et pourquoi chacune a échoué.</translation>
    </message>
    <message>
        <source>Make every service that sends for your domain sign with DKIM for that domain: the Message tab shows which signatures the message carries and why each failed.</source>
        <extracomment>rule message.dmarc_fail: step (you)</extracomment>
        <translation>Faites signer avec DKIM pour votre domaine chaque service qui envoie au nom de ce domaine : l&apos;onglet « Message » montre quelles signatures le message porte et pourquoi chacune a échoué.</translation>
    </message>
    <message>
        <source>If the mail goes through an ESP, set up its custom return-path (bounce) domain under {domain} and its DKIM keys for {domain}, so that both SPF and DKIM align.</source>
        <extracomment>rule message.dmarc_fail: step (provider)</extracomment>
        <translation>Si le courrier passe par un ESP, configurez son domaine de return-path (de rebond) personnalisé sous {domain} et ses clés DKIM pour {domain}, afin que SPF et DKIM soient tous deux alignés.</translation>
    </message>
    <message>
        <source>If the mail goes through an ESP, set up its custom return-path (bounce) domain under your domain and its DKIM keys for your domain, so that both SPF and DKIM align.</source>
        <extracomment>rule message.dmarc_fail: step (provider)</extracomment>
        <translation>Si le courrier passe par un ESP, configurez son domaine de return-path (de rebond) personnalisé sous votre domaine et ses clés DKIM pour votre domaine, afin que SPF et DKIM soient tous deux alignés.</translation>
    </message>
    <message>
        <source>Do not lower the DMARC policy to p=none to hide the failure: the mail stays unauthenticated and Gmail and Yahoo still require alignment from bulk senders.</source>
        <extracomment>rule message.dmarc_fail: what not to do</extracomment>
        <translation>N&apos;abaissez pas la politique DMARC à p=none pour masquer l&apos;échec : le courrier reste non authentifié et Gmail et Yahoo exigent toujours l&apos;alignement des expéditeurs en masse.</translation>
    </message>
    <message>
        <source>The message body was changed after it was signed (DKIM body hash did not verify)</source>
        <extracomment>rule message.dkim_body_hash: title</extracomment>
        <translation>Le corps du message a été modifié après la signature (le hash du corps DKIM n&apos;a pas été vérifié)</translation>
    </message>
    <message>
        <source>A DKIM signature&apos;s header signature verifies, but the body no longer hashes to its bh= value: something between the signer and the receiver changed the body. Usually a mailing list adds a footer, a security gateway rewrites links or adds a disclaimer, or the message is signed before a filter that re-encodes it.</source>
        <extracomment>rule message.dkim_body_hash: summary</extracomment>
        <translation>La signature des en-têtes d&apos;une signature DKIM est vérifiée, mais le hash du corps ne correspond plus à sa valeur bh= : quelque chose entre le signataire et le destinataire a modifié le corps. En général, une liste de diffusion ajoute un pied de page, une passerelle de sécurité réécrit les liens ou ajoute un avertissement, ou le message est signé avant un filtre qui le réencode.</translation>
    </message>
    <message>
        <source>Immediate for new mail once the signing order is fixed.</source>
        <extracomment>rule message.dkim_body_hash: recovery</extracomment>
        <translation>Immédiat pour les nouveaux messages dès que l&apos;ordre de signature est corrigé.</translation>
    </message>
    <message>
        <source>Sign as the last step before the message leaves: move DKIM signing after any disclaimer, footer or link-rewriting filter on your side.</source>
        <extracomment>rule message.dkim_body_hash: step (you)</extracomment>
        <translation>Signez en toute dernière étape avant le départ du message : placez la signature DKIM après tout filtre d&apos;avertissement, de pied de page ou de réécriture de liens de votre côté.</translation>
    </message>
    <message>
        <source>If a mailing list or forwarder changes the body, ask its operator to seal with ARC, or to stop altering the body and subject.</source>
        <extracomment>rule message.dkim_body_hash: step (provider)</extracomment>
        <translation>Si une liste de diffusion ou un service de transfert modifie le corps, demandez à son exploitant de sceller avec ARC, ou de cesser de modifier le corps et l&apos;objet.</translation>
    </message>
    <message>
        <source>Do not sign with l= (a body length limit) to survive footers: it lets anyone append content under your signature.</source>
        <extracomment>rule message.dkim_body_hash: what not to do</extracomment>
        <translation>Ne signez pas avec l= (une limite de longueur du corps) pour résister aux pieds de page : cela permet à n&apos;importe qui d&apos;ajouter du contenu sous votre signature.</translation>
    </message>
    <message>
        <source>RFC 6376 (DKIM)</source>
        <extracomment>rule message.dkim_body_hash: link title</extracomment>
        <translation>RFC 6376 (DKIM)</translation>
    </message>
    <message>
        <source>A DKIM signature on the message does not verify</source>
        <extracomment>rule message.dkim_fail: title</extracomment>
        <translation>Une signature DKIM du message n&apos;est pas vérifiée</translation>
    </message>
    <message>
        <source>The signature&apos;s key is missing, revoked or does not match the signature, or the signed header fields were changed. Without a passing DKIM signature for the From domain, DMARC rests on SPF alone, which forwarding breaks.</source>
        <extracomment>rule message.dkim_fail: summary</extracomment>
        <translation>La clé de la signature est absente, révoquée ou ne correspond pas à la signature, ou bien les champs d&apos;en-tête signés ont été modifiés. Sans signature DKIM valide pour le domaine From, DMARC repose sur SPF seul, que le transfert casse.</translation>
    </message>
    <message>
        <source>As soon as the key record&apos;s TTL expires.</source>
        <extracomment>rule message.dkim_fail: recovery</extracomment>
        <translation>Dès que le TTL de l&apos;enregistrement de clé expire.</translation>
    </message>
    <message>
        <source>Compare the key published at the selector&apos;s DNS name with the key the signing server uses (the Message tab names the selector and why the signature failed); publish the right key or fix the signer&apos;s configuration.</source>
        <extracomment>rule message.dkim_fail: step (you)</extracomment>
        <translation>Comparez la clé publiée au nom DNS du sélecteur avec celle qu&apos;utilise le serveur de signature (l&apos;onglet « Message » indique le sélecteur et pourquoi la signature a échoué) ; publiez la bonne clé ou corrigez la configuration du signataire.</translation>
    </message>
    <message>
        <source>SPF does not authorise {ip}, the address the message came from</source>
        <extracomment>rule message.spf_fail: title</extracomment>
        <translation>SPF n&apos;autorise pas {ip}, l&apos;adresse d&apos;où vient le message</translation>
    </message>
    <message>
        <source>The Received fields show the message entering the receiver&apos;s network from {ip}, and the SPF record of the return-path domain does not list it: receivers treat the mail as forged (fail) or suspicious (softfail), and DMARC cannot pass through SPF.</source>
        <extracomment>rule message.spf_fail: summary</extracomment>
        <translation>Les champs Received montrent que le message est entré dans le réseau du destinataire depuis {ip}, et l&apos;enregistrement SPF du domaine de return-path ne la liste pas : les destinataires traitent le courrier comme falsifié (fail) ou suspect (softfail), et DMARC ne peut pas réussir par SPF.</translation>
    </message>
    <message>
        <source>Find out which service sends from {ip} and add it to the SPF record of the return-path domain (its include: or ip4:{ip}), keeping the record under 10 DNS lookups.</source>
        <extracomment>rule message.spf_fail: step (you)</extracomment>
        <translation>Identifiez le service qui envoie depuis {ip} et ajoutez-le à l&apos;enregistrement SPF du domaine de return-path (son include: ou ip4:{ip}), en restant sous 10 requêtes DNS.</translation>
    </message>
    <message>
        <source>Find out which service sends this mail and add it to the SPF record of the return-path domain, keeping the record under 10 DNS lookups.</source>
        <extracomment>rule message.spf_fail: step (you)</extracomment>
        <translation>Identifiez le service qui envoie ce courrier et ajoutez-le à l&apos;enregistrement SPF du domaine de return-path, en restant sous 10 requêtes DNS.</translation>
    </message>
    <message>
        <source>{domain} has no DMARC record</source>
        <extracomment>rule message.dmarc_missing: title</extracomment>
        <translation>{domain} n&apos;a pas d&apos;enregistrement DMARC</translation>
    </message>
    <message>
        <source>Since February 2024 Gmail and Yahoo require a DMARC record (at least p=none) from bulk senders, and many receivers treat unauthenticated mail from a domain without DMARC with suspicion.</source>
        <extracomment>rule message.dmarc_missing: summary</extracomment>
        <translation>Depuis février 2024, Gmail et Yahoo exigent un enregistrement DMARC (au moins p=none) des expéditeurs en masse, et beaucoup de destinataires considèrent avec méfiance le courrier non authentifié d&apos;un domaine sans DMARC.</translation>
    </message>
    <message>
        <source>As soon as the record is published.</source>
        <extracomment>rule message.dmarc_missing: recovery</extracomment>
        <translation>Dès que l&apos;enregistrement est publié.</translation>
    </message>
    <message>
        <source>Publish a TXT record at _dmarc.{domain}, starting with v=DMARC1; p=none; rua=mailto:(an address that collects reports), then move to quarantine or reject once the reports show every sender aligned.</source>
        <extracomment>rule message.dmarc_missing: step (you)</extracomment>
        <translation>Publiez un enregistrement TXT à _dmarc.{domain}, en commençant par v=DMARC1; p=none; rua=mailto:(une adresse qui collecte les rapports), puis passez à quarantine ou reject une fois que les rapports montrent tous les expéditeurs alignés.</translation>
    </message>
    <message>
        <source>Publish a DMARC TXT record at _dmarc under your domain, starting with p=none and a rua= report address.</source>
        <extracomment>rule message.dmarc_missing: step (you)</extracomment>
        <translation>Publiez un enregistrement TXT DMARC à _dmarc sous votre domaine, en commençant par p=none et une adresse de rapport rua=.</translation>
    </message>
    <message>
        <source>Google email sender guidelines</source>
        <extracomment>rule message.dmarc_missing: link title</extracomment>
        <translation>Consignes de Google pour les expéditeurs d&apos;e-mails</translation>
    </message>
    <message>
        <source>The message does not meet the Gmail and Yahoo bulk-sender rules</source>
        <extracomment>rule message.bulk_sender: title</extracomment>
        <translation>Le message ne respecte pas les règles de Gmail et Yahoo pour les expéditeurs en masse</translation>
    </message>
    <message>
        <source>Gmail and Yahoo require bulk senders to offer one-click unsubscribe (RFC 8058) covered by the DKIM signature, to align DMARC, to send from an address with forward-confirmed reverse DNS over TLS, and to use a valid Message-ID and Date. The bulk-sender checklist in the Message tab shows each rule, its result and its source.</source>
        <extracomment>rule message.bulk_sender: summary</extracomment>
        <translation>Gmail et Yahoo exigent des expéditeurs en masse qu&apos;ils proposent un désabonnement en un clic (RFC 8058) couvert par la signature DKIM, qu&apos;ils alignent DMARC, qu&apos;ils envoient via TLS depuis une adresse au DNS inverse confirmé dans les deux sens et qu&apos;ils utilisent un Message-ID et une Date valides. La liste de contrôle des expéditeurs en masse dans l&apos;onglet « Message » montre chaque règle, son résultat et sa source.</translation>
    </message>
    <message>
        <source>For new mail at once; the sender&apos;s reputation recovers over days to weeks.</source>
        <extracomment>rule message.bulk_sender: recovery</extracomment>
        <translation>Immédiat pour les nouveaux messages ; la réputation de l&apos;expéditeur se rétablit en quelques jours à quelques semaines.</translation>
    </message>
    <message>
        <source>Fix the failed rules of the checklist, most serious first; for unsubscribe, add List-Unsubscribe with an https: URI and List-Unsubscribe-Post: List-Unsubscribe=One-Click, and sign both fields with DKIM.</source>
        <extracomment>rule message.bulk_sender: step (you)</extracomment>
        <translation>Corrigez les règles non respectées de la liste de contrôle, les plus graves en premier ; pour le désabonnement, ajoutez List-Unsubscribe avec une URI https: et List-Unsubscribe-Post: List-Unsubscribe=One-Click, et signez les deux champs avec DKIM.</translation>
    </message>
    <message>
        <source>RFC 8058 (one-click unsubscribe)</source>
        <extracomment>rule message.bulk_sender: link title</extracomment>
        <translation>RFC 8058 (désabonnement en un clic)</translation>
    </message>
    <message>
        <source>A server on the route held the message for more than an hour</source>
        <extracomment>rule message.slow_route: title</extracomment>
        <translation>Un serveur sur le parcours a retenu le message plus d&apos;une heure</translation>
    </message>
    <message>
        <source>The Received fields show a long gap between two hops: a queue. Greylisting, a retry after a deferral, or a slow content filter delayed the message; the Message tab&apos;s route timeline shows where.</source>
        <extracomment>rule message.slow_route: summary</extracomment>
        <translation>Les champs Received montrent un long écart entre deux sauts : une file d&apos;attente. Du greylisting, un nouvel essai après un report ou un filtre de contenu lent a retardé le message ; la chronologie du parcours dans l&apos;onglet « Message » montre où.</translation>
    </message>
    <message>
        <source>If the delay is on your side, look at that server&apos;s queue and logs for the message&apos;s time; if it is on the receiver&apos;s side, it was usually a deferral (greylisting or rate limiting) that your server retried.</source>
        <extracomment>rule message.slow_route: step (you)</extracomment>
        <translation>Si le retard est de votre côté, consultez la file d&apos;attente et les journaux de ce serveur à l&apos;heure du message ; s&apos;il est du côté du destinataire, il s&apos;agissait généralement d&apos;un report (greylisting ou limitation de débit) que votre serveur a réessayé.</translation>
    </message>
    <message>
        <source>An ARC sealer recorded authentication results that differ from Rebound&apos;s</source>
        <extracomment>rule message.arc_differs: title</extracomment>
        <translation>Un scelleur ARC a enregistré des résultats d&apos;authentification différents de ceux de Rebound</translation>
    </message>
    <message>
        <source>A forwarder or mailing list that sealed the message with ARC recorded what it saw when the message reached it; Rebound&apos;s own verification now says otherwise. When the chain validates, the message was changed after that sealer (the usual mailing-list story) and receivers that trust the sealer may use its record.</source>
        <extracomment>rule message.arc_differs: summary</extracomment>
        <translation>Un service de transfert ou une liste de diffusion qui a scellé le message avec ARC a enregistré ce qu&apos;il a vu à l&apos;arrivée du message ; la propre vérification de Rebound dit maintenant autre chose. Quand la chaîne est valide, le message a été modifié après ce scelleur (le cas habituel des listes de diffusion) et les destinataires qui font confiance au scelleur peuvent utiliser son enregistrement.</translation>
    </message>
    <message>
        <source>Receivers that trust the sealer can use its ARC record to deliver the message despite the changed signature.</source>
        <extracomment>rule message.arc_differs: step (recipient)</extracomment>
        <translation>Les destinataires qui font confiance au scelleur peuvent utiliser son enregistrement ARC pour remettre le message malgré la signature modifiée.</translation>
    </message>
    <message>
        <source>Microsoft SNDS: the filter result for {ip} is RED.</source>
        <extracomment>rule provider.microsoft.snds_red_traps: evidence (filter_result)</extracomment>
        <translation>Microsoft SNDS : le résultat de filtrage pour {ip} est ROUGE.</translation>
    </message>
    <message>
        <source>Microsoft SNDS: {value} message(s) from {ip} hit spam traps in the last period.</source>
        <extracomment>rule provider.microsoft.snds_red_traps: evidence (trap_hits)</extracomment>
        <translation>Microsoft SNDS : {value} message(s) provenant de {ip} ont touché des pièges à spam au cours de la dernière période.</translation>
    </message>
    <message>
        <source>Microsoft blocks {ip}, and SNDS shows it RED with spam-trap hits</source>
        <extracomment>rule provider.microsoft.snds_red_traps: title</extracomment>
        <translation>Microsoft bloque {ip}, et SNDS l&apos;affiche en ROUGE avec des pièges à spam touchés</translation>
    </message>
    <message>
        <source>Microsoft refused the mail with its own block code, and its Smart Network Data Services (SNDS) data for {ip} shows a RED filter result (most of the mail judged spam) and hits on spam-trap addresses. The block follows from what the address sends: addresses that never asked for mail (old, bought or harvested lists), or a compromised account or machine sending through {ip}. A mitigation request will not hold until that stops.</source>
        <extracomment>rule provider.microsoft.snds_red_traps: summary</extracomment>
        <translation>Microsoft a refusé le courrier avec son propre code de blocage, et ses données Smart Network Data Services (SNDS) pour {ip} montrent un résultat de filtrage ROUGE (la plupart du courrier jugé comme du spam) et des adresses pièges à spam touchées. Le blocage découle de ce que l&apos;adresse envoie : du courrier vers des adresses qui n&apos;en ont jamais demandé (listes anciennes, achetées ou récoltées), ou un compte ou une machine compromis qui envoie via {ip}. Une demande d&apos;atténuation ne tiendra pas tant que cela n&apos;aura pas cessé.</translation>
    </message>
    <message>
        <source>Days to weeks after the trap hits stop; SNDS data updates once a day.</source>
        <extracomment>rule provider.microsoft.snds_red_traps: recovery</extracomment>
        <translation>Des jours à des semaines après que les pièges ne sont plus touchés ; les données SNDS sont mises à jour une fois par jour.</translation>
    </message>
    <message>
        <source>Find what sends to trap addresses from {ip}: compare the SNDS sample HELO and MAIL FROM with your own servers, look for a compromised account or machine, and stop mailing addresses that never confirmed (remove old and bought lists, use confirmed opt-in).</source>
        <extracomment>rule provider.microsoft.snds_red_traps: step (you)</extracomment>
        <translation>Trouvez ce qui envoie vers des adresses pièges depuis {ip} : comparez les exemples de HELO et de MAIL FROM de SNDS avec vos propres serveurs, cherchez un compte ou une machine compromis, et cessez d&apos;écrire aux adresses qui n&apos;ont jamais confirmé (supprimez les listes anciennes et achetées, utilisez l&apos;opt-in confirmé).</translation>
    </message>
    <message>
        <source>When SNDS shows the address GREEN without trap hits again, ask Microsoft&apos;s sender support for mitigation.</source>
        <extracomment>rule provider.microsoft.snds_red_traps: step (you)</extracomment>
        <translation>Quand SNDS affiche de nouveau l&apos;adresse en VERT sans pièges touchés, demandez une atténuation au support expéditeurs de Microsoft.</translation>
    </message>
    <message>
        <source>Microsoft sender support (delisting)</source>
        <extracomment>rule provider.microsoft.snds_red_traps: link title</extracomment>
        <translation>Support expéditeurs de Microsoft (délistage)</translation>
    </message>
    <message>
        <source>Do not request delisting while trap hits continue: the request is refused or the block comes back.</source>
        <extracomment>rule provider.microsoft.snds_red_traps: what not to do</extracomment>
        <translation>Ne demandez pas le délistage tant que des pièges continuent d&apos;être touchés : la demande est refusée ou le blocage revient.</translation>
    </message>
    <message>
        <source>Microsoft SNDS: the filter result for {ip} is GREEN.</source>
        <extracomment>rule provider.microsoft.snds_green: evidence (filter_result)</extracomment>
        <translation>Microsoft SNDS : le résultat de filtrage pour {ip} est VERT.</translation>
    </message>
    <message>
        <source>Microsoft blocks {ip} although SNDS shows it GREEN</source>
        <extracomment>rule provider.microsoft.snds_green: title</extracomment>
        <translation>Microsoft bloque {ip} bien que SNDS l&apos;affiche en VERT</translation>
    </message>
    <message>
        <source>Microsoft refused the mail with its own block code, yet its Smart Network Data Services (SNDS) data for {ip} shows a GREEN filter result: the mail it sees from the address is mostly not spam. The block is then not explained by content or traps: a new or low-volume address without reputation, a block inherited from a neighbouring range, or a stale block. Microsoft&apos;s sender support can usually lift it.</source>
        <extracomment>rule provider.microsoft.snds_green: summary</extracomment>
        <translation>Microsoft a refusé le courrier avec son propre code de blocage, alors que ses données Smart Network Data Services (SNDS) pour {ip} montrent un résultat de filtrage VERT : le courrier qu&apos;il voit venir de cette adresse n&apos;est pour l&apos;essentiel pas du spam. Le blocage ne s&apos;explique donc ni par le contenu ni par les pièges : une adresse nouvelle ou à faible volume sans réputation, un blocage hérité d&apos;une plage voisine, ou un blocage périmé. Le support expéditeurs de Microsoft peut généralement le lever.</translation>
    </message>
    <message>
        <source>Usually 24 to 48 hours after Microsoft grants mitigation.</source>
        <extracomment>rule provider.microsoft.snds_green: recovery</extracomment>
        <translation>Généralement 24 à 48 heures après que Microsoft a accordé l&apos;atténuation.</translation>
    </message>
    <message>
        <source>Ask Microsoft&apos;s sender support for mitigation of {ip}, quoting the bounce&apos;s code; mention that SNDS shows the address GREEN.</source>
        <extracomment>rule provider.microsoft.snds_green: step (you)</extracomment>
        <translation>Demandez au support expéditeurs de Microsoft une atténuation pour {ip}, en citant le code du rebond ; mentionnez que SNDS affiche l&apos;adresse en VERT.</translation>
    </message>
    <message>
        <source>If the address is new, raise the volume to Outlook.com recipients slowly over a few weeks.</source>
        <extracomment>rule provider.microsoft.snds_green: step (you)</extracomment>
        <translation>Si l&apos;adresse est nouvelle, augmentez lentement le volume vers les destinataires Outlook.com sur quelques semaines.</translation>
    </message>
    <message>
        <source>Do not change IPs to get around the block: a new address starts without reputation and is often blocked the same way.</source>
        <extracomment>rule provider.microsoft.snds_green: what not to do</extracomment>
        <translation>Ne changez pas d&apos;IP pour contourner le blocage : une nouvelle adresse démarre sans réputation et est souvent bloquée de la même façon.</translation>
    </message>
    <message>
        <source>Rebound&apos;s mailbox probe asked the recipient&apos;s server again: it still refuses the address at RCPT.</source>
        <extracomment>rule recipient.unknown: evidence (verdict)</extracomment>
        <translation>La sonde de boîte aux lettres de Rebound a de nouveau interrogé le serveur du destinataire : il refuse toujours l&apos;adresse au RCPT.</translation>
    </message>
    <message>
        <source>Rebound&apos;s mailbox probe asked the recipient&apos;s server again: it now accepts the address at RCPT.</source>
        <extracomment>rule recipient.unknown: evidence (verdict)</extracomment>
        <translation>La sonde de boîte aux lettres de Rebound a de nouveau interrogé le serveur du destinataire : il accepte maintenant l&apos;adresse au RCPT.</translation>
    </message>
    <message>
        <source>The recipient&apos;s server accepts this address now (Rebound&apos;s mailbox probe), so the mailbox may have been created since, or the refusal was temporary or not really about the address.</source>
        <extracomment>rule recipient.unknown: note</extracomment>
        <translation>Le serveur du destinataire accepte maintenant cette adresse (sonde de boîte aux lettres de Rebound) : la boîte aux lettres a donc peut-être été créée depuis, ou le refus était temporaire ou ne concernait pas vraiment l&apos;adresse.</translation>
    </message>
    <message>
        <source>Rebound&apos;s mailbox probe: the recipient&apos;s server accepted the address at RCPT and refused a made-up one at the same domain.</source>
        <extracomment>rule recipient.unknown_now_accepted: evidence (verdict)</extracomment>
        <translation>Sonde de boîte aux lettres de Rebound : le serveur du destinataire a accepté l&apos;adresse au RCPT et a refusé une adresse inventée du même domaine.</translation>
    </message>
    <message>
        <source>The address was refused as unknown, but its server accepts it now</source>
        <extracomment>rule recipient.unknown_now_accepted: title</extracomment>
        <translation>L&apos;adresse a été refusée comme inconnue, mais son serveur l&apos;accepte maintenant</translation>
    </message>
    <message>
        <source>The bounce says the mailbox does not exist, yet Rebound&apos;s mailbox probe (MAIL FROM with your address, RCPT TO, no message sent) found the recipient&apos;s server accepting the address, while it refuses a made-up address at the same domain. The mailbox was probably created or restored since, or the refusal came from another server (a backup MX or a gateway) or was a disguised policy refusal.</source>
        <extracomment>rule recipient.unknown_now_accepted: summary</extracomment>
        <translation>Le rebond indique que la boîte aux lettres n&apos;existe pas, mais la sonde de boîte aux lettres de Rebound (MAIL FROM avec votre adresse, RCPT TO, aucun message envoyé) a constaté que le serveur du destinataire accepte l&apos;adresse, tout en refusant une adresse inventée du même domaine. La boîte aux lettres a probablement été créée ou restaurée depuis, ou bien le refus venait d&apos;un autre serveur (un MX de secours ou une passerelle) ou était un refus de politique déguisé.</translation>
    </message>
    <message>
        <source>Usually immediate if the mailbox now exists.</source>
        <extracomment>rule recipient.unknown_now_accepted: recovery</extracomment>
        <translation>Généralement immédiat si la boîte aux lettres existe maintenant.</translation>
    </message>
    <message>
        <source>Send one message again to this address; if it bounces once more, compare which server refused it (the bounce&apos;s reporting MTA) with the MX the probe reached.</source>
        <extracomment>rule recipient.unknown_now_accepted: step (you)</extracomment>
        <translation>Envoyez de nouveau un message à cette adresse ; s&apos;il rebondit encore, comparez le serveur qui l&apos;a refusé (le Reporting-MTA du rebond) avec le MX que la sonde a atteint.</translation>
    </message>
    <message>
        <source>If it keeps bouncing, ask the recipient (through another channel) whether their mailbox was recently created or moved, or whether a filter in front of it refuses your mail.</source>
        <extracomment>rule recipient.unknown_now_accepted: step (recipient)</extracomment>
        <translation>S&apos;il continue de rebondir, demandez au destinataire (par un autre canal) si sa boîte aux lettres a été créée ou déplacée récemment, ou si un filtre placé devant elle refuse votre courrier.</translation>
    </message>
    <message>
        <source>Do not probe the address repeatedly: repeated RCPT probes can get your address or IP listed as a directory-harvesting sender.</source>
        <extracomment>rule recipient.unknown_now_accepted: what not to do</extracomment>
        <translation>Ne sondez pas l&apos;adresse à répétition : des sondes RCPT répétées peuvent faire lister votre adresse ou votre IP comme expéditeur pratiquant la récolte d&apos;annuaire (directory harvesting).</translation>
    </message>
    <message>
        <source>{policy_domain} publishes an MTA-STS policy in {value} mode: senders that honour it refuse a mail server whose name or certificate the policy does not accept.</source>
        <extracomment>rule tls.mta_sts_enforced: evidence (mta_sts.policy.mode)</extracomment>
        <translation>{policy_domain} publie une politique MTA-STS en mode {value} : les expéditeurs qui la respectent refusent un serveur de messagerie dont la politique n&apos;accepte pas le nom ou le certificat.</translation>
    </message>
    <message>
        <source>{recipient_domain}&apos;s MTA-STS policy stops delivery to its own mail servers</source>
        <extracomment>rule tls.mta_sts_enforced: title</extracomment>
        <translation>La politique MTA-STS de {recipient_domain} bloque la remise vers ses propres serveurs de messagerie</translation>
    </message>
    <message>
        <source>The bounce says TLS could not be used as required, and {recipient_domain} publishes an MTA-STS policy in enforce mode (RFC 8461) while one of its MX hosts is not covered by the policy&apos;s mx: patterns or does not present a valid certificate. Senders that honour MTA-STS refuse to deliver to such a host, so the mail waits and bounces until the recipient fixes the policy or the certificate.</source>
        <extracomment>rule tls.mta_sts_enforced: summary</extracomment>
        <translation>Le rebond indique que TLS n&apos;a pas pu être utilisé comme exigé, et {recipient_domain} publie une politique MTA-STS en mode enforce (RFC 8461) alors que l&apos;un de ses hôtes MX n&apos;est pas couvert par les motifs mx: de la politique ou ne présente pas de certificat valide. Les expéditeurs qui respectent MTA-STS refusent de remettre le courrier à un tel hôte : le courrier attend donc, puis rebondit, jusqu&apos;à ce que le destinataire corrige la politique ou le certificat.</translation>
    </message>
    <message>
        <source>Once the recipient fixes the policy and changes its id; senders that cached the old policy may wait until it expires (max_age).</source>
        <extracomment>rule tls.mta_sts_enforced: recovery</extracomment>
        <translation>Dès que le destinataire corrige la politique et change son id ; les expéditeurs qui ont mis en cache l&apos;ancienne politique peuvent attendre son expiration (max_age).</translation>
    </message>
    <message>
        <source>Add every MX host of {recipient_domain} to the mx: lines of https://mta-sts.{recipient_domain}/.well-known/mta-sts.txt (or give each host a certificate for its name from a public CA), then change the id= of the _mta-sts TXT record so that senders fetch the policy again.</source>
        <extracomment>rule tls.mta_sts_enforced: step (recipient)</extracomment>
        <translation>Ajoutez chaque hôte MX de {recipient_domain} aux lignes mx: de https://mta-sts.{recipient_domain}/.well-known/mta-sts.txt (ou donnez à chaque hôte un certificat pour son nom émis par une AC publique), puis changez l&apos;id= de l&apos;enregistrement TXT _mta-sts pour que les expéditeurs récupèrent de nouveau la politique.</translation>
    </message>
    <message>
        <source>Until it is fixed, the recipient can switch the policy to mode: testing, which makes senders deliver and report instead of refusing.</source>
        <extracomment>rule tls.mta_sts_enforced: step (recipient)</extracomment>
        <translation>En attendant la correction, le destinataire peut passer la politique en mode: testing : les expéditeurs remettent alors le courrier et signalent l&apos;échec au lieu de refuser.</translation>
    </message>
    <message>
        <source>Tell the recipient&apos;s postmaster what Rebound found (the MTA-STS section of the report); your server retries queued mail by itself once the policy or certificate is fixed.</source>
        <extracomment>rule tls.mta_sts_enforced: step (you)</extracomment>
        <translation>Signalez au postmaster du destinataire ce que Rebound a trouvé (la section MTA-STS du rapport) ; votre serveur retentera de lui-même le courrier en file d&apos;attente une fois la politique ou le certificat corrigé.</translation>
    </message>
    <message>
        <source>Do not turn off MTA-STS or certificate checks on your sending server for this domain: the policy is the recipient&apos;s protection against downgrade attacks.</source>
        <extracomment>rule tls.mta_sts_enforced: what not to do</extracomment>
        <translation>Ne désactivez pas MTA-STS ni la vérification des certificats sur votre serveur d&apos;envoi pour ce domaine : la politique protège le destinataire contre les attaques par rétrogradation (downgrade).</translation>
    </message>
    <message>
        <source>RFC 8461: SMTP MTA Strict Transport Security</source>
        <extracomment>rule tls.mta_sts_enforced: link title</extracomment>
        <translation>RFC 8461 : SMTP MTA Strict Transport Security</translation>
    </message>
    <message>
        <source>The recipient&apos;s mail server fails its own DANE TLSA records</source>
        <extracomment>rule tls.dane_mismatch: title</extracomment>
        <translation>Le serveur de messagerie du destinataire ne correspond pas à ses propres enregistrements DANE TLSA</translation>
    </message>
    <message>
        <source>The bounce says TLS was required or failed, and the recipient domain&apos;s MX does not match its DNSSEC-validated TLSA records (or their validation fails). Senders that do DANE (RFC 7672) refuse to deliver to such a server, so the fault is on the receiving side.</source>
        <extracomment>rule tls.dane_mismatch: summary</extracomment>
        <translation>Le rebond indique que TLS était exigé ou a échoué, et le MX du domaine destinataire ne correspond pas à ses enregistrements TLSA validés par DNSSEC (ou leur validation échoue). Les expéditeurs qui pratiquent DANE (RFC 7672) refusent de remettre le courrier à un tel serveur : le problème se situe donc du côté de la réception.</translation>
    </message>
    <message>
        <source>After the corrected TLSA records&apos; TTL.</source>
        <extracomment>rule tls.dane_mismatch: recovery</extracomment>
        <translation>Après le TTL des enregistrements TLSA corrigés.</translation>
    </message>
    <message>
        <source>Publish TLSA records that match the certificate the mail server presents (or fix the zone&apos;s DNSSEC signatures), before or together with any certificate change.</source>
        <extracomment>rule tls.dane_mismatch: step (recipient)</extracomment>
        <translation>Publiez des enregistrements TLSA qui correspondent au certificat que présente le serveur de messagerie (ou corrigez les signatures DNSSEC de la zone), avant ou en même temps que tout changement de certificat.</translation>
    </message>
    <message>
        <source>Tell the recipient&apos;s administrator; your server is right to refuse. Retry once their TLSA records match.</source>
        <extracomment>rule tls.dane_mismatch: step (you)</extracomment>
        <translation>Prévenez l&apos;administrateur du destinataire ; votre serveur a raison de refuser. Réessayez une fois que ses enregistrements TLSA correspondent.</translation>
    </message>
    <message>
        <source>Do not turn off DANE or TLS on your sending server to get the mail through: it removes the protection for every DANE domain.</source>
        <extracomment>rule tls.dane_mismatch: what not to do</extracomment>
        <translation>Ne désactivez pas DANE ni TLS sur votre serveur d&apos;envoi pour faire passer le courrier : cela supprime la protection pour tous les domaines DANE.</translation>
    </message>
    <message>
        <source>Unauthorised sources send as {domain} and fail DMARC</source>
        <extracomment>rule reports.unauthorised_sender: title</extracomment>
        <translation>Des sources non autorisées envoient au nom de {domain} et échouent à DMARC</translation>
    </message>
    <message>
        <source>The DMARC aggregate reports show mail with {domain} in its From field from addresses that are neither in the domain&apos;s SPF record nor a known sending service, and that carry no aligned DKIM signature. Either someone spoofs the domain, or one of your own senders (a server, an application, a new provider) is not set up yet.</source>
        <extracomment>rule reports.unauthorised_sender: summary</extracomment>
        <translation>Les rapports agrégés DMARC montrent du courrier portant {domain} dans son champ From, envoyé depuis des adresses qui ne figurent ni dans l&apos;enregistrement SPF du domaine ni parmi les services d&apos;envoi connus, et sans signature DKIM alignée. Soit quelqu&apos;un usurpe le domaine, soit l&apos;un de vos propres expéditeurs (un serveur, une application, un nouveau fournisseur) n&apos;est pas encore configuré.</translation>
    </message>
    <message>
        <source>The next day&apos;s reports show the change once the DNS records are published.</source>
        <extracomment>rule reports.unauthorised_sender: recovery</extracomment>
        <translation>Les rapports du lendemain montrent le changement une fois les enregistrements DNS publiés.</translation>
    </message>
    <message>
        <source>Look through the sources in the Reports window (their reverse DNS names and volumes): decide for each whether it is yours.</source>
        <extracomment>rule reports.unauthorised_sender: step (you)</extracomment>
        <translation>Passez en revue les sources dans la fenêtre des rapports (leurs noms DNS inverses et leurs volumes) : déterminez pour chacune si elle vous appartient.</translation>
    </message>
    <message>
        <source>Look through the sources in the Reports window: decide for each whether it is yours.</source>
        <extracomment>rule reports.unauthorised_sender: step (you)</extracomment>
        <translation>Passez en revue les sources dans la fenêtre des rapports : déterminez pour chacune si elle vous appartient.</translation>
    </message>
    <message>
        <source>For each source that is yours, add it to the SPF record of {domain} and sign its mail with DKIM for {domain}.</source>
        <extracomment>rule reports.unauthorised_sender: step (you)</extracomment>
        <translation>Pour chaque source qui vous appartient, ajoutez-la à l&apos;enregistrement SPF de {domain} et signez son courrier avec DKIM pour {domain}.</translation>
    </message>
    <message>
        <source>For each source that is yours, add it to your domain&apos;s SPF record and sign its mail with DKIM for your domain.</source>
        <extracomment>rule reports.unauthorised_sender: step (you)</extracomment>
        <translation>Pour chaque source qui vous appartient, ajoutez-la à l&apos;enregistrement SPF de votre domaine et signez son courrier avec DKIM pour votre domaine.</translation>
    </message>
    <message>
        <source>Once every legitimate source passes, move the DMARC policy of {domain} from p=none towards p=quarantine, then p=reject, so that the spoofed mail is refused.</source>
        <extracomment>rule reports.unauthorised_sender: step (you)</extracomment>
        <translation>Une fois que chaque source légitime réussit, faites évoluer la politique DMARC de {domain} de p=none vers p=quarantine, puis p=reject, afin que le courrier usurpé soit refusé.</translation>
    </message>
    <message>
        <source>Once every legitimate source passes, move the DMARC policy from p=none towards p=quarantine, then p=reject.</source>
        <extracomment>rule reports.unauthorised_sender: step (you)</extracomment>
        <translation>Une fois que chaque source légitime réussit, faites évoluer la politique DMARC de p=none vers p=quarantine, puis p=reject.</translation>
    </message>
    <message>
        <source>Do not add an unknown source to the SPF record to make the reports pass: you would authorise whoever spoofs you.</source>
        <extracomment>rule reports.unauthorised_sender: what not to do</extracomment>
        <translation>N&apos;ajoutez pas une source inconnue à l&apos;enregistrement SPF pour faire réussir les rapports : vous autoriseriez celui qui usurpe votre domaine.</translation>
    </message>
    <message>
        <source>A sending service sends for {domain} without aligned DKIM</source>
        <extracomment>rule reports.esp_unaligned: title</extracomment>
        <translation>Un service d&apos;envoi envoie pour {domain} sans DKIM aligné</translation>
    </message>
    <message>
        <source>The reports show a known sending service (an ESP or a mailbox provider) sending as {domain}: its mail passes SPF and DKIM for the service&apos;s own domains, but neither aligns with {domain}, so DMARC fails and receivers apply the domain&apos;s policy to it.</source>
        <extracomment>rule reports.esp_unaligned: summary</extracomment>
        <translation>Les rapports montrent un service d&apos;envoi connu (un ESP ou un fournisseur de messagerie) qui envoie au nom de {domain} : son courrier réussit SPF et DKIM pour les propres domaines du service, mais aucun des deux n&apos;est aligné avec {domain}, donc DMARC échoue et les destinataires lui appliquent la politique du domaine.</translation>
    </message>
    <message>
        <source>As soon as the service signs with the new keys; the next day&apos;s reports confirm it.</source>
        <extracomment>rule reports.esp_unaligned: recovery</extracomment>
        <translation>Dès que le service signe avec les nouvelles clés ; les rapports du lendemain le confirment.</translation>
    </message>
    <message>
        <source>Set up DKIM for {domain} (a custom signing domain) in each sending service the reports name.</source>
        <extracomment>rule reports.esp_unaligned: step (provider)</extracomment>
        <translation>Configurez DKIM pour {domain} (un domaine de signature personnalisé) dans chaque service d&apos;envoi nommé par les rapports.</translation>
    </message>
    <message>
        <source>Set up DKIM for your domain (a custom signing domain) in each sending service the reports name.</source>
        <extracomment>rule reports.esp_unaligned: step (provider)</extracomment>
        <translation>Configurez DKIM pour votre domaine (un domaine de signature personnalisé) dans chaque service d&apos;envoi nommé par les rapports.</translation>
    </message>
    <message>
        <source>Where the service offers it, use a custom return-path (bounce) domain under {domain}, so that SPF aligns too.</source>
        <extracomment>rule reports.esp_unaligned: step (provider)</extracomment>
        <translation>Si le service le propose, utilisez un domaine de return-path (de rebond) personnalisé sous {domain}, afin que SPF soit aussi aligné.</translation>
    </message>
    <message>
        <source>Where the service offers it, use a custom return-path (bounce) domain under your domain, so that SPF aligns too.</source>
        <extracomment>rule reports.esp_unaligned: step (provider)</extracomment>
        <translation>Si le service le propose, utilisez un domaine de return-path (de rebond) personnalisé sous votre domaine, afin que SPF soit aussi aligné.</translation>
    </message>
    <message>
        <source>Do not tighten the DMARC policy before these services are aligned: their mail would be quarantined or refused.</source>
        <extracomment>rule reports.esp_unaligned: what not to do</extracomment>
        <translation>Ne durcissez pas la politique DMARC avant que ces services soient alignés : leur courrier serait mis en quarantaine ou refusé.</translation>
    </message>
    <message>
        <source>Forwarded mail fails DMARC for {domain}</source>
        <extracomment>rule reports.forwarding: title</extracomment>
        <translation>Le courrier transféré échoue à DMARC pour {domain}</translation>
    </message>
    <message>
        <source>Some sources in the reports look like forwarders or mailing lists: they relay mail sent as {domain}, which breaks SPF, and a list that changes the message breaks DKIM too. This is expected and not a problem of your setup as long as your own mail is DKIM-signed for {domain}.</source>
        <extracomment>rule reports.forwarding: summary</extracomment>
        <translation>Certaines sources des rapports ressemblent à des services de transfert ou à des listes de diffusion : elles relaient du courrier envoyé au nom de {domain}, ce qui casse SPF, et une liste qui modifie le message casse aussi DKIM. C&apos;est normal, et ce n&apos;est pas un problème de votre configuration tant que votre propre courrier est signé avec DKIM pour {domain}.</translation>
    </message>
    <message>
        <source>Make sure all of your own mail is DKIM-signed for {domain}: an aligned signature survives plain forwarding.</source>
        <extracomment>rule reports.forwarding: step (you)</extracomment>
        <translation>Assurez-vous que tout votre propre courrier est signé avec DKIM pour {domain} : une signature alignée survit à un simple transfert.</translation>
    </message>
    <message>
        <source>Make sure all of your own mail is DKIM-signed for your domain: an aligned signature survives plain forwarding.</source>
        <extracomment>rule reports.forwarding: step (you)</extracomment>
        <translation>Assurez-vous que tout votre propre courrier est signé avec DKIM pour votre domaine : une signature alignée survit à un simple transfert.</translation>
    </message>
    <message>
        <source>Do not add the forwarders to your SPF record: they send for many domains.</source>
        <extracomment>rule reports.forwarding: what not to do</extracomment>
        <translation>N&apos;ajoutez pas les services de transfert à votre enregistrement SPF : ils envoient pour de nombreux domaines.</translation>
    </message>
    <message>
        <source>TLS sessions to the mail servers of {domain} fail</source>
        <extracomment>rule reports.tls_failures: title</extracomment>
        <translation>Les sessions TLS vers les serveurs de messagerie de {domain} échouent</translation>
    </message>
    <message>
        <source>The SMTP TLS reports show sending servers that could not set up the secure connection the policy of {domain} (MTA-STS or DANE) requires. Depending on the policy, that mail was delivered without TLS, delayed or not delivered.</source>
        <extracomment>rule reports.tls_failures: summary</extracomment>
        <translation>Les rapports SMTP TLS montrent des serveurs d&apos;envoi qui n&apos;ont pas pu établir la connexion sécurisée qu&apos;exige la politique de {domain} (MTA-STS ou DANE). Selon la politique, ce courrier a été remis sans TLS, retardé ou non remis.</translation>
    </message>
    <message>
        <source>Look at the result types in the reports: each names what failed, and the Reports window explains each one.</source>
        <extracomment>rule reports.tls_failures: step (you)</extracomment>
        <translation>Examinez les types de résultat dans les rapports : chacun nomme ce qui a échoué, et la fenêtre des rapports les explique un par un.</translation>
    </message>
    <message>
        <source>Look at the result types in the reports: each names what failed.</source>
        <extracomment>rule reports.tls_failures: step (you)</extracomment>
        <translation>Examinez les types de résultat dans les rapports : chacun nomme ce qui a échoué.</translation>
    </message>
    <message>
        <source>RFC 8460 (SMTP TLS reporting)</source>
        <extracomment>rule reports.tls_failures: link title</extracomment>
        <translation>RFC 8460 (rapports SMTP TLS)</translation>
    </message>
    <message>
        <source>The TLS reports name the result type {value}.</source>
        <extracomment>rule reports.tls.starttls_not_supported: evidence (tls_failure_types)</extracomment>
        <translation>Les rapports TLS nomment le type de résultat {value}.</translation>
    </message>
    <message>
        <source>The mail servers of {domain} do not offer STARTTLS to every sender</source>
        <extracomment>rule reports.tls.starttls_not_supported: title</extracomment>
        <translation>Les serveurs de messagerie de {domain} ne proposent pas STARTTLS à tous les expéditeurs</translation>
    </message>
    <message>
        <source>Senders report the result type starttls-not-supported: a mail server of {domain} did not offer STARTTLS (or the offer was stripped on the way) while the domain&apos;s MTA-STS or DANE policy requires TLS.</source>
        <extracomment>rule reports.tls.starttls_not_supported: summary</extracomment>
        <translation>Des expéditeurs signalent le type de résultat starttls-not-supported : un serveur de messagerie de {domain} n&apos;a pas proposé STARTTLS (ou l&apos;offre a été supprimée en chemin) alors que la politique MTA-STS ou DANE du domaine exige TLS.</translation>
    </message>
    <message>
        <source>Enable STARTTLS on every MX host of {domain} (and on every address of each host, IPv4 and IPv6), and check that no firewall or proxy strips it.</source>
        <extracomment>rule reports.tls.starttls_not_supported: step (you)</extracomment>
        <translation>Activez STARTTLS sur chaque hôte MX de {domain} (et sur chaque adresse de chaque hôte, IPv4 et IPv6), et vérifiez qu&apos;aucun pare-feu ni proxy ne le supprime.</translation>
    </message>
    <message>
        <source>Enable STARTTLS on every MX host (and on every address of each host), and check that no firewall or proxy strips it.</source>
        <extracomment>rule reports.tls.starttls_not_supported: step (you)</extracomment>
        <translation>Activez STARTTLS sur chaque hôte MX (et sur chaque adresse de chaque hôte), et vérifiez qu&apos;aucun pare-feu ni proxy ne le supprime.</translation>
    </message>
    <message>
        <source>The certificate of a mail server of {domain} fails validation</source>
        <extracomment>rule reports.tls.certificate: title</extracomment>
        <translation>Le certificat d&apos;un serveur de messagerie de {domain} échoue à la validation</translation>
    </message>
    <message>
        <source>Senders report certificate failures (a name that does not match the MX host, an expired certificate, an untrusted chain, or another validation failure): under the domain&apos;s MTA-STS policy in enforce mode such mail is not delivered.</source>
        <extracomment>rule reports.tls.certificate: summary</extracomment>
        <translation>Des expéditeurs signalent des échecs de certificat (un nom qui ne correspond pas à l&apos;hôte MX, un certificat expiré, une chaîne non fiable ou un autre échec de validation) : sous la politique MTA-STS du domaine en mode enforce, ce courrier n&apos;est pas remis.</translation>
    </message>
    <message>
        <source>Install on every MX host of {domain} a certificate from a public CA that covers the MX host name, with its whole chain, and renew it before it expires.</source>
        <extracomment>rule reports.tls.certificate: step (you)</extracomment>
        <translation>Installez sur chaque hôte MX de {domain} un certificat émis par une AC publique qui couvre le nom de l&apos;hôte MX, avec toute sa chaîne, et renouvelez-le avant son expiration.</translation>
    </message>
    <message>
        <source>Install on every MX host a certificate from a public CA that covers the MX host name, with its whole chain, and renew it before it expires.</source>
        <extracomment>rule reports.tls.certificate: step (you)</extracomment>
        <translation>Installez sur chaque hôte MX un certificat émis par une AC publique qui couvre le nom de l&apos;hôte MX, avec toute sa chaîne, et renouvelez-le avant son expiration.</translation>
    </message>
    <message>
        <source>DANE validation of the mail servers of {domain} fails</source>
        <extracomment>rule reports.tls.dane: title</extracomment>
        <translation>La validation DANE des serveurs de messagerie de {domain} échoue</translation>
    </message>
    <message>
        <source>Senders report DANE failures (invalid TLSA records, DNSSEC that does not validate, or a required DANE check that could not be done): DANE senders do not deliver to a host whose TLSA records do not match its certificate.</source>
        <extracomment>rule reports.tls.dane: summary</extracomment>
        <translation>Des expéditeurs signalent des échecs DANE (enregistrements TLSA invalides, DNSSEC qui ne se valide pas, ou vérification DANE exigée qui n&apos;a pas pu être faite) : les expéditeurs DANE ne remettent pas le courrier à un hôte dont les enregistrements TLSA ne correspondent pas à son certificat.</translation>
    </message>
    <message>
        <source>Make the TLSA records of each MX host of {domain} match the certificate it serves (publish the new key&apos;s record before a rollover), and keep the DNSSEC signatures of the zones valid.</source>
        <extracomment>rule reports.tls.dane: step (you)</extracomment>
        <translation>Faites correspondre les enregistrements TLSA de chaque hôte MX de {domain} au certificat qu&apos;il sert (publiez l&apos;enregistrement de la nouvelle clé avant un changement de clé), et gardez valides les signatures DNSSEC des zones.</translation>
    </message>
    <message>
        <source>Make the TLSA records of each MX host match the certificate it serves, and keep the DNSSEC signatures valid.</source>
        <extracomment>rule reports.tls.dane: step (you)</extracomment>
        <translation>Faites correspondre les enregistrements TLSA de chaque hôte MX au certificat qu&apos;il sert, et gardez valides les signatures DNSSEC.</translation>
    </message>
    <message>
        <source>RFC 7672 (DANE for SMTP)</source>
        <extracomment>rule reports.tls.dane: link title</extracomment>
        <translation>RFC 7672 (DANE pour SMTP)</translation>
    </message>
    <message>
        <source>The MTA-STS policy of {domain} cannot be fetched or is invalid</source>
        <extracomment>rule reports.tls.mta_sts: title</extracomment>
        <translation>La politique MTA-STS de {domain} ne peut pas être récupérée ou n&apos;est pas valide</translation>
    </message>
    <message>
        <source>Senders report MTA-STS policy failures: the policy file at https://mta-sts.{domain}/.well-known/mta-sts.txt could not be fetched, is not valid, or its web server&apos;s certificate is not valid.</source>
        <extracomment>rule reports.tls.mta_sts: summary</extracomment>
        <translation>Des expéditeurs signalent des échecs de politique MTA-STS : le fichier de politique à https://mta-sts.{domain}/.well-known/mta-sts.txt n&apos;a pas pu être récupéré, n&apos;est pas valide, ou le certificat de son serveur web n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>Serve the policy at https://mta-sts.{domain}/.well-known/mta-sts.txt with a valid certificate for mta-sts.{domain}, and check its syntax (version, mode, mx, max_age).</source>
        <extracomment>rule reports.tls.mta_sts: step (you)</extracomment>
        <translation>Servez la politique à https://mta-sts.{domain}/.well-known/mta-sts.txt avec un certificat valide pour mta-sts.{domain}, et vérifiez sa syntaxe (version, mode, mx, max_age).</translation>
    </message>
    <message>
        <source>Serve the MTA-STS policy over HTTPS with a valid certificate for the mta-sts host, and check its syntax (version, mode, mx, max_age).</source>
        <extracomment>rule reports.tls.mta_sts: step (you)</extracomment>
        <translation>Servez la politique MTA-STS en HTTPS avec un certificat valide pour l&apos;hôte mta-sts, et vérifiez sa syntaxe (version, mode, mx, max_age).</translation>
    </message>
    <message>
        <source>RFC 8461 (MTA-STS)</source>
        <extracomment>rule reports.tls.mta_sts: link title</extracomment>
        <translation>RFC 8461 (MTA-STS)</translation>
    </message>
    <message>
        <source>The watch&apos;s database: {value}.</source>
        <extracomment>rule blocklist.spamhaus.xbl: evidence (listed_since)</extracomment>
        <translation>Base de données de la surveillance : {value}.</translation>
    </message>
    <message>
        <source>Google Postmaster Tools: Gmail users reported {spam_rate} of {postmaster_domain}&apos;s mail as spam on {spam_date} (the limit is 0.3 %).</source>
        <extracomment>rule provider.gmail.complaints_high: evidence (spam_rate_level)</extracomment>
        <translation>Google Postmaster Tools : les utilisateurs de Gmail ont signalé comme spam {spam_rate} du courrier de {postmaster_domain} le {spam_date} (la limite est de 0,3 %).</translation>
    </message>
    <message>
        <source>Gmail refuses {domain}&apos;s mail: its users report too much of it as spam</source>
        <extracomment>rule provider.gmail.complaints_high: title</extracomment>
        <translation>Gmail refuse le courrier de {domain} : ses utilisateurs en signalent une trop grande part comme spam</translation>
    </message>
    <message>
        <source>Gmail refused the mail as unsolicited or rate-limited it, and Google Postmaster Tools shows a user-reported spam rate at or over 0.3 %, the limit of Gmail&apos;s bulk-sender rules. Above it Gmail rejects or junks more of the domain&apos;s mail, and mitigation cannot be requested until the rate stays below 0.3 % for seven days. The cause is the mail recipients did not want, not the server or DNS.</source>
        <extracomment>rule provider.gmail.complaints_high: summary</extracomment>
        <translation>Gmail a refusé le courrier comme non sollicité ou en a limité le débit, et Google Postmaster Tools indique un taux de spam signalé par les utilisateurs égal ou supérieur à 0,3 %, la limite fixée par les règles de Gmail pour les expéditeurs en masse. Au-delà, Gmail refuse ou classe en indésirable une plus grande part du courrier du domaine, et aucune atténuation ne peut être demandée tant que le taux n&apos;est pas resté sous 0,3 % pendant sept jours. La cause est le courrier dont les destinataires ne voulaient pas, pas le serveur ni le DNS.</translation>
    </message>
    <message>
        <source>Days to weeks: Gmail looks at the spam rate of the last days, so it improves only after the unwanted mail stops.</source>
        <extracomment>rule provider.gmail.complaints_high: recovery</extracomment>
        <translation>Des jours à des semaines : Gmail considère le taux de spam des derniers jours, il ne s&apos;améliore donc qu&apos;une fois que le courrier non désiré a cessé.</translation>
    </message>
    <message>
        <source>Find the mailings that draw the complaints (Postmaster Tools shows the rate per day; a Feedback-ID header shows it per campaign) and stop sending them to recipients who did not ask for them.</source>
        <extracomment>rule provider.gmail.complaints_high: step (you)</extracomment>
        <translation>Identifiez les envois qui suscitent les plaintes (Postmaster Tools indique le taux par jour ; un en-tête Feedback-ID l&apos;indique par campagne) et cessez de les envoyer aux destinataires qui ne les ont pas demandés.</translation>
    </message>
    <message>
        <source>Make unsubscribing one click (List-Unsubscribe-Post) and honour it within two days; remove recipients who have not opened for months.</source>
        <extracomment>rule provider.gmail.complaints_high: step (you)</extracomment>
        <translation>Permettez le désabonnement en un clic (List-Unsubscribe-Post) et honorez-le sous deux jours ; retirez les destinataires qui n&apos;ont rien ouvert depuis des mois.</translation>
    </message>
    <message>
        <source>When the spam rate has stayed below 0.3 % for seven days, Gmail&apos;s sender support can be asked for mitigation.</source>
        <extracomment>rule provider.gmail.complaints_high: step (you)</extracomment>
        <translation>Quand le taux de spam est resté sous 0,3 % pendant sept jours, une atténuation peut être demandée au support expéditeurs de Gmail.</translation>
    </message>
    <message>
        <source>Gmail Email sender guidelines</source>
        <extracomment>rule provider.gmail.complaints_high: link title</extracomment>
        <translation>Consignes de Gmail pour les expéditeurs d&apos;e-mails</translation>
    </message>
    <message>
        <source>Do not move the mail to another domain or IP to get around the rate: Gmail follows the reputation, and the new one starts without any.</source>
        <extracomment>rule provider.gmail.complaints_high: what not to do</extracomment>
        <translation>Ne transférez pas le courrier vers un autre domaine ou une autre IP pour contourner le taux : Gmail suit la réputation, et un nouveau domaine ou une nouvelle IP n&apos;en a aucune au départ.</translation>
    </message>
    <message>
        <source>Google Postmaster Tools: the compliance requirement &apos;{value}&apos; needs work for {postmaster_domain}.</source>
        <extracomment>rule provider.gmail.compliance_auth: evidence (needs_work)</extracomment>
        <translation>Google Postmaster Tools : l&apos;exigence de conformité « {value} » est à corriger pour {postmaster_domain}.</translation>
    </message>
    <message>
        <source>Gmail refuses {domain}&apos;s mail, and Postmaster Tools says its authentication needs work</source>
        <extracomment>rule provider.gmail.compliance_auth: title</extracomment>
        <translation>Gmail refuse le courrier de {domain}, et Postmaster Tools indique que son authentification est à corriger</translation>
    </message>
    <message>
        <source>The bounce comes from Gmail, and Google Postmaster Tools&apos; compliance status for the domain marks an authentication requirement (SPF, DKIM or DMARC) as needing work. Gmail&apos;s bulk-sender rules require all of them; the rows below say which one to fix.</source>
        <extracomment>rule provider.gmail.compliance_auth: summary</extracomment>
        <translation>Le rebond vient de Gmail, et l&apos;état de conformité du domaine dans Google Postmaster Tools marque une exigence d&apos;authentification (SPF, DKIM ou DMARC) comme étant à corriger. Les règles de Gmail pour les expéditeurs en masse les exigent toutes ; les lignes ci-dessous indiquent laquelle corriger.</translation>
    </message>
    <message>
        <source>The compliance status updates within a few days after the fix; Gmail accepts authenticated mail at once.</source>
        <extracomment>rule provider.gmail.compliance_auth: recovery</extracomment>
        <translation>L&apos;état de conformité se met à jour en quelques jours après la correction ; Gmail accepte immédiatement le courrier authentifié.</translation>
    </message>
    <message>
        <source>Fix the requirement Postmaster Tools marks: publish or correct the SPF record, sign all mail with DKIM for {domain}, publish a DMARC record and make SPF or DKIM align with the From domain.</source>
        <extracomment>rule provider.gmail.compliance_auth: step (you)</extracomment>
        <translation>Corrigez l&apos;exigence signalée par Postmaster Tools : publiez ou corrigez l&apos;enregistrement SPF, signez tout le courrier avec DKIM pour {domain}, publiez un enregistrement DMARC et alignez SPF ou DKIM sur le domaine From.</translation>
    </message>
    <message>
        <source>Check the domain result below: its SPF, DKIM and DMARC findings show what is missing now.</source>
        <extracomment>rule provider.gmail.compliance_auth: step (you)</extracomment>
        <translation>Vérifiez le résultat du domaine ci-dessous : ses constats SPF, DKIM et DMARC montrent ce qui manque actuellement.</translation>
    </message>
    <message>
        <source>The watch saw the PTR of {ptr_target} change on {ptr_changed_on}, {value} day(s) before this diagnosis.</source>
        <extracomment>rule rdns.problem: evidence (record_changes.ptr.days_before)</extracomment>
        <translation>La surveillance a vu le PTR de {ptr_target} changer le {ptr_changed_on}, {value} jour(s) avant ce diagnostic.</translation>
    </message>
    <message>
        <source>The watch saw the SPF record of {spf_target} change on {spf_changed_on}, {value} day(s) before this diagnosis.</source>
        <extracomment>rule auth.spf_fail: evidence (record_changes.spf.days_before)</extracomment>
        <translation>La surveillance a vu l&apos;enregistrement SPF de {spf_target} changer le {spf_changed_on}, {value} jour(s) avant ce diagnostic.</translation>
    </message>
    <message>
        <source>The SPF record of {domain} changed {spf_days} day(s) before this bounce</source>
        <extracomment>rule watch.spf_changed_before_bounce: title</extracomment>
        <translation>L&apos;enregistrement SPF de {domain} a changé {spf_days} jour(s) avant ce rebond</translation>
    </message>
    <message>
        <source>The receiver refused the mail on authentication grounds, and the watch saw the SPF record of {domain} change on {spf_changed_on}: from &quot;{spf_from}&quot; to &quot;{spf_to}&quot;. A mechanism removed or a typo in the new record is the usual reason mail that passed before fails now.</source>
        <extracomment>rule watch.spf_changed_before_bounce: summary</extracomment>
        <translation>Le destinataire a refusé le courrier pour un motif d&apos;authentification, et la surveillance a vu l&apos;enregistrement SPF de {domain} changer le {spf_changed_on} : de « {spf_from} » à « {spf_to} ». Un mécanisme supprimé ou une faute de frappe dans le nouvel enregistrement est la raison habituelle pour laquelle un courrier qui réussissait auparavant échoue maintenant.</translation>
    </message>
    <message>
        <source>As soon as the corrected record&apos;s TTL has passed (usually under an hour).</source>
        <extracomment>rule watch.spf_changed_before_bounce: recovery</extracomment>
        <translation>Dès que le TTL de l&apos;enregistrement corrigé est écoulé (généralement moins d&apos;une heure).</translation>
    </message>
    <message>
        <source>Compare the SPF record of {domain} before the change (&quot;{spf_from}&quot;) with the one published now (&quot;{spf_to}&quot;): check that every service that sends as {domain}, including the one that sent this message from {ip}, is still authorised.</source>
        <extracomment>rule watch.spf_changed_before_bounce: step (you)</extracomment>
        <translation>Comparez l&apos;enregistrement SPF de {domain} avant le changement (« {spf_from} ») avec celui publié maintenant (« {spf_to} ») : vérifiez que chaque service qui envoie au nom de {domain}, y compris celui qui a envoyé ce message depuis {ip}, est toujours autorisé.</translation>
    </message>
    <message>
        <source>Compare the SPF record of {domain} before and after the change the watch saw: check that every service that sends as {domain} is still authorised.</source>
        <extracomment>rule watch.spf_changed_before_bounce: step (you)</extracomment>
        <translation>Comparez l&apos;enregistrement SPF de {domain} avant et après le changement vu par la surveillance : vérifiez que chaque service qui envoie au nom de {domain} est toujours autorisé.</translation>
    </message>
    <message>
        <source>Fix the record (or restore the previous one), then resend; receivers use the new record as soon as its TTL has passed.</source>
        <extracomment>rule watch.spf_changed_before_bounce: step (you)</extracomment>
        <translation>Corrigez l&apos;enregistrement (ou restaurez le précédent), puis renvoyez le message ; les destinataires utilisent le nouvel enregistrement dès que son TTL est écoulé.</translation>
    </message>
    <message>
        <source>Do not add &quot;+all&quot; or &quot;?all&quot; to make the failures stop: anyone could then send as {domain}.</source>
        <extracomment>rule watch.spf_changed_before_bounce: what not to do</extracomment>
        <translation>N&apos;ajoutez pas « +all » ou « ?all » pour faire cesser les échecs : n&apos;importe qui pourrait alors envoyer au nom de {domain}.</translation>
    </message>
    <message>
        <source>The watch saw the DMARC record of {dmarc_target} change on {dmarc_changed_on}, {value} day(s) before this diagnosis.</source>
        <extracomment>rule auth.dmarc.named: evidence (record_changes.dmarc.days_before)</extracomment>
        <translation>La surveillance a vu l&apos;enregistrement DMARC de {dmarc_target} changer le {dmarc_changed_on}, {value} jour(s) avant ce diagnostic.</translation>
    </message>
    <message>
        <source>The watch saw the DKIM keys of {dkim_target} change on {dkim_changed_on}, {value} day(s) before this diagnosis.</source>
        <extracomment>rule auth.dmarc.named: evidence (record_changes.dkim.days_before)</extracomment>
        <translation>La surveillance a vu les clés DKIM de {dkim_target} changer le {dkim_changed_on}, {value} jour(s) avant ce diagnostic.</translation>
    </message>
</context>
<context>
    <name>rebound::data::smtp</name>
    <message>
        <source>Several independent servers do not all go silent at once; the filter is almost certainly near you.</source>
        <extracomment>text blocked_many_hosts</extracomment>
        <translation>Plusieurs serveurs indépendants ne se taisent pas tous en même temps ; le filtre est presque certainement près de chez vous.</translation>
    </message>
    <message>
        <source>With one host it may also be that host that is down or filtered.</source>
        <extracomment>text blocked_one_host</extracomment>
        <translation>Avec un seul hôte, c&apos;est peut-être aussi cet hôte qui est en panne ou filtré.</translation>
    </message>
    <message>
        <source>Connection refused by {where}</source>
        <extracomment>finding smtp.connect_refused: title</extracomment>
        <translation>Connexion refusée par {where}</translation>
    </message>
    <message>
        <source>The host answered the connection attempt with a reset: no mail server listens on this port, or a firewall on the host rejects the connection.</source>
        <extracomment>finding smtp.connect_refused: detail</extracomment>
        <translation>L&apos;hôte a répondu à la tentative de connexion par une réinitialisation : aucun serveur de messagerie n&apos;écoute sur ce port, ou un pare-feu sur l&apos;hôte rejette la connexion.</translation>
    </message>
    <message>
        <source>No answer from {where}</source>
        <extracomment>finding smtp.connect_timeout: title</extracomment>
        <translation>Pas de réponse de {where}</translation>
    </message>
    <message>
        <source>The connection attempt got no answer before the deadline. The host may be down, or a firewall drops the packets, either near the server or on your own network (many ISPs and cloud providers block outgoing port 25).</source>
        <extracomment>finding smtp.connect_timeout: detail</extracomment>
        <translation>La tentative de connexion n&apos;a pas obtenu de réponse avant l&apos;échéance. L&apos;hôte est peut-être en panne, ou un pare-feu abandonne les paquets, soit près du serveur, soit sur votre propre réseau (de nombreux FAI et fournisseurs cloud bloquent le port 25 sortant).</translation>
    </message>
    <message>
        <source>No IPv6 route to {where}</source>
        <extracomment>finding smtp.ipv6_unreachable_locally: title</extracomment>
        <translation>Pas de route IPv6 vers {where}</translation>
    </message>
    <message>
        <source>The connection failed at once with &quot;unreachable&quot;: usually this machine or its network has no working IPv6, so the IPv6 address was not checked. That says nothing about the server; senders with IPv6 will use this address.</source>
        <extracomment>finding smtp.ipv6_unreachable_locally: detail</extracomment>
        <translation>La connexion a échoué immédiatement avec « unreachable » : généralement cette machine ou son réseau n&apos;a pas d&apos;IPv6 fonctionnel, l&apos;adresse IPv6 n&apos;a donc pas été vérifiée. Cela ne dit rien du serveur ; les expéditeurs dotés d&apos;IPv6 utiliseront cette adresse.</translation>
    </message>
    <message>
        <source>Network error talking to {where}</source>
        <extracomment>finding smtp.network_error: title</extracomment>
        <translation>Erreur réseau en dialoguant avec {where}</translation>
    </message>
    <message>
        <source>{error}</source>
        <extracomment>finding smtp.network_error: detail</extracomment>
        <translation>{error}</translation>
    </message>
    <message>
        <source>Port {port} seems blocked on your own network</source>
        <extracomment>finding smtp.port_blocked_locally: title</extracomment>
        <translation>Le port {port} semble bloqué sur votre propre réseau</translation>
    </message>
    <message>
        <source>Every connection attempt to port {port} timed out ({addresses} address(es) of {hosts} host(s)) while DNS answered normally. {strength} Most home, office and cloud networks block outgoing port 25: run the probe from a server that may send mail, or ask your network administrator. Until then these timeouts say nothing about the servers.</source>
        <extracomment>finding smtp.port_blocked_locally: detail</extracomment>
        <translation>Chaque tentative de connexion au port {port} a expiré ({addresses} adresse(s) de {hosts} hôte(s)) alors que le DNS répondait normalement. {strength} La plupart des réseaux domestiques, de bureau et cloud bloquent le port 25 sortant : lancez la sonde depuis un serveur autorisé à envoyer du courrier, ou demandez à votre administrateur réseau. D&apos;ici là, ces expirations ne disent rien des serveurs.</translation>
    </message>
    <message>
        <source>{where} rejected the connection with {code}</source>
        <extracomment>finding smtp.rejected_at_connect: title</extracomment>
        <translation>{where} a rejeté la connexion avec {code}</translation>
    </message>
    <message>
        <source>The server refused this client before any command. A 554 at connect usually means the connecting IP is on a blocklist or in a blocked range; the reply text often names the list and a lookup page. Note that this is the probing machine&apos;s IP, which may not be the IP your mail is sent from.</source>
        <extracomment>finding smtp.rejected_at_connect: detail</extracomment>
        <translation>Le serveur a refusé ce client avant toute commande. Un 554 à la connexion signifie généralement que l&apos;IP qui se connecte est sur une liste de blocage ou dans une plage bloquée ; le texte de la réponse nomme souvent la liste et une page de consultation. Notez qu&apos;il s&apos;agit de l&apos;IP de la machine qui sonde, qui n&apos;est pas forcément l&apos;IP d&apos;où part votre courrier.</translation>
    </message>
    <message>
        <source>{where} deferred the client with {code}</source>
        <extracomment>finding smtp.greylisting: title</extracomment>
        <translation>{where} a différé le client avec {code}</translation>
    </message>
    <message>
        <source>The server asks new clients to come back later (greylisting or a rate limit). A real mail server retries and is accepted; a one-shot sender is not. Greylisting usually shows at RCPT, which this probe never reaches.</source>
        <extracomment>finding smtp.greylisting: detail</extracomment>
        <translation>Le serveur demande aux nouveaux clients de revenir plus tard (greylisting ou limitation de débit). Un vrai serveur de messagerie réessaie et est accepté ; un expéditeur ponctuel non. Le greylisting apparaît généralement au RCPT, que cette sonde n&apos;atteint jamais.</translation>
    </message>
    <message>
        <source>{where} deferred the connection with {code}</source>
        <extracomment>finding smtp.deferred_at_connect: title</extracomment>
        <translation>{where} a différé la connexion avec {code}</translation>
    </message>
    <message>
        <source>The server is busy, rate-limiting, or refusing this client for now (421 closes the connection). Senders retry; if it lasts, the text says why.</source>
        <extracomment>finding smtp.deferred_at_connect: detail</extracomment>
        <translation>Le serveur est occupé, limite le débit ou refuse ce client pour l&apos;instant (421 ferme la connexion). Les expéditeurs réessaient ; si cela dure, le texte dit pourquoi.</translation>
    </message>
    <message>
        <source>{where} took {ms} ms to greet</source>
        <extracomment>finding smtp.slow_banner: title</extracomment>
        <translation>{where} a mis {ms} ms à saluer</translation>
    </message>
    <message>
        <source>A slow greeting is often deliberate (a greeting delay or tarpit that catches clients that talk too early). It is a fact, not a fault: senders wait up to five minutes (RFC 5321 4.5.3.2.1).</source>
        <extracomment>finding smtp.slow_banner: detail</extracomment>
        <translation>Un accueil lent est souvent délibéré (un délai d&apos;accueil ou un tarpit qui piège les clients qui parlent trop tôt). C&apos;est un fait, pas un défaut : les expéditeurs attendent jusqu&apos;à cinq minutes (RFC 5321 4.5.3.2.1).</translation>
    </message>
    <message>
        <source>{where} does not speak ESMTP</source>
        <extracomment>finding smtp.no_esmtp: title</extracomment>
        <translation>{where} ne parle pas ESMTP</translation>
    </message>
    <message>
        <source>EHLO was refused, so the server offers no extensions: no STARTTLS, no SIZE, no 8BITMIME. Mail to it travels in plain text.</source>
        <extracomment>finding smtp.no_esmtp: detail</extracomment>
        <translation>EHLO a été refusé, le serveur n&apos;offre donc aucune extension : pas de STARTTLS, pas de SIZE, pas de 8BITMIME. Le courrier vers lui circule en clair.</translation>
    </message>
    <message>
        <source>{where} answered EHLO with {code}</source>
        <extracomment>finding smtp.ehlo_refused: title</extracomment>
        <translation>{where} a répondu à EHLO par {code}</translation>
    </message>
    <message>
        <source>The server refused the greeting of this client (the EHLO name or the client&apos;s IP).</source>
        <extracomment>finding smtp.ehlo_refused: detail</extracomment>
        <translation>Le serveur a refusé le salut de ce client (le nom EHLO ou l&apos;IP du client).</translation>
    </message>
    <message>
        <source>{where} stopped answering ({stage})</source>
        <extracomment>finding smtp.timeout: title</extracomment>
        <translation>{where} a cessé de répondre ({stage})</translation>
    </message>
    <message>
        <source>{where} closed the connection ({stage})</source>
        <extracomment>finding smtp.closed_by_server: title</extracomment>
        <translation>{where} a fermé la connexion ({stage})</translation>
    </message>
    <message>
        <source>{where} does not speak SMTP correctly</source>
        <extracomment>finding smtp.protocol_error: title</extracomment>
        <translation>{where} ne parle pas SMTP correctement</translation>
    </message>
    <message>
        <source>{error}. The probe stopped there.</source>
        <extracomment>finding smtp.protocol_error: detail</extracomment>
        <translation>{error}. La sonde s&apos;est arrêtée là.</translation>
    </message>
    <message>
        <source>{where} sent far too much</source>
        <extracomment>finding smtp.too_much_data: title</extracomment>
        <translation>{where} a envoyé beaucoup trop de données</translation>
    </message>
    <message>
        <source>The probe could not check TLS</source>
        <extracomment>finding smtp.setup_error: title</extracomment>
        <translation>La sonde n&apos;a pas pu vérifier TLS</translation>
    </message>
    <message>
        <source>{where} does not offer STARTTLS</source>
        <extracomment>finding smtp.no_starttls: title</extracomment>
        <translation>{where} n&apos;offre pas STARTTLS</translation>
    </message>
    <message>
        <source>Mail to this server travels unencrypted. Gmail marks such mail with a red padlock, and domains with an MTA-STS or DANE policy cannot be served at all.</source>
        <extracomment>finding smtp.no_starttls: detail</extracomment>
        <translation>Le courrier vers ce serveur circule sans chiffrement. Gmail marque ce courrier d&apos;un cadenas rouge, et les domaines dotés d&apos;une politique MTA-STS ou DANE ne peuvent pas être servis du tout.</translation>
    </message>
    <message>
        <source>{where} sent data right after its STARTTLS 220</source>
        <extracomment>finding smtp.starttls_injection: title</extracomment>
        <translation>{where} a envoyé des données juste après son 220 STARTTLS</translation>
    </message>
    <message>
        <source>Bytes arrived after &quot;220 ready to start TLS&quot; and before the TLS handshake. RFC 3207 section 4 says a client must discard them: a server (or a device in the path) that sends them shows the command-injection weakness of CVE-2011-0411 and its kin, or a broken proxy.</source>
        <extracomment>finding smtp.starttls_injection: detail</extracomment>
        <translation>Des octets sont arrivés après « 220 ready to start TLS » et avant la négociation TLS. La RFC 3207, section 4, dit qu&apos;un client doit les ignorer : un serveur (ou un équipement sur le chemin) qui les envoie présente la faiblesse d&apos;injection de commandes de CVE-2011-0411 et apparentées, ou un proxy défectueux.</translation>
    </message>
    <message>
        <source>{where} offers STARTTLS but refuses it</source>
        <extracomment>finding smtp.starttls_refused: title</extracomment>
        <translation>{where} propose STARTTLS mais le refuse</translation>
    </message>
    <message>
        <source>STARTTLS is advertised, yet the command is answered with an error (often a missing or unreadable certificate on the server). Senders fall back to plain text or defer.</source>
        <extracomment>finding smtp.starttls_refused: detail</extracomment>
        <translation>STARTTLS est annoncé, mais la commande reçoit une erreur (souvent un certificat manquant ou illisible sur le serveur). Les expéditeurs se rabattent sur le texte en clair ou diffèrent.</translation>
    </message>
    <message>
        <source>{where} offers STARTTLS but the TLS handshake fails</source>
        <extracomment>finding smtp.starttls_handshake_failed: title</extracomment>
        <translation>{where} propose STARTTLS mais la négociation TLS échoue</translation>
    </message>
    <message>
        <source>{where}: the TLS handshake fails (implicit TLS)</source>
        <extracomment>finding smtp.starttls_handshake_failed: title_implicit</extracomment>
        <translation>{where} : la négociation TLS échoue (TLS implicite)</translation>
    </message>
    <message>
        <source>{summary} TLS to {where}: {protocol}, {cipher}</source>
        <extracomment>finding smtp.tls.summary: title</extracomment>
        <translation>{summary} TLS vers {where} : {protocol}, {cipher}</translation>
    </message>
    <message>
        <source>Postfix&apos;s words: Anonymous (no certificate), Untrusted (the chain does not verify), Trusted (it does, but not for this name), Verified (chain and name, or DANE).</source>
        <extracomment>finding smtp.tls.summary: detail</extracomment>
        <translation>Dans les termes de Postfix : Anonymous (pas de certificat), Untrusted (la chaîne ne se vérifie pas), Trusted (elle se vérifie, mais pas pour ce nom), Verified (chaîne et nom, ou DANE).</translation>
    </message>
    <message>
        <source>{where} presents a certificate that does not verify</source>
        <extracomment>finding smtp.tls.untrusted: title</extracomment>
        <translation>{where} présente un certificat qui ne se vérifie pas</translation>
    </message>
    <message>
        <source>Most senders use opportunistic TLS and deliver anyway, but senders that require verified TLS (MTA-STS enforce, explicit policies) will not.</source>
        <extracomment>finding smtp.tls.untrusted: detail</extracomment>
        <translation>La plupart des expéditeurs utilisent TLS opportuniste et remettent quand même, mais ceux qui exigent un TLS vérifié (MTA-STS enforce, politiques explicites) ne le feront pas.</translation>
    </message>
    <message>
        <source>{where} presents a certificate for another name</source>
        <extracomment>finding smtp.tls.name_mismatch: title</extracomment>
        <translation>{where} présente un certificat pour un autre nom</translation>
    </message>
    <message>
        <source>The certificate is not valid for the MX host name (nor the domain). Senders that verify names (MTA-STS) will not deliver.</source>
        <extracomment>finding smtp.tls.name_mismatch: detail</extracomment>
        <translation>Le certificat n&apos;est pas valide pour le nom d&apos;hôte MX (ni pour le domaine). Les expéditeurs qui vérifient les noms (MTA-STS) ne remettront pas.</translation>
    </message>
    <message>
        <source>{where}: the certificate expired {days} days ago</source>
        <extracomment>finding smtp.tls.expired: title</extracomment>
        <translation>{where} : le certificat a expiré il y a {days} jours</translation>
    </message>
    <message>
        <source>Renew the certificate; senders that verify will refuse it.</source>
        <extracomment>finding smtp.tls.expired: detail</extracomment>
        <translation>Renouvelez le certificat ; les expéditeurs qui vérifient le refuseront.</translation>
    </message>
    <message>
        <source>{where}: the certificate expires in {days} days</source>
        <extracomment>finding smtp.tls.expiring: title</extracomment>
        <translation>{where} : le certificat expire dans {days} jours</translation>
    </message>
    <message>
        <source>Check that renewal is automated.</source>
        <extracomment>finding smtp.tls.expiring: detail</extracomment>
        <translation>Vérifiez que le renouvellement est automatisé.</translation>
    </message>
    <message>
        <source>{where}: {bits}-bit {type} key</source>
        <extracomment>finding smtp.tls.weak_key: title</extracomment>
        <translation>{where} : clé {type} de {bits} bits</translation>
    </message>
    <message>
        <source>Keys under 2048 bits are refused by current OpenSSL defaults (security level 2); such senders fail the handshake or fall back to plain text.</source>
        <extracomment>finding smtp.tls.weak_key: detail</extracomment>
        <translation>Les clés de moins de 2048 bits sont refusées par les réglages par défaut actuels d&apos;OpenSSL (niveau de sécurité 2) ; ces expéditeurs échouent à la négociation ou se rabattent sur le texte en clair.</translation>
    </message>
    <message>
        <source>{where} negotiates {protocol} at best</source>
        <extracomment>finding smtp.tls.old_protocol: title</extracomment>
        <translation>{where} négocie au mieux {protocol}</translation>
    </message>
    <message>
        <source>TLS 1.0 and 1.1 are disabled by default in current senders (RFC 8996).</source>
        <extracomment>finding smtp.tls.old_protocol: detail</extracomment>
        <translation>TLS 1.0 et 1.1 sont désactivés par défaut chez les expéditeurs actuels (RFC 8996).</translation>
    </message>
    <message>
        <source>{where} staples an OCSP response that says its certificate is {status}</source>
        <extracomment>finding smtp.tls.ocsp_not_good: title</extracomment>
        <translation>{where} agrafe une réponse OCSP indiquant que son certificat est {status}</translation>
    </message>
    <message>
        <source>The server sends (staples) its CA&apos;s OCSP answer during the handshake, and that answer does not say &apos;good&apos;. Senders that check it refuse the certificate; the CA has to issue a new certificate and the server has to be given it. The staple&apos;s signature is not checked here.</source>
        <extracomment>finding smtp.tls.ocsp_not_good: detail</extracomment>
        <translation>Le serveur envoie (agrafe) la réponse OCSP de son AC pendant la négociation, et cette réponse ne dit pas « good ». Les expéditeurs qui la vérifient refusent le certificat ; l&apos;AC doit émettre un nouveau certificat et le serveur doit le recevoir. La signature de la réponse agrafée n&apos;est pas vérifiée ici.</translation>
    </message>
    <message>
        <source>{address} has no reverse DNS</source>
        <extracomment>finding smtp.no_ptr: title</extracomment>
        <translation>{address} n&apos;a pas de DNS inverse</translation>
    </message>
    <message>
        <source>A mail server&apos;s IP should have a PTR record naming the server, and that name should resolve back to the IP. Many receivers refuse mail from IPs without one.</source>
        <extracomment>finding smtp.no_ptr: detail</extracomment>
        <translation>L&apos;IP d&apos;un serveur de messagerie devrait avoir un enregistrement PTR nommant le serveur, et ce nom devrait renvoyer vers l&apos;IP. De nombreux destinataires refusent le courrier des IP qui n&apos;en ont pas.</translation>
    </message>
    <message>
        <source>The banner name {banner} differs from the reverse DNS of {address}</source>
        <extracomment>finding smtp.banner_ptr_mismatch: title</extracomment>
        <translation>Le nom de bannière {banner} diffère du DNS inverse de {address}</translation>
    </message>
    <message>
        <source>The server greets with a name other than its PTR. Receivers seldom check this, but the name the server uses for EHLO when it sends mail should match the PTR of its sending IP.</source>
        <extracomment>finding smtp.banner_ptr_mismatch: detail</extracomment>
        <translation>Le serveur salue avec un nom différent de son PTR. Les destinataires le vérifient rarement, mais le nom que le serveur utilise pour EHLO quand il envoie du courrier devrait correspondre au PTR de son IP d&apos;envoi.</translation>
    </message>
    <message>
        <source>No DNS resolver</source>
        <extracomment>finding smtp.no_resolver: title</extracomment>
        <translation>Pas de résolveur DNS</translation>
    </message>
    <message>
        <source>The host name cannot be resolved without a resolver.</source>
        <extracomment>finding smtp.no_resolver: detail</extracomment>
        <translation>Le nom d&apos;hôte ne peut pas être résolu sans résolveur.</translation>
    </message>
    <message>
        <source>{host} has no IPv4 or IPv6 address</source>
        <extracomment>finding smtp.host_has_no_address: title</extracomment>
        <translation>{host} n&apos;a pas d&apos;adresse IPv4 ni IPv6</translation>
    </message>
    <message>
        <source>Mail cannot be delivered to a host without an address.</source>
        <extracomment>finding smtp.host_has_no_address: detail</extracomment>
        <translation>Le courrier ne peut pas être remis à un hôte sans adresse.</translation>
    </message>
    <message>
        <source>{host} could not be resolved</source>
        <extracomment>finding smtp.host_unresolved: title</extracomment>
        <translation>{host} n&apos;a pas pu être résolu</translation>
    </message>
    <message>
        <source>DNS gave no definite answer, so the host could not be checked. This is not a result about the host.</source>
        <extracomment>finding smtp.host_unresolved: detail</extracomment>
        <translation>Le DNS n&apos;a pas donné de réponse définitive, l&apos;hôte n&apos;a donc pas pu être vérifié. Ce n&apos;est pas un résultat concernant l&apos;hôte.</translation>
    </message>
    <message>
        <source>{domain} accepts no mail (null MX)</source>
        <extracomment>finding smtp.null_mx: title</extracomment>
        <translation>{domain} n&apos;accepte aucun courrier (MX nul)</translation>
    </message>
    <message>
        <source>The domain publishes &quot;MX 0 .&quot; (RFC 7505): it says it receives no mail, so there is nothing to probe.</source>
        <extracomment>finding smtp.null_mx: detail</extracomment>
        <translation>Le domaine publie « MX 0 . » (RFC 7505) : il indique ne recevoir aucun courrier, il n&apos;y a donc rien à sonder.</translation>
    </message>
    <message>
        <source>{domain} has no MX record</source>
        <extracomment>finding smtp.implicit_mx: title</extracomment>
        <translation>{domain} n&apos;a pas d&apos;enregistrement MX</translation>
    </message>
    <message>
        <source>Senders fall back to the domain&apos;s own address (RFC 5321 5.1). It works, but an explicit MX record is expected and some senders do not fall back.</source>
        <extracomment>finding smtp.implicit_mx: detail</extracomment>
        <translation>Les expéditeurs se rabattent sur l&apos;adresse propre du domaine (RFC 5321 5.1). Cela fonctionne, mais un enregistrement MX explicite est attendu et certains expéditeurs ne se rabattent pas.</translation>
    </message>
    <message>
        <source>{domain} does not exist</source>
        <extracomment>finding smtp.domain_missing: title</extracomment>
        <translation>{domain} n&apos;existe pas</translation>
    </message>
    <message>
        <source>No mail can be delivered to a domain that does not exist.</source>
        <extracomment>finding smtp.domain_missing: detail</extracomment>
        <translation>Aucun courrier ne peut être remis à un domaine qui n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The MX records of {domain} could not be read</source>
        <extracomment>finding smtp.mx_unresolved: title</extracomment>
        <translation>Les enregistrements MX de {domain} n&apos;ont pas pu être lus</translation>
    </message>
    <message>
        <source>DNS gave no definite answer ({outcome}); nothing was probed. This is not a result about the mail servers.</source>
        <extracomment>finding smtp.mx_unresolved: detail</extracomment>
        <translation>Le DNS n&apos;a pas donné de réponse définitive ({outcome}) ; rien n&apos;a été sondé. Ce n&apos;est pas un résultat concernant les serveurs de messagerie.</translation>
    </message>
    <message>
        <source>The TLS handshake after STARTTLS failed. This is not a missing STARTTLS: the server means to offer TLS and it is broken. Many senders then retry without TLS, some defer the mail.</source>
        <extracomment>finding smtp.starttls_handshake_failed: detail</extracomment>
        <translation>La négociation TLS après STARTTLS a échoué. Ce n&apos;est pas un STARTTLS manquant : le serveur veut proposer TLS et celui-ci est cassé. Beaucoup d&apos;expéditeurs réessaient alors sans TLS, certains diffèrent le courrier.</translation>
    </message>
    <message>
        <source>The TLS handshake after STARTTLS did not finish in time. This is not a missing STARTTLS: the server means to offer TLS and it is broken. Many senders then retry without TLS, some defer the mail.</source>
        <extracomment>finding smtp.starttls_handshake_failed: detail_timeout</extracomment>
        <translation>La négociation TLS après STARTTLS ne s&apos;est pas terminée à temps. Ce n&apos;est pas un STARTTLS manquant : le serveur veut proposer TLS et celui-ci est cassé. Beaucoup d&apos;expéditeurs réessaient alors sans TLS, certains diffèrent le courrier.</translation>
    </message>
    <message>
        <source>The TLS handshake on this implicit-TLS port failed. Here TLS starts with the first byte, so there is no plain-text fallback: no client can submit mail through this port until it is fixed.</source>
        <extracomment>finding smtp.starttls_handshake_failed: detail_implicit</extracomment>
        <translation>La négociation TLS sur ce port à TLS implicite a échoué. Ici, TLS commence dès le premier octet : il n’y a pas de repli en clair, et aucun client ne peut soumettre de courrier par ce port tant que ce n’est pas corrigé.</translation>
    </message>
    <message>
        <source>The TLS handshake on this implicit-TLS port did not finish in time. Here TLS starts with the first byte, so there is no plain-text fallback: no client can submit mail through this port until it is fixed.</source>
        <extracomment>finding smtp.starttls_handshake_failed: detail_implicit_timeout</extracomment>
        <translation>La négociation TLS sur ce port à TLS implicite ne s’est pas terminée à temps. Ici, TLS commence dès le premier octet : il n’y a pas de repli en clair, et aucun client ne peut soumettre de courrier par ce port tant que ce n’est pas corrigé.</translation>
    </message>
    <message>
        <source>{where} matches its DNSSEC-validated TLSA records</source>
        <extracomment>finding smtp.tls.dane_match: title</extracomment>
        <translation>{where} correspond à ses enregistrements TLSA validés par DNSSEC</translation>
    </message>
    <message>
        <source>Senders that do DANE (RFC 7672) authenticate this server by its TLSA records.</source>
        <extracomment>finding smtp.tls.dane_match: detail</extracomment>
        <translation>Les expéditeurs qui pratiquent DANE (RFC 7672) authentifient ce serveur par ses enregistrements TLSA.</translation>
    </message>
    <message>
        <source>{where} does not match its DNSSEC-validated TLSA records</source>
        <extracomment>finding smtp.tls.dane_mismatch: title</extracomment>
        <translation>{where} ne correspond pas à ses enregistrements TLSA validés par DNSSEC</translation>
    </message>
    <message>
        <source>Senders that do DANE (Postfix, Exim, Microsoft, many providers) will not deliver to this host: update the TLSA records before or together with the certificate (publish the new record, wait for the TTL, then change the certificate).</source>
        <extracomment>finding smtp.tls.dane_mismatch: detail</extracomment>
        <translation>Les expéditeurs qui pratiquent DANE (Postfix, Exim, Microsoft, de nombreux fournisseurs) ne remettront pas le courrier à cet hôte : mettez à jour les enregistrements TLSA avant ou en même temps que le certificat (publiez le nouvel enregistrement, attendez le TTL, puis changez le certificat).</translation>
    </message>
    <message>
        <source>The TLSA records of {host} are not DNSSEC-validated</source>
        <extracomment>finding smtp.tls.dane_not_validated: title</extracomment>
        <translation>Les enregistrements TLSA de {host} ne sont pas validés par DNSSEC</translation>
    </message>
    <message>
        <source>{name} answered, but not with a DNSSEC-validated answer (the zone is not signed, its chain of trust is broken, or the trust anchor does not cover it). RFC 7672 senders ignore such records, so DANE does not protect this host, and they were not checked against its certificate.</source>
        <extracomment>finding smtp.tls.dane_not_validated: detail</extracomment>
        <translation>{name} a répondu, mais pas avec une réponse validée par DNSSEC (la zone n&apos;est pas signée, sa chaîne de confiance est rompue, ou l&apos;ancre de confiance ne la couvre pas). Les expéditeurs RFC 7672 ignorent de tels enregistrements : DANE ne protège donc pas cet hôte, et ils n&apos;ont pas été comparés à son certificat.</translation>
    </message>
    <message>
        <source>The DNSSEC validation of {name} fails (bogus)</source>
        <extracomment>finding smtp.tls.dane_bogus: title</extracomment>
        <translation>La validation DNSSEC de {name} échoue (bogus)</translation>
    </message>
    <message>
        <source>A validating resolver rejects the TLSA answer of {host}: its signatures do not verify or the chain of trust is broken. DANE senders treat this as a failure and defer mail to the host rather than send it without TLSA; fix the zone&apos;s signatures or its DS record at the parent.</source>
        <extracomment>finding smtp.tls.dane_bogus: detail</extracomment>
        <translation>Un résolveur validant rejette la réponse TLSA de {host} : ses signatures ne se vérifient pas ou la chaîne de confiance est rompue. Les expéditeurs DANE traitent cela comme un échec et diffèrent le courrier destiné à cet hôte plutôt que de l&apos;envoyer sans TLSA ; corrigez les signatures de la zone ou son enregistrement DS dans la zone parente.</translation>
    </message>
    <message>
        <source>{host} accepted {address} at RCPT</source>
        <extracomment>finding smtp.mailbox.accepted: title</extracomment>
        <translation>{host} a accepté {address} au RCPT</translation>
    </message>
    <message>
        <source>The server accepted the address and refused a made-up address at the same domain, so it checks its recipients: the mailbox most likely exists now. It can still be full, disabled or filtered at the end of the message; this is what the server said, not a promise of delivery.</source>
        <extracomment>finding smtp.mailbox.accepted: detail</extracomment>
        <translation>Le serveur a accepté l&apos;adresse et refusé une adresse inventée du même domaine : il vérifie donc ses destinataires, et la boîte aux lettres existe très probablement à présent. Elle peut encore être pleine, désactivée ou filtrée à la fin du message ; c&apos;est ce que le serveur a dit, pas une promesse de remise.</translation>
    </message>
    <message>
        <source>{host} refused {address}: {reply}</source>
        <extracomment>finding smtp.mailbox.rejected: title</extracomment>
        <translation>{host} a refusé {address} : {reply}</translation>
    </message>
    <message>
        <source>The receiving server refused the address before any message was sent. If the reply says the user is unknown, the mailbox does not exist (any more): remove it from your lists. Other permanent refusals (policy, blocklist) are about the sender, not the address.</source>
        <extracomment>finding smtp.mailbox.rejected: detail</extracomment>
        <translation>Le serveur destinataire a refusé l&apos;adresse avant l&apos;envoi de tout message. Si la réponse indique que l&apos;utilisateur est inconnu, la boîte aux lettres n&apos;existe pas (ou plus) : retirez-la de vos listes. Les autres refus permanents (politique, liste de blocage) concernent l&apos;expéditeur, pas l&apos;adresse.</translation>
    </message>
    <message>
        <source>{host} deferred {address}: {reply}</source>
        <extracomment>finding smtp.mailbox.greylisted: title</extracomment>
        <translation>{host} a différé {address} : {reply}</translation>
    </message>
    <message>
        <source>The server answered with a temporary (4xx) reply: greylisting, a rate limit or a passing problem. Nothing is known about the mailbox; a real message would be retried and usually delivered.</source>
        <extracomment>finding smtp.mailbox.greylisted: detail</extracomment>
        <translation>Le serveur a donné une réponse temporaire (4xx) : greylisting, limitation de débit ou problème passager. On ne sait rien de la boîte aux lettres ; un vrai message serait retenté et généralement remis.</translation>
    </message>
    <message>
        <source>{domain} accepts any address: {address} cannot be verified by probing</source>
        <extracomment>finding smtp.mailbox.catch_all: title</extracomment>
        <translation>{domain} accepte n&apos;importe quelle adresse : {address} ne peut pas être vérifiée par sondage</translation>
    </message>
    <message>
        <source>The server accepted a made-up address at the same domain too (catch-all). Whether this mailbox exists cannot be told by probing; only a delivered message or an answer from its owner can.</source>
        <extracomment>finding smtp.mailbox.catch_all: detail</extracomment>
        <translation>Le serveur a aussi accepté une adresse inventée du même domaine (catch-all). Le sondage ne permet pas de savoir si cette boîte aux lettres existe ; seuls un message remis ou une réponse de son propriétaire le permettent.</translation>
    </message>
    <message>
        <source>{address} cannot be verified by probing ({provider})</source>
        <extracomment>finding smtp.mailbox.unverifiable: title</extracomment>
        <translation>{address} ne peut pas être vérifiée par sondage ({provider})</translation>
    </message>
    <message>
        <source>This provider answers every address with 250 at RCPT and decides later, so a probe says nothing about whether the mailbox exists.</source>
        <extracomment>finding smtp.mailbox.unverifiable: detail</extracomment>
        <translation>Ce fournisseur répond 250 au RCPT pour toute adresse et décide plus tard : une sonde ne dit donc rien de l&apos;existence de la boîte aux lettres.</translation>
    </message>
    <message>
        <source>{host} refused the sender {sender}: {reply}</source>
        <extracomment>finding smtp.mailbox.sender_refused: title</extracomment>
        <translation>{host} a refusé l&apos;expéditeur {sender} : {reply}</translation>
    </message>
    <message>
        <source>The server refused MAIL FROM, so the recipient was never asked. The refusal is about your address or this machine&apos;s IP (often a blocklist, or a policy against dynamic addresses), not about the mailbox.</source>
        <extracomment>finding smtp.mailbox.sender_refused: detail</extracomment>
        <translation>Le serveur a refusé MAIL FROM : il n&apos;a donc jamais été interrogé sur le destinataire. Le refus concerne votre adresse ou l&apos;IP de cette machine (souvent une liste de blocage, ou une politique contre les adresses dynamiques), pas la boîte aux lettres.</translation>
    </message>
    <message>
        <source>{domain} receives no mail</source>
        <extracomment>finding smtp.mailbox.no_mail_server: title</extracomment>
        <translation>{domain} ne reçoit pas de courrier</translation>
    </message>
    <message>
        <source>The domain has no mail server (no MX and no address, a null MX, or the domain does not exist): no address at it can receive mail.</source>
        <extracomment>finding smtp.mailbox.no_mail_server: detail</extracomment>
        <translation>Le domaine n&apos;a aucun serveur de messagerie (ni MX ni adresse, un MX nul, ou le domaine n&apos;existe pas) : aucune adresse de ce domaine ne peut recevoir de courrier.</translation>
    </message>
    <message>
        <source>{address} could not be probed: {reason}</source>
        <extracomment>finding smtp.mailbox.failed: title</extracomment>
        <translation>{address} n&apos;a pas pu être sondée : {reason}</translation>
    </message>
    <message>
        <source>No SMTP conversation took place far enough to ask about the recipient, so nothing is known about the mailbox. Outgoing port 25 is often blocked on home and cloud networks.</source>
        <extracomment>finding smtp.mailbox.failed: detail</extracomment>
        <translation>Aucune conversation SMTP n&apos;est allée assez loin pour interroger le serveur sur le destinataire : on ne sait donc rien de la boîte aux lettres. Le port 25 sortant est souvent bloqué sur les réseaux domestiques et cloud.</translation>
    </message>
    <message>
        <source>{domain} was probed recently: not probed again for {seconds} s</source>
        <extracomment>finding smtp.mailbox.rate_limited: title</extracomment>
        <translation>{domain} a été sondé récemment : pas de nouveau sondage pendant {seconds} s</translation>
    </message>
    <message>
        <source>Rebound probes each domain at most once per interval, because repeated probes can get your address or IP listed as a directory-harvesting sender.</source>
        <extracomment>finding smtp.mailbox.rate_limited: detail</extracomment>
        <translation>Rebound sonde chaque domaine au plus une fois par intervalle, car des sondes répétées peuvent faire lister votre adresse ou votre IP comme expéditeur pratiquant la récolte d&apos;annuaire.</translation>
    </message>
</context>
<context>
    <name>rebound::diagnosis::BlocklistCheckTask</name>
    <message>
        <source>Cancelled; lists that had answered are kept.</source>
        <translation>Annulé ; les listes qui avaient répondu sont conservées.</translation>
    </message>
    <message>
        <source>No blocklist gave a definite answer (timeouts, errors or refusals): check the resolver in Settings.</source>
        <translation>Aucune liste de blocage n&apos;a donné de réponse définitive (délais, erreurs ou refus) : vérifiez le résolveur dans les Paramètres.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IP address</source>
        <translation>« %1 » n&apos;est pas une adresse IP</translation>
    </message>
</context>
<context>
    <name>rebound::diagnosis::BlocklistRangeTask</name>
    <message numerus="yes">
        <source>%n more finding(s) in this range</source>
        <translation>
            <numerusform>%n autre constat dans cette plage</numerusform>
            <numerusform>%n autres constats dans cette plage</numerusform>
        </translation>
    </message>
    <message>
        <source>The table lists every address.</source>
        <translation>Le tableau liste chaque adresse.</translation>
    </message>
    <message>
        <source>Cancelled; the addresses checked so far are kept.</source>
        <translation>Annulé ; les adresses vérifiées jusqu&apos;ici sont conservées.</translation>
    </message>
    <message>
        <source>No blocklist gave a definite answer for any address: check the resolver in Settings.</source>
        <translation>Aucune liste de blocage n&apos;a donné de réponse définitive pour aucune adresse : vérifiez le résolveur dans les Paramètres.</translation>
    </message>
</context>
<context>
    <name>rebound::diagnosis::CheckPlan</name>
    <message>
        <source>Blocklists and reverse DNS for %1</source>
        <translation>Listes de blocage et DNS inverse pour %1</translation>
    </message>
    <message>
        <source>SPF, DKIM, DMARC and MX for %1</source>
        <translation>SPF, DKIM, DMARC et MX pour %1</translation>
    </message>
    <message>
        <source>SMTP banner and STARTTLS of %1&apos;s mail servers</source>
        <translation>Bannière SMTP et STARTTLS des serveurs de messagerie de %1</translation>
    </message>
    <message>
        <source>Route, DKIM, ARC and DMARC of the returned message</source>
        <translation>Parcours, DKIM, ARC et DMARC du message renvoyé</translation>
    </message>
    <message>
        <source>Route, DKIM, ARC and DMARC of the message</source>
        <translation>Parcours, DKIM, ARC et DMARC du message</translation>
    </message>
    <message>
        <source>Blocklists and reverse DNS for each address of %1</source>
        <translation>Listes de blocage et DNS inverse pour chaque adresse de %1</translation>
    </message>
    <message>
        <source>Blocklists and reverse DNS for each address</source>
        <translation>Listes de blocage et DNS inverse pour chaque adresse</translation>
    </message>
    <message>
        <source>MTA-STS policy of %1</source>
        <translation>Politique MTA-STS de %1</translation>
    </message>
    <message>
        <source>Mailbox probe of %1 (RCPT TO, no message sent)</source>
        <translation>Sonde de boîte aux lettres de %1 (RCPT TO, aucun message envoyé)</translation>
    </message>
    <message>
        <source>Microsoft SNDS data for %1</source>
        <translation>Données Microsoft SNDS pour %1</translation>
    </message>
    <message>
        <source>DMARC report: who sends as the domain, and each source&apos;s SPF and reverse DNS</source>
        <translation>Rapport DMARC : qui envoie au nom du domaine, ainsi que le SPF et le DNS inverse de chaque source</translation>
    </message>
    <message>
        <source>TLS report: failed sessions by result type</source>
        <translation>Rapport TLS : sessions en échec par type de résultat</translation>
    </message>
    <message>
        <source>Google Postmaster Tools data for %1</source>
        <translation>Données Google Postmaster Tools pour %1</translation>
    </message>
    <message>
        <source>Watch history of %1</source>
        <translation>Historique de surveillance de %1</translation>
    </message>
</context>
<context>
    <name>rebound::diagnosis::CheckTask</name>
    <message>
        <source>%1 is not a public address</source>
        <translation>%1 n&apos;est pas une adresse publique</translation>
    </message>
    <message>
        <source>Listed on %1</source>
        <translation>Listée sur %1</translation>
    </message>
    <message>
        <source>%1 refused the query: not a listing, not checked</source>
        <translation>%1 a refusé la requête : pas un listage, non vérifié</translation>
    </message>
    <message>
        <source>%1 could not be checked</source>
        <translation>%1 n&apos;a pas pu être vérifiée</translation>
    </message>
    <message>
        <source>%1 has no reverse DNS (PTR)</source>
        <translation>%1 n&apos;a pas de DNS inverse (PTR)</translation>
    </message>
    <message>
        <source>The reverse DNS name of %1 does not resolve back to it</source>
        <translation>Le nom DNS inverse de %1 ne renvoie pas vers cette adresse</translation>
    </message>
    <message>
        <source>Reverse DNS of %1 could not be checked</source>
        <translation>Le DNS inverse de %1 n&apos;a pas pu être vérifié</translation>
    </message>
    <message>
        <source>The reverse DNS name %1 looks generic (an end-user address)</source>
        <translation>Le nom DNS inverse %1 semble générique (adresse d&apos;abonné)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a CIDR range</source>
        <translation>« %1 » n&apos;est pas une plage CIDR</translation>
    </message>
    <message>
        <source>The range has more than %1 addresses; check a /22 or smaller.</source>
        <translation>La plage compte plus de %1 adresses ; vérifiez un /22 ou plus petit.</translation>
    </message>
    <message>
        <source>Only the first %1 addresses are checked.</source>
        <translation>Seules les %1 premières adresses sont vérifiées.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IP address</source>
        <translation>« %1 » n&apos;est pas une adresse IP</translation>
    </message>
</context>
<context>
    <name>rebound::diagnosis::DiagnosisEngine</name>
    <message>
        <source>The bounce gives the reason: %1</source>
        <translation>Le rebond donne la raison : %1</translation>
    </message>
    <message>
        <source>The server&apos;s words in the bounce: %1</source>
        <translation>Termes du serveur dans le rebond : %1</translation>
    </message>
    <message>
        <source>The bounce&apos;s enhanced status code: %1</source>
        <translation>Code de statut étendu du rebond : %1</translation>
    </message>
    <message>
        <source>The provider&apos;s code in the bounce: %1</source>
        <translation>Code du fournisseur dans le rebond : %1</translation>
    </message>
    <message>
        <source>The bounce names the blocklist %1</source>
        <translation>Le rebond cite la liste de blocage %1</translation>
    </message>
    <message>
        <source>The bounce says %1: %2</source>
        <translation>Le rebond indique %1 : %2</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2) : %3</translation>
    </message>
    <message>
        <source>No DNS server answered any query (resolver: %1)</source>
        <translation>Aucun serveur DNS n&apos;a répondu à la moindre requête (résolveur : %1)</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1 : %2 %3</translation>
    </message>
    <message>
        <source>The bounce names %1, and %2 (%3) now answers: %4</source>
        <translation>Le rebond cite %1, et %2 (%3) répond maintenant : %4</translation>
    </message>
    <message>
        <source>Could not confirm with a live check: %1. This rests on the bounce text alone.</source>
        <translation>Non confirmé par une vérification en direct : %1. Cela repose uniquement sur le texte du rebond.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>Listed on %1 (%2)</source>
        <translation>Listée sur %1 (%2)</translation>
    </message>
</context>
<context>
    <name>rebound::diagnosis::DiagnosisRun</name>
    <message>
        <source>Cancelled before it started.</source>
        <translation>Annulé avant d&apos;avoir commencé.</translation>
    </message>
    <message>
        <source>This check is not available in this build.</source>
        <translation>Cette vérification n&apos;est pas disponible dans cette version.</translation>
    </message>
</context>
<context>
    <name>rebound::diagnosis::DomainCheckTask</name>
    <message>
        <source>Cancelled before the domain checks finished.</source>
        <translation>Annulé avant la fin des vérifications du domaine.</translation>
    </message>
</context>
<context>
    <name>rebound::diagnosis::InputDetector</name>
    <message>
        <source>Nothing to check yet</source>
        <translation>Rien à vérifier pour l&apos;instant</translation>
    </message>
    <message>
        <source>An IPv4 address</source>
        <translation>Une adresse IPv4</translation>
    </message>
    <message>
        <source>An IPv6 address</source>
        <translation>Une adresse IPv6</translation>
    </message>
    <message>
        <source>An address range (CIDR)</source>
        <translation>Une plage d&apos;adresses (CIDR)</translation>
    </message>
    <message>
        <source>An email address</source>
        <translation>Une adresse e-mail</translation>
    </message>
    <message>
        <source>A domain name</source>
        <translation>Un nom de domaine</translation>
    </message>
    <message>
        <source>An internationalised domain name</source>
        <translation>Un nom de domaine internationalisé</translation>
    </message>
    <message numerus="yes">
        <source>A list of %n IP address(es)</source>
        <translation>
            <numerusform>Une liste de %n adresse IP</numerusform>
            <numerusform>Une liste de %n adresses IP</numerusform>
        </translation>
    </message>
    <message>
        <source>A delivered message or its header block</source>
        <translation>Un message distribué ou son bloc d&apos;en-têtes</translation>
    </message>
    <message>
        <source>Bounce or SMTP reply text</source>
        <translation>Texte de rebond ou de réponse SMTP</translation>
    </message>
    <message>
        <source>A DMARC aggregate report</source>
        <translation>Un rapport agrégé DMARC</translation>
    </message>
    <message>
        <source>An SMTP TLS report (TLS-RPT)</source>
        <translation>Un rapport SMTP TLS (TLS-RPT)</translation>
    </message>
</context>
<context>
    <name>rebound::diagnosis::MailboxCheckTask</name>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>No SMTP conversation reached the recipient: nothing is known about the mailbox.</source>
        <translation>Aucune conversation SMTP n&apos;a atteint le destinataire : on ne sait rien de la boîte aux lettres.</translation>
    </message>
    <message numerus="yes">
        <source>Not probed: this domain was probed less than %n minute(s) ago.</source>
        <translation>
            <numerusform>Non sondé : ce domaine a été sondé il y a moins de %n minute.</numerusform>
            <numerusform>Non sondé : ce domaine a été sondé il y a moins de %n minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rebound::diagnosis::MessageCheckTask</name>
    <message>
        <source>Cancelled before the message analysis finished.</source>
        <translation>Annulé avant la fin de l&apos;analyse du message.</translation>
    </message>
</context>
<context>
    <name>rebound::diagnosis::MtaStsCheckTask</name>
    <message>
        <source>Cancelled before the MTA-STS policy was read.</source>
        <translation>Annulé avant la lecture de la politique MTA-STS.</translation>
    </message>
</context>
<context>
    <name>rebound::diagnosis::PostmasterCheckTask</name>
    <message>
        <source>Google Postmaster Tools could not be read: %1</source>
        <translation>Google Postmaster Tools n&apos;a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>Google has no data for this domain yet.</source>
        <translation>Google n&apos;a pas encore de données pour ce domaine.</translation>
    </message>
    <message>
        <source>Google Postmaster Tools could not be read (%1); the data of %2 from the cache is shown.</source>
        <translation>Google Postmaster Tools n&apos;a pas pu être lu (%1) ; les données du %2 provenant du cache sont affichées.</translation>
    </message>
</context>
<context>
    <name>rebound::diagnosis::ReportsCheckTask</name>
    <message>
        <source>Cancelled while reading.</source>
        <translation>Annulé pendant la lecture.</translation>
    </message>
    <message>
        <source>No report could be read: %1</source>
        <translation>Aucun rapport n&apos;a pu être lu : %1</translation>
    </message>
    <message>
        <source>Cancelled before every source was checked live; the offline analysis.</source>
        <translation>Annulé avant que toutes les sources aient été vérifiées en direct ; voici l&apos;analyse hors ligne.</translation>
    </message>
</context>
<context>
    <name>rebound::diagnosis::Session</name>
    <message>
        <source>not a Rebound session (schema is missing)</source>
        <translation>pas une session Rebound (schema manquant)</translation>
    </message>
    <message>
        <source>this session was written by a newer Rebound (version %1)</source>
        <translation>cette session a été écrite par un Rebound plus récent (version %1)</translation>
    </message>
</context>
<context>
    <name>rebound::diagnosis::SmtpCheckTask</name>
    <message>
        <source>Cancelled; the hosts probed so far are kept.</source>
        <translation>Annulé ; les hôtes sondés jusqu&apos;ici sont conservés.</translation>
    </message>
    <message>
        <source>Outgoing connections to port %1 time out from this network (often blocked by the ISP or cloud provider): the mail servers could not be checked from here.</source>
        <translation>Les connexions sortantes vers le port %1 expirent depuis ce réseau (souvent bloqué par le FAI ou le fournisseur cloud) : les serveurs de messagerie n&apos;ont pas pu être vérifiés d&apos;ici.</translation>
    </message>
</context>
<context>
    <name>rebound::diagnosis::SndsCheckTask</name>
    <message>
        <source>Microsoft SNDS could not be read: %1</source>
        <translation>Microsoft SNDS n&apos;a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>Microsoft SNDS could not be read (%1); the data of %2 from the cache is shown.</source>
        <translation>Microsoft SNDS n&apos;a pas pu être lu (%1) ; les données du %2 provenant du cache sont affichées.</translation>
    </message>
</context>
<context>
    <name>rebound::diagnosis::WatchCheckTask</name>
    <message>
        <source>There is no watch database at %1.</source>
        <translation>Aucune base de données de surveillance à l&apos;emplacement %1.</translation>
    </message>
    <message>
        <source>The watch database could not be read: %1</source>
        <translation>La base de données de surveillance n&apos;a pas pu être lue : %1</translation>
    </message>
</context>
<context>
    <name>rebound::dns</name>
    <message>
        <source>&quot;This network&quot; (RFC 791): not a real source address.</source>
        <translation>« Ce réseau » (RFC 791) : pas une vraie adresse source.</translation>
    </message>
    <message>
        <source>Private network (RFC 1918): never seen by receivers on the Internet, so no blocklist lists it. Check the public address your mail leaves from.</source>
        <translation>Réseau privé (RFC 1918) : jamais vu par les destinataires sur Internet, donc aucune liste de blocage ne le liste. Vérifiez l&apos;adresse publique par laquelle votre courrier sort.</translation>
    </message>
    <message>
        <source>Shared address space for carrier-grade NAT (RFC 6598): check the public address of your provider&apos;s NAT instead.</source>
        <translation>Espace d&apos;adresses partagé pour le NAT de l&apos;opérateur (RFC 6598) : vérifiez plutôt l&apos;adresse publique du NAT de votre fournisseur.</translation>
    </message>
    <message>
        <source>Loopback (RFC 1122): this machine itself, not a sending address.</source>
        <translation>Bouclage (RFC 1122) : cette machine elle-même, pas une adresse d&apos;envoi.</translation>
    </message>
    <message>
        <source>Link-local (RFC 3927): only valid on one network segment.</source>
        <translation>Lien local (RFC 3927) : valable sur un seul segment de réseau.</translation>
    </message>
    <message>
        <source>IETF protocol assignments (RFC 6890): not a sending address.</source>
        <translation>Attributions de protocole de l&apos;IETF (RFC 6890) : pas une adresse d&apos;envoi.</translation>
    </message>
    <message>
        <source>Documentation range TEST-NET-1 (RFC 5737): used in examples only.</source>
        <translation>Plage de documentation TEST-NET-1 (RFC 5737) : utilisée seulement dans les exemples.</translation>
    </message>
    <message>
        <source>Former 6to4 relay anycast (RFC 7526): deprecated.</source>
        <translation>Ancien anycast de relais 6to4 (RFC 7526) : obsolète.</translation>
    </message>
    <message>
        <source>Benchmarking range (RFC 2544): not routed on the Internet.</source>
        <translation>Plage de banc d&apos;essai (RFC 2544) : non routée sur Internet.</translation>
    </message>
    <message>
        <source>Documentation range TEST-NET-2 (RFC 5737): used in examples only.</source>
        <translation>Plage de documentation TEST-NET-2 (RFC 5737) : utilisée seulement dans les exemples.</translation>
    </message>
    <message>
        <source>Documentation range TEST-NET-3 (RFC 5737): used in examples only.</source>
        <translation>Plage de documentation TEST-NET-3 (RFC 5737) : utilisée seulement dans les exemples.</translation>
    </message>
    <message>
        <source>Multicast (RFC 5771): never the source of an SMTP connection.</source>
        <translation>Multidiffusion (RFC 5771) : jamais la source d&apos;une connexion SMTP.</translation>
    </message>
    <message>
        <source>Reserved (RFC 1112), including the broadcast address.</source>
        <translation>Réservée (RFC 1112), y compris l&apos;adresse de diffusion.</translation>
    </message>
    <message>
        <source>The unspecified IPv6 address.</source>
        <translation>L&apos;adresse IPv6 non spécifiée.</translation>
    </message>
    <message>
        <source>IPv6 loopback: this machine itself.</source>
        <translation>Bouclage IPv6 : cette machine elle-même.</translation>
    </message>
    <message>
        <source>IPv4-mapped IPv6 address: check the IPv4 address instead.</source>
        <translation>Adresse IPv6 mappée IPv4 : vérifiez plutôt l&apos;adresse IPv4.</translation>
    </message>
    <message>
        <source>NAT64 well-known prefix (RFC 6052): check the embedded IPv4 address.</source>
        <translation>Préfixe NAT64 bien connu (RFC 6052) : vérifiez l&apos;adresse IPv4 incluse.</translation>
    </message>
    <message>
        <source>Discard-only prefix (RFC 6666).</source>
        <translation>Préfixe de rejet (RFC 6666).</translation>
    </message>
    <message>
        <source>IPv6 documentation prefix (RFC 3849): used in examples only.</source>
        <translation>Préfixe de documentation IPv6 (RFC 3849) : utilisé seulement dans les exemples.</translation>
    </message>
    <message>
        <source>6to4 (RFC 3056): deprecated transition addresses.</source>
        <translation>6to4 (RFC 3056) : adresses de transition obsolètes.</translation>
    </message>
    <message>
        <source>Unique local IPv6 address (RFC 4193): private, never seen on the Internet.</source>
        <translation>Adresse IPv6 locale unique (RFC 4193) : privée, jamais vue sur Internet.</translation>
    </message>
    <message>
        <source>IPv6 link-local: only valid on one network segment.</source>
        <translation>IPv6 lien local : valable sur un seul segment de réseau.</translation>
    </message>
    <message>
        <source>IPv6 multicast: never the source of an SMTP connection.</source>
        <translation>Multidiffusion IPv6 : jamais la source d&apos;une connexion SMTP.</translation>
    </message>
</context>
<context>
    <name>rebound::https::HttpsFetcher</name>
    <message>
        <source>No complete answer within %1 s.</source>
        <translation>Pas de réponse complète en %1 s.</translation>
    </message>
    <message>
        <source>Not an https URL: %1</source>
        <translation>Ce n&apos;est pas une URL https : %1</translation>
    </message>
    <message>
        <source>Only GET and POST are supported.</source>
        <translation>Seuls GET et POST sont pris en charge.</translation>
    </message>
    <message>
        <source>No resolver.</source>
        <translation>Aucun résolveur.</translation>
    </message>
    <message>
        <source>%1 has no address (A or AAAA).</source>
        <translation>%1 n&apos;a pas d&apos;adresse (A ou AAAA).</translation>
    </message>
    <message>
        <source>%1 did not resolve: %2</source>
        <translation>La résolution de %1 a échoué : %2</translation>
    </message>
    <message>
        <source>Not connecting to a private or special-purpose address: %1</source>
        <translation>Pas de connexion à une adresse privée ou à usage spécial : %1</translation>
    </message>
    <message>
        <source>No PEM certificate in %1.</source>
        <translation>Aucun certificat PEM dans %1.</translation>
    </message>
    <message>
        <source>HTTP %1 redirect to %2 refused (redirects are not followed).</source>
        <translation>Redirection HTTP %1 vers %2 refusée (les redirections ne sont pas suivies).</translation>
    </message>
    <message>
        <source>The body is %1 bytes, more than the %2 allowed.</source>
        <translation>Le corps fait %1 octets, plus que les %2 autorisés.</translation>
    </message>
    <message>
        <source>The body is longer than the %1 bytes allowed.</source>
        <translation>Le corps dépasse les %1 octets autorisés.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
</context>
<context>
    <name>rebound::iphealth</name>
    <message>
        <source>no resolver</source>
        <translation>aucun résolveur</translation>
    </message>
    <message>
        <source>no PTR record for %1</source>
        <translation>aucun enregistrement PTR pour %1</translation>
    </message>
    <message>
        <source>the PTR lookup failed (%1)</source>
        <translation>la requête PTR a échoué (%1)</translation>
    </message>
    <message>
        <source>%1 resolves back to %2</source>
        <translation>%1 se résout bien en %2</translation>
    </message>
    <message>
        <source>no PTR name resolves back to %1</source>
        <translation>aucun nom PTR ne se résout en %1</translation>
    </message>
    <message>
        <source>the forward lookups of the PTR names failed</source>
        <translation>les requêtes directes des noms PTR ont échoué</translation>
    </message>
    <message>
        <source>contains the address&apos;s digits (%1)</source>
        <translation>contient les chiffres de l&apos;adresse (%1)</translation>
    </message>
    <message>
        <source>word &apos;%1&apos;: %2</source>
        <translation>mot &apos;%1&apos; : %2</translation>
    </message>
</context>
<context>
    <name>rebound::message</name>
    <message>
        <source>more than 50 ARC fields of one kind (RFC 8617 allows 50 instances)</source>
        <translation>plus de 50 champs ARC d&apos;un même type (la RFC 8617 autorise 50 instances)</translation>
    </message>
    <message>
        <source>two ARC-Seal fields with i=%1</source>
        <translation>deux champs ARC-Seal avec i=%1</translation>
    </message>
    <message>
        <source>two ARC-Message-Signature fields with i=%1</source>
        <translation>deux champs ARC-Message-Signature avec i=%1</translation>
    </message>
    <message>
        <source>two ARC-Authentication-Results fields with i=%1</source>
        <translation>deux champs ARC-Authentication-Results avec i=%1</translation>
    </message>
    <message>
        <source>the ARC instances are not numbered 1 to %1 without gaps</source>
        <translation>les instances ARC ne sont pas numérotées de 1 à %1 sans trou</translation>
    </message>
    <message>
        <source>ARC instance %1 lacks one of its three fields</source>
        <translation>il manque à l&apos;instance ARC %1 l&apos;un de ses trois champs</translation>
    </message>
    <message>
        <source>ARC instance %1 has cv=%2</source>
        <translation>l&apos;instance ARC %1 a cv=%2</translation>
    </message>
    <message>
        <source>no key for the newest ARC-Message-Signature</source>
        <translation>aucune clé pour l&apos;ARC-Message-Signature la plus récente</translation>
    </message>
    <message>
        <source>the newest ARC-Message-Signature did not verify: %1</source>
        <translation>l&apos;ARC-Message-Signature la plus récente n&apos;a pas été vérifiée : %1</translation>
    </message>
    <message>
        <source>the ARC-Seal of instance %1 did not verify</source>
        <translation>l&apos;ARC-Seal de l&apos;instance %1 n&apos;a pas été vérifié</translation>
    </message>
    <message>
        <source>no authserv-id</source>
        <translation>aucun authserv-id</translation>
    </message>
    <message>
        <source>no List-Unsubscribe field</source>
        <translation>aucun champ List-Unsubscribe</translation>
    </message>
    <message>
        <source>no List-Unsubscribe-Post: List-Unsubscribe=One-Click field</source>
        <translation>aucun champ List-Unsubscribe-Post: List-Unsubscribe=One-Click</translation>
    </message>
    <message>
        <source>List-Unsubscribe-Post is present with an https: URI</source>
        <translation>List-Unsubscribe-Post est présent avec une URI https:</translation>
    </message>
    <message>
        <source>List-Unsubscribe-Post needs an https: URI in List-Unsubscribe</source>
        <translation>List-Unsubscribe-Post exige une URI https: dans List-Unsubscribe</translation>
    </message>
    <message>
        <source>a passing DKIM signature&apos;s h= lists both fields</source>
        <translation>le h= d&apos;une signature DKIM valide liste les deux champs</translation>
    </message>
    <message>
        <source>no passing DKIM signature covers both List-Unsubscribe fields</source>
        <translation>aucune signature DKIM valide ne couvre les deux champs List-Unsubscribe</translation>
    </message>
    <message>
        <source>no From domain</source>
        <translation>aucun domaine From</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>no external hop with an IP address in the Received fields</source>
        <translation>aucun saut externe avec une adresse IP dans les champs Received</translation>
    </message>
    <message>
        <source>with %1 from %2</source>
        <translation>avec %1 depuis %2</translation>
    </message>
    <message>
        <source>no external hop found in the Received fields</source>
        <translation>aucun saut externe trouvé dans les champs Received</translation>
    </message>
    <message>
        <source>no Message-ID</source>
        <translation>aucun Message-ID</translation>
    </message>
    <message>
        <source>%1 Message-ID fields</source>
        <translation>%1 champs Message-ID</translation>
    </message>
    <message>
        <source>no Date field</source>
        <translation>aucun champ Date</translation>
    </message>
    <message>
        <source>%1 Date fields</source>
        <translation>%1 champs Date</translation>
    </message>
    <message>
        <source>the Date does not parse: %1</source>
        <translation>la Date n&apos;est pas lisible : %1</translation>
    </message>
    <message>
        <source>the Date is more than a day after the message was received</source>
        <translation>la Date est postérieure de plus d&apos;un jour à la réception du message</translation>
    </message>
    <message>
        <source>the signature&apos;s tag list is malformed: %1</source>
        <translation>la liste de balises de la signature est mal formée : %1</translation>
    </message>
    <message>
        <source>the required tag %1= is missing</source>
        <translation>la balise obligatoire %1= est absente</translation>
    </message>
    <message>
        <source>i= must be an ARC instance from 1 to 50</source>
        <translation>i= doit être une instance ARC de 1 à 50</translation>
    </message>
    <message>
        <source>v= must be 1; this verifier knows no other DKIM version</source>
        <translation>v= doit valoir 1 ; ce vérificateur ne connaît aucune autre version de DKIM</translation>
    </message>
    <message>
        <source>a=%1 is not a known signing algorithm (rsa-sha256, ed25519-sha256)</source>
        <translation>a=%1 n&apos;est pas un algorithme de signature connu (rsa-sha256, ed25519-sha256)</translation>
    </message>
    <message>
        <source>c=%1 is not a known canonicalization</source>
        <translation>c=%1 n&apos;est pas une canonicalisation connue</translation>
    </message>
    <message>
        <source>h= does not list From, which RFC 6376 requires every signature to sign</source>
        <translation>h= ne liste pas From, que la RFC 6376 impose de signer dans chaque signature</translation>
    </message>
    <message>
        <source>b= or bh= is not valid base64</source>
        <translation>b= ou bh= n&apos;est pas du base64 valide</translation>
    </message>
    <message>
        <source>the domain of i= is not d= or a subdomain of it</source>
        <translation>le domaine de i= n&apos;est ni d= ni l&apos;un de ses sous-domaines</translation>
    </message>
    <message>
        <source>q= names no query method this verifier knows (dns/txt)</source>
        <translation>q= ne nomme aucune méthode de requête connue de ce vérificateur (dns/txt)</translation>
    </message>
    <message>
        <source>l= is not a number</source>
        <translation>l= n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>t= is not a number</source>
        <translation>t= n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>x= is not a number</source>
        <translation>x= n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>x= is before t=, which RFC 6376 3.5 forbids</source>
        <translation>x= est antérieur à t=, ce que la RFC 6376 3.5 interdit</translation>
    </message>
    <message>
        <source>the signature expired (x=) before it was checked</source>
        <translation>la signature a expiré (x=) avant d&apos;être vérifiée</translation>
    </message>
    <message>
        <source>d= is empty</source>
        <translation>d= est vide</translation>
    </message>
    <message>
        <source>the key record has v=%1; only DKIM1 exists</source>
        <translation>l&apos;enregistrement de clé a v=%1 ; seul DKIM1 existe</translation>
    </message>
    <message>
        <source>the key has been revoked (empty p=)</source>
        <translation>la clé a été révoquée (p= vide)</translation>
    </message>
    <message>
        <source>the key is k=%1 but the signature uses %2</source>
        <translation>la clé est k=%1 mais la signature utilise %2</translation>
    </message>
    <message>
        <source>the key cannot be used: %1</source>
        <translation>la clé est inutilisable : %1</translation>
    </message>
    <message>
        <source>the key&apos;s s= excludes email</source>
        <translation>le s= de la clé exclut l&apos;e-mail</translation>
    </message>
    <message>
        <source>the key&apos;s h= does not allow %1</source>
        <translation>le h= de la clé n&apos;autorise pas %1</translation>
    </message>
    <message>
        <source>the key&apos;s t=s requires i= to be in d= exactly, not a subdomain</source>
        <translation>le t=s de la clé exige que i= soit exactement dans d=, pas dans un sous-domaine</translation>
    </message>
    <message>
        <source>l= is longer than the body, so the body hash did not verify (RFC 6376 3.5)</source>
        <translation>l= dépasse la longueur du corps, donc le hash du corps n&apos;a pas été vérifié (RFC 6376 3.5)</translation>
    </message>
    <message>
        <source>body hash did not verify: the body was changed after signing (a mailing list footer or a rewriting gateway), the headers are intact</source>
        <translation>hash du corps non vérifié : le corps a été modifié après la signature (un pied de page de liste de diffusion ou une passerelle qui réécrit), les en-têtes sont intacts</translation>
    </message>
    <message>
        <source>body hash did not verify, and neither did the header signature</source>
        <translation>hash du corps non vérifié, et la signature des en-têtes non plus</translation>
    </message>
    <message>
        <source>signature did not verify: a signed header field was changed (the body is intact)</source>
        <translation>signature non vérifiée : un champ d&apos;en-tête signé a été modifié (le corps est intact)</translation>
    </message>
    <message>
        <source>the signature is mathematically valid, but the key has %1 bits and RFC 8301 forbids accepting keys under 1024 bits</source>
        <translation>la signature est mathématiquement valide, mais la clé fait %1 bits et la RFC 8301 interdit d&apos;accepter des clés de moins de 1024 bits</translation>
    </message>
    <message>
        <source>verified, but with rsa-sha1, which RFC 8301 retired: many receivers treat it as a failure</source>
        <translation>vérifiée, mais avec rsa-sha1, que la RFC 8301 a retiré : beaucoup de destinataires le traitent comme un échec</translation>
    </message>
    <message>
        <source>verified; the key says t=y (testing)</source>
        <translation>vérifiée ; la clé indique t=y (test)</translation>
    </message>
    <message>
        <source>the key lookup failed: %1</source>
        <translation>la recherche de la clé a échoué : %1</translation>
    </message>
    <message>
        <source>no key for signature at %1</source>
        <translation>aucune clé pour la signature à %1</translation>
    </message>
    <message>
        <source>The DKIM signature %1 is weak</source>
        <translation>La signature DKIM %1 est faible</translation>
    </message>
    <message>
        <source>The key is shorter than 2048 bits.</source>
        <translation>La clé fait moins de 2048 bits.</translation>
    </message>
    <message>
        <source>DKIM %1 for %2</source>
        <translation>DKIM %1 pour %2</translation>
    </message>
    <message>
        <source>%1 DKIM signatures were not evaluated</source>
        <translation>%1 signatures DKIM n&apos;ont pas été évaluées</translation>
    </message>
    <message>
        <source>Only the first %1 signatures are verified; a message with more is unusual or hostile.</source>
        <translation>Seules les %1 premières signatures sont vérifiées ; un message qui en contient davantage est inhabituel ou hostile.</translation>
    </message>
    <message>
        <source>%1 reported %2=%3; Rebound finds %4</source>
        <translation>%1 a indiqué %2=%3 ; Rebound trouve %4</translation>
    </message>
    <message>
        <source>The receiver checked when the message arrived; a key or record changed since, or the message was altered after it was received.</source>
        <translation>Le destinataire a vérifié à l&apos;arrivée du message ; une clé ou un enregistrement a changé depuis, ou le message a été modifié après sa réception.</translation>
    </message>
    <message>
        <source>%1 held the message for %2 minutes</source>
        <translation>%1 a retenu le message pendant %2 minutes</translation>
    </message>
    <message>
        <source>A long delay between two Received fields is a queue: greylisting, a retry after a deferral, or a slow filter.</source>
        <translation>Un long délai entre deux champs Received indique une file d&apos;attente : greylisting, nouvel essai après un report, ou filtre lent.</translation>
    </message>
    <message>
        <source>%1 stamped a time before the previous hop&apos;s</source>
        <translation>%1 a horodaté une heure antérieure à celle du saut précédent</translation>
    </message>
    <message>
        <source>One of the servers&apos; clocks is wrong by %1 seconds or more.</source>
        <translation>L&apos;horloge de l&apos;un des serveurs est fausse d&apos;au moins %1 secondes.</translation>
    </message>
    <message>
        <source>No hop with a public IP address</source>
        <translation>Aucun saut avec une adresse IP publique</translation>
    </message>
    <message>
        <source>SPF and reverse DNS need the address the message came from; none of the Received fields names a public one.</source>
        <translation>SPF et le DNS inverse ont besoin de l&apos;adresse d&apos;où vient le message ; aucun des champs Received n&apos;en indique une publique.</translation>
    </message>
    <message>
        <source>SPF %1 for %2 sending as %3</source>
        <translation>SPF %1 pour %2 envoyant au nom de %3</translation>
    </message>
    <message>
        <source>DMARC fails for %1 (policy %2)</source>
        <translation>DMARC échoue pour %1 (politique %2)</translation>
    </message>
    <message>
        <source>Neither SPF nor DKIM passed for a domain aligned with the From domain.</source>
        <translation>Ni SPF ni DKIM n&apos;a réussi pour un domaine aligné avec le domaine From.</translation>
    </message>
    <message>
        <source>No DMARC record for %1</source>
        <translation>Aucun enregistrement DMARC pour %1</translation>
    </message>
    <message>
        <source>Gmail and Yahoo require a DMARC record from bulk senders.</source>
        <translation>Gmail et Yahoo exigent un enregistrement DMARC des expéditeurs en masse.</translation>
    </message>
    <message>
        <source>DMARC cannot be evaluated</source>
        <translation>DMARC ne peut pas être évalué</translation>
    </message>
    <message>
        <source>The message has no single From address.</source>
        <translation>Le message n&apos;a pas d&apos;adresse From unique.</translation>
    </message>
    <message>
        <source>No header fields</source>
        <translation>Aucun champ d&apos;en-tête</translation>
    </message>
    <message>
        <source>The input does not start with a header block.</source>
        <translation>L&apos;entrée ne commence pas par un bloc d&apos;en-têtes.</translation>
    </message>
    <message>
        <source>Signed with DomainKeys only, not DKIM</source>
        <translation>Signé uniquement avec DomainKeys, pas avec DKIM</translation>
    </message>
    <message>
        <source>DomainKey-Signature (RFC 4870) is historic and no receiver verifies it; sign with DKIM.</source>
        <translation>DomainKey-Signature (RFC 4870) est historique et aucun destinataire ne le vérifie ; signez avec DKIM.</translation>
    </message>
    <message>
        <source>The ARC chain does not validate</source>
        <translation>La chaîne ARC n&apos;est pas valide</translation>
    </message>
    <message>
        <source>Bulk-sender rule not met: %1</source>
        <translation>Règle des expéditeurs en masse non respectée : %1</translation>
    </message>
    <message>
        <source>line %1 bytes into the message is not a header field; the header block ends there</source>
        <translation>la ligne située à %1 octets du début du message n&apos;est pas un champ d&apos;en-tête ; le bloc d&apos;en-têtes s&apos;arrête là</translation>
    </message>
    <message>
        <source>a header field is longer than %1 bytes; the header block was cut there</source>
        <translation>un champ d&apos;en-tête dépasse %1 octets ; le bloc d&apos;en-têtes a été coupé là</translation>
    </message>
    <message>
        <source>%1 header fields beyond the first %2 were not read</source>
        <translation>%1 champs d&apos;en-tête au-delà des %2 premiers n&apos;ont pas été lus</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a tag=value pair</source>
        <translation>&apos;%1&apos; n&apos;est pas une paire balise=valeur</translation>
    </message>
    <message>
        <source>the tag %1= appears twice (RFC 6376 3.2)</source>
        <translation>la balise %1= apparaît deux fois (RFC 6376 3.2)</translation>
    </message>
    <message>
        <source>more than %1 tags</source>
        <translation>plus de %1 balises</translation>
    </message>
    <message>
        <source>DMARC %1: SPF and DKIM are both aligned</source>
        <translation>DMARC %1 : SPF et DKIM sont tous deux alignés</translation>
    </message>
    <message>
        <source>DMARC %1: SPF is aligned, DKIM is not</source>
        <translation>DMARC %1 : SPF est aligné, DKIM ne l&apos;est pas</translation>
    </message>
    <message>
        <source>DMARC %1: DKIM is aligned, SPF is not</source>
        <translation>DMARC %1 : DKIM est aligné, SPF ne l&apos;est pas</translation>
    </message>
    <message>
        <source>DMARC %1: neither SPF nor DKIM is aligned</source>
        <translation>DMARC %1 : ni SPF ni DKIM n&apos;est aligné</translation>
    </message>
    <message>
        <source>ARC i=%1 (%2) recorded %3=%4 for %5; Rebound finds %6</source>
        <translation>ARC i=%1 (%2) a enregistré %3=%4 pour %5 ; Rebound trouve %6</translation>
    </message>
    <message>
        <source>The ARC chain validates, so this is what the sealer saw when the message reached it: the message was changed after that (a mailing-list footer or subject tag, a forwarder&apos;s rewrite). Receivers that trust this sealer may use its result instead of their own.</source>
        <translation>La chaîne ARC est valide : c&apos;est donc ce que le scelleur a vu à l&apos;arrivée du message, et le message a été modifié ensuite (pied de page ou balise d&apos;objet d&apos;une liste de diffusion, réécriture par un service de transfert). Les destinataires qui font confiance à ce scelleur peuvent utiliser son résultat au lieu du leur.</translation>
    </message>
    <message>
        <source>The ARC chain does not validate, so this record is only a claim: nobody can tell whether the sealer wrote it.</source>
        <translation>La chaîne ARC n&apos;est pas valide, cet enregistrement n&apos;est donc qu&apos;une affirmation : personne ne peut dire si le scelleur l&apos;a écrit.</translation>
    </message>
    <message>
        <source>This is the copy the bounce returned; the reporting server may have altered it, so this does not show that the message as sent failed.</source>
        <translation>Ceci est la copie renvoyée par le rebond ; le serveur qui a émis le rebond a pu la modifier, cela ne montre donc pas que le message tel qu&apos;envoyé a échoué.</translation>
    </message>
    <message>
        <source>The bounce returned only the message&apos;s header fields</source>
        <translation>Le rebond n&apos;a renvoyé que les champs d&apos;en-tête du message</translation>
    </message>
    <message>
        <source>The bounce returned a copy of the message</source>
        <translation>Le rebond a renvoyé une copie du message</translation>
    </message>
    <message>
        <source>The route, the From domain, the DKIM signatures&apos; domains and selectors and the sending address can be trusted. No DKIM signature can pass without the body: verify a copy from the Sent folder instead.</source>
        <translation>Le parcours, le domaine From, les domaines et sélecteurs des signatures DKIM et l&apos;adresse d&apos;envoi sont fiables. Aucune signature DKIM ne peut réussir sans le corps : vérifiez plutôt une copie du dossier Éléments envoyés.</translation>
    </message>
    <message>
        <source>The route, the From domain, the DKIM signatures&apos; domains and selectors and the sending address can be trusted. A DKIM pass shows the copy is intact; a failure may come from the reporting server re-encoding the copy: verify a copy from the Sent folder to be sure.</source>
        <translation>Le parcours, le domaine From, les domaines et sélecteurs des signatures DKIM et l&apos;adresse d&apos;envoi sont fiables. Une réussite DKIM montre que la copie est intacte ; un échec peut venir du serveur qui a émis le rebond et qui a réencodé la copie : vérifiez une copie du dossier Éléments envoyés pour en être sûr.</translation>
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
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Drawing a PDF needs a QGuiApplication (run headless with QT_QPA_PLATFORM=offscreen).</source>
        <translation>Dessiner un PDF nécessite une QGuiApplication (exécuter sans affichage avec QT_QPA_PLATFORM=offscreen).</translation>
    </message>
    <message>
        <source>Could not start drawing the PDF.</source>
        <translation>Impossible de commencer à dessiner le PDF.</translation>
    </message>
    <message>
        <source>Rebound diagnosis session (open it in Rebound)</source>
        <translation>Session de diagnostic Rebound (à ouvrir dans Rebound)</translation>
    </message>
    <message>
        <source>Unknown export format for %1: use .pdf, .html, .md, .json or .txt.</source>
        <translation>Format d&apos;export inconnu pour %1 : utilisez .pdf, .html, .md, .json ou .txt.</translation>
    </message>
</context>
<context>
    <name>rebound::postmaster::PostmasterAuthorizer</name>
    <message>
        <source>Google granted access but sent no refresh token.</source>
        <translation>Google a accordé l&apos;accès mais n&apos;a envoyé aucun jeton d&apos;actualisation.</translation>
    </message>
    <message>
        <source>Google refused the authorization: %1 %2</source>
        <translation>Google a refusé l&apos;autorisation : %1 %2</translation>
    </message>
    <message>
        <source>The token endpoint could not be reached or refused the code.</source>
        <translation>Le point de terminaison des jetons est injoignable ou a refusé le code.</translation>
    </message>
    <message>
        <source>No answer from the browser in time.</source>
        <translation>Pas de réponse du navigateur dans le délai imparti.</translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1 for Google&apos;s answer.</source>
        <translation>Impossible d&apos;écouter sur 127.0.0.1 pour recevoir la réponse de Google.</translation>
    </message>
    <message>
        <source>Google refused the authorization: %1</source>
        <translation>Google a refusé l&apos;autorisation : %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
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
        <translation>TTL négatif %1</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>no records</source>
        <translation>aucun enregistrement</translation>
    </message>
    <message>
        <source>Appendix A: the pasted text</source>
        <translation>Annexe A : le texte collé</translation>
    </message>
    <message>
        <source>Nothing was pasted.</source>
        <translation>Rien n&apos;a été collé.</translation>
    </message>
    <message>
        <source>As analysed (decoded, line ends normalised). Highlighted and numbered: the spans that support the diagnosis. The text is shown literally; nothing in it was followed or loaded.</source>
        <translation>Tel qu&apos;analysé (décodé, fins de ligne normalisées). Surlignés et numérotés : les passages qui étayent le diagnostic. Le texte est affiché tel quel ; rien de ce qu&apos;il contient n&apos;a été suivi ni chargé.</translation>
    </message>
    <message>
        <source>As pasted. The text is shown literally; nothing in it was followed or loaded.</source>
        <translation>Tel que collé. Le texte est affiché tel quel ; rien de ce qu&apos;il contient n&apos;a été suivi ni chargé.</translation>
    </message>
    <message>
        <source>Evidence for</source>
        <translation>Preuve pour</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Appendix B: raw DNS answers</source>
        <translation>Annexe B : réponses DNS brutes</translation>
    </message>
    <message>
        <source>No raw DNS answers were recorded.</source>
        <translation>Aucune réponse DNS brute n&apos;a été enregistrée.</translation>
    </message>
    <message>
        <source>Every answer as the resolver returned it, with TTLs, response codes, the server that answered and the time it took.</source>
        <translation>Chaque réponse telle que le résolveur l&apos;a renvoyée, avec les TTL, les codes de réponse, le serveur qui a répondu et le temps mis.</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Server, time</source>
        <translation>Serveur, durée</translation>
    </message>
    <message>
        <source>Appendix C: SMTP transcripts</source>
        <translation>Annexe C : transcriptions SMTP</translation>
    </message>
    <message>
        <source>No SMTP conversation was recorded.</source>
        <translation>Aucune conversation SMTP n&apos;a été enregistrée.</translation>
    </message>
    <message>
        <source>(no SPF record)</source>
        <translation>(pas d&apos;enregistrement SPF)</translation>
    </message>
    <message>
        <source>SPF</source>
        <translation>SPF</translation>
    </message>
    <message>
        <source>SPF was not checked.</source>
        <translation>SPF n&apos;a pas été vérifié.</translation>
    </message>
    <message>
        <source>%1 of 10 DNS lookups</source>
        <translation>%1 requêtes DNS sur 10</translation>
    </message>
    <message>
        <source>%1 of 2 void lookups</source>
        <translation>%1 requêtes vides sur 2</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>For IP</source>
        <translation>Pour l&apos;IP</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Décidé par</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Limites</translation>
    </message>
    <message>
        <source>Evaluation tree</source>
        <translation>Arbre d&apos;évaluation</translation>
    </message>
    <message>
        <source>(✓ matched, · did not match, – not evaluated, ✗ error)</source>
        <translation>(✓ correspond, · ne correspond pas, – non évalué, ✗ erreur)</translation>
    </message>
    <message>
        <source>DMARC</source>
        <translation>DMARC</translation>
    </message>
    <message>
        <source>DMARC was not checked.</source>
        <translation>DMARC n&apos;a pas été vérifié.</translation>
    </message>
    <message>
        <source>Found at</source>
        <translation>Trouvé à</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Politique</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Alignment</source>
        <translation>Alignement</translation>
    </message>
    <message>
        <source>DKIM</source>
        <translation>DKIM</translation>
    </message>
    <message>
        <source>No DKIM key was checked (no selector was known).</source>
        <translation>Aucune clé DKIM n&apos;a été vérifiée (aucun sélecteur connu).</translation>
    </message>
    <message>
        <source>%1 bits</source>
        <translation>%1 bits</translation>
    </message>
    <message>
        <source>Selector</source>
        <translation>Sélecteur</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>MX</source>
        <translation>MX</translation>
    </message>
    <message>
        <source>No MX record.</source>
        <translation>Pas d&apos;enregistrement MX.</translation>
    </message>
    <message>
        <source>MX was not checked.</source>
        <translation>MX n&apos;a pas été vérifié.</translation>
    </message>
    <message>
        <source>Preference</source>
        <translation>Préférence</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adresses</translation>
    </message>
    <message>
        <source>TTL (s)</source>
        <translation>TTL (s)</translation>
    </message>
    <message>
        <source>MX records</source>
        <translation>Enregistrements MX</translation>
    </message>
    <message>
        <source>MX was not checked in this run.</source>
        <translation>MX n&apos;a pas été vérifié lors de cette exécution.</translation>
    </message>
    <message>
        <source>Domain %1</source>
        <translation>Domaine %1</translation>
    </message>
    <message>
        <source>Authentication records</source>
        <translation>Enregistrements d&apos;authentification</translation>
    </message>
    <message>
        <source>The sending domain&apos;s SPF, DKIM, DMARC and MX were not checked in this run.</source>
        <translation>SPF, DKIM, DMARC et MX du domaine d&apos;envoi n&apos;ont pas été vérifiés lors de cette exécution.</translation>
    </message>
    <message>
        <source>Lookup</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <source>Removal</source>
        <translation>Retrait</translation>
    </message>
    <message>
        <source>IP address %1</source>
        <translation>Adresse IP %1</translation>
    </message>
    <message>
        <source>Reverse DNS (PTR)</source>
        <translation>DNS inverse (PTR)</translation>
    </message>
    <message>
        <source>Forward-confirmed</source>
        <translation>Confirmé dans les deux sens</translation>
    </message>
    <message>
        <source>Reverse DNS</source>
        <translation>DNS inverse</translation>
    </message>
    <message>
        <source>Not checked. Reverse DNS is checked for an IP address, or for the sending IP found in a bounce.</source>
        <translation>Non vérifié. Le DNS inverse est vérifié pour une adresse IP, ou pour l&apos;IP d&apos;envoi trouvée dans un rebond.</translation>
    </message>
    <message>
        <source>Blocklists and reverse DNS</source>
        <translation>Listes de blocage et DNS inverse</translation>
    </message>
    <message>
        <source>The blocklists were not checked in this run.</source>
        <translation>Les listes de blocage n&apos;ont pas été vérifiées lors de cette exécution.</translation>
    </message>
    <message>
        <source>No blocklist result is recorded: the blocklists were not checked.</source>
        <translation>Aucun résultat de liste de blocage enregistré : les listes de blocage n&apos;ont pas été vérifiées.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Signification</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <source>the bounce says </source>
        <translation>le rebond dit </translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnostic</translation>
    </message>
    <message>
        <source>No cause was identified from the bounce and the checks.</source>
        <translation>Aucune cause n&apos;a été identifiée à partir du rebond et des vérifications.</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Rétablissement</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Éléments de preuve</translation>
    </message>
    <message>
        <source>Against the alternatives</source>
        <translation>Contre les autres hypothèses</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>What not to do</source>
        <translation>Ce qu&apos;il ne faut pas faire</translation>
    </message>
    <message>
        <source>Findings by area</source>
        <translation>Constats par domaine</translation>
    </message>
    <message>
        <source>No check was run, so nothing was found and nothing was cleared.</source>
        <translation>Aucune vérification n&apos;a été exécutée : rien n&apos;a été trouvé et rien n&apos;a été écarté.</translation>
    </message>
    <message>
        <source>Its results are not known: this is not a clean result.</source>
        <translation>Ses résultats ne sont pas connus : ce n&apos;est pas un résultat propre.</translation>
    </message>
    <message>
        <source>Nothing to report.</source>
        <translation>Rien à signaler.</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Non vérifié</translation>
    </message>
    <message>
        <source>Mail server</source>
        <translation>Serveur de messagerie</translation>
    </message>
    <message>
        <source>port %1</source>
        <translation>port %1</translation>
    </message>
    <message>
        <source>expired %1 days ago</source>
        <translation>expiré il y a %1 jours</translation>
    </message>
    <message>
        <source>in %1 days</source>
        <translation>dans %1 jours</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Banner</source>
        <translation>Bannière</translation>
    </message>
    <message>
        <source>EHLO extensions</source>
        <translation>Extensions EHLO</translation>
    </message>
    <message>
        <source>STARTTLS offered</source>
        <translation>STARTTLS proposé</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <source>issued by %1</source>
        <translation>émis par %1</translation>
    </message>
    <message>
        <source>Name matches</source>
        <translation>Le nom correspond</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>SMTP and TLS</source>
        <translation>SMTP et TLS</translation>
    </message>
    <message>
        <source>No mail server was probed in this run.</source>
        <translation>Aucun serveur de messagerie n&apos;a été sondé lors de cette exécution.</translation>
    </message>
    <message>
        <source>The server&apos;s state is not known.</source>
        <translation>L&apos;état du serveur n&apos;est pas connu.</translation>
    </message>
    <message>
        <source>bounced for %1</source>
        <translation>rebond pour %1</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> et %1 autres</translation>
    </message>
    <message>
        <source>no findings</source>
        <translation>aucun constat</translation>
    </message>
    <message>
        <source>%1 findings, %2 serious</source>
        <translation>%1 constats, dont %2 graves</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>Verdict : %1</translation>
    </message>
    <message>
        <source>Most likely cause: %1</source>
        <translation>Cause la plus probable : %1</translation>
    </message>
    <message>
        <source>The run was cancelled; only the finished checks are reported.</source>
        <translation>L&apos;exécution a été annulée ; seules les vérifications terminées sont rapportées.</translation>
    </message>
    <message>
        <source>What was checked</source>
        <translation>Ce qui a été vérifié</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Resolver</source>
        <translation>Résolveur</translation>
    </message>
    <message>
        <source>Checked from</source>
        <translation>Vérifié depuis</translation>
    </message>
    <message>
        <source>Rebound version</source>
        <translation>Version de Rebound</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Données personnelles</translation>
    </message>
    <message>
        <source>masked (local parts of addresses, names, Message-IDs)</source>
        <translation>masquées (parties locales des adresses, noms, Message-ID)</translation>
    </message>
    <message>
        <source>not masked</source>
        <translation>non masquées</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>Pièce jointe</translation>
    </message>
    <message>
        <source>%1: the machine-readable session; open it in Rebound</source>
        <translation>%1 : la session lisible par machine ; ouvrez-la dans Rebound</translation>
    </message>
    <message>
        <source>Most likely causes</source>
        <translation>Causes les plus probables</translation>
    </message>
    <message>
        <source>No cause was identified. See the checks below for what could and could not be checked.</source>
        <translation>Aucune cause n&apos;a été identifiée. Voir les vérifications ci-dessous pour ce qui a pu ou non être vérifié.</translation>
    </message>
    <message>
        <source>%1 less likely causes follow in the Diagnosis section.</source>
        <translation>%1 causes moins probables suivent dans la section Diagnostic.</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation>Que faire maintenant</translation>
    </message>
    <message>
        <source>No steps are known for this cause.</source>
        <translation>Aucune étape n&apos;est connue pour cette cause.</translation>
    </message>
    <message>
        <source>Do not: </source>
        <translation>À ne pas faire : </translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Vérifications</translation>
    </message>
    <message>
        <source>No check was run.</source>
        <translation>Aucune vérification n&apos;a été exécutée.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>not evaluated: no sending IP was known</source>
        <translation>non évalué : aucune IP d&apos;envoi connue</translation>
    </message>
    <message>
        <source>Mail from other hosts</source>
        <translation>Courrier depuis d&apos;autres hôtes</translation>
    </message>
    <message>
        <source>Record syntax</source>
        <translation>Syntaxe de l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>No MX host (%1).</source>
        <translation>Pas d&apos;hôte MX (%1).</translation>
    </message>
    <message>
        <source>(a CNAME to %1)</source>
        <translation>(un CNAME vers %1)</translation>
    </message>
    <message>
        <source>no address</source>
        <translation>pas d&apos;adresse</translation>
    </message>
    <message>
        <source>%1 lists</source>
        <translation>%1 listes</translation>
    </message>
    <message>
        <source>%1 lists: </source>
        <translation>%1 listes : </translation>
    </message>
    <message>
        <source>Why not certain</source>
        <translation>Pourquoi ce n&apos;est pas certain</translation>
    </message>
    <message>
        <source>What the receiving server replied</source>
        <translation>Ce que le serveur destinataire a répondu</translation>
    </message>
    <message>
        <source>Permanent (%1). </source>
        <translation>Permanent (%1). </translation>
    </message>
    <message>
        <source>The receiver will refuse this mail again until the cause below is fixed; sending it again unchanged does not help.</source>
        <translation>Le destinataire refusera de nouveau ce message tant que la cause ci-dessous n&apos;est pas corrigée ; le renvoyer tel quel ne sert à rien.</translation>
    </message>
    <message>
        <source>Temporary (%1). </source>
        <translation>Temporaire (%1). </translation>
    </message>
    <message>
        <source>The sending server keeps retrying for a while on its own; the cause below says why it was deferred.</source>
        <translation>Le serveur d&apos;envoi réessaie de lui-même pendant un certain temps ; la cause ci-dessous explique pourquoi le message a été différé.</translation>
    </message>
    <message>
        <source>Other recipients got %1 other replies; the bounce appendix shows them all.</source>
        <translation>D&apos;autres destinataires ont reçu %1 autres réponses ; l&apos;annexe des rebonds les montre toutes.</translation>
    </message>
    <message>
        <source>About this run</source>
        <translation>À propos de cette exécution</translation>
    </message>
    <message>
        <source>none answered</source>
        <translation>aucun n&apos;a répondu</translation>
    </message>
    <message>
        <source>Every DNS query of the run</source>
        <translation>Toutes les requêtes DNS de l&apos;exécution</translation>
    </message>
    <message>
        <source>In the order they ended: the server that answered, what it said, the TTL and the records of the type asked.</source>
        <translation>Dans l&apos;ordre où elles se sont terminées : le serveur qui a répondu, ce qu&apos;il a dit, le TTL et les enregistrements du type demandé.</translation>
    </message>
    <message>
        <source>The first %1 of %2 queries are listed; the session JSON attached to this report keeps %3 of them.</source>
        <translation>Les %1 premières des %2 requêtes sont listées ; le JSON de session joint à ce rapport en conserve %3.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>TTL</source>
        <translation>TTL</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>first external hop</source>
        <translation>premier saut externe</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Hop</source>
        <translation>Saut</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Heure (UTC)</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>Délai</translation>
    </message>
    <message>
        <source>%1-bit key</source>
        <translation>clé de %1 bits</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algorithme</translation>
    </message>
    <message>
        <source>Body hash</source>
        <translation>Hash du corps</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>ARC</source>
        <translation>ARC</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Chaîne</translation>
    </message>
    <message>
        <source>%1 for %2: sealer %3, Rebound %4</source>
        <translation>%1 pour %2 : scelleur %3, Rebound %4</translation>
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
        <translation>Scellé par</translation>
    </message>
    <message>
        <source>Seal</source>
        <translation>Sceau</translation>
    </message>
    <message>
        <source>Message signature</source>
        <translation>Signature du message</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Enregistré par</translation>
    </message>
    <message>
        <source>Compared with Rebound</source>
        <translation>Comparaison avec Rebound</translation>
    </message>
    <message>
        <source>trusted (the receiver)</source>
        <translation>fiable (le destinataire)</translation>
    </message>
    <message>
        <source>a claim</source>
        <translation>une simple affirmation</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Écrit par</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Fiabilité</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>for %1 sending as %2</source>
        <translation>pour %1 envoyant au nom de %2</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>pour %1</translation>
    </message>
    <message>
        <source>SPF aligned</source>
        <translation>SPF aligné</translation>
    </message>
    <message>
        <source>DKIM aligned</source>
        <translation>DKIM aligné</translation>
    </message>
    <message>
        <source>DMARC policy</source>
        <translation>Politique DMARC</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>The message was not analysed.</source>
        <translation>Le message n&apos;a pas été analysé.</translation>
    </message>
    <message>
        <source>This is the header block a bounce returned. The route, the domains and the sending address can be trusted; no DKIM signature can pass without the body.</source>
        <translation>Ceci est le bloc d&apos;en-têtes renvoyé par un rebond. Le parcours, les domaines et l&apos;adresse d&apos;envoi sont fiables ; aucune signature DKIM ne peut réussir sans le corps.</translation>
    </message>
    <message>
        <source>This is the copy a bounce returned. The route, the domains and the sending address can be trusted; a DKIM failure may come from the reporting server re-encoding the copy.</source>
        <translation>Ceci est la copie renvoyée par un rebond. Le parcours, les domaines et l&apos;adresse d&apos;envoi sont fiables ; un échec DKIM peut venir du serveur qui a émis le rebond et qui a réencodé la copie.</translation>
    </message>
    <message>
        <source>Route (oldest hop first)</source>
        <translation>Parcours (saut le plus ancien en premier)</translation>
    </message>
    <message>
        <source>No Received fields.</source>
        <translation>Aucun champ Received.</translation>
    </message>
    <message>
        <source>DKIM signatures</source>
        <translation>Signatures DKIM</translation>
    </message>
    <message>
        <source>The message is not signed.</source>
        <translation>Le message n&apos;est pas signé.</translation>
    </message>
    <message>
        <source>Authentication-Results</source>
        <translation>Authentication-Results</translation>
    </message>
    <message>
        <source>No Authentication-Results fields.</source>
        <translation>Aucun champ Authentication-Results.</translation>
    </message>
    <message>
        <source>SPF and DMARC</source>
        <translation>SPF et DMARC</translation>
    </message>
    <message>
        <source>Bulk-sender checklist</source>
        <translation>Liste de contrôle des expéditeurs en masse</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>DMARC for %1</source>
        <translation>DMARC pour %1</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>DMARC pass rate</source>
        <translation>Taux de réussite DMARC</translation>
    </message>
    <message>
        <source>Source IP</source>
        <translation>IP source</translation>
    </message>
    <message>
        <source>Failed DMARC</source>
        <translation>Échecs DMARC</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>DMARC and TLS reports</source>
        <translation>Rapports DMARC et TLS</translation>
    </message>
    <message>
        <source>TLS reports</source>
        <translation>Rapports TLS</translation>
    </message>
    <message>
        <source>Policy domain</source>
        <translation>Domaine de la politique</translation>
    </message>
    <message>
        <source>Successful sessions</source>
        <translation>Sessions réussies</translation>
    </message>
    <message>
        <source>Failed sessions</source>
        <translation>Sessions en échec</translation>
    </message>
    <message>
        <source>Organizational domain</source>
        <translation>Domaine organisationnel</translation>
    </message>
    <message>
        <source>%1 (DNS tree walk, RFC 9989)</source>
        <translation>%1 (parcours de l&apos;arbre DNS, RFC 9989)</translation>
    </message>
    <message>
        <source>Older receivers</source>
        <translation>Destinataires plus anciens</translation>
    </message>
    <message>
        <source>organizational domain %1 (Public Suffix List), policy %2</source>
        <translation>domaine organisationnel %1 (Public Suffix List), politique %2</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>aucun trouvé</translation>
    </message>
    <message>
        <source>the message&apos;s DKIM signature</source>
        <translation>la signature DKIM du message</translation>
    </message>
    <message>
        <source>given</source>
        <translation>indiqué par vous</translation>
    </message>
    <message>
        <source>the list of common selectors</source>
        <translation>la liste des sélecteurs courants</translation>
    </message>
    <message>
        <source>the provider %1 (from the MX hosts or SPF includes)</source>
        <translation>le fournisseur %1 (d&apos;après les hôtes MX ou les include SPF)</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>Trouvée via</translation>
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
        <translation>Récupération</translation>
    </message>
    <message>
        <source>valid for the policy host</source>
        <translation>valide pour l&apos;hôte de politique</translation>
    </message>
    <message>
        <source>not valid for the policy host</source>
        <translation>non valide pour l&apos;hôte de politique</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>max_age</source>
        <translation>max_age</translation>
    </message>
    <message>
        <source>MX patterns</source>
        <translation>Motifs MX</translation>
    </message>
    <message>
        <source>covered</source>
        <translation>couvert</translation>
    </message>
    <message>
        <source>not covered</source>
        <translation>non couvert</translation>
    </message>
    <message>
        <source>MX host</source>
        <translation>Hôte MX</translation>
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
        <translation>conforme</translation>
    </message>
    <message>
        <source>does not conform</source>
        <translation>non conforme</translation>
    </message>
    <message>
        <source>Mark certificate</source>
        <translation>Certificat de marque</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>vérifié</translation>
    </message>
    <message>
        <source>Logo in the certificate</source>
        <translation>Logo du certificat</translation>
    </message>
    <message>
        <source>the published SVG</source>
        <translation>le SVG publié</translation>
    </message>
    <message>
        <source>another SVG</source>
        <translation>un autre SVG</translation>
    </message>
    <message>
        <source>Recipient domain %1</source>
        <translation>Domaine destinataire %1</translation>
    </message>
    <message>
        <source>Mailbox probe</source>
        <translation>Sonde de boîte aux lettres</translation>
    </message>
    <message>
        <source>Nothing is known about the mailbox.</source>
        <translation>On ne sait rien de la boîte aux lettres.</translation>
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
        <translation>RCPT TO (adresse inventée)</translation>
    </message>
    <message>
        <source>Accepts every address</source>
        <translation>Accepte toutes les adresses</translation>
    </message>
    <message>
        <source>Rebound asked the recipient&apos;s mail server about the address (MAIL FROM with your address, RCPT TO, then RSET): no message was sent. An accepted address is what the server said at that moment, not a promise of delivery.</source>
        <translation>Rebound a interrogé le serveur de messagerie du destinataire sur l&apos;adresse (MAIL FROM avec votre adresse, RCPT TO, puis RSET) : aucun message n&apos;a été envoyé. Une adresse acceptée reflète ce que le serveur a dit à ce moment-là, pas une promesse de remise.</translation>
    </message>
    <message>
        <source>DNSSEC bogus</source>
        <translation>DNSSEC invalide (bogus)</translation>
    </message>
    <message>
        <source>not DNSSEC-validated: not checked</source>
        <translation>non validé par DNSSEC : non vérifié</translation>
    </message>
    <message>
        <source>matches</source>
        <translation>correspond</translation>
    </message>
    <message>
        <source>does not match</source>
        <translation>ne correspond pas</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>non vérifié</translation>
    </message>
    <message>
        <source>DANE (TLSA)</source>
        <translation>DANE (TLSA)</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Vert</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Jaune</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Rouge</translation>
    </message>
    <message>
        <source>No data for this IP</source>
        <translation>Aucune donnée pour cette IP</translation>
    </message>
    <message>
        <source>Microsoft SNDS</source>
        <translation>Microsoft SNDS</translation>
    </message>
    <message>
        <source>Microsoft&apos;s data for this IP is not known.</source>
        <translation>Les données de Microsoft pour cette IP ne sont pas connues.</translation>
    </message>
    <message>
        <source>Filter result</source>
        <translation>Résultat du filtrage</translation>
    </message>
    <message>
        <source>Complaint rate</source>
        <translation>Taux de plaintes</translation>
    </message>
    <message>
        <source>Trap hits</source>
        <translation>Pièges touchés</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>Blocked by Microsoft</source>
        <translation>Bloqué par Microsoft</translation>
    </message>
    <message>
        <source>yes: %1</source>
        <translation>oui : %1</translation>
    </message>
    <message>
        <source>Sample HELO, MAIL FROM</source>
        <translation>Exemple de HELO, MAIL FROM</translation>
    </message>
    <message>
        <source>Data of</source>
        <translation>Date des données</translation>
    </message>
    <message>
        <source>(from the cache)</source>
        <translation>(depuis le cache)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>%1: at or over Gmail&apos;s 0.3 % limit</source>
        <translation>%1 : limite de 0,3 % de Gmail atteinte ou dépassée</translation>
    </message>
    <message>
        <source>%1: over Gmail&apos;s 0.1 % target</source>
        <translation>%1 : au-dessus de l&apos;objectif de 0,1 % de Gmail</translation>
    </message>
    <message>
        <source>%1: under Gmail&apos;s 0.1 % target</source>
        <translation>%1 : sous l&apos;objectif de 0,1 % de Gmail</translation>
    </message>
    <message>
        <source>Compliant</source>
        <translation>Conforme</translation>
    </message>
    <message>
        <source>Needs work</source>
        <translation>À corriger</translation>
    </message>
    <message>
        <source>Google Postmaster Tools</source>
        <translation>Google Postmaster Tools</translation>
    </message>
    <message>
        <source>What Gmail measured for this domain is not known.</source>
        <translation>Les mesures de Gmail pour ce domaine ne sont pas connues.</translation>
    </message>
    <message>
        <source>User-reported spam rate</source>
        <translation>Taux de spam signalé par les utilisateurs</translation>
    </message>
    <message>
        <source>SPF authentication rate</source>
        <translation>Taux d&apos;authentification SPF</translation>
    </message>
    <message>
        <source>DKIM authentication rate</source>
        <translation>Taux d&apos;authentification DKIM</translation>
    </message>
    <message>
        <source>DMARC authentication rate</source>
        <translation>Taux d&apos;authentification DMARC</translation>
    </message>
    <message>
        <source>TLS encryption rate</source>
        <translation>Taux de chiffrement TLS</translation>
    </message>
    <message>
        <source>Delivery error rate</source>
        <translation>Taux d&apos;erreurs de remise</translation>
    </message>
    <message>
        <source>Google has no compliance status for this domain.</source>
        <translation>Google n&apos;a pas d&apos;état de conformité pour ce domaine.</translation>
    </message>
    <message>
        <source>Gmail sender requirement</source>
        <translation>Exigence de Gmail envers les expéditeurs</translation>
    </message>
    <message>
        <source>%1 trap hits</source>
        <translation>%1 pièges touchés</translation>
    </message>
    <message>
        <source>blocked by Microsoft: %1</source>
        <translation>bloqué par Microsoft : %1</translation>
    </message>
    <message>
        <source>data of %1</source>
        <translation>données du %1</translation>
    </message>
    <message>
        <source>Watch history</source>
        <translation>Historique de surveillance</translation>
    </message>
    <message>
        <source>The watch&apos;s database could not be read.</source>
        <translation>La base de données de la surveillance n&apos;a pas pu être lue.</translation>
    </message>
    <message>
        <source>Every check the watch makes of this target is sound.</source>
        <translation>Toutes les vérifications que la surveillance effectue sur cette cible sont correctes.</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Latest changes, newest first:</source>
        <translation>Derniers changements, du plus récent au plus ancien :</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <source>From → to</source>
        <translation>De → à</translation>
    </message>
</context>
<context>
    <name>rebound::report::words</name>
    <message>
        <source>[cut here: %1 more characters, %2 more lines; the attached session JSON has all of it]</source>
        <translation>[coupé ici : %1 caractères de plus, %2 lignes de plus ; le JSON de session joint contient tout]</translation>
    </message>
    <message>
        <source>The PDF&apos;s cross-reference chain is broken or too long.</source>
        <translation>La chaîne de références croisées du PDF est cassée ou trop longue.</translation>
    </message>
    <message>
        <source>The PDF uses a cross-reference stream, which is not supported.</source>
        <translation>Le PDF utilise un flux de références croisées, non pris en charge.</translation>
    </message>
    <message>
        <source>The PDF&apos;s cross-reference table is malformed.</source>
        <translation>La table des références croisées du PDF est mal formée.</translation>
    </message>
    <message>
        <source>The PDF&apos;s cross-reference table is cut short.</source>
        <translation>La table des références croisées du PDF est tronquée.</translation>
    </message>
    <message>
        <source>The PDF&apos;s trailer is malformed.</source>
        <translation>La section trailer du PDF est mal formée.</translation>
    </message>
    <message>
        <source>The PDF has no usable trailer.</source>
        <translation>Le PDF n&apos;a pas de trailer utilisable.</translation>
    </message>
    <message>
        <source>The PDF or the attachment is too large.</source>
        <translation>Le PDF ou la pièce jointe est trop volumineux.</translation>
    </message>
    <message>
        <source>The PDF has no readable catalog.</source>
        <translation>Le PDF n&apos;a pas de catalogue lisible.</translation>
    </message>
    <message>
        <source>The PDF already has a name dictionary; attaching is not supported.</source>
        <translation>Le PDF a déjà un dictionnaire de noms ; l&apos;ajout d&apos;une pièce jointe n&apos;est pas pris en charge.</translation>
    </message>
    <message>
        <source>Not a PDF file.</source>
        <translation>Ce n&apos;est pas un fichier PDF.</translation>
    </message>
    <message>
        <source>The PDF has no embedded file named %1.</source>
        <translation>Le PDF n&apos;a pas de fichier incorporé nommé %1.</translation>
    </message>
    <message>
        <source>The embedded file&apos;s length is missing or wrong.</source>
        <translation>La longueur du fichier incorporé est absente ou erronée.</translation>
    </message>
    <message>
        <source>The embedded file uses an unsupported filter.</source>
        <translation>Le fichier incorporé utilise un filtre non pris en charge.</translation>
    </message>
    <message>
        <source>The embedded file is too large.</source>
        <translation>Le fichier incorporé est trop volumineux.</translation>
    </message>
    <message>
        <source>The embedded file could not be decompressed.</source>
        <translation>Le fichier incorporé n&apos;a pas pu être décompressé.</translation>
    </message>
    <message>
        <source>Email deliverability report</source>
        <translation>Rapport de délivrabilité e-mail</translation>
    </message>
    <message>
        <source>Bounce for mail sent from %1</source>
        <translation>Rebond pour du courrier envoyé depuis %1</translation>
    </message>
    <message>
        <source>Rebound %1 · session %2 · generated %3</source>
        <translation>Rebound %1 · session %2 · généré le %3</translation>
    </message>
    <message>
        <source>SMTP transcripts</source>
        <translation>Transcriptions SMTP</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
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
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Problem found</source>
        <translation>Problème trouvé</translation>
    </message>
    <message>
        <source>Could not check everything</source>
        <translation>Impossible de tout vérifier</translation>
    </message>
    <message>
        <source>No problem found</source>
        <translation>Aucun problème trouvé</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Non vérifié</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Could not run</source>
        <translation>Impossible d&apos;exécuter</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignoré</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Not finished</source>
        <translation>Non terminé</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>Your ESP or host</source>
        <translation>Votre ESP ou hébergeur</translation>
    </message>
    <message>
        <source>The recipient&apos;s admin</source>
        <translation>L&apos;administrateur du destinataire</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>N&apos;importe qui</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>non vérifié</translation>
    </message>
    <message>
        <source>(not a web link, not clickable)</source>
        <translation>(pas un lien web, non cliquable)</translation>
    </message>
    <message>
        <source>This program cannot draw PDF reports (no PDF renderer is built in).</source>
        <translation>Ce programme ne peut pas dessiner de rapports PDF (aucun moteur de rendu PDF intégré).</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Not a Rebound session: %1</source>
        <translation>Pas une session Rebound : %1</translation>
    </message>
    <message>
        <source>Not a Rebound session (no &quot;schema&quot;: &quot;rebound.session&quot;).</source>
        <translation>Pas une session Rebound (pas de &quot;schema&quot;: &quot;rebound.session&quot;).</translation>
    </message>
    <message>
        <source>The file is larger than 64 MiB.</source>
        <translation>Le fichier dépasse 64 Mio.</translation>
    </message>
    <message>
        <source>[%1 more entries were not kept]</source>
        <translation>[%1 entrées supplémentaires n&apos;ont pas été conservées]</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Reply code</source>
        <translation>Code de réponse</translation>
    </message>
    <message>
        <source>Enhanced status</source>
        <translation>Statut étendu</translation>
    </message>
    <message>
        <source>Server&apos;s words</source>
        <translation>Termes du serveur</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>SMTP command</source>
        <translation>Commande SMTP</translation>
    </message>
    <message>
        <source>Refusing server</source>
        <translation>Serveur qui refuse</translation>
    </message>
    <message>
        <source>Sending IP</source>
        <translation>IP d&apos;envoi</translation>
    </message>
    <message>
        <source>Blocklist named</source>
        <translation>Liste de blocage citée</translation>
    </message>
    <message>
        <source>Provider code</source>
        <translation>Code du fournisseur</translation>
    </message>
    <message>
        <source>Blocklists named</source>
        <translation>Listes de blocage citées</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Permanent</source>
        <translation>Permanent</translation>
    </message>
    <message>
        <source>Input refused: nothing was analysed</source>
        <translation>Entrée refusée : rien n&apos;a été analysé</translation>
    </message>
    <message>
        <source>Nothing recognised: no bounce, reply or log line in the input</source>
        <translation>Rien de reconnu : aucun rebond, aucune réponse ni aucune ligne de journal dans l&apos;entrée</translation>
    </message>
    <message>
        <source>verified by a live lookup</source>
        <translation>vérifié par une requête en direct</translation>
    </message>
    <message>
        <source>inferred from the bounce text, confidence %1%</source>
        <translation>déduit du texte du rebond, confiance %1 %</translation>
    </message>
    <message>
        <source>inferred from the checks, confidence %1%</source>
        <translation>déduit des vérifications, confiance %1 %</translation>
    </message>
    <message>
        <source>confidence %1%</source>
        <translation>confiance %1 %</translation>
    </message>
</context>
<context>
    <name>rebound::secrets::SecretStore</name>
    <message>
        <source>the keychain did not answer within %1 s</source>
        <translation>le trousseau n&apos;a pas répondu dans les %1 s</translation>
    </message>
    <message>
        <source>cannot make %1 readable by its owner only</source>
        <translation>impossible de rendre %1 lisible par son seul propriétaire</translation>
    </message>
    <message>
        <source>No system keychain is available (%1), so the key is kept in %2, readable only by you.</source>
        <translation>Aucun trousseau système n&apos;est disponible (%1) : la clé est donc conservée dans %2, lisible par vous seul.</translation>
    </message>
    <message>
        <source>The key is kept in the system keychain.</source>
        <translation>La clé est conservée dans le trousseau système.</translation>
    </message>
    <message>
        <source>The key could not be stored: no keychain (%1), and %2 (%3).</source>
        <translation>La clé n&apos;a pas pu être enregistrée : pas de trousseau (%1), et %2 (%3).</translation>
    </message>
</context>
<context>
    <name>rebound::ui</name>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Could not check</source>
        <translation>Non vérifiable</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignoré</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>Your mail provider</source>
        <translation>Votre fournisseur de messagerie</translation>
    </message>
    <message>
        <source>The recipient&apos;s admin</source>
        <translation>L&apos;administrateur du destinataire</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>N&apos;importe qui</translation>
    </message>
</context>
<context>
    <name>rebound::ui::AuthTagsModel</name>
    <message>
        <source>Tag</source>
        <translation>Balise</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Signification</translation>
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
        <translation>Sélecteur DKIM %1 (%1._domainkey.%2)</translation>
    </message>
    <message>
        <source>no record published</source>
        <translation>aucun enregistrement publié</translation>
    </message>
    <message>
        <source>Not a tag this version knows; receivers ignore it.</source>
        <translation>Balise inconnue de cette version ; les destinataires l&apos;ignorent.</translation>
    </message>
</context>
<context>
    <name>rebound::ui::BlocklistModel</name>
    <message>
        <source>Status</source>
        <translation>État</translation>
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
        <translation>Signification</translation>
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
        <translation>Afficher seulement les &amp;problèmes</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Open &amp;lookup page…</source>
        <translation>Ouvrir la page de co&amp;nsultation…</translation>
    </message>
    <message>
        <source>Blocklist results</source>
        <translation>Résultats des listes de blocage</translation>
    </message>
    <message>
        <source>Address checked</source>
        <translation>Adresse vérifiée</translation>
    </message>
    <message>
        <source>Filter lists</source>
        <translation>Filtrer les listes</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>Adre&amp;sse :</translation>
    </message>
    <message>
        <source>lookup page</source>
        <translation>page de consultation</translation>
    </message>
    <message>
        <source>removal page</source>
        <translation>page de retrait</translation>
    </message>
    <message>
        <source>(address not known yet)</source>
        <translation>(adresse pas encore connue)</translation>
    </message>
    <message>
        <source>Not checked: blocklists are checked for an IP address, or for the sending IP found in a bounce.</source>
        <translation>Non vérifié : les listes de blocage sont vérifiées pour une adresse IP, ou pour l&apos;IP d&apos;envoi trouvée dans un rebond.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Not checked. %1</source>
        <translation>Non vérifié. %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Open re&amp;moval page…</source>
        <translation>Ouvrir la page de re&amp;trait…</translation>
    </message>
    <message>
        <source>Checking… %1 of %2 lists answered; listed on %3 so far.</source>
        <translation>Vérification… %1 listes sur %2 ont répondu ; listée sur %3 jusqu&apos;ici.</translation>
    </message>
    <message>
        <source>%1 lists: %2</source>
        <translation>%1 listes : %2</translation>
    </message>
    <message>
        <source>Microsoft SNDS: not checked (no SNDS key in Settings &gt; Blocklists).</source>
        <translation>Microsoft SNDS : non vérifié (pas de clé SNDS dans Paramètres &gt; Listes de blocage).</translation>
    </message>
    <message>
        <source>Microsoft SNDS: checking…</source>
        <translation>Microsoft SNDS : vérification…</translation>
    </message>
    <message>
        <source>Microsoft SNDS: not read. %1</source>
        <translation>Microsoft SNDS : non lu. %1</translation>
    </message>
    <message>
        <source>Microsoft SNDS: no data for this address</source>
        <translation>Microsoft SNDS : aucune donnée pour cette adresse</translation>
    </message>
    <message numerus="yes">
        <source>Microsoft SNDS: %1, %n trap hit(s), complaints %2</source>
        <translation>
            <numerusform>Microsoft SNDS : %1, %n piège touché, plaintes %2</numerusform>
            <numerusform>Microsoft SNDS : %1, %n pièges touchés, plaintes %2</numerusform>
        </translation>
    </message>
    <message>
        <source>; blocked by Microsoft: %1</source>
        <translation> ; bloqué par Microsoft : %1</translation>
    </message>
    <message>
        <source>(data of %1, from the cache)</source>
        <translation>(données du %1, depuis le cache)</translation>
    </message>
    <message>
        <source>(data of %1)</source>
        <translation>(données du %1)</translation>
    </message>
</context>
<context>
    <name>rebound::ui::BounceView</name>
    <message>
        <source>Bounce text</source>
        <translation>Texte du rebond</translation>
    </message>
    <message>
        <source>Fields found in the bounce</source>
        <translation>Champs trouvés dans le rebond</translation>
    </message>
    <message>
        <source>Not a bounce, or not analysed yet.</source>
        <translation>Pas un rebond, ou pas encore analysé.</translation>
    </message>
    <message>
        <source>No recipient could be read from this bounce.</source>
        <translation>Aucun destinataire n&apos;a pu être lu dans ce rebond.</translation>
    </message>
    <message>
        <source>Recipient %1: %2</source>
        <translation>Destinataire %1 : %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Remarque : %1</translation>
    </message>
    <message>
        <source>Loading the bounce text (%1 characters)…</source>
        <translation>Chargement du texte du rebond (%1 caractères)…</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message numerus="yes">
        <source>…and %n other kind(s)</source>
        <translation>
            <numerusform>…et %n autre type</numerusform>
            <numerusform>…et %n autres types</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more recipient(s)</source>
        <translation>
            <numerusform>%n autre destinataire</numerusform>
            <numerusform>%n autres destinataires</numerusform>
        </translation>
    </message>
    <message>
        <source>Each of them is in the Raw DNS evidence tab and the exports.</source>
        <translation>Tous figurent dans l&apos;onglet « Données DNS brutes » et dans les exports.</translation>
    </message>
    <message>
        <source>Only the first 2 MB of the text are shown and kept; the analysis read all of it.</source>
        <translation>Seuls les 2 premiers Mo du texte sont affichés et conservés ; l&apos;analyse l&apos;a lu en entier.</translation>
    </message>
    <message>
        <source>The input was refused, so nothing in it was analysed: %1</source>
        <translation>L&apos;entrée a été refusée : rien n&apos;y a été analysé : %1</translation>
    </message>
    <message>
        <source>yes, retrying will not help</source>
        <translation>oui, réessayer n&apos;y changera rien</translation>
    </message>
    <message>
        <source>no, may succeed later</source>
        <translation>non, peut réussir plus tard</translation>
    </message>
</context>
<context>
    <name>rebound::ui::CauseCard</name>
    <message>
        <source>Unnamed cause</source>
        <translation>Cause sans nom</translation>
    </message>
    <message>
        <source>Cause %1: %2</source>
        <translation>Cause %1 : %2</translation>
    </message>
    <message>
        <source>Against the alternatives</source>
        <translation>Contre les autres hypothèses</translation>
    </message>
    <message>
        <source>Do not</source>
        <translation>À ne pas faire</translation>
    </message>
    <message>
        <source>Recovery: %1</source>
        <translation>Rétablissement : %1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Why not certain: %1</source>
        <translation>Pourquoi pas certain : %1</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Éléments de preuve</translation>
    </message>
    <message>
        <source>Show in the bounce</source>
        <translation>Montrer dans le rebond</translation>
    </message>
    <message>
        <source>What to do, in order</source>
        <translation>Que faire, dans l&apos;ordre</translation>
    </message>
    <message>
        <source>%1. %2: %3</source>
        <translation>%1. %2 : %3</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Ouvrir %1</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more item(s) of evidence (all in the Raw DNS evidence tab and the exports).</source>
        <translation>
            <numerusform>…et %n autre élément de preuve (tous dans l&apos;onglet « Données DNS brutes » et dans les exports).</numerusform>
            <numerusform>…et %n autres éléments de preuve (tous dans l&apos;onglet « Données DNS brutes » et dans les exports).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rebound::ui::CheckListModel</name>
    <message>
        <source> (%1 of %2 answered)</source>
        <translation> (%1 sur %2 ont répondu)</translation>
    </message>
</context>
<context>
    <name>rebound::ui::DiagnosisView</name>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnostic</translation>
    </message>
    <message>
        <source>Checking… the most likely causes so far:</source>
        <translation>Vérification… les causes les plus probables à ce stade :</translation>
    </message>
    <message>
        <source>Checking… causes appear here as the checks finish.</source>
        <translation>Vérification… les causes apparaissent ici à mesure que les vérifications se terminent.</translation>
    </message>
    <message>
        <source>The input was refused, so nothing in it was analysed and nothing is concluded. The Bounce tab says why.</source>
        <translation>L&apos;entrée a été refusée : rien n&apos;y a été analysé et aucune conclusion n&apos;en est tirée. L&apos;onglet « Rebond » explique pourquoi.</translation>
    </message>
    <message>
        <source>No bounce, SMTP reply or log line was recognised in the input, so nothing is concluded from it.</source>
        <translation>Aucun rebond, aucune réponse SMTP ni aucune ligne de journal n&apos;a été reconnu dans l&apos;entrée : aucune conclusion n&apos;en est tirée.</translation>
    </message>
    <message>
        <source>Problem found. Most likely cause first:</source>
        <translation>Problème trouvé. Cause la plus probable en premier :</translation>
    </message>
    <message>
        <source>Some checks could not run, so this answer may be incomplete.</source>
        <translation>Certaines vérifications n&apos;ont pas pu s&apos;exécuter ; cette réponse est peut-être incomplète.</translation>
    </message>
    <message>
        <source>No problem found by the checks that ran.</source>
        <translation>Aucun problème trouvé par les vérifications exécutées.</translation>
    </message>
    <message>
        <source>Nothing was checked.</source>
        <translation>Rien n&apos;a été vérifié.</translation>
    </message>
    <message>
        <source>Paste a bounce, an IP address or a domain above and press Diagnose (Ctrl+Return).</source>
        <translation>Collez ci-dessus un rebond, une adresse IP ou un domaine et appuyez sur Diagnostiquer (Ctrl+Entrée).</translation>
    </message>
</context>
<context>
    <name>rebound::ui::DnsQueryModel</name>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>No record of this type (NODATA)</source>
        <translation>Aucun enregistrement de ce type (NODATA)</translation>
    </message>
    <message>
        <source>No such name (NXDOMAIN)</source>
        <translation>Nom inexistant (NXDOMAIN)</translation>
    </message>
    <message>
        <source>Server failure (SERVFAIL)</source>
        <translation>Échec du serveur (SERVFAIL)</translation>
    </message>
    <message>
        <source>Refused (REFUSED)</source>
        <translation>Refusée (REFUSED)</translation>
    </message>
    <message>
        <source>Query not understood (FORMERR)</source>
        <translation>Requête non comprise (FORMERR)</translation>
    </message>
    <message>
        <source>Other error code</source>
        <translation>Autre code d&apos;erreur</translation>
    </message>
    <message>
        <source>No answer in time (timeout)</source>
        <translation>Pas de réponse à temps (timeout)</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>Erreur réseau</translation>
    </message>
    <message>
        <source>Unreadable answer</source>
        <translation>Réponse illisible</translation>
    </message>
    <message>
        <source>Not sent (invalid name)</source>
        <translation>Non envoyée (nom invalide)</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>none answered</source>
        <translation>aucun n&apos;a répondu</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Ended %1 UTC</source>
        <translation>Terminée le %1 UTC</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>TTL (s)</source>
        <translation>TTL (s)</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Durée</translation>
    </message>
</context>
<context>
    <name>rebound::ui::DnsQueryView</name>
    <message>
        <source>DNS queries and answers</source>
        <translation>Requêtes et réponses DNS</translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation>Filtrer par nom</translation>
    </message>
    <message>
        <source>Filter DNS queries by name</source>
        <translation>Filtrer les requêtes DNS par nom</translation>
    </message>
    <message>
        <source>No DNS query was sent in this run.</source>
        <translation>Aucune requête DNS n&apos;a été envoyée lors de cette exécution.</translation>
    </message>
    <message>
        <source>The first %1 of %2 DNS queries; the rest were not kept.</source>
        <translation>Les %1 premières des %2 requêtes DNS ; les autres n&apos;ont pas été conservées.</translation>
    </message>
    <message numerus="yes">
        <source>%n DNS query(s).</source>
        <translation>
            <numerusform>%n requête DNS.</numerusform>
            <numerusform>%n requêtes DNS.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 shown.</source>
        <translation>Affichées : %1.</translation>
    </message>
</context>
<context>
    <name>rebound::ui::ExportDialog</name>
    <message>
        <source>PDF report (for a support ticket)</source>
        <translation>Rapport PDF (pour un ticket de support)</translation>
    </message>
    <message>
        <source>PDF report (*.pdf)</source>
        <translation>Rapport PDF (*.pdf)</translation>
    </message>
    <message>
        <source>HTML page</source>
        <translation>Page HTML</translation>
    </message>
    <message>
        <source>HTML page (*.html *.htm)</source>
        <translation>Page HTML (*.html *.htm)</translation>
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
        <translation>JSON de session (se rouvre dans Rebound)</translation>
    </message>
    <message>
        <source>Session JSON (*.json)</source>
        <translation>JSON de session (*.json)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
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
        <translation>&amp;Masquer les données personnelles (adresses, noms, Message-ID)</translation>
    </message>
    <message>
        <source>Local parts of addresses, display names and Message-IDs become •••. Domains, IP addresses and DNS records stay: the support desk needs them.</source>
        <translation>Les parties locales des adresses, les noms affichés et les Message-ID deviennent •••. Les domaines, adresses IP et enregistrements DNS restent : le support en a besoin.</translation>
    </message>
    <message>
        <source>Preview of the exported text</source>
        <translation>Aperçu du texte exporté</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <source>&amp;Paper size:</source>
        <translation>&amp;Taille du papier :</translation>
    </message>
    <message>
        <source>Fi&amp;le:</source>
        <translation>Fic&amp;hier :</translation>
    </message>
    <message>
        <source>P&amp;review of what leaves this machine:</source>
        <translation>&amp;Aperçu de ce qui quitte cette machine :</translation>
    </message>
    <message>
        <source>Choose a file to write.</source>
        <translation>Choisissez un fichier à écrire.</translation>
    </message>
    <message>
        <source>%1 exists. Replace it?</source>
        <translation>%1 existe. Le remplacer ?</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <source>Could not export: %1</source>
        <translation>Échec de l&apos;export : %1</translation>
    </message>
    <message>
        <source>Add the &amp;appendices (the pasted text, every DNS answer, SMTP transcripts)</source>
        <translation>Ajouter les a&amp;nnexes (le texte collé, chaque réponse DNS, les transcriptions SMTP)</translation>
    </message>
    <message>
        <source>Pages for the specialist who wants the raw answers. Without them the report is the verdict, its evidence and the checks.</source>
        <translation>Des pages pour le spécialiste qui veut les réponses brutes. Sans elles, le rapport contient le verdict, ses éléments de preuve et les vérifications.</translation>
    </message>
</context>
<context>
    <name>rebound::ui::FindingsModel</name>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Réussite</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Éléments de preuve</translation>
    </message>
</context>
<context>
    <name>rebound::ui::HistoryModel</name>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Saisie</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>unfinished</source>
        <translation>inachevé</translation>
    </message>
    <message>
        <source>no problem found</source>
        <translation>aucun problème trouvé</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>incomplet</translation>
    </message>
    <message>
        <source>input refused</source>
        <translation>entrée refusée</translation>
    </message>
    <message>
        <source>nothing recognised</source>
        <translation>rien de reconnu</translation>
    </message>
</context>
<context>
    <name>rebound::ui::HistoryStore</name>
    <message>
        <source>The run has no id.</source>
        <translation>L&apos;exécution n&apos;a pas d&apos;identifiant.</translation>
    </message>
    <message>
        <source>The history database is not open.</source>
        <translation>La base de l&apos;historique n&apos;est pas ouverte.</translation>
    </message>
</context>
<context>
    <name>rebound::ui::InputEdit</name>
    <message>
        <source>The pasted text is %1 MB; Rebound reads at most %2 MB. A bounce needs only its text and headers: paste those without the attachments.</source>
        <translation>Le texte collé fait %1 Mo ; Rebound lit au plus %2 Mo. Un rebond n&apos;a besoin que de son texte et de ses en-têtes : collez-les sans les pièces jointes.</translation>
    </message>
    <message>
        <source>Pasting %1 characters…</source>
        <translation>Collage de %1 caractères…</translation>
    </message>
    <message>
        <source>The file is %1 MB; Rebound reads files of up to %2 MB. A bounce needs only its text and headers: save the message without its attachments and try again.</source>
        <translation>Le fichier fait %1 Mo ; Rebound lit des fichiers jusqu&apos;à %2 Mo. Un rebond n&apos;a besoin que de son texte et de ses en-têtes : enregistrez le message sans ses pièces jointes et réessayez.</translation>
    </message>
    <message>
        <source>This is a binary file, not mail or text (more than 1 in 20 of its first bytes are NUL or control bytes). Rebound reads bounces saved as .eml, .txt, .mbox or .log.</source>
        <translation>Ceci est un fichier binaire, pas un message ni du texte (plus d&apos;1 sur 20 de ses premiers octets sont des octets NUL ou de contrôle). Rebound lit les rebonds enregistrés en .eml, .txt, .mbox ou .log.</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8, so it was read as Latin-1; some characters may show wrongly, the addresses and codes are unaffected</source>
        <translation>le fichier n&apos;est pas de l&apos;UTF-8 valide, il a donc été lu en Latin-1 ; certains caractères peuvent mal s&apos;afficher, les adresses et les codes ne sont pas affectés</translation>
    </message>
    <message>
        <source>This file is compressed. Unpack it, then open the message inside (saved as .eml, .txt, .mbox or .log).</source>
        <translation>Ce fichier est compressé. Décompressez-le, puis ouvrez le message qu’il contient (enregistré en .eml, .txt, .mbox ou .log).</translation>
    </message>
    <message>
        <source>This is an Outlook .msg file, a binary format. Save the message as .eml, or paste its text and its Internet headers here.</source>
        <translation>Ceci est un fichier .msg d’Outlook, un format binaire. Enregistrez le message en .eml, ou collez ici son texte et ses en-têtes Internet.</translation>
    </message>
    <message>
        <source>This is a PDF document. Paste the bounce&apos;s text here, or open the message saved as .eml.</source>
        <translation>Ceci est un document PDF. Collez ici le texte du rebond, ou ouvrez le message enregistré en .eml.</translation>
    </message>
</context>
<context>
    <name>rebound::ui::JsonTreeModel</name>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message numerus="yes">
        <source>{%n key(s)}</source>
        <translation>
            <numerusform>{%n clé}</numerusform>
            <numerusform>{%n clés}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[%n élément]</numerusform>
            <numerusform>[%n éléments]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rebound::ui::LinkOpener</name>
    <message>
        <source>Not a web page</source>
        <translation>Pas une page web</translation>
    </message>
    <message>
        <source>This link is not a web address and will not be opened:</source>
        <translation>Ce lien n&apos;est pas une adresse web et ne sera pas ouvert :</translation>
    </message>
    <message>
        <source>Open in browser?</source>
        <translation>Ouvrir dans le navigateur ?</translation>
    </message>
    <message>
        <source>Open &quot;%1&quot; in your web browser?</source>
        <translation>Ouvrir « %1 » dans votre navigateur web ?</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
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
        <translation>Progression des vérifications</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>Impossible d&apos;ouvrir %1</translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation>Détecté : %1</translation>
    </message>
    <message>
        <source>Could not save to history: %1</source>
        <translation>Impossible d&apos;enregistrer dans l&apos;historique : %1</translation>
    </message>
    <message>
        <source>Paste a bounce, an SMTP reply or log line, an IP address, a range or a domain — or drop an .eml or .txt file here.</source>
        <translation>Collez un rebond, une réponse SMTP ou une ligne de journal, une adresse IP, une plage ou un domaine — ou déposez ici un fichier .eml ou .txt.</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Saisie</translation>
    </message>
    <message>
        <source>What the input was detected as</source>
        <translation>Ce pour quoi la saisie a été détectée</translation>
    </message>
    <message>
        <source>&amp;Diagnose</source>
        <translation>Dia&amp;gnostiquer</translation>
    </message>
    <message>
        <source>Run the checks (Ctrl+Return)</source>
        <translation>Lancer les vérifications (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop the checks and keep what finished (Esc)</source>
        <translation>Arrêter les vérifications et garder ce qui est terminé (Échap)</translation>
    </message>
    <message>
        <source>Checks and their state</source>
        <translation>Vérifications et leur état</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Bounce</source>
        <translation>Rebond</translation>
    </message>
    <message>
        <source>Blocklists</source>
        <translation>Listes de blocage</translation>
    </message>
    <message>
        <source>Reverse DNS</source>
        <translation>DNS inverse</translation>
    </message>
    <message>
        <source>SPF evaluation tree</source>
        <translation>Arbre d&apos;évaluation SPF</translation>
    </message>
    <message>
        <source>SPF</source>
        <translation>SPF</translation>
    </message>
    <message>
        <source>DMARC and DKIM records</source>
        <translation>Enregistrements DMARC et DKIM</translation>
    </message>
    <message>
        <source>DMARC &amp;&amp; DKIM</source>
        <translation>DMARC &amp;&amp; DKIM</translation>
    </message>
    <message>
        <source>MX records and SMTP transcript</source>
        <translation>Enregistrements MX et transcription SMTP</translation>
    </message>
    <message>
        <source>MX &amp;&amp; SMTP</source>
        <translation>MX &amp;&amp; SMTP</translation>
    </message>
    <message>
        <source>Raw evidence</source>
        <translation>Données brutes</translation>
    </message>
    <message>
        <source>Raw DNS evidence</source>
        <translation>Données DNS brutes</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Search history</source>
        <translation>Rechercher dans l&apos;historique</translation>
    </message>
    <message>
        <source>Earlier runs</source>
        <translation>Exécutions précédentes</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>Copy Diagnosis as &amp;Markdown</source>
        <translation>Copier le diagnostic en &amp;Markdown</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>E&amp;xécuter</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;About Rebound</source>
        <translation>À &amp;propos de Rebound</translation>
    </message>
    <message>
        <source>About Rebound</source>
        <translation>À propos de Rebound</translation>
    </message>
    <message>
        <source>Rebound %1
Finds out why your mail bounced and what to do about it.</source>
        <translation>Rebound %1
Trouve pourquoi votre message n&apos;a pas été distribué et ce qu&apos;il faut faire.</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Nothing to diagnose: paste a bounce, an IP address or a domain first.</source>
        <translation>Rien à diagnostiquer : collez d&apos;abord un rebond, une adresse IP ou un domaine.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>The resolver list in Settings is not valid: %1</source>
        <translation>La liste de résolveurs dans les Paramètres n&apos;est pas valide : %1</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Cancelling; finished checks are kept…</source>
        <translation>Annulation ; les vérifications terminées sont conservées…</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %1 of %n check(s) finished.</source>
        <translation>
            <numerusform>Annulé : %1 vérification sur %n terminée.</numerusform>
            <numerusform>Annulé : %1 vérifications sur %n terminées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Finished: %n check(s).</source>
        <translation>
            <numerusform>Terminé : %n vérification.</numerusform>
            <numerusform>Terminé : %n vérifications.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the input…</source>
        <translation>Lecture de la saisie…</translation>
    </message>
    <message>
        <source>Running checks: %1 of %2 finished. Esc cancels.</source>
        <translation>Vérifications en cours : %1 sur %2 terminées. Échap pour annuler.</translation>
    </message>
    <message>
        <source>Not checked: SPF is checked for a domain, or for the sender&apos;s domain found in a bounce.</source>
        <translation>Non vérifié : SPF est vérifié pour un domaine, ou pour le domaine de l&apos;expéditeur trouvé dans un rebond.</translation>
    </message>
    <message>
        <source>No SPF record found.</source>
        <translation>Aucun enregistrement SPF trouvé.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>not evaluated</source>
        <translation>non évalué</translation>
    </message>
    <message>
        <source>Bounce analysis</source>
        <translation>Analyse du rebond</translation>
    </message>
    <message>
        <source>Open a bounce or a saved session</source>
        <translation>Ouvrir un rebond ou une session enregistrée</translation>
    </message>
    <message>
        <source>Mail and text (*.eml *.txt *.mbox *.log *.msg);;Rebound sessions and reports (*.json *.pdf);;All files (*)</source>
        <translation>Courrier et texte (*.eml *.txt *.mbox *.log *.msg);;Sessions et rapports Rebound (*.json *.pdf);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>A diagnosis is running.</source>
        <translation>Un diagnostic est en cours.</translation>
    </message>
    <message>
        <source>Showing the session saved in %1.</source>
        <translation>Affichage de la session enregistrée dans %1.</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exporté vers %1</translation>
    </message>
    <message>
        <source>Diagnosis copied as Markdown (personal data masked).</source>
        <translation>Diagnostic copié en Markdown (données personnelles masquées).</translation>
    </message>
    <message>
        <source>Could not open that run: %1</source>
        <translation>Impossible d&apos;ouvrir cette exécution : %1</translation>
    </message>
    <message>
        <source>Showing the run of %1.</source>
        <translation>Affichage de l&apos;exécution du %1.</translation>
    </message>
    <message>
        <source>Could not delete: %1</source>
        <translation>Suppression impossible : %1</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Coller</translation>
    </message>
    <message>
        <source>The text was not pasted.</source>
        <translation>Le texte n&apos;a pas été collé.</translation>
    </message>
    <message>
        <source>Detected from the first %1 lines: %2</source>
        <translation>Détecté d&apos;après les %1 premières lignes : %2</translation>
    </message>
    <message>
        <source>Chec&amp;ks</source>
        <translation>&amp;Vérifications</translation>
    </message>
    <message>
        <source>Re-r&amp;un</source>
        <translation>&amp;Relancer</translation>
    </message>
    <message>
        <source>Dele&amp;te</source>
        <translation>Suppri&amp;mer</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 ouvert</translation>
    </message>
    <message>
        <source>Opened %1: %2</source>
        <translation>%1 ouvert : %2</translation>
    </message>
    <message>
        <source>Show &amp;whole input</source>
        <translation>Affic&amp;her toute l&apos;entrée</translation>
    </message>
    <message>
        <source>e.g. s1 or google (from the DKIM-Signature&apos;s s= tag)</source>
        <translation>par ex. s1 ou google (d&apos;après la balise s= de la DKIM-Signature)</translation>
    </message>
    <message>
        <source>DKIM selector to check</source>
        <translation>Sélecteur DKIM à vérifier</translation>
    </message>
    <message>
        <source>DKIM se&amp;lector:</source>
        <translation>Sélecte&amp;ur DKIM :</translation>
    </message>
    <message>
        <source>Check a&amp;gain</source>
        <translation>Vér&amp;ifier de nouveau</translation>
    </message>
    <message>
        <source>Diagnose the input again, also looking for the DKIM key of this selector</source>
        <translation>Diagnostiquer de nouveau l&apos;entrée, en cherchant aussi la clé DKIM de ce sélecteur</translation>
    </message>
    <message>
        <source>Findings: pass, warning or fail, and why</source>
        <translation>Constats : réussite, avertissement ou échec, et pourquoi</translation>
    </message>
    <message>
        <source>Out of date: the input has changed since these results were made. Press Diagnose (Ctrl+Return) to check what is in the box now.</source>
        <translation>Obsolète : l&apos;entrée a changé depuis que ces résultats ont été produits. Appuyez sur Diagnostiquer (Ctrl+Entrée) pour vérifier ce qui se trouve maintenant dans la zone.</translation>
    </message>
    <message>
        <source>Rebound (results out of date)</source>
        <translation>Rebound (résultats obsolètes)</translation>
    </message>
    <message>
        <source>DKIM selector</source>
        <translation>Sélecteur DKIM</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a DKIM selector.</source>
        <translation>« %1 » n&apos;est pas un sélecteur DKIM.</translation>
    </message>
    <message>
        <source>A selector is one or more DNS labels: letters, digits, hyphens and underscores, separated by dots (RFC 6376 3.1).</source>
        <translation>Un sélecteur est composé d&apos;un ou plusieurs libellés DNS : lettres, chiffres, traits d&apos;union et tirets bas, séparés par des points (RFC 6376 3.1).</translation>
    </message>
    <message>
        <source>Shrink &amp;input</source>
        <translation>Réduire &amp;l&apos;entrée</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Open &amp;Reports…</source>
        <translation>Ouvrir des &amp;rapports…</translation>
    </message>
    <message>
        <source>DMARC and TLS &amp;Reports</source>
        <translation>&amp;Rapports DMARC et TLS</translation>
    </message>
    <message>
        <source>Record: %1
Result: %2 · DNS lookups: %3 of %4 · void lookups: %5 of %6</source>
        <translation>Enregistrement : %1
Résultat : %2 · requêtes DNS : %3 sur %4 · requêtes vides : %5 sur %6</translation>
    </message>
    <message>
        <source>DMARC and TLS reports — Rebound</source>
        <translation>Rapports DMARC et TLS — Rebound</translation>
    </message>
    <message>
        <source>Show in the &amp;Reports window</source>
        <translation>Afficher dans la fenêtre des ra&amp;pports</translation>
    </message>
    <message>
        <source>Open the diagnosed report in the Reports window: the chart and the table of every source</source>
        <translation>Ouvrir le rapport diagnostiqué dans la fenêtre des rapports : le graphique et le tableau de toutes les sources</translation>
    </message>
    <message>
        <source>the diagnosed input</source>
        <translation>l&apos;entrée diagnostiquée</translation>
    </message>
    <message>
        <source>Microsoft &amp;SNDS</source>
        <translation>Microsoft &amp;SNDS</translation>
    </message>
    <message>
        <source>&amp;Watch</source>
        <translation>Sur&amp;veillance</translation>
    </message>
    <message>
        <source>Watch — Rebound</source>
        <translation>Surveillance — Rebound</translation>
    </message>
    <message>
        <source>Rebound is watching</source>
        <translation>Rebound surveille</translation>
    </message>
    <message>
        <source>&amp;Show Rebound</source>
        <translation>&amp;Afficher Rebound</translation>
    </message>
    <message>
        <source>Show &amp;Watch</source>
        <translation>Afficher la &amp;surveillance</translation>
    </message>
    <message>
        <source>Watch: %1</source>
        <translation>Surveillance : %1</translation>
    </message>
    <message numerus="yes">
        <source>Watch: %n change(s). View &gt; Watch shows them.</source>
        <translation>
            <numerusform>Surveillance : %n changement. Affichage &gt; Surveillance le montre.</numerusform>
            <numerusform>Surveillance : %n changements. Affichage &gt; Surveillance les montre.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rebound watch</source>
        <translation>Surveillance Rebound</translation>
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
        <translation>non vérifié</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Message analysis</source>
        <translation>Analyse du message</translation>
    </message>
    <message>
        <source>Message results: pass, warning and fail</source>
        <translation>Résultats du message : réussite, avertissement et échec</translation>
    </message>
    <message>
        <source>Parts of the message analysis</source>
        <translation>Parties de l&apos;analyse du message</translation>
    </message>
    <message>
        <source>Hop</source>
        <translation>Saut</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Heure (UTC)</translation>
    </message>
    <message>
        <source>Delay (s)</source>
        <translation>Délai (s)</translation>
    </message>
    <message>
        <source>First external</source>
        <translation>Premier externe</translation>
    </message>
    <message>
        <source>Route: one row per Received field, oldest first</source>
        <translation>Parcours : une ligne par champ Received, le plus ancien en premier</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Selector</source>
        <translation>Sélecteur</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algorithme</translation>
    </message>
    <message>
        <source>Canonicalization</source>
        <translation>Canonicalisation</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Body hash</source>
        <translation>Hash du corps</translation>
    </message>
    <message>
        <source>Key bits</source>
        <translation>Bits de clé</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>DKIM signatures</source>
        <translation>Signatures DKIM</translation>
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
        <translation>Scellé par</translation>
    </message>
    <message>
        <source>Seal</source>
        <translation>Sceau</translation>
    </message>
    <message>
        <source>Message signature</source>
        <translation>Signature du message</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Enregistré par</translation>
    </message>
    <message>
        <source>Compared with Rebound</source>
        <translation>Comparaison avec Rebound</translation>
    </message>
    <message>
        <source>ARC instances</source>
        <translation>Instances ARC</translation>
    </message>
    <message>
        <source>ARC</source>
        <translation>ARC</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Écrit par</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Fiabilité</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Authentication-Results fields</source>
        <translation>Champs Authentication-Results</translation>
    </message>
    <message>
        <source>Authentication-Results</source>
        <translation>Authentication-Results</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Bulk-sender checklist</source>
        <translation>Liste de contrôle des expéditeurs en masse</translation>
    </message>
    <message>
        <source>Bulk-sender rules</source>
        <translation>Règles des expéditeurs en masse</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>The header block a bounce returned: the route, the domains and the sending address can be trusted; no DKIM signature can pass without the body.</source>
        <translation>Le bloc d&apos;en-têtes renvoyé par un rebond : le parcours, les domaines et l&apos;adresse d&apos;envoi sont fiables ; aucune signature DKIM ne peut réussir sans le corps.</translation>
    </message>
    <message>
        <source>The copy a bounce returned: the route, the domains and the sending address can be trusted; a DKIM failure may come from the reporting server re-encoding the copy.</source>
        <translation>La copie renvoyée par un rebond : le parcours, les domaines et l&apos;adresse d&apos;envoi sont fiables ; un échec DKIM peut venir du serveur qui a émis le rebond et qui a réencodé la copie.</translation>
    </message>
    <message>
        <source>first external hop</source>
        <translation>premier saut externe</translation>
    </message>
    <message>
        <source>%1 for %2: sealer %3, Rebound %4</source>
        <translation>%1 pour %2 : scelleur %3, Rebound %4</translation>
    </message>
    <message>
        <source>trusted (the receiver)</source>
        <translation>fiable (le destinataire)</translation>
    </message>
    <message>
        <source>a claim</source>
        <translation>une simple affirmation</translation>
    </message>
</context>
<context>
    <name>rebound::ui::PostmasterView</name>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>■ %1: at or over the 0.3 % limit</source>
        <translation>■ %1 : limite de 0,3 % atteinte ou dépassée</translation>
    </message>
    <message>
        <source>▲ %1: over the 0.1 % target</source>
        <translation>▲ %1 : au-dessus de l&apos;objectif de 0,1 %</translation>
    </message>
    <message>
        <source>● %1: under the 0.1 % target</source>
        <translation>● %1 : sous l&apos;objectif de 0,1 %</translation>
    </message>
    <message>
        <source>? unknown</source>
        <translation>? inconnu</translation>
    </message>
    <message>
        <source>● Compliant</source>
        <translation>● Conforme</translation>
    </message>
    <message>
        <source>■ Needs work: %1</source>
        <translation>■ À corriger : %1</translation>
    </message>
    <message>
        <source>Google Postmaster Tools</source>
        <translation>Google Postmaster Tools</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>User-reported spam rate</source>
        <translation>Taux de spam signalé par les utilisateurs</translation>
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
        <translation>Conformité</translation>
    </message>
    <message>
        <source>Data of</source>
        <translation>Date des données</translation>
    </message>
    <message>
        <source>Google Postmaster Tools data per domain</source>
        <translation>Données Google Postmaster Tools par domaine</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>No Google account is connected: enter your OAuth client in Settings &gt; Google Postmaster Tools and press Connect.</source>
        <translation>Aucun compte Google n&apos;est connecté : saisissez votre client OAuth dans Paramètres &gt; Google Postmaster Tools et cliquez sur Connecter.</translation>
    </message>
    <message>
        <source>Reading Google Postmaster Tools…</source>
        <translation>Lecture de Google Postmaster Tools…</translation>
    </message>
    <message>
        <source>Postmaster Tools lists no domain for this account.</source>
        <translation>Postmaster Tools n&apos;indique aucun domaine pour ce compte.</translation>
    </message>
    <message numerus="yes">
        <source>%n domain(s).</source>
        <translation>
            <numerusform>%n domaine.</numerusform>
            <numerusform>%n domaines.</numerusform>
        </translation>
    </message>
    <message>
        <source>Google Postmaster Tools could not be read: %1</source>
        <translation>Google Postmaster Tools n&apos;a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>aucune donnée</translation>
    </message>
    <message>
        <source>%1 (from the cache)</source>
        <translation>%1 (depuis le cache)</translation>
    </message>
    <message>
        <source>could not check: %1</source>
        <translation>vérification impossible : %1</translation>
    </message>
</context>
<context>
    <name>rebound::ui::ReportsSourceModel</name>
    <message>
        <source>Your SPF-authorised sender</source>
        <translation>Votre expéditeur autorisé par SPF</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Unknown (signed like %1)</source>
        <translation>Inconnu (signé comme %1)</translation>
    </message>
    <message>
        <source>Unauthorised sender</source>
        <translation>Expéditeur non autorisé</translation>
    </message>
    <message>
        <source>Sending service not aligned: align DKIM</source>
        <translation>Service d&apos;envoi non aligné : alignez DKIM</translation>
    </message>
    <message>
        <source>Forwarding</source>
        <translation>Transfert</translation>
    </message>
    <message>
        <source>Passes DMARC</source>
        <translation>Réussit DMARC</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Source IP</source>
        <translation>IP source</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>DMARC pass</source>
        <translation>Réussite DMARC</translation>
    </message>
    <message>
        <source>SPF aligned</source>
        <translation>SPF aligné</translation>
    </message>
    <message>
        <source>DKIM aligned</source>
        <translation>DKIM aligné</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Rapporté par</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
</context>
<context>
    <name>rebound::ui::ReportsView</name>
    <message>
        <source>Open Reports…</source>
        <translation>Ouvrir des rapports…</translation>
    </message>
    <message>
        <source>Open Folder…</source>
        <translation>Ouvrir un dossier…</translation>
    </message>
    <message>
        <source>Check sources live (SPF, reverse DNS)</source>
        <translation>Vérifier les sources en direct (SPF, DNS inverse)</translation>
    </message>
    <message>
        <source>Ask DNS whether each source is authorised by the domain&apos;s own SPF record, and for its reverse DNS name.</source>
        <translation>Demander au DNS si chaque source est autorisée par l&apos;enregistrement SPF du domaine lui-même, ainsi que son nom DNS inverse.</translation>
    </message>
    <message>
        <source>Drop DMARC aggregate or TLS reports here (.xml, .gz, .zip, .json, .eml or a folder), or open them.</source>
        <translation>Déposez ici des rapports agrégés DMARC ou des rapports TLS (.xml, .gz, .zip, .json, .eml ou un dossier), ou ouvrez-les.</translation>
    </message>
    <message>
        <source>Messages and DMARC pass rate per day</source>
        <translation>Messages et taux de réussite DMARC par jour</translation>
    </message>
    <message>
        <source>Sources of the reports</source>
        <translation>Sources des rapports</translation>
    </message>
    <message>
        <source>Findings of the reports</source>
        <translation>Constats des rapports</translation>
    </message>
    <message>
        <source>Files that were not read</source>
        <translation>Fichiers non lus</translation>
    </message>
    <message>
        <source>Open DMARC or TLS reports</source>
        <translation>Ouvrir des rapports DMARC ou TLS</translation>
    </message>
    <message>
        <source>Reports (*.xml *.gz *.zip *.json *.eml);;All files (*)</source>
        <translation>Rapports (*.xml *.gz *.zip *.json *.eml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Open a folder of reports</source>
        <translation>Ouvrir un dossier de rapports</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n path(s)…</source>
        <translation>
            <numerusform>Lecture de %n chemin…</numerusform>
            <numerusform>Lecture de %n chemins…</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the sources live…</source>
        <translation>Vérification des sources en direct…</translation>
    </message>
    <message>
        <source>Every file was read.</source>
        <translation>Tous les fichiers ont été lus.</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>DMARC pass rate (%)</source>
        <translation>Taux de réussite DMARC (%)</translation>
    </message>
    <message>
        <source>Pass rate (%)</source>
        <translation>Taux de réussite (%)</translation>
    </message>
    <message>
        <source>Check the health of %1</source>
        <translation>Vérifier l&apos;état de santé de %1</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message numerus="yes">
        <source>%1 DMARC and %2 TLS reports, %3 messages, %4 pass DMARC; %5 TLS sessions failed. %n file(s) not read.</source>
        <translation>
            <numerusform>%1 rapports DMARC et %2 rapports TLS, %3 messages, %4 réussissent DMARC ; %5 sessions TLS en échec. %n fichier non lu.</numerusform>
            <numerusform>%1 rapports DMARC et %2 rapports TLS, %3 messages, %4 réussissent DMARC ; %5 sessions TLS en échec. %n fichiers non lus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Day, %1 to %2</source>
        <translation>Jour, du %1 au %2</translation>
    </message>
</context>
<context>
    <name>rebound::ui::ResolverTester</name>
    <message>
        <source>Asked %1 through %2 in %3 ms.</source>
        <translation>%1 interrogé via %2 en %3 ms.</translation>
    </message>
    <message>
        <source>Works: the test point is listed (%1), as RFC 5782 requires.</source>
        <translation>Fonctionne : le point de test est listé (%1), comme l&apos;exige la RFC 5782.</translation>
    </message>
    <message>
        <source>Unexpected answer %1: blocklist results through this resolver cannot be trusted.</source>
        <translation>Réponse inattendue %1 : les résultats des listes de blocage via ce résolveur ne sont pas fiables.</translation>
    </message>
    <message>
        <source>The test point is not listed through this resolver (%1). Spamhaus answers this way to public resolvers, so every address would look clean. Use another resolver or a DQS key.</source>
        <translation>Le point de test n&apos;est pas listé via ce résolveur (%1). Spamhaus répond ainsi aux résolveurs publics, donc toute adresse paraîtrait propre. Utilisez un autre résolveur ou une clé DQS.</translation>
    </message>
    <message>
        <source>No usable answer (%1%2).</source>
        <translation>Pas de réponse exploitable (%1%2).</translation>
    </message>
    <message>
        <source>Spamhaus refused this resolver or key: %1. %2</source>
        <translation>Spamhaus a refusé ce résolveur ou cette clé : %1. %2</translation>
    </message>
</context>
<context>
    <name>rebound::ui::RouteTimeline</name>
    <message>
        <source>time unknown</source>
        <translation>heure inconnue</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message>
        <source>Route timeline</source>
        <translation>Chronologie du parcours</translation>
    </message>
    <message>
        <source>No Received fields: the route is not known.</source>
        <translation>Aucun champ Received : le parcours est inconnu.</translation>
    </message>
    <message>
        <source>Hop %1: received by %2 from %3 after %4, %5.</source>
        <translation>Saut %1 : reçu par %2 depuis %3 après %4, %5.</translation>
    </message>
    <message>
        <source>an unnamed server</source>
        <translation>un serveur sans nom</translation>
    </message>
    <message>
        <source>an unknown address</source>
        <translation>une adresse inconnue</translation>
    </message>
    <message>
        <source>over TLS</source>
        <translation>via TLS</translation>
    </message>
    <message>
        <source>without TLS</source>
        <translation>sans TLS</translation>
    </message>
    <message>
        <source>This is the first hop outside the sender&apos;s network.</source>
        <translation>C&apos;est le premier saut hors du réseau de l&apos;expéditeur.</translation>
    </message>
    <message>
        <source>no TLS</source>
        <translation>pas de TLS</translation>
    </message>
    <message>
        <source>first external</source>
        <translation>premier externe</translation>
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
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>&amp;DNS</source>
        <translation>&amp;DNS</translation>
    </message>
    <message>
        <source>&amp;Blocklists</source>
        <translation>&amp;Listes de blocage</translation>
    </message>
    <message>
        <source>&amp;SMTP</source>
        <translation>&amp;SMTP</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Général</translation>
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
        <translation>Utiliser le résolveur du s&amp;ystème (resolv.conf)</translation>
    </message>
    <message>
        <source>192.0.2.53, [2001:db8::53]:53</source>
        <translation>192.0.2.53, [2001:db8::53]:53</translation>
    </message>
    <message>
        <source>Resolver servers</source>
        <translation>Serveurs du résolveur</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>&amp;Test resolver</source>
        <translation>&amp;Tester le résolveur</translation>
    </message>
    <message>
        <source>Why the resolver matters: Spamhaus and several other blocklists refuse queries that come through public resolvers (8.8.8.8, 1.1.1.1, 9.9.9.9 and most ISP resolvers that forward to them). They answer with an error code or simply &quot;not listed&quot; for every address, so a listed IP would look clean. Use a resolver of your own, or a Spamhaus DQS key. Rebound checks the test point of every list before trusting it and reports &quot;could not check&quot; instead of &quot;clean&quot; when it fails.</source>
        <translation>Pourquoi le résolveur compte : Spamhaus et plusieurs autres listes de blocage refusent les requêtes qui passent par des résolveurs publics (8.8.8.8, 1.1.1.1, 9.9.9.9 et la plupart des résolveurs de FAI qui leur transmettent). Ils répondent par un code d&apos;erreur ou simplement « non listée » pour chaque adresse, si bien qu&apos;une IP listée paraîtrait propre. Utilisez votre propre résolveur, ou une clé Spamhaus DQS. Rebound vérifie le point de test de chaque liste avant de s&apos;y fier et indique « non vérifiable » au lieu de « propre » en cas d&apos;échec.</translation>
    </message>
    <message>
        <source>Spamhaus DQS key</source>
        <translation>Clé Spamhaus DQS</translation>
    </message>
    <message>
        <source>Enabled blocklists</source>
        <translation>Listes de blocage activées</translation>
    </message>
    <message>
        <source>list ids, comma-separated</source>
        <translation>identifiants de listes, séparés par des virgules</translation>
    </message>
    <message>
        <source>With a free DQS key, Spamhaus answers through any resolver, public ones included, and adds the ZRD and AuthBL lists.</source>
        <translation>Avec une clé DQS gratuite, Spamhaus répond via n&apos;importe quel résolveur, y compris publics, et ajoute les listes ZRD et AuthBL.</translation>
    </message>
    <message>
        <source>&amp;Lists to check:</source>
        <translation>Listes à &amp;vérifier :</translation>
    </message>
    <message>
        <source>&amp;Other lists to skip:</source>
        <translation>&amp;Autres listes à ignorer :</translation>
    </message>
    <message>
        <source>&amp;Connect to mail servers (never sends mail)</source>
        <translation>Se &amp;connecter aux serveurs de messagerie (n&apos;envoie jamais de courrier)</translation>
    </message>
    <message>
        <source>this machine&apos;s name</source>
        <translation>le nom de cette machine</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>Déla&amp;i :</translation>
    </message>
    <message>
        <source>&amp;EHLO name:</source>
        <translation>Nom &amp;EHLO :</translation>
    </message>
    <message>
        <source>Port 25 is blocked by many home and cloud networks; the probe then reports &quot;could not connect&quot;, which says nothing about the server.</source>
        <translation>Le port 25 est bloqué par de nombreux réseaux domestiques et cloud ; la sonde signale alors « connexion impossible », ce qui ne dit rien du serveur.</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>La&amp;ngue :</translation>
    </message>
    <message>
        <source>The language takes effect the next time Rebound starts.</source>
        <translation>La langue prend effet au prochain démarrage de Rebound.</translation>
    </message>
    <message>
        <source>✘ The server list is not valid: %1</source>
        <translation>✘ La liste de serveurs n&apos;est pas valide : %1</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>Test de %1…</translation>
    </message>
    <message>
        <source>The resolver list is not valid: %1</source>
        <translation>La liste de résolveurs n&apos;est pas valide : %1</translation>
    </message>
    <message>
        <source>Use these ser&amp;vers:</source>
        <translation>Utiliser ces ser&amp;veurs :</translation>
    </message>
    <message>
        <source>Query ti&amp;meout:</source>
        <translation>Délai des re&amp;quêtes :</translation>
    </message>
    <message>
        <source>Spamhaus DQS &amp;key:</source>
        <translation>&amp;Clé Spamhaus DQS :</translation>
    </message>
    <message>
        <source>Show the key</source>
        <translation>Afficher la clé</translation>
    </message>
    <message>
        <source>Abusix Mail Intelligence key</source>
        <translation>Clé Abusix Mail Intelligence</translation>
    </message>
    <message>
        <source>Abusi&amp;x key:</source>
        <translation>Clé Abusi&amp;x :</translation>
    </message>
    <message>
        <source>Microsoft SNDS key</source>
        <translation>Clé Microsoft SNDS</translation>
    </message>
    <message>
        <source>Microsoft S&amp;NDS key:</source>
        <translation>Clé Microsoft S&amp;NDS :</translation>
    </message>
    <message>
        <source>The SNDS Automated Data Access key (SNDS &gt; Automated Data Access) shows Microsoft&apos;s filter colour, complaint rate and trap hits for your IPs in the diagnosis and in View &gt; Microsoft SNDS. Empty the field to remove it.</source>
        <translation>La clé SNDS Automated Data Access (SNDS &gt; Automated Data Access) affiche la couleur de filtrage de Microsoft, le taux de plaintes et les pièges touchés pour vos IP dans le diagnostic et dans Affichage &gt; Microsoft SNDS. Videz le champ pour la supprimer.</translation>
    </message>
    <message>
        <source>Probe &amp;mailboxes: ask the recipient&apos;s server whether it accepts an address (RCPT TO, no message sent)</source>
        <translation>Sonder les &amp;boîtes aux lettres : demander au serveur du destinataire s&apos;il accepte une adresse (RCPT TO, aucun message envoyé)</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>vous@example.com</translation>
    </message>
    <message>
        <source>Your &amp;address (MAIL FROM):</source>
        <translation>Votre &amp;adresse (MAIL FROM) :</translation>
    </message>
    <message>
        <source>Warning: receivers treat address probing like directory harvesting, and probing can get your sender address or this machine&apos;s IP listed. Rebound probes only an address you enter or one a bounce calls unknown, at most once per domain every 10 minutes, and never sends a message. Some servers accept every address; those are reported as &quot;cannot be verified by probing&quot;.</source>
        <translation>Avertissement : les destinataires assimilent le sondage d&apos;adresses à de la récolte d&apos;annuaire, et le sondage peut faire lister votre adresse d&apos;expéditeur ou l&apos;IP de cette machine. Rebound ne sonde qu&apos;une adresse que vous saisissez ou qu&apos;un rebond déclare inconnue, au plus une fois par domaine toutes les 10 minutes, et n&apos;envoie jamais de message. Certains serveurs acceptent toutes les adresses ; ils sont signalés comme « ne peut pas être vérifiée par sondage ».</translation>
    </message>
    <message>
        <source>Keep &amp;watching from the system tray when the window is closed</source>
        <translation>Continuer la sur&amp;veillance depuis la zone de notification quand la fenêtre est fermée</translation>
    </message>
    <message>
        <source>Only when the desktop has a system tray and the watch list (View &gt; Watch) is not empty; File &gt; Quit always quits.</source>
        <translation>Uniquement si le bureau dispose d&apos;une zone de notification et que la liste de surveillance (Affichage &gt; Surveillance) n&apos;est pas vide ; Fichier &gt; Quitter quitte toujours l&apos;application.</translation>
    </message>
    <message>
        <source>Mailbox probing needs your own email address as the sender (MAIL FROM).</source>
        <translation>Le sondage des boîtes aux lettres nécessite votre propre adresse e-mail comme expéditeur (MAIL FROM).</translation>
    </message>
    <message>
        <source>Google Postmaster Tools</source>
        <translation>Google Postmaster Tools</translation>
    </message>
    <message>
        <source>OAuth client ID</source>
        <translation>ID client OAuth</translation>
    </message>
    <message>
        <source>OAuth client secret</source>
        <translation>Code secret du client OAuth</translation>
    </message>
    <message>
        <source>Domains to show</source>
        <translation>Domaines à afficher</translation>
    </message>
    <message>
        <source>every domain of the account</source>
        <translation>tous les domaines du compte</translation>
    </message>
    <message>
        <source>Co&amp;nnect…</source>
        <translation>&amp;Connecter…</translation>
    </message>
    <message>
        <source>Disconnec&amp;t</source>
        <translation>Déco&amp;nnecter</translation>
    </message>
    <message>
        <source>Rebound reads Google Postmaster Tools (spam rate, authentication and TLS rates, compliance) with your own OAuth client: in the Google Cloud console, enable the Gmail Postmaster Tools API and create an OAuth client of type Desktop app. Connect opens Google&apos;s sign-in in your browser; the access Rebound asks for is read-only, and the token is kept in the system keychain.</source>
        <translation>Rebound lit Google Postmaster Tools (taux de spam, taux d&apos;authentification et de TLS, conformité) avec votre propre client OAuth : dans la console Google Cloud, activez l&apos;API Gmail Postmaster Tools et créez un client OAuth de type « Application de bureau ». Connecter ouvre la page de connexion de Google dans votre navigateur ; l&apos;accès demandé par Rebound est en lecture seule, et le jeton est conservé dans le trousseau système.</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>&amp;ID client :</translation>
    </message>
    <message>
        <source>Client sec&amp;ret:</source>
        <translation>Code sec&amp;ret du client :</translation>
    </message>
    <message>
        <source>D&amp;omains:</source>
        <translation>D&amp;omaines :</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Non connecté.</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>Connecté.</translation>
    </message>
    <message>
        <source>Enter the client ID of your own OAuth client (Desktop app) first.</source>
        <translation>Saisissez d&apos;abord l&apos;ID client de votre propre client OAuth (Application de bureau).</translation>
    </message>
    <message>
        <source>Sign in to Google</source>
        <translation>Se connecter à Google</translation>
    </message>
    <message>
        <source>Google granted read-only access.</source>
        <translation>Google a accordé un accès en lecture seule.</translation>
    </message>
    <message>
        <source>Waiting for the sign-in in your browser…</source>
        <translation>En attente de la connexion dans votre navigateur…</translation>
    </message>
    <message>
        <source>Google revoked the access.</source>
        <translation>Google a révoqué l&apos;accès.</translation>
    </message>
    <message>
        <source>The token is deleted, but Google could not be told (%1): remove Rebound&apos;s access at myaccount.google.com/permissions.</source>
        <translation>Le jeton est supprimé, mais Google n&apos;a pas pu en être informé (%1) : retirez l&apos;accès de Rebound sur myaccount.google.com/permissions.</translation>
    </message>
    <message>
        <source>Revoking…</source>
        <translation>Révocation…</translation>
    </message>
</context>
<context>
    <name>rebound::ui::SndsView</name>
    <message>
        <source>● Green</source>
        <translation>● Vert</translation>
    </message>
    <message>
        <source>▲ Yellow</source>
        <translation>▲ Jaune</translation>
    </message>
    <message>
        <source>■ Red</source>
        <translation>■ Rouge</translation>
    </message>
    <message>
        <source>? Unknown</source>
        <translation>? Inconnu</translation>
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
        <translation>Résultat du filtrage</translation>
    </message>
    <message>
        <source>Complaint rate</source>
        <translation>Taux de plaintes</translation>
    </message>
    <message>
        <source>Trap hits</source>
        <translation>Pièges touchés</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqué</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>No SNDS key: paste your Automated Data Access key in Settings &gt; Blocklists (sendersupport.olc.protection.outlook.com/snds, Automated Data Access).</source>
        <translation>Pas de clé SNDS : collez votre clé Automated Data Access dans Paramètres &gt; Listes de blocage (sendersupport.olc.protection.outlook.com/snds, Automated Data Access).</translation>
    </message>
    <message>
        <source>Fetching SNDS data…</source>
        <translation>Récupération des données SNDS…</translation>
    </message>
    <message>
        <source>Data of %1, fetched %2.</source>
        <translation>Données du %1, récupérées le %2.</translation>
    </message>
    <message>
        <source>SNDS has no data for your IPs.</source>
        <translation>SNDS n&apos;a aucune donnée pour vos IP.</translation>
    </message>
    <message>
        <source>SNDS could not be read: %1</source>
        <translation>SNDS n&apos;a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>Shown from the cache:</source>
        <translation>Affiché depuis le cache :</translation>
    </message>
    <message>
        <source>Yes: %1</source>
        <translation>Oui : %1</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>rebound::ui::SpfTreeModel</name>
    <message>
        <source>Record / term</source>
        <translation>Enregistrement / terme</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>no SPF record: %1</source>
        <translation>pas d&apos;enregistrement SPF : %1</translation>
    </message>
    <message>
        <source>◀ decided: %1</source>
        <translation>◀ décidé : %1</translation>
    </message>
    <message>
        <source>matched</source>
        <translation>correspond</translation>
    </message>
    <message>
        <source>no match</source>
        <translation>aucune correspondance</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>non atteint</translation>
    </message>
    <message>
        <source>lookup %1 of %2: %3</source>
        <translation>requête %1 sur %2 : %3</translation>
    </message>
</context>
<context>
    <name>rebound::ui::WatchController</name>
    <message>
        <source>%1 is already watched.</source>
        <translation>%1 est déjà surveillé.</translation>
    </message>
    <message>
        <source>The resolver settings are not valid: %1</source>
        <translation>Les paramètres du résolveur ne sont pas valides : %1</translation>
    </message>
    <message>
        <source>Cannot start the resolver: %1</source>
        <translation>Impossible de démarrer le résolveur : %1</translation>
    </message>
</context>
<context>
    <name>rebound::ui::WatchTargetsModel</name>
    <message>
        <source>Not checked yet</source>
        <translation>Pas encore vérifié</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Dernier changement</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>Dernière vérification</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n checks) since %2</source>
        <translation>
            <numerusform>%1 (%n vérification) depuis %2</numerusform>
            <numerusform>%1 (%n vérifications) depuis %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2) since %3</source>
        <translation>%1 (%2) depuis %3</translation>
    </message>
    <message>
        <source>Worst current state</source>
        <translation>Pire état actuel</translation>
    </message>
</context>
<context>
    <name>rebound::ui::WatchTimelineModel</name>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
</context>
<context>
    <name>rebound::ui::WatchView</name>
    <message>
        <source>Target to watch</source>
        <translation>Cible à surveiller</translation>
    </message>
    <message>
        <source>203.0.113.7, 198.51.100.0/24 6h or example.com 1d</source>
        <translation>203.0.113.7, 198.51.100.0/24 6h ou example.com 1d</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Check &amp;now</source>
        <translation>Vérifier &amp;maintenant</translation>
    </message>
    <message>
        <source>Check every target now, whatever its schedule (F5)</source>
        <translation>Vérifier toutes les cibles maintenant, quel que soit leur calendrier (F5)</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Cible :</translation>
    </message>
    <message>
        <source>IPs are checked every hour and domains every day (a target may say otherwise: &quot;6h&quot;, &quot;1d&quot;), never more often than the lists&apos; limits allow.</source>
        <translation>Les IP sont vérifiées toutes les heures et les domaines tous les jours (une cible peut indiquer autre chose : « 6h », « 1d »), jamais plus souvent que les limites des listes ne le permettent.</translation>
    </message>
    <message>
        <source>Watched targets</source>
        <translation>Cibles surveillées</translation>
    </message>
    <message>
        <source>Timeline of the selected target</source>
        <translation>Chronologie de la cible sélectionnée</translation>
    </message>
    <message>
        <source>T&amp;imeline of the selected target:</source>
        <translation>C&amp;hronologie de la cible sélectionnée :</translation>
    </message>
    <message>
        <source>Remove Target</source>
        <translation>Retirer la cible</translation>
    </message>
    <message>
        <source>Check Now</source>
        <translation>Vérifier maintenant</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>The watch could not run: %1</source>
        <translation>La surveillance n&apos;a pas pu s&apos;exécuter : %1</translation>
    </message>
    <message>
        <source>Checked: nothing changed.</source>
        <translation>Vérifié : rien n&apos;a changé.</translation>
    </message>
    <message numerus="yes">
        <source>Checked: %n change(s).</source>
        <translation>
            <numerusform>Vérifié : %n changement.</numerusform>
            <numerusform>Vérifié : %n changements.</numerusform>
        </translation>
    </message>
    <message>
        <source>The watch database could not be opened: %1</source>
        <translation>La base de données de surveillance n&apos;a pas pu être ouverte : %1</translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <translation>Non ajouté : %1</translation>
    </message>
    <message>
        <source>Added. It is checked within a minute.</source>
        <translation>Ajouté. La cible sera vérifiée dans la minute.</translation>
    </message>
</context>
<context>
    <name>rebound::ui::WatchWords</name>
    <message>
        <source>%1: newly listed on %2</source>
        <translation>%1 : nouvellement listé sur %2</translation>
    </message>
    <message>
        <source>%1: no longer listed on %2</source>
        <translation>%1 : n&apos;est plus listé sur %2</translation>
    </message>
    <message>
        <source>%1: %2 changed to %3</source>
        <translation>%1 : %2 est passé à %3</translation>
    </message>
    <message>
        <source>%1: %2 is missing or broken</source>
        <translation>%1 : %2 est absent ou défectueux</translation>
    </message>
    <message>
        <source>%1: %2 is sound again</source>
        <translation>%1 : %2 est de nouveau correct</translation>
    </message>
    <message>
        <source>%1: could not check %2</source>
        <translation>%1 : impossible de vérifier %2</translation>
    </message>
    <message>
        <source>%1: %2 can be checked again</source>
        <translation>%1 : %2 peut de nouveau être vérifié</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>blocklist</source>
        <translation>liste de blocage</translation>
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
        <translation>Listée</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>Défectueux</translation>
    </message>
    <message>
        <source>Could not check</source>
        <translation>Non vérifiable</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>Non interrogée</translation>
    </message>
    <message>
        <source>Newly listed</source>
        <translation>Nouvellement listé</translation>
    </message>
    <message>
        <source>Delisted</source>
        <translation>Délisté</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Broke</source>
        <translation>Devenu défectueux</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>Corrigé</translation>
    </message>
    <message>
        <source>Checked again</source>
        <translation>Vérifié de nouveau</translation>
    </message>
    <message>
        <source>Microsoft SNDS</source>
        <translation>Microsoft SNDS</translation>
    </message>
    <message>
        <source>MTA-STS mode</source>
        <translation>Mode MTA-STS</translation>
    </message>
    <message>
        <source>TLS certificate</source>
        <translation>Certificat TLS</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Vert</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Jaune</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Rouge</translation>
    </message>
    <message>
        <source>No SNDS data</source>
        <translation>Aucune donnée SNDS</translation>
    </message>
    <message>
        <source>Near expiry</source>
        <translation>Expiration proche</translation>
    </message>
    <message>
        <source>No STARTTLS</source>
        <translation>Pas de STARTTLS</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>Invalid certificate</source>
        <translation>Certificat non valide</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Attention requise</translation>
    </message>
    <message>
        <source>%1: the certificate of %2: %3</source>
        <translation>%1 : le certificat de %2 : %3</translation>
    </message>
    <message>
        <source>%1: %2 needs attention</source>
        <translation>%1 : %2 requiert votre attention</translation>
    </message>
</context>
</TS>
