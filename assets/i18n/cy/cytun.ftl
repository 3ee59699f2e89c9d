# Cytûn: testun y rhyngwyneb yn Gymraeg.
# Geiriau plaen i grŵp cymysg sy'n darllen taflunydd o ben arall yr ystafell.

## Ffenestr a phrosiect

window-title = { $dirty ->
    [yes] • { $name } — Cytûn
   *[no] { $name } — Cytûn
}
untitled-project = Gweithdy heb deitl
board-label = Bwrdd
note-description = { $prompt }, { $kind }
note-description-in-theme = { $prompt }, { $kind }, yn y thema “{ $theme }”

## Bar offer a gweithredoedd

action-new = Newydd
action-open = Agor…
action-save = Cadw
action-save-as = Cadw fel…
action-undo = Dadwneud
action-redo = Ailwneud
action-add-note = Ychwanegu nodyn
action-delete = Dileu
action-zoom-to-fit = Chwyddo i ffitio
action-cancel = Diddymu
action-browse = Pori…
action-open-confirm = Agor
action-save-confirm = Cadw
messages-more = { $count ->
    [zero] a dim negeseuon eraill
    [one] ac 1 neges arall
    [two] a 2 neges arall
   *[other] a { $count } neges arall
}
action-dismiss-all = Cau'r cyfan
action-dismiss = Cau
language-choice = Iaith

## Bar statws

status-notes = { $count ->
    [zero] Dim nodiadau
    [one] { $count } nodyn
    [two] { $count } nodyn
    [few] { $count } nodyn
    [many] { $count } nodyn
   *[other] { $count } nodyn
}
status-contributions-on-notes = { $contributions ->
    [zero] Dim cyfraniadau
   *[other] { $contributions } cyfraniad
} ({ $notes } nodyn)
status-selected = { $count ->
    [one] { $count } wedi'i ddewis
   *[other] { $count } wedi'u dewis
}
status-zoom = Chwyddo { $percent }%
status-saved = Pob newid wedi'i gadw
status-unsaved = Newidiadau heb eu cadw

## Manylion nodyn

details-heading = Nodyn
details-none-selected = Cliciwch ar nodyn i weld ei fanylion yma. Cliciwch ddwywaith ar y bwrdd i ychwanegu nodyn.
details-many-selected = { $count ->
    [two] Dau nodyn wedi'u dewis.
   *[other] { $count } nodyn wedi'u dewis.
} Llusgwch unrhyw un ohonyn nhw i'w symud i gyd, neu bwyswch Delete i'w dileu.
details-text = Testun
details-text-hint = Beth a ddywedwyd neu a ysgrifennwyd
details-prompt = Cwestiwn
details-kind = Math
details-group = Grŵp
details-group-hint = e.e. Bord 3
details-author = Awdur
details-author-hint = Dewisol; mae ffugenw'n iawn
details-language = Iaith
details-consent = Caniatâd

prompt-smells = Arogli fel
prompt-tastes = Blasu fel
prompt-sounds = Swnio fel
prompt-looks = Edrych fel
prompt-feels = Teimlo fel
prompt-unspecified = Dim cwestiwn
prompt-other = Arall: { $name }

kind-written = Ysgrifenedig
kind-quote = Dyfyniad
kind-song = Cân
kind-art = Celf
kind-film-idea = Syniad ffilm
kind-menu = Bwydlen
kind-spoken-word = Gair llafar
kind-other = Arall: { $name }

language-english = Saesneg
language-welsh = Cymraeg

consent-with-name = Gellir dyfynnu gydag enw
consent-anonymous = Gellir dyfynnu'n ddienw
consent-do-not-quote = Ni ddylid dyfynnu

## Blychau deialog

unsaved-heading = Newidiadau heb eu cadw
unsaved-question = Mae newidiadau i “{ $name }” heb eu cadw eto. Eu cadw yn gyntaf?
unsaved-save = Cadw
unsaved-discard = Peidio â chadw

file-open-heading = Agor prosiect
file-save-heading = Cadw'r prosiect fel
file-path-label = Llwybr y ffeil:
file-waiting-for-system = Yn aros am ffenestr ffeiliau'r system… Gallwch hefyd deipio'r llwybr isod.
file-no-system-dialog = Does dim modd dangos ffenestr ffeiliau'r system yma. Teipiwch lwybr y ffeil isod.

## Negeseuon

message-saved = Wedi cadw: { $path }
message-open-failed = Methu agor y prosiect. { $reason } Ffeil: { $path }
message-open-failed-at = Methu agor y prosiect. { $reason } (llinell { $line }, colofn { $column }) Ffeil: { $path }
message-save-failed = Methu cadw. Nid yw'r ffeil ar y ddisg wedi newid. { $reason } Ffeil: { $path }

check-summary = { $notes } nodyn, { $themes } thema
cli-suggest-by-meaning = Grwpiau a awgrymir: { $groups }. Nodiadau rhydd: { $notes }. Wedi'u grwpio yn ôl ystyr, gan { $model }.
cli-suggest-by-words = Grwpiau a awgrymir: { $groups }. Nodiadau rhydd: { $notes }. Wedi'u grwpio yn ôl y geiriau a rennir.
cli-suggest-too-many = { $count } o nodiadau rhydd, ac mae awgrymiadau'n gweithio ar { $limit } ar y mwyaf.

## Gwallau

error-read = Methu darllen y ffeil: { $reason }.
error-not-a-file = Nid ffeil yw hon.
error-too-large = Mae'r ffeil yn { $megabytes } MB; ni all prosiect fod yn fwy na { $limit } MB.
error-not-text = Nid testun yw'r ffeil: efallai ei bod wedi'i difrodi, neu nad yw'n brosiect Cytûn.
error-empty-file = Mae'r ffeil yn wag.
error-syntax = Nid yw'r ffeil wedi'i gosod fel prosiect Cytûn: { $detail }.
error-not-a-project = Nid prosiect Cytûn yw'r ffeil hon: does dim fersiwn fformat ynddi.
error-newer-version = Cafodd y prosiect hwn ei gadw gan fersiwn fwy newydd o Cytûn (fformat { $found }; mae'r fersiwn hon yn darllen hyd at { $supported }). Diweddarwch Cytûn i'w agor. Nid yw'r ffeil wedi newid.
error-too-many-notes = Mae gan y prosiect fwy na { $limit } o nodiadau.
error-duplicate-note = Mae nodyn { $id } yn ymddangos ddwywaith yn y ffeil.
error-duplicate-theme = Mae thema { $id } yn ymddangos ddwywaith yn y ffeil.
error-text-too-long = Mae gan nodyn { $id } fwy na { $limit } o nodau.
error-bad-position = Mae gan nodyn { $id } safle nad yw'n rhif defnyddiadwy.
error-missing-theme-note = Mae thema { $theme } yn rhestru nodyn { $note }, nad yw yn y ffeil.
error-note-in-two-themes = Mae nodyn { $note } mewn mwy nag un thema.
error-write = Methu ysgrifennu'r ffeil: { $reason }.
error-serialize = Methu troi'r prosiect yn destun: { $detail }.
error-verify = Nid oedd y testun a gadwyd yn darllen yn ôl fel yr un prosiect, felly ni ysgrifennwyd dim.
error-would-overwrite-newer = Cafodd y ffeil honno ei chadw gan fersiwn fwy newydd o Cytûn; ni fydd yn cael ei throsysgrifo. Dewiswch enw arall.
error-missing-note = Nid yw'r nodyn hwnnw ar y bwrdd bellach.
error-command-duplicate = Mae'r nodyn hwnnw ar y bwrdd yn barod.
error-invalid-position = Nid yw'r safle hwnnw ar y bwrdd.
error-missing-theme = Nid yw'r thema honno ar y bwrdd bellach.
error-bad-theme-position = Mae gan thema { $id } safle nad yw'n rhif defnyddiadwy.
error-nothing-to-do = Doedd dim byd i'w newid.

## Cadw'r gwaith yn ddiogel

action-restore-backup = Y copi a gadwyd cynt…
recovery-heading = Daethpwyd o hyd i waith heb ei gadw
recovery-question = Daeth Cytûn o hyd i waith ar “{ $name }” nad oedd wedi'i gadw, efallai am fod yr ap wedi cau'n annisgwyl. Cymharwch y ddau, yna dewiswch pa un i'w gadw.
recovery-unsaved-copy = Gwaith heb ei gadw
recovery-file-on-disk = Ffeil wedi'i chadw
recovery-contents = Cynnwys
recovery-last-change = Newid diwethaf
recovery-what-differs = Beth mae'r gwaith heb ei gadw yn ei newid:
recovery-no-difference = Dim byd: mae'r ddau yn dal yr un peth.
recovery-notes-added = { $count ->
    [zero] Dim nodiadau wedi'u hychwanegu
    [one] 1 nodyn wedi'i ychwanegu: { $examples }
   *[other] { $count } nodyn wedi'u hychwanegu: { $examples }
}
recovery-notes-removed = { $count ->
    [zero] Dim nodiadau wedi'u tynnu
    [one] 1 nodyn wedi'i dynnu: { $examples }
   *[other] { $count } nodyn wedi'u tynnu: { $examples }
}
recovery-themes-added = { $count ->
    [zero] Dim themâu newydd
    [one] 1 thema newydd: { $examples }
   *[other] { $count } thema newydd: { $examples }
}
recovery-themes-removed = { $count ->
    [zero] Dim themâu wedi'u datod
    [one] 1 thema wedi'i datod: { $examples }
   *[other] { $count } thema wedi'u datod: { $examples }
}
recovery-theme-renamed = Ailenwyd y thema “{ $old }” yn “{ $new }”
recovery-notes-reworded = { $count ->
    [zero] Dim newid i eiriau'r nodiadau
    [one] Newidiodd geiriau 1 nodyn
   *[other] Newidiodd geiriau { $count } nodyn
}
recovery-notes-regrouped = { $count ->
    [zero] Dim nodiadau wedi'u symud
    [one] 1 nodyn wedi'i symud i thema arall
   *[other] { $count } nodyn wedi'u symud i thema arall
}
recovery-votes-changed = Mae'r pleidleisiau neu'r drefn yn wahanol
recovery-definition-changed = Mae drafft y diffiniad yn wahanol
recovery-charter-changed = Mae drafft y siarter yn wahanol
recovery-restore = Adfer y gwaith heb ei gadw
recovery-discard = Gadael y ffeil fel y mae
recovery-restored = Mae'r gwaith heb ei gadw wedi'i adfer. Dewiswch Cadw i'w gadw, neu Dadwneud i fynd yn ôl i'r ffeil a gadwyd.
recovery-damaged = Methu darllen copi adfer o waith heb ei gadw. { $reason } Mae wedi'i adael lle mae: { $path }
recovery-write-failed = Methu ysgrifennu'r copi adfer o'ch gwaith heb ei gadw. { $reason } Cadwch yn fuan i fod yn ddiogel.
disk-changed-heading = Mae rhaglen arall wedi newid y ffeil
disk-changed-question = Mae rhywun neu rywbeth (rhaglen arall, ffolder cysoni) wedi newid “{ $name }” ar y ddisg ers i chi ei hagor. Beth bynnag a ddewiswch, ni fydd dim yn cael ei golli: bydd eich fersiwn chi'n cael ei chadw wrth ei hochr dan enw newydd.
disk-changed-load = Llwytho'r fersiwn ar y ddisg
disk-changed-keep-mine = Cadw fy fersiwn i
disk-kept-mine = Cafodd eich fersiwn chi ei chadw fel: { $path }
disk-missing = Nid yw ffeil y prosiect lle'r oedd hi bellach. Bydd Cadw yn ei hysgrifennu eto: { $path }
lock-open-elsewhere = Mae'n ymddangos bod “{ $name }” ar agor yn barod, gan { $user } ar { $host } (agorwyd { $when }). Os bydd y ddau ohonoch yn gwneud newidiadau, cadwch nhw dan enwau gwahanol.
lock-open-elsewhere-someone = Mae'n ymddangos bod “{ $name }” ar agor yn barod ar { $host } (agorwyd { $when }). Os bydd y ddau ohonoch yn gwneud newidiadau, cadwch nhw dan enwau gwahanol.
backup-heading = Mynd yn ôl i'r copi a gadwyd cynt?
backup-question = Rhoi'r copi a gadwyd cynt o “{ $name }” ({ $when }) yn lle'r hyn sydd ar y sgrin? Gallwch ddadwneud hyn.
backup-restore = Mynd yn ôl i'r copi a gadwyd cynt
backup-restored = Mae'r copi a gadwyd cynt ar y sgrin. Bydd Dadwneud yn dod â'r hyn oedd yno o'r blaen yn ôl.
error-changed-on-disk = Cafodd y ffeil ei newid ar y ddisg gan raglen arall ers i chi ei hagor, felly ni chafodd ei throsysgrifo.

time-seconds-ago = { $count ->
    [zero] { $count } eiliad yn ôl
    [one] { $count } eiliad yn ôl
   *[other] { $count } eiliad yn ôl
}
time-minutes-ago = { $count ->
    [one] { $count } munud yn ôl
    [two] { $count } funud yn ôl
   *[other] { $count } munud yn ôl
}
time-hours-ago = { $count ->
    [one] { $count } awr yn ôl
   *[other] { $count } awr yn ôl
}
time-days-ago = { $count ->
    [one] { $count } diwrnod yn ôl
    [two] { $count } ddiwrnod yn ôl
   *[other] { $count } diwrnod yn ôl
}

## Themâu

theme-untitled = Thema heb deitl { $number }
theme-label = Thema: { $title }
action-group = Grwpio
action-dissolve-theme = Datod y thema
status-in-themes = { $themed } o { $total } mewn themâu
tab-note = Nodyn
tab-themes = Themâu
tab-words = Geiriau
themes-progress = { $total ->
    [two] Mae { $themed } o { $total } gyfraniad mewn themâu.
    [few] Mae { $themed } o { $total } chyfraniad mewn themâu.
    [many] Mae { $themed } o { $total } chyfraniad mewn themâu.
   *[other] Mae { $themed } o { $total } cyfraniad mewn themâu.
}
themes-show-loose = Dangos y nodiadau rhydd
themes-none = Dim themâu eto. Llusgwch nodyn ar ben un arall i ddechrau un, neu ddewiswch nodiadau a phwyso Ctrl+G.
themes-sort-name = Yn ôl enw
themes-sort-size = Yn ôl maint
themes-entry = { $title } ({ $count })
words-only-in-theme = Dim ond yn “{ $title }”
words-make-theme = { $count ->
    [one] Gwneud thema o'r { $count } nodyn rhydd
   *[other] Gwneud thema o'r { $count } nodyn rhydd
}
words-clear = Clirio
words-none = Does dim gair yn ymddangos mewn mwy nag un nodyn eto.
words-entry = { $term } ({ $count })
words-mode-common = Geiriau cyffredin
words-mode-suggest = Grwpiau a awgrymir
suggest-intro = Gall Cytûn awgrymu grwpiau o nodiadau rhydd sy'n golygu rhywbeth tebyg, yn Gymraeg neu yn Saesneg, neu sy'n defnyddio'r un geiriau. Chi sy'n penderfynu ar bob un: ei wneud yn thema, ei newid yn gyntaf, neu ei wrthod.
suggest-start = Awgrymu grwpiau
suggest-again = Awgrymu eto
suggest-stale = Mae'r bwrdd wedi newid ers awgrymu'r rhain.
suggest-comparing = Cymharu nodiadau… { $percent }%
suggest-grouping = Grwpio…
suggest-reading = Darllen ystyr y nodiadau… { $percent }%
suggest-by = Grwpio yn ôl:
suggest-by-meaning = Ystyr
suggest-by-words = Geiriau a rennir
suggest-made-by-meaning = Wedi'u grwpio yn ôl ystyr, gan { $model }, sy'n rhan o Cytûn: does dim yn gadael y cyfrifiadur hwn.
suggest-no-model = Wedi'u grwpio yn ôl y geiriau a rennir: methu darllen y model ystyr ({ $reason }).
suggest-close = { $count ->
    [one] Un nodyn, yn agos o ran ystyr: mae “{ $first }” yn agos at “{ $second }”
    [two] Dau nodyn, yn agos o ran ystyr: mae “{ $first }” yn agos at “{ $second }”
   *[other] { $count } nodyn, yn agos o ran ystyr: mae “{ $first }” yn agos at “{ $second }”
}
suggest-stop = Stopio
suggest-too-many = Mae { $count } o nodiadau rhydd yn rhannu geiriau, ac mae awgrymiadau'n gweithio ar { $limit } ar y mwyaf. Gwnewch themâu o rai yn gyntaf.
suggest-fewer = Llai o grwpiau
suggest-more = Mwy o grwpiau
suggest-level = Faint o grwpiau i'w hawgrymu
suggest-none = Dim grwpiau i'w hawgrymu: does dim digon o nodiadau rhydd yn debyg.
suggest-count = { $count ->
    [one] Un awgrym, y mwyaf yn gyntaf.
    [two] Dau awgrym, y mwyaf yn gyntaf.
   *[other] { $count } awgrym, y mwyaf yn gyntaf.
}
suggest-shared = { $count ->
    [one] Mae un nodyn yn rhannu: { $words }
    [two] Mae dau nodyn yn rhannu: { $words }
   *[other] Mae { $count } nodyn yn rhannu: { $words }
}
suggest-name = Enw'r thema
suggest-show = Dangos ar y bwrdd
suggest-hide = Peidio â dangos
suggest-accept = Gwneud hon yn thema
suggest-reject = Gwrthod
suggest-bring-back = Dangos yr awgrymiadau a wrthodwyd eto
suggest-notes = Ei nodiadau (dad-diciwch un i'w adael allan)
suggest-more-waiting = { $count ->
    [one] Mae un awgrym arall yn aros nes penderfynu ar rai o'r rhain.
    [two] Mae dau awgrym arall yn aros nes penderfynu ar rai o'r rhain.
   *[other] Mae { $count } awgrym arall yn aros nes penderfynu ar rai o'r rhain.
}

## Hanes

tab-history = Hanes
history-empty = Does dim wedi newid eto. Bydd pob newid yn cael ei restru yma, y mwyaf diweddar yn gyntaf.
history-hint = Cliciwch linell i ddadwneud popeth ar ei hôl. Bydd Ailwneud yn dod ag ef yn ôl.
history-start = Dechrau: y prosiect fel yr agorwyd ef
history-add-note = Ychwanegu nodyn
history-delete-notes = Dileu { $count } nodyn
history-move-notes = Symud { $count } nodyn
history-edit-text = Golygu testun nodyn
history-edit-details = Newid manylion nodyn
history-replace = Newid y bwrdd cyfan (ail-lwytho, copi wrth gefn neu adfer)
history-create-theme = Creu'r thema “{ $name }” o { $count } nodyn
history-join-theme = Symud { $count } nodyn i “{ $name }”
history-leave-themes = { $count ->
    [one] Tynnu { $count } nodyn allan o'i thema
   *[other] Tynnu { $count } nodyn allan o'u themâu
}
history-move-theme = Symud y thema “{ $name }”
history-rename-theme = Ailenwi “{ $name }” yn “{ $other }”
history-dissolve-theme = Datod y thema “{ $name }” (mae'r nodiadau'n aros)
history-change = Newid y bwrdd
history-rename-project = Ailenwi'r prosiect yn “{ $name }”
action-move-to-theme = Symud i thema…
move-heading = Symud { $count } nodyn i thema
move-filter = Teipiwch ran o enw'r thema:
move-new-theme = Thema newydd
move-new-theme-named = Thema newydd “{ $title }”
action-collapse-theme = Cau'r thema
action-expand-theme = Agor y thema
theme-collapsed-summary = { $count } nodyn y tu mewn
merge-heading = Cyfuno'r themâu hyn?
merge-question = Bydd { $count } nodyn o “{ $from }” yn ymuno â “{ $into }”. Bydd yr enw “{ $from }” yn cael ei gadw yn ei hanes. Gallwch ddadwneud hyn.
merge-confirm = Cyfuno
history-collapse-theme = Cau'r thema “{ $name }”
history-expand-theme = Agor y thema “{ $name }”
history-merge-themes = Cyfuno “{ $name }” ({ $count } nodyn) â “{ $other }”
themes-former-titles = Hefyd yn cael ei galw: { $titles }
history-also-fits = Rhoi copi cysylltiedig yn “{ $name }” (mae'n ffitio yno hefyd)
action-also-fits = Ffitio hefyd…
also-fits-heading = Rhoi copi cysylltiedig mewn thema arall
also-in = Mae'r cyfraniad hwn hefyd yn: { $themes }
also-go-to = Mynd i'r copi arall
error-bad-copy = Mae nodyn { $id } yn gopi o nodyn sydd ar goll neu sydd ei hun yn gopi.
theme-details-heading = Thema
theme-details-title = Teitl
theme-details-meaning = Beth mae'r grŵp yn ei olygu wrthi
theme-details-meaning-hint = Brawddeg neu ddwy, yng ngeiriau'r grŵp
theme-details-colour = Lliw (dewisol)
colour-none = Dim
colour-orange = Oren
colour-sky-blue = Glas golau
colour-bluish-green = Gwyrdd
colour-yellow = Melyn
colour-blue = Glas
colour-vermillion = Coch
colour-reddish-purple = Porffor
history-theme-meaning = Ysgrifennu beth mae “{ $name }” yn ei olygu
history-theme-colour = Newid lliw “{ $name }”

## Llwybrau byr

shortcuts-heading = Llwybrau byr y bysellfwrdd
key-arrows = Bysellau saeth
key-ctrl-arrows = Ctrl + bysellau saeth
key-shift-drag = Shift + llusgo
shortcut-undo = Dadwneud
shortcut-redo = Ailwneud
shortcut-save = Cadw
shortcut-save-as = Cadw fel ffeil newydd
shortcut-open = Agor prosiect
shortcut-new = Prosiect newydd
shortcut-select-all = Dewis pob nodyn
shortcut-edit = Golygu testun y nodyn a ddewiswyd
shortcut-escape = Gorffen golygu, neu glirio'r dewis; eto i adael y bwrdd am y botymau
shortcut-delete = Dileu'r nodiadau a ddewiswyd, neu ddatod y thema a ddewiswyd
shortcut-group = Gwneud thema o'r nodiadau a ddewiswyd
shortcut-move = Symud y nodiadau a ddewiswyd i thema
shortcut-fit = Chwyddo i ffitio pob nodyn
shortcut-zoom = Chwyddo i mewn ac allan
shortcut-pan = Mynd at y nodyn neu'r thema agosaf i'r cyfeiriad hwnnw (heb ddim wedi'i ddewis: symud o gwmpas y bwrdd)
shortcut-nudge = Symud y nodiadau neu'r thema a ddewiswyd
shortcut-band = Dewis y nodiadau mewn ardal
shortcut-help = Dangos y rhestr hon
shortcut-room = Agor neu gau'r ystafell i ffonau

## Dod â chyfraniadau i mewn

error-bad-picture = Mae gan nodyn { $id } lun sy'n rhy fawr neu heb faint.
error-duplicate-heading = Mae pennawd { $id } yn ymddangos ddwywaith yn y ffeil, neu'n rhannu ei rif â nodyn neu thema.
error-bad-heading-position = Mae gan bennawd { $id } safle nad yw'n rhif defnyddiadwy.
error-missing-heading = Nid yw label y golofn honno ar y bwrdd bellach.
history-import = { $count ->
    [two] Dod â { $count } gyfraniad i mewn
    [few] Dod â { $count } chyfraniad i mewn
    [many] Dod â { $count } chyfraniad i mewn
   *[other] Dod â { $count } cyfraniad i mewn
}
history-remove-headings = Tynnu labeli'r colofnau
history-picture-alt = Disgrifio llun
import-summary = { $count ->
    [two] Mewnforiwyd { $count } gyfraniad
    [few] Mewnforiwyd { $count } chyfraniad
    [many] Mewnforiwyd { $count } chyfraniad
   *[other] Mewnforiwyd { $count } cyfraniad
}
import-skipped-blank = { $count ->
    [two] hepgorwyd { $count } res wag
    [few] hepgorwyd { $count } rhes wag
    [many] hepgorwyd { $count } rhes wag
   *[other] hepgorwyd { $count } rhes wag
}
import-unknown-prompts = { $count ->
    [one] { $count } cwestiwn anhysbys (wedi'i gadw fel y'i hysgrifennwyd)
    [two] { $count } gwestiwn anhysbys (wedi'u cadw fel y'u hysgrifennwyd)
    [few] { $count } chwestiwn anhysbys (wedi'u cadw fel y'u hysgrifennwyd)
    [many] { $count } chwestiwn anhysbys (wedi'u cadw fel y'u hysgrifennwyd)
   *[other] { $count } cwestiwn anhysbys (wedi'u cadw fel y'u hysgrifennwyd)
}
import-unknown-kinds = { $count ->
    [one] { $count } math anhysbys (wedi'i gadw fel y'i hysgrifennwyd)
    [two] { $count } fath anhysbys (wedi'u cadw fel y'u hysgrifennwyd)
    [few] { $count } math anhysbys (wedi'u cadw fel y'u hysgrifennwyd)
    [many] { $count } math anhysbys (wedi'u cadw fel y'u hysgrifennwyd)
   *[other] { $count } math anhysbys (wedi'u cadw fel y'u hysgrifennwyd)
}
import-unknown-languages = { $count ->
    [one] { $count } iaith anhysbys (wedi'i chadw fel maes ychwanegol)
   *[other] { $count } iaith anhysbys (wedi'u cadw fel meysydd ychwanegol)
}
import-unclear-consents = { $count ->
    [one] { $count } caniatâd aneglur (wedi'i farcio “Ni ddylid dyfynnu”)
    [two] { $count } ganiatâd aneglur (wedi'u marcio “Ni ddylid dyfynnu”)
    [few] { $count } chaniatâd aneglur (wedi'u marcio “Ni ddylid dyfynnu”)
    [many] { $count } chaniatâd aneglur (wedi'u marcio “Ni ddylid dyfynnu”)
   *[other] { $count } caniatâd aneglur (wedi'u marcio “Ni ddylid dyfynnu”)
}
import-extra-columns = Colofnau eraill a gadwyd ar bob nodyn: { $columns }.
import-no-group = Dim grŵp
import-error-empty = Mae'r ffeil yn wag: does dim i'w fewnforio.
import-error-no-rows = Mae gan y ffeil enwau colofnau ond dim rhesi o gyfraniadau.
import-error-no-open-question = Does dim colofn yn dal atebion pobl (geiriau a ysgrifennwyd ganddyn nhw), felly ni all Cytûn ddweud beth i'w fewnforio. Colofnau a gafwyd: { $found }. Dewch â'r ffeil i mewn o'r ffenestr: mae ei rhagolwg yn gadael i chi ddewis “y cyfraniadau” neu gwestiwn ar gyfer y golofn gywir.
import-error-not-utf8 = Nid yw'r ffeil wedi'i chadw fel testun UTF-8 (mae'r broblem yn dechrau ar linell { $line }). Yn eich taenlen, dewiswch “CSV UTF-8” wrth ei chadw.
import-summary-people = { $count ->
    [two] Mewnforiwyd { $count } gyfraniad
    [few] Mewnforiwyd { $count } chyfraniad
    [many] Mewnforiwyd { $count } chyfraniad
   *[other] Mewnforiwyd { $count } cyfraniad
} { $people ->
    [one] gan { $people } person
   *[other] gan { $people } o bobl
}
import-layout = Darllenwyd fel allforiad { $tool }.
import-left-out = Gadawyd manylion personol allan, heb eu darllen i mewn: { $columns }.
import-sheet = Darllenwyd y ddalen “{ $sheet }”.
import-sheet-of-several = Darllenwyd y ddalen “{ $sheet }”; mae gan y llyfr gwaith hefyd: { $others }.
import-error-bad-workbook = Does dim modd darllen y llyfr gwaith ({ $reason }). Agorwch ef yn eich taenlen a'i gadw eto, neu ei gadw fel “CSV UTF-8”.
import-error-workbook-too-large = Mae'r llyfr gwaith yn dadbacio i fwy na 256 MB, llawer mwy na chyfraniadau gweithdy, felly ni chafodd ei ddarllen.
import-error-sheet-too-large = Mae gan y ddalen fwy na 1,000 o golofnau neu 5 miliwn o gelloedd llawn, felly ni chafodd ei darllen. Copïwch y colofnau sydd eu hangen arnoch i ddalen newydd.
import-error-no-such-sheet = Does dim dalen o'r enw “{ $name }” yn y llyfr gwaith. Ei dalennau: { $sheets }.
import-from-people = { $people ->
    [one] Daethant gan { $people } person.
   *[other] Daethant gan { $people } o bobl.
}
import-columns-read = Sut y darllenir pob colofn
import-read-as = “{ $column }”: { $role }
import-read-as-question = cyfraniadau ({ $prompt })
import-read-as-text = y cyfraniadau
import-read-as-prompt = yr anogwr
import-read-as-kind = y math
import-read-as-group = y grŵp neu'r bwrdd
import-read-as-author = yr awdur
import-read-as-language = yr iaith
import-read-as-consent = y caniatâd
import-read-as-respondent = pwy a'i rhoddodd (yn cael ei gadw yn y prosiect, byth yn cael ei allforio)
import-read-as-extra = yn cael ei gadw ar bob nodyn fel manylyn ychwanegol
import-read-as-left-out = wedi'i adael allan, byth yn cael ei ddarllen
import-not-shown = (heb ei ddangos)
import-column = Colofn
import-read-as-heading = Darllen fel
import-first-answers = Atebion cyntaf
import-answers-in = Atebion yn “{ $column }”
import-answer = Ateb
import-answer-count = Faint
import-answer-blank = (gwag)
import-answers-more = { $count ->
    [one] Mae { $count } ateb arall yn cael ei ddarllen fel y mae Cytûn yn ei ddarllen.
   *[other] Mae { $count } ateb gwahanol arall yn cael eu darllen fel y mae Cytûn yn eu darllen.
}
import-unclear-answers = { $count ->
    [one] Mae { $count } ateb yn aneglur: ni fydd y cyfraniadau hynny'n cael eu dyfynnu nes i chi ddewis beth mae'n ei olygu.
   *[other] Mae { $count } ateb yn aneglur: ni fydd y cyfraniadau hynny'n cael eu dyfynnu nes i chi ddewis beth mae pob un yn ei olygu.
}
import-kept-as-written = wedi'i gadw fel y'i hysgrifennwyd
import-language-unknown = anhysbys: wedi'i gadw fel manylyn ychwanegol
import-consent-unclear = Aneglur: ni chaiff ei ddyfynnu nes i rywun benderfynu
import-sheet-choose = Dalen i'w darllen:
import-choose-text = Does dim colofn yn dal atebion pobl yn eu geiriau eu hunain, felly ni all Cytûn ddweud pa rai yw'r cyfraniadau: dewiswch “y cyfraniadau” (neu gwestiwn) ar gyfer y golofn gywir isod.
feedback-import = Ychwanegu ymatebion o arolwg…
feedback-show-all = Dangos pob ymateb
file-feedback-heading = Ymatebion gwirio o allforiad arolwg
feedback-import-heading = Ychwanegu ymatebion gwirio
feedback-import-question = Ychwanegu { $count } ymateb o { $source } fel adborth ar fersiwn { $number }?
feedback-import-tally = Cytuno: { $agree } · Cytuno, ond gyda newidiadau: { $changes } · Anghytuno: { $disagree }
feedback-import-unclear = Gadawyd { $count } ateb allan (dim cytuno nac anghytuno).
feedback-import-go = Ychwanegu fel adborth
feedback-imported = Ychwanegwyd { $count } ymateb fel adborth ar fersiwn { $number }.
import-error-no-answer-column = Does dim colofn yn dal cytuno, cytuno gyda newidiadau neu anghytuno. Colofnau a gafwyd: { $found }
import-windows-1252 = Cafodd y ffeil ei chadw fel testun hŷn (Windows-1252), sy'n methu dal ŵ nac ŷ: gwiriwch y geiriau Cymraeg, a'r tro nesaf dewiswch “CSV UTF-8” wrth gadw.
import-error-too-large = Mae'r ffeil yn fwy na { $megabytes } MB, yn rhy fawr i'w mewnforio.
import-error-too-many-rows = Mae gan y ffeil fwy na { $limit } o gyfraniadau, mwy nag y gall un bwrdd eu dal.
import-error-text-too-long = Mae'r cyfraniad ar linell { $line } yn hwy na { $limit } o nodau.
import-error-malformed = Methu darllen y ffeil ar linell { $line }: { $detail }
picture-error-not-a-picture = Nid yw'r ffeil honno'n llun PNG neu JPEG.
picture-error-too-large = Mae'r llun hwnnw'n { $width } x { $height } picsel; nid yw lluniau mwy na { $limit } picsel ar un ochr yn cael eu hychwanegu.
picture-error-file-too-large = Mae ffeil y llun hwnnw'n fwy na { $megabytes } MB.
picture-error-damaged = Mae'r llun hwnnw wedi'i ddifrodi neu'n anghyflawn, felly ni chafodd ei ychwanegu. ({ $detail })
import-error-project-open = Mae'r prosiect hwnnw ar agor yn Cytûn ({ $user } ar { $host }). Mewnforiwch o'r ap, neu gaewch ef yno yn gyntaf.
file-import-heading = Mewnforio cyfraniadau o daenlen
file-picture-heading = Ychwanegu llun
action-import-confirm = Darllen y ffeil hon
action-add-picture-confirm = Ychwanegu'r llun hwn
action-import = Mewnforio…
action-add-picture = Ychwanegu llun…
action-search = Chwilio
message-import-failed = Ni fewnforiwyd dim o { $path }: { $reason }
message-picture-failed = Ni ychwanegwyd y llun { $path }: { $reason }
message-picture-added = Ychwanegwyd y llun. Disgrifiwch ef o dan “Disgrifiad o'r llun” yn y panel ochr, i unrhyw un na all ei weld.
message-drop-unknown = Ni all Cytûn ddod â { $path } i mewn: gollyngwch daenlen (.csv, .xlsx, .ods) neu lun (.png, .jpg).
import-heading = Dod â chyfraniadau i mewn
import-question = { $count ->
    [two] Cafwyd { $count } gyfraniad yn { $source }.
    [few] Cafwyd { $count } chyfraniad yn { $source }.
    [many] Cafwyd { $count } chyfraniad yn { $source }.
   *[other] Cafwyd { $count } cyfraniad yn { $source }.
}
import-paste-question = { $count ->
    [one] Ychwanegu { $count } nodyn o'r testun a ludwyd?
   *[other] Ychwanegu { $count } nodyn o'r testun a ludwyd, un ar gyfer pob llinell?
}
import-will-skip = { $count ->
    [one] Bydd { $count } rhes wag yn cael ei hepgor.
    [two] Bydd { $count } res wag yn cael eu hepgor.
    [few] Bydd { $count } rhes wag yn cael eu hepgor.
    [many] Bydd { $count } rhes wag yn cael eu hepgor.
   *[other] Bydd { $count } rhes wag yn cael eu hepgor.
}
import-columns-by = Eu rhoi mewn colofnau yn ôl:
import-by-prompt = Un golofn i bob cwestiwn
import-by-group = Un golofn i bob grŵp
import-nothing = Does dim rhes yn dal ateb ysgrifenedig: does dim i'w ychwanegu.
action-import-go = Mewnforio
action-paste-confirm = Ychwanegu nodiadau
search-label = Chwilio
search-hint = Geiriau i'w canfod
search-position = { $current } o { $count }
search-count = { $count ->
    [zero] Does dim nodiadau'n cyfateb
    [one] Mae { $count } nodyn yn cyfateb
   *[other] Mae { $count } nodyn yn cyfateb
}
search-previous = Blaenorol
search-next = Nesaf
search-close = Cau'r chwilio
search-filters = Yn dangos dim ond:
search-chip = { $name } ×
search-remove-filter = Tynnu'r hidlydd hwn
search-by-prompt = Cwestiynau
search-by-kind = Mathau
search-by-group = Grwpiau
search-by-language = Ieithoedd
search-no-groups = Does gan yr un nodyn grŵp eto.
picture-cannot-show = Ni ellir dangos y llun hwn
details-picture-alt = Disgrifiad o'r llun (yn cael ei ddarllen yn uchel yn lle'r llun)
details-picture-alt-hint = Beth mae'r llun yn ei ddangos, mewn brawddeg neu ddwy
details-caption = Capsiwn
details-respondent = O ymateb { $respondent } i'r arolwg
details-extra = O'r daenlen
picture-undescribed = heb ei ddisgrifio eto
note-picture-label = Llun: { $alt }. { $caption }
action-remove-headings = Tynnu labeli'r colofnau
action-remove-headings-hint = Yn tynnu labeli'r colofnau a fewnforiwyd oddi ar y bwrdd; mae'r nodiadau'n aros lle maen nhw.
shortcut-search = Chwilio'r nodiadau (Enter: yr un nesaf, Shift+Enter: yr un blaenorol, Escape: cau)
shortcut-paste = Gludo llinellau o destun fel nodiadau, un i bob llinell
action-present = Cyflwyno
action-text-larger = Testun +
action-text-smaller = Testun −
text-size-percent = { $percent } %
colour-scheme-choice = Lliwiau
scheme-light = Golau
scheme-dark = Tywyll
scheme-high-contrast = Cyferbyniad uchel
action-focus = Canolbwyntio
shortcut-focus = Canolbwyntio: llithro at y nodyn neu'r thema a ddewiswyd, yn fawr
shortcut-present = Modd cyflwyno: dim ond y bwrdd, ar y sgrin lawn (mae Escape yn gadael)
shortcut-text-size = Testun y rhyngwyneb yn fwy, yn llai neu'r maint arferol (mae gan y bwrdd ei chwyddo ei hun)
timer-label = Amserydd
timer-minutes-suffix = { " " }mun
timer-start = Dechrau
timer-pause = Oedi
timer-reset = Ailosod
timer-done = Mae'r amser ar ben
timer-of = { $minutes ->
    [zero] o { $minutes } munud
    [one] o { $minutes } munud
    [two] o { $minutes } funud
    [few] o { $minutes } munud
    [many] o { $minutes } munud
   *[other] o { $minutes } munud
}
tab-outline = Amlinelliad
outline-intro = Y bwrdd cyfan fel rhestr, yn y drefn y mae Tab yn ymweld â hi: pob thema gyda'i nodiadau, a'r nodiadau nad ydynt mewn thema eto lle maen nhw ar y bwrdd. Symudwch nodyn gyda'i restr “Symud i”.
outline-theme = { $name } ({ $count } nodyn)
outline-summary = { $themes } thema, { $loose } nodyn nad yw mewn thema eto
outline-move-to = Symud i:
outline-no-theme = Dim thema
announce-undone = Newid wedi'i ddadwneud
date-long = { $day } { $month } { $year }
month-1 = Ionawr
month-2 = Chwefror
month-3 = Mawrth
month-4 = Ebrill
month-5 = Mai
month-6 = Mehefin
month-7 = Gorffennaf
month-8 = Awst
month-9 = Medi
month-10 = Hydref
month-11 = Tachwedd
month-12 = Rhagfyr
action-projects = Prosiectau…
start-heading = Eich prosiectau
start-back = Yn ôl i'r bwrdd
start-recent = Agorwyd yn ddiweddar
start-folder = Yn { $folder }
start-folder-empty = Dim prosiectau eraill yma.
start-project-details = { $file } · { $notes } nodyn · { $themes ->
    [zero] { $themes } thema
    [one] { $themes } thema
    [two] { $themes } thema
    [few] { $themes } thema
    [many] { $themes } thema
   *[other] { $themes } thema
} · newidiwyd { $changed }
outline-empty-note = (nodyn gwag)
key-shift-arrows = Shift + bysellau saeth
shortcut-walk = Mynd at y nodyn neu'r thema nesaf neu flaenorol, yn nhrefn darllen
shortcut-extend = Ychwanegu'r nodyn agosaf i'r cyfeiriad hwnnw at y dewis
key-space-drag = Bylchwr + llusgo
shortcut-drag-pan = Symud o gwmpas y bwrdd (neu lusgo lle gwag)
shortcut-rank = Symud y thema a ddewiswyd un lle i fyny neu i lawr (golwg Trefnu)
key-alt-up-down = Alt + saeth i fyny neu i lawr
shortcut-controls = Y tu allan i'r bwrdd: mynd drwy'r botymau, y rhestrau a'r meysydd
shortcut-press = Pwyso'r botwm sydd â'r bysellfwrdd

## O themâu i ddiffiniad

error-bad-definition = Mae'r trefnu, y pleidleisiau neu'r diffiniad yn y ffeil yn fwy nag y gallai unrhyw weithdy eu gwneud.
error-no-dots-left = Mae'r person hwnnw wedi defnyddio ei holl ddotiau. Cymerwch un yn ôl o thema arall yn gyntaf.
error-missing-participant = Yn gyntaf, dewiswch pwy sy'n pleidleisio.
error-missing-version = Nid yw'r fersiwn honno yn y prosiect bellach.
error-version-approved = Mae fersiwn { $number } wedi'i chymeradwyo: ni all newid. Cadwch fersiwn newydd yn lle hynny.
history-ranking = Newid trefn y themâu
history-voting = { $count ->
    [two] Paratoi'r bleidlais ddotiau ar gyfer { $count } berson
    [few] Paratoi'r bleidlais ddotiau ar gyfer { $count } pherson
    [many] Paratoi'r bleidlais ddotiau ar gyfer { $count } pherson
   *[other] Paratoi'r bleidlais ddotiau ar gyfer { $count } person
}
history-cast-dot = Rhoddodd { $name } ddot ar “{ $other }”
history-withdraw-dot = Cymerodd { $name } ddot yn ôl o “{ $other }”
history-paper-votes = { $count ->
    [two] Cyfrif { $count } bleidlais bapur i “{ $name }”
    [few] Cyfrif { $count } pleidlais bapur i “{ $name }”
    [many] Cyfrif { $count } phleidlais bapur i “{ $name }”
   *[other] Cyfrif { $count } pleidlais bapur i “{ $name }”
}
history-draft = Golygu'r diffiniad drafft
history-link-sentence = { $count ->
    [zero] Datgysylltu brawddeg o'r drafft
   *[other] Cysylltu brawddeg â { $count } thema
}
history-save-version = Cadw fersiwn { $count }
history-feedback = Cofnodi adborth gan { $name } ar fersiwn { $count }
history-feedback-many = Ychwanegu { $count } ymateb fel adborth ar fersiwn { $other }
history-add-board = { $count ->
    [two] Dod â { $count } gyfraniad i mewn o { $name }
    [few] Dod â { $count } chyfraniad i mewn o { $name }
    [many] Dod â { $count } chyfraniad i mewn o { $name }
   *[other] Dod â { $count } cyfraniad i mewn o { $name }
}
theme-from-board = { $title } (o { $source })
board-heading = Dod â bwrdd arall i mewn
board-question = O “{ $source }”: cyfraniadau { $notes }, themâu { $themes }. Byddant yn mynd i'r dde o'r bwrdd hwn, fel un cam (bydd Ctrl+Z yn eu tynnu i gyd); mae pob thema yn dweud o ble y daeth.
board-duplicates = Mae { $count } ohonynt ar y bwrdd hwn yn barod (yr un geiriau gan yr un person): dewch â nhw i mewn fel yr un cyfraniadau (copïau cysylltiedig), wedi'u cyfrif unwaith
board-not-definition = Mae ei bleidleisiau, ei drefn a'i ddiffiniad yn aros yn ei ffeil ei hun.
board-go = Dod â nhw i mewn
history-version-status = Marcio fersiwn { $count } fel un a wiriwyd
history-approved = Cymeradwyo fersiwn { $count }
export-redacted = [wedi'i dynnu]
export-not-quoted = [nid i'w ddyfynnu]
export-approved = Fersiwn { $number }, wedi'i chymeradwyo gan { $by } ar { $date }
export-draft-status = Y drafft presennol, heb ei gymeradwyo eto
export-no-definition = Does dim diffiniad wedi'i ysgrifennu eto.
export-definition-heading = Ein diffiniad
export-method-heading = Sut y cafodd ei wneud
export-method = Dywedodd pobl sy'n defnyddio gwasanaethau a phobl sy'n eu darparu sut mae cydgynhyrchu yn arogli, yn blasu, yn swnio, yn edrych ac yn teimlo. Grwpiodd tîm cyd-ddadansoddi eu cyfraniadau yn themâu, trefnu'r themâu, drafftio'r diffiniad ohonynt a'i wirio gyda mwy o bobl.
export-count-contributions = { $count ->
    [two] { $count } gyfraniad ({ $themed } mewn themâu)
    [few] { $count } chyfraniad ({ $themed } mewn themâu)
    [many] { $count } chyfraniad ({ $themed } mewn themâu)
   *[other] { $count } cyfraniad ({ $themed } mewn themâu)
}
export-count-themes = { $count } thema
export-count-participants = { $count ->
    [two] { $count } berson yn y bleidlais ddotiau
    [few] { $count } pherson yn y bleidlais ddotiau
    [many] { $count } pherson yn y bleidlais ddotiau
   *[other] { $count } person yn y bleidlais ddotiau
}
export-count-feedback = { $count } ymateb wrth wirio ({ $agree } yn cytuno, { $changes } yn cytuno ond gyda newidiadau, { $disagree } yn anghytuno)
export-count-versions = { $count } fersiwn o'r diffiniad
export-themes-heading = Themâu, yn eu trefn
export-votes = { $count ->
    [two] { $count } bleidlais
    [few] { $count } pleidlais
    [many] { $count } phleidlais
   *[other] { $count } pleidlais
}
export-meaning = Beth rydyn ni'n ei olygu:
export-loose-heading = Cyfraniadau nad ydynt mewn thema
export-withheld = { $count ->
    [one] ac { $count } cyfraniad nad yw i'w ddyfynnu
    [two] a { $count } gyfraniad nad ydynt i'w dyfynnu
    [few] a { $count } chyfraniad nad ydynt i'w dyfynnu
    [many] a { $count } chyfraniad nad ydynt i'w dyfynnu
   *[other] a { $count } cyfraniad nad ydynt i'w dyfynnu
}
export-privacy-warning = Gwiriwch cyn rhannu: mae “{ $found }” yn edrych fel manylyn personol ({ $kind }) — { $place }
export-written = Ysgrifennwyd { $path }
export-no-themes = Does dim themâu wedi'u gwneud eto.
view-board = Bwrdd
view-rank = Trefnu
view-definition = Diffiniad
rank-no-themes = Does dim themâu i'w trefnu eto: grwpiwch nodiadau yn themâu ar y bwrdd yn gyntaf.
rank-heading = Themâu, y pwysicaf yn gyntaf
rank-hint = Llusgwch gerdyn i'w symud, neu ddewiswch ef a phwyso Alt+Up / Alt+Down.
rank-card-counts = { $votes ->
    [two] { $votes } bleidlais
    [few] { $votes } pleidlais
    [many] { $votes } phleidlais
   *[other] { $votes } pleidlais
} · { $notes } nodyn
rank-select = Dewis
rank-up = Symud i fyny
rank-down = Symud i lawr
rank-give-dot = Rhoi dot i “{ $name }”
rank-take-dot = Cymryd dot yn ôl o “{ $name }”
rank-paper-votes = Pleidleisiau papur:
vote-heading = Pleidleisio â dotiau
vote-mode-dots = Dotiau, fesul person
vote-mode-paper = Ychwanegu pleidleisiau a gyfrifwyd ar bapur
vote-setup = { $count ->
    [two] Pwy sy'n pleidleisio ({ $count } berson)
    [few] Pwy sy'n pleidleisio ({ $count } pherson)
    [many] Pwy sy'n pleidleisio ({ $count } pherson)
   *[other] Pwy sy'n pleidleisio ({ $count } person)
}
vote-participants = Pobl sy'n pleidleisio, un enw neu ffugenw ar bob llinell:
vote-dots-each = Dotiau i bob person:
vote-setup-save = Cadw pwy sy'n pleidleisio
vote-now = Yn pleidleisio nawr:
vote-choose = Dewiswch berson
vote-name-left = { $name } ({ $left } ar ôl)
vote-dots-left = { $left ->
    [two] { $left } ddot ar ôl o { $total }
    [few] { $left } dot ar ôl o { $total }
    [many] { $left } dot ar ôl o { $total }
   *[other] { $left } dot ar ôl o { $total }
}
chart-heading = Pleidleisiau i bob thema
rank-by-votes = Trefnu yn ôl pleidleisiau
rank-proposal = Trefn arfaethedig (mae themâu gyda'r un pleidleisiau yn rhannu lle):
rank-proposal-line = { $place }. { $name } ({ $votes })
rank-proposal-tied = ={ $place }. { $name } ({ $votes }, cyfartal)
rank-use-proposal = Defnyddio'r drefn hon
definition-heading = Diffiniad drafft
definition-approved-note = Mae fersiwn wedi'i chymeradwyo. Gallwch ddal ati i ddrafftio; mae'r fersiwn a gymeradwywyd yn aros fel yr oedd.
definition-draft-label = Y diffiniad, yng ngeiriau'r grŵp:
definition-draft-hint = Ysgrifennwch y diffiniad yma. Rhowch y cyrchwr mewn brawddeg i'w chysylltu â'r themâu y mae'n eu mynegi.
definition-this-sentence = Y frawddeg hon: “{ $sentence }”
definition-expresses = Mae'n mynegi:
definition-trace = O ble mae'n dod
definition-trace-none = Heb ei chysylltu ag unrhyw thema eto: ticiwch y themâu y mae'n eu mynegi.
definition-coverage-all = Mae pob un o'r prif themâu i'w gweld yn y drafft.
definition-coverage-missing = Ddim i'w gweld yn y drafft eto: { $themes }
definition-themes-heading = Themâu yn eu trefn, i dynnu arnynt
definition-insert-hint = Mae “Mewnosod” yn rhoi gair neu ymadrodd yn y drafft wrth y cyrchwr.
definition-words = Geiriau cyffredin:
definition-insert = Mewnosod
versions-heading = Fersiynau
versions-note = Beth newidiodd:
versions-save = Cadw fel fersiwn
versions-same-ask = Mae'r geiriau yr un fath â fersiwn { $number }. Cadw fersiwn arall beth bynnag?
versions-save-anyway = Cadw beth bynnag
version-status-draft = drafft
version-status-checked = wedi'i gwirio
version-status-approved = wedi'i chymeradwyo gan { $by }, { $date }
version-line = Fersiwn { $number } · { $date } · { $status } · { $agree } yn cytuno, { $changes } yn cytuno ond gyda newidiadau, { $disagree } yn anghytuno · { $note }
feedback-heading = Adborth ar fersiwn { $number }
feedback-approved-locked = Mae'r fersiwn hon wedi'i chymeradwyo ac ni all newid.
feedback-from = Gan (person neu grŵp):
feedback-comment = Sylw:
feedback-add = Cofnodi adborth
response-agree = Cytuno
response-changes = Cytuno, ond gyda newidiadau
response-disagree = Anghytuno
version-mark-checked = Marcio fel un a wiriwyd
version-approved-by = Cymeradwywyd gan:
version-approve = Cymeradwyo'r fersiwn hon
compare-heading = Cymharu dwy fersiwn
compare-from = O
compare-to = i
compare-version = Fersiwn { $number }
compare-key = Mae llinell drwy eiriau a dynnwyd allan; mae llinell o dan eiriau a ychwanegwyd.
action-export = Allforio…
export-heading = Allforio
export-kind-report = Adroddiad (Markdown): y diffiniad, sut y cafodd ei wneud, y themâu yn eu trefn a'u cyfraniadau
export-kind-csv = Pob cyfraniad (CSV, ar gyfer taenlen)
export-kind-text = Y diffiniad yn unig (testun plaen)
export-kind-picture = Llun o'r bwrdd fel y mae nawr (PNG)
export-consent-note = Mae cyfraniadau nad ydynt i'w dyfynnu yn cael eu cyfrif ond byth yn cael eu hysgrifennu; dim ond lle y cytunodd awduron y cânt eu henwi.
export-privacy-clear = Does dim byd yn yr allforio hwn i'w weld yn cynnwys manylion personol.
export-privacy-found = { $count ->
    [one] Mae { $count } peth yn yr allforio hwn yn edrych fel manylyn personol:
    [two] Mae { $count } beth yn yr allforio hwn yn edrych fel manylion personol:
    [few] Mae { $count } pheth yn yr allforio hwn yn edrych fel manylion personol:
    [many] Mae { $count } pheth yn yr allforio hwn yn edrych fel manylion personol:
   *[other] Mae { $count } peth yn yr allforio hwn yn edrych fel manylion personol:
}
export-privacy-line = { $kind }: “{ $found }” — { $place }
export-extra-names = Enwau eraill i chwilio amdanynt (un ar bob llinell)
detail-email = cyfeiriad e-bost
detail-phone = rhif ffôn
detail-postcode = cod post
detail-name = enw cyfranogwr
detail-nhs-number = rhif GIG
detail-ni-number = rhif Yswiriant Gwladol
export-redact = Eu tynnu o'r allforio
export-anonymise = Gadael allan enw pob awdur a phawb a roddodd adborth
place-title = teitl y prosiect
place-contribution = cyfraniad { $id } (“{ $text }”)
place-picture = disgrifiad llun cyfraniad { $id } (“{ $text }”)
place-author = awdur cyfraniad { $id } (“{ $text }”)
place-group = grŵp cyfraniad { $id } (“{ $text }”)
place-column-label = label colofn
place-theme-title = teitl y thema “{ $theme }”
place-theme-meaning = ystyr y thema “{ $theme }”
place-draft = y diffiniad drafft
place-version = fersiwn { $number } o'r diffiniad
place-version-note = y nodyn ar fersiwn { $number }
place-feedback-from = pwy roddodd adborth ar fersiwn { $number }
place-feedback-comment = sylw adborth ar fersiwn { $number }
place-approver = cymeradwyaeth fersiwn { $number }
export-go = Allforio
message-export-failed = Ni ysgrifennwyd dim i { $path }: { $reason }
definition-no-shared-words = (does dim gair yn cael ei rannu gan ddau o'i nodiadau eto)
theme-title-field = Teitl y thema
note-text-field = Testun y nodyn
error-command-too-long = Mae'r testun hwnnw'n hwy na { $limit } o nodau, mwy nag y gall prosiect ei gadw. Ni newidiwyd dim.
error-command-too-many = Byddai hynny'n gwneud mwy na { $limit } ohonynt, mwy nag y gall prosiect eu cadw. Ni newidiwyd dim.
error-pictures-too-large = Byddai hynny'n rhoi mwy o luniau yn y prosiect hwn nag y gall un ffeil eu dal (tua 160 MB o luniau). Ni ychwanegwyd dim; dechreuwch ail brosiect ar gyfer mwy o luniau.
error-save-too-large = Byddai'r prosiect yn fwy na { $megabytes } MB, mwy nag y gall Cytûn ei agor eto, felly ni chafodd ei gadw. Tynnwch rai lluniau, neu symudwch nhw i ail brosiect.
export-picture-warning = Mae'r llun yn dangos y bwrdd fel y mae ar y sgrin, gyda'r un gofal â phob allforio: mae { $count ->
    [one] { $count } cyfraniad wedi'i farcio
    [two] { $count } gyfraniad wedi'u marcio
    [few] { $count } chyfraniad wedi'u marcio
    [many] { $count } chyfraniad wedi'u marcio
   *[other] { $count } cyfraniad wedi'u marcio
} “Ni ddylid dyfynnu” yn dangos fel “[nid i'w ddyfynnu]” yn unig. Mae lluniau ar nodiadau yn dangos fel y maent: gwiriwch y sgrin cyn rhannu.
export-picture-confirm = Rwyf wedi gwirio y gellir rhannu'r hyn sydd ar y sgrin
import-no-consent-column = Doedd dim colofn caniatâd yn y ffeil, felly mae pob cyfraniad wedi'i farcio “Gellir dyfynnu'n ddienw”: gwiriwch hyn cyn allforio.
export-picture-board-only = Dim ond o'r bwrdd y gellir tynnu llun: ewch i'r Bwrdd, yna allforiwch y llun.
error-note-in-theme = Mae'r nodyn hwnnw mewn thema ac yn cadw ei le yno: symudwch y thema, neu llusgwch y nodyn allan ohoni. Ni newidiwyd dim.
rank-shared-place = (yn rhannu'r lle hwn)
export-yes = ie
version-status-superseded = cymeradwywyd gan { $by }, { $date }; disodlwyd gan gymeradwyaeth ddiweddarach, { $replaced }
approve-ask = Cymeradwyo fersiwn { $number }? Cyn gwneud hynny:
approve-not-checked = nid yw wedi'i marcio fel un sydd wedi'i gwirio
approve-no-feedback = nid oes adborth gan neb wedi'i gofnodi arni
approve-replaces = mae fersiwn { $number } wedi'i chymeradwyo nawr: bydd yn cael ei marcio fel un a ddisodlwyd, a'i chadw yn y cofnod
approve-anyway = Ei chymeradwyo beth bynnag
vote-paper-rule = Mae pleidleisiau a gyfrifwyd ar bapur yn cael eu hychwanegu at unrhyw ddotiau a roddwyd ar y sgrin: teipiwch dim ond y pleidleisiau na chawsant eu rhoi fel dotiau.
vote-sum = { $total } = { $dots } ar y sgrin + { $paper } ar bapur
vote-setup-takes-back = { $count ->
    [two] Mae hyn yn cymryd { $count } ddot a roddwyd eisoes yn ôl ({ $who }).
    [few] Mae hyn yn cymryd { $count } dot a roddwyd eisoes yn ôl ({ $who }).
    [many] Mae hyn yn cymryd { $count } dot a roddwyd eisoes yn ôl ({ $who }).
   *[other] Mae hyn yn cymryd { $count } dot a roddwyd eisoes yn ôl ({ $who }).
}
vote-setup-take-back = Eu cymryd yn ôl a chadw
vote-setup-keep = Cadw'r bleidlais fel y mae
export-exists = Mae ffeil o'r enw { $path } yn bodoli'n barod.
export-replace = Ei disodli
export-other-name = Dewis enw arall
definition-trace-not-quoted = • (nid i'w ddyfynnu) { $text }
history-repeated = { $change } ({ $count } o weithiau)
announce-undone-back-to = Dadwnaed { $count } newid: yn ôl i “{ $change }”
announce-undone-to-start = Dadwnaed { $count } newid: yn ôl i'r dechrau
start-reading = Yn darllen y prosiectau…
view-table = Tabl
table-count = { $count ->
    [two] { $count } gyfraniad
    [few] { $count } chyfraniad
    [many] { $count } chyfraniad
   *[other] { $count } cyfraniad
}
table-count-shown = Yn dangos { $shown } o { $count } cyfraniad
table-search = Chwilio a hidlo… (Ctrl+F)
table-select-shown = Dewis pob un a ddangosir
table-select-none = Clirio'r dewis
table-empty = Dim cyfraniadau eto: mewnforiwch daenlen neu ychwanegwch nodiadau ar y Bwrdd.
table-none-match = Does dim cyfraniad yn cyfateb i'r chwilio a'r hidlyddion.
table-column-text = Cyfraniad
table-column-prompt = Cwestiwn
table-column-kind = Math
table-column-group = Grŵp
table-column-respondent = Ymatebydd
table-column-language = Iaith
table-column-consent = Caniatâd
table-column-theme = Thema
table-cell = { $column } “{ $text }”
table-selected = Wedi dewis { $count }:
table-set-prompt = Gosod cwestiwn
table-set-kind = Gosod math
table-set-language = Gosod iaith
table-set-consent = Gosod caniatâd
table-group = Grŵp:
table-set-group = Gosod grŵp
search-by-consent = Caniatâd
history-details-many = { $count ->
    [two] Newid manylion { $count } gyfraniad
    [few] Newid manylion { $count } chyfraniad
    [many] Newid manylion { $count } chyfraniad
   *[other] Newid manylion { $count } cyfraniad
}
table-sorted-up = wedi trefnu A i Y, cyntaf i olaf
table-sorted-down = wedi trefnu Y i A, olaf i gyntaf
action-tidy = Tacluso'r bwrdd
action-tidy-by-rank = Themâu yn ôl eu trefn
action-tidy-by-size = Y themâu mwyaf yn gyntaf
action-tidy-hint = Yn gosod pob thema, yna pob nodyn rhydd, mewn rhesi heb ddim dros ddim arall. Mae labeli'r colofnau'n cael eu tynnu. Un cam: mae Ctrl+Z yn rhoi popeth yn ôl.
history-tidy = Tacluso'r bwrdd

## Ffonau yn yr ystafell
room-open = Agor yr ystafell
room-close = Cau'r ystafell
room-heading = Cymerwch ran o'ch ffôn
room-scan = Sganiwch y cod, neu ewch i
room-type-code = a theipio'r cod
room-joined = { $count ->
    [zero] Does dim ffôn wedi ymuno
    [one] Mae { $count } ffôn wedi ymuno
   *[other] Mae { $count } ffôn wedi ymuno
}
room-phase = Ffonau nawr:
room-phase-contribute = Cyfrannu
room-phase-vote = Pleidleisio
room-phase-sense-check = Gwirio synnwyr
room-voted = { $count ->
    [zero] Does dim ffôn wedi pleidleisio
    [one] Mae { $count } ffôn wedi pleidleisio
   *[other] Mae { $count } ffôn wedi pleidleisio
}
room-reveal = Dangos y pleidleisiau
room-hide-votes = Cuddio'r pleidleisiau
room-version = Fersiwn i'w gwirio:
room-no-version = Does dim fersiwn i'w gwirio eto: cadwch fersiwn o'r diffiniad yn gyntaf.
room-no-network = Dim rhwydwaith: ni all ffonau gyrraedd y gliniadur hwn. Cysylltwch â Wi-Fi y lleoliad neu trowch fan poeth y gliniadur ymlaen, yna agorwch yr ystafell eto.
room-open-failed = Methodd yr ystafell ag agor: { $reason }
room-opened = Mae'r ystafell ar agor. Gall ffonau ymuno.
room-closed = Mae'r ystafell ar gau. Does dim byd yn gwrando am ffonau nawr.
room-votes-hidden = Mae'r pleidleisiau o ffonau wedi'u cuddio nes i chi eu dangos.
room-serving = Mae'r ystafell ar agor ar gyfer { $file }. Mae ffonau'n ymuno yn y cyfeiriad isod (mae Ctrl+C yn cau'r ystafell ac yn cadw).
room-saved = { $count ->
    [one] Cadwyd { $count } newid o ffonau yn { $path }.
   *[other] Cadwyd { $count } newid o ffonau yn { $path }.
}
room-error-project-open = Mae { $path } ar agor yn Cytûn ar { $host } (gan { $user }): agorwch yr ystafell o'r ffenestr honno, neu caewch y prosiect yno yn gyntaf.
phones-arrived-heading = Wedi cyrraedd o ffonau
phone-feedback-from = Ffôn { $number }
history-phone-dot = Rhoddodd ffôn ddot ar “{ $name }”
history-phone-withdraw = Cymerodd ffôn ddot yn ôl o “{ $name }”
phone-title = Cytûn: cymryd rhan
phone-switch-language = Cymraeg
phone-joining = Yn ymuno â'r ystafell…
phone-code-heading = Ymuno â'r ystafell
phone-code-label = Y cod ar y sgrin
phone-code-join = Ymuno
phone-contribute-heading = Ychwanegu eich cyfraniad
phone-text-label = Eich cyfraniad
phone-prompt-label = Pa gwestiwn mae'n ei ateb?
phone-language-label = Iaith eich cyfraniad
phone-consent-label = Gawn ni ei ddyfynnu?
phone-name-label = Eich enw (dim ond os gellir ei ddyfynnu gyda'ch enw)
phone-send = Anfon
phone-sent = Diolch. Mae ar ei ffordd i'r bwrdd.
phone-vote-heading = Rhowch eich dotiau
phone-dots-left = Dotiau ar ôl: { $left } o { $total }
phone-dots-here = Eich dotiau yma: { $count }
phone-give-dot = Rhoi dot
phone-take-dot = Cymryd dot yn ôl
phone-quotes = Beth ddywedodd pobl
phone-no-themes = Does dim themâu i bleidleisio arnyn nhw eto.
phone-check-heading = Ydy hyn yn ei ddweud?
phone-check-version = Fersiwn { $number } o'r diffiniad:
phone-answer-label = Eich ateb
phone-choose-answer = Dewiswch ateb yn gyntaf.
phone-comment-label = Sylw (gallwch adael hwn yn wag)
phone-answered = Diolch. Mae eich ateb wedi'i gofnodi.
phone-no-version = Does dim byd i'w wirio eto.
phone-error-wrong-room = Mae'r ystafell hon ar gau, neu mae'r cyfeiriad neu'r cod yn anghywir. Gofynnwch i'r hwylusydd am y cod ar y sgrin.
phone-error-room-full = Mae'r ystafell yn llawn: mae 300 ffôn wedi ymuno.
phone-error-too-fast = Roedd hynny'n gyflym. Arhoswch eiliad, yna rhowch gynnig arall arni.
phone-error-not-now = Mae'r ystafell wedi symud ymlaen. Mae'r dudalen hon nawr yn dangos beth mae'n ei wneud.
phone-error-no-dots-left = Does gennych chi ddim dotiau ar ôl. Cymerwch un yn ôl i'w roi yn rhywle arall.
phone-error-no-dot-here = Does gennych chi ddim dot ar y thema hon i'w gymryd yn ôl.
phone-error-no-such-theme = Dydy'r thema honno ddim ar y bwrdd mwyach.
phone-error-no-such-version = Dydy'r fersiwn honno ddim yn cael ei gwirio mwyach.
phone-error-already-answered = Rydych chi eisoes wedi ateb y fersiwn hon.
phone-error-empty = Ysgrifennwch rywbeth yn gyntaf.
phone-error-too-long = Mae hynny'n rhy hir: 2,000 nod ar y mwyaf.
phone-error-offline = Methu cyrraedd yr ystafell. Gwnewch yn siŵr bod y ffôn hwn ar yr un Wi-Fi â'r gliniadur.

## Adroddiadau yn Word, taenlenni, ac iaith allforio
export-sheet-name = Cyfraniadau
export-chart-theme = Thema
export-chart-votes = Pleidleisiau
export-sense-check-heading = Gwirio synnwyr
export-no-versions = Does dim fersiwn wedi'i hanfon i wirio synnwyr eto.
export-version-tally = Fersiwn { $number } ({ $date }): { $count ->
    [zero] { $count } ymateb
    [one] { $count } ymateb
   *[other] { $count } ymateb
}: { $agree } yn cytuno, { $changes } yn cytuno gyda newidiadau, { $disagree } yn anghytuno
export-approval-heading = Cymeradwyo
export-no-approval = Does dim fersiwn wedi'i chymeradwyo eto.
export-kind-docx = Adroddiad ar gyfer Word (.docx): yr un fath â'r adroddiad, gyda phenawdau a thabl o'r pleidleisiau
export-kind-xlsx = Pob cyfraniad (llyfr gwaith Excel, .xlsx)
export-language = Iaith yr allforio:
export-language-en = English
export-language-cy = Cymraeg
export-language-both = Y ddwy (Cymraeg yn gyntaf, yna Saesneg)
export-kind-pdf = Adroddiad i'w ddarllen (PDF, wedi'i dagio ar gyfer darllenwyr sgrin): yr un fath â'r adroddiad ar gyfer Word

## Y siarter, a ddrafftir ar ôl y diffiniad
place-charter-draft = y siarter drafft
place-charter-version = fersiwn { $number } o'r siarter
place-charter-version-note = y nodyn ar fersiwn { $number } o'r siarter
place-charter-feedback-from = pwy roddodd adborth ar fersiwn { $number } o'r siarter
place-charter-feedback-comment = sylw adborth ar fersiwn { $number } o'r siarter
place-charter-approver = cymeradwyaeth fersiwn { $number } o'r siarter
history-charter-draft = Golygu'r siarter drafft
history-charter-link = { $count ->
    [zero] Datgysylltu egwyddor o'r siarter
   *[other] Cysylltu egwyddor â { $count } thema
}
history-charter-save-version = Cadw fersiwn { $count } o'r siarter
history-charter-feedback = Cofnodi adborth gan { $name } ar fersiwn { $count } o'r siarter
history-charter-feedback-many = Ychwanegu { $count } ymateb fel adborth ar fersiwn { $other } o'r siarter
history-charter-version-status = Marcio fersiwn { $count } o'r siarter fel un a wiriwyd
history-charter-approved = Cymeradwyo fersiwn { $count } o'r siarter
export-charter-heading = Ein siarter
export-no-charter = Does dim egwyddorion wedi'u hysgrifennu yn y siarter eto.
export-traced = { $piece } (o'r themâu: { $themes })
export-trace-heading = O ble daw'r geiriau
export-count-principles = { $count } egwyddor yn y siarter
export-charter-sense-check-heading = Gwirio synnwyr y siarter
export-charter-approval-heading = Cymeradwyo'r siarter
part-definition = Ein diffiniad
part-charter = Ein siarter
charter-heading = Siarter drafft
charter-draft-label = Y siarter, un egwyddor ar bob llinell:
charter-draft-hint = Ysgrifennwch un egwyddor ar bob llinell, fel “Byddwn yn talu pobl am eu hamser.” Rhowch y cyrchwr mewn egwyddor i'w chysylltu â'r themâu y mae'n dod ohonynt.
charter-this-principle = Yr egwyddor hon: “{ $sentence }”
charter-comes-from = Mae'n dod o:
feedback-import-question-charter = Ychwanegu { $count } ymateb o { $source } fel adborth ar fersiwn { $number } o'r siarter?
feedback-imported-charter = Ychwanegwyd { $count } ymateb fel adborth ar fersiwn { $number } o'r siarter.
outline-traced-heading = Y diffiniad a'r siarter, yn ôl i'r themâu
start-samples = Enghreifftiau i ddysgu ohonynt
start-sample-fresh = Gweithdy newydd ddechrau: mae'r cyfraniadau ar y bwrdd, heb eu grwpio eto.
start-sample-finished = Cyd-ddadansoddiad gorffenedig: themâu a'u hystyr, pleidlais dotiau, y drefn, diffiniad drwy dair fersiwn a siarter, y ddau wedi'u cymeradwyo.
export-picture = { $caption } (llun: { $alt })
phone-check-charter-version = Fersiwn { $number } o'r siarter:
room-version-definition = Diffiniad, fersiwn { $number }
room-version-charter = Siarter, fersiwn { $number }

## Yr hyn y dywedwyd wrth ffonau ei fod wedi'i gadw
phones-journal-unreadable = Methu darllen yr hyn a anfonodd ffonau yn gynharach ({ $path }): { $reason }. Mae'r ffeil wedi'i gadael fel y mae.
phones-journal-taken-in = { $count ->
    [one] Wedi derbyn { $count } peth a anfonodd ffonau nad oedd wedi'i gadw.
   *[other] Wedi derbyn { $count } peth a anfonodd ffonau nad oedden nhw wedi'u cadw.
}
phone-error-not-kept = Ni allai'r gliniadur gadw hynny. Rhowch gynnig arall arni mewn munud.
phone-error-too-slow = Cymerodd hynny ormod o amser i gyrraedd. Rhowch gynnig arall arni.
history-phone-dot-hidden = Rhoddodd ffôn ddot
history-phone-withdraw-hidden = Cymerodd ffôn ddot yn ôl
history-phones-heading = O ffonau (mae Dadwneud yn gadael y rhain fel y maen nhw)
history-oldest-kept = Y newid hynaf sy'n dal i gael ei gadw (ni ellir dadwneud { $count } cynharach mwyach)
room-phones-this-session = Y sesiwn hon:
room-address-code = Neu ewch i { $address } a theipio'r cod { $code }
rank-take-phone-dot = Cymryd dot ffôn yn ôl o “{ $name }”
error-export-pdf = methu gwneud y PDF ({ $detail }); mae unrhyw ffeil gynharach yno fel yr oedd
error-export-nothing = does dim diffiniad na siarter eto, felly does dim i'w ysgrifennu
export-replaced-characters = Does gan ffont y PDF ddim llythrennau ar gyfer y rhain, felly mae pob un yn dangos fel { $mark } (mae darllenydd sgrin a chopi yn dal i'w cael fel y'u hysgrifennwyd): { $characters }
export-not-sense-checked = wedi'i chymeradwyo heb wirio synnwyr
export-replaced-by = wedi'i disodli gan fersiwn { $number } ar { $date }
export-replaced-on = wedi'i disodli ar { $date }
error-export-docx = methu gwneud y ddogfen Word ({ $detail }); mae unrhyw ffeil gynharach yno fel yr oedd

## The columns of every contribution (CSV, Excel)
export-column-id = rhif
export-column-text = testun
export-column-prompt = cwestiwn
export-column-kind = math
export-column-group = grŵp
export-column-author = awdur
export-column-language = iaith
export-column-consent = caniatâd
export-column-theme = thema
export-column-theme-rank = safle_thema
export-column-theme-rank-shared = safle_a_rennir
export-column-theme-votes = pleidleisiau_thema
export-column-also-in = hefyd_yn
import-placeholders = { $count ->
    [one] { $count } ateb nad oedd yn dweud dim (“N/A”, “dim”) heb ei fewnforio
   *[other] { $count } ateb nad oedden nhw'n dweud dim (“N/A”, “dim”) heb eu mewnforio
}
import-rows-without-words = { $count ->
    [one] { $count } ymateb heb ateb ysgrifenedig
   *[other] { $count } ymateb heb ateb ysgrifenedig
}
import-already-here = { $here ->
    [one] Roedd { $here } ymateb eisoes ar y bwrdd ac fe'i gadawyd allan
   *[other] Roedd { $here } ymateb eisoes ar y bwrdd ac fe'u gadawyd allan
}; { $new } yn newydd.
import-nothing-new = Mae pob ymateb eisoes ar y bwrdd: does dim byd newydd i'w ychwanegu.
board-consent-differs = { $count ->
    [one] Rhoddwyd caniatâd gwahanol i un cyfraniad sydd ar y ddau fwrdd: yr ateb llymaf fydd yn sefyll ar y ddau.
   *[other] Rhoddwyd caniatâd gwahanol i { $count } cyfraniad sydd ar y ddau fwrdd: yr ateb llymaf fydd yn sefyll ar y ddau.
}
board-consent-difference = “{ $text }” — yma: { $here }; { $source }: { $there }; nawr y ddau: { $agreed }
import-read-as-own-question = cyfraniadau (atebion i'r cwestiwn hwn)
export-method-questions = Atebodd pobl sy'n defnyddio gwasanaethau a phobl sy'n eu darparu { $count ->
    [one] un cwestiwn
   *[other] { $count } cwestiwn
}: { $questions }. Grwpiodd tîm cyd-ddadansoddi eu cyfraniadau yn themâu, trefnu'r themâu, drafftio'r diffiniad ohonynt a'i wirio gyda mwy o bobl.
export-method-more = a { $count } arall
vote-setup-themes-lose = Maen nhw'n dod oddi ar: { $themes }.
