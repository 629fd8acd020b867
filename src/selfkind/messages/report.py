"""The words in what selfkind writes to files: a report for a therapist, and an export to read."""

from selfkind.messages.plural import Plural

# A report to share.
REPORT_TITLE = "selfkind report"
REPORT_TITLE_FOR = "selfkind report: {name}"
REPORT_WINDOW = "{since} to {until}"
REPORT_WINDOW_PLANS = "{since} to {until} · plan: {plans}"
REPORT_SHARED = (
    "The person chose what to include: the ratings and choices of {rated} of {count} entries, "
    "and the words of {shared}."
)
REPORT_NOT_SHARED = "The words of entries are not included; only numbers are."
REPORT_ABOUT = "{window}. Made on {today}. {shared}"
# How much practice, counted by entries; a window of one day has its own sentence.
REPORT_PRACTICE = Plural(
    one="Practised on {practised} of {days} days; {count} entry.",
    other="Practised on {practised} of {days} days; {count} entries.",
)
REPORT_PRACTICE_ONE_DAY = Plural(
    one="Practised on {practised} of 1 day; {count} entry.",
    other="Practised on {practised} of 1 day; {count} entries.",
)
REPORT_PLAN = "Plan: {title}"
REPORT_MOOD = "Check-in mood"
REPORT_MOOD_CHART = "Mood (0 to 10)"
REPORT_MOOD_SAID = "Mood: {words}."
REPORT_SCORES = "Scores over time"
REPORT_BEFORE_AND_AFTER = "{label}: before and after"
REPORT_BEFORE = "before"
REPORT_AFTER = "after"
REPORT_IN_BAND = "{value} ({band})"
REPORT_ON_SCALE = "{value} (on {scale})"
REPORT_WORDS_LEFT_OUT = "…"  # in a question, where it quotes words the person did not share
REPORT_EACH_TIME = "Each time: {title}"
REPORT_COLUMN_DATE = "date"
REPORT_ENTRIES_SHARED = "Entries the person chose to share"
# Table headings.
REPORT_COLUMN_EXERCISE = "exercise"
REPORT_COLUMN_HOW_OFTEN = "how often"
REPORT_COLUMN_DONE = "done and asked"
REPORT_COLUMN_WEEKS = "week by week"
# Adherence, in the same words in plan show, today, the report and its Markdown.
ADHERENCE_TOTAL = "{done} done, {asked} asked"
ADHERENCE_WEEK = "{monday}: {done} of {asked}"
ADHERENCE_WEEK_SO_FAR = "{monday}, under way: {done} so far; {asked} for the whole week"
ADHERENCE_RULE = (
    "Every entry counts, in the week it was made; a weekly one done on the Monday or Tuesday "
    "after its week counts for that week. The week under way asks only what is done so far, "
    "so it is never counted as missed."
)

# An export to read.
JOURNAL_TITLE = "My selfkind journal"
