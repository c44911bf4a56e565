#!/usr/bin/env python3
"""hand-make.py - writes hand.jsonl, the hand-edited copy set, from the edits
below (written by hand, as a copy editor at another paper would make them)
and the Wikinews originals in ../shared.

Run once to make the committed hand.jsonl; the evaluation reads only
hand.jsonl (whole texts), never this file nor ../shared.

Each edit is a list of parts: an int is that sentence of the original (as
sentences() cuts it, from 0), a string is text written here; the parts are
joined by spaces, then each (old, new) of 'subs' replaces old (which must
occur) by new. Near-misses ('near': True) are stories of their own that
resemble 'of' (a follow-up reusing its background sentences, another story
on the same event, a brief quoting one sentence): they must NOT be grouped
with it.

Text of the originals: Wikinews contributors, CC BY 2.5 (each record's url).
Usage: hand-make.py SHARED_DIR OUT.jsonl
"""
import json, re, sys

ORIGINALS = ["wn-040", "wn-047", "wn-057", "wn-064", "wn-079", "wn-084", "wn-085", "wn-094",
             "wn-099", "wn-118", "wn-126", "wn-134", "wn-144", "wn-163", "wn-169"]

def sentences(t):
    return re.split(r'(?<=[.!?"])\s+(?=[A-Z"])', t.strip())

def R(n, m):
    return list(range(n, m + 1))

E = []
def ed(of, kind, title, parts, subs=(), edits="", near=False):
    E.append(dict(of=of, kind=kind, title=title, parts=parts, subs=list(subs), edits=edits, near=near))

# ---- wn-040 Kenya confirms first swine flu case (14 sentences)
ed("wn-040", "lede", "British student is Kenya's first swine flu case",
   ["NAIROBI - Kenyan health authorities have confirmed the country's first case of swine flu, in a "
    "British medical student on a visit to the east African nation."] + R(1, 13),
   edits="new headline; lede rewritten with a dateline")
ed("wn-040", "cutend", "Kenya confirms first swine flu case", R(0, 7),
   edits="the last six sentences (tourism, cholera, Kogelo) cut")
ed("wn-040", "followup", "Eight more British students test positive for swine flu in Kenya",
   ["Kenya's health ministry said on Tuesday that eight more members of a group of British medical "
    "students quarantined in Kisumu had tested positive for the H1N1 virus, bringing the number of "
    "confirmed cases in the country to nine.",
    "The students, who came to run medical camps in Nyanza province, will stay in their hotel until "
    "doctors are satisfied they are no longer infectious, a ministry spokesman said.",
    "A Kenyan woman isolated at a Nairobi hospital after arriving from India was found not to have "
    "the virus.",
    "Tour operators in Kisumu said several bookings had been cancelled since the first case was "
    "announced last week."] + R(8, 10),
   edits="follow-up by the same desk: four new sentences, three background sentences reused", near=True)

# ---- wn-047 Swine flu claims first UK victim (14)
ed("wn-047", "quotes", "Swine flu claims first UK victim",
   R(0, 4) + ['He also dismissed speculation that the virus was getting worse, saying "It does not point '
              'to the virus getting nastier."'] + [8, 9] +
   ["Jaqueline's husband said his son had died \"earlier this evening at the Special Care Baby Unit\"."]
   + [12, 13],
   edits="the two long quotes cut to one phrase each")
ed("wn-047", "style", "Glasgow mother is first swine flu death in Britain",
   R(0, 13),
   subs=[("Yesterday, the first fatality", "The first fatality"),
         ("was announced.", "was announced on Sunday."),
         ("who was 38,", "38,"), ("Professor Hugh Pennington", "Prof Hugh Pennington"),
         ("Aberdeen University was quoted", "Aberdeen University, was quoted"),
         ("11 weeks", "eleven weeks"), ("the first of June 2009", "June 1, 2009"),
         ("World Health Organisation", "World Health Organization"), ("1004", "1,004"),
         ("stated today", "said on Monday")],
   edits="new headline; house style: days for yesterday/today, Prof, numbers, -ization, said")
ed("wn-047", "sametopic", "Mother who gave birth early dies after contracting H1N1",
   ["A woman from Glasgow who gave birth to a premature son a fortnight ago has become the first "
    "person in Britain to die after catching swine flu, Scottish health officials confirmed.",
    "The 38-year-old had been in intensive care in Paisley since the birth and had other health "
    "problems, doctors said, which probably played a large part in her death.",
    "Her baby, delivered eleven weeks before he was due, died a day later; he had not caught the "
    "virus.",
    "Scotland's health secretary said the death was a tragedy but urged people not to panic, "
    "since most patients recover within a week with rest and fluids.",
    "More than a thousand cases have now been confirmed across the United Kingdom."],
   edits="the same death written by another paper, in other words", near=True)

# ---- wn-057 Libya frees foreign HIV medics (23)
ed("wn-057", "cutmid", "Libya frees foreign HIV medics", R(0, 9) + R(14, 22),
   edits="the middle cut: Shalgham's and Barroso's remarks (four sentences)")
ed("wn-057", "summary", "Freed nurses and doctor pardoned on return to Bulgaria",
   ["Libya has released five Bulgarian nurses and a Palestinian doctor who had been sentenced to death "
    "for infecting hundreds of children with HIV."] + [1, 2, 3, 5, 6, 7] +
   ["A European Union deal brokered by Qatar ended the standoff."] + [14, 16, 20, 21, 22],
   edits="summary: lede rewritten, deal paragraph replaced by one sentence, about half the text kept")
ed("wn-057", "brief", "Bulgaria pardons medics freed by Libya",
   ["Bulgaria's president pardoned five nurses and a Palestinian doctor on Tuesday, hours after Libya "
    "freed them and flew them to Sofia.",
    "The six had been in prison since 1999.",
    '"Now I will try to get my previous life back," said Kristiyana Vulcheva, 48, upon her release at '
    'the airport.'],
   edits="a three-sentence brief quoting one sentence of the story", near=True)

# ---- wn-064 Mad Cow disease confirmed in U.S. (13)
ed("wn-064", "local", "Alabama cow had mad cow disease, USDA says",
   R(0, 7) + ["Cattle ranchers in Nebraska said on Monday that they expected buyers in Japan and South "
              "Korea to ask new questions about American beef.",
              '"Every time this happens we lose a month of sales," said one feedlot operator near '
              'Grand Island, who asked not to be named.'] + R(8, 12),
   edits="new headline; a local paragraph (Nebraska ranchers) added")
ed("wn-064", "swap", "Mad Cow disease confirmed in U.S.", [0, 1, 8, 9, 10] + R(2, 7) + [11, 12],
   edits="the history of U.S. cases moved above Clifford's long quote")
ed("wn-064", "followup", "Alabama mad cow traced to farm's herd of origin",
   ["Federal investigators said on Thursday they were still trying to find where the Alabama cow "
    "found to have mad cow disease was born, and had checked the records of two farms in the state.",
    "The animal, a red crossbred cow, was at least ten years old, which suggests it was infected "
    "before feed rules were tightened in 1997, the Agriculture Department said.",
    "No other animal from the farm has shown signs of the disease."] + [8, 9, 10],
   edits="follow-up: three new sentences and the three-sentence history reused", near=True)

# ---- wn-079 Over 250 dead in Haiti cholera outbreak (15)
ed("wn-079", "lede", "Cholera kills 259 in Haiti, UN fears spread",
   ["A cholera outbreak in rural Haiti has killed at least 259 people and sickened more than 3,000, "
    "and United Nations officials warned that it could reach every part of the country."] + R(2, 14),
   edits="the two-sentence lede rewritten as one")
ed("wn-079", "cutend", "Over 250 dead in Haiti cholera outbreak", R(0, 8),
   edits="the CDC description of the disease (six sentences) cut")
ed("wn-079", "factbox", "What is cholera?",
   ["Cholera has returned to Haiti for the first time in decades.",
    "Here is what health agencies say about the disease."] + R(9, 14) +
   ["Patients can be saved with oral rehydration salts, clean water and, in severe cases, a drip.",
    "Vaccines exist but give only partial protection for a few years."],
   edits="a fact box: four new sentences around the story's CDC passage", near=True)

# ---- wn-084 Over 60 dead in Kenya cholera outbreak (18)
ed("wn-084", "style", "Kenya issues cholera alert as deaths pass 60", R(0, 17),
   subs=[("issued an alert Thursday", "issued an alert on Thursday"),
         ("killed over 60", "killed more than 60"), ("Over 1,200", "More than 1,200"),
         ("SK Sharif", "Dr S.K. Sharif"),
         ("Director of Medical Service Dr. James Nyikal said", "the director of medical services, "
          "Dr James Nyikal, said"),
         ('said Dr. Nyikal', 'said Dr Nyikal'),
         ("KSh17.3 million (GBP 2.4 million)", "17.3m Kenyan shillings (£2.4m)"),
         ("KSh700,000 (GBP 5,700)", "700,000 shillings (£5,700)"),
         ("KSh38 million (GBP 11.75 million)", "38m shillings (£11.75m)")],
   edits="new headline; house style: on Thursday, more than, titles, money")
ed("wn-084", "combo", "Cholera outbreak in Kenya's west kills dozens",
   ["NAIROBI (Wire) - Kenya put its health workers on alert on Thursday after cholera killed more than "
    "60 people in five months."] + R(1, 5) +
   ['SK Sharif, senior deputy director of health services in Nyanza, said "the mass movement of '
    'people during the post-election crisis" may have helped spread the disease.'] + R(7, 11) +
   ["On the coast, Mombasa's provincial health officer said no cases had been reported in the port "
    "city."] + R(12, 15),
   edits="dateline and new lede; a quote shortened; a local sentence added; the money paragraph cut")
ed("wn-084", "followup", "Kenya cholera toll rises to 81",
   ["The number of people killed by cholera in Kenya since January has risen to 81, the health "
    "ministry said on Monday, as the disease reached two more districts in Western Province.",
    "Officials said that chlorine tablets were being handed out in the camps around Eldoret and "
    "that a ban on serving food at funerals and other gatherings would stay in place."] + [9, 10] +
   ["The Red Cross said it had opened three more treatment centres."],
   edits="follow-up: three new sentences, two background sentences reused", near=True)

# ---- wn-085 Sharp increase in number of Zimbabwean cholera deaths (12)
ed("wn-085", "rehead", "Zimbabwe cholera deaths near 1,000",
   ["HARARE (Agencies) -"] + R(0, 11) + ["Additional reporting by our Johannesburg correspondent."],
   edits="new headline, a dateline and a credit line; text unchanged")
ed("wn-085", "cutmid", "Sharp increase in number of Zimbabwean cholera deaths", R(0, 3) + R(6, 9) + [11],
   edits="Beitbridge, the Red Cross and the British blame cut from the middle")
ed("wn-085", "sametopic", "South Africa sets up cholera posts on Zimbabwe border",
   ["South Africa has opened clinics at the Beitbridge crossing and declared part of Limpopo province "
    "a disaster area as cholera spreads from Zimbabwe, where nearly a thousand people have died.",
    "Health officials in Musina said about 600 people, most of them Zimbabweans who crossed the "
    "river, had been treated there in the past month, and that eleven had died.",
    "Aid agencies said the epidemic would not be controlled until Harare's water plants had chlorine "
    "and power again.",
    "The UN also says that there have been 18,413 reported cases in the country since the epidemic "
    "began in August of 2008."],
   edits="another story of the same week on the same epidemic; one sentence reused", near=True)

# ---- wn-094 WHO: China engaging in bird flu cover up (15)
ed("wn-094", "summary", "WHO accuses China of hiding bird flu outbreaks",
   ["China has kept back important information about outbreaks of the H5N1 bird flu virus, the World "
    "Health Organization's spokesman in Beijing said."] + [2, 5, 6, 7, 13, 14],
   edits="summary: lede rewritten, background on the virus cut, about half kept")
ed("wn-094", "style", "World Health Organisation: China engaging in bird flu cover up", R(0, 14),
   subs=[("in recents months", "in recent months"),
         ("one hundred and nine cases", "109 cases"), ("fifty five deaths", "55 deaths"),
         ("eleven countries", "11 countries"), ("one hundred and twenty million birds", "120 million birds"),
         ("Although this week a case was found in Russia making it", "This week a case was found in "
          "Russia, making it"), ("twelfth", "12th"),
         ("the People's Republic of China has been", "China has been")],
   edits="house style: figures for numbers, a typo and a fragment mended, China for the PRC")
ed("wn-094", "followup", "China denies hiding bird flu cases",
   ["China's agriculture ministry on Friday rejected claims that it had hidden outbreaks of bird flu, "
    "saying every case in poultry had been reported to the World Organisation for Animal Health.",
    "A ministry official told reporters in Beijing that vets had culled birds within three "
    "kilometres of each outbreak and vaccinated flocks further out."] + [8, 9] +
   ["Hong Kong said it would keep its ban on live poultry from the mainland."],
   edits="a reply story: three new sentences, two background sentences reused", near=True)

# ---- wn-099 Drug-resistant flu rising, says WHO (16)
ed("wn-099", "cutend", "Drug-resistant flu rising, says WHO", R(0, 8),
   edits="the last seven sentences (Japan, the WHO statement) cut")
ed("wn-099", "local", "Tamiflu-resistant flu found in Canada, WHO says",
   R(0, 5) + ["In Ontario, the provincial health ministry said it had asked hospitals to send samples "
              "from every patient admitted with influenza to its Toronto laboratory."] + R(6, 15),
   edits="new headline; a local sentence (Ontario) added")
ed("wn-099", "sametopic", "Japan doctors told to keep prescribing Tamiflu",
   ["Japan's health ministry told doctors on Monday to keep prescribing Tamiflu for seasonal flu, "
    "despite reports from Europe and North America of strains that resist the drug.",
    "Japan uses more of the antiviral than any other country, and officials said surveillance "
    "there had found no rise in resistant H1N1 samples this winter.",
    "Some virologists warned that heavy use could still breed resistance, and urged that a second "
    "drug, Relenza, be stockpiled as well."],
   edits="another story on the same finding, written from Tokyo", near=True)

# ---- wn-118 Plague kills scores in DR Congo (19)
ed("wn-118", "cutmid", "Plague kills scores in Democratic Republic of Congo", R(0, 8) + R(15, 18),
   edits="the clinical description (six sentences) cut from the middle")
ed("wn-118", "lede", "Plague kills 61 diamond miners in Congo",
   ["Sixty-one workers at a diamond mine in the north-east of the Democratic Republic of Congo have "
    "died in an outbreak of pneumonic plague, the World Health Organization said."] + R(1, 18),
   edits="new headline; lede rewritten")
ed("wn-118", "brief", "Plague outbreak in Congo mine",
   ["Pneumonic plague has killed 61 people in Ituri, in the north-east of the Democratic Republic of "
    "Congo, the WHO said on Tuesday.",
    "All the victims are workers at a diamond mine employing 7,000 people.",
    "Medical teams have flown in."],
   edits="a brief: one sentence of the story and two new ones", near=True)

# ---- wn-126 Whooping cough outbreak kills ten infants in California (13)
ed("wn-126", "style", "Whooping cough kills ten babies in California", R(0, 12),
   subs=[("in California, United States with", "in California with"),
         ("A spokesman from the California Department of Public Health, Michael Sicilia, says",
          "Michael Sicilia, a spokesman for the California Department of Public Health, said"),
         ("Earlier in July of this year California", "In July California"),
         ("vaccinated for Pertussis", "vaccinated for pertussis"),
         ("a 20 percent chance", "a 20% chance"), ("a one percent chance", "a 1% chance"),
         ("Alison Patti said", "Ms Patti said"), ("She recommends", "She recommended")],
   edits="new headline; house style: said, titles, %, lower-case disease")
ed("wn-126", "swap", "Whooping cough outbreak kills ten infants in California",
   R(0, 4) + [8, 9, 10] + [5, 6, 7] + [11, 12],
   edits="the symptoms paragraph moved above the vaccine paragraph")
ed("wn-126", "followup", "Two more infants die of whooping cough in California",
   ["Two more babies have died of whooping cough in California, bringing this year's toll to twelve, "
    "the state's public health department said on Wednesday.",
    "Both were under two months old.",
    "The state is offering free booster shots at county clinics to parents, grandparents and anyone "
    "else who looks after newborns."] + [9, 10],
   edits="follow-up: three new sentences, two background sentences reused", near=True)

# ---- wn-134 US salmonella outbreak linked to peanut butter (14)
ed("wn-134", "rehead", "Peanut butter brand recalled in salmonella outbreak",
   ["ST. PAUL, Minnesota (Wire) -"] + R(0, 13),
   edits="new headline and a dateline; text unchanged")
ed("wn-134", "quotes", "US salmonella outbreak linked to peanut butter",
   R(0, 5) + ['In a web statement, King Nut told all of its customers to "put on hold all of their '
              'peanut butter in question."'] + R(9, 11),
   edits="King Nut's statement cut to one phrase; the last two sentences cut")
ed("wn-134", "followup", "Peanut paste maker's products pulled after plant inspection",
   ["Hundreds of products made with peanut paste from a Georgia plant have been pulled from shelves "
    "after inspectors found salmonella on its floors and roaster, the Food and Drug Administration "
    "said.",
    "The Peanut Corporation of America, which sold the paste to dozens of food companies, has "
    "stopped production at the plant.",
    "Crackers, cookies and ice cream are among the items recalled."] + [10, 11],
   edits="a later story on the same outbreak reusing the two-sentence explainer", near=True)

# ---- wn-144 Taco Bell pulls green onions (16)
ed("wn-144", "cutend", "Taco Bell pulls green onions from its stores", R(0, 8),
   edits="new headline; the lawsuits and the supply chain (seven sentences) cut")
ed("wn-144", "combo", "E. coli: Taco Bell drops green onions in U.S. and Canada",
   ["Taco Bell said on Wednesday it had taken green onions off the menu at all 5,800 of its U.S. "
    "restaurants after an E. coli outbreak linked to its stores in the north-east."] + [1] + R(13, 15)
   + [2, 3] + R(7, 12),
   subs=[("E.coli", "E. coli"), ("a 11-year-old", "an 11-year-old")],
   edits="lede rewritten; the supply chain paragraph moved up; Prinsell's statement cut; style")
ed("wn-144", "sametopic", "Families of E. coli victims sue Taco Bell",
   ["At least six people who fell ill after eating at Taco Bell restaurants in New Jersey and Long "
    "Island have filed lawsuits against the chain, their lawyer said on Friday.",
    "The suits claim that the company failed to keep contaminated food off its menus and seek "
    "damages for hospital bills and lost wages.",
    "Taco Bell said it was cooperating with health officials and had thrown away produce at every "
    "restaurant in the region before reopening them.",
    "Investigators have not yet said which ingredient carried the bacteria."],
   edits="another story on the same outbreak, in other words", near=True)

# ---- wn-163 Angola: Marburg virus still spreading (20)
ed("wn-163", "summary", "Marburg toll in Angola reaches 180",
   [0, "The virus resembles Ebola but kills more slowly, giving victims more time to infect others.",
    3, 5, 6, 9, 15, 16, 17, 19],
   edits="summary: two sentences rewritten as one, the WHO quotes cut, about half kept")
ed("wn-163", "quotes", "Angola: Marburg virus still spreading, 180 dead",
   R(0, 9) + ['Said the WHO through a press release, "Because the disease has no cure, hospitalization '
              'is not associated with a favourable outcome."'] + R(14, 17) +
   ['"The situation right now in Angola is not under control yet," he said.', 19],
   edits="the WHO press release and Ryan's quote shortened")
ed("wn-163", "brief", "Marburg kills 180 in Angola",
   ["The Marburg fever outbreak in Angola has now killed 180 people, the World Health Organization "
    "said, and has reached the capital, Luanda.",
    '"The situation right now in Angola is not under control yet," said Mike Ryan, director of '
    "WHO's alert and response operations."],
   edits="a two-sentence brief quoting the story's Ryan quote", near=True)

# ---- wn-169 Alarm sounded over US honey bee die-off (20)
ed("wn-169", "local", "Honey bee die-off reaches Florida orchards",
   R(0, 11) + ["In Florida, beekeepers who rent hives to citrus and watermelon growers said they had lost "
               "between a third and half of their colonies since the autumn.",
               "The state agriculture department has asked them to send samples of dead bees to its "
               "laboratory in Gainesville."] + R(12, 19),
   edits="new headline; a local paragraph (Florida) added")
ed("wn-169", "cutend", "Alarm sounded over US honey bee die-off", R(0, 14),
   edits="the EPA pesticide rules (five sentences) cut")
ed("wn-169", "followup", "Congress to hear from beekeepers on colony collapse",
   ["Beekeepers and scientists are to testify before a House agriculture subcommittee next week on "
    "the sudden disappearance of honey-bee colonies across the country.",
    "Researchers at Penn State and the Agriculture Department said they had found no single cause "
    "but were testing dead hives for a virus and for fungal infections."] + [7, 8] +
   ["Almond growers in California said they had paid nearly twice last year's price to rent hives."],
   edits="follow-up: three new sentences, two background sentences reused", near=True)


def main():
    shared, out = sys.argv[1], sys.argv[2]
    wn = {}
    for l in open(f"{shared}/corpus/wikinews/wikinews-geovirus.jsonl", encoding="utf-8"):
        a = json.loads(l)
        wn[a["id"]] = a
    recs = []
    for o in ORIGINALS:
        a = wn[o]
        recs.append(dict(id=o, story=o, kind="original", of=o, title=a["title"], url=a["url"],
                         edits="", text=a["text"]))
    seen = {}
    for e in E:
        s = sentences(wn[e["of"]]["text"])
        text = " ".join(s[p] if isinstance(p, int) else p for p in e["parts"])
        for old, new in e["subs"]:
            if old not in text:
                sys.exit(f"hand-make.py: {e['of']} {e['kind']}: '{old}' not in the text")
            text = text.replace(old, new)
        n = seen[(e["of"], e["kind"])] = seen.get((e["of"], e["kind"]), 0) + 1
        rid = f"{e['of']}~{e['kind']}" + (f"{n}" if n > 1 else "")
        recs.append(dict(id=rid, story=rid if e["near"] else e["of"], kind=e["kind"], of=e["of"],
                         title=e["title"], url=wn[e["of"]]["url"], edits=e["edits"], text=text))
    with open(out, "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"hand-make.py: {len(recs)} records", file=sys.stderr)


if __name__ == "__main__":
    main()
