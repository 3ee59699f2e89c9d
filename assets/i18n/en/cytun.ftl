# Cytûn: English interface text.
# Plain words for a mixed group reading a projector from across a room.

## Window and project

window-title = { $dirty ->
    [yes] • { $name } — Cytûn
   *[no] { $name } — Cytûn
}
untitled-project = Untitled workshop
board-label = Board
note-description = { $prompt }, { $kind }
note-description-in-theme = { $prompt }, { $kind }, in the theme “{ $theme }”

## Toolbar and actions

action-new = New
action-open = Open…
action-save = Save
action-save-as = Save as…
action-undo = Undo
action-redo = Redo
action-add-note = Add note
action-delete = Delete
action-zoom-to-fit = Zoom to fit
action-cancel = Cancel
action-browse = Browse…
action-open-confirm = Open
action-save-confirm = Save
messages-more = { $count ->
    [one] and 1 more message
   *[other] and { $count } more messages
}
action-dismiss-all = Dismiss all
action-dismiss = Dismiss
language-choice = Language

## Status bar

status-notes = { $count ->
    [one] { $count } note
   *[other] { $count } notes
}
status-contributions-on-notes = { $contributions ->
    [one] { $contributions } contribution
   *[other] { $contributions } contributions
} ({ $notes } notes)
status-selected = { $count } selected
status-zoom = Zoom { $percent }%
status-saved = All changes saved
status-unsaved = Unsaved changes

## Note details

details-heading = Note
details-none-selected = Click a note to see its details here. Double-click the board to add a note.
details-many-selected = { $count ->
    [one] { $count } note selected.
   *[other] { $count } notes selected.
} Drag any of them to move them all, or press Delete to remove them.
details-text = Text
details-text-hint = What was said or written
details-prompt = Prompt
details-kind = Kind
details-group = Group
details-group-hint = e.g. Table 3
details-author = Author
details-author-hint = Optional; a pseudonym is fine
details-language = Language
details-consent = Consent

prompt-smells = Smells like
prompt-tastes = Tastes like
prompt-sounds = Sounds like
prompt-looks = Looks like
prompt-feels = Feels like
prompt-unspecified = No prompt
prompt-other = Other: { $name }

kind-written = Written
kind-quote = Quote
kind-song = Song
kind-art = Art
kind-film-idea = Film idea
kind-menu = Menu
kind-spoken-word = Spoken word
kind-other = Other: { $name }

language-english = English
language-welsh = Welsh

consent-with-name = May be quoted with name
consent-anonymous = May be quoted anonymously
consent-do-not-quote = Not to be quoted

## Dialogs

unsaved-heading = Unsaved changes
unsaved-question = “{ $name }” has changes that are not saved yet. Save them first?
unsaved-save = Save
unsaved-discard = Don’t save

file-open-heading = Open a project
file-save-heading = Save the project as
file-path-label = File path:
file-waiting-for-system = Waiting for the system’s file window… You can also type the path below.
file-no-system-dialog = No system file window can be shown here. Type the file’s path below.

## Messages

message-saved = Saved: { $path }
message-open-failed = Could not open the project. { $reason } File: { $path }
message-open-failed-at = Could not open the project. { $reason } (line { $line }, column { $column }) File: { $path }
message-save-failed = Could not save. Your file on disk has not been changed. { $reason } File: { $path }

cli-suggest-by-meaning = Suggested groups: { $groups }. Loose notes: { $notes }. Grouped by meaning, by { $model }.
cli-suggest-by-words = Suggested groups: { $groups }. Loose notes: { $notes }. Grouped by shared words.
cli-suggest-too-many = { $count } loose notes, and suggestions work on { $limit } at most.
check-summary = { $notes ->
    [one] { $notes } note
   *[other] { $notes } notes
}, { $themes ->
    [one] { $themes } theme
   *[other] { $themes } themes
}

## Errors

error-read = The file could not be read: { $reason }.
error-not-a-file = This is not a file.
error-too-large = The file is { $megabytes } MB; a project may be at most { $limit } MB.
error-not-text = The file is not text: it may be damaged, or not a Cytûn project.
error-empty-file = The file is empty.
error-syntax = The file is not laid out as a Cytûn project: { $detail }.
error-not-a-project = This file is not a Cytûn project: it has no format version.
error-newer-version = This project was saved by a newer version of Cytûn (format { $found }; this version reads up to { $supported }). Please update Cytûn to open it. The file has not been changed.
error-too-many-notes = The project has more than { $limit } notes.
error-duplicate-note = Note { $id } appears twice in the file.
error-duplicate-theme = Theme { $id } appears twice in the file.
error-text-too-long = Note { $id } has more than { $limit } characters.
error-bad-position = Note { $id } has a position that is not a usable number.
error-missing-theme-note = Theme { $theme } lists note { $note }, which is not in the file.
error-note-in-two-themes = Note { $note } is in more than one theme.
error-write = The file could not be written: { $reason }.
error-serialize = The project could not be turned into text: { $detail }.
error-verify = The saved text did not read back as the same project, so nothing was written.
error-would-overwrite-newer = That file was saved by a newer version of Cytûn; it will not be overwritten. Choose another name.
error-missing-note = That note is no longer on the board.
error-command-duplicate = That note is already on the board.
error-invalid-position = That position is not on the board.
error-missing-theme = That theme is no longer on the board.
error-bad-theme-position = Theme { $id } has a position that is not a usable number.
error-nothing-to-do = There was nothing to change.

## Keeping work safe

action-restore-backup = Previous save…
recovery-heading = Unsaved work found
recovery-question = Cytûn found work on “{ $name }” that was not saved, probably because the app closed unexpectedly. Compare the two, then choose which to keep.
recovery-unsaved-copy = Unsaved work
recovery-file-on-disk = Saved file
recovery-contents = Contents
recovery-last-change = Last change
recovery-what-differs = What the unsaved work changes:
recovery-no-difference = Nothing: the two hold the same.
recovery-notes-added = { $count ->
    [one] 1 note added: { $examples }
   *[other] { $count } notes added: { $examples }
}
recovery-notes-removed = { $count ->
    [one] 1 note removed: { $examples }
   *[other] { $count } notes removed: { $examples }
}
recovery-themes-added = { $count ->
    [one] 1 theme made: { $examples }
   *[other] { $count } themes made: { $examples }
}
recovery-themes-removed = { $count ->
    [one] 1 theme dissolved: { $examples }
   *[other] { $count } themes dissolved: { $examples }
}
recovery-theme-renamed = Theme “{ $old }” renamed “{ $new }”
recovery-notes-reworded = { $count ->
    [one] The words of 1 note changed
   *[other] The words of { $count } notes changed
}
recovery-notes-regrouped = { $count ->
    [one] 1 note moved to another theme
   *[other] { $count } notes moved to another theme
}
recovery-votes-changed = The votes or the ranking differ
recovery-definition-changed = The definition’s draft differs
recovery-charter-changed = The charter’s draft differs
recovery-restore = Restore the unsaved work
recovery-discard = Keep the saved file
recovery-restored = Unsaved work restored. Save to keep it, or Undo to go back to the saved file.
recovery-damaged = A recovery copy of unsaved work could not be read. { $reason } It has been left where it is: { $path }
recovery-write-failed = Could not write the recovery copy of your unsaved work. { $reason } Save soon to be safe.
disk-changed-heading = The file was changed by another program
disk-changed-question = Someone or something (another program, a sync folder) changed “{ $name }” on disk since you opened it. Whichever you choose, nothing is lost: your version is saved beside it under a new name.
disk-changed-load = Load the version on disk
disk-changed-keep-mine = Keep my version
disk-kept-mine = Your version was saved as: { $path }
disk-missing = The project file is no longer where it was. Save will write it again: { $path }
lock-open-elsewhere = “{ $name }” seems to be open already, by { $user } on { $host }, since { $when }. If you both make changes, save them under different names.
lock-open-elsewhere-someone = “{ $name }” seems to be open already on { $host }, since { $when }. If you both make changes, save them under different names.
backup-heading = Go back to the previous save?
backup-question = Replace what is on screen with the previous save of “{ $name }” ({ $when })? You can undo this.
backup-restore = Go back to the previous save
backup-restored = The previous save is on screen. Undo brings back what was there before.
error-changed-on-disk = The file was changed on disk by another program since you opened it, so it was not overwritten.

time-seconds-ago = { $count ->
    [one] { $count } second ago
   *[other] { $count } seconds ago
}
time-minutes-ago = { $count ->
    [one] { $count } minute ago
   *[other] { $count } minutes ago
}
time-hours-ago = { $count ->
    [one] { $count } hour ago
   *[other] { $count } hours ago
}
time-days-ago = { $count ->
    [one] { $count } day ago
   *[other] { $count } days ago
}

## Themes

theme-untitled = Untitled theme { $number }
theme-label = Theme: { $title }
action-group = Group
action-dissolve-theme = Dissolve theme
status-in-themes = { $themed } of { $total } in themes
tab-note = Note
tab-themes = Themes
tab-words = Words
themes-progress = { $themed } of { $total } contributions are in themes.
themes-show-loose = Show the loose notes
themes-none = No themes yet. Drag a note onto another to start one, or select notes and press Ctrl+G.
themes-sort-name = By name
themes-sort-size = By size
themes-entry = { $title } ({ $count })
words-only-in-theme = Only in “{ $title }”
words-make-theme = { $count ->
    [one] Make a theme of the { $count } loose note
   *[other] Make a theme of the { $count } loose notes
}
words-clear = Clear
words-none = No word appears in more than one note yet.
words-entry = { $term } ({ $count })
words-mode-common = Words in common
words-mode-suggest = Suggested groups
suggest-intro = Cytûn can suggest groups of loose notes that mean something alike, in Welsh or English, or that use the same words. You decide on each one: make it a theme, change it first, or reject it.
suggest-start = Suggest groups
suggest-again = Suggest again
suggest-stale = The board has changed since these were suggested.
suggest-comparing = Comparing notes… { $percent }%
suggest-grouping = Grouping…
suggest-reading = Reading what the notes mean… { $percent }%
suggest-by = Group by:
suggest-by-meaning = Meaning
suggest-by-words = Shared words
suggest-made-by-meaning = Grouped by meaning, by { $model }, built into Cytûn: nothing leaves this computer.
suggest-no-model = Grouped by shared words: the meaning model could not be read ({ $reason }).
suggest-close = { $count ->
    [one] { $count } note, close in meaning: “{ $first }” is close to “{ $second }”
   *[other] { $count } notes, close in meaning: “{ $first }” is close to “{ $second }”
}
suggest-stop = Stop
suggest-too-many = { $count } loose notes share words, and suggestions work on { $limit } at most. Make themes of some first.
suggest-fewer = Fewer groups
suggest-more = More groups
suggest-level = How many groups to suggest
suggest-none = No groups to suggest: not enough loose notes are alike.
suggest-count = { $count ->
    [one] { $count } suggestion, largest first.
   *[other] { $count } suggestions, largest first.
}
suggest-shared = { $count ->
    [one] { $count } note shares: { $words }
   *[other] { $count } notes share: { $words }
}
suggest-name = Theme name
suggest-show = Show on board
suggest-hide = Stop showing
suggest-accept = Make this a theme
suggest-reject = Reject
suggest-bring-back = Show rejected suggestions again
suggest-notes = Its notes (untick one to leave it out)
suggest-more-waiting = { $count ->
    [one] { $count } more suggestion waits until some of these are decided.
   *[other] { $count } more suggestions wait until some of these are decided.
}

## History

tab-history = History
history-empty = Nothing has changed yet. Every change will be listed here, newest first.
history-hint = Click a line to undo everything after it. Redo brings it back.
history-start = Start: the project as it was opened
history-add-note = Added a note
history-delete-notes = { $count ->
    [one] Deleted { $count } note
   *[other] Deleted { $count } notes
}
history-move-notes = { $count ->
    [one] Moved { $count } note
   *[other] Moved { $count } notes
}
history-edit-text = Edited a note’s text
history-edit-details = Changed a note’s details
history-replace = Replaced the whole board (reload, backup or recovery)
history-create-theme = { $count ->
    [one] Made the theme “{ $name }” from { $count } note
   *[other] Made the theme “{ $name }” from { $count } notes
}
history-join-theme = { $count ->
    [one] Moved { $count } note into “{ $name }”
   *[other] Moved { $count } notes into “{ $name }”
}
history-leave-themes = { $count ->
    [one] Took { $count } note out of its theme
   *[other] Took { $count } notes out of their themes
}
history-move-theme = Moved the theme “{ $name }”
history-rename-theme = Renamed “{ $name }” to “{ $other }”
history-dissolve-theme = Dissolved the theme “{ $name }” (its notes stay)
history-change = Changed the board
history-rename-project = Renamed the project to “{ $name }”
action-move-to-theme = Move to theme…
move-heading = { $count ->
    [one] Move { $count } note to a theme
   *[other] Move { $count } notes to a theme
}
move-filter = Type part of a theme’s name:
move-new-theme = New theme
move-new-theme-named = New theme “{ $title }”
action-collapse-theme = Collapse theme
action-expand-theme = Expand theme
theme-collapsed-summary = { $count ->
    [one] { $count } note inside
   *[other] { $count } notes inside
}
merge-heading = Merge these themes?
merge-question = { $count ->
    [one] The { $count } note of “{ $from }” will join “{ $into }”. The name “{ $from }” is kept in its history. You can undo this.
   *[other] The { $count } notes of “{ $from }” will join “{ $into }”. The name “{ $from }” is kept in its history. You can undo this.
}
merge-confirm = Merge
history-collapse-theme = Collapsed the theme “{ $name }”
history-expand-theme = Expanded the theme “{ $name }”
history-merge-themes = { $count ->
    [one] Merged “{ $name }” ({ $count } note) into “{ $other }”
   *[other] Merged “{ $name }” ({ $count } notes) into “{ $other }”
}
themes-former-titles = Also called: { $titles }
history-also-fits = Placed a linked copy in “{ $name }” (it also fits there)
action-also-fits = Also fits…
also-fits-heading = Place a linked copy in another theme
also-in = This contribution is also in: { $themes }
also-go-to = Go to the other copy
error-bad-copy = Note { $id } is a copy of a note that is missing or is itself a copy.
theme-details-heading = Theme
theme-details-title = Title
theme-details-meaning = What the group means by it
theme-details-meaning-hint = One or two sentences, in the group’s words
theme-details-colour = Colour (optional)
colour-none = None
colour-orange = Orange
colour-sky-blue = Sky blue
colour-bluish-green = Green
colour-yellow = Yellow
colour-blue = Blue
colour-vermillion = Red
colour-reddish-purple = Purple
history-theme-meaning = Wrote what “{ $name }” means
history-theme-colour = Changed the colour of “{ $name }”

## Shortcuts overlay

shortcuts-heading = Keyboard shortcuts
key-arrows = Arrow keys
key-ctrl-arrows = Ctrl + arrow keys
key-shift-drag = Shift + drag
shortcut-undo = Undo
shortcut-redo = Redo
shortcut-save = Save
shortcut-save-as = Save as a new file
shortcut-open = Open a project
shortcut-new = New project
shortcut-select-all = Select every note
shortcut-edit = Edit the selected note’s text
shortcut-escape = Finish editing, or clear the selection; again to leave the board for the buttons
shortcut-delete = Delete the selected notes, or dissolve the selected theme
shortcut-group = Make the selected notes a theme
shortcut-move = Move the selected notes to a theme
shortcut-fit = Zoom to fit every note
shortcut-zoom = Zoom in and out
shortcut-pan = Go to the nearest note or theme that way (with nothing selected: move around the board)
shortcut-nudge = Move the selected notes or theme
shortcut-band = Select the notes in an area
shortcut-help = Show this list
shortcut-room = Open or close the room for phones

## Bringing contributions in

error-bad-picture = Note { $id } has a picture that is too large or has no size.
error-duplicate-heading = Heading { $id } appears twice in the file, or shares its number with a note or theme.
error-bad-heading-position = Heading { $id } has a position that is not a usable number.
error-missing-heading = That column label is no longer on the board.
history-import = { $count ->
    [one] Brought in { $count } contribution
   *[other] Brought in { $count } contributions
}
history-remove-headings = Removed the column labels
history-picture-alt = Described a picture
import-summary = { $count ->
    [one] Imported { $count } contribution
   *[other] Imported { $count } contributions
}
import-skipped-blank = { $count ->
    [one] skipped { $count } blank row
   *[other] skipped { $count } blank rows
}
import-unknown-prompts = { $count ->
    [one] { $count } unknown prompt (kept as written)
   *[other] { $count } unknown prompts (kept as written)
}
import-unknown-kinds = { $count ->
    [one] { $count } unknown kind (kept as written)
   *[other] { $count } unknown kinds (kept as written)
}
import-unknown-languages = { $count ->
    [one] { $count } unknown language (kept as an extra field)
   *[other] { $count } unknown languages (kept as extra fields)
}
import-unclear-consents = { $count ->
    [one] { $count } unclear consent (marked “do not quote”)
   *[other] { $count } unclear consents (marked “do not quote”)
}
import-extra-columns = Other columns kept on each note: { $columns }.
import-no-group = No group
import-error-empty = The file is empty: there is nothing to import.
import-error-no-rows = The file has column names but no rows of contributions.
import-error-no-open-question = No column holds people's own answers (words they wrote), so Cytûn cannot tell what to bring in. Columns found: { $found }. Bring the file in from the window: its preview lets you choose “the contributions” or a question for the right column.
import-error-not-utf8 = The file is not saved as UTF-8 text (the problem starts on line { $line }). In your spreadsheet, choose “CSV UTF-8” when you save it.
import-summary-people = { $count ->
    [one] Imported { $count } contribution
   *[other] Imported { $count } contributions
} { $people ->
    [one] from { $people } person
   *[other] from { $people } people
}
import-layout = Read as a { $tool } export.
import-left-out = Personal details were left out, never read in: { $columns }.
import-sheet = Read the sheet “{ $sheet }”.
import-sheet-of-several = Read the sheet “{ $sheet }”; the workbook also has: { $others }.
import-error-bad-workbook = The workbook cannot be read ({ $reason }). Open it in your spreadsheet and save it again, or save it as “CSV UTF-8”.
import-error-workbook-too-large = The workbook unpacks to more than 256 MB, far more than a workshop's contributions, so it was not read.
import-error-sheet-too-large = The sheet has more than 1,000 columns or 5 million filled cells, so it was not read. Copy the columns you need to a new sheet.
import-error-no-such-sheet = The workbook has no sheet called “{ $name }”. Its sheets: { $sheets }.
import-from-people = { $people ->
    [one] They came from { $people } person.
   *[other] They came from { $people } people.
}
import-columns-read = What each column is read as
import-read-as = “{ $column }”: { $role }
import-read-as-question = contributions ({ $prompt })
import-read-as-text = the contributions
import-read-as-prompt = the prompt
import-read-as-kind = the kind
import-read-as-group = the group or table
import-read-as-author = the author
import-read-as-language = the language
import-read-as-consent = the consent
import-read-as-respondent = who gave it (kept in the project, never exported)
import-read-as-extra = kept on each note as extra detail
import-read-as-left-out = left out, never read in
import-not-shown = (not shown)
import-column = Column
import-read-as-heading = Read as
import-first-answers = First answers
import-answers-in = Answers in “{ $column }”
import-answer = Answer
import-answer-count = How many
import-answer-blank = (blank)
import-answers-more = { $count ->
    [one] { $count } more answer is read as Cytûn reads it.
   *[other] { $count } more different answers are read as Cytûn reads them.
}
import-unclear-answers = { $count ->
    [one] { $count } answer is unclear: those contributions will not be quoted until you choose what it means.
   *[other] { $count } answers are unclear: those contributions will not be quoted until you choose what each means.
}
import-kept-as-written = kept as written
import-language-unknown = not known: kept as extra detail
import-consent-unclear = Unclear: not to be quoted until someone decides
import-sheet-choose = Sheet to read:
import-choose-text = No column holds people's own answers, so Cytûn cannot tell which are the contributions: choose “the contributions” (or a question) for the right column below.
feedback-import = Add responses from a survey…
feedback-show-all = Show every response
file-feedback-heading = Sense-check responses from a survey export
feedback-import-heading = Add sense-check responses
feedback-import-question = { $count ->
    [one] Add { $count } response from { $source } as feedback on version { $number }?
   *[other] Add { $count } responses from { $source } as feedback on version { $number }?
}
feedback-import-tally = Agree: { $agree } · Agree with changes: { $changes } · Disagree: { $disagree }
feedback-import-unclear = { $count ->
    [one] { $count } answer said neither agree nor disagree and is left out.
   *[other] { $count } answers said neither agree nor disagree and are left out.
}
feedback-import-go = Add as feedback
feedback-imported = { $count ->
    [one] Added { $count } response as feedback on version { $number }.
   *[other] Added { $count } responses as feedback on version { $number }.
}
import-error-no-answer-column = No column holds agree, agree with changes or disagree. Columns found: { $found }
import-windows-1252 = The file was saved as older text (Windows-1252), which cannot hold ŵ or ŷ: check the Welsh words, and next time choose “CSV UTF-8” when you save.
import-error-too-large = The file is larger than { $megabytes } MB, too large to import.
import-error-too-many-rows = The file has more than { $limit } contributions, more than one board can hold.
import-error-text-too-long = The contribution on line { $line } is longer than { $limit } characters.
import-error-malformed = The file could not be read at line { $line }: { $detail }
picture-error-not-a-picture = That file is not a PNG or JPEG picture.
picture-error-too-large = That picture is { $width } x { $height } pixels; pictures larger than { $limit } pixels on a side are not added.
picture-error-file-too-large = That picture file is larger than { $megabytes } MB.
picture-error-damaged = That picture is damaged or cut short, so it was not added. ({ $detail })
import-error-project-open = That project is open in Cytûn ({ $user } on { $host }). Import from the app, or close it there first.
file-import-heading = Import contributions from a spreadsheet
file-picture-heading = Add a picture
action-import-confirm = Read this file
action-add-picture-confirm = Add this picture
action-import = Import…
action-add-picture = Add picture…
action-search = Search
message-import-failed = Nothing was imported from { $path }: { $reason }
message-picture-failed = The picture { $path } was not added: { $reason }
message-picture-added = Picture added. Describe it under “Picture description” in the side panel, for anyone who cannot see it.
message-drop-unknown = Cytûn cannot bring in { $path }: drop a spreadsheet (.csv, .xlsx, .ods) or a picture (.png, .jpg).
import-heading = Bring contributions in
import-question = { $count ->
    [one] { $count } contribution found in { $source }.
   *[other] { $count } contributions found in { $source }.
}
import-paste-question = { $count ->
    [one] Add { $count } note from the pasted text?
   *[other] Add { $count } notes from the pasted text, one for each line?
}
import-will-skip = { $count ->
    [one] { $count } blank row will be skipped.
   *[other] { $count } blank rows will be skipped.
}
import-columns-by = Put them in columns by:
import-by-prompt = One column per prompt
import-by-group = One column per group
import-nothing = No row holds a written answer: there is nothing to add.
action-import-go = Import
action-paste-confirm = Add notes
search-label = Search
search-hint = Words to find
search-position = { $current } of { $count }
search-count = { $count ->
    [0] No notes match
    [one] { $count } note matches
   *[other] { $count } notes match
}
search-previous = Previous
search-next = Next
search-close = Close search
search-filters = Showing only:
search-chip = { $name } ×
search-remove-filter = Remove this filter
search-by-prompt = Prompts
search-by-kind = Kinds
search-by-group = Groups
search-by-language = Languages
search-no-groups = No notes have a group yet.
picture-cannot-show = This picture cannot be shown
details-picture-alt = Picture description (read aloud instead of the picture)
details-picture-alt-hint = What the picture shows, in a sentence or two
details-caption = Caption
details-respondent = From response { $respondent } of the survey
details-extra = From the spreadsheet
picture-undescribed = not yet described
note-picture-label = Picture: { $alt }. { $caption }
action-remove-headings = Remove column labels
action-remove-headings-hint = Takes the imported column labels off the board; the notes stay where they are.
shortcut-search = Search the notes (Enter: next match, Shift+Enter: previous, Escape: close)
shortcut-paste = Paste lines of text as notes, one per line
action-present = Present
action-text-larger = Text +
action-text-smaller = Text −
text-size-percent = { $percent } %
colour-scheme-choice = Colours
scheme-light = Light
scheme-dark = Dark
scheme-high-contrast = High contrast
action-focus = Focus
shortcut-focus = Focus: glide to the selected note or theme, large
shortcut-present = Presentation mode: only the board, full screen (Escape leaves)
shortcut-text-size = Larger, smaller or usual interface text (the board has its own zoom)
timer-label = Timer
timer-minutes-suffix = { " " }min
timer-start = Start
timer-pause = Pause
timer-reset = Reset
timer-done = Time is up
timer-of = { $minutes ->
    [one] of { $minutes } minute
   *[other] of { $minutes } minutes
}
tab-outline = Outline
outline-intro = The whole board as a list, in the order Tab visits it: each theme with its notes, and the notes not yet in a theme where they are on the board. Move a note with its “Move to” list.
outline-theme = { $name } ({ $count ->
    [one] { $count } note
   *[other] { $count } notes
})
outline-summary = { $themes ->
    [one] { $themes } theme
   *[other] { $themes } themes
}, { $loose ->
    [one] { $loose } note not in a theme yet
   *[other] { $loose } notes not in a theme yet
}
outline-move-to = Move to:
outline-no-theme = No theme
announce-undone = Change undone
date-long = { $day } { $month } { $year }
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
action-projects = Projects…
start-heading = Your projects
start-back = Back to the board
start-recent = Opened recently
start-folder = In { $folder }
start-folder-empty = No other projects here.
start-project-details = { $file } · { $notes ->
    [one] { $notes } note
   *[other] { $notes } notes
} · { $themes ->
    [one] { $themes } theme
   *[other] { $themes } themes
} · changed { $changed }
outline-empty-note = (an empty note)
key-shift-arrows = Shift + arrow keys
shortcut-walk = Go to the next or previous note or theme, in reading order
shortcut-extend = Add the nearest note that way to the selection
key-space-drag = Space + drag
shortcut-drag-pan = Move around the board (or drag an empty place)
shortcut-rank = Move the selected theme one place up or down (Rank view)
key-alt-up-down = Alt + Up or Down arrow
shortcut-controls = Outside the board: go through the buttons, lists and fields
shortcut-press = Press the button that has the keyboard

## From themes to a definition

error-bad-definition = The ranking, votes or definition in the file are larger than any workshop could make.
error-no-dots-left = That person has used all their dots. Take one back from another theme first.
error-missing-participant = Choose who is voting first.
error-missing-version = That version is no longer in the project.
error-version-approved = Version { $number } is approved: it cannot change. Save a new version instead.
history-ranking = Changed the ranking of the themes
history-voting = { $count ->
    [one] Set up the dot vote for { $count } person
   *[other] Set up the dot vote for { $count } people
}
history-cast-dot = { $name } put a dot on “{ $other }”
history-withdraw-dot = { $name } took a dot back from “{ $other }”
history-paper-votes = Counted { $count } paper votes for “{ $name }”
history-draft = Edited the draft definition
history-link-sentence = { $count ->
    [0] Unlinked a sentence of the draft
    [one] Linked a sentence to { $count } theme
   *[other] Linked a sentence to { $count } themes
}
history-save-version = Saved version { $count }
history-feedback = Recorded feedback from { $name } on version { $count }
history-feedback-many = { $count ->
    [one] Added { $count } response as feedback on version { $other }
   *[other] Added { $count } responses as feedback on version { $other }
}
history-add-board = { $count ->
    [one] Brought in { $count } contribution from { $name }
   *[other] Brought in { $count } contributions from { $name }
}
theme-from-board = { $title } (from { $source })
board-heading = Bring in another board
board-question = From “{ $source }”: contributions { $notes }, themes { $themes }. They go to the right of this board, as one step (Ctrl+Z takes them all away); each theme says where it came from.
board-duplicates = { $count ->
    [one] { $count } of them is already on this board (the same words from the same person): bring it in as the same contribution (a linked copy), counted once
   *[other] { $count } of them are already on this board (the same words from the same person): bring them in as the same contributions (linked copies), counted once
}
board-not-definition = Its votes, ranking and definition stay in its own file.
board-go = Bring in
history-version-status = Marked version { $count } as sense-checked
history-approved = Approved version { $count }
export-redacted = [removed]
export-not-quoted = [not to be quoted]
export-approved = Version { $number }, approved by { $by } on { $date }
export-draft-status = Current draft, not yet approved
export-no-definition = No definition has been written yet.
export-definition-heading = Our definition
export-method-heading = How it was made
export-method = People who use and people who deliver services said what co-production smells, tastes, sounds, looks and feels like. A co-analysis team grouped their contributions into themes, ranked the themes, drafted the definition from them and checked it with more people.
export-count-contributions = { $count ->
    [one] { $count } contribution ({ $themed } in themes)
   *[other] { $count } contributions ({ $themed } in themes)
}
export-count-themes = { $count ->
    [one] { $count } theme
   *[other] { $count } themes
}
export-count-participants = { $count ->
    [one] { $count } person in the dot vote
   *[other] { $count } people in the dot vote
}
export-count-feedback = { $count ->
    [one] { $count } response when sense-checking ({ $agree } agree, { $changes } agree with changes, { $disagree } disagree)
   *[other] { $count } responses when sense-checking ({ $agree } agree, { $changes } agree with changes, { $disagree } disagree)
}
export-count-versions = { $count ->
    [one] { $count } version of the definition
   *[other] { $count } versions of the definition
}
export-themes-heading = Themes, in ranked order
export-votes = { $count ->
    [one] { $count } vote
   *[other] { $count } votes
}
export-meaning = What we mean:
export-loose-heading = Contributions not in a theme
export-withheld = { $count ->
    [one] and { $count } contribution not to be quoted
   *[other] and { $count } contributions not to be quoted
}
export-privacy-warning = Check before sharing: “{ $found }” looks like a personal detail ({ $kind }), in { $place }
export-written = Wrote { $path }
export-no-themes = No themes have been made yet.
view-board = Board
view-rank = Rank
view-definition = Definition
rank-no-themes = There are no themes to rank yet: group notes into themes on the board first.
rank-heading = Themes, most important first
rank-hint = Drag a card to move it, or select it and press Alt+Up / Alt+Down.
rank-card-counts = { $votes ->
    [one] { $votes } vote
   *[other] { $votes } votes
} · { $notes ->
    [one] { $notes } note
   *[other] { $notes } notes
}
rank-select = Select
rank-up = Move up
rank-down = Move down
rank-give-dot = Give a dot to “{ $name }”
rank-take-dot = Take a dot back from “{ $name }”
rank-paper-votes = Paper votes:
vote-heading = Dot voting
vote-mode-dots = Dots, person by person
vote-mode-paper = Add votes counted on paper
vote-setup = { $count ->
    [one] Who is voting ({ $count } person)
   *[other] Who is voting ({ $count } people)
}
vote-participants = People voting, one name or pseudonym per line:
vote-dots-each = Dots each:
vote-setup-save = Save who is voting
vote-now = Voting now:
vote-choose = Choose a person
vote-name-left = { $name } ({ $left } left)
vote-dots-left = { $left ->
    [one] { $left } dot left of { $total }
   *[other] { $left } dots left of { $total }
}
chart-heading = Votes for each theme
rank-by-votes = Order by votes
rank-proposal = Proposed order (themes with the same votes share a place):
rank-proposal-line = { $place }. { $name } ({ $votes })
rank-proposal-tied = ={ $place }. { $name } ({ $votes }, tied)
rank-use-proposal = Use this order
definition-heading = Draft definition
definition-approved-note = A version has been approved. You can keep drafting; the approved version stays as it was.
definition-draft-label = The definition, in the group's words:
definition-draft-hint = Write the definition here. Put the cursor in a sentence to link it to the themes it expresses.
definition-this-sentence = This sentence: “{ $sentence }”
definition-expresses = It expresses:
definition-trace = Where it comes from
definition-trace-none = Not linked to any theme yet: tick the themes it expresses.
definition-coverage-all = Every top-ranked theme is reflected in the draft.
definition-coverage-missing = Not yet reflected in the draft: { $themes }
definition-themes-heading = Ranked themes to draw on
definition-insert-hint = “Insert” puts a word or a phrase into the draft at the cursor.
definition-words = Common words:
definition-insert = Insert
versions-heading = Versions
versions-note = What changed:
versions-save = Save as version
versions-same-ask = The words are the same as version { $number }’s. Save another version anyway?
versions-save-anyway = Save anyway
version-status-draft = draft
version-status-checked = sense-checked
version-status-approved = approved by { $by }, { $date }
version-line = Version { $number } · { $date } · { $status } · { $agree } agree, { $changes } with changes, { $disagree } disagree · { $note }
feedback-heading = Feedback on version { $number }
feedback-approved-locked = This version is approved and cannot change.
feedback-from = From (person or group):
feedback-comment = Comment:
feedback-add = Record feedback
response-agree = Agree
response-changes = Agree with changes
response-disagree = Disagree
version-mark-checked = Mark as sense-checked
version-approved-by = Approved by:
version-approve = Approve this version
compare-heading = Compare two versions
compare-from = From
compare-to = to
compare-version = Version { $number }
compare-key = Words taken out are struck through; words added are underlined.
action-export = Export…
export-heading = Export
export-kind-report = A report (Markdown): the definition, how it was made, the ranked themes and their contributions
export-kind-csv = Every contribution (CSV, for a spreadsheet)
export-kind-text = The definition alone (plain text)
export-kind-picture = A picture of the board as it is now (PNG)
export-consent-note = Contributions not to be quoted are counted but never written; authors are named only where they agreed.
export-privacy-clear = Nothing in this export seems to hold personal details.
export-privacy-found = { $count ->
    [one] { $count } thing in this export looks like a personal detail:
   *[other] { $count } things in this export look like personal details:
}
export-privacy-line = { $kind }: “{ $found }”, in { $place }
export-extra-names = Other names to look for (one per line)
detail-email = e-mail address
detail-phone = phone number
detail-postcode = postcode
detail-name = a participant's name
detail-nhs-number = NHS number
detail-ni-number = National Insurance number
export-redact = Remove them from the export
export-anonymise = Leave out every author's and feedback giver's name
place-title = the project's title
place-contribution = contribution { $id } (“{ $text }”)
place-picture = the picture description of contribution { $id } (“{ $text }”)
place-author = the author of contribution { $id } (“{ $text }”)
place-group = the group of contribution { $id } (“{ $text }”)
place-column-label = a column label
place-theme-title = the title of theme “{ $theme }”
place-theme-meaning = the meaning of theme “{ $theme }”
place-draft = the draft definition
place-version = version { $number } of the definition
place-version-note = the note on version { $number }
place-feedback-from = who gave feedback on version { $number }
place-feedback-comment = a feedback comment on version { $number }
place-approver = the approval of version { $number }
export-go = Export
message-export-failed = Nothing was written to { $path }: { $reason }
definition-no-shared-words = (no word is shared by two of its notes yet)
theme-title-field = Theme title
note-text-field = Note text
error-command-too-long = That text is longer than { $limit } characters, more than a project can keep. Nothing was changed.
error-command-too-many = That would make more than { $limit } of them, more than a project can keep. Nothing was changed.
error-pictures-too-large = That would put more pictures in this project than one file can hold (about 160 MB of pictures). Nothing was added; start a second project for more pictures.
error-save-too-large = The project would be larger than { $megabytes } MB, more than Cytûn can open again, so it was not saved. Remove some pictures, or move them to a second project.
export-picture-warning = The picture shows the board as it is on screen, with the same care as every export: { $count ->
    [one] { $count } contribution marked “not to be quoted” shows
   *[other] { $count } contributions marked “not to be quoted” show
} only as “[not to be quoted]”. Pictures on notes show as they are: check the screen before sharing.
export-picture-confirm = I have checked what is on screen may be shared
import-no-consent-column = The file had no consent column, so every contribution is marked “May be quoted anonymously”: check this before exporting.
export-picture-board-only = A picture can only be taken of the board: switch to Board, then export the picture.
error-note-in-theme = That note is in a theme and keeps its place there: move the theme, or drag the note out of it. Nothing was changed.
rank-shared-place = (shares this place)
export-yes = yes
version-status-superseded = approved by { $by }, { $date }; replaced by a later approval, { $replaced }
approve-ask = Approve version { $number }? Before you do:
approve-not-checked = it has not been marked as sense-checked
approve-no-feedback = nobody's feedback on it has been recorded
approve-replaces = version { $number } is approved now: it will be marked as replaced, and kept in the record
approve-anyway = Approve it anyway
vote-paper-rule = Votes counted on paper are added to any dots given on screen: type only the votes that were not given as dots.
vote-sum = { $total } = { $dots } on screen + { $paper } on paper
vote-setup-takes-back = { $count ->
    [one] This takes back { $count } dot already given ({ $who }).
   *[other] This takes back { $count } dots already given ({ $who }).
}
vote-setup-take-back = Take them back and save
vote-setup-keep = Keep the vote as it is
export-exists = There is already a file called { $path }.
export-replace = Replace it
export-other-name = Choose another name
definition-trace-not-quoted = • (not to be quoted) { $text }
history-repeated = { $change } ({ $count } times)
announce-undone-back-to = { $count ->
    [one] Undid { $count } change: back to “{ $change }”
   *[other] Undid { $count } changes: back to “{ $change }”
}
announce-undone-to-start = { $count ->
    [one] Undid { $count } change: back to the start
   *[other] Undid { $count } changes: back to the start
}
start-reading = Reading the projects…
view-table = Table
table-count = { $count ->
    [one] { $count } contribution
   *[other] { $count } contributions
}
table-count-shown = { $shown } of { $count } contributions shown
table-search = Search and filter… (Ctrl+F)
table-select-shown = Select all shown
table-select-none = Clear selection
table-empty = No contributions yet: import a spreadsheet or add notes on the Board.
table-none-match = No contribution matches the search and filters.
table-column-text = Contribution
table-column-prompt = Prompt
table-column-kind = Kind
table-column-group = Group
table-column-respondent = Respondent
table-column-language = Language
table-column-consent = Consent
table-column-theme = Theme
table-cell = { $column } of “{ $text }”
table-selected = { $count ->
    [one] { $count } selected:
   *[other] { $count } selected:
}
table-set-prompt = Set prompt
table-set-kind = Set kind
table-set-language = Set language
table-set-consent = Set consent
table-group = Group:
table-set-group = Set group
search-by-consent = Consent
history-details-many = { $count ->
    [one] Changed the details of { $count } contribution
   *[other] Changed the details of { $count } contributions
}
table-sorted-up = sorted A to Z, first to last
table-sorted-down = sorted Z to A, last to first
action-tidy = Tidy the board
action-tidy-by-rank = Themes in ranked order
action-tidy-by-size = Largest themes first
action-tidy-hint = Lays every theme, then every loose note, out in rows with nothing over anything. Column labels are taken away. One step: Ctrl+Z puts everything back.
history-tidy = Tidied the board

## Phones in the room
room-open = Open the room
room-close = Close the room
room-heading = Take part from your phone
room-scan = Scan the code, or go to
room-type-code = and type the code
room-joined = { $count ->
    [one] { $count } phone has joined
   *[other] { $count } phones have joined
}
room-phase = Phones now:
room-phase-contribute = Contribute
room-phase-vote = Vote
room-phase-sense-check = Sense-check
room-voted = { $count ->
    [one] { $count } phone has voted
   *[other] { $count } phones have voted
}
room-reveal = Show the votes
room-hide-votes = Hide the votes
room-version = Version to check:
room-no-version = No version to check yet: save a version of the definition first.
room-no-network = No network found: phones cannot reach this laptop. Connect to the venue's Wi-Fi or turn on this laptop's hotspot, then open the room again.
room-open-failed = The room could not open: { $reason }
room-opened = The room is open. Phones can join.
room-closed = The room is closed. Nothing listens for phones now.
room-votes-hidden = The votes from phones are hidden until you show them.
room-serving = Room open for { $file }. Phones join at the address below (Ctrl+C closes the room and saves).
room-saved = { $count ->
    [one] Saved { $count } change from phones into { $path }.
   *[other] Saved { $count } changes from phones into { $path }.
}
room-error-project-open = { $path } is open in Cytûn on { $host } (by { $user }): open the room from that window, or close the project there first.
phones-arrived-heading = Arrived from phones
phone-feedback-from = Phone { $number }
history-phone-dot = A phone put a dot on “{ $name }”
history-phone-withdraw = A phone took a dot back from “{ $name }”
phone-title = Cytûn: take part
phone-switch-language = English
phone-joining = Joining the room…
phone-code-heading = Join the room
phone-code-label = The code on the screen
phone-code-join = Join
phone-contribute-heading = Add your contribution
phone-text-label = Your contribution
phone-prompt-label = Which question does it answer?
phone-language-label = Language of your contribution
phone-consent-label = May we quote it?
phone-name-label = Your name (only used if it may be quoted with your name)
phone-send = Send
phone-sent = Thank you. It is on its way to the board.
phone-vote-heading = Give your dots
phone-dots-left = Dots left: { $left } of { $total }
phone-dots-here = Your dots here: { $count }
phone-give-dot = Give a dot
phone-take-dot = Take a dot back
phone-quotes = What people said
phone-no-themes = There are no themes to vote on yet.
phone-check-heading = Does this say it?
phone-check-version = Version { $number } of the definition:
phone-answer-label = Your answer
phone-choose-answer = Choose an answer first.
phone-comment-label = Comment (you can leave this empty)
phone-answered = Thank you. Your answer is recorded.
phone-no-version = There is nothing to check yet.
phone-error-wrong-room = This room is closed, or the address or code is wrong. Ask the facilitator for the code on the screen.
phone-error-room-full = The room is full: 300 phones have joined.
phone-error-too-fast = That was quick. Wait a moment, then try again.
phone-error-not-now = The room has moved on. This page now shows what it is doing.
phone-error-no-dots-left = You have no dots left. Take one back to give it somewhere else.
phone-error-no-dot-here = You have no dot on this theme to take back.
phone-error-no-such-theme = That theme is no longer on the board.
phone-error-no-such-version = That version is no longer being checked.
phone-error-already-answered = You have already answered this version.
phone-error-empty = Write something first.
phone-error-too-long = That is too long: 2,000 characters at most.
phone-error-offline = Cannot reach the room. Check that this phone is on the same Wi-Fi as the laptop.

## Reports in Word, spreadsheets, and the language of an export
export-sheet-name = Contributions
export-chart-theme = Theme
export-chart-votes = Votes
export-sense-check-heading = Sense-checking
export-no-versions = No version has been sent out for sense-checking yet.
export-version-tally = Version { $number } ({ $date }): { $count ->
    [one] { $count } response
   *[other] { $count } responses
}: { $agree } agree, { $changes } agree with changes, { $disagree } disagree
export-approval-heading = Approval
export-no-approval = No version has been approved yet.
export-kind-docx = A report for Word (.docx): the same as the report, with headings and a table of the votes
export-kind-xlsx = Every contribution (Excel workbook, .xlsx)
export-language = Language of the export:
export-language-en = English
export-language-cy = Cymraeg
export-language-both = Both (Cymraeg first, then English)
export-kind-pdf = A report to read (PDF, tagged for screen readers): the same as the report for Word

## The charter, drafted after the definition
place-charter-draft = the draft charter
place-charter-version = version { $number } of the charter
place-charter-version-note = the note on version { $number } of the charter
place-charter-feedback-from = who gave feedback on version { $number } of the charter
place-charter-feedback-comment = a feedback comment on version { $number } of the charter
place-charter-approver = the approval of version { $number } of the charter
history-charter-draft = Edited the draft charter
history-charter-link = { $count ->
    [0] Unlinked a principle of the charter
    [one] Linked a principle to { $count } theme
   *[other] Linked a principle to { $count } themes
}
history-charter-save-version = Saved version { $count } of the charter
history-charter-feedback = Recorded feedback from { $name } on version { $count } of the charter
history-charter-feedback-many = { $count ->
    [one] Added { $count } response as feedback on version { $other } of the charter
   *[other] Added { $count } responses as feedback on version { $other } of the charter
}
history-charter-version-status = Marked version { $count } of the charter as sense-checked
history-charter-approved = Approved version { $count } of the charter
export-charter-heading = Our charter
export-no-charter = No principles have been written into the charter yet.
export-traced = { $piece } (from the themes: { $themes })
export-trace-heading = Where the words come from
export-count-principles = { $count ->
    [one] { $count } principle in the charter
   *[other] { $count } principles in the charter
}
export-charter-sense-check-heading = Sense-checking the charter
export-charter-approval-heading = Approval of the charter
part-definition = Our definition
part-charter = Our charter
charter-heading = Draft charter
charter-draft-label = The charter, one principle on each line:
charter-draft-hint = Write one principle on each line, such as “We will pay people for their time.” Put the cursor in a principle to link it to the themes it comes from.
charter-this-principle = This principle: “{ $sentence }”
charter-comes-from = It comes from:
feedback-import-question-charter = { $count ->
    [one] Add { $count } response from { $source } as feedback on version { $number } of the charter?
   *[other] Add { $count } responses from { $source } as feedback on version { $number } of the charter?
}
feedback-imported-charter = { $count ->
    [one] Added { $count } response as feedback on version { $number } of the charter.
   *[other] Added { $count } responses as feedback on version { $number } of the charter.
}
outline-traced-heading = The definition and the charter, traced to the themes
start-samples = Samples to learn from
start-sample-fresh = A workshop just begun: the contributions are on the board, nothing is grouped yet.
start-sample-finished = A finished co-analysis: themes with their meanings, a dot vote, the ranking, a definition through three versions and a charter, both approved.
export-picture = { $caption } (a picture: { $alt })
phone-check-charter-version = Version { $number } of the charter:
room-version-definition = Definition, version { $number }
room-version-charter = Charter, version { $number }

## What phones were told is kept
phones-journal-unreadable = Could not read what phones sent earlier ({ $path }): { $reason }. The file is left as it is.
phones-journal-taken-in = { $count ->
    [one] Took in { $count } thing phones sent that had not been saved.
   *[other] Took in { $count } things phones sent that had not been saved.
}
phone-error-not-kept = The laptop could not keep that. Try again in a moment.
phone-error-too-slow = That took too long to arrive. Try again.
history-phone-dot-hidden = A phone gave a dot
history-phone-withdraw-hidden = A phone took a dot back
history-phones-heading = From phones (Undo leaves these as they are)
history-oldest-kept = The oldest change still kept ({ $count } earlier can no longer be undone)
room-phones-this-session = This session:
room-address-code = Or go to { $address } and type the code { $code }
rank-take-phone-dot = Take back a phone's dot from “{ $name }”
error-export-pdf = the PDF could not be made ({ $detail }); an earlier file there is as it was
error-export-nothing = there is no definition or charter yet, so there is nothing to write
export-replaced-characters = The PDF's font has no letters for these, so each shows as { $mark } (a screen reader and a copy still get them as written): { $characters }
export-not-sense-checked = approved without sense-checking
export-replaced-by = replaced by version { $number } on { $date }
export-replaced-on = replaced on { $date }
error-export-docx = the Word document could not be made ({ $detail }); an earlier file there is as it was

## The columns of every contribution (CSV, Excel)
export-column-id = id
export-column-text = text
export-column-prompt = prompt
export-column-kind = kind
export-column-group = group
export-column-author = author
export-column-language = language
export-column-consent = consent
export-column-theme = theme
export-column-theme-rank = theme_rank
export-column-theme-rank-shared = theme_rank_shared
export-column-theme-votes = theme_votes
export-column-also-in = also_in
import-placeholders = { $count ->
    [one] { $count } answer that said nothing (“N/A”, “-”) left out
   *[other] { $count } answers that said nothing (“N/A”, “-”) left out
}
import-rows-without-words = { $count ->
    [one] { $count } response with no written answer
   *[other] { $count } responses with no written answer
}
import-already-here = { $here ->
    [one] { $here } response was already on the board and was left out
   *[other] { $here } responses were already on the board and were left out
}; { $new } new.
import-nothing-new = Every response is already on the board: there is nothing new to add.
board-consent-differs = { $count ->
    [one] One contribution both boards hold was given different consent: the stricter answer will stand on both.
   *[other] { $count } contributions both boards hold were given different consent: the stricter answer will stand on both.
}
board-consent-difference = “{ $text }” — here: { $here }; { $source }: { $there }; now both: { $agreed }
import-read-as-own-question = contributions (answers to this question)
export-method-questions = People who use and people who deliver services answered { $count ->
    [one] one question
   *[other] { $count } questions
}: { $questions }. A co-analysis team grouped their contributions into themes, ranked the themes, drafted the definition from them and checked it with more people.
export-method-more = and { $count } more
vote-setup-themes-lose = They come off: { $themes }.
