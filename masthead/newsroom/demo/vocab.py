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
    ("Gimhae", "김해"), ("Goyang", "고양"), ("Yongin", "용인"), ("Seongnam", "성남"),
    ("Cheonan", "천안"), ("Gumi", "구미"), ("Andong", "안동"), ("Wonju", "원주"),
    ("Suncheon", "순천"), ("Tongyeong", "통영"), ("Sokcho", "속초"), ("Gunsan", "군산"),
    ("Jinju", "진주"), ("Paju", "파주"), ("Chungju", "충주"), ("Iksan", "익산"),
]  # fmt: skip

# Cities on the coast, for stories about ports, fishing and the sea.
PORTS = [
    ("Busan", "부산"), ("Incheon", "인천"), ("Ulsan", "울산"), ("Pohang", "포항"),
    ("Gangneung", "강릉"), ("Jeju", "제주"), ("Yeosu", "여수"), ("Mokpo", "목포"),
    ("Tongyeong", "통영"), ("Geoje", "거제"), ("Sokcho", "속초"), ("Gunsan", "군산"),
    ("Pyeongtaek", "평택"), ("Samcheok", "삼척"), ("Boryeong", "보령"), ("Wando", "완도"),
]  # fmt: skip

# Towns near the inter-Korean border.
BORDER_TOWNS = [
    ("Paju", "파주"), ("Cheorwon", "철원"), ("Yeoncheon", "연천"), ("Hwacheon", "화천"),
    ("Goseong", "고성"), ("Ganghwa", "강화"), ("Gimpo", "김포"), ("Yanggu", "양구"),
]  # fmt: skip

# North Korean cities and provinces, for news from the North.
NK_CITIES = [
    ("Pyongyang", "평양"), ("Wonsan", "원산"), ("Hamhung", "함흥"), ("Sinpo", "신포"),
    ("Nampo", "남포"), ("Sinuiju", "신의주"), ("Hyesan", "혜산"), ("Chongjin", "청진"),
    ("Kaesong", "개성"),
]  # fmt: skip
NK_PROVINCES = [
    ("North Hamgyong", "함경북도"), ("South Hamgyong", "함경남도"), ("Ryanggang", "양강도"),
    ("Jagang", "자강도"), ("North Pyongan", "평안북도"), ("South Pyongan", "평안남도"),
    ("North Hwanghae", "황해북도"), ("South Hwanghae", "황해남도"),
]  # fmt: skip

# Foreign ports with (real) ferry routes to Korea.
FERRY_PORTS = [
    ("Fukuoka", "후쿠오카"), ("Shimonoseki", "시모노세키"), ("Osaka", "오사카"),
    ("Qingdao", "칭다오"), ("Dalian", "다롄"), ("Weihai", "웨이하이"), ("Tianjin", "톈진"),
    ("Vladivostok", "블라디보스토크"), ("Tsushima", "쓰시마"),
]  # fmt: skip

PROVINCES = [
    ("Gyeonggi", "경기"), ("Gangwon", "강원"), ("North Chungcheong", "충북"),
    ("South Chungcheong", "충남"), ("North Jeolla", "전북"), ("South Jeolla", "전남"),
    ("North Gyeongsang", "경북"), ("South Gyeongsang", "경남"), ("Jeju", "제주"),
]  # fmt: skip

MOUNTAINS = [
    ("Jirisan", "지리산"), ("Seoraksan", "설악산"), ("Hallasan", "한라산"),
    ("Bukhansan", "북한산"), ("Deogyusan", "덕유산"), ("Odaesan", "오대산"),
    ("Sobaeksan", "소백산"), ("Naejangsan", "내장산"), ("Gayasan", "가야산"),
    ("Woraksan", "월악산"),
]  # fmt: skip

RIVERS = [
    ("Han River", "한강"), ("Nakdong River", "낙동강"), ("Geum River", "금강"),
    ("Yeongsan River", "영산강"), ("Seomjin River", "섬진강"), ("Taehwa River", "태화강"),
]  # fmt: skip

COUNTRIES = [
    ("Japan", "일본"), ("China", "중국"), ("Vietnam", "베트남"), ("Indonesia", "인도네시아"),
    ("India", "인도"), ("Australia", "호주"), ("Germany", "독일"), ("France", "프랑스"),
    ("Mongolia", "몽골"), ("Canada", "캐나다"), ("Poland", "폴란드"), ("Brazil", "브라질"),
    ("Thailand", "태국"), ("Kazakhstan", "카자흐스탄"), ("Mexico", "멕시코"),
    ("Singapore", "싱가포르"), ("the Philippines", "필리핀"), ("Malaysia", "말레이시아"),
    ("Uzbekistan", "우즈베키스탄"), ("Turkey", "튀르키예"), ("Egypt", "이집트"),
    ("Kenya", "케냐"), ("Chile", "칠레"), ("Peru", "페루"), ("Saudi Arabia", "사우디아라비아"),
    ("Spain", "스페인"), ("Italy", "이탈리아"), ("Sweden", "스웨덴"), ("Hungary", "헝가리"),
    ("New Zealand", "뉴질랜드"), ("Cambodia", "캄보디아"), ("Argentina", "아르헨티나"),
    ("Colombia", "콜롬비아"), ("Nigeria", "나이지리아"), ("Romania", "루마니아"),
    ("Norway", "노르웨이"), ("Portugal", "포르투갈"), ("Czechia", "체코"),
]  # fmt: skip

# Where seasonal and migrant workers in Korea come from.
LABOUR_COUNTRIES = [
    ("Vietnam", "베트남"), ("the Philippines", "필리핀"), ("Cambodia", "캄보디아"),
    ("Laos", "라오스"), ("Mongolia", "몽골"), ("Uzbekistan", "우즈베키스탄"),
    ("Nepal", "네팔"), ("Indonesia", "인도네시아"), ("Sri Lanka", "스리랑카"),
    ("Bangladesh", "방글라데시"), ("Kyrgyzstan", "키르기스스탄"), ("Thailand", "태국"),
]  # fmt: skip

# Where Korean children were adopted abroad.
ADOPTIVE_COUNTRIES = [
    ("the United States", "미국"), ("France", "프랑스"), ("Sweden", "스웨덴"),
    ("Norway", "노르웨이"), ("Denmark", "덴마크"), ("the Netherlands", "네덜란드"),
    ("Belgium", "벨기에"), ("Australia", "호주"), ("Canada", "캐나다"), ("Germany", "독일"),
]  # fmt: skip

# Korean cities that host summits and ministerial meetings.
HOST_CITIES = [
    ("Seoul", "서울"), ("Busan", "부산"), ("Jeju", "제주"), ("Incheon", "인천"),
    ("Gyeongju", "경주"), ("Gangneung", "강릉"), ("Yeosu", "여수"),
]  # fmt: skip

# The Asia section's stories stay in the neighbourhood.
ASIAN_COUNTRIES = [
    ("Japan", "일본"), ("China", "중국"), ("Vietnam", "베트남"), ("Indonesia", "인도네시아"),
    ("India", "인도"), ("Mongolia", "몽골"), ("Thailand", "태국"), ("Singapore", "싱가포르"),
    ("the Philippines", "필리핀"), ("Malaysia", "말레이시아"), ("Cambodia", "캄보디아"),
    ("Kazakhstan", "카자흐스탄"), ("Uzbekistan", "우즈베키스탄"), ("Laos", "라오스"),
    ("Bangladesh", "방글라데시"), ("Nepal", "네팔"),
]  # fmt: skip

COMPANIES = [
    ("Hanbyeol Industries", "한별산업"), ("Seorim Systems", "서림시스템"),
    ("Daeyang Group", "대양그룹"), ("Gaon Technologies", "가온테크놀로지"),
    ("Pureun Holdings", "푸른홀딩스"), ("Bitna Corp", "빛나코퍼레이션"),
    ("Yeoul Group", "여울그룹"), ("Dasom Tech", "다솜테크"),
    ("Sori Networks", "소리네트웍스"), ("Haeon Heavy Industries", "해온중공업"),
    ("Garam Chemical", "가람화학"), ("Doran Labs", "도란랩스"),
    ("Saebyeok Foods", "새벽식품"), ("Gureum Logistics", "구름로지스틱스"),
    ("Byeolbit Bio", "별빛바이오"), ("Nadeul Retail", "나들리테일"),
    ("Seoha Energy", "서하에너지"), ("Maru Battery", "마루배터리"),
    ("Saerom Shipping", "새롬해운"), ("Gyeol Cosmetics", "결코스메틱"),
    ("Dodam Pharmaceutical", "도담제약"), ("Gangbyeon Steel", "강변제철"),
]  # fmt: skip

# Companies for stories where only some kinds of company make sense.
MAKERS = [
    ("Hanbyeol Industries", "한별산업"), ("Daeyang Group", "대양그룹"),
    ("Garam Chemical", "가람화학"), ("Gangbyeon Steel", "강변제철"),
    ("Maru Battery", "마루배터리"), ("Byeolbit Bio", "별빛바이오"),
    ("Dodam Pharmaceutical", "도담제약"), ("Saebyeok Foods", "새벽식품"),
    ("Gyeol Cosmetics", "결코스메틱"), ("Seoha Energy", "서하에너지"),
]  # fmt: skip
TECH_COMPANIES = [
    ("Seorim Systems", "서림시스템"), ("Gaon Technologies", "가온테크놀로지"),
    ("Bitna Corp", "빛나코퍼레이션"), ("Dasom Tech", "다솜테크"),
    ("Sori Networks", "소리네트웍스"), ("Doran Labs", "도란랩스"),
]  # fmt: skip
CONGLOMERATES = [
    ("Daeyang Group", "대양그룹"), ("Yeoul Group", "여울그룹"),
    ("Hanbyeol Industries", "한별산업"), ("Haeon Heavy Industries", "해온중공업"),
    ("Pureun Holdings", "푸른홀딩스"),
]  # fmt: skip
BATTERY_MAKERS = [
    ("Maru Battery", "마루배터리"), ("Garam Chemical", "가람화학"),
    ("Hanbyeol Industries", "한별산업"), ("Seoha Energy", "서하에너지"),
]  # fmt: skip

CARMAKERS = [
    ("Dalbit Motors", "달빛모터스"), ("Hanmaru Motors", "한마루자동차"),
    ("Seorak Mobility", "설악모빌리티"), ("Bomnal Auto", "봄날오토"),
]  # fmt: skip

CHIPMAKERS = [
    ("Jinseong Semiconductor", "진성반도체"), ("Saebit Silicon", "새빛실리콘"),
    ("Gaon Technologies", "가온테크놀로지"), ("Ondam Micro", "온담마이크로"),
]  # fmt: skip

SHIPBUILDERS = [
    ("Haeon Heavy Industries", "해온중공업"), ("Saerom Shipbuilding", "새롬조선"),
    ("Mulbit Marine", "물빛마린"), ("Pado Shipbuilding", "파도조선"),
]  # fmt: skip

BANKS = [
    ("Saeum Bank", "새움은행"), ("Gaeul Savings Bank", "가을저축은행"),
    ("Hanul Bank", "한울은행"), ("Dorim Bank", "도림은행"), ("Seobit Bank", "서빛은행"),
]  # fmt: skip

# Baseball teams, football clubs and esports teams, all invented.
TEAMS = [
    ("Incheon Harriers", "인천 해리어스"), ("Daegu Comets", "대구 코메츠"),
    ("Gwangju Falcons", "광주 팰컨스"), ("Daejeon Pioneers", "대전 파이어니어스"),
    ("Suwon Kestrels", "수원 케스트럴스"), ("Jeonju Cranes", "전주 크레인스"),
    ("Cheongju Otters", "청주 오터스"), ("Seoul Lanterns", "서울 랜턴스"),
    ("Busan Petrels", "부산 페트럴스"), ("Changwon Badgers", "창원 배저스"),
]  # fmt: skip
CLUBS = [
    ("Ulsan Tide", "울산 타이드"), ("Pohang Anchors", "포항 앵커스"),
    ("Jeju Breakers", "제주 브레이커스"), ("Gangneung Pines", "강릉 파인스"),
    ("Suwon Rangers", "수원 레인저스"), ("Gimhae Royals", "김해 로열스"),
    ("Cheonan Wolves", "천안 울브스"), ("Daegu Ironsides", "대구 아이언사이즈"),
    ("Jeonnam Harbour", "전남 하버"), ("Seongnam Herons", "성남 헤론스"),
]  # fmt: skip
ESPORTS = [
    ("Nightjar Gaming", "나이트자르 게이밍"), ("Red Lotus Esports", "레드로터스 이스포츠"),
    ("Team Hwarang", "팀 화랑"), ("Arclight", "아크라이트"),
    ("Blue Magpie", "블루맥파이"), ("Seventh Gate", "세븐스게이트"),
]  # fmt: skip

SPORTS = [
    ("archery", "양궁"), ("fencing", "펜싱"), ("judo", "유도"), ("table tennis", "탁구"),
    ("badminton", "배드민턴"), ("taekwondo", "태권도"), ("wrestling", "레슬링"),
    ("swimming", "수영"), ("sport climbing", "스포츠클라이밍"), ("weightlifting", "역도"),
    ("shooting", "사격"), ("speed skating", "스피드스케이팅"),
]  # fmt: skip

GROUPS = [
    ("Silver Tide", "실버 타이드"), ("Paper Lantern", "페이퍼 랜턴"),
    ("Northbound", "노스바운드"), ("Velvet Orbit", "벨벳 오빗"),
    ("Glasshouse", "글래스하우스"), ("Moon Kettle", "문 케틀"),
    ("Cloud Nine Avenue", "클라우드 나인 애비뉴"), ("Saturday Engine", "새터데이 엔진"),
    ("Lumen", "루멘"), ("Half Moon Club", "하프문 클럽"),
    ("Starling", "스탈링"), ("Neon Hanok", "네온 한옥"),
]  # fmt: skip

# Films, dramas and webtoons.
TITLES = [
    ("The Salt Road", "소금길"), ("Winter Harbour", "겨울 항구"),
    ("Last Train to Mokpo", "목포행 막차"), ("A House on Namsan", "남산의 집"),
    ("Seven Lamps", "일곱 개의 등불"), ("The Quiet Ferry", "조용한 나룻배"),
    ("Persimmon Season", "감나무 계절"), ("The Night Pharmacist", "심야 약사"),
    ("Borrowed Sky", "빌린 하늘"), ("The Ninth Floor", "아홉 번째 층"),
    ("Ferry to Nowhere", "어디에도 없는 배"), ("Rain on Jongno", "종로에 내리는 비"),
]  # fmt: skip

BOOKS = [
    ("The Weight of Rice", "쌀의 무게"), ("Small Hours in Busan", "부산의 새벽"),
    ("A Field of Crows", "까마귀 들판"), ("The Lighthouse Keeper's Daughter", "등대지기의 딸"),
    ("Letters to the North", "북녘에 보내는 편지"), ("Blue Tiles", "푸른 기와"),
    ("The Year of Quiet Rivers", "고요한 강의 해"), ("Moth Season", "나방의 계절"),
    ("What the Tide Keeps", "물때가 남긴 것"), ("Iron Kettle", "무쇠 주전자"),
]  # fmt: skip

PRIZES = [
    ("the Hanbaek Literary Award", "한백문학상"), ("the Saeam Fiction Prize", "새암소설상"),
    ("the Gilmok Prize", "길목문학상"), ("the Namsan Book Award", "남산도서상"),
]  # fmt: skip

RELICS = [
    ("Goryeo celadon", "고려청자"), ("Joseon folding screens", "조선 병풍"),
    ("Baekje roof tiles", "백제 기와"), ("Joseon-era maps", "조선시대 고지도"),
    ("Gaya ironware", "가야 철기"), ("Silla earthenware", "신라 토기"),
]  # fmt: skip

PRODUCTS = [
    ("a foldable tablet", "폴더블 태블릿"), ("an AI chip for data centres", "데이터센터용 AI 칩"),
    ("a home robot", "가정용 로봇"), ("a solid-state battery", "전고체 배터리"),
    ("a translation earpiece", "통역 이어폰"), ("a test network for 6G", "6G 시험망"),
    ("a delivery robot", "배송 로봇"), ("a smart glasses prototype", "스마트 안경 시제품"),
    ("an electric air taxi", "전기 에어택시"), ("a sodium-ion battery", "나트륨이온 배터리"),
]  # fmt: skip

GADGETS = [
    ("foldable phone", "폴더블폰"), ("smart ring", "스마트링"), ("e-reader", "전자책 단말기"),
    ("robot vacuum", "로봇청소기"), ("laptop", "노트북"), ("smart speaker", "스마트 스피커"),
    ("smartwatch", "스마트워치"),
]  # fmt: skip

BILLS = [
    ("rental deposit protection", "전세보증금 보호"),
    ("delivery worker safety", "배달 노동자 안전"),
    ("data privacy", "개인정보 보호"), ("free school breakfasts", "무상 아침급식"),
    ("rural clinic funding", "농촌 의료 지원"), ("disaster text alerts", "재난문자 개선"),
    ("parental leave", "육아휴직 확대"), ("stalking prevention", "스토킹 방지"),
    ("public pension reform", "국민연금 개혁"), ("apartment safety inspections", "아파트 안전점검"),
    ("school bus safety", "어린이 통학버스 안전"), ("rural broadband", "농어촌 초고속 인터넷"),
    ("care worker pay", "요양보호사 처우 개선"), ("child allowance", "아동수당 확대"),
]  # fmt: skip

# Civic projects that local politics fights over.
PROJECTS = [
    ("a tram line", "트램"), ("a waste incinerator", "소각장"), ("a new city hall", "신청사"),
    ("a cable car", "케이블카"), ("a domed stadium", "돔구장"),
    ("a riverside casino", "강변 카지노"),
]  # fmt: skip

# Cabinet posts, as a nominee's title.
POSTS = [
    ("land minister", "국토교통부 장관"), ("education minister", "교육부 장관"),
    ("health minister", "보건복지부 장관"), ("justice minister", "법무부 장관"),
    ("environment minister", "환경부 장관"), ("labour minister", "고용노동부 장관"),
    ("oceans minister", "해양수산부 장관"),
]  # fmt: skip

FOODS = [
    ("strawberries", "딸기"), ("ginseng", "인삼"), ("kimchi", "김치"), ("pears", "배"),
    ("dried laver", "김"), ("instant noodles", "라면"), ("citron tea", "유자차"),
    ("frozen dumplings", "냉동만두"), ("chilli paste", "고추장"), ("melons", "참외"),
]  # fmt: skip

PRODUCE = [
    ("cabbage", "배추"), ("radish", "무"), ("apple", "사과"), ("onion", "양파"),
    ("garlic", "마늘"), ("green onion", "대파"), ("red pepper", "고추"),
]  # fmt: skip

# What smart farms grow.
CROPS = [
    ("strawberries", "딸기"), ("tomatoes", "토마토"), ("paprika", "파프리카"),
    ("lettuce", "상추"), ("melons", "멜론"), ("cucumbers", "오이"),
]  # fmt: skip

DISHES = [
    ("cold buckwheat noodles", "냉면"), ("pork and rice soup", "돼지국밥"),
    ("spicy rice cakes", "떡볶이"), ("bibimbap", "비빔밥"), ("grilled eel", "장어구이"),
    ("knife-cut noodles", "칼국수"), ("seafood pancakes", "해물파전"),
    ("braised short ribs", "갈비찜"), ("soft tofu stew", "순두부찌개"),
]  # fmt: skip

# What Korea sells abroad and others open trade cases against.
EXPORT_GOODS = [
    ("steel", "철강"), ("tyres", "타이어"), ("plastic resin", "플라스틱 수지"),
    ("washing machines", "세탁기"), ("solar panels", "태양광 패널"), ("copper foil", "동박"),
]  # fmt: skip

SURNAMES = [
    ("Kim", "김"), ("Lee", "이"), ("Park", "박"), ("Choi", "최"), ("Jung", "정"),
    ("Kang", "강"), ("Cho", "조"), ("Yoon", "윤"), ("Jang", "장"), ("Lim", "임"),
    ("Han", "한"), ("Oh", "오"), ("Shin", "신"), ("Kwon", "권"), ("Hwang", "황"),
    ("Ahn", "안"), ("Song", "송"), ("Yoo", "유"), ("Hong", "홍"), ("Baek", "백"),
    ("Nam", "남"), ("Seo", "서"), ("Moon", "문"), ("Bae", "배"),
]  # fmt: skip
GIVEN_NAMES = [
    ("Min-jun", "민준"), ("Seo-yeon", "서연"), ("Ji-hoon", "지훈"), ("Ha-eun", "하은"),
    ("Do-yun", "도윤"), ("Su-bin", "수빈"), ("Ye-jin", "예진"), ("Hyun-woo", "현우"),
    ("Eun-seo", "은서"), ("Tae-yang", "태양"), ("Na-rae", "나래"), ("Woo-jin", "우진"),
    ("Da-som", "다솜"), ("Jae-won", "재원"), ("Bo-ra", "보라"), ("Sang-hoon", "상훈"),
    ("Mi-kyung", "미경"), ("Young-ho", "영호"), ("Ga-eun", "가은"), ("Seung-ah", "승아"),
    ("Kyung-soo", "경수"), ("Hye-rin", "혜린"), ("Dong-hyun", "동현"), ("So-yeon", "소연"),
    ("Jin-woo", "진우"), ("Yu-na", "유나"), ("Chan-ho", "찬호"), ("Min-seo", "민서"),
]  # fmt: skip
# Given names for the (men's) baseball and football players who make headlines.
PLAYER_NAMES = [
    ("Min-jun", "민준"), ("Ji-hoon", "지훈"), ("Do-yun", "도윤"), ("Hyun-woo", "현우"),
    ("Tae-yang", "태양"), ("Woo-jin", "우진"), ("Jae-won", "재원"), ("Sang-hoon", "상훈"),
    ("Young-ho", "영호"), ("Kyung-soo", "경수"), ("Dong-hyun", "동현"), ("Jin-woo", "진우"),
    ("Chan-ho", "찬호"), ("Seung-min", "승민"), ("Hyeok", "혁"), ("Gun-woo", "건우"),
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
