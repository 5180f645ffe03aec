<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>TabFindings</name>
    <message>
        <source>One SPF record published for %1</source>
        <translation>%1 に SPF レコードが 1 件公開されています</translation>
    </message>
    <message>
        <source>%1 SPF records published for %2: receivers treat that as an error</source>
        <translation>%2 に SPF レコードが %1 件公開されています: 受信側はこれをエラーとして扱います</translation>
    </message>
    <message>
        <source>RFC 7208 allows one v=spf1 record per name; with more, the result is a permanent error. Merge them into one.</source>
        <translation>RFC 7208 では 1 つの名前につき v=spf1 レコードは 1 件だけです。複数あると結果は恒久的エラー (permerror) になります。1 件にまとめてください。</translation>
    </message>
    <message>
        <source>decided by %1: %2</source>
        <translation>%1 により判定: %2</translation>
    </message>
    <message>
        <source>SPF result: %1, %2</source>
        <translation>SPF の結果: %1、%2</translation>
    </message>
    <message>
        <source>DMARC record found at %1</source>
        <translation>DMARC レコードを %1 で検出</translation>
    </message>
    <message>
        <source>DKIM key found for selector %1</source>
        <translation>セレクター %1 の DKIM キーを検出</translation>
    </message>
    <message>
        <source>No DKIM key for selector %1</source>
        <translation>セレクター %1 の DKIM キーがありません</translation>
    </message>
    <message>
        <source>MX %1: %2</source>
        <translation>MX %1: %2</translation>
    </message>
    <message>
        <source>Mail server %1 (preference %2) has an address</source>
        <translation>メールサーバー %1 (優先度 %2) にはアドレスがあります</translation>
    </message>
    <message>
        <source>%1 has reverse DNS that resolves back to it</source>
        <translation>%1 の逆引きDNSは正引きで同じアドレスに戻ります</translation>
    </message>
    <message>
        <source>DNS lookups: %1 of the %2 allowed; void lookups: %3 of %4</source>
        <translation>DNS ルックアップ: 上限 %2 回中 %1 回、空のルックアップ: %4 回中 %3 回</translation>
    </message>
    <message>
        <source>The message carries no DKIM signature</source>
        <translation>メッセージに DKIM 署名がありません</translation>
    </message>
    <message>
        <source>DKIM d=%1 s=%2: %3</source>
        <translation>DKIM d=%1 s=%2: %3</translation>
    </message>
    <message>
        <source>SPF %1 for %2 sending as %3</source>
        <translation>%2 が %3 として送信した場合の SPF は %1</translation>
    </message>
    <message>
        <source>DMARC %1 for %2</source>
        <translation>%2 の DMARC は %1</translation>
    </message>
    <message>
        <source>ARC chain: %1</source>
        <translation>ARC チェーン: %1</translation>
    </message>
    <message>
        <source>Bulk-sender rules: %1 of %2 pass</source>
        <translation>大量送信者のルール: %2 件中 %1 件に合格</translation>
    </message>
    <message>
        <source>Organizational domain (DNS tree walk): %1</source>
        <translation>組織ドメイン (DNS ツリーウォーク): %1</translation>
    </message>
    <message>
        <source>DKIM key found for selector %1 (found by %2)</source>
        <translation>セレクター %1 の DKIM キーを検出 (検出方法: %2)</translation>
    </message>
    <message>
        <source>MTA-STS policy of %1: mode %2, max_age %3</source>
        <translation>%1 の MTA-STS ポリシー: mode %2、max_age %3</translation>
    </message>
    <message>
        <source>MX %1 is covered by the MTA-STS policy</source>
        <translation>MX %1 は MTA-STS ポリシーの対象に含まれています</translation>
    </message>
    <message>
        <source>MX %1 is not covered by the MTA-STS policy</source>
        <translation>MX %1 は MTA-STS ポリシーの対象に含まれていません</translation>
    </message>
    <message>
        <source>The BIMI logo is SVG Tiny PS</source>
        <translation>BIMI ロゴは SVG Tiny PS に準拠しています</translation>
    </message>
    <message>
        <source>The BIMI logo is not SVG Tiny PS</source>
        <translation>BIMI ロゴは SVG Tiny PS に準拠していません</translation>
    </message>
    <message>
        <source>BIMI mark certificate: %1</source>
        <translation>BIMI マーク証明書: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Email deliverability troubleshooter</source>
        <translation>メール到達率のトラブルシューター</translation>
    </message>
    <message>
        <source>Show the main window, start the event loop and exit (for packaging checks).</source>
        <translation>メインウィンドウを表示し、イベントループを開始して終了します (パッケージ検査用)。</translation>
    </message>
    <message>
        <source>A bounce or .eml file, or a saved session (.json, Rebound PDF), to open.</source>
        <translation>開くバウンスまたは .eml ファイル、あるいは保存したセッション (.json、Rebound PDF)。</translation>
    </message>
</context>
<context>
    <name>rebound::auth</name>
    <message>
        <source>the local part (before @) is empty</source>
        <translation>ローカル部 (@ の前) が空です</translation>
    </message>
    <message>
        <source>the local part is %1 octets; the limit is 64 (RFC 5321 4.5.3.1.1)</source>
        <translation>ローカル部が %1 オクテットあります。上限は 64 です (RFC 5321 4.5.3.1.1)</translation>
    </message>
    <message>
        <source>the quoted local part is not closed</source>
        <translation>引用符で囲んだローカル部が閉じていません</translation>
    </message>
    <message>
        <source>the quoted local part holds a character that must be escaped</source>
        <translation>引用符で囲んだローカル部に、エスケープが必要な文字があります</translation>
    </message>
    <message>
        <source>dots may not start or end the local part or follow each other</source>
        <translation>ローカル部の先頭や末尾にドットを置いたり、ドットを連続させたりすることはできません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not allowed in an unquoted local part</source>
        <translation>引用符のないローカル部では &apos;%1&apos; は使えません</translation>
    </message>
    <message>
        <source>the address is far too long</source>
        <translation>アドレスが長すぎます</translation>
    </message>
    <message>
        <source>there is no @</source>
        <translation>@ がありません</translation>
    </message>
    <message>
        <source>the address literal is not a valid IP address</source>
        <translation>アドレスリテラルが有効な IP アドレスではありません</translation>
    </message>
    <message>
        <source>an address literal instead of a domain is accepted by almost no mail system</source>
        <translation>ドメインの代わりのアドレスリテラルは、ほとんどのメールシステムで受け付けられません</translation>
    </message>
    <message>
        <source>the domain is not a fully qualified name</source>
        <translation>ドメインが完全修飾名ではありません</translation>
    </message>
    <message>
        <source>the domain is invalid: %1</source>
        <translation>ドメインが無効です: %1</translation>
    </message>
    <message>
        <source>the domain holds characters that are not allowed in a host name</source>
        <translation>ドメインにホスト名で使えない文字が含まれています</translation>
    </message>
    <message>
        <source>the address is longer than 254 octets (RFC 5321 4.5.3.1.3 with RFC 3696 errata)</source>
        <translation>アドレスが 254 オクテットを超えています (RFC 5321 4.5.3.1.3 と RFC 3696 の正誤表)</translation>
    </message>
    <message>
        <source>the required id= tag is missing (RFC 8461 3.1)</source>
        <translation>必須の id= タグがありません (RFC 8461 3.1)</translation>
    </message>
    <message>
        <source>id= must be 1 to 32 letters and digits</source>
        <translation>id= は 1〜32 文字の英数字でなければなりません</translation>
    </message>
    <message>
        <source>the required rua= tag is missing (RFC 8460 3)</source>
        <translation>必須の rua= タグがありません (RFC 8460 3)</translation>
    </message>
    <message>
        <source>rua &apos;%1&apos; is neither mailto: nor https:</source>
        <translation>rua &apos;%1&apos; は mailto: でも https: でもありません</translation>
    </message>
    <message>
        <source>the l= tag (logo URL) is missing</source>
        <translation>l= タグ (ロゴの URL) がありません</translation>
    </message>
    <message>
        <source>l= must be an https:// URL of an SVG file</source>
        <translation>l= は SVG ファイルの https:// URL でなければなりません</translation>
    </message>
    <message>
        <source>a= (the mark certificate) must be an https:// URL</source>
        <translation>a= (マーク証明書) は https:// URL でなければなりません</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a mailto: address; reports cannot be sent there</source>
        <translation>%1: &apos;%2&apos; は mailto: アドレスではありません。レポートを送れません</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a mailto: URI; receivers ignore it</source>
        <translation>%1: &apos;%2&apos; は mailto: URI ではありません。受信側は無視します</translation>
    </message>
    <message>
        <source>the record is empty</source>
        <translation>レコードが空です</translation>
    </message>
    <message>
        <source>v: the record must start with &quot;v=DMARC1&quot;</source>
        <translation>v: レコードは「v=DMARC1」で始まらなければなりません</translation>
    </message>
    <message>
        <source>%1: the tag appears more than once; receivers may use either</source>
        <translation>%1: タグが複数回現れます。受信側はどちらを使うかわかりません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no &apos;=&apos; and value</source>
        <translation>&apos;%1&apos; には &apos;=&apos; と値がありません</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not none, quarantine or reject</source>
        <translation>%1: &apos;%2&apos; は none、quarantine、reject のいずれでもありません</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; should be written in full (none, quarantine, reject); some receivers ignore the record</source>
        <translation>%1: &apos;%2&apos; は省略せずに書いてください (none、quarantine、reject)。レコードを無視する受信側があります</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not r (relaxed) or s (strict)</source>
        <translation>%1: &apos;%2&apos; は r (relaxed) でも s (strict) でもありません</translation>
    </message>
    <message>
        <source>pct: &apos;%1&apos; is not a whole number from 0 to 100</source>
        <translation>pct: &apos;%1&apos; は 0〜100 の整数ではありません</translation>
    </message>
    <message>
        <source>ri: &apos;%1&apos; is not a number of seconds</source>
        <translation>ri: &apos;%1&apos; は秒数ではありません</translation>
    </message>
    <message>
        <source>rf: &apos;%1&apos; is not a report format (afrf)</source>
        <translation>rf: &apos;%1&apos; はレポート形式 (afrf) ではありません</translation>
    </message>
    <message>
        <source>fo: &apos;%1&apos; is not 0, 1, d or s</source>
        <translation>fo: &apos;%1&apos; は 0、1、d、s のいずれでもありません</translation>
    </message>
    <message>
        <source>psd: &apos;%1&apos; is not y, n or u</source>
        <translation>psd: &apos;%1&apos; は y、n、u のいずれでもありません</translation>
    </message>
    <message>
        <source>t: &apos;%1&apos; is not y or n</source>
        <translation>t: &apos;%1&apos; は y でも n でもありません</translation>
    </message>
    <message>
        <source>p: the required policy tag is missing</source>
        <translation>p: 必須のポリシータグがありません</translation>
    </message>
    <message>
        <source>p= is not valid base64</source>
        <translation>p= は有効な Base64 ではありません</translation>
    </message>
    <message>
        <source>an Ed25519 key is 32 bytes; p= holds %1</source>
        <translation>Ed25519 キーは 32 バイトですが、p= は %1 バイトです</translation>
    </message>
    <message>
        <source>OpenSSL could not read the Ed25519 key</source>
        <translation>OpenSSL が Ed25519 キーを読めませんでした</translation>
    </message>
    <message>
        <source>Ed25519 keys (RFC 8463) are not verified by every receiver; sign with an RSA key as well</source>
        <translation>Ed25519 キー (RFC 8463) はすべての受信側で検証されるわけではありません。RSA キーでも署名してください</translation>
    </message>
    <message>
        <source>p= does not hold an RSA public key that OpenSSL can read</source>
        <translation>p= に OpenSSL で読める RSA 公開鍵がありません</translation>
    </message>
    <message>
        <source>the RSA key has %1 bits; RFC 8301 forbids verifying keys under 1024 bits, so signatures with it fail</source>
        <translation>RSA キーは %1 ビットです。RFC 8301 は 1024 ビット未満のキーの検証を禁じているため、このキーの署名は失敗します</translation>
    </message>
    <message>
        <source>the RSA key has %1 bits; 2048 is the recommended size (RFC 8301)</source>
        <translation>RSA キーは %1 ビットです。推奨サイズは 2048 です (RFC 8301)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a tag=value pair</source>
        <translation>&apos;%1&apos; は タグ=値 の組ではありません</translation>
    </message>
    <message>
        <source>the tag %1 appears twice, which makes the record invalid (RFC 6376 3.2)</source>
        <translation>タグ %1 が 2 回現れるため、レコードは無効です (RFC 6376 3.2)</translation>
    </message>
    <message>
        <source>v=%1: the only version is DKIM1</source>
        <translation>v=%1: バージョンは DKIM1 だけです</translation>
    </message>
    <message>
        <source>v= must be the first tag when present</source>
        <translation>v= を書く場合は最初のタグでなければなりません</translation>
    </message>
    <message>
        <source>k=%1 is not a known key type (rsa, ed25519)</source>
        <translation>k=%1 は既知のキー種別 (rsa、ed25519) ではありません</translation>
    </message>
    <message>
        <source>h= does not allow sha256; RFC 8301 forbids sha1, so no signature can verify</source>
        <translation>h= が sha256 を許していません。RFC 8301 は sha1 を禁じているため、どの署名も検証できません</translation>
    </message>
    <message>
        <source>h= still lists sha1, which RFC 8301 retired</source>
        <translation>h= に RFC 8301 で廃止された sha1 がまだあります</translation>
    </message>
    <message>
        <source>t=y: the domain says it is testing DKIM; receivers may treat failures as if unsigned</source>
        <translation>t=y: ドメインは DKIM をテスト中としています。受信側は失敗を署名なしとして扱うことがあります</translation>
    </message>
    <message>
        <source>s=%1 excludes email, so the key cannot verify mail</source>
        <translation>s=%1 は email を除外しているため、このキーではメールを検証できません</translation>
    </message>
    <message>
        <source>no p= tag: the record has no public key</source>
        <translation>p= タグがありません: レコードに公開鍵がありません</translation>
    </message>
    <message>
        <source>p= is empty: the key has been revoked, so signatures with this selector fail</source>
        <translation>p= が空です: キーは失効しているため、このセレクターの署名は失敗します</translation>
    </message>
    <message>
        <source>%1 %2 record(s)</source>
        <translation>%2 レコード %1 件</translation>
    </message>
    <message>
        <source>no %1 records (NODATA)</source>
        <translation>%1 レコードなし (NODATA)</translation>
    </message>
    <message>
        <source>the name does not exist (NXDOMAIN)</source>
        <translation>名前が存在しません (NXDOMAIN)</translation>
    </message>
    <message>
        <source>not a valid DNS name</source>
        <translation>有効な DNS 名ではありません</translation>
    </message>
    <message>
        <source>%1 for %2 %3</source>
        <translation>%2 %3 は %1</translation>
    </message>
    <message>
        <source>%1 for %2 %3: %4</source>
        <translation>%2 %3 は %1: %4</translation>
    </message>
    <message>
        <source>more than %1 DNS lookups returned no records (void lookup limit, RFC 7208 4.6.4)</source>
        <translation>レコードを返さない DNS ルックアップが %1 回を超えました (void ルックアップの上限、RFC 7208 4.6.4)</translation>
    </message>
    <message>
        <source>not a valid, fully qualified domain name (RFC 7208 4.3)</source>
        <translation>有効な完全修飾ドメイン名ではありません (RFC 7208 4.3)</translation>
    </message>
    <message>
        <source>the domain does not exist (NXDOMAIN)</source>
        <translation>ドメインが存在しません (NXDOMAIN)</translation>
    </message>
    <message>
        <source>the TXT lookup failed: %1</source>
        <translation>TXT の問い合わせに失敗しました: %1</translation>
    </message>
    <message>
        <source>no SPF record (no TXT record starting with &quot;v=spf1&quot;)</source>
        <translation>SPF レコードがありません (「v=spf1」で始まる TXT レコードがありません)</translation>
    </message>
    <message>
        <source>%1 SPF records are published; there must be exactly one</source>
        <translation>SPF レコードが %1 件公開されています。ちょうど 1 件でなければなりません</translation>
    </message>
    <message>
        <source>syntax error at position %1 (&apos;%2&apos;): %3</source>
        <translation>位置 %1 (&apos;%2&apos;) で構文エラー: %3</translation>
    </message>
    <message>
        <source>over the DNS lookup limit</source>
        <translation>DNS ルックアップの上限を超えています</translation>
    </message>
    <message>
        <source>more than %1 DNS-querying terms (include, a, mx, ptr, exists, redirect) were needed (RFC 7208 4.6.4)</source>
        <translation>DNS を問い合わせる項目 (include、a、mx、ptr、exists、redirect) が %1 個を超えて必要でした (RFC 7208 4.6.4)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; matched</source>
        <translation>&apos;%1&apos; が一致しました</translation>
    </message>
    <message>
        <source>more than %1 DNS-querying terms were needed (RFC 7208 4.6.4)</source>
        <translation>DNS を問い合わせる項目が %1 個を超えて必要でした (RFC 7208 4.6.4)</translation>
    </message>
    <message>
        <source>the redirect target has no SPF record: %1</source>
        <translation>redirect の対象に SPF レコードがありません: %1</translation>
    </message>
    <message>
        <source>redirect to %1, which has no SPF record</source>
        <translation>%1 への redirect ですが、SPF レコードがありません</translation>
    </message>
    <message>
        <source>result %1</source>
        <translation>結果 %1</translation>
    </message>
    <message>
        <source>no term matched; the default result is neutral</source>
        <translation>どの項目も一致しませんでした。既定の結果は neutral です</translation>
    </message>
    <message>
        <source>always matches</source>
        <translation>常に一致します</translation>
    </message>
    <message>
        <source>no client IP given</source>
        <translation>クライアント IP が指定されていません</translation>
    </message>
    <message>
        <source>the IP is in this network</source>
        <translation>IP はこのネットワーク内です</translation>
    </message>
    <message>
        <source>the IP is not in this network</source>
        <translation>IP はこのネットワーク外です</translation>
    </message>
    <message>
        <source>depends on the client IP, which was not given</source>
        <translation>指定されていないクライアント IP に依存します</translation>
    </message>
    <message>
        <source>%1 returned %2</source>
        <translation>%1 は %2 を返しました</translation>
    </message>
    <message>
        <source>the included domain %1 has no SPF record</source>
        <translation>include したドメイン %1 に SPF レコードがありません</translation>
    </message>
    <message>
        <source>validated PTR name %1</source>
        <translation>検証済みの PTR 名 %1</translation>
    </message>
    <message>
        <source>no validated PTR name</source>
        <translation>検証済みの PTR 名がありません</translation>
    </message>
    <message>
        <source>validated PTR names: %1</source>
        <translation>検証済みの PTR 名: %1</translation>
    </message>
    <message>
        <source>%1 has %2</source>
        <translation>%1 は %2 を持ちます</translation>
    </message>
    <message>
        <source>%1 MX records; an mx term may look up at most %2 (RFC 7208 4.6.4)</source>
        <translation>MX レコードが %1 件あります。mx 項目で問い合わせられるのは最大 %2 件です (RFC 7208 4.6.4)</translation>
    </message>
    <message>
        <source>the evaluation took longer than %1 ms (RFC 7208 4.6.4)</source>
        <translation>評価に %1 ミリ秒以上かかりました (RFC 7208 4.6.4)</translation>
    </message>
    <message>
        <source>unknown macro letter &apos;%1&apos;</source>
        <translation>不明なマクロ文字 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unterminated macro</source>
        <translation>マクロが閉じていません</translation>
    </message>
    <message>
        <source>a macro transformer of zero parts is not allowed</source>
        <translation>0 部分のマクロ変換子は使えません</translation>
    </message>
    <message>
        <source>malformed macro: expected &apos;}&apos;</source>
        <translation>マクロの形式が不正です: &apos;}&apos; が必要です</translation>
    </message>
    <message>
        <source>character %1 is not allowed in a macro-string</source>
        <translation>文字 %1 は macro-string では使えません</translation>
    </message>
    <message>
        <source>a lone &apos;%&apos; must be written &apos;%%&apos;</source>
        <translation>単独の &apos;%&apos; は &apos;%%&apos; と書かなければなりません</translation>
    </message>
    <message>
        <source>&apos;%&apos; followed by &apos;%1&apos; is not a macro (write &apos;%%&apos; for a percent sign)</source>
        <translation>&apos;%&apos; の後に &apos;%1&apos; が続くものはマクロではありません (パーセント記号は &apos;%%&apos; と書きます)</translation>
    </message>
    <message>
        <source>%1 needs &apos;:&apos; and an address</source>
        <translation>%1 には &apos;:&apos; とアドレスが必要です</translation>
    </message>
    <message>
        <source>invalid prefix length &apos;%1&apos;</source>
        <translation>無効なプレフィックス長 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>invalid %1 address &apos;%2&apos;</source>
        <translation>無効な %1 アドレス &apos;%2&apos;</translation>
    </message>
    <message>
        <source>invalid IPv4 prefix length &apos;/%1&apos;</source>
        <translation>無効な IPv4 プレフィックス長 &apos;/%1&apos;</translation>
    </message>
    <message>
        <source>invalid IPv6 prefix length &apos;//%1&apos;</source>
        <translation>無効な IPv6 プレフィックス長 &apos;//%1&apos;</translation>
    </message>
    <message>
        <source>%1 needs &apos;:&apos; and a domain</source>
        <translation>%1 には &apos;:&apos; とドメインが必要です</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos; after %2</source>
        <translation>%2 の後に予期しない &apos;%1&apos; があります</translation>
    </message>
    <message>
        <source>&apos;all&apos; takes no argument</source>
        <translation>&apos;all&apos; は引数を取りません</translation>
    </message>
    <message>
        <source>unknown mechanism &apos;%1&apos;</source>
        <translation>不明なメカニズム &apos;%1&apos;</translation>
    </message>
    <message>
        <source>empty domain-spec</source>
        <translation>domain-spec が空です</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not end in a valid top label (use a fully qualified name)</source>
        <translation>&apos;%1&apos; の末尾が有効なトップラベルではありません (完全修飾名を使ってください)</translation>
    </message>
    <message>
        <source>byte %1 is not allowed in an SPF record (only printable ASCII and spaces)</source>
        <translation>バイト %1 は SPF レコードでは使えません (印字可能な ASCII と空白のみ)</translation>
    </message>
    <message>
        <source>the record does not start with &quot;v=spf1&quot;</source>
        <translation>レコードが「v=spf1」で始まっていません</translation>
    </message>
    <message>
        <source>&apos;%1=&apos; may appear only once</source>
        <translation>&apos;%1=&apos; は 1 回しか書けません</translation>
    </message>
    <message>
        <source>the root element is not &lt;svg&gt; in the SVG namespace</source>
        <translation>ルート要素が SVG 名前空間の &lt;svg&gt; ではありません</translation>
    </message>
    <message>
        <source>baseProfile is &quot;%1&quot;, not &quot;%2&quot;</source>
        <translation>baseProfile が「%2」ではなく「%1」です</translation>
    </message>
    <message>
        <source>version is &quot;%1&quot;, not &quot;%2&quot;</source>
        <translation>version が「%2」ではなく「%1」です</translation>
    </message>
    <message>
        <source>the root &lt;svg&gt; has a %1= attribute, which SVG Tiny PS forbids</source>
        <translation>ルートの &lt;svg&gt; に %1= 属性があります。SVG Tiny PS では禁止されています</translation>
    </message>
    <message>
        <source>the viewBox is %1 by %2: a BIMI logo must be square</source>
        <translation>viewBox が %1 × %2 です: BIMI ロゴは正方形でなければなりません</translation>
    </message>
    <message>
        <source>no viewBox: the logo cannot be scaled reliably</source>
        <translation>viewBox がありません: ロゴを確実に拡大縮小できません</translation>
    </message>
    <message>
        <source>&lt;%1&gt; is not allowed in SVG Tiny PS</source>
        <translation>&lt;%1&gt; は SVG Tiny PS では使用できません</translation>
    </message>
    <message>
        <source>&lt;%1&gt; has an event handler (%2=)</source>
        <translation>&lt;%1&gt; にイベントハンドラー (%2=) があります</translation>
    </message>
    <message>
        <source>&lt;%1&gt; refers to %2: external references are not allowed</source>
        <translation>&lt;%1&gt; が %2 を参照しています: 外部参照は使用できません</translation>
    </message>
    <message>
        <source>&lt;%1&gt; %2= refers outside the file</source>
        <translation>&lt;%1&gt; の %2= がファイルの外を参照しています</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP ステータス %1</translation>
    </message>
    <message>
        <source>%1 bytes, more than the %2 allowed</source>
        <translation>%1 バイトで、上限の %2 を超えています</translation>
    </message>
    <message>
        <source>a DOCTYPE declaration (DTDs and entities are not allowed)</source>
        <translation>DOCTYPE 宣言 (DTD とエンティティは使用できません)</translation>
    </message>
    <message>
        <source>an entity reference (entities are not allowed)</source>
        <translation>エンティティ参照 (エンティティは使用できません)</translation>
    </message>
    <message>
        <source>not well-formed XML: %1 (line %2)</source>
        <translation>整形式の XML ではありません: %1 (%2 行目)</translation>
    </message>
    <message>
        <source>no root element</source>
        <translation>ルート要素がありません</translation>
    </message>
    <message>
        <source>no &lt;title&gt; element (SVG Tiny PS requires one, naming the brand)</source>
        <translation>&lt;title&gt; 要素がありません (SVG Tiny PS ではブランド名を記したこの要素が必須です)</translation>
    </message>
    <message>
        <source>no PEM certificate in the file</source>
        <translation>ファイルに PEM 証明書がありません</translation>
    </message>
    <message>
        <source>lines end with LF alone; RFC 8461 3.2 asks for CRLF</source>
        <translation>行末が LF のみです。RFC 8461 3.2 は CRLF を求めています</translation>
    </message>
    <message>
        <source>more than 1000 lines</source>
        <translation>1000 行を超えています</translation>
    </message>
    <message>
        <source>line %1 is not &quot;key: value&quot;: %2</source>
        <translation>%1 行目が「key: value」の形式ではありません: %2</translation>
    </message>
    <message>
        <source>%1 appears more than once; the first is used</source>
        <translation>%1 が複数回現れます。最初のものを使います</translation>
    </message>
    <message>
        <source>max_age &quot;%1&quot; is not a number of seconds</source>
        <translation>max_age「%1」は秒数ではありません</translation>
    </message>
    <message>
        <source>max_age %1 is above the largest allowed, %2</source>
        <translation>max_age %1 は上限の %2 を超えています</translation>
    </message>
    <message>
        <source>mx &quot;%1&quot; is not a host name or a *.domain pattern</source>
        <translation>mx「%1」はホスト名でも *.domain 形式のパターンでもありません</translation>
    </message>
    <message>
        <source>the version field is missing</source>
        <translation>version フィールドがありません</translation>
    </message>
    <message>
        <source>version is &quot;%1&quot;, not STSv1</source>
        <translation>version が STSv1 ではなく「%1」です</translation>
    </message>
    <message>
        <source>the mode field is missing</source>
        <translation>mode フィールドがありません</translation>
    </message>
    <message>
        <source>mode is &quot;%1&quot;, not enforce, testing or none</source>
        <translation>mode が「%1」です (enforce、testing、none のいずれでもありません)</translation>
    </message>
    <message>
        <source>the max_age field is missing</source>
        <translation>max_age フィールドがありません</translation>
    </message>
    <message>
        <source>no mx field: the policy names no mail host</source>
        <translation>mx フィールドがありません: ポリシーにメールホストが指定されていません</translation>
    </message>
</context>
<context>
    <name>rebound::blocklist</name>
    <message>
        <source>undocumented bits %1</source>
        <translation>文書化されていないビット %1</translation>
    </message>
    <message>
        <source>answer outside 127.0.0.0/8</source>
        <translation>127.0.0.0/8 外の応答</translation>
    </message>
    <message>
        <source>not documented for this list</source>
        <translation>このリストでは文書化されていない</translation>
    </message>
    <message>
        <source>Try again later, or through another resolver.</source>
        <translation>後でもう一度、または別のリゾルバー経由で試してください。</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>ほか %1 件</translation>
    </message>
    <message>
        <source>%1 is not documented for this list</source>
        <translation>%1 はこのリストでは文書化されていません</translation>
    </message>
    <message>
        <source>%1 is not trusted: %2</source>
        <translation>%1 は信頼できません: %2</translation>
    </message>
    <message>
        <source>answered %1, outside 127.0.0.0/8 where RFC 5782 answers must be: the list&apos;s domain may have lapsed, or the resolver rewrites answers</source>
        <translation>%1 と応答しました。RFC 5782 の応答は 127.0.0.0/8 内でなければなりません。リストのドメインが失効したか、リゾルバーが応答を書き換えている可能性があります</translation>
    </message>
    <message>
        <source>the list refused the query (%1); this is not a listing</source>
        <translation>リストがクエリを拒否しました (%1)。これは掲載ではありません</translation>
    </message>
    <message>
        <source>the DNS server refused the query (REFUSED)</source>
        <translation>DNS サーバーがクエリを拒否しました (REFUSED)</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>キャンセルされました</translation>
    </message>
    <message>
        <source>no usable answer (%1)</source>
        <translation>使える応答がありません (%1)</translation>
    </message>
    <message>
        <source>no usable answer (%1: %2)</source>
        <translation>使える応答がありません (%1: %2)</translation>
    </message>
    <message>
        <source>test point %1: %2</source>
        <translation>テストポイント %1: %2</translation>
    </message>
    <message>
        <source>test point %1 is not listed (%2), though RFC 5782 says it must be: the list is dead or emptied, does not serve %3, or answers nothing to this resolver (Spamhaus does this to public resolvers)</source>
        <translation>テストポイント %1 が掲載されていません (%2)。RFC 5782 では掲載が必須です。リストが停止または空になったか、%3 に対応していないか、このリゾルバーには何も応答しません (Spamhaus はパブリックリゾルバーにこうします)</translation>
    </message>
    <message>
        <source>test point %1 answered %2, but the list documents %3: it changed its codes or is not the list it claims to be</source>
        <translation>テストポイント %1 は %2 と応答しましたが、リストの文書では %3 です。コードが変わったか、名乗っているリストではありません</translation>
    </message>
    <message>
        <source>lists the test point %1 (%2), which RFC 5782 says must never be listed: the list answers for everything (wildcard), so its answers are ignored</source>
        <translation>RFC 5782 で決して掲載してはならないテストポイント %1 を掲載しています (%2)。リストがすべてに応答する (ワイルドカード) ため、その応答は無視されます</translation>
    </message>
    <message>
        <source>could not verify the list in this run: %1. Its answer for this address (%2) does not count</source>
        <translation>この実行ではリストを検証できませんでした: %1。このアドレスに対する応答 (%2) は考慮されません</translation>
    </message>
    <message>
        <source>could not verify the list in this run: %1</source>
        <translation>この実行ではリストを検証できませんでした: %1</translation>
    </message>
    <message>
        <source>needs a Spamhaus DQS key (%1)</source>
        <translation>Spamhaus DQS キーが必要です (%1)</translation>
    </message>
    <message>
        <source>needs an Abusix key (%1)</source>
        <translation>Abusix キーが必要です (%1)</translation>
    </message>
    <message>
        <source>needs a key (%1)</source>
        <translation>キーが必要です (%1)</translation>
    </message>
    <message>
        <source>the list does not cover IPv4 addresses</source>
        <translation>このリストは IPv4 アドレスを対象としていません</translation>
    </message>
    <message>
        <source>the list does not cover IPv6 addresses</source>
        <translation>このリストは IPv6 アドレスを対象としていません</translation>
    </message>
    <message>
        <source>the list does not cover domains</source>
        <translation>このリストはドメインを対象としていません</translation>
    </message>
    <message>
        <source>not queried: the list is unverified. %1</source>
        <translation>照会していません: このリストは未検証です。%1</translation>
    </message>
    <message>
        <source>not queried: the list is for paying customers only. %1</source>
        <translation>照会していません: このリストは有料顧客専用です。%1</translation>
    </message>
    <message>
        <source>not queried: the list is defunct. %1</source>
        <translation>照会していません: このリストは廃止されています。%1</translation>
    </message>
    <message>
        <source>not queried: the list is %1. %2</source>
        <translation>照会していません: リストの状態は %1 です。%2</translation>
    </message>
    <message>
        <source>no resolver</source>
        <translation>リゾルバーがありません</translation>
    </message>
    <message>
        <source>could not check (list not answering): its test point or its first queries got no answer within the deadline, so it was not asked again in this run</source>
        <translation>確認不可 (リストが応答しない): テストポイントまたは最初のクエリが期限内に応答しなかったため、この実行では再度問い合わせていません</translation>
    </message>
    <message>
        <source>could not check (list failing): its test point or its first queries got SERVFAIL, so it was not asked again in this run</source>
        <translation>確認不可 (リストの障害): テストポイントまたは最初のクエリが SERVFAIL を返したため、この実行では再度問い合わせていません</translation>
    </message>
    <message>
        <source>could not check (list refusing): its test point or its first queries were REFUSED, so it was not asked again in this run</source>
        <translation>確認不可 (リストが拒否): テストポイントまたは最初のクエリが REFUSED を返したため、この実行では再度問い合わせていません</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Listed</source>
        <translation>掲載</translation>
    </message>
    <message>
        <source>Not listed</source>
        <translation>未掲載</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>拒否</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>未問い合わせ</translation>
    </message>
    <message>
        <source>Could not check</source>
        <translation>確認不可</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 listed, %2 could not be checked (not counted as clean), %3 not listed, %4 not asked.</source>
        <translation>掲載 %1 件、確認不可 %2 件 (問題なしとは数えていません)、未掲載 %3 件、未問い合わせ %4 件。</translation>
    </message>
</context>
<context>
    <name>rebound::dane::TlsaLookup</name>
    <message>
        <source>libunbound could not create a resolver context</source>
        <translation>libunbound がリゾルバーのコンテキストを作成できませんでした</translation>
    </message>
    <message>
        <source>the DNSSEC trust anchor %1 cannot be read</source>
        <translation>DNSSEC トラストアンカー %1 を読み込めません</translation>
    </message>
    <message>
        <source>the DNSSEC trust anchor %1 is not usable: %2</source>
        <translation>DNSSEC トラストアンカー %1 は使用できません: %2</translation>
    </message>
    <message>
        <source>libunbound could not start the lookup: %1</source>
        <translation>libunbound が問い合わせを開始できませんでした: %1</translation>
    </message>
    <message>
        <source>the validated TLSA lookup took longer than %1 ms</source>
        <translation>検証付きの TLSA 問い合わせに %1 ms 以上かかりました</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>キャンセルされました</translation>
    </message>
    <message>
        <source>the validated TLSA lookup failed: %1</source>
        <translation>検証付きの TLSA 問い合わせに失敗しました: %1</translation>
    </message>
    <message>
        <source>the validated TLSA lookup ended with DNS error code %1</source>
        <translation>検証付きの TLSA 問い合わせが DNS エラーコード %1 で終了しました</translation>
    </message>
</context>
<context>
    <name>rebound::data::auth</name>
    <message>
        <source>%1 Explanation: %2</source>
        <extracomment>text spf_explanation</extracomment>
        <translation>%1 説明: %2</translation>
    </message>
    <message>
        <source>Sender domain: %1</source>
        <extracomment>text sender_domain</extracomment>
        <translation>送信者ドメイン: %1</translation>
    </message>
    <message>
        <source>could not resolve: %1</source>
        <extracomment>text mx_unresolved</extracomment>
        <translation>名前解決できません: %1</translation>
    </message>
    <message>
        <source>the host name has no A or AAAA record</source>
        <extracomment>text mx_no_address</extracomment>
        <translation>ホスト名に A レコードも AAAA レコードもありません</translation>
    </message>
    <message>
        <source>resolves to %1, which is not reachable from the Internet (%2)</source>
        <extracomment>text mx_special_address</extracomment>
        <translation>%1 に解決されますが、インターネットから到達できません (%2)</translation>
    </message>
    <message>
        <source>the MX target is an IP address, not a host name (RFC 5321 5.1)</source>
        <extracomment>text mx_ip_literal</extracomment>
        <translation>MX の宛先がホスト名ではなく IP アドレスです (RFC 5321 5.1)</translation>
    </message>
    <message>
        <source>%1 publishes no SPF record</source>
        <extracomment>finding spf.missing: title</extracomment>
        <translation>%1 は SPF レコードを公開していません</translation>
    </message>
    <message>
        <source>Without SPF, receivers cannot tell authorized senders from forgers, and many (Gmail, Yahoo) reject or junk bulk mail from such domains. Publish a TXT record starting with &quot;v=spf1&quot;.</source>
        <extracomment>finding spf.missing: detail</extracomment>
        <translation>SPF がないと、受信側は正規の送信者となりすましを区別できず、多く (Gmail、Yahoo) はそのようなドメインからの大量メールを拒否するか迷惑メールにします。「v=spf1」で始まる TXT レコードを公開してください。</translation>
    </message>
    <message>
        <source>%1 publishes %2 SPF records</source>
        <extracomment>finding spf.multiple_records: title</extracomment>
        <translation>%1 は SPF レコードを %2 件公開しています</translation>
    </message>
    <message>
        <source>RFC 7208 4.5: more than one &quot;v=spf1&quot; record is a permanent error, so SPF fails for all mail. Merge them into one record.</source>
        <extracomment>finding spf.multiple_records: detail</extracomment>
        <translation>RFC 7208 4.5: 「v=spf1」レコードが複数あると恒久的エラーとなり、すべてのメールで SPF が失敗します。1 つのレコードにまとめてください。</translation>
    </message>
    <message>
        <source>Syntax error in the SPF record of %1</source>
        <extracomment>finding spf.syntax_error: title</extracomment>
        <translation>%1 の SPF レコードに構文エラーがあります</translation>
    </message>
    <message>
        <source>%1. Any syntax error makes the whole record a permanent error (RFC 7208 4.6).</source>
        <extracomment>finding spf.syntax_error: detail</extracomment>
        <translation>%1。構文エラーが 1 つでもあると、レコード全体が恒久的エラーになります (RFC 7208 4.6)。</translation>
    </message>
    <message>
        <source>%1 target %2 has no SPF record</source>
        <extracomment>finding spf.include_without_record: title</extracomment>
        <translation>%1 の対象 %2 に SPF レコードがありません</translation>
    </message>
    <message>
        <source>An include or redirect of a domain without an SPF record is a permanent error. Remove the term or fix the name.</source>
        <extracomment>finding spf.include_without_record: detail</extracomment>
        <translation>SPF レコードのないドメインへの include や redirect は恒久的エラーです。その項目を削除するか、名前を修正してください。</translation>
    </message>
    <message>
        <source>SPF include loop: %1 includes itself</source>
        <extracomment>finding spf.include_loop: title</extracomment>
        <translation>SPF の include ループ: %1 が自分自身を include しています</translation>
    </message>
    <message>
        <source>The loop only ends when the 10-lookup limit is hit, which is a permanent error.</source>
        <extracomment>finding spf.include_loop: detail</extracomment>
        <translation>ループは 10 回のルックアップ上限に達したときにだけ終わり、それは恒久的エラーです。</translation>
    </message>
    <message>
        <source>The TXT records at %1 are too long for one plain UDP answer</source>
        <extracomment>finding spf.record_too_long: title</extracomment>
        <translation>%1 の TXT レコードは通常の UDP 応答 1 つに収まらないほど長すぎます</translation>
    </message>
    <message>
        <source>%1 bytes of TXT data. Answers over 512 bytes need EDNS0 or TCP; some receivers&apos; resolvers then fail and report temperror. Shorten the record or move senders into an include.</source>
        <extracomment>finding spf.record_too_long: detail</extracomment>
        <translation>TXT データは %1 バイトです。512 バイトを超える応答には EDNS0 か TCP が必要で、受信側のリゾルバーによっては失敗して temperror を返します。レコードを短くするか、送信者を include に移してください。</translation>
    </message>
    <message>
        <source>SPF of %1 could not be checked</source>
        <extracomment>finding spf.dns_error: title</extracomment>
        <translation>%1 の SPF を確認できません</translation>
    </message>
    <message>
        <source>%1. Receivers get a temporary error and may defer mail.</source>
        <extracomment>finding spf.dns_error: detail</extracomment>
        <translation>%1。受信側では一時的なエラーになり、メールを保留することがあります。</translation>
    </message>
    <message>
        <source>%1 uses the deprecated &apos;ptr&apos; mechanism</source>
        <extracomment>finding spf.deprecated_ptr: title</extracomment>
        <translation>%1 は非推奨の &apos;ptr&apos; メカニズムを使っています</translation>
    </message>
    <message>
        <source>RFC 7208 5.5 says ptr SHOULD NOT be used: it is slow, unreliable and loads the DNS servers of the connecting IP&apos;s owner. List the senders with ip4/ip6 or a instead.</source>
        <extracomment>finding spf.deprecated_ptr: detail</extracomment>
        <translation>RFC 7208 5.5 は ptr を使うべきではない (SHOULD NOT) としています。遅く、信頼性が低く、接続元 IP の所有者の DNS サーバーに負荷をかけます。代わりに ip4/ip6 または a で送信者を列挙してください。</translation>
    </message>
    <message>
        <source>%1 ends with &apos;+all&apos;: any host may send as this domain</source>
        <extracomment>finding spf.pass_all: title</extracomment>
        <translation>%1 は &apos;+all&apos; で終わっています: どのホストでもこのドメインとして送信できます</translation>
    </message>
    <message>
        <source>&apos;+all&apos; authorizes the whole Internet; spammers can pass SPF as this domain. Use &apos;~all&apos; or &apos;-all&apos;.</source>
        <extracomment>finding spf.pass_all: detail</extracomment>
        <translation>&apos;+all&apos; はインターネット全体を許可します。スパマーがこのドメインとして SPF に合格できます。&apos;~all&apos; または &apos;-all&apos; を使ってください。</translation>
    </message>
    <message>
        <source>%1 ends with &apos;?all&apos;, which protects nothing</source>
        <extracomment>finding spf.neutral_all: title</extracomment>
        <translation>%1 は &apos;?all&apos; で終わっており、何も保護しません</translation>
    </message>
    <message>
        <source>A neutral result is treated like no SPF at all. Once every sender is listed, use &apos;~all&apos; or &apos;-all&apos;.</source>
        <extracomment>finding spf.neutral_all: detail</extracomment>
        <translation>neutral の結果は SPF がないのと同じに扱われます。送信者をすべて列挙したら &apos;~all&apos; または &apos;-all&apos; を使ってください。</translation>
    </message>
    <message>
        <source>%1&apos;s SPF record has no &apos;all&apos; term and no redirect</source>
        <extracomment>finding spf.no_all: title</extracomment>
        <translation>%1 の SPF レコードには &apos;all&apos; 項目も redirect もありません</translation>
    </message>
    <message>
        <source>Hosts that match nothing get &apos;neutral&apos;, which receivers treat like no SPF. End the record with &apos;~all&apos; or &apos;-all&apos;.</source>
        <extracomment>finding spf.no_all: detail</extracomment>
        <translation>どれにも一致しないホストは &apos;neutral&apos; になり、受信側は SPF がないのと同じに扱います。レコードを &apos;~all&apos; または &apos;-all&apos; で終えてください。</translation>
    </message>
    <message>
        <source>SPF of %1 needs more than 10 DNS lookups</source>
        <extracomment>finding spf.too_many_lookups: title</extracomment>
        <translation>%1 の SPF は 10 回を超える DNS ルックアップを必要とします</translation>
    </message>
    <message>
        <source>RFC 7208 4.6.4 allows 10 DNS-querying terms (include, a, mx, ptr, exists, redirect) per evaluation; beyond that the result is permerror and SPF fails for every sender. Replace includes with ip4/ip6 ranges or drop unused services.</source>
        <extracomment>finding spf.too_many_lookups: detail</extracomment>
        <translation>RFC 7208 4.6.4 では、1 回の評価で DNS を問い合わせる項目 (include、a、mx、ptr、exists、redirect) は 10 個までです。それを超えると permerror となり、すべての送信者で SPF が失敗します。include を ip4/ip6 の範囲に置き換えるか、使っていないサービスを外してください。</translation>
    </message>
    <message>
        <source>SPF of %1 uses %2 of 10 DNS lookups</source>
        <extracomment>finding spf.lookups_near_limit: title</extracomment>
        <translation>%1 の SPF は DNS ルックアップ 10 回中 %2 回を使っています</translation>
    </message>
    <message>
        <source>A provider adding one include to its own record can push this over the limit.</source>
        <extracomment>finding spf.lookups_near_limit: detail</extracomment>
        <translation>プロバイダーが自分のレコードに include を 1 つ追加するだけで上限を超えることがあります。</translation>
    </message>
    <message>
        <source>SPF of %1 has more than 2 lookups that return nothing</source>
        <extracomment>finding spf.too_many_void_lookups: title</extracomment>
        <translation>%1 の SPF には何も返さないルックアップが 2 回を超えてあります</translation>
    </message>
    <message>
        <source>RFC 7208 4.6.4: more than two DNS lookups answering NXDOMAIN or no records make the result permerror. Remove terms that name hosts that no longer exist.</source>
        <extracomment>finding spf.too_many_void_lookups: detail</extracomment>
        <translation>RFC 7208 4.6.4: NXDOMAIN またはレコードなしを返す DNS ルックアップが 2 回を超えると permerror になります。もう存在しないホストを指す項目を削除してください。</translation>
    </message>
    <message>
        <source>SPF of %1 is a permanent error</source>
        <extracomment>finding spf.permerror: title</extracomment>
        <translation>%1 の SPF は恒久的エラーです</translation>
    </message>
    <message>
        <source>SPF %1 for %2 sending as %3</source>
        <extracomment>finding spf.result_fail: title</extracomment>
        <translation>%2 が %3 として送信した場合の SPF は %1</translation>
    </message>
    <message>
        <source>SPF %1 for the HELO name %2</source>
        <extracomment>finding spf.helo_fail: title</extracomment>
        <translation>HELO 名 %2 の SPF は %1</translation>
    </message>
    <message>
        <source>%1. Receivers that check the HELO identity (RFC 7208 2.3) may reject; publish &quot;v=spf1 a -all&quot; at the host name.</source>
        <extracomment>finding spf.helo_fail: detail</extracomment>
        <translation>%1。HELO のアイデンティティを確認する受信側 (RFC 7208 2.3) は拒否することがあります。ホスト名に「v=spf1 a -all」を公開してください。</translation>
    </message>
    <message>
        <source>The DMARC record of %1 could not be checked</source>
        <extracomment>finding dmarc.dns_error: title</extracomment>
        <translation>%1 の DMARC レコードを確認できません</translation>
    </message>
    <message>
        <source>The lookup of %1 failed (%2); receivers may treat the domain as having no policy or defer mail.</source>
        <extracomment>finding dmarc.dns_error: detail</extracomment>
        <translation>%1 の問い合わせに失敗しました (%2)。受信側はドメインをポリシーなしとして扱うか、メールを保留することがあります。</translation>
    </message>
    <message>
        <source>%1 publishes no DMARC record</source>
        <extracomment>finding dmarc.missing: title</extracomment>
        <translation>%1 は DMARC レコードを公開していません</translation>
    </message>
    <message>
        <source>_dmarc.%1 has no &quot;v=DMARC1&quot; record. Gmail and Yahoo require DMARC from bulk senders; start with &quot;v=DMARC1; p=none; rua=mailto:...&quot;.</source>
        <extracomment>finding dmarc.missing: detail</extracomment>
        <translation>_dmarc.%1 に「v=DMARC1」レコードがありません。Gmail と Yahoo は大量送信者に DMARC を求めています。まず「v=DMARC1; p=none; rua=mailto:...」から始めてください。</translation>
    </message>
    <message>
        <source>%1 publishes %2 DMARC records</source>
        <extracomment>finding dmarc.multiple_records: title</extracomment>
        <translation>%1 は DMARC レコードを %2 件公開しています</translation>
    </message>
    <message>
        <source>DMARC record error: %1</source>
        <extracomment>finding dmarc.invalid_tag: title</extracomment>
        <translation>DMARC レコードのエラー: %1</translation>
    </message>
    <message>
        <source>Receivers may ignore the whole record or the tag; fix the value.</source>
        <extracomment>finding dmarc.invalid_tag: detail</extracomment>
        <translation>受信側はレコード全体またはそのタグを無視することがあります。値を修正してください。</translation>
    </message>
    <message>
        <source>DMARC record: %1</source>
        <extracomment>finding dmarc.questionable_tag: title</extracomment>
        <translation>DMARC レコード: %1</translation>
    </message>
    <message>
        <source>DMARC policy of %1 is p=none (monitoring only)</source>
        <extracomment>finding dmarc.policy_none: title</extracomment>
        <translation>%1 の DMARC ポリシーは p=none (監視のみ) です</translation>
    </message>
    <message>
        <source>Receivers report but do not act on failing mail, so forged mail is delivered. Once the aggregate reports show all legitimate mail aligned, move to p=quarantine, then p=reject.</source>
        <extracomment>finding dmarc.policy_none: detail</extracomment>
        <translation>受信側はレポートを送るだけで失敗したメールに対処しないため、なりすましメールも配送されます。集約レポートで正規のメールがすべてアライメントしていると確認できたら、p=quarantine、次に p=reject へ移行してください。</translation>
    </message>
    <message>
        <source>Subdomains get a weaker policy (sp=%1) than the domain (p=%2)</source>
        <extracomment>finding dmarc.weaker_subdomain_policy: title</extracomment>
        <translation>サブドメインのポリシー (sp=%1) がドメイン (p=%2) より弱くなっています</translation>
    </message>
    <message>
        <source>Forgers can use any subdomain name to get the weaker treatment.</source>
        <extracomment>finding dmarc.weaker_subdomain_policy: detail</extracomment>
        <translation>なりすましは任意のサブドメイン名を使って弱い扱いを受けられます。</translation>
    </message>
    <message>
        <source>The DMARC record asks for no aggregate reports</source>
        <extracomment>finding dmarc.no_rua: title</extracomment>
        <translation>DMARC レコードは集約レポートを求めていません</translation>
    </message>
    <message>
        <source>Without rua= you cannot see who sends as your domain or whether it aligns.</source>
        <extracomment>finding dmarc.no_rua: detail</extracomment>
        <translation>rua= がないと、誰がドメインを名乗って送信しているか、アライメントしているかを確認できません。</translation>
    </message>
    <message>
        <source>The DMARC record is in testing mode (t=y)</source>
        <extracomment>finding dmarc.testing: title</extracomment>
        <translation>DMARC レコードはテストモード (t=y) です</translation>
    </message>
    <message>
        <source>RFC 9989: receivers apply one level weaker policy while t=y.</source>
        <extracomment>finding dmarc.testing: detail</extracomment>
        <translation>RFC 9989: t=y の間、受信側は 1 段階弱いポリシーを適用します。</translation>
    </message>
    <message>
        <source>Could not check whether %1 accepts DMARC reports for %2</source>
        <extracomment>finding dmarc.external_unverified: title</extracomment>
        <translation>%1 が %2 の DMARC レポートを受け付けるか確認できません</translation>
    </message>
    <message>
        <source>The lookup of the authorization record failed: %1</source>
        <extracomment>finding dmarc.external_unverified: detail</extracomment>
        <translation>認可レコードの問い合わせに失敗しました: %1</translation>
    </message>
    <message>
        <source>Reports to %1 are not authorized</source>
        <extracomment>finding dmarc.external_unauthorized: title</extracomment>
        <translation>%1 へのレポートは認可されていません</translation>
    </message>
    <message>
        <source>%1 has no &quot;v=DMARC1&quot; TXT record, so receivers will not send reports there (RFC 7489 7.1). Ask the report provider to publish it.</source>
        <extracomment>finding dmarc.external_unauthorized: detail</extracomment>
        <translation>%1 に「v=DMARC1」TXT レコードがないため、受信側はそこへレポートを送りません (RFC 7489 7.1)。レポートの提供者に公開を依頼してください。</translation>
    </message>
    <message>
        <source>MAIL FROM domain %1 does not align with %2 (%3)</source>
        <extracomment>finding dmarc.spf_not_aligned: title</extracomment>
        <translation>MAIL FROM ドメイン %1 は %2 とアライメントしていません (%3)</translation>
    </message>
    <message>
        <source>SPF cannot make DMARC pass for this mail; DMARC then depends on an aligned DKIM signature (d= in the From domain).</source>
        <extracomment>finding dmarc.spf_not_aligned: detail</extracomment>
        <translation>このメールでは SPF によって DMARC を合格させられません。DMARC はアライメントした DKIM 署名 (From ドメインの d=) に依存します。</translation>
    </message>
    <message>
        <source>The DKIM key %1 could not be checked</source>
        <extracomment>finding dkim.dns_error: title</extracomment>
        <translation>DKIM キー %1 を確認できません</translation>
    </message>
    <message>
        <source>The lookup ended with %1; receivers get a temporary DKIM error.</source>
        <extracomment>finding dkim.dns_error: detail</extracomment>
        <translation>問い合わせは %1 で終わりました。受信側では一時的な DKIM エラーになります。</translation>
    </message>
    <message>
        <source>No DKIM key at %1</source>
        <extracomment>finding dkim.key_missing: title</extracomment>
        <translation>%1 に DKIM キーがありません</translation>
    </message>
    <message>
        <source>Signatures with this selector fail with &quot;no key for signature&quot;. Publish the key your signer uses, or check the selector name.</source>
        <extracomment>finding dkim.key_missing: detail</extracomment>
        <translation>このセレクターの署名は「no key for signature」で失敗します。署名側が使うキーを公開するか、セレクター名を確認してください。</translation>
    </message>
    <message>
        <source>%1 publishes %2 key records</source>
        <extracomment>finding dkim.multiple_keys: title</extracomment>
        <translation>%1 はキーのレコードを %2 件公開しています</translation>
    </message>
    <message>
        <source>Receivers pick one at random, so verification fails part of the time.</source>
        <extracomment>finding dkim.multiple_keys: detail</extracomment>
        <translation>受信側は無作為に 1 つを選ぶため、検証がときどき失敗します。</translation>
    </message>
    <message>
        <source>DKIM key %1: %2</source>
        <extracomment>finding dkim.key_revoked: title</extracomment>
        <translation>DKIM キー %1: %2</translation>
    </message>
    <message>
        <source>No DKIM key found among %1 common selectors</source>
        <extracomment>finding dkim.no_common_selector: title</extracomment>
        <translation>よく使われる %1 個のセレクターに DKIM キーが見つかりません</translation>
    </message>
    <message>
        <source>DKIM selectors can be any name; give the one from a message&apos;s DKIM-Signature (s=) with --selector to check it.</source>
        <extracomment>finding dkim.no_common_selector: detail</extracomment>
        <translation>DKIM セレクターには任意の名前を使えます。メッセージの DKIM-Signature (s=) にあるセレクターを --selector で指定すると確認できます。</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <extracomment>finding mx.nxdomain: title</extracomment>
        <translation>%1 は存在しません</translation>
    </message>
    <message>
        <source>The DNS says the domain does not exist (NXDOMAIN): mail to it bounces and mail from it is rejected by most receivers.</source>
        <extracomment>finding mx.nxdomain: detail</extracomment>
        <translation>DNS によるとドメインが存在しません (NXDOMAIN)。このドメイン宛てのメールはバウンスし、このドメインからのメールはほとんどの受信側に拒否されます。</translation>
    </message>
    <message>
        <source>The MX records of %1 could not be checked</source>
        <extracomment>finding mx.dns_error: title</extracomment>
        <translation>%1 の MX レコードを確認できません</translation>
    </message>
    <message>
        <source>The MX lookup ended with %1; senders will defer mail until it answers.</source>
        <extracomment>finding mx.dns_error: detail</extracomment>
        <translation>MX の問い合わせは %1 で終わりました。応答するまで、送信側はメールを保留します。</translation>
    </message>
    <message>
        <source>%1 cannot receive mail: no MX and no address</source>
        <extracomment>finding mx.no_mail_route: title</extracomment>
        <translation>%1 はメールを受信できません: MX もアドレスもありません</translation>
    </message>
    <message>
        <source>Without MX records senders fall back to the A/AAAA records (RFC 5321 5.1); there are none, so mail to this domain bounces. Many receivers also reject mail from domains that cannot receive replies.</source>
        <extracomment>finding mx.no_mail_route: detail</extracomment>
        <translation>MX レコードがない場合、送信側は A/AAAA レコードを使います (RFC 5321 5.1)。それもないため、このドメイン宛てのメールはバウンスします。返信を受け取れないドメインからのメールを拒否する受信側も多くあります。</translation>
    </message>
    <message>
        <source>%1 has no MX records</source>
        <extracomment>finding mx.implicit: title</extracomment>
        <translation>%1 には MX レコードがありません</translation>
    </message>
    <message>
        <source>Senders deliver to the domain&apos;s own A/AAAA address (implicit MX). Publish an MX record, or a null MX (&quot;0 .&quot;, RFC 7505) if the domain takes no mail.</source>
        <extracomment>finding mx.implicit: detail</extracomment>
        <translation>送信側はドメイン自身の A/AAAA アドレスに配送します (暗黙の MX)。MX レコードを公開するか、メールを受け付けないドメインならヌル MX (「0 .」、RFC 7505) を公開してください。</translation>
    </message>
    <message>
        <source>%1 publishes a null MX: it accepts no mail</source>
        <extracomment>finding mx.null: title</extracomment>
        <translation>%1 はヌル MX を公開しています: メールを受け付けません</translation>
    </message>
    <message>
        <source>RFC 7505: senders bounce mail to this domain at once. Receivers may reject mail whose MAIL FROM uses it, since bounces could not be delivered.</source>
        <extracomment>finding mx.null: detail</extracomment>
        <translation>RFC 7505: このドメイン宛てのメールは送信側ですぐにバウンスします。バウンスを配送できないため、MAIL FROM にこのドメインを使うメールは受信側に拒否されることがあります。</translation>
    </message>
    <message>
        <source>%1 mixes a null MX with other MX records</source>
        <extracomment>finding mx.null_mixed: title</extracomment>
        <translation>%1 はヌル MX と他の MX レコードを混在させています</translation>
    </message>
    <message>
        <source>RFC 7505 3.3: a null MX must be the only MX record, with preference 0. Remove either the null MX or the others.</source>
        <extracomment>finding mx.null_mixed: detail</extracomment>
        <translation>RFC 7505 3.3: ヌル MX は優先度 0 の唯一の MX レコードでなければなりません。ヌル MX か他のレコードのどちらかを削除してください。</translation>
    </message>
    <message>
        <source>MX target %1 is an IP address</source>
        <extracomment>finding mx.ip_literal: title</extracomment>
        <translation>MX の宛先 %1 は IP アドレスです</translation>
    </message>
    <message>
        <source>An MX must name a host, not an IP address (RFC 5321 5.1). Senders look it up as a name and fail; point the MX at a host name.</source>
        <extracomment>finding mx.ip_literal: detail</extracomment>
        <translation>MX は IP アドレスではなくホストを指定しなければなりません (RFC 5321 5.1)。送信側は名前として引こうとして失敗します。MX をホスト名に向けてください。</translation>
    </message>
    <message>
        <source>MX host %1 is unusable</source>
        <extracomment>finding mx.unresolvable: title</extracomment>
        <translation>MX ホスト %1 は使えません</translation>
    </message>
    <message>
        <source>MX target %1 is a CNAME (to %2)</source>
        <extracomment>finding mx.cname: title</extracomment>
        <translation>MX の宛先 %1 は CNAME です (%2 へ)</translation>
    </message>
    <message>
        <source>RFC 2181 10.3 and RFC 5321 5.1: an MX must name a host&apos;s canonical name. Most senders cope, some do not; point the MX at the canonical name.</source>
        <extracomment>finding mx.cname: detail</extracomment>
        <translation>RFC 2181 10.3 と RFC 5321 5.1: MX はホストの正規名を指定しなければなりません。ほとんどの送信側は対応できますが、できないものもあります。MX を正規名に向けてください。</translation>
    </message>
    <message>
        <source>The %1 record %2 could not be checked</source>
        <extracomment>finding policy.mta_sts.dns_error: title</extracomment>
        <translation>%1 レコード %2 を確認できません</translation>
    </message>
    <message>
        <source>%1 publishes %2 %3 records</source>
        <extracomment>finding policy.mta_sts.multiple: title</extracomment>
        <translation>%1 は %3 レコードを %2 件公開しています</translation>
    </message>
    <message>
        <source>With more than one record, senders and receivers ignore them all.</source>
        <extracomment>finding policy.mta_sts.multiple: detail</extracomment>
        <translation>レコードが複数あると、送信側も受信側もすべてを無視します。</translation>
    </message>
    <message>
        <source>%1 record at %2: %3</source>
        <extracomment>finding policy.mta_sts.invalid: title</extracomment>
        <translation>%2 の %1 レコード: %3</translation>
    </message>
    <message>
        <source>BIMI is published but DMARC is not enforced</source>
        <extracomment>finding policy.bimi.dmarc_not_enforced: title</extracomment>
        <translation>BIMI は公開されていますが DMARC が強制されていません</translation>
    </message>
    <message>
        <source>Mailbox providers show a BIMI logo only with p=quarantine or p=reject at pct=100.</source>
        <extracomment>finding policy.bimi.dmarc_not_enforced: detail</extracomment>
        <translation>メールボックス事業者が BIMI ロゴを表示するのは、pct=100 で p=quarantine または p=reject の場合だけです。</translation>
    </message>
    <message>
        <source>The sender address %1 is not valid</source>
        <extracomment>finding address.syntax: title</extracomment>
        <translation>送信者アドレス %1 は無効です</translation>
    </message>
    <message>
        <source>%1 is a disposable-mail domain</source>
        <extracomment>finding address.disposable: title</extracomment>
        <translation>%1 は使い捨てメールのドメインです</translation>
    </message>
    <message>
        <source>Mail from throw-away domains is often rejected or junked.</source>
        <extracomment>finding address.disposable: detail</extracomment>
        <translation>使い捨てドメインからのメールは拒否されるか迷惑メールに振り分けられがちです。</translation>
    </message>
    <message>
        <source>The sender address is internationalized</source>
        <extracomment>finding address.internationalized: title</extracomment>
        <translation>送信者アドレスは国際化アドレスです</translation>
    </message>
    <message>
        <source>A non-ASCII local part needs SMTPUTF8 (RFC 6531) on every hop.</source>
        <extracomment>finding address.internationalized: detail</extracomment>
        <translation>ASCII 以外のローカル部には、経路のすべてで SMTPUTF8 (RFC 6531) が必要です。</translation>
    </message>
    <message>
        <source>%1 announces MTA-STS, so senders that support it try this fetch and, failing it, deliver as if no policy existed (or keep a cached one until it expires).</source>
        <extracomment>text mta_sts_txt_without_policy</extracomment>
        <translation>%1 は MTA-STS を告知しているため、対応する送信側はこの取得を試み、失敗するとポリシーがないものとして配送します (またはキャッシュしたポリシーを期限切れまで使い続けます)。</translation>
    </message>
    <message>
        <source>no DMARC policy</source>
        <extracomment>text dmarc_no_policy</extracomment>
        <translation>DMARC ポリシーなし</translation>
    </message>
    <message>
        <source>p=%1 from %2</source>
        <extracomment>text dmarc_policy_from</extracomment>
        <translation>p=%1 (%2 から)</translation>
    </message>
    <message>
        <source>Neither _dmarc.%1 nor any name above it up to _dmarc.%2 has a &quot;v=DMARC1&quot; record (RFC 9989 DNS tree walk). Gmail and Yahoo require DMARC from bulk senders; start with &quot;v=DMARC1; p=none; rua=mailto:...&quot;.</source>
        <extracomment>finding dmarc.missing: detail_organizational</extracomment>
        <translation>_dmarc.%1 にも、その上位から _dmarc.%2 までのどの名前にも「v=DMARC1」レコードがありません (RFC 9989 の DNS ツリーウォーク)。Gmail と Yahoo は大量送信者に DMARC を求めています。まず「v=DMARC1; p=none; rua=mailto:...」から始めてください。</translation>
    </message>
    <message>
        <source>RFC 9989 4.10: with more than one record, receivers apply no DMARC policy at all. Keep one.</source>
        <extracomment>finding dmarc.multiple_records: detail</extracomment>
        <translation>RFC 9989 4.10: レコードが複数あると、受信側は DMARC ポリシーをまったく適用しません。1 つだけにしてください。</translation>
    </message>
    <message>
        <source>%1 uses the DMARC policy of %2</source>
        <extracomment>finding dmarc.inherited: title</extracomment>
        <translation>%1 は %2 の DMARC ポリシーを使います</translation>
    </message>
    <message>
        <source>Found by the DNS tree walk (RFC 9989 4.10): np= applies when the domain does not exist, else sp=, else p=.</source>
        <extracomment>finding dmarc.inherited: detail</extracomment>
        <translation>DNS ツリーウォーク (RFC 9989 4.10) で見つかりました: ドメインが存在しない場合は np=、それ以外は sp=、それもなければ p= が適用されます。</translation>
    </message>
    <message>
        <source>Older receivers apply the DMARC policy to %1% of failing mail</source>
        <extracomment>finding dmarc.partial_pct: title</extracomment>
        <translation>古い受信側は、失敗したメールの %1% に DMARC ポリシーを適用します</translation>
    </message>
    <message>
        <source>RFC 9989 removed pct: receivers that follow it apply the policy to all failing mail (use t=y to test instead). Receivers of RFC 7489 still sample; raise it to 100 or remove it.</source>
        <extracomment>finding dmarc.partial_pct: detail</extracomment>
        <translation>RFC 9989 で pct は廃止されました: これに従う受信側は、失敗したすべてのメールにポリシーを適用します (テストには代わりに t=y を使ってください)。RFC 7489 の受信側は引き続き一部を抽出して適用します。100 に上げるか削除してください。</translation>
    </message>
    <message>
        <source>The DMARC record uses %1=, which RFC 9989 removed</source>
        <extracomment>finding dmarc.removed_tag: title</extracomment>
        <translation>DMARC レコードが、RFC 9989 で廃止された %1= を使っています</translation>
    </message>
    <message>
        <source>Receivers that follow RFC 9989 ignore it; older receivers may still honour it.</source>
        <extracomment>finding dmarc.removed_tag: detail</extracomment>
        <translation>RFC 9989 に従う受信側はこれを無視しますが、古い受信側はまだ従うことがあります。</translation>
    </message>
    <message>
        <source>Receivers that follow RFC 9989 ignore pct= and apply the policy to all failing mail (t=y is the way to test a policy now); older receivers still apply it to a sample.</source>
        <extracomment>finding dmarc.removed_tag: detail_pct</extracomment>
        <translation>RFC 9989 に従う受信側は pct= を無視し、失敗したすべてのメールにポリシーを適用します (現在ポリシーをテストするには t=y を使います)。古い受信側は引き続き一部を抽出して適用します。</translation>
    </message>
    <message>
        <source>Receivers that follow RFC 9989 ignore rf=; failure reports have one format. Older receivers may still read it.</source>
        <extracomment>finding dmarc.removed_tag: detail_rf</extracomment>
        <translation>RFC 9989 に従う受信側は rf= を無視します。失敗レポートの形式は 1 つだけです。古い受信側はまだ読み取ることがあります。</translation>
    </message>
    <message>
        <source>Receivers that follow RFC 9989 ignore ri= and send aggregate reports at least daily; older receivers may still honour the interval.</source>
        <extracomment>finding dmarc.removed_tag: detail_ri</extracomment>
        <translation>RFC 9989 に従う受信側は ri= を無視し、少なくとも毎日集約レポートを送ります。古い受信側はまだこの間隔に従うことがあります。</translation>
    </message>
    <message>
        <source>The DMARC record has tags receivers ignore: %1</source>
        <extracomment>finding dmarc.unknown_tag: title</extracomment>
        <translation>DMARC レコードに受信側が無視するタグがあります: %1</translation>
    </message>
    <message>
        <source>RFC 9989 4.7: unknown tags are ignored. Check them for typing mistakes.</source>
        <extracomment>finding dmarc.unknown_tag: detail</extracomment>
        <translation>RFC 9989 4.7: 不明なタグは無視されます。入力ミスがないか確認してください。</translation>
    </message>
    <message>
        <source>Older receivers take %1 as the organizational domain, RFC 9989 receivers %2</source>
        <extracomment>finding dmarc.psl_organizational_domain: title</extracomment>
        <translation>古い受信側は %1 を組織ドメインとみなし、RFC 9989 の受信側は %2 とみなします</translation>
    </message>
    <message>
        <source>RFC 7489 receivers use the Public Suffix List; RFC 9989&apos;s DNS tree walk finds %1 from the _dmarc records above %2. Relaxed SPF and DKIM alignment can give different answers at the two kinds of receiver.</source>
        <extracomment>finding dmarc.psl_organizational_domain: detail</extracomment>
        <translation>RFC 7489 の受信側はパブリックサフィックスリストを使います。RFC 9989 の DNS ツリーウォークは、%2 より上位の _dmarc レコードから %1 を見つけます。relaxed の SPF・DKIM アライメントは、この 2 種類の受信側で結果が異なることがあります。</translation>
    </message>
    <message>
        <source>Older receivers apply %1, RFC 9989 receivers %2</source>
        <extracomment>finding dmarc.psl_policy_differs: title</extracomment>
        <translation>古い受信側は %1 を、RFC 9989 の受信側は %2 を適用します</translation>
    </message>
    <message>
        <source>RFC 7489 receivers look only at the domain and its Public Suffix List organizational domain and do not know np=; RFC 9989 receivers walk the DNS tree. Publish a record at the domain itself to give both the same answer.</source>
        <extracomment>finding dmarc.psl_policy_differs: detail</extracomment>
        <translation>RFC 7489 の受信側は、ドメイン自身とパブリックサフィックスリストによる組織ドメインだけを参照し、np= を認識しません。RFC 9989 の受信側は DNS ツリーをたどります。ドメイン自身にレコードを公開すれば、両者に同じ結果を返せます。</translation>
    </message>
    <message>
        <source>The MTA-STS policy %1 could not be fetched</source>
        <extracomment>finding mta_sts.fetch_failed: title</extracomment>
        <translation>MTA-STS ポリシー %1 を取得できませんでした</translation>
    </message>
    <message>
        <source>%1</source>
        <extracomment>finding mta_sts.fetch_failed: detail</extracomment>
        <translation>%1</translation>
    </message>
    <message>
        <source>The certificate of %1 is not valid for that name</source>
        <extracomment>finding mta_sts.certificate: title</extracomment>
        <translation>%1 の証明書はその名前に対して有効ではありません</translation>
    </message>
    <message>
        <source>%1. RFC 8461 3.3: senders must validate the policy host&apos;s certificate (a trusted CA, the name mta-sts.&lt;domain&gt;); with an invalid one they ignore the policy and deliver without requiring TLS.</source>
        <extracomment>finding mta_sts.certificate: detail</extracomment>
        <translation>%1。RFC 8461 3.3: 送信側はポリシーホストの証明書 (信頼された CA、mta-sts.&lt;domain&gt; という名前) を検証しなければなりません。無効な証明書の場合、送信側はポリシーを無視し、TLS を必須とせずに配送します。</translation>
    </message>
    <message>
        <source>The MTA-STS policy %1 answers with a redirect</source>
        <extracomment>finding mta_sts.redirect: title</extracomment>
        <translation>MTA-STS ポリシー %1 がリダイレクトを返します</translation>
    </message>
    <message>
        <source>RFC 8461 3.3: senders must not follow redirects, so the policy is never read. Serve the file directly at this URL.</source>
        <extracomment>finding mta_sts.redirect: detail</extracomment>
        <translation>RFC 8461 3.3: 送信側はリダイレクトをたどってはならないため、ポリシーは読み取られません。この URL で直接ファイルを配信してください。</translation>
    </message>
    <message>
        <source>The MTA-STS policy %1 is larger than %2 bytes</source>
        <extracomment>finding mta_sts.too_large: title</extracomment>
        <translation>MTA-STS ポリシー %1 が %2 バイトを超えています</translation>
    </message>
    <message>
        <source>A policy is a few lines; senders limit the size they read (64 KB here) and drop a longer one.</source>
        <extracomment>finding mta_sts.too_large: detail</extracomment>
        <translation>ポリシーは数行程度のものです。送信側は読み取るサイズを制限しており (ここでは 64 KB)、それより長いものは破棄します。</translation>
    </message>
    <message>
        <source>The MTA-STS policy %1 did not arrive in time</source>
        <extracomment>finding mta_sts.timeout: title</extracomment>
        <translation>MTA-STS ポリシー %1 が時間内に届きませんでした</translation>
    </message>
    <message>
        <source>%1 Senders give up on slow policy hosts (RFC 8461 3.3 suggests about a minute) and deliver without it.</source>
        <extracomment>finding mta_sts.timeout: detail</extracomment>
        <translation>%1 送信側は応答の遅いポリシーホストをあきらめ (RFC 8461 3.3 では約 1 分を推奨)、ポリシーなしで配送します。</translation>
    </message>
    <message>
        <source>The policy host %1 resolves to a private or special-purpose address</source>
        <extracomment>finding mta_sts.address_refused: title</extracomment>
        <translation>ポリシーホスト %1 がプライベートまたは特殊用途のアドレスに解決されます</translation>
    </message>
    <message>
        <source>%1 Senders on the Internet cannot reach it. (rebound-cli domain --https-allow-private fetches it anyway, for a lab.)</source>
        <extracomment>finding mta_sts.address_refused: detail</extracomment>
        <translation>%1 インターネット上の送信側はそこに到達できません。(検証環境向けに、rebound-cli domain --https-allow-private ならそれでも取得します。)</translation>
    </message>
    <message>
        <source>The MTA-STS policy %1 answers HTTP %2</source>
        <extracomment>finding mta_sts.http_status: title</extracomment>
        <translation>MTA-STS ポリシー %1 が HTTP %2 を返します</translation>
    </message>
    <message>
        <source>RFC 8461 3.3: only a 200 answer is a policy. Serve the file at /.well-known/mta-sts.txt on the mta-sts host.</source>
        <extracomment>finding mta_sts.http_status: detail</extracomment>
        <translation>RFC 8461 3.3: ポリシーとみなされるのは 200 の応答だけです。mta-sts ホストの /.well-known/mta-sts.txt でファイルを配信してください。</translation>
    </message>
    <message>
        <source>The MTA-STS policy is served as &quot;%1&quot;, not text/plain</source>
        <extracomment>finding mta_sts.content_type: title</extracomment>
        <translation>MTA-STS ポリシーが text/plain ではなく「%1」として配信されています</translation>
    </message>
    <message>
        <source>RFC 8461 3.3 requires the media type text/plain; strict senders reject the policy otherwise.</source>
        <extracomment>finding mta_sts.content_type: detail</extracomment>
        <translation>RFC 8461 3.3 はメディアタイプ text/plain を必須としています。それ以外の場合、厳格な送信側はポリシーを拒否します。</translation>
    </message>
    <message>
        <source>The MTA-STS policy %1 is not valid</source>
        <extracomment>finding mta_sts.syntax: title</extracomment>
        <translation>MTA-STS ポリシー %1 は有効ではありません</translation>
    </message>
    <message>
        <source>Senders ignore a policy they cannot parse (RFC 8461 3.2): it needs version: STSv1, mode: enforce, testing or none, max_age in seconds (at most 31557600) and one mx: line per mail host pattern.</source>
        <extracomment>finding mta_sts.syntax: detail</extracomment>
        <translation>送信側は解析できないポリシーを無視します (RFC 8461 3.2): version: STSv1、mode: enforce・testing・none のいずれか、秒単位の max_age (最大 31557600)、メールホストのパターンごとに 1 行の mx: が必要です。</translation>
    </message>
    <message>
        <source>MTA-STS policy: %1</source>
        <extracomment>finding mta_sts.policy_warning: title</extracomment>
        <translation>MTA-STS ポリシー: %1</translation>
    </message>
    <message>
        <source>The MTA-STS policy is in testing mode</source>
        <extracomment>finding mta_sts.mode_testing: title</extracomment>
        <translation>MTA-STS ポリシーがテストモード (testing) です</translation>
    </message>
    <message>
        <source>Senders report TLS failures (with TLS-RPT) but still deliver. Switch to mode: enforce once the reports are clean.</source>
        <extracomment>finding mta_sts.mode_testing: detail</extracomment>
        <translation>送信側は TLS の失敗を (TLS-RPT で) 報告しますが、配送は行います。レポートに問題がなくなったら mode: enforce に切り替えてください。</translation>
    </message>
    <message>
        <source>The MTA-STS policy has mode none</source>
        <extracomment>finding mta_sts.mode_none: title</extracomment>
        <translation>MTA-STS ポリシーの mode が none です</translation>
    </message>
    <message>
        <source>Mode none withdraws the policy: senders stop requiring TLS for this domain.</source>
        <extracomment>finding mta_sts.mode_none: detail</extracomment>
        <translation>mode none はポリシーを取り下げます: 送信側はこのドメインに対して TLS を必須としなくなります。</translation>
    </message>
    <message>
        <source>The MTA-STS max_age is only %1 seconds</source>
        <extracomment>finding mta_sts.max_age_short: title</extracomment>
        <translation>MTA-STS の max_age がわずか %1 秒です</translation>
    </message>
    <message>
        <source>A short max_age lets a policy lapse between fetches, when an attacker can block the next fetch. RFC 8461 3.2 recommends weeks (e.g. 604800 or more).</source>
        <extracomment>finding mta_sts.max_age_short: detail</extracomment>
        <translation>max_age が短いと、取得と取得の間にポリシーが失効し、攻撃者が次の取得を妨害できる状況が生まれます。RFC 8461 3.2 は数週間 (例: 604800 以上) を推奨しています。</translation>
    </message>
    <message>
        <source>The policy file&apos;s id %1 differs from the TXT record&apos;s id %2</source>
        <extracomment>finding mta_sts.id_mismatch: title</extracomment>
        <translation>ポリシーファイルの id %1 が TXT レコードの id %2 と異なります</translation>
    </message>
    <message>
        <source>The id of the _mta-sts TXT record is what tells senders to fetch the policy again; RFC 8461 has no id in the policy file, but one that differs suggests that the record was not updated with the policy.</source>
        <extracomment>finding mta_sts.id_mismatch: detail</extracomment>
        <translation>送信側にポリシーの再取得を知らせるのは _mta-sts TXT レコードの id です。RFC 8461 ではポリシーファイルに id はありませんが、id が異なる場合、ポリシーの更新時にレコードが更新されなかったと考えられます。</translation>
    </message>
    <message>
        <source>MX hosts not covered by the MTA-STS policy: %1</source>
        <extracomment>finding mta_sts.mx_mismatch: title</extracomment>
        <translation>MTA-STS ポリシーの対象外の MX ホスト: %1</translation>
    </message>
    <message>
        <source>With mode enforce, senders refuse to deliver to an MX host that no mx: pattern matches (RFC 8461 4.1), and mail to it bounces or waits. Patterns in the policy: %1. Add the host, or a *.domain pattern (one label only), to the policy and change the TXT record&apos;s id.</source>
        <extracomment>finding mta_sts.mx_mismatch: detail</extracomment>
        <translation>mode enforce では、送信側はどの mx: パターンにも一致しない MX ホストへの配送を拒否し (RFC 8461 4.1)、そのホスト宛てのメールはバウンスするか待機します。ポリシー内のパターン: %1。ホスト、または *.domain パターン (ラベル 1 つ分のみ) をポリシーに追加し、TXT レコードの id を変更してください。</translation>
    </message>
    <message>
        <source>With mode testing, senders deliver anyway but report the failure in TLS-RPT; in enforce mode this mail would not be delivered. Patterns in the policy: %1.</source>
        <extracomment>finding mta_sts.mx_mismatch: detail_testing</extracomment>
        <translation>mode testing では、送信側は配送は行いますが、失敗を TLS-RPT で報告します。enforce モードではこのメールは配送されません。ポリシー内のパターン: %1。</translation>
    </message>
    <message>
        <source>A policy is served but %1 has no MTA-STS TXT record</source>
        <extracomment>finding mta_sts.no_txt_record: title</extracomment>
        <translation>ポリシーは配信されていますが、%1 に MTA-STS TXT レコードがありません</translation>
    </message>
    <message>
        <source>Senders fetch the policy only when the _mta-sts TXT record announces it (v=STSv1; id=...). Publish it.</source>
        <extracomment>finding mta_sts.no_txt_record: detail</extracomment>
        <translation>送信側がポリシーを取得するのは、_mta-sts TXT レコードで告知されている場合 (v=STSv1; id=...) だけです。公開してください。</translation>
    </message>
    <message>
        <source>MTA-STS without a TLS-RPT record (%1)</source>
        <extracomment>finding mta_sts.no_tls_rpt: title</extracomment>
        <translation>MTA-STS はありますが TLS-RPT レコードがありません (%1)</translation>
    </message>
    <message>
        <source>Without TLS reporting (RFC 8460) you will not hear of senders that fail to deliver under the policy. Publish v=TLSRPTv1; rua=mailto:... at %1.</source>
        <extracomment>finding mta_sts.no_tls_rpt: detail</extracomment>
        <translation>TLS レポート (RFC 8460) がないと、ポリシーのもとで配送に失敗した送信側のことを知ることができません。%1 に v=TLSRPTv1; rua=mailto:... を公開してください。</translation>
    </message>
    <message>
        <source>The BIMI logo %1 could not be fetched</source>
        <extracomment>finding bimi.svg_fetch_failed: title</extracomment>
        <translation>BIMI ロゴ %1 を取得できませんでした</translation>
    </message>
    <message>
        <source>The BIMI logo %1 is larger than %2 bytes</source>
        <extracomment>finding bimi.svg_too_large: title</extracomment>
        <translation>BIMI ロゴ %1 が %2 バイトを超えています</translation>
    </message>
    <message>
        <source>SVG Tiny PS logos for BIMI are limited to 32 KB; mailbox providers do not show a larger one. Simplify the paths or remove metadata.</source>
        <extracomment>finding bimi.svg_too_large: detail</extracomment>
        <translation>BIMI 用の SVG Tiny PS ロゴは 32 KB までです。メールボックス事業者はそれより大きいロゴを表示しません。パスを単純化するか、メタデータを削除してください。</translation>
    </message>
    <message>
        <source>The HTTPS certificate of %1 is not valid for that name</source>
        <extracomment>finding bimi.https_certificate: title</extracomment>
        <translation>%1 の HTTPS 証明書はその名前に対して有効ではありません</translation>
    </message>
    <message>
        <source>%1 Mailbox providers fetch the logo and the mark certificate only over valid HTTPS.</source>
        <extracomment>finding bimi.https_certificate: detail</extracomment>
        <translation>%1 メールボックス事業者は、有効な HTTPS 経由でのみロゴとマーク証明書を取得します。</translation>
    </message>
    <message>
        <source>The BIMI logo %1 is not SVG Tiny PS</source>
        <extracomment>finding bimi.svg_invalid: title</extracomment>
        <translation>BIMI ロゴ %1 は SVG Tiny PS に準拠していません</translation>
    </message>
    <message>
        <source>Mailbox providers show only logos in the SVG Tiny Portable/Secure profile: baseProfile=&quot;tiny-ps&quot; and version=&quot;1.2&quot; on the root, a &lt;title&gt;, a square viewBox, no scripts, animation, raster images, external references, DOCTYPE or entities. Export again with an SVG Tiny PS converter.</source>
        <extracomment>finding bimi.svg_invalid: detail</extracomment>
        <translation>メールボックス事業者が表示するのは SVG Tiny Portable/Secure プロファイルのロゴだけです: ルートに baseProfile=&quot;tiny-ps&quot; と version=&quot;1.2&quot;、&lt;title&gt; と正方形の viewBox があり、スクリプト、アニメーション、ラスター画像、外部参照、DOCTYPE、エンティティを含まないこと。SVG Tiny PS 変換ツールで書き出し直してください。</translation>
    </message>
    <message>
        <source>BIMI logo: %1</source>
        <extracomment>finding bimi.svg_warning: title</extracomment>
        <translation>BIMI ロゴ: %1</translation>
    </message>
    <message>
        <source>The BIMI record has no mark certificate (a=)</source>
        <extracomment>finding bimi.no_certificate: title</extracomment>
        <translation>BIMI レコードにマーク証明書 (a=) がありません</translation>
    </message>
    <message>
        <source>Gmail and Apple Mail show a logo only with a Verified Mark Certificate or Common Mark Certificate; Yahoo and some others show self-asserted logos.</source>
        <extracomment>finding bimi.no_certificate: detail</extracomment>
        <translation>Gmail と Apple Mail がロゴを表示するのは、Verified Mark Certificate または Common Mark Certificate がある場合だけです。Yahoo などは自己申告のロゴも表示します。</translation>
    </message>
    <message>
        <source>The BIMI mark certificate %1 could not be fetched</source>
        <extracomment>finding bimi.certificate_fetch_failed: title</extracomment>
        <translation>BIMI マーク証明書 %1 を取得できませんでした</translation>
    </message>
    <message>
        <source>The BIMI mark certificate %1 is larger than %2 bytes</source>
        <extracomment>finding bimi.certificate_too_large: title</extracomment>
        <translation>BIMI マーク証明書 %1 が %2 バイトを超えています</translation>
    </message>
    <message>
        <source>The BIMI mark certificate %1 holds no PEM certificate</source>
        <extracomment>finding bimi.certificate_unreadable: title</extracomment>
        <translation>BIMI マーク証明書 %1 に PEM 証明書が含まれていません</translation>
    </message>
    <message>
        <source>The a= URL must serve the VMC or CMC and its chain as PEM.</source>
        <extracomment>finding bimi.certificate_unreadable: detail</extracomment>
        <translation>a= の URL では、VMC または CMC とそのチェーンを PEM 形式で配信しなければなりません。</translation>
    </message>
    <message>
        <source>The mark certificate for %1 does not verify</source>
        <extracomment>finding bimi.certificate_chain: title</extracomment>
        <translation>%1 のマーク証明書を検証できません</translation>
    </message>
    <message>
        <source>%1. Mailbox providers accept only marks issued by the BIMI Group&apos;s authorized certificate authorities, with the intermediate certificates served after the leaf.</source>
        <extracomment>finding bimi.certificate_chain: detail</extracomment>
        <translation>%1。メールボックス事業者が受け入れるのは、BIMI Group が認定した認証局が発行し、リーフ証明書の後に中間証明書を付けて配信されたマークだけです。</translation>
    </message>
    <message>
        <source>The mark certificate for %1 lacks the BIMI key usage</source>
        <extracomment>finding bimi.certificate_usage: title</extracomment>
        <translation>%1 のマーク証明書に BIMI の鍵用途がありません</translation>
    </message>
    <message>
        <source>A VMC or CMC carries the extended key usage id-kp-BrandIndicatorforMessageIdentification (1.3.6.1.5.5.7.3.31); this certificate is not a mark certificate.</source>
        <extracomment>finding bimi.certificate_usage: detail</extracomment>
        <translation>VMC や CMC には拡張鍵用途 id-kp-BrandIndicatorforMessageIdentification (1.3.6.1.5.5.7.3.31) が含まれます。この証明書はマーク証明書ではありません。</translation>
    </message>
    <message>
        <source>The mark certificate does not name %1</source>
        <extracomment>finding bimi.certificate_domain: title</extracomment>
        <translation>マーク証明書に %1 が記載されていません</translation>
    </message>
    <message>
        <source>The VMC or CMC lists the domains it may be used for; this domain is not among them.</source>
        <extracomment>finding bimi.certificate_domain: detail</extracomment>
        <translation>VMC や CMC には使用できるドメインが記載されていますが、このドメインは含まれていません。</translation>
    </message>
    <message>
        <source>The mark certificate embeds no SVG logo</source>
        <extracomment>finding bimi.certificate_no_logo: title</extracomment>
        <translation>マーク証明書に SVG ロゴが埋め込まれていません</translation>
    </message>
    <message>
        <source>A VMC or CMC carries the logo in its logotype extension (RFC 3709) as a data: URI; none was found.</source>
        <extracomment>finding bimi.certificate_no_logo: detail</extracomment>
        <translation>VMC や CMC は logotype 拡張 (RFC 3709) に data: URI としてロゴを格納しますが、見つかりませんでした。</translation>
    </message>
    <message>
        <source>The logo at %1 is not the one in the mark certificate</source>
        <extracomment>finding bimi.certificate_logo_mismatch: title</extracomment>
        <translation>%1 のロゴはマーク証明書のロゴと異なります</translation>
    </message>
    <message>
        <source>Mailbox providers show the certificate&apos;s logo only when the published SVG is the same file. Publish the exact SVG that was certified.</source>
        <extracomment>finding bimi.certificate_logo_mismatch: detail</extracomment>
        <translation>メールボックス事業者が証明書のロゴを表示するのは、公開された SVG が同じファイルである場合だけです。認証を受けた SVG をそのまま公開してください。</translation>
    </message>
</context>
<context>
    <name>rebound::data::authtags</name>
    <message>
        <source>Version. Must be DMARC1 and come first, or receivers ignore the record.</source>
        <extracomment>DMARC tag v=</extracomment>
        <translation>バージョン。DMARC1 で先頭に置く必要があり、そうでないと受信側はレコードを無視します。</translation>
    </message>
    <message>
        <source>Policy for mail that fails DMARC: none (only report), quarantine (spam folder) or reject (refuse).</source>
        <extracomment>DMARC tag p=</extracomment>
        <translation>DMARC に失敗したメールのポリシー: none (レポートのみ)、quarantine (迷惑メールフォルダー)、reject (拒否)。</translation>
    </message>
    <message>
        <source>Policy for subdomains that publish no DMARC record of their own. Defaults to p.</source>
        <extracomment>DMARC tag sp=</extracomment>
        <translation>独自の DMARC レコードを公開していないサブドメインのポリシー。既定値は p。</translation>
    </message>
    <message>
        <source>Policy for subdomains that do not exist (RFC 9989). Defaults to sp.</source>
        <extracomment>DMARC tag np=</extracomment>
        <translation>存在しないサブドメインのポリシー (RFC 9989)。既定値は sp。</translation>
    </message>
    <message>
        <source>Percentage of failing mail the policy applies to; the rest is treated one step more leniently.</source>
        <extracomment>DMARC tag pct=</extracomment>
        <translation>ポリシーを適用する失敗メールの割合。残りは一段階緩く扱われます。</translation>
    </message>
    <message>
        <source>DKIM alignment: r (relaxed, same organisational domain) or s (strict, exact domain).</source>
        <extracomment>DMARC tag adkim=</extracomment>
        <translation>DKIM アライメント: r (relaxed、同じ組織ドメイン) または s (strict、完全一致)。</translation>
    </message>
    <message>
        <source>SPF alignment: r (relaxed, same organisational domain) or s (strict, exact domain).</source>
        <extracomment>DMARC tag aspf=</extracomment>
        <translation>SPF アライメント: r (relaxed、同じ組織ドメイン) または s (strict、完全一致)。</translation>
    </message>
    <message>
        <source>Where receivers send daily aggregate reports (mailto: addresses).</source>
        <extracomment>DMARC tag rua=</extracomment>
        <translation>受信側が日次の集計レポートを送る宛先 (mailto: アドレス)。</translation>
    </message>
    <message>
        <source>Where receivers send per-message failure reports; few receivers send them.</source>
        <extracomment>DMARC tag ruf=</extracomment>
        <translation>受信側がメッセージごとの失敗レポートを送る宛先。送る受信側はわずかです。</translation>
    </message>
    <message>
        <source>When failure reports are wanted: 0 (all fail), 1 (any fails), d (DKIM fails), s (SPF fails).</source>
        <extracomment>DMARC tag fo=</extracomment>
        <translation>失敗レポートを求める条件: 0 (すべて失敗)、1 (いずれか失敗)、d (DKIM 失敗)、s (SPF 失敗)。</translation>
    </message>
    <message>
        <source>Format of failure reports (afrf).</source>
        <extracomment>DMARC tag rf=</extracomment>
        <translation>失敗レポートの形式 (afrf)。</translation>
    </message>
    <message>
        <source>Interval between aggregate reports, in seconds (usually ignored; daily).</source>
        <extracomment>DMARC tag ri=</extracomment>
        <translation>集計レポートの間隔 (秒)。通常は無視され、日次です。</translation>
    </message>
    <message>
        <source>Public suffix domain flag (RFC 9989): y, n or u.</source>
        <extracomment>DMARC tag psd=</extracomment>
        <translation>パブリックサフィックスドメインのフラグ (RFC 9989): y、n、u。</translation>
    </message>
    <message>
        <source>Testing mode (RFC 9989): t=y asks receivers to apply the policy one step more leniently.</source>
        <extracomment>DMARC tag t=</extracomment>
        <translation>テストモード (RFC 9989): t=y は受信側にポリシーを一段階緩く適用するよう求めます。</translation>
    </message>
    <message>
        <source>Version. DKIM1 when present; must come first.</source>
        <extracomment>DKIM tag v=</extracomment>
        <translation>バージョン。存在する場合は DKIM1 で、先頭に置く必要があります。</translation>
    </message>
    <message>
        <source>Key type: rsa (default) or ed25519.</source>
        <extracomment>DKIM tag k=</extracomment>
        <translation>鍵の種類: rsa (既定) または ed25519。</translation>
    </message>
    <message>
        <source>The public key, base64. Empty means the key was revoked: signatures with it fail.</source>
        <extracomment>DKIM tag p=</extracomment>
        <translation>公開鍵 (base64)。空の場合は鍵が失効しており、その鍵による署名は失敗します。</translation>
    </message>
    <message>
        <source>Hash algorithms the key may be used with (sha256; sha1 is obsolete).</source>
        <extracomment>DKIM tag h=</extracomment>
        <translation>この鍵で使えるハッシュアルゴリズム (sha256。sha1 は廃止)。</translation>
    </message>
    <message>
        <source>Service types the key is for: * (all) or email.</source>
        <extracomment>DKIM tag s=</extracomment>
        <translation>鍵の対象サービス: * (すべて) または email。</translation>
    </message>
    <message>
        <source>Flags: y (testing, receivers treat failures as unsigned), s (the i= domain must equal d=).</source>
        <extracomment>DKIM tag t=</extracomment>
        <translation>フラグ: y (テスト中。受信側は失敗を未署名として扱う)、s (i= のドメインは d= と一致する必要がある)。</translation>
    </message>
    <message>
        <source>Notes for people; receivers ignore it.</source>
        <extracomment>DKIM tag n=</extracomment>
        <translation>人間向けのメモ。受信側は無視します。</translation>
    </message>
    <message>
        <source>Granularity (obsolete, RFC 4871).</source>
        <extracomment>DKIM tag g=</extracomment>
        <translation>粒度 (廃止、RFC 4871)。</translation>
    </message>
</context>
<context>
    <name>rebound::data::blocklist</name>
    <message>
        <source>Public mirrors answer 127.255.255.254 (or NXDOMAIN for everything) to queries through public or shared resolvers; a Spamhaus DQS key works through any resolver.</source>
        <extracomment>list spamhaus-zen: access_note</extracomment>
        <translation>パブリックミラーは、パブリックまたは共有リゾルバー経由の問い合わせに 127.255.255.254 (またはすべて NXDOMAIN) を返します。Spamhaus DQS キーならどのリゾルバーでも使えます。</translation>
    </message>
    <message>
        <source>Through the Spamhaus Blocklist Removal Center. PBL entries with code .10 are maintained by the ISP, so the ISP has to act; .11 entries are Spamhaus-maintained.</source>
        <extracomment>list spamhaus-zen: delisting_note</extracomment>
        <translation>Spamhaus Blocklist Removal Center から。コード .10 の PBL エントリーは ISP が管理しているため ISP の対応が必要です。.11 のエントリーは Spamhaus が管理しています。</translation>
    </message>
    <message>
        <source>SBL: a direct spam source, spam operation or spam service</source>
        <extracomment>list spamhaus-zen, 127.0.0.2: meaning</extracomment>
        <translation>SBL: 直接のスパム送信元、スパム業者またはスパムサービス</translation>
    </message>
    <message>
        <source>CSS (part of the SBL): snowshoe spam found by automation</source>
        <extracomment>list spamhaus-zen, 127.0.0.3: meaning</extracomment>
        <translation>CSS (SBL の一部): 自動検出されたスノーシュースパム</translation>
    </message>
    <message>
        <source>XBL: exploited host (CBL data: malware, bot or open proxy)</source>
        <extracomment>list spamhaus-zen, 127.0.0.4: meaning</extracomment>
        <translation>XBL: 侵害されたホスト (CBL データ: マルウェア、ボット、オープンプロキシ)</translation>
    </message>
    <message>
        <source>XBL (code documented as currently unused; SpamAssassin and rspamd map it to the XBL)</source>
        <extracomment>list spamhaus-zen, 127.0.0.5: meaning</extracomment>
        <translation>XBL (現在は未使用と文書化されたコード。SpamAssassin と rspamd は XBL に対応付けています)</translation>
    </message>
    <message>
        <source>DROP/EDROP: hijacked or criminal network (always in addition to the SBL)</source>
        <extracomment>list spamhaus-zen, 127.0.0.9: meaning</extracomment>
        <translation>DROP/EDROP: 乗っ取られた、または犯罪目的のネットワーク (常に SBL にも掲載)</translation>
    </message>
    <message>
        <source>PBL, ISP-maintained: the ISP says this address should not send mail directly; only the ISP can change it</source>
        <extracomment>list spamhaus-zen, 127.0.0.10: meaning</extracomment>
        <translation>PBL (ISP 管理): ISP はこのアドレスから直接メールを送るべきではないとしています。変更できるのは ISP だけです</translation>
    </message>
    <message>
        <source>PBL, Spamhaus-maintained: an end-user address range that should not send mail directly</source>
        <extracomment>list spamhaus-zen, 127.0.0.11: meaning</extracomment>
        <translation>PBL (Spamhaus 管理): 直接メールを送るべきではないエンドユーザー向けアドレス範囲</translation>
    </message>
    <message>
        <source>BCL: botnet controller</source>
        <extracomment>list spamhaus-zen, 127.0.0.30: meaning</extracomment>
        <translation>BCL: ボットネットのコントローラー</translation>
    </message>
    <message>
        <source>DQS key disabled (third-party description)</source>
        <extracomment>list spamhaus-zen, 127.255.255.250: meaning</extracomment>
        <translation>DQS キーが無効化されています (第三者による説明)</translation>
    </message>
    <message>
        <source>Check the DQS key in the Spamhaus portal.</source>
        <extracomment>list spamhaus-zen, 127.255.255.250: remedy</extracomment>
        <translation>Spamhaus のポータルで DQS キーを確認してください。</translation>
    </message>
    <message>
        <source>DQS key rejected or used by another account (third-party description)</source>
        <extracomment>list spamhaus-zen, 127.255.255.251: meaning</extracomment>
        <translation>DQS キーが拒否されたか、別のアカウントで使われています (第三者による説明)</translation>
    </message>
    <message>
        <source>Typing error in the DNSBL name</source>
        <extracomment>list spamhaus-zen, 127.255.255.252: meaning</extracomment>
        <translation>DNSBL 名の入力ミス</translation>
    </message>
    <message>
        <source>Report this: the zone name used is wrong.</source>
        <extracomment>list spamhaus-zen, 127.255.255.252: remedy</extracomment>
        <translation>報告してください: 使用したゾーン名が間違っています。</translation>
    </message>
    <message>
        <source>Query through a public or open resolver, or from a host with generic unattributable reverse DNS</source>
        <extracomment>list spamhaus-zen, 127.255.255.254: meaning</extracomment>
        <translation>パブリックまたはオープンリゾルバー経由、あるいは汎用的で帰属不明な逆引きDNSを持つホストからの問い合わせ</translation>
    </message>
    <message>
        <source>Use your own recursive resolver or enter a free Spamhaus DQS key.</source>
        <extracomment>list spamhaus-zen, 127.255.255.254: remedy</extracomment>
        <translation>自前の再帰リゾルバーを使うか、無料の Spamhaus DQS キーを入力してください。</translation>
    </message>
    <message>
        <source>Excessive number of queries from this resolver</source>
        <extracomment>list spamhaus-zen, 127.255.255.255: meaning</extracomment>
        <translation>このリゾルバーからの問い合わせが多すぎます</translation>
    </message>
    <message>
        <source>Part of ZEN; as ZEN.</source>
        <extracomment>list spamhaus-sbl: access_note</extracomment>
        <translation>ZEN の一部。ZEN と同様。</translation>
    </message>
    <message>
        <source>Through the Spamhaus Blocklist Removal Center.</source>
        <extracomment>list spamhaus-sbl: delisting_note</extracomment>
        <translation>Spamhaus Blocklist Removal Center から。</translation>
    </message>
    <message>
        <source>DROP/EDROP: hijacked or criminal network</source>
        <extracomment>list spamhaus-sbl, 127.0.0.9: meaning</extracomment>
        <translation>DROP/EDROP: 乗っ取られた、または犯罪目的のネットワーク</translation>
    </message>
    <message>
        <source>Fix the infection first, then request removal in the Blocklist Removal Center.</source>
        <extracomment>list spamhaus-xbl: delisting_note</extracomment>
        <translation>まず感染を駆除し、その後 Blocklist Removal Center で削除を申請してください。</translation>
    </message>
    <message>
        <source>XBL (code documented as currently unused)</source>
        <extracomment>list spamhaus-xbl, 127.0.0.5: meaning</extracomment>
        <translation>XBL (現在は未使用と文書化されたコード)</translation>
    </message>
    <message>
        <source>ISP-maintained entries (.10) need the ISP; Spamhaus-maintained ones (.11) go through the Removal Center.</source>
        <extracomment>list spamhaus-pbl: delisting_note</extracomment>
        <translation>ISP 管理のエントリー (.10) は ISP の対応が必要です。Spamhaus 管理のもの (.11) は Removal Center で扱います。</translation>
    </message>
    <message>
        <source>PBL, ISP-maintained: the ISP says this address should not send mail directly</source>
        <extracomment>list spamhaus-pbl, 127.0.0.10: meaning</extracomment>
        <translation>PBL (ISP 管理): ISP はこのアドレスから直接メールを送るべきではないとしています</translation>
    </message>
    <message>
        <source>PBL, Spamhaus-maintained: an end-user range that should not send mail directly</source>
        <extracomment>list spamhaus-pbl, 127.0.0.11: meaning</extracomment>
        <translation>PBL (Spamhaus 管理): 直接メールを送るべきではないエンドユーザー向け範囲</translation>
    </message>
    <message>
        <source>As ZEN.</source>
        <extracomment>list spamhaus-dbl: access_note</extracomment>
        <translation>ZEN と同様。</translation>
    </message>
    <message>
        <source>Low-reputation or spam domain</source>
        <extracomment>list spamhaus-dbl, 127.0.1.2: meaning</extracomment>
        <translation>レピュテーションの低いドメインまたはスパムドメイン</translation>
    </message>
    <message>
        <source>Phishing domain</source>
        <extracomment>list spamhaus-dbl, 127.0.1.4: meaning</extracomment>
        <translation>フィッシングドメイン</translation>
    </message>
    <message>
        <source>Malware domain</source>
        <extracomment>list spamhaus-dbl, 127.0.1.5: meaning</extracomment>
        <translation>マルウェアドメイン</translation>
    </message>
    <message>
        <source>Botnet command-and-control domain</source>
        <extracomment>list spamhaus-dbl, 127.0.1.6: meaning</extracomment>
        <translation>ボットネットの指令 (C2) サーバーのドメイン</translation>
    </message>
    <message>
        <source>Abused legitimate domain (spam)</source>
        <extracomment>list spamhaus-dbl, 127.0.1.102: meaning</extracomment>
        <translation>悪用された正規ドメイン (スパム)</translation>
    </message>
    <message>
        <source>Abused redirector or URL shortener</source>
        <extracomment>list spamhaus-dbl, 127.0.1.103: meaning</extracomment>
        <translation>悪用されたリダイレクターまたは URL 短縮サービス</translation>
    </message>
    <message>
        <source>Abused legitimate domain (phishing)</source>
        <extracomment>list spamhaus-dbl, 127.0.1.104: meaning</extracomment>
        <translation>悪用された正規ドメイン (フィッシング)</translation>
    </message>
    <message>
        <source>Abused legitimate domain (malware)</source>
        <extracomment>list spamhaus-dbl, 127.0.1.105: meaning</extracomment>
        <translation>悪用された正規ドメイン (マルウェア)</translation>
    </message>
    <message>
        <source>Abused legitimate domain (botnet C&amp;C)</source>
        <extracomment>list spamhaus-dbl, 127.0.1.106: meaning</extracomment>
        <translation>悪用された正規ドメイン (ボットネット C&amp;C)</translation>
    </message>
    <message>
        <source>IP queries are not allowed in the DBL (client error)</source>
        <extracomment>list spamhaus-dbl, 127.0.1.255: meaning</extracomment>
        <translation>DBL では IP の問い合わせはできません (クライアントエラー)</translation>
    </message>
    <message>
        <source>Report this: an IP address was sent to a domain list.</source>
        <extracomment>list spamhaus-dbl, 127.0.1.255: remedy</extracomment>
        <translation>報告してください: IP アドレスがドメインリストに送られました。</translation>
    </message>
    <message>
        <source>Only through Spamhaus DQS, with a key.</source>
        <extracomment>list spamhaus-zrd: access_note</extracomment>
        <translation>Spamhaus DQS 経由のみ (キーが必要)。</translation>
    </message>
    <message>
        <source>Entries expire 24 hours after the domain was first seen.</source>
        <extracomment>list spamhaus-zrd: delisting_note</extracomment>
        <translation>エントリーはドメインが最初に観測されてから 24 時間で期限切れになります。</translation>
    </message>
    <message>
        <source>Very fresh domain: first seen within the last {last} hours (listed for 24 hours after registration or reactivation)</source>
        <extracomment>list spamhaus-zrd, 127.0.2.2: meaning</extracomment>
        <translation>非常に新しいドメイン: 過去 {last} 時間以内に初めて観測 (登録または再有効化から 24 時間掲載)</translation>
    </message>
    <message>
        <source>Fresh domain: first seen within the last {last} hours (listed for 24 hours after registration or reactivation)</source>
        <extracomment>list spamhaus-zrd, 127.0.2.5: meaning</extracomment>
        <translation>新しいドメイン: 過去 {last} 時間以内に初めて観測 (登録または再有効化から 24 時間掲載)</translation>
    </message>
    <message>
        <source>IP query sent to a domain list (client error)</source>
        <extracomment>list spamhaus-zrd, 127.0.2.255: meaning</extracomment>
        <translation>ドメインリストへの IP 問い合わせ (クライアントエラー)</translation>
    </message>
    <message>
        <source>Only through Spamhaus DQS, with a key; not part of ZEN.</source>
        <extracomment>list spamhaus-authbl: access_note</extracomment>
        <translation>Spamhaus DQS 経由のみ (キーが必要)。ZEN には含まれません。</translation>
    </message>
    <message>
        <source>Host known to run bots that log in with stolen SMTP credentials</source>
        <extracomment>list spamhaus-authbl, 127.0.0.20: meaning</extracomment>
        <translation>盗まれた SMTP 認証情報でログインするボットを実行していることが知られているホスト</translation>
    </message>
    <message>
        <source>Paid DQS dataset of hashes (wallets, e-mail addresses, files); not an IP or domain list, so not queried here.</source>
        <extracomment>list spamhaus-hbl: access_note</extracomment>
        <translation>ハッシュ (ウォレット、メールアドレス、ファイル) の有料 DQS データセット。IP やドメインのリストではないため、ここでは問い合わせません。</translation>
    </message>
    <message>
        <source>Runs on Spamhaus infrastructure with Spamhaus&apos;s access rules. Use XBL or ZEN instead.</source>
        <extracomment>list cbl: access_note</extracomment>
        <translation>Spamhaus の基盤上で Spamhaus のアクセスルールにより運用されています。代わりに XBL または ZEN を使ってください。</translation>
    </message>
    <message>
        <source>Exploited host (now the Spamhaus XBL)</source>
        <extracomment>list cbl, 127.0.0.2: meaning</extracomment>
        <translation>侵害されたホスト (現在は Spamhaus XBL)</translation>
    </message>
    <message>
        <source>The resolver&apos;s public IP must be registered (free) on barracudacentral.org; unregistered resolvers get failures. bb.barracudacentral.org is reported to need no registration (unconfirmed).</source>
        <extracomment>list barracuda: access_note</extracomment>
        <translation>リゾルバーのパブリック IP を barracudacentral.org に (無料で) 登録する必要があります。未登録のリゾルバーはエラーになります。bb.barracudacentral.org は登録不要とされています (未確認)。</translation>
    </message>
    <message>
        <source>Removal request form on barracudacentral.org.</source>
        <extracomment>list barracuda: delisting_note</extracomment>
        <translation>barracudacentral.org の削除申請フォーム。</translation>
    </message>
    <message>
        <source>Listed on the Barracuda Reputation Block List (poor sending reputation)</source>
        <extracomment>list barracuda, 127.0.0.2: meaning</extracomment>
        <translation>Barracuda Reputation Block List に掲載 (送信レピュテーションが低い)</translation>
    </message>
    <message>
        <source>No removal form: the listing expires once reports stop (about 24 hours); repeat listings last longer.</source>
        <extracomment>list spamcop: delisting_note</extracomment>
        <translation>削除フォームはありません。報告が止まれば掲載は期限切れになります (約 24 時間)。繰り返し掲載されると期間が長くなります。</translation>
    </message>
    <message>
        <source>Reported as a spam source by SpamCop users or traps</source>
        <extracomment>list spamcop, 127.0.0.2: meaning</extracomment>
        <translation>SpamCop の利用者またはトラップによりスパム送信元として報告</translation>
    </message>
    <message>
        <source>Expires automatically about 7 days after the abuse stops; paid express delisting exists and is not needed.</source>
        <extracomment>list uceprotect-1: delisting_note</extracomment>
        <translation>不正行為が止まってから約 7 日で自動的に期限切れになります。有料の速達削除もありますが不要です。</translation>
    </message>
    <message>
        <source>This single IP sent to UCEPROTECT traps</source>
        <extracomment>list uceprotect-1, 127.0.0.2: meaning</extracomment>
        <translation>この IP 自体が UCEPROTECT のトラップに送信しました</translation>
    </message>
    <message>
        <source>Drops automatically when few Level 1 IPs remain in the block; tell your provider.</source>
        <extracomment>list uceprotect-2: delisting_note</extracomment>
        <translation>ブロック内のレベル 1 の IP が少なくなると自動的に外れます。プロバイダーに知らせてください。</translation>
    </message>
    <message>
        <source>The address allocation around this IP was escalated from Level 1 (collateral listing)</source>
        <extracomment>list uceprotect-2, 127.0.0.2: meaning</extracomment>
        <translation>この IP 周辺のアドレス割り当てがレベル 1 から引き上げられました (巻き添え掲載)</translation>
    </message>
    <message>
        <source>Listing of the whole ASN; only the network operator can change it.</source>
        <extracomment>list uceprotect-3: delisting_note</extracomment>
        <translation>ASN 全体の掲載です。変更できるのはネットワーク運用者だけです。</translation>
    </message>
    <message>
        <source>The whole network (ASN) of this IP is listed (collateral listing)</source>
        <extracomment>list uceprotect-3, 127.0.0.2: meaning</extracomment>
        <translation>この IP のネットワーク全体 (ASN) が掲載されています (巻き添え掲載)</translation>
    </message>
    <message>
        <source>Meant for null-sender or postmaster traffic only (safe mode).</source>
        <extracomment>list backscatterer: access_note</extracomment>
        <translation>ヌル送信者またはポストマスター宛のトラフィック専用 (セーフモード)。</translation>
    </message>
    <message>
        <source>Listed for 4 weeks after the last backscatter; paid express delisting exists.</source>
        <extracomment>list backscatterer: delisting_note</extracomment>
        <translation>最後のバックスキャッターから 4 週間掲載されます。有料の速達削除があります。</translation>
    </message>
    <message>
        <source>Sent backscatter (bounces or autoreplies to forged senders)</source>
        <extracomment>list backscatterer, 127.0.0.2: meaning</extracomment>
        <translation>バックスキャッターを送信しました (偽装された送信者へのバウンスや自動応答)</translation>
    </message>
    <message>
        <source>Anyone can remove an IP on psbl.org.</source>
        <extracomment>list psbl: delisting_note</extracomment>
        <translation>psbl.org では誰でも IP を削除できます。</translation>
    </message>
    <message>
        <source>Sent mail to PSBL spam traps</source>
        <extracomment>list psbl, 127.0.0.2: meaning</extracomment>
        <translation>PSBL のスパムトラップにメールを送信しました</translation>
    </message>
    <message>
        <source>Free below 100,000 messages and 100,000 queries a day.</source>
        <extracomment>list mailspike-bl: access_note</extracomment>
        <translation>1 日 100,000 通かつ 100,000 問い合わせ未満なら無料です。</translation>
    </message>
    <message>
        <source>Self-service form on mailspike.org, processed automatically in about 6-36 hours.</source>
        <extracomment>list mailspike-bl: delisting_note</extracomment>
        <translation>mailspike.org のセルフサービスフォーム。約 6〜36 時間で自動処理されます。</translation>
    </message>
    <message>
        <source>Taking part in a current spam wave (zero-hour, ZBI)</source>
        <extracomment>list mailspike-bl, 127.0.0.2: meaning</extracomment>
        <translation>現在のスパム波に加担 (ゼロアワー、ZBI)</translation>
    </message>
    <message>
        <source>Reputation L5: worst</source>
        <extracomment>list mailspike-bl, 127.0.0.10: meaning</extracomment>
        <translation>レピュテーション L5: 最悪</translation>
    </message>
    <message>
        <source>Reputation L4: very bad</source>
        <extracomment>list mailspike-bl, 127.0.0.11: meaning</extracomment>
        <translation>レピュテーション L4: 非常に悪い</translation>
    </message>
    <message>
        <source>Reputation L3: bad</source>
        <extracomment>list mailspike-bl, 127.0.0.12: meaning</extracomment>
        <translation>レピュテーション L3: 悪い</translation>
    </message>
    <message>
        <source>Taking part in a current spam wave (zero-hour)</source>
        <extracomment>list mailspike-z, 127.0.0.2: meaning</extracomment>
        <translation>現在のスパム波に加担 (ゼロアワー)</translation>
    </message>
    <message>
        <source>Gives every IP a score, so it also answers for the RFC 5782 test addresses.</source>
        <extracomment>list mailspike-rep: access_note</extracomment>
        <translation>すべての IP にスコアを付けるため、RFC 5782 のテストアドレスにも応答します。</translation>
    </message>
    <message>
        <source>Reputation L2: suspicious</source>
        <extracomment>list mailspike-rep, 127.0.0.13: meaning</extracomment>
        <translation>レピュテーション L2: 疑わしい</translation>
    </message>
    <message>
        <source>Reputation L1: neutral, probably spam</source>
        <extracomment>list mailspike-rep, 127.0.0.14: meaning</extracomment>
        <translation>レピュテーション L1: 中立、おそらくスパム</translation>
    </message>
    <message>
        <source>Reputation LH0: neutral</source>
        <extracomment>list mailspike-rep, 127.0.0.15: meaning</extracomment>
        <translation>レピュテーション LH0: 中立</translation>
    </message>
    <message>
        <source>Reputation H1: neutral, probably legitimate</source>
        <extracomment>list mailspike-rep, 127.0.0.16: meaning</extracomment>
        <translation>レピュテーション H1: 中立、おそらく正規</translation>
    </message>
    <message>
        <source>Reputation H2: possibly legitimate</source>
        <extracomment>list mailspike-rep, 127.0.0.17: meaning</extracomment>
        <translation>レピュテーション H2: 正規の可能性あり</translation>
    </message>
    <message>
        <source>Reputation H3: good</source>
        <extracomment>list mailspike-rep, 127.0.0.18: meaning</extracomment>
        <translation>レピュテーション H3: 良好</translation>
    </message>
    <message>
        <source>Reputation H4: very good</source>
        <extracomment>list mailspike-rep, 127.0.0.19: meaning</extracomment>
        <translation>レピュテーション H4: 非常に良好</translation>
    </message>
    <message>
        <source>Reputation H5: excellent</source>
        <extracomment>list mailspike-rep, 127.0.0.20: meaning</extracomment>
        <translation>レピュテーション H5: 極めて良好</translation>
    </message>
    <message>
        <source>Free for fewer than 1,000 users or 250,000 messages a day; may not be embedded in paid products. Blocked resolvers get bit 1. Query the full host name.</source>
        <extracomment>list surbl-multi: access_note</extracomment>
        <translation>1,000 ユーザー未満または 1 日 250,000 通未満なら無料。有料製品への組み込みは不可。ブロックされたリゾルバーにはビット 1 が返ります。完全なホスト名で問い合わせてください。</translation>
    </message>
    <message>
        <source>Through surbl.org (the Lists page). Do not script its web site.</source>
        <extracomment>list surbl-multi: delisting_note</extracomment>
        <translation>surbl.org (Lists ページ) から。Web サイトをスクリプトで操作しないでください。</translation>
    </message>
    <message>
        <source>Query blocked (public resolver or volume)</source>
        <extracomment>list surbl-multi, 1: meaning</extracomment>
        <translation>問い合わせがブロックされました (パブリックリゾルバーまたは量)</translation>
    </message>
    <message>
        <source>Use your own recursive resolver, or a SURBL data feed.</source>
        <extracomment>list surbl-multi, 1: remedy</extracomment>
        <translation>自前の再帰リゾルバーか、SURBL のデータフィードを使ってください。</translation>
    </message>
    <message>
        <source>DM: disposable mail domain</source>
        <extracomment>list surbl-multi, 4: meaning</extracomment>
        <translation>DM: 使い捨てメールのドメイン</translation>
    </message>
    <message>
        <source>PH: phishing</source>
        <extracomment>list surbl-multi, 8: meaning</extracomment>
        <translation>PH: フィッシング</translation>
    </message>
    <message>
        <source>MW: malware</source>
        <extracomment>list surbl-multi, 16: meaning</extracomment>
        <translation>MW: マルウェア</translation>
    </message>
    <message>
        <source>CT: click-tracker of a non-confirmed-opt-in sender</source>
        <extracomment>list surbl-multi, 32: meaning</extracomment>
        <translation>CT: 確認済みオプトインでない送信者のクリックトラッカー</translation>
    </message>
    <message>
        <source>ABUSE: spam and abuse</source>
        <extracomment>list surbl-multi, 64: meaning</extracomment>
        <translation>ABUSE: スパムと不正行為</translation>
    </message>
    <message>
        <source>CR: cracked site</source>
        <extracomment>list surbl-multi, 128: meaning</extracomment>
        <translation>CR: 改ざんされたサイト</translation>
    </message>
    <message>
        <source>Refused queries (public resolvers, volume) get 127.0.0.1 with a TXT naming your resolver.</source>
        <extracomment>list uribl-multi: access_note</extracomment>
        <translation>拒否された問い合わせ (パブリックリゾルバー、量) には、リゾルバー名を記した TXT とともに 127.0.0.1 が返ります。</translation>
    </message>
    <message>
        <source>A login is required to submit delist requests.</source>
        <extracomment>list uribl-multi: delisting_note</extracomment>
        <translation>削除申請の送信にはログインが必要です。</translation>
    </message>
    <message>
        <source>Query refused (public resolver or volume)</source>
        <extracomment>list uribl-multi, 1: meaning</extracomment>
        <translation>問い合わせが拒否されました (パブリックリゾルバーまたは量)</translation>
    </message>
    <message>
        <source>Use your own recursive resolver, or a URIBL data feed.</source>
        <extracomment>list uribl-multi, 1: remedy</extracomment>
        <translation>自前の再帰リゾルバーか、URIBL のデータフィードを使ってください。</translation>
    </message>
    <message>
        <source>black: spammer-owned domain</source>
        <extracomment>list uribl-multi, 2: meaning</extracomment>
        <translation>black: スパマー所有のドメイン</translation>
    </message>
    <message>
        <source>grey: bulk sender domain (false positives expected)</source>
        <extracomment>list uribl-multi, 4: meaning</extracomment>
        <translation>grey: 大量送信者のドメイン (誤検知あり)</translation>
    </message>
    <message>
        <source>red: young domain or WHOIS privacy (automated)</source>
        <extracomment>list uribl-multi, 8: meaning</extracomment>
        <translation>red: 新しいドメインまたは WHOIS 非公開 (自動)</translation>
    </message>
    <message>
        <source>Key required in the query name; keyless queries are REFUSED.</source>
        <extracomment>list abusix-combined: access_note</extracomment>
        <translation>問い合わせ名にキーが必要です。キーのない問い合わせは REFUSED になります。</translation>
    </message>
    <message>
        <source>From the lookup page; a policy-list delisting creates a semi-permanent exception.</source>
        <extracomment>list abusix-combined: delisting_note</extracomment>
        <translation>照会ページから。ポリシーリストからの削除は半恒久的な例外になります。</translation>
    </message>
    <message>
        <source>Black: hit primary spam traps</source>
        <extracomment>list abusix-combined, 127.0.0.2: meaning</extracomment>
        <translation>Black: 一次スパムトラップに命中</translation>
    </message>
    <message>
        <source>Black: heuristics (very low reputation or near trap hitters)</source>
        <extracomment>list abusix-combined, 127.0.0.3: meaning</extracomment>
        <translation>Black: ヒューリスティック (非常に低いレピュテーション、またはトラップ命中元に近い)</translation>
    </message>
    <message>
        <source>Exploit: infected host or proxy</source>
        <extracomment>list abusix-combined, 127.0.0.4: meaning</extracomment>
        <translation>Exploit: 感染ホストまたはプロキシ</translation>
    </message>
    <message>
        <source>Policy: generic reverse DNS</source>
        <extracomment>list abusix-combined, 127.0.0.11: meaning</extracomment>
        <translation>Policy: 汎用的な逆引きDNS</translation>
    </message>
    <message>
        <source>Policy: no reverse DNS</source>
        <extracomment>list abusix-combined, 127.0.0.12: meaning</extracomment>
        <translation>Policy: 逆引きDNSなし</translation>
    </message>
    <message>
        <source>Semi-permanent manual listing</source>
        <extracomment>list abusix-combined, 127.0.0.200: meaning</extracomment>
        <translation>半恒久的な手動掲載</translation>
    </message>
    <message>
        <source>Key required; keyless queries are REFUSED.</source>
        <extracomment>list abusix-dblack: access_note</extracomment>
        <translation>キーが必要です。キーのない問い合わせは REFUSED になります。</translation>
    </message>
    <message>
        <source>Domain seen in message bodies of spam</source>
        <extracomment>list abusix-dblack, 127.0.1.1: meaning</extracomment>
        <translation>スパムの本文で観測されたドメイン</translation>
    </message>
    <message>
        <source>Historically public; 2026 third-party pages describe an API-key query form (unverified).</source>
        <extracomment>list spamrats: access_note</extracomment>
        <translation>かつては公開。2026 年の第三者ページでは API キーを使う問い合わせ形式が説明されています (未検証)。</translation>
    </message>
    <message>
        <source>Automatic self-removal from the lookup page; Dyna and NoPtr need working forward-confirmed reverse DNS first.</source>
        <extracomment>list spamrats: delisting_note</extracomment>
        <translation>照会ページからの自動セルフ削除。Dyna と NoPtr は先に正引き確認の取れた逆引きDNSが必要です。</translation>
    </message>
    <message>
        <source>RATS-Dyna: reverse DNS looks dynamic or generic</source>
        <extracomment>list spamrats, 127.0.0.36: meaning</extracomment>
        <translation>RATS-Dyna: 逆引きDNSが動的または汎用的に見える</translation>
    </message>
    <message>
        <source>RATS-NoPtr: no reverse DNS</source>
        <extracomment>list spamrats, 127.0.0.37: meaning</extracomment>
        <translation>RATS-NoPtr: 逆引きDNSなし</translation>
    </message>
    <message>
        <source>RATS-Spam: sent spam</source>
        <extracomment>list spamrats, 127.0.0.38: meaning</extracomment>
        <translation>RATS-Spam: スパムを送信</translation>
    </message>
    <message>
        <source>RATS-Auth: login abuse (not a mail-sending signal)</source>
        <extracomment>list spamrats, 127.0.0.43: meaning</extracomment>
        <translation>RATS-Auth: ログインの悪用 (メール送信の兆候ではない)</translation>
    </message>
    <message>
        <source>Free for commercial and non-commercial use. Built for IRC, not mail.</source>
        <extracomment>list dronebl: access_note</extracomment>
        <translation>商用・非商用とも無料。IRC 向けで、メール向けではありません。</translation>
    </message>
    <message>
        <source>From the lookup page, reviewed by volunteers.</source>
        <extracomment>list dronebl: delisting_note</extracomment>
        <translation>照会ページから。ボランティアが審査します。</translation>
    </message>
    <message>
        <source>Sample (test entry)</source>
        <extracomment>list dronebl, 127.0.0.2: meaning</extracomment>
        <translation>サンプル (テスト用エントリー)</translation>
    </message>
    <message>
        <source>IRC drone</source>
        <extracomment>list dronebl, 127.0.0.3: meaning</extracomment>
        <translation>IRC ドローン</translation>
    </message>
    <message>
        <source>Tor exit (deprecated code)</source>
        <extracomment>list dronebl, 127.0.0.4: meaning</extracomment>
        <translation>Tor 出口 (廃止されたコード)</translation>
    </message>
    <message>
        <source>Bottler</source>
        <extracomment>list dronebl, 127.0.0.5: meaning</extracomment>
        <translation>Bottler</translation>
    </message>
    <message>
        <source>Unknown spambot or drone</source>
        <extracomment>list dronebl, 127.0.0.6: meaning</extracomment>
        <translation>不明なスパムボットまたはドローン</translation>
    </message>
    <message>
        <source>DDoS drone</source>
        <extracomment>list dronebl, 127.0.0.7: meaning</extracomment>
        <translation>DDoS ドローン</translation>
    </message>
    <message>
        <source>SOCKS proxy</source>
        <extracomment>list dronebl, 127.0.0.8: meaning</extracomment>
        <translation>SOCKS プロキシ</translation>
    </message>
    <message>
        <source>HTTP proxy</source>
        <extracomment>list dronebl, 127.0.0.9: meaning</extracomment>
        <translation>HTTP プロキシ</translation>
    </message>
    <message>
        <source>ProxyChain</source>
        <extracomment>list dronebl, 127.0.0.10: meaning</extracomment>
        <translation>ProxyChain</translation>
    </message>
    <message>
        <source>Web page proxy</source>
        <extracomment>list dronebl, 127.0.0.11: meaning</extracomment>
        <translation>Web ページプロキシ</translation>
    </message>
    <message>
        <source>Open DNS resolver</source>
        <extracomment>list dronebl, 127.0.0.12: meaning</extracomment>
        <translation>オープン DNS リゾルバー</translation>
    </message>
    <message>
        <source>Brute-force attacker</source>
        <extracomment>list dronebl, 127.0.0.13: meaning</extracomment>
        <translation>総当たり攻撃者</translation>
    </message>
    <message>
        <source>Open WinGate proxy</source>
        <extracomment>list dronebl, 127.0.0.14: meaning</extracomment>
        <translation>オープン WinGate プロキシ</translation>
    </message>
    <message>
        <source>Compromised router or gateway</source>
        <extracomment>list dronebl, 127.0.0.15: meaning</extracomment>
        <translation>侵害されたルーターまたはゲートウェイ</translation>
    </message>
    <message>
        <source>Autorooting worm</source>
        <extracomment>list dronebl, 127.0.0.16: meaning</extracomment>
        <translation>自動 root 化ワーム</translation>
    </message>
    <message>
        <source>Automatically determined botnet IP</source>
        <extracomment>list dronebl, 127.0.0.17: meaning</extracomment>
        <translation>自動判定されたボットネット IP</translation>
    </message>
    <message>
        <source>DNS/MX-type host name seen on IRC</source>
        <extracomment>list dronebl, 127.0.0.18: meaning</extracomment>
        <translation>IRC で観測された DNS/MX 型のホスト名</translation>
    </message>
    <message>
        <source>Abused VPN service</source>
        <extracomment>list dronebl, 127.0.0.19: meaning</extracomment>
        <translation>悪用された VPN サービス</translation>
    </message>
    <message>
        <source>Unknown reason</source>
        <extracomment>list dronebl, 127.0.0.255: meaning</extracomment>
        <translation>理由不明</translation>
    </message>
    <message>
        <source>Must be requested from the listed IP itself: `curl -4 http://www.usenix.org.uk/content/rblremove` (instant); otherwise use the help page.</source>
        <extracomment>list s5h: delisting_note</extracomment>
        <translation>掲載された IP 自体から申請する必要があります: `curl -4 http://www.usenix.org.uk/content/rblremove` (即時)。それ以外はヘルプページを使ってください。</translation>
    </message>
    <message>
        <source>Listed by s5h.net</source>
        <extracomment>list s5h, 127.0.0.2: meaning</extracomment>
        <translation>s5h.net に掲載</translation>
    </message>
    <message>
        <source>Contact them above 10,000 queries a day.</source>
        <extracomment>list nordspam-bl: access_note</extracomment>
        <translation>1 日 10,000 問い合わせを超える場合は連絡してください。</translation>
    </message>
    <message>
        <source>Manual moderation through nordspam.com.</source>
        <extracomment>list nordspam-bl: delisting_note</extracomment>
        <translation>nordspam.com での手動審査。</translation>
    </message>
    <message>
        <source>Listed by NordSpam (the TXT record has details)</source>
        <extracomment>list nordspam-bl, 127.0.0.2: meaning</extracomment>
        <translation>NordSpam に掲載 (詳細は TXT レコード)</translation>
    </message>
    <message>
        <source>Domain listed by NordSpam (the TXT record has details)</source>
        <extracomment>list nordspam-dbl, 127.0.0.2: meaning</extracomment>
        <translation>ドメインが NordSpam に掲載 (詳細は TXT レコード)</translation>
    </message>
    <message>
        <source>Needs a free account; processed in about 20 minutes, some cases manually within 48 hours.</source>
        <extracomment>list 0spam-bl: delisting_note</extracomment>
        <translation>無料アカウントが必要です。約 20 分で処理され、一部は 48 時間以内に手動で処理されます。</translation>
    </message>
    <message>
        <source>Listed by 0spam (it documents its answers only as 127.0.0.#)</source>
        <extracomment>list 0spam-bl, 127.0.0.0: meaning</extracomment>
        <translation>0spam に掲載 (応答は 127.0.0.# としか文書化されていません)</translation>
    </message>
    <message>
        <source>The whole /24 around this IP is listed by 0spam</source>
        <extracomment>list 0spam-nbl, 127.0.0.0: meaning</extracomment>
        <translation>この IP を含む /24 全体が 0spam に掲載されています</translation>
    </message>
    <message>
        <source>Lists the IPs of spam-linked domains (web hosts), not mail senders.</source>
        <extracomment>list 0spam-url: access_note</extracomment>
        <translation>スパム関連ドメインの IP (Web ホスト) を掲載しており、メール送信者ではありません。</translation>
    </message>
    <message>
        <source>No manual removal; entries age out automatically.</source>
        <extracomment>list gbudb: delisting_note</extracomment>
        <translation>手動削除はありません。エントリーは自動的に期限切れになります。</translation>
    </message>
    <message>
        <source>Truncate: very low reputation in GBUdb</source>
        <extracomment>list gbudb, 127.0.0.2: meaning</extracomment>
        <translation>Truncate: GBUdb で非常に低いレピュテーション</translation>
    </message>
    <message>
        <source>Mixed allow/block semantics: 127.0.0.1 means allowlisted.</source>
        <extracomment>list hostkarma: access_note</extracomment>
        <translation>許可/ブロックの意味が混在: 127.0.0.1 は許可リスト掲載を意味します。</translation>
    </message>
    <message>
        <source>White: allowlisted</source>
        <extracomment>list hostkarma, 127.0.0.1: meaning</extracomment>
        <translation>White: 許可リスト掲載</translation>
    </message>
    <message>
        <source>Black: blocklisted</source>
        <extracomment>list hostkarma, 127.0.0.2: meaning</extracomment>
        <translation>Black: ブロックリスト掲載</translation>
    </message>
    <message>
        <source>Yellow: mixed source such as big webmail (do not block)</source>
        <extracomment>list hostkarma, 127.0.0.3: meaning</extracomment>
        <translation>Yellow: 大手 Web メールのような混在した送信元 (ブロックしないこと)</translation>
    </message>
    <message>
        <source>Brown: suspicious (score only)</source>
        <extracomment>list hostkarma, 127.0.0.4: meaning</extracomment>
        <translation>Brown: 疑わしい (スコアのみ)</translation>
    </message>
    <message>
        <source>NOBL: do not blacklist</source>
        <extracomment>list hostkarma, 127.0.0.5: meaning</extracomment>
        <translation>NOBL: ブラックリストに載せないこと</translation>
    </message>
    <message>
        <source>Informational second record</source>
        <extracomment>list hostkarma, 127.0.1.1: meaning</extracomment>
        <translation>参考用の 2 番目のレコード</translation>
    </message>
    <message>
        <source>Under 100,000 lookups a day and non-commercial. Over-limit resolvers get 127.0.0.255, and have been sent 127.0.10.x for every IP.</source>
        <extracomment>list dnswl: access_note</extracomment>
        <translation>1 日 100,000 問い合わせ未満かつ非商用。上限を超えたリゾルバーには 127.0.0.255 が返り、すべての IP に 127.0.10.x が返されたこともあります。</translation>
    </message>
    <message>
        <source>Registration is voluntary.</source>
        <extracomment>list dnswl: delisting_note</extracomment>
        <translation>登録は任意です。</translation>
    </message>
    <message>
        <source>Query blocked (over the free limit)</source>
        <extracomment>list dnswl, 127.0.0.255: meaning</extracomment>
        <translation>問い合わせがブロックされました (無料の上限超過)</translation>
    </message>
    <message>
        <source>Use your own recursive resolver below the limits, or register.</source>
        <extracomment>list dnswl, 127.0.0.255: remedy</extracomment>
        <translation>上限内で自前の再帰リゾルバーを使うか、登録してください。</translation>
    </message>
    <message>
        <source>Category 10 (special cases): also the test-point answer and what over-quota resolvers get for every IP, so not trusted</source>
        <extracomment>list dnswl, 127.0.10.0: meaning</extracomment>
        <translation>カテゴリー 10 (特殊なケース): テストポイントの応答でもあり、割り当て超過のリゾルバーがすべての IP に受け取る値でもあるため、信頼できません</translation>
    </message>
    <message>
        <source>Allowlisted: financial services (trust level {last}: 0 none, 1 low, 2 medium, 3 high)</source>
        <extracomment>list dnswl, 127.0.2.0: meaning</extracomment>
        <translation>許可リスト掲載: 金融サービス (信頼レベル {last}: 0 なし、1 低、2 中、3 高)</translation>
    </message>
    <message>
        <source>Allowlisted: e-mail service provider (trust level {last}: 0 none, 1 low, 2 medium, 3 high)</source>
        <extracomment>list dnswl, 127.0.3.0: meaning</extracomment>
        <translation>許可リスト掲載: メールサービスプロバイダー (信頼レベル {last}: 0 なし、1 低、2 中、3 高)</translation>
    </message>
    <message>
        <source>Allowlisted: organisation (trust level {last}: 0 none, 1 low, 2 medium, 3 high)</source>
        <extracomment>list dnswl, 127.0.4.0: meaning</extracomment>
        <translation>許可リスト掲載: 組織 (信頼レベル {last}: 0 なし、1 低、2 中、3 高)</translation>
    </message>
    <message>
        <source>Allowlisted: service or network provider (trust level {last}: 0 none, 1 low, 2 medium, 3 high)</source>
        <extracomment>list dnswl, 127.0.5.0: meaning</extracomment>
        <translation>許可リスト掲載: サービスまたはネットワークプロバイダー (信頼レベル {last}: 0 なし、1 低、2 中、3 高)</translation>
    </message>
    <message>
        <source>Allowlisted: personal server (trust level {last}: 0 none, 1 low, 2 medium, 3 high)</source>
        <extracomment>list dnswl, 127.0.6.0: meaning</extracomment>
        <translation>許可リスト掲載: 個人サーバー (信頼レベル {last}: 0 なし、1 低、2 中、3 高)</translation>
    </message>
    <message>
        <source>Allowlisted: travel (trust level {last}: 0 none, 1 low, 2 medium, 3 high)</source>
        <extracomment>list dnswl, 127.0.7.0: meaning</extracomment>
        <translation>許可リスト掲載: 旅行 (信頼レベル {last}: 0 なし、1 低、2 中、3 高)</translation>
    </message>
    <message>
        <source>Allowlisted: public sector (trust level {last}: 0 none, 1 low, 2 medium, 3 high)</source>
        <extracomment>list dnswl, 127.0.8.0: meaning</extracomment>
        <translation>許可リスト掲載: 公共部門 (信頼レベル {last}: 0 なし、1 低、2 中、3 高)</translation>
    </message>
    <message>
        <source>Allowlisted: media and technology (trust level {last}: 0 none, 1 low, 2 medium, 3 high)</source>
        <extracomment>list dnswl, 127.0.9.0: meaning</extracomment>
        <translation>許可リスト掲載: メディアとテクノロジー (信頼レベル {last}: 0 なし、1 低、2 中、3 高)</translation>
    </message>
    <message>
        <source>Allowlisted: education (trust level {last}: 0 none, 1 low, 2 medium, 3 high)</source>
        <extracomment>list dnswl, 127.0.11.0: meaning</extracomment>
        <translation>許可リスト掲載: 教育 (信頼レベル {last}: 0 なし、1 低、2 中、3 高)</translation>
    </message>
    <message>
        <source>Allowlisted: healthcare (trust level {last}: 0 none, 1 low, 2 medium, 3 high)</source>
        <extracomment>list dnswl, 127.0.12.0: meaning</extracomment>
        <translation>許可リスト掲載: 医療 (信頼レベル {last}: 0 なし、1 低、2 中、3 高)</translation>
    </message>
    <message>
        <source>Allowlisted: manufacturing (trust level {last}: 0 none, 1 low, 2 medium, 3 high)</source>
        <extracomment>list dnswl, 127.0.13.0: meaning</extracomment>
        <translation>許可リスト掲載: 製造業 (信頼レベル {last}: 0 なし、1 低、2 中、3 高)</translation>
    </message>
    <message>
        <source>Allowlisted: retail and services (trust level {last}: 0 none, 1 low, 2 medium, 3 high)</source>
        <extracomment>list dnswl, 127.0.14.0: meaning</extracomment>
        <translation>許可リスト掲載: 小売とサービス (信頼レベル {last}: 0 なし、1 低、2 中、3 高)</translation>
    </message>
    <message>
        <source>Allowlisted: e-mail marketing provider (trust level {last}: 0 none, 1 low, 2 medium, 3 high)</source>
        <extracomment>list dnswl, 127.0.15.0: meaning</extracomment>
        <translation>許可リスト掲載: メールマーケティングプロバイダー (信頼レベル {last}: 0 なし、1 低、2 中、3 高)</translation>
    </message>
    <message>
        <source>Lists DKIM d= domains. Its answer codes are not documented in the sources read.</source>
        <extracomment>list dnswl-dwl: access_note</extracomment>
        <translation>DKIM の d= ドメインを掲載します。応答コードは参照した資料に記載がありません。</translation>
    </message>
    <message>
        <source>Use your own recursive resolver below the limits.</source>
        <extracomment>list dnswl-dwl, 127.0.0.255: remedy</extracomment>
        <translation>上限内で自前の再帰リゾルバーを使ってください。</translation>
    </message>
    <message>
        <source>Needs a registered MyValidity account; unregistered resolvers get 127.255.255.255 for every query. rspamd disabled it by default in 2026.</source>
        <extracomment>list validity-rpbl: access_note</extracomment>
        <translation>登録済みの MyValidity アカウントが必要です。未登録のリゾルバーはすべての問い合わせに 127.255.255.255 を受け取ります。rspamd は 2026 年に既定で無効にしました。</translation>
    </message>
    <message>
        <source>Through Validity.</source>
        <extracomment>list validity-rpbl: delisting_note</extracomment>
        <translation>Validity から。</translation>
    </message>
    <message>
        <source>Not registered or blocked</source>
        <extracomment>list validity-rpbl, 127.255.255.255: meaning</extracomment>
        <translation>未登録またはブロック済み</translation>
    </message>
    <message>
        <source>Register the resolver with MyValidity, or use your own resolver.</source>
        <extracomment>list validity-rpbl, 127.255.255.255: remedy</extracomment>
        <translation>リゾルバーを MyValidity に登録するか、自前のリゾルバーを使ってください。</translation>
    </message>
    <message>
        <source>bot</source>
        <extracomment>list validity-rpbl, 1: meaning</extracomment>
        <translation>ボット</translation>
    </message>
    <message>
        <source>no authentication</source>
        <extracomment>list validity-rpbl, 2: meaning</extracomment>
        <translation>認証なし</translation>
    </message>
    <message>
        <source>pristine spam traps</source>
        <extracomment>list validity-rpbl, 4: meaning</extracomment>
        <translation>未使用アドレスのスパムトラップ (pristine trap)</translation>
    </message>
    <message>
        <source>suspect attachments</source>
        <extracomment>list validity-rpbl, 8: meaning</extracomment>
        <translation>疑わしい添付ファイル</translation>
    </message>
    <message>
        <source>low SenderScore</source>
        <extracomment>list validity-rpbl, 16: meaning</extracomment>
        <translation>低い SenderScore</translation>
    </message>
    <message>
        <source>Needs a registered MyValidity account.</source>
        <extracomment>list validity-score: access_note</extracomment>
        <translation>登録済みの MyValidity アカウントが必要です。</translation>
    </message>
    <message>
        <source>Register with MyValidity.</source>
        <extracomment>list validity-score, 127.255.255.255: remedy</extracomment>
        <translation>MyValidity に登録してください。</translation>
    </message>
    <message>
        <source>SenderScore {last} of 100 (90 or more is good)</source>
        <extracomment>list validity-score, 127.0.4.90: meaning</extracomment>
        <translation>SenderScore {last} / 100 (90 以上は良好)</translation>
    </message>
    <message>
        <source>SenderScore {last} of 100 (80-89 is neutral)</source>
        <extracomment>list validity-score, 127.0.4.80: meaning</extracomment>
        <translation>SenderScore {last} / 100 (80〜89 は中立)</translation>
    </message>
    <message>
        <source>SenderScore {last} of 100 (below 80; Validity&apos;s meaning for this band was not found)</source>
        <extracomment>list validity-score, 127.0.4.0: meaning</extracomment>
        <translation>SenderScore {last} / 100 (80 未満。この帯の Validity による意味は見つかりませんでした)</translation>
    </message>
    <message>
        <source>Delist link on the view page; entries expire after 48 hours.</source>
        <extracomment>list blocklist-de: delisting_note</extracomment>
        <translation>詳細ページに削除リンクがあります。エントリーは 48 時間で期限切れになります。</translation>
    </message>
    <message>
        <source>Attack on amavis</source>
        <extracomment>list blocklist-de, 127.0.0.2: meaning</extracomment>
        <translation>amavis への攻撃</translation>
    </message>
    <message>
        <source>Apache DDoS</source>
        <extracomment>list blocklist-de, 127.0.0.3: meaning</extracomment>
        <translation>Apache への DDoS</translation>
    </message>
    <message>
        <source>Attack on Asterisk</source>
        <extracomment>list blocklist-de, 127.0.0.4: meaning</extracomment>
        <translation>Asterisk への攻撃</translation>
    </message>
    <message>
        <source>Bad bot</source>
        <extracomment>list blocklist-de, 127.0.0.5: meaning</extracomment>
        <translation>悪質なボット</translation>
    </message>
    <message>
        <source>FTP attack</source>
        <extracomment>list blocklist-de, 127.0.0.6: meaning</extracomment>
        <translation>FTP 攻撃</translation>
    </message>
    <message>
        <source>IMAP attack</source>
        <extracomment>list blocklist-de, 127.0.0.7: meaning</extracomment>
        <translation>IMAP 攻撃</translation>
    </message>
    <message>
        <source>IRC bot</source>
        <extracomment>list blocklist-de, 127.0.0.8: meaning</extracomment>
        <translation>IRC ボット</translation>
    </message>
    <message>
        <source>Mail attack</source>
        <extracomment>list blocklist-de, 127.0.0.9: meaning</extracomment>
        <translation>メール攻撃</translation>
    </message>
    <message>
        <source>POP3 attack</source>
        <extracomment>list blocklist-de, 127.0.0.10: meaning</extracomment>
        <translation>POP3 攻撃</translation>
    </message>
    <message>
        <source>Registration bot</source>
        <extracomment>list blocklist-de, 127.0.0.11: meaning</extracomment>
        <translation>登録ボット</translation>
    </message>
    <message>
        <source>Remote file inclusion attack</source>
        <extracomment>list blocklist-de, 127.0.0.12: meaning</extracomment>
        <translation>リモートファイルインクルージョン攻撃</translation>
    </message>
    <message>
        <source>SASL login attack</source>
        <extracomment>list blocklist-de, 127.0.0.13: meaning</extracomment>
        <translation>SASL ログイン攻撃</translation>
    </message>
    <message>
        <source>SSH attack</source>
        <extracomment>list blocklist-de, 127.0.0.14: meaning</extracomment>
        <translation>SSH 攻撃</translation>
    </message>
    <message>
        <source>w00tw00t scan</source>
        <extracomment>list blocklist-de, 127.0.0.15: meaning</extracomment>
        <translation>w00tw00t スキャン</translation>
    </message>
    <message>
        <source>Port flood</source>
        <extracomment>list blocklist-de, 127.0.0.16: meaning</extracomment>
        <translation>ポートフラッド</translation>
    </message>
    <message>
        <source>SQL injection</source>
        <extracomment>list blocklist-de, 127.0.0.17: meaning</extracomment>
        <translation>SQL インジェクション</translation>
    </message>
    <message>
        <source>Webmin attack</source>
        <extracomment>list blocklist-de, 127.0.0.18: meaning</extracomment>
        <translation>Webmin への攻撃</translation>
    </message>
    <message>
        <source>Trigger spam</source>
        <extracomment>list blocklist-de, 127.0.0.19: meaning</extracomment>
        <translation>トリガースパム</translation>
    </message>
    <message>
        <source>Manual listing</source>
        <extracomment>list blocklist-de, 127.0.0.20: meaning</extracomment>
        <translation>手動掲載</translation>
    </message>
    <message>
        <source>Brute-force login</source>
        <extracomment>list blocklist-de, 127.0.0.21: meaning</extracomment>
        <translation>総当たりログイン</translation>
    </message>
    <message>
        <source>MySQL attack</source>
        <extracomment>list blocklist-de, 127.0.0.22: meaning</extracomment>
        <translation>MySQL への攻撃</translation>
    </message>
    <message>
        <source>Listed by Spam Eating Monkey</source>
        <extracomment>list sem-bl, 127.0.0.2: meaning</extracomment>
        <translation>Spam Eating Monkey に掲載</translation>
    </message>
    <message>
        <source>Domain listed by SEM URIBL</source>
        <extracomment>list sem-uribl, 2: meaning</extracomment>
        <translation>ドメインが SEM URIBL に掲載</translation>
    </message>
    <message>
        <source>Domain listed by SEM FRESH15</source>
        <extracomment>list sem-fresh15, 2: meaning</extracomment>
        <translation>ドメインが SEM FRESH15 に掲載</translation>
    </message>
    <message>
        <source>Botnet</source>
        <extracomment>list virusfree, 127.0.0.2: meaning</extracomment>
        <translation>ボットネット</translation>
    </message>
    <message>
        <source>Free once every 30 days.</source>
        <extracomment>list lashback: delisting_note</extracomment>
        <translation>30 日に 1 回まで無料。</translation>
    </message>
    <message>
        <source>Sent mail to addresses harvested from unsubscribe lists</source>
        <extracomment>list lashback, 127.0.0.2: meaning</extracomment>
        <translation>配信停止リストから収集したアドレスにメールを送信しました</translation>
    </message>
    <message>
        <source>check_rbl saw an answer outside 127/8 (62.0.58.94) in May 2023 and dropped it.</source>
        <extracomment>list backscatterer: status_note</extracomment>
        <translation>check_rbl は 2023 年 5 月に 127/8 外の応答 (62.0.58.94) を確認し、このリストを外しました。</translation>
    </message>
    <message>
        <source>Alive in 2015 (dnsbl.com); current status not confirmed.</source>
        <extracomment>list gbudb: status_note</extracomment>
        <translation>2015 年には稼働 (dnsbl.com)。現在の状態は未確認です。</translation>
    </message>
    <message>
        <source>YunoHost still handled its codes in Dec 2025; helohub calls it discontinued.</source>
        <extracomment>list hostkarma: status_note</extracomment>
        <translation>YunoHost は 2025 年 12 月時点でもそのコードを処理していましたが、helohub は提供終了としています。</translation>
    </message>
    <message>
        <source>Probably active (undated support page).</source>
        <extracomment>list lashback: status_note</extracomment>
        <translation>おそらく稼働中 (日付のないサポートページ)。</translation>
    </message>
    <message>
        <source>No public DNS zone: only available to paying subscribers via rsync.</source>
        <extracomment>list invaluement: status_note</extracomment>
        <translation>公開 DNS ゾーンはありません。有料購読者のみ rsync で利用できます。</translation>
    </message>
    <message>
        <source>No primary source found; only in catalogs. Not queried.</source>
        <extracomment>list justspam: status_note</extracomment>
        <translation>一次情報源が見つからず、カタログにあるのみです。照会しません。</translation>
    </message>
    <message>
        <source>Decommissioned on 5 June 2024; its servers no longer answer. The domain is a future wildcard risk, so it is never queried.</source>
        <extracomment>list sorbs: status_note</extracomment>
        <translation>2024 年 6 月 5 日に廃止され、サーバーはもう応答しません。ドメインが将来ワイルドカード化する恐れがあるため、照会しません。</translation>
    </message>
    <message>
        <source>Emptied on 16 January 2025 and answering NXDOMAIN for everything (RFC 6471 graceful shutdown).</source>
        <extracomment>list nixspam: status_note</extracomment>
        <translation>2025 年 1 月 16 日に空になり、すべてに NXDOMAIN を返しています (RFC 6471 の段階的な停止)。</translation>
    </message>
    <message>
        <source>Empty from November 2023, shut down in 2024; since October 2025 its name servers point at TEST-NET addresses, so queries time out.</source>
        <extracomment>list wpbl: status_note</extracomment>
        <translation>2023 年 11 月から空で、2024 年に停止しました。2025 年 10 月以降、ネームサーバーが TEST-NET アドレスを指しているため、クエリはタイムアウトします。</translation>
    </message>
    <message>
        <source>Domain lapsed; every name answered a parking address (91.195.240.117).</source>
        <extracomment>list spamcannibal: status_note</extracomment>
        <translation>ドメインが失効し、すべての名前がパーキング用アドレス (91.195.240.117) を返していました。</translation>
    </message>
    <message>
        <source>Domain expired and was bought by a speculator with wildcard DNS, so every IP looked listed.</source>
        <extracomment>list emailbasura: status_note</extracomment>
        <translation>ドメインが失効してワイルドカード DNS を使う転売業者に買われたため、すべての IP が掲載されているように見えました。</translation>
    </message>
    <message>
        <source>Went offline in March 2024.</source>
        <extracomment>list drand-spamtrap: status_note</extracomment>
        <translation>2024 年 3 月にオフラインになりました。</translation>
    </message>
    <message>
        <source>Does not exist any more or gives bogus answers (146.112.61.108).</source>
        <extracomment>list anonmails: status_note</extracomment>
        <translation>もう存在しないか、偽の応答を返します (146.112.61.108)。</translation>
    </message>
    <message>
        <source>Domain expired and was replaced with a wildcard A record. Zone name not recorded in the sources read.</source>
        <extracomment>list efnet-rbl: status_note</extracomment>
        <translation>ドメインが失効し、ワイルドカード A レコードに置き換えられました。読んだ資料にはゾーン名の記録がありません。</translation>
    </message>
    <message>
        <source>dynamic or dial-up address pool</source>
        <extracomment>generic reverse DNS name, words dyn, dynamic, dynip...: why</extracomment>
        <translation>動的またはダイヤルアップのアドレスプール</translation>
    </message>
    <message>
        <source>consumer access line</source>
        <extracomment>generic reverse DNS name, words dsl, adsl, vdsl...: why</extracomment>
        <translation>一般家庭向けのアクセス回線</translation>
    </message>
    <message>
        <source>mobile network</source>
        <extracomment>generic reverse DNS name, words mobile, gprs, umts...: why</extracomment>
        <translation>モバイルネットワーク</translation>
    </message>
    <message>
        <source>generic label for an access range</source>
        <extracomment>generic reverse DNS name, words host, ip, client...: why</extracomment>
        <translation>アクセス用アドレス範囲の汎用ラベル</translation>
    </message>
</context>
<context>
    <name>rebound::data::bounce</name>
    <message>
        <source>Authentication failed (SPF, DKIM, DMARC)</source>
        <extracomment>bounce reason authfailure (Sisimai&apos;s name): label</extracomment>
        <translation>認証失敗 (SPF、DKIM、DMARC)</translation>
    </message>
    <message>
        <source>Reverse DNS required</source>
        <extracomment>bounce reason requireptr (Sisimai&apos;s name): label</extracomment>
        <translation>逆引きDNSが必要</translation>
    </message>
    <message>
        <source>Relaying denied</source>
        <extracomment>bounce reason norelaying (Sisimai&apos;s name): label</extracomment>
        <translation>中継拒否</translation>
    </message>
    <message>
        <source>Virus detected</source>
        <extracomment>bounce reason virusdetected (Sisimai&apos;s name): label</extracomment>
        <translation>ウイルス検出</translation>
    </message>
    <message>
        <source>Message breaks the RFC</source>
        <extracomment>bounce reason notcompliantrfc (Sisimai&apos;s name): label</extracomment>
        <translation>RFC 違反のメッセージ</translation>
    </message>
    <message>
        <source>Message too big</source>
        <extracomment>bounce reason mesgtoobig (Sisimai&apos;s name): label</extracomment>
        <translation>メッセージが大きすぎる</translation>
    </message>
    <message>
        <source>Limit exceeded</source>
        <extracomment>bounce reason exceedlimit (Sisimai&apos;s name): label</extracomment>
        <translation>制限超過</translation>
    </message>
    <message>
        <source>Mailbox full</source>
        <extracomment>bounce reason mailboxfull (Sisimai&apos;s name): label</extracomment>
        <translation>メールボックス満杯</translation>
    </message>
    <message>
        <source>Receiving system full</source>
        <extracomment>bounce reason systemfull (Sisimai&apos;s name): label</extracomment>
        <translation>受信システムの容量不足</translation>
    </message>
    <message>
        <source>Account suspended</source>
        <extracomment>bounce reason suspend (Sisimai&apos;s name): label</extracomment>
        <translation>アカウント停止</translation>
    </message>
    <message>
        <source>Recipient has moved</source>
        <extracomment>bounce reason hasmoved (Sisimai&apos;s name): label</extracomment>
        <translation>受信者の移転</translation>
    </message>
    <message>
        <source>Poor sender reputation</source>
        <extracomment>bounce reason badreputation (Sisimai&apos;s name): label</extracomment>
        <translation>送信者のレピュテーション不良</translation>
    </message>
    <message>
        <source>Sender blocked</source>
        <extracomment>bounce reason blocked (Sisimai&apos;s name): label</extracomment>
        <translation>送信者ブロック</translation>
    </message>
    <message>
        <source>Spam detected</source>
        <extracomment>bounce reason spamdetected (Sisimai&apos;s name): label</extracomment>
        <translation>スパム判定</translation>
    </message>
    <message>
        <source>Unknown recipient</source>
        <extracomment>bounce reason userunknown (Sisimai&apos;s name): label</extracomment>
        <translation>宛先不明</translation>
    </message>
    <message>
        <source>Unknown recipient domain</source>
        <extracomment>bounce reason hostunknown (Sisimai&apos;s name): label</extracomment>
        <translation>宛先ドメイン不明</translation>
    </message>
    <message>
        <source>Domain accepts no mail</source>
        <extracomment>bounce reason notaccept (Sisimai&apos;s name): label</extracomment>
        <translation>ドメインがメールを受け付けない</translation>
    </message>
    <message>
        <source>Refused by the recipient&apos;s filter</source>
        <extracomment>bounce reason filtered (Sisimai&apos;s name): label</extracomment>
        <translation>受信者のフィルターで拒否</translation>
    </message>
    <message>
        <source>Sender rejected</source>
        <extracomment>bounce reason rejected (Sisimai&apos;s name): label</extracomment>
        <translation>送信者拒否</translation>
    </message>
    <message>
        <source>Policy violation</source>
        <extracomment>bounce reason policyviolation (Sisimai&apos;s name): label</extracomment>
        <translation>ポリシー違反</translation>
    </message>
    <message>
        <source>Too many connections</source>
        <extracomment>bounce reason toomanyconn (Sisimai&apos;s name): label</extracomment>
        <translation>接続数過多</translation>
    </message>
    <message>
        <source>Sending too fast</source>
        <extracomment>bounce reason speeding (Sisimai&apos;s name): label</extracomment>
        <translation>送信が速すぎる</translation>
    </message>
    <message>
        <source>STARTTLS failed</source>
        <extracomment>bounce reason failedstarttls (Sisimai&apos;s name): label</extracomment>
        <translation>STARTTLS 失敗</translation>
    </message>
    <message>
        <source>Security requirement failed</source>
        <extracomment>bounce reason securityerror (Sisimai&apos;s name): label</extracomment>
        <translation>セキュリティ要件を満たさない</translation>
    </message>
    <message>
        <source>Invalid content</source>
        <extracomment>bounce reason contenterror (Sisimai&apos;s name): label</extracomment>
        <translation>不正な内容</translation>
    </message>
    <message>
        <source>SMTP syntax error</source>
        <extracomment>bounce reason syntaxerror (Sisimai&apos;s name): label</extracomment>
        <translation>SMTP 構文エラー</translation>
    </message>
    <message>
        <source>Network error</source>
        <extracomment>bounce reason networkerror (Sisimai&apos;s name): label</extracomment>
        <translation>ネットワークエラー</translation>
    </message>
    <message>
        <source>Local delivery program failed</source>
        <extracomment>bounce reason mailererror (Sisimai&apos;s name): label</extracomment>
        <translation>ローカル配送プログラムの失敗</translation>
    </message>
    <message>
        <source>Receiving system error</source>
        <extracomment>bounce reason systemerror (Sisimai&apos;s name): label</extracomment>
        <translation>受信システムのエラー</translation>
    </message>
    <message>
        <source>Undecided</source>
        <extracomment>bounce reason onhold (Sisimai&apos;s name): label</extracomment>
        <translation>判定保留</translation>
    </message>
    <message>
        <source>Feedback report (complaint)</source>
        <extracomment>bounce reason feedback (Sisimai&apos;s name): label</extracomment>
        <translation>フィードバックレポート (苦情)</translation>
    </message>
    <message>
        <source>Auto-reply</source>
        <extracomment>bounce reason vacation (Sisimai&apos;s name): label</extracomment>
        <translation>自動応答</translation>
    </message>
    <message>
        <source>Delivered</source>
        <extracomment>bounce reason delivered (Sisimai&apos;s name): label</extracomment>
        <translation>配信済み</translation>
    </message>
    <message>
        <source>Unknown reason</source>
        <extracomment>bounce reason undefined (Sisimai&apos;s name): label</extracomment>
        <translation>不明な理由</translation>
    </message>
    <message>
        <source>Expired or delayed in the queue</source>
        <extracomment>bounce reason expired (Sisimai&apos;s name): label</extracomment>
        <translation>キュー内で期限切れまたは遅延</translation>
    </message>
</context>
<context>
    <name>rebound::data::postmaster</name>
    <message>
        <source>SPF authentication</source>
        <extracomment>Postmaster Tools compliance requirement SPF: name</extracomment>
        <translation>SPF 認証</translation>
    </message>
    <message>
        <source>DKIM authentication</source>
        <extracomment>Postmaster Tools compliance requirement DKIM: name</extracomment>
        <translation>DKIM 認証</translation>
    </message>
    <message>
        <source>SPF and DKIM authentication</source>
        <extracomment>Postmaster Tools compliance requirement SPF_AND_DKIM: name</extracomment>
        <translation>SPF と DKIM の認証</translation>
    </message>
    <message>
        <source>DMARC policy published</source>
        <extracomment>Postmaster Tools compliance requirement DMARC_POLICY: name</extracomment>
        <translation>DMARC ポリシーの公開</translation>
    </message>
    <message>
        <source>DMARC alignment</source>
        <extracomment>Postmaster Tools compliance requirement DMARC_ALIGNMENT: name</extracomment>
        <translation>DMARC アライメント</translation>
    </message>
    <message>
        <source>Message formatting (RFC 5322)</source>
        <extracomment>Postmaster Tools compliance requirement MESSAGE_FORMATTING: name</extracomment>
        <translation>メッセージの形式 (RFC 5322)</translation>
    </message>
    <message>
        <source>Forward and reverse DNS records</source>
        <extracomment>Postmaster Tools compliance requirement DNS_RECORDS: name</extracomment>
        <translation>正引き・逆引きの DNS レコード</translation>
    </message>
    <message>
        <source>TLS encryption</source>
        <extracomment>Postmaster Tools compliance requirement ENCRYPTION: name</extracomment>
        <translation>TLS 暗号化</translation>
    </message>
    <message>
        <source>User-reported spam rate</source>
        <extracomment>Postmaster Tools compliance requirement USER_REPORTED_SPAM_RATE: name</extracomment>
        <translation>ユーザー報告による迷惑メール率</translation>
    </message>
    <message>
        <source>One-click unsubscribe</source>
        <extracomment>Postmaster Tools compliance requirement ONE_CLICK_UNSUBSCRIBE: name</extracomment>
        <translation>ワンクリック配信停止</translation>
    </message>
    <message>
        <source>Honouring unsubscribe requests</source>
        <extracomment>Postmaster Tools compliance requirement HONOR_UNSUBSCRIBE: name</extracomment>
        <translation>配信停止リクエストへの対応</translation>
    </message>
    <message>
        <source>Gmail users reported {rate} of {domain}&apos;s mail as spam on {date}: at or over the 0.3 % limit</source>
        <extracomment>reports finding postmaster.spam_rate_error: title</extracomment>
        <translation>{date} に Gmail ユーザーが {domain} のメールの {rate} を迷惑メールとして報告しました: 上限の 0.3% 以上です</translation>
    </message>
    <message>
        <source>Gmail&apos;s bulk-sender rules require a user-reported spam rate below 0.3 %; at or above it Gmail rejects or junks more of the domain&apos;s mail, and mitigation is not available until the rate has stayed below 0.3 % for seven days. Send only to people who asked for the mail, make unsubscribing one click, and stop mailing recipients who do not open.</source>
        <extracomment>reports finding postmaster.spam_rate_error: detail</extracomment>
        <translation>Gmail の大量送信者のルールでは、ユーザー報告による迷惑メール率を 0.3% 未満に保つ必要があります。0.3% 以上になると、Gmail はこのドメインのメールをより多く拒否するか迷惑メールに振り分けます。また、迷惑メール率が 7 日間続けて 0.3% 未満になるまで緩和 (ミティゲーション) は受けられません。メールを希望した人にだけ送信し、配信停止をワンクリックでできるようにし、メールを開封しない受信者への送信をやめてください。</translation>
    </message>
    <message>
        <source>Gmail users reported {rate} of {domain}&apos;s mail as spam on {date}: over the 0.1 % target</source>
        <extracomment>reports finding postmaster.spam_rate_warning: title</extracomment>
        <translation>{date} に Gmail ユーザーが {domain} のメールの {rate} を迷惑メールとして報告しました: 目標の 0.1% を超えています</translation>
    </message>
    <message>
        <source>Gmail asks bulk senders to keep the user-reported spam rate below 0.1 % and never to reach 0.3 %. Find which mailings draw the complaints and remove recipients who did not ask for them.</source>
        <extracomment>reports finding postmaster.spam_rate_warning: detail</extracomment>
        <translation>Gmail は大量送信者に対し、ユーザー報告による迷惑メール率を 0.1% 未満に保ち、決して 0.3% に達しないよう求めています。どの配信が苦情を招いているかを突き止め、それを希望していない受信者を削除してください。</translation>
    </message>
    <message>
        <source>Only {rate} of {domain}&apos;s mail to Gmail passed {mechanism} on {date}</source>
        <extracomment>reports finding postmaster.auth_rate: title</extracomment>
        <translation>{date} に Gmail 宛ての {domain} のメールのうち {mechanism} に合格したのは {rate} だけでした</translation>
    </message>
    <message>
        <source>Gmail requires all mail from bulk senders to pass SPF and DKIM and the From domain to pass DMARC. Some of the domain&apos;s mail is sent from a source that is not authorised or not signed: compare the DMARC aggregate reports&apos; sources with your own servers and services.</source>
        <extracomment>reports finding postmaster.auth_rate: detail</extracomment>
        <translation>Gmail は、大量送信者からのすべてのメールが SPF と DKIM に合格し、From ドメインが DMARC に合格することを求めています。このドメインのメールの一部は、承認されていないか署名されていない送信元から送られています: DMARC 集約レポートの送信元を、自分のサーバーやサービスと比較してください。</translation>
    </message>
    <message>
        <source>Only {rate} of {domain}&apos;s mail to Gmail was sent over TLS on {date}</source>
        <extracomment>reports finding postmaster.tls_rate: title</extracomment>
        <translation>{date} に Gmail 宛ての {domain} のメールのうち TLS で送信されたのは {rate} だけでした</translation>
    </message>
    <message>
        <source>Gmail requires a TLS connection for mail from bulk senders. A server or service that sends for the domain does not use STARTTLS: turn it on in that server&apos;s outbound settings.</source>
        <extracomment>reports finding postmaster.tls_rate: detail</extracomment>
        <translation>Gmail は大量送信者からのメールに TLS 接続を求めています。このドメインのメールを送信しているサーバーまたはサービスのいずれかが STARTTLS を使っていません: そのサーバーの送信設定で有効にしてください。</translation>
    </message>
    <message>
        <source>Gmail rejected or deferred {rate} of {domain}&apos;s mail on {date}</source>
        <extracomment>reports finding postmaster.delivery_errors: title</extracomment>
        <translation>{date} に Gmail が {domain} のメールの {rate} を拒否または保留しました</translation>
    </message>
    <message>
        <source>The delivery error rate counts Gmail&apos;s temporary and permanent refusals. The bounces themselves say why: open one in Rebound.</source>
        <extracomment>reports finding postmaster.delivery_errors: detail</extracomment>
        <translation>配信エラー率は、Gmail による一時的および恒久的な拒否を数えたものです。理由はバウンス自体に書かれています: バウンスを Rebound で開いてください。</translation>
    </message>
    <message>
        <source>Gmail&apos;s sender compliance for {domain}: &apos;{requirement}&apos; needs work</source>
        <extracomment>reports finding postmaster.compliance_needs_work: title</extracomment>
        <translation>{domain} の Gmail 送信者コンプライアンス: 「{requirement}」が要対応です</translation>
    </message>
    <message>
        <source>Postmaster Tools checks the domain against Gmail&apos;s sender requirements. A requirement that needs work can lead Gmail to reject or junk the domain&apos;s mail; fix it and the status changes within a few days.</source>
        <extracomment>reports finding postmaster.compliance_needs_work: detail</extracomment>
        <translation>Postmaster Tools は、ドメインが Gmail の送信者要件を満たしているかを確認します。要対応の要件があると、Gmail がこのドメインのメールを拒否したり迷惑メールに振り分けたりすることがあります。修正すれば、数日以内に状況が変わります。</translation>
    </message>
    <message>
        <source>Gmail&apos;s sender compliance for {domain}: every requirement Google checks is met</source>
        <extracomment>reports finding postmaster.compliant: title</extracomment>
        <translation>{domain} の Gmail 送信者コンプライアンス: Google が確認するすべての要件を満たしています</translation>
    </message>
    <message>
        <source>Postmaster Tools shows each of Gmail&apos;s sender requirements as compliant for the domain.</source>
        <extracomment>reports finding postmaster.compliant: detail</extracomment>
        <translation>Postmaster Tools では、このドメインについて Gmail の送信者要件がすべて「準拠」と表示されています。</translation>
    </message>
</context>
<context>
    <name>rebound::data::reports</name>
    <message>
        <source>{messages} messages from {sources} unauthorised sources failed DMARC for {domain}</source>
        <extracomment>reports finding reports.unauthorised_sender: title</extracomment>
        <translation>{domain} について、未承認の送信元 {sources} 件からのメッセージ {messages} 通が DMARC に失敗しました</translation>
    </message>
    <message>
        <source>These sources are neither among the domain&apos;s SPF-authorised senders nor a known sending service, and have no aligned DKIM signature. If you do not recognise them, they are spoofing your domain: move the DMARC policy towards p=quarantine or p=reject. If one of them is yours (a server, an application, a new provider), add it to the SPF record and sign its mail with DKIM for {domain}.</source>
        <extracomment>reports finding reports.unauthorised_sender: detail</extracomment>
        <translation>これらの送信元は、ドメインの SPF で承認された送信者でも既知の送信サービスでもなく、アライメントした DKIM 署名もありません。心当たりがなければ、あなたのドメインになりすましています: DMARC ポリシーを p=quarantine または p=reject へ移行してください。いずれかが自分のもの (サーバー、アプリケーション、新しいプロバイダー) であれば、SPF レコードに追加し、そのメールに {domain} で DKIM 署名してください。</translation>
    </message>
    <message>
        <source>{messages} messages from your sending services failed DMARC for {domain}: align DKIM</source>
        <extracomment>reports finding reports.esp_unaligned: title</extracomment>
        <translation>{domain} について、送信サービスからのメッセージ {messages} 通が DMARC に失敗しました: DKIM をアライメントさせてください</translation>
    </message>
    <message>
        <source>These sources ({names}) send for you, but sign with their own domain and use their own envelope (bounce) domain, so neither DKIM nor SPF aligns with {domain}. Set up DKIM for {domain} (a custom signing domain) in each service, and if possible a custom return-path under {domain}.</source>
        <extracomment>reports finding reports.esp_unaligned: detail</extracomment>
        <translation>これらの送信元 ({names}) はあなたに代わって送信していますが、自社のドメインで署名し、自社のエンベロープ (バウンス) ドメインを使っているため、DKIM も SPF も {domain} とアライメントしません。各サービスで {domain} の DKIM (独自の署名ドメイン) を設定し、可能であれば {domain} 配下の独自の Return-Path も設定してください。</translation>
    </message>
    <message>
        <source>{messages} forwarded messages failed DMARC for {domain}</source>
        <extracomment>reports finding reports.forwarding: title</extracomment>
        <translation>{domain} について、転送されたメッセージ {messages} 通が DMARC に失敗しました</translation>
    </message>
    <message>
        <source>These sources ({names}) look like forwarders or mailing lists: they relay mail that was sent as {domain} from their own servers, which breaks SPF, and a list that changes the message breaks DKIM as well. This is expected; an aligned DKIM signature survives plain forwarding, so make sure all of your mail is DKIM-signed for {domain}.</source>
        <extracomment>reports finding reports.forwarding: detail</extracomment>
        <translation>これらの送信元 ({names}) は転送サービスかメーリングリストのようです: {domain} として送信されたメールを自分のサーバーから中継するため SPF が失敗し、メッセージを変更するメーリングリストでは DKIM も失敗します。これは想定どおりです。アライメントした DKIM 署名は単純な転送では失われないため、すべてのメールが {domain} で DKIM 署名されていることを確認してください。</translation>
    </message>
    <message>
        <source>{messages} TLS sessions to {domain} failed</source>
        <extracomment>reports finding reports.tls_failures: title</extracomment>
        <translation>{domain} への TLS セッション {messages} 件が失敗しました</translation>
    </message>
    <message>
        <source>Sending servers could not set up a secure connection to the mail servers of {domain} as its policy ({names}) requires. See the result types for what failed and how to fix it.</source>
        <extracomment>reports finding reports.tls_failures: detail</extracomment>
        <translation>送信サーバーは、ポリシー ({names}) の要求どおりに {domain} のメールサーバーと安全な接続を確立できませんでした。何が失敗したか、どう修正するかは結果の種類を参照してください。</translation>
    </message>
    <message>
        <source>The receiving mail server did not offer STARTTLS: mail to it went unencrypted or, under a policy, was not delivered.</source>
        <extracomment>TLS-RPT result type starttls-not-supported: meaning</extracomment>
        <translation>受信メールサーバーが STARTTLS を提供していませんでした: そのサーバー宛てのメールは暗号化されずに送られたか、ポリシーによっては配送されませんでした。</translation>
    </message>
    <message>
        <source>The certificate of the receiving mail server does not name the MX host the sender connected to.</source>
        <extracomment>TLS-RPT result type certificate-host-mismatch: meaning</extracomment>
        <translation>受信メールサーバーの証明書に、送信側が接続した MX ホストの名前が含まれていません。</translation>
    </message>
    <message>
        <source>The certificate of the receiving mail server has expired: renew it.</source>
        <extracomment>TLS-RPT result type certificate-expired: meaning</extracomment>
        <translation>受信メールサーバーの証明書が期限切れです: 更新してください。</translation>
    </message>
    <message>
        <source>The certificate of the receiving mail server is not signed by a trusted authority (self-signed, or an intermediate certificate is missing from the chain).</source>
        <extracomment>TLS-RPT result type certificate-not-trusted: meaning</extracomment>
        <translation>受信メールサーバーの証明書が信頼された認証局によって署名されていません (自己署名か、チェーンに中間証明書がありません)。</translation>
    </message>
    <message>
        <source>The certificate chain or the policy could not be validated for another reason (see the failure reason code).</source>
        <extracomment>TLS-RPT result type validation-failure: meaning</extracomment>
        <translation>その他の理由で証明書チェーンまたはポリシーを検証できませんでした (失敗理由コードを参照してください)。</translation>
    </message>
    <message>
        <source>The DANE TLSA records of the MX host are broken or do not match its certificate.</source>
        <extracomment>TLS-RPT result type tlsa-invalid: meaning</extracomment>
        <translation>MX ホストの DANE TLSA レコードが壊れているか、証明書と一致しません。</translation>
    </message>
    <message>
        <source>The DNSSEC signatures needed for DANE did not validate.</source>
        <extracomment>TLS-RPT result type dnssec-invalid: meaning</extracomment>
        <translation>DANE に必要な DNSSEC 署名を検証できませんでした。</translation>
    </message>
    <message>
        <source>The sender requires DANE for this host but found no usable TLSA records.</source>
        <extracomment>TLS-RPT result type dane-required: meaning</extracomment>
        <translation>送信側はこのホストに DANE を必須としていますが、使用できる TLSA レコードが見つかりませんでした。</translation>
    </message>
    <message>
        <source>The MTA-STS policy could not be fetched from https://mta-sts.&lt;domain&gt;/.well-known/mta-sts.txt (no such host, HTTP error or a bad certificate).</source>
        <extracomment>TLS-RPT result type sts-policy-fetch-error: meaning</extracomment>
        <translation>MTA-STS ポリシーを https://mta-sts.&lt;domain&gt;/.well-known/mta-sts.txt から取得できませんでした (ホストが存在しない、HTTP エラー、または不正な証明書)。</translation>
    </message>
    <message>
        <source>The MTA-STS policy file was fetched but is not valid (syntax, or the _mta-sts TXT record does not match it).</source>
        <extracomment>TLS-RPT result type sts-policy-invalid: meaning</extracomment>
        <translation>MTA-STS ポリシーファイルは取得できましたが、有効ではありません (構文エラー、または _mta-sts TXT レコードと一致しない)。</translation>
    </message>
    <message>
        <source>The certificate of the MTA-STS policy host (mta-sts.&lt;domain&gt;) did not validate.</source>
        <extracomment>TLS-RPT result type sts-webpki-invalid: meaning</extracomment>
        <translation>MTA-STS ポリシーホスト (mta-sts.&lt;domain&gt;) の証明書を検証できませんでした。</translation>
    </message>
    <message>
        <source>A result type this version of Rebound does not know.</source>
        <extracomment>TLS-RPT result type unknown: meaning</extracomment>
        <translation>このバージョンの Rebound が認識していない結果の種類です。</translation>
    </message>
</context>
<context>
    <name>rebound::data::rules</name>
    <message>
        <source>{ip} is on the Spamhaus XBL: a host behind it is infected or an open proxy</source>
        <extracomment>rule blocklist.spamhaus.xbl: title</extracomment>
        <translation>{ip} が Spamhaus XBL に掲載されています: 背後のホストが感染しているか、オープンプロキシです</translation>
    </message>
    <message>
        <source>Spamhaus lists {ip} as an exploited host (XBL, CBL data). Usually a machine behind that address, often behind a NAT gateway shared by a whole office, runs malware, a spam bot or an open proxy. Receivers that use Spamhaus ZEN reject all mail from the address until it is cleaned and removed.</source>
        <extracomment>rule blocklist.spamhaus.xbl: summary</extracomment>
        <translation>Spamhaus は {ip} を侵害されたホスト (XBL、CBL データ) として掲載しています。通常、そのアドレスの背後 (多くはオフィス全体で共有する NAT ゲートウェイの背後) のマシンがマルウェア、スパムボット、オープンプロキシを動かしています。Spamhaus ZEN を使う受信側は、駆除されて削除されるまでそのアドレスからのメールをすべて拒否します。</translation>
    </message>
    <message>
        <source>Removal is usually effective within an hour of the request once the host is clean; receivers&apos; caches may take a little longer.</source>
        <extracomment>rule blocklist.spamhaus.xbl: recovery</extracomment>
        <translation>ホストがクリーンになれば、削除は通常申請から 1 時間以内に有効になります。受信側のキャッシュにはもう少しかかることがあります。</translation>
    </message>
    <message>
        <source>Find the infected or misconfigured machine behind {ip}: check the firewall or NAT logs for outbound connections to port 25 from hosts that are not your mail server, and scan every machine that shares the address.</source>
        <extracomment>rule blocklist.spamhaus.xbl: step (you)</extracomment>
        <translation>{ip} の背後にある感染したマシンや設定ミスのマシンを探してください。ファイアウォールや NAT のログで、メールサーバー以外のホストからポート 25 への外向き接続を確認し、そのアドレスを共有するすべてのマシンをスキャンしてください。</translation>
    </message>
    <message>
        <source>Block outbound port 25 at the firewall for everything except your real mail server(s), so that a future infection cannot send directly.</source>
        <extracomment>rule blocklist.spamhaus.xbl: step (you)</extracomment>
        <translation>本来のメールサーバー以外からの外向きポート 25 をファイアウォールでブロックし、今後感染しても直接送信できないようにしてください。</translation>
    </message>
    <message>
        <source>Once the cause is fixed, request removal on the Spamhaus lookup page for {ip}.</source>
        <extracomment>rule blocklist.spamhaus.xbl: step (you)</extracomment>
        <translation>原因を解消したら、Spamhaus の照会ページで {ip} の削除を申請してください。</translation>
    </message>
    <message>
        <source>Spamhaus lookup and removal for {ip}</source>
        <extracomment>rule blocklist.spamhaus.xbl: link title</extracomment>
        <translation>{ip} の Spamhaus 照会と削除</translation>
    </message>
    <message>
        <source>Asking for delisting before the cause is fixed gets the IP listed again, often for longer.</source>
        <extracomment>rule blocklist.spamhaus.xbl: what not to do</extracomment>
        <translation>原因を解消する前に削除を申請すると、再び掲載され、多くの場合期間も長くなります。</translation>
    </message>
    <message>
        <source>Do not just change the sending IP: the infected host follows you to the new address.</source>
        <extracomment>rule blocklist.spamhaus.xbl: what not to do</extracomment>
        <translation>送信 IP を変えるだけではいけません: 感染したホストは新しいアドレスにもついてきます。</translation>
    </message>
    <message>
        <source>Cisco Talos reputation for {ip}</source>
        <extracomment>rule blocklist.spamhaus.xbl: link title</extracomment>
        <translation>{ip} の Cisco Talos レピュテーション</translation>
    </message>
    <message>
        <source>{ip} is in the Spamhaus PBL: an end-user range that should not send mail directly</source>
        <extracomment>rule blocklist.spamhaus.pbl: title</extracomment>
        <translation>{ip} は Spamhaus PBL に含まれています: 直接メールを送るべきではないエンドユーザー向け範囲です</translation>
    </message>
    <message>
        <source>The Policy Block List is not a punishment: it marks address ranges (home, mobile, dynamic) whose owner says they should not deliver mail straight to the Internet. Mail from {ip} must go through your provider&apos;s or ESP&apos;s authenticated smarthost.</source>
        <extracomment>rule blocklist.spamhaus.pbl: summary</extracomment>
        <translation>Policy Block List は罰則ではありません。所有者がインターネットへ直接メールを配送すべきでないとしているアドレス範囲 (家庭用、モバイル、動的) を示すものです。{ip} からのメールは、プロバイダーまたは ESP の認証付きスマートホストを経由させる必要があります。</translation>
    </message>
    <message>
        <source>Immediate once mail goes through a smarthost; an ISP change of a PBL entry takes days.</source>
        <extracomment>rule blocklist.spamhaus.pbl: recovery</extracomment>
        <translation>スマートホスト経由にすれば即時。ISP による PBL エントリーの変更には数日かかります。</translation>
    </message>
    <message>
        <source>Send through a smarthost (your ISP&apos;s or ESP&apos;s submission server, port 587 with SMTP AUTH) instead of delivering directly from {ip}.</source>
        <extracomment>rule blocklist.spamhaus.pbl: step (you)</extracomment>
        <translation>{ip} から直接配送せず、スマートホスト (ISP または ESP のサブミッションサーバー、ポート 587 で SMTP AUTH) 経由で送信してください。</translation>
    </message>
    <message>
        <source>If {ip} really is a static server address that should send mail, ask the ISP that owns it to change its PBL entry (code 127.0.0.10 is maintained by the ISP); for code 127.0.0.11 (maintained by Spamhaus) use the removal option on the lookup page.</source>
        <extracomment>rule blocklist.spamhaus.pbl: step (provider)</extracomment>
        <translation>{ip} が本当にメールを送るべき固定のサーバーアドレスであれば、所有する ISP に PBL エントリーの変更を依頼してください (コード 127.0.0.10 は ISP 管理)。コード 127.0.0.11 (Spamhaus 管理) の場合は照会ページの削除オプションを使ってください。</translation>
    </message>
    <message>
        <source>Do not remove a PBL entry for a dynamic or home address: mail from it will still be refused by many receivers for other reasons.</source>
        <extracomment>rule blocklist.spamhaus.pbl: what not to do</extracomment>
        <translation>動的アドレスや家庭用アドレスの PBL エントリーを削除しないでください: そこからのメールは他の理由で多くの受信側に拒否され続けます。</translation>
    </message>
    <message>
        <source>{ip} is on the Spamhaus SBL: a verified spam source or spam operation</source>
        <extracomment>rule blocklist.spamhaus.sbl: title</extracomment>
        <translation>{ip} が Spamhaus SBL に掲載されています: 確認済みのスパム送信元またはスパム業者です</translation>
    </message>
    <message>
        <source>The Spamhaus Block List names addresses that Spamhaus staff verified as sending spam or hosting spam operations (code 127.0.0.9 adds DROP: the whole network is hijacked or criminal). This is the most serious listing and is reviewed by people.</source>
        <extracomment>rule blocklist.spamhaus.sbl: summary</extracomment>
        <translation>Spamhaus Block List は、Spamhaus のスタッフがスパム送信やスパム業者のホスティングを確認したアドレスを掲載しています (コード 127.0.0.9 は DROP を追加: ネットワーク全体が乗っ取られているか犯罪目的)。最も深刻な掲載で、人が審査します。</translation>
    </message>
    <message>
        <source>Days, after the network owner shows the problem is resolved.</source>
        <extracomment>rule blocklist.spamhaus.sbl: recovery</extracomment>
        <translation>ネットワーク所有者が問題解決を示してから数日。</translation>
    </message>
    <message>
        <source>Read the SBL record linked from the lookup page: it says what was seen and who must act.</source>
        <extracomment>rule blocklist.spamhaus.sbl: step (you)</extracomment>
        <translation>照会ページからリンクされた SBL レコードを読んでください: 何が観測され、誰が対応すべきかが書かれています。</translation>
    </message>
    <message>
        <source>SBL listings are usually addressed to the network owner (your hosting provider or ESP). Stop the traffic described in the record, then the owner asks Spamhaus for removal.</source>
        <extracomment>rule blocklist.spamhaus.sbl: step (provider)</extracomment>
        <translation>SBL の掲載は通常ネットワーク所有者 (ホスティング事業者や ESP) 宛てです。レコードに記載されたトラフィックを止め、その後所有者が Spamhaus に削除を依頼します。</translation>
    </message>
    <message>
        <source>Do not send more mail from the address while listed: it prolongs the listing.</source>
        <extracomment>rule blocklist.spamhaus.sbl: what not to do</extracomment>
        <translation>掲載中はそのアドレスからメールを送らないでください: 掲載が長引きます。</translation>
    </message>
    <message>
        <source>{ip} is on the Spamhaus CSS: automated detection of low-reputation or snowshoe mail</source>
        <extracomment>rule blocklist.spamhaus.css: title</extracomment>
        <translation>{ip} が Spamhaus CSS に掲載されています: レピュテーションの低いメールまたはスノーシューメールの自動検出です</translation>
    </message>
    <message>
        <source>The CSS part of the SBL lists addresses that Spamhaus&apos;s automation saw sending low-reputation mail, typically bulk mail to unconfirmed lists or mail from badly configured servers (no or generic reverse DNS, HELO names that do not resolve).</source>
        <extracomment>rule blocklist.spamhaus.css: summary</extracomment>
        <translation>SBL の CSS 部分は、Spamhaus の自動システムがレピュテーションの低いメールの送信を観測したアドレスを掲載します。典型的には未確認リストへの大量送信や、設定の悪いサーバー (逆引きDNSがない・汎用的、HELO 名が解決できない) からのメールです。</translation>
    </message>
    <message>
        <source>Automatic or on request, usually within days once the traffic stops.</source>
        <extracomment>rule blocklist.spamhaus.css: recovery</extracomment>
        <translation>トラフィックが止まれば、自動または申請により通常数日以内。</translation>
    </message>
    <message>
        <source>Check the sending server&apos;s reverse DNS, HELO name and list practices (confirmed opt-in, bounces removed).</source>
        <extracomment>rule blocklist.spamhaus.css: step (you)</extracomment>
        <translation>送信サーバーの逆引きDNS、HELO 名、リスト運用 (確認済みオプトイン、バウンスの削除) を確認してください。</translation>
    </message>
    <message>
        <source>After fixing the cause, request removal on the Spamhaus lookup page.</source>
        <extracomment>rule blocklist.spamhaus.css: step (you)</extracomment>
        <translation>原因を解消したら、Spamhaus の照会ページで削除を申請してください。</translation>
    </message>
    <message>
        <source>The domain is on the Spamhaus DBL</source>
        <extracomment>rule blocklist.spamhaus.dbl: title</extracomment>
        <translation>ドメインが Spamhaus DBL に掲載されています</translation>
    </message>
    <message>
        <source>The Domain Block List names domains seen in spam, phishing or malware. Receivers reject or junk mail that mentions or comes from a listed domain, whatever the sending IP.</source>
        <extracomment>rule blocklist.spamhaus.dbl: summary</extracomment>
        <translation>Domain Block List は、スパム、フィッシング、マルウェアで観測されたドメインを掲載しています。受信側は、送信 IP に関係なく、掲載ドメインに言及する、またはそこから来たメールを拒否するか迷惑メールに振り分けます。</translation>
    </message>
    <message>
        <source>Hours to days after the request.</source>
        <extracomment>rule blocklist.spamhaus.dbl: recovery</extracomment>
        <translation>申請から数時間〜数日。</translation>
    </message>
    <message>
        <source>Find out why the domain was listed (compromised website, redirector abuse, lookalike phishing) and fix it.</source>
        <extracomment>rule blocklist.spamhaus.dbl: step (you)</extracomment>
        <translation>ドメインが掲載された理由 (侵害された Web サイト、リダイレクターの悪用、なりすましフィッシング) を調べて修正してください。</translation>
    </message>
    <message>
        <source>Request removal through the Spamhaus lookup page for the domain.</source>
        <extracomment>rule blocklist.spamhaus.dbl: step (you)</extracomment>
        <translation>ドメインの Spamhaus 照会ページから削除を申請してください。</translation>
    </message>
    <message>
        <source>Spamhaus lookup for {domain}</source>
        <extracomment>rule blocklist.spamhaus.dbl: link title</extracomment>
        <translation>{domain} の Spamhaus 照会</translation>
    </message>
    <message>
        <source>The receiver says {ip} is on a Spamhaus list</source>
        <extracomment>rule blocklist.spamhaus.named: title</extracomment>
        <translation>受信側によると {ip} は Spamhaus のリストに掲載されています</translation>
    </message>
    <message>
        <source>The bounce names Spamhaus. The live check could not confirm which Spamhaus list it is (or has not run), so the remedy depends on the listing: look it up on the Spamhaus page.</source>
        <extracomment>rule blocklist.spamhaus.named: summary</extracomment>
        <translation>バウンスは Spamhaus を挙げています。ライブチェックではどの Spamhaus リストか確認できなかった (または実行されていない) ため、対処は掲載内容次第です: Spamhaus のページで確認してください。</translation>
    </message>
    <message>
        <source>Depends on the list: XBL and CSS often within a day of removal, SBL days.</source>
        <extracomment>rule blocklist.spamhaus.named: recovery</extracomment>
        <translation>リストによります: XBL と CSS は削除後 1 日以内が多く、SBL は数日。</translation>
    </message>
    <message>
        <source>Look up {ip} on the Spamhaus page to see which list (SBL, CSS, XBL or PBL) and why.</source>
        <extracomment>rule blocklist.spamhaus.named: step (you)</extracomment>
        <translation>Spamhaus のページで {ip} を照会し、どのリスト (SBL、CSS、XBL、PBL) に、なぜ掲載されているかを確認してください。</translation>
    </message>
    <message>
        <source>Fix the cause the listing describes before asking for removal.</source>
        <extracomment>rule blocklist.spamhaus.named: step (you)</extracomment>
        <translation>削除を申請する前に、掲載内容に書かれた原因を解消してください。</translation>
    </message>
    <message>
        <source>Rebound could not check {list_name} for {ip} ({list_status}): this rests on the bounce text alone, not on a live answer.</source>
        <extracomment>rule blocklist.spamhaus.named: note</extracomment>
        <translation>Rebound は {ip} について {list_name} を確認できませんでした ({list_status}): これはライブの応答ではなく、バウンス本文だけに基づいています。</translation>
    </message>
    <message>
        <source>Some blocklists refused to answer through your resolver: not a listing</source>
        <extracomment>rule blocklist.query_refused: title</extracomment>
        <translation>一部のブロックリストがあなたのリゾルバー経由での応答を拒否しました: 掲載ではありません</translation>
    </message>
    <message>
        <source>Lists such as Spamhaus refuse queries that arrive through public or shared resolvers (Google, Cloudflare, many ISPs) or over their free limit, and answer with a special code instead (Spamhaus 127.255.255.254 or .255). That is not a listing, but it means Rebound could not check those lists.</source>
        <extracomment>rule blocklist.query_refused: summary</extracomment>
        <translation>Spamhaus などのリストは、パブリックまたは共有リゾルバー (Google、Cloudflare、多くの ISP) 経由や無料上限を超えた問い合わせを拒否し、代わりに特別なコード (Spamhaus 127.255.255.254 または .255) を返します。掲載ではありませんが、Rebound がそれらのリストを確認できなかったことを意味します。</translation>
    </message>
    <message>
        <source>Immediate after changing the resolver.</source>
        <extracomment>rule blocklist.query_refused: recovery</extracomment>
        <translation>リゾルバーを変更すれば即時。</translation>
    </message>
    <message>
        <source>Spamhaus: using a public DNS resolver</source>
        <extracomment>rule blocklist.query_refused: link title</extracomment>
        <translation>Spamhaus: パブリック DNS リゾルバーの使用について</translation>
    </message>
    <message>
        <source>Spamhaus Data Query Service (free key)</source>
        <extracomment>rule blocklist.query_refused: link title</extracomment>
        <translation>Spamhaus Data Query Service (無料キー)</translation>
    </message>
    <message>
        <source>Do not read a refused list as clean, and do not ask for delisting because of a refusal code.</source>
        <extracomment>rule blocklist.query_refused: what not to do</extracomment>
        <translation>拒否されたリストをクリーンとみなさないでください。また、拒否コードを理由に削除を申請しないでください。</translation>
    </message>
    <message>
        <source>{ip} is on the Barracuda Reputation Block List</source>
        <extracomment>rule blocklist.barracuda: title</extracomment>
        <translation>{ip} が Barracuda Reputation Block List に掲載されています</translation>
    </message>
    <message>
        <source>Barracuda lists addresses that sent mail its customers&apos; appliances considered spam. Many companies behind Barracuda gateways reject mail from listed IPs.</source>
        <extracomment>rule blocklist.barracuda: summary</extracomment>
        <translation>Barracuda は、顧客のアプライアンスがスパムと判定したメールを送ったアドレスを掲載しています。Barracuda ゲートウェイを使う多くの企業が、掲載 IP からのメールを拒否します。</translation>
    </message>
    <message>
        <source>About 12-48 hours after a request.</source>
        <extracomment>rule blocklist.barracuda: recovery</extracomment>
        <translation>申請後約 12〜48 時間。</translation>
    </message>
    <message>
        <source>Fix the cause (compromised account, bad list, missing reverse DNS), then submit the removal request; Barracuda reviews it within about a day.</source>
        <extracomment>rule blocklist.barracuda: step (you)</extracomment>
        <translation>原因 (侵害されたアカウント、質の悪いリスト、逆引きDNSの欠如) を解消してから削除申請を提出してください。Barracuda は約 1 日で審査します。</translation>
    </message>
    <message>
        <source>Barracuda removal request</source>
        <extracomment>rule blocklist.barracuda: link title</extracomment>
        <translation>Barracuda の削除申請</translation>
    </message>
    <message>
        <source>Barracuda reputation lookup</source>
        <extracomment>rule blocklist.barracuda: link title</extracomment>
        <translation>Barracuda のレピュテーション照会</translation>
    </message>
    <message>
        <source>{ip} is on the SpamCop blocklist</source>
        <extracomment>rule blocklist.spamcop: title</extracomment>
        <translation>{ip} が SpamCop のブロックリストに掲載されています</translation>
    </message>
    <message>
        <source>SpamCop lists addresses that its users reported as spam sources in the last day or so. The listing expires on its own once reports stop.</source>
        <extracomment>rule blocklist.spamcop: summary</extracomment>
        <translation>SpamCop は、ここ 1 日ほどの間に利用者がスパム送信元として報告したアドレスを掲載します。報告が止まれば掲載は自然に期限切れになります。</translation>
    </message>
    <message>
        <source>About 24 hours after reports stop.</source>
        <extracomment>rule blocklist.spamcop: recovery</extracomment>
        <translation>報告が止まってから約 24 時間。</translation>
    </message>
    <message>
        <source>Find what generated the reports (a compromised account, a form that sends mail, unconfirmed lists) and stop it.</source>
        <extracomment>rule blocklist.spamcop: step (you)</extracomment>
        <translation>報告の原因 (侵害されたアカウント、メールを送るフォーム、未確認リスト) を突き止めて止めてください。</translation>
    </message>
    <message>
        <source>Wait: SpamCop listings expire automatically about 24 hours after the last report.</source>
        <extracomment>rule blocklist.spamcop: step (you)</extracomment>
        <translation>時間を置いてください: SpamCop の掲載は最後の報告から約 24 時間で自動的に期限切れになります。</translation>
    </message>
    <message>
        <source>SpamCop lookup</source>
        <extracomment>rule blocklist.spamcop: link title</extracomment>
        <translation>SpamCop 照会</translation>
    </message>
    <message>
        <source>There is no delisting form; repeated listings last longer.</source>
        <extracomment>rule blocklist.spamcop: what not to do</extracomment>
        <translation>削除フォームはありません。繰り返し掲載されると期間が長くなります。</translation>
    </message>
    <message>
        <source>{ip} is on UCEPROTECT level 1</source>
        <extracomment>rule blocklist.uceprotect.l1: title</extracomment>
        <translation>{ip} が UCEPROTECT レベル 1 に掲載されています</translation>
    </message>
    <message>
        <source>UCEPROTECT lists single addresses that hit its spam traps. Few large receivers use it, so its impact is usually small.</source>
        <extracomment>rule blocklist.uceprotect.l1: summary</extracomment>
        <translation>UCEPROTECT は、スパムトラップに命中した個々のアドレスを掲載します。利用する大手受信側は少ないため、影響は通常小さめです。</translation>
    </message>
    <message>
        <source>About 7 days without new hits.</source>
        <extracomment>rule blocklist.uceprotect.l1: recovery</extracomment>
        <translation>新たな命中がなければ約 7 日。</translation>
    </message>
    <message>
        <source>Stop the traffic that hit the traps; level 1 expires automatically about 7 days after the last hit.</source>
        <extracomment>rule blocklist.uceprotect.l1: step (you)</extracomment>
        <translation>トラップに命中したトラフィックを止めてください。レベル 1 は最後の命中から約 7 日で自動的に期限切れになります。</translation>
    </message>
    <message>
        <source>UCEPROTECT lookup</source>
        <extracomment>rule blocklist.uceprotect.l1: link title</extracomment>
        <translation>UCEPROTECT 照会</translation>
    </message>
    <message>
        <source>Paying for express delisting is not needed; the listing expires on its own.</source>
        <extracomment>rule blocklist.uceprotect.l1: what not to do</extracomment>
        <translation>有料の速達削除は不要です。掲載は自然に期限切れになります。</translation>
    </message>
    <message>
        <source>{ip} is caught in a UCEPROTECT level 2 or 3 range listing</source>
        <extracomment>rule blocklist.uceprotect.collateral: title</extracomment>
        <translation>{ip} が UCEPROTECT レベル 2 または 3 の範囲掲載に含まれています</translation>
    </message>
    <message>
        <source>Levels 2 and 3 list whole allocations or whole networks (ASNs) because of other customers&apos; traffic. It is collateral damage, not about your own mail, and few receivers use these lists.</source>
        <extracomment>rule blocklist.uceprotect.collateral: summary</extracomment>
        <translation>レベル 2 と 3 は、他の顧客のトラフィックを理由に割り当て全体やネットワーク全体 (ASN) を掲載します。巻き添えであり、あなた自身のメールの問題ではありません。これらのリストを使う受信側もわずかです。</translation>
    </message>
    <message>
        <source>Automatic when the network&apos;s other sources stop.</source>
        <extracomment>rule blocklist.uceprotect.collateral: recovery</extracomment>
        <translation>ネットワーク内の他の送信元が止まれば自動的に。</translation>
    </message>
    <message>
        <source>Only your hosting provider can change this, by dealing with the other sources in its network. Tell the receiver that the listing is a network-wide one if a bounce names it.</source>
        <extracomment>rule blocklist.uceprotect.collateral: step (provider)</extracomment>
        <translation>変更できるのはホスティング事業者だけで、自社ネットワーク内の他の送信元に対処する必要があります。バウンスがこの掲載を挙げている場合は、ネットワーク全体の掲載であることを受信側に伝えてください。</translation>
    </message>
    <message>
        <source>Do not pay for a whitelisting service to get around a range listing.</source>
        <extracomment>rule blocklist.uceprotect.collateral: what not to do</extracomment>
        <translation>範囲掲載を回避するためにホワイトリスト登録サービスにお金を払わないでください。</translation>
    </message>
    <message>
        <source>Some of the checked addresses are on blocklists</source>
        <extracomment>rule blocklist.range_listed: title</extracomment>
        <translation>確認したアドレスの一部がブロックリストに掲載されています</translation>
    </message>
    <message>
        <source>Among the addresses checked, the ones named in the evidence are listed. Each list has its own meaning and removal process: the Blocklists table shows them per address, with lookup and removal pages.</source>
        <extracomment>rule blocklist.range_listed: summary</extracomment>
        <translation>確認したアドレスのうち、証拠に挙げたものが掲載されています。リストごとに意味と削除手続きが異なります: ブロックリストの表に、アドレスごとに照会ページと削除ページとともに示しています。</translation>
    </message>
    <message>
        <source>Depends on the list: from an hour (Spamhaus, after removal) to automatic expiry within days (SpamCop, Barracuda, UCEPROTECT).</source>
        <extracomment>rule blocklist.range_listed: recovery</extracomment>
        <translation>リストによります: 1 時間 (Spamhaus、削除後) から、数日での自動期限切れ (SpamCop、Barracuda、UCEPROTECT) まで。</translation>
    </message>
    <message>
        <source>Open the Blocklists table, show only problems, and work through the listed addresses: the most severe lists (Spamhaus, Barracuda, SpamCop) first.</source>
        <extracomment>rule blocklist.range_listed: step (you)</extracomment>
        <translation>ブロックリストの表を開いて問題のみ表示し、掲載アドレスを順に対処してください: 最も深刻なリスト (Spamhaus、Barracuda、SpamCop) から。</translation>
    </message>
    <message>
        <source>For each listed address, find why it was listed (the list&apos;s meaning and TXT reason): an infected host, an end-user range, spam sent from it, or a neighbour&apos;s behaviour.</source>
        <extracomment>rule blocklist.range_listed: step (you)</extracomment>
        <translation>掲載された各アドレスについて、掲載理由 (リストの意味と TXT の理由) を調べてください: 感染ホスト、エンドユーザー向け範囲、そこから送られたスパム、または近隣の挙動です。</translation>
    </message>
    <message>
        <source>If the range belongs to your hosting provider or ESP, send them the report: they own the delisting for shared and end-user ranges.</source>
        <extracomment>rule blocklist.range_listed: step (provider)</extracomment>
        <translation>範囲がホスティング事業者や ESP のものであれば、レポートを送ってください: 共有範囲やエンドユーザー範囲の削除は彼らが担当します。</translation>
    </message>
    <message>
        <source>Request removal on each list&apos;s page only after the cause is fixed.</source>
        <extracomment>rule blocklist.range_listed: step (you)</extracomment>
        <translation>各リストのページでの削除申請は、原因を解消してから行ってください。</translation>
    </message>
    <message>
        <source>Asking for delisting before the cause is fixed gets the address listed again, often for longer.</source>
        <extracomment>rule blocklist.range_listed: what not to do</extracomment>
        <translation>原因を解消する前に削除を申請すると、アドレスが再び掲載され、多くの場合期間も長くなります。</translation>
    </message>
    <message>
        <source>Do not rotate mail to other addresses of the same range to escape a listing: lists notice and escalate to the whole range.</source>
        <extracomment>rule blocklist.range_listed: what not to do</extracomment>
        <translation>掲載を逃れるために同じ範囲の別アドレスへメール送信を切り替えないでください: リストはそれに気づき、範囲全体に掲載を広げます。</translation>
    </message>
    <message>
        <source>{ip} is listed on {list_name}</source>
        <extracomment>rule blocklist.listed.other: title</extracomment>
        <translation>{ip} が {list_name} に掲載されています</translation>
    </message>
    <message>
        <source>A blocklist lists the address. How much this matters depends on which receivers use that list; the blocklist table shows its typical impact and how it delists.</source>
        <extracomment>rule blocklist.listed.other: summary</extracomment>
        <translation>ブロックリストがこのアドレスを掲載しています。影響の大きさは、そのリストを使う受信側によります。ブロックリストの表に、典型的な影響と削除方法を示しています。</translation>
    </message>
    <message>
        <source>Varies by list; see the blocklist table.</source>
        <extracomment>rule blocklist.listed.other: recovery</extracomment>
        <translation>リストにより異なります。ブロックリストの表を参照してください。</translation>
    </message>
    <message>
        <source>Open the list&apos;s lookup page to see why it lists the address, fix that, then follow its delisting process.</source>
        <extracomment>rule blocklist.listed.other: step (you)</extracomment>
        <translation>リストの照会ページを開いて掲載理由を確認し、それを修正してから削除手続きに従ってください。</translation>
    </message>
    <message>
        <source>Lookup on {list_name}</source>
        <extracomment>rule blocklist.listed.other: link title</extracomment>
        <translation>{list_name} で照会</translation>
    </message>
    <message>
        <source>Removal on {list_name}</source>
        <extracomment>rule blocklist.listed.other: link title</extracomment>
        <translation>{list_name} で削除</translation>
    </message>
    <message>
        <source>The bounce blames {named_list}, but that list does not list the address now</source>
        <extracomment>rule blocklist.already_delisted: title</extracomment>
        <translation>バウンスは {named_list} を原因としていますが、そのリストには現在このアドレスは掲載されていません</translation>
    </message>
    <message>
        <source>When the bounce was written, the receiver saw the address on {named_list}. The live check now says it is not listed, so it was probably delisted since, or the receiver used cached data.</source>
        <extracomment>rule blocklist.already_delisted: summary</extracomment>
        <translation>バウンスが書かれた時点では、受信側はこのアドレスを {named_list} で確認していました。ライブチェックでは現在掲載されていないため、その後削除されたか、受信側がキャッシュされたデータを使ったと考えられます。</translation>
    </message>
    <message>
        <source>Receivers&apos; caches usually clear within hours.</source>
        <extracomment>rule blocklist.already_delisted: recovery</extracomment>
        <translation>受信側のキャッシュは通常数時間で更新されます。</translation>
    </message>
    <message>
        <source>The live check disagrees with the bounce for this list.</source>
        <extracomment>rule blocklist.already_delisted: what speaks against</extracomment>
        <translation>このリストについて、ライブチェックの結果はバウンスと食い違っています。</translation>
    </message>
    <message>
        <source>Retry the delivery; if it is rejected again with the same text, the receiver&apos;s data is stale: contact the recipient&apos;s postmaster with this report.</source>
        <extracomment>rule blocklist.already_delisted: step (you)</extracomment>
        <translation>配送を再試行してください。同じ文面で再び拒否された場合は受信側のデータが古くなっています: このレポートを添えて受信者のポストマスターに連絡してください。</translation>
    </message>
    <message>
        <source>Do not request removal from a list that no longer lists the address: there is nothing to remove, and some lists treat repeated requests as abuse.</source>
        <extracomment>rule blocklist.already_delisted: what not to do</extracomment>
        <translation>すでにアドレスを掲載していないリストに削除を申請しないでください: 削除するものはなく、繰り返しの申請を不正とみなすリストもあります。</translation>
    </message>
    <message>
        <source>The bounce names a blocklist that no longer exists</source>
        <extracomment>rule blocklist.defunct: title</extracomment>
        <translation>バウンスがすでに存在しないブロックリストを挙げています</translation>
    </message>
    <message>
        <source>The list named in the bounce has been shut down (SORBS in 2024, NiX Spam in 2025, WPBL, NJABL, AHBL...). A receiver that still queries it has a stale configuration; a dead list that answers everything can reject all mail.</source>
        <extracomment>rule blocklist.defunct: summary</extracomment>
        <translation>バウンスに挙がったリストは運用を終了しています (2024 年の SORBS、2025 年の NiX Spam、WPBL、NJABL、AHBL など)。まだ問い合わせている受信側は設定が古く、何にでも応答する停止済みリストはすべてのメールを拒否しかねません。</translation>
    </message>
    <message>
        <source>As soon as the receiver changes its configuration.</source>
        <extracomment>rule blocklist.defunct: recovery</extracomment>
        <translation>受信側が設定を変更すればすぐに。</translation>
    </message>
    <message>
        <source>The recipient&apos;s mail administrator should remove the defunct list from their configuration.</source>
        <extracomment>rule blocklist.defunct: step (recipient)</extracomment>
        <translation>受信者のメール管理者が、停止したリストを設定から外す必要があります。</translation>
    </message>
    <message>
        <source>Send the recipient&apos;s postmaster this report, which shows the list is no longer operated.</source>
        <extracomment>rule blocklist.defunct: step (you)</extracomment>
        <translation>リストがもう運用されていないことを示すこのレポートを、受信者のポストマスターに送ってください。</translation>
    </message>
    <message>
        <source>Do not look for a delisting form: there is nobody left to process it.</source>
        <extracomment>rule blocklist.defunct: what not to do</extracomment>
        <translation>削除フォームを探さないでください: 処理する人はもういません。</translation>
    </message>
    <message>
        <source>Microsoft (Outlook.com / Office 365) blocks {ip} on its own list</source>
        <extracomment>rule provider.microsoft.block: title</extracomment>
        <translation>Microsoft (Outlook.com / Office 365) が独自のリストで {ip} をブロックしています</translation>
    </message>
    <message>
        <source>Codes such as S3150, S3140, 5.7.606-5.7.649 or AS(...) mean Microsoft&apos;s internal reputation system blocked the address. Public blocklists are not involved; only Microsoft can lift it.</source>
        <extracomment>rule provider.microsoft.block: summary</extracomment>
        <translation>S3150、S3140、5.7.606〜5.7.649、AS(...) などのコードは、Microsoft 内部のレピュテーションシステムがアドレスをブロックしたことを意味します。公開ブロックリストは関係なく、解除できるのは Microsoft だけです。</translation>
    </message>
    <message>
        <source>Often 24-48 hours after a successful delisting request; reputation may keep some mail in Junk for longer.</source>
        <extracomment>rule provider.microsoft.block: recovery</extracomment>
        <translation>削除申請が受理されてから 24〜48 時間のことが多いです。レピュテーションによっては一部のメールがしばらく迷惑メールに入り続けます。</translation>
    </message>
    <message>
        <source>Check the address in SNDS and sign up for JMRP complaint feedback, to see what Microsoft saw.</source>
        <extracomment>rule provider.microsoft.block: step (you)</extracomment>
        <translation>SNDS でアドレスを確認し、JMRP の苦情フィードバックに登録して、Microsoft が何を観測したかを確認してください。</translation>
    </message>
    <message>
        <source>Microsoft SNDS (IP data) and JMRP (complaints)</source>
        <extracomment>rule provider.microsoft.block: link title</extracomment>
        <translation>Microsoft SNDS (IP データ) と JMRP (苦情)</translation>
    </message>
    <message>
        <source>Submit the delisting form for {ip}; Microsoft answers by email, usually within a day.</source>
        <extracomment>rule provider.microsoft.block: step (you)</extracomment>
        <translation>{ip} の削除フォームを提出してください。Microsoft は通常 1 日以内にメールで回答します。</translation>
    </message>
    <message>
        <source>Microsoft delisting form</source>
        <extracomment>rule provider.microsoft.block: link title</extracomment>
        <translation>Microsoft の削除フォーム</translation>
    </message>
    <message>
        <source>If the form is refused, open a ticket with Microsoft&apos;s sender support and include this report.</source>
        <extracomment>rule provider.microsoft.block: step (you)</extracomment>
        <translation>フォームが却下された場合は、このレポートを添えて Microsoft の送信者サポートにチケットを起票してください。</translation>
    </message>
    <message>
        <source>Do not rotate to new IPs to avoid the block: Microsoft blocks the new ones quickly and the reputation problem remains.</source>
        <extracomment>rule provider.microsoft.block: what not to do</extracomment>
        <translation>ブロックを避けるために新しい IP に切り替えないでください: Microsoft は新しい IP もすぐにブロックし、レピュテーションの問題は残ります。</translation>
    </message>
    <message>
        <source>Gmail rejects the mail as unauthenticated (5.7.26)</source>
        <extracomment>rule provider.gmail.unauthenticated: title</extracomment>
        <translation>Gmail が未認証としてメールを拒否しています (5.7.26)</translation>
    </message>
    <message>
        <source>Gmail requires SPF or DKIM to pass, and for bulk senders both plus DMARC alignment. 5.7.26 means the message failed authentication (often DMARC: neither SPF nor DKIM passed for the From domain).</source>
        <extracomment>rule provider.gmail.unauthenticated: summary</extracomment>
        <translation>Gmail は SPF または DKIM の合格を求め、大量送信者には両方と DMARC アライメントを求めます。5.7.26 はメッセージが認証に失敗したことを意味します (多くは DMARC: From ドメインについて SPF も DKIM も合格しなかった)。</translation>
    </message>
    <message>
        <source>Immediate once authentication passes.</source>
        <extracomment>rule provider.gmail.unauthenticated: recovery</extracomment>
        <translation>認証に合格すれば即時。</translation>
    </message>
    <message>
        <source>Publish a DMARC record and make sure SPF or DKIM aligns with the From domain.</source>
        <extracomment>rule provider.gmail.unauthenticated: step (you)</extracomment>
        <translation>DMARC レコードを公開し、SPF または DKIM が From ドメインとアライメントするようにしてください。</translation>
    </message>
    <message>
        <source>Gmail sender guidelines</source>
        <extracomment>rule provider.gmail.unauthenticated: link title</extracomment>
        <translation>Gmail の送信者ガイドライン</translation>
    </message>
    <message>
        <source>Do not weaken DMARC to p=none just to get mail through: fix the alignment.</source>
        <extracomment>rule provider.gmail.unauthenticated: what not to do</extracomment>
        <translation>メールを通すためだけに DMARC を p=none に弱めないでください: アライメントを修正してください。</translation>
    </message>
    <message>
        <source>Google Postmaster Tools (domain reputation, spam rate)</source>
        <extracomment>rule provider.gmail.unauthenticated: link title</extracomment>
        <translation>Google Postmaster Tools (ドメインのレピュテーション、迷惑メール率)</translation>
    </message>
    <message>
        <source>Gmail requires reverse DNS that forward-confirms (5.7.25)</source>
        <extracomment>rule provider.gmail.reverse_dns: title</extracomment>
        <translation>Gmail は正引き確認の取れた逆引きDNSを求めています (5.7.25)</translation>
    </message>
    <message>
        <source>Gmail refuses mail from addresses without a PTR record whose name resolves back to the same address.</source>
        <extracomment>rule provider.gmail.reverse_dns: summary</extracomment>
        <translation>Gmail は、同じアドレスに正引きできる名前の PTR レコードがないアドレスからのメールを拒否します。</translation>
    </message>
    <message>
        <source>As soon as the PTR is published (its TTL).</source>
        <extracomment>rule provider.gmail.reverse_dns: recovery</extracomment>
        <translation>PTR が公開されれば (その TTL 後)。</translation>
    </message>
    <message>
        <source>Ask whoever owns {ip} (your hosting provider) to set a PTR record to your mail server&apos;s name.</source>
        <extracomment>rule provider.gmail.reverse_dns: step (provider)</extracomment>
        <translation>{ip} の所有者 (ホスティング事業者) に、メールサーバー名の PTR レコードを設定するよう依頼してください。</translation>
    </message>
    <message>
        <source>Make that name resolve (A/AAAA) back to {ip}, and use it as the HELO name.</source>
        <extracomment>rule provider.gmail.reverse_dns: step (you)</extracomment>
        <translation>その名前が {ip} に正引き (A/AAAA) できるようにし、HELO 名として使ってください。</translation>
    </message>
    <message>
        <source>Do not point the PTR at a name that does not resolve back to the same address: Gmail checks the forward lookup too.</source>
        <extracomment>rule provider.gmail.reverse_dns: what not to do</extracomment>
        <translation>同じアドレスに正引きできない名前を PTR に設定しないでください: Gmail は正引きも確認します。</translation>
    </message>
    <message>
        <source>Gmail rejects or defers the mail for reputation (unsolicited mail)</source>
        <extracomment>rule provider.gmail.reputation: title</extracomment>
        <translation>Gmail がレピュテーションを理由にメールを拒否または保留しています (迷惑メール)</translation>
    </message>
    <message>
        <source>Gmail&apos;s 4.7.28 / 5.7.1 &apos;unsolicited mail&apos; or &apos;low reputation&apos; replies are about the reputation of the sending domain and IP as Gmail measures it (complaints, spam traps, authentication). Public blocklists are not involved.</source>
        <extracomment>rule provider.gmail.reputation: summary</extracomment>
        <translation>Gmail の 4.7.28 / 5.7.1「unsolicited mail」や「low reputation」の応答は、Gmail が測定した送信ドメインと IP のレピュテーション (苦情、スパムトラップ、認証) に関するものです。公開ブロックリストは関係ありません。</translation>
    </message>
    <message>
        <source>Reputation recovers over weeks of clean sending.</source>
        <extracomment>rule provider.gmail.reputation: recovery</extracomment>
        <translation>クリーンな送信を数週間続けるとレピュテーションは回復します。</translation>
    </message>
    <message>
        <source>Look at the domain and IP reputation and the spam rate in Google Postmaster Tools.</source>
        <extracomment>rule provider.gmail.reputation: step (you)</extracomment>
        <translation>Google Postmaster Tools でドメインと IP のレピュテーション、迷惑メール率を確認してください。</translation>
    </message>
    <message>
        <source>Reduce complaints: send only to people who asked, honour unsubscribes at once, remove inactive addresses, and ramp up volume slowly.</source>
        <extracomment>rule provider.gmail.reputation: step (you)</extracomment>
        <translation>苦情を減らしてください: 希望した人にだけ送り、配信停止はすぐに反映し、非アクティブなアドレスを削除し、送信量はゆっくり増やしてください。</translation>
    </message>
    <message>
        <source>Do not retry aggressively: deferred mail counts against you.</source>
        <extracomment>rule provider.gmail.reputation: what not to do</extracomment>
        <translation>むやみに再試行しないでください: 保留されたメールの再試行はレピュテーションに不利に働きます。</translation>
    </message>
    <message>
        <source>Yahoo/AOL defers the mail: volume or complaints (TSS04)</source>
        <extracomment>rule provider.yahoo.deferred: title</extracomment>
        <translation>Yahoo/AOL がメールを保留しています: 送信量または苦情 (TSS04)</translation>
    </message>
    <message>
        <source>TSS04 means Yahoo saw unexpected volume or user complaints from the sender and defers the mail. It is Yahoo&apos;s own reputation system, not a public blocklist.</source>
        <extracomment>rule provider.yahoo.deferred: summary</extracomment>
        <translation>TSS04 は、Yahoo が送信者から想定外の送信量やユーザーの苦情を観測し、メールを保留していることを意味します。Yahoo 独自のレピュテーションシステムであり、公開ブロックリストではありません。</translation>
    </message>
    <message>
        <source>Hours to days once volume and complaints drop.</source>
        <extracomment>rule provider.yahoo.deferred: recovery</extracomment>
        <translation>送信量と苦情が減れば数時間〜数日。</translation>
    </message>
    <message>
        <source>Register with the Yahoo Sender Hub and its complaint feedback loop, and lower the sending rate.</source>
        <extracomment>rule provider.yahoo.deferred: step (you)</extracomment>
        <translation>Yahoo Sender Hub と苦情フィードバックループに登録し、送信レートを下げてください。</translation>
    </message>
    <message>
        <source>Yahoo Sender Hub</source>
        <extracomment>rule provider.yahoo.deferred: link title</extracomment>
        <translation>Yahoo Sender Hub</translation>
    </message>
    <message>
        <source>Remove recipients who complain or never engage; make sure SPF, DKIM and DMARC pass.</source>
        <extracomment>rule provider.yahoo.deferred: step (you)</extracomment>
        <translation>苦情を出す、またはまったく反応しない受信者を削除し、SPF、DKIM、DMARC が合格するようにしてください。</translation>
    </message>
    <message>
        <source>Do not raise the retry rate: it extends the deferral.</source>
        <extracomment>rule provider.yahoo.deferred: what not to do</extracomment>
        <translation>再試行の頻度を上げないでください: 保留が長引きます。</translation>
    </message>
    <message>
        <source>Yahoo/AOL rejects {ip} because it is on a Spamhaus list (BL21)</source>
        <extracomment>rule provider.yahoo.spamhaus: title</extracomment>
        <translation>Yahoo/AOL は {ip} が Spamhaus のリストに掲載されているため拒否しています (BL21)</translation>
    </message>
    <message>
        <source>Yahoo&apos;s BL21 and similar codes mean the connecting address is on a Spamhaus list; fix the listing and Yahoo accepts the mail again.</source>
        <extracomment>rule provider.yahoo.spamhaus: summary</extracomment>
        <translation>Yahoo の BL21 などのコードは、接続元アドレスが Spamhaus のリストに掲載されていることを意味します。掲載を解消すれば Yahoo は再びメールを受け付けます。</translation>
    </message>
    <message>
        <source>After the Spamhaus listing is removed.</source>
        <extracomment>rule provider.yahoo.spamhaus: recovery</extracomment>
        <translation>Spamhaus の掲載が削除された後。</translation>
    </message>
    <message>
        <source>Look up {ip} on Spamhaus and fix the cause of the listing.</source>
        <extracomment>rule provider.yahoo.spamhaus: step (you)</extracomment>
        <translation>Spamhaus で {ip} を照会し、掲載の原因を解消してください。</translation>
    </message>
    <message>
        <source>Proofpoint blocks {ip} on its reputation list</source>
        <extracomment>rule provider.proofpoint.block: title</extracomment>
        <translation>Proofpoint が独自のレピュテーションリストで {ip} をブロックしています</translation>
    </message>
    <message>
        <source>Proofpoint-protected receivers reject mail from addresses with poor reputation in Proofpoint&apos;s own data.</source>
        <extracomment>rule provider.proofpoint.block: summary</extracomment>
        <translation>Proofpoint で保護された受信側は、Proofpoint 独自のデータでレピュテーションの低いアドレスからのメールを拒否します。</translation>
    </message>
    <message>
        <source>Usually 24-48 hours after the request.</source>
        <extracomment>rule provider.proofpoint.block: recovery</extracomment>
        <translation>通常、申請後 24〜48 時間。</translation>
    </message>
    <message>
        <source>Check the address on Proofpoint&apos;s IP check page and submit the removal request there.</source>
        <extracomment>rule provider.proofpoint.block: step (you)</extracomment>
        <translation>Proofpoint の IP チェックページでアドレスを確認し、そこで削除申請を提出してください。</translation>
    </message>
    <message>
        <source>Proofpoint IP reputation check</source>
        <extracomment>rule provider.proofpoint.block: link title</extracomment>
        <translation>Proofpoint の IP レピュテーションチェック</translation>
    </message>
    <message>
        <source>Mimecast rejected the mail by policy or reputation</source>
        <extracomment>rule provider.mimecast.block: title</extracomment>
        <translation>Mimecast がポリシーまたはレピュテーションによりメールを拒否しました</translation>
    </message>
    <message>
        <source>Mimecast replies name the policy that rejected the mail (a blocked-senders policy set by the recipient&apos;s admin, or Mimecast&apos;s reputation or spam checks).</source>
        <extracomment>rule provider.mimecast.block: summary</extracomment>
        <translation>Mimecast の応答には、メールを拒否したポリシー (受信者の管理者が設定した送信者ブロックポリシー、または Mimecast のレピュテーション・スパムチェック) が示されます。</translation>
    </message>
    <message>
        <source>As soon as the recipient&apos;s admin changes the policy.</source>
        <extracomment>rule provider.mimecast.block: recovery</extracomment>
        <translation>受信者の管理者がポリシーを変更すればすぐに。</translation>
    </message>
    <message>
        <source>If the reply mentions a Blocked Senders or policy rule, only the recipient&apos;s administrator can change it: contact them through another channel.</source>
        <extracomment>rule provider.mimecast.block: step (recipient)</extracomment>
        <translation>応答が Blocked Senders やポリシールールに言及している場合、変更できるのは受信者の管理者だけです: 別の経路で連絡してください。</translation>
    </message>
    <message>
        <source>If it mentions reputation or spam, fix authentication and list practices, then ask the recipient to add a permitted-sender policy.</source>
        <extracomment>rule provider.mimecast.block: step (you)</extracomment>
        <translation>レピュテーションやスパムに言及している場合は、認証とリスト運用を改善してから、受信者に許可送信者ポリシーの追加を依頼してください。</translation>
    </message>
    <message>
        <source>Do not resend the same message repeatedly while the block lasts: it adds to the sender&apos;s bad reputation at Mimecast.</source>
        <extracomment>rule provider.mimecast.block: what not to do</extracomment>
        <translation>ブロック中に同じメッセージを繰り返し再送しないでください: Mimecast での送信者の悪いレピュテーションがさらに悪化します。</translation>
    </message>
    <message>
        <source>Comcast rejected {ip} (Comcast reputation)</source>
        <extracomment>rule provider.comcast.block: title</extracomment>
        <translation>Comcast が {ip} を拒否しました (Comcast のレピュテーション)</translation>
    </message>
    <message>
        <source>Comcast&apos;s BL/RL codes mean its own reputation systems refused the address.</source>
        <extracomment>rule provider.comcast.block: summary</extracomment>
        <translation>Comcast の BL/RL コードは、同社独自のレピュテーションシステムがアドレスを拒否したことを意味します。</translation>
    </message>
    <message>
        <source>Days after the review.</source>
        <extracomment>rule provider.comcast.block: recovery</extracomment>
        <translation>審査後数日。</translation>
    </message>
    <message>
        <source>Follow the Comcast postmaster instructions for the code in the bounce and request a review.</source>
        <extracomment>rule provider.comcast.block: step (you)</extracomment>
        <translation>バウンスのコードについて Comcast のポストマスターの案内に従い、審査を依頼してください。</translation>
    </message>
    <message>
        <source>Comcast postmaster</source>
        <extracomment>rule provider.comcast.block: link title</extracomment>
        <translation>Comcast ポストマスター</translation>
    </message>
    <message>
        <source>Do not keep retrying from the blocked address at full volume; pause or reduce the rate until Comcast answers.</source>
        <extracomment>rule provider.comcast.block: what not to do</extracomment>
        <translation>ブロックされたアドレスから全量で再試行し続けないでください。Comcast から回答があるまで一時停止するかレートを下げてください。</translation>
    </message>
    <message>
        <source>iCloud Mail rejected the mail by local policy</source>
        <extracomment>rule provider.apple.block: title</extracomment>
        <translation>iCloud メールがローカルポリシーによりメールを拒否しました</translation>
    </message>
    <message>
        <source>Apple&apos;s iCloud Mail rejects mail by its own policy (codes such as CS01 or HM08), often for reputation or authentication reasons.</source>
        <extracomment>rule provider.apple.block: summary</extracomment>
        <translation>Apple の iCloud メールは独自のポリシー (CS01 や HM08 などのコード) でメールを拒否します。多くはレピュテーションや認証が理由です。</translation>
    </message>
    <message>
        <source>Varies.</source>
        <extracomment>rule provider.apple.block: recovery</extracomment>
        <translation>場合によります。</translation>
    </message>
    <message>
        <source>Make sure SPF, DKIM and DMARC pass and reverse DNS is set; then contact Apple&apos;s iCloud postmaster with this report if it continues.</source>
        <extracomment>rule provider.apple.block: step (you)</extracomment>
        <translation>SPF、DKIM、DMARC が合格し、逆引きDNSが設定されていることを確認してください。それでも続く場合は、このレポートを添えて Apple の iCloud ポストマスターに連絡してください。</translation>
    </message>
    <message>
        <source>Do not switch to another sending address to get around the block: Apple&apos;s filters follow the domain as well as the IP.</source>
        <extracomment>rule provider.apple.block: what not to do</extracomment>
        <translation>ブロックを回避するために別の送信アドレスに切り替えないでください: Apple のフィルターは IP だけでなくドメインも追跡します。</translation>
    </message>
    <message>
        <source>Relay access denied: the server will not relay for you</source>
        <extracomment>rule relay.denied: title</extracomment>
        <translation>Relay access denied: サーバーがあなたのために中継しません</translation>
    </message>
    <message>
        <source>This is not about reputation at all. The server you gave the mail to does not accept mail for that recipient&apos;s domain from you: either you did not authenticate, or the relay is not configured for your domain, or the MX records point at the wrong server.</source>
        <extracomment>rule relay.denied: summary</extracomment>
        <translation>これはレピュテーションの問題ではまったくありません。メールを渡したサーバーが、その受信者のドメイン宛てのメールをあなたから受け付けていません。認証していないか、リレーがあなたのドメイン用に設定されていないか、MX レコードが誤ったサーバーを指しています。</translation>
    </message>
    <message>
        <source>Immediate once authentication or relay configuration is fixed.</source>
        <extracomment>rule relay.denied: recovery</extracomment>
        <translation>認証またはリレー設定を修正すれば即時。</translation>
    </message>
    <message>
        <source>Configure your mail client or application to authenticate (SMTP AUTH on port 587 with STARTTLS) before sending.</source>
        <extracomment>rule relay.denied: step (you)</extracomment>
        <translation>送信前に認証する (STARTTLS 付きのポート 587 で SMTP AUTH) ようメールクライアントやアプリケーションを設定してください。</translation>
    </message>
    <message>
        <source>If this is your own server, add the recipient domain to its relay or accepted domains, or fix the MX records so mail goes to the right server.</source>
        <extracomment>rule relay.denied: step (provider)</extracomment>
        <translation>自分のサーバーであれば、受信者ドメインをリレー許可ドメインまたは受け入れドメインに追加するか、メールが正しいサーバーに届くよう MX レコードを修正してください。</translation>
    </message>
    <message>
        <source>Do not ask for delisting: no blocklist is involved.</source>
        <extracomment>rule relay.denied: what not to do</extracomment>
        <translation>削除を申請しないでください: ブロックリストは関係ありません。</translation>
    </message>
    <message>
        <source>Reverse DNS for {ip} is missing, generic or does not forward-confirm</source>
        <extracomment>rule rdns.problem: title</extracomment>
        <translation>{ip} の逆引きDNSがないか、汎用的か、正引き確認が取れません</translation>
    </message>
    <message>
        <source>Many receivers (Gmail, Microsoft, most corporate filters) refuse or penalise mail from addresses without a PTR record whose name resolves back to the same address, or with a generic name that looks like a home or dynamic address.</source>
        <extracomment>rule rdns.problem: summary</extracomment>
        <translation>多くの受信側 (Gmail、Microsoft、ほとんどの企業フィルター) は、同じアドレスに正引きできる名前の PTR レコードがないアドレスや、家庭用・動的アドレスに見える汎用的な名前のアドレスからのメールを拒否するか減点します。</translation>
    </message>
    <message>
        <source>As soon as the PTR record is published.</source>
        <extracomment>rule rdns.problem: recovery</extracomment>
        <translation>PTR レコードが公開されればすぐに。</translation>
    </message>
    <message>
        <source>Ask the owner of {ip} to set a PTR record naming your mail server.</source>
        <extracomment>rule rdns.problem: step (provider)</extracomment>
        <translation>{ip} の所有者に、メールサーバー名の PTR レコードを設定するよう依頼してください。</translation>
    </message>
    <message>
        <source>Make that name resolve back to {ip} and use it as the server&apos;s HELO name.</source>
        <extracomment>rule rdns.problem: step (you)</extracomment>
        <translation>その名前が {ip} に正引きできるようにし、サーバーの HELO 名として使ってください。</translation>
    </message>
    <message>
        <source>Do not use a generic ISP-style name (with the address&apos;s digits in it) as the PTR of a mail server: many filters treat it as a home connection.</source>
        <extracomment>rule rdns.problem: what not to do</extracomment>
        <translation>メールサーバーの PTR に ISP 風の汎用名 (アドレスの数字を含む名前) を使わないでください: 多くのフィルターは家庭用回線として扱います。</translation>
    </message>
    <message>
        <source>The recipient address does not exist</source>
        <extracomment>rule recipient.unknown: title</extracomment>
        <translation>受信者のアドレスが存在しません</translation>
    </message>
    <message>
        <source>The receiving server says the mailbox is unknown. This is list hygiene, not reputation: the address is mistyped, was deleted, or never existed.</source>
        <extracomment>rule recipient.unknown: summary</extracomment>
        <translation>受信サーバーはメールボックスが不明だと言っています。これはレピュテーションではなくリストの衛生管理の問題です: アドレスの入力ミス、削除済み、またはもともと存在しません。</translation>
    </message>
    <message>
        <source>Not applicable.</source>
        <extracomment>rule recipient.unknown: recovery</extracomment>
        <translation>該当なし。</translation>
    </message>
    <message>
        <source>Remove the address from your lists, or correct a typo; do not retry it.</source>
        <extracomment>rule recipient.unknown: step (you)</extracomment>
        <translation>リストからアドレスを削除するか、入力ミスを修正してください。再試行はしないでください。</translation>
    </message>
    <message>
        <source>Repeatedly sending to unknown addresses harms your reputation with that receiver.</source>
        <extracomment>rule recipient.unknown: what not to do</extracomment>
        <translation>不明なアドレスへの送信を繰り返すと、その受信側でのレピュテーションが下がります。</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is full</source>
        <extracomment>rule recipient.mailbox_full: title</extracomment>
        <translation>受信者のメールボックスが満杯です</translation>
    </message>
    <message>
        <source>The mailbox exists but is over its quota. This is about the recipient, not you.</source>
        <extracomment>rule recipient.mailbox_full: summary</extracomment>
        <translation>メールボックスは存在しますが、容量制限を超えています。あなたではなく受信者側の問題です。</translation>
    </message>
    <message>
        <source>When the recipient frees space.</source>
        <extracomment>rule recipient.mailbox_full: recovery</extracomment>
        <translation>受信者が空き容量を作れば。</translation>
    </message>
    <message>
        <source>Retry later or reach the recipient another way; if it keeps bouncing for weeks, treat the address as abandoned and remove it.</source>
        <extracomment>rule recipient.mailbox_full: step (you)</extracomment>
        <translation>後で再試行するか、別の方法で受信者に連絡してください。何週間もバウンスが続くなら、放棄されたアドレスとして削除してください。</translation>
    </message>
    <message>
        <source>Do not treat a full mailbox as a reputation problem; and do not keep sending to an address that stays full for weeks: it has likely been abandoned.</source>
        <extracomment>rule recipient.mailbox_full: what not to do</extracomment>
        <translation>満杯のメールボックスをレピュテーションの問題として扱わないでください。また、何週間も満杯のままのアドレスに送り続けないでください: 放棄されている可能性が高いです。</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is disabled or suspended</source>
        <extracomment>rule recipient.suspended: title</extracomment>
        <translation>受信者のメールボックスが無効化または停止されています</translation>
    </message>
    <message>
        <source>The address exists but no longer receives mail (disabled, suspended or moved).</source>
        <extracomment>rule recipient.suspended: summary</extracomment>
        <translation>アドレスは存在しますが、もうメールを受信しません (無効化、停止、または移転)。</translation>
    </message>
    <message>
        <source>Remove the address or find the person&apos;s new address.</source>
        <extracomment>rule recipient.suspended: step (you)</extracomment>
        <translation>アドレスを削除するか、その人の新しいアドレスを確認してください。</translation>
    </message>
    <message>
        <source>Do not keep mailing a suspended or moved account: repeated bounces to dead addresses hurt your reputation with that provider.</source>
        <extracomment>rule recipient.suspended: what not to do</extracomment>
        <translation>停止または移転したアカウントに送り続けないでください: 使われていないアドレスへのバウンスが続くと、そのプロバイダーでのレピュテーションが下がります。</translation>
    </message>
    <message>
        <source>The receiver limits how fast you send</source>
        <extracomment>rule rate.limited: title</extracomment>
        <translation>受信側が送信速度を制限しています</translation>
    </message>
    <message>
        <source>The receiver deferred or refused the mail because of too many connections, messages or recipients in a time window.</source>
        <extracomment>rule rate.limited: summary</extracomment>
        <translation>一定時間内の接続、メッセージ、受信者が多すぎるため、受信側がメールを保留または拒否しました。</translation>
    </message>
    <message>
        <source>Usually within hours.</source>
        <extracomment>rule rate.limited: recovery</extracomment>
        <translation>通常は数時間以内。</translation>
    </message>
    <message>
        <source>Lower the sending rate and concurrency toward that receiver and let the deferred mail retry on its normal schedule.</source>
        <extracomment>rule rate.limited: step (you)</extracomment>
        <translation>その受信側への送信レートと同時接続数を下げ、保留されたメールは通常のスケジュールで再試行させてください。</translation>
    </message>
    <message>
        <source>Do not open more parallel connections or retry faster to push the mail through: that deepens the throttling.</source>
        <extracomment>rule rate.limited: what not to do</extracomment>
        <translation>メールを押し通すために並列接続を増やしたり再試行を速めたりしないでください: 制限がさらに厳しくなります。</translation>
    </message>
    <message>
        <source>The receiver is greylisting: a temporary deferral that resolves by itself</source>
        <extracomment>rule greylisting: title</extracomment>
        <translation>受信側がグレーリスティングを行っています: 自然に解消する一時的な保留です</translation>
    </message>
    <message>
        <source>Greylisting servers refuse the first attempt from an unknown sender with a 4xx reply and accept a retry a few minutes later. A well-behaved sending server retries automatically.</source>
        <extracomment>rule greylisting: summary</extracomment>
        <translation>グレーリスティングを行うサーバーは、未知の送信者からの最初の試行を 4xx 応答で拒否し、数分後の再試行を受け付けます。正しく動作する送信サーバーは自動的に再試行します。</translation>
    </message>
    <message>
        <source>Minutes.</source>
        <extracomment>rule greylisting: recovery</extracomment>
        <translation>数分。</translation>
    </message>
    <message>
        <source>Nothing to fix: make sure the sending server retries deferred mail (it should by default).</source>
        <extracomment>rule greylisting: step (you)</extracomment>
        <translation>修正は不要です: 送信サーバーが保留メールを再試行することを確認してください (既定で再試行するはずです)。</translation>
    </message>
    <message>
        <source>Do not treat a greylisting deferral as a failure or resend the message as a new one: a standard MTA retries after a few minutes and the second attempt is accepted.</source>
        <extracomment>rule greylisting: what not to do</extracomment>
        <translation>グレーリスティングによる保留を失敗として扱ったり、新しいメッセージとして再送したりしないでください: 標準的な MTA は数分後に再試行し、2 回目は受け付けられます。</translation>
    </message>
    <message>
        <source>The receiver requires TLS and the connection did not use it</source>
        <extracomment>rule tls.required: title</extracomment>
        <translation>受信側は TLS を必須としていますが、接続で TLS が使われませんでした</translation>
    </message>
    <message>
        <source>The server refused to accept mail over an unencrypted connection, or TLS negotiation failed.</source>
        <extracomment>rule tls.required: summary</extracomment>
        <translation>サーバーが暗号化されていない接続でのメール受信を拒否したか、TLS ネゴシエーションに失敗しました。</translation>
    </message>
    <message>
        <source>Immediate once TLS works.</source>
        <extracomment>rule tls.required: recovery</extracomment>
        <translation>TLS が機能すれば即時。</translation>
    </message>
    <message>
        <source>Enable STARTTLS on the sending server and check that it trusts current certificate authorities and supports TLS 1.2 or later.</source>
        <extracomment>rule tls.required: step (you)</extracomment>
        <translation>送信サーバーで STARTTLS を有効にし、現在の認証局を信頼していること、TLS 1.2 以降に対応していることを確認してください。</translation>
    </message>
    <message>
        <source>Do not disable certificate checks on the receiving side to make the error go away; fix the sending server&apos;s TLS.</source>
        <extracomment>rule tls.required: what not to do</extracomment>
        <translation>エラーを消すために受信側で証明書の検証を無効にしないでください。送信サーバーの TLS を修正してください。</translation>
    </message>
    <message>
        <source>SPF does not authorise {ip} for {domain}</source>
        <extracomment>rule auth.spf_fail: title</extracomment>
        <translation>SPF は {domain} について {ip} を許可していません</translation>
    </message>
    <message>
        <source>The SPF record of {domain} ends in {spf_result} for {ip} ({spf_reason}): it does not authorise the sending address, so receivers treat the mail as forged (fail) or suspicious (softfail). The record: {spf_record}</source>
        <extracomment>rule auth.spf_fail: summary</extracomment>
        <translation>{domain} の SPF レコードは {ip} に対して {spf_result} ({spf_reason}) となります。送信アドレスを許可していないため、受信側はメールを偽装 (fail) または疑わしいもの (softfail) として扱います。レコード: {spf_record}</translation>
    </message>
    <message>
        <source>As soon as the record&apos;s TTL expires.</source>
        <extracomment>rule auth.spf_fail: recovery</extracomment>
        <translation>レコードの TTL が切れればすぐに。</translation>
    </message>
    <message>
        <source>Find out which service sends from {ip} (your own server, your ESP, a CRM or ticketing system) and whether it should send for {domain} at all.</source>
        <extracomment>rule auth.spf_fail: step (you)</extracomment>
        <translation>{ip} から送信しているサービス (自社サーバー、ESP、CRM、チケットシステム) を特定し、そもそも {domain} として送信すべきかを確認してください。</translation>
    </message>
    <message>
        <source>Find out which service sends this mail (your own server, your ESP, a CRM or ticketing system) and whether it should send for the domain at all.</source>
        <extracomment>rule auth.spf_fail: step (you)</extracomment>
        <translation>このメールを送信しているサービス (自社サーバー、ESP、CRM、チケットシステム) を特定し、そもそもそのドメインとして送信すべきかを確認してください。</translation>
    </message>
    <message>
        <source>If it should, add it to the domain&apos;s SPF record: the provider&apos;s include: (from its documentation) or its ip4:/ip6: range, before the final all; keep the total under 10 DNS lookups.</source>
        <extracomment>rule auth.spf_fail: step (you)</extracomment>
        <translation>送信すべきなら、ドメインの SPF レコードの最後の all の前に、プロバイダーの include: (そのドキュメントに従う) またはその ip4:/ip6: 範囲を追加してください。DNS ルックアップは合計 10 回未満に抑えてください。</translation>
    </message>
    <message>
        <source>If the mail goes through an ESP, make it use a return-path (MAIL FROM) domain of your own with its SPF, and sign with DKIM for {domain}, so DMARC aligns even when SPF is checked on the ESP&apos;s domain.</source>
        <extracomment>rule auth.spf_fail: step (provider)</extracomment>
        <translation>ESP 経由で送る場合は、SPF を設定した独自の Return-Path (MAIL FROM) ドメインを使わせ、{domain} で DKIM 署名させてください。そうすれば ESP のドメインで SPF が確認されても DMARC がアライメントします。</translation>
    </message>
    <message>
        <source>If the mail goes through an ESP, make it use a return-path (MAIL FROM) domain of your own with its SPF, and sign with DKIM for your domain, so DMARC aligns.</source>
        <extracomment>rule auth.spf_fail: step (provider)</extracomment>
        <translation>ESP 経由で送る場合は、SPF を設定した独自の Return-Path (MAIL FROM) ドメインを使わせ、あなたのドメインで DKIM 署名させて、DMARC がアライメントするようにしてください。</translation>
    </message>
    <message>
        <source>Do not &apos;fix&apos; SPF with +all or ?all: that authorises the whole Internet and receivers treat it as a spam sign.</source>
        <extracomment>rule auth.spf_fail: what not to do</extracomment>
        <translation>+all や ?all で SPF を「直さ」ないでください: インターネット全体を許可することになり、受信側はスパムの兆候とみなします。</translation>
    </message>
    <message>
        <source>RFC 7208 (SPF)</source>
        <extracomment>rule auth.spf_fail: link title</extracomment>
        <translation>RFC 7208 (SPF)</translation>
    </message>
    <message>
        <source>The SPF record of {domain} is broken (permerror)</source>
        <extracomment>rule auth.spf_permerror: title</extracomment>
        <translation>{domain} の SPF レコードが壊れています (permerror)</translation>
    </message>
    <message>
        <source>A permanent error (syntax, more than 10 DNS lookups, more than 2 void lookups, two records) makes receivers treat SPF as failed.</source>
        <extracomment>rule auth.spf_permerror: summary</extracomment>
        <translation>恒久的なエラー (構文、10 回を超える DNS ルックアップ、2 回を超える空のルックアップ、レコードの重複) があると、受信側は SPF を失敗として扱います。</translation>
    </message>
    <message>
        <source>Fix the record as the SPF findings show (flatten includes to stay under 10 lookups, remove the duplicate record, fix the syntax).</source>
        <extracomment>rule auth.spf_permerror: step (you)</extracomment>
        <translation>SPF の検出結果に従ってレコードを修正してください (ルックアップを 10 回未満にするため include を展開する、重複レコードを削除する、構文を直す)。</translation>
    </message>
    <message>
        <source>Do not keep adding includes to an SPF record that already exceeds 10 lookups: flatten or remove services instead.</source>
        <extracomment>rule auth.spf_permerror: what not to do</extracomment>
        <translation>すでに 10 ルックアップを超えている SPF レコードに include を追加し続けないでください: 展開するかサービスを減らしてください。</translation>
    </message>
    <message>
        <source>The receiver applied the sender&apos;s DMARC policy</source>
        <extracomment>rule auth.dmarc.named: title</extracomment>
        <translation>受信側が送信者の DMARC ポリシーを適用しました</translation>
    </message>
    <message>
        <source>The bounce says DMARC failed: neither SPF nor DKIM passed in alignment with the From domain, and the domain&apos;s policy asks receivers to reject.</source>
        <extracomment>rule auth.dmarc.named: summary</extracomment>
        <translation>バウンスによると DMARC が失敗しました: SPF も DKIM も From ドメインとアライメントした状態で合格せず、ドメインのポリシーが受信側に拒否を求めています。</translation>
    </message>
    <message>
        <source>Immediate once alignment passes.</source>
        <extracomment>rule auth.dmarc.named: recovery</extracomment>
        <translation>アライメントが合格すれば即時。</translation>
    </message>
    <message>
        <source>Make at least one pass in alignment: publish the sending service in SPF and use a MAIL FROM in {domain}, or (better, it survives forwarding) have every sending service sign with DKIM for {domain}.</source>
        <extracomment>rule auth.dmarc.named: step (you)</extracomment>
        <translation>少なくとも一方をアライメントした状態で合格させてください: 送信サービスを SPF に追加して {domain} 内の MAIL FROM を使うか、(転送にも耐えるのでより良い方法として) すべての送信サービスに {domain} で DKIM 署名させてください。</translation>
    </message>
    <message>
        <source>Make at least one pass in alignment: publish the sending service in SPF and use a MAIL FROM in the From domain, or (better, it survives forwarding) have every sending service sign with DKIM for the From domain.</source>
        <extracomment>rule auth.dmarc.named: step (you)</extracomment>
        <translation>少なくとも一方をアライメントした状態で合格させてください: 送信サービスを SPF に追加して From ドメイン内の MAIL FROM を使うか、(転送にも耐えるのでより良い方法として) すべての送信サービスに From ドメインで DKIM 署名させてください。</translation>
    </message>
    <message>
        <source>Your ESP must support a custom DKIM domain (d={domain}) and a custom return-path; ask for both to be set up.</source>
        <extracomment>rule auth.dmarc.named: step (provider)</extracomment>
        <translation>ESP は独自の DKIM ドメイン (d={domain}) と独自の Return-Path に対応している必要があります。両方の設定を依頼してください。</translation>
    </message>
    <message>
        <source>Your ESP must support a custom DKIM domain and a custom return-path; ask for both to be set up.</source>
        <extracomment>rule auth.dmarc.named: step (provider)</extracomment>
        <translation>ESP は独自の DKIM ドメインと独自の Return-Path に対応している必要があります。両方の設定を依頼してください。</translation>
    </message>
    <message>
        <source>Do not lower the DMARC policy to p=none to make the bounces stop: it also lets anyone forge your domain. Fix the alignment instead.</source>
        <extracomment>rule auth.dmarc.named: what not to do</extracomment>
        <translation>バウンスを止めるために DMARC ポリシーを p=none に下げないでください: 誰でもあなたのドメインを偽装できるようになります。代わりにアライメントを修正してください。</translation>
    </message>
    <message>
        <source>RFC 7489 (DMARC)</source>
        <extracomment>rule auth.dmarc.named: link title</extracomment>
        <translation>RFC 7489 (DMARC)</translation>
    </message>
    <message>
        <source>Authentication problems found for {domain}</source>
        <extracomment>rule auth.findings: title</extracomment>
        <translation>{domain} に認証の問題が見つかりました</translation>
    </message>
    <message>
        <source>The domain checks found errors in SPF, DKIM or DMARC that can make receivers reject or junk the mail.</source>
        <extracomment>rule auth.findings: summary</extracomment>
        <translation>ドメインのチェックで、受信側がメールを拒否したり迷惑メールに振り分けたりする原因となる SPF、DKIM、DMARC のエラーが見つかりました。</translation>
    </message>
    <message>
        <source>As soon as the records&apos; TTLs expire.</source>
        <extracomment>rule auth.findings: recovery</extracomment>
        <translation>レコードの TTL が切れればすぐに。</translation>
    </message>
    <message>
        <source>The receiver&apos;s filter judged the content as spam</source>
        <extracomment>rule content.spam: title</extracomment>
        <translation>受信側のフィルターが内容をスパムと判定しました</translation>
    </message>
    <message>
        <source>The message content (or its links) scored as spam. Sender reputation may be fine.</source>
        <extracomment>rule content.spam: summary</extracomment>
        <translation>メッセージの内容 (またはリンク) がスパムと採点されました。送信者のレピュテーションは問題ない可能性があります。</translation>
    </message>
    <message>
        <source>Immediate for new messages.</source>
        <extracomment>rule content.spam: recovery</extracomment>
        <translation>新しいメッセージについては即時。</translation>
    </message>
    <message>
        <source>Check the links and domains in the message against domain blocklists, remove URL shorteners and attachments that filters dislike, and test with a seed list.</source>
        <extracomment>rule content.spam: step (you)</extracomment>
        <translation>メッセージ内のリンクとドメインをドメインブロックリストで確認し、フィルターが嫌う URL 短縮サービスや添付ファイルを取り除き、シードリストでテストしてください。</translation>
    </message>
    <message>
        <source>Do not change the content slightly and resend to the same recipients over and over: it looks like filter probing and worsens reputation.</source>
        <extracomment>rule content.spam: what not to do</extracomment>
        <translation>内容を少しずつ変えて同じ受信者に何度も再送しないでください: フィルターを探っているように見え、レピュテーションが悪化します。</translation>
    </message>
    <message>
        <source>The receiver found malware in the message</source>
        <extracomment>rule content.virus: title</extracomment>
        <translation>受信側がメッセージ内にマルウェアを検出しました</translation>
    </message>
    <message>
        <source>An attachment or link was detected as malicious.</source>
        <extracomment>rule content.virus: summary</extracomment>
        <translation>添付ファイルまたはリンクが悪意あるものとして検出されました。</translation>
    </message>
    <message>
        <source>Scan the sending machine and the attachment; do not resend it.</source>
        <extracomment>rule content.virus: step (you)</extracomment>
        <translation>送信マシンと添付ファイルをスキャンしてください。再送はしないでください。</translation>
    </message>
    <message>
        <source>Do not rename or zip the attachment to slip past the scanner: find out why it was flagged, and share files by link instead.</source>
        <extracomment>rule content.virus: what not to do</extracomment>
        <translation>スキャナーをすり抜けるために添付ファイルの名前を変えたり zip にしたりしないでください: 検出理由を調べ、ファイルはリンクで共有してください。</translation>
    </message>
    <message>
        <source>The message is larger than the receiver accepts</source>
        <extracomment>rule message.too_big: title</extracomment>
        <translation>メッセージが受信側の受け付けるサイズを超えています</translation>
    </message>
    <message>
        <source>The receiving server has a size limit below this message&apos;s size.</source>
        <extracomment>rule message.too_big: summary</extracomment>
        <translation>受信サーバーのサイズ制限がこのメッセージのサイズより小さくなっています。</translation>
    </message>
    <message>
        <source>Immediate.</source>
        <extracomment>rule message.too_big: recovery</extracomment>
        <translation>即時。</translation>
    </message>
    <message>
        <source>Send large files as a link instead of an attachment.</source>
        <extracomment>rule message.too_big: step (you)</extracomment>
        <translation>大きなファイルは添付ではなくリンクで送ってください。</translation>
    </message>
    <message>
        <source>Do not resend the same large attachment; share it by link instead.</source>
        <extracomment>rule message.too_big: what not to do</extracomment>
        <translation>同じ大きな添付ファイルを再送しないでください。リンクで共有してください。</translation>
    </message>
    <message>
        <source>The recipient&apos;s domain cannot receive mail</source>
        <extracomment>rule recipient.domain_unreachable: title</extracomment>
        <translation>受信者のドメインはメールを受信できません</translation>
    </message>
    <message>
        <source>The domain does not exist, has no usable MX or address records, publishes a null MX (RFC 7505), or its servers are unreachable.</source>
        <extracomment>rule recipient.domain_unreachable: summary</extracomment>
        <translation>ドメインが存在しないか、使える MX やアドレスのレコードがないか、ヌル MX (RFC 7505) を公開しているか、サーバーに到達できません。</translation>
    </message>
    <message>
        <source>When the recipient fixes the domain.</source>
        <extracomment>rule recipient.domain_unreachable: recovery</extracomment>
        <translation>受信者がドメインを修正すれば。</translation>
    </message>
    <message>
        <source>Check the address for typos in the domain; if it is right, the recipient&apos;s administrator must fix the domain&apos;s MX records.</source>
        <extracomment>rule recipient.domain_unreachable: step (you)</extracomment>
        <translation>アドレスのドメイン部分に入力ミスがないか確認してください。正しければ、受信者の管理者がドメインの MX レコードを修正する必要があります。</translation>
    </message>
    <message>
        <source>Do not keep retrying for days against a domain that does not exist: remove or correct the address.</source>
        <extracomment>rule recipient.domain_unreachable: what not to do</extracomment>
        <translation>存在しないドメインに何日も再試行し続けないでください: アドレスを削除するか修正してください。</translation>
    </message>
    <message>
        <source>Rebound could not reach the recipient&apos;s mail servers from this network either (outgoing port 25 seems blocked here), so it cannot tell whether they are down.</source>
        <extracomment>rule recipient.domain_unreachable: note</extracomment>
        <translation>Rebound もこのネットワークから受信者のメールサーバーに到達できませんでした (ここでは外向きポート 25 がブロックされているようです)。そのため、サーバーが停止しているかどうかは判断できません。</translation>
    </message>
    <message>
        <source>Your own network blocks outgoing port 25</source>
        <extracomment>rule smtp.port25_blocked: title</extracomment>
        <translation>お使いのネットワークが外向きポート 25 をブロックしています</translation>
    </message>
    <message>
        <source>Connections to port 25 timed out for every mail server while DNS worked. Many ISPs and cloud providers block outbound port 25; the SMTP results say nothing about the servers.</source>
        <extracomment>rule smtp.port25_blocked: summary</extracomment>
        <translation>DNS は機能しているのに、すべてのメールサーバーへのポート 25 接続がタイムアウトしました。多くの ISP やクラウド事業者は外向きポート 25 をブロックしています。SMTP の結果はサーバーについて何も示していません。</translation>
    </message>
    <message>
        <source>Run the SMTP checks from a network that allows port 25 (a server), or ask your provider to unblock it.</source>
        <extracomment>rule smtp.port25_blocked: step (you)</extracomment>
        <translation>ポート 25 を許可しているネットワーク (サーバー) から SMTP チェックを実行するか、プロバイダーにブロック解除を依頼してください。</translation>
    </message>
    <message>
        <source>Do not conclude that the recipient&apos;s servers are down.</source>
        <extracomment>rule smtp.port25_blocked: what not to do</extracomment>
        <translation>受信者のサーバーが停止していると結論づけないでください。</translation>
    </message>
    <message>
        <source>This is a complaint (feedback report), not a bounce</source>
        <extracomment>rule feedback.complaint: title</extracomment>
        <translation>これは苦情 (フィードバックレポート) であり、バウンスではありません</translation>
    </message>
    <message>
        <source>An ARF feedback report means a recipient marked a message as spam and their provider sent the report through a feedback loop.</source>
        <extracomment>rule feedback.complaint: summary</extracomment>
        <translation>ARF フィードバックレポートは、受信者がメッセージをスパムとしてマークし、そのプロバイダーがフィードバックループでレポートを送ったことを意味します。</translation>
    </message>
    <message>
        <source>Unsubscribe the complaining recipient at once, and look at why people complain (unexpected mail, hard-to-find unsubscribe).</source>
        <extracomment>rule feedback.complaint: step (you)</extracomment>
        <translation>苦情を出した受信者をただちに配信停止にし、苦情の理由 (予期しないメール、見つけにくい配信停止) を確認してください。</translation>
    </message>
    <message>
        <source>Do not keep mailing recipients who complained: suppress them at once.</source>
        <extracomment>rule feedback.complaint: what not to do</extracomment>
        <translation>苦情を出した受信者にメールを送り続けないでください: ただちに送信対象から外してください。</translation>
    </message>
    <message>
        <source>This is an automatic reply, not a bounce</source>
        <extracomment>rule not_a_bounce.vacation: title</extracomment>
        <translation>これは自動応答であり、バウンスではありません</translation>
    </message>
    <message>
        <source>An out-of-office or vacation reply: the message was delivered.</source>
        <extracomment>rule not_a_bounce.vacation: summary</extracomment>
        <translation>不在通知または休暇中の応答です: メッセージは配送されています。</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <extracomment>rule not_a_bounce.vacation: step (you)</extracomment>
        <translation>対応不要です。</translation>
    </message>
    <message>
        <source>The recipient&apos;s server or admin blocks this sender</source>
        <extracomment>rule recipient.policy_block: title</extracomment>
        <translation>受信者のサーバーまたは管理者がこの送信者をブロックしています</translation>
    </message>
    <message>
        <source>The reply says the sender or domain is blocked by the recipient&apos;s own policy (a block list kept by their admin), not a public list.</source>
        <extracomment>rule recipient.policy_block: summary</extracomment>
        <translation>応答によると、送信者またはドメインは公開リストではなく、受信者独自のポリシー (管理者が管理するブロックリスト) でブロックされています。</translation>
    </message>
    <message>
        <source>When the recipient changes its policy.</source>
        <extracomment>rule recipient.policy_block: recovery</extracomment>
        <translation>受信者がポリシーを変更すれば。</translation>
    </message>
    <message>
        <source>Only the recipient&apos;s administrator can lift this: contact the recipient through another channel and ask them to allow your address or domain.</source>
        <extracomment>rule recipient.policy_block: step (recipient)</extracomment>
        <translation>解除できるのは受信者の管理者だけです: 別の経路で受信者に連絡し、あなたのアドレスまたはドメインを許可するよう依頼してください。</translation>
    </message>
    <message>
        <source>Do not work around a recipient&apos;s explicit block with another sender address: ask them to allow you instead.</source>
        <extracomment>rule recipient.policy_block: what not to do</extracomment>
        <translation>受信者による明示的なブロックを別の送信者アドレスで回避しないでください: 許可するよう依頼してください。</translation>
    </message>
    <message>
        <source>The receiver refused the mail for a security or policy reason ({status})</source>
        <extracomment>rule policy.generic: title</extracomment>
        <translation>受信側がセキュリティまたはポリシー上の理由でメールを拒否しました ({status})</translation>
    </message>
    <message>
        <source>A 5.7.x code means security or policy. The reply does not name a specific list or provider rule, so the live checks below are the best clues: look for listings, missing reverse DNS and authentication failures.</source>
        <extracomment>rule policy.generic: summary</extracomment>
        <translation>5.7.x コードはセキュリティまたはポリシーを意味します。応答は特定のリストやプロバイダーのルールを挙げていないため、以下のライブチェックが最良の手がかりです: 掲載、逆引きDNSの欠如、認証の失敗を確認してください。</translation>
    </message>
    <message>
        <source>Depends on the cause.</source>
        <extracomment>rule policy.generic: recovery</extracomment>
        <translation>原因によります。</translation>
    </message>
    <message>
        <source>Check the blocklist, reverse DNS and domain results; if all are clean, contact the recipient&apos;s postmaster with this report.</source>
        <extracomment>rule policy.generic: step (you)</extracomment>
        <translation>ブロックリスト、逆引きDNS、ドメインの結果を確認してください。すべて問題なければ、このレポートを添えて受信者のポストマスターに連絡してください。</translation>
    </message>
    <message>
        <source>Check the address&apos;s reputation with the services that have no DNS interface.</source>
        <extracomment>rule policy.generic: step (you)</extracomment>
        <translation>DNS インターフェースのないサービスでアドレスのレピュテーションを確認してください。</translation>
    </message>
    <message>
        <source>Do not request delisting anywhere until the check results or the receiver&apos;s postmaster say which list or policy applies.</source>
        <extracomment>rule policy.generic: what not to do</extracomment>
        <translation>チェック結果や受信側のポストマスターが該当するリストやポリシーを示すまで、どこにも削除を申請しないでください。</translation>
    </message>
    <message>
        <source>Some checks could not run, so this diagnosis is incomplete</source>
        <extracomment>rule checks.incomplete: title</extracomment>
        <translation>一部のチェックを実行できなかったため、この診断は不完全です</translation>
    </message>
    <message>
        <source>A check that could not run is never taken as clean. Its part of the diagnosis is unknown.</source>
        <extracomment>rule checks.incomplete: summary</extracomment>
        <translation>実行できなかったチェックがクリーンとみなされることはありません。診断のその部分は不明です。</translation>
    </message>
    <message>
        <source>Check the resolver and network in Settings and run the diagnosis again.</source>
        <extracomment>rule checks.incomplete: step (you)</extracomment>
        <translation>設定でリゾルバーとネットワークを確認し、もう一度診断を実行してください。</translation>
    </message>
    <message>
        <source>Reputation services to check by hand (they have no DNS interface)</source>
        <extracomment>rule reputation.portals: title</extracomment>
        <translation>手動で確認するレピュテーションサービス (DNS インターフェースなし)</translation>
    </message>
    <message>
        <source>Some of the reputation data that receivers use is only visible on the providers&apos; own portals. They need a sign-in or a registration, so Rebound cannot query them; the links below open them for this address or domain.</source>
        <extracomment>rule reputation.portals: summary</extracomment>
        <translation>受信側が使うレピュテーションデータの一部は、各プロバイダーのポータルでしか見られません。サインインや登録が必要なため Rebound からは問い合わせできません。以下のリンクから、このアドレスまたはドメインについて開けます。</translation>
    </message>
    <message>
        <source>Cisco Talos: look up {ip}; a &apos;Poor&apos; email reputation means Cisco (IronPort) appliances will reject or throttle it.</source>
        <extracomment>rule reputation.portals: step (you)</extracomment>
        <translation>Cisco Talos: {ip} を照会してください。メールのレピュテーションが「Poor」なら、Cisco (IronPort) アプライアンスは拒否または制限します。</translation>
    </message>
    <message>
        <source>Cisco Talos: look up your sending IP; a &apos;Poor&apos; email reputation means Cisco (IronPort) appliances will reject or throttle it.</source>
        <extracomment>rule reputation.portals: step (you)</extracomment>
        <translation>Cisco Talos: 送信 IP を照会してください。メールのレピュテーションが「Poor」なら、Cisco (IronPort) アプライアンスは拒否または制限します。</translation>
    </message>
    <message>
        <source>Google Postmaster Tools: verify {domain} and watch the IP and domain reputation and the spam rate (keep it under 0.3 %).</source>
        <extracomment>rule reputation.portals: step (you)</extracomment>
        <translation>Google Postmaster Tools: {domain} の所有権を確認し、IP とドメインのレピュテーション、迷惑メール率 (0.3% 未満を維持) を監視してください。</translation>
    </message>
    <message>
        <source>Google Postmaster Tools: verify your domain and watch the IP and domain reputation and the spam rate (keep it under 0.3 %).</source>
        <extracomment>rule reputation.portals: step (you)</extracomment>
        <translation>Google Postmaster Tools: ドメインの所有権を確認し、IP とドメインのレピュテーション、迷惑メール率 (0.3% 未満を維持) を監視してください。</translation>
    </message>
    <message>
        <source>Google Postmaster Tools</source>
        <extracomment>rule provider.gmail.complaints_high: link title</extracomment>
        <translation>Google Postmaster Tools</translation>
    </message>
    <message>
        <source>Microsoft SNDS: register your IP ranges to see Outlook.com&apos;s filter verdicts and complaint rates; join JMRP to receive complaints.</source>
        <extracomment>rule reputation.portals: step (you)</extracomment>
        <translation>Microsoft SNDS: IP 範囲を登録すると Outlook.com のフィルター判定と苦情率を確認できます。苦情を受け取るには JMRP に参加してください。</translation>
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
        <translation>Yahoo Sender Hub: {domain} を苦情フィードバックループに登録し、Yahoo のエラーコードのヘルプを読んでください。</translation>
    </message>
    <message>
        <source>Yahoo Sender Hub: register your domain for the complaint feedback loop and read Yahoo&apos;s error-code help.</source>
        <extracomment>rule reputation.portals: step (you)</extracomment>
        <translation>Yahoo Sender Hub: ドメインを苦情フィードバックループに登録し、Yahoo のエラーコードのヘルプを読んでください。</translation>
    </message>
    <message>
        <source>{ip} is not listed on any blocklist that answered.</source>
        <extracomment>fact ip_not_listed</extracomment>
        <translation>{ip} は応答したどのブロックリストにも掲載されていません。</translation>
    </message>
    <message>
        <source>The reverse DNS of {ip} is set and forward-confirmed.</source>
        <extracomment>fact fcrdns_pass</extracomment>
        <translation>{ip} の逆引きDNSは設定されており、正引き確認も取れています。</translation>
    </message>
    <message>
        <source>SPF passes for {ip} at {domain}.</source>
        <extracomment>fact spf_pass</extracomment>
        <translation>{domain} で {ip} の SPF は合格です。</translation>
    </message>
    <message>
        <source>Make SPF pass for the sending IP and sign with DKIM using the From domain ({domain}); check the SPF result in the SPF tab and the DKIM result in the DMARC &amp; DKIM tab.</source>
        <extracomment>rule provider.gmail.unauthenticated: step (you)</extracomment>
        <translation>送信 IP で SPF が合格するようにし、From ドメイン ({domain}) で DKIM 署名してください。SPF の結果は「SPF」タブ、DKIM の結果は「DMARC &amp; DKIM」タブで確認できます。</translation>
    </message>
    <message>
        <source>If it should, add it to the SPF record of {domain}: the provider&apos;s include: (from its documentation) or ip4:{ip}, before the final all; keep the total under 10 DNS lookups. The SPF tab shows the evaluation tree and which term decided.</source>
        <extracomment>rule auth.spf_fail: step (you)</extracomment>
        <translation>送信すべきなら、{domain} の SPF レコードの最後の all の前に、プロバイダーの include: (そのドキュメントに従う) または ip4:{ip} を追加してください。DNS ルックアップは合計 10 回未満に抑えてください。「SPF」タブに評価ツリーと決め手となった項目が表示されます。</translation>
    </message>
    <message>
        <source>Look at which identifier failed for {domain} (evidence above, the SPF tab and the DMARC &amp; DKIM tab): SPF is {spf_result} for {ip}, and DKIM must be signed with d={domain} (or a subdomain under relaxed alignment).</source>
        <extracomment>rule auth.dmarc.named: step (you)</extracomment>
        <translation>{domain} でどの識別子が失敗したかを確認してください (上の証拠、「SPF」タブと「DMARC &amp; DKIM」タブ): {ip} の SPF は {spf_result} です。DKIM は d={domain} (relaxed アライメントならそのサブドメイン) で署名されている必要があります。</translation>
    </message>
    <message>
        <source>Look at which identifier failed (evidence above, the SPF tab and the DMARC &amp; DKIM tab): SPF must pass for the sending IP with a MAIL FROM in the From domain, or DKIM must be signed with d= the From domain.</source>
        <extracomment>rule auth.dmarc.named: step (you)</extracomment>
        <translation>どの識別子が失敗したかを確認してください (上の証拠、「SPF」タブと「DMARC &amp; DKIM」タブ): SPF は From ドメイン内の MAIL FROM で送信 IP について合格するか、DKIM が d= From ドメインで署名されている必要があります。</translation>
    </message>
    <message>
        <source>Fix the errors listed in the SPF tab and the DMARC &amp; DKIM tab, most serious first.</source>
        <extracomment>rule auth.findings: step (you)</extracomment>
        <translation>「SPF」タブと「DMARC &amp; DKIM」タブに表示されたエラーを、深刻なものから修正してください。</translation>
    </message>
    <message>
        <source>Rebound could not reach DNS</source>
        <extracomment>rule dns.unreachable: title</extracomment>
        <translation>Rebound が DNS に到達できませんでした</translation>
    </message>
    <message>
        <source>Not one DNS query was answered by the resolver Rebound uses ({resolver}). Every check needs DNS, so none of them says anything about the address, the domain or the mail servers: this is about this computer&apos;s network or its resolver, not about the mail.</source>
        <extracomment>rule dns.unreachable: summary</extracomment>
        <translation>Rebound が使うリゾルバー ({resolver}) は DNS クエリに 1 つも応答しませんでした。すべてのチェックには DNS が必要なため、どのチェックもアドレス、ドメイン、メールサーバーについて何も示していません。これはメールではなく、このコンピューターのネットワークまたはリゾルバーの問題です。</translation>
    </message>
    <message>
        <source>As soon as DNS answers again.</source>
        <extracomment>rule dns.unreachable: recovery</extracomment>
        <translation>DNS が再び応答し次第。</translation>
    </message>
    <message>
        <source>Check that this computer is online, then check the resolver in Edit → Settings… → DNS (the Test resolver button asks it now); with rebound-cli, give a working one with --dns.</source>
        <extracomment>rule dns.unreachable: step (you)</extracomment>
        <translation>このコンピューターがオンラインであることを確認してから、編集 → 設定… → DNS でリゾルバーを確認してください (「リゾルバーをテスト」ボタンですぐに問い合わせます)。rebound-cli では --dns で動作するリゾルバーを指定してください。</translation>
    </message>
    <message>
        <source>Run the diagnosis again once the resolver answers.</source>
        <extracomment>rule dns.unreachable: step (you)</extracomment>
        <translation>リゾルバーが応答するようになったら、もう一度診断を実行してください。</translation>
    </message>
    <message>
        <source>Do not read any result of this run as clean or as a problem of the recipient: nothing was checked.</source>
        <extracomment>rule dns.unreachable: what not to do</extracomment>
        <translation>この実行の結果を問題なしとも受信者側の問題とも解釈しないでください: 何もチェックされていません。</translation>
    </message>
    <message>
        <source>Use your own recursive resolver (for example unbound on this machine) in Edit → Settings… → DNS, or enter a free Spamhaus DQS key, then run the check again.</source>
        <extracomment>rule blocklist.query_refused: step (you)</extracomment>
        <translation>編集 → 設定… → DNS で独自の再帰リゾルバー (たとえばこのマシン上の unbound) を使うか、無料の Spamhaus DQS キーを入力してから、もう一度チェックを実行してください。</translation>
    </message>
    <message>
        <source>The domain&apos;s SPF record does not authorise the sending address (the SPF result is {value}).</source>
        <extracomment>rule auth.spf_fail: evidence (spf.result)</extracomment>
        <translation>ドメインの SPF レコードは送信アドレスを許可していません (SPF の結果は {value})。</translation>
    </message>
    <message>
        <source>The domain&apos;s SPF record cannot be evaluated: it has a permanent error (permerror).</source>
        <extracomment>rule auth.spf_permerror: evidence (spf.result)</extracomment>
        <translation>ドメインの SPF レコードは評価できません: 恒久的なエラー (permerror) があります。</translation>
    </message>
    <message>
        <source>SPF does not pass for the sending address (the SPF result is {value}).</source>
        <extracomment>rule auth.dmarc.named: evidence (spf.result)</extracomment>
        <translation>送信アドレスの SPF は合格していません (SPF の結果は {value})。</translation>
    </message>
    <message>
        <source>The domain&apos;s DMARC policy (p={value}) asks receivers to refuse or quarantine mail that fails authentication.</source>
        <extracomment>rule auth.dmarc.named: evidence (dmarc.effective_policy)</extracomment>
        <translation>ドメインの DMARC ポリシー (p={value}) は、認証に失敗したメールを拒否または隔離するよう受信側に求めています。</translation>
    </message>
    <message>
        <source>The reverse DNS of the sending address is set and forward-confirmed.</source>
        <extracomment>fact fcrdns_pass: evidence (fcrdns.status)</extracomment>
        <translation>送信アドレスの逆引きDNSは設定されており、正引き確認も取れています。</translation>
    </message>
    <message>
        <source>SPF passes for the sending address.</source>
        <extracomment>fact spf_pass: evidence (spf.result)</extracomment>
        <translation>送信アドレスの SPF は合格です。</translation>
    </message>
    <message>
        <source>DMARC fails for {domain}: neither SPF nor DKIM passes for the From domain</source>
        <extracomment>rule message.dmarc_fail: title</extracomment>
        <translation>{domain} の DMARC が失敗しています: From ドメインで SPF も DKIM も合格していません</translation>
    </message>
    <message>
        <source>The message&apos;s From domain is {domain}, but no DKIM signature that verifies belongs to it and SPF does not pass for a return-path domain aligned with it. Receivers apply the domain&apos;s DMARC policy: with p=quarantine or p=reject the mail goes to spam or is refused, and Gmail and Yahoo require DMARC alignment from bulk senders.</source>
        <extracomment>rule message.dmarc_fail: summary</extracomment>
        <translation>メッセージの From ドメインは {domain} ですが、検証に成功した DKIM 署名のうちこのドメインのものはなく、このドメインとアライメントした Return-Path ドメインで SPF も合格していません。受信側はドメインの DMARC ポリシーを適用します: p=quarantine または p=reject ではメールは迷惑メールになるか拒否されます。また Gmail と Yahoo は大量送信者に DMARC アライメントを求めています。</translation>
    </message>
    <message>
        <source>As soon as the DKIM keys are published and the sending service signs with them.</source>
        <extracomment>rule message.dmarc_fail: recovery</extracomment>
        <translation>DKIM キーが公開され、送信サービスがそのキーで署名すればすぐに。</translation>
    </message>
    <message>
        <source>Make every service that sends as {domain} sign with DKIM for {domain} (d={domain} or a subdomain of it): the Message tab shows which signatures the message carries and why each failed.</source>
        <extracomment>rule message.dmarc_fail: step (you)</extracomment>
        <translation>{domain} として送信するすべてのサービスに、{domain} (d={domain} またはそのサブドメイン) で DKIM 署名させてください: メッセージにどの署名があり、それぞれがなぜ失敗したかは「メッセージ」タブに表示されます。</translation>
    </message>
    <message>
        <source>Make every service that sends for your domain sign with DKIM for that domain: the Message tab shows which signatures the message carries and why each failed.</source>
        <extracomment>rule message.dmarc_fail: step (you)</extracomment>
        <translation>あなたのドメインとして送信するすべてのサービスに、そのドメインで DKIM 署名させてください: メッセージにどの署名があり、それぞれがなぜ失敗したかは「メッセージ」タブに表示されます。</translation>
    </message>
    <message>
        <source>If the mail goes through an ESP, set up its custom return-path (bounce) domain under {domain} and its DKIM keys for {domain}, so that both SPF and DKIM align.</source>
        <extracomment>rule message.dmarc_fail: step (provider)</extracomment>
        <translation>ESP 経由で送る場合は、{domain} 配下に ESP の独自の Return-Path (バウンス) ドメインを設定し、{domain} 用の DKIM キーも設定して、SPF と DKIM の両方がアライメントするようにしてください。</translation>
    </message>
    <message>
        <source>If the mail goes through an ESP, set up its custom return-path (bounce) domain under your domain and its DKIM keys for your domain, so that both SPF and DKIM align.</source>
        <extracomment>rule message.dmarc_fail: step (provider)</extracomment>
        <translation>ESP 経由で送る場合は、あなたのドメイン配下に ESP の独自の Return-Path (バウンス) ドメインを設定し、あなたのドメイン用の DKIM キーも設定して、SPF と DKIM の両方がアライメントするようにしてください。</translation>
    </message>
    <message>
        <source>Do not lower the DMARC policy to p=none to hide the failure: the mail stays unauthenticated and Gmail and Yahoo still require alignment from bulk senders.</source>
        <extracomment>rule message.dmarc_fail: what not to do</extracomment>
        <translation>失敗を隠すために DMARC ポリシーを p=none に下げないでください: メールは認証されないままで、Gmail と Yahoo は引き続き大量送信者にアライメントを求めます。</translation>
    </message>
    <message>
        <source>The message body was changed after it was signed (DKIM body hash did not verify)</source>
        <extracomment>rule message.dkim_body_hash: title</extracomment>
        <translation>署名後にメッセージ本文が変更されました (DKIM の本文ハッシュを検証できませんでした)</translation>
    </message>
    <message>
        <source>A DKIM signature&apos;s header signature verifies, but the body no longer hashes to its bh= value: something between the signer and the receiver changed the body. Usually a mailing list adds a footer, a security gateway rewrites links or adds a disclaimer, or the message is signed before a filter that re-encodes it.</source>
        <extracomment>rule message.dkim_body_hash: summary</extracomment>
        <translation>DKIM 署名のヘッダー署名は検証できますが、本文のハッシュが bh= の値と一致しなくなっています: 署名者と受信側の間で何かが本文を変更しました。よくあるのは、メーリングリストがフッターを追加する、セキュリティゲートウェイがリンクを書き換えたり免責事項を追加したりする、あるいはメッセージを再エンコードするフィルターより前に署名している場合です。</translation>
    </message>
    <message>
        <source>Immediate for new mail once the signing order is fixed.</source>
        <extracomment>rule message.dkim_body_hash: recovery</extracomment>
        <translation>署名の順序を修正すれば、新しいメールについては即時。</translation>
    </message>
    <message>
        <source>Sign as the last step before the message leaves: move DKIM signing after any disclaimer, footer or link-rewriting filter on your side.</source>
        <extracomment>rule message.dkim_body_hash: step (you)</extracomment>
        <translation>メッセージが送出される直前の最後の手順として署名してください: DKIM 署名を、自分の側の免責事項、フッター、リンク書き換えのフィルターより後に移動してください。</translation>
    </message>
    <message>
        <source>If a mailing list or forwarder changes the body, ask its operator to seal with ARC, or to stop altering the body and subject.</source>
        <extracomment>rule message.dkim_body_hash: step (provider)</extracomment>
        <translation>メーリングリストや転送サービスが本文を変更する場合は、その運営者に ARC でシールするか、本文と件名の変更をやめるよう依頼してください。</translation>
    </message>
    <message>
        <source>Do not sign with l= (a body length limit) to survive footers: it lets anyone append content under your signature.</source>
        <extracomment>rule message.dkim_body_hash: what not to do</extracomment>
        <translation>フッターに耐えるために l= (本文長の制限) 付きで署名しないでください: 誰でもあなたの署名の下に内容を追加できるようになります。</translation>
    </message>
    <message>
        <source>RFC 6376 (DKIM)</source>
        <extracomment>rule message.dkim_body_hash: link title</extracomment>
        <translation>RFC 6376 (DKIM)</translation>
    </message>
    <message>
        <source>A DKIM signature on the message does not verify</source>
        <extracomment>rule message.dkim_fail: title</extracomment>
        <translation>メッセージの DKIM 署名を検証できません</translation>
    </message>
    <message>
        <source>The signature&apos;s key is missing, revoked or does not match the signature, or the signed header fields were changed. Without a passing DKIM signature for the From domain, DMARC rests on SPF alone, which forwarding breaks.</source>
        <extracomment>rule message.dkim_fail: summary</extracomment>
        <translation>署名のキーが存在しないか、失効しているか、署名と一致しないか、または署名対象のヘッダーフィールドが変更されています。From ドメインで合格する DKIM 署名がないと、DMARC は SPF だけに頼ることになり、SPF は転送で失敗します。</translation>
    </message>
    <message>
        <source>As soon as the key record&apos;s TTL expires.</source>
        <extracomment>rule message.dkim_fail: recovery</extracomment>
        <translation>キーのレコードの TTL が切れればすぐに。</translation>
    </message>
    <message>
        <source>Compare the key published at the selector&apos;s DNS name with the key the signing server uses (the Message tab names the selector and why the signature failed); publish the right key or fix the signer&apos;s configuration.</source>
        <extracomment>rule message.dkim_fail: step (you)</extracomment>
        <translation>セレクターの DNS 名で公開されているキーと、署名サーバーが使っているキーを比較してください (「メッセージ」タブにセレクターと署名が失敗した理由が表示されます)。正しいキーを公開するか、署名側の設定を修正してください。</translation>
    </message>
    <message>
        <source>SPF does not authorise {ip}, the address the message came from</source>
        <extracomment>rule message.spf_fail: title</extracomment>
        <translation>SPF がメッセージの送信元アドレス {ip} を承認していません</translation>
    </message>
    <message>
        <source>The Received fields show the message entering the receiver&apos;s network from {ip}, and the SPF record of the return-path domain does not list it: receivers treat the mail as forged (fail) or suspicious (softfail), and DMARC cannot pass through SPF.</source>
        <extracomment>rule message.spf_fail: summary</extracomment>
        <translation>Received フィールドによると、メッセージは {ip} から受信側のネットワークに入っていますが、Return-Path ドメインの SPF レコードにこのアドレスは含まれていません: 受信側はこのメールを偽装 (fail) または疑わしい (softfail) ものとして扱い、DMARC は SPF では合格できません。</translation>
    </message>
    <message>
        <source>Find out which service sends from {ip} and add it to the SPF record of the return-path domain (its include: or ip4:{ip}), keeping the record under 10 DNS lookups.</source>
        <extracomment>rule message.spf_fail: step (you)</extracomment>
        <translation>{ip} からどのサービスが送信しているかを調べ、Return-Path ドメインの SPF レコードに追加してください (そのサービスの include: または ip4:{ip})。レコードは DNS ルックアップ 10 回未満に収めてください。</translation>
    </message>
    <message>
        <source>Find out which service sends this mail and add it to the SPF record of the return-path domain, keeping the record under 10 DNS lookups.</source>
        <extracomment>rule message.spf_fail: step (you)</extracomment>
        <translation>このメールをどのサービスが送信しているかを調べ、Return-Path ドメインの SPF レコードに追加してください。レコードは DNS ルックアップ 10 回未満に収めてください。</translation>
    </message>
    <message>
        <source>{domain} has no DMARC record</source>
        <extracomment>rule message.dmarc_missing: title</extracomment>
        <translation>{domain} に DMARC レコードがありません</translation>
    </message>
    <message>
        <source>Since February 2024 Gmail and Yahoo require a DMARC record (at least p=none) from bulk senders, and many receivers treat unauthenticated mail from a domain without DMARC with suspicion.</source>
        <extracomment>rule message.dmarc_missing: summary</extracomment>
        <translation>2024 年 2 月以降、Gmail と Yahoo は大量送信者に DMARC レコード (少なくとも p=none) を求めています。また多くの受信側は、DMARC のないドメインからの認証されていないメールを疑わしいものとして扱います。</translation>
    </message>
    <message>
        <source>As soon as the record is published.</source>
        <extracomment>rule message.dmarc_missing: recovery</extracomment>
        <translation>レコードが公開されればすぐに。</translation>
    </message>
    <message>
        <source>Publish a TXT record at _dmarc.{domain}, starting with v=DMARC1; p=none; rua=mailto:(an address that collects reports), then move to quarantine or reject once the reports show every sender aligned.</source>
        <extracomment>rule message.dmarc_missing: step (you)</extracomment>
        <translation>_dmarc.{domain} に TXT レコードを公開してください。まず v=DMARC1; p=none; rua=mailto:(レポートを収集するアドレス) から始め、すべての送信者がアライメントしていることをレポートで確認できたら quarantine または reject に移行してください。</translation>
    </message>
    <message>
        <source>Publish a DMARC TXT record at _dmarc under your domain, starting with p=none and a rua= report address.</source>
        <extracomment>rule message.dmarc_missing: step (you)</extracomment>
        <translation>あなたのドメインの _dmarc に DMARC の TXT レコードを公開してください。まず p=none と rua= のレポート送付先アドレスから始めてください。</translation>
    </message>
    <message>
        <source>Google email sender guidelines</source>
        <extracomment>rule message.dmarc_missing: link title</extracomment>
        <translation>Google のメール送信者のガイドライン</translation>
    </message>
    <message>
        <source>The message does not meet the Gmail and Yahoo bulk-sender rules</source>
        <extracomment>rule message.bulk_sender: title</extracomment>
        <translation>メッセージが Gmail と Yahoo の大量送信者のルールを満たしていません</translation>
    </message>
    <message>
        <source>Gmail and Yahoo require bulk senders to offer one-click unsubscribe (RFC 8058) covered by the DKIM signature, to align DMARC, to send from an address with forward-confirmed reverse DNS over TLS, and to use a valid Message-ID and Date. The bulk-sender checklist in the Message tab shows each rule, its result and its source.</source>
        <extracomment>rule message.bulk_sender: summary</extracomment>
        <translation>Gmail と Yahoo は大量送信者に対し、DKIM 署名の対象に含まれるワンクリック配信停止 (RFC 8058) の提供、DMARC のアライメント、正引き確認の取れた逆引きDNSを持つアドレスから TLS で送信すること、正しい Message-ID と Date の使用を求めています。「メッセージ」タブの大量送信者のチェックリストに、各ルールとその結果、出典が表示されます。</translation>
    </message>
    <message>
        <source>For new mail at once; the sender&apos;s reputation recovers over days to weeks.</source>
        <extracomment>rule message.bulk_sender: recovery</extracomment>
        <translation>新しいメールについては即時。送信者のレピュテーションは数日から数週間かけて回復します。</translation>
    </message>
    <message>
        <source>Fix the failed rules of the checklist, most serious first; for unsubscribe, add List-Unsubscribe with an https: URI and List-Unsubscribe-Post: List-Unsubscribe=One-Click, and sign both fields with DKIM.</source>
        <extracomment>rule message.bulk_sender: step (you)</extracomment>
        <translation>チェックリストで不合格のルールを、深刻なものから修正してください。配信停止については、https: の URI を含む List-Unsubscribe と List-Unsubscribe-Post: List-Unsubscribe=One-Click を追加し、両方のフィールドに DKIM で署名してください。</translation>
    </message>
    <message>
        <source>RFC 8058 (one-click unsubscribe)</source>
        <extracomment>rule message.bulk_sender: link title</extracomment>
        <translation>RFC 8058 (ワンクリック配信停止)</translation>
    </message>
    <message>
        <source>A server on the route held the message for more than an hour</source>
        <extracomment>rule message.slow_route: title</extracomment>
        <translation>経路上のサーバーがメッセージを 1 時間以上保持しました</translation>
    </message>
    <message>
        <source>The Received fields show a long gap between two hops: a queue. Greylisting, a retry after a deferral, or a slow content filter delayed the message; the Message tab&apos;s route timeline shows where.</source>
        <extracomment>rule message.slow_route: summary</extracomment>
        <translation>Received フィールドによると、2 つのホップの間に長い空白があります: キューです。グレーリスティング、一時拒否後の再試行、または遅いコンテンツフィルターがメッセージを遅らせました。どこで遅れたかは「メッセージ」タブの経路タイムラインに表示されます。</translation>
    </message>
    <message>
        <source>If the delay is on your side, look at that server&apos;s queue and logs for the message&apos;s time; if it is on the receiver&apos;s side, it was usually a deferral (greylisting or rate limiting) that your server retried.</source>
        <extracomment>rule message.slow_route: step (you)</extracomment>
        <translation>遅延が自分の側にある場合は、そのサーバーのキューとログでメッセージの時刻を確認してください。受信側にある場合は、通常は一時拒否 (グレーリスティングまたはレート制限) で、あなたのサーバーが再試行したものです。</translation>
    </message>
    <message>
        <source>An ARC sealer recorded authentication results that differ from Rebound&apos;s</source>
        <extracomment>rule message.arc_differs: title</extracomment>
        <translation>ARC シーラーが記録した認証結果が Rebound の結果と異なります</translation>
    </message>
    <message>
        <source>A forwarder or mailing list that sealed the message with ARC recorded what it saw when the message reached it; Rebound&apos;s own verification now says otherwise. When the chain validates, the message was changed after that sealer (the usual mailing-list story) and receivers that trust the sealer may use its record.</source>
        <extracomment>rule message.arc_differs: summary</extracomment>
        <translation>メッセージを ARC でシールした転送サービスまたはメーリングリストは、メッセージが届いた時点で確認した内容を記録しています。Rebound 自身の検証では現在異なる結果になっています。チェーンが有効であれば、メッセージはそのシーラーの後で変更されたもので (メーリングリストでよくあるケース)、そのシーラーを信頼する受信側はその記録を使うことがあります。</translation>
    </message>
    <message>
        <source>Receivers that trust the sealer can use its ARC record to deliver the message despite the changed signature.</source>
        <extracomment>rule message.arc_differs: step (recipient)</extracomment>
        <translation>シーラーを信頼する受信側は、署名が変わっていてもその ARC 記録を使ってメッセージを配送できます。</translation>
    </message>
    <message>
        <source>Microsoft SNDS: the filter result for {ip} is RED.</source>
        <extracomment>rule provider.microsoft.snds_red_traps: evidence (filter_result)</extracomment>
        <translation>Microsoft SNDS: {ip} のフィルター結果は RED です。</translation>
    </message>
    <message>
        <source>Microsoft SNDS: {value} message(s) from {ip} hit spam traps in the last period.</source>
        <extracomment>rule provider.microsoft.snds_red_traps: evidence (trap_hits)</extracomment>
        <translation>Microsoft SNDS: 直近の期間に {ip} からのメッセージ {value} 通がスパムトラップに命中しました。</translation>
    </message>
    <message>
        <source>Microsoft blocks {ip}, and SNDS shows it RED with spam-trap hits</source>
        <extracomment>rule provider.microsoft.snds_red_traps: title</extracomment>
        <translation>Microsoft が {ip} をブロックしており、SNDS ではスパムトラップへの命中ありの RED と表示されています</translation>
    </message>
    <message>
        <source>Microsoft refused the mail with its own block code, and its Smart Network Data Services (SNDS) data for {ip} shows a RED filter result (most of the mail judged spam) and hits on spam-trap addresses. The block follows from what the address sends: addresses that never asked for mail (old, bought or harvested lists), or a compromised account or machine sending through {ip}. A mitigation request will not hold until that stops.</source>
        <extracomment>rule provider.microsoft.snds_red_traps: summary</extracomment>
        <translation>Microsoft は独自のブロックコードでメールを拒否しました。また、{ip} についての Smart Network Data Services (SNDS) のデータでは、フィルター結果が RED (メールの大半がスパムと判定) で、スパムトラップのアドレスへの命中もあります。ブロックの原因はこのアドレスが送っているメールにあります: メールを希望していないアドレス (古いリスト、購入したリスト、収集したリスト) への送信か、侵害されたアカウントやマシンが {ip} 経由で送信していることです。それが止まるまでは、緩和 (ミティゲーション) を申請しても長続きしません。</translation>
    </message>
    <message>
        <source>Days to weeks after the trap hits stop; SNDS data updates once a day.</source>
        <extracomment>rule provider.microsoft.snds_red_traps: recovery</extracomment>
        <translation>トラップへの命中が止まってから数日〜数週間。SNDS のデータは 1 日 1 回更新されます。</translation>
    </message>
    <message>
        <source>Find what sends to trap addresses from {ip}: compare the SNDS sample HELO and MAIL FROM with your own servers, look for a compromised account or machine, and stop mailing addresses that never confirmed (remove old and bought lists, use confirmed opt-in).</source>
        <extracomment>rule provider.microsoft.snds_red_traps: step (you)</extracomment>
        <translation>{ip} からトラップのアドレスに送信しているものを突き止めてください: SNDS のサンプルの HELO と MAIL FROM を自分のサーバーと比較し、侵害されたアカウントやマシンを探し、確認の取れていないアドレスへの送信をやめてください (古いリストや購入したリストを削除し、確認済みオプトインを使ってください)。</translation>
    </message>
    <message>
        <source>When SNDS shows the address GREEN without trap hits again, ask Microsoft&apos;s sender support for mitigation.</source>
        <extracomment>rule provider.microsoft.snds_red_traps: step (you)</extracomment>
        <translation>SNDS でアドレスが再びトラップへの命中なしの GREEN と表示されたら、Microsoft の送信者サポートに緩和を依頼してください。</translation>
    </message>
    <message>
        <source>Microsoft sender support (delisting)</source>
        <extracomment>rule provider.microsoft.snds_red_traps: link title</extracomment>
        <translation>Microsoft 送信者サポート (削除)</translation>
    </message>
    <message>
        <source>Do not request delisting while trap hits continue: the request is refused or the block comes back.</source>
        <extracomment>rule provider.microsoft.snds_red_traps: what not to do</extracomment>
        <translation>トラップへの命中が続いている間は削除を申請しないでください: 申請が却下されるか、ブロックが再発します。</translation>
    </message>
    <message>
        <source>Microsoft SNDS: the filter result for {ip} is GREEN.</source>
        <extracomment>rule provider.microsoft.snds_green: evidence (filter_result)</extracomment>
        <translation>Microsoft SNDS: {ip} のフィルター結果は GREEN です。</translation>
    </message>
    <message>
        <source>Microsoft blocks {ip} although SNDS shows it GREEN</source>
        <extracomment>rule provider.microsoft.snds_green: title</extracomment>
        <translation>SNDS では GREEN と表示されているのに、Microsoft が {ip} をブロックしています</translation>
    </message>
    <message>
        <source>Microsoft refused the mail with its own block code, yet its Smart Network Data Services (SNDS) data for {ip} shows a GREEN filter result: the mail it sees from the address is mostly not spam. The block is then not explained by content or traps: a new or low-volume address without reputation, a block inherited from a neighbouring range, or a stale block. Microsoft&apos;s sender support can usually lift it.</source>
        <extracomment>rule provider.microsoft.snds_green: summary</extracomment>
        <translation>Microsoft は独自のブロックコードでメールを拒否しましたが、{ip} についての Smart Network Data Services (SNDS) のデータではフィルター結果が GREEN です: このアドレスから Microsoft に届くメールはほとんどスパムではありません。したがって、ブロックは内容やトラップでは説明できず、レピュテーションのない新しいアドレスや送信量の少ないアドレス、隣接する範囲から引き継いだブロック、または古いままのブロックが原因です。通常は Microsoft の送信者サポートが解除できます。</translation>
    </message>
    <message>
        <source>Usually 24 to 48 hours after Microsoft grants mitigation.</source>
        <extracomment>rule provider.microsoft.snds_green: recovery</extracomment>
        <translation>通常、Microsoft が緩和を認めてから 24〜48 時間。</translation>
    </message>
    <message>
        <source>Ask Microsoft&apos;s sender support for mitigation of {ip}, quoting the bounce&apos;s code; mention that SNDS shows the address GREEN.</source>
        <extracomment>rule provider.microsoft.snds_green: step (you)</extracomment>
        <translation>バウンスのコードを示して、Microsoft の送信者サポートに {ip} の緩和を依頼してください。SNDS でこのアドレスが GREEN と表示されていることも伝えてください。</translation>
    </message>
    <message>
        <source>If the address is new, raise the volume to Outlook.com recipients slowly over a few weeks.</source>
        <extracomment>rule provider.microsoft.snds_green: step (you)</extracomment>
        <translation>アドレスが新しい場合は、Outlook.com の受信者への送信量を数週間かけてゆっくり増やしてください。</translation>
    </message>
    <message>
        <source>Do not change IPs to get around the block: a new address starts without reputation and is often blocked the same way.</source>
        <extracomment>rule provider.microsoft.snds_green: what not to do</extracomment>
        <translation>ブロックを回避するために IP を変更しないでください: 新しいアドレスはレピュテーションがない状態から始まり、同じようにブロックされることがよくあります。</translation>
    </message>
    <message>
        <source>Rebound&apos;s mailbox probe asked the recipient&apos;s server again: it still refuses the address at RCPT.</source>
        <extracomment>rule recipient.unknown: evidence (verdict)</extracomment>
        <translation>Rebound のメールボックスプローブで受信者のサーバーに再度問い合わせました: RCPT で引き続きこのアドレスを拒否しています。</translation>
    </message>
    <message>
        <source>Rebound&apos;s mailbox probe asked the recipient&apos;s server again: it now accepts the address at RCPT.</source>
        <extracomment>rule recipient.unknown: evidence (verdict)</extracomment>
        <translation>Rebound のメールボックスプローブで受信者のサーバーに再度問い合わせました: 現在は RCPT でこのアドレスを受け付けています。</translation>
    </message>
    <message>
        <source>The recipient&apos;s server accepts this address now (Rebound&apos;s mailbox probe), so the mailbox may have been created since, or the refusal was temporary or not really about the address.</source>
        <extracomment>rule recipient.unknown: note</extracomment>
        <translation>受信者のサーバーは現在このアドレスを受け付けています (Rebound のメールボックスプローブ)。その後メールボックスが作成されたか、拒否が一時的なものだったか、実際にはアドレスに関する拒否ではなかった可能性があります。</translation>
    </message>
    <message>
        <source>Rebound&apos;s mailbox probe: the recipient&apos;s server accepted the address at RCPT and refused a made-up one at the same domain.</source>
        <extracomment>rule recipient.unknown_now_accepted: evidence (verdict)</extracomment>
        <translation>Rebound のメールボックスプローブ: 受信者のサーバーは RCPT でこのアドレスを受け付け、同じドメインの架空のアドレスは拒否しました。</translation>
    </message>
    <message>
        <source>The address was refused as unknown, but its server accepts it now</source>
        <extracomment>rule recipient.unknown_now_accepted: title</extracomment>
        <translation>アドレスは不明として拒否されましたが、現在はサーバーが受け付けています</translation>
    </message>
    <message>
        <source>The bounce says the mailbox does not exist, yet Rebound&apos;s mailbox probe (MAIL FROM with your address, RCPT TO, no message sent) found the recipient&apos;s server accepting the address, while it refuses a made-up address at the same domain. The mailbox was probably created or restored since, or the refusal came from another server (a backup MX or a gateway) or was a disguised policy refusal.</source>
        <extracomment>rule recipient.unknown_now_accepted: summary</extracomment>
        <translation>バウンスによるとメールボックスは存在しませんが、Rebound のメールボックスプローブ (あなたのアドレスで MAIL FROM、RCPT TO、メッセージは送信しない) では、受信者のサーバーはこのアドレスを受け付け、同じドメインの架空のアドレスは拒否しました。その後メールボックスが作成または復元されたか、拒否が別のサーバー (バックアップ MX やゲートウェイ) からのものだったか、ポリシーによる拒否が別の理由に見せかけられていた可能性があります。</translation>
    </message>
    <message>
        <source>Usually immediate if the mailbox now exists.</source>
        <extracomment>rule recipient.unknown_now_accepted: recovery</extracomment>
        <translation>メールボックスが現在存在すれば、通常は即時。</translation>
    </message>
    <message>
        <source>Send one message again to this address; if it bounces once more, compare which server refused it (the bounce&apos;s reporting MTA) with the MX the probe reached.</source>
        <extracomment>rule recipient.unknown_now_accepted: step (you)</extracomment>
        <translation>このアドレスにもう一度メッセージを 1 通送ってください。再びバウンスした場合は、拒否したサーバー (バウンスの報告 MTA) とプローブが到達した MX を比較してください。</translation>
    </message>
    <message>
        <source>If it keeps bouncing, ask the recipient (through another channel) whether their mailbox was recently created or moved, or whether a filter in front of it refuses your mail.</source>
        <extracomment>rule recipient.unknown_now_accepted: step (recipient)</extracomment>
        <translation>バウンスが続く場合は、(別の手段で) 受信者に、メールボックスが最近作成または移行されたか、その手前のフィルターがあなたのメールを拒否していないかを尋ねてください。</translation>
    </message>
    <message>
        <source>Do not probe the address repeatedly: repeated RCPT probes can get your address or IP listed as a directory-harvesting sender.</source>
        <extracomment>rule recipient.unknown_now_accepted: what not to do</extracomment>
        <translation>アドレスを繰り返しプローブしないでください: RCPT プローブを繰り返すと、あなたのアドレスや IP がディレクトリハーベスティングを行う送信者として掲載されることがあります。</translation>
    </message>
    <message>
        <source>{policy_domain} publishes an MTA-STS policy in {value} mode: senders that honour it refuse a mail server whose name or certificate the policy does not accept.</source>
        <extracomment>rule tls.mta_sts_enforced: evidence (mta_sts.policy.mode)</extracomment>
        <translation>{policy_domain} は {value} モードの MTA-STS ポリシーを公開しています: これに従う送信側は、名前や証明書がポリシーで認められないメールサーバーを拒否します。</translation>
    </message>
    <message>
        <source>{recipient_domain}&apos;s MTA-STS policy stops delivery to its own mail servers</source>
        <extracomment>rule tls.mta_sts_enforced: title</extracomment>
        <translation>{recipient_domain} の MTA-STS ポリシーが、自身のメールサーバーへの配送を妨げています</translation>
    </message>
    <message>
        <source>The bounce says TLS could not be used as required, and {recipient_domain} publishes an MTA-STS policy in enforce mode (RFC 8461) while one of its MX hosts is not covered by the policy&apos;s mx: patterns or does not present a valid certificate. Senders that honour MTA-STS refuse to deliver to such a host, so the mail waits and bounces until the recipient fixes the policy or the certificate.</source>
        <extracomment>rule tls.mta_sts_enforced: summary</extracomment>
        <translation>バウンスによると、必須の TLS を使用できませんでした。{recipient_domain} は enforce モードの MTA-STS ポリシー (RFC 8461) を公開していますが、MX ホストの 1 つがポリシーの mx: パターンの対象外か、有効な証明書を提示していません。MTA-STS に従う送信側はそのようなホストへの配送を拒否するため、受信者がポリシーか証明書を修正するまで、メールは待機した後にバウンスします。</translation>
    </message>
    <message>
        <source>Once the recipient fixes the policy and changes its id; senders that cached the old policy may wait until it expires (max_age).</source>
        <extracomment>rule tls.mta_sts_enforced: recovery</extracomment>
        <translation>受信者がポリシーを修正して id を変更した時点。古いポリシーをキャッシュした送信側は、その期限 (max_age) が切れるまで待つことがあります。</translation>
    </message>
    <message>
        <source>Add every MX host of {recipient_domain} to the mx: lines of https://mta-sts.{recipient_domain}/.well-known/mta-sts.txt (or give each host a certificate for its name from a public CA), then change the id= of the _mta-sts TXT record so that senders fetch the policy again.</source>
        <extracomment>rule tls.mta_sts_enforced: step (recipient)</extracomment>
        <translation>{recipient_domain} のすべての MX ホストを https://mta-sts.{recipient_domain}/.well-known/mta-sts.txt の mx: 行に追加し (または各ホストに、公開 CA が発行したそのホスト名の証明書を設定し)、送信側がポリシーを再取得するよう _mta-sts TXT レコードの id= を変更してください。</translation>
    </message>
    <message>
        <source>Until it is fixed, the recipient can switch the policy to mode: testing, which makes senders deliver and report instead of refusing.</source>
        <extracomment>rule tls.mta_sts_enforced: step (recipient)</extracomment>
        <translation>修正されるまでの間、受信者はポリシーを mode: testing に切り替えることができます。そうすると送信側は拒否せずに配送し、失敗を報告するようになります。</translation>
    </message>
    <message>
        <source>Tell the recipient&apos;s postmaster what Rebound found (the MTA-STS section of the report); your server retries queued mail by itself once the policy or certificate is fixed.</source>
        <extracomment>rule tls.mta_sts_enforced: step (you)</extracomment>
        <translation>Rebound が見つけた内容 (レポートの MTA-STS セクション) を受信者のポストマスターに伝えてください。ポリシーか証明書が修正されれば、あなたのサーバーはキューにあるメールを自動で再試行します。</translation>
    </message>
    <message>
        <source>Do not turn off MTA-STS or certificate checks on your sending server for this domain: the policy is the recipient&apos;s protection against downgrade attacks.</source>
        <extracomment>rule tls.mta_sts_enforced: what not to do</extracomment>
        <translation>このドメインについて、送信サーバーの MTA-STS や証明書の検証を無効にしないでください: このポリシーはダウングレード攻撃に対する受信者の防御手段です。</translation>
    </message>
    <message>
        <source>RFC 8461: SMTP MTA Strict Transport Security</source>
        <extracomment>rule tls.mta_sts_enforced: link title</extracomment>
        <translation>RFC 8461: SMTP MTA Strict Transport Security</translation>
    </message>
    <message>
        <source>The recipient&apos;s mail server fails its own DANE TLSA records</source>
        <extracomment>rule tls.dane_mismatch: title</extracomment>
        <translation>受信者のメールサーバーが自身の DANE TLSA レコードと一致しません</translation>
    </message>
    <message>
        <source>The bounce says TLS was required or failed, and the recipient domain&apos;s MX does not match its DNSSEC-validated TLSA records (or their validation fails). Senders that do DANE (RFC 7672) refuse to deliver to such a server, so the fault is on the receiving side.</source>
        <extracomment>rule tls.dane_mismatch: summary</extracomment>
        <translation>バウンスによると TLS が必須だったか失敗しており、受信ドメインの MX が DNSSEC で検証済みの TLSA レコードと一致しません (またはその検証に失敗します)。DANE を使う送信側 (RFC 7672) はそのようなサーバーへの配送を拒否するため、問題は受信側にあります。</translation>
    </message>
    <message>
        <source>After the corrected TLSA records&apos; TTL.</source>
        <extracomment>rule tls.dane_mismatch: recovery</extracomment>
        <translation>修正した TLSA レコードの TTL が経過した後。</translation>
    </message>
    <message>
        <source>Publish TLSA records that match the certificate the mail server presents (or fix the zone&apos;s DNSSEC signatures), before or together with any certificate change.</source>
        <extracomment>rule tls.dane_mismatch: step (recipient)</extracomment>
        <translation>証明書を変更する前か同時に、メールサーバーが提示する証明書と一致する TLSA レコードを公開してください (またはゾーンの DNSSEC 署名を修正してください)。</translation>
    </message>
    <message>
        <source>Tell the recipient&apos;s administrator; your server is right to refuse. Retry once their TLSA records match.</source>
        <extracomment>rule tls.dane_mismatch: step (you)</extracomment>
        <translation>受信者の管理者に伝えてください。あなたのサーバーが拒否するのは正しい動作です。先方の TLSA レコードが一致したら再試行してください。</translation>
    </message>
    <message>
        <source>Do not turn off DANE or TLS on your sending server to get the mail through: it removes the protection for every DANE domain.</source>
        <extracomment>rule tls.dane_mismatch: what not to do</extracomment>
        <translation>メールを通すために送信サーバーの DANE や TLS を無効にしないでください: すべての DANE ドメインの保護がなくなります。</translation>
    </message>
    <message>
        <source>Unauthorised sources send as {domain} and fail DMARC</source>
        <extracomment>rule reports.unauthorised_sender: title</extracomment>
        <translation>未承認の送信元が {domain} として送信し、DMARC に失敗しています</translation>
    </message>
    <message>
        <source>The DMARC aggregate reports show mail with {domain} in its From field from addresses that are neither in the domain&apos;s SPF record nor a known sending service, and that carry no aligned DKIM signature. Either someone spoofs the domain, or one of your own senders (a server, an application, a new provider) is not set up yet.</source>
        <extracomment>rule reports.unauthorised_sender: summary</extracomment>
        <translation>DMARC 集約レポートによると、From フィールドが {domain} のメールが、ドメインの SPF レコードにも既知の送信サービスにも含まれないアドレスから、アライメントした DKIM 署名なしで送られています。誰かがドメインになりすましているか、あなた自身の送信元 (サーバー、アプリケーション、新しいプロバイダー) のいずれかがまだ設定されていません。</translation>
    </message>
    <message>
        <source>The next day&apos;s reports show the change once the DNS records are published.</source>
        <extracomment>rule reports.unauthorised_sender: recovery</extracomment>
        <translation>DNS レコードを公開すれば、翌日のレポートに変化が表れます。</translation>
    </message>
    <message>
        <source>Look through the sources in the Reports window (their reverse DNS names and volumes): decide for each whether it is yours.</source>
        <extracomment>rule reports.unauthorised_sender: step (you)</extracomment>
        <translation>レポートウィンドウで送信元 (逆引きDNS名と送信量) を確認し、それぞれが自分のものかどうかを判断してください。</translation>
    </message>
    <message>
        <source>Look through the sources in the Reports window: decide for each whether it is yours.</source>
        <extracomment>rule reports.unauthorised_sender: step (you)</extracomment>
        <translation>レポートウィンドウで送信元を確認し、それぞれが自分のものかどうかを判断してください。</translation>
    </message>
    <message>
        <source>For each source that is yours, add it to the SPF record of {domain} and sign its mail with DKIM for {domain}.</source>
        <extracomment>rule reports.unauthorised_sender: step (you)</extracomment>
        <translation>自分の送信元はそれぞれ {domain} の SPF レコードに追加し、そのメールに {domain} の DKIM 署名をしてください。</translation>
    </message>
    <message>
        <source>For each source that is yours, add it to your domain&apos;s SPF record and sign its mail with DKIM for your domain.</source>
        <extracomment>rule reports.unauthorised_sender: step (you)</extracomment>
        <translation>自分の送信元はそれぞれドメインの SPF レコードに追加し、そのメールにドメインの DKIM 署名をしてください。</translation>
    </message>
    <message>
        <source>Once every legitimate source passes, move the DMARC policy of {domain} from p=none towards p=quarantine, then p=reject, so that the spoofed mail is refused.</source>
        <extracomment>rule reports.unauthorised_sender: step (you)</extracomment>
        <translation>正規の送信元がすべて合格したら、なりすましメールが拒否されるよう、{domain} の DMARC ポリシーを p=none から p=quarantine、次に p=reject へ移行してください。</translation>
    </message>
    <message>
        <source>Once every legitimate source passes, move the DMARC policy from p=none towards p=quarantine, then p=reject.</source>
        <extracomment>rule reports.unauthorised_sender: step (you)</extracomment>
        <translation>正規の送信元がすべて合格したら、DMARC ポリシーを p=none から p=quarantine、次に p=reject へ移行してください。</translation>
    </message>
    <message>
        <source>Do not add an unknown source to the SPF record to make the reports pass: you would authorise whoever spoofs you.</source>
        <extracomment>rule reports.unauthorised_sender: what not to do</extracomment>
        <translation>レポートを合格させるために不明な送信元を SPF レコードに追加しないでください: なりすましている相手を承認することになります。</translation>
    </message>
    <message>
        <source>A sending service sends for {domain} without aligned DKIM</source>
        <extracomment>rule reports.esp_unaligned: title</extracomment>
        <translation>送信サービスがアライメントした DKIM なしで {domain} として送信しています</translation>
    </message>
    <message>
        <source>The reports show a known sending service (an ESP or a mailbox provider) sending as {domain}: its mail passes SPF and DKIM for the service&apos;s own domains, but neither aligns with {domain}, so DMARC fails and receivers apply the domain&apos;s policy to it.</source>
        <extracomment>rule reports.esp_unaligned: summary</extracomment>
        <translation>レポートによると、既知の送信サービス (ESP またはメールボックス事業者) が {domain} として送信しています: そのメールはサービス自身のドメインで SPF と DKIM に合格していますが、どちらも {domain} とアライメントしていないため DMARC が失敗し、受信側はドメインのポリシーを適用します。</translation>
    </message>
    <message>
        <source>As soon as the service signs with the new keys; the next day&apos;s reports confirm it.</source>
        <extracomment>rule reports.esp_unaligned: recovery</extracomment>
        <translation>サービスが新しいキーで署名し始めればすぐ。翌日のレポートで確認できます。</translation>
    </message>
    <message>
        <source>Set up DKIM for {domain} (a custom signing domain) in each sending service the reports name.</source>
        <extracomment>rule reports.esp_unaligned: step (provider)</extracomment>
        <translation>レポートに挙がった各送信サービスで、{domain} の DKIM (独自の署名ドメイン) を設定してください。</translation>
    </message>
    <message>
        <source>Set up DKIM for your domain (a custom signing domain) in each sending service the reports name.</source>
        <extracomment>rule reports.esp_unaligned: step (provider)</extracomment>
        <translation>レポートに挙がった各送信サービスで、あなたのドメインの DKIM (独自の署名ドメイン) を設定してください。</translation>
    </message>
    <message>
        <source>Where the service offers it, use a custom return-path (bounce) domain under {domain}, so that SPF aligns too.</source>
        <extracomment>rule reports.esp_unaligned: step (provider)</extracomment>
        <translation>サービスが対応していれば、SPF もアライメントするよう、{domain} 配下の独自の return-path (バウンス) ドメインを使ってください。</translation>
    </message>
    <message>
        <source>Where the service offers it, use a custom return-path (bounce) domain under your domain, so that SPF aligns too.</source>
        <extracomment>rule reports.esp_unaligned: step (provider)</extracomment>
        <translation>サービスが対応していれば、SPF もアライメントするよう、あなたのドメイン配下の独自の return-path (バウンス) ドメインを使ってください。</translation>
    </message>
    <message>
        <source>Do not tighten the DMARC policy before these services are aligned: their mail would be quarantined or refused.</source>
        <extracomment>rule reports.esp_unaligned: what not to do</extracomment>
        <translation>これらのサービスがアライメントする前に DMARC ポリシーを厳しくしないでください: そのメールが隔離または拒否されてしまいます。</translation>
    </message>
    <message>
        <source>Forwarded mail fails DMARC for {domain}</source>
        <extracomment>rule reports.forwarding: title</extracomment>
        <translation>転送されたメールが {domain} の DMARC に失敗しています</translation>
    </message>
    <message>
        <source>Some sources in the reports look like forwarders or mailing lists: they relay mail sent as {domain}, which breaks SPF, and a list that changes the message breaks DKIM too. This is expected and not a problem of your setup as long as your own mail is DKIM-signed for {domain}.</source>
        <extracomment>rule reports.forwarding: summary</extracomment>
        <translation>レポート内の一部の送信元は転送サービスかメーリングリストのようです: {domain} として送信されたメールを中継するため SPF が失敗し、メッセージを変更するリストでは DKIM も失敗します。これは想定どおりで、あなた自身のメールが {domain} で DKIM 署名されている限り、設定の問題ではありません。</translation>
    </message>
    <message>
        <source>Make sure all of your own mail is DKIM-signed for {domain}: an aligned signature survives plain forwarding.</source>
        <extracomment>rule reports.forwarding: step (you)</extracomment>
        <translation>あなた自身のメールがすべて {domain} で DKIM 署名されていることを確認してください: アライメントした署名は単純な転送では失われません。</translation>
    </message>
    <message>
        <source>Make sure all of your own mail is DKIM-signed for your domain: an aligned signature survives plain forwarding.</source>
        <extracomment>rule reports.forwarding: step (you)</extracomment>
        <translation>あなた自身のメールがすべてあなたのドメインで DKIM 署名されていることを確認してください: アライメントした署名は単純な転送では失われません。</translation>
    </message>
    <message>
        <source>Do not add the forwarders to your SPF record: they send for many domains.</source>
        <extracomment>rule reports.forwarding: what not to do</extracomment>
        <translation>転送サービスを SPF レコードに追加しないでください: それらは多くのドメインのメールを送信しています。</translation>
    </message>
    <message>
        <source>TLS sessions to the mail servers of {domain} fail</source>
        <extracomment>rule reports.tls_failures: title</extracomment>
        <translation>{domain} のメールサーバーへの TLS セッションが失敗しています</translation>
    </message>
    <message>
        <source>The SMTP TLS reports show sending servers that could not set up the secure connection the policy of {domain} (MTA-STS or DANE) requires. Depending on the policy, that mail was delivered without TLS, delayed or not delivered.</source>
        <extracomment>rule reports.tls_failures: summary</extracomment>
        <translation>SMTP TLS レポートによると、一部の送信サーバーが、{domain} のポリシー (MTA-STS または DANE) が求める安全な接続を確立できませんでした。ポリシーによって、そのメールは TLS なしで配送されたか、遅延したか、配送されませんでした。</translation>
    </message>
    <message>
        <source>Look at the result types in the reports: each names what failed, and the Reports window explains each one.</source>
        <extracomment>rule reports.tls_failures: step (you)</extracomment>
        <translation>レポートの結果の種類を確認してください: それぞれ何が失敗したかを示しており、レポートウィンドウで各種類の説明を確認できます。</translation>
    </message>
    <message>
        <source>Look at the result types in the reports: each names what failed.</source>
        <extracomment>rule reports.tls_failures: step (you)</extracomment>
        <translation>レポートの結果の種類を確認してください: それぞれ何が失敗したかを示しています。</translation>
    </message>
    <message>
        <source>RFC 8460 (SMTP TLS reporting)</source>
        <extracomment>rule reports.tls_failures: link title</extracomment>
        <translation>RFC 8460 (SMTP TLS レポート)</translation>
    </message>
    <message>
        <source>The TLS reports name the result type {value}.</source>
        <extracomment>rule reports.tls.starttls_not_supported: evidence (tls_failure_types)</extracomment>
        <translation>TLS レポートに結果の種類 {value} が記載されています。</translation>
    </message>
    <message>
        <source>The mail servers of {domain} do not offer STARTTLS to every sender</source>
        <extracomment>rule reports.tls.starttls_not_supported: title</extracomment>
        <translation>{domain} のメールサーバーがすべての送信者に STARTTLS を提供していません</translation>
    </message>
    <message>
        <source>Senders report the result type starttls-not-supported: a mail server of {domain} did not offer STARTTLS (or the offer was stripped on the way) while the domain&apos;s MTA-STS or DANE policy requires TLS.</source>
        <extracomment>rule reports.tls.starttls_not_supported: summary</extracomment>
        <translation>送信側が結果の種類 starttls-not-supported を報告しています: ドメインの MTA-STS または DANE ポリシーが TLS を必須としているのに、{domain} のメールサーバーが STARTTLS を提供しませんでした (または途中で提示が取り除かれました)。</translation>
    </message>
    <message>
        <source>Enable STARTTLS on every MX host of {domain} (and on every address of each host, IPv4 and IPv6), and check that no firewall or proxy strips it.</source>
        <extracomment>rule reports.tls.starttls_not_supported: step (you)</extracomment>
        <translation>{domain} のすべての MX ホスト (各ホストのすべてのアドレス、IPv4 と IPv6 の両方) で STARTTLS を有効にし、ファイアウォールやプロキシがそれを取り除いていないことを確認してください。</translation>
    </message>
    <message>
        <source>Enable STARTTLS on every MX host (and on every address of each host), and check that no firewall or proxy strips it.</source>
        <extracomment>rule reports.tls.starttls_not_supported: step (you)</extracomment>
        <translation>すべての MX ホスト (各ホストのすべてのアドレス) で STARTTLS を有効にし、ファイアウォールやプロキシがそれを取り除いていないことを確認してください。</translation>
    </message>
    <message>
        <source>The certificate of a mail server of {domain} fails validation</source>
        <extracomment>rule reports.tls.certificate: title</extracomment>
        <translation>{domain} のメールサーバーの証明書が検証に失敗しています</translation>
    </message>
    <message>
        <source>Senders report certificate failures (a name that does not match the MX host, an expired certificate, an untrusted chain, or another validation failure): under the domain&apos;s MTA-STS policy in enforce mode such mail is not delivered.</source>
        <extracomment>rule reports.tls.certificate: summary</extracomment>
        <translation>送信側が証明書の失敗 (MX ホストと一致しない名前、期限切れの証明書、信頼されていないチェーン、その他の検証失敗) を報告しています: ドメインの MTA-STS ポリシーが enforce モードの場合、そのようなメールは配送されません。</translation>
    </message>
    <message>
        <source>Install on every MX host of {domain} a certificate from a public CA that covers the MX host name, with its whole chain, and renew it before it expires.</source>
        <extracomment>rule reports.tls.certificate: step (you)</extracomment>
        <translation>{domain} のすべての MX ホストに、MX ホスト名を含む公開 CA の証明書をチェーン全体とともにインストールし、期限切れになる前に更新してください。</translation>
    </message>
    <message>
        <source>Install on every MX host a certificate from a public CA that covers the MX host name, with its whole chain, and renew it before it expires.</source>
        <extracomment>rule reports.tls.certificate: step (you)</extracomment>
        <translation>すべての MX ホストに、MX ホスト名を含む公開 CA の証明書をチェーン全体とともにインストールし、期限切れになる前に更新してください。</translation>
    </message>
    <message>
        <source>DANE validation of the mail servers of {domain} fails</source>
        <extracomment>rule reports.tls.dane: title</extracomment>
        <translation>{domain} のメールサーバーの DANE 検証が失敗しています</translation>
    </message>
    <message>
        <source>Senders report DANE failures (invalid TLSA records, DNSSEC that does not validate, or a required DANE check that could not be done): DANE senders do not deliver to a host whose TLSA records do not match its certificate.</source>
        <extracomment>rule reports.tls.dane: summary</extracomment>
        <translation>送信側が DANE の失敗 (無効な TLSA レコード、検証できない DNSSEC、または必須の DANE チェックを実行できなかった) を報告しています: DANE を使う送信側は、TLSA レコードが証明書と一致しないホストには配送しません。</translation>
    </message>
    <message>
        <source>Make the TLSA records of each MX host of {domain} match the certificate it serves (publish the new key&apos;s record before a rollover), and keep the DNSSEC signatures of the zones valid.</source>
        <extracomment>rule reports.tls.dane: step (you)</extracomment>
        <translation>{domain} の各 MX ホストの TLSA レコードを、そのホストが提示する証明書と一致させ (鍵を切り替える前に新しい鍵のレコードを公開)、ゾーンの DNSSEC 署名を有効に保ってください。</translation>
    </message>
    <message>
        <source>Make the TLSA records of each MX host match the certificate it serves, and keep the DNSSEC signatures valid.</source>
        <extracomment>rule reports.tls.dane: step (you)</extracomment>
        <translation>各 MX ホストの TLSA レコードを、そのホストが提示する証明書と一致させ、DNSSEC 署名を有効に保ってください。</translation>
    </message>
    <message>
        <source>RFC 7672 (DANE for SMTP)</source>
        <extracomment>rule reports.tls.dane: link title</extracomment>
        <translation>RFC 7672 (SMTP 向け DANE)</translation>
    </message>
    <message>
        <source>The MTA-STS policy of {domain} cannot be fetched or is invalid</source>
        <extracomment>rule reports.tls.mta_sts: title</extracomment>
        <translation>{domain} の MTA-STS ポリシーを取得できないか、無効です</translation>
    </message>
    <message>
        <source>Senders report MTA-STS policy failures: the policy file at https://mta-sts.{domain}/.well-known/mta-sts.txt could not be fetched, is not valid, or its web server&apos;s certificate is not valid.</source>
        <extracomment>rule reports.tls.mta_sts: summary</extracomment>
        <translation>送信側が MTA-STS ポリシーの失敗を報告しています: https://mta-sts.{domain}/.well-known/mta-sts.txt のポリシーファイルを取得できなかったか、有効でないか、その Web サーバーの証明書が有効ではありません。</translation>
    </message>
    <message>
        <source>Serve the policy at https://mta-sts.{domain}/.well-known/mta-sts.txt with a valid certificate for mta-sts.{domain}, and check its syntax (version, mode, mx, max_age).</source>
        <extracomment>rule reports.tls.mta_sts: step (you)</extracomment>
        <translation>mta-sts.{domain} の有効な証明書を使って https://mta-sts.{domain}/.well-known/mta-sts.txt でポリシーを配信し、その構文 (version、mode、mx、max_age) を確認してください。</translation>
    </message>
    <message>
        <source>Serve the MTA-STS policy over HTTPS with a valid certificate for the mta-sts host, and check its syntax (version, mode, mx, max_age).</source>
        <extracomment>rule reports.tls.mta_sts: step (you)</extracomment>
        <translation>mta-sts ホストの有効な証明書を使って HTTPS で MTA-STS ポリシーを配信し、その構文 (version、mode、mx、max_age) を確認してください。</translation>
    </message>
    <message>
        <source>RFC 8461 (MTA-STS)</source>
        <extracomment>rule reports.tls.mta_sts: link title</extracomment>
        <translation>RFC 8461 (MTA-STS)</translation>
    </message>
    <message>
        <source>The watch&apos;s database: {value}.</source>
        <extracomment>rule blocklist.spamhaus.xbl: evidence (listed_since)</extracomment>
        <translation>監視データベース: {value}。</translation>
    </message>
    <message>
        <source>Google Postmaster Tools: Gmail users reported {spam_rate} of {postmaster_domain}&apos;s mail as spam on {spam_date} (the limit is 0.3 %).</source>
        <extracomment>rule provider.gmail.complaints_high: evidence (spam_rate_level)</extracomment>
        <translation>Google Postmaster Tools: {spam_date} に Gmail ユーザーが {postmaster_domain} のメールの {spam_rate} を迷惑メールとして報告しました (上限は 0.3%)。</translation>
    </message>
    <message>
        <source>Gmail refuses {domain}&apos;s mail: its users report too much of it as spam</source>
        <extracomment>rule provider.gmail.complaints_high: title</extracomment>
        <translation>Gmail が {domain} のメールを拒否しています: Gmail ユーザーによる迷惑メール報告が多すぎます</translation>
    </message>
    <message>
        <source>Gmail refused the mail as unsolicited or rate-limited it, and Google Postmaster Tools shows a user-reported spam rate at or over 0.3 %, the limit of Gmail&apos;s bulk-sender rules. Above it Gmail rejects or junks more of the domain&apos;s mail, and mitigation cannot be requested until the rate stays below 0.3 % for seven days. The cause is the mail recipients did not want, not the server or DNS.</source>
        <extracomment>rule provider.gmail.complaints_high: summary</extracomment>
        <translation>Gmail はメールを未承諾メールとして拒否したか送信レートを制限しており、Google Postmaster Tools ではユーザー報告による迷惑メール率が、Gmail の大量送信者のルールの上限である 0.3% 以上になっています。これを超えると Gmail はこのドメインのメールをより多く拒否するか迷惑メールに振り分けます。また、迷惑メール率が 7 日間続けて 0.3% 未満になるまで緩和 (ミティゲーション) を申請できません。原因はサーバーや DNS ではなく、受信者が望んでいないメールです。</translation>
    </message>
    <message>
        <source>Days to weeks: Gmail looks at the spam rate of the last days, so it improves only after the unwanted mail stops.</source>
        <extracomment>rule provider.gmail.complaints_high: recovery</extracomment>
        <translation>数日〜数週間: Gmail は直近数日の迷惑メール率を見るため、望まれていないメールが止まってから初めて改善します。</translation>
    </message>
    <message>
        <source>Find the mailings that draw the complaints (Postmaster Tools shows the rate per day; a Feedback-ID header shows it per campaign) and stop sending them to recipients who did not ask for them.</source>
        <extracomment>rule provider.gmail.complaints_high: step (you)</extracomment>
        <translation>苦情を招いている配信を突き止め (Postmaster Tools では日ごとの率、Feedback-ID ヘッダーを使えばキャンペーンごとの率がわかります)、それを希望していない受信者への送信をやめてください。</translation>
    </message>
    <message>
        <source>Make unsubscribing one click (List-Unsubscribe-Post) and honour it within two days; remove recipients who have not opened for months.</source>
        <extracomment>rule provider.gmail.complaints_high: step (you)</extracomment>
        <translation>配信停止をワンクリックでできるようにし (List-Unsubscribe-Post)、2 日以内に反映してください。何か月も開封していない受信者は削除してください。</translation>
    </message>
    <message>
        <source>When the spam rate has stayed below 0.3 % for seven days, Gmail&apos;s sender support can be asked for mitigation.</source>
        <extracomment>rule provider.gmail.complaints_high: step (you)</extracomment>
        <translation>迷惑メール率が 7 日間続けて 0.3% 未満になったら、Gmail の送信者サポートに緩和を依頼できます。</translation>
    </message>
    <message>
        <source>Gmail Email sender guidelines</source>
        <extracomment>rule provider.gmail.complaints_high: link title</extracomment>
        <translation>Gmail のメール送信者のガイドライン</translation>
    </message>
    <message>
        <source>Do not move the mail to another domain or IP to get around the rate: Gmail follows the reputation, and the new one starts without any.</source>
        <extracomment>rule provider.gmail.complaints_high: what not to do</extracomment>
        <translation>迷惑メール率を回避するためにメールを別のドメインや IP に移さないでください: Gmail はレピュテーションを追跡しますし、新しいドメインや IP はレピュテーションのない状態から始まります。</translation>
    </message>
    <message>
        <source>Google Postmaster Tools: the compliance requirement &apos;{value}&apos; needs work for {postmaster_domain}.</source>
        <extracomment>rule provider.gmail.compliance_auth: evidence (needs_work)</extracomment>
        <translation>Google Postmaster Tools: {postmaster_domain} のコンプライアンス要件「{value}」が要対応です。</translation>
    </message>
    <message>
        <source>Gmail refuses {domain}&apos;s mail, and Postmaster Tools says its authentication needs work</source>
        <extracomment>rule provider.gmail.compliance_auth: title</extracomment>
        <translation>Gmail が {domain} のメールを拒否しており、Postmaster Tools では認証が要対応とされています</translation>
    </message>
    <message>
        <source>The bounce comes from Gmail, and Google Postmaster Tools&apos; compliance status for the domain marks an authentication requirement (SPF, DKIM or DMARC) as needing work. Gmail&apos;s bulk-sender rules require all of them; the rows below say which one to fix.</source>
        <extracomment>rule provider.gmail.compliance_auth: summary</extracomment>
        <translation>バウンスは Gmail からのもので、Google Postmaster Tools のこのドメインのコンプライアンス状況では、認証の要件 (SPF、DKIM、DMARC) のいずれかが要対応とされています。Gmail の大量送信者のルールではそのすべてが必須です。どれを修正すべきかは下の行に示しています。</translation>
    </message>
    <message>
        <source>The compliance status updates within a few days after the fix; Gmail accepts authenticated mail at once.</source>
        <extracomment>rule provider.gmail.compliance_auth: recovery</extracomment>
        <translation>コンプライアンス状況は修正後数日以内に更新されます。認証されたメールは Gmail がすぐに受け付けます。</translation>
    </message>
    <message>
        <source>Fix the requirement Postmaster Tools marks: publish or correct the SPF record, sign all mail with DKIM for {domain}, publish a DMARC record and make SPF or DKIM align with the From domain.</source>
        <extracomment>rule provider.gmail.compliance_auth: step (you)</extracomment>
        <translation>Postmaster Tools が示している要件を修正してください: SPF レコードを公開または修正し、すべてのメールに {domain} で DKIM 署名し、DMARC レコードを公開して、SPF または DKIM が From ドメインとアライメントするようにしてください。</translation>
    </message>
    <message>
        <source>Check the domain result below: its SPF, DKIM and DMARC findings show what is missing now.</source>
        <extracomment>rule provider.gmail.compliance_auth: step (you)</extracomment>
        <translation>下のドメインの結果を確認してください: SPF、DKIM、DMARC の検出結果に、現在何が欠けているかが示されています。</translation>
    </message>
    <message>
        <source>The watch saw the PTR of {ptr_target} change on {ptr_changed_on}, {value} day(s) before this diagnosis.</source>
        <extracomment>rule rdns.problem: evidence (record_changes.ptr.days_before)</extracomment>
        <translation>監視により、{ptr_target} の PTR が {ptr_changed_on} (この診断の {value} 日前) に変化したことが確認されています。</translation>
    </message>
    <message>
        <source>The watch saw the SPF record of {spf_target} change on {spf_changed_on}, {value} day(s) before this diagnosis.</source>
        <extracomment>rule auth.spf_fail: evidence (record_changes.spf.days_before)</extracomment>
        <translation>監視により、{spf_target} の SPF レコードが {spf_changed_on} (この診断の {value} 日前) に変化したことが確認されています。</translation>
    </message>
    <message>
        <source>The SPF record of {domain} changed {spf_days} day(s) before this bounce</source>
        <extracomment>rule watch.spf_changed_before_bounce: title</extracomment>
        <translation>{domain} の SPF レコードがこのバウンスの {spf_days} 日前に変更されました</translation>
    </message>
    <message>
        <source>The receiver refused the mail on authentication grounds, and the watch saw the SPF record of {domain} change on {spf_changed_on}: from &quot;{spf_from}&quot; to &quot;{spf_to}&quot;. A mechanism removed or a typo in the new record is the usual reason mail that passed before fails now.</source>
        <extracomment>rule watch.spf_changed_before_bounce: summary</extracomment>
        <translation>受信側は認証を理由にメールを拒否しました。また監視により、{domain} の SPF レコードが {spf_changed_on} に「{spf_from}」から「{spf_to}」へ変化したことが確認されています。以前は合格していたメールが今は失敗する場合、原因はたいてい新しいレコードで削除されたメカニズムか入力ミスです。</translation>
    </message>
    <message>
        <source>As soon as the corrected record&apos;s TTL has passed (usually under an hour).</source>
        <extracomment>rule watch.spf_changed_before_bounce: recovery</extracomment>
        <translation>修正したレコードの TTL が経過すればすぐに (通常 1 時間以内)。</translation>
    </message>
    <message>
        <source>Compare the SPF record of {domain} before the change (&quot;{spf_from}&quot;) with the one published now (&quot;{spf_to}&quot;): check that every service that sends as {domain}, including the one that sent this message from {ip}, is still authorised.</source>
        <extracomment>rule watch.spf_changed_before_bounce: step (you)</extracomment>
        <translation>変更前の {domain} の SPF レコード (「{spf_from}」) と現在公開されているレコード (「{spf_to}」) を比較してください: {ip} からこのメッセージを送信したサービスを含め、{domain} として送信するすべてのサービスが引き続き許可されていることを確認してください。</translation>
    </message>
    <message>
        <source>Compare the SPF record of {domain} before and after the change the watch saw: check that every service that sends as {domain} is still authorised.</source>
        <extracomment>rule watch.spf_changed_before_bounce: step (you)</extracomment>
        <translation>監視で確認された変更の前後で {domain} の SPF レコードを比較してください: {domain} として送信するすべてのサービスが引き続き許可されていることを確認してください。</translation>
    </message>
    <message>
        <source>Fix the record (or restore the previous one), then resend; receivers use the new record as soon as its TTL has passed.</source>
        <extracomment>rule watch.spf_changed_before_bounce: step (you)</extracomment>
        <translation>レコードを修正して (または以前のレコードに戻して) から再送してください。受信側は TTL が経過するとすぐに新しいレコードを使います。</translation>
    </message>
    <message>
        <source>Do not add &quot;+all&quot; or &quot;?all&quot; to make the failures stop: anyone could then send as {domain}.</source>
        <extracomment>rule watch.spf_changed_before_bounce: what not to do</extracomment>
        <translation>失敗をなくすために「+all」や「?all」を追加しないでください: 誰でも {domain} として送信できるようになってしまいます。</translation>
    </message>
    <message>
        <source>The watch saw the DMARC record of {dmarc_target} change on {dmarc_changed_on}, {value} day(s) before this diagnosis.</source>
        <extracomment>rule auth.dmarc.named: evidence (record_changes.dmarc.days_before)</extracomment>
        <translation>監視により、{dmarc_target} の DMARC レコードが {dmarc_changed_on} (この診断の {value} 日前) に変化したことが確認されています。</translation>
    </message>
    <message>
        <source>The watch saw the DKIM keys of {dkim_target} change on {dkim_changed_on}, {value} day(s) before this diagnosis.</source>
        <extracomment>rule auth.dmarc.named: evidence (record_changes.dkim.days_before)</extracomment>
        <translation>監視により、{dkim_target} の DKIM キーが {dkim_changed_on} (この診断の {value} 日前) に変化したことが確認されています。</translation>
    </message>
</context>
<context>
    <name>rebound::data::smtp</name>
    <message>
        <source>Several independent servers do not all go silent at once; the filter is almost certainly near you.</source>
        <extracomment>text blocked_many_hosts</extracomment>
        <translation>複数の独立したサーバーが同時に応答しなくなることはまずありません。フィルターはほぼ確実にあなたの側にあります。</translation>
    </message>
    <message>
        <source>With one host it may also be that host that is down or filtered.</source>
        <extracomment>text blocked_one_host</extracomment>
        <translation>ホストが 1 台だけの場合、そのホスト自体が停止しているかフィルタリングされている可能性もあります。</translation>
    </message>
    <message>
        <source>Connection refused by {where}</source>
        <extracomment>finding smtp.connect_refused: title</extracomment>
        <translation>{where} に接続を拒否されました</translation>
    </message>
    <message>
        <source>The host answered the connection attempt with a reset: no mail server listens on this port, or a firewall on the host rejects the connection.</source>
        <extracomment>finding smtp.connect_refused: detail</extracomment>
        <translation>ホストは接続試行にリセットで応答しました: このポートでメールサーバーが待ち受けていないか、ホストのファイアウォールが接続を拒否しています。</translation>
    </message>
    <message>
        <source>No answer from {where}</source>
        <extracomment>finding smtp.connect_timeout: title</extracomment>
        <translation>{where} から応答がありません</translation>
    </message>
    <message>
        <source>The connection attempt got no answer before the deadline. The host may be down, or a firewall drops the packets, either near the server or on your own network (many ISPs and cloud providers block outgoing port 25).</source>
        <extracomment>finding smtp.connect_timeout: detail</extracomment>
        <translation>接続試行は期限までに応答を得られませんでした。ホストが停止しているか、サーバー付近または自分のネットワークでファイアウォールがパケットを破棄しています (多くの ISP やクラウド事業者は外向きポート 25 をブロックしています)。</translation>
    </message>
    <message>
        <source>No IPv6 route to {where}</source>
        <extracomment>finding smtp.ipv6_unreachable_locally: title</extracomment>
        <translation>{where} への IPv6 経路がありません</translation>
    </message>
    <message>
        <source>The connection failed at once with &quot;unreachable&quot;: usually this machine or its network has no working IPv6, so the IPv6 address was not checked. That says nothing about the server; senders with IPv6 will use this address.</source>
        <extracomment>finding smtp.ipv6_unreachable_locally: detail</extracomment>
        <translation>接続は「unreachable」ですぐに失敗しました: 通常、このマシンまたはそのネットワークで IPv6 が使えないため、IPv6 アドレスは確認していません。サーバーについては何も示していません。IPv6 を持つ送信者はこのアドレスを使います。</translation>
    </message>
    <message>
        <source>Network error talking to {where}</source>
        <extracomment>finding smtp.network_error: title</extracomment>
        <translation>{where} との通信中にネットワークエラー</translation>
    </message>
    <message>
        <source>{error}</source>
        <extracomment>finding smtp.network_error: detail</extracomment>
        <translation>{error}</translation>
    </message>
    <message>
        <source>Port {port} seems blocked on your own network</source>
        <extracomment>finding smtp.port_blocked_locally: title</extracomment>
        <translation>ポート {port} がお使いのネットワークでブロックされているようです</translation>
    </message>
    <message>
        <source>Every connection attempt to port {port} timed out ({addresses} address(es) of {hosts} host(s)) while DNS answered normally. {strength} Most home, office and cloud networks block outgoing port 25: run the probe from a server that may send mail, or ask your network administrator. Until then these timeouts say nothing about the servers.</source>
        <extracomment>finding smtp.port_blocked_locally: detail</extracomment>
        <translation>DNS は正常に応答しているのに、ポート {port} へのすべての接続試行がタイムアウトしました ({hosts} ホストの {addresses} アドレス)。{strength} 家庭、オフィス、クラウドのネットワークの多くは外向きポート 25 をブロックしています: メール送信が許可されたサーバーからプローブを実行するか、ネットワーク管理者に確認してください。それまでは、これらのタイムアウトはサーバーについて何も示していません。</translation>
    </message>
    <message>
        <source>{where} rejected the connection with {code}</source>
        <extracomment>finding smtp.rejected_at_connect: title</extracomment>
        <translation>{where} が {code} で接続を拒否しました</translation>
    </message>
    <message>
        <source>The server refused this client before any command. A 554 at connect usually means the connecting IP is on a blocklist or in a blocked range; the reply text often names the list and a lookup page. Note that this is the probing machine&apos;s IP, which may not be the IP your mail is sent from.</source>
        <extracomment>finding smtp.rejected_at_connect: detail</extracomment>
        <translation>サーバーはコマンドを受け取る前にこのクライアントを拒否しました。接続時の 554 は、通常、接続元 IP がブロックリストに掲載されているかブロックされた範囲にあることを意味し、応答文にはリスト名と照会ページが書かれていることがよくあります。これはプローブを実行したマシンの IP であり、実際にメールを送る IP とは限らない点に注意してください。</translation>
    </message>
    <message>
        <source>{where} deferred the client with {code}</source>
        <extracomment>finding smtp.greylisting: title</extracomment>
        <translation>{where} が {code} でクライアントを保留しました</translation>
    </message>
    <message>
        <source>The server asks new clients to come back later (greylisting or a rate limit). A real mail server retries and is accepted; a one-shot sender is not. Greylisting usually shows at RCPT, which this probe never reaches.</source>
        <extracomment>finding smtp.greylisting: detail</extracomment>
        <translation>サーバーは新しいクライアントに後で再接続するよう求めています (グレーリスティングまたはレート制限)。本物のメールサーバーは再試行して受け付けられますが、一度きりの送信者は受け付けられません。グレーリスティングは通常 RCPT の段階で現れ、このプローブはそこまで進みません。</translation>
    </message>
    <message>
        <source>{where} deferred the connection with {code}</source>
        <extracomment>finding smtp.deferred_at_connect: title</extracomment>
        <translation>{where} が {code} で接続を保留しました</translation>
    </message>
    <message>
        <source>The server is busy, rate-limiting, or refusing this client for now (421 closes the connection). Senders retry; if it lasts, the text says why.</source>
        <extracomment>finding smtp.deferred_at_connect: detail</extracomment>
        <translation>サーバーが混雑している、レート制限中、または今はこのクライアントを拒否しています (421 は接続を閉じます)。送信者は再試行します。続く場合は、応答文に理由が書かれています。</translation>
    </message>
    <message>
        <source>{where} took {ms} ms to greet</source>
        <extracomment>finding smtp.slow_banner: title</extracomment>
        <translation>{where} の挨拶に {ms} ms かかりました</translation>
    </message>
    <message>
        <source>A slow greeting is often deliberate (a greeting delay or tarpit that catches clients that talk too early). It is a fact, not a fault: senders wait up to five minutes (RFC 5321 4.5.3.2.1).</source>
        <extracomment>finding smtp.slow_banner: detail</extracomment>
        <translation>挨拶が遅いのは意図的なことが多いです (早すぎる送信をするクライアントを捕らえる挨拶遅延やターピット)。不具合ではなく事実です: 送信者は最大 5 分待ちます (RFC 5321 4.5.3.2.1)。</translation>
    </message>
    <message>
        <source>{where} does not speak ESMTP</source>
        <extracomment>finding smtp.no_esmtp: title</extracomment>
        <translation>{where} は ESMTP に対応していません</translation>
    </message>
    <message>
        <source>EHLO was refused, so the server offers no extensions: no STARTTLS, no SIZE, no 8BITMIME. Mail to it travels in plain text.</source>
        <extracomment>finding smtp.no_esmtp: detail</extracomment>
        <translation>EHLO が拒否されたため、サーバーは拡張機能を提供しません: STARTTLS、SIZE、8BITMIME はありません。このサーバー宛てのメールは平文で送られます。</translation>
    </message>
    <message>
        <source>{where} answered EHLO with {code}</source>
        <extracomment>finding smtp.ehlo_refused: title</extracomment>
        <translation>{where} が EHLO に {code} で応答しました</translation>
    </message>
    <message>
        <source>The server refused the greeting of this client (the EHLO name or the client&apos;s IP).</source>
        <extracomment>finding smtp.ehlo_refused: detail</extracomment>
        <translation>サーバーはこのクライアントの挨拶 (EHLO 名またはクライアントの IP) を拒否しました。</translation>
    </message>
    <message>
        <source>{where} stopped answering ({stage})</source>
        <extracomment>finding smtp.timeout: title</extracomment>
        <translation>{where} が応答しなくなりました ({stage})</translation>
    </message>
    <message>
        <source>{where} closed the connection ({stage})</source>
        <extracomment>finding smtp.closed_by_server: title</extracomment>
        <translation>{where} が接続を閉じました ({stage})</translation>
    </message>
    <message>
        <source>{where} does not speak SMTP correctly</source>
        <extracomment>finding smtp.protocol_error: title</extracomment>
        <translation>{where} の SMTP の応答が正しくありません</translation>
    </message>
    <message>
        <source>{error}. The probe stopped there.</source>
        <extracomment>finding smtp.protocol_error: detail</extracomment>
        <translation>{error}。プローブはそこで停止しました。</translation>
    </message>
    <message>
        <source>{where} sent far too much</source>
        <extracomment>finding smtp.too_much_data: title</extracomment>
        <translation>{where} が送ってきたデータが多すぎます</translation>
    </message>
    <message>
        <source>The probe could not check TLS</source>
        <extracomment>finding smtp.setup_error: title</extracomment>
        <translation>プローブは TLS を確認できませんでした</translation>
    </message>
    <message>
        <source>{where} does not offer STARTTLS</source>
        <extracomment>finding smtp.no_starttls: title</extracomment>
        <translation>{where} は STARTTLS を提供していません</translation>
    </message>
    <message>
        <source>Mail to this server travels unencrypted. Gmail marks such mail with a red padlock, and domains with an MTA-STS or DANE policy cannot be served at all.</source>
        <extracomment>finding smtp.no_starttls: detail</extracomment>
        <translation>このサーバー宛てのメールは暗号化されずに送られます。Gmail はそのようなメールに赤い鍵マークを付け、MTA-STS や DANE のポリシーを持つドメインにはまったく配送できません。</translation>
    </message>
    <message>
        <source>{where} sent data right after its STARTTLS 220</source>
        <extracomment>finding smtp.starttls_injection: title</extracomment>
        <translation>{where} が STARTTLS の 220 の直後にデータを送信しました</translation>
    </message>
    <message>
        <source>Bytes arrived after &quot;220 ready to start TLS&quot; and before the TLS handshake. RFC 3207 section 4 says a client must discard them: a server (or a device in the path) that sends them shows the command-injection weakness of CVE-2011-0411 and its kin, or a broken proxy.</source>
        <extracomment>finding smtp.starttls_injection: detail</extracomment>
        <translation>「220 ready to start TLS」の後、TLS ハンドシェイクの前にバイトが届きました。RFC 3207 の 4 節はクライアントがそれを破棄すべきとしています: それを送るサーバー (または経路上の機器) は CVE-2011-0411 などのコマンドインジェクションの弱点を持つか、プロキシが壊れています。</translation>
    </message>
    <message>
        <source>{where} offers STARTTLS but refuses it</source>
        <extracomment>finding smtp.starttls_refused: title</extracomment>
        <translation>{where} は STARTTLS を提示していますが、拒否します</translation>
    </message>
    <message>
        <source>STARTTLS is advertised, yet the command is answered with an error (often a missing or unreadable certificate on the server). Senders fall back to plain text or defer.</source>
        <extracomment>finding smtp.starttls_refused: detail</extracomment>
        <translation>STARTTLS は提示されていますが、コマンドにエラーが返ります (多くはサーバー上の証明書がないか読めない)。送信者は平文にフォールバックするか保留します。</translation>
    </message>
    <message>
        <source>{where} offers STARTTLS but the TLS handshake fails</source>
        <extracomment>finding smtp.starttls_handshake_failed: title</extracomment>
        <translation>{where} は STARTTLS を提示していますが、TLS ハンドシェイクに失敗します</translation>
    </message>
    <message>
        <source>{where}: the TLS handshake fails (implicit TLS)</source>
        <extracomment>finding smtp.starttls_handshake_failed: title_implicit</extracomment>
        <translation>{where}: TLS ハンドシェイクに失敗します (暗黙的 TLS)</translation>
    </message>
    <message>
        <source>{summary} TLS to {where}: {protocol}, {cipher}</source>
        <extracomment>finding smtp.tls.summary: title</extracomment>
        <translation>{summary} {where} への TLS: {protocol}、{cipher}</translation>
    </message>
    <message>
        <source>Postfix&apos;s words: Anonymous (no certificate), Untrusted (the chain does not verify), Trusted (it does, but not for this name), Verified (chain and name, or DANE).</source>
        <extracomment>finding smtp.tls.summary: detail</extracomment>
        <translation>Postfix の用語では: Anonymous (証明書なし)、Untrusted (チェーンを検証できない)、Trusted (検証できるがこの名前用ではない)、Verified (チェーンと名前、または DANE)。</translation>
    </message>
    <message>
        <source>{where} presents a certificate that does not verify</source>
        <extracomment>finding smtp.tls.untrusted: title</extracomment>
        <translation>{where} が検証できない証明書を提示しています</translation>
    </message>
    <message>
        <source>Most senders use opportunistic TLS and deliver anyway, but senders that require verified TLS (MTA-STS enforce, explicit policies) will not.</source>
        <extracomment>finding smtp.tls.untrusted: detail</extracomment>
        <translation>ほとんどの送信者は日和見 TLS を使ってそのまま配送しますが、検証済み TLS を必須とする送信者 (MTA-STS enforce、明示的なポリシー) は配送しません。</translation>
    </message>
    <message>
        <source>{where} presents a certificate for another name</source>
        <extracomment>finding smtp.tls.name_mismatch: title</extracomment>
        <translation>{where} が別の名前の証明書を提示しています</translation>
    </message>
    <message>
        <source>The certificate is not valid for the MX host name (nor the domain). Senders that verify names (MTA-STS) will not deliver.</source>
        <extracomment>finding smtp.tls.name_mismatch: detail</extracomment>
        <translation>証明書が MX ホスト名 (およびドメイン) に対して有効ではありません。名前を検証する送信者 (MTA-STS) は配送しません。</translation>
    </message>
    <message>
        <source>{where}: the certificate expired {days} days ago</source>
        <extracomment>finding smtp.tls.expired: title</extracomment>
        <translation>{where}: 証明書は {days} 日前に期限切れになりました</translation>
    </message>
    <message>
        <source>Renew the certificate; senders that verify will refuse it.</source>
        <extracomment>finding smtp.tls.expired: detail</extracomment>
        <translation>証明書を更新してください。検証する送信者は拒否します。</translation>
    </message>
    <message>
        <source>{where}: the certificate expires in {days} days</source>
        <extracomment>finding smtp.tls.expiring: title</extracomment>
        <translation>{where}: 証明書は {days} 日後に期限切れになります</translation>
    </message>
    <message>
        <source>Check that renewal is automated.</source>
        <extracomment>finding smtp.tls.expiring: detail</extracomment>
        <translation>更新が自動化されていることを確認してください。</translation>
    </message>
    <message>
        <source>{where}: {bits}-bit {type} key</source>
        <extracomment>finding smtp.tls.weak_key: title</extracomment>
        <translation>{where}: {bits} ビットの {type} 鍵</translation>
    </message>
    <message>
        <source>Keys under 2048 bits are refused by current OpenSSL defaults (security level 2); such senders fail the handshake or fall back to plain text.</source>
        <extracomment>finding smtp.tls.weak_key: detail</extracomment>
        <translation>2048 ビット未満の鍵は現在の OpenSSL の既定 (セキュリティレベル 2) で拒否されます。そのような送信者はハンドシェイクに失敗するか平文にフォールバックします。</translation>
    </message>
    <message>
        <source>{where} negotiates {protocol} at best</source>
        <extracomment>finding smtp.tls.old_protocol: title</extracomment>
        <translation>{where} がネゴシエートできるのは最高でも {protocol} です</translation>
    </message>
    <message>
        <source>TLS 1.0 and 1.1 are disabled by default in current senders (RFC 8996).</source>
        <extracomment>finding smtp.tls.old_protocol: detail</extracomment>
        <translation>TLS 1.0 と 1.1 は現在の送信者では既定で無効です (RFC 8996)。</translation>
    </message>
    <message>
        <source>{where} staples an OCSP response that says its certificate is {status}</source>
        <extracomment>finding smtp.tls.ocsp_not_good: title</extracomment>
        <translation>{where} がステープルした OCSP 応答によると、証明書は {status} です</translation>
    </message>
    <message>
        <source>The server sends (staples) its CA&apos;s OCSP answer during the handshake, and that answer does not say &apos;good&apos;. Senders that check it refuse the certificate; the CA has to issue a new certificate and the server has to be given it. The staple&apos;s signature is not checked here.</source>
        <extracomment>finding smtp.tls.ocsp_not_good: detail</extracomment>
        <translation>サーバーはハンドシェイク中に CA の OCSP 応答を送信 (ステープル) しており、その応答は「good」ではありません。それを確認する送信者は証明書を拒否します。CA が新しい証明書を発行し、サーバーに導入する必要があります。ステープルされた応答の署名はここでは確認していません。</translation>
    </message>
    <message>
        <source>{address} has no reverse DNS</source>
        <extracomment>finding smtp.no_ptr: title</extracomment>
        <translation>{address} には逆引きDNSがありません</translation>
    </message>
    <message>
        <source>A mail server&apos;s IP should have a PTR record naming the server, and that name should resolve back to the IP. Many receivers refuse mail from IPs without one.</source>
        <extracomment>finding smtp.no_ptr: detail</extracomment>
        <translation>メールサーバーの IP にはサーバー名を示す PTR レコードがあり、その名前が IP に正引きできるべきです。多くの受信側は、それがない IP からのメールを拒否します。</translation>
    </message>
    <message>
        <source>The banner name {banner} differs from the reverse DNS of {address}</source>
        <extracomment>finding smtp.banner_ptr_mismatch: title</extracomment>
        <translation>バナー名 {banner} が {address} の逆引きDNSと異なります</translation>
    </message>
    <message>
        <source>The server greets with a name other than its PTR. Receivers seldom check this, but the name the server uses for EHLO when it sends mail should match the PTR of its sending IP.</source>
        <extracomment>finding smtp.banner_ptr_mismatch: detail</extracomment>
        <translation>サーバーは PTR と異なる名前で挨拶しています。受信側がこれを確認することはまれですが、サーバーがメール送信時に EHLO で使う名前は送信 IP の PTR と一致すべきです。</translation>
    </message>
    <message>
        <source>No DNS resolver</source>
        <extracomment>finding smtp.no_resolver: title</extracomment>
        <translation>DNS リゾルバーがありません</translation>
    </message>
    <message>
        <source>The host name cannot be resolved without a resolver.</source>
        <extracomment>finding smtp.no_resolver: detail</extracomment>
        <translation>リゾルバーがないとホスト名を解決できません。</translation>
    </message>
    <message>
        <source>{host} has no IPv4 or IPv6 address</source>
        <extracomment>finding smtp.host_has_no_address: title</extracomment>
        <translation>{host} には IPv4 アドレスも IPv6 アドレスもありません</translation>
    </message>
    <message>
        <source>Mail cannot be delivered to a host without an address.</source>
        <extracomment>finding smtp.host_has_no_address: detail</extracomment>
        <translation>アドレスのないホストにはメールを配送できません。</translation>
    </message>
    <message>
        <source>{host} could not be resolved</source>
        <extracomment>finding smtp.host_unresolved: title</extracomment>
        <translation>{host} を解決できませんでした</translation>
    </message>
    <message>
        <source>DNS gave no definite answer, so the host could not be checked. This is not a result about the host.</source>
        <extracomment>finding smtp.host_unresolved: detail</extracomment>
        <translation>DNS から確定的な応答がなかったため、ホストを確認できませんでした。これはホストについての結果ではありません。</translation>
    </message>
    <message>
        <source>{domain} accepts no mail (null MX)</source>
        <extracomment>finding smtp.null_mx: title</extracomment>
        <translation>{domain} はメールを受け付けません (ヌル MX)</translation>
    </message>
    <message>
        <source>The domain publishes &quot;MX 0 .&quot; (RFC 7505): it says it receives no mail, so there is nothing to probe.</source>
        <extracomment>finding smtp.null_mx: detail</extracomment>
        <translation>ドメインは「MX 0 .」(RFC 7505) を公開しています: メールを受信しないと宣言しているため、プローブするものはありません。</translation>
    </message>
    <message>
        <source>{domain} has no MX record</source>
        <extracomment>finding smtp.implicit_mx: title</extracomment>
        <translation>{domain} には MX レコードがありません</translation>
    </message>
    <message>
        <source>Senders fall back to the domain&apos;s own address (RFC 5321 5.1). It works, but an explicit MX record is expected and some senders do not fall back.</source>
        <extracomment>finding smtp.implicit_mx: detail</extracomment>
        <translation>送信者はドメイン自体のアドレスにフォールバックします (RFC 5321 5.1)。動作はしますが、明示的な MX レコードが期待され、フォールバックしない送信者もいます。</translation>
    </message>
    <message>
        <source>{domain} does not exist</source>
        <extracomment>finding smtp.domain_missing: title</extracomment>
        <translation>{domain} は存在しません</translation>
    </message>
    <message>
        <source>No mail can be delivered to a domain that does not exist.</source>
        <extracomment>finding smtp.domain_missing: detail</extracomment>
        <translation>存在しないドメインにはメールを配送できません。</translation>
    </message>
    <message>
        <source>The MX records of {domain} could not be read</source>
        <extracomment>finding smtp.mx_unresolved: title</extracomment>
        <translation>{domain} の MX レコードを読み取れませんでした</translation>
    </message>
    <message>
        <source>DNS gave no definite answer ({outcome}); nothing was probed. This is not a result about the mail servers.</source>
        <extracomment>finding smtp.mx_unresolved: detail</extracomment>
        <translation>DNS から確定的な応答がありませんでした ({outcome})。何もプローブしていません。これはメールサーバーについての結果ではありません。</translation>
    </message>
    <message>
        <source>The TLS handshake after STARTTLS failed. This is not a missing STARTTLS: the server means to offer TLS and it is broken. Many senders then retry without TLS, some defer the mail.</source>
        <extracomment>finding smtp.starttls_handshake_failed: detail</extracomment>
        <translation>STARTTLS 後の TLS ハンドシェイクが失敗しました。STARTTLS がないのではなく、サーバーは TLS を提供するつもりでそれが壊れています。多くの送信者は TLS なしで再試行し、一部はメールを保留します。</translation>
    </message>
    <message>
        <source>The TLS handshake after STARTTLS did not finish in time. This is not a missing STARTTLS: the server means to offer TLS and it is broken. Many senders then retry without TLS, some defer the mail.</source>
        <extracomment>finding smtp.starttls_handshake_failed: detail_timeout</extracomment>
        <translation>STARTTLS 後の TLS ハンドシェイクが時間内に完了しませんでした。STARTTLS がないのではなく、サーバーは TLS を提供するつもりでそれが壊れています。多くの送信者は TLS なしで再試行し、一部はメールを保留します。</translation>
    </message>
    <message>
        <source>The TLS handshake on this implicit-TLS port failed. Here TLS starts with the first byte, so there is no plain-text fallback: no client can submit mail through this port until it is fixed.</source>
        <extracomment>finding smtp.starttls_handshake_failed: detail_implicit</extracomment>
        <translation>この暗黙的 TLS ポートでの TLS ハンドシェイクが失敗しました。このポートでは最初のバイトから TLS が始まるため、平文への切り替えはありません。修正されるまで、どのクライアントもこのポートからメールを送信できません。</translation>
    </message>
    <message>
        <source>The TLS handshake on this implicit-TLS port did not finish in time. Here TLS starts with the first byte, so there is no plain-text fallback: no client can submit mail through this port until it is fixed.</source>
        <extracomment>finding smtp.starttls_handshake_failed: detail_implicit_timeout</extracomment>
        <translation>この暗黙的 TLS ポートでの TLS ハンドシェイクが時間内に完了しませんでした。このポートでは最初のバイトから TLS が始まるため、平文への切り替えはありません。修正されるまで、どのクライアントもこのポートからメールを送信できません。</translation>
    </message>
    <message>
        <source>{where} matches its DNSSEC-validated TLSA records</source>
        <extracomment>finding smtp.tls.dane_match: title</extracomment>
        <translation>{where} は DNSSEC で検証済みの TLSA レコードと一致しています</translation>
    </message>
    <message>
        <source>Senders that do DANE (RFC 7672) authenticate this server by its TLSA records.</source>
        <extracomment>finding smtp.tls.dane_match: detail</extracomment>
        <translation>DANE を使う送信者 (RFC 7672) は、TLSA レコードによってこのサーバーを認証します。</translation>
    </message>
    <message>
        <source>{where} does not match its DNSSEC-validated TLSA records</source>
        <extracomment>finding smtp.tls.dane_mismatch: title</extracomment>
        <translation>{where} は DNSSEC で検証済みの TLSA レコードと一致しません</translation>
    </message>
    <message>
        <source>Senders that do DANE (Postfix, Exim, Microsoft, many providers) will not deliver to this host: update the TLSA records before or together with the certificate (publish the new record, wait for the TTL, then change the certificate).</source>
        <extracomment>finding smtp.tls.dane_mismatch: detail</extracomment>
        <translation>DANE を使う送信者 (Postfix、Exim、Microsoft、多くのプロバイダー) はこのホストに配送しません: 証明書より先に、または同時に TLSA レコードを更新してください (新しいレコードを公開し、TTL の経過を待ってから証明書を変更します)。</translation>
    </message>
    <message>
        <source>The TLSA records of {host} are not DNSSEC-validated</source>
        <extracomment>finding smtp.tls.dane_not_validated: title</extracomment>
        <translation>{host} の TLSA レコードは DNSSEC で検証されていません</translation>
    </message>
    <message>
        <source>{name} answered, but not with a DNSSEC-validated answer (the zone is not signed, its chain of trust is broken, or the trust anchor does not cover it). RFC 7672 senders ignore such records, so DANE does not protect this host, and they were not checked against its certificate.</source>
        <extracomment>finding smtp.tls.dane_not_validated: detail</extracomment>
        <translation>{name} は応答しましたが、DNSSEC で検証済みの応答ではありません (ゾーンが署名されていない、信頼の連鎖が切れている、またはトラストアンカーの対象外)。RFC 7672 の送信者はそのようなレコードを無視するため、DANE はこのホストを保護しません。また、これらのレコードと証明書の照合は行っていません。</translation>
    </message>
    <message>
        <source>The DNSSEC validation of {name} fails (bogus)</source>
        <extracomment>finding smtp.tls.dane_bogus: title</extracomment>
        <translation>{name} の DNSSEC 検証が失敗しています (bogus)</translation>
    </message>
    <message>
        <source>A validating resolver rejects the TLSA answer of {host}: its signatures do not verify or the chain of trust is broken. DANE senders treat this as a failure and defer mail to the host rather than send it without TLSA; fix the zone&apos;s signatures or its DS record at the parent.</source>
        <extracomment>finding smtp.tls.dane_bogus: detail</extracomment>
        <translation>検証リゾルバーが {host} の TLSA 応答を拒否しています: 署名を検証できないか、信頼の連鎖が切れています。DANE を使う送信者はこれを失敗として扱い、TLSA なしで送信するのではなく、そのホスト宛てのメールを保留します。ゾーンの署名か、親ゾーンの DS レコードを修正してください。</translation>
    </message>
    <message>
        <source>{host} accepted {address} at RCPT</source>
        <extracomment>finding smtp.mailbox.accepted: title</extracomment>
        <translation>{host} は RCPT で {address} を受け付けました</translation>
    </message>
    <message>
        <source>The server accepted the address and refused a made-up address at the same domain, so it checks its recipients: the mailbox most likely exists now. It can still be full, disabled or filtered at the end of the message; this is what the server said, not a promise of delivery.</source>
        <extracomment>finding smtp.mailbox.accepted: detail</extracomment>
        <translation>サーバーはこのアドレスを受け付け、同じドメインの架空のアドレスを拒否したため、受信者を確認していることがわかります: メールボックスは現在存在する可能性が高いです。それでも、満杯、無効化、またはメッセージ末尾の段階でのフィルタリングはありえます。これはサーバーの応答であり、配送を保証するものではありません。</translation>
    </message>
    <message>
        <source>{host} refused {address}: {reply}</source>
        <extracomment>finding smtp.mailbox.rejected: title</extracomment>
        <translation>{host} が {address} を拒否しました: {reply}</translation>
    </message>
    <message>
        <source>The receiving server refused the address before any message was sent. If the reply says the user is unknown, the mailbox does not exist (any more): remove it from your lists. Other permanent refusals (policy, blocklist) are about the sender, not the address.</source>
        <extracomment>finding smtp.mailbox.rejected: detail</extracomment>
        <translation>受信サーバーはメッセージが送信される前にこのアドレスを拒否しました。応答がユーザー不明を示している場合、メールボックスは存在しません (もう存在しません): リストから削除してください。その他の恒久的な拒否 (ポリシー、ブロックリスト) は、アドレスではなく送信者に関するものです。</translation>
    </message>
    <message>
        <source>{host} deferred {address}: {reply}</source>
        <extracomment>finding smtp.mailbox.greylisted: title</extracomment>
        <translation>{host} が {address} を保留しました: {reply}</translation>
    </message>
    <message>
        <source>The server answered with a temporary (4xx) reply: greylisting, a rate limit or a passing problem. Nothing is known about the mailbox; a real message would be retried and usually delivered.</source>
        <extracomment>finding smtp.mailbox.greylisted: detail</extracomment>
        <translation>サーバーは一時的な (4xx) 応答を返しました: グレーリスティング、レート制限、または一過性の問題です。メールボックスについては何もわかりません。実際のメッセージなら再試行され、通常は配送されます。</translation>
    </message>
    <message>
        <source>{domain} accepts any address: {address} cannot be verified by probing</source>
        <extracomment>finding smtp.mailbox.catch_all: title</extracomment>
        <translation>{domain} はどのアドレスでも受け付けます: {address} はプローブでは検証できません</translation>
    </message>
    <message>
        <source>The server accepted a made-up address at the same domain too (catch-all). Whether this mailbox exists cannot be told by probing; only a delivered message or an answer from its owner can.</source>
        <extracomment>finding smtp.mailbox.catch_all: detail</extracomment>
        <translation>サーバーは同じドメインの架空のアドレスも受け付けました (キャッチオール)。このメールボックスが存在するかどうかはプローブではわかりません。わかるのは、配送されたメッセージか所有者からの返事だけです。</translation>
    </message>
    <message>
        <source>{address} cannot be verified by probing ({provider})</source>
        <extracomment>finding smtp.mailbox.unverifiable: title</extracomment>
        <translation>{address} はプローブでは検証できません ({provider})</translation>
    </message>
    <message>
        <source>This provider answers every address with 250 at RCPT and decides later, so a probe says nothing about whether the mailbox exists.</source>
        <extracomment>finding smtp.mailbox.unverifiable: detail</extracomment>
        <translation>このプロバイダーは RCPT ですべてのアドレスに 250 を返し、後で判断するため、プローブではメールボックスが存在するかどうかはわかりません。</translation>
    </message>
    <message>
        <source>{host} refused the sender {sender}: {reply}</source>
        <extracomment>finding smtp.mailbox.sender_refused: title</extracomment>
        <translation>{host} が送信者 {sender} を拒否しました: {reply}</translation>
    </message>
    <message>
        <source>The server refused MAIL FROM, so the recipient was never asked. The refusal is about your address or this machine&apos;s IP (often a blocklist, or a policy against dynamic addresses), not about the mailbox.</source>
        <extracomment>finding smtp.mailbox.sender_refused: detail</extracomment>
        <translation>サーバーが MAIL FROM を拒否したため、受信者については問い合わせていません。拒否の対象はメールボックスではなく、あなたのアドレスかこのマシンの IP です (多くはブロックリスト、または動的アドレスを拒否するポリシー)。</translation>
    </message>
    <message>
        <source>{domain} receives no mail</source>
        <extracomment>finding smtp.mailbox.no_mail_server: title</extracomment>
        <translation>{domain} はメールを受信しません</translation>
    </message>
    <message>
        <source>The domain has no mail server (no MX and no address, a null MX, or the domain does not exist): no address at it can receive mail.</source>
        <extracomment>finding smtp.mailbox.no_mail_server: detail</extracomment>
        <translation>ドメインにメールサーバーがありません (MX もアドレスもない、ヌル MX、またはドメインが存在しない): このドメインのどのアドレスもメールを受信できません。</translation>
    </message>
    <message>
        <source>{address} could not be probed: {reason}</source>
        <extracomment>finding smtp.mailbox.failed: title</extracomment>
        <translation>{address} をプローブできませんでした: {reason}</translation>
    </message>
    <message>
        <source>No SMTP conversation took place far enough to ask about the recipient, so nothing is known about the mailbox. Outgoing port 25 is often blocked on home and cloud networks.</source>
        <extracomment>finding smtp.mailbox.failed: detail</extracomment>
        <translation>受信者について問い合わせる段階まで SMTP のやり取りが進まなかったため、メールボックスについては何もわかりません。家庭用やクラウドのネットワークでは、外向きのポート 25 がブロックされていることがよくあります。</translation>
    </message>
    <message>
        <source>{domain} was probed recently: not probed again for {seconds} s</source>
        <extracomment>finding smtp.mailbox.rate_limited: title</extracomment>
        <translation>{domain} は最近プローブしました: {seconds} 秒間は再度プローブしません</translation>
    </message>
    <message>
        <source>Rebound probes each domain at most once per interval, because repeated probes can get your address or IP listed as a directory-harvesting sender.</source>
        <extracomment>finding smtp.mailbox.rate_limited: detail</extracomment>
        <translation>プローブを繰り返すと、あなたのアドレスや IP がディレクトリハーベスティングを行う送信者として掲載されることがあるため、Rebound は各ドメインを一定間隔につき最大 1 回しかプローブしません。</translation>
    </message>
</context>
<context>
    <name>rebound::diagnosis::BlocklistCheckTask</name>
    <message>
        <source>Cancelled; lists that had answered are kept.</source>
        <translation>キャンセルしました。応答済みのリストは保持しています。</translation>
    </message>
    <message>
        <source>No blocklist gave a definite answer (timeouts, errors or refusals): check the resolver in Settings.</source>
        <translation>確定的な応答を返したブロックリストはありませんでした (タイムアウト、エラー、拒否): 設定でリゾルバーを確認してください。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IP address</source>
        <translation>「%1」は IP アドレスではありません</translation>
    </message>
</context>
<context>
    <name>rebound::diagnosis::BlocklistRangeTask</name>
    <message numerus="yes">
        <source>%n more finding(s) in this range</source>
        <translation>
            <numerusform>この範囲にさらに %n 件の検出結果</numerusform>
        </translation>
    </message>
    <message>
        <source>The table lists every address.</source>
        <translation>表にはすべてのアドレスが示されています。</translation>
    </message>
    <message>
        <source>Cancelled; the addresses checked so far are kept.</source>
        <translation>キャンセルしました。ここまでに確認したアドレスは保持しています。</translation>
    </message>
    <message>
        <source>No blocklist gave a definite answer for any address: check the resolver in Settings.</source>
        <translation>どのアドレスについても、確定的な応答を返したブロックリストはありませんでした: 設定でリゾルバーを確認してください。</translation>
    </message>
</context>
<context>
    <name>rebound::diagnosis::CheckPlan</name>
    <message>
        <source>Blocklists and reverse DNS for %1</source>
        <translation>%1 のブロックリストと逆引きDNS</translation>
    </message>
    <message>
        <source>SPF, DKIM, DMARC and MX for %1</source>
        <translation>%1 の SPF、DKIM、DMARC、MX</translation>
    </message>
    <message>
        <source>SMTP banner and STARTTLS of %1&apos;s mail servers</source>
        <translation>%1 のメールサーバーの SMTP バナーと STARTTLS</translation>
    </message>
    <message>
        <source>Route, DKIM, ARC and DMARC of the returned message</source>
        <translation>返送されたメッセージの経路、DKIM、ARC、DMARC</translation>
    </message>
    <message>
        <source>Route, DKIM, ARC and DMARC of the message</source>
        <translation>メッセージの経路、DKIM、ARC、DMARC</translation>
    </message>
    <message>
        <source>Blocklists and reverse DNS for each address of %1</source>
        <translation>%1 の各アドレスのブロックリストと逆引きDNS</translation>
    </message>
    <message>
        <source>Blocklists and reverse DNS for each address</source>
        <translation>各アドレスのブロックリストと逆引きDNS</translation>
    </message>
    <message>
        <source>MTA-STS policy of %1</source>
        <translation>%1 の MTA-STS ポリシー</translation>
    </message>
    <message>
        <source>Mailbox probe of %1 (RCPT TO, no message sent)</source>
        <translation>%1 のメールボックスプローブ (RCPT TO、メッセージは送信しません)</translation>
    </message>
    <message>
        <source>Microsoft SNDS data for %1</source>
        <translation>%1 の Microsoft SNDS データ</translation>
    </message>
    <message>
        <source>DMARC report: who sends as the domain, and each source&apos;s SPF and reverse DNS</source>
        <translation>DMARC レポート: ドメインとして送信しているのは誰か、各送信元の SPF と逆引きDNS</translation>
    </message>
    <message>
        <source>TLS report: failed sessions by result type</source>
        <translation>TLS レポート: 結果の種類別の失敗したセッション</translation>
    </message>
    <message>
        <source>Google Postmaster Tools data for %1</source>
        <translation>%1 の Google Postmaster Tools データ</translation>
    </message>
    <message>
        <source>Watch history of %1</source>
        <translation>%1 の監視履歴</translation>
    </message>
</context>
<context>
    <name>rebound::diagnosis::CheckTask</name>
    <message>
        <source>%1 is not a public address</source>
        <translation>%1 はパブリックアドレスではありません</translation>
    </message>
    <message>
        <source>Listed on %1</source>
        <translation>%1 に掲載</translation>
    </message>
    <message>
        <source>%1 refused the query: not a listing, not checked</source>
        <translation>%1 が問い合わせを拒否しました: 掲載ではなく、未確認です</translation>
    </message>
    <message>
        <source>%1 could not be checked</source>
        <translation>%1 を確認できませんでした</translation>
    </message>
    <message>
        <source>%1 has no reverse DNS (PTR)</source>
        <translation>%1 には逆引きDNS (PTR) がありません</translation>
    </message>
    <message>
        <source>The reverse DNS name of %1 does not resolve back to it</source>
        <translation>%1 の逆引きDNS名が元のアドレスに正引きできません</translation>
    </message>
    <message>
        <source>Reverse DNS of %1 could not be checked</source>
        <translation>%1 の逆引きDNSを確認できませんでした</translation>
    </message>
    <message>
        <source>The reverse DNS name %1 looks generic (an end-user address)</source>
        <translation>逆引きDNS名 %1 は汎用的に見えます (エンドユーザー向けアドレス)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a CIDR range</source>
        <translation>「%1」は CIDR 範囲ではありません</translation>
    </message>
    <message>
        <source>The range has more than %1 addresses; check a /22 or smaller.</source>
        <translation>範囲に %1 を超えるアドレスがあります。/22 以下で確認してください。</translation>
    </message>
    <message>
        <source>Only the first %1 addresses are checked.</source>
        <translation>最初の %1 アドレスのみ確認します。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IP address</source>
        <translation>「%1」は IP アドレスではありません</translation>
    </message>
</context>
<context>
    <name>rebound::diagnosis::DiagnosisEngine</name>
    <message>
        <source>The bounce gives the reason: %1</source>
        <translation>バウンスが示す理由: %1</translation>
    </message>
    <message>
        <source>The server&apos;s words in the bounce: %1</source>
        <translation>バウンス中のサーバーの文言: %1</translation>
    </message>
    <message>
        <source>The bounce&apos;s enhanced status code: %1</source>
        <translation>バウンスの拡張ステータスコード: %1</translation>
    </message>
    <message>
        <source>The provider&apos;s code in the bounce: %1</source>
        <translation>バウンス中のプロバイダーのコード: %1</translation>
    </message>
    <message>
        <source>The bounce names the blocklist %1</source>
        <translation>バウンスがブロックリスト %1 を挙げています</translation>
    </message>
    <message>
        <source>The bounce says %1: %2</source>
        <translation>バウンスによると %1: %2</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>No DNS server answered any query (resolver: %1)</source>
        <translation>どの DNS サーバーもクエリに応答しませんでした (リゾルバー: %1)</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>The bounce names %1, and %2 (%3) now answers: %4</source>
        <translation>バウンスは %1 を挙げており、%2 (%3) は現在こう応答しています: %4</translation>
    </message>
    <message>
        <source>Could not confirm with a live check: %1. This rests on the bounce text alone.</source>
        <translation>ライブチェックで確認できませんでした: %1。これはバウンス本文だけに基づいています。</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 と %2</translation>
    </message>
    <message>
        <source>Listed on %1 (%2)</source>
        <translation>%1 に掲載 (%2)</translation>
    </message>
</context>
<context>
    <name>rebound::diagnosis::DiagnosisRun</name>
    <message>
        <source>Cancelled before it started.</source>
        <translation>開始前にキャンセルしました。</translation>
    </message>
    <message>
        <source>This check is not available in this build.</source>
        <translation>このチェックはこのビルドでは利用できません。</translation>
    </message>
</context>
<context>
    <name>rebound::diagnosis::DomainCheckTask</name>
    <message>
        <source>Cancelled before the domain checks finished.</source>
        <translation>ドメインのチェックが終わる前にキャンセルしました。</translation>
    </message>
</context>
<context>
    <name>rebound::diagnosis::InputDetector</name>
    <message>
        <source>Nothing to check yet</source>
        <translation>まだ確認するものがありません</translation>
    </message>
    <message>
        <source>An IPv4 address</source>
        <translation>IPv4 アドレス</translation>
    </message>
    <message>
        <source>An IPv6 address</source>
        <translation>IPv6 アドレス</translation>
    </message>
    <message>
        <source>An address range (CIDR)</source>
        <translation>アドレス範囲 (CIDR)</translation>
    </message>
    <message>
        <source>An email address</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>A domain name</source>
        <translation>ドメイン名</translation>
    </message>
    <message>
        <source>An internationalised domain name</source>
        <translation>国際化ドメイン名</translation>
    </message>
    <message numerus="yes">
        <source>A list of %n IP address(es)</source>
        <translation>
            <numerusform>%n 件の IP アドレスのリスト</numerusform>
        </translation>
    </message>
    <message>
        <source>A delivered message or its header block</source>
        <translation>配信されたメッセージまたはそのヘッダーブロック</translation>
    </message>
    <message>
        <source>Bounce or SMTP reply text</source>
        <translation>バウンスまたは SMTP 応答のテキスト</translation>
    </message>
    <message>
        <source>A DMARC aggregate report</source>
        <translation>DMARC 集約レポート</translation>
    </message>
    <message>
        <source>An SMTP TLS report (TLS-RPT)</source>
        <translation>SMTP TLS レポート (TLS-RPT)</translation>
    </message>
</context>
<context>
    <name>rebound::diagnosis::MailboxCheckTask</name>
    <message>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
    <message>
        <source>No SMTP conversation reached the recipient: nothing is known about the mailbox.</source>
        <translation>SMTP のやり取りが受信者の段階まで進みませんでした: メールボックスについては何もわかりません。</translation>
    </message>
    <message numerus="yes">
        <source>Not probed: this domain was probed less than %n minute(s) ago.</source>
        <translation>
            <numerusform>プローブしていません: このドメインは %n 分以内にプローブ済みです。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rebound::diagnosis::MessageCheckTask</name>
    <message>
        <source>Cancelled before the message analysis finished.</source>
        <translation>メッセージの解析が終わる前にキャンセルされました。</translation>
    </message>
</context>
<context>
    <name>rebound::diagnosis::MtaStsCheckTask</name>
    <message>
        <source>Cancelled before the MTA-STS policy was read.</source>
        <translation>MTA-STS ポリシーを読み取る前にキャンセルしました。</translation>
    </message>
</context>
<context>
    <name>rebound::diagnosis::PostmasterCheckTask</name>
    <message>
        <source>Google Postmaster Tools could not be read: %1</source>
        <translation>Google Postmaster Tools を読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>Google has no data for this domain yet.</source>
        <translation>Google にはこのドメインのデータがまだありません。</translation>
    </message>
    <message>
        <source>Google Postmaster Tools could not be read (%1); the data of %2 from the cache is shown.</source>
        <translation>Google Postmaster Tools を読み取れませんでした (%1)。キャッシュにある %2 のデータを表示しています。</translation>
    </message>
</context>
<context>
    <name>rebound::diagnosis::ReportsCheckTask</name>
    <message>
        <source>Cancelled while reading.</source>
        <translation>読み込み中にキャンセルしました。</translation>
    </message>
    <message>
        <source>No report could be read: %1</source>
        <translation>レポートを読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>Cancelled before every source was checked live; the offline analysis.</source>
        <translation>すべての送信元をライブチェックする前にキャンセルしました。オフラインの解析結果を示しています。</translation>
    </message>
</context>
<context>
    <name>rebound::diagnosis::Session</name>
    <message>
        <source>not a Rebound session (schema is missing)</source>
        <translation>Rebound のセッションではありません (schema がありません)</translation>
    </message>
    <message>
        <source>this session was written by a newer Rebound (version %1)</source>
        <translation>このセッションは新しい Rebound (バージョン %1) で書かれています</translation>
    </message>
</context>
<context>
    <name>rebound::diagnosis::SmtpCheckTask</name>
    <message>
        <source>Cancelled; the hosts probed so far are kept.</source>
        <translation>キャンセルしました。ここまでにプローブしたホストは保持しています。</translation>
    </message>
    <message>
        <source>Outgoing connections to port %1 time out from this network (often blocked by the ISP or cloud provider): the mail servers could not be checked from here.</source>
        <translation>このネットワークからポート %1 への外向き接続がタイムアウトします (ISP やクラウド事業者がブロックしていることが多い): ここからはメールサーバーを確認できませんでした。</translation>
    </message>
</context>
<context>
    <name>rebound::diagnosis::SndsCheckTask</name>
    <message>
        <source>Microsoft SNDS could not be read: %1</source>
        <translation>Microsoft SNDS を読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>Microsoft SNDS could not be read (%1); the data of %2 from the cache is shown.</source>
        <translation>Microsoft SNDS を読み取れませんでした (%1)。キャッシュにある %2 のデータを表示しています。</translation>
    </message>
</context>
<context>
    <name>rebound::diagnosis::WatchCheckTask</name>
    <message>
        <source>There is no watch database at %1.</source>
        <translation>%1 に監視データベースがありません。</translation>
    </message>
    <message>
        <source>The watch database could not be read: %1</source>
        <translation>監視データベースを読み取れませんでした: %1</translation>
    </message>
</context>
<context>
    <name>rebound::dns</name>
    <message>
        <source>&quot;This network&quot; (RFC 791): not a real source address.</source>
        <translation>「このネットワーク」(RFC 791): 実際の送信元アドレスではありません。</translation>
    </message>
    <message>
        <source>Private network (RFC 1918): never seen by receivers on the Internet, so no blocklist lists it. Check the public address your mail leaves from.</source>
        <translation>プライベートネットワーク (RFC 1918): インターネット上の受信側からは見えないため、どのブロックリストにも掲載されません。メールが出ていく公開アドレスを確認してください。</translation>
    </message>
    <message>
        <source>Shared address space for carrier-grade NAT (RFC 6598): check the public address of your provider&apos;s NAT instead.</source>
        <translation>キャリアグレード NAT 用の共有アドレス空間 (RFC 6598): 代わりにプロバイダーの NAT の公開アドレスを確認してください。</translation>
    </message>
    <message>
        <source>Loopback (RFC 1122): this machine itself, not a sending address.</source>
        <translation>ループバック (RFC 1122): このマシン自身であり、送信アドレスではありません。</translation>
    </message>
    <message>
        <source>Link-local (RFC 3927): only valid on one network segment.</source>
        <translation>リンクローカル (RFC 3927): 1 つのネットワークセグメント内でのみ有効です。</translation>
    </message>
    <message>
        <source>IETF protocol assignments (RFC 6890): not a sending address.</source>
        <translation>IETF プロトコル割り当て (RFC 6890): 送信アドレスではありません。</translation>
    </message>
    <message>
        <source>Documentation range TEST-NET-1 (RFC 5737): used in examples only.</source>
        <translation>ドキュメント用範囲 TEST-NET-1 (RFC 5737): 例でのみ使われます。</translation>
    </message>
    <message>
        <source>Former 6to4 relay anycast (RFC 7526): deprecated.</source>
        <translation>旧 6to4 リレーのエニーキャスト (RFC 7526): 非推奨です。</translation>
    </message>
    <message>
        <source>Benchmarking range (RFC 2544): not routed on the Internet.</source>
        <translation>ベンチマーク用範囲 (RFC 2544): インターネットではルーティングされません。</translation>
    </message>
    <message>
        <source>Documentation range TEST-NET-2 (RFC 5737): used in examples only.</source>
        <translation>ドキュメント用範囲 TEST-NET-2 (RFC 5737): 例でのみ使われます。</translation>
    </message>
    <message>
        <source>Documentation range TEST-NET-3 (RFC 5737): used in examples only.</source>
        <translation>ドキュメント用範囲 TEST-NET-3 (RFC 5737): 例でのみ使われます。</translation>
    </message>
    <message>
        <source>Multicast (RFC 5771): never the source of an SMTP connection.</source>
        <translation>マルチキャスト (RFC 5771): SMTP 接続の送信元になることはありません。</translation>
    </message>
    <message>
        <source>Reserved (RFC 1112), including the broadcast address.</source>
        <translation>予約済み (RFC 1112)。ブロードキャストアドレスを含みます。</translation>
    </message>
    <message>
        <source>The unspecified IPv6 address.</source>
        <translation>未指定の IPv6 アドレスです。</translation>
    </message>
    <message>
        <source>IPv6 loopback: this machine itself.</source>
        <translation>IPv6 ループバック: このマシン自身です。</translation>
    </message>
    <message>
        <source>IPv4-mapped IPv6 address: check the IPv4 address instead.</source>
        <translation>IPv4 射影 IPv6 アドレス: 代わりに IPv4 アドレスを確認してください。</translation>
    </message>
    <message>
        <source>NAT64 well-known prefix (RFC 6052): check the embedded IPv4 address.</source>
        <translation>NAT64 のウェルノウンプレフィックス (RFC 6052): 埋め込まれた IPv4 アドレスを確認してください。</translation>
    </message>
    <message>
        <source>Discard-only prefix (RFC 6666).</source>
        <translation>破棄専用プレフィックス (RFC 6666)。</translation>
    </message>
    <message>
        <source>IPv6 documentation prefix (RFC 3849): used in examples only.</source>
        <translation>IPv6 ドキュメント用プレフィックス (RFC 3849): 例でのみ使われます。</translation>
    </message>
    <message>
        <source>6to4 (RFC 3056): deprecated transition addresses.</source>
        <translation>6to4 (RFC 3056): 非推奨の移行用アドレスです。</translation>
    </message>
    <message>
        <source>Unique local IPv6 address (RFC 4193): private, never seen on the Internet.</source>
        <translation>ユニークローカル IPv6 アドレス (RFC 4193): プライベートで、インターネットからは見えません。</translation>
    </message>
    <message>
        <source>IPv6 link-local: only valid on one network segment.</source>
        <translation>IPv6 リンクローカル: 1 つのネットワークセグメント内でのみ有効です。</translation>
    </message>
    <message>
        <source>IPv6 multicast: never the source of an SMTP connection.</source>
        <translation>IPv6 マルチキャスト: SMTP 接続の送信元になることはありません。</translation>
    </message>
</context>
<context>
    <name>rebound::https::HttpsFetcher</name>
    <message>
        <source>No complete answer within %1 s.</source>
        <translation>%1 秒以内に完全な応答がありませんでした。</translation>
    </message>
    <message>
        <source>Not an https URL: %1</source>
        <translation>https の URL ではありません: %1</translation>
    </message>
    <message>
        <source>Only GET and POST are supported.</source>
        <translation>GET と POST のみ対応しています。</translation>
    </message>
    <message>
        <source>No resolver.</source>
        <translation>リゾルバーがありません。</translation>
    </message>
    <message>
        <source>%1 has no address (A or AAAA).</source>
        <translation>%1 にアドレス (A または AAAA) がありません。</translation>
    </message>
    <message>
        <source>%1 did not resolve: %2</source>
        <translation>%1 を解決できませんでした: %2</translation>
    </message>
    <message>
        <source>Not connecting to a private or special-purpose address: %1</source>
        <translation>プライベートまたは特殊用途のアドレスには接続しません: %1</translation>
    </message>
    <message>
        <source>No PEM certificate in %1.</source>
        <translation>%1 に PEM 証明書がありません。</translation>
    </message>
    <message>
        <source>HTTP %1 redirect to %2 refused (redirects are not followed).</source>
        <translation>%2 への HTTP %1 リダイレクトを拒否しました (リダイレクトはたどりません)。</translation>
    </message>
    <message>
        <source>The body is %1 bytes, more than the %2 allowed.</source>
        <translation>本文が %1 バイトで、上限の %2 を超えています。</translation>
    </message>
    <message>
        <source>The body is longer than the %1 bytes allowed.</source>
        <translation>本文が上限の %1 バイトを超えています。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
</context>
<context>
    <name>rebound::iphealth</name>
    <message>
        <source>no resolver</source>
        <translation>リゾルバーがありません</translation>
    </message>
    <message>
        <source>no PTR record for %1</source>
        <translation>%1 の PTR レコードがありません</translation>
    </message>
    <message>
        <source>the PTR lookup failed (%1)</source>
        <translation>PTR の問い合わせに失敗しました (%1)</translation>
    </message>
    <message>
        <source>%1 resolves back to %2</source>
        <translation>%1 は %2 に正引きで戻ります</translation>
    </message>
    <message>
        <source>no PTR name resolves back to %1</source>
        <translation>%1 に正引きで戻る PTR 名がありません</translation>
    </message>
    <message>
        <source>the forward lookups of the PTR names failed</source>
        <translation>PTR 名の正引きに失敗しました</translation>
    </message>
    <message>
        <source>contains the address&apos;s digits (%1)</source>
        <translation>アドレスの数字を含みます (%1)</translation>
    </message>
    <message>
        <source>word &apos;%1&apos;: %2</source>
        <translation>語 &apos;%1&apos;: %2</translation>
    </message>
</context>
<context>
    <name>rebound::message</name>
    <message>
        <source>more than 50 ARC fields of one kind (RFC 8617 allows 50 instances)</source>
        <translation>同じ種類の ARC フィールドが 50 個を超えています (RFC 8617 で許されるインスタンスは 50 個まで)</translation>
    </message>
    <message>
        <source>two ARC-Seal fields with i=%1</source>
        <translation>i=%1 の ARC-Seal フィールドが 2 つあります</translation>
    </message>
    <message>
        <source>two ARC-Message-Signature fields with i=%1</source>
        <translation>i=%1 の ARC-Message-Signature フィールドが 2 つあります</translation>
    </message>
    <message>
        <source>two ARC-Authentication-Results fields with i=%1</source>
        <translation>i=%1 の ARC-Authentication-Results フィールドが 2 つあります</translation>
    </message>
    <message>
        <source>the ARC instances are not numbered 1 to %1 without gaps</source>
        <translation>ARC インスタンスに 1 から %1 までの欠番のない番号が振られていません</translation>
    </message>
    <message>
        <source>ARC instance %1 lacks one of its three fields</source>
        <translation>ARC インスタンス %1 には 3 つのフィールドのうち 1 つがありません</translation>
    </message>
    <message>
        <source>ARC instance %1 has cv=%2</source>
        <translation>ARC インスタンス %1 は cv=%2 です</translation>
    </message>
    <message>
        <source>no key for the newest ARC-Message-Signature</source>
        <translation>最新の ARC-Message-Signature のキーがありません</translation>
    </message>
    <message>
        <source>the newest ARC-Message-Signature did not verify: %1</source>
        <translation>最新の ARC-Message-Signature を検証できませんでした: %1</translation>
    </message>
    <message>
        <source>the ARC-Seal of instance %1 did not verify</source>
        <translation>インスタンス %1 の ARC-Seal を検証できませんでした</translation>
    </message>
    <message>
        <source>no authserv-id</source>
        <translation>authserv-id がありません</translation>
    </message>
    <message>
        <source>no List-Unsubscribe field</source>
        <translation>List-Unsubscribe フィールドがありません</translation>
    </message>
    <message>
        <source>no List-Unsubscribe-Post: List-Unsubscribe=One-Click field</source>
        <translation>List-Unsubscribe-Post: List-Unsubscribe=One-Click フィールドがありません</translation>
    </message>
    <message>
        <source>List-Unsubscribe-Post is present with an https: URI</source>
        <translation>List-Unsubscribe-Post があり、https: の URI もあります</translation>
    </message>
    <message>
        <source>List-Unsubscribe-Post needs an https: URI in List-Unsubscribe</source>
        <translation>List-Unsubscribe-Post には List-Unsubscribe 内の https: の URI が必要です</translation>
    </message>
    <message>
        <source>a passing DKIM signature&apos;s h= lists both fields</source>
        <translation>合格した DKIM 署名の h= に両方のフィールドが含まれています</translation>
    </message>
    <message>
        <source>no passing DKIM signature covers both List-Unsubscribe fields</source>
        <translation>両方の List-Unsubscribe フィールドを対象とする合格した DKIM 署名がありません</translation>
    </message>
    <message>
        <source>no From domain</source>
        <translation>From ドメインがありません</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no external hop with an IP address in the Received fields</source>
        <translation>Received フィールドに IP アドレスを持つ外部ホップがありません</translation>
    </message>
    <message>
        <source>with %1 from %2</source>
        <translation>%2 から %1 で受信</translation>
    </message>
    <message>
        <source>no external hop found in the Received fields</source>
        <translation>Received フィールドに外部ホップが見つかりません</translation>
    </message>
    <message>
        <source>no Message-ID</source>
        <translation>Message-ID がありません</translation>
    </message>
    <message>
        <source>%1 Message-ID fields</source>
        <translation>Message-ID フィールドが %1 個あります</translation>
    </message>
    <message>
        <source>no Date field</source>
        <translation>Date フィールドがありません</translation>
    </message>
    <message>
        <source>%1 Date fields</source>
        <translation>Date フィールドが %1 個あります</translation>
    </message>
    <message>
        <source>the Date does not parse: %1</source>
        <translation>Date を解析できません: %1</translation>
    </message>
    <message>
        <source>the Date is more than a day after the message was received</source>
        <translation>Date がメッセージの受信より 1 日以上後になっています</translation>
    </message>
    <message>
        <source>the signature&apos;s tag list is malformed: %1</source>
        <translation>署名のタグリストの形式が正しくありません: %1</translation>
    </message>
    <message>
        <source>the required tag %1= is missing</source>
        <translation>必須タグ %1= がありません</translation>
    </message>
    <message>
        <source>i= must be an ARC instance from 1 to 50</source>
        <translation>i= は 1 から 50 までの ARC インスタンスでなければなりません</translation>
    </message>
    <message>
        <source>v= must be 1; this verifier knows no other DKIM version</source>
        <translation>v= は 1 でなければなりません。この検証器はほかの DKIM バージョンを知りません</translation>
    </message>
    <message>
        <source>a=%1 is not a known signing algorithm (rsa-sha256, ed25519-sha256)</source>
        <translation>a=%1 は既知の署名アルゴリズム (rsa-sha256、ed25519-sha256) ではありません</translation>
    </message>
    <message>
        <source>c=%1 is not a known canonicalization</source>
        <translation>c=%1 は既知の正規化方式ではありません</translation>
    </message>
    <message>
        <source>h= does not list From, which RFC 6376 requires every signature to sign</source>
        <translation>h= に From がありません。RFC 6376 ではすべての署名で From への署名が必須です</translation>
    </message>
    <message>
        <source>b= or bh= is not valid base64</source>
        <translation>b= または bh= が正しい Base64 ではありません</translation>
    </message>
    <message>
        <source>the domain of i= is not d= or a subdomain of it</source>
        <translation>i= のドメインが d= でもそのサブドメインでもありません</translation>
    </message>
    <message>
        <source>q= names no query method this verifier knows (dns/txt)</source>
        <translation>q= にこの検証器が知っている問い合わせ方式 (dns/txt) がありません</translation>
    </message>
    <message>
        <source>l= is not a number</source>
        <translation>l= が数値ではありません</translation>
    </message>
    <message>
        <source>t= is not a number</source>
        <translation>t= が数値ではありません</translation>
    </message>
    <message>
        <source>x= is not a number</source>
        <translation>x= が数値ではありません</translation>
    </message>
    <message>
        <source>x= is before t=, which RFC 6376 3.5 forbids</source>
        <translation>x= が t= より前です。これは RFC 6376 3.5 で禁止されています</translation>
    </message>
    <message>
        <source>the signature expired (x=) before it was checked</source>
        <translation>署名は確認される前に期限切れ (x=) になっていました</translation>
    </message>
    <message>
        <source>d= is empty</source>
        <translation>d= が空です</translation>
    </message>
    <message>
        <source>the key record has v=%1; only DKIM1 exists</source>
        <translation>キーのレコードが v=%1 です。存在するのは DKIM1 だけです</translation>
    </message>
    <message>
        <source>the key has been revoked (empty p=)</source>
        <translation>キーは失効しています (p= が空)</translation>
    </message>
    <message>
        <source>the key is k=%1 but the signature uses %2</source>
        <translation>キーは k=%1 ですが、署名は %2 を使用しています</translation>
    </message>
    <message>
        <source>the key cannot be used: %1</source>
        <translation>キーを使用できません: %1</translation>
    </message>
    <message>
        <source>the key&apos;s s= excludes email</source>
        <translation>キーの s= がメールを除外しています</translation>
    </message>
    <message>
        <source>the key&apos;s h= does not allow %1</source>
        <translation>キーの h= が %1 を許可していません</translation>
    </message>
    <message>
        <source>the key&apos;s t=s requires i= to be in d= exactly, not a subdomain</source>
        <translation>キーの t=s により、i= はサブドメインではなく d= そのものである必要があります</translation>
    </message>
    <message>
        <source>l= is longer than the body, so the body hash did not verify (RFC 6376 3.5)</source>
        <translation>l= が本文より長いため、本文ハッシュを検証できませんでした (RFC 6376 3.5)</translation>
    </message>
    <message>
        <source>body hash did not verify: the body was changed after signing (a mailing list footer or a rewriting gateway), the headers are intact</source>
        <translation>本文ハッシュを検証できませんでした: 署名後に本文が変更されています (メーリングリストのフッターや書き換えを行うゲートウェイ)。ヘッダーは変更されていません</translation>
    </message>
    <message>
        <source>body hash did not verify, and neither did the header signature</source>
        <translation>本文ハッシュを検証できず、ヘッダーの署名も検証できませんでした</translation>
    </message>
    <message>
        <source>signature did not verify: a signed header field was changed (the body is intact)</source>
        <translation>署名を検証できませんでした: 署名対象のヘッダーフィールドが変更されています (本文は変更されていません)</translation>
    </message>
    <message>
        <source>the signature is mathematically valid, but the key has %1 bits and RFC 8301 forbids accepting keys under 1024 bits</source>
        <translation>署名は数学的には有効ですが、キーは %1 ビットで、RFC 8301 は 1024 ビット未満のキーの受け入れを禁止しています</translation>
    </message>
    <message>
        <source>verified, but with rsa-sha1, which RFC 8301 retired: many receivers treat it as a failure</source>
        <translation>検証できましたが、RFC 8301 で廃止された rsa-sha1 によるものです。多くの受信側はこれを失敗として扱います</translation>
    </message>
    <message>
        <source>verified; the key says t=y (testing)</source>
        <translation>検証できました。キーは t=y (テスト中) を示しています</translation>
    </message>
    <message>
        <source>the key lookup failed: %1</source>
        <translation>キーの検索に失敗しました: %1</translation>
    </message>
    <message>
        <source>no key for signature at %1</source>
        <translation>%1 の署名のキーがありません</translation>
    </message>
    <message>
        <source>The DKIM signature %1 is weak</source>
        <translation>DKIM 署名 %1 は脆弱です</translation>
    </message>
    <message>
        <source>The key is shorter than 2048 bits.</source>
        <translation>キーが 2048 ビットより短くなっています。</translation>
    </message>
    <message>
        <source>DKIM %1 for %2</source>
        <translation>%2 の DKIM は %1</translation>
    </message>
    <message>
        <source>%1 DKIM signatures were not evaluated</source>
        <translation>%1 個の DKIM 署名は評価されませんでした</translation>
    </message>
    <message>
        <source>Only the first %1 signatures are verified; a message with more is unusual or hostile.</source>
        <translation>検証するのは最初の %1 個の署名だけです。それより多くの署名を持つメッセージは異常か悪意のあるものです。</translation>
    </message>
    <message>
        <source>%1 reported %2=%3; Rebound finds %4</source>
        <translation>%1 は %2=%3 と報告しましたが、Rebound の結果は %4 です</translation>
    </message>
    <message>
        <source>The receiver checked when the message arrived; a key or record changed since, or the message was altered after it was received.</source>
        <translation>受信側はメッセージの到着時に確認しました。その後キーかレコードが変更されたか、受信後にメッセージが変更されています。</translation>
    </message>
    <message>
        <source>%1 held the message for %2 minutes</source>
        <translation>%1 がメッセージを %2 分間保持しました</translation>
    </message>
    <message>
        <source>A long delay between two Received fields is a queue: greylisting, a retry after a deferral, or a slow filter.</source>
        <translation>2 つの Received フィールドの間の長い遅延はキューによるものです: グレーリスティング、一時拒否後の再試行、または遅いフィルターです。</translation>
    </message>
    <message>
        <source>%1 stamped a time before the previous hop&apos;s</source>
        <translation>%1 が前のホップより前の時刻を記録しています</translation>
    </message>
    <message>
        <source>One of the servers&apos; clocks is wrong by %1 seconds or more.</source>
        <translation>いずれかのサーバーの時計が %1 秒以上ずれています。</translation>
    </message>
    <message>
        <source>No hop with a public IP address</source>
        <translation>パブリック IP アドレスを持つホップがありません</translation>
    </message>
    <message>
        <source>SPF and reverse DNS need the address the message came from; none of the Received fields names a public one.</source>
        <translation>SPF と逆引きDNS にはメッセージの送信元アドレスが必要ですが、どの Received フィールドにもパブリックなアドレスがありません。</translation>
    </message>
    <message>
        <source>SPF %1 for %2 sending as %3</source>
        <translation>%2 が %3 として送信した場合の SPF は %1</translation>
    </message>
    <message>
        <source>DMARC fails for %1 (policy %2)</source>
        <translation>%1 の DMARC が失敗しています (ポリシー %2)</translation>
    </message>
    <message>
        <source>Neither SPF nor DKIM passed for a domain aligned with the From domain.</source>
        <translation>From ドメインとアライメントしたドメインで SPF も DKIM も合格しませんでした。</translation>
    </message>
    <message>
        <source>No DMARC record for %1</source>
        <translation>%1 の DMARC レコードがありません</translation>
    </message>
    <message>
        <source>Gmail and Yahoo require a DMARC record from bulk senders.</source>
        <translation>Gmail と Yahoo は大量送信者に DMARC レコードを求めています。</translation>
    </message>
    <message>
        <source>DMARC cannot be evaluated</source>
        <translation>DMARC を評価できません</translation>
    </message>
    <message>
        <source>The message has no single From address.</source>
        <translation>メッセージに From アドレスが 1 つだけ存在しません。</translation>
    </message>
    <message>
        <source>No header fields</source>
        <translation>ヘッダーフィールドがありません</translation>
    </message>
    <message>
        <source>The input does not start with a header block.</source>
        <translation>入力がヘッダーブロックで始まっていません。</translation>
    </message>
    <message>
        <source>Signed with DomainKeys only, not DKIM</source>
        <translation>DKIM ではなく DomainKeys だけで署名されています</translation>
    </message>
    <message>
        <source>DomainKey-Signature (RFC 4870) is historic and no receiver verifies it; sign with DKIM.</source>
        <translation>DomainKey-Signature (RFC 4870) は廃止済みで、検証する受信側はありません。DKIM で署名してください。</translation>
    </message>
    <message>
        <source>The ARC chain does not validate</source>
        <translation>ARC チェーンが有効ではありません</translation>
    </message>
    <message>
        <source>Bulk-sender rule not met: %1</source>
        <translation>大量送信者のルールを満たしていません: %1</translation>
    </message>
    <message>
        <source>line %1 bytes into the message is not a header field; the header block ends there</source>
        <translation>メッセージ先頭から %1 バイトの行はヘッダーフィールドではありません。ヘッダーブロックはそこで終わります</translation>
    </message>
    <message>
        <source>a header field is longer than %1 bytes; the header block was cut there</source>
        <translation>ヘッダーフィールドが %1 バイトを超えています。ヘッダーブロックはそこで切り捨てられました</translation>
    </message>
    <message>
        <source>%1 header fields beyond the first %2 were not read</source>
        <translation>最初の %2 個を超える %1 個のヘッダーフィールドは読み込まれませんでした</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a tag=value pair</source>
        <translation>&apos;%1&apos; は タグ=値 の組ではありません</translation>
    </message>
    <message>
        <source>the tag %1= appears twice (RFC 6376 3.2)</source>
        <translation>タグ %1= が 2 回出現しています (RFC 6376 3.2)</translation>
    </message>
    <message>
        <source>more than %1 tags</source>
        <translation>タグが %1 個を超えています</translation>
    </message>
    <message>
        <source>DMARC %1: SPF and DKIM are both aligned</source>
        <translation>DMARC %1: SPF と DKIM の両方がアライメントしています</translation>
    </message>
    <message>
        <source>DMARC %1: SPF is aligned, DKIM is not</source>
        <translation>DMARC %1: SPF はアライメントしていますが、DKIM はしていません</translation>
    </message>
    <message>
        <source>DMARC %1: DKIM is aligned, SPF is not</source>
        <translation>DMARC %1: DKIM はアライメントしていますが、SPF はしていません</translation>
    </message>
    <message>
        <source>DMARC %1: neither SPF nor DKIM is aligned</source>
        <translation>DMARC %1: SPF も DKIM もアライメントしていません</translation>
    </message>
    <message>
        <source>ARC i=%1 (%2) recorded %3=%4 for %5; Rebound finds %6</source>
        <translation>ARC i=%1 (%2) は %5 について %3=%4 と記録しましたが、Rebound の結果は %6 です</translation>
    </message>
    <message>
        <source>The ARC chain validates, so this is what the sealer saw when the message reached it: the message was changed after that (a mailing-list footer or subject tag, a forwarder&apos;s rewrite). Receivers that trust this sealer may use its result instead of their own.</source>
        <translation>ARC チェーンは有効なので、これはメッセージが届いた時点でシーラーが確認した内容です: メッセージはその後に変更されています (メーリングリストのフッターや件名タグ、転送サービスによる書き換え)。このシーラーを信頼する受信側は、自身の結果の代わりにその結果を使うことがあります。</translation>
    </message>
    <message>
        <source>The ARC chain does not validate, so this record is only a claim: nobody can tell whether the sealer wrote it.</source>
        <translation>ARC チェーンが有効ではないため、この記録は主張にすぎません: シーラーが書いたものかどうかは誰にも判断できません。</translation>
    </message>
    <message>
        <source>This is the copy the bounce returned; the reporting server may have altered it, so this does not show that the message as sent failed.</source>
        <translation>これはバウンスで返送されたコピーです。報告したサーバーが変更した可能性があるため、送信時のメッセージが失敗したことを示すものではありません。</translation>
    </message>
    <message>
        <source>The bounce returned only the message&apos;s header fields</source>
        <translation>バウンスはメッセージのヘッダーフィールドだけを返しました</translation>
    </message>
    <message>
        <source>The bounce returned a copy of the message</source>
        <translation>バウンスはメッセージのコピーを返しました</translation>
    </message>
    <message>
        <source>The route, the From domain, the DKIM signatures&apos; domains and selectors and the sending address can be trusted. No DKIM signature can pass without the body: verify a copy from the Sent folder instead.</source>
        <translation>経路、From ドメイン、DKIM 署名のドメインとセレクター、送信アドレスは信頼できます。本文がないと DKIM 署名は合格できません: 代わりに送信済みフォルダーのコピーを検証してください。</translation>
    </message>
    <message>
        <source>The route, the From domain, the DKIM signatures&apos; domains and selectors and the sending address can be trusted. A DKIM pass shows the copy is intact; a failure may come from the reporting server re-encoding the copy: verify a copy from the Sent folder to be sure.</source>
        <translation>経路、From ドメイン、DKIM 署名のドメインとセレクター、送信アドレスは信頼できます。DKIM が合格すればコピーは改変されていません。失敗は報告したサーバーがコピーを再エンコードしたことによる可能性があります: 確実にするには送信済みフォルダーのコピーを検証してください。</translation>
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
        <translation>%1 / %2 ページ</translation>
    </message>
    <message>
        <source>Drawing a PDF needs a QGuiApplication (run headless with QT_QPA_PLATFORM=offscreen).</source>
        <translation>PDF の描画には QGuiApplication が必要です (QT_QPA_PLATFORM=offscreen でヘッドレス実行してください)。</translation>
    </message>
    <message>
        <source>Could not start drawing the PDF.</source>
        <translation>PDF の描画を開始できませんでした。</translation>
    </message>
    <message>
        <source>Rebound diagnosis session (open it in Rebound)</source>
        <translation>Rebound 診断セッション (Rebound で開いてください)</translation>
    </message>
    <message>
        <source>Unknown export format for %1: use .pdf, .html, .md, .json or .txt.</source>
        <translation>%1 のエクスポート形式が不明です: .pdf、.html、.md、.json、.txt を使ってください。</translation>
    </message>
</context>
<context>
    <name>rebound::postmaster::PostmasterAuthorizer</name>
    <message>
        <source>Google granted access but sent no refresh token.</source>
        <translation>Google はアクセスを許可しましたが、リフレッシュトークンを送ってきませんでした。</translation>
    </message>
    <message>
        <source>Google refused the authorization: %1 %2</source>
        <translation>Google が認可を拒否しました: %1 %2</translation>
    </message>
    <message>
        <source>The token endpoint could not be reached or refused the code.</source>
        <translation>トークンエンドポイントに接続できなかったか、コードが拒否されました。</translation>
    </message>
    <message>
        <source>No answer from the browser in time.</source>
        <translation>時間内にブラウザーから応答がありませんでした。</translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1 for Google&apos;s answer.</source>
        <translation>Google からの応答を受け取るために 127.0.0.1 で待ち受けることができません。</translation>
    </message>
    <message>
        <source>Google refused the authorization: %1</source>
        <translation>Google が認可を拒否しました: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
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
        <translation>ネガティブ TTL %1</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>no records</source>
        <translation>レコードなし</translation>
    </message>
    <message>
        <source>Appendix A: the pasted text</source>
        <translation>付録 A: 貼り付けたテキスト</translation>
    </message>
    <message>
        <source>Nothing was pasted.</source>
        <translation>何も貼り付けられていません。</translation>
    </message>
    <message>
        <source>As analysed (decoded, line ends normalised). Highlighted and numbered: the spans that support the diagnosis. The text is shown literally; nothing in it was followed or loaded.</source>
        <translation>解析したとおり (デコード済み、改行を正規化)。ハイライトと番号: 診断を裏付ける箇所です。テキストはそのまま表示しており、中身のリンクをたどったり読み込んだりはしていません。</translation>
    </message>
    <message>
        <source>As pasted. The text is shown literally; nothing in it was followed or loaded.</source>
        <translation>貼り付けたとおり。テキストはそのまま表示しており、中身のリンクをたどったり読み込んだりはしていません。</translation>
    </message>
    <message>
        <source>Evidence for</source>
        <translation>証拠の対象</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>Appendix B: raw DNS answers</source>
        <translation>付録 B: DNS の生の応答</translation>
    </message>
    <message>
        <source>No raw DNS answers were recorded.</source>
        <translation>DNS の生の応答は記録されていません。</translation>
    </message>
    <message>
        <source>Every answer as the resolver returned it, with TTLs, response codes, the server that answered and the time it took.</source>
        <translation>リゾルバーが返したとおりのすべての応答。TTL、応答コード、応答したサーバー、所要時間を含みます。</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>問い合わせ</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>応答</translation>
    </message>
    <message>
        <source>Server, time</source>
        <translation>サーバー、時間</translation>
    </message>
    <message>
        <source>Appendix C: SMTP transcripts</source>
        <translation>付録 C: SMTP の記録</translation>
    </message>
    <message>
        <source>No SMTP conversation was recorded.</source>
        <translation>SMTP のやり取りは記録されていません。</translation>
    </message>
    <message>
        <source>(no SPF record)</source>
        <translation>(SPF レコードなし)</translation>
    </message>
    <message>
        <source>SPF</source>
        <translation>SPF</translation>
    </message>
    <message>
        <source>SPF was not checked.</source>
        <translation>SPF は確認していません。</translation>
    </message>
    <message>
        <source>%1 of 10 DNS lookups</source>
        <translation>DNS ルックアップ %1 / 10</translation>
    </message>
    <message>
        <source>%1 of 2 void lookups</source>
        <translation>空のルックアップ %1 / 2</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>レコード</translation>
    </message>
    <message>
        <source>For IP</source>
        <translation>対象 IP</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>決め手</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>制限</translation>
    </message>
    <message>
        <source>Evaluation tree</source>
        <translation>評価ツリー</translation>
    </message>
    <message>
        <source>(✓ matched, · did not match, – not evaluated, ✗ error)</source>
        <translation>(✓ 一致、· 不一致、– 未評価、✗ エラー)</translation>
    </message>
    <message>
        <source>DMARC</source>
        <translation>DMARC</translation>
    </message>
    <message>
        <source>DMARC was not checked.</source>
        <translation>DMARC は確認していません。</translation>
    </message>
    <message>
        <source>Found at</source>
        <translation>検出場所</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>ポリシー</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>評価</translation>
    </message>
    <message>
        <source>Alignment</source>
        <translation>アライメント</translation>
    </message>
    <message>
        <source>DKIM</source>
        <translation>DKIM</translation>
    </message>
    <message>
        <source>No DKIM key was checked (no selector was known).</source>
        <translation>DKIM 鍵は確認していません (セレクターが不明)。</translation>
    </message>
    <message>
        <source>%1 bits</source>
        <translation>%1 ビット</translation>
    </message>
    <message>
        <source>Selector</source>
        <translation>セレクター</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>鍵</translation>
    </message>
    <message>
        <source>MX</source>
        <translation>MX</translation>
    </message>
    <message>
        <source>No MX record.</source>
        <translation>MX レコードなし。</translation>
    </message>
    <message>
        <source>MX was not checked.</source>
        <translation>MX は確認していません。</translation>
    </message>
    <message>
        <source>Preference</source>
        <translation>優先度</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>TTL (s)</source>
        <translation>TTL (秒)</translation>
    </message>
    <message>
        <source>MX records</source>
        <translation>MX レコード</translation>
    </message>
    <message>
        <source>MX was not checked in this run.</source>
        <translation>この実行では MX を確認していません。</translation>
    </message>
    <message>
        <source>Domain %1</source>
        <translation>ドメイン %1</translation>
    </message>
    <message>
        <source>Authentication records</source>
        <translation>認証レコード</translation>
    </message>
    <message>
        <source>The sending domain&apos;s SPF, DKIM, DMARC and MX were not checked in this run.</source>
        <translation>この実行では送信ドメインの SPF、DKIM、DMARC、MX を確認していません。</translation>
    </message>
    <message>
        <source>Lookup</source>
        <translation>照会</translation>
    </message>
    <message>
        <source>Removal</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>IP address %1</source>
        <translation>IP アドレス %1</translation>
    </message>
    <message>
        <source>Reverse DNS (PTR)</source>
        <translation>逆引きDNS (PTR)</translation>
    </message>
    <message>
        <source>Forward-confirmed</source>
        <translation>正引き確認済み</translation>
    </message>
    <message>
        <source>Reverse DNS</source>
        <translation>逆引きDNS</translation>
    </message>
    <message>
        <source>Not checked. Reverse DNS is checked for an IP address, or for the sending IP found in a bounce.</source>
        <translation>未確認。逆引きDNSは IP アドレス、またはバウンスから見つかった送信 IP について確認します。</translation>
    </message>
    <message>
        <source>Blocklists and reverse DNS</source>
        <translation>ブロックリストと逆引きDNS</translation>
    </message>
    <message>
        <source>The blocklists were not checked in this run.</source>
        <translation>この実行ではブロックリストを確認していません。</translation>
    </message>
    <message>
        <source>No blocklist result is recorded: the blocklists were not checked.</source>
        <translation>ブロックリストの結果は記録されていません: ブロックリストを確認していません。</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>List</source>
        <translation>リスト</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>応答</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>意味</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>リンク</translation>
    </message>
    <message>
        <source>the bounce says </source>
        <translation>バウンスによると </translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>診断</translation>
    </message>
    <message>
        <source>No cause was identified from the bounce and the checks.</source>
        <translation>バウンスとチェックからは原因を特定できませんでした。</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>重大度</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>確信度</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>回復</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>ルール</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>証拠</translation>
    </message>
    <message>
        <source>Against the alternatives</source>
        <translation>他の可能性を否定する根拠</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>手順</translation>
    </message>
    <message>
        <source>What not to do</source>
        <translation>してはいけないこと</translation>
    </message>
    <message>
        <source>Findings by area</source>
        <translation>分野別の検出結果</translation>
    </message>
    <message>
        <source>No check was run, so nothing was found and nothing was cleared.</source>
        <translation>チェックを実行していないため、何も見つからず、何も除外されていません。</translation>
    </message>
    <message>
        <source>Its results are not known: this is not a clean result.</source>
        <translation>結果は不明です: クリーンという結果ではありません。</translation>
    </message>
    <message>
        <source>Nothing to report.</source>
        <translation>報告することはありません。</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>検出結果</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>未検証</translation>
    </message>
    <message>
        <source>Mail server</source>
        <translation>メールサーバー</translation>
    </message>
    <message>
        <source>port %1</source>
        <translation>ポート %1</translation>
    </message>
    <message>
        <source>expired %1 days ago</source>
        <translation>%1 日前に期限切れ</translation>
    </message>
    <message>
        <source>in %1 days</source>
        <translation>%1 日後</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>Banner</source>
        <translation>バナー</translation>
    </message>
    <message>
        <source>EHLO extensions</source>
        <translation>EHLO 拡張</translation>
    </message>
    <message>
        <source>STARTTLS offered</source>
        <translation>STARTTLS の提供</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>証明書</translation>
    </message>
    <message>
        <source>issued by %1</source>
        <translation>発行者 %1</translation>
    </message>
    <message>
        <source>Name matches</source>
        <translation>名前の一致</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>検証</translation>
    </message>
    <message>
        <source>SMTP and TLS</source>
        <translation>SMTP と TLS</translation>
    </message>
    <message>
        <source>No mail server was probed in this run.</source>
        <translation>この実行ではメールサーバーをプローブしていません。</translation>
    </message>
    <message>
        <source>The server&apos;s state is not known.</source>
        <translation>サーバーの状態は不明です。</translation>
    </message>
    <message>
        <source>bounced for %1</source>
        <translation>%1 宛てがバウンス</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> ほか %1 件</translation>
    </message>
    <message>
        <source>no findings</source>
        <translation>検出結果なし</translation>
    </message>
    <message>
        <source>%1 findings, %2 serious</source>
        <translation>検出結果 %1 件、うち重大 %2 件</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>判定: %1</translation>
    </message>
    <message>
        <source>Most likely cause: %1</source>
        <translation>最も可能性の高い原因: %1</translation>
    </message>
    <message>
        <source>The run was cancelled; only the finished checks are reported.</source>
        <translation>実行はキャンセルされました。完了したチェックのみ報告します。</translation>
    </message>
    <message>
        <source>What was checked</source>
        <translation>確認した内容</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Resolver</source>
        <translation>リゾルバー</translation>
    </message>
    <message>
        <source>Checked from</source>
        <translation>確認元</translation>
    </message>
    <message>
        <source>Rebound version</source>
        <translation>Rebound のバージョン</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>セッション</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>個人データ</translation>
    </message>
    <message>
        <source>masked (local parts of addresses, names, Message-IDs)</source>
        <translation>マスク済み (アドレスのローカル部、名前、Message-ID)</translation>
    </message>
    <message>
        <source>not masked</source>
        <translation>マスクなし</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>添付</translation>
    </message>
    <message>
        <source>%1: the machine-readable session; open it in Rebound</source>
        <translation>%1: 機械可読のセッション。Rebound で開いてください</translation>
    </message>
    <message>
        <source>Most likely causes</source>
        <translation>可能性の高い原因</translation>
    </message>
    <message>
        <source>No cause was identified. See the checks below for what could and could not be checked.</source>
        <translation>原因を特定できませんでした。確認できたこととできなかったことは、以下のチェックを参照してください。</translation>
    </message>
    <message>
        <source>%1 less likely causes follow in the Diagnosis section.</source>
        <translation>可能性の低い原因 %1 件は「診断」セクションに続きます。</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation>今すべきこと</translation>
    </message>
    <message>
        <source>No steps are known for this cause.</source>
        <translation>この原因について既知の手順はありません。</translation>
    </message>
    <message>
        <source>Do not: </source>
        <translation>してはいけないこと: </translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>チェック</translation>
    </message>
    <message>
        <source>No check was run.</source>
        <translation>チェックは実行されていません。</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>チェック</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>not evaluated: no sending IP was known</source>
        <translation>未評価: 送信 IP が不明でした</translation>
    </message>
    <message>
        <source>Mail from other hosts</source>
        <translation>他のホストからのメール</translation>
    </message>
    <message>
        <source>Record syntax</source>
        <translation>レコードの構文</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>注記</translation>
    </message>
    <message>
        <source>No MX host (%1).</source>
        <translation>MX ホストがありません (%1)。</translation>
    </message>
    <message>
        <source>(a CNAME to %1)</source>
        <translation>(%1 への CNAME)</translation>
    </message>
    <message>
        <source>no address</source>
        <translation>アドレスなし</translation>
    </message>
    <message>
        <source>%1 lists</source>
        <translation>%1 リスト</translation>
    </message>
    <message>
        <source>%1 lists: </source>
        <translation>%1 リスト: </translation>
    </message>
    <message>
        <source>Why not certain</source>
        <translation>確実でない理由</translation>
    </message>
    <message>
        <source>What the receiving server replied</source>
        <translation>受信サーバーの応答</translation>
    </message>
    <message>
        <source>Permanent (%1). </source>
        <translation>恒久的 (%1)。</translation>
    </message>
    <message>
        <source>The receiver will refuse this mail again until the cause below is fixed; sending it again unchanged does not help.</source>
        <translation>下記の原因が解決されるまで、受信側はこのメールを再び拒否します。そのまま再送しても効果はありません。</translation>
    </message>
    <message>
        <source>Temporary (%1). </source>
        <translation>一時的 (%1)。</translation>
    </message>
    <message>
        <source>The sending server keeps retrying for a while on its own; the cause below says why it was deferred.</source>
        <translation>送信サーバーはしばらくの間自動で再試行します。遅延した理由は下記の原因を参照してください。</translation>
    </message>
    <message>
        <source>Other recipients got %1 other replies; the bounce appendix shows them all.</source>
        <translation>他の受信者には別の応答が %1 件ありました。バウンスの付録にすべて記載されています。</translation>
    </message>
    <message>
        <source>About this run</source>
        <translation>この実行について</translation>
    </message>
    <message>
        <source>none answered</source>
        <translation>応答なし</translation>
    </message>
    <message>
        <source>Every DNS query of the run</source>
        <translation>この実行のすべての DNS クエリ</translation>
    </message>
    <message>
        <source>In the order they ended: the server that answered, what it said, the TTL and the records of the type asked.</source>
        <translation>終了した順に、応答したサーバー、その応答内容、TTL、問い合わせた種類のレコードを示します。</translation>
    </message>
    <message>
        <source>The first %1 of %2 queries are listed; the session JSON attached to this report keeps %3 of them.</source>
        <translation>%2 件のクエリのうち最初の %1 件を示しています。このレポートに添付したセッション JSON にはそのうち %3 件が含まれています。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>TTL</source>
        <translation>TTL</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>データ</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>所要時間</translation>
    </message>
    <message>
        <source>first external hop</source>
        <translation>最初の外部ホップ</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Hop</source>
        <translation>ホップ</translation>
    </message>
    <message>
        <source>From</source>
        <translation>送信元 (from)</translation>
    </message>
    <message>
        <source>By</source>
        <translation>受信 (by)</translation>
    </message>
    <message>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>プロトコル</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>時刻 (UTC)</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>遅延</translation>
    </message>
    <message>
        <source>%1-bit key</source>
        <translation>%1 ビットの鍵</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>ドメイン</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>アルゴリズム</translation>
    </message>
    <message>
        <source>Body hash</source>
        <translation>本文ハッシュ</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>ARC</source>
        <translation>ARC</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>チェーン</translation>
    </message>
    <message>
        <source>%1 for %2: sealer %3, Rebound %4</source>
        <translation>%2 の %1: シーラー %3、Rebound %4</translation>
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
        <translation>シール元</translation>
    </message>
    <message>
        <source>Seal</source>
        <translation>シール</translation>
    </message>
    <message>
        <source>Message signature</source>
        <translation>メッセージ署名</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>記録元</translation>
    </message>
    <message>
        <source>Compared with Rebound</source>
        <translation>Rebound との比較</translation>
    </message>
    <message>
        <source>trusted (the receiver)</source>
        <translation>信頼済み (受信側)</translation>
    </message>
    <message>
        <source>a claim</source>
        <translation>主張のみ</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>書き込み元</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>信頼性</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>for %1 sending as %2</source>
        <translation>(%1 が %2 として送信した場合)</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>(対象: %1)</translation>
    </message>
    <message>
        <source>SPF aligned</source>
        <translation>SPF アライメント</translation>
    </message>
    <message>
        <source>DKIM aligned</source>
        <translation>DKIM アライメント</translation>
    </message>
    <message>
        <source>DMARC policy</source>
        <translation>DMARC ポリシー</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>出典</translation>
    </message>
    <message>
        <source>The message was not analysed.</source>
        <translation>メッセージは解析されていません。</translation>
    </message>
    <message>
        <source>This is the header block a bounce returned. The route, the domains and the sending address can be trusted; no DKIM signature can pass without the body.</source>
        <translation>これはバウンスで返送されたヘッダーブロックです。経路、ドメイン、送信アドレスは信頼できます。本文がないと DKIM 署名は合格できません。</translation>
    </message>
    <message>
        <source>This is the copy a bounce returned. The route, the domains and the sending address can be trusted; a DKIM failure may come from the reporting server re-encoding the copy.</source>
        <translation>これはバウンスで返送されたコピーです。経路、ドメイン、送信アドレスは信頼できます。DKIM の失敗は、報告したサーバーがコピーを再エンコードしたことによる可能性があります。</translation>
    </message>
    <message>
        <source>Route (oldest hop first)</source>
        <translation>経路 (古いホップから順に)</translation>
    </message>
    <message>
        <source>No Received fields.</source>
        <translation>Received フィールドがありません。</translation>
    </message>
    <message>
        <source>DKIM signatures</source>
        <translation>DKIM 署名</translation>
    </message>
    <message>
        <source>The message is not signed.</source>
        <translation>メッセージは署名されていません。</translation>
    </message>
    <message>
        <source>Authentication-Results</source>
        <translation>Authentication-Results</translation>
    </message>
    <message>
        <source>No Authentication-Results fields.</source>
        <translation>Authentication-Results フィールドがありません。</translation>
    </message>
    <message>
        <source>SPF and DMARC</source>
        <translation>SPF と DMARC</translation>
    </message>
    <message>
        <source>Bulk-sender checklist</source>
        <translation>大量送信者のチェックリスト</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>DMARC for %1</source>
        <translation>%1 の DMARC</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 ～ %2</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>レポート数</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>メッセージ数</translation>
    </message>
    <message>
        <source>DMARC pass rate</source>
        <translation>DMARC 合格率</translation>
    </message>
    <message>
        <source>Source IP</source>
        <translation>送信元 IP</translation>
    </message>
    <message>
        <source>Failed DMARC</source>
        <translation>DMARC 失敗</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>送信者</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>DMARC and TLS reports</source>
        <translation>DMARC と TLS のレポート</translation>
    </message>
    <message>
        <source>TLS reports</source>
        <translation>TLS レポート</translation>
    </message>
    <message>
        <source>Policy domain</source>
        <translation>ポリシードメイン</translation>
    </message>
    <message>
        <source>Successful sessions</source>
        <translation>成功したセッション</translation>
    </message>
    <message>
        <source>Failed sessions</source>
        <translation>失敗したセッション</translation>
    </message>
    <message>
        <source>Organizational domain</source>
        <translation>組織ドメイン</translation>
    </message>
    <message>
        <source>%1 (DNS tree walk, RFC 9989)</source>
        <translation>%1 (DNS ツリーウォーク、RFC 9989)</translation>
    </message>
    <message>
        <source>Older receivers</source>
        <translation>古い受信側</translation>
    </message>
    <message>
        <source>organizational domain %1 (Public Suffix List), policy %2</source>
        <translation>組織ドメイン %1 (パブリックサフィックスリスト)、ポリシー %2</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>見つかりません</translation>
    </message>
    <message>
        <source>the message&apos;s DKIM signature</source>
        <translation>メッセージの DKIM 署名</translation>
    </message>
    <message>
        <source>given</source>
        <translation>指定されたもの</translation>
    </message>
    <message>
        <source>the list of common selectors</source>
        <translation>一般的なセレクターの一覧</translation>
    </message>
    <message>
        <source>the provider %1 (from the MX hosts or SPF includes)</source>
        <translation>プロバイダー %1 (MX ホストまたは SPF の include から)</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>検出方法</translation>
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
        <translation>取得</translation>
    </message>
    <message>
        <source>valid for the policy host</source>
        <translation>ポリシーホストに対して有効</translation>
    </message>
    <message>
        <source>not valid for the policy host</source>
        <translation>ポリシーホストに対して無効</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>モード</translation>
    </message>
    <message>
        <source>max_age</source>
        <translation>max_age</translation>
    </message>
    <message>
        <source>MX patterns</source>
        <translation>MX パターン</translation>
    </message>
    <message>
        <source>covered</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>not covered</source>
        <translation>対象外</translation>
    </message>
    <message>
        <source>MX host</source>
        <translation>MX ホスト</translation>
    </message>
    <message>
        <source>BIMI</source>
        <translation>BIMI</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>ロゴ</translation>
    </message>
    <message>
        <source>SVG Tiny PS</source>
        <translation>SVG Tiny PS</translation>
    </message>
    <message>
        <source>conforms</source>
        <translation>準拠</translation>
    </message>
    <message>
        <source>does not conform</source>
        <translation>非準拠</translation>
    </message>
    <message>
        <source>Mark certificate</source>
        <translation>マーク証明書</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>サブジェクト</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>検証済み</translation>
    </message>
    <message>
        <source>Logo in the certificate</source>
        <translation>証明書内のロゴ</translation>
    </message>
    <message>
        <source>the published SVG</source>
        <translation>公開されている SVG</translation>
    </message>
    <message>
        <source>another SVG</source>
        <translation>別の SVG</translation>
    </message>
    <message>
        <source>Recipient domain %1</source>
        <translation>受信ドメイン %1</translation>
    </message>
    <message>
        <source>Mailbox probe</source>
        <translation>メールボックスプローブ</translation>
    </message>
    <message>
        <source>Nothing is known about the mailbox.</source>
        <translation>メールボックスについては何もわかりません。</translation>
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
        <translation>RCPT TO (架空のアドレス)</translation>
    </message>
    <message>
        <source>Accepts every address</source>
        <translation>すべてのアドレスを受け付ける</translation>
    </message>
    <message>
        <source>Rebound asked the recipient&apos;s mail server about the address (MAIL FROM with your address, RCPT TO, then RSET): no message was sent. An accepted address is what the server said at that moment, not a promise of delivery.</source>
        <translation>Rebound は受信者のメールサーバーにこのアドレスについて問い合わせました (あなたのアドレスで MAIL FROM、RCPT TO、その後 RSET): メッセージは送信していません。アドレスが受け付けられたのはその時点でのサーバーの応答であり、配送を保証するものではありません。</translation>
    </message>
    <message>
        <source>DNSSEC bogus</source>
        <translation>DNSSEC 検証失敗 (bogus)</translation>
    </message>
    <message>
        <source>not DNSSEC-validated: not checked</source>
        <translation>DNSSEC で未検証: 確認していません</translation>
    </message>
    <message>
        <source>matches</source>
        <translation>一致</translation>
    </message>
    <message>
        <source>does not match</source>
        <translation>不一致</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>未確認</translation>
    </message>
    <message>
        <source>DANE (TLSA)</source>
        <translation>DANE (TLSA)</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>緑</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>黄</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>赤</translation>
    </message>
    <message>
        <source>No data for this IP</source>
        <translation>この IP のデータなし</translation>
    </message>
    <message>
        <source>Microsoft SNDS</source>
        <translation>Microsoft SNDS</translation>
    </message>
    <message>
        <source>Microsoft&apos;s data for this IP is not known.</source>
        <translation>この IP についての Microsoft のデータは不明です。</translation>
    </message>
    <message>
        <source>Filter result</source>
        <translation>フィルター結果</translation>
    </message>
    <message>
        <source>Complaint rate</source>
        <translation>苦情率</translation>
    </message>
    <message>
        <source>Trap hits</source>
        <translation>トラップ命中数</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>受信者数</translation>
    </message>
    <message>
        <source>Blocked by Microsoft</source>
        <translation>Microsoft によるブロック</translation>
    </message>
    <message>
        <source>yes: %1</source>
        <translation>はい: %1</translation>
    </message>
    <message>
        <source>Sample HELO, MAIL FROM</source>
        <translation>サンプルの HELO、MAIL FROM</translation>
    </message>
    <message>
        <source>Data of</source>
        <translation>データの日付</translation>
    </message>
    <message>
        <source>(from the cache)</source>
        <translation>(キャッシュから)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>%1: at or over Gmail&apos;s 0.3 % limit</source>
        <translation>%1: Gmail の上限 0.3% 以上</translation>
    </message>
    <message>
        <source>%1: over Gmail&apos;s 0.1 % target</source>
        <translation>%1: Gmail の目標 0.1% 超</translation>
    </message>
    <message>
        <source>%1: under Gmail&apos;s 0.1 % target</source>
        <translation>%1: Gmail の目標 0.1% 未満</translation>
    </message>
    <message>
        <source>Compliant</source>
        <translation>準拠</translation>
    </message>
    <message>
        <source>Needs work</source>
        <translation>要対応</translation>
    </message>
    <message>
        <source>Google Postmaster Tools</source>
        <translation>Google Postmaster Tools</translation>
    </message>
    <message>
        <source>What Gmail measured for this domain is not known.</source>
        <translation>このドメインについて Gmail が測定した値は不明です。</translation>
    </message>
    <message>
        <source>User-reported spam rate</source>
        <translation>ユーザー報告による迷惑メール率</translation>
    </message>
    <message>
        <source>SPF authentication rate</source>
        <translation>SPF 認証率</translation>
    </message>
    <message>
        <source>DKIM authentication rate</source>
        <translation>DKIM 認証率</translation>
    </message>
    <message>
        <source>DMARC authentication rate</source>
        <translation>DMARC 認証率</translation>
    </message>
    <message>
        <source>TLS encryption rate</source>
        <translation>TLS 暗号化率</translation>
    </message>
    <message>
        <source>Delivery error rate</source>
        <translation>配信エラー率</translation>
    </message>
    <message>
        <source>Google has no compliance status for this domain.</source>
        <translation>Google にはこのドメインのコンプライアンス状況がありません。</translation>
    </message>
    <message>
        <source>Gmail sender requirement</source>
        <translation>Gmail の送信者要件</translation>
    </message>
    <message>
        <source>%1 trap hits</source>
        <translation>トラップ命中 %1 件</translation>
    </message>
    <message>
        <source>blocked by Microsoft: %1</source>
        <translation>Microsoft によるブロック: %1</translation>
    </message>
    <message>
        <source>data of %1</source>
        <translation>%1 のデータ</translation>
    </message>
    <message>
        <source>Watch history</source>
        <translation>監視履歴</translation>
    </message>
    <message>
        <source>The watch&apos;s database could not be read.</source>
        <translation>監視データベースを読み取れませんでした。</translation>
    </message>
    <message>
        <source>Every check the watch makes of this target is sound.</source>
        <translation>この対象に対する監視のチェックはすべて正常です。</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>開始日時</translation>
    </message>
    <message>
        <source>Latest changes, newest first:</source>
        <translation>最近の変化 (新しい順):</translation>
    </message>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>変化</translation>
    </message>
    <message>
        <source>From → to</source>
        <translation>変更前 → 変更後</translation>
    </message>
</context>
<context>
    <name>rebound::report::words</name>
    <message>
        <source>[cut here: %1 more characters, %2 more lines; the attached session JSON has all of it]</source>
        <translation>[ここで省略: 残り %1 文字、%2 行。添付のセッション JSON にすべて含まれています]</translation>
    </message>
    <message>
        <source>The PDF&apos;s cross-reference chain is broken or too long.</source>
        <translation>PDF の相互参照チェーンが壊れているか、長すぎます。</translation>
    </message>
    <message>
        <source>The PDF uses a cross-reference stream, which is not supported.</source>
        <translation>PDF が相互参照ストリームを使っており、対応していません。</translation>
    </message>
    <message>
        <source>The PDF&apos;s cross-reference table is malformed.</source>
        <translation>PDF の相互参照テーブルの形式が正しくありません。</translation>
    </message>
    <message>
        <source>The PDF&apos;s cross-reference table is cut short.</source>
        <translation>PDF の相互参照テーブルが途中で切れています。</translation>
    </message>
    <message>
        <source>The PDF&apos;s trailer is malformed.</source>
        <translation>PDF のトレーラーの形式が正しくありません。</translation>
    </message>
    <message>
        <source>The PDF has no usable trailer.</source>
        <translation>PDF に使えるトレーラーがありません。</translation>
    </message>
    <message>
        <source>The PDF or the attachment is too large.</source>
        <translation>PDF または添付ファイルが大きすぎます。</translation>
    </message>
    <message>
        <source>The PDF has no readable catalog.</source>
        <translation>PDF に読み取れるカタログがありません。</translation>
    </message>
    <message>
        <source>The PDF already has a name dictionary; attaching is not supported.</source>
        <translation>PDF にはすでに名前辞書があります。添付には対応していません。</translation>
    </message>
    <message>
        <source>Not a PDF file.</source>
        <translation>PDF ファイルではありません。</translation>
    </message>
    <message>
        <source>The PDF has no embedded file named %1.</source>
        <translation>PDF に %1 という名前の埋め込みファイルがありません。</translation>
    </message>
    <message>
        <source>The embedded file&apos;s length is missing or wrong.</source>
        <translation>埋め込みファイルの長さがないか、誤っています。</translation>
    </message>
    <message>
        <source>The embedded file uses an unsupported filter.</source>
        <translation>埋め込みファイルが未対応のフィルターを使っています。</translation>
    </message>
    <message>
        <source>The embedded file is too large.</source>
        <translation>埋め込みファイルが大きすぎます。</translation>
    </message>
    <message>
        <source>The embedded file could not be decompressed.</source>
        <translation>埋め込みファイルを展開できませんでした。</translation>
    </message>
    <message>
        <source>Email deliverability report</source>
        <translation>メール到達率レポート</translation>
    </message>
    <message>
        <source>Bounce for mail sent from %1</source>
        <translation>%1 から送信したメールのバウンス</translation>
    </message>
    <message>
        <source>Rebound %1 · session %2 · generated %3</source>
        <translation>Rebound %1 · セッション %2 · 作成 %3</translation>
    </message>
    <message>
        <source>SMTP transcripts</source>
        <translation>SMTP の記録</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>重大</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>情報</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Problem found</source>
        <translation>問題あり</translation>
    </message>
    <message>
        <source>Could not check everything</source>
        <translation>すべては確認できませんでした</translation>
    </message>
    <message>
        <source>No problem found</source>
        <translation>問題なし</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>未確認</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Could not run</source>
        <translation>実行できませんでした</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Not finished</source>
        <translation>未完了</translation>
    </message>
    <message>
        <source>You</source>
        <translation>あなた</translation>
    </message>
    <message>
        <source>Your ESP or host</source>
        <translation>ESP またはホスティング事業者</translation>
    </message>
    <message>
        <source>The recipient&apos;s admin</source>
        <translation>受信者の管理者</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>誰でも</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>未確認</translation>
    </message>
    <message>
        <source>(not a web link, not clickable)</source>
        <translation>(Web リンクではないためクリックできません)</translation>
    </message>
    <message>
        <source>This program cannot draw PDF reports (no PDF renderer is built in).</source>
        <translation>このプログラムは PDF レポートを描画できません (PDF レンダラーが組み込まれていません)。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 を書き込めませんでした: %2</translation>
    </message>
    <message>
        <source>Not a Rebound session: %1</source>
        <translation>Rebound のセッションではありません: %1</translation>
    </message>
    <message>
        <source>Not a Rebound session (no &quot;schema&quot;: &quot;rebound.session&quot;).</source>
        <translation>Rebound のセッションではありません (&quot;schema&quot;: &quot;rebound.session&quot; がありません)。</translation>
    </message>
    <message>
        <source>The file is larger than 64 MiB.</source>
        <translation>ファイルが 64 MiB を超えています。</translation>
    </message>
    <message>
        <source>[%1 more entries were not kept]</source>
        <translation>[さらに %1 件のエントリーは保持していません]</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>受信者</translation>
    </message>
    <message>
        <source>Reply code</source>
        <translation>応答コード</translation>
    </message>
    <message>
        <source>Enhanced status</source>
        <translation>拡張ステータス</translation>
    </message>
    <message>
        <source>Server&apos;s words</source>
        <translation>サーバーの文言</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>SMTP command</source>
        <translation>SMTP コマンド</translation>
    </message>
    <message>
        <source>Refusing server</source>
        <translation>拒否したサーバー</translation>
    </message>
    <message>
        <source>Sending IP</source>
        <translation>送信 IP</translation>
    </message>
    <message>
        <source>Blocklist named</source>
        <translation>挙げられたブロックリスト</translation>
    </message>
    <message>
        <source>Provider code</source>
        <translation>プロバイダーのコード</translation>
    </message>
    <message>
        <source>Blocklists named</source>
        <translation>挙げられたブロックリスト</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>プロバイダー</translation>
    </message>
    <message>
        <source>Permanent</source>
        <translation>恒久的</translation>
    </message>
    <message>
        <source>Input refused: nothing was analysed</source>
        <translation>入力拒否: 何も解析されていません</translation>
    </message>
    <message>
        <source>Nothing recognised: no bounce, reply or log line in the input</source>
        <translation>認識なし: 入力にバウンス、応答、ログ行がありません</translation>
    </message>
    <message>
        <source>verified by a live lookup</source>
        <translation>リアルタイムの問い合わせで確認済み</translation>
    </message>
    <message>
        <source>inferred from the bounce text, confidence %1%</source>
        <translation>バウンス本文から推定、確信度 %1%</translation>
    </message>
    <message>
        <source>inferred from the checks, confidence %1%</source>
        <translation>チェック結果から推定、確信度 %1%</translation>
    </message>
    <message>
        <source>confidence %1%</source>
        <translation>確信度 %1%</translation>
    </message>
</context>
<context>
    <name>rebound::secrets::SecretStore</name>
    <message>
        <source>the keychain did not answer within %1 s</source>
        <translation>キーチェーンが %1 秒以内に応答しませんでした</translation>
    </message>
    <message>
        <source>cannot make %1 readable by its owner only</source>
        <translation>%1 を所有者だけが読めるようにできません</translation>
    </message>
    <message>
        <source>No system keychain is available (%1), so the key is kept in %2, readable only by you.</source>
        <translation>システムのキーチェーンが使用できないため (%1)、キーはあなただけが読める %2 に保存されます。</translation>
    </message>
    <message>
        <source>The key is kept in the system keychain.</source>
        <translation>キーはシステムのキーチェーンに保存されます。</translation>
    </message>
    <message>
        <source>The key could not be stored: no keychain (%1), and %2 (%3).</source>
        <translation>キーを保存できませんでした: キーチェーンがなく (%1)、%2 (%3)。</translation>
    </message>
</context>
<context>
    <name>rebound::ui</name>
    <message>
        <source>Critical</source>
        <translation>重大</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>情報</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Could not check</source>
        <translation>確認不可</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>You</source>
        <translation>あなた</translation>
    </message>
    <message>
        <source>Your mail provider</source>
        <translation>メールプロバイダー</translation>
    </message>
    <message>
        <source>The recipient&apos;s admin</source>
        <translation>受信者の管理者</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>誰でも</translation>
    </message>
</context>
<context>
    <name>rebound::ui::AuthTagsModel</name>
    <message>
        <source>Tag</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>意味</translation>
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
        <translation>DKIM セレクター %1 (%1._domainkey.%2)</translation>
    </message>
    <message>
        <source>no record published</source>
        <translation>レコードが公開されていません</translation>
    </message>
    <message>
        <source>Not a tag this version knows; receivers ignore it.</source>
        <translation>このバージョンが知らないタグです。受信側は無視します。</translation>
    </message>
</context>
<context>
    <name>rebound::ui::BlocklistModel</name>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>List</source>
        <translation>リスト</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>ゾーン</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>意味</translation>
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
        <translation>問題のみ表示(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>Open &amp;lookup page…</source>
        <translation>照会ページを開く(&amp;L)…</translation>
    </message>
    <message>
        <source>Blocklist results</source>
        <translation>ブロックリストの結果</translation>
    </message>
    <message>
        <source>Address checked</source>
        <translation>確認したアドレス</translation>
    </message>
    <message>
        <source>Filter lists</source>
        <translation>リストを絞り込む</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>アドレス(&amp;A):</translation>
    </message>
    <message>
        <source>lookup page</source>
        <translation>照会ページ</translation>
    </message>
    <message>
        <source>removal page</source>
        <translation>削除ページ</translation>
    </message>
    <message>
        <source>(address not known yet)</source>
        <translation>(アドレスはまだ不明)</translation>
    </message>
    <message>
        <source>Not checked: blocklists are checked for an IP address, or for the sending IP found in a bounce.</source>
        <translation>未確認: ブロックリストは IP アドレス、またはバウンスから見つかった送信 IP について確認します。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>確認中…</translation>
    </message>
    <message>
        <source>Not checked. %1</source>
        <translation>未確認。%1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Open re&amp;moval page…</source>
        <translation>削除ページを開く(&amp;M)…</translation>
    </message>
    <message>
        <source>Checking… %1 of %2 lists answered; listed on %3 so far.</source>
        <translation>チェック中… %2 リスト中 %1 リストが応答、これまでに %3 に掲載。</translation>
    </message>
    <message>
        <source>%1 lists: %2</source>
        <translation>%1 リスト: %2</translation>
    </message>
    <message>
        <source>Microsoft SNDS: not checked (no SNDS key in Settings &gt; Blocklists).</source>
        <translation>Microsoft SNDS: 未確認 (「設定 &gt; ブロックリスト」に SNDS キーがありません)。</translation>
    </message>
    <message>
        <source>Microsoft SNDS: checking…</source>
        <translation>Microsoft SNDS: 確認中…</translation>
    </message>
    <message>
        <source>Microsoft SNDS: not read. %1</source>
        <translation>Microsoft SNDS: 読み取れませんでした。%1</translation>
    </message>
    <message>
        <source>Microsoft SNDS: no data for this address</source>
        <translation>Microsoft SNDS: このアドレスのデータはありません</translation>
    </message>
    <message numerus="yes">
        <source>Microsoft SNDS: %1, %n trap hit(s), complaints %2</source>
        <translation>
            <numerusform>Microsoft SNDS: %1、トラップ命中 %n 件、苦情率 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>; blocked by Microsoft: %1</source>
        <translation>、Microsoft によるブロック: %1</translation>
    </message>
    <message>
        <source>(data of %1, from the cache)</source>
        <translation>(%1 のデータ、キャッシュから)</translation>
    </message>
    <message>
        <source>(data of %1)</source>
        <translation>(%1 のデータ)</translation>
    </message>
</context>
<context>
    <name>rebound::ui::BounceView</name>
    <message>
        <source>Bounce text</source>
        <translation>バウンス本文</translation>
    </message>
    <message>
        <source>Fields found in the bounce</source>
        <translation>バウンスから見つかった項目</translation>
    </message>
    <message>
        <source>Not a bounce, or not analysed yet.</source>
        <translation>バウンスではないか、まだ解析していません。</translation>
    </message>
    <message>
        <source>No recipient could be read from this bounce.</source>
        <translation>このバウンスからは受信者を読み取れませんでした。</translation>
    </message>
    <message>
        <source>Recipient %1: %2</source>
        <translation>受信者 %1: %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>注記: %1</translation>
    </message>
    <message>
        <source>Loading the bounce text (%1 characters)…</source>
        <translation>バウンスのテキストを読み込んでいます (%1 文字)…</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message numerus="yes">
        <source>…and %n other kind(s)</source>
        <translation>
            <numerusform>…ほか %n 種類</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more recipient(s)</source>
        <translation>
            <numerusform>ほか %n 件の受信者</numerusform>
        </translation>
    </message>
    <message>
        <source>Each of them is in the Raw DNS evidence tab and the exports.</source>
        <translation>すべて「DNS の生の証拠」タブとエクスポートに含まれています。</translation>
    </message>
    <message>
        <source>Only the first 2 MB of the text are shown and kept; the analysis read all of it.</source>
        <translation>表示・保存するのはテキストの先頭 2 MB だけです。解析は全体を読みました。</translation>
    </message>
    <message>
        <source>The input was refused, so nothing in it was analysed: %1</source>
        <translation>入力が拒否されたため、その内容は何も解析されていません: %1</translation>
    </message>
    <message>
        <source>yes, retrying will not help</source>
        <translation>はい、再試行しても解決しません</translation>
    </message>
    <message>
        <source>no, may succeed later</source>
        <translation>いいえ、後で成功する可能性があります</translation>
    </message>
</context>
<context>
    <name>rebound::ui::CauseCard</name>
    <message>
        <source>Unnamed cause</source>
        <translation>名前のない原因</translation>
    </message>
    <message>
        <source>Cause %1: %2</source>
        <translation>原因 %1: %2</translation>
    </message>
    <message>
        <source>Against the alternatives</source>
        <translation>他の可能性を否定する根拠</translation>
    </message>
    <message>
        <source>Do not</source>
        <translation>してはいけないこと</translation>
    </message>
    <message>
        <source>Recovery: %1</source>
        <translation>回復: %1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Why not certain: %1</source>
        <translation>確実でない理由: %1</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>証拠</translation>
    </message>
    <message>
        <source>Show in the bounce</source>
        <translation>バウンス内で表示</translation>
    </message>
    <message>
        <source>What to do, in order</source>
        <translation>対処の手順</translation>
    </message>
    <message>
        <source>%1. %2: %3</source>
        <translation>%1. %2: %3</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 を開く</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more item(s) of evidence (all in the Raw DNS evidence tab and the exports).</source>
        <translation>
            <numerusform>…ほか %n 件の証拠 (すべて「DNS の生の証拠」タブとエクスポートに含まれています)。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rebound::ui::CheckListModel</name>
    <message>
        <source> (%1 of %2 answered)</source>
        <translation> (%2 件中 %1 件が応答)</translation>
    </message>
</context>
<context>
    <name>rebound::ui::DiagnosisView</name>
    <message>
        <source>Diagnosis</source>
        <translation>診断</translation>
    </message>
    <message>
        <source>Checking… the most likely causes so far:</source>
        <translation>確認中… 現時点で最も可能性の高い原因:</translation>
    </message>
    <message>
        <source>Checking… causes appear here as the checks finish.</source>
        <translation>確認中… チェックが終わるとここに原因が表示されます。</translation>
    </message>
    <message>
        <source>The input was refused, so nothing in it was analysed and nothing is concluded. The Bounce tab says why.</source>
        <translation>入力が拒否されたため、その内容は何も解析されず、何も結論づけていません。理由は「バウンス」タブに表示されます。</translation>
    </message>
    <message>
        <source>No bounce, SMTP reply or log line was recognised in the input, so nothing is concluded from it.</source>
        <translation>入力にバウンス、SMTP 応答、ログ行のいずれも認識されなかったため、そこからは何も結論づけていません。</translation>
    </message>
    <message>
        <source>Problem found. Most likely cause first:</source>
        <translation>問題が見つかりました。可能性の高い原因から順に:</translation>
    </message>
    <message>
        <source>Some checks could not run, so this answer may be incomplete.</source>
        <translation>一部のチェックを実行できなかったため、この回答は不完全な可能性があります。</translation>
    </message>
    <message>
        <source>No problem found by the checks that ran.</source>
        <translation>実行したチェックでは問題は見つかりませんでした。</translation>
    </message>
    <message>
        <source>Nothing was checked.</source>
        <translation>何も確認していません。</translation>
    </message>
    <message>
        <source>Paste a bounce, an IP address or a domain above and press Diagnose (Ctrl+Return).</source>
        <translation>上にバウンス、IP アドレス、またはドメインを貼り付けて「診断」を押してください (Ctrl+Enter)。</translation>
    </message>
</context>
<context>
    <name>rebound::ui::DnsQueryModel</name>
    <message>
        <source>Answer</source>
        <translation>応答</translation>
    </message>
    <message>
        <source>No record of this type (NODATA)</source>
        <translation>この種類のレコードなし (NODATA)</translation>
    </message>
    <message>
        <source>No such name (NXDOMAIN)</source>
        <translation>名前が存在しない (NXDOMAIN)</translation>
    </message>
    <message>
        <source>Server failure (SERVFAIL)</source>
        <translation>サーバー障害 (SERVFAIL)</translation>
    </message>
    <message>
        <source>Refused (REFUSED)</source>
        <translation>拒否 (REFUSED)</translation>
    </message>
    <message>
        <source>Query not understood (FORMERR)</source>
        <translation>クエリを解釈できない (FORMERR)</translation>
    </message>
    <message>
        <source>Other error code</source>
        <translation>その他のエラーコード</translation>
    </message>
    <message>
        <source>No answer in time (timeout)</source>
        <translation>時間内に応答なし (timeout)</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>ネットワークエラー</translation>
    </message>
    <message>
        <source>Unreadable answer</source>
        <translation>読み取れない応答</translation>
    </message>
    <message>
        <source>Not sent (invalid name)</source>
        <translation>未送信 (無効な名前)</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <source>none answered</source>
        <translation>応答なし</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Ended %1 UTC</source>
        <translation>%1 UTC に終了</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>TTL (s)</source>
        <translation>TTL (秒)</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>データ</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>所要時間</translation>
    </message>
</context>
<context>
    <name>rebound::ui::DnsQueryView</name>
    <message>
        <source>DNS queries and answers</source>
        <translation>DNS クエリと応答</translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation>名前で絞り込む</translation>
    </message>
    <message>
        <source>Filter DNS queries by name</source>
        <translation>DNS クエリを名前で絞り込む</translation>
    </message>
    <message>
        <source>No DNS query was sent in this run.</source>
        <translation>この実行では DNS クエリを送信していません。</translation>
    </message>
    <message>
        <source>The first %1 of %2 DNS queries; the rest were not kept.</source>
        <translation>%2 件の DNS クエリのうち最初の %1 件です。残りは保持していません。</translation>
    </message>
    <message numerus="yes">
        <source>%n DNS query(s).</source>
        <translation>
            <numerusform>DNS クエリ %n 件。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 shown.</source>
        <translation>%1 件を表示。</translation>
    </message>
</context>
<context>
    <name>rebound::ui::ExportDialog</name>
    <message>
        <source>PDF report (for a support ticket)</source>
        <translation>PDF レポート (サポートチケット用)</translation>
    </message>
    <message>
        <source>PDF report (*.pdf)</source>
        <translation>PDF レポート (*.pdf)</translation>
    </message>
    <message>
        <source>HTML page</source>
        <translation>HTML ページ</translation>
    </message>
    <message>
        <source>HTML page (*.html *.htm)</source>
        <translation>HTML ページ (*.html *.htm)</translation>
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
        <translation>セッション JSON (Rebound で再度開けます)</translation>
    </message>
    <message>
        <source>Session JSON (*.json)</source>
        <translation>セッション JSON (*.json)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>レター</translation>
    </message>
    <message>
        <source>&amp;Mask personal data (addresses, names, Message-IDs)</source>
        <translation>個人データをマスクする(&amp;M) (アドレス、名前、Message-ID)</translation>
    </message>
    <message>
        <source>Local parts of addresses, display names and Message-IDs become •••. Domains, IP addresses and DNS records stay: the support desk needs them.</source>
        <translation>アドレスのローカル部、表示名、Message-ID は ••• になります。ドメイン、IP アドレス、DNS レコードはそのまま残ります: サポート窓口に必要だからです。</translation>
    </message>
    <message>
        <source>Preview of the exported text</source>
        <translation>エクスポートするテキストのプレビュー</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>形式(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Paper size:</source>
        <translation>用紙サイズ(&amp;P):</translation>
    </message>
    <message>
        <source>Fi&amp;le:</source>
        <translation>ファイル(&amp;L):</translation>
    </message>
    <message>
        <source>P&amp;review of what leaves this machine:</source>
        <translation>このマシンから出ていく内容のプレビュー(&amp;R):</translation>
    </message>
    <message>
        <source>Choose a file to write.</source>
        <translation>書き込むファイルを選んでください。</translation>
    </message>
    <message>
        <source>%1 exists. Replace it?</source>
        <translation>%1 は存在します。置き換えますか?</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>エクスポート中…</translation>
    </message>
    <message>
        <source>Could not export: %1</source>
        <translation>エクスポートできませんでした: %1</translation>
    </message>
    <message>
        <source>Add the &amp;appendices (the pasted text, every DNS answer, SMTP transcripts)</source>
        <translation>付録を追加する(&amp;A) (貼り付けたテキスト、すべての DNS 応答、SMTP のやり取り)</translation>
    </message>
    <message>
        <source>Pages for the specialist who wants the raw answers. Without them the report is the verdict, its evidence and the checks.</source>
        <translation>生の応答を見たい専門家向けのページです。付録がない場合、レポートは判定、その証拠、チェックだけになります。</translation>
    </message>
</context>
<context>
    <name>rebound::ui::FindingsModel</name>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>注記</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>証拠</translation>
    </message>
</context>
<context>
    <name>rebound::ui::HistoryModel</name>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>入力</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>unfinished</source>
        <translation>未完了</translation>
    </message>
    <message>
        <source>no problem found</source>
        <translation>問題なし</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>不完全</translation>
    </message>
    <message>
        <source>input refused</source>
        <translation>入力拒否</translation>
    </message>
    <message>
        <source>nothing recognised</source>
        <translation>認識なし</translation>
    </message>
</context>
<context>
    <name>rebound::ui::HistoryStore</name>
    <message>
        <source>The run has no id.</source>
        <translation>実行に ID がありません。</translation>
    </message>
    <message>
        <source>The history database is not open.</source>
        <translation>履歴データベースが開かれていません。</translation>
    </message>
</context>
<context>
    <name>rebound::ui::InputEdit</name>
    <message>
        <source>The pasted text is %1 MB; Rebound reads at most %2 MB. A bounce needs only its text and headers: paste those without the attachments.</source>
        <translation>貼り付けたテキストは %1 MB です。Rebound が読めるのは最大 %2 MB です。バウンスに必要なのは本文とヘッダーだけです: 添付ファイルを除いて貼り付けてください。</translation>
    </message>
    <message>
        <source>Pasting %1 characters…</source>
        <translation>%1 文字を貼り付けています…</translation>
    </message>
    <message>
        <source>The file is %1 MB; Rebound reads files of up to %2 MB. A bounce needs only its text and headers: save the message without its attachments and try again.</source>
        <translation>ファイルは %1 MB です。Rebound が読めるのは %2 MB までです。バウンスに必要なのは本文とヘッダーだけです: 添付ファイルを除いてメッセージを保存し、もう一度お試しください。</translation>
    </message>
    <message>
        <source>This is a binary file, not mail or text (more than 1 in 20 of its first bytes are NUL or control bytes). Rebound reads bounces saved as .eml, .txt, .mbox or .log.</source>
        <translation>これはバイナリファイルで、メールやテキストではありません (先頭のバイトの 20 分の 1 を超えるものが NUL または制御バイトです)。Rebound は .eml、.txt、.mbox、.log として保存されたバウンスを読み込みます。</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8, so it was read as Latin-1; some characters may show wrongly, the addresses and codes are unaffected</source>
        <translation>ファイルが正しい UTF-8 ではないため Latin-1 として読み込みました。一部の文字が正しく表示されない場合がありますが、アドレスとコードには影響しません</translation>
    </message>
    <message>
        <source>This file is compressed. Unpack it, then open the message inside (saved as .eml, .txt, .mbox or .log).</source>
        <translation>このファイルは圧縮されています。展開してから、中のメッセージ（.eml、.txt、.mbox、.log として保存されたもの）を開いてください。</translation>
    </message>
    <message>
        <source>This is an Outlook .msg file, a binary format. Save the message as .eml, or paste its text and its Internet headers here.</source>
        <translation>これは Outlook の .msg ファイル（バイナリ形式）です。メッセージを .eml として保存するか、本文とインターネット ヘッダーをここに貼り付けてください。</translation>
    </message>
    <message>
        <source>This is a PDF document. Paste the bounce&apos;s text here, or open the message saved as .eml.</source>
        <translation>これは PDF 文書です。バウンスの本文をここに貼り付けるか、.eml として保存したメッセージを開いてください。</translation>
    </message>
</context>
<context>
    <name>rebound::ui::JsonTreeModel</name>
    <message>
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message numerus="yes">
        <source>{%n key(s)}</source>
        <translation>
            <numerusform>{キー %n 個}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[項目 %n 個]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rebound::ui::LinkOpener</name>
    <message>
        <source>Not a web page</source>
        <translation>Web ページではありません</translation>
    </message>
    <message>
        <source>This link is not a web address and will not be opened:</source>
        <translation>このリンクは Web アドレスではないため開きません:</translation>
    </message>
    <message>
        <source>Open in browser?</source>
        <translation>ブラウザーで開きますか?</translation>
    </message>
    <message>
        <source>Open &quot;%1&quot; in your web browser?</source>
        <translation>「%1」を Web ブラウザーで開きますか?</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>開く(&amp;O)</translation>
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
        <translation>チェックの進捗</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>準備完了</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>%1 を開けませんでした</translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation>検出: %1</translation>
    </message>
    <message>
        <source>Could not save to history: %1</source>
        <translation>履歴に保存できませんでした: %1</translation>
    </message>
    <message>
        <source>Paste a bounce, an SMTP reply or log line, an IP address, a range or a domain — or drop an .eml or .txt file here.</source>
        <translation>バウンス、SMTP 応答やログ行、IP アドレス、範囲、ドメインを貼り付けるか、.eml または .txt ファイルをここにドロップしてください。</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>入力</translation>
    </message>
    <message>
        <source>What the input was detected as</source>
        <translation>入力が何として検出されたか</translation>
    </message>
    <message>
        <source>&amp;Diagnose</source>
        <translation>診断(&amp;D)</translation>
    </message>
    <message>
        <source>Run the checks (Ctrl+Return)</source>
        <translation>チェックを実行 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Stop the checks and keep what finished (Esc)</source>
        <translation>チェックを止めて完了分を保持 (Esc)</translation>
    </message>
    <message>
        <source>Checks and their state</source>
        <translation>チェックとその状態</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Bounce</source>
        <translation>バウンス</translation>
    </message>
    <message>
        <source>Blocklists</source>
        <translation>ブロックリスト</translation>
    </message>
    <message>
        <source>Reverse DNS</source>
        <translation>逆引きDNS</translation>
    </message>
    <message>
        <source>SPF evaluation tree</source>
        <translation>SPF 評価ツリー</translation>
    </message>
    <message>
        <source>SPF</source>
        <translation>SPF</translation>
    </message>
    <message>
        <source>DMARC and DKIM records</source>
        <translation>DMARC と DKIM のレコード</translation>
    </message>
    <message>
        <source>DMARC &amp;&amp; DKIM</source>
        <translation>DMARC &amp;&amp; DKIM</translation>
    </message>
    <message>
        <source>MX records and SMTP transcript</source>
        <translation>MX レコードと SMTP の記録</translation>
    </message>
    <message>
        <source>MX &amp;&amp; SMTP</source>
        <translation>MX &amp;&amp; SMTP</translation>
    </message>
    <message>
        <source>Raw evidence</source>
        <translation>生の証拠</translation>
    </message>
    <message>
        <source>Raw DNS evidence</source>
        <translation>DNS の生の証拠</translation>
    </message>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>Search history</source>
        <translation>履歴を検索</translation>
    </message>
    <message>
        <source>Earlier runs</source>
        <translation>過去の実行</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>開く(&amp;O)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>エクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>Copy Diagnosis as &amp;Markdown</source>
        <translation>診断を Markdown でコピー(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>実行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>キャンセル(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Rebound</source>
        <translation>Rebound について(&amp;A)</translation>
    </message>
    <message>
        <source>About Rebound</source>
        <translation>Rebound について</translation>
    </message>
    <message>
        <source>Rebound %1
Finds out why your mail bounced and what to do about it.</source>
        <translation>Rebound %1
メールがバウンスした理由と、その対処法を見つけます。</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt について(&amp;Q)</translation>
    </message>
    <message>
        <source>Nothing to diagnose: paste a bounce, an IP address or a domain first.</source>
        <translation>診断するものがありません: まずバウンス、IP アドレス、またはドメインを貼り付けてください。</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>The resolver list in Settings is not valid: %1</source>
        <translation>設定のリゾルバー一覧が正しくありません: %1</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>開始しています…</translation>
    </message>
    <message>
        <source>Cancelling; finished checks are kept…</source>
        <translation>キャンセルしています。完了したチェックは保持します…</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %1 of %n check(s) finished.</source>
        <translation>
            <numerusform>キャンセルしました: %n 件中 %1 件のチェックが完了。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Finished: %n check(s).</source>
        <translation>
            <numerusform>完了: %n 件のチェック。</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the input…</source>
        <translation>入力を読み取っています…</translation>
    </message>
    <message>
        <source>Running checks: %1 of %2 finished. Esc cancels.</source>
        <translation>チェック実行中: %2 件中 %1 件完了。Esc でキャンセル。</translation>
    </message>
    <message>
        <source>Not checked: SPF is checked for a domain, or for the sender&apos;s domain found in a bounce.</source>
        <translation>未確認: SPF はドメイン、またはバウンスから見つかった送信者ドメインについて確認します。</translation>
    </message>
    <message>
        <source>No SPF record found.</source>
        <translation>SPF レコードが見つかりません。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>not evaluated</source>
        <translation>未評価</translation>
    </message>
    <message>
        <source>Bounce analysis</source>
        <translation>バウンスの解析</translation>
    </message>
    <message>
        <source>Open a bounce or a saved session</source>
        <translation>バウンスまたは保存したセッションを開く</translation>
    </message>
    <message>
        <source>Mail and text (*.eml *.txt *.mbox *.log *.msg);;Rebound sessions and reports (*.json *.pdf);;All files (*)</source>
        <translation>メールとテキスト (*.eml *.txt *.mbox *.log *.msg);;Rebound のセッションとレポート (*.json *.pdf);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>A diagnosis is running.</source>
        <translation>診断を実行中です。</translation>
    </message>
    <message>
        <source>Showing the session saved in %1.</source>
        <translation>%1 に保存されたセッションを表示しています。</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>%1 にエクスポートしました</translation>
    </message>
    <message>
        <source>Diagnosis copied as Markdown (personal data masked).</source>
        <translation>診断を Markdown としてコピーしました (個人データはマスク済み)。</translation>
    </message>
    <message>
        <source>Could not open that run: %1</source>
        <translation>その実行を開けませんでした: %1</translation>
    </message>
    <message>
        <source>Showing the run of %1.</source>
        <translation>%1 の実行を表示しています。</translation>
    </message>
    <message>
        <source>Could not delete: %1</source>
        <translation>削除できませんでした: %1</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>貼り付け</translation>
    </message>
    <message>
        <source>The text was not pasted.</source>
        <translation>テキストは貼り付けられませんでした。</translation>
    </message>
    <message>
        <source>Detected from the first %1 lines: %2</source>
        <translation>最初の %1 行から検出: %2</translation>
    </message>
    <message>
        <source>Chec&amp;ks</source>
        <translation>チェック(&amp;K)</translation>
    </message>
    <message>
        <source>Re-r&amp;un</source>
        <translation>再実行(&amp;U)</translation>
    </message>
    <message>
        <source>Dele&amp;te</source>
        <translation>削除(&amp;T)</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 を開きました</translation>
    </message>
    <message>
        <source>Opened %1: %2</source>
        <translation>%1 を開きました: %2</translation>
    </message>
    <message>
        <source>Show &amp;whole input</source>
        <translation>入力全体を表示(&amp;W)</translation>
    </message>
    <message>
        <source>e.g. s1 or google (from the DKIM-Signature&apos;s s= tag)</source>
        <translation>例: s1 や google (DKIM-Signature の s= タグから)</translation>
    </message>
    <message>
        <source>DKIM selector to check</source>
        <translation>チェックする DKIM セレクター</translation>
    </message>
    <message>
        <source>DKIM se&amp;lector:</source>
        <translation>DKIM セレクター(&amp;S):</translation>
    </message>
    <message>
        <source>Check a&amp;gain</source>
        <translation>再チェック(&amp;G)</translation>
    </message>
    <message>
        <source>Diagnose the input again, also looking for the DKIM key of this selector</source>
        <translation>このセレクターの DKIM キーも探して、入力をもう一度診断します</translation>
    </message>
    <message>
        <source>Findings: pass, warning or fail, and why</source>
        <translation>検出結果: 合格、警告、失敗とその理由</translation>
    </message>
    <message>
        <source>Out of date: the input has changed since these results were made. Press Diagnose (Ctrl+Return) to check what is in the box now.</source>
        <translation>古い結果: これらの結果を出した後に入力が変更されています。「診断」(Ctrl+Enter) を押して、現在の入力内容をチェックしてください。</translation>
    </message>
    <message>
        <source>Rebound (results out of date)</source>
        <translation>Rebound (結果が古くなっています)</translation>
    </message>
    <message>
        <source>DKIM selector</source>
        <translation>DKIM セレクター</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a DKIM selector.</source>
        <translation>「%1」は DKIM セレクターではありません。</translation>
    </message>
    <message>
        <source>A selector is one or more DNS labels: letters, digits, hyphens and underscores, separated by dots (RFC 6376 3.1).</source>
        <translation>セレクターは 1 つ以上の DNS ラベルで、英字、数字、ハイフン、アンダースコアをドットで区切ったものです (RFC 6376 3.1)。</translation>
    </message>
    <message>
        <source>Shrink &amp;input</source>
        <translation>入力を縮小(&amp;I)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Open &amp;Reports…</source>
        <translation>レポートを開く(&amp;R)…</translation>
    </message>
    <message>
        <source>DMARC and TLS &amp;Reports</source>
        <translation>DMARC と TLS のレポート(&amp;R)</translation>
    </message>
    <message>
        <source>Record: %1
Result: %2 · DNS lookups: %3 of %4 · void lookups: %5 of %6</source>
        <translation>レコード: %1
結果: %2 · DNS ルックアップ: %3 / %4 · 空のルックアップ: %5 / %6</translation>
    </message>
    <message>
        <source>DMARC and TLS reports — Rebound</source>
        <translation>DMARC と TLS のレポート — Rebound</translation>
    </message>
    <message>
        <source>Show in the &amp;Reports window</source>
        <translation>レポートウィンドウで表示(&amp;N)</translation>
    </message>
    <message>
        <source>Open the diagnosed report in the Reports window: the chart and the table of every source</source>
        <translation>診断したレポートをレポートウィンドウで開きます: グラフとすべての送信元の表</translation>
    </message>
    <message>
        <source>the diagnosed input</source>
        <translation>診断した入力</translation>
    </message>
    <message>
        <source>Microsoft &amp;SNDS</source>
        <translation>Microsoft SNDS(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Watch</source>
        <translation>監視(&amp;W)</translation>
    </message>
    <message>
        <source>Watch — Rebound</source>
        <translation>監視 — Rebound</translation>
    </message>
    <message>
        <source>Rebound is watching</source>
        <translation>Rebound が監視中です</translation>
    </message>
    <message>
        <source>&amp;Show Rebound</source>
        <translation>Rebound を表示(&amp;S)</translation>
    </message>
    <message>
        <source>Show &amp;Watch</source>
        <translation>監視を表示(&amp;W)</translation>
    </message>
    <message>
        <source>Watch: %1</source>
        <translation>監視: %1</translation>
    </message>
    <message numerus="yes">
        <source>Watch: %n change(s). View &gt; Watch shows them.</source>
        <translation>
            <numerusform>監視: %n 件の変化がありました。表示 &gt; 監視 で確認できます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Rebound watch</source>
        <translation>Rebound の監視</translation>
    </message>
    <message>
        <source>Google &amp;Postmaster Tools</source>
        <translation>Google Postmaster Tools(&amp;P)</translation>
    </message>
</context>
<context>
    <name>rebound::ui::MessageView</name>
    <message>
        <source>not checked</source>
        <translation>未確認</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Message analysis</source>
        <translation>メッセージの解析</translation>
    </message>
    <message>
        <source>Message results: pass, warning and fail</source>
        <translation>メッセージの結果: 合格、警告、失敗</translation>
    </message>
    <message>
        <source>Parts of the message analysis</source>
        <translation>メッセージ解析の各部</translation>
    </message>
    <message>
        <source>Hop</source>
        <translation>ホップ</translation>
    </message>
    <message>
        <source>From</source>
        <translation>送信元 (from)</translation>
    </message>
    <message>
        <source>By</source>
        <translation>受信 (by)</translation>
    </message>
    <message>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>プロトコル</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>時刻 (UTC)</translation>
    </message>
    <message>
        <source>Delay (s)</source>
        <translation>遅延 (秒)</translation>
    </message>
    <message>
        <source>First external</source>
        <translation>最初の外部ホップ</translation>
    </message>
    <message>
        <source>Route: one row per Received field, oldest first</source>
        <translation>経路: Received フィールドごとに 1 行、古い順</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>経路</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>ドメイン</translation>
    </message>
    <message>
        <source>Selector</source>
        <translation>セレクター</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>アルゴリズム</translation>
    </message>
    <message>
        <source>Canonicalization</source>
        <translation>正規化</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Body hash</source>
        <translation>本文ハッシュ</translation>
    </message>
    <message>
        <source>Key bits</source>
        <translation>キー長 (ビット)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>DKIM signatures</source>
        <translation>DKIM 署名</translation>
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
        <translation>シール元</translation>
    </message>
    <message>
        <source>Seal</source>
        <translation>シール</translation>
    </message>
    <message>
        <source>Message signature</source>
        <translation>メッセージ署名</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>記録元</translation>
    </message>
    <message>
        <source>Compared with Rebound</source>
        <translation>Rebound との比較</translation>
    </message>
    <message>
        <source>ARC instances</source>
        <translation>ARC インスタンス</translation>
    </message>
    <message>
        <source>ARC</source>
        <translation>ARC</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>書き込み元</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>信頼性</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Authentication-Results fields</source>
        <translation>Authentication-Results フィールド</translation>
    </message>
    <message>
        <source>Authentication-Results</source>
        <translation>Authentication-Results</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>ルール</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>出典</translation>
    </message>
    <message>
        <source>Bulk-sender checklist</source>
        <translation>大量送信者のチェックリスト</translation>
    </message>
    <message>
        <source>Bulk-sender rules</source>
        <translation>大量送信者のルール</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The header block a bounce returned: the route, the domains and the sending address can be trusted; no DKIM signature can pass without the body.</source>
        <translation>バウンスで返送されたヘッダーブロックです: 経路、ドメイン、送信アドレスは信頼できます。本文がないと DKIM 署名は合格できません。</translation>
    </message>
    <message>
        <source>The copy a bounce returned: the route, the domains and the sending address can be trusted; a DKIM failure may come from the reporting server re-encoding the copy.</source>
        <translation>バウンスで返送されたコピーです: 経路、ドメイン、送信アドレスは信頼できます。DKIM の失敗は、報告したサーバーがコピーを再エンコードしたことによる可能性があります。</translation>
    </message>
    <message>
        <source>first external hop</source>
        <translation>最初の外部ホップ</translation>
    </message>
    <message>
        <source>%1 for %2: sealer %3, Rebound %4</source>
        <translation>%2 の %1: シーラー %3、Rebound %4</translation>
    </message>
    <message>
        <source>trusted (the receiver)</source>
        <translation>信頼済み (受信側)</translation>
    </message>
    <message>
        <source>a claim</source>
        <translation>主張のみ</translation>
    </message>
</context>
<context>
    <name>rebound::ui::PostmasterView</name>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>■ %1: at or over the 0.3 % limit</source>
        <translation>■ %1: 上限 0.3% 以上</translation>
    </message>
    <message>
        <source>▲ %1: over the 0.1 % target</source>
        <translation>▲ %1: 目標 0.1% 超</translation>
    </message>
    <message>
        <source>● %1: under the 0.1 % target</source>
        <translation>● %1: 目標 0.1% 未満</translation>
    </message>
    <message>
        <source>? unknown</source>
        <translation>? 不明</translation>
    </message>
    <message>
        <source>● Compliant</source>
        <translation>● 準拠</translation>
    </message>
    <message>
        <source>■ Needs work: %1</source>
        <translation>■ 要対応: %1</translation>
    </message>
    <message>
        <source>Google Postmaster Tools</source>
        <translation>Google Postmaster Tools</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>ドメイン</translation>
    </message>
    <message>
        <source>User-reported spam rate</source>
        <translation>ユーザー報告による迷惑メール率</translation>
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
        <translation>コンプライアンス</translation>
    </message>
    <message>
        <source>Data of</source>
        <translation>データの日付</translation>
    </message>
    <message>
        <source>Google Postmaster Tools data per domain</source>
        <translation>ドメインごとの Google Postmaster Tools データ</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <source>No Google account is connected: enter your OAuth client in Settings &gt; Google Postmaster Tools and press Connect.</source>
        <translation>Google アカウントが接続されていません: 「設定 &gt; Google Postmaster Tools」で OAuth クライアントを入力し、「接続」を押してください。</translation>
    </message>
    <message>
        <source>Reading Google Postmaster Tools…</source>
        <translation>Google Postmaster Tools を読み取っています…</translation>
    </message>
    <message>
        <source>Postmaster Tools lists no domain for this account.</source>
        <translation>Postmaster Tools にはこのアカウントのドメインがありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n domain(s).</source>
        <translation>
            <numerusform>%n 件のドメイン。</numerusform>
        </translation>
    </message>
    <message>
        <source>Google Postmaster Tools could not be read: %1</source>
        <translation>Google Postmaster Tools を読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>データなし</translation>
    </message>
    <message>
        <source>%1 (from the cache)</source>
        <translation>%1 (キャッシュから)</translation>
    </message>
    <message>
        <source>could not check: %1</source>
        <translation>確認できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>rebound::ui::ReportsSourceModel</name>
    <message>
        <source>Your SPF-authorised sender</source>
        <translation>SPF で承認された自分の送信者</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Unknown (signed like %1)</source>
        <translation>不明 (%1 と同様の署名)</translation>
    </message>
    <message>
        <source>Unauthorised sender</source>
        <translation>未承認の送信者</translation>
    </message>
    <message>
        <source>Sending service not aligned: align DKIM</source>
        <translation>送信サービスがアライメントしていません: DKIM をアライメントさせてください</translation>
    </message>
    <message>
        <source>Forwarding</source>
        <translation>転送</translation>
    </message>
    <message>
        <source>Passes DMARC</source>
        <translation>DMARC 合格</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>ドメイン</translation>
    </message>
    <message>
        <source>Source IP</source>
        <translation>送信元 IP</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>送信者</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>メッセージ数</translation>
    </message>
    <message>
        <source>DMARC pass</source>
        <translation>DMARC 合格率</translation>
    </message>
    <message>
        <source>SPF aligned</source>
        <translation>SPF アライメント率</translation>
    </message>
    <message>
        <source>DKIM aligned</source>
        <translation>DKIM アライメント率</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>処理</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>報告元</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
</context>
<context>
    <name>rebound::ui::ReportsView</name>
    <message>
        <source>Open Reports…</source>
        <translation>レポートを開く…</translation>
    </message>
    <message>
        <source>Open Folder…</source>
        <translation>フォルダーを開く…</translation>
    </message>
    <message>
        <source>Check sources live (SPF, reverse DNS)</source>
        <translation>送信元をライブチェック (SPF、逆引きDNS)</translation>
    </message>
    <message>
        <source>Ask DNS whether each source is authorised by the domain&apos;s own SPF record, and for its reverse DNS name.</source>
        <translation>各送信元がドメイン自身の SPF レコードで承認されているかと、その逆引きDNS名を DNS に問い合わせます。</translation>
    </message>
    <message>
        <source>Drop DMARC aggregate or TLS reports here (.xml, .gz, .zip, .json, .eml or a folder), or open them.</source>
        <translation>DMARC 集約レポートまたは TLS レポート (.xml、.gz、.zip、.json、.eml またはフォルダー) をここにドロップするか、開いてください。</translation>
    </message>
    <message>
        <source>Messages and DMARC pass rate per day</source>
        <translation>日ごとのメッセージ数と DMARC 合格率</translation>
    </message>
    <message>
        <source>Sources of the reports</source>
        <translation>レポートの送信元</translation>
    </message>
    <message>
        <source>Findings of the reports</source>
        <translation>レポートの検出結果</translation>
    </message>
    <message>
        <source>Files that were not read</source>
        <translation>読み込めなかったファイル</translation>
    </message>
    <message>
        <source>Open DMARC or TLS reports</source>
        <translation>DMARC または TLS レポートを開く</translation>
    </message>
    <message>
        <source>Reports (*.xml *.gz *.zip *.json *.eml);;All files (*)</source>
        <translation>レポート (*.xml *.gz *.zip *.json *.eml);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Open a folder of reports</source>
        <translation>レポートのフォルダーを開く</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n path(s)…</source>
        <translation>
            <numerusform>%n 件のパスを読み込んでいます…</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the sources live…</source>
        <translation>送信元をライブチェックしています…</translation>
    </message>
    <message>
        <source>Every file was read.</source>
        <translation>すべてのファイルを読み込みました。</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>メッセージ数</translation>
    </message>
    <message>
        <source>DMARC pass rate (%)</source>
        <translation>DMARC 合格率 (%)</translation>
    </message>
    <message>
        <source>Pass rate (%)</source>
        <translation>合格率 (%)</translation>
    </message>
    <message>
        <source>Check the health of %1</source>
        <translation>%1 の健全性をチェック</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 を読み込んでいます…</translation>
    </message>
    <message numerus="yes">
        <source>%1 DMARC and %2 TLS reports, %3 messages, %4 pass DMARC; %5 TLS sessions failed. %n file(s) not read.</source>
        <translation>
            <numerusform>DMARC レポート %1 件、TLS レポート %2 件、メッセージ %3 通 (DMARC 合格 %4)。失敗した TLS セッション %5 件。読み込めなかったファイル %n 件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Day, %1 to %2</source>
        <translation>日 (%1 ～ %2)</translation>
    </message>
</context>
<context>
    <name>rebound::ui::ResolverTester</name>
    <message>
        <source>Asked %1 through %2 in %3 ms.</source>
        <translation>%2 経由で %1 を問い合わせました (%3 ms)。</translation>
    </message>
    <message>
        <source>Works: the test point is listed (%1), as RFC 5782 requires.</source>
        <translation>正常: RFC 5782 の要求どおり、テストポイントが掲載されています (%1)。</translation>
    </message>
    <message>
        <source>Unexpected answer %1: blocklist results through this resolver cannot be trusted.</source>
        <translation>予期しない応答 %1: このリゾルバー経由のブロックリストの結果は信頼できません。</translation>
    </message>
    <message>
        <source>The test point is not listed through this resolver (%1). Spamhaus answers this way to public resolvers, so every address would look clean. Use another resolver or a DQS key.</source>
        <translation>このリゾルバー経由ではテストポイントが掲載されていません (%1)。Spamhaus はパブリックリゾルバーにこう応答するため、どのアドレスもクリーンに見えてしまいます。別のリゾルバーか DQS キーを使ってください。</translation>
    </message>
    <message>
        <source>No usable answer (%1%2).</source>
        <translation>使える応答がありません (%1%2)。</translation>
    </message>
    <message>
        <source>Spamhaus refused this resolver or key: %1. %2</source>
        <translation>Spamhaus がこのリゾルバーまたはキーを拒否しました: %1。%2</translation>
    </message>
</context>
<context>
    <name>rebound::ui::RouteTimeline</name>
    <message>
        <source>time unknown</source>
        <translation>時刻不明</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 時間</numerusform>
        </translation>
    </message>
    <message>
        <source>Route timeline</source>
        <translation>経路タイムライン</translation>
    </message>
    <message>
        <source>No Received fields: the route is not known.</source>
        <translation>Received フィールドがありません: 経路は不明です。</translation>
    </message>
    <message>
        <source>Hop %1: received by %2 from %3 after %4, %5.</source>
        <translation>ホップ %1: %2 が %3 から受信 (遅延: %4、%5)。</translation>
    </message>
    <message>
        <source>an unnamed server</source>
        <translation>名前のないサーバー</translation>
    </message>
    <message>
        <source>an unknown address</source>
        <translation>不明なアドレス</translation>
    </message>
    <message>
        <source>over TLS</source>
        <translation>TLS あり</translation>
    </message>
    <message>
        <source>without TLS</source>
        <translation>TLS なし</translation>
    </message>
    <message>
        <source>This is the first hop outside the sender&apos;s network.</source>
        <translation>これは送信者のネットワーク外の最初のホップです。</translation>
    </message>
    <message>
        <source>no TLS</source>
        <translation>TLS なし</translation>
    </message>
    <message>
        <source>first external</source>
        <translation>最初の外部</translation>
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
        <translation>設定</translation>
    </message>
    <message>
        <source>&amp;DNS</source>
        <translation>DNS(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Blocklists</source>
        <translation>ブロックリスト(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;SMTP</source>
        <translation>SMTP(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>一般(&amp;G)</translation>
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
        <translation>システムのリゾルバーを使う(&amp;Y) (resolv.conf)</translation>
    </message>
    <message>
        <source>192.0.2.53, [2001:db8::53]:53</source>
        <translation>192.0.2.53, [2001:db8::53]:53</translation>
    </message>
    <message>
        <source>Resolver servers</source>
        <translation>リゾルバーのサーバー</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>&amp;Test resolver</source>
        <translation>リゾルバーをテスト(&amp;T)</translation>
    </message>
    <message>
        <source>Why the resolver matters: Spamhaus and several other blocklists refuse queries that come through public resolvers (8.8.8.8, 1.1.1.1, 9.9.9.9 and most ISP resolvers that forward to them). They answer with an error code or simply &quot;not listed&quot; for every address, so a listed IP would look clean. Use a resolver of your own, or a Spamhaus DQS key. Rebound checks the test point of every list before trusting it and reports &quot;could not check&quot; instead of &quot;clean&quot; when it fails.</source>
        <translation>リゾルバーが重要な理由: Spamhaus などのブロックリストは、パブリックリゾルバー (8.8.8.8、1.1.1.1、9.9.9.9、およびそれらに転送するほとんどの ISP リゾルバー) 経由の問い合わせを拒否します。エラーコードを返すか、どのアドレスにも単に「未掲載」と答えるため、掲載された IP がクリーンに見えてしまいます。自前のリゾルバーか Spamhaus DQS キーを使ってください。Rebound は各リストを信頼する前にテストポイントを確認し、失敗した場合は「クリーン」ではなく「確認不可」と報告します。</translation>
    </message>
    <message>
        <source>Spamhaus DQS key</source>
        <translation>Spamhaus DQS キー</translation>
    </message>
    <message>
        <source>Enabled blocklists</source>
        <translation>有効なブロックリスト</translation>
    </message>
    <message>
        <source>list ids, comma-separated</source>
        <translation>リスト ID (カンマ区切り)</translation>
    </message>
    <message>
        <source>With a free DQS key, Spamhaus answers through any resolver, public ones included, and adds the ZRD and AuthBL lists.</source>
        <translation>無料の DQS キーがあれば、Spamhaus はパブリックリゾルバーを含むどのリゾルバー経由でも応答し、ZRD と AuthBL のリストも追加されます。</translation>
    </message>
    <message>
        <source>&amp;Lists to check:</source>
        <translation>確認するリスト(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Other lists to skip:</source>
        <translation>スキップする他のリスト(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Connect to mail servers (never sends mail)</source>
        <translation>メールサーバーに接続する(&amp;C) (メールは送信しません)</translation>
    </message>
    <message>
        <source>this machine&apos;s name</source>
        <translation>このマシンの名前</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>ポート(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>タイムアウト(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;EHLO name:</source>
        <translation>EHLO 名(&amp;E):</translation>
    </message>
    <message>
        <source>Port 25 is blocked by many home and cloud networks; the probe then reports &quot;could not connect&quot;, which says nothing about the server.</source>
        <translation>ポート 25 は多くの家庭用・クラウドのネットワークでブロックされています。その場合プローブは「接続できません」と報告しますが、サーバーについては何も示していません。</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>システムの言語</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>The language takes effect the next time Rebound starts.</source>
        <translation>言語は Rebound の次回起動時に反映されます。</translation>
    </message>
    <message>
        <source>✘ The server list is not valid: %1</source>
        <translation>✘ サーバー一覧が正しくありません: %1</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>%1 をテスト中…</translation>
    </message>
    <message>
        <source>The resolver list is not valid: %1</source>
        <translation>リゾルバー一覧が正しくありません: %1</translation>
    </message>
    <message>
        <source>Use these ser&amp;vers:</source>
        <translation>次のサーバーを使う(&amp;V):</translation>
    </message>
    <message>
        <source>Query ti&amp;meout:</source>
        <translation>問い合わせのタイムアウト(&amp;M):</translation>
    </message>
    <message>
        <source>Spamhaus DQS &amp;key:</source>
        <translation>Spamhaus DQS キー(&amp;K):</translation>
    </message>
    <message>
        <source>Show the key</source>
        <translation>キーを表示</translation>
    </message>
    <message>
        <source>Abusix Mail Intelligence key</source>
        <translation>Abusix Mail Intelligence キー</translation>
    </message>
    <message>
        <source>Abusi&amp;x key:</source>
        <translation>Abusix キー(&amp;X):</translation>
    </message>
    <message>
        <source>Microsoft SNDS key</source>
        <translation>Microsoft SNDS キー</translation>
    </message>
    <message>
        <source>Microsoft S&amp;NDS key:</source>
        <translation>Microsoft SNDS キー(&amp;N):</translation>
    </message>
    <message>
        <source>The SNDS Automated Data Access key (SNDS &gt; Automated Data Access) shows Microsoft&apos;s filter colour, complaint rate and trap hits for your IPs in the diagnosis and in View &gt; Microsoft SNDS. Empty the field to remove it.</source>
        <translation>SNDS の Automated Data Access キー (SNDS &gt; Automated Data Access) を設定すると、あなたの IP についての Microsoft のフィルターの色、苦情率、トラップ命中数が、診断と「表示 &gt; Microsoft SNDS」に表示されます。削除するには欄を空にしてください。</translation>
    </message>
    <message>
        <source>Probe &amp;mailboxes: ask the recipient&apos;s server whether it accepts an address (RCPT TO, no message sent)</source>
        <translation>メールボックスをプローブする(&amp;M): 受信者のサーバーにアドレスを受け付けるかを問い合わせます (RCPT TO、メッセージは送信しません)</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>you@example.com</translation>
    </message>
    <message>
        <source>Your &amp;address (MAIL FROM):</source>
        <translation>あなたのアドレス(&amp;A) (MAIL FROM):</translation>
    </message>
    <message>
        <source>Warning: receivers treat address probing like directory harvesting, and probing can get your sender address or this machine&apos;s IP listed. Rebound probes only an address you enter or one a bounce calls unknown, at most once per domain every 10 minutes, and never sends a message. Some servers accept every address; those are reported as &quot;cannot be verified by probing&quot;.</source>
        <translation>警告: 受信側はアドレスのプローブをディレクトリハーベスティングと同様に扱うため、プローブによって送信者アドレスやこのマシンの IP が掲載されることがあります。Rebound がプローブするのは、あなたが入力したアドレスか、バウンスで不明とされたアドレスだけで、1 ドメインにつき 10 分に最大 1 回とし、メッセージは一切送信しません。すべてのアドレスを受け付けるサーバーもあり、その場合は「プローブでは検証できません」と報告します。</translation>
    </message>
    <message>
        <source>Keep &amp;watching from the system tray when the window is closed</source>
        <translation>ウィンドウを閉じてもシステムトレイで監視を続ける(&amp;W)</translation>
    </message>
    <message>
        <source>Only when the desktop has a system tray and the watch list (View &gt; Watch) is not empty; File &gt; Quit always quits.</source>
        <translation>デスクトップにシステムトレイがあり、監視リスト (表示 &gt; 監視) が空でない場合のみ。「ファイル &gt; 終了」では常に終了します。</translation>
    </message>
    <message>
        <source>Mailbox probing needs your own email address as the sender (MAIL FROM).</source>
        <translation>メールボックスのプローブには、送信者 (MAIL FROM) としてあなた自身のメールアドレスが必要です。</translation>
    </message>
    <message>
        <source>Google Postmaster Tools</source>
        <translation>Google Postmaster Tools</translation>
    </message>
    <message>
        <source>OAuth client ID</source>
        <translation>OAuth クライアント ID</translation>
    </message>
    <message>
        <source>OAuth client secret</source>
        <translation>OAuth クライアントシークレット</translation>
    </message>
    <message>
        <source>Domains to show</source>
        <translation>表示するドメイン</translation>
    </message>
    <message>
        <source>every domain of the account</source>
        <translation>アカウントのすべてのドメイン</translation>
    </message>
    <message>
        <source>Co&amp;nnect…</source>
        <translation>接続(&amp;N)…</translation>
    </message>
    <message>
        <source>Disconnec&amp;t</source>
        <translation>切断(&amp;T)</translation>
    </message>
    <message>
        <source>Rebound reads Google Postmaster Tools (spam rate, authentication and TLS rates, compliance) with your own OAuth client: in the Google Cloud console, enable the Gmail Postmaster Tools API and create an OAuth client of type Desktop app. Connect opens Google&apos;s sign-in in your browser; the access Rebound asks for is read-only, and the token is kept in the system keychain.</source>
        <translation>Rebound は、あなた自身の OAuth クライアントを使って Google Postmaster Tools (迷惑メール率、認証率と TLS 率、コンプライアンス) を読み取ります: Google Cloud コンソールで Gmail Postmaster Tools API を有効にし、種類が「デスクトップ アプリ」の OAuth クライアントを作成してください。「接続」を押すと、ブラウザーで Google のサインイン画面が開きます。Rebound が求めるアクセスは読み取り専用で、トークンはシステムのキーチェーンに保存されます。</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>クライアント ID(&amp;I):</translation>
    </message>
    <message>
        <source>Client sec&amp;ret:</source>
        <translation>クライアントシークレット(&amp;R):</translation>
    </message>
    <message>
        <source>D&amp;omains:</source>
        <translation>ドメイン(&amp;O):</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>未接続です。</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>接続済みです。</translation>
    </message>
    <message>
        <source>Enter the client ID of your own OAuth client (Desktop app) first.</source>
        <translation>まず、自分の OAuth クライアント (デスクトップ アプリ) のクライアント ID を入力してください。</translation>
    </message>
    <message>
        <source>Sign in to Google</source>
        <translation>Google にサインイン</translation>
    </message>
    <message>
        <source>Google granted read-only access.</source>
        <translation>Google が読み取り専用のアクセスを許可しました。</translation>
    </message>
    <message>
        <source>Waiting for the sign-in in your browser…</source>
        <translation>ブラウザーでのサインインを待っています…</translation>
    </message>
    <message>
        <source>Google revoked the access.</source>
        <translation>Google がアクセスを取り消しました。</translation>
    </message>
    <message>
        <source>The token is deleted, but Google could not be told (%1): remove Rebound&apos;s access at myaccount.google.com/permissions.</source>
        <translation>トークンは削除しましたが、Google に通知できませんでした (%1): myaccount.google.com/permissions で Rebound のアクセス権を削除してください。</translation>
    </message>
    <message>
        <source>Revoking…</source>
        <translation>取り消しています…</translation>
    </message>
</context>
<context>
    <name>rebound::ui::SndsView</name>
    <message>
        <source>● Green</source>
        <translation>● 緑</translation>
    </message>
    <message>
        <source>▲ Yellow</source>
        <translation>▲ 黄</translation>
    </message>
    <message>
        <source>■ Red</source>
        <translation>■ 赤</translation>
    </message>
    <message>
        <source>? Unknown</source>
        <translation>? 不明</translation>
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
        <translation>フィルター結果</translation>
    </message>
    <message>
        <source>Complaint rate</source>
        <translation>苦情率</translation>
    </message>
    <message>
        <source>Trap hits</source>
        <translation>トラップ命中数</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>受信者数</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>ブロック</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <source>No SNDS key: paste your Automated Data Access key in Settings &gt; Blocklists (sendersupport.olc.protection.outlook.com/snds, Automated Data Access).</source>
        <translation>SNDS キーがありません: 「設定 &gt; ブロックリスト」に Automated Data Access キーを貼り付けてください (sendersupport.olc.protection.outlook.com/snds、Automated Data Access)。</translation>
    </message>
    <message>
        <source>Fetching SNDS data…</source>
        <translation>SNDS データを取得しています…</translation>
    </message>
    <message>
        <source>Data of %1, fetched %2.</source>
        <translation>%1 のデータ (%2 に取得)。</translation>
    </message>
    <message>
        <source>SNDS has no data for your IPs.</source>
        <translation>SNDS にはあなたの IP のデータがありません。</translation>
    </message>
    <message>
        <source>SNDS could not be read: %1</source>
        <translation>SNDS を読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>Shown from the cache:</source>
        <translation>キャッシュから表示:</translation>
    </message>
    <message>
        <source>Yes: %1</source>
        <translation>はい: %1</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
</context>
<context>
    <name>rebound::ui::SpfTreeModel</name>
    <message>
        <source>Record / term</source>
        <translation>レコード / 項目</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>no SPF record: %1</source>
        <translation>SPF レコードなし: %1</translation>
    </message>
    <message>
        <source>◀ decided: %1</source>
        <translation>◀ 決定: %1</translation>
    </message>
    <message>
        <source>matched</source>
        <translation>一致</translation>
    </message>
    <message>
        <source>no match</source>
        <translation>不一致</translation>
    </message>
    <message>
        <source>error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>未到達</translation>
    </message>
    <message>
        <source>lookup %1 of %2: %3</source>
        <translation>ルックアップ %1 / %2: %3</translation>
    </message>
</context>
<context>
    <name>rebound::ui::WatchController</name>
    <message>
        <source>%1 is already watched.</source>
        <translation>%1 はすでに監視しています。</translation>
    </message>
    <message>
        <source>The resolver settings are not valid: %1</source>
        <translation>リゾルバーの設定が有効ではありません: %1</translation>
    </message>
    <message>
        <source>Cannot start the resolver: %1</source>
        <translation>リゾルバーを開始できません: %1</translation>
    </message>
</context>
<context>
    <name>rebound::ui::WatchTargetsModel</name>
    <message>
        <source>Not checked yet</source>
        <translation>未確認</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>未実施</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>最新の変化</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>最終確認</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n checks) since %2</source>
        <translation>
            <numerusform>%1 (%n 件のチェック) %2 以降</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2) since %3</source>
        <translation>%1 (%2) %3 以降</translation>
    </message>
    <message>
        <source>Worst current state</source>
        <translation>現在の最も悪い状態</translation>
    </message>
</context>
<context>
    <name>rebound::ui::WatchTimelineModel</name>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>変化</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>詳細</translation>
    </message>
</context>
<context>
    <name>rebound::ui::WatchView</name>
    <message>
        <source>Target to watch</source>
        <translation>監視する対象</translation>
    </message>
    <message>
        <source>203.0.113.7, 198.51.100.0/24 6h or example.com 1d</source>
        <translation>203.0.113.7, 198.51.100.0/24 6h または example.com 1d</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>削除(&amp;M)</translation>
    </message>
    <message>
        <source>Check &amp;now</source>
        <translation>今すぐ確認(&amp;N)</translation>
    </message>
    <message>
        <source>Check every target now, whatever its schedule (F5)</source>
        <translation>スケジュールにかかわらず、すべての対象を今すぐ確認します (F5)</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>対象(&amp;T):</translation>
    </message>
    <message>
        <source>IPs are checked every hour and domains every day (a target may say otherwise: &quot;6h&quot;, &quot;1d&quot;), never more often than the lists&apos; limits allow.</source>
        <translation>IP は 1 時間ごと、ドメインは 1 日ごとに確認します (対象ごとに「6h」「1d」のように指定することもできます)。リストの制限で許される以上の頻度では確認しません。</translation>
    </message>
    <message>
        <source>Watched targets</source>
        <translation>監視中の対象</translation>
    </message>
    <message>
        <source>Timeline of the selected target</source>
        <translation>選択した対象のタイムライン</translation>
    </message>
    <message>
        <source>T&amp;imeline of the selected target:</source>
        <translation>選択した対象のタイムライン(&amp;I):</translation>
    </message>
    <message>
        <source>Remove Target</source>
        <translation>対象を削除</translation>
    </message>
    <message>
        <source>Check Now</source>
        <translation>今すぐ確認</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>確認中…</translation>
    </message>
    <message>
        <source>The watch could not run: %1</source>
        <translation>監視を実行できませんでした: %1</translation>
    </message>
    <message>
        <source>Checked: nothing changed.</source>
        <translation>確認しました: 変化はありません。</translation>
    </message>
    <message numerus="yes">
        <source>Checked: %n change(s).</source>
        <translation>
            <numerusform>確認しました: %n 件の変化があります。</numerusform>
        </translation>
    </message>
    <message>
        <source>The watch database could not be opened: %1</source>
        <translation>監視データベースを開けませんでした: %1</translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <translation>追加されませんでした: %1</translation>
    </message>
    <message>
        <source>Added. It is checked within a minute.</source>
        <translation>追加しました。1 分以内に確認します。</translation>
    </message>
</context>
<context>
    <name>rebound::ui::WatchWords</name>
    <message>
        <source>%1: newly listed on %2</source>
        <translation>%1: %2 に新たに掲載されました</translation>
    </message>
    <message>
        <source>%1: no longer listed on %2</source>
        <translation>%1: %2 への掲載が解除されました</translation>
    </message>
    <message>
        <source>%1: %2 changed to %3</source>
        <translation>%1: %2 が %3 に変わりました</translation>
    </message>
    <message>
        <source>%1: %2 is missing or broken</source>
        <translation>%1: %2 が欠落しているか不備があります</translation>
    </message>
    <message>
        <source>%1: %2 is sound again</source>
        <translation>%1: %2 が正常に戻りました</translation>
    </message>
    <message>
        <source>%1: could not check %2</source>
        <translation>%1: %2 を確認できませんでした</translation>
    </message>
    <message>
        <source>%1: %2 can be checked again</source>
        <translation>%1: %2 を再び確認できるようになりました</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>ほか %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>blocklist</source>
        <translation>ブロックリスト</translation>
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
        <translation>掲載</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>欠落</translation>
    </message>
    <message>
        <source>Broken</source>
        <translation>不備</translation>
    </message>
    <message>
        <source>Could not check</source>
        <translation>確認不可</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>未問い合わせ</translation>
    </message>
    <message>
        <source>Newly listed</source>
        <translation>新たに掲載</translation>
    </message>
    <message>
        <source>Delisted</source>
        <translation>掲載解除</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>変化</translation>
    </message>
    <message>
        <source>Broke</source>
        <translation>不備が発生</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>修正済み</translation>
    </message>
    <message>
        <source>Checked again</source>
        <translation>再び確認可能</translation>
    </message>
    <message>
        <source>Microsoft SNDS</source>
        <translation>Microsoft SNDS</translation>
    </message>
    <message>
        <source>MTA-STS mode</source>
        <translation>MTA-STS モード</translation>
    </message>
    <message>
        <source>TLS certificate</source>
        <translation>TLS 証明書</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>緑</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>黄</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>赤</translation>
    </message>
    <message>
        <source>No SNDS data</source>
        <translation>SNDS データなし</translation>
    </message>
    <message>
        <source>Near expiry</source>
        <translation>期限切れ間近</translation>
    </message>
    <message>
        <source>No STARTTLS</source>
        <translation>STARTTLS なし</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>Invalid certificate</source>
        <translation>無効な証明書</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>要注意</translation>
    </message>
    <message>
        <source>%1: the certificate of %2: %3</source>
        <translation>%1: %2 の証明書: %3</translation>
    </message>
    <message>
        <source>%1: %2 needs attention</source>
        <translation>%1: %2 に注意が必要です</translation>
    </message>
</context>
</TS>
