"""Words the claim grammar knows: claimants and their aliases, loss words, subjects, cues.

Extend the alias table here; every entry is (regex, claimant id, kind). `kind` is
"person" or "body": "he"/"she" resolve to the last person, "it"/"the ministry" to the
last body.
"""

import re
from datetime import date

from casualty_claims.extract import fastre
from casualty_claims.extract.calendar_words import FEBRUARY, MONTH_ABBREVIATIONS, MONTH_NAMES, MONTHS, WEEKDAY_NAMES

# Which side a claimant speaks for; decides whose losses "the enemy" or unlabelled troops are.
SIDE = {
    "ua_president": "ua", "ua_presidential_office": "ua", "ua_mod": "ua", "ua_ses": "ua", "ua_prosecutor": "ua",
    "ua_other": "ua", "ru_mod": "ru", "ru_kremlin": "ru", "ru_other": "ru",
}

_N = r"(?:[A-Z][\w'’\-]+[ \t]+){0,3}"  # up to three capitalised words before a surname (titles, first names)

# Words whose dot ends no sentence and no clause ("Lt. Gen. Smith said", "on Aug. 27-28"): one list for the sentence
# splitter (document.py) and the clause reader (cues.CLAUSE_PUNCT).
ABBREVIATED = ("Mr", "Mrs", "Ms", "Dr", "Gen", "Maj", "Col", "Lt", "Sgt", "Gov", "Sen", "Rep", "St", "No", "Capt", "Cmdr", "Adm",
               "Prof", "vs", "approx", *MONTH_ABBREVIATIONS.replace("Sept?", "Sep|Sept").split("|"))

# The verbs of a speech tag, in the past and present: after a bare group ("officials said", "rescuers reported",
# "authorities wrote on Telegram"), in an inverted tag (", says UK Defence Secretary"), and the verbs a name before
# them makes a speaker of. One list for every slot that reads a tag.
TAG_VERB = (r"said|say|says|reported|reports|told|tells|confirmed|confirms|added|adds|announced|announces|wrote|writes|"
            r"noted|notes|stated|states|claimed|claims")

# A country's envoy speaks for its government ("Russia's envoy to the UN", "the US ambassador"), not for the UN in the title.
_ENVOY = r"(?:UN |U\.N\. )?(?:[Aa]mbassador|[Ee]nvoy|(?:[Pp]ermanent )?[Rr]epresentative|[Dd]elegate|[Dd]elegation)(?: to the (?:UN|U\.N\.|United Nations))?\b"

ALIASES: list[tuple[str, str, str]] = [
    # Ukraine
    (r"\bZelensk(?:y|yy|iy|ii)\b(?!['’]s [Oo]ffice)|\bUkrainian [Pp]resident\b(?!['’]s [Oo]ffice)|\bPresident of Ukraine\b|\bUkraine's [Pp]resident\b(?!['’]s [Oo]ffice)|\bUkrain(?:ian|e's) leader\b", "ua_president", "person"),
    (r"\bPodol(?:y|i)ak\b|\bArestovych\b|\bYermak\b|\bZhovkva\b|\bKyrylo Tymoshenko\b|\b(?:Ukrainian |Ukraine's )?[Pp]residential [Oo]ffice\b|\b(?:Ukrainian |Ukraine's )?[Pp]resident['’]s [Oo]ffice\b|\b(?:President )?(?:Volodymyr )?Zelensk\w*['’]s [Oo]ffice\b|\bOffice of the President\b"
     r"|\b(?:presidential )?advis[eo]r to (?:the )?(?:Ukrainian )?[Pp]resident\b(?!\s+(?:Putin|Vladimir|Biden|Trump|Macron|of Russia))"
     r"|\b(?:the )?Ukrainian presidency\b|\bUkraine's presidency\b"
     r"|\b(?:Ukrain(?:e['’]s|ian)|Kyiv['’]s|Kiev['’]s) (?:top |senior |chief |leading )?presidential (?:advis[eo]rs?|aides?)\b", "ua_presidential_office", "person"),
    (r"\bGeneral Staff of (?:the )?(?:Armed Forces of Ukraine|Ukraine's [Aa]rmed [Ff]orces|Ukrainian [Aa]rmed [Ff]orces|Ukraine's military|the AFU|Ukraine)\b|\bUkrain(?:e's|ian) General Staff\b"
     r"|\bGeneral Staff of the Ukrainian\b|\bUkrainian (?:Armed Forces|armed forces|military|army|General Staff)\b(?!\s+(?:deaths?|dead|losses|casualties|death toll|fatalities|injured|wounded|administrations?))|\bUkraine's (?:armed forces|military|army|Armed Forces)\b(?!\s+(?:deaths?|dead|losses|casualties|death toll|fatalities|injured|wounded))|\b(?:Kyiv|Kiev)['’]s (?:military|army|armed forces|General Staff)\b"
     r"|\bArmed Forces of Ukraine\b|\bUkrain(?:e's|ian) (?:Ministry of Defen[cs]e|[Dd]efen[cs]e [Mm]inistry)\b|\bMinistry of Defen[cs]e of Ukraine\b"
     r"|\bReznikov\b|\bUmerov\b|\bZaluzh(?:nyi|ny)\b|\bSyrsk(?:yi|y)\b|\bMotuzyanyk\b|\bShmyhal\b"
     r"|\b(?:Ukrainian|Ukraine's) [Cc]ommander-in-[Cc]hief\b|\bBudanov\b|\b(?:Ukrainian|Ukraine's) (?:[Dd]efen[cs]e )?[Ii]ntelligence\b|\bDefen[cs]e Intelligence of Ukraine\b|\bSkibitsk(?:yi|y)\b|\bYusov\b|\bHUR\b|\bGUR\b"
     r"|\b(?:Ukraine's |Ukrainian |the )?Main (?:Intelligence|Directorate of Intelligence) (?:Directorate)?\b"
     r"|\bMaliar\b|\bMalyar\b|\bUkrain(?:e's|ian) (?:[Dd]eputy )?[Dd]efen[cs]e [Mm]inister\b|\bHumeniuk\b|\bTarnavsk(?:yi|y)\b|\b(?:Ukrainian|Ukraine's) (?:military |army |top |brigade |field )?(?:commander|general)s?\b|\b(?:Ukrainian|Ukraine's) (?:top )?military command\b|\b(?:Ukraine's|Ukrainian) (?:\d+(?:st|nd|rd|th) )?(?:[\w-]+ ){0,2}(?:brigade|battalion)\b|\bShtupun\b|\bVoloshyn\b|\bPletenchuk\b|\bIhnat\b|\bDmytrashkivsk(?:yi|y)\b|\bNaiev\b|\bHnatov\b"
     r"|\bCherevat(?:yi|y)\b|\bLykhovyi\b|\bTrehubov\b|\bKhortytsia\b|\bTavria\b|\bOleshchuk\b|\bPavl(?:iu|yu)k\b|\bSodol\b"
     r"|(?<!Russian )(?<!Russia's )\b(?:Southern|Eastern|Northern|Western) (?:[Dd]efen[cs]e [Ff]orces|[Gg]roup of [Ff]orces|[Oo]perational [Cc]ommand)\b"
     r"|\bUkrain(?:e's|ian) (?:[Ee]astern |[Ss]outhern |[Nn]orthern |[Ww]estern )?(?:[Mm]ilitary |[Oo]perational )?[Cc]ommand\b"
    r"|\bDefen[cs]e Forces of Ukraine\b|\b(?:Ukraine's|Ukrainian) Defen[cs]e Forces\b",
     "ua_mod", "body"),
    # (their own entry: alternatives whose first letter may be lower case made the whole alternation above be tried at
    # every "t", "a", "n", "m", "c" and "o" of a text)
    (r"(?<!Russian )(?<!Russia's )\b(?:Ukrainian |Ukraine's |the )?(?:[Aa]ir [Ff]orce|[Nn]avy)\b|(?<!British )(?<!Britain's )(?<!UK )(?<!US )(?<!U\.S\. )(?<!American )(?<!Russian )\b(?:Ukrainian |Ukraine's )?[Mm]ilitary [Ii]ntelligence\b(?! of)|\b(?:commander|officer)s? of (?:a|the|one) Ukrainian\b", "ua_mod", "body"),
    # (its own entry: a pattern whose first letter may be lower case is tried at far more places of a text)
    (r"(?<![Ff]oreign )(?<![Ii]nterior )(?<![Hh]ealth )\b(?:[Dd]efen[cs]e )?[Mm]inistry in (?:Kyiv|Kiev)\b", "ua_mod", "body"),
    (r"\bState Emergency Services?\b|\bSES\b|\bDSNS\b|\b[Ee]mergency [Ss]ervices?\b|\b(?:[Nn]ational )?[Ee]mergencies [Ss]ervice\b|\brescuers\b(?=\s+(?:" + TAG_VERB + r"))"
     r"|\b(?:Ukraine's |Ukrainian )?[Rr]escue [Ss]ervice\b|\bKruk\b"
     # (translated Ukrainian copy names the SES again as "the state service": "..., the state service said")
     r"|\bthe state service\b(?=\s+(?:" + TAG_VERB + r"))"
     # "emergency officials said", "the emergency service's spokeswoman" (in a Russian place: Russia's, see document._mention)
     r"|\b[Ee]mergency (?:officials|workers|crews|responders)\b(?=\s+(?:" + TAG_VERB + r"))", "ua_ses", "body"),
    (r"\b[Pp]rosecutor[- ][Gg]eneral(?:'s)?(?: [Oo]ffice)?\b|\bprosecutor'?s'? office\b|\b[Pp]rosecutors\b|\b(?:the )?(?:region's |regional |district )prosecutor\b|\bVenediktova\b|\bKostin\b|\bjuvenile prosecutors\b"
     r"|\b(?<=the )prosecutor\b(?=\s+(?:" + TAG_VERB + r"))", "ua_prosecutor", "body"),  # "..., the prosecutor said": the office named again
    (r"(?<!Russia's )(?<!Russia’s )(?<!Russian )(?<!DPR's )(?<!LPR's )(?<!DPR )(?<!LPR )(?<!Republic's )(?<!DPR's human rights )(?<!LPR's human rights )(?<!Republic's human rights )(?<!Russian human rights )(?<!Russia's human rights )(?<!Russia’s human rights )\b(?:Ukrainian |Ukraine's )?[Oo]mbuds(?:man|person|woman)\b|\bLubinets\b|\bVereshchuk\b|\bKlymenko\b|\bMonastyrsky\b|"
     r"\bUkrain(?:e's|ian) (?:[Dd]eputy |[Ff]irst [Dd]eputy )?(?:[Pp]rime [Mm]inister|[Ii]nterior [Mm]inister|[Ff]oreign [Mm]inister|"
     r"[Mm]inister (?:of|for) (?![Dd]efen[cs]e)\w+)\b|\bDenisova\b|\bKotenko\b|\bKlitschko\b|\bSynehubov\b|\bTerekhov\b|\bKyrylenko\b"
     r"|\bKyper\b|\bKiper\b|\bKuleba\b|\bDanilov\b|\bNational Security and Defen[cs]e Council\b|\bNSDC\b|\bSybiha\b|\b(?:Ukraine's|Ukrainian) (?:UN )?(?:ambassador|envoy|permanent representative)(?: to the (?:UN|United Nations))?\b|\bFilashkin\b|\bProkudin\b|\bSyniehubov\b|\bFedorov\b|\bVilkul\b|\bLysak\b|\bKim\b|\bSienkevych\b|\bBoychenko\b|\bOrlov\b|\bHaidai\b|\bStarukh\b|\bPrymakov\b|\bArakhamia\b|\bStefanchuk\b"
     r"|\b(?:[Rr]egional|[Cc]ity|[Cc]ity's|[Rr]egion's|[Oo]blast|[Tt]own|[Tt]own's|[Vv]illage|[Dd]istrict) (?:[Mm]ilitary |[Ss]tate )?[Aa]dministration\b"
     r"|\b(?:[Cc]ity|[Rr]egional|[Oo]blast) (?:government|council)\b|\b(?:Ukrainian )?[Nn]ational [Pp]olice\b|\b[Cc]oordination [Hh]eadquarters\b"
     r"|\b(?:Ukraine's |Ukrainian )?[Nn]ational [Gg]uard\b|\b(?:[Rr]egional |[Oo]blast )?[Gg]overnors?\b|\bmayors?\b|\bMayor\b|\bUkrainian officials?\b|\bUkrainian authorities\b|\bUkrain(?:e's|ian) government\b|\b(?:Kyiv|Kiev)'s government\b|\b(?:the )?(?:Kyiv|Kiev) (?:government|authorities)\b|\b(?:the )?Ukrainian side\b|\bUkrainian sources\b|\bKyiv officials\b"
     r"|\b(?:Ukrain(?:e's|ian)|Kyiv['’]s|Kiev['’]s) (?:state |national )?(?:railway|railways|energy|nuclear|police|rescue|border|health|power)[\w ]{0,25}?(?:company|operator|service|agency|guard)\b"
     r"|\bCoordination (?:Headquarters|Staff|Centre|Center)\b|\bUkrain(?:e's|ian) police\b|\b(?:Kyiv|Kharkiv|Odesa|Dnipro|Zaporizhzhia|Sumy|Kherson|Mykolaiv|Lviv)(?:'s)? (?:[Cc]ity )?[Mm]ilitary [Aa]dministration\b|\bUkrzaliznytsia\b|\bUkrenergo\b|\bEnergoatom\b"
     r"|\b(?:[Dd]istrict|[Rr]egional|[Cc]ity|[Vv]illage|[Oo]blast) (?:head|chief)\b|\bdeputy head\b|\bhead of the (?:\w+ ){0,2}(?:region|regional|oblast|city|district|town|village)(?:['’]s)?(?: (?:[Mm]ilitary |[Ss]tate )?[Aa]dministration)?\b|\bhead of the (?:[\w'’-]+ ){0,3}?[Mm]ilitary [Aa]dministration\b|\b(?<!-)[Mm]ilitary [Aa]dministration\b"
     r"|\b[Oo]fficials in (?:Ukraine|Kyiv)\b|\b(?:[Oo]fficials|[Aa]uthorities) in (?!London|Washington|Moscow|Brussels|Paris|Berlin|Warsaw)[A-Z][a-z]+(?=\s+(?:" + TAG_VERB + r"))|\b[Hh]uman [Rr]ights [Cc]ommissioner\b|\b(?:State )?Border (?:Guard )?Service\b|\b[Rr]egional [Mm]ilitary (?:[Aa]dministration|[Dd]istrict)\b|\badviser to the head\b"
     r"|\bUkrain(?:e's|ian) (?!(?:[Dd]eputy |[Ff]irst )*[Dd]efen[cs]e )(?:[A-Z]?[a-z]+ ){1,2}[Mm]inist(?:ry|er)\b|\bMinist(?:ry|er) of (?:Health|Internal Affairs|Reintegration)\b|\b[Ii]nterior [Mm]inist(?:ry|er)\b|\b[Hh]ealth [Mm]inist(?:ry|er)\b|\bSBU\b|\blocal officials\b|\blocal authorities\b"
     r"|\b[Cc]ommissioner for (?:(?:the )?[Mm]issing [Pp]ersons|[Pp]ersons [Mm]issing)\b|\bDobroserdov\b"
     # (ministers, the police chief, governors and mayors of the war years)
     r"|\bStefanishyna\b|\bSvyrydenko\b|\bLytvynenko\b|\bL(?:ia|ya)shko\b|\bVyhivsk(?:yi|y)\b|\bCent(?:re|er) for Countering Disinformation\b|\bMalashko\b|\bArt(?:iu|yu)kh\b|\bZhyvytsk(?:yi|y)\b|\bChaus\b|\bKozytsk(?:yi|y)\b|\bSadov(?:yi|y)\b|\bFilatov\b|\bTrukhanov\b|\bLys(?:o|oh)gor\b|\bLysohor\b|\bPopko\b|\bBunechko\b|\bLunin\b|\bBorzov\b|\bTaburets\b|\bRaikovych\b|\bMrochko\b|\bHryhorov\b"
     # bare officials as a source ("According to officials, four people were killed in Kharkiv"): the local ones, as
     # for "officials said" below (a Russian place makes them Russian, see document._mention)
     r"|\bofficials\b(?<=ccording to officials)|\bauthorities\b(?<=ccording to authorities)",
     "ua_other", "person"),
    # Russia ("Russian military deaths are put at": the army's losses are no speaker)
    (r"\bKonashenkov\b|\bShoigu\b|\bBelousov\b|\bRudskoy\b|\bGerasimov\b|\bRussian (?:Ministry of Defen[cs]e|(?:[Dd]eputy )?[Dd]efen[cs]e [Mm]inist(?:ry|er)|MoD|military|army|Armed Forces)\b(?!\s+(?:deaths?|dead|losses|casualties|death toll|fatalities|injured|wounded))"
     r"|\bRussia's (?:Ministry of Defen[cs]e|(?:[Dd]eputy )?[Dd]efen[cs]e [Mm]inist(?:ry|er)|military|army|armed forces|MoD)\b(?!\s+(?:deaths?|dead|losses|casualties|death toll|fatalities|injured|wounded))|\bMinistry of Defen[cs]e of (?:the )?Russia(?:n Federation)?\b"
     r"|\bMoscow's (?:defen[cs]e ministry|military)\b|\bKremlin's defen[cs]e ministry\b|\bRussian defen[cs]e officials\b"
     r"|\bRussian ministry\b(?! of (?!defen[cs]e))|\bYevkurov\b|\bSurovikin\b|\bTsivileva\b|\bTeplinsky\b|\bMordvichev\b", "ru_mod", "body"),
    (r"(?<![Ff]oreign )(?<![Ii]nterior )(?<![Hh]ealth )\b(?:[Dd]efen[cs]e )?[Mm]inistry in Moscow\b", "ru_mod", "body"),
    # Russia's groups of forces and their press centres speak for the defence ministry ("Battlegroup Tsentr spokesman",
    # "the head of the group's press center")
    (r"\b(?:Russia['’]s |Russian |the )?[Bb]attle ?[Gg]roups? (?:Vostok|Zapad|Tsentr|Center|Centre|Yug|South|Sever|North|Dnepr|Dnieper|East|West)\b"
     r"|\b(?:Vostok|Zapad|Tsentr|Yug|Sever|Dnepr) (?:[Bb]attle ?[Gg]roup|[Gg]roup(?: of [Ff]orces)?)\b|\bgroup['’]s press cent(?:er|re)\b", "ru_mod", "body"),
    (r"\bPutin\b|\bPeskov\b|(?<!pro-)\bKremlin\b(?!-)|\bRussian [Pp]resident\b|\bRussia's [Pp]resident\b|\bPresident of Russia\b|\bUshakov\b|\bMedinsky\b|\bKiri?yenko\b", "ru_kremlin", "person"),
    # (before Russia's: "independent Russian media outlets Mediazona and Meduza" count, they do not speak for Moscow)
    (r"\b(?:[Ii]ndependent|[Ee]xiled|[Oo]pposition) Russian (?:media(?: outlets?)?|outlets?|news (?:sites?|outlets?)|journalists)\b", "independent", "body"),
    (r"\bPrigozhin\b|\b[Mm]ercenary (?:chief|boss|leader)\b|\bWagner\b(?!\s+(?:[Gg]roup\s+)?(?:fighters|mercenaries|troops|forces|units|soldiers|men|convicts|recruits|assault|positions|columns?)\b)|\bSobyanin\b|\bMoscow [Mm]ayor\b|\bPushilin\b|\bPasechnik\b|\bSaldo\b|\bBalitsky\b|\bMedvedev\b|\bLavrov\b|\bZakharova\b|\bNebenzia\b|\bGladkov\b|\bKadyrov\b|\b(?:the )?Chechen (?:leader|head|republic's (?:leader|head))\b|\bKhinshtein\b|\bBogomaz\b|\bStarovoy?i?t\b|\bRazvozhayev\b|\bAksyonov\b|\bVolodin\b|\bKartapolov\b|\bPatrushev\b|\bRussian Security Council\b"
     r"|\bMoskalkova\b|\bMiroshnik\b|\bRogov\b|\bMishustin\b|\bRyabkov\b|\bRussia's (?:Investigative Committee|[Ff]oreign [Mm]inistry)\b"
     r"|\bRussia(?:'s|n) (?:[Dd]eputy )?[Ff]oreign [Mm]inister\b"
     r"|\bRussia(?:'s|n) (?:[Dd]eputy )?[Pp]rime [Mm]inister\b|\bRussia(?:'s|n) (?:[Hh]ealth|[Ee]mergencies|[Ee]mergency [Ss]ituations) [Mm]inistry\b|\bRussian [Mm]inistry of (?:[Hh]ealth|[Ee]mergenc(?:ies|y [Ss]ituations))\b|\b(?:the )?Russian side\b|\bRussian sources\b|\bRussia's government\b|\bRussian (?:officials?|authorities|government|investigators|Investigative Committee|ombuds(?:man|woman|person)|Foreign Ministry|embassy|envoy|ambassador|media)\b"
     r"|\bRussia['’]s (?:human rights )?(?:ombuds(?:man|woman|person)|commissioner)\b|\bRussia['’]s " + _ENVOY + r"|\bRussian (?:UN )?(?:representative|delegation|delegate)\b"
     r"|\b(?:Donetsk|Luhansk|Lugansk) People's Republic\b|\bDPR\b|\bLPR\b|\bRussian-(?:installed|appointed|backed)\b|\b(?:Moscow|Kremlin)-(?:installed|appointed|backed)\b|\b[Oo]ccupation (?:authorities|officials|administration|head|governor)\b|\b[Ss]eparatist\w*\b|\bpro-Russian\b"
     # (more of Moscow's officials and its appointees in occupied Ukraine: lawmakers, militia spokesmen, commissioners)
     r"|\bMarochko\b|\bBasurin\b|\bBezsonov\b|\bGagin\b|\bStremousov\b|\bTurchak\b|\bSlutsky\b|\bGurulyov\b|\bMatviyenko\b|\bAlaudinov\b"
     r"|\bKulemzin\b|\bPolyansk(?:iy|y)\b|\bLvova-Belova\b|\bLantratova\b|\bRogozin\b|\b(?:State )?Duma\b|\bFederation Council\b"
     r"|\bNaryshkin\b|\bBortnikov\b|\bBastrykin\b|\bVodolatsky\b|\bKlishas\b|\bFSB\b|\bSVR\b|\bFederal Security Service\b|\bRosgvardi(?:a|ya)\b"
     r"|\bRussian (?:lawmakers?|senators?|MPs?|deputies|politicians?|governors?|parliament)\b|\bZolotov\b|\bBeglov\b|\bInvestigative Committee\b(?<!Ukraine's Investigative Committee)(?<!Ukrainian Investigative Committee)(?<!Belarus's Investigative Committee)(?<!Belarusian Investigative Committee)",
     "ru_other", "person"),
    # International
    (r"\bOHCHR\b|\bHRMMU\b|\bUN [Hh]uman [Rr]ights\b|\bU\.?N\.? (?:Human Rights )?[Mm]onitoring [Mm]ission\b|\bHuman Rights Monitoring Mission\b"
     r"|\bOffice of the (?:UN |United Nations )?High Commissioner for Human Rights\b|\bUnited Nations\b|\bU\.?N\.?\b|\bBachelet\b|\bT[üu]rk\b|\bDi[Cc]arlo\b"
     r"|\bGuterres\b|\bBogner\b|\bDanielle Bell\b|\bDenise Brown\b|\bGriffiths\b|\bJen[čc]a\b|\bKhiari\b|\bUN (?:Security Council|[Ss]ecretariat)\b|\bUNICEF\b|\bWHO\b|\bWorld Health Organi[sz]ation\b|\bUNHCR\b|\bOCHA\b|\bUN rights office\b|\bhuman rights office\b|\bmonitoring mission\b|\bUN\b", "un", "body"),
    (r"\bPentagon\b|\bWhite House\b|\bMilley\b|\bAustin\b|\bKirby\b|\bBiden\b|\bBlinken\b|\bBurns\b|\bCIA\b|\bHaines\b|\bRyder\b|\bSullivan\b|\bTrump\b|\bWitkoff\b|\bHegseth\b|\bRubio\b|\bKellogg\b|\bCavoli\b|\bSabrina Singh\b"
     r"|\bU\.?S\.? (?:[Oo]fficials?|[Ii]ntelligence|[Ii]ntel|[Gg]overnment|[Aa]dministration|[Dd]efen[cs]e [Oo]fficials?|Defen[cs]e Department|[Mm]ilitary|[Ee]stimates?|Department of Defense|Secretary of Defense|assessment|(?:intelligence |classified )?documents)\b"
     r"|\bUS (?:[Oo]fficials?|(?:intelligence |classified )?documents|[Ii]ntelligence|Defen[cs]e Department|Department of Defen[cs]e|[Mm]ilitary|[Gg]overnment|[Aa]dministration)\b|\bAmerican (?:and \w+ )?(?:[Oo]fficials?|[Ii]ntelligence)\b"
     # a serving officer speaks for his government: "a senior U.S. general said", "the top American commander in Europe"
     r"|\b(?:U\.S\.|US|American) (?:(?:military|defen[cs]e|army|air force) )?(?:generals?|admirals?|commanders?)\b|\bDepartment of Defense\b|\bDefen[cs]e Intelligence Agency\b|\bAmerica['’]s (?:top )?(?:generals?|officials?|military|intelligence)\b|\bU\.?S\.? and (?:other )?(?:European|Western|other|allied|British) officials\b|\bDIA\b|\bState Department\b|\b(?:[Tt]he )?U\.?S\.? [Ee]mbassy\b|\b(?:[Tt]he )?US [Ee]mbassy\b|\b(?:U\.?S\.?|United States|American) " + _ENVOY + r"|\bWashington\b(?!-based| Post| [Tt]hink[- ]tank| [Ii]nstitute)|\bpresident Trump\b|\bKahl\b|\bNuland\b|\bWaltz\b|\bLeavitt\b|\bVance\b"
     # (the chairman of the Joint Chiefs, the intelligence director, the European command)
     r"|\bJoint Chiefs\b|\bDirector of National Intelligence\b|\bODNI\b|\bGabbard\b|\bRatcliffe\b|\bNed Price\b|\bKamala Harris\b|\bVice President Harris\b"
     r"|\bEUCOM\b|\b(?:U\.S\.|US) European Command\b",
     "us_gov", "person"),
    (r"\bU\.?K\.? (?:Ministry of Defen[cs]e|[Dd]efen[cs]e [Mm]inistry|MoD|(?:[Mm]ilitary )?[Ii]ntelligence|[Gg]overnment|[Oo]fficials?|[Dd]efen[cs]e [Ii]ntelligence|Defence Secretary)\b"
     r"|\bBritish (?:Ministry of Defen[cs]e|[Dd]efen[cs]e [Mm]inistry|[Mm]ilitary [Ii]ntelligence|[Ii]ntelligence|[Ii]ntel|[Gg]overnment|[Oo]fficials?|[Dd]efen[cs]e"
     r"|estimates?|assessments?|figures?)\b|\bBritain['’]s (?:Ministry of Defen[cs]e|[Dd]efen[cs]e [Mm]inistry|[Dd]efen[cs]e|[Mm]ilitary [Ii]ntelligence|[Ii]ntelligence)\b"
     r"|\bDefence Intelligence\b(?! Agency| of Ukraine)|\bMI6\b|\bSecret Intelligence Service\b|\bRichard Moore\b|\bKeast-Butler\b|\bGCHQ\b|\b(?:UK |British )?(?:defence )?intelligence update\b|\bWallace\b|\bHeappey\b|\bShapps\b|\bHealey\b|\bSunak\b|\bBoris Johnson\b|\bRadakin\b|\bLammy\b|\bStarmer\b|\bDavid Cameron\b|\bLondon\b|\bPollard\b"
     r"|\bWhitehall(?: officials| sources)?\b|\bDowning Street\b"  # (the seats of the British government)
     r"|\b(?:British|UK|U\.K\.|Britain['’]s|UK['’]s|U\.K\.['’]s) " + _ENVOY + r"|\b(?:the )?United Kingdom['’]s (?:(?:[Dd]eputy )?[Dd]efen[cs]e (?:[Mm]inister|[Ss]ecretary)|[Mm]inistry of [Dd]efen[cs]e|government|intelligence)\b"
     r"|\bCleverly\b|\bTruss\b|\bForeign Office\b(?<!German Foreign Office)(?<!Federal Foreign Office)(?<!Russian Foreign Office)|\bFCDO\b|\bForeign,? Commonwealth (?:and|&) Development Office\b|\bForeign Secretary\b(?<!US Foreign Secretary)(?<!U\.S\. Foreign Secretary)|\bArmed Forces Minister\b|\bHockenhull\b|\bPatrick Sanders\b|\bRol(?:y|and) Walker\b|\bLeo Docherty\b|\bMaria Eagle\b|\b(?:British|UK|U\.K\.|Britain['’]s) (?:[Cc]hief of (?:the )?[Dd]efen[cs]e [Ss]taff|[Aa]rmed [Ff]orces [Mm]inister)\b",
     "uk_gov", "person"),
    (r"\bNATO\b|\bNato\b|\bStoltenberg\b|\bRutte\b|\bEuropean Union\b|\bEU\b|\bBorrell\b|\b[Vv]on der Leyen\b|\bEuropean Commission\b|\bOSCE\b"
     r"|\b(?:Estonian|Norwegian|French|German|Polish|Lithuanian|Latvian|Finnish|Dutch|Canadian|Australian) (?:[Oo]fficials?|[Ff]oreign [Oo]ffice|(?:[Ff]oreign |[Mm]ilitary )?[Ii]ntelligence|[Gg]overnment|defen[cs]e (?:chief|ministry|minister)|(?:top )?general|military chief)\b"
     r"|\b(?:South Korea's|South Korean) (?:[\w-]+ ){0,2}(?:[Aa]gency|[Ss]ervice|intelligence|officials?|government|ministry|military|lawmakers?)\b"
     r"|\b(?:Turkish|Polish|Belarusian|Hungarian|Czech|Slovak|Romanian|Moldovan|Italian|Spanish|Israeli|Chinese|Indian|Japanese|Georgian|Swedish|"
     r"Danish|Belgian|Austrian|Greek|Bulgarian|Irish|Portuguese|Brazilian|Iranian|Kazakh) (?:President|Prime Minister|PM|leader|[Ff]oreign [Mm]inister|"
     r"[Dd]efen[cs]e [Mm]inister|government|officials?|intelligence)\b|\b(?:Belarus|Turkey|Hungary|China|India|Israel|Italy|Spain)(?:'s)? (?:leader|president|"
     r"prime minister|foreign minister|defen[cs]e minister|government|officials?)\b|\bLukashenko\b|\bErdogan\b|\bOrban\b|\bDuda\b|\bMeloni\b|\bXi Jinping\b"
     r"|\bMacron\b|\bScholz\b|\bKristersson\b|\bIntelligence (?:Service|services) of\b|\b(?:Western|European|Baltic|Nordic|allied|Allied) (?:(?:intelligence|defen[cs]e|military|security|government) )?(?:officials?|intelligence|governments?|estimates?|allies|sources|diplomats?)\b"
     r"|\b(?:Norway|Estonia|Latvia|Lithuania|Poland|France|Germany|Finland|Canada|Australia|Japan|Sweden|Denmark|the Netherlands|Moldova|Romania"
     r"|Czechia|the Czech Republic|Slovakia|Bulgaria|Greece|Belgium|Austria|Switzerland|Ireland|Portugal)(?:'s)?\s+(?:\w+\s+){0,2}"
     r"(?:chief|minister|ministry|intelligence|officials?|government|army|defen[cs]e|commander|president|general)\b"
     r"|\bKallas\b|\bPistorius\b|\bBreuer\b|\bLecornu\b|\bBurkhard\b|\bKristoffersen\b|\bRosin\b|\bMerz\b|\bTusk\b|\bSikorski\b|\bKosiniak-Kamysz\b|\bLandsbergis\b|\bPevkur\b|\bTsahkna\b|\bStubb\b|\bTrudeau\b|\bKishida\b|\bBaerbock\b|\bWadephul\b|\bBundeswehr\b|\bBND\b|\bRob Bauer\b|\bNaus[eė]da\b|\bFrederiksen\b|\bHakan Fidan\b|\bPetr Pavel\b|\bNational Intelligence Service\b|\bNIS\b", "other_gov", "person"),
    (r"\bMediazona\b|\bMediaZona\b|\bBBC Russian\b|\bBBC News Russian\b|\bRussian service of the BBC\b|\bBBC's Russian service\b|\bOryx\b|\bUALosses\b|\bMeduza\b|\b[Ii]Stories\b|\bVerstka\b|\bVot Tak\b|\bThe Insider\b|\bNovaya Gazeta\b|\b(?:[Ii]ndependent|[Ii]nvestigative) (?:outlet|media outlet|news site|website|journalists|analysts)\b|\b(?:OSINT|[Oo]pen[- ]source) (?:analysts|researchers|investigators)\b|\bInstitute for the Study of War\b|\bISW\b"
     r"|\bCSIS\b|\bCenter for Strategic\b|\bIISS\b|\bInternational Institute for Strategic Studies\b|\bThe Economist\b|\b[Rr]esearchers\b|\bRUSI\b|\bRoyal United Services Institute\b"
     r"|\b(?:[A-Z][\w-]+\s+)?[Tt]hink[- ]tank\b|\bKyiv School of Economics\b|\bKSE\b|\bForbes(?: Ukraine)?\b"
     # the outlet's own count, outside quotes (document.py drops these inside them): "Our own model ... suggests", "we estimate"
     r"|\b[Oo]ur (?:own )?(?:model|estimates?|count|analysis|tally|calculations?|research|investigation)\b|\b[Ww]e (?:estimate|calculate|reckon)\b"
     r"|\bConflict Intelligence Team\b|\bCIT\b|\bBellingcat\b|\bDossier Cent(?:er|re)\b|\bFrontelligence\b|\bRochan Consulting\b|\bWarSpotting\b"
     # journalists who count ("Journalists have identified 27,906 ...", "the journalists also found that ...")
     r"|\b[Jj]ournalists\b(?=\s+(?:(?:have|had|also|further|then|now|so far)\s+){0,2}(?:identified|counted|confirmed|established|found|tallied"
     r"|verified|calculated|estimated|compiled|documented|recorded|identify|count|confirm|estimate|calculate)\b)"
     r"|\bLost ?Armou?r\b|\bJanes\b|\bKiel Institute\b|\b[Dd]emographers?\b|\bRe: Russia\b|\bKofman\b|\bZona Media\b"
     # (research institutes and conflict-data projects named without "think tank", OSINT maps, and analysts quoted by name)
     r"|\bACLED\b|\bArmed Conflict Location\b|\bUCDP\b|\bUppsala Conflict Data\b|\bRAND\b|\bBrookings\b|\bAtlantic Council\b|\bCarnegie\b|\bCNAS\b|\bCenter for a New American Security\b|\bHudson Institute\b|\bAmerican Enterprise Institute\b|\bHeritage Foundation\b|\bWilson Center\b|\bJamestown Foundation\b|\bCritical Threats\b|\bChatham House\b|\bSIPRI\b|\bEuropean Council on Foreign Relations\b|\bECFR\b|\bDeepState\w*\b|\bGeoConfirmed\b|\bMilitaryLand\b|\bRob Lee\b|\bJack Watling\b|\bJustin Bronk\b|\bMassicot\b|\bGaleotti\b|\bPhillips O[\'’]Brien\b",
     "independent", "body"),
]
_NOT_PLACE = r"(?<!\bin )(?<!\bof )(?<!\bfor )(?:(?<!\bto )|(?<=ccording to ))(?:(?<!\bfrom )|(?<=estimate from )|(?<=estimates from )|(?<=figures from ))"  # "According to Kyiv," too
# a country or capital speaks when a speech verb follows, or after "according to" ("Kyiv's losses, according to Moscow, stand at")
_SPEAKS = r"(?:(?:(?<=ccording to Kyiv)|(?<=ccording to Kiev)|(?<=ccording to Ukraine)|(?<=ccording to Moscow)|(?<=ccording to Russia)"
_SPEAKS += r"|(?<=ccording to the UK)|(?<=ccording to Britain)|(?<=reported by Kyiv)|(?<=reported by Kiev)|(?<=reported by Moscow)"
_SPEAKS += r"|(?<=given by Kyiv)|(?<=given by Moscow)|(?<=provided by Kyiv)|(?<=provided by Moscow)|(?<=published by Kyiv)|(?<=published by Moscow)|(?<=estimate from Kyiv)|(?<=estimates from Kyiv)|(?<=figures from Kyiv)"
_SPEAKS += r"|(?<=estimate from Moscow)|(?<=estimates from Moscow)|(?<=figures from Moscow))(?!['’]s)|(?=(?:,\s*(?:however|meanwhile|in turn|for its part|though),|,\s*which)?\s+(?:also\s+|has\s+|had\s+|on\s+\w+\s+|last\s+|\w+ly\s+|earlier\s+|previously\s+|again\s+|now\s+|itself\s+|so\s+far\s+|(?:last|this)\s+(?:week|month)\s+){0,3}(?:said(?!\s+to\b)|says|(?:claimed|claims)(?!\s+(?:the\s+)?(?:lives?|life)\b)|reported(?!\s+to\b)|reports|estimated|estimates|announced|confirmed|stated|added|wrote|noted|admitted|admits|acknowledged|acknowledges|insisted|insists|puts|put|rejected|denied|dismissed|disputed|refutes|refuted|(?:spoke|speaks|spoken)\s+of"
_SPEAKS += r"|(?:maintains|maintained|argues|argued|contends|contended|guarantees|assures|assured)(?=\s+that\b)"
_SPEAKS += r"|named(?=\s+(?:the|a|its|their)\s+(?:number|figure|toll|count))"  # "Moscow last named the number of its dead in 2022"
_SPEAKS += r"|(?:gave|given|provided)\s+(?:its|the|an?)\s+(?:[\w-]+\s+){0,2}(?:toll|figures?|count|estimates?|tally|update)"
# "Russia has never updated its count of 5,937 dead": the count is still its own
_SPEAKS += r"|(?:never\s+|not\s+)?updated\s+(?:its|the)\s+(?:[\w-]+\s+){0,2}(?:toll|figures?|count|estimates?|tally))\b)"
# "Russia has not disclosed its losses but said in 2022 that 5,937 had died": a country that withholds, then speaks
_SPEAKS += (r"|(?=(?:\s+(?:has|have|had|does|did|is)(?:\s+not|n['’]t)|\s+(?:never|rarely|seldom))\b[^.;:!?]{0,80}?"
            r"\s(?:but|and)\s+(?:last\s+|later\s+|once\s+|only\s+|has\s+|had\s+)?(?:said|announced|admitted|acknowledged|reported|confirmed)\b))")
# "officials in southern Ukraine said": the country is where they are, not who speaks (tested after the name:
# lookbehinds of fixed width, one per region word)
_NOT_A_REGION_OF = "".join(f"(?<!{region} {country})" for region in ("eastern", "western", "southern", "northern", "central", "occupied",
                                                                       "south-eastern", "southeastern", "north-eastern", "northeastern")
                           for country in ("Ukraine", "Russia"))
ALIASES += [
    (r"\b(?:[Nn]ewspaper|[Tt]abloid|[Nn]ews (?:outlet|site|website|[Aa]gency)|[Tt]elegram channel|[Bb]logger)\b"
     r"|\b[Rr]eports(?=\s+(?:indicate|indicated|suggest|suggested|show|showed)\b)"  # "Reports indicate that ..."
     # an agency's own count: "..., Sputnik calculated on Wednesday" (relaying, "TASS reported", is no claim of its own)
     r"|\b(?:Sputnik|TASS|RIA Novosti|Reuters|AFP|Interfax)(?=\s+(?:calculated|estimated|counted|tallied|computed)\b)"
     # rights groups speak for none of the listed parties, but they are speakers: the next source in the sentence is not theirs
     r"|\bHuman Rights Watch\b|\bHRW\b|\bAmnesty International\b|\bAmnesty\b(?!\s+law)|\bMedecins Sans Frontieres\b|\bDoctors Without Borders\b",
     "other", "body"),
    (rf"{_NOT_PLACE}\b(?:Ukraine|Kyiv|Kiev)\b{_NOT_A_REGION_OF}{_SPEAKS}|\b(?:Kyiv|Kiev)['’]s\b(?=\s+(?:\w+\s+){{0,2}}(?:claims?|figures?|estimates?|data|tally|count|telling|account|reckoning|version))"
     # "Ukraine's figure is higher" (not "Ukraine's casualty figures": a noun between makes them figures of its losses)
     r"|\bUkraine['’]s\b(?=\s+(?:own\s+|official\s+)?(?:claims?|figures?|estimates?|tally|count)\b)", "ua_mod", "body"),
    (rf"{_NOT_PLACE}\b(?:Russia|Moscow)\b{_NOT_A_REGION_OF}{_SPEAKS}", "ru_mod", "body"),
    # other capitals speak for their governments the same way ("Seoul said", "according to Berlin")
    (rf"{_NOT_PLACE}\b(?:Seoul|Pyongyang|Berlin|Paris|Warsaw|Beijing|Tokyo|Ankara|Budapest|Minsk|Tehran)\b{_SPEAKS}", "other_gov", "body"),
    # the tag inverted at the end of a clause: "Ukraine lost 400 soldiers near Bakhmut, says Moscow"
    # (the name first, its lookbehind after it: a pattern that opens on a lookbehind is tried at every character)
    (r"\b(?:Kyiv(?<=\b(?:says|said) Kyiv)|Kiev(?<=\b(?:says|said) Kiev)|Ukraine(?<=\b(?:says|said) Ukraine))(?=\s*(?:[.,;\n]|$))",
     "ua_mod", "body"),
    (r"\b(?:Moscow(?<=\b(?:says|said) Moscow)|Russia(?<=\b(?:says|said) Russia))(?=\s*(?:[.,;\n]|$))", "ru_mod", "body"),
    # the agent of a source verb: "the figure put forward by Washington", "claimed by Kyiv" (the verb is the marker)
    (r"(?<=\bby )(?:Kyiv|Kiev)\b", "ua_mod", "body"), (r"(?<=\bby )Moscow\b", "ru_mod", "body"),
    (r"(?<=\bby )Washington\b", "us_gov", "body"),
    # "figures released by the United States" (the name first, its lookbehind after it)
    (r"\bthe (?:United States\b(?<=\bby the United States)|US\b(?<=\bby the US)|U\.S\.(?<=\bby the U\.S\.))", "us_gov", "body"), (r"(?<=\bby )London\b", "uk_gov", "body"),
    # "The UK puts ...", "the U.K. said": the government speaks (a capital "The" opens a sentence)
    (rf"{_NOT_PLACE}\b(?:[Tt]he UK\b|[Tt]he U\.K\.|Britain\b){_SPEAKS}", "uk_gov", "body"),
    (rf"{_NOT_PLACE}\b(?:[Tt]he US\b|[Tt]he U\.S\.|[Tt]he United States\b){_SPEAKS}", "us_gov", "body"),
    # a headline drops the article: "Russian losses pass 300,000, UK says"
    (r"(?<![\w.])(?:UK|U\.K\.)(?=\s+(?:says|said|estimates|believes)\b)", "uk_gov", "body"),
    (r"(?<![\w.])(?:US|U\.S\.)(?=\s+(?:says|said|estimates|believes)\b)", "us_gov", "body"),
    # "according to Ukrainian estimates": a side's own count of losses is its military's
    (r"\bUkrain(?:ian|e's) (?:official )?(?:estimates?|figures|data|count|tally|claims?)\b", "ua_mod", "body"),
    (r"\bRussian (?:official )?(?:estimates?|figures|data|count|tally|claims?)\b"
     r"|\bRussia['’]s (?:last |latest |previous |own )?(?:official )?(?:update|tally|count|statement|figures?|estimates?|claims?)\b", "ru_mod", "body"),  # "Russia's last official update"
    (r"\b(?:the|its|UN|U\.N\.) (?:human rights )?mission in Ukraine\b", "un", "body"),
    # Last, so that any named or national form above wins: bare "officials said" in reports from Ukraine are local officials
    # (a Russian place in the sentence makes them Russian, see document._mention).
    (r"(?:(?<![\w,] )(?<!\w)\b|(?<=\bthe )|(?<=\bThe )|(?<=, ))(?:[Ll]ocal |[Rr]egional |[Cc]ity )?(?:[Oo]fficials|[Aa]uthorities"
     r"|police(?: chief| head| spokes(?:man|woman|person))?)\b"
     r"(?=\s+(?:" + TAG_VERB + r"))|\b[Tt]he [A-Z][a-z]+ (?:[Oo]fficials|[Aa]uthorities|police)\b(?=\s+(?:" + TAG_VERB + r"))",  # "the Pskov authorities"
     "ua_other", "person"),
    (r"\b(?:Moscow|Kremlin)['’]s\b(?=\s+(?:\w+\s+){0,2}(?:claims?|figures?|estimates?|data|statements?|tally|count|telling|account|reckoning|version))",
     "ru_kremlin", "body"),
]
ALIAS_RES = [(fastre.compile(p), c, k) for p, c, k in ALIASES]

# People who speak for a government only while in office: before or after it, "Trump said" is a private person (`other`).
# (name, claimant, terms as (first day, last day or None))
OFFICE_TERMS: list[tuple[str, str, list[tuple[date, date | None]]]] = [
    ("Trump", "us_gov", [(date(2017, 1, 20), date(2021, 1, 19)), (date(2025, 1, 20), None)]),
    ("Biden", "us_gov", [(date(2021, 1, 20), date(2025, 1, 19))]),
    ("Austin", "us_gov", [(date(2021, 1, 22), date(2025, 1, 19))]),
    ("Blinken", "us_gov", [(date(2021, 1, 26), date(2025, 1, 19))]),
    ("Milley", "us_gov", [(date(2019, 10, 1), date(2023, 9, 29))]),
    ("Wallace", "uk_gov", [(date(2019, 7, 24), date(2023, 8, 30))]),
    ("Shapps", "uk_gov", [(date(2023, 8, 31), date(2024, 7, 4))]),
    ("Sunak", "uk_gov", [(date(2022, 10, 25), date(2024, 7, 4))]),
    ("Boris Johnson", "uk_gov", [(date(2019, 7, 24), date(2022, 9, 5))]),
    ("David Cameron", "uk_gov", [(date(2023, 11, 13), date(2024, 7, 4))]),
    ("Lammy", "uk_gov", [(date(2024, 7, 5), None)]),
    ("Starmer", "uk_gov", [(date(2024, 7, 5), None)]),
    ("Hegseth", "us_gov", [(date(2025, 1, 25), None)]),
    ("Kahl", "us_gov", [(date(2021, 4, 28), date(2023, 7, 31))]),
    ("Nuland", "us_gov", [(date(2021, 5, 3), date(2024, 3, 22))]),
    ("Waltz", "us_gov", [(date(2025, 1, 20), None)]),
    ("Leavitt", "us_gov", [(date(2025, 1, 20), None)]),
    ("Vance", "us_gov", [(date(2025, 1, 20), None)]),
    ("Truss", "uk_gov", [(date(2021, 9, 15), date(2022, 10, 25))]),
    ("Cleverly", "uk_gov", [(date(2022, 9, 6), date(2024, 7, 5))]),
    ("Rubio", "us_gov", [(date(2025, 1, 21), None)]),
    ("Ned Price", "us_gov", [(date(2021, 1, 20), date(2025, 1, 19))]),
    ("Harris", "us_gov", [(date(2021, 1, 20), date(2025, 1, 19))]),
    ("Gabbard", "us_gov", [(date(2025, 2, 12), None)]),
    ("Ratcliffe", "us_gov", [(date(2020, 5, 26), date(2021, 1, 19)), (date(2025, 1, 23), None)]),
    ("Patrick Sanders", "uk_gov", [(date(2022, 6, 6), date(2024, 6, 14))]),
    ("Walker", "uk_gov", [(date(2024, 6, 15), None)]),
    ("Leo Docherty", "uk_gov", [(date(2023, 11, 13), date(2024, 7, 4))]),
    ("Maria Eagle", "uk_gov", [(date(2024, 7, 9), date(2025, 9, 6))]),
    ("Merz", "other_gov", [(date(2025, 5, 6), None)]),
    ("Scholz", "other_gov", [(date(2021, 12, 8), date(2025, 5, 5))]),
    ("Tusk", "other_gov", [(date(2014, 12, 1), date(2019, 11, 30)), (date(2023, 12, 13), None)]),
    ("Sikorski", "other_gov", [(date(2023, 12, 13), None)]),
    ("Kosiniak-Kamysz", "other_gov", [(date(2023, 12, 13), None)]),
    ("Landsbergis", "other_gov", [(date(2020, 12, 7), date(2024, 12, 12))]),
    ("Stubb", "other_gov", [(date(2024, 3, 1), None)]),
    ("Trudeau", "other_gov", [(date(2015, 11, 4), date(2025, 3, 13))]),
    ("Kishida", "other_gov", [(date(2021, 10, 4), date(2024, 9, 30))]),
    ("Baerbock", "other_gov", [(date(2021, 12, 8), date(2025, 5, 5))]),
    ("Wadephul", "other_gov", [(date(2025, 5, 6), None)]),
    ("Rob Bauer", "other_gov", [(date(2021, 6, 25), date(2025, 1, 16))]),
    ("Petr Pavel", "other_gov", [(date(2023, 3, 9), None)]),
    # Ukraine's defence ministers who moved: the post they held that day (LABELING: ua_mod is the ministry "and minister";
    # Russia's are listed by name under ru_mod, so Shoigu stays ru_mod after May 2024 and Belousov before it)
    ("Reznikov", "ua_mod", [(date(2021, 11, 4), date(2023, 9, 5))]),
    ("Umerov", "ua_mod", [(date(2023, 9, 6), date(2025, 7, 16))]),
    ("Shmyhal", "ua_mod", [(date(2025, 7, 17), None)]),
    ("Zaluzh", "ua_mod", [(date(2021, 7, 27), date(2024, 2, 8))]),
]
# What a moved minister speaks for outside the term above (a default of `other`: a private person)
OUT_OF_OFFICE = {"Umerov": "ua_other", "Shmyhal": "ua_other", "Zaluzh": "ua_other"}


def in_office(name: str, claimant: str, day: date) -> str:
    """The claimant a mention of `name` stands for on `day`: its government while in office, else `other` (or the
    post a moved minister held then)."""
    for person, government, terms in OFFICE_TERMS:
        if person in name and government == claimant:
            return claimant if any(start <= day and (end is None or day <= end) for start, end in terms) else OUT_OF_OFFICE.get(person, "other")
    return claimant

# News outlets relay claims; their "reported" names no claimant.
OUTLET = fastre.compile(
    r"^(?:RIA(?: Novosti)?|TASS|Reuters|AP|AFP|Interfax(?:-Ukraine)?|Ukrinform|CNN|BBC|Sputnik|RT|Anadolu|Xinhua|UNIAN|Censor\.NET|"
    r"Ukrainska Pravda|Kyiv Independent|The Kyiv Independent|Meduza|Bloomberg|The Guardian|The New York Times|news agency|the agency|the outlet|"
    r"the newspaper|the broadcaster|state media|media reports|local media)$",
    re.IGNORECASE,
)
# Ukraine's oblast centres, whose names also name their regions.
UA_OBLAST_CENTRES = (r"Kyiv|Kharkiv|Kherson|Zaporizhzhia|Zaporizhia|Dnipro|Odesa|Sumy|Mykolaiv|Chernihiv|Lviv|Poltava|Vinnytsia|Zhytomyr|"
                     r"Khmelnytskyi|Rivne|Lutsk|Ternopil|Uzhhorod|Chernivtsi|Cherkasy|Kropyvnytskyi")
# Places held by Russia or inside it: a mayor or governor there speaks for the Russian side.
RU_PLACES = fastre.compile(
    r"\b(?:(?:Donetsk|Luhansk)(?! [Oo]blast| [Rr]egion)|Lugansk|Horlivka|Gorlovka|Makiivka|Makeyevka|Belgorod|Kursk|Sudzha|Shebekino|Bryansk|Crimea|Sevastopol|Voronezh|Rostov|"
    r"DPR|LPR|Tokmak|Melitopol|Berdyansk|Nova Kakhovka|Yenakiieve|Alchevsk|Stakhanov|"
    # Russian regions whose officials report their dead and their strikes
    r"Kemerovo|Buryatia|Dagestan|Tatarstan|Bashkortostan|Krasnodar|Novosibirsk|Irkutsk|Pskov|Oryol|Lipetsk|Tambov|Kaluga|Smolensk|"
    r"Volgograd|Saratov|Samara|Sverdlovsk|Chelyabinsk|Krasnoyarsk|Zabaykalsky|Tuva)\b"
)

# A speaker's own voice: "I", "we" (a quote's first person; beside it, "they" and "their" are the other side)
FIRST_PERSON = re.compile(r"\b(?:I|we|We)\b")
# Weapons one side fields: the side that loses them when they are downed or destroyed ("shot down four Storm Shadow
# missiles" are Ukraine's; "destroyed 30 Shahed drones" are Russia's), with no side word of their own
UA_WEAPON = fastre.compile(r"\b(?:Storm Shadows?|SCALP|ATACMS|HIMARS|Neptunes?|Bayraktars?|TB2|Leopards?|Abrams|Bradleys?|Challenger|Marders?"
                           r"|M777s?|Caesars?|Krab|PzH 2000|Patriot|IRIS-T|NASAMS|Stryker|M113|Senator|Kozak|Himars)\b")
RU_WEAPON = fastre.compile(r"\b(?:Shaheds?|Geran(?:-\d)?s?|Lancets?|Orlans?|Kalibrs?|Kh-\d+\w*|Iskanders?|Kinzhals?|Onyx|Zircon|Tochka-U|Su-\d+\w*"
                           r"|Ka-52s?|Mi-\d+\w*|Tu-\d+\w*|T-90\w*|T-80\w*|T-72\w*|BMP-\d|BTR-\d+\w*|Pantsir|Tor-M\d|Buk-M\d|S-400|S-300|Grad|Uragan|Smerch|Tornado-S)\b")
# A bare "ministry of defence" / "General Staff" / "the military" takes its side from context.
GENERIC_BODY = fastre.compile(
    r"\b(?:[Dd]efen[cs]e [Mm]inistry|[Mm]inistry of [Dd]efen[cs]e|MoD|MOD|General Staff|general staff|[Aa]rmed [Ff]orces|the military|the ministry|the Ministry|the army|[Tt]he brigade)\b"
)

SPEECH = fastre.compile(
    # ("an attack claimed the lives of two": a death, no claim)
    r"\b(?:said|says|say|saying|told|tells|(?:claimed|claims|claim|claiming)(?!\s+(?:the\s+)?(?:lives?|life)\b)|reported|reports|report(?:ing)?|announced|announces|stated|states|"
    r"estimated(?:(?!\s+at\b(?!\s+least))|(?=\s+at\s+(?:[^,;.]|(?<=\d)[,.](?=\d)){1,35}?\bby\s))(?!\s+to\s+(?:have|be)\b)|estimates|estimate|believe|added|adds|noted|notes|wrote|writes|confirmed|confirms|recorded|records|verified|verifies|documented|"
    r"counted|counts|tallied|tallies|revealed|informed|briefed|posted|assessed|assesses|believes|asserted|insisted|declared|disclosed|updated|"
    r"put|puts|cited|quoted|registered|specified|explained|emphasi[sz]ed|stressed|pointed out|boasted|acknowledged|admitted|"
    r"acknowledges|admits|concedes|conceded|acknowledging|admitting|conceding|"
    r"according to|as per|data from|figures from|per|citing|accused|warned|alleged|reckons|calculated|tweeted|shared|spoke|spoken|speaking|speaks|"
    r"put the|puts the|putting|suggested|suggests|suggest|show|shows|showed|indicated|indicates|indicate|concluded|found|find|finds|"
    r"established|identified|compiled|announcing|reporting|adding|noting|claiming|estimating|asserting|insisting|stating|"
    r"(?:published|released|provided|issued|given|supplied|made|kept|compiled|maintained|tallied|put forward|cited|quoted|claimed|announced)(?=\s+by\b)|"  # "the figure published by the General Staff"
    r"(?:investigation|study|analysis|tally|count)(?=\s+by\s+(?-i:[A-Z]))|"  # "A data investigation by Mediazona and Meduza"
    r"(?:maintains|maintained|argues|argued|contends|contended|guarantees|assures|assured)(?=\s+that\b)|"  # "Kyiv maintains that"
    # "Trump had written that Ukraine had lost 400,000" (not "a written statement")
    r"written(?=\s+(?:that\b|on\s+(?:Telegram|X|Twitter|Facebook|social|his|her|its|their|Truth)\b)|\s*[:,]?\s*[\"“])|"
    # a figure's source named after it: "The figure comes from Ukraine's General Staff" (only after a figure noun: see document._agent)
    r"(?:comes|come|came)\s+from|"
    # a reply in a debate: "Russia's envoy countered that 29 people had died"
    r"(?:countered|counters|retorted|replied|replies|responded|responds|objected)(?=\s+(?:that\b|by\s+saying\b)|\s*[:,]?\s*[\"“])|"
    # whoever recovers the dead counts them: "the State Emergency Service has recovered the bodies of 1,700 people"
    r"(?:recovered|recovers|retrieved|exhumed|pulled\s+out)(?=\s+(?:the\s+)?(?:bodies|remains)\b)|"
    # whoever revises a toll reports it: "the ministry raised the number of its soldiers killed ... to 89"
    r"(?:raised|raises|raising|revised|revises|revising|lowered|lowers|upped|increased)(?=\s+(?:the|its|their|his|her)\s+"
    r"(?:[\w'’-]+\s+){0,3}(?:toll|number|count|figure|tally|estimate)\b)|"
    # ("gave new figures on Wednesday": no article before a plural)
    r"(?:gave|gives|given|giving|delivered|provided|provides|offered|offers)(?=\s+(?:\w+\s+){0,2}(?:(?:an?|the|his|her|its)\s+(?:[\w-]+\s+){0,2}"
    r"(?:update|briefing|interview|statement|address|figure|estimate|toll|count|tally)\b|(?:new|updated|fresh|latest|official)\s+"
    r"(?:figures|estimates|numbers|data|tolls|counts)\b))|"
    r"(?:published|publishes|released|releases|issued|issues|presented)(?=\s+(?:its|their|his|her|a|an|the)\s+(?:[\w-]+\s+){0,2}"
    r"(?:report|update|figures|data|statement|assessment|estimate|summary|briefing|tally|count)s?\b))\b",  # "published its monthly update"
    re.IGNORECASE,
)
PRONOUN = fastre.compile(
    r"\b(?:[Hh]e|[Ss]he|[Hh]im|[Hh]er|[Tt]hey|[Tt]hem|[Ii]t|[Tt]he (?:ministry|Ministry|spokes(?:man|woman|person)|office|Office|mission|Mission|agency|"
    # (an adjective before its noun is none: "according to the official data of the regional police")
    r"official(?!\s+(?:information|data|figures?|numbers?|tolls?|counts?|statistics|estimates?|records?|tally|sources?|reports?|statements?))|"
    r"president|President|minister|Minister|governor|mayor|department|military|army|General Staff|service|Service|report|statement|briefing|UN body|body))\b"
)
PERSON_PRONOUN = {"he", "she", "him", "her"}

SUBJECT_WORDS = {
    "civilians": r"civilians?|people|persons?|residents?|inhabitants|individuals|passengers|women|woman|man|victims|rescuers|bodies|non-combatants|peaceful|citizens|lives|adults|"
                 r"workers|employees|(?<![Gg]eneral )staff|drivers|farmers|pensioners|patients|shoppers|worshippers|customers|locals",
    "children": r"children|grandchildren|child|kids?|minors?|boys?|girls?|babies|baby|infants?|teenagers?|newborns?|juveniles?|"
                # an age under 18 alone ("a 16-year-old was among the dead")
                r"(?:[1-9]|1[0-7]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
                r"|seventeen)-(?:year|month|week|day)-olds?",
    "military": r"troops?(?!-)|soldiers?|servicem[ae]n|service ?members?|service ?personnel|military personnel|personnel|militaries|fighters?|combatants?|"
                r"marines?|paratroopers?|conscripts?|prisoners of war|prisoners|POWs?|service ?people|border guards?|mobili[sz]ed|nationalists?|mercenar(?:y|ies)|militants?|servicewom[ae]n|(?:military |foreign )instructors?|cadets|"
                r"defenders?|warriors?|heroes|occupiers?|occupants?|invaders?|orcs?|men|men in uniform|army|forces|military|Russians|Ukrainians|"
                r"(?<!police )(?<!law enforcement )(?<!prison )officers",
}
SUBJECT_RES = {k: fastre.compile(rf"\b(?:{v})\b", re.IGNORECASE) for k, v in SUBJECT_WORDS.items()}

# (not a place's holder: "in Ukrainian-controlled areas", "Russian-occupied Donetsk")
RU_MARK = fastre.compile(r"\b(?:Russian(?!-(?:controlled|held|occupied))|Russia's|Moscow's|Putin'?s|Kremlin'?s|Wagner|Chechen|North Korean|Russians|of Russia|enemy|occupiers?|aggressors?|occupants?|invaders?|orcs?|racists)\b", re.IGNORECASE)
UA_MARK = fastre.compile(r"\b(?:Ukrainian(?!-(?:controlled|held|occupied))|Ukraine's|Kyiv's|Kiev's|Ukrainians|of Ukraine|Zelensky'?s|nationalists?|neo-Nazis?|Kiev regime|AFU|APU|VSU|ZSU"
                         r"|Kyiv regime|(?:NATO|foreign|Western) mercenar(?:y|ies))\b", re.IGNORECASE)
ENEMY = fastre.compile(r"\b(?:enemy|enemy's|occupiers?|occupants?|invaders?|orcs?|aggressors?|aggressor's|adversary|opponent)\b", re.IGNORECASE)
# (not a source's own: "by our count", "according to their figures")
OWN = fastre.compile(r"\b(?:our|its|their|its own|their own|own|his)\b"
                     r"(?!\s+(?:count|counts|estimates?|calculations?|data|figures|information|records|tally|assessment)\b)", re.IGNORECASE)
# (not the two banks of a river or sides of a border: "died in the flooding on both sides of the Dnipro river")
BOTH = fastre.compile(r"\b(?:(?:on )?both sides(?!\s+of\s+(?:the\s+)?(?:[A-Z][\w-]+\s+)?(?:river|border|frontline|front line|bank|Dnipro|Dnieper)\b|\s+of\s*$)|each side|(?<![0-9] )(?<!years )(?<!months )(?<!war )(?<!invasion )combined(?!\s+(?:missile|drone|air|attacks?|strikes?|assaults?|arms|operations?))|on either side|from both|the two (?:armies|sides)"
                      r"|(?:Russian|Russia['’]s) and (?:Ukrainian|Ukraine['’]s) (?:soldiers|troops|servicemen|service members|forces|military personnel)"
                      r"|(?:Ukrainian|Ukraine['’]s) and (?:Russian|Russia['’]s) (?:soldiers|troops|servicemen|service members|forces|military personnel))\b",
                      re.IGNORECASE)

# What a toll does: "the toll stood at", "the toll rose to"
TOLL_MOVES = r"stood|stands|rose|risen|reached|climbed|increased|jumped|grew"
# Loss words. Order matters: the more specific phrase first.
METRIC_WORDS: list[tuple[str, str]] = [
    (r"fatal casualties|fatal losses|irretrievable losses|irrecoverable losses|irreparable losses|irreplaceable losses|killed in action|war dead|death toll|lost (?:their|his|her) lives", "killed"),
    # ("killed or wounded", "dead, wounded, taken prisoner or missing": a list of the dead with the wounded)
    (r"(?:killed|dead|died),? (?:(?:or|and) )?(?:were |been |have been )?(?:\w+ly )?(?:wounded|injured|hurt|maimed)(?:,? (?:or |and )?(?:captured|taken prisoner|(?:gone |went )?missing)){0,3}"
     # (the wounded named first: "had been wounded or killed", "wounded, killed or missing people")
     r"|(?:wounded|injured),? (?:(?:or|and) )?(?:were |been |have been )?(?:killed|dead)(?:,? (?:or |and )?(?:captured|taken prisoner|(?:gone )?missing)){0,3}"
     r"|kills?,? (?:(?:or|and) )?(?:injures?|wounds?)"  # a headline's "Russia kills, injures at least 592 civilians"
     r"|deaths (?:or|and) injuries|casualt(?:y|ies)|causalities|losses|lost|loss|losing|(?:children|minors) (?:have |had )?(?:been )?(?:affected|suffered)|(?:put|taken|knocked) out of action|out of action"
     r"|cost(?=\s+(?:Russia|Ukraine|Moscow|Kyiv|Kiev|the (?:Russian|Ukrainian) (?:army|military)|you|us|them|it)\b)", "casualties"),  # "has cost Ukraine 70,000 soldiers"
    (r"killed|kill|kills|killing|dead|died|die|dying|deaths?|death toll|"
     r"(?<!injury )(?<!injuries )toll(?=[^.;\d]{0,40}\b(?:" + TOLL_MOVES + r")\b|\s+at\b)|fatalit(?:y|ies)|perished|lives|liquidated|eliminated|(?:liquidation|elimination)(?= of\b)|neutrali[sz]ed|(?<!\bto )(?:liquidat|eliminat|neutrali[sz])(?:es|e)|slain|"
     r"killed in action|KIA|found (?:their|its|his) (?:graves?|deaths?|end|eternal rest)|irretrievabl[ey]|irrecoverabl[ey]|bodies|murdered|executed|executions?|fallen|(?:fell|falling) in (?:battle|combat|action)|buried(?!\s+(?:under|beneath|alive))", "killed"),
    # ("sanitary losses", "medical casualties": the wounded, in the armies' own words)
    (r"wounded|wounding|injured|injuring|injur(?:y|ies)|hurt|wounds|maimed|sanitary losses|sanitary casualties|medical casualties|WIA", "wounded"),
    (r"captured|capture|(?<!former )(?<!ex-)prisoners?(?: of war)?(?!\s+(?:(?:who\s+(?:were|had\s+been)\s+)?recruited|(?:drawn\s+|taken\s+)?from\s+(?:penal|prisons?|jails?)))|POWs?|taken prisoner|surrendered|(?:laid|lay|laying) down (?:their|its|his) (?:arms|weapons)|gave themselves up|given themselves up|held captive|captivity|held (?:prisoner |captive )?by|(?:in|into) (?:Ukrainian|Russian|enemy|Ukraine's|Russia's|Kyiv's|Moscow's) (?:hands|custody)|"
     r"being held (?:in|by)|(?:are|were|is|was) (?:still )?being held(?=\s*[.,;]|\s+captive\b)|(?:are|were|is|was) (?:still )?held (?:in|by) (?:Russia|Ukraine|Russian|Ukrainian)", "captured"),
    (r"missing|MIA|unaccounted|fate of|feared (?:buried|trapped)|(?:buried|trapped) under (?:the )?rubble|whereabouts (?:are|remain) unknown|whereabouts of|fate (?:is|remains) unknown", "missing"),
]
METRIC_RES = [(fastre.compile(rf"\b(?:{p})\b", re.IGNORECASE), m) for p, m in METRIC_WORDS]

EQUIPMENT_WORDS: list[tuple[str, str]] = [
    (r"tanks? and (?:other )?(?:combat )?armou?red (?:combat )?vehicles|tanks and armou?red|tanks and other armou?red|"
     r"tanks?,? (?:\w+ ){0,4}(?:and |or )armou?red (?:personnel carriers|vehicles|combat vehicles)", "tanks_armored"),
    (r"fuel tank(?:s|ers)?|tankers", "fuel_tanks"),
    # (tanks by their model names: "16 Leopards Ukraine has lost"; a think tank is no tank)
    (r"(?<!think )(?<!think-)tanks?|Leopards?|Abrams|Challengers?", "tanks"),
    (r"armou?red (?:infantry )?(?:personnel carriers?|combat vehicles?|fighting vehicles?|vehicles?|personnel vehicles?)|APCs?|IFVs?|APVs?|BMPs?|BTRs?|"
     r"infantry fighting vehicles?|(?:Bradley |combat )?fighting vehicles?|armou?red carriers|armou?red cars|armed personnel carriers?"
     r"|Bradleys?|Strykers?|Marders?|M113s?|CV90s?|Kozaks?|MaxxPros?|BMP-\d\w*s?|BTR-\d+\w*s?", "armored_vehicles"),  # by model: "3 Bradleys"
    (r"(?:combat vehicles of )?multiple[- ](?:rocket[- ])?launch(?:er|ers|ing)?[- ](?:rocket )?systems?|multiple[- ]rocket launchers|multiple (?:launch )?missile systems|MLRS|rocket launchers|HIMARS(?!\s+(?:rockets?|missiles?|munitions|shells))", "mlrs"),
    (r"(?:field )?artillery(?: pieces?| systems?| guns?| mounts?)?|howitzers?|mortars|guns|M777s?|Caesars?|PzH[ -]?2000s?|AS-?90s?|Krabs?|Paladins?"
     r"|Msta-\w+|Giatsints?|Giatsint-\w+|Akatsiyas?|Gvozdikas?", "artillery"),
    (r"air[- ]defen[cs]e(?: systems?| units?| launchers?)?|anti-aircraft(?: missile)?(?: systems?| warfare systems)?|SAM systems|surface-to-air missile systems|"
     r"(?<!cruise )(?<!ballistic )(?<!coastal )(?<!anti-ship )(?<!Iskander )missile systems", "air_defense"),  # a bare "missile systems" in Moscow's list
    (r"helicopters?|choppers?|(?:Ka-(?:27|29|50|52)|Mi-(?:8|17|24|26|28|35))(?:s|'s)?", "helicopters"),  # models: "lost 20 Su-25s", "two Ka-52s"
    (r"unmanned aerial vehicles|unmanned aircraft|drones?|UAVs?|Shaheds?|Geran-2s?|Gerans", "uav"),
    (r"(?:fighter |military |combat |war)?(?:aircraft|airplanes?|aeroplanes?|planes?|jets?|warplanes?|fighter jets?|fighters|bombers?)"
     r"|(?:Su|MiG|Tu|Il|Yak|A|An|Be)-\d+[A-Z]*(?:s|'s)?", "aircraft"),
    # (a bare "missiles" is no metric: interceptions of rockets, ballistic missiles and the like are not labelled as cruise missiles)
    (r"cruise missiles?|(?:Storm Shadow|SCALP|Kalibr|Kh-\d+|Tomahawk|Neptune)(?: cruise)? missiles?", "cruise_missiles"),
    (r"submarines?", "submarines"),
    (r"(?:war)?ships?|boats?|vessels?|cutters|warships|frigates|corvettes|(?:maritime|naval|navy) craft", "ships"),
    # (Moscow's "special military (motor) vehicles" are its motor-vehicle count, `vehicles`, as the MoD records read them)
    (r"special(?:ized)? equipment", "special_equipment"),
    # (Iskander launchers; not the missiles themselves, which air defence shoots down)
    (r"(?:mobile )?SRBM|OTRK|Iskander(?:-M)?(?!(?:-M)? (?:ballistic )?missiles?)|operational-tactical missile systems", "srbm"),
    (r"ground robotic systems|ground robots", "ground_robots"),
    (r"(?:military |motor |armou?red )?vehicles|trucks|automotive (?:equipment|vehicles)|cars|automobiles|pick-?up trucks|pickups", "vehicles"),
]
EQUIPMENT_RES = [(fastre.compile(rf"\b(?:{p})\b", re.IGNORECASE), m) for p, m in EQUIPMENT_WORDS]
# Strong loss verbs: before an equipment figure anywhere in its sentence, they make it a loss ("Russia lost 1,990
# soldiers ..., as well as 15 armored combat vehicles").
LOSS_VERB = fastre.compile(r"\b(?:lost|loses|losing|destroyed|destroys|shot down|downed|knocked out|eliminated|losses)\b", re.IGNORECASE)
# Verbs whose subject is the destroyer, not the owner ("Russian forces destroyed 174 planes").
DESTROYER = fastre.compile(r"\b(?:destroy\w*|shot down|downed|disabled|knocked out|hit|eliminated|neutrali[sz]ed|wiped out|burn(?:ed|t)|sunk|sank|captured|seized|intercepted)\b", re.IGNORECASE)
DESTROY = fastre.compile(r"\b(?:destroy\w*|destruction|lost|los(?:s|ses|ing)|shot down|shoot(?:s|ing)? down|downed|downs|downing|intercepts?|disabled|knocked out|put out of action|hit|eliminated|neutrali[sz]ed|wiped out|burn(?:ed|t)|sunk|sank|damaged|captured|seized|intercepted)\b", re.IGNORECASE)

# Scope cues.
CUMULATIVE = fastre.compile(
    r"\b(?:since (?:(?:the )?(?:start|beginning|outbreak|launch)(?! of (?:[\w'’-]+ ){1,4}(?:counter-?offensive|offensive|incursion|push)\b)"
    # ("since the start of the fighting there", "... of fighting in Kursk": that place's fighting, not the war)
    r"(?! of (?:the )?fighting (?:there|(?:in|for|around|near) (?:the )?(?!Ukraine)[A-Z]))(?! of (?:the |this |its |their |our |Ukraine's |Kyiv's |Russia's |so-called )*(?:counter-?offensive|offensive|incursion|operation in(?! Ukraine)|assault|battle|push|advance|year|month|week|January|March|April|May|June|July|August|September|October|November|December|20\d\d))|February(?! \d)|" + FEBRUARY + r" (?:2022|24)|24 " + FEBRUARY + r"|the invasion|the war|the full-scale|the Russian invasion|the special)|"
    r"(?<!month )(?<!week )(?<!year )(?<!day )so far(?! this (?:year|month|week)| in 20\d\d)|in total|to date|overall|total|all told|throughout the war|in (?:the|this) war|of (?:the|this) war|since 2022|since 2014|since it began|since the operation|"
    r"(?:from|between) (?:24 " + FEBRUARY + r"|" + FEBRUARY + r" 24)(?:,? 2022|(?![,.]? 20\d\d))|(?:from|between|since) 24[./]02[./](?:20)?22\b|"  # "From 24 February 2022 ... to 29 February 2024, OHCHR recorded": the war so far
    r"since the conflict|since the fighting(?! (?:there|(?:in|for|around|near) (?:the )?(?!Ukraine)[A-Z]))|whole war|entire war"
    # "Russia's war has killed more than 10,500 civilians": the war is the toll's window
    r"|(?:(?<=\bthe )|(?<=Russia's )|(?<=Moscow's ))(?:full-scale )?(?:war|invasion)(?= (?:has|have) (?:so far |now |already )?(?:killed|claimed|cost|taken)))\b",
    re.IGNORECASE,
)
# What a party's statement is called: "in his overnight video address", "in a statement released on Sunday night"
STATEMENT_NOUNS = r"address|speech|message|statement|remarks|post|update|briefing|report|interview|video"
PERIOD = fastre.compile(
    r"\b(?:(?:in|over|during|within|for) the (?:past|last|previous|preceding) (?:\w+ )?(?:24 hours|day|days|week|weeks|month|months|year|night|hours|daytime)|"
    r"(?:in|over|during) (?:the )?(?:past|last) (?:24 hours|day|week|month)|(?:in|over) (?:recent|the past few|the last few) (?:days|weeks)|(?:monthly|weekly) (?:total|toll|tally|losses)|(?:in|within|over) (?:just |only )?(?:a |one )?24(?:-| )hours?|past day|past 24 hours|last 24 hours|over (?:\w+ )?days|"
    r"(?:in|during) (?:" + MONTHS + r")\.?(?: alone)?(?: \d{4})?(?: alone)?|(?:" + MONTH_NAMES + r") alone|"
    r"(?:" + MONTH_NAMES + r")(?: 20\d\d)? saw\b|"  # "June saw 174 civilians killed": the month is the window
    # ... so is a month the sentence is about: "December was the deadliest month, with 48,670 killed"
    r"(?:" + MONTH_NAMES + r")(?: 20\d\d)? (?:was|has been|became|proved|had been) (?:\w+ )?(?:the|its|a)\b|"
    r"(?<=deadliest |bloodiest |costliest )months?\b[^,.;\d]{0,40},\s*with\b|"  # "... among the deadliest months of the year for civilians, with 196 killed"
    r"(?:in|during|throughout|for|over the course of|(?:in|during|over) the (?:first |last )?(?:\w+|\d+) months of) (?:20\d\d)|since (?:the (?:start|beginning) of )?20(?:2[3-9])\b|on the first day|"
    r"(?:in|over|during) the (?:week|month|fortnight|year|(?:\w+|\d+) (?:days|hours|weeks|months)) (?:to|ending|up to|through)\b|(?<![Aa]s of )this (?:week|month|year)|last (?:week|month|year)|yesterday|(?<!as of )(?<!until )today|overnight(?!\s+(?:video\s+|televised\s+)?(?:" + STATEMENT_NOUNS + r"))|a day earlier|on that day|per week|"
    r"(?:in|over|within|during) (?:two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2}) (?:days|weeks|months)\b(?! of (?:the )?(?:war|invasion))|"  # ("in four weeks of fighting": see _window_is_the_war)
    r"on (?:" + WEEKDAY_NAMES + r") night|(?:on|during) the night (?:of|to|into)\b|"  # "On Thursday night, air defences shot down 24 of 27 drones": that night's
    r"(?:over|during|throughout) the day\b(?!\s+(?:before|after|of|when)\b)|"  # Moscow's "over the day, the enemy lost"
    r"(?:in|over|during) the (?:past |last |same )?24-hour period|"
    r"over the course of (?:a|one) (?:single )?day|between (?:" + WEEKDAY_NAMES + r") and (?:" + WEEKDAY_NAMES + r")|"
    r"over the weekend|(?:this|last|during the|at the) weekend|(?:in|over|during) the (?:week|fortnight)(?=\s*(?:$|\n|[,.;:]))|in a day|in one day|in (?:day|week)(?=\s*(?:$|\n|[,:;-]))|the previous day|the day before|(?:in a week|in a month|in one month)(?! of (?:the )?(?:war|fighting|invasion))|during the night|in the night\b(?!\s+(?:of|to|into|from|before|after)\b)|in a single day|in single day|in the course of the day|within a day|daily (?:losses|figure|toll|tally|count)|in one week|"
    r"in the past week|last night|(?:in|during|over) (?:the )?first (?:\w+ )?(?:days?|weeks?|months?)(?: of the (?:full-scale )?(?:war|invasion))?|"
    r"so far (?:this (?:year|month|week)|in 20\d\d)|(?:in|over|during) the (?:first|second|third|fourth) year of (?:the )?(?:full-scale )?(?:war|invasion)|(?:in|over|during) the (?:first|second|third|fourth|last) (?:quarter|half)(?: of 20\d\d| of (?:the|this) year|(?! of\b))|during the (?:counteroffensive|offensive|week|month)|"
    r"during (?:its|their|Ukraine's|Kyiv's|Russia's|Moscow's) (?:summer |autumn |spring |winter )?(?:counter-?offensive|offensive)|"
    r"(?:over|during|throughout) the (?:summer|winter|spring|autumn)(?: months)?\b|this (?:summer|winter|spring|autumn)\b|"
    r"over the (?:week|month|weekend|past \w+ days)|(?:in|during|over|for) the same (?:time )?period|(?:during|over) that period|(?:in|during|over|for) the (?:specified|reporting|review|covered) period|(?:in|over|for) that period|(?:over|during) the period(?!\s+(?:of|since|from|between|after)\b)|(?:in|during|over) (?:that|the same) (?:month|week|day)|this past week|"
    r"in a single (?:day|week|month)|since the (?:start|beginning) of (?:the|this) (?:month|year|week)|since (?:the )?New Year\b|"
    r"(?:from|between) (?:\d{1,2}(?:st|nd|rd|th)? )?(?:(?:" + MONTHS + r")\.? )?"
    r"(?:\d{1,2}(?:st|nd|rd|th)?,? )?(?:to|until|till|through|and|-|–) (?:\d{1,2}(?:st|nd|rd|th)? )?"
    r"(?:" + MONTH_NAMES + r"|" + MONTH_ABBREVIATIONS + r")\b|"  # "from 1 to 31 May"
    r"(?:in|during|for) the month of (?:" + MONTH_NAMES + r")|"
    r"since (?:the (?:start|beginning) of |early |mid-?|late )?(?:January|March|April|May|June|July|August|September|October|November|December)\b(?! \d)|"
    # ... and with its day: "since June 4 Kyiv has lost 26,000 men" (not February 24, the war's first day)
    r"(?:since|beginning from|starting from) (?:(?:January|March|April|May|June|July|August|September|October|November|December) \d{1,2}|February (?!24\b)\d{1,2}"
    r"|\d{1,2} (?:January|March|April|May|June|July|August|September|October|November|December)|(?!24 )\d{1,2} February)\b|"
    # ... and with its year: "since December 2022" is a window of its own, not the war (February 2022 is)
    r"since (?:the (?:start|beginning|end) of |early |mid-?|late )?(?:(?:January|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?) 20\d\d|Feb(?:ruary|\.)? 202[3-9])\b|"
    # a window opened by an operation or a day other than the invasion: "since the beginning of the counteroffensive", "since Aug. 8"
    r"since the (?:start|beginning|launch) of (?:the |this |its |their |our |Ukraine's |Kyiv's |Russia's |so-called )*(?:counter-?offensive|offensive|incursion|operation in(?! Ukraine)|assault|battle|push|advance)|"
    r"since the (?:start|beginning|launch) of (?:[\w'’-]+ ){1,4}(?:counter-?offensive|offensive|incursion|push)\b|"  # "of the widely publicized Ukrainian counteroffensive"
    r"(?:during|in) (?:the|this|that) (?:[\w-]+ ){0,2}(?:counter-?offensive|offensive|incursion)|"
    r"since (?:the |its |Ukraine's |Kyiv's )?(?:counter-?offensive|offensive|incursion) (?:began|started|was launched)|"
    r"since (?:launching|starting|beginning|it launched|it began|they launched|they began|(?:Kyiv|Kiev|Ukraine|Russia|Moscow) (?:launched|began)) "
    r"(?:its |their |the )?(?:[\w'’-]+ ){0,2}(?:counter-?offensive|offensive|incursion|push|assault|advance)|"
    r"(?:compared (?:to|with) |than (?:in )?|from |down from |up from |after |behind )(?:" + MONTH_NAMES + r")(?: \d{4})?, when\b|"  # "a decrease from October, when 480 ..."
    r"since (?!" + FEBRUARY + r" 24)(?:" + MONTH_NAMES + r"|" + MONTH_ABBREVIATIONS + r")\.? \d{1,2}\b|"
    r"since (?!24 Feb)\d{1,2}(?:st|nd|rd|th)? (?:" + MONTH_NAMES + r"|" + MONTH_ABBREVIATIONS + r")\b|"  # "since 4 June", as Europe writes it
    # a count named for a month: "the army's loss count for March reached 30,100"
    r"(?:count|toll|tally|losses|casualties|total) for (?:" + MONTH_NAMES + r")\b|"
    r"since (?:last |early |late )?(?:on )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|last week|the weekend))\b",
    re.IGNORECASE,
)
# "in Mariupol alone" is a place's count; "this month alone", "in September alone", "in 2023 alone" a window's
_NOT_A_TIMES_ALONE = "".join(f"(?<!{w} alone)" for w in (
    "month", "week", "year", "day", "days", "weeks", "months", "hours", "night", "weekend", "period", "January", "February", "March",
    "April", "May", "June", "July", "August", "September", "October", "November", "December", "2022", "2023", "2024", "2025", "2026"))
EVENT = fastre.compile(
    r"\b(?:strikes?|struck|attacks?|attacked|shelling|shelled|bomb(?:ing|ed|s)?|bombardment|missiles?|rockets?|explosions?|blasts?|hit|raids?|air ?raid|"
    r"massacre|incident|barrage|drone attack|assault on|the siege|siege|in the city|in the town|in the village|alone" + _NOT_A_TIMES_ALONE + r"|flood|floods|flooded|flooding|dam|"
    r"train station|theatre|theater|hospital|apartment|building|mall|shopping|market|bus|residential|block|school|railway station)\b",
    re.IGNORECASE,
)
RATE = fastre.compile(r"(?<!\bin )(?<!\bwithin )(?<!\bof )\b(?:a|per|every|each)(?: single)? (?:day|week|hour|month|square (?:kilomet\w+|km|mile))\b"
                      r"(?!\s+(?:earlier|later|before|after|ago)\b)|\baverag(?:ed|es|ing)\b|\b(?:daily|weekly|monthly)\b(?!\s+(?:update|report|briefing|bulletin|summary|statement|digest|post|press|review|losses|toll|figure|count|tally|total|high|record|peak|maximum))|\bon average\b|\ban average of\b", re.IGNORECASE)
# Figures about other wars are no claims of this one.
OTHER_WAR = fastre.compile(r"\b(?:Soviet|Afghanistan|Afghan war|Iraq|Vietnam|World War|WWII|WW2|Second World War|(?<!of )Chechnya|Chechen wars?|Syrian?|Korean War"
                           r"|Gaza|Hamas|Hezbollah|Israel(?:i|'s)?|Sudan(?:'s|ese)?|Yemen|Tigray|Karabakh|war with Georgia|Georgian war"
                           r"|Libya|Mali|Myanmar|Lebanon|Ethiopia|Congo"
                           # (and the tolls of disasters and epidemics set beside the war's)
                           r"|[Ee]arthquakes?|[Tt]sunami|[Hh]urricane|[Tt]yphoon|COVID(?:-19)?|Covid(?:-19)?|[Cc]oronavirus|[Pp]andemic)\b")
# "five or six soldiers for every Ukrainian soldier", "lost their homes": a ratio or a loss of something else.
# (a multiplier is the figure itself, "three times as many", not one after it: "20,000 dead and maybe four times as many hurt")
NOT_A_COUNT = fastre.compile(r"\b(?:for every|for each|to one|"
                             r"(?:to|for every|for each) (?:occupy|capture|take|seize|gain) (?:a|one|each|every|1) (?:square )?(?:kilomet\w+|km|mile)|^(?:\S+ )?times (?:as many|more)|lost their (?:homes|houses|jobs|property)|homeless|without power"
                             r"|(?:in|during) (?:a|the) repatriation|repatriation of|handed over"
                             r"|(?:prisoners?(?: of war)?|POWs|captives)(?: \S+){0,4}? (?:were |have been |had been )?transferred"  # in an exchange
                             r"|(?:been |were |was )?(?:returned home|returned|released|freed|exchanged|swapped|repatriated|come home|came home|brought home|brought back))\b", re.IGNORECASE)
# Up to two modifiers before the figure's own noun ("30 residential buildings"); a preposition, a conjunction or a
# people noun ends the figure's phrase ("5 civilians in settlements", "12 people including volunteers").
_OWN_NOUN_PHRASE = (r"^\s*(?:(?!(?:in|on|at|near|of|from|across|to|into|including|among|and|or|people|civilians|persons|residents|soldiers|"
                    r"troops|servicemen|children|"
                    # a loss word or a clause opener after the figure ends its noun phrase: "25 wounded when shells hit"
                    r"killed|dead|died|wounded|injured|hurt|missing|captured|when|as|after|while)\b)\S+\s+){0,2}")
# Groups that are not a subject of the labelling rules (rescuers, journalists): their deaths are no claim.
OTHER_GROUPS = fastre.compile(
    _OWN_NOUN_PHRASE + r"(?:rescuers|emergency responders|firefighters|police officers|policemen|medics|doctors|journalists|"
    r"medical workers|medical staff|nurses|pupils|schoolchildren|students|educators|"
    r"volunteers|aid workers|humanitarian workers|health workers|teachers|athletes|railway workers|energy workers|rescue workers|"
    r"emergency workers|paramedics|"
    r"generals|colonels|admirals|(?:battalion |brigade |regiment |unit )?commanders)\b", re.IGNORECASE)  # officers among the dead (LABELING)
# The noun right after the number, past up to two modifiers ("30 residential buildings", "12 military facilities"); a
# preposition or a people noun ends the figure's own phrase ("5 civilians in settlements of Kherson region").
# Weapons fired are no losses ("13 Russian missiles hit an airfield"), unless they were downed (the grammar checks the verb before).
FIRED_WEAPON = fastre.compile(_OWN_NOUN_PHRASE + r"(?:missiles|rockets|bombs)\b(?!(?:\s+and\s+[\d,]+(?:\s+[\w-]+){1,2})?\s+(?:(?:were|was|have been|had been)\s+)?"
                          r"(?:shot down|intercepted|destroyed|downed|neutrali[sz]ed))", re.IGNORECASE)  # ("43 missiles and 13 drones were shot down")
NOT_LOSS_NOUN = fastre.compile(
    _OWN_NOUN_PHRASE + r"(?:facilities|targets|objects|infrastructure|buildings|settlements|positions|command posts|depots|"
    r"(?:pieces|units|items) of (?:the |its |their )?(?:(?:military|heavy|various|other|enemy|Western|Russian|Ukrainian) ){0,2}(?:vehicles and )?(?:equipment|weaponry|weapons|hardware|armaments?)|"  # no metric: "9,000 pieces of military equipment"
    r"strongholds|warehouses|ammunition|weapons? systems|radars?|stations|bridges|areas|sectors|directions|axes|fronts|places|spots|locations|sites|points|attacks|counter-?attacks|assaults|strikes|shells|times|projectiles|exchanges|swaps|(?:combat )?(?:clashes|engagements)|firefights|skirmishes|battles|sorties|"
    r"hubs|cent(?:er|re)s|posts|storage|depots|concentrations|clusters|reports|applications|requests|calls|appeals|"
    r"villages|towns|settlements|cities|localities|square kilomet\w+|km|nations|countries|sides|armies|brigades|battalions|divisions|regiments|states|districts|neighbou?rhoods|regions|oblasts|"
    r"floors|storeys|homes|houses|households|apartments|flats|dwellings|residents? (?:were )?evacuated|interviews|(?:\w+\s+)?(?:agents|spies|saboteurs|collaborators|suspects|informants)|"
    r"draft (?:dodgers|evaders)|evaders|(?:illegal )?(?:border )?(?:crossers|violators)|men of (?:military|conscription|draft|fighting) age)\b",
    re.IGNORECASE)
# Verbs whose object is no loss: "saved the lives of almost 2,000 people", "which housed about 1,700", "interviews with 550".
NOT_LOSS_VERB = fastre.compile(r"\b(?:saved(?: the lives of)?|rescued|evacuated|housed|houses|hosted|sheltered|accommodat\w+|interviews?(?: it conducted)? with|"
                               r"employ(?:s|ed)|trained|mobili[sz]ed|deployed|recruited|conscripted|returns?|returned|exchanged?|exchanges|swap(?:s|ped)?|frees?|freed|"
                               r"(?:brought|brings?|bringing|got|gets?|getting) (?:home|back)|"  # "has brought home 3,135 people from captivity"

                               r"releases?|released|(?:the )?(?:return|release|exchange|swap|repatriation|liberation) of|"
                               # troops raised, not lost: "a partial mobilisation of 300,000 reservists", "called up 150,000"
                               r"(?:(?:partial|general|new) )?(?:mobili[sz]ation|call-up|conscription|recruitment|deployment) of|call(?:s|ed|ing)? up|drafted|"
                               r"(?:attack(?:ed)?|raid(?:ed)?|struck|targeted) by|launched|fired|"
                               r"(?:received|returned|repatriated|handed over|transferred|exchanged) (?:the )?bodies of|"
                               r"identified (?:the )?(?:bodies|remains) of)\s+$",
                               re.IGNORECASE)
# Numbers that are not loss figures: units and furniture right after, or before.
NOT_LOSS_AFTER = fastre.compile(
    r"^\s*others?\s+(?:were\s+|was\s+)?damaged\b|"
    # the ones left: "only about 10,000 were still fighting; the rest had been killed"
    r"^\s*(?:[\w-]+\s+){0,2}?(?:are|were|is|was|remain|remained|remains)\s+(?:still\s+)?(?:fighting|alive|serving|in service|at the front|in the ranks)\b|"
    r"^\s*(?:[\w-]+\s+){0,2}?(?:survived|returned alive|came back alive)\b|"
    # drones jammed off course: "61 others were 'lost' to electronic warfare", "locationally lost"
    r"^\s*(?:[\w-]+\s+){0,2}?(?:were\s+|was\s+)?(?:locationally\s+)?[\"“'‘]?lost[\"”'’]?\s+(?:to\s+(?:electronic|jamming|EW)|locationally|\(?(?:due\s+to|through)\s+(?:electronic|jamming|EW))|"
    r"^\s*(?:[\w-]+\s+){0,2}?(?:were\s+|was\s+)?locationally\s+lost\b|"  # "one wing was destroyed and five others damaged": buildings
    r"^\s*(?:(?:long|full|straight|consecutive|more|whole)\s+(?:years?|months?|weeks?|days?|hours?|winters?|summers?)\b|%|percent|per cent|km|kilomet|mi\b|miles|metres|meters|m\b|kg|tonnes|tons|hours?|minutes?|seconds?|days?\b|weeks?|months?|years?|"
    r"-year|year-old|years old|-stor(?:e)?y|-floor|-day|-hour|-week|-month|-km|-mile|-strong|a\.m|p\.m|am\b|pm\b|GMT|UTC|midnight|noon|o'clock|"
    r"(?:\w+\s+){0,2}(?:initially|previously|originally|earlier)\s+(?:listed|reported|considered|registered)\s+(?:as\s+)?missing|"
    r"(?:[\w-]+\s+){0,2}(?:officials|sources|diplomats|analysts|experts|lawmakers|senators|people familiar)\s+(?:told|said|say|says|familiar|with|who)\b|billion|trillion|hryvni|rubles?|roubles?|dollars|euros|pounds|"
    # prisoners handed over in an exchange: "in the swap, 90 Ukrainian captives were handed over"
    r"(?:[\w-]+\s+){0,8}?(?:were|was|have\s+been|had\s+been)\s+(?:transferred|handed\s+over|returned|released|freed|exchanged|swapped|repatriated)\b|"
    r"\$|€|£|times|refugees|(?:[\w-]+\s+){1,2}(?:into|as)\s+refugees|evacuat|displaced|shells|rounds|munitions|strikes|sorties|settlements|villages|towns|cities|"
    r"square|sq|degrees|th\b|st\b|nd\b|rd\b|:(?!\s)|/|per\b|brigades?|battalions?|divisions?|regiments?|ballistic missiles|applications|"
    r"objects|fires|explosive devices|houses|buildings|homes|flats|apartments|schools|hospitals|kindergartens|facilities|shelters|"
    r"cases|incidents|episodes|criminal|investigations|proceedings|war crimes|bodies have been exhumed|mass graves?|for every|for each|to one|out of every|or \w+ (?:soldiers|troops) for)",
    re.IGNORECASE,
)
NOT_LOSS_BEFORE = fastre.compile(
    r"(?:\$|€|£|°|(?<![A-Za-z])(?:No\.|no\.|(?<!losses )(?<!losses now )(?<!dead )(?<!dead now )(?<!toll )(?<!deaths )(?<!deaths now )(?<!casualties )(?<!casualties now )number|page|Article|article|aged|age|ages|Day|day|Resolution|resolution|Section|section|Part|part|°|"
    r"[Uu]nit|[Bb]rigade|[Rr]egiment|[Dd]ivision|[Bb]attalion|[Gg]roup|[Ff]light|[Ff]orce|[Aa]rmy|[Cc]orps|MH|Su-|Tu-|Ka-|Mi-|Il-|An-|T-|F-|S-|A-)"
    r"|\b[Aa]ll but"  # "downed all but 1 drone": the one that got through
    r"|\b(?:the|The) (?:latter|former)"  # "with casualties reported in the latter three": items named before
    r"|\b[Ff]or (?:every|each) (?:[\w-]+ ){0,2}?[\w-]+,?)\s*$"  # "for every soldier killed, three are wounded": a ratio
)
