"""The runner's word tokenizer in Python: a close port of crates/core/src/segment/words.rs (and the helpers of
segment/mod.rs it uses), so that training spans are aligned to the same words the Rust runner feeds the model.

    words(text, start, end) -> [(s, e), ...]   char offsets (Python str indices) of the words of text[start:end]

EWT conventions: punctuation split off, clitics split ("do" "n't", "Armenia" "'s"), abbreviations ("U.S.",
"Feb."), numbers ("6,500", "2/13/2024", "9:00"), hyphenated words, URLs, emails, @handles and #tags stay whole.
Rust works on bytes, this port on chars; the rules are the same. The abbreviation list is read from the Rust
crate's own data file so the two cannot drift apart.
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ABBREV_FILE = os.path.join(HERE, "..", "..", "crates", "core", "data", "abbreviations.tsv")

# Unicode White_Space (Rust char::is_whitespace) plus the invisible separators of segment::is_space
_SPACES = set("\t\n\x0b\x0c\r \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
              "\u2028\u2029\u202f\u205f\u3000\u200b\ufeff\u2060\u180e")
_CLOSERS = set("\"'”’»›)]}」』）】》〉〕")
_OPENERS = set("\"'“‘«‹([{「『（【《〈〔¿¡„‚")
_MARK_RANGES = [(0x0300, 0x036F), (0x0483, 0x0489), (0x0591, 0x05BD), (0x05BF, 0x05BF), (0x05C1, 0x05C2),
                (0x05C4, 0x05C5), (0x05C7, 0x05C7), (0x0610, 0x061A), (0x064B, 0x065F), (0x0670, 0x0670),
                (0x06D6, 0x06DC), (0x06DF, 0x06E4), (0x06E7, 0x06E8), (0x06EA, 0x06ED), (0x0900, 0x0963),
                (0x0966, 0x096F), (0x0971, 0x0DFF), (0x0E00, 0x0E3E), (0x0E40, 0x0E4E), (0x0E50, 0x0E59),
                (0x1AB0, 0x1AFF), (0x1DC0, 0x1DFF), (0x200C, 0x200D), (0x20D0, 0x20FF), (0xFE00, 0xFE0F),
                (0xFE20, 0xFE2F), (0x1F3FB, 0x1F3FF), (0xE0020, 0xE007F), (0xE0100, 0xE01EF)]
CLITICS = {"s", "re", "ve", "ll", "d", "m"}


def _load_abbrevs():
    out = {}
    with open(ABBREV_FILE, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith("#") or "\t" not in line:
                continue
            word, kind = line.split("\t", 1)
            out[word.strip()] = kind.strip() if kind.strip() in ("title", "month", "number") else "general"
    return out


ABBREVS = _load_abbrevs()


def is_space(c):
    return c in _SPACES


def is_mark(c):
    o = ord(c)
    return any(a <= o <= b for a, b in _MARK_RANGES)


def is_alnum(c):
    return c.isalpha() or c.isnumeric()


def is_word_char(c):
    return is_alnum(c) or is_mark(c) or c == "_"


def _at(s, i):
    return s[i] if 0 <= i < len(s) else None


def _before(s, i):
    return s[i - 1] if 0 < i <= len(s) else None


def abbrev(word):
    k = ABBREVS.get(word)
    if k is None and word.lower() != word:
        k = ABBREVS.get(word.lower())
    return k


def is_dotted_abbrev(w):
    if "." not in w:
        return False
    for p in w.split("."):
        n = len(p)
        letters = n > 0 and all(c.isalpha() for c in p)
        if not (letters and (n <= 2 or (n <= 4 and p[0].isupper()))):
            return False
    return True


def tokenize(s):
    """Word spans (char offsets into s) of the string s."""
    out, i = [], 0
    while i < len(s):
        c = s[i]
        if is_space(c):
            i += 1
            continue
        p = _before(s, i)
        fresh = p is None or is_space(p) or p in _OPENERS
        whole = (_url_len(s[i:]) or _email_len(s[i:]) or _tag_len(s[i:])) if fresh else None
        if whole:
            out.append((i, i + whole))
            n = whole
        elif is_word_char(c):
            n = _word_len(s, i)
            _push_word(out, i, s[i:i + n])
        else:
            n = _clitic_len(s, i)
            if n:
                out.append((i, i + n))
            else:
                n = _punct_len(s[i:])
                out.append((i, i + n))
        i += n
    return out


def words(text, start=0, end=None):
    end = len(text) if end is None else end
    return [(start + a, start + b) for a, b in tokenize(text[start:end])]


def _word_len(s, i):
    j = i
    while True:
        while j < len(s) and is_word_char(s[j]):
            j += 1
        c = _at(s, j)
        if c is None:
            break
        after = j + 1
        nxt = _at(s, after)
        if nxt is not None and is_word_char(nxt) and _joins(s, i, j, c):
            j = after
            continue
        if c == "." and _keeps_period(s[i:j], s[after:]):
            j = after
            # "U.S.-backed", "U.K.-U.S." go on as one hyphenated word
            if _at(s, j) == "-" and _at(s, j + 1) is not None and is_word_char(s[j + 1]):
                j += 1
                continue
        break
    return j - i


def _joins(s, i, j, c):
    prev = _before(s, j) or " "
    nxt = _at(s, j + 1) or " "
    if c in ("-", "\u2011", "\u00ad"):
        return True
    if c == ".":
        # "end.The" is two sentences glued together, not one word
        seg = s[i:j]
        k = len(seg)
        while k > 0 and seg[k - 1].isalpha():
            k -= 1
        seg = seg[k:]
        after = _at(s, j + 2)
        glued = (len(seg) >= 2 and all(ch.islower() for ch in seg) and nxt.isupper()
                 and after is not None and after.islower())
        return is_alnum(prev) and not glued
    if c == ",":  # "6,500" but not "1,2": a thousands group is three digits
        k = j + 1
        while k < len(s) and s[k] in "0123456789":
            k += 1
        return prev in "0123456789" and k - (j + 1) == 3
    if c in (":", "/"):
        return prev in "0123456789" and nxt in "0123456789"
    if c in ("'", "’"):
        return prev.isalpha() and nxt.isalpha()
    if c == "&":
        return prev.isupper() and nxt.isupper()
    return False


def _keeps_period(word, rest):
    if rest.startswith("."):
        return False  # "..." is an ellipsis, not an abbreviation's period
    seg = word[word.rfind("-") + 1:] if "-" in word else word
    k = abbrev(seg)
    if k in ("title", "month", "general"):
        return True
    if k == "number":
        r = rest
        while r and is_space(r[0]):
            r = r[1:]
        return r[:1] in tuple("0123456789") and r != ""
    if is_dotted_abbrev(seg):
        return True
    # an initial ("John F. Kennedy"), unless the period ends the sentence ("posted on X.")
    initial = len(seg) == 1 and seg.isupper()
    return initial and not all(is_space(c) or c in _CLOSERS for c in rest)


def _push_word(out, at, w):
    lower = w.lower()
    p = _clitic_split(lower) if len(lower.encode()) == len(w.encode()) else None
    if p is not None and 0 < p < len(w):
        out.append((at, at + p))
        out.append((at + p, at + len(w)))
    else:
        out.append((at, at + len(w)))


def _clitic_split(w):
    for suf in ("n't", "n’t"):
        if len(w.encode()) > len(suf.encode()) + 1 and w.endswith(suf):
            return len(w) - len(suf)
    p = max(w.rfind("'"), w.rfind("’"))
    if p >= 0 and w[p + 1:] in CLITICS:
        return p
    for word, k in (("cannot", 3), ("gonna", 3), ("wanna", 3), ("gotta", 3)):
        if w == word:
            return k
    return None


def _clitic_len(s, i):
    c = s[i]
    if c not in ("'", "’"):
        return None
    p = _before(s, i)
    if p is None or is_space(p):
        return None
    rest = s[i + 1:]
    n = 0
    while n < len(rest) and rest[n].isalpha():
        n += 1
    return 1 + n if rest[:n].lower() in CLITICS else None


def _punct_len(s):
    c = s[0]
    if c in ".-?!`*=><":
        n = 1
        while n < len(s) and (s[n] == c or (c in "?!" and s[n] in "?!")):
            n += 1
        return n

    def regional(x):
        return 0x1F1E6 <= ord(x) <= 0x1F1FF

    end = 1
    if regional(c):
        if end < len(s) and regional(s[end]):
            end += 1
        return end
    # marks, variation selectors, skin tones, keycaps; after a ZWJ the next char too
    while end < len(s):
        x = s[end]
        if x == "\u200d":
            end += 1
            if end < len(s) and not is_space(s[end]):
                end += 1
        elif is_mark(x) or x == "\u20e3":
            end += 1
        else:
            break
    return end


def _url_len(s):
    head = s[:8].lower()
    if not any(head.startswith(p) for p in ("http://", "https://", "ftp://", "www.")):
        return None
    k = 0
    while k < len(s) and not is_space(s[k]):
        k += 1
    n = len(_trim_trailing(s[:k]))
    return n if n > 4 else None


def _trim_trailing(u):
    while u:
        c = u[-1]
        if c in ".,;:!?\"'”’»>}":
            strip = True
        elif c == ")":
            strip = u.count("(") < u.count(")")
        elif c == "]":
            strip = u.count("[") < u.count("]")
        else:
            strip = False
        if not strip:
            return u
        u = u[:-1]
    return u


def _email_len(s):
    local = 0
    while local < len(s) and (is_alnum(s[local]) or s[local] in "._%+-"):
        local += 1
    if local == len(s) or local == 0 or s[local] != "@":
        return None
    dom = s[local + 1:]
    n = parts = 0
    while True:
        k = n
        while k < len(dom) and (is_alnum(dom[k]) or dom[k] == "-"):
            k += 1
        if k == n:
            break
        n = k
        parts += 1
        if dom[n:n + 1] == "." and n + 1 < len(dom) and is_alnum(dom[n + 1]):
            n += 1
        else:
            break
    return local + 1 + n if parts >= 2 else None


def _tag_len(s):
    if s[:1] not in ("@", "#"):
        return None
    rest = s[1:]
    if not rest or not rest[0].isalpha():
        return None
    k = 0
    while k < len(rest) and is_word_char(rest[k]):
        k += 1
    return 1 + k


# ---------------------------------------------------------------- the Rust unit tests, as a self-check
_CASES = [
    ("On Feb. 13, U.S. and U.N. officials (Dr. Smith, Gen. Lee) met at 9 a.m. in St. Louis, etc.",
     "On|Feb.|13|,|U.S.|and|U.N.|officials|(|Dr.|Smith|,|Gen.|Lee|)|met|at|9|a.m.|in|St.|Louis|,|etc."),
    ("He said no. No. 10 is next.", "He|said|no|.|No.|10|is|next|."),
    ("John F. Kennedy posted on X.", "John|F.|Kennedy|posted|on|X|."),
    ("It was in the U.S.", "It|was|in|the|U.S."),
    ("6,500 dead, 3.5% growth, $4 million, 2/13/2024 at 9:00, 30 000 and 1,2 and €5.5.",
     "6,500|dead|,|3.5|%|growth|,|$|4|million|,|2/13/2024|at|9:00|,|30|000|and|1|,|2|and|€|5.5|."),
    ("cross-border ambassador-at-large Nagorno-Karabakh U.S.-backed Kenya-U.S. COVID-19 30-day",
     "cross-border|ambassador-at-large|Nagorno-Karabakh|U.S.-backed|Kenya-U.S.|COVID-19|30-day"),
    ("Armenia's army", "Armenia|'s|army"),
    ("don't can't won't isn’t", "do|n't|ca|n't|wo|n't|is|n’t"),
    ("they're we’ve I'll she'd I'm", "they|'re|we|’ve|I|'ll|she|'d|I|'m"),
    ("Cannot the U.N.’s envoy", "Can|not|the|U.N.|’s|envoy"),
    ("al-Rufay’i O'Brien officers' homes", "al-Rufay’i|O'Brien|officers|'|homes"),
    ("“restraint”, ‘deep concern’ [Feb. 12] (AFP) killed—and Armenia–Azerbaijan — ... …",
     "“|restraint|”|,|‘|deep|concern|’|[|Feb.|12|]|(|AFP|)|killed|—|and|Armenia|–|Azerbaijan|—|...|…"),
    ("\"Why?!\" -- he said.", "\"|Why|?!|\"|--|he|said|."),
    (">> See also:", ">>|See|also|:"),
    ("See https://www.voanews.com/a/x-y/8011115.html. Mail press@voanews.com, (www.rferl.org) @VOANews #Ukraine",
     "See|https://www.voanews.com/a/x-y/8011115.html|.|Mail|press@voanews.com|,|(|www.rferl.org|)|@VOANews|#Ukraine"),
    ("voanews.com reported", "voanews.com|reported"),
    ("Read bbc.co.uk.", "Read|bbc.co.uk|."),
    ("He has a Ph.D. in law.", "He|has|a|Ph.D.|in|law|."),
    ("reality”.The end.The", "reality|”|.|The|end|.|The"),
    ("مرحبا، عالم", "مرحبا|،|عالم"),
]


def self_test():
    bad = []
    for text, want in _CASES:
        got = "|".join(text[a:b] for a, b in tokenize(text))
        if got != want:
            bad.append((text, got, want))
    return bad


if __name__ == "__main__":
    for t, g, w in self_test():
        print("MISMATCH", repr(t), "\n  got ", g, "\n  want", w)
    print("self-test done")
