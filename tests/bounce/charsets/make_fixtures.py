#!/usr/bin/python3
"""Writes one bounce per charset (tests/bounce/charsets/*.eml) and expected.json.

Run once at authoring time; the .eml files are committed. The bytes come from Python's own codecs,
independent of ICU, so test_bounce_charsets checks Rebound's decoding against a second implementation.
Each fixture is a Postfix-style bounce whose text part (in the charset, with a transfer encoding)
carries the server's reply in the charset's language, and whose Subject is an RFC 2047 encoded-word
in the same charset (B and Q alternately).
"""
import base64
import json
import os
import quopri

HERE = os.path.dirname(os.path.abspath(__file__))

JA = "宛先のメールボックスは存在しません"
ZH_S = "收件人邮箱不存在，请检查地址"
ZH_T = "收件人信箱不存在，請檢查地址"
KO = "받는 사람의 메일함이 없습니다"
RU = "Почтовый ящик получателя не существует"
UK = "Поштова скринька отримувача не існує ґ"
PL = "Skrzynka odbiorcy nie istnieje: żółć"
CS = "Schránka příjemce neexistuje: ěščřž"
EL = "Το γραμματοκιβώτιο του παραλήπτη δεν υπάρχει"
TR = "Alıcının posta kutusu mevcut değil: ğış"
HE = "תיבת הדואר של הנמען אינה קיימת"
AR = "صندوق بريد المستلم غير موجود"
LT = "Gavėjo pašto dėžutė neegzistuoja: ąčęėįšųūž"
# Windows-1258 writes the tone marks as combining characters after a precomposed vowel.
VI = "Hô\u0323p thư ngươ\u0300i nhâ\u0323n không tô\u0300n ta\u0323i"
EN_1252 = "Mailbox “unavailable” – quota €5 exceeded…"
FR = "Boîte aux lettres du destinataire inexistante: ç à é"
EO = "Ĉi tiu leterkesto ne ekzistas: ĝ ĥ ŝ ŭ"
DE = "Empfängerpostfach existiert nicht: Größe"
NO = "Mottakerens postkasse finnes ikke: æ ø å ŋ ŧ"
TH = "ไม่พบกล่องจดหมายของผู้รับ"
CY = "Nid yw blwch post y derbynnydd yn bodoli: ŵ ŷ ẁ"
ET = "Saaja postkasti ei ole olemas: € š ž œ"
RO = "Căsuța poștală a destinatarului nu există: ș ț"

# (file stem, MIME charset label, Python codec, text, transfer encoding)
CASES = [
    ("iso-2022-jp", "ISO-2022-JP", "iso2022_jp", JA, "7bit"),
    ("shift_jis", "Shift_JIS", "shift_jis", JA, "base64"),
    ("euc-jp", "EUC-JP", "euc_jp", JA, "8bit"),
    ("gb2312", "GB2312", "gb2312", ZH_S, "base64"),
    ("gbk", "GBK", "gbk", ZH_S, "8bit"),
    ("gb18030", "GB18030", "gb18030", ZH_S + " 𠀀", "quoted-printable"),
    ("big5", "Big5", "big5", ZH_T, "base64"),
    ("euc-kr", "EUC-KR", "euc_kr", KO, "8bit"),
    ("koi8-r", "KOI8-R", "koi8_r", RU, "8bit"),
    ("koi8-u", "KOI8-U", "koi8_u", UK, "quoted-printable"),
    ("windows-1250", "windows-1250", "cp1250", PL, "quoted-printable"),
    ("windows-1251", "windows-1251", "cp1251", RU, "8bit"),
    ("windows-1252", "windows-1252", "cp1252", EN_1252, "quoted-printable"),
    ("windows-1253", "windows-1253", "cp1253", EL, "8bit"),
    ("windows-1254", "windows-1254", "cp1254", TR, "base64"),
    ("windows-1255", "windows-1255", "cp1255", HE, "8bit"),
    ("windows-1256", "windows-1256", "cp1256", AR, "base64"),
    ("windows-1257", "windows-1257", "cp1257", LT, "quoted-printable"),
    ("windows-1258", "windows-1258", "cp1258", VI, "8bit"),
    ("iso-8859-1", "ISO-8859-1", "cp1252", FR + " “€”", "quoted-printable"),
    ("iso-8859-2", "ISO-8859-2", "iso8859_2", CS, "8bit"),
    ("iso-8859-3", "ISO-8859-3", "iso8859_3", EO, "quoted-printable"),
    ("iso-8859-4", "ISO-8859-4", "iso8859_4", LT.replace("ė", "e"), "8bit"),
    ("iso-8859-5", "ISO-8859-5", "iso8859_5", RU, "base64"),
    ("iso-8859-6", "ISO-8859-6", "iso8859_6", AR, "8bit"),
    ("iso-8859-7", "ISO-8859-7", "iso8859_7", EL, "quoted-printable"),
    ("iso-8859-8", "ISO-8859-8", "iso8859_8", HE, "base64"),
    ("iso-8859-9", "ISO-8859-9", "iso8859_9", TR, "8bit"),
    ("iso-8859-10", "ISO-8859-10", "iso8859_10", NO, "quoted-printable"),
    ("iso-8859-11", "ISO-8859-11", "iso8859_11", TH, "8bit"),
    ("iso-8859-13", "ISO-8859-13", "iso8859_13", LT, "base64"),
    ("iso-8859-14", "ISO-8859-14", "iso8859_14", CY, "8bit"),
    ("iso-8859-15", "ISO-8859-15", "iso8859_15", ET, "quoted-printable"),
    ("iso-8859-16", "ISO-8859-16", "iso8859_16", RO, "8bit"),
    ("utf-7", "UTF-7", "utf_7", JA + " " + EN_1252, "7bit"),
    ("utf-8", "UTF-8", "utf_8", KO + " " + RU, "8bit"),
]

SUBJECT_PREFIX = "Undelivered: "


def encoded_word(label, codec, text, use_b):
    raw = text.encode(codec)
    if use_b:
        return "=?%s?B?%s?=" % (label, base64.b64encode(raw).decode("ascii"))
    q = "".join(
        chr(b) if (0x30 <= b <= 0x39 or 0x41 <= b <= 0x5A or 0x61 <= b <= 0x7A) else ("_" if b == 0x20 else "=%02X" % b)
        for b in raw
    )
    return "=?%s?Q?%s?=" % (label, q)


def body_bytes(label, codec, sentence, cte):
    text = (
        "This is the mail system at host mx.example.net.\n\n"
        "I'm sorry to have to inform you that your message could not\n"
        "be delivered to one or more recipients.\n\n"
        "<user@example.org>: host mx.example.org[192.0.2.25] said: 550 5.1.1\n"
        "    " + sentence + " (in reply to RCPT TO command)\n"
    )
    raw = text.encode(codec)
    if cte == "base64":
        return base64.encodebytes(raw)
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    return raw


def main():
    expected = []
    for index, (stem, label, codec, sentence, cte) in enumerate(CASES):
        subject_text = sentence[:12]
        subject = SUBJECT_PREFIX + encoded_word(label, codec, subject_text, index % 2 == 0)
        head = (
            "From: MAILER-DAEMON@mx.example.net (Mail Delivery System)\n"
            "To: sender@example.net\n"
            "Subject: " + subject + "\n"
            "MIME-Version: 1.0\n"
            "Content-Type: multipart/mixed; boundary=\"b1\"\n\n"
            "--b1\n"
            "Content-Type: text/plain; charset=" + label + "\n"
            "Content-Transfer-Encoding: " + cte + "\n\n"
        ).encode("ascii")
        tail = (
            "\n--b1\n"
            "Content-Type: text/rfc822-headers\n\n"
            "From: sender@example.net\nTo: user@example.org\nSubject: hello\n\n"
            "--b1--\n"
        ).encode("ascii")
        with open(os.path.join(HERE, stem + ".eml"), "wb") as f:
            f.write(head + body_bytes(label, codec, sentence, cte) + tail)
        expected.append({"file": stem + ".eml", "subject": SUBJECT_PREFIX + subject_text,
                         "diagnostic": sentence})
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
