"""Concepts for the predicates that news statements most often assert and deny, beyond the
first ones of :mod:`.lexicon`, and the senses in which their words name them.

Each family folds the words of one event ("refund", "reimburse", "compensate") to one key, or
an event and its opposite ("stop" / "resume") to one key with a sign, so that a statement made
with one word meets its denial made with another. Words that name other things too ("charge"
a battery or a suspect, a "bill" before a legislature, a bus "stop") count only in the sense of
the family (:func:`family_sense`).

Paying is kept in two families by its direction: "compensate" is the payer's event ("the
company will compensate households", "would not pay for the damage", "a full refund"), and
"charge" the payee's ("will not charge homeowners", "homeowners will be billed"): "the authority
will not charge homeowners" and "the authority will not reimburse homeowners" do not say the
same thing of the homeowners, so the two never share a key.
"""

from __future__ import annotations

# fmt: off
# (concept, +1) for the first group, (concept, -1) for the second (see lexicon.ANTONYMS)
FAMILY_ANTONYMS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    # an activity halted or kept going ("production was halted" / "production resumed")
    "stoppage": (("stop", "stopped", "stops", "halt", "halted", "halts", "suspend", "suspended",
              "suspends", "cease", "ceased", "ceases", "discontinue", "discontinued",
              "discontinues", "pause", "paused", "pauses"),
             ("resume", "resumed", "resumes")),
    # a thing counted in or left out ("the figure included the payments" / "left out")
    "include": (("include", "included", "includes"),
                ("exclude", "excluded", "excludes", "omit", "omitted", "omits")),
    # information made public or kept back ("will release the footage" / "withheld the
    # report"; "make the video public" / "remain sealed": :func:`.family_senses.made_public`)
    "release": (("release", "released", "releases", "releasing", "publish", "published",
                 "publishes", "disclose", "disclosed", "discloses"),
                ("withhold", "withheld", "withholds", "withholding")),
}
# words for one event, folded to one concept (see lexicon.SYNONYMS)
FAMILY_SYNONYMS: dict[str, tuple[str, ...]] = {
    # the payer makes good a loss or gives money back
    "compensate": ("compensate", "compensated", "compensates", "compensating", "compensation",
                   "reimburse", "reimbursed", "reimburses", "reimbursing", "reimbursement",
                   "refund", "refunded", "refunds", "refunding", "refundable", "repay",
                   "repaid", "repays", "repaying"),
    # a fault or an intrusion found ("detected within hours" / "was not caught for weeks")
    "detect": ("detect", "detected", "detects", "detecting", "detection", "spotted",
               "noticed", "caught"),
    # someone told of a thing before it happens ("had informed the council of its plans" /
    # "the council was given no warning of the closure"); "notify", "notified" and
    # "notification" reach the key by their stem, unlisted, so the noun keeps its verb's key
    "notify": ("inform", "informed", "informs", "informing", "warn", "warned", "warns",
               "warning", "alerted", "briefed"),
    # a claim taken to court ("we will sue the city" / "will not file a lawsuit")
    "sue": ("sue", "sues", "sued", "suing", "lawsuit", "lawsuits"),
    # the payee asks a price or a fee
    "charge": ("charge", "charged", "charges", "charging", "billed", "billing"),
    # someone made to act by another's word ("instructed the clerk to ..." / "never ordered
    # anyone to ..."); the noun "order" (of many senses: "placed no order for buses", "out of
    # order") keeps its own key, unlisted, so a key of its own keeps the two apart
    "instruct": ("instruct", "instructed", "instructs", "instructing", "ordered", "ordering"),
}
# fmt: on
# the keys of the families (:func:`.cluster.context_terms` counts them as shared words)
FAMILY_KEYS = frozenset(FAMILY_ANTONYMS) | frozenset(FAMILY_SYNONYMS)
