"""Word cues the ACLED mapping reads when the extraction leaves a decision open.

ACLED's types turn on *who* (state forces, armed groups, crowds, civilians)
and *with what* (aircraft, artillery, IEDs, grenades). sitrep's actors carry
a sector and its events a mode, but either may be missing: an unnamed
"group" lynching a thief has no actor, "a grenade attack" may come with no
mode. These patterns read the actor's name, or the event's sentence, to
fill the gap. They are the mapping's fallbacks, never its first source.
"""

from __future__ import annotations

import re
from typing import Literal

ActorRole = Literal["state", "armed", "protesters", "crowd", "civilian", "unknown"]

#: Role cues, tried in order; the first match names the role.
ROLE_CUES: tuple[tuple[ActorRole, re.Pattern[str]], ...] = (
    ("protesters", re.compile(r"\b(protesters?|protestors?|demonstrators?|marchers|strikers|activists)\b", re.I)),
    ("armed", re.compile(
        r"\b(militants?|gunm[ae]n|rebels?|insurgents?|jihadists?|terrorists?|militias?|militiam[ae]n|"
        r"bandits?|fighters|armed (group|men|people|individuals|persons|gang|elements|assailants)|"
        r"attackers|assailants|kidnappers|pirates|extremists|islamists?|poachers|"
        r"(unknown|unidentified) (individuals|men|persons|people|assailants)|"
        r"jnim|isis|isil|daesh|islamic state|is sahel|boko haram|al[- ]?shaba+b|al[- ]?qaeda|taliban|"
        r"hezbollah|hamas|houthis?|ypg|pkk|wagner|janjaweed|seleka|anti-balaka|m23|adf)\b", re.I)),
    ("state", re.compile(
        r"\b(army|armed forces|military|soldiers?|troops|police\w*|gendarm\w*|security forces|"
        r"security (officials?|officers?|agents?|personnel)|"
        r"forces of|navy|air force|marines|officers?|customs|guards?|government forces|regime forces|"
        r"defen[cs]e forces|jawans?|amisom|peacekeepers?)\b", re.I)),
    ("crowd", re.compile(
        r"\b(mob|rioters|crowd|youths?|residents|villagers|vigilantes|locals|lynch\w*|supporters|cadres|partisans|"
        r"a group(?! of (gunmen|militants|fighters|soldiers|armed))|community members)\b", re.I)),
    ("civilian", re.compile(
        r"\b(civilians?|farmers?|herders?|women|children|students?|journalists?|worshippers|passengers|"
        r"people|teachers?|traders?|pastoralists?|villagers|residents|man|woman|boy|girl)\b", re.I)),
)

#: Weapon and method cues in an event's sentence, as PLOVER modes, tried in order.
WEAPON_CUES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("unconventional", re.compile(r"\b(chlorine|sarin|mustard gas|toxic gas|poison\w* gas|nerve (agent|gas)|"
                                  r"gas attacks?|chemical (weapons?|attacks?|agents?))\b", re.I)),
    ("suicide-attack", re.compile(r"\b(suicide[- ](\w+[- ])?(bomb\w*|attack\w*|vests?|car|vehicle\w*|truck)|"
                                  r"svbied|blew (himself|herself|themselves) up)\b", re.I)),
    ("grenade", re.compile(r"\bgrenades?\b", re.I)),
    ("aerial", re.compile(r"\b(air ?strikes?|air raids?|warplanes?|fighter jets?|jets|helicopters?|gunships?|"
                          r"drones?|aircraft|air force|bombers|airstrikes?|MiGs?|Sukhois?|fighter (planes?|aircraft)|"
                          r"(MiG|Sukhoi|Mirage)[- ]?\d*\s+fighters)\b", re.I)),
    ("heavy-weapons", re.compile(r"\b(artillery|shell(s|ed|ing)|mortars?|rockets?|missiles?|howitzers?|"
                                 r"tank fire|bombard\w*)\b", re.I)),
    ("explosives", re.compile(r"\b(ieds?|improvised explosive|roadside bomb|car bomb|bomb attacks?|landmines?|mines?|"
                              r"explosive devices?|bomb blast|explosion|exploded|detonat\w*)\b", re.I)),
    ("sexual", re.compile(r"\b(rap(e|ed|es|ing)|sexual(ly)? (assault\w*|abus\w*|violence))\b", re.I)),
    # hostages taken, not hostages rescued or freed
    ("abduct", re.compile(r"\b(kidnap\w*|abduct\w*|(took|take|takes|taken|taking|holding|held|hold|seiz\w*) "
                          r"(\w+ ){0,3}hostages?)\b", re.I)),
)

#: A capture of ground: a taking verb; ``TERRITORY_WORDS`` must also appear.
TERRITORY_VERBS = re.compile(
    r"\b(re-?captur\w*|retak\w*|retook|regain\w*|recover\w*|liberat\w*|captur\w*|overr[au]n|overtook|"
    r"(took|take|takes|taking|taken|seiz\w*|gain\w*|wrest\w*|assum\w*) (back )?((full|complete|total|effective) )?"
    r"control|seiz\w*|occup\w*|freed|drove \w+ out|fell to|(took|take|taken) over|dislodg\w*|"
    r"(made|make|makes|making) (\w+ )?(territorial )?gains|"
    r"(clear\w*|drove|driv\w*|push\w*|flush\w*|chas\w*) (\w+ ){1,4}(out of|from)|clear\w* (\w+ ){1,5}of)\b", re.I)
#: A capture whose object is a named place: "retook Kismayo", "dislodged the rebels from Bunia",
#: "cleared Gwoza of insurgents". The place name may be one the gazetteer does not know.
GROUND_NAMED = re.compile(
    r"\b((re-?tak\w*|retook|re-?captur\w*|regain\w*|liberat\w*|overr[au]n|overtook) (the )?"
    r"((town|village|city|district|area|region) of )?[A-Z]|"
    r"(dislodg\w*|clear\w*|drove|driv\w*|push\w*|flush\w*|chas\w*) (\w+ ){1,4}(out of|from) (the )?[A-Z]|"
    r"clear\w* (the )?[A-Z]\w+( and [A-Z]\w+)? of)")
#: Control taken of anything: "took control of the buildings", "seized control of the oil terminal".
CONTROL_TAKEN = re.compile(r"\b(took|take|takes|taking|taken|seiz\w*|gain\w*|wrest\w*|assum\w*|establish\w*) "
                           r"(back )?((full|complete|total|effective) )?control (of|over)\b", re.I)
TERRITORY_WORDS = re.compile(
    r"\b(towns?|villages?|city|cities|areas?|districts?|territor(y|ies)|regions?|provinces?|positions?|"
    r"bases?|hills?|border|neighbou?rhoods?|localit(y|ies)|outskirts|countryside|crossing|airport|"
    r"city cent(re|er))\b", re.I)
HQ_WORDS = re.compile(r"\b(headquarters?|bases?|outposts?|camps?|(observation|military|security) (posts?|points?)|"
                      r"checkpoints?|barracks|garrisons?)\b", re.I)
ESTABLISH_WORDS = re.compile(r"\b(establish\w*|set(ting|s)? up|open\w*|buil[dt]\w*|install\w*|creat\w*)\b", re.I)
WEAPON_WORDS = re.compile(r"\b(weapons?|arms|ammunition|rifles?|guns?|firearms?|explosives?|ieds?|"
                          r"bombs?|mines?|grenades?|rockets?|devices?|detonat\w*|defus\w*)\b", re.I)
#: A protest turning violent: what demonstrators do in ACLED's "Violent demonstration".
RIOT_WORDS = re.compile(r"\b(barricad\w*|burn\w* tyres|burn\w* tires|vandali[sz]\w*|riot\w*|"
                        r"(threw|throw|throws|throwing|hurl\w*|pelt\w*) (stones|rocks)|stoned|ransack\w*|"
                        r"violent\w*|aggressive|molotov|petrol bombs?|clash\w*|loot\w*|torch\w*|set fire|"
                        r"set ablaze|projectiles?|missiles were thrown|scuffl\w*|smash\w*|arson)\b", re.I)
#: Livestock as the target: killing animals is property destruction to ACLED.
ANIMAL_WORDS = re.compile(r"^\W*(?:(?!(?:after|when|because|since|with|by|as|while)\b)\w+\W+){0,4}"
                          r"(oxen|ox|cows?|cattle|livestock|goats?|sheep|camels?|animals|herds?)"
                          r"(?=\s*(?:$|[,.;:]|(?:belonging|owned|of|in|at|near|and|from|that|which|with|on|"
                          r"after|before|during|to|by|while|as)\b))", re.I)
#: Force that ACLED calls excessive against protesters: lethal or wounding.
HARM_WORDS = re.compile(r"\b(kill\w*|dead|died|deaths?|wounded|wounding|injur\w*|"
                        r"live (bullets|rounds|ammunition|fire))\b", re.I)
PROTEST_WORDS = re.compile(r"\b(protest\w*|demonstrat\w*|marche[ds]|rall(y|ies|ied))\b", re.I)
#: Two sides fighting each other: ACLED's battle scene, whoever the sides are.
CLASH_WORDS = re.compile(r"\b(clash\w*|fought|fight(ing|s)?|fire ?fights?|gun ?battles?|shoot-?outs?|skirmish\w*|"
                         r"exchang\w* (of )?(gun)?fire|returned fire|repel+\w*)\b", re.I)
#: Guns in a scene: a communal fight with them (or with deaths) is a battle, with fists and sticks a riot.
GUN_WORDS = re.compile(r"\b(guns?|gunshots?|gunfire|firearms?|rifles?|shot|shoot\w*|fired|bullets?)\b", re.I)
#: The street's side in a riot: rioters, traders and hawkers, students, demonstrators.
STREET_CROWD = re.compile(r"\b(rioters|mobs?|crowds?|traders|vendors|hawkers|street sellers|students|"
                          r"demonstrators|protesters|protestors|miners|drivers|motorists|fans)\b", re.I)
#: Supporters of parties or candidates: their fights are riots.
PARTISANS = re.compile(r"\b(partisans?|supporters?|political (groups?|opponents|rivals)|rival (parties|camps)|"
                       r"party (members|activists|militants|youths?)|activists?)\b", re.I)
#: What a brawl is fought with: sticks, stones, rods, fists.
CRUDE_WEAPONS = re.compile(r"\b(sticks?|stones?|rocks?|rods?|bamboo|fists?|fistfights?|clubs?|bricks?|batons?|"
                           r"cudgels?|bottles?)\b", re.I)
#: A crowd, not an armed group: ACLED's rioters are "a number of" people, not an organised force.
LOOSE_CROWD = re.compile(r"\b(a number of|several|some) (\w+ ){0,2}(people|men|youths?|residents|villagers|farmers|"
                         r"pastoralists|herders|students|individuals)\b", re.I)
#: What a lynch mob goes after: a suspect caught in the act.
SUSPECT_WORDS = re.compile(r"\b(thie(f|ves)|robbers?|burglars?|suspect(ed|s)?|presumed|alleged|witch\w*)\b", re.I)
#: A raid on a settlement, the pattern of communal and ethnic militias rather than of a mob.
SETTLEMENT_WORDS = re.compile(
    r"^\W*(\w+\W+){0,5}(camps?|settlements?|hamlets?|villages?|communit(y|ies)|homesteads?)\b", re.I)
#: Carrying weapons into a fight makes a group an armed one; so does shooting.
ARMED_WITH = re.compile(r"\b((armed|equipped) with|opened fire|shot|gunmen|gunshots?|firearms?|rifles?)\b", re.I)
#: A community acting as one ("people from X", "the Y community"): ACLED's communal militia, not a mob.
COMMUNITY_WORDS = re.compile(r"\b((people|youths?|residents|villagers|members|men) (from|of) (the )?[A-Z]\w+|"
                             r"[A-Z]\w+ (people|youths?|residents|villagers)|communit(y|ies))\b")
#: Victims named as bystanders: an attack on civilians as such.
CIVILIAN_VICTIMS = re.compile(r"\b(civilians?|passers-?by|passersby|travell?ers|motorists|worshippers)\b", re.I)
#: A member of the forces killed off duty, at home or by an assassin: one-sided violence, not a battle.
ONE_SIDED = re.compile(r"\b(assassinat\w*|(at|in front of|outside|near) (his|her|their) (home|house|residence)s?|"
                       r"(storm\w*|raid\w*|broke into|break\w* into) (his|her|their|the \w+'s) (home|house|residence)|"
                       r"off[- ]duty|stabbed|in(side)? (his|her|their) (home|house|sleep)s?)\b", re.I)
#: Military targets: attacking them is a battle, whoever is inside.
MILITARY_TARGETS = re.compile(r"^\W*(\w+\W+){0,4}(positions?|convoys?(?! of (\w+ ){0,2}(workers|civilians|traders|"
                              r"passengers|travell?ers|pilgrims|refugees|aid|humanitarian|relief|lorries|trucks|"
                              r"buses|vehicles|merchants))|bases?|checkpoints?|patrols?|barracks|outposts?|"
                              r"police stations?|garrisons?|military camps?)\b", re.I)


def role_in(text: str) -> ActorRole | None:
    """The first role cue found in a name or a piece of text."""
    for role, pattern in ROLE_CUES:
        if pattern.search(text):
            return role
    return None


def roles_in(text: str) -> set[ActorRole]:
    """Every role a piece of text names ("gunmen attacked soldiers" names armed and state)."""
    return {role for role, pattern in ROLE_CUES if pattern.search(text)}


def weapon_in(text: str) -> str | None:
    """The PLOVER mode (or "grenade") a sentence's weapon words imply, most specific first."""
    for mode, pattern in WEAPON_CUES:
        if pattern.search(text):
            return mode
    return None
#: Where people live: burning it is an attack on them, not a crowd's rage at things.
SETTLEMENT_NEAR = re.compile(r"\b(camps?|settlements?|hamlets?|villages?|homesteads?|communit(y|ies))\b", re.I)
#: "an attack on an army checkpoint" anywhere in the sentence: whoever died, the target was armed.
ATTACK_ON_MILITARY = re.compile(
    r"\b(attack|assault|raid|ambush)\w* (on|against) (\w+ ){0,4}(checkpoints?|military (convoys?|camps?|bases?)|"
    r"army (convoys?|camps?|bases?|positions?|posts?|patrols?)|barracks|police stations?|garrisons?|outposts?|"
    r"(military|army|police) patrols?)\b", re.I)
#: Beating or torture of the people arrested, said right after the arrest.
BEATEN = re.compile(r"^\W*(\w+\W+){0,3}(beat|beaten|beating|tortur\w*|whipp\w*|flogg\w*)\b", re.I)
#: What comes before a verb that is only aimed at: "to retake", "in a bid to seize".
AIM = re.compile(r"\bto\s+(\w+ly\s+)?$", re.I)
#: Ground changing hands without a fight: ACLED's non-violent transfer of territory.
UNCONTESTED = re.compile(r"\b(withdr[ae]w\w*|withdrawn|pull(ed)? out|abandon\w*|vacat\w*|"
                         r"no (reported )?(violence|fighting|clash\w*|resistance|casualties)|"
                         r"without (a fight|a shot|any )?(fight\w*|resistance|violence|bloodshed))\b", re.I)
#: What a protest is against, said before the arrest it names: the arrest came first.
GRIEVANCE = re.compile(r"\b(against|over|after|following|(in )?(reaction|response|protest) to|because of|"
                       r"denounc\w*|condemn\w*|protest\w* (against|over))\b[^,;.]{0,80}$", re.I)
#: "killed a herder and his animals", "two men and their livestock": the owners were victims too.
OWNERS_TOO = re.compile(r"\w+\s+and\s+(his|her|their)\s+(\w+\s+)?\w+\W*$", re.I)
#: Triggers that say someone was hurt, not only taken.
HURT = re.compile(r"^(kill\w*|wound\w*|injur\w*|murder\w*|stabb\w*|beat\w*|assault\w*|shot|shoot\w*)$", re.I)
#: Earlier fighting the event answers: "a reprisal for the 25 April clashes", "after the recent fighting".
PAST_CLASH = re.compile(r"\b(for|after|following|since)\s+(the|these|those|earlier|recent|previous|last)\s+"
                        r"([\w-]+\s+){0,3}?(clash(es)?|fighting)\b", re.I)
#: Two sides shooting at each other.
GUNFIGHT = re.compile(r"\b(gun ?battles?|gunfights?|exchang\w* (of )?(gun ?)?fire|exchang\w* gunfire|shoot-?outs?|"
                      r"fire ?fights?)\b", re.I)
#: People hurt later in the sentence of an act of destruction.
PEOPLE_HURT = re.compile(r"\b(shot|shoot\w*|beat|beaten|beating|kill\w*|wound\w*|injur\w*|stabb\w*|assault\w*|"
                         r"rap(ed|ing)|hack\w*|tortur\w*)\s+(\w+\s+){0,3}?(civilians?|people|persons?|women|men|"
                         r"man|woman|children|boys?|girls?|villagers|residents|inhabitants|farmers?|herders?|"
                         r"pastoralists?|passers-?by)\b", re.I)
#: Throwing triggers: stones thrown are a riot's act, of a demonstration or of a mob.
STONES = re.compile(r"^(thr[eo]w\w*|hurl\w*|pelt\w*|ston\w*)$", re.I)
#: The object of a crowd's blocking that makes it road-blocking.
ROADS = re.compile(r"^\W*(off\W+)?(\w+\W+){0,4}(roads?|highways?|streets?|traffic|routes?|bridges?|junctions?|"
                   r"crossroads|intersections?|roundabouts?|railway)\b", re.I)
#: Force the police used on a crowd, which makes no riot of the crowd: "violently dispersed".
POLICE_VIOLENCE = re.compile(r"\bviolently (dispers\w*|repress\w*|broke up|break\w* up|crack\w* down)\b", re.I)
#: A trigger that names shooting back and forth: with armed roles named before it, two armed sides.
EXCHANGE = re.compile(r"\b(gunfire|exchang\w*|clash\w*|fight\w*|battl\w*|fire ?fight)\b", re.I)
