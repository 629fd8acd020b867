"""Search, export and import, and the mistakes an import can find."""

from selfkind.messages.plural import Plural

# Search, export and import.
STANDARD_INPUT = "standard input"
SEARCH_NOTHING = "Nothing matches '{text}'. Try fewer words, or the start of a word."
SEARCH_MORE = "Showing the newest {shown} of {total}. --limit shows more."
EXPORTED = Plural(one="Wrote {count} entry to {path}.", other="Wrote {count} entries to {path}.")
# Two counts, two sentences: how many came in, then how many were known already.
IMPORTED = Plural(
    one="Added {added} of {count} entry from {path}.",
    other="Added {added} of {count} entries from {path}.",
)
IMPORTED_KNOWN = Plural(one="{count} was already here.", other="{count} were already here.")
IMPORTED_DELETED = Plural(
    one="{count} was deleted earlier (here or on another computer) and stays deleted.",
    other="{count} were deleted earlier (here or on another computer) and stay deleted.",
)
IMPORT_NOT_JSON = (
    "{path} is not JSON ({reason}). selfkind imports its own JSON export or a jrnl JSON export."
)
IMPORT_UNKNOWN = "{path} is neither a selfkind export nor a jrnl export, so nothing was imported."
IMPORT_UNREADABLE = "selfkind could not read {path} ({reason}). Check the path and try again."
IMPORT_NOT_TEXT = (
    "{path} is not a text file. selfkind imports its own JSON export or a jrnl JSON export."
)
EXPORT_FORMAT = "'{format}' is not a format selfkind writes; use json, csv, md or html."
EXPORT_UNWRITABLE = (
    "selfkind could not write {path} ({reason}). Check the folder and free space, then try again."
)
IMPORT_SOURCES_SKIPPED = Plural(
    one="{count} exercise text in the file had mistakes or did not match, so it was left out; its entries came in and show their answers without the questions.",
    other="{count} exercise texts in the file had mistakes or did not match, so they were left out; their entries came in and show their answers without the questions.",
)

# Imports checked like answers.
IMPORT_TOO_LARGE = "{path} is larger than {limit} MB, more than selfkind imports at once, so nothing was imported. Split it into smaller files (an export takes --since and --until) and import each one."
IMPORT_TOO_DEEP = "{path} has lists or objects nested inside each other far more deeply than any export, so nothing was imported. Check that it is the file you meant."
IMPORT_HUGE_NUMBER = "{path} holds a number thousands of digits long, which no export has, so nothing was imported. Check that it is the file you meant."
IMPORT_REFUSED = Plural(
    one="{path} has {count} mistake, so nothing was imported. Fix or remove what is listed, then import again:",
    other="{path} has {count} mistakes, so nothing was imported. Fix or remove what is listed, then import again:",
)
IMPORT_FILE_MISTAKE = "{path}: {problem}"
IMPORT_ENTRY_MISTAKE = "{path}: entry {number} ({which}): {problem}"
IMPORT_JRNL_MISTAKE = "{path}: entry {number}: {problem}"
IMPORT_ENTRY_ID = "id {id}"
IMPORT_ENTRY_NO_ID = "no id"
IMPORT_MORE_MISTAKES = "and {count} more"
IMPORT_ENTRIES_NOT_LIST = "'entries' should be a list"
IMPORT_EXERCISES_NOT_MAP = "'exercises' should map each exercise hash to its text"
IMPORT_NOT_AN_ENTRY = "it should be an object with id, exercise, times and answers"
IMPORT_EXERCISE_NOT_OBJECT = "'exercise' should be an object with id, title and hash"
IMPORT_FIELD_NOT_TEXT = "'{key}' should be text"
IMPORT_FIELD_NOT_VALID_TEXT = "'{key}' holds characters that are not text"
IMPORT_BAD_ID = "the id '{id}' should be lower-case letters, digits, - or _"
IMPORT_KEPT_HERE = Plural(
    one="{count} entry in the file differs from the one here with the same id; selfkind kept the one here. To take the file's, delete the one here first (`selfkind entries delete ID`), then import again.",
    other="{count} entries in the file differ from the one here with the same id; selfkind kept the one here. To take the file's, delete the one here first (`selfkind entries delete ID`), then import again.",
)
IMPORT_ID_TWICE = "its id is entry {first}'s too; an id names one entry, so keep one of them"
IMPORT_BAD_STATUS = "'status' should be complete or draft"
IMPORT_BAD_TIME = "'{key}' should be a time like 2026-11-25T08:00:00Z, not {value}"
IMPORT_TIME_NO_ZONE = "'{key}' should say its time zone (end it with Z for UTC)"
IMPORT_TIME_OUT_OF_RANGE = "'{key}' is {value}; it should lie between 1970-01-01 and tomorrow"
IMPORT_COMPLETED_BEFORE_STARTED = "'completed_at' ({completed}) is before 'started_at' ({started})"
IMPORT_BAD_LOCAL_DATE = "'local_date' should be a date like 2026-11-25, not {value}"
IMPORT_LOCAL_DATE_NO_ZONE = "'local_date' {local_date} is not the date of 'started_at' ({started}) in any time zone (UTC-12 to UTC+14)"
IMPORT_ANSWERS_NOT_OBJECT = "'answers' should be an object of step ids and answers"
IMPORT_ANSWER_NOT_PLAIN = (
    "the answer '{step}' should be text, a whole number, true/false or a list of text"
)
IMPORT_ANSWER_NOT_VALID_TEXT = "the answer '{step}' holds characters that are not text"
IMPORT_SCORES_NOT_NUMBERS = "'scores' should be an object of score ids and numbers"
IMPORT_OTHER_EXERCISE = (
    "it names the exercise '{named}', but the exercise text its hash names is '{found}'"
)
IMPORT_ANSWER_NO_STEP = "the answer '{step}' has no step in '{exercise}' (its steps: {steps})"
IMPORT_ANSWER_DOESNT_FIT = "the answer '{step}' should be {expects}, not {value}"
IMPORT_ANSWER_TOO_LONG = (
    "the answer '{step}' is {length:,} characters long; its step keeps at most {limit:,}"
)
IMPORT_JRNL_NOT_ENTRY = "it should be an object with date, time, title and body"
IMPORT_JRNL_BAD_DATE = "its date and time ({day} {time}) should look like 2026-11-25 and 21:30"
IMPORT_JRNL_DATE_OUT_OF_RANGE = "its date ({day}) should lie between 1970-01-01 and tomorrow"
IMPORT_JRNL_NOT_TEXT = "its title and body should be text, and its tags a list"
IMPORT_JRNL_NOT_VALID_TEXT = "its title, body or tags hold characters that are not text"
IMPORT_JRNL_UNTITLED = "(untitled)"
IMPORT_SCORES_RECOMPUTED = Plural(
    one="{count} entry had scores that did not match the answers; selfkind worked them out again from the answers.",
    other="{count} entries had scores that did not match the answers; selfkind worked them out again from the answers.",
)
IMPORT_EXERCISES_UNKNOWN = Plural(
    one="{count} entry came in without scores: it was made with an exercise selfkind does not have ({names}), so its answers could not be checked against it. Its answers are all there.",
    other="{count} entries came in without scores: they were made with an exercise selfkind does not have ({names}), so their answers could not be checked against it. Their answers are all there.",
)
IMPORT_JSON_WHERE = "line {line}, column {column}: {reason}"
