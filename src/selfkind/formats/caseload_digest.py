"""What a therapist's caseload keeps of each report to list it (`clinic list`): a digest, as
compact JSON in the store, read without the rest of the report."""

from __future__ import annotations

import json
from datetime import date
from typing import NamedTuple

from selfkind.core.caseload import Digest, Latest


def day_or_none(day: date | None) -> str | None:
    """A day as JSON writes it, or null."""
    return day.isoformat() if day else None


def digest_to_json(digest: Digest) -> str:
    """What the caseload keeps to list a report, as compact JSON."""
    return json.dumps(
        [
            digest.report_id,
            digest.client,
            digest.made_at,
            digest.since.isoformat(),
            digest.until.isoformat(),
            [list(plan) for plan in digest.plans],
            list(digest.done_and_asked) if digest.done_and_asked else None,
            day_or_none(digest.last_practised),
            [
                [
                    m.exercise_id,
                    m.score_id,
                    m.label,
                    m.exercise_title,
                    m.value,
                    m.band,
                    m.day.isoformat(),
                    m.method,
                ]
                for m in digest.latest
            ],
        ],
        ensure_ascii=False,
    )


class DigestHead(NamedTuple):
    """What orders and groups a caseload's reports, read without the rest of the digest."""

    client: str
    order: tuple[str, str, str]  # the last day covered, when made, the report's id
    last_practised: str | None
    text: str


def digest_head(text: str) -> DigestHead:
    report_id, client, made_at, _, until, _, _, last, _ = json.loads(text)
    return DigestHead(client, (until, made_at, report_id), last, text)


def digest_from_json(text: str) -> Digest:
    """A digest as `digest_to_json` wrote it (the store's own, sealed when it is encrypted)."""
    (report_id, client, made_at, since, until, plans, done, last, latest) = json.loads(text)
    return Digest(
        report_id=report_id,
        client=client,
        made_at=made_at,
        since=date.fromisoformat(since),
        until=date.fromisoformat(until),
        plans=tuple((plan_id, title) for plan_id, title in plans),
        done_and_asked=(done[0], done[1]) if done else None,
        last_practised=date.fromisoformat(last) if last else None,
        latest=tuple(
            Latest(e, s, label, title, value, band, date.fromisoformat(day), *method)
            for e, s, label, title, value, band, day, *method in latest
        ),
    )
