"""Build the generated part of skill_lexicon/ from O*NET and ESCO, next to the curated core.

    python3 scripts/build_lexicon.py [--data DIR] [--check]

Reads ``O*NET Technology_Skills.txt`` and ESCO's ``esco_skills_synonyms.jsonl`` from the
shared data folder (``RESUMEFIT_SHARED_DATA`` or ``../shared/data``) and writes:

- ``generated/onet_technology.toml``: tools and technologies O*NET lists for at least
  ONET_MIN_OCCUPATIONS occupations or flags as "Hot technology", with vendor-less and
  acronym aliases ("Microsoft Visio" -> "visio"), parented under a curated umbrella skill
  by O*NET's commodity title;
- ``generated/esco_breadth.toml``: ESCO skills and knowledge for the rest of a cohort
  (care, teaching, trades, ...), keeping only labels specific enough to match safely, under
  unmatchable ESCO group entries (the first two hierarchy levels);
- the ``onet`` and ``esco_uri`` fields of curated entries whose name or an alias is exactly
  an O*NET technology or an ESCO label (links that do not exist in the sources are cleared).

Generated forms that a curated skill already claims are dropped: the core always wins; an
ESCO skill whose preferred label the core (or O*NET) claims is left out altogether.
``--check`` writes nothing and exits 1 when the generated files are out of date.
"""

from __future__ import annotations

import argparse
import ast
import csv
import json
import os
import re
import sys
import tomllib
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LEXICON = ROOT / "skill_lexicon"
sys.path.insert(0, str(ROOT / "src"))

from resumefit.extract.patterns import word_logprobs  # noqa: E402
from resumefit.lexicon import normalize_form  # noqa: E402

ONET_MIN_OCCUPATIONS = 2
#: A one-word label at least this frequent is too generic to match ("management");
#: ESCO's one-word labels must be rarer still ("accompany" is a verb, "phlebotomy" a skill).
SINGLE_WORD_MAX_LOGPROB = -13.5
ESCO_SINGLE_WORD_MAX_LOGPROB = -15.5
#: Two-word labels made only of words this frequent are generic too ("give advice").
GENERIC_PAIR_LOGPROB = -10.5
MAX_LABEL_WORDS = 5
#: An ESCO label that starts with a conjunction is a fragment of a longer label cut at a
#: comma ("maintain manuals, and procedures" -> "and procedures").
FRAGMENT_START = re.compile(r"^(?:and|or|&|nor|but)\s", re.IGNORECASE)
#: A leading word opening this many O*NET names is a vendor (see onet_vendors).
VENDOR_MIN_PRODUCTS = 3
#: ...and is rarer than this in English ("Clinical", "Adaptive" are descriptors).
VENDOR_MAX_LOGPROB = -15.0
VENDORS = (
    "Microsoft", "Oracle", "Apache", "Adobe", "IBM", "SAP", "The MathWorks", "Google", "Amazon",
    "Autodesk", "Intuit", "Atlassian", "Apple", "Red Hat", "Salesforce", "Cisco", "Esri",
    "Corel", "Hewlett Packard Enterprise", "HP", "Epic Systems", "Cerner", "Siemens", "Trimble",
    "Minitab", "StataCorp", "Wolfram Research", "Mozilla", "Blackbaud", "Infor", "Epicor",
    "VMware", "SolarWinds", "Symantec", "McAfee", "Citrix", "Bentley", "Dassault Systemes",
    "PTC", "Meta", "Facebook", "Unity Technologies", "JetBrains", "Elastic", "HashiCorp",
    "Docker", "MongoDB", "Teradata", "Informatica", "Qlik", "Tableau", "Zoho", "ServiceNow",
)  # fmt: skip
#: O*NET commodity title -> (category, curated parent id or "").
COMMODITY = {
    "Analytical or scientific software": ("analytics_software", "data-analysis"),
    "Medical software": ("healthcare_software", "healthcare"),
    "Data base user interface and query software": ("database", "databases"),
    "Data base management system software": ("database", "databases"),
    "Object oriented data base management software": ("database", "databases"),
    "Data base reporting software": ("bi_tool", "business-intelligence"),
    "Business intelligence and data analysis software": ("bi_tool", "business-intelligence"),
    "Development environment software": ("dev_tool", "software-engineering"),
    "Object or component oriented development software": ("programming_language", "programming"),
    "Web platform development software": ("web_framework", "web-development"),
    "Web page creation and editing software": ("web", "web-development"),
    "Program testing software": ("testing", "software-testing"),
    "Operating system software": ("operating_system", "operating-systems"),
    "Graphics or photo imaging software": ("design_software", "graphic-design"),
    "Computer aided design CAD software": ("engineering_software", "cad"),
    "Computer aided manufacturing CAM software": ("engineering_software", "cad"),
    "Enterprise resource planning ERP software": ("business_software", "erp"),
    "Customer relationship management CRM software": ("business_software", "crm"),
    "Accounting software": ("business_software", "accounting"),
    "Financial analysis software": ("business_software", "finance"),
    "Project management software": ("office_software", "project-management-software"),
    "Video creation and editing software": ("design_software", "video-editing"),
    "Music or sound editing software": ("design_software", "audio-production"),
    "Map creation software": ("engineering_software", "gis"),
    "Geographic information system": ("engineering_software", "gis"),
    "Human resources software": ("business_software", "human-resources"),
    "Configuration management software": ("devops", "devops"),
    "Network monitoring software": ("networking", "networking"),
    "Transaction security and virus protection software": ("security", "cybersecurity"),
    "Network security or virtual private network VPN management software": (
        "security",
        "cybersecurity",
    ),
    "Desktop publishing software": ("design_software", "graphic-design"),
    "Word processing software": ("office_software", "microsoft-office"),
    "Spreadsheet software": ("office_software", "microsoft-office"),
    "Presentation software": ("office_software", "microsoft-office"),
    "Office suite software": ("office_software", "microsoft-office"),
    "Cloud-based data access and sharing software": ("cloud", "cloud-computing"),
    "Cloud-based management software": ("cloud", "cloud-computing"),
    "Application server software": ("web", "web-development"),
    "Enterprise application integration software": ("web", "web-services"),
    "Point of sale POS software": ("business_software", "sales"),
    "Industrial control software": ("engineering_software", "engineering"),
    "Computer based training software": ("education_software", "education"),
    "Multi-media educational software": ("education_software", "education"),
}
DEFAULT_CATEGORY = ("software_tool", "")
ESCO_GROUP_CATEGORY = {"S": "esco_skill", "K": "esco_knowledge", "T": "esco_transversal"}


def shared_data() -> Path:
    env = os.environ.get("RESUMEFIT_SHARED_DATA")
    return Path(env) if env else ROOT.parent / "shared" / "data"


def slug(text: str) -> str:
    text = text.lower().replace("c++", "cpp").replace("c#", "csharp").replace("&", " and ")
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")[:60].strip("-") or "skill"


def toml_string(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)


def dump_skills(skills: list[dict[str, object]], header: str) -> str:
    """Return ``skills`` as TOML ``[[skill]]`` tables (fields in the lexicon's order)."""
    order = (
        *("id", "name", "category", "aliases", "parents", "related", "cased", "ambiguous"),
        *("context", "reject_after", "reject_before", "esco_uri", "onet", "matchable"),
    )
    out = [header.rstrip() + "\n"]
    for skill in skills:
        lines = ["[[skill]]"]
        for key in order:
            value = skill.get(key)
            if value in (None, "", [], ()) or (key == "matchable" and value is True):
                continue
            if isinstance(value, bool):
                lines.append(f"{key} = {'true' if value else 'false'}")
            elif isinstance(value, str):
                lines.append(f"{key} = {toml_string(value)}")
            elif isinstance(value, list | tuple):
                lines.append(f"{key} = [" + ", ".join(toml_string(str(v)) for v in value) + "]")
        out.append("\n".join(lines) + "\n")
    return "\n".join(out)


class Claims:
    """Which normalised surface forms are taken, and by which skill id."""

    def __init__(self) -> None:
        self.owner: dict[str, str] = {}
        self.ids: set[str] = set()

    def add_skill(self, skill_id: str, forms: list[str]) -> None:
        self.ids.add(skill_id)
        for form in forms:
            self.owner.setdefault(normalize_form(form), skill_id)

    def free(self, form: str) -> bool:
        return normalize_form(form) not in self.owner

    def unique_id(self, base: str) -> str:
        candidate, n = base, 2
        while candidate in self.ids:
            candidate, n = f"{base}-{n}", n + 1
        return candidate


def read_core() -> tuple[dict[Path, list[dict[str, object]]], Claims]:
    core: dict[Path, list[dict[str, object]]] = {}
    claims = Claims()
    for path in sorted((LEXICON / "core").glob("*.toml")):
        entries = tomllib.loads(path.read_text(encoding="utf-8")).get("skill", [])
        core[path] = entries
        for entry in entries:
            forms = [str(entry["name"])]
            for key in ("aliases", "cased", "ambiguous"):
                forms += [str(f) for f in entry.get(key, [])]
            claims.add_skill(str(entry["id"]), forms)
    return core, claims


def generic(
    label: str, logprob: dict[str, float], single_max: float = SINGLE_WORD_MAX_LOGPROB
) -> bool:
    """Return whether ``label`` is too generic (or too long) to match safely."""
    words = re.findall(r"[a-z0-9+#]+", label.lower())
    if not words or len(words) > MAX_LABEL_WORDS or len(label) < 3:
        return True
    if len(words) == 1:
        return len(words[0]) < 4 or logprob.get(words[0], -99.0) >= single_max
    if len(words) == 2:
        return all(logprob.get(w, -99.0) >= GENERIC_PAIR_LOGPROB for w in words)
    return False


def onet_vendors(names: list[str], logprob: dict[str, float], claims: Claims) -> frozenset[str]:
    """Return the vendor names of O*NET names: a rare word that opens many names.

    "Embarcadero JBuilder", "Embarcadero Delphi", "Embarcadero RAD Studio": a word opening
    VENDOR_MIN_PRODUCTS names or more is the maker's name, and people write the product
    without it. Not a vendor: an English word ("Clinical", "Adaptive"), a hyphenated
    descriptor, or a skill's own name ("XML", "Eclipse").
    """
    starts: Counter[str] = Counter()
    for name in set(names):
        words = name.split()
        for size in (1, 2):  # "Embarcadero", "BMC Software", "Thomson Reuters"
            if len(words) > size:
                starts[" ".join(words[:size])] += 1
    return frozenset(
        prefix
        for prefix, n in starts.items()
        if n >= VENDOR_MIN_PRODUCTS
        and prefix[:1].isupper()
        and prefix.replace(" ", "").isalnum()
        and logprob.get(prefix.split()[0].lower(), -99.0) < VENDOR_MAX_LOGPROB
        and claims.free(prefix.split()[0])
    )


def named_product(text: str, logprob: dict[str, float]) -> bool:
    """Return whether ``text`` (a name without its vendor) still names one product.

    It must start with a capital or digit ("markup language XML" is the rest of a phrase)
    and hold a word no English text uses: CamelCase, digits, an acronym or a rare word
    ("JBuilder", "Camtasia"); "Consolidation" or "Strategy Management" alone name nothing.
    """
    if not (text[:1].isupper() or text[:1].isdigit()):
        return False
    for word in re.findall(r"[A-Za-z0-9+@-]+", text):  # "Control-M" is one name
        if any(c.isdigit() for c in word) or any(c.isupper() for c in word[1:]):
            return True
        if logprob.get(word.lower(), -99.0) < VENDOR_MAX_LOGPROB:
            return True
    return False


def english_word(word: str, logprob: dict[str, float]) -> bool:
    """Return whether ``word`` is an ordinary English word ("Instructional"), not a name."""
    if any(c.isupper() for c in word[1:]):
        return False  # "e-MDs", "QuickBooks"
    return logprob.get(word.lower(), -99.0) >= VENDOR_MAX_LOGPROB


def onet_aliases(
    name: str, logprob: dict[str, float], vendors: frozenset[str] = frozenset()
) -> list[str]:
    """Return safe alternative names of an O*NET technology name."""
    out: list[str] = []
    base = re.sub(r"\s+software$", "", name, flags=re.IGNORECASE)
    # one word left without "software" must still name a product: "Instructional" does not
    if base != name and (len(base.split()) > 1 or not english_word(base, logprob)):
        out.append(base)
    words = base.split()
    if len(words) >= 3 and re.fullmatch(r"[A-Z][A-Z0-9]{1,6}", words[-1]):
        initials = "".join(w[0] for w in words[:-1] if w[0].isalnum()).upper()
        if initials.endswith(words[-1][: len(initials)]) or words[-1].startswith(initials[:2]):
            out += [" ".join(words[:-1]), words[-1]]
    for vendor in sorted(set(VENDORS) | vendors, key=len, reverse=True):
        if base.startswith(vendor + " "):
            product = base[len(vendor) + 1 :]
            if vendor in VENDORS or named_product(product, logprob):
                out.append(product)
            break
    return [a for a in dict.fromkeys(out) if a and not generic(a, logprob) and a != name]


def build_onet(data: Path, claims: Claims, logprob: dict[str, float]) -> tuple[list, dict]:
    rows = list(csv.DictReader((data / "Technology_Skills.txt").open(encoding="utf-8"),
                               delimiter="\t"))  # fmt: skip
    count: Counter[str] = Counter()
    hot: set[str] = set()
    titles: dict[str, Counter[str]] = defaultdict(Counter)
    for row in rows:
        name = row["Example"].strip()
        count[name] += 1
        titles[name][row["Commodity Title"]] += 1
        if row["Hot Technology"] == "Y":
            hot.add(name)
    vendors = onet_vendors(list(count), logprob, claims)
    names = sorted(n for n in count if n in hot or count[n] >= ONET_MIN_OCCUPATIONS)
    names.sort(key=lambda n: (n not in hot, -count[n], n))
    skills = []
    for name in names:
        if not claims.free(name) or generic(name, logprob) or len(name) > 60:
            continue
        if all(logprob.get(w, -99.0) >= -14 for w in re.findall(r"[a-z]+", name.lower())):
            continue  # "Calendar software", "Web browser software": a kind, not a tool
        category, parent = COMMODITY.get(titles[name].most_common(1)[0][0], DEFAULT_CATEGORY)
        aliases = [a for a in onet_aliases(name, logprob, vendors) if claims.free(a)]
        skill_id = claims.unique_id(slug(name))
        claims.add_skill(skill_id, [name, *aliases])
        parents = [parent] if parent in claims.ids else []
        skills.append(
            {"id": skill_id, "name": name, "category": category, "aliases": aliases}
            | {"parents": parents, "onet": name}
        )
    return skills, {normalize_form(n): n for n in count}


def build_esco(data: Path, claims: Claims, logprob: dict[str, float]) -> tuple[list, dict]:
    rows = [json.loads(line) for line in (data / "esco_skills_synonyms.jsonl").open()]
    mapper = json.loads((data / "esco_v_1_1_1_hier_mapper.json").read_text(encoding="utf-8"))
    label_count: Counter[str] = Counter()
    for row in rows:
        for label in {normalize_form(x) for x in [row["preferredLabel"], *row["altLabels"]]}:
            label_count[label] += 1
    groups: dict[str, dict[str, object]] = {}
    skills = []
    uri_by_label: dict[str, str] = {}
    for row in sorted(rows, key=lambda r: r["preferredLabel"]):
        uri_by_label.setdefault(normalize_form(row["preferredLabel"]), row["uri"])
        levels = ast.literal_eval(row["hierarchy_levels"] or "[]")
        codes = [code for path in levels for code in path[1:3] if code]
        top = next((c for c in codes if c[0] in ESCO_GROUP_CATEGORY), None)
        if top is None:
            continue  # language skills: the curated languages file covers them
        if not claims.free(row["preferredLabel"]):
            # the curated core (or O*NET) already has this concept: a second skill made of
            # the leftover labels would split its evidence ("Adobe Photoshop CS6" under an
            # ESCO id that no role asks for) and carry ESCO's noisier synonyms
            continue
        labels = [row["preferredLabel"], *row["altLabels"]]
        usable = [
            label for label in labels
            if label_count[normalize_form(label)] == 1
            and not generic(label, logprob, ESCO_SINGLE_WORD_MAX_LOGPROB)
            and not FRAGMENT_START.match(label)
            and claims.free(label)
        ]  # fmt: skip
        if not usable:
            continue
        parents = []
        for path in levels:
            chain = [code for code in path[1:3] if code and code in mapper]
            parent_group = ""
            for code in chain:
                group_id = "esco-group-" + slug(code)
                if group_id not in groups:
                    groups[group_id] = {"id": group_id, "name": f"ESCO {code}: {mapper[code]}",
                                        "category": ESCO_GROUP_CATEGORY.get(code[0], "esco_skill"),
                                        "parents": [parent_group] if parent_group else [],
                                        "matchable": False}  # fmt: skip
                parent_group = group_id
            if parent_group:
                parents.append(parent_group)
        name = usable[0]
        skill_id = claims.unique_id("esco-" + slug(row["preferredLabel"]))
        claims.add_skill(skill_id, usable)
        skills.append({"id": skill_id, "name": name, "category": ESCO_GROUP_CATEGORY[top[0]],
                       "aliases": usable[1:], "parents": list(dict.fromkeys(parents)),
                       "esco_uri": row["uri"]})  # fmt: skip
    for group in groups.values():
        claims.add_skill(str(group["id"]), [str(group["name"])])
    return sorted(groups.values(), key=lambda g: str(g["id"])) + skills, uri_by_label


def link_core(core: dict[Path, list[dict[str, object]]], onet_names: dict[str, str],
              esco_uris: dict[str, str]) -> dict[Path, str]:  # fmt: skip
    """Return the curated files with their onet / esco_uri fields set from the sources."""
    changed: dict[Path, str] = {}
    for path, entries in core.items():
        text = path.read_text(encoding="utf-8")
        new_text = text
        for entry in entries:
            forms = [str(entry["name"]), *[str(a) for a in entry.get("aliases", [])]]  # type: ignore[attr-defined]
            keys = [normalize_form(f) for f in forms]
            current = str(entry.get("onet", ""))
            onet = current if normalize_form(current) in onet_names else ""
            onet = onet or next((onet_names[k] for k in keys if k in onet_names), "")
            esco = next((esco_uris[k] for k in keys if k in esco_uris), "")
            new_text = set_field(new_text, str(entry["id"]), "onet", onet)
            new_text = set_field(new_text, str(entry["id"]), "esco_uri", esco)
        if new_text != text:
            changed[path] = new_text
    return changed


def set_field(text: str, skill_id: str, key: str, value: str) -> str:
    """Return ``text`` with ``key`` of table ``skill_id`` set to ``value`` (removed if empty)."""
    start = text.index(f'\nid = "{skill_id}"\n') + 1
    # the table ends at a blank line: comment lines after it belong to the next table
    following = re.compile(r"\n\n(?:#[^\n]*\n)*\[\[skill\]\]").search(text, start)
    end = len(text) if following is None else following.start()
    block = re.sub(rf"^{key} = .*\n?", "", text[start:end], flags=re.MULTILINE).rstrip("\n")
    if value:
        block += f"\n{key} = {toml_string(value)}"
    if end == len(text):
        block += "\n"
    return text[:start] + block + text[end:]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=shared_data() / "taxonomies")
    parser.add_argument("--check", action="store_true", help="exit 1 if files are stale")
    args = parser.parse_args()
    if not (args.data / "onet" / "Technology_Skills.txt").exists():
        print(f"skipped: {args.data} not found")
        return 0
    logprob = word_logprobs()
    core, claims = read_core()
    onet, onet_names = build_onet(args.data / "onet", claims, logprob)
    esco, esco_uris = build_esco(args.data / "esco", claims, logprob)
    outputs = {
        LEXICON / "generated" / "onet_technology.toml": dump_skills(onet, ONET_HEADER),
        LEXICON / "generated" / "esco_breadth.toml": dump_skills(esco, ESCO_HEADER),
    }
    outputs.update(link_core(core, onet_names, esco_uris))
    stale = [p for p, text in outputs.items() if not p.exists() or p.read_text() != text]
    if args.check:
        for path in stale:
            print(f"out of date: {path.relative_to(ROOT)}")
        return 1 if stale else 0
    for path in stale:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(outputs[path], encoding="utf-8")
        print(f"wrote {path.relative_to(ROOT)}")
    print(f"O*NET technologies: {len(onet)}; ESCO entries: {len(esco)}")
    return 0


ONET_HEADER = """# GENERATED by scripts/build_lexicon.py from O*NET 29.2 Technology Skills
# (U.S. Department of Labor, Employment and Training Administration; CC BY 4.0).
# Do not edit by hand: add or fix skills in core/ and re-run the script."""
ESCO_HEADER = """# GENERATED by scripts/build_lexicon.py from ESCO v1.1.1 skills
# (European Commission; CC BY 4.0). Only labels specific enough to match safely are kept.
# Do not edit by hand: add or fix skills in core/ and re-run the script."""


if __name__ == "__main__":
    sys.exit(main())
