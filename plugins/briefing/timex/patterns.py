"""The regular expressions that find temporal expressions, one per kind of expression.

Each rule is one compiled regex (run over the windows triggers.py finds); its named groups carry
the parts the matching handler in handlers/ needs. Month and weekday names are matched case-sensitively
(Capitalised or UPPER) so the verb "may" or "march" never becomes a month; everything else
ignores case.
"""

from __future__ import annotations

import re

from .lexicon import SEASONS, number_words_pattern


def _cased(*words: str) -> str:
    """Capitalised and upper-case forms of words, longest first, as one case-sensitive group."""
    forms = sorted({f for w in words for f in (w.capitalize(), w.upper())}, key=len, reverse=True)
    return "(?-i:" + "|".join(forms) + ")"


_FULL_MONTHS = _cased("january", "february", "march", "april", "may", "june", "july", "august",
                      "september", "october", "november", "december")
_ABBR_MONTHS = _cased("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sept", "sep", "oct", "nov", "dec")
# A month name; abbreviations need their stop or a following day number ("Jan 5").
MONTH = rf"(?:{_FULL_MONTHS}\b|{_ABBR_MONTHS}(?:\.|\b(?=\s*\d)))"
# Inside a range ("Dec–Feb") bare abbreviations are safe.
MONTH_LOOSE = rf"(?:{_FULL_MONTHS}\b|{_ABBR_MONTHS}\b\.?)"
WEEKDAY = _cased("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday") + r"\b"
WEEKDAYS_PLURAL = _cased("mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays", "sundays") + r"\b"
WEEKDAY_ABBR = _cased("mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun") + r"\."
DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\b(?![.,]\d|\s*(?:%|percent\b))"
TIMEZONE = r"(?-i:[ECMPA][SD]T|GMT|UTC|BST|CES?T|JST|KST|HKT|SGT|IST|AES?DT|AEST)\b"
# What follows a four-digit 24-hour clock time ("1653 local time", "0830 BST"): a time zone,
# "local time", the same moment in another zone in brackets ("at 1653 (2153 GMT)"), or the other
# end of a clock range ("between 1600 and 1800 GMT").
_ZONED = rf"(?:{TIMEZONE}|local\s+time\b)"
_CLOCK_DIGITS = r"(?:[01]?\d|2[0-3])[:.]?[0-5]\d"
CLOCK_AFTER = rf"\s*(?:{_ZONED}|\(\s*\d{{3,4}}\s*{_ZONED}|(?:-|–|to|and|until|till)\s*\d{{4}}\s*{_ZONED})"
# Years before Christ: "1750 BC", "from 1792 to 1750 BC" (a calendar value would be 3,500 years off).
_BEFORE_CHRIST = r"(?:(?:-|–|to)\s*\d{1,4}\s*)?(?-i:BC|B\.C\.|BCE)(?!\w)"
# A year standing alone: four digits 1600-2099 not glued to other digits, money or decimals, and
# neither a clock time nor a year before Christ.
YEAR = rf"(?<![\d$€£¥#.,/:])(?:1[6-9]\d\d|20\d\d)(?![\d%/]|[.,]\d|{CLOCK_AFTER}|\s*{_BEFORE_CHRIST})"
YEAR_OPEN = r"(?<![\d$€£¥#.,/])(?:1[6-9]\d\d|20\d\d)"  # a year that may be followed by "/25"
YEAR_SHORT = r"['’]\d\d\b"
NUMBER_WORDS = number_words_pattern()
SPELLED_YEAR = (
    r"(?:nineteen|twenty)[\s-]+(?:hundred|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    r"seventeen|eighteen|nineteen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine)\b)?|o[\s-](?:one|two|three|four|"
    r"five|six|seven|eight|nine)\b)|two\s+thousand(?:\s+(?:and\s+)?(?:one|two|three|four|five|"
    r"six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|"
    r"eighteen|nineteen|twenty(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?)\b)?"
)
SEASON = r"(?:" + "|".join(SEASONS) + r")\b"
ORDINAL = (r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
           r"\d{1,2}(?:st|nd|rd|th))")
QUARTER_ORDINAL = r"(?:first|second|third|fourth|1st|2nd|3rd|4th|final|last)"
# Counts in durations: digits, words, fractions and vague counts.
COUNT = (
    rf"(?:\d+(?:\.\d+)?(?:\s+\d/\d)?|\b{NUMBER_WORDS}\b|an?\s+(?:hundred|thousand)\b|a\s+couple\s+of|a\s+couple|couple\s+of|a\s+few|"
    r"a\s+dozen|dozens\s+of|several|a\s+number\s+of|many|some|few|half\s+an?|an?)"
)
COUNT_RANGE = rf"{COUNT}(?:\s*(?:to|or|-|–|and)\s*{COUNT})?"
UNIT = (
    r"(?:seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|quarters?|years?|"
    r"decades?|centuries|century|millenni(?:um|a)|yrs?|hrs?|mins?|wks?)\b"
)
UNIT_SINGLE = r"(?:day|week|month|quarter|year|decade|century|hour|minute)"
DAY_PART = r"(?:morning|afternoon|evening|night|mid-?afternoon|mid\s+afternoon|mid-?morning)\b"
YEAR_REL = r"(?:this|last|next|that|the\s+following|the\s+previous|the\s+same|the\s+current|the\s+prior)\s+year\b"
FISCAL = r"(?:fiscal|financial|business)"
EDGE_POSITION = (
    r"(?:(?:early|late|mid)(?:\s+|-)|the\s+(?:start|beginning|end|middle|close|rest|remainder|"
    r"first\s+part|last\s+part|turn)\s+of\s+)"
)

_RULES: dict[str, str] = {
    # March 5, 1946 / Monday, Oct. 26 / the 25th of December / 2025-06-03 / the week of March 6
    "date": (
        rf"(?:the\s+week\s+of\s+)?(?:(?P<rel>last|next|this\s+past|this\s+coming)\s+)?(?:(?:{WEEKDAY}|{WEEKDAY_ABBR}),?\s+(?:the\s+)?)?"
        rf"(?:(?P<mon>{MONTH})\s*(?P<day>{DAY})(?:\s*(?:and|or|-|–|to|through)\s*(?P<day3>{DAY})(?!\s+[a-z]))?"
        rf"|(?:the\s+)?(?P<day2>{DAY})(?:\s+of)?\s+(?P<mon2>{MONTH}))"
        rf"(?:,?\s+(?:(?P<year>{YEAR})\b|(?P<yspelled>{SPELLED_YEAR})))?"
    ),
    "iso_date": r"(?<![\d/.-])(?P<year>(?:1[6-9]|20)\d\d)[-/](?P<mon>0?[1-9]|1[0-2])[-/](?P<day>3[01]|[12]\d|0?[1-9])(?![\d/-]|\.\d)",
    "us_date": r"(?<![\d/.-])(?P<mon>0?[1-9]|1[0-2])/(?P<day>3[01]|[12]\d|0?[1-9])/(?P<year>(?:1[6-9]|20)\d\d)(?![\d/-]|\.\d)",
    # late November / mid-December / January 1998 / last April / June last year
    "month": (
        rf"(?P<pos>{EDGE_POSITION})?(?:(?P<rel>last|next|this|this\s+past|this\s+coming|past|coming)\s+)?"
        rf"(?P<mon>{MONTH})(?:,?\s+(?:of\s+)?(?:(?P<year>{YEAR})\b|(?P<yshort>{YEAR_SHORT})|(?P<yrel>{YEAR_REL})"
        rf"|(?P<yspelled>{SPELLED_YEAR})))?"
    ),
    # Dec–Feb 2025 / December-February
    "month_range": (
        rf"(?:(?P<the>the)\s+)?(?P<mon>{MONTH_LOOSE})\s*(?:[–—-]|/)\s*(?P<mon2>{MONTH_LOOSE})(?:,?\s+(?P<year>{YEAR})\b)?"
        r"(?:\s+(?P<unit>quarter|half|period)\b)?"
    ),
    # 2019-2023 / 2024–25 / fiscal 2024/25
    "year_range": (
        rf"(?P<fiscal>(?:{FISCAL}(?:\s+year)?\s*|(?-i:FY)\s?))?(?P<year>{YEAR_OPEN})\s*(?P<sep>[-–—/])\s*"
        r"(?P<year2>(?:1[6-9]|20)\d\d|\d\d)(?![\d%/]|[.,]\d)"
    ),
    # 1998 / early 1990 / the end of 1994 / fiscal 1989 / FY2025 / the year two thousand
    "year": (
        rf"(?P<pos>{EDGE_POSITION})?(?:(?P<fiscal>(?:the\s+)?{FISCAL}(?:\s+year)?\s*|FY\s?)|(?P<cal>calendar\s+(?:year\s+)?)"
        rf"|the\s+year\s+|(?:pre|post)-)?(?:(?P<year>{YEAR})\b|(?<=FY)(?P<yshort>\d\d)\b|(?<=FY\s)(?P<yshort2>\d\d)\b)"
        rf"(?!\s*(?:%|percent\b|[-–]\s*\d))"
    ),
    # the fiscal year to March 2020 / the year ending June: a fiscal year named by its last month
    # (an end on a day, "the year ended March 31", stays TimeML's duration plus its end date)
    "year_to_month": (
        rf"(?:(?:the|its|their)\s+(?:{FISCAL}[\s-]+)?|(?<!this\s)(?<!last\s)(?<!next\s){FISCAL}[\s-]+)year\s+"
        rf"(?:to|ended|ending)\s+(?:in\s+)?(?:the\s+end\s+of\s+|end-)?"
        rf"(?P<mon>(?>{_FULL_MONTHS}\b|{_ABBR_MONTHS}\b\.?))(?!\s*(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\b)"
        rf"(?:,?\s+(?P<year>{YEAR})\b)?"
    ),
    "spelled_year": rf"(?:the\s+year\s+)?(?P<yspelled>\b{SPELLED_YEAR})\b",
    # the 1990s / the early '80s / the nineties
    "decade": (
        r"(?:the\s+(?:first|second|last|latter)\s+half\s+of\s+)?(?:the\s+)?(?P<pos>(?:early|late|mid)(?:\s+|-))?(?:(?P<dec>(?:1[0-9]|20)\d0)['’]?s\b|"
        r"(?P<dec2>['’]\d0)s\b|(?<=the\s)(?P<decw>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b"
        r"|(?P<decw2>(?<=nineteen\s)(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\b)"
    ),
    "century": (
        rf"(?:the\s+)?(?:(?P<rel>this|last|next|past|previous|current)|(?P<ord>{ORDINAL}))[\s-]+century\b"
    ),
    # the third quarter of 1984 / the 1988 second quarter / fiscal second-quarter / this year's first half
    "quarter": (
        rf"(?:(?P<det>the|its|their|our|this\s+year's|last\s+year's|next\s+year's|(?P<ypos>{YEAR})['’]s)\s+)?"
        r"(?:(?P<ago>(?:comparable\s+|corresponding\s+)?(?:year-ago|year-earlier|year-before|prior-year))\s+)?"
        rf"(?:(?P<fis1>{FISCAL}|calendar)[\s-]+)?(?:(?P<year1>{YEAR})\s+)?(?:(?P<fis2>{FISCAL})[\s-]+)?"
        rf"(?P<ord>{QUARTER_ORDINAL})[\s-]+(?:(?P<fis3>{FISCAL})[\s-]+)?(?P<unit>quarter|half)\b(?!-century)"
        rf"(?:\s+(?:of\s+)?(?:(?:the\s+)?(?P<fis4>{FISCAL})\s+(?:year\s+)?)?(?:(?P<year2>{YEAR})\b"
        rf"|(?P<yrel>{YEAR_REL})|(?P<ythe>the\s+year)\b|(?P<fyrel>(?:this|last|next|the\s+current|the\s+previous)\s+{FISCAL}\s+year)))?"
    ),
    # a full-year forecast / full-year results: the (fiscal) year a report or forecast covers
    "full_year": r"(?<![\w-])(?:(?:a|the|its|their)\s+)?(?P<full>full-(?:fiscal-)?year)(?=\s+[a-z])(?P<forecast>(?:\s+[a-z-]+){0,2}?\s+(?:forecasts?|guidance|outlook|"
                 r"targets?|estimates?|projections?|goals?|plans?)\b)?",
    # the first two quarters of 1990: a half year
    "half_by_quarters": (
        rf"the\s+(?P<which>first|last|final|second)\s+two\s+quarters\s+of\s+(?:(?P<year>{YEAR})\b|(?P<yrel>{YEAR_REL}))"
    ),
    # Q3 / Q3 2025 / 3Q25 / H2 2025 / 1H / FY25 Q3 / 2025 Q3
    "quarter_code": (
        rf"(?<![\w-])(?:(?-i:Q)(?P<q>[1-4])|(?P<q2>[1-4])(?-i:Q)|(?-i:H)(?P<h>[12])(?=\s*(?:FY|{YEAR}|['’]?\d\d\b))"
        rf"|(?P<h2>[12])(?-i:H))(?:\s*(?:(?-i:FY)\s?)?(?:(?P<year>{YEAR})|['’]?(?P<yshort>\d\d)\b))?(?![\w-])"
        rf"|(?<![\w-])(?:(?P<fy>(?-i:FY)\s?))?(?:(?P<yearb>{YEAR})|(?<=FY)(?P<yshortb>\d\d)|(?<=FY\s)(?P<yshortc>\d\d))\s*"
        r"(?-i:Q)(?P<qb>[1-4])(?![\w-])"
    ),
    # this year / last month / next week / the past year / earlier this month / the year-ago quarter
    "deictic": (
        r"(?:(?P<pre>earlier|later|early|late)(?:\s+in)?\s+)?"
        r"(?:(?P<the>the)\s+)?(?P<rel>this\s+year['’]s|last\s+year['’]s|(?:comparable|corresponding|same|prior)\s+year-(?:ago|earlier)|"
        r"this\s+past|this\s+coming|this|last|next|past|previous|prior|following|coming|"
        r"current|latest|same|most\s+recent|year-ago|year-earlier|year-before|comparable|corresponding|that|"
        rf"(?P<ypos>{YEAR}))"
        rf"\s+(?P<fiscal>{FISCAL}[\s-]+)?(?P<unit>year|month|week|weekend|quarter|half|period|decade|century|"
        rf"{SEASON}|{FISCAL}\s+year)\b(?!-)"
        r"(?P<post>\s+a\s+year\s+(?:ago|earlier)|\s+(?:of\s+)?last\s+year|\s+or\s+so)?"
    ),
    # the quarter / the year / the week / the weekend: anaphoric, resolved from earlier mentions;
    # "the year to date" is the current year so far
    "bare_unit": (
        rf"(?P<pre>(?:earlier|later)\s+in\s+)?\bthe\s+(?P<full>full\s+|whole\s+|entire\s+)?(?P<fiscal>{FISCAL}[\s-]+)?"
        r"(?P<unit>quarter|year|week|weekend)\b(?!-)(?:(?P<ago>\s+a\s+year\s+(?:ago|earlier))|(?P<todate>\s+to\s+date\b)"
        r"|(?P<after>\s+(?:ended|ending|to|through|that)))?"
    ),
    # year-earlier profit / year-ago results: the same period a year before
    "year_ago": r"(?<![\w-])year-(?:earlier|ago)\b(?!\s+(?:quarter|period|half|year|months))",
    # the end of the month / the end of this week / year-end / at year end
    "unit_edge": (
        r"(?:the\s+)?(?P<edge>end|beginning|start|middle|turn|close)\s+of\s+(?:the\s+|this\s+|(?P<that>that)\s+|(?P<rel>last|next)\s+)?"
        r"(?P<unit>year|month|week|quarter|decade|century)\b(?!-)|(?:around\s+)?(?P<ye>year(?:-|\s+)end|year['’]s\s+end)\b"
    ),
    "season": (
        rf"(?P<pos>{EDGE_POSITION})?(?:(?P<rel>last|next|this|this\s+past|this\s+coming|past|coming|the|early|late)\s+)"
        rf"(?:(?:early|late)\s+)?(?P<season>{SEASON})(?:\s+(?:of\s+)?(?:(?P<year>{YEAR})\b|(?P<yspelled>{SPELLED_YEAR})|(?P<yrel>{YEAR_REL})))?"
        rf"|(?P<season2>{SEASON})\s+(?P<year2>{YEAR})\b|(?P<year3>{YEAR})\s+(?P<season3>{SEASON})"
    ),
    # yesterday / today / earlier today / the day before yesterday
    "day_word": (
        r"(?:(?P<pre>early|late|earlier|later)\s+)?(?P<word>yesterday|today|tomorrow|tonight)\b(?!['’]s\s+(?:world|society|youth|children|economy|standards|market|generation))"
        r"|the\s+day\s+(?P<daydir>before\s+yesterday|after\s+tomorrow)"
    ),
    # Friday / last Friday / early Tuesday / Friday morning
    "weekday": (
        r"(?:(?P<rel>last|next|this|this\s+past|this\s+coming|the\s+previous|the\s+following|the\s+next|"
        rf"early|late|earlier|later)\s+)?(?P<wd>{WEEKDAY})"
        rf"(?:\s+(?P<part>{DAY_PART}))?"
    ),
    # two weeks ago / a year earlier / 41 years ago / a week or so ago
    "ago": (
        r"(?:(?P<mod>about|almost|nearly|more\s+than|less\s+than|over|some|roughly|around|just|only|"
        r"at\s+least|barely|little\s+more\s+than|exactly|precisely|well\s+over)\s+)?"
        rf"(?P<count>{COUNT_RANGE})(?:\s+or\s+(?:two|three|so|more))?[\s-]+(?P<unit>{UNIT})(?:\s+or\s+so)?"
        r"\s+(?P<dir>ago|(?:earlier|later)(?!\s+(?:than|to|this|that)\b)|from\s+now|hence|back)\b"
    ),
    # three years / the past two months / a five-year low / the first nine months / 5 1/2 hours
    "duration": (
        r"(?:(?P<det>the|each\s+of\s+the|all|another|an?\s+additional|an?\s+extra|a\s+further|a\s+full|a)\s+)?"
        r"(?:(?P<rel>past|last|next|first|final|previous|following|coming|latest|remaining|initial|ensuing|"
        r"preceding|prior|same|year-earlier|year-ago|full|entire|whole)\s+)?"
        r"(?:(?P<mod>about|almost|nearly|more\s+than|less\s+than|fewer\s+than|over|some|roughly|around|"
        r"approximately|at\s+least|at\s+most|up\s+to|no\s+more\s+than|no\s+less\s+than|"
        r"under|close\s+to|upwards\s+of|in\s+excess\s+of|well\s+over|a\s+full|full)\s+)?"
        rf"(?P<count>{COUNT_RANGE})(?:\s+(?:more|additional|full|straight|consecutive|trading|business|"
        rf"calendar|working|long|short))?(?P<sep>[\s-]+)(?P<unit>{UNIT})(?P<half>\s+and\s+a\s+half)?"
        r"(?P<adj>-(?:long|old)\b)?(?:\s+or\s+so)?(?![-'’]\w)"
    ),
    # years / months / recent weeks / the coming months / decades
    "vague_duration": (
        r"(?:(?P<lead>recent|coming|the\s+coming|the\s+past|the\s+last|the\s+next|the|past|next|upcoming|"
        r"the\s+past\s+several|the\s+past\s+few|the\s+last\s+few|the\s+next\s+few|the\s+next\s+several)\s+)?"
        r"\b(?P<unit>years|months|weeks|days|decades|centuries|hours|minutes|(?<=recent\s)quarters|(?<=coming\s)quarters"
        r"|(?:day|week|month|year)(?=-long\b))\b(?!['’]|-(?!long\b))"
        r"(?P<long>-long)?(?:\s+or\s+(?:months|years|weeks|days|decades))?"
        r"(?P<ahead>\s+ahead|\s+to\s+come)?"
    ),
    # every week / each July / daily / annually / twice a year / Tuesdays
    "set": (
        r"(?P<every>every|each|per)\s+(?:other\s+|single\s+)?(?:(?P<count>\d+|" + NUMBER_WORDS + r")\s+)?"
        rf"(?P<unit>{UNIT}|{WEEKDAY}|{MONTH}|{SEASON}|{DAY_PART}|weekend\b|weekday\b)"
        r"|(?P<adv>daily|weekly|monthly|annually|yearly|hourly|nightly|biweekly|bimonthly|biannually|"
        r"semiannually|semi-annually|fortnightly)\b"
        rf"|(?P<wds>{WEEKDAYS_PLURAL})|(?P<wdn>{WEEKDAY})\s+(?P<nights>mornings|afternoons|evenings|nights)\b"
        rf"|(?P<freq>once|twice|thrice|(?:\d+|{NUMBER_WORDS})\s+times)\s+(?:a|an|per|each)\s+(?P<funit>{UNIT_SINGLE})\b"
    ),
    # 3 p.m. / 10:35 a.m. EST / noon Thursday / 9 a.m. Tuesday / 4 in the morning / midnight
    "clock": (
        r"(?:(?P<mod>around|about|at\s+about|approximately|shortly\s+(?:before|after)|just\s+(?:before|after))\s+)?"
        rf"(?:(?P<h>\d{{1,2}})(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ap>[ap])\.?\s?m\b\.?|(?P<h24>[01]?\d|2[0-3]):(?P<mi24>[0-5]\d)(?=\s*(?:{TIMEZONE}|hours?\b|hrs\b))"
        rf"|(?<![\d$€£¥#.,/:])(?P<h4>[01]\d|2[0-3])(?P<mi4>[0-5]\d)(?={CLOCK_AFTER})"
        r"|(?P<word>noon|midnight|midday)\b|(?P<hw>\d{1,2}|" + NUMBER_WORDS + r")\s+(?:o['’]clock\s+)?in\s+the\s+(?P<part>morning|afternoon|evening))"
        # "1653 local time (2153 GMT)": the same moment in another zone belongs to the expression (a day
        # after it stays an expression of its own, as TimeML marks "10:35 a.m. (0735 GMT) Friday")
        rf"(?:\s+(?P<tz>{TIMEZONE}|local\s+time\b))?(?:\s*\(\s*{_CLOCK_DIGITS}(?:\s*(?:-|–|to)\s*{_CLOCK_DIGITS})?\s*{_ZONED}\s*\)"
        rf"|,?\s+(?:on\s+)?(?:(?P<wd>{WEEKDAY})|(?P<dw>yesterday|today|tomorrow)\b|"
        rf"(?P<mon>{MONTH})\s*(?P<day>{DAY})))?"
    ),
    # that same day / earlier that day / the next morning: a day the text just talked about
    "anaphoric_day": (
        r"(?:(?P<pre>earlier|later)\s+(?:in\s+)?)?(?:that|the\s+same)\s+(?:same\s+)?(?P<unit>day|morning|afternoon|evening|night)\b"
        r"|the\s+(?P<rel>next|following|previous|preceding)\s+(?P<unit2>day|morning|afternoon|evening|night)\b"
    ),
    # this morning / yesterday afternoon / last night / later this afternoon
    "day_part": (
        r"(?:(?P<pre>early|late|later|earlier)\s+)?(?P<dw>this|yesterday|tomorrow|last|tonight)\s+"
        r"(?P<part>morning|afternoon|evening|night)\b"
        r"|(?P<mid>mid-?afternoon|mid\s+afternoon|mid-?morning)(?:\s+(?P<dw2>yesterday|today|tomorrow))?\b"
    ),
    # now / currently / recently / the past / the future / soon
    "reference": (
        r"(?P<present>\bnow\b(?![-–])|currently|nowadays|at\s+present|presently|these\s+days|"
        r"the\s+present(?:\s+time|\s+day)?\b(?!\s+(?:value|system|situation|case))|current(?=\s+[a-z]))"
        r"|(?P<past>(?:more\s+|most\s+|only\s+|until\s+)?recently|lately|the\s+past\b)"
        r"|(?P<future>the\s+(?:near\s+|distant\s+|immediate\s+)?future|"
        r"(?<!as\s)soon\b(?!\s+as)|the\s+(?:near|short|long|medium)\s+term\b|a\s+later\s+date|"
        r"as\s+soon\s+as\s+possible)"
    ),
    # Christmas / Thanksgiving Day / Easter / New Year's Day / Election Day
    "holiday": (
        r"(?:(?P<rel>last|next|this)\s+)?(?P<name>(?-i:Christmas(?:\s+Day|\s+Eve)?|New\s+Year['’]s(?:\s+Day|\s+Eve)?|"
        r"Thanksgiving(?:\s+Day)?|Easter(?:\s+Sunday|\s+Monday|\s+week)?|Good\s+Friday|Election\s+Day|"
        r"Independence\s+Day|Labor\s+Day|Memorial\s+Day|Halloween|Valentine['’]s\s+Day|Veterans\s+Day|"
        r"Boxing\s+Day|Christmas\s+holidays?|New\s+Year\s+holidays?|Golden\s+Week)\b)(?:\s+(?P<year>{YEAR}))?"
    ).replace("{YEAR}", YEAR),
}

# When two candidates overlap and are equally long, the rule listed first wins.
PRIORITY = list(_RULES)
# Every alternative of a rule starts at a word boundary ("everyMondays" holds no "Mondays"), unless
# the rule opens with its own lookbehind.
RULES: dict[str, re.Pattern[str]] = {name: re.compile(rf"\b(?:{rx})" if not rx.startswith("(?<") else rx, re.I)
                                     for name, rx in _RULES.items()}
