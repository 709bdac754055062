### Pacta's sentences, in English.
### Variables that choose a variant: $strict, $weighted are "true" or "false"; $measure is
### "voted" or "present"; numbers choose plural forms.

## Joining parts of a sentence

# Between the clauses of one sentence.
clause-separator = {"; "}
# Between the requirements of a protocol, the last before "and".
and-separator = {", and "}
# Ends a sentence made of clauses.
sentence = { $text }.

## Fractions and thresholds

fraction-half = half
fraction-third = a third
fraction-two-thirds = two-thirds
fraction-three-quarters = three-quarters
fraction-all = all

threshold-more-than-half = more than half
threshold-more-than-two-thirds = more than two-thirds
threshold-any-yes = at least one vote in favour
threshold-more-than = more than { $fraction }
threshold-all = all
threshold-at-least-half = at least half
threshold-two-thirds = two-thirds
threshold-three-quarters = three-quarters
threshold-one-third = one-third
threshold-three-fifths = three-fifths
threshold-at-least = at least { $fraction }
threshold-unanimity = unanimity
threshold-consensus = consensus

## What a requirement counts, in a tally's explanation

base-votes-cast = of votes cast
base-yes-no = of yes and no votes
base-with-abstentions = of votes including abstentions
base-present = of members present
base-membership = of the membership

# $what is a threshold with what it counts ("more than half of votes cast").
requirement-what = { $threshold } { $base }
scope-chamber = { $what } in the { $chamber } chamber
scope-each-chamber = { $what } in each chamber
counting-weighted = { $what } (weighted)
counting-chambers-equal = { $what }, chambers counted equally

requirement-needed = { $what } required
requirement-needed-consensus = { $what } required (no objection)
requirement-no-votes = { $requirement }: no votes to count
requirement-score = { $requirement } (score { $score })
requirement-met-in-chambers = { $requirement } (met in { $met } of { $chambers } chambers)
requirement-figures = { $requirement } ({ $required } of { $base })
requirement-objected = { $requirement }: objected to
requirement-not-reached = { $requirement }: not reached

## The quorum rule, in a tally's explanation

quorum-rule-count = at least { $count } voting members present
quorum-rule-fraction = { $strict ->
    [true] more than
   *[false] at least
} { $fraction } of the voting members present
quorum-rule-per-chamber = { $strict ->
    [true] more than
   *[false] at least
} { $fraction } of each chamber's voting members present
quorum-rule-participation = ballots from at least { $fraction } of the voting members present

## A tally's explanation, one sentence for the minutes

tally-counts = { $yes } for, { $no } against, { $abstain ->
    [one] { $abstain } abstention
   *[other] { $abstain } abstentions
}
tally-invalid = { $counts }, { $invalid } invalid
tally-weighted = { $counts } (weighted votes)
attendance-present = { $present } of { $entitled } present
attendance-present-or-represented = { $present } of { $entitled } present or represented

vote-no-quorum = No quorum: { $value } of { $out_of } { $measure ->
    [voted] voted
   *[present] present
}, { $required } required ({ $rule }); no decision was taken.
vote-no-quorum-chamber = No quorum: { $value } of { $out_of } in the { $chamber } chamber { $measure ->
    [voted] voted
   *[present] present
}, { $required } required ({ $rule }); no decision was taken.
vote-carried = Carried: { $tally }
vote-rejected = Rejected: { $tally }
vote-casting-vote-yes = the tie was broken by the presiding member's casting vote in favour
vote-casting-vote-no = the tie was broken by the presiding member's casting vote against
vote-quorum = quorum { $attendance }

## What a protocol means, for the protocol editor

protocol-base-votes-cast = of the votes cast
protocol-base-yes-no = of the yes and no votes
protocol-base-with-abstentions = of the votes, abstentions included,
protocol-base-present = of the members present
protocol-base-membership = of all the voting members

protocol-unanimity = every vote { $base } is in favour
protocol-consensus = no member objects and at least one is in favour
protocol-consensus-chamber = no member in the { $chamber } chamber objects and at least one is in favour
protocol-consensus-each-chamber = no member in each chamber objects and at least one is in favour
protocol-threshold = { $threshold } { $base } are in favour
protocol-counting-weighted = { $what }, counting each member's weight
protocol-counting-chambers-equal = { $what }, each chamber counting equally
protocol-carried-when = A motion is carried when { $requirements }

protocol-note-votes-cast = abstentions do not count
protocol-note-yes-no = abstentions and spoiled ballots do not count
protocol-note-with-abstentions = abstentions count like votes against
protocol-note-present = members who abstain or do not vote count like votes against

protocol-quorum-count = at least { $count } voting members must be present
protocol-quorum-fraction = { $strict ->
    [true] more than
   *[false] at least
} { $fraction } of the voting members{ $weighted ->
    [true] {" "}(by voting weight)
   *[false] {""}
} must be present
protocol-quorum-per-chamber = { $strict ->
    [true] more than
   *[false] at least
} { $fraction } of each chamber's voting members{ $weighted ->
    [true] {" "}(by voting weight)
   *[false] {""}
} must be present
protocol-quorum-participation = ballots from at least { $fraction } of the voting members present must be cast
protocol-proxies = a present member may hold up to { $count ->
    [one] { $count } proxy
   *[other] { $count } proxies
}
protocol-split-votes = a member may split its weight across choices
protocol-casting-vote = the presiding member breaks a tie with a casting vote
