"""The phrases behind `safety.suggests_danger`, written over normalised text.

Normalised text is lower case, without accents, with English contractions joined ("dont",
"im"), other apostrophes and punctuation as spaces, and slang spelt out ("kms" is "kill
myself", "wanna" is "want to"). See `safety.normalise`.

Three kinds, by the guards that apply (see `safety`):
- PERSONAL: said of oneself now. Quiet after a negation ("i am not suicidal", "never
  wanted to die") or when someone else is the subject ("my friend says she wants to die").
- HARM: self-harm in its word forms. As PERSONAL, and also quiet beside an accident or
  everyday task ("cut myself shaving") or a recovery long past ("used to self-harm").
- PLAIN: wordings that are crisis wordings whoever says them and however they start
  ("i dont want to be alive", "everyone would be better off without me").

Each phrase is a regular expression matched on word boundaries. Test both ways against
tests/data/danger_corpus.tsv when changing anything here.
"""


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Ways of saying "to die" that follow a wish, plan or intent.
_DYING = (
    r"(die|be dead|not exist|not be alive|stop existing|cease to exist|not wake up"
    r"|disappear forever|disappear for good|vanish forever|end my life|end it all"
    r"|kill myself|take my (own )?life|commit suicide|suicide|end everything"
    r"|(end it|end things)(?! with (him|her|them|my (boyfriend|girlfriend|partner|husband|wife|ex)))"
    r"|sleep forever|go to sleep and (never|not) wake up)"
)
_WISHING = (
    r"(want|wants|wanted|wanting|wish|wished|wishing|ready|going|plan|planning|planned"
    r"|deserve|need|needing|trying|tried|tempted|hope|hoping|like|decided|about|thinking"
    r"|think|thought|should|gonna|to|time|urge)"
)
_INTENT_OBJECT = r"(ending|killing|taking|hurting|harming|cutting)( it| it all| things| myself| my (own )?life| everything)"
_PILLS = r"(pills|meds|tablets|medication|medicine|sleeping pills|painkillers)"

PERSONAL = (
    r"suicidaires?",
    # wishes and plans to die, kill oneself, end it
    rf"{_WISHING}( to)?( just| really| honestly| simply| finally| actually)? {_DYING}",
    rf"(thinking|thought|think|thoughts|dreaming|fantasi[sz]ing|obsessing)( about| of) {_INTENT_OBJECT}",
    r"(kill|killing|killed|kills|end|ending) myself",
    r"(end|ending|ended|take|taking|took) my (own )?life",
    r"suicidal( thoughts| feelings| again| tonight| today)?",
    r"suicid(e|al) (thoughts|feelings|urges|ideation)",
    r"suicide (is|feels|seems|sounds|looks) (like )?(the|my) (only|best|easiest|one) (way|option|answer|choice|way out)",
    r"suicide (is|has been|keeps|keeps being|was) (on my mind|in my head|all i think about)",
    r"(thinking|thought|think|thoughts|dreaming) (about|of) (suicide|dying|death|jumping|not being here)",
    r"(commit|committing|attempt|attempted|attempting|consider|considering|contemplating|plan|planning|planned) suicide",
    r"suicide (note|notes|letter|letters|plan)",
    r"(id|i would|i d) rather (be dead|die)",
    r"(might as well|may as well|should just|deserve to) die",
    r"(just )?let me die",
)

# Other languages: the verb says who speaks ("quiero morir"), so only a negation quiets them.
REFLEXIVE = (
    # Spanish
    r"(quiero|quisiera|queria|deseo|ganas de|voy a|pienso en|pensando en|pensado en|pense en|tengo ganas de|necesito|intente|para)"
    r" (morir|morirme|matarme|suicidarme|quitarme la vida|desaparecer para siempre|dejar de existir"
    r"|no despertar|acabar con todo|acabar con mi vida|hacerme dano)",
    r"me (quiero|voy a) (morir|matar)",
    r"suicid(arme|ario|aria)",
    # French
    r"(veux|voudrais|envie de|vais|pense a|pense au|penser a|envie d) (mourir|me tuer|me suicider"
    r"|en finir|disparaitre pour toujours|crever|mettre fin a mes jours|mettre fin a ma vie|suicide)",
    # German
    r"(will|mochte|moechte|wurde gern|wuerde gern|wurde gerne|wuerde gerne) (einfach )?(sterben|tot sein|mich umbringen)",
    r"mich (umbringen|umzubringen|toten|zu toten|selbst toten)",
    r"mir das leben nehmen",
    r"(denke|dachte|denken) (standig |staendig |oft |immer |nur |manchmal |viel )?(an|uber|ueber) (selbstmord|suizid|suicide|den tod|das sterben)",
    # German puts the verb second: "heute will ich einfach sterben", "manchmal denke ich an Suizid".
    r"(will|mochte|moechte|wurde|wuerde) ich (heute |jetzt |einfach |nur |lieber |am liebsten |gern |gerne )*(sterben|tot sein|mich umbringen)",
    r"(denke|dachte) ich (standig |staendig |oft |immer |nur |manchmal |viel |schon )*(an|uber|ueber) (selbstmord|suizid|suicide|den tod|das sterben)",
    r"(habe|hab|hatte) (schon |oft |manchmal |standig |staendig )*(an|uber|ueber) (selbstmord|suizid|suicide) (gedacht|nachgedacht)",
    r"(suizid|selbstmord)(gedanken|al|ale)",
    # Portuguese
    r"(quero|queria|vontade de|vou|penso em|pensando em|pensei em|preciso|para) (morrer|me matar|matar me|suicidar|sumir pra sempre"
    r"|sumir para sempre|tirar (a )?minha (propria )?vida|acabar com tudo|acabar com (a )?minha vida)",
    r"suicidio",
)

HARM = (
    r"(hurt|hurting|hurts|harm|harming|harmed|cut|cutting|burn|burning|burned|burnt|hit|hitting"
    r"|punish|punishing|punished|starve|starving|starved|scratch|scratching|scratched|injure|injuring"
    r"|injured|bruise|bruising|punch|punching|punched) myself",
    r"self ?(harm|harming|harmed|harms|injury|injuring|injure|injured|mutilation|mutilating)",
    r"(cut|cutting|cuts|burn|burning|burned|burnt) (on |into )?(my|both) (arms?|wrists?|legs?|thighs?|skin|stomach|hips?|ankles?)",
    r"(cut|cutting|sh|self harm|burned|burnt|burning) again",
    r"(urge|urges|want|wanted|wanting|need|needed|tempted|craving|relapsed|relapse|started|start) (to )?(cut|cutting|sh|self harm|burn|burning|hurt myself)",
    r"(did|do|doing|relapsed on|relapse on) sh",
    r"(wanted|want|needed|need) (it|myself) to (hurt|bleed|sting)",
    r"sh (urges|urge|relapse)",
    r"(so|and|then|i|had to) cut$",
    r"(hide|hiding|cover|covering) (the|my) (cuts|scars|burns|marks)",
    r"(fresh|new) (cuts|scars|burns)",
    r"^(i |and i |then i )?(scratched|scratch|scratching|dug|digging|picked|picking|bit|biting|pinched"
    r"|pinching|punched|punching|hit|hitting|banged|banging)\b.{0,60}\b(until|till|til) (it|they|i|my \w+) (bled|bleed|bleeds|bleeding)",
    r"(cut|cutting|cuts|slit|slitting|scratched|scratching|burned|burning|burnt) (at |into )?(my|both) wrists?",
    r"long sleeves\b.{0,40}\b(nobody|no one|noone|hide|hiding|cover)",
    r"(hid|hide|hiding|hidden|keep|kept|keeping|stash|stashed) (the |my |some |a )?(razor ?blades?|blades?|razors?)",
    r"(ritz|ritze|ritzen|ritzte|geritzt)( mich)?",
    r"mich (wieder |selbst |absichtlich )?(verletzt|verletzen|verletze|geschnitten|ritzen|geritzt)",
    r"(verletze|schneide) mich",
    r"me (suis |fais |fait )?(encore |de nouveau |a nouveau )?(scarifi\w*|coupe|coupee|coupes|brule|brulee|mutile\w*|fais du mal|fait du mal)",
    r"(me faire|me fais|me fait) du mal",
    r"scarifi\w*|automutil\w*|autolesi\w*|autolesao",
    r"(me )?(corte|corto|cortare|cortarme|cortando|cortei|cortar|cortando me|cortei me)( otra vez| de nuevo| de novo| outra vez| los brazos| las piernas| las munecas| os bracos| as pernas)",
    r"(volvi|volver|voltei|voltar) a (me )?(cortar|cortarme|machucar)",
    r"me (hago|hice|estoy haciendo|he hecho) dano",
    r"me (machuco|machuquei|machucar|corto|cortei)",
    r"(de proposito|on purpose|deliberately|intentionally|absichtlich|expres)",
)

PLAIN = (
    r"(no longer|dont|do not|didnt|never|dont really|do not really) want to (live|be alive|exist|be here"
    r"|go on|keep going|carry on|be around|wake up|be on this earth|do life)",
    r"(dont|do not|no longer|never) want to be (alive|here|around) any ?more",
    r"wish (i|id|that i) (didnt|did not|never|had never|hadnt|wasnt|was not|werent|wouldnt) "
    r"(exist|existed|been born|born|here|alive|around|wake up)",
    r"wish (i|that i) (was|were|had been) (dead|never born|gone|not here|not alive|not born)",
    r"wish (i|that i) could (just )?(disappear|vanish|stop existing|not exist|not wake up|die|sleep forever"
    r"|go to sleep and (never|not) wake up|fall asleep and (never|not) wake up)",
    r"(want|wanna|need|wish|wishing) to (just )?(disappear|vanish|not exist|stop existing|cease to exist|be gone)",
    r"(sleep|sleeping) (forever|and never wake up|and not wake up)",
    r"(never|not|wont|dont|wouldnt|would not|didnt) wake up( again| tomorrow| in the morning| ever)?",
    r"(want|wants|wanted) (it|it all|everything|the pain|this|the hurt|the hurting|the thoughts|my thoughts|life) (all )?to (stop|end)",
    r"(done|finished|through) with (life|living|being alive|existing|it all)",
    r"(tired|sick|exhausted|weary) of (living|being alive|life|existing|being here|this life)",
    r"no (reason|point) (to|in|of) (live|living|go on|going on|carrying on|carry on|being alive|existing|keep going|keeping going)",
    r"(dont|do not|cant|cannot|can t) see (the|a|any) point (in|of) (anything|living|life|going on|carrying on|being alive|existing|it all)",
    r"whats the point (of|in) (going on|living|life|carrying on|being alive|existing|it all|any of it|me)",
    r"point (of|in) (living|being alive|existing|going on|carrying on|life)",
    r"(no|a|any|the) reason to (keep going|live|go on|carry on|be alive|stay alive|keep living|stay)",
    r"(be|being) (around|here) (much|any|a lot) longer",
    r"(life|living)( really)? (isnt|is not|aint|not) worth (living|it)|not worth living",
    r"nothing (left )?to live for",
    r"cant (go on|carry on|keep going|live like this|take it any ?more|take this any ?more)( (any ?more|any longer|like this|living))?$",
    r"(a|such a|just a|nothing but a) burden (to|on|for) (everyone|everybody|all|my family|them|you all|the people)",
    r"(im|i am|i feel like|feel like|i feel|im just|i am just|being) (such |nothing but |only |just )?a (burden|drain)",
    r"(better off|happier|easier|relieved|lighter)( \w+){0,3} (dead|without me|if i( just)? (was|were|wasnt|werent|was not|were not)"
    r" (here|around|alive|gone|dead|born)|if i (died|disappeared|left|was gone|were gone|didnt exist|did not exist|wasnt here))",
    r"(no ?one|nobody|noone) (would|will|d|is going to|is gonna)( even| really| ever)? (miss|notice|care|mind)( me)?( if| when| once| after)",
    r"(no ?one|nobody|noone) (would|will|d)( even| really| ever)? (miss me|notice|care)",
    r"(world|everyone|everybody|they|family)( \w+){0,3} (without me|if i was gone|if i were gone)",
    r"(wouldnt|would not) (mind|care) (if i (died|didnt wake up|was gone|got hit)|dying|not waking up)",
    r"if (a|the) \w+ (hit|hits|ran over|killed|kills) me",
    # the critic's voice, which says "you" to its writer
    r"(kill|killing|end|hurt|harm|cut|off) yourself|kys",
    r"you (should|deserve to|ought to|might as well|need to|could just) (just )?(die|be dead|not exist|disappear)",
    r"you (dont|do not|no longer) deserve to (live|be alive|exist|be here)",
    r"why are you (even |still )?(alive|here|breathing)",
    r"(no ?one|nobody|noone) (would|will)( even| really)? (miss|notice|care about) you",
    r"(better off|happier|easier)( \w+){0,3} without you",
    r"goodbye (everyone|everybody|world|all of you|forever)",
    # intent and preparation
    r"(goodbye|farewell|last) (letters?|notes?|messages?)",
    r"note\b.{0,40}\b(for (them|him|her|everyone|my \w+) to find|to find after)",
    r"(giving|gave|give|given) (away )?my (things|stuff|belongings|possessions|books|clothes|records|plants) away",
    r"(giving|gave|give|given) away my (things|stuff|belongings|possessions)",
    rf"(take|taking|took|swallow|swallowing|swallowed) (all|every one|the whole (box|bottle|packet|lot)) (of )?(my |the |those |these )?{_PILLS}",
    rf"(saving|saved|stockpiling|stockpiled|hoarding|hoarded|collecting|stashing|stashed|saving up) (up )?(my |the |some )?{_PILLS}",
    r"(guardando|guardado|juntando|acumulando|escondiendo) (las |mis |os |meus |as |minhas )?(pastillas|comprimidos|remedios|pilulas)",
    r"(overdose|overdosing|overdosed|od ing|od on)\b(?! on (caffeine|coffee|sugar|chocolate))",
    rf"how many (of )?(my |the |those )?({_PILLS}|it would take|would it take|it takes|it will take)",
    r"(researching|researched|looked up|looking up|googled|googling|searched|searching|reading about)"
    r" (ways|how|methods|the best way|the easiest way|painless ways) to (do it|die|end it|kill myself|go|end my life)",
    r"(know|knew|decided|figured out|worked out|planned) (how|when|where) (i would|id|ill|i will|to|i am going to|im going to) do it",
    r"tonight (is|feels like|will be) the night|(this is|this will be) (my|the) last (entry|day|night|post|message|time i write)|last day (alive|on earth)",
    r"(picked|set|chosen|chose|picking|choosing|decided on) (a|the) (date|day)$",
    r"(this is|it is|its) (goodbye|the end)$",
    r"(i have|ive got|i ve got|ive made|i made|made) a plan$|know (where and when|when and where|how and when)",
    r"(know|knew|realise|realize|realised|realized) (it was|that was|this is|its|it is) (goodbye|the last time)",
    r"(saying|said|say) my goodbyes",
    r"(it was|its|was|it is) really goodbye|without (any of )?(them|anyone|her|him) knowing it was",
    r"(bridge|cliff|roof|platform|tracks)\b.{0,80}\b(work up the (nerve|courage)|nerve to|courage to|jump)",
    r"(bought|got|buy|buying|hid|hidden|have) (a|the|some) (rope|noose)",
    r"(gave|give|giving|given|rehomed|rehoming) (away )?(my|the) (cat|dog|pets?|rabbit|hamster|bird)( away| to)",
    r"(after|when|once) (im|i am) (gone|dead|not here|not around)(?! (on|for|to|from)\b)",
    r"(after|when|once) i (die|am gone|have gone)",
    r"(go|going|gone) through with it",
    r"(edge of|top of|off|jump off|jumping off|in front of) (the|a) (platform|bridge|roof|cliff|building|train|bus|lorry|truck)",
    r"(thinking|thought|think) (about|of) (jumping|stepping in front|walking into|driving into|crashing)",
    r"(nobody|no one|noone) (has|have|will have) to deal with (it|anything|things|my \w+) after",
    # Spanish
    r"no quiero (vivir|seguir viviendo|despertar|estar aqui|existir|seguir)",
    r"ojala (no despertara|no despertar|me muriera|estuviera muert[oa]|no existiera|no hubiera nacido)",
    r"(estarian|estaria|estarias|seria|serian) mejor sin mi",
    r"soy una (carga|molestia) para",
    r"(sentido|razon|motivo) (a|para|de) seguir viviendo|no vale la pena vivir",
    r"(y )?no despertar (nunca|mas|jamas)",
    r"pastillas guardadas|guardado las pastillas|juntado las pastillas",
    r"cartas? de despedida",
    # French
    r"(plus|pas) envie de vivre|veux (plus|pas) vivre|en peux plus de vivre|en finir avec la vie",
    r"(serait|seraient|serais) mieux sans moi",
    r"(un|une) (fardeau|poids) pour",
    r"(jamais|plus) me reveiller|ne pas me reveiller",
    r"lettres? d adieu",
    r"envie de crever",
    # German
    r"(will|mochte|moechte|mag|kann) (einfach )?(nicht mehr|nie mehr|nie wieder) (leben|da sein|aufwachen|existieren|sein)",
    r"(nicht mehr|nie mehr|nie wieder) (aufwachen|aufzuwachen)",
    r"(eine|nur eine|die) last (fur|fuer) (alle|alle anderen|meine familie|jeden|euch)",
    r"besser (dran )?ohne mich",
    r"fur immer weg|fuer immer weg",
    r"abschiedsbrief\w*",
    r"mache ich schluss|schluss machen fur immer",
    r"gedanke(n)? an (den )?tod",
    # Portuguese
    r"(nao|nunca mais) (quero|aguento) (mais )?viver|nao aguento mais viver",
    r"(ficaria|ficariam|estariam|estaria|seria|seriam) melhor sem mim",
    r"sou um (peso|fardo)",
    r"(dormir e )?(nao|nunca mais) acordar( mais| nunca)?",
    r"acabo com isso|acabar com isso hoje",
    r"(separei|juntei|guardei) (os|as) (remedios|comprimidos|pilulas)",
    r"cartas de despedida",
)

# A match followed by these is an idiom: "die of embarrassment", "kill for a coffee".
IDIOM_AFTER = (
    r"\s*(of (embarrassment|shame|boredom|laughter|laughing|cringe|curiosity|jealousy|envy|hunger|thirst|heat)"
    r"|laughing|than\b|for$|see you\b"
    r"|for (a|an|some) (coffee|tea|drink|pizza|cake|beer|burger|sandwich|biscuit|chocolate|nap|holiday|cigarette)\b"
    r"|under (a|the|my)\b|into (a|the|my)\b)"
)
# A sentence with these is a joke about a trifle: "going to kill myself if I eat one more biscuit".
TRIFLE = (
    r"\bif (i|we) (eat|have|hear|see|drink|watch|read|get|sit through|open) (one more|another)"
    r" (biscuit|cookie|slice|piece|bite|chocolate|crisp|chip|cake|coffee|drink|episode|song"
    r"|meeting|email|mail|zoom|call|advert|ad|word|minute|spreadsheet|sprout)s?\b"
)
# Said to be on purpose, harm is never an accident, whatever else the sentence holds.
ON_PURPOSE = r"\b(on purpose|deliberately|intentionally|absichtlich|de proposito|expres)\b"
# Context that makes a word of harm an accident or an everyday task.
ACCIDENT = (
    r"\b(shaving|shave|slice|piece|chopping|chopped|cooking|cook|kitchen|oven|stove|kettle|pan|iron|straighteners"
    r"|gym|running|football|tennis|playing|sport|laughing|by accident|accidentally|paper|tripp?ing|tripped"
    r"|fell|falling|workout|training|lifting|garden|gardening|glass|dishes|knife slipped|haircut|fringe|hair"
    r"|making (tea|dinner|coffee|lunch|breakfast)|on the (stairs|ice)|sunburn|sun|onions?|finger|thumb"
    r"|pelo|dedo|cocinando|pelando|afeitando|afeitarme|cozinhando|a cozinhar|barba|cabelo"
    r"|cuisinant|en cuisine|le doigt|la main|poele|rasant|cheveux|kochen|rasieren|finger)\b"
)
# A recovery long past: "I used to self-harm but I've been clean for three years".
RECOVERY = (
    r"\b(used to|clean for|clean since|years ago|years since|months since|since i last|as a (teen|teenager|kid|child)"
    r"|when i was (younger|a teen|a teenager|at school|in school|a kid))\b"
)
NEGATIONS = _words(
    "not never dont didnt doesnt isnt wasnt arent werent wont wouldnt havent hasnt hadnt no nor"
    " cannot ne pas nicht nie kein keine jamais nunca nao"
)
# Words that end the reach of a negation or subject: "I don't know why, but I want to die".
CLAUSE_BREAKS = _words("and but so because cause though yet or then until")
FIRST_PERSON = _words("i im ive id ill me myself yo je ich eu")
OTHER_PEOPLE = _words(
    "he she they hes shes theyre theyve her him his their them someone somebody everyone people"
    " character characters friend friends sister brother mum mom mother dad father uncle aunt cousin"
    " son daughter wife husband partner boyfriend girlfriend grandmother grandfather grandma grandpa"
    " teenagers teens kids children patients clients podcast article documentary film movie book show"
    " video lecture training prevention who il elle ils elles er sie ele ela eles elas ami amie ses"
    " soeur frere mere pere amigo amiga hermana hermano madre padre freund freundin schwester bruder"
    " mutter vater irma irmao mae pai"
)
# Slang and short forms, spelt out before matching.
SPELT_OUT = {
    "kms": "kill myself",
    "unalive": "kill myself",
    "unaliving": "killing myself",
    "unalived": "killed myself",
    "sewerslide": "suicide",
    "sewer slide": "suicide",
    "my self": "myself",
    "wanna": "want to",
    "wana": "want to",
    "gonna": "going to",
    "tryna": "trying to",
    "gotta": "got to",
    "2": "to",
    "2nite": "tonight",
    "2day": "today",
    "4ever": "forever",
    "abt": "about",
    "u": "you",
    "r": "are",
    "myslef": "myself",
    "mysefl": "myself",
    "myslf": "myself",
    "mysel": "myself",
    "meself": "myself",
    "ded": "dead",
    "dnt": "dont",
    "kil": "kill",
}
