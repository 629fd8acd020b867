"""Mistakes found across an exercise or plan file: references, ranges, tests and scores.

Like the shape mistakes they follow "path:line:column: " and start in lower case.
"""

from selfkind.messages.plural import Plural

# Exercise files.
CHECK_EMPTY_EXERCISE = "the file is empty; an exercise starts with 'selfkind: 1'"
CHECK_STEP_NAMED = "step '{id}'"
CHECK_STEP_NUMBERED = "step {number}"
CHECK_STEP_ID_TWICE = "the step id '{id}' is used twice; ids must be unique"
CHECK_MIN_NOT_BELOW_MAX = "'min' ({low}) must be less than 'max' ({high})"
CHECK_PLACEHOLDER = (
    "{placeholder} is a placeholder: replace it with the official wording "
    "(the comment at the top says where it is published)"
)
CHECK_LABEL_OUTSIDE = "the label for {number} is outside the scale's range {low}–{high}"
CHECK_TOO_FEW_OPTIONS = Plural(
    one="'min_selected' is {least} but there is only {count} option",
    other="'min_selected' is {least} but there are only {count} options",
)

# A template or condition naming an answer; {what} is "'prompt'" or "the condition on step 2".
CHECK_NAMES_ITSELF = "{what} names its own step '{name}'; {scope}"
CHECK_NAMES_LATER = "{what} names '{name}', which comes later; {scope}"
CHECK_NAMES_NOTHING = "{what} names '{name}', but there is no {kind} with that id"
CHECK_NAMES_NOTHING_CLOSE = (
    "{what} names '{name}', but there is no {kind} with that id; did you mean '{close}'?"
)
CHECK_KIND_STEP = "answer step"
CHECK_KIND_STEP_OR_SCORE = "answer step or score"  # what a summary may name
CHECK_TEMPLATE_SCOPE = "a template can only use answers given before it"
CHECK_CONDITION_SCOPE = "conditions can only use answers given before them"
CHECK_SUPPORT_LIST = "the support list"
CHECK_CONDITION_ON = "the condition on {owner}"

# Tests in conditions; {tests} is one of the CHECK_TESTS_ lists.
CHECK_WRONG_TEST = "{owner} tests '{name}' with {test}, but '{name}' is a {kind} step; use {tests}"
CHECK_TESTS_SCALE = "equals, in, at_least or at_most"
CHECK_TESTS_CHOICE = "equals or in"
CHECK_TESTS_CHOICES = "contains"
CHECK_TESTS_TEXT = "contains"
CHECK_TESTS_CONFIRM = "equals"
CHECK_NOT_A_NUMBER = (
    "{owner} compares '{name}' with '{raw}', but '{name}' is a number from {low} to {high}"
)
CHECK_NOT_WHOLE = "'{name}' takes whole numbers, so {raw} can never match"
CHECK_NEVER_TRUE = "this test can never be true: '{name}' goes from {low} to {high}"
CHECK_NOT_YES_NO = (
    "{owner} compares '{name}' with '{raw}', but '{name}' is yes/no; use true or false"
)
CHECK_NOT_AN_OPTION = "'{text}' is not one of the options of '{name}'"
CHECK_NOT_AN_OPTION_CLOSE = (
    "'{text}' is not one of the options of '{name}'; did you mean '{close}'?"
)

# Scores and their bands.
CHECK_SCORE_ID_USED = (
    "the id '{id}' is already used; score ids must be unique among steps and scores"
)
CHECK_SCORE_NEEDS = "a {method} score needs '{key}'"
CHECK_SCORE_DOES_NOT_TAKE = "a {method} score does not take '{key}'"
CHECK_REVERSED_NOT_ITEM = "'{name}' is reversed but is not one of this score's items"
CHECK_REVERSED_NOT_ITEM_CLOSE = (
    "'{name}' is reversed but is not one of this score's items; did you mean '{close}'?"
)
CHECK_REVERSED_IN_SUBSCALE = (
    "'{name}' is reversed but is not one of this score's items: it is inside '{subscale}', "
    "which is. Reverse '{subscale}' here, or '{name}' in the reverse of '{subscale}'"
)
CHECK_RANGES_DIFFER = (
    "reversed items and the items averaged with them must share one range, but {spans}"
)
CHECK_SPAN = "'{name}' goes {low:g}–{high:g}"
CHECK_SCORE_OF_STEP = (
    "'{name}' is a {kind} step; scores can only use scale steps and earlier scores"
)
CHECK_SCORE_LATER = "'{name}' is a score defined further down; move it above this one"
CHECK_NO_SCORE_INPUT = "there is no scale step or earlier score called '{name}'"
CHECK_NO_SCORE_INPUT_CLOSE = (
    "there is no scale step or earlier score called '{name}'; did you mean '{close}'?"
)
CHECK_LAST_BAND_ONLY = "only the last band can leave out 'up_to'"
CHECK_BANDS_RISE = "'up_to' values must rise from band to band ({value} is not above {previous})"

# What each part of an exercise or plan is called in the sentences above ({what}).
FORMAT_CONDITION = "a condition"
FORMAT_CONDITION_START = "A condition"
FORMAT_STEP = "a step"
FORMAT_STEP_OF_TYPE = "a {type} step"
FORMAT_BAND = "a band"
FORMAT_SCORE = "a score"
FORMAT_EXERCISE = "an exercise"
FORMAT_PLAN = "a plan"
FORMAT_PLAN_ITEM = "a plan item"
FORMAT_ANSWERS_FILE = "An answers file"

# Ids, and conditions as a whole.
EXERCISE_ID_HINT = "use lower-case letters, digits and single dashes, like kindness-reframe"
STEP_ID_HINT = "start with a lower-case letter, then letters, digits or _, like harsh_before"
CONDITION_NEEDS_TEST = "a condition needs one test: {tests}"
CONDITION_TESTS = (
    "a condition has one test, not {count} ({tests}); combine several with 'all:' or 'any:'"
)
CONDITION_ALONE = "'{combinator}' stands alone in its condition; move {others} inside it"

# Plan files.
PLAN_FILE_EMPTY = "the file is empty; a plan starts with 'selfkind-plan: 1'"
PLAN_REPORT_TO_HINT = (
    "it should be a therapist's public key: 'age1' and 58 more letters and digits, as "
    "`selfkind clinic key --show` prints it"
)
PLAN_REPORT_TO_CAPITALS = (
    "'report_to' has capital letters; a key is all lower case: copy it again from what "
    "`selfkind clinic key --show` prints"
)
PLAN_REPORT_TO_LENGTH = (
    "'report_to' has {count} characters after 'age1', and a key has 58: one is missing or "
    "one too many; copy it again from what `selfkind clinic key --show` prints"
)
PLAN_REPORT_TO_NEVER = (
    "'report_to' has {chars}, which a key never holds (after 'age1' a key is lower case, "
    "with no b, i or o and no 1); copy it again from what `selfkind clinic key --show` prints"
)
PLAN_REPORT_TO_MISTYPED = (
    "'report_to' is not a key that can be used: a character is probably mistyped; copy it "
    "again from what `selfkind clinic key --show` prints"
)
PLAN_FROM_DAY_AFTER_END = (
    "'from_day' {day} is after the plan ends ({end}), so it would never be asked"
)
PLAN_END_BEFORE_START = "'end' ({end}) is before 'start' ({start})"
PLAN_ITEM_NO_SCHEDULE = (
    "a plan item has no schedule; give exactly one of daily: true, days: [...], times_per_week: N"
)
PLAN_ITEM_SCHEDULES = "a plan item has {count} schedules ({schedules}); give exactly one of daily: true, days: [...], times_per_week: N"
PLAN_DAILY_NOT_TRUE = "'daily' can only be true; leave the item out to not ask it"
PLAN_FILE_OUTSIDE = "'{name}' must be a file next to the plan (no '..' or absolute paths)"
PLAN_FILE_MISSING = "there is no file '{name}' next to the plan"
PLAN_FILE_MISTAKES = "'{name}' has mistakes (listed below)"
PLAN_FILE_BUILT_IN_ID = (
    "'{name}' has the id '{id}', which is already a built-in exercise; give it an id of its own"
)
PLAN_FILE_OWN_ID = (
    "'{name}' has the id '{id}', which is already one of the person's own; give it an id of its own"
)
PLAN_NO_SUCH_EXERCISE = "there is no exercise '{name}'; `selfkind exercise list` shows them"
# Translations inside an exercise file.
FORMAT_TRANSLATION = "translation"
FORMAT_STEP_WORDS = "step's words"
FORMAT_SCORE_WORDS = "score's words"
LANGUAGE_CODE_HINT = "use a two-letter language code, like es or de"
CHECK_WORDS_COUNT = "The {language} translation has {given} {what}, but the exercise has {count}; give one for each, in the same order."
CHECK_WORDS_NOT_IN_STEP = "'{field}' is not a text of step {number} (a {type} step); the {language} translation can give only the texts that step has."
CHECK_WORDS_LABELS = (
    "The {language} labels of step {number} are for {given}; the step's labels are for {numbers}."
)
CHECK_WORDS_PLACEHOLDERS = "The {language} {field} uses {given}, but the English uses {expected}; keep the same {{{{ placeholders }}}}."
CHECK_WORDS_BANDS = "The {language} translation of score '{id}' has {given} band labels; the score has {count} bands."
CHECK_WORDS_NO_PLACEHOLDERS = "no placeholders"
# What a translation counts, as CHECK_WORDS_COUNT names it.
WORDS_STEPS = "steps"
WORDS_SCORES = "scores"
WORDS_OPTIONS = "options"
WORDS_ITEMS = "items"
