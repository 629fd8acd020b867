"""Encryption at rest, storage you can trust, and files, folders and pipes."""

from selfkind.messages.plural import Plural

# Encryption at rest.
PASSPHRASE_ASK = "Your passphrase (selfkind keeps your entries encrypted):"
PASSPHRASE_AGAIN_WRONG = "That passphrase does not open your entries. Try again:"
PASSPHRASE_NEEDED = "Your entries are encrypted and there is no terminal to ask for the passphrase. Set SELFKIND_PASSPHRASE, or run this at a terminal."
STORE_LOCKED = "Your entries are encrypted, and this needs your passphrase to read them. Set SELFKIND_PASSPHRASE, or run it at a terminal."
WRONG_PASSPHRASE = "That passphrase does not open your entries, so nothing was read or changed. Try again (and check SELFKIND_PASSPHRASE, if you set it)."
PASSPHRASE_SHORT = "A passphrase needs at least {length} characters to protect anything; a few words you can remember work well. Nothing was changed."
LOCK_UNREADABLE = "The note of how your entries are encrypted is damaged, so they cannot be opened. Nothing was changed; keep the folder as it is and ask for help in a bug report."
SEALED_VALUE_DAMAGED = "The encrypted entry {id} is damaged and cannot be opened, so selfkind stopped there. Nothing was changed; an earlier export or backup of your data folder still holds it."
ENCRYPTION_CHANGED = "Encryption was turned on or off in another window while this one was open, so selfkind stopped here. Run the command again."
NOT_SAVED_ENCRYPTION_CHANGED = "Encryption was turned on or off in another window, so this was not saved; run it again. So nothing is lost, here is what you wrote:"
ENCRYPT_WARNING = "Encrypting keeps your answers unreadable without your passphrase. There is no way to recover it: if you lose the passphrase, your entries are lost too, so keep it somewhere safe, such as a password manager. Dates and exercise names stay readable; exports and reports you write are not encrypted."
PASSPHRASE_NEW = "Choose a passphrase:"
PASSPHRASE_SHORT_AGAIN = (
    "That is shorter than {length} characters; a few words you can remember work well."
)
PASSPHRASES_DIFFER_AGAIN = "The two were not the same."
PASSPHRASE_AGAIN = "The same passphrase again, to be sure:"
PASSPHRASE_NOT_CHOSEN = "No passphrase was chosen, so nothing was changed. Run `selfkind encrypt` again when you are ready."
PASSPHRASE_NEEDED_TO_ENCRYPT = "Encrypting needs a passphrase, and there is no terminal to ask for one. Set SELFKIND_PASSPHRASE, or run `selfkind encrypt` at a terminal."
ALREADY_ENCRYPTED = "Your entries are already encrypted. `selfkind decrypt` turns it off."
NOT_ENCRYPTED = "Your entries are not encrypted, so there is nothing to decrypt. `selfkind encrypt` turns it on."
ENCRYPTED = Plural(
    one="Encrypted {count:,} entry. selfkind will ask for your passphrase (or read SELFKIND_PASSPHRASE) when it needs your words.",
    other="Encrypted {count:,} entries. selfkind will ask for your passphrase (or read SELFKIND_PASSPHRASE) when it needs your words.",
)
ENCRYPTED_BUT_BUSY = "Your entries are encrypted, but an old copy of the file could not be cleared yet (another selfkind window was open, or the disk was too full to rewrite it). Close other windows or free some space, then run `selfkind encrypt` again: it clears the old copy."
DECRYPTED = Plural(
    one="Decrypted {count:,} entry. Your answers are stored in the clear again, readable by anyone who can read {folder}.",
    other="Decrypted {count:,} entries. Your answers are stored in the clear again, readable by anyone who can read {folder}.",
)
PLAN_READABLE_WHY = "Your entries are encrypted, so `selfkind help-now` needs your passphrase to show this plan. In a very hard moment, a passphrase can be one step too many. You can keep this one plan readable without it: anyone who can open your data folder could then read the plan, and everything else stays encrypted."
PLAN_READABLE_QUESTION = "Keep your safety plan readable without the passphrase?"
PLAN_READABLE_YES = "Done: `selfkind help-now` shows your plan at once, without the passphrase."
PLAN_READABLE_NO = "Kept it encrypted. `selfkind help-now` shows the support lines at once, and says how to open your plan."
SAFETY_PLAN_LOCKED = (
    "Your safety plan is encrypted: `selfkind entries show {id}` opens it with your passphrase."
)

# Storage you can trust.
STORE_BUSY = "Another selfkind (in another window or a script) is busy with your data, so nothing was changed. Try again when it has finished."
NOT_SAVED_BUSY = "Another selfkind (in another window or a script) is busy with your data, so this was not saved; try again when it has finished. So nothing is lost, here is what you wrote:"
DELETED_LOG_BUSY = "Another selfkind window is open, so an old copy of the entry's words stays in selfkind's log file until it closes. Close other selfkind windows to clear it."
ENTRY_DAMAGED = "The entry {id} is damaged and cannot be read, so selfkind stopped there. Nothing was changed; an earlier export or backup of your data folder may still hold it."
ENTRIES_PASSED_OVER = Plural(
    one="selfkind passed over {count} damaged entry that could not be read (listed below). Nothing was changed; an earlier export or backup of your data folder may still hold it, and `selfkind entries delete ID` removes a damaged entry.",
    other="selfkind passed over {count} damaged entries that could not be read (listed below). Nothing was changed; an earlier export or backup of your data folder may still hold them, and `selfkind entries delete ID` removes a damaged entry.",
)
DECRYPT_SET_ASIDE = Plural(
    one="{count} damaged entry could not be opened, so selfkind set it aside unchanged instead of decrypting it (listed below). An earlier export or backup of your data folder may still hold it.",
    other="{count} damaged entries could not be opened, so selfkind set them aside unchanged instead of decrypting them (listed below). An earlier export or backup of your data folder may still hold them.",
)
LOCK_MISSING = "Some of your entries are encrypted, but the note of how they are encrypted is missing, so selfkind cannot open them and will not save anything beside them. Nothing was changed; keep the folder as it is and ask for help in a bug report."

# Files, folders and pipes.
LINK_REFUSED = "{link} is a link to somewhere else, so selfkind left it alone and changed nothing. Put a real folder or file in its place (or remove the link), then try again."
PLAN_FILE_LINK = "{link} is a link to somewhere else, so the plan was not added: selfkind copies only files that are really in the plan's folder. Put a copy of the file there instead, then add the plan again."
EVERYTHING_LINK_LEFT = (
    "{link} was a link to {target}: selfkind removed the link and left {target} as it was."
)
EVERYTHING_CANNOT = "selfkind cannot remove {path} ({reason}), so nothing was deleted. Check that it is yours and not read-only, then try again."
EVERYTHING_PARTLY = "selfkind deleted some of its data in {folder}, but could not remove {path} ({reason}). Check that it is yours and not read-only, then run `selfkind delete-everything` again to finish."
