"""News agencies and credit lines: bylines, photo credits ("Photo by X/AGENCY", "X via Getty Images",
"(Reuters/X)"), "Reporting by ..." lines, run-together agency lines ("( Outletwith AFP and REUTERS)"),
dateline agencies, and well-known organizations by name."""
from __future__ import annotations

import re

from .gazetteer import lookup_country, lookup_demonym, lookup_place, norm
from .organizations import is_acronym
from .vocab import vocab
from .entity_spans import Cand, char_cand, Context, CREDIT_WORDS, DETERMINERS, P_AGENCY, P_CREDIT, REPORT_CUES_AFTER, REPORT_CUES_BEFORE




_CREDIT = re.compile(
    r"(?:(?<=\n)|^)\s*(?:" + CREDIT_WORDS + r"\s*(?:by|:|credit:?)?\s*)?"
    r"(?P<name>[A-Z][\w'’.\-]+(?:[ \t]+[A-Z][\w'’.\-]+){1,3})\s*(?:/|\s+via\s+|\s+for\s+)\s*(?P<agency>[A-Z][\w&.\-]*(?:[ \t]+[A-Z][\w&.\-]*){0,3})"
    r"(?:\s*\((?P<acr>[A-Z]{2,8})\))?",
)


_CREDIT_INLINE = re.compile(
    CREDIT_WORDS + r"\s*(?:by|:)\s*(?P<name>[A-Z][\w'’.\-]+(?:[ \t]+[A-Z][\w'’.\-]+){1,3})"
    r"\s*(?:/|\s+via\s+|\s+for\s+)\s*(?P<agency>[A-Z][\w&.\-]*(?:[ \t]+[A-Z][\w&.\-]*){0,3})(?:\s*\((?P<acr>[A-Z]{2,8})\))?")


# "Photo: AGENCY" closing a caption or a line: the credit names only the agency, by its acronym
_CREDIT_AGENCY_ONLY = re.compile(
    r"\b" + CREDIT_WORDS + r"\s*:\s*(?P<agency>[A-Z][A-Z&\-]{1,9})(?=[ \t]*(?:[)\n]|$))")


_VIA = re.compile(r"(?P<name>[A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+){1,3})\s+via\s+(?P<agency>Getty Images|[A-Z][\w&.\-]*(?:\s+Images)?)")


_AGENCY_FIRST = re.compile(r"(?P<agency>[A-Z][\w&.\-]*(?:\s+Images)?)\s*/\s*(?P<name>[A-Z][\w'’\-]+(?:[ \t]+[A-Z][\w'’\-]+){1,3})(?=\s*[)\n]|$)")


_BYLINE = re.compile(r"(?:(?<=\n)|^)[ \t]*By[ \t]+(?P<names>[A-Z][^\n]{2,150})$", re.M)


# the verbs grouped by stem (at most one of them can stand before " by" at one place)
_REPORTING_BY = re.compile(r"(?:[Rr]epor(?:ting|ted)|[Ww]rit(?:ing|ten)|[Ee]dit(?:ing|ed)|[Cc]ompiled) by\s+(?P<names>[A-Z][^;)\n]{2,120})")


# a byline line without "By": "Jane Roe in Lagos and John Doe in Abuja"
_NAME_IN_PLACE = r"[A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+){1,2} in [A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+)?"
_BYLINE_IN = re.compile(r"^[ \t]*(?P<line>" + _NAME_IN_PLACE + r"(?:(?:,| and|,? &) " + _NAME_IN_PLACE + r")*)[ \t]*$", re.M)
_BYLINE_SPLIT = re.compile(r"\s*(?:,|&|\band\b)\s*")


_AGENCY_PAREN = re.compile(r"\(\s*(?P<outlet>[A-Z][\w\-]+?)\s*with\s+(?P<rest>[^()\n]{2,80})\)")


def credit_cands(doc, body: str, ctx: Context) -> list[Cand]:
    out: list[Cand] = []
    v = vocab()

    def person(start, text):
        text2 = text.strip()
        if not text2 or len(text2.split()) > 4 or len(text2.split()) < 2:
            return
        words = text2.split()
        if any(w.lower() in v.org_keywords for w in words) or v.agencies.get(text2) or v.agency_by_norm.get(norm(text2)):
            return  # "AGENCY/Getty Images": the name part of a credit is an agency, not a person
        out.append(char_cand(start, start + len(text2), "person", "credit", P_CREDIT))

    def agency(start, text, acr=None, acr_start=None):
        text = text.strip()
        if not text:
            return
        name = text
        ag = v.agencies.get(text) or v.agency_by_norm.get(norm(text))
        canonical = ag.name if ag else name
        grp = "credit:" + norm(canonical)
        out.append(char_cand(start, start + len(text), "organization", "credit", P_CREDIT, org_canonical=canonical, group=grp))
        if acr and acr_start is not None:
            out.append(char_cand(acr_start, acr_start + len(acr), "organization", "credit", P_CREDIT, org_canonical=canonical, group=grp))

    for rx in (_CREDIT_INLINE, _CREDIT):
        for m in rx.finditer(body):
            ag_text = m.group("agency")
            # the agency part must be a known agency or look like one (all caps / 'Images' / 'Agency')
            ag_known = v.agencies.get(ag_text) or v.agency_by_norm.get(norm(ag_text))
            ag_text_cut = ag_text
            if not ag_known:
                # "EPA-EFE Pro-democracy ..." -> cut at the first known alias
                am = v.agency_regex.match(ag_text)
                if am:
                    ag_text_cut = am.group(0)
                    ag_known = True
                elif not re.search(r"\b(?:Agency|Images|News|Press|Photo|Photos)\b", ag_text) and not ag_text.isupper():
                    continue
            longer = v.agency_regex.match(body, m.start("agency"))  # "RFE/RL": the longest known name there
            if longer and len(longer.group(1)) > len(ag_text_cut):
                ag_text_cut = longer.group(1)
            person(m.start("name"), m.group("name"))
            agency(m.start("agency"), ag_text_cut, m.group("acr"), m.start("acr") if m.group("acr") else None)
    for m in _CREDIT_AGENCY_ONLY.finditer(body):
        if is_acronym(m.group("agency")):
            agency(m.start("agency"), m.group("agency"))
    for m in _VIA.finditer(body):
        ag = m.group("agency")
        if not (v.agencies.get(ag) or v.agency_by_norm.get(norm(ag))):
            continue
        # "... protests in Chile Jane Roe via Getty Images": the caption's last words may run into the name
        words = list(re.finditer(r"\S+", m.group("name")))
        while len(words) > 2 and (lookup_country(words[0].group()) or lookup_demonym(words[0].group()) is not None
                                  or lookup_place(words[0].group())) or len(words) > 3:
            words = words[1:]
        start = m.start("name") + words[0].start()
        person(start, m.group("name")[words[0].start():])
        agency(m.start("agency"), ag)
    for m in _AGENCY_FIRST.finditer(body):  # "(Reuters/Jane Roe)"
        ag = m.group("agency")
        if v.agencies.get(ag) or v.agency_by_norm.get(norm(ag)):
            person(m.start("name"), m.group("name"))
            agency(m.start("agency"), ag)
    for m in _BYLINE.finditer(body):
        names = m.group("names").strip()
        pos = m.start("names")
        for part in _BYLINE_SPLIT.split(names):
            if not part:
                continue
            at = body.find(part, pos)
            if at < 0:
                continue
            pos = at + len(part)
            if part in v.agencies or norm(part) in v.agency_by_norm:
                agency(at, part)
            elif re.fullmatch(r"[A-Z][\w'’.\-]+(?:[ \t]+[A-Z][\w'’.\-]+){1,3}", part):
                person(at, part)
    for m in _BYLINE_IN.finditer(body):
        for part in re.finditer(r"(?P<name>[A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+){1,2}) in ", m.group("line")):
            person(m.start("line") + part.start("name"), part.group("name"))
    for m in _REPORTING_BY.finditer(body):  # "(Reporting by A and B in Kyiv; Editing by C)"
        pos = m.start("names")
        for part in _BYLINE_SPLIT.split(m.group("names")):
            part = re.split(r"\s+(?:in|at|from)\s+", part.strip())[0].strip(" .")
            at = body.find(part, pos) if part else -1
            if at < 0:
                continue
            pos = at + len(part)
            if re.fullmatch(r"[A-Z][\w'’.\-]+(?:[ \t]+[A-Z][\w'’.\-]+){1,3}", part) and not (
                    part in v.agencies or norm(part) in v.agency_by_norm):
                person(at, part)
    for m in _AGENCY_PAREN.finditer(body):
        rest = m.group("rest")
        if not v.agency_regex.search(rest):
            continue
        outlet = m.group("outlet")
        if outlet.endswith("with"):
            outlet = outlet[:-4]
        out.append(char_cand(m.start("outlet"), m.start("outlet") + len(outlet), "organization", "credit", P_CREDIT,
                              org_canonical=outlet))
    return out


def agency_cands(doc, body: str) -> list[Cand]:
    v = vocab()
    out = []
    for m in v.agency_regex.finditer(body):
        ag = v.agencies.get(m.group(1)) or v.agency_by_norm[norm(m.group(1))]  # "Name-24" for "Name 24"
        if ag.needs_context:
            before = body[max(0, m.start() - 25):m.start()].lower().split()
            if before and before[-1] in DETERMINERS:
                before = before[:-1]   # "according to the Independent"
            after = body[m.end():m.end() + 20].lower().split()
            prev = before[-1] if before else ""
            prev2 = before[-2] if len(before) > 1 else ""
            nxt = after[0] if after else ""
            # "A and B": only next to another agency ("Garowe Online and Hiiraan reported")
            prev_agency = bool(v.agency_regex.search(body[max(0, m.start() - 30):m.start()])) and prev == "and"
            next_agency = nxt == "and" and bool(v.agency_regex.match(body[m.end():m.end() + 30].split("and", 1)[-1].strip()))
            if not (prev in REPORT_CUES_BEFORE or prev2 == "according" or prev_agency or next_agency
                    or nxt.strip(",.") in REPORT_CUES_AFTER - {"and"}
                    or body[max(0, m.start() - 2):m.start()].strip() in {"/"}):
                continue
            if m.start() > 0 and body[m.start() - 1] == "\n" and nxt.strip(",.") not in REPORT_CUES_AFTER:
                continue
        out.append(char_cand(m.start(1), m.end(1), "organization", "agency", P_AGENCY, org_canonical=ag.name,
                              group="agency:" + norm(ag.name)))
    return out


_DATELINE_AGENCY = re.compile(r"^[ \t]*[A-Z][A-Za-z .'\-]+(?:,[^\n()]{0,40})?\s*\((?P<ag>[A-Za-z][\w&.\- ]{1,30})\)\s*[—–-]", re.M)


def known_org_cands(body: str) -> list[Cand]:
    """Well-known organizations by name (seeds/org_acronyms.csv) and the agency in a dateline
    ('CITY, Oct 26 (XYZ-AGENCIES) —')."""
    v = vocab()
    out = [char_cand(m.start(1), m.end(1), "organization", "known-org", P_AGENCY,
                      org_canonical=v.known_orgs.get(m.group(1).lower()))
           for m in v.known_org_regex.finditer(body)
           if any(ch.isupper() for ch in m.group(1))]
    for m in _DATELINE_AGENCY.finditer(body):
        ag = m.group("ag").strip()
        known = v.agencies.get(ag) or v.agency_by_norm.get(norm(ag))
        out.append(char_cand(m.start("ag"), m.start("ag") + len(ag), "organization", "dateline", P_CREDIT,
                              org_canonical=known.name if known else ag, group="agency:" + norm(known.name if known else ag)))
    return out
