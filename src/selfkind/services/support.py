"""Support lines shown by `selfkind help-now`. Check them before each release: they change.

The list is data: add a line with the regions it serves (ISO country codes) and it
shows for people who set that region, and for everyone who has set none. Each line
names the published source its number was checked against, and when (CHECKED).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from selfkind.core.entry import Entry
    from selfkind.core.exercise import Exercise
    from selfkind.storage.store import Store

CHECKED = "2026-12-01"  # when every number below was last checked against its source


@dataclass(frozen=True)
class Line:
    where: str
    name: str
    how: str
    regions: tuple[str, ...] = ()  # empty: shown for everyone
    widely: bool = False  # among the few the support panel shows when no region is set


@dataclass(frozen=True)
class Region:
    code: str  # ISO 3166-1 alpha-2, as stored by `config set region`
    name: str  # as in "Germany (DE)"
    short: str  # the "where" column of the emergency line
    emergency: tuple[str, ...]  # the number to call first, then any other that works
    the: bool = False  # said "the United Kingdom"

    @property
    def called(self) -> str:
        """The region's name as it sits in a sentence."""
        from selfkind.messages.language import ENGLISH, current_language, translated

        if self.the and current_language() == ENGLISH:  # "the United Kingdom"
            return f"the {self.name}"
        return translated(self.name)


LINES = (
    # cmhasaskatoon.ca/9-8-8 ("call and text 9-8-8", name "9-8-8: Suicide Crisis Helpline");
    # napaneebeaver.ca (Government of Canada launch notice, call or text, 24/7). Checked 2026-12-01.
    Line("Canada", "9-8-8 Suicide Crisis Helpline", "call or text 988", ("CA",), widely=True),
    # mcphs.edu and cdcr.ca.gov pages on the "988 Suicide & Crisis Lifeline" ("call or text
    # 988", 24/7). Checked 2026-12-01.
    Line("US", "988 Suicide & Crisis Lifeline", "call or text 988", ("US",), widely=True),
    # alexproject.org, sfisd.net ("Text HOME to 741741 from anywhere in the USA"). Checked 2026-12-01.
    Line("US", "Crisis Text Line", "text HOME to 741741", ("US",)),
    # samaritans.org/how-we-can-help/contact-samaritan (free from landlines and mobiles);
    # civilsociety.co.uk ("free helpline number, which is available 24/7, is 116 123");
    # newstalk.com and irishexaminer.com (116 123 free in Ireland too). Checked 2026-12-01.
    Line(
        "UK and Ireland",
        "Samaritans",
        "call 116 123 (free, day or night)",
        ("GB", "IE"),
        widely=True,
    ),
    # giveusashout.org/about-us/faq ("texting 'SHOUT' to '85258'", 24/7). Checked 2026-12-01.
    Line("UK", "Shout", "text SHOUT to 85258", ("GB",)),
    # HSE-funded 50808: irishexaminer.com/news/arid-31005605.html, todayfm.com launch
    # reports ("a free 24/7 text service"). Checked 2026-12-01.
    Line("Ireland", "50808", "text 50808 (free, day or night)", ("IE",)),
    # health.govt.nz ("call or text 1737 anytime day or night"); pegasus.health.nz
    # ("free to call and text ... 24 hours a day"). Checked 2026-12-01.
    Line("New Zealand", "Need to talk? 1737", "call or text 1737 (free, day or night)", ("NZ",)),
    # en.wikipedia.org/wiki/Lifeline_(crisis_support_service); lifelineh2h.org.au FAQ
    # (24-hour line; free from mobiles, a local call from landlines). Checked 2026-12-01.
    Line("Australia", "Lifeline", "call 13 11 14 (day or night)", ("AU",)),
    # Ministerio de Sanidad line via rtve.es and farodevigo.es ("gratuito, confidencial y
    # disponible las 24 horas"). Checked 2026-12-01.
    Line("Spain", "Línea 024", "call 024 (free, day or night)", ("ES",)),
    # maldita.es/malditaciencia/20220510 ("Teléfono de la Esperanza ... 717 003 717"). Checked 2026-12-01.
    Line("Spain", "Teléfono de la Esperanza", "call 717 003 717", ("ES",)),
    # service-public.fr/particuliers/actualites/A15206 ("gratuit, accessible 24 heures sur
    # 24 et 7 jours sur 7"); 3114.fr. Checked 2026-12-01.
    Line("France", "3114", "call 3114 (free, day or night)", ("FR",)),
    # francetvinfo.fr and francebleu.fr ("09 72 39 40 50", 24h sur 24). Checked 2026-12-01.
    Line("France", "SOS Amitié", "call 09 72 39 40 50 (day or night)", ("FR",)),
    # domradio.de/glossar/telefonseelsorge-0 (0800 111 0 111 and 0800 111 0 222, "rund um
    # die Uhr kostenfrei"); ansbach-evangelisch.de and the 2021 Deutsche Post stamp text
    # (also 116 123). Checked 2026-12-01.
    Line(
        "Germany",
        "TelefonSeelsorge",
        "call 0800 111 0 111, 0800 111 0 222 or 116 123 (free, day or night)",
        ("DE",),
    ),
    # Portugal's national suicide prevention line, open since 2025-09-10:
    # 24noticias.sapo.pt, altominho.tv ("1411 ... gratuito ... 24 horas"). Checked 2026-12-01.
    Line("Portugal", "Linha 1411", "call 1411 (free, day or night)", ("PT",)),
    # sns24.gov.pt/en/servico/aconselhamento-psicologico-no-sns-24 ("808242424 ... option 4",
    # clinical psychologists, 24/7). Checked 2026-12-01.
    Line("Portugal", "SNS 24", "call 808 24 24 24, then option 4, for a psychologist", ("PT",)),
    # 24noticias.sapo.pt (2025-09: 15h30 to 0h30 at 213 544 545, 912 802 669, 963 524 660);
    # tsf.pt (same numbers). Checked 2026-12-01.
    Line(
        "Portugal",
        "SOS Voz Amiga",
        "call 213 544 545, 912 802 669 or 963 524 660 (afternoons and evenings)",
        ("PT",),
    ),
    # findahelpline.com (ThroughLine's directory of free helplines by country). Checked 2026-12-01.
    Line("Everywhere else", "Find a Helpline", "findahelpline.com lists free lines near you"),
)

# Emergency numbers, checked 2026-12-01: 911 in Canada: alberta.ca/what-to-expect-when-calling-911,
# ohse.ca; 911 in the US: westmilford.org, pricecountywi.net; 999 and 112 in the UK:
# dorset.police.uk, wellingtonpractice.co.uk ("112 ... operates exactly the same as 999");
# 112 or 999 in Ireland: www2.hse.ie/emergencies/when-to-call-112-or-999; 000 in Australia:
# acma.gov.au emergency call service FAQ; 111 in New Zealand: police.govt.nz/contact-us/
# calling-emergency-111, govt.nz; 112 in every EU country (Spain, France, Germany, Portugal):
# the European Commission's notice via news.lt, and service-public.fr for France.
REGIONS_KNOWN = (  # in the order of their names, as `config set` lists them
    Region("AU", "Australia", "Australia", ("000",)),
    Region("CA", "Canada", "Canada", ("911",)),
    Region("FR", "France", "France", ("112",)),
    Region("DE", "Germany", "Germany", ("112",)),
    Region("IE", "Ireland", "Ireland", ("112", "999")),
    Region("NZ", "New Zealand", "New Zealand", ("111",)),
    Region("PT", "Portugal", "Portugal", ("112",)),
    Region("ES", "Spain", "Spain", ("112",)),
    Region("GB", "United Kingdom", "UK", ("999", "112"), the=True),
    Region("US", "United States", "US", ("911",), the=True),
)
BY_CODE = {region.code: region for region in REGIONS_KNOWN}
REGIONS = sorted(BY_CODE)
COMMON_EMERGENCY = ("911", "999", "112", "000", "111")  # shown when no region is set

# What people type, as `_plain` leaves it, mapped to a code; the codes themselves match too.
NAMES = {
    "uk": "GB",
    "england": "GB",
    "scotland": "GB",
    "wales": "GB",
    "northern ireland": "GB",
    "britain": "GB",
    "great britain": "GB",
    "united kingdom": "GB",
    "the united kingdom": "GB",
    "usa": "US",
    "america": "US",
    "united states": "US",
    "united states of america": "US",
    "the united states": "US",
    "deutschland": "DE",
    "germany": "DE",
    "espana": "ES",
    "spain": "ES",
    "france": "FR",
    "portugal": "PT",
    "ireland": "IE",
    "eire": "IE",
    "new zealand": "NZ",
    "aotearoa": "NZ",
    "canada": "CA",
    "australia": "AU",
}


def _plain(text: str) -> str:
    """Lower case without accents, dots or extra spaces: ' Éire ' and 'U.K.' as 'eire', 'uk'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(bare.replace(".", "").split())


def region_named(text: str | None) -> Region | None:
    """The region a person means by a name or a code, or None if selfkind does not know it."""
    if not text:
        return None
    plain = _plain(text)
    return BY_CODE.get(NAMES.get(plain, plain.upper()))


def emergency_line(region: Region | None) -> Line:
    """Emergency services: the region's own number, or the common ones when it is unknown."""
    from selfkind import messages
    from selfkind.messages.language import translated

    if region is None:
        numbers = ", ".join(COMMON_EMERGENCY)
        return Line(
            messages.EMERGENCY_WHERE,
            messages.EMERGENCY_NAME,
            messages.EMERGENCY_ANY.format(numbers=numbers),
        )
    first, *others = region.emergency
    how = messages.EMERGENCY_CALL.format(number=first)
    if others:
        how = messages.EMERGENCY_CALL_OR.format(number=first, other=", ".join(others))
    return Line(translated(region.short), messages.EMERGENCY_NAME, how, (region.code,))


def lines_for(region: str | None) -> list[Line]:
    """The emergency line, then the lines for a region and those for everyone. With no region,
    or one this version does not know (set by an older one), every line is shown."""
    known = region_named(region)
    if known is None:
        return [emergency_line(None), *map(_said, LINES)]
    return [
        emergency_line(known),
        *(_said(line) for line in LINES if not line.regions or known.code in line.regions),
    ]


def _said(line: Line) -> Line:
    """A line with where it serves and how to reach it in the language spoken (its name is a
    name); tools/translations.py gives translators these words."""
    from dataclasses import replace

    from selfkind.messages.language import translated

    return replace(line, where=translated(line.where), how=translated(line.how))


def panel_lines(region: str | None) -> list[Line]:
    """The lines for the support panel: the region's, or with no region a few that serve many
    people (a long list would scroll what matters off a small screen); help-now has them all."""
    if region_named(region) is not None:
        return lines_for(region)
    return [line for line in lines_for(None) if line.widely or not line.regions]


REGION = "region"  # the setting that holds it


def support_region() -> str | None:
    """The region set with `config set region`, if any; None if the data cannot be read."""
    from selfkind.core.errors import SelfkindError
    from selfkind.storage.store import open_store

    try:
        with open_store() as store:
            return store.setting(REGION)
    except SelfkindError:
        return None


def latest_safety_plan(store: Store) -> Entry | str | None:
    """The newest safety plan with something written in it (every part may be skipped); its
    id if it is encrypted and cannot be opened now; None if there is none."""
    from selfkind.core.danger import SAFETY_PLAN
    from selfkind.core.errors import SelfkindError
    from selfkind.storage.store import EntryFilter

    for entry_id in store.ids(EntryFilter(exercise_id=SAFETY_PLAN, complete_only=True, limit=20)):
        try:
            entry = store.get(entry_id)
        except SelfkindError:  # encrypted, and the passphrase is not at hand
            return entry_id
        if entry.answers:
            return entry
    return None


def safety_plan_and_exercise(store: Store) -> tuple[Entry | str | None, Exercise | None]:
    """The latest safety plan (as `latest_safety_plan` gives it) and the exercise it was
    written with, to show its questions beside its answers."""
    from selfkind.services.stored import exercises_of

    plan = latest_safety_plan(store)
    if plan is None or isinstance(plan, str):
        return plan, None
    return plan, exercises_of(store)(plan)
