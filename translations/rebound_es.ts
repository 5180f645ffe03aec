<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>TabFindings</name>
    <message>
        <source>One SPF record published for %1</source>
        <translation>Un registro SPF publicado para %1</translation>
    </message>
    <message>
        <source>%1 SPF records published for %2: receivers treat that as an error</source>
        <translation>%1 registros SPF publicados para %2: los receptores lo tratan como un error</translation>
    </message>
    <message>
        <source>RFC 7208 allows one v=spf1 record per name; with more, the result is a permanent error. Merge them into one.</source>
        <translation>El RFC 7208 permite un solo registro v=spf1 por nombre; con más, el resultado es un error permanente (permerror). Combínelos en uno.</translation>
    </message>
    <message>
        <source>decided by %1: %2</source>
        <translation>decidido por %1: %2</translation>
    </message>
    <message>
        <source>SPF result: %1, %2</source>
        <translation>Resultado SPF: %1, %2</translation>
    </message>
    <message>
        <source>DMARC record found at %1</source>
        <translation>Registro DMARC encontrado en %1</translation>
    </message>
    <message>
        <source>DKIM key found for selector %1</source>
        <translation>Clave DKIM encontrada para el selector %1</translation>
    </message>
    <message>
        <source>No DKIM key for selector %1</source>
        <translation>No hay clave DKIM para el selector %1</translation>
    </message>
    <message>
        <source>MX %1: %2</source>
        <translation>MX %1: %2</translation>
    </message>
    <message>
        <source>Mail server %1 (preference %2) has an address</source>
        <translation>El servidor de correo %1 (preferencia %2) tiene una dirección</translation>
    </message>
    <message>
        <source>%1 has reverse DNS that resolves back to it</source>
        <translation>El DNS inverso de %1 resuelve de vuelta a la misma dirección</translation>
    </message>
    <message>
        <source>DNS lookups: %1 of the %2 allowed; void lookups: %3 of %4</source>
        <translation>Consultas DNS: %1 de las %2 permitidas; consultas vacías: %3 de %4</translation>
    </message>
    <message>
        <source>The message carries no DKIM signature</source>
        <translation>El mensaje no lleva ninguna firma DKIM</translation>
    </message>
    <message>
        <source>DKIM d=%1 s=%2: %3</source>
        <translation>DKIM d=%1 s=%2: %3</translation>
    </message>
    <message>
        <source>SPF %1 for %2 sending as %3</source>
        <translation>SPF %1 para %2 enviando como %3</translation>
    </message>
    <message>
        <source>DMARC %1 for %2</source>
        <translation>DMARC %1 para %2</translation>
    </message>
    <message>
        <source>ARC chain: %1</source>
        <translation>Cadena ARC: %1</translation>
    </message>
    <message>
        <source>Bulk-sender rules: %1 of %2 pass</source>
        <translation>Reglas de remitentes masivos: %1 de %2 cumplidas</translation>
    </message>
    <message>
        <source>Organizational domain (DNS tree walk): %1</source>
        <translation>Dominio organizativo (recorrido del árbol DNS): %1</translation>
    </message>
    <message>
        <source>DKIM key found for selector %1 (found by %2)</source>
        <translation>Clave DKIM encontrada para el selector %1 (origen: %2)</translation>
    </message>
    <message>
        <source>MTA-STS policy of %1: mode %2, max_age %3</source>
        <translation>Política MTA-STS de %1: modo %2, max_age %3</translation>
    </message>
    <message>
        <source>MX %1 is covered by the MTA-STS policy</source>
        <translation>El MX %1 está cubierto por la política MTA-STS</translation>
    </message>
    <message>
        <source>MX %1 is not covered by the MTA-STS policy</source>
        <translation>El MX %1 no está cubierto por la política MTA-STS</translation>
    </message>
    <message>
        <source>The BIMI logo is SVG Tiny PS</source>
        <translation>El logotipo BIMI es SVG Tiny PS</translation>
    </message>
    <message>
        <source>The BIMI logo is not SVG Tiny PS</source>
        <translation>El logotipo BIMI no es SVG Tiny PS</translation>
    </message>
    <message>
        <source>BIMI mark certificate: %1</source>
        <translation>Certificado de marca BIMI: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Email deliverability troubleshooter</source>
        <translation>Diagnóstico de entregabilidad del correo electrónico</translation>
    </message>
    <message>
        <source>Show the main window, start the event loop and exit (for packaging checks).</source>
        <translation>Mostrar la ventana principal, iniciar el bucle de eventos y salir (para comprobaciones de empaquetado).</translation>
    </message>
    <message>
        <source>A bounce or .eml file, or a saved session (.json, Rebound PDF), to open.</source>
        <translation>Un archivo de rebote o .eml, o una sesión guardada (.json, PDF de Rebound), para abrir.</translation>
    </message>
</context>
<context>
    <name>rebound::auth</name>
    <message>
        <source>the local part (before @) is empty</source>
        <translation>la parte local (antes de @) está vacía</translation>
    </message>
    <message>
        <source>the local part is %1 octets; the limit is 64 (RFC 5321 4.5.3.1.1)</source>
        <translation>la parte local tiene %1 octetos; el límite es 64 (RFC 5321 4.5.3.1.1)</translation>
    </message>
    <message>
        <source>the quoted local part is not closed</source>
        <translation>la parte local entre comillas no está cerrada</translation>
    </message>
    <message>
        <source>the quoted local part holds a character that must be escaped</source>
        <translation>la parte local entre comillas contiene un carácter que debe escaparse</translation>
    </message>
    <message>
        <source>dots may not start or end the local part or follow each other</source>
        <translation>los puntos no pueden empezar ni terminar la parte local ni ir seguidos</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not allowed in an unquoted local part</source>
        <translation>&apos;%1&apos; no se permite en una parte local sin comillas</translation>
    </message>
    <message>
        <source>the address is far too long</source>
        <translation>la dirección es demasiado larga</translation>
    </message>
    <message>
        <source>there is no @</source>
        <translation>no hay @</translation>
    </message>
    <message>
        <source>the address literal is not a valid IP address</source>
        <translation>el literal de dirección no es una dirección IP válida</translation>
    </message>
    <message>
        <source>an address literal instead of a domain is accepted by almost no mail system</source>
        <translation>casi ningún sistema de correo acepta un literal de dirección en lugar de un dominio</translation>
    </message>
    <message>
        <source>the domain is not a fully qualified name</source>
        <translation>el dominio no es un nombre completo (FQDN)</translation>
    </message>
    <message>
        <source>the domain is invalid: %1</source>
        <translation>el dominio no es válido: %1</translation>
    </message>
    <message>
        <source>the domain holds characters that are not allowed in a host name</source>
        <translation>el dominio contiene caracteres no permitidos en un nombre de host</translation>
    </message>
    <message>
        <source>the address is longer than 254 octets (RFC 5321 4.5.3.1.3 with RFC 3696 errata)</source>
        <translation>la dirección supera los 254 octetos (RFC 5321 4.5.3.1.3 con las erratas de la RFC 3696)</translation>
    </message>
    <message>
        <source>the required id= tag is missing (RFC 8461 3.1)</source>
        <translation>falta la etiqueta obligatoria id= (RFC 8461 3.1)</translation>
    </message>
    <message>
        <source>id= must be 1 to 32 letters and digits</source>
        <translation>id= debe tener de 1 a 32 letras y dígitos</translation>
    </message>
    <message>
        <source>the required rua= tag is missing (RFC 8460 3)</source>
        <translation>falta la etiqueta obligatoria rua= (RFC 8460 3)</translation>
    </message>
    <message>
        <source>rua &apos;%1&apos; is neither mailto: nor https:</source>
        <translation>rua &apos;%1&apos; no es ni mailto: ni https:</translation>
    </message>
    <message>
        <source>the l= tag (logo URL) is missing</source>
        <translation>falta la etiqueta l= (URL del logotipo)</translation>
    </message>
    <message>
        <source>l= must be an https:// URL of an SVG file</source>
        <translation>l= debe ser una URL https:// de un archivo SVG</translation>
    </message>
    <message>
        <source>a= (the mark certificate) must be an https:// URL</source>
        <translation>a= (el certificado de marca) debe ser una URL https://</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a mailto: address; reports cannot be sent there</source>
        <translation>%1: &apos;%2&apos; no es una dirección mailto:; no se pueden enviar informes allí</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a mailto: URI; receivers ignore it</source>
        <translation>%1: &apos;%2&apos; no es una URI mailto:; los receptores la ignoran</translation>
    </message>
    <message>
        <source>the record is empty</source>
        <translation>el registro está vacío</translation>
    </message>
    <message>
        <source>v: the record must start with &quot;v=DMARC1&quot;</source>
        <translation>v: el registro debe empezar por «v=DMARC1»</translation>
    </message>
    <message>
        <source>%1: the tag appears more than once; receivers may use either</source>
        <translation>%1: la etiqueta aparece más de una vez; los receptores pueden usar cualquiera</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no &apos;=&apos; and value</source>
        <translation>&apos;%1&apos; no tiene &apos;=&apos; ni valor</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not none, quarantine or reject</source>
        <translation>%1: &apos;%2&apos; no es none, quarantine ni reject</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; should be written in full (none, quarantine, reject); some receivers ignore the record</source>
        <translation>%1: &apos;%2&apos; debería escribirse completo (none, quarantine, reject); algunos receptores ignoran el registro</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not r (relaxed) or s (strict)</source>
        <translation>%1: &apos;%2&apos; no es r (relaxed) ni s (strict)</translation>
    </message>
    <message>
        <source>pct: &apos;%1&apos; is not a whole number from 0 to 100</source>
        <translation>pct: &apos;%1&apos; no es un número entero de 0 a 100</translation>
    </message>
    <message>
        <source>ri: &apos;%1&apos; is not a number of seconds</source>
        <translation>ri: &apos;%1&apos; no es un número de segundos</translation>
    </message>
    <message>
        <source>rf: &apos;%1&apos; is not a report format (afrf)</source>
        <translation>rf: &apos;%1&apos; no es un formato de informe (afrf)</translation>
    </message>
    <message>
        <source>fo: &apos;%1&apos; is not 0, 1, d or s</source>
        <translation>fo: &apos;%1&apos; no es 0, 1, d ni s</translation>
    </message>
    <message>
        <source>psd: &apos;%1&apos; is not y, n or u</source>
        <translation>psd: &apos;%1&apos; no es y, n ni u</translation>
    </message>
    <message>
        <source>t: &apos;%1&apos; is not y or n</source>
        <translation>t: &apos;%1&apos; no es y ni n</translation>
    </message>
    <message>
        <source>p: the required policy tag is missing</source>
        <translation>p: falta la etiqueta de política obligatoria</translation>
    </message>
    <message>
        <source>p= is not valid base64</source>
        <translation>p= no es base64 válido</translation>
    </message>
    <message>
        <source>an Ed25519 key is 32 bytes; p= holds %1</source>
        <translation>una clave Ed25519 tiene 32 bytes; p= contiene %1</translation>
    </message>
    <message>
        <source>OpenSSL could not read the Ed25519 key</source>
        <translation>OpenSSL no pudo leer la clave Ed25519</translation>
    </message>
    <message>
        <source>Ed25519 keys (RFC 8463) are not verified by every receiver; sign with an RSA key as well</source>
        <translation>no todos los receptores verifican claves Ed25519 (RFC 8463); firme también con una clave RSA</translation>
    </message>
    <message>
        <source>p= does not hold an RSA public key that OpenSSL can read</source>
        <translation>p= no contiene una clave pública RSA que OpenSSL pueda leer</translation>
    </message>
    <message>
        <source>the RSA key has %1 bits; RFC 8301 forbids verifying keys under 1024 bits, so signatures with it fail</source>
        <translation>la clave RSA tiene %1 bits; la RFC 8301 prohíbe verificar claves de menos de 1024 bits, así que las firmas con ella fallan</translation>
    </message>
    <message>
        <source>the RSA key has %1 bits; 2048 is the recommended size (RFC 8301)</source>
        <translation>la clave RSA tiene %1 bits; el tamaño recomendado es 2048 (RFC 8301)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a tag=value pair</source>
        <translation>&apos;%1&apos; no es un par etiqueta=valor</translation>
    </message>
    <message>
        <source>the tag %1 appears twice, which makes the record invalid (RFC 6376 3.2)</source>
        <translation>la etiqueta %1 aparece dos veces, lo que invalida el registro (RFC 6376 3.2)</translation>
    </message>
    <message>
        <source>v=%1: the only version is DKIM1</source>
        <translation>v=%1: la única versión es DKIM1</translation>
    </message>
    <message>
        <source>v= must be the first tag when present</source>
        <translation>v= debe ser la primera etiqueta cuando está presente</translation>
    </message>
    <message>
        <source>k=%1 is not a known key type (rsa, ed25519)</source>
        <translation>k=%1 no es un tipo de clave conocido (rsa, ed25519)</translation>
    </message>
    <message>
        <source>h= does not allow sha256; RFC 8301 forbids sha1, so no signature can verify</source>
        <translation>h= no permite sha256; la RFC 8301 prohíbe sha1, así que ninguna firma puede verificarse</translation>
    </message>
    <message>
        <source>h= still lists sha1, which RFC 8301 retired</source>
        <translation>h= aún incluye sha1, que la RFC 8301 retiró</translation>
    </message>
    <message>
        <source>t=y: the domain says it is testing DKIM; receivers may treat failures as if unsigned</source>
        <translation>t=y: el dominio dice que está probando DKIM; los receptores pueden tratar los fallos como correo sin firmar</translation>
    </message>
    <message>
        <source>s=%1 excludes email, so the key cannot verify mail</source>
        <translation>s=%1 excluye email, así que la clave no puede verificar correo</translation>
    </message>
    <message>
        <source>no p= tag: the record has no public key</source>
        <translation>no hay etiqueta p=: el registro no tiene clave pública</translation>
    </message>
    <message>
        <source>p= is empty: the key has been revoked, so signatures with this selector fail</source>
        <translation>p= está vacío: la clave se revocó, así que las firmas con este selector fallan</translation>
    </message>
    <message>
        <source>%1 %2 record(s)</source>
        <translation>%1 registro(s) %2</translation>
    </message>
    <message>
        <source>no %1 records (NODATA)</source>
        <translation>ningún registro %1 (NODATA)</translation>
    </message>
    <message>
        <source>the name does not exist (NXDOMAIN)</source>
        <translation>el nombre no existe (NXDOMAIN)</translation>
    </message>
    <message>
        <source>not a valid DNS name</source>
        <translation>no es un nombre DNS válido</translation>
    </message>
    <message>
        <source>%1 for %2 %3</source>
        <translation>%1 para %2 %3</translation>
    </message>
    <message>
        <source>%1 for %2 %3: %4</source>
        <translation>%1 para %2 %3: %4</translation>
    </message>
    <message>
        <source>more than %1 DNS lookups returned no records (void lookup limit, RFC 7208 4.6.4)</source>
        <translation>más de %1 consultas DNS no devolvieron registros (límite de consultas vacías, RFC 7208 4.6.4)</translation>
    </message>
    <message>
        <source>not a valid, fully qualified domain name (RFC 7208 4.3)</source>
        <translation>no es un nombre de dominio válido y completo (RFC 7208 4.3)</translation>
    </message>
    <message>
        <source>the domain does not exist (NXDOMAIN)</source>
        <translation>el dominio no existe (NXDOMAIN)</translation>
    </message>
    <message>
        <source>the TXT lookup failed: %1</source>
        <translation>la consulta TXT falló: %1</translation>
    </message>
    <message>
        <source>no SPF record (no TXT record starting with &quot;v=spf1&quot;)</source>
        <translation>no hay registro SPF (ningún registro TXT empieza por «v=spf1»)</translation>
    </message>
    <message>
        <source>%1 SPF records are published; there must be exactly one</source>
        <translation>hay %1 registros SPF publicados; debe haber exactamente uno</translation>
    </message>
    <message>
        <source>syntax error at position %1 (&apos;%2&apos;): %3</source>
        <translation>error de sintaxis en la posición %1 (&apos;%2&apos;): %3</translation>
    </message>
    <message>
        <source>over the DNS lookup limit</source>
        <translation>por encima del límite de consultas DNS</translation>
    </message>
    <message>
        <source>more than %1 DNS-querying terms (include, a, mx, ptr, exists, redirect) were needed (RFC 7208 4.6.4)</source>
        <translation>se necesitaron más de %1 términos que consultan el DNS (include, a, mx, ptr, exists, redirect) (RFC 7208 4.6.4)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; matched</source>
        <translation>&apos;%1&apos; coincidió</translation>
    </message>
    <message>
        <source>more than %1 DNS-querying terms were needed (RFC 7208 4.6.4)</source>
        <translation>se necesitaron más de %1 términos que consultan el DNS (RFC 7208 4.6.4)</translation>
    </message>
    <message>
        <source>the redirect target has no SPF record: %1</source>
        <translation>el destino del redirect no tiene registro SPF: %1</translation>
    </message>
    <message>
        <source>redirect to %1, which has no SPF record</source>
        <translation>redirect a %1, que no tiene registro SPF</translation>
    </message>
    <message>
        <source>result %1</source>
        <translation>resultado %1</translation>
    </message>
    <message>
        <source>no term matched; the default result is neutral</source>
        <translation>ningún término coincidió; el resultado por defecto es neutral</translation>
    </message>
    <message>
        <source>always matches</source>
        <translation>siempre coincide</translation>
    </message>
    <message>
        <source>no client IP given</source>
        <translation>no se indicó IP del cliente</translation>
    </message>
    <message>
        <source>the IP is in this network</source>
        <translation>la IP está en esta red</translation>
    </message>
    <message>
        <source>the IP is not in this network</source>
        <translation>la IP no está en esta red</translation>
    </message>
    <message>
        <source>depends on the client IP, which was not given</source>
        <translation>depende de la IP del cliente, que no se indicó</translation>
    </message>
    <message>
        <source>%1 returned %2</source>
        <translation>%1 devolvió %2</translation>
    </message>
    <message>
        <source>the included domain %1 has no SPF record</source>
        <translation>el dominio incluido %1 no tiene registro SPF</translation>
    </message>
    <message>
        <source>validated PTR name %1</source>
        <translation>nombre PTR validado %1</translation>
    </message>
    <message>
        <source>no validated PTR name</source>
        <translation>ningún nombre PTR validado</translation>
    </message>
    <message>
        <source>validated PTR names: %1</source>
        <translation>nombres PTR validados: %1</translation>
    </message>
    <message>
        <source>%1 has %2</source>
        <translation>%1 tiene %2</translation>
    </message>
    <message>
        <source>%1 MX records; an mx term may look up at most %2 (RFC 7208 4.6.4)</source>
        <translation>%1 registros MX; un término mx puede consultar como máximo %2 (RFC 7208 4.6.4)</translation>
    </message>
    <message>
        <source>the evaluation took longer than %1 ms (RFC 7208 4.6.4)</source>
        <translation>la evaluación tardó más de %1 ms (RFC 7208 4.6.4)</translation>
    </message>
    <message>
        <source>unknown macro letter &apos;%1&apos;</source>
        <translation>letra de macro desconocida &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unterminated macro</source>
        <translation>macro sin terminar</translation>
    </message>
    <message>
        <source>a macro transformer of zero parts is not allowed</source>
        <translation>no se permite un transformador de macro de cero partes</translation>
    </message>
    <message>
        <source>malformed macro: expected &apos;}&apos;</source>
        <translation>macro mal formada: se esperaba &apos;}&apos;</translation>
    </message>
    <message>
        <source>character %1 is not allowed in a macro-string</source>
        <translation>el carácter %1 no se permite en un macro-string</translation>
    </message>
    <message>
        <source>a lone &apos;%&apos; must be written &apos;%%&apos;</source>
        <translation>un &apos;%&apos; suelto debe escribirse &apos;%%&apos;</translation>
    </message>
    <message>
        <source>&apos;%&apos; followed by &apos;%1&apos; is not a macro (write &apos;%%&apos; for a percent sign)</source>
        <translation>&apos;%&apos; seguido de &apos;%1&apos; no es una macro (escriba &apos;%%&apos; para un signo de porcentaje)</translation>
    </message>
    <message>
        <source>%1 needs &apos;:&apos; and an address</source>
        <translation>%1 necesita &apos;:&apos; y una dirección</translation>
    </message>
    <message>
        <source>invalid prefix length &apos;%1&apos;</source>
        <translation>longitud de prefijo no válida &apos;%1&apos;</translation>
    </message>
    <message>
        <source>invalid %1 address &apos;%2&apos;</source>
        <translation>dirección %1 no válida &apos;%2&apos;</translation>
    </message>
    <message>
        <source>invalid IPv4 prefix length &apos;/%1&apos;</source>
        <translation>longitud de prefijo IPv4 no válida &apos;/%1&apos;</translation>
    </message>
    <message>
        <source>invalid IPv6 prefix length &apos;//%1&apos;</source>
        <translation>longitud de prefijo IPv6 no válida &apos;//%1&apos;</translation>
    </message>
    <message>
        <source>%1 needs &apos;:&apos; and a domain</source>
        <translation>%1 necesita &apos;:&apos; y un dominio</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos; after %2</source>
        <translation>&apos;%1&apos; inesperado después de %2</translation>
    </message>
    <message>
        <source>&apos;all&apos; takes no argument</source>
        <translation>&apos;all&apos; no admite argumento</translation>
    </message>
    <message>
        <source>unknown mechanism &apos;%1&apos;</source>
        <translation>mecanismo desconocido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>empty domain-spec</source>
        <translation>domain-spec vacío</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not end in a valid top label (use a fully qualified name)</source>
        <translation>&apos;%1&apos; no termina en una etiqueta de nivel superior válida (use un nombre completo)</translation>
    </message>
    <message>
        <source>byte %1 is not allowed in an SPF record (only printable ASCII and spaces)</source>
        <translation>el byte %1 no se permite en un registro SPF (solo ASCII imprimible y espacios)</translation>
    </message>
    <message>
        <source>the record does not start with &quot;v=spf1&quot;</source>
        <translation>el registro no empieza por «v=spf1»</translation>
    </message>
    <message>
        <source>&apos;%1=&apos; may appear only once</source>
        <translation>&apos;%1=&apos; solo puede aparecer una vez</translation>
    </message>
    <message>
        <source>the root element is not &lt;svg&gt; in the SVG namespace</source>
        <translation>el elemento raíz no es &lt;svg&gt; en el espacio de nombres SVG</translation>
    </message>
    <message>
        <source>baseProfile is &quot;%1&quot;, not &quot;%2&quot;</source>
        <translation>baseProfile es «%1», no «%2»</translation>
    </message>
    <message>
        <source>version is &quot;%1&quot;, not &quot;%2&quot;</source>
        <translation>version es «%1», no «%2»</translation>
    </message>
    <message>
        <source>the root &lt;svg&gt; has a %1= attribute, which SVG Tiny PS forbids</source>
        <translation>el elemento raíz &lt;svg&gt; tiene un atributo %1=, que SVG Tiny PS prohíbe</translation>
    </message>
    <message>
        <source>the viewBox is %1 by %2: a BIMI logo must be square</source>
        <translation>el viewBox mide %1 por %2: un logotipo BIMI debe ser cuadrado</translation>
    </message>
    <message>
        <source>no viewBox: the logo cannot be scaled reliably</source>
        <translation>sin viewBox: el logotipo no se puede escalar de forma fiable</translation>
    </message>
    <message>
        <source>&lt;%1&gt; is not allowed in SVG Tiny PS</source>
        <translation>&lt;%1&gt; no está permitido en SVG Tiny PS</translation>
    </message>
    <message>
        <source>&lt;%1&gt; has an event handler (%2=)</source>
        <translation>&lt;%1&gt; tiene un manejador de eventos (%2=)</translation>
    </message>
    <message>
        <source>&lt;%1&gt; refers to %2: external references are not allowed</source>
        <translation>&lt;%1&gt; hace referencia a %2: no se permiten referencias externas</translation>
    </message>
    <message>
        <source>&lt;%1&gt; %2= refers outside the file</source>
        <translation>&lt;%1&gt; %2= hace referencia a algo fuera del archivo</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>Estado HTTP %1</translation>
    </message>
    <message>
        <source>%1 bytes, more than the %2 allowed</source>
        <translation>%1 bytes, más de los %2 permitidos</translation>
    </message>
    <message>
        <source>a DOCTYPE declaration (DTDs and entities are not allowed)</source>
        <translation>una declaración DOCTYPE (no se permiten DTD ni entidades)</translation>
    </message>
    <message>
        <source>an entity reference (entities are not allowed)</source>
        <translation>una referencia a una entidad (no se permiten entidades)</translation>
    </message>
    <message>
        <source>not well-formed XML: %1 (line %2)</source>
        <translation>XML mal formado: %1 (línea %2)</translation>
    </message>
    <message>
        <source>no root element</source>
        <translation>no hay elemento raíz</translation>
    </message>
    <message>
        <source>no &lt;title&gt; element (SVG Tiny PS requires one, naming the brand)</source>
        <translation>no hay elemento &lt;title&gt; (SVG Tiny PS exige uno con el nombre de la marca)</translation>
    </message>
    <message>
        <source>no PEM certificate in the file</source>
        <translation>no hay ningún certificado PEM en el archivo</translation>
    </message>
    <message>
        <source>lines end with LF alone; RFC 8461 3.2 asks for CRLF</source>
        <translation>las líneas terminan solo con LF; la RFC 8461 3.2 pide CRLF</translation>
    </message>
    <message>
        <source>more than 1000 lines</source>
        <translation>más de 1000 líneas</translation>
    </message>
    <message>
        <source>line %1 is not &quot;key: value&quot;: %2</source>
        <translation>la línea %1 no tiene la forma «clave: valor»: %2</translation>
    </message>
    <message>
        <source>%1 appears more than once; the first is used</source>
        <translation>%1 aparece más de una vez; se usa la primera</translation>
    </message>
    <message>
        <source>max_age &quot;%1&quot; is not a number of seconds</source>
        <translation>max_age «%1» no es un número de segundos</translation>
    </message>
    <message>
        <source>max_age %1 is above the largest allowed, %2</source>
        <translation>max_age %1 supera el máximo permitido, %2</translation>
    </message>
    <message>
        <source>mx &quot;%1&quot; is not a host name or a *.domain pattern</source>
        <translation>mx «%1» no es un nombre de host ni un patrón *.dominio</translation>
    </message>
    <message>
        <source>the version field is missing</source>
        <translation>falta el campo version</translation>
    </message>
    <message>
        <source>version is &quot;%1&quot;, not STSv1</source>
        <translation>version es «%1», no STSv1</translation>
    </message>
    <message>
        <source>the mode field is missing</source>
        <translation>falta el campo mode</translation>
    </message>
    <message>
        <source>mode is &quot;%1&quot;, not enforce, testing or none</source>
        <translation>mode es «%1», no enforce, testing ni none</translation>
    </message>
    <message>
        <source>the max_age field is missing</source>
        <translation>falta el campo max_age</translation>
    </message>
    <message>
        <source>no mx field: the policy names no mail host</source>
        <translation>no hay campo mx: la política no nombra ningún host de correo</translation>
    </message>
</context>
<context>
    <name>rebound::blocklist</name>
    <message>
        <source>undocumented bits %1</source>
        <translation>bits no documentados %1</translation>
    </message>
    <message>
        <source>answer outside 127.0.0.0/8</source>
        <translation>respuesta fuera de 127.0.0.0/8</translation>
    </message>
    <message>
        <source>not documented for this list</source>
        <translation>no documentado para esta lista</translation>
    </message>
    <message>
        <source>Try again later, or through another resolver.</source>
        <translation>Vuelva a intentarlo más tarde o a través de otro resolvedor.</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>y %1 más</translation>
    </message>
    <message>
        <source>%1 is not documented for this list</source>
        <translation>%1 no está documentado para esta lista</translation>
    </message>
    <message>
        <source>%1 is not trusted: %2</source>
        <translation>%1 no es de confianza: %2</translation>
    </message>
    <message>
        <source>answered %1, outside 127.0.0.0/8 where RFC 5782 answers must be: the list&apos;s domain may have lapsed, or the resolver rewrites answers</source>
        <translation>respondió %1, fuera de 127.0.0.0/8, donde deben estar las respuestas según la RFC 5782: el dominio de la lista puede haber caducado, o el resolvedor reescribe las respuestas</translation>
    </message>
    <message>
        <source>the list refused the query (%1); this is not a listing</source>
        <translation>la lista rechazó la consulta (%1); esto no es un listado</translation>
    </message>
    <message>
        <source>the DNS server refused the query (REFUSED)</source>
        <translation>el servidor DNS rechazó la consulta (REFUSED)</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>no usable answer (%1)</source>
        <translation>ninguna respuesta utilizable (%1)</translation>
    </message>
    <message>
        <source>no usable answer (%1: %2)</source>
        <translation>ninguna respuesta utilizable (%1: %2)</translation>
    </message>
    <message>
        <source>test point %1: %2</source>
        <translation>punto de prueba %1: %2</translation>
    </message>
    <message>
        <source>test point %1 is not listed (%2), though RFC 5782 says it must be: the list is dead or emptied, does not serve %3, or answers nothing to this resolver (Spamhaus does this to public resolvers)</source>
        <translation>el punto de prueba %1 no está listado (%2), aunque la RFC 5782 lo exige: la lista está muerta o vaciada, no atiende %3, o no responde nada a este resolvedor (Spamhaus lo hace con los resolvedores públicos)</translation>
    </message>
    <message>
        <source>test point %1 answered %2, but the list documents %3: it changed its codes or is not the list it claims to be</source>
        <translation>el punto de prueba %1 respondió %2, pero la lista documenta %3: cambió sus códigos o no es la lista que dice ser</translation>
    </message>
    <message>
        <source>lists the test point %1 (%2), which RFC 5782 says must never be listed: the list answers for everything (wildcard), so its answers are ignored</source>
        <translation>lista el punto de prueba %1 (%2), que según la RFC 5782 nunca debe estar listado: la lista responde a todo (comodín), así que sus respuestas se ignoran</translation>
    </message>
    <message>
        <source>could not verify the list in this run: %1. Its answer for this address (%2) does not count</source>
        <translation>no se pudo verificar la lista en esta ejecución: %1. Su respuesta para esta dirección (%2) no cuenta</translation>
    </message>
    <message>
        <source>could not verify the list in this run: %1</source>
        <translation>no se pudo verificar la lista en esta ejecución: %1</translation>
    </message>
    <message>
        <source>needs a Spamhaus DQS key (%1)</source>
        <translation>necesita una clave DQS de Spamhaus (%1)</translation>
    </message>
    <message>
        <source>needs an Abusix key (%1)</source>
        <translation>necesita una clave de Abusix (%1)</translation>
    </message>
    <message>
        <source>needs a key (%1)</source>
        <translation>necesita una clave (%1)</translation>
    </message>
    <message>
        <source>the list does not cover IPv4 addresses</source>
        <translation>la lista no cubre direcciones IPv4</translation>
    </message>
    <message>
        <source>the list does not cover IPv6 addresses</source>
        <translation>la lista no cubre direcciones IPv6</translation>
    </message>
    <message>
        <source>the list does not cover domains</source>
        <translation>la lista no cubre dominios</translation>
    </message>
    <message>
        <source>not queried: the list is unverified. %1</source>
        <translation>no consultada: la lista no está verificada. %1</translation>
    </message>
    <message>
        <source>not queried: the list is for paying customers only. %1</source>
        <translation>no consultada: la lista es solo para clientes de pago. %1</translation>
    </message>
    <message>
        <source>not queried: the list is defunct. %1</source>
        <translation>no consultada: la lista ya no existe. %1</translation>
    </message>
    <message>
        <source>not queried: the list is %1. %2</source>
        <translation>no consultada: estado de la lista: %1. %2</translation>
    </message>
    <message>
        <source>no resolver</source>
        <translation>ningún resolvedor</translation>
    </message>
    <message>
        <source>could not check (list not answering): its test point or its first queries got no answer within the deadline, so it was not asked again in this run</source>
        <translation>no comprobable (la lista no responde): su punto de prueba o sus primeras consultas no obtuvieron respuesta dentro del plazo, así que no se le volvió a preguntar en esta ejecución</translation>
    </message>
    <message>
        <source>could not check (list failing): its test point or its first queries got SERVFAIL, so it was not asked again in this run</source>
        <translation>no comprobable (la lista falla): su punto de prueba o sus primeras consultas obtuvieron SERVFAIL, así que no se le volvió a preguntar en esta ejecución</translation>
    </message>
    <message>
        <source>could not check (list refusing): its test point or its first queries were REFUSED, so it was not asked again in this run</source>
        <translation>no comprobable (la lista rechaza): su punto de prueba o sus primeras consultas obtuvieron REFUSED, así que no se le volvió a preguntar en esta ejecución</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Listed</source>
        <translation>Listada</translation>
    </message>
    <message>
        <source>Not listed</source>
        <translation>No listada</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>No consultada</translation>
    </message>
    <message>
        <source>Could not check</source>
        <translation>No comprobable</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 listed, %2 could not be checked (not counted as clean), %3 not listed, %4 not asked.</source>
        <translation>%1 listadas, %2 no comprobables (no se cuentan como limpias), %3 no listadas, %4 no consultadas.</translation>
    </message>
</context>
<context>
    <name>rebound::dane::TlsaLookup</name>
    <message>
        <source>libunbound could not create a resolver context</source>
        <translation>libunbound no pudo crear un contexto de resolvedor</translation>
    </message>
    <message>
        <source>the DNSSEC trust anchor %1 cannot be read</source>
        <translation>no se puede leer el ancla de confianza DNSSEC %1</translation>
    </message>
    <message>
        <source>the DNSSEC trust anchor %1 is not usable: %2</source>
        <translation>el ancla de confianza DNSSEC %1 no se puede usar: %2</translation>
    </message>
    <message>
        <source>libunbound could not start the lookup: %1</source>
        <translation>libunbound no pudo iniciar la consulta: %1</translation>
    </message>
    <message>
        <source>the validated TLSA lookup took longer than %1 ms</source>
        <translation>la consulta TLSA validada tardó más de %1 ms</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>the validated TLSA lookup failed: %1</source>
        <translation>la consulta TLSA validada falló: %1</translation>
    </message>
    <message>
        <source>the validated TLSA lookup ended with DNS error code %1</source>
        <translation>la consulta TLSA validada terminó con el código de error DNS %1</translation>
    </message>
</context>
<context>
    <name>rebound::data::auth</name>
    <message>
        <source>%1 Explanation: %2</source>
        <extracomment>text spf_explanation</extracomment>
        <translation>%1 Explicación: %2</translation>
    </message>
    <message>
        <source>Sender domain: %1</source>
        <extracomment>text sender_domain</extracomment>
        <translation>Dominio del remitente: %1</translation>
    </message>
    <message>
        <source>could not resolve: %1</source>
        <extracomment>text mx_unresolved</extracomment>
        <translation>no se pudo resolver: %1</translation>
    </message>
    <message>
        <source>the host name has no A or AAAA record</source>
        <extracomment>text mx_no_address</extracomment>
        <translation>el nombre de host no tiene registro A ni AAAA</translation>
    </message>
    <message>
        <source>resolves to %1, which is not reachable from the Internet (%2)</source>
        <extracomment>text mx_special_address</extracomment>
        <translation>resuelve a %1, que no es accesible desde Internet (%2)</translation>
    </message>
    <message>
        <source>the MX target is an IP address, not a host name (RFC 5321 5.1)</source>
        <extracomment>text mx_ip_literal</extracomment>
        <translation>el destino MX es una dirección IP, no un nombre de host (RFC 5321 5.1)</translation>
    </message>
    <message>
        <source>%1 publishes no SPF record</source>
        <extracomment>finding spf.missing: title</extracomment>
        <translation>%1 no publica ningún registro SPF</translation>
    </message>
    <message>
        <source>Without SPF, receivers cannot tell authorized senders from forgers, and many (Gmail, Yahoo) reject or junk bulk mail from such domains. Publish a TXT record starting with &quot;v=spf1&quot;.</source>
        <extracomment>finding spf.missing: detail</extracomment>
        <translation>Sin SPF, los receptores no pueden distinguir a los remitentes autorizados de los falsificadores, y muchos (Gmail, Yahoo) rechazan o mandan a spam el correo masivo de esos dominios. Publique un registro TXT que empiece por «v=spf1».</translation>
    </message>
    <message>
        <source>%1 publishes %2 SPF records</source>
        <extracomment>finding spf.multiple_records: title</extracomment>
        <translation>%1 publica %2 registros SPF</translation>
    </message>
    <message>
        <source>RFC 7208 4.5: more than one &quot;v=spf1&quot; record is a permanent error, so SPF fails for all mail. Merge them into one record.</source>
        <extracomment>finding spf.multiple_records: detail</extracomment>
        <translation>RFC 7208 4.5: más de un registro «v=spf1» es un error permanente, así que SPF falla para todo el correo. Únalos en un solo registro.</translation>
    </message>
    <message>
        <source>Syntax error in the SPF record of %1</source>
        <extracomment>finding spf.syntax_error: title</extracomment>
        <translation>Error de sintaxis en el registro SPF de %1</translation>
    </message>
    <message>
        <source>%1. Any syntax error makes the whole record a permanent error (RFC 7208 4.6).</source>
        <extracomment>finding spf.syntax_error: detail</extracomment>
        <translation>%1. Cualquier error de sintaxis convierte todo el registro en un error permanente (RFC 7208 4.6).</translation>
    </message>
    <message>
        <source>%1 target %2 has no SPF record</source>
        <extracomment>finding spf.include_without_record: title</extracomment>
        <translation>El destino de %1 %2 no tiene registro SPF</translation>
    </message>
    <message>
        <source>An include or redirect of a domain without an SPF record is a permanent error. Remove the term or fix the name.</source>
        <extracomment>finding spf.include_without_record: detail</extracomment>
        <translation>Un include o redirect a un dominio sin registro SPF es un error permanente. Quite el término o corrija el nombre.</translation>
    </message>
    <message>
        <source>SPF include loop: %1 includes itself</source>
        <extracomment>finding spf.include_loop: title</extracomment>
        <translation>Bucle de include SPF: %1 se incluye a sí mismo</translation>
    </message>
    <message>
        <source>The loop only ends when the 10-lookup limit is hit, which is a permanent error.</source>
        <extracomment>finding spf.include_loop: detail</extracomment>
        <translation>El bucle solo termina al alcanzar el límite de 10 consultas, lo que es un error permanente.</translation>
    </message>
    <message>
        <source>The TXT records at %1 are too long for one plain UDP answer</source>
        <extracomment>finding spf.record_too_long: title</extracomment>
        <translation>Los registros TXT de %1 son demasiado largos para una respuesta UDP simple</translation>
    </message>
    <message>
        <source>%1 bytes of TXT data. Answers over 512 bytes need EDNS0 or TCP; some receivers&apos; resolvers then fail and report temperror. Shorten the record or move senders into an include.</source>
        <extracomment>finding spf.record_too_long: detail</extracomment>
        <translation>%1 bytes de datos TXT. Las respuestas de más de 512 bytes necesitan EDNS0 o TCP; algunos resolvedores de los receptores fallan entonces e informan temperror. Acorte el registro o mueva remitentes a un include.</translation>
    </message>
    <message>
        <source>SPF of %1 could not be checked</source>
        <extracomment>finding spf.dns_error: title</extracomment>
        <translation>El SPF de %1 no es comprobable</translation>
    </message>
    <message>
        <source>%1. Receivers get a temporary error and may defer mail.</source>
        <extracomment>finding spf.dns_error: detail</extracomment>
        <translation>%1. Los receptores obtienen un error temporal y pueden aplazar el correo.</translation>
    </message>
    <message>
        <source>%1 uses the deprecated &apos;ptr&apos; mechanism</source>
        <extracomment>finding spf.deprecated_ptr: title</extracomment>
        <translation>%1 usa el mecanismo obsoleto &apos;ptr&apos;</translation>
    </message>
    <message>
        <source>RFC 7208 5.5 says ptr SHOULD NOT be used: it is slow, unreliable and loads the DNS servers of the connecting IP&apos;s owner. List the senders with ip4/ip6 or a instead.</source>
        <extracomment>finding spf.deprecated_ptr: detail</extracomment>
        <translation>La RFC 7208 5.5 dice que ptr NO DEBERÍA usarse: es lento, poco fiable y carga los servidores DNS del propietario de la IP que se conecta. Enumere los remitentes con ip4/ip6 o a en su lugar.</translation>
    </message>
    <message>
        <source>%1 ends with &apos;+all&apos;: any host may send as this domain</source>
        <extracomment>finding spf.pass_all: title</extracomment>
        <translation>%1 termina con &apos;+all&apos;: cualquier host puede enviar como este dominio</translation>
    </message>
    <message>
        <source>&apos;+all&apos; authorizes the whole Internet; spammers can pass SPF as this domain. Use &apos;~all&apos; or &apos;-all&apos;.</source>
        <extracomment>finding spf.pass_all: detail</extracomment>
        <translation>&apos;+all&apos; autoriza a todo Internet; los spammers pueden superar SPF como este dominio. Use &apos;~all&apos; o &apos;-all&apos;.</translation>
    </message>
    <message>
        <source>%1 ends with &apos;?all&apos;, which protects nothing</source>
        <extracomment>finding spf.neutral_all: title</extracomment>
        <translation>%1 termina con &apos;?all&apos;, que no protege nada</translation>
    </message>
    <message>
        <source>A neutral result is treated like no SPF at all. Once every sender is listed, use &apos;~all&apos; or &apos;-all&apos;.</source>
        <extracomment>finding spf.neutral_all: detail</extracomment>
        <translation>Un resultado neutral se trata como si no hubiera SPF. Cuando estén todos los remitentes, use &apos;~all&apos; o &apos;-all&apos;.</translation>
    </message>
    <message>
        <source>%1&apos;s SPF record has no &apos;all&apos; term and no redirect</source>
        <extracomment>finding spf.no_all: title</extracomment>
        <translation>El registro SPF de %1 no tiene término &apos;all&apos; ni redirect</translation>
    </message>
    <message>
        <source>Hosts that match nothing get &apos;neutral&apos;, which receivers treat like no SPF. End the record with &apos;~all&apos; or &apos;-all&apos;.</source>
        <extracomment>finding spf.no_all: detail</extracomment>
        <translation>Los hosts que no coinciden con nada obtienen &apos;neutral&apos;, que los receptores tratan como si no hubiera SPF. Termine el registro con &apos;~all&apos; o &apos;-all&apos;.</translation>
    </message>
    <message>
        <source>SPF of %1 needs more than 10 DNS lookups</source>
        <extracomment>finding spf.too_many_lookups: title</extracomment>
        <translation>El SPF de %1 necesita más de 10 consultas DNS</translation>
    </message>
    <message>
        <source>RFC 7208 4.6.4 allows 10 DNS-querying terms (include, a, mx, ptr, exists, redirect) per evaluation; beyond that the result is permerror and SPF fails for every sender. Replace includes with ip4/ip6 ranges or drop unused services.</source>
        <extracomment>finding spf.too_many_lookups: detail</extracomment>
        <translation>La RFC 7208 4.6.4 permite 10 términos que consultan el DNS (include, a, mx, ptr, exists, redirect) por evaluación; por encima, el resultado es permerror y SPF falla para todos los remitentes. Sustituya los include por rangos ip4/ip6 o quite los servicios que no use.</translation>
    </message>
    <message>
        <source>SPF of %1 uses %2 of 10 DNS lookups</source>
        <extracomment>finding spf.lookups_near_limit: title</extracomment>
        <translation>El SPF de %1 usa %2 de 10 consultas DNS</translation>
    </message>
    <message>
        <source>A provider adding one include to its own record can push this over the limit.</source>
        <extracomment>finding spf.lookups_near_limit: detail</extracomment>
        <translation>Un proveedor que añada un include a su propio registro puede hacer que se supere el límite.</translation>
    </message>
    <message>
        <source>SPF of %1 has more than 2 lookups that return nothing</source>
        <extracomment>finding spf.too_many_void_lookups: title</extracomment>
        <translation>El SPF de %1 tiene más de 2 consultas que no devuelven nada</translation>
    </message>
    <message>
        <source>RFC 7208 4.6.4: more than two DNS lookups answering NXDOMAIN or no records make the result permerror. Remove terms that name hosts that no longer exist.</source>
        <extracomment>finding spf.too_many_void_lookups: detail</extracomment>
        <translation>RFC 7208 4.6.4: más de dos consultas DNS que responden NXDOMAIN o sin registros hacen que el resultado sea permerror. Quite los términos que nombran hosts que ya no existen.</translation>
    </message>
    <message>
        <source>SPF of %1 is a permanent error</source>
        <extracomment>finding spf.permerror: title</extracomment>
        <translation>El SPF de %1 es un error permanente</translation>
    </message>
    <message>
        <source>SPF %1 for %2 sending as %3</source>
        <extracomment>finding spf.result_fail: title</extracomment>
        <translation>SPF %1 para %2 enviando como %3</translation>
    </message>
    <message>
        <source>SPF %1 for the HELO name %2</source>
        <extracomment>finding spf.helo_fail: title</extracomment>
        <translation>SPF %1 para el nombre HELO %2</translation>
    </message>
    <message>
        <source>%1. Receivers that check the HELO identity (RFC 7208 2.3) may reject; publish &quot;v=spf1 a -all&quot; at the host name.</source>
        <extracomment>finding spf.helo_fail: detail</extracomment>
        <translation>%1. Los receptores que comprueban la identidad HELO (RFC 7208 2.3) pueden rechazar; publique «v=spf1 a -all» en el nombre de host.</translation>
    </message>
    <message>
        <source>The DMARC record of %1 could not be checked</source>
        <extracomment>finding dmarc.dns_error: title</extracomment>
        <translation>El registro DMARC de %1 no es comprobable</translation>
    </message>
    <message>
        <source>The lookup of %1 failed (%2); receivers may treat the domain as having no policy or defer mail.</source>
        <extracomment>finding dmarc.dns_error: detail</extracomment>
        <translation>La consulta de %1 falló (%2); los receptores pueden tratar el dominio como sin política o aplazar el correo.</translation>
    </message>
    <message>
        <source>%1 publishes no DMARC record</source>
        <extracomment>finding dmarc.missing: title</extracomment>
        <translation>%1 no publica ningún registro DMARC</translation>
    </message>
    <message>
        <source>_dmarc.%1 has no &quot;v=DMARC1&quot; record. Gmail and Yahoo require DMARC from bulk senders; start with &quot;v=DMARC1; p=none; rua=mailto:...&quot;.</source>
        <extracomment>finding dmarc.missing: detail</extracomment>
        <translation>_dmarc.%1 no tiene un registro «v=DMARC1». Gmail y Yahoo exigen DMARC a los remitentes masivos; empiece con «v=DMARC1; p=none; rua=mailto:...».</translation>
    </message>
    <message>
        <source>%1 publishes %2 DMARC records</source>
        <extracomment>finding dmarc.multiple_records: title</extracomment>
        <translation>%1 publica %2 registros DMARC</translation>
    </message>
    <message>
        <source>DMARC record error: %1</source>
        <extracomment>finding dmarc.invalid_tag: title</extracomment>
        <translation>Error en el registro DMARC: %1</translation>
    </message>
    <message>
        <source>Receivers may ignore the whole record or the tag; fix the value.</source>
        <extracomment>finding dmarc.invalid_tag: detail</extracomment>
        <translation>Los receptores pueden ignorar todo el registro o la etiqueta; corrija el valor.</translation>
    </message>
    <message>
        <source>DMARC record: %1</source>
        <extracomment>finding dmarc.questionable_tag: title</extracomment>
        <translation>Registro DMARC: %1</translation>
    </message>
    <message>
        <source>DMARC policy of %1 is p=none (monitoring only)</source>
        <extracomment>finding dmarc.policy_none: title</extracomment>
        <translation>La política DMARC de %1 es p=none (solo supervisión)</translation>
    </message>
    <message>
        <source>Receivers report but do not act on failing mail, so forged mail is delivered. Once the aggregate reports show all legitimate mail aligned, move to p=quarantine, then p=reject.</source>
        <extracomment>finding dmarc.policy_none: detail</extracomment>
        <translation>Los receptores informan pero no actúan sobre el correo que falla, así que el correo falsificado se entrega. Cuando los informes agregados muestren todo el correo legítimo alineado, pase a p=quarantine y luego a p=reject.</translation>
    </message>
    <message>
        <source>Subdomains get a weaker policy (sp=%1) than the domain (p=%2)</source>
        <extracomment>finding dmarc.weaker_subdomain_policy: title</extracomment>
        <translation>Los subdominios tienen una política más débil (sp=%1) que el dominio (p=%2)</translation>
    </message>
    <message>
        <source>Forgers can use any subdomain name to get the weaker treatment.</source>
        <extracomment>finding dmarc.weaker_subdomain_policy: detail</extracomment>
        <translation>Los falsificadores pueden usar cualquier nombre de subdominio para obtener el trato más débil.</translation>
    </message>
    <message>
        <source>The DMARC record asks for no aggregate reports</source>
        <extracomment>finding dmarc.no_rua: title</extracomment>
        <translation>El registro DMARC no pide informes agregados</translation>
    </message>
    <message>
        <source>Without rua= you cannot see who sends as your domain or whether it aligns.</source>
        <extracomment>finding dmarc.no_rua: detail</extracomment>
        <translation>Sin rua= no puede ver quién envía en nombre de su dominio ni si está alineado.</translation>
    </message>
    <message>
        <source>The DMARC record is in testing mode (t=y)</source>
        <extracomment>finding dmarc.testing: title</extracomment>
        <translation>El registro DMARC está en modo de prueba (t=y)</translation>
    </message>
    <message>
        <source>RFC 9989: receivers apply one level weaker policy while t=y.</source>
        <extracomment>finding dmarc.testing: detail</extracomment>
        <translation>RFC 9989: mientras t=y, los receptores aplican una política un nivel más débil.</translation>
    </message>
    <message>
        <source>Could not check whether %1 accepts DMARC reports for %2</source>
        <extracomment>finding dmarc.external_unverified: title</extracomment>
        <translation>No se pudo comprobar si %1 acepta informes DMARC para %2</translation>
    </message>
    <message>
        <source>The lookup of the authorization record failed: %1</source>
        <extracomment>finding dmarc.external_unverified: detail</extracomment>
        <translation>La consulta del registro de autorización falló: %1</translation>
    </message>
    <message>
        <source>Reports to %1 are not authorized</source>
        <extracomment>finding dmarc.external_unauthorized: title</extracomment>
        <translation>Los informes a %1 no están autorizados</translation>
    </message>
    <message>
        <source>%1 has no &quot;v=DMARC1&quot; TXT record, so receivers will not send reports there (RFC 7489 7.1). Ask the report provider to publish it.</source>
        <extracomment>finding dmarc.external_unauthorized: detail</extracomment>
        <translation>%1 no tiene un registro TXT «v=DMARC1», así que los receptores no enviarán informes allí (RFC 7489 7.1). Pida al proveedor de informes que lo publique.</translation>
    </message>
    <message>
        <source>MAIL FROM domain %1 does not align with %2 (%3)</source>
        <extracomment>finding dmarc.spf_not_aligned: title</extracomment>
        <translation>El dominio MAIL FROM %1 no está alineado con %2 (%3)</translation>
    </message>
    <message>
        <source>SPF cannot make DMARC pass for this mail; DMARC then depends on an aligned DKIM signature (d= in the From domain).</source>
        <extracomment>finding dmarc.spf_not_aligned: detail</extracomment>
        <translation>SPF no puede hacer que DMARC se supere para este correo; DMARC depende entonces de una firma DKIM alineada (d= en el dominio From).</translation>
    </message>
    <message>
        <source>The DKIM key %1 could not be checked</source>
        <extracomment>finding dkim.dns_error: title</extracomment>
        <translation>La clave DKIM %1 no es comprobable</translation>
    </message>
    <message>
        <source>The lookup ended with %1; receivers get a temporary DKIM error.</source>
        <extracomment>finding dkim.dns_error: detail</extracomment>
        <translation>La consulta terminó con %1; los receptores obtienen un error DKIM temporal.</translation>
    </message>
    <message>
        <source>No DKIM key at %1</source>
        <extracomment>finding dkim.key_missing: title</extracomment>
        <translation>No hay clave DKIM en %1</translation>
    </message>
    <message>
        <source>Signatures with this selector fail with &quot;no key for signature&quot;. Publish the key your signer uses, or check the selector name.</source>
        <extracomment>finding dkim.key_missing: detail</extracomment>
        <translation>Las firmas con este selector fallan con «no key for signature». Publique la clave que usa su firmante o revise el nombre del selector.</translation>
    </message>
    <message>
        <source>%1 publishes %2 key records</source>
        <extracomment>finding dkim.multiple_keys: title</extracomment>
        <translation>%1 publica %2 registros de clave</translation>
    </message>
    <message>
        <source>Receivers pick one at random, so verification fails part of the time.</source>
        <extracomment>finding dkim.multiple_keys: detail</extracomment>
        <translation>Los receptores eligen uno al azar, así que la verificación falla parte del tiempo.</translation>
    </message>
    <message>
        <source>DKIM key %1: %2</source>
        <extracomment>finding dkim.key_revoked: title</extracomment>
        <translation>Clave DKIM %1: %2</translation>
    </message>
    <message>
        <source>No DKIM key found among %1 common selectors</source>
        <extracomment>finding dkim.no_common_selector: title</extracomment>
        <translation>No se encontró ninguna clave DKIM entre %1 selectores habituales</translation>
    </message>
    <message>
        <source>DKIM selectors can be any name; give the one from a message&apos;s DKIM-Signature (s=) with --selector to check it.</source>
        <extracomment>finding dkim.no_common_selector: detail</extracomment>
        <translation>Los selectores DKIM pueden tener cualquier nombre; indique el de la DKIM-Signature de un mensaje (s=) con --selector para comprobarlo.</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <extracomment>finding mx.nxdomain: title</extracomment>
        <translation>%1 no existe</translation>
    </message>
    <message>
        <source>The DNS says the domain does not exist (NXDOMAIN): mail to it bounces and mail from it is rejected by most receivers.</source>
        <extracomment>finding mx.nxdomain: detail</extracomment>
        <translation>El DNS dice que el dominio no existe (NXDOMAIN): el correo dirigido a él rebota y la mayoría de los receptores rechazan el que envía.</translation>
    </message>
    <message>
        <source>The MX records of %1 could not be checked</source>
        <extracomment>finding mx.dns_error: title</extracomment>
        <translation>Los registros MX de %1 no son comprobables</translation>
    </message>
    <message>
        <source>The MX lookup ended with %1; senders will defer mail until it answers.</source>
        <extracomment>finding mx.dns_error: detail</extracomment>
        <translation>La consulta MX terminó con %1; los remitentes aplazarán el correo hasta que responda.</translation>
    </message>
    <message>
        <source>%1 cannot receive mail: no MX and no address</source>
        <extracomment>finding mx.no_mail_route: title</extracomment>
        <translation>%1 no puede recibir correo: ni MX ni dirección</translation>
    </message>
    <message>
        <source>Without MX records senders fall back to the A/AAAA records (RFC 5321 5.1); there are none, so mail to this domain bounces. Many receivers also reject mail from domains that cannot receive replies.</source>
        <extracomment>finding mx.no_mail_route: detail</extracomment>
        <translation>Sin registros MX, los remitentes recurren a los registros A/AAAA (RFC 5321 5.1); no hay ninguno, así que el correo a este dominio rebota. Muchos receptores rechazan además el correo de dominios que no pueden recibir respuestas.</translation>
    </message>
    <message>
        <source>%1 has no MX records</source>
        <extracomment>finding mx.implicit: title</extracomment>
        <translation>%1 no tiene registros MX</translation>
    </message>
    <message>
        <source>Senders deliver to the domain&apos;s own A/AAAA address (implicit MX). Publish an MX record, or a null MX (&quot;0 .&quot;, RFC 7505) if the domain takes no mail.</source>
        <extracomment>finding mx.implicit: detail</extracomment>
        <translation>Los remitentes entregan a la dirección A/AAAA del propio dominio (MX implícito). Publique un registro MX, o un MX nulo («0 .», RFC 7505) si el dominio no recibe correo.</translation>
    </message>
    <message>
        <source>%1 publishes a null MX: it accepts no mail</source>
        <extracomment>finding mx.null: title</extracomment>
        <translation>%1 publica un MX nulo: no acepta correo</translation>
    </message>
    <message>
        <source>RFC 7505: senders bounce mail to this domain at once. Receivers may reject mail whose MAIL FROM uses it, since bounces could not be delivered.</source>
        <extracomment>finding mx.null: detail</extracomment>
        <translation>RFC 7505: los remitentes devuelven de inmediato el correo a este dominio. Los receptores pueden rechazar el correo cuyo MAIL FROM lo use, ya que los rebotes no podrían entregarse.</translation>
    </message>
    <message>
        <source>%1 mixes a null MX with other MX records</source>
        <extracomment>finding mx.null_mixed: title</extracomment>
        <translation>%1 mezcla un MX nulo con otros registros MX</translation>
    </message>
    <message>
        <source>RFC 7505 3.3: a null MX must be the only MX record, with preference 0. Remove either the null MX or the others.</source>
        <extracomment>finding mx.null_mixed: detail</extracomment>
        <translation>RFC 7505 3.3: un MX nulo debe ser el único registro MX, con preferencia 0. Quite el MX nulo o los demás.</translation>
    </message>
    <message>
        <source>MX target %1 is an IP address</source>
        <extracomment>finding mx.ip_literal: title</extracomment>
        <translation>El destino MX %1 es una dirección IP</translation>
    </message>
    <message>
        <source>An MX must name a host, not an IP address (RFC 5321 5.1). Senders look it up as a name and fail; point the MX at a host name.</source>
        <extracomment>finding mx.ip_literal: detail</extracomment>
        <translation>Un MX debe nombrar un host, no una dirección IP (RFC 5321 5.1). Los remitentes lo buscan como nombre y fallan; haga que el MX apunte a un nombre de host.</translation>
    </message>
    <message>
        <source>MX host %1 is unusable</source>
        <extracomment>finding mx.unresolvable: title</extracomment>
        <translation>El host MX %1 no se puede usar</translation>
    </message>
    <message>
        <source>MX target %1 is a CNAME (to %2)</source>
        <extracomment>finding mx.cname: title</extracomment>
        <translation>El destino MX %1 es un CNAME (a %2)</translation>
    </message>
    <message>
        <source>RFC 2181 10.3 and RFC 5321 5.1: an MX must name a host&apos;s canonical name. Most senders cope, some do not; point the MX at the canonical name.</source>
        <extracomment>finding mx.cname: detail</extracomment>
        <translation>RFC 2181 10.3 y RFC 5321 5.1: un MX debe nombrar el nombre canónico de un host. La mayoría de los remitentes lo toleran, algunos no; haga que el MX apunte al nombre canónico.</translation>
    </message>
    <message>
        <source>The %1 record %2 could not be checked</source>
        <extracomment>finding policy.mta_sts.dns_error: title</extracomment>
        <translation>El registro %1 %2 no es comprobable</translation>
    </message>
    <message>
        <source>%1 publishes %2 %3 records</source>
        <extracomment>finding policy.mta_sts.multiple: title</extracomment>
        <translation>%1 publica %2 registros %3</translation>
    </message>
    <message>
        <source>With more than one record, senders and receivers ignore them all.</source>
        <extracomment>finding policy.mta_sts.multiple: detail</extracomment>
        <translation>Con más de un registro, remitentes y receptores los ignoran todos.</translation>
    </message>
    <message>
        <source>%1 record at %2: %3</source>
        <extracomment>finding policy.mta_sts.invalid: title</extracomment>
        <translation>Registro %1 en %2: %3</translation>
    </message>
    <message>
        <source>BIMI is published but DMARC is not enforced</source>
        <extracomment>finding policy.bimi.dmarc_not_enforced: title</extracomment>
        <translation>BIMI está publicado pero DMARC no se aplica</translation>
    </message>
    <message>
        <source>Mailbox providers show a BIMI logo only with p=quarantine or p=reject at pct=100.</source>
        <extracomment>finding policy.bimi.dmarc_not_enforced: detail</extracomment>
        <translation>Los proveedores de buzones solo muestran un logotipo BIMI con p=quarantine o p=reject y pct=100.</translation>
    </message>
    <message>
        <source>The sender address %1 is not valid</source>
        <extracomment>finding address.syntax: title</extracomment>
        <translation>La dirección del remitente %1 no es válida</translation>
    </message>
    <message>
        <source>%1 is a disposable-mail domain</source>
        <extracomment>finding address.disposable: title</extracomment>
        <translation>%1 es un dominio de correo desechable</translation>
    </message>
    <message>
        <source>Mail from throw-away domains is often rejected or junked.</source>
        <extracomment>finding address.disposable: detail</extracomment>
        <translation>El correo de dominios desechables suele rechazarse o ir a spam.</translation>
    </message>
    <message>
        <source>The sender address is internationalized</source>
        <extracomment>finding address.internationalized: title</extracomment>
        <translation>La dirección del remitente está internacionalizada</translation>
    </message>
    <message>
        <source>A non-ASCII local part needs SMTPUTF8 (RFC 6531) on every hop.</source>
        <extracomment>finding address.internationalized: detail</extracomment>
        <translation>Una parte local no ASCII necesita SMTPUTF8 (RFC 6531) en cada salto.</translation>
    </message>
    <message>
        <source>%1 announces MTA-STS, so senders that support it try this fetch and, failing it, deliver as if no policy existed (or keep a cached one until it expires).</source>
        <extracomment>text mta_sts_txt_without_policy</extracomment>
        <translation>%1 anuncia MTA-STS, así que los remitentes que lo admiten intentan obtener esta política y, si no lo consiguen, entregan como si no existiera ninguna (o conservan una en caché hasta que caduque).</translation>
    </message>
    <message>
        <source>no DMARC policy</source>
        <extracomment>text dmarc_no_policy</extracomment>
        <translation>sin política DMARC</translation>
    </message>
    <message>
        <source>p=%1 from %2</source>
        <extracomment>text dmarc_policy_from</extracomment>
        <translation>p=%1 de %2</translation>
    </message>
    <message>
        <source>Neither _dmarc.%1 nor any name above it up to _dmarc.%2 has a &quot;v=DMARC1&quot; record (RFC 9989 DNS tree walk). Gmail and Yahoo require DMARC from bulk senders; start with &quot;v=DMARC1; p=none; rua=mailto:...&quot;.</source>
        <extracomment>finding dmarc.missing: detail_organizational</extracomment>
        <translation>Ni _dmarc.%1 ni ningún nombre por encima hasta _dmarc.%2 tiene un registro «v=DMARC1» (recorrido del árbol DNS de la RFC 9989). Gmail y Yahoo exigen DMARC a los remitentes masivos; empiece con «v=DMARC1; p=none; rua=mailto:...».</translation>
    </message>
    <message>
        <source>RFC 9989 4.10: with more than one record, receivers apply no DMARC policy at all. Keep one.</source>
        <extracomment>finding dmarc.multiple_records: detail</extracomment>
        <translation>RFC 9989 4.10: con más de un registro, los receptores no aplican ninguna política DMARC. Conserve uno solo.</translation>
    </message>
    <message>
        <source>%1 uses the DMARC policy of %2</source>
        <extracomment>finding dmarc.inherited: title</extracomment>
        <translation>%1 usa la política DMARC de %2</translation>
    </message>
    <message>
        <source>Found by the DNS tree walk (RFC 9989 4.10): np= applies when the domain does not exist, else sp=, else p=.</source>
        <extracomment>finding dmarc.inherited: detail</extracomment>
        <translation>Encontrada mediante el recorrido del árbol DNS (RFC 9989 4.10): np= se aplica cuando el dominio no existe; si no, sp=; y si no, p=.</translation>
    </message>
    <message>
        <source>Older receivers apply the DMARC policy to %1% of failing mail</source>
        <extracomment>finding dmarc.partial_pct: title</extracomment>
        <translation>Los receptores antiguos aplican la política DMARC al %1 % del correo que falla</translation>
    </message>
    <message>
        <source>RFC 9989 removed pct: receivers that follow it apply the policy to all failing mail (use t=y to test instead). Receivers of RFC 7489 still sample; raise it to 100 or remove it.</source>
        <extracomment>finding dmarc.partial_pct: detail</extracomment>
        <translation>La RFC 9989 eliminó pct: los receptores que la siguen aplican la política a todo el correo que falla (para hacer pruebas, use t=y). Los receptores de la RFC 7489 aún la aplican a una muestra; suba pct a 100 o elimínelo.</translation>
    </message>
    <message>
        <source>The DMARC record uses %1=, which RFC 9989 removed</source>
        <extracomment>finding dmarc.removed_tag: title</extracomment>
        <translation>El registro DMARC usa %1=, que la RFC 9989 eliminó</translation>
    </message>
    <message>
        <source>Receivers that follow RFC 9989 ignore it; older receivers may still honour it.</source>
        <extracomment>finding dmarc.removed_tag: detail</extracomment>
        <translation>Los receptores que siguen la RFC 9989 lo ignoran; los receptores antiguos aún pueden respetarlo.</translation>
    </message>
    <message>
        <source>Receivers that follow RFC 9989 ignore pct= and apply the policy to all failing mail (t=y is the way to test a policy now); older receivers still apply it to a sample.</source>
        <extracomment>finding dmarc.removed_tag: detail_pct</extracomment>
        <translation>Los receptores que siguen la RFC 9989 ignoran pct= y aplican la política a todo el correo que falla (ahora la forma de probar una política es t=y); los receptores antiguos aún la aplican a una muestra.</translation>
    </message>
    <message>
        <source>Receivers that follow RFC 9989 ignore rf=; failure reports have one format. Older receivers may still read it.</source>
        <extracomment>finding dmarc.removed_tag: detail_rf</extracomment>
        <translation>Los receptores que siguen la RFC 9989 ignoran rf=; los informes de fallos tienen un único formato. Los receptores antiguos aún pueden leerlo.</translation>
    </message>
    <message>
        <source>Receivers that follow RFC 9989 ignore ri= and send aggregate reports at least daily; older receivers may still honour the interval.</source>
        <extracomment>finding dmarc.removed_tag: detail_ri</extracomment>
        <translation>Los receptores que siguen la RFC 9989 ignoran ri= y envían informes agregados al menos una vez al día; los receptores antiguos aún pueden respetar el intervalo.</translation>
    </message>
    <message>
        <source>The DMARC record has tags receivers ignore: %1</source>
        <extracomment>finding dmarc.unknown_tag: title</extracomment>
        <translation>El registro DMARC tiene etiquetas que los receptores ignoran: %1</translation>
    </message>
    <message>
        <source>RFC 9989 4.7: unknown tags are ignored. Check them for typing mistakes.</source>
        <extracomment>finding dmarc.unknown_tag: detail</extracomment>
        <translation>RFC 9989 4.7: las etiquetas desconocidas se ignoran. Revise si contienen errores tipográficos.</translation>
    </message>
    <message>
        <source>Older receivers take %1 as the organizational domain, RFC 9989 receivers %2</source>
        <extracomment>finding dmarc.psl_organizational_domain: title</extracomment>
        <translation>Los receptores antiguos toman %1 como dominio organizativo; los receptores de la RFC 9989, %2</translation>
    </message>
    <message>
        <source>RFC 7489 receivers use the Public Suffix List; RFC 9989&apos;s DNS tree walk finds %1 from the _dmarc records above %2. Relaxed SPF and DKIM alignment can give different answers at the two kinds of receiver.</source>
        <extracomment>finding dmarc.psl_organizational_domain: detail</extracomment>
        <translation>Los receptores de la RFC 7489 usan la Public Suffix List; el recorrido del árbol DNS de la RFC 9989 encuentra %1 a partir de los registros _dmarc por encima de %2. La alineación relaxed de SPF y DKIM puede dar resultados distintos en los dos tipos de receptor.</translation>
    </message>
    <message>
        <source>Older receivers apply %1, RFC 9989 receivers %2</source>
        <extracomment>finding dmarc.psl_policy_differs: title</extracomment>
        <translation>Los receptores antiguos aplican %1; los receptores de la RFC 9989, %2</translation>
    </message>
    <message>
        <source>RFC 7489 receivers look only at the domain and its Public Suffix List organizational domain and do not know np=; RFC 9989 receivers walk the DNS tree. Publish a record at the domain itself to give both the same answer.</source>
        <extracomment>finding dmarc.psl_policy_differs: detail</extracomment>
        <translation>Los receptores de la RFC 7489 solo miran el dominio y su dominio organizativo según la Public Suffix List, y no conocen np=; los receptores de la RFC 9989 recorren el árbol DNS. Publique un registro en el propio dominio para que ambos obtengan la misma respuesta.</translation>
    </message>
    <message>
        <source>The MTA-STS policy %1 could not be fetched</source>
        <extracomment>finding mta_sts.fetch_failed: title</extracomment>
        <translation>No se pudo obtener la política MTA-STS %1</translation>
    </message>
    <message>
        <source>%1</source>
        <extracomment>finding mta_sts.fetch_failed: detail</extracomment>
        <translation>%1</translation>
    </message>
    <message>
        <source>The certificate of %1 is not valid for that name</source>
        <extracomment>finding mta_sts.certificate: title</extracomment>
        <translation>El certificado de %1 no es válido para ese nombre</translation>
    </message>
    <message>
        <source>%1. RFC 8461 3.3: senders must validate the policy host&apos;s certificate (a trusted CA, the name mta-sts.&lt;domain&gt;); with an invalid one they ignore the policy and deliver without requiring TLS.</source>
        <extracomment>finding mta_sts.certificate: detail</extracomment>
        <translation>%1. RFC 8461 3.3: los remitentes deben validar el certificado del host de la política (una CA de confianza, el nombre mta-sts.&lt;domain&gt;); si no es válido, ignoran la política y entregan sin exigir TLS.</translation>
    </message>
    <message>
        <source>The MTA-STS policy %1 answers with a redirect</source>
        <extracomment>finding mta_sts.redirect: title</extracomment>
        <translation>La política MTA-STS %1 responde con una redirección</translation>
    </message>
    <message>
        <source>RFC 8461 3.3: senders must not follow redirects, so the policy is never read. Serve the file directly at this URL.</source>
        <extracomment>finding mta_sts.redirect: detail</extracomment>
        <translation>RFC 8461 3.3: los remitentes no deben seguir redirecciones, así que la política nunca se lee. Sirva el archivo directamente en esta URL.</translation>
    </message>
    <message>
        <source>The MTA-STS policy %1 is larger than %2 bytes</source>
        <extracomment>finding mta_sts.too_large: title</extracomment>
        <translation>La política MTA-STS %1 ocupa más de %2 bytes</translation>
    </message>
    <message>
        <source>A policy is a few lines; senders limit the size they read (64 KB here) and drop a longer one.</source>
        <extracomment>finding mta_sts.too_large: detail</extracomment>
        <translation>Una política ocupa unas pocas líneas; los remitentes limitan el tamaño que leen (aquí, 64 KB) y descartan una más larga.</translation>
    </message>
    <message>
        <source>The MTA-STS policy %1 did not arrive in time</source>
        <extracomment>finding mta_sts.timeout: title</extracomment>
        <translation>La política MTA-STS %1 no llegó a tiempo</translation>
    </message>
    <message>
        <source>%1 Senders give up on slow policy hosts (RFC 8461 3.3 suggests about a minute) and deliver without it.</source>
        <extracomment>finding mta_sts.timeout: detail</extracomment>
        <translation>%1 Los remitentes desisten ante los hosts de política lentos (la RFC 8461 3.3 sugiere un minuto aproximadamente) y entregan sin ella.</translation>
    </message>
    <message>
        <source>The policy host %1 resolves to a private or special-purpose address</source>
        <extracomment>finding mta_sts.address_refused: title</extracomment>
        <translation>El host de la política %1 resuelve a una dirección privada o de uso especial</translation>
    </message>
    <message>
        <source>%1 Senders on the Internet cannot reach it. (rebound-cli domain --https-allow-private fetches it anyway, for a lab.)</source>
        <extracomment>finding mta_sts.address_refused: detail</extracomment>
        <translation>%1 Los remitentes de Internet no pueden alcanzarlo. (rebound-cli domain --https-allow-private la obtiene de todos modos, para un laboratorio.)</translation>
    </message>
    <message>
        <source>The MTA-STS policy %1 answers HTTP %2</source>
        <extracomment>finding mta_sts.http_status: title</extracomment>
        <translation>La política MTA-STS %1 responde HTTP %2</translation>
    </message>
    <message>
        <source>RFC 8461 3.3: only a 200 answer is a policy. Serve the file at /.well-known/mta-sts.txt on the mta-sts host.</source>
        <extracomment>finding mta_sts.http_status: detail</extracomment>
        <translation>RFC 8461 3.3: solo una respuesta 200 es una política. Sirva el archivo en /.well-known/mta-sts.txt del host mta-sts.</translation>
    </message>
    <message>
        <source>The MTA-STS policy is served as &quot;%1&quot;, not text/plain</source>
        <extracomment>finding mta_sts.content_type: title</extracomment>
        <translation>La política MTA-STS se sirve como «%1», no como text/plain</translation>
    </message>
    <message>
        <source>RFC 8461 3.3 requires the media type text/plain; strict senders reject the policy otherwise.</source>
        <extracomment>finding mta_sts.content_type: detail</extracomment>
        <translation>La RFC 8461 3.3 exige el tipo de medio text/plain; de lo contrario, los remitentes estrictos rechazan la política.</translation>
    </message>
    <message>
        <source>The MTA-STS policy %1 is not valid</source>
        <extracomment>finding mta_sts.syntax: title</extracomment>
        <translation>La política MTA-STS %1 no es válida</translation>
    </message>
    <message>
        <source>Senders ignore a policy they cannot parse (RFC 8461 3.2): it needs version: STSv1, mode: enforce, testing or none, max_age in seconds (at most 31557600) and one mx: line per mail host pattern.</source>
        <extracomment>finding mta_sts.syntax: detail</extracomment>
        <translation>Los remitentes ignoran una política que no pueden analizar (RFC 8461 3.2): necesita version: STSv1, mode: enforce, testing o none, max_age en segundos (como máximo 31557600) y una línea mx: por cada patrón de host de correo.</translation>
    </message>
    <message>
        <source>MTA-STS policy: %1</source>
        <extracomment>finding mta_sts.policy_warning: title</extracomment>
        <translation>Política MTA-STS: %1</translation>
    </message>
    <message>
        <source>The MTA-STS policy is in testing mode</source>
        <extracomment>finding mta_sts.mode_testing: title</extracomment>
        <translation>La política MTA-STS está en modo testing</translation>
    </message>
    <message>
        <source>Senders report TLS failures (with TLS-RPT) but still deliver. Switch to mode: enforce once the reports are clean.</source>
        <extracomment>finding mta_sts.mode_testing: detail</extracomment>
        <translation>Los remitentes informan de los fallos TLS (con TLS-RPT), pero entregan igualmente. Cambie a mode: enforce cuando los informes estén limpios.</translation>
    </message>
    <message>
        <source>The MTA-STS policy has mode none</source>
        <extracomment>finding mta_sts.mode_none: title</extracomment>
        <translation>La política MTA-STS tiene el modo none</translation>
    </message>
    <message>
        <source>Mode none withdraws the policy: senders stop requiring TLS for this domain.</source>
        <extracomment>finding mta_sts.mode_none: detail</extracomment>
        <translation>El modo none retira la política: los remitentes dejan de exigir TLS para este dominio.</translation>
    </message>
    <message>
        <source>The MTA-STS max_age is only %1 seconds</source>
        <extracomment>finding mta_sts.max_age_short: title</extracomment>
        <translation>El max_age de MTA-STS es de solo %1 segundos</translation>
    </message>
    <message>
        <source>A short max_age lets a policy lapse between fetches, when an attacker can block the next fetch. RFC 8461 3.2 recommends weeks (e.g. 604800 or more).</source>
        <extracomment>finding mta_sts.max_age_short: detail</extracomment>
        <translation>Un max_age corto deja que la política caduque entre descargas, y entonces un atacante puede bloquear la siguiente descarga. La RFC 8461 3.2 recomienda semanas (p. ej., 604800 o más).</translation>
    </message>
    <message>
        <source>The policy file&apos;s id %1 differs from the TXT record&apos;s id %2</source>
        <extracomment>finding mta_sts.id_mismatch: title</extracomment>
        <translation>El id %1 del archivo de política difiere del id %2 del registro TXT</translation>
    </message>
    <message>
        <source>The id of the _mta-sts TXT record is what tells senders to fetch the policy again; RFC 8461 has no id in the policy file, but one that differs suggests that the record was not updated with the policy.</source>
        <extracomment>finding mta_sts.id_mismatch: detail</extracomment>
        <translation>El id del registro TXT _mta-sts es lo que indica a los remitentes que vuelvan a obtener la política; la RFC 8461 no prevé ningún id en el archivo de política, pero uno distinto sugiere que el registro no se actualizó junto con la política.</translation>
    </message>
    <message>
        <source>MX hosts not covered by the MTA-STS policy: %1</source>
        <extracomment>finding mta_sts.mx_mismatch: title</extracomment>
        <translation>Hosts MX no cubiertos por la política MTA-STS: %1</translation>
    </message>
    <message>
        <source>With mode enforce, senders refuse to deliver to an MX host that no mx: pattern matches (RFC 8461 4.1), and mail to it bounces or waits. Patterns in the policy: %1. Add the host, or a *.domain pattern (one label only), to the policy and change the TXT record&apos;s id.</source>
        <extracomment>finding mta_sts.mx_mismatch: detail</extracomment>
        <translation>Con mode enforce, los remitentes se niegan a entregar a un host MX que no coincide con ningún patrón mx: (RFC 8461 4.1), y el correo dirigido a él rebota o queda en espera. Patrones de la política: %1. Añada el host, o un patrón *.dominio (de una sola etiqueta), a la política y cambie el id del registro TXT.</translation>
    </message>
    <message>
        <source>With mode testing, senders deliver anyway but report the failure in TLS-RPT; in enforce mode this mail would not be delivered. Patterns in the policy: %1.</source>
        <extracomment>finding mta_sts.mx_mismatch: detail_testing</extracomment>
        <translation>Con mode testing, los remitentes entregan igualmente, pero informan del fallo por TLS-RPT; en modo enforce, este correo no se entregaría. Patrones de la política: %1.</translation>
    </message>
    <message>
        <source>A policy is served but %1 has no MTA-STS TXT record</source>
        <extracomment>finding mta_sts.no_txt_record: title</extracomment>
        <translation>Se sirve una política, pero %1 no tiene registro TXT de MTA-STS</translation>
    </message>
    <message>
        <source>Senders fetch the policy only when the _mta-sts TXT record announces it (v=STSv1; id=...). Publish it.</source>
        <extracomment>finding mta_sts.no_txt_record: detail</extracomment>
        <translation>Los remitentes solo obtienen la política cuando el registro TXT _mta-sts la anuncia (v=STSv1; id=...). Publíquelo.</translation>
    </message>
    <message>
        <source>MTA-STS without a TLS-RPT record (%1)</source>
        <extracomment>finding mta_sts.no_tls_rpt: title</extracomment>
        <translation>MTA-STS sin registro TLS-RPT (%1)</translation>
    </message>
    <message>
        <source>Without TLS reporting (RFC 8460) you will not hear of senders that fail to deliver under the policy. Publish v=TLSRPTv1; rua=mailto:... at %1.</source>
        <extracomment>finding mta_sts.no_tls_rpt: detail</extracomment>
        <translation>Sin informes TLS (RFC 8460) no sabrá de los remitentes que no consiguen entregar bajo la política. Publique v=TLSRPTv1; rua=mailto:... en %1.</translation>
    </message>
    <message>
        <source>The BIMI logo %1 could not be fetched</source>
        <extracomment>finding bimi.svg_fetch_failed: title</extracomment>
        <translation>No se pudo obtener el logotipo BIMI %1</translation>
    </message>
    <message>
        <source>The BIMI logo %1 is larger than %2 bytes</source>
        <extracomment>finding bimi.svg_too_large: title</extracomment>
        <translation>El logotipo BIMI %1 ocupa más de %2 bytes</translation>
    </message>
    <message>
        <source>SVG Tiny PS logos for BIMI are limited to 32 KB; mailbox providers do not show a larger one. Simplify the paths or remove metadata.</source>
        <extracomment>finding bimi.svg_too_large: detail</extracomment>
        <translation>Los logotipos SVG Tiny PS para BIMI están limitados a 32 KB; los proveedores de buzones no muestran uno más grande. Simplifique los trazados o elimine los metadatos.</translation>
    </message>
    <message>
        <source>The HTTPS certificate of %1 is not valid for that name</source>
        <extracomment>finding bimi.https_certificate: title</extracomment>
        <translation>El certificado HTTPS de %1 no es válido para ese nombre</translation>
    </message>
    <message>
        <source>%1 Mailbox providers fetch the logo and the mark certificate only over valid HTTPS.</source>
        <extracomment>finding bimi.https_certificate: detail</extracomment>
        <translation>%1 Los proveedores de buzones solo obtienen el logotipo y el certificado de marca mediante HTTPS válido.</translation>
    </message>
    <message>
        <source>The BIMI logo %1 is not SVG Tiny PS</source>
        <extracomment>finding bimi.svg_invalid: title</extracomment>
        <translation>El logotipo BIMI %1 no es SVG Tiny PS</translation>
    </message>
    <message>
        <source>Mailbox providers show only logos in the SVG Tiny Portable/Secure profile: baseProfile=&quot;tiny-ps&quot; and version=&quot;1.2&quot; on the root, a &lt;title&gt;, a square viewBox, no scripts, animation, raster images, external references, DOCTYPE or entities. Export again with an SVG Tiny PS converter.</source>
        <extracomment>finding bimi.svg_invalid: detail</extracomment>
        <translation>Los proveedores de buzones solo muestran logotipos con el perfil SVG Tiny Portable/Secure: baseProfile=&quot;tiny-ps&quot; y version=&quot;1.2&quot; en la raíz, un &lt;title&gt;, un viewBox cuadrado, y sin scripts, animaciones, imágenes rasterizadas, referencias externas, DOCTYPE ni entidades. Vuelva a exportarlo con un conversor SVG Tiny PS.</translation>
    </message>
    <message>
        <source>BIMI logo: %1</source>
        <extracomment>finding bimi.svg_warning: title</extracomment>
        <translation>Logotipo BIMI: %1</translation>
    </message>
    <message>
        <source>The BIMI record has no mark certificate (a=)</source>
        <extracomment>finding bimi.no_certificate: title</extracomment>
        <translation>El registro BIMI no tiene certificado de marca (a=)</translation>
    </message>
    <message>
        <source>Gmail and Apple Mail show a logo only with a Verified Mark Certificate or Common Mark Certificate; Yahoo and some others show self-asserted logos.</source>
        <extracomment>finding bimi.no_certificate: detail</extracomment>
        <translation>Gmail y Apple Mail solo muestran un logotipo con un Verified Mark Certificate o un Common Mark Certificate; Yahoo y algunos otros muestran logotipos autodeclarados.</translation>
    </message>
    <message>
        <source>The BIMI mark certificate %1 could not be fetched</source>
        <extracomment>finding bimi.certificate_fetch_failed: title</extracomment>
        <translation>No se pudo obtener el certificado de marca BIMI %1</translation>
    </message>
    <message>
        <source>The BIMI mark certificate %1 is larger than %2 bytes</source>
        <extracomment>finding bimi.certificate_too_large: title</extracomment>
        <translation>El certificado de marca BIMI %1 ocupa más de %2 bytes</translation>
    </message>
    <message>
        <source>The BIMI mark certificate %1 holds no PEM certificate</source>
        <extracomment>finding bimi.certificate_unreadable: title</extracomment>
        <translation>El certificado de marca BIMI %1 no contiene ningún certificado PEM</translation>
    </message>
    <message>
        <source>The a= URL must serve the VMC or CMC and its chain as PEM.</source>
        <extracomment>finding bimi.certificate_unreadable: detail</extracomment>
        <translation>La URL de a= debe servir el VMC o el CMC y su cadena en formato PEM.</translation>
    </message>
    <message>
        <source>The mark certificate for %1 does not verify</source>
        <extracomment>finding bimi.certificate_chain: title</extracomment>
        <translation>El certificado de marca de %1 no se verifica</translation>
    </message>
    <message>
        <source>%1. Mailbox providers accept only marks issued by the BIMI Group&apos;s authorized certificate authorities, with the intermediate certificates served after the leaf.</source>
        <extracomment>finding bimi.certificate_chain: detail</extracomment>
        <translation>%1. Los proveedores de buzones solo aceptan marcas emitidas por las autoridades de certificación autorizadas por el BIMI Group, con los certificados intermedios servidos después del certificado final.</translation>
    </message>
    <message>
        <source>The mark certificate for %1 lacks the BIMI key usage</source>
        <extracomment>finding bimi.certificate_usage: title</extracomment>
        <translation>Al certificado de marca de %1 le falta el uso de clave BIMI</translation>
    </message>
    <message>
        <source>A VMC or CMC carries the extended key usage id-kp-BrandIndicatorforMessageIdentification (1.3.6.1.5.5.7.3.31); this certificate is not a mark certificate.</source>
        <extracomment>finding bimi.certificate_usage: detail</extracomment>
        <translation>Un VMC o CMC lleva el uso extendido de clave id-kp-BrandIndicatorforMessageIdentification (1.3.6.1.5.5.7.3.31); este certificado no es un certificado de marca.</translation>
    </message>
    <message>
        <source>The mark certificate does not name %1</source>
        <extracomment>finding bimi.certificate_domain: title</extracomment>
        <translation>El certificado de marca no nombra %1</translation>
    </message>
    <message>
        <source>The VMC or CMC lists the domains it may be used for; this domain is not among them.</source>
        <extracomment>finding bimi.certificate_domain: detail</extracomment>
        <translation>El VMC o CMC enumera los dominios para los que puede usarse; este dominio no está entre ellos.</translation>
    </message>
    <message>
        <source>The mark certificate embeds no SVG logo</source>
        <extracomment>finding bimi.certificate_no_logo: title</extracomment>
        <translation>El certificado de marca no incluye ningún logotipo SVG</translation>
    </message>
    <message>
        <source>A VMC or CMC carries the logo in its logotype extension (RFC 3709) as a data: URI; none was found.</source>
        <extracomment>finding bimi.certificate_no_logo: detail</extracomment>
        <translation>Un VMC o CMC lleva el logotipo en su extensión logotype (RFC 3709) como URI data:; no se encontró ninguno.</translation>
    </message>
    <message>
        <source>The logo at %1 is not the one in the mark certificate</source>
        <extracomment>finding bimi.certificate_logo_mismatch: title</extracomment>
        <translation>El logotipo de %1 no es el del certificado de marca</translation>
    </message>
    <message>
        <source>Mailbox providers show the certificate&apos;s logo only when the published SVG is the same file. Publish the exact SVG that was certified.</source>
        <extracomment>finding bimi.certificate_logo_mismatch: detail</extracomment>
        <translation>Los proveedores de buzones solo muestran el logotipo del certificado cuando el SVG publicado es el mismo archivo. Publique exactamente el SVG que se certificó.</translation>
    </message>
</context>
<context>
    <name>rebound::data::authtags</name>
    <message>
        <source>Version. Must be DMARC1 and come first, or receivers ignore the record.</source>
        <extracomment>DMARC tag v=</extracomment>
        <translation>Versión. Debe ser DMARC1 e ir primero, o los receptores ignoran el registro.</translation>
    </message>
    <message>
        <source>Policy for mail that fails DMARC: none (only report), quarantine (spam folder) or reject (refuse).</source>
        <extracomment>DMARC tag p=</extracomment>
        <translation>Política para el correo que no supera DMARC: none (solo informar), quarantine (carpeta de spam) o reject (rechazar).</translation>
    </message>
    <message>
        <source>Policy for subdomains that publish no DMARC record of their own. Defaults to p.</source>
        <extracomment>DMARC tag sp=</extracomment>
        <translation>Política para subdominios que no publican su propio registro DMARC. Por defecto, p.</translation>
    </message>
    <message>
        <source>Policy for subdomains that do not exist (RFC 9989). Defaults to sp.</source>
        <extracomment>DMARC tag np=</extracomment>
        <translation>Política para subdominios que no existen (RFC 9989). Por defecto, sp.</translation>
    </message>
    <message>
        <source>Percentage of failing mail the policy applies to; the rest is treated one step more leniently.</source>
        <extracomment>DMARC tag pct=</extracomment>
        <translation>Porcentaje del correo fallido al que se aplica la política; el resto se trata con un nivel menos de rigor.</translation>
    </message>
    <message>
        <source>DKIM alignment: r (relaxed, same organisational domain) or s (strict, exact domain).</source>
        <extracomment>DMARC tag adkim=</extracomment>
        <translation>Alineación DKIM: r (relaxed, mismo dominio organizativo) o s (strict, dominio exacto).</translation>
    </message>
    <message>
        <source>SPF alignment: r (relaxed, same organisational domain) or s (strict, exact domain).</source>
        <extracomment>DMARC tag aspf=</extracomment>
        <translation>Alineación SPF: r (relaxed, mismo dominio organizativo) o s (strict, dominio exacto).</translation>
    </message>
    <message>
        <source>Where receivers send daily aggregate reports (mailto: addresses).</source>
        <extracomment>DMARC tag rua=</extracomment>
        <translation>Adónde envían los receptores los informes agregados diarios (direcciones mailto:).</translation>
    </message>
    <message>
        <source>Where receivers send per-message failure reports; few receivers send them.</source>
        <extracomment>DMARC tag ruf=</extracomment>
        <translation>Adónde envían los receptores los informes de fallo por mensaje; pocos receptores los envían.</translation>
    </message>
    <message>
        <source>When failure reports are wanted: 0 (all fail), 1 (any fails), d (DKIM fails), s (SPF fails).</source>
        <extracomment>DMARC tag fo=</extracomment>
        <translation>Cuándo se quieren informes de fallo: 0 (fallan todos), 1 (falla alguno), d (falla DKIM), s (falla SPF).</translation>
    </message>
    <message>
        <source>Format of failure reports (afrf).</source>
        <extracomment>DMARC tag rf=</extracomment>
        <translation>Formato de los informes de fallo (afrf).</translation>
    </message>
    <message>
        <source>Interval between aggregate reports, in seconds (usually ignored; daily).</source>
        <extracomment>DMARC tag ri=</extracomment>
        <translation>Intervalo entre informes agregados, en segundos (normalmente se ignora; diario).</translation>
    </message>
    <message>
        <source>Public suffix domain flag (RFC 9989): y, n or u.</source>
        <extracomment>DMARC tag psd=</extracomment>
        <translation>Indicador de dominio de sufijo público (RFC 9989): y, n o u.</translation>
    </message>
    <message>
        <source>Testing mode (RFC 9989): t=y asks receivers to apply the policy one step more leniently.</source>
        <extracomment>DMARC tag t=</extracomment>
        <translation>Modo de prueba (RFC 9989): t=y pide a los receptores que apliquen la política con un nivel menos de rigor.</translation>
    </message>
    <message>
        <source>Version. DKIM1 when present; must come first.</source>
        <extracomment>DKIM tag v=</extracomment>
        <translation>Versión. DKIM1 si está presente; debe ir primero.</translation>
    </message>
    <message>
        <source>Key type: rsa (default) or ed25519.</source>
        <extracomment>DKIM tag k=</extracomment>
        <translation>Tipo de clave: rsa (por defecto) o ed25519.</translation>
    </message>
    <message>
        <source>The public key, base64. Empty means the key was revoked: signatures with it fail.</source>
        <extracomment>DKIM tag p=</extracomment>
        <translation>La clave pública, en base64. Vacía significa que la clave se revocó: las firmas con ella fallan.</translation>
    </message>
    <message>
        <source>Hash algorithms the key may be used with (sha256; sha1 is obsolete).</source>
        <extracomment>DKIM tag h=</extracomment>
        <translation>Algoritmos de hash con los que se puede usar la clave (sha256; sha1 está obsoleto).</translation>
    </message>
    <message>
        <source>Service types the key is for: * (all) or email.</source>
        <extracomment>DKIM tag s=</extracomment>
        <translation>Tipos de servicio para los que es la clave: * (todos) o email.</translation>
    </message>
    <message>
        <source>Flags: y (testing, receivers treat failures as unsigned), s (the i= domain must equal d=).</source>
        <extracomment>DKIM tag t=</extracomment>
        <translation>Indicadores: y (prueba, los receptores tratan los fallos como sin firmar), s (el dominio i= debe ser igual a d=).</translation>
    </message>
    <message>
        <source>Notes for people; receivers ignore it.</source>
        <extracomment>DKIM tag n=</extracomment>
        <translation>Notas para personas; los receptores las ignoran.</translation>
    </message>
    <message>
        <source>Granularity (obsolete, RFC 4871).</source>
        <extracomment>DKIM tag g=</extracomment>
        <translation>Granularidad (obsoleto, RFC 4871).</translation>
    </message>
</context>
<context>
    <name>rebound::data::blocklist</name>
    <message>
        <source>Public mirrors answer 127.255.255.254 (or NXDOMAIN for everything) to queries through public or shared resolvers; a Spamhaus DQS key works through any resolver.</source>
        <extracomment>list spamhaus-zen: access_note</extracomment>
        <translation>Los espejos públicos responden 127.255.255.254 (o NXDOMAIN para todo) a las consultas que llegan por resolvedores públicos o compartidos; una clave DQS de Spamhaus funciona con cualquier resolvedor.</translation>
    </message>
    <message>
        <source>Through the Spamhaus Blocklist Removal Center. PBL entries with code .10 are maintained by the ISP, so the ISP has to act; .11 entries are Spamhaus-maintained.</source>
        <extracomment>list spamhaus-zen: delisting_note</extracomment>
        <translation>Mediante el Spamhaus Blocklist Removal Center. Las entradas PBL con código .10 las mantiene el ISP, así que debe actuar el ISP; las entradas .11 las mantiene Spamhaus.</translation>
    </message>
    <message>
        <source>SBL: a direct spam source, spam operation or spam service</source>
        <extracomment>list spamhaus-zen, 127.0.0.2: meaning</extracomment>
        <translation>SBL: fuente directa de spam, operación o servicio de spam</translation>
    </message>
    <message>
        <source>CSS (part of the SBL): snowshoe spam found by automation</source>
        <extracomment>list spamhaus-zen, 127.0.0.3: meaning</extracomment>
        <translation>CSS (parte de la SBL): spam «snowshoe» detectado automáticamente</translation>
    </message>
    <message>
        <source>XBL: exploited host (CBL data: malware, bot or open proxy)</source>
        <extracomment>list spamhaus-zen, 127.0.0.4: meaning</extracomment>
        <translation>XBL: host comprometido (datos CBL: malware, bot o proxy abierto)</translation>
    </message>
    <message>
        <source>XBL (code documented as currently unused; SpamAssassin and rspamd map it to the XBL)</source>
        <extracomment>list spamhaus-zen, 127.0.0.5: meaning</extracomment>
        <translation>XBL (código documentado como actualmente sin uso; SpamAssassin y rspamd lo asignan a la XBL)</translation>
    </message>
    <message>
        <source>DROP/EDROP: hijacked or criminal network (always in addition to the SBL)</source>
        <extracomment>list spamhaus-zen, 127.0.0.9: meaning</extracomment>
        <translation>DROP/EDROP: red secuestrada o delictiva (siempre además de la SBL)</translation>
    </message>
    <message>
        <source>PBL, ISP-maintained: the ISP says this address should not send mail directly; only the ISP can change it</source>
        <extracomment>list spamhaus-zen, 127.0.0.10: meaning</extracomment>
        <translation>PBL, mantenida por el ISP: el ISP dice que esta dirección no debe enviar correo directamente; solo el ISP puede cambiarlo</translation>
    </message>
    <message>
        <source>PBL, Spamhaus-maintained: an end-user address range that should not send mail directly</source>
        <extracomment>list spamhaus-zen, 127.0.0.11: meaning</extracomment>
        <translation>PBL, mantenida por Spamhaus: un rango de direcciones de usuario final que no debe enviar correo directamente</translation>
    </message>
    <message>
        <source>BCL: botnet controller</source>
        <extracomment>list spamhaus-zen, 127.0.0.30: meaning</extracomment>
        <translation>BCL: controlador de botnet</translation>
    </message>
    <message>
        <source>DQS key disabled (third-party description)</source>
        <extracomment>list spamhaus-zen, 127.255.255.250: meaning</extracomment>
        <translation>Clave DQS desactivada (descripción de terceros)</translation>
    </message>
    <message>
        <source>Check the DQS key in the Spamhaus portal.</source>
        <extracomment>list spamhaus-zen, 127.255.255.250: remedy</extracomment>
        <translation>Compruebe la clave DQS en el portal de Spamhaus.</translation>
    </message>
    <message>
        <source>DQS key rejected or used by another account (third-party description)</source>
        <extracomment>list spamhaus-zen, 127.255.255.251: meaning</extracomment>
        <translation>Clave DQS rechazada o usada por otra cuenta (descripción de terceros)</translation>
    </message>
    <message>
        <source>Typing error in the DNSBL name</source>
        <extracomment>list spamhaus-zen, 127.255.255.252: meaning</extracomment>
        <translation>Error tipográfico en el nombre de la DNSBL</translation>
    </message>
    <message>
        <source>Report this: the zone name used is wrong.</source>
        <extracomment>list spamhaus-zen, 127.255.255.252: remedy</extracomment>
        <translation>Informe de esto: el nombre de zona usado es incorrecto.</translation>
    </message>
    <message>
        <source>Query through a public or open resolver, or from a host with generic unattributable reverse DNS</source>
        <extracomment>list spamhaus-zen, 127.255.255.254: meaning</extracomment>
        <translation>Consulta a través de un resolvedor público o abierto, o desde un host con DNS inverso genérico no atribuible</translation>
    </message>
    <message>
        <source>Use your own recursive resolver or enter a free Spamhaus DQS key.</source>
        <extracomment>list spamhaus-zen, 127.255.255.254: remedy</extracomment>
        <translation>Use su propio resolvedor recursivo o introduzca una clave DQS gratuita de Spamhaus.</translation>
    </message>
    <message>
        <source>Excessive number of queries from this resolver</source>
        <extracomment>list spamhaus-zen, 127.255.255.255: meaning</extracomment>
        <translation>Número excesivo de consultas desde este resolvedor</translation>
    </message>
    <message>
        <source>Part of ZEN; as ZEN.</source>
        <extracomment>list spamhaus-sbl: access_note</extracomment>
        <translation>Parte de ZEN; como ZEN.</translation>
    </message>
    <message>
        <source>Through the Spamhaus Blocklist Removal Center.</source>
        <extracomment>list spamhaus-sbl: delisting_note</extracomment>
        <translation>Mediante el Spamhaus Blocklist Removal Center.</translation>
    </message>
    <message>
        <source>DROP/EDROP: hijacked or criminal network</source>
        <extracomment>list spamhaus-sbl, 127.0.0.9: meaning</extracomment>
        <translation>DROP/EDROP: red secuestrada o delictiva</translation>
    </message>
    <message>
        <source>Fix the infection first, then request removal in the Blocklist Removal Center.</source>
        <extracomment>list spamhaus-xbl: delisting_note</extracomment>
        <translation>Corrija primero la infección y luego solicite la baja en el Blocklist Removal Center.</translation>
    </message>
    <message>
        <source>XBL (code documented as currently unused)</source>
        <extracomment>list spamhaus-xbl, 127.0.0.5: meaning</extracomment>
        <translation>XBL (código documentado como actualmente sin uso)</translation>
    </message>
    <message>
        <source>ISP-maintained entries (.10) need the ISP; Spamhaus-maintained ones (.11) go through the Removal Center.</source>
        <extracomment>list spamhaus-pbl: delisting_note</extracomment>
        <translation>Las entradas mantenidas por el ISP (.10) necesitan al ISP; las mantenidas por Spamhaus (.11) pasan por el Removal Center.</translation>
    </message>
    <message>
        <source>PBL, ISP-maintained: the ISP says this address should not send mail directly</source>
        <extracomment>list spamhaus-pbl, 127.0.0.10: meaning</extracomment>
        <translation>PBL, mantenida por el ISP: el ISP dice que esta dirección no debe enviar correo directamente</translation>
    </message>
    <message>
        <source>PBL, Spamhaus-maintained: an end-user range that should not send mail directly</source>
        <extracomment>list spamhaus-pbl, 127.0.0.11: meaning</extracomment>
        <translation>PBL, mantenida por Spamhaus: un rango de usuario final que no debe enviar correo directamente</translation>
    </message>
    <message>
        <source>As ZEN.</source>
        <extracomment>list spamhaus-dbl: access_note</extracomment>
        <translation>Como ZEN.</translation>
    </message>
    <message>
        <source>Low-reputation or spam domain</source>
        <extracomment>list spamhaus-dbl, 127.0.1.2: meaning</extracomment>
        <translation>Dominio de baja reputación o de spam</translation>
    </message>
    <message>
        <source>Phishing domain</source>
        <extracomment>list spamhaus-dbl, 127.0.1.4: meaning</extracomment>
        <translation>Dominio de phishing</translation>
    </message>
    <message>
        <source>Malware domain</source>
        <extracomment>list spamhaus-dbl, 127.0.1.5: meaning</extracomment>
        <translation>Dominio de malware</translation>
    </message>
    <message>
        <source>Botnet command-and-control domain</source>
        <extracomment>list spamhaus-dbl, 127.0.1.6: meaning</extracomment>
        <translation>Dominio de mando y control de botnet</translation>
    </message>
    <message>
        <source>Abused legitimate domain (spam)</source>
        <extracomment>list spamhaus-dbl, 127.0.1.102: meaning</extracomment>
        <translation>Dominio legítimo abusado (spam)</translation>
    </message>
    <message>
        <source>Abused redirector or URL shortener</source>
        <extracomment>list spamhaus-dbl, 127.0.1.103: meaning</extracomment>
        <translation>Redirector o acortador de URL abusado</translation>
    </message>
    <message>
        <source>Abused legitimate domain (phishing)</source>
        <extracomment>list spamhaus-dbl, 127.0.1.104: meaning</extracomment>
        <translation>Dominio legítimo abusado (phishing)</translation>
    </message>
    <message>
        <source>Abused legitimate domain (malware)</source>
        <extracomment>list spamhaus-dbl, 127.0.1.105: meaning</extracomment>
        <translation>Dominio legítimo abusado (malware)</translation>
    </message>
    <message>
        <source>Abused legitimate domain (botnet C&amp;C)</source>
        <extracomment>list spamhaus-dbl, 127.0.1.106: meaning</extracomment>
        <translation>Dominio legítimo abusado (C&amp;C de botnet)</translation>
    </message>
    <message>
        <source>IP queries are not allowed in the DBL (client error)</source>
        <extracomment>list spamhaus-dbl, 127.0.1.255: meaning</extracomment>
        <translation>Las consultas de IP no están permitidas en la DBL (error del cliente)</translation>
    </message>
    <message>
        <source>Report this: an IP address was sent to a domain list.</source>
        <extracomment>list spamhaus-dbl, 127.0.1.255: remedy</extracomment>
        <translation>Informe de esto: se envió una dirección IP a una lista de dominios.</translation>
    </message>
    <message>
        <source>Only through Spamhaus DQS, with a key.</source>
        <extracomment>list spamhaus-zrd: access_note</extracomment>
        <translation>Solo mediante Spamhaus DQS, con clave.</translation>
    </message>
    <message>
        <source>Entries expire 24 hours after the domain was first seen.</source>
        <extracomment>list spamhaus-zrd: delisting_note</extracomment>
        <translation>Las entradas caducan 24 horas después de que el dominio se viera por primera vez.</translation>
    </message>
    <message>
        <source>Very fresh domain: first seen within the last {last} hours (listed for 24 hours after registration or reactivation)</source>
        <extracomment>list spamhaus-zrd, 127.0.2.2: meaning</extracomment>
        <translation>Dominio muy reciente: visto por primera vez en las últimas {last} horas (listado durante 24 horas tras el registro o la reactivación)</translation>
    </message>
    <message>
        <source>Fresh domain: first seen within the last {last} hours (listed for 24 hours after registration or reactivation)</source>
        <extracomment>list spamhaus-zrd, 127.0.2.5: meaning</extracomment>
        <translation>Dominio reciente: visto por primera vez en las últimas {last} horas (listado durante 24 horas tras el registro o la reactivación)</translation>
    </message>
    <message>
        <source>IP query sent to a domain list (client error)</source>
        <extracomment>list spamhaus-zrd, 127.0.2.255: meaning</extracomment>
        <translation>Consulta de IP enviada a una lista de dominios (error del cliente)</translation>
    </message>
    <message>
        <source>Only through Spamhaus DQS, with a key; not part of ZEN.</source>
        <extracomment>list spamhaus-authbl: access_note</extracomment>
        <translation>Solo mediante Spamhaus DQS, con clave; no forma parte de ZEN.</translation>
    </message>
    <message>
        <source>Host known to run bots that log in with stolen SMTP credentials</source>
        <extracomment>list spamhaus-authbl, 127.0.0.20: meaning</extracomment>
        <translation>Host conocido por ejecutar bots que inician sesión con credenciales SMTP robadas</translation>
    </message>
    <message>
        <source>Paid DQS dataset of hashes (wallets, e-mail addresses, files); not an IP or domain list, so not queried here.</source>
        <extracomment>list spamhaus-hbl: access_note</extracomment>
        <translation>Conjunto de datos DQS de pago con hashes (monederos, direcciones de correo, archivos); no es una lista de IP ni de dominios, así que aquí no se consulta.</translation>
    </message>
    <message>
        <source>Runs on Spamhaus infrastructure with Spamhaus&apos;s access rules. Use XBL or ZEN instead.</source>
        <extracomment>list cbl: access_note</extracomment>
        <translation>Funciona en la infraestructura de Spamhaus con las reglas de acceso de Spamhaus. Use la XBL o ZEN en su lugar.</translation>
    </message>
    <message>
        <source>Exploited host (now the Spamhaus XBL)</source>
        <extracomment>list cbl, 127.0.0.2: meaning</extracomment>
        <translation>Host comprometido (ahora la Spamhaus XBL)</translation>
    </message>
    <message>
        <source>The resolver&apos;s public IP must be registered (free) on barracudacentral.org; unregistered resolvers get failures. bb.barracudacentral.org is reported to need no registration (unconfirmed).</source>
        <extracomment>list barracuda: access_note</extracomment>
        <translation>La IP pública del resolvedor debe registrarse (gratis) en barracudacentral.org; los resolvedores no registrados reciben fallos. Se dice que bb.barracudacentral.org no necesita registro (sin confirmar).</translation>
    </message>
    <message>
        <source>Removal request form on barracudacentral.org.</source>
        <extracomment>list barracuda: delisting_note</extracomment>
        <translation>Formulario de solicitud de baja en barracudacentral.org.</translation>
    </message>
    <message>
        <source>Listed on the Barracuda Reputation Block List (poor sending reputation)</source>
        <extracomment>list barracuda, 127.0.0.2: meaning</extracomment>
        <translation>Listada en la Barracuda Reputation Block List (mala reputación de envío)</translation>
    </message>
    <message>
        <source>No removal form: the listing expires once reports stop (about 24 hours); repeat listings last longer.</source>
        <extracomment>list spamcop: delisting_note</extracomment>
        <translation>No hay formulario de baja: el listado caduca cuando cesan las denuncias (unas 24 horas); los listados repetidos duran más.</translation>
    </message>
    <message>
        <source>Reported as a spam source by SpamCop users or traps</source>
        <extracomment>list spamcop, 127.0.0.2: meaning</extracomment>
        <translation>Denunciada como fuente de spam por usuarios o trampas de SpamCop</translation>
    </message>
    <message>
        <source>Expires automatically about 7 days after the abuse stops; paid express delisting exists and is not needed.</source>
        <extracomment>list uceprotect-1: delisting_note</extracomment>
        <translation>Caduca automáticamente unos 7 días después de que cese el abuso; existe una baja exprés de pago que no es necesaria.</translation>
    </message>
    <message>
        <source>This single IP sent to UCEPROTECT traps</source>
        <extracomment>list uceprotect-1, 127.0.0.2: meaning</extracomment>
        <translation>Esta IP concreta envió a trampas de UCEPROTECT</translation>
    </message>
    <message>
        <source>Drops automatically when few Level 1 IPs remain in the block; tell your provider.</source>
        <extracomment>list uceprotect-2: delisting_note</extracomment>
        <translation>Se retira automáticamente cuando quedan pocas IP de nivel 1 en el bloque; avise a su proveedor.</translation>
    </message>
    <message>
        <source>The address allocation around this IP was escalated from Level 1 (collateral listing)</source>
        <extracomment>list uceprotect-2, 127.0.0.2: meaning</extracomment>
        <translation>La asignación de direcciones en torno a esta IP se escaló desde el nivel 1 (listado colateral)</translation>
    </message>
    <message>
        <source>Listing of the whole ASN; only the network operator can change it.</source>
        <extracomment>list uceprotect-3: delisting_note</extracomment>
        <translation>Listado de todo el ASN; solo el operador de la red puede cambiarlo.</translation>
    </message>
    <message>
        <source>The whole network (ASN) of this IP is listed (collateral listing)</source>
        <extracomment>list uceprotect-3, 127.0.0.2: meaning</extracomment>
        <translation>Toda la red (ASN) de esta IP está listada (listado colateral)</translation>
    </message>
    <message>
        <source>Meant for null-sender or postmaster traffic only (safe mode).</source>
        <extracomment>list backscatterer: access_note</extracomment>
        <translation>Pensada solo para tráfico de remitente nulo o de postmaster (modo seguro).</translation>
    </message>
    <message>
        <source>Listed for 4 weeks after the last backscatter; paid express delisting exists.</source>
        <extracomment>list backscatterer: delisting_note</extracomment>
        <translation>Listada durante 4 semanas después del último backscatter; existe una baja exprés de pago.</translation>
    </message>
    <message>
        <source>Sent backscatter (bounces or autoreplies to forged senders)</source>
        <extracomment>list backscatterer, 127.0.0.2: meaning</extracomment>
        <translation>Envió backscatter (rebotes o respuestas automáticas a remitentes falsificados)</translation>
    </message>
    <message>
        <source>Anyone can remove an IP on psbl.org.</source>
        <extracomment>list psbl: delisting_note</extracomment>
        <translation>Cualquiera puede retirar una IP en psbl.org.</translation>
    </message>
    <message>
        <source>Sent mail to PSBL spam traps</source>
        <extracomment>list psbl, 127.0.0.2: meaning</extracomment>
        <translation>Envió correo a trampas de spam de PSBL</translation>
    </message>
    <message>
        <source>Free below 100,000 messages and 100,000 queries a day.</source>
        <extracomment>list mailspike-bl: access_note</extracomment>
        <translation>Gratis por debajo de 100 000 mensajes y 100 000 consultas al día.</translation>
    </message>
    <message>
        <source>Self-service form on mailspike.org, processed automatically in about 6-36 hours.</source>
        <extracomment>list mailspike-bl: delisting_note</extracomment>
        <translation>Formulario de autoservicio en mailspike.org, procesado automáticamente en unas 6-36 horas.</translation>
    </message>
    <message>
        <source>Taking part in a current spam wave (zero-hour, ZBI)</source>
        <extracomment>list mailspike-bl, 127.0.0.2: meaning</extracomment>
        <translation>Participa en una oleada de spam en curso (zero-hour, ZBI)</translation>
    </message>
    <message>
        <source>Reputation L5: worst</source>
        <extracomment>list mailspike-bl, 127.0.0.10: meaning</extracomment>
        <translation>Reputación L5: la peor</translation>
    </message>
    <message>
        <source>Reputation L4: very bad</source>
        <extracomment>list mailspike-bl, 127.0.0.11: meaning</extracomment>
        <translation>Reputación L4: muy mala</translation>
    </message>
    <message>
        <source>Reputation L3: bad</source>
        <extracomment>list mailspike-bl, 127.0.0.12: meaning</extracomment>
        <translation>Reputación L3: mala</translation>
    </message>
    <message>
        <source>Taking part in a current spam wave (zero-hour)</source>
        <extracomment>list mailspike-z, 127.0.0.2: meaning</extracomment>
        <translation>Participa en una oleada de spam en curso (zero-hour)</translation>
    </message>
    <message>
        <source>Gives every IP a score, so it also answers for the RFC 5782 test addresses.</source>
        <extracomment>list mailspike-rep: access_note</extracomment>
        <translation>Da una puntuación a cada IP, por lo que también responde para las direcciones de prueba de la RFC 5782.</translation>
    </message>
    <message>
        <source>Reputation L2: suspicious</source>
        <extracomment>list mailspike-rep, 127.0.0.13: meaning</extracomment>
        <translation>Reputación L2: sospechosa</translation>
    </message>
    <message>
        <source>Reputation L1: neutral, probably spam</source>
        <extracomment>list mailspike-rep, 127.0.0.14: meaning</extracomment>
        <translation>Reputación L1: neutra, probablemente spam</translation>
    </message>
    <message>
        <source>Reputation LH0: neutral</source>
        <extracomment>list mailspike-rep, 127.0.0.15: meaning</extracomment>
        <translation>Reputación LH0: neutra</translation>
    </message>
    <message>
        <source>Reputation H1: neutral, probably legitimate</source>
        <extracomment>list mailspike-rep, 127.0.0.16: meaning</extracomment>
        <translation>Reputación H1: neutra, probablemente legítima</translation>
    </message>
    <message>
        <source>Reputation H2: possibly legitimate</source>
        <extracomment>list mailspike-rep, 127.0.0.17: meaning</extracomment>
        <translation>Reputación H2: posiblemente legítima</translation>
    </message>
    <message>
        <source>Reputation H3: good</source>
        <extracomment>list mailspike-rep, 127.0.0.18: meaning</extracomment>
        <translation>Reputación H3: buena</translation>
    </message>
    <message>
        <source>Reputation H4: very good</source>
        <extracomment>list mailspike-rep, 127.0.0.19: meaning</extracomment>
        <translation>Reputación H4: muy buena</translation>
    </message>
    <message>
        <source>Reputation H5: excellent</source>
        <extracomment>list mailspike-rep, 127.0.0.20: meaning</extracomment>
        <translation>Reputación H5: excelente</translation>
    </message>
    <message>
        <source>Free for fewer than 1,000 users or 250,000 messages a day; may not be embedded in paid products. Blocked resolvers get bit 1. Query the full host name.</source>
        <extracomment>list surbl-multi: access_note</extracomment>
        <translation>Gratis para menos de 1000 usuarios o 250 000 mensajes al día; no puede integrarse en productos de pago. Los resolvedores bloqueados reciben el bit 1. Consulte el nombre de host completo.</translation>
    </message>
    <message>
        <source>Through surbl.org (the Lists page). Do not script its web site.</source>
        <extracomment>list surbl-multi: delisting_note</extracomment>
        <translation>Mediante surbl.org (la página Lists). No automatice el acceso a su sitio web.</translation>
    </message>
    <message>
        <source>Query blocked (public resolver or volume)</source>
        <extracomment>list surbl-multi, 1: meaning</extracomment>
        <translation>Consulta bloqueada (resolvedor público o volumen)</translation>
    </message>
    <message>
        <source>Use your own recursive resolver, or a SURBL data feed.</source>
        <extracomment>list surbl-multi, 1: remedy</extracomment>
        <translation>Use su propio resolvedor recursivo, o un feed de datos de SURBL.</translation>
    </message>
    <message>
        <source>DM: disposable mail domain</source>
        <extracomment>list surbl-multi, 4: meaning</extracomment>
        <translation>DM: dominio de correo desechable</translation>
    </message>
    <message>
        <source>PH: phishing</source>
        <extracomment>list surbl-multi, 8: meaning</extracomment>
        <translation>PH: phishing</translation>
    </message>
    <message>
        <source>MW: malware</source>
        <extracomment>list surbl-multi, 16: meaning</extracomment>
        <translation>MW: malware</translation>
    </message>
    <message>
        <source>CT: click-tracker of a non-confirmed-opt-in sender</source>
        <extracomment>list surbl-multi, 32: meaning</extracomment>
        <translation>CT: rastreador de clics de un remitente sin opt-in confirmado</translation>
    </message>
    <message>
        <source>ABUSE: spam and abuse</source>
        <extracomment>list surbl-multi, 64: meaning</extracomment>
        <translation>ABUSE: spam y abuso</translation>
    </message>
    <message>
        <source>CR: cracked site</source>
        <extracomment>list surbl-multi, 128: meaning</extracomment>
        <translation>CR: sitio hackeado</translation>
    </message>
    <message>
        <source>Refused queries (public resolvers, volume) get 127.0.0.1 with a TXT naming your resolver.</source>
        <extracomment>list uribl-multi: access_note</extracomment>
        <translation>Las consultas rechazadas (resolvedores públicos, volumen) reciben 127.0.0.1 con un TXT que nombra su resolvedor.</translation>
    </message>
    <message>
        <source>A login is required to submit delist requests.</source>
        <extracomment>list uribl-multi: delisting_note</extracomment>
        <translation>Se necesita iniciar sesión para enviar solicitudes de baja.</translation>
    </message>
    <message>
        <source>Query refused (public resolver or volume)</source>
        <extracomment>list uribl-multi, 1: meaning</extracomment>
        <translation>Consulta rechazada (resolvedor público o volumen)</translation>
    </message>
    <message>
        <source>Use your own recursive resolver, or a URIBL data feed.</source>
        <extracomment>list uribl-multi, 1: remedy</extracomment>
        <translation>Use su propio resolvedor recursivo, o un feed de datos de URIBL.</translation>
    </message>
    <message>
        <source>black: spammer-owned domain</source>
        <extracomment>list uribl-multi, 2: meaning</extracomment>
        <translation>black: dominio propiedad de un spammer</translation>
    </message>
    <message>
        <source>grey: bulk sender domain (false positives expected)</source>
        <extracomment>list uribl-multi, 4: meaning</extracomment>
        <translation>grey: dominio de remitente masivo (se esperan falsos positivos)</translation>
    </message>
    <message>
        <source>red: young domain or WHOIS privacy (automated)</source>
        <extracomment>list uribl-multi, 8: meaning</extracomment>
        <translation>red: dominio joven o con privacidad WHOIS (automático)</translation>
    </message>
    <message>
        <source>Key required in the query name; keyless queries are REFUSED.</source>
        <extracomment>list abusix-combined: access_note</extracomment>
        <translation>Se requiere clave en el nombre consultado; las consultas sin clave reciben REFUSED.</translation>
    </message>
    <message>
        <source>From the lookup page; a policy-list delisting creates a semi-permanent exception.</source>
        <extracomment>list abusix-combined: delisting_note</extracomment>
        <translation>Desde la página de consulta; la baja de una lista de política crea una excepción semipermanente.</translation>
    </message>
    <message>
        <source>Black: hit primary spam traps</source>
        <extracomment>list abusix-combined, 127.0.0.2: meaning</extracomment>
        <translation>Black: tocó trampas de spam primarias</translation>
    </message>
    <message>
        <source>Black: heuristics (very low reputation or near trap hitters)</source>
        <extracomment>list abusix-combined, 127.0.0.3: meaning</extracomment>
        <translation>Black: heurística (reputación muy baja o cerca de quienes tocan trampas)</translation>
    </message>
    <message>
        <source>Exploit: infected host or proxy</source>
        <extracomment>list abusix-combined, 127.0.0.4: meaning</extracomment>
        <translation>Exploit: host infectado o proxy</translation>
    </message>
    <message>
        <source>Policy: generic reverse DNS</source>
        <extracomment>list abusix-combined, 127.0.0.11: meaning</extracomment>
        <translation>Policy: DNS inverso genérico</translation>
    </message>
    <message>
        <source>Policy: no reverse DNS</source>
        <extracomment>list abusix-combined, 127.0.0.12: meaning</extracomment>
        <translation>Policy: sin DNS inverso</translation>
    </message>
    <message>
        <source>Semi-permanent manual listing</source>
        <extracomment>list abusix-combined, 127.0.0.200: meaning</extracomment>
        <translation>Listado manual semipermanente</translation>
    </message>
    <message>
        <source>Key required; keyless queries are REFUSED.</source>
        <extracomment>list abusix-dblack: access_note</extracomment>
        <translation>Se requiere clave; las consultas sin clave reciben REFUSED.</translation>
    </message>
    <message>
        <source>Domain seen in message bodies of spam</source>
        <extracomment>list abusix-dblack, 127.0.1.1: meaning</extracomment>
        <translation>Dominio visto en el cuerpo de mensajes de spam</translation>
    </message>
    <message>
        <source>Historically public; 2026 third-party pages describe an API-key query form (unverified).</source>
        <extracomment>list spamrats: access_note</extracomment>
        <translation>Históricamente pública; páginas de terceros de 2026 describen una forma de consulta con clave de API (sin verificar).</translation>
    </message>
    <message>
        <source>Automatic self-removal from the lookup page; Dyna and NoPtr need working forward-confirmed reverse DNS first.</source>
        <extracomment>list spamrats: delisting_note</extracomment>
        <translation>Baja automática por autoservicio desde la página de consulta; Dyna y NoPtr requieren antes un DNS inverso confirmado en ambos sentidos que funcione.</translation>
    </message>
    <message>
        <source>RATS-Dyna: reverse DNS looks dynamic or generic</source>
        <extracomment>list spamrats, 127.0.0.36: meaning</extracomment>
        <translation>RATS-Dyna: el DNS inverso parece dinámico o genérico</translation>
    </message>
    <message>
        <source>RATS-NoPtr: no reverse DNS</source>
        <extracomment>list spamrats, 127.0.0.37: meaning</extracomment>
        <translation>RATS-NoPtr: sin DNS inverso</translation>
    </message>
    <message>
        <source>RATS-Spam: sent spam</source>
        <extracomment>list spamrats, 127.0.0.38: meaning</extracomment>
        <translation>RATS-Spam: envió spam</translation>
    </message>
    <message>
        <source>RATS-Auth: login abuse (not a mail-sending signal)</source>
        <extracomment>list spamrats, 127.0.0.43: meaning</extracomment>
        <translation>RATS-Auth: abuso de inicio de sesión (no es una señal de envío de correo)</translation>
    </message>
    <message>
        <source>Free for commercial and non-commercial use. Built for IRC, not mail.</source>
        <extracomment>list dronebl: access_note</extracomment>
        <translation>Gratis para uso comercial y no comercial. Hecha para IRC, no para correo.</translation>
    </message>
    <message>
        <source>From the lookup page, reviewed by volunteers.</source>
        <extracomment>list dronebl: delisting_note</extracomment>
        <translation>Desde la página de consulta, revisada por voluntarios.</translation>
    </message>
    <message>
        <source>Sample (test entry)</source>
        <extracomment>list dronebl, 127.0.0.2: meaning</extracomment>
        <translation>Muestra (entrada de prueba)</translation>
    </message>
    <message>
        <source>IRC drone</source>
        <extracomment>list dronebl, 127.0.0.3: meaning</extracomment>
        <translation>Dron de IRC</translation>
    </message>
    <message>
        <source>Tor exit (deprecated code)</source>
        <extracomment>list dronebl, 127.0.0.4: meaning</extracomment>
        <translation>Salida de Tor (código obsoleto)</translation>
    </message>
    <message>
        <source>Bottler</source>
        <extracomment>list dronebl, 127.0.0.5: meaning</extracomment>
        <translation>Bottler</translation>
    </message>
    <message>
        <source>Unknown spambot or drone</source>
        <extracomment>list dronebl, 127.0.0.6: meaning</extracomment>
        <translation>Spambot o dron desconocido</translation>
    </message>
    <message>
        <source>DDoS drone</source>
        <extracomment>list dronebl, 127.0.0.7: meaning</extracomment>
        <translation>Dron de DDoS</translation>
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
        <translation>Proxy de página web</translation>
    </message>
    <message>
        <source>Open DNS resolver</source>
        <extracomment>list dronebl, 127.0.0.12: meaning</extracomment>
        <translation>Resolvedor DNS abierto</translation>
    </message>
    <message>
        <source>Brute-force attacker</source>
        <extracomment>list dronebl, 127.0.0.13: meaning</extracomment>
        <translation>Atacante de fuerza bruta</translation>
    </message>
    <message>
        <source>Open WinGate proxy</source>
        <extracomment>list dronebl, 127.0.0.14: meaning</extracomment>
        <translation>Proxy WinGate abierto</translation>
    </message>
    <message>
        <source>Compromised router or gateway</source>
        <extracomment>list dronebl, 127.0.0.15: meaning</extracomment>
        <translation>Router o pasarela comprometidos</translation>
    </message>
    <message>
        <source>Autorooting worm</source>
        <extracomment>list dronebl, 127.0.0.16: meaning</extracomment>
        <translation>Gusano de autorooting</translation>
    </message>
    <message>
        <source>Automatically determined botnet IP</source>
        <extracomment>list dronebl, 127.0.0.17: meaning</extracomment>
        <translation>IP de botnet determinada automáticamente</translation>
    </message>
    <message>
        <source>DNS/MX-type host name seen on IRC</source>
        <extracomment>list dronebl, 127.0.0.18: meaning</extracomment>
        <translation>Nombre de host de tipo DNS/MX visto en IRC</translation>
    </message>
    <message>
        <source>Abused VPN service</source>
        <extracomment>list dronebl, 127.0.0.19: meaning</extracomment>
        <translation>Servicio VPN abusado</translation>
    </message>
    <message>
        <source>Unknown reason</source>
        <extracomment>list dronebl, 127.0.0.255: meaning</extracomment>
        <translation>Motivo desconocido</translation>
    </message>
    <message>
        <source>Must be requested from the listed IP itself: `curl -4 http://www.usenix.org.uk/content/rblremove` (instant); otherwise use the help page.</source>
        <extracomment>list s5h: delisting_note</extracomment>
        <translation>Debe solicitarse desde la propia IP listada: `curl -4 http://www.usenix.org.uk/content/rblremove` (inmediato); si no, use la página de ayuda.</translation>
    </message>
    <message>
        <source>Listed by s5h.net</source>
        <extracomment>list s5h, 127.0.0.2: meaning</extracomment>
        <translation>Listada por s5h.net</translation>
    </message>
    <message>
        <source>Contact them above 10,000 queries a day.</source>
        <extracomment>list nordspam-bl: access_note</extracomment>
        <translation>Contáctelos por encima de 10 000 consultas al día.</translation>
    </message>
    <message>
        <source>Manual moderation through nordspam.com.</source>
        <extracomment>list nordspam-bl: delisting_note</extracomment>
        <translation>Moderación manual mediante nordspam.com.</translation>
    </message>
    <message>
        <source>Listed by NordSpam (the TXT record has details)</source>
        <extracomment>list nordspam-bl, 127.0.0.2: meaning</extracomment>
        <translation>Listada por NordSpam (el registro TXT tiene detalles)</translation>
    </message>
    <message>
        <source>Domain listed by NordSpam (the TXT record has details)</source>
        <extracomment>list nordspam-dbl, 127.0.0.2: meaning</extracomment>
        <translation>Dominio listado por NordSpam (el registro TXT tiene detalles)</translation>
    </message>
    <message>
        <source>Needs a free account; processed in about 20 minutes, some cases manually within 48 hours.</source>
        <extracomment>list 0spam-bl: delisting_note</extracomment>
        <translation>Necesita una cuenta gratuita; se procesa en unos 20 minutos, algunos casos manualmente en 48 horas.</translation>
    </message>
    <message>
        <source>Listed by 0spam (it documents its answers only as 127.0.0.#)</source>
        <extracomment>list 0spam-bl, 127.0.0.0: meaning</extracomment>
        <translation>Listada por 0spam (documenta sus respuestas solo como 127.0.0.#)</translation>
    </message>
    <message>
        <source>The whole /24 around this IP is listed by 0spam</source>
        <extracomment>list 0spam-nbl, 127.0.0.0: meaning</extracomment>
        <translation>Todo el /24 en torno a esta IP está listado por 0spam</translation>
    </message>
    <message>
        <source>Lists the IPs of spam-linked domains (web hosts), not mail senders.</source>
        <extracomment>list 0spam-url: access_note</extracomment>
        <translation>Lista las IP de dominios vinculados al spam (alojamientos web), no remitentes de correo.</translation>
    </message>
    <message>
        <source>No manual removal; entries age out automatically.</source>
        <extracomment>list gbudb: delisting_note</extracomment>
        <translation>No hay baja manual; las entradas caducan automáticamente.</translation>
    </message>
    <message>
        <source>Truncate: very low reputation in GBUdb</source>
        <extracomment>list gbudb, 127.0.0.2: meaning</extracomment>
        <translation>Truncate: reputación muy baja en GBUdb</translation>
    </message>
    <message>
        <source>Mixed allow/block semantics: 127.0.0.1 means allowlisted.</source>
        <extracomment>list hostkarma: access_note</extracomment>
        <translation>Semántica mixta de permitir/bloquear: 127.0.0.1 significa en lista de permitidos.</translation>
    </message>
    <message>
        <source>White: allowlisted</source>
        <extracomment>list hostkarma, 127.0.0.1: meaning</extracomment>
        <translation>White: en lista de permitidos</translation>
    </message>
    <message>
        <source>Black: blocklisted</source>
        <extracomment>list hostkarma, 127.0.0.2: meaning</extracomment>
        <translation>Black: en lista de bloqueo</translation>
    </message>
    <message>
        <source>Yellow: mixed source such as big webmail (do not block)</source>
        <extracomment>list hostkarma, 127.0.0.3: meaning</extracomment>
        <translation>Yellow: fuente mixta como un gran webmail (no bloquear)</translation>
    </message>
    <message>
        <source>Brown: suspicious (score only)</source>
        <extracomment>list hostkarma, 127.0.0.4: meaning</extracomment>
        <translation>Brown: sospechosa (solo puntuación)</translation>
    </message>
    <message>
        <source>NOBL: do not blacklist</source>
        <extracomment>list hostkarma, 127.0.0.5: meaning</extracomment>
        <translation>NOBL: no poner en lista negra</translation>
    </message>
    <message>
        <source>Informational second record</source>
        <extracomment>list hostkarma, 127.0.1.1: meaning</extracomment>
        <translation>Segundo registro informativo</translation>
    </message>
    <message>
        <source>Under 100,000 lookups a day and non-commercial. Over-limit resolvers get 127.0.0.255, and have been sent 127.0.10.x for every IP.</source>
        <extracomment>list dnswl: access_note</extracomment>
        <translation>Menos de 100 000 consultas al día y uso no comercial. Los resolvedores por encima del límite reciben 127.0.0.255, y han llegado a recibir 127.0.10.x para cada IP.</translation>
    </message>
    <message>
        <source>Registration is voluntary.</source>
        <extracomment>list dnswl: delisting_note</extracomment>
        <translation>El registro es voluntario.</translation>
    </message>
    <message>
        <source>Query blocked (over the free limit)</source>
        <extracomment>list dnswl, 127.0.0.255: meaning</extracomment>
        <translation>Consulta bloqueada (por encima del límite gratuito)</translation>
    </message>
    <message>
        <source>Use your own recursive resolver below the limits, or register.</source>
        <extracomment>list dnswl, 127.0.0.255: remedy</extracomment>
        <translation>Use su propio resolvedor recursivo por debajo de los límites, o regístrese.</translation>
    </message>
    <message>
        <source>Category 10 (special cases): also the test-point answer and what over-quota resolvers get for every IP, so not trusted</source>
        <extracomment>list dnswl, 127.0.10.0: meaning</extracomment>
        <translation>Categoría 10 (casos especiales): también la respuesta del punto de prueba y lo que reciben para cada IP los resolvedores que superan la cuota, así que no es fiable</translation>
    </message>
    <message>
        <source>Allowlisted: financial services (trust level {last}: 0 none, 1 low, 2 medium, 3 high)</source>
        <extracomment>list dnswl, 127.0.2.0: meaning</extracomment>
        <translation>En lista de permitidos: servicios financieros (nivel de confianza {last}: 0 ninguno, 1 bajo, 2 medio, 3 alto)</translation>
    </message>
    <message>
        <source>Allowlisted: e-mail service provider (trust level {last}: 0 none, 1 low, 2 medium, 3 high)</source>
        <extracomment>list dnswl, 127.0.3.0: meaning</extracomment>
        <translation>En lista de permitidos: proveedor de servicios de correo (nivel de confianza {last}: 0 ninguno, 1 bajo, 2 medio, 3 alto)</translation>
    </message>
    <message>
        <source>Allowlisted: organisation (trust level {last}: 0 none, 1 low, 2 medium, 3 high)</source>
        <extracomment>list dnswl, 127.0.4.0: meaning</extracomment>
        <translation>En lista de permitidos: organización (nivel de confianza {last}: 0 ninguno, 1 bajo, 2 medio, 3 alto)</translation>
    </message>
    <message>
        <source>Allowlisted: service or network provider (trust level {last}: 0 none, 1 low, 2 medium, 3 high)</source>
        <extracomment>list dnswl, 127.0.5.0: meaning</extracomment>
        <translation>En lista de permitidos: proveedor de servicios o de red (nivel de confianza {last}: 0 ninguno, 1 bajo, 2 medio, 3 alto)</translation>
    </message>
    <message>
        <source>Allowlisted: personal server (trust level {last}: 0 none, 1 low, 2 medium, 3 high)</source>
        <extracomment>list dnswl, 127.0.6.0: meaning</extracomment>
        <translation>En lista de permitidos: servidor personal (nivel de confianza {last}: 0 ninguno, 1 bajo, 2 medio, 3 alto)</translation>
    </message>
    <message>
        <source>Allowlisted: travel (trust level {last}: 0 none, 1 low, 2 medium, 3 high)</source>
        <extracomment>list dnswl, 127.0.7.0: meaning</extracomment>
        <translation>En lista de permitidos: viajes (nivel de confianza {last}: 0 ninguno, 1 bajo, 2 medio, 3 alto)</translation>
    </message>
    <message>
        <source>Allowlisted: public sector (trust level {last}: 0 none, 1 low, 2 medium, 3 high)</source>
        <extracomment>list dnswl, 127.0.8.0: meaning</extracomment>
        <translation>En lista de permitidos: sector público (nivel de confianza {last}: 0 ninguno, 1 bajo, 2 medio, 3 alto)</translation>
    </message>
    <message>
        <source>Allowlisted: media and technology (trust level {last}: 0 none, 1 low, 2 medium, 3 high)</source>
        <extracomment>list dnswl, 127.0.9.0: meaning</extracomment>
        <translation>En lista de permitidos: medios y tecnología (nivel de confianza {last}: 0 ninguno, 1 bajo, 2 medio, 3 alto)</translation>
    </message>
    <message>
        <source>Allowlisted: education (trust level {last}: 0 none, 1 low, 2 medium, 3 high)</source>
        <extracomment>list dnswl, 127.0.11.0: meaning</extracomment>
        <translation>En lista de permitidos: educación (nivel de confianza {last}: 0 ninguno, 1 bajo, 2 medio, 3 alto)</translation>
    </message>
    <message>
        <source>Allowlisted: healthcare (trust level {last}: 0 none, 1 low, 2 medium, 3 high)</source>
        <extracomment>list dnswl, 127.0.12.0: meaning</extracomment>
        <translation>En lista de permitidos: sanidad (nivel de confianza {last}: 0 ninguno, 1 bajo, 2 medio, 3 alto)</translation>
    </message>
    <message>
        <source>Allowlisted: manufacturing (trust level {last}: 0 none, 1 low, 2 medium, 3 high)</source>
        <extracomment>list dnswl, 127.0.13.0: meaning</extracomment>
        <translation>En lista de permitidos: industria (nivel de confianza {last}: 0 ninguno, 1 bajo, 2 medio, 3 alto)</translation>
    </message>
    <message>
        <source>Allowlisted: retail and services (trust level {last}: 0 none, 1 low, 2 medium, 3 high)</source>
        <extracomment>list dnswl, 127.0.14.0: meaning</extracomment>
        <translation>En lista de permitidos: comercio y servicios (nivel de confianza {last}: 0 ninguno, 1 bajo, 2 medio, 3 alto)</translation>
    </message>
    <message>
        <source>Allowlisted: e-mail marketing provider (trust level {last}: 0 none, 1 low, 2 medium, 3 high)</source>
        <extracomment>list dnswl, 127.0.15.0: meaning</extracomment>
        <translation>En lista de permitidos: proveedor de email marketing (nivel de confianza {last}: 0 ninguno, 1 bajo, 2 medio, 3 alto)</translation>
    </message>
    <message>
        <source>Lists DKIM d= domains. Its answer codes are not documented in the sources read.</source>
        <extracomment>list dnswl-dwl: access_note</extracomment>
        <translation>Lista dominios DKIM d=. Sus códigos de respuesta no están documentados en las fuentes consultadas.</translation>
    </message>
    <message>
        <source>Use your own recursive resolver below the limits.</source>
        <extracomment>list dnswl-dwl, 127.0.0.255: remedy</extracomment>
        <translation>Use su propio resolvedor recursivo por debajo de los límites.</translation>
    </message>
    <message>
        <source>Needs a registered MyValidity account; unregistered resolvers get 127.255.255.255 for every query. rspamd disabled it by default in 2026.</source>
        <extracomment>list validity-rpbl: access_note</extracomment>
        <translation>Necesita una cuenta MyValidity registrada; los resolvedores no registrados reciben 127.255.255.255 en cada consulta. rspamd la desactivó por defecto en 2026.</translation>
    </message>
    <message>
        <source>Through Validity.</source>
        <extracomment>list validity-rpbl: delisting_note</extracomment>
        <translation>Mediante Validity.</translation>
    </message>
    <message>
        <source>Not registered or blocked</source>
        <extracomment>list validity-rpbl, 127.255.255.255: meaning</extracomment>
        <translation>No registrado o bloqueado</translation>
    </message>
    <message>
        <source>Register the resolver with MyValidity, or use your own resolver.</source>
        <extracomment>list validity-rpbl, 127.255.255.255: remedy</extracomment>
        <translation>Registre el resolvedor en MyValidity o use su propio resolvedor.</translation>
    </message>
    <message>
        <source>bot</source>
        <extracomment>list validity-rpbl, 1: meaning</extracomment>
        <translation>bot</translation>
    </message>
    <message>
        <source>no authentication</source>
        <extracomment>list validity-rpbl, 2: meaning</extracomment>
        <translation>sin autenticación</translation>
    </message>
    <message>
        <source>pristine spam traps</source>
        <extracomment>list validity-rpbl, 4: meaning</extracomment>
        <translation>trampas de spam vírgenes</translation>
    </message>
    <message>
        <source>suspect attachments</source>
        <extracomment>list validity-rpbl, 8: meaning</extracomment>
        <translation>adjuntos sospechosos</translation>
    </message>
    <message>
        <source>low SenderScore</source>
        <extracomment>list validity-rpbl, 16: meaning</extracomment>
        <translation>SenderScore bajo</translation>
    </message>
    <message>
        <source>Needs a registered MyValidity account.</source>
        <extracomment>list validity-score: access_note</extracomment>
        <translation>Necesita una cuenta MyValidity registrada.</translation>
    </message>
    <message>
        <source>Register with MyValidity.</source>
        <extracomment>list validity-score, 127.255.255.255: remedy</extracomment>
        <translation>Regístrese en MyValidity.</translation>
    </message>
    <message>
        <source>SenderScore {last} of 100 (90 or more is good)</source>
        <extracomment>list validity-score, 127.0.4.90: meaning</extracomment>
        <translation>SenderScore {last} de 100 (90 o más es bueno)</translation>
    </message>
    <message>
        <source>SenderScore {last} of 100 (80-89 is neutral)</source>
        <extracomment>list validity-score, 127.0.4.80: meaning</extracomment>
        <translation>SenderScore {last} de 100 (80-89 es neutro)</translation>
    </message>
    <message>
        <source>SenderScore {last} of 100 (below 80; Validity&apos;s meaning for this band was not found)</source>
        <extracomment>list validity-score, 127.0.4.0: meaning</extracomment>
        <translation>SenderScore {last} de 100 (menos de 80; no se encontró el significado de Validity para esta franja)</translation>
    </message>
    <message>
        <source>Delist link on the view page; entries expire after 48 hours.</source>
        <extracomment>list blocklist-de: delisting_note</extracomment>
        <translation>Enlace de baja en la página de detalle; las entradas caducan a las 48 horas.</translation>
    </message>
    <message>
        <source>Attack on amavis</source>
        <extracomment>list blocklist-de, 127.0.0.2: meaning</extracomment>
        <translation>Ataque a amavis</translation>
    </message>
    <message>
        <source>Apache DDoS</source>
        <extracomment>list blocklist-de, 127.0.0.3: meaning</extracomment>
        <translation>DDoS a Apache</translation>
    </message>
    <message>
        <source>Attack on Asterisk</source>
        <extracomment>list blocklist-de, 127.0.0.4: meaning</extracomment>
        <translation>Ataque a Asterisk</translation>
    </message>
    <message>
        <source>Bad bot</source>
        <extracomment>list blocklist-de, 127.0.0.5: meaning</extracomment>
        <translation>Bot malicioso</translation>
    </message>
    <message>
        <source>FTP attack</source>
        <extracomment>list blocklist-de, 127.0.0.6: meaning</extracomment>
        <translation>Ataque FTP</translation>
    </message>
    <message>
        <source>IMAP attack</source>
        <extracomment>list blocklist-de, 127.0.0.7: meaning</extracomment>
        <translation>Ataque IMAP</translation>
    </message>
    <message>
        <source>IRC bot</source>
        <extracomment>list blocklist-de, 127.0.0.8: meaning</extracomment>
        <translation>Bot de IRC</translation>
    </message>
    <message>
        <source>Mail attack</source>
        <extracomment>list blocklist-de, 127.0.0.9: meaning</extracomment>
        <translation>Ataque de correo</translation>
    </message>
    <message>
        <source>POP3 attack</source>
        <extracomment>list blocklist-de, 127.0.0.10: meaning</extracomment>
        <translation>Ataque POP3</translation>
    </message>
    <message>
        <source>Registration bot</source>
        <extracomment>list blocklist-de, 127.0.0.11: meaning</extracomment>
        <translation>Bot de registro</translation>
    </message>
    <message>
        <source>Remote file inclusion attack</source>
        <extracomment>list blocklist-de, 127.0.0.12: meaning</extracomment>
        <translation>Ataque de inclusión remota de archivos</translation>
    </message>
    <message>
        <source>SASL login attack</source>
        <extracomment>list blocklist-de, 127.0.0.13: meaning</extracomment>
        <translation>Ataque de inicio de sesión SASL</translation>
    </message>
    <message>
        <source>SSH attack</source>
        <extracomment>list blocklist-de, 127.0.0.14: meaning</extracomment>
        <translation>Ataque SSH</translation>
    </message>
    <message>
        <source>w00tw00t scan</source>
        <extracomment>list blocklist-de, 127.0.0.15: meaning</extracomment>
        <translation>Escaneo w00tw00t</translation>
    </message>
    <message>
        <source>Port flood</source>
        <extracomment>list blocklist-de, 127.0.0.16: meaning</extracomment>
        <translation>Inundación de puertos</translation>
    </message>
    <message>
        <source>SQL injection</source>
        <extracomment>list blocklist-de, 127.0.0.17: meaning</extracomment>
        <translation>Inyección SQL</translation>
    </message>
    <message>
        <source>Webmin attack</source>
        <extracomment>list blocklist-de, 127.0.0.18: meaning</extracomment>
        <translation>Ataque a Webmin</translation>
    </message>
    <message>
        <source>Trigger spam</source>
        <extracomment>list blocklist-de, 127.0.0.19: meaning</extracomment>
        <translation>Spam desencadenante</translation>
    </message>
    <message>
        <source>Manual listing</source>
        <extracomment>list blocklist-de, 127.0.0.20: meaning</extracomment>
        <translation>Listado manual</translation>
    </message>
    <message>
        <source>Brute-force login</source>
        <extracomment>list blocklist-de, 127.0.0.21: meaning</extracomment>
        <translation>Inicio de sesión por fuerza bruta</translation>
    </message>
    <message>
        <source>MySQL attack</source>
        <extracomment>list blocklist-de, 127.0.0.22: meaning</extracomment>
        <translation>Ataque a MySQL</translation>
    </message>
    <message>
        <source>Listed by Spam Eating Monkey</source>
        <extracomment>list sem-bl, 127.0.0.2: meaning</extracomment>
        <translation>Listada por Spam Eating Monkey</translation>
    </message>
    <message>
        <source>Domain listed by SEM URIBL</source>
        <extracomment>list sem-uribl, 2: meaning</extracomment>
        <translation>Dominio listado por SEM URIBL</translation>
    </message>
    <message>
        <source>Domain listed by SEM FRESH15</source>
        <extracomment>list sem-fresh15, 2: meaning</extracomment>
        <translation>Dominio listado por SEM FRESH15</translation>
    </message>
    <message>
        <source>Botnet</source>
        <extracomment>list virusfree, 127.0.0.2: meaning</extracomment>
        <translation>Botnet</translation>
    </message>
    <message>
        <source>Free once every 30 days.</source>
        <extracomment>list lashback: delisting_note</extracomment>
        <translation>Gratis una vez cada 30 días.</translation>
    </message>
    <message>
        <source>Sent mail to addresses harvested from unsubscribe lists</source>
        <extracomment>list lashback, 127.0.0.2: meaning</extracomment>
        <translation>Envió correo a direcciones recolectadas de listas de baja</translation>
    </message>
    <message>
        <source>check_rbl saw an answer outside 127/8 (62.0.58.94) in May 2023 and dropped it.</source>
        <extracomment>list backscatterer: status_note</extracomment>
        <translation>check_rbl vio una respuesta fuera de 127/8 (62.0.58.94) en mayo de 2023 y la retiró.</translation>
    </message>
    <message>
        <source>Alive in 2015 (dnsbl.com); current status not confirmed.</source>
        <extracomment>list gbudb: status_note</extracomment>
        <translation>Activa en 2015 (dnsbl.com); estado actual sin confirmar.</translation>
    </message>
    <message>
        <source>YunoHost still handled its codes in Dec 2025; helohub calls it discontinued.</source>
        <extracomment>list hostkarma: status_note</extracomment>
        <translation>YunoHost aún trataba sus códigos en dic. de 2025; helohub la da por discontinuada.</translation>
    </message>
    <message>
        <source>Probably active (undated support page).</source>
        <extracomment>list lashback: status_note</extracomment>
        <translation>Probablemente activa (página de soporte sin fecha).</translation>
    </message>
    <message>
        <source>No public DNS zone: only available to paying subscribers via rsync.</source>
        <extracomment>list invaluement: status_note</extracomment>
        <translation>Sin zona DNS pública: solo disponible para suscriptores de pago mediante rsync.</translation>
    </message>
    <message>
        <source>No primary source found; only in catalogs. Not queried.</source>
        <extracomment>list justspam: status_note</extracomment>
        <translation>No se encontró fuente primaria; solo en catálogos. No se consulta.</translation>
    </message>
    <message>
        <source>Decommissioned on 5 June 2024; its servers no longer answer. The domain is a future wildcard risk, so it is never queried.</source>
        <extracomment>list sorbs: status_note</extracomment>
        <translation>Dada de baja el 5 de junio de 2024; sus servidores ya no responden. El dominio es un riesgo futuro de comodín, así que nunca se consulta.</translation>
    </message>
    <message>
        <source>Emptied on 16 January 2025 and answering NXDOMAIN for everything (RFC 6471 graceful shutdown).</source>
        <extracomment>list nixspam: status_note</extracomment>
        <translation>Vaciada el 16 de enero de 2025; responde NXDOMAIN a todo (cierre ordenado según la RFC 6471).</translation>
    </message>
    <message>
        <source>Empty from November 2023, shut down in 2024; since October 2025 its name servers point at TEST-NET addresses, so queries time out.</source>
        <extracomment>list wpbl: status_note</extracomment>
        <translation>Vacía desde noviembre de 2023, cerrada en 2024; desde octubre de 2025 sus servidores de nombres apuntan a direcciones TEST-NET, así que las consultas agotan el tiempo.</translation>
    </message>
    <message>
        <source>Domain lapsed; every name answered a parking address (91.195.240.117).</source>
        <extracomment>list spamcannibal: status_note</extracomment>
        <translation>Dominio caducado; cada nombre respondía con una dirección de aparcamiento (91.195.240.117).</translation>
    </message>
    <message>
        <source>Domain expired and was bought by a speculator with wildcard DNS, so every IP looked listed.</source>
        <extracomment>list emailbasura: status_note</extracomment>
        <translation>Dominio caducado y comprado por un especulador con DNS comodín, así que cada IP parecía listada.</translation>
    </message>
    <message>
        <source>Went offline in March 2024.</source>
        <extracomment>list drand-spamtrap: status_note</extracomment>
        <translation>Fuera de línea desde marzo de 2024.</translation>
    </message>
    <message>
        <source>Does not exist any more or gives bogus answers (146.112.61.108).</source>
        <extracomment>list anonmails: status_note</extracomment>
        <translation>Ya no existe o da respuestas falsas (146.112.61.108).</translation>
    </message>
    <message>
        <source>Domain expired and was replaced with a wildcard A record. Zone name not recorded in the sources read.</source>
        <extracomment>list efnet-rbl: status_note</extracomment>
        <translation>Dominio caducado y sustituido por un registro A comodín. El nombre de zona no consta en las fuentes leídas.</translation>
    </message>
    <message>
        <source>dynamic or dial-up address pool</source>
        <extracomment>generic reverse DNS name, words dyn, dynamic, dynip...: why</extracomment>
        <translation>grupo de direcciones dinámicas o de acceso telefónico</translation>
    </message>
    <message>
        <source>consumer access line</source>
        <extracomment>generic reverse DNS name, words dsl, adsl, vdsl...: why</extracomment>
        <translation>línea de acceso residencial</translation>
    </message>
    <message>
        <source>mobile network</source>
        <extracomment>generic reverse DNS name, words mobile, gprs, umts...: why</extracomment>
        <translation>red móvil</translation>
    </message>
    <message>
        <source>generic label for an access range</source>
        <extracomment>generic reverse DNS name, words host, ip, client...: why</extracomment>
        <translation>etiqueta genérica de un rango de acceso</translation>
    </message>
</context>
<context>
    <name>rebound::data::bounce</name>
    <message>
        <source>Authentication failed (SPF, DKIM, DMARC)</source>
        <extracomment>bounce reason authfailure (Sisimai&apos;s name): label</extracomment>
        <translation>Autenticación fallida (SPF, DKIM, DMARC)</translation>
    </message>
    <message>
        <source>Reverse DNS required</source>
        <extracomment>bounce reason requireptr (Sisimai&apos;s name): label</extracomment>
        <translation>DNS inverso obligatorio</translation>
    </message>
    <message>
        <source>Relaying denied</source>
        <extracomment>bounce reason norelaying (Sisimai&apos;s name): label</extracomment>
        <translation>Retransmisión denegada</translation>
    </message>
    <message>
        <source>Virus detected</source>
        <extracomment>bounce reason virusdetected (Sisimai&apos;s name): label</extracomment>
        <translation>Virus detectado</translation>
    </message>
    <message>
        <source>Message breaks the RFC</source>
        <extracomment>bounce reason notcompliantrfc (Sisimai&apos;s name): label</extracomment>
        <translation>Mensaje no conforme a la RFC</translation>
    </message>
    <message>
        <source>Message too big</source>
        <extracomment>bounce reason mesgtoobig (Sisimai&apos;s name): label</extracomment>
        <translation>Mensaje demasiado grande</translation>
    </message>
    <message>
        <source>Limit exceeded</source>
        <extracomment>bounce reason exceedlimit (Sisimai&apos;s name): label</extracomment>
        <translation>Límite superado</translation>
    </message>
    <message>
        <source>Mailbox full</source>
        <extracomment>bounce reason mailboxfull (Sisimai&apos;s name): label</extracomment>
        <translation>Buzón lleno</translation>
    </message>
    <message>
        <source>Receiving system full</source>
        <extracomment>bounce reason systemfull (Sisimai&apos;s name): label</extracomment>
        <translation>Sistema receptor lleno</translation>
    </message>
    <message>
        <source>Account suspended</source>
        <extracomment>bounce reason suspend (Sisimai&apos;s name): label</extracomment>
        <translation>Cuenta suspendida</translation>
    </message>
    <message>
        <source>Recipient has moved</source>
        <extracomment>bounce reason hasmoved (Sisimai&apos;s name): label</extracomment>
        <translation>El destinatario se ha mudado</translation>
    </message>
    <message>
        <source>Poor sender reputation</source>
        <extracomment>bounce reason badreputation (Sisimai&apos;s name): label</extracomment>
        <translation>Mala reputación del remitente</translation>
    </message>
    <message>
        <source>Sender blocked</source>
        <extracomment>bounce reason blocked (Sisimai&apos;s name): label</extracomment>
        <translation>Remitente bloqueado</translation>
    </message>
    <message>
        <source>Spam detected</source>
        <extracomment>bounce reason spamdetected (Sisimai&apos;s name): label</extracomment>
        <translation>Spam detectado</translation>
    </message>
    <message>
        <source>Unknown recipient</source>
        <extracomment>bounce reason userunknown (Sisimai&apos;s name): label</extracomment>
        <translation>Destinatario desconocido</translation>
    </message>
    <message>
        <source>Unknown recipient domain</source>
        <extracomment>bounce reason hostunknown (Sisimai&apos;s name): label</extracomment>
        <translation>Dominio del destinatario desconocido</translation>
    </message>
    <message>
        <source>Domain accepts no mail</source>
        <extracomment>bounce reason notaccept (Sisimai&apos;s name): label</extracomment>
        <translation>El dominio no acepta correo</translation>
    </message>
    <message>
        <source>Refused by the recipient&apos;s filter</source>
        <extracomment>bounce reason filtered (Sisimai&apos;s name): label</extracomment>
        <translation>Rechazado por el filtro del destinatario</translation>
    </message>
    <message>
        <source>Sender rejected</source>
        <extracomment>bounce reason rejected (Sisimai&apos;s name): label</extracomment>
        <translation>Remitente rechazado</translation>
    </message>
    <message>
        <source>Policy violation</source>
        <extracomment>bounce reason policyviolation (Sisimai&apos;s name): label</extracomment>
        <translation>Infracción de política</translation>
    </message>
    <message>
        <source>Too many connections</source>
        <extracomment>bounce reason toomanyconn (Sisimai&apos;s name): label</extracomment>
        <translation>Demasiadas conexiones</translation>
    </message>
    <message>
        <source>Sending too fast</source>
        <extracomment>bounce reason speeding (Sisimai&apos;s name): label</extracomment>
        <translation>Envío demasiado rápido</translation>
    </message>
    <message>
        <source>STARTTLS failed</source>
        <extracomment>bounce reason failedstarttls (Sisimai&apos;s name): label</extracomment>
        <translation>STARTTLS fallido</translation>
    </message>
    <message>
        <source>Security requirement failed</source>
        <extracomment>bounce reason securityerror (Sisimai&apos;s name): label</extracomment>
        <translation>Requisito de seguridad no cumplido</translation>
    </message>
    <message>
        <source>Invalid content</source>
        <extracomment>bounce reason contenterror (Sisimai&apos;s name): label</extracomment>
        <translation>Contenido no válido</translation>
    </message>
    <message>
        <source>SMTP syntax error</source>
        <extracomment>bounce reason syntaxerror (Sisimai&apos;s name): label</extracomment>
        <translation>Error de sintaxis SMTP</translation>
    </message>
    <message>
        <source>Network error</source>
        <extracomment>bounce reason networkerror (Sisimai&apos;s name): label</extracomment>
        <translation>Error de red</translation>
    </message>
    <message>
        <source>Local delivery program failed</source>
        <extracomment>bounce reason mailererror (Sisimai&apos;s name): label</extracomment>
        <translation>Falló el programa de entrega local</translation>
    </message>
    <message>
        <source>Receiving system error</source>
        <extracomment>bounce reason systemerror (Sisimai&apos;s name): label</extracomment>
        <translation>Error del sistema receptor</translation>
    </message>
    <message>
        <source>Undecided</source>
        <extracomment>bounce reason onhold (Sisimai&apos;s name): label</extracomment>
        <translation>Sin decidir</translation>
    </message>
    <message>
        <source>Feedback report (complaint)</source>
        <extracomment>bounce reason feedback (Sisimai&apos;s name): label</extracomment>
        <translation>Informe de feedback (queja)</translation>
    </message>
    <message>
        <source>Auto-reply</source>
        <extracomment>bounce reason vacation (Sisimai&apos;s name): label</extracomment>
        <translation>Respuesta automática</translation>
    </message>
    <message>
        <source>Delivered</source>
        <extracomment>bounce reason delivered (Sisimai&apos;s name): label</extracomment>
        <translation>Entregado</translation>
    </message>
    <message>
        <source>Unknown reason</source>
        <extracomment>bounce reason undefined (Sisimai&apos;s name): label</extracomment>
        <translation>Motivo desconocido</translation>
    </message>
    <message>
        <source>Expired or delayed in the queue</source>
        <extracomment>bounce reason expired (Sisimai&apos;s name): label</extracomment>
        <translation>Caducado o retrasado en la cola</translation>
    </message>
</context>
<context>
    <name>rebound::data::postmaster</name>
    <message>
        <source>SPF authentication</source>
        <extracomment>Postmaster Tools compliance requirement SPF: name</extracomment>
        <translation>Autenticación SPF</translation>
    </message>
    <message>
        <source>DKIM authentication</source>
        <extracomment>Postmaster Tools compliance requirement DKIM: name</extracomment>
        <translation>Autenticación DKIM</translation>
    </message>
    <message>
        <source>SPF and DKIM authentication</source>
        <extracomment>Postmaster Tools compliance requirement SPF_AND_DKIM: name</extracomment>
        <translation>Autenticación SPF y DKIM</translation>
    </message>
    <message>
        <source>DMARC policy published</source>
        <extracomment>Postmaster Tools compliance requirement DMARC_POLICY: name</extracomment>
        <translation>Política DMARC publicada</translation>
    </message>
    <message>
        <source>DMARC alignment</source>
        <extracomment>Postmaster Tools compliance requirement DMARC_ALIGNMENT: name</extracomment>
        <translation>Alineación DMARC</translation>
    </message>
    <message>
        <source>Message formatting (RFC 5322)</source>
        <extracomment>Postmaster Tools compliance requirement MESSAGE_FORMATTING: name</extracomment>
        <translation>Formato del mensaje (RFC 5322)</translation>
    </message>
    <message>
        <source>Forward and reverse DNS records</source>
        <extracomment>Postmaster Tools compliance requirement DNS_RECORDS: name</extracomment>
        <translation>Registros DNS directos e inversos</translation>
    </message>
    <message>
        <source>TLS encryption</source>
        <extracomment>Postmaster Tools compliance requirement ENCRYPTION: name</extracomment>
        <translation>Cifrado TLS</translation>
    </message>
    <message>
        <source>User-reported spam rate</source>
        <extracomment>Postmaster Tools compliance requirement USER_REPORTED_SPAM_RATE: name</extracomment>
        <translation>Tasa de spam notificada por los usuarios</translation>
    </message>
    <message>
        <source>One-click unsubscribe</source>
        <extracomment>Postmaster Tools compliance requirement ONE_CLICK_UNSUBSCRIBE: name</extracomment>
        <translation>Baja con un clic</translation>
    </message>
    <message>
        <source>Honouring unsubscribe requests</source>
        <extracomment>Postmaster Tools compliance requirement HONOR_UNSUBSCRIBE: name</extracomment>
        <translation>Respeto de las solicitudes de baja</translation>
    </message>
    <message>
        <source>Gmail users reported {rate} of {domain}&apos;s mail as spam on {date}: at or over the 0.3 % limit</source>
        <extracomment>reports finding postmaster.spam_rate_error: title</extracomment>
        <translation>Los usuarios de Gmail marcaron como spam el {rate} del correo de {domain} el {date}: en el límite del 0,3 % o por encima</translation>
    </message>
    <message>
        <source>Gmail&apos;s bulk-sender rules require a user-reported spam rate below 0.3 %; at or above it Gmail rejects or junks more of the domain&apos;s mail, and mitigation is not available until the rate has stayed below 0.3 % for seven days. Send only to people who asked for the mail, make unsubscribing one click, and stop mailing recipients who do not open.</source>
        <extracomment>reports finding postmaster.spam_rate_error: detail</extracomment>
        <translation>Las reglas de Gmail para remitentes masivos exigen una tasa de spam notificada por los usuarios inferior al 0,3 %; a partir de ese valor, Gmail rechaza o envía a spam más correo del dominio, y no se puede obtener la mitigación hasta que la tasa se haya mantenido por debajo del 0,3 % durante siete días. Envíe solo a quienes pidieron el correo, permita darse de baja con un clic y deje de enviar a los destinatarios que no abren los mensajes.</translation>
    </message>
    <message>
        <source>Gmail users reported {rate} of {domain}&apos;s mail as spam on {date}: over the 0.1 % target</source>
        <extracomment>reports finding postmaster.spam_rate_warning: title</extracomment>
        <translation>Los usuarios de Gmail marcaron como spam el {rate} del correo de {domain} el {date}: por encima del objetivo del 0,1 %</translation>
    </message>
    <message>
        <source>Gmail asks bulk senders to keep the user-reported spam rate below 0.1 % and never to reach 0.3 %. Find which mailings draw the complaints and remove recipients who did not ask for them.</source>
        <extracomment>reports finding postmaster.spam_rate_warning: detail</extracomment>
        <translation>Gmail pide a los remitentes masivos que mantengan la tasa de spam notificada por los usuarios por debajo del 0,1 % y que nunca lleguen al 0,3 %. Averigüe qué envíos generan las quejas y elimine a los destinatarios que no los solicitaron.</translation>
    </message>
    <message>
        <source>Only {rate} of {domain}&apos;s mail to Gmail passed {mechanism} on {date}</source>
        <extracomment>reports finding postmaster.auth_rate: title</extracomment>
        <translation>Solo el {rate} del correo de {domain} a Gmail superó {mechanism} el {date}</translation>
    </message>
    <message>
        <source>Gmail requires all mail from bulk senders to pass SPF and DKIM and the From domain to pass DMARC. Some of the domain&apos;s mail is sent from a source that is not authorised or not signed: compare the DMARC aggregate reports&apos; sources with your own servers and services.</source>
        <extracomment>reports finding postmaster.auth_rate: detail</extracomment>
        <translation>Gmail exige que todo el correo de los remitentes masivos supere SPF y DKIM, y que el dominio From supere DMARC. Parte del correo del dominio se envía desde una fuente no autorizada o sin firmar: compare las fuentes de los informes agregados DMARC con sus propios servidores y servicios.</translation>
    </message>
    <message>
        <source>Only {rate} of {domain}&apos;s mail to Gmail was sent over TLS on {date}</source>
        <extracomment>reports finding postmaster.tls_rate: title</extracomment>
        <translation>Solo el {rate} del correo de {domain} a Gmail se envió a través de TLS el {date}</translation>
    </message>
    <message>
        <source>Gmail requires a TLS connection for mail from bulk senders. A server or service that sends for the domain does not use STARTTLS: turn it on in that server&apos;s outbound settings.</source>
        <extracomment>reports finding postmaster.tls_rate: detail</extracomment>
        <translation>Gmail exige una conexión TLS para el correo de los remitentes masivos. Un servidor o servicio que envía en nombre del dominio no usa STARTTLS: actívelo en la configuración de salida de ese servidor.</translation>
    </message>
    <message>
        <source>Gmail rejected or deferred {rate} of {domain}&apos;s mail on {date}</source>
        <extracomment>reports finding postmaster.delivery_errors: title</extracomment>
        <translation>Gmail rechazó o aplazó el {rate} del correo de {domain} el {date}</translation>
    </message>
    <message>
        <source>The delivery error rate counts Gmail&apos;s temporary and permanent refusals. The bounces themselves say why: open one in Rebound.</source>
        <extracomment>reports finding postmaster.delivery_errors: detail</extracomment>
        <translation>La tasa de errores de entrega cuenta los rechazos temporales y permanentes de Gmail. Los propios rebotes indican el motivo: abra uno en Rebound.</translation>
    </message>
    <message>
        <source>Gmail&apos;s sender compliance for {domain}: &apos;{requirement}&apos; needs work</source>
        <extracomment>reports finding postmaster.compliance_needs_work: title</extracomment>
        <translation>Cumplimiento de los requisitos de remitente de Gmail para {domain}: «{requirement}» requiere mejoras</translation>
    </message>
    <message>
        <source>Postmaster Tools checks the domain against Gmail&apos;s sender requirements. A requirement that needs work can lead Gmail to reject or junk the domain&apos;s mail; fix it and the status changes within a few days.</source>
        <extracomment>reports finding postmaster.compliance_needs_work: detail</extracomment>
        <translation>Postmaster Tools comprueba el dominio frente a los requisitos de remitente de Gmail. Un requisito pendiente de mejora puede hacer que Gmail rechace o envíe a spam el correo del dominio; corríjalo y el estado cambiará en pocos días.</translation>
    </message>
    <message>
        <source>Gmail&apos;s sender compliance for {domain}: every requirement Google checks is met</source>
        <extracomment>reports finding postmaster.compliant: title</extracomment>
        <translation>Cumplimiento de los requisitos de remitente de Gmail para {domain}: se cumplen todos los requisitos que comprueba Google</translation>
    </message>
    <message>
        <source>Postmaster Tools shows each of Gmail&apos;s sender requirements as compliant for the domain.</source>
        <extracomment>reports finding postmaster.compliant: detail</extracomment>
        <translation>Postmaster Tools muestra que el dominio cumple cada uno de los requisitos de remitente de Gmail.</translation>
    </message>
</context>
<context>
    <name>rebound::data::reports</name>
    <message>
        <source>{messages} messages from {sources} unauthorised sources failed DMARC for {domain}</source>
        <extracomment>reports finding reports.unauthorised_sender: title</extracomment>
        <translation>{messages} mensajes de {sources} fuentes no autorizadas no superaron DMARC para {domain}</translation>
    </message>
    <message>
        <source>These sources are neither among the domain&apos;s SPF-authorised senders nor a known sending service, and have no aligned DKIM signature. If you do not recognise them, they are spoofing your domain: move the DMARC policy towards p=quarantine or p=reject. If one of them is yours (a server, an application, a new provider), add it to the SPF record and sign its mail with DKIM for {domain}.</source>
        <extracomment>reports finding reports.unauthorised_sender: detail</extracomment>
        <translation>Estas fuentes no están entre los remitentes autorizados por el SPF del dominio ni son un servicio de envío conocido, y no tienen una firma DKIM alineada. Si no las reconoce, están suplantando su dominio: endurezca la política DMARC hacia p=quarantine o p=reject. Si alguna es suya (un servidor, una aplicación, un proveedor nuevo), añádala al registro SPF y firme su correo con DKIM para {domain}.</translation>
    </message>
    <message>
        <source>{messages} messages from your sending services failed DMARC for {domain}: align DKIM</source>
        <extracomment>reports finding reports.esp_unaligned: title</extracomment>
        <translation>{messages} mensajes de sus servicios de envío no superaron DMARC para {domain}: alinee DKIM</translation>
    </message>
    <message>
        <source>These sources ({names}) send for you, but sign with their own domain and use their own envelope (bounce) domain, so neither DKIM nor SPF aligns with {domain}. Set up DKIM for {domain} (a custom signing domain) in each service, and if possible a custom return-path under {domain}.</source>
        <extracomment>reports finding reports.esp_unaligned: detail</extracomment>
        <translation>Estas fuentes ({names}) envían en su nombre, pero firman con su propio dominio y usan su propio dominio de sobre (rebote), así que ni DKIM ni SPF están alineados con {domain}. Configure DKIM para {domain} (un dominio de firma personalizado) en cada servicio y, si es posible, un return-path personalizado bajo {domain}.</translation>
    </message>
    <message>
        <source>{messages} forwarded messages failed DMARC for {domain}</source>
        <extracomment>reports finding reports.forwarding: title</extracomment>
        <translation>{messages} mensajes reenviados no superaron DMARC para {domain}</translation>
    </message>
    <message>
        <source>These sources ({names}) look like forwarders or mailing lists: they relay mail that was sent as {domain} from their own servers, which breaks SPF, and a list that changes the message breaks DKIM as well. This is expected; an aligned DKIM signature survives plain forwarding, so make sure all of your mail is DKIM-signed for {domain}.</source>
        <extracomment>reports finding reports.forwarding: detail</extracomment>
        <translation>Estas fuentes ({names}) parecen reenviadores o listas de correo: retransmiten desde sus propios servidores correo enviado como {domain}, lo que rompe SPF, y una lista que modifica el mensaje rompe también DKIM. Es lo esperado; una firma DKIM alineada sobrevive a un reenvío simple, así que asegúrese de que todo su correo esté firmado con DKIM para {domain}.</translation>
    </message>
    <message>
        <source>{messages} TLS sessions to {domain} failed</source>
        <extracomment>reports finding reports.tls_failures: title</extracomment>
        <translation>{messages} sesiones TLS hacia {domain} fallaron</translation>
    </message>
    <message>
        <source>Sending servers could not set up a secure connection to the mail servers of {domain} as its policy ({names}) requires. See the result types for what failed and how to fix it.</source>
        <extracomment>reports finding reports.tls_failures: detail</extracomment>
        <translation>Los servidores de envío no pudieron establecer una conexión segura con los servidores de correo de {domain} como exige su política ({names}). Consulte los tipos de resultado para ver qué falló y cómo corregirlo.</translation>
    </message>
    <message>
        <source>The receiving mail server did not offer STARTTLS: mail to it went unencrypted or, under a policy, was not delivered.</source>
        <extracomment>TLS-RPT result type starttls-not-supported: meaning</extracomment>
        <translation>El servidor de correo receptor no ofreció STARTTLS: el correo dirigido a él se envió sin cifrar o, con una política, no se entregó.</translation>
    </message>
    <message>
        <source>The certificate of the receiving mail server does not name the MX host the sender connected to.</source>
        <extracomment>TLS-RPT result type certificate-host-mismatch: meaning</extracomment>
        <translation>El certificado del servidor de correo receptor no nombra el host MX al que se conectó el remitente.</translation>
    </message>
    <message>
        <source>The certificate of the receiving mail server has expired: renew it.</source>
        <extracomment>TLS-RPT result type certificate-expired: meaning</extracomment>
        <translation>El certificado del servidor de correo receptor ha caducado: renuévelo.</translation>
    </message>
    <message>
        <source>The certificate of the receiving mail server is not signed by a trusted authority (self-signed, or an intermediate certificate is missing from the chain).</source>
        <extracomment>TLS-RPT result type certificate-not-trusted: meaning</extracomment>
        <translation>El certificado del servidor de correo receptor no está firmado por una autoridad de confianza (es autofirmado o falta un certificado intermedio en la cadena).</translation>
    </message>
    <message>
        <source>The certificate chain or the policy could not be validated for another reason (see the failure reason code).</source>
        <extracomment>TLS-RPT result type validation-failure: meaning</extracomment>
        <translation>La cadena de certificados o la política no se pudieron validar por otro motivo (vea el código de motivo del fallo).</translation>
    </message>
    <message>
        <source>The DANE TLSA records of the MX host are broken or do not match its certificate.</source>
        <extracomment>TLS-RPT result type tlsa-invalid: meaning</extracomment>
        <translation>Los registros DANE TLSA del host MX están dañados o no coinciden con su certificado.</translation>
    </message>
    <message>
        <source>The DNSSEC signatures needed for DANE did not validate.</source>
        <extracomment>TLS-RPT result type dnssec-invalid: meaning</extracomment>
        <translation>Las firmas DNSSEC necesarias para DANE no se validaron.</translation>
    </message>
    <message>
        <source>The sender requires DANE for this host but found no usable TLSA records.</source>
        <extracomment>TLS-RPT result type dane-required: meaning</extracomment>
        <translation>El remitente exige DANE para este host, pero no encontró registros TLSA utilizables.</translation>
    </message>
    <message>
        <source>The MTA-STS policy could not be fetched from https://mta-sts.&lt;domain&gt;/.well-known/mta-sts.txt (no such host, HTTP error or a bad certificate).</source>
        <extracomment>TLS-RPT result type sts-policy-fetch-error: meaning</extracomment>
        <translation>No se pudo obtener la política MTA-STS de https://mta-sts.&lt;domain&gt;/.well-known/mta-sts.txt (el host no existe, error HTTP o certificado no válido).</translation>
    </message>
    <message>
        <source>The MTA-STS policy file was fetched but is not valid (syntax, or the _mta-sts TXT record does not match it).</source>
        <extracomment>TLS-RPT result type sts-policy-invalid: meaning</extracomment>
        <translation>Se obtuvo el archivo de política MTA-STS, pero no es válido (sintaxis, o el registro TXT _mta-sts no coincide con él).</translation>
    </message>
    <message>
        <source>The certificate of the MTA-STS policy host (mta-sts.&lt;domain&gt;) did not validate.</source>
        <extracomment>TLS-RPT result type sts-webpki-invalid: meaning</extracomment>
        <translation>El certificado del host de la política MTA-STS (mta-sts.&lt;domain&gt;) no se validó.</translation>
    </message>
    <message>
        <source>A result type this version of Rebound does not know.</source>
        <extracomment>TLS-RPT result type unknown: meaning</extracomment>
        <translation>Un tipo de resultado que esta versión de Rebound no conoce.</translation>
    </message>
</context>
<context>
    <name>rebound::data::rules</name>
    <message>
        <source>{ip} is on the Spamhaus XBL: a host behind it is infected or an open proxy</source>
        <extracomment>rule blocklist.spamhaus.xbl: title</extracomment>
        <translation>{ip} está en la Spamhaus XBL: un host detrás de ella está infectado o es un proxy abierto</translation>
    </message>
    <message>
        <source>Spamhaus lists {ip} as an exploited host (XBL, CBL data). Usually a machine behind that address, often behind a NAT gateway shared by a whole office, runs malware, a spam bot or an open proxy. Receivers that use Spamhaus ZEN reject all mail from the address until it is cleaned and removed.</source>
        <extracomment>rule blocklist.spamhaus.xbl: summary</extracomment>
        <translation>Spamhaus lista {ip} como host comprometido (XBL, datos CBL). Normalmente una máquina detrás de esa dirección, a menudo tras una pasarela NAT compartida por toda una oficina, ejecuta malware, un bot de spam o un proxy abierto. Los receptores que usan Spamhaus ZEN rechazan todo el correo de la dirección hasta que se limpie y se dé de baja.</translation>
    </message>
    <message>
        <source>Removal is usually effective within an hour of the request once the host is clean; receivers&apos; caches may take a little longer.</source>
        <extracomment>rule blocklist.spamhaus.xbl: recovery</extracomment>
        <translation>La baja suele ser efectiva en la hora siguiente a la solicitud una vez que el host está limpio; las cachés de los receptores pueden tardar algo más.</translation>
    </message>
    <message>
        <source>Find the infected or misconfigured machine behind {ip}: check the firewall or NAT logs for outbound connections to port 25 from hosts that are not your mail server, and scan every machine that shares the address.</source>
        <extracomment>rule blocklist.spamhaus.xbl: step (you)</extracomment>
        <translation>Localice la máquina infectada o mal configurada detrás de {ip}: revise los registros del cortafuegos o del NAT en busca de conexiones salientes al puerto 25 desde hosts que no sean su servidor de correo, y analice cada máquina que comparta la dirección.</translation>
    </message>
    <message>
        <source>Block outbound port 25 at the firewall for everything except your real mail server(s), so that a future infection cannot send directly.</source>
        <extracomment>rule blocklist.spamhaus.xbl: step (you)</extracomment>
        <translation>Bloquee el puerto 25 saliente en el cortafuegos para todo salvo su servidor o servidores de correo reales, para que una infección futura no pueda enviar directamente.</translation>
    </message>
    <message>
        <source>Once the cause is fixed, request removal on the Spamhaus lookup page for {ip}.</source>
        <extracomment>rule blocklist.spamhaus.xbl: step (you)</extracomment>
        <translation>Una vez corregida la causa, solicite la baja en la página de consulta de Spamhaus para {ip}.</translation>
    </message>
    <message>
        <source>Spamhaus lookup and removal for {ip}</source>
        <extracomment>rule blocklist.spamhaus.xbl: link title</extracomment>
        <translation>Consulta y baja en Spamhaus para {ip}</translation>
    </message>
    <message>
        <source>Asking for delisting before the cause is fixed gets the IP listed again, often for longer.</source>
        <extracomment>rule blocklist.spamhaus.xbl: what not to do</extracomment>
        <translation>Pedir la baja antes de corregir la causa hace que la IP vuelva a listarse, a menudo por más tiempo.</translation>
    </message>
    <message>
        <source>Do not just change the sending IP: the infected host follows you to the new address.</source>
        <extracomment>rule blocklist.spamhaus.xbl: what not to do</extracomment>
        <translation>No se limite a cambiar la IP de envío: el host infectado le sigue a la nueva dirección.</translation>
    </message>
    <message>
        <source>Cisco Talos reputation for {ip}</source>
        <extracomment>rule blocklist.spamhaus.xbl: link title</extracomment>
        <translation>Reputación de Cisco Talos para {ip}</translation>
    </message>
    <message>
        <source>{ip} is in the Spamhaus PBL: an end-user range that should not send mail directly</source>
        <extracomment>rule blocklist.spamhaus.pbl: title</extracomment>
        <translation>{ip} está en la Spamhaus PBL: un rango de usuario final que no debe enviar correo directamente</translation>
    </message>
    <message>
        <source>The Policy Block List is not a punishment: it marks address ranges (home, mobile, dynamic) whose owner says they should not deliver mail straight to the Internet. Mail from {ip} must go through your provider&apos;s or ESP&apos;s authenticated smarthost.</source>
        <extracomment>rule blocklist.spamhaus.pbl: summary</extracomment>
        <translation>La Policy Block List no es un castigo: marca rangos de direcciones (domésticas, móviles, dinámicas) cuyo propietario dice que no deben entregar correo directamente a Internet. El correo de {ip} debe pasar por el smarthost autenticado de su proveedor o ESP.</translation>
    </message>
    <message>
        <source>Immediate once mail goes through a smarthost; an ISP change of a PBL entry takes days.</source>
        <extracomment>rule blocklist.spamhaus.pbl: recovery</extracomment>
        <translation>Inmediato en cuanto el correo pasa por un smarthost; un cambio de una entrada PBL por parte del ISP tarda días.</translation>
    </message>
    <message>
        <source>Send through a smarthost (your ISP&apos;s or ESP&apos;s submission server, port 587 with SMTP AUTH) instead of delivering directly from {ip}.</source>
        <extracomment>rule blocklist.spamhaus.pbl: step (you)</extracomment>
        <translation>Envíe a través de un smarthost (el servidor de envío de su ISP o ESP, puerto 587 con SMTP AUTH) en lugar de entregar directamente desde {ip}.</translation>
    </message>
    <message>
        <source>If {ip} really is a static server address that should send mail, ask the ISP that owns it to change its PBL entry (code 127.0.0.10 is maintained by the ISP); for code 127.0.0.11 (maintained by Spamhaus) use the removal option on the lookup page.</source>
        <extracomment>rule blocklist.spamhaus.pbl: step (provider)</extracomment>
        <translation>Si {ip} es realmente una dirección de servidor estática que debe enviar correo, pida al ISP propietario que cambie su entrada PBL (el código 127.0.0.10 lo mantiene el ISP); para el código 127.0.0.11 (mantenido por Spamhaus) use la opción de baja de la página de consulta.</translation>
    </message>
    <message>
        <source>Do not remove a PBL entry for a dynamic or home address: mail from it will still be refused by many receivers for other reasons.</source>
        <extracomment>rule blocklist.spamhaus.pbl: what not to do</extracomment>
        <translation>No dé de baja una entrada PBL de una dirección dinámica o doméstica: muchos receptores seguirán rechazando su correo por otros motivos.</translation>
    </message>
    <message>
        <source>{ip} is on the Spamhaus SBL: a verified spam source or spam operation</source>
        <extracomment>rule blocklist.spamhaus.sbl: title</extracomment>
        <translation>{ip} está en la Spamhaus SBL: una fuente u operación de spam verificada</translation>
    </message>
    <message>
        <source>The Spamhaus Block List names addresses that Spamhaus staff verified as sending spam or hosting spam operations (code 127.0.0.9 adds DROP: the whole network is hijacked or criminal). This is the most serious listing and is reviewed by people.</source>
        <extracomment>rule blocklist.spamhaus.sbl: summary</extracomment>
        <translation>La Spamhaus Block List nombra direcciones que el personal de Spamhaus verificó que envían spam o alojan operaciones de spam (el código 127.0.0.9 añade DROP: toda la red está secuestrada o es delictiva). Es el listado más grave y lo revisan personas.</translation>
    </message>
    <message>
        <source>Days, after the network owner shows the problem is resolved.</source>
        <extracomment>rule blocklist.spamhaus.sbl: recovery</extracomment>
        <translation>Días, después de que el propietario de la red demuestre que el problema está resuelto.</translation>
    </message>
    <message>
        <source>Read the SBL record linked from the lookup page: it says what was seen and who must act.</source>
        <extracomment>rule blocklist.spamhaus.sbl: step (you)</extracomment>
        <translation>Lea el registro SBL enlazado desde la página de consulta: dice qué se vio y quién debe actuar.</translation>
    </message>
    <message>
        <source>SBL listings are usually addressed to the network owner (your hosting provider or ESP). Stop the traffic described in the record, then the owner asks Spamhaus for removal.</source>
        <extracomment>rule blocklist.spamhaus.sbl: step (provider)</extracomment>
        <translation>Los listados SBL suelen dirigirse al propietario de la red (su proveedor de alojamiento o ESP). Detenga el tráfico descrito en el registro y luego el propietario pide la baja a Spamhaus.</translation>
    </message>
    <message>
        <source>Do not send more mail from the address while listed: it prolongs the listing.</source>
        <extracomment>rule blocklist.spamhaus.sbl: what not to do</extracomment>
        <translation>No envíe más correo desde la dirección mientras esté listada: prolonga el listado.</translation>
    </message>
    <message>
        <source>{ip} is on the Spamhaus CSS: automated detection of low-reputation or snowshoe mail</source>
        <extracomment>rule blocklist.spamhaus.css: title</extracomment>
        <translation>{ip} está en la Spamhaus CSS: detección automática de correo de baja reputación o «snowshoe»</translation>
    </message>
    <message>
        <source>The CSS part of the SBL lists addresses that Spamhaus&apos;s automation saw sending low-reputation mail, typically bulk mail to unconfirmed lists or mail from badly configured servers (no or generic reverse DNS, HELO names that do not resolve).</source>
        <extracomment>rule blocklist.spamhaus.css: summary</extracomment>
        <translation>La parte CSS de la SBL lista direcciones que la automatización de Spamhaus vio enviando correo de baja reputación, típicamente correo masivo a listas no confirmadas o correo de servidores mal configurados (DNS inverso ausente o genérico, nombres HELO que no resuelven).</translation>
    </message>
    <message>
        <source>Automatic or on request, usually within days once the traffic stops.</source>
        <extracomment>rule blocklist.spamhaus.css: recovery</extracomment>
        <translation>Automática o a petición, normalmente en pocos días una vez que cesa el tráfico.</translation>
    </message>
    <message>
        <source>Check the sending server&apos;s reverse DNS, HELO name and list practices (confirmed opt-in, bounces removed).</source>
        <extracomment>rule blocklist.spamhaus.css: step (you)</extracomment>
        <translation>Revise el DNS inverso del servidor de envío, su nombre HELO y sus prácticas de listas (opt-in confirmado, rebotes eliminados).</translation>
    </message>
    <message>
        <source>After fixing the cause, request removal on the Spamhaus lookup page.</source>
        <extracomment>rule blocklist.spamhaus.css: step (you)</extracomment>
        <translation>Tras corregir la causa, solicite la baja en la página de consulta de Spamhaus.</translation>
    </message>
    <message>
        <source>The domain is on the Spamhaus DBL</source>
        <extracomment>rule blocklist.spamhaus.dbl: title</extracomment>
        <translation>El dominio está en la Spamhaus DBL</translation>
    </message>
    <message>
        <source>The Domain Block List names domains seen in spam, phishing or malware. Receivers reject or junk mail that mentions or comes from a listed domain, whatever the sending IP.</source>
        <extracomment>rule blocklist.spamhaus.dbl: summary</extracomment>
        <translation>La Domain Block List nombra dominios vistos en spam, phishing o malware. Los receptores rechazan o envían a correo no deseado los mensajes que mencionan un dominio listado o proceden de él, sea cual sea la IP de envío.</translation>
    </message>
    <message>
        <source>Hours to days after the request.</source>
        <extracomment>rule blocklist.spamhaus.dbl: recovery</extracomment>
        <translation>De horas a días tras la solicitud.</translation>
    </message>
    <message>
        <source>Find out why the domain was listed (compromised website, redirector abuse, lookalike phishing) and fix it.</source>
        <extracomment>rule blocklist.spamhaus.dbl: step (you)</extracomment>
        <translation>Averigüe por qué se listó el dominio (sitio web comprometido, abuso de redirector, phishing con dominio parecido) y corríjalo.</translation>
    </message>
    <message>
        <source>Request removal through the Spamhaus lookup page for the domain.</source>
        <extracomment>rule blocklist.spamhaus.dbl: step (you)</extracomment>
        <translation>Solicite la baja mediante la página de consulta de Spamhaus para el dominio.</translation>
    </message>
    <message>
        <source>Spamhaus lookup for {domain}</source>
        <extracomment>rule blocklist.spamhaus.dbl: link title</extracomment>
        <translation>Consulta en Spamhaus para {domain}</translation>
    </message>
    <message>
        <source>The receiver says {ip} is on a Spamhaus list</source>
        <extracomment>rule blocklist.spamhaus.named: title</extracomment>
        <translation>El receptor dice que {ip} está en una lista de Spamhaus</translation>
    </message>
    <message>
        <source>The bounce names Spamhaus. The live check could not confirm which Spamhaus list it is (or has not run), so the remedy depends on the listing: look it up on the Spamhaus page.</source>
        <extracomment>rule blocklist.spamhaus.named: summary</extracomment>
        <translation>El rebote nombra a Spamhaus. La comprobación en vivo no pudo confirmar de qué lista de Spamhaus se trata (o no se ejecutó), así que el remedio depende del listado: consúltelo en la página de Spamhaus.</translation>
    </message>
    <message>
        <source>Depends on the list: XBL and CSS often within a day of removal, SBL days.</source>
        <extracomment>rule blocklist.spamhaus.named: recovery</extracomment>
        <translation>Depende de la lista: XBL y CSS a menudo en un día tras la baja, SBL en días.</translation>
    </message>
    <message>
        <source>Look up {ip} on the Spamhaus page to see which list (SBL, CSS, XBL or PBL) and why.</source>
        <extracomment>rule blocklist.spamhaus.named: step (you)</extracomment>
        <translation>Consulte {ip} en la página de Spamhaus para ver qué lista (SBL, CSS, XBL o PBL) y por qué.</translation>
    </message>
    <message>
        <source>Fix the cause the listing describes before asking for removal.</source>
        <extracomment>rule blocklist.spamhaus.named: step (you)</extracomment>
        <translation>Corrija la causa que describe el listado antes de pedir la baja.</translation>
    </message>
    <message>
        <source>Rebound could not check {list_name} for {ip} ({list_status}): this rests on the bounce text alone, not on a live answer.</source>
        <extracomment>rule blocklist.spamhaus.named: note</extracomment>
        <translation>Rebound no pudo comprobar {list_name} para {ip} ({list_status}): esto se basa solo en el texto del rebote, no en una respuesta en vivo.</translation>
    </message>
    <message>
        <source>Some blocklists refused to answer through your resolver: not a listing</source>
        <extracomment>rule blocklist.query_refused: title</extracomment>
        <translation>Algunas listas de bloqueo se negaron a responder a través de su resolvedor: no es un listado</translation>
    </message>
    <message>
        <source>Lists such as Spamhaus refuse queries that arrive through public or shared resolvers (Google, Cloudflare, many ISPs) or over their free limit, and answer with a special code instead (Spamhaus 127.255.255.254 or .255). That is not a listing, but it means Rebound could not check those lists.</source>
        <extracomment>rule blocklist.query_refused: summary</extracomment>
        <translation>Listas como Spamhaus rechazan las consultas que llegan por resolvedores públicos o compartidos (Google, Cloudflare, muchos ISP) o por encima de su límite gratuito, y responden en su lugar con un código especial (Spamhaus 127.255.255.254 o .255). No es un listado, pero significa que Rebound no pudo comprobar esas listas.</translation>
    </message>
    <message>
        <source>Immediate after changing the resolver.</source>
        <extracomment>rule blocklist.query_refused: recovery</extracomment>
        <translation>Inmediato tras cambiar el resolvedor.</translation>
    </message>
    <message>
        <source>Spamhaus: using a public DNS resolver</source>
        <extracomment>rule blocklist.query_refused: link title</extracomment>
        <translation>Spamhaus: uso de un resolvedor DNS público</translation>
    </message>
    <message>
        <source>Spamhaus Data Query Service (free key)</source>
        <extracomment>rule blocklist.query_refused: link title</extracomment>
        <translation>Spamhaus Data Query Service (clave gratuita)</translation>
    </message>
    <message>
        <source>Do not read a refused list as clean, and do not ask for delisting because of a refusal code.</source>
        <extracomment>rule blocklist.query_refused: what not to do</extracomment>
        <translation>No interprete una lista que se negó a responder como limpia, ni pida la baja por un código de rechazo.</translation>
    </message>
    <message>
        <source>{ip} is on the Barracuda Reputation Block List</source>
        <extracomment>rule blocklist.barracuda: title</extracomment>
        <translation>{ip} está en la Barracuda Reputation Block List</translation>
    </message>
    <message>
        <source>Barracuda lists addresses that sent mail its customers&apos; appliances considered spam. Many companies behind Barracuda gateways reject mail from listed IPs.</source>
        <extracomment>rule blocklist.barracuda: summary</extracomment>
        <translation>Barracuda lista direcciones que enviaron correo que los dispositivos de sus clientes consideraron spam. Muchas empresas tras pasarelas Barracuda rechazan el correo de IP listadas.</translation>
    </message>
    <message>
        <source>About 12-48 hours after a request.</source>
        <extracomment>rule blocklist.barracuda: recovery</extracomment>
        <translation>Unas 12-48 horas después de una solicitud.</translation>
    </message>
    <message>
        <source>Fix the cause (compromised account, bad list, missing reverse DNS), then submit the removal request; Barracuda reviews it within about a day.</source>
        <extracomment>rule blocklist.barracuda: step (you)</extracomment>
        <translation>Corrija la causa (cuenta comprometida, lista de mala calidad, DNS inverso ausente) y luego envíe la solicitud de baja; Barracuda la revisa en aproximadamente un día.</translation>
    </message>
    <message>
        <source>Barracuda removal request</source>
        <extracomment>rule blocklist.barracuda: link title</extracomment>
        <translation>Solicitud de baja en Barracuda</translation>
    </message>
    <message>
        <source>Barracuda reputation lookup</source>
        <extracomment>rule blocklist.barracuda: link title</extracomment>
        <translation>Consulta de reputación en Barracuda</translation>
    </message>
    <message>
        <source>{ip} is on the SpamCop blocklist</source>
        <extracomment>rule blocklist.spamcop: title</extracomment>
        <translation>{ip} está en la lista de bloqueo de SpamCop</translation>
    </message>
    <message>
        <source>SpamCop lists addresses that its users reported as spam sources in the last day or so. The listing expires on its own once reports stop.</source>
        <extracomment>rule blocklist.spamcop: summary</extracomment>
        <translation>SpamCop lista direcciones que sus usuarios denunciaron como fuentes de spam aproximadamente en el último día. El listado caduca por sí solo cuando cesan las denuncias.</translation>
    </message>
    <message>
        <source>About 24 hours after reports stop.</source>
        <extracomment>rule blocklist.spamcop: recovery</extracomment>
        <translation>Unas 24 horas después de que cesen las denuncias.</translation>
    </message>
    <message>
        <source>Find what generated the reports (a compromised account, a form that sends mail, unconfirmed lists) and stop it.</source>
        <extracomment>rule blocklist.spamcop: step (you)</extracomment>
        <translation>Averigüe qué generó las denuncias (una cuenta comprometida, un formulario que envía correo, listas no confirmadas) y deténgalo.</translation>
    </message>
    <message>
        <source>Wait: SpamCop listings expire automatically about 24 hours after the last report.</source>
        <extracomment>rule blocklist.spamcop: step (you)</extracomment>
        <translation>Espere: los listados de SpamCop caducan automáticamente unas 24 horas después de la última denuncia.</translation>
    </message>
    <message>
        <source>SpamCop lookup</source>
        <extracomment>rule blocklist.spamcop: link title</extracomment>
        <translation>Consulta en SpamCop</translation>
    </message>
    <message>
        <source>There is no delisting form; repeated listings last longer.</source>
        <extracomment>rule blocklist.spamcop: what not to do</extracomment>
        <translation>No hay formulario de baja; los listados repetidos duran más.</translation>
    </message>
    <message>
        <source>{ip} is on UCEPROTECT level 1</source>
        <extracomment>rule blocklist.uceprotect.l1: title</extracomment>
        <translation>{ip} está en UCEPROTECT nivel 1</translation>
    </message>
    <message>
        <source>UCEPROTECT lists single addresses that hit its spam traps. Few large receivers use it, so its impact is usually small.</source>
        <extracomment>rule blocklist.uceprotect.l1: summary</extracomment>
        <translation>UCEPROTECT lista direcciones individuales que tocaron sus trampas de spam. Pocos receptores grandes la usan, así que su impacto suele ser pequeño.</translation>
    </message>
    <message>
        <source>About 7 days without new hits.</source>
        <extracomment>rule blocklist.uceprotect.l1: recovery</extracomment>
        <translation>Unos 7 días sin nuevos impactos.</translation>
    </message>
    <message>
        <source>Stop the traffic that hit the traps; level 1 expires automatically about 7 days after the last hit.</source>
        <extracomment>rule blocklist.uceprotect.l1: step (you)</extracomment>
        <translation>Detenga el tráfico que tocó las trampas; el nivel 1 caduca automáticamente unos 7 días después del último impacto.</translation>
    </message>
    <message>
        <source>UCEPROTECT lookup</source>
        <extracomment>rule blocklist.uceprotect.l1: link title</extracomment>
        <translation>Consulta en UCEPROTECT</translation>
    </message>
    <message>
        <source>Paying for express delisting is not needed; the listing expires on its own.</source>
        <extracomment>rule blocklist.uceprotect.l1: what not to do</extracomment>
        <translation>No hace falta pagar una baja exprés; el listado caduca por sí solo.</translation>
    </message>
    <message>
        <source>{ip} is caught in a UCEPROTECT level 2 or 3 range listing</source>
        <extracomment>rule blocklist.uceprotect.collateral: title</extracomment>
        <translation>{ip} está incluida en un listado de rango de UCEPROTECT de nivel 2 o 3</translation>
    </message>
    <message>
        <source>Levels 2 and 3 list whole allocations or whole networks (ASNs) because of other customers&apos; traffic. It is collateral damage, not about your own mail, and few receivers use these lists.</source>
        <extracomment>rule blocklist.uceprotect.collateral: summary</extracomment>
        <translation>Los niveles 2 y 3 listan asignaciones enteras o redes enteras (ASN) por el tráfico de otros clientes. Es un daño colateral, no tiene que ver con su propio correo, y pocos receptores usan estas listas.</translation>
    </message>
    <message>
        <source>Automatic when the network&apos;s other sources stop.</source>
        <extracomment>rule blocklist.uceprotect.collateral: recovery</extracomment>
        <translation>Automático cuando cesan las demás fuentes de la red.</translation>
    </message>
    <message>
        <source>Only your hosting provider can change this, by dealing with the other sources in its network. Tell the receiver that the listing is a network-wide one if a bounce names it.</source>
        <extracomment>rule blocklist.uceprotect.collateral: step (provider)</extracomment>
        <translation>Solo su proveedor de alojamiento puede cambiarlo, ocupándose de las demás fuentes de su red. Si un rebote lo nombra, indique al receptor que el listado afecta a toda la red.</translation>
    </message>
    <message>
        <source>Do not pay for a whitelisting service to get around a range listing.</source>
        <extracomment>rule blocklist.uceprotect.collateral: what not to do</extracomment>
        <translation>No pague un servicio de lista blanca para sortear un listado de rango.</translation>
    </message>
    <message>
        <source>Some of the checked addresses are on blocklists</source>
        <extracomment>rule blocklist.range_listed: title</extracomment>
        <translation>Algunas de las direcciones comprobadas están en listas de bloqueo</translation>
    </message>
    <message>
        <source>Among the addresses checked, the ones named in the evidence are listed. Each list has its own meaning and removal process: the Blocklists table shows them per address, with lookup and removal pages.</source>
        <extracomment>rule blocklist.range_listed: summary</extracomment>
        <translation>Entre las direcciones comprobadas, están listadas las que aparecen en la evidencia. Cada lista tiene su propio significado y proceso de baja: la tabla de listas de bloqueo los muestra por dirección, con páginas de consulta y de baja.</translation>
    </message>
    <message>
        <source>Depends on the list: from an hour (Spamhaus, after removal) to automatic expiry within days (SpamCop, Barracuda, UCEPROTECT).</source>
        <extracomment>rule blocklist.range_listed: recovery</extracomment>
        <translation>Depende de la lista: desde una hora (Spamhaus, tras la baja) hasta la caducidad automática en días (SpamCop, Barracuda, UCEPROTECT).</translation>
    </message>
    <message>
        <source>Open the Blocklists table, show only problems, and work through the listed addresses: the most severe lists (Spamhaus, Barracuda, SpamCop) first.</source>
        <extracomment>rule blocklist.range_listed: step (you)</extracomment>
        <translation>Abra la tabla de listas de bloqueo, muestre solo los problemas y recorra las direcciones listadas: primero las listas más graves (Spamhaus, Barracuda, SpamCop).</translation>
    </message>
    <message>
        <source>For each listed address, find why it was listed (the list&apos;s meaning and TXT reason): an infected host, an end-user range, spam sent from it, or a neighbour&apos;s behaviour.</source>
        <extracomment>rule blocklist.range_listed: step (you)</extracomment>
        <translation>Para cada dirección listada, averigüe por qué se listó (el significado de la lista y el motivo TXT): un host infectado, un rango de usuario final, spam enviado desde ella o el comportamiento de un vecino.</translation>
    </message>
    <message>
        <source>If the range belongs to your hosting provider or ESP, send them the report: they own the delisting for shared and end-user ranges.</source>
        <extracomment>rule blocklist.range_listed: step (provider)</extracomment>
        <translation>Si el rango pertenece a su proveedor de alojamiento o ESP, envíeles el informe: la baja de los rangos compartidos y de usuario final les corresponde a ellos.</translation>
    </message>
    <message>
        <source>Request removal on each list&apos;s page only after the cause is fixed.</source>
        <extracomment>rule blocklist.range_listed: step (you)</extracomment>
        <translation>Solicite la baja en la página de cada lista solo después de corregir la causa.</translation>
    </message>
    <message>
        <source>Asking for delisting before the cause is fixed gets the address listed again, often for longer.</source>
        <extracomment>rule blocklist.range_listed: what not to do</extracomment>
        <translation>Pedir la baja antes de corregir la causa hace que la dirección vuelva a listarse, a menudo por más tiempo.</translation>
    </message>
    <message>
        <source>Do not rotate mail to other addresses of the same range to escape a listing: lists notice and escalate to the whole range.</source>
        <extracomment>rule blocklist.range_listed: what not to do</extracomment>
        <translation>No reparta el correo entre otras direcciones del mismo rango para escapar de un listado: las listas lo notan y amplían el listado a todo el rango.</translation>
    </message>
    <message>
        <source>{ip} is listed on {list_name}</source>
        <extracomment>rule blocklist.listed.other: title</extracomment>
        <translation>{ip} está listada en {list_name}</translation>
    </message>
    <message>
        <source>A blocklist lists the address. How much this matters depends on which receivers use that list; the blocklist table shows its typical impact and how it delists.</source>
        <extracomment>rule blocklist.listed.other: summary</extracomment>
        <translation>Una lista de bloqueo incluye la dirección. Cuánto importa depende de qué receptores usen esa lista; la tabla de listas de bloqueo muestra su impacto típico y cómo se tramita la baja.</translation>
    </message>
    <message>
        <source>Varies by list; see the blocklist table.</source>
        <extracomment>rule blocklist.listed.other: recovery</extracomment>
        <translation>Varía según la lista; consulte la tabla de listas de bloqueo.</translation>
    </message>
    <message>
        <source>Open the list&apos;s lookup page to see why it lists the address, fix that, then follow its delisting process.</source>
        <extracomment>rule blocklist.listed.other: step (you)</extracomment>
        <translation>Abra la página de consulta de la lista para ver por qué incluye la dirección, corríjalo y siga su proceso de baja.</translation>
    </message>
    <message>
        <source>Lookup on {list_name}</source>
        <extracomment>rule blocklist.listed.other: link title</extracomment>
        <translation>Consulta en {list_name}</translation>
    </message>
    <message>
        <source>Removal on {list_name}</source>
        <extracomment>rule blocklist.listed.other: link title</extracomment>
        <translation>Baja en {list_name}</translation>
    </message>
    <message>
        <source>The bounce blames {named_list}, but that list does not list the address now</source>
        <extracomment>rule blocklist.already_delisted: title</extracomment>
        <translation>El rebote culpa a {named_list}, pero esa lista no incluye la dirección ahora</translation>
    </message>
    <message>
        <source>When the bounce was written, the receiver saw the address on {named_list}. The live check now says it is not listed, so it was probably delisted since, or the receiver used cached data.</source>
        <extracomment>rule blocklist.already_delisted: summary</extracomment>
        <translation>Cuando se escribió el rebote, el receptor veía la dirección en {named_list}. La comprobación en vivo dice ahora que no está listada, así que probablemente se dio de baja desde entonces, o el receptor usó datos en caché.</translation>
    </message>
    <message>
        <source>Receivers&apos; caches usually clear within hours.</source>
        <extracomment>rule blocklist.already_delisted: recovery</extracomment>
        <translation>Las cachés de los receptores suelen vaciarse en unas horas.</translation>
    </message>
    <message>
        <source>The live check disagrees with the bounce for this list.</source>
        <extracomment>rule blocklist.already_delisted: what speaks against</extracomment>
        <translation>La comprobación en vivo contradice el rebote para esta lista.</translation>
    </message>
    <message>
        <source>Retry the delivery; if it is rejected again with the same text, the receiver&apos;s data is stale: contact the recipient&apos;s postmaster with this report.</source>
        <extracomment>rule blocklist.already_delisted: step (you)</extracomment>
        <translation>Reintente la entrega; si se rechaza de nuevo con el mismo texto, los datos del receptor están desactualizados: contacte con el postmaster del destinatario con este informe.</translation>
    </message>
    <message>
        <source>Do not request removal from a list that no longer lists the address: there is nothing to remove, and some lists treat repeated requests as abuse.</source>
        <extracomment>rule blocklist.already_delisted: what not to do</extracomment>
        <translation>No pida la baja a una lista que ya no incluye la dirección: no hay nada que retirar, y algunas listas tratan las solicitudes repetidas como abuso.</translation>
    </message>
    <message>
        <source>The bounce names a blocklist that no longer exists</source>
        <extracomment>rule blocklist.defunct: title</extracomment>
        <translation>El rebote nombra una lista de bloqueo que ya no existe</translation>
    </message>
    <message>
        <source>The list named in the bounce has been shut down (SORBS in 2024, NiX Spam in 2025, WPBL, NJABL, AHBL...). A receiver that still queries it has a stale configuration; a dead list that answers everything can reject all mail.</source>
        <extracomment>rule blocklist.defunct: summary</extracomment>
        <translation>La lista nombrada en el rebote ha cerrado (SORBS en 2024, NiX Spam en 2025, WPBL, NJABL, AHBL...). Un receptor que aún la consulta tiene una configuración obsoleta; una lista muerta que responde a todo puede rechazar todo el correo.</translation>
    </message>
    <message>
        <source>As soon as the receiver changes its configuration.</source>
        <extracomment>rule blocklist.defunct: recovery</extracomment>
        <translation>En cuanto el receptor cambie su configuración.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mail administrator should remove the defunct list from their configuration.</source>
        <extracomment>rule blocklist.defunct: step (recipient)</extracomment>
        <translation>El administrador de correo del destinatario debería quitar la lista desaparecida de su configuración.</translation>
    </message>
    <message>
        <source>Send the recipient&apos;s postmaster this report, which shows the list is no longer operated.</source>
        <extracomment>rule blocklist.defunct: step (you)</extracomment>
        <translation>Envíe al postmaster del destinatario este informe, que muestra que la lista ya no funciona.</translation>
    </message>
    <message>
        <source>Do not look for a delisting form: there is nobody left to process it.</source>
        <extracomment>rule blocklist.defunct: what not to do</extracomment>
        <translation>No busque un formulario de baja: ya no queda nadie para procesarlo.</translation>
    </message>
    <message>
        <source>Microsoft (Outlook.com / Office 365) blocks {ip} on its own list</source>
        <extracomment>rule provider.microsoft.block: title</extracomment>
        <translation>Microsoft (Outlook.com / Office 365) bloquea {ip} en su propia lista</translation>
    </message>
    <message>
        <source>Codes such as S3150, S3140, 5.7.606-5.7.649 or AS(...) mean Microsoft&apos;s internal reputation system blocked the address. Public blocklists are not involved; only Microsoft can lift it.</source>
        <extracomment>rule provider.microsoft.block: summary</extracomment>
        <translation>Códigos como S3150, S3140, 5.7.606-5.7.649 o AS(...) significan que el sistema interno de reputación de Microsoft bloqueó la dirección. No intervienen listas de bloqueo públicas; solo Microsoft puede levantarlo.</translation>
    </message>
    <message>
        <source>Often 24-48 hours after a successful delisting request; reputation may keep some mail in Junk for longer.</source>
        <extracomment>rule provider.microsoft.block: recovery</extracomment>
        <translation>A menudo 24-48 horas tras una solicitud de baja aceptada; la reputación puede mantener parte del correo en no deseado durante más tiempo.</translation>
    </message>
    <message>
        <source>Check the address in SNDS and sign up for JMRP complaint feedback, to see what Microsoft saw.</source>
        <extracomment>rule provider.microsoft.block: step (you)</extracomment>
        <translation>Compruebe la dirección en SNDS y suscríbase al programa de quejas JMRP para ver lo que vio Microsoft.</translation>
    </message>
    <message>
        <source>Microsoft SNDS (IP data) and JMRP (complaints)</source>
        <extracomment>rule provider.microsoft.block: link title</extracomment>
        <translation>Microsoft SNDS (datos de IP) y JMRP (quejas)</translation>
    </message>
    <message>
        <source>Submit the delisting form for {ip}; Microsoft answers by email, usually within a day.</source>
        <extracomment>rule provider.microsoft.block: step (you)</extracomment>
        <translation>Envíe el formulario de baja para {ip}; Microsoft responde por correo, normalmente en un día.</translation>
    </message>
    <message>
        <source>Microsoft delisting form</source>
        <extracomment>rule provider.microsoft.block: link title</extracomment>
        <translation>Formulario de baja de Microsoft</translation>
    </message>
    <message>
        <source>If the form is refused, open a ticket with Microsoft&apos;s sender support and include this report.</source>
        <extracomment>rule provider.microsoft.block: step (you)</extracomment>
        <translation>Si rechazan el formulario, abra un ticket con el soporte a remitentes de Microsoft e incluya este informe.</translation>
    </message>
    <message>
        <source>Do not rotate to new IPs to avoid the block: Microsoft blocks the new ones quickly and the reputation problem remains.</source>
        <extracomment>rule provider.microsoft.block: what not to do</extracomment>
        <translation>No cambie a IP nuevas para evitar el bloqueo: Microsoft bloquea rápidamente las nuevas y el problema de reputación sigue ahí.</translation>
    </message>
    <message>
        <source>Gmail rejects the mail as unauthenticated (5.7.26)</source>
        <extracomment>rule provider.gmail.unauthenticated: title</extracomment>
        <translation>Gmail rechaza el correo por no autenticado (5.7.26)</translation>
    </message>
    <message>
        <source>Gmail requires SPF or DKIM to pass, and for bulk senders both plus DMARC alignment. 5.7.26 means the message failed authentication (often DMARC: neither SPF nor DKIM passed for the From domain).</source>
        <extracomment>rule provider.gmail.unauthenticated: summary</extracomment>
        <translation>Gmail exige que SPF o DKIM se superen, y para los remitentes masivos ambos más la alineación DMARC. 5.7.26 significa que el mensaje no superó la autenticación (a menudo DMARC: ni SPF ni DKIM se superaron para el dominio From).</translation>
    </message>
    <message>
        <source>Immediate once authentication passes.</source>
        <extracomment>rule provider.gmail.unauthenticated: recovery</extracomment>
        <translation>Inmediato en cuanto se supera la autenticación.</translation>
    </message>
    <message>
        <source>Publish a DMARC record and make sure SPF or DKIM aligns with the From domain.</source>
        <extracomment>rule provider.gmail.unauthenticated: step (you)</extracomment>
        <translation>Publique un registro DMARC y asegúrese de que SPF o DKIM estén alineados con el dominio From.</translation>
    </message>
    <message>
        <source>Gmail sender guidelines</source>
        <extracomment>rule provider.gmail.unauthenticated: link title</extracomment>
        <translation>Directrices de Gmail para remitentes</translation>
    </message>
    <message>
        <source>Do not weaken DMARC to p=none just to get mail through: fix the alignment.</source>
        <extracomment>rule provider.gmail.unauthenticated: what not to do</extracomment>
        <translation>No rebaje DMARC a p=none solo para que pase el correo: corrija la alineación.</translation>
    </message>
    <message>
        <source>Google Postmaster Tools (domain reputation, spam rate)</source>
        <extracomment>rule provider.gmail.unauthenticated: link title</extracomment>
        <translation>Google Postmaster Tools (reputación del dominio, tasa de spam)</translation>
    </message>
    <message>
        <source>Gmail requires reverse DNS that forward-confirms (5.7.25)</source>
        <extracomment>rule provider.gmail.reverse_dns: title</extracomment>
        <translation>Gmail exige un DNS inverso confirmado en ambos sentidos (5.7.25)</translation>
    </message>
    <message>
        <source>Gmail refuses mail from addresses without a PTR record whose name resolves back to the same address.</source>
        <extracomment>rule provider.gmail.reverse_dns: summary</extracomment>
        <translation>Gmail rechaza el correo de direcciones sin un registro PTR cuyo nombre resuelva de vuelta a la misma dirección.</translation>
    </message>
    <message>
        <source>As soon as the PTR is published (its TTL).</source>
        <extracomment>rule provider.gmail.reverse_dns: recovery</extracomment>
        <translation>En cuanto se publique el PTR (su TTL).</translation>
    </message>
    <message>
        <source>Ask whoever owns {ip} (your hosting provider) to set a PTR record to your mail server&apos;s name.</source>
        <extracomment>rule provider.gmail.reverse_dns: step (provider)</extracomment>
        <translation>Pida a quien posea {ip} (su proveedor de alojamiento) que configure un registro PTR con el nombre de su servidor de correo.</translation>
    </message>
    <message>
        <source>Make that name resolve (A/AAAA) back to {ip}, and use it as the HELO name.</source>
        <extracomment>rule provider.gmail.reverse_dns: step (you)</extracomment>
        <translation>Haga que ese nombre resuelva (A/AAAA) de vuelta a {ip}, y úselo como nombre HELO.</translation>
    </message>
    <message>
        <source>Do not point the PTR at a name that does not resolve back to the same address: Gmail checks the forward lookup too.</source>
        <extracomment>rule provider.gmail.reverse_dns: what not to do</extracomment>
        <translation>No haga que el PTR apunte a un nombre que no resuelva de vuelta a la misma dirección: Gmail comprueba también la resolución directa.</translation>
    </message>
    <message>
        <source>Gmail rejects or defers the mail for reputation (unsolicited mail)</source>
        <extracomment>rule provider.gmail.reputation: title</extracomment>
        <translation>Gmail rechaza o aplaza el correo por reputación (correo no solicitado)</translation>
    </message>
    <message>
        <source>Gmail&apos;s 4.7.28 / 5.7.1 &apos;unsolicited mail&apos; or &apos;low reputation&apos; replies are about the reputation of the sending domain and IP as Gmail measures it (complaints, spam traps, authentication). Public blocklists are not involved.</source>
        <extracomment>rule provider.gmail.reputation: summary</extracomment>
        <translation>Las respuestas 4.7.28 / 5.7.1 «unsolicited mail» o «low reputation» de Gmail tratan de la reputación del dominio y la IP de envío tal como la mide Gmail (quejas, trampas de spam, autenticación). No intervienen listas de bloqueo públicas.</translation>
    </message>
    <message>
        <source>Reputation recovers over weeks of clean sending.</source>
        <extracomment>rule provider.gmail.reputation: recovery</extracomment>
        <translation>La reputación se recupera tras semanas de envíos limpios.</translation>
    </message>
    <message>
        <source>Look at the domain and IP reputation and the spam rate in Google Postmaster Tools.</source>
        <extracomment>rule provider.gmail.reputation: step (you)</extracomment>
        <translation>Revise la reputación del dominio y de la IP y la tasa de spam en Google Postmaster Tools.</translation>
    </message>
    <message>
        <source>Reduce complaints: send only to people who asked, honour unsubscribes at once, remove inactive addresses, and ramp up volume slowly.</source>
        <extracomment>rule provider.gmail.reputation: step (you)</extracomment>
        <translation>Reduzca las quejas: envíe solo a quien lo pidió, atienda las bajas de inmediato, elimine las direcciones inactivas y aumente el volumen poco a poco.</translation>
    </message>
    <message>
        <source>Do not retry aggressively: deferred mail counts against you.</source>
        <extracomment>rule provider.gmail.reputation: what not to do</extracomment>
        <translation>No reintente de forma agresiva: el correo aplazado cuenta en su contra.</translation>
    </message>
    <message>
        <source>Yahoo/AOL defers the mail: volume or complaints (TSS04)</source>
        <extracomment>rule provider.yahoo.deferred: title</extracomment>
        <translation>Yahoo/AOL aplaza el correo: volumen o quejas (TSS04)</translation>
    </message>
    <message>
        <source>TSS04 means Yahoo saw unexpected volume or user complaints from the sender and defers the mail. It is Yahoo&apos;s own reputation system, not a public blocklist.</source>
        <extracomment>rule provider.yahoo.deferred: summary</extracomment>
        <translation>TSS04 significa que Yahoo vio un volumen inesperado o quejas de usuarios sobre el remitente y aplaza el correo. Es el sistema de reputación propio de Yahoo, no una lista de bloqueo pública.</translation>
    </message>
    <message>
        <source>Hours to days once volume and complaints drop.</source>
        <extracomment>rule provider.yahoo.deferred: recovery</extracomment>
        <translation>De horas a días, una vez que bajen el volumen y las quejas.</translation>
    </message>
    <message>
        <source>Register with the Yahoo Sender Hub and its complaint feedback loop, and lower the sending rate.</source>
        <extracomment>rule provider.yahoo.deferred: step (you)</extracomment>
        <translation>Regístrese en el Yahoo Sender Hub y en su bucle de retroalimentación de quejas, y reduzca la velocidad de envío.</translation>
    </message>
    <message>
        <source>Yahoo Sender Hub</source>
        <extracomment>rule provider.yahoo.deferred: link title</extracomment>
        <translation>Yahoo Sender Hub</translation>
    </message>
    <message>
        <source>Remove recipients who complain or never engage; make sure SPF, DKIM and DMARC pass.</source>
        <extracomment>rule provider.yahoo.deferred: step (you)</extracomment>
        <translation>Elimine a los destinatarios que se quejan o nunca interactúan; asegúrese de que SPF, DKIM y DMARC se superan.</translation>
    </message>
    <message>
        <source>Do not raise the retry rate: it extends the deferral.</source>
        <extracomment>rule provider.yahoo.deferred: what not to do</extracomment>
        <translation>No aumente la frecuencia de reintentos: alarga el aplazamiento.</translation>
    </message>
    <message>
        <source>Yahoo/AOL rejects {ip} because it is on a Spamhaus list (BL21)</source>
        <extracomment>rule provider.yahoo.spamhaus: title</extracomment>
        <translation>Yahoo/AOL rechaza {ip} porque está en una lista de Spamhaus (BL21)</translation>
    </message>
    <message>
        <source>Yahoo&apos;s BL21 and similar codes mean the connecting address is on a Spamhaus list; fix the listing and Yahoo accepts the mail again.</source>
        <extracomment>rule provider.yahoo.spamhaus: summary</extracomment>
        <translation>El código BL21 de Yahoo y otros similares significan que la dirección que se conecta está en una lista de Spamhaus; corrija el listado y Yahoo volverá a aceptar el correo.</translation>
    </message>
    <message>
        <source>After the Spamhaus listing is removed.</source>
        <extracomment>rule provider.yahoo.spamhaus: recovery</extracomment>
        <translation>Después de que se retire el listado de Spamhaus.</translation>
    </message>
    <message>
        <source>Look up {ip} on Spamhaus and fix the cause of the listing.</source>
        <extracomment>rule provider.yahoo.spamhaus: step (you)</extracomment>
        <translation>Consulte {ip} en Spamhaus y corrija la causa del listado.</translation>
    </message>
    <message>
        <source>Proofpoint blocks {ip} on its reputation list</source>
        <extracomment>rule provider.proofpoint.block: title</extracomment>
        <translation>Proofpoint bloquea {ip} en su lista de reputación</translation>
    </message>
    <message>
        <source>Proofpoint-protected receivers reject mail from addresses with poor reputation in Proofpoint&apos;s own data.</source>
        <extracomment>rule provider.proofpoint.block: summary</extracomment>
        <translation>Los receptores protegidos por Proofpoint rechazan el correo de direcciones con mala reputación en los datos propios de Proofpoint.</translation>
    </message>
    <message>
        <source>Usually 24-48 hours after the request.</source>
        <extracomment>rule provider.proofpoint.block: recovery</extracomment>
        <translation>Normalmente 24-48 horas tras la solicitud.</translation>
    </message>
    <message>
        <source>Check the address on Proofpoint&apos;s IP check page and submit the removal request there.</source>
        <extracomment>rule provider.proofpoint.block: step (you)</extracomment>
        <translation>Compruebe la dirección en la página de comprobación de IP de Proofpoint y envíe allí la solicitud de baja.</translation>
    </message>
    <message>
        <source>Proofpoint IP reputation check</source>
        <extracomment>rule provider.proofpoint.block: link title</extracomment>
        <translation>Comprobación de reputación de IP de Proofpoint</translation>
    </message>
    <message>
        <source>Mimecast rejected the mail by policy or reputation</source>
        <extracomment>rule provider.mimecast.block: title</extracomment>
        <translation>Mimecast rechazó el correo por política o reputación</translation>
    </message>
    <message>
        <source>Mimecast replies name the policy that rejected the mail (a blocked-senders policy set by the recipient&apos;s admin, or Mimecast&apos;s reputation or spam checks).</source>
        <extracomment>rule provider.mimecast.block: summary</extracomment>
        <translation>Las respuestas de Mimecast nombran la política que rechazó el correo (una política de remitentes bloqueados definida por el administrador del destinatario, o las comprobaciones de reputación o spam de Mimecast).</translation>
    </message>
    <message>
        <source>As soon as the recipient&apos;s admin changes the policy.</source>
        <extracomment>rule provider.mimecast.block: recovery</extracomment>
        <translation>En cuanto el administrador del destinatario cambie la política.</translation>
    </message>
    <message>
        <source>If the reply mentions a Blocked Senders or policy rule, only the recipient&apos;s administrator can change it: contact them through another channel.</source>
        <extracomment>rule provider.mimecast.block: step (recipient)</extracomment>
        <translation>Si la respuesta menciona una regla de Blocked Senders o de política, solo el administrador del destinatario puede cambiarla: contacte con él por otro canal.</translation>
    </message>
    <message>
        <source>If it mentions reputation or spam, fix authentication and list practices, then ask the recipient to add a permitted-sender policy.</source>
        <extracomment>rule provider.mimecast.block: step (you)</extracomment>
        <translation>Si menciona reputación o spam, corrija la autenticación y las prácticas de listas, y luego pida al destinatario que añada una política de remitente permitido.</translation>
    </message>
    <message>
        <source>Do not resend the same message repeatedly while the block lasts: it adds to the sender&apos;s bad reputation at Mimecast.</source>
        <extracomment>rule provider.mimecast.block: what not to do</extracomment>
        <translation>No reenvíe el mismo mensaje una y otra vez mientras dure el bloqueo: empeora la mala reputación del remitente en Mimecast.</translation>
    </message>
    <message>
        <source>Comcast rejected {ip} (Comcast reputation)</source>
        <extracomment>rule provider.comcast.block: title</extracomment>
        <translation>Comcast rechazó {ip} (reputación de Comcast)</translation>
    </message>
    <message>
        <source>Comcast&apos;s BL/RL codes mean its own reputation systems refused the address.</source>
        <extracomment>rule provider.comcast.block: summary</extracomment>
        <translation>Los códigos BL/RL de Comcast significan que sus propios sistemas de reputación rechazaron la dirección.</translation>
    </message>
    <message>
        <source>Days after the review.</source>
        <extracomment>rule provider.comcast.block: recovery</extracomment>
        <translation>Días después de la revisión.</translation>
    </message>
    <message>
        <source>Follow the Comcast postmaster instructions for the code in the bounce and request a review.</source>
        <extracomment>rule provider.comcast.block: step (you)</extracomment>
        <translation>Siga las instrucciones del postmaster de Comcast para el código del rebote y solicite una revisión.</translation>
    </message>
    <message>
        <source>Comcast postmaster</source>
        <extracomment>rule provider.comcast.block: link title</extracomment>
        <translation>Postmaster de Comcast</translation>
    </message>
    <message>
        <source>Do not keep retrying from the blocked address at full volume; pause or reduce the rate until Comcast answers.</source>
        <extracomment>rule provider.comcast.block: what not to do</extracomment>
        <translation>No siga reintentando desde la dirección bloqueada a pleno volumen; pause o reduzca la velocidad hasta que Comcast responda.</translation>
    </message>
    <message>
        <source>iCloud Mail rejected the mail by local policy</source>
        <extracomment>rule provider.apple.block: title</extracomment>
        <translation>iCloud Mail rechazó el correo por política local</translation>
    </message>
    <message>
        <source>Apple&apos;s iCloud Mail rejects mail by its own policy (codes such as CS01 or HM08), often for reputation or authentication reasons.</source>
        <extracomment>rule provider.apple.block: summary</extracomment>
        <translation>iCloud Mail de Apple rechaza correo según su propia política (códigos como CS01 o HM08), a menudo por motivos de reputación o autenticación.</translation>
    </message>
    <message>
        <source>Varies.</source>
        <extracomment>rule provider.apple.block: recovery</extracomment>
        <translation>Variable.</translation>
    </message>
    <message>
        <source>Make sure SPF, DKIM and DMARC pass and reverse DNS is set; then contact Apple&apos;s iCloud postmaster with this report if it continues.</source>
        <extracomment>rule provider.apple.block: step (you)</extracomment>
        <translation>Asegúrese de que SPF, DKIM y DMARC se superan y de que el DNS inverso está configurado; si continúa, contacte con el postmaster de iCloud de Apple con este informe.</translation>
    </message>
    <message>
        <source>Do not switch to another sending address to get around the block: Apple&apos;s filters follow the domain as well as the IP.</source>
        <extracomment>rule provider.apple.block: what not to do</extracomment>
        <translation>No cambie a otra dirección de envío para sortear el bloqueo: los filtros de Apple siguen tanto al dominio como a la IP.</translation>
    </message>
    <message>
        <source>Relay access denied: the server will not relay for you</source>
        <extracomment>rule relay.denied: title</extracomment>
        <translation>Relay access denied: el servidor no retransmite para usted</translation>
    </message>
    <message>
        <source>This is not about reputation at all. The server you gave the mail to does not accept mail for that recipient&apos;s domain from you: either you did not authenticate, or the relay is not configured for your domain, or the MX records point at the wrong server.</source>
        <extracomment>rule relay.denied: summary</extracomment>
        <translation>Esto no tiene nada que ver con la reputación. El servidor al que entregó el correo no acepta de usted correo para el dominio de ese destinatario: o no se autenticó, o el relay no está configurado para su dominio, o los registros MX apuntan al servidor equivocado.</translation>
    </message>
    <message>
        <source>Immediate once authentication or relay configuration is fixed.</source>
        <extracomment>rule relay.denied: recovery</extracomment>
        <translation>Inmediato en cuanto se corrija la autenticación o la configuración del relay.</translation>
    </message>
    <message>
        <source>Configure your mail client or application to authenticate (SMTP AUTH on port 587 with STARTTLS) before sending.</source>
        <extracomment>rule relay.denied: step (you)</extracomment>
        <translation>Configure su cliente de correo o su aplicación para que se autentique (SMTP AUTH en el puerto 587 con STARTTLS) antes de enviar.</translation>
    </message>
    <message>
        <source>If this is your own server, add the recipient domain to its relay or accepted domains, or fix the MX records so mail goes to the right server.</source>
        <extracomment>rule relay.denied: step (provider)</extracomment>
        <translation>Si es su propio servidor, añada el dominio del destinatario a sus dominios de relay o aceptados, o corrija los registros MX para que el correo vaya al servidor correcto.</translation>
    </message>
    <message>
        <source>Do not ask for delisting: no blocklist is involved.</source>
        <extracomment>rule relay.denied: what not to do</extracomment>
        <translation>No pida la baja: no interviene ninguna lista de bloqueo.</translation>
    </message>
    <message>
        <source>Reverse DNS for {ip} is missing, generic or does not forward-confirm</source>
        <extracomment>rule rdns.problem: title</extracomment>
        <translation>El DNS inverso de {ip} falta, es genérico o no está confirmado en ambos sentidos</translation>
    </message>
    <message>
        <source>Many receivers (Gmail, Microsoft, most corporate filters) refuse or penalise mail from addresses without a PTR record whose name resolves back to the same address, or with a generic name that looks like a home or dynamic address.</source>
        <extracomment>rule rdns.problem: summary</extracomment>
        <translation>Muchos receptores (Gmail, Microsoft, la mayoría de los filtros corporativos) rechazan o penalizan el correo de direcciones sin un registro PTR cuyo nombre resuelva de vuelta a la misma dirección, o con un nombre genérico que parece una dirección doméstica o dinámica.</translation>
    </message>
    <message>
        <source>As soon as the PTR record is published.</source>
        <extracomment>rule rdns.problem: recovery</extracomment>
        <translation>En cuanto se publique el registro PTR.</translation>
    </message>
    <message>
        <source>Ask the owner of {ip} to set a PTR record naming your mail server.</source>
        <extracomment>rule rdns.problem: step (provider)</extracomment>
        <translation>Pida al propietario de {ip} que configure un registro PTR con el nombre de su servidor de correo.</translation>
    </message>
    <message>
        <source>Make that name resolve back to {ip} and use it as the server&apos;s HELO name.</source>
        <extracomment>rule rdns.problem: step (you)</extracomment>
        <translation>Haga que ese nombre resuelva de vuelta a {ip} y úselo como nombre HELO del servidor.</translation>
    </message>
    <message>
        <source>Do not use a generic ISP-style name (with the address&apos;s digits in it) as the PTR of a mail server: many filters treat it as a home connection.</source>
        <extracomment>rule rdns.problem: what not to do</extracomment>
        <translation>No use un nombre genérico de ISP (con los dígitos de la dirección) como PTR de un servidor de correo: muchos filtros lo tratan como una conexión doméstica.</translation>
    </message>
    <message>
        <source>The recipient address does not exist</source>
        <extracomment>rule recipient.unknown: title</extracomment>
        <translation>La dirección del destinatario no existe</translation>
    </message>
    <message>
        <source>The receiving server says the mailbox is unknown. This is list hygiene, not reputation: the address is mistyped, was deleted, or never existed.</source>
        <extracomment>rule recipient.unknown: summary</extracomment>
        <translation>El servidor receptor dice que el buzón es desconocido. Es higiene de listas, no reputación: la dirección está mal escrita, se eliminó o nunca existió.</translation>
    </message>
    <message>
        <source>Not applicable.</source>
        <extracomment>rule recipient.unknown: recovery</extracomment>
        <translation>No aplica.</translation>
    </message>
    <message>
        <source>Remove the address from your lists, or correct a typo; do not retry it.</source>
        <extracomment>rule recipient.unknown: step (you)</extracomment>
        <translation>Elimine la dirección de sus listas o corrija la errata; no la reintente.</translation>
    </message>
    <message>
        <source>Repeatedly sending to unknown addresses harms your reputation with that receiver.</source>
        <extracomment>rule recipient.unknown: what not to do</extracomment>
        <translation>Enviar repetidamente a direcciones desconocidas perjudica su reputación ante ese receptor.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is full</source>
        <extracomment>rule recipient.mailbox_full: title</extracomment>
        <translation>El buzón del destinatario está lleno</translation>
    </message>
    <message>
        <source>The mailbox exists but is over its quota. This is about the recipient, not you.</source>
        <extracomment>rule recipient.mailbox_full: summary</extracomment>
        <translation>El buzón existe pero supera su cuota. Esto afecta al destinatario, no a usted.</translation>
    </message>
    <message>
        <source>When the recipient frees space.</source>
        <extracomment>rule recipient.mailbox_full: recovery</extracomment>
        <translation>Cuando el destinatario libere espacio.</translation>
    </message>
    <message>
        <source>Retry later or reach the recipient another way; if it keeps bouncing for weeks, treat the address as abandoned and remove it.</source>
        <extracomment>rule recipient.mailbox_full: step (you)</extracomment>
        <translation>Reintente más tarde o contacte al destinatario de otro modo; si sigue rebotando durante semanas, trate la dirección como abandonada y elimínela.</translation>
    </message>
    <message>
        <source>Do not treat a full mailbox as a reputation problem; and do not keep sending to an address that stays full for weeks: it has likely been abandoned.</source>
        <extracomment>rule recipient.mailbox_full: what not to do</extracomment>
        <translation>No trate un buzón lleno como un problema de reputación; y no siga enviando a una dirección que sigue llena durante semanas: probablemente esté abandonada.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is disabled or suspended</source>
        <extracomment>rule recipient.suspended: title</extracomment>
        <translation>El buzón del destinatario está desactivado o suspendido</translation>
    </message>
    <message>
        <source>The address exists but no longer receives mail (disabled, suspended or moved).</source>
        <extracomment>rule recipient.suspended: summary</extracomment>
        <translation>La dirección existe pero ya no recibe correo (desactivada, suspendida o trasladada).</translation>
    </message>
    <message>
        <source>Remove the address or find the person&apos;s new address.</source>
        <extracomment>rule recipient.suspended: step (you)</extracomment>
        <translation>Elimine la dirección o averigüe la nueva dirección de la persona.</translation>
    </message>
    <message>
        <source>Do not keep mailing a suspended or moved account: repeated bounces to dead addresses hurt your reputation with that provider.</source>
        <extracomment>rule recipient.suspended: what not to do</extracomment>
        <translation>No siga escribiendo a una cuenta suspendida o trasladada: los rebotes repetidos a direcciones muertas perjudican su reputación ante ese proveedor.</translation>
    </message>
    <message>
        <source>The receiver limits how fast you send</source>
        <extracomment>rule rate.limited: title</extracomment>
        <translation>El receptor limita la velocidad a la que envía</translation>
    </message>
    <message>
        <source>The receiver deferred or refused the mail because of too many connections, messages or recipients in a time window.</source>
        <extracomment>rule rate.limited: summary</extracomment>
        <translation>El receptor aplazó o rechazó el correo por demasiadas conexiones, mensajes o destinatarios en un intervalo de tiempo.</translation>
    </message>
    <message>
        <source>Usually within hours.</source>
        <extracomment>rule rate.limited: recovery</extracomment>
        <translation>Normalmente en unas horas.</translation>
    </message>
    <message>
        <source>Lower the sending rate and concurrency toward that receiver and let the deferred mail retry on its normal schedule.</source>
        <extracomment>rule rate.limited: step (you)</extracomment>
        <translation>Reduzca la velocidad y la concurrencia de envío hacia ese receptor y deje que el correo aplazado se reintente según su calendario normal.</translation>
    </message>
    <message>
        <source>Do not open more parallel connections or retry faster to push the mail through: that deepens the throttling.</source>
        <extracomment>rule rate.limited: what not to do</extracomment>
        <translation>No abra más conexiones paralelas ni reintente más rápido para forzar el paso del correo: eso agrava la limitación.</translation>
    </message>
    <message>
        <source>The receiver is greylisting: a temporary deferral that resolves by itself</source>
        <extracomment>rule greylisting: title</extracomment>
        <translation>El receptor aplica greylisting: un aplazamiento temporal que se resuelve solo</translation>
    </message>
    <message>
        <source>Greylisting servers refuse the first attempt from an unknown sender with a 4xx reply and accept a retry a few minutes later. A well-behaved sending server retries automatically.</source>
        <extracomment>rule greylisting: summary</extracomment>
        <translation>Los servidores con greylisting rechazan el primer intento de un remitente desconocido con una respuesta 4xx y aceptan un reintento unos minutos después. Un servidor de envío correcto reintenta automáticamente.</translation>
    </message>
    <message>
        <source>Minutes.</source>
        <extracomment>rule greylisting: recovery</extracomment>
        <translation>Minutos.</translation>
    </message>
    <message>
        <source>Nothing to fix: make sure the sending server retries deferred mail (it should by default).</source>
        <extracomment>rule greylisting: step (you)</extracomment>
        <translation>Nada que corregir: asegúrese de que el servidor de envío reintenta el correo aplazado (debería hacerlo por defecto).</translation>
    </message>
    <message>
        <source>Do not treat a greylisting deferral as a failure or resend the message as a new one: a standard MTA retries after a few minutes and the second attempt is accepted.</source>
        <extracomment>rule greylisting: what not to do</extracomment>
        <translation>No trate un aplazamiento por greylisting como un fallo ni reenvíe el mensaje como uno nuevo: un MTA estándar reintenta a los pocos minutos y el segundo intento se acepta.</translation>
    </message>
    <message>
        <source>The receiver requires TLS and the connection did not use it</source>
        <extracomment>rule tls.required: title</extracomment>
        <translation>El receptor exige TLS y la conexión no lo usó</translation>
    </message>
    <message>
        <source>The server refused to accept mail over an unencrypted connection, or TLS negotiation failed.</source>
        <extracomment>rule tls.required: summary</extracomment>
        <translation>El servidor se negó a aceptar correo por una conexión sin cifrar, o la negociación TLS falló.</translation>
    </message>
    <message>
        <source>Immediate once TLS works.</source>
        <extracomment>rule tls.required: recovery</extracomment>
        <translation>Inmediato en cuanto funcione TLS.</translation>
    </message>
    <message>
        <source>Enable STARTTLS on the sending server and check that it trusts current certificate authorities and supports TLS 1.2 or later.</source>
        <extracomment>rule tls.required: step (you)</extracomment>
        <translation>Active STARTTLS en el servidor de envío y compruebe que confía en las autoridades de certificación actuales y admite TLS 1.2 o posterior.</translation>
    </message>
    <message>
        <source>Do not disable certificate checks on the receiving side to make the error go away; fix the sending server&apos;s TLS.</source>
        <extracomment>rule tls.required: what not to do</extracomment>
        <translation>No desactive la verificación de certificados en el lado receptor para que desaparezca el error; corrija el TLS del servidor de envío.</translation>
    </message>
    <message>
        <source>SPF does not authorise {ip} for {domain}</source>
        <extracomment>rule auth.spf_fail: title</extracomment>
        <translation>SPF no autoriza {ip} para {domain}</translation>
    </message>
    <message>
        <source>The SPF record of {domain} ends in {spf_result} for {ip} ({spf_reason}): it does not authorise the sending address, so receivers treat the mail as forged (fail) or suspicious (softfail). The record: {spf_record}</source>
        <extracomment>rule auth.spf_fail: summary</extracomment>
        <translation>El registro SPF de {domain} termina en {spf_result} para {ip} ({spf_reason}): no autoriza la dirección de envío, así que los receptores tratan el correo como falsificado (fail) o sospechoso (softfail). El registro: {spf_record}</translation>
    </message>
    <message>
        <source>As soon as the record&apos;s TTL expires.</source>
        <extracomment>rule auth.spf_fail: recovery</extracomment>
        <translation>En cuanto caduque el TTL del registro.</translation>
    </message>
    <message>
        <source>Find out which service sends from {ip} (your own server, your ESP, a CRM or ticketing system) and whether it should send for {domain} at all.</source>
        <extracomment>rule auth.spf_fail: step (you)</extracomment>
        <translation>Averigüe qué servicio envía desde {ip} (su propio servidor, su ESP, un CRM o un sistema de tickets) y si debería enviar en nombre de {domain}.</translation>
    </message>
    <message>
        <source>Find out which service sends this mail (your own server, your ESP, a CRM or ticketing system) and whether it should send for the domain at all.</source>
        <extracomment>rule auth.spf_fail: step (you)</extracomment>
        <translation>Averigüe qué servicio envía este correo (su propio servidor, su ESP, un CRM o un sistema de tickets) y si debería enviar en nombre del dominio.</translation>
    </message>
    <message>
        <source>If it should, add it to the domain&apos;s SPF record: the provider&apos;s include: (from its documentation) or its ip4:/ip6: range, before the final all; keep the total under 10 DNS lookups.</source>
        <extracomment>rule auth.spf_fail: step (you)</extracomment>
        <translation>Si debe hacerlo, añádalo al registro SPF del dominio: el include: del proveedor (según su documentación) o su rango ip4:/ip6:, antes del all final; mantenga el total por debajo de 10 consultas DNS.</translation>
    </message>
    <message>
        <source>If the mail goes through an ESP, make it use a return-path (MAIL FROM) domain of your own with its SPF, and sign with DKIM for {domain}, so DMARC aligns even when SPF is checked on the ESP&apos;s domain.</source>
        <extracomment>rule auth.spf_fail: step (provider)</extracomment>
        <translation>Si el correo pasa por un ESP, haga que use un dominio de return-path (MAIL FROM) propio con su SPF y que firme con DKIM para {domain}, de modo que DMARC esté alineado aunque SPF se compruebe en el dominio del ESP.</translation>
    </message>
    <message>
        <source>If the mail goes through an ESP, make it use a return-path (MAIL FROM) domain of your own with its SPF, and sign with DKIM for your domain, so DMARC aligns.</source>
        <extracomment>rule auth.spf_fail: step (provider)</extracomment>
        <translation>Si el correo pasa por un ESP, haga que use un dominio de return-path (MAIL FROM) propio con su SPF y que firme con DKIM para su dominio, de modo que DMARC esté alineado.</translation>
    </message>
    <message>
        <source>Do not &apos;fix&apos; SPF with +all or ?all: that authorises the whole Internet and receivers treat it as a spam sign.</source>
        <extracomment>rule auth.spf_fail: what not to do</extracomment>
        <translation>No «arregle» SPF con +all o ?all: eso autoriza a todo Internet y los receptores lo toman como señal de spam.</translation>
    </message>
    <message>
        <source>RFC 7208 (SPF)</source>
        <extracomment>rule auth.spf_fail: link title</extracomment>
        <translation>RFC 7208 (SPF)</translation>
    </message>
    <message>
        <source>The SPF record of {domain} is broken (permerror)</source>
        <extracomment>rule auth.spf_permerror: title</extracomment>
        <translation>El registro SPF de {domain} está roto (permerror)</translation>
    </message>
    <message>
        <source>A permanent error (syntax, more than 10 DNS lookups, more than 2 void lookups, two records) makes receivers treat SPF as failed.</source>
        <extracomment>rule auth.spf_permerror: summary</extracomment>
        <translation>Un error permanente (sintaxis, más de 10 consultas DNS, más de 2 consultas vacías, dos registros) hace que los receptores traten SPF como fallido.</translation>
    </message>
    <message>
        <source>Fix the record as the SPF findings show (flatten includes to stay under 10 lookups, remove the duplicate record, fix the syntax).</source>
        <extracomment>rule auth.spf_permerror: step (you)</extracomment>
        <translation>Corrija el registro según indican los hallazgos de SPF (aplanar los include para quedar por debajo de 10 consultas, eliminar el registro duplicado, corregir la sintaxis).</translation>
    </message>
    <message>
        <source>Do not keep adding includes to an SPF record that already exceeds 10 lookups: flatten or remove services instead.</source>
        <extracomment>rule auth.spf_permerror: what not to do</extracomment>
        <translation>No siga añadiendo include a un registro SPF que ya supera 10 consultas: aplánelo o quite servicios.</translation>
    </message>
    <message>
        <source>The receiver applied the sender&apos;s DMARC policy</source>
        <extracomment>rule auth.dmarc.named: title</extracomment>
        <translation>El receptor aplicó la política DMARC del remitente</translation>
    </message>
    <message>
        <source>The bounce says DMARC failed: neither SPF nor DKIM passed in alignment with the From domain, and the domain&apos;s policy asks receivers to reject.</source>
        <extracomment>rule auth.dmarc.named: summary</extracomment>
        <translation>El rebote dice que DMARC falló: ni SPF ni DKIM se superaron alineados con el dominio From, y la política del dominio pide a los receptores que rechacen.</translation>
    </message>
    <message>
        <source>Immediate once alignment passes.</source>
        <extracomment>rule auth.dmarc.named: recovery</extracomment>
        <translation>Inmediato en cuanto se supere la alineación.</translation>
    </message>
    <message>
        <source>Make at least one pass in alignment: publish the sending service in SPF and use a MAIL FROM in {domain}, or (better, it survives forwarding) have every sending service sign with DKIM for {domain}.</source>
        <extracomment>rule auth.dmarc.named: step (you)</extracomment>
        <translation>Haga que al menos uno se supere alineado: publique el servicio de envío en SPF y use un MAIL FROM en {domain}, o (mejor, sobrevive al reenvío) haga que cada servicio de envío firme con DKIM para {domain}.</translation>
    </message>
    <message>
        <source>Make at least one pass in alignment: publish the sending service in SPF and use a MAIL FROM in the From domain, or (better, it survives forwarding) have every sending service sign with DKIM for the From domain.</source>
        <extracomment>rule auth.dmarc.named: step (you)</extracomment>
        <translation>Haga que al menos uno se supere alineado: publique el servicio de envío en SPF y use un MAIL FROM en el dominio From, o (mejor, sobrevive al reenvío) haga que cada servicio de envío firme con DKIM para el dominio From.</translation>
    </message>
    <message>
        <source>Your ESP must support a custom DKIM domain (d={domain}) and a custom return-path; ask for both to be set up.</source>
        <extracomment>rule auth.dmarc.named: step (provider)</extracomment>
        <translation>Su ESP debe admitir un dominio DKIM personalizado (d={domain}) y un return-path personalizado; pida que configuren ambos.</translation>
    </message>
    <message>
        <source>Your ESP must support a custom DKIM domain and a custom return-path; ask for both to be set up.</source>
        <extracomment>rule auth.dmarc.named: step (provider)</extracomment>
        <translation>Su ESP debe admitir un dominio DKIM personalizado y un return-path personalizado; pida que configuren ambos.</translation>
    </message>
    <message>
        <source>Do not lower the DMARC policy to p=none to make the bounces stop: it also lets anyone forge your domain. Fix the alignment instead.</source>
        <extracomment>rule auth.dmarc.named: what not to do</extracomment>
        <translation>No rebaje la política DMARC a p=none para que cesen los rebotes: también permite que cualquiera falsifique su dominio. Corrija la alineación en su lugar.</translation>
    </message>
    <message>
        <source>RFC 7489 (DMARC)</source>
        <extracomment>rule auth.dmarc.named: link title</extracomment>
        <translation>RFC 7489 (DMARC)</translation>
    </message>
    <message>
        <source>Authentication problems found for {domain}</source>
        <extracomment>rule auth.findings: title</extracomment>
        <translation>Se encontraron problemas de autenticación para {domain}</translation>
    </message>
    <message>
        <source>The domain checks found errors in SPF, DKIM or DMARC that can make receivers reject or junk the mail.</source>
        <extracomment>rule auth.findings: summary</extracomment>
        <translation>Las comprobaciones del dominio encontraron errores de SPF, DKIM o DMARC que pueden hacer que los receptores rechacen el correo o lo envíen a no deseado.</translation>
    </message>
    <message>
        <source>As soon as the records&apos; TTLs expire.</source>
        <extracomment>rule auth.findings: recovery</extracomment>
        <translation>En cuanto caduquen los TTL de los registros.</translation>
    </message>
    <message>
        <source>The receiver&apos;s filter judged the content as spam</source>
        <extracomment>rule content.spam: title</extracomment>
        <translation>El filtro del receptor consideró el contenido como spam</translation>
    </message>
    <message>
        <source>The message content (or its links) scored as spam. Sender reputation may be fine.</source>
        <extracomment>rule content.spam: summary</extracomment>
        <translation>El contenido del mensaje (o sus enlaces) obtuvo una puntuación de spam. La reputación del remitente puede estar bien.</translation>
    </message>
    <message>
        <source>Immediate for new messages.</source>
        <extracomment>rule content.spam: recovery</extracomment>
        <translation>Inmediato para los mensajes nuevos.</translation>
    </message>
    <message>
        <source>Check the links and domains in the message against domain blocklists, remove URL shorteners and attachments that filters dislike, and test with a seed list.</source>
        <extracomment>rule content.spam: step (you)</extracomment>
        <translation>Compruebe los enlaces y dominios del mensaje en listas de bloqueo de dominios, elimine acortadores de URL y adjuntos que no gustan a los filtros, y pruebe con una lista semilla.</translation>
    </message>
    <message>
        <source>Do not change the content slightly and resend to the same recipients over and over: it looks like filter probing and worsens reputation.</source>
        <extracomment>rule content.spam: what not to do</extracomment>
        <translation>No cambie ligeramente el contenido para reenviarlo una y otra vez a los mismos destinatarios: parece un sondeo del filtro y empeora la reputación.</translation>
    </message>
    <message>
        <source>The receiver found malware in the message</source>
        <extracomment>rule content.virus: title</extracomment>
        <translation>El receptor encontró malware en el mensaje</translation>
    </message>
    <message>
        <source>An attachment or link was detected as malicious.</source>
        <extracomment>rule content.virus: summary</extracomment>
        <translation>Se detectó como malicioso un adjunto o un enlace.</translation>
    </message>
    <message>
        <source>Scan the sending machine and the attachment; do not resend it.</source>
        <extracomment>rule content.virus: step (you)</extracomment>
        <translation>Analice la máquina de envío y el adjunto; no lo reenvíe.</translation>
    </message>
    <message>
        <source>Do not rename or zip the attachment to slip past the scanner: find out why it was flagged, and share files by link instead.</source>
        <extracomment>rule content.virus: what not to do</extracomment>
        <translation>No renombre ni comprima el adjunto para burlar el analizador: averigüe por qué se marcó, y comparta los archivos mediante un enlace.</translation>
    </message>
    <message>
        <source>The message is larger than the receiver accepts</source>
        <extracomment>rule message.too_big: title</extracomment>
        <translation>El mensaje es más grande de lo que acepta el receptor</translation>
    </message>
    <message>
        <source>The receiving server has a size limit below this message&apos;s size.</source>
        <extracomment>rule message.too_big: summary</extracomment>
        <translation>El servidor receptor tiene un límite de tamaño inferior al tamaño de este mensaje.</translation>
    </message>
    <message>
        <source>Immediate.</source>
        <extracomment>rule message.too_big: recovery</extracomment>
        <translation>Inmediato.</translation>
    </message>
    <message>
        <source>Send large files as a link instead of an attachment.</source>
        <extracomment>rule message.too_big: step (you)</extracomment>
        <translation>Envíe los archivos grandes como enlace en lugar de adjunto.</translation>
    </message>
    <message>
        <source>Do not resend the same large attachment; share it by link instead.</source>
        <extracomment>rule message.too_big: what not to do</extracomment>
        <translation>No reenvíe el mismo adjunto grande; compártalo mediante un enlace.</translation>
    </message>
    <message>
        <source>The recipient&apos;s domain cannot receive mail</source>
        <extracomment>rule recipient.domain_unreachable: title</extracomment>
        <translation>El dominio del destinatario no puede recibir correo</translation>
    </message>
    <message>
        <source>The domain does not exist, has no usable MX or address records, publishes a null MX (RFC 7505), or its servers are unreachable.</source>
        <extracomment>rule recipient.domain_unreachable: summary</extracomment>
        <translation>El dominio no existe, no tiene registros MX o de dirección utilizables, publica un MX nulo (RFC 7505) o sus servidores son inalcanzables.</translation>
    </message>
    <message>
        <source>When the recipient fixes the domain.</source>
        <extracomment>rule recipient.domain_unreachable: recovery</extracomment>
        <translation>Cuando el destinatario arregle el dominio.</translation>
    </message>
    <message>
        <source>Check the address for typos in the domain; if it is right, the recipient&apos;s administrator must fix the domain&apos;s MX records.</source>
        <extracomment>rule recipient.domain_unreachable: step (you)</extracomment>
        <translation>Revise si hay erratas en el dominio de la dirección; si es correcto, el administrador del destinatario debe corregir los registros MX del dominio.</translation>
    </message>
    <message>
        <source>Do not keep retrying for days against a domain that does not exist: remove or correct the address.</source>
        <extracomment>rule recipient.domain_unreachable: what not to do</extracomment>
        <translation>No siga reintentando durante días contra un dominio que no existe: elimine o corrija la dirección.</translation>
    </message>
    <message>
        <source>Rebound could not reach the recipient&apos;s mail servers from this network either (outgoing port 25 seems blocked here), so it cannot tell whether they are down.</source>
        <extracomment>rule recipient.domain_unreachable: note</extracomment>
        <translation>Rebound tampoco pudo alcanzar los servidores de correo del destinatario desde esta red (el puerto 25 saliente parece bloqueado aquí), así que no puede saber si están caídos.</translation>
    </message>
    <message>
        <source>Your own network blocks outgoing port 25</source>
        <extracomment>rule smtp.port25_blocked: title</extracomment>
        <translation>Su propia red bloquea el puerto 25 saliente</translation>
    </message>
    <message>
        <source>Connections to port 25 timed out for every mail server while DNS worked. Many ISPs and cloud providers block outbound port 25; the SMTP results say nothing about the servers.</source>
        <extracomment>rule smtp.port25_blocked: summary</extracomment>
        <translation>Las conexiones al puerto 25 agotaron el tiempo con todos los servidores de correo mientras el DNS funcionaba. Muchos ISP y proveedores cloud bloquean el puerto 25 saliente; los resultados SMTP no dicen nada de los servidores.</translation>
    </message>
    <message>
        <source>Run the SMTP checks from a network that allows port 25 (a server), or ask your provider to unblock it.</source>
        <extracomment>rule smtp.port25_blocked: step (you)</extracomment>
        <translation>Ejecute las comprobaciones SMTP desde una red que permita el puerto 25 (un servidor), o pida a su proveedor que lo desbloquee.</translation>
    </message>
    <message>
        <source>Do not conclude that the recipient&apos;s servers are down.</source>
        <extracomment>rule smtp.port25_blocked: what not to do</extracomment>
        <translation>No concluya que los servidores del destinatario están caídos.</translation>
    </message>
    <message>
        <source>This is a complaint (feedback report), not a bounce</source>
        <extracomment>rule feedback.complaint: title</extracomment>
        <translation>Esto es una queja (informe de retroalimentación), no un rebote</translation>
    </message>
    <message>
        <source>An ARF feedback report means a recipient marked a message as spam and their provider sent the report through a feedback loop.</source>
        <extracomment>rule feedback.complaint: summary</extracomment>
        <translation>Un informe de retroalimentación ARF significa que un destinatario marcó un mensaje como spam y su proveedor envió el informe mediante un bucle de retroalimentación.</translation>
    </message>
    <message>
        <source>Unsubscribe the complaining recipient at once, and look at why people complain (unexpected mail, hard-to-find unsubscribe).</source>
        <extracomment>rule feedback.complaint: step (you)</extracomment>
        <translation>Dé de baja de inmediato al destinatario que se queja, y analice por qué se queja la gente (correo inesperado, baja difícil de encontrar).</translation>
    </message>
    <message>
        <source>Do not keep mailing recipients who complained: suppress them at once.</source>
        <extracomment>rule feedback.complaint: what not to do</extracomment>
        <translation>No siga escribiendo a destinatarios que se quejaron: exclúyalos de sus envíos de inmediato.</translation>
    </message>
    <message>
        <source>This is an automatic reply, not a bounce</source>
        <extracomment>rule not_a_bounce.vacation: title</extracomment>
        <translation>Esto es una respuesta automática, no un rebote</translation>
    </message>
    <message>
        <source>An out-of-office or vacation reply: the message was delivered.</source>
        <extracomment>rule not_a_bounce.vacation: summary</extracomment>
        <translation>Una respuesta de ausencia o vacaciones: el mensaje se entregó.</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <extracomment>rule not_a_bounce.vacation: step (you)</extracomment>
        <translation>Nada que hacer.</translation>
    </message>
    <message>
        <source>The recipient&apos;s server or admin blocks this sender</source>
        <extracomment>rule recipient.policy_block: title</extracomment>
        <translation>El servidor o el administrador del destinatario bloquea a este remitente</translation>
    </message>
    <message>
        <source>The reply says the sender or domain is blocked by the recipient&apos;s own policy (a block list kept by their admin), not a public list.</source>
        <extracomment>rule recipient.policy_block: summary</extracomment>
        <translation>La respuesta dice que el remitente o el dominio está bloqueado por la política propia del destinatario (una lista de bloqueo mantenida por su administrador), no por una lista pública.</translation>
    </message>
    <message>
        <source>When the recipient changes its policy.</source>
        <extracomment>rule recipient.policy_block: recovery</extracomment>
        <translation>Cuando el destinatario cambie su política.</translation>
    </message>
    <message>
        <source>Only the recipient&apos;s administrator can lift this: contact the recipient through another channel and ask them to allow your address or domain.</source>
        <extracomment>rule recipient.policy_block: step (recipient)</extracomment>
        <translation>Solo el administrador del destinatario puede levantar esto: contacte con el destinatario por otro canal y pídale que permita su dirección o dominio.</translation>
    </message>
    <message>
        <source>Do not work around a recipient&apos;s explicit block with another sender address: ask them to allow you instead.</source>
        <extracomment>rule recipient.policy_block: what not to do</extracomment>
        <translation>No sortee el bloqueo explícito de un destinatario con otra dirección de remitente: pídale que autorice su dirección.</translation>
    </message>
    <message>
        <source>The receiver refused the mail for a security or policy reason ({status})</source>
        <extracomment>rule policy.generic: title</extracomment>
        <translation>El receptor rechazó el correo por un motivo de seguridad o de política ({status})</translation>
    </message>
    <message>
        <source>A 5.7.x code means security or policy. The reply does not name a specific list or provider rule, so the live checks below are the best clues: look for listings, missing reverse DNS and authentication failures.</source>
        <extracomment>rule policy.generic: summary</extracomment>
        <translation>Un código 5.7.x significa seguridad o política. La respuesta no nombra una lista ni una regla de proveedor concretas, así que las comprobaciones en vivo de abajo son las mejores pistas: busque listados, DNS inverso ausente y fallos de autenticación.</translation>
    </message>
    <message>
        <source>Depends on the cause.</source>
        <extracomment>rule policy.generic: recovery</extracomment>
        <translation>Depende de la causa.</translation>
    </message>
    <message>
        <source>Check the blocklist, reverse DNS and domain results; if all are clean, contact the recipient&apos;s postmaster with this report.</source>
        <extracomment>rule policy.generic: step (you)</extracomment>
        <translation>Revise los resultados de listas de bloqueo, DNS inverso y dominio; si todo está limpio, contacte con el postmaster del destinatario con este informe.</translation>
    </message>
    <message>
        <source>Check the address&apos;s reputation with the services that have no DNS interface.</source>
        <extracomment>rule policy.generic: step (you)</extracomment>
        <translation>Compruebe la reputación de la dirección en los servicios que no tienen interfaz DNS.</translation>
    </message>
    <message>
        <source>Do not request delisting anywhere until the check results or the receiver&apos;s postmaster say which list or policy applies.</source>
        <extracomment>rule policy.generic: what not to do</extracomment>
        <translation>No pida la baja en ninguna parte hasta que los resultados de las comprobaciones o el postmaster del receptor indiquen qué lista o política se aplica.</translation>
    </message>
    <message>
        <source>Some checks could not run, so this diagnosis is incomplete</source>
        <extracomment>rule checks.incomplete: title</extracomment>
        <translation>Algunas comprobaciones no pudieron ejecutarse, así que este diagnóstico está incompleto</translation>
    </message>
    <message>
        <source>A check that could not run is never taken as clean. Its part of the diagnosis is unknown.</source>
        <extracomment>rule checks.incomplete: summary</extracomment>
        <translation>Una comprobación que no pudo ejecutarse nunca se da por limpia. Su parte del diagnóstico es desconocida.</translation>
    </message>
    <message>
        <source>Check the resolver and network in Settings and run the diagnosis again.</source>
        <extracomment>rule checks.incomplete: step (you)</extracomment>
        <translation>Revise el resolvedor y la red en Ajustes y vuelva a ejecutar el diagnóstico.</translation>
    </message>
    <message>
        <source>Reputation services to check by hand (they have no DNS interface)</source>
        <extracomment>rule reputation.portals: title</extracomment>
        <translation>Servicios de reputación que comprobar a mano (no tienen interfaz DNS)</translation>
    </message>
    <message>
        <source>Some of the reputation data that receivers use is only visible on the providers&apos; own portals. They need a sign-in or a registration, so Rebound cannot query them; the links below open them for this address or domain.</source>
        <extracomment>rule reputation.portals: summary</extracomment>
        <translation>Parte de los datos de reputación que usan los receptores solo es visible en los portales propios de los proveedores. Requieren iniciar sesión o registrarse, así que Rebound no puede consultarlos; los enlaces de abajo los abren para esta dirección o dominio.</translation>
    </message>
    <message>
        <source>Cisco Talos: look up {ip}; a &apos;Poor&apos; email reputation means Cisco (IronPort) appliances will reject or throttle it.</source>
        <extracomment>rule reputation.portals: step (you)</extracomment>
        <translation>Cisco Talos: consulte {ip}; una reputación de correo «Poor» significa que los dispositivos Cisco (IronPort) la rechazarán o limitarán.</translation>
    </message>
    <message>
        <source>Cisco Talos: look up your sending IP; a &apos;Poor&apos; email reputation means Cisco (IronPort) appliances will reject or throttle it.</source>
        <extracomment>rule reputation.portals: step (you)</extracomment>
        <translation>Cisco Talos: consulte su IP de envío; una reputación de correo «Poor» significa que los dispositivos Cisco (IronPort) la rechazarán o limitarán.</translation>
    </message>
    <message>
        <source>Google Postmaster Tools: verify {domain} and watch the IP and domain reputation and the spam rate (keep it under 0.3 %).</source>
        <extracomment>rule reputation.portals: step (you)</extracomment>
        <translation>Google Postmaster Tools: verifique {domain} y vigile la reputación de la IP y del dominio y la tasa de spam (manténgala por debajo del 0,3 %).</translation>
    </message>
    <message>
        <source>Google Postmaster Tools: verify your domain and watch the IP and domain reputation and the spam rate (keep it under 0.3 %).</source>
        <extracomment>rule reputation.portals: step (you)</extracomment>
        <translation>Google Postmaster Tools: verifique su dominio y vigile la reputación de la IP y del dominio y la tasa de spam (manténgala por debajo del 0,3 %).</translation>
    </message>
    <message>
        <source>Google Postmaster Tools</source>
        <extracomment>rule provider.gmail.complaints_high: link title</extracomment>
        <translation>Google Postmaster Tools</translation>
    </message>
    <message>
        <source>Microsoft SNDS: register your IP ranges to see Outlook.com&apos;s filter verdicts and complaint rates; join JMRP to receive complaints.</source>
        <extracomment>rule reputation.portals: step (you)</extracomment>
        <translation>Microsoft SNDS: registre sus rangos de IP para ver los veredictos del filtro y las tasas de quejas de Outlook.com; únase a JMRP para recibir las quejas.</translation>
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
        <translation>Yahoo Sender Hub: registre {domain} en el bucle de retroalimentación de quejas y lea la ayuda de Yahoo sobre códigos de error.</translation>
    </message>
    <message>
        <source>Yahoo Sender Hub: register your domain for the complaint feedback loop and read Yahoo&apos;s error-code help.</source>
        <extracomment>rule reputation.portals: step (you)</extracomment>
        <translation>Yahoo Sender Hub: registre su dominio en el bucle de retroalimentación de quejas y lea la ayuda de Yahoo sobre códigos de error.</translation>
    </message>
    <message>
        <source>{ip} is not listed on any blocklist that answered.</source>
        <extracomment>fact ip_not_listed</extracomment>
        <translation>{ip} no está listada en ninguna de las listas de bloqueo que respondieron.</translation>
    </message>
    <message>
        <source>The reverse DNS of {ip} is set and forward-confirmed.</source>
        <extracomment>fact fcrdns_pass</extracomment>
        <translation>El DNS inverso de {ip} está configurado y confirmado en ambos sentidos.</translation>
    </message>
    <message>
        <source>SPF passes for {ip} at {domain}.</source>
        <extracomment>fact spf_pass</extracomment>
        <translation>SPF se supera para {ip} en {domain}.</translation>
    </message>
    <message>
        <source>Make SPF pass for the sending IP and sign with DKIM using the From domain ({domain}); check the SPF result in the SPF tab and the DKIM result in the DMARC &amp; DKIM tab.</source>
        <extracomment>rule provider.gmail.unauthenticated: step (you)</extracomment>
        <translation>Haga que SPF se supere para la IP de envío y firme con DKIM usando el dominio From ({domain}); revise el resultado SPF en la pestaña «SPF» y el resultado DKIM en la pestaña «DMARC &amp; DKIM».</translation>
    </message>
    <message>
        <source>If it should, add it to the SPF record of {domain}: the provider&apos;s include: (from its documentation) or ip4:{ip}, before the final all; keep the total under 10 DNS lookups. The SPF tab shows the evaluation tree and which term decided.</source>
        <extracomment>rule auth.spf_fail: step (you)</extracomment>
        <translation>Si debe hacerlo, añádalo al registro SPF de {domain}: el include: del proveedor (según su documentación) o ip4:{ip}, antes del all final; mantenga el total por debajo de 10 consultas DNS. La pestaña «SPF» muestra el árbol de evaluación y qué término decidió.</translation>
    </message>
    <message>
        <source>Look at which identifier failed for {domain} (evidence above, the SPF tab and the DMARC &amp; DKIM tab): SPF is {spf_result} for {ip}, and DKIM must be signed with d={domain} (or a subdomain under relaxed alignment).</source>
        <extracomment>rule auth.dmarc.named: step (you)</extracomment>
        <translation>Mire qué identificador falló para {domain} (evidencia arriba, pestaña «SPF» y pestaña «DMARC &amp; DKIM»): SPF es {spf_result} para {ip}, y DKIM debe firmarse con d={domain} (o un subdominio con alineación relaxed).</translation>
    </message>
    <message>
        <source>Look at which identifier failed (evidence above, the SPF tab and the DMARC &amp; DKIM tab): SPF must pass for the sending IP with a MAIL FROM in the From domain, or DKIM must be signed with d= the From domain.</source>
        <extracomment>rule auth.dmarc.named: step (you)</extracomment>
        <translation>Mire qué identificador falló (evidencia arriba, pestaña «SPF» y pestaña «DMARC &amp; DKIM»): SPF debe superarse para la IP de envío con un MAIL FROM en el dominio From, o DKIM debe firmarse con d= el dominio From.</translation>
    </message>
    <message>
        <source>Fix the errors listed in the SPF tab and the DMARC &amp; DKIM tab, most serious first.</source>
        <extracomment>rule auth.findings: step (you)</extracomment>
        <translation>Corrija los errores listados en las pestañas «SPF» y «DMARC &amp; DKIM», empezando por los más graves.</translation>
    </message>
    <message>
        <source>Rebound could not reach DNS</source>
        <extracomment>rule dns.unreachable: title</extracomment>
        <translation>Rebound no pudo acceder al DNS</translation>
    </message>
    <message>
        <source>Not one DNS query was answered by the resolver Rebound uses ({resolver}). Every check needs DNS, so none of them says anything about the address, the domain or the mail servers: this is about this computer&apos;s network or its resolver, not about the mail.</source>
        <extracomment>rule dns.unreachable: summary</extracomment>
        <translation>El resolvedor que usa Rebound ({resolver}) no respondió ni una sola consulta DNS. Todas las comprobaciones necesitan DNS, así que ninguna dice nada sobre la dirección, el dominio ni los servidores de correo: se trata de la red de este equipo o de su resolvedor, no del correo.</translation>
    </message>
    <message>
        <source>As soon as DNS answers again.</source>
        <extracomment>rule dns.unreachable: recovery</extracomment>
        <translation>En cuanto el DNS vuelva a responder.</translation>
    </message>
    <message>
        <source>Check that this computer is online, then check the resolver in Edit → Settings… → DNS (the Test resolver button asks it now); with rebound-cli, give a working one with --dns.</source>
        <extracomment>rule dns.unreachable: step (you)</extracomment>
        <translation>Compruebe que este equipo esté conectado y luego revise el resolvedor en Editar → Ajustes… → DNS (el botón Probar resolvedor lo consulta al momento); con rebound-cli, indique uno que funcione con --dns.</translation>
    </message>
    <message>
        <source>Run the diagnosis again once the resolver answers.</source>
        <extracomment>rule dns.unreachable: step (you)</extracomment>
        <translation>Vuelva a ejecutar el diagnóstico cuando el resolvedor responda.</translation>
    </message>
    <message>
        <source>Do not read any result of this run as clean or as a problem of the recipient: nothing was checked.</source>
        <extracomment>rule dns.unreachable: what not to do</extracomment>
        <translation>No interprete ningún resultado de esta ejecución como limpio ni como un problema del destinatario: no se comprobó nada.</translation>
    </message>
    <message>
        <source>Use your own recursive resolver (for example unbound on this machine) in Edit → Settings… → DNS, or enter a free Spamhaus DQS key, then run the check again.</source>
        <extracomment>rule blocklist.query_refused: step (you)</extracomment>
        <translation>Use su propio resolvedor recursivo (por ejemplo unbound en esta máquina) en Editar → Ajustes… → DNS, o introduzca una clave DQS de Spamhaus gratuita, y luego vuelva a ejecutar la comprobación.</translation>
    </message>
    <message>
        <source>The domain&apos;s SPF record does not authorise the sending address (the SPF result is {value}).</source>
        <extracomment>rule auth.spf_fail: evidence (spf.result)</extracomment>
        <translation>El registro SPF del dominio no autoriza la dirección de envío (el resultado SPF es {value}).</translation>
    </message>
    <message>
        <source>The domain&apos;s SPF record cannot be evaluated: it has a permanent error (permerror).</source>
        <extracomment>rule auth.spf_permerror: evidence (spf.result)</extracomment>
        <translation>El registro SPF del dominio no se puede evaluar: tiene un error permanente (permerror).</translation>
    </message>
    <message>
        <source>SPF does not pass for the sending address (the SPF result is {value}).</source>
        <extracomment>rule auth.dmarc.named: evidence (spf.result)</extracomment>
        <translation>SPF no se supera para la dirección de envío (el resultado SPF es {value}).</translation>
    </message>
    <message>
        <source>The domain&apos;s DMARC policy (p={value}) asks receivers to refuse or quarantine mail that fails authentication.</source>
        <extracomment>rule auth.dmarc.named: evidence (dmarc.effective_policy)</extracomment>
        <translation>La política DMARC del dominio (p={value}) pide a los receptores que rechacen o pongan en cuarentena el correo que falla la autenticación.</translation>
    </message>
    <message>
        <source>The reverse DNS of the sending address is set and forward-confirmed.</source>
        <extracomment>fact fcrdns_pass: evidence (fcrdns.status)</extracomment>
        <translation>El DNS inverso de la dirección de envío está configurado y confirmado en ambos sentidos.</translation>
    </message>
    <message>
        <source>SPF passes for the sending address.</source>
        <extracomment>fact spf_pass: evidence (spf.result)</extracomment>
        <translation>SPF se supera para la dirección de envío.</translation>
    </message>
    <message>
        <source>DMARC fails for {domain}: neither SPF nor DKIM passes for the From domain</source>
        <extracomment>rule message.dmarc_fail: title</extracomment>
        <translation>DMARC falla para {domain}: ni SPF ni DKIM se superan para el dominio From</translation>
    </message>
    <message>
        <source>The message&apos;s From domain is {domain}, but no DKIM signature that verifies belongs to it and SPF does not pass for a return-path domain aligned with it. Receivers apply the domain&apos;s DMARC policy: with p=quarantine or p=reject the mail goes to spam or is refused, and Gmail and Yahoo require DMARC alignment from bulk senders.</source>
        <extracomment>rule message.dmarc_fail: summary</extracomment>
        <translation>El dominio From del mensaje es {domain}, pero ninguna firma DKIM que se verifique le pertenece y SPF no se supera para un dominio de return-path alineado con él. Los receptores aplican la política DMARC del dominio: con p=quarantine o p=reject el correo va a spam o se rechaza, y Gmail y Yahoo exigen la alineación DMARC a los remitentes masivos.</translation>
    </message>
    <message>
        <source>As soon as the DKIM keys are published and the sending service signs with them.</source>
        <extracomment>rule message.dmarc_fail: recovery</extracomment>
        <translation>En cuanto se publiquen las claves DKIM y el servicio de envío firme con ellas.</translation>
    </message>
    <message>
        <source>Make every service that sends as {domain} sign with DKIM for {domain} (d={domain} or a subdomain of it): the Message tab shows which signatures the message carries and why each failed.</source>
        <extracomment>rule message.dmarc_fail: step (you)</extracomment>
        <translation>Haga que cada servicio que envía como {domain} firme con DKIM para {domain} (d={domain} o un subdominio suyo): la pestaña «Mensaje» muestra qué firmas lleva el mensaje y por qué falló cada una.</translation>
    </message>
    <message>
        <source>Make every service that sends for your domain sign with DKIM for that domain: the Message tab shows which signatures the message carries and why each failed.</source>
        <extracomment>rule message.dmarc_fail: step (you)</extracomment>
        <translation>Haga que cada servicio que envía en nombre de su dominio firme con DKIM para ese dominio: la pestaña «Mensaje» muestra qué firmas lleva el mensaje y por qué falló cada una.</translation>
    </message>
    <message>
        <source>If the mail goes through an ESP, set up its custom return-path (bounce) domain under {domain} and its DKIM keys for {domain}, so that both SPF and DKIM align.</source>
        <extracomment>rule message.dmarc_fail: step (provider)</extracomment>
        <translation>Si el correo pasa por un ESP, configure su dominio de return-path (rebote) personalizado bajo {domain} y sus claves DKIM para {domain}, de modo que tanto SPF como DKIM estén alineados.</translation>
    </message>
    <message>
        <source>If the mail goes through an ESP, set up its custom return-path (bounce) domain under your domain and its DKIM keys for your domain, so that both SPF and DKIM align.</source>
        <extracomment>rule message.dmarc_fail: step (provider)</extracomment>
        <translation>Si el correo pasa por un ESP, configure su dominio de return-path (rebote) personalizado bajo su dominio y sus claves DKIM para su dominio, de modo que tanto SPF como DKIM estén alineados.</translation>
    </message>
    <message>
        <source>Do not lower the DMARC policy to p=none to hide the failure: the mail stays unauthenticated and Gmail and Yahoo still require alignment from bulk senders.</source>
        <extracomment>rule message.dmarc_fail: what not to do</extracomment>
        <translation>No rebaje la política DMARC a p=none para ocultar el fallo: el correo sigue sin autenticar y Gmail y Yahoo siguen exigiendo la alineación a los remitentes masivos.</translation>
    </message>
    <message>
        <source>The message body was changed after it was signed (DKIM body hash did not verify)</source>
        <extracomment>rule message.dkim_body_hash: title</extracomment>
        <translation>El cuerpo del mensaje se modificó después de firmarse (el hash del cuerpo DKIM no se verificó)</translation>
    </message>
    <message>
        <source>A DKIM signature&apos;s header signature verifies, but the body no longer hashes to its bh= value: something between the signer and the receiver changed the body. Usually a mailing list adds a footer, a security gateway rewrites links or adds a disclaimer, or the message is signed before a filter that re-encodes it.</source>
        <extracomment>rule message.dkim_body_hash: summary</extracomment>
        <translation>La firma de las cabeceras de una firma DKIM se verifica, pero el hash del cuerpo ya no coincide con su valor bh=: algo entre el firmante y el receptor modificó el cuerpo. Normalmente una lista de correo añade un pie, una pasarela de seguridad reescribe los enlaces o añade un aviso legal, o el mensaje se firma antes de un filtro que lo vuelve a codificar.</translation>
    </message>
    <message>
        <source>Immediate for new mail once the signing order is fixed.</source>
        <extracomment>rule message.dkim_body_hash: recovery</extracomment>
        <translation>Inmediato para el correo nuevo una vez corregido el orden de firma.</translation>
    </message>
    <message>
        <source>Sign as the last step before the message leaves: move DKIM signing after any disclaimer, footer or link-rewriting filter on your side.</source>
        <extracomment>rule message.dkim_body_hash: step (you)</extracomment>
        <translation>Firme como último paso antes de que salga el mensaje: mueva la firma DKIM después de cualquier filtro de aviso legal, pie o reescritura de enlaces de su lado.</translation>
    </message>
    <message>
        <source>If a mailing list or forwarder changes the body, ask its operator to seal with ARC, or to stop altering the body and subject.</source>
        <extracomment>rule message.dkim_body_hash: step (provider)</extracomment>
        <translation>Si una lista de correo o un reenviador modifica el cuerpo, pida a su operador que selle con ARC o que deje de alterar el cuerpo y el asunto.</translation>
    </message>
    <message>
        <source>Do not sign with l= (a body length limit) to survive footers: it lets anyone append content under your signature.</source>
        <extracomment>rule message.dkim_body_hash: what not to do</extracomment>
        <translation>No firme con l= (un límite de longitud del cuerpo) para sobrevivir a los pies: permite que cualquiera añada contenido bajo su firma.</translation>
    </message>
    <message>
        <source>RFC 6376 (DKIM)</source>
        <extracomment>rule message.dkim_body_hash: link title</extracomment>
        <translation>RFC 6376 (DKIM)</translation>
    </message>
    <message>
        <source>A DKIM signature on the message does not verify</source>
        <extracomment>rule message.dkim_fail: title</extracomment>
        <translation>Una firma DKIM del mensaje no se verifica</translation>
    </message>
    <message>
        <source>The signature&apos;s key is missing, revoked or does not match the signature, or the signed header fields were changed. Without a passing DKIM signature for the From domain, DMARC rests on SPF alone, which forwarding breaks.</source>
        <extracomment>rule message.dkim_fail: summary</extracomment>
        <translation>La clave de la firma falta, está revocada o no coincide con la firma, o se modificaron los campos de cabecera firmados. Sin una firma DKIM válida para el dominio From, DMARC depende solo de SPF, que el reenvío rompe.</translation>
    </message>
    <message>
        <source>As soon as the key record&apos;s TTL expires.</source>
        <extracomment>rule message.dkim_fail: recovery</extracomment>
        <translation>En cuanto caduque el TTL del registro de la clave.</translation>
    </message>
    <message>
        <source>Compare the key published at the selector&apos;s DNS name with the key the signing server uses (the Message tab names the selector and why the signature failed); publish the right key or fix the signer&apos;s configuration.</source>
        <extracomment>rule message.dkim_fail: step (you)</extracomment>
        <translation>Compare la clave publicada en el nombre DNS del selector con la clave que usa el servidor firmante (la pestaña «Mensaje» indica el selector y por qué falló la firma); publique la clave correcta o corrija la configuración del firmante.</translation>
    </message>
    <message>
        <source>SPF does not authorise {ip}, the address the message came from</source>
        <extracomment>rule message.spf_fail: title</extracomment>
        <translation>SPF no autoriza {ip}, la dirección desde la que llegó el mensaje</translation>
    </message>
    <message>
        <source>The Received fields show the message entering the receiver&apos;s network from {ip}, and the SPF record of the return-path domain does not list it: receivers treat the mail as forged (fail) or suspicious (softfail), and DMARC cannot pass through SPF.</source>
        <extracomment>rule message.spf_fail: summary</extracomment>
        <translation>Los campos Received muestran que el mensaje entró en la red del receptor desde {ip}, y el registro SPF del dominio de return-path no la incluye: los receptores tratan el correo como falsificado (fail) o sospechoso (softfail), y DMARC no puede superarse mediante SPF.</translation>
    </message>
    <message>
        <source>Find out which service sends from {ip} and add it to the SPF record of the return-path domain (its include: or ip4:{ip}), keeping the record under 10 DNS lookups.</source>
        <extracomment>rule message.spf_fail: step (you)</extracomment>
        <translation>Averigüe qué servicio envía desde {ip} y añádalo al registro SPF del dominio de return-path (su include: o ip4:{ip}), manteniendo el registro por debajo de 10 consultas DNS.</translation>
    </message>
    <message>
        <source>Find out which service sends this mail and add it to the SPF record of the return-path domain, keeping the record under 10 DNS lookups.</source>
        <extracomment>rule message.spf_fail: step (you)</extracomment>
        <translation>Averigüe qué servicio envía este correo y añádalo al registro SPF del dominio de return-path, manteniendo el registro por debajo de 10 consultas DNS.</translation>
    </message>
    <message>
        <source>{domain} has no DMARC record</source>
        <extracomment>rule message.dmarc_missing: title</extracomment>
        <translation>{domain} no tiene registro DMARC</translation>
    </message>
    <message>
        <source>Since February 2024 Gmail and Yahoo require a DMARC record (at least p=none) from bulk senders, and many receivers treat unauthenticated mail from a domain without DMARC with suspicion.</source>
        <extracomment>rule message.dmarc_missing: summary</extracomment>
        <translation>Desde febrero de 2024, Gmail y Yahoo exigen un registro DMARC (al menos p=none) a los remitentes masivos, y muchos receptores tratan con recelo el correo no autenticado de un dominio sin DMARC.</translation>
    </message>
    <message>
        <source>As soon as the record is published.</source>
        <extracomment>rule message.dmarc_missing: recovery</extracomment>
        <translation>En cuanto se publique el registro.</translation>
    </message>
    <message>
        <source>Publish a TXT record at _dmarc.{domain}, starting with v=DMARC1; p=none; rua=mailto:(an address that collects reports), then move to quarantine or reject once the reports show every sender aligned.</source>
        <extracomment>rule message.dmarc_missing: step (you)</extracomment>
        <translation>Publique un registro TXT en _dmarc.{domain} que empiece por v=DMARC1; p=none; rua=mailto:(una dirección que recoja los informes) y luego pase a quarantine o reject cuando los informes muestren todos los remitentes alineados.</translation>
    </message>
    <message>
        <source>Publish a DMARC TXT record at _dmarc under your domain, starting with p=none and a rua= report address.</source>
        <extracomment>rule message.dmarc_missing: step (you)</extracomment>
        <translation>Publique un registro TXT de DMARC en _dmarc bajo su dominio, empezando por p=none y una dirección de informes rua=.</translation>
    </message>
    <message>
        <source>Google email sender guidelines</source>
        <extracomment>rule message.dmarc_missing: link title</extracomment>
        <translation>Directrices de Google para remitentes de correo electrónico</translation>
    </message>
    <message>
        <source>The message does not meet the Gmail and Yahoo bulk-sender rules</source>
        <extracomment>rule message.bulk_sender: title</extracomment>
        <translation>El mensaje no cumple las reglas de Gmail y Yahoo para remitentes masivos</translation>
    </message>
    <message>
        <source>Gmail and Yahoo require bulk senders to offer one-click unsubscribe (RFC 8058) covered by the DKIM signature, to align DMARC, to send from an address with forward-confirmed reverse DNS over TLS, and to use a valid Message-ID and Date. The bulk-sender checklist in the Message tab shows each rule, its result and its source.</source>
        <extracomment>rule message.bulk_sender: summary</extracomment>
        <translation>Gmail y Yahoo exigen a los remitentes masivos ofrecer la baja con un clic (RFC 8058) cubierta por la firma DKIM, alinear DMARC, enviar desde una dirección con DNS inverso confirmado en ambos sentidos a través de TLS y usar un Message-ID y una Date válidos. La lista de comprobación de remitentes masivos de la pestaña «Mensaje» muestra cada regla, su resultado y su fuente.</translation>
    </message>
    <message>
        <source>For new mail at once; the sender&apos;s reputation recovers over days to weeks.</source>
        <extracomment>rule message.bulk_sender: recovery</extracomment>
        <translation>De inmediato para el correo nuevo; la reputación del remitente se recupera en días o semanas.</translation>
    </message>
    <message>
        <source>Fix the failed rules of the checklist, most serious first; for unsubscribe, add List-Unsubscribe with an https: URI and List-Unsubscribe-Post: List-Unsubscribe=One-Click, and sign both fields with DKIM.</source>
        <extracomment>rule message.bulk_sender: step (you)</extracomment>
        <translation>Corrija las reglas incumplidas de la lista de comprobación, empezando por las más graves; para la baja, añada List-Unsubscribe con una URI https: y List-Unsubscribe-Post: List-Unsubscribe=One-Click, y firme ambos campos con DKIM.</translation>
    </message>
    <message>
        <source>RFC 8058 (one-click unsubscribe)</source>
        <extracomment>rule message.bulk_sender: link title</extracomment>
        <translation>RFC 8058 (baja con un clic)</translation>
    </message>
    <message>
        <source>A server on the route held the message for more than an hour</source>
        <extracomment>rule message.slow_route: title</extracomment>
        <translation>Un servidor de la ruta retuvo el mensaje más de una hora</translation>
    </message>
    <message>
        <source>The Received fields show a long gap between two hops: a queue. Greylisting, a retry after a deferral, or a slow content filter delayed the message; the Message tab&apos;s route timeline shows where.</source>
        <extracomment>rule message.slow_route: summary</extracomment>
        <translation>Los campos Received muestran un largo intervalo entre dos saltos: una cola. El greylisting, un reintento tras un aplazamiento o un filtro de contenido lento retrasaron el mensaje; la cronología de la ruta de la pestaña «Mensaje» muestra dónde.</translation>
    </message>
    <message>
        <source>If the delay is on your side, look at that server&apos;s queue and logs for the message&apos;s time; if it is on the receiver&apos;s side, it was usually a deferral (greylisting or rate limiting) that your server retried.</source>
        <extracomment>rule message.slow_route: step (you)</extracomment>
        <translation>Si el retraso está de su lado, revise la cola y los registros de ese servidor a la hora del mensaje; si está del lado del receptor, normalmente fue un aplazamiento (greylisting o limitación de velocidad) que su servidor reintentó.</translation>
    </message>
    <message>
        <source>An ARC sealer recorded authentication results that differ from Rebound&apos;s</source>
        <extracomment>rule message.arc_differs: title</extracomment>
        <translation>Un sellador ARC registró resultados de autenticación distintos de los de Rebound</translation>
    </message>
    <message>
        <source>A forwarder or mailing list that sealed the message with ARC recorded what it saw when the message reached it; Rebound&apos;s own verification now says otherwise. When the chain validates, the message was changed after that sealer (the usual mailing-list story) and receivers that trust the sealer may use its record.</source>
        <extracomment>rule message.arc_differs: summary</extracomment>
        <translation>Un reenviador o una lista de correo que selló el mensaje con ARC registró lo que vio cuando le llegó el mensaje; la verificación propia de Rebound dice ahora otra cosa. Si la cadena es válida, el mensaje se modificó después de ese sellador (lo habitual con las listas de correo) y los receptores que confían en el sellador pueden usar su registro.</translation>
    </message>
    <message>
        <source>Receivers that trust the sealer can use its ARC record to deliver the message despite the changed signature.</source>
        <extracomment>rule message.arc_differs: step (recipient)</extracomment>
        <translation>Los receptores que confían en el sellador pueden usar su registro ARC para entregar el mensaje pese a la firma modificada.</translation>
    </message>
    <message>
        <source>Microsoft SNDS: the filter result for {ip} is RED.</source>
        <extracomment>rule provider.microsoft.snds_red_traps: evidence (filter_result)</extracomment>
        <translation>Microsoft SNDS: el resultado del filtro para {ip} es ROJO.</translation>
    </message>
    <message>
        <source>Microsoft SNDS: {value} message(s) from {ip} hit spam traps in the last period.</source>
        <extracomment>rule provider.microsoft.snds_red_traps: evidence (trap_hits)</extracomment>
        <translation>Microsoft SNDS: {value} mensaje(s) de {ip} tocaron trampas de spam en el último periodo.</translation>
    </message>
    <message>
        <source>Microsoft blocks {ip}, and SNDS shows it RED with spam-trap hits</source>
        <extracomment>rule provider.microsoft.snds_red_traps: title</extracomment>
        <translation>Microsoft bloquea {ip}, y SNDS la muestra en ROJO con impactos en trampas de spam</translation>
    </message>
    <message>
        <source>Microsoft refused the mail with its own block code, and its Smart Network Data Services (SNDS) data for {ip} shows a RED filter result (most of the mail judged spam) and hits on spam-trap addresses. The block follows from what the address sends: addresses that never asked for mail (old, bought or harvested lists), or a compromised account or machine sending through {ip}. A mitigation request will not hold until that stops.</source>
        <extracomment>rule provider.microsoft.snds_red_traps: summary</extracomment>
        <translation>Microsoft rechazó el correo con su propio código de bloqueo, y sus datos de Smart Network Data Services (SNDS) para {ip} muestran un resultado del filtro ROJO (la mayor parte del correo se considera spam) e impactos en direcciones trampa. El bloqueo se debe a lo que envía la dirección: correo a direcciones que nunca lo pidieron (listas antiguas, compradas o recolectadas), o una cuenta o máquina comprometida que envía a través de {ip}. Una solicitud de mitigación no se mantendrá mientras eso no cese.</translation>
    </message>
    <message>
        <source>Days to weeks after the trap hits stop; SNDS data updates once a day.</source>
        <extracomment>rule provider.microsoft.snds_red_traps: recovery</extracomment>
        <translation>De días a semanas después de que cesen los impactos en trampas; los datos de SNDS se actualizan una vez al día.</translation>
    </message>
    <message>
        <source>Find what sends to trap addresses from {ip}: compare the SNDS sample HELO and MAIL FROM with your own servers, look for a compromised account or machine, and stop mailing addresses that never confirmed (remove old and bought lists, use confirmed opt-in).</source>
        <extracomment>rule provider.microsoft.snds_red_traps: step (you)</extracomment>
        <translation>Averigüe qué envía a direcciones trampa desde {ip}: compare el HELO y el MAIL FROM de muestra de SNDS con sus propios servidores, busque una cuenta o máquina comprometida y deje de enviar a direcciones que nunca confirmaron (elimine las listas antiguas y compradas, use opt-in confirmado).</translation>
    </message>
    <message>
        <source>When SNDS shows the address GREEN without trap hits again, ask Microsoft&apos;s sender support for mitigation.</source>
        <extracomment>rule provider.microsoft.snds_red_traps: step (you)</extracomment>
        <translation>Cuando SNDS vuelva a mostrar la dirección en VERDE y sin impactos en trampas, pida la mitigación al soporte a remitentes de Microsoft.</translation>
    </message>
    <message>
        <source>Microsoft sender support (delisting)</source>
        <extracomment>rule provider.microsoft.snds_red_traps: link title</extracomment>
        <translation>Soporte a remitentes de Microsoft (baja)</translation>
    </message>
    <message>
        <source>Do not request delisting while trap hits continue: the request is refused or the block comes back.</source>
        <extracomment>rule provider.microsoft.snds_red_traps: what not to do</extracomment>
        <translation>No pida la baja mientras continúen los impactos en trampas: la solicitud se rechazará o el bloqueo volverá.</translation>
    </message>
    <message>
        <source>Microsoft SNDS: the filter result for {ip} is GREEN.</source>
        <extracomment>rule provider.microsoft.snds_green: evidence (filter_result)</extracomment>
        <translation>Microsoft SNDS: el resultado del filtro para {ip} es VERDE.</translation>
    </message>
    <message>
        <source>Microsoft blocks {ip} although SNDS shows it GREEN</source>
        <extracomment>rule provider.microsoft.snds_green: title</extracomment>
        <translation>Microsoft bloquea {ip} aunque SNDS la muestra en VERDE</translation>
    </message>
    <message>
        <source>Microsoft refused the mail with its own block code, yet its Smart Network Data Services (SNDS) data for {ip} shows a GREEN filter result: the mail it sees from the address is mostly not spam. The block is then not explained by content or traps: a new or low-volume address without reputation, a block inherited from a neighbouring range, or a stale block. Microsoft&apos;s sender support can usually lift it.</source>
        <extracomment>rule provider.microsoft.snds_green: summary</extracomment>
        <translation>Microsoft rechazó el correo con su propio código de bloqueo, pero sus datos de Smart Network Data Services (SNDS) para {ip} muestran un resultado del filtro VERDE: el correo que ve de esa dirección no es spam en su mayoría. Por tanto, el bloqueo no se explica por el contenido ni por trampas: una dirección nueva o de poco volumen sin reputación, un bloqueo heredado de un rango vecino o un bloqueo obsoleto. El soporte a remitentes de Microsoft normalmente puede levantarlo.</translation>
    </message>
    <message>
        <source>Usually 24 to 48 hours after Microsoft grants mitigation.</source>
        <extracomment>rule provider.microsoft.snds_green: recovery</extracomment>
        <translation>Normalmente de 24 a 48 horas después de que Microsoft conceda la mitigación.</translation>
    </message>
    <message>
        <source>Ask Microsoft&apos;s sender support for mitigation of {ip}, quoting the bounce&apos;s code; mention that SNDS shows the address GREEN.</source>
        <extracomment>rule provider.microsoft.snds_green: step (you)</extracomment>
        <translation>Pida al soporte a remitentes de Microsoft la mitigación para {ip}, citando el código del rebote; mencione que SNDS muestra la dirección en VERDE.</translation>
    </message>
    <message>
        <source>If the address is new, raise the volume to Outlook.com recipients slowly over a few weeks.</source>
        <extracomment>rule provider.microsoft.snds_green: step (you)</extracomment>
        <translation>Si la dirección es nueva, aumente el volumen hacia los destinatarios de Outlook.com poco a poco a lo largo de unas semanas.</translation>
    </message>
    <message>
        <source>Do not change IPs to get around the block: a new address starts without reputation and is often blocked the same way.</source>
        <extracomment>rule provider.microsoft.snds_green: what not to do</extracomment>
        <translation>No cambie de IP para esquivar el bloqueo: una dirección nueva empieza sin reputación y a menudo se bloquea de la misma manera.</translation>
    </message>
    <message>
        <source>Rebound&apos;s mailbox probe asked the recipient&apos;s server again: it still refuses the address at RCPT.</source>
        <extracomment>rule recipient.unknown: evidence (verdict)</extracomment>
        <translation>El sondeo de buzón de Rebound volvió a preguntar al servidor del destinatario: sigue rechazando la dirección en RCPT.</translation>
    </message>
    <message>
        <source>Rebound&apos;s mailbox probe asked the recipient&apos;s server again: it now accepts the address at RCPT.</source>
        <extracomment>rule recipient.unknown: evidence (verdict)</extracomment>
        <translation>El sondeo de buzón de Rebound volvió a preguntar al servidor del destinatario: ahora acepta la dirección en RCPT.</translation>
    </message>
    <message>
        <source>The recipient&apos;s server accepts this address now (Rebound&apos;s mailbox probe), so the mailbox may have been created since, or the refusal was temporary or not really about the address.</source>
        <extracomment>rule recipient.unknown: note</extracomment>
        <translation>El servidor del destinatario acepta ahora esta dirección (sondeo de buzón de Rebound), así que el buzón puede haberse creado desde entonces, o el rechazo fue temporal o no se debía realmente a la dirección.</translation>
    </message>
    <message>
        <source>Rebound&apos;s mailbox probe: the recipient&apos;s server accepted the address at RCPT and refused a made-up one at the same domain.</source>
        <extracomment>rule recipient.unknown_now_accepted: evidence (verdict)</extracomment>
        <translation>Sondeo de buzón de Rebound: el servidor del destinatario aceptó la dirección en RCPT y rechazó una inventada del mismo dominio.</translation>
    </message>
    <message>
        <source>The address was refused as unknown, but its server accepts it now</source>
        <extracomment>rule recipient.unknown_now_accepted: title</extracomment>
        <translation>La dirección se rechazó como desconocida, pero su servidor la acepta ahora</translation>
    </message>
    <message>
        <source>The bounce says the mailbox does not exist, yet Rebound&apos;s mailbox probe (MAIL FROM with your address, RCPT TO, no message sent) found the recipient&apos;s server accepting the address, while it refuses a made-up address at the same domain. The mailbox was probably created or restored since, or the refusal came from another server (a backup MX or a gateway) or was a disguised policy refusal.</source>
        <extracomment>rule recipient.unknown_now_accepted: summary</extracomment>
        <translation>El rebote dice que el buzón no existe, pero el sondeo de buzón de Rebound (MAIL FROM con su dirección, RCPT TO, sin enviar ningún mensaje) encontró que el servidor del destinatario acepta la dirección, mientras que rechaza una dirección inventada del mismo dominio. Probablemente el buzón se creó o se restauró desde entonces, o el rechazo vino de otro servidor (un MX de respaldo o una pasarela) o era un rechazo por política disfrazado.</translation>
    </message>
    <message>
        <source>Usually immediate if the mailbox now exists.</source>
        <extracomment>rule recipient.unknown_now_accepted: recovery</extracomment>
        <translation>Normalmente inmediato si el buzón ya existe.</translation>
    </message>
    <message>
        <source>Send one message again to this address; if it bounces once more, compare which server refused it (the bounce&apos;s reporting MTA) with the MX the probe reached.</source>
        <extracomment>rule recipient.unknown_now_accepted: step (you)</extracomment>
        <translation>Vuelva a enviar un mensaje a esta dirección; si rebota de nuevo, compare qué servidor lo rechazó (el MTA que informa en el rebote) con el MX al que llegó el sondeo.</translation>
    </message>
    <message>
        <source>If it keeps bouncing, ask the recipient (through another channel) whether their mailbox was recently created or moved, or whether a filter in front of it refuses your mail.</source>
        <extracomment>rule recipient.unknown_now_accepted: step (recipient)</extracomment>
        <translation>Si sigue rebotando, pregunte al destinatario (por otro canal) si su buzón se creó o se trasladó recientemente, o si un filtro situado delante rechaza su correo.</translation>
    </message>
    <message>
        <source>Do not probe the address repeatedly: repeated RCPT probes can get your address or IP listed as a directory-harvesting sender.</source>
        <extracomment>rule recipient.unknown_now_accepted: what not to do</extracomment>
        <translation>No sondee la dirección repetidamente: los sondeos RCPT repetidos pueden hacer que su dirección o su IP acaben listadas como remitente de recolección de direcciones (directory harvesting).</translation>
    </message>
    <message>
        <source>{policy_domain} publishes an MTA-STS policy in {value} mode: senders that honour it refuse a mail server whose name or certificate the policy does not accept.</source>
        <extracomment>rule tls.mta_sts_enforced: evidence (mta_sts.policy.mode)</extracomment>
        <translation>{policy_domain} publica una política MTA-STS en modo {value}: los remitentes que la respetan rechazan un servidor de correo cuyo nombre o certificado no acepta la política.</translation>
    </message>
    <message>
        <source>{recipient_domain}&apos;s MTA-STS policy stops delivery to its own mail servers</source>
        <extracomment>rule tls.mta_sts_enforced: title</extracomment>
        <translation>La política MTA-STS de {recipient_domain} impide la entrega a sus propios servidores de correo</translation>
    </message>
    <message>
        <source>The bounce says TLS could not be used as required, and {recipient_domain} publishes an MTA-STS policy in enforce mode (RFC 8461) while one of its MX hosts is not covered by the policy&apos;s mx: patterns or does not present a valid certificate. Senders that honour MTA-STS refuse to deliver to such a host, so the mail waits and bounces until the recipient fixes the policy or the certificate.</source>
        <extracomment>rule tls.mta_sts_enforced: summary</extracomment>
        <translation>El rebote dice que no se pudo usar TLS como se exigía, y {recipient_domain} publica una política MTA-STS en modo enforce (RFC 8461) mientras uno de sus hosts MX no está cubierto por los patrones mx: de la política o no presenta un certificado válido. Los remitentes que respetan MTA-STS se niegan a entregar a un host así, de modo que el correo espera y rebota hasta que el destinatario corrija la política o el certificado.</translation>
    </message>
    <message>
        <source>Once the recipient fixes the policy and changes its id; senders that cached the old policy may wait until it expires (max_age).</source>
        <extracomment>rule tls.mta_sts_enforced: recovery</extracomment>
        <translation>En cuanto el destinatario corrija la política y cambie su id; los remitentes que guardaron en caché la política antigua pueden esperar hasta que caduque (max_age).</translation>
    </message>
    <message>
        <source>Add every MX host of {recipient_domain} to the mx: lines of https://mta-sts.{recipient_domain}/.well-known/mta-sts.txt (or give each host a certificate for its name from a public CA), then change the id= of the _mta-sts TXT record so that senders fetch the policy again.</source>
        <extracomment>rule tls.mta_sts_enforced: step (recipient)</extracomment>
        <translation>Añada cada host MX de {recipient_domain} a las líneas mx: de https://mta-sts.{recipient_domain}/.well-known/mta-sts.txt (o dé a cada host un certificado de una CA pública para su nombre) y luego cambie el id= del registro TXT _mta-sts para que los remitentes vuelvan a obtener la política.</translation>
    </message>
    <message>
        <source>Until it is fixed, the recipient can switch the policy to mode: testing, which makes senders deliver and report instead of refusing.</source>
        <extracomment>rule tls.mta_sts_enforced: step (recipient)</extracomment>
        <translation>Hasta que se corrija, el destinatario puede cambiar la política a mode: testing, con lo que los remitentes entregan e informan en lugar de rechazar.</translation>
    </message>
    <message>
        <source>Tell the recipient&apos;s postmaster what Rebound found (the MTA-STS section of the report); your server retries queued mail by itself once the policy or certificate is fixed.</source>
        <extracomment>rule tls.mta_sts_enforced: step (you)</extracomment>
        <translation>Comunique al postmaster del destinatario lo que encontró Rebound (la sección MTA-STS del informe); su servidor reintenta por sí solo el correo en cola cuando se corrija la política o el certificado.</translation>
    </message>
    <message>
        <source>Do not turn off MTA-STS or certificate checks on your sending server for this domain: the policy is the recipient&apos;s protection against downgrade attacks.</source>
        <extracomment>rule tls.mta_sts_enforced: what not to do</extracomment>
        <translation>No desactive MTA-STS ni la comprobación de certificados en su servidor de envío para este dominio: la política es la protección del destinatario contra los ataques de degradación (downgrade).</translation>
    </message>
    <message>
        <source>RFC 8461: SMTP MTA Strict Transport Security</source>
        <extracomment>rule tls.mta_sts_enforced: link title</extracomment>
        <translation>RFC 8461: SMTP MTA Strict Transport Security</translation>
    </message>
    <message>
        <source>The recipient&apos;s mail server fails its own DANE TLSA records</source>
        <extracomment>rule tls.dane_mismatch: title</extracomment>
        <translation>El servidor de correo del destinatario no cumple sus propios registros DANE TLSA</translation>
    </message>
    <message>
        <source>The bounce says TLS was required or failed, and the recipient domain&apos;s MX does not match its DNSSEC-validated TLSA records (or their validation fails). Senders that do DANE (RFC 7672) refuse to deliver to such a server, so the fault is on the receiving side.</source>
        <extracomment>rule tls.dane_mismatch: summary</extracomment>
        <translation>El rebote dice que TLS era obligatorio o falló, y el MX del dominio del destinatario no coincide con sus registros TLSA validados con DNSSEC (o su validación falla). Los remitentes que aplican DANE (RFC 7672) se niegan a entregar a un servidor así, de modo que el fallo está del lado receptor.</translation>
    </message>
    <message>
        <source>After the corrected TLSA records&apos; TTL.</source>
        <extracomment>rule tls.dane_mismatch: recovery</extracomment>
        <translation>Tras el TTL de los registros TLSA corregidos.</translation>
    </message>
    <message>
        <source>Publish TLSA records that match the certificate the mail server presents (or fix the zone&apos;s DNSSEC signatures), before or together with any certificate change.</source>
        <extracomment>rule tls.dane_mismatch: step (recipient)</extracomment>
        <translation>Publique registros TLSA que coincidan con el certificado que presenta el servidor de correo (o corrija las firmas DNSSEC de la zona), antes de cualquier cambio de certificado o junto con él.</translation>
    </message>
    <message>
        <source>Tell the recipient&apos;s administrator; your server is right to refuse. Retry once their TLSA records match.</source>
        <extracomment>rule tls.dane_mismatch: step (you)</extracomment>
        <translation>Avise al administrador del destinatario; su servidor hace bien en rechazar. Reintente cuando sus registros TLSA coincidan.</translation>
    </message>
    <message>
        <source>Do not turn off DANE or TLS on your sending server to get the mail through: it removes the protection for every DANE domain.</source>
        <extracomment>rule tls.dane_mismatch: what not to do</extracomment>
        <translation>No desactive DANE ni TLS en su servidor de envío para que pase el correo: eso elimina la protección para todos los dominios con DANE.</translation>
    </message>
    <message>
        <source>Unauthorised sources send as {domain} and fail DMARC</source>
        <extracomment>rule reports.unauthorised_sender: title</extracomment>
        <translation>Fuentes no autorizadas envían como {domain} y no superan DMARC</translation>
    </message>
    <message>
        <source>The DMARC aggregate reports show mail with {domain} in its From field from addresses that are neither in the domain&apos;s SPF record nor a known sending service, and that carry no aligned DKIM signature. Either someone spoofs the domain, or one of your own senders (a server, an application, a new provider) is not set up yet.</source>
        <extracomment>rule reports.unauthorised_sender: summary</extracomment>
        <translation>Los informes agregados DMARC muestran correo con {domain} en su campo From procedente de direcciones que no están en el registro SPF del dominio ni son un servicio de envío conocido, y que no llevan una firma DKIM alineada. O alguien suplanta el dominio, o uno de sus propios remitentes (un servidor, una aplicación, un proveedor nuevo) aún no está configurado.</translation>
    </message>
    <message>
        <source>The next day&apos;s reports show the change once the DNS records are published.</source>
        <extracomment>rule reports.unauthorised_sender: recovery</extracomment>
        <translation>Los informes del día siguiente muestran el cambio una vez publicados los registros DNS.</translation>
    </message>
    <message>
        <source>Look through the sources in the Reports window (their reverse DNS names and volumes): decide for each whether it is yours.</source>
        <extracomment>rule reports.unauthorised_sender: step (you)</extracomment>
        <translation>Revise las fuentes en la ventana de informes (sus nombres de DNS inverso y sus volúmenes): decida para cada una si es suya.</translation>
    </message>
    <message>
        <source>Look through the sources in the Reports window: decide for each whether it is yours.</source>
        <extracomment>rule reports.unauthorised_sender: step (you)</extracomment>
        <translation>Revise las fuentes en la ventana de informes: decida para cada una si es suya.</translation>
    </message>
    <message>
        <source>For each source that is yours, add it to the SPF record of {domain} and sign its mail with DKIM for {domain}.</source>
        <extracomment>rule reports.unauthorised_sender: step (you)</extracomment>
        <translation>Para cada fuente que sea suya, añádala al registro SPF de {domain} y firme su correo con DKIM para {domain}.</translation>
    </message>
    <message>
        <source>For each source that is yours, add it to your domain&apos;s SPF record and sign its mail with DKIM for your domain.</source>
        <extracomment>rule reports.unauthorised_sender: step (you)</extracomment>
        <translation>Para cada fuente que sea suya, añádala al registro SPF de su dominio y firme su correo con DKIM para su dominio.</translation>
    </message>
    <message>
        <source>Once every legitimate source passes, move the DMARC policy of {domain} from p=none towards p=quarantine, then p=reject, so that the spoofed mail is refused.</source>
        <extracomment>rule reports.unauthorised_sender: step (you)</extracomment>
        <translation>Cuando todas las fuentes legítimas superen DMARC, pase la política DMARC de {domain} de p=none a p=quarantine y luego a p=reject, para que se rechace el correo suplantado.</translation>
    </message>
    <message>
        <source>Once every legitimate source passes, move the DMARC policy from p=none towards p=quarantine, then p=reject.</source>
        <extracomment>rule reports.unauthorised_sender: step (you)</extracomment>
        <translation>Cuando todas las fuentes legítimas superen DMARC, pase la política DMARC de p=none a p=quarantine y luego a p=reject.</translation>
    </message>
    <message>
        <source>Do not add an unknown source to the SPF record to make the reports pass: you would authorise whoever spoofs you.</source>
        <extracomment>rule reports.unauthorised_sender: what not to do</extracomment>
        <translation>No añada una fuente desconocida al registro SPF para que los informes salgan bien: autorizaría a quien le suplanta.</translation>
    </message>
    <message>
        <source>A sending service sends for {domain} without aligned DKIM</source>
        <extracomment>rule reports.esp_unaligned: title</extracomment>
        <translation>Un servicio de envío envía en nombre de {domain} sin DKIM alineado</translation>
    </message>
    <message>
        <source>The reports show a known sending service (an ESP or a mailbox provider) sending as {domain}: its mail passes SPF and DKIM for the service&apos;s own domains, but neither aligns with {domain}, so DMARC fails and receivers apply the domain&apos;s policy to it.</source>
        <extracomment>rule reports.esp_unaligned: summary</extracomment>
        <translation>Los informes muestran un servicio de envío conocido (un ESP o un proveedor de buzones) que envía como {domain}: su correo supera SPF y DKIM para los dominios propios del servicio, pero ninguno está alineado con {domain}, así que DMARC falla y los receptores le aplican la política del dominio.</translation>
    </message>
    <message>
        <source>As soon as the service signs with the new keys; the next day&apos;s reports confirm it.</source>
        <extracomment>rule reports.esp_unaligned: recovery</extracomment>
        <translation>En cuanto el servicio firme con las claves nuevas; los informes del día siguiente lo confirman.</translation>
    </message>
    <message>
        <source>Set up DKIM for {domain} (a custom signing domain) in each sending service the reports name.</source>
        <extracomment>rule reports.esp_unaligned: step (provider)</extracomment>
        <translation>Configure DKIM para {domain} (un dominio de firma personalizado) en cada servicio de envío que nombran los informes.</translation>
    </message>
    <message>
        <source>Set up DKIM for your domain (a custom signing domain) in each sending service the reports name.</source>
        <extracomment>rule reports.esp_unaligned: step (provider)</extracomment>
        <translation>Configure DKIM para su dominio (un dominio de firma personalizado) en cada servicio de envío que nombran los informes.</translation>
    </message>
    <message>
        <source>Where the service offers it, use a custom return-path (bounce) domain under {domain}, so that SPF aligns too.</source>
        <extracomment>rule reports.esp_unaligned: step (provider)</extracomment>
        <translation>Si el servicio lo ofrece, use un dominio de return-path (rebote) personalizado bajo {domain}, para que SPF también esté alineado.</translation>
    </message>
    <message>
        <source>Where the service offers it, use a custom return-path (bounce) domain under your domain, so that SPF aligns too.</source>
        <extracomment>rule reports.esp_unaligned: step (provider)</extracomment>
        <translation>Si el servicio lo ofrece, use un dominio de return-path (rebote) personalizado bajo su dominio, para que SPF también esté alineado.</translation>
    </message>
    <message>
        <source>Do not tighten the DMARC policy before these services are aligned: their mail would be quarantined or refused.</source>
        <extracomment>rule reports.esp_unaligned: what not to do</extracomment>
        <translation>No endurezca la política DMARC antes de que estos servicios estén alineados: su correo se pondría en cuarentena o se rechazaría.</translation>
    </message>
    <message>
        <source>Forwarded mail fails DMARC for {domain}</source>
        <extracomment>rule reports.forwarding: title</extracomment>
        <translation>El correo reenviado no supera DMARC para {domain}</translation>
    </message>
    <message>
        <source>Some sources in the reports look like forwarders or mailing lists: they relay mail sent as {domain}, which breaks SPF, and a list that changes the message breaks DKIM too. This is expected and not a problem of your setup as long as your own mail is DKIM-signed for {domain}.</source>
        <extracomment>rule reports.forwarding: summary</extracomment>
        <translation>Algunas fuentes de los informes parecen reenviadores o listas de correo: retransmiten correo enviado como {domain}, lo que rompe SPF, y una lista que modifica el mensaje rompe también DKIM. Es lo esperado y no es un problema de su configuración siempre que su propio correo esté firmado con DKIM para {domain}.</translation>
    </message>
    <message>
        <source>Make sure all of your own mail is DKIM-signed for {domain}: an aligned signature survives plain forwarding.</source>
        <extracomment>rule reports.forwarding: step (you)</extracomment>
        <translation>Asegúrese de que todo su propio correo esté firmado con DKIM para {domain}: una firma alineada sobrevive a un reenvío simple.</translation>
    </message>
    <message>
        <source>Make sure all of your own mail is DKIM-signed for your domain: an aligned signature survives plain forwarding.</source>
        <extracomment>rule reports.forwarding: step (you)</extracomment>
        <translation>Asegúrese de que todo su propio correo esté firmado con DKIM para su dominio: una firma alineada sobrevive a un reenvío simple.</translation>
    </message>
    <message>
        <source>Do not add the forwarders to your SPF record: they send for many domains.</source>
        <extracomment>rule reports.forwarding: what not to do</extracomment>
        <translation>No añada los reenviadores a su registro SPF: envían en nombre de muchos dominios.</translation>
    </message>
    <message>
        <source>TLS sessions to the mail servers of {domain} fail</source>
        <extracomment>rule reports.tls_failures: title</extracomment>
        <translation>Fallan las sesiones TLS hacia los servidores de correo de {domain}</translation>
    </message>
    <message>
        <source>The SMTP TLS reports show sending servers that could not set up the secure connection the policy of {domain} (MTA-STS or DANE) requires. Depending on the policy, that mail was delivered without TLS, delayed or not delivered.</source>
        <extracomment>rule reports.tls_failures: summary</extracomment>
        <translation>Los informes SMTP TLS muestran servidores de envío que no pudieron establecer la conexión segura que exige la política de {domain} (MTA-STS o DANE). Según la política, ese correo se entregó sin TLS, se retrasó o no se entregó.</translation>
    </message>
    <message>
        <source>Look at the result types in the reports: each names what failed, and the Reports window explains each one.</source>
        <extracomment>rule reports.tls_failures: step (you)</extracomment>
        <translation>Mire los tipos de resultado en los informes: cada uno indica qué falló, y la ventana de informes explica cada uno.</translation>
    </message>
    <message>
        <source>Look at the result types in the reports: each names what failed.</source>
        <extracomment>rule reports.tls_failures: step (you)</extracomment>
        <translation>Mire los tipos de resultado en los informes: cada uno indica qué falló.</translation>
    </message>
    <message>
        <source>RFC 8460 (SMTP TLS reporting)</source>
        <extracomment>rule reports.tls_failures: link title</extracomment>
        <translation>RFC 8460 (informes SMTP TLS)</translation>
    </message>
    <message>
        <source>The TLS reports name the result type {value}.</source>
        <extracomment>rule reports.tls.starttls_not_supported: evidence (tls_failure_types)</extracomment>
        <translation>Los informes TLS nombran el tipo de resultado {value}.</translation>
    </message>
    <message>
        <source>The mail servers of {domain} do not offer STARTTLS to every sender</source>
        <extracomment>rule reports.tls.starttls_not_supported: title</extracomment>
        <translation>Los servidores de correo de {domain} no ofrecen STARTTLS a todos los remitentes</translation>
    </message>
    <message>
        <source>Senders report the result type starttls-not-supported: a mail server of {domain} did not offer STARTTLS (or the offer was stripped on the way) while the domain&apos;s MTA-STS or DANE policy requires TLS.</source>
        <extracomment>rule reports.tls.starttls_not_supported: summary</extracomment>
        <translation>Los remitentes informan del tipo de resultado starttls-not-supported: un servidor de correo de {domain} no ofreció STARTTLS (o la oferta se eliminó por el camino) mientras la política MTA-STS o DANE del dominio exige TLS.</translation>
    </message>
    <message>
        <source>Enable STARTTLS on every MX host of {domain} (and on every address of each host, IPv4 and IPv6), and check that no firewall or proxy strips it.</source>
        <extracomment>rule reports.tls.starttls_not_supported: step (you)</extracomment>
        <translation>Active STARTTLS en cada host MX de {domain} (y en cada dirección de cada host, IPv4 e IPv6), y compruebe que ningún cortafuegos o proxy lo elimina.</translation>
    </message>
    <message>
        <source>Enable STARTTLS on every MX host (and on every address of each host), and check that no firewall or proxy strips it.</source>
        <extracomment>rule reports.tls.starttls_not_supported: step (you)</extracomment>
        <translation>Active STARTTLS en cada host MX (y en cada dirección de cada host), y compruebe que ningún cortafuegos o proxy lo elimina.</translation>
    </message>
    <message>
        <source>The certificate of a mail server of {domain} fails validation</source>
        <extracomment>rule reports.tls.certificate: title</extracomment>
        <translation>El certificado de un servidor de correo de {domain} no supera la validación</translation>
    </message>
    <message>
        <source>Senders report certificate failures (a name that does not match the MX host, an expired certificate, an untrusted chain, or another validation failure): under the domain&apos;s MTA-STS policy in enforce mode such mail is not delivered.</source>
        <extracomment>rule reports.tls.certificate: summary</extracomment>
        <translation>Los remitentes informan de fallos de certificado (un nombre que no coincide con el host MX, un certificado caducado, una cadena no fiable u otro fallo de validación): con la política MTA-STS del dominio en modo enforce, ese correo no se entrega.</translation>
    </message>
    <message>
        <source>Install on every MX host of {domain} a certificate from a public CA that covers the MX host name, with its whole chain, and renew it before it expires.</source>
        <extracomment>rule reports.tls.certificate: step (you)</extracomment>
        <translation>Instale en cada host MX de {domain} un certificado de una CA pública que cubra el nombre del host MX, con toda su cadena, y renuévelo antes de que caduque.</translation>
    </message>
    <message>
        <source>Install on every MX host a certificate from a public CA that covers the MX host name, with its whole chain, and renew it before it expires.</source>
        <extracomment>rule reports.tls.certificate: step (you)</extracomment>
        <translation>Instale en cada host MX un certificado de una CA pública que cubra el nombre del host MX, con toda su cadena, y renuévelo antes de que caduque.</translation>
    </message>
    <message>
        <source>DANE validation of the mail servers of {domain} fails</source>
        <extracomment>rule reports.tls.dane: title</extracomment>
        <translation>Falla la validación DANE de los servidores de correo de {domain}</translation>
    </message>
    <message>
        <source>Senders report DANE failures (invalid TLSA records, DNSSEC that does not validate, or a required DANE check that could not be done): DANE senders do not deliver to a host whose TLSA records do not match its certificate.</source>
        <extracomment>rule reports.tls.dane: summary</extracomment>
        <translation>Los remitentes informan de fallos DANE (registros TLSA no válidos, DNSSEC que no se valida o una comprobación DANE obligatoria que no pudo hacerse): los remitentes con DANE no entregan a un host cuyos registros TLSA no coinciden con su certificado.</translation>
    </message>
    <message>
        <source>Make the TLSA records of each MX host of {domain} match the certificate it serves (publish the new key&apos;s record before a rollover), and keep the DNSSEC signatures of the zones valid.</source>
        <extracomment>rule reports.tls.dane: step (you)</extracomment>
        <translation>Haga que los registros TLSA de cada host MX de {domain} coincidan con el certificado que sirve (publique el registro de la clave nueva antes de una rotación), y mantenga válidas las firmas DNSSEC de las zonas.</translation>
    </message>
    <message>
        <source>Make the TLSA records of each MX host match the certificate it serves, and keep the DNSSEC signatures valid.</source>
        <extracomment>rule reports.tls.dane: step (you)</extracomment>
        <translation>Haga que los registros TLSA de cada host MX coincidan con el certificado que sirve, y mantenga válidas las firmas DNSSEC.</translation>
    </message>
    <message>
        <source>RFC 7672 (DANE for SMTP)</source>
        <extracomment>rule reports.tls.dane: link title</extracomment>
        <translation>RFC 7672 (DANE para SMTP)</translation>
    </message>
    <message>
        <source>The MTA-STS policy of {domain} cannot be fetched or is invalid</source>
        <extracomment>rule reports.tls.mta_sts: title</extracomment>
        <translation>La política MTA-STS de {domain} no se puede obtener o no es válida</translation>
    </message>
    <message>
        <source>Senders report MTA-STS policy failures: the policy file at https://mta-sts.{domain}/.well-known/mta-sts.txt could not be fetched, is not valid, or its web server&apos;s certificate is not valid.</source>
        <extracomment>rule reports.tls.mta_sts: summary</extracomment>
        <translation>Los remitentes informan de fallos de la política MTA-STS: el archivo de política en https://mta-sts.{domain}/.well-known/mta-sts.txt no se pudo obtener, no es válido o el certificado de su servidor web no es válido.</translation>
    </message>
    <message>
        <source>Serve the policy at https://mta-sts.{domain}/.well-known/mta-sts.txt with a valid certificate for mta-sts.{domain}, and check its syntax (version, mode, mx, max_age).</source>
        <extracomment>rule reports.tls.mta_sts: step (you)</extracomment>
        <translation>Sirva la política en https://mta-sts.{domain}/.well-known/mta-sts.txt con un certificado válido para mta-sts.{domain}, y compruebe su sintaxis (version, mode, mx, max_age).</translation>
    </message>
    <message>
        <source>Serve the MTA-STS policy over HTTPS with a valid certificate for the mta-sts host, and check its syntax (version, mode, mx, max_age).</source>
        <extracomment>rule reports.tls.mta_sts: step (you)</extracomment>
        <translation>Sirva la política MTA-STS por HTTPS con un certificado válido para el host mta-sts, y compruebe su sintaxis (version, mode, mx, max_age).</translation>
    </message>
    <message>
        <source>RFC 8461 (MTA-STS)</source>
        <extracomment>rule reports.tls.mta_sts: link title</extracomment>
        <translation>RFC 8461 (MTA-STS)</translation>
    </message>
    <message>
        <source>The watch&apos;s database: {value}.</source>
        <extracomment>rule blocklist.spamhaus.xbl: evidence (listed_since)</extracomment>
        <translation>Base de datos de la vigilancia: {value}.</translation>
    </message>
    <message>
        <source>Google Postmaster Tools: Gmail users reported {spam_rate} of {postmaster_domain}&apos;s mail as spam on {spam_date} (the limit is 0.3 %).</source>
        <extracomment>rule provider.gmail.complaints_high: evidence (spam_rate_level)</extracomment>
        <translation>Google Postmaster Tools: los usuarios de Gmail marcaron como spam el {spam_rate} del correo de {postmaster_domain} el {spam_date} (el límite es el 0,3 %).</translation>
    </message>
    <message>
        <source>Gmail refuses {domain}&apos;s mail: its users report too much of it as spam</source>
        <extracomment>rule provider.gmail.complaints_high: title</extracomment>
        <translation>Gmail rechaza el correo de {domain}: sus usuarios marcan demasiado como spam</translation>
    </message>
    <message>
        <source>Gmail refused the mail as unsolicited or rate-limited it, and Google Postmaster Tools shows a user-reported spam rate at or over 0.3 %, the limit of Gmail&apos;s bulk-sender rules. Above it Gmail rejects or junks more of the domain&apos;s mail, and mitigation cannot be requested until the rate stays below 0.3 % for seven days. The cause is the mail recipients did not want, not the server or DNS.</source>
        <extracomment>rule provider.gmail.complaints_high: summary</extracomment>
        <translation>Gmail rechazó el correo por no solicitado o le aplicó un límite de velocidad, y Google Postmaster Tools muestra una tasa de spam notificada por los usuarios del 0,3 % o superior, el límite de las reglas de Gmail para remitentes masivos. Por encima de él, Gmail rechaza o envía a spam más correo del dominio, y no se puede solicitar la mitigación hasta que la tasa se mantenga por debajo del 0,3 % durante siete días. La causa es el correo que los destinatarios no querían, no el servidor ni el DNS.</translation>
    </message>
    <message>
        <source>Days to weeks: Gmail looks at the spam rate of the last days, so it improves only after the unwanted mail stops.</source>
        <extracomment>rule provider.gmail.complaints_high: recovery</extracomment>
        <translation>De días a semanas: Gmail tiene en cuenta la tasa de spam de los últimos días, así que solo mejora cuando cesa el correo no deseado.</translation>
    </message>
    <message>
        <source>Find the mailings that draw the complaints (Postmaster Tools shows the rate per day; a Feedback-ID header shows it per campaign) and stop sending them to recipients who did not ask for them.</source>
        <extracomment>rule provider.gmail.complaints_high: step (you)</extracomment>
        <translation>Averigüe qué envíos generan las quejas (Postmaster Tools muestra la tasa por día; una cabecera Feedback-ID la muestra por campaña) y deje de enviarlos a los destinatarios que no los solicitaron.</translation>
    </message>
    <message>
        <source>Make unsubscribing one click (List-Unsubscribe-Post) and honour it within two days; remove recipients who have not opened for months.</source>
        <extracomment>rule provider.gmail.complaints_high: step (you)</extracomment>
        <translation>Permita darse de baja con un clic (List-Unsubscribe-Post) y atienda la baja en un plazo de dos días; elimine a los destinatarios que llevan meses sin abrir los mensajes.</translation>
    </message>
    <message>
        <source>When the spam rate has stayed below 0.3 % for seven days, Gmail&apos;s sender support can be asked for mitigation.</source>
        <extracomment>rule provider.gmail.complaints_high: step (you)</extracomment>
        <translation>Cuando la tasa de spam se haya mantenido por debajo del 0,3 % durante siete días, se puede pedir la mitigación al soporte a remitentes de Gmail.</translation>
    </message>
    <message>
        <source>Gmail Email sender guidelines</source>
        <extracomment>rule provider.gmail.complaints_high: link title</extracomment>
        <translation>Directrices de Gmail para remitentes de correo</translation>
    </message>
    <message>
        <source>Do not move the mail to another domain or IP to get around the rate: Gmail follows the reputation, and the new one starts without any.</source>
        <extracomment>rule provider.gmail.complaints_high: what not to do</extracomment>
        <translation>No traslade el correo a otro dominio u otra IP para esquivar la tasa: Gmail sigue la reputación, y el nuevo empieza sin ninguna.</translation>
    </message>
    <message>
        <source>Google Postmaster Tools: the compliance requirement &apos;{value}&apos; needs work for {postmaster_domain}.</source>
        <extracomment>rule provider.gmail.compliance_auth: evidence (needs_work)</extracomment>
        <translation>Google Postmaster Tools: el requisito de cumplimiento «{value}» requiere mejoras para {postmaster_domain}.</translation>
    </message>
    <message>
        <source>Gmail refuses {domain}&apos;s mail, and Postmaster Tools says its authentication needs work</source>
        <extracomment>rule provider.gmail.compliance_auth: title</extracomment>
        <translation>Gmail rechaza el correo de {domain}, y Postmaster Tools indica que su autenticación requiere mejoras</translation>
    </message>
    <message>
        <source>The bounce comes from Gmail, and Google Postmaster Tools&apos; compliance status for the domain marks an authentication requirement (SPF, DKIM or DMARC) as needing work. Gmail&apos;s bulk-sender rules require all of them; the rows below say which one to fix.</source>
        <extracomment>rule provider.gmail.compliance_auth: summary</extracomment>
        <translation>El rebote procede de Gmail, y el estado de cumplimiento del dominio en Google Postmaster Tools marca un requisito de autenticación (SPF, DKIM o DMARC) como pendiente de mejora. Las reglas de Gmail para remitentes masivos los exigen todos; las filas de abajo indican cuál corregir.</translation>
    </message>
    <message>
        <source>The compliance status updates within a few days after the fix; Gmail accepts authenticated mail at once.</source>
        <extracomment>rule provider.gmail.compliance_auth: recovery</extracomment>
        <translation>El estado de cumplimiento se actualiza en pocos días tras la corrección; Gmail acepta el correo autenticado de inmediato.</translation>
    </message>
    <message>
        <source>Fix the requirement Postmaster Tools marks: publish or correct the SPF record, sign all mail with DKIM for {domain}, publish a DMARC record and make SPF or DKIM align with the From domain.</source>
        <extracomment>rule provider.gmail.compliance_auth: step (you)</extracomment>
        <translation>Corrija el requisito que marca Postmaster Tools: publique o corrija el registro SPF, firme todo el correo con DKIM para {domain}, publique un registro DMARC y haga que SPF o DKIM estén alineados con el dominio From.</translation>
    </message>
    <message>
        <source>Check the domain result below: its SPF, DKIM and DMARC findings show what is missing now.</source>
        <extracomment>rule provider.gmail.compliance_auth: step (you)</extracomment>
        <translation>Revise el resultado del dominio que aparece abajo: sus hallazgos de SPF, DKIM y DMARC muestran lo que falta ahora.</translation>
    </message>
    <message>
        <source>The watch saw the PTR of {ptr_target} change on {ptr_changed_on}, {value} day(s) before this diagnosis.</source>
        <extracomment>rule rdns.problem: evidence (record_changes.ptr.days_before)</extracomment>
        <translation>La vigilancia vio cambiar el PTR de {ptr_target} el {ptr_changed_on}, {value} día(s) antes de este diagnóstico.</translation>
    </message>
    <message>
        <source>The watch saw the SPF record of {spf_target} change on {spf_changed_on}, {value} day(s) before this diagnosis.</source>
        <extracomment>rule auth.spf_fail: evidence (record_changes.spf.days_before)</extracomment>
        <translation>La vigilancia vio cambiar el registro SPF de {spf_target} el {spf_changed_on}, {value} día(s) antes de este diagnóstico.</translation>
    </message>
    <message>
        <source>The SPF record of {domain} changed {spf_days} day(s) before this bounce</source>
        <extracomment>rule watch.spf_changed_before_bounce: title</extracomment>
        <translation>El registro SPF de {domain} cambió {spf_days} día(s) antes de este rebote</translation>
    </message>
    <message>
        <source>The receiver refused the mail on authentication grounds, and the watch saw the SPF record of {domain} change on {spf_changed_on}: from &quot;{spf_from}&quot; to &quot;{spf_to}&quot;. A mechanism removed or a typo in the new record is the usual reason mail that passed before fails now.</source>
        <extracomment>rule watch.spf_changed_before_bounce: summary</extracomment>
        <translation>El receptor rechazó el correo por motivos de autenticación, y la vigilancia vio cambiar el registro SPF de {domain} el {spf_changed_on}: de «{spf_from}» a «{spf_to}». Un mecanismo eliminado o una errata en el nuevo registro es el motivo habitual de que ahora falle un correo que antes superaba la comprobación.</translation>
    </message>
    <message>
        <source>As soon as the corrected record&apos;s TTL has passed (usually under an hour).</source>
        <extracomment>rule watch.spf_changed_before_bounce: recovery</extracomment>
        <translation>En cuanto haya pasado el TTL del registro corregido (normalmente menos de una hora).</translation>
    </message>
    <message>
        <source>Compare the SPF record of {domain} before the change (&quot;{spf_from}&quot;) with the one published now (&quot;{spf_to}&quot;): check that every service that sends as {domain}, including the one that sent this message from {ip}, is still authorised.</source>
        <extracomment>rule watch.spf_changed_before_bounce: step (you)</extracomment>
        <translation>Compare el registro SPF de {domain} anterior al cambio («{spf_from}») con el publicado ahora («{spf_to}»): compruebe que todos los servicios que envían como {domain}, incluido el que envió este mensaje desde {ip}, siguen autorizados.</translation>
    </message>
    <message>
        <source>Compare the SPF record of {domain} before and after the change the watch saw: check that every service that sends as {domain} is still authorised.</source>
        <extracomment>rule watch.spf_changed_before_bounce: step (you)</extracomment>
        <translation>Compare el registro SPF de {domain} antes y después del cambio que vio la vigilancia: compruebe que todos los servicios que envían como {domain} siguen autorizados.</translation>
    </message>
    <message>
        <source>Fix the record (or restore the previous one), then resend; receivers use the new record as soon as its TTL has passed.</source>
        <extracomment>rule watch.spf_changed_before_bounce: step (you)</extracomment>
        <translation>Corrija el registro (o restaure el anterior) y vuelva a enviar; los receptores usan el nuevo registro en cuanto ha pasado su TTL.</translation>
    </message>
    <message>
        <source>Do not add &quot;+all&quot; or &quot;?all&quot; to make the failures stop: anyone could then send as {domain}.</source>
        <extracomment>rule watch.spf_changed_before_bounce: what not to do</extracomment>
        <translation>No añada «+all» ni «?all» para que cesen los fallos: cualquiera podría entonces enviar como {domain}.</translation>
    </message>
    <message>
        <source>The watch saw the DMARC record of {dmarc_target} change on {dmarc_changed_on}, {value} day(s) before this diagnosis.</source>
        <extracomment>rule auth.dmarc.named: evidence (record_changes.dmarc.days_before)</extracomment>
        <translation>La vigilancia vio cambiar el registro DMARC de {dmarc_target} el {dmarc_changed_on}, {value} día(s) antes de este diagnóstico.</translation>
    </message>
    <message>
        <source>The watch saw the DKIM keys of {dkim_target} change on {dkim_changed_on}, {value} day(s) before this diagnosis.</source>
        <extracomment>rule auth.dmarc.named: evidence (record_changes.dkim.days_before)</extracomment>
        <translation>La vigilancia vio cambiar las claves DKIM de {dkim_target} el {dkim_changed_on}, {value} día(s) antes de este diagnóstico.</translation>
    </message>
</context>
<context>
    <name>rebound::data::smtp</name>
    <message>
        <source>Several independent servers do not all go silent at once; the filter is almost certainly near you.</source>
        <extracomment>text blocked_many_hosts</extracomment>
        <translation>Varios servidores independientes no se quedan todos en silencio a la vez; el filtro está casi con seguridad cerca de usted.</translation>
    </message>
    <message>
        <source>With one host it may also be that host that is down or filtered.</source>
        <extracomment>text blocked_one_host</extracomment>
        <translation>Con un solo host, también puede ser que ese host esté caído o filtrado.</translation>
    </message>
    <message>
        <source>Connection refused by {where}</source>
        <extracomment>finding smtp.connect_refused: title</extracomment>
        <translation>Conexión rechazada por {where}</translation>
    </message>
    <message>
        <source>The host answered the connection attempt with a reset: no mail server listens on this port, or a firewall on the host rejects the connection.</source>
        <extracomment>finding smtp.connect_refused: detail</extracomment>
        <translation>El host respondió al intento de conexión con un reset: ningún servidor de correo escucha en este puerto, o un cortafuegos en el host rechaza la conexión.</translation>
    </message>
    <message>
        <source>No answer from {where}</source>
        <extracomment>finding smtp.connect_timeout: title</extracomment>
        <translation>Sin respuesta de {where}</translation>
    </message>
    <message>
        <source>The connection attempt got no answer before the deadline. The host may be down, or a firewall drops the packets, either near the server or on your own network (many ISPs and cloud providers block outgoing port 25).</source>
        <extracomment>finding smtp.connect_timeout: detail</extracomment>
        <translation>El intento de conexión no obtuvo respuesta antes del plazo. Puede que el host esté caído, o que un cortafuegos descarte los paquetes, cerca del servidor o en su propia red (muchos ISP y proveedores cloud bloquean el puerto 25 saliente).</translation>
    </message>
    <message>
        <source>No IPv6 route to {where}</source>
        <extracomment>finding smtp.ipv6_unreachable_locally: title</extracomment>
        <translation>No hay ruta IPv6 hacia {where}</translation>
    </message>
    <message>
        <source>The connection failed at once with &quot;unreachable&quot;: usually this machine or its network has no working IPv6, so the IPv6 address was not checked. That says nothing about the server; senders with IPv6 will use this address.</source>
        <extracomment>finding smtp.ipv6_unreachable_locally: detail</extracomment>
        <translation>La conexión falló al instante con «unreachable»: normalmente esta máquina o su red no tiene IPv6 funcional, así que no se comprobó la dirección IPv6. No dice nada del servidor; los remitentes con IPv6 usarán esta dirección.</translation>
    </message>
    <message>
        <source>Network error talking to {where}</source>
        <extracomment>finding smtp.network_error: title</extracomment>
        <translation>Error de red al comunicarse con {where}</translation>
    </message>
    <message>
        <source>{error}</source>
        <extracomment>finding smtp.network_error: detail</extracomment>
        <translation>{error}</translation>
    </message>
    <message>
        <source>Port {port} seems blocked on your own network</source>
        <extracomment>finding smtp.port_blocked_locally: title</extracomment>
        <translation>El puerto {port} parece bloqueado en su propia red</translation>
    </message>
    <message>
        <source>Every connection attempt to port {port} timed out ({addresses} address(es) of {hosts} host(s)) while DNS answered normally. {strength} Most home, office and cloud networks block outgoing port 25: run the probe from a server that may send mail, or ask your network administrator. Until then these timeouts say nothing about the servers.</source>
        <extracomment>finding smtp.port_blocked_locally: detail</extracomment>
        <translation>Todos los intentos de conexión al puerto {port} agotaron el tiempo ({addresses} dirección(es) de {hosts} host(s)) mientras el DNS respondía con normalidad. {strength} La mayoría de las redes domésticas, de oficina y cloud bloquean el puerto 25 saliente: ejecute la sonda desde un servidor que pueda enviar correo, o consulte a su administrador de red. Hasta entonces, estos tiempos agotados no dicen nada de los servidores.</translation>
    </message>
    <message>
        <source>{where} rejected the connection with {code}</source>
        <extracomment>finding smtp.rejected_at_connect: title</extracomment>
        <translation>{where} rechazó la conexión con {code}</translation>
    </message>
    <message>
        <source>The server refused this client before any command. A 554 at connect usually means the connecting IP is on a blocklist or in a blocked range; the reply text often names the list and a lookup page. Note that this is the probing machine&apos;s IP, which may not be the IP your mail is sent from.</source>
        <extracomment>finding smtp.rejected_at_connect: detail</extracomment>
        <translation>El servidor rechazó a este cliente antes de cualquier comando. Un 554 al conectar suele significar que la IP que se conecta está en una lista de bloqueo o en un rango bloqueado; el texto de la respuesta a menudo nombra la lista y una página de consulta. Tenga en cuenta que es la IP de la máquina que sondea, que puede no ser la IP desde la que se envía su correo.</translation>
    </message>
    <message>
        <source>{where} deferred the client with {code}</source>
        <extracomment>finding smtp.greylisting: title</extracomment>
        <translation>{where} aplazó al cliente con {code}</translation>
    </message>
    <message>
        <source>The server asks new clients to come back later (greylisting or a rate limit). A real mail server retries and is accepted; a one-shot sender is not. Greylisting usually shows at RCPT, which this probe never reaches.</source>
        <extracomment>finding smtp.greylisting: detail</extracomment>
        <translation>El servidor pide a los clientes nuevos que vuelvan más tarde (greylisting o límite de velocidad). Un servidor de correo real reintenta y es aceptado; un remitente puntual no. El greylisting suele aparecer en RCPT, que esta sonda nunca alcanza.</translation>
    </message>
    <message>
        <source>{where} deferred the connection with {code}</source>
        <extracomment>finding smtp.deferred_at_connect: title</extracomment>
        <translation>{where} aplazó la conexión con {code}</translation>
    </message>
    <message>
        <source>The server is busy, rate-limiting, or refusing this client for now (421 closes the connection). Senders retry; if it lasts, the text says why.</source>
        <extracomment>finding smtp.deferred_at_connect: detail</extracomment>
        <translation>El servidor está ocupado, limita la velocidad o rechaza a este cliente por ahora (421 cierra la conexión). Los remitentes reintentan; si persiste, el texto dice por qué.</translation>
    </message>
    <message>
        <source>{where} took {ms} ms to greet</source>
        <extracomment>finding smtp.slow_banner: title</extracomment>
        <translation>{where} tardó {ms} ms en saludar</translation>
    </message>
    <message>
        <source>A slow greeting is often deliberate (a greeting delay or tarpit that catches clients that talk too early). It is a fact, not a fault: senders wait up to five minutes (RFC 5321 4.5.3.2.1).</source>
        <extracomment>finding smtp.slow_banner: detail</extracomment>
        <translation>Un saludo lento suele ser deliberado (un retardo de saludo o un tarpit que atrapa a los clientes que hablan demasiado pronto). Es un hecho, no un fallo: los remitentes esperan hasta cinco minutos (RFC 5321 4.5.3.2.1).</translation>
    </message>
    <message>
        <source>{where} does not speak ESMTP</source>
        <extracomment>finding smtp.no_esmtp: title</extracomment>
        <translation>{where} no habla ESMTP</translation>
    </message>
    <message>
        <source>EHLO was refused, so the server offers no extensions: no STARTTLS, no SIZE, no 8BITMIME. Mail to it travels in plain text.</source>
        <extracomment>finding smtp.no_esmtp: detail</extracomment>
        <translation>EHLO fue rechazado, así que el servidor no ofrece extensiones: ni STARTTLS, ni SIZE, ni 8BITMIME. El correo hacia él viaja en texto plano.</translation>
    </message>
    <message>
        <source>{where} answered EHLO with {code}</source>
        <extracomment>finding smtp.ehlo_refused: title</extracomment>
        <translation>{where} respondió a EHLO con {code}</translation>
    </message>
    <message>
        <source>The server refused the greeting of this client (the EHLO name or the client&apos;s IP).</source>
        <extracomment>finding smtp.ehlo_refused: detail</extracomment>
        <translation>El servidor rechazó el saludo de este cliente (el nombre EHLO o la IP del cliente).</translation>
    </message>
    <message>
        <source>{where} stopped answering ({stage})</source>
        <extracomment>finding smtp.timeout: title</extracomment>
        <translation>{where} dejó de responder ({stage})</translation>
    </message>
    <message>
        <source>{where} closed the connection ({stage})</source>
        <extracomment>finding smtp.closed_by_server: title</extracomment>
        <translation>{where} cerró la conexión ({stage})</translation>
    </message>
    <message>
        <source>{where} does not speak SMTP correctly</source>
        <extracomment>finding smtp.protocol_error: title</extracomment>
        <translation>{where} no habla SMTP correctamente</translation>
    </message>
    <message>
        <source>{error}. The probe stopped there.</source>
        <extracomment>finding smtp.protocol_error: detail</extracomment>
        <translation>{error}. La sonda se detuvo ahí.</translation>
    </message>
    <message>
        <source>{where} sent far too much</source>
        <extracomment>finding smtp.too_much_data: title</extracomment>
        <translation>{where} envió demasiados datos</translation>
    </message>
    <message>
        <source>The probe could not check TLS</source>
        <extracomment>finding smtp.setup_error: title</extracomment>
        <translation>La sonda no pudo comprobar TLS</translation>
    </message>
    <message>
        <source>{where} does not offer STARTTLS</source>
        <extracomment>finding smtp.no_starttls: title</extracomment>
        <translation>{where} no ofrece STARTTLS</translation>
    </message>
    <message>
        <source>Mail to this server travels unencrypted. Gmail marks such mail with a red padlock, and domains with an MTA-STS or DANE policy cannot be served at all.</source>
        <extracomment>finding smtp.no_starttls: detail</extracomment>
        <translation>El correo hacia este servidor viaja sin cifrar. Gmail marca ese correo con un candado rojo, y los dominios con una política MTA-STS o DANE no pueden recibir en absoluto.</translation>
    </message>
    <message>
        <source>{where} sent data right after its STARTTLS 220</source>
        <extracomment>finding smtp.starttls_injection: title</extracomment>
        <translation>{where} envió datos justo después de su 220 de STARTTLS</translation>
    </message>
    <message>
        <source>Bytes arrived after &quot;220 ready to start TLS&quot; and before the TLS handshake. RFC 3207 section 4 says a client must discard them: a server (or a device in the path) that sends them shows the command-injection weakness of CVE-2011-0411 and its kin, or a broken proxy.</source>
        <extracomment>finding smtp.starttls_injection: detail</extracomment>
        <translation>Llegaron bytes después de «220 ready to start TLS» y antes de la negociación TLS. La RFC 3207, sección 4, dice que un cliente debe descartarlos: un servidor (o un dispositivo en la ruta) que los envía muestra la debilidad de inyección de comandos de CVE-2011-0411 y similares, o un proxy defectuoso.</translation>
    </message>
    <message>
        <source>{where} offers STARTTLS but refuses it</source>
        <extracomment>finding smtp.starttls_refused: title</extracomment>
        <translation>{where} ofrece STARTTLS pero lo rechaza</translation>
    </message>
    <message>
        <source>STARTTLS is advertised, yet the command is answered with an error (often a missing or unreadable certificate on the server). Senders fall back to plain text or defer.</source>
        <extracomment>finding smtp.starttls_refused: detail</extracomment>
        <translation>STARTTLS se anuncia, pero el comando recibe un error (a menudo un certificado ausente o ilegible en el servidor). Los remitentes recurren al texto plano o aplazan.</translation>
    </message>
    <message>
        <source>{where} offers STARTTLS but the TLS handshake fails</source>
        <extracomment>finding smtp.starttls_handshake_failed: title</extracomment>
        <translation>{where} ofrece STARTTLS pero la negociación TLS falla</translation>
    </message>
    <message>
        <source>{where}: the TLS handshake fails (implicit TLS)</source>
        <extracomment>finding smtp.starttls_handshake_failed: title_implicit</extracomment>
        <translation>{where}: la negociación TLS falla (TLS implícito)</translation>
    </message>
    <message>
        <source>{summary} TLS to {where}: {protocol}, {cipher}</source>
        <extracomment>finding smtp.tls.summary: title</extracomment>
        <translation>{summary} TLS hacia {where}: {protocol}, {cipher}</translation>
    </message>
    <message>
        <source>Postfix&apos;s words: Anonymous (no certificate), Untrusted (the chain does not verify), Trusted (it does, but not for this name), Verified (chain and name, or DANE).</source>
        <extracomment>finding smtp.tls.summary: detail</extracomment>
        <translation>En palabras de Postfix: Anonymous (sin certificado), Untrusted (la cadena no se verifica), Trusted (se verifica, pero no para este nombre), Verified (cadena y nombre, o DANE).</translation>
    </message>
    <message>
        <source>{where} presents a certificate that does not verify</source>
        <extracomment>finding smtp.tls.untrusted: title</extracomment>
        <translation>{where} presenta un certificado que no se verifica</translation>
    </message>
    <message>
        <source>Most senders use opportunistic TLS and deliver anyway, but senders that require verified TLS (MTA-STS enforce, explicit policies) will not.</source>
        <extracomment>finding smtp.tls.untrusted: detail</extracomment>
        <translation>La mayoría de los remitentes usan TLS oportunista y entregan igualmente, pero los que exigen TLS verificado (MTA-STS enforce, políticas explícitas) no lo harán.</translation>
    </message>
    <message>
        <source>{where} presents a certificate for another name</source>
        <extracomment>finding smtp.tls.name_mismatch: title</extracomment>
        <translation>{where} presenta un certificado para otro nombre</translation>
    </message>
    <message>
        <source>The certificate is not valid for the MX host name (nor the domain). Senders that verify names (MTA-STS) will not deliver.</source>
        <extracomment>finding smtp.tls.name_mismatch: detail</extracomment>
        <translation>El certificado no es válido para el nombre de host MX (ni para el dominio). Los remitentes que verifican nombres (MTA-STS) no entregarán.</translation>
    </message>
    <message>
        <source>{where}: the certificate expired {days} days ago</source>
        <extracomment>finding smtp.tls.expired: title</extracomment>
        <translation>{where}: el certificado caducó hace {days} días</translation>
    </message>
    <message>
        <source>Renew the certificate; senders that verify will refuse it.</source>
        <extracomment>finding smtp.tls.expired: detail</extracomment>
        <translation>Renueve el certificado; los remitentes que verifican lo rechazarán.</translation>
    </message>
    <message>
        <source>{where}: the certificate expires in {days} days</source>
        <extracomment>finding smtp.tls.expiring: title</extracomment>
        <translation>{where}: el certificado caduca en {days} días</translation>
    </message>
    <message>
        <source>Check that renewal is automated.</source>
        <extracomment>finding smtp.tls.expiring: detail</extracomment>
        <translation>Compruebe que la renovación está automatizada.</translation>
    </message>
    <message>
        <source>{where}: {bits}-bit {type} key</source>
        <extracomment>finding smtp.tls.weak_key: title</extracomment>
        <translation>{where}: clave {type} de {bits} bits</translation>
    </message>
    <message>
        <source>Keys under 2048 bits are refused by current OpenSSL defaults (security level 2); such senders fail the handshake or fall back to plain text.</source>
        <extracomment>finding smtp.tls.weak_key: detail</extracomment>
        <translation>Las claves de menos de 2048 bits las rechazan los valores por defecto actuales de OpenSSL (nivel de seguridad 2); esos remitentes fallan en la negociación o recurren al texto plano.</translation>
    </message>
    <message>
        <source>{where} negotiates {protocol} at best</source>
        <extracomment>finding smtp.tls.old_protocol: title</extracomment>
        <translation>{where} negocia como mucho {protocol}</translation>
    </message>
    <message>
        <source>TLS 1.0 and 1.1 are disabled by default in current senders (RFC 8996).</source>
        <extracomment>finding smtp.tls.old_protocol: detail</extracomment>
        <translation>TLS 1.0 y 1.1 están desactivados por defecto en los remitentes actuales (RFC 8996).</translation>
    </message>
    <message>
        <source>{where} staples an OCSP response that says its certificate is {status}</source>
        <extracomment>finding smtp.tls.ocsp_not_good: title</extracomment>
        <translation>{where} grapa una respuesta OCSP que dice que su certificado está {status}</translation>
    </message>
    <message>
        <source>The server sends (staples) its CA&apos;s OCSP answer during the handshake, and that answer does not say &apos;good&apos;. Senders that check it refuse the certificate; the CA has to issue a new certificate and the server has to be given it. The staple&apos;s signature is not checked here.</source>
        <extracomment>finding smtp.tls.ocsp_not_good: detail</extracomment>
        <translation>El servidor envía (grapa) la respuesta OCSP de su CA durante la negociación, y esa respuesta no dice «good». Los remitentes que la comprueban rechazan el certificado; la CA tiene que emitir un certificado nuevo y hay que instalarlo en el servidor. La firma de la respuesta grapada no se comprueba aquí.</translation>
    </message>
    <message>
        <source>{address} has no reverse DNS</source>
        <extracomment>finding smtp.no_ptr: title</extracomment>
        <translation>{address} no tiene DNS inverso</translation>
    </message>
    <message>
        <source>A mail server&apos;s IP should have a PTR record naming the server, and that name should resolve back to the IP. Many receivers refuse mail from IPs without one.</source>
        <extracomment>finding smtp.no_ptr: detail</extracomment>
        <translation>La IP de un servidor de correo debería tener un registro PTR con el nombre del servidor, y ese nombre debería resolver de vuelta a la IP. Muchos receptores rechazan el correo de IP que no lo tienen.</translation>
    </message>
    <message>
        <source>The banner name {banner} differs from the reverse DNS of {address}</source>
        <extracomment>finding smtp.banner_ptr_mismatch: title</extracomment>
        <translation>El nombre del banner {banner} difiere del DNS inverso de {address}</translation>
    </message>
    <message>
        <source>The server greets with a name other than its PTR. Receivers seldom check this, but the name the server uses for EHLO when it sends mail should match the PTR of its sending IP.</source>
        <extracomment>finding smtp.banner_ptr_mismatch: detail</extracomment>
        <translation>El servidor saluda con un nombre distinto de su PTR. Los receptores rara vez lo comprueban, pero el nombre que usa el servidor en EHLO al enviar correo debería coincidir con el PTR de su IP de envío.</translation>
    </message>
    <message>
        <source>No DNS resolver</source>
        <extracomment>finding smtp.no_resolver: title</extracomment>
        <translation>No hay resolvedor DNS</translation>
    </message>
    <message>
        <source>The host name cannot be resolved without a resolver.</source>
        <extracomment>finding smtp.no_resolver: detail</extracomment>
        <translation>El nombre de host no puede resolverse sin un resolvedor.</translation>
    </message>
    <message>
        <source>{host} has no IPv4 or IPv6 address</source>
        <extracomment>finding smtp.host_has_no_address: title</extracomment>
        <translation>{host} no tiene dirección IPv4 ni IPv6</translation>
    </message>
    <message>
        <source>Mail cannot be delivered to a host without an address.</source>
        <extracomment>finding smtp.host_has_no_address: detail</extracomment>
        <translation>No se puede entregar correo a un host sin dirección.</translation>
    </message>
    <message>
        <source>{host} could not be resolved</source>
        <extracomment>finding smtp.host_unresolved: title</extracomment>
        <translation>No se pudo resolver {host}</translation>
    </message>
    <message>
        <source>DNS gave no definite answer, so the host could not be checked. This is not a result about the host.</source>
        <extracomment>finding smtp.host_unresolved: detail</extracomment>
        <translation>El DNS no dio una respuesta definitiva, así que no se pudo comprobar el host. No es un resultado sobre el host.</translation>
    </message>
    <message>
        <source>{domain} accepts no mail (null MX)</source>
        <extracomment>finding smtp.null_mx: title</extracomment>
        <translation>{domain} no acepta correo (MX nulo)</translation>
    </message>
    <message>
        <source>The domain publishes &quot;MX 0 .&quot; (RFC 7505): it says it receives no mail, so there is nothing to probe.</source>
        <extracomment>finding smtp.null_mx: detail</extracomment>
        <translation>El dominio publica «MX 0 .» (RFC 7505): dice que no recibe correo, así que no hay nada que sondear.</translation>
    </message>
    <message>
        <source>{domain} has no MX record</source>
        <extracomment>finding smtp.implicit_mx: title</extracomment>
        <translation>{domain} no tiene registro MX</translation>
    </message>
    <message>
        <source>Senders fall back to the domain&apos;s own address (RFC 5321 5.1). It works, but an explicit MX record is expected and some senders do not fall back.</source>
        <extracomment>finding smtp.implicit_mx: detail</extracomment>
        <translation>Los remitentes recurren a la dirección del propio dominio (RFC 5321 5.1). Funciona, pero se espera un registro MX explícito y algunos remitentes no recurren a ella.</translation>
    </message>
    <message>
        <source>{domain} does not exist</source>
        <extracomment>finding smtp.domain_missing: title</extracomment>
        <translation>{domain} no existe</translation>
    </message>
    <message>
        <source>No mail can be delivered to a domain that does not exist.</source>
        <extracomment>finding smtp.domain_missing: detail</extracomment>
        <translation>No se puede entregar correo a un dominio que no existe.</translation>
    </message>
    <message>
        <source>The MX records of {domain} could not be read</source>
        <extracomment>finding smtp.mx_unresolved: title</extracomment>
        <translation>No se pudieron leer los registros MX de {domain}</translation>
    </message>
    <message>
        <source>DNS gave no definite answer ({outcome}); nothing was probed. This is not a result about the mail servers.</source>
        <extracomment>finding smtp.mx_unresolved: detail</extracomment>
        <translation>El DNS no dio una respuesta definitiva ({outcome}); no se sondeó nada. No es un resultado sobre los servidores de correo.</translation>
    </message>
    <message>
        <source>The TLS handshake after STARTTLS failed. This is not a missing STARTTLS: the server means to offer TLS and it is broken. Many senders then retry without TLS, some defer the mail.</source>
        <extracomment>finding smtp.starttls_handshake_failed: detail</extracomment>
        <translation>La negociación TLS tras STARTTLS falló. No es un STARTTLS ausente: el servidor pretende ofrecer TLS y está roto. Muchos remitentes reintentan entonces sin TLS, algunos aplazan el correo.</translation>
    </message>
    <message>
        <source>The TLS handshake after STARTTLS did not finish in time. This is not a missing STARTTLS: the server means to offer TLS and it is broken. Many senders then retry without TLS, some defer the mail.</source>
        <extracomment>finding smtp.starttls_handshake_failed: detail_timeout</extracomment>
        <translation>La negociación TLS tras STARTTLS no terminó a tiempo. No es un STARTTLS ausente: el servidor pretende ofrecer TLS y está roto. Muchos remitentes reintentan entonces sin TLS, algunos aplazan el correo.</translation>
    </message>
    <message>
        <source>The TLS handshake on this implicit-TLS port failed. Here TLS starts with the first byte, so there is no plain-text fallback: no client can submit mail through this port until it is fixed.</source>
        <extracomment>finding smtp.starttls_handshake_failed: detail_implicit</extracomment>
        <translation>La negociación TLS en este puerto con TLS implícito ha fallado. Aquí TLS empieza desde el primer byte, así que no hay vuelta a texto plano: ningún cliente puede enviar correo por este puerto hasta que se corrija.</translation>
    </message>
    <message>
        <source>The TLS handshake on this implicit-TLS port did not finish in time. Here TLS starts with the first byte, so there is no plain-text fallback: no client can submit mail through this port until it is fixed.</source>
        <extracomment>finding smtp.starttls_handshake_failed: detail_implicit_timeout</extracomment>
        <translation>La negociación TLS en este puerto con TLS implícito no terminó a tiempo. Aquí TLS empieza desde el primer byte, así que no hay vuelta a texto plano: ningún cliente puede enviar correo por este puerto hasta que se corrija.</translation>
    </message>
    <message>
        <source>{where} matches its DNSSEC-validated TLSA records</source>
        <extracomment>finding smtp.tls.dane_match: title</extracomment>
        <translation>{where} coincide con sus registros TLSA validados con DNSSEC</translation>
    </message>
    <message>
        <source>Senders that do DANE (RFC 7672) authenticate this server by its TLSA records.</source>
        <extracomment>finding smtp.tls.dane_match: detail</extracomment>
        <translation>Los remitentes que aplican DANE (RFC 7672) autentican este servidor mediante sus registros TLSA.</translation>
    </message>
    <message>
        <source>{where} does not match its DNSSEC-validated TLSA records</source>
        <extracomment>finding smtp.tls.dane_mismatch: title</extracomment>
        <translation>{where} no coincide con sus registros TLSA validados con DNSSEC</translation>
    </message>
    <message>
        <source>Senders that do DANE (Postfix, Exim, Microsoft, many providers) will not deliver to this host: update the TLSA records before or together with the certificate (publish the new record, wait for the TTL, then change the certificate).</source>
        <extracomment>finding smtp.tls.dane_mismatch: detail</extracomment>
        <translation>Los remitentes que aplican DANE (Postfix, Exim, Microsoft, muchos proveedores) no entregarán a este host: actualice los registros TLSA antes que el certificado o junto con él (publique el registro nuevo, espere el TTL y luego cambie el certificado).</translation>
    </message>
    <message>
        <source>The TLSA records of {host} are not DNSSEC-validated</source>
        <extracomment>finding smtp.tls.dane_not_validated: title</extracomment>
        <translation>Los registros TLSA de {host} no están validados con DNSSEC</translation>
    </message>
    <message>
        <source>{name} answered, but not with a DNSSEC-validated answer (the zone is not signed, its chain of trust is broken, or the trust anchor does not cover it). RFC 7672 senders ignore such records, so DANE does not protect this host, and they were not checked against its certificate.</source>
        <extracomment>finding smtp.tls.dane_not_validated: detail</extracomment>
        <translation>{name} respondió, pero no con una respuesta validada con DNSSEC (la zona no está firmada, su cadena de confianza está rota o el ancla de confianza no la cubre). Los remitentes de la RFC 7672 ignoran esos registros, así que DANE no protege este host, y no se compararon con su certificado.</translation>
    </message>
    <message>
        <source>The DNSSEC validation of {name} fails (bogus)</source>
        <extracomment>finding smtp.tls.dane_bogus: title</extracomment>
        <translation>La validación DNSSEC de {name} falla (bogus)</translation>
    </message>
    <message>
        <source>A validating resolver rejects the TLSA answer of {host}: its signatures do not verify or the chain of trust is broken. DANE senders treat this as a failure and defer mail to the host rather than send it without TLSA; fix the zone&apos;s signatures or its DS record at the parent.</source>
        <extracomment>finding smtp.tls.dane_bogus: detail</extracomment>
        <translation>Un resolvedor validador rechaza la respuesta TLSA de {host}: sus firmas no se verifican o la cadena de confianza está rota. Los remitentes con DANE lo tratan como un fallo y aplazan el correo hacia el host en lugar de enviarlo sin TLSA; corrija las firmas de la zona o su registro DS en la zona padre.</translation>
    </message>
    <message>
        <source>{host} accepted {address} at RCPT</source>
        <extracomment>finding smtp.mailbox.accepted: title</extracomment>
        <translation>{host} aceptó {address} en RCPT</translation>
    </message>
    <message>
        <source>The server accepted the address and refused a made-up address at the same domain, so it checks its recipients: the mailbox most likely exists now. It can still be full, disabled or filtered at the end of the message; this is what the server said, not a promise of delivery.</source>
        <extracomment>finding smtp.mailbox.accepted: detail</extracomment>
        <translation>El servidor aceptó la dirección y rechazó una dirección inventada del mismo dominio, así que comprueba sus destinatarios: lo más probable es que el buzón exista ahora. Aun así, puede estar lleno, desactivado o filtrado al final del mensaje; esto es lo que dijo el servidor, no una promesa de entrega.</translation>
    </message>
    <message>
        <source>{host} refused {address}: {reply}</source>
        <extracomment>finding smtp.mailbox.rejected: title</extracomment>
        <translation>{host} rechazó {address}: {reply}</translation>
    </message>
    <message>
        <source>The receiving server refused the address before any message was sent. If the reply says the user is unknown, the mailbox does not exist (any more): remove it from your lists. Other permanent refusals (policy, blocklist) are about the sender, not the address.</source>
        <extracomment>finding smtp.mailbox.rejected: detail</extracomment>
        <translation>El servidor receptor rechazó la dirección antes de que se enviara ningún mensaje. Si la respuesta dice que el usuario es desconocido, el buzón no existe (o ya no existe): elimínela de sus listas. Otros rechazos permanentes (política, lista de bloqueo) se refieren al remitente, no a la dirección.</translation>
    </message>
    <message>
        <source>{host} deferred {address}: {reply}</source>
        <extracomment>finding smtp.mailbox.greylisted: title</extracomment>
        <translation>{host} aplazó {address}: {reply}</translation>
    </message>
    <message>
        <source>The server answered with a temporary (4xx) reply: greylisting, a rate limit or a passing problem. Nothing is known about the mailbox; a real message would be retried and usually delivered.</source>
        <extracomment>finding smtp.mailbox.greylisted: detail</extracomment>
        <translation>El servidor contestó con una respuesta temporal (4xx): greylisting, un límite de velocidad o un problema pasajero. No se sabe nada del buzón; un mensaje real se reintentaría y normalmente se entregaría.</translation>
    </message>
    <message>
        <source>{domain} accepts any address: {address} cannot be verified by probing</source>
        <extracomment>finding smtp.mailbox.catch_all: title</extracomment>
        <translation>{domain} acepta cualquier dirección: {address} no se puede verificar mediante sondeo</translation>
    </message>
    <message>
        <source>The server accepted a made-up address at the same domain too (catch-all). Whether this mailbox exists cannot be told by probing; only a delivered message or an answer from its owner can.</source>
        <extracomment>finding smtp.mailbox.catch_all: detail</extracomment>
        <translation>El servidor aceptó también una dirección inventada del mismo dominio (catch-all). Mediante sondeo no se puede saber si este buzón existe; solo un mensaje entregado o una respuesta de su titular pueden decirlo.</translation>
    </message>
    <message>
        <source>{address} cannot be verified by probing ({provider})</source>
        <extracomment>finding smtp.mailbox.unverifiable: title</extracomment>
        <translation>{address} no se puede verificar mediante sondeo ({provider})</translation>
    </message>
    <message>
        <source>This provider answers every address with 250 at RCPT and decides later, so a probe says nothing about whether the mailbox exists.</source>
        <extracomment>finding smtp.mailbox.unverifiable: detail</extracomment>
        <translation>Este proveedor responde 250 a cualquier dirección en RCPT y decide después, así que un sondeo no dice nada sobre si el buzón existe.</translation>
    </message>
    <message>
        <source>{host} refused the sender {sender}: {reply}</source>
        <extracomment>finding smtp.mailbox.sender_refused: title</extracomment>
        <translation>{host} rechazó al remitente {sender}: {reply}</translation>
    </message>
    <message>
        <source>The server refused MAIL FROM, so the recipient was never asked. The refusal is about your address or this machine&apos;s IP (often a blocklist, or a policy against dynamic addresses), not about the mailbox.</source>
        <extracomment>finding smtp.mailbox.sender_refused: detail</extracomment>
        <translation>El servidor rechazó MAIL FROM, así que nunca se llegó a preguntar por el destinatario. El rechazo se refiere a su dirección o a la IP de esta máquina (a menudo una lista de bloqueo o una política contra direcciones dinámicas), no al buzón.</translation>
    </message>
    <message>
        <source>{domain} receives no mail</source>
        <extracomment>finding smtp.mailbox.no_mail_server: title</extracomment>
        <translation>{domain} no recibe correo</translation>
    </message>
    <message>
        <source>The domain has no mail server (no MX and no address, a null MX, or the domain does not exist): no address at it can receive mail.</source>
        <extracomment>finding smtp.mailbox.no_mail_server: detail</extracomment>
        <translation>El dominio no tiene servidor de correo (ni MX ni dirección, un MX nulo, o el dominio no existe): ninguna dirección en él puede recibir correo.</translation>
    </message>
    <message>
        <source>{address} could not be probed: {reason}</source>
        <extracomment>finding smtp.mailbox.failed: title</extracomment>
        <translation>No se pudo sondear {address}: {reason}</translation>
    </message>
    <message>
        <source>No SMTP conversation took place far enough to ask about the recipient, so nothing is known about the mailbox. Outgoing port 25 is often blocked on home and cloud networks.</source>
        <extracomment>finding smtp.mailbox.failed: detail</extracomment>
        <translation>Ninguna conversación SMTP llegó lo bastante lejos como para preguntar por el destinatario, así que no se sabe nada del buzón. El puerto 25 saliente suele estar bloqueado en las redes domésticas y cloud.</translation>
    </message>
    <message>
        <source>{domain} was probed recently: not probed again for {seconds} s</source>
        <extracomment>finding smtp.mailbox.rate_limited: title</extracomment>
        <translation>{domain} se sondeó hace poco: no se volverá a sondear durante {seconds} s</translation>
    </message>
    <message>
        <source>Rebound probes each domain at most once per interval, because repeated probes can get your address or IP listed as a directory-harvesting sender.</source>
        <extracomment>finding smtp.mailbox.rate_limited: detail</extracomment>
        <translation>Rebound sondea cada dominio como máximo una vez por intervalo, porque los sondeos repetidos pueden hacer que su dirección o su IP acaben listadas como remitente de recolección de direcciones (directory harvesting).</translation>
    </message>
</context>
<context>
    <name>rebound::diagnosis::BlocklistCheckTask</name>
    <message>
        <source>Cancelled; lists that had answered are kept.</source>
        <translation>Cancelado; se conservan las listas que habían respondido.</translation>
    </message>
    <message>
        <source>No blocklist gave a definite answer (timeouts, errors or refusals): check the resolver in Settings.</source>
        <translation>Ninguna lista de bloqueo dio una respuesta definitiva (tiempos agotados, errores o rechazos): revise el resolvedor en Ajustes.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IP address</source>
        <translation>«%1» no es una dirección IP</translation>
    </message>
</context>
<context>
    <name>rebound::diagnosis::BlocklistRangeTask</name>
    <message numerus="yes">
        <source>%n more finding(s) in this range</source>
        <translation>
            <numerusform>%n hallazgo más en este rango</numerusform>
            <numerusform>%n hallazgos más en este rango</numerusform>
        </translation>
    </message>
    <message>
        <source>The table lists every address.</source>
        <translation>La tabla lista cada dirección.</translation>
    </message>
    <message>
        <source>Cancelled; the addresses checked so far are kept.</source>
        <translation>Cancelado; se conservan las direcciones comprobadas hasta ahora.</translation>
    </message>
    <message>
        <source>No blocklist gave a definite answer for any address: check the resolver in Settings.</source>
        <translation>Ninguna lista de bloqueo dio una respuesta definitiva para ninguna dirección: revise el resolvedor en Ajustes.</translation>
    </message>
</context>
<context>
    <name>rebound::diagnosis::CheckPlan</name>
    <message>
        <source>Blocklists and reverse DNS for %1</source>
        <translation>Listas de bloqueo y DNS inverso para %1</translation>
    </message>
    <message>
        <source>SPF, DKIM, DMARC and MX for %1</source>
        <translation>SPF, DKIM, DMARC y MX para %1</translation>
    </message>
    <message>
        <source>SMTP banner and STARTTLS of %1&apos;s mail servers</source>
        <translation>Banner SMTP y STARTTLS de los servidores de correo de %1</translation>
    </message>
    <message>
        <source>Route, DKIM, ARC and DMARC of the returned message</source>
        <translation>Ruta, DKIM, ARC y DMARC del mensaje devuelto</translation>
    </message>
    <message>
        <source>Route, DKIM, ARC and DMARC of the message</source>
        <translation>Ruta, DKIM, ARC y DMARC del mensaje</translation>
    </message>
    <message>
        <source>Blocklists and reverse DNS for each address of %1</source>
        <translation>Listas de bloqueo y DNS inverso para cada dirección de %1</translation>
    </message>
    <message>
        <source>Blocklists and reverse DNS for each address</source>
        <translation>Listas de bloqueo y DNS inverso para cada dirección</translation>
    </message>
    <message>
        <source>MTA-STS policy of %1</source>
        <translation>Política MTA-STS de %1</translation>
    </message>
    <message>
        <source>Mailbox probe of %1 (RCPT TO, no message sent)</source>
        <translation>Sondeo del buzón %1 (RCPT TO, sin enviar ningún mensaje)</translation>
    </message>
    <message>
        <source>Microsoft SNDS data for %1</source>
        <translation>Datos de Microsoft SNDS para %1</translation>
    </message>
    <message>
        <source>DMARC report: who sends as the domain, and each source&apos;s SPF and reverse DNS</source>
        <translation>Informe DMARC: quién envía como el dominio, y el SPF y el DNS inverso de cada fuente</translation>
    </message>
    <message>
        <source>TLS report: failed sessions by result type</source>
        <translation>Informe TLS: sesiones fallidas por tipo de resultado</translation>
    </message>
    <message>
        <source>Google Postmaster Tools data for %1</source>
        <translation>Datos de Google Postmaster Tools para %1</translation>
    </message>
    <message>
        <source>Watch history of %1</source>
        <translation>Historial de vigilancia de %1</translation>
    </message>
</context>
<context>
    <name>rebound::diagnosis::CheckTask</name>
    <message>
        <source>%1 is not a public address</source>
        <translation>%1 no es una dirección pública</translation>
    </message>
    <message>
        <source>Listed on %1</source>
        <translation>Listada en %1</translation>
    </message>
    <message>
        <source>%1 refused the query: not a listing, not checked</source>
        <translation>%1 rechazó la consulta: no es un listado, no se comprobó</translation>
    </message>
    <message>
        <source>%1 could not be checked</source>
        <translation>No se pudo comprobar %1</translation>
    </message>
    <message>
        <source>%1 has no reverse DNS (PTR)</source>
        <translation>%1 no tiene DNS inverso (PTR)</translation>
    </message>
    <message>
        <source>The reverse DNS name of %1 does not resolve back to it</source>
        <translation>El nombre de DNS inverso de %1 no resuelve de vuelta a esa dirección</translation>
    </message>
    <message>
        <source>Reverse DNS of %1 could not be checked</source>
        <translation>No se pudo comprobar el DNS inverso de %1</translation>
    </message>
    <message>
        <source>The reverse DNS name %1 looks generic (an end-user address)</source>
        <translation>El nombre de DNS inverso %1 parece genérico (una dirección de usuario final)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a CIDR range</source>
        <translation>«%1» no es un rango CIDR</translation>
    </message>
    <message>
        <source>The range has more than %1 addresses; check a /22 or smaller.</source>
        <translation>El rango tiene más de %1 direcciones; compruebe un /22 o menor.</translation>
    </message>
    <message>
        <source>Only the first %1 addresses are checked.</source>
        <translation>Solo se comprueban las primeras %1 direcciones.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IP address</source>
        <translation>«%1» no es una dirección IP</translation>
    </message>
</context>
<context>
    <name>rebound::diagnosis::DiagnosisEngine</name>
    <message>
        <source>The bounce gives the reason: %1</source>
        <translation>El rebote da el motivo: %1</translation>
    </message>
    <message>
        <source>The server&apos;s words in the bounce: %1</source>
        <translation>Palabras del servidor en el rebote: %1</translation>
    </message>
    <message>
        <source>The bounce&apos;s enhanced status code: %1</source>
        <translation>Código de estado ampliado del rebote: %1</translation>
    </message>
    <message>
        <source>The provider&apos;s code in the bounce: %1</source>
        <translation>Código del proveedor en el rebote: %1</translation>
    </message>
    <message>
        <source>The bounce names the blocklist %1</source>
        <translation>El rebote nombra la lista de bloqueo %1</translation>
    </message>
    <message>
        <source>The bounce says %1: %2</source>
        <translation>El rebote dice %1: %2</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>No DNS server answered any query (resolver: %1)</source>
        <translation>Ningún servidor DNS respondió a ninguna consulta (resolvedor: %1)</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>The bounce names %1, and %2 (%3) now answers: %4</source>
        <translation>El rebote nombra %1, y %2 (%3) ahora responde: %4</translation>
    </message>
    <message>
        <source>Could not confirm with a live check: %1. This rests on the bounce text alone.</source>
        <translation>No se pudo confirmar con una comprobación en vivo: %1. Esto se basa solo en el texto del rebote.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <source>Listed on %1 (%2)</source>
        <translation>Listada en %1 (%2)</translation>
    </message>
</context>
<context>
    <name>rebound::diagnosis::DiagnosisRun</name>
    <message>
        <source>Cancelled before it started.</source>
        <translation>Cancelado antes de empezar.</translation>
    </message>
    <message>
        <source>This check is not available in this build.</source>
        <translation>Esta comprobación no está disponible en esta compilación.</translation>
    </message>
</context>
<context>
    <name>rebound::diagnosis::DomainCheckTask</name>
    <message>
        <source>Cancelled before the domain checks finished.</source>
        <translation>Cancelado antes de que terminaran las comprobaciones del dominio.</translation>
    </message>
</context>
<context>
    <name>rebound::diagnosis::InputDetector</name>
    <message>
        <source>Nothing to check yet</source>
        <translation>Nada que comprobar todavía</translation>
    </message>
    <message>
        <source>An IPv4 address</source>
        <translation>Una dirección IPv4</translation>
    </message>
    <message>
        <source>An IPv6 address</source>
        <translation>Una dirección IPv6</translation>
    </message>
    <message>
        <source>An address range (CIDR)</source>
        <translation>Un rango de direcciones (CIDR)</translation>
    </message>
    <message>
        <source>An email address</source>
        <translation>Una dirección de correo electrónico</translation>
    </message>
    <message>
        <source>A domain name</source>
        <translation>Un nombre de dominio</translation>
    </message>
    <message>
        <source>An internationalised domain name</source>
        <translation>Un nombre de dominio internacionalizado</translation>
    </message>
    <message numerus="yes">
        <source>A list of %n IP address(es)</source>
        <translation>
            <numerusform>Una lista de %n dirección IP</numerusform>
            <numerusform>Una lista de %n direcciones IP</numerusform>
        </translation>
    </message>
    <message>
        <source>A delivered message or its header block</source>
        <translation>Un mensaje entregado o su bloque de cabeceras</translation>
    </message>
    <message>
        <source>Bounce or SMTP reply text</source>
        <translation>Texto de rebote o de respuesta SMTP</translation>
    </message>
    <message>
        <source>A DMARC aggregate report</source>
        <translation>Un informe agregado DMARC</translation>
    </message>
    <message>
        <source>An SMTP TLS report (TLS-RPT)</source>
        <translation>Un informe SMTP TLS (TLS-RPT)</translation>
    </message>
</context>
<context>
    <name>rebound::diagnosis::MailboxCheckTask</name>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>No SMTP conversation reached the recipient: nothing is known about the mailbox.</source>
        <translation>Ninguna conversación SMTP llegó al destinatario: no se sabe nada del buzón.</translation>
    </message>
    <message numerus="yes">
        <source>Not probed: this domain was probed less than %n minute(s) ago.</source>
        <translation>
            <numerusform>No sondeado: este dominio se sondeó hace menos de %n minuto.</numerusform>
            <numerusform>No sondeado: este dominio se sondeó hace menos de %n minutos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rebound::diagnosis::MessageCheckTask</name>
    <message>
        <source>Cancelled before the message analysis finished.</source>
        <translation>Cancelado antes de que terminara el análisis del mensaje.</translation>
    </message>
</context>
<context>
    <name>rebound::diagnosis::MtaStsCheckTask</name>
    <message>
        <source>Cancelled before the MTA-STS policy was read.</source>
        <translation>Cancelado antes de leer la política MTA-STS.</translation>
    </message>
</context>
<context>
    <name>rebound::diagnosis::PostmasterCheckTask</name>
    <message>
        <source>Google Postmaster Tools could not be read: %1</source>
        <translation>No se pudo leer Google Postmaster Tools: %1</translation>
    </message>
    <message>
        <source>Google has no data for this domain yet.</source>
        <translation>Google aún no tiene datos de este dominio.</translation>
    </message>
    <message>
        <source>Google Postmaster Tools could not be read (%1); the data of %2 from the cache is shown.</source>
        <translation>No se pudo leer Google Postmaster Tools (%1); se muestran los datos del %2 guardados en la caché.</translation>
    </message>
</context>
<context>
    <name>rebound::diagnosis::ReportsCheckTask</name>
    <message>
        <source>Cancelled while reading.</source>
        <translation>Cancelado durante la lectura.</translation>
    </message>
    <message>
        <source>No report could be read: %1</source>
        <translation>No se pudo leer ningún informe: %1</translation>
    </message>
    <message>
        <source>Cancelled before every source was checked live; the offline analysis.</source>
        <translation>Cancelado antes de comprobar en vivo todas las fuentes; se muestra el análisis sin conexión.</translation>
    </message>
</context>
<context>
    <name>rebound::diagnosis::Session</name>
    <message>
        <source>not a Rebound session (schema is missing)</source>
        <translation>no es una sesión de Rebound (falta schema)</translation>
    </message>
    <message>
        <source>this session was written by a newer Rebound (version %1)</source>
        <translation>esta sesión la escribió un Rebound más reciente (versión %1)</translation>
    </message>
</context>
<context>
    <name>rebound::diagnosis::SmtpCheckTask</name>
    <message>
        <source>Cancelled; the hosts probed so far are kept.</source>
        <translation>Cancelado; se conservan los hosts sondeados hasta ahora.</translation>
    </message>
    <message>
        <source>Outgoing connections to port %1 time out from this network (often blocked by the ISP or cloud provider): the mail servers could not be checked from here.</source>
        <translation>Las conexiones salientes al puerto %1 agotan el tiempo desde esta red (a menudo bloqueado por el ISP o el proveedor cloud): no se pudieron comprobar los servidores de correo desde aquí.</translation>
    </message>
</context>
<context>
    <name>rebound::diagnosis::SndsCheckTask</name>
    <message>
        <source>Microsoft SNDS could not be read: %1</source>
        <translation>No se pudo leer Microsoft SNDS: %1</translation>
    </message>
    <message>
        <source>Microsoft SNDS could not be read (%1); the data of %2 from the cache is shown.</source>
        <translation>No se pudo leer Microsoft SNDS (%1); se muestran los datos del %2 guardados en la caché.</translation>
    </message>
</context>
<context>
    <name>rebound::diagnosis::WatchCheckTask</name>
    <message>
        <source>There is no watch database at %1.</source>
        <translation>No hay ninguna base de datos de vigilancia en %1.</translation>
    </message>
    <message>
        <source>The watch database could not be read: %1</source>
        <translation>No se pudo leer la base de datos de vigilancia: %1</translation>
    </message>
</context>
<context>
    <name>rebound::dns</name>
    <message>
        <source>&quot;This network&quot; (RFC 791): not a real source address.</source>
        <translation>«Esta red» (RFC 791): no es una dirección de origen real.</translation>
    </message>
    <message>
        <source>Private network (RFC 1918): never seen by receivers on the Internet, so no blocklist lists it. Check the public address your mail leaves from.</source>
        <translation>Red privada (RFC 1918): los receptores de Internet nunca la ven, así que ninguna lista de bloqueo la incluye. Compruebe la dirección pública por la que sale su correo.</translation>
    </message>
    <message>
        <source>Shared address space for carrier-grade NAT (RFC 6598): check the public address of your provider&apos;s NAT instead.</source>
        <translation>Espacio de direcciones compartido para NAT de operador (RFC 6598): compruebe en su lugar la dirección pública del NAT de su proveedor.</translation>
    </message>
    <message>
        <source>Loopback (RFC 1122): this machine itself, not a sending address.</source>
        <translation>Loopback (RFC 1122): esta misma máquina, no una dirección de envío.</translation>
    </message>
    <message>
        <source>Link-local (RFC 3927): only valid on one network segment.</source>
        <translation>Enlace local (RFC 3927): solo válida en un segmento de red.</translation>
    </message>
    <message>
        <source>IETF protocol assignments (RFC 6890): not a sending address.</source>
        <translation>Asignaciones de protocolo de la IETF (RFC 6890): no es una dirección de envío.</translation>
    </message>
    <message>
        <source>Documentation range TEST-NET-1 (RFC 5737): used in examples only.</source>
        <translation>Rango de documentación TEST-NET-1 (RFC 5737): solo se usa en ejemplos.</translation>
    </message>
    <message>
        <source>Former 6to4 relay anycast (RFC 7526): deprecated.</source>
        <translation>Antiguo anycast de relés 6to4 (RFC 7526): obsoleto.</translation>
    </message>
    <message>
        <source>Benchmarking range (RFC 2544): not routed on the Internet.</source>
        <translation>Rango de pruebas de rendimiento (RFC 2544): no se enruta en Internet.</translation>
    </message>
    <message>
        <source>Documentation range TEST-NET-2 (RFC 5737): used in examples only.</source>
        <translation>Rango de documentación TEST-NET-2 (RFC 5737): solo se usa en ejemplos.</translation>
    </message>
    <message>
        <source>Documentation range TEST-NET-3 (RFC 5737): used in examples only.</source>
        <translation>Rango de documentación TEST-NET-3 (RFC 5737): solo se usa en ejemplos.</translation>
    </message>
    <message>
        <source>Multicast (RFC 5771): never the source of an SMTP connection.</source>
        <translation>Multidifusión (RFC 5771): nunca es el origen de una conexión SMTP.</translation>
    </message>
    <message>
        <source>Reserved (RFC 1112), including the broadcast address.</source>
        <translation>Reservado (RFC 1112), incluida la dirección de difusión.</translation>
    </message>
    <message>
        <source>The unspecified IPv6 address.</source>
        <translation>La dirección IPv6 no especificada.</translation>
    </message>
    <message>
        <source>IPv6 loopback: this machine itself.</source>
        <translation>Loopback IPv6: esta misma máquina.</translation>
    </message>
    <message>
        <source>IPv4-mapped IPv6 address: check the IPv4 address instead.</source>
        <translation>Dirección IPv6 mapeada de IPv4: compruebe en su lugar la dirección IPv4.</translation>
    </message>
    <message>
        <source>NAT64 well-known prefix (RFC 6052): check the embedded IPv4 address.</source>
        <translation>Prefijo NAT64 conocido (RFC 6052): compruebe la dirección IPv4 incluida.</translation>
    </message>
    <message>
        <source>Discard-only prefix (RFC 6666).</source>
        <translation>Prefijo de solo descarte (RFC 6666).</translation>
    </message>
    <message>
        <source>IPv6 documentation prefix (RFC 3849): used in examples only.</source>
        <translation>Prefijo de documentación IPv6 (RFC 3849): solo se usa en ejemplos.</translation>
    </message>
    <message>
        <source>6to4 (RFC 3056): deprecated transition addresses.</source>
        <translation>6to4 (RFC 3056): direcciones de transición obsoletas.</translation>
    </message>
    <message>
        <source>Unique local IPv6 address (RFC 4193): private, never seen on the Internet.</source>
        <translation>Dirección IPv6 local única (RFC 4193): privada, nunca se ve en Internet.</translation>
    </message>
    <message>
        <source>IPv6 link-local: only valid on one network segment.</source>
        <translation>IPv6 de enlace local: solo válida en un segmento de red.</translation>
    </message>
    <message>
        <source>IPv6 multicast: never the source of an SMTP connection.</source>
        <translation>Multidifusión IPv6: nunca es el origen de una conexión SMTP.</translation>
    </message>
</context>
<context>
    <name>rebound::https::HttpsFetcher</name>
    <message>
        <source>No complete answer within %1 s.</source>
        <translation>Sin respuesta completa en %1 s.</translation>
    </message>
    <message>
        <source>Not an https URL: %1</source>
        <translation>No es una URL https: %1</translation>
    </message>
    <message>
        <source>Only GET and POST are supported.</source>
        <translation>Solo se admiten GET y POST.</translation>
    </message>
    <message>
        <source>No resolver.</source>
        <translation>No hay resolvedor.</translation>
    </message>
    <message>
        <source>%1 has no address (A or AAAA).</source>
        <translation>%1 no tiene dirección (A ni AAAA).</translation>
    </message>
    <message>
        <source>%1 did not resolve: %2</source>
        <translation>%1 no se resolvió: %2</translation>
    </message>
    <message>
        <source>Not connecting to a private or special-purpose address: %1</source>
        <translation>No se conecta a una dirección privada o de uso especial: %1</translation>
    </message>
    <message>
        <source>No PEM certificate in %1.</source>
        <translation>No hay ningún certificado PEM en %1.</translation>
    </message>
    <message>
        <source>HTTP %1 redirect to %2 refused (redirects are not followed).</source>
        <translation>Redirección HTTP %1 a %2 rechazada (no se siguen redirecciones).</translation>
    </message>
    <message>
        <source>The body is %1 bytes, more than the %2 allowed.</source>
        <translation>El cuerpo ocupa %1 bytes, más de los %2 permitidos.</translation>
    </message>
    <message>
        <source>The body is longer than the %1 bytes allowed.</source>
        <translation>El cuerpo supera los %1 bytes permitidos.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
</context>
<context>
    <name>rebound::iphealth</name>
    <message>
        <source>no resolver</source>
        <translation>ningún resolvedor</translation>
    </message>
    <message>
        <source>no PTR record for %1</source>
        <translation>ningún registro PTR para %1</translation>
    </message>
    <message>
        <source>the PTR lookup failed (%1)</source>
        <translation>la consulta PTR falló (%1)</translation>
    </message>
    <message>
        <source>%1 resolves back to %2</source>
        <translation>%1 resuelve de vuelta a %2</translation>
    </message>
    <message>
        <source>no PTR name resolves back to %1</source>
        <translation>ningún nombre PTR resuelve de vuelta a %1</translation>
    </message>
    <message>
        <source>the forward lookups of the PTR names failed</source>
        <translation>fallaron las consultas directas de los nombres PTR</translation>
    </message>
    <message>
        <source>contains the address&apos;s digits (%1)</source>
        <translation>contiene los dígitos de la dirección (%1)</translation>
    </message>
    <message>
        <source>word &apos;%1&apos;: %2</source>
        <translation>palabra &apos;%1&apos;: %2</translation>
    </message>
</context>
<context>
    <name>rebound::message</name>
    <message>
        <source>more than 50 ARC fields of one kind (RFC 8617 allows 50 instances)</source>
        <translation>más de 50 campos ARC de un mismo tipo (la RFC 8617 permite 50 instancias)</translation>
    </message>
    <message>
        <source>two ARC-Seal fields with i=%1</source>
        <translation>dos campos ARC-Seal con i=%1</translation>
    </message>
    <message>
        <source>two ARC-Message-Signature fields with i=%1</source>
        <translation>dos campos ARC-Message-Signature con i=%1</translation>
    </message>
    <message>
        <source>two ARC-Authentication-Results fields with i=%1</source>
        <translation>dos campos ARC-Authentication-Results con i=%1</translation>
    </message>
    <message>
        <source>the ARC instances are not numbered 1 to %1 without gaps</source>
        <translation>las instancias ARC no están numeradas de 1 a %1 sin huecos</translation>
    </message>
    <message>
        <source>ARC instance %1 lacks one of its three fields</source>
        <translation>a la instancia ARC %1 le falta uno de sus tres campos</translation>
    </message>
    <message>
        <source>ARC instance %1 has cv=%2</source>
        <translation>la instancia ARC %1 tiene cv=%2</translation>
    </message>
    <message>
        <source>no key for the newest ARC-Message-Signature</source>
        <translation>no hay clave para la ARC-Message-Signature más reciente</translation>
    </message>
    <message>
        <source>the newest ARC-Message-Signature did not verify: %1</source>
        <translation>la ARC-Message-Signature más reciente no se verificó: %1</translation>
    </message>
    <message>
        <source>the ARC-Seal of instance %1 did not verify</source>
        <translation>el ARC-Seal de la instancia %1 no se verificó</translation>
    </message>
    <message>
        <source>no authserv-id</source>
        <translation>no hay authserv-id</translation>
    </message>
    <message>
        <source>no List-Unsubscribe field</source>
        <translation>no hay campo List-Unsubscribe</translation>
    </message>
    <message>
        <source>no List-Unsubscribe-Post: List-Unsubscribe=One-Click field</source>
        <translation>no hay campo List-Unsubscribe-Post: List-Unsubscribe=One-Click</translation>
    </message>
    <message>
        <source>List-Unsubscribe-Post is present with an https: URI</source>
        <translation>List-Unsubscribe-Post está presente con una URI https:</translation>
    </message>
    <message>
        <source>List-Unsubscribe-Post needs an https: URI in List-Unsubscribe</source>
        <translation>List-Unsubscribe-Post necesita una URI https: en List-Unsubscribe</translation>
    </message>
    <message>
        <source>a passing DKIM signature&apos;s h= lists both fields</source>
        <translation>el h= de una firma DKIM válida incluye ambos campos</translation>
    </message>
    <message>
        <source>no passing DKIM signature covers both List-Unsubscribe fields</source>
        <translation>ninguna firma DKIM válida cubre ambos campos List-Unsubscribe</translation>
    </message>
    <message>
        <source>no From domain</source>
        <translation>no hay dominio From</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no external hop with an IP address in the Received fields</source>
        <translation>no hay ningún salto externo con dirección IP en los campos Received</translation>
    </message>
    <message>
        <source>with %1 from %2</source>
        <translation>con %1 desde %2</translation>
    </message>
    <message>
        <source>no external hop found in the Received fields</source>
        <translation>no se encontró ningún salto externo en los campos Received</translation>
    </message>
    <message>
        <source>no Message-ID</source>
        <translation>no hay Message-ID</translation>
    </message>
    <message>
        <source>%1 Message-ID fields</source>
        <translation>%1 campos Message-ID</translation>
    </message>
    <message>
        <source>no Date field</source>
        <translation>no hay campo Date</translation>
    </message>
    <message>
        <source>%1 Date fields</source>
        <translation>%1 campos Date</translation>
    </message>
    <message>
        <source>the Date does not parse: %1</source>
        <translation>la Date no se puede interpretar: %1</translation>
    </message>
    <message>
        <source>the Date is more than a day after the message was received</source>
        <translation>la Date es más de un día posterior a la recepción del mensaje</translation>
    </message>
    <message>
        <source>the signature&apos;s tag list is malformed: %1</source>
        <translation>la lista de etiquetas de la firma está mal formada: %1</translation>
    </message>
    <message>
        <source>the required tag %1= is missing</source>
        <translation>falta la etiqueta obligatoria %1=</translation>
    </message>
    <message>
        <source>i= must be an ARC instance from 1 to 50</source>
        <translation>i= debe ser una instancia ARC de 1 a 50</translation>
    </message>
    <message>
        <source>v= must be 1; this verifier knows no other DKIM version</source>
        <translation>v= debe ser 1; este verificador no conoce ninguna otra versión de DKIM</translation>
    </message>
    <message>
        <source>a=%1 is not a known signing algorithm (rsa-sha256, ed25519-sha256)</source>
        <translation>a=%1 no es un algoritmo de firma conocido (rsa-sha256, ed25519-sha256)</translation>
    </message>
    <message>
        <source>c=%1 is not a known canonicalization</source>
        <translation>c=%1 no es una canonicalización conocida</translation>
    </message>
    <message>
        <source>h= does not list From, which RFC 6376 requires every signature to sign</source>
        <translation>h= no incluye From, que la RFC 6376 exige firmar en toda firma</translation>
    </message>
    <message>
        <source>b= or bh= is not valid base64</source>
        <translation>b= o bh= no es base64 válido</translation>
    </message>
    <message>
        <source>the domain of i= is not d= or a subdomain of it</source>
        <translation>el dominio de i= no es d= ni un subdominio suyo</translation>
    </message>
    <message>
        <source>q= names no query method this verifier knows (dns/txt)</source>
        <translation>q= no nombra ningún método de consulta que este verificador conozca (dns/txt)</translation>
    </message>
    <message>
        <source>l= is not a number</source>
        <translation>l= no es un número</translation>
    </message>
    <message>
        <source>t= is not a number</source>
        <translation>t= no es un número</translation>
    </message>
    <message>
        <source>x= is not a number</source>
        <translation>x= no es un número</translation>
    </message>
    <message>
        <source>x= is before t=, which RFC 6376 3.5 forbids</source>
        <translation>x= es anterior a t=, lo que la RFC 6376 3.5 prohíbe</translation>
    </message>
    <message>
        <source>the signature expired (x=) before it was checked</source>
        <translation>la firma caducó (x=) antes de comprobarse</translation>
    </message>
    <message>
        <source>d= is empty</source>
        <translation>d= está vacío</translation>
    </message>
    <message>
        <source>the key record has v=%1; only DKIM1 exists</source>
        <translation>el registro de clave tiene v=%1; solo existe DKIM1</translation>
    </message>
    <message>
        <source>the key has been revoked (empty p=)</source>
        <translation>la clave ha sido revocada (p= vacío)</translation>
    </message>
    <message>
        <source>the key is k=%1 but the signature uses %2</source>
        <translation>la clave es k=%1 pero la firma usa %2</translation>
    </message>
    <message>
        <source>the key cannot be used: %1</source>
        <translation>la clave no se puede usar: %1</translation>
    </message>
    <message>
        <source>the key&apos;s s= excludes email</source>
        <translation>el s= de la clave excluye el correo electrónico</translation>
    </message>
    <message>
        <source>the key&apos;s h= does not allow %1</source>
        <translation>el h= de la clave no permite %1</translation>
    </message>
    <message>
        <source>the key&apos;s t=s requires i= to be in d= exactly, not a subdomain</source>
        <translation>el t=s de la clave exige que i= esté exactamente en d=, no en un subdominio</translation>
    </message>
    <message>
        <source>l= is longer than the body, so the body hash did not verify (RFC 6376 3.5)</source>
        <translation>l= es más largo que el cuerpo, así que el hash del cuerpo no se verificó (RFC 6376 3.5)</translation>
    </message>
    <message>
        <source>body hash did not verify: the body was changed after signing (a mailing list footer or a rewriting gateway), the headers are intact</source>
        <translation>el hash del cuerpo no se verificó: el cuerpo se modificó después de firmar (un pie de lista de correo o una pasarela que reescribe), las cabeceras están intactas</translation>
    </message>
    <message>
        <source>body hash did not verify, and neither did the header signature</source>
        <translation>el hash del cuerpo no se verificó, y tampoco la firma de las cabeceras</translation>
    </message>
    <message>
        <source>signature did not verify: a signed header field was changed (the body is intact)</source>
        <translation>la firma no se verificó: se modificó un campo de cabecera firmado (el cuerpo está intacto)</translation>
    </message>
    <message>
        <source>the signature is mathematically valid, but the key has %1 bits and RFC 8301 forbids accepting keys under 1024 bits</source>
        <translation>la firma es matemáticamente válida, pero la clave tiene %1 bits y la RFC 8301 prohíbe aceptar claves de menos de 1024 bits</translation>
    </message>
    <message>
        <source>verified, but with rsa-sha1, which RFC 8301 retired: many receivers treat it as a failure</source>
        <translation>verificada, pero con rsa-sha1, que la RFC 8301 retiró: muchos receptores lo tratan como un fallo</translation>
    </message>
    <message>
        <source>verified; the key says t=y (testing)</source>
        <translation>verificada; la clave indica t=y (pruebas)</translation>
    </message>
    <message>
        <source>the key lookup failed: %1</source>
        <translation>falló la búsqueda de la clave: %1</translation>
    </message>
    <message>
        <source>no key for signature at %1</source>
        <translation>no hay clave para la firma en %1</translation>
    </message>
    <message>
        <source>The DKIM signature %1 is weak</source>
        <translation>La firma DKIM %1 es débil</translation>
    </message>
    <message>
        <source>The key is shorter than 2048 bits.</source>
        <translation>La clave tiene menos de 2048 bits.</translation>
    </message>
    <message>
        <source>DKIM %1 for %2</source>
        <translation>DKIM %1 para %2</translation>
    </message>
    <message>
        <source>%1 DKIM signatures were not evaluated</source>
        <translation>%1 firmas DKIM no se evaluaron</translation>
    </message>
    <message>
        <source>Only the first %1 signatures are verified; a message with more is unusual or hostile.</source>
        <translation>Solo se verifican las primeras %1 firmas; un mensaje con más es inusual u hostil.</translation>
    </message>
    <message>
        <source>%1 reported %2=%3; Rebound finds %4</source>
        <translation>%1 informó %2=%3; Rebound obtiene %4</translation>
    </message>
    <message>
        <source>The receiver checked when the message arrived; a key or record changed since, or the message was altered after it was received.</source>
        <translation>El receptor comprobó al llegar el mensaje; desde entonces cambió una clave o un registro, o el mensaje se modificó después de recibirse.</translation>
    </message>
    <message>
        <source>%1 held the message for %2 minutes</source>
        <translation>%1 retuvo el mensaje durante %2 minutos</translation>
    </message>
    <message>
        <source>A long delay between two Received fields is a queue: greylisting, a retry after a deferral, or a slow filter.</source>
        <translation>Un retraso largo entre dos campos Received es una cola: greylisting, un reintento tras un aplazamiento o un filtro lento.</translation>
    </message>
    <message>
        <source>%1 stamped a time before the previous hop&apos;s</source>
        <translation>%1 registró una hora anterior a la del salto previo</translation>
    </message>
    <message>
        <source>One of the servers&apos; clocks is wrong by %1 seconds or more.</source>
        <translation>El reloj de uno de los servidores tiene un error de %1 segundos o más.</translation>
    </message>
    <message>
        <source>No hop with a public IP address</source>
        <translation>Ningún salto con una dirección IP pública</translation>
    </message>
    <message>
        <source>SPF and reverse DNS need the address the message came from; none of the Received fields names a public one.</source>
        <translation>SPF y el DNS inverso necesitan la dirección desde la que llegó el mensaje; ninguno de los campos Received indica una pública.</translation>
    </message>
    <message>
        <source>SPF %1 for %2 sending as %3</source>
        <translation>SPF %1 para %2 enviando como %3</translation>
    </message>
    <message>
        <source>DMARC fails for %1 (policy %2)</source>
        <translation>DMARC falla para %1 (política %2)</translation>
    </message>
    <message>
        <source>Neither SPF nor DKIM passed for a domain aligned with the From domain.</source>
        <translation>Ni SPF ni DKIM se superaron para un dominio alineado con el dominio From.</translation>
    </message>
    <message>
        <source>No DMARC record for %1</source>
        <translation>No hay registro DMARC para %1</translation>
    </message>
    <message>
        <source>Gmail and Yahoo require a DMARC record from bulk senders.</source>
        <translation>Gmail y Yahoo exigen un registro DMARC a los remitentes masivos.</translation>
    </message>
    <message>
        <source>DMARC cannot be evaluated</source>
        <translation>DMARC no se puede evaluar</translation>
    </message>
    <message>
        <source>The message has no single From address.</source>
        <translation>El mensaje no tiene una única dirección From.</translation>
    </message>
    <message>
        <source>No header fields</source>
        <translation>No hay campos de cabecera</translation>
    </message>
    <message>
        <source>The input does not start with a header block.</source>
        <translation>La entrada no empieza con un bloque de cabeceras.</translation>
    </message>
    <message>
        <source>Signed with DomainKeys only, not DKIM</source>
        <translation>Firmado solo con DomainKeys, no con DKIM</translation>
    </message>
    <message>
        <source>DomainKey-Signature (RFC 4870) is historic and no receiver verifies it; sign with DKIM.</source>
        <translation>DomainKey-Signature (RFC 4870) es histórico y ningún receptor lo verifica; firme con DKIM.</translation>
    </message>
    <message>
        <source>The ARC chain does not validate</source>
        <translation>La cadena ARC no es válida</translation>
    </message>
    <message>
        <source>Bulk-sender rule not met: %1</source>
        <translation>Regla de remitentes masivos no cumplida: %1</translation>
    </message>
    <message>
        <source>line %1 bytes into the message is not a header field; the header block ends there</source>
        <translation>la línea situada a %1 bytes del inicio del mensaje no es un campo de cabecera; el bloque de cabeceras termina ahí</translation>
    </message>
    <message>
        <source>a header field is longer than %1 bytes; the header block was cut there</source>
        <translation>un campo de cabecera supera los %1 bytes; el bloque de cabeceras se cortó ahí</translation>
    </message>
    <message>
        <source>%1 header fields beyond the first %2 were not read</source>
        <translation>%1 campos de cabecera después de los primeros %2 no se leyeron</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a tag=value pair</source>
        <translation>&apos;%1&apos; no es un par etiqueta=valor</translation>
    </message>
    <message>
        <source>the tag %1= appears twice (RFC 6376 3.2)</source>
        <translation>la etiqueta %1= aparece dos veces (RFC 6376 3.2)</translation>
    </message>
    <message>
        <source>more than %1 tags</source>
        <translation>más de %1 etiquetas</translation>
    </message>
    <message>
        <source>DMARC %1: SPF and DKIM are both aligned</source>
        <translation>DMARC %1: SPF y DKIM están alineados</translation>
    </message>
    <message>
        <source>DMARC %1: SPF is aligned, DKIM is not</source>
        <translation>DMARC %1: SPF está alineado, DKIM no</translation>
    </message>
    <message>
        <source>DMARC %1: DKIM is aligned, SPF is not</source>
        <translation>DMARC %1: DKIM está alineado, SPF no</translation>
    </message>
    <message>
        <source>DMARC %1: neither SPF nor DKIM is aligned</source>
        <translation>DMARC %1: ni SPF ni DKIM están alineados</translation>
    </message>
    <message>
        <source>ARC i=%1 (%2) recorded %3=%4 for %5; Rebound finds %6</source>
        <translation>ARC i=%1 (%2) registró %3=%4 para %5; Rebound obtiene %6</translation>
    </message>
    <message>
        <source>The ARC chain validates, so this is what the sealer saw when the message reached it: the message was changed after that (a mailing-list footer or subject tag, a forwarder&apos;s rewrite). Receivers that trust this sealer may use its result instead of their own.</source>
        <translation>La cadena ARC es válida, así que esto es lo que vio el sellador cuando le llegó el mensaje: el mensaje se modificó después (un pie o una etiqueta en el asunto añadidos por una lista de correo, una reescritura de un reenviador). Los receptores que confían en este sellador pueden usar su resultado en lugar del propio.</translation>
    </message>
    <message>
        <source>The ARC chain does not validate, so this record is only a claim: nobody can tell whether the sealer wrote it.</source>
        <translation>La cadena ARC no es válida, así que este registro es solo una afirmación: nadie puede saber si lo escribió el sellador.</translation>
    </message>
    <message>
        <source>This is the copy the bounce returned; the reporting server may have altered it, so this does not show that the message as sent failed.</source>
        <translation>Esta es la copia que devolvió el rebote; el servidor que informa puede haberla alterado, así que esto no demuestra que el mensaje tal como se envió fallara.</translation>
    </message>
    <message>
        <source>The bounce returned only the message&apos;s header fields</source>
        <translation>El rebote devolvió solo los campos de cabecera del mensaje</translation>
    </message>
    <message>
        <source>The bounce returned a copy of the message</source>
        <translation>El rebote devolvió una copia del mensaje</translation>
    </message>
    <message>
        <source>The route, the From domain, the DKIM signatures&apos; domains and selectors and the sending address can be trusted. No DKIM signature can pass without the body: verify a copy from the Sent folder instead.</source>
        <translation>La ruta, el dominio From, los dominios y selectores de las firmas DKIM y la dirección de envío son fiables. Ninguna firma DKIM puede superarse sin el cuerpo: verifique en su lugar una copia de la carpeta Enviados.</translation>
    </message>
    <message>
        <source>The route, the From domain, the DKIM signatures&apos; domains and selectors and the sending address can be trusted. A DKIM pass shows the copy is intact; a failure may come from the reporting server re-encoding the copy: verify a copy from the Sent folder to be sure.</source>
        <translation>La ruta, el dominio From, los dominios y selectores de las firmas DKIM y la dirección de envío son fiables. Una firma DKIM superada demuestra que la copia está intacta; un fallo puede deberse a que el servidor que informa volvió a codificar la copia: verifique una copia de la carpeta Enviados para asegurarse.</translation>
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
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Drawing a PDF needs a QGuiApplication (run headless with QT_QPA_PLATFORM=offscreen).</source>
        <translation>Dibujar un PDF requiere una QGuiApplication (ejecute sin pantalla con QT_QPA_PLATFORM=offscreen).</translation>
    </message>
    <message>
        <source>Could not start drawing the PDF.</source>
        <translation>No se pudo empezar a dibujar el PDF.</translation>
    </message>
    <message>
        <source>Rebound diagnosis session (open it in Rebound)</source>
        <translation>Sesión de diagnóstico de Rebound (ábrala en Rebound)</translation>
    </message>
    <message>
        <source>Unknown export format for %1: use .pdf, .html, .md, .json or .txt.</source>
        <translation>Formato de exportación desconocido para %1: use .pdf, .html, .md, .json o .txt.</translation>
    </message>
</context>
<context>
    <name>rebound::postmaster::PostmasterAuthorizer</name>
    <message>
        <source>Google granted access but sent no refresh token.</source>
        <translation>Google concedió el acceso, pero no envió ningún token de actualización.</translation>
    </message>
    <message>
        <source>Google refused the authorization: %1 %2</source>
        <translation>Google rechazó la autorización: %1 %2</translation>
    </message>
    <message>
        <source>The token endpoint could not be reached or refused the code.</source>
        <translation>No se pudo contactar con el endpoint de tokens, o este rechazó el código.</translation>
    </message>
    <message>
        <source>No answer from the browser in time.</source>
        <translation>El navegador no respondió a tiempo.</translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1 for Google&apos;s answer.</source>
        <translation>No se puede escuchar en 127.0.0.1 para recibir la respuesta de Google.</translation>
    </message>
    <message>
        <source>Google refused the authorization: %1</source>
        <translation>Google rechazó la autorización: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
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
        <translation>TTL negativo %1</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>no records</source>
        <translation>sin registros</translation>
    </message>
    <message>
        <source>Appendix A: the pasted text</source>
        <translation>Apéndice A: el texto pegado</translation>
    </message>
    <message>
        <source>Nothing was pasted.</source>
        <translation>No se pegó nada.</translation>
    </message>
    <message>
        <source>As analysed (decoded, line ends normalised). Highlighted and numbered: the spans that support the diagnosis. The text is shown literally; nothing in it was followed or loaded.</source>
        <translation>Tal como se analizó (decodificado, finales de línea normalizados). Resaltados y numerados: los fragmentos que respaldan el diagnóstico. El texto se muestra literalmente; no se siguió ni se cargó nada de su contenido.</translation>
    </message>
    <message>
        <source>As pasted. The text is shown literally; nothing in it was followed or loaded.</source>
        <translation>Tal como se pegó. El texto se muestra literalmente; no se siguió ni se cargó nada de su contenido.</translation>
    </message>
    <message>
        <source>Evidence for</source>
        <translation>Evidencia de</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Appendix B: raw DNS answers</source>
        <translation>Apéndice B: respuestas DNS en bruto</translation>
    </message>
    <message>
        <source>No raw DNS answers were recorded.</source>
        <translation>No se registraron respuestas DNS en bruto.</translation>
    </message>
    <message>
        <source>Every answer as the resolver returned it, with TTLs, response codes, the server that answered and the time it took.</source>
        <translation>Cada respuesta tal como la devolvió el resolvedor, con TTL, códigos de respuesta, el servidor que respondió y el tiempo que tardó.</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>Server, time</source>
        <translation>Servidor, tiempo</translation>
    </message>
    <message>
        <source>Appendix C: SMTP transcripts</source>
        <translation>Apéndice C: transcripciones SMTP</translation>
    </message>
    <message>
        <source>No SMTP conversation was recorded.</source>
        <translation>No se registró ninguna conversación SMTP.</translation>
    </message>
    <message>
        <source>(no SPF record)</source>
        <translation>(sin registro SPF)</translation>
    </message>
    <message>
        <source>SPF</source>
        <translation>SPF</translation>
    </message>
    <message>
        <source>SPF was not checked.</source>
        <translation>No se comprobó SPF.</translation>
    </message>
    <message>
        <source>%1 of 10 DNS lookups</source>
        <translation>%1 de 10 consultas DNS</translation>
    </message>
    <message>
        <source>%1 of 2 void lookups</source>
        <translation>%1 de 2 consultas vacías</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>For IP</source>
        <translation>Para la IP</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Decidido por</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Límites</translation>
    </message>
    <message>
        <source>Evaluation tree</source>
        <translation>Árbol de evaluación</translation>
    </message>
    <message>
        <source>(✓ matched, · did not match, – not evaluated, ✗ error)</source>
        <translation>(✓ coincide, · no coincide, – no evaluado, ✗ error)</translation>
    </message>
    <message>
        <source>DMARC</source>
        <translation>DMARC</translation>
    </message>
    <message>
        <source>DMARC was not checked.</source>
        <translation>No se comprobó DMARC.</translation>
    </message>
    <message>
        <source>Found at</source>
        <translation>Encontrado en</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Política</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <source>Alignment</source>
        <translation>Alineación</translation>
    </message>
    <message>
        <source>DKIM</source>
        <translation>DKIM</translation>
    </message>
    <message>
        <source>No DKIM key was checked (no selector was known).</source>
        <translation>No se comprobó ninguna clave DKIM (no se conocía ningún selector).</translation>
    </message>
    <message>
        <source>%1 bits</source>
        <translation>%1 bits</translation>
    </message>
    <message>
        <source>Selector</source>
        <translation>Selector</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>MX</source>
        <translation>MX</translation>
    </message>
    <message>
        <source>No MX record.</source>
        <translation>Sin registro MX.</translation>
    </message>
    <message>
        <source>MX was not checked.</source>
        <translation>No se comprobó MX.</translation>
    </message>
    <message>
        <source>Preference</source>
        <translation>Preferencia</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Direcciones</translation>
    </message>
    <message>
        <source>TTL (s)</source>
        <translation>TTL (s)</translation>
    </message>
    <message>
        <source>MX records</source>
        <translation>Registros MX</translation>
    </message>
    <message>
        <source>MX was not checked in this run.</source>
        <translation>No se comprobó MX en esta ejecución.</translation>
    </message>
    <message>
        <source>Domain %1</source>
        <translation>Dominio %1</translation>
    </message>
    <message>
        <source>Authentication records</source>
        <translation>Registros de autenticación</translation>
    </message>
    <message>
        <source>The sending domain&apos;s SPF, DKIM, DMARC and MX were not checked in this run.</source>
        <translation>No se comprobaron SPF, DKIM, DMARC ni MX del dominio de envío en esta ejecución.</translation>
    </message>
    <message>
        <source>Lookup</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <source>Removal</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>IP address %1</source>
        <translation>Dirección IP %1</translation>
    </message>
    <message>
        <source>Reverse DNS (PTR)</source>
        <translation>DNS inverso (PTR)</translation>
    </message>
    <message>
        <source>Forward-confirmed</source>
        <translation>Confirmado en ambos sentidos</translation>
    </message>
    <message>
        <source>Reverse DNS</source>
        <translation>DNS inverso</translation>
    </message>
    <message>
        <source>Not checked. Reverse DNS is checked for an IP address, or for the sending IP found in a bounce.</source>
        <translation>No comprobado. El DNS inverso se comprueba para una dirección IP, o para la IP de envío encontrada en un rebote.</translation>
    </message>
    <message>
        <source>Blocklists and reverse DNS</source>
        <translation>Listas de bloqueo y DNS inverso</translation>
    </message>
    <message>
        <source>The blocklists were not checked in this run.</source>
        <translation>No se comprobaron las listas de bloqueo en esta ejecución.</translation>
    </message>
    <message>
        <source>No blocklist result is recorded: the blocklists were not checked.</source>
        <translation>No hay resultados de listas de bloqueo registrados: no se comprobaron las listas de bloqueo.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Lista</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Significado</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Enlaces</translation>
    </message>
    <message>
        <source>the bounce says </source>
        <translation>el rebote dice </translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnóstico</translation>
    </message>
    <message>
        <source>No cause was identified from the bounce and the checks.</source>
        <translation>No se identificó ninguna causa a partir del rebote y las comprobaciones.</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confianza</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Recuperación</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <source>Against the alternatives</source>
        <translation>Frente a las alternativas</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>What not to do</source>
        <translation>Qué no hacer</translation>
    </message>
    <message>
        <source>Findings by area</source>
        <translation>Hallazgos por área</translation>
    </message>
    <message>
        <source>No check was run, so nothing was found and nothing was cleared.</source>
        <translation>No se ejecutó ninguna comprobación, así que no se encontró ni se descartó nada.</translation>
    </message>
    <message>
        <source>Its results are not known: this is not a clean result.</source>
        <translation>Sus resultados no se conocen: no es un resultado limpio.</translation>
    </message>
    <message>
        <source>Nothing to report.</source>
        <translation>Nada que informar.</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Hallazgo</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>No verificado</translation>
    </message>
    <message>
        <source>Mail server</source>
        <translation>Servidor de correo</translation>
    </message>
    <message>
        <source>port %1</source>
        <translation>puerto %1</translation>
    </message>
    <message>
        <source>expired %1 days ago</source>
        <translation>caducó hace %1 días</translation>
    </message>
    <message>
        <source>in %1 days</source>
        <translation>en %1 días</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Banner</source>
        <translation>Banner</translation>
    </message>
    <message>
        <source>EHLO extensions</source>
        <translation>Extensiones EHLO</translation>
    </message>
    <message>
        <source>STARTTLS offered</source>
        <translation>STARTTLS ofrecido</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificado</translation>
    </message>
    <message>
        <source>issued by %1</source>
        <translation>emitido por %1</translation>
    </message>
    <message>
        <source>Name matches</source>
        <translation>El nombre coincide</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Caduca</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verificación</translation>
    </message>
    <message>
        <source>SMTP and TLS</source>
        <translation>SMTP y TLS</translation>
    </message>
    <message>
        <source>No mail server was probed in this run.</source>
        <translation>No se sondeó ningún servidor de correo en esta ejecución.</translation>
    </message>
    <message>
        <source>The server&apos;s state is not known.</source>
        <translation>No se conoce el estado del servidor.</translation>
    </message>
    <message>
        <source>bounced for %1</source>
        <translation>rebotado para %1</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> y %1 más</translation>
    </message>
    <message>
        <source>no findings</source>
        <translation>sin hallazgos</translation>
    </message>
    <message>
        <source>%1 findings, %2 serious</source>
        <translation>%1 hallazgos, %2 graves</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>Veredicto: %1</translation>
    </message>
    <message>
        <source>Most likely cause: %1</source>
        <translation>Causa más probable: %1</translation>
    </message>
    <message>
        <source>The run was cancelled; only the finished checks are reported.</source>
        <translation>La ejecución se canceló; solo se informan las comprobaciones terminadas.</translation>
    </message>
    <message>
        <source>What was checked</source>
        <translation>Qué se comprobó</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Resolver</source>
        <translation>Resolvedor</translation>
    </message>
    <message>
        <source>Checked from</source>
        <translation>Comprobado desde</translation>
    </message>
    <message>
        <source>Rebound version</source>
        <translation>Versión de Rebound</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Datos personales</translation>
    </message>
    <message>
        <source>masked (local parts of addresses, names, Message-IDs)</source>
        <translation>enmascarados (partes locales de las direcciones, nombres, Message-ID)</translation>
    </message>
    <message>
        <source>not masked</source>
        <translation>sin enmascarar</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>Adjunto</translation>
    </message>
    <message>
        <source>%1: the machine-readable session; open it in Rebound</source>
        <translation>%1: la sesión legible por máquina; ábrala en Rebound</translation>
    </message>
    <message>
        <source>Most likely causes</source>
        <translation>Causas más probables</translation>
    </message>
    <message>
        <source>No cause was identified. See the checks below for what could and could not be checked.</source>
        <translation>No se identificó ninguna causa. Vea las comprobaciones de abajo para saber qué se pudo comprobar y qué no.</translation>
    </message>
    <message>
        <source>%1 less likely causes follow in the Diagnosis section.</source>
        <translation>%1 causas menos probables siguen en la sección Diagnóstico.</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation>Qué hacer ahora</translation>
    </message>
    <message>
        <source>No steps are known for this cause.</source>
        <translation>No se conocen pasos para esta causa.</translation>
    </message>
    <message>
        <source>Do not: </source>
        <translation>No hacer: </translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Comprobaciones</translation>
    </message>
    <message>
        <source>No check was run.</source>
        <translation>No se ejecutó ninguna comprobación.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>not evaluated: no sending IP was known</source>
        <translation>no evaluado: no se conocía ninguna IP de envío</translation>
    </message>
    <message>
        <source>Mail from other hosts</source>
        <translation>Correo desde otros hosts</translation>
    </message>
    <message>
        <source>Record syntax</source>
        <translation>Sintaxis del registro</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>No MX host (%1).</source>
        <translation>Ningún host MX (%1).</translation>
    </message>
    <message>
        <source>(a CNAME to %1)</source>
        <translation>(un CNAME a %1)</translation>
    </message>
    <message>
        <source>no address</source>
        <translation>sin dirección</translation>
    </message>
    <message>
        <source>%1 lists</source>
        <translation>%1 listas</translation>
    </message>
    <message>
        <source>%1 lists: </source>
        <translation>%1 listas: </translation>
    </message>
    <message>
        <source>Why not certain</source>
        <translation>Por qué no es seguro</translation>
    </message>
    <message>
        <source>What the receiving server replied</source>
        <translation>Qué respondió el servidor receptor</translation>
    </message>
    <message>
        <source>Permanent (%1). </source>
        <translation>Permanente (%1). </translation>
    </message>
    <message>
        <source>The receiver will refuse this mail again until the cause below is fixed; sending it again unchanged does not help.</source>
        <translation>El receptor volverá a rechazar este correo hasta que se corrija la causa indicada abajo; reenviarlo sin cambios no sirve de nada.</translation>
    </message>
    <message>
        <source>Temporary (%1). </source>
        <translation>Temporal (%1). </translation>
    </message>
    <message>
        <source>The sending server keeps retrying for a while on its own; the cause below says why it was deferred.</source>
        <translation>El servidor de envío sigue reintentando por su cuenta durante un tiempo; la causa indicada abajo explica por qué se aplazó.</translation>
    </message>
    <message>
        <source>Other recipients got %1 other replies; the bounce appendix shows them all.</source>
        <translation>Otros destinatarios recibieron %1 respuestas distintas; el apéndice de rebotes las muestra todas.</translation>
    </message>
    <message>
        <source>About this run</source>
        <translation>Acerca de esta ejecución</translation>
    </message>
    <message>
        <source>none answered</source>
        <translation>ninguno respondió</translation>
    </message>
    <message>
        <source>Every DNS query of the run</source>
        <translation>Todas las consultas DNS de la ejecución</translation>
    </message>
    <message>
        <source>In the order they ended: the server that answered, what it said, the TTL and the records of the type asked.</source>
        <translation>En el orden en que terminaron: el servidor que respondió, lo que dijo, el TTL y los registros del tipo consultado.</translation>
    </message>
    <message>
        <source>The first %1 of %2 queries are listed; the session JSON attached to this report keeps %3 of them.</source>
        <translation>Se listan las primeras %1 de %2 consultas; el JSON de sesión adjunto a este informe conserva %3 de ellas.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>TTL</source>
        <translation>TTL</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>first external hop</source>
        <translation>primer salto externo</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Hop</source>
        <translation>Salto</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Hora (UTC)</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>Retraso</translation>
    </message>
    <message>
        <source>%1-bit key</source>
        <translation>clave de %1 bits</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algoritmo</translation>
    </message>
    <message>
        <source>Body hash</source>
        <translation>Hash del cuerpo</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>ARC</source>
        <translation>ARC</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Cadena</translation>
    </message>
    <message>
        <source>%1 for %2: sealer %3, Rebound %4</source>
        <translation>%1 para %2: sellador %3, Rebound %4</translation>
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
        <translation>Sellado por</translation>
    </message>
    <message>
        <source>Seal</source>
        <translation>Sello</translation>
    </message>
    <message>
        <source>Message signature</source>
        <translation>Firma del mensaje</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Registrado por</translation>
    </message>
    <message>
        <source>Compared with Rebound</source>
        <translation>Comparado con Rebound</translation>
    </message>
    <message>
        <source>trusted (the receiver)</source>
        <translation>de confianza (el receptor)</translation>
    </message>
    <message>
        <source>a claim</source>
        <translation>una afirmación</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Escrito por</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Confianza</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>for %1 sending as %2</source>
        <translation>para %1 enviando como %2</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>para %1</translation>
    </message>
    <message>
        <source>SPF aligned</source>
        <translation>SPF alineado</translation>
    </message>
    <message>
        <source>DKIM aligned</source>
        <translation>DKIM alineado</translation>
    </message>
    <message>
        <source>DMARC policy</source>
        <translation>Política DMARC</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>The message was not analysed.</source>
        <translation>No se analizó el mensaje.</translation>
    </message>
    <message>
        <source>This is the header block a bounce returned. The route, the domains and the sending address can be trusted; no DKIM signature can pass without the body.</source>
        <translation>Este es el bloque de cabeceras que devolvió un rebote. La ruta, los dominios y la dirección de envío son fiables; ninguna firma DKIM puede superarse sin el cuerpo.</translation>
    </message>
    <message>
        <source>This is the copy a bounce returned. The route, the domains and the sending address can be trusted; a DKIM failure may come from the reporting server re-encoding the copy.</source>
        <translation>Esta es la copia que devolvió un rebote. La ruta, los dominios y la dirección de envío son fiables; un fallo DKIM puede deberse a que el servidor que informa volvió a codificar la copia.</translation>
    </message>
    <message>
        <source>Route (oldest hop first)</source>
        <translation>Ruta (primero el salto más antiguo)</translation>
    </message>
    <message>
        <source>No Received fields.</source>
        <translation>No hay campos Received.</translation>
    </message>
    <message>
        <source>DKIM signatures</source>
        <translation>Firmas DKIM</translation>
    </message>
    <message>
        <source>The message is not signed.</source>
        <translation>El mensaje no está firmado.</translation>
    </message>
    <message>
        <source>Authentication-Results</source>
        <translation>Authentication-Results</translation>
    </message>
    <message>
        <source>No Authentication-Results fields.</source>
        <translation>No hay campos Authentication-Results.</translation>
    </message>
    <message>
        <source>SPF and DMARC</source>
        <translation>SPF y DMARC</translation>
    </message>
    <message>
        <source>Bulk-sender checklist</source>
        <translation>Lista de comprobación de remitentes masivos</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>DMARC for %1</source>
        <translation>DMARC para %1</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>DMARC pass rate</source>
        <translation>Tasa de superación de DMARC</translation>
    </message>
    <message>
        <source>Source IP</source>
        <translation>IP de origen</translation>
    </message>
    <message>
        <source>Failed DMARC</source>
        <translation>No superan DMARC</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>DMARC and TLS reports</source>
        <translation>Informes DMARC y TLS</translation>
    </message>
    <message>
        <source>TLS reports</source>
        <translation>Informes TLS</translation>
    </message>
    <message>
        <source>Policy domain</source>
        <translation>Dominio de la política</translation>
    </message>
    <message>
        <source>Successful sessions</source>
        <translation>Sesiones correctas</translation>
    </message>
    <message>
        <source>Failed sessions</source>
        <translation>Sesiones fallidas</translation>
    </message>
    <message>
        <source>Organizational domain</source>
        <translation>Dominio organizativo</translation>
    </message>
    <message>
        <source>%1 (DNS tree walk, RFC 9989)</source>
        <translation>%1 (recorrido del árbol DNS, RFC 9989)</translation>
    </message>
    <message>
        <source>Older receivers</source>
        <translation>Receptores antiguos</translation>
    </message>
    <message>
        <source>organizational domain %1 (Public Suffix List), policy %2</source>
        <translation>dominio organizativo %1 (Public Suffix List), política %2</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>no encontrada</translation>
    </message>
    <message>
        <source>the message&apos;s DKIM signature</source>
        <translation>la firma DKIM del mensaje</translation>
    </message>
    <message>
        <source>given</source>
        <translation>la indicación del usuario</translation>
    </message>
    <message>
        <source>the list of common selectors</source>
        <translation>la lista de selectores habituales</translation>
    </message>
    <message>
        <source>the provider %1 (from the MX hosts or SPF includes)</source>
        <translation>el proveedor %1 (según los hosts MX o los include de SPF)</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>Encontrado mediante</translation>
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
        <translation>Descarga</translation>
    </message>
    <message>
        <source>valid for the policy host</source>
        <translation>válido para el host de la política</translation>
    </message>
    <message>
        <source>not valid for the policy host</source>
        <translation>no válido para el host de la política</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <source>max_age</source>
        <translation>max_age</translation>
    </message>
    <message>
        <source>MX patterns</source>
        <translation>Patrones MX</translation>
    </message>
    <message>
        <source>covered</source>
        <translation>cubierto</translation>
    </message>
    <message>
        <source>not covered</source>
        <translation>no cubierto</translation>
    </message>
    <message>
        <source>MX host</source>
        <translation>Host MX</translation>
    </message>
    <message>
        <source>BIMI</source>
        <translation>BIMI</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logotipo</translation>
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
        <translation>no conforme</translation>
    </message>
    <message>
        <source>Mark certificate</source>
        <translation>Certificado de marca</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Sujeto</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verificada</translation>
    </message>
    <message>
        <source>Logo in the certificate</source>
        <translation>Logotipo del certificado</translation>
    </message>
    <message>
        <source>the published SVG</source>
        <translation>el SVG publicado</translation>
    </message>
    <message>
        <source>another SVG</source>
        <translation>otro SVG</translation>
    </message>
    <message>
        <source>Recipient domain %1</source>
        <translation>Dominio del destinatario %1</translation>
    </message>
    <message>
        <source>Mailbox probe</source>
        <translation>Sondeo del buzón</translation>
    </message>
    <message>
        <source>Nothing is known about the mailbox.</source>
        <translation>No se sabe nada del buzón.</translation>
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
        <translation>RCPT TO (dirección inventada)</translation>
    </message>
    <message>
        <source>Accepts every address</source>
        <translation>Acepta cualquier dirección</translation>
    </message>
    <message>
        <source>Rebound asked the recipient&apos;s mail server about the address (MAIL FROM with your address, RCPT TO, then RSET): no message was sent. An accepted address is what the server said at that moment, not a promise of delivery.</source>
        <translation>Rebound preguntó al servidor de correo del destinatario por la dirección (MAIL FROM con su dirección, RCPT TO y luego RSET): no se envió ningún mensaje. Una dirección aceptada es lo que dijo el servidor en ese momento, no una promesa de entrega.</translation>
    </message>
    <message>
        <source>DNSSEC bogus</source>
        <translation>DNSSEC no válido (bogus)</translation>
    </message>
    <message>
        <source>not DNSSEC-validated: not checked</source>
        <translation>no validado con DNSSEC: no comprobado</translation>
    </message>
    <message>
        <source>matches</source>
        <translation>coincide</translation>
    </message>
    <message>
        <source>does not match</source>
        <translation>no coincide</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>no comprobado</translation>
    </message>
    <message>
        <source>DANE (TLSA)</source>
        <translation>DANE (TLSA)</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Verde</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Amarillo</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Rojo</translation>
    </message>
    <message>
        <source>No data for this IP</source>
        <translation>No hay datos para esta IP</translation>
    </message>
    <message>
        <source>Microsoft SNDS</source>
        <translation>Microsoft SNDS</translation>
    </message>
    <message>
        <source>Microsoft&apos;s data for this IP is not known.</source>
        <translation>No se conocen los datos de Microsoft para esta IP.</translation>
    </message>
    <message>
        <source>Filter result</source>
        <translation>Resultado del filtro</translation>
    </message>
    <message>
        <source>Complaint rate</source>
        <translation>Tasa de quejas</translation>
    </message>
    <message>
        <source>Trap hits</source>
        <translation>Impactos en trampas</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinatarios</translation>
    </message>
    <message>
        <source>Blocked by Microsoft</source>
        <translation>Bloqueada por Microsoft</translation>
    </message>
    <message>
        <source>yes: %1</source>
        <translation>sí: %1</translation>
    </message>
    <message>
        <source>Sample HELO, MAIL FROM</source>
        <translation>HELO y MAIL FROM de muestra</translation>
    </message>
    <message>
        <source>Data of</source>
        <translation>Fecha de los datos</translation>
    </message>
    <message>
        <source>(from the cache)</source>
        <translation>(de la caché)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>%1: at or over Gmail&apos;s 0.3 % limit</source>
        <translation>%1: en el límite del 0,3 % de Gmail o por encima</translation>
    </message>
    <message>
        <source>%1: over Gmail&apos;s 0.1 % target</source>
        <translation>%1: por encima del objetivo del 0,1 % de Gmail</translation>
    </message>
    <message>
        <source>%1: under Gmail&apos;s 0.1 % target</source>
        <translation>%1: por debajo del objetivo del 0,1 % de Gmail</translation>
    </message>
    <message>
        <source>Compliant</source>
        <translation>Conforme</translation>
    </message>
    <message>
        <source>Needs work</source>
        <translation>Requiere mejoras</translation>
    </message>
    <message>
        <source>Google Postmaster Tools</source>
        <translation>Google Postmaster Tools</translation>
    </message>
    <message>
        <source>What Gmail measured for this domain is not known.</source>
        <translation>No se sabe qué midió Gmail para este dominio.</translation>
    </message>
    <message>
        <source>User-reported spam rate</source>
        <translation>Tasa de spam notificada por los usuarios</translation>
    </message>
    <message>
        <source>SPF authentication rate</source>
        <translation>Tasa de autenticación SPF</translation>
    </message>
    <message>
        <source>DKIM authentication rate</source>
        <translation>Tasa de autenticación DKIM</translation>
    </message>
    <message>
        <source>DMARC authentication rate</source>
        <translation>Tasa de autenticación DMARC</translation>
    </message>
    <message>
        <source>TLS encryption rate</source>
        <translation>Tasa de cifrado TLS</translation>
    </message>
    <message>
        <source>Delivery error rate</source>
        <translation>Tasa de errores de entrega</translation>
    </message>
    <message>
        <source>Google has no compliance status for this domain.</source>
        <translation>Google no tiene ningún estado de cumplimiento para este dominio.</translation>
    </message>
    <message>
        <source>Gmail sender requirement</source>
        <translation>Requisito de remitente de Gmail</translation>
    </message>
    <message>
        <source>%1 trap hits</source>
        <translation>%1 impactos en trampas</translation>
    </message>
    <message>
        <source>blocked by Microsoft: %1</source>
        <translation>bloqueada por Microsoft: %1</translation>
    </message>
    <message>
        <source>data of %1</source>
        <translation>datos del %1</translation>
    </message>
    <message>
        <source>Watch history</source>
        <translation>Historial de vigilancia</translation>
    </message>
    <message>
        <source>The watch&apos;s database could not be read.</source>
        <translation>No se pudo leer la base de datos de vigilancia.</translation>
    </message>
    <message>
        <source>Every check the watch makes of this target is sound.</source>
        <translation>Todas las comprobaciones que la vigilancia hace de este objetivo son correctas.</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Latest changes, newest first:</source>
        <translation>Últimos cambios, del más reciente al más antiguo:</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>From → to</source>
        <translation>De → a</translation>
    </message>
</context>
<context>
    <name>rebound::report::words</name>
    <message>
        <source>[cut here: %1 more characters, %2 more lines; the attached session JSON has all of it]</source>
        <translation>[cortado aquí: %1 caracteres más, %2 líneas más; el JSON de sesión adjunto lo contiene todo]</translation>
    </message>
    <message>
        <source>The PDF&apos;s cross-reference chain is broken or too long.</source>
        <translation>La cadena de referencias cruzadas del PDF está rota o es demasiado larga.</translation>
    </message>
    <message>
        <source>The PDF uses a cross-reference stream, which is not supported.</source>
        <translation>El PDF usa un flujo de referencias cruzadas, que no se admite.</translation>
    </message>
    <message>
        <source>The PDF&apos;s cross-reference table is malformed.</source>
        <translation>La tabla de referencias cruzadas del PDF está mal formada.</translation>
    </message>
    <message>
        <source>The PDF&apos;s cross-reference table is cut short.</source>
        <translation>La tabla de referencias cruzadas del PDF está truncada.</translation>
    </message>
    <message>
        <source>The PDF&apos;s trailer is malformed.</source>
        <translation>El trailer del PDF está mal formado.</translation>
    </message>
    <message>
        <source>The PDF has no usable trailer.</source>
        <translation>El PDF no tiene un trailer utilizable.</translation>
    </message>
    <message>
        <source>The PDF or the attachment is too large.</source>
        <translation>El PDF o el adjunto es demasiado grande.</translation>
    </message>
    <message>
        <source>The PDF has no readable catalog.</source>
        <translation>El PDF no tiene un catálogo legible.</translation>
    </message>
    <message>
        <source>The PDF already has a name dictionary; attaching is not supported.</source>
        <translation>El PDF ya tiene un diccionario de nombres; no se admite adjuntar.</translation>
    </message>
    <message>
        <source>Not a PDF file.</source>
        <translation>No es un archivo PDF.</translation>
    </message>
    <message>
        <source>The PDF has no embedded file named %1.</source>
        <translation>El PDF no tiene ningún archivo incrustado llamado %1.</translation>
    </message>
    <message>
        <source>The embedded file&apos;s length is missing or wrong.</source>
        <translation>Falta la longitud del archivo incrustado o es incorrecta.</translation>
    </message>
    <message>
        <source>The embedded file uses an unsupported filter.</source>
        <translation>El archivo incrustado usa un filtro no admitido.</translation>
    </message>
    <message>
        <source>The embedded file is too large.</source>
        <translation>El archivo incrustado es demasiado grande.</translation>
    </message>
    <message>
        <source>The embedded file could not be decompressed.</source>
        <translation>No se pudo descomprimir el archivo incrustado.</translation>
    </message>
    <message>
        <source>Email deliverability report</source>
        <translation>Informe de entregabilidad del correo</translation>
    </message>
    <message>
        <source>Bounce for mail sent from %1</source>
        <translation>Rebote de correo enviado desde %1</translation>
    </message>
    <message>
        <source>Rebound %1 · session %2 · generated %3</source>
        <translation>Rebound %1 · sesión %2 · generado %3</translation>
    </message>
    <message>
        <source>SMTP transcripts</source>
        <translation>Transcripciones SMTP</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Crítico</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
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
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Problem found</source>
        <translation>Problema encontrado</translation>
    </message>
    <message>
        <source>Could not check everything</source>
        <translation>No se pudo comprobar todo</translation>
    </message>
    <message>
        <source>No problem found</source>
        <translation>Ningún problema encontrado</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>No comprobado</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Could not run</source>
        <translation>No se pudo ejecutar</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitido</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Not finished</source>
        <translation>Sin terminar</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Usted</translation>
    </message>
    <message>
        <source>Your ESP or host</source>
        <translation>Su ESP o proveedor de alojamiento</translation>
    </message>
    <message>
        <source>The recipient&apos;s admin</source>
        <translation>El administrador del destinatario</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>no comprobado</translation>
    </message>
    <message>
        <source>(not a web link, not clickable)</source>
        <translation>(no es un enlace web, no se puede pulsar)</translation>
    </message>
    <message>
        <source>This program cannot draw PDF reports (no PDF renderer is built in).</source>
        <translation>Este programa no puede dibujar informes PDF (no incluye un motor de PDF).</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Not a Rebound session: %1</source>
        <translation>No es una sesión de Rebound: %1</translation>
    </message>
    <message>
        <source>Not a Rebound session (no &quot;schema&quot;: &quot;rebound.session&quot;).</source>
        <translation>No es una sesión de Rebound (falta &quot;schema&quot;: &quot;rebound.session&quot;).</translation>
    </message>
    <message>
        <source>The file is larger than 64 MiB.</source>
        <translation>El archivo supera los 64 MiB.</translation>
    </message>
    <message>
        <source>[%1 more entries were not kept]</source>
        <translation>[no se conservaron %1 entradas más]</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Reply code</source>
        <translation>Código de respuesta</translation>
    </message>
    <message>
        <source>Enhanced status</source>
        <translation>Estado ampliado</translation>
    </message>
    <message>
        <source>Server&apos;s words</source>
        <translation>Palabras del servidor</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>SMTP command</source>
        <translation>Comando SMTP</translation>
    </message>
    <message>
        <source>Refusing server</source>
        <translation>Servidor que rechaza</translation>
    </message>
    <message>
        <source>Sending IP</source>
        <translation>IP de envío</translation>
    </message>
    <message>
        <source>Blocklist named</source>
        <translation>Lista de bloqueo nombrada</translation>
    </message>
    <message>
        <source>Provider code</source>
        <translation>Código del proveedor</translation>
    </message>
    <message>
        <source>Blocklists named</source>
        <translation>Listas de bloqueo nombradas</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Permanent</source>
        <translation>Permanente</translation>
    </message>
    <message>
        <source>Input refused: nothing was analysed</source>
        <translation>Entrada rechazada: no se analizó nada</translation>
    </message>
    <message>
        <source>Nothing recognised: no bounce, reply or log line in the input</source>
        <translation>Nada reconocido: ningún rebote, respuesta ni línea de registro en la entrada</translation>
    </message>
    <message>
        <source>verified by a live lookup</source>
        <translation>verificado con una consulta en vivo</translation>
    </message>
    <message>
        <source>inferred from the bounce text, confidence %1%</source>
        <translation>deducido del texto del rebote, confianza %1 %</translation>
    </message>
    <message>
        <source>inferred from the checks, confidence %1%</source>
        <translation>deducido de las comprobaciones, confianza %1 %</translation>
    </message>
    <message>
        <source>confidence %1%</source>
        <translation>confianza %1 %</translation>
    </message>
</context>
<context>
    <name>rebound::secrets::SecretStore</name>
    <message>
        <source>the keychain did not answer within %1 s</source>
        <translation>el llavero no respondió en %1 s</translation>
    </message>
    <message>
        <source>cannot make %1 readable by its owner only</source>
        <translation>no se puede hacer que %1 sea legible solo por su propietario</translation>
    </message>
    <message>
        <source>No system keychain is available (%1), so the key is kept in %2, readable only by you.</source>
        <translation>No hay ningún llavero del sistema disponible (%1), así que la clave se guarda en %2, legible solo por usted.</translation>
    </message>
    <message>
        <source>The key is kept in the system keychain.</source>
        <translation>La clave se guarda en el llavero del sistema.</translation>
    </message>
    <message>
        <source>The key could not be stored: no keychain (%1), and %2 (%3).</source>
        <translation>No se pudo guardar la clave: no hay llavero (%1), y %2 (%3).</translation>
    </message>
</context>
<context>
    <name>rebound::ui</name>
    <message>
        <source>Critical</source>
        <translation>Crítico</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Información</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Could not check</source>
        <translation>No comprobable</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitido</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Usted</translation>
    </message>
    <message>
        <source>Your mail provider</source>
        <translation>Su proveedor de correo</translation>
    </message>
    <message>
        <source>The recipient&apos;s admin</source>
        <translation>El administrador del destinatario</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Cualquiera</translation>
    </message>
</context>
<context>
    <name>rebound::ui::AuthTagsModel</name>
    <message>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Significado</translation>
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
        <translation>Selector DKIM %1 (%1._domainkey.%2)</translation>
    </message>
    <message>
        <source>no record published</source>
        <translation>no hay registro publicado</translation>
    </message>
    <message>
        <source>Not a tag this version knows; receivers ignore it.</source>
        <translation>No es una etiqueta que esta versión conozca; los receptores la ignoran.</translation>
    </message>
</context>
<context>
    <name>rebound::ui::BlocklistModel</name>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Lista</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zona</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Códigos</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Significado</translation>
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
        <translation>Mostrar solo &amp;problemas</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Open &amp;lookup page…</source>
        <translation>Abrir página de co&amp;nsulta…</translation>
    </message>
    <message>
        <source>Blocklist results</source>
        <translation>Resultados de listas de bloqueo</translation>
    </message>
    <message>
        <source>Address checked</source>
        <translation>Dirección comprobada</translation>
    </message>
    <message>
        <source>Filter lists</source>
        <translation>Filtrar listas</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>Di&amp;rección:</translation>
    </message>
    <message>
        <source>lookup page</source>
        <translation>página de consulta</translation>
    </message>
    <message>
        <source>removal page</source>
        <translation>página de baja</translation>
    </message>
    <message>
        <source>(address not known yet)</source>
        <translation>(dirección aún no conocida)</translation>
    </message>
    <message>
        <source>Not checked: blocklists are checked for an IP address, or for the sending IP found in a bounce.</source>
        <translation>No comprobado: las listas de bloqueo se comprueban para una dirección IP, o para la IP de envío encontrada en un rebote.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Not checked. %1</source>
        <translation>No comprobado. %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Open re&amp;moval page…</source>
        <translation>Abrir página de &amp;baja…</translation>
    </message>
    <message>
        <source>Checking… %1 of %2 lists answered; listed on %3 so far.</source>
        <translation>Comprobando… %1 de %2 listas respondieron; listada en %3 hasta ahora.</translation>
    </message>
    <message>
        <source>%1 lists: %2</source>
        <translation>%1 listas: %2</translation>
    </message>
    <message>
        <source>Microsoft SNDS: not checked (no SNDS key in Settings &gt; Blocklists).</source>
        <translation>Microsoft SNDS: no comprobado (no hay clave de SNDS en Ajustes &gt; Listas de bloqueo).</translation>
    </message>
    <message>
        <source>Microsoft SNDS: checking…</source>
        <translation>Microsoft SNDS: comprobando…</translation>
    </message>
    <message>
        <source>Microsoft SNDS: not read. %1</source>
        <translation>Microsoft SNDS: no leído. %1</translation>
    </message>
    <message>
        <source>Microsoft SNDS: no data for this address</source>
        <translation>Microsoft SNDS: no hay datos para esta dirección</translation>
    </message>
    <message numerus="yes">
        <source>Microsoft SNDS: %1, %n trap hit(s), complaints %2</source>
        <translation>
            <numerusform>Microsoft SNDS: %1, %n impacto en trampas, quejas %2</numerusform>
            <numerusform>Microsoft SNDS: %1, %n impactos en trampas, quejas %2</numerusform>
        </translation>
    </message>
    <message>
        <source>; blocked by Microsoft: %1</source>
        <translation>; bloqueada por Microsoft: %1</translation>
    </message>
    <message>
        <source>(data of %1, from the cache)</source>
        <translation>(datos del %1, desde la caché)</translation>
    </message>
    <message>
        <source>(data of %1)</source>
        <translation>(datos del %1)</translation>
    </message>
</context>
<context>
    <name>rebound::ui::BounceView</name>
    <message>
        <source>Bounce text</source>
        <translation>Texto del rebote</translation>
    </message>
    <message>
        <source>Fields found in the bounce</source>
        <translation>Campos encontrados en el rebote</translation>
    </message>
    <message>
        <source>Not a bounce, or not analysed yet.</source>
        <translation>No es un rebote, o aún no se ha analizado.</translation>
    </message>
    <message>
        <source>No recipient could be read from this bounce.</source>
        <translation>No se pudo leer ningún destinatario de este rebote.</translation>
    </message>
    <message>
        <source>Recipient %1: %2</source>
        <translation>Destinatario %1: %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>Loading the bounce text (%1 characters)…</source>
        <translation>Cargando el texto del rebote (%1 caracteres)…</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message numerus="yes">
        <source>…and %n other kind(s)</source>
        <translation>
            <numerusform>…y %n tipo más</numerusform>
            <numerusform>…y %n tipos más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more recipient(s)</source>
        <translation>
            <numerusform>%n destinatario más</numerusform>
            <numerusform>%n destinatarios más</numerusform>
        </translation>
    </message>
    <message>
        <source>Each of them is in the Raw DNS evidence tab and the exports.</source>
        <translation>Todos están en la pestaña «Evidencia DNS en bruto» y en las exportaciones.</translation>
    </message>
    <message>
        <source>Only the first 2 MB of the text are shown and kept; the analysis read all of it.</source>
        <translation>Solo se muestran y guardan los primeros 2 MB del texto; el análisis lo leyó entero.</translation>
    </message>
    <message>
        <source>The input was refused, so nothing in it was analysed: %1</source>
        <translation>La entrada fue rechazada, así que no se analizó nada de ella: %1</translation>
    </message>
    <message>
        <source>yes, retrying will not help</source>
        <translation>sí, reintentar no servirá</translation>
    </message>
    <message>
        <source>no, may succeed later</source>
        <translation>no, puede funcionar más tarde</translation>
    </message>
</context>
<context>
    <name>rebound::ui::CauseCard</name>
    <message>
        <source>Unnamed cause</source>
        <translation>Causa sin nombre</translation>
    </message>
    <message>
        <source>Cause %1: %2</source>
        <translation>Causa %1: %2</translation>
    </message>
    <message>
        <source>Against the alternatives</source>
        <translation>Frente a las alternativas</translation>
    </message>
    <message>
        <source>Do not</source>
        <translation>No hacer</translation>
    </message>
    <message>
        <source>Recovery: %1</source>
        <translation>Recuperación: %1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Why not certain: %1</source>
        <translation>Por qué no es seguro: %1</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <source>Show in the bounce</source>
        <translation>Mostrar en el rebote</translation>
    </message>
    <message>
        <source>What to do, in order</source>
        <translation>Qué hacer, en orden</translation>
    </message>
    <message>
        <source>%1. %2: %3</source>
        <translation>%1. %2: %3</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Abrir %1</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more item(s) of evidence (all in the Raw DNS evidence tab and the exports).</source>
        <translation>
            <numerusform>…y %n elemento de evidencia más (todos en la pestaña «Evidencia DNS en bruto» y en las exportaciones).</numerusform>
            <numerusform>…y %n elementos de evidencia más (todos en la pestaña «Evidencia DNS en bruto» y en las exportaciones).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rebound::ui::CheckListModel</name>
    <message>
        <source> (%1 of %2 answered)</source>
        <translation> (%1 de %2 respondieron)</translation>
    </message>
</context>
<context>
    <name>rebound::ui::DiagnosisView</name>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnóstico</translation>
    </message>
    <message>
        <source>Checking… the most likely causes so far:</source>
        <translation>Comprobando… las causas más probables hasta ahora:</translation>
    </message>
    <message>
        <source>Checking… causes appear here as the checks finish.</source>
        <translation>Comprobando… las causas aparecen aquí a medida que terminan las comprobaciones.</translation>
    </message>
    <message>
        <source>The input was refused, so nothing in it was analysed and nothing is concluded. The Bounce tab says why.</source>
        <translation>La entrada fue rechazada, así que no se analizó nada de ella y no se concluye nada. La pestaña «Rebote» indica por qué.</translation>
    </message>
    <message>
        <source>No bounce, SMTP reply or log line was recognised in the input, so nothing is concluded from it.</source>
        <translation>No se reconoció ningún rebote, respuesta SMTP ni línea de registro en la entrada, así que no se concluye nada de ella.</translation>
    </message>
    <message>
        <source>Problem found. Most likely cause first:</source>
        <translation>Problema encontrado. La causa más probable primero:</translation>
    </message>
    <message>
        <source>Some checks could not run, so this answer may be incomplete.</source>
        <translation>Algunas comprobaciones no pudieron ejecutarse, así que esta respuesta puede estar incompleta.</translation>
    </message>
    <message>
        <source>No problem found by the checks that ran.</source>
        <translation>Las comprobaciones ejecutadas no encontraron ningún problema.</translation>
    </message>
    <message>
        <source>Nothing was checked.</source>
        <translation>No se comprobó nada.</translation>
    </message>
    <message>
        <source>Paste a bounce, an IP address or a domain above and press Diagnose (Ctrl+Return).</source>
        <translation>Pegue arriba un rebote, una dirección IP o un dominio y pulse Diagnosticar (Ctrl+Intro).</translation>
    </message>
</context>
<context>
    <name>rebound::ui::DnsQueryModel</name>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>No record of this type (NODATA)</source>
        <translation>Ningún registro de este tipo (NODATA)</translation>
    </message>
    <message>
        <source>No such name (NXDOMAIN)</source>
        <translation>El nombre no existe (NXDOMAIN)</translation>
    </message>
    <message>
        <source>Server failure (SERVFAIL)</source>
        <translation>Fallo del servidor (SERVFAIL)</translation>
    </message>
    <message>
        <source>Refused (REFUSED)</source>
        <translation>Rechazada (REFUSED)</translation>
    </message>
    <message>
        <source>Query not understood (FORMERR)</source>
        <translation>Consulta no entendida (FORMERR)</translation>
    </message>
    <message>
        <source>Other error code</source>
        <translation>Otro código de error</translation>
    </message>
    <message>
        <source>No answer in time (timeout)</source>
        <translation>Sin respuesta a tiempo (timeout)</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>Error de red</translation>
    </message>
    <message>
        <source>Unreadable answer</source>
        <translation>Respuesta ilegible</translation>
    </message>
    <message>
        <source>Not sent (invalid name)</source>
        <translation>No enviada (nombre no válido)</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>none answered</source>
        <translation>ninguno respondió</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Ended %1 UTC</source>
        <translation>Terminó el %1 UTC</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>TTL (s)</source>
        <translation>TTL (s)</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Duración</translation>
    </message>
</context>
<context>
    <name>rebound::ui::DnsQueryView</name>
    <message>
        <source>DNS queries and answers</source>
        <translation>Consultas y respuestas DNS</translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation>Filtrar por nombre</translation>
    </message>
    <message>
        <source>Filter DNS queries by name</source>
        <translation>Filtrar las consultas DNS por nombre</translation>
    </message>
    <message>
        <source>No DNS query was sent in this run.</source>
        <translation>No se envió ninguna consulta DNS en esta ejecución.</translation>
    </message>
    <message>
        <source>The first %1 of %2 DNS queries; the rest were not kept.</source>
        <translation>Las primeras %1 de %2 consultas DNS; el resto no se conservó.</translation>
    </message>
    <message numerus="yes">
        <source>%n DNS query(s).</source>
        <translation>
            <numerusform>%n consulta DNS.</numerusform>
            <numerusform>%n consultas DNS.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 shown.</source>
        <translation>Se muestran %1.</translation>
    </message>
</context>
<context>
    <name>rebound::ui::ExportDialog</name>
    <message>
        <source>PDF report (for a support ticket)</source>
        <translation>Informe PDF (para un ticket de soporte)</translation>
    </message>
    <message>
        <source>PDF report (*.pdf)</source>
        <translation>Informe PDF (*.pdf)</translation>
    </message>
    <message>
        <source>HTML page</source>
        <translation>Página HTML</translation>
    </message>
    <message>
        <source>HTML page (*.html *.htm)</source>
        <translation>Página HTML (*.html *.htm)</translation>
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
        <translation>JSON de sesión (se vuelve a abrir en Rebound)</translation>
    </message>
    <message>
        <source>Session JSON (*.json)</source>
        <translation>JSON de sesión (*.json)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>&amp;Mask personal data (addresses, names, Message-IDs)</source>
        <translation>&amp;Enmascarar datos personales (direcciones, nombres, Message-ID)</translation>
    </message>
    <message>
        <source>Local parts of addresses, display names and Message-IDs become •••. Domains, IP addresses and DNS records stay: the support desk needs them.</source>
        <translation>Las partes locales de las direcciones, los nombres visibles y los Message-ID se convierten en •••. Los dominios, direcciones IP y registros DNS se mantienen: el soporte los necesita.</translation>
    </message>
    <message>
        <source>Preview of the exported text</source>
        <translation>Vista previa del texto exportado</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>&amp;Paper size:</source>
        <translation>&amp;Tamaño del papel:</translation>
    </message>
    <message>
        <source>Fi&amp;le:</source>
        <translation>Ar&amp;chivo:</translation>
    </message>
    <message>
        <source>P&amp;review of what leaves this machine:</source>
        <translation>&amp;Vista previa de lo que sale de esta máquina:</translation>
    </message>
    <message>
        <source>Choose a file to write.</source>
        <translation>Elija un archivo para escribir.</translation>
    </message>
    <message>
        <source>%1 exists. Replace it?</source>
        <translation>%1 ya existe. ¿Reemplazarlo?</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>Could not export: %1</source>
        <translation>No se pudo exportar: %1</translation>
    </message>
    <message>
        <source>Add the &amp;appendices (the pasted text, every DNS answer, SMTP transcripts)</source>
        <translation>Incluir los &amp;anexos (el texto pegado, cada respuesta DNS, las transcripciones SMTP)</translation>
    </message>
    <message>
        <source>Pages for the specialist who wants the raw answers. Without them the report is the verdict, its evidence and the checks.</source>
        <translation>Páginas para el especialista que quiere las respuestas en bruto. Sin ellas, el informe es el veredicto, su evidencia y las comprobaciones.</translation>
    </message>
</context>
<context>
    <name>rebound::ui::FindingsModel</name>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Fallo</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
</context>
<context>
    <name>rebound::ui::HistoryModel</name>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>unfinished</source>
        <translation>sin terminar</translation>
    </message>
    <message>
        <source>no problem found</source>
        <translation>ningún problema encontrado</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>incompleto</translation>
    </message>
    <message>
        <source>input refused</source>
        <translation>entrada rechazada</translation>
    </message>
    <message>
        <source>nothing recognised</source>
        <translation>nada reconocido</translation>
    </message>
</context>
<context>
    <name>rebound::ui::HistoryStore</name>
    <message>
        <source>The run has no id.</source>
        <translation>La ejecución no tiene identificador.</translation>
    </message>
    <message>
        <source>The history database is not open.</source>
        <translation>La base de datos del historial no está abierta.</translation>
    </message>
</context>
<context>
    <name>rebound::ui::InputEdit</name>
    <message>
        <source>The pasted text is %1 MB; Rebound reads at most %2 MB. A bounce needs only its text and headers: paste those without the attachments.</source>
        <translation>El texto pegado ocupa %1 MB; Rebound lee como máximo %2 MB. Un rebote solo necesita su texto y sus cabeceras: péguelos sin los adjuntos.</translation>
    </message>
    <message>
        <source>Pasting %1 characters…</source>
        <translation>Pegando %1 caracteres…</translation>
    </message>
    <message>
        <source>The file is %1 MB; Rebound reads files of up to %2 MB. A bounce needs only its text and headers: save the message without its attachments and try again.</source>
        <translation>El archivo ocupa %1 MB; Rebound lee archivos de hasta %2 MB. Un rebote solo necesita su texto y sus cabeceras: guarde el mensaje sin sus adjuntos y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>This is a binary file, not mail or text (more than 1 in 20 of its first bytes are NUL or control bytes). Rebound reads bounces saved as .eml, .txt, .mbox or .log.</source>
        <translation>Este es un archivo binario, no un correo ni texto (más de 1 de cada 20 de sus primeros bytes son NUL o bytes de control). Rebound lee rebotes guardados como .eml, .txt, .mbox o .log.</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8, so it was read as Latin-1; some characters may show wrongly, the addresses and codes are unaffected</source>
        <translation>el archivo no es UTF-8 válido, así que se leyó como Latin-1; algunos caracteres pueden verse mal, las direcciones y los códigos no se ven afectados</translation>
    </message>
    <message>
        <source>This file is compressed. Unpack it, then open the message inside (saved as .eml, .txt, .mbox or .log).</source>
        <translation>Este archivo está comprimido. Descomprímalo y abra el mensaje que contiene (guardado como .eml, .txt, .mbox o .log).</translation>
    </message>
    <message>
        <source>This is an Outlook .msg file, a binary format. Save the message as .eml, or paste its text and its Internet headers here.</source>
        <translation>Este es un archivo .msg de Outlook, un formato binario. Guarde el mensaje como .eml o pegue aquí su texto y sus encabezados de Internet.</translation>
    </message>
    <message>
        <source>This is a PDF document. Paste the bounce&apos;s text here, or open the message saved as .eml.</source>
        <translation>Este es un documento PDF. Pegue aquí el texto del rebote o abra el mensaje guardado como .eml.</translation>
    </message>
</context>
<context>
    <name>rebound::ui::JsonTreeModel</name>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message numerus="yes">
        <source>{%n key(s)}</source>
        <translation>
            <numerusform>{%n clave}</numerusform>
            <numerusform>{%n claves}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[%n elemento]</numerusform>
            <numerusform>[%n elementos]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rebound::ui::LinkOpener</name>
    <message>
        <source>Not a web page</source>
        <translation>No es una página web</translation>
    </message>
    <message>
        <source>This link is not a web address and will not be opened:</source>
        <translation>Este enlace no es una dirección web y no se abrirá:</translation>
    </message>
    <message>
        <source>Open in browser?</source>
        <translation>¿Abrir en el navegador?</translation>
    </message>
    <message>
        <source>Open &quot;%1&quot; in your web browser?</source>
        <translation>¿Abrir «%1» en su navegador web?</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
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
        <translation>Progreso de las comprobaciones</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>No se pudo abrir %1</translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation>Detectado: %1</translation>
    </message>
    <message>
        <source>Could not save to history: %1</source>
        <translation>No se pudo guardar en el historial: %1</translation>
    </message>
    <message>
        <source>Paste a bounce, an SMTP reply or log line, an IP address, a range or a domain — or drop an .eml or .txt file here.</source>
        <translation>Pegue un rebote, una respuesta SMTP o una línea de registro, una dirección IP, un rango o un dominio, o suelte aquí un archivo .eml o .txt.</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>What the input was detected as</source>
        <translation>Como qué se detectó la entrada</translation>
    </message>
    <message>
        <source>&amp;Diagnose</source>
        <translation>&amp;Diagnosticar</translation>
    </message>
    <message>
        <source>Run the checks (Ctrl+Return)</source>
        <translation>Ejecutar las comprobaciones (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop the checks and keep what finished (Esc)</source>
        <translation>Detener las comprobaciones y conservar lo terminado (Esc)</translation>
    </message>
    <message>
        <source>Checks and their state</source>
        <translation>Comprobaciones y su estado</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Bounce</source>
        <translation>Rebote</translation>
    </message>
    <message>
        <source>Blocklists</source>
        <translation>Listas de bloqueo</translation>
    </message>
    <message>
        <source>Reverse DNS</source>
        <translation>DNS inverso</translation>
    </message>
    <message>
        <source>SPF evaluation tree</source>
        <translation>Árbol de evaluación SPF</translation>
    </message>
    <message>
        <source>SPF</source>
        <translation>SPF</translation>
    </message>
    <message>
        <source>DMARC and DKIM records</source>
        <translation>Registros DMARC y DKIM</translation>
    </message>
    <message>
        <source>DMARC &amp;&amp; DKIM</source>
        <translation>DMARC &amp;&amp; DKIM</translation>
    </message>
    <message>
        <source>MX records and SMTP transcript</source>
        <translation>Registros MX y transcripción SMTP</translation>
    </message>
    <message>
        <source>MX &amp;&amp; SMTP</source>
        <translation>MX &amp;&amp; SMTP</translation>
    </message>
    <message>
        <source>Raw evidence</source>
        <translation>Evidencia en bruto</translation>
    </message>
    <message>
        <source>Raw DNS evidence</source>
        <translation>Evidencia DNS en bruto</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Search history</source>
        <translation>Buscar en el historial</translation>
    </message>
    <message>
        <source>Earlier runs</source>
        <translation>Ejecuciones anteriores</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Abr&amp;ir</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>Copy Diagnosis as &amp;Markdown</source>
        <translation>Copiar diagnóstico como &amp;Markdown</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Ajustes…</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>E&amp;jecutar</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About Rebound</source>
        <translation>Acerca &amp;de Rebound</translation>
    </message>
    <message>
        <source>About Rebound</source>
        <translation>Acerca de Rebound</translation>
    </message>
    <message>
        <source>Rebound %1
Finds out why your mail bounced and what to do about it.</source>
        <translation>Rebound %1
Averigua por qué rebotó su correo y qué hacer al respecto.</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>Nothing to diagnose: paste a bounce, an IP address or a domain first.</source>
        <translation>Nada que diagnosticar: pegue primero un rebote, una dirección IP o un dominio.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>The resolver list in Settings is not valid: %1</source>
        <translation>La lista de resolvedores de Ajustes no es válida: %1</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Cancelling; finished checks are kept…</source>
        <translation>Cancelando; se conservan las comprobaciones terminadas…</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %1 of %n check(s) finished.</source>
        <translation>
            <numerusform>Cancelado: %1 de %n comprobación terminada.</numerusform>
            <numerusform>Cancelado: %1 de %n comprobaciones terminadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Finished: %n check(s).</source>
        <translation>
            <numerusform>Terminado: %n comprobación.</numerusform>
            <numerusform>Terminado: %n comprobaciones.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the input…</source>
        <translation>Leyendo la entrada…</translation>
    </message>
    <message>
        <source>Running checks: %1 of %2 finished. Esc cancels.</source>
        <translation>Ejecutando comprobaciones: %1 de %2 terminadas. Esc cancela.</translation>
    </message>
    <message>
        <source>Not checked: SPF is checked for a domain, or for the sender&apos;s domain found in a bounce.</source>
        <translation>No comprobado: SPF se comprueba para un dominio, o para el dominio del remitente encontrado en un rebote.</translation>
    </message>
    <message>
        <source>No SPF record found.</source>
        <translation>No se encontró ningún registro SPF.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>not evaluated</source>
        <translation>no evaluado</translation>
    </message>
    <message>
        <source>Bounce analysis</source>
        <translation>Análisis del rebote</translation>
    </message>
    <message>
        <source>Open a bounce or a saved session</source>
        <translation>Abrir un rebote o una sesión guardada</translation>
    </message>
    <message>
        <source>Mail and text (*.eml *.txt *.mbox *.log *.msg);;Rebound sessions and reports (*.json *.pdf);;All files (*)</source>
        <translation>Correo y texto (*.eml *.txt *.mbox *.log *.msg);;Sesiones e informes de Rebound (*.json *.pdf);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>A diagnosis is running.</source>
        <translation>Hay un diagnóstico en curso.</translation>
    </message>
    <message>
        <source>Showing the session saved in %1.</source>
        <translation>Mostrando la sesión guardada en %1.</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportado a %1</translation>
    </message>
    <message>
        <source>Diagnosis copied as Markdown (personal data masked).</source>
        <translation>Diagnóstico copiado como Markdown (datos personales enmascarados).</translation>
    </message>
    <message>
        <source>Could not open that run: %1</source>
        <translation>No se pudo abrir esa ejecución: %1</translation>
    </message>
    <message>
        <source>Showing the run of %1.</source>
        <translation>Mostrando la ejecución de %1.</translation>
    </message>
    <message>
        <source>Could not delete: %1</source>
        <translation>No se pudo eliminar: %1</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Pegar</translation>
    </message>
    <message>
        <source>The text was not pasted.</source>
        <translation>No se pegó el texto.</translation>
    </message>
    <message>
        <source>Detected from the first %1 lines: %2</source>
        <translation>Detectado a partir de las primeras %1 líneas: %2</translation>
    </message>
    <message>
        <source>Chec&amp;ks</source>
        <translation>Co&amp;mprobaciones</translation>
    </message>
    <message>
        <source>Re-r&amp;un</source>
        <translation>Volver a ejec&amp;utar</translation>
    </message>
    <message>
        <source>Dele&amp;te</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Se abrió %1</translation>
    </message>
    <message>
        <source>Opened %1: %2</source>
        <translation>Se abrió %1: %2</translation>
    </message>
    <message>
        <source>Show &amp;whole input</source>
        <translation>Mostrar &amp;toda la entrada</translation>
    </message>
    <message>
        <source>e.g. s1 or google (from the DKIM-Signature&apos;s s= tag)</source>
        <translation>p. ej. s1 o google (de la etiqueta s= de la DKIM-Signature)</translation>
    </message>
    <message>
        <source>DKIM selector to check</source>
        <translation>Selector DKIM que comprobar</translation>
    </message>
    <message>
        <source>DKIM se&amp;lector:</source>
        <translation>&amp;Selector DKIM:</translation>
    </message>
    <message>
        <source>Check a&amp;gain</source>
        <translation>C&amp;omprobar de nuevo</translation>
    </message>
    <message>
        <source>Diagnose the input again, also looking for the DKIM key of this selector</source>
        <translation>Diagnosticar de nuevo la entrada, buscando también la clave DKIM de este selector</translation>
    </message>
    <message>
        <source>Findings: pass, warning or fail, and why</source>
        <translation>Hallazgos: correcto, advertencia o fallo, y por qué</translation>
    </message>
    <message>
        <source>Out of date: the input has changed since these results were made. Press Diagnose (Ctrl+Return) to check what is in the box now.</source>
        <translation>Desactualizado: la entrada ha cambiado desde que se obtuvieron estos resultados. Pulse Diagnosticar (Ctrl+Intro) para comprobar lo que hay ahora en el cuadro.</translation>
    </message>
    <message>
        <source>Rebound (results out of date)</source>
        <translation>Rebound (resultados desactualizados)</translation>
    </message>
    <message>
        <source>DKIM selector</source>
        <translation>Selector DKIM</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a DKIM selector.</source>
        <translation>«%1» no es un selector DKIM.</translation>
    </message>
    <message>
        <source>A selector is one or more DNS labels: letters, digits, hyphens and underscores, separated by dots (RFC 6376 3.1).</source>
        <translation>Un selector es una o más etiquetas DNS: letras, dígitos, guiones y guiones bajos, separadas por puntos (RFC 6376 3.1).</translation>
    </message>
    <message>
        <source>Shrink &amp;input</source>
        <translation>Reducir la en&amp;trada</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Open &amp;Reports…</source>
        <translation>Abrir &amp;informes…</translation>
    </message>
    <message>
        <source>DMARC and TLS &amp;Reports</source>
        <translation>&amp;Informes DMARC y TLS</translation>
    </message>
    <message>
        <source>Record: %1
Result: %2 · DNS lookups: %3 of %4 · void lookups: %5 of %6</source>
        <translation>Registro: %1
Resultado: %2 · consultas DNS: %3 de %4 · consultas vacías: %5 de %6</translation>
    </message>
    <message>
        <source>DMARC and TLS reports — Rebound</source>
        <translation>Informes DMARC y TLS — Rebound</translation>
    </message>
    <message>
        <source>Show in the &amp;Reports window</source>
        <translation>Mostrar en la ventana de in&amp;formes</translation>
    </message>
    <message>
        <source>Open the diagnosed report in the Reports window: the chart and the table of every source</source>
        <translation>Abrir el informe diagnosticado en la ventana de informes: el gráfico y la tabla de todas las fuentes</translation>
    </message>
    <message>
        <source>the diagnosed input</source>
        <translation>la entrada diagnosticada</translation>
    </message>
    <message>
        <source>Microsoft &amp;SNDS</source>
        <translation>Microsoft &amp;SNDS</translation>
    </message>
    <message>
        <source>&amp;Watch</source>
        <translation>&amp;Vigilancia</translation>
    </message>
    <message>
        <source>Watch — Rebound</source>
        <translation>Vigilancia — Rebound</translation>
    </message>
    <message>
        <source>Rebound is watching</source>
        <translation>Rebound está vigilando</translation>
    </message>
    <message>
        <source>&amp;Show Rebound</source>
        <translation>Mostrar &amp;Rebound</translation>
    </message>
    <message>
        <source>Show &amp;Watch</source>
        <translation>Mostrar la &amp;vigilancia</translation>
    </message>
    <message>
        <source>Watch: %1</source>
        <translation>Vigilancia: %1</translation>
    </message>
    <message numerus="yes">
        <source>Watch: %n change(s). View &gt; Watch shows them.</source>
        <translation>
            <numerusform>Vigilancia: %n cambio. Ver &gt; Vigilancia lo muestra.</numerusform>
            <numerusform>Vigilancia: %n cambios. Ver &gt; Vigilancia los muestra.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rebound watch</source>
        <translation>Vigilancia de Rebound</translation>
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
        <translation>no comprobado</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Message analysis</source>
        <translation>Análisis del mensaje</translation>
    </message>
    <message>
        <source>Message results: pass, warning and fail</source>
        <translation>Resultados del mensaje: correcto, advertencia y fallo</translation>
    </message>
    <message>
        <source>Parts of the message analysis</source>
        <translation>Partes del análisis del mensaje</translation>
    </message>
    <message>
        <source>Hop</source>
        <translation>Salto</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Hora (UTC)</translation>
    </message>
    <message>
        <source>Delay (s)</source>
        <translation>Retraso (s)</translation>
    </message>
    <message>
        <source>First external</source>
        <translation>Primer salto externo</translation>
    </message>
    <message>
        <source>Route: one row per Received field, oldest first</source>
        <translation>Ruta: una fila por campo Received, primero el más antiguo</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <source>Selector</source>
        <translation>Selector</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algoritmo</translation>
    </message>
    <message>
        <source>Canonicalization</source>
        <translation>Canonicalización</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Body hash</source>
        <translation>Hash del cuerpo</translation>
    </message>
    <message>
        <source>Key bits</source>
        <translation>Bits de la clave</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>DKIM signatures</source>
        <translation>Firmas DKIM</translation>
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
        <translation>Sellado por</translation>
    </message>
    <message>
        <source>Seal</source>
        <translation>Sello</translation>
    </message>
    <message>
        <source>Message signature</source>
        <translation>Firma del mensaje</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Registrado por</translation>
    </message>
    <message>
        <source>Compared with Rebound</source>
        <translation>Comparado con Rebound</translation>
    </message>
    <message>
        <source>ARC instances</source>
        <translation>Instancias ARC</translation>
    </message>
    <message>
        <source>ARC</source>
        <translation>ARC</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Escrito por</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Confianza</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Authentication-Results fields</source>
        <translation>Campos Authentication-Results</translation>
    </message>
    <message>
        <source>Authentication-Results</source>
        <translation>Authentication-Results</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Bulk-sender checklist</source>
        <translation>Lista de comprobación de remitentes masivos</translation>
    </message>
    <message>
        <source>Bulk-sender rules</source>
        <translation>Reglas de remitentes masivos</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The header block a bounce returned: the route, the domains and the sending address can be trusted; no DKIM signature can pass without the body.</source>
        <translation>El bloque de cabeceras que devolvió un rebote: la ruta, los dominios y la dirección de envío son fiables; ninguna firma DKIM puede superarse sin el cuerpo.</translation>
    </message>
    <message>
        <source>The copy a bounce returned: the route, the domains and the sending address can be trusted; a DKIM failure may come from the reporting server re-encoding the copy.</source>
        <translation>La copia que devolvió un rebote: la ruta, los dominios y la dirección de envío son fiables; un fallo DKIM puede deberse a que el servidor que informa volvió a codificar la copia.</translation>
    </message>
    <message>
        <source>first external hop</source>
        <translation>primer salto externo</translation>
    </message>
    <message>
        <source>%1 for %2: sealer %3, Rebound %4</source>
        <translation>%1 para %2: sellador %3, Rebound %4</translation>
    </message>
    <message>
        <source>trusted (the receiver)</source>
        <translation>de confianza (el receptor)</translation>
    </message>
    <message>
        <source>a claim</source>
        <translation>una afirmación</translation>
    </message>
</context>
<context>
    <name>rebound::ui::PostmasterView</name>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>■ %1: at or over the 0.3 % limit</source>
        <translation>■ %1: en el límite del 0,3 % o por encima</translation>
    </message>
    <message>
        <source>▲ %1: over the 0.1 % target</source>
        <translation>▲ %1: por encima del objetivo del 0,1 %</translation>
    </message>
    <message>
        <source>● %1: under the 0.1 % target</source>
        <translation>● %1: por debajo del objetivo del 0,1 %</translation>
    </message>
    <message>
        <source>? unknown</source>
        <translation>? desconocido</translation>
    </message>
    <message>
        <source>● Compliant</source>
        <translation>● Conforme</translation>
    </message>
    <message>
        <source>■ Needs work: %1</source>
        <translation>■ Requiere mejoras: %1</translation>
    </message>
    <message>
        <source>Google Postmaster Tools</source>
        <translation>Google Postmaster Tools</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <source>User-reported spam rate</source>
        <translation>Tasa de spam notificada por los usuarios</translation>
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
        <translation>Cumplimiento</translation>
    </message>
    <message>
        <source>Data of</source>
        <translation>Fecha de los datos</translation>
    </message>
    <message>
        <source>Google Postmaster Tools data per domain</source>
        <translation>Datos de Google Postmaster Tools por dominio</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>No Google account is connected: enter your OAuth client in Settings &gt; Google Postmaster Tools and press Connect.</source>
        <translation>No hay ninguna cuenta de Google conectada: introduzca su cliente OAuth en Ajustes &gt; Google Postmaster Tools y pulse Conectar.</translation>
    </message>
    <message>
        <source>Reading Google Postmaster Tools…</source>
        <translation>Leyendo Google Postmaster Tools…</translation>
    </message>
    <message>
        <source>Postmaster Tools lists no domain for this account.</source>
        <translation>Postmaster Tools no muestra ningún dominio para esta cuenta.</translation>
    </message>
    <message numerus="yes">
        <source>%n domain(s).</source>
        <translation>
            <numerusform>%n dominio.</numerusform>
            <numerusform>%n dominios.</numerusform>
        </translation>
    </message>
    <message>
        <source>Google Postmaster Tools could not be read: %1</source>
        <translation>No se pudo leer Google Postmaster Tools: %1</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>sin datos</translation>
    </message>
    <message>
        <source>%1 (from the cache)</source>
        <translation>%1 (desde la caché)</translation>
    </message>
    <message>
        <source>could not check: %1</source>
        <translation>no se pudo comprobar: %1</translation>
    </message>
</context>
<context>
    <name>rebound::ui::ReportsSourceModel</name>
    <message>
        <source>Your SPF-authorised sender</source>
        <translation>Su remitente autorizado por SPF</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Unknown (signed like %1)</source>
        <translation>Desconocido (firmado como %1)</translation>
    </message>
    <message>
        <source>Unauthorised sender</source>
        <translation>Remitente no autorizado</translation>
    </message>
    <message>
        <source>Sending service not aligned: align DKIM</source>
        <translation>Servicio de envío no alineado: alinee DKIM</translation>
    </message>
    <message>
        <source>Forwarding</source>
        <translation>Reenvío</translation>
    </message>
    <message>
        <source>Passes DMARC</source>
        <translation>Supera DMARC</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <source>Source IP</source>
        <translation>IP de origen</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>DMARC pass</source>
        <translation>DMARC superado</translation>
    </message>
    <message>
        <source>SPF aligned</source>
        <translation>SPF alineado</translation>
    </message>
    <message>
        <source>DKIM aligned</source>
        <translation>DKIM alineado</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Disposición</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Informado por</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
</context>
<context>
    <name>rebound::ui::ReportsView</name>
    <message>
        <source>Open Reports…</source>
        <translation>Abrir informes…</translation>
    </message>
    <message>
        <source>Open Folder…</source>
        <translation>Abrir carpeta…</translation>
    </message>
    <message>
        <source>Check sources live (SPF, reverse DNS)</source>
        <translation>Comprobar las fuentes en vivo (SPF, DNS inverso)</translation>
    </message>
    <message>
        <source>Ask DNS whether each source is authorised by the domain&apos;s own SPF record, and for its reverse DNS name.</source>
        <translation>Preguntar al DNS si cada fuente está autorizada por el propio registro SPF del dominio, y cuál es su nombre de DNS inverso.</translation>
    </message>
    <message>
        <source>Drop DMARC aggregate or TLS reports here (.xml, .gz, .zip, .json, .eml or a folder), or open them.</source>
        <translation>Suelte aquí informes agregados DMARC o informes TLS (.xml, .gz, .zip, .json, .eml o una carpeta), o ábralos.</translation>
    </message>
    <message>
        <source>Messages and DMARC pass rate per day</source>
        <translation>Mensajes y tasa de superación de DMARC por día</translation>
    </message>
    <message>
        <source>Sources of the reports</source>
        <translation>Fuentes de los informes</translation>
    </message>
    <message>
        <source>Findings of the reports</source>
        <translation>Hallazgos de los informes</translation>
    </message>
    <message>
        <source>Files that were not read</source>
        <translation>Archivos que no se leyeron</translation>
    </message>
    <message>
        <source>Open DMARC or TLS reports</source>
        <translation>Abrir informes DMARC o TLS</translation>
    </message>
    <message>
        <source>Reports (*.xml *.gz *.zip *.json *.eml);;All files (*)</source>
        <translation>Informes (*.xml *.gz *.zip *.json *.eml);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Open a folder of reports</source>
        <translation>Abrir una carpeta de informes</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n path(s)…</source>
        <translation>
            <numerusform>Leyendo %n ruta…</numerusform>
            <numerusform>Leyendo %n rutas…</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the sources live…</source>
        <translation>Comprobando las fuentes en vivo…</translation>
    </message>
    <message>
        <source>Every file was read.</source>
        <translation>Se leyeron todos los archivos.</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>DMARC pass rate (%)</source>
        <translation>Tasa de superación de DMARC (%)</translation>
    </message>
    <message>
        <source>Pass rate (%)</source>
        <translation>Tasa de superación (%)</translation>
    </message>
    <message>
        <source>Check the health of %1</source>
        <translation>Comprobar el estado de %1</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message numerus="yes">
        <source>%1 DMARC and %2 TLS reports, %3 messages, %4 pass DMARC; %5 TLS sessions failed. %n file(s) not read.</source>
        <translation>
            <numerusform>%1 informes DMARC y %2 TLS, %3 mensajes, %4 superan DMARC; %5 sesiones TLS fallidas. %n archivo sin leer.</numerusform>
            <numerusform>%1 informes DMARC y %2 TLS, %3 mensajes, %4 superan DMARC; %5 sesiones TLS fallidas. %n archivos sin leer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Day, %1 to %2</source>
        <translation>Día, del %1 al %2</translation>
    </message>
</context>
<context>
    <name>rebound::ui::ResolverTester</name>
    <message>
        <source>Asked %1 through %2 in %3 ms.</source>
        <translation>Se consultó %1 mediante %2 en %3 ms.</translation>
    </message>
    <message>
        <source>Works: the test point is listed (%1), as RFC 5782 requires.</source>
        <translation>Funciona: el punto de prueba está listado (%1), como exige la RFC 5782.</translation>
    </message>
    <message>
        <source>Unexpected answer %1: blocklist results through this resolver cannot be trusted.</source>
        <translation>Respuesta inesperada %1: los resultados de listas de bloqueo a través de este resolvedor no son fiables.</translation>
    </message>
    <message>
        <source>The test point is not listed through this resolver (%1). Spamhaus answers this way to public resolvers, so every address would look clean. Use another resolver or a DQS key.</source>
        <translation>El punto de prueba no está listado a través de este resolvedor (%1). Spamhaus responde así a los resolvedores públicos, de modo que cualquier dirección parecería limpia. Use otro resolvedor o una clave DQS.</translation>
    </message>
    <message>
        <source>No usable answer (%1%2).</source>
        <translation>Sin respuesta utilizable (%1%2).</translation>
    </message>
    <message>
        <source>Spamhaus refused this resolver or key: %1. %2</source>
        <translation>Spamhaus rechazó este resolvedor o esta clave: %1. %2</translation>
    </message>
</context>
<context>
    <name>rebound::ui::RouteTimeline</name>
    <message>
        <source>time unknown</source>
        <translation>tiempo desconocido</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message>
        <source>Route timeline</source>
        <translation>Cronología de la ruta</translation>
    </message>
    <message>
        <source>No Received fields: the route is not known.</source>
        <translation>No hay campos Received: se desconoce la ruta.</translation>
    </message>
    <message>
        <source>Hop %1: received by %2 from %3 after %4, %5.</source>
        <translation>Salto %1: recibido por %2 desde %3 tras %4, %5.</translation>
    </message>
    <message>
        <source>an unnamed server</source>
        <translation>un servidor sin nombre</translation>
    </message>
    <message>
        <source>an unknown address</source>
        <translation>una dirección desconocida</translation>
    </message>
    <message>
        <source>over TLS</source>
        <translation>con TLS</translation>
    </message>
    <message>
        <source>without TLS</source>
        <translation>sin TLS</translation>
    </message>
    <message>
        <source>This is the first hop outside the sender&apos;s network.</source>
        <translation>Este es el primer salto fuera de la red del remitente.</translation>
    </message>
    <message>
        <source>no TLS</source>
        <translation>sin TLS</translation>
    </message>
    <message>
        <source>first external</source>
        <translation>primer salto externo</translation>
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
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>&amp;DNS</source>
        <translation>&amp;DNS</translation>
    </message>
    <message>
        <source>&amp;Blocklists</source>
        <translation>&amp;Listas de bloqueo</translation>
    </message>
    <message>
        <source>&amp;SMTP</source>
        <translation>&amp;SMTP</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;General</translation>
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
        <translation>Usar el resolvedor del s&amp;istema (resolv.conf)</translation>
    </message>
    <message>
        <source>192.0.2.53, [2001:db8::53]:53</source>
        <translation>192.0.2.53, [2001:db8::53]:53</translation>
    </message>
    <message>
        <source>Resolver servers</source>
        <translation>Servidores del resolvedor</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>&amp;Test resolver</source>
        <translation>&amp;Probar resolvedor</translation>
    </message>
    <message>
        <source>Why the resolver matters: Spamhaus and several other blocklists refuse queries that come through public resolvers (8.8.8.8, 1.1.1.1, 9.9.9.9 and most ISP resolvers that forward to them). They answer with an error code or simply &quot;not listed&quot; for every address, so a listed IP would look clean. Use a resolver of your own, or a Spamhaus DQS key. Rebound checks the test point of every list before trusting it and reports &quot;could not check&quot; instead of &quot;clean&quot; when it fails.</source>
        <translation>Por qué importa el resolvedor: Spamhaus y varias otras listas de bloqueo rechazan las consultas que llegan a través de resolvedores públicos (8.8.8.8, 1.1.1.1, 9.9.9.9 y la mayoría de los resolvedores de ISP que les reenvían). Responden con un código de error o simplemente «no listada» para cada dirección, así que una IP listada parecería limpia. Use un resolvedor propio o una clave DQS de Spamhaus. Rebound comprueba el punto de prueba de cada lista antes de fiarse de ella e informa «no comprobable» en lugar de «limpia» cuando falla.</translation>
    </message>
    <message>
        <source>Spamhaus DQS key</source>
        <translation>Clave DQS de Spamhaus</translation>
    </message>
    <message>
        <source>Enabled blocklists</source>
        <translation>Listas de bloqueo activadas</translation>
    </message>
    <message>
        <source>list ids, comma-separated</source>
        <translation>identificadores de listas, separados por comas</translation>
    </message>
    <message>
        <source>With a free DQS key, Spamhaus answers through any resolver, public ones included, and adds the ZRD and AuthBL lists.</source>
        <translation>Con una clave DQS gratuita, Spamhaus responde a través de cualquier resolvedor, incluidos los públicos, y añade las listas ZRD y AuthBL.</translation>
    </message>
    <message>
        <source>&amp;Lists to check:</source>
        <translation>Listas que com&amp;probar:</translation>
    </message>
    <message>
        <source>&amp;Other lists to skip:</source>
        <translation>&amp;Otras listas que omitir:</translation>
    </message>
    <message>
        <source>&amp;Connect to mail servers (never sends mail)</source>
        <translation>&amp;Conectar con los servidores de correo (nunca envía correo)</translation>
    </message>
    <message>
        <source>this machine&apos;s name</source>
        <translation>el nombre de esta máquina</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>&amp;Tiempo de espera:</translation>
    </message>
    <message>
        <source>&amp;EHLO name:</source>
        <translation>Nombre &amp;EHLO:</translation>
    </message>
    <message>
        <source>Port 25 is blocked by many home and cloud networks; the probe then reports &quot;could not connect&quot;, which says nothing about the server.</source>
        <translation>Muchas redes domésticas y cloud bloquean el puerto 25; la sonda informa entonces «no se pudo conectar», lo que no dice nada del servidor.</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>The language takes effect the next time Rebound starts.</source>
        <translation>El idioma se aplica la próxima vez que se inicie Rebound.</translation>
    </message>
    <message>
        <source>✘ The server list is not valid: %1</source>
        <translation>✘ La lista de servidores no es válida: %1</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>Probando %1…</translation>
    </message>
    <message>
        <source>The resolver list is not valid: %1</source>
        <translation>La lista de resolvedores no es válida: %1</translation>
    </message>
    <message>
        <source>Use these ser&amp;vers:</source>
        <translation>Usar estos ser&amp;vidores:</translation>
    </message>
    <message>
        <source>Query ti&amp;meout:</source>
        <translation>&amp;Tiempo de espera de consulta:</translation>
    </message>
    <message>
        <source>Spamhaus DQS &amp;key:</source>
        <translation>&amp;Clave DQS de Spamhaus:</translation>
    </message>
    <message>
        <source>Show the key</source>
        <translation>Mostrar la clave</translation>
    </message>
    <message>
        <source>Abusix Mail Intelligence key</source>
        <translation>Clave de Abusix Mail Intelligence</translation>
    </message>
    <message>
        <source>Abusi&amp;x key:</source>
        <translation>Clave de Abusi&amp;x:</translation>
    </message>
    <message>
        <source>Microsoft SNDS key</source>
        <translation>Clave de Microsoft SNDS</translation>
    </message>
    <message>
        <source>Microsoft S&amp;NDS key:</source>
        <translation>Clave de Microsoft S&amp;NDS:</translation>
    </message>
    <message>
        <source>The SNDS Automated Data Access key (SNDS &gt; Automated Data Access) shows Microsoft&apos;s filter colour, complaint rate and trap hits for your IPs in the diagnosis and in View &gt; Microsoft SNDS. Empty the field to remove it.</source>
        <translation>La clave de Automated Data Access de SNDS (SNDS &gt; Automated Data Access) muestra el color del filtro de Microsoft, la tasa de quejas y los impactos en trampas de sus IP en el diagnóstico y en Ver &gt; Microsoft SNDS. Vacíe el campo para eliminarla.</translation>
    </message>
    <message>
        <source>Probe &amp;mailboxes: ask the recipient&apos;s server whether it accepts an address (RCPT TO, no message sent)</source>
        <translation>Sondear &amp;buzones: preguntar al servidor del destinatario si acepta una dirección (RCPT TO, sin enviar ningún mensaje)</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>nombre@example.com</translation>
    </message>
    <message>
        <source>Your &amp;address (MAIL FROM):</source>
        <translation>Su di&amp;rección (MAIL FROM):</translation>
    </message>
    <message>
        <source>Warning: receivers treat address probing like directory harvesting, and probing can get your sender address or this machine&apos;s IP listed. Rebound probes only an address you enter or one a bounce calls unknown, at most once per domain every 10 minutes, and never sends a message. Some servers accept every address; those are reported as &quot;cannot be verified by probing&quot;.</source>
        <translation>Advertencia: los receptores tratan el sondeo de direcciones como una recolección de directorios (directory harvesting), y sondear puede hacer que su dirección de remitente o la IP de esta máquina acaben listadas. Rebound solo sondea una dirección que usted introduzca o una que un rebote declare desconocida, como máximo una vez por dominio cada 10 minutos, y nunca envía un mensaje. Algunos servidores aceptan cualquier dirección; esos se indican como «no se puede verificar mediante sondeo».</translation>
    </message>
    <message>
        <source>Keep &amp;watching from the system tray when the window is closed</source>
        <translation>Seguir &amp;vigilando desde la bandeja del sistema al cerrar la ventana</translation>
    </message>
    <message>
        <source>Only when the desktop has a system tray and the watch list (View &gt; Watch) is not empty; File &gt; Quit always quits.</source>
        <translation>Solo si el escritorio tiene bandeja del sistema y la lista de vigilancia (Ver &gt; Vigilancia) no está vacía; Archivo &gt; Salir siempre cierra la aplicación.</translation>
    </message>
    <message>
        <source>Mailbox probing needs your own email address as the sender (MAIL FROM).</source>
        <translation>El sondeo de buzones necesita su propia dirección de correo electrónico como remitente (MAIL FROM).</translation>
    </message>
    <message>
        <source>Google Postmaster Tools</source>
        <translation>Google Postmaster Tools</translation>
    </message>
    <message>
        <source>OAuth client ID</source>
        <translation>ID de cliente OAuth</translation>
    </message>
    <message>
        <source>OAuth client secret</source>
        <translation>Secreto de cliente OAuth</translation>
    </message>
    <message>
        <source>Domains to show</source>
        <translation>Dominios que mostrar</translation>
    </message>
    <message>
        <source>every domain of the account</source>
        <translation>todos los dominios de la cuenta</translation>
    </message>
    <message>
        <source>Co&amp;nnect…</source>
        <translation>Co&amp;nectar…</translation>
    </message>
    <message>
        <source>Disconnec&amp;t</source>
        <translation>Desconec&amp;tar</translation>
    </message>
    <message>
        <source>Rebound reads Google Postmaster Tools (spam rate, authentication and TLS rates, compliance) with your own OAuth client: in the Google Cloud console, enable the Gmail Postmaster Tools API and create an OAuth client of type Desktop app. Connect opens Google&apos;s sign-in in your browser; the access Rebound asks for is read-only, and the token is kept in the system keychain.</source>
        <translation>Rebound lee Google Postmaster Tools (tasa de spam, tasas de autenticación y de TLS, cumplimiento) con su propio cliente OAuth: en la consola de Google Cloud, habilite la Gmail Postmaster Tools API y cree un cliente OAuth de tipo Aplicación de escritorio. Conectar abre el inicio de sesión de Google en su navegador; el acceso que solicita Rebound es de solo lectura, y el token se guarda en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>&amp;ID de cliente:</translation>
    </message>
    <message>
        <source>Client sec&amp;ret:</source>
        <translation>Sec&amp;reto de cliente:</translation>
    </message>
    <message>
        <source>D&amp;omains:</source>
        <translation>Do&amp;minios:</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>No conectado.</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>Conectado.</translation>
    </message>
    <message>
        <source>Enter the client ID of your own OAuth client (Desktop app) first.</source>
        <translation>Introduzca primero el ID de cliente de su propio cliente OAuth (Aplicación de escritorio).</translation>
    </message>
    <message>
        <source>Sign in to Google</source>
        <translation>Iniciar sesión en Google</translation>
    </message>
    <message>
        <source>Google granted read-only access.</source>
        <translation>Google concedió acceso de solo lectura.</translation>
    </message>
    <message>
        <source>Waiting for the sign-in in your browser…</source>
        <translation>Esperando el inicio de sesión en su navegador…</translation>
    </message>
    <message>
        <source>Google revoked the access.</source>
        <translation>Google revocó el acceso.</translation>
    </message>
    <message>
        <source>The token is deleted, but Google could not be told (%1): remove Rebound&apos;s access at myaccount.google.com/permissions.</source>
        <translation>Se eliminó el token, pero no se pudo avisar a Google (%1): quite el acceso de Rebound en myaccount.google.com/permissions.</translation>
    </message>
    <message>
        <source>Revoking…</source>
        <translation>Revocando…</translation>
    </message>
</context>
<context>
    <name>rebound::ui::SndsView</name>
    <message>
        <source>● Green</source>
        <translation>● Verde</translation>
    </message>
    <message>
        <source>▲ Yellow</source>
        <translation>▲ Amarillo</translation>
    </message>
    <message>
        <source>■ Red</source>
        <translation>■ Rojo</translation>
    </message>
    <message>
        <source>? Unknown</source>
        <translation>? Desconocido</translation>
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
        <translation>Resultado del filtro</translation>
    </message>
    <message>
        <source>Complaint rate</source>
        <translation>Tasa de quejas</translation>
    </message>
    <message>
        <source>Trap hits</source>
        <translation>Impactos en trampas</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinatarios</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqueada</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>No SNDS key: paste your Automated Data Access key in Settings &gt; Blocklists (sendersupport.olc.protection.outlook.com/snds, Automated Data Access).</source>
        <translation>No hay clave de SNDS: pegue su clave de Automated Data Access en Ajustes &gt; Listas de bloqueo (sendersupport.olc.protection.outlook.com/snds, Automated Data Access).</translation>
    </message>
    <message>
        <source>Fetching SNDS data…</source>
        <translation>Obteniendo los datos de SNDS…</translation>
    </message>
    <message>
        <source>Data of %1, fetched %2.</source>
        <translation>Datos del %1, obtenidos el %2.</translation>
    </message>
    <message>
        <source>SNDS has no data for your IPs.</source>
        <translation>SNDS no tiene datos para sus IP.</translation>
    </message>
    <message>
        <source>SNDS could not be read: %1</source>
        <translation>No se pudo leer SNDS: %1</translation>
    </message>
    <message>
        <source>Shown from the cache:</source>
        <translation>Mostrado desde la caché:</translation>
    </message>
    <message>
        <source>Yes: %1</source>
        <translation>Sí: %1</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>rebound::ui::SpfTreeModel</name>
    <message>
        <source>Record / term</source>
        <translation>Registro / término</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>no SPF record: %1</source>
        <translation>sin registro SPF: %1</translation>
    </message>
    <message>
        <source>◀ decided: %1</source>
        <translation>◀ decidido: %1</translation>
    </message>
    <message>
        <source>matched</source>
        <translation>coincide</translation>
    </message>
    <message>
        <source>no match</source>
        <translation>sin coincidencia</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>no alcanzado</translation>
    </message>
    <message>
        <source>lookup %1 of %2: %3</source>
        <translation>consulta %1 de %2: %3</translation>
    </message>
</context>
<context>
    <name>rebound::ui::WatchController</name>
    <message>
        <source>%1 is already watched.</source>
        <translation>%1 ya está en vigilancia.</translation>
    </message>
    <message>
        <source>The resolver settings are not valid: %1</source>
        <translation>Los ajustes del resolvedor no son válidos: %1</translation>
    </message>
    <message>
        <source>Cannot start the resolver: %1</source>
        <translation>No se puede iniciar el resolvedor: %1</translation>
    </message>
</context>
<context>
    <name>rebound::ui::WatchTargetsModel</name>
    <message>
        <source>Not checked yet</source>
        <translation>Aún no comprobado</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Último cambio</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>Última comprobación</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n checks) since %2</source>
        <translation>
            <numerusform>%1 (%n comprobación) desde %2</numerusform>
            <numerusform>%1 (%n comprobaciones) desde %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2) since %3</source>
        <translation>%1 (%2) desde %3</translation>
    </message>
    <message>
        <source>Worst current state</source>
        <translation>Peor estado actual</translation>
    </message>
</context>
<context>
    <name>rebound::ui::WatchTimelineModel</name>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
</context>
<context>
    <name>rebound::ui::WatchView</name>
    <message>
        <source>Target to watch</source>
        <translation>Objetivo que vigilar</translation>
    </message>
    <message>
        <source>203.0.113.7, 198.51.100.0/24 6h or example.com 1d</source>
        <translation>203.0.113.7, 198.51.100.0/24 6h o example.com 1d</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Check &amp;now</source>
        <translation>Comprobar a&amp;hora</translation>
    </message>
    <message>
        <source>Check every target now, whatever its schedule (F5)</source>
        <translation>Comprobar ahora todos los objetivos, sea cual sea su programación (F5)</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Objetivo:</translation>
    </message>
    <message>
        <source>IPs are checked every hour and domains every day (a target may say otherwise: &quot;6h&quot;, &quot;1d&quot;), never more often than the lists&apos; limits allow.</source>
        <translation>Las IP se comprueban cada hora y los dominios cada día (un objetivo puede indicar otra cosa: «6h», «1d»), nunca con más frecuencia de la que permiten los límites de las listas.</translation>
    </message>
    <message>
        <source>Watched targets</source>
        <translation>Objetivos vigilados</translation>
    </message>
    <message>
        <source>Timeline of the selected target</source>
        <translation>Cronología del objetivo seleccionado</translation>
    </message>
    <message>
        <source>T&amp;imeline of the selected target:</source>
        <translation>&amp;Cronología del objetivo seleccionado:</translation>
    </message>
    <message>
        <source>Remove Target</source>
        <translation>Quitar objetivo</translation>
    </message>
    <message>
        <source>Check Now</source>
        <translation>Comprobar ahora</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>The watch could not run: %1</source>
        <translation>No se pudo ejecutar la vigilancia: %1</translation>
    </message>
    <message>
        <source>Checked: nothing changed.</source>
        <translation>Comprobado: nada ha cambiado.</translation>
    </message>
    <message numerus="yes">
        <source>Checked: %n change(s).</source>
        <translation>
            <numerusform>Comprobado: %n cambio.</numerusform>
            <numerusform>Comprobado: %n cambios.</numerusform>
        </translation>
    </message>
    <message>
        <source>The watch database could not be opened: %1</source>
        <translation>No se pudo abrir la base de datos de vigilancia: %1</translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <translation>No se añadió: %1</translation>
    </message>
    <message>
        <source>Added. It is checked within a minute.</source>
        <translation>Añadido. Se comprobará en menos de un minuto.</translation>
    </message>
</context>
<context>
    <name>rebound::ui::WatchWords</name>
    <message>
        <source>%1: newly listed on %2</source>
        <translation>%1: ahora figura en %2</translation>
    </message>
    <message>
        <source>%1: no longer listed on %2</source>
        <translation>%1: ya no figura en %2</translation>
    </message>
    <message>
        <source>%1: %2 changed to %3</source>
        <translation>%1: %2 cambió a %3</translation>
    </message>
    <message>
        <source>%1: %2 is missing or broken</source>
        <translation>%1: %2 falta o tiene errores</translation>
    </message>
    <message>
        <source>%1: %2 is sound again</source>
        <translation>%1: %2 vuelve a funcionar correctamente</translation>
    </message>
    <message>
        <source>%1: could not check %2</source>
        <translation>%1: no se pudo comprobar %2</translation>
    </message>
    <message>
        <source>%1: %2 can be checked again</source>
        <translation>%1: %2 se puede volver a comprobar</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>blocklist</source>
        <translation>lista de bloqueo</translation>
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
        <translation>Listada</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Ausente</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>Con errores</translation>
    </message>
    <message>
        <source>Could not check</source>
        <translation>No comprobable</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>No consultada</translation>
    </message>
    <message>
        <source>Newly listed</source>
        <translation>Nuevo listado</translation>
    </message>
    <message>
        <source>Delisted</source>
        <translation>Baja de la lista</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Broke</source>
        <translation>Fallo</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>Corrección</translation>
    </message>
    <message>
        <source>Checked again</source>
        <translation>Nueva comprobación</translation>
    </message>
    <message>
        <source>Microsoft SNDS</source>
        <translation>Microsoft SNDS</translation>
    </message>
    <message>
        <source>MTA-STS mode</source>
        <translation>Modo MTA-STS</translation>
    </message>
    <message>
        <source>TLS certificate</source>
        <translation>Certificado TLS</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Verde</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Amarillo</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Rojo</translation>
    </message>
    <message>
        <source>No SNDS data</source>
        <translation>Sin datos de SNDS</translation>
    </message>
    <message>
        <source>Near expiry</source>
        <translation>A punto de caducar</translation>
    </message>
    <message>
        <source>No STARTTLS</source>
        <translation>Sin STARTTLS</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducado</translation>
    </message>
    <message>
        <source>Invalid certificate</source>
        <translation>Certificado no válido</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Requiere atención</translation>
    </message>
    <message>
        <source>%1: the certificate of %2: %3</source>
        <translation>%1: el certificado de %2: %3</translation>
    </message>
    <message>
        <source>%1: %2 needs attention</source>
        <translation>%1: %2 requiere atención</translation>
    </message>
</context>
</TS>
