"""A story's context: the invented names and figures it mentions, drawn from one number.

A story is identified by a random integer, its *key*. Every slot (``{city}``,
``{pct}``, ...) reads its own fixed field of ``FIELD_BITS`` bits of the key, and only when
a template asks for it. So the lineup can try a headline for the price of the few slots
it uses, and the writer rebuilds exactly the same context later from the same key,
whatever order the slots are asked for in.
"""

from . import vocab

FIELD_BITS = 24
ORDINALS = ["second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]


class Ko(str):
    """A Korean name that takes the right particle: ``format(Ko("서울"), "이")`` gives
    "서울이" and ``format(Ko("부산"), "이")`` gives "부산이"; "은", "을", "과" and "으로"
    work the same way (as do their other forms "가", "는", "를", "와", "로")."""

    __slots__ = ()

    def __format__(self, spec):
        if not spec:
            return str(self)
        with_final, without = PARTICLES[spec]
        code = ord(self[-1]) - 0xAC00
        final = code % 28 if 0 <= code < 11172 else 0
        if with_final == "으로" and final == 8:  # a final ㄹ takes 로
            return self + without
        return self + (with_final if final else without)


PARTICLES = {}
for _pair in (("이", "가"), ("은", "는"), ("을", "를"), ("과", "와"), ("으로", "로")):
    PARTICLES[_pair[0]] = PARTICLES[_pair[1]] = _pair


def _pairs(items):
    return tuple((en, Ko(ko)) for en, ko in items)


class StoryContext(dict):
    """A story's names and figures, filled in from its key as templates ask for them.

    ``{who}`` / ``{who2}`` introduce a quoted person in full the first time (name and
    role) and by surname afterwards."""

    def __init__(self, key, section_slug, ministry, outlet):
        super().__init__(ministry=ministry, ministry_cap=ministry[0].upper() + ministry[1:],
                         outlet=outlet)  # fmt: skip
        self.key = key
        self.section = section_slug

    def introduce(self, number):
        """True the first time person ``number`` (1 or 2) is mentioned."""
        flag = f"_introduced{number}"
        first = flag not in self
        self[flag] = True
        return first

    def __missing__(self, name):
        if name in ("who", "who2"):
            suffix = "2" if name == "who2" else ""
            if self.introduce(2 if suffix else 1):
                return f"{self['person' + suffix]}, {self['person' + suffix + '_role']},"
            return self[f"person{suffix}_last"]
        fill, shift, mask = SLOTS[name]  # KeyError for a slot nobody defined
        fill(self, (self.key >> shift) & mask)
        return self[name]


SLOTS = {}  # slot name: (filler, where its bits start in the key, mask of its bits)
_used_bits = 0


def _slot(*names, fields=1):
    """Register a filler of ``names``: ``fill(ctx, bits)`` sets them all in ``ctx``, from
    the next ``fields`` fields of the key."""

    def register(fill):
        global _used_bits
        width = fields * FIELD_BITS
        for name in names:
            SLOTS[name] = (fill, _used_bits, (1 << width) - 1)
        _used_bits += width
        return fill

    return register


def _pair_slot(name, items):
    items = _pairs(items)

    @_slot(name, name + "_ko")
    def fill(ctx, field):
        ctx[name], ctx[name + "_ko"] = items[field % len(items)]


def _two_slot(name, name2, items):
    """Two different items of one list: {name} and {name2}."""
    items = _pairs(items)
    count = len(items)

    @_slot(name, name + "_ko", name2, name2 + "_ko")
    def fill(ctx, field):
        first = field % count
        second = (first + 1 + (field // count) % (count - 1)) % count
        ctx[name], ctx[name + "_ko"] = items[first]
        ctx[name2], ctx[name2 + "_ko"] = items[second]


def _number(name, low, high, shown=None):
    span = high - low + 1

    @_slot(name)
    def fill(ctx, field):
        value = low + field % span
        ctx[name] = shown(value) if shown else value


for _name, _items in [
    ("port", vocab.PORTS), ("border_town", vocab.BORDER_TOWNS),
    ("nk_city", vocab.NK_CITIES), ("nk_province", vocab.NK_PROVINCES),
    ("host_city", vocab.HOST_CITIES), ("labour_country", vocab.LABOUR_COUNTRIES),
    ("adoptive_country", vocab.ADOPTIVE_COUNTRIES), ("maker", vocab.MAKERS),
    ("ferry_port", vocab.FERRY_PORTS), ("province", vocab.PROVINCES),
    ("mountain", vocab.MOUNTAINS), ("river", vocab.RIVERS),
    ("tech_company", vocab.TECH_COMPANIES), ("conglomerate", vocab.CONGLOMERATES),
    ("battery_maker", vocab.BATTERY_MAKERS), ("carmaker", vocab.CARMAKERS),
    ("chipmaker", vocab.CHIPMAKERS), ("shipbuilder", vocab.SHIPBUILDERS),
    ("bank", vocab.BANKS), ("group", vocab.GROUPS), ("title", vocab.TITLES),
    ("book", vocab.BOOKS), ("prize", vocab.PRIZES), ("relic", vocab.RELICS),
    ("product", vocab.PRODUCTS), ("gadget", vocab.GADGETS), ("bill", vocab.BILLS),
    ("project", vocab.PROJECTS), ("post", vocab.POSTS), ("food", vocab.FOODS),
    ("crop", vocab.CROPS), ("dish", vocab.DISHES), ("export_good", vocab.EXPORT_GOODS),
]:  # fmt: skip
    _pair_slot(_name, _items)

for _name, _name2, _items in [
    ("city", "city2", vocab.CITIES), ("company", "company2", vocab.COMPANIES),
    ("team", "team2", vocab.TEAMS), ("club", "club2", vocab.CLUBS),
    ("esports", "esports2", vocab.ESPORTS),
]:  # fmt: skip
    _two_slot(_name, _name2, _items)

_COUNTRIES = _pairs(vocab.COUNTRIES)
_ASIAN_COUNTRIES = _pairs(vocab.ASIAN_COUNTRIES)


# Korean names the pair "Korea and X" with a hyphen, except its two closest neighbours.
_PAIRS_KO = {"일본": "한일", "중국": "한중"}


@_slot("country", "country_ko", "country2", "country2_ko", "pair_ko")
def _countries(ctx, field):
    """The Asia section's stories stay among Korea's neighbours."""
    items = _ASIAN_COUNTRIES if ctx.section == "asia" else _COUNTRIES
    first = field % len(items)
    second = (first + 1 + (field // len(items)) % (len(items) - 1)) % len(items)
    ctx["country"], ctx["country_ko"] = items[first]
    ctx["country2"], ctx["country2_ko"] = items[second]
    ctx["pair_ko"] = _PAIRS_KO.get(ctx["country_ko"], f"한-{ctx['country_ko']}")


_SPORTS = _pairs(vocab.SPORTS)


@_slot("sport", "sport_ko", "sport_cap")
def _sport(ctx, field):
    ctx["sport"], ctx["sport_ko"] = _SPORTS[field % len(_SPORTS)]
    ctx["sport_cap"] = ctx["sport"][0].upper() + ctx["sport"][1:]


_PRODUCE = _pairs(vocab.PRODUCE)


@_slot("produce", "produce_ko", "produce_cap")
def _produce(ctx, field):
    ctx["produce"], ctx["produce_ko"] = _PRODUCE[field % len(_PRODUCE)]
    ctx["produce_cap"] = ctx["produce"].capitalize()


@_slot("institute", "university")
def _places_of_learning(ctx, field):
    ctx["institute"] = vocab.INSTITUTES[field % len(vocab.INSTITUTES)]
    ctx["university"] = vocab.UNIVERSITIES[(field >> 8) % len(vocab.UNIVERSITIES)]


@_slot("person_role", "person2_role")
def _roles(ctx, field):
    roles = vocab.ROLES[ctx.section]
    first = field % len(roles)
    second = (first + 1 + (field // len(roles)) % (len(roles) - 1)) % len(roles)
    where = {"institute": ctx["institute"], "university": ctx["university"]}
    ctx["person_role"] = roles[first].format_map(where)
    ctx["person2_role"] = roles[second].format_map(where)


_SURNAMES = _pairs(vocab.SURNAMES)
_GIVEN = _pairs(vocab.GIVEN_NAMES)


_PLAYER_NAMES = _pairs(vocab.PLAYER_NAMES)


@_slot("person", "person_ko", "person_last", "person2", "person2_ko", "person2_last", "subject",
       "subject_ko", "subject_last", "player", "player_ko", "player_last", fields=2)  # fmt: skip
def _people(ctx, field):
    """Two quoted people, the subject of a story and a player, with different surnames."""
    count = len(_SURNAMES)
    taken = []
    for left in range(count, count - 4, -1):
        i = field % left
        field //= left
        for j in sorted(taken):
            if i >= j:
                i += 1
        taken.append(i)
    names = []
    for given in (_GIVEN, _GIVEN, _GIVEN, _PLAYER_NAMES):
        names.append(given[field % len(given)])
        field //= len(given)
    for slot, (last, last_ko), (given, given_ko) in zip(
        ("person", "person2", "subject", "player"),
        (_SURNAMES[i] for i in taken),
        names,
        strict=True,
    ):
        ctx[slot] = f"{last} {given}"
        ctx[slot + "_last"] = last
        ctx[slot + "_ko"] = Ko(last_ko + given_ko)


@_slot("small_n", "small_word", "small_word_cap", "small_ordinal")
def _small(ctx, field):
    small = 2 + field % 8
    ctx["small_n"] = small
    ctx["small_word"] = vocab.SMALL_WORDS[small - 2]
    ctx["small_word_cap"] = vocab.SMALL_WORDS[small - 2].capitalize()
    ctx["small_ordinal"] = ORDINALS[small - 2]


@_slot("bn", "bn_ko")
def _billions(ctx, field):
    ctx["bn"] = 12 + field % 469
    ctx["bn_ko"] = ctx["bn"] * 10  # 억 (hundred millions) of won


@_slot("musd", "musd_ko")
def _million_dollars(ctx, field):
    ctx["musd"] = 2 + field % 39
    ctx["musd_ko"] = ctx["musd"] * 100  # 만 (ten thousands) of dollars


@_slot("rent", "rent_ko")
def _rent(ctx, field):
    ctx["rent_ko"] = 38 + field % 58  # 만 won
    ctx["rent"] = f"{ctx['rent_ko'] * 10000:,}"


@_slot("minute", "minute_ko")
def _minute(ctx, field):
    ctx["minute"] = 84 + field % 7
    ctx["minute_ko"] = ctx["minute"] - 45  # Korean counts the minutes of the second half


@_slot("score")
def _score(ctx, field):
    winner = 1 + field % 9
    ctx["score"] = f"{winner}-{(field >> 8) % winner}"


@_slot("draw")
def _draw(ctx, field):
    goals = field % 4
    ctx["draw"] = f"{goals}-{goals}"


for _args in [
    ("pct", 3, 52), ("pct2", 1, 9), ("growth", 2, 24), ("hike", 12, 40), ("jump", 25, 160),
    ("drop", 8, 29), ("share", 31, 36), ("poll", 24, 58),
    ("n", 20, 400, lambda v: f"{v * 100:,}"), ("n2", 12, 90, lambda v: v * 10),
    ("years", 6, 35), ("seasons", 8, 21), ("ayes", 151, 212), ("nays", 41, 118),
    ("anniv", 20, 75), ("days", 10, 95),
    ("amount", 12, 95, lambda v: f"{v / 10:.1f}"), ("budget", 52, 199, lambda v: f"{v / 10:.1f}"),
    ("rate", 10, 14, lambda v: f"{v / 4:.2f}"), ("fx", 300, 480, lambda v: f"1,{v}"),
    ("age", 68, 94), ("teen", 14, 19), ("young", 19, 26), ("adult", 35, 62),
    ("km", 4, 38), ("mm", 120, 420), ("temp", 34, 39),
    ("price", 40, 75, lambda v: f"{v * 100:,}"), ("wed", 18, 62),
    ("wage", 100, 118, lambda v: f"{v * 100:,}"), ("debt", 850, 990, lambda v: f"1,{v}"),
    ("kospi", 240, 330, lambda v: f"{v * 10:,}"), ("cpi", 11, 49, lambda v: f"{v / 10:.1f}"),
    ("vote", 61, 94), ("magnitude", 25, 49, lambda v: f"{v / 10:.1f}"), ("charts", 11, 93),
    ("million_n", 2, 12), ("langs", 5, 40), ("tour_n", 8, 36), ("minutes", 6, 18),
    ("hr", 28, 52), ("attend", 7, 11), ("commute", 58, 141), ("squad", 12, 40),
    ("sleep", 61, 69, lambda v: v / 10),
    ("visa_days", 1, 3, lambda v: v * 30), ("qubits", 20, 150), ("pitches", 96, 128),
]:  # fmt: skip
    _number(*_args)

KEY_BITS = _used_bits


def story_context(key, section_slug, ministry, outlet):
    """The context of the story with this key (an integer of ``KEY_BITS`` random bits)."""
    return StoryContext(key, section_slug, ministry, outlet)
