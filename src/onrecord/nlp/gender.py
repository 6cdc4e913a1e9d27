"""Grammatical gender cues for pronoun resolution, from common English-language first names.

Used only to choose between candidate antecedents of "he" / "she"; a name not listed here is
simply unknown, and resolution falls back to salience. Names given to both women and men
(Kim, Jordan, Alex, Oluwaseun, ...) are left out on purpose: a wrong gender sends a pronoun to
the wrong person, an unknown one does not.
"""

from __future__ import annotations

# fmt: off
FEMALE = frozenset("""
mary patricia jennifer linda elizabeth barbara susan jessica sarah karen
pauline lydia celeste beatrix bernadette marguerite harriet odile anneliese rhoda gloria lorna
rosa ines mei ana elena denise hillary sarah nancy theresa priya ruth lena abigail adele agatha
alma amelia annabel antonia april audrey beatrice bella bernice bianca bonnie brenda bridget
camille candace cara caroline cassandra cecilia celia charlene clara clarissa claudia colleen
constance cora cornelia daisy daphne delia della delphine edith edna eileen elaine eleanor eliza
ella ellen eloise elsa esme estelle esther eugenia eva evangeline faith fiona flora florence
francesca frieda gemma genevieve georgia geraldine gertrude gwen gwendolyn hattie hazel heidi
henrietta hilda holly hope imogen irene iris isabel isla ivy jane janet jeanne jemima jillian
joanna jocelyn josephine judith june justine katarina kate katharine kathleen leah leona
lillian lois loretta lorraine louisa louise lucille lydia mabel madeline mae maggie marcia
margot marian marianne marina marjorie maude maureen mavis meredith millicent minerva miriam
molly muriel myra nadine naomi nell nina noreen norma octavia olive opal ophelia patience pearl
penelope petra philippa phoebe polly prudence rachel ramona regina renee rhea rita roberta
rosalind rosemary rowena sabrina sally selma serena sheila shirley simone sonya stephanie susanna
sybil sylvia tabitha tamara tessa thea thelma tilda trudy una valerie vanessa vera veronica
vivian wanda wilhelmina winifred yolanda yvonne zelda zora greta harriet marlene ingrid dagny
siobhan aoife niamh saoirse mireille solange amelie brigitte sabine ursula annika liesel
 nancy lisa betty margaret
sandra kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie rebecca
sharon laura cynthia kathleen amy shirley angela helen anna brenda pamela nicole emma samantha
katherine christine debra rachel catherine carolyn janet ruth maria heather diane virginia julie
joyce victoria olivia christina lauren joan evelyn judith megan cheryl andrea hannah martha
jacqueline frances gloria ann teresa kathryn sara janice alice madison doris abigail julia
judy grace denise amber marilyn beverly danielle theresa sophia marie diana brittany natalie
isabella
charlotte rose alexis kayla hillary nikki kamala nancy elena sonia ruth theresa angela ursula
kristi kirsten elise tulsi marsha condoleezza madeleine sheryl oprah greta jacinda ana anna mei
maria sofia lucia ines ingrid astrid freya priya aisha fatima leila yasmin mariam olga natalia irina
svetlana tatiana anastasia ewa agnieszka claire chloe zoe lily ella ava mia harper aria eleanor
nora hazel violet aurora stella lucy paula carla marta beatriz camila valentina gabriela adriana
rosa carmen pilar dolores lena hanna greta helga ilse marta nadia sana ayesha hina keiko
sakura wei-ling mei-lin xiu amara chioma ngozi adaeze folake wanjiru
""".split())
MALE = frozenset("""
james robert john
omar jonas matthias kasimir dorian aldo leopold wendell gus harold daniel luis tomas piet
samuel vikram frank mark abraham alfred ambrose amos angus archibald arnold august barnaby
bartholomew basil benedict bernard bertram boyd bradley calvin cecil chester clarence claude
clement clifford clyde conrad cornelius cyril darren dean desmond dominic donovan duncan
dwight edgar edmund edwin elliot elmer emil emmett ernest everett ezra felix fergus floyd
francis franklin fraser frederick gideon gilbert glenn gordon graham grant gus gustav hamish
harvey herbert horace howard hubert hugh ignatius irving isaac ivan jasper jerome jonas julian
julius kurt lambert lance leon leonard leroy lionel lloyd lucian lyle malcolm marcus marshall
martin maurice maxwell milton morris murray neil nelson neville nigel norman otis otto percy
phineas quentin ralph randall reginald rex rhys rodney roland rufus rupert sidney silas simon
solomon stanley stuart sylvester thaddeus theodore tobias travis tristan ulysses vernon victor
virgil wallace warren wesley wilbur wilfred winston xavier zachariah jurgen matthias helmut
gunther dieter rolf horst anton augustin bastian cornelius emeric florian lorenz magnus mats
niklas soren tobias ulrich wendel yannick
 michael william david richard joseph thomas charles christopher daniel matthew
anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward
jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin
samuel gregory alexander frank patrick raymond jack dennis jerry tyler aaron jose adam nathan henry
douglas zachary peter kyle ethan walter noah jeremy christian keith roger gerald harold sean
austin carl arthur lawrence dylan bryan billy joe bruce gabriel logan albert willie
alan juan wayne elijah randy roy vincent ralph eugene russell bobby mason philip louis barack
vladimir dmitry sergei sergey boris mitch chuck bernie ted marco rand jeb mike rick newt reince
sean rudy rex jared steve bill xi emmanuel angelo luis carlos miguel pedro diego
javier alejandro omar ahmed mohammed muhammad ali hassan hussein karim tariq yusuf ibrahim piet
lars sven olaf hans klaus jurgen dieter wolfgang pierre jean-claude jacques francois antoine
luca marco giovanni giuseppe paolo matteo kenji hiroshi takeshi wei jun hao chen raj arjun rahul
vikram sanjay amit chidi emeka kwame kofi tunde jomo malik dmitri ivan nikolai alexei
viktor yuri igor andrei pavel tomasz piotr krzysztof mateusz liam oliver lucas leo theo hugo felix
oscar max finn elias aleksander bjorn erik nils anders rafael mateo santiago sebastian andres
""".split())
# fmt: on


# given to women and men alike: a first name, but no gender cue
UNISEX = frozenset(
    """
kim jordan jan jesse terry leslie tracy dale oluwaseun jean robin chris sam alex taylor casey
jamie morgan ashley kelly sasha min-ji ji-woo hana yuki li-na
""".split()
)


def is_first_name(word: str) -> bool:
    """Whether ``word`` is a known first name, of either gender or both."""
    key = word.lower().strip(".")
    return key in FEMALE or key in MALE or key in UNISEX


def gender_of_name(first: str) -> str | None:
    """``"f"``, ``"m"`` or None for a first name."""
    key = first.lower().strip(".")
    if key in FEMALE and key not in MALE:
        return "f"
    if key in MALE and key not in FEMALE:
        return "m"
    return None
