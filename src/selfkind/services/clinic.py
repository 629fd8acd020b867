"""The therapist's side: their age key, and a caseload of the reports clients share, kept
only in their own data folder. Returns data; the CLI says it."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, TypeVar

from selfkind import messages
from selfkind.core.caseload import (
    NAME_LENGTH,
    ClientRow,
    Digest,
    SharedReport,
    client_key,
    fits_name,
)
from selfkind.core.errors import SelfkindError, UsageError

if TYPE_CHECKING:
    from selfkind.formats.age_file import Identity
    from selfkind.storage.errors import Passphrase
    from selfkind.storage.store import Store

LARGEST = 50_000_000  # bytes: far above any report selfkind makes (its page and data)


@dataclass(frozen=True)
class Key:
    recipient: str
    path: Path
    made: bool  # made just now


def clinic_key(*, make: bool) -> Key:
    """The therapist's public key, making the identity first if `make` and there is none."""
    from selfkind.formats.age_file import new_identity
    from selfkind.storage.clinic_key import create_key, key_path

    made = False
    if make and _identity_or_none() is None:
        made = create_key(new_identity().text)  # False: another window made one just now
    identity = _identity_or_none()
    if identity is None:
        raise SelfkindError(messages.CLINIC_NO_KEY)
    return Key(identity.recipient, key_path(), made)


def _identity_or_none() -> Identity | None:
    from selfkind.formats.age_file import BadIdentity, identity_from
    from selfkind.storage.clinic_key import key_path, read_key

    text = read_key()
    if text is None:
        return None
    try:
        return identity_from(text)
    except BadIdentity:
        raise SelfkindError(messages.CLINIC_KEY_UNREADABLE.format(path=key_path())) from None


def read_report(path: Path, identity: Identity) -> SharedReport:
    """One `.selfkind-report` opened and checked; a kind error naming the file if it cannot be."""
    import json

    from selfkind.formats import age_file
    from selfkind.formats.json_reader import NotAReport
    from selfkind.formats.report_file import NewerReport, from_json

    try:
        with path.expanduser().open("rb") as file:
            data = file.read(LARGEST + 1)
    except OSError as error:
        reason = error.strerror or error
        raise SelfkindError(messages.CLINIC_NO_FILE.format(file=path, reason=reason)) from None
    if len(data) > LARGEST:
        raise SelfkindError(messages.CLINIC_TOO_BIG.format(file=path))
    try:
        opened = age_file.unlock(data, identity)
    except age_file.NotAgeFile:
        raise SelfkindError(messages.CLINIC_NOT_AGE.format(file=path)) from None
    except age_file.OtherKey:
        raise SelfkindError(messages.CLINIC_OTHER_KEY.format(file=path)) from None
    except age_file.Damaged:
        raise SelfkindError(messages.CLINIC_DAMAGED.format(file=path)) from None
    try:
        return from_json(json.loads(opened.decode("utf-8")))
    except (ValueError, RecursionError):  # not UTF-8 or not JSON (JSONDecodeError is one)
        problem = messages.CLINIC_NO_REPORT_DATA
    except (NotAReport, NewerReport) as error:
        problem = error.message
    raise SelfkindError(messages.CLINIC_NOT_A_REPORT.format(file=path, problem=problem))


@dataclass
class Added:
    """What `clinic add` did with each file."""

    added: list[tuple[Path, str, SharedReport]] = field(default_factory=list)
    already: list[tuple[Path, str]] = field(default_factory=list)
    near: list[tuple[str, str]] = field(default_factory=list)  # a new client, a known name
    replaced: list[tuple[Path, Digest]] = field(default_factory=list)  # the same days, older
    older: list[tuple[Path, str]] = field(default_factory=list)  # the same days, kept newer


def add_reports(paths: list[Path], client: str | None, passphrase: Passphrase) -> Added:
    """Open and check every file, then add the reports not in the caseload yet, all in one
    transaction; if any file cannot be read, or a new one names no client, nothing is added
    and each problem is named."""
    if client is not None and not fits_name(client):
        raise UsageError(messages.CLINIC_CLIENT_NAME.format(limit=NAME_LENGTH))
    identity = _identity_or_none()
    if identity is None:
        raise SelfkindError(messages.CLINIC_NO_KEY)
    read, problems = [], []
    for path in paths:
        try:
            read.append((path, read_report(path, identity)))
        except SelfkindError as error:
            problems.append(error.message)
    from selfkind.storage.store import open_store

    with open_store(passphrase=passphrase) as store:
        kept = {digest.report_id: digest for digest in _digests(store)}
        done = _sorted_out(read, client, kept, problems)
        if problems:
            raise _not_added(problems)
        _keep(store, done.added, [old.report_id for _, old in done.replaced])
    return done


def _sorted_out(
    read: list[tuple[Path, SharedReport]],
    client: str | None,
    kept: dict[str, Digest],
    problems: list[str],
) -> Added:
    """Which reports are new (with their client's name), which are here already, which
    replace a report of the same client and days made before (the client made it again),
    and which new client's name is near one in the caseload (the same person?)."""
    from selfkind.core.caseload import digest_of
    from selfkind.core.text import closest

    done, names = Added(), {client_key(d.client): d.client for d in kept.values()}
    for path, report in read:
        if report.id in kept:
            done.already.append((path, kept[report.id].client))
            continue
        name = " ".join((client or report.name or "").split())
        if not name:
            problems.append(messages.CLINIC_NO_NAME.format(file=path))
            continue
        digest = digest_of(report, name)
        same = _same_days(digest, kept.values())
        if same is not None and same.made_at >= digest.made_at:
            done.older.append((path, same.client))
            continue
        if same is not None:
            done.replaced.append((path, kept.pop(same.report_id)))
            done.added = [one for one in done.added if one[2].id != same.report_id]
        kept[report.id] = digest
        done.added.append((path, name, report))
        if client_key(name) not in names:
            near = closest(name, names.values()) or _same_start(name, names.values())
            if near:
                done.near.append((name, near))
            names[client_key(name)] = name
    return done


def _same_days(digest: Digest, kept: Iterable[Digest]) -> Digest | None:
    """A report of the same client covering the same days."""
    key, days = client_key(digest.client), (digest.since, digest.until)
    return next(
        (d for d in kept if client_key(d.client) == key and (d.since, d.until) == days), None
    )


def _same_start(name: str, known: Iterable[str]) -> str | None:
    """A known name that starts as this one does, or this one as it ("Jordan", "Jordan P")."""
    key = client_key(name)
    return next(
        (k for k in known if client_key(k).startswith(key) or key.startswith(client_key(k))), None
    )


def _not_added(problems: list[str]) -> SelfkindError:
    if len(problems) == 1:
        return SelfkindError(f"{problems[0]} {messages.CLINIC_NOTHING_ADDED_ONE}")
    return SelfkindError(problems[0], details=(*problems[1:], messages.CLINIC_NOTHING_ADDED))


def _keep(store: Store, added: list[tuple[Path, str, SharedReport]], replaced: list[str]) -> None:
    """The reports, each with its digest, and the ones they replace gone, in one transaction."""
    import json

    from selfkind.core.caseload import digest_of
    from selfkind.formats.caseload_digest import digest_to_json
    from selfkind.formats.report_file import to_json
    from selfkind.storage import caseload

    rows = [
        (
            report.id,
            digest_to_json(digest_of(report, name)),
            json.dumps(to_json(report), ensure_ascii=False),
        )
        for _, name, report in added
    ]
    if rows:
        caseload.add(store, rows, replacing=replaced)


def _digests(store: Store) -> list[Digest]:
    from selfkind.formats.caseload_digest import digest_from_json
    from selfkind.storage import caseload

    return [digest_from_json(text) for _, text in caseload.digests(store)]


def caseload_rows(today: date, passphrase: Passphrase) -> list[ClientRow]:
    """One row per client, by name. Only the first, previous and latest report of each is
    read whole: a caseload of years lists as fast as one of weeks."""
    from datetime import date as day

    from selfkind.core.caseload import client_row, ends
    from selfkind.formats.caseload_digest import digest_from_json, digest_head
    from selfkind.storage import caseload
    from selfkind.storage.store import open_store

    with open_store(passphrase=passphrase) as store:
        heads = [digest_head(text) for _, text in caseload.digests(store)]
    rows = []
    for own in _by_client(heads).values():
        own.sort(key=lambda head: head.order)
        practised = max((h.last_practised for h in own if h.last_practised), default=None)
        rows.append(
            client_row(
                [digest_from_json(head.text) for head in ends(own)],
                today,
                reports=len(own),
                last_practised=day.fromisoformat(practised) if practised else None,
            )
        )
    return sorted(rows, key=lambda row: client_key(row.client))


class _OfClient(Protocol):
    @property
    def client(self) -> str: ...


OfClient = TypeVar("OfClient", bound=_OfClient)  # a digest, or the head of one


def _by_client(reports: list[OfClient]) -> dict[str, list[OfClient]]:
    """Reports grouped by client (case and spacing aside)."""
    grouped: dict[str, list[OfClient]] = {}
    for report in reports:
        grouped.setdefault(client_key(report.client), []).append(report)
    return grouped


@dataclass(frozen=True)
class ClientReports:
    """One client's reports, first to latest, with the row `clinic list` shows of them."""

    row: ClientRow
    reports: list[SharedReport]


def client_reports(name: str, today: date, passphrase: Passphrase) -> ClientReports:
    """Every report of one client, read whole."""
    import json

    from selfkind.core.caseload import in_order, row_of
    from selfkind.formats.report_file import from_json
    from selfkind.services.clinic_language import in_my_language
    from selfkind.storage import caseload
    from selfkind.storage.store import open_store

    with open_store(passphrase=passphrase) as store:
        digests = in_order(_find_client(_by_client(_digests(store)), name))
        texts = caseload.reports(store, [d.report_id for d in digests])
    reports = [in_my_language(from_json(json.loads(text))) for text in texts]
    return ClientReports(row_of(digests, today), reports)


def _find_client(by_client: dict[str, list[Digest]], name: str) -> list[Digest]:
    from selfkind.core.text import closest

    key = client_key(name)
    starting = [digests for known, digests in by_client.items() if known.startswith(key)]
    found = by_client.get(key) or (starting[0] if len(starting) == 1 else None)
    if found:
        return found  # the whole name, or the start of only one
    if not by_client:
        raise SelfkindError(messages.CLINIC_EMPTY)
    names = [digests[-1].client for digests in by_client.values()]
    close = closest(name, names) or _first_word_close(name, names)
    said = messages.CLINIC_NO_CLIENT.format(client=name)
    if close:
        said += " " + messages.CLINIC_DID_YOU_MEAN.format(client=close)
    raise SelfkindError(said + " " + messages.CLINIC_LIST_SHOWS)


def _first_word_close(name: str, names: list[str]) -> str | None:
    """The name whose first word is nearest the one typed ('jordon' for 'Jordan P')."""
    from selfkind.core.text import closest

    firsts = {client_key(known).split()[0]: known for known in names}
    near = closest(client_key(name).split()[0] if name.split() else name, firsts)
    return firsts[near] if near else None


def client_to_remove(name: str, passphrase: Passphrase) -> tuple[str, list[str]]:
    """The client's name as kept, and the ids of their reports."""
    from selfkind.core.caseload import in_order
    from selfkind.storage.store import open_store

    with open_store(passphrase=passphrase) as store:
        digests = in_order(_find_client(_by_client(_digests(store)), name))
    return digests[-1].client, [d.report_id for d in digests]


def remove_reports(report_ids: list[str], passphrase: Passphrase) -> int:
    from selfkind.storage import caseload
    from selfkind.storage.store import open_store

    with open_store(passphrase=passphrase) as store:
        return caseload.remove(store, report_ids)
