"""Story types: what a demo story is about, told as a headline, a Korean headline, a dek
and an opening sentence.

Every section has its own list of ``StoryType`` entries, varied on purpose: news in brief,
numbers first, quotes, questions, analysis, reviews, profiles, obituaries. Everything in
them is invented (people, companies, teams, titles); places and countries are real.
Slots such as ``{city}`` or ``{pct}`` are filled from a story's context (see
``context``); the English headline and the Korean one carry the same facts, so either can
be the original when a story is presented as a translation. A Korean slot may take a
particle after a colon, ``{team_ko:이}``, which becomes 이 or 가 to suit the name (see
``context.Ko``). Deks and ledes follow the rules of ``sentences``: no character that
Markdown or HTML treats specially.

``lineup`` decides which story type each article gets; ``story_type`` tells, from a
headline, which type wrote it.
"""

import re
from functools import cache
from typing import NamedTuple


class StoryType(NamedTuple):
    name: str
    headline: str
    korean: str
    dek: str
    lede: str


S = StoryType

STORIES = {
    "asia": [
        S("missile-launch",
          "North Korea fires {small_word} ballistic missiles from near {nk_city}",
          "북한, {nk_city_ko} 일대서 탄도미사일 {small_n}발 발사",
          "Seoul convened its national security council within the hour and called the "
          "launches a clear provocation.",
          "North Korea fired {small_word} short-range ballistic missiles from near {nk_city} "
          "toward the East Sea early in the morning, the joint chiefs of staff said, the "
          "latest in a string of launches this year."),
        S("security-talks",
          "Seoul and {country} agree to restart security talks after {years}-year pause",
          "{pair_ko}, {years}년 만에 안보 대화 재개 합의",
          "Maritime security and cyber attacks top the agenda; the first round will be held "
          "in {city}.",
          "South Korea and {country} will hold their first formal security talks in {years} "
          "years, officials from both governments said after a meeting in Seoul."),
        S("separated-families",
          "At {age}, a {city} resident still writes to a sister in the North",
          "북녘 여동생에게 편지 쓰는 {age}세 {city_ko} 실향민",
          "Fewer than a third of registered separated family members are still alive. "
          "{subject} is one of them, and keeps a drawer full of unsent letters.",
          "Every month for the past {years} years, {subject} has written a letter to a "
          "younger sister last seen in a village north of the border. None has been sent."),
        S("envoy-minerals",
          "Envoy from {country} in Seoul for {small_word} days of talks on critical minerals",
          "{country_ko} 특사 {small_n}일간 방한…핵심광물 공급망 협력 논의",
          "Battery makers want a steadier supply of nickel and lithium; {country} wants "
          "Korean investment in processing plants.",
          "A special envoy from {country} arrived in Seoul for {small_word} days of talks on "
          "critical minerals, supply chains and shipping routes."),
        S("squid-catch",
          "Squid catches off {port} fall {pct} percent to lowest in {years} years",
          "{port_ko} 오징어 어획량 {pct}% 급감…{years}년 만에 최저",
          "Crews say they now sail twice as far for half the catch, and some boats have not "
          "left harbour in weeks.",
          "Fishing crews in {port} landed {pct} percent less squid than a year earlier, "
          "according to the local fisheries cooperative, as warmer water pushes the shoals "
          "north."),
        S("defectors-rent",
          "Survey: {pct} percent of defectors in {city} struggle to pay rent",
          "“{city_ko} 거주 탈북민 {pct}%, 월세 부담 호소”…실태조사",
          "Most of those surveyed work full time; the problem, researchers say, is what is "
          "left after the landlord is paid.",
          "Nearly {pct} percent of North Korean defectors living in {city} say they have "
          "trouble paying their rent, according to a survey by {institute}."),
        S("yellow-dust",
          "Yellow dust pushes fine-particle readings in {city} to {n2} micrograms",
          "황사 덮친 {city_ko}…미세먼지 농도 {n2}㎍ 치솟아",
          "Schools cancelled outdoor classes and officials told older residents to stay "
          "indoors until the wind changes.",
          "Dust blown in from the deserts of northern China pushed fine-particle readings in "
          "{city} to {n2} micrograms per cubic metre, several times the safe limit."),
        S("ferry-route",
          "Ferry between {port} and {ferry_port} to sail again after {years} years",
          "{port_ko}-{ferry_port_ko} 뱃길, {years}년 만에 다시 열린다",
          "The operator expects tourists and small traders to fill {n2} seats a crossing; "
          "the port wants the cargo.",
          "Passenger ferries will run between {port} and {ferry_port} again from next month, "
          "ending a suspension that has lasted {years} years."),
        S("greenhouse-farm",
          "North Korean paper gives {small_word} pages to greenhouse farm in {nk_province}",
          "북한 매체, {nk_province_ko} 신규 온실농장 선전에 {small_n}개 면 할애",
          "Analysts read the coverage as a sign that food supply is on the leadership's "
          "mind, and that the harvest was poor.",
          "North Korea's main newspaper devoted {small_word} pages to a new greenhouse farm "
          "in {nk_province}, calling it a model for every province."),
        S("naval-drills",
          "Joint naval drills off {port} wrap up after {small_word} days",
          "{port_ko} 앞바다 연합 해상훈련 {small_n}일 만에 종료",
          "Destroyers, submarines and patrol aircraft took part; the North called the "
          "exercise a rehearsal for invasion.",
          "Naval drills off the coast of {port} ended after {small_word} days, the defence "
          "ministry said, with no incidents reported."),
        S("working-holiday",
          "{country} and South Korea sign working holiday deal for {n2} young people a year",
          "{pair_ko} 워킹홀리데이 협정 체결…연간 청년 {n2}명",
          "Applicants aged 18 to 30 will be able to stay for up to a year and work to pay "
          "for their travels.",
          "Up to {n2} young people a year will be able to live and work in {country} and "
          "South Korea under a working holiday agreement signed in Seoul."),
        S("dmz-trail",
          "DMZ trail near {border_town} reopens to hikers after {small_word}-month closure",
          "{border_town_ko} DMZ 평화의 길, {small_n}개월 만에 재개방",
          "Walkers must book ahead, travel in escorted groups and leave their drones at "
          "home.",
          "A hiking trail along the demilitarised zone near {border_town} reopened after "
          "{small_word} months, with soldiers escorting groups of up to {n2} walkers a day."),
        S("border-noise",
          "'We cannot sleep': noise from the North keeps {border_town} awake for {days} nights",
          "{border_town_ko} 주민들 “북측 소음에 {days}일째 잠 못 자”",
          "Residents have recorded the sound for weeks. The military says there is little "
          "it can do.",
          "For {days} nights in a row, residents of villages near {border_town} say they have "
          "been kept awake by a droning noise broadcast from across the border."),
        S("illegal-fishing",
          "Coast guard seizes {small_word} foreign fishing boats off {port}",
          "해경, {port_ko} 해상서 불법조업 외국 어선 {small_n}척 나포",
          "Crews were found with nets finer than the legal limit and catches of young "
          "croaker, officials said.",
          "The coast guard seized {small_word} foreign fishing boats operating illegally in "
          "Korean waters off {port}, detaining their captains for questioning."),
        S("liaison-silence",
          "North Korea ignores liaison calls for {days} days running",
          "북한, {days}일째 남북 연락채널 무응답",
          "The unification ministry still dials twice a day, at nine in the morning and four "
          "in the afternoon.",
          "North Korea has not answered routine calls on the inter-Korean liaison line for "
          "{days} consecutive days, the unification ministry said."),
        S("defector-noodles",
          "From {nk_city} to {city}: a defector's noodle shop draws queues",
          "{nk_city_ko}에서 {city_ko}까지…탈북민이 차린 국숫집에 긴 줄",
          "{subject} opened with a borrowed stove and {small_word} tables. The cold noodles "
          "taste of a home that cannot be visited.",
          "The queue outside {subject}'s noodle shop in {city} starts forming an hour before "
          "lunch, and most of the people in it have never been to the North."),
        S("typhoon",
          "Typhoon nears {port}: {n2} flights grounded, {n} homes without power",
          "태풍 {port_ko} 접근…항공편 {n2}편 결항·{n}가구 정전",
          "Forecasters expect gusts strong enough to topple signs and cranes; schools in "
          "the south will close.",
          "A typhoon moving north toward {port} grounded {n2} flights, kept every passenger "
          "ferry in port and left some {n} homes without power."),
        S("visitor-record",
          "Weak won draws record {n} visitors from {country} to {city}",
          "원화 약세에 {country_ko} 관광객 {n}명…{city_ko} 역대 최다",
          "Hotels are full and shops have hired staff who speak the visitors' language; "
          "residents are less sure.",
          "A record {n} tourists from {country} visited {city} over the past year, city "
          "officials said, drawn by a weak won and cheap flights."),
        S("trilateral-summit",
          "Leaders of Korea, Japan and China to meet in {host_city}",
          "한중일 정상회의 {host_city_ko}서 개최 가닥",
          "A joint statement on trade and disaster cooperation is being drafted; a deal on "
          "anything harder is not expected.",
          "The leaders of South Korea, Japan and China will meet in {host_city}, officials said, "
          "the first such gathering in {small_word} years."),
        S("rice-prices-north",
          "Rice prices in {nk_city} markets jump {pct} percent, monitors say",
          "“{nk_city_ko} 장마당 쌀값 {pct}% 급등”…대북 모니터링 단체",
          "The rise follows a poor harvest and tighter controls on private trading, "
          "according to sources inside the country.",
          "The price of rice in the private markets of {nk_city} has risen {pct} percent in "
          "{small_word} months, according to a group that monitors prices through contacts "
          "inside North Korea."),
        S("soldier-crosses",
          "North Korean soldier defects near {border_town}, the {small_ordinal} this year",
          "북한군 1명 {border_town_ko} 인근서 귀순…올해 {small_n}번째",
          "The soldier walked across in daylight and was taken into custody without a shot "
          "being fired, the military said.",
          "A North Korean soldier crossed the military demarcation line near {border_town} "
          "and asked to defect, the joint chiefs of staff said."),
        S("unification-survey",
          "Only {poll} percent of Koreans in their 20s see unification as necessary",
          "20대 {poll}%만 “통일 필요”…역대 최저",
          "Older respondents still favour it; the young, the survey found, are more worried "
          "about the cost.",
          "Just {poll} percent of South Koreans in their 20s say unification with the North "
          "is necessary, the lowest share since {institute} began asking {years} years ago."),
        S("north-china-trade",
          "North Korea's trade with China rises {pct} percent, customs data show",
          "북중 교역 {pct}% 증가…세관 통계",
          "Wigs, false eyelashes and processed seafood lead the North's exports; fuel and "
          "flour dominate what it buys.",
          "Trade between North Korea and China rose {pct} percent from a year earlier, "
          "according to Chinese customs data."),
        S("foreign-students",
          "Universities in {city} seek {n2} students from {country} as enrolment falls",
          "학령인구 감소에…{city_ko} 대학들, {country_ko} 유학생 {n2}명 유치 나서",
          "Recruiters offer scholarships, dormitory places and Korean classes; some "
          "departments would close without them.",
          "Universities in {city} sent recruiters to {country} this month, hoping to fill "
          "places that fewer Korean teenagers now want."),
        S("north-athletes",
          "North Korean athletes to compete in {city} for first time in {years} years",
          "북한 선수단, {years}년 만에 {city_ko} 대회 출전",
          "Organisers are preparing separate hotels and a separate entrance; the team's "
          "size has not been disclosed.",
          "North Korean athletes will take part in an international event in {city}, the "
          "first time in {years} years that the North has sent a team there."),
        S("mine-clearance",
          "Mine clearance near {border_town} frees {n2} hectares for farming",
          "{border_town_ko} 접경지 지뢰 제거…농지 {n2}㏊ 확보",
          "Farmers who have waited decades to plant the land will be allowed in from next "
          "spring.",
          "Army engineers finished clearing land mines from {n2} hectares of fields near "
          "{border_town}, land that has been off limits since the war."),
        S("red-tide",
          "Red tide kills {n} fish at farms off {port}",
          "{port_ko} 앞바다 적조…양식어류 {n}마리 폐사",
          "Fish farmers are asking for emergency loans; the sea is not expected to clear for "
          "{small_word} weeks.",
          "A red tide spreading along the coast near {port} has killed some {n} farmed fish, "
          "the oceans ministry said."),
        S("earthquake",
          "Magnitude {magnitude} earthquake off {port} is felt as far away as {city}",
          "{port_ko} 앞바다 규모 {magnitude} 지진…{city_ko}까지 흔들려",
          "Residents felt windows rattle; the weather agency said there was no risk of a "
          "tsunami.",
          "An earthquake of magnitude {magnitude} struck the sea off {port}, the weather "
          "agency said, shaking buildings as far away as {city} but causing no reported "
          "damage."),
        S("leaders-meeting",
          "Leaders of South Korea and {country} to meet on sidelines of regional summit",
          "{pair_ko} 정상, 지역 정상회의 계기 회담 예정",
          "Trade, labour migration and a long-delayed infrastructure loan are on the list.",
          "South Korea's president will meet the leader of {country} on the sidelines of a "
          "regional summit, the presidential office said."),
        S("sister-city",
          "{city} and a city in {country} mark {years} years as sister cities",
          "{city_ko}-{country_ko} 자매도시 결연 {years}주년",
          "Exchanges began with schoolchildren and a few civil servants. Now there is a "
          "direct flight.",
          "A delegation of {n2} people from {country} arrived in {city} to mark {years} "
          "years since the two cities were twinned."),
        S("analysis-north-signals",
          "Analysis: what the North's silence after the {small_ordinal} launch means",
          "[분석] {small_n}번째 발사 뒤 북한의 침묵이 뜻하는 것",
          "No state media report, no statement, no photographs. Analysts say the absence is "
          "a message too.",
          "For the first time this year, North Korea has said nothing at all about a missile "
          "test, and analysts in Seoul are trying to work out why."),
        S("migrant-wages",
          "{n2} migrant workers from {labour_country} in {city} owed back pay, union says",
          "{city_ko}의 {labour_country_ko} 이주노동자 {n2}명 임금 체불…노조",
          "Most work at small factories and farms; some have not been paid for "
          "{small_word} months.",
          "About {n2} workers from {labour_country} employed in and around {city} are owed wages, "
          "according to a migrant workers' union."),
        S("freighter-rescue",
          "Coast guard rescues {small_word} crew from {country} after freighter sinks off {port}",
          "{port_ko} 해상 화물선 침몰…{country_ko} 선원 {small_n}명 구조",
          "The ship was carrying steel coils and went down in heavy seas; a search continues "
          "for those still missing.",
          "The coast guard pulled {small_word} sailors from {country} out of the water after "
          "their cargo ship sank off {port} before dawn."),
        S("medical-tourists",
          "Record {n} patients from {country} seek treatment in Korean hospitals",
          "국내 병원 찾은 {country_ko} 환자 {n}명…역대 최다",
          "Cosmetic surgery is only part of it; cancer care and fertility treatment are "
          "growing fastest.",
          "A record {n} patients from {country} came to South Korea for medical treatment "
          "last year, according to the health ministry."),
        S("peace-park",
          "{border_town} wants {n} visitors a year at its new peace park",
          "{border_town_ko}, 평화공원 연간 관광객 {n}명 목표",
          "A cable car, a museum of the war and a cafe with a view of the North.",
          "Officials in {border_town} hope a new park a few kilometres from the border will "
          "draw {n} visitors a year."),
    ],
    "world": [
        S("coalition-exporters",
          "{country} election: what a new coalition means for Korean exporters",
          "{country_ko} 총선…새 연립정부가 한국 수출기업에 미칠 영향",
          "Tariffs, subsidies and a planned battery plant are all back on the table.",
          "A new coalition government in {country} could change the rules for Korean "
          "companies that sell there, trade officials in Seoul say."),
        S("stranded-travellers",
          "{n2} Korean travellers stranded in {country} as storm grounds flights",
          "{country_ko}서 폭풍으로 항공편 결항…한국인 {n2}명 발 묶여",
          "The embassy has opened a help desk at the airport and airlines are adding "
          "flights once the weather clears.",
          "About {n2} Korean travellers were stranded in {country} after a storm forced "
          "airlines to cancel flights for the {small_ordinal} day running."),
        S("import-curbs",
          "{country} lifts {years}-year curbs on imports of Korean {food}",
          "{country_ko}, 한국산 {food_ko} 수입 규제 {years}년 만에 해제",
          "Farmers and food companies lobbied for years; the first shipments could leave "
          "within weeks.",
          "{country} has lifted restrictions on imports of Korean {food}, ending a dispute "
          "that lasted {years} years."),
        S("peacekeepers",
          "Korean peacekeepers return home after {small_word} months in South Sudan",
          "남수단 파병 한국군, {small_n}개월 임무 마치고 귀환",
          "The engineers built roads, repaired an airstrip and ran a clinic that treated "
          "{n2} patients.",
          "A unit of Korean peacekeepers returned home after {small_word} months in South "
          "Sudan, where its engineers repaired roads and ran a clinic."),
        S("factory-fire",
          "Inquiry opens into factory fire that injured {small_word} Korean workers in {country}",
          "{country_ko}, 한국인 근로자 {small_n}명 다친 공장 화재 조사",
          "The plant makes parts for a Korean electronics firm; local media report that fire "
          "exits were locked.",
          "Authorities in {country} have opened an investigation into a fire at a factory "
          "that injured {small_word} Korean workers."),
        S("grid-heatwave",
          "Heatwave in {country} tests a power grid built by {conglomerate}",
          "{country_ko} 폭염…{conglomerate_ko:이} 지은 전력망 시험대",
          "Demand has hit records for {small_word} days running and so far the lights have "
          "stayed on.",
          "A heatwave in {country} is putting a power grid built by {conglomerate} through its "
          "hardest test since it opened."),
        S("community-anniversary",
          "Korean community in {country} marks {anniv} years since the first families arrived",
          "{country_ko} 한인사회, 첫 이민 {anniv}주년 기념",
          "The first arrivals worked on farms and in mines. Their grandchildren run "
          "restaurants, clinics and law firms.",
          "The Korean community in {country} marked {anniv} years since the first families "
          "arrived, with a parade, a church service and a photo exhibition."),
        S("flood-aid",
          "Seoul pledges {musd} million dollars in flood aid to {country}",
          "정부, 홍수 피해 {country_ko}에 {musd_ko}만 달러 지원",
          "Tents, water purifiers and a medical team will follow on military transport "
          "planes.",
          "South Korea will send {musd} million dollars in humanitarian aid to {country}, "
          "where floods have forced tens of thousands from their homes."),
        S("ministers-meet",
          "Foreign ministers of Korea and {country} meet in {host_city}, pledge closer ties",
          "{pair_ko} 외교장관, {host_city_ko}서 회담…협력 강화 약속",
          "Energy, education and defence procurement dominated the talks; a visa deal is "
          "expected later.",
          "The foreign ministers of South Korea and {country} met in {host_city} and pledged to "
          "deepen ties in energy, education and defence."),
        S("nuclear-bid",
          "{conglomerate}-led consortium shortlisted for nuclear plant in {country}",
          "{conglomerate_ko} 컨소시엄, {country_ko} 원전 우선협상대상자 선정",
          "The contract would be worth more than {budget} trillion won; a rival bid from "
          "Europe is still in the running.",
          "A consortium led by {conglomerate} has been shortlisted to build a nuclear power plant "
          "in {country}, the energy ministry said."),
        S("armoured-vehicles",
          "{country} signs {amount} trillion won deal for Korean-built armoured vehicles",
          "{country_ko}, {amount}조 원 규모 한국산 장갑차 도입 계약",
          "Deliveries start next year; part of the production will move to a factory in "
          "{country}.",
          "{country} has signed a contract worth {amount} trillion won for armoured vehicles "
          "made in Korea, the largest defence export deal of the year."),
        S("convenience-stores",
          "Korean convenience store chain to open {n2} shops in {country}",
          "한국 편의점, {country_ko}에 매장 {n2}곳 연다",
          "Triangle kimbap, instant noodles and fried chicken will be on the shelves, with a "
          "few local twists.",
          "A Korean convenience store chain plans to open {n2} shops in {country} over the "
          "next {small_word} years."),
        S("visa-free",
          "Koreans can now stay {visa_days} days in {country} without a visa",
          "{country_ko}, 한국인 무비자 체류 {visa_days}일로 확대",
          "Travel agencies in Seoul reported a jump in bookings within hours of the "
          "announcement.",
          "South Korean passport holders will be able to stay in {country} for up to "
          "{visa_days} days without a visa from next month."),
        S("sailors-freed",
          "{small_word_cap} Korean sailors freed after {days} days in detention in {country}",
          "{country_ko}에 억류됐던 한국인 선원 {small_n}명, {days}일 만에 석방",
          "The crew's tanker was held over a fishing dispute; all are in good health, the "
          "foreign ministry said.",
          "{small_word_cap} Korean sailors held in {country} for {days} days have been "
          "released and will fly home this week."),
        S("students-record",
          "Record {n} students from {country} enrol at Korean universities",
          "{country_ko} 출신 유학생 {n}명…역대 최다",
          "Many come for engineering and stay for the jobs; universities outside Seoul "
          "depend on them.",
          "A record {n} students from {country} are enrolled at Korean universities, "
          "according to the education ministry."),
        S("adoptees-return",
          "{small_word_cap} adoptees raised in {adoptive_country} return to {city} to look "
          "for family",
          "{adoptive_country_ko:으로} 입양된 한인 {small_n}명, 친가족 찾아 {city_ko} 방문",
          "Some have only a name and a date; a new DNA programme gives them better odds.",
          "A group of {small_word} Korean-born adults who were adopted by families in "
          "{adoptive_country} arrived in {city} this week, hoping to find their birth parents."),
        S("overseas-voting",
          "Overseas voting opens for {n} Koreans in {country}",
          "재외투표 시작…{country_ko} 유권자 {n}명",
          "Polling stations are open at the embassy and {small_word} consulates; some "
          "voters will travel a day to reach them.",
          "Overseas voting began for the {n} South Korean citizens registered to vote in "
          "{country}."),
        S("hydrogen-deal",
          "Korea and {country} sign {years}-year hydrogen deal worth {amount} trillion won",
          "{pair_ko}, {years}년간 {amount}조 원 규모 수소 공급 협약",
          "The agreement covers green hydrogen made with solar power and shipped as "
          "ammonia.",
          "South Korea and {country} signed an agreement on the supply of hydrogen for "
          "{years} years, the energy ministry said."),
        S("embassy-warning",
          "Embassy in {country} warns Korean travellers of fake police calls",
          "주{country_ko} 한국대사관, 여행객 노린 ‘가짜 경찰’ 사기 주의보",
          "Callers claim the traveller's passport has been used in a crime and demand a "
          "fee to settle it.",
          "The South Korean embassy in {country} warned travellers about a scam in which "
          "callers pose as police officers and demand money."),
        S("korean-in-schools",
          "{country} adds Korean to the curriculum in {n2} schools",
          "{country_ko}, 학교 {n2}곳 정규과목에 한국어 도입",
          "Demand began with fans of Korean dramas; teachers say it has outgrown them.",
          "Students at {n2} schools in {country} will be able to study Korean as a regular "
          "subject from the next school year."),
        S("rail-contract",
          "{conglomerate} wins {amount} trillion won rail contract in {country}",
          "{conglomerate_ko}, {country_ko}서 {amount}조 원 규모 철도사업 수주",
          "The line will link the capital with a new port; construction is due to take "
          "{small_word} years.",
          "{conglomerate} has won a contract worth {amount} trillion won to build a railway in "
          "{country}."),
        S("seasonal-workers",
          "{n2} seasonal workers from {labour_country} arrive for the harvest in {province}",
          "{labour_country_ko} 계절근로자 {n2}명, 수확 앞두고 {province_ko} 입국",
          "Farms say they could not bring in the crop without them; rights groups want "
          "better housing.",
          "About {n2} seasonal farm workers from {labour_country} arrived in {province} to help "
          "with the harvest."),
        S("new-flights",
          "Korean carriers add {small_word} weekly flights to {country}",
          "국적 항공사, {country_ko} 노선 주 {small_n}회 증편",
          "Fares have fallen {pct} percent since the new routes were announced, travel "
          "agents say.",
          "Korean airlines will add {small_word} flights a week to {country} from next "
          "month, the transport ministry said."),
        S("anti-dumping",
          "{country} opens anti-dumping probe into Korean {export_good}",
          "{country_ko}, 한국산 {export_good_ko} 반덤핑 조사 착수",
          "Korean producers say their prices are fair and plan to cooperate with the "
          "investigation.",
          "{country} has opened an anti-dumping investigation into imports of {export_good} "
          "from South Korea, the trade ministry said."),
        S("rescue-team",
          "Korean rescue team joins search after earthquake in {country}",
          "한국 긴급구호대, {country_ko} 지진 현장 수색 합류",
          "The team brought sniffer dogs, thermal cameras and {small_word} tonnes of "
          "equipment.",
          "A Korean rescue team landed in {country} and joined the search for survivors of "
          "an earthquake that flattened several towns."),
        S("ambassador-interview",
          "New ambassador from {country}: 'Seoul is our gateway to Asia'",
          "신임 주한 {country_ko} 대사 “서울은 아시아로 가는 관문”",
          "In an interview, the ambassador talked about trade, tourism and learning to love "
          "fermented food.",
          "The new ambassador from {country} has been in Seoul for {small_word} weeks and "
          "already has a favourite market."),
        S("remake-rights",
          "Studio in {country} buys rights to remake '{title}'",
          "{country_ko} 제작사, ‘{title_ko}’ 리메이크 판권 구입",
          "The local version will move the story to a port city and keep the ending.",
          "A production company in {country} has bought the rights to remake the Korean "
          "series '{title}', its producers said."),
        S("korean-restaurants",
          "Why Korean restaurants are multiplying in {country}",
          "{country_ko}에 한식당이 늘어나는 이유",
          "There are {n2} of them now, and most are run by people who are not Korean.",
          "A decade ago, {country} had a handful of Korean restaurants. Now it has {n2}, "
          "according to a count by the agriculture ministry."),
        S("trade-mission",
          "Trade mission of {squad} Korean firms heads to {country}",
          "국내 기업 {squad}곳, {country_ko}에 무역사절단 파견",
          "Medical devices, cosmetics and farm machinery are among the products on show.",
          "Representatives of {squad} Korean companies left for {country} on a trade mission "
          "organised by the trade ministry."),
        S("explainer-relations",
          "Explainer: why {country} matters more to Seoul than it used to",
          "[해설] {country_ko}, 한국에 왜 점점 중요해지나",
          "Minerals, migrants and markets: three reasons the relationship has changed.",
          "Ten years ago, {country} rarely featured in Seoul's foreign policy. That has "
          "changed, and not only because of trade."),
    ],
    "politics": [
        S("bill-passes",
          "National Assembly passes {bill} bill by {ayes} votes to {nays}",
          "{bill_ko} 법안 국회 통과…찬성 {ayes}표·반대 {nays}표",
          "The vote split both main parties; the government says the rules will take "
          "effect within six months.",
          "The National Assembly passed a bill on {bill} by {ayes} votes to {nays}, after a "
          "debate that lasted {small_word} hours and ended shortly before midnight."),
        S("housing-pledge",
          "Ruling party promises {n2} homes in {city} ahead of by-election",
          "여당, 보궐선거 앞두고 {city_ko}에 주택 {n2}호 공약",
          "The opposition calls it a promise with no budget behind it.",
          "The ruling party promised to build {n2} affordable homes in {city} as it "
          "campaigns for a by-election there."),
        S("budget-walkout",
          "Opposition quits budget talks over {bill} funding with {days} days to go",
          "야당, {bill_ko} 예산 놓고 협상장 퇴장…처리 시한 {days}일 앞",
          "The walkout puts the legal deadline for the budget in doubt for the "
          "{small_ordinal} year running.",
          "Opposition lawmakers walked out of budget negotiations, accusing the government "
          "of underfunding {bill}."),
        S("recall-petition",
          "Petition to recall {city} mayor over {project} passes {n} signatures",
          "{city_ko}시장 주민소환 서명 {n}명 돌파…{project_ko} 갈등",
          "Organisers need signatures from 15 percent of voters; they say they are halfway "
          "there.",
          "More than {n} residents of {city} have signed a petition to recall the mayor over "
          "plans for {project} that critics say the city cannot afford."),
        S("approval-rating",
          "President's rating falls to {poll} percent, {small_ordinal} weekly drop in a row",
          "대통령 지지율 {poll}%…{small_n}주 연속 하락",
          "Prices and housing weigh on the numbers; the presidential office says it does not "
          "govern by polls.",
          "The president's approval rating fell to {poll} percent in a weekly survey by "
          "{institute}."),
        S("sejong-ministries",
          "Plan to move {small_word} more ministries to Sejong splits lawmakers",
          "정부부처 {small_n}곳 세종 추가 이전 계획에 여야 갈등",
          "Lawmakers from the capital region are opposed; those from the centre of the "
          "country want it done faster.",
          "A plan to move {small_word} more government ministries to Sejong has divided "
          "lawmakers, including some within the same party."),
        S("early-voting",
          "Early voting turnout in {city} hits {poll} percent",
          "{city_ko} 사전투표율 {poll}% 기록",
          "Both parties claim the high turnout favours them.",
          "Early voting turnout in {city} reached {poll} percent by the close of polls, "
          "election officials said."),
        S("councillor-fined",
          "{city} councillor fined {small_word} million won over campaign funds",
          "{city_ko} 시의원, 정치자금법 위반으로 벌금 {small_n}00만 원",
          "The fine is below the level that would cost the councillor the seat; prosecutors "
          "may appeal.",
          "A court in {city} fined a city councillor {small_word} million won for failing to "
          "report campaign donations."),
        S("age-limit",
          "Parties agree to lower the age limit for local council candidates",
          "여야, 지방의원 출마 연령 하향 합의",
          "Youth groups called it overdue; some veteran councillors called it a gimmick.",
          "The two main parties agreed to let younger people stand for local councils, in a "
          "rare show of cross-party agreement."),
        S("youth-party",
          "New party with {n2} founding members in {city} vows to put young voters first",
          "{city_ko}서 청년 중심 신당 창당…발기인 {n2}명",
          "Its founders are all under 35; it has no lawmakers yet and little money.",
          "A new political party was launched in {city}, promising to put young voters at "
          "the centre of its programme."),
        S("pm-review",
          "Prime minister orders review of {bill} rules",
          "국무총리, {bill_ko} 제도 재검토 지시",
          "The review follows complaints that the rules are being ignored in smaller "
          "cities.",
          "The prime minister ordered ministries to review the rules on {bill} and report "
          "back within {small_word} weeks."),
        S("constitutional-court",
          "Constitutional Court hears challenge to {bill} law",
          "헌법재판소, {bill_ko}법 위헌 여부 공개변론",
          "A ruling could come within months and would bind every local government.",
          "The Constitutional Court heard arguments over whether the law on {bill} violates "
          "the constitution."),
        S("party-poll",
          "Poll: ruling party leads opposition by {pct2} points",
          "여론조사…여당, 야당에 {pct2}%p 앞서",
          "A third of voters say they back neither party, the highest share this year.",
          "The ruling party leads the main opposition party by {pct2} percentage points, "
          "according to a survey by {institute}."),
        S("reshuffle",
          "President replaces {small_word} ministers in cabinet reshuffle",
          "대통령, 장관 {small_n}명 교체 개각",
          "Most of the new ministers are career officials; the opposition calls it a "
          "reshuffle without change.",
          "The president replaced {small_word} cabinet ministers, the biggest reshuffle "
          "since taking office."),
        S("lawmaker-quits",
          "Lawmaker from {city} quits party over {bill} vote",
          "{city_ko} 지역구 의원, {bill_ko}법 표결 놓고 탈당",
          "The lawmaker will sit as an independent, narrowing the ruling party's working "
          "majority.",
          "A lawmaker representing a district in {city} left the party after voting against "
          "its position on {bill}."),
        S("province-budget",
          "{province} governor unveils record {budget} trillion won budget",
          "{province_ko}지사, 역대 최대 {budget}조 원 예산안 발표",
          "Welfare spending rises fastest; the provincial council must approve the plan.",
          "The governor of {province} proposed a budget of {budget} trillion won for next "
          "year, the largest in the province's history."),
        S("vote-buying",
          "Election watchdog refers {small_word} candidates in {city} to prosecutors",
          "선관위, 금품 살포 의혹 {city_ko} 후보 {small_n}명 수사 의뢰",
          "Envelopes of cash and gift vouchers were allegedly handed out at a community "
          "hall.",
          "The election commission asked prosecutors to investigate {small_word} candidates "
          "in {city} over reports that voters were offered cash and gifts."),
        S("confirmation-hearing",
          "Confirmation hearing for {post} nominee turns on property deals",
          "{post_ko} 후보자 청문회, 부동산 거래 의혹 공방",
          "The nominee apologised for {small_word} purchases but denied breaking any law.",
          "A confirmation hearing for the nominee for {post} was dominated by questions "
          "about property deals made by the nominee's family."),
        S("nominee-withdraws",
          "{post} nominee withdraws after {small_word} days of questions",
          "{post_ko} 후보자, 의혹 제기 {small_n}일 만에 자진 사퇴",
          "The presidential office said it would name a replacement soon.",
          "The president's nominee for {post} withdrew after {small_word} days of questions "
          "about past tax payments."),
        S("by-election-analysis",
          "Analysis: why the by-election in {city} matters beyond the city",
          "[분석] {city_ko} 보궐선거가 중요한 이유",
          "A single seat will not change the arithmetic in the Assembly. It could change "
          "the mood.",
          "On paper, the by-election in {city} is a contest for one seat among 300. Party "
          "strategists on both sides see much more in it."),
        S("young-voters",
          "Voters in their 20s: who are they turning to in {city}?",
          "{city_ko}의 20대 표심은 어디로",
          "Jobs, rent and a weariness with both parties came up in every conversation.",
          "In cafes and study rooms across {city}, young voters say they have not made up "
          "their minds, and some say they will not vote at all."),
        S("council-trip",
          "{city} council scraps {small_word}-day overseas study trip after outcry",
          "비판 여론에 {city_ko}시의회 {small_n}일 해외연수 취소",
          "The itinerary was mostly sightseeing, with one hour of meetings.",
          "The {city} city council cancelled a planned overseas study trip after residents "
          "complained that it was a holiday paid for by taxpayers."),
        S("standoff-ends",
          "Speaker brokers deal to end {days}-day standoff over {bill} bill",
          "국회의장 중재로 {bill_ko}법 {days}일 대치 끝나",
          "The compromise drops the most contested clause and promises a review in two "
          "years.",
          "The speaker of the National Assembly brokered a deal between the parties, ending "
          "a {days}-day standoff over the {bill} bill."),
        S("petition",
          "Petition on {bill} gathers {n} signatures in a week",
          "{bill_ko} 국민청원, 일주일 새 {n}명 동의",
          "Parents started it after an accident in {city}; organisers hope to force a "
          "committee review.",
          "A petition calling for tougher rules on {bill} has gathered {n} signatures in a "
          "week."),
        S("disaster-zone",
          "{n2} homes damaged in {city} floods; minister weighs disaster zone",
          "{city_ko} 수해 주택 {n2}채…행안부 장관, 특별재난지역 검토",
          "A declaration would unlock central government money for repairs and "
          "compensation.",
          "The interior minister visited {city}, where floods damaged {n2} homes, and said "
          "the government would consider declaring a special disaster zone."),
        S("electoral-map",
          "Redrawn electoral map splits {city} into {small_word} districts, angering voters",
          "{city_ko} {small_n}개 선거구로 쪼개는 획정안에 유권자 반발",
          "Under the plan, one district would stretch across towns with little in common.",
          "A proposal to redraw electoral districts has angered voters in {city}, who say "
          "their neighbourhoods are being split to suit the parties."),
        S("primary-runoff",
          "Ruling party primary in {city} heads for a runoff; {n2} votes split the leaders",
          "여당 {city_ko} 경선 결선행…1·2위 {n2}표 차",
          "Neither front-runner could win a majority; the runoff is next week.",
          "No candidate won a majority in the ruling party's primary in {city}, where the "
          "two front-runners finished {n2} votes apart."),
        S("youngest-councillor",
          "{subject}, {young}, becomes youngest councillor in {city}'s history",
          "{young}세 {subject_ko}, {city_ko} 최연소 시의원 당선",
          "{subject} campaigned on night buses and study cafes, and won by {n2} votes.",
          "{subject}, {young}, won a seat on the {city} city council, the youngest person "
          "ever elected to it."),
        S("explainer-bill",
          "Explainer: what the {bill} bill would change",
          "[해설] {bill_ko}법, 무엇이 바뀌나",
          "Who qualifies, who pays and when it starts, in plain language.",
          "The bill on {bill} is heading for a final vote. Here is what it says, and what it "
          "leaves out."),
        S("talks-collapse",
          "Floor leaders fail to agree on {bill} after {small_word} rounds of talks",
          "여야 원내대표, {small_n}차례 협상에도 {bill_ko}법 합의 불발",
          "The ruling party says it may push the bill through on its own; the opposition "
          "threatens a filibuster.",
          "The floor leaders of the two main parties met for the {small_ordinal} time without "
          "reaching a deal on {bill}."),
        S("mayor-interview",
          "Mayor of {city}: 'We cannot keep waiting for Seoul to decide'",
          "{city_ko}시장 “언제까지 중앙정부 결정만 기다릴 순 없다”",
          "In an interview, the mayor talked about population loss, hospitals and a railway "
          "that exists only on paper.",
          "The mayor of {city} has a map on the office wall showing every school that has "
          "closed in the past {years} years."),
        S("land-deal",
          "Former {city} official indicted over {bn} billion won land deal",
          "전 {city_ko}시 공무원, {bn_ko}억 원대 토지거래 비리로 기소",
          "Prosecutors say the official bought farmland weeks before it was rezoned for "
          "housing.",
          "A former official of the {city} city government has been indicted on charges of "
          "using inside information to profit from a land deal worth {bn} billion won."),
        S("by-election-win",
          "{subject} wins {city} by-election by {n2} votes",
          "{subject_ko}, {city_ko} 보궐선거서 {n2}표 차 당선",
          "Turnout was {poll} percent; the result narrows the ruling party's majority.",
          "{subject} won the by-election in {city} by {n2} votes, after a count that went on "
          "past two in the morning."),
        S("local-referendum",
          "{city} voters reject {project}, with {vote} percent against",
          "{city_ko} 주민투표, {project_ko} 반대 {vote}%로 부결",
          "The mayor promised to respect the result and called the plan finished.",
          "Voters in {city} rejected plans for {project} in a local referendum, with {vote} "
          "percent voting against."),
        S("councillor-pay",
          "{city} council votes to cut its own pay by {pct2} percent",
          "{city_ko}시의회, 의원 의정비 {pct2}% 삭감 의결",
          "The vote followed months of criticism over attendance and expenses.",
          "Members of the {city} city council voted to cut their own allowances by {pct2} "
          "percent from next year."),
        S("mayor-probe",
          "{city} mayor {subject} under investigation over hiring of aides",
          "{subject_ko} {city_ko}시장, 측근 채용 의혹 수사",
          "Police searched city hall; the mayor says every appointment followed the rules.",
          "Police are investigating whether {subject}, the mayor of {city}, gave city jobs "
          "to campaign staff without open competition."),
        S("mayoral-bid",
          "{subject} launches bid to become mayor of {city}",
          "{subject_ko}, {city_ko}시장 출마 선언",
          "A former civil servant, {subject_last} promises cheaper buses and a hospital that "
          "stays open at night.",
          "{subject} announced a run for mayor of {city} on the steps of the old railway "
          "station, in front of about {n2} supporters."),
        S("bill-poll",
          "Poll: {poll} percent back the {bill} bill",
          "여론조사…{bill_ko}법 찬성 {poll}%",
          "Support is highest among people in their 30s and lowest among those over 70.",
          "{poll} percent of adults support the bill on {bill}, according to a survey by "
          "{institute}."),
        S("candidates-register",
          "{n2} candidates register for local elections in {province}",
          "{province_ko} 지방선거 후보 {n2}명 등록",
          "One in five is under 40, a record; one in three is a woman.",
          "Some {n2} candidates have registered to stand in local elections in {province}, "
          "the election commission said."),
    ],
    "business": [
        S("profit-jump",
          "{company} quarterly profit jumps {pct} percent to {bn} billion won",
          "{company_ko}, 분기 영업이익 {bn_ko}억 원…{pct}% 급증",
          "Overseas sales drove the gain; the company raised its full-year forecast.",
          "{company} reported quarterly operating profit of {bn} billion won, up {pct} "
          "percent from a year earlier and ahead of analysts' forecasts."),
        S("exports-streak",
          "Exports up {growth} percent, the {small_ordinal} straight month of growth",
          "수출 {growth}% 증가…{small_n}개월 연속 오름세",
          "Chips and ships led the rise; sales to {country} fell for a second month.",
          "South Korea's exports rose {growth} percent from a year earlier, the {small_ordinal} "
          "month in a row of growth, led by memory chips."),
        S("new-plant",
          "{maker} to build {amount} trillion won plant in {city}",
          "{maker_ko}, {city_ko}에 {amount}조 원 규모 공장 건설",
          "The plant will employ {n2} people when it opens; the city offered land and tax "
          "breaks.",
          "{maker} will invest {amount} trillion won in a new plant in {city}, the company "
          "said."),
        S("won-weakens",
          "Won weakens past {fx} per dollar as investors turn cautious",
          "원·달러 환율 {fx}원 돌파…투자심리 위축",
          "Foreign investors sold local shares for the {small_ordinal} straight day; "
          "importers of fuel and food feel it first.",
          "The won weakened past {fx} per dollar as foreign investors sold local shares."),
        S("rate-hold",
          "Central bank holds rate at {rate} percent for {small_ordinal} meeting in a row",
          "기준금리 {rate}%…{small_n}회 연속 동결",
          "The governor said household debt and house prices still argued for patience.",
          "The central bank kept its benchmark interest rate at {rate} percent, as most "
          "economists had expected."),
        S("apartment-prices",
          "Apartment prices in {city} fall for {small_word} weeks in a row",
          "{city_ko} 아파트값 {small_n}주 연속 하락",
          "Sellers are cutting asking prices; buyers are waiting for a rate cut.",
          "Apartment prices in {city} fell for the {small_ordinal} week in a row, according "
          "to the national property agency."),
        S("jeonse-deposits",
          "Jeonse deposits in {city} climb {pct2} percent as renters avoid buying",
          "{city_ko} 전셋값 {pct2}% 상승…매수 대신 전세로",
          "Tenants say they would rather lock up a deposit than take on a mortgage.",
          "Lump-sum rental deposits in {city} rose {pct2} percent over the past quarter, as "
          "would-be buyers stayed on the sidelines."),
        S("battery-supply",
          "{battery_maker} signs {amount} trillion won battery deal with {carmaker}",
          "{battery_maker_ko}-{carmaker_ko}, {amount}조 원 규모 배터리 공급 계약",
          "The cells will go into the next generation of electric models from {carmaker}.",
          "{battery_maker} will supply batteries worth {amount} trillion won to {carmaker} under a "
          "long-term contract, the companies said."),
        S("lng-order",
          "{shipbuilder} wins order for {small_word} LNG carriers from shipowner in {country}",
          "{shipbuilder_ko}, {country_ko} 선주로부터 LNG운반선 {small_n}척 수주",
          "The yard's order book now stretches three years ahead.",
          "{shipbuilder} won an order to build {small_word} liquefied natural gas carriers "
          "for a shipowner from {country}, each worth about 350 billion won."),
        S("department-stores",
          "Department store sales fall {pct2} percent, {small_ordinal} monthly drop in a row",
          "백화점 매출 {pct2}% 감소…{small_n}개월 연속 뒷걸음",
          "Luxury goods held up; clothing and household goods did not.",
          "Sales at department stores fell {pct2} percent from a year earlier, the trade "
          "ministry said, as higher prices made shoppers cautious."),
        S("ceo-steps-down",
          "{company} chief steps down after {years} years at the helm",
          "{company_ko} 대표, {years}년 만에 물러난다",
          "A successor will be named at an extraordinary shareholders' meeting.",
          "The chief executive of {company} is stepping down after {years} years, the "
          "company said in a regulatory filing."),
        S("labour-shortage",
          "Factories in {city} short of {n} workers, chamber of commerce says",
          "“{city_ko} 산업단지 인력 {n}명 부족”…상공회의소",
          "Owners blame low pay and long commutes; many now depend on migrant workers.",
          "Manufacturers in {city} are short of about {n} workers, according to a survey by "
          "the local chamber of commerce."),
        S("trade-deficit",
          "Trade deficit with {country} narrows to lowest in {years} years",
          "{country_ko:과}의 무역적자, {years}년 만에 최저",
          "Higher chip sales did most of the work; imports of raw materials fell.",
          "South Korea's trade deficit with {country} narrowed to its lowest level in "
          "{years} years, customs data show."),
        S("strike-vote",
          "{vote} percent of {company} union members vote to strike",
          "{company_ko} 노조, 찬성률 {vote}%로 파업 가결",
          "The union wants a bigger pay rise and a share of profits; talks resume next "
          "week.",
          "Members of the largest union at {company} voted to strike, with {vote} percent "
          "in favour."),
        S("consumer-prices",
          "Consumer prices rise {cpi} percent, fastest in {small_word} months",
          "소비자물가 {cpi}% 상승…{small_n}개월 만에 최고",
          "Fresh food and fuel led the rise; core inflation was steadier.",
          "Consumer prices rose {cpi} percent from a year earlier, the fastest pace in "
          "{small_word} months, the statistics agency said."),
        S("employment",
          "Employment rises by {n} in a month, led by older workers",
          "취업자 {n}명 증가…고령층이 견인",
          "Jobs for people in their 20s fell again, the {small_ordinal} monthly drop in a "
          "row.",
          "The number of people in work rose by {n} from a year earlier, with almost all of "
          "the gain among people over 60."),
        S("household-debt",
          "Household debt hits record {debt} trillion won",
          "가계부채 {debt}조 원…역대 최대",
          "Mortgages account for most of the increase; regulators are weighing tighter "
          "lending rules.",
          "Household debt in South Korea reached a record {debt} trillion won at the end of "
          "the quarter, central bank data show."),
        S("market-debut",
          "{company} unit soars {jump} percent in market debut",
          "{company_ko} 자회사, 상장 첫날 {jump}% 급등",
          "Retail investors piled in; the parent's shares fell on worries about its stake.",
          "Shares in a subsidiary of {company} jumped {jump} percent on their first day of "
          "trading in Seoul."),
        S("stake-purchase",
          "{conglomerate} agrees to buy {tech_company} stake for {amount} trillion won",
          "{conglomerate_ko}, {tech_company_ko} 지분 {amount}조 원에 인수",
          "The deal still needs approval from the competition regulator.",
          "{conglomerate} will buy a controlling stake in {tech_company} for {amount} "
          "trillion won, the companies said."),
        S("supplier-fine",
          "Watchdog fines {company} {bn} billion won over treatment of suppliers",
          "공정위, {company_ko}에 과징금 {bn_ko}억 원…하도급 갑질",
          "Suppliers were made to cut prices after contracts were signed, the regulator "
          "found.",
          "The Fair Trade Commission fined {company} {bn} billion won for unfair treatment of "
          "its subcontractors."),
        S("duty-free",
          "Duty-free sales slump {pct} percent as tour groups shrink",
          "면세점 매출 {pct}% 급감…단체관광객 감소",
          "Independent travellers spend less and shop elsewhere; {small_word} stores have "
          "closed this year.",
          "Sales at duty-free shops fell {pct} percent from a year earlier as large tour "
          "groups failed to return."),
        S("produce-prices",
          "{produce_cap} prices jump {pct} percent after heavy rain in {province}",
          "{province_ko} 폭우에 {produce_ko} 값 {pct}% 급등",
          "The agriculture ministry will release stockpiles; restaurants are already "
          "raising menu prices.",
          "Wholesale {produce} prices rose {pct} percent in a week after heavy rain flooded "
          "fields in {province}."),
        S("recall",
          "{carmaker} recalls {n} cars over faulty brake sensors",
          "{carmaker_ko}, 브레이크 센서 결함으로 {n}대 리콜",
          "Owners will be contacted by letter; the fix takes about an hour.",
          "{carmaker} is recalling {n} cars because a brake sensor can fail in cold "
          "weather, the transport ministry said."),
        S("car-sales-abroad",
          "{carmaker} sales in {country} jump {pct} percent",
          "{carmaker_ko}, {country_ko} 판매 {pct}% 급증",
          "Hybrids did best; the company plans a local assembly line.",
          "{carmaker} sold {pct} percent more cars in {country} than a year earlier, led by "
          "demand for hybrids."),
        S("family-business",
          "The {city} soy sauce maker that has kept one recipe for {anniv} years",
          "{anniv}년째 한 가지 비법…{city_ko}의 간장 가업",
          "Four generations, {n2} earthenware jars and a reluctance to change anything.",
          "In a yard on the edge of {city}, {n2} earthenware jars hold soy sauce made the "
          "same way for {anniv} years."),
        S("minimum-wage",
          "Minimum wage set at {wage} won an hour for next year",
          "내년 최저임금 시급 {wage}원 확정",
          "Unions called the rise too small; small business owners called it too big.",
          "The minimum wage will rise to {wage} won an hour next year, the wage commission "
          "decided after a vote that ran past midnight."),
        S("kospi-milestone",
          "Kospi closes above {kospi} for first time in {small_word} months",
          "코스피, {small_n}개월 만에 {kospi} 돌파",
          "Chipmakers and carmakers led the gains; foreign investors were net buyers.",
          "The benchmark Kospi index closed above {kospi} for the first time in "
          "{small_word} months."),
        S("shipyard-analysis",
          "Analysis: why the shipyards of {port} are hiring again",
          "[분석] {port_ko} 조선소에 다시 일손이 몰리는 이유",
          "A wave of orders for gas carriers has arrived; the welders who left have not all "
          "come back.",
          "Five years ago, shipyards in {port} were laying off workers by the thousand. Now "
          "they are advertising for welders."),
        S("builder-receivership",
          "Builder in {city} with {bn} billion won of debt files for receivership",
          "부채 {bn_ko}억 원 {city_ko} 중견 건설사, 법정관리 신청",
          "{small_word_cap} apartment projects are unfinished; buyers fear for their "
          "deposits.",
          "A mid-sized construction company based in {city} asked a court to take over its "
          "management after failing to repay loans; it owes {bn} billion won."),
        S("electricity-rates",
          "Electricity rates to rise {pct2} percent from next quarter",
          "전기요금 다음 분기부터 {pct2}% 인상",
          "The state utility has lost money for {small_word} years; households will pay "
          "about a thousand won more a month.",
          "Electricity rates for homes and businesses will rise {pct2} percent from next "
          "quarter, the energy ministry said."),
        S("bank-mortgages",
          "{bank} cuts mortgage rates by up to 0.{pct2} point as lenders fight for borrowers",
          "{bank_ko}, 주담대 금리 최대 0.{pct2}%p 인하…대출 경쟁 가열",
          "Other banks are expected to follow within days.",
          "{bank} cut interest rates on new mortgages by up to 0.{pct2} percentage point, "
          "the largest cut among major lenders this year."),
        S("graduate-hiring",
          "{company} to hire {n2} graduates this year",
          "{company_ko}, 올해 신입사원 {n2}명 채용",
          "Most of the places are for engineers; applications open next month.",
          "{company} will hire {n2} new graduates this year, more than last year, the company "
          "said."),
        S("profit-warning",
          "{company} shares slump {drop} percent after profit warning",
          "{company_ko} 주가 {drop}% 급락…실적 경고",
          "The company blamed weak demand in {country} and a stronger won.",
          "Shares in {company} fell {drop} percent after the company warned that annual profit "
          "would fall short of its forecast."),
        S("bank-fine",
          "{bank} fined {bn} billion won over mis-sold funds",
          "{bank_ko}, 펀드 불완전판매로 과징금 {bn_ko}억 원",
          "Elderly customers were sold high-risk products they did not understand, the "
          "regulator found.",
          "Financial regulators fined {bank} {bn} billion won for selling risky investment "
          "funds to customers without explaining the risks."),
        S("ev-plant-abroad",
          "{carmaker} to invest {amount} trillion won in electric car plant in {country}",
          "{carmaker_ko}, {country_ko}에 {amount}조 원 전기차 공장 투자",
          "The plant will be able to build {n2},000 cars a year for the whole region.",
          "{carmaker} will spend {amount} trillion won on a factory for electric cars in "
          "{country}, the company said."),
    ],
    "tech": [
        S("product-unveil",
          "{tech_company} unveils {product} aimed at global buyers",
          "{tech_company_ko}, 글로벌 시장 겨냥 {product_ko} 공개",
          "It goes on sale in Korea first; the company hopes to sell abroad within a year.",
          "{tech_company} unveiled {product}, which it hopes to sell well beyond Korea."),
        S("startups-raise",
          "Start-ups in {city} raise {bn} billion won as AI boom spreads",
          "{city_ko} 스타트업, AI 열풍 속 {bn_ko}억 원 투자 유치",
          "Most of the money went to companies that sell software to factories and "
          "hospitals.",
          "Start-ups based in {city} raised {bn} billion won over the past quarter, a sign "
          "that the boom in artificial intelligence is spreading."),
        S("chip-hub",
          "Government picks {city} for {amount} trillion won chip research hub",
          "정부, {city_ko}에 {amount}조 원 반도체 연구거점 조성",
          "The hub will train {n2} engineers a year and share clean rooms with start-ups.",
          "The government chose {city} as the site of a semiconductor research hub that "
          "will cost {amount} trillion won."),
        S("data-breach",
          "Data breach at {company} exposes records of {n} customers",
          "{company_ko} 개인정보 유출…고객 {n}명 피해",
          "Names, phone numbers and addresses were taken; the company says card details "
          "were not.",
          "{company} said personal data of {n} customers had been exposed after hackers "
          "broke into one of its servers."),
        S("self-driving-buses",
          "Self-driving buses start carrying passengers on a {km}-kilometre route in {city}",
          "{city_ko}서 자율주행버스 {km}㎞ 구간 승객 태운다",
          "A safety driver stays on board for now; rides are free for the first month.",
          "Self-driving buses began carrying passengers on a {km}-kilometre route in {city}, "
          "part of a trial that will run for {small_word} months."),
        S("mobile-games",
          "{tech_company} bets on mobile games, hiring {n2} developers",
          "{tech_company_ko}, 모바일 게임 승부수…개발자 {n2}명 채용",
          "The company has also bought a studio in {country} and wants half its sales abroad.",
          "{tech_company} is betting on mobile games to grow outside Korea, its chief executive "
          "told investors."),
        S("5g-prices",
          "Mobile carriers cut 5G plan prices by up to {growth} percent",
          "이통사, 5G 요금 최대 {growth}% 인하",
          "The cheapest plans now cost less than a lunch in central Seoul.",
          "The country's three mobile carriers cut the prices of their 5G plans by as much "
          "as {growth} percent after pressure from the government."),
        S("fast-charging",
          "Researchers in {city} report a battery that charges in {minutes} minutes",
          "“{minutes}분 만에 충전”…{city_ko} 연구진, 배터리 신기술 개발",
          "The prototype survives {n2} charging cycles; commercial use is years away.",
          "Researchers in {city} say they have built a battery cell that can be charged to "
          "80 percent in {minutes} minutes."),
        S("in-app-fine",
          "Regulator fines {tech_company} {bn} billion won over in-app payments",
          "방통위, 인앱결제 위반 {tech_company_ko}에 {bn_ko}억 원 과징금",
          "App developers say the fine is too small to change anything.",
          "The communications regulator fined {tech_company} {bn} billion won for forcing app "
          "developers to use its own payment system."),
        S("chip-output",
          "Chip output rises {pct} percent as demand for AI servers grows",
          "AI 서버 수요 증가에 반도체 생산 {pct}% 증가",
          "Memory prices are rising too, which should help profits in the next quarter.",
          "Semiconductor output rose {pct} percent from a year earlier as data centres "
          "bought more memory chips."),
        S("robotics-lab",
          "{tech_company} opens robotics lab in {city} to train {n2} engineers",
          "{tech_company_ko}, {city_ko}에 로봇 연구소 개소…엔지니어 {n2}명 양성",
          "The lab will focus on robots for warehouses and care homes.",
          "{tech_company} opened a robotics lab in {city} that will train {n2} engineers over the "
          "next {small_word} years."),
        S("korean-ai-model",
          "{tech_company} releases Korean-language AI model with {bn} billion parameters",
          "{tech_company_ko}, 매개변수 {bn_ko}억 개 한국어 AI 모델 공개",
          "The company says the model understands dialects and honorifics better than "
          "foreign rivals.",
          "{tech_company} released an artificial intelligence model trained mostly on Korean "
          "text, with {bn} billion parameters."),
        S("kiosk-divide",
          "{poll} percent of over-70s in {city} cannot use ordering kiosks, survey finds",
          "“키오스크 앞에서 막막”…{city_ko} 70대 이상 {poll}% 사용 못 해",
          "Some cafes have no staff at the counter at all; volunteers now teach classes at "
          "community centres.",
          "At a fast-food restaurant in {city}, a 78-year-old woman stands in front of a "
          "touch screen for {small_word} minutes before giving up."),
        S("drone-parcels",
          "Drones start delivering parcels to {small_word} islands off {port}",
          "{port_ko} 섬 {small_n}곳에 드론 택배 시작",
          "Deliveries that took two days by boat now take {minutes} minutes by air.",
          "Drones began delivering parcels and medicine to {small_word} islands off {port}, "
          "where ferries run only twice a day."),
        S("satellite-orbit",
          "{city} start-up's satellite reaches orbit on {small_ordinal} attempt",
          "{city_ko} 스타트업 위성, {small_n}번째 도전 끝에 궤도 안착",
          "The small satellite will photograph farmland and coastlines for paying "
          "customers.",
          "A satellite built by a start-up from {city} reached orbit on the company's "
          "{small_ordinal} attempt, after earlier launches failed."),
        S("network-outage",
          "Network outage leaves {n} users offline for {small_word} hours",
          "통신 장애로 {n}명 {small_n}시간 먹통",
          "Card payments, taxi apps and home alarms failed; the carrier has promised "
          "compensation.",
          "About {n} mobile and internet users lost service for {small_word} hours after a "
          "fault at a data centre, the carrier said."),
        S("deepfake-phishing",
          "Police arrest {small_word} over deepfake voice scam in {city}",
          "딥페이크 보이스피싱 조직 {small_n}명 검거…{city_ko}경찰",
          "The gang cloned the voices of victims' children from videos posted online.",
          "Police in {city} arrested {small_word} people accused of using cloned voices to "
          "trick parents into sending money."),
        S("equipment-exports",
          "Chip equipment maker from {city} wins orders from {country}",
          "{city_ko} 반도체 장비업체, {country_ko}서 수주",
          "The company makes machines that clean wafers; it employs {n2} people.",
          "A small maker of chip-making equipment based in {city} has won its first large "
          "order from {country}."),
        S("ev-chargers",
          "{city} adds {n2} fast chargers as electric car sales stall",
          "{city_ko}, 전기차 급속충전기 {n2}기 확충",
          "Drivers say a lack of chargers near apartment blocks is the main reason not to "
          "buy.",
          "The city of {city} will install {n2} fast chargers for electric cars by the end "
          "of the year."),
        S("coding-bootcamps",
          "Coding boot camps in {city} fill with career changers in their 40s",
          "{city_ko} 코딩 부트캠프, 40대 전직자 몰려",
          "Former bank clerks, teachers and chefs are learning to program; not all of them "
          "will find jobs.",
          "Half the students in a coding course in {city} this term are over 40, the "
          "organisers say."),
        S("gadget-review",
          "Review: the new {gadget} from {tech_company} is clever but pricey",
          "[리뷰] {tech_company_ko} 새 {gadget_ko}, 똑똑하지만 비싸다",
          "We used it for {small_word} weeks. The battery impressed us; the price did not.",
          "The new {gadget} from {tech_company} does almost everything well, which makes its "
          "price all the harder to justify."),
        S("spam-calls",
          "Spam calls fall {pct} percent after new filtering rules",
          "새 차단 규정 시행 후 스팸전화 {pct}% 감소",
          "Scammers have moved to text messages and messaging apps, regulators warn.",
          "The number of spam calls reported by mobile users fell {pct} percent in the "
          "{small_word} months after carriers began filtering them."),
        S("smart-farms",
          "Smart farms in {province} use AI to grow {crop}, lifting yields {pct} percent",
          "{province_ko} 스마트팜, AI로 {crop_ko} 재배…수확량 {pct}% 늘어",
          "Sensors decide when to water; older farmers were sceptical until the first harvest.",
          "Greenhouses in {province} are using artificial intelligence to decide when to "
          "water, heat and harvest {crop}."),
        S("robotaxi-halt",
          "Robotaxi service in {city} halted after minor crash",
          "{city_ko} 로보택시, 경미한 사고 후 운행 중단",
          "Nobody was hurt; the operator says software will be updated before service "
          "resumes.",
          "A robotaxi service in {city} was suspended after one of its cars hit a parked "
          "truck at low speed."),
        S("cooking-robots",
          "Q and A: {subject}, the {city} engineer teaching robots to cook",
          "[인터뷰] {city_ko}서 요리하는 로봇 만드는 엔지니어 {subject_ko}",
          "{subject} spent {small_word} years teaching a robot arm to fry an egg. Noodles "
          "are next.",
          "{subject} runs a lab in {city} where robot arms practise frying, stirring and "
          "plating all day."),
        S("chip-pay",
          "{chipmaker} offers engineers {pct2} percent pay rise to stop defections",
          "{chipmaker_ko}, 인력 이탈 막으려 엔지니어 연봉 {pct2}% 인상",
          "Rivals at home and abroad have been hiring its engineers with offers of double pay.",
          "{chipmaker} will raise the pay of its engineers by {pct2} percent, as competitors "
          "at home and abroad try to lure them away."),
        S("smishing",
          "Text scams posing as parcel firms surge {pct} percent",
          "택배 사칭 스미싱 문자 {pct}% 급증",
          "Never click a delivery link you were not expecting, police advise.",
          "Scam text messages pretending to come from delivery companies rose {pct} percent "
          "this year, according to the internet security agency."),
        S("game-layoffs",
          "Game studio in {city} lays off {n2} staff",
          "{city_ko} 게임사, 직원 {n2}명 구조조정",
          "Two projects were cancelled after a costly flop; the union is seeking talks.",
          "A game developer based in {city} is cutting {n2} jobs after its latest title sold "
          "far fewer copies than expected."),
        S("quantum-processor",
          "Researchers build {qubits}-qubit quantum processor",
          "국내 연구진, {qubits}큐비트 양자 프로세서 개발",
          "It is not yet useful for anything practical, the team admits, but it works.",
          "A research team at {university} has built a quantum processor with {qubits} "
          "qubits, the largest made in Korea."),
        S("ai-teachers",
          "AI tutors arrive at {n2} schools in {city}, and teachers have doubts",
          "{city_ko} 학교 {n2}곳에 AI 튜터…교사들 “글쎄”",
          "Pupils like the instant answers; teachers worry about what they stop learning.",
          "From this term, pupils at {n2} schools in {city} have an artificial intelligence "
          "tutor on their tablets."),
        S("data-centre",
          "{tech_company} to build {amount} trillion won data centre in {city}",
          "{tech_company_ko}, {city_ko}에 {amount}조 원 데이터센터 짓는다",
          "The site was chosen for cheap land and a nearby power station; residents worry "
          "about water.",
          "{tech_company} will invest {amount} trillion won in a data centre in {city}, the "
          "company's largest investment outside the capital region."),
        S("startup-product",
          "{city} start-up raises {bn} billion won to build {product}",
          "{city_ko} 스타트업, {product_ko} 개발에 {bn_ko}억 원 유치",
          "The company has {squad} employees and no product on sale yet.",
          "A start-up based in {city} has raised {bn} billion won from investors to develop "
          "{product}."),
        S("bus-wifi",
          "{city} to put free Wi-Fi on {n2} buses",
          "{city_ko}, 시내버스 {n2}대에 무료 와이파이",
          "Passengers watch more video than the old network can carry, the city says.",
          "The city of {city} will install free wireless internet on {n2} of its buses by "
          "the end of the year."),
        S("packaging-plant",
          "{chipmaker} to build {amount} trillion won chip packaging plant in {city}",
          "{chipmaker_ko}, {city_ko}에 {amount}조 원 반도체 패키징 공장",
          "Packaging, once the dull end of chipmaking, is where the race in AI chips is "
          "now run.",
          "{chipmaker} will invest {amount} trillion won in a plant in {city} that stacks and "
          "packages memory chips for AI servers."),
    ],
    "culture": [
        S("comeback",
          "{group} return with first album in {small_word} years",
          "{group_ko}, {small_n}년 만에 새 앨범으로 컴백",
          "The new record is quieter and stranger than anything the band has made.",
          "{group} released their first album in {small_word} years, along with a short "
          "film shot in {city}."),
        S("streaming-charts",
          "Drama '{title}' tops streaming charts in {charts} countries",
          "드라마 ‘{title_ko}’, {charts}개국 스트리밍 1위",
          "A modest production made on a small budget has become the most-watched Korean "
          "series of the year.",
          "The drama '{title}' reached the top of streaming charts in {charts} countries in "
          "its second week."),
        S("film-festival",
          "Film festival in {city} opens with record {n2} screenings",
          "{city_ko} 영화제 개막…역대 최다 {n2}회 상영",
          "First-time directors make up a third of the programme.",
          "The film festival in {city} opened with a record {n2} screenings and a sold-out "
          "premiere."),
        S("scrolls-returned",
          "Museum in {city} returns {small_word} Joseon-era scrolls to their temple",
          "{city_ko} 박물관, 조선시대 두루마리 {small_n}점 사찰에 반환",
          "The scrolls were taken from the temple during the war and sold twice since.",
          "A museum in {city} returned {small_word} Buddhist scrolls from the Joseon era to "
          "the mountain temple they came from."),
        S("director-interview",
          "'{title}' director: 'I wanted {city} to look the way it smells'",
          "‘{title_ko}’ 감독 “{city_ko}의 냄새까지 담고 싶었다”",
          "The director spent months in the alleys of {city} before filming a single scene.",
          "Before shooting '{title}', the director rented a room in {city} for {small_word} "
          "months and walked its alleys every night."),
        S("overnight-queue",
          "Fans queue overnight in {city} for {group} concert tickets",
          "{group_ko} 콘서트 티켓 위해 {city_ko}서 밤샘 줄서기",
          "Most tickets were sold online in minutes; the queue was for the {n2} sold on the "
          "door.",
          "Fans of {group} queued through the night in {city} for a chance to buy some of "
          "the last concert tickets."),
        S("poetry-sales",
          "Poetry sales among readers in their 20s up {pct} percent",
          "20대 시집 구매 {pct}% 증가",
          "Slim volumes with plain covers are selling best; publishers credit social media.",
          "Sales of poetry books to readers in their 20s rose {pct} percent over the past "
          "year, publishers said."),
        S("gugak-tour",
          "Traditional music troupe from {city} to tour {country}",
          "{city_ko} 국악단, {country_ko} 순회공연 나선다",
          "The troupe will perform in {small_word} cities with a programme of court music "
          "and folk songs.",
          "A traditional music troupe from {city} will perform in {small_word} cities in "
          "{country} next month."),
        S("webtoon-musical",
          "Webtoon '{title}' to become a stage musical",
          "웹툰 ‘{title_ko}’, 뮤지컬로 만든다",
          "The author will help write the songs; rehearsals begin in {city}.",
          "The webtoon '{title}', read by millions online, will be adapted into a stage "
          "musical."),
        S("hanbok-rentals",
          "Hanbok rental shops near palaces report {pct} percent jump in demand",
          "고궁 인근 한복 대여점 수요 {pct}% 급증",
          "Visitors in hanbok get into the palaces free, and the photos do the rest.",
          "Shops that rent out hanbok near Seoul's palaces say demand has risen {pct} "
          "percent on a year ago."),
        S("book-prize",
          "Novelist {subject} wins {prize} for '{book}'",
          "소설가 {subject_ko}, ‘{book_ko}’로 {prize_ko} 수상",
          "The judges called the novel patient, funny and quietly devastating.",
          "{subject} has won {prize} for the novel '{book}', a family saga set "
          "in {city}."),
        S("potter-obituary",
          "{subject}, potter who revived the celadon kilns of {city}, dies at {age}",
          "{city_ko} 청자 가마 되살린 도예가 {subject_ko} 별세…향년 {age}세",
          "{subject} spent {years} years rebuilding a kiln that had been cold for "
          "centuries.",
          "{subject}, a potter who brought the celadon kilns of {city} back to life, has "
          "died at {age}."),
        S("film-review",
          "Review: '{title}' is a slow, tender portrait of {city}",
          "[리뷰] 느리고 다정한 {city_ko}의 초상 ‘{title_ko}’",
          "Little happens, and all of it matters. One of the best Korean films of the year.",
          "Nothing much happens in '{title}' for the first half hour, and that is "
          "precisely its charm."),
        S("box-office",
          "'{title}' passes {million_n} million admissions",
          "‘{title_ko}’ 관객 {million_n}00만 돌파",
          "It took {small_word} weeks; word of mouth did what the marketing budget could "
          "not.",
          "The film '{title}' has sold more than {million_n} million tickets, its "
          "distributor said."),
        S("relic-exhibition",
          "Exhibition of {relic} opens in {city} with {n2} pieces",
          "{city_ko}서 {relic_ko} 특별전…유물 {n2}점 공개",
          "Some pieces have never been shown in public; others come on loan from Japan.",
          "An exhibition of {relic} opened at the national museum in {city}, bringing "
          "together {n2} pieces."),
        S("world-tour",
          "{group} announce {tour_n}-city world tour starting in {city}",
          "{group_ko}, {city_ko} 시작으로 {tour_n}개 도시 월드투어",
          "The tour will stop in {country} for the first time.",
          "{group} will play {tour_n} cities on a world tour that begins in {city}."),
        S("puppet-festival",
          "Puppet theatre festival returns to {city} after {years}-year break",
          "{city_ko} 인형극제, {years}년 만에 부활",
          "Troupes from {small_word} countries will perform in parks, markets and a "
          "disused factory.",
          "A puppet theatre festival that once drew crowds to {city} is back after a break "
          "of {years} years."),
        S("contract-dispute",
          "{group} settle contract dispute with their agency",
          "{group_ko}, 소속사와 전속계약 분쟁 합의",
          "The members keep the name; the agency keeps a share of future income.",
          "{group} and their management agency have settled a dispute over their contract "
          "after {small_word} months of legal wrangling."),
        S("translations",
          "'{book}' to be published in {langs} languages",
          "‘{book_ko}’, {langs}개 언어로 번역 출간",
          "The translators met in {city} to argue over dialect and untranslatable jokes.",
          "The novel '{book}' will be published in {langs} languages, its Korean publisher "
          "said."),
        S("first-lead",
          "Stage actor {subject}, {adult}, lands first lead role in '{title}'",
          "연극배우 {subject_ko}, {adult}세에 ‘{title_ko}’ 첫 주연",
          "After {seasons} years of small parts, the actor is still taking the bus to the "
          "set.",
          "{subject} has spent {seasons} years playing shopkeepers, neighbours and corpses. "
          "In '{title}' the actor finally gets the lead."),
        S("bookshop-closes",
          "{city}'s oldest bookshop closes after {anniv} years",
          "{anniv}년 역사 {city_ko} 최고(最古) 서점, 문 닫는다",
          "Regulars have been coming to say goodbye and to buy whatever is left.",
          "The oldest bookshop in {city} will close at the end of the month after {anniv} "
          "years in business."),
        S("boat-songs",
          "Fishing songs of {port} added to national heritage list",
          "{port_ko} 뱃노래, 국가무형유산 지정",
          "Only {small_word} people can still sing the full cycle; all are over 70.",
          "The work songs that fishermen in {port} sang while hauling nets have been added "
          "to the national list of intangible heritage."),
        S("filming-fatigue",
          "After '{title}', residents of {city} tire of drama crews",
          "‘{title_ko}’ 흥행에 몰려든 촬영팀…{city_ko} 주민들 ‘피로’",
          "Tourists follow the crews; some residents have put up signs asking for quiet.",
          "Since '{title}' became a hit, film crews have arrived in {city} almost every "
          "week, and not everyone is pleased."),
        S("pianist-competition",
          "Pianist {subject}, {teen}, wins international competition in {country}",
          "{teen}세 피아니스트 {subject_ko}, {country_ko} 국제콩쿠르 우승",
          "The jury praised a performance of unusual calm; {subject_last} practises in a "
          "church hall in {city}.",
          "{subject}, {teen}, a pianist from {city}, won first prize at an international "
          "piano competition in {country}."),
        S("live-venue-saved",
          "Donations from {n2} fans save live music club in {city}",
          "팬 {n2}명 후원으로 {city_ko} 라이브클럽 폐업 위기 넘겨",
          "The club has launched {small_word} bands in {years} years; the rent rise nearly "
          "ended it.",
          "A live music club in {city} that faced closure over a rent increase has been "
          "saved by donations from {n2} fans."),
        S("hanok-library",
          "Hanok library opens in {city} with {n} books",
          "{city_ko}에 한옥 도서관 개관…장서 {n}권",
          "Readers take off their shoes at the door and sit on heated floors.",
          "A public library built in the style of a traditional hanok opened in {city} with "
          "{n} books."),
        S("webtoon-pay",
          "Webtoon artists in {city} push for fairer pay",
          "{city_ko} 웹툰 작가들 “정당한 보수 달라”",
          "Artists say they draw {small_word} days a week and earn less than the minimum "
          "wage.",
          "Dozens of webtoon artists gathered in {city} to demand fairer contracts from the "
          "platforms that publish their work."),
        S("album-interview",
          "{group} on the new album: 'We stopped chasing trends'",
          "{group_ko} “이번 앨범, 유행 좇기를 멈췄다”",
          "In an interview, the band talked about failure, {city} and writing songs in a "
          "rented farmhouse.",
          "The members of {group} wrote their new album in a farmhouse outside {city}, with "
          "no internet and one working heater."),
        S("temple-music",
          "Festival of temple music comes to {city} for {small_word} days",
          "{city_ko}서 {small_n}일간 사찰음악 축제",
          "Monks from {squad} temples will perform chants that are rarely heard outside their "
          "halls.",
          "Monks from {squad} temples will gather in {city} for a festival of Buddhist ritual "
          "music."),
        S("dance-company",
          "Contemporary dance company from {city} takes its new work to {country}",
          "{city_ko} 현대무용단, 신작 들고 {country_ko} 무대로",
          "The piece is about the last days of a shipyard, danced in silence.",
          "A contemporary dance company from {city} will perform its new work at a festival "
          "in {country}."),
        S("museum-visitors",
          "Record {n} visitors for {city} museum's {relic} show",
          "{city_ko} 박물관 {relic_ko} 전시, 관람객 {n}명 역대 최다",
          "The museum extended its opening hours and added a second entrance.",
          "An exhibition of {relic} at the museum in {city} has drawn {n} visitors, a record "
          "for the museum."),
    ],
    "lifestyle": [
        S("e-bikes",
          "Why more people in {city} are swapping cars for e-bikes",
          "{city_ko} 시민들, 자동차 대신 전기자전거 타는 이유",
          "Cheaper, faster in traffic and no parking fights. The hills are no longer an "
          "excuse.",
          "More commuters in {city} are leaving their cars at home and riding electric "
          "bicycles to work."),
        S("market-guide",
          "A guide to eating well at {city}'s traditional markets",
          "{city_ko} 전통시장 먹거리 탐방 가이드",
          "Go early, bring cash and follow the longest queue of grandmothers.",
          "The traditional markets of {city} reward anyone willing to arrive hungry."),
        S("single-households",
          "Single-person households now make up {share} percent of homes",
          "1인 가구, 전체 가구의 {share}% 차지",
          "Smaller flats, smaller packages and a boom in meals for one follow.",
          "People living alone now make up {share} percent of all households, according to "
          "the statistics agency."),
        S("coffee-price",
          "A cup of coffee in {city} now costs {price} won on average",
          "{city_ko} 커피 한 잔 평균 {price}원",
          "Bean prices are up, and so is rent; some cafes have started charging for water.",
          "The average price of an americano in {city} has reached {price} won, according "
          "to a survey by {institute}."),
        S("hiking-crowds",
          "Hiking trails on {mountain} draw a record {n} visitors in a month",
          "{mountain_ko} 등산로 한 달 {n}명…역대 최다",
          "Young hikers in matching jackets now outnumber the old regulars on weekends.",
          "Trails on {mountain} drew a record {n} hikers over the past month, the national "
          "parks service said."),
        S("pet-insurance",
          "Pet insurance sign-ups double in {small_word} years",
          "반려동물 보험 가입 {small_n}년 새 두 배",
          "Vet bills are rising faster than wages; insurers are competing for cat owners.",
          "The number of pet insurance policies has doubled in {small_word} years, "
          "according to insurance industry figures."),
        S("night-market",
          "Night market returns to {city} with {n2} stalls",
          "{city_ko} 야시장 재개장…노점 {n2}곳",
          "Skewers, hotteok and handmade earrings until midnight, every weekend.",
          "The night market is back in {city}, with {n2} stalls selling food and crafts "
          "every weekend."),
        S("temple-stays",
          "Temple stays near {city} booked out for {small_word} weeks as foreign visitors flock",
          "고요함 찾는 외국인들…{city_ko} 인근 템플스테이 {small_n}주 치 만석",
          "Wake-up is at four. Phones are collected. Guests say that is the point.",
          "Temple stay programmes near {city} are booked out for the next {small_word} weeks, "
          "with foreign visitors taking most of the places."),
        S("kimchi-generations",
          "Three generations, one recipe: making kimchi in {city}",
          "3대가 지키는 한 가지 비법…{city_ko}의 김장",
          "This year the family made {n2} heads of cabbage. The grandmother still checks "
          "every one.",
          "In a courtyard in {city}, three generations of one family spend a weekend "
          "salting cabbage, arguing and laughing."),
        S("bathhouses",
          "Public baths in {city} reinvent themselves as their regulars age",
          "{city_ko} 목욕탕, 단골은 늙고…변신 나선다",
          "Saunas with libraries, bathhouses with cafes and one that hosts concerts.",
          "The public bathhouses of {city} are changing to win new customers as their old "
          "regulars grow fewer."),
        S("where-to-eat",
          "Where to eat {dish} in {city}, according to locals",
          "현지인이 꼽은 {city_ko} {dish_ko} 맛집",
          "No lists, no influencers: we asked taxi drivers, market traders and a retired "
          "chef.",
          "Ask five people in {city} where to find the best {dish} and you will get six "
          "answers."),
        S("wedding-costs",
          "Average wedding in {city} costs {wed} million won, survey finds",
          "{city_ko} 평균 결혼 비용 {wed}00만 원",
          "Venues and photographers take the biggest share; more couples are skipping both.",
          "Couples in {city} spend an average of {wed} million won on their wedding, "
          "according to a survey by {institute}."),
        S("running-crews",
          "Running crews take over the {river} paths at night",
          "밤마다 {river_ko} 강변 점령한 러닝크루",
          "They run in groups of fifty in matching shirts. Not every walker is delighted.",
          "On weeknights after nine, the paths along the {river} belong to running crews."),
        S("heatwave",
          "{city} records {temp}C, its hottest day in {years} years",
          "{city_ko} 낮 최고 {temp}도…{years}년 만의 폭염",
          "Cooling centres stay open late; outdoor workers get extra breaks.",
          "The temperature in {city} reached {temp} degrees Celsius, the highest reading "
          "there in {years} years."),
        S("heavy-rain",
          "{mm} millimetres of rain floods roads in {city}",
          "{city_ko}에 {mm}㎜ 폭우…도로 곳곳 침수",
          "Underground car parks were closed and {n2} people spent the night in shelters.",
          "More than {mm} millimetres of rain fell on {city} in a day, flooding roads and "
          "underpasses."),
        S("births-rise",
          "Births in {city} rise for first time in {years} years",
          "{city_ko} 출생아 수 {years}년 만에 증가",
          "Cash for newborns and cheaper housing may have helped; demographers urge caution.",
          "The number of babies born in {city} rose for the first time in {years} years, "
          "city officials said."),
        S("solo-dining",
          "Eating alone is no longer odd in {city}, restaurant owners say",
          "{city_ko} 식당가, 이제 ‘혼밥’이 자연스럽다",
          "Counter seats, smaller portions and menus for one have spread beyond the "
          "university districts.",
          "A few years ago, a diner eating alone in {city} might get a strange look. Now "
          "restaurants are built around them."),
        S("diver-profile",
          "At {age}, {subject} still dives for abalone off {port}",
          "{age}세 {subject_ko} 씨, 오늘도 {port_ko} 바다로 전복 따러 간다",
          "The cooperative has {small_word} divers left; the youngest is over 60.",
          "{subject} was {teen} when diving for abalone off {port} began as a job. At {age}, "
          "{subject_last} still goes out most mornings."),
        S("co-living",
          "Co-living buildings in {city} offer young renters rooms from {rent} won a month",
          "{city_ko} 코리빙 하우스, 월 {rent_ko}만 원부터…청년 세입자 공략",
          "Small private rooms, big shared kitchens and rents that are not small at all.",
          "Developers in {city} are building apartment blocks with tiny private rooms and "
          "large shared spaces, aimed at young renters."),
        S("island-guide",
          "{small_word_cap} quiet islands off {port} worth the ferry ride",
          "배 타고 갈 만한 {port_ko} 앞바다 섬 {small_n}곳",
          "Walking trails, fish markets and not a chain cafe in sight.",
          "The islands off {port} are within an hour's sail and a world away from the city."),
        S("dog-park",
          "{city} opens its first public dog park",
          "{city_ko}, 첫 공공 반려견 놀이터 개장",
          "Big dogs and small dogs get separate fields; owners get benches and shade.",
          "The city of {city} opened its first public park for dogs, with separate areas "
          "for large and small breeds."),
        S("senior-baristas",
          "Cafes in {city} hire {squad} baristas over 65",
          "{city_ko} 실버카페, 65세 이상 바리스타 {squad}명 채용",
          "The oldest barista is {age}, and the regulars come for the conversation.",
          "A chain of cafes in {city} has hired {squad} baristas, all of them over 65, as part "
          "of a city programme to keep older residents working."),
        S("pilates-complaints",
          "Complaints about prepaid pilates memberships in {city} rise {pct} percent",
          "{city_ko} 필라테스 선결제 피해 민원 {pct}% 증가",
          "Customers who paid for a year in advance have been left with locked doors.",
          "Complaints about prepaid pilates memberships in {city} rose {pct} percent last "
          "year, as the number of studios doubled."),
        S("home-recipe",
          "How to make {dish} at home, the {city} way",
          "집에서 만드는 {city_ko}식 {dish_ko}",
          "A recipe from a cook who has made it every day for {years} years.",
          "The cook who gave us this recipe has run a small restaurant in {city} for {years} "
          "years and insists it cannot be rushed."),
        S("rooftop-gardens",
          "Rooftop gardens turn {n2} apartment blocks in {city} green",
          "{city_ko} 아파트 {n2}개 동 옥상에 텃밭 열풍",
          "Lettuce, peppers and a waiting list for plots; the city pays for the soil.",
          "On the roofs of {n2} apartment buildings in {city}, residents are growing "
          "vegetables in raised beds."),
        S("sleep-survey",
          "Koreans sleep {sleep} hours a night on average, survey finds",
          "한국인 하루 평균 수면 {sleep}시간",
          "Commutes, screens and late dinners are the usual suspects.",
          "South Koreans sleep an average of {sleep} hours a night, among the least in the "
          "developed world, according to {institute}."),
        S("food-festival",
          "{city} food festival draws {n} visitors over {small_word} days",
          "{city_ko} 음식축제, {small_n}일간 {n}명 다녀가",
          "The longest queues were for a grilled squid stall run by three sisters.",
          "A food festival in {city} drew some {n} visitors over {small_word} days, "
          "organisers said."),
        S("tea-houses",
          "Young people rediscover tea houses in {city}",
          "{city_ko} 젊은 층 사이 전통찻집 다시 인기",
          "Quiet rooms, low tables and no music: a reaction, owners say, against busy "
          "cafes.",
          "Traditional tea houses in {city} that struggled for years are full again, mostly "
          "with people in their 20s."),
        S("camping-bookings",
          "Campsites near {mountain} booked out {small_word} weeks ahead",
          "{mountain_ko} 인근 캠핑장, {small_n}주 전 예약 마감",
          "Bookings open at ten in the morning and are gone within minutes.",
          "Campsites near {mountain} are fully booked for the next {small_word} weeks, park "
          "officials said."),
        S("second-hand",
          "How second-hand apps changed the way families in {city} shop",
          "중고거래 앱이 바꾼 {city_ko} 육아 소비",
          "Prams, cots and school uniforms now change hands within a few streets.",
          "In {city}, a pram can be sold, collected and replaced in a single afternoon, "
          "thanks to second-hand trading apps."),
        S("studio-rent",
          "Average studio rent in {city} reaches {rent} won a month",
          "{city_ko} 원룸 월세 평균 {rent_ko}만 원",
          "Students and young workers are moving further out, or back home.",
          "The average monthly rent for a studio flat in {city} has reached {rent} won, "
          "according to a property listing service."),
        S("street-trees",
          "{city} to plant {n} street trees to cool its summers",
          "{city_ko}, 여름 더위 식힐 가로수 {n}그루 심는다",
          "Shade on the pavements could lower temperatures by several degrees, planners "
          "say.",
          "The city of {city} will plant {n} trees along its streets over the next "
          "{small_word} years to keep the pavements cooler."),
        S("tailor-profile",
          "At {age}, {subject} still cuts suits in {city} after {years} years",
          "{city_ko}서 {years}년째 양복 짓는 {age}세 {subject_ko} 씨",
          "Customers now come for weddings and funerals only, but they come from all over "
          "the country.",
          "{subject} opened a tailor's shop in {city} {years} years ago and, at {age}, still "
          "takes every measurement by hand."),
        S("commute-times",
          "Commuters in {city} spend {commute} minutes a day getting to work and back",
          "{city_ko} 직장인 하루 평균 출퇴근 {commute}분",
          "Longer commutes mean later dinners and shorter nights, the survey found.",
          "The average commuter in {city} spends {commute} minutes a day travelling to work "
          "and home again, according to a survey by {institute}."),
        S("wall-trail",
          "{city} opens {km}-kilometre walking trail along its old city walls",
          "{city_ko}, {km}㎞ 성곽 둘레길 개방",
          "Benches, toilets and maps in four languages; the steepest stretch has handrails.",
          "A walking trail of {km} kilometres that follows the old walls of {city} opened to "
          "the public."),
    ],
    "sports": [
        S("baseball-top",
          "{team} beat {team2} {score} to go top of the standings",
          "{team_ko}, {team2_ko}에 {score} 승리…선두 도약",
          "A late rally decided it; the crowd of {n} stayed to the end.",
          "The {team} beat the {team2} {score} to move to the top of the standings."),
        S("forward-signs",
          "{club} sign forward from {country} on loan for the season",
          "{club_ko}, {country_ko} 출신 공격수 1년 임대 영입",
          "The striker scored {small_word} goals in the last league season abroad.",
          "{club} have signed a forward from {country} on a season-long loan, with an option "
          "to buy."),
        S("marathon",
          "Marathon in {city} draws {n} runners",
          "{city_ko} 마라톤, {n}명 참가",
          "The winner finished in just over two hours ten minutes; the oldest runner was "
          "{age}.",
          "Some {n} runners took part in the marathon in {city}, a record for the race."),
        S("esports-finals",
          "{esports} beat {esports2} to reach the world finals",
          "{esports_ko}, {esports2_ko} 꺾고 월드 파이널 진출",
          "The deciding game went the distance; {esports2} had not lost a series all year.",
          "{esports} beat {esports2} in a five-game series to qualify for the world finals."),
        S("newcomers",
          "National team coach names {small_word} newcomers for qualifiers",
          "대표팀 감독, 예선 명단에 새 얼굴 {small_n}명 발탁",
          "Two regulars are left out; the coach says form, not reputation, decides.",
          "The national football team coach named {small_word} uncapped players in the "
          "squad for the qualifiers."),
        S("manager-sacked",
          "{club} sack manager after {small_word} straight defeats",
          "{club_ko} 감독, {small_n}연패 끝에 경질",
          "The assistant coach takes over for now; the club sits {small_ordinal} from "
          "bottom.",
          "{club} sacked their manager after a run of {small_word} defeats in a row."),
        S("archery-sweep",
          "Archers from {city} sweep national championships",
          "{city_ko} 양궁 선수들, 전국선수권 싹쓸이",
          "The city's archery club trains in a converted car park; it has produced "
          "{small_word} national team members.",
          "Archers from {city} won every individual title at the national championships."),
        S("new-stadium",
          "New stadium in {city} to open with {n} seats",
          "{city_ko} 새 경기장, {n}석 규모로 개장",
          "The roof is retractable and the seats are close to the pitch.",
          "A new stadium with {n} seats will open in {city} next season."),
        S("comeback-win",
          "{team} rally from {small_word} runs down to beat {team2}",
          "{team_ko}, {small_n}점 차 뒤집고 {team2_ko} 제압",
          "The comeback started with two outs and nobody on base in the eighth.",
          "The {team} came back from {small_word} runs down to beat the {team2}."),
        S("short-track-camp",
          "Short-track skaters train in {city} ahead of the world cup",
          "쇼트트랙 대표팀, 월드컵 앞두고 {city_ko}서 담금질",
          "The rink opens at five in the morning and the skaters are already there.",
          "The national short-track speed skating team is training in {city} before the "
          "world cup season."),
        S("walk-off",
          "{player}'s walk-off homer lifts {team} over {team2}",
          "{player_ko} 끝내기 홈런…{team_ko}, {team2_ko} 제압",
          "It was the {small_ordinal} home run of the season for {player_last} and the "
          "first to end a game.",
          "{player} hit a home run in the bottom of the ninth to give the {team} a win "
          "over the {team2}."),
        S("no-hitter",
          "{player} throws first no-hitter in {team} history",
          "{player_ko}, {team_ko} 구단 사상 첫 노히트노런",
          "The pitcher needed {pitches} pitches and said the last out was the hardest.",
          "{player} threw the first no-hitter in the history of the {team}, facing "
          "{small_word} batters over the minimum."),
        S("youngest-champion",
          "{teen}-year-old {subject} becomes youngest national {sport} champion",
          "{teen}세 {subject_ko}, 역대 최연소 {sport_ko} 전국 챔피언",
          "{subject_last} started the sport at a club in {city} only {small_word} years ago.",
          "{subject}, {teen}, won the national {sport} championship, the youngest winner in "
          "its history."),
        S("retirement",
          "{player} retires after {seasons} seasons with {team}",
          "{player_ko}, {team_ko}서 {seasons}시즌 마치고 은퇴",
          "The club will retire the shirt number; the farewell game is already sold out.",
          "{player} will retire at the end of the season after {seasons} seasons with the "
          "{team}."),
        S("record-signing",
          "{club} break club record to sign midfielder from {country}",
          "{club_ko}, 구단 최고 이적료로 {country_ko} 미드필더 영입",
          "The fee was not disclosed; local reports put it at more than {small_word} billion "
          "won.",
          "{club} have signed a midfielder from {country} for a club-record fee."),
        S("derby-draw",
          "{club} and {club2} share the points in a {draw} draw",
          "{club_ko}-{club2_ko}, {draw} 무승부",
          "Both sides hit the woodwork; neither manager was happy.",
          "{club} and {club2} drew {draw} in front of a crowd of {n}."),
        S("late-winner",
          "{minute}th-minute winner sends {club} past {club2}",
          "후반 {minute_ko}분 결승골…{club_ko}, {club2_ko} 제압",
          "A substitute scored with a header from a corner; the away fans had already left.",
          "A goal in the {minute}th minute gave {club} a 1-0 win over {club2}."),
        S("golf-open",
          "{subject} wins {city} Open by {small_word} strokes",
          "{subject_ko}, {city_ko} 오픈 {small_n}타 차 우승",
          "It is {subject_last}'s first professional title after {years} attempts.",
          "{subject} won the {city} Open by {small_word} strokes, a first professional title."),
        S("selection-review",
          "{sport_cap} federation to review selection rules after athletes complain",
          "{sport_ko} 연맹, 선수들 반발에 대표 선발 규정 재검토",
          "Athletes say the current system rewards connections more than results.",
          "The national {sport} federation will review how it picks national team members "
          "after {small_word} athletes complained in public."),
        S("attendance-record",
          "Baseball league passes {attend} million fans with weeks to spare",
          "프로야구 관중 {attend}00만 돌파",
          "Young women now make up the biggest share of ticket buyers.",
          "The professional baseball league has drawn more than {attend} million fans this "
          "season, with {small_word} weeks of games left."),
        S("asian-games-squad",
          "{sport_cap} team names {squad}-member squad for the Asian Games",
          "{sport_ko} 대표팀, 아시안게임 {squad}명 명단 발표",
          "{small_word_cap} members are competing at a major event for the first time.",
          "The national {sport} team named a squad of {squad} athletes for the Asian Games."),
        S("injury",
          "{team} ace {player} out for {small_word} weeks with elbow injury",
          "{team_ko} 에이스 {player_ko}, 팔꿈치 부상으로 {small_n}주 이탈",
          "The team's rotation is already thin; a rookie will take the spot.",
          "The {team} will be without their best pitcher, {player}, for {small_word} weeks "
          "after an elbow injury."),
        S("taekwondo-gym",
          "The {city} taekwondo gym that produced {small_word} national champions",
          "국가대표 {small_n}명 배출한 {city_ko} 태권도장",
          "The master opened it {years} years ago with {small_word} pupils and a leaking "
          "roof.",
          "The taekwondo gym sits above a bakery on a side street in {city}. Its walls are "
          "covered in medals."),
        S("season-tickets",
          "Fans angry as {team} raise season ticket prices {hike} percent",
          "{team_ko}, 시즌권 {hike}% 인상…팬들 반발",
          "The club says costs have risen; supporters' groups plan a protest.",
          "The {team} will raise the price of season tickets by {hike} percent next year."),
        S("ssireum-revival",
          "Ssireum wins young fans in {city}",
          "{city_ko}서 씨름 인기 부활…젊은 팬 몰려",
          "Short videos of the wrestlers have done more than any campaign.",
          "Traditional wrestling is drawing crowds in {city} again, many of them in their "
          "20s."),
        S("mvp",
          "{player} named league MVP after {hr}-homer season",
          "{player_ko}, 홈런 {hr}개로 정규시즌 MVP",
          "{player_last} also led the league in runs batted in.",
          "{player} of the {team} was named the league's most valuable player after "
          "hitting {hr} home runs."),
        S("relegated",
          "{club} relegated for the first time in {years} years",
          "{club_ko}, {years}년 만에 강등",
          "A final-day defeat did it; the fans stayed to sing anyway.",
          "{club} were relegated from the top division for the first time in {years} "
          "years."),
        S("climbing-final",
          "{subject} reaches world cup final in sport climbing",
          "{subject_ko}, 스포츠클라이밍 월드컵 결선 진출",
          "The climber trains on a wall in a former warehouse in {city}.",
          "{subject} of {city} qualified for a world cup final in sport climbing, the first "
          "for a climber from the city."),
        S("coach-interview",
          "{club} coach: 'We have to stop being afraid of the ball'",
          "{club_ko} 감독 “공을 두려워하지 말아야 한다”",
          "In an interview, the coach talked about a bad run, young players and the fans.",
          "The coach of {club} had been in the job {small_word} weeks when the losing "
          "started."),
        S("volleyball-final",
          "{city} women's volleyball side reach the final after {small_word} years",
          "{city_ko} 여자배구, {small_n}년 만에 챔피언결정전 진출",
          "The captain says this will be her last season, whatever happens in the final.",
          "The women's volleyball team from {city} reached the championship final for the "
          "first time in {small_word} years."),
        S("hat-trick",
          "{player}'s hat-trick sinks {club2} as {club} climb the table",
          "{player_ko} 해트트릭…{club_ko}, {club2_ko} 꺾고 순위 상승",
          "All three goals came in the second half; the last was a free kick from 25 "
          "metres.",
          "{player} scored three times as {club} beat {club2} to move up the table."),
    ],
}  # fmt: skip


@cache
def _patterns(section_slug):
    """One regular expression per story type of a section, matching its headlines."""
    patterns = []
    for story in STORIES[section_slug]:
        parts = re.split(r"\{[^}]+\}", story.headline)
        patterns.append((story.name, re.compile("(?s)" + ".+?".join(map(re.escape, parts)),
                                                re.IGNORECASE)))  # fmt: skip
    return patterns


def story_types(section_slug, headline):
    """Names of the story types of the section whose template could give ``headline``."""
    return [name for name, pattern in _patterns(section_slug) if pattern.fullmatch(headline)]


def story_type(section_slug, headline):
    """The name of the story type that wrote ``headline``, or None."""
    names = story_types(section_slug, headline)
    return names[0] if len(names) == 1 else None
