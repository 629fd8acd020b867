"""What went wrong and what to do; answers given up front; results; entries for an earlier day."""

from selfkind.messages.plural import Plural

# Errors: what happened, then what to do.
NO_SUCH_EXERCISE = "There is no exercise called '{name}'. `selfkind exercise list` shows them all."
NO_SUCH_EXERCISE_CLOSE = "There is no exercise called '{name}'. Did you mean '{close}'?"
DATE_UNKNOWN = "'{text}' is not a date selfkind can read. Use YYYY-MM-DD (like 2026-11-25), today, yesterday or 7d."
DATE_UNKNOWN_CLOSE = "'{text}' is not a date selfkind can read. Did you mean '{close}'? Use YYYY-MM-DD (like 2026-11-25), today, yesterday or 7d."
NO_SUCH_FILE = "There is no file at {path}. Check the path and try again."
NO_SUCH_ENTRY = "There is no entry with the id '{id}'. `selfkind entries list` shows the ids."
AMBIGUOUS_ENTRY = "More than one entry starts with '{id}'. Type a few more characters of the id."
STORE_UNREADABLE = "selfkind could not open its data at {path} ({reason}). Check that the folder is yours and readable."
STORE_FAILED = "selfkind could not read or write its data at {path} ({reason}). Check the folder's permissions and free space, then try again."
NOT_A_DATABASE = "{path} is not a selfkind database, so selfkind left it untouched. Move it aside or set SELFKIND_HOME to another folder."
NEWER_DATABASE = "The data at {path} was written by a newer selfkind. Update selfkind to open it; nothing was changed."
UNEXPECTED = "Something went wrong inside selfkind, and it is not your fault. Nothing you wrote earlier was touched; run again with SELFKIND_DEBUG=1 to see the details for a bug report."
INTERRUPTED = "Stopped. Nothing new was saved."
RESUMING = "Picking up where you left off. So far:"
RESUMING_FROM_START = "Picking up where you left off."

# Answers given up front.
ANSWERS_DONT_FIT = (
    "Some answers do not fit their steps, so nothing was saved. Fix them and run again:"
)
ANSWER_FOR_NO_STEP = "{step}: there is no step with this id in '{exercise}' (its steps: {steps})"
ANSWER_DOESNT_FIT = "{step}: {problem}"
MISSING_ANSWERS = "These steps need an answer and there is no terminal to ask, so nothing was saved. Give them with --set ID=VALUE or --answers FILE:"
MISSING_ANSWER = "{step}: {expects}"
SKIPPED_ANSWER = "The answer for '{step}' was not used: that step was skipped by its condition."
BAD_SET = "--set takes ID=VALUE, like --set mood=6; '{text}' has no '='."
ANSWER_NOT_A_VALUE = "'{step}' should be a single answer, or a list for a choices step"
# What a step's answer looks like ({expected} below), and why an answer does not fit.
ANSWER_TEXT = "some text"
ANSWER_WHOLE_NUMBER = "a whole number from {low} to {high}"
ANSWER_ONE_OF = "one of: {options}"
ANSWER_AT_LEAST_OF = "at least {least} of: {options}"
ANSWER_ANY_OF = "any of: {options}"
ANSWER_YES_NO = "yes or no (true or false)"
ANSWER_NOT_A_LIST = "expects {expected}, not a list"
ANSWER_EMPTY = "needs some text; it cannot be left empty"
ANSWER_TOO_LONG = "is {length} characters long; this step takes at most {limit}"
ANSWER_NOT_EXPECTED = "expects {expected}, not '{text}'"
ANSWER_NOT_AN_OPTION = "expects {expected}; '{text}' is not one of them"
ANSWER_EXPECTS = "expects {expected}"

# Results.
DELETED = "Deleted the entry from {date}."
KEPT = "Kept it. Nothing was deleted."
CONFIRM_DELETE = "Delete “{title}” from {date}? This cannot be undone."
DELETE_NEEDS_YES = "Deleting needs a yes. Run again with --yes to delete without being asked."
VALID_FILE = "{path} looks good."
ALL_VALID = "All {count} files look good."
INVALID_FILE = Plural(
    one="{path} has {count} mistake; fix it and try again.",
    other="{path} has {count} mistakes; fix them and try again.",
)
VALIDATE_FAILED = Plural(
    one="{count} file has mistakes; fix them and run validate again.",
    other="{count} files have mistakes; fix them and run validate again.",
)
NO_ENTRIES = "No entries here yet. When you are ready, `selfkind checkin` takes about a minute."
NO_ENTRIES_MATCH = "No entries match. Try a wider window of dates, or leave out --exercise."
SCHEMA_WRITTEN = "Wrote the exercise schema to {path}."

# Entries for an earlier day.
DATE_IN_FUTURE = "{day} has not come yet; an entry can be written for today or an earlier day."
DATE_TOO_EARLY = "{day} is before 1970, earlier than selfkind keeps dates; choose a later day."
WRITTEN_LATER = "written on {day}"
WRITTEN_LATER_SHORT = "(later)"
DATED_RUN = "For {day}, written today. The questions say 'today': answer for that day."
ANSWER_SAID_YES = "yes"  # a yes-or-no answer, as it reads in a sentence or on a card
ANSWER_SAID_NO = "no"
