"""The word lists and patterns the events stage reads, each with the comment that says what it is for.

Kept apart from the rules that use them so that the lists can be read and extended in one place;
this module imports nothing of the stage, so every other module of the package can import it.
"""

from __future__ import annotations

import re

from sitrep.nlp.attribution import REPORTING_VERBS

FUTURE_AUX = frozenset({"will", "would", "'ll", "shall", "going"})
# what can, could, may or might happen has not happened
POSSIBILITY_MODALS = frozenset({"can", "could", "may", "might", "ca"})
# "tried to" and "attempted to" are left out: an attempt is an act that happened
PLAN_VERBS = frozenset({"plan", "hope", "intend", "expect", "aim", "want", "prepare", "schedule", "set",
                        "propose", "seek", "agree", "promise", "pledge", "decide", "vow"})
THREAT_VERBS = frozenset({"warn", "threaten", "vow", "insist", "pledge", "promise", "say", "declare"})
HYPOTHETICAL = frozenset({"future", "possible", "potential", "repeat", "any", "further", "new", "every", "each"})
# "a mediation effort", "an evacuation operation": the first noun names the event
FRAME_NOUNS = frozenset({"effort", "mission", "process", "bid", "drive", "operation", "attempt", "plan", "campaign",
                         "initiative", "programme", "program", "talks", "deal", "agreement", "action",
                         "movement"})
CROWD_CONTROL = frozenset({"gas", "teargas", "tear", "cannon", "cannons", "rubber", "warning", "pellets"})
ASKING_VERBS = frozenset({"urge", "ask", "call", "demand", "press", "push", "appeal", "request", "encourage", "invite",
                          "pressure", "pressurize", "pressurise"})
SEALING_VERBS = frozenset({"reach", "sign", "conclude", "strike", "seal", "finalize", "finalise", "approve", "ratify",
                           "announce", "agree", "declare", "broker", "secure", "clinch", "accept", "endorse"})
ABSTRACT_OBJECTS = frozenset({"decision", "plan", "policy", "proposal", "ruling", "remark", "comment", "idea", "law",
                              "bill", "report", "claim", "record", "handling", "budget", "reform", "move", "stance",
                              "approach", "strategy", "statement", "verdict", "judgment", "judgement", "deal",
                              "agreement", "legislation", "decree", "measure", "tax", "plans", "government", "lie",
                              "word", "way", "pledge", "package", "speech", "attitude", "tactic", "failure",
                              "performance", "view", "patent", "scheme", "system", "manifesto", "campaign", "tactics",
                              "lies", "words", "pledges", "patents", "views", "comments", "remarks", "policies"})
# event nouns whose possessor undergoes the act: "her arrest", "the envoy's expulsion" (but "Russia's attack")
UNDERGONE_NOUNS = frozenset({"arrest", "detention", "release", "kidnapping", "abduction", "murder", "killing",
                             "execution", "assassination", "capture", "expulsion", "deportation", "extradition",
                             "imprisonment", "trial", "conviction", "dismissal", "sacking", "ouster", "removal",
                             "rescue", "evacuation", "impeachment", "beheading", "lynching", "disappearance"})
# verbs of speaking about an event: their subject speaks of it and did not do it ("declined to comment on the raid")
TALKING_VERBS = frozenset({"comment", "speak", "talk", "report", "respond", "react", "remark", "write", "tweet",
                           "post", "say", "tell", "explain", "brief", "testify", "reply", "confirm", "verify",
                           "investigate", "document", "recount", "witness", "film", "photograph"})
# who condemns an attack did not carry it out ("the ministry condemned the shelling")
CONDEMNING_VERBS = frozenset({"condemn", "denounce", "deplore", "decry", "slam", "criticise", "criticize", "blame"})
# verbs that take an event told before as their object without adding to it
MENTIONING_VERBS = frozenset({"undermine", "jeopardise", "jeopardize", "derail", "endanger", "welcome", "praise",
                              "hail", "criticise", "criticize", "follow", "monitor", "cover", "watch", "discuss",
                              "mention", "describe", "call", "label", "dismiss", "defend", "justify", "overshadow",
                              "complicate", "disrupt", "delay", "condemn", "denounce", "deplore", "decry", "slam",
                              "challenge", "investigate", "probe", "examine", "review", "contest", "question"})
# verbs whose subject undergoes what is done to "his"/"her" ("faced warrants for her arrest", "escaped his capture")
FACING_VERBS = frozenset({"have", "face", "avoid", "escape", "resist", "await", "fear", "evade", "survive"})
# what forecasters and officials warn "of" without threatening anyone
HAZARDS = frozenset({"weather", "fog", "mist", "rain", "rainfall", "snow", "ice", "frost", "heat", "cold", "flooding",
                     "delay", "delays", "disruption", "congestion", "risk", "risks", "danger", "dangers", "shortage",
                     "shortages", "outage", "outages", "gale", "gales", "thunderstorm", "thunderstorms", "temperature",
                     "temperatures", "loss", "losses", "surge", "spike", "rise"})
# nouns that a trigger word may modify without naming an event: "a protest vote", "the strike price"
MODIFIED_HEADS = frozenset({"vote", "votes", "voter", "voters", "price", "prices", "song", "songs"})
OWN_AGENT_NOUNS = frozenset({"threat", "warning", "demand", "request", "offer", "criticism", "appeal", "accusation"})
FIGURATIVE = frozenset({"battle", "fight", "combat", "tackle"})
# what one fights "against" in a campaign, not in combat: "the fight against the high cost of living"
SOCIAL_ILLS = frozenset({"cost", "costs", "price", "prices", "poverty", "corruption", "inflation", "unemployment",
                         "hunger", "disease", "malaria", "impunity", "injustice", "inequality", "discrimination",
                         "racism", "illiteracy", "fraud", "pollution", "climate", "drought", "desertification",
                         "epidemic", "pandemic", "virus", "austerity", "misery", "exclusion", "trafficking",
                         "drugs", "doping", "crime", "obesity", "cancer", "aids", "hiv", "smoking", "drinking",
                         "piracy", "spam", "addiction", "illness", "debt", "waste", "bureaucracy", "homelessness",
                         "truancy", "sexism", "dementia", "tuberculosis", "cholera", "polio"})
# subjects that harm without intent: disasters, accidents, machinery, measures
NON_AGENTS = frozenset({"earthquake", "quake", "flood", "storm", "fire", "blaze", "wildfire", "landslide", "mudslide",
                        "accident", "crash", "collision", "tsunami", "cyclone", "hurricane", "typhoon", "tornado",
                        "lightning", "avalanche", "heatwave", "disease", "outbreak", "virus", "epidemic", "tank",
                        "cylinder", "boiler", "pipeline", "building", "bridge", "wall", "roof", "rain", "rains",
                        "action", "measure", "sanction", "policy", "tariff", "rule", "law", "legislation", "drought",
                        "eruption", "volcano", "snowstorm", "blizzard", "wind", "winds", "wave", "waves",
                        "price", "cost", "fee", "tax", "economy", "inflation", "recession", "slump", "downturn",
                        "crisis", "rate", "currency", "shortage", "competition", "demand", "debt", "deficit",
                        "dam", "levee", "reservoir", "famine", "starvation", "hunger", "heat", "cold"})
# verbs whose subject acts against the event named as their object ("police broke up the march")
REPRESSING_VERBS = frozenset({"suppress", "quell", "disperse", "crush", "repress", "ban", "prevent", "forbid",
                              "prohibit", "storm", "raid", "stifle"})
# aerial words that name no aircraft
NOT_AIRCRAFT = frozenset({"air", "airstrike", "airstrikes"})
# words that tell of a disaster or an accident; with no weapon or attack named, its dead were killed by no one
ACCIDENT_WORDS = frozenset({"tree", "trees", "fall", "electrocute", "electrocution", "drown",
                            "earthquake", "quake", "tremor", "flood", "floods", "landslide", "mudslide", "accident",
                            "crash", "collision", "tsunami", "cyclone", "hurricane", "typhoon", "tornado", "lightning",
                            "avalanche", "storm", "downpour", "leak", "derail", "capsize", "plunge", "collapse",
                            "stampede", "disaster", "eruption", "heatwave", "drought", "epidemic", "outbreak",
                            "boiler", "furnace", "cylinder", "fireworks", "refinery", "reactor"})
HOSTILE_WORDS = frozenset({"attack", "attacker", "gunman", "gunmen", "militant", "rebel", "terrorist", "assailant",
                           "soldier", "troops", "police", "raid", "ambush", "shoot", "shot", "bomb", "bombing"})
# where a protest says what it is against: "against X", "over X's decision", "during demonstrations against X"
PURPOSE_PREPS = frozenset({"against", "over", "in", "during"})
# nouns whose "that" clause is the act asked for
DEMAND_NOUNS = frozenset({"demand", "call", "request", "appeal", "ultimatum", "plea", "insistence", "proposal"})
# verbs that end a protest by its own side's decision
CALL_OFF_VERBS = frozenset({"call", "suspend", "end", "cancel", "halt", "postpone", "abandon"})
OFFICIAL_SECTORS = frozenset({"GOV", "IGO", "NGO"})
# capture verbs: with ground as their object, a territorial assault
CAPTURE_LEMMAS = frozenset({"capture", "seize", "retake", "retook", "recapture", "take control", "occupy", "overrun",
                            "take", "wrest", "regain", "liberate", "seize control", "dislodge", "drive", "flush",
                            "clear", "push", "establish control", "oust", "expel"})
GROUND_NOUNS = frozenset({"village", "town", "city", "district", "territory", "area", "region", "province", "position",
                          "base", "stronghold", "hill", "airport", "outpost", "settlement", "neighbourhood",
                          "neighborhood", "suburb", "port", "crossing", "county", "enclave", "garrison", "camp",
                          "hilltop", "ridge", "valley", "island", "capital", "headquarters", "barracks", "checkpoint"})
# what is said of a work stoppage and not of a military strike
STOPPAGE_WORDS = frozenset({"general", "indefinite", "nationwide", "sit-down", "warning", "wildcat", "labour", "labor",
                            "hunger", "rolling", "national"})
# what a union or party calls its people out to do ("called on members to boycott the vote")
CALLED_ACTIONS = frozenset({"strike", "boycott", "protest", "march", "rally", "demonstrate", "picket"})
#: Stoppages and protests named as the subject of what they disrupt ("the walkout cut gas exports").
STOPPAGE_SUBJECTS = frozenset({"walkout", "stoppage", "blockade", "protest", "demonstration", "sit-in", "boycott",
                               "go-slow", "shutdown", "occupation", "picket"})
#: What a stoppage does to what it stops: "shut down the airport", "halted flights", "paralysed transport".
DISRUPTING_VERBS = frozenset({"shut", "halt", "paralyse", "paralyze", "close", "disrupt", "ground", "strand", "cripple",
                              "cut", "stop", "suspend", "block", "idle"})
STOPPAGE_VERBS = frozenset({"announce", "call", "declare", "stage", "begin", "suspend", "go", "join", "embark",
                            "observe", "threaten", "hold", "continue", "end", "call off"})
# where an event's aim is written when no actor is its object
OBJECT_DEPS = frozenset({"dobj", "prep", "xcomp", "dative", "attr", "pobj"})
OBJECT_PREPS = frozenset({"in", "to", "into", "from", "against", "on", "at", "toward", "towards", "with", "over"})
# measures a state takes at home and threats of them: with no one named, their target is the country
DOMESTIC_TYPES = frozenset({"CONCEDE", "COERCE", "REJECT", "THREATEN"})
# who gathers or chants in protest: civilians, activists, workers, students, the faithful, party members
CROWD_SECTORS = frozenset({"OPP", "LAB", "CVL", "EDU", "HLH", "REL", "PTY", "REF"})
# "fought each other", "fought one another": the fighters are the subjects, not an abstract object
RECIPROCALS = frozenset({"other", "another"})
# a military hold on a place: lifting it ends active conflict, a material retreat, not a paper concession
SIEGE_WORDS = frozenset({"blockade", "siege", "encirclement"})
# what is let in when access is allowed (PLOVER RETREAT "access")
ACCESS_WORDS = frozenset({"access", "delivery", "deliveries", "entry", "observer", "observers", "inspector",
                          "inspectors", "monitor", "monitors", "peacekeeper", "peacekeepers", "aid", "convoy",
                          "convoys"})
# relief goods: handing them over is aid, not the return of something taken (PLOVER AID)
AID_GOODS = frozenset({"aid", "medicine", "medicines", "food", "supplies", "relief", "donation", "vaccine", "tent",
                       "blanket", "grain", "flour", "rice", "water", "assistance", "drug", "equipment", "fuel"})
#: What a side "allows" when it gives ground: people, goods or acts it had kept out or stopped ("allowed the
#: convoy to cross", "will allow a referendum", "allowed the engineers access", "allow food to reach them").
ALLOWED_THINGS = ACCESS_WORDS | AID_GOODS | frozenset({
    "passage", "transit", "visit", "return", "evacuation", "crossing", "flight", "ship", "truck", "journalist",
    "release", "dialogue", "referendum", "vote", "election", "talk", "negotiation", "repatriation", "export",
    "import", "resumption", "reopening", "investigator", "investigation", "worker", "refugee", "migrant",
    "opposition", "enter", "cross", "pass", "reopen", "resume", "leave", "land", "dock", "deliver", "travel",
    "operate", "inspect", "monitor", "protest", "rally", "march", "gather", "campaign", "fly", "sail"})
#: Points where forces stop and search: setting them up holds people's movement (PLOVER COERCE), not a deployment.
CONTROL_POINTS = frozenset({"checkpoint", "checkpoints", "roadblock", "roadblocks", "cordon", "barrier", "barriers"})
#: What crowds put up to block a road or hold a square: the protest's own obstruction (PLOVER PROTEST).
STREET_BLOCKS = frozenset({"barricade", "barricades", "roadblock", "roadblocks", "camp", "camps", "blockade",
                           "barrier", "barriers", "tent", "tents"})
#: The sectors of a state's armed and security forces.
FORCE_SECTORS = frozenset({"MIL", "COP", "SPY", "GOV"})
#: Whom police may move out of harm's way rather than move on: "were moved to the capital" is no operation.
PEOPLE_MOVED = frozenset({"staff", "patient", "patients", "body", "bodies", "family", "families", "resident",
                          "residents", "detainee", "detainees", "prisoner", "prisoners"})
#: What makes a patrol or an exercise two sides' own: "joint patrols", "coordinated naval patrols".
JOINT_WORDS = frozenset({"joint", "coordinated", "combined", "bilateral", "trilateral"})
#: What an envoy is handed at a summons: the note of protest is the summons's own act, not a handover.
DIPLOMATIC_NOTES = frozenset({"protest", "protests", "note", "notes", "letter", "decision", "complaint", "demarche",
                              "démarche", "message", "invitation", "memorandum"})
#: Information a side hands over: sharing it is cooperation (PLOVER COOPERATE), not giving ground.
RECORDS = frozenset({"map", "maps", "record", "records", "document", "documents", "evidence", "material",
                     "materials", "data", "file", "files", "information", "intelligence", "footage", "list", "lists"})
# people carried out of danger: PLOVER codes rescues as AID (an army evacuating a town retreats)
RESCUED = frozenset({"wounded", "injured", "sick", "casualty", "casualties", "civilian", "civilians", "survivor",
                     "child", "children", "refugee", "refugees", "patient", "patients", "nationals", "citizens",
                     "expatriates", "foreigners", "tourists", "evacuees"})
#: Whom an evacuation takes to safety: people moved out of harm's way are helped (PLOVER AID), where troops
#: evacuating a base or a town pull back (RETREAT).
EVACUEES = RESCUED | frozenset({"people", "resident", "residents", "family", "families", "villager", "villagers",
                                "inhabitants", "household", "households", "pupil", "pupils", "student", "students",
                                "passenger", "passengers", "worker", "workers", "staff", "person", "persons"})
# what one "meets" when one gives in rather than gets together
TERMS_NOUNS = frozenset({"demand", "condition", "requirement", "term", "ultimatum", "request", "claim", "grievance"})
# verbs that report what someone must do: the reporting verbs and those that restate or sum up
# (not verbs of opinion: "some people think women should stay home" demands nothing of anyone)
OBLIGATION_TELLERS = (REPORTING_VERBS - {"believe", "think", "hope", "estimate", "predict", "suggest"}) | {
    "reiterate", "repeat", "conclude", "underline", "remind"}
OBLIGATION_MODALS = frozenset({"must", "should", "ought"})
DIRECTIVE_TYPES = frozenset({"REQUEST", "ACCUSE", "THREATEN", "REJECT", "SUPPORT"})
# PLOVER codes a promise of cooperation ("will provide aid", "offered to release") as AGREE
PROMISABLE = frozenset({"SUPPORT", "AID", "COOPERATE"})
PROMISE_HEADS = frozenset({"offer", "promise", "pledge", "agree", "ready", "willing", "prepared", "vow", "commit"})
# acts that fall on the place where they happen ("lifted a curfew in X", "aid delivered in X"); talk
# (requests, rejections, support) happens at venues, which say nothing about who it is aimed at
PLACE_TARGET_TYPES = frozenset({"CONCEDE", "AID", "ACCUSE", "RETREAT", "SANCTION", "MOBILIZE"})
DOMESTIC_MODES = frozenset({"martial", "curfew", "censor"})
COERCIVE = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE"})
LOCATION_PREPS = frozenset({"in", "at", "near", "outside", "inside", "across", "around", "into", "on"})
# talk happens at a venue that says nothing about whom it is aimed at ("talks in Geneva")
TALK_TYPES = frozenset({"AGREE", "REJECT", "REQUEST", "SUPPORT", "CONSULT", "COOPERATE"})
VENUE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "around", "across"})
#: Words for the public at large as the one a warning falls on ("anyone who joins the march will be arrested").
WHOEVER = frozenset({"anyone", "anybody", "whoever", "those", "everyone", "everybody", "offenders", "violators"})
#: Prepositions that name an event as the occasion of another ("agreed after talks", "said during the visit").
OCCASION_PREPS = frozenset({"after", "during", "following", "amid", "since"})
TARGET_PREPS = frozenset({"against", "on", "with", "to", "at", "into", "upon", "toward", "towards"})
ANAPHORIC_OBJECTS = frozenset({"plan", "proposal", "offer", "deal", "declaration", "move", "step", "idea",
                               "agreement", "initiative", "demand", "request", "call", "statement", "claim",
                               "ruling", "verdict", "decision", "judgment", "judgement", "sentence",
                               # acts told before by name: "welcomed the releases", "condemned the arrests"
                               "release", "pardon", "handover", "exchange", "swap", "expulsion", "arrest",
                               "detention", "sanction", "withdrawal", "ceasefire", "truce"})
LIGHT_VERBS = frozenset({"hold", "have", "begin", "start", "launch", "conduct", "carry", "stage", "sign", "reach",
                         "make", "give", "issue", "announce", "resume", "open", "end", "join", "voice",
                         "express", "impose", "declare", "arrive", "come", "prepare", "go", "attend", "repeat",
                         "reiterate", "renew", "restate", "press", "lodge", "file", "deliver", "send"})


# irregular past forms the small model tags as present or leaves unlemmatised ("armed men stole cattle")
IRREGULAR_FORMS = {"stole": "steal", "stolen": "steal", "shot": "shoot", "burnt": "burn", "fought": "fight",
                   "struck": "strike", "beaten": "beat", "threw": "throw", "thrown": "throw", "slew": "slay"}
# subjects that name people by what they are or do, beyond the actor lexicon's roles
PEOPLE_NOUNS = frozenset({"actor", "individual", "local", "youth", "unknown", "someone", "somebody", "they", "he",
                          "she", "member", "crowd", "mob", "group", "gang", "people", "person", "man", "men",
                          "vandal", "thug", "hooligan", "culprit", "youths"})
# "set tyres on fire", "set the house ablaze": what was set burns
IGNITION_WORDS = frozenset({"ablaze", "alight", "afire"})


CLAUSE_BREAKS = frozenset({"conj", "cc", "advcl", "parataxis", "relcl", "appos", "npadvmod"})

# "evacuated its citizens after days of protests": an event named in such an adjunct is the
# background of the clause, and the clause's subject did not do it
BACKGROUND_PREPS = frozenset({"after", "before", "following", "amid", "despite", "since"})
OFFICE_OBJECTS = frozenset({"presidency", "chairmanship", "chair", "leadership", "helm", "office", "post", "role",
                            "portfolio", "premiership", "captaincy", "management", "running", "reins"})
CIRCUMSTANCES = frozenset({"situation", "condition", "circumstance", "time", "weather", "security", "law", "rule",
                           "budget", "space", "schedule"})
PRIZE_OBJECTS = frozenset({"opportunity", "chance", "moment", "initiative", "momentum", "occasion", "title",
                           "titles", "medal", "medals", "crown", "championship", "gold", "silver", "bronze",
                           "trophy", "cup", "seat", "seats", "vote", "votes", "imagination", "attention", "market",
                           "share", "lead", "record", "pole", "victory", "win", "headlines", "award", "prize"})
# what one defends of one's own ("defend its sovereignty"): a position taken, not support given to anyone
OWN_CAUSES = frozenset({"sovereignty", "territory", "borders", "border", "interests", "interest", "rights", "decision",
                        "record", "position", "policy", "policies", "actions", "action", "move", "integrity",
                        "independence", "homeland", "country", "nation", "honour", "honor", "reputation", "stance"})
# ground, posts and power a "take over" seizes
TAKEN_GROUND = frozenset({"town", "city", "village", "area", "region", "province", "district", "territory", "base",
                          "bases", "airport", "port", "border", "crossing", "building", "parliament", "palace", "camp",
                          "control", "power", "government", "country", "capital", "headquarters", "station", "mine",
                          "oilfield", "field", "compound", "checkpoint", "positions", "position", "state", "zone"})
# what an offer of PLOVER's AGREE is of
OFFER_TERMS = frozenset({"talks", "negotiation", "negotiations", "dialogue", "ceasefire", "truce", "peace", "deal",
                         "agreement", "concession", "concessions", "aid", "help", "assistance", "support", "asylum",
                         "amnesty", "resignation", "condolence", "condolences", "mediation", "compensation",
                         "protection", "guarantee", "guarantees", "security", "cooperation", "troops", "refuge",
                         "shelter", "exchange", "swap", "plan", "proposal", "terms", "olive", "apology", "pardon",
                         "immunity", "loan", "loans", "reward", "bounty", "money", "funds", "solution", "compromise",
                         "settlement", "referendum", "election", "elections", "access", "passage", "evacuation"})
# nouns whose modifier says what kind they are: "control measures", "a control room"
KIND_HEADS = frozenset({"measure", "mechanism", "system", "room", "tower", "panel", "centre", "center", "point",
                        "zone", "unit", "board", "group", "software", "equipment", "device", "technique"})
# sectors of people who are not themselves armed
UNARMED_SECTORS = frozenset({"CVL", "REF", "EDU", "HLH", "JRN", "REL", "LAB", "NGO", "MED", "BUS"})
# places where something happens, never whom it is done to ("wounded five at a market square in the city")
VENUES = frozenset({"square", "market", "marketplace", "street", "road", "city", "town", "village", "area",
                    "district", "neighbourhood", "neighborhood", "scene", "site", "station", "stadium", "park",
                    "mall", "festival", "concert", "rally", "venue", "border", "crossing", "checkpoint", "camp"})
# "individuals wrongfully detained in X", "hostages held by the group": participles of holding someone
HELD_VERBS = frozenset({"detain", "hold", "imprison", "jail", "abduct", "kidnap", "capture", "incarcerate"})
# what one occupies without seizing it
ROLES_HELD = frozenset({"space", "position", "place", "niche", "role", "seat", "seats", "post", "office", "time",
                        "mind", "minds", "attention", "spot", "slot", "stage", "centre", "center"})
# what is fought in court or at the ballot box
LEGAL_OBJECTS = frozenset({"charge", "charges", "case", "allegation", "allegations", "accusation", "accusations",
                           "ruling", "decision", "verdict", "lawsuit", "extradition", "deportation", "conviction",
                           "sentence", "indictment", "result", "results", "order", "ban", "claim", "claims", "bill"})
# where a clash is one of words
VERBAL_ARENAS = frozenset({"commons", "parliamentary", "verbal", "televised", "tv", "television", "debate",
                           "studio", "courtroom", "twitter", "online", "radio", "boardroom", "cabinet", "senate",
                           "congressional"})
# what is handed over without giving up ground, power or people
HANDED_THINGS = frozenset({"money", "cash", "funds", "cheque", "check", "donation", "donations", "proceeds", "sum",
                           "award", "prize", "letter", "petition", "report", "document", "documents", "dossier",
                           "evidence", "list", "file", "files", "data", "footage", "recording", "gift", "gifts"})
REFLEXIVES = frozenset({"myself", "yourself", "himself", "herself", "itself", "ourselves", "yourselves",
                        "themselves"})
# what is won in a contest
TROPHIES = frozenset({"title", "titles", "medal", "medals", "crown", "championship", "gold", "silver", "bronze",
                      "trophy", "cup", "award", "awards", "prize", "prizes", "victory", "win", "belt", "pennant"})
# whom a campaign or a seller aims at
CUSTOMERS = frozenset({"seat", "seats", "vote", "votes", "voter", "voters", "constituency", "constituencies",
                       "marginal", "marginals", "customer", "customers", "consumer", "consumers", "audience",
                       "audiences", "buyer", "buyers", "user", "users", "market", "markets", "reader", "readers",
                       "viewer", "viewers", "shopper", "shoppers"})
# what a currency, an index or a product "hits": a level or a place in the market, not a victim
MILESTONES = frozenset({"high", "low", "highs", "lows", "record", "peak", "headlines", "shelves", "screens", "heights",
                        "jackpot", "milestone", "airwaves", "charts", "chart", "note"})
# what is damaged or hit without a blow: "could damage investor confidence", "hit the firm's profits"
INTANGIBLES = frozenset({"confidence", "reputation", "relations", "relationship", "ties", "growth", "prospects",
                         "credibility", "trust", "morale", "image", "chances", "hopes", "profits", "profit",
                         "earnings", "sales", "revenue", "revenues", "shares", "economy", "demand", "spending",
                         "investment", "exports", "margins", "ratings", "popularity", "brand", "interests",
                         "competitiveness", "recovery", "sentiment", "finances", "budget", "income", "output"})
# where a "battle" or "fight" is fought when no one is hurt
CIVIL_ARENAS = frozenset({"legal", "court", "courtroom", "bankruptcy", "takeover", "boardroom", "price", "pricing",
                          "ratings", "custody", "libel", "copyright", "patent", "bidding", "bid", "leadership",
                          "election", "electoral", "political", "uphill", "tax", "budget", "extradition",
                          "sales", "marketing", "advertising", "trade", "title", "relegation", "promotion"})
# verbs of violence that sports and prize reporting use for competing
CONTEST_VERBS = frozenset({"beat", "battle", "fight", "hit", "target", "attack", "strike", "shoot", "crush", "thrash",
                           "hammer", "clash", "injure", "storm", "overrun", "destroy", "damage", "kill", "offensive",
                           "tackle", "ambush", "charge", "down", "rout", "assault", "raid", "smash", "steal", "take",
                           "occupy", "seize", "capture", "grab", "withdraw", "pull", "pull out", "take over"})
# words that make a document a sports or prize report: several of them, with no violence in the sentence
CONTEST_WORDS = frozenset({"race", "match", "final", "finals", "semi-final", "quarter-final", "champion", "champions",
                           "championship", "championships", "tournament", "league", "goal", "goals", "medal", "medals",
                           "olympic", "olympics", "marathon", "squad", "striker", "goalkeeper", "referee", "cup",
                           "trophy", "athlete", "athletes", "athletics", "fixture", "innings", "wicket", "scrum",
                           "slam", "seeded", "lap", "podium", "sprint", "sprinter", "relay", "hurdles", "award",
                           "awards", "prize", "nominee", "nominated", "nomination", "oscar", "oscars", "bafta",
                           "grammy", "actress", "premiership", "rugby", "football", "tennis", "cricket", "golf",
                           "boxing", "uefa", "fifa", "iaaf", "midfielder", "winger", "half-time", "scored", "title",
                           "titles", "album", "singer", "chart", "charts", "novel", "film", "box-office",
                           "semi-finals", "quarter-finals", "qualifying", "qualifier", "seed", "seeds", "unseeded",
                           "fans", "victory", "defeat", "win", "wins", "draw", "points", "scorer", "kick-off",
                           "penalty", "manager", "coach", "game", "games", "player", "players", "team", "teams",
                           "club", "clubs", "season", "hamstring"})
SCORE = re.compile(r"(?<![\d-])\d{1,2}-\d{1,2}(?![\d-])")  # "6-3", "1-1": a game's score
WORDS = re.compile(r"[a-z]+(?:-[a-z]+)*")
# the sentence speaks of violence or of armed men, whatever the document is about
VIOLENCE_WORDS = frozenset({"gunman", "gunmen", "militant", "militants", "rebel", "rebels", "terrorist", "terrorists",
                            "soldier", "soldiers", "troops", "police", "policeman", "policemen", "bomb", "bombs",
                            "bomber", "explosion", "grenade", "killed", "dead", "wounded", "died", "murder",
                            "murdered", "hostage", "hostages", "riot", "rioters", "looting", "stabbed", "knife",
                            "gun", "guns", "shooting", "attacker", "attackers", "assailant", "assailants", "war",
                            "hooligans", "hooligan", "thugs", "mob", "victim", "victims", "hospital"})
# what sellers, broadcasters and schools offer
ON_SALE = frozenset({"service", "services", "product", "products", "course", "courses", "price", "prices", "discount",
                     "discounts", "subscription", "subscriptions", "broadband", "download", "downloads", "phone",
                     "phones", "handset", "handsets", "model", "models", "version", "software", "content",
                     "programme", "programmes", "show", "shows", "hope", "glimpse", "insight", "advice", "tips",
                     "skills", "choice", "choices", "features", "feature", "savings", "rates", "returns", "value",
                     "entertainment", "audiences", "audience", "moments", "experience"})
# what is released or freed when it is published or put on sale, not set free
PUBLISHED_THINGS = frozenset({"report", "reports", "details", "detail", "figure", "figures", "data", "statement",
                              "result", "results", "version", "film", "album", "single", "record", "book", "game",
                              "product", "software", "tool", "patch", "update", "bulletin", "document", "documents",
                              "list", "findings", "video", "footage", "image", "images", "picture", "pictures",
                              "photo", "photos", "photograph", "photographs", "recording", "videos",
                              "statistics", "information", "transcript", "accounts", "earnings",
                              "profits", "chip", "console", "model", "movie", "dvd", "track", "song", "edition",
                              "memo", "letter", "letters", "e-mail", "e-mails", "email", "emails", "output", "study",
                              "survey", "poll", "forecast", "guidance", "tape", "tapes", "recordings",
                              "name", "names", "text", "draft", "paper", "papers", "evidence", "file", "files"})
# verbs of being, knowing and feeling: "X should know", "Y must be ashamed" ask for no act
STATES = frozenset({"be", "know", "have", "understand", "realise", "realize", "recognise", "recognize", "remember",
                    "feel", "think", "believe", "seem", "look", "sound", "appear", "expect", "hope", "want", "need",
                    "like", "love", "worry", "care", "wonder", "doubt"})
QUESTION_VERBS = frozenset({"ask", "wonder", "question", "know", "see", "decide", "consider", "doubt", "check",
                            "investigate", "examine", "determine", "debate", "query", "enquire", "inquire"})
QUESTION_WORDS = frozenset({"whether", "if", "why", "how", "what", "when", "where", "who", "which"})
MENTION_VERBS = frozenset({"describe", "discuss", "mention", "debate", "dub", "label", "explain", "review", "consider",
                           "study", "define"})
EASING_VERBS = frozenset({"lift", "ease", "end", "remove", "scrap", "relax", "suspend", "drop", "loosen", "waive"})
CEASEFIRE_BREAKING = frozenset({"break", "violate", "breach"})

AVERT_VERBS = frozenset({"prevent", "avoid", "deter", "stop", "avert", "forestall", "halt", "end", "fear"})

PREVENTION_VERBS = frozenset({"stop", "prevent", "bar", "keep", "deter", "block", "prohibit", "ban", "restrain",
                              "discourage", "dissuade", "refrain", "stave"})

# participles that tell what an act did ("..., killing 40", "leaving 12 dead")
RESULT_VERBS = frozenset({"kill", "wound", "injure", "leave", "destroy", "damage", "cause", "force", "displace"})
RETALIATION_VERBS = frozenset({"respond", "retaliate", "avenge", "punish", "answer", "react", "reply"})

PERMIT_VERBS = frozenset({"allow", "permit", "tolerate", "let"})
#: What a side "cannot" do that is still its answer to a proposal: "cannot accept", "cannot allow".
ANSWERING_VERBS = PERMIT_VERBS | {"accept", "agree", "approve", "sign", "recognise", "recognize", "support"}

CLIMB_DEPS = frozenset({"xcomp", "conj", "advcl", "ccomp", "pcomp", "csubj", "acomp"})
# verbs of telling: their clausal complement has a subject of its own, never the teller
SPEECH_VERBS = frozenset({"say", "tell", "add", "write", "post", "tweet", "report", "state", "explain", "note",
                          "recount", "describe", "confirm", "deny"})
# "urged him to halt", "asked X to withdraw", "forced them to leave": the object does what the infinitive says
# (not "ordered X to suspend", "forced X to leave": what the ordered do is the orderer's coercion)
OBJECT_CONTROL_VERBS = frozenset({"urge", "ask", "call", "press", "implore", "encourage", "tell", "persuade", "invite",
                                  "request", "beg", "warn", "advise", "pressure", "push", "prompt", "force", "compel",
                                  "oblige", "order"})

PATHOGENS = frozenset({"outbreak", "strain", "flu", "influenza", "bacteria", "bacterium", "infection", "pathogen",
                       "h5n1", "h1n1", "h7n9", "ebola", "cholera", "measles", "coronavirus", "covid-19", "covid",
                       "e. coli", "salmonella", "listeria", "anthrax", "plague", "malaria", "dengue"})
# whom officials advise rather than threaten
THE_PUBLIC = frozenset({"people", "residents", "public", "citizens", "travellers", "travelers", "tourists",
                        "consumers", "parents", "motorists", "drivers", "passengers", "visitors", "users", "customers",
                        "farmers", "patients", "shoppers", "swimmers", "homeowners"})
CULLED = frozenset({"bird", "birds", "poultry", "chicken", "chickens", "duck", "ducks", "goose", "geese", "flock",
                    "flocks", "pig", "pigs", "hen", "hens", "turkeys", "fowl"})


BLAZES = frozenset({"blaze", "fire", "fires", "flames", "wildfire", "wildfires", "inferno", "bushfire", "cancer",
                    "illness", "injury", "injuries", "odds", "elements", "weather", "tears", "fatigue", "nerves"})

#: Nouns of an act's coming back or going on, which take their mood from their own modifiers.
RETURN_NOUNS = frozenset({"return", "resumption", "reimposition", "renewal", "escalation", "repeat", "recurrence",
                          "extension", "expansion", "outbreak"})
#: Verbs that say only when an act starts, goes on or stops, so their mood and tense are the act's.
ASPECT_VERBS = frozenset({"keep", "continue", "start", "begin", "resume", "stop", "cease", "go"})
#: Verbs that set an act going or keep it going ("would begin distributing", "is preparing to send").
STARTING_VERBS = (ASPECT_VERBS - {"stop", "cease", "go"}) | {"prepare"}
PROTEST_VERBS = frozenset({"gather", "rally", "march", "protest", "demonstrate", "assemble", "converge", "strike"})
BODY_PARTS = frozenset({"eye", "skin", "throat", "lung", "face", "nose", "hand", "foot", "leg", "arm"})
#: Verbs of a third party working a truce out between others.
BROKERING = frozenset({"broker", "mediate", "negotiate", "facilitate"})
#: What a third side offers to do for two others: "offered to mediate", "offered to host talks".
GOOD_OFFICES = frozenset({"mediate", "host", "convene", "facilitate", "broker"})
ATTACK_NOUNS = frozenset({"strike", "attack", "shell", "shelling", "bombardment", "barrage", "explosion", "blast",
                          "airstrike", "raid"})
#: Verbs that only carry an attack noun: "launched an attack", "carried out strikes".
CARRIER_VERBS = frozenset({"launch", "carry", "conduct", "stage", "mount", "unleash", "begin", "start"})
#: What air defences shoot down.
FLYING_WEAPONS = frozenset({"drone", "drones", "missile", "missiles", "rocket", "rockets", "projectile", "projectiles",
                            "aircraft", "jet", "jets", "helicopter", "helicopters", "plane", "planes", "shahed",
                            "shaheds", "uav", "uavs"})
#: Weapons that go off where they were left or fired from afar: "a bomb killed nine" names no one who set it.
BLAST_WEAPONS = frozenset({"bomb", "bombs", "device", "devices", "explosive", "explosives", "ied", "ieds", "grenade",
                           "grenades", "shell", "shells", "mortar", "mortars", "gunfire", "bullet", "bullets"})
#: Words of a country's energy and utility systems: "an attack on the energy system" is a strike on it.
GRID_WORDS = frozenset({"energy", "power", "electricity", "grid", "water", "heating", "gas", "rail", "transport",
                        "defence", "defense", "air-defense", "missile", "military"})
#: What a trade measure hits: "target exports", "hit imports".
TRADED = frozenset({"export", "import", "good", "product", "produce", "company", "firm", "industry", "sector",
                    "asset", "bank", "investment", "brand", "shipment", "car", "vehicle", "carmaker", "automaker"})
#: What a mobilising side moves: its own forces, never the one it moves against.
OWN_FORCES = frozenset({"troop", "troops", "soldier", "forces", "force", "unit", "reinforcement", "warship", "ship",
                        "jet", "tank", "brigade", "battalion", "personnel", "paratrooper", "marine", "police",
                        "officer", "army", "division", "fighter", "militiaman", "vessel", "aircraft", "missile",
                        "gendarme", "commando", "peacekeeper", "guard", "policeman"})
VESSEL_WORDS = frozenset({"ship", "vessel", "boat", "frigate", "destroyer", "submarine", "warship", "cutter",
                          "gunboat", "jet", "plane", "aircraft", "helicopter", "drone"})
#: What a condemnation or a rejection of "the move" can be aimed at: an act done to others.
HOSTILE_ACTS = frozenset({"ASSAULT", "COERCE", "SANCTION", "THREATEN", "MOBILIZE"})
#: Nouns that refer back to whatever act was reported last: "condemned the move".
GENERIC_ACT_NOUNS = frozenset({"move", "decision", "step", "measure", "action", "announcement"})

ACCUSING_VERBS = frozenset({"accuse", "charge", "convict", "suspect", "indict", "blame"})

#: What a court or judge hands down: "welcomed the ruling" is aimed at whoever ruled.
#: What a coast guard or police force drives away, unlike the diplomats a state expels as a sanction.
EXPELLED_CRAFT = frozenset({"boat", "boats", "vessel", "vessels", "ship", "ships", "trawler", "trawlers",
                            "fishermen", "miners", "migrants", "squatters", "settlers", "herders"})
#: What captives are forced into: "forced the teachers into two cars" (not "forced into a runoff").
CAPTIVES_CARRIED = frozenset({"car", "vehicle", "van", "truck", "pickup", "boat", "minibus", "bus", "jeep", "suv"})
#: Verbs that end or cut what they govern: "cut diplomatic relations" is no show of support.
SEVERING_VERBS = frozenset({"cut", "sever", "break", "suspend", "freeze", "downgrade", "reduce", "end", "halt"})
#: What a court orders a suspect kept ("ordered him held for two months", "ordered them kept in custody").
CUSTODY_PARTICIPLES = frozenset({"hold", "keep", "remand", "jail", "imprison", "confine"})
#: The penalties one "faces" when charged ("faces up to 15 years in prison", "could face life in jail").
PRISON_TERMS = frozenset({"year", "years", "month", "months", "life", "term", "sentence", "penalty"})
PRISON_WORDS = frozenset({"prison", "jail", "gaol", "imprisonment", "custody"})
#: The bodies that bring a case or hold a suspect, by the words of their names.
JUSTICE_BODIES = frozenset({"court", "prosecutor", "prosecutors", "prosecution", "police", "judge", "tribunal"})
#: The words naming a court or a judge ("appear before a magistrate", "the court ordered").
COURT_WORDS = frozenset({"court", "courts", "magistrate", "magistrates", "judge", "judges", "tribunal", "tribunals"})
#: The spans of a deadline to go ("given 72 hours to leave").
DEADLINE_UNITS = frozenset({"hour", "hours", "day", "days", "week", "weeks"})
#: What an entry ban forbids ("barred them from entering", "banned from travelling to").
ENTRY_VERBS = frozenset({"enter", "travel", "visit", "land"})
RULING_NOUNS = frozenset({"ruling", "verdict", "judgment", "judgement", "sentence", "sentencing", "acquittal"})
#: Subordinators of clauses that set a scene rather than say what an act is for.
SCENE_MARKS = frozenset({"as", "while", "when", "whilst", "after", "before", "since", "although", "though",
                         "because", "until", "whereas"})
#: Verbs of a unit on the move: "patrols moved into the village" is a deployment.
MOVEMENT_VERBS = frozenset({"move", "enter", "arrive", "advance", "deploy", "patrol", "roam", "cross", "sweep"})
#: What a crowd gathers for when its gathering is a protest.
PROTEST_PURPOSES = frozenset({"protest", "demand", "demonstrate", "denounce", "oppose", "condemn", "call", "press",
                              "express", "show", "voice", "mourn", "commemorate", "mark", "support", "reject",
                              "urge", "chant", "march", "rally", "block"})
#: Meetings one is invited to; the meeting noun carries the event.
MEETING_NOUNS = frozenset({"talk", "talks", "meeting", "summit", "negotiation", "negotiations", "consultation",
                           "consultations", "conference", "dialogue", "round"})
#: What is offered or expressed in sympathy: SUPPORT, not an offer or a complaint.
SYMPATHY_NOUNS = frozenset({"condolence", "condolences", "sympathy", "sympathies", "solidarity", "support"})
#: Acts only a state does, which an official reporting them without an agent speaks for: "two suspects were
#: detained", a governor said; "the envoy was summoned", the ministry's spokesman said.
STATE_ACTS = frozenset({"summon", "expel", "detain", "arrest", "deport", "jail", "imprison", "extradite", "dismiss",
                        "sack"})
#: Verbs that deliver a formal complaint: "lodge a protest" is an accusation, not a demonstration.
LODGING_VERBS = frozenset({"lodge", "file", "register", "issue", "deliver", "convey", "submit", "hand"})
#: Nouns of a stand taken or a matter weighed: an event noun they are "on" or "about" is a topic, not an act.
TOPIC_NOUNS = frozenset({"commitment", "decision", "position", "stance", "question", "debate", "discussion", "vote",
                         "view", "policy", "comment", "guarantee", "assurance", "promise", "ruling", "consultation",
                         "briefing", "report", "hearing", "referendum"})
SIGHTING_VERBS = frozenset({"report", "observe", "see", "spot", "sight", "signal", "notice", "note", "detect",
                            "confirm", "identify", "witness", "record", "film"})

COMMITMENT_NOUNS = frozenset({"agreement", "deal", "accord", "pact", "treaty", "memorandum", "commitment",
                              "pledge", "promise", "plan"})
LIKELIHOOD_WORDS = frozenset({"likely", "unlikely", "set", "poised", "due", "bound", "expected", "about"})
PENALTY_NOUNS = frozenset({"pain", "penalty", "threat", "risk"})

# (not elections: a "clash after the election" is political violence)
RANKINGS = frozenset({"ratings", "chart", "charts", "rankings", "standings", "box-office"})

#: "into second place", "to third spot", "the top position": a placing in a contest or a list
PLACING = re.compile(r"\b(?:first|second|third|fourth|fifth|top|last)\s+(?:place|spot|position)\b")

DENY_VERBS = frozenset({"deny", "reject", "dismiss", "dispute", "refute", "contradict"})
CLAIM_NOUNS = frozenset({"claim", "claims", "report", "reports", "allegation", "allegations", "account", "statement",
                         "suggestion", "suggestions", "insinuation", "insinuations", "accusation", "accusations"})

#: Nouns of a charge answered in an aside after it: "..., a charge Kigali denies", "an accusation X rejects".
CHARGE_NOUNS = frozenset({"charge", "claim", "accusation", "allegation"})
#: Present-tense forms of denying that the small model reads as plural nouns after a name ("a charge Abidjan
#: rejects").
DENYING_FORMS = frozenset({"rejects", "denies", "disputes", "refutes"})

#: What a side denies when it denies a part in an act ("denied any involvement", "denies wrongdoing").
GUILT_NOUNS = frozenset({"involvement", "responsibility", "wrongdoing", "mistreatment", "abuse", "abuses", "role",
                         "complicity", "link", "links", "guilt", "culpability", "participation"})
#: The claim nouns with the accusations and charges a side may answer ("rejected the charges as baseless").
ACCUSATION_NOUNS = CLAIM_NOUNS | frozenset({"accusation", "allegation", "charge", "charges", "claim", "report"})
#: Titles of those a state sends abroad, whose expulsion or recall is a diplomatic SANCTION.
ENVOY_TITLES = frozenset({"diplomat", "diplomats", "ambassador", "envoy", "envoys", "attache", "attaché", "consul",
                          "commissioner", "charge d'affaires"})

BOTH_CLAIMS = re.compile(r"\b(?:neither|either|both)\b.{0,20}\b(?:claims?|reports?|accounts?|sides?)\b|"
                         r"\b(?:the|these|those|their) (?:claims|reports|accounts)\b", re.I)


#: What a side calls the other side's claims when it rejects them: "called the accusations unfounded".
DISMISSIVE = frozenset({"unfounded", "baseless", "groundless", "false", "absurd", "lie", "lies", "fabricated",
                        "fabrication", "nonsense", "ridiculous", "untrue", "fake", "propaganda", "slander",
                        "fiction", "provocation", "misinformation", "disinformation", "hysteria", "smear",
                        "unsubstantiated", "speculation", "rubbish", "invention", "fantasy", "distortion",
                        "fabrications", "falsehood", "falsehoods", "defamation", "libel", "slanderous"})

#: What one side calls the other's act when it condemns it: "this was sabotage", "an act of aggression".
VERDICT_NOUNS = frozenset({"sabotage", "aggression", "provocation", "violation", "terrorism", "crime", "crimes",
                           "massacre", "genocide", "atrocity", "invasion", "piracy", "blackmail", "escalation",
                           "war", "terror", "murder", "travesty", "farce", "sham", "mockery", "theft", "fraud",
                           "intimidation", "harassment", "persecution", "repression", "disgrace", "outrage", "insult",
                           "affront", "betrayal", "charade", "injustice", "atrocities", "abuse", "abuses", "barbarism",
                           "vandalism", "witch-hunt", "coup", "robbery", "kidnapping", "hijacking", "blockade",
                           "occupation", "annexation", "hostage-taking", "bullying", "interference", "meddling",
                           "extortion", "siege", "abduction", "warfare"})
#: Nouns that refer back to a decision or act of a state told before: "concerned by the verdicts".
REFERRED_ACTS = frozenset({"verdict", "ruling", "sentence", "decision", "move", "arrest", "detention", "crackdown",
                           "measure", "law", "action", "conviction", "ban", "expulsion", "sanction"})
CONCERNED = frozenset({"concerned", "alarmed", "troubled", "dismayed", "appalled", "outraged", "disturbed",
                       "worried", "shocked"})
VERDICT_ADJECTIVES = frozenset({"reckless", "dangerous", "illegal", "unlawful", "provocative", "aggressive",
                                "unacceptable", "irresponsible", "criminal", "cowardly", "barbaric", "brutal",
                                "outrageous", "unprovoked", "heinous", "despicable", "shameful", "hostile",
                                "flagrant", "blatant", "inhumane", "terrorist", "unjust", "arbitrary", "abhorrent",
                                "appalling", "deplorable", "reprehensible", "unjustified", "excessive",
                                "disproportionate", "repressive", "fraudulent", "rigged", "illegitimate",
                                "unconstitutional", "regrettable", "unnecessary", "unwarranted"})

AID_CARRIERS = frozenset({"convoy", "convoys", "truck", "trucks", "lorry", "lorries", "shipment", "shipments",
                          "airlift", "flight", "flights", "ship", "ships", "vessel", "vessels", "train", "trains",
                          "plane", "planes", "aircraft", "barge", "barges", "tanker", "freighter"})
AID_GOODS_WORDS = frozenset({"aid", "humanitarian", "food", "medicine", "medicines", "relief", "supplies", "fuel",
                             "water", "grain", "flour", "medical", "wheat", "rice", "maize", "corn", "cooking",
                             "fertiliser", "fertilizer", "tents", "blankets", "vaccines"})

DISASTER_WORDS = frozenset({"earthquake", "quake", "flood", "floods", "flooding", "landslide", "landslides", "cyclone",
                            "hurricane", "typhoon", "storm", "tsunami", "wildfire", "wildfires", "drought", "eruption",
                            "tremor", "aftershock", "aftershocks", "mudslide", "mudslides", "avalanche", "downpour"})

# What a source asks for when asking to stay unnamed: "not to be named", "that his name not be used".
ANONYMITY_VERBS = frozenset({"name", "identify", "use", "publish", "quote", "disclose", "reveal", "print"})

# Verbs whose subject saw, heard, lived through or fled an event and did not do it: "Witnesses described
# hours of gunfire", "residents heard explosions", "families fled the fighting".
PERCEIVING_VERBS = frozenset({"describe", "hear", "see", "watch", "recall", "remember", "flee", "survive", "escape",
                              "fear", "detail", "notice", "feel"})
# Where fire comes "from" that names a side: "from the Serbian side", "from Afghan territory".
FIRING_GROUND = frozenset({"side", "territory", "soil", "positions", "position", "posts", "post", "bank", "border"})
# Where one side "beats" another without violence: at the polls, in a match.
CONTEST_ARENAS = frozenset({"ballot", "box", "polls", "election", "elections", "vote", "game", "match", "final",
                            "race", "court", "tournament", "league"})

# Verbs a report tells an attack's toll with, in a clause of its own: "Nine soldiers were wounded."
TOLL_VERBS = frozenset({"wound", "injure", "hurt", "kill", "destroy", "damage"})

# Verbs that give something a name: "called the accusations unfounded", "branded the reports lies".
NAMING_VERBS = frozenset({"call", "describe", "brand", "label", "term", "dub"})
#: What a naming verb's verdict may call another's act besides the crimes above: "called the price rise an
#: assault on the poor", "called the arrests a political operation", "branded the ruling a blow to democracy".
NAMED_REPROACHES = frozenset({"assault", "attack", "political", "politically", "motivated", "lie", "lies",
                              "propaganda", "scandal", "disaster", "catastrophe", "shame", "humiliation", "mistake",
                              "error", "threat", "danger", "blow", "slap", "pretext", "smokescreen", "cover-up",
                              "revenge", "vendetta", "punishment", "attempt", "ploy", "stunt", "trap", "declaration"})

# Verbs relief arrives with.
ARRIVAL_VERBS = frozenset({"reach", "arrive", "enter", "cross", "dock", "land"})

# Words that make an "attack" in their sentence a cyber one: "attacks by ransomware groups", "hackers attacked".
CYBER_WORDS = frozenset({"ransomware", "hacker", "hackers", "malware", "server", "servers", "encrypted", "cyber",
                         "phishing", "ddos", "botnet", "website", "websites", "computer", "computers", "spyware"})

# Nouns of an act intended, not done: "the city's plan to demolish their houses".
INTENT_NOUNS = frozenset({"plan", "proposal", "intention", "intent", "scheme", "bid", "decision", "move"})

# A state's warning that it will do whatever it takes: "would take all necessary measures", "would use all
# the means at its disposal", "would use the full range of capabilities".
RESOLVE_VERBS = frozenset({"use", "take", "employ", "deploy"})
RESOLVE_MEANS = frozenset({"measure", "measures", "mean", "means", "step", "steps", "action", "actions", "option",
                           "options", "capability", "capabilities", "force", "tool", "tools"})
RESOLVE_WORDS = frozenset({"all", "necessary", "full", "every", "whatever", "any", "appropriate", "decisive",
                           "resolute", "firm", "countermeasures"})
# "would respond in a mirror manner", "will react accordingly": an answer promised in kind is a warning.
RESPONSE_VERBS = frozenset({"respond", "react", "reply", "answer", "retaliate"})
RESPONSE_MANNERS = frozenset({"manner", "kind", "way", "fashion", "measure", "measures", "force"})
RESPONSE_ADVERBS = frozenset({"accordingly", "appropriately", "proportionately", "firmly", "decisively",
                              "adequately", "swiftly", "strongly", "harshly", "resolutely", "forcefully"})
# "would review its commitments if the attacks continued": a tie put in question is a warning.
REVIEW_VERBS = frozenset({"review", "reconsider", "reassess", "rethink"})
REVIEWED_TIES = frozenset({"commitment", "commitments", "relations", "ties", "cooperation", "participation",
                           "position", "stance", "agreement", "engagement", "presence"})

# What only a state's courts and jailers do: told without their author, they are the state's where it happens.
COURT_ACTS = frozenset({"sentence", "convict", "jail", "imprison", "detain", "arrest"})
#: Verbs that end a case rather than bring one ("acquitted on charges of", "sentenced on charges of": the
#: charge was brought before).
CLEARING_VERBS = frozenset({"acquit", "clear", "drop", "release", "free", "pardon", "dismiss", "exonerate", "deny",
                            "sentence"})

#: Verbs of bringing charges, which a state's prosecutors do when the text names no one doing it.
CHARGING_VERBS = frozenset({"charge", "indict", "prosecute"})

# Acts told without their author that, in a report about one country, are that country's own doing.
HOME_ACTS = frozenset({"COERCE", "PROTEST", "ASSAULT", "SANCTION", "MOBILIZE", "RETREAT"})

# Verbs of a side standing behind an armed group: "terrorists sponsored by India", "rebels backed by Rwanda".
BACKING_VERBS = frozenset({"sponsor", "back", "fund", "finance", "arm", "support", "train", "direct", "control",
                           "equip"})

# Verbs of offering help or terms to another side: "offered technical assistance", "pledged $2 million".
OFFERING_VERBS = frozenset({"offer", "pledge", "promise", "provide", "send", "donate"})

# Verbs of forces coming into a state's space: "entered Estonian airspace", "violated its territorial waters".
INCURSION_VERBS = frozenset({"enter", "violate", "breach", "intrude", "fly", "stray", "penetrate", "cross", "sail",
                             "encroach", "infringe", "trespass"})
# The spaces a state holds as its own that forces intrude into.
SOVEREIGN_SPACES = frozenset({"airspace", "waters", "territory"})

# Verbs a state reports another's forces near it with: "detected 63 Chinese military aircraft".
FORCE_SIGHTING_VERBS = frozenset({"detect", "spot", "track", "sight", "observe", "intercept"})
# Forces sighted: aircraft, ships and the like (plural or singular).
SIGHTED_FORCES = frozenset({"ship", "vessel", "frigate", "destroyer", "submarine", "warship", "jet", "plane",
                            "aircraft", "helicopter", "drone", "warplane", "fighter", "bomber", "balloon", "carrier"})

# Verbs of a conversation.
CALL_VERBS = frozenset({"speak", "talk"})
# Means of a conversation at a distance: "spoke by telephone", "talked by video link".
CALL_MEANS = frozenset({"telephone", "phone", "video", "videoconference", "videolink", "link"})
# Who one speaks "to" without consulting: the press.
PRESS_WORDS = frozenset({"reporters", "journalists", "media", "press", "reporter", "journalist", "television",
                         "radio", "newspaper", "broadcaster"})

# Sectors of who may be held by another state as one of its own: officials, forces, fighters, envoys.
ARMED_OR_OFFICIAL = frozenset({"GOV", "MIL", "COP", "JUD", "REB", "IGO", "NGO", "SPY", "CRM", "BUS"})

#: The kind of act a noun that refers back to one names ("the sanctions", "the arrests", "the swap").
REFERRED_TYPES: dict[str, str] = {
    "sanction": "SANCTION", "expulsion": "SANCTION", "arrest": "COERCE", "detention": "COERCE",
    "release": "RETREAT", "pardon": "RETREAT", "handover": "RETREAT", "exchange": "RETREAT",
    "swap": "RETREAT", "withdrawal": "RETREAT", "deal": "AGREE", "agreement": "AGREE",
    "ceasefire": "AGREE", "truce": "AGREE"}
#: Units the parser may take for a subject ("temperatures near 40 degrees Celsius tore through ...").
MEASURE_WORDS = frozenset({"celsius", "fahrenheit", "degrees", "kilometres", "kilometers", "miles", "percent"})

#: What rescuers pull people out of ("pulled from the rubble", "from the mud").
RUBBLE_WORDS = frozenset({"rubble", "debris", "mud", "wreckage", "ruins", "water", "sea", "river", "collapse"})

#: Auxiliaries of a refusal: "will not pay", "would not sit down with", "cannot set a timetable", "won't budge".
REFUSING_AUX = frozenset({"will", "would", "'ll", "shall", "wo", "can", "could", "ca"})
#: Verbs whose negation under "will"/"can" reports no refusal of anyone: what the speaker cannot know or
#: say ("could not verify", "would not comment"), how long something lasts ("will not wait", "will not stop
#: until"), or a verdict ("cannot treat that as free speech").
NOT_REFUSALS = frozenset({
    "be", "have", "do", "get", "know", "see", "say", "tell", "comment", "confirm", "verify", "disclose", "reveal",
    "specify", "identify", "name", "elaborate", "speculate", "discuss", "detail", "estimate", "predict", "rule",
    "wait", "last", "continue", "keep", "stop", "rest", "go", "come", "return", "happen", "change", "work", "help",
    "promise", "guarantee", "hide", "beat", "win", "treat", "find", "reach", "afford", "survive", "remember",
    "forget", "understand", "imagine", "believe", "expect", "need", "want", "hesitate", "stand", "tolerate",
    "allow", "permit", "let", "forgive", "hear", "reply", "respond", "answer", "exclude",
    "rebuild", "cope", "manage", "handle", "sustain",
})

#: Passives a side refuses to suffer: "will not be intimidated", "will not be told by anyone with whom to trade".
PRESSURE_VERBS = frozenset({"tell", "dictate", "intimidate", "blackmail", "bully", "pressure", "pressurise",
                            "pressurize", "coerce", "silence", "cow", "threaten", "drag", "provoke", "force",
                            "lecture", "bribe", "buy", "divide", "distract", "deter", "frighten", "scare"})
#: Decisions and bodies a side can disown: "the sanctions were illegitimate", "the court has no legitimacy".
MEASURE_NOUNS = frozenset({"sanction", "sanctions", "ruling", "verdict", "judgment", "judgement", "decision",
                           "measure", "measures", "ban", "law", "decree", "resolution", "order", "sentence",
                           "indictment", "warrant", "charges", "election", "elections", "vote", "referendum",
                           "court", "tribunal", "move", "designation", "listing", "embargo", "tariffs"})
#: What a disowned measure is said to be, or to lack: "illegitimate", "null and void"; "has no legal effect".
VOID_WORDS = frozenset({"illegitimate", "null", "void", "invalid", "unfounded", "baseless", "groundless",
                        "unsubstantiated", "meaningless", "worthless", "irrelevant", "fabricated", "absurd",
                        "unjustified", "unwarranted"})
LACKED_STANDING = frozenset({"legitimacy", "effect", "force", "basis", "validity", "standing", "value",
                             "jurisdiction", "authority", "meaning", "weight"})

#: What a side says it had no part in: "had no role in the attack", "has no links with the group".
PART_NOUNS = frozenset({"role", "part", "hand", "involvement", "link", "links", "connection", "connections", "ties",
                        "relation", "relations", "contact", "contacts", "responsibility"})

#: Verbs of weighing a measure: "was considering further sanctions", "weighs new restrictions".
DELIBERATING_VERBS = frozenset({"consider", "weigh", "mull", "contemplate", "study", "explore", "examine"})

#: Acts a side passes a verdict on by name: "these launches are unacceptable", "the raid was a provocation".
JUDGED_ACTS = frozenset({"launch", "test", "drill", "exercise", "incursion", "attack", "strike", "killing",
                         "shelling", "bombing", "raid", "use", "deployment", "seizure", "incident", "violation",
                         "blockade", "closure", "boarding", "detention", "expulsion", "flight", "overflight"})

#: Ground that forces search or comb, as against a home or an office searched in a raid.
SEARCHED_GROUND = frozenset({"area", "areas", "forest", "forests", "region", "hills", "hill", "mountains", "mountain",
                             "bush", "district", "border", "zone", "countryside", "coast", "sea", "waters", "valley",
                             "villages", "outskirts", "jungle", "desert", "surroundings", "vicinity", "terrain"})

#: Sums of money whose purpose follows "in": "5 million dollars in aid".
MONEY_WORDS = frozenset({"dollar", "euro", "pound", "yuan", "rupee", "yen", "franc", "rouble", "ruble", "shilling",
                         "naira", "peso", "million", "billion", "$", "€", "£"})

#: Verbs of an authority putting an end to something by order: "ordered an end to the strike".
ORDERING_VERBS = frozenset({"order", "decree", "force", "impose", "mandate"})

#: What people gather in, which a ban "on" restricts ("a ban on gatherings", "a ban on all protests").
GATHERING_WORDS = frozenset({"gathering", "protest", "demonstration", "rally", "march", "assembly", "sit-in",
                             "meeting", "procession", "vigil", "strike"})

#: What a side signs when signing is agreeing ("an agreement signed by both ministers").
AGREEMENT_NOUNS = frozenset({"agreement", "deal", "accord", "treaty", "memorandum", "pact", "ceasefire", "truce",
                             "protocol", "declaration", "contract", "convention", "charter", "understanding"})

#: People greeted on arrival rather than positions backed ("welcomed the returning fighters").
GREETED = frozenset({"fighter", "prisoner", "detainee", "returnee", "refugee", "delegation", "visitor", "guest",
                     "hostage", "team", "crowd", "player", "athlete", "pilgrim", "soldier", "troop"})

#: What people complain "of" when they are ill, not aggrieved ("complained of chest pains").
AILMENTS = frozenset({"pain", "ache", "headache", "illness", "fatigue", "symptom", "fever", "dizziness", "nausea",
                      "breathlessness", "discomfort"})

#: Verbs by which one side says or rules that another broke a rule ("said the measures violated the law").
CHARGE_SAYING_VERBS = frozenset({"say", "rule", "find", "conclude", "state", "allege", "claim", "argue", "insist",
                                 "declare", "charge", "complain", "maintain"})

#: People a state sends to help after a disaster, who are the relief itself ("send a team of rescuers").
AID_PERSONNEL = frozenset({"rescuer", "doctor", "medic", "paramedic", "nurse", "engineer", "expert", "specialist",
                           "firefighter", "team", "surgeon"})

#: Armed men outside any state's forces, as reports name them ("gunmen seized the drivers").
ARMED_MEN = frozenset({"gunmen", "gunman", "pirates", "pirate", "militants", "militant", "kidnappers", "kidnapper",
                       "attackers", "attacker", "bandits", "bandit", "insurgents", "insurgent", "jihadists",
                       "assailants"})

#: People and craft that armed men seize by force, an abduction or a hijacking (not goods, which they loot).
TAKEN_BY_FORCE = frozenset({"crew", "hostage", "worker", "driver", "passenger", "people", "person", "man", "woman",
                            "child", "tourist", "engineer", "missionary", "fisherman", "villager", "student",
                            "dhow", "ship", "vessel", "boat", "tanker", "trawler", "aircraft", "plane", "bus"})

#: What an order compels when it is named by its noun ("ordered the evacuation of 14 villages", "ordered the
#: closure of the weekly", "ordered an end to the strike"): a state's compulsion, PLOVER's COERCE. Not the
#: orders that tell a release, a withdrawal or an inquiry, which are other acts (or none).
ORDERED_MEASURES = frozenset({"evacuation", "closure", "dissolution", "shutdown", "demolition", "removal", "eviction",
                              "dispersal", "disbandment", "end", "halt", "lockdown", "confiscation", "blocking",
                              "seizure", "cessation", "takedown"})
#: What an order tells someone to do against their will ("ordered the crowd to disperse", "ordered about
#: 9,000 students to leave", "ordered the developer to suspend all work", "ordered schools to close").
COMPELLED_ACTS = frozenset({"leave", "disperse", "vacate", "stop", "halt", "suspend", "end", "close", "cease",
                            "evacuate", "quit", "abandon", "shut", "clear", "turn", "return", "go", "dismantle",
                            "demolish", "remove", "surrender"})
#: The states an order puts things in, told by a participle ("ordered schools closed", "ordered the
#: remaining roadblocks cleared", "ordered the offices sealed").
ORDERED_STATES = frozenset({"close", "clear", "shut", "seal", "demolish", "remove", "dissolve", "evacuate",
                            "disband", "padlock", "lock", "vacate", "dismantle", "confiscate", "impound", "suspend"})
#: What a state closes at its edge ("closed the border", "shut the Milak crossing", "sealed the frontier").
BORDER_WORDS = frozenset({"border", "borders", "crossing", "crossings", "checkpoint", "checkpoints", "frontier",
                          "frontiers", "post", "posts", "bridge"})
#: The verbs of closing a border (and "ordered the crossings closed", with its participle).
CLOSING_VERBS = frozenset({"close", "shut", "seal", "order"})

#: the nouns of shooting a side "came under" or "returned" ("came under fire", "returned fire")
FIRE_NOUNS = frozenset({"fire", "gunfire"})
