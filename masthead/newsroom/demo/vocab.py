"""The demo newsroom's fixed cast: sections, tags, bylines, and invented names to quote.

Every person, company, team, band, title and outlet here is made up. Places and
countries are real; they only give the invented stories somewhere to happen. Pairs are
(English, Korean) so a headline can be written in both languages.
"""

# (name, slug, description, weight in the article mix, ministry quoted by its stories)
SECTIONS = [
    ("Asia", "asia", "The Korean Peninsula and its neighbours.", 18, "the foreign ministry"),
    ("World", "world", "Korea's ties with the rest of the world.", 10, "the foreign ministry"),
    ("Politics", "politics", "The National Assembly, parties and local government.", 16,
     "the interior ministry"),
    ("Business", "business", "Markets, companies, trade and the cost of living.", 18,
     "the finance ministry"),
    ("Tech", "tech", "Chips, batteries, start-ups and the people who build them.", 14,
     "the science ministry"),
    ("Culture", "culture", "Music, film, drama, books and heritage.", 9, "the culture ministry"),
    ("Lifestyle", "lifestyle", "How people live, eat, travel and spend.", 8,
     "the health ministry"),
    ("Sports", "sports", "Baseball, football, esports and the national teams.", 7,
     "the sports council"),
]  # fmt: skip

# (name, slug) and the sections whose stories usually carry the tag.
TAGS = [
    ("North Korea", "north-korea", ["asia", "politics"]),
    ("South Korea", "south-korea", ["asia", "politics", "world"]),
    ("Japan", "japan", ["asia", "world", "business"]),
    ("China", "china", ["asia", "world", "business"]),
    ("United States", "united-states", ["world", "asia"]),
    ("Diplomacy", "diplomacy", ["asia", "world"]),
    ("Defence", "defence", ["asia", "politics"]),
    ("Elections", "elections", ["politics"]),
    ("National Assembly", "national-assembly", ["politics"]),
    ("Local government", "local-government", ["politics", "lifestyle"]),
    ("Courts", "courts", ["politics"]),
    ("Economy", "economy", ["business", "politics"]),
    ("Trade", "trade", ["business", "world"]),
    ("Exports", "exports", ["business"]),
    ("Semiconductors", "semiconductors", ["tech", "business"]),
    ("Batteries", "batteries", ["tech", "business"]),
    ("Electric vehicles", "electric-vehicles", ["tech", "business"]),
    ("Shipbuilding", "shipbuilding", ["business"]),
    ("Start-ups", "startups", ["tech", "business"]),
    ("Artificial intelligence", "artificial-intelligence", ["tech"]),
    ("Smartphones", "smartphones", ["tech"]),
    ("Telecoms", "telecoms", ["tech"]),
    ("Housing", "housing", ["business", "lifestyle", "politics"]),
    ("Interest rates", "interest-rates", ["business"]),
    ("Inflation", "inflation", ["business", "lifestyle"]),
    ("Labour", "labour", ["business", "politics"]),
    ("Climate", "climate", ["world", "asia", "lifestyle"]),
    ("Energy", "energy", ["business", "world"]),
    ("Environment", "environment", ["asia", "lifestyle"]),
    ("Public health", "public-health", ["lifestyle", "politics"]),
    ("Education", "education", ["politics", "lifestyle"]),
    ("Demographics", "demographics", ["lifestyle", "politics"]),
    ("K-pop", "k-pop", ["culture"]),
    ("Film", "film", ["culture"]),
    ("Drama", "drama", ["culture"]),
    ("Books", "books", ["culture"]),
    ("Heritage", "heritage", ["culture", "lifestyle"]),
    ("Food", "food", ["lifestyle"]),
    ("Travel", "travel", ["lifestyle"]),
    ("Tourism", "tourism", ["lifestyle", "business"]),
    ("Transport", "transport", ["lifestyle", "tech"]),
    ("Baseball", "baseball", ["sports"]),
    ("Football", "football", ["sports"]),
    ("Esports", "esports", ["sports", "tech"]),
]

# Invented bylines: (name, slug, e-mail local part, home section slug, bio).
AUTHORS = [
    ("Yoon Da-hye", "yoon-da-hye", "dahye.yoon", "asia",
     "Yoon Da-hye covers North Korea and inter-Korean relations from Seoul. She joined the "
     "Herald after six years on a regional daily's foreign desk."),
    ("Seo Ga-yeong", "seo-ga-yeong", "gayeong.seo", "asia",
     "Seo Ga-yeong reports on the Korean Peninsula's neighbours, with a focus on Japan and "
     "maritime disputes. She reads Japanese and Mandarin."),
    ("Clara Whitcombe", "clara-whitcombe", "clara.whitcombe", "world",
     "Clara Whitcombe edits the World section and writes about Korea's diplomacy. She "
     "previously reported from Jakarta and Nairobi."),
    ("Tomasz Wielgosz", "tomasz-wielgosz", "tomasz.wielgosz", "world",
     "Tomasz Wielgosz writes about Korea's trade partners in Europe and Central Asia from "
     "the Herald's Seoul office."),
    ("Kwon Tae-min", "kwon-tae-min", "taemin.kwon", "politics",
     "Kwon Tae-min is the Herald's National Assembly correspondent. He has covered "
     "three general elections."),
    ("Jeon Ha-rin", "jeon-ha-rin", "harin.jeon", "politics",
     "Jeon Ha-rin covers local government, the courts and election law."),
    ("Bae Ji-an", "bae-ji-an", "jian.bae", "business",
     "Bae Ji-an writes about markets, monetary policy and household debt."),
    ("Ha Min-seok", "ha-min-seok", "minseok.ha", "business",
     "Ha Min-seok covers manufacturing, shipbuilding and the carmakers of the south-east."),
    ("Ryu Han-gyeol", "ryu-han-gyeol", "hangyeol.ryu", "tech",
     "Ryu Han-gyeol reports on chips, batteries and the start-ups around Pangyo."),
    ("Daniel Ferreira-Lund", "daniel-ferreira-lund", "daniel.ferreiralund", "tech",
     "Daniel Ferreira-Lund writes about telecoms, privacy and how Koreans use technology."),
    ("Nam Eun-chae", "nam-eun-chae", "eunchae.nam", "culture",
     "Nam Eun-chae covers film, television drama and the music industry."),
    ("Ingrid Sollberg", "ingrid-sollberg", "ingrid.sollberg", "culture",
     "Ingrid Sollberg writes about books, museums and heritage, and edits the weekend pages."),
    ("Amara Okonkwo-Reyes", "amara-okonkwo-reyes", "amara.okonkworeyes", "lifestyle",
     "Amara Okonkwo-Reyes covers food, travel and city life for the Lifestyle section."),
    ("Gu Ji-hwan", "gu-ji-hwan", "jihwan.gu", "sports",
     "Gu Ji-hwan covers baseball, football and the national teams."),
    ("Pyo Jun-seo", "pyo-jun-seo", "junseo.pyo", "sports",
     "Pyo Jun-seo writes about esports, athletics and sport in the regions."),
]  # fmt: skip

# The byline that the demo account "writer" writes under.
WRITER_AUTHOR_SLUG = "ryu-han-gyeol"

# Invented Korean outlets that translated stories are credited to.
OUTLETS = [
    ("Dongbang Sinmun", "dongbang"),
    ("Saenal Ilbo", "saenal"),
    ("Haeoreum News", "haeoreum"),
    ("Seohae Broadcasting", "seohae"),
    ("Nuri Economic Daily", "nuri-economic"),
    ("Pureun Weekly", "pureun"),
]

CITIES = [
    ("Seoul", "서울"), ("Busan", "부산"), ("Incheon", "인천"), ("Daegu", "대구"),
    ("Daejeon", "대전"), ("Gwangju", "광주"), ("Ulsan", "울산"), ("Suwon", "수원"),
    ("Changwon", "창원"), ("Jeonju", "전주"), ("Cheongju", "청주"), ("Pohang", "포항"),
    ("Gangneung", "강릉"), ("Jeju", "제주"), ("Sejong", "세종"), ("Chuncheon", "춘천"),
    ("Yeosu", "여수"), ("Gyeongju", "경주"), ("Pyeongtaek", "평택"), ("Mokpo", "목포"),
]  # fmt: skip

COUNTRIES = [
    ("Japan", "일본"), ("China", "중국"), ("Vietnam", "베트남"), ("Indonesia", "인도네시아"),
    ("India", "인도"), ("Australia", "호주"), ("Germany", "독일"), ("France", "프랑스"),
    ("Mongolia", "몽골"), ("Canada", "캐나다"), ("Poland", "폴란드"), ("Brazil", "브라질"),
    ("Thailand", "태국"), ("Kazakhstan", "카자흐스탄"), ("Mexico", "멕시코"),
    ("Singapore", "싱가포르"),
]  # fmt: skip

COMPANIES = [
    ("Hanbyeol Industries", "한별산업"), ("Seorim Systems", "서림시스템"),
    ("Daeyang Group", "대양그룹"), ("Gaon Technologies", "가온테크놀로지"),
    ("Pureun Holdings", "푸른홀딩스"), ("Bitna Corp", "빛나코퍼레이션"),
    ("Yeoul Group", "여울그룹"), ("Dasom Tech", "다솜테크"),
    ("Sori Networks", "소리네트웍스"), ("Haeon Heavy Industries", "해온중공업"),
    ("Garam Chemical", "가람화학"), ("Doran Labs", "도란랩스"),
]  # fmt: skip

TEAMS = [
    ("Incheon Harriers", "인천 해리어스"), ("Daegu Comets", "대구 코메츠"),
    ("Gwangju Falcons", "광주 팰컨스"), ("Daejeon Pioneers", "대전 파이어니어스"),
    ("Suwon Kestrels", "수원 케스트럴스"), ("Jeonju Cranes", "전주 크레인스"),
    ("Cheongju Otters", "청주 오터스"), ("Seoul Lanterns", "서울 랜턴스"),
]  # fmt: skip

GROUPS = [
    ("Silver Tide", "실버 타이드"), ("Paper Lantern", "페이퍼 랜턴"),
    ("Northbound", "노스바운드"), ("Velvet Orbit", "벨벳 오빗"),
    ("Glasshouse", "글래스하우스"), ("Moon Kettle", "문 케틀"),
]  # fmt: skip

TITLES = [
    ("The Salt Road", "소금길"), ("Winter Harbour", "겨울 항구"),
    ("Last Train to Mokpo", "목포행 막차"), ("A House on Namsan", "남산의 집"),
    ("Seven Lamps", "일곱 개의 등불"), ("The Quiet Ferry", "조용한 나룻배"),
]  # fmt: skip

PRODUCTS = [
    ("a foldable tablet", "폴더블 태블릿"), ("an AI chip for data centres", "데이터센터용 AI 칩"),
    ("a home robot", "가정용 로봇"), ("a solid-state battery", "전고체 배터리"),
    ("a translation earpiece", "통역 이어폰"), ("a test network for 6G", "6G 시험망"),
]  # fmt: skip

BILLS = [
    ("rental deposit protection", "전세보증금 보호"),
    ("delivery worker safety", "배달 노동자 안전"),
    ("data privacy", "개인정보 보호"), ("free school breakfasts", "무상 아침급식"),
    ("rural clinic funding", "농촌 의료 지원"), ("disaster text alerts", "재난문자 개선"),
]  # fmt: skip

FOODS = [
    ("strawberries", "딸기"), ("ginseng", "인삼"), ("kimchi", "김치"), ("pears", "배"),
    ("dried laver", "김"), ("instant noodles", "라면"),
]  # fmt: skip

SURNAMES = [
    "Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han",
    "Oh", "Shin", "Kwon", "Hwang", "Ahn", "Song", "Yoo", "Hong", "Baek",
]  # fmt: skip
GIVEN_NAMES = [
    "Min-jun", "Seo-yeon", "Ji-hoon", "Ha-eun", "Do-yun", "Su-bin", "Ye-jin", "Hyun-woo",
    "Eun-seo", "Tae-yang", "Na-rae", "Woo-jin", "Da-som", "Jae-won", "Bo-ra", "Sang-hoon",
    "Mi-kyung", "Young-ho", "Ga-eun", "Seung-ah",
]  # fmt: skip

INSTITUTES = [
    "the Namsan Institute", "the Hanbaek Policy Centre", "the Saeam Economic Forum",
    "the Korea Coastal Research Group", "the Daebong Foundation", "Gilmok Research",
]  # fmt: skip
UNIVERSITIES = [
    "Saeam University", "Hanbaek University", "Gilmok National University",
    "Daebong Women's University", "Namhae University",
]  # fmt: skip

# Who is quoted, by section; {institute} and {university} are filled per story.
ROLES = {
    "asia": ["a researcher at {institute}", "a professor of North Korean studies at {university}",
             "a former diplomat who now teaches at {university}"],
    "world": ["a professor of international relations at {university}",
              "a senior fellow at {institute}", "a former trade negotiator"],
    "politics": ["a political scientist at {university}", "a pollster at {institute}",
                 "a former campaign adviser"],
    "business": ["an economist at {institute}", "a credit analyst at {institute}",
                 "a professor of business at {university}"],
    "tech": ["a researcher at {institute}", "an engineer who advises start-ups",
             "a professor of computer science at {university}"],
    "culture": ["a critic who lectures at {university}", "a festival programmer",
                "a music industry consultant"],
    "lifestyle": ["a sociologist at {university}", "a consumer researcher at {institute}",
                  "a city planner"],
    "sports": ["a former national team player", "a sports economist at {university}",
               "a youth coach"],
}  # fmt: skip

SMALL_WORDS = ["two", "three", "four", "five", "six", "seven", "eight", "nine"]
