"""Word tables for make_corpus.py: sectors, names, publishers, and the wordings of each story event.

Every event kind has several wordings so publishers report the same fact in different words;
placeholders ({lead}, {site}, {when}, {workforce}, ...) are filled by make_corpus._fill.
"""

from __future__ import annotations

SYLLABLES = [
    "ka", "ro", "mi", "ten", "vel", "dor", "sa", "na", "tor", "lin", "ha", "ru", "ko", "ve", "ma",
    "zen", "bar", "del", "ori", "sun", "ta", "ki", "lo", "ne", "pra", "gal", "ost", "ven", "ari", "mon",
]

SECTORS = [
    {
        "product": "electric vehicles", "units": "vehicles", "industry": "car industry",
        "lead_suffixes": ["Motors", "Motor Co.", "Automotive"], "partner_suffixes": ["Electronics", "Precision", "Technology"],
    },
    {
        "product": "battery cells", "units": "cells", "industry": "battery industry",
        "lead_suffixes": ["Energy", "Chemical", "Power"], "partner_suffixes": ["Battery", "Cell Systems", "New Energy"],
    },
    {
        "product": "power chips", "units": "wafers", "industry": "chip industry",
        "lead_suffixes": ["Semiconductor", "Devices", "Micro"], "partner_suffixes": ["Foundry", "Silicon", "Electronics"],
    },
    {
        "product": "wind turbines", "units": "turbines", "industry": "wind industry",
        "lead_suffixes": ["Wind", "Renewables", "Heavy Industries"], "partner_suffixes": ["Engineering", "Energy Systems", "Steel"],
    },
    {
        "product": "heat pumps", "units": "units", "industry": "heating industry",
        "lead_suffixes": ["Climate", "Thermal", "Appliances"], "partner_suffixes": ["Industries", "Components", "Technik"],
    },
    {
        "product": "electric buses", "units": "buses", "industry": "commercial vehicle industry",
        "lead_suffixes": ["Truck and Bus", "Commercial Vehicles", "Mobility"], "partner_suffixes": ["Electric", "Drive Systems", "Motors"],
    },
]

CURRENCIES = [("$", "dollars", 1), ("€", "euros", 1), ("", "yen", 100), ("£", "pounds", 1)]

PUBLISHERS = [
    ("electrive.com", "news"), ("reuters.com", "business"), ("investing.com", "news/stock-market-news"),
    ("nikkei.com", "business"), ("bloomberg.com", "news/articles"), ("ft.com", "content"),
    ("autonews.com", "manufacturing"), ("insideevs.com", "news"), ("japantimes.co.jp", "business"),
    ("asia.nikkei.com", "business/companies"), ("cnbc.com", "industry"), ("electrek.co", "news"),
    ("just-auto.com", "news"), ("energy-storage.news", "news"), ("eetimes.com", "industry"),
    ("rechargenews.com", "wind"), ("handelsblatt.com", "english"), ("caixinglobal.com", "business"),
    ("focus-taiwan.tw", "business"), ("kyodonews.net", "business"),
]

NEWS_SOURCES = [
    "the Nikkei business daily", "Reuters", "Bloomberg News", "people familiar with the matter",
    "two sources close to the talks", "the local newspaper", "Kyodo News", "an industry newsletter",
]

ANALYST_FIRMS = [
    "Morningstar", "Jefferies", "S&P Global Mobility", "BloombergNEF", "Citi", "Nomura", "Wood Mackenzie",
    "Bernstein", "CLSA", "Fitch Ratings",
]

FIRST_NAMES = [
    "Anna", "Ben", "Chiara", "Daisuke", "Elena", "Farid", "Greta", "Hiroshi", "Ines", "Jonas", "Kenji",
    "Lena", "Marco", "Nadia", "Oliver", "Priya", "Quentin", "Rosa", "Satoshi", "Tara", "Uwe", "Vera",
    "Wei", "Yuki", "Zofia", "Ivan", "Mei", "Lukas", "Sofia", "Takeshi",
]
LAST_NAMES = [
    "Tanaka", "Schmidt", "Rossi", "Chen", "Kowalski", "Nakamura", "Dubois", "Okafor", "Larsen", "Silva",
    "Watanabe", "Novak", "Fischer", "Moreau", "Ito", "Huang", "Berg", "Costa", "Kato", "Meyer",
]

HEADINGS = [
    "What the deal would mean for {site}", "Background", "A long road to {site}", "The numbers",
    "Why {partner_short} wants a base in {region}", "Pressure on {lead_short}", "What comes next",
    "Jobs at stake", "How we got here", "Analysts are cautious",
]

# How each event of a story is reported; "{when}" is the date phrase relative to the article.
WORDINGS = {
    "approach": [
        "{partner} approached {lead} about a partnership {when} but was rebuffed at the time.",
        "{when}, {partner} made an approach to {lead}, which turned it down.",
        "It is not the first contact: {partner_short} sounded out {lead_short} {when}, without result.",
        "{lead} rejected an earlier approach from {partner} {when}.",
    ],
    "results": [
        "{lead} reported an operating loss of {loss} {when}.",
        "The company booked an operating loss of {loss} {when}, its worst result in a decade.",
        "{when}, {lead_short} posted an operating loss of {loss}.",
        "{lead_short}'s operating loss reached {loss} {when}.",
    ],
    "merger_failed": [
        "Merger talks between {lead} and {rival} collapsed {when}.",
        "{when}, negotiations on a merger with {rival} broke down.",
        "A planned merger with {rival} fell apart {when}.",
        "{lead_short} and {rival} called off their merger talks {when}.",
    ],
    "utilisation": [
        "The {site} plant ran at just {utilisation}% of its capacity {when}, far below the {break_even}% break-even point.",
        "{when}, {site} operated at {utilisation}% capacity, well under the {break_even}% it needs to break even.",
        "Utilisation at {site} fell to {utilisation}% {when}; the plant breaks even at about {break_even}%.",
        "The factory used only {utilisation}% of its capacity {when}.",
    ],
    "restructuring": [
        "{lead} announced {when} that it would cut its final assembly plants worldwide from {plants_before} to {plants_after}.",
        "{when}, {lead_short} unveiled a restructuring plan that reduces its factories from {plants_before} to {plants_after}.",
        "Under a plan presented {when}, {lead_short} will shrink its global production network from {plants_before} to {plants_after} plants.",
        "The restructuring announced {when} closes plants, leaving {plants_after} of today's {plants_before} factories.",
    ],
    "ceo": [
        "{ceo} took over as chief executive of {lead} {when}.",
        "{when}, {lead_short} appointed {ceo} as its new chief executive.",
        "Chief executive {ceo}, who took the helm {when}, has made cost cuts a priority.",
        "{ceo} became CEO {when}, replacing a predecessor who had lost the board's confidence.",
    ],
    "pause": [
        "Production at {site} was halted {when} because of weak demand.",
        "{lead_short} paused output at the {site} plant {when}.",
        "The lines at {site} stood still {when} as inventories piled up.",
        "{when}, the {site} factory suspended production.",
    ],
    "talks_reported": [
        "{lead} is in talks with {partner} about building {product} at its {site} plant, {source} reported {when}.",
        "{source} reported {when} that {partner_short} and {lead_short} were discussing production of {product} at {site}.",
        "{when}, {source} said {lead_short} was considering handing surplus lines at {site} to {partner}.",
        "Talks on letting {partner} make {product} at {site} were first reported by {source} {when}.",
    ],
    "job_cuts": [
        "{lead} said {when} it would cut {job_cuts} jobs, about {cut_share}% of its workforce.",
        "{when}, {lead_short} announced {job_cuts} job cuts, or {cut_share}% of its global staff.",
        "The company plans to shed {job_cuts} jobs, {cut_share}% of its employees, it said {when}.",
        "{lead_short} will eliminate {job_cuts} positions worldwide, according to a plan announced {when}.",
    ],
    "mou": [
        "{lead} and {partner} signed a memorandum of understanding on {product} production at {site} {when}.",
        "{when}, the two companies signed a memorandum of understanding covering the {site} plant.",
        "{partner_short} and {lead_short} agreed in principle to cooperate at {site}, signing an MoU {when}.",
        "An MoU signed {when} commits {partner_short} and {lead_short} to study joint production of {product}.",
    ],
    "government": [
        "The government of {region} pledged support for the {site} site {when}.",
        "{when}, {region}'s regional government offered subsidies to keep {site} open.",
        "Officials in {region} said {when} they would back any deal that protects jobs at {site}.",
        "Local authorities in {region} promised financial help for the plant {when}.",
    ],
    "investment": [
        "{partner} said {when} it would invest {investment} in the {site} plant.",
        "{when}, {partner_short} committed {investment} to retool the {site} lines for {product}.",
        "The investment, {investment} according to a statement {when}, will convert two lines at {site}.",
        "{partner_short} plans to spend {investment} at {site}, the company announced {when}.",
    ],
    "stake": [
        "{partner} took a {stake}% stake in the {site} operation {when}.",
        "{when}, {partner_short} acquired {stake}% of the joint company that runs {site}.",
        "{partner_short} bought a {stake}% holding in the plant company {when}.",
        "A {stake}% stake in the {site} venture changed hands {when}, going to {partner_short}.",
    ],
    "agreement": [
        "{lead} and {partner} signed a binding agreement on joint production at {site} {when}.",
        "{when}, the companies signed the final contract for {product} production at {site}.",
        "The definitive agreement, signed {when}, hands {partner_short} two production lines at {site}.",
        "{partner_short} and {lead_short} sealed their deal on the {site} plant {when}.",
    ],
    "hiring": [
        "{partner} began hiring {new_jobs} workers for the {site} lines {when}.",
        "{when}, {partner_short} started recruiting {new_jobs} staff at {site}.",
        "Recruitment of {new_jobs} employees for the new lines at {site} started {when}.",
        "{partner_short} opened {new_jobs} positions at the plant {when}.",
    ],
    "production_start": [
        "Production of {product} at {site} is due to start {when}.",
        "{partner_short} expects the first {product} to leave the {site} lines {when}.",
        "The first {units} are scheduled to roll off the line at {site} {when}.",
        "Series production at {site} will begin {when}, according to the companies.",
    ],
    "workforce": [
        "The {site} plant in {region} employs around {workforce} people.",
        "About {workforce} workers are employed at {site}.",
        "{site}, which has some {workforce} employees, is one of {lead_short}'s oldest factories.",
        "The factory and its {workforce} staff have been a pillar of the {region} economy for decades.",
    ],
    "capacity": [
        "{site} can build {capacity} {units} a year.",
        "The plant has an annual capacity of {capacity} {units}.",
        "With capacity for {capacity} {units} a year, {site} is far too big for current demand.",
        "Its lines are designed for {capacity} {units} a year.",
    ],
    "utilisation_now": [
        "Utilisation has hovered around {utilisation}%, well short of the {break_even}% needed to break even.",
        "The plant needs to run at {break_even}% of capacity to make money.",
        "Break-even at {site} sits at roughly {break_even}% utilisation.",
        "Analysts put the plant's break-even utilisation at {break_even}%.",
    ],
    "workforce_item": ["Employees: about {workforce}", "Workforce: {workforce} people", "Staff at the site: {workforce}"],
    "capacity_item": ["Capacity: {capacity} {units} a year", "Annual capacity: {capacity} {units}"],
    "utilisation_item": ["Utilisation: {utilisation}% (break-even {break_even}%)", "Capacity used: {utilisation}%"],
    "investment_item": ["Planned investment: {investment}", "{partner_short} investment: {investment}"],
    "plants_item": ["Assembly plants: {plants_before} today, {plants_after} after the restructuring", "Plants to remain: {plants_after}"],
}

TITLES = {
    "approach": ["{partner_short} approached {lead_short} before, documents show"],
    "results": ["{lead_short} slides to a loss of {loss}", "{lead_short} posts heavy loss as sales slump"],
    "merger_failed": ["{lead_short} and {rival} call off merger talks", "Merger between {lead_short} and {rival} collapses"],
    "utilisation": ["{site} plant runs far below capacity"],
    "restructuring": [
        "{lead_short} to cut plants from {plants_before} to {plants_after}",
        "{lead_short} unveils restructuring, {site} in doubt",
        "{lead_short} restructuring puts {site} plant on the block",
    ],
    "ceo": ["{ceo} named {lead_short} chief executive", "New {lead_short} CEO {ceo} faces plant decisions"],
    "pause": ["{lead_short} halts production at {site}", "Lines stand still at {site}"],
    "talks_reported": [
        "{lead_short} considers {partner_short} tie-up to produce {product} at {site}",
        "{partner_short} in talks to build {product} at {lead_short}'s {site} plant",
        "{lead_short}, {partner_short} discuss {site} plant deal",
        "Report: {partner_short} eyes {lead_short}'s {site} factory",
    ],
    "job_cuts": ["{lead_short} to cut {job_cuts} jobs", "{lead_short} slashes {cut_share}% of workforce"],
    "mou": [
        "{lead_short} and {partner_short} sign MoU on {site} plant",
        "{partner_short}, {lead_short} agree to cooperate at {site}",
    ],
    "government": ["{region} offers support for {site} plant", "Regional government backs {site} jobs"],
    "investment": ["{partner_short} to invest {investment} in {site}", "{partner_short} commits {investment} to {site} lines"],
    "stake": ["{partner_short} takes {stake}% stake in {site} venture"],
    "agreement": ["{lead_short} and {partner_short} seal {site} deal", "{partner_short} to build {product} at {site} after final deal"],
    "hiring": ["{partner_short} starts hiring {new_jobs} for {site}", "{site} plant to add {new_jobs} jobs"],
    "production_start": ["First {product} roll off the line at {site}", "{site} starts {product} production"],
}

# Context, quotes and analysis sentences; undated so the timeline stays the story's own.
FILLER = [
    "Neither company commented on the report.",
    "{lead_short} said the report was not based on any announcement by the company.",
    "{partner_short} did not respond to a request for comment.",
    "\"We are looking at every option to keep our plants competitive,\" a {lead_short} spokesperson said.",
    "\"A partner that fills the lines would change the economics of the plant completely,\" said {analyst} of {firm}.",
    "{analyst}, an analyst at {firm}, said the talks reflected the pressure on established manufacturers.",
    "The {industry} is going through its deepest upheaval in decades.",
    "Demand for {product} has grown more slowly than many forecasts assumed.",
    "Chinese competitors have gained ground with cheaper {product}.",
    "Tariffs and export controls have added to the uncertainty.",
    "Suppliers around {site} depend heavily on the plant's orders.",
    "Union representatives have called for guarantees for the workforce.",
    "The plant also houses test facilities that would be costly to move.",
    "Closing a plant of this size would mean severance payments and the relocation of development work.",
    "For {partner_short}, a base in {region} would bring it closer to established customers.",
    "{partner_short} has been expanding beyond its original business for several years.",
    "The company has built its own platform and wants to sell it to established brands.",
    "Contract manufacturing is common in electronics but still rare in the {industry}.",
    "Investors welcomed the news, and {lead_short}'s shares rose in early trading.",
    "{lead_short}'s shares have lost much of their value as profits dwindled.",
    "Credit rating agencies have put the company's rating on watch.",
    "Managers have been told to cut fixed costs wherever possible.",
    "The government is wary of foreign control over a strategic manufacturer.",
    "Officials have said any deal must protect local employment.",
    "The plant's output has fallen steadily as older models were phased out.",
    "Only a handful of models are still built on the lines.",
    "Engineers at the site have long argued that the factory could be retooled.",
    "Retooling the lines for {product} would take at least a year.",
    "The talks are at an early stage and may not lead to an agreement, people close to the matter cautioned.",
    "Several options remain on the table, including a partial sale of the site.",
    "{partner_short} already supplies parts to several manufacturers in the region.",
    "A joint venture structure is one of the models under discussion.",
    "Analysts at {firm} estimate that the deal could save {lead_short} a significant sum each year.",
    "\"This is about survival, not growth,\" {analyst} said.",
    "\"The question is who controls the product and the customer,\" said {analyst} of {firm}.",
    "The company's new management has promised a leaner organisation.",
    "Dealers have complained about an ageing model range.",
    "Sales in the home market have been weak for several quarters.",
    "The partnership would be closely watched by other manufacturers with idle capacity.",
    "Similar arrangements in Europe have had mixed results.",
    "{region} has a long history of manufacturing and a skilled workforce.",
    "The site's port access makes it attractive for exports.",
    "Energy prices in the region have risen sharply.",
    "The workforce is older than the industry average.",
    "A decision is expected once the due diligence is complete.",
    "Both companies said they remained committed to their existing customers.",
    "Labour representatives said they had not been consulted.",
    "\"We will fight for every job,\" said {spokesperson}, who represents the workers at the plant.",
    "{spokesperson}, a spokesperson for {partner_short}, declined to give details.",
    "The negotiations are being handled by a small team at headquarters.",
    "Banks have been asked to extend credit lines while the talks continue.",
    "Some investors question whether {partner_short} can run a plant of this scale.",
    "The move fits {partner_short}'s strategy of owning production rather than licensing designs.",
    "Competition for skilled engineers in the {industry} is intense.",
    "Local suppliers have started to look for new customers.",
    "The town around the plant depends on the factory for tax revenue.",
    "The site covers an area of several hundred football pitches, including a test track.",
    "Environmental permits for the site would have to be renewed.",
    "Industry associations have urged the government to support domestic production.",
    "{firm} said the structure of the deal matters more than its headline value.",
]

UNRELATED = {
    "titles": [
        "{company} raises dividend after strong quarter",
        "{company} opens new headquarters",
        "{company} names new chair",
        "{company} wins logistics contract",
    ],
    "sentences": [
        "{company} reported higher revenue thanks to strong demand in its core markets.",
        "The company said it would raise its dividend.",
        "Shares of {company} rose after the announcement.",
        "Analysts at {firm} said the results beat expectations.",
        "\"We are pleased with the progress,\" said {spokesperson}, a company spokesperson.",
        "The group employs staff in more than twenty countries.",
        "Its logistics business benefited from higher freight volumes.",
        "The new headquarters will bring several departments under one roof.",
        "{company} expects growth to slow in the coming quarters.",
        "Management pointed to cost savings from a new purchasing system.",
        "The board proposed the change at the annual meeting.",
        "The company did not give a forecast for the full year.",
        "{analyst} of {firm} said the valuation looked stretched.",
        "Competition in the sector has intensified.",
        "The company has made several small acquisitions.",
        "Its order book remains healthy, the company said.",
        "Investors had expected a larger buyback.",
        "The contract runs for five years.",
        "The chair will take office after the shareholder meeting.",
        "{company} is listed in several markets.",
        "The company's retail division grew faster than its industrial arm.",
        "Operating margins improved for the third time in a row.",
        "Currency effects weighed on reported earnings.",
        "The group has reduced its debt steadily.",
        "Customers in North America accounted for a growing share of sales.",
        "The firm is investing in automation at its warehouses.",
        "A new IT system caused delays in some deliveries.",
        "Employees will receive a one-off bonus.",
        "The decision was taken unanimously by the board.",
        "Rating agencies kept the company's outlook stable.",
        "The new building was designed to use less energy.",
        "Several hundred staff will move to the new site.",
        "The company plans to hire more engineers.",
        "Management declined to comment on market rumours.",
        "The results were published before the market opened.",
        "The company cited strong demand from data centres.",
        "Smaller rivals have struggled with rising costs.",
        "The group sold a minority stake in a subsidiary.",
        "Freight rates have stabilised after a volatile period.",
        "The contract includes an option to extend.",
        "The incoming chair previously ran a logistics group.",
        "Shareholders approved all proposals at the meeting.",
        "Some investors had pushed for a change of strategy.",
        "The company will report full results later.",
        "{analyst} said the company was well positioned.",
        "Its online business continued to grow.",
        "Inventories were reduced to free up cash.",
        "The stock trades at a discount to its peers.",
        "The group aims to double its service revenue.",
        "Management reiterated its medium-term targets.",
    ],
}
