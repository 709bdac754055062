## agreement
## The fixed words of a printed or exported agreement.

agreement-reference = Reference
agreement-version = Version
agreement-amendment = Amendment
agreement-date = Date
agreement-between = Between
agreement-effective-on = Effective date
agreement-expires-on = Expiry date
agreement-status = Status
agreement-organisation = Organisation
agreement-name = Name
# A signatory's position in their organisation.
agreement-title = Title
agreement-place = Place
agreement-signature = Signature
agreement-annex = Annex
agreement-attachments = Attached documents
agreement-file = File
agreement-size = Size
agreement-sha256 = SHA-256
# Followed by the signatory's name: "represented by Maria Silva".
agreement-represented-by = represented by
# The annex that keeps what an imported Word file held outside any clause, and its column.
agreement-kept-from-word = Text kept from the Word file
agreement-kept-text = Text
# Footer of every page: $i is the page number, $n the page count.
agreement-page-of = Page { $i } of { $n }
# Footer line of a sealed record: the seal and the day it was sealed, then the head of the
# seal chain and its day.
agreement-sealed = Seal { $seal } of { $sealed_on } · chain head { $head } on { $head_on }

## Section titles, in printed order

agreement-section-purpose-and-scope = Purpose and scope
agreement-section-parties = Parties
agreement-section-annual-planning = Annual planning
agreement-section-collaboration = Collaboration and communication
agreement-section-responsibilities = Division of responsibilities
agreement-section-reporting = Reporting and accountability
agreement-section-complaints = Complaints and dispute settlement
agreement-section-funding = Funding
agreement-section-confidentiality = Confidentiality and data protection
agreement-section-media = Media and public communication
agreement-section-duration = Duration, amendment, renewal and termination
agreement-section-signatures = Signatures

## Kinds of agreement, as printed on the title page

agreement-kind-binding-agreement = Agreement
agreement-kind-mou = Memorandum of understanding
agreement-kind-sop = Standard operating procedures
agreement-kind-guidelines = Guidelines

## The starter agreements offered when a new agreement is drafted.
agreement-template-national_referral_mechanism = National referral mechanism MoU (state–NGO)
agreement-template-shelter_services = Shelter and assistance services MoU
agreement-template-data_sharing = Data-sharing agreement
agreement-template-regional_terms_of_reference = Regional coordination body terms of reference

## A paper's size: the figure written for the reader's language, and the unit.
agreement-byte-size = { $size } { $count ->
    [one] byte
   *[other] bytes
}
