"""The words inside selfkind's views: table headings, short labels and the lines around them."""

from selfkind.messages.plural import Plural

# Table headings (shown quietly, in lower case).
COLUMN_ID = "id"
COLUMN_WHEN = "when"
COLUMN_EXERCISE = "exercise"
COLUMN_SUMMARY = "summary"
COLUMN_WORDS = "words"
COLUMN_TITLE = "title"
COLUMN_MINUTES = "minutes"
COLUMN_FROM = "from"
COLUMN_TEMPLATE = "template"
COLUMN_MEASURE = "measure"
COLUMN_EXERCISES = "exercises"
COLUMN_PLAN = "plan"
COLUMN_HOW_OFTEN = "how often"
COLUMN_DONE_SO_FAR = "done so far"
COLUMN_TIMES = "times"
COLUMN_SCORE = "score"
COLUMN_FIRST = "first"
COLUMN_LAST = "last"
COLUMN_MEAN = "mean"
COLUMN_TREND = "trend"

# Entries and exercises.
ENTRY_SAVED_EMPTY = "Done."
ENTRY_NO_ANSWERS = "No answers were kept."
DRAFT_MARK = "(draft)"
DRAFT_STATUS = "draft"
EXERCISE_HAS_MISTAKES = "has mistakes: selfkind exercise validate {path}"
EXERCISE_MINUTES = "{minutes} min"
STEP_OPTIONAL = "(optional)"
STEP_SOMETIMES = "(sometimes)"
STEP_PAUSE = Plural(one="{count} second of quiet", other="{count} seconds of quiet")
# What you do at each kind of step, in `exercise show`.
STEP_VERB_SAY = "read"
STEP_VERB_PAUSE = "pause"
STEP_VERB_TEXT = "write"
STEP_VERB_SCALE = "rate"
STEP_VERB_CHOICE = "choose"
STEP_VERB_CONFIRM = "yes/no"

# Practising at the terminal.
PROMPT_SCALE_RANGE = "a number from {low} to {high}"
PROMPT_POSITION = "{number} of {total}"

# The summary.
SUMMARY_MOOD = "Mood"
SUMMARY_MOOD_BY_WEEK = "Mood by week"
# The mood line tells every check-in of the window, with the score table's numbers; "usually"
# is the most common rating, said only when some rating came more than once.
SUMMARY_MOOD_ONE = "{mood}, from the one check-in"
SUMMARY_MOOD_USUALLY = Plural(
    one="usually {usual}; lowest {lowest}, highest {highest}; {mean} on average over {count} check-in",
    other="usually {usual}; lowest {lowest}, highest {highest}; {mean} on average over {count} check-ins",
)
SUMMARY_MOOD_SPREAD = Plural(
    one="lowest {lowest}, highest {highest}; {mean} on average over {count} check-in",
    other="lowest {lowest}, highest {highest}; {mean} on average over {count} check-ins",
)
# The calendar's legend: what each shade means.
SUMMARY_LEGEND = "Entries a day"
KIND_WORDS_QUOTED = "“{words}”"  # the person's own kind words, quoted as the language quotes
# The calendar in words, for plain mode: a week ("Week of 02 Nov") or a month ("November 2026").
SUMMARY_WEEK_OF = "Week of {day}"
SUMMARY_QUIET_WEEK = "{period}: a quiet week"  # no entries: said without counting them as missed
SUMMARY_QUIET_MONTH = "{period}: a quiet month"
SUMMARY_DAYS_PRACTISED = Plural(
    one="{period}: practice on {practised} of {count} day",
    other="{period}: practice on {practised} of {count} days",
)
SUMMARY_LEGEND_NONE = "none"
SUMMARY_LEGEND_MORE = "{count} or more"
SUMMARY_UNDER_A_MINUTE = "<1"  # the minutes column, for runs shorter than a minute
# A score as a block of its own, on a narrow screen.
SUMMARY_SCORE_NUMBERS = "first {first} · last {last} · mean {mean}"
DURATION_MINUTES = Plural(one="{count} minute", other="{count} minutes")
DURATION_HOURS = Plural(one="{count} hour", other="{count} hours")

# Plans and today's list.
PLAN_FROM = "from {sender}"
PLAN_REPORT_TO = "reports locked for the key {key}"
PLAN_STATUS_STARTS = "starts {day}"
PLAN_STATUS_ENDED = "ended {day}"
PLAN_STATUS_ACTIVE = "active"
PLAN_STATUS_ACTIVE_UNTIL = "active until {day}"
PLAN_NOT_YET = "not yet"
PLAN_DONE_THIS_WEEK = "{done} of {times} this week"
PLAN_DONE_TODAY = "done today"
PLAN_DUE_TODAY = "due today"
PLAN_NOT_TODAY = "not today"

# The exercise list's groups, by what an exercise is for (its tags).
PURPOSE_DAILY = "Every day"
PURPOSE_HARD_MOMENTS = "For hard moments"
PURPOSE_PRACTICE = "Practice and reflection"
PURPOSE_LEARN = "Learn"
PURPOSE_MEASURES = "Measures"
EXERCISE_NO_TAG = "No exercise has the tag '{tag}'. Tags in use: {tags}."
