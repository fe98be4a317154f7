"""Headline templates: (English headline, Korean original headline, English lede sentence).

Slots are filled from a story's context (see ``prose.story_context``). The Korean line is
used as ``original_headline`` when a story is presented as a translation, so both say the
same thing. Korean slots (``*_ko``) never take a particle that depends on the final
consonant, so every filled headline reads correctly.
"""

HEADLINES = {
    "asia": [
        ("North Korea fires {small_word} ballistic missiles toward the East Sea",
         "북한, 동해상으로 탄도미사일 {small_n}발 발사",
         "North Korea fired {small_word} ballistic missiles toward the East Sea, the joint "
         "chiefs of staff said, the latest in a string of launches this year."),
        ("Seoul and {country} agree to restart security talks after {years}-year pause",
         "한국-{country_ko}, {years}년 만에 안보 대화 재개 합의",
         "South Korea and {country} will hold their first formal security talks in {years} "
         "years, officials from both sides said."),
        ("Separated families in {city} wait for word on reunions",
         "{city_ko} 이산가족들, 상봉 소식 기다려",
         "For the elderly members of separated families living in {city}, every month "
         "without news of reunions is a month lost."),
        ("{country} envoy visits Seoul to discuss supply chains",
         "{country_ko} 특사 방한…공급망 협력 논의",
         "A special envoy from {country} arrived in Seoul for talks on supply chains, "
         "critical minerals and shipping routes."),
        ("Fishing boats from {city} report smaller squid catches as waters warm",
         "{city_ko} 어선들 ‘오징어 어획량 급감’…수온 상승 여파",
         "Fishing crews in {city} say squid catches have fallen by {pct} percent as sea "
         "temperatures climb."),
        ("Defectors in {city} struggle with rising rents, survey finds",
         "{city_ko} 거주 탈북민, 임대료 상승에 어려움…조사 결과",
         "North Korean defectors living in {city} are spending a growing share of their "
         "income on rent, according to a survey by {institute}."),
        ("Yellow dust blankets {city} as air quality alert is raised",
         "{city_ko}에 황사 뒤덮어…대기질 경보 격상",
         "A thick layer of yellow dust settled over {city}, prompting officials to raise "
         "the air quality alert and urge residents to stay indoors."),
        ("Ferry link between {city} and {country} to resume next month",
         "{city_ko}-{country_ko} 여객선 항로 다음 달 재개",
         "Passenger ferries between {city} and {country} will run again from next month "
         "after a suspension of {years} years."),
        ("Pyongyang state media hails new greenhouse farm near border",
         "북한 관영매체, 접경지역 신규 온실농장 선전",
         "North Korean state media devoted several pages to a new greenhouse farm near the "
         "border, describing it as a model for the rest of the country."),
        ("Joint drills off {city} end after {small_word} days",
         "{city_ko} 앞바다 연합훈련 {small_n}일 만에 종료",
         "Naval drills off the coast of {city} ended after {small_word} days, the defence "
         "ministry said."),
        ("{country} and South Korea sign working holiday deal for {n2} young people",
         "한-{country_ko}, 청년 {n2}명 워킹홀리데이 협정 체결",
         "Up to {n2} young people a year will be able to live and work in {country} and "
         "South Korea under a new working holiday agreement."),
    ],
    "world": [
        ("{country} election: what a new coalition means for Korean exporters",
         "{country_ko} 총선…새 연립정부가 한국 수출기업에 미칠 영향",
         "A new coalition government in {country} could change the rules for Korean "
         "companies that sell there, trade officials in Seoul say."),
        ("Koreans stranded in {country} after storm cancels flights",
         "{country_ko}서 폭풍으로 항공편 결항…한국인 발 묶여",
         "Hundreds of Korean travellers were stranded in {country} after a storm forced "
         "airlines to cancel flights."),
        ("{country} lifts import curbs on Korean {food}",
         "{country_ko}, 한국산 {food_ko} 수입 규제 해제",
         "{country} has lifted restrictions on imports of Korean {food}, ending a dispute "
         "that lasted {years} years."),
        ("Korean peacekeepers return from {small_word}-month mission",
         "한국 평화유지군, {small_n}개월 임무 마치고 귀환",
         "A unit of Korean peacekeepers returned home after a {small_word}-month mission, "
         "the defence ministry said."),
        ("{country} opens inquiry into factory fire that injured Korean workers",
         "{country_ko}, 한국인 근로자 다친 공장 화재 조사 착수",
         "Authorities in {country} have opened an inquiry into a factory fire that injured "
         "{small_word} Korean workers."),
        ("Heatwave in {country} tests Korean-built power grid",
         "{country_ko} 폭염…한국이 건설한 전력망 시험대",
         "A heatwave in {country} is putting a power grid built with Korean equipment "
         "through its hardest test yet."),
        ("Korean community in {country} marks {years} years since first arrivals",
         "{country_ko} 한인사회, 첫 이주 {years}주년 기념",
         "The Korean community in {country} marked {years} years since the first families "
         "arrived."),
        ("{country} and Seoul trade barbs over fishing rights",
         "{country_ko}-한국, 어업권 두고 설전",
         "Officials in {country} and Seoul exchanged sharp words over fishing rights in "
         "waters both sides claim."),
        ("Aid convoy from Seoul reaches flood-hit towns in {country}",
         "한국 구호물자, {country_ko} 홍수 피해 지역 도착",
         "A convoy carrying Korean aid reached towns in {country} that were cut off by "
         "floods."),
        ("Foreign ministers of Korea and {country} pledge closer ties",
         "한-{country_ko} 외교장관, 관계 강화 약속",
         "The foreign ministers of South Korea and {country} pledged to deepen ties in "
         "energy, education and defence."),
    ],
    "politics": [
        ("National Assembly passes {bill} bill after {small_word}-hour debate",
         "국회, {small_n}시간 토론 끝에 {bill_ko} 법안 통과",
         "The National Assembly passed a bill on {bill} after a debate that lasted "
         "{small_word} hours."),
        ("Ruling party unveils {city} housing pledge ahead of by-election",
         "여당, 보궐선거 앞두고 {city_ko} 주택 공약 발표",
         "The ruling party promised {n2} new homes in {city} as it campaigns for a "
         "by-election there."),
        ("Opposition walks out of budget talks over {bill} funding",
         "야당, {bill_ko} 예산 두고 협상 퇴장",
         "Opposition lawmakers walked out of budget talks, accusing the government of "
         "underfunding {bill}."),
        ("Mayor of {city} faces recall petition over tram project",
         "{city_ko}시장, 트램 사업 두고 주민소환 청구 직면",
         "Residents of {city} have started collecting signatures to recall the mayor over a "
         "tram project that has run over budget."),
        ("President's approval rating slips to {poll} percent, poll shows",
         "대통령 지지율 {poll}%로 하락…여론조사",
         "The president's approval rating fell to {poll} percent, according to a survey by "
         "{institute}."),
        ("Lawmakers clash over plan to move more ministries to Sejong",
         "정부부처 세종 추가 이전 계획 두고 여야 충돌",
         "A plan to move more government ministries to Sejong has split lawmakers, "
         "including some within the same party."),
        ("Early voting turnout in {city} hits {poll} percent",
         "{city_ko} 사전투표율 {poll}% 기록",
         "Early voting turnout in {city} reached {poll} percent, election officials said."),
        ("Court rules on campaign finance case against {city} councillor",
         "법원, {city_ko} 시의원 정치자금법 사건 판결",
         "A court in {city} ruled on a campaign finance case against a member of the city "
         "council."),
        ("Parties agree to lower the age limit for local council candidates",
         "여야, 지방의원 출마 연령 하향 합의",
         "The two main parties agreed to let younger people stand for local councils."),
        ("New party launched in {city} promises to put young voters first",
         "{city_ko}서 신당 창당…청년층 공략 내세워",
         "A new political party was launched in {city}, promising to put young voters at "
         "the centre of its programme."),
        ("Prime minister orders review of {bill} rules",
         "국무총리, {bill_ko} 규정 재검토 지시",
         "The prime minister ordered a review of the rules on {bill}."),
    ],
    "business": [
        ("{company} posts {pct} percent jump in quarterly profit",
         "{company_ko}, 분기 영업이익 {pct}% 급증",
         "{company} reported a {pct} percent rise in quarterly operating profit."),
        ("Exports rise for {small_word} straight months on chip demand",
         "수출 {small_n}개월 연속 증가…반도체 수요 견인",
         "South Korea's exports rose for the {small_ordinal} month in a row, led by demand "
         "for memory chips."),
        ("{company} to build {amount} trillion won plant in {city}",
         "{company_ko}, {city_ko}에 {amount}조 원 규모 공장 건설",
         "{company} will invest {amount} trillion won in a new plant in {city}."),
        ("Won weakens past {fx} per dollar as investors turn cautious",
         "원·달러 환율 {fx}원 돌파…투자심리 위축",
         "The won weakened past {fx} per dollar as foreign investors sold local shares."),
        ("Central bank holds rate at {rate} percent, signals patience",
         "통화당국, 기준금리 {rate}% 동결…신중 기조",
         "The central bank kept its benchmark interest rate at {rate} percent."),
        ("Apartment prices in {city} fall for {small_word} weeks in a row",
         "{city_ko} 아파트값 {small_n}주 연속 하락",
         "Apartment prices in {city} fell for the {small_ordinal} week in a row."),
        ("{company} and {company2} sign battery supply pact",
         "{company_ko}-{company2_ko}, 배터리 공급 협약 체결",
         "{company} and {company2} signed a long-term agreement on battery supplies."),
        ("Shipbuilders in {city} win orders for {small_word} gas carriers",
         "{city_ko} 조선업계, LNG 운반선 {small_n}척 수주",
         "Shipyards in {city} won orders for {small_word} liquefied natural gas carriers."),
        ("Retailers brace for a slow holiday season as prices climb",
         "물가 상승에 유통업계 ‘연휴 특수 실종’ 우려",
         "Retailers are preparing for a quiet holiday season as shoppers cut back."),
        ("{company} chief steps down after {years} years at the helm",
         "{company_ko} 대표, {years}년 만에 퇴진",
         "The chief executive of {company} is stepping down after {years} years."),
        ("Small firms in {city} say labour shortage is getting worse",
         "{city_ko} 중소기업 ‘인력난 갈수록 심화’",
         "Small manufacturers in {city} say they cannot find enough workers."),
        ("Trade deficit with {country} narrows to lowest in {years} years",
         "대{country_ko} 무역적자, {years}년 만에 최저",
         "South Korea's trade deficit with {country} narrowed to its lowest level in "
         "{years} years."),
    ],
    "tech": [
        ("{company} unveils {product} aimed at global buyers",
         "{company_ko}, 글로벌 시장 겨냥 {product_ko} 공개",
         "{company} unveiled {product}, which it hopes to sell well beyond Korea."),
        ("Start-ups in {city} raise {bn} billion won as AI boom spreads",
         "{city_ko} 스타트업, AI 열풍 속 {bn_ko}억 원 투자 유치",
         "Start-ups based in {city} raised {bn} billion won, a sign the boom in artificial "
         "intelligence is spreading beyond the capital."),
        ("Government sets aside funds for chip research in {city}",
         "정부, {city_ko}에 반도체 연구 예산 배정",
         "The government will fund a new semiconductor research centre in {city}."),
        ("Data breach at {company} exposes records of {n} customers",
         "{company_ko} 정보 유출…고객 {n}명 피해",
         "{company} said personal data of {n} customers had been exposed in a breach."),
        ("Self-driving buses begin trial runs in {city}",
         "{city_ko}서 자율주행 버스 시범운행 시작",
         "Self-driving buses began carrying passengers in {city} as part of a trial."),
        ("{company} bets on mobile games for overseas growth",
         "{company_ko}, 해외 성장 위해 모바일 게임에 승부수",
         "{company} is betting on mobile games to grow outside Korea."),
        ("Telecom operators promise cheaper 5G plans by year end",
         "이통사, 연내 5G 요금제 인하 약속",
         "The country's mobile operators promised cheaper 5G plans before the end of the "
         "year."),
        ("Researchers in {city} report battery breakthrough",
         "{city_ko} 연구진, 배터리 기술 돌파구 발표",
         "Researchers in {city} say they have found a way to make batteries charge "
         "{pct} percent faster."),
        ("Regulator fines {company} over app store payments",
         "규제당국, 인앱결제 관련 {company_ko}에 과징금 부과",
         "The communications regulator fined {company} over the way it handles payments "
         "in its app store."),
        ("Chip output rises {pct} percent as demand for AI servers grows",
         "AI 서버 수요 증가에 반도체 생산 {pct}% 증가",
         "Semiconductor output rose {pct} percent as data centres bought more memory."),
        ("{company} opens robotics lab in {city} to train {n2} engineers",
         "{company_ko}, {city_ko}에 로봇 연구소 개소…엔지니어 {n2}명 양성",
         "{company} opened a robotics lab in {city} that will train {n2} engineers."),
    ],
    "culture": [
        ("{group} returns with first album in {small_word} years",
         "{group_ko}, {small_n}년 만에 새 앨범으로 컴백",
         "{group} released its first album in {small_word} years."),
        ("Drama '{title}' tops streaming charts in {small_word} countries",
         "드라마 ‘{title_ko}’, {small_n}개국 스트리밍 1위",
         "The drama '{title}' reached the top of streaming charts in {small_word} "
         "countries."),
        ("Film festival in {city} opens with record {n2} screenings",
         "{city_ko} 영화제 개막…역대 최다 {n2}회 상영",
         "The film festival in {city} opened with a record {n2} screenings."),
        ("Museum in {city} returns {small_word} Joseon-era scrolls to their temple",
         "{city_ko} 박물관, 조선시대 두루마리 {small_n}점 사찰에 반환",
         "A museum in {city} returned {small_word} scrolls from the Joseon era to the "
         "temple they came from."),
        ("'{title}' director on filming in the alleys of {city}",
         "‘{title_ko}’ 감독이 말하는 {city_ko} 골목 촬영기",
         "The director of '{title}' spent months in the alleys of {city} before filming a "
         "single scene."),
        ("Fans queue overnight in {city} for {group} concert tickets",
         "{group_ko} 콘서트 티켓 위해 {city_ko}서 밤샘 줄서기",
         "Fans of {group} queued overnight in {city} for a chance to buy concert tickets."),
        ("Publishers report a rise in poetry sales among readers in their 20s",
         "20대 독자 사이 시집 판매 증가",
         "Sales of poetry books to readers in their 20s rose {pct} percent, publishers "
         "said."),
        ("Traditional music troupe from {city} to tour {country}",
         "{city_ko} 국악단, {country_ko} 순회공연 나서",
         "A traditional music troupe from {city} will perform in {small_word} cities in "
         "{country}."),
        ("Webtoon '{title}' to be adapted into a musical",
         "웹툰 ‘{title_ko}’, 뮤지컬로 제작",
         "The webtoon '{title}' will be adapted into a stage musical."),
        ("Hanbok rental shops near palaces see demand surge",
         "고궁 인근 한복 대여점 수요 급증",
         "Shops that rent out hanbok near Seoul's palaces say demand has risen {pct} "
         "percent."),
    ],
    "lifestyle": [
        ("Why more people in {city} are trading cars for e-bikes",
         "{city_ko} 시민들, 자동차 대신 전기자전거 선택하는 이유",
         "More commuters in {city} are leaving their cars at home and riding electric "
         "bicycles."),
        ("A guide to eating well at {city}'s traditional markets",
         "{city_ko} 전통시장 맛집 탐방 가이드",
         "The traditional markets of {city} reward anyone willing to arrive hungry."),
        ("Single-person households now make up {share} percent of homes",
         "1인 가구, 전체 가구의 {share}% 차지",
         "People living alone now make up {share} percent of all households."),
        ("Coffee prices climb as cafes in {city} pass on bean costs",
         "원두값 상승에 {city_ko} 카페 커피값 인상",
         "Cafes in {city} are raising prices as the cost of coffee beans climbs."),
        ("Hiking trails near {city} draw record crowds",
         "{city_ko} 인근 등산로, 역대 최다 인파",
         "Trails in the hills around {city} drew record numbers of hikers."),
        ("Pet insurance sign-ups double in {small_word} years",
         "반려동물 보험 가입 {small_n}년 새 두 배",
         "The number of pet insurance policies has doubled in {small_word} years."),
        ("Night markets return to {city} with {n2} stalls",
         "{city_ko} 야시장 재개장…노점 {n2}곳 운영",
         "Night markets are back in {city}, with {n2} stalls selling food and crafts."),
        ("Temple stays attract foreign visitors looking for quiet",
         "고요함 찾는 외국인, 템플스테이 인기",
         "Foreign visitors are booking temple stays in growing numbers."),
        ("Kimchi-making season: families in {city} share their recipes",
         "김장철…{city_ko} 가정들의 김치 비법",
         "For families in {city}, making kimchi together is a ritual that few want to "
         "give up."),
        ("Public baths in {city} adapt to a changing clientele",
         "{city_ko} 목욕탕, 달라진 손님에 변신 중",
         "The public bathhouses of {city} are changing to win new customers."),
    ],
    "sports": [
        ("{team} beat {team2} {score} to go top of the standings",
         "{team_ko}, {team2_ko}에 {score} 승리…선두 도약",
         "The {team} beat the {team2} {score} to move to the top of the standings."),
        ("{team} sign {country} forward on {small_word}-year deal",
         "{team_ko}, {country_ko} 출신 공격수와 {small_n}년 계약",
         "The {team} have signed a forward from {country} on a {small_word}-year contract."),
        ("Marathon in {city} draws {n} runners",
         "{city_ko} 마라톤, {n}명 참가",
         "Some {n} runners took part in the marathon in {city}."),
        ("Esports team from {city} qualifies for world finals",
         "{city_ko} e스포츠팀, 세계 결승 진출",
         "An esports team from {city} qualified for the world finals."),
        ("National team coach names {small_word} newcomers for qualifiers",
         "대표팀 감독, 예선 명단에 새 얼굴 {small_n}명 발탁",
         "The national team coach named {small_word} uncapped players in the squad for the "
         "qualifiers."),
        ("{team} manager sacked after {small_word} straight defeats",
         "{team_ko} 감독, {small_n}연패 끝에 경질",
         "The {team} sacked their manager after {small_word} straight defeats."),
        ("Archers from {city} sweep national championships",
         "{city_ko} 양궁 선수들, 전국선수권 싹쓸이",
         "Archers from {city} won every title at the national championships."),
        ("New stadium in {city} to open with {n} seats",
         "{city_ko} 새 경기장, {n}석 규모로 개장",
         "A new stadium with {n} seats will open in {city}."),
        ("{team} rally from {small_word} runs down to beat {team2}",
         "{team_ko}, {small_n}점 차 뒤집고 {team2_ko} 제압",
         "The {team} came back from {small_word} runs down to beat the {team2}."),
        ("Short-track skaters train in {city} ahead of world cup",
         "쇼트트랙 대표팀, 월드컵 앞두고 {city_ko} 훈련",
         "The short-track speed skating team is training in {city} before the world cup."),
    ],
}  # fmt: skip

DEKS = {
    "asia": [
        "{person}, {person_role}, says the next few weeks will show how seriously both "
        "sides take it.",
        "Officials in Seoul are watching closely; so are people in {city}.",
        "The move follows months of tension along the border and at sea.",
    ],
    "world": [
        "The decision matters to Korean exporters, students and families in {country}.",
        "Seoul hopes the step will open the way to broader cooperation with {country}.",
        "{person}, {person_role}, says the effects will be felt in {city} first.",
    ],
    "politics": [
        "Both main parties are positioning themselves before the next election.",
        "Critics say the plan leaves the hardest questions for later.",
        "{person}, {person_role}, says voters in {city} will decide whether it works.",
    ],
    "business": [
        "Analysts at {institute} expect the effect to show up in the next quarter's numbers.",
        "The figures point to a recovery that is real but uneven.",
        "{person}, {person_role}, says households will feel it before companies do.",
    ],
    "tech": [
        "The company says it can compete with the biggest names in the industry.",
        "{person}, {person_role}, says the real test will be whether people use it.",
        "The move is part of a wider push to make {city} a technology hub.",
    ],
    "culture": [
        "Fans, critics and the industry are watching what comes next.",
        "{person}, {person_role}, says it shows how far Korean culture now travels.",
        "It is the latest sign of growing interest in work from outside Seoul.",
    ],
    "lifestyle": [
        "Prices, habits and a changing population are all part of the story.",
        "{person}, {person_role}, says the change has been years in the making.",
        "What started in {city} is spreading to other cities.",
    ],
    "sports": [
        "The result leaves the rest of the league with plenty to think about.",
        "{person}, {person_role}, says the club has finally found its rhythm.",
        "Supporters in {city} will be hoping the run continues.",
    ],
}  # fmt: skip
