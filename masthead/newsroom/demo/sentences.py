"""Sentence templates that article bodies are assembled from.

The prose avoids every character that Markdown or HTML treats specially (``* _ < > & [ ]
# | ~ {`` and backticks), so a body's HTML can be produced alongside its Markdown without
running a Markdown parser; the tests check this against ``render_markdown``.
"""

GENERIC = [
    "Officials in {city} said the figures would be reviewed again at the end of the quarter.",
    "{ministry_cap} did not respond to a request for comment by the time of publication.",
    "The numbers mark a shift from {years} years ago, when similar plans stalled in the face "
    "of local opposition.",
    "Residents interviewed in {city} were divided, with older people more sceptical than "
    "younger ones.",
    "According to data compiled by {institute}, the share has risen by {pct} percent since the "
    "start of the year.",
    "Critics say the approach leaves smaller cities such as {city2} behind.",
    "{who} said the details would matter more than the headline figures.",
    "A similar effort in {country} was scaled back after costs rose faster than expected.",
    "The announcement came after weeks of speculation in local media.",
    "Some {n2} people are expected to be directly affected in the first year alone.",
    "Analysts at {institute} said the risk of delay remained high.",
    "{who} added that the coming months would show whether the plan could work outside {city}.",
    "The debate has been followed closely in {city2}, where a comparable proposal was "
    "rejected {small_word} years ago.",
    "Opinion surveys suggest the public is split roughly down the middle.",
    "Budget documents show {amount} trillion won has been set aside, though some of it will "
    "not be spent until later years.",
    "Local business groups in {city} welcomed the move but asked for clearer timelines.",
    "It is not the first time the issue has surfaced: a committee looked at similar "
    "proposals {years} years ago.",
    "Online, the news drew thousands of comments, many of them asking who would bear the cost.",
    "{ministry_cap} said it would publish a fuller assessment within weeks.",
    "Figures released by the statistics agency show a rise of {pct2} percent over the same "
    "period last year.",
    "The change is expected to take effect in stages, starting with {city}.",
    "For now, much depends on how quickly the first results arrive.",
    "A spokesperson for {company} said the company was studying the details.",
    "In {city}, the mood was cautious rather than celebratory.",
    "{who2} urged caution, saying early numbers can be misleading.",
    "Similar debates have played out in {country}, where the outcome remains uncertain.",
    "Neither side has ruled out further talks.",
    "The issue is likely to return before the end of the year.",
    "Data from {institute} point to a widening gap between the capital region and the rest "
    "of the country.",
    "Younger respondents were far more likely to support the change, the survey found.",
    "Observers note that the timing leaves little room for error.",
    "The plan will be reviewed after {small_word} months, officials said.",
    "Several groups have already said they will challenge parts of it.",
    "Even supporters concede that the details are still being worked out.",
    "One official, who asked not to be named because the talks were private, said a "
    "compromise was within reach.",
    "That would be the highest level since records began {years} years ago.",
    "Earlier estimates had put the figure closer to {pct} percent.",
    "Local councils will be asked to submit their own plans by the end of the year.",
    "The proposal has support from both major parties, at least in principle.",
    "Whether that support holds once the costs become clear is another matter.",
]

GENERIC_QUOTES = [
    "We have been waiting for this for a long time, and we want to get it right",
    "Nobody expects this to be solved overnight",
    "The numbers are encouraging, but they are only part of the story",
    "People here want to see results, not more promises",
    "It is a step in the right direction, though a small one",
    "We will keep a close eye on how this plays out in practice",
    "There is still a lot we do not know",
    "This affects ordinary families more than anyone else",
    "If it works in {city}, it can work anywhere",
    "We did not see this coming so quickly",
    "The real test will come next year",
    "I think people underestimate how much has already changed",
]

GENERIC_SUBHEADS = [
    "What happens next", "The view from {city}", "Behind the numbers", "A familiar debate",
    "What critics say", "The cost question", "Reaction in {city}", "Lessons from {country}",
    "Why it matters", "A long road", "Who is affected", "The next test",
]  # fmt: skip

GENERIC_BULLETS = [
    "{pct} percent: the increase recorded since the start of the year",
    "{n2}: the number of people directly affected",
    "{amount} trillion won: the budget set aside",
    "{years} years: how long the last comparable plan took",
    "{small_word_cap} cities, including {city} and {city2}, will go first",
    "A review is due in {small_word} months",
]

LIST_INTROS = ["Key figures:", "What we know so far:", "The main points:", "At a glance:"]

CLOSINGS = [
    "{ministry_cap} is expected to publish its full findings later this year.",
    "The next update is expected within weeks.",
    "Further talks are planned, though no date has been set.",
    "For now, people in {city} are waiting to see what happens next.",
    "Whatever the outcome, the debate is unlikely to end soon.",
    "A final decision is expected before the end of the year.",
    "Officials said they would look at the results again in {small_word} months.",
    "The Herald will follow the story as it develops.",
]

TRANSLATION_NOTE = (
    "This article was translated from Korean and adapted from a report first published by {outlet}."
)

CORRECTIONS = [
    "An earlier version of this article misstated the number of people affected. It is {n2}.",
    "An earlier version of this article gave the wrong title for {person}, who is {person_role}.",
    "An earlier version of this article said the plan would start in {city2}. It will start "
    "in {city}.",
    "This article has been corrected to show that the figure of {pct} percent refers to the "
    "previous year.",
    "An earlier version of this article misspelled the name of {institute}.",
]
UPDATES = [
    "This article has been updated with comment from {ministry}.",
    "Updated with figures published by {institute}.",
    "This article has been updated with reaction from {city}.",
]
