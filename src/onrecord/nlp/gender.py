"""Grammatical gender cues for pronoun resolution, from common English-language first names.

Used only to choose between candidate antecedents of "he" / "she"; a name not listed here is
simply unknown, and resolution falls back to salience.
"""

from __future__ import annotations

# fmt: off
FEMALE = frozenset("""
mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret
sandra ashley kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie rebecca
sharon laura cynthia kathleen amy shirley angela helen anna brenda pamela nicole emma samantha
katherine christine debra rachel catherine carolyn janet ruth maria heather diane virginia julie
joyce victoria olivia kelly christina lauren joan evelyn judith megan cheryl andrea hannah martha
jacqueline frances gloria ann teresa kathryn sara janice jean alice madison doris abigail julia
judy grace denise amber marilyn beverly danielle theresa sophia marie diana brittany natalie
isabella
charlotte rose alexis kayla hillary nikki kamala nancy elena sonia ruth theresa angela ursula
kristi kirsten elise tulsi marsha condoleezza madeleine sheryl oprah greta jacinda ana anna mei
maria sofia lucia ines ingrid astrid freya priya aisha fatima leila yasmin mariam olga natalia irina
svetlana tatiana anastasia ewa agnieszka claire chloe zoe lily ella ava mia harper aria eleanor
nora hazel violet aurora stella lucy paula carla marta beatriz camila valentina gabriela adriana
rosa carmen pilar dolores lena hanna greta helga ilse marta nadia sana ayesha hina keiko yuki
sakura hana min-ji ji-woo wei-ling mei-lin xiu li-na amara chioma ngozi adaeze folake wanjiru
""".split())
MALE = frozenset("""
james robert john michael william david richard joseph thomas charles christopher daniel matthew
anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward
jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin
samuel gregory alexander frank patrick raymond jack dennis jerry tyler aaron jose adam nathan henry
douglas zachary peter kyle ethan walter noah jeremy christian keith roger terry gerald harold sean
austin carl arthur lawrence dylan jesse jordan bryan billy joe bruce gabriel logan albert willie
alan juan wayne elijah randy roy vincent ralph eugene russell bobby mason philip louis barack
vladimir dmitry sergei sergey boris mitch chuck bernie ted marco rand jeb mike rick newt reince
sean rudy rex jared steve bill kim xi emmanuel angelo luis carlos miguel pedro diego
javier alejandro omar ahmed mohammed muhammad ali hassan hussein karim tariq yusuf ibrahim piet
jan lars sven olaf hans klaus jurgen dieter wolfgang pierre jean-claude jacques francois antoine
luca marco giovanni giuseppe paolo matteo kenji hiroshi takeshi wei jun hao chen raj arjun rahul
vikram sanjay amit chidi emeka oluwaseun kwame kofi tunde jomo malik dmitri ivan nikolai alexei
viktor yuri igor andrei pavel tomasz piotr krzysztof mateusz liam oliver lucas leo theo hugo felix
oscar max finn elias aleksander bjorn erik nils anders rafael mateo santiago sebastian andres
""".split())
# fmt: on


def gender_of_name(first: str) -> str | None:
    """``"f"``, ``"m"`` or None for a first name."""
    key = first.lower().strip(".")
    if key in FEMALE and key not in MALE:
        return "f"
    if key in MALE and key not in FEMALE:
        return "m"
    return None
