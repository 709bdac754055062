### The printed and exported responsibility matrix (RACI): the PDF, its annex form in an
### agreement, the spreadsheet's legend and checks, and the findings of the checks.
### $count, $rows and $threshold are numbers; $names is a list already joined with commas.


## Fixed words of the printed matrix

matrix-kind = Responsibility matrix (RACI)
matrix-reference = Reference
matrix-version = Version
# The facts under the title; $date is written out in the print language.
matrix-facts = Reference: { $reference } · Version { $version } · Printed on { $date }
# The PDF's subject, in its properties.
matrix-subject = Responsibility matrix (RACI) { $reference }, Version { $version }
# The running header of every page but the first.
matrix-running-header = { $reference } · Version { $version }
matrix-frozen = Frozen: annexed to a signed agreement; any change makes a new version.
matrix-working = Working version: it may still change.
matrix-activity = Activity
matrix-funding = Funding
matrix-yes = Yes
# An activity that needs funding, and who pays.
matrix-yes-funder = Yes — { $funder }
matrix-duration = Duration
# The safety or confidentiality note under an activity.
matrix-note = Note: { $note }
# A group heading for activities filed under no heading, after some that are.
matrix-other-activities = Other activities
# A group heading again at the head of a later page.
matrix-continued = { $heading } (continued)
# Which organisations a page shows when the grid is split across page widths.
matrix-columns-shown = Organisations { $from }–{ $to } of { $count }
matrix-legend = Legend
matrix-letter = Letter
matrix-meaning = Meaning
matrix-column = Column
matrix-organisation = Organisation
matrix-checks = Checks
matrix-no-findings = No findings: every activity has exactly one accountable and at least one responsible organisation.
# The matrix as an annex to an agreement.
matrix-annex-title = { $title } ({ $reference }, version { $version })

## The four letters: their names, and what each means in the printed legend

matrix-raci-responsible = Responsible
matrix-raci-accountable = Accountable
matrix-raci-consulted = Consulted
matrix-raci-informed = Informed
matrix-legend-responsible = Responsible (does the work)
matrix-legend-accountable = Accountable (answers for the work being done; exactly one per activity)
matrix-legend-consulted = Consulted (asked before; two-way)
matrix-legend-informed = Informed (told after; one-way)

## How long an activity lasts

matrix-duration-days = { $count ->
    [one] { $count } day
   *[other] { $count } days
}
matrix-duration-weeks = { $count ->
    [one] { $count } week
   *[other] { $count } weeks
}
matrix-duration-months = { $count ->
    [one] { $count } month
   *[other] { $count } months
}

## The spreadsheet: its sheets, the legend and the checks

# Worksheet names: at most 31 characters, none of [ ] : * ? / \
matrix-sheet-grid = Matrix
matrix-sheet-legend = Legend
matrix-sheet-checks = Checks
matrix-sheet-frozen = Frozen (annexed to a signed agreement)
matrix-sheet-exported-on = Exported on
matrix-sheet-yes = yes
matrix-sheet-no = no
matrix-sheet-responsible = Responsible: does the work
matrix-sheet-accountable = Accountable: answers for the work being done; exactly one per activity
matrix-sheet-consulted = Consulted: asked before (two-way)
matrix-sheet-informed = Informed: told after (one-way)
matrix-sheet-short-name = Short name
matrix-sheet-column = Column (full name)
matrix-sheet-finding = Finding
matrix-sheet-no-findings = No findings.

## Findings of the checks

matrix-finding-no-accountable = “{ $activity }” has no one accountable (A)
matrix-finding-several-accountable = “{ $activity }” has { $count } accountable (A): { $names }; there must be exactly one
matrix-finding-no-responsible = “{ $activity }” has no one responsible (R)
matrix-finding-several-responsible = “{ $activity }” has { $count } responsible (R): { $names }; possible duplicated work
matrix-finding-no-funder = “{ $activity }” needs funding and has no funder
matrix-finding-idle-party = { $name } is responsible or accountable for nothing
matrix-finding-overloaded-party = { $name } is responsible for { $rows } activities (more than { $threshold })

## The clause an agreement gains when a matrix is annexed to it

matrix-reference-clause = The division of responsibilities among the parties is set out in the responsibility matrix { $reference }, “{ $title }”, annexed to this agreement.
