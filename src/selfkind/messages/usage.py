"""Options that do not fit, the help command, and shell completion."""

NUMBER_FROM_TO = "{option} takes a whole number from {low} to {high}, like {option} {example}; '{text}' is not one."
NUMBER_AT_LEAST = (
    "{option} takes a whole number of {low} or more, like {option} {example}; '{text}' is not one."
)
NUMBER_ANY = "{option} takes a whole number, like {option} {example}; '{text}' is not one."
# The words a date option takes for these days, besides the English (space-separated).
TODAY_WORDS = "today"
YESTERDAY_WORDS = "yesterday"
TOMORROW_WORDS = "tomorrow"
OPTION_DATE = "{option}: {problem}"
SINCE_NOT_YET = "{day} has not come yet, so there is nothing to show from it; give --since today or an earlier day."
NO_SUCH_HELP_TOPIC = "There is no command called '{name}'. `selfkind help` lists them all."
COMPLETION_WRITTEN = "Wrote {shell} completion to {path}. Open a new shell to use it."
COMPLETION_SOURCE_IT = "Add this line to {rc} so your shell loads it: {line}"
COMPLETION_ZSH_LINE = "fpath+=~/.zfunc; autoload -Uz compinit; compinit"
COMPLETION_NO_SUCH_SHELL = (
    "selfkind can complete in bash, zsh and fish; '{text}' is not one of them."
)
USAGE_PROBLEM = "{problem} `{command} --help` shows what it takes."
# Wrong usage that Click finds, said as ours (Typer's copy of Click says it in English only).
USAGE_NO_SUCH_COMMAND = "There is no command called '{name}'."
USAGE_NO_SUCH_COMMAND_CLOSE = "There is no command called '{name}'; did you mean '{close}'?"
USAGE_NO_SUCH_OPTION = "There is no option {option}."
USAGE_NO_SUCH_OPTION_CLOSE = "There is no option {option}; did you mean {close}?"
USAGE_OPTION_NEEDS_VALUE = "{option} needs a value after it."
USAGE_OPTION_TAKES_NO_VALUE = "{option} takes no value."
USAGE_MISSING = "{what} is missing."
USAGE_EXTRA_ARGUMENTS = "This command does not take '{extra}'."
# The help's headings.
HELP_USAGE = "Usage: "
HELP_SHOW_HELP = "Show this message and exit."
HELP_OPTIONS_METAVAR = "[OPTIONS]"
HELP_COMMAND_METAVAR = "COMMAND [ARGS]..."
HELP_ARGUMENTS = "Arguments"
HELP_OPTIONS = "Options"
HELP_COMMANDS = "Commands"
HELP_REQUIRED = "[required]"
HELP_DEFAULT = "[default: {value}]"
