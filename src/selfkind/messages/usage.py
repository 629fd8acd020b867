"""Options that do not fit, the help command, and shell completion."""

NUMBER_FROM_TO = "{option} takes a whole number from {low} to {high}, like {option} {example}; '{text}' is not one."
NUMBER_AT_LEAST = (
    "{option} takes a whole number of {low} or more, like {option} {example}; '{text}' is not one."
)
NUMBER_ANY = "{option} takes a whole number, like {option} {example}; '{text}' is not one."
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
