<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>TabFindings</name>
    <message>
        <source>One SPF record published for %1</source>
        <translation>Um registro SPF publicado para %1</translation>
    </message>
    <message>
        <source>%1 SPF records published for %2: receivers treat that as an error</source>
        <translation>%1 registros SPF publicados para %2: os receptores tratam isso como erro</translation>
    </message>
    <message>
        <source>RFC 7208 allows one v=spf1 record per name; with more, the result is a permanent error. Merge them into one.</source>
        <translation>A RFC 7208 permite um registro v=spf1 por nome; com mais, o resultado é um erro permanente (permerror). Junte-os em um só.</translation>
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
        <translation>Registro DMARC encontrado em %1</translation>
    </message>
    <message>
        <source>DKIM key found for selector %1</source>
        <translation>Chave DKIM encontrada para o seletor %1</translation>
    </message>
    <message>
        <source>No DKIM key for selector %1</source>
        <translation>Nenhuma chave DKIM para o seletor %1</translation>
    </message>
    <message>
        <source>MX %1: %2</source>
        <translation>MX %1: %2</translation>
    </message>
    <message>
        <source>Mail server %1 (preference %2) has an address</source>
        <translation>O servidor de e-mail %1 (preferência %2) tem um endereço</translation>
    </message>
    <message>
        <source>%1 has reverse DNS that resolves back to it</source>
        <translation>O DNS reverso de %1 resolve de volta para o mesmo endereço</translation>
    </message>
    <message>
        <source>DNS lookups: %1 of the %2 allowed; void lookups: %3 of %4</source>
        <translation>Consultas DNS: %1 das %2 permitidas; consultas vazias: %3 de %4</translation>
    </message>
    <message>
        <source>The message carries no DKIM signature</source>
        <translation>A mensagem não tem assinatura DKIM</translation>
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
        <translation>Cadeia ARC: %1</translation>
    </message>
    <message>
        <source>Bulk-sender rules: %1 of %2 pass</source>
        <translation>Regras de remetentes em massa: %1 de %2 atendidas</translation>
    </message>
    <message>
        <source>Organizational domain (DNS tree walk): %1</source>
        <translation>Domínio organizacional (percurso da árvore DNS): %1</translation>
    </message>
    <message>
        <source>DKIM key found for selector %1 (found by %2)</source>
        <translation>Chave DKIM encontrada para o seletor %1 (encontrada por: %2)</translation>
    </message>
    <message>
        <source>MTA-STS policy of %1: mode %2, max_age %3</source>
        <translation>Política MTA-STS de %1: modo %2, max_age %3</translation>
    </message>
    <message>
        <source>MX %1 is covered by the MTA-STS policy</source>
        <translation>O MX %1 está coberto pela política MTA-STS</translation>
    </message>
    <message>
        <source>MX %1 is not covered by the MTA-STS policy</source>
        <translation>O MX %1 não está coberto pela política MTA-STS</translation>
    </message>
    <message>
        <source>The BIMI logo is SVG Tiny PS</source>
        <translation>O logotipo BIMI está em SVG Tiny PS</translation>
    </message>
    <message>
        <source>The BIMI logo is not SVG Tiny PS</source>
        <translation>O logotipo BIMI não está em SVG Tiny PS</translation>
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
        <translation>Diagnóstico de entregabilidade de e-mail</translation>
    </message>
    <message>
        <source>Show the main window, start the event loop and exit (for packaging checks).</source>
        <translation>Mostrar a janela principal, iniciar o loop de eventos e sair (para verificações de empacotamento).</translation>
    </message>
    <message>
        <source>A bounce or .eml file, or a saved session (.json, Rebound PDF), to open.</source>
        <translation>Um arquivo de bounce ou .eml, ou uma sessão salva (.json, PDF do Rebound), para abrir.</translation>
    </message>
</context>
<context>
    <name>rebound::auth</name>
    <message>
        <source>the local part (before @) is empty</source>
        <translation>a parte local (antes do @) está vazia</translation>
    </message>
    <message>
        <source>the local part is %1 octets; the limit is 64 (RFC 5321 4.5.3.1.1)</source>
        <translation>a parte local tem %1 octetos; o limite é 64 (RFC 5321 4.5.3.1.1)</translation>
    </message>
    <message>
        <source>the quoted local part is not closed</source>
        <translation>a parte local entre aspas não está fechada</translation>
    </message>
    <message>
        <source>the quoted local part holds a character that must be escaped</source>
        <translation>a parte local entre aspas contém um caractere que precisa ser escapado</translation>
    </message>
    <message>
        <source>dots may not start or end the local part or follow each other</source>
        <translation>pontos não podem começar nem terminar a parte local nem vir seguidos</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not allowed in an unquoted local part</source>
        <translation>&apos;%1&apos; não é permitido numa parte local sem aspas</translation>
    </message>
    <message>
        <source>the address is far too long</source>
        <translation>o endereço é longo demais</translation>
    </message>
    <message>
        <source>there is no @</source>
        <translation>não há @</translation>
    </message>
    <message>
        <source>the address literal is not a valid IP address</source>
        <translation>o literal de endereço não é um endereço IP válido</translation>
    </message>
    <message>
        <source>an address literal instead of a domain is accepted by almost no mail system</source>
        <translation>quase nenhum sistema de e-mail aceita um literal de endereço no lugar de um domínio</translation>
    </message>
    <message>
        <source>the domain is not a fully qualified name</source>
        <translation>o domínio não é um nome totalmente qualificado</translation>
    </message>
    <message>
        <source>the domain is invalid: %1</source>
        <translation>o domínio é inválido: %1</translation>
    </message>
    <message>
        <source>the domain holds characters that are not allowed in a host name</source>
        <translation>o domínio contém caracteres não permitidos num nome de host</translation>
    </message>
    <message>
        <source>the address is longer than 254 octets (RFC 5321 4.5.3.1.3 with RFC 3696 errata)</source>
        <translation>o endereço passa de 254 octetos (RFC 5321 4.5.3.1.3 com a errata da RFC 3696)</translation>
    </message>
    <message>
        <source>the required id= tag is missing (RFC 8461 3.1)</source>
        <translation>falta a tag obrigatória id= (RFC 8461 3.1)</translation>
    </message>
    <message>
        <source>id= must be 1 to 32 letters and digits</source>
        <translation>id= precisa ter de 1 a 32 letras e dígitos</translation>
    </message>
    <message>
        <source>the required rua= tag is missing (RFC 8460 3)</source>
        <translation>falta a tag obrigatória rua= (RFC 8460 3)</translation>
    </message>
    <message>
        <source>rua &apos;%1&apos; is neither mailto: nor https:</source>
        <translation>rua &apos;%1&apos; não é mailto: nem https:</translation>
    </message>
    <message>
        <source>the l= tag (logo URL) is missing</source>
        <translation>falta a tag l= (URL do logotipo)</translation>
    </message>
    <message>
        <source>l= must be an https:// URL of an SVG file</source>
        <translation>l= precisa ser uma URL https:// de um arquivo SVG</translation>
    </message>
    <message>
        <source>a= (the mark certificate) must be an https:// URL</source>
        <translation>a= (o certificado de marca) precisa ser uma URL https://</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a mailto: address; reports cannot be sent there</source>
        <translation>%1: &apos;%2&apos; não é um endereço mailto:; não é possível enviar relatórios para lá</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a mailto: URI; receivers ignore it</source>
        <translation>%1: &apos;%2&apos; não é uma URI mailto:; os receptores a ignoram</translation>
    </message>
    <message>
        <source>the record is empty</source>
        <translation>o registro está vazio</translation>
    </message>
    <message>
        <source>v: the record must start with &quot;v=DMARC1&quot;</source>
        <translation>v: o registro precisa começar com &quot;v=DMARC1&quot;</translation>
    </message>
    <message>
        <source>%1: the tag appears more than once; receivers may use either</source>
        <translation>%1: a tag aparece mais de uma vez; os receptores podem usar qualquer uma</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no &apos;=&apos; and value</source>
        <translation>&apos;%1&apos; não tem &apos;=&apos; nem valor</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not none, quarantine or reject</source>
        <translation>%1: &apos;%2&apos; não é none, quarantine nem reject</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; should be written in full (none, quarantine, reject); some receivers ignore the record</source>
        <translation>%1: &apos;%2&apos; deveria ser escrito por extenso (none, quarantine, reject); alguns receptores ignoram o registro</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not r (relaxed) or s (strict)</source>
        <translation>%1: &apos;%2&apos; não é r (relaxed) nem s (strict)</translation>
    </message>
    <message>
        <source>pct: &apos;%1&apos; is not a whole number from 0 to 100</source>
        <translation>pct: &apos;%1&apos; não é um número inteiro de 0 a 100</translation>
    </message>
    <message>
        <source>ri: &apos;%1&apos; is not a number of seconds</source>
        <translation>ri: &apos;%1&apos; não é um número de segundos</translation>
    </message>
    <message>
        <source>rf: &apos;%1&apos; is not a report format (afrf)</source>
        <translation>rf: &apos;%1&apos; não é um formato de relatório (afrf)</translation>
    </message>
    <message>
        <source>fo: &apos;%1&apos; is not 0, 1, d or s</source>
        <translation>fo: &apos;%1&apos; não é 0, 1, d nem s</translation>
    </message>
    <message>
        <source>psd: &apos;%1&apos; is not y, n or u</source>
        <translation>psd: &apos;%1&apos; não é y, n nem u</translation>
    </message>
    <message>
        <source>t: &apos;%1&apos; is not y or n</source>
        <translation>t: &apos;%1&apos; não é y nem n</translation>
    </message>
    <message>
        <source>p: the required policy tag is missing</source>
        <translation>p: falta a tag de política obrigatória</translation>
    </message>
    <message>
        <source>p= is not valid base64</source>
        <translation>p= não é base64 válido</translation>
    </message>
    <message>
        <source>an Ed25519 key is 32 bytes; p= holds %1</source>
        <translation>uma chave Ed25519 tem 32 bytes; p= contém %1</translation>
    </message>
    <message>
        <source>OpenSSL could not read the Ed25519 key</source>
        <translation>O OpenSSL não conseguiu ler a chave Ed25519</translation>
    </message>
    <message>
        <source>Ed25519 keys (RFC 8463) are not verified by every receiver; sign with an RSA key as well</source>
        <translation>nem todo receptor verifica chaves Ed25519 (RFC 8463); assine também com uma chave RSA</translation>
    </message>
    <message>
        <source>p= does not hold an RSA public key that OpenSSL can read</source>
        <translation>p= não contém uma chave pública RSA que o OpenSSL consiga ler</translation>
    </message>
    <message>
        <source>the RSA key has %1 bits; RFC 8301 forbids verifying keys under 1024 bits, so signatures with it fail</source>
        <translation>a chave RSA tem %1 bits; a RFC 8301 proíbe verificar chaves com menos de 1024 bits, então as assinaturas com ela falham</translation>
    </message>
    <message>
        <source>the RSA key has %1 bits; 2048 is the recommended size (RFC 8301)</source>
        <translation>a chave RSA tem %1 bits; o tamanho recomendado é 2048 (RFC 8301)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a tag=value pair</source>
        <translation>&apos;%1&apos; não é um par tag=valor</translation>
    </message>
    <message>
        <source>the tag %1 appears twice, which makes the record invalid (RFC 6376 3.2)</source>
        <translation>a tag %1 aparece duas vezes, o que torna o registro inválido (RFC 6376 3.2)</translation>
    </message>
    <message>
        <source>v=%1: the only version is DKIM1</source>
        <translation>v=%1: a única versão é DKIM1</translation>
    </message>
    <message>
        <source>v= must be the first tag when present</source>
        <translation>v= precisa ser a primeira tag quando presente</translation>
    </message>
    <message>
        <source>k=%1 is not a known key type (rsa, ed25519)</source>
        <translation>k=%1 não é um tipo de chave conhecido (rsa, ed25519)</translation>
    </message>
    <message>
        <source>h= does not allow sha256; RFC 8301 forbids sha1, so no signature can verify</source>
        <translation>h= não permite sha256; a RFC 8301 proíbe sha1, então nenhuma assinatura pode ser verificada</translation>
    </message>
    <message>
        <source>h= still lists sha1, which RFC 8301 retired</source>
        <translation>h= ainda lista sha1, que a RFC 8301 aposentou</translation>
    </message>
    <message>
        <source>t=y: the domain says it is testing DKIM; receivers may treat failures as if unsigned</source>
        <translation>t=y: o domínio diz que está testando DKIM; os receptores podem tratar as falhas como e-mail sem assinatura</translation>
    </message>
    <message>
        <source>s=%1 excludes email, so the key cannot verify mail</source>
        <translation>s=%1 exclui email, então a chave não pode verificar e-mail</translation>
    </message>
    <message>
        <source>no p= tag: the record has no public key</source>
        <translation>sem tag p=: o registro não tem chave pública</translation>
    </message>
    <message>
        <source>p= is empty: the key has been revoked, so signatures with this selector fail</source>
        <translation>p= está vazio: a chave foi revogada, então as assinaturas com este seletor falham</translation>
    </message>
    <message>
        <source>%1 %2 record(s)</source>
        <translation>%1 registro(s) %2</translation>
    </message>
    <message>
        <source>no %1 records (NODATA)</source>
        <translation>nenhum registro %1 (NODATA)</translation>
    </message>
    <message>
        <source>the name does not exist (NXDOMAIN)</source>
        <translation>o nome não existe (NXDOMAIN)</translation>
    </message>
    <message>
        <source>not a valid DNS name</source>
        <translation>não é um nome DNS válido</translation>
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
        <translation>mais de %1 consultas DNS não retornaram registros (limite de consultas vazias, RFC 7208 4.6.4)</translation>
    </message>
    <message>
        <source>not a valid, fully qualified domain name (RFC 7208 4.3)</source>
        <translation>não é um nome de domínio válido e totalmente qualificado (RFC 7208 4.3)</translation>
    </message>
    <message>
        <source>the domain does not exist (NXDOMAIN)</source>
        <translation>o domínio não existe (NXDOMAIN)</translation>
    </message>
    <message>
        <source>the TXT lookup failed: %1</source>
        <translation>a consulta TXT falhou: %1</translation>
    </message>
    <message>
        <source>no SPF record (no TXT record starting with &quot;v=spf1&quot;)</source>
        <translation>sem registro SPF (nenhum registro TXT começando com &quot;v=spf1&quot;)</translation>
    </message>
    <message>
        <source>%1 SPF records are published; there must be exactly one</source>
        <translation>há %1 registros SPF publicados; precisa haver exatamente um</translation>
    </message>
    <message>
        <source>syntax error at position %1 (&apos;%2&apos;): %3</source>
        <translation>erro de sintaxe na posição %1 (&apos;%2&apos;): %3</translation>
    </message>
    <message>
        <source>over the DNS lookup limit</source>
        <translation>acima do limite de consultas DNS</translation>
    </message>
    <message>
        <source>more than %1 DNS-querying terms (include, a, mx, ptr, exists, redirect) were needed (RFC 7208 4.6.4)</source>
        <translation>foram necessários mais de %1 termos que consultam o DNS (include, a, mx, ptr, exists, redirect) (RFC 7208 4.6.4)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; matched</source>
        <translation>&apos;%1&apos; casou</translation>
    </message>
    <message>
        <source>more than %1 DNS-querying terms were needed (RFC 7208 4.6.4)</source>
        <translation>foram necessários mais de %1 termos que consultam o DNS (RFC 7208 4.6.4)</translation>
    </message>
    <message>
        <source>the redirect target has no SPF record: %1</source>
        <translation>o destino do redirect não tem registro SPF: %1</translation>
    </message>
    <message>
        <source>redirect to %1, which has no SPF record</source>
        <translation>redirect para %1, que não tem registro SPF</translation>
    </message>
    <message>
        <source>result %1</source>
        <translation>resultado %1</translation>
    </message>
    <message>
        <source>no term matched; the default result is neutral</source>
        <translation>nenhum termo casou; o resultado padrão é neutral</translation>
    </message>
    <message>
        <source>always matches</source>
        <translation>sempre casa</translation>
    </message>
    <message>
        <source>no client IP given</source>
        <translation>nenhum IP de cliente informado</translation>
    </message>
    <message>
        <source>the IP is in this network</source>
        <translation>o IP está nesta rede</translation>
    </message>
    <message>
        <source>the IP is not in this network</source>
        <translation>o IP não está nesta rede</translation>
    </message>
    <message>
        <source>depends on the client IP, which was not given</source>
        <translation>depende do IP do cliente, que não foi informado</translation>
    </message>
    <message>
        <source>%1 returned %2</source>
        <translation>%1 retornou %2</translation>
    </message>
    <message>
        <source>the included domain %1 has no SPF record</source>
        <translation>o domínio incluído %1 não tem registro SPF</translation>
    </message>
    <message>
        <source>validated PTR name %1</source>
        <translation>nome PTR validado %1</translation>
    </message>
    <message>
        <source>no validated PTR name</source>
        <translation>nenhum nome PTR validado</translation>
    </message>
    <message>
        <source>validated PTR names: %1</source>
        <translation>nomes PTR validados: %1</translation>
    </message>
    <message>
        <source>%1 has %2</source>
        <translation>%1 tem %2</translation>
    </message>
    <message>
        <source>%1 MX records; an mx term may look up at most %2 (RFC 7208 4.6.4)</source>
        <translation>%1 registros MX; um termo mx pode consultar no máximo %2 (RFC 7208 4.6.4)</translation>
    </message>
    <message>
        <source>the evaluation took longer than %1 ms (RFC 7208 4.6.4)</source>
        <translation>a avaliação levou mais de %1 ms (RFC 7208 4.6.4)</translation>
    </message>
    <message>
        <source>unknown macro letter &apos;%1&apos;</source>
        <translation>letra de macro desconhecida &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unterminated macro</source>
        <translation>macro não terminada</translation>
    </message>
    <message>
        <source>a macro transformer of zero parts is not allowed</source>
        <translation>um transformador de macro de zero partes não é permitido</translation>
    </message>
    <message>
        <source>malformed macro: expected &apos;}&apos;</source>
        <translation>macro malformada: esperava-se &apos;}&apos;</translation>
    </message>
    <message>
        <source>character %1 is not allowed in a macro-string</source>
        <translation>o caractere %1 não é permitido num macro-string</translation>
    </message>
    <message>
        <source>a lone &apos;%&apos; must be written &apos;%%&apos;</source>
        <translation>um &apos;%&apos; sozinho precisa ser escrito &apos;%%&apos;</translation>
    </message>
    <message>
        <source>&apos;%&apos; followed by &apos;%1&apos; is not a macro (write &apos;%%&apos; for a percent sign)</source>
        <translation>&apos;%&apos; seguido de &apos;%1&apos; não é uma macro (escreva &apos;%%&apos; para um sinal de porcentagem)</translation>
    </message>
    <message>
        <source>%1 needs &apos;:&apos; and an address</source>
        <translation>%1 precisa de &apos;:&apos; e um endereço</translation>
    </message>
    <message>
        <source>invalid prefix length &apos;%1&apos;</source>
        <translation>comprimento de prefixo inválido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>invalid %1 address &apos;%2&apos;</source>
        <translation>endereço %1 inválido &apos;%2&apos;</translation>
    </message>
    <message>
        <source>invalid IPv4 prefix length &apos;/%1&apos;</source>
        <translation>comprimento de prefixo IPv4 inválido &apos;/%1&apos;</translation>
    </message>
    <message>
        <source>invalid IPv6 prefix length &apos;//%1&apos;</source>
        <translation>comprimento de prefixo IPv6 inválido &apos;//%1&apos;</translation>
    </message>
    <message>
        <source>%1 needs &apos;:&apos; and a domain</source>
        <translation>%1 precisa de &apos;:&apos; e um domínio</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos; after %2</source>
        <translation>&apos;%1&apos; inesperado depois de %2</translation>
    </message>
    <message>
        <source>&apos;all&apos; takes no argument</source>
        <translation>&apos;all&apos; não aceita argumento</translation>
    </message>
    <message>
        <source>unknown mechanism &apos;%1&apos;</source>
        <translation>mecanismo desconhecido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>empty domain-spec</source>
        <translation>domain-spec vazio</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not end in a valid top label (use a fully qualified name)</source>
        <translation>&apos;%1&apos; não termina num rótulo de topo válido (use um nome totalmente qualificado)</translation>
    </message>
    <message>
        <source>byte %1 is not allowed in an SPF record (only printable ASCII and spaces)</source>
        <translation>o byte %1 não é permitido num registro SPF (só ASCII imprimível e espaços)</translation>
    </message>
    <message>
        <source>the record does not start with &quot;v=spf1&quot;</source>
        <translation>o registro não começa com &quot;v=spf1&quot;</translation>
    </message>
    <message>
        <source>&apos;%1=&apos; may appear only once</source>
        <translation>&apos;%1=&apos; só pode aparecer uma vez</translation>
    </message>
    <message>
        <source>the root element is not &lt;svg&gt; in the SVG namespace</source>
        <translation>o elemento raiz não é &lt;svg&gt; no namespace SVG</translation>
    </message>
    <message>
        <source>baseProfile is &quot;%1&quot;, not &quot;%2&quot;</source>
        <translation>baseProfile é &quot;%1&quot;, não &quot;%2&quot;</translation>
    </message>
    <message>
        <source>version is &quot;%1&quot;, not &quot;%2&quot;</source>
        <translation>version é &quot;%1&quot;, não &quot;%2&quot;</translation>
    </message>
    <message>
        <source>the root &lt;svg&gt; has a %1= attribute, which SVG Tiny PS forbids</source>
        <translation>o &lt;svg&gt; raiz tem um atributo %1=, que o SVG Tiny PS proíbe</translation>
    </message>
    <message>
        <source>the viewBox is %1 by %2: a BIMI logo must be square</source>
        <translation>o viewBox é %1 por %2: um logotipo BIMI precisa ser quadrado</translation>
    </message>
    <message>
        <source>no viewBox: the logo cannot be scaled reliably</source>
        <translation>sem viewBox: o logotipo não pode ser redimensionado de forma confiável</translation>
    </message>
    <message>
        <source>&lt;%1&gt; is not allowed in SVG Tiny PS</source>
        <translation>&lt;%1&gt; não é permitido no SVG Tiny PS</translation>
    </message>
    <message>
        <source>&lt;%1&gt; has an event handler (%2=)</source>
        <translation>&lt;%1&gt; tem um manipulador de eventos (%2=)</translation>
    </message>
    <message>
        <source>&lt;%1&gt; refers to %2: external references are not allowed</source>
        <translation>&lt;%1&gt; faz referência a %2: referências externas não são permitidas</translation>
    </message>
    <message>
        <source>&lt;%1&gt; %2= refers outside the file</source>
        <translation>&lt;%1&gt; %2= aponta para fora do arquivo</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>status HTTP %1</translation>
    </message>
    <message>
        <source>%1 bytes, more than the %2 allowed</source>
        <translation>%1 bytes, mais que os %2 permitidos</translation>
    </message>
    <message>
        <source>a DOCTYPE declaration (DTDs and entities are not allowed)</source>
        <translation>uma declaração DOCTYPE (DTDs e entidades não são permitidas)</translation>
    </message>
    <message>
        <source>an entity reference (entities are not allowed)</source>
        <translation>uma referência de entidade (entidades não são permitidas)</translation>
    </message>
    <message>
        <source>not well-formed XML: %1 (line %2)</source>
        <translation>XML malformado: %1 (linha %2)</translation>
    </message>
    <message>
        <source>no root element</source>
        <translation>sem elemento raiz</translation>
    </message>
    <message>
        <source>no &lt;title&gt; element (SVG Tiny PS requires one, naming the brand)</source>
        <translation>sem elemento &lt;title&gt; (o SVG Tiny PS exige um, com o nome da marca)</translation>
    </message>
    <message>
        <source>no PEM certificate in the file</source>
        <translation>nenhum certificado PEM no arquivo</translation>
    </message>
    <message>
        <source>lines end with LF alone; RFC 8461 3.2 asks for CRLF</source>
        <translation>as linhas terminam só com LF; a RFC 8461 3.2 pede CRLF</translation>
    </message>
    <message>
        <source>more than 1000 lines</source>
        <translation>mais de 1000 linhas</translation>
    </message>
    <message>
        <source>line %1 is not &quot;key: value&quot;: %2</source>
        <translation>a linha %1 não está no formato &quot;chave: valor&quot;: %2</translation>
    </message>
    <message>
        <source>%1 appears more than once; the first is used</source>
        <translation>%1 aparece mais de uma vez; vale a primeira</translation>
    </message>
    <message>
        <source>max_age &quot;%1&quot; is not a number of seconds</source>
        <translation>max_age &quot;%1&quot; não é um número de segundos</translation>
    </message>
    <message>
        <source>max_age %1 is above the largest allowed, %2</source>
        <translation>max_age %1 está acima do máximo permitido, %2</translation>
    </message>
    <message>
        <source>mx &quot;%1&quot; is not a host name or a *.domain pattern</source>
        <translation>mx &quot;%1&quot; não é um nome de host nem um padrão *.domínio</translation>
    </message>
    <message>
        <source>the version field is missing</source>
        <translation>falta o campo version</translation>
    </message>
    <message>
        <source>version is &quot;%1&quot;, not STSv1</source>
        <translation>version é &quot;%1&quot;, não STSv1</translation>
    </message>
    <message>
        <source>the mode field is missing</source>
        <translation>falta o campo mode</translation>
    </message>
    <message>
        <source>mode is &quot;%1&quot;, not enforce, testing or none</source>
        <translation>mode é &quot;%1&quot;, não enforce, testing nem none</translation>
    </message>
    <message>
        <source>the max_age field is missing</source>
        <translation>falta o campo max_age</translation>
    </message>
    <message>
        <source>no mx field: the policy names no mail host</source>
        <translation>sem campo mx: a política não cita nenhum host de e-mail</translation>
    </message>
</context>
<context>
    <name>rebound::blocklist</name>
    <message>
        <source>undocumented bits %1</source>
        <translation>bits não documentados %1</translation>
    </message>
    <message>
        <source>answer outside 127.0.0.0/8</source>
        <translation>resposta fora de 127.0.0.0/8</translation>
    </message>
    <message>
        <source>not documented for this list</source>
        <translation>não documentado para esta lista</translation>
    </message>
    <message>
        <source>Try again later, or through another resolver.</source>
        <translation>Tente novamente mais tarde ou por outro resolvedor.</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>e mais %1</translation>
    </message>
    <message>
        <source>%1 is not documented for this list</source>
        <translation>%1 não está documentado para esta lista</translation>
    </message>
    <message>
        <source>%1 is not trusted: %2</source>
        <translation>%1 não é confiável: %2</translation>
    </message>
    <message>
        <source>answered %1, outside 127.0.0.0/8 where RFC 5782 answers must be: the list&apos;s domain may have lapsed, or the resolver rewrites answers</source>
        <translation>respondeu %1, fora de 127.0.0.0/8, onde as respostas da RFC 5782 precisam estar: o domínio da lista pode ter expirado, ou o resolvedor reescreve as respostas</translation>
    </message>
    <message>
        <source>the list refused the query (%1); this is not a listing</source>
        <translation>a lista recusou a consulta (%1); isto não é uma listagem</translation>
    </message>
    <message>
        <source>the DNS server refused the query (REFUSED)</source>
        <translation>o servidor DNS recusou a consulta (REFUSED)</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>no usable answer (%1)</source>
        <translation>nenhuma resposta utilizável (%1)</translation>
    </message>
    <message>
        <source>no usable answer (%1: %2)</source>
        <translation>nenhuma resposta utilizável (%1: %2)</translation>
    </message>
    <message>
        <source>test point %1: %2</source>
        <translation>ponto de teste %1: %2</translation>
    </message>
    <message>
        <source>test point %1 is not listed (%2), though RFC 5782 says it must be: the list is dead or emptied, does not serve %3, or answers nothing to this resolver (Spamhaus does this to public resolvers)</source>
        <translation>o ponto de teste %1 não está listado (%2), embora a RFC 5782 exija: a lista está morta ou esvaziada, não atende %3, ou não responde nada a este resolvedor (a Spamhaus faz isso com resolvedores públicos)</translation>
    </message>
    <message>
        <source>test point %1 answered %2, but the list documents %3: it changed its codes or is not the list it claims to be</source>
        <translation>o ponto de teste %1 respondeu %2, mas a lista documenta %3: ela mudou seus códigos ou não é a lista que diz ser</translation>
    </message>
    <message>
        <source>lists the test point %1 (%2), which RFC 5782 says must never be listed: the list answers for everything (wildcard), so its answers are ignored</source>
        <translation>lista o ponto de teste %1 (%2), que segundo a RFC 5782 nunca deve ser listado: a lista responde a tudo (curinga), então suas respostas são ignoradas</translation>
    </message>
    <message>
        <source>could not verify the list in this run: %1. Its answer for this address (%2) does not count</source>
        <translation>não foi possível verificar a lista nesta execução: %1. A resposta dela para este endereço (%2) não conta</translation>
    </message>
    <message>
        <source>could not verify the list in this run: %1</source>
        <translation>não foi possível verificar a lista nesta execução: %1</translation>
    </message>
    <message>
        <source>needs a Spamhaus DQS key (%1)</source>
        <translation>precisa de uma chave DQS da Spamhaus (%1)</translation>
    </message>
    <message>
        <source>needs an Abusix key (%1)</source>
        <translation>precisa de uma chave da Abusix (%1)</translation>
    </message>
    <message>
        <source>needs a key (%1)</source>
        <translation>precisa de uma chave (%1)</translation>
    </message>
    <message>
        <source>the list does not cover IPv4 addresses</source>
        <translation>a lista não cobre endereços IPv4</translation>
    </message>
    <message>
        <source>the list does not cover IPv6 addresses</source>
        <translation>a lista não cobre endereços IPv6</translation>
    </message>
    <message>
        <source>the list does not cover domains</source>
        <translation>a lista não cobre domínios</translation>
    </message>
    <message>
        <source>not queried: the list is unverified. %1</source>
        <translation>não consultada: a lista não está verificada. %1</translation>
    </message>
    <message>
        <source>not queried: the list is for paying customers only. %1</source>
        <translation>não consultada: a lista é só para clientes pagantes. %1</translation>
    </message>
    <message>
        <source>not queried: the list is defunct. %1</source>
        <translation>não consultada: a lista foi desativada. %1</translation>
    </message>
    <message>
        <source>not queried: the list is %1. %2</source>
        <translation>não consultada: estado da lista: %1. %2</translation>
    </message>
    <message>
        <source>no resolver</source>
        <translation>nenhum resolvedor</translation>
    </message>
    <message>
        <source>could not check (list not answering): its test point or its first queries got no answer within the deadline, so it was not asked again in this run</source>
        <translation>não verificável (lista não responde): seu ponto de teste ou suas primeiras consultas não tiveram resposta dentro do prazo, então ela não foi consultada de novo nesta execução</translation>
    </message>
    <message>
        <source>could not check (list failing): its test point or its first queries got SERVFAIL, so it was not asked again in this run</source>
        <translation>não verificável (lista com falha): seu ponto de teste ou suas primeiras consultas receberam SERVFAIL, então ela não foi consultada de novo nesta execução</translation>
    </message>
    <message>
        <source>could not check (list refusing): its test point or its first queries were REFUSED, so it was not asked again in this run</source>
        <translation>não verificável (lista recusando): seu ponto de teste ou suas primeiras consultas receberam REFUSED, então ela não foi consultada de novo nesta execução</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Listed</source>
        <translation>Listado</translation>
    </message>
    <message>
        <source>Not listed</source>
        <translation>Não listado</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Recusado</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>Não consultado</translation>
    </message>
    <message>
        <source>Could not check</source>
        <translation>Não verificável</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 listed, %2 could not be checked (not counted as clean), %3 not listed, %4 not asked.</source>
        <translation>%1 listado(s), %2 não verificável(is) (não contados como limpos), %3 não listado(s), %4 não consultado(s).</translation>
    </message>
</context>
<context>
    <name>rebound::dane::TlsaLookup</name>
    <message>
        <source>libunbound could not create a resolver context</source>
        <translation>a libunbound não conseguiu criar um contexto de resolvedor</translation>
    </message>
    <message>
        <source>the DNSSEC trust anchor %1 cannot be read</source>
        <translation>a âncora de confiança DNSSEC %1 não pode ser lida</translation>
    </message>
    <message>
        <source>the DNSSEC trust anchor %1 is not usable: %2</source>
        <translation>a âncora de confiança DNSSEC %1 não é utilizável: %2</translation>
    </message>
    <message>
        <source>libunbound could not start the lookup: %1</source>
        <translation>a libunbound não conseguiu iniciar a consulta: %1</translation>
    </message>
    <message>
        <source>the validated TLSA lookup took longer than %1 ms</source>
        <translation>a consulta TLSA validada levou mais de %1 ms</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>the validated TLSA lookup failed: %1</source>
        <translation>a consulta TLSA validada falhou: %1</translation>
    </message>
    <message>
        <source>the validated TLSA lookup ended with DNS error code %1</source>
        <translation>a consulta TLSA validada terminou com o código de erro DNS %1</translation>
    </message>
</context>
<context>
    <name>rebound::data::auth</name>
    <message>
        <source>%1 Explanation: %2</source>
        <extracomment>text spf_explanation</extracomment>
        <translation>%1 Explicação: %2</translation>
    </message>
    <message>
        <source>Sender domain: %1</source>
        <extracomment>text sender_domain</extracomment>
        <translation>Domínio do remetente: %1</translation>
    </message>
    <message>
        <source>could not resolve: %1</source>
        <extracomment>text mx_unresolved</extracomment>
        <translation>não foi possível resolver: %1</translation>
    </message>
    <message>
        <source>the host name has no A or AAAA record</source>
        <extracomment>text mx_no_address</extracomment>
        <translation>o nome de host não tem registro A nem AAAA</translation>
    </message>
    <message>
        <source>resolves to %1, which is not reachable from the Internet (%2)</source>
        <extracomment>text mx_special_address</extracomment>
        <translation>resolve para %1, que não é acessível pela Internet (%2)</translation>
    </message>
    <message>
        <source>the MX target is an IP address, not a host name (RFC 5321 5.1)</source>
        <extracomment>text mx_ip_literal</extracomment>
        <translation>o destino do MX é um endereço IP, não um nome de host (RFC 5321 5.1)</translation>
    </message>
    <message>
        <source>%1 publishes no SPF record</source>
        <extracomment>finding spf.missing: title</extracomment>
        <translation>%1 não publica registro SPF</translation>
    </message>
    <message>
        <source>Without SPF, receivers cannot tell authorized senders from forgers, and many (Gmail, Yahoo) reject or junk bulk mail from such domains. Publish a TXT record starting with &quot;v=spf1&quot;.</source>
        <extracomment>finding spf.missing: detail</extracomment>
        <translation>Sem SPF, os receptores não distinguem remetentes autorizados de falsificadores, e muitos (Gmail, Yahoo) recusam ou mandam para o spam o e-mail em massa desses domínios. Publique um registro TXT que comece com &quot;v=spf1&quot;.</translation>
    </message>
    <message>
        <source>%1 publishes %2 SPF records</source>
        <extracomment>finding spf.multiple_records: title</extracomment>
        <translation>%1 publica %2 registros SPF</translation>
    </message>
    <message>
        <source>RFC 7208 4.5: more than one &quot;v=spf1&quot; record is a permanent error, so SPF fails for all mail. Merge them into one record.</source>
        <extracomment>finding spf.multiple_records: detail</extracomment>
        <translation>RFC 7208 4.5: mais de um registro &quot;v=spf1&quot; é um erro permanente, então o SPF falha para todo o e-mail. Junte-os em um só registro.</translation>
    </message>
    <message>
        <source>Syntax error in the SPF record of %1</source>
        <extracomment>finding spf.syntax_error: title</extracomment>
        <translation>Erro de sintaxe no registro SPF de %1</translation>
    </message>
    <message>
        <source>%1. Any syntax error makes the whole record a permanent error (RFC 7208 4.6).</source>
        <extracomment>finding spf.syntax_error: detail</extracomment>
        <translation>%1. Qualquer erro de sintaxe torna o registro inteiro um erro permanente (RFC 7208 4.6).</translation>
    </message>
    <message>
        <source>%1 target %2 has no SPF record</source>
        <extracomment>finding spf.include_without_record: title</extracomment>
        <translation>O destino de %1 %2 não tem registro SPF</translation>
    </message>
    <message>
        <source>An include or redirect of a domain without an SPF record is a permanent error. Remove the term or fix the name.</source>
        <extracomment>finding spf.include_without_record: detail</extracomment>
        <translation>Um include ou redirect para um domínio sem registro SPF é um erro permanente. Remova o termo ou corrija o nome.</translation>
    </message>
    <message>
        <source>SPF include loop: %1 includes itself</source>
        <extracomment>finding spf.include_loop: title</extracomment>
        <translation>Loop de include SPF: %1 inclui a si mesmo</translation>
    </message>
    <message>
        <source>The loop only ends when the 10-lookup limit is hit, which is a permanent error.</source>
        <extracomment>finding spf.include_loop: detail</extracomment>
        <translation>O loop só termina ao atingir o limite de 10 consultas, o que é um erro permanente.</translation>
    </message>
    <message>
        <source>The TXT records at %1 are too long for one plain UDP answer</source>
        <extracomment>finding spf.record_too_long: title</extracomment>
        <translation>Os registros TXT em %1 são longos demais para uma resposta UDP simples</translation>
    </message>
    <message>
        <source>%1 bytes of TXT data. Answers over 512 bytes need EDNS0 or TCP; some receivers&apos; resolvers then fail and report temperror. Shorten the record or move senders into an include.</source>
        <extracomment>finding spf.record_too_long: detail</extracomment>
        <translation>%1 bytes de dados TXT. Respostas acima de 512 bytes precisam de EDNS0 ou TCP; alguns resolvedores dos receptores falham e informam temperror. Encurte o registro ou mova remetentes para um include.</translation>
    </message>
    <message>
        <source>SPF of %1 could not be checked</source>
        <extracomment>finding spf.dns_error: title</extracomment>
        <translation>O SPF de %1 não é verificável</translation>
    </message>
    <message>
        <source>%1. Receivers get a temporary error and may defer mail.</source>
        <extracomment>finding spf.dns_error: detail</extracomment>
        <translation>%1. Os receptores recebem um erro temporário e podem adiar o e-mail.</translation>
    </message>
    <message>
        <source>%1 uses the deprecated &apos;ptr&apos; mechanism</source>
        <extracomment>finding spf.deprecated_ptr: title</extracomment>
        <translation>%1 usa o mecanismo obsoleto &apos;ptr&apos;</translation>
    </message>
    <message>
        <source>RFC 7208 5.5 says ptr SHOULD NOT be used: it is slow, unreliable and loads the DNS servers of the connecting IP&apos;s owner. List the senders with ip4/ip6 or a instead.</source>
        <extracomment>finding spf.deprecated_ptr: detail</extracomment>
        <translation>A RFC 7208 5.5 diz que ptr NÃO DEVERIA ser usado: é lento, pouco confiável e sobrecarrega os servidores DNS do dono do IP que se conecta. Liste os remetentes com ip4/ip6 ou a em vez disso.</translation>
    </message>
    <message>
        <source>%1 ends with &apos;+all&apos;: any host may send as this domain</source>
        <extracomment>finding spf.pass_all: title</extracomment>
        <translation>%1 termina com &apos;+all&apos;: qualquer host pode enviar como este domínio</translation>
    </message>
    <message>
        <source>&apos;+all&apos; authorizes the whole Internet; spammers can pass SPF as this domain. Use &apos;~all&apos; or &apos;-all&apos;.</source>
        <extracomment>finding spf.pass_all: detail</extracomment>
        <translation>&apos;+all&apos; autoriza a Internet inteira; spammers podem passar no SPF como este domínio. Use &apos;~all&apos; ou &apos;-all&apos;.</translation>
    </message>
    <message>
        <source>%1 ends with &apos;?all&apos;, which protects nothing</source>
        <extracomment>finding spf.neutral_all: title</extracomment>
        <translation>%1 termina com &apos;?all&apos;, que não protege nada</translation>
    </message>
    <message>
        <source>A neutral result is treated like no SPF at all. Once every sender is listed, use &apos;~all&apos; or &apos;-all&apos;.</source>
        <extracomment>finding spf.neutral_all: detail</extracomment>
        <translation>Um resultado neutro é tratado como se não houvesse SPF. Quando todos os remetentes estiverem listados, use &apos;~all&apos; ou &apos;-all&apos;.</translation>
    </message>
    <message>
        <source>%1&apos;s SPF record has no &apos;all&apos; term and no redirect</source>
        <extracomment>finding spf.no_all: title</extracomment>
        <translation>O registro SPF de %1 não tem termo &apos;all&apos; nem redirect</translation>
    </message>
    <message>
        <source>Hosts that match nothing get &apos;neutral&apos;, which receivers treat like no SPF. End the record with &apos;~all&apos; or &apos;-all&apos;.</source>
        <extracomment>finding spf.no_all: detail</extracomment>
        <translation>Hosts que não casam com nada recebem &apos;neutral&apos;, que os receptores tratam como se não houvesse SPF. Termine o registro com &apos;~all&apos; ou &apos;-all&apos;.</translation>
    </message>
    <message>
        <source>SPF of %1 needs more than 10 DNS lookups</source>
        <extracomment>finding spf.too_many_lookups: title</extracomment>
        <translation>O SPF de %1 precisa de mais de 10 consultas DNS</translation>
    </message>
    <message>
        <source>RFC 7208 4.6.4 allows 10 DNS-querying terms (include, a, mx, ptr, exists, redirect) per evaluation; beyond that the result is permerror and SPF fails for every sender. Replace includes with ip4/ip6 ranges or drop unused services.</source>
        <extracomment>finding spf.too_many_lookups: detail</extracomment>
        <translation>A RFC 7208 4.6.4 permite 10 termos que consultam o DNS (include, a, mx, ptr, exists, redirect) por avaliação; acima disso o resultado é permerror e o SPF falha para todos os remetentes. Troque includes por faixas ip4/ip6 ou remova serviços sem uso.</translation>
    </message>
    <message>
        <source>SPF of %1 uses %2 of 10 DNS lookups</source>
        <extracomment>finding spf.lookups_near_limit: title</extracomment>
        <translation>O SPF de %1 usa %2 de 10 consultas DNS</translation>
    </message>
    <message>
        <source>A provider adding one include to its own record can push this over the limit.</source>
        <extracomment>finding spf.lookups_near_limit: detail</extracomment>
        <translation>Um provedor que adicione um include ao próprio registro pode fazer passar do limite.</translation>
    </message>
    <message>
        <source>SPF of %1 has more than 2 lookups that return nothing</source>
        <extracomment>finding spf.too_many_void_lookups: title</extracomment>
        <translation>O SPF de %1 tem mais de 2 consultas que não retornam nada</translation>
    </message>
    <message>
        <source>RFC 7208 4.6.4: more than two DNS lookups answering NXDOMAIN or no records make the result permerror. Remove terms that name hosts that no longer exist.</source>
        <extracomment>finding spf.too_many_void_lookups: detail</extracomment>
        <translation>RFC 7208 4.6.4: mais de duas consultas DNS que respondem NXDOMAIN ou sem registros tornam o resultado permerror. Remova termos que nomeiam hosts que não existem mais.</translation>
    </message>
    <message>
        <source>SPF of %1 is a permanent error</source>
        <extracomment>finding spf.permerror: title</extracomment>
        <translation>O SPF de %1 é um erro permanente</translation>
    </message>
    <message>
        <source>SPF %1 for %2 sending as %3</source>
        <extracomment>finding spf.result_fail: title</extracomment>
        <translation>SPF %1 para %2 enviando como %3</translation>
    </message>
    <message>
        <source>SPF %1 for the HELO name %2</source>
        <extracomment>finding spf.helo_fail: title</extracomment>
        <translation>SPF %1 para o nome HELO %2</translation>
    </message>
    <message>
        <source>%1. Receivers that check the HELO identity (RFC 7208 2.3) may reject; publish &quot;v=spf1 a -all&quot; at the host name.</source>
        <extracomment>finding spf.helo_fail: detail</extracomment>
        <translation>%1. Receptores que verificam a identidade HELO (RFC 7208 2.3) podem recusar; publique &quot;v=spf1 a -all&quot; no nome de host.</translation>
    </message>
    <message>
        <source>The DMARC record of %1 could not be checked</source>
        <extracomment>finding dmarc.dns_error: title</extracomment>
        <translation>O registro DMARC de %1 não é verificável</translation>
    </message>
    <message>
        <source>The lookup of %1 failed (%2); receivers may treat the domain as having no policy or defer mail.</source>
        <extracomment>finding dmarc.dns_error: detail</extracomment>
        <translation>A consulta de %1 falhou (%2); os receptores podem tratar o domínio como sem política ou adiar o e-mail.</translation>
    </message>
    <message>
        <source>%1 publishes no DMARC record</source>
        <extracomment>finding dmarc.missing: title</extracomment>
        <translation>%1 não publica registro DMARC</translation>
    </message>
    <message>
        <source>_dmarc.%1 has no &quot;v=DMARC1&quot; record. Gmail and Yahoo require DMARC from bulk senders; start with &quot;v=DMARC1; p=none; rua=mailto:...&quot;.</source>
        <extracomment>finding dmarc.missing: detail</extracomment>
        <translation>_dmarc.%1 não tem um registro &quot;v=DMARC1&quot;. O Gmail e o Yahoo exigem DMARC de remetentes em massa; comece com &quot;v=DMARC1; p=none; rua=mailto:...&quot;.</translation>
    </message>
    <message>
        <source>%1 publishes %2 DMARC records</source>
        <extracomment>finding dmarc.multiple_records: title</extracomment>
        <translation>%1 publica %2 registros DMARC</translation>
    </message>
    <message>
        <source>DMARC record error: %1</source>
        <extracomment>finding dmarc.invalid_tag: title</extracomment>
        <translation>Erro no registro DMARC: %1</translation>
    </message>
    <message>
        <source>Receivers may ignore the whole record or the tag; fix the value.</source>
        <extracomment>finding dmarc.invalid_tag: detail</extracomment>
        <translation>Os receptores podem ignorar o registro inteiro ou a tag; corrija o valor.</translation>
    </message>
    <message>
        <source>DMARC record: %1</source>
        <extracomment>finding dmarc.questionable_tag: title</extracomment>
        <translation>Registro DMARC: %1</translation>
    </message>
    <message>
        <source>DMARC policy of %1 is p=none (monitoring only)</source>
        <extracomment>finding dmarc.policy_none: title</extracomment>
        <translation>A política DMARC de %1 é p=none (só monitoramento)</translation>
    </message>
    <message>
        <source>Receivers report but do not act on failing mail, so forged mail is delivered. Once the aggregate reports show all legitimate mail aligned, move to p=quarantine, then p=reject.</source>
        <extracomment>finding dmarc.policy_none: detail</extracomment>
        <translation>Os receptores relatam, mas não agem sobre o e-mail que falha, então e-mail forjado é entregue. Quando os relatórios agregados mostrarem todo o e-mail legítimo alinhado, passe para p=quarantine e depois para p=reject.</translation>
    </message>
    <message>
        <source>Subdomains get a weaker policy (sp=%1) than the domain (p=%2)</source>
        <extracomment>finding dmarc.weaker_subdomain_policy: title</extracomment>
        <translation>Os subdomínios têm uma política mais fraca (sp=%1) que o domínio (p=%2)</translation>
    </message>
    <message>
        <source>Forgers can use any subdomain name to get the weaker treatment.</source>
        <extracomment>finding dmarc.weaker_subdomain_policy: detail</extracomment>
        <translation>Falsificadores podem usar qualquer nome de subdomínio para obter o tratamento mais fraco.</translation>
    </message>
    <message>
        <source>The DMARC record asks for no aggregate reports</source>
        <extracomment>finding dmarc.no_rua: title</extracomment>
        <translation>O registro DMARC não pede relatórios agregados</translation>
    </message>
    <message>
        <source>Without rua= you cannot see who sends as your domain or whether it aligns.</source>
        <extracomment>finding dmarc.no_rua: detail</extracomment>
        <translation>Sem rua= você não vê quem envia em nome do seu domínio nem se está alinhado.</translation>
    </message>
    <message>
        <source>The DMARC record is in testing mode (t=y)</source>
        <extracomment>finding dmarc.testing: title</extracomment>
        <translation>O registro DMARC está em modo de teste (t=y)</translation>
    </message>
    <message>
        <source>RFC 9989: receivers apply one level weaker policy while t=y.</source>
        <extracomment>finding dmarc.testing: detail</extracomment>
        <translation>RFC 9989: enquanto t=y, os receptores aplicam uma política um nível mais fraca.</translation>
    </message>
    <message>
        <source>Could not check whether %1 accepts DMARC reports for %2</source>
        <extracomment>finding dmarc.external_unverified: title</extracomment>
        <translation>Não foi possível verificar se %1 aceita relatórios DMARC de %2</translation>
    </message>
    <message>
        <source>The lookup of the authorization record failed: %1</source>
        <extracomment>finding dmarc.external_unverified: detail</extracomment>
        <translation>A consulta do registro de autorização falhou: %1</translation>
    </message>
    <message>
        <source>Reports to %1 are not authorized</source>
        <extracomment>finding dmarc.external_unauthorized: title</extracomment>
        <translation>Os relatórios para %1 não estão autorizados</translation>
    </message>
    <message>
        <source>%1 has no &quot;v=DMARC1&quot; TXT record, so receivers will not send reports there (RFC 7489 7.1). Ask the report provider to publish it.</source>
        <extracomment>finding dmarc.external_unauthorized: detail</extracomment>
        <translation>%1 não tem um registro TXT &quot;v=DMARC1&quot;, então os receptores não enviarão relatórios para lá (RFC 7489 7.1). Peça ao provedor de relatórios que o publique.</translation>
    </message>
    <message>
        <source>MAIL FROM domain %1 does not align with %2 (%3)</source>
        <extracomment>finding dmarc.spf_not_aligned: title</extracomment>
        <translation>O domínio MAIL FROM %1 não está alinhado com %2 (%3)</translation>
    </message>
    <message>
        <source>SPF cannot make DMARC pass for this mail; DMARC then depends on an aligned DKIM signature (d= in the From domain).</source>
        <extracomment>finding dmarc.spf_not_aligned: detail</extracomment>
        <translation>O SPF não consegue fazer o DMARC passar para este e-mail; o DMARC depende então de uma assinatura DKIM alinhada (d= no domínio From).</translation>
    </message>
    <message>
        <source>The DKIM key %1 could not be checked</source>
        <extracomment>finding dkim.dns_error: title</extracomment>
        <translation>A chave DKIM %1 não é verificável</translation>
    </message>
    <message>
        <source>The lookup ended with %1; receivers get a temporary DKIM error.</source>
        <extracomment>finding dkim.dns_error: detail</extracomment>
        <translation>A consulta terminou com %1; os receptores recebem um erro DKIM temporário.</translation>
    </message>
    <message>
        <source>No DKIM key at %1</source>
        <extracomment>finding dkim.key_missing: title</extracomment>
        <translation>Nenhuma chave DKIM em %1</translation>
    </message>
    <message>
        <source>Signatures with this selector fail with &quot;no key for signature&quot;. Publish the key your signer uses, or check the selector name.</source>
        <extracomment>finding dkim.key_missing: detail</extracomment>
        <translation>As assinaturas com este seletor falham com &quot;no key for signature&quot;. Publique a chave que o seu assinante usa ou confira o nome do seletor.</translation>
    </message>
    <message>
        <source>%1 publishes %2 key records</source>
        <extracomment>finding dkim.multiple_keys: title</extracomment>
        <translation>%1 publica %2 registros de chave</translation>
    </message>
    <message>
        <source>Receivers pick one at random, so verification fails part of the time.</source>
        <extracomment>finding dkim.multiple_keys: detail</extracomment>
        <translation>Os receptores escolhem um ao acaso, então a verificação falha parte do tempo.</translation>
    </message>
    <message>
        <source>DKIM key %1: %2</source>
        <extracomment>finding dkim.key_revoked: title</extracomment>
        <translation>Chave DKIM %1: %2</translation>
    </message>
    <message>
        <source>No DKIM key found among %1 common selectors</source>
        <extracomment>finding dkim.no_common_selector: title</extracomment>
        <translation>Nenhuma chave DKIM encontrada entre %1 seletores comuns</translation>
    </message>
    <message>
        <source>DKIM selectors can be any name; give the one from a message&apos;s DKIM-Signature (s=) with --selector to check it.</source>
        <extracomment>finding dkim.no_common_selector: detail</extracomment>
        <translation>Os seletores DKIM podem ter qualquer nome; informe o da DKIM-Signature de uma mensagem (s=) com --selector para verificá-lo.</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <extracomment>finding mx.nxdomain: title</extracomment>
        <translation>%1 não existe</translation>
    </message>
    <message>
        <source>The DNS says the domain does not exist (NXDOMAIN): mail to it bounces and mail from it is rejected by most receivers.</source>
        <extracomment>finding mx.nxdomain: detail</extracomment>
        <translation>O DNS diz que o domínio não existe (NXDOMAIN): o e-mail para ele volta como bounce e o e-mail enviado por ele é recusado pela maioria dos receptores.</translation>
    </message>
    <message>
        <source>The MX records of %1 could not be checked</source>
        <extracomment>finding mx.dns_error: title</extracomment>
        <translation>Os registros MX de %1 não são verificáveis</translation>
    </message>
    <message>
        <source>The MX lookup ended with %1; senders will defer mail until it answers.</source>
        <extracomment>finding mx.dns_error: detail</extracomment>
        <translation>A consulta MX terminou com %1; os remetentes vão adiar o e-mail até ela responder.</translation>
    </message>
    <message>
        <source>%1 cannot receive mail: no MX and no address</source>
        <extracomment>finding mx.no_mail_route: title</extracomment>
        <translation>%1 não pode receber e-mail: nem MX nem endereço</translation>
    </message>
    <message>
        <source>Without MX records senders fall back to the A/AAAA records (RFC 5321 5.1); there are none, so mail to this domain bounces. Many receivers also reject mail from domains that cannot receive replies.</source>
        <extracomment>finding mx.no_mail_route: detail</extracomment>
        <translation>Sem registros MX, os remetentes recorrem aos registros A/AAAA (RFC 5321 5.1); não há nenhum, então o e-mail para este domínio volta como bounce. Muitos receptores também recusam e-mail de domínios que não podem receber respostas.</translation>
    </message>
    <message>
        <source>%1 has no MX records</source>
        <extracomment>finding mx.implicit: title</extracomment>
        <translation>%1 não tem registros MX</translation>
    </message>
    <message>
        <source>Senders deliver to the domain&apos;s own A/AAAA address (implicit MX). Publish an MX record, or a null MX (&quot;0 .&quot;, RFC 7505) if the domain takes no mail.</source>
        <extracomment>finding mx.implicit: detail</extracomment>
        <translation>Os remetentes entregam no endereço A/AAAA do próprio domínio (MX implícito). Publique um registro MX, ou um MX nulo (&quot;0 .&quot;, RFC 7505) se o domínio não recebe e-mail.</translation>
    </message>
    <message>
        <source>%1 publishes a null MX: it accepts no mail</source>
        <extracomment>finding mx.null: title</extracomment>
        <translation>%1 publica um MX nulo: não aceita e-mail</translation>
    </message>
    <message>
        <source>RFC 7505: senders bounce mail to this domain at once. Receivers may reject mail whose MAIL FROM uses it, since bounces could not be delivered.</source>
        <extracomment>finding mx.null: detail</extracomment>
        <translation>RFC 7505: os remetentes devolvem na hora o e-mail para este domínio. Os receptores podem recusar e-mail cujo MAIL FROM o use, já que os bounces não poderiam ser entregues.</translation>
    </message>
    <message>
        <source>%1 mixes a null MX with other MX records</source>
        <extracomment>finding mx.null_mixed: title</extracomment>
        <translation>%1 mistura um MX nulo com outros registros MX</translation>
    </message>
    <message>
        <source>RFC 7505 3.3: a null MX must be the only MX record, with preference 0. Remove either the null MX or the others.</source>
        <extracomment>finding mx.null_mixed: detail</extracomment>
        <translation>RFC 7505 3.3: um MX nulo precisa ser o único registro MX, com preferência 0. Remova o MX nulo ou os outros.</translation>
    </message>
    <message>
        <source>MX target %1 is an IP address</source>
        <extracomment>finding mx.ip_literal: title</extracomment>
        <translation>O destino do MX %1 é um endereço IP</translation>
    </message>
    <message>
        <source>An MX must name a host, not an IP address (RFC 5321 5.1). Senders look it up as a name and fail; point the MX at a host name.</source>
        <extracomment>finding mx.ip_literal: detail</extracomment>
        <translation>Um MX precisa nomear um host, não um endereço IP (RFC 5321 5.1). Os remetentes o procuram como nome e falham; aponte o MX para um nome de host.</translation>
    </message>
    <message>
        <source>MX host %1 is unusable</source>
        <extracomment>finding mx.unresolvable: title</extracomment>
        <translation>O host MX %1 não pode ser usado</translation>
    </message>
    <message>
        <source>MX target %1 is a CNAME (to %2)</source>
        <extracomment>finding mx.cname: title</extracomment>
        <translation>O destino do MX %1 é um CNAME (para %2)</translation>
    </message>
    <message>
        <source>RFC 2181 10.3 and RFC 5321 5.1: an MX must name a host&apos;s canonical name. Most senders cope, some do not; point the MX at the canonical name.</source>
        <extracomment>finding mx.cname: detail</extracomment>
        <translation>RFC 2181 10.3 e RFC 5321 5.1: um MX precisa nomear o nome canônico de um host. A maioria dos remetentes tolera, alguns não; aponte o MX para o nome canônico.</translation>
    </message>
    <message>
        <source>The %1 record %2 could not be checked</source>
        <extracomment>finding policy.mta_sts.dns_error: title</extracomment>
        <translation>O registro %1 %2 não é verificável</translation>
    </message>
    <message>
        <source>%1 publishes %2 %3 records</source>
        <extracomment>finding policy.mta_sts.multiple: title</extracomment>
        <translation>%1 publica %2 registros %3</translation>
    </message>
    <message>
        <source>With more than one record, senders and receivers ignore them all.</source>
        <extracomment>finding policy.mta_sts.multiple: detail</extracomment>
        <translation>Com mais de um registro, remetentes e receptores ignoram todos.</translation>
    </message>
    <message>
        <source>%1 record at %2: %3</source>
        <extracomment>finding policy.mta_sts.invalid: title</extracomment>
        <translation>Registro %1 em %2: %3</translation>
    </message>
    <message>
        <source>BIMI is published but DMARC is not enforced</source>
        <extracomment>finding policy.bimi.dmarc_not_enforced: title</extracomment>
        <translation>O BIMI está publicado, mas o DMARC não é aplicado</translation>
    </message>
    <message>
        <source>Mailbox providers show a BIMI logo only with p=quarantine or p=reject at pct=100.</source>
        <extracomment>finding policy.bimi.dmarc_not_enforced: detail</extracomment>
        <translation>Os provedores de caixa postal só mostram um logotipo BIMI com p=quarantine ou p=reject e pct=100.</translation>
    </message>
    <message>
        <source>The sender address %1 is not valid</source>
        <extracomment>finding address.syntax: title</extracomment>
        <translation>O endereço do remetente %1 não é válido</translation>
    </message>
    <message>
        <source>%1 is a disposable-mail domain</source>
        <extracomment>finding address.disposable: title</extracomment>
        <translation>%1 é um domínio de e-mail descartável</translation>
    </message>
    <message>
        <source>Mail from throw-away domains is often rejected or junked.</source>
        <extracomment>finding address.disposable: detail</extracomment>
        <translation>E-mail de domínios descartáveis costuma ser recusado ou ir para o spam.</translation>
    </message>
    <message>
        <source>The sender address is internationalized</source>
        <extracomment>finding address.internationalized: title</extracomment>
        <translation>O endereço do remetente é internacionalizado</translation>
    </message>
    <message>
        <source>A non-ASCII local part needs SMTPUTF8 (RFC 6531) on every hop.</source>
        <extracomment>finding address.internationalized: detail</extracomment>
        <translation>Uma parte local não ASCII precisa de SMTPUTF8 (RFC 6531) em cada salto.</translation>
    </message>
    <message>
        <source>%1 announces MTA-STS, so senders that support it try this fetch and, failing it, deliver as if no policy existed (or keep a cached one until it expires).</source>
        <extracomment>text mta_sts_txt_without_policy</extracomment>
        <translation>%1 anuncia MTA-STS, então os remetentes que o suportam tentam essa busca e, se ela falhar, entregam como se não houvesse política (ou mantêm uma em cache até ela expirar).</translation>
    </message>
    <message>
        <source>no DMARC policy</source>
        <extracomment>text dmarc_no_policy</extracomment>
        <translation>nenhuma política DMARC</translation>
    </message>
    <message>
        <source>p=%1 from %2</source>
        <extracomment>text dmarc_policy_from</extracomment>
        <translation>p=%1 de %2</translation>
    </message>
    <message>
        <source>Neither _dmarc.%1 nor any name above it up to _dmarc.%2 has a &quot;v=DMARC1&quot; record (RFC 9989 DNS tree walk). Gmail and Yahoo require DMARC from bulk senders; start with &quot;v=DMARC1; p=none; rua=mailto:...&quot;.</source>
        <extracomment>finding dmarc.missing: detail_organizational</extracomment>
        <translation>Nem _dmarc.%1 nem qualquer nome acima dele até _dmarc.%2 tem um registro &quot;v=DMARC1&quot; (percurso da árvore DNS da RFC 9989). O Gmail e o Yahoo exigem DMARC de remetentes em massa; comece com &quot;v=DMARC1; p=none; rua=mailto:...&quot;.</translation>
    </message>
    <message>
        <source>RFC 9989 4.10: with more than one record, receivers apply no DMARC policy at all. Keep one.</source>
        <extracomment>finding dmarc.multiple_records: detail</extracomment>
        <translation>RFC 9989 4.10: com mais de um registro, os receptores não aplicam política DMARC nenhuma. Mantenha apenas um.</translation>
    </message>
    <message>
        <source>%1 uses the DMARC policy of %2</source>
        <extracomment>finding dmarc.inherited: title</extracomment>
        <translation>%1 usa a política DMARC de %2</translation>
    </message>
    <message>
        <source>Found by the DNS tree walk (RFC 9989 4.10): np= applies when the domain does not exist, else sp=, else p=.</source>
        <extracomment>finding dmarc.inherited: detail</extracomment>
        <translation>Encontrada pelo percurso da árvore DNS (RFC 9989 4.10): np= vale quando o domínio não existe; senão, sp=; senão, p=.</translation>
    </message>
    <message>
        <source>Older receivers apply the DMARC policy to %1% of failing mail</source>
        <extracomment>finding dmarc.partial_pct: title</extracomment>
        <translation>Receptores mais antigos aplicam a política DMARC a %1% do e-mail que falha</translation>
    </message>
    <message>
        <source>RFC 9989 removed pct: receivers that follow it apply the policy to all failing mail (use t=y to test instead). Receivers of RFC 7489 still sample; raise it to 100 or remove it.</source>
        <extracomment>finding dmarc.partial_pct: detail</extracomment>
        <translation>A RFC 9989 removeu o pct: receptores que a seguem aplicam a política a todo o e-mail que falha (para testar, use t=y). Receptores da RFC 7489 ainda fazem amostragem; suba o valor para 100 ou remova-o.</translation>
    </message>
    <message>
        <source>The DMARC record uses %1=, which RFC 9989 removed</source>
        <extracomment>finding dmarc.removed_tag: title</extracomment>
        <translation>O registro DMARC usa %1=, que a RFC 9989 removeu</translation>
    </message>
    <message>
        <source>Receivers that follow RFC 9989 ignore it; older receivers may still honour it.</source>
        <extracomment>finding dmarc.removed_tag: detail</extracomment>
        <translation>Receptores que seguem a RFC 9989 o ignoram; receptores mais antigos ainda podem respeitá-lo.</translation>
    </message>
    <message>
        <source>Receivers that follow RFC 9989 ignore pct= and apply the policy to all failing mail (t=y is the way to test a policy now); older receivers still apply it to a sample.</source>
        <extracomment>finding dmarc.removed_tag: detail_pct</extracomment>
        <translation>Receptores que seguem a RFC 9989 ignoram pct= e aplicam a política a todo o e-mail que falha (agora o jeito de testar uma política é t=y); receptores mais antigos ainda a aplicam a uma amostra.</translation>
    </message>
    <message>
        <source>Receivers that follow RFC 9989 ignore rf=; failure reports have one format. Older receivers may still read it.</source>
        <extracomment>finding dmarc.removed_tag: detail_rf</extracomment>
        <translation>Receptores que seguem a RFC 9989 ignoram rf=; os relatórios de falha têm um só formato. Receptores mais antigos ainda podem lê-lo.</translation>
    </message>
    <message>
        <source>Receivers that follow RFC 9989 ignore ri= and send aggregate reports at least daily; older receivers may still honour the interval.</source>
        <extracomment>finding dmarc.removed_tag: detail_ri</extracomment>
        <translation>Receptores que seguem a RFC 9989 ignoram ri= e enviam relatórios agregados pelo menos uma vez por dia; receptores mais antigos ainda podem respeitar o intervalo.</translation>
    </message>
    <message>
        <source>The DMARC record has tags receivers ignore: %1</source>
        <extracomment>finding dmarc.unknown_tag: title</extracomment>
        <translation>O registro DMARC tem tags que os receptores ignoram: %1</translation>
    </message>
    <message>
        <source>RFC 9989 4.7: unknown tags are ignored. Check them for typing mistakes.</source>
        <extracomment>finding dmarc.unknown_tag: detail</extracomment>
        <translation>RFC 9989 4.7: tags desconhecidas são ignoradas. Verifique se há erros de digitação.</translation>
    </message>
    <message>
        <source>Older receivers take %1 as the organizational domain, RFC 9989 receivers %2</source>
        <extracomment>finding dmarc.psl_organizational_domain: title</extracomment>
        <translation>Receptores mais antigos consideram %1 o domínio organizacional; receptores da RFC 9989, %2</translation>
    </message>
    <message>
        <source>RFC 7489 receivers use the Public Suffix List; RFC 9989&apos;s DNS tree walk finds %1 from the _dmarc records above %2. Relaxed SPF and DKIM alignment can give different answers at the two kinds of receiver.</source>
        <extracomment>finding dmarc.psl_organizational_domain: detail</extracomment>
        <translation>Receptores da RFC 7489 usam a Public Suffix List; o percurso da árvore DNS da RFC 9989 encontra %1 a partir dos registros _dmarc acima de %2. O alinhamento relaxed de SPF e DKIM pode dar respostas diferentes nos dois tipos de receptor.</translation>
    </message>
    <message>
        <source>Older receivers apply %1, RFC 9989 receivers %2</source>
        <extracomment>finding dmarc.psl_policy_differs: title</extracomment>
        <translation>Receptores mais antigos aplicam %1; receptores da RFC 9989, %2</translation>
    </message>
    <message>
        <source>RFC 7489 receivers look only at the domain and its Public Suffix List organizational domain and do not know np=; RFC 9989 receivers walk the DNS tree. Publish a record at the domain itself to give both the same answer.</source>
        <extracomment>finding dmarc.psl_policy_differs: detail</extracomment>
        <translation>Receptores da RFC 7489 olham só o domínio e o domínio organizacional dele segundo a Public Suffix List, e não conhecem np=; receptores da RFC 9989 percorrem a árvore DNS. Publique um registro no próprio domínio para que ambos deem a mesma resposta.</translation>
    </message>
    <message>
        <source>The MTA-STS policy %1 could not be fetched</source>
        <extracomment>finding mta_sts.fetch_failed: title</extracomment>
        <translation>Não foi possível obter a política MTA-STS %1</translation>
    </message>
    <message>
        <source>%1</source>
        <extracomment>finding mta_sts.fetch_failed: detail</extracomment>
        <translation>%1</translation>
    </message>
    <message>
        <source>The certificate of %1 is not valid for that name</source>
        <extracomment>finding mta_sts.certificate: title</extracomment>
        <translation>O certificado de %1 não é válido para esse nome</translation>
    </message>
    <message>
        <source>%1. RFC 8461 3.3: senders must validate the policy host&apos;s certificate (a trusted CA, the name mta-sts.&lt;domain&gt;); with an invalid one they ignore the policy and deliver without requiring TLS.</source>
        <extracomment>finding mta_sts.certificate: detail</extracomment>
        <translation>%1. RFC 8461 3.3: os remetentes precisam validar o certificado do host da política (uma CA confiável, o nome mta-sts.&lt;domain&gt;); com um certificado inválido, eles ignoram a política e entregam sem exigir TLS.</translation>
    </message>
    <message>
        <source>The MTA-STS policy %1 answers with a redirect</source>
        <extracomment>finding mta_sts.redirect: title</extracomment>
        <translation>A política MTA-STS %1 responde com um redirecionamento</translation>
    </message>
    <message>
        <source>RFC 8461 3.3: senders must not follow redirects, so the policy is never read. Serve the file directly at this URL.</source>
        <extracomment>finding mta_sts.redirect: detail</extracomment>
        <translation>RFC 8461 3.3: os remetentes não devem seguir redirecionamentos, então a política nunca é lida. Sirva o arquivo diretamente nesta URL.</translation>
    </message>
    <message>
        <source>The MTA-STS policy %1 is larger than %2 bytes</source>
        <extracomment>finding mta_sts.too_large: title</extracomment>
        <translation>A política MTA-STS %1 é maior que %2 bytes</translation>
    </message>
    <message>
        <source>A policy is a few lines; senders limit the size they read (64 KB here) and drop a longer one.</source>
        <extracomment>finding mta_sts.too_large: detail</extracomment>
        <translation>Uma política tem poucas linhas; os remetentes limitam o tamanho que leem (aqui, 64 KB) e descartam uma mais longa.</translation>
    </message>
    <message>
        <source>The MTA-STS policy %1 did not arrive in time</source>
        <extracomment>finding mta_sts.timeout: title</extracomment>
        <translation>A política MTA-STS %1 não chegou a tempo</translation>
    </message>
    <message>
        <source>%1 Senders give up on slow policy hosts (RFC 8461 3.3 suggests about a minute) and deliver without it.</source>
        <extracomment>finding mta_sts.timeout: detail</extracomment>
        <translation>%1 Os remetentes desistem de hosts de política lentos (a RFC 8461 3.3 sugere cerca de um minuto) e entregam sem ela.</translation>
    </message>
    <message>
        <source>The policy host %1 resolves to a private or special-purpose address</source>
        <extracomment>finding mta_sts.address_refused: title</extracomment>
        <translation>O host da política %1 resolve para um endereço privado ou de uso especial</translation>
    </message>
    <message>
        <source>%1 Senders on the Internet cannot reach it. (rebound-cli domain --https-allow-private fetches it anyway, for a lab.)</source>
        <extracomment>finding mta_sts.address_refused: detail</extracomment>
        <translation>%1 Remetentes na Internet não conseguem alcançá-lo. (rebound-cli domain --https-allow-private o obtém mesmo assim, para um laboratório.)</translation>
    </message>
    <message>
        <source>The MTA-STS policy %1 answers HTTP %2</source>
        <extracomment>finding mta_sts.http_status: title</extracomment>
        <translation>A política MTA-STS %1 responde HTTP %2</translation>
    </message>
    <message>
        <source>RFC 8461 3.3: only a 200 answer is a policy. Serve the file at /.well-known/mta-sts.txt on the mta-sts host.</source>
        <extracomment>finding mta_sts.http_status: detail</extracomment>
        <translation>RFC 8461 3.3: só uma resposta 200 é uma política. Sirva o arquivo em /.well-known/mta-sts.txt no host mta-sts.</translation>
    </message>
    <message>
        <source>The MTA-STS policy is served as &quot;%1&quot;, not text/plain</source>
        <extracomment>finding mta_sts.content_type: title</extracomment>
        <translation>A política MTA-STS é servida como &quot;%1&quot;, não text/plain</translation>
    </message>
    <message>
        <source>RFC 8461 3.3 requires the media type text/plain; strict senders reject the policy otherwise.</source>
        <extracomment>finding mta_sts.content_type: detail</extracomment>
        <translation>A RFC 8461 3.3 exige o tipo de mídia text/plain; caso contrário, remetentes rigorosos recusam a política.</translation>
    </message>
    <message>
        <source>The MTA-STS policy %1 is not valid</source>
        <extracomment>finding mta_sts.syntax: title</extracomment>
        <translation>A política MTA-STS %1 não é válida</translation>
    </message>
    <message>
        <source>Senders ignore a policy they cannot parse (RFC 8461 3.2): it needs version: STSv1, mode: enforce, testing or none, max_age in seconds (at most 31557600) and one mx: line per mail host pattern.</source>
        <extracomment>finding mta_sts.syntax: detail</extracomment>
        <translation>Os remetentes ignoram uma política que não conseguem interpretar (RFC 8461 3.2): ela precisa de version: STSv1, mode: enforce, testing ou none, max_age em segundos (no máximo 31557600) e uma linha mx: por padrão de host de e-mail.</translation>
    </message>
    <message>
        <source>MTA-STS policy: %1</source>
        <extracomment>finding mta_sts.policy_warning: title</extracomment>
        <translation>Política MTA-STS: %1</translation>
    </message>
    <message>
        <source>The MTA-STS policy is in testing mode</source>
        <extracomment>finding mta_sts.mode_testing: title</extracomment>
        <translation>A política MTA-STS está em modo testing</translation>
    </message>
    <message>
        <source>Senders report TLS failures (with TLS-RPT) but still deliver. Switch to mode: enforce once the reports are clean.</source>
        <extracomment>finding mta_sts.mode_testing: detail</extracomment>
        <translation>Os remetentes relatam falhas de TLS (com TLS-RPT), mas entregam mesmo assim. Mude para mode: enforce quando os relatórios estiverem limpos.</translation>
    </message>
    <message>
        <source>The MTA-STS policy has mode none</source>
        <extracomment>finding mta_sts.mode_none: title</extracomment>
        <translation>A política MTA-STS tem mode none</translation>
    </message>
    <message>
        <source>Mode none withdraws the policy: senders stop requiring TLS for this domain.</source>
        <extracomment>finding mta_sts.mode_none: detail</extracomment>
        <translation>O modo none retira a política: os remetentes deixam de exigir TLS para este domínio.</translation>
    </message>
    <message>
        <source>The MTA-STS max_age is only %1 seconds</source>
        <extracomment>finding mta_sts.max_age_short: title</extracomment>
        <translation>O max_age do MTA-STS é de apenas %1 segundos</translation>
    </message>
    <message>
        <source>A short max_age lets a policy lapse between fetches, when an attacker can block the next fetch. RFC 8461 3.2 recommends weeks (e.g. 604800 or more).</source>
        <extracomment>finding mta_sts.max_age_short: detail</extracomment>
        <translation>Um max_age curto deixa a política caducar entre uma busca e outra, quando um atacante pode bloquear a busca seguinte. A RFC 8461 3.2 recomenda semanas (por exemplo, 604800 ou mais).</translation>
    </message>
    <message>
        <source>The policy file&apos;s id %1 differs from the TXT record&apos;s id %2</source>
        <extracomment>finding mta_sts.id_mismatch: title</extracomment>
        <translation>O id %1 do arquivo de política difere do id %2 do registro TXT</translation>
    </message>
    <message>
        <source>The id of the _mta-sts TXT record is what tells senders to fetch the policy again; RFC 8461 has no id in the policy file, but one that differs suggests that the record was not updated with the policy.</source>
        <extracomment>finding mta_sts.id_mismatch: detail</extracomment>
        <translation>É o id do registro TXT _mta-sts que diz aos remetentes para obter a política de novo; a RFC 8461 não prevê id no arquivo de política, mas um id diferente sugere que o registro não foi atualizado junto com a política.</translation>
    </message>
    <message>
        <source>MX hosts not covered by the MTA-STS policy: %1</source>
        <extracomment>finding mta_sts.mx_mismatch: title</extracomment>
        <translation>Hosts MX não cobertos pela política MTA-STS: %1</translation>
    </message>
    <message>
        <source>With mode enforce, senders refuse to deliver to an MX host that no mx: pattern matches (RFC 8461 4.1), and mail to it bounces or waits. Patterns in the policy: %1. Add the host, or a *.domain pattern (one label only), to the policy and change the TXT record&apos;s id.</source>
        <extracomment>finding mta_sts.mx_mismatch: detail</extracomment>
        <translation>Com mode enforce, os remetentes se recusam a entregar a um host MX que não case com nenhum padrão mx: (RFC 8461 4.1), e o e-mail para ele volta ou fica esperando. Padrões na política: %1. Adicione à política o host, ou um padrão *.domínio (um só rótulo), e mude o id do registro TXT.</translation>
    </message>
    <message>
        <source>With mode testing, senders deliver anyway but report the failure in TLS-RPT; in enforce mode this mail would not be delivered. Patterns in the policy: %1.</source>
        <extracomment>finding mta_sts.mx_mismatch: detail_testing</extracomment>
        <translation>Com mode testing, os remetentes entregam mesmo assim, mas relatam a falha via TLS-RPT; no modo enforce, este e-mail não seria entregue. Padrões na política: %1.</translation>
    </message>
    <message>
        <source>A policy is served but %1 has no MTA-STS TXT record</source>
        <extracomment>finding mta_sts.no_txt_record: title</extracomment>
        <translation>Uma política é servida, mas %1 não tem registro TXT de MTA-STS</translation>
    </message>
    <message>
        <source>Senders fetch the policy only when the _mta-sts TXT record announces it (v=STSv1; id=...). Publish it.</source>
        <extracomment>finding mta_sts.no_txt_record: detail</extracomment>
        <translation>Os remetentes só obtêm a política quando o registro TXT _mta-sts a anuncia (v=STSv1; id=...). Publique-o.</translation>
    </message>
    <message>
        <source>MTA-STS without a TLS-RPT record (%1)</source>
        <extracomment>finding mta_sts.no_tls_rpt: title</extracomment>
        <translation>MTA-STS sem registro TLS-RPT (%1)</translation>
    </message>
    <message>
        <source>Without TLS reporting (RFC 8460) you will not hear of senders that fail to deliver under the policy. Publish v=TLSRPTv1; rua=mailto:... at %1.</source>
        <extracomment>finding mta_sts.no_tls_rpt: detail</extracomment>
        <translation>Sem relatórios TLS (RFC 8460), você não fica sabendo dos remetentes que não conseguem entregar sob a política. Publique v=TLSRPTv1; rua=mailto:... em %1.</translation>
    </message>
    <message>
        <source>The BIMI logo %1 could not be fetched</source>
        <extracomment>finding bimi.svg_fetch_failed: title</extracomment>
        <translation>Não foi possível obter o logotipo BIMI %1</translation>
    </message>
    <message>
        <source>The BIMI logo %1 is larger than %2 bytes</source>
        <extracomment>finding bimi.svg_too_large: title</extracomment>
        <translation>O logotipo BIMI %1 é maior que %2 bytes</translation>
    </message>
    <message>
        <source>SVG Tiny PS logos for BIMI are limited to 32 KB; mailbox providers do not show a larger one. Simplify the paths or remove metadata.</source>
        <extracomment>finding bimi.svg_too_large: detail</extracomment>
        <translation>Logotipos SVG Tiny PS para BIMI são limitados a 32 KB; os provedores de caixa postal não mostram um maior. Simplifique os caminhos ou remova metadados.</translation>
    </message>
    <message>
        <source>The HTTPS certificate of %1 is not valid for that name</source>
        <extracomment>finding bimi.https_certificate: title</extracomment>
        <translation>O certificado HTTPS de %1 não é válido para esse nome</translation>
    </message>
    <message>
        <source>%1 Mailbox providers fetch the logo and the mark certificate only over valid HTTPS.</source>
        <extracomment>finding bimi.https_certificate: detail</extracomment>
        <translation>%1 Os provedores de caixa postal só obtêm o logotipo e o certificado de marca por HTTPS válido.</translation>
    </message>
    <message>
        <source>The BIMI logo %1 is not SVG Tiny PS</source>
        <extracomment>finding bimi.svg_invalid: title</extracomment>
        <translation>O logotipo BIMI %1 não está em SVG Tiny PS</translation>
    </message>
    <message>
        <source>Mailbox providers show only logos in the SVG Tiny Portable/Secure profile: baseProfile=&quot;tiny-ps&quot; and version=&quot;1.2&quot; on the root, a &lt;title&gt;, a square viewBox, no scripts, animation, raster images, external references, DOCTYPE or entities. Export again with an SVG Tiny PS converter.</source>
        <extracomment>finding bimi.svg_invalid: detail</extracomment>
        <translation>Os provedores de caixa postal só mostram logotipos no perfil SVG Tiny Portable/Secure: baseProfile=&quot;tiny-ps&quot; e version=&quot;1.2&quot; na raiz, um &lt;title&gt;, um viewBox quadrado, sem scripts, animação, imagens rasterizadas, referências externas, DOCTYPE nem entidades. Exporte de novo com um conversor SVG Tiny PS.</translation>
    </message>
    <message>
        <source>BIMI logo: %1</source>
        <extracomment>finding bimi.svg_warning: title</extracomment>
        <translation>Logotipo BIMI: %1</translation>
    </message>
    <message>
        <source>The BIMI record has no mark certificate (a=)</source>
        <extracomment>finding bimi.no_certificate: title</extracomment>
        <translation>O registro BIMI não tem certificado de marca (a=)</translation>
    </message>
    <message>
        <source>Gmail and Apple Mail show a logo only with a Verified Mark Certificate or Common Mark Certificate; Yahoo and some others show self-asserted logos.</source>
        <extracomment>finding bimi.no_certificate: detail</extracomment>
        <translation>O Gmail e o Apple Mail só mostram um logotipo com um Verified Mark Certificate ou um Common Mark Certificate; o Yahoo e alguns outros mostram logotipos autodeclarados.</translation>
    </message>
    <message>
        <source>The BIMI mark certificate %1 could not be fetched</source>
        <extracomment>finding bimi.certificate_fetch_failed: title</extracomment>
        <translation>Não foi possível obter o certificado de marca BIMI %1</translation>
    </message>
    <message>
        <source>The BIMI mark certificate %1 is larger than %2 bytes</source>
        <extracomment>finding bimi.certificate_too_large: title</extracomment>
        <translation>O certificado de marca BIMI %1 é maior que %2 bytes</translation>
    </message>
    <message>
        <source>The BIMI mark certificate %1 holds no PEM certificate</source>
        <extracomment>finding bimi.certificate_unreadable: title</extracomment>
        <translation>O certificado de marca BIMI %1 não contém certificado PEM</translation>
    </message>
    <message>
        <source>The a= URL must serve the VMC or CMC and its chain as PEM.</source>
        <extracomment>finding bimi.certificate_unreadable: detail</extracomment>
        <translation>A URL de a= precisa servir o VMC ou CMC e sua cadeia em PEM.</translation>
    </message>
    <message>
        <source>The mark certificate for %1 does not verify</source>
        <extracomment>finding bimi.certificate_chain: title</extracomment>
        <translation>O certificado de marca de %1 não se verifica</translation>
    </message>
    <message>
        <source>%1. Mailbox providers accept only marks issued by the BIMI Group&apos;s authorized certificate authorities, with the intermediate certificates served after the leaf.</source>
        <extracomment>finding bimi.certificate_chain: detail</extracomment>
        <translation>%1. Os provedores de caixa postal só aceitam marcas emitidas pelas autoridades certificadoras autorizadas pelo BIMI Group, com os certificados intermediários servidos depois do certificado final.</translation>
    </message>
    <message>
        <source>The mark certificate for %1 lacks the BIMI key usage</source>
        <extracomment>finding bimi.certificate_usage: title</extracomment>
        <translation>O certificado de marca de %1 não tem o uso de chave BIMI</translation>
    </message>
    <message>
        <source>A VMC or CMC carries the extended key usage id-kp-BrandIndicatorforMessageIdentification (1.3.6.1.5.5.7.3.31); this certificate is not a mark certificate.</source>
        <extracomment>finding bimi.certificate_usage: detail</extracomment>
        <translation>Um VMC ou CMC traz o uso estendido de chave id-kp-BrandIndicatorforMessageIdentification (1.3.6.1.5.5.7.3.31); este certificado não é um certificado de marca.</translation>
    </message>
    <message>
        <source>The mark certificate does not name %1</source>
        <extracomment>finding bimi.certificate_domain: title</extracomment>
        <translation>O certificado de marca não cita %1</translation>
    </message>
    <message>
        <source>The VMC or CMC lists the domains it may be used for; this domain is not among them.</source>
        <extracomment>finding bimi.certificate_domain: detail</extracomment>
        <translation>O VMC ou CMC lista os domínios para os quais pode ser usado; este domínio não está entre eles.</translation>
    </message>
    <message>
        <source>The mark certificate embeds no SVG logo</source>
        <extracomment>finding bimi.certificate_no_logo: title</extracomment>
        <translation>O certificado de marca não incorpora nenhum logotipo SVG</translation>
    </message>
    <message>
        <source>A VMC or CMC carries the logo in its logotype extension (RFC 3709) as a data: URI; none was found.</source>
        <extracomment>finding bimi.certificate_no_logo: detail</extracomment>
        <translation>Um VMC ou CMC traz o logotipo na extensão logotype (RFC 3709) como URI data:; nenhum foi encontrado.</translation>
    </message>
    <message>
        <source>The logo at %1 is not the one in the mark certificate</source>
        <extracomment>finding bimi.certificate_logo_mismatch: title</extracomment>
        <translation>O logotipo em %1 não é o do certificado de marca</translation>
    </message>
    <message>
        <source>Mailbox providers show the certificate&apos;s logo only when the published SVG is the same file. Publish the exact SVG that was certified.</source>
        <extracomment>finding bimi.certificate_logo_mismatch: detail</extracomment>
        <translation>Os provedores de caixa postal só mostram o logotipo do certificado quando o SVG publicado é o mesmo arquivo. Publique exatamente o SVG que foi certificado.</translation>
    </message>
</context>
<context>
    <name>rebound::data::authtags</name>
    <message>
        <source>Version. Must be DMARC1 and come first, or receivers ignore the record.</source>
        <extracomment>DMARC tag v=</extracomment>
        <translation>Versão. Deve ser DMARC1 e vir primeiro, senão os receptores ignoram o registro.</translation>
    </message>
    <message>
        <source>Policy for mail that fails DMARC: none (only report), quarantine (spam folder) or reject (refuse).</source>
        <extracomment>DMARC tag p=</extracomment>
        <translation>Política para e-mails que falham no DMARC: none (só relatar), quarantine (pasta de spam) ou reject (recusar).</translation>
    </message>
    <message>
        <source>Policy for subdomains that publish no DMARC record of their own. Defaults to p.</source>
        <extracomment>DMARC tag sp=</extracomment>
        <translation>Política para subdomínios que não publicam registro DMARC próprio. O padrão é p.</translation>
    </message>
    <message>
        <source>Policy for subdomains that do not exist (RFC 9989). Defaults to sp.</source>
        <extracomment>DMARC tag np=</extracomment>
        <translation>Política para subdomínios que não existem (RFC 9989). O padrão é sp.</translation>
    </message>
    <message>
        <source>Percentage of failing mail the policy applies to; the rest is treated one step more leniently.</source>
        <extracomment>DMARC tag pct=</extracomment>
        <translation>Porcentagem dos e-mails com falha à qual a política se aplica; o restante é tratado um nível mais brando.</translation>
    </message>
    <message>
        <source>DKIM alignment: r (relaxed, same organisational domain) or s (strict, exact domain).</source>
        <extracomment>DMARC tag adkim=</extracomment>
        <translation>Alinhamento DKIM: r (relaxed, mesmo domínio organizacional) ou s (strict, domínio exato).</translation>
    </message>
    <message>
        <source>SPF alignment: r (relaxed, same organisational domain) or s (strict, exact domain).</source>
        <extracomment>DMARC tag aspf=</extracomment>
        <translation>Alinhamento SPF: r (relaxed, mesmo domínio organizacional) ou s (strict, domínio exato).</translation>
    </message>
    <message>
        <source>Where receivers send daily aggregate reports (mailto: addresses).</source>
        <extracomment>DMARC tag rua=</extracomment>
        <translation>Para onde os receptores enviam os relatórios agregados diários (endereços mailto:).</translation>
    </message>
    <message>
        <source>Where receivers send per-message failure reports; few receivers send them.</source>
        <extracomment>DMARC tag ruf=</extracomment>
        <translation>Para onde os receptores enviam os relatórios de falha por mensagem; poucos receptores os enviam.</translation>
    </message>
    <message>
        <source>When failure reports are wanted: 0 (all fail), 1 (any fails), d (DKIM fails), s (SPF fails).</source>
        <extracomment>DMARC tag fo=</extracomment>
        <translation>Quando os relatórios de falha são desejados: 0 (todos falham), 1 (algum falha), d (DKIM falha), s (SPF falha).</translation>
    </message>
    <message>
        <source>Format of failure reports (afrf).</source>
        <extracomment>DMARC tag rf=</extracomment>
        <translation>Formato dos relatórios de falha (afrf).</translation>
    </message>
    <message>
        <source>Interval between aggregate reports, in seconds (usually ignored; daily).</source>
        <extracomment>DMARC tag ri=</extracomment>
        <translation>Intervalo entre relatórios agregados, em segundos (geralmente ignorado; diário).</translation>
    </message>
    <message>
        <source>Public suffix domain flag (RFC 9989): y, n or u.</source>
        <extracomment>DMARC tag psd=</extracomment>
        <translation>Indicador de domínio de sufixo público (RFC 9989): y, n ou u.</translation>
    </message>
    <message>
        <source>Testing mode (RFC 9989): t=y asks receivers to apply the policy one step more leniently.</source>
        <extracomment>DMARC tag t=</extracomment>
        <translation>Modo de teste (RFC 9989): t=y pede aos receptores que apliquem a política um nível mais brando.</translation>
    </message>
    <message>
        <source>Version. DKIM1 when present; must come first.</source>
        <extracomment>DKIM tag v=</extracomment>
        <translation>Versão. DKIM1 quando presente; deve vir primeiro.</translation>
    </message>
    <message>
        <source>Key type: rsa (default) or ed25519.</source>
        <extracomment>DKIM tag k=</extracomment>
        <translation>Tipo de chave: rsa (padrão) ou ed25519.</translation>
    </message>
    <message>
        <source>The public key, base64. Empty means the key was revoked: signatures with it fail.</source>
        <extracomment>DKIM tag p=</extracomment>
        <translation>A chave pública, em base64. Vazia significa que a chave foi revogada: assinaturas com ela falham.</translation>
    </message>
    <message>
        <source>Hash algorithms the key may be used with (sha256; sha1 is obsolete).</source>
        <extracomment>DKIM tag h=</extracomment>
        <translation>Algoritmos de hash com os quais a chave pode ser usada (sha256; sha1 está obsoleto).</translation>
    </message>
    <message>
        <source>Service types the key is for: * (all) or email.</source>
        <extracomment>DKIM tag s=</extracomment>
        <translation>Tipos de serviço da chave: * (todos) ou email.</translation>
    </message>
    <message>
        <source>Flags: y (testing, receivers treat failures as unsigned), s (the i= domain must equal d=).</source>
        <extracomment>DKIM tag t=</extracomment>
        <translation>Flags: y (teste, os receptores tratam falhas como não assinadas), s (o domínio i= deve ser igual a d=).</translation>
    </message>
    <message>
        <source>Notes for people; receivers ignore it.</source>
        <extracomment>DKIM tag n=</extracomment>
        <translation>Notas para pessoas; os receptores as ignoram.</translation>
    </message>
    <message>
        <source>Granularity (obsolete, RFC 4871).</source>
        <extracomment>DKIM tag g=</extracomment>
        <translation>Granularidade (obsoleto, RFC 4871).</translation>
    </message>
</context>
<context>
    <name>rebound::data::blocklist</name>
    <message>
        <source>Public mirrors answer 127.255.255.254 (or NXDOMAIN for everything) to queries through public or shared resolvers; a Spamhaus DQS key works through any resolver.</source>
        <extracomment>list spamhaus-zen: access_note</extracomment>
        <translation>Os espelhos públicos respondem 127.255.255.254 (ou NXDOMAIN para tudo) a consultas feitas por resolvedores públicos ou compartilhados; uma chave DQS da Spamhaus funciona com qualquer resolvedor.</translation>
    </message>
    <message>
        <source>Through the Spamhaus Blocklist Removal Center. PBL entries with code .10 are maintained by the ISP, so the ISP has to act; .11 entries are Spamhaus-maintained.</source>
        <extracomment>list spamhaus-zen: delisting_note</extracomment>
        <translation>Pelo Spamhaus Blocklist Removal Center. Entradas PBL com código .10 são mantidas pelo provedor, então o provedor precisa agir; entradas .11 são mantidas pela Spamhaus.</translation>
    </message>
    <message>
        <source>SBL: a direct spam source, spam operation or spam service</source>
        <extracomment>list spamhaus-zen, 127.0.0.2: meaning</extracomment>
        <translation>SBL: fonte direta de spam, operação ou serviço de spam</translation>
    </message>
    <message>
        <source>CSS (part of the SBL): snowshoe spam found by automation</source>
        <extracomment>list spamhaus-zen, 127.0.0.3: meaning</extracomment>
        <translation>CSS (parte da SBL): spam &quot;snowshoe&quot; detectado automaticamente</translation>
    </message>
    <message>
        <source>XBL: exploited host (CBL data: malware, bot or open proxy)</source>
        <extracomment>list spamhaus-zen, 127.0.0.4: meaning</extracomment>
        <translation>XBL: host comprometido (dados CBL: malware, bot ou proxy aberto)</translation>
    </message>
    <message>
        <source>XBL (code documented as currently unused; SpamAssassin and rspamd map it to the XBL)</source>
        <extracomment>list spamhaus-zen, 127.0.0.5: meaning</extracomment>
        <translation>XBL (código documentado como sem uso atualmente; SpamAssassin e rspamd o associam à XBL)</translation>
    </message>
    <message>
        <source>DROP/EDROP: hijacked or criminal network (always in addition to the SBL)</source>
        <extracomment>list spamhaus-zen, 127.0.0.9: meaning</extracomment>
        <translation>DROP/EDROP: rede sequestrada ou criminosa (sempre além da SBL)</translation>
    </message>
    <message>
        <source>PBL, ISP-maintained: the ISP says this address should not send mail directly; only the ISP can change it</source>
        <extracomment>list spamhaus-zen, 127.0.0.10: meaning</extracomment>
        <translation>PBL, mantida pelo provedor: o provedor diz que este endereço não deve enviar e-mail diretamente; só o provedor pode mudar isso</translation>
    </message>
    <message>
        <source>PBL, Spamhaus-maintained: an end-user address range that should not send mail directly</source>
        <extracomment>list spamhaus-zen, 127.0.0.11: meaning</extracomment>
        <translation>PBL, mantida pela Spamhaus: uma faixa de endereços de usuário final que não deve enviar e-mail diretamente</translation>
    </message>
    <message>
        <source>BCL: botnet controller</source>
        <extracomment>list spamhaus-zen, 127.0.0.30: meaning</extracomment>
        <translation>BCL: controlador de botnet</translation>
    </message>
    <message>
        <source>DQS key disabled (third-party description)</source>
        <extracomment>list spamhaus-zen, 127.255.255.250: meaning</extracomment>
        <translation>Chave DQS desativada (descrição de terceiros)</translation>
    </message>
    <message>
        <source>Check the DQS key in the Spamhaus portal.</source>
        <extracomment>list spamhaus-zen, 127.255.255.250: remedy</extracomment>
        <translation>Verifique a chave DQS no portal da Spamhaus.</translation>
    </message>
    <message>
        <source>DQS key rejected or used by another account (third-party description)</source>
        <extracomment>list spamhaus-zen, 127.255.255.251: meaning</extracomment>
        <translation>Chave DQS rejeitada ou usada por outra conta (descrição de terceiros)</translation>
    </message>
    <message>
        <source>Typing error in the DNSBL name</source>
        <extracomment>list spamhaus-zen, 127.255.255.252: meaning</extracomment>
        <translation>Erro de digitação no nome da DNSBL</translation>
    </message>
    <message>
        <source>Report this: the zone name used is wrong.</source>
        <extracomment>list spamhaus-zen, 127.255.255.252: remedy</extracomment>
        <translation>Informe isto: o nome de zona usado está errado.</translation>
    </message>
    <message>
        <source>Query through a public or open resolver, or from a host with generic unattributable reverse DNS</source>
        <extracomment>list spamhaus-zen, 127.255.255.254: meaning</extracomment>
        <translation>Consulta por um resolvedor público ou aberto, ou de um host com DNS reverso genérico não atribuível</translation>
    </message>
    <message>
        <source>Use your own recursive resolver or enter a free Spamhaus DQS key.</source>
        <extracomment>list spamhaus-zen, 127.255.255.254: remedy</extracomment>
        <translation>Use seu próprio resolvedor recursivo ou informe uma chave DQS gratuita da Spamhaus.</translation>
    </message>
    <message>
        <source>Excessive number of queries from this resolver</source>
        <extracomment>list spamhaus-zen, 127.255.255.255: meaning</extracomment>
        <translation>Número excessivo de consultas deste resolvedor</translation>
    </message>
    <message>
        <source>Part of ZEN; as ZEN.</source>
        <extracomment>list spamhaus-sbl: access_note</extracomment>
        <translation>Parte da ZEN; como a ZEN.</translation>
    </message>
    <message>
        <source>Through the Spamhaus Blocklist Removal Center.</source>
        <extracomment>list spamhaus-sbl: delisting_note</extracomment>
        <translation>Pelo Spamhaus Blocklist Removal Center.</translation>
    </message>
    <message>
        <source>DROP/EDROP: hijacked or criminal network</source>
        <extracomment>list spamhaus-sbl, 127.0.0.9: meaning</extracomment>
        <translation>DROP/EDROP: rede sequestrada ou criminosa</translation>
    </message>
    <message>
        <source>Fix the infection first, then request removal in the Blocklist Removal Center.</source>
        <extracomment>list spamhaus-xbl: delisting_note</extracomment>
        <translation>Corrija primeiro a infecção e depois solicite a remoção no Blocklist Removal Center.</translation>
    </message>
    <message>
        <source>XBL (code documented as currently unused)</source>
        <extracomment>list spamhaus-xbl, 127.0.0.5: meaning</extracomment>
        <translation>XBL (código documentado como sem uso atualmente)</translation>
    </message>
    <message>
        <source>ISP-maintained entries (.10) need the ISP; Spamhaus-maintained ones (.11) go through the Removal Center.</source>
        <extracomment>list spamhaus-pbl: delisting_note</extracomment>
        <translation>Entradas mantidas pelo provedor (.10) dependem do provedor; as mantidas pela Spamhaus (.11) passam pelo Removal Center.</translation>
    </message>
    <message>
        <source>PBL, ISP-maintained: the ISP says this address should not send mail directly</source>
        <extracomment>list spamhaus-pbl, 127.0.0.10: meaning</extracomment>
        <translation>PBL, mantida pelo provedor: o provedor diz que este endereço não deve enviar e-mail diretamente</translation>
    </message>
    <message>
        <source>PBL, Spamhaus-maintained: an end-user range that should not send mail directly</source>
        <extracomment>list spamhaus-pbl, 127.0.0.11: meaning</extracomment>
        <translation>PBL, mantida pela Spamhaus: uma faixa de usuário final que não deve enviar e-mail diretamente</translation>
    </message>
    <message>
        <source>As ZEN.</source>
        <extracomment>list spamhaus-dbl: access_note</extracomment>
        <translation>Como a ZEN.</translation>
    </message>
    <message>
        <source>Low-reputation or spam domain</source>
        <extracomment>list spamhaus-dbl, 127.0.1.2: meaning</extracomment>
        <translation>Domínio de baixa reputação ou de spam</translation>
    </message>
    <message>
        <source>Phishing domain</source>
        <extracomment>list spamhaus-dbl, 127.0.1.4: meaning</extracomment>
        <translation>Domínio de phishing</translation>
    </message>
    <message>
        <source>Malware domain</source>
        <extracomment>list spamhaus-dbl, 127.0.1.5: meaning</extracomment>
        <translation>Domínio de malware</translation>
    </message>
    <message>
        <source>Botnet command-and-control domain</source>
        <extracomment>list spamhaus-dbl, 127.0.1.6: meaning</extracomment>
        <translation>Domínio de comando e controle de botnet</translation>
    </message>
    <message>
        <source>Abused legitimate domain (spam)</source>
        <extracomment>list spamhaus-dbl, 127.0.1.102: meaning</extracomment>
        <translation>Domínio legítimo abusado (spam)</translation>
    </message>
    <message>
        <source>Abused redirector or URL shortener</source>
        <extracomment>list spamhaus-dbl, 127.0.1.103: meaning</extracomment>
        <translation>Redirecionador ou encurtador de URL abusado</translation>
    </message>
    <message>
        <source>Abused legitimate domain (phishing)</source>
        <extracomment>list spamhaus-dbl, 127.0.1.104: meaning</extracomment>
        <translation>Domínio legítimo abusado (phishing)</translation>
    </message>
    <message>
        <source>Abused legitimate domain (malware)</source>
        <extracomment>list spamhaus-dbl, 127.0.1.105: meaning</extracomment>
        <translation>Domínio legítimo abusado (malware)</translation>
    </message>
    <message>
        <source>Abused legitimate domain (botnet C&amp;C)</source>
        <extracomment>list spamhaus-dbl, 127.0.1.106: meaning</extracomment>
        <translation>Domínio legítimo abusado (C&amp;C de botnet)</translation>
    </message>
    <message>
        <source>IP queries are not allowed in the DBL (client error)</source>
        <extracomment>list spamhaus-dbl, 127.0.1.255: meaning</extracomment>
        <translation>Consultas de IP não são permitidas na DBL (erro do cliente)</translation>
    </message>
    <message>
        <source>Report this: an IP address was sent to a domain list.</source>
        <extracomment>list spamhaus-dbl, 127.0.1.255: remedy</extracomment>
        <translation>Informe isto: um endereço IP foi enviado a uma lista de domínios.</translation>
    </message>
    <message>
        <source>Only through Spamhaus DQS, with a key.</source>
        <extracomment>list spamhaus-zrd: access_note</extracomment>
        <translation>Somente pelo Spamhaus DQS, com chave.</translation>
    </message>
    <message>
        <source>Entries expire 24 hours after the domain was first seen.</source>
        <extracomment>list spamhaus-zrd: delisting_note</extracomment>
        <translation>As entradas expiram 24 horas depois que o domínio foi visto pela primeira vez.</translation>
    </message>
    <message>
        <source>Very fresh domain: first seen within the last {last} hours (listed for 24 hours after registration or reactivation)</source>
        <extracomment>list spamhaus-zrd, 127.0.2.2: meaning</extracomment>
        <translation>Domínio muito novo: visto pela primeira vez nas últimas {last} horas (listado por 24 horas após registro ou reativação)</translation>
    </message>
    <message>
        <source>Fresh domain: first seen within the last {last} hours (listed for 24 hours after registration or reactivation)</source>
        <extracomment>list spamhaus-zrd, 127.0.2.5: meaning</extracomment>
        <translation>Domínio novo: visto pela primeira vez nas últimas {last} horas (listado por 24 horas após registro ou reativação)</translation>
    </message>
    <message>
        <source>IP query sent to a domain list (client error)</source>
        <extracomment>list spamhaus-zrd, 127.0.2.255: meaning</extracomment>
        <translation>Consulta de IP enviada a uma lista de domínios (erro do cliente)</translation>
    </message>
    <message>
        <source>Only through Spamhaus DQS, with a key; not part of ZEN.</source>
        <extracomment>list spamhaus-authbl: access_note</extracomment>
        <translation>Somente pelo Spamhaus DQS, com chave; não faz parte da ZEN.</translation>
    </message>
    <message>
        <source>Host known to run bots that log in with stolen SMTP credentials</source>
        <extracomment>list spamhaus-authbl, 127.0.0.20: meaning</extracomment>
        <translation>Host conhecido por executar bots que fazem login com credenciais SMTP roubadas</translation>
    </message>
    <message>
        <source>Paid DQS dataset of hashes (wallets, e-mail addresses, files); not an IP or domain list, so not queried here.</source>
        <extracomment>list spamhaus-hbl: access_note</extracomment>
        <translation>Conjunto de dados DQS pago de hashes (carteiras, endereços de e-mail, arquivos); não é uma lista de IPs nem de domínios, por isso não é consultado aqui.</translation>
    </message>
    <message>
        <source>Runs on Spamhaus infrastructure with Spamhaus&apos;s access rules. Use XBL or ZEN instead.</source>
        <extracomment>list cbl: access_note</extracomment>
        <translation>Roda na infraestrutura da Spamhaus com as regras de acesso da Spamhaus. Use a XBL ou a ZEN.</translation>
    </message>
    <message>
        <source>Exploited host (now the Spamhaus XBL)</source>
        <extracomment>list cbl, 127.0.0.2: meaning</extracomment>
        <translation>Host comprometido (agora a Spamhaus XBL)</translation>
    </message>
    <message>
        <source>The resolver&apos;s public IP must be registered (free) on barracudacentral.org; unregistered resolvers get failures. bb.barracudacentral.org is reported to need no registration (unconfirmed).</source>
        <extracomment>list barracuda: access_note</extracomment>
        <translation>O IP público do resolvedor precisa ser registrado (de graça) em barracudacentral.org; resolvedores não registrados recebem falhas. Dizem que bb.barracudacentral.org não exige registro (não confirmado).</translation>
    </message>
    <message>
        <source>Removal request form on barracudacentral.org.</source>
        <extracomment>list barracuda: delisting_note</extracomment>
        <translation>Formulário de solicitação de remoção em barracudacentral.org.</translation>
    </message>
    <message>
        <source>Listed on the Barracuda Reputation Block List (poor sending reputation)</source>
        <extracomment>list barracuda, 127.0.0.2: meaning</extracomment>
        <translation>Listado na Barracuda Reputation Block List (má reputação de envio)</translation>
    </message>
    <message>
        <source>No removal form: the listing expires once reports stop (about 24 hours); repeat listings last longer.</source>
        <extracomment>list spamcop: delisting_note</extracomment>
        <translation>Não há formulário de remoção: a listagem expira quando as denúncias param (cerca de 24 horas); listagens repetidas duram mais.</translation>
    </message>
    <message>
        <source>Reported as a spam source by SpamCop users or traps</source>
        <extracomment>list spamcop, 127.0.0.2: meaning</extracomment>
        <translation>Denunciado como fonte de spam por usuários ou armadilhas do SpamCop</translation>
    </message>
    <message>
        <source>Expires automatically about 7 days after the abuse stops; paid express delisting exists and is not needed.</source>
        <extracomment>list uceprotect-1: delisting_note</extracomment>
        <translation>Expira automaticamente cerca de 7 dias depois que o abuso para; existe remoção expressa paga, mas não é necessária.</translation>
    </message>
    <message>
        <source>This single IP sent to UCEPROTECT traps</source>
        <extracomment>list uceprotect-1, 127.0.0.2: meaning</extracomment>
        <translation>Este IP específico enviou para armadilhas da UCEPROTECT</translation>
    </message>
    <message>
        <source>Drops automatically when few Level 1 IPs remain in the block; tell your provider.</source>
        <extracomment>list uceprotect-2: delisting_note</extracomment>
        <translation>Sai automaticamente quando restam poucos IPs de nível 1 no bloco; avise seu provedor.</translation>
    </message>
    <message>
        <source>The address allocation around this IP was escalated from Level 1 (collateral listing)</source>
        <extracomment>list uceprotect-2, 127.0.0.2: meaning</extracomment>
        <translation>A alocação de endereços em torno deste IP foi escalada a partir do nível 1 (listagem colateral)</translation>
    </message>
    <message>
        <source>Listing of the whole ASN; only the network operator can change it.</source>
        <extracomment>list uceprotect-3: delisting_note</extracomment>
        <translation>Listagem do ASN inteiro; só o operador da rede pode mudá-la.</translation>
    </message>
    <message>
        <source>The whole network (ASN) of this IP is listed (collateral listing)</source>
        <extracomment>list uceprotect-3, 127.0.0.2: meaning</extracomment>
        <translation>A rede inteira (ASN) deste IP está listada (listagem colateral)</translation>
    </message>
    <message>
        <source>Meant for null-sender or postmaster traffic only (safe mode).</source>
        <extracomment>list backscatterer: access_note</extracomment>
        <translation>Destinada apenas a tráfego com remetente nulo ou de postmaster (modo seguro).</translation>
    </message>
    <message>
        <source>Listed for 4 weeks after the last backscatter; paid express delisting exists.</source>
        <extracomment>list backscatterer: delisting_note</extracomment>
        <translation>Listado por 4 semanas após o último backscatter; existe remoção expressa paga.</translation>
    </message>
    <message>
        <source>Sent backscatter (bounces or autoreplies to forged senders)</source>
        <extracomment>list backscatterer, 127.0.0.2: meaning</extracomment>
        <translation>Enviou backscatter (bounces ou respostas automáticas para remetentes falsificados)</translation>
    </message>
    <message>
        <source>Anyone can remove an IP on psbl.org.</source>
        <extracomment>list psbl: delisting_note</extracomment>
        <translation>Qualquer pessoa pode remover um IP em psbl.org.</translation>
    </message>
    <message>
        <source>Sent mail to PSBL spam traps</source>
        <extracomment>list psbl, 127.0.0.2: meaning</extracomment>
        <translation>Enviou e-mail para armadilhas de spam da PSBL</translation>
    </message>
    <message>
        <source>Free below 100,000 messages and 100,000 queries a day.</source>
        <extracomment>list mailspike-bl: access_note</extracomment>
        <translation>Gratuito abaixo de 100.000 mensagens e 100.000 consultas por dia.</translation>
    </message>
    <message>
        <source>Self-service form on mailspike.org, processed automatically in about 6-36 hours.</source>
        <extracomment>list mailspike-bl: delisting_note</extracomment>
        <translation>Formulário de autoatendimento em mailspike.org, processado automaticamente em cerca de 6 a 36 horas.</translation>
    </message>
    <message>
        <source>Taking part in a current spam wave (zero-hour, ZBI)</source>
        <extracomment>list mailspike-bl, 127.0.0.2: meaning</extracomment>
        <translation>Participando de uma onda de spam em curso (zero-hour, ZBI)</translation>
    </message>
    <message>
        <source>Reputation L5: worst</source>
        <extracomment>list mailspike-bl, 127.0.0.10: meaning</extracomment>
        <translation>Reputação L5: a pior</translation>
    </message>
    <message>
        <source>Reputation L4: very bad</source>
        <extracomment>list mailspike-bl, 127.0.0.11: meaning</extracomment>
        <translation>Reputação L4: muito ruim</translation>
    </message>
    <message>
        <source>Reputation L3: bad</source>
        <extracomment>list mailspike-bl, 127.0.0.12: meaning</extracomment>
        <translation>Reputação L3: ruim</translation>
    </message>
    <message>
        <source>Taking part in a current spam wave (zero-hour)</source>
        <extracomment>list mailspike-z, 127.0.0.2: meaning</extracomment>
        <translation>Participando de uma onda de spam em curso (zero-hour)</translation>
    </message>
    <message>
        <source>Gives every IP a score, so it also answers for the RFC 5782 test addresses.</source>
        <extracomment>list mailspike-rep: access_note</extracomment>
        <translation>Dá uma pontuação a cada IP, então também responde para os endereços de teste da RFC 5782.</translation>
    </message>
    <message>
        <source>Reputation L2: suspicious</source>
        <extracomment>list mailspike-rep, 127.0.0.13: meaning</extracomment>
        <translation>Reputação L2: suspeita</translation>
    </message>
    <message>
        <source>Reputation L1: neutral, probably spam</source>
        <extracomment>list mailspike-rep, 127.0.0.14: meaning</extracomment>
        <translation>Reputação L1: neutra, provavelmente spam</translation>
    </message>
    <message>
        <source>Reputation LH0: neutral</source>
        <extracomment>list mailspike-rep, 127.0.0.15: meaning</extracomment>
        <translation>Reputação LH0: neutra</translation>
    </message>
    <message>
        <source>Reputation H1: neutral, probably legitimate</source>
        <extracomment>list mailspike-rep, 127.0.0.16: meaning</extracomment>
        <translation>Reputação H1: neutra, provavelmente legítima</translation>
    </message>
    <message>
        <source>Reputation H2: possibly legitimate</source>
        <extracomment>list mailspike-rep, 127.0.0.17: meaning</extracomment>
        <translation>Reputação H2: possivelmente legítima</translation>
    </message>
    <message>
        <source>Reputation H3: good</source>
        <extracomment>list mailspike-rep, 127.0.0.18: meaning</extracomment>
        <translation>Reputação H3: boa</translation>
    </message>
    <message>
        <source>Reputation H4: very good</source>
        <extracomment>list mailspike-rep, 127.0.0.19: meaning</extracomment>
        <translation>Reputação H4: muito boa</translation>
    </message>
    <message>
        <source>Reputation H5: excellent</source>
        <extracomment>list mailspike-rep, 127.0.0.20: meaning</extracomment>
        <translation>Reputação H5: excelente</translation>
    </message>
    <message>
        <source>Free for fewer than 1,000 users or 250,000 messages a day; may not be embedded in paid products. Blocked resolvers get bit 1. Query the full host name.</source>
        <extracomment>list surbl-multi: access_note</extracomment>
        <translation>Gratuito para menos de 1.000 usuários ou 250.000 mensagens por dia; não pode ser embutido em produtos pagos. Resolvedores bloqueados recebem o bit 1. Consulte o nome de host completo.</translation>
    </message>
    <message>
        <source>Through surbl.org (the Lists page). Do not script its web site.</source>
        <extracomment>list surbl-multi: delisting_note</extracomment>
        <translation>Por surbl.org (a página Lists). Não automatize o acesso ao site.</translation>
    </message>
    <message>
        <source>Query blocked (public resolver or volume)</source>
        <extracomment>list surbl-multi, 1: meaning</extracomment>
        <translation>Consulta bloqueada (resolvedor público ou volume)</translation>
    </message>
    <message>
        <source>Use your own recursive resolver, or a SURBL data feed.</source>
        <extracomment>list surbl-multi, 1: remedy</extracomment>
        <translation>Use seu próprio resolvedor recursivo, ou um feed de dados da SURBL.</translation>
    </message>
    <message>
        <source>DM: disposable mail domain</source>
        <extracomment>list surbl-multi, 4: meaning</extracomment>
        <translation>DM: domínio de e-mail descartável</translation>
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
        <translation>CT: rastreador de cliques de um remetente sem opt-in confirmado</translation>
    </message>
    <message>
        <source>ABUSE: spam and abuse</source>
        <extracomment>list surbl-multi, 64: meaning</extracomment>
        <translation>ABUSE: spam e abuso</translation>
    </message>
    <message>
        <source>CR: cracked site</source>
        <extracomment>list surbl-multi, 128: meaning</extracomment>
        <translation>CR: site invadido</translation>
    </message>
    <message>
        <source>Refused queries (public resolvers, volume) get 127.0.0.1 with a TXT naming your resolver.</source>
        <extracomment>list uribl-multi: access_note</extracomment>
        <translation>Consultas recusadas (resolvedores públicos, volume) recebem 127.0.0.1 com um TXT que nomeia seu resolvedor.</translation>
    </message>
    <message>
        <source>A login is required to submit delist requests.</source>
        <extracomment>list uribl-multi: delisting_note</extracomment>
        <translation>É preciso fazer login para enviar pedidos de remoção.</translation>
    </message>
    <message>
        <source>Query refused (public resolver or volume)</source>
        <extracomment>list uribl-multi, 1: meaning</extracomment>
        <translation>Consulta recusada (resolvedor público ou volume)</translation>
    </message>
    <message>
        <source>Use your own recursive resolver, or a URIBL data feed.</source>
        <extracomment>list uribl-multi, 1: remedy</extracomment>
        <translation>Use seu próprio resolvedor recursivo, ou um feed de dados da URIBL.</translation>
    </message>
    <message>
        <source>black: spammer-owned domain</source>
        <extracomment>list uribl-multi, 2: meaning</extracomment>
        <translation>black: domínio de propriedade de spammer</translation>
    </message>
    <message>
        <source>grey: bulk sender domain (false positives expected)</source>
        <extracomment>list uribl-multi, 4: meaning</extracomment>
        <translation>grey: domínio de remetente em massa (falsos positivos esperados)</translation>
    </message>
    <message>
        <source>red: young domain or WHOIS privacy (automated)</source>
        <extracomment>list uribl-multi, 8: meaning</extracomment>
        <translation>red: domínio novo ou com privacidade no WHOIS (automático)</translation>
    </message>
    <message>
        <source>Key required in the query name; keyless queries are REFUSED.</source>
        <extracomment>list abusix-combined: access_note</extracomment>
        <translation>Chave exigida no nome consultado; consultas sem chave recebem REFUSED.</translation>
    </message>
    <message>
        <source>From the lookup page; a policy-list delisting creates a semi-permanent exception.</source>
        <extracomment>list abusix-combined: delisting_note</extracomment>
        <translation>Pela página de consulta; a remoção de uma lista de política cria uma exceção semipermanente.</translation>
    </message>
    <message>
        <source>Black: hit primary spam traps</source>
        <extracomment>list abusix-combined, 127.0.0.2: meaning</extracomment>
        <translation>Black: atingiu armadilhas de spam primárias</translation>
    </message>
    <message>
        <source>Black: heuristics (very low reputation or near trap hitters)</source>
        <extracomment>list abusix-combined, 127.0.0.3: meaning</extracomment>
        <translation>Black: heurística (reputação muito baixa ou próximo de quem atinge armadilhas)</translation>
    </message>
    <message>
        <source>Exploit: infected host or proxy</source>
        <extracomment>list abusix-combined, 127.0.0.4: meaning</extracomment>
        <translation>Exploit: host infectado ou proxy</translation>
    </message>
    <message>
        <source>Policy: generic reverse DNS</source>
        <extracomment>list abusix-combined, 127.0.0.11: meaning</extracomment>
        <translation>Policy: DNS reverso genérico</translation>
    </message>
    <message>
        <source>Policy: no reverse DNS</source>
        <extracomment>list abusix-combined, 127.0.0.12: meaning</extracomment>
        <translation>Policy: sem DNS reverso</translation>
    </message>
    <message>
        <source>Semi-permanent manual listing</source>
        <extracomment>list abusix-combined, 127.0.0.200: meaning</extracomment>
        <translation>Listagem manual semipermanente</translation>
    </message>
    <message>
        <source>Key required; keyless queries are REFUSED.</source>
        <extracomment>list abusix-dblack: access_note</extracomment>
        <translation>Chave exigida; consultas sem chave recebem REFUSED.</translation>
    </message>
    <message>
        <source>Domain seen in message bodies of spam</source>
        <extracomment>list abusix-dblack, 127.0.1.1: meaning</extracomment>
        <translation>Domínio visto no corpo de mensagens de spam</translation>
    </message>
    <message>
        <source>Historically public; 2026 third-party pages describe an API-key query form (unverified).</source>
        <extracomment>list spamrats: access_note</extracomment>
        <translation>Historicamente pública; páginas de terceiros de 2026 descrevem uma forma de consulta com chave de API (não verificado).</translation>
    </message>
    <message>
        <source>Automatic self-removal from the lookup page; Dyna and NoPtr need working forward-confirmed reverse DNS first.</source>
        <extracomment>list spamrats: delisting_note</extracomment>
        <translation>Remoção automática por autoatendimento na página de consulta; Dyna e NoPtr exigem antes um DNS reverso confirmado nos dois sentidos funcionando.</translation>
    </message>
    <message>
        <source>RATS-Dyna: reverse DNS looks dynamic or generic</source>
        <extracomment>list spamrats, 127.0.0.36: meaning</extracomment>
        <translation>RATS-Dyna: o DNS reverso parece dinâmico ou genérico</translation>
    </message>
    <message>
        <source>RATS-NoPtr: no reverse DNS</source>
        <extracomment>list spamrats, 127.0.0.37: meaning</extracomment>
        <translation>RATS-NoPtr: sem DNS reverso</translation>
    </message>
    <message>
        <source>RATS-Spam: sent spam</source>
        <extracomment>list spamrats, 127.0.0.38: meaning</extracomment>
        <translation>RATS-Spam: enviou spam</translation>
    </message>
    <message>
        <source>RATS-Auth: login abuse (not a mail-sending signal)</source>
        <extracomment>list spamrats, 127.0.0.43: meaning</extracomment>
        <translation>RATS-Auth: abuso de login (não é um sinal de envio de e-mail)</translation>
    </message>
    <message>
        <source>Free for commercial and non-commercial use. Built for IRC, not mail.</source>
        <extracomment>list dronebl: access_note</extracomment>
        <translation>Gratuito para uso comercial e não comercial. Feito para IRC, não para e-mail.</translation>
    </message>
    <message>
        <source>From the lookup page, reviewed by volunteers.</source>
        <extracomment>list dronebl: delisting_note</extracomment>
        <translation>Pela página de consulta, revisado por voluntários.</translation>
    </message>
    <message>
        <source>Sample (test entry)</source>
        <extracomment>list dronebl, 127.0.0.2: meaning</extracomment>
        <translation>Exemplo (entrada de teste)</translation>
    </message>
    <message>
        <source>IRC drone</source>
        <extracomment>list dronebl, 127.0.0.3: meaning</extracomment>
        <translation>Drone de IRC</translation>
    </message>
    <message>
        <source>Tor exit (deprecated code)</source>
        <extracomment>list dronebl, 127.0.0.4: meaning</extracomment>
        <translation>Saída Tor (código obsoleto)</translation>
    </message>
    <message>
        <source>Bottler</source>
        <extracomment>list dronebl, 127.0.0.5: meaning</extracomment>
        <translation>Bottler</translation>
    </message>
    <message>
        <source>Unknown spambot or drone</source>
        <extracomment>list dronebl, 127.0.0.6: meaning</extracomment>
        <translation>Spambot ou drone desconhecido</translation>
    </message>
    <message>
        <source>DDoS drone</source>
        <extracomment>list dronebl, 127.0.0.7: meaning</extracomment>
        <translation>Drone de DDoS</translation>
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
        <translation>Resolvedor DNS aberto</translation>
    </message>
    <message>
        <source>Brute-force attacker</source>
        <extracomment>list dronebl, 127.0.0.13: meaning</extracomment>
        <translation>Atacante de força bruta</translation>
    </message>
    <message>
        <source>Open WinGate proxy</source>
        <extracomment>list dronebl, 127.0.0.14: meaning</extracomment>
        <translation>Proxy WinGate aberto</translation>
    </message>
    <message>
        <source>Compromised router or gateway</source>
        <extracomment>list dronebl, 127.0.0.15: meaning</extracomment>
        <translation>Roteador ou gateway comprometido</translation>
    </message>
    <message>
        <source>Autorooting worm</source>
        <extracomment>list dronebl, 127.0.0.16: meaning</extracomment>
        <translation>Worm de autorooting</translation>
    </message>
    <message>
        <source>Automatically determined botnet IP</source>
        <extracomment>list dronebl, 127.0.0.17: meaning</extracomment>
        <translation>IP de botnet determinado automaticamente</translation>
    </message>
    <message>
        <source>DNS/MX-type host name seen on IRC</source>
        <extracomment>list dronebl, 127.0.0.18: meaning</extracomment>
        <translation>Nome de host do tipo DNS/MX visto no IRC</translation>
    </message>
    <message>
        <source>Abused VPN service</source>
        <extracomment>list dronebl, 127.0.0.19: meaning</extracomment>
        <translation>Serviço de VPN abusado</translation>
    </message>
    <message>
        <source>Unknown reason</source>
        <extracomment>list dronebl, 127.0.0.255: meaning</extracomment>
        <translation>Motivo desconhecido</translation>
    </message>
    <message>
        <source>Must be requested from the listed IP itself: `curl -4 http://www.usenix.org.uk/content/rblremove` (instant); otherwise use the help page.</source>
        <extracomment>list s5h: delisting_note</extracomment>
        <translation>Deve ser solicitado a partir do próprio IP listado: `curl -4 http://www.usenix.org.uk/content/rblremove` (imediato); caso contrário, use a página de ajuda.</translation>
    </message>
    <message>
        <source>Listed by s5h.net</source>
        <extracomment>list s5h, 127.0.0.2: meaning</extracomment>
        <translation>Listado por s5h.net</translation>
    </message>
    <message>
        <source>Contact them above 10,000 queries a day.</source>
        <extracomment>list nordspam-bl: access_note</extracomment>
        <translation>Entre em contato acima de 10.000 consultas por dia.</translation>
    </message>
    <message>
        <source>Manual moderation through nordspam.com.</source>
        <extracomment>list nordspam-bl: delisting_note</extracomment>
        <translation>Moderação manual por nordspam.com.</translation>
    </message>
    <message>
        <source>Listed by NordSpam (the TXT record has details)</source>
        <extracomment>list nordspam-bl, 127.0.0.2: meaning</extracomment>
        <translation>Listado pela NordSpam (o registro TXT traz detalhes)</translation>
    </message>
    <message>
        <source>Domain listed by NordSpam (the TXT record has details)</source>
        <extracomment>list nordspam-dbl, 127.0.0.2: meaning</extracomment>
        <translation>Domínio listado pela NordSpam (o registro TXT traz detalhes)</translation>
    </message>
    <message>
        <source>Needs a free account; processed in about 20 minutes, some cases manually within 48 hours.</source>
        <extracomment>list 0spam-bl: delisting_note</extracomment>
        <translation>Requer uma conta gratuita; processado em cerca de 20 minutos, alguns casos manualmente em até 48 horas.</translation>
    </message>
    <message>
        <source>Listed by 0spam (it documents its answers only as 127.0.0.#)</source>
        <extracomment>list 0spam-bl, 127.0.0.0: meaning</extracomment>
        <translation>Listado pela 0spam (que documenta suas respostas apenas como 127.0.0.#)</translation>
    </message>
    <message>
        <source>The whole /24 around this IP is listed by 0spam</source>
        <extracomment>list 0spam-nbl, 127.0.0.0: meaning</extracomment>
        <translation>Todo o /24 em torno deste IP está listado pela 0spam</translation>
    </message>
    <message>
        <source>Lists the IPs of spam-linked domains (web hosts), not mail senders.</source>
        <extracomment>list 0spam-url: access_note</extracomment>
        <translation>Lista os IPs de domínios ligados a spam (hospedagens web), não remetentes de e-mail.</translation>
    </message>
    <message>
        <source>No manual removal; entries age out automatically.</source>
        <extracomment>list gbudb: delisting_note</extracomment>
        <translation>Não há remoção manual; as entradas expiram automaticamente.</translation>
    </message>
    <message>
        <source>Truncate: very low reputation in GBUdb</source>
        <extracomment>list gbudb, 127.0.0.2: meaning</extracomment>
        <translation>Truncate: reputação muito baixa no GBUdb</translation>
    </message>
    <message>
        <source>Mixed allow/block semantics: 127.0.0.1 means allowlisted.</source>
        <extracomment>list hostkarma: access_note</extracomment>
        <translation>Semântica mista de permissão/bloqueio: 127.0.0.1 significa na lista de permissão.</translation>
    </message>
    <message>
        <source>White: allowlisted</source>
        <extracomment>list hostkarma, 127.0.0.1: meaning</extracomment>
        <translation>White: na lista de permissão</translation>
    </message>
    <message>
        <source>Black: blocklisted</source>
        <extracomment>list hostkarma, 127.0.0.2: meaning</extracomment>
        <translation>Black: na lista de bloqueio</translation>
    </message>
    <message>
        <source>Yellow: mixed source such as big webmail (do not block)</source>
        <extracomment>list hostkarma, 127.0.0.3: meaning</extracomment>
        <translation>Yellow: fonte mista como um grande webmail (não bloquear)</translation>
    </message>
    <message>
        <source>Brown: suspicious (score only)</source>
        <extracomment>list hostkarma, 127.0.0.4: meaning</extracomment>
        <translation>Brown: suspeito (apenas pontuação)</translation>
    </message>
    <message>
        <source>NOBL: do not blacklist</source>
        <extracomment>list hostkarma, 127.0.0.5: meaning</extracomment>
        <translation>NOBL: não colocar na lista negra</translation>
    </message>
    <message>
        <source>Informational second record</source>
        <extracomment>list hostkarma, 127.0.1.1: meaning</extracomment>
        <translation>Segundo registro informativo</translation>
    </message>
    <message>
        <source>Under 100,000 lookups a day and non-commercial. Over-limit resolvers get 127.0.0.255, and have been sent 127.0.10.x for every IP.</source>
        <extracomment>list dnswl: access_note</extracomment>
        <translation>Menos de 100.000 consultas por dia e uso não comercial. Resolvedores acima do limite recebem 127.0.0.255 e já receberam 127.0.10.x para todo IP.</translation>
    </message>
    <message>
        <source>Registration is voluntary.</source>
        <extracomment>list dnswl: delisting_note</extracomment>
        <translation>O registro é voluntário.</translation>
    </message>
    <message>
        <source>Query blocked (over the free limit)</source>
        <extracomment>list dnswl, 127.0.0.255: meaning</extracomment>
        <translation>Consulta bloqueada (acima do limite gratuito)</translation>
    </message>
    <message>
        <source>Use your own recursive resolver below the limits, or register.</source>
        <extracomment>list dnswl, 127.0.0.255: remedy</extracomment>
        <translation>Use seu próprio resolvedor recursivo abaixo dos limites, ou registre-se.</translation>
    </message>
    <message>
        <source>Category 10 (special cases): also the test-point answer and what over-quota resolvers get for every IP, so not trusted</source>
        <extracomment>list dnswl, 127.0.10.0: meaning</extracomment>
        <translation>Categoria 10 (casos especiais): também a resposta do ponto de teste e o que resolvedores acima da cota recebem para todo IP, portanto não confiável</translation>
    </message>
    <message>
        <source>Allowlisted: financial services (trust level {last}: 0 none, 1 low, 2 medium, 3 high)</source>
        <extracomment>list dnswl, 127.0.2.0: meaning</extracomment>
        <translation>Na lista de permissão: serviços financeiros (nível de confiança {last}: 0 nenhum, 1 baixo, 2 médio, 3 alto)</translation>
    </message>
    <message>
        <source>Allowlisted: e-mail service provider (trust level {last}: 0 none, 1 low, 2 medium, 3 high)</source>
        <extracomment>list dnswl, 127.0.3.0: meaning</extracomment>
        <translation>Na lista de permissão: provedor de serviços de e-mail (nível de confiança {last}: 0 nenhum, 1 baixo, 2 médio, 3 alto)</translation>
    </message>
    <message>
        <source>Allowlisted: organisation (trust level {last}: 0 none, 1 low, 2 medium, 3 high)</source>
        <extracomment>list dnswl, 127.0.4.0: meaning</extracomment>
        <translation>Na lista de permissão: organização (nível de confiança {last}: 0 nenhum, 1 baixo, 2 médio, 3 alto)</translation>
    </message>
    <message>
        <source>Allowlisted: service or network provider (trust level {last}: 0 none, 1 low, 2 medium, 3 high)</source>
        <extracomment>list dnswl, 127.0.5.0: meaning</extracomment>
        <translation>Na lista de permissão: provedor de serviços ou de rede (nível de confiança {last}: 0 nenhum, 1 baixo, 2 médio, 3 alto)</translation>
    </message>
    <message>
        <source>Allowlisted: personal server (trust level {last}: 0 none, 1 low, 2 medium, 3 high)</source>
        <extracomment>list dnswl, 127.0.6.0: meaning</extracomment>
        <translation>Na lista de permissão: servidor pessoal (nível de confiança {last}: 0 nenhum, 1 baixo, 2 médio, 3 alto)</translation>
    </message>
    <message>
        <source>Allowlisted: travel (trust level {last}: 0 none, 1 low, 2 medium, 3 high)</source>
        <extracomment>list dnswl, 127.0.7.0: meaning</extracomment>
        <translation>Na lista de permissão: viagens (nível de confiança {last}: 0 nenhum, 1 baixo, 2 médio, 3 alto)</translation>
    </message>
    <message>
        <source>Allowlisted: public sector (trust level {last}: 0 none, 1 low, 2 medium, 3 high)</source>
        <extracomment>list dnswl, 127.0.8.0: meaning</extracomment>
        <translation>Na lista de permissão: setor público (nível de confiança {last}: 0 nenhum, 1 baixo, 2 médio, 3 alto)</translation>
    </message>
    <message>
        <source>Allowlisted: media and technology (trust level {last}: 0 none, 1 low, 2 medium, 3 high)</source>
        <extracomment>list dnswl, 127.0.9.0: meaning</extracomment>
        <translation>Na lista de permissão: mídia e tecnologia (nível de confiança {last}: 0 nenhum, 1 baixo, 2 médio, 3 alto)</translation>
    </message>
    <message>
        <source>Allowlisted: education (trust level {last}: 0 none, 1 low, 2 medium, 3 high)</source>
        <extracomment>list dnswl, 127.0.11.0: meaning</extracomment>
        <translation>Na lista de permissão: educação (nível de confiança {last}: 0 nenhum, 1 baixo, 2 médio, 3 alto)</translation>
    </message>
    <message>
        <source>Allowlisted: healthcare (trust level {last}: 0 none, 1 low, 2 medium, 3 high)</source>
        <extracomment>list dnswl, 127.0.12.0: meaning</extracomment>
        <translation>Na lista de permissão: saúde (nível de confiança {last}: 0 nenhum, 1 baixo, 2 médio, 3 alto)</translation>
    </message>
    <message>
        <source>Allowlisted: manufacturing (trust level {last}: 0 none, 1 low, 2 medium, 3 high)</source>
        <extracomment>list dnswl, 127.0.13.0: meaning</extracomment>
        <translation>Na lista de permissão: indústria (nível de confiança {last}: 0 nenhum, 1 baixo, 2 médio, 3 alto)</translation>
    </message>
    <message>
        <source>Allowlisted: retail and services (trust level {last}: 0 none, 1 low, 2 medium, 3 high)</source>
        <extracomment>list dnswl, 127.0.14.0: meaning</extracomment>
        <translation>Na lista de permissão: varejo e serviços (nível de confiança {last}: 0 nenhum, 1 baixo, 2 médio, 3 alto)</translation>
    </message>
    <message>
        <source>Allowlisted: e-mail marketing provider (trust level {last}: 0 none, 1 low, 2 medium, 3 high)</source>
        <extracomment>list dnswl, 127.0.15.0: meaning</extracomment>
        <translation>Na lista de permissão: provedor de e-mail marketing (nível de confiança {last}: 0 nenhum, 1 baixo, 2 médio, 3 alto)</translation>
    </message>
    <message>
        <source>Lists DKIM d= domains. Its answer codes are not documented in the sources read.</source>
        <extracomment>list dnswl-dwl: access_note</extracomment>
        <translation>Lista domínios DKIM d=. Seus códigos de resposta não estão documentados nas fontes consultadas.</translation>
    </message>
    <message>
        <source>Use your own recursive resolver below the limits.</source>
        <extracomment>list dnswl-dwl, 127.0.0.255: remedy</extracomment>
        <translation>Use seu próprio resolvedor recursivo abaixo dos limites.</translation>
    </message>
    <message>
        <source>Needs a registered MyValidity account; unregistered resolvers get 127.255.255.255 for every query. rspamd disabled it by default in 2026.</source>
        <extracomment>list validity-rpbl: access_note</extracomment>
        <translation>Requer uma conta MyValidity registrada; resolvedores não registrados recebem 127.255.255.255 em toda consulta. O rspamd a desativou por padrão em 2026.</translation>
    </message>
    <message>
        <source>Through Validity.</source>
        <extracomment>list validity-rpbl: delisting_note</extracomment>
        <translation>Pela Validity.</translation>
    </message>
    <message>
        <source>Not registered or blocked</source>
        <extracomment>list validity-rpbl, 127.255.255.255: meaning</extracomment>
        <translation>Não registrado ou bloqueado</translation>
    </message>
    <message>
        <source>Register the resolver with MyValidity, or use your own resolver.</source>
        <extracomment>list validity-rpbl, 127.255.255.255: remedy</extracomment>
        <translation>Registre o resolvedor na MyValidity ou use seu próprio resolvedor.</translation>
    </message>
    <message>
        <source>bot</source>
        <extracomment>list validity-rpbl, 1: meaning</extracomment>
        <translation>bot</translation>
    </message>
    <message>
        <source>no authentication</source>
        <extracomment>list validity-rpbl, 2: meaning</extracomment>
        <translation>sem autenticação</translation>
    </message>
    <message>
        <source>pristine spam traps</source>
        <extracomment>list validity-rpbl, 4: meaning</extracomment>
        <translation>armadilhas de spam virgens</translation>
    </message>
    <message>
        <source>suspect attachments</source>
        <extracomment>list validity-rpbl, 8: meaning</extracomment>
        <translation>anexos suspeitos</translation>
    </message>
    <message>
        <source>low SenderScore</source>
        <extracomment>list validity-rpbl, 16: meaning</extracomment>
        <translation>SenderScore baixo</translation>
    </message>
    <message>
        <source>Needs a registered MyValidity account.</source>
        <extracomment>list validity-score: access_note</extracomment>
        <translation>Requer uma conta MyValidity registrada.</translation>
    </message>
    <message>
        <source>Register with MyValidity.</source>
        <extracomment>list validity-score, 127.255.255.255: remedy</extracomment>
        <translation>Registre-se na MyValidity.</translation>
    </message>
    <message>
        <source>SenderScore {last} of 100 (90 or more is good)</source>
        <extracomment>list validity-score, 127.0.4.90: meaning</extracomment>
        <translation>SenderScore {last} de 100 (90 ou mais é bom)</translation>
    </message>
    <message>
        <source>SenderScore {last} of 100 (80-89 is neutral)</source>
        <extracomment>list validity-score, 127.0.4.80: meaning</extracomment>
        <translation>SenderScore {last} de 100 (80-89 é neutro)</translation>
    </message>
    <message>
        <source>SenderScore {last} of 100 (below 80; Validity&apos;s meaning for this band was not found)</source>
        <extracomment>list validity-score, 127.0.4.0: meaning</extracomment>
        <translation>SenderScore {last} de 100 (abaixo de 80; o significado da Validity para essa faixa não foi encontrado)</translation>
    </message>
    <message>
        <source>Delist link on the view page; entries expire after 48 hours.</source>
        <extracomment>list blocklist-de: delisting_note</extracomment>
        <translation>Link de remoção na página de detalhes; as entradas expiram após 48 horas.</translation>
    </message>
    <message>
        <source>Attack on amavis</source>
        <extracomment>list blocklist-de, 127.0.0.2: meaning</extracomment>
        <translation>Ataque ao amavis</translation>
    </message>
    <message>
        <source>Apache DDoS</source>
        <extracomment>list blocklist-de, 127.0.0.3: meaning</extracomment>
        <translation>DDoS no Apache</translation>
    </message>
    <message>
        <source>Attack on Asterisk</source>
        <extracomment>list blocklist-de, 127.0.0.4: meaning</extracomment>
        <translation>Ataque ao Asterisk</translation>
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
        <translation>Ataque de e-mail</translation>
    </message>
    <message>
        <source>POP3 attack</source>
        <extracomment>list blocklist-de, 127.0.0.10: meaning</extracomment>
        <translation>Ataque POP3</translation>
    </message>
    <message>
        <source>Registration bot</source>
        <extracomment>list blocklist-de, 127.0.0.11: meaning</extracomment>
        <translation>Bot de cadastro</translation>
    </message>
    <message>
        <source>Remote file inclusion attack</source>
        <extracomment>list blocklist-de, 127.0.0.12: meaning</extracomment>
        <translation>Ataque de inclusão remota de arquivo</translation>
    </message>
    <message>
        <source>SASL login attack</source>
        <extracomment>list blocklist-de, 127.0.0.13: meaning</extracomment>
        <translation>Ataque de login SASL</translation>
    </message>
    <message>
        <source>SSH attack</source>
        <extracomment>list blocklist-de, 127.0.0.14: meaning</extracomment>
        <translation>Ataque SSH</translation>
    </message>
    <message>
        <source>w00tw00t scan</source>
        <extracomment>list blocklist-de, 127.0.0.15: meaning</extracomment>
        <translation>Varredura w00tw00t</translation>
    </message>
    <message>
        <source>Port flood</source>
        <extracomment>list blocklist-de, 127.0.0.16: meaning</extracomment>
        <translation>Inundação de portas</translation>
    </message>
    <message>
        <source>SQL injection</source>
        <extracomment>list blocklist-de, 127.0.0.17: meaning</extracomment>
        <translation>Injeção de SQL</translation>
    </message>
    <message>
        <source>Webmin attack</source>
        <extracomment>list blocklist-de, 127.0.0.18: meaning</extracomment>
        <translation>Ataque ao Webmin</translation>
    </message>
    <message>
        <source>Trigger spam</source>
        <extracomment>list blocklist-de, 127.0.0.19: meaning</extracomment>
        <translation>Spam gatilho</translation>
    </message>
    <message>
        <source>Manual listing</source>
        <extracomment>list blocklist-de, 127.0.0.20: meaning</extracomment>
        <translation>Listagem manual</translation>
    </message>
    <message>
        <source>Brute-force login</source>
        <extracomment>list blocklist-de, 127.0.0.21: meaning</extracomment>
        <translation>Login por força bruta</translation>
    </message>
    <message>
        <source>MySQL attack</source>
        <extracomment>list blocklist-de, 127.0.0.22: meaning</extracomment>
        <translation>Ataque ao MySQL</translation>
    </message>
    <message>
        <source>Listed by Spam Eating Monkey</source>
        <extracomment>list sem-bl, 127.0.0.2: meaning</extracomment>
        <translation>Listado pela Spam Eating Monkey</translation>
    </message>
    <message>
        <source>Domain listed by SEM URIBL</source>
        <extracomment>list sem-uribl, 2: meaning</extracomment>
        <translation>Domínio listado pela SEM URIBL</translation>
    </message>
    <message>
        <source>Domain listed by SEM FRESH15</source>
        <extracomment>list sem-fresh15, 2: meaning</extracomment>
        <translation>Domínio listado pela SEM FRESH15</translation>
    </message>
    <message>
        <source>Botnet</source>
        <extracomment>list virusfree, 127.0.0.2: meaning</extracomment>
        <translation>Botnet</translation>
    </message>
    <message>
        <source>Free once every 30 days.</source>
        <extracomment>list lashback: delisting_note</extracomment>
        <translation>Gratuito uma vez a cada 30 dias.</translation>
    </message>
    <message>
        <source>Sent mail to addresses harvested from unsubscribe lists</source>
        <extracomment>list lashback, 127.0.0.2: meaning</extracomment>
        <translation>Enviou e-mail para endereços coletados de listas de descadastro</translation>
    </message>
    <message>
        <source>check_rbl saw an answer outside 127/8 (62.0.58.94) in May 2023 and dropped it.</source>
        <extracomment>list backscatterer: status_note</extracomment>
        <translation>O check_rbl viu uma resposta fora de 127/8 (62.0.58.94) em maio de 2023 e a removeu.</translation>
    </message>
    <message>
        <source>Alive in 2015 (dnsbl.com); current status not confirmed.</source>
        <extracomment>list gbudb: status_note</extracomment>
        <translation>Ativa em 2015 (dnsbl.com); situação atual não confirmada.</translation>
    </message>
    <message>
        <source>YunoHost still handled its codes in Dec 2025; helohub calls it discontinued.</source>
        <extracomment>list hostkarma: status_note</extracomment>
        <translation>O YunoHost ainda tratava seus códigos em dez. de 2025; o helohub a dá como descontinuada.</translation>
    </message>
    <message>
        <source>Probably active (undated support page).</source>
        <extracomment>list lashback: status_note</extracomment>
        <translation>Provavelmente ativa (página de suporte sem data).</translation>
    </message>
    <message>
        <source>No public DNS zone: only available to paying subscribers via rsync.</source>
        <extracomment>list invaluement: status_note</extracomment>
        <translation>Sem zona DNS pública: disponível só para assinantes pagantes via rsync.</translation>
    </message>
    <message>
        <source>No primary source found; only in catalogs. Not queried.</source>
        <extracomment>list justspam: status_note</extracomment>
        <translation>Nenhuma fonte primária encontrada; só em catálogos. Não é consultada.</translation>
    </message>
    <message>
        <source>Decommissioned on 5 June 2024; its servers no longer answer. The domain is a future wildcard risk, so it is never queried.</source>
        <extracomment>list sorbs: status_note</extracomment>
        <translation>Desativada em 5 de junho de 2024; seus servidores não respondem mais. O domínio é um risco futuro de curinga, então nunca é consultado.</translation>
    </message>
    <message>
        <source>Emptied on 16 January 2025 and answering NXDOMAIN for everything (RFC 6471 graceful shutdown).</source>
        <extracomment>list nixspam: status_note</extracomment>
        <translation>Esvaziada em 16 de janeiro de 2025; responde NXDOMAIN para tudo (desligamento ordenado da RFC 6471).</translation>
    </message>
    <message>
        <source>Empty from November 2023, shut down in 2024; since October 2025 its name servers point at TEST-NET addresses, so queries time out.</source>
        <extracomment>list wpbl: status_note</extracomment>
        <translation>Vazia desde novembro de 2023, desligada em 2024; desde outubro de 2025 seus servidores de nomes apontam para endereços TEST-NET, então as consultas expiram.</translation>
    </message>
    <message>
        <source>Domain lapsed; every name answered a parking address (91.195.240.117).</source>
        <extracomment>list spamcannibal: status_note</extracomment>
        <translation>Domínio expirado; todo nome respondia com um endereço de estacionamento (91.195.240.117).</translation>
    </message>
    <message>
        <source>Domain expired and was bought by a speculator with wildcard DNS, so every IP looked listed.</source>
        <extracomment>list emailbasura: status_note</extracomment>
        <translation>Domínio expirado e comprado por um especulador com DNS curinga, então todo IP parecia listado.</translation>
    </message>
    <message>
        <source>Went offline in March 2024.</source>
        <extracomment>list drand-spamtrap: status_note</extracomment>
        <translation>Fora do ar desde março de 2024.</translation>
    </message>
    <message>
        <source>Does not exist any more or gives bogus answers (146.112.61.108).</source>
        <extracomment>list anonmails: status_note</extracomment>
        <translation>Não existe mais ou dá respostas falsas (146.112.61.108).</translation>
    </message>
    <message>
        <source>Domain expired and was replaced with a wildcard A record. Zone name not recorded in the sources read.</source>
        <extracomment>list efnet-rbl: status_note</extracomment>
        <translation>Domínio expirado e substituído por um registro A curinga. O nome da zona não consta nas fontes lidas.</translation>
    </message>
    <message>
        <source>dynamic or dial-up address pool</source>
        <extracomment>generic reverse DNS name, words dyn, dynamic, dynip...: why</extracomment>
        <translation>pool de endereços dinâmicos ou de acesso discado</translation>
    </message>
    <message>
        <source>consumer access line</source>
        <extracomment>generic reverse DNS name, words dsl, adsl, vdsl...: why</extracomment>
        <translation>linha de acesso residencial</translation>
    </message>
    <message>
        <source>mobile network</source>
        <extracomment>generic reverse DNS name, words mobile, gprs, umts...: why</extracomment>
        <translation>rede móvel</translation>
    </message>
    <message>
        <source>generic label for an access range</source>
        <extracomment>generic reverse DNS name, words host, ip, client...: why</extracomment>
        <translation>rótulo genérico de uma faixa de acesso</translation>
    </message>
</context>
<context>
    <name>rebound::data::bounce</name>
    <message>
        <source>Authentication failed (SPF, DKIM, DMARC)</source>
        <extracomment>bounce reason authfailure (Sisimai&apos;s name): label</extracomment>
        <translation>Falha de autenticação (SPF, DKIM, DMARC)</translation>
    </message>
    <message>
        <source>Reverse DNS required</source>
        <extracomment>bounce reason requireptr (Sisimai&apos;s name): label</extracomment>
        <translation>DNS reverso exigido</translation>
    </message>
    <message>
        <source>Relaying denied</source>
        <extracomment>bounce reason norelaying (Sisimai&apos;s name): label</extracomment>
        <translation>Retransmissão negada</translation>
    </message>
    <message>
        <source>Virus detected</source>
        <extracomment>bounce reason virusdetected (Sisimai&apos;s name): label</extracomment>
        <translation>Vírus detectado</translation>
    </message>
    <message>
        <source>Message breaks the RFC</source>
        <extracomment>bounce reason notcompliantrfc (Sisimai&apos;s name): label</extracomment>
        <translation>Mensagem fora da RFC</translation>
    </message>
    <message>
        <source>Message too big</source>
        <extracomment>bounce reason mesgtoobig (Sisimai&apos;s name): label</extracomment>
        <translation>Mensagem grande demais</translation>
    </message>
    <message>
        <source>Limit exceeded</source>
        <extracomment>bounce reason exceedlimit (Sisimai&apos;s name): label</extracomment>
        <translation>Limite excedido</translation>
    </message>
    <message>
        <source>Mailbox full</source>
        <extracomment>bounce reason mailboxfull (Sisimai&apos;s name): label</extracomment>
        <translation>Caixa postal cheia</translation>
    </message>
    <message>
        <source>Receiving system full</source>
        <extracomment>bounce reason systemfull (Sisimai&apos;s name): label</extracomment>
        <translation>Sistema receptor cheio</translation>
    </message>
    <message>
        <source>Account suspended</source>
        <extracomment>bounce reason suspend (Sisimai&apos;s name): label</extracomment>
        <translation>Conta suspensa</translation>
    </message>
    <message>
        <source>Recipient has moved</source>
        <extracomment>bounce reason hasmoved (Sisimai&apos;s name): label</extracomment>
        <translation>Destinatário mudou de endereço</translation>
    </message>
    <message>
        <source>Poor sender reputation</source>
        <extracomment>bounce reason badreputation (Sisimai&apos;s name): label</extracomment>
        <translation>Má reputação do remetente</translation>
    </message>
    <message>
        <source>Sender blocked</source>
        <extracomment>bounce reason blocked (Sisimai&apos;s name): label</extracomment>
        <translation>Remetente bloqueado</translation>
    </message>
    <message>
        <source>Spam detected</source>
        <extracomment>bounce reason spamdetected (Sisimai&apos;s name): label</extracomment>
        <translation>Spam detectado</translation>
    </message>
    <message>
        <source>Unknown recipient</source>
        <extracomment>bounce reason userunknown (Sisimai&apos;s name): label</extracomment>
        <translation>Destinatário desconhecido</translation>
    </message>
    <message>
        <source>Unknown recipient domain</source>
        <extracomment>bounce reason hostunknown (Sisimai&apos;s name): label</extracomment>
        <translation>Domínio do destinatário desconhecido</translation>
    </message>
    <message>
        <source>Domain accepts no mail</source>
        <extracomment>bounce reason notaccept (Sisimai&apos;s name): label</extracomment>
        <translation>O domínio não aceita e-mail</translation>
    </message>
    <message>
        <source>Refused by the recipient&apos;s filter</source>
        <extracomment>bounce reason filtered (Sisimai&apos;s name): label</extracomment>
        <translation>Recusado pelo filtro do destinatário</translation>
    </message>
    <message>
        <source>Sender rejected</source>
        <extracomment>bounce reason rejected (Sisimai&apos;s name): label</extracomment>
        <translation>Remetente recusado</translation>
    </message>
    <message>
        <source>Policy violation</source>
        <extracomment>bounce reason policyviolation (Sisimai&apos;s name): label</extracomment>
        <translation>Violação de política</translation>
    </message>
    <message>
        <source>Too many connections</source>
        <extracomment>bounce reason toomanyconn (Sisimai&apos;s name): label</extracomment>
        <translation>Conexões demais</translation>
    </message>
    <message>
        <source>Sending too fast</source>
        <extracomment>bounce reason speeding (Sisimai&apos;s name): label</extracomment>
        <translation>Envio rápido demais</translation>
    </message>
    <message>
        <source>STARTTLS failed</source>
        <extracomment>bounce reason failedstarttls (Sisimai&apos;s name): label</extracomment>
        <translation>Falha no STARTTLS</translation>
    </message>
    <message>
        <source>Security requirement failed</source>
        <extracomment>bounce reason securityerror (Sisimai&apos;s name): label</extracomment>
        <translation>Requisito de segurança não atendido</translation>
    </message>
    <message>
        <source>Invalid content</source>
        <extracomment>bounce reason contenterror (Sisimai&apos;s name): label</extracomment>
        <translation>Conteúdo inválido</translation>
    </message>
    <message>
        <source>SMTP syntax error</source>
        <extracomment>bounce reason syntaxerror (Sisimai&apos;s name): label</extracomment>
        <translation>Erro de sintaxe SMTP</translation>
    </message>
    <message>
        <source>Network error</source>
        <extracomment>bounce reason networkerror (Sisimai&apos;s name): label</extracomment>
        <translation>Erro de rede</translation>
    </message>
    <message>
        <source>Local delivery program failed</source>
        <extracomment>bounce reason mailererror (Sisimai&apos;s name): label</extracomment>
        <translation>Falha no programa de entrega local</translation>
    </message>
    <message>
        <source>Receiving system error</source>
        <extracomment>bounce reason systemerror (Sisimai&apos;s name): label</extracomment>
        <translation>Erro do sistema receptor</translation>
    </message>
    <message>
        <source>Undecided</source>
        <extracomment>bounce reason onhold (Sisimai&apos;s name): label</extracomment>
        <translation>Indeterminado</translation>
    </message>
    <message>
        <source>Feedback report (complaint)</source>
        <extracomment>bounce reason feedback (Sisimai&apos;s name): label</extracomment>
        <translation>Relatório de feedback (reclamação)</translation>
    </message>
    <message>
        <source>Auto-reply</source>
        <extracomment>bounce reason vacation (Sisimai&apos;s name): label</extracomment>
        <translation>Resposta automática</translation>
    </message>
    <message>
        <source>Delivered</source>
        <extracomment>bounce reason delivered (Sisimai&apos;s name): label</extracomment>
        <translation>Entregue</translation>
    </message>
    <message>
        <source>Unknown reason</source>
        <extracomment>bounce reason undefined (Sisimai&apos;s name): label</extracomment>
        <translation>Motivo desconhecido</translation>
    </message>
    <message>
        <source>Expired or delayed in the queue</source>
        <extracomment>bounce reason expired (Sisimai&apos;s name): label</extracomment>
        <translation>Expirou ou atrasou na fila</translation>
    </message>
</context>
<context>
    <name>rebound::data::postmaster</name>
    <message>
        <source>SPF authentication</source>
        <extracomment>Postmaster Tools compliance requirement SPF: name</extracomment>
        <translation>Autenticação SPF</translation>
    </message>
    <message>
        <source>DKIM authentication</source>
        <extracomment>Postmaster Tools compliance requirement DKIM: name</extracomment>
        <translation>Autenticação DKIM</translation>
    </message>
    <message>
        <source>SPF and DKIM authentication</source>
        <extracomment>Postmaster Tools compliance requirement SPF_AND_DKIM: name</extracomment>
        <translation>Autenticação SPF e DKIM</translation>
    </message>
    <message>
        <source>DMARC policy published</source>
        <extracomment>Postmaster Tools compliance requirement DMARC_POLICY: name</extracomment>
        <translation>Política DMARC publicada</translation>
    </message>
    <message>
        <source>DMARC alignment</source>
        <extracomment>Postmaster Tools compliance requirement DMARC_ALIGNMENT: name</extracomment>
        <translation>Alinhamento DMARC</translation>
    </message>
    <message>
        <source>Message formatting (RFC 5322)</source>
        <extracomment>Postmaster Tools compliance requirement MESSAGE_FORMATTING: name</extracomment>
        <translation>Formatação da mensagem (RFC 5322)</translation>
    </message>
    <message>
        <source>Forward and reverse DNS records</source>
        <extracomment>Postmaster Tools compliance requirement DNS_RECORDS: name</extracomment>
        <translation>Registros DNS direto e reverso</translation>
    </message>
    <message>
        <source>TLS encryption</source>
        <extracomment>Postmaster Tools compliance requirement ENCRYPTION: name</extracomment>
        <translation>Criptografia TLS</translation>
    </message>
    <message>
        <source>User-reported spam rate</source>
        <extracomment>Postmaster Tools compliance requirement USER_REPORTED_SPAM_RATE: name</extracomment>
        <translation>Taxa de spam denunciado pelos usuários</translation>
    </message>
    <message>
        <source>One-click unsubscribe</source>
        <extracomment>Postmaster Tools compliance requirement ONE_CLICK_UNSUBSCRIBE: name</extracomment>
        <translation>Descadastro com um clique</translation>
    </message>
    <message>
        <source>Honouring unsubscribe requests</source>
        <extracomment>Postmaster Tools compliance requirement HONOR_UNSUBSCRIBE: name</extracomment>
        <translation>Atendimento aos pedidos de descadastro</translation>
    </message>
    <message>
        <source>Gmail users reported {rate} of {domain}&apos;s mail as spam on {date}: at or over the 0.3 % limit</source>
        <extracomment>reports finding postmaster.spam_rate_error: title</extracomment>
        <translation>Usuários do Gmail denunciaram como spam {rate} dos e-mails de {domain} em {date}: no limite de 0,3% ou acima dele</translation>
    </message>
    <message>
        <source>Gmail&apos;s bulk-sender rules require a user-reported spam rate below 0.3 %; at or above it Gmail rejects or junks more of the domain&apos;s mail, and mitigation is not available until the rate has stayed below 0.3 % for seven days. Send only to people who asked for the mail, make unsubscribing one click, and stop mailing recipients who do not open.</source>
        <extracomment>reports finding postmaster.spam_rate_error: detail</extracomment>
        <translation>As regras de remetentes em massa do Gmail exigem uma taxa de spam denunciado pelos usuários abaixo de 0,3%; a partir desse valor, o Gmail recusa ou manda para o spam mais e-mails do domínio, e a mitigação só fica disponível depois que a taxa permanecer abaixo de 0,3% por sete dias. Envie só para quem pediu o e-mail, permita o descadastro com um clique e pare de enviar para destinatários que não abrem as mensagens.</translation>
    </message>
    <message>
        <source>Gmail users reported {rate} of {domain}&apos;s mail as spam on {date}: over the 0.1 % target</source>
        <extracomment>reports finding postmaster.spam_rate_warning: title</extracomment>
        <translation>Usuários do Gmail denunciaram como spam {rate} dos e-mails de {domain} em {date}: acima da meta de 0,1%</translation>
    </message>
    <message>
        <source>Gmail asks bulk senders to keep the user-reported spam rate below 0.1 % and never to reach 0.3 %. Find which mailings draw the complaints and remove recipients who did not ask for them.</source>
        <extracomment>reports finding postmaster.spam_rate_warning: detail</extracomment>
        <translation>O Gmail pede aos remetentes em massa que mantenham a taxa de spam denunciado pelos usuários abaixo de 0,1% e nunca cheguem a 0,3%. Descubra quais envios geram as reclamações e remova os destinatários que não os pediram.</translation>
    </message>
    <message>
        <source>Only {rate} of {domain}&apos;s mail to Gmail passed {mechanism} on {date}</source>
        <extracomment>reports finding postmaster.auth_rate: title</extracomment>
        <translation>Apenas {rate} dos e-mails de {domain} para o Gmail passaram no {mechanism} em {date}</translation>
    </message>
    <message>
        <source>Gmail requires all mail from bulk senders to pass SPF and DKIM and the From domain to pass DMARC. Some of the domain&apos;s mail is sent from a source that is not authorised or not signed: compare the DMARC aggregate reports&apos; sources with your own servers and services.</source>
        <extracomment>reports finding postmaster.auth_rate: detail</extracomment>
        <translation>O Gmail exige que todo e-mail de remetentes em massa passe no SPF e no DKIM e que o domínio From passe no DMARC. Parte dos e-mails do domínio é enviada de uma fonte não autorizada ou sem assinatura: compare as fontes dos relatórios agregados DMARC com os seus próprios servidores e serviços.</translation>
    </message>
    <message>
        <source>Only {rate} of {domain}&apos;s mail to Gmail was sent over TLS on {date}</source>
        <extracomment>reports finding postmaster.tls_rate: title</extracomment>
        <translation>Apenas {rate} dos e-mails de {domain} para o Gmail foram enviados por TLS em {date}</translation>
    </message>
    <message>
        <source>Gmail requires a TLS connection for mail from bulk senders. A server or service that sends for the domain does not use STARTTLS: turn it on in that server&apos;s outbound settings.</source>
        <extracomment>reports finding postmaster.tls_rate: detail</extracomment>
        <translation>O Gmail exige uma conexão TLS para e-mails de remetentes em massa. Um servidor ou serviço que envia pelo domínio não usa STARTTLS: ative-o nas configurações de saída desse servidor.</translation>
    </message>
    <message>
        <source>Gmail rejected or deferred {rate} of {domain}&apos;s mail on {date}</source>
        <extracomment>reports finding postmaster.delivery_errors: title</extracomment>
        <translation>O Gmail recusou ou adiou {rate} dos e-mails de {domain} em {date}</translation>
    </message>
    <message>
        <source>The delivery error rate counts Gmail&apos;s temporary and permanent refusals. The bounces themselves say why: open one in Rebound.</source>
        <extracomment>reports finding postmaster.delivery_errors: detail</extracomment>
        <translation>A taxa de erros de entrega conta as recusas temporárias e permanentes do Gmail. Os próprios bounces dizem o motivo: abra um deles no Rebound.</translation>
    </message>
    <message>
        <source>Gmail&apos;s sender compliance for {domain}: &apos;{requirement}&apos; needs work</source>
        <extracomment>reports finding postmaster.compliance_needs_work: title</extracomment>
        <translation>Conformidade de remetente do Gmail para {domain}: &quot;{requirement}&quot; precisa de ajustes</translation>
    </message>
    <message>
        <source>Postmaster Tools checks the domain against Gmail&apos;s sender requirements. A requirement that needs work can lead Gmail to reject or junk the domain&apos;s mail; fix it and the status changes within a few days.</source>
        <extracomment>reports finding postmaster.compliance_needs_work: detail</extracomment>
        <translation>O Postmaster Tools verifica o domínio em relação aos requisitos do Gmail para remetentes. Um requisito que precisa de ajustes pode levar o Gmail a recusar os e-mails do domínio ou mandá-los para o spam; corrija-o e o status muda em poucos dias.</translation>
    </message>
    <message>
        <source>Gmail&apos;s sender compliance for {domain}: every requirement Google checks is met</source>
        <extracomment>reports finding postmaster.compliant: title</extracomment>
        <translation>Conformidade de remetente do Gmail para {domain}: todos os requisitos verificados pelo Google são atendidos</translation>
    </message>
    <message>
        <source>Postmaster Tools shows each of Gmail&apos;s sender requirements as compliant for the domain.</source>
        <extracomment>reports finding postmaster.compliant: detail</extracomment>
        <translation>O Postmaster Tools mostra o domínio em conformidade com cada um dos requisitos do Gmail para remetentes.</translation>
    </message>
</context>
<context>
    <name>rebound::data::reports</name>
    <message>
        <source>{messages} messages from {sources} unauthorised sources failed DMARC for {domain}</source>
        <extracomment>reports finding reports.unauthorised_sender: title</extracomment>
        <translation>{messages} mensagens de {sources} fontes não autorizadas falharam no DMARC para {domain}</translation>
    </message>
    <message>
        <source>These sources are neither among the domain&apos;s SPF-authorised senders nor a known sending service, and have no aligned DKIM signature. If you do not recognise them, they are spoofing your domain: move the DMARC policy towards p=quarantine or p=reject. If one of them is yours (a server, an application, a new provider), add it to the SPF record and sign its mail with DKIM for {domain}.</source>
        <extracomment>reports finding reports.unauthorised_sender: detail</extracomment>
        <translation>Essas fontes não estão entre os remetentes autorizados pelo SPF do domínio nem são um serviço de envio conhecido, e não têm assinatura DKIM alinhada. Se você não as reconhece, elas estão falsificando o seu domínio: leve a política DMARC para p=quarantine ou p=reject. Se uma delas for sua (um servidor, um aplicativo, um novo provedor), adicione-a ao registro SPF e assine o e-mail dela com DKIM para {domain}.</translation>
    </message>
    <message>
        <source>{messages} messages from your sending services failed DMARC for {domain}: align DKIM</source>
        <extracomment>reports finding reports.esp_unaligned: title</extracomment>
        <translation>{messages} mensagens dos seus serviços de envio falharam no DMARC para {domain}: alinhe o DKIM</translation>
    </message>
    <message>
        <source>These sources ({names}) send for you, but sign with their own domain and use their own envelope (bounce) domain, so neither DKIM nor SPF aligns with {domain}. Set up DKIM for {domain} (a custom signing domain) in each service, and if possible a custom return-path under {domain}.</source>
        <extracomment>reports finding reports.esp_unaligned: detail</extracomment>
        <translation>Essas fontes ({names}) enviam por você, mas assinam com o próprio domínio e usam o próprio domínio de envelope (bounce), então nem o DKIM nem o SPF ficam alinhados com {domain}. Configure em cada serviço o DKIM para {domain} (um domínio de assinatura personalizado) e, se possível, um return-path personalizado sob {domain}.</translation>
    </message>
    <message>
        <source>{messages} forwarded messages failed DMARC for {domain}</source>
        <extracomment>reports finding reports.forwarding: title</extracomment>
        <translation>{messages} mensagens encaminhadas falharam no DMARC para {domain}</translation>
    </message>
    <message>
        <source>These sources ({names}) look like forwarders or mailing lists: they relay mail that was sent as {domain} from their own servers, which breaks SPF, and a list that changes the message breaks DKIM as well. This is expected; an aligned DKIM signature survives plain forwarding, so make sure all of your mail is DKIM-signed for {domain}.</source>
        <extracomment>reports finding reports.forwarding: detail</extracomment>
        <translation>Essas fontes ({names}) parecem encaminhadores ou listas de discussão: elas retransmitem a partir dos próprios servidores e-mails enviados como {domain}, o que quebra o SPF, e uma lista que altera a mensagem também quebra o DKIM. Isso é esperado; uma assinatura DKIM alinhada sobrevive ao encaminhamento simples, então garanta que todo o seu e-mail seja assinado com DKIM para {domain}.</translation>
    </message>
    <message>
        <source>{messages} TLS sessions to {domain} failed</source>
        <extracomment>reports finding reports.tls_failures: title</extracomment>
        <translation>{messages} sessões TLS para {domain} falharam</translation>
    </message>
    <message>
        <source>Sending servers could not set up a secure connection to the mail servers of {domain} as its policy ({names}) requires. See the result types for what failed and how to fix it.</source>
        <extracomment>reports finding reports.tls_failures: detail</extracomment>
        <translation>Os servidores de envio não conseguiram estabelecer uma conexão segura com os servidores de e-mail de {domain}, como exige a política do domínio ({names}). Veja os tipos de resultado para saber o que falhou e como corrigir.</translation>
    </message>
    <message>
        <source>The receiving mail server did not offer STARTTLS: mail to it went unencrypted or, under a policy, was not delivered.</source>
        <extracomment>TLS-RPT result type starttls-not-supported: meaning</extracomment>
        <translation>O servidor de e-mail receptor não ofereceu STARTTLS: o e-mail para ele trafegou sem criptografia ou, sob uma política, não foi entregue.</translation>
    </message>
    <message>
        <source>The certificate of the receiving mail server does not name the MX host the sender connected to.</source>
        <extracomment>TLS-RPT result type certificate-host-mismatch: meaning</extracomment>
        <translation>O certificado do servidor de e-mail receptor não cita o host MX ao qual o remetente se conectou.</translation>
    </message>
    <message>
        <source>The certificate of the receiving mail server has expired: renew it.</source>
        <extracomment>TLS-RPT result type certificate-expired: meaning</extracomment>
        <translation>O certificado do servidor de e-mail receptor expirou: renove-o.</translation>
    </message>
    <message>
        <source>The certificate of the receiving mail server is not signed by a trusted authority (self-signed, or an intermediate certificate is missing from the chain).</source>
        <extracomment>TLS-RPT result type certificate-not-trusted: meaning</extracomment>
        <translation>O certificado do servidor de e-mail receptor não é assinado por uma autoridade confiável (é autoassinado, ou falta um certificado intermediário na cadeia).</translation>
    </message>
    <message>
        <source>The certificate chain or the policy could not be validated for another reason (see the failure reason code).</source>
        <extracomment>TLS-RPT result type validation-failure: meaning</extracomment>
        <translation>Não foi possível validar a cadeia de certificados ou a política por outro motivo (veja o código do motivo da falha).</translation>
    </message>
    <message>
        <source>The DANE TLSA records of the MX host are broken or do not match its certificate.</source>
        <extracomment>TLS-RPT result type tlsa-invalid: meaning</extracomment>
        <translation>Os registros DANE TLSA do host MX estão quebrados ou não correspondem ao certificado dele.</translation>
    </message>
    <message>
        <source>The DNSSEC signatures needed for DANE did not validate.</source>
        <extracomment>TLS-RPT result type dnssec-invalid: meaning</extracomment>
        <translation>As assinaturas DNSSEC necessárias para o DANE não foram validadas.</translation>
    </message>
    <message>
        <source>The sender requires DANE for this host but found no usable TLSA records.</source>
        <extracomment>TLS-RPT result type dane-required: meaning</extracomment>
        <translation>O remetente exige DANE para este host, mas não encontrou registros TLSA utilizáveis.</translation>
    </message>
    <message>
        <source>The MTA-STS policy could not be fetched from https://mta-sts.&lt;domain&gt;/.well-known/mta-sts.txt (no such host, HTTP error or a bad certificate).</source>
        <extracomment>TLS-RPT result type sts-policy-fetch-error: meaning</extracomment>
        <translation>Não foi possível obter a política MTA-STS em https://mta-sts.&lt;domain&gt;/.well-known/mta-sts.txt (host inexistente, erro HTTP ou certificado inválido).</translation>
    </message>
    <message>
        <source>The MTA-STS policy file was fetched but is not valid (syntax, or the _mta-sts TXT record does not match it).</source>
        <extracomment>TLS-RPT result type sts-policy-invalid: meaning</extracomment>
        <translation>O arquivo de política MTA-STS foi obtido, mas não é válido (sintaxe, ou o registro TXT _mta-sts não corresponde a ele).</translation>
    </message>
    <message>
        <source>The certificate of the MTA-STS policy host (mta-sts.&lt;domain&gt;) did not validate.</source>
        <extracomment>TLS-RPT result type sts-webpki-invalid: meaning</extracomment>
        <translation>O certificado do host da política MTA-STS (mta-sts.&lt;domain&gt;) não foi validado.</translation>
    </message>
    <message>
        <source>A result type this version of Rebound does not know.</source>
        <extracomment>TLS-RPT result type unknown: meaning</extracomment>
        <translation>Um tipo de resultado que esta versão do Rebound não conhece.</translation>
    </message>
</context>
<context>
    <name>rebound::data::rules</name>
    <message>
        <source>{ip} is on the Spamhaus XBL: a host behind it is infected or an open proxy</source>
        <extracomment>rule blocklist.spamhaus.xbl: title</extracomment>
        <translation>{ip} está na Spamhaus XBL: um host por trás dele está infectado ou é um proxy aberto</translation>
    </message>
    <message>
        <source>Spamhaus lists {ip} as an exploited host (XBL, CBL data). Usually a machine behind that address, often behind a NAT gateway shared by a whole office, runs malware, a spam bot or an open proxy. Receivers that use Spamhaus ZEN reject all mail from the address until it is cleaned and removed.</source>
        <extracomment>rule blocklist.spamhaus.xbl: summary</extracomment>
        <translation>A Spamhaus lista {ip} como host comprometido (XBL, dados CBL). Normalmente uma máquina por trás desse endereço, muitas vezes atrás de um gateway NAT compartilhado por um escritório inteiro, executa malware, um bot de spam ou um proxy aberto. Receptores que usam a Spamhaus ZEN recusam todo e-mail do endereço até que ele seja limpo e removido.</translation>
    </message>
    <message>
        <source>Removal is usually effective within an hour of the request once the host is clean; receivers&apos; caches may take a little longer.</source>
        <extracomment>rule blocklist.spamhaus.xbl: recovery</extracomment>
        <translation>A remoção geralmente vale em até uma hora após o pedido, uma vez que o host esteja limpo; os caches dos receptores podem levar um pouco mais.</translation>
    </message>
    <message>
        <source>Find the infected or misconfigured machine behind {ip}: check the firewall or NAT logs for outbound connections to port 25 from hosts that are not your mail server, and scan every machine that shares the address.</source>
        <extracomment>rule blocklist.spamhaus.xbl: step (you)</extracomment>
        <translation>Encontre a máquina infectada ou mal configurada por trás de {ip}: verifique nos logs do firewall ou do NAT conexões de saída para a porta 25 vindas de hosts que não são seu servidor de e-mail, e faça varredura em todas as máquinas que compartilham o endereço.</translation>
    </message>
    <message>
        <source>Block outbound port 25 at the firewall for everything except your real mail server(s), so that a future infection cannot send directly.</source>
        <extracomment>rule blocklist.spamhaus.xbl: step (you)</extracomment>
        <translation>Bloqueie a porta 25 de saída no firewall para tudo, exceto seu(s) servidor(es) de e-mail de verdade, para que uma infecção futura não consiga enviar diretamente.</translation>
    </message>
    <message>
        <source>Once the cause is fixed, request removal on the Spamhaus lookup page for {ip}.</source>
        <extracomment>rule blocklist.spamhaus.xbl: step (you)</extracomment>
        <translation>Depois de corrigir a causa, solicite a remoção na página de consulta da Spamhaus para {ip}.</translation>
    </message>
    <message>
        <source>Spamhaus lookup and removal for {ip}</source>
        <extracomment>rule blocklist.spamhaus.xbl: link title</extracomment>
        <translation>Consulta e remoção na Spamhaus para {ip}</translation>
    </message>
    <message>
        <source>Asking for delisting before the cause is fixed gets the IP listed again, often for longer.</source>
        <extracomment>rule blocklist.spamhaus.xbl: what not to do</extracomment>
        <translation>Pedir a remoção antes de corrigir a causa faz o IP ser listado de novo, muitas vezes por mais tempo.</translation>
    </message>
    <message>
        <source>Do not just change the sending IP: the infected host follows you to the new address.</source>
        <extracomment>rule blocklist.spamhaus.xbl: what not to do</extracomment>
        <translation>Não troque simplesmente o IP de envio: o host infectado segue você para o novo endereço.</translation>
    </message>
    <message>
        <source>Cisco Talos reputation for {ip}</source>
        <extracomment>rule blocklist.spamhaus.xbl: link title</extracomment>
        <translation>Reputação no Cisco Talos para {ip}</translation>
    </message>
    <message>
        <source>{ip} is in the Spamhaus PBL: an end-user range that should not send mail directly</source>
        <extracomment>rule blocklist.spamhaus.pbl: title</extracomment>
        <translation>{ip} está na Spamhaus PBL: uma faixa de usuário final que não deve enviar e-mail diretamente</translation>
    </message>
    <message>
        <source>The Policy Block List is not a punishment: it marks address ranges (home, mobile, dynamic) whose owner says they should not deliver mail straight to the Internet. Mail from {ip} must go through your provider&apos;s or ESP&apos;s authenticated smarthost.</source>
        <extracomment>rule blocklist.spamhaus.pbl: summary</extracomment>
        <translation>A Policy Block List não é uma punição: ela marca faixas de endereços (residenciais, móveis, dinâmicos) cujo dono diz que não devem entregar e-mail direto na Internet. O e-mail de {ip} precisa passar pelo smarthost autenticado do seu provedor ou ESP.</translation>
    </message>
    <message>
        <source>Immediate once mail goes through a smarthost; an ISP change of a PBL entry takes days.</source>
        <extracomment>rule blocklist.spamhaus.pbl: recovery</extracomment>
        <translation>Imediato assim que o e-mail passa por um smarthost; uma mudança de entrada PBL pelo provedor leva dias.</translation>
    </message>
    <message>
        <source>Send through a smarthost (your ISP&apos;s or ESP&apos;s submission server, port 587 with SMTP AUTH) instead of delivering directly from {ip}.</source>
        <extracomment>rule blocklist.spamhaus.pbl: step (you)</extracomment>
        <translation>Envie por um smarthost (o servidor de submissão do seu provedor ou ESP, porta 587 com SMTP AUTH) em vez de entregar diretamente a partir de {ip}.</translation>
    </message>
    <message>
        <source>If {ip} really is a static server address that should send mail, ask the ISP that owns it to change its PBL entry (code 127.0.0.10 is maintained by the ISP); for code 127.0.0.11 (maintained by Spamhaus) use the removal option on the lookup page.</source>
        <extracomment>rule blocklist.spamhaus.pbl: step (provider)</extracomment>
        <translation>Se {ip} for de fato um endereço de servidor estático que deve enviar e-mail, peça ao provedor dono dele que altere a entrada PBL (o código 127.0.0.10 é mantido pelo provedor); para o código 127.0.0.11 (mantido pela Spamhaus), use a opção de remoção na página de consulta.</translation>
    </message>
    <message>
        <source>Do not remove a PBL entry for a dynamic or home address: mail from it will still be refused by many receivers for other reasons.</source>
        <extracomment>rule blocklist.spamhaus.pbl: what not to do</extracomment>
        <translation>Não remova uma entrada PBL de um endereço dinâmico ou residencial: o e-mail vindo dele continuará sendo recusado por muitos receptores por outros motivos.</translation>
    </message>
    <message>
        <source>{ip} is on the Spamhaus SBL: a verified spam source or spam operation</source>
        <extracomment>rule blocklist.spamhaus.sbl: title</extracomment>
        <translation>{ip} está na Spamhaus SBL: uma fonte ou operação de spam verificada</translation>
    </message>
    <message>
        <source>The Spamhaus Block List names addresses that Spamhaus staff verified as sending spam or hosting spam operations (code 127.0.0.9 adds DROP: the whole network is hijacked or criminal). This is the most serious listing and is reviewed by people.</source>
        <extracomment>rule blocklist.spamhaus.sbl: summary</extracomment>
        <translation>A Spamhaus Block List nomeia endereços que a equipe da Spamhaus verificou que enviam spam ou hospedam operações de spam (o código 127.0.0.9 acrescenta DROP: a rede inteira está sequestrada ou é criminosa). É a listagem mais grave e é revisada por pessoas.</translation>
    </message>
    <message>
        <source>Days, after the network owner shows the problem is resolved.</source>
        <extracomment>rule blocklist.spamhaus.sbl: recovery</extracomment>
        <translation>Dias, depois que o dono da rede mostra que o problema foi resolvido.</translation>
    </message>
    <message>
        <source>Read the SBL record linked from the lookup page: it says what was seen and who must act.</source>
        <extracomment>rule blocklist.spamhaus.sbl: step (you)</extracomment>
        <translation>Leia o registro SBL com link na página de consulta: ele diz o que foi visto e quem precisa agir.</translation>
    </message>
    <message>
        <source>SBL listings are usually addressed to the network owner (your hosting provider or ESP). Stop the traffic described in the record, then the owner asks Spamhaus for removal.</source>
        <extracomment>rule blocklist.spamhaus.sbl: step (provider)</extracomment>
        <translation>Listagens SBL normalmente são dirigidas ao dono da rede (seu provedor de hospedagem ou ESP). Interrompa o tráfego descrito no registro; depois o dono pede a remoção à Spamhaus.</translation>
    </message>
    <message>
        <source>Do not send more mail from the address while listed: it prolongs the listing.</source>
        <extracomment>rule blocklist.spamhaus.sbl: what not to do</extracomment>
        <translation>Não envie mais e-mails do endereço enquanto estiver listado: isso prolonga a listagem.</translation>
    </message>
    <message>
        <source>{ip} is on the Spamhaus CSS: automated detection of low-reputation or snowshoe mail</source>
        <extracomment>rule blocklist.spamhaus.css: title</extracomment>
        <translation>{ip} está na Spamhaus CSS: detecção automática de e-mail de baixa reputação ou &quot;snowshoe&quot;</translation>
    </message>
    <message>
        <source>The CSS part of the SBL lists addresses that Spamhaus&apos;s automation saw sending low-reputation mail, typically bulk mail to unconfirmed lists or mail from badly configured servers (no or generic reverse DNS, HELO names that do not resolve).</source>
        <extracomment>rule blocklist.spamhaus.css: summary</extracomment>
        <translation>A parte CSS da SBL lista endereços que a automação da Spamhaus viu enviando e-mail de baixa reputação, tipicamente envios em massa para listas não confirmadas ou e-mail de servidores mal configurados (DNS reverso ausente ou genérico, nomes HELO que não resolvem).</translation>
    </message>
    <message>
        <source>Automatic or on request, usually within days once the traffic stops.</source>
        <extracomment>rule blocklist.spamhaus.css: recovery</extracomment>
        <translation>Automática ou mediante pedido, geralmente em poucos dias depois que o tráfego para.</translation>
    </message>
    <message>
        <source>Check the sending server&apos;s reverse DNS, HELO name and list practices (confirmed opt-in, bounces removed).</source>
        <extracomment>rule blocklist.spamhaus.css: step (you)</extracomment>
        <translation>Verifique o DNS reverso do servidor de envio, o nome HELO e as práticas de lista (opt-in confirmado, bounces removidos).</translation>
    </message>
    <message>
        <source>After fixing the cause, request removal on the Spamhaus lookup page.</source>
        <extracomment>rule blocklist.spamhaus.css: step (you)</extracomment>
        <translation>Depois de corrigir a causa, solicite a remoção na página de consulta da Spamhaus.</translation>
    </message>
    <message>
        <source>The domain is on the Spamhaus DBL</source>
        <extracomment>rule blocklist.spamhaus.dbl: title</extracomment>
        <translation>O domínio está na Spamhaus DBL</translation>
    </message>
    <message>
        <source>The Domain Block List names domains seen in spam, phishing or malware. Receivers reject or junk mail that mentions or comes from a listed domain, whatever the sending IP.</source>
        <extracomment>rule blocklist.spamhaus.dbl: summary</extracomment>
        <translation>A Domain Block List nomeia domínios vistos em spam, phishing ou malware. Os receptores recusam ou mandam para lixo eletrônico e-mails que mencionam ou vêm de um domínio listado, qualquer que seja o IP de envio.</translation>
    </message>
    <message>
        <source>Hours to days after the request.</source>
        <extracomment>rule blocklist.spamhaus.dbl: recovery</extracomment>
        <translation>De horas a dias após o pedido.</translation>
    </message>
    <message>
        <source>Find out why the domain was listed (compromised website, redirector abuse, lookalike phishing) and fix it.</source>
        <extracomment>rule blocklist.spamhaus.dbl: step (you)</extracomment>
        <translation>Descubra por que o domínio foi listado (site comprometido, abuso de redirecionador, phishing com domínio parecido) e corrija.</translation>
    </message>
    <message>
        <source>Request removal through the Spamhaus lookup page for the domain.</source>
        <extracomment>rule blocklist.spamhaus.dbl: step (you)</extracomment>
        <translation>Solicite a remoção pela página de consulta da Spamhaus para o domínio.</translation>
    </message>
    <message>
        <source>Spamhaus lookup for {domain}</source>
        <extracomment>rule blocklist.spamhaus.dbl: link title</extracomment>
        <translation>Consulta na Spamhaus para {domain}</translation>
    </message>
    <message>
        <source>The receiver says {ip} is on a Spamhaus list</source>
        <extracomment>rule blocklist.spamhaus.named: title</extracomment>
        <translation>O receptor diz que {ip} está em uma lista da Spamhaus</translation>
    </message>
    <message>
        <source>The bounce names Spamhaus. The live check could not confirm which Spamhaus list it is (or has not run), so the remedy depends on the listing: look it up on the Spamhaus page.</source>
        <extracomment>rule blocklist.spamhaus.named: summary</extracomment>
        <translation>O bounce cita a Spamhaus. A verificação ao vivo não conseguiu confirmar qual lista da Spamhaus é (ou não foi executada), então a solução depende da listagem: consulte-a na página da Spamhaus.</translation>
    </message>
    <message>
        <source>Depends on the list: XBL and CSS often within a day of removal, SBL days.</source>
        <extracomment>rule blocklist.spamhaus.named: recovery</extracomment>
        <translation>Depende da lista: XBL e CSS muitas vezes em um dia após a remoção, SBL em dias.</translation>
    </message>
    <message>
        <source>Look up {ip} on the Spamhaus page to see which list (SBL, CSS, XBL or PBL) and why.</source>
        <extracomment>rule blocklist.spamhaus.named: step (you)</extracomment>
        <translation>Consulte {ip} na página da Spamhaus para ver qual lista (SBL, CSS, XBL ou PBL) e por quê.</translation>
    </message>
    <message>
        <source>Fix the cause the listing describes before asking for removal.</source>
        <extracomment>rule blocklist.spamhaus.named: step (you)</extracomment>
        <translation>Corrija a causa descrita na listagem antes de pedir a remoção.</translation>
    </message>
    <message>
        <source>Rebound could not check {list_name} for {ip} ({list_status}): this rests on the bounce text alone, not on a live answer.</source>
        <extracomment>rule blocklist.spamhaus.named: note</extracomment>
        <translation>O Rebound não conseguiu verificar {list_name} para {ip} ({list_status}): isto se baseia apenas no texto do bounce, não em uma resposta ao vivo.</translation>
    </message>
    <message>
        <source>Some blocklists refused to answer through your resolver: not a listing</source>
        <extracomment>rule blocklist.query_refused: title</extracomment>
        <translation>Algumas listas de bloqueio se recusaram a responder pelo seu resolvedor: não é uma listagem</translation>
    </message>
    <message>
        <source>Lists such as Spamhaus refuse queries that arrive through public or shared resolvers (Google, Cloudflare, many ISPs) or over their free limit, and answer with a special code instead (Spamhaus 127.255.255.254 or .255). That is not a listing, but it means Rebound could not check those lists.</source>
        <extracomment>rule blocklist.query_refused: summary</extracomment>
        <translation>Listas como a Spamhaus recusam consultas que chegam por resolvedores públicos ou compartilhados (Google, Cloudflare, muitos provedores) ou acima do limite gratuito, e respondem com um código especial (Spamhaus 127.255.255.254 ou .255). Isso não é uma listagem, mas significa que o Rebound não conseguiu verificar essas listas.</translation>
    </message>
    <message>
        <source>Immediate after changing the resolver.</source>
        <extracomment>rule blocklist.query_refused: recovery</extracomment>
        <translation>Imediato após trocar o resolvedor.</translation>
    </message>
    <message>
        <source>Spamhaus: using a public DNS resolver</source>
        <extracomment>rule blocklist.query_refused: link title</extracomment>
        <translation>Spamhaus: uso de um resolvedor DNS público</translation>
    </message>
    <message>
        <source>Spamhaus Data Query Service (free key)</source>
        <extracomment>rule blocklist.query_refused: link title</extracomment>
        <translation>Spamhaus Data Query Service (chave gratuita)</translation>
    </message>
    <message>
        <source>Do not read a refused list as clean, and do not ask for delisting because of a refusal code.</source>
        <extracomment>rule blocklist.query_refused: what not to do</extracomment>
        <translation>Não interprete uma lista que recusou como limpa, e não peça remoção por causa de um código de recusa.</translation>
    </message>
    <message>
        <source>{ip} is on the Barracuda Reputation Block List</source>
        <extracomment>rule blocklist.barracuda: title</extracomment>
        <translation>{ip} está na Barracuda Reputation Block List</translation>
    </message>
    <message>
        <source>Barracuda lists addresses that sent mail its customers&apos; appliances considered spam. Many companies behind Barracuda gateways reject mail from listed IPs.</source>
        <extracomment>rule blocklist.barracuda: summary</extracomment>
        <translation>A Barracuda lista endereços que enviaram e-mails que os appliances de seus clientes consideraram spam. Muitas empresas atrás de gateways Barracuda recusam e-mail de IPs listados.</translation>
    </message>
    <message>
        <source>About 12-48 hours after a request.</source>
        <extracomment>rule blocklist.barracuda: recovery</extracomment>
        <translation>Cerca de 12 a 48 horas após um pedido.</translation>
    </message>
    <message>
        <source>Fix the cause (compromised account, bad list, missing reverse DNS), then submit the removal request; Barracuda reviews it within about a day.</source>
        <extracomment>rule blocklist.barracuda: step (you)</extracomment>
        <translation>Corrija a causa (conta comprometida, lista ruim, DNS reverso ausente) e envie o pedido de remoção; a Barracuda o analisa em cerca de um dia.</translation>
    </message>
    <message>
        <source>Barracuda removal request</source>
        <extracomment>rule blocklist.barracuda: link title</extracomment>
        <translation>Pedido de remoção na Barracuda</translation>
    </message>
    <message>
        <source>Barracuda reputation lookup</source>
        <extracomment>rule blocklist.barracuda: link title</extracomment>
        <translation>Consulta de reputação na Barracuda</translation>
    </message>
    <message>
        <source>{ip} is on the SpamCop blocklist</source>
        <extracomment>rule blocklist.spamcop: title</extracomment>
        <translation>{ip} está na lista de bloqueio do SpamCop</translation>
    </message>
    <message>
        <source>SpamCop lists addresses that its users reported as spam sources in the last day or so. The listing expires on its own once reports stop.</source>
        <extracomment>rule blocklist.spamcop: summary</extracomment>
        <translation>O SpamCop lista endereços que seus usuários denunciaram como fontes de spam mais ou menos no último dia. A listagem expira sozinha quando as denúncias param.</translation>
    </message>
    <message>
        <source>About 24 hours after reports stop.</source>
        <extracomment>rule blocklist.spamcop: recovery</extracomment>
        <translation>Cerca de 24 horas depois que as denúncias param.</translation>
    </message>
    <message>
        <source>Find what generated the reports (a compromised account, a form that sends mail, unconfirmed lists) and stop it.</source>
        <extracomment>rule blocklist.spamcop: step (you)</extracomment>
        <translation>Descubra o que gerou as denúncias (uma conta comprometida, um formulário que envia e-mail, listas não confirmadas) e interrompa.</translation>
    </message>
    <message>
        <source>Wait: SpamCop listings expire automatically about 24 hours after the last report.</source>
        <extracomment>rule blocklist.spamcop: step (you)</extracomment>
        <translation>Aguarde: as listagens do SpamCop expiram automaticamente cerca de 24 horas após a última denúncia.</translation>
    </message>
    <message>
        <source>SpamCop lookup</source>
        <extracomment>rule blocklist.spamcop: link title</extracomment>
        <translation>Consulta no SpamCop</translation>
    </message>
    <message>
        <source>There is no delisting form; repeated listings last longer.</source>
        <extracomment>rule blocklist.spamcop: what not to do</extracomment>
        <translation>Não há formulário de remoção; listagens repetidas duram mais.</translation>
    </message>
    <message>
        <source>{ip} is on UCEPROTECT level 1</source>
        <extracomment>rule blocklist.uceprotect.l1: title</extracomment>
        <translation>{ip} está na UCEPROTECT nível 1</translation>
    </message>
    <message>
        <source>UCEPROTECT lists single addresses that hit its spam traps. Few large receivers use it, so its impact is usually small.</source>
        <extracomment>rule blocklist.uceprotect.l1: summary</extracomment>
        <translation>A UCEPROTECT lista endereços individuais que atingiram suas armadilhas de spam. Poucos grandes receptores a usam, então o impacto costuma ser pequeno.</translation>
    </message>
    <message>
        <source>About 7 days without new hits.</source>
        <extracomment>rule blocklist.uceprotect.l1: recovery</extracomment>
        <translation>Cerca de 7 dias sem novos acertos.</translation>
    </message>
    <message>
        <source>Stop the traffic that hit the traps; level 1 expires automatically about 7 days after the last hit.</source>
        <extracomment>rule blocklist.uceprotect.l1: step (you)</extracomment>
        <translation>Interrompa o tráfego que atingiu as armadilhas; o nível 1 expira automaticamente cerca de 7 dias após o último acerto.</translation>
    </message>
    <message>
        <source>UCEPROTECT lookup</source>
        <extracomment>rule blocklist.uceprotect.l1: link title</extracomment>
        <translation>Consulta na UCEPROTECT</translation>
    </message>
    <message>
        <source>Paying for express delisting is not needed; the listing expires on its own.</source>
        <extracomment>rule blocklist.uceprotect.l1: what not to do</extracomment>
        <translation>Pagar pela remoção expressa não é necessário; a listagem expira sozinha.</translation>
    </message>
    <message>
        <source>{ip} is caught in a UCEPROTECT level 2 or 3 range listing</source>
        <extracomment>rule blocklist.uceprotect.collateral: title</extracomment>
        <translation>{ip} foi pego em uma listagem de faixa da UCEPROTECT de nível 2 ou 3</translation>
    </message>
    <message>
        <source>Levels 2 and 3 list whole allocations or whole networks (ASNs) because of other customers&apos; traffic. It is collateral damage, not about your own mail, and few receivers use these lists.</source>
        <extracomment>rule blocklist.uceprotect.collateral: summary</extracomment>
        <translation>Os níveis 2 e 3 listam alocações inteiras ou redes inteiras (ASNs) por causa do tráfego de outros clientes. É um dano colateral, não tem a ver com seu próprio e-mail, e poucos receptores usam essas listas.</translation>
    </message>
    <message>
        <source>Automatic when the network&apos;s other sources stop.</source>
        <extracomment>rule blocklist.uceprotect.collateral: recovery</extracomment>
        <translation>Automático quando as outras fontes da rede param.</translation>
    </message>
    <message>
        <source>Only your hosting provider can change this, by dealing with the other sources in its network. Tell the receiver that the listing is a network-wide one if a bounce names it.</source>
        <extracomment>rule blocklist.uceprotect.collateral: step (provider)</extracomment>
        <translation>Só seu provedor de hospedagem pode mudar isso, tratando as outras fontes da rede dele. Se um bounce citar a listagem, diga ao receptor que ela abrange a rede inteira.</translation>
    </message>
    <message>
        <source>Do not pay for a whitelisting service to get around a range listing.</source>
        <extracomment>rule blocklist.uceprotect.collateral: what not to do</extracomment>
        <translation>Não pague um serviço de whitelisting para contornar uma listagem de faixa.</translation>
    </message>
    <message>
        <source>Some of the checked addresses are on blocklists</source>
        <extracomment>rule blocklist.range_listed: title</extracomment>
        <translation>Alguns dos endereços verificados estão em listas de bloqueio</translation>
    </message>
    <message>
        <source>Among the addresses checked, the ones named in the evidence are listed. Each list has its own meaning and removal process: the Blocklists table shows them per address, with lookup and removal pages.</source>
        <extracomment>rule blocklist.range_listed: summary</extracomment>
        <translation>Entre os endereços verificados, os citados nas evidências estão listados. Cada lista tem seu próprio significado e processo de remoção: a tabela de listas de bloqueio os mostra por endereço, com páginas de consulta e de remoção.</translation>
    </message>
    <message>
        <source>Depends on the list: from an hour (Spamhaus, after removal) to automatic expiry within days (SpamCop, Barracuda, UCEPROTECT).</source>
        <extracomment>rule blocklist.range_listed: recovery</extracomment>
        <translation>Depende da lista: de uma hora (Spamhaus, após a remoção) até a expiração automática em dias (SpamCop, Barracuda, UCEPROTECT).</translation>
    </message>
    <message>
        <source>Open the Blocklists table, show only problems, and work through the listed addresses: the most severe lists (Spamhaus, Barracuda, SpamCop) first.</source>
        <extracomment>rule blocklist.range_listed: step (you)</extracomment>
        <translation>Abra a tabela de listas de bloqueio, mostre só os problemas e trate os endereços listados: as listas mais graves (Spamhaus, Barracuda, SpamCop) primeiro.</translation>
    </message>
    <message>
        <source>For each listed address, find why it was listed (the list&apos;s meaning and TXT reason): an infected host, an end-user range, spam sent from it, or a neighbour&apos;s behaviour.</source>
        <extracomment>rule blocklist.range_listed: step (you)</extracomment>
        <translation>Para cada endereço listado, descubra por que foi listado (o significado da lista e o motivo no TXT): um host infectado, uma faixa de usuário final, spam enviado a partir dele ou o comportamento de um vizinho.</translation>
    </message>
    <message>
        <source>If the range belongs to your hosting provider or ESP, send them the report: they own the delisting for shared and end-user ranges.</source>
        <extracomment>rule blocklist.range_listed: step (provider)</extracomment>
        <translation>Se a faixa pertence ao seu provedor de hospedagem ou ESP, envie o relatório a eles: a remoção de faixas compartilhadas e de usuário final é com eles.</translation>
    </message>
    <message>
        <source>Request removal on each list&apos;s page only after the cause is fixed.</source>
        <extracomment>rule blocklist.range_listed: step (you)</extracomment>
        <translation>Solicite a remoção na página de cada lista só depois de corrigir a causa.</translation>
    </message>
    <message>
        <source>Asking for delisting before the cause is fixed gets the address listed again, often for longer.</source>
        <extracomment>rule blocklist.range_listed: what not to do</extracomment>
        <translation>Pedir a remoção antes de corrigir a causa faz o endereço ser listado de novo, muitas vezes por mais tempo.</translation>
    </message>
    <message>
        <source>Do not rotate mail to other addresses of the same range to escape a listing: lists notice and escalate to the whole range.</source>
        <extracomment>rule blocklist.range_listed: what not to do</extracomment>
        <translation>Não reveze o envio entre outros endereços da mesma faixa para escapar de uma listagem: as listas percebem e estendem a listagem à faixa inteira.</translation>
    </message>
    <message>
        <source>{ip} is listed on {list_name}</source>
        <extracomment>rule blocklist.listed.other: title</extracomment>
        <translation>{ip} está listado em {list_name}</translation>
    </message>
    <message>
        <source>A blocklist lists the address. How much this matters depends on which receivers use that list; the blocklist table shows its typical impact and how it delists.</source>
        <extracomment>rule blocklist.listed.other: summary</extracomment>
        <translation>Uma lista de bloqueio lista o endereço. O quanto isso importa depende de quais receptores usam essa lista; a tabela de listas de bloqueio mostra o impacto típico e como funciona a remoção.</translation>
    </message>
    <message>
        <source>Varies by list; see the blocklist table.</source>
        <extracomment>rule blocklist.listed.other: recovery</extracomment>
        <translation>Varia conforme a lista; veja a tabela de listas de bloqueio.</translation>
    </message>
    <message>
        <source>Open the list&apos;s lookup page to see why it lists the address, fix that, then follow its delisting process.</source>
        <extracomment>rule blocklist.listed.other: step (you)</extracomment>
        <translation>Abra a página de consulta da lista para ver por que ela lista o endereço, corrija isso e siga o processo de remoção dela.</translation>
    </message>
    <message>
        <source>Lookup on {list_name}</source>
        <extracomment>rule blocklist.listed.other: link title</extracomment>
        <translation>Consulta em {list_name}</translation>
    </message>
    <message>
        <source>Removal on {list_name}</source>
        <extracomment>rule blocklist.listed.other: link title</extracomment>
        <translation>Remoção em {list_name}</translation>
    </message>
    <message>
        <source>The bounce blames {named_list}, but that list does not list the address now</source>
        <extracomment>rule blocklist.already_delisted: title</extracomment>
        <translation>O bounce culpa {named_list}, mas essa lista não lista o endereço agora</translation>
    </message>
    <message>
        <source>When the bounce was written, the receiver saw the address on {named_list}. The live check now says it is not listed, so it was probably delisted since, or the receiver used cached data.</source>
        <extracomment>rule blocklist.already_delisted: summary</extracomment>
        <translation>Quando o bounce foi escrito, o receptor via o endereço em {named_list}. A verificação ao vivo agora diz que ele não está listado, então provavelmente foi removido desde então, ou o receptor usou dados em cache.</translation>
    </message>
    <message>
        <source>Receivers&apos; caches usually clear within hours.</source>
        <extracomment>rule blocklist.already_delisted: recovery</extracomment>
        <translation>Os caches dos receptores geralmente se renovam em poucas horas.</translation>
    </message>
    <message>
        <source>The live check disagrees with the bounce for this list.</source>
        <extracomment>rule blocklist.already_delisted: what speaks against</extracomment>
        <translation>A verificação ao vivo contradiz o bounce para esta lista.</translation>
    </message>
    <message>
        <source>Retry the delivery; if it is rejected again with the same text, the receiver&apos;s data is stale: contact the recipient&apos;s postmaster with this report.</source>
        <extracomment>rule blocklist.already_delisted: step (you)</extracomment>
        <translation>Tente a entrega de novo; se for recusada outra vez com o mesmo texto, os dados do receptor estão desatualizados: contate o postmaster do destinatário com este relatório.</translation>
    </message>
    <message>
        <source>Do not request removal from a list that no longer lists the address: there is nothing to remove, and some lists treat repeated requests as abuse.</source>
        <extracomment>rule blocklist.already_delisted: what not to do</extracomment>
        <translation>Não peça remoção a uma lista que não lista mais o endereço: não há nada a remover, e algumas listas tratam pedidos repetidos como abuso.</translation>
    </message>
    <message>
        <source>The bounce names a blocklist that no longer exists</source>
        <extracomment>rule blocklist.defunct: title</extracomment>
        <translation>O bounce cita uma lista de bloqueio que não existe mais</translation>
    </message>
    <message>
        <source>The list named in the bounce has been shut down (SORBS in 2024, NiX Spam in 2025, WPBL, NJABL, AHBL...). A receiver that still queries it has a stale configuration; a dead list that answers everything can reject all mail.</source>
        <extracomment>rule blocklist.defunct: summary</extracomment>
        <translation>A lista citada no bounce foi desativada (SORBS em 2024, NiX Spam em 2025, WPBL, NJABL, AHBL...). Um receptor que ainda a consulta tem uma configuração desatualizada; uma lista morta que responde a tudo pode recusar todos os e-mails.</translation>
    </message>
    <message>
        <source>As soon as the receiver changes its configuration.</source>
        <extracomment>rule blocklist.defunct: recovery</extracomment>
        <translation>Assim que o receptor mudar a configuração.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mail administrator should remove the defunct list from their configuration.</source>
        <extracomment>rule blocklist.defunct: step (recipient)</extracomment>
        <translation>O administrador de e-mail do destinatário deve remover a lista desativada da configuração.</translation>
    </message>
    <message>
        <source>Send the recipient&apos;s postmaster this report, which shows the list is no longer operated.</source>
        <extracomment>rule blocklist.defunct: step (you)</extracomment>
        <translation>Envie ao postmaster do destinatário este relatório, que mostra que a lista não é mais operada.</translation>
    </message>
    <message>
        <source>Do not look for a delisting form: there is nobody left to process it.</source>
        <extracomment>rule blocklist.defunct: what not to do</extracomment>
        <translation>Não procure um formulário de remoção: não sobrou ninguém para processá-lo.</translation>
    </message>
    <message>
        <source>Microsoft (Outlook.com / Office 365) blocks {ip} on its own list</source>
        <extracomment>rule provider.microsoft.block: title</extracomment>
        <translation>A Microsoft (Outlook.com / Office 365) bloqueia {ip} em sua própria lista</translation>
    </message>
    <message>
        <source>Codes such as S3150, S3140, 5.7.606-5.7.649 or AS(...) mean Microsoft&apos;s internal reputation system blocked the address. Public blocklists are not involved; only Microsoft can lift it.</source>
        <extracomment>rule provider.microsoft.block: summary</extracomment>
        <translation>Códigos como S3150, S3140, 5.7.606-5.7.649 ou AS(...) significam que o sistema de reputação interno da Microsoft bloqueou o endereço. Listas de bloqueio públicas não estão envolvidas; só a Microsoft pode retirar o bloqueio.</translation>
    </message>
    <message>
        <source>Often 24-48 hours after a successful delisting request; reputation may keep some mail in Junk for longer.</source>
        <extracomment>rule provider.microsoft.block: recovery</extracomment>
        <translation>Muitas vezes 24 a 48 horas após um pedido de remoção aceito; a reputação pode manter parte dos e-mails no lixo eletrônico por mais tempo.</translation>
    </message>
    <message>
        <source>Check the address in SNDS and sign up for JMRP complaint feedback, to see what Microsoft saw.</source>
        <extracomment>rule provider.microsoft.block: step (you)</extracomment>
        <translation>Verifique o endereço no SNDS e cadastre-se no retorno de reclamações JMRP para ver o que a Microsoft viu.</translation>
    </message>
    <message>
        <source>Microsoft SNDS (IP data) and JMRP (complaints)</source>
        <extracomment>rule provider.microsoft.block: link title</extracomment>
        <translation>Microsoft SNDS (dados de IP) e JMRP (reclamações)</translation>
    </message>
    <message>
        <source>Submit the delisting form for {ip}; Microsoft answers by email, usually within a day.</source>
        <extracomment>rule provider.microsoft.block: step (you)</extracomment>
        <translation>Envie o formulário de remoção para {ip}; a Microsoft responde por e-mail, geralmente em um dia.</translation>
    </message>
    <message>
        <source>Microsoft delisting form</source>
        <extracomment>rule provider.microsoft.block: link title</extracomment>
        <translation>Formulário de remoção da Microsoft</translation>
    </message>
    <message>
        <source>If the form is refused, open a ticket with Microsoft&apos;s sender support and include this report.</source>
        <extracomment>rule provider.microsoft.block: step (you)</extracomment>
        <translation>Se o formulário for recusado, abra um chamado no suporte a remetentes da Microsoft e anexe este relatório.</translation>
    </message>
    <message>
        <source>Do not rotate to new IPs to avoid the block: Microsoft blocks the new ones quickly and the reputation problem remains.</source>
        <extracomment>rule provider.microsoft.block: what not to do</extracomment>
        <translation>Não troque para IPs novos para fugir do bloqueio: a Microsoft bloqueia os novos rapidamente e o problema de reputação continua.</translation>
    </message>
    <message>
        <source>Gmail rejects the mail as unauthenticated (5.7.26)</source>
        <extracomment>rule provider.gmail.unauthenticated: title</extracomment>
        <translation>O Gmail recusa o e-mail por não estar autenticado (5.7.26)</translation>
    </message>
    <message>
        <source>Gmail requires SPF or DKIM to pass, and for bulk senders both plus DMARC alignment. 5.7.26 means the message failed authentication (often DMARC: neither SPF nor DKIM passed for the From domain).</source>
        <extracomment>rule provider.gmail.unauthenticated: summary</extracomment>
        <translation>O Gmail exige que SPF ou DKIM passe, e para remetentes em massa os dois mais o alinhamento DMARC. 5.7.26 significa que a mensagem falhou na autenticação (muitas vezes DMARC: nem SPF nem DKIM passou para o domínio From).</translation>
    </message>
    <message>
        <source>Immediate once authentication passes.</source>
        <extracomment>rule provider.gmail.unauthenticated: recovery</extracomment>
        <translation>Imediato assim que a autenticação passar.</translation>
    </message>
    <message>
        <source>Publish a DMARC record and make sure SPF or DKIM aligns with the From domain.</source>
        <extracomment>rule provider.gmail.unauthenticated: step (you)</extracomment>
        <translation>Publique um registro DMARC e garanta que SPF ou DKIM esteja alinhado com o domínio From.</translation>
    </message>
    <message>
        <source>Gmail sender guidelines</source>
        <extracomment>rule provider.gmail.unauthenticated: link title</extracomment>
        <translation>Diretrizes do Gmail para remetentes</translation>
    </message>
    <message>
        <source>Do not weaken DMARC to p=none just to get mail through: fix the alignment.</source>
        <extracomment>rule provider.gmail.unauthenticated: what not to do</extracomment>
        <translation>Não enfraqueça o DMARC para p=none só para o e-mail passar: corrija o alinhamento.</translation>
    </message>
    <message>
        <source>Google Postmaster Tools (domain reputation, spam rate)</source>
        <extracomment>rule provider.gmail.unauthenticated: link title</extracomment>
        <translation>Google Postmaster Tools (reputação do domínio, taxa de spam)</translation>
    </message>
    <message>
        <source>Gmail requires reverse DNS that forward-confirms (5.7.25)</source>
        <extracomment>rule provider.gmail.reverse_dns: title</extracomment>
        <translation>O Gmail exige DNS reverso confirmado nos dois sentidos (5.7.25)</translation>
    </message>
    <message>
        <source>Gmail refuses mail from addresses without a PTR record whose name resolves back to the same address.</source>
        <extracomment>rule provider.gmail.reverse_dns: summary</extracomment>
        <translation>O Gmail recusa e-mails de endereços sem registro PTR cujo nome resolva de volta para o mesmo endereço.</translation>
    </message>
    <message>
        <source>As soon as the PTR is published (its TTL).</source>
        <extracomment>rule provider.gmail.reverse_dns: recovery</extracomment>
        <translation>Assim que o PTR for publicado (seu TTL).</translation>
    </message>
    <message>
        <source>Ask whoever owns {ip} (your hosting provider) to set a PTR record to your mail server&apos;s name.</source>
        <extracomment>rule provider.gmail.reverse_dns: step (provider)</extracomment>
        <translation>Peça a quem é dono de {ip} (seu provedor de hospedagem) que configure um registro PTR com o nome do seu servidor de e-mail.</translation>
    </message>
    <message>
        <source>Make that name resolve (A/AAAA) back to {ip}, and use it as the HELO name.</source>
        <extracomment>rule provider.gmail.reverse_dns: step (you)</extracomment>
        <translation>Faça esse nome resolver (A/AAAA) de volta para {ip} e use-o como nome HELO.</translation>
    </message>
    <message>
        <source>Do not point the PTR at a name that does not resolve back to the same address: Gmail checks the forward lookup too.</source>
        <extracomment>rule provider.gmail.reverse_dns: what not to do</extracomment>
        <translation>Não aponte o PTR para um nome que não resolve de volta para o mesmo endereço: o Gmail também verifica a resolução direta.</translation>
    </message>
    <message>
        <source>Gmail rejects or defers the mail for reputation (unsolicited mail)</source>
        <extracomment>rule provider.gmail.reputation: title</extracomment>
        <translation>O Gmail recusa ou adia o e-mail por reputação (e-mail não solicitado)</translation>
    </message>
    <message>
        <source>Gmail&apos;s 4.7.28 / 5.7.1 &apos;unsolicited mail&apos; or &apos;low reputation&apos; replies are about the reputation of the sending domain and IP as Gmail measures it (complaints, spam traps, authentication). Public blocklists are not involved.</source>
        <extracomment>rule provider.gmail.reputation: summary</extracomment>
        <translation>As respostas 4.7.28 / 5.7.1 &quot;unsolicited mail&quot; ou &quot;low reputation&quot; do Gmail tratam da reputação do domínio e do IP de envio conforme o Gmail a mede (reclamações, armadilhas de spam, autenticação). Listas de bloqueio públicas não estão envolvidas.</translation>
    </message>
    <message>
        <source>Reputation recovers over weeks of clean sending.</source>
        <extracomment>rule provider.gmail.reputation: recovery</extracomment>
        <translation>A reputação se recupera ao longo de semanas de envio limpo.</translation>
    </message>
    <message>
        <source>Look at the domain and IP reputation and the spam rate in Google Postmaster Tools.</source>
        <extracomment>rule provider.gmail.reputation: step (you)</extracomment>
        <translation>Veja a reputação do domínio e do IP e a taxa de spam no Google Postmaster Tools.</translation>
    </message>
    <message>
        <source>Reduce complaints: send only to people who asked, honour unsubscribes at once, remove inactive addresses, and ramp up volume slowly.</source>
        <extracomment>rule provider.gmail.reputation: step (you)</extracomment>
        <translation>Reduza as reclamações: envie só para quem pediu, atenda descadastros na hora, remova endereços inativos e aumente o volume aos poucos.</translation>
    </message>
    <message>
        <source>Do not retry aggressively: deferred mail counts against you.</source>
        <extracomment>rule provider.gmail.reputation: what not to do</extracomment>
        <translation>Não tente de novo de forma agressiva: e-mail adiado conta contra você.</translation>
    </message>
    <message>
        <source>Yahoo/AOL defers the mail: volume or complaints (TSS04)</source>
        <extracomment>rule provider.yahoo.deferred: title</extracomment>
        <translation>Yahoo/AOL adia o e-mail: volume ou reclamações (TSS04)</translation>
    </message>
    <message>
        <source>TSS04 means Yahoo saw unexpected volume or user complaints from the sender and defers the mail. It is Yahoo&apos;s own reputation system, not a public blocklist.</source>
        <extracomment>rule provider.yahoo.deferred: summary</extracomment>
        <translation>TSS04 significa que o Yahoo viu volume inesperado ou reclamações de usuários sobre o remetente e adia o e-mail. É o sistema de reputação próprio do Yahoo, não uma lista de bloqueio pública.</translation>
    </message>
    <message>
        <source>Hours to days once volume and complaints drop.</source>
        <extracomment>rule provider.yahoo.deferred: recovery</extracomment>
        <translation>De horas a dias, quando o volume e as reclamações caírem.</translation>
    </message>
    <message>
        <source>Register with the Yahoo Sender Hub and its complaint feedback loop, and lower the sending rate.</source>
        <extracomment>rule provider.yahoo.deferred: step (you)</extracomment>
        <translation>Cadastre-se no Yahoo Sender Hub e no seu loop de retorno de reclamações, e reduza a taxa de envio.</translation>
    </message>
    <message>
        <source>Yahoo Sender Hub</source>
        <extracomment>rule provider.yahoo.deferred: link title</extracomment>
        <translation>Yahoo Sender Hub</translation>
    </message>
    <message>
        <source>Remove recipients who complain or never engage; make sure SPF, DKIM and DMARC pass.</source>
        <extracomment>rule provider.yahoo.deferred: step (you)</extracomment>
        <translation>Remova destinatários que reclamam ou nunca interagem; garanta que SPF, DKIM e DMARC passem.</translation>
    </message>
    <message>
        <source>Do not raise the retry rate: it extends the deferral.</source>
        <extracomment>rule provider.yahoo.deferred: what not to do</extracomment>
        <translation>Não aumente a frequência de novas tentativas: isso prolonga o adiamento.</translation>
    </message>
    <message>
        <source>Yahoo/AOL rejects {ip} because it is on a Spamhaus list (BL21)</source>
        <extracomment>rule provider.yahoo.spamhaus: title</extracomment>
        <translation>Yahoo/AOL recusa {ip} porque ele está em uma lista da Spamhaus (BL21)</translation>
    </message>
    <message>
        <source>Yahoo&apos;s BL21 and similar codes mean the connecting address is on a Spamhaus list; fix the listing and Yahoo accepts the mail again.</source>
        <extracomment>rule provider.yahoo.spamhaus: summary</extracomment>
        <translation>O BL21 do Yahoo e códigos semelhantes significam que o endereço que se conecta está em uma lista da Spamhaus; corrija a listagem e o Yahoo volta a aceitar o e-mail.</translation>
    </message>
    <message>
        <source>After the Spamhaus listing is removed.</source>
        <extracomment>rule provider.yahoo.spamhaus: recovery</extracomment>
        <translation>Depois que a listagem da Spamhaus for removida.</translation>
    </message>
    <message>
        <source>Look up {ip} on Spamhaus and fix the cause of the listing.</source>
        <extracomment>rule provider.yahoo.spamhaus: step (you)</extracomment>
        <translation>Consulte {ip} na Spamhaus e corrija a causa da listagem.</translation>
    </message>
    <message>
        <source>Proofpoint blocks {ip} on its reputation list</source>
        <extracomment>rule provider.proofpoint.block: title</extracomment>
        <translation>A Proofpoint bloqueia {ip} em sua lista de reputação</translation>
    </message>
    <message>
        <source>Proofpoint-protected receivers reject mail from addresses with poor reputation in Proofpoint&apos;s own data.</source>
        <extracomment>rule provider.proofpoint.block: summary</extracomment>
        <translation>Receptores protegidos pela Proofpoint recusam e-mails de endereços com má reputação nos dados próprios da Proofpoint.</translation>
    </message>
    <message>
        <source>Usually 24-48 hours after the request.</source>
        <extracomment>rule provider.proofpoint.block: recovery</extracomment>
        <translation>Geralmente 24 a 48 horas após o pedido.</translation>
    </message>
    <message>
        <source>Check the address on Proofpoint&apos;s IP check page and submit the removal request there.</source>
        <extracomment>rule provider.proofpoint.block: step (you)</extracomment>
        <translation>Verifique o endereço na página de verificação de IP da Proofpoint e envie lá o pedido de remoção.</translation>
    </message>
    <message>
        <source>Proofpoint IP reputation check</source>
        <extracomment>rule provider.proofpoint.block: link title</extracomment>
        <translation>Verificação de reputação de IP da Proofpoint</translation>
    </message>
    <message>
        <source>Mimecast rejected the mail by policy or reputation</source>
        <extracomment>rule provider.mimecast.block: title</extracomment>
        <translation>A Mimecast recusou o e-mail por política ou reputação</translation>
    </message>
    <message>
        <source>Mimecast replies name the policy that rejected the mail (a blocked-senders policy set by the recipient&apos;s admin, or Mimecast&apos;s reputation or spam checks).</source>
        <extracomment>rule provider.mimecast.block: summary</extracomment>
        <translation>As respostas da Mimecast nomeiam a política que recusou o e-mail (uma política de remetentes bloqueados definida pelo administrador do destinatário, ou as verificações de reputação ou spam da Mimecast).</translation>
    </message>
    <message>
        <source>As soon as the recipient&apos;s admin changes the policy.</source>
        <extracomment>rule provider.mimecast.block: recovery</extracomment>
        <translation>Assim que o administrador do destinatário mudar a política.</translation>
    </message>
    <message>
        <source>If the reply mentions a Blocked Senders or policy rule, only the recipient&apos;s administrator can change it: contact them through another channel.</source>
        <extracomment>rule provider.mimecast.block: step (recipient)</extracomment>
        <translation>Se a resposta mencionar uma regra de Blocked Senders ou de política, só o administrador do destinatário pode alterá-la: contate-o por outro canal.</translation>
    </message>
    <message>
        <source>If it mentions reputation or spam, fix authentication and list practices, then ask the recipient to add a permitted-sender policy.</source>
        <extracomment>rule provider.mimecast.block: step (you)</extracomment>
        <translation>Se mencionar reputação ou spam, corrija a autenticação e as práticas de lista e depois peça ao destinatário que adicione uma política de remetente permitido.</translation>
    </message>
    <message>
        <source>Do not resend the same message repeatedly while the block lasts: it adds to the sender&apos;s bad reputation at Mimecast.</source>
        <extracomment>rule provider.mimecast.block: what not to do</extracomment>
        <translation>Não reenvie a mesma mensagem repetidamente enquanto o bloqueio durar: isso piora a má reputação do remetente na Mimecast.</translation>
    </message>
    <message>
        <source>Comcast rejected {ip} (Comcast reputation)</source>
        <extracomment>rule provider.comcast.block: title</extracomment>
        <translation>A Comcast recusou {ip} (reputação Comcast)</translation>
    </message>
    <message>
        <source>Comcast&apos;s BL/RL codes mean its own reputation systems refused the address.</source>
        <extracomment>rule provider.comcast.block: summary</extracomment>
        <translation>Os códigos BL/RL da Comcast significam que os próprios sistemas de reputação dela recusaram o endereço.</translation>
    </message>
    <message>
        <source>Days after the review.</source>
        <extracomment>rule provider.comcast.block: recovery</extracomment>
        <translation>Dias após a análise.</translation>
    </message>
    <message>
        <source>Follow the Comcast postmaster instructions for the code in the bounce and request a review.</source>
        <extracomment>rule provider.comcast.block: step (you)</extracomment>
        <translation>Siga as instruções do postmaster da Comcast para o código do bounce e solicite uma análise.</translation>
    </message>
    <message>
        <source>Comcast postmaster</source>
        <extracomment>rule provider.comcast.block: link title</extracomment>
        <translation>Postmaster da Comcast</translation>
    </message>
    <message>
        <source>Do not keep retrying from the blocked address at full volume; pause or reduce the rate until Comcast answers.</source>
        <extracomment>rule provider.comcast.block: what not to do</extracomment>
        <translation>Não continue tentando a partir do endereço bloqueado com volume total; pause ou reduza a taxa até a Comcast responder.</translation>
    </message>
    <message>
        <source>iCloud Mail rejected the mail by local policy</source>
        <extracomment>rule provider.apple.block: title</extracomment>
        <translation>O iCloud Mail recusou o e-mail por política local</translation>
    </message>
    <message>
        <source>Apple&apos;s iCloud Mail rejects mail by its own policy (codes such as CS01 or HM08), often for reputation or authentication reasons.</source>
        <extracomment>rule provider.apple.block: summary</extracomment>
        <translation>O iCloud Mail da Apple recusa e-mails por política própria (códigos como CS01 ou HM08), muitas vezes por motivos de reputação ou autenticação.</translation>
    </message>
    <message>
        <source>Varies.</source>
        <extracomment>rule provider.apple.block: recovery</extracomment>
        <translation>Varia.</translation>
    </message>
    <message>
        <source>Make sure SPF, DKIM and DMARC pass and reverse DNS is set; then contact Apple&apos;s iCloud postmaster with this report if it continues.</source>
        <extracomment>rule provider.apple.block: step (you)</extracomment>
        <translation>Garanta que SPF, DKIM e DMARC passem e que o DNS reverso esteja configurado; se continuar, contate o postmaster do iCloud da Apple com este relatório.</translation>
    </message>
    <message>
        <source>Do not switch to another sending address to get around the block: Apple&apos;s filters follow the domain as well as the IP.</source>
        <extracomment>rule provider.apple.block: what not to do</extracomment>
        <translation>Não troque para outro endereço de envio para contornar o bloqueio: os filtros da Apple seguem o domínio tanto quanto o IP.</translation>
    </message>
    <message>
        <source>Relay access denied: the server will not relay for you</source>
        <extracomment>rule relay.denied: title</extracomment>
        <translation>Relay access denied: o servidor não faz relay para você</translation>
    </message>
    <message>
        <source>This is not about reputation at all. The server you gave the mail to does not accept mail for that recipient&apos;s domain from you: either you did not authenticate, or the relay is not configured for your domain, or the MX records point at the wrong server.</source>
        <extracomment>rule relay.denied: summary</extracomment>
        <translation>Isto não tem nada a ver com reputação. O servidor a quem você entregou o e-mail não aceita de você e-mails para o domínio desse destinatário: ou você não se autenticou, ou o relay não está configurado para o seu domínio, ou os registros MX apontam para o servidor errado.</translation>
    </message>
    <message>
        <source>Immediate once authentication or relay configuration is fixed.</source>
        <extracomment>rule relay.denied: recovery</extracomment>
        <translation>Imediato assim que a autenticação ou a configuração do relay for corrigida.</translation>
    </message>
    <message>
        <source>Configure your mail client or application to authenticate (SMTP AUTH on port 587 with STARTTLS) before sending.</source>
        <extracomment>rule relay.denied: step (you)</extracomment>
        <translation>Configure seu cliente de e-mail ou aplicativo para se autenticar (SMTP AUTH na porta 587 com STARTTLS) antes de enviar.</translation>
    </message>
    <message>
        <source>If this is your own server, add the recipient domain to its relay or accepted domains, or fix the MX records so mail goes to the right server.</source>
        <extracomment>rule relay.denied: step (provider)</extracomment>
        <translation>Se o servidor for seu, adicione o domínio do destinatário aos domínios de relay ou aceitos, ou corrija os registros MX para que o e-mail vá ao servidor certo.</translation>
    </message>
    <message>
        <source>Do not ask for delisting: no blocklist is involved.</source>
        <extracomment>rule relay.denied: what not to do</extracomment>
        <translation>Não peça remoção: nenhuma lista de bloqueio está envolvida.</translation>
    </message>
    <message>
        <source>Reverse DNS for {ip} is missing, generic or does not forward-confirm</source>
        <extracomment>rule rdns.problem: title</extracomment>
        <translation>O DNS reverso de {ip} está ausente, é genérico ou não é confirmado nos dois sentidos</translation>
    </message>
    <message>
        <source>Many receivers (Gmail, Microsoft, most corporate filters) refuse or penalise mail from addresses without a PTR record whose name resolves back to the same address, or with a generic name that looks like a home or dynamic address.</source>
        <extracomment>rule rdns.problem: summary</extracomment>
        <translation>Muitos receptores (Gmail, Microsoft, a maioria dos filtros corporativos) recusam ou penalizam e-mails de endereços sem registro PTR cujo nome resolva de volta para o mesmo endereço, ou com um nome genérico que parece endereço residencial ou dinâmico.</translation>
    </message>
    <message>
        <source>As soon as the PTR record is published.</source>
        <extracomment>rule rdns.problem: recovery</extracomment>
        <translation>Assim que o registro PTR for publicado.</translation>
    </message>
    <message>
        <source>Ask the owner of {ip} to set a PTR record naming your mail server.</source>
        <extracomment>rule rdns.problem: step (provider)</extracomment>
        <translation>Peça ao dono de {ip} que configure um registro PTR com o nome do seu servidor de e-mail.</translation>
    </message>
    <message>
        <source>Make that name resolve back to {ip} and use it as the server&apos;s HELO name.</source>
        <extracomment>rule rdns.problem: step (you)</extracomment>
        <translation>Faça esse nome resolver de volta para {ip} e use-o como nome HELO do servidor.</translation>
    </message>
    <message>
        <source>Do not use a generic ISP-style name (with the address&apos;s digits in it) as the PTR of a mail server: many filters treat it as a home connection.</source>
        <extracomment>rule rdns.problem: what not to do</extracomment>
        <translation>Não use um nome genérico de provedor (com os dígitos do endereço) como PTR de um servidor de e-mail: muitos filtros o tratam como conexão residencial.</translation>
    </message>
    <message>
        <source>The recipient address does not exist</source>
        <extracomment>rule recipient.unknown: title</extracomment>
        <translation>O endereço do destinatário não existe</translation>
    </message>
    <message>
        <source>The receiving server says the mailbox is unknown. This is list hygiene, not reputation: the address is mistyped, was deleted, or never existed.</source>
        <extracomment>rule recipient.unknown: summary</extracomment>
        <translation>O servidor receptor diz que a caixa postal é desconhecida. É higiene de lista, não reputação: o endereço foi digitado errado, foi excluído ou nunca existiu.</translation>
    </message>
    <message>
        <source>Not applicable.</source>
        <extracomment>rule recipient.unknown: recovery</extracomment>
        <translation>Não se aplica.</translation>
    </message>
    <message>
        <source>Remove the address from your lists, or correct a typo; do not retry it.</source>
        <extracomment>rule recipient.unknown: step (you)</extracomment>
        <translation>Remova o endereço das suas listas ou corrija o erro de digitação; não tente de novo.</translation>
    </message>
    <message>
        <source>Repeatedly sending to unknown addresses harms your reputation with that receiver.</source>
        <extracomment>rule recipient.unknown: what not to do</extracomment>
        <translation>Enviar repetidamente para endereços desconhecidos prejudica sua reputação junto a esse receptor.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is full</source>
        <extracomment>rule recipient.mailbox_full: title</extracomment>
        <translation>A caixa postal do destinatário está cheia</translation>
    </message>
    <message>
        <source>The mailbox exists but is over its quota. This is about the recipient, not you.</source>
        <extracomment>rule recipient.mailbox_full: summary</extracomment>
        <translation>A caixa postal existe, mas ultrapassou a cota. Isso diz respeito ao destinatário, não a você.</translation>
    </message>
    <message>
        <source>When the recipient frees space.</source>
        <extracomment>rule recipient.mailbox_full: recovery</extracomment>
        <translation>Quando o destinatário liberar espaço.</translation>
    </message>
    <message>
        <source>Retry later or reach the recipient another way; if it keeps bouncing for weeks, treat the address as abandoned and remove it.</source>
        <extracomment>rule recipient.mailbox_full: step (you)</extracomment>
        <translation>Tente de novo mais tarde ou contate o destinatário de outra forma; se continuar voltando por semanas, trate o endereço como abandonado e remova-o.</translation>
    </message>
    <message>
        <source>Do not treat a full mailbox as a reputation problem; and do not keep sending to an address that stays full for weeks: it has likely been abandoned.</source>
        <extracomment>rule recipient.mailbox_full: what not to do</extracomment>
        <translation>Não trate uma caixa cheia como problema de reputação; e não continue enviando para um endereço que fica cheio por semanas: provavelmente foi abandonado.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is disabled or suspended</source>
        <extracomment>rule recipient.suspended: title</extracomment>
        <translation>A caixa postal do destinatário está desativada ou suspensa</translation>
    </message>
    <message>
        <source>The address exists but no longer receives mail (disabled, suspended or moved).</source>
        <extracomment>rule recipient.suspended: summary</extracomment>
        <translation>O endereço existe, mas não recebe mais e-mails (desativado, suspenso ou transferido).</translation>
    </message>
    <message>
        <source>Remove the address or find the person&apos;s new address.</source>
        <extracomment>rule recipient.suspended: step (you)</extracomment>
        <translation>Remova o endereço ou descubra o novo endereço da pessoa.</translation>
    </message>
    <message>
        <source>Do not keep mailing a suspended or moved account: repeated bounces to dead addresses hurt your reputation with that provider.</source>
        <extracomment>rule recipient.suspended: what not to do</extracomment>
        <translation>Não continue enviando para uma conta suspensa ou transferida: bounces repetidos para endereços mortos prejudicam sua reputação junto a esse provedor.</translation>
    </message>
    <message>
        <source>The receiver limits how fast you send</source>
        <extracomment>rule rate.limited: title</extracomment>
        <translation>O receptor limita a velocidade com que você envia</translation>
    </message>
    <message>
        <source>The receiver deferred or refused the mail because of too many connections, messages or recipients in a time window.</source>
        <extracomment>rule rate.limited: summary</extracomment>
        <translation>O receptor adiou ou recusou o e-mail por excesso de conexões, mensagens ou destinatários em uma janela de tempo.</translation>
    </message>
    <message>
        <source>Usually within hours.</source>
        <extracomment>rule rate.limited: recovery</extracomment>
        <translation>Geralmente em algumas horas.</translation>
    </message>
    <message>
        <source>Lower the sending rate and concurrency toward that receiver and let the deferred mail retry on its normal schedule.</source>
        <extracomment>rule rate.limited: step (you)</extracomment>
        <translation>Reduza a taxa e a concorrência de envio para esse receptor e deixe o e-mail adiado ser tentado de novo no cronograma normal.</translation>
    </message>
    <message>
        <source>Do not open more parallel connections or retry faster to push the mail through: that deepens the throttling.</source>
        <extracomment>rule rate.limited: what not to do</extracomment>
        <translation>Não abra mais conexões paralelas nem tente de novo mais rápido para forçar a passagem: isso aprofunda a limitação.</translation>
    </message>
    <message>
        <source>The receiver is greylisting: a temporary deferral that resolves by itself</source>
        <extracomment>rule greylisting: title</extracomment>
        <translation>O receptor usa greylisting: um adiamento temporário que se resolve sozinho</translation>
    </message>
    <message>
        <source>Greylisting servers refuse the first attempt from an unknown sender with a 4xx reply and accept a retry a few minutes later. A well-behaved sending server retries automatically.</source>
        <extracomment>rule greylisting: summary</extracomment>
        <translation>Servidores com greylisting recusam a primeira tentativa de um remetente desconhecido com uma resposta 4xx e aceitam uma nova tentativa alguns minutos depois. Um servidor de envio bem-comportado tenta de novo automaticamente.</translation>
    </message>
    <message>
        <source>Minutes.</source>
        <extracomment>rule greylisting: recovery</extracomment>
        <translation>Minutos.</translation>
    </message>
    <message>
        <source>Nothing to fix: make sure the sending server retries deferred mail (it should by default).</source>
        <extracomment>rule greylisting: step (you)</extracomment>
        <translation>Nada a corrigir: garanta que o servidor de envio tente de novo os e-mails adiados (ele deve fazer isso por padrão).</translation>
    </message>
    <message>
        <source>Do not treat a greylisting deferral as a failure or resend the message as a new one: a standard MTA retries after a few minutes and the second attempt is accepted.</source>
        <extracomment>rule greylisting: what not to do</extracomment>
        <translation>Não trate um adiamento por greylisting como falha nem reenvie a mensagem como nova: um MTA padrão tenta de novo após alguns minutos e a segunda tentativa é aceita.</translation>
    </message>
    <message>
        <source>The receiver requires TLS and the connection did not use it</source>
        <extracomment>rule tls.required: title</extracomment>
        <translation>O receptor exige TLS e a conexão não o usou</translation>
    </message>
    <message>
        <source>The server refused to accept mail over an unencrypted connection, or TLS negotiation failed.</source>
        <extracomment>rule tls.required: summary</extracomment>
        <translation>O servidor se recusou a aceitar e-mail por uma conexão sem criptografia, ou a negociação TLS falhou.</translation>
    </message>
    <message>
        <source>Immediate once TLS works.</source>
        <extracomment>rule tls.required: recovery</extracomment>
        <translation>Imediato assim que o TLS funcionar.</translation>
    </message>
    <message>
        <source>Enable STARTTLS on the sending server and check that it trusts current certificate authorities and supports TLS 1.2 or later.</source>
        <extracomment>rule tls.required: step (you)</extracomment>
        <translation>Ative o STARTTLS no servidor de envio e verifique se ele confia nas autoridades certificadoras atuais e suporta TLS 1.2 ou mais recente.</translation>
    </message>
    <message>
        <source>Do not disable certificate checks on the receiving side to make the error go away; fix the sending server&apos;s TLS.</source>
        <extracomment>rule tls.required: what not to do</extracomment>
        <translation>Não desative a verificação de certificados no lado receptor para o erro sumir; corrija o TLS do servidor de envio.</translation>
    </message>
    <message>
        <source>SPF does not authorise {ip} for {domain}</source>
        <extracomment>rule auth.spf_fail: title</extracomment>
        <translation>O SPF não autoriza {ip} para {domain}</translation>
    </message>
    <message>
        <source>The SPF record of {domain} ends in {spf_result} for {ip} ({spf_reason}): it does not authorise the sending address, so receivers treat the mail as forged (fail) or suspicious (softfail). The record: {spf_record}</source>
        <extracomment>rule auth.spf_fail: summary</extracomment>
        <translation>O registro SPF de {domain} termina em {spf_result} para {ip} ({spf_reason}): ele não autoriza o endereço de envio, então os receptores tratam o e-mail como falsificado (fail) ou suspeito (softfail). O registro: {spf_record}</translation>
    </message>
    <message>
        <source>As soon as the record&apos;s TTL expires.</source>
        <extracomment>rule auth.spf_fail: recovery</extracomment>
        <translation>Assim que o TTL do registro expirar.</translation>
    </message>
    <message>
        <source>Find out which service sends from {ip} (your own server, your ESP, a CRM or ticketing system) and whether it should send for {domain} at all.</source>
        <extracomment>rule auth.spf_fail: step (you)</extracomment>
        <translation>Descubra qual serviço envia a partir de {ip} (seu próprio servidor, seu ESP, um CRM ou sistema de chamados) e se ele deveria mesmo enviar por {domain}.</translation>
    </message>
    <message>
        <source>Find out which service sends this mail (your own server, your ESP, a CRM or ticketing system) and whether it should send for the domain at all.</source>
        <extracomment>rule auth.spf_fail: step (you)</extracomment>
        <translation>Descubra qual serviço envia este e-mail (seu próprio servidor, seu ESP, um CRM ou sistema de chamados) e se ele deveria mesmo enviar pelo domínio.</translation>
    </message>
    <message>
        <source>If it should, add it to the domain&apos;s SPF record: the provider&apos;s include: (from its documentation) or its ip4:/ip6: range, before the final all; keep the total under 10 DNS lookups.</source>
        <extracomment>rule auth.spf_fail: step (you)</extracomment>
        <translation>Se deveria, adicione-o ao registro SPF do domínio: o include: do provedor (conforme a documentação dele) ou a faixa ip4:/ip6: dele, antes do all final; mantenha o total abaixo de 10 consultas DNS.</translation>
    </message>
    <message>
        <source>If the mail goes through an ESP, make it use a return-path (MAIL FROM) domain of your own with its SPF, and sign with DKIM for {domain}, so DMARC aligns even when SPF is checked on the ESP&apos;s domain.</source>
        <extracomment>rule auth.spf_fail: step (provider)</extracomment>
        <translation>Se o e-mail passa por um ESP, faça-o usar um domínio de return-path (MAIL FROM) seu com o respectivo SPF, e assinar com DKIM para {domain}, para que o DMARC fique alinhado mesmo quando o SPF é verificado no domínio do ESP.</translation>
    </message>
    <message>
        <source>If the mail goes through an ESP, make it use a return-path (MAIL FROM) domain of your own with its SPF, and sign with DKIM for your domain, so DMARC aligns.</source>
        <extracomment>rule auth.spf_fail: step (provider)</extracomment>
        <translation>Se o e-mail passa por um ESP, faça-o usar um domínio de return-path (MAIL FROM) seu com o respectivo SPF, e assinar com DKIM para o seu domínio, para que o DMARC fique alinhado.</translation>
    </message>
    <message>
        <source>Do not &apos;fix&apos; SPF with +all or ?all: that authorises the whole Internet and receivers treat it as a spam sign.</source>
        <extracomment>rule auth.spf_fail: what not to do</extracomment>
        <translation>Não &quot;conserte&quot; o SPF com +all ou ?all: isso autoriza a Internet inteira e os receptores tratam como sinal de spam.</translation>
    </message>
    <message>
        <source>RFC 7208 (SPF)</source>
        <extracomment>rule auth.spf_fail: link title</extracomment>
        <translation>RFC 7208 (SPF)</translation>
    </message>
    <message>
        <source>The SPF record of {domain} is broken (permerror)</source>
        <extracomment>rule auth.spf_permerror: title</extracomment>
        <translation>O registro SPF de {domain} está quebrado (permerror)</translation>
    </message>
    <message>
        <source>A permanent error (syntax, more than 10 DNS lookups, more than 2 void lookups, two records) makes receivers treat SPF as failed.</source>
        <extracomment>rule auth.spf_permerror: summary</extracomment>
        <translation>Um erro permanente (sintaxe, mais de 10 consultas DNS, mais de 2 consultas vazias, dois registros) faz os receptores tratarem o SPF como falho.</translation>
    </message>
    <message>
        <source>Fix the record as the SPF findings show (flatten includes to stay under 10 lookups, remove the duplicate record, fix the syntax).</source>
        <extracomment>rule auth.spf_permerror: step (you)</extracomment>
        <translation>Corrija o registro conforme mostram as constatações de SPF (achatar includes para ficar abaixo de 10 consultas, remover o registro duplicado, corrigir a sintaxe).</translation>
    </message>
    <message>
        <source>Do not keep adding includes to an SPF record that already exceeds 10 lookups: flatten or remove services instead.</source>
        <extracomment>rule auth.spf_permerror: what not to do</extracomment>
        <translation>Não continue adicionando includes a um registro SPF que já passa de 10 consultas: achate-o ou remova serviços.</translation>
    </message>
    <message>
        <source>The receiver applied the sender&apos;s DMARC policy</source>
        <extracomment>rule auth.dmarc.named: title</extracomment>
        <translation>O receptor aplicou a política DMARC do remetente</translation>
    </message>
    <message>
        <source>The bounce says DMARC failed: neither SPF nor DKIM passed in alignment with the From domain, and the domain&apos;s policy asks receivers to reject.</source>
        <extracomment>rule auth.dmarc.named: summary</extracomment>
        <translation>O bounce diz que o DMARC falhou: nem SPF nem DKIM passou alinhado com o domínio From, e a política do domínio pede aos receptores que recusem.</translation>
    </message>
    <message>
        <source>Immediate once alignment passes.</source>
        <extracomment>rule auth.dmarc.named: recovery</extracomment>
        <translation>Imediato assim que o alinhamento passar.</translation>
    </message>
    <message>
        <source>Make at least one pass in alignment: publish the sending service in SPF and use a MAIL FROM in {domain}, or (better, it survives forwarding) have every sending service sign with DKIM for {domain}.</source>
        <extracomment>rule auth.dmarc.named: step (you)</extracomment>
        <translation>Faça pelo menos um passar alinhado: publique o serviço de envio no SPF e use um MAIL FROM em {domain}, ou (melhor, sobrevive ao encaminhamento) faça cada serviço de envio assinar com DKIM para {domain}.</translation>
    </message>
    <message>
        <source>Make at least one pass in alignment: publish the sending service in SPF and use a MAIL FROM in the From domain, or (better, it survives forwarding) have every sending service sign with DKIM for the From domain.</source>
        <extracomment>rule auth.dmarc.named: step (you)</extracomment>
        <translation>Faça pelo menos um passar alinhado: publique o serviço de envio no SPF e use um MAIL FROM no domínio From, ou (melhor, sobrevive ao encaminhamento) faça cada serviço de envio assinar com DKIM para o domínio From.</translation>
    </message>
    <message>
        <source>Your ESP must support a custom DKIM domain (d={domain}) and a custom return-path; ask for both to be set up.</source>
        <extracomment>rule auth.dmarc.named: step (provider)</extracomment>
        <translation>Seu ESP precisa suportar um domínio DKIM personalizado (d={domain}) e um return-path personalizado; peça a configuração dos dois.</translation>
    </message>
    <message>
        <source>Your ESP must support a custom DKIM domain and a custom return-path; ask for both to be set up.</source>
        <extracomment>rule auth.dmarc.named: step (provider)</extracomment>
        <translation>Seu ESP precisa suportar um domínio DKIM personalizado e um return-path personalizado; peça a configuração dos dois.</translation>
    </message>
    <message>
        <source>Do not lower the DMARC policy to p=none to make the bounces stop: it also lets anyone forge your domain. Fix the alignment instead.</source>
        <extracomment>rule auth.dmarc.named: what not to do</extracomment>
        <translation>Não reduza a política DMARC para p=none para os bounces pararem: isso também deixa qualquer um falsificar seu domínio. Corrija o alinhamento.</translation>
    </message>
    <message>
        <source>RFC 7489 (DMARC)</source>
        <extracomment>rule auth.dmarc.named: link title</extracomment>
        <translation>RFC 7489 (DMARC)</translation>
    </message>
    <message>
        <source>Authentication problems found for {domain}</source>
        <extracomment>rule auth.findings: title</extracomment>
        <translation>Problemas de autenticação encontrados para {domain}</translation>
    </message>
    <message>
        <source>The domain checks found errors in SPF, DKIM or DMARC that can make receivers reject or junk the mail.</source>
        <extracomment>rule auth.findings: summary</extracomment>
        <translation>As verificações do domínio encontraram erros de SPF, DKIM ou DMARC que podem fazer os receptores recusarem o e-mail ou mandá-lo para o lixo eletrônico.</translation>
    </message>
    <message>
        <source>As soon as the records&apos; TTLs expire.</source>
        <extracomment>rule auth.findings: recovery</extracomment>
        <translation>Assim que os TTLs dos registros expirarem.</translation>
    </message>
    <message>
        <source>The receiver&apos;s filter judged the content as spam</source>
        <extracomment>rule content.spam: title</extracomment>
        <translation>O filtro do receptor considerou o conteúdo spam</translation>
    </message>
    <message>
        <source>The message content (or its links) scored as spam. Sender reputation may be fine.</source>
        <extracomment>rule content.spam: summary</extracomment>
        <translation>O conteúdo da mensagem (ou seus links) recebeu pontuação de spam. A reputação do remetente pode estar boa.</translation>
    </message>
    <message>
        <source>Immediate for new messages.</source>
        <extracomment>rule content.spam: recovery</extracomment>
        <translation>Imediato para mensagens novas.</translation>
    </message>
    <message>
        <source>Check the links and domains in the message against domain blocklists, remove URL shorteners and attachments that filters dislike, and test with a seed list.</source>
        <extracomment>rule content.spam: step (you)</extracomment>
        <translation>Verifique os links e domínios da mensagem em listas de bloqueio de domínios, remova encurtadores de URL e anexos de que os filtros não gostam, e teste com uma lista de seed.</translation>
    </message>
    <message>
        <source>Do not change the content slightly and resend to the same recipients over and over: it looks like filter probing and worsens reputation.</source>
        <extracomment>rule content.spam: what not to do</extracomment>
        <translation>Não mude levemente o conteúdo para reenviar de novo e de novo aos mesmos destinatários: isso parece sondagem do filtro e piora a reputação.</translation>
    </message>
    <message>
        <source>The receiver found malware in the message</source>
        <extracomment>rule content.virus: title</extracomment>
        <translation>O receptor encontrou malware na mensagem</translation>
    </message>
    <message>
        <source>An attachment or link was detected as malicious.</source>
        <extracomment>rule content.virus: summary</extracomment>
        <translation>Um anexo ou link foi detectado como malicioso.</translation>
    </message>
    <message>
        <source>Scan the sending machine and the attachment; do not resend it.</source>
        <extracomment>rule content.virus: step (you)</extracomment>
        <translation>Faça varredura na máquina de envio e no anexo; não o reenvie.</translation>
    </message>
    <message>
        <source>Do not rename or zip the attachment to slip past the scanner: find out why it was flagged, and share files by link instead.</source>
        <extracomment>rule content.virus: what not to do</extracomment>
        <translation>Não renomeie nem compacte o anexo para passar pelo scanner: descubra por que ele foi sinalizado e compartilhe arquivos por link.</translation>
    </message>
    <message>
        <source>The message is larger than the receiver accepts</source>
        <extracomment>rule message.too_big: title</extracomment>
        <translation>A mensagem é maior do que o receptor aceita</translation>
    </message>
    <message>
        <source>The receiving server has a size limit below this message&apos;s size.</source>
        <extracomment>rule message.too_big: summary</extracomment>
        <translation>O servidor receptor tem um limite de tamanho abaixo do tamanho desta mensagem.</translation>
    </message>
    <message>
        <source>Immediate.</source>
        <extracomment>rule message.too_big: recovery</extracomment>
        <translation>Imediato.</translation>
    </message>
    <message>
        <source>Send large files as a link instead of an attachment.</source>
        <extracomment>rule message.too_big: step (you)</extracomment>
        <translation>Envie arquivos grandes como link em vez de anexo.</translation>
    </message>
    <message>
        <source>Do not resend the same large attachment; share it by link instead.</source>
        <extracomment>rule message.too_big: what not to do</extracomment>
        <translation>Não reenvie o mesmo anexo grande; compartilhe-o por link.</translation>
    </message>
    <message>
        <source>The recipient&apos;s domain cannot receive mail</source>
        <extracomment>rule recipient.domain_unreachable: title</extracomment>
        <translation>O domínio do destinatário não pode receber e-mail</translation>
    </message>
    <message>
        <source>The domain does not exist, has no usable MX or address records, publishes a null MX (RFC 7505), or its servers are unreachable.</source>
        <extracomment>rule recipient.domain_unreachable: summary</extracomment>
        <translation>O domínio não existe, não tem registros MX ou de endereço utilizáveis, publica um MX nulo (RFC 7505) ou seus servidores estão inacessíveis.</translation>
    </message>
    <message>
        <source>When the recipient fixes the domain.</source>
        <extracomment>rule recipient.domain_unreachable: recovery</extracomment>
        <translation>Quando o destinatário consertar o domínio.</translation>
    </message>
    <message>
        <source>Check the address for typos in the domain; if it is right, the recipient&apos;s administrator must fix the domain&apos;s MX records.</source>
        <extracomment>rule recipient.domain_unreachable: step (you)</extracomment>
        <translation>Verifique se há erro de digitação no domínio do endereço; se estiver certo, o administrador do destinatário precisa corrigir os registros MX do domínio.</translation>
    </message>
    <message>
        <source>Do not keep retrying for days against a domain that does not exist: remove or correct the address.</source>
        <extracomment>rule recipient.domain_unreachable: what not to do</extracomment>
        <translation>Não continue tentando por dias para um domínio que não existe: remova ou corrija o endereço.</translation>
    </message>
    <message>
        <source>Rebound could not reach the recipient&apos;s mail servers from this network either (outgoing port 25 seems blocked here), so it cannot tell whether they are down.</source>
        <extracomment>rule recipient.domain_unreachable: note</extracomment>
        <translation>O Rebound também não conseguiu alcançar os servidores de e-mail do destinatário a partir desta rede (a porta 25 de saída parece bloqueada aqui), então não pode dizer se eles estão fora do ar.</translation>
    </message>
    <message>
        <source>Your own network blocks outgoing port 25</source>
        <extracomment>rule smtp.port25_blocked: title</extracomment>
        <translation>Sua própria rede bloqueia a porta 25 de saída</translation>
    </message>
    <message>
        <source>Connections to port 25 timed out for every mail server while DNS worked. Many ISPs and cloud providers block outbound port 25; the SMTP results say nothing about the servers.</source>
        <extracomment>rule smtp.port25_blocked: summary</extracomment>
        <translation>As conexões à porta 25 esgotaram o tempo com todos os servidores de e-mail enquanto o DNS funcionava. Muitos provedores e serviços de nuvem bloqueiam a porta 25 de saída; os resultados SMTP não dizem nada sobre os servidores.</translation>
    </message>
    <message>
        <source>Run the SMTP checks from a network that allows port 25 (a server), or ask your provider to unblock it.</source>
        <extracomment>rule smtp.port25_blocked: step (you)</extracomment>
        <translation>Execute as verificações SMTP a partir de uma rede que permita a porta 25 (um servidor), ou peça ao seu provedor que a libere.</translation>
    </message>
    <message>
        <source>Do not conclude that the recipient&apos;s servers are down.</source>
        <extracomment>rule smtp.port25_blocked: what not to do</extracomment>
        <translation>Não conclua que os servidores do destinatário estão fora do ar.</translation>
    </message>
    <message>
        <source>This is a complaint (feedback report), not a bounce</source>
        <extracomment>rule feedback.complaint: title</extracomment>
        <translation>Isto é uma reclamação (relatório de feedback), não um bounce</translation>
    </message>
    <message>
        <source>An ARF feedback report means a recipient marked a message as spam and their provider sent the report through a feedback loop.</source>
        <extracomment>rule feedback.complaint: summary</extracomment>
        <translation>Um relatório de feedback ARF significa que um destinatário marcou uma mensagem como spam e o provedor dele enviou o relatório por um loop de feedback.</translation>
    </message>
    <message>
        <source>Unsubscribe the complaining recipient at once, and look at why people complain (unexpected mail, hard-to-find unsubscribe).</source>
        <extracomment>rule feedback.complaint: step (you)</extracomment>
        <translation>Descadastre imediatamente o destinatário que reclamou e veja por que as pessoas reclamam (e-mail inesperado, descadastro difícil de achar).</translation>
    </message>
    <message>
        <source>Do not keep mailing recipients who complained: suppress them at once.</source>
        <extracomment>rule feedback.complaint: what not to do</extracomment>
        <translation>Não continue enviando para destinatários que reclamaram: remova-os da lista de envio imediatamente.</translation>
    </message>
    <message>
        <source>This is an automatic reply, not a bounce</source>
        <extracomment>rule not_a_bounce.vacation: title</extracomment>
        <translation>Isto é uma resposta automática, não um bounce</translation>
    </message>
    <message>
        <source>An out-of-office or vacation reply: the message was delivered.</source>
        <extracomment>rule not_a_bounce.vacation: summary</extracomment>
        <translation>Uma resposta de ausência ou de férias: a mensagem foi entregue.</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <extracomment>rule not_a_bounce.vacation: step (you)</extracomment>
        <translation>Nada a fazer.</translation>
    </message>
    <message>
        <source>The recipient&apos;s server or admin blocks this sender</source>
        <extracomment>rule recipient.policy_block: title</extracomment>
        <translation>O servidor ou o administrador do destinatário bloqueia este remetente</translation>
    </message>
    <message>
        <source>The reply says the sender or domain is blocked by the recipient&apos;s own policy (a block list kept by their admin), not a public list.</source>
        <extracomment>rule recipient.policy_block: summary</extracomment>
        <translation>A resposta diz que o remetente ou o domínio está bloqueado pela política própria do destinatário (uma lista de bloqueio mantida pelo administrador dele), não por uma lista pública.</translation>
    </message>
    <message>
        <source>When the recipient changes its policy.</source>
        <extracomment>rule recipient.policy_block: recovery</extracomment>
        <translation>Quando o destinatário mudar a política.</translation>
    </message>
    <message>
        <source>Only the recipient&apos;s administrator can lift this: contact the recipient through another channel and ask them to allow your address or domain.</source>
        <extracomment>rule recipient.policy_block: step (recipient)</extracomment>
        <translation>Só o administrador do destinatário pode retirar isso: contate o destinatário por outro canal e peça que ele permita seu endereço ou domínio.</translation>
    </message>
    <message>
        <source>Do not work around a recipient&apos;s explicit block with another sender address: ask them to allow you instead.</source>
        <extracomment>rule recipient.policy_block: what not to do</extracomment>
        <translation>Não contorne o bloqueio explícito de um destinatário com outro endereço de remetente: peça que ele autorize o seu envio.</translation>
    </message>
    <message>
        <source>The receiver refused the mail for a security or policy reason ({status})</source>
        <extracomment>rule policy.generic: title</extracomment>
        <translation>O receptor recusou o e-mail por um motivo de segurança ou de política ({status})</translation>
    </message>
    <message>
        <source>A 5.7.x code means security or policy. The reply does not name a specific list or provider rule, so the live checks below are the best clues: look for listings, missing reverse DNS and authentication failures.</source>
        <extracomment>rule policy.generic: summary</extracomment>
        <translation>Um código 5.7.x significa segurança ou política. A resposta não cita uma lista ou regra de provedor específica, então as verificações ao vivo abaixo são as melhores pistas: procure listagens, DNS reverso ausente e falhas de autenticação.</translation>
    </message>
    <message>
        <source>Depends on the cause.</source>
        <extracomment>rule policy.generic: recovery</extracomment>
        <translation>Depende da causa.</translation>
    </message>
    <message>
        <source>Check the blocklist, reverse DNS and domain results; if all are clean, contact the recipient&apos;s postmaster with this report.</source>
        <extracomment>rule policy.generic: step (you)</extracomment>
        <translation>Verifique os resultados de listas de bloqueio, DNS reverso e domínio; se tudo estiver limpo, contate o postmaster do destinatário com este relatório.</translation>
    </message>
    <message>
        <source>Check the address&apos;s reputation with the services that have no DNS interface.</source>
        <extracomment>rule policy.generic: step (you)</extracomment>
        <translation>Verifique a reputação do endereço nos serviços que não têm interface DNS.</translation>
    </message>
    <message>
        <source>Do not request delisting anywhere until the check results or the receiver&apos;s postmaster say which list or policy applies.</source>
        <extracomment>rule policy.generic: what not to do</extracomment>
        <translation>Não peça remoção em lugar nenhum até que os resultados das verificações ou o postmaster do receptor digam qual lista ou política se aplica.</translation>
    </message>
    <message>
        <source>Some checks could not run, so this diagnosis is incomplete</source>
        <extracomment>rule checks.incomplete: title</extracomment>
        <translation>Algumas verificações não puderam ser executadas, então este diagnóstico está incompleto</translation>
    </message>
    <message>
        <source>A check that could not run is never taken as clean. Its part of the diagnosis is unknown.</source>
        <extracomment>rule checks.incomplete: summary</extracomment>
        <translation>Uma verificação que não pôde ser executada nunca é considerada limpa. A parte dela no diagnóstico é desconhecida.</translation>
    </message>
    <message>
        <source>Check the resolver and network in Settings and run the diagnosis again.</source>
        <extracomment>rule checks.incomplete: step (you)</extracomment>
        <translation>Verifique o resolvedor e a rede em Configurações e execute o diagnóstico de novo.</translation>
    </message>
    <message>
        <source>Reputation services to check by hand (they have no DNS interface)</source>
        <extracomment>rule reputation.portals: title</extracomment>
        <translation>Serviços de reputação para verificar manualmente (não têm interface DNS)</translation>
    </message>
    <message>
        <source>Some of the reputation data that receivers use is only visible on the providers&apos; own portals. They need a sign-in or a registration, so Rebound cannot query them; the links below open them for this address or domain.</source>
        <extracomment>rule reputation.portals: summary</extracomment>
        <translation>Parte dos dados de reputação que os receptores usam só é visível nos portais dos próprios provedores. Eles exigem login ou cadastro, então o Rebound não pode consultá-los; os links abaixo os abrem para este endereço ou domínio.</translation>
    </message>
    <message>
        <source>Cisco Talos: look up {ip}; a &apos;Poor&apos; email reputation means Cisco (IronPort) appliances will reject or throttle it.</source>
        <extracomment>rule reputation.portals: step (you)</extracomment>
        <translation>Cisco Talos: consulte {ip}; uma reputação de e-mail &quot;Poor&quot; significa que os appliances Cisco (IronPort) vão recusá-lo ou limitá-lo.</translation>
    </message>
    <message>
        <source>Cisco Talos: look up your sending IP; a &apos;Poor&apos; email reputation means Cisco (IronPort) appliances will reject or throttle it.</source>
        <extracomment>rule reputation.portals: step (you)</extracomment>
        <translation>Cisco Talos: consulte seu IP de envio; uma reputação de e-mail &quot;Poor&quot; significa que os appliances Cisco (IronPort) vão recusá-lo ou limitá-lo.</translation>
    </message>
    <message>
        <source>Google Postmaster Tools: verify {domain} and watch the IP and domain reputation and the spam rate (keep it under 0.3 %).</source>
        <extracomment>rule reputation.portals: step (you)</extracomment>
        <translation>Google Postmaster Tools: verifique {domain} e acompanhe a reputação do IP e do domínio e a taxa de spam (mantenha abaixo de 0,3%).</translation>
    </message>
    <message>
        <source>Google Postmaster Tools: verify your domain and watch the IP and domain reputation and the spam rate (keep it under 0.3 %).</source>
        <extracomment>rule reputation.portals: step (you)</extracomment>
        <translation>Google Postmaster Tools: verifique seu domínio e acompanhe a reputação do IP e do domínio e a taxa de spam (mantenha abaixo de 0,3%).</translation>
    </message>
    <message>
        <source>Google Postmaster Tools</source>
        <extracomment>rule provider.gmail.complaints_high: link title</extracomment>
        <translation>Google Postmaster Tools</translation>
    </message>
    <message>
        <source>Microsoft SNDS: register your IP ranges to see Outlook.com&apos;s filter verdicts and complaint rates; join JMRP to receive complaints.</source>
        <extracomment>rule reputation.portals: step (you)</extracomment>
        <translation>Microsoft SNDS: registre suas faixas de IP para ver os veredictos do filtro e as taxas de reclamação do Outlook.com; entre no JMRP para receber as reclamações.</translation>
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
        <translation>Yahoo Sender Hub: cadastre {domain} no loop de retorno de reclamações e leia a ajuda do Yahoo sobre códigos de erro.</translation>
    </message>
    <message>
        <source>Yahoo Sender Hub: register your domain for the complaint feedback loop and read Yahoo&apos;s error-code help.</source>
        <extracomment>rule reputation.portals: step (you)</extracomment>
        <translation>Yahoo Sender Hub: cadastre seu domínio no loop de retorno de reclamações e leia a ajuda do Yahoo sobre códigos de erro.</translation>
    </message>
    <message>
        <source>{ip} is not listed on any blocklist that answered.</source>
        <extracomment>fact ip_not_listed</extracomment>
        <translation>{ip} não está listado em nenhuma lista de bloqueio que respondeu.</translation>
    </message>
    <message>
        <source>The reverse DNS of {ip} is set and forward-confirmed.</source>
        <extracomment>fact fcrdns_pass</extracomment>
        <translation>O DNS reverso de {ip} está configurado e confirmado nos dois sentidos.</translation>
    </message>
    <message>
        <source>SPF passes for {ip} at {domain}.</source>
        <extracomment>fact spf_pass</extracomment>
        <translation>O SPF passa para {ip} em {domain}.</translation>
    </message>
    <message>
        <source>Make SPF pass for the sending IP and sign with DKIM using the From domain ({domain}); check the SPF result in the SPF tab and the DKIM result in the DMARC &amp; DKIM tab.</source>
        <extracomment>rule provider.gmail.unauthenticated: step (you)</extracomment>
        <translation>Faça o SPF passar para o IP de envio e assine com DKIM usando o domínio From ({domain}); confira o resultado do SPF na aba &quot;SPF&quot; e o resultado do DKIM na aba &quot;DMARC &amp; DKIM&quot;.</translation>
    </message>
    <message>
        <source>If it should, add it to the SPF record of {domain}: the provider&apos;s include: (from its documentation) or ip4:{ip}, before the final all; keep the total under 10 DNS lookups. The SPF tab shows the evaluation tree and which term decided.</source>
        <extracomment>rule auth.spf_fail: step (you)</extracomment>
        <translation>Se deveria, adicione-o ao registro SPF de {domain}: o include: do provedor (conforme a documentação dele) ou ip4:{ip}, antes do all final; mantenha o total abaixo de 10 consultas DNS. A aba &quot;SPF&quot; mostra a árvore de avaliação e qual termo decidiu.</translation>
    </message>
    <message>
        <source>Look at which identifier failed for {domain} (evidence above, the SPF tab and the DMARC &amp; DKIM tab): SPF is {spf_result} for {ip}, and DKIM must be signed with d={domain} (or a subdomain under relaxed alignment).</source>
        <extracomment>rule auth.dmarc.named: step (you)</extracomment>
        <translation>Veja qual identificador falhou para {domain} (evidências acima, aba &quot;SPF&quot; e aba &quot;DMARC &amp; DKIM&quot;): o SPF é {spf_result} para {ip}, e o DKIM precisa ser assinado com d={domain} (ou um subdomínio no alinhamento relaxed).</translation>
    </message>
    <message>
        <source>Look at which identifier failed (evidence above, the SPF tab and the DMARC &amp; DKIM tab): SPF must pass for the sending IP with a MAIL FROM in the From domain, or DKIM must be signed with d= the From domain.</source>
        <extracomment>rule auth.dmarc.named: step (you)</extracomment>
        <translation>Veja qual identificador falhou (evidências acima, aba &quot;SPF&quot; e aba &quot;DMARC &amp; DKIM&quot;): o SPF precisa passar para o IP de envio com um MAIL FROM no domínio From, ou o DKIM precisa ser assinado com d= o domínio From.</translation>
    </message>
    <message>
        <source>Fix the errors listed in the SPF tab and the DMARC &amp; DKIM tab, most serious first.</source>
        <extracomment>rule auth.findings: step (you)</extracomment>
        <translation>Corrija os erros listados nas abas &quot;SPF&quot; e &quot;DMARC &amp; DKIM&quot;, os mais graves primeiro.</translation>
    </message>
    <message>
        <source>Rebound could not reach DNS</source>
        <extracomment>rule dns.unreachable: title</extracomment>
        <translation>O Rebound não conseguiu acessar o DNS</translation>
    </message>
    <message>
        <source>Not one DNS query was answered by the resolver Rebound uses ({resolver}). Every check needs DNS, so none of them says anything about the address, the domain or the mail servers: this is about this computer&apos;s network or its resolver, not about the mail.</source>
        <extracomment>rule dns.unreachable: summary</extracomment>
        <translation>O resolvedor usado pelo Rebound ({resolver}) não respondeu a nenhuma consulta DNS. Toda verificação precisa de DNS, então nenhuma delas diz nada sobre o endereço, o domínio ou os servidores de e-mail: isso diz respeito à rede deste computador ou ao seu resolvedor, não ao e-mail.</translation>
    </message>
    <message>
        <source>As soon as DNS answers again.</source>
        <extracomment>rule dns.unreachable: recovery</extracomment>
        <translation>Assim que o DNS voltar a responder.</translation>
    </message>
    <message>
        <source>Check that this computer is online, then check the resolver in Edit → Settings… → DNS (the Test resolver button asks it now); with rebound-cli, give a working one with --dns.</source>
        <extracomment>rule dns.unreachable: step (you)</extracomment>
        <translation>Verifique se este computador está online e depois confira o resolvedor em Editar → Configurações… → DNS (o botão Testar resolvedor o consulta na hora); com o rebound-cli, informe um que funcione com --dns.</translation>
    </message>
    <message>
        <source>Run the diagnosis again once the resolver answers.</source>
        <extracomment>rule dns.unreachable: step (you)</extracomment>
        <translation>Execute o diagnóstico de novo quando o resolvedor responder.</translation>
    </message>
    <message>
        <source>Do not read any result of this run as clean or as a problem of the recipient: nothing was checked.</source>
        <extracomment>rule dns.unreachable: what not to do</extracomment>
        <translation>Não interprete nenhum resultado desta execução como limpo nem como problema do destinatário: nada foi verificado.</translation>
    </message>
    <message>
        <source>Use your own recursive resolver (for example unbound on this machine) in Edit → Settings… → DNS, or enter a free Spamhaus DQS key, then run the check again.</source>
        <extracomment>rule blocklist.query_refused: step (you)</extracomment>
        <translation>Use seu próprio resolvedor recursivo (por exemplo, unbound nesta máquina) em Editar → Configurações… → DNS, ou informe uma chave DQS da Spamhaus gratuita, e depois execute a verificação de novo.</translation>
    </message>
    <message>
        <source>The domain&apos;s SPF record does not authorise the sending address (the SPF result is {value}).</source>
        <extracomment>rule auth.spf_fail: evidence (spf.result)</extracomment>
        <translation>O registro SPF do domínio não autoriza o endereço de envio (o resultado do SPF é {value}).</translation>
    </message>
    <message>
        <source>The domain&apos;s SPF record cannot be evaluated: it has a permanent error (permerror).</source>
        <extracomment>rule auth.spf_permerror: evidence (spf.result)</extracomment>
        <translation>O registro SPF do domínio não pode ser avaliado: ele tem um erro permanente (permerror).</translation>
    </message>
    <message>
        <source>SPF does not pass for the sending address (the SPF result is {value}).</source>
        <extracomment>rule auth.dmarc.named: evidence (spf.result)</extracomment>
        <translation>O SPF não passa para o endereço de envio (o resultado do SPF é {value}).</translation>
    </message>
    <message>
        <source>The domain&apos;s DMARC policy (p={value}) asks receivers to refuse or quarantine mail that fails authentication.</source>
        <extracomment>rule auth.dmarc.named: evidence (dmarc.effective_policy)</extracomment>
        <translation>A política DMARC do domínio (p={value}) pede aos receptores que recusem ou coloquem em quarentena o e-mail que falha na autenticação.</translation>
    </message>
    <message>
        <source>The reverse DNS of the sending address is set and forward-confirmed.</source>
        <extracomment>fact fcrdns_pass: evidence (fcrdns.status)</extracomment>
        <translation>O DNS reverso do endereço de envio está configurado e confirmado nos dois sentidos.</translation>
    </message>
    <message>
        <source>SPF passes for the sending address.</source>
        <extracomment>fact spf_pass: evidence (spf.result)</extracomment>
        <translation>O SPF passa para o endereço de envio.</translation>
    </message>
    <message>
        <source>DMARC fails for {domain}: neither SPF nor DKIM passes for the From domain</source>
        <extracomment>rule message.dmarc_fail: title</extracomment>
        <translation>O DMARC falha para {domain}: nem SPF nem DKIM passam para o domínio From</translation>
    </message>
    <message>
        <source>The message&apos;s From domain is {domain}, but no DKIM signature that verifies belongs to it and SPF does not pass for a return-path domain aligned with it. Receivers apply the domain&apos;s DMARC policy: with p=quarantine or p=reject the mail goes to spam or is refused, and Gmail and Yahoo require DMARC alignment from bulk senders.</source>
        <extracomment>rule message.dmarc_fail: summary</extracomment>
        <translation>O domínio From da mensagem é {domain}, mas nenhuma assinatura DKIM válida pertence a ele e o SPF não passa para um domínio de return-path alinhado com ele. Os receptores aplicam a política DMARC do domínio: com p=quarantine ou p=reject, o e-mail vai para o spam ou é recusado, e o Gmail e o Yahoo exigem alinhamento DMARC de remetentes em massa.</translation>
    </message>
    <message>
        <source>As soon as the DKIM keys are published and the sending service signs with them.</source>
        <extracomment>rule message.dmarc_fail: recovery</extracomment>
        <translation>Assim que as chaves DKIM forem publicadas e o serviço de envio assinar com elas.</translation>
    </message>
    <message>
        <source>Make every service that sends as {domain} sign with DKIM for {domain} (d={domain} or a subdomain of it): the Message tab shows which signatures the message carries and why each failed.</source>
        <extracomment>rule message.dmarc_fail: step (you)</extracomment>
        <translation>Faça com que todo serviço que envia como {domain} assine com DKIM para {domain} (d={domain} ou um subdomínio dele): a aba &quot;Mensagem&quot; mostra quais assinaturas a mensagem traz e por que cada uma falhou.</translation>
    </message>
    <message>
        <source>Make every service that sends for your domain sign with DKIM for that domain: the Message tab shows which signatures the message carries and why each failed.</source>
        <extracomment>rule message.dmarc_fail: step (you)</extracomment>
        <translation>Faça com que todo serviço que envia pelo seu domínio assine com DKIM para esse domínio: a aba &quot;Mensagem&quot; mostra quais assinaturas a mensagem traz e por que cada uma falhou.</translation>
    </message>
    <message>
        <source>If the mail goes through an ESP, set up its custom return-path (bounce) domain under {domain} and its DKIM keys for {domain}, so that both SPF and DKIM align.</source>
        <extracomment>rule message.dmarc_fail: step (provider)</extracomment>
        <translation>Se o e-mail passa por um ESP, configure nele o domínio de return-path (bounce) personalizado sob {domain} e as chaves DKIM para {domain}, para que tanto o SPF quanto o DKIM fiquem alinhados.</translation>
    </message>
    <message>
        <source>If the mail goes through an ESP, set up its custom return-path (bounce) domain under your domain and its DKIM keys for your domain, so that both SPF and DKIM align.</source>
        <extracomment>rule message.dmarc_fail: step (provider)</extracomment>
        <translation>Se o e-mail passa por um ESP, configure nele o domínio de return-path (bounce) personalizado sob o seu domínio e as chaves DKIM para o seu domínio, para que tanto o SPF quanto o DKIM fiquem alinhados.</translation>
    </message>
    <message>
        <source>Do not lower the DMARC policy to p=none to hide the failure: the mail stays unauthenticated and Gmail and Yahoo still require alignment from bulk senders.</source>
        <extracomment>rule message.dmarc_fail: what not to do</extracomment>
        <translation>Não reduza a política DMARC para p=none para esconder a falha: o e-mail continua sem autenticação, e o Gmail e o Yahoo continuam exigindo alinhamento de remetentes em massa.</translation>
    </message>
    <message>
        <source>The message body was changed after it was signed (DKIM body hash did not verify)</source>
        <extracomment>rule message.dkim_body_hash: title</extracomment>
        <translation>O corpo da mensagem foi alterado depois da assinatura (o hash do corpo DKIM não foi verificado)</translation>
    </message>
    <message>
        <source>A DKIM signature&apos;s header signature verifies, but the body no longer hashes to its bh= value: something between the signer and the receiver changed the body. Usually a mailing list adds a footer, a security gateway rewrites links or adds a disclaimer, or the message is signed before a filter that re-encodes it.</source>
        <extracomment>rule message.dkim_body_hash: summary</extracomment>
        <translation>A assinatura dos cabeçalhos de uma assinatura DKIM é verificada, mas o hash do corpo não corresponde mais ao valor de bh=: algo entre o assinante e o receptor alterou o corpo. Normalmente uma lista de discussão acrescenta um rodapé, um gateway de segurança reescreve links ou acrescenta um aviso legal, ou a mensagem é assinada antes de um filtro que a recodifica.</translation>
    </message>
    <message>
        <source>Immediate for new mail once the signing order is fixed.</source>
        <extracomment>rule message.dkim_body_hash: recovery</extracomment>
        <translation>Imediato para e-mails novos assim que a ordem de assinatura for corrigida.</translation>
    </message>
    <message>
        <source>Sign as the last step before the message leaves: move DKIM signing after any disclaimer, footer or link-rewriting filter on your side.</source>
        <extracomment>rule message.dkim_body_hash: step (you)</extracomment>
        <translation>Assine como último passo antes de a mensagem sair: mova a assinatura DKIM para depois de qualquer filtro de aviso legal, rodapé ou reescrita de links do seu lado.</translation>
    </message>
    <message>
        <source>If a mailing list or forwarder changes the body, ask its operator to seal with ARC, or to stop altering the body and subject.</source>
        <extracomment>rule message.dkim_body_hash: step (provider)</extracomment>
        <translation>Se uma lista de discussão ou um encaminhador altera o corpo, peça ao operador que sele a mensagem com ARC, ou que pare de alterar o corpo e o assunto.</translation>
    </message>
    <message>
        <source>Do not sign with l= (a body length limit) to survive footers: it lets anyone append content under your signature.</source>
        <extracomment>rule message.dkim_body_hash: what not to do</extracomment>
        <translation>Não assine com l= (um limite de tamanho do corpo) para sobreviver a rodapés: isso permite que qualquer pessoa acrescente conteúdo sob a sua assinatura.</translation>
    </message>
    <message>
        <source>RFC 6376 (DKIM)</source>
        <extracomment>rule message.dkim_body_hash: link title</extracomment>
        <translation>RFC 6376 (DKIM)</translation>
    </message>
    <message>
        <source>A DKIM signature on the message does not verify</source>
        <extracomment>rule message.dkim_fail: title</extracomment>
        <translation>Uma assinatura DKIM da mensagem não foi verificada</translation>
    </message>
    <message>
        <source>The signature&apos;s key is missing, revoked or does not match the signature, or the signed header fields were changed. Without a passing DKIM signature for the From domain, DMARC rests on SPF alone, which forwarding breaks.</source>
        <extracomment>rule message.dkim_fail: summary</extracomment>
        <translation>A chave da assinatura está ausente, foi revogada ou não corresponde à assinatura, ou os campos de cabeçalho assinados foram alterados. Sem uma assinatura DKIM válida para o domínio From, o DMARC depende só do SPF, que o encaminhamento quebra.</translation>
    </message>
    <message>
        <source>As soon as the key record&apos;s TTL expires.</source>
        <extracomment>rule message.dkim_fail: recovery</extracomment>
        <translation>Assim que o TTL do registro da chave expirar.</translation>
    </message>
    <message>
        <source>Compare the key published at the selector&apos;s DNS name with the key the signing server uses (the Message tab names the selector and why the signature failed); publish the right key or fix the signer&apos;s configuration.</source>
        <extracomment>rule message.dkim_fail: step (you)</extracomment>
        <translation>Compare a chave publicada no nome DNS do seletor com a chave que o servidor de assinatura usa (a aba &quot;Mensagem&quot; indica o seletor e por que a assinatura falhou); publique a chave certa ou corrija a configuração do assinante.</translation>
    </message>
    <message>
        <source>SPF does not authorise {ip}, the address the message came from</source>
        <extracomment>rule message.spf_fail: title</extracomment>
        <translation>O SPF não autoriza {ip}, o endereço de onde a mensagem veio</translation>
    </message>
    <message>
        <source>The Received fields show the message entering the receiver&apos;s network from {ip}, and the SPF record of the return-path domain does not list it: receivers treat the mail as forged (fail) or suspicious (softfail), and DMARC cannot pass through SPF.</source>
        <extracomment>rule message.spf_fail: summary</extracomment>
        <translation>Os campos Received mostram a mensagem entrando na rede do receptor a partir de {ip}, e o registro SPF do domínio de return-path não o lista: os receptores tratam o e-mail como forjado (fail) ou suspeito (softfail), e o DMARC não pode passar pelo SPF.</translation>
    </message>
    <message>
        <source>Find out which service sends from {ip} and add it to the SPF record of the return-path domain (its include: or ip4:{ip}), keeping the record under 10 DNS lookups.</source>
        <extracomment>rule message.spf_fail: step (you)</extracomment>
        <translation>Descubra qual serviço envia a partir de {ip} e adicione-o ao registro SPF do domínio de return-path (o include: dele ou ip4:{ip}), mantendo o registro abaixo de 10 consultas DNS.</translation>
    </message>
    <message>
        <source>Find out which service sends this mail and add it to the SPF record of the return-path domain, keeping the record under 10 DNS lookups.</source>
        <extracomment>rule message.spf_fail: step (you)</extracomment>
        <translation>Descubra qual serviço envia este e-mail e adicione-o ao registro SPF do domínio de return-path, mantendo o registro abaixo de 10 consultas DNS.</translation>
    </message>
    <message>
        <source>{domain} has no DMARC record</source>
        <extracomment>rule message.dmarc_missing: title</extracomment>
        <translation>{domain} não tem registro DMARC</translation>
    </message>
    <message>
        <source>Since February 2024 Gmail and Yahoo require a DMARC record (at least p=none) from bulk senders, and many receivers treat unauthenticated mail from a domain without DMARC with suspicion.</source>
        <extracomment>rule message.dmarc_missing: summary</extracomment>
        <translation>Desde fevereiro de 2024, o Gmail e o Yahoo exigem um registro DMARC (pelo menos p=none) de remetentes em massa, e muitos receptores tratam com desconfiança e-mails não autenticados de um domínio sem DMARC.</translation>
    </message>
    <message>
        <source>As soon as the record is published.</source>
        <extracomment>rule message.dmarc_missing: recovery</extracomment>
        <translation>Assim que o registro for publicado.</translation>
    </message>
    <message>
        <source>Publish a TXT record at _dmarc.{domain}, starting with v=DMARC1; p=none; rua=mailto:(an address that collects reports), then move to quarantine or reject once the reports show every sender aligned.</source>
        <extracomment>rule message.dmarc_missing: step (you)</extracomment>
        <translation>Publique um registro TXT em _dmarc.{domain}, começando com v=DMARC1; p=none; rua=mailto:(um endereço que colete os relatórios), e depois passe para quarantine ou reject quando os relatórios mostrarem todos os remetentes alinhados.</translation>
    </message>
    <message>
        <source>Publish a DMARC TXT record at _dmarc under your domain, starting with p=none and a rua= report address.</source>
        <extracomment>rule message.dmarc_missing: step (you)</extracomment>
        <translation>Publique um registro TXT de DMARC em _dmarc sob o seu domínio, começando com p=none e um endereço de relatórios rua=.</translation>
    </message>
    <message>
        <source>Google email sender guidelines</source>
        <extracomment>rule message.dmarc_missing: link title</extracomment>
        <translation>Diretrizes do Google para remetentes de e-mail</translation>
    </message>
    <message>
        <source>The message does not meet the Gmail and Yahoo bulk-sender rules</source>
        <extracomment>rule message.bulk_sender: title</extracomment>
        <translation>A mensagem não atende às regras de remetentes em massa do Gmail e do Yahoo</translation>
    </message>
    <message>
        <source>Gmail and Yahoo require bulk senders to offer one-click unsubscribe (RFC 8058) covered by the DKIM signature, to align DMARC, to send from an address with forward-confirmed reverse DNS over TLS, and to use a valid Message-ID and Date. The bulk-sender checklist in the Message tab shows each rule, its result and its source.</source>
        <extracomment>rule message.bulk_sender: summary</extracomment>
        <translation>O Gmail e o Yahoo exigem que remetentes em massa ofereçam descadastro com um clique (RFC 8058) coberto pela assinatura DKIM, estejam alinhados no DMARC, enviem por TLS a partir de um endereço com DNS reverso confirmado nos dois sentidos e usem Message-ID e Date válidos. A lista de verificação de remetentes em massa na aba &quot;Mensagem&quot; mostra cada regra, seu resultado e sua fonte.</translation>
    </message>
    <message>
        <source>For new mail at once; the sender&apos;s reputation recovers over days to weeks.</source>
        <extracomment>rule message.bulk_sender: recovery</extracomment>
        <translation>Para e-mails novos, imediatamente; a reputação do remetente se recupera ao longo de dias a semanas.</translation>
    </message>
    <message>
        <source>Fix the failed rules of the checklist, most serious first; for unsubscribe, add List-Unsubscribe with an https: URI and List-Unsubscribe-Post: List-Unsubscribe=One-Click, and sign both fields with DKIM.</source>
        <extracomment>rule message.bulk_sender: step (you)</extracomment>
        <translation>Corrija as regras da lista de verificação que falharam, as mais graves primeiro; para o descadastro, adicione List-Unsubscribe com uma URI https: e List-Unsubscribe-Post: List-Unsubscribe=One-Click, e assine os dois campos com DKIM.</translation>
    </message>
    <message>
        <source>RFC 8058 (one-click unsubscribe)</source>
        <extracomment>rule message.bulk_sender: link title</extracomment>
        <translation>RFC 8058 (descadastro com um clique)</translation>
    </message>
    <message>
        <source>A server on the route held the message for more than an hour</source>
        <extracomment>rule message.slow_route: title</extracomment>
        <translation>Um servidor na rota reteve a mensagem por mais de uma hora</translation>
    </message>
    <message>
        <source>The Received fields show a long gap between two hops: a queue. Greylisting, a retry after a deferral, or a slow content filter delayed the message; the Message tab&apos;s route timeline shows where.</source>
        <extracomment>rule message.slow_route: summary</extracomment>
        <translation>Os campos Received mostram um intervalo longo entre dois saltos: uma fila. Greylisting, uma nova tentativa após um adiamento ou um filtro de conteúdo lento atrasou a mensagem; a linha do tempo da rota na aba &quot;Mensagem&quot; mostra onde.</translation>
    </message>
    <message>
        <source>If the delay is on your side, look at that server&apos;s queue and logs for the message&apos;s time; if it is on the receiver&apos;s side, it was usually a deferral (greylisting or rate limiting) that your server retried.</source>
        <extracomment>rule message.slow_route: step (you)</extracomment>
        <translation>Se o atraso está do seu lado, veja a fila e os logs desse servidor no horário da mensagem; se está do lado do receptor, geralmente foi um adiamento (greylisting ou limitação de taxa) que o seu servidor tentou de novo.</translation>
    </message>
    <message>
        <source>An ARC sealer recorded authentication results that differ from Rebound&apos;s</source>
        <extracomment>rule message.arc_differs: title</extracomment>
        <translation>Um selador ARC registrou resultados de autenticação diferentes dos do Rebound</translation>
    </message>
    <message>
        <source>A forwarder or mailing list that sealed the message with ARC recorded what it saw when the message reached it; Rebound&apos;s own verification now says otherwise. When the chain validates, the message was changed after that sealer (the usual mailing-list story) and receivers that trust the sealer may use its record.</source>
        <extracomment>rule message.arc_differs: summary</extracomment>
        <translation>Um encaminhador ou lista de discussão que selou a mensagem com ARC registrou o que viu quando a mensagem chegou a ele; a verificação do próprio Rebound agora diz outra coisa. Quando a cadeia é válida, a mensagem foi alterada depois desse selador (o caso típico de lista de discussão), e os receptores que confiam no selador podem usar o registro dele.</translation>
    </message>
    <message>
        <source>Receivers that trust the sealer can use its ARC record to deliver the message despite the changed signature.</source>
        <extracomment>rule message.arc_differs: step (recipient)</extracomment>
        <translation>Os receptores que confiam no selador podem usar o registro ARC dele para entregar a mensagem apesar da assinatura alterada.</translation>
    </message>
    <message>
        <source>Microsoft SNDS: the filter result for {ip} is RED.</source>
        <extracomment>rule provider.microsoft.snds_red_traps: evidence (filter_result)</extracomment>
        <translation>Microsoft SNDS: o resultado do filtro para {ip} é VERMELHO.</translation>
    </message>
    <message>
        <source>Microsoft SNDS: {value} message(s) from {ip} hit spam traps in the last period.</source>
        <extracomment>rule provider.microsoft.snds_red_traps: evidence (trap_hits)</extracomment>
        <translation>Microsoft SNDS: {value} mensagem(ns) de {ip} atingiram armadilhas de spam no último período.</translation>
    </message>
    <message>
        <source>Microsoft blocks {ip}, and SNDS shows it RED with spam-trap hits</source>
        <extracomment>rule provider.microsoft.snds_red_traps: title</extracomment>
        <translation>A Microsoft bloqueia {ip}, e o SNDS o mostra VERMELHO com acertos em armadilhas de spam</translation>
    </message>
    <message>
        <source>Microsoft refused the mail with its own block code, and its Smart Network Data Services (SNDS) data for {ip} shows a RED filter result (most of the mail judged spam) and hits on spam-trap addresses. The block follows from what the address sends: addresses that never asked for mail (old, bought or harvested lists), or a compromised account or machine sending through {ip}. A mitigation request will not hold until that stops.</source>
        <extracomment>rule provider.microsoft.snds_red_traps: summary</extracomment>
        <translation>A Microsoft recusou o e-mail com seu próprio código de bloqueio, e os dados do Smart Network Data Services (SNDS) para {ip} mostram um resultado de filtro VERMELHO (a maior parte do e-mail julgada spam) e acertos em endereços-armadilha de spam. O bloqueio decorre do que o endereço envia: endereços que nunca pediram e-mail (listas antigas, compradas ou coletadas), ou uma conta ou máquina comprometida que envia por {ip}. Um pedido de mitigação não se sustenta enquanto isso não parar.</translation>
    </message>
    <message>
        <source>Days to weeks after the trap hits stop; SNDS data updates once a day.</source>
        <extracomment>rule provider.microsoft.snds_red_traps: recovery</extracomment>
        <translation>De dias a semanas depois que os acertos em armadilhas param; os dados do SNDS são atualizados uma vez por dia.</translation>
    </message>
    <message>
        <source>Find what sends to trap addresses from {ip}: compare the SNDS sample HELO and MAIL FROM with your own servers, look for a compromised account or machine, and stop mailing addresses that never confirmed (remove old and bought lists, use confirmed opt-in).</source>
        <extracomment>rule provider.microsoft.snds_red_traps: step (you)</extracomment>
        <translation>Descubra o que envia para endereços-armadilha a partir de {ip}: compare o HELO e o MAIL FROM de exemplo do SNDS com os seus próprios servidores, procure uma conta ou máquina comprometida e pare de enviar para endereços que nunca confirmaram (remova listas antigas e compradas, use opt-in confirmado).</translation>
    </message>
    <message>
        <source>When SNDS shows the address GREEN without trap hits again, ask Microsoft&apos;s sender support for mitigation.</source>
        <extracomment>rule provider.microsoft.snds_red_traps: step (you)</extracomment>
        <translation>Quando o SNDS voltar a mostrar o endereço VERDE sem acertos em armadilhas, peça mitigação ao suporte a remetentes da Microsoft.</translation>
    </message>
    <message>
        <source>Microsoft sender support (delisting)</source>
        <extracomment>rule provider.microsoft.snds_red_traps: link title</extracomment>
        <translation>Suporte a remetentes da Microsoft (remoção)</translation>
    </message>
    <message>
        <source>Do not request delisting while trap hits continue: the request is refused or the block comes back.</source>
        <extracomment>rule provider.microsoft.snds_red_traps: what not to do</extracomment>
        <translation>Não peça remoção enquanto os acertos em armadilhas continuarem: o pedido é recusado ou o bloqueio volta.</translation>
    </message>
    <message>
        <source>Microsoft SNDS: the filter result for {ip} is GREEN.</source>
        <extracomment>rule provider.microsoft.snds_green: evidence (filter_result)</extracomment>
        <translation>Microsoft SNDS: o resultado do filtro para {ip} é VERDE.</translation>
    </message>
    <message>
        <source>Microsoft blocks {ip} although SNDS shows it GREEN</source>
        <extracomment>rule provider.microsoft.snds_green: title</extracomment>
        <translation>A Microsoft bloqueia {ip}, embora o SNDS o mostre VERDE</translation>
    </message>
    <message>
        <source>Microsoft refused the mail with its own block code, yet its Smart Network Data Services (SNDS) data for {ip} shows a GREEN filter result: the mail it sees from the address is mostly not spam. The block is then not explained by content or traps: a new or low-volume address without reputation, a block inherited from a neighbouring range, or a stale block. Microsoft&apos;s sender support can usually lift it.</source>
        <extracomment>rule provider.microsoft.snds_green: summary</extracomment>
        <translation>A Microsoft recusou o e-mail com seu próprio código de bloqueio, mas os dados do Smart Network Data Services (SNDS) para {ip} mostram um resultado de filtro VERDE: o e-mail que ela vê do endereço em geral não é spam. O bloqueio então não se explica por conteúdo nem por armadilhas: um endereço novo ou de baixo volume sem reputação, um bloqueio herdado de uma faixa vizinha ou um bloqueio desatualizado. O suporte a remetentes da Microsoft normalmente consegue retirá-lo.</translation>
    </message>
    <message>
        <source>Usually 24 to 48 hours after Microsoft grants mitigation.</source>
        <extracomment>rule provider.microsoft.snds_green: recovery</extracomment>
        <translation>Geralmente de 24 a 48 horas depois que a Microsoft concede a mitigação.</translation>
    </message>
    <message>
        <source>Ask Microsoft&apos;s sender support for mitigation of {ip}, quoting the bounce&apos;s code; mention that SNDS shows the address GREEN.</source>
        <extracomment>rule provider.microsoft.snds_green: step (you)</extracomment>
        <translation>Peça ao suporte a remetentes da Microsoft a mitigação de {ip}, citando o código do bounce; mencione que o SNDS mostra o endereço VERDE.</translation>
    </message>
    <message>
        <source>If the address is new, raise the volume to Outlook.com recipients slowly over a few weeks.</source>
        <extracomment>rule provider.microsoft.snds_green: step (you)</extracomment>
        <translation>Se o endereço for novo, aumente o volume para destinatários do Outlook.com aos poucos, ao longo de algumas semanas.</translation>
    </message>
    <message>
        <source>Do not change IPs to get around the block: a new address starts without reputation and is often blocked the same way.</source>
        <extracomment>rule provider.microsoft.snds_green: what not to do</extracomment>
        <translation>Não troque de IP para contornar o bloqueio: um endereço novo começa sem reputação e muitas vezes é bloqueado da mesma forma.</translation>
    </message>
    <message>
        <source>Rebound&apos;s mailbox probe asked the recipient&apos;s server again: it still refuses the address at RCPT.</source>
        <extracomment>rule recipient.unknown: evidence (verdict)</extracomment>
        <translation>A sondagem de caixa postal do Rebound consultou de novo o servidor do destinatário: ele ainda recusa o endereço no RCPT.</translation>
    </message>
    <message>
        <source>Rebound&apos;s mailbox probe asked the recipient&apos;s server again: it now accepts the address at RCPT.</source>
        <extracomment>rule recipient.unknown: evidence (verdict)</extracomment>
        <translation>A sondagem de caixa postal do Rebound consultou de novo o servidor do destinatário: agora ele aceita o endereço no RCPT.</translation>
    </message>
    <message>
        <source>The recipient&apos;s server accepts this address now (Rebound&apos;s mailbox probe), so the mailbox may have been created since, or the refusal was temporary or not really about the address.</source>
        <extracomment>rule recipient.unknown: note</extracomment>
        <translation>O servidor do destinatário aceita este endereço agora (sondagem de caixa postal do Rebound), então a caixa postal pode ter sido criada desde então, ou a recusa foi temporária ou não dizia respeito de fato ao endereço.</translation>
    </message>
    <message>
        <source>Rebound&apos;s mailbox probe: the recipient&apos;s server accepted the address at RCPT and refused a made-up one at the same domain.</source>
        <extracomment>rule recipient.unknown_now_accepted: evidence (verdict)</extracomment>
        <translation>Sondagem de caixa postal do Rebound: o servidor do destinatário aceitou o endereço no RCPT e recusou um endereço inventado no mesmo domínio.</translation>
    </message>
    <message>
        <source>The address was refused as unknown, but its server accepts it now</source>
        <extracomment>rule recipient.unknown_now_accepted: title</extracomment>
        <translation>O endereço foi recusado como desconhecido, mas o servidor dele o aceita agora</translation>
    </message>
    <message>
        <source>The bounce says the mailbox does not exist, yet Rebound&apos;s mailbox probe (MAIL FROM with your address, RCPT TO, no message sent) found the recipient&apos;s server accepting the address, while it refuses a made-up address at the same domain. The mailbox was probably created or restored since, or the refusal came from another server (a backup MX or a gateway) or was a disguised policy refusal.</source>
        <extracomment>rule recipient.unknown_now_accepted: summary</extracomment>
        <translation>O bounce diz que a caixa postal não existe, mas a sondagem de caixa postal do Rebound (MAIL FROM com o seu endereço, RCPT TO, nenhuma mensagem enviada) encontrou o servidor do destinatário aceitando o endereço, enquanto recusa um endereço inventado no mesmo domínio. Provavelmente a caixa postal foi criada ou restaurada desde então, ou a recusa veio de outro servidor (um MX de backup ou um gateway), ou foi uma recusa por política disfarçada.</translation>
    </message>
    <message>
        <source>Usually immediate if the mailbox now exists.</source>
        <extracomment>rule recipient.unknown_now_accepted: recovery</extracomment>
        <translation>Geralmente imediato, se a caixa postal agora existe.</translation>
    </message>
    <message>
        <source>Send one message again to this address; if it bounces once more, compare which server refused it (the bounce&apos;s reporting MTA) with the MX the probe reached.</source>
        <extracomment>rule recipient.unknown_now_accepted: step (you)</extracomment>
        <translation>Envie de novo uma mensagem para este endereço; se ela voltar outra vez, compare o servidor que a recusou (o Reporting-MTA do bounce) com o MX que a sondagem alcançou.</translation>
    </message>
    <message>
        <source>If it keeps bouncing, ask the recipient (through another channel) whether their mailbox was recently created or moved, or whether a filter in front of it refuses your mail.</source>
        <extracomment>rule recipient.unknown_now_accepted: step (recipient)</extracomment>
        <translation>Se continuar voltando, pergunte ao destinatário (por outro canal) se a caixa postal dele foi criada ou movida recentemente, ou se um filtro na frente dela recusa o seu e-mail.</translation>
    </message>
    <message>
        <source>Do not probe the address repeatedly: repeated RCPT probes can get your address or IP listed as a directory-harvesting sender.</source>
        <extracomment>rule recipient.unknown_now_accepted: what not to do</extracomment>
        <translation>Não sonde o endereço repetidamente: sondagens RCPT repetidas podem fazer o seu endereço ou IP ser listado como remetente de coleta de endereços (directory harvesting).</translation>
    </message>
    <message>
        <source>{policy_domain} publishes an MTA-STS policy in {value} mode: senders that honour it refuse a mail server whose name or certificate the policy does not accept.</source>
        <extracomment>rule tls.mta_sts_enforced: evidence (mta_sts.policy.mode)</extracomment>
        <translation>{policy_domain} publica uma política MTA-STS em modo {value}: remetentes que a respeitam recusam um servidor de e-mail cujo nome ou certificado a política não aceita.</translation>
    </message>
    <message>
        <source>{recipient_domain}&apos;s MTA-STS policy stops delivery to its own mail servers</source>
        <extracomment>rule tls.mta_sts_enforced: title</extracomment>
        <translation>A política MTA-STS de {recipient_domain} impede a entrega aos próprios servidores de e-mail do domínio</translation>
    </message>
    <message>
        <source>The bounce says TLS could not be used as required, and {recipient_domain} publishes an MTA-STS policy in enforce mode (RFC 8461) while one of its MX hosts is not covered by the policy&apos;s mx: patterns or does not present a valid certificate. Senders that honour MTA-STS refuse to deliver to such a host, so the mail waits and bounces until the recipient fixes the policy or the certificate.</source>
        <extracomment>rule tls.mta_sts_enforced: summary</extracomment>
        <translation>O bounce diz que o TLS não pôde ser usado como exigido, e {recipient_domain} publica uma política MTA-STS em modo enforce (RFC 8461) enquanto um dos seus hosts MX não está coberto pelos padrões mx: da política ou não apresenta um certificado válido. Remetentes que respeitam o MTA-STS se recusam a entregar a um host assim, então o e-mail fica esperando e volta até que o destinatário corrija a política ou o certificado.</translation>
    </message>
    <message>
        <source>Once the recipient fixes the policy and changes its id; senders that cached the old policy may wait until it expires (max_age).</source>
        <extracomment>rule tls.mta_sts_enforced: recovery</extracomment>
        <translation>Assim que o destinatário corrigir a política e mudar o id dela; remetentes que guardaram a política antiga em cache podem esperar até ela expirar (max_age).</translation>
    </message>
    <message>
        <source>Add every MX host of {recipient_domain} to the mx: lines of https://mta-sts.{recipient_domain}/.well-known/mta-sts.txt (or give each host a certificate for its name from a public CA), then change the id= of the _mta-sts TXT record so that senders fetch the policy again.</source>
        <extracomment>rule tls.mta_sts_enforced: step (recipient)</extracomment>
        <translation>Adicione cada host MX de {recipient_domain} às linhas mx: de https://mta-sts.{recipient_domain}/.well-known/mta-sts.txt (ou dê a cada host um certificado para o nome dele, emitido por uma CA pública) e depois mude o id= do registro TXT _mta-sts para que os remetentes obtenham a política de novo.</translation>
    </message>
    <message>
        <source>Until it is fixed, the recipient can switch the policy to mode: testing, which makes senders deliver and report instead of refusing.</source>
        <extracomment>rule tls.mta_sts_enforced: step (recipient)</extracomment>
        <translation>Até que seja corrigida, o destinatário pode mudar a política para mode: testing, que faz os remetentes entregarem e relatarem em vez de recusar.</translation>
    </message>
    <message>
        <source>Tell the recipient&apos;s postmaster what Rebound found (the MTA-STS section of the report); your server retries queued mail by itself once the policy or certificate is fixed.</source>
        <extracomment>rule tls.mta_sts_enforced: step (you)</extracomment>
        <translation>Informe ao postmaster do destinatário o que o Rebound encontrou (a seção MTA-STS do relatório); o seu servidor tenta de novo sozinho o e-mail na fila assim que a política ou o certificado for corrigido.</translation>
    </message>
    <message>
        <source>Do not turn off MTA-STS or certificate checks on your sending server for this domain: the policy is the recipient&apos;s protection against downgrade attacks.</source>
        <extracomment>rule tls.mta_sts_enforced: what not to do</extracomment>
        <translation>Não desative o MTA-STS nem as verificações de certificado no seu servidor de envio para este domínio: a política é a proteção do destinatário contra ataques de downgrade.</translation>
    </message>
    <message>
        <source>RFC 8461: SMTP MTA Strict Transport Security</source>
        <extracomment>rule tls.mta_sts_enforced: link title</extracomment>
        <translation>RFC 8461: SMTP MTA Strict Transport Security</translation>
    </message>
    <message>
        <source>The recipient&apos;s mail server fails its own DANE TLSA records</source>
        <extracomment>rule tls.dane_mismatch: title</extracomment>
        <translation>O servidor de e-mail do destinatário não passa nos próprios registros DANE TLSA</translation>
    </message>
    <message>
        <source>The bounce says TLS was required or failed, and the recipient domain&apos;s MX does not match its DNSSEC-validated TLSA records (or their validation fails). Senders that do DANE (RFC 7672) refuse to deliver to such a server, so the fault is on the receiving side.</source>
        <extracomment>rule tls.dane_mismatch: summary</extracomment>
        <translation>O bounce diz que o TLS era exigido ou falhou, e o MX do domínio do destinatário não corresponde aos seus registros TLSA validados por DNSSEC (ou a validação deles falha). Remetentes que usam DANE (RFC 7672) se recusam a entregar a um servidor assim, então a falha está do lado receptor.</translation>
    </message>
    <message>
        <source>After the corrected TLSA records&apos; TTL.</source>
        <extracomment>rule tls.dane_mismatch: recovery</extracomment>
        <translation>Após o TTL dos registros TLSA corrigidos.</translation>
    </message>
    <message>
        <source>Publish TLSA records that match the certificate the mail server presents (or fix the zone&apos;s DNSSEC signatures), before or together with any certificate change.</source>
        <extracomment>rule tls.dane_mismatch: step (recipient)</extracomment>
        <translation>Publique registros TLSA que correspondam ao certificado que o servidor de e-mail apresenta (ou corrija as assinaturas DNSSEC da zona), antes de qualquer troca de certificado ou junto com ela.</translation>
    </message>
    <message>
        <source>Tell the recipient&apos;s administrator; your server is right to refuse. Retry once their TLSA records match.</source>
        <extracomment>rule tls.dane_mismatch: step (you)</extracomment>
        <translation>Avise o administrador do destinatário; o seu servidor está certo em recusar. Tente de novo quando os registros TLSA dele corresponderem.</translation>
    </message>
    <message>
        <source>Do not turn off DANE or TLS on your sending server to get the mail through: it removes the protection for every DANE domain.</source>
        <extracomment>rule tls.dane_mismatch: what not to do</extracomment>
        <translation>Não desative o DANE nem o TLS no seu servidor de envio para fazer o e-mail passar: isso remove a proteção para todos os domínios com DANE.</translation>
    </message>
    <message>
        <source>Unauthorised sources send as {domain} and fail DMARC</source>
        <extracomment>rule reports.unauthorised_sender: title</extracomment>
        <translation>Fontes não autorizadas enviam como {domain} e falham no DMARC</translation>
    </message>
    <message>
        <source>The DMARC aggregate reports show mail with {domain} in its From field from addresses that are neither in the domain&apos;s SPF record nor a known sending service, and that carry no aligned DKIM signature. Either someone spoofs the domain, or one of your own senders (a server, an application, a new provider) is not set up yet.</source>
        <extracomment>rule reports.unauthorised_sender: summary</extracomment>
        <translation>Os relatórios agregados DMARC mostram e-mails com {domain} no campo From vindos de endereços que não estão no registro SPF do domínio nem são um serviço de envio conhecido, e que não têm assinatura DKIM alinhada. Ou alguém está falsificando o domínio, ou um dos seus próprios remetentes (um servidor, uma aplicação, um novo provedor) ainda não está configurado.</translation>
    </message>
    <message>
        <source>The next day&apos;s reports show the change once the DNS records are published.</source>
        <extracomment>rule reports.unauthorised_sender: recovery</extracomment>
        <translation>Os relatórios do dia seguinte mostram a mudança depois que os registros DNS forem publicados.</translation>
    </message>
    <message>
        <source>Look through the sources in the Reports window (their reverse DNS names and volumes): decide for each whether it is yours.</source>
        <extracomment>rule reports.unauthorised_sender: step (you)</extracomment>
        <translation>Examine as fontes na janela de relatórios (os nomes de DNS reverso e os volumes): decida para cada uma se ela é sua.</translation>
    </message>
    <message>
        <source>Look through the sources in the Reports window: decide for each whether it is yours.</source>
        <extracomment>rule reports.unauthorised_sender: step (you)</extracomment>
        <translation>Examine as fontes na janela de relatórios: decida para cada uma se ela é sua.</translation>
    </message>
    <message>
        <source>For each source that is yours, add it to the SPF record of {domain} and sign its mail with DKIM for {domain}.</source>
        <extracomment>rule reports.unauthorised_sender: step (you)</extracomment>
        <translation>Para cada fonte que for sua, adicione-a ao registro SPF de {domain} e assine o e-mail dela com DKIM para {domain}.</translation>
    </message>
    <message>
        <source>For each source that is yours, add it to your domain&apos;s SPF record and sign its mail with DKIM for your domain.</source>
        <extracomment>rule reports.unauthorised_sender: step (you)</extracomment>
        <translation>Para cada fonte que for sua, adicione-a ao registro SPF do seu domínio e assine o e-mail dela com DKIM para o seu domínio.</translation>
    </message>
    <message>
        <source>Once every legitimate source passes, move the DMARC policy of {domain} from p=none towards p=quarantine, then p=reject, so that the spoofed mail is refused.</source>
        <extracomment>rule reports.unauthorised_sender: step (you)</extracomment>
        <translation>Quando todas as fontes legítimas passarem, leve a política DMARC de {domain} de p=none para p=quarantine e depois para p=reject, para que o e-mail falsificado seja recusado.</translation>
    </message>
    <message>
        <source>Once every legitimate source passes, move the DMARC policy from p=none towards p=quarantine, then p=reject.</source>
        <extracomment>rule reports.unauthorised_sender: step (you)</extracomment>
        <translation>Quando todas as fontes legítimas passarem, leve a política DMARC de p=none para p=quarantine e depois para p=reject.</translation>
    </message>
    <message>
        <source>Do not add an unknown source to the SPF record to make the reports pass: you would authorise whoever spoofs you.</source>
        <extracomment>rule reports.unauthorised_sender: what not to do</extracomment>
        <translation>Não adicione uma fonte desconhecida ao registro SPF para fazer os relatórios passarem: você autorizaria quem está falsificando o seu domínio.</translation>
    </message>
    <message>
        <source>A sending service sends for {domain} without aligned DKIM</source>
        <extracomment>rule reports.esp_unaligned: title</extracomment>
        <translation>Um serviço de envio envia por {domain} sem DKIM alinhado</translation>
    </message>
    <message>
        <source>The reports show a known sending service (an ESP or a mailbox provider) sending as {domain}: its mail passes SPF and DKIM for the service&apos;s own domains, but neither aligns with {domain}, so DMARC fails and receivers apply the domain&apos;s policy to it.</source>
        <extracomment>rule reports.esp_unaligned: summary</extracomment>
        <translation>Os relatórios mostram um serviço de envio conhecido (um ESP ou um provedor de caixa postal) enviando como {domain}: o e-mail dele passa no SPF e no DKIM para os próprios domínios do serviço, mas nenhum dos dois está alinhado com {domain}, então o DMARC falha e os receptores aplicam a política do domínio a esse e-mail.</translation>
    </message>
    <message>
        <source>As soon as the service signs with the new keys; the next day&apos;s reports confirm it.</source>
        <extracomment>rule reports.esp_unaligned: recovery</extracomment>
        <translation>Assim que o serviço assinar com as novas chaves; os relatórios do dia seguinte confirmam.</translation>
    </message>
    <message>
        <source>Set up DKIM for {domain} (a custom signing domain) in each sending service the reports name.</source>
        <extracomment>rule reports.esp_unaligned: step (provider)</extracomment>
        <translation>Configure o DKIM para {domain} (um domínio de assinatura personalizado) em cada serviço de envio citado nos relatórios.</translation>
    </message>
    <message>
        <source>Set up DKIM for your domain (a custom signing domain) in each sending service the reports name.</source>
        <extracomment>rule reports.esp_unaligned: step (provider)</extracomment>
        <translation>Configure o DKIM para o seu domínio (um domínio de assinatura personalizado) em cada serviço de envio citado nos relatórios.</translation>
    </message>
    <message>
        <source>Where the service offers it, use a custom return-path (bounce) domain under {domain}, so that SPF aligns too.</source>
        <extracomment>rule reports.esp_unaligned: step (provider)</extracomment>
        <translation>Onde o serviço oferecer, use um domínio de return-path (bounce) personalizado sob {domain}, para que o SPF também fique alinhado.</translation>
    </message>
    <message>
        <source>Where the service offers it, use a custom return-path (bounce) domain under your domain, so that SPF aligns too.</source>
        <extracomment>rule reports.esp_unaligned: step (provider)</extracomment>
        <translation>Onde o serviço oferecer, use um domínio de return-path (bounce) personalizado sob o seu domínio, para que o SPF também fique alinhado.</translation>
    </message>
    <message>
        <source>Do not tighten the DMARC policy before these services are aligned: their mail would be quarantined or refused.</source>
        <extracomment>rule reports.esp_unaligned: what not to do</extracomment>
        <translation>Não endureça a política DMARC antes de esses serviços estarem alinhados: o e-mail deles seria colocado em quarentena ou recusado.</translation>
    </message>
    <message>
        <source>Forwarded mail fails DMARC for {domain}</source>
        <extracomment>rule reports.forwarding: title</extracomment>
        <translation>E-mail encaminhado falha no DMARC para {domain}</translation>
    </message>
    <message>
        <source>Some sources in the reports look like forwarders or mailing lists: they relay mail sent as {domain}, which breaks SPF, and a list that changes the message breaks DKIM too. This is expected and not a problem of your setup as long as your own mail is DKIM-signed for {domain}.</source>
        <extracomment>rule reports.forwarding: summary</extracomment>
        <translation>Algumas fontes nos relatórios parecem encaminhadores ou listas de discussão: elas retransmitem e-mails enviados como {domain}, o que quebra o SPF, e uma lista que altera a mensagem também quebra o DKIM. Isso é esperado e não é um problema da sua configuração, desde que o seu próprio e-mail seja assinado com DKIM para {domain}.</translation>
    </message>
    <message>
        <source>Make sure all of your own mail is DKIM-signed for {domain}: an aligned signature survives plain forwarding.</source>
        <extracomment>rule reports.forwarding: step (you)</extracomment>
        <translation>Garanta que todo o seu próprio e-mail seja assinado com DKIM para {domain}: uma assinatura alinhada sobrevive ao encaminhamento simples.</translation>
    </message>
    <message>
        <source>Make sure all of your own mail is DKIM-signed for your domain: an aligned signature survives plain forwarding.</source>
        <extracomment>rule reports.forwarding: step (you)</extracomment>
        <translation>Garanta que todo o seu próprio e-mail seja assinado com DKIM para o seu domínio: uma assinatura alinhada sobrevive ao encaminhamento simples.</translation>
    </message>
    <message>
        <source>Do not add the forwarders to your SPF record: they send for many domains.</source>
        <extracomment>rule reports.forwarding: what not to do</extracomment>
        <translation>Não adicione os encaminhadores ao seu registro SPF: eles enviam por muitos domínios.</translation>
    </message>
    <message>
        <source>TLS sessions to the mail servers of {domain} fail</source>
        <extracomment>rule reports.tls_failures: title</extracomment>
        <translation>Sessões TLS com os servidores de e-mail de {domain} falham</translation>
    </message>
    <message>
        <source>The SMTP TLS reports show sending servers that could not set up the secure connection the policy of {domain} (MTA-STS or DANE) requires. Depending on the policy, that mail was delivered without TLS, delayed or not delivered.</source>
        <extracomment>rule reports.tls_failures: summary</extracomment>
        <translation>Os relatórios SMTP TLS mostram servidores de envio que não conseguiram estabelecer a conexão segura que a política de {domain} (MTA-STS ou DANE) exige. Dependendo da política, esse e-mail foi entregue sem TLS, atrasado ou não foi entregue.</translation>
    </message>
    <message>
        <source>Look at the result types in the reports: each names what failed, and the Reports window explains each one.</source>
        <extracomment>rule reports.tls_failures: step (you)</extracomment>
        <translation>Veja os tipos de resultado nos relatórios: cada um indica o que falhou, e a janela de relatórios explica cada um.</translation>
    </message>
    <message>
        <source>Look at the result types in the reports: each names what failed.</source>
        <extracomment>rule reports.tls_failures: step (you)</extracomment>
        <translation>Veja os tipos de resultado nos relatórios: cada um indica o que falhou.</translation>
    </message>
    <message>
        <source>RFC 8460 (SMTP TLS reporting)</source>
        <extracomment>rule reports.tls_failures: link title</extracomment>
        <translation>RFC 8460 (relatórios SMTP TLS)</translation>
    </message>
    <message>
        <source>The TLS reports name the result type {value}.</source>
        <extracomment>rule reports.tls.starttls_not_supported: evidence (tls_failure_types)</extracomment>
        <translation>Os relatórios TLS citam o tipo de resultado {value}.</translation>
    </message>
    <message>
        <source>The mail servers of {domain} do not offer STARTTLS to every sender</source>
        <extracomment>rule reports.tls.starttls_not_supported: title</extracomment>
        <translation>Os servidores de e-mail de {domain} não oferecem STARTTLS a todos os remetentes</translation>
    </message>
    <message>
        <source>Senders report the result type starttls-not-supported: a mail server of {domain} did not offer STARTTLS (or the offer was stripped on the way) while the domain&apos;s MTA-STS or DANE policy requires TLS.</source>
        <extracomment>rule reports.tls.starttls_not_supported: summary</extracomment>
        <translation>Os remetentes relatam o tipo de resultado starttls-not-supported: um servidor de e-mail de {domain} não ofereceu STARTTLS (ou a oferta foi removida no caminho) enquanto a política MTA-STS ou DANE do domínio exige TLS.</translation>
    </message>
    <message>
        <source>Enable STARTTLS on every MX host of {domain} (and on every address of each host, IPv4 and IPv6), and check that no firewall or proxy strips it.</source>
        <extracomment>rule reports.tls.starttls_not_supported: step (you)</extracomment>
        <translation>Ative o STARTTLS em todos os hosts MX de {domain} (e em todos os endereços de cada host, IPv4 e IPv6) e verifique se nenhum firewall ou proxy o remove.</translation>
    </message>
    <message>
        <source>Enable STARTTLS on every MX host (and on every address of each host), and check that no firewall or proxy strips it.</source>
        <extracomment>rule reports.tls.starttls_not_supported: step (you)</extracomment>
        <translation>Ative o STARTTLS em todos os hosts MX (e em todos os endereços de cada host) e verifique se nenhum firewall ou proxy o remove.</translation>
    </message>
    <message>
        <source>The certificate of a mail server of {domain} fails validation</source>
        <extracomment>rule reports.tls.certificate: title</extracomment>
        <translation>O certificado de um servidor de e-mail de {domain} falha na validação</translation>
    </message>
    <message>
        <source>Senders report certificate failures (a name that does not match the MX host, an expired certificate, an untrusted chain, or another validation failure): under the domain&apos;s MTA-STS policy in enforce mode such mail is not delivered.</source>
        <extracomment>rule reports.tls.certificate: summary</extracomment>
        <translation>Os remetentes relatam falhas de certificado (um nome que não corresponde ao host MX, um certificado expirado, uma cadeia não confiável ou outra falha de validação): sob a política MTA-STS do domínio em modo enforce, esse e-mail não é entregue.</translation>
    </message>
    <message>
        <source>Install on every MX host of {domain} a certificate from a public CA that covers the MX host name, with its whole chain, and renew it before it expires.</source>
        <extracomment>rule reports.tls.certificate: step (you)</extracomment>
        <translation>Instale em todos os hosts MX de {domain} um certificado de uma CA pública que cubra o nome do host MX, com a cadeia completa, e renove-o antes que expire.</translation>
    </message>
    <message>
        <source>Install on every MX host a certificate from a public CA that covers the MX host name, with its whole chain, and renew it before it expires.</source>
        <extracomment>rule reports.tls.certificate: step (you)</extracomment>
        <translation>Instale em todos os hosts MX um certificado de uma CA pública que cubra o nome do host MX, com a cadeia completa, e renove-o antes que expire.</translation>
    </message>
    <message>
        <source>DANE validation of the mail servers of {domain} fails</source>
        <extracomment>rule reports.tls.dane: title</extracomment>
        <translation>A validação DANE dos servidores de e-mail de {domain} falha</translation>
    </message>
    <message>
        <source>Senders report DANE failures (invalid TLSA records, DNSSEC that does not validate, or a required DANE check that could not be done): DANE senders do not deliver to a host whose TLSA records do not match its certificate.</source>
        <extracomment>rule reports.tls.dane: summary</extracomment>
        <translation>Os remetentes relatam falhas de DANE (registros TLSA inválidos, DNSSEC que não valida ou uma verificação DANE obrigatória que não pôde ser feita): remetentes com DANE não entregam a um host cujos registros TLSA não correspondem ao certificado dele.</translation>
    </message>
    <message>
        <source>Make the TLSA records of each MX host of {domain} match the certificate it serves (publish the new key&apos;s record before a rollover), and keep the DNSSEC signatures of the zones valid.</source>
        <extracomment>rule reports.tls.dane: step (you)</extracomment>
        <translation>Faça os registros TLSA de cada host MX de {domain} corresponderem ao certificado que ele serve (publique o registro da nova chave antes de uma troca de chave) e mantenha válidas as assinaturas DNSSEC das zonas.</translation>
    </message>
    <message>
        <source>Make the TLSA records of each MX host match the certificate it serves, and keep the DNSSEC signatures valid.</source>
        <extracomment>rule reports.tls.dane: step (you)</extracomment>
        <translation>Faça os registros TLSA de cada host MX corresponderem ao certificado que ele serve e mantenha válidas as assinaturas DNSSEC.</translation>
    </message>
    <message>
        <source>RFC 7672 (DANE for SMTP)</source>
        <extracomment>rule reports.tls.dane: link title</extracomment>
        <translation>RFC 7672 (DANE para SMTP)</translation>
    </message>
    <message>
        <source>The MTA-STS policy of {domain} cannot be fetched or is invalid</source>
        <extracomment>rule reports.tls.mta_sts: title</extracomment>
        <translation>A política MTA-STS de {domain} não pode ser obtida ou é inválida</translation>
    </message>
    <message>
        <source>Senders report MTA-STS policy failures: the policy file at https://mta-sts.{domain}/.well-known/mta-sts.txt could not be fetched, is not valid, or its web server&apos;s certificate is not valid.</source>
        <extracomment>rule reports.tls.mta_sts: summary</extracomment>
        <translation>Os remetentes relatam falhas da política MTA-STS: o arquivo de política em https://mta-sts.{domain}/.well-known/mta-sts.txt não pôde ser obtido, não é válido, ou o certificado do servidor web dele não é válido.</translation>
    </message>
    <message>
        <source>Serve the policy at https://mta-sts.{domain}/.well-known/mta-sts.txt with a valid certificate for mta-sts.{domain}, and check its syntax (version, mode, mx, max_age).</source>
        <extracomment>rule reports.tls.mta_sts: step (you)</extracomment>
        <translation>Sirva a política em https://mta-sts.{domain}/.well-known/mta-sts.txt com um certificado válido para mta-sts.{domain} e verifique a sintaxe dela (version, mode, mx, max_age).</translation>
    </message>
    <message>
        <source>Serve the MTA-STS policy over HTTPS with a valid certificate for the mta-sts host, and check its syntax (version, mode, mx, max_age).</source>
        <extracomment>rule reports.tls.mta_sts: step (you)</extracomment>
        <translation>Sirva a política MTA-STS por HTTPS com um certificado válido para o host mta-sts e verifique a sintaxe dela (version, mode, mx, max_age).</translation>
    </message>
    <message>
        <source>RFC 8461 (MTA-STS)</source>
        <extracomment>rule reports.tls.mta_sts: link title</extracomment>
        <translation>RFC 8461 (MTA-STS)</translation>
    </message>
    <message>
        <source>The watch&apos;s database: {value}.</source>
        <extracomment>rule blocklist.spamhaus.xbl: evidence (listed_since)</extracomment>
        <translation>Banco de dados do monitoramento: {value}.</translation>
    </message>
    <message>
        <source>Google Postmaster Tools: Gmail users reported {spam_rate} of {postmaster_domain}&apos;s mail as spam on {spam_date} (the limit is 0.3 %).</source>
        <extracomment>rule provider.gmail.complaints_high: evidence (spam_rate_level)</extracomment>
        <translation>Google Postmaster Tools: usuários do Gmail denunciaram como spam {spam_rate} dos e-mails de {postmaster_domain} em {spam_date} (o limite é 0,3%).</translation>
    </message>
    <message>
        <source>Gmail refuses {domain}&apos;s mail: its users report too much of it as spam</source>
        <extracomment>rule provider.gmail.complaints_high: title</extracomment>
        <translation>O Gmail recusa os e-mails de {domain}: seus usuários denunciam muitos deles como spam</translation>
    </message>
    <message>
        <source>Gmail refused the mail as unsolicited or rate-limited it, and Google Postmaster Tools shows a user-reported spam rate at or over 0.3 %, the limit of Gmail&apos;s bulk-sender rules. Above it Gmail rejects or junks more of the domain&apos;s mail, and mitigation cannot be requested until the rate stays below 0.3 % for seven days. The cause is the mail recipients did not want, not the server or DNS.</source>
        <extracomment>rule provider.gmail.complaints_high: summary</extracomment>
        <translation>O Gmail recusou o e-mail como não solicitado ou limitou sua taxa de envio, e o Google Postmaster Tools mostra uma taxa de spam denunciado pelos usuários de 0,3% ou mais, o limite das regras de remetentes em massa do Gmail. Acima dele, o Gmail recusa ou manda para o spam mais e-mails do domínio, e a mitigação só pode ser pedida depois que a taxa ficar abaixo de 0,3% por sete dias. A causa são os e-mails que os destinatários não queriam, não o servidor nem o DNS.</translation>
    </message>
    <message>
        <source>Days to weeks: Gmail looks at the spam rate of the last days, so it improves only after the unwanted mail stops.</source>
        <extracomment>rule provider.gmail.complaints_high: recovery</extracomment>
        <translation>De dias a semanas: o Gmail considera a taxa de spam dos últimos dias, então ela só melhora depois que os e-mails indesejados param.</translation>
    </message>
    <message>
        <source>Find the mailings that draw the complaints (Postmaster Tools shows the rate per day; a Feedback-ID header shows it per campaign) and stop sending them to recipients who did not ask for them.</source>
        <extracomment>rule provider.gmail.complaints_high: step (you)</extracomment>
        <translation>Descubra os envios que geram as reclamações (o Postmaster Tools mostra a taxa por dia; um cabeçalho Feedback-ID a mostra por campanha) e pare de enviá-los a destinatários que não os pediram.</translation>
    </message>
    <message>
        <source>Make unsubscribing one click (List-Unsubscribe-Post) and honour it within two days; remove recipients who have not opened for months.</source>
        <extracomment>rule provider.gmail.complaints_high: step (you)</extracomment>
        <translation>Permita o descadastro com um clique (List-Unsubscribe-Post) e atenda-o em até dois dias; remova os destinatários que não abrem nenhuma mensagem há meses.</translation>
    </message>
    <message>
        <source>When the spam rate has stayed below 0.3 % for seven days, Gmail&apos;s sender support can be asked for mitigation.</source>
        <extracomment>rule provider.gmail.complaints_high: step (you)</extracomment>
        <translation>Quando a taxa de spam tiver ficado abaixo de 0,3% por sete dias, é possível pedir mitigação ao suporte a remetentes do Gmail.</translation>
    </message>
    <message>
        <source>Gmail Email sender guidelines</source>
        <extracomment>rule provider.gmail.complaints_high: link title</extracomment>
        <translation>Diretrizes do Gmail para remetentes de e-mail</translation>
    </message>
    <message>
        <source>Do not move the mail to another domain or IP to get around the rate: Gmail follows the reputation, and the new one starts without any.</source>
        <extracomment>rule provider.gmail.complaints_high: what not to do</extracomment>
        <translation>Não transfira o envio para outro domínio ou IP para contornar a taxa: o Gmail acompanha a reputação, e o novo começa sem nenhuma.</translation>
    </message>
    <message>
        <source>Google Postmaster Tools: the compliance requirement &apos;{value}&apos; needs work for {postmaster_domain}.</source>
        <extracomment>rule provider.gmail.compliance_auth: evidence (needs_work)</extracomment>
        <translation>Google Postmaster Tools: o requisito de conformidade &quot;{value}&quot; precisa de ajustes para {postmaster_domain}.</translation>
    </message>
    <message>
        <source>Gmail refuses {domain}&apos;s mail, and Postmaster Tools says its authentication needs work</source>
        <extracomment>rule provider.gmail.compliance_auth: title</extracomment>
        <translation>O Gmail recusa os e-mails de {domain}, e o Postmaster Tools diz que a autenticação precisa de ajustes</translation>
    </message>
    <message>
        <source>The bounce comes from Gmail, and Google Postmaster Tools&apos; compliance status for the domain marks an authentication requirement (SPF, DKIM or DMARC) as needing work. Gmail&apos;s bulk-sender rules require all of them; the rows below say which one to fix.</source>
        <extracomment>rule provider.gmail.compliance_auth: summary</extracomment>
        <translation>O bounce vem do Gmail, e o status de conformidade do domínio no Google Postmaster Tools marca um requisito de autenticação (SPF, DKIM ou DMARC) como precisando de ajustes. As regras de remetentes em massa do Gmail exigem todos eles; as linhas abaixo dizem qual corrigir.</translation>
    </message>
    <message>
        <source>The compliance status updates within a few days after the fix; Gmail accepts authenticated mail at once.</source>
        <extracomment>rule provider.gmail.compliance_auth: recovery</extracomment>
        <translation>O status de conformidade é atualizado em poucos dias após a correção; o Gmail aceita e-mails autenticados imediatamente.</translation>
    </message>
    <message>
        <source>Fix the requirement Postmaster Tools marks: publish or correct the SPF record, sign all mail with DKIM for {domain}, publish a DMARC record and make SPF or DKIM align with the From domain.</source>
        <extracomment>rule provider.gmail.compliance_auth: step (you)</extracomment>
        <translation>Corrija o requisito que o Postmaster Tools marca: publique ou corrija o registro SPF, assine todos os e-mails com DKIM para {domain}, publique um registro DMARC e garanta que SPF ou DKIM esteja alinhado com o domínio From.</translation>
    </message>
    <message>
        <source>Check the domain result below: its SPF, DKIM and DMARC findings show what is missing now.</source>
        <extracomment>rule provider.gmail.compliance_auth: step (you)</extracomment>
        <translation>Confira o resultado do domínio abaixo: as constatações de SPF, DKIM e DMARC mostram o que falta agora.</translation>
    </message>
    <message>
        <source>The watch saw the PTR of {ptr_target} change on {ptr_changed_on}, {value} day(s) before this diagnosis.</source>
        <extracomment>rule rdns.problem: evidence (record_changes.ptr.days_before)</extracomment>
        <translation>O monitoramento viu o PTR de {ptr_target} mudar em {ptr_changed_on}, {value} dia(s) antes deste diagnóstico.</translation>
    </message>
    <message>
        <source>The watch saw the SPF record of {spf_target} change on {spf_changed_on}, {value} day(s) before this diagnosis.</source>
        <extracomment>rule auth.spf_fail: evidence (record_changes.spf.days_before)</extracomment>
        <translation>O monitoramento viu o registro SPF de {spf_target} mudar em {spf_changed_on}, {value} dia(s) antes deste diagnóstico.</translation>
    </message>
    <message>
        <source>The SPF record of {domain} changed {spf_days} day(s) before this bounce</source>
        <extracomment>rule watch.spf_changed_before_bounce: title</extracomment>
        <translation>O registro SPF de {domain} mudou {spf_days} dia(s) antes deste bounce</translation>
    </message>
    <message>
        <source>The receiver refused the mail on authentication grounds, and the watch saw the SPF record of {domain} change on {spf_changed_on}: from &quot;{spf_from}&quot; to &quot;{spf_to}&quot;. A mechanism removed or a typo in the new record is the usual reason mail that passed before fails now.</source>
        <extracomment>rule watch.spf_changed_before_bounce: summary</extracomment>
        <translation>O receptor recusou o e-mail por motivos de autenticação, e o monitoramento viu o registro SPF de {domain} mudar em {spf_changed_on}: de &quot;{spf_from}&quot; para &quot;{spf_to}&quot;. Um mecanismo removido ou um erro de digitação no novo registro é o motivo habitual de um e-mail que passava antes falhar agora.</translation>
    </message>
    <message>
        <source>As soon as the corrected record&apos;s TTL has passed (usually under an hour).</source>
        <extracomment>rule watch.spf_changed_before_bounce: recovery</extracomment>
        <translation>Assim que o TTL do registro corrigido tiver passado (geralmente menos de uma hora).</translation>
    </message>
    <message>
        <source>Compare the SPF record of {domain} before the change (&quot;{spf_from}&quot;) with the one published now (&quot;{spf_to}&quot;): check that every service that sends as {domain}, including the one that sent this message from {ip}, is still authorised.</source>
        <extracomment>rule watch.spf_changed_before_bounce: step (you)</extracomment>
        <translation>Compare o registro SPF de {domain} antes da mudança (&quot;{spf_from}&quot;) com o publicado agora (&quot;{spf_to}&quot;): verifique se todo serviço que envia como {domain}, incluindo o que enviou esta mensagem a partir de {ip}, continua autorizado.</translation>
    </message>
    <message>
        <source>Compare the SPF record of {domain} before and after the change the watch saw: check that every service that sends as {domain} is still authorised.</source>
        <extracomment>rule watch.spf_changed_before_bounce: step (you)</extracomment>
        <translation>Compare o registro SPF de {domain} antes e depois da mudança que o monitoramento viu: verifique se todo serviço que envia como {domain} continua autorizado.</translation>
    </message>
    <message>
        <source>Fix the record (or restore the previous one), then resend; receivers use the new record as soon as its TTL has passed.</source>
        <extracomment>rule watch.spf_changed_before_bounce: step (you)</extracomment>
        <translation>Corrija o registro (ou restaure o anterior) e depois reenvie; os receptores usam o novo registro assim que o TTL dele tiver passado.</translation>
    </message>
    <message>
        <source>Do not add &quot;+all&quot; or &quot;?all&quot; to make the failures stop: anyone could then send as {domain}.</source>
        <extracomment>rule watch.spf_changed_before_bounce: what not to do</extracomment>
        <translation>Não adicione &quot;+all&quot; nem &quot;?all&quot; para fazer as falhas pararem: qualquer pessoa poderia então enviar como {domain}.</translation>
    </message>
    <message>
        <source>The watch saw the DMARC record of {dmarc_target} change on {dmarc_changed_on}, {value} day(s) before this diagnosis.</source>
        <extracomment>rule auth.dmarc.named: evidence (record_changes.dmarc.days_before)</extracomment>
        <translation>O monitoramento viu o registro DMARC de {dmarc_target} mudar em {dmarc_changed_on}, {value} dia(s) antes deste diagnóstico.</translation>
    </message>
    <message>
        <source>The watch saw the DKIM keys of {dkim_target} change on {dkim_changed_on}, {value} day(s) before this diagnosis.</source>
        <extracomment>rule auth.dmarc.named: evidence (record_changes.dkim.days_before)</extracomment>
        <translation>O monitoramento viu as chaves DKIM de {dkim_target} mudarem em {dkim_changed_on}, {value} dia(s) antes deste diagnóstico.</translation>
    </message>
</context>
<context>
    <name>rebound::data::smtp</name>
    <message>
        <source>Several independent servers do not all go silent at once; the filter is almost certainly near you.</source>
        <extracomment>text blocked_many_hosts</extracomment>
        <translation>Vários servidores independentes não ficam todos em silêncio ao mesmo tempo; o filtro quase certamente está perto de você.</translation>
    </message>
    <message>
        <source>With one host it may also be that host that is down or filtered.</source>
        <extracomment>text blocked_one_host</extracomment>
        <translation>Com um só host, também pode ser que esse host esteja fora do ar ou filtrado.</translation>
    </message>
    <message>
        <source>Connection refused by {where}</source>
        <extracomment>finding smtp.connect_refused: title</extracomment>
        <translation>Conexão recusada por {where}</translation>
    </message>
    <message>
        <source>The host answered the connection attempt with a reset: no mail server listens on this port, or a firewall on the host rejects the connection.</source>
        <extracomment>finding smtp.connect_refused: detail</extracomment>
        <translation>O host respondeu à tentativa de conexão com um reset: nenhum servidor de e-mail escuta nesta porta, ou um firewall no host rejeita a conexão.</translation>
    </message>
    <message>
        <source>No answer from {where}</source>
        <extracomment>finding smtp.connect_timeout: title</extracomment>
        <translation>Sem resposta de {where}</translation>
    </message>
    <message>
        <source>The connection attempt got no answer before the deadline. The host may be down, or a firewall drops the packets, either near the server or on your own network (many ISPs and cloud providers block outgoing port 25).</source>
        <extracomment>finding smtp.connect_timeout: detail</extracomment>
        <translation>A tentativa de conexão não teve resposta antes do prazo. O host pode estar fora do ar, ou um firewall descarta os pacotes, perto do servidor ou na sua própria rede (muitos provedores e serviços de nuvem bloqueiam a porta 25 de saída).</translation>
    </message>
    <message>
        <source>No IPv6 route to {where}</source>
        <extracomment>finding smtp.ipv6_unreachable_locally: title</extracomment>
        <translation>Sem rota IPv6 para {where}</translation>
    </message>
    <message>
        <source>The connection failed at once with &quot;unreachable&quot;: usually this machine or its network has no working IPv6, so the IPv6 address was not checked. That says nothing about the server; senders with IPv6 will use this address.</source>
        <extracomment>finding smtp.ipv6_unreachable_locally: detail</extracomment>
        <translation>A conexão falhou na hora com &quot;unreachable&quot;: em geral esta máquina ou sua rede não tem IPv6 funcionando, então o endereço IPv6 não foi verificado. Isso não diz nada sobre o servidor; remetentes com IPv6 usarão este endereço.</translation>
    </message>
    <message>
        <source>Network error talking to {where}</source>
        <extracomment>finding smtp.network_error: title</extracomment>
        <translation>Erro de rede ao conversar com {where}</translation>
    </message>
    <message>
        <source>{error}</source>
        <extracomment>finding smtp.network_error: detail</extracomment>
        <translation>{error}</translation>
    </message>
    <message>
        <source>Port {port} seems blocked on your own network</source>
        <extracomment>finding smtp.port_blocked_locally: title</extracomment>
        <translation>A porta {port} parece bloqueada na sua própria rede</translation>
    </message>
    <message>
        <source>Every connection attempt to port {port} timed out ({addresses} address(es) of {hosts} host(s)) while DNS answered normally. {strength} Most home, office and cloud networks block outgoing port 25: run the probe from a server that may send mail, or ask your network administrator. Until then these timeouts say nothing about the servers.</source>
        <extracomment>finding smtp.port_blocked_locally: detail</extracomment>
        <translation>Todas as tentativas de conexão à porta {port} esgotaram o tempo ({addresses} endereço(s) de {hosts} host(s)) enquanto o DNS respondia normalmente. {strength} A maioria das redes residenciais, de escritório e de nuvem bloqueia a porta 25 de saída: execute a sondagem a partir de um servidor que possa enviar e-mail, ou pergunte ao seu administrador de rede. Até lá, esses tempos esgotados não dizem nada sobre os servidores.</translation>
    </message>
    <message>
        <source>{where} rejected the connection with {code}</source>
        <extracomment>finding smtp.rejected_at_connect: title</extracomment>
        <translation>{where} rejeitou a conexão com {code}</translation>
    </message>
    <message>
        <source>The server refused this client before any command. A 554 at connect usually means the connecting IP is on a blocklist or in a blocked range; the reply text often names the list and a lookup page. Note that this is the probing machine&apos;s IP, which may not be the IP your mail is sent from.</source>
        <extracomment>finding smtp.rejected_at_connect: detail</extracomment>
        <translation>O servidor recusou este cliente antes de qualquer comando. Um 554 na conexão geralmente significa que o IP que se conecta está em uma lista de bloqueio ou em uma faixa bloqueada; o texto da resposta muitas vezes cita a lista e uma página de consulta. Note que este é o IP da máquina que sonda, que pode não ser o IP de onde seu e-mail é enviado.</translation>
    </message>
    <message>
        <source>{where} deferred the client with {code}</source>
        <extracomment>finding smtp.greylisting: title</extracomment>
        <translation>{where} adiou o cliente com {code}</translation>
    </message>
    <message>
        <source>The server asks new clients to come back later (greylisting or a rate limit). A real mail server retries and is accepted; a one-shot sender is not. Greylisting usually shows at RCPT, which this probe never reaches.</source>
        <extracomment>finding smtp.greylisting: detail</extracomment>
        <translation>O servidor pede a novos clientes que voltem mais tarde (greylisting ou limite de taxa). Um servidor de e-mail de verdade tenta de novo e é aceito; um remetente avulso não. O greylisting costuma aparecer no RCPT, que esta sondagem nunca alcança.</translation>
    </message>
    <message>
        <source>{where} deferred the connection with {code}</source>
        <extracomment>finding smtp.deferred_at_connect: title</extracomment>
        <translation>{where} adiou a conexão com {code}</translation>
    </message>
    <message>
        <source>The server is busy, rate-limiting, or refusing this client for now (421 closes the connection). Senders retry; if it lasts, the text says why.</source>
        <extracomment>finding smtp.deferred_at_connect: detail</extracomment>
        <translation>O servidor está ocupado, limitando a taxa ou recusando este cliente por ora (421 fecha a conexão). Os remetentes tentam de novo; se persistir, o texto diz por quê.</translation>
    </message>
    <message>
        <source>{where} took {ms} ms to greet</source>
        <extracomment>finding smtp.slow_banner: title</extracomment>
        <translation>{where} levou {ms} ms para saudar</translation>
    </message>
    <message>
        <source>A slow greeting is often deliberate (a greeting delay or tarpit that catches clients that talk too early). It is a fact, not a fault: senders wait up to five minutes (RFC 5321 4.5.3.2.1).</source>
        <extracomment>finding smtp.slow_banner: detail</extracomment>
        <translation>Uma saudação lenta costuma ser proposital (um atraso de saudação ou tarpit que pega clientes que falam cedo demais). É um fato, não uma falha: os remetentes esperam até cinco minutos (RFC 5321 4.5.3.2.1).</translation>
    </message>
    <message>
        <source>{where} does not speak ESMTP</source>
        <extracomment>finding smtp.no_esmtp: title</extracomment>
        <translation>{where} não fala ESMTP</translation>
    </message>
    <message>
        <source>EHLO was refused, so the server offers no extensions: no STARTTLS, no SIZE, no 8BITMIME. Mail to it travels in plain text.</source>
        <extracomment>finding smtp.no_esmtp: detail</extracomment>
        <translation>O EHLO foi recusado, então o servidor não oferece extensões: sem STARTTLS, sem SIZE, sem 8BITMIME. O e-mail para ele trafega em texto puro.</translation>
    </message>
    <message>
        <source>{where} answered EHLO with {code}</source>
        <extracomment>finding smtp.ehlo_refused: title</extracomment>
        <translation>{where} respondeu ao EHLO com {code}</translation>
    </message>
    <message>
        <source>The server refused the greeting of this client (the EHLO name or the client&apos;s IP).</source>
        <extracomment>finding smtp.ehlo_refused: detail</extracomment>
        <translation>O servidor recusou a saudação deste cliente (o nome EHLO ou o IP do cliente).</translation>
    </message>
    <message>
        <source>{where} stopped answering ({stage})</source>
        <extracomment>finding smtp.timeout: title</extracomment>
        <translation>{where} parou de responder ({stage})</translation>
    </message>
    <message>
        <source>{where} closed the connection ({stage})</source>
        <extracomment>finding smtp.closed_by_server: title</extracomment>
        <translation>{where} fechou a conexão ({stage})</translation>
    </message>
    <message>
        <source>{where} does not speak SMTP correctly</source>
        <extracomment>finding smtp.protocol_error: title</extracomment>
        <translation>{where} não fala SMTP corretamente</translation>
    </message>
    <message>
        <source>{error}. The probe stopped there.</source>
        <extracomment>finding smtp.protocol_error: detail</extracomment>
        <translation>{error}. A sondagem parou ali.</translation>
    </message>
    <message>
        <source>{where} sent far too much</source>
        <extracomment>finding smtp.too_much_data: title</extracomment>
        <translation>{where} enviou dados demais</translation>
    </message>
    <message>
        <source>The probe could not check TLS</source>
        <extracomment>finding smtp.setup_error: title</extracomment>
        <translation>A sondagem não conseguiu verificar o TLS</translation>
    </message>
    <message>
        <source>{where} does not offer STARTTLS</source>
        <extracomment>finding smtp.no_starttls: title</extracomment>
        <translation>{where} não oferece STARTTLS</translation>
    </message>
    <message>
        <source>Mail to this server travels unencrypted. Gmail marks such mail with a red padlock, and domains with an MTA-STS or DANE policy cannot be served at all.</source>
        <extracomment>finding smtp.no_starttls: detail</extracomment>
        <translation>O e-mail para este servidor trafega sem criptografia. O Gmail marca esse e-mail com um cadeado vermelho, e domínios com política MTA-STS ou DANE não podem ser atendidos de forma alguma.</translation>
    </message>
    <message>
        <source>{where} sent data right after its STARTTLS 220</source>
        <extracomment>finding smtp.starttls_injection: title</extracomment>
        <translation>{where} enviou dados logo após o seu 220 do STARTTLS</translation>
    </message>
    <message>
        <source>Bytes arrived after &quot;220 ready to start TLS&quot; and before the TLS handshake. RFC 3207 section 4 says a client must discard them: a server (or a device in the path) that sends them shows the command-injection weakness of CVE-2011-0411 and its kin, or a broken proxy.</source>
        <extracomment>finding smtp.starttls_injection: detail</extracomment>
        <translation>Chegaram bytes depois de &quot;220 ready to start TLS&quot; e antes do handshake TLS. A RFC 3207, seção 4, diz que o cliente deve descartá-los: um servidor (ou um dispositivo no caminho) que os envia mostra a falha de injeção de comandos do CVE-2011-0411 e semelhantes, ou um proxy defeituoso.</translation>
    </message>
    <message>
        <source>{where} offers STARTTLS but refuses it</source>
        <extracomment>finding smtp.starttls_refused: title</extracomment>
        <translation>{where} oferece STARTTLS, mas o recusa</translation>
    </message>
    <message>
        <source>STARTTLS is advertised, yet the command is answered with an error (often a missing or unreadable certificate on the server). Senders fall back to plain text or defer.</source>
        <extracomment>finding smtp.starttls_refused: detail</extracomment>
        <translation>O STARTTLS é anunciado, mas o comando recebe um erro (muitas vezes um certificado ausente ou ilegível no servidor). Os remetentes recorrem ao texto puro ou adiam.</translation>
    </message>
    <message>
        <source>{where} offers STARTTLS but the TLS handshake fails</source>
        <extracomment>finding smtp.starttls_handshake_failed: title</extracomment>
        <translation>{where} oferece STARTTLS, mas o handshake TLS falha</translation>
    </message>
    <message>
        <source>{where}: the TLS handshake fails (implicit TLS)</source>
        <extracomment>finding smtp.starttls_handshake_failed: title_implicit</extracomment>
        <translation>{where}: o handshake TLS falha (TLS implícito)</translation>
    </message>
    <message>
        <source>{summary} TLS to {where}: {protocol}, {cipher}</source>
        <extracomment>finding smtp.tls.summary: title</extracomment>
        <translation>{summary} TLS para {where}: {protocol}, {cipher}</translation>
    </message>
    <message>
        <source>Postfix&apos;s words: Anonymous (no certificate), Untrusted (the chain does not verify), Trusted (it does, but not for this name), Verified (chain and name, or DANE).</source>
        <extracomment>finding smtp.tls.summary: detail</extracomment>
        <translation>Nas palavras do Postfix: Anonymous (sem certificado), Untrusted (a cadeia não se verifica), Trusted (verifica, mas não para este nome), Verified (cadeia e nome, ou DANE).</translation>
    </message>
    <message>
        <source>{where} presents a certificate that does not verify</source>
        <extracomment>finding smtp.tls.untrusted: title</extracomment>
        <translation>{where} apresenta um certificado que não se verifica</translation>
    </message>
    <message>
        <source>Most senders use opportunistic TLS and deliver anyway, but senders that require verified TLS (MTA-STS enforce, explicit policies) will not.</source>
        <extracomment>finding smtp.tls.untrusted: detail</extracomment>
        <translation>A maioria dos remetentes usa TLS oportunista e entrega mesmo assim, mas remetentes que exigem TLS verificado (MTA-STS enforce, políticas explícitas) não entregam.</translation>
    </message>
    <message>
        <source>{where} presents a certificate for another name</source>
        <extracomment>finding smtp.tls.name_mismatch: title</extracomment>
        <translation>{where} apresenta um certificado para outro nome</translation>
    </message>
    <message>
        <source>The certificate is not valid for the MX host name (nor the domain). Senders that verify names (MTA-STS) will not deliver.</source>
        <extracomment>finding smtp.tls.name_mismatch: detail</extracomment>
        <translation>O certificado não é válido para o nome de host do MX (nem para o domínio). Remetentes que verificam nomes (MTA-STS) não entregam.</translation>
    </message>
    <message>
        <source>{where}: the certificate expired {days} days ago</source>
        <extracomment>finding smtp.tls.expired: title</extracomment>
        <translation>{where}: o certificado expirou há {days} dias</translation>
    </message>
    <message>
        <source>Renew the certificate; senders that verify will refuse it.</source>
        <extracomment>finding smtp.tls.expired: detail</extracomment>
        <translation>Renove o certificado; remetentes que verificam vão recusá-lo.</translation>
    </message>
    <message>
        <source>{where}: the certificate expires in {days} days</source>
        <extracomment>finding smtp.tls.expiring: title</extracomment>
        <translation>{where}: o certificado expira em {days} dias</translation>
    </message>
    <message>
        <source>Check that renewal is automated.</source>
        <extracomment>finding smtp.tls.expiring: detail</extracomment>
        <translation>Verifique se a renovação é automatizada.</translation>
    </message>
    <message>
        <source>{where}: {bits}-bit {type} key</source>
        <extracomment>finding smtp.tls.weak_key: title</extracomment>
        <translation>{where}: chave {type} de {bits} bits</translation>
    </message>
    <message>
        <source>Keys under 2048 bits are refused by current OpenSSL defaults (security level 2); such senders fail the handshake or fall back to plain text.</source>
        <extracomment>finding smtp.tls.weak_key: detail</extracomment>
        <translation>Chaves abaixo de 2048 bits são recusadas pelos padrões atuais do OpenSSL (nível de segurança 2); esses remetentes falham no handshake ou recorrem ao texto puro.</translation>
    </message>
    <message>
        <source>{where} negotiates {protocol} at best</source>
        <extracomment>finding smtp.tls.old_protocol: title</extracomment>
        <translation>{where} negocia no máximo {protocol}</translation>
    </message>
    <message>
        <source>TLS 1.0 and 1.1 are disabled by default in current senders (RFC 8996).</source>
        <extracomment>finding smtp.tls.old_protocol: detail</extracomment>
        <translation>TLS 1.0 e 1.1 vêm desativados por padrão nos remetentes atuais (RFC 8996).</translation>
    </message>
    <message>
        <source>{where} staples an OCSP response that says its certificate is {status}</source>
        <extracomment>finding smtp.tls.ocsp_not_good: title</extracomment>
        <translation>{where} grampeia uma resposta OCSP dizendo que seu certificado está {status}</translation>
    </message>
    <message>
        <source>The server sends (staples) its CA&apos;s OCSP answer during the handshake, and that answer does not say &apos;good&apos;. Senders that check it refuse the certificate; the CA has to issue a new certificate and the server has to be given it. The staple&apos;s signature is not checked here.</source>
        <extracomment>finding smtp.tls.ocsp_not_good: detail</extracomment>
        <translation>O servidor envia (grampeia) a resposta OCSP da sua CA durante o handshake, e essa resposta não diz &quot;good&quot;. Remetentes que a verificam recusam o certificado; a CA precisa emitir um novo certificado e o servidor precisa recebê-lo. A assinatura da resposta grampeada não é verificada aqui.</translation>
    </message>
    <message>
        <source>{address} has no reverse DNS</source>
        <extracomment>finding smtp.no_ptr: title</extracomment>
        <translation>{address} não tem DNS reverso</translation>
    </message>
    <message>
        <source>A mail server&apos;s IP should have a PTR record naming the server, and that name should resolve back to the IP. Many receivers refuse mail from IPs without one.</source>
        <extracomment>finding smtp.no_ptr: detail</extracomment>
        <translation>O IP de um servidor de e-mail deve ter um registro PTR com o nome do servidor, e esse nome deve resolver de volta para o IP. Muitos receptores recusam e-mails de IPs sem isso.</translation>
    </message>
    <message>
        <source>The banner name {banner} differs from the reverse DNS of {address}</source>
        <extracomment>finding smtp.banner_ptr_mismatch: title</extracomment>
        <translation>O nome do banner {banner} difere do DNS reverso de {address}</translation>
    </message>
    <message>
        <source>The server greets with a name other than its PTR. Receivers seldom check this, but the name the server uses for EHLO when it sends mail should match the PTR of its sending IP.</source>
        <extracomment>finding smtp.banner_ptr_mismatch: detail</extracomment>
        <translation>O servidor se apresenta com um nome diferente do seu PTR. Os receptores raramente verificam isso, mas o nome que o servidor usa no EHLO ao enviar e-mail deve corresponder ao PTR do seu IP de envio.</translation>
    </message>
    <message>
        <source>No DNS resolver</source>
        <extracomment>finding smtp.no_resolver: title</extracomment>
        <translation>Sem resolvedor DNS</translation>
    </message>
    <message>
        <source>The host name cannot be resolved without a resolver.</source>
        <extracomment>finding smtp.no_resolver: detail</extracomment>
        <translation>O nome de host não pode ser resolvido sem um resolvedor.</translation>
    </message>
    <message>
        <source>{host} has no IPv4 or IPv6 address</source>
        <extracomment>finding smtp.host_has_no_address: title</extracomment>
        <translation>{host} não tem endereço IPv4 nem IPv6</translation>
    </message>
    <message>
        <source>Mail cannot be delivered to a host without an address.</source>
        <extracomment>finding smtp.host_has_no_address: detail</extracomment>
        <translation>Não é possível entregar e-mail a um host sem endereço.</translation>
    </message>
    <message>
        <source>{host} could not be resolved</source>
        <extracomment>finding smtp.host_unresolved: title</extracomment>
        <translation>Não foi possível resolver {host}</translation>
    </message>
    <message>
        <source>DNS gave no definite answer, so the host could not be checked. This is not a result about the host.</source>
        <extracomment>finding smtp.host_unresolved: detail</extracomment>
        <translation>O DNS não deu uma resposta definitiva, então o host não pôde ser verificado. Isto não é um resultado sobre o host.</translation>
    </message>
    <message>
        <source>{domain} accepts no mail (null MX)</source>
        <extracomment>finding smtp.null_mx: title</extracomment>
        <translation>{domain} não aceita e-mail (MX nulo)</translation>
    </message>
    <message>
        <source>The domain publishes &quot;MX 0 .&quot; (RFC 7505): it says it receives no mail, so there is nothing to probe.</source>
        <extracomment>finding smtp.null_mx: detail</extracomment>
        <translation>O domínio publica &quot;MX 0 .&quot; (RFC 7505): diz que não recebe e-mail, então não há nada a sondar.</translation>
    </message>
    <message>
        <source>{domain} has no MX record</source>
        <extracomment>finding smtp.implicit_mx: title</extracomment>
        <translation>{domain} não tem registro MX</translation>
    </message>
    <message>
        <source>Senders fall back to the domain&apos;s own address (RFC 5321 5.1). It works, but an explicit MX record is expected and some senders do not fall back.</source>
        <extracomment>finding smtp.implicit_mx: detail</extracomment>
        <translation>Os remetentes recorrem ao endereço do próprio domínio (RFC 5321 5.1). Funciona, mas espera-se um registro MX explícito e alguns remetentes não fazem esse recurso.</translation>
    </message>
    <message>
        <source>{domain} does not exist</source>
        <extracomment>finding smtp.domain_missing: title</extracomment>
        <translation>{domain} não existe</translation>
    </message>
    <message>
        <source>No mail can be delivered to a domain that does not exist.</source>
        <extracomment>finding smtp.domain_missing: detail</extracomment>
        <translation>Não é possível entregar e-mail a um domínio que não existe.</translation>
    </message>
    <message>
        <source>The MX records of {domain} could not be read</source>
        <extracomment>finding smtp.mx_unresolved: title</extracomment>
        <translation>Não foi possível ler os registros MX de {domain}</translation>
    </message>
    <message>
        <source>DNS gave no definite answer ({outcome}); nothing was probed. This is not a result about the mail servers.</source>
        <extracomment>finding smtp.mx_unresolved: detail</extracomment>
        <translation>O DNS não deu uma resposta definitiva ({outcome}); nada foi sondado. Isto não é um resultado sobre os servidores de e-mail.</translation>
    </message>
    <message>
        <source>The TLS handshake after STARTTLS failed. This is not a missing STARTTLS: the server means to offer TLS and it is broken. Many senders then retry without TLS, some defer the mail.</source>
        <extracomment>finding smtp.starttls_handshake_failed: detail</extracomment>
        <translation>O handshake TLS após o STARTTLS falhou. Não é falta de STARTTLS: o servidor pretende oferecer TLS e ele está quebrado. Muitos remetentes tentam de novo sem TLS, alguns adiam o e-mail.</translation>
    </message>
    <message>
        <source>The TLS handshake after STARTTLS did not finish in time. This is not a missing STARTTLS: the server means to offer TLS and it is broken. Many senders then retry without TLS, some defer the mail.</source>
        <extracomment>finding smtp.starttls_handshake_failed: detail_timeout</extracomment>
        <translation>O handshake TLS após o STARTTLS não terminou a tempo. Não é falta de STARTTLS: o servidor pretende oferecer TLS e ele está quebrado. Muitos remetentes tentam de novo sem TLS, alguns adiam o e-mail.</translation>
    </message>
    <message>
        <source>The TLS handshake on this implicit-TLS port failed. Here TLS starts with the first byte, so there is no plain-text fallback: no client can submit mail through this port until it is fixed.</source>
        <extracomment>finding smtp.starttls_handshake_failed: detail_implicit</extracomment>
        <translation>A negociação TLS nesta porta com TLS implícito falhou. Aqui o TLS começa no primeiro byte, então não há recurso a texto puro: nenhum cliente consegue enviar mensagens por esta porta até que isso seja corrigido.</translation>
    </message>
    <message>
        <source>The TLS handshake on this implicit-TLS port did not finish in time. Here TLS starts with the first byte, so there is no plain-text fallback: no client can submit mail through this port until it is fixed.</source>
        <extracomment>finding smtp.starttls_handshake_failed: detail_implicit_timeout</extracomment>
        <translation>A negociação TLS nesta porta com TLS implícito não terminou a tempo. Aqui o TLS começa no primeiro byte, então não há recurso a texto puro: nenhum cliente consegue enviar mensagens por esta porta até que isso seja corrigido.</translation>
    </message>
    <message>
        <source>{where} matches its DNSSEC-validated TLSA records</source>
        <extracomment>finding smtp.tls.dane_match: title</extracomment>
        <translation>{where} corresponde aos seus registros TLSA validados por DNSSEC</translation>
    </message>
    <message>
        <source>Senders that do DANE (RFC 7672) authenticate this server by its TLSA records.</source>
        <extracomment>finding smtp.tls.dane_match: detail</extracomment>
        <translation>Remetentes que usam DANE (RFC 7672) autenticam este servidor pelos registros TLSA dele.</translation>
    </message>
    <message>
        <source>{where} does not match its DNSSEC-validated TLSA records</source>
        <extracomment>finding smtp.tls.dane_mismatch: title</extracomment>
        <translation>{where} não corresponde aos seus registros TLSA validados por DNSSEC</translation>
    </message>
    <message>
        <source>Senders that do DANE (Postfix, Exim, Microsoft, many providers) will not deliver to this host: update the TLSA records before or together with the certificate (publish the new record, wait for the TTL, then change the certificate).</source>
        <extracomment>finding smtp.tls.dane_mismatch: detail</extracomment>
        <translation>Remetentes que usam DANE (Postfix, Exim, Microsoft, muitos provedores) não entregarão a este host: atualize os registros TLSA antes do certificado ou junto com ele (publique o novo registro, espere o TTL e só então troque o certificado).</translation>
    </message>
    <message>
        <source>The TLSA records of {host} are not DNSSEC-validated</source>
        <extracomment>finding smtp.tls.dane_not_validated: title</extracomment>
        <translation>Os registros TLSA de {host} não são validados por DNSSEC</translation>
    </message>
    <message>
        <source>{name} answered, but not with a DNSSEC-validated answer (the zone is not signed, its chain of trust is broken, or the trust anchor does not cover it). RFC 7672 senders ignore such records, so DANE does not protect this host, and they were not checked against its certificate.</source>
        <extracomment>finding smtp.tls.dane_not_validated: detail</extracomment>
        <translation>{name} respondeu, mas não com uma resposta validada por DNSSEC (a zona não é assinada, a cadeia de confiança está quebrada ou a âncora de confiança não a cobre). Remetentes da RFC 7672 ignoram esses registros, então o DANE não protege este host, e eles não foram comparados com o certificado dele.</translation>
    </message>
    <message>
        <source>The DNSSEC validation of {name} fails (bogus)</source>
        <extracomment>finding smtp.tls.dane_bogus: title</extracomment>
        <translation>A validação DNSSEC de {name} falha (bogus)</translation>
    </message>
    <message>
        <source>A validating resolver rejects the TLSA answer of {host}: its signatures do not verify or the chain of trust is broken. DANE senders treat this as a failure and defer mail to the host rather than send it without TLSA; fix the zone&apos;s signatures or its DS record at the parent.</source>
        <extracomment>finding smtp.tls.dane_bogus: detail</extracomment>
        <translation>Um resolvedor que valida rejeita a resposta TLSA de {host}: as assinaturas não se verificam ou a cadeia de confiança está quebrada. Remetentes com DANE tratam isso como falha e adiam o e-mail para o host em vez de enviá-lo sem TLSA; corrija as assinaturas da zona ou o registro DS dela na zona pai.</translation>
    </message>
    <message>
        <source>{host} accepted {address} at RCPT</source>
        <extracomment>finding smtp.mailbox.accepted: title</extracomment>
        <translation>{host} aceitou {address} no RCPT</translation>
    </message>
    <message>
        <source>The server accepted the address and refused a made-up address at the same domain, so it checks its recipients: the mailbox most likely exists now. It can still be full, disabled or filtered at the end of the message; this is what the server said, not a promise of delivery.</source>
        <extracomment>finding smtp.mailbox.accepted: detail</extracomment>
        <translation>O servidor aceitou o endereço e recusou um endereço inventado no mesmo domínio, então ele verifica seus destinatários: a caixa postal muito provavelmente existe agora. Ela ainda pode estar cheia, desativada ou ser filtrada no fim da mensagem; isto é o que o servidor disse, não uma promessa de entrega.</translation>
    </message>
    <message>
        <source>{host} refused {address}: {reply}</source>
        <extracomment>finding smtp.mailbox.rejected: title</extracomment>
        <translation>{host} recusou {address}: {reply}</translation>
    </message>
    <message>
        <source>The receiving server refused the address before any message was sent. If the reply says the user is unknown, the mailbox does not exist (any more): remove it from your lists. Other permanent refusals (policy, blocklist) are about the sender, not the address.</source>
        <extracomment>finding smtp.mailbox.rejected: detail</extracomment>
        <translation>O servidor receptor recusou o endereço antes de qualquer mensagem ser enviada. Se a resposta diz que o usuário é desconhecido, a caixa postal não existe (mais): remova o endereço das suas listas. Outras recusas permanentes (política, lista de bloqueio) dizem respeito ao remetente, não ao endereço.</translation>
    </message>
    <message>
        <source>{host} deferred {address}: {reply}</source>
        <extracomment>finding smtp.mailbox.greylisted: title</extracomment>
        <translation>{host} adiou {address}: {reply}</translation>
    </message>
    <message>
        <source>The server answered with a temporary (4xx) reply: greylisting, a rate limit or a passing problem. Nothing is known about the mailbox; a real message would be retried and usually delivered.</source>
        <extracomment>finding smtp.mailbox.greylisted: detail</extracomment>
        <translation>O servidor respondeu com uma resposta temporária (4xx): greylisting, um limite de taxa ou um problema passageiro. Nada se sabe sobre a caixa postal; uma mensagem real seria tentada de novo e normalmente entregue.</translation>
    </message>
    <message>
        <source>{domain} accepts any address: {address} cannot be verified by probing</source>
        <extracomment>finding smtp.mailbox.catch_all: title</extracomment>
        <translation>{domain} aceita qualquer endereço: {address} não pode ser verificado por sondagem</translation>
    </message>
    <message>
        <source>The server accepted a made-up address at the same domain too (catch-all). Whether this mailbox exists cannot be told by probing; only a delivered message or an answer from its owner can.</source>
        <extracomment>finding smtp.mailbox.catch_all: detail</extracomment>
        <translation>O servidor também aceitou um endereço inventado no mesmo domínio (catch-all). Não dá para saber por sondagem se esta caixa postal existe; só uma mensagem entregue ou uma resposta do dono dela pode dizer.</translation>
    </message>
    <message>
        <source>{address} cannot be verified by probing ({provider})</source>
        <extracomment>finding smtp.mailbox.unverifiable: title</extracomment>
        <translation>{address} não pode ser verificado por sondagem ({provider})</translation>
    </message>
    <message>
        <source>This provider answers every address with 250 at RCPT and decides later, so a probe says nothing about whether the mailbox exists.</source>
        <extracomment>finding smtp.mailbox.unverifiable: detail</extracomment>
        <translation>Este provedor responde 250 a qualquer endereço no RCPT e decide depois, então uma sondagem não diz nada sobre a existência da caixa postal.</translation>
    </message>
    <message>
        <source>{host} refused the sender {sender}: {reply}</source>
        <extracomment>finding smtp.mailbox.sender_refused: title</extracomment>
        <translation>{host} recusou o remetente {sender}: {reply}</translation>
    </message>
    <message>
        <source>The server refused MAIL FROM, so the recipient was never asked. The refusal is about your address or this machine&apos;s IP (often a blocklist, or a policy against dynamic addresses), not about the mailbox.</source>
        <extracomment>finding smtp.mailbox.sender_refused: detail</extracomment>
        <translation>O servidor recusou o MAIL FROM, então o destinatário nunca foi consultado. A recusa diz respeito ao seu endereço ou ao IP desta máquina (muitas vezes uma lista de bloqueio, ou uma política contra endereços dinâmicos), não à caixa postal.</translation>
    </message>
    <message>
        <source>{domain} receives no mail</source>
        <extracomment>finding smtp.mailbox.no_mail_server: title</extracomment>
        <translation>{domain} não recebe e-mail</translation>
    </message>
    <message>
        <source>The domain has no mail server (no MX and no address, a null MX, or the domain does not exist): no address at it can receive mail.</source>
        <extracomment>finding smtp.mailbox.no_mail_server: detail</extracomment>
        <translation>O domínio não tem servidor de e-mail (sem MX e sem endereço, um MX nulo, ou o domínio não existe): nenhum endereço nele pode receber e-mail.</translation>
    </message>
    <message>
        <source>{address} could not be probed: {reason}</source>
        <extracomment>finding smtp.mailbox.failed: title</extracomment>
        <translation>Não foi possível sondar {address}: {reason}</translation>
    </message>
    <message>
        <source>No SMTP conversation took place far enough to ask about the recipient, so nothing is known about the mailbox. Outgoing port 25 is often blocked on home and cloud networks.</source>
        <extracomment>finding smtp.mailbox.failed: detail</extracomment>
        <translation>Nenhuma conversa SMTP avançou o bastante para perguntar sobre o destinatário, então nada se sabe sobre a caixa postal. A porta 25 de saída costuma ser bloqueada em redes residenciais e de nuvem.</translation>
    </message>
    <message>
        <source>{domain} was probed recently: not probed again for {seconds} s</source>
        <extracomment>finding smtp.mailbox.rate_limited: title</extracomment>
        <translation>{domain} foi sondado recentemente: não será sondado de novo por {seconds} s</translation>
    </message>
    <message>
        <source>Rebound probes each domain at most once per interval, because repeated probes can get your address or IP listed as a directory-harvesting sender.</source>
        <extracomment>finding smtp.mailbox.rate_limited: detail</extracomment>
        <translation>O Rebound sonda cada domínio no máximo uma vez por intervalo, porque sondagens repetidas podem fazer o seu endereço ou IP ser listado como remetente de coleta de endereços (directory harvesting).</translation>
    </message>
</context>
<context>
    <name>rebound::diagnosis::BlocklistCheckTask</name>
    <message>
        <source>Cancelled; lists that had answered are kept.</source>
        <translation>Cancelado; as listas que tinham respondido são mantidas.</translation>
    </message>
    <message>
        <source>No blocklist gave a definite answer (timeouts, errors or refusals): check the resolver in Settings.</source>
        <translation>Nenhuma lista de bloqueio deu uma resposta definitiva (tempos esgotados, erros ou recusas): verifique o resolvedor em Configurações.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IP address</source>
        <translation>&quot;%1&quot; não é um endereço IP</translation>
    </message>
</context>
<context>
    <name>rebound::diagnosis::BlocklistRangeTask</name>
    <message numerus="yes">
        <source>%n more finding(s) in this range</source>
        <translation>
            <numerusform>Mais %n constatação nesta faixa</numerusform>
            <numerusform>Mais %n constatações nesta faixa</numerusform>
        </translation>
    </message>
    <message>
        <source>The table lists every address.</source>
        <translation>A tabela lista cada endereço.</translation>
    </message>
    <message>
        <source>Cancelled; the addresses checked so far are kept.</source>
        <translation>Cancelado; os endereços verificados até aqui são mantidos.</translation>
    </message>
    <message>
        <source>No blocklist gave a definite answer for any address: check the resolver in Settings.</source>
        <translation>Nenhuma lista de bloqueio deu uma resposta definitiva para nenhum endereço: verifique o resolvedor em Configurações.</translation>
    </message>
</context>
<context>
    <name>rebound::diagnosis::CheckPlan</name>
    <message>
        <source>Blocklists and reverse DNS for %1</source>
        <translation>Listas de bloqueio e DNS reverso para %1</translation>
    </message>
    <message>
        <source>SPF, DKIM, DMARC and MX for %1</source>
        <translation>SPF, DKIM, DMARC e MX para %1</translation>
    </message>
    <message>
        <source>SMTP banner and STARTTLS of %1&apos;s mail servers</source>
        <translation>Banner SMTP e STARTTLS dos servidores de e-mail de %1</translation>
    </message>
    <message>
        <source>Route, DKIM, ARC and DMARC of the returned message</source>
        <translation>Rota, DKIM, ARC e DMARC da mensagem devolvida</translation>
    </message>
    <message>
        <source>Route, DKIM, ARC and DMARC of the message</source>
        <translation>Rota, DKIM, ARC e DMARC da mensagem</translation>
    </message>
    <message>
        <source>Blocklists and reverse DNS for each address of %1</source>
        <translation>Listas de bloqueio e DNS reverso para cada endereço de %1</translation>
    </message>
    <message>
        <source>Blocklists and reverse DNS for each address</source>
        <translation>Listas de bloqueio e DNS reverso para cada endereço</translation>
    </message>
    <message>
        <source>MTA-STS policy of %1</source>
        <translation>Política MTA-STS de %1</translation>
    </message>
    <message>
        <source>Mailbox probe of %1 (RCPT TO, no message sent)</source>
        <translation>Sondagem da caixa postal de %1 (RCPT TO, nenhuma mensagem enviada)</translation>
    </message>
    <message>
        <source>Microsoft SNDS data for %1</source>
        <translation>Dados do Microsoft SNDS para %1</translation>
    </message>
    <message>
        <source>DMARC report: who sends as the domain, and each source&apos;s SPF and reverse DNS</source>
        <translation>Relatório DMARC: quem envia como o domínio, e o SPF e o DNS reverso de cada fonte</translation>
    </message>
    <message>
        <source>TLS report: failed sessions by result type</source>
        <translation>Relatório TLS: sessões com falha por tipo de resultado</translation>
    </message>
    <message>
        <source>Google Postmaster Tools data for %1</source>
        <translation>Dados do Google Postmaster Tools para %1</translation>
    </message>
    <message>
        <source>Watch history of %1</source>
        <translation>Histórico do monitoramento de %1</translation>
    </message>
</context>
<context>
    <name>rebound::diagnosis::CheckTask</name>
    <message>
        <source>%1 is not a public address</source>
        <translation>%1 não é um endereço público</translation>
    </message>
    <message>
        <source>Listed on %1</source>
        <translation>Listado em %1</translation>
    </message>
    <message>
        <source>%1 refused the query: not a listing, not checked</source>
        <translation>%1 recusou a consulta: não é uma listagem, não verificado</translation>
    </message>
    <message>
        <source>%1 could not be checked</source>
        <translation>Não foi possível verificar %1</translation>
    </message>
    <message>
        <source>%1 has no reverse DNS (PTR)</source>
        <translation>%1 não tem DNS reverso (PTR)</translation>
    </message>
    <message>
        <source>The reverse DNS name of %1 does not resolve back to it</source>
        <translation>O nome de DNS reverso de %1 não resolve de volta para esse endereço</translation>
    </message>
    <message>
        <source>Reverse DNS of %1 could not be checked</source>
        <translation>Não foi possível verificar o DNS reverso de %1</translation>
    </message>
    <message>
        <source>The reverse DNS name %1 looks generic (an end-user address)</source>
        <translation>O nome de DNS reverso %1 parece genérico (um endereço de usuário final)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a CIDR range</source>
        <translation>&quot;%1&quot; não é uma faixa CIDR</translation>
    </message>
    <message>
        <source>The range has more than %1 addresses; check a /22 or smaller.</source>
        <translation>A faixa tem mais de %1 endereços; verifique um /22 ou menor.</translation>
    </message>
    <message>
        <source>Only the first %1 addresses are checked.</source>
        <translation>Somente os primeiros %1 endereços são verificados.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IP address</source>
        <translation>&quot;%1&quot; não é um endereço IP</translation>
    </message>
</context>
<context>
    <name>rebound::diagnosis::DiagnosisEngine</name>
    <message>
        <source>The bounce gives the reason: %1</source>
        <translation>O bounce informa o motivo: %1</translation>
    </message>
    <message>
        <source>The server&apos;s words in the bounce: %1</source>
        <translation>Palavras do servidor no bounce: %1</translation>
    </message>
    <message>
        <source>The bounce&apos;s enhanced status code: %1</source>
        <translation>Código de status estendido do bounce: %1</translation>
    </message>
    <message>
        <source>The provider&apos;s code in the bounce: %1</source>
        <translation>Código do provedor no bounce: %1</translation>
    </message>
    <message>
        <source>The bounce names the blocklist %1</source>
        <translation>O bounce cita a lista de bloqueio %1</translation>
    </message>
    <message>
        <source>The bounce says %1: %2</source>
        <translation>O bounce diz %1: %2</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>No DNS server answered any query (resolver: %1)</source>
        <translation>Nenhum servidor DNS respondeu a nenhuma consulta (resolvedor: %1)</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>The bounce names %1, and %2 (%3) now answers: %4</source>
        <translation>O bounce cita %1, e %2 (%3) agora responde: %4</translation>
    </message>
    <message>
        <source>Could not confirm with a live check: %1. This rests on the bounce text alone.</source>
        <translation>Não foi possível confirmar com uma verificação ao vivo: %1. Isto se baseia apenas no texto do bounce.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 e %2</translation>
    </message>
    <message>
        <source>Listed on %1 (%2)</source>
        <translation>Listado em %1 (%2)</translation>
    </message>
</context>
<context>
    <name>rebound::diagnosis::DiagnosisRun</name>
    <message>
        <source>Cancelled before it started.</source>
        <translation>Cancelado antes de começar.</translation>
    </message>
    <message>
        <source>This check is not available in this build.</source>
        <translation>Esta verificação não está disponível nesta compilação.</translation>
    </message>
</context>
<context>
    <name>rebound::diagnosis::DomainCheckTask</name>
    <message>
        <source>Cancelled before the domain checks finished.</source>
        <translation>Cancelado antes do fim das verificações do domínio.</translation>
    </message>
</context>
<context>
    <name>rebound::diagnosis::InputDetector</name>
    <message>
        <source>Nothing to check yet</source>
        <translation>Nada a verificar ainda</translation>
    </message>
    <message>
        <source>An IPv4 address</source>
        <translation>Um endereço IPv4</translation>
    </message>
    <message>
        <source>An IPv6 address</source>
        <translation>Um endereço IPv6</translation>
    </message>
    <message>
        <source>An address range (CIDR)</source>
        <translation>Uma faixa de endereços (CIDR)</translation>
    </message>
    <message>
        <source>An email address</source>
        <translation>Um endereço de e-mail</translation>
    </message>
    <message>
        <source>A domain name</source>
        <translation>Um nome de domínio</translation>
    </message>
    <message>
        <source>An internationalised domain name</source>
        <translation>Um nome de domínio internacionalizado</translation>
    </message>
    <message numerus="yes">
        <source>A list of %n IP address(es)</source>
        <translation>
            <numerusform>Uma lista de %n endereço IP</numerusform>
            <numerusform>Uma lista de %n endereços IP</numerusform>
        </translation>
    </message>
    <message>
        <source>A delivered message or its header block</source>
        <translation>Uma mensagem entregue ou o seu bloco de cabeçalhos</translation>
    </message>
    <message>
        <source>Bounce or SMTP reply text</source>
        <translation>Texto de bounce ou de resposta SMTP</translation>
    </message>
    <message>
        <source>A DMARC aggregate report</source>
        <translation>Um relatório agregado DMARC</translation>
    </message>
    <message>
        <source>An SMTP TLS report (TLS-RPT)</source>
        <translation>Um relatório SMTP TLS (TLS-RPT)</translation>
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
        <translation>Nenhuma conversa SMTP chegou ao destinatário: nada se sabe sobre a caixa postal.</translation>
    </message>
    <message numerus="yes">
        <source>Not probed: this domain was probed less than %n minute(s) ago.</source>
        <translation>
            <numerusform>Não sondado: este domínio foi sondado há menos de %n minuto.</numerusform>
            <numerusform>Não sondado: este domínio foi sondado há menos de %n minutos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rebound::diagnosis::MessageCheckTask</name>
    <message>
        <source>Cancelled before the message analysis finished.</source>
        <translation>Cancelado antes do fim da análise da mensagem.</translation>
    </message>
</context>
<context>
    <name>rebound::diagnosis::MtaStsCheckTask</name>
    <message>
        <source>Cancelled before the MTA-STS policy was read.</source>
        <translation>Cancelado antes de a política MTA-STS ser lida.</translation>
    </message>
</context>
<context>
    <name>rebound::diagnosis::PostmasterCheckTask</name>
    <message>
        <source>Google Postmaster Tools could not be read: %1</source>
        <translation>Não foi possível ler o Google Postmaster Tools: %1</translation>
    </message>
    <message>
        <source>Google has no data for this domain yet.</source>
        <translation>O Google ainda não tem dados para este domínio.</translation>
    </message>
    <message>
        <source>Google Postmaster Tools could not be read (%1); the data of %2 from the cache is shown.</source>
        <translation>Não foi possível ler o Google Postmaster Tools (%1); são mostrados os dados de %2 do cache.</translation>
    </message>
</context>
<context>
    <name>rebound::diagnosis::ReportsCheckTask</name>
    <message>
        <source>Cancelled while reading.</source>
        <translation>Cancelado durante a leitura.</translation>
    </message>
    <message>
        <source>No report could be read: %1</source>
        <translation>Nenhum relatório pôde ser lido: %1</translation>
    </message>
    <message>
        <source>Cancelled before every source was checked live; the offline analysis.</source>
        <translation>Cancelado antes de todas as fontes serem verificadas ao vivo; segue a análise offline.</translation>
    </message>
</context>
<context>
    <name>rebound::diagnosis::Session</name>
    <message>
        <source>not a Rebound session (schema is missing)</source>
        <translation>não é uma sessão do Rebound (schema ausente)</translation>
    </message>
    <message>
        <source>this session was written by a newer Rebound (version %1)</source>
        <translation>esta sessão foi gravada por um Rebound mais novo (versão %1)</translation>
    </message>
</context>
<context>
    <name>rebound::diagnosis::SmtpCheckTask</name>
    <message>
        <source>Cancelled; the hosts probed so far are kept.</source>
        <translation>Cancelado; os hosts sondados até aqui são mantidos.</translation>
    </message>
    <message>
        <source>Outgoing connections to port %1 time out from this network (often blocked by the ISP or cloud provider): the mail servers could not be checked from here.</source>
        <translation>As conexões de saída para a porta %1 esgotam o tempo a partir desta rede (geralmente bloqueada pelo provedor ou serviço de nuvem): não foi possível verificar os servidores de e-mail daqui.</translation>
    </message>
</context>
<context>
    <name>rebound::diagnosis::SndsCheckTask</name>
    <message>
        <source>Microsoft SNDS could not be read: %1</source>
        <translation>Não foi possível ler o Microsoft SNDS: %1</translation>
    </message>
    <message>
        <source>Microsoft SNDS could not be read (%1); the data of %2 from the cache is shown.</source>
        <translation>Não foi possível ler o Microsoft SNDS (%1); são mostrados os dados de %2 do cache.</translation>
    </message>
</context>
<context>
    <name>rebound::diagnosis::WatchCheckTask</name>
    <message>
        <source>There is no watch database at %1.</source>
        <translation>Não há banco de dados do monitoramento em %1.</translation>
    </message>
    <message>
        <source>The watch database could not be read: %1</source>
        <translation>Não foi possível ler o banco de dados do monitoramento: %1</translation>
    </message>
</context>
<context>
    <name>rebound::dns</name>
    <message>
        <source>&quot;This network&quot; (RFC 791): not a real source address.</source>
        <translation>&quot;Esta rede&quot; (RFC 791): não é um endereço de origem real.</translation>
    </message>
    <message>
        <source>Private network (RFC 1918): never seen by receivers on the Internet, so no blocklist lists it. Check the public address your mail leaves from.</source>
        <translation>Rede privada (RFC 1918): os receptores na Internet nunca a veem, então nenhuma lista de bloqueio a lista. Verifique o endereço público pelo qual o seu e-mail sai.</translation>
    </message>
    <message>
        <source>Shared address space for carrier-grade NAT (RFC 6598): check the public address of your provider&apos;s NAT instead.</source>
        <translation>Espaço de endereços compartilhado para NAT de operadora (RFC 6598): verifique em vez disso o endereço público do NAT do seu provedor.</translation>
    </message>
    <message>
        <source>Loopback (RFC 1122): this machine itself, not a sending address.</source>
        <translation>Loopback (RFC 1122): esta própria máquina, não um endereço de envio.</translation>
    </message>
    <message>
        <source>Link-local (RFC 3927): only valid on one network segment.</source>
        <translation>Link-local (RFC 3927): válido só em um segmento de rede.</translation>
    </message>
    <message>
        <source>IETF protocol assignments (RFC 6890): not a sending address.</source>
        <translation>Atribuições de protocolo da IETF (RFC 6890): não é um endereço de envio.</translation>
    </message>
    <message>
        <source>Documentation range TEST-NET-1 (RFC 5737): used in examples only.</source>
        <translation>Faixa de documentação TEST-NET-1 (RFC 5737): usada só em exemplos.</translation>
    </message>
    <message>
        <source>Former 6to4 relay anycast (RFC 7526): deprecated.</source>
        <translation>Antigo anycast de relays 6to4 (RFC 7526): obsoleto.</translation>
    </message>
    <message>
        <source>Benchmarking range (RFC 2544): not routed on the Internet.</source>
        <translation>Faixa de benchmarking (RFC 2544): não roteada na Internet.</translation>
    </message>
    <message>
        <source>Documentation range TEST-NET-2 (RFC 5737): used in examples only.</source>
        <translation>Faixa de documentação TEST-NET-2 (RFC 5737): usada só em exemplos.</translation>
    </message>
    <message>
        <source>Documentation range TEST-NET-3 (RFC 5737): used in examples only.</source>
        <translation>Faixa de documentação TEST-NET-3 (RFC 5737): usada só em exemplos.</translation>
    </message>
    <message>
        <source>Multicast (RFC 5771): never the source of an SMTP connection.</source>
        <translation>Multicast (RFC 5771): nunca é a origem de uma conexão SMTP.</translation>
    </message>
    <message>
        <source>Reserved (RFC 1112), including the broadcast address.</source>
        <translation>Reservado (RFC 1112), incluindo o endereço de broadcast.</translation>
    </message>
    <message>
        <source>The unspecified IPv6 address.</source>
        <translation>O endereço IPv6 não especificado.</translation>
    </message>
    <message>
        <source>IPv6 loopback: this machine itself.</source>
        <translation>Loopback IPv6: esta própria máquina.</translation>
    </message>
    <message>
        <source>IPv4-mapped IPv6 address: check the IPv4 address instead.</source>
        <translation>Endereço IPv6 mapeado de IPv4: verifique em vez disso o endereço IPv4.</translation>
    </message>
    <message>
        <source>NAT64 well-known prefix (RFC 6052): check the embedded IPv4 address.</source>
        <translation>Prefixo NAT64 conhecido (RFC 6052): verifique o endereço IPv4 embutido.</translation>
    </message>
    <message>
        <source>Discard-only prefix (RFC 6666).</source>
        <translation>Prefixo só de descarte (RFC 6666).</translation>
    </message>
    <message>
        <source>IPv6 documentation prefix (RFC 3849): used in examples only.</source>
        <translation>Prefixo de documentação IPv6 (RFC 3849): usado só em exemplos.</translation>
    </message>
    <message>
        <source>6to4 (RFC 3056): deprecated transition addresses.</source>
        <translation>6to4 (RFC 3056): endereços de transição obsoletos.</translation>
    </message>
    <message>
        <source>Unique local IPv6 address (RFC 4193): private, never seen on the Internet.</source>
        <translation>Endereço IPv6 local único (RFC 4193): privado, nunca visto na Internet.</translation>
    </message>
    <message>
        <source>IPv6 link-local: only valid on one network segment.</source>
        <translation>IPv6 link-local: válido só em um segmento de rede.</translation>
    </message>
    <message>
        <source>IPv6 multicast: never the source of an SMTP connection.</source>
        <translation>Multicast IPv6: nunca é a origem de uma conexão SMTP.</translation>
    </message>
</context>
<context>
    <name>rebound::https::HttpsFetcher</name>
    <message>
        <source>No complete answer within %1 s.</source>
        <translation>Nenhuma resposta completa em %1 s.</translation>
    </message>
    <message>
        <source>Not an https URL: %1</source>
        <translation>Não é uma URL https: %1</translation>
    </message>
    <message>
        <source>Only GET and POST are supported.</source>
        <translation>Só GET e POST são suportados.</translation>
    </message>
    <message>
        <source>No resolver.</source>
        <translation>Sem resolvedor.</translation>
    </message>
    <message>
        <source>%1 has no address (A or AAAA).</source>
        <translation>%1 não tem endereço (A ou AAAA).</translation>
    </message>
    <message>
        <source>%1 did not resolve: %2</source>
        <translation>%1 não resolveu: %2</translation>
    </message>
    <message>
        <source>Not connecting to a private or special-purpose address: %1</source>
        <translation>Nenhuma conexão a um endereço privado ou de uso especial: %1</translation>
    </message>
    <message>
        <source>No PEM certificate in %1.</source>
        <translation>Nenhum certificado PEM em %1.</translation>
    </message>
    <message>
        <source>HTTP %1 redirect to %2 refused (redirects are not followed).</source>
        <translation>Redirecionamento HTTP %1 para %2 recusado (redirecionamentos não são seguidos).</translation>
    </message>
    <message>
        <source>The body is %1 bytes, more than the %2 allowed.</source>
        <translation>O corpo tem %1 bytes, mais que os %2 permitidos.</translation>
    </message>
    <message>
        <source>The body is longer than the %1 bytes allowed.</source>
        <translation>O corpo passa dos %1 bytes permitidos.</translation>
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
        <translation>nenhum resolvedor</translation>
    </message>
    <message>
        <source>no PTR record for %1</source>
        <translation>nenhum registro PTR para %1</translation>
    </message>
    <message>
        <source>the PTR lookup failed (%1)</source>
        <translation>a consulta PTR falhou (%1)</translation>
    </message>
    <message>
        <source>%1 resolves back to %2</source>
        <translation>%1 resolve de volta para %2</translation>
    </message>
    <message>
        <source>no PTR name resolves back to %1</source>
        <translation>nenhum nome PTR resolve de volta para %1</translation>
    </message>
    <message>
        <source>the forward lookups of the PTR names failed</source>
        <translation>as consultas diretas dos nomes PTR falharam</translation>
    </message>
    <message>
        <source>contains the address&apos;s digits (%1)</source>
        <translation>contém os dígitos do endereço (%1)</translation>
    </message>
    <message>
        <source>word &apos;%1&apos;: %2</source>
        <translation>palavra &apos;%1&apos;: %2</translation>
    </message>
</context>
<context>
    <name>rebound::message</name>
    <message>
        <source>more than 50 ARC fields of one kind (RFC 8617 allows 50 instances)</source>
        <translation>mais de 50 campos ARC de um mesmo tipo (a RFC 8617 permite 50 instâncias)</translation>
    </message>
    <message>
        <source>two ARC-Seal fields with i=%1</source>
        <translation>dois campos ARC-Seal com i=%1</translation>
    </message>
    <message>
        <source>two ARC-Message-Signature fields with i=%1</source>
        <translation>dois campos ARC-Message-Signature com i=%1</translation>
    </message>
    <message>
        <source>two ARC-Authentication-Results fields with i=%1</source>
        <translation>dois campos ARC-Authentication-Results com i=%1</translation>
    </message>
    <message>
        <source>the ARC instances are not numbered 1 to %1 without gaps</source>
        <translation>as instâncias ARC não estão numeradas de 1 a %1 sem lacunas</translation>
    </message>
    <message>
        <source>ARC instance %1 lacks one of its three fields</source>
        <translation>falta à instância ARC %1 um de seus três campos</translation>
    </message>
    <message>
        <source>ARC instance %1 has cv=%2</source>
        <translation>a instância ARC %1 tem cv=%2</translation>
    </message>
    <message>
        <source>no key for the newest ARC-Message-Signature</source>
        <translation>nenhuma chave para a ARC-Message-Signature mais recente</translation>
    </message>
    <message>
        <source>the newest ARC-Message-Signature did not verify: %1</source>
        <translation>a ARC-Message-Signature mais recente não foi verificada: %1</translation>
    </message>
    <message>
        <source>the ARC-Seal of instance %1 did not verify</source>
        <translation>o ARC-Seal da instância %1 não foi verificado</translation>
    </message>
    <message>
        <source>no authserv-id</source>
        <translation>nenhum authserv-id</translation>
    </message>
    <message>
        <source>no List-Unsubscribe field</source>
        <translation>nenhum campo List-Unsubscribe</translation>
    </message>
    <message>
        <source>no List-Unsubscribe-Post: List-Unsubscribe=One-Click field</source>
        <translation>nenhum campo List-Unsubscribe-Post: List-Unsubscribe=One-Click</translation>
    </message>
    <message>
        <source>List-Unsubscribe-Post is present with an https: URI</source>
        <translation>List-Unsubscribe-Post está presente com uma URI https:</translation>
    </message>
    <message>
        <source>List-Unsubscribe-Post needs an https: URI in List-Unsubscribe</source>
        <translation>List-Unsubscribe-Post precisa de uma URI https: em List-Unsubscribe</translation>
    </message>
    <message>
        <source>a passing DKIM signature&apos;s h= lists both fields</source>
        <translation>o h= de uma assinatura DKIM válida lista os dois campos</translation>
    </message>
    <message>
        <source>no passing DKIM signature covers both List-Unsubscribe fields</source>
        <translation>nenhuma assinatura DKIM válida cobre os dois campos List-Unsubscribe</translation>
    </message>
    <message>
        <source>no From domain</source>
        <translation>nenhum domínio From</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no external hop with an IP address in the Received fields</source>
        <translation>nenhum salto externo com endereço IP nos campos Received</translation>
    </message>
    <message>
        <source>with %1 from %2</source>
        <translation>com %1 de %2</translation>
    </message>
    <message>
        <source>no external hop found in the Received fields</source>
        <translation>nenhum salto externo encontrado nos campos Received</translation>
    </message>
    <message>
        <source>no Message-ID</source>
        <translation>nenhum Message-ID</translation>
    </message>
    <message>
        <source>%1 Message-ID fields</source>
        <translation>%1 campos Message-ID</translation>
    </message>
    <message>
        <source>no Date field</source>
        <translation>nenhum campo Date</translation>
    </message>
    <message>
        <source>%1 Date fields</source>
        <translation>%1 campos Date</translation>
    </message>
    <message>
        <source>the Date does not parse: %1</source>
        <translation>a Date não pode ser interpretada: %1</translation>
    </message>
    <message>
        <source>the Date is more than a day after the message was received</source>
        <translation>a Date é mais de um dia posterior ao recebimento da mensagem</translation>
    </message>
    <message>
        <source>the signature&apos;s tag list is malformed: %1</source>
        <translation>a lista de tags da assinatura está malformada: %1</translation>
    </message>
    <message>
        <source>the required tag %1= is missing</source>
        <translation>a tag obrigatória %1= está ausente</translation>
    </message>
    <message>
        <source>i= must be an ARC instance from 1 to 50</source>
        <translation>i= deve ser uma instância ARC de 1 a 50</translation>
    </message>
    <message>
        <source>v= must be 1; this verifier knows no other DKIM version</source>
        <translation>v= deve ser 1; este verificador não conhece outra versão do DKIM</translation>
    </message>
    <message>
        <source>a=%1 is not a known signing algorithm (rsa-sha256, ed25519-sha256)</source>
        <translation>a=%1 não é um algoritmo de assinatura conhecido (rsa-sha256, ed25519-sha256)</translation>
    </message>
    <message>
        <source>c=%1 is not a known canonicalization</source>
        <translation>c=%1 não é uma canonicalização conhecida</translation>
    </message>
    <message>
        <source>h= does not list From, which RFC 6376 requires every signature to sign</source>
        <translation>h= não lista From, que a RFC 6376 exige que toda assinatura assine</translation>
    </message>
    <message>
        <source>b= or bh= is not valid base64</source>
        <translation>b= ou bh= não é base64 válido</translation>
    </message>
    <message>
        <source>the domain of i= is not d= or a subdomain of it</source>
        <translation>o domínio de i= não é d= nem um subdomínio dele</translation>
    </message>
    <message>
        <source>q= names no query method this verifier knows (dns/txt)</source>
        <translation>q= não indica nenhum método de consulta que este verificador conheça (dns/txt)</translation>
    </message>
    <message>
        <source>l= is not a number</source>
        <translation>l= não é um número</translation>
    </message>
    <message>
        <source>t= is not a number</source>
        <translation>t= não é um número</translation>
    </message>
    <message>
        <source>x= is not a number</source>
        <translation>x= não é um número</translation>
    </message>
    <message>
        <source>x= is before t=, which RFC 6376 3.5 forbids</source>
        <translation>x= é anterior a t=, o que a RFC 6376 3.5 proíbe</translation>
    </message>
    <message>
        <source>the signature expired (x=) before it was checked</source>
        <translation>a assinatura expirou (x=) antes de ser verificada</translation>
    </message>
    <message>
        <source>d= is empty</source>
        <translation>d= está vazio</translation>
    </message>
    <message>
        <source>the key record has v=%1; only DKIM1 exists</source>
        <translation>o registro de chave tem v=%1; só existe DKIM1</translation>
    </message>
    <message>
        <source>the key has been revoked (empty p=)</source>
        <translation>a chave foi revogada (p= vazio)</translation>
    </message>
    <message>
        <source>the key is k=%1 but the signature uses %2</source>
        <translation>a chave é k=%1, mas a assinatura usa %2</translation>
    </message>
    <message>
        <source>the key cannot be used: %1</source>
        <translation>a chave não pode ser usada: %1</translation>
    </message>
    <message>
        <source>the key&apos;s s= excludes email</source>
        <translation>o s= da chave exclui e-mail</translation>
    </message>
    <message>
        <source>the key&apos;s h= does not allow %1</source>
        <translation>o h= da chave não permite %1</translation>
    </message>
    <message>
        <source>the key&apos;s t=s requires i= to be in d= exactly, not a subdomain</source>
        <translation>o t=s da chave exige que i= esteja exatamente em d=, não em um subdomínio</translation>
    </message>
    <message>
        <source>l= is longer than the body, so the body hash did not verify (RFC 6376 3.5)</source>
        <translation>l= é maior que o corpo, então o hash do corpo não foi verificado (RFC 6376 3.5)</translation>
    </message>
    <message>
        <source>body hash did not verify: the body was changed after signing (a mailing list footer or a rewriting gateway), the headers are intact</source>
        <translation>hash do corpo não verificado: o corpo foi alterado depois da assinatura (um rodapé de lista de discussão ou um gateway que reescreve), os cabeçalhos estão intactos</translation>
    </message>
    <message>
        <source>body hash did not verify, and neither did the header signature</source>
        <translation>hash do corpo não verificado, e a assinatura dos cabeçalhos também não</translation>
    </message>
    <message>
        <source>signature did not verify: a signed header field was changed (the body is intact)</source>
        <translation>assinatura não verificada: um campo de cabeçalho assinado foi alterado (o corpo está intacto)</translation>
    </message>
    <message>
        <source>the signature is mathematically valid, but the key has %1 bits and RFC 8301 forbids accepting keys under 1024 bits</source>
        <translation>a assinatura é matematicamente válida, mas a chave tem %1 bits e a RFC 8301 proíbe aceitar chaves com menos de 1024 bits</translation>
    </message>
    <message>
        <source>verified, but with rsa-sha1, which RFC 8301 retired: many receivers treat it as a failure</source>
        <translation>verificada, mas com rsa-sha1, que a RFC 8301 aposentou: muitos receptores tratam isso como falha</translation>
    </message>
    <message>
        <source>verified; the key says t=y (testing)</source>
        <translation>verificada; a chave indica t=y (teste)</translation>
    </message>
    <message>
        <source>the key lookup failed: %1</source>
        <translation>a consulta da chave falhou: %1</translation>
    </message>
    <message>
        <source>no key for signature at %1</source>
        <translation>nenhuma chave para a assinatura em %1</translation>
    </message>
    <message>
        <source>The DKIM signature %1 is weak</source>
        <translation>A assinatura DKIM %1 é fraca</translation>
    </message>
    <message>
        <source>The key is shorter than 2048 bits.</source>
        <translation>A chave tem menos de 2048 bits.</translation>
    </message>
    <message>
        <source>DKIM %1 for %2</source>
        <translation>DKIM %1 para %2</translation>
    </message>
    <message>
        <source>%1 DKIM signatures were not evaluated</source>
        <translation>%1 assinaturas DKIM não foram avaliadas</translation>
    </message>
    <message>
        <source>Only the first %1 signatures are verified; a message with more is unusual or hostile.</source>
        <translation>Somente as primeiras %1 assinaturas são verificadas; uma mensagem com mais é incomum ou hostil.</translation>
    </message>
    <message>
        <source>%1 reported %2=%3; Rebound finds %4</source>
        <translation>%1 informou %2=%3; o Rebound encontra %4</translation>
    </message>
    <message>
        <source>The receiver checked when the message arrived; a key or record changed since, or the message was altered after it was received.</source>
        <translation>O receptor verificou quando a mensagem chegou; uma chave ou registro mudou desde então, ou a mensagem foi alterada depois de recebida.</translation>
    </message>
    <message>
        <source>%1 held the message for %2 minutes</source>
        <translation>%1 reteve a mensagem por %2 minutos</translation>
    </message>
    <message>
        <source>A long delay between two Received fields is a queue: greylisting, a retry after a deferral, or a slow filter.</source>
        <translation>Um atraso longo entre dois campos Received é uma fila: greylisting, uma nova tentativa após um adiamento ou um filtro lento.</translation>
    </message>
    <message>
        <source>%1 stamped a time before the previous hop&apos;s</source>
        <translation>%1 registrou um horário anterior ao do salto anterior</translation>
    </message>
    <message>
        <source>One of the servers&apos; clocks is wrong by %1 seconds or more.</source>
        <translation>O relógio de um dos servidores está errado em %1 segundos ou mais.</translation>
    </message>
    <message>
        <source>No hop with a public IP address</source>
        <translation>Nenhum salto com endereço IP público</translation>
    </message>
    <message>
        <source>SPF and reverse DNS need the address the message came from; none of the Received fields names a public one.</source>
        <translation>O SPF e o DNS reverso precisam do endereço de onde a mensagem veio; nenhum dos campos Received indica um público.</translation>
    </message>
    <message>
        <source>SPF %1 for %2 sending as %3</source>
        <translation>SPF %1 para %2 enviando como %3</translation>
    </message>
    <message>
        <source>DMARC fails for %1 (policy %2)</source>
        <translation>O DMARC falha para %1 (política %2)</translation>
    </message>
    <message>
        <source>Neither SPF nor DKIM passed for a domain aligned with the From domain.</source>
        <translation>Nem SPF nem DKIM passaram para um domínio alinhado com o domínio From.</translation>
    </message>
    <message>
        <source>No DMARC record for %1</source>
        <translation>Nenhum registro DMARC para %1</translation>
    </message>
    <message>
        <source>Gmail and Yahoo require a DMARC record from bulk senders.</source>
        <translation>O Gmail e o Yahoo exigem um registro DMARC de remetentes em massa.</translation>
    </message>
    <message>
        <source>DMARC cannot be evaluated</source>
        <translation>O DMARC não pode ser avaliado</translation>
    </message>
    <message>
        <source>The message has no single From address.</source>
        <translation>A mensagem não tem um único endereço From.</translation>
    </message>
    <message>
        <source>No header fields</source>
        <translation>Nenhum campo de cabeçalho</translation>
    </message>
    <message>
        <source>The input does not start with a header block.</source>
        <translation>A entrada não começa com um bloco de cabeçalhos.</translation>
    </message>
    <message>
        <source>Signed with DomainKeys only, not DKIM</source>
        <translation>Assinado apenas com DomainKeys, não com DKIM</translation>
    </message>
    <message>
        <source>DomainKey-Signature (RFC 4870) is historic and no receiver verifies it; sign with DKIM.</source>
        <translation>DomainKey-Signature (RFC 4870) é histórico e nenhum receptor o verifica; assine com DKIM.</translation>
    </message>
    <message>
        <source>The ARC chain does not validate</source>
        <translation>A cadeia ARC não é válida</translation>
    </message>
    <message>
        <source>Bulk-sender rule not met: %1</source>
        <translation>Regra de remetentes em massa não atendida: %1</translation>
    </message>
    <message>
        <source>line %1 bytes into the message is not a header field; the header block ends there</source>
        <translation>a linha a %1 bytes do início da mensagem não é um campo de cabeçalho; o bloco de cabeçalhos termina ali</translation>
    </message>
    <message>
        <source>a header field is longer than %1 bytes; the header block was cut there</source>
        <translation>um campo de cabeçalho tem mais de %1 bytes; o bloco de cabeçalhos foi cortado ali</translation>
    </message>
    <message>
        <source>%1 header fields beyond the first %2 were not read</source>
        <translation>%1 campos de cabeçalho além dos primeiros %2 não foram lidos</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a tag=value pair</source>
        <translation>&apos;%1&apos; não é um par tag=valor</translation>
    </message>
    <message>
        <source>the tag %1= appears twice (RFC 6376 3.2)</source>
        <translation>a tag %1= aparece duas vezes (RFC 6376 3.2)</translation>
    </message>
    <message>
        <source>more than %1 tags</source>
        <translation>mais de %1 tags</translation>
    </message>
    <message>
        <source>DMARC %1: SPF and DKIM are both aligned</source>
        <translation>DMARC %1: SPF e DKIM estão ambos alinhados</translation>
    </message>
    <message>
        <source>DMARC %1: SPF is aligned, DKIM is not</source>
        <translation>DMARC %1: SPF está alinhado, DKIM não</translation>
    </message>
    <message>
        <source>DMARC %1: DKIM is aligned, SPF is not</source>
        <translation>DMARC %1: DKIM está alinhado, SPF não</translation>
    </message>
    <message>
        <source>DMARC %1: neither SPF nor DKIM is aligned</source>
        <translation>DMARC %1: nem SPF nem DKIM estão alinhados</translation>
    </message>
    <message>
        <source>ARC i=%1 (%2) recorded %3=%4 for %5; Rebound finds %6</source>
        <translation>ARC i=%1 (%2) registrou %3=%4 para %5; o Rebound encontra %6</translation>
    </message>
    <message>
        <source>The ARC chain validates, so this is what the sealer saw when the message reached it: the message was changed after that (a mailing-list footer or subject tag, a forwarder&apos;s rewrite). Receivers that trust this sealer may use its result instead of their own.</source>
        <translation>A cadeia ARC é válida, então isto é o que o selador viu quando a mensagem chegou a ele: a mensagem foi alterada depois disso (um rodapé ou uma marca no assunto de uma lista de discussão, uma reescrita de um encaminhador). Os receptores que confiam neste selador podem usar o resultado dele em vez do próprio.</translation>
    </message>
    <message>
        <source>The ARC chain does not validate, so this record is only a claim: nobody can tell whether the sealer wrote it.</source>
        <translation>A cadeia ARC não é válida, então este registro é só uma alegação: ninguém pode dizer se o selador o escreveu.</translation>
    </message>
    <message>
        <source>This is the copy the bounce returned; the reporting server may have altered it, so this does not show that the message as sent failed.</source>
        <translation>Esta é a cópia que o bounce devolveu; o servidor que gerou o bounce pode tê-la alterado, então isto não mostra que a mensagem, tal como foi enviada, falhou.</translation>
    </message>
    <message>
        <source>The bounce returned only the message&apos;s header fields</source>
        <translation>O bounce devolveu só os campos de cabeçalho da mensagem</translation>
    </message>
    <message>
        <source>The bounce returned a copy of the message</source>
        <translation>O bounce devolveu uma cópia da mensagem</translation>
    </message>
    <message>
        <source>The route, the From domain, the DKIM signatures&apos; domains and selectors and the sending address can be trusted. No DKIM signature can pass without the body: verify a copy from the Sent folder instead.</source>
        <translation>A rota, o domínio From, os domínios e seletores das assinaturas DKIM e o endereço de envio são confiáveis. Nenhuma assinatura DKIM pode passar sem o corpo: verifique em vez disso uma cópia da pasta Enviados.</translation>
    </message>
    <message>
        <source>The route, the From domain, the DKIM signatures&apos; domains and selectors and the sending address can be trusted. A DKIM pass shows the copy is intact; a failure may come from the reporting server re-encoding the copy: verify a copy from the Sent folder to be sure.</source>
        <translation>A rota, o domínio From, os domínios e seletores das assinaturas DKIM e o endereço de envio são confiáveis. Se o DKIM passa, a cópia está intacta; uma falha pode ser causada pela recodificação da cópia pelo servidor que gerou o bounce: verifique uma cópia da pasta Enviados para ter certeza.</translation>
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
        <translation>Desenhar um PDF exige uma QGuiApplication (execute sem tela com QT_QPA_PLATFORM=offscreen).</translation>
    </message>
    <message>
        <source>Could not start drawing the PDF.</source>
        <translation>Não foi possível começar a desenhar o PDF.</translation>
    </message>
    <message>
        <source>Rebound diagnosis session (open it in Rebound)</source>
        <translation>Sessão de diagnóstico do Rebound (abra no Rebound)</translation>
    </message>
    <message>
        <source>Unknown export format for %1: use .pdf, .html, .md, .json or .txt.</source>
        <translation>Formato de exportação desconhecido para %1: use .pdf, .html, .md, .json ou .txt.</translation>
    </message>
</context>
<context>
    <name>rebound::postmaster::PostmasterAuthorizer</name>
    <message>
        <source>Google granted access but sent no refresh token.</source>
        <translation>O Google concedeu o acesso, mas não enviou nenhum token de atualização.</translation>
    </message>
    <message>
        <source>Google refused the authorization: %1 %2</source>
        <translation>O Google recusou a autorização: %1 %2</translation>
    </message>
    <message>
        <source>The token endpoint could not be reached or refused the code.</source>
        <translation>Não foi possível acessar o endpoint de token, ou ele recusou o código.</translation>
    </message>
    <message>
        <source>No answer from the browser in time.</source>
        <translation>O navegador não respondeu a tempo.</translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1 for Google&apos;s answer.</source>
        <translation>Não foi possível escutar em 127.0.0.1 para receber a resposta do Google.</translation>
    </message>
    <message>
        <source>Google refused the authorization: %1</source>
        <translation>O Google recusou a autorização: %1</translation>
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
        <translation>sem registros</translation>
    </message>
    <message>
        <source>Appendix A: the pasted text</source>
        <translation>Apêndice A: o texto colado</translation>
    </message>
    <message>
        <source>Nothing was pasted.</source>
        <translation>Nada foi colado.</translation>
    </message>
    <message>
        <source>As analysed (decoded, line ends normalised). Highlighted and numbered: the spans that support the diagnosis. The text is shown literally; nothing in it was followed or loaded.</source>
        <translation>Como analisado (decodificado, fins de linha normalizados). Destacados e numerados: os trechos que sustentam o diagnóstico. O texto é mostrado literalmente; nada nele foi seguido ou carregado.</translation>
    </message>
    <message>
        <source>As pasted. The text is shown literally; nothing in it was followed or loaded.</source>
        <translation>Como colado. O texto é mostrado literalmente; nada nele foi seguido ou carregado.</translation>
    </message>
    <message>
        <source>Evidence for</source>
        <translation>Evidência de</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Appendix B: raw DNS answers</source>
        <translation>Apêndice B: respostas DNS brutas</translation>
    </message>
    <message>
        <source>No raw DNS answers were recorded.</source>
        <translation>Nenhuma resposta DNS bruta foi registrada.</translation>
    </message>
    <message>
        <source>Every answer as the resolver returned it, with TTLs, response codes, the server that answered and the time it took.</source>
        <translation>Cada resposta como o resolvedor a retornou, com TTLs, códigos de resposta, o servidor que respondeu e o tempo gasto.</translation>
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
        <translation>Respostas</translation>
    </message>
    <message>
        <source>Server, time</source>
        <translation>Servidor, tempo</translation>
    </message>
    <message>
        <source>Appendix C: SMTP transcripts</source>
        <translation>Apêndice C: transcrições SMTP</translation>
    </message>
    <message>
        <source>No SMTP conversation was recorded.</source>
        <translation>Nenhuma conversa SMTP foi registrada.</translation>
    </message>
    <message>
        <source>(no SPF record)</source>
        <translation>(sem registro SPF)</translation>
    </message>
    <message>
        <source>SPF</source>
        <translation>SPF</translation>
    </message>
    <message>
        <source>SPF was not checked.</source>
        <translation>O SPF não foi verificado.</translation>
    </message>
    <message>
        <source>%1 of 10 DNS lookups</source>
        <translation>%1 de 10 consultas DNS</translation>
    </message>
    <message>
        <source>%1 of 2 void lookups</source>
        <translation>%1 de 2 consultas vazias</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>For IP</source>
        <translation>Para o IP</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Decidido por</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Limites</translation>
    </message>
    <message>
        <source>Evaluation tree</source>
        <translation>Árvore de avaliação</translation>
    </message>
    <message>
        <source>(✓ matched, · did not match, – not evaluated, ✗ error)</source>
        <translation>(✓ corresponde, · não corresponde, – não avaliado, ✗ erro)</translation>
    </message>
    <message>
        <source>DMARC</source>
        <translation>DMARC</translation>
    </message>
    <message>
        <source>DMARC was not checked.</source>
        <translation>O DMARC não foi verificado.</translation>
    </message>
    <message>
        <source>Found at</source>
        <translation>Encontrado em</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Política</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Avaliação</translation>
    </message>
    <message>
        <source>Alignment</source>
        <translation>Alinhamento</translation>
    </message>
    <message>
        <source>DKIM</source>
        <translation>DKIM</translation>
    </message>
    <message>
        <source>No DKIM key was checked (no selector was known).</source>
        <translation>Nenhuma chave DKIM foi verificada (nenhum seletor conhecido).</translation>
    </message>
    <message>
        <source>%1 bits</source>
        <translation>%1 bits</translation>
    </message>
    <message>
        <source>Selector</source>
        <translation>Seletor</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Chave</translation>
    </message>
    <message>
        <source>MX</source>
        <translation>MX</translation>
    </message>
    <message>
        <source>No MX record.</source>
        <translation>Sem registro MX.</translation>
    </message>
    <message>
        <source>MX was not checked.</source>
        <translation>O MX não foi verificado.</translation>
    </message>
    <message>
        <source>Preference</source>
        <translation>Preferência</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Endereços</translation>
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
        <translation>O MX não foi verificado nesta execução.</translation>
    </message>
    <message>
        <source>Domain %1</source>
        <translation>Domínio %1</translation>
    </message>
    <message>
        <source>Authentication records</source>
        <translation>Registros de autenticação</translation>
    </message>
    <message>
        <source>The sending domain&apos;s SPF, DKIM, DMARC and MX were not checked in this run.</source>
        <translation>SPF, DKIM, DMARC e MX do domínio de envio não foram verificados nesta execução.</translation>
    </message>
    <message>
        <source>Lookup</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <source>Removal</source>
        <translation>Remoção</translation>
    </message>
    <message>
        <source>IP address %1</source>
        <translation>Endereço IP %1</translation>
    </message>
    <message>
        <source>Reverse DNS (PTR)</source>
        <translation>DNS reverso (PTR)</translation>
    </message>
    <message>
        <source>Forward-confirmed</source>
        <translation>Confirmado nos dois sentidos</translation>
    </message>
    <message>
        <source>Reverse DNS</source>
        <translation>DNS reverso</translation>
    </message>
    <message>
        <source>Not checked. Reverse DNS is checked for an IP address, or for the sending IP found in a bounce.</source>
        <translation>Não verificado. O DNS reverso é verificado para um endereço IP, ou para o IP de envio encontrado em um bounce.</translation>
    </message>
    <message>
        <source>Blocklists and reverse DNS</source>
        <translation>Listas de bloqueio e DNS reverso</translation>
    </message>
    <message>
        <source>The blocklists were not checked in this run.</source>
        <translation>As listas de bloqueio não foram verificadas nesta execução.</translation>
    </message>
    <message>
        <source>No blocklist result is recorded: the blocklists were not checked.</source>
        <translation>Nenhum resultado de lista de bloqueio registrado: as listas de bloqueio não foram verificadas.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Lista</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Resposta</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Significado</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>the bounce says </source>
        <translation>o bounce diz </translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnóstico</translation>
    </message>
    <message>
        <source>No cause was identified from the bounce and the checks.</source>
        <translation>Nenhuma causa foi identificada a partir do bounce e das verificações.</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravidade</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confiança</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Recuperação</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regra</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidências</translation>
    </message>
    <message>
        <source>Against the alternatives</source>
        <translation>Contra as alternativas</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Passos</translation>
    </message>
    <message>
        <source>What not to do</source>
        <translation>O que não fazer</translation>
    </message>
    <message>
        <source>Findings by area</source>
        <translation>Constatações por área</translation>
    </message>
    <message>
        <source>No check was run, so nothing was found and nothing was cleared.</source>
        <translation>Nenhuma verificação foi executada, então nada foi encontrado e nada foi descartado.</translation>
    </message>
    <message>
        <source>Its results are not known: this is not a clean result.</source>
        <translation>Os resultados não são conhecidos: isto não é um resultado limpo.</translation>
    </message>
    <message>
        <source>Nothing to report.</source>
        <translation>Nada a relatar.</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constatação</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Não verificado</translation>
    </message>
    <message>
        <source>Mail server</source>
        <translation>Servidor de e-mail</translation>
    </message>
    <message>
        <source>port %1</source>
        <translation>porta %1</translation>
    </message>
    <message>
        <source>expired %1 days ago</source>
        <translation>expirou há %1 dias</translation>
    </message>
    <message>
        <source>in %1 days</source>
        <translation>em %1 dias</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <source>Banner</source>
        <translation>Banner</translation>
    </message>
    <message>
        <source>EHLO extensions</source>
        <translation>Extensões EHLO</translation>
    </message>
    <message>
        <source>STARTTLS offered</source>
        <translation>STARTTLS oferecido</translation>
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
        <translation>Nome corresponde</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expira</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verificação</translation>
    </message>
    <message>
        <source>SMTP and TLS</source>
        <translation>SMTP e TLS</translation>
    </message>
    <message>
        <source>No mail server was probed in this run.</source>
        <translation>Nenhum servidor de e-mail foi sondado nesta execução.</translation>
    </message>
    <message>
        <source>The server&apos;s state is not known.</source>
        <translation>O estado do servidor não é conhecido.</translation>
    </message>
    <message>
        <source>bounced for %1</source>
        <translation>bounce para %1</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> e mais %1</translation>
    </message>
    <message>
        <source>no findings</source>
        <translation>sem constatações</translation>
    </message>
    <message>
        <source>%1 findings, %2 serious</source>
        <translation>%1 constatações, %2 graves</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>Veredito: %1</translation>
    </message>
    <message>
        <source>Most likely cause: %1</source>
        <translation>Causa mais provável: %1</translation>
    </message>
    <message>
        <source>The run was cancelled; only the finished checks are reported.</source>
        <translation>A execução foi cancelada; só as verificações concluídas são relatadas.</translation>
    </message>
    <message>
        <source>What was checked</source>
        <translation>O que foi verificado</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Início</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Fim</translation>
    </message>
    <message>
        <source>Resolver</source>
        <translation>Resolvedor</translation>
    </message>
    <message>
        <source>Checked from</source>
        <translation>Verificado a partir de</translation>
    </message>
    <message>
        <source>Rebound version</source>
        <translation>Versão do Rebound</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sessão</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Dados pessoais</translation>
    </message>
    <message>
        <source>masked (local parts of addresses, names, Message-IDs)</source>
        <translation>mascarados (partes locais de endereços, nomes, Message-IDs)</translation>
    </message>
    <message>
        <source>not masked</source>
        <translation>não mascarados</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>Anexo</translation>
    </message>
    <message>
        <source>%1: the machine-readable session; open it in Rebound</source>
        <translation>%1: a sessão legível por máquina; abra no Rebound</translation>
    </message>
    <message>
        <source>Most likely causes</source>
        <translation>Causas mais prováveis</translation>
    </message>
    <message>
        <source>No cause was identified. See the checks below for what could and could not be checked.</source>
        <translation>Nenhuma causa foi identificada. Veja nas verificações abaixo o que pôde e o que não pôde ser verificado.</translation>
    </message>
    <message>
        <source>%1 less likely causes follow in the Diagnosis section.</source>
        <translation>%1 causas menos prováveis seguem na seção Diagnóstico.</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation>O que fazer agora</translation>
    </message>
    <message>
        <source>No steps are known for this cause.</source>
        <translation>Nenhum passo é conhecido para esta causa.</translation>
    </message>
    <message>
        <source>Do not: </source>
        <translation>Não fazer: </translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Verificações</translation>
    </message>
    <message>
        <source>No check was run.</source>
        <translation>Nenhuma verificação foi executada.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Verificação</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>not evaluated: no sending IP was known</source>
        <translation>não avaliado: nenhum IP de envio era conhecido</translation>
    </message>
    <message>
        <source>Mail from other hosts</source>
        <translation>E-mail de outros hosts</translation>
    </message>
    <message>
        <source>Record syntax</source>
        <translation>Sintaxe do registro</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Observação</translation>
    </message>
    <message>
        <source>No MX host (%1).</source>
        <translation>Nenhum host MX (%1).</translation>
    </message>
    <message>
        <source>(a CNAME to %1)</source>
        <translation>(um CNAME para %1)</translation>
    </message>
    <message>
        <source>no address</source>
        <translation>sem endereço</translation>
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
        <translation>Por que não é certo</translation>
    </message>
    <message>
        <source>What the receiving server replied</source>
        <translation>O que o servidor receptor respondeu</translation>
    </message>
    <message>
        <source>Permanent (%1). </source>
        <translation>Permanente (%1). </translation>
    </message>
    <message>
        <source>The receiver will refuse this mail again until the cause below is fixed; sending it again unchanged does not help.</source>
        <translation>O receptor vai recusar este e-mail de novo até que a causa abaixo seja corrigida; reenviá-lo sem alterações não adianta.</translation>
    </message>
    <message>
        <source>Temporary (%1). </source>
        <translation>Temporário (%1). </translation>
    </message>
    <message>
        <source>The sending server keeps retrying for a while on its own; the cause below says why it was deferred.</source>
        <translation>O servidor de envio continua tentando de novo por conta própria por um tempo; a causa abaixo diz por que ele foi adiado.</translation>
    </message>
    <message>
        <source>Other recipients got %1 other replies; the bounce appendix shows them all.</source>
        <translation>Outros destinatários receberam %1 outras respostas; o apêndice de bounces mostra todas.</translation>
    </message>
    <message>
        <source>About this run</source>
        <translation>Sobre esta execução</translation>
    </message>
    <message>
        <source>none answered</source>
        <translation>nenhum respondeu</translation>
    </message>
    <message>
        <source>Every DNS query of the run</source>
        <translation>Todas as consultas DNS da execução</translation>
    </message>
    <message>
        <source>In the order they ended: the server that answered, what it said, the TTL and the records of the type asked.</source>
        <translation>Na ordem em que terminaram: o servidor que respondeu, o que ele disse, o TTL e os registros do tipo consultado.</translation>
    </message>
    <message>
        <source>The first %1 of %2 queries are listed; the session JSON attached to this report keeps %3 of them.</source>
        <translation>São listadas as primeiras %1 de %2 consultas; o JSON da sessão anexado a este relatório mantém %3 delas.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
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
        <translation>Dados</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Duração</translation>
    </message>
    <message>
        <source>first external hop</source>
        <translation>primeiro salto externo</translation>
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
        <translation>De</translation>
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
        <translation>Horário (UTC)</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>Atraso</translation>
    </message>
    <message>
        <source>%1-bit key</source>
        <translation>chave de %1 bits</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domínio</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algoritmo</translation>
    </message>
    <message>
        <source>Body hash</source>
        <translation>Hash do corpo</translation>
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
        <translation>Cadeia</translation>
    </message>
    <message>
        <source>%1 for %2: sealer %3, Rebound %4</source>
        <translation>%1 para %2: selador %3, Rebound %4</translation>
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
        <translation>Selado por</translation>
    </message>
    <message>
        <source>Seal</source>
        <translation>Selo</translation>
    </message>
    <message>
        <source>Message signature</source>
        <translation>Assinatura da mensagem</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Registrado por</translation>
    </message>
    <message>
        <source>Compared with Rebound</source>
        <translation>Comparado com o Rebound</translation>
    </message>
    <message>
        <source>trusted (the receiver)</source>
        <translation>confiável (o receptor)</translation>
    </message>
    <message>
        <source>a claim</source>
        <translation>uma alegação</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Escrito por</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Confiança</translation>
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
        <translation>SPF alinhado</translation>
    </message>
    <message>
        <source>DKIM aligned</source>
        <translation>DKIM alinhado</translation>
    </message>
    <message>
        <source>DMARC policy</source>
        <translation>Política DMARC</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalhe</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <source>The message was not analysed.</source>
        <translation>A mensagem não foi analisada.</translation>
    </message>
    <message>
        <source>This is the header block a bounce returned. The route, the domains and the sending address can be trusted; no DKIM signature can pass without the body.</source>
        <translation>Este é o bloco de cabeçalhos que um bounce devolveu. A rota, os domínios e o endereço de envio são confiáveis; nenhuma assinatura DKIM pode passar sem o corpo.</translation>
    </message>
    <message>
        <source>This is the copy a bounce returned. The route, the domains and the sending address can be trusted; a DKIM failure may come from the reporting server re-encoding the copy.</source>
        <translation>Esta é a cópia que um bounce devolveu. A rota, os domínios e o endereço de envio são confiáveis; uma falha DKIM pode ser causada pela recodificação da cópia pelo servidor que gerou o bounce.</translation>
    </message>
    <message>
        <source>Route (oldest hop first)</source>
        <translation>Rota (salto mais antigo primeiro)</translation>
    </message>
    <message>
        <source>No Received fields.</source>
        <translation>Nenhum campo Received.</translation>
    </message>
    <message>
        <source>DKIM signatures</source>
        <translation>Assinaturas DKIM</translation>
    </message>
    <message>
        <source>The message is not signed.</source>
        <translation>A mensagem não está assinada.</translation>
    </message>
    <message>
        <source>Authentication-Results</source>
        <translation>Authentication-Results</translation>
    </message>
    <message>
        <source>No Authentication-Results fields.</source>
        <translation>Nenhum campo Authentication-Results.</translation>
    </message>
    <message>
        <source>SPF and DMARC</source>
        <translation>SPF e DMARC</translation>
    </message>
    <message>
        <source>Bulk-sender checklist</source>
        <translation>Lista de verificação de remetentes em massa</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <source>DMARC for %1</source>
        <translation>DMARC para %1</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Relatórios</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensagens</translation>
    </message>
    <message>
        <source>DMARC pass rate</source>
        <translation>Taxa de aprovação no DMARC</translation>
    </message>
    <message>
        <source>Source IP</source>
        <translation>IP de origem</translation>
    </message>
    <message>
        <source>Failed DMARC</source>
        <translation>Falha no DMARC</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quem</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredito</translation>
    </message>
    <message>
        <source>DMARC and TLS reports</source>
        <translation>Relatórios DMARC e TLS</translation>
    </message>
    <message>
        <source>TLS reports</source>
        <translation>Relatórios TLS</translation>
    </message>
    <message>
        <source>Policy domain</source>
        <translation>Domínio da política</translation>
    </message>
    <message>
        <source>Successful sessions</source>
        <translation>Sessões bem-sucedidas</translation>
    </message>
    <message>
        <source>Failed sessions</source>
        <translation>Sessões com falha</translation>
    </message>
    <message>
        <source>Organizational domain</source>
        <translation>Domínio organizacional</translation>
    </message>
    <message>
        <source>%1 (DNS tree walk, RFC 9989)</source>
        <translation>%1 (percurso da árvore DNS, RFC 9989)</translation>
    </message>
    <message>
        <source>Older receivers</source>
        <translation>Receptores mais antigos</translation>
    </message>
    <message>
        <source>organizational domain %1 (Public Suffix List), policy %2</source>
        <translation>domínio organizacional %1 (Public Suffix List), política %2</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>nenhuma encontrada</translation>
    </message>
    <message>
        <source>the message&apos;s DKIM signature</source>
        <translation>a assinatura DKIM da mensagem</translation>
    </message>
    <message>
        <source>given</source>
        <translation>seletor informado</translation>
    </message>
    <message>
        <source>the list of common selectors</source>
        <translation>a lista de seletores comuns</translation>
    </message>
    <message>
        <source>the provider %1 (from the MX hosts or SPF includes)</source>
        <translation>o provedor %1 (pelos hosts MX ou pelos includes do SPF)</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>Encontrado por</translation>
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
        <translation>Busca</translation>
    </message>
    <message>
        <source>valid for the policy host</source>
        <translation>válido para o host da política</translation>
    </message>
    <message>
        <source>not valid for the policy host</source>
        <translation>inválido para o host da política</translation>
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
        <translation>Padrões MX</translation>
    </message>
    <message>
        <source>covered</source>
        <translation>coberto</translation>
    </message>
    <message>
        <source>not covered</source>
        <translation>não coberto</translation>
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
        <translation>não conforme</translation>
    </message>
    <message>
        <source>Mark certificate</source>
        <translation>Certificado de marca</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Titular</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verificada</translation>
    </message>
    <message>
        <source>Logo in the certificate</source>
        <translation>Logotipo no certificado</translation>
    </message>
    <message>
        <source>the published SVG</source>
        <translation>o SVG publicado</translation>
    </message>
    <message>
        <source>another SVG</source>
        <translation>outro SVG</translation>
    </message>
    <message>
        <source>Recipient domain %1</source>
        <translation>Domínio do destinatário %1</translation>
    </message>
    <message>
        <source>Mailbox probe</source>
        <translation>Sondagem de caixa postal</translation>
    </message>
    <message>
        <source>Nothing is known about the mailbox.</source>
        <translation>Nada se sabe sobre a caixa postal.</translation>
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
        <translation>RCPT TO (endereço inventado)</translation>
    </message>
    <message>
        <source>Accepts every address</source>
        <translation>Aceita qualquer endereço</translation>
    </message>
    <message>
        <source>Rebound asked the recipient&apos;s mail server about the address (MAIL FROM with your address, RCPT TO, then RSET): no message was sent. An accepted address is what the server said at that moment, not a promise of delivery.</source>
        <translation>O Rebound perguntou ao servidor de e-mail do destinatário sobre o endereço (MAIL FROM com o seu endereço, RCPT TO e depois RSET): nenhuma mensagem foi enviada. Um endereço aceito é o que o servidor disse naquele momento, não uma promessa de entrega.</translation>
    </message>
    <message>
        <source>DNSSEC bogus</source>
        <translation>DNSSEC bogus</translation>
    </message>
    <message>
        <source>not DNSSEC-validated: not checked</source>
        <translation>não validado por DNSSEC: não verificado</translation>
    </message>
    <message>
        <source>matches</source>
        <translation>corresponde</translation>
    </message>
    <message>
        <source>does not match</source>
        <translation>não corresponde</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>não verificado</translation>
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
        <translation>Amarelo</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Vermelho</translation>
    </message>
    <message>
        <source>No data for this IP</source>
        <translation>Sem dados para este IP</translation>
    </message>
    <message>
        <source>Microsoft SNDS</source>
        <translation>Microsoft SNDS</translation>
    </message>
    <message>
        <source>Microsoft&apos;s data for this IP is not known.</source>
        <translation>Os dados da Microsoft para este IP não são conhecidos.</translation>
    </message>
    <message>
        <source>Filter result</source>
        <translation>Resultado do filtro</translation>
    </message>
    <message>
        <source>Complaint rate</source>
        <translation>Taxa de reclamações</translation>
    </message>
    <message>
        <source>Trap hits</source>
        <translation>Acertos em armadilhas</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinatários</translation>
    </message>
    <message>
        <source>Blocked by Microsoft</source>
        <translation>Bloqueado pela Microsoft</translation>
    </message>
    <message>
        <source>yes: %1</source>
        <translation>sim: %1</translation>
    </message>
    <message>
        <source>Sample HELO, MAIL FROM</source>
        <translation>HELO e MAIL FROM de exemplo</translation>
    </message>
    <message>
        <source>Data of</source>
        <translation>Dados de</translation>
    </message>
    <message>
        <source>(from the cache)</source>
        <translation>(do cache)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>%1: at or over Gmail&apos;s 0.3 % limit</source>
        <translation>%1: no limite de 0,3% do Gmail ou acima dele</translation>
    </message>
    <message>
        <source>%1: over Gmail&apos;s 0.1 % target</source>
        <translation>%1: acima da meta de 0,1% do Gmail</translation>
    </message>
    <message>
        <source>%1: under Gmail&apos;s 0.1 % target</source>
        <translation>%1: abaixo da meta de 0,1% do Gmail</translation>
    </message>
    <message>
        <source>Compliant</source>
        <translation>Em conformidade</translation>
    </message>
    <message>
        <source>Needs work</source>
        <translation>Precisa de ajustes</translation>
    </message>
    <message>
        <source>Google Postmaster Tools</source>
        <translation>Google Postmaster Tools</translation>
    </message>
    <message>
        <source>What Gmail measured for this domain is not known.</source>
        <translation>Não se sabe o que o Gmail mediu para este domínio.</translation>
    </message>
    <message>
        <source>User-reported spam rate</source>
        <translation>Taxa de spam denunciado pelos usuários</translation>
    </message>
    <message>
        <source>SPF authentication rate</source>
        <translation>Taxa de autenticação SPF</translation>
    </message>
    <message>
        <source>DKIM authentication rate</source>
        <translation>Taxa de autenticação DKIM</translation>
    </message>
    <message>
        <source>DMARC authentication rate</source>
        <translation>Taxa de autenticação DMARC</translation>
    </message>
    <message>
        <source>TLS encryption rate</source>
        <translation>Taxa de criptografia TLS</translation>
    </message>
    <message>
        <source>Delivery error rate</source>
        <translation>Taxa de erros de entrega</translation>
    </message>
    <message>
        <source>Google has no compliance status for this domain.</source>
        <translation>O Google não tem status de conformidade para este domínio.</translation>
    </message>
    <message>
        <source>Gmail sender requirement</source>
        <translation>Requisito do Gmail para remetentes</translation>
    </message>
    <message>
        <source>%1 trap hits</source>
        <translation>%1 acertos em armadilhas</translation>
    </message>
    <message>
        <source>blocked by Microsoft: %1</source>
        <translation>bloqueado pela Microsoft: %1</translation>
    </message>
    <message>
        <source>data of %1</source>
        <translation>dados de %1</translation>
    </message>
    <message>
        <source>Watch history</source>
        <translation>Histórico do monitoramento</translation>
    </message>
    <message>
        <source>The watch&apos;s database could not be read.</source>
        <translation>Não foi possível ler o banco de dados do monitoramento.</translation>
    </message>
    <message>
        <source>Every check the watch makes of this target is sound.</source>
        <translation>Todas as verificações que o monitoramento faz deste alvo estão em ordem.</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Latest changes, newest first:</source>
        <translation>Últimas mudanças, as mais recentes primeiro:</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Mudança</translation>
    </message>
    <message>
        <source>From → to</source>
        <translation>De → para</translation>
    </message>
</context>
<context>
    <name>rebound::report::words</name>
    <message>
        <source>[cut here: %1 more characters, %2 more lines; the attached session JSON has all of it]</source>
        <translation>[cortado aqui: mais %1 caracteres, mais %2 linhas; o JSON da sessão anexado tem tudo]</translation>
    </message>
    <message>
        <source>The PDF&apos;s cross-reference chain is broken or too long.</source>
        <translation>A cadeia de referências cruzadas do PDF está quebrada ou longa demais.</translation>
    </message>
    <message>
        <source>The PDF uses a cross-reference stream, which is not supported.</source>
        <translation>O PDF usa um fluxo de referências cruzadas, que não é suportado.</translation>
    </message>
    <message>
        <source>The PDF&apos;s cross-reference table is malformed.</source>
        <translation>A tabela de referências cruzadas do PDF está malformada.</translation>
    </message>
    <message>
        <source>The PDF&apos;s cross-reference table is cut short.</source>
        <translation>A tabela de referências cruzadas do PDF está truncada.</translation>
    </message>
    <message>
        <source>The PDF&apos;s trailer is malformed.</source>
        <translation>O trailer do PDF está malformado.</translation>
    </message>
    <message>
        <source>The PDF has no usable trailer.</source>
        <translation>O PDF não tem um trailer utilizável.</translation>
    </message>
    <message>
        <source>The PDF or the attachment is too large.</source>
        <translation>O PDF ou o anexo é grande demais.</translation>
    </message>
    <message>
        <source>The PDF has no readable catalog.</source>
        <translation>O PDF não tem um catálogo legível.</translation>
    </message>
    <message>
        <source>The PDF already has a name dictionary; attaching is not supported.</source>
        <translation>O PDF já tem um dicionário de nomes; anexar não é suportado.</translation>
    </message>
    <message>
        <source>Not a PDF file.</source>
        <translation>Não é um arquivo PDF.</translation>
    </message>
    <message>
        <source>The PDF has no embedded file named %1.</source>
        <translation>O PDF não tem arquivo incorporado chamado %1.</translation>
    </message>
    <message>
        <source>The embedded file&apos;s length is missing or wrong.</source>
        <translation>O tamanho do arquivo incorporado está ausente ou errado.</translation>
    </message>
    <message>
        <source>The embedded file uses an unsupported filter.</source>
        <translation>O arquivo incorporado usa um filtro não suportado.</translation>
    </message>
    <message>
        <source>The embedded file is too large.</source>
        <translation>O arquivo incorporado é grande demais.</translation>
    </message>
    <message>
        <source>The embedded file could not be decompressed.</source>
        <translation>Não foi possível descompactar o arquivo incorporado.</translation>
    </message>
    <message>
        <source>Email deliverability report</source>
        <translation>Relatório de entregabilidade de e-mail</translation>
    </message>
    <message>
        <source>Bounce for mail sent from %1</source>
        <translation>Bounce de e-mail enviado de %1</translation>
    </message>
    <message>
        <source>Rebound %1 · session %2 · generated %3</source>
        <translation>Rebound %1 · sessão %2 · gerado em %3</translation>
    </message>
    <message>
        <source>SMTP transcripts</source>
        <translation>Transcrições SMTP</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Crítico</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
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
        <translation>Desconhecido</translation>
    </message>
    <message>
        <source>Problem found</source>
        <translation>Problema encontrado</translation>
    </message>
    <message>
        <source>Could not check everything</source>
        <translation>Não foi possível verificar tudo</translation>
    </message>
    <message>
        <source>No problem found</source>
        <translation>Nenhum problema encontrado</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Não verificado</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <source>Could not run</source>
        <translation>Não pôde ser executado</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignorado</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Not finished</source>
        <translation>Não concluído</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Você</translation>
    </message>
    <message>
        <source>Your ESP or host</source>
        <translation>Seu ESP ou provedor de hospedagem</translation>
    </message>
    <message>
        <source>The recipient&apos;s admin</source>
        <translation>O administrador do destinatário</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Qualquer pessoa</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>não verificado</translation>
    </message>
    <message>
        <source>(not a web link, not clickable)</source>
        <translation>(não é um link web, não clicável)</translation>
    </message>
    <message>
        <source>This program cannot draw PDF reports (no PDF renderer is built in).</source>
        <translation>Este programa não consegue desenhar relatórios PDF (nenhum renderizador de PDF embutido).</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Não foi possível gravar %1: %2</translation>
    </message>
    <message>
        <source>Not a Rebound session: %1</source>
        <translation>Não é uma sessão do Rebound: %1</translation>
    </message>
    <message>
        <source>Not a Rebound session (no &quot;schema&quot;: &quot;rebound.session&quot;).</source>
        <translation>Não é uma sessão do Rebound (sem &quot;schema&quot;: &quot;rebound.session&quot;).</translation>
    </message>
    <message>
        <source>The file is larger than 64 MiB.</source>
        <translation>O arquivo tem mais de 64 MiB.</translation>
    </message>
    <message>
        <source>[%1 more entries were not kept]</source>
        <translation>[mais %1 entradas não foram mantidas]</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatário</translation>
    </message>
    <message>
        <source>Reply code</source>
        <translation>Código de resposta</translation>
    </message>
    <message>
        <source>Enhanced status</source>
        <translation>Status estendido</translation>
    </message>
    <message>
        <source>Server&apos;s words</source>
        <translation>Palavras do servidor</translation>
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
        <translation>Servidor que recusou</translation>
    </message>
    <message>
        <source>Sending IP</source>
        <translation>IP de envio</translation>
    </message>
    <message>
        <source>Blocklist named</source>
        <translation>Lista de bloqueio citada</translation>
    </message>
    <message>
        <source>Provider code</source>
        <translation>Código do provedor</translation>
    </message>
    <message>
        <source>Blocklists named</source>
        <translation>Listas de bloqueio citadas</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provedor</translation>
    </message>
    <message>
        <source>Permanent</source>
        <translation>Permanente</translation>
    </message>
    <message>
        <source>Input refused: nothing was analysed</source>
        <translation>Entrada recusada: nada foi analisado</translation>
    </message>
    <message>
        <source>Nothing recognised: no bounce, reply or log line in the input</source>
        <translation>Nada reconhecido: nenhum bounce, resposta ou linha de log na entrada</translation>
    </message>
    <message>
        <source>verified by a live lookup</source>
        <translation>verificado por uma consulta ao vivo</translation>
    </message>
    <message>
        <source>inferred from the bounce text, confidence %1%</source>
        <translation>inferido do texto do bounce, confiança %1%</translation>
    </message>
    <message>
        <source>inferred from the checks, confidence %1%</source>
        <translation>inferido das verificações, confiança %1%</translation>
    </message>
    <message>
        <source>confidence %1%</source>
        <translation>confiança %1%</translation>
    </message>
</context>
<context>
    <name>rebound::secrets::SecretStore</name>
    <message>
        <source>the keychain did not answer within %1 s</source>
        <translation>o chaveiro não respondeu em %1 s</translation>
    </message>
    <message>
        <source>cannot make %1 readable by its owner only</source>
        <translation>não é possível tornar %1 legível apenas pelo seu dono</translation>
    </message>
    <message>
        <source>No system keychain is available (%1), so the key is kept in %2, readable only by you.</source>
        <translation>Nenhum chaveiro do sistema está disponível (%1), então a chave fica guardada em %2, legível apenas por você.</translation>
    </message>
    <message>
        <source>The key is kept in the system keychain.</source>
        <translation>A chave fica guardada no chaveiro do sistema.</translation>
    </message>
    <message>
        <source>The key could not be stored: no keychain (%1), and %2 (%3).</source>
        <translation>Não foi possível guardar a chave: nenhum chaveiro (%1), e %2 (%3).</translation>
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
        <translation>Erro</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Informação</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Em execução</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <source>Could not check</source>
        <translation>Não verificável</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignorado</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Aguardando</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Você</translation>
    </message>
    <message>
        <source>Your mail provider</source>
        <translation>Seu provedor de e-mail</translation>
    </message>
    <message>
        <source>The recipient&apos;s admin</source>
        <translation>O administrador do destinatário</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Qualquer pessoa</translation>
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
        <translation>Seletor DKIM %1 (%1._domainkey.%2)</translation>
    </message>
    <message>
        <source>no record published</source>
        <translation>nenhum registro publicado</translation>
    </message>
    <message>
        <source>Not a tag this version knows; receivers ignore it.</source>
        <translation>Não é uma tag que esta versão conhece; os receptores a ignoram.</translation>
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
        <translation>Mostrar só &amp;problemas</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Open &amp;lookup page…</source>
        <translation>Abrir página de con&amp;sulta…</translation>
    </message>
    <message>
        <source>Blocklist results</source>
        <translation>Resultados das listas de bloqueio</translation>
    </message>
    <message>
        <source>Address checked</source>
        <translation>Endereço verificado</translation>
    </message>
    <message>
        <source>Filter lists</source>
        <translation>Filtrar listas</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>Ende&amp;reço:</translation>
    </message>
    <message>
        <source>lookup page</source>
        <translation>página de consulta</translation>
    </message>
    <message>
        <source>removal page</source>
        <translation>página de remoção</translation>
    </message>
    <message>
        <source>(address not known yet)</source>
        <translation>(endereço ainda não conhecido)</translation>
    </message>
    <message>
        <source>Not checked: blocklists are checked for an IP address, or for the sending IP found in a bounce.</source>
        <translation>Não verificado: as listas de bloqueio são verificadas para um endereço IP, ou para o IP de envio encontrado em um bounce.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Verificando…</translation>
    </message>
    <message>
        <source>Not checked. %1</source>
        <translation>Não verificado. %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Open re&amp;moval page…</source>
        <translation>Abrir página de re&amp;moção…</translation>
    </message>
    <message>
        <source>Checking… %1 of %2 lists answered; listed on %3 so far.</source>
        <translation>Verificando… %1 de %2 listas responderam; listado em %3 até agora.</translation>
    </message>
    <message>
        <source>%1 lists: %2</source>
        <translation>%1 listas: %2</translation>
    </message>
    <message>
        <source>Microsoft SNDS: not checked (no SNDS key in Settings &gt; Blocklists).</source>
        <translation>Microsoft SNDS: não verificado (sem chave do SNDS em Configurações &gt; Listas de bloqueio).</translation>
    </message>
    <message>
        <source>Microsoft SNDS: checking…</source>
        <translation>Microsoft SNDS: verificando…</translation>
    </message>
    <message>
        <source>Microsoft SNDS: not read. %1</source>
        <translation>Microsoft SNDS: não lido. %1</translation>
    </message>
    <message>
        <source>Microsoft SNDS: no data for this address</source>
        <translation>Microsoft SNDS: sem dados para este endereço</translation>
    </message>
    <message numerus="yes">
        <source>Microsoft SNDS: %1, %n trap hit(s), complaints %2</source>
        <translation>
            <numerusform>Microsoft SNDS: %1, %n acerto em armadilha, reclamações %2</numerusform>
            <numerusform>Microsoft SNDS: %1, %n acertos em armadilhas, reclamações %2</numerusform>
        </translation>
    </message>
    <message>
        <source>; blocked by Microsoft: %1</source>
        <translation>; bloqueado pela Microsoft: %1</translation>
    </message>
    <message>
        <source>(data of %1, from the cache)</source>
        <translation>(dados de %1, do cache)</translation>
    </message>
    <message>
        <source>(data of %1)</source>
        <translation>(dados de %1)</translation>
    </message>
</context>
<context>
    <name>rebound::ui::BounceView</name>
    <message>
        <source>Bounce text</source>
        <translation>Texto do bounce</translation>
    </message>
    <message>
        <source>Fields found in the bounce</source>
        <translation>Campos encontrados no bounce</translation>
    </message>
    <message>
        <source>Not a bounce, or not analysed yet.</source>
        <translation>Não é um bounce, ou ainda não foi analisado.</translation>
    </message>
    <message>
        <source>No recipient could be read from this bounce.</source>
        <translation>Nenhum destinatário pôde ser lido deste bounce.</translation>
    </message>
    <message>
        <source>Recipient %1: %2</source>
        <translation>Destinatário %1: %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Observação: %1</translation>
    </message>
    <message>
        <source>Loading the bounce text (%1 characters)…</source>
        <translation>Carregando o texto do bounce (%1 caracteres)…</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message numerus="yes">
        <source>…and %n other kind(s)</source>
        <translation>
            <numerusform>…e mais %n tipo</numerusform>
            <numerusform>…e mais %n tipos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more recipient(s)</source>
        <translation>
            <numerusform>mais %n destinatário</numerusform>
            <numerusform>mais %n destinatários</numerusform>
        </translation>
    </message>
    <message>
        <source>Each of them is in the Raw DNS evidence tab and the exports.</source>
        <translation>Todos estão na aba &quot;Evidências DNS brutas&quot; e nas exportações.</translation>
    </message>
    <message>
        <source>Only the first 2 MB of the text are shown and kept; the analysis read all of it.</source>
        <translation>Só os primeiros 2 MB do texto são mostrados e guardados; a análise leu tudo.</translation>
    </message>
    <message>
        <source>The input was refused, so nothing in it was analysed: %1</source>
        <translation>A entrada foi recusada, então nada nela foi analisado: %1</translation>
    </message>
    <message>
        <source>yes, retrying will not help</source>
        <translation>sim, tentar de novo não vai ajudar</translation>
    </message>
    <message>
        <source>no, may succeed later</source>
        <translation>não, pode funcionar mais tarde</translation>
    </message>
</context>
<context>
    <name>rebound::ui::CauseCard</name>
    <message>
        <source>Unnamed cause</source>
        <translation>Causa sem nome</translation>
    </message>
    <message>
        <source>Cause %1: %2</source>
        <translation>Causa %1: %2</translation>
    </message>
    <message>
        <source>Against the alternatives</source>
        <translation>Contra as alternativas</translation>
    </message>
    <message>
        <source>Do not</source>
        <translation>Não fazer</translation>
    </message>
    <message>
        <source>Recovery: %1</source>
        <translation>Recuperação: %1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Why not certain: %1</source>
        <translation>Por que não é certo: %1</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidências</translation>
    </message>
    <message>
        <source>Show in the bounce</source>
        <translation>Mostrar no bounce</translation>
    </message>
    <message>
        <source>What to do, in order</source>
        <translation>O que fazer, em ordem</translation>
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
            <numerusform>…e mais %n item de evidência (todos na aba &quot;Evidências DNS brutas&quot; e nas exportações).</numerusform>
            <numerusform>…e mais %n itens de evidência (todos na aba &quot;Evidências DNS brutas&quot; e nas exportações).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rebound::ui::CheckListModel</name>
    <message>
        <source> (%1 of %2 answered)</source>
        <translation> (%1 de %2 responderam)</translation>
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
        <translation>Verificando… as causas mais prováveis até agora:</translation>
    </message>
    <message>
        <source>Checking… causes appear here as the checks finish.</source>
        <translation>Verificando… as causas aparecem aqui à medida que as verificações terminam.</translation>
    </message>
    <message>
        <source>The input was refused, so nothing in it was analysed and nothing is concluded. The Bounce tab says why.</source>
        <translation>A entrada foi recusada, então nada nela foi analisado e nada é concluído. A aba &quot;Bounce&quot; diz por quê.</translation>
    </message>
    <message>
        <source>No bounce, SMTP reply or log line was recognised in the input, so nothing is concluded from it.</source>
        <translation>Nenhum bounce, resposta SMTP ou linha de log foi reconhecido na entrada, então nada é concluído a partir dela.</translation>
    </message>
    <message>
        <source>Problem found. Most likely cause first:</source>
        <translation>Problema encontrado. Causa mais provável primeiro:</translation>
    </message>
    <message>
        <source>Some checks could not run, so this answer may be incomplete.</source>
        <translation>Algumas verificações não puderam ser executadas, então esta resposta pode estar incompleta.</translation>
    </message>
    <message>
        <source>No problem found by the checks that ran.</source>
        <translation>Nenhum problema encontrado pelas verificações executadas.</translation>
    </message>
    <message>
        <source>Nothing was checked.</source>
        <translation>Nada foi verificado.</translation>
    </message>
    <message>
        <source>Paste a bounce, an IP address or a domain above and press Diagnose (Ctrl+Return).</source>
        <translation>Cole acima um bounce, um endereço IP ou um domínio e pressione Diagnosticar (Ctrl+Enter).</translation>
    </message>
</context>
<context>
    <name>rebound::ui::DnsQueryModel</name>
    <message>
        <source>Answer</source>
        <translation>Resposta</translation>
    </message>
    <message>
        <source>No record of this type (NODATA)</source>
        <translation>Nenhum registro deste tipo (NODATA)</translation>
    </message>
    <message>
        <source>No such name (NXDOMAIN)</source>
        <translation>O nome não existe (NXDOMAIN)</translation>
    </message>
    <message>
        <source>Server failure (SERVFAIL)</source>
        <translation>Falha do servidor (SERVFAIL)</translation>
    </message>
    <message>
        <source>Refused (REFUSED)</source>
        <translation>Recusada (REFUSED)</translation>
    </message>
    <message>
        <source>Query not understood (FORMERR)</source>
        <translation>Consulta não entendida (FORMERR)</translation>
    </message>
    <message>
        <source>Other error code</source>
        <translation>Outro código de erro</translation>
    </message>
    <message>
        <source>No answer in time (timeout)</source>
        <translation>Sem resposta a tempo (timeout)</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>Erro de rede</translation>
    </message>
    <message>
        <source>Unreadable answer</source>
        <translation>Resposta ilegível</translation>
    </message>
    <message>
        <source>Not sent (invalid name)</source>
        <translation>Não enviada (nome inválido)</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>none answered</source>
        <translation>nenhum respondeu</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Ended %1 UTC</source>
        <translation>Terminou em %1 UTC</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
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
        <translation>Dados</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Duração</translation>
    </message>
</context>
<context>
    <name>rebound::ui::DnsQueryView</name>
    <message>
        <source>DNS queries and answers</source>
        <translation>Consultas e respostas DNS</translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation>Filtrar por nome</translation>
    </message>
    <message>
        <source>Filter DNS queries by name</source>
        <translation>Filtrar as consultas DNS por nome</translation>
    </message>
    <message>
        <source>No DNS query was sent in this run.</source>
        <translation>Nenhuma consulta DNS foi enviada nesta execução.</translation>
    </message>
    <message>
        <source>The first %1 of %2 DNS queries; the rest were not kept.</source>
        <translation>As primeiras %1 de %2 consultas DNS; o restante não foi mantido.</translation>
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
        <translation>Exibidas: %1.</translation>
    </message>
</context>
<context>
    <name>rebound::ui::ExportDialog</name>
    <message>
        <source>PDF report (for a support ticket)</source>
        <translation>Relatório PDF (para um chamado de suporte)</translation>
    </message>
    <message>
        <source>PDF report (*.pdf)</source>
        <translation>Relatório PDF (*.pdf)</translation>
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
        <translation>JSON da sessão (reabre no Rebound)</translation>
    </message>
    <message>
        <source>Session JSON (*.json)</source>
        <translation>JSON da sessão (*.json)</translation>
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
        <translation>&amp;Mascarar dados pessoais (endereços, nomes, Message-IDs)</translation>
    </message>
    <message>
        <source>Local parts of addresses, display names and Message-IDs become •••. Domains, IP addresses and DNS records stay: the support desk needs them.</source>
        <translation>Partes locais de endereços, nomes de exibição e Message-IDs viram •••. Domínios, endereços IP e registros DNS permanecem: o suporte precisa deles.</translation>
    </message>
    <message>
        <source>Preview of the exported text</source>
        <translation>Prévia do texto exportado</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Procurar…</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>&amp;Paper size:</source>
        <translation>&amp;Tamanho do papel:</translation>
    </message>
    <message>
        <source>Fi&amp;le:</source>
        <translation>Ar&amp;quivo:</translation>
    </message>
    <message>
        <source>P&amp;review of what leaves this machine:</source>
        <translation>P&amp;révia do que sai desta máquina:</translation>
    </message>
    <message>
        <source>Choose a file to write.</source>
        <translation>Escolha um arquivo para gravar.</translation>
    </message>
    <message>
        <source>%1 exists. Replace it?</source>
        <translation>%1 já existe. Substituir?</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>Could not export: %1</source>
        <translation>Não foi possível exportar: %1</translation>
    </message>
    <message>
        <source>Add the &amp;appendices (the pasted text, every DNS answer, SMTP transcripts)</source>
        <translation>Incluir os &amp;anexos (o texto colado, cada resposta DNS, as transcrições SMTP)</translation>
    </message>
    <message>
        <source>Pages for the specialist who wants the raw answers. Without them the report is the verdict, its evidence and the checks.</source>
        <translation>Páginas para o especialista que quer as respostas brutas. Sem elas, o relatório é o veredito, suas evidências e as verificações.</translation>
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
        <translation>Por quê</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Aprovado</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Falha</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Observação</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalhe</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidências</translation>
    </message>
</context>
<context>
    <name>rebound::ui::HistoryModel</name>
    <message>
        <source>When</source>
        <translation>Quando</translation>
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
        <translation>não concluído</translation>
    </message>
    <message>
        <source>no problem found</source>
        <translation>nenhum problema encontrado</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>incompleto</translation>
    </message>
    <message>
        <source>input refused</source>
        <translation>entrada recusada</translation>
    </message>
    <message>
        <source>nothing recognised</source>
        <translation>nada reconhecido</translation>
    </message>
</context>
<context>
    <name>rebound::ui::HistoryStore</name>
    <message>
        <source>The run has no id.</source>
        <translation>A execução não tem identificador.</translation>
    </message>
    <message>
        <source>The history database is not open.</source>
        <translation>O banco de dados do histórico não está aberto.</translation>
    </message>
</context>
<context>
    <name>rebound::ui::InputEdit</name>
    <message>
        <source>The pasted text is %1 MB; Rebound reads at most %2 MB. A bounce needs only its text and headers: paste those without the attachments.</source>
        <translation>O texto colado tem %1 MB; o Rebound lê no máximo %2 MB. Um bounce só precisa do texto e dos cabeçalhos: cole-os sem os anexos.</translation>
    </message>
    <message>
        <source>Pasting %1 characters…</source>
        <translation>Colando %1 caracteres…</translation>
    </message>
    <message>
        <source>The file is %1 MB; Rebound reads files of up to %2 MB. A bounce needs only its text and headers: save the message without its attachments and try again.</source>
        <translation>O arquivo tem %1 MB; o Rebound lê arquivos de até %2 MB. Um bounce só precisa do texto e dos cabeçalhos: salve a mensagem sem os anexos e tente de novo.</translation>
    </message>
    <message>
        <source>This is a binary file, not mail or text (more than 1 in 20 of its first bytes are NUL or control bytes). Rebound reads bounces saved as .eml, .txt, .mbox or .log.</source>
        <translation>Este é um arquivo binário, não um e-mail nem texto (mais de 1 em cada 20 dos seus primeiros bytes são NUL ou bytes de controle). O Rebound lê bounces salvos como .eml, .txt, .mbox ou .log.</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8, so it was read as Latin-1; some characters may show wrongly, the addresses and codes are unaffected</source>
        <translation>o arquivo não é UTF-8 válido, então foi lido como Latin-1; alguns caracteres podem aparecer errado, os endereços e códigos não são afetados</translation>
    </message>
    <message>
        <source>This file is compressed. Unpack it, then open the message inside (saved as .eml, .txt, .mbox or .log).</source>
        <translation>Este arquivo está compactado. Descompacte-o e abra a mensagem que ele contém (salva como .eml, .txt, .mbox ou .log).</translation>
    </message>
    <message>
        <source>This is an Outlook .msg file, a binary format. Save the message as .eml, or paste its text and its Internet headers here.</source>
        <translation>Este é um arquivo .msg do Outlook, um formato binário. Salve a mensagem como .eml ou cole aqui o texto e os cabeçalhos da Internet dela.</translation>
    </message>
    <message>
        <source>This is a PDF document. Paste the bounce&apos;s text here, or open the message saved as .eml.</source>
        <translation>Este é um documento PDF. Cole aqui o texto do bounce ou abra a mensagem salva como .eml.</translation>
    </message>
</context>
<context>
    <name>rebound::ui::JsonTreeModel</name>
    <message>
        <source>Key</source>
        <translation>Chave</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message numerus="yes">
        <source>{%n key(s)}</source>
        <translation>
            <numerusform>{%n chave}</numerusform>
            <numerusform>{%n chaves}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[%n item]</numerusform>
            <numerusform>[%n itens]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rebound::ui::LinkOpener</name>
    <message>
        <source>Not a web page</source>
        <translation>Não é uma página web</translation>
    </message>
    <message>
        <source>This link is not a web address and will not be opened:</source>
        <translation>Este link não é um endereço web e não será aberto:</translation>
    </message>
    <message>
        <source>Open in browser?</source>
        <translation>Abrir no navegador?</translation>
    </message>
    <message>
        <source>Open &quot;%1&quot; in your web browser?</source>
        <translation>Abrir &quot;%1&quot; no seu navegador?</translation>
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
        <translation>Progresso das verificações</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Pronto</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>Não foi possível abrir %1</translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation>Detectado: %1</translation>
    </message>
    <message>
        <source>Could not save to history: %1</source>
        <translation>Não foi possível salvar no histórico: %1</translation>
    </message>
    <message>
        <source>Paste a bounce, an SMTP reply or log line, an IP address, a range or a domain — or drop an .eml or .txt file here.</source>
        <translation>Cole um bounce, uma resposta SMTP ou linha de log, um endereço IP, uma faixa ou um domínio — ou solte aqui um arquivo .eml ou .txt.</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>What the input was detected as</source>
        <translation>Como a entrada foi detectada</translation>
    </message>
    <message>
        <source>&amp;Diagnose</source>
        <translation>Dia&amp;gnosticar</translation>
    </message>
    <message>
        <source>Run the checks (Ctrl+Return)</source>
        <translation>Executar as verificações (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop the checks and keep what finished (Esc)</source>
        <translation>Parar as verificações e manter o que terminou (Esc)</translation>
    </message>
    <message>
        <source>Checks and their state</source>
        <translation>Verificações e seu estado</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
    <message>
        <source>Bounce</source>
        <translation>Bounce</translation>
    </message>
    <message>
        <source>Blocklists</source>
        <translation>Listas de bloqueio</translation>
    </message>
    <message>
        <source>Reverse DNS</source>
        <translation>DNS reverso</translation>
    </message>
    <message>
        <source>SPF evaluation tree</source>
        <translation>Árvore de avaliação SPF</translation>
    </message>
    <message>
        <source>SPF</source>
        <translation>SPF</translation>
    </message>
    <message>
        <source>DMARC and DKIM records</source>
        <translation>Registros DMARC e DKIM</translation>
    </message>
    <message>
        <source>DMARC &amp;&amp; DKIM</source>
        <translation>DMARC &amp;&amp; DKIM</translation>
    </message>
    <message>
        <source>MX records and SMTP transcript</source>
        <translation>Registros MX e transcrição SMTP</translation>
    </message>
    <message>
        <source>MX &amp;&amp; SMTP</source>
        <translation>MX &amp;&amp; SMTP</translation>
    </message>
    <message>
        <source>Raw evidence</source>
        <translation>Evidências brutas</translation>
    </message>
    <message>
        <source>Raw DNS evidence</source>
        <translation>Evidências DNS brutas</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <source>Search history</source>
        <translation>Pesquisar no histórico</translation>
    </message>
    <message>
        <source>Earlier runs</source>
        <translation>Execuções anteriores</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>A&amp;brir</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
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
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>E&amp;ditar</translation>
    </message>
    <message>
        <source>Copy Diagnosis as &amp;Markdown</source>
        <translation>Copiar diagnóstico como &amp;Markdown</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configurações…</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Executar</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About Rebound</source>
        <translation>&amp;Sobre o Rebound</translation>
    </message>
    <message>
        <source>About Rebound</source>
        <translation>Sobre o Rebound</translation>
    </message>
    <message>
        <source>Rebound %1
Finds out why your mail bounced and what to do about it.</source>
        <translation>Rebound %1
Descobre por que seu e-mail voltou e o que fazer a respeito.</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Sobre o &amp;Qt</translation>
    </message>
    <message>
        <source>Nothing to diagnose: paste a bounce, an IP address or a domain first.</source>
        <translation>Nada a diagnosticar: cole primeiro um bounce, um endereço IP ou um domínio.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>The resolver list in Settings is not valid: %1</source>
        <translation>A lista de resolvedores em Configurações não é válida: %1</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Cancelling; finished checks are kept…</source>
        <translation>Cancelando; as verificações concluídas são mantidas…</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %1 of %n check(s) finished.</source>
        <translation>
            <numerusform>Cancelado: %1 de %n verificação concluída.</numerusform>
            <numerusform>Cancelado: %1 de %n verificações concluídas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Finished: %n check(s).</source>
        <translation>
            <numerusform>Concluído: %n verificação.</numerusform>
            <numerusform>Concluído: %n verificações.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the input…</source>
        <translation>Lendo a entrada…</translation>
    </message>
    <message>
        <source>Running checks: %1 of %2 finished. Esc cancels.</source>
        <translation>Executando verificações: %1 de %2 concluídas. Esc cancela.</translation>
    </message>
    <message>
        <source>Not checked: SPF is checked for a domain, or for the sender&apos;s domain found in a bounce.</source>
        <translation>Não verificado: o SPF é verificado para um domínio, ou para o domínio do remetente encontrado em um bounce.</translation>
    </message>
    <message>
        <source>No SPF record found.</source>
        <translation>Nenhum registro SPF encontrado.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>not evaluated</source>
        <translation>não avaliado</translation>
    </message>
    <message>
        <source>Bounce analysis</source>
        <translation>Análise do bounce</translation>
    </message>
    <message>
        <source>Open a bounce or a saved session</source>
        <translation>Abrir um bounce ou uma sessão salva</translation>
    </message>
    <message>
        <source>Mail and text (*.eml *.txt *.mbox *.log *.msg);;Rebound sessions and reports (*.json *.pdf);;All files (*)</source>
        <translation>E-mail e texto (*.eml *.txt *.mbox *.log *.msg);;Sessões e relatórios do Rebound (*.json *.pdf);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>A diagnosis is running.</source>
        <translation>Um diagnóstico está em execução.</translation>
    </message>
    <message>
        <source>Showing the session saved in %1.</source>
        <translation>Mostrando a sessão salva em %1.</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportado para %1</translation>
    </message>
    <message>
        <source>Diagnosis copied as Markdown (personal data masked).</source>
        <translation>Diagnóstico copiado como Markdown (dados pessoais mascarados).</translation>
    </message>
    <message>
        <source>Could not open that run: %1</source>
        <translation>Não foi possível abrir essa execução: %1</translation>
    </message>
    <message>
        <source>Showing the run of %1.</source>
        <translation>Mostrando a execução de %1.</translation>
    </message>
    <message>
        <source>Could not delete: %1</source>
        <translation>Não foi possível excluir: %1</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Colar</translation>
    </message>
    <message>
        <source>The text was not pasted.</source>
        <translation>O texto não foi colado.</translation>
    </message>
    <message>
        <source>Detected from the first %1 lines: %2</source>
        <translation>Detectado pelas primeiras %1 linhas: %2</translation>
    </message>
    <message>
        <source>Chec&amp;ks</source>
        <translation>&amp;Verificações</translation>
    </message>
    <message>
        <source>Re-r&amp;un</source>
        <translation>Executar de &amp;novo</translation>
    </message>
    <message>
        <source>Dele&amp;te</source>
        <translation>Exc&amp;luir</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 aberto</translation>
    </message>
    <message>
        <source>Opened %1: %2</source>
        <translation>%1 aberto: %2</translation>
    </message>
    <message>
        <source>Show &amp;whole input</source>
        <translation>Mostrar &amp;toda a entrada</translation>
    </message>
    <message>
        <source>e.g. s1 or google (from the DKIM-Signature&apos;s s= tag)</source>
        <translation>ex.: s1 ou google (da tag s= da DKIM-Signature)</translation>
    </message>
    <message>
        <source>DKIM selector to check</source>
        <translation>Seletor DKIM a verificar</translation>
    </message>
    <message>
        <source>DKIM se&amp;lector:</source>
        <translation>Selet&amp;or DKIM:</translation>
    </message>
    <message>
        <source>Check a&amp;gain</source>
        <translation>Ver&amp;ificar de novo</translation>
    </message>
    <message>
        <source>Diagnose the input again, also looking for the DKIM key of this selector</source>
        <translation>Diagnosticar a entrada de novo, procurando também a chave DKIM deste seletor</translation>
    </message>
    <message>
        <source>Findings: pass, warning or fail, and why</source>
        <translation>Resultados: aprovado, aviso ou falha, e por quê</translation>
    </message>
    <message>
        <source>Out of date: the input has changed since these results were made. Press Diagnose (Ctrl+Return) to check what is in the box now.</source>
        <translation>Desatualizado: a entrada mudou desde que estes resultados foram gerados. Pressione Diagnosticar (Ctrl+Enter) para verificar o que está na caixa agora.</translation>
    </message>
    <message>
        <source>Rebound (results out of date)</source>
        <translation>Rebound (resultados desatualizados)</translation>
    </message>
    <message>
        <source>DKIM selector</source>
        <translation>Seletor DKIM</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a DKIM selector.</source>
        <translation>&quot;%1&quot; não é um seletor DKIM.</translation>
    </message>
    <message>
        <source>A selector is one or more DNS labels: letters, digits, hyphens and underscores, separated by dots (RFC 6376 3.1).</source>
        <translation>Um seletor é um ou mais rótulos DNS: letras, dígitos, hifens e sublinhados, separados por pontos (RFC 6376 3.1).</translation>
    </message>
    <message>
        <source>Shrink &amp;input</source>
        <translation>Reduzir a en&amp;trada</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <source>Open &amp;Reports…</source>
        <translation>Abrir &amp;relatórios…</translation>
    </message>
    <message>
        <source>DMARC and TLS &amp;Reports</source>
        <translation>&amp;Relatórios DMARC e TLS</translation>
    </message>
    <message>
        <source>Record: %1
Result: %2 · DNS lookups: %3 of %4 · void lookups: %5 of %6</source>
        <translation>Registro: %1
Resultado: %2 · consultas DNS: %3 de %4 · consultas vazias: %5 de %6</translation>
    </message>
    <message>
        <source>DMARC and TLS reports — Rebound</source>
        <translation>Relatórios DMARC e TLS — Rebound</translation>
    </message>
    <message>
        <source>Show in the &amp;Reports window</source>
        <translation>Mostrar na &amp;janela de relatórios</translation>
    </message>
    <message>
        <source>Open the diagnosed report in the Reports window: the chart and the table of every source</source>
        <translation>Abrir o relatório diagnosticado na janela de relatórios: o gráfico e a tabela de todas as fontes</translation>
    </message>
    <message>
        <source>the diagnosed input</source>
        <translation>a entrada diagnosticada</translation>
    </message>
    <message>
        <source>Microsoft &amp;SNDS</source>
        <translation>Microsoft &amp;SNDS</translation>
    </message>
    <message>
        <source>&amp;Watch</source>
        <translation>&amp;Monitoramento</translation>
    </message>
    <message>
        <source>Watch — Rebound</source>
        <translation>Monitoramento — Rebound</translation>
    </message>
    <message>
        <source>Rebound is watching</source>
        <translation>O Rebound está monitorando</translation>
    </message>
    <message>
        <source>&amp;Show Rebound</source>
        <translation>Mostrar o &amp;Rebound</translation>
    </message>
    <message>
        <source>Show &amp;Watch</source>
        <translation>Mostrar o &amp;monitoramento</translation>
    </message>
    <message>
        <source>Watch: %1</source>
        <translation>Monitoramento: %1</translation>
    </message>
    <message numerus="yes">
        <source>Watch: %n change(s). View &gt; Watch shows them.</source>
        <translation>
            <numerusform>Monitoramento: %n mudança. Exibir &gt; Monitoramento a mostra.</numerusform>
            <numerusform>Monitoramento: %n mudanças. Exibir &gt; Monitoramento as mostra.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rebound watch</source>
        <translation>Monitoramento do Rebound</translation>
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
        <translation>não verificado</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <source>Message analysis</source>
        <translation>Análise da mensagem</translation>
    </message>
    <message>
        <source>Message results: pass, warning and fail</source>
        <translation>Resultados da mensagem: aprovado, aviso e falha</translation>
    </message>
    <message>
        <source>Parts of the message analysis</source>
        <translation>Partes da análise da mensagem</translation>
    </message>
    <message>
        <source>Hop</source>
        <translation>Salto</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
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
        <translation>Horário (UTC)</translation>
    </message>
    <message>
        <source>Delay (s)</source>
        <translation>Atraso (s)</translation>
    </message>
    <message>
        <source>First external</source>
        <translation>Primeiro externo</translation>
    </message>
    <message>
        <source>Route: one row per Received field, oldest first</source>
        <translation>Rota: uma linha por campo Received, do mais antigo ao mais recente</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Rota</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domínio</translation>
    </message>
    <message>
        <source>Selector</source>
        <translation>Seletor</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algoritmo</translation>
    </message>
    <message>
        <source>Canonicalization</source>
        <translation>Canonicalização</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Body hash</source>
        <translation>Hash do corpo</translation>
    </message>
    <message>
        <source>Key bits</source>
        <translation>Bits da chave</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>DKIM signatures</source>
        <translation>Assinaturas DKIM</translation>
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
        <translation>Selado por</translation>
    </message>
    <message>
        <source>Seal</source>
        <translation>Selo</translation>
    </message>
    <message>
        <source>Message signature</source>
        <translation>Assinatura da mensagem</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Registrado por</translation>
    </message>
    <message>
        <source>Compared with Rebound</source>
        <translation>Comparado com o Rebound</translation>
    </message>
    <message>
        <source>ARC instances</source>
        <translation>Instâncias ARC</translation>
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
        <translation>Confiança</translation>
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
        <translation>Regra</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalhe</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <source>Bulk-sender checklist</source>
        <translation>Lista de verificação de remetentes em massa</translation>
    </message>
    <message>
        <source>Bulk-sender rules</source>
        <translation>Regras de remetentes em massa</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The header block a bounce returned: the route, the domains and the sending address can be trusted; no DKIM signature can pass without the body.</source>
        <translation>O bloco de cabeçalhos que um bounce devolveu: a rota, os domínios e o endereço de envio são confiáveis; nenhuma assinatura DKIM pode passar sem o corpo.</translation>
    </message>
    <message>
        <source>The copy a bounce returned: the route, the domains and the sending address can be trusted; a DKIM failure may come from the reporting server re-encoding the copy.</source>
        <translation>A cópia que um bounce devolveu: a rota, os domínios e o endereço de envio são confiáveis; uma falha DKIM pode ser causada pela recodificação da cópia pelo servidor que gerou o bounce.</translation>
    </message>
    <message>
        <source>first external hop</source>
        <translation>primeiro salto externo</translation>
    </message>
    <message>
        <source>%1 for %2: sealer %3, Rebound %4</source>
        <translation>%1 para %2: selador %3, Rebound %4</translation>
    </message>
    <message>
        <source>trusted (the receiver)</source>
        <translation>confiável (o receptor)</translation>
    </message>
    <message>
        <source>a claim</source>
        <translation>uma alegação</translation>
    </message>
</context>
<context>
    <name>rebound::ui::PostmasterView</name>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>■ %1: at or over the 0.3 % limit</source>
        <translation>■ %1: no limite de 0,3% ou acima dele</translation>
    </message>
    <message>
        <source>▲ %1: over the 0.1 % target</source>
        <translation>▲ %1: acima da meta de 0,1%</translation>
    </message>
    <message>
        <source>● %1: under the 0.1 % target</source>
        <translation>● %1: abaixo da meta de 0,1%</translation>
    </message>
    <message>
        <source>? unknown</source>
        <translation>? desconhecido</translation>
    </message>
    <message>
        <source>● Compliant</source>
        <translation>● Em conformidade</translation>
    </message>
    <message>
        <source>■ Needs work: %1</source>
        <translation>■ Precisa de ajustes: %1</translation>
    </message>
    <message>
        <source>Google Postmaster Tools</source>
        <translation>Google Postmaster Tools</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domínio</translation>
    </message>
    <message>
        <source>User-reported spam rate</source>
        <translation>Taxa de spam denunciado pelos usuários</translation>
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
        <translation>Conformidade</translation>
    </message>
    <message>
        <source>Data of</source>
        <translation>Dados de</translation>
    </message>
    <message>
        <source>Google Postmaster Tools data per domain</source>
        <translation>Dados do Google Postmaster Tools por domínio</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Atualizar</translation>
    </message>
    <message>
        <source>No Google account is connected: enter your OAuth client in Settings &gt; Google Postmaster Tools and press Connect.</source>
        <translation>Nenhuma conta do Google está conectada: informe o seu cliente OAuth em Configurações &gt; Google Postmaster Tools e pressione Conectar.</translation>
    </message>
    <message>
        <source>Reading Google Postmaster Tools…</source>
        <translation>Lendo o Google Postmaster Tools…</translation>
    </message>
    <message>
        <source>Postmaster Tools lists no domain for this account.</source>
        <translation>O Postmaster Tools não lista nenhum domínio para esta conta.</translation>
    </message>
    <message numerus="yes">
        <source>%n domain(s).</source>
        <translation>
            <numerusform>%n domínio.</numerusform>
            <numerusform>%n domínios.</numerusform>
        </translation>
    </message>
    <message>
        <source>Google Postmaster Tools could not be read: %1</source>
        <translation>Não foi possível ler o Google Postmaster Tools: %1</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>sem dados</translation>
    </message>
    <message>
        <source>%1 (from the cache)</source>
        <translation>%1 (do cache)</translation>
    </message>
    <message>
        <source>could not check: %1</source>
        <translation>não foi possível verificar: %1</translation>
    </message>
</context>
<context>
    <name>rebound::ui::ReportsSourceModel</name>
    <message>
        <source>Your SPF-authorised sender</source>
        <translation>Remetente autorizado pelo seu SPF</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconhecido</translation>
    </message>
    <message>
        <source>Unknown (signed like %1)</source>
        <translation>Desconhecido (assinado como %1)</translation>
    </message>
    <message>
        <source>Unauthorised sender</source>
        <translation>Remetente não autorizado</translation>
    </message>
    <message>
        <source>Sending service not aligned: align DKIM</source>
        <translation>Serviço de envio não alinhado: alinhe o DKIM</translation>
    </message>
    <message>
        <source>Forwarding</source>
        <translation>Encaminhamento</translation>
    </message>
    <message>
        <source>Passes DMARC</source>
        <translation>Passa no DMARC</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domínio</translation>
    </message>
    <message>
        <source>Source IP</source>
        <translation>IP de origem</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quem</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensagens</translation>
    </message>
    <message>
        <source>DMARC pass</source>
        <translation>Aprovação no DMARC</translation>
    </message>
    <message>
        <source>SPF aligned</source>
        <translation>SPF alinhado</translation>
    </message>
    <message>
        <source>DKIM aligned</source>
        <translation>DKIM alinhado</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Disposição</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Relatado por</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredito</translation>
    </message>
</context>
<context>
    <name>rebound::ui::ReportsView</name>
    <message>
        <source>Open Reports…</source>
        <translation>Abrir relatórios…</translation>
    </message>
    <message>
        <source>Open Folder…</source>
        <translation>Abrir pasta…</translation>
    </message>
    <message>
        <source>Check sources live (SPF, reverse DNS)</source>
        <translation>Verificar as fontes ao vivo (SPF, DNS reverso)</translation>
    </message>
    <message>
        <source>Ask DNS whether each source is authorised by the domain&apos;s own SPF record, and for its reverse DNS name.</source>
        <translation>Consultar no DNS se cada fonte é autorizada pelo próprio registro SPF do domínio, e qual é o nome de DNS reverso dela.</translation>
    </message>
    <message>
        <source>Drop DMARC aggregate or TLS reports here (.xml, .gz, .zip, .json, .eml or a folder), or open them.</source>
        <translation>Solte aqui relatórios agregados DMARC ou relatórios TLS (.xml, .gz, .zip, .json, .eml ou uma pasta), ou abra-os.</translation>
    </message>
    <message>
        <source>Messages and DMARC pass rate per day</source>
        <translation>Mensagens e taxa de aprovação no DMARC por dia</translation>
    </message>
    <message>
        <source>Sources of the reports</source>
        <translation>Fontes dos relatórios</translation>
    </message>
    <message>
        <source>Findings of the reports</source>
        <translation>Constatações dos relatórios</translation>
    </message>
    <message>
        <source>Files that were not read</source>
        <translation>Arquivos que não foram lidos</translation>
    </message>
    <message>
        <source>Open DMARC or TLS reports</source>
        <translation>Abrir relatórios DMARC ou TLS</translation>
    </message>
    <message>
        <source>Reports (*.xml *.gz *.zip *.json *.eml);;All files (*)</source>
        <translation>Relatórios (*.xml *.gz *.zip *.json *.eml);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Open a folder of reports</source>
        <translation>Abrir uma pasta de relatórios</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n path(s)…</source>
        <translation>
            <numerusform>Lendo %n caminho…</numerusform>
            <numerusform>Lendo %n caminhos…</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the sources live…</source>
        <translation>Verificando as fontes ao vivo…</translation>
    </message>
    <message>
        <source>Every file was read.</source>
        <translation>Todos os arquivos foram lidos.</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensagens</translation>
    </message>
    <message>
        <source>DMARC pass rate (%)</source>
        <translation>Taxa de aprovação no DMARC (%)</translation>
    </message>
    <message>
        <source>Pass rate (%)</source>
        <translation>Taxa de aprovação (%)</translation>
    </message>
    <message>
        <source>Check the health of %1</source>
        <translation>Verificar a saúde de %1</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lendo %1…</translation>
    </message>
    <message numerus="yes">
        <source>%1 DMARC and %2 TLS reports, %3 messages, %4 pass DMARC; %5 TLS sessions failed. %n file(s) not read.</source>
        <translation>
            <numerusform>%1 relatórios DMARC e %2 TLS, %3 mensagens, %4 passam no DMARC; %5 sessões TLS falharam. %n arquivo não lido.</numerusform>
            <numerusform>%1 relatórios DMARC e %2 TLS, %3 mensagens, %4 passam no DMARC; %5 sessões TLS falharam. %n arquivos não lidos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Day, %1 to %2</source>
        <translation>Dia, de %1 a %2</translation>
    </message>
</context>
<context>
    <name>rebound::ui::ResolverTester</name>
    <message>
        <source>Asked %1 through %2 in %3 ms.</source>
        <translation>%1 consultado via %2 em %3 ms.</translation>
    </message>
    <message>
        <source>Works: the test point is listed (%1), as RFC 5782 requires.</source>
        <translation>Funciona: o ponto de teste está listado (%1), como exige a RFC 5782.</translation>
    </message>
    <message>
        <source>Unexpected answer %1: blocklist results through this resolver cannot be trusted.</source>
        <translation>Resposta inesperada %1: os resultados das listas de bloqueio por este resolvedor não são confiáveis.</translation>
    </message>
    <message>
        <source>The test point is not listed through this resolver (%1). Spamhaus answers this way to public resolvers, so every address would look clean. Use another resolver or a DQS key.</source>
        <translation>O ponto de teste não está listado por este resolvedor (%1). A Spamhaus responde assim a resolvedores públicos, então todo endereço pareceria limpo. Use outro resolvedor ou uma chave DQS.</translation>
    </message>
    <message>
        <source>No usable answer (%1%2).</source>
        <translation>Sem resposta utilizável (%1%2).</translation>
    </message>
    <message>
        <source>Spamhaus refused this resolver or key: %1. %2</source>
        <translation>A Spamhaus recusou este resolvedor ou esta chave: %1. %2</translation>
    </message>
</context>
<context>
    <name>rebound::ui::RouteTimeline</name>
    <message>
        <source>time unknown</source>
        <translation>horário desconhecido</translation>
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
        <translation>Linha do tempo da rota</translation>
    </message>
    <message>
        <source>No Received fields: the route is not known.</source>
        <translation>Nenhum campo Received: a rota não é conhecida.</translation>
    </message>
    <message>
        <source>Hop %1: received by %2 from %3 after %4, %5.</source>
        <translation>Salto %1: recebido por %2 de %3 após %4, %5.</translation>
    </message>
    <message>
        <source>an unnamed server</source>
        <translation>um servidor sem nome</translation>
    </message>
    <message>
        <source>an unknown address</source>
        <translation>um endereço desconhecido</translation>
    </message>
    <message>
        <source>over TLS</source>
        <translation>por TLS</translation>
    </message>
    <message>
        <source>without TLS</source>
        <translation>sem TLS</translation>
    </message>
    <message>
        <source>This is the first hop outside the sender&apos;s network.</source>
        <translation>Este é o primeiro salto fora da rede do remetente.</translation>
    </message>
    <message>
        <source>no TLS</source>
        <translation>sem TLS</translation>
    </message>
    <message>
        <source>first external</source>
        <translation>primeiro externo</translation>
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
        <translation>Configurações</translation>
    </message>
    <message>
        <source>&amp;DNS</source>
        <translation>&amp;DNS</translation>
    </message>
    <message>
        <source>&amp;Blocklists</source>
        <translation>&amp;Listas de bloqueio</translation>
    </message>
    <message>
        <source>&amp;SMTP</source>
        <translation>&amp;SMTP</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Geral</translation>
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
        <translation>Usar o resolvedor do s&amp;istema (resolv.conf)</translation>
    </message>
    <message>
        <source>192.0.2.53, [2001:db8::53]:53</source>
        <translation>192.0.2.53, [2001:db8::53]:53</translation>
    </message>
    <message>
        <source>Resolver servers</source>
        <translation>Servidores do resolvedor</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>&amp;Test resolver</source>
        <translation>&amp;Testar resolvedor</translation>
    </message>
    <message>
        <source>Why the resolver matters: Spamhaus and several other blocklists refuse queries that come through public resolvers (8.8.8.8, 1.1.1.1, 9.9.9.9 and most ISP resolvers that forward to them). They answer with an error code or simply &quot;not listed&quot; for every address, so a listed IP would look clean. Use a resolver of your own, or a Spamhaus DQS key. Rebound checks the test point of every list before trusting it and reports &quot;could not check&quot; instead of &quot;clean&quot; when it fails.</source>
        <translation>Por que o resolvedor importa: a Spamhaus e várias outras listas de bloqueio recusam consultas que chegam por resolvedores públicos (8.8.8.8, 1.1.1.1, 9.9.9.9 e a maioria dos resolvedores de provedores que encaminham para eles). Elas respondem com um código de erro ou simplesmente &quot;não listado&quot; para todo endereço, de modo que um IP listado pareceria limpo. Use um resolvedor próprio ou uma chave DQS da Spamhaus. O Rebound verifica o ponto de teste de cada lista antes de confiar nela e informa &quot;não verificável&quot; em vez de &quot;limpo&quot; quando isso falha.</translation>
    </message>
    <message>
        <source>Spamhaus DQS key</source>
        <translation>Chave DQS da Spamhaus</translation>
    </message>
    <message>
        <source>Enabled blocklists</source>
        <translation>Listas de bloqueio ativadas</translation>
    </message>
    <message>
        <source>list ids, comma-separated</source>
        <translation>ids das listas, separados por vírgula</translation>
    </message>
    <message>
        <source>With a free DQS key, Spamhaus answers through any resolver, public ones included, and adds the ZRD and AuthBL lists.</source>
        <translation>Com uma chave DQS gratuita, a Spamhaus responde por qualquer resolvedor, inclusive públicos, e acrescenta as listas ZRD e AuthBL.</translation>
    </message>
    <message>
        <source>&amp;Lists to check:</source>
        <translation>Listas a &amp;verificar:</translation>
    </message>
    <message>
        <source>&amp;Other lists to skip:</source>
        <translation>&amp;Outras listas a ignorar:</translation>
    </message>
    <message>
        <source>&amp;Connect to mail servers (never sends mail)</source>
        <translation>&amp;Conectar aos servidores de e-mail (nunca envia e-mail)</translation>
    </message>
    <message>
        <source>this machine&apos;s name</source>
        <translation>o nome desta máquina</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Porta:</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>&amp;Tempo limite:</translation>
    </message>
    <message>
        <source>&amp;EHLO name:</source>
        <translation>Nome &amp;EHLO:</translation>
    </message>
    <message>
        <source>Port 25 is blocked by many home and cloud networks; the probe then reports &quot;could not connect&quot;, which says nothing about the server.</source>
        <translation>A porta 25 é bloqueada por muitas redes residenciais e de nuvem; a sondagem então informa &quot;não foi possível conectar&quot;, o que não diz nada sobre o servidor.</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma do sistema</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>The language takes effect the next time Rebound starts.</source>
        <translation>O idioma passa a valer na próxima vez que o Rebound for iniciado.</translation>
    </message>
    <message>
        <source>✘ The server list is not valid: %1</source>
        <translation>✘ A lista de servidores não é válida: %1</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>Testando %1…</translation>
    </message>
    <message>
        <source>The resolver list is not valid: %1</source>
        <translation>A lista de resolvedores não é válida: %1</translation>
    </message>
    <message>
        <source>Use these ser&amp;vers:</source>
        <translation>Usar estes ser&amp;vidores:</translation>
    </message>
    <message>
        <source>Query ti&amp;meout:</source>
        <translation>Te&amp;mpo limite da consulta:</translation>
    </message>
    <message>
        <source>Spamhaus DQS &amp;key:</source>
        <translation>&amp;Chave DQS da Spamhaus:</translation>
    </message>
    <message>
        <source>Show the key</source>
        <translation>Mostrar a chave</translation>
    </message>
    <message>
        <source>Abusix Mail Intelligence key</source>
        <translation>Chave do Abusix Mail Intelligence</translation>
    </message>
    <message>
        <source>Abusi&amp;x key:</source>
        <translation>Chave do Abusi&amp;x:</translation>
    </message>
    <message>
        <source>Microsoft SNDS key</source>
        <translation>Chave do Microsoft SNDS</translation>
    </message>
    <message>
        <source>Microsoft S&amp;NDS key:</source>
        <translation>Chave do Microsoft S&amp;NDS:</translation>
    </message>
    <message>
        <source>The SNDS Automated Data Access key (SNDS &gt; Automated Data Access) shows Microsoft&apos;s filter colour, complaint rate and trap hits for your IPs in the diagnosis and in View &gt; Microsoft SNDS. Empty the field to remove it.</source>
        <translation>A chave do SNDS Automated Data Access (SNDS &gt; Automated Data Access) mostra a cor do filtro da Microsoft, a taxa de reclamações e os acertos em armadilhas dos seus IPs no diagnóstico e em Exibir &gt; Microsoft SNDS. Esvazie o campo para removê-la.</translation>
    </message>
    <message>
        <source>Probe &amp;mailboxes: ask the recipient&apos;s server whether it accepts an address (RCPT TO, no message sent)</source>
        <translation>Sondar c&amp;aixas postais: perguntar ao servidor do destinatário se ele aceita um endereço (RCPT TO, nenhuma mensagem é enviada)</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>voce@example.com</translation>
    </message>
    <message>
        <source>Your &amp;address (MAIL FROM):</source>
        <translation>Seu ende&amp;reço (MAIL FROM):</translation>
    </message>
    <message>
        <source>Warning: receivers treat address probing like directory harvesting, and probing can get your sender address or this machine&apos;s IP listed. Rebound probes only an address you enter or one a bounce calls unknown, at most once per domain every 10 minutes, and never sends a message. Some servers accept every address; those are reported as &quot;cannot be verified by probing&quot;.</source>
        <translation>Aviso: os receptores tratam a sondagem de endereços como coleta de endereços (directory harvesting), e sondar pode fazer o seu endereço de remetente ou o IP desta máquina ser listado. O Rebound só sonda um endereço que você digita ou um que um bounce diz ser desconhecido, no máximo uma vez por domínio a cada 10 minutos, e nunca envia mensagem. Alguns servidores aceitam qualquer endereço; esses são informados como &quot;não pode ser verificado por sondagem&quot;.</translation>
    </message>
    <message>
        <source>Keep &amp;watching from the system tray when the window is closed</source>
        <translation>Continuar &amp;monitorando pela bandeja do sistema quando a janela for fechada</translation>
    </message>
    <message>
        <source>Only when the desktop has a system tray and the watch list (View &gt; Watch) is not empty; File &gt; Quit always quits.</source>
        <translation>Só quando a área de trabalho tem bandeja do sistema e a lista de monitoramento (Exibir &gt; Monitoramento) não está vazia; Arquivo &gt; Sair sempre encerra.</translation>
    </message>
    <message>
        <source>Mailbox probing needs your own email address as the sender (MAIL FROM).</source>
        <translation>A sondagem de caixas postais precisa do seu próprio endereço de e-mail como remetente (MAIL FROM).</translation>
    </message>
    <message>
        <source>Google Postmaster Tools</source>
        <translation>Google Postmaster Tools</translation>
    </message>
    <message>
        <source>OAuth client ID</source>
        <translation>ID do cliente OAuth</translation>
    </message>
    <message>
        <source>OAuth client secret</source>
        <translation>Chave secreta do cliente OAuth</translation>
    </message>
    <message>
        <source>Domains to show</source>
        <translation>Domínios a mostrar</translation>
    </message>
    <message>
        <source>every domain of the account</source>
        <translation>todos os domínios da conta</translation>
    </message>
    <message>
        <source>Co&amp;nnect…</source>
        <translation>&amp;Conectar…</translation>
    </message>
    <message>
        <source>Disconnec&amp;t</source>
        <translation>Desconec&amp;tar</translation>
    </message>
    <message>
        <source>Rebound reads Google Postmaster Tools (spam rate, authentication and TLS rates, compliance) with your own OAuth client: in the Google Cloud console, enable the Gmail Postmaster Tools API and create an OAuth client of type Desktop app. Connect opens Google&apos;s sign-in in your browser; the access Rebound asks for is read-only, and the token is kept in the system keychain.</source>
        <translation>O Rebound lê o Google Postmaster Tools (taxa de spam, taxas de autenticação e de TLS, conformidade) com o seu próprio cliente OAuth: no console do Google Cloud, ative a Gmail Postmaster Tools API e crie um cliente OAuth do tipo &quot;App para computador&quot; (Desktop app). Conectar abre o login do Google no seu navegador; o acesso que o Rebound pede é somente leitura, e o token fica guardado no chaveiro do sistema.</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>&amp;ID do cliente:</translation>
    </message>
    <message>
        <source>Client sec&amp;ret:</source>
        <translation>Chave sec&amp;reta do cliente:</translation>
    </message>
    <message>
        <source>D&amp;omains:</source>
        <translation>D&amp;omínios:</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Não conectado.</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>Conectado.</translation>
    </message>
    <message>
        <source>Enter the client ID of your own OAuth client (Desktop app) first.</source>
        <translation>Primeiro informe o ID do cliente do seu próprio cliente OAuth (App para computador).</translation>
    </message>
    <message>
        <source>Sign in to Google</source>
        <translation>Fazer login no Google</translation>
    </message>
    <message>
        <source>Google granted read-only access.</source>
        <translation>O Google concedeu acesso somente leitura.</translation>
    </message>
    <message>
        <source>Waiting for the sign-in in your browser…</source>
        <translation>Aguardando o login no seu navegador…</translation>
    </message>
    <message>
        <source>Google revoked the access.</source>
        <translation>O Google revogou o acesso.</translation>
    </message>
    <message>
        <source>The token is deleted, but Google could not be told (%1): remove Rebound&apos;s access at myaccount.google.com/permissions.</source>
        <translation>O token foi excluído, mas não foi possível avisar o Google (%1): remova o acesso do Rebound em myaccount.google.com/permissions.</translation>
    </message>
    <message>
        <source>Revoking…</source>
        <translation>Revogando…</translation>
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
        <translation>▲ Amarelo</translation>
    </message>
    <message>
        <source>■ Red</source>
        <translation>■ Vermelho</translation>
    </message>
    <message>
        <source>? Unknown</source>
        <translation>? Desconhecido</translation>
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
        <translation>Resultado do filtro</translation>
    </message>
    <message>
        <source>Complaint rate</source>
        <translation>Taxa de reclamações</translation>
    </message>
    <message>
        <source>Trap hits</source>
        <translation>Acertos em armadilhas</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinatários</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Atualizar</translation>
    </message>
    <message>
        <source>No SNDS key: paste your Automated Data Access key in Settings &gt; Blocklists (sendersupport.olc.protection.outlook.com/snds, Automated Data Access).</source>
        <translation>Sem chave do SNDS: cole a sua chave do Automated Data Access em Configurações &gt; Listas de bloqueio (sendersupport.olc.protection.outlook.com/snds, Automated Data Access).</translation>
    </message>
    <message>
        <source>Fetching SNDS data…</source>
        <translation>Obtendo dados do SNDS…</translation>
    </message>
    <message>
        <source>Data of %1, fetched %2.</source>
        <translation>Dados de %1, obtidos em %2.</translation>
    </message>
    <message>
        <source>SNDS has no data for your IPs.</source>
        <translation>O SNDS não tem dados para os seus IPs.</translation>
    </message>
    <message>
        <source>SNDS could not be read: %1</source>
        <translation>Não foi possível ler o SNDS: %1</translation>
    </message>
    <message>
        <source>Shown from the cache:</source>
        <translation>Mostrado do cache:</translation>
    </message>
    <message>
        <source>Yes: %1</source>
        <translation>Sim: %1</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Não</translation>
    </message>
</context>
<context>
    <name>rebound::ui::SpfTreeModel</name>
    <message>
        <source>Record / term</source>
        <translation>Registro / termo</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalhe</translation>
    </message>
    <message>
        <source>no SPF record: %1</source>
        <translation>sem registro SPF: %1</translation>
    </message>
    <message>
        <source>◀ decided: %1</source>
        <translation>◀ decidido: %1</translation>
    </message>
    <message>
        <source>matched</source>
        <translation>corresponde</translation>
    </message>
    <message>
        <source>no match</source>
        <translation>sem correspondência</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erro</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>não alcançado</translation>
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
        <translation>%1 já está sendo monitorado.</translation>
    </message>
    <message>
        <source>The resolver settings are not valid: %1</source>
        <translation>As configurações do resolvedor não são válidas: %1</translation>
    </message>
    <message>
        <source>Cannot start the resolver: %1</source>
        <translation>Não foi possível iniciar o resolvedor: %1</translation>
    </message>
</context>
<context>
    <name>rebound::ui::WatchTargetsModel</name>
    <message>
        <source>Not checked yet</source>
        <translation>Ainda não verificado</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nenhuma</translation>
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
        <translation>Alvo</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Última mudança</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>Última verificação</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n checks) since %2</source>
        <translation>
            <numerusform>%1 (%n verificação) desde %2</numerusform>
            <numerusform>%1 (%n verificações) desde %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2) since %3</source>
        <translation>%1 (%2) desde %3</translation>
    </message>
    <message>
        <source>Worst current state</source>
        <translation>Pior estado atual</translation>
    </message>
</context>
<context>
    <name>rebound::ui::WatchTimelineModel</name>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Mudança</translation>
    </message>
    <message>
        <source>What</source>
        <translation>O quê</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalhe</translation>
    </message>
</context>
<context>
    <name>rebound::ui::WatchView</name>
    <message>
        <source>Target to watch</source>
        <translation>Alvo a monitorar</translation>
    </message>
    <message>
        <source>203.0.113.7, 198.51.100.0/24 6h or example.com 1d</source>
        <translation>203.0.113.7, 198.51.100.0/24 6h ou example.com 1d</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Adicionar</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <source>Check &amp;now</source>
        <translation>Verificar a&amp;gora</translation>
    </message>
    <message>
        <source>Check every target now, whatever its schedule (F5)</source>
        <translation>Verificar todos os alvos agora, independentemente do agendamento (F5)</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>Al&amp;vo:</translation>
    </message>
    <message>
        <source>IPs are checked every hour and domains every day (a target may say otherwise: &quot;6h&quot;, &quot;1d&quot;), never more often than the lists&apos; limits allow.</source>
        <translation>IPs são verificados a cada hora e domínios a cada dia (um alvo pode indicar outra coisa: &quot;6h&quot;, &quot;1d&quot;), nunca com mais frequência do que os limites das listas permitem.</translation>
    </message>
    <message>
        <source>Watched targets</source>
        <translation>Alvos monitorados</translation>
    </message>
    <message>
        <source>Timeline of the selected target</source>
        <translation>Linha do tempo do alvo selecionado</translation>
    </message>
    <message>
        <source>T&amp;imeline of the selected target:</source>
        <translation>Linha do &amp;tempo do alvo selecionado:</translation>
    </message>
    <message>
        <source>Remove Target</source>
        <translation>Remover alvo</translation>
    </message>
    <message>
        <source>Check Now</source>
        <translation>Verificar agora</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Verificando…</translation>
    </message>
    <message>
        <source>The watch could not run: %1</source>
        <translation>Não foi possível executar o monitoramento: %1</translation>
    </message>
    <message>
        <source>Checked: nothing changed.</source>
        <translation>Verificado: nada mudou.</translation>
    </message>
    <message numerus="yes">
        <source>Checked: %n change(s).</source>
        <translation>
            <numerusform>Verificado: %n mudança.</numerusform>
            <numerusform>Verificado: %n mudanças.</numerusform>
        </translation>
    </message>
    <message>
        <source>The watch database could not be opened: %1</source>
        <translation>Não foi possível abrir o banco de dados do monitoramento: %1</translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <translation>Não adicionado: %1</translation>
    </message>
    <message>
        <source>Added. It is checked within a minute.</source>
        <translation>Adicionado. Ele será verificado em até um minuto.</translation>
    </message>
</context>
<context>
    <name>rebound::ui::WatchWords</name>
    <message>
        <source>%1: newly listed on %2</source>
        <translation>%1: recém-listado em %2</translation>
    </message>
    <message>
        <source>%1: no longer listed on %2</source>
        <translation>%1: não está mais listado em %2</translation>
    </message>
    <message>
        <source>%1: %2 changed to %3</source>
        <translation>%1: %2 mudou para %3</translation>
    </message>
    <message>
        <source>%1: %2 is missing or broken</source>
        <translation>%1: %2 está ausente ou quebrado</translation>
    </message>
    <message>
        <source>%1: %2 is sound again</source>
        <translation>%1: %2 está em ordem de novo</translation>
    </message>
    <message>
        <source>%1: could not check %2</source>
        <translation>%1: não foi possível verificar %2</translation>
    </message>
    <message>
        <source>%1: %2 can be checked again</source>
        <translation>%1: %2 pode ser verificado de novo</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>e mais %n</numerusform>
            <numerusform>e mais %n</numerusform>
        </translation>
    </message>
    <message>
        <source>blocklist</source>
        <translation>lista de bloqueio</translation>
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
        <translation>Listado</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Ausente</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>Quebrado</translation>
    </message>
    <message>
        <source>Could not check</source>
        <translation>Não verificável</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>Não consultado</translation>
    </message>
    <message>
        <source>Newly listed</source>
        <translation>Recém-listado</translation>
    </message>
    <message>
        <source>Delisted</source>
        <translation>Removido da lista</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Alterado</translation>
    </message>
    <message>
        <source>Broke</source>
        <translation>Quebrou</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>Corrigido</translation>
    </message>
    <message>
        <source>Checked again</source>
        <translation>Verificado de novo</translation>
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
        <translation>Amarelo</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Vermelho</translation>
    </message>
    <message>
        <source>No SNDS data</source>
        <translation>Sem dados do SNDS</translation>
    </message>
    <message>
        <source>Near expiry</source>
        <translation>Perto de expirar</translation>
    </message>
    <message>
        <source>No STARTTLS</source>
        <translation>Sem STARTTLS</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirado</translation>
    </message>
    <message>
        <source>Invalid certificate</source>
        <translation>Certificado inválido</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Requer atenção</translation>
    </message>
    <message>
        <source>%1: the certificate of %2: %3</source>
        <translation>%1: o certificado de %2: %3</translation>
    </message>
    <message>
        <source>%1: %2 needs attention</source>
        <translation>%1: %2 requer atenção</translation>
    </message>
</context>
</TS>
