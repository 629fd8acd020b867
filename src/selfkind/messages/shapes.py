"""Mistakes in exercise and plan files: reading the YAML, and the shape every value must have.

These follow "path:line:column: " and so start in lower case. {expected} is one of the
SHAPE_ phrases below ("a whole number from 0 to 10"); {what} names the thing being read
("a step", "the exercise").
"""

from selfkind.messages.plural import Plural

# What a value should be, shown as {expected} in the sentences below.
SHAPE_A_VALUE = "a value"
SHAPE_TEXT = "text"
SHAPE_ONE_LINE = "one line of text"
SHAPE_WHOLE_NUMBER = "a whole number"
SHAPE_WHOLE_NUMBER_FROM = "a whole number from {low} to {high}"
SHAPE_WHOLE_NUMBER_AT_LEAST = "a whole number of at least {low}"
SHAPE_NUMBER = "a number"
SHAPE_TRUE_OR_FALSE = "true or false"
SHAPE_ONE_OF = "one of {options}"
SHAPE_SINGLE_VALUE = "a single value (a word, number, or true/false)"
SHAPE_LIST = "a list"
SHAPE_DATE = "a date like 2026-12-01"
SHAPE_KEY_OF = "a key of {name}"

# What is wrong with a value.
SHAPE_NOT_LIST = "'{name}' should be {expected}, not a list"
SHAPE_NOT_MAPPING = "'{name}' should be {expected}, not a mapping"
SHAPE_UNREADABLE = "'{name}' should be {expected}"
SHAPE_NOT_EXPECTED = "'{name}' should be {expected}, not '{raw}'"
SHAPE_EMPTY = "'{name}' is empty; write some text or remove it"
SHAPE_NOT_ONE_LINE = "'{name}' should fit on one line"
SHAPE_TOO_LONG = "'{name}' is {length} characters long; keep it to {limit}"
SHAPE_NO_MATCH = "'{name}' has '{text}'; {hint}"
SHAPE_LIST_EXPECTED = "'{name}' should be a list (lines starting with '- ')"
SHAPE_TOO_FEW_ITEMS = Plural(
    one="'{name}' needs at least one item", other="'{name}' needs at least {count} items"
)
SHAPE_TOO_MANY_ITEMS = Plural(
    one="'{name}' has more than {count} item", other="'{name}' has more than {count} items"
)
SHAPE_TWICE_IN_LIST = "'{raw}' appears twice in '{name}'"
SHAPE_MAPPING_EXPECTED = "{what} should be a set of 'key: value' lines"
SHAPE_KEY_NOT_WORD = "keys must be plain words"
SHAPE_KEY_TWICE = "'{key}' appears twice; keep one"
SHAPE_NEEDS_FIELD = "{what} needs '{key}'"
SHAPE_UNKNOWN_FIELD = "'{key}' is not a field of {what}; the fields are: {fields}"
SHAPE_UNKNOWN_FIELD_CLOSE = "'{key}' is not a field of {what}; did you mean '{close}'?"
SHAPE_NEEDS_TAG = "{what} needs '{key}': one of {options}"
SHAPE_UNKNOWN_TAG = "'{tag}' is not a {key} of {what}; use one of {options}"
SHAPE_UNKNOWN_TAG_CLOSE = (
    "'{tag}' is not a {key} of {what}; use one of {options}; did you mean '{close}'?"
)
SHAPE_MAP_KEY_TWICE = "'{name}' has {key} twice; keep one"

# Reading a YAML file; {reason} is the YAML reader's own words.
YAML_NO_FILE = "there is no file here; check the path"
YAML_FOLDER = "this is a folder, not a YAML file"
YAML_UNREADABLE = "the file could not be read ({reason})"
YAML_TOO_LARGE = "the file is larger than 1 MiB; exercises are much smaller"
YAML_NOT_UTF8 = "this is not UTF-8 text; save the file as UTF-8"
YAML_SYNTAX = "YAML syntax: {reason}"
YAML_SYNTAX_UNKNOWN = "YAML syntax: not valid YAML"
YAML_SYNTAX_QUOTE = (
    "YAML syntax: {reason}; if a value contains ': ', put the whole value in double quotes"
)
YAML_SYNTAX_TABS = "YAML syntax: {reason}; indent with spaces, not tabs"
YAML_SYNTAX_FIRST = "{said} (fix this first: the reader stops here, so there may be more)"
YAML_INDENTED_MORE = (
    "line {line} is indented more than the key above it (line {above}); line it up with the "
    "keys it belongs with"
)
YAML_INDENTED_LESS = "line {line} is indented less than the lines it belongs with; line it up"
FILE_IS_A_PLAN = "this is a plan, not an exercise; check it with selfkind plan validate"
FILE_IS_AN_EXERCISE = "this is an exercise, not a plan; check it with selfkind exercise validate"
YAML_BAD_CHARACTER = "the file has a character YAML does not allow (#x{code:04x}); remove it"
YAML_TOO_DEEP = "the file is nested too deeply to read"
YAML_CUSTOM_TAG = "custom tags like '{tag}' are not allowed here; remove the tag"
YAML_ALIAS_LOOP = "an alias here refers to itself; remove the loop"
YAML_ALIAS_TOO_LARGE = "aliases here expand to far too much data; write the values out instead"
YAML_TOO_MANY_VALUES = "the file has too many steps and values to read (over {limit:,}); exercises and plans are much smaller, so shorten it or split it into several files"
