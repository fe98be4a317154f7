"""Each section's own sentences, quotes, subheads and list items (see ``sentences``).

Same rule as there: no character that Markdown or HTML treats specially.
"""

SECTION = {
    "asia": {
        "body": [
            "Relations on the peninsula have swung between tension and tentative contact "
            "several times in the past {years} years.",
            "The unification ministry said it was monitoring the situation and remained open "
            "to dialogue.",
            "Officials in Tokyo and Beijing have been kept informed, according to a senior "
            "official in Seoul.",
            "In border towns north of {city}, residents say they have learned to live with "
            "uncertainty.",
            "{who} said the pattern was familiar but the timing was not.",
            "North Korea's state media has not commented, which analysts say is itself worth "
            "noting.",
            "The coast guard in {city} has increased patrols, citing the need for caution.",
            "Regional governments have been asked to review their emergency plans.",
            "Trade between Korea and {country} has grown by {pct} percent over the past "
            "{years} years, giving both sides a stake in stability.",
            "The last comparable episode, {years} years ago, ended with a quiet agreement "
            "that neither side fully publicised.",
            "Diplomats in Seoul describe the mood as watchful rather than alarmed.",
            "Civic groups in {city} have called for more information to be shared with the public.",
            "A hotline between the two Koreas has been silent for much of the past year.",
            "Officials said the matter would be raised at the next regional meeting with "
            "{country}.",
        ],
        "quotes": [
            "We are not going to overreact, but we are not going to look away either",
            "People on both sides of the border want the same thing, which is to be left in peace",
            "Every step like this has to be read in the context of the whole region",
            "The families do not have time to wait for politics",
            "Our neighbours are watching how Seoul responds",
        ],
        "subheads": [
            "Reading the signals",
            "The view from the border",
            "A regional balancing act",
            "What Seoul wants",
        ],
        "bullets": [
            "{years} years since the last comparable agreement",
            "{pct} percent: growth in trade with {country} over the period",
            "{small_word_cap} regional governments have reviewed their emergency plans",
            "{n2} residents live within the affected coastal zone",
        ],
    },
    "world": {
        "body": [
            "About {n} Koreans live in {country}, according to the foreign ministry.",
            "Korean companies have invested heavily in {country}, from factories to power plants.",
            "The embassy in {country} has set up a help desk for Korean nationals.",
            "Relations between Seoul and {country} were formalised decades ago and have "
            "broadened steadily since.",
            "Diplomats say the relationship has become more important as supply chains shift.",
            "{who} said the move reflected a wider rethink in {country}.",
            "Korean exports to {country} rose {pct} percent last year, led by cars and machinery.",
            "Students from {country} now make up a growing share of foreign enrolments at "
            "Korean universities.",
            "Officials in {country} have said they want closer ties with Seoul, though not at "
            "any price.",
            "A delegation of Korean business leaders is expected to visit {country} later "
            "this year.",
            "Airlines now run {small_word} direct flights a day between Seoul and {country}.",
            "Local media in {country} have covered the story prominently.",
            "The foreign ministry said it was in close contact with its counterparts in {country}.",
            "Seoul has offered technical help, an official said, without giving details.",
        ],
        "quotes": [
            "This is a relationship that matters to both countries, and both know it",
            "We want our citizens to feel safe wherever they are",
            "The ties between people are what keep this going when politics gets difficult",
            "It would be a mistake to read too much into a single decision",
            "Korean companies have been patient, and patience is starting to pay",
        ],
        "subheads": [
            "Why {country} matters to Seoul",
            "The Korean community",
            "Beyond the headlines",
            "A relationship in transition",
        ],
        "bullets": [
            "About {n} Koreans live in {country}",
            "Korean exports to {country} rose {pct} percent last year",
            "Airlines run {small_word} direct flights a day between the two countries",
            "{years} years of regular ministerial meetings",
        ],
    },
    "politics": {
        "body": [
            "The ruling party holds a narrow majority in the National Assembly, leaving "
            "little margin for defections.",
            "Opposition leaders said they would take the matter to the courts if necessary.",
            "The next step is a vote in the relevant standing committee.",
            "A poll by {institute} found {poll} percent of respondents in favour.",
            "{who} said the fight was as much about the next election as about policy.",
            "Local elections are due in {small_word} months, and both parties are wary of "
            "upsetting voters in {city}.",
            "Civic groups have criticised the process as rushed.",
            "The interior ministry said it would issue guidelines to local governments.",
            "Lawmakers from {city} have been among the most vocal critics.",
            "Turnout among voters in their 20s has lagged behind other age groups for years.",
            "The presidential office declined to comment on the details.",
            "Previous attempts at similar reforms stalled in committee.",
            "Party officials said internal discussions were continuing.",
            "Some lawmakers have broken ranks, saying they would vote with the other side.",
        ],
        "quotes": [
            "Voters are tired of politicians who fight first and think later",
            "This is what happens when a bill is written in a hurry",
            "We will keep pushing until the people of {city} get what they were promised",
            "Compromise is not a dirty word",
            "The public is watching, and they will remember",
        ],
        "subheads": [
            "The arithmetic in the Assembly",
            "What voters think",
            "Next steps",
            "The view from {city}",
        ],
        "bullets": [
            "{poll} percent of respondents support the change",
            "{small_word_cap} standing committees must still review the details",
            "Local elections are due in {small_word} months",
            "{n2} signatures were collected in the first week",
        ],
    },
    "business": {
        "body": [
            "The main stock index rose {pct2} percent on the news.",
            "Shares in {company} rose {pct2} percent in Seoul trading.",
            "Household debt remains among the highest in the developed world relative to "
            "income, economists say.",
            "{company} employs about {n} people, most of them in and around {city}.",
            "The finance ministry has kept its growth forecast unchanged.",
            "Exporters have benefited from a weaker won, though importers of energy and food "
            "have not.",
            "{who} said companies were hesitant to commit to new investment.",
            "Semiconductors account for roughly a fifth of the country's exports.",
            "Consumer prices rose {pct2} percent from a year earlier, according to the "
            "statistics agency.",
            "Small and mid-sized firms employ most of the country's workers but have "
            "struggled to raise wages.",
            "Competition from {country} has intensified in several industries.",
            "The company said it would announce more details with its next earnings report.",
            "Credit rating agencies have kept their outlook stable.",
            "Economists at {institute} warned that the recovery remains fragile.",
        ],
        "quotes": [
            "Demand is there, but so is caution",
            "Companies want certainty before they spend",
            "This is good news for exporters and less good news for families paying the bills",
            "We have been through tougher cycles than this",
            "Nobody is rushing to hire, and that worries me",
        ],
        "subheads": [
            "The numbers",
            "What it means for households",
            "Markets react",
            "A fragile recovery",
        ],
        "bullets": [
            "Shares in {company} rose {pct2} percent",
            "{amount} trillion won in planned investment",
            "{company} employs about {n} people",
            "Consumer prices are up {pct2} percent from a year earlier",
        ],
    },
    "tech": {
        "body": [
            "{company} competes with much larger rivals from {country} and the United States.",
            "The science ministry has promised to double research funding for artificial "
            "intelligence.",
            "Engineers in {city} say the hardest part is not the hardware but the software "
            "around it.",
            "{who} said the technology was promising but still expensive.",
            "The company has filed {n2} patents related to the project, according to public "
            "records.",
            "Demand for memory chips has been driven by data centres built to train AI models.",
            "Korean households are among the most connected in the world, with near-universal "
            "broadband.",
            "Privacy advocates have raised concerns about how the data will be stored.",
            "{company} said it would hire {n2} more engineers over the next {small_word} years.",
            "Start-ups in {city} have benefited from cheaper office space and local "
            "government grants.",
            "The product will go on sale first in Korea and then in {country}.",
            "Investors have grown more selective, favouring companies with paying customers.",
            "The regulator said it would publish new guidelines on data use.",
            "Battery makers are racing to cut costs as electric car sales slow.",
        ],
        "quotes": [
            "The technology works; the question is whether people will pay for it",
            "We are not trying to copy anyone, we are trying to solve a problem",
            "Talent is the bottleneck, not money",
            "Regulation has to keep up, or it will be written after something goes wrong",
            "A few years ago this would have sounded like science fiction",
        ],
        "subheads": [
            "How it works",
            "The talent race",
            "Privacy questions",
            "Competition from abroad",
        ],
        "bullets": [
            "{n2} patents filed on the technology",
            "{bn} billion won raised by start-ups in {city}",
            "{company} plans to hire {n2} engineers",
            "Sales start in Korea, then {country}",
        ],
    },
    "culture": {
        "body": [
            "The Korean wave has carried music and drama to audiences far beyond Asia.",
            "{who} said the appeal lies in stories that feel both local and universal.",
            "Tickets sold out within minutes, according to the organisers.",
            "The production was filmed largely on location in {city}.",
            "Streaming platforms have changed how Korean series are made and financed.",
            "Critics have praised the work for its restraint.",
            "The culture ministry said it would increase support for regional festivals.",
            "Fan clubs in {country} organised viewing parties and charity drives.",
            "Audiences outside Seoul have grown, organisers said, helped by better transport "
            "links.",
            "The work draws on folk tales that many older Koreans will recognise.",
            "Sales of related merchandise have risen {pct} percent, according to one retailer.",
            "Independent venues in {city} say they are struggling with rising rents.",
            "Subtitled versions are available in {small_word} languages.",
            "Some critics argue the industry relies too heavily on a few proven formulas.",
        ],
        "quotes": [
            "We wanted to make something that our grandparents would recognise",
            "The audience abroad is curious and generous",
            "Art from outside Seoul is finally getting the attention it deserves",
            "Every generation rediscovers these stories in its own way",
            "The fans taught us what the work was really about",
        ],
        "subheads": [
            "Behind the scenes",
            "A global audience",
            "The regional scene",
            "What the critics say",
        ],
        "bullets": [
            "Available with subtitles in {small_word} languages",
            "Tickets sold out in minutes",
            "Merchandise sales up {pct} percent",
            "Filmed largely on location in {city}",
        ],
    },
    "lifestyle": {
        "body": [
            "The number of people living alone has risen steadily over the past {years} years.",
            "{who} said habits change slowly and then all at once.",
            "Prices at traditional markets in {city} have risen more slowly than at supermarkets.",
            "Younger people are leading the change, according to a survey by {institute}.",
            "The health ministry recommends at least 150 minutes of moderate exercise a week.",
            "Local governments have added bicycle lanes and walking paths in {city}.",
            "Many older residents remember a very different city.",
            "Domestic tourism has grown as more people take shorter, more frequent trips.",
            "Cafe owners say customers are more price-conscious than before.",
            "Visitors from {country} were among the fastest-growing groups last year.",
            "Spending on pets has risen {pct} percent in {years} years, industry figures show.",
            "Markets in {city} now offer tours in English, Chinese and Japanese.",
            "Housing costs remain the biggest worry for young adults in the capital region.",
            "Weekend crowds have grown so large that some places now ask visitors to book ahead.",
        ],
        "quotes": [
            "People want something that feels real, not just another shopping mall",
            "My mother taught me this, and now I am teaching my daughter",
            "It is cheaper, it is healthier, and honestly it is more fun",
            "The city is changing faster than most of us can keep up with",
            "We are busier than ever, but the customers are different",
        ],
        "subheads": ["How people live now", "Where to go", "The cost of living", "A changing city"],
        "bullets": [
            "{share} percent of households are single-person",
            "Spending on pets is up {pct} percent",
            "{n2} stalls at the night market",
            "Tours available in {small_word} languages",
        ],
    },
    "sports": {
        "body": [
            "The {team} have won {small_word} of their last ten games.",
            "Attendance at league games has risen {pct} percent compared with last season.",
            "{who} said the team's defence had improved more than its attack.",
            "The {team2} will look to respond when the sides meet again later in the season.",
            "Youth academies in {city} have produced several of the league's best young players.",
            "The national team has struggled to score in its recent friendlies.",
            "Television ratings for the league have recovered after {small_word} difficult years.",
            "Tickets for the next home game in {city} are already sold out.",
            "The club's owners have promised to invest in a new training ground.",
            "Esports now draws younger audiences than many traditional sports.",
            "Injuries have forced the coach to rotate the squad more than usual.",
            "The sports council said it would review safety rules for large events.",
            "Fans from {city} travelled in large numbers for the away game.",
            "The league's salary cap has been a point of dispute between clubs.",
        ],
        "quotes": [
            "We showed character today, and that is what I will remember",
            "The fans carried us through the last few minutes",
            "Nobody expected much from us this season, and that suits us fine",
            "We have to be honest about where we fell short",
            "It is a young squad, and it will only get better",
        ],
        "subheads": ["Turning point", "By the numbers", "Looking ahead", "In the stands"],
        "bullets": [
            "{small_word_cap} wins in the last ten games",
            "Attendance up {pct} percent on last season",
            "{n} tickets sold for the next home game",
            "Final score: {score}",
        ],
    },
}
