"""The most frequent cue lemmas of PolNeAR train (first annotator per article).

Made by ``python -m onrecord.evaluation.cue_stats``: the 300 most frequent of 4496 cue lemmas
over 19833 cues, most frequent first. Cue categories: verb 69.1%, multiword 25.9%, noun 2.3%,
other 0.9%, preposition 0.9%, punctuation 0.8%. Only cue words, lemmatized and lowercased; no
article text. Do not edit by hand.
"""

# fmt: off
POLNEAR_TOP_CUES: tuple[str, ...] = (
    "say",  # 5086
    "tell",  # 497
    "according to",  # 387
    "add",  # 285
    "ask",  # 249
    "call",  # 245
    "write",  # 244
    "show",  # 219
    "note",  # 177
    "suggest",  # 172
    "report",  # 146
    "argue",  # 138
    "support",  # 133
    "announce",  # 126
    "expect",  # 111
    "see",  # 106
    "want",  # 104
    "seem",  # 96
    "think",  # 95
    "claim",  # 90
    "appear",  # 89
    "describe",  # 88
    "endorse",  # 87
    "find",  # 86
    "call for",  # 84
    "know",  # 81
    "criticize",  # 77
    "cite",  # 76
    "accuse",  # 74
    "tweet",  # 74
    "believe",  # 73
    "seek",  # 72
    "explain",  # 70
    "promise",  # 69
    "acknowledge",  # 68
    "in",  # 68
    "declare",  # 67
    "insist",  # 58
    "oppose",  # 56
    "question",  # 56
    "refer to",  # 56
    "hop",  # 55
    "talk about",  # 55
    "mention",  # 52
    "vow",  # 52
    "continue",  # 51
    "reveal",  # 50
    "urge",  # 50
    "agree",  # 49
    "offer",  # 49
    "decline",  # 48
    "defend",  # 48
    "recall",  # 47
    "consider",  # 46
    "plan",  # 46
    "back",  # 45
    "pledge",  # 45
    "state",  # 45
    "praise",  # 44
    "propose",  # 44
    "warn",  # 44
    "say in a statement",  # 43
    "refuse",  # 42
    "discuss",  # 41
    "attack",  # 39
    "point out",  # 39
    "conclude",  # 38
    "point to",  # 38
    "respond",  # 38
    "indicate",  # 34
    "blame",  # 33
    "predict",  # 33
    "call on",  # 31
    "focus on",  # 31
    "admit",  # 30
    "blast",  # 30
    "denounce",  # 30
    "deny",  # 30
    "reject",  # 30
    "dismiss",  # 29
    "fear",  # 29
    "name",  # 29
    "decide",  # 28
    "view",  # 28
    "look",  # 26
    "reply",  # 26
    "like",  # 25
    "vote for",  # 25
    "feel",  # 24
    "for",  # 24
    "read",  # 24
    "confirm",  # 23
    "know as",  # 23
    "mock",  # 22
    "order",  # 22
    "post",  # 22
    "prefer",  # 22
    "push",  # 22
    "challenge",  # 21
    "hope",  # 21
    "list",  # 21
    "recognize",  # 21
    "release",  # 21
    "respond to",  # 21
    "ask about",  # 20
    "express",  # 20
    "favor",  # 20
    "slam",  # 20
    "threaten",  # 20
    "allow",  # 19
    "highlight",  # 19
    "remind",  # 19
    "tout",  # 19
    "assert",  # 18
    "estimate",  # 18
    "include",  # 18
    "learn",  # 18
    "remember",  # 18
    "worry",  # 18
    "about",  # 17
    "address",  # 17
    "echo",  # 17
    "emphasize",  # 17
    "identify",  # 17
    "nominate",  # 17
    "share",  # 17
    "of",  # 16
    "say of",  # 16
    "thank",  # 16
    "allege",  # 15
    "answer",  # 15
    "assure",  # 15
    "complain",  # 15
    "concede",  # 15
    "demand",  # 15
    "determine",  # 15
    "embrace",  # 15
    "give",  # 15
    "ignore",  # 15
    "mean",  # 15
    "pass",  # 15
    "remark",  # 15
    "require",  # 15
    "chant",  # 14
    "compare",  # 14
    "decry",  # 14
    "make",  # 14
    "make clear",  # 14
    "portray",  # 14
    "reiterate",  # 14
    "repeat",  # 14
    "reportedly",  # 14
    "request",  # 14
    "wonder",  # 14
    "cast",  # 13
    "charge",  # 13
    "decision",  # 13
    "deem",  # 13
    "know for",  # 13
    "promote",  # 13
    "rail against",  # 13
    "sign",  # 13
    "speak about",  # 13
    "to",  # 13
    "understand",  # 13
    "accept",  # 12
    "attack on",  # 12
    "lament",  # 12
    "put it",  # 12
    "quote",  # 12
    "reference",  # 12
    "say in an interview",  # 12
    "applaud",  # 11
    "ask for",  # 11
    "criticism",  # 11
    "encourage",  # 11
    "lay out",  # 11
    "question about",  # 11
    "see as",  # 11
    "supporter",  # 11
    "talk",  # 11
    "vote",  # 11
    "condemn",  # 10
    "convince",  # 10
    "disclose",  # 10
    "go on to say",  # 10
    "imply",  # 10
    "intend",  # 10
    "introduce",  # 10
    "joke",  # 10
    "make it clear",  # 10
    "project",  # 10
    "push for",  # 10
    "stress",  # 10
    "support for",  # 10
    "agree with",  # 9
    "comment on",  # 9
    "deliver",  # 9
    "fire",  # 9
    "issue",  # 9
    "on",  # 9
    "put",  # 9
    "recommend",  # 9
    "shout",  # 9
    "sound",  # 9
    "welcome",  # 9
    "willing",  # 9
    "advocate",  # 8
    "aim",  # 8
    "assail",  # 8
    "complaint",  # 8
    "credit",  # 8
    "critical of",  # 8
    "eager",  # 8
    "file",  # 8
    "have",  # 8
    "hire",  # 8
    "persuade",  # 8
    "provide",  # 8
    "say about",  # 8
    "signal",  # 8
    "title",  # 8
    "underscore",  # 8
    "vote against",  # 8
    "watch",  # 8
    "worry about",  # 8
    "caution",  # 7
    "celebrate",  # 7
    "chide",  # 7
    "congratulate",  # 7
    "cover",  # 7
    "document",  # 7
    "email",  # 7
    "enjoy",  # 7
    "expose",  # 7
    "go after",  # 7
    "hail",  # 7
    "hit",  # 7
    "invoke",  # 7
    "look for",  # 7
    "love",  # 7
    "opposition to",  # 7
    "publish",  # 7
    "raise",  # 7
    "represent",  # 7
    "rule",  # 7
    "speak of",  # 7
    "think about",  # 7
    "yell",  # 7
    "accuse of",  # 6
    "advocate for",  # 6
    "appoint",  # 6
    "approve",  # 6
    "attribute",  # 6
    "be",  # 6
    "bemoan",  # 6
    "block",  # 6
    "boast of",  # 6
    "by",  # 6
    "champion",  # 6
    "choose",  # 6
    "contend",  # 6
    "contrast",  # 6
    "criticism of",  # 6
    "debate",  # 6
    "demonstrate",  # 6
    "dispute",  # 6
    "envision",  # 6
    "from",  # 6
    "maintain",  # 6
    "need",  # 6
    "outline",  # 6
    "present",  # 6
    "prove",  # 6
    "realize",  # 6
    "rebuke",  # 6
    "recount",  # 6
    "retweete",  # 6
    "speak",  # 6
    "sure",  # 6
    "under",  # 6
    "use",  # 6
    "vouch for",  # 6
    "warn of",  # 6
    "write about",  # 6
    "adopt",  # 5
    "advice",  # 5
    "advise",  # 5
    "against",  # 5
    "agree on",  # 5
    "anger",  # 5
    "apologize for",  # 5
    "assume",  # 5
    "aware of",  # 5
    "ban",  # 5
    "believe in",  # 5
    "boast",  # 5
    "boo",  # 5
    "call out",  # 5
    "charge with",  # 5
)
# fmt: on
