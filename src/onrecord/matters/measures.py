"""Amounts in units of measure: "half a metre", and a rate told after "by".

"The cliff is retreating by half a metre a year" and "the cliff is losing two metres a
year" give one quantity, how fast the cliff goes, two values. "Half a" (or "half an")
before a unit of measure or a word of size is the value one half ("half a metre", "half a
million"; "half a dozen" is six); "half of", "half the" and "in half" are shares or ways,
and "half a chance" or "half a mind" no value.

After "by", a figure is the size of a change ("rose by 4 percent"), not a value of the
thing; but a length, a volume or a weight given per time ("by two metres a year", "by 300
litres a day") is itself a rate, told as "losing two metres a year" tells it: read as a
value of the unit, it meets the same rate told without "by". Only units of measure are read
so (a closed class of English: metres, miles, litres, gallons, tonnes ...); a percent, a sum
of money or a count after "by" stays a change ("cut by 200 jobs a year").
"""

from __future__ import annotations

__all__ = ["MEASURE_UNITS", "half_value", "rate_by"]

# units of length, area, volume and weight
MEASURE_UNITS = frozenset({
    "metre", "metres", "meter", "meters", "centimetre", "centimetres", "centimeter",
    "centimeters", "millimetre", "millimetres", "millimeter", "millimeters", "kilometre",
    "kilometres", "kilometer", "kilometers", "mile", "miles", "foot", "feet", "inch", "inches",
    "yard", "yards", "hectare", "hectares", "acre", "acres", "litre", "litres", "liter",
    "liters", "gallon", "gallons", "tonne", "tonnes", "ton", "tons", "kilogram", "kilograms",
    "kilo", "kilos", "cm", "mm", "km",
})  # fmt: skip
# the words of size that "half a" makes a number of ("half a million")
_MAGNITUDES = frozenset({"hundred", "thousand", "million", "billion", "trillion"})
# words that give a rate its time: "a year", "per day", "each week", "every month"
_PER = frozenset({"a", "an", "per", "each", "every"})
_TIMES = frozenset({"year", "month", "week", "day", "hour", "minute", "second", "decade",
                    "century", "winter", "summer", "season"})  # fmt: skip


def half_value(low: list[str], i: int) -> tuple[float, int] | None:
    """(the value, the index after it) of "half a <noun>" at ``i`` ("half a metre": 0.5,
    at "metre"; "half a dozen": 6), else None."""
    if low[i] != "half" or low[i + 1 : i + 2] not in (["a"], ["an"]) or i + 2 >= len(low):
        return None
    if i and low[i - 1] in ("in", "by", "and") and low[i + 2] not in MEASURE_UNITS:
        return None  # "cut in half a year later", "by half a day": a way, no value
    if low[i + 2] == "dozen":
        return 6.0, i + 3
    nxt = low[i + 2]
    if nxt not in MEASURE_UNITS and nxt not in _MAGNITUDES:
        return None  # "half a chance", "half a mind to": no unit, no value
    return 0.5, i + 2


def rate_by(low: list[str], j: int) -> bool:
    """Whether the words at ``j``, after a figure told after "by", make it a rate: a unit of
    measure given per time ("by two metres a year", "by 300 litres a day")."""
    return (
        j + 2 < len(low)
        and low[j] in MEASURE_UNITS
        and low[j + 1] in _PER
        and low[j + 2].rstrip("s") in _TIMES
    )
