### Errors: what a refused or failed call tells the person, on screen or on the command line.
### Values from the records (names, file paths, numbers) are placed as they are; codes
### ($kind, $field, $reason…) choose their words here.

## Form fields, as the problems below name them

error-field = { $field ->
    [partnership_name] partnership name
    [name] name
    [acronym] acronym
    [kind] kind
    [country] country
    [chamber] chamber
    [pillars] pillars
    [status] status
    [joined_on] joining date
    [notes] notes
    [representative_name] representative's name
    [title] title
    [email] email
    [phone] phone
    [body_name] body name
    [body_code] body code
    [role] role
    [office] office
    [weight] vote weight
    [effective_on] effective date
    [reason] reason
    [id] id
    [meeting_title] meeting title
    [meeting_date] meeting date
    [starts_at] start time
    [ends_at] end time
    [time_zone] time zone
    [place] place
    [online_link] online link
    [convenor] convenor
    [item_title] item title
    [presenter] presenter
    [duration] duration
    [summary] summary
    [owner] owner
    [due_on] due date
    [at] time
   *[other] { $field }
}

## Validation of a form or a row

error-required = { $field } is required
error-too-long = { $field } is too long ({ $length } characters; at most { $max })
error-invalid-email = “{ $value }” is not a valid email address
error-unknown-country = “{ $value }” is not an ISO 3166 country code (for example KH, ID, VN)
error-invalid-weight = vote weight must be a whole number of at least 1, not { $value }
error-impossible-date = “{ $value }” is not a real date in the form YYYY-MM-DD
error-invalid-choice = “{ $value }” is not a valid { $field }
error-status-before-joined = the status change is dated { $effective_on }, before the member joined on { $joined_on }
error-status-unchanged = the member is already { $status ->
    [active] active
    [suspended] suspended
    [withdrawn] withdrawn
   *[other] { $status }
}
error-invalid-time = “{ $value }” is not a time of day in the form HH:MM
error-unknown-time-zone = “{ $value }” is not a time zone (for example Asia/Bangkok, Africa/Windhoek, UTC)
error-end-before-start = the meeting ends at { $ends_at }, before it starts at { $starts_at }

## The partnership file

error-file-missing = { $path } does not exist
error-file-exists = { $path } already exists; choose another name
error-not-a-pacta-file = { $path } is not a Pacta partnership file
error-corrupted = { $path } is damaged: { $detail }
error-schema-too-new = { $path } was saved by a newer version of Pacta (schema { $found }; this version reads up to { $supported }); it was left untouched
error-file-locked = { $path } is already open in another Pacta window or program
error-passphrase-required = { $path } is protected with a passphrase
error-wrong-passphrase = The passphrase does not open { $path } (or it is not a Pacta file)
error-migration = could not update the file's structure: { $detail }
error-database = database error: { $detail }
# $reason is the system's reason; $detail its own words, for the reasons not listed.
error-io = { $path }: { $reason ->
    [not-found] no such file or folder
    [permission-denied] permission denied
    [already-exists] it already exists
    [storage-full] the disk is full
    [read-only] the disk is read-only
   *[other] { $detail }
}

## Records

error-not-found = no { $kind ->
    [action-item] action item
    [agenda-item] agenda item
    [agreement-version] agreement version
    [agreement] agreement
    [attachment] attachment
    [body] body
    [decision] decision
    [library-clause] library clause
    [annexed-matrix] matrix version annexed to this agreement version
    [matrix-version] matrix version
    [matrix] matrix
    [meeting-paper] meeting paper
    [meeting] meeting
    [membership] membership
    [organisation] organisation
    [protocol] protocol
    [representative] representative
    [vote] vote
   *[other] record
} with id { $id }
error-duplicate-name = an organisation named “{ $name }” is already in the registry
error-duplicate-body = a body with the { $what ->
    [code] code
   *[name] name
} “{ $value }” already exists
error-duplicate-membership = { $organisation } already sits in { $body }
error-already-erased = the personal data of representative { $id } were already erased on { $at }

## Records that can no longer change (the file's own guards)

error-frozen = this record can no longer be changed
error-frozen-vote-changed = a closed vote cannot be changed; record a correction
error-frozen-vote-deleted = a closed vote cannot be deleted; record a correction
error-frozen-decision-changed = a decision cannot be changed; record a new decision
error-frozen-decision-removed = a decision of approved minutes cannot be removed
error-frozen-matrix-changed = a matrix annexed to a signed agreement cannot be changed; start a new version
error-frozen-matrix-deleted = a matrix annexed to a signed agreement cannot be deleted; start a new version
error-frozen-annex-removed = a matrix annexed to a signed agreement cannot be removed; record an amendment
error-frozen-annex-added = a matrix cannot be annexed to a signed agreement; record an amendment
error-frozen-annexes-changed = the matrices annexed to a signed agreement cannot be changed; record an amendment
error-frozen-meeting-paper = a meeting paper cannot be changed; attach a new one
error-frozen-meeting-deleted = a meeting with approved minutes cannot be deleted
error-frozen-signed-paper = a paper attached to a signed version cannot be removed
error-frozen-minutes-paper = a paper of approved minutes cannot be removed
error-frozen-protocol-changed = a protocol version cannot be changed; save a new version
error-frozen-protocol-deleted = a protocol version cannot be deleted
error-frozen-redaction-changed = a redaction cannot be changed
error-frozen-redaction-removed = a redaction cannot be removed
error-frozen-salt = a salt cannot be changed
error-frozen-seal-changed = a seal cannot be changed
error-frozen-seal-removed = a seal cannot be removed
error-frozen-signed-changed = a signed version cannot be changed; record an amendment
error-frozen-signed-deleted = a signed version cannot be deleted; record an amendment
error-frozen-activity = the activity log is append-only
error-frozen-action-item = an action item of approved minutes keeps its terms; add a note
error-frozen-paper = an attached paper cannot be changed; attach a new one
error-frozen-attestation-changed = an attestation cannot be changed
error-frozen-attestation-removed = an attestation cannot be removed
error-frozen-erasure-changed = an erasure cannot be changed
error-frozen-erasure-removed = an erasure cannot be removed
error-frozen-erratum-changed = an erratum cannot be changed; record another
error-frozen-erratum-removed = an erratum cannot be removed
error-frozen-minutes = approved minutes cannot be changed; record an erratum
error-frozen-seal-people-changed = the people of a seal cannot be changed
error-frozen-seal-people-removed = the people of a seal cannot be removed
error-frozen-signatures-changed = the signatures of a signed version cannot be changed
error-frozen-signatures-removed = the signatures of a signed version cannot be removed

## A responsibility matrix's structure

error-matrix-no-title = the matrix needs a title
error-matrix-title-too-long = the title is too long ({ $length } characters; at most 300)
error-matrix-empty-label = row { $row } has no activity label
error-matrix-duplicate-activity = row { $row }: “{ $label }” appears twice under “{ $heading }”
error-matrix-duplicate-activity-id = row { $row } has the same id as an earlier row
error-matrix-duplicate-party = “{ $name }” is a column twice
error-matrix-cell-outside-parties = row { $row } has a letter for organisation { $organisation }, which is not a column
error-matrix-two-letters = row { $row } has two letters for one organisation ({ $organisation })
error-matrix-zero-threshold = the overload threshold must be at least 1
error-matrix-zero-duration = row { $row }: a duration must be at least 1
error-matrix-not-a-member = “{ $name }” (organisation { $organisation }) is not a member organisation

## Protecting the file with a passphrase

error-already-protected = { $path } is already protected with a passphrase; change the passphrase instead
error-same-passphrase = the new passphrase is the same as the current one
error-idle-lock-range = lock after { $from } to { $to } minutes without use, or 0 for never, not { $minutes }
error-not-protected = { $path } is not protected with a passphrase
error-passphrase-too-short = a passphrase needs at least { $min } characters (this one has { $length })
error-passphrase-nul = a passphrase cannot contain the NUL character

## The demo

error-demo-not-empty = the demo goes into an empty partnership; this one already has members

## A partner's Word copy of an agreement

# $token is the agreement mark the file carries.
error-word-other-agreement = { $file } is not a copy of agreement { $agreement }: it was exported from another agreement or file ({ $token })
error-word-unmarked = { $file } is not a copy of agreement { $agreement }: it was not exported by Pacta (it carries no agreement mark)
error-word-too-large = { $file } is larger than the { $limit } MiB a Word agreement is read up to
error-word-not-a-zip = { $file } is not a Word document{ $looks_like ->
    [pdf] : it is a PDF
    [rtf] : it is an RTF document
    [html] : it is a web page
    [text] : it is plain text
   *[unknown] {""}
}; open it in its program and save it as .docx
error-word-protected = { $file } is protected by a password; remove the password in Word (File ▸ Info ▸ Protect document) and try again
error-word-legacy = { $file } is an old Word 97–2003 document (.doc); save it as .docx and try again
error-word-other-zip = { $file } is a zip archive but not a Word document
error-word-macros = { $file } holds macros (.docm); save it as a Word document (.docx) and try again
error-word-other-version = { $file } is not a copy of this agreement: it carries the mark of another version ({ $token })
error-word-no-mark = { $file } is not a copy of this agreement: it carries no agreement mark
error-word-part-too-large = { $file } is refused: { $part } unpacks to more than { $limit } bytes (a zip bomb?)
error-word-compression = { $file } is refused: { $part } unpacks to more than { $ratio } times its packed size (a zip bomb?)
error-word-too-many-parts = { $file } is refused: the archive has { $count } entries (at most { $limit } read) (a zip bomb?)
error-word-damaged-zip = { $file } is damaged: the zip archive is damaged: { $detail }
error-word-malformed = { $file } is damaged: { $part } is not well-formed XML: { $detail }

## Responsibility matrices

error-matrix-annexed-frozen = version { $version } of { $matrix } is annexed to a signed agreement and cannot be changed; start a new version
error-matrix-no-version = matrix { $matrix } has no version { $version }
error-annex-to-signed = this agreement version is signed; annex the matrix to an amendment
error-annex-while-signing = signatures are being recorded on this version; its annexes can no longer change
error-matrix-not-annexed = matrix { $matrix } is not annexed to this agreement
error-matrix-no-activity = { $matrix } has no activity { $activity }
error-action-no-responsible = no one is responsible for “{ $activity }”; choose an owner
error-action-several-responsible = { $count } parties are responsible for “{ $activity }”; choose the owner
error-action-owner-not-a-column = organisation { $organisation } is not a column of { $matrix }

## The seal chain and backups

error-not-a-hash = “{ $text }” is not a chain hash: give at least { $digits } of its hexadecimal digits
error-backup-seals = { $path } is damaged: its seals do not verify ({ $records ->
    [one] { $records } record
   *[other] { $records } records
} changed, removed or added outside the app, { $breaks ->
    [one] { $breaks } break
   *[other] { $breaks } breaks
} in the chain); run `pacta verify` on the partnership file
error-backup-is-the-file = { $path } is the partnership file itself; choose a backup of it
error-backup-keep-range = keep between { $from } and { $to } automatic backups, not { $keep }

## Voting protocols: why the catalogue rules one out

error-protocol-no-requirement = the protocol has no requirement: a motion needs at least one
error-protocol-threshold-range = requirement { $requirement }: the threshold is out of range (more than p/q needs 0 ≤ p/q < 1; at least p/q needs 0 < p/q ≤ 1)
error-protocol-quorum-range = quorum rule { $rule }: the fraction must be above 0 and at most 1
error-protocol-consensus-votes-cast = requirement { $requirement }: consensus is judged on the votes cast only
error-protocol-chambers-equal = requirement { $requirement }: chambers counted equally apply to the whole body only
error-protocol-unnamed-chamber = requirement { $requirement }: the chamber is not named
error-protocol-split-needs-weights = requirement { $requirement }: split votes divide weights, so every requirement must count weights
error-protocol-proxy-cap-zero = a proxy cap of 0 allows no proxy; turn proxies off instead
error-protocol-casting-vote = a casting vote is allowed only with a single simple-majority requirement (more than half of the votes cast, or of yes and no, of the whole body, by heads or by weight)

## Votes: why a roll and its ballots cannot be tallied ($member, $holder: roll ids)

error-vote-no-entitled-member = the roll has no member entitled to vote
error-vote-duplicate-roll-member = { $member } appears twice on the roll
error-vote-zero-weight = { $member } has weight 0; weights are whole numbers of at least 1
error-vote-unknown-chamber = the protocol names the chamber “{ $chamber }”, which no member of the roll belongs to
error-vote-not-on-roll = { $member } is not a member of this body
error-vote-not-entitled = { $member } may not vote: { $reason ->
    [suspended] the member is suspended
    [withdrawn] the member has withdrawn
    [observer] observers do not vote
    [technical-adviser] technical advisers do not vote
    [secretariat] the secretariat does not vote
   *[other] the member is not entitled
}
error-vote-absent = { $member } is absent and no one holds their proxy
error-vote-duplicate-ballot = two ballots from { $member }
error-vote-proxies-not-allowed = this protocol does not allow proxies
error-vote-proxy-for-present = { $member } is present and cannot be represented by proxy
error-vote-duplicate-proxy = { $member } has given more than one proxy
error-vote-proxy-holder-absent = { $holder } holds { $member }'s proxy but is absent
error-vote-proxy-holder-not-entitled = { $holder } holds { $member }'s proxy but may not vote
error-vote-proxy-chain = { $holder } holds a proxy and has given their own: proxies go one level deep
error-vote-proxy-over-cap = { $holder } holds { $held } proxies; the protocol allows at most { $cap }
error-vote-split-not-allowed = { $member } split their vote, but this protocol does not allow split votes
error-vote-split-mismatch = { $member } split { $given } votes, but their weight is { $weight }
error-vote-split-outside-roll-call = split votes are recorded by roll call only
error-vote-presiding-member-voted = { $member } presides with the casting vote and casts no ballot
error-vote-no-presiding-member = the protocol grants a casting vote but no member of the roll presides
error-vote-several-presiding-members = more than one member of the roll presides
error-vote-casting-vote-not-granted = a casting vote was given, but the protocol grants none
error-vote-casting-vote-not-yes-or-no = a casting vote must be yes or no
error-vote-casting-vote-missing = the vote is tied: the presiding member's casting vote is needed
error-vote-too-many-hands = { $counted } hands counted in { $group }, but only { $eligible } members there may vote
error-vote-papers-mismatch = { $papers } ballot papers for { $voters } voters
error-vote-papers-do-not-match = the ballot papers do not match the chambers and weights of those who voted ({ $group })
error-vote-stranger = { $member } does not sit in { $body } (roll ids are organisation ids of the body's members)
error-vote-protocol-of-another-body = this protocol belongs to another body
# A group of voters: those of one chamber with one weight.
error-vote-group = { $chamber } with weight { $weight }
error-vote-group-no-chamber = members without a chamber with weight { $weight }
error-vote-group-unnamed = { $group }

## Agreements

error-agreement-status = { $status ->
    [draft] draft
    [negotiation] negotiation
    [signed] signed
    [in_force] in force
    [expired] expired
    [terminated] terminated
   *[other] { $status }
}
error-agreement-move = an agreement cannot go from “{ $from }” to “{ $to }”: { $reason ->
    [negotiate-first] the text must be negotiated first
    [ended] an ended agreement stays ended; draft a new one
    [frozen] a signed text is frozen; record an amendment instead
    [not-in-force] it must enter into force before it can expire
    [sign-first] it must be signed first
   *[other] this is not a step of the lifecycle
}
error-section = { $section ->
    [purpose_and_scope] purpose and scope
    [parties] parties
    [annual_planning] annual planning
    [collaboration] collaboration and communication
    [responsibilities] division of responsibilities
    [reporting] reporting and accountability
    [complaints] complaints and dispute settlement
    [funding] funding
    [confidentiality] confidentiality and data protection
    [media] media and public communication
    [duration] duration, amendment, renewal and termination
    [signatures] signatures
   *[other] { $section }
}
error-finding-empty-section = section { $number } ({ $section }) is empty
error-finding-too-few-parties = an agreement needs at least two parties, not { $parties }
error-finding-no-signatory = { $name } has no signatory
error-finding-no-effective-date = no effective date is set
error-finding-expiry-before-effective = the expiry date { $expires_on } is before the effective date { $effective_on }
error-finding-no-matrix-reference = the responsibilities section references no matrix (annexed: { $annexed })
error-finding-annexed-matrix = matrix { $matrix }: { $finding }
error-party-twice = { $name } is named twice as a party
error-party-not-registered = party { $name } is not in the member registry
error-clause-id-twice = clause id { $id } is used twice
error-version-has-signatures = this version has signatures; record an amendment to change it
error-signed-text-frozen = a signed text is frozen; record an amendment instead
error-sign-by-signatures = an agreement is signed by recording every party's signature
error-all-signed = every party has already signed this version
error-not-open-for-signature = an agreement with the status “{ $status }” cannot be signed; it must be under negotiation
error-not-ready-to-sign = { $count ->
    [one] { $count } check stands
   *[other] { $count } checks stand
} in the way of signature
error-not-a-party = organisation { $organisation } is not a party to this agreement
error-already-signed = { $name } has already signed this version
error-not-a-representative = { $person } is not a representative of { $organisation }
error-amend-not-signed = only a signed agreement or one in force is amended, not one with the status “{ $status }”
error-amendment-pending = amendment { $amendment } is still awaiting signatures; finish it first
error-compare-other-agreement = only two versions of the same agreement can be compared
error-agreement-no-version = agreement { $agreement } has no version { $version }

## Meetings and their minutes ($organisation, $principal, $holder: organisation ids)

error-attendance-not-a-member = organisation { $organisation } does not sit in this body
error-attendance-twice = organisation { $organisation } is listed twice
error-attendance-proxy-without-holder = organisation { $principal } is represented by proxy but no holder is named
error-attendance-proxy-holder-absent = organisation { $holder } cannot hold the proxy of { $principal }: it is not present
error-attendance-movements-out-of-order = the movements of organisation { $organisation } are not in time order
error-attendance-no-proxies = { $body }'s protocols do not allow proxies; { $member } is absent or excused
error-minutes-status = { $status ->
    [draft] draft
    [circulated] circulated
    [approved] approved
   *[other] { $status }
}
error-minutes-move = minutes cannot go from “{ $from }” to “{ $to }”: { $reason ->
    [frozen] approved minutes are frozen; record an erratum instead
    [circulate-first] minutes are circulated to the members before approval
   *[other] this is not a step of the approval
}
error-no-protocol-yet = { $body } has no voting protocol yet
error-vote-of-another-meeting = vote { $vote } was not taken at this meeting
error-chair-may-not-approve = the rules of { $body } do not let the chair approve minutes; they are approved by a decision of a later meeting
error-no-such-decision = { $body } has no decision { $reference }
error-approval-by-earlier-decision = minutes are approved by a decision of a later meeting, not by { $reference }
error-minutes-not-approved = the minutes are not approved yet: correct them directly

## Exports and attached papers

error-render = the document could not be made: { $detail }
error-internal = something went wrong inside Pacta: { $detail }
error-matrix-export-format = matrices are exported as .pdf, .xlsx or .csv, not .{ $extension }
error-agreement-export-format = agreements are exported as .pdf or .docx, not .{ $extension }
error-missing-translation = this agreement has no { $missing ->
    [fr] French
   *[en] English
} text; add a translation or print in { $available ->
    [fr] French
   *[en] English
}
error-not-an-instant = “{ $value }” is not an RFC 3339 instant
error-paper-too-large = { $file } is { $size } MB; papers of up to { $limit } MB can be attached
error-paper-altered = { $file } no longer matches its recorded SHA-256; the file was altered

## The activity timeline's filters

error-write-failed = { $path }: { $detail }
error-timeline-offset = A UTC offset of { $offset } minutes does not exist: it lies between -840 and 840
error-timeline-to-before-from = The “to” day { $to } is before the “from” day { $from }: nothing can match
error-timeline-kind = “{ $kind }” is not a kind of record: use one of { $kinds }
error-timeline-limit = A page holds 1 to { $max } entries, not { $limit }
error-timeline-day = The { $filter ->
    [from] “from”
   *[to] “to”
} day “{ $day }” is not a real date written YYYY-MM-DD

## Member lists and other tables read from a file

# A system's or a library's own words, placed as they are.
error-detail = { $detail }
error-table-macro-enabled = { $path }: a macro-enabled workbook is not read; save it as .xlsx (Excel workbook) and try again
error-table-format = { $path }: only .csv, .txt, .xlsx, .xls and .ods files are read
error-table-empty = the file is empty: it has no header row
error-table-too-large = { $path } is { $size } MiB, more than the { $limit } MiB a member list is read up to
error-encoding = row { $line } cannot be read: { $reason }; save the file as “CSV UTF-8” and try again
error-encoding-mismarked = it is marked as { $encoding } but is not
error-encoding-binary = it holds binary data, not text
error-encoding-unknown = its characters are in no encoding Pacta knows
error-workbook-unreadable = { $path } cannot be read as a workbook: { $reason }
error-workbook-no-sheet = it has no worksheet
error-workbook-sheet = sheet “{ $sheet }”: { $detail }
error-workbook-no-such-sheet = the workbook has no sheet “{ $sheet }”; its sheets are: { $sheets }
error-not-a-workbook = { $path } is not an Excel or OpenDocument workbook: { $content ->
    [pdf] it is a PDF document
    [empty] it is empty
    [text] it is plain text
   *[other] its content is of another kind
}; open it in its program and save it as .xlsx or .csv
error-workbook-refused = { $path } is refused: { $reason }
error-workbook-damaged-zip = its zip package is damaged ({ $detail })
error-workbook-macros = it holds macros; save it as .xlsx (Excel workbook) and try again
error-workbook-zip-bomb = it would unpack to { $unpacked } MiB from { $packed } KiB, which no member list does (a zip bomb?)
error-workbook-unpacks-too-much = it unpacks to more than { $limit } MiB (a zip bomb?)
error-workbook-protected = { $path } is protected by a password; remove the password (File ▸ Info ▸ Protect workbook in Excel) and try again
error-csv-row = row { $line } cannot be read as CSV: { $detail }

## Importing members

error-import-no-rows = { $path } holds no rows: there is nothing to import
error-import-has-errors = { $rows ->
    [one] { $rows } row has problems
   *[other] { $rows } rows have problems
}; nothing was imported
# $needed lists the columns a file in Pacta's own layout must have.
error-import-missing-column = the file has no “{ $column }” column (columns needed: { $needed })
error-import-unplaced-columns = Pacta cannot place the columns { $columns }: run `pacta import members FILE --suggest-mapping` (or use the import wizard) to map them
# A problem on one cell of the file: its row, its column as the file names it, and what is wrong.
error-import-cell = row { $line }, column “{ $column }”: { $problem }
error-import-same-as-row = the same organisation as row { $row }
error-import-id-twice = id { $id } is also on row { $row }
error-import-name-registered = an organisation named “{ $name }” is already in the registry (id { $id }); put { $id } in the id column to update it
# $choices lists the codes a kind, status or pillar may take.
error-import-unplaced = row { $line }, column “{ $column }”: “{ $value }” is not { $expected ->
    [kind] a kind Pacta knows ({ $choices })
    [country] a country name or ISO 3166 code (KH, VN, NA…)
    [status] a status ({ $choices })
    [pillars] a pillar ({ $choices })
   *[date] a date (2021-03-15, 15/03/2021, 15 March 2021…)
}; choose what it stands for in the mapping
error-mapping-missing-header = the mapping names a column “{ $header }” that the file does not have
error-mapping-unmapped-header = the file's column “{ $header }” is not in the mapping
error-mapping-duplicate-target = two columns go to “{ $target }”: “{ $first }” and “{ $second }”
error-mapping-missing-target = no column goes to “{ $target }”, and the mapping gives it no default
error-mapping-unknown-country = “{ $code }” is not an ISO 3166 country code (the mapping places “{ $value }” there)
error-mapping-header-row-outside = the header row { $row } is outside the file

## Portable bundles

error-bundle-not-a-table = { $entry } is not a table of rows: { $reason }
error-bundle-table-unnamed = it does not name the table { $table }
error-bundle-no-columns = no list of columns
error-bundle-column-not-text = a column name is not text
error-bundle-no-rows = no list of rows
error-bundle-odd-value = row { $row } holds a value of no known type
error-bundle-empty-passphrase = a bundle's passphrase cannot be empty
error-bundle-needs-passphrase = this partnership file is protected with a passphrase: give a passphrase for its bundle too, so that no plain copy of it is written
error-bundle-protected = this bundle is protected by a passphrase; give the passphrase to import it
error-bundle-wrong-passphrase = the passphrase does not open this bundle
error-bundle-damaged-entry = { $entry }: the bundle is damaged or not a zip archive ({ $detail })
error-bundle-damaged = the bundle is damaged or not a zip archive ({ $detail })
error-bundle-too-large = the bundle unpacks to more than { $limit } bytes; it is refused as a possible zip bomb
error-bundle-too-many-entries = the bundle holds { $count } entries, more than the { $limit } allowed; it is refused as a possible zip bomb
error-bundle-entry-list = the bundle's list of entries is damaged
error-bundle-entry-twice = { $entry } is in the bundle twice
error-bundle-no-manifest = the bundle has no manifest.json: it is not a Pacta bundle
error-bundle-entry-missing = { $entry } is listed in the manifest but missing from the bundle
error-bundle-table-unlisted = the manifest counts rows of { $table } but lists no { $entry }
error-bundle-entry-unexpected = { $entry } is in the bundle but not in its manifest
error-bundle-entry-changed = { $entry } does not match the SHA-256 the manifest records for it: the bundle was changed after it was made
error-bundle-table-uncounted = { $entry } holds a table the manifest does not count
error-bundle-row-count = { $entry } holds { $rows } rows where the manifest counts { $count }
error-bundle-manifest-json = manifest.json is not readable JSON ({ $detail }): this is not a Pacta bundle
error-bundle-manifest-format = manifest.json does not name the format { $format }: this is not a Pacta bundle
error-bundle-newer-format = this bundle was made in format { $version } by a newer version of Pacta; this version reads format { $supported }
error-bundle-no-format-version = manifest.json gives no bundle format version this version reads ({ $supported })
error-bundle-manifest-incomplete = manifest.json is incomplete: { $detail }
error-bundle-newer-schema = this bundle holds a partnership of schema { $schema }, saved by a newer version of Pacta (this version reads up to schema { $supported })
error-bundle-older-schema = this bundle holds a partnership of schema { $schema }, from an earlier version of Pacta; this version imports bundles of schema { $supported } only: open the bundle with the version that made it ({ $app_version }) and export it again from this one
error-bundle-seals = the bundle's records do not match their seals ({ $records ->
    [one] { $records } record
   *[other] { $records } records
} changed, removed or unsealed, { $breaks ->
    [one] { $breaks } break
   *[other] { $breaks } breaks
} in the chain): it was changed after it was made
error-bundle-chain-head = the seal chain in the bundle's data ends elsewhere than the head its manifest records
error-bundle-cannot-load = the bundle's data cannot be loaded: { $reason }
error-load-missing-table = the table { $table } is missing
error-load-unknown-table = there is no table { $table } in this version's files
error-load-duplicate-table = the table { $table } is given twice
error-load-columns = the table { $table } has the columns { $found }, where this version's files have { $expected }
error-load-row-width = row { $row } of { $table } has { $found } values for { $expected } columns
error-load-refused = row { $row } of { $table } was refused: { $reason }
error-load-foreign-key = row { $row } of { $table } refers to a missing row of { $parent }
error-load-integrity = the loaded file fails SQLite's integrity check: { $detail }

## Member exports and distribution lists

error-too-many-rows = too many rows for a worksheet
error-member-export-format = { $path }: members are exported only as .csv and .xlsx (which every spreadsheet program opens)
error-recipient = recipient { $recipient }: { $problem }

## Responsibility matrices read from a file

error-matrix-file-format = { $file }: a matrix is read from .csv or .xlsx; save it as .xlsx and try again
error-matrix-unreadable = { $file } cannot be read as an Excel workbook: { $reason }
error-matrix-sheet-empty = the first worksheet is empty: it has no header row
error-matrix-xlsx = the matrix could not be written as an Excel workbook: { $detail }
error-matrix-too-big = the matrix has too many rows or columns for a worksheet
# $problems are the first few problems; $more counts those left out.
error-matrix-import = the matrix cannot be imported ({ $count ->
    [one] { $count } problem
   *[other] { $count } problems
}): { $problems }{ $more ->
    [0] {""}
   *[other] ; and { $more } more
}
error-matrix-column-without-header = column { $column } has values but no header
error-matrix-column-twice = column “{ $header }” appears twice (columns { $first } and { $second })
error-matrix-column-not-a-member = column “{ $header }” is not a member organisation
error-matrix-columns-same-member = columns “{ $first }” and “{ $second }” are the same member, { $name }
error-matrix-column-ambiguous = column “{ $header }” could be any of { $names }; write the full name
error-matrix-no-activity-column = the file has no “activity” column: its header row must name one
error-matrix-letter = “{ $value }” is not one of R, A, C, I (or empty)
error-matrix-flag = “{ $value }” is not “yes” or empty
error-matrix-amount = “{ $value }” is not a whole number of at least 1
error-matrix-unit = “{ $value }” is not days, weeks or months
error-matrix-duration-without-unit = a duration needs a unit: days, weeks or months
error-matrix-unit-without-number = a unit (“{ $unit }”) without a number
error-matrix-no-rows = the file has no activity rows under its header

## The command line

# How `pacta` prints a refusal on standard error.
error-cli-line = error: { $message }
error-cli-no-db = no partnership file given: pass --db FILE or set PACTA_DB
error-cli-lang = --lang is en, fr or nl (or en+fr for an agreement), not “{ $given }”
error-cli-lang-en-fr = --lang is en or fr, not “{ $given }”
error-cli-lang-agreement = --lang is en, fr or en+fr, not “{ $given }”
error-cli-paper = --paper is a4 or letter, not “{ $given }”
error-cli-pdf-only = { $what ->
    [minutes] minutes are
   *[convocation] a convocation is
} exported as .pdf, not .{ $extension }
error-cli-passphrase-file = cannot read the passphrase file { $file }: { $reason }
error-cli-passphrase-file-empty = the first line of { $file } is empty; write the passphrase on it
error-cli-passphrase-required = { $path } is protected with a passphrase: set { $variable } or pass --passphrase-file
error-cli-no-new-passphrase = no new passphrase given: set { $variable } or pass --new-passphrase-file
error-cli-current-passphrase = give the current passphrase of { $path }: set { $variable } or pass --passphrase-file
error-cli-unknown-preset = unknown preset “{ $name }” (known: { $known })
error-cli-preset-or-file = give --preset NAME or --file P.json
error-cli-no-protocol = body { $body } has no voting protocol yet: adopt one with `pacta protocols set`
error-cli-several-protocols = body { $body } has several protocols ({ $names }): choose one with --protocol
error-cli-no-such-protocol = body { $body } has no protocol “{ $wanted }” (it has: { $names })
error-cli-invalid-vote = invalid vote: { $reason }
error-cli-bad-json = { $path } is not a valid { $what ->
    [protocol] protocol
    [roll] roll
    [ballots] ballots
   *[other] { $what }
} file: { $detail }
error-cli-bad-mapping = { $path } is not a mapping Pacta can read ({ $detail }); see docs/import.md

## The desktop window

error-nothing-open = no partnership is open: create or open one
error-lock-unprotected = { $path } is not protected with a passphrase, so it cannot be locked
error-path-not-chosen = { $path } was not chosen in a file dialog: use Browse… to choose it
error-open-paper = { $path } could not be opened with the system's viewer: { $detail }
error-open-folder = the folder { $path } could not be opened with the system's file manager: { $detail }
error-paper-name = the paper's name “{ $name }” is not a plain file name; it was not opened
