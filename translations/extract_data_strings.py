#!/usr/bin/python3
"""Writes the user-visible texts of Rebound's knowledge files (resources/*.json) as a C++ file of
QT_TRANSLATE_NOOP entries, so that lupdate puts them into translations/rebound_*.ts.

The file is read by lupdate only, never compiled. At run time the code that shows a text passes it
through QCoreApplication::translate() with the same context, before any {placeholder} is filled.

    extract_data_strings.py RESOURCES_DIR OUTPUT.cpp
"""
import json
import sys
from pathlib import Path

# One context per knowledge file; the C++ side uses the same names.
RULES = "rebound::data::rules"
SMTP = "rebound::data::smtp"
AUTH = "rebound::data::auth"
BLOCKLIST = "rebound::data::blocklist"
AUTHTAGS = "rebound::data::authtags"
BOUNCE = "rebound::data::bounce"
REPORTS = "rebound::data::reports"
POSTMASTER = "rebound::data::postmaster"


def condition_texts(cond, where):
    """The evidence sentences of a condition and of the conditions inside it."""
    if isinstance(cond, dict):
        if cond.get("evidence"):
            yield f"{where}: evidence ({cond.get('path', '')})", cond["evidence"]
        for value in cond.values():
            yield from condition_texts(value, where)
    elif isinstance(cond, list):
        for value in cond:
            yield from condition_texts(value, where)


def rules_texts(doc):
    for rule in doc.get("rules", []):
        rid = rule.get("id", "?")
        yield from condition_texts(rule.get("when"), f"rule {rid}")
        for boost in rule.get("boost", []):
            yield from condition_texts(boost.get("when"), f"rule {rid}")
        for key in ("title", "summary", "recovery"):
            if rule.get(key):
                yield f"rule {rid}: {key}", rule[key]
        for text in rule.get("against", []):
            yield f"rule {rid}: what speaks against", text
        for step in rule.get("steps", []):
            for key in ("text", "fallback"):
                if step.get(key):
                    yield f"rule {rid}: step ({step.get('actor', '')})", step[key]
            for link in step.get("links", []):
                yield f"rule {rid}: link title", link["title"]
        for text in rule.get("dont", []):
            yield f"rule {rid}: what not to do", text
        for link in rule.get("links", []):
            yield f"rule {rid}: link title", link["title"]
        for boost in rule.get("boost", []):
            if boost.get("note"):
                yield f"rule {rid}: note", boost["note"]
    for fact in doc.get("facts", []):
        yield from condition_texts(fact.get("when"), f"fact {fact.get('id', '?')}")
        if fact.get("text"):
            yield f"fact {fact.get('id', '?')}", fact["text"]


def findings_texts(doc):
    """smtp/findings.json and auth/findings.json: shared texts, then each finding's titles and details."""
    for key, text in doc.get("texts", {}).items():
        yield f"text {key}", text
    for fid, finding in doc.get("findings", {}).items():
        for key, text in finding.items():
            if (key.startswith("detail") or key.startswith("title")) and text:
                yield f"finding {fid}: {key}", text


def blocklist_texts(doc):
    for entry in doc.get("lists", []):
        lid = entry.get("id", "?")
        for key in ("access_note", "delisting_note", "status_note"):
            if entry.get(key):
                yield f"list {lid}: {key}", entry[key]
        for item in (entry.get("codes") or []) + (entry.get("bits") or []):
            which = item.get("code", item.get("bit", "?"))
            for key in ("meaning", "remedy"):
                if item.get(key):
                    yield f"list {lid}, {which}: {key}", item[key]


def rdns_generic_texts(doc):
    for group in doc.get("groups", []):
        if group.get("why"):
            yield f"generic reverse DNS name, words {', '.join(group.get('words', [])[:3])}...: why", group["why"]


def authtag_texts(doc):
    for record in ("dmarc", "dkim"):
        for tag, text in doc.get(record, {}).items():
            yield f"{record.upper()} tag {tag}=", text


def bounce_texts(doc):
    for name, reason in doc.get("reasons", {}).items():
        if reason.get("label"):
            yield f"bounce reason {name} (Sisimai's name): label", reason["label"]
    for name, label in doc.get("labels", {}).items():
        if name != "comment" and label:
            yield f"bounce reason {name} (Sisimai's name): label", label


def reports_finding_texts(doc):
    for fid, finding in doc.get("findings", {}).items():
        for key in ("title", "detail"):
            if finding.get(key):
                yield f"reports finding {fid}: {key}", finding[key]


def tlsrpt_result_texts(doc):
    for name, meaning in doc.get("results", {}).items():
        yield f"TLS-RPT result type {name}: meaning", meaning


def postmaster_texts(doc):
    """receivers/postmaster.json: the compliance requirements' names, then the findings' titles and details."""
    for name, title in doc.get("requirements", {}).items():
        yield f"Postmaster Tools compliance requirement {name}: name", title
    yield from reports_finding_texts(doc)


SOURCES = [
    ("diagnosis/rules.json", RULES, rules_texts),
    ("smtp/findings.json", SMTP, findings_texts),
    ("auth/findings.json", AUTH, findings_texts),
    ("blocklist/catalog.json", BLOCKLIST, blocklist_texts),
    ("blocklist/rdns-generic.json", BLOCKLIST, rdns_generic_texts),
    ("ui/auth-tags.json", AUTHTAGS, authtag_texts),
    ("bounce/reasons.json", BOUNCE, bounce_texts),
    ("reports/findings.json", REPORTS, reports_finding_texts),
    ("reports/tlsrpt-results.json", REPORTS, tlsrpt_result_texts),
    ("receivers/postmaster.json", POSTMASTER, postmaster_texts),
]


def c_string(text):
    out = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")
    return '"' + out + '"'


def main():
    resources, output = Path(sys.argv[1]), Path(sys.argv[2])
    lines = ["// Generated by translations/extract_data_strings.py from resources/*.json; read by lupdate only.",
             "#include <QtGlobal>", "", "[[maybe_unused]] static const char* const kDataTexts[] = {"]
    for path, context, texts in SOURCES:
        seen = set()
        lines.append(f"    // {path}")
        for comment, text in texts(json.loads((resources / path).read_text(encoding="utf-8"))):
            if text in seen:
                continue
            seen.add(text)
            lines.append(f"    //: {comment}".replace("*/", "* /"))
            lines.append(f"    QT_TRANSLATE_NOOP({c_string(context)}, {c_string(text)}),")
    lines.append("};")
    content = "\n".join(lines) + "\n"
    output.parent.mkdir(parents=True, exist_ok=True)
    if not output.exists() or output.read_text(encoding="utf-8") != content:
        output.write_text(content, encoding="utf-8")


if __name__ == "__main__":
    main()
