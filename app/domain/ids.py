"""Typed identifiers so a person id is never passed where an interview id belongs."""

from typing import NewType

PersonId = NewType("PersonId", int)
InterviewId = NewType("InterviewId", int)
AddendumId = NewType("AddendumId", int)
HypothesisId = NewType("HypothesisId", int)
FollowUpId = NewType("FollowUpId", int)
DisclosureId = NewType("DisclosureId", int)
