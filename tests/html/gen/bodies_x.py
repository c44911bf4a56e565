# Further paragraphs for the shorter news and analysis bodies, so that
# articles run to realistic lengths (300 words and more). Appended to the
# body (before the sign-off line of wire copy).

EXTRA = {
"amp-georgia-protests": """The draft had been introduced by a group of lawmakers who split from the ruling party last year but continue to vote with it. They argued that it was modelled on transparency rules in Western democracies, a comparison that European officials rejected.

Georgia applied for membership of the European Union in March last year, days after Russia's full-scale invasion of Ukraine. Brussels granted candidate status to Ukraine and Moldova in June but told Tbilisi it would first have to carry out reforms, including measures to reduce political polarisation and strengthen the independence of the judiciary.

Analysts in Tbilisi said the episode had exposed a widening gap between the government, which has avoided joining Western sanctions against Moscow, and a population that polls show is overwhelmingly in favour of closer ties with Europe.""",
"japan-korea-summit": """Business groups from both countries, meeting in Tokyo on the same day, announced plans to create a joint fund to support youth exchanges and scholarships. Officials said that the two governments would also resume a shuttle diplomacy arrangement under which their leaders visit each other regularly.

Security analysts noted that the thaw would make it easier to coordinate with Washington on missile defence and the sharing of real-time warning data, a step the three countries agreed in principle last year.

Historians cautioned that the underlying disputes over the colonial period had not gone away. "Leaders can change the atmosphere quickly," said a professor in Seoul who studies the relationship. "Changing how people remember is a much slower process, and it cannot be done by governments alone." """,
"iran-talks-vienna-stall": """Oil markets reacted quickly to the pause. Traders had been expecting a deal to bring Iranian crude back to world markets at a time of high prices, and benchmark futures rose in early trading after the announcement.

Diplomats from the three European parties to the agreement issued a joint statement urging all sides to conclude the talks quickly. "This is the moment to finish the job," they said, warning that the window for a return to the deal was closing.

Israeli officials, who have opposed the agreement, said they would continue to lobby Washington against signing it, and repeated that their country reserved the right to act on its own to prevent Iran from acquiring a nuclear weapon.""",
"fr-niger-transition": """Plusieurs capitales occidentales ont suspendu leur aide au développement au Niger, l'un des pays les plus pauvres du monde, où près de la moitié de la population vit sous le seuil de pauvreté. Les organisations humanitaires s'inquiètent des conséquences des sanctions sur l'approvisionnement en médicaments et en denrées alimentaires.

Les frontières terrestres avec le Nigeria et le Bénin restent fermées, et des centaines de camions de marchandises sont bloqués de part et d'autre. Les prix des produits de première nécessité ont fortement augmenté sur les marchés de Niamey depuis le début de la crise.

Des analystes estiment qu'une intervention militaire serait risquée pour une organisation régionale dont plusieurs membres font face à leurs propres défis sécuritaires, et que la pression diplomatique reste l'option la plus probable dans les semaines à venir.""",
"colombia-eln-talks": """Previous attempts to negotiate with the group have foundered repeatedly. Talks launched in 2017 in Ecuador and later moved to Cuba were broken off by the previous government after the bombing in Bogotá, which killed more than twenty police cadets.

The new government has also restored diplomatic relations with Venezuela, whose territory has long served as a refuge for the rebels. Officials in Bogotá said cooperation with Caracas would be essential to any agreement, both to verify a ceasefire and to tackle the criminal economies on which the group depends.

Human rights organisations welcomed the resumption but urged both parties to agree quickly on measures to protect civilians in areas where fighting continues, including the release of hostages held by the group and an end to the recruitment of minors.""",
"peru-protests-cabinet": """The president, who was sworn in after her predecessor's removal, has said she will not resign, and has blamed the violence on groups she accuses of seeking to destabilise the country. Her critics say the security forces have been given a free hand.

The attorney general's office announced on Tuesday that it had opened a preliminary investigation into the president and several ministers for alleged genocide, qualified homicide and serious injuries, in connection with the deaths during the protests. The president's office said she would cooperate with investigators.

Neighbouring governments have taken sharply different positions on the crisis. Several left-leaning leaders in the region have refused to recognise the new government, prompting Lima to recall its ambassador from one capital and to declare another country's ambassador persona non grata.""",
"wire-oil-output-cut": """The group's decision also appeared to reflect frustration with Western efforts to cap the price of Russian oil. Officials from several producing countries have criticised the cap as market interference that could one day be turned against other exporters.

Russia, a member of the wider group, said it would extend its own cut of 500,000 barrels per day until the end of the year. Analysts said the combined reductions amounted to around 3.7 percent of global demand, once earlier cuts agreed in October were taken into account.""",
"amp-migrants-mediterranean": """Italy's prime minister has called for a European solution to the rise in arrivals, including stronger cooperation with countries of departure and a faster system for distributing asylum seekers among member states. She is due to visit Tunisia next month.

Tunisia is facing a severe economic crisis, and talks with the International Monetary Fund on a loan of nearly two billion dollars have stalled. European officials have warned that a collapse of the Tunisian economy could lead to a much larger wave of departures.

On the island of Lampedusa, the reception centre, designed for around 400 people, was holding more than 2,000 on Wednesday, according to the Red Cross, which runs it. Transfers to the mainland were being organised by ferry and by air.""",
"nx-red-sea-shipping": """Container lines said they would add surcharges to cover the extra costs. The largest carriers by capacity together account for more than half of the ships that normally use the route, and analysts said the decisions by the biggest companies would probably be followed by others.

Oil tankers have so far been less affected, though several large energy companies said they had paused shipments through the strait while they assessed the risks. The price of Brent crude rose by more than two percent in early trading.

Egypt, which earns several billion dollars a year from fees paid by ships passing through the Suez Canal, said it was monitoring the situation closely. A prolonged diversion would cost the country an important source of foreign currency at a time when it is struggling with high inflation and debt.""",
"kosovo-serbia-plates": """The European Union has proposed a plan under which Serbia would not object to Kosovo's membership of international organisations, and the two sides would exchange permanent missions. Officials in Brussels have described the proposal as the basis for a comprehensive agreement.

Both leaders face strong domestic pressure. In Belgrade, nationalist parties accuse the government of preparing to accept Kosovo's independence in all but name. In Pristina, the prime minister has insisted that any agreement must lead to mutual recognition.""",
"fr-sommet-afrique": """Selon les organisateurs, le continent reçoit actuellement moins de trois pour cent des investissements mondiaux dans les énergies renouvelables, alors qu'il concentre une part considérable du potentiel solaire de la planète. Le coût élevé du capital reste l'un des principaux obstacles aux nouveaux projets.

Plusieurs dirigeants ont également plaidé pour une meilleure valorisation des forêts du bassin du Congo, le deuxième massif forestier tropical du monde, qui absorbe chaque année d'importantes quantités de dioxyde de carbone. Ils réclament des mécanismes de rémunération pour les pays qui protègent ces écosystèmes.

Les organisations de la société civile ont organisé un contre-sommet en marge de la réunion officielle, dénonçant la place accordée selon elles aux marchés du carbone, qu'elles jugent peu efficaces et susceptibles de porter atteinte aux droits des communautés locales.""",
"ethiopia-tigray-agreement": """The war began in November 2020, when fighting broke out between federal forces and the party that governs Tigray, which had dominated national politics for nearly three decades before the current prime minister took office. Both sides have been accused of atrocities, including massacres of civilians and sexual violence.

A commission of experts appointed by the UN Human Rights Council said in September that it had found evidence of war crimes and crimes against humanity. The government rejected the findings and has refused to cooperate with the commission.

Diplomats said the African Union would set up a monitoring mechanism to oversee implementation, with a first meeting of military commanders from both sides expected within days. Aid agencies said they were preparing to send convoys as soon as roads were declared safe.""",
"sudan-evacuation-port": """The fighting pits the army chief, who has led the country since a coup in 2021, against the commander of the Rapid Support Forces, a powerful paramilitary group. The two men shared power after the coup but fell out over plans to integrate the paramilitary force into the regular army.

Residents who remain in Khartoum describe looting of homes and shops, and bodies lying in the streets of some neighbourhoods. Electricity and water supplies have been cut in large parts of the city, and many bakeries have closed for lack of flour.

Doctors' unions said that health workers had been attacked and that several hospitals had been occupied by fighters. The few facilities still operating were treating patients in corridors and running short of fuel for their generators.""",
"moldova-gas-crisis": """Moldova relies on a single pipeline route for most of its gas, and the breakaway region of Transnistria, which hosts the country's largest power station, has accumulated most of the debt that the supplier is now demanding be repaid.

The country's president, who was elected last year on a promise to fight corruption and move closer to the European Union, said Moldova would not accept conditions that undermined its sovereignty. She said the government would protect vulnerable households from the full impact of any price increase.

Officials said talks with the supplier would continue in the coming days. Independent energy experts said the likeliest outcome was a short-term contract at a higher price, combined with an audit of the disputed debt.""",
"mexico-us-security-dialogue": """The previous initiative, launched in 2008, provided more than three billion dollars in equipment, training and other assistance to Mexican security forces. Critics argued that it contributed to a militarised approach to crime that failed to reduce violence and led to serious human rights abuses.

Mexico's president has made reducing the flow of weapons a priority. His government has filed a lawsuit in a U.S. court against several gun manufacturers, accusing them of negligent business practices that facilitate trafficking to Mexican criminal groups. The companies deny the allegations.

Officials from both countries said they would meet again in early 2022 to review progress on the first set of joint projects.""",
"haiti-security-mission": """The country has been without an elected government since the assassination of its president in July 2021. The terms of the last remaining elected officials expired in January, and plans for elections have repeatedly been postponed because of insecurity.

Several previous foreign interventions in Haiti have left a difficult legacy. Many Haitians remain wary of outside forces, and civil society groups have called for the mission to be accompanied by support for the national police and the justice system, so that gains made by the force can be sustained after it leaves.

The United States has pledged 100 million dollars to support the mission and said it would provide logistical and intelligence support, but would not deploy its own troops. Canada, which had been asked to lead the mission earlier, has said it will contribute funding and training.""",
"grain-corridor-extension": """Under the arrangement, ships are inspected in Istanbul by joint teams before proceeding to the ports to load and again on their return, to check that they carry no weapons. The process has been credited with restoring a measure of confidence among shipowners and insurers.

One of the parties has repeatedly complained that a parallel agreement to facilitate its own exports of food and fertiliser has not been implemented, and had threatened not to renew the corridor deal unless its concerns were addressed. UN officials said they were working to remove obstacles to those exports, including problems with payments and insurance.""",
"brazil-amazon-fund": """The new government has also pledged to strengthen the environmental enforcement agencies, whose budgets and staff were cut in recent years, and to recognise new indigenous territories. Studies have shown that deforestation rates are markedly lower inside indigenous lands than outside them.

Environmental groups welcomed the announcements but warned that reversing the damage would take time. Illegal mining and logging networks have expanded their operations, and in some areas organised crime groups have taken control of trafficking routes along rivers.

The president is expected to raise the issue of forest finance at the next climate conference, where Brazil has offered to host a future summit in an Amazonian city.""",
"nx-baltic-cable": """The pipeline, which runs for about 77 kilometres across the Gulf of Finland, was opened in 2019 to connect the Finnish gas network with the Baltic states. Repairs could take several months, the operator said, because specialised vessels would need to be brought to the site.

Estonian officials said the damage to the telecommunications cable was in Estonia's economic zone and that a separate investigation had been opened. They declined to comment on reports that anchor marks had been found on the seabed near the damaged sections.

The incident has renewed calls for European governments to invest in surveillance of the seabed, including underwater drones and sensors, and to agree on common rules for responding to suspected sabotage against infrastructure that crosses national borders.""",
"tt-drupal-food-security": """## Case studies

In each of the four countries examined for this report, food insecurity worsened sharply within months of a major escalation in fighting, and improved only slowly after violence declined. In two of them, the blockade of a city or region was the single most important factor in the deterioration. In the other two, the collapse of the currency and of public services played a larger role than direct attacks on food supplies.

The case studies also show the value of local arrangements. Where community leaders negotiated safe access to markets or grazing land with armed groups, even temporarily, food prices stabilised and displacement fell. Such arrangements are fragile, but they offer lessons for mediators working at the national level.""",
"nx-african-union-g20": """The G20 accounts for about 85 percent of global economic output and three quarters of world trade. With the African Union's 55 members, the group now represents roughly 80 percent of the world's population.

The admission follows a similar debate over the expansion of the BRICS group, which invited six new members to join at a summit in South Africa last month. Analysts said the two decisions reflected growing competition among major powers for influence in the developing world, and a recognition that international institutions must adapt to a changing balance of economic power.

Officials said the union would be represented at future summits by its chairperson, who rotates annually, and that the details of its participation in the group's working groups and ministerial meetings would be agreed in the coming months.""",
"wire-taiwan-drills": """The president's stopover in the United States, on her way to and from Central America, had been closely watched in Beijing, which regards Taiwan as part of its territory and opposes official contacts between the island's leaders and foreign governments.

Analysts said the exercises were calibrated to send a political message without causing serious disruption to trade. "This is a demonstration of capability and resolve," said a security researcher in Taipei. "It is meant to be seen, in Taipei and in Washington." """,
"pacific-islands-security-pact": """Australia's new foreign minister made two visits to the region in her first weeks in office, promising that her government would be a more reliable partner on climate change and announcing additional support for policing and infrastructure. New Zealand also stepped up its engagement.

Chinese officials have said that their country's cooperation with Pacific states is open and transparent, and that it does not target any third party. They point to investments in roads, sports facilities and medical teams as evidence of benefits for the region.

Some island leaders have welcomed the competition, saying it gives small states greater leverage. Others worry that it risks dividing the region at a time when unity is needed to press larger countries to cut their emissions.""",
"tt-drupal-migration-compacts": """## Lessons for future agreements

Three lessons stand out from the agreements reviewed here. First, partnerships that include substantial legal pathways for work have proved more durable than those focused on enforcement alone. Second, the involvement of parliaments and civil society in partner countries reduces the risk that agreements are perceived as imposed from outside. Third, transparency about the use of funds builds trust on both sides and makes it easier to correct course when problems arise.""",
"tt-drupal-arms-control": """## The role of other nuclear powers

The United Kingdom and France have long argued that their smaller arsenals should not be counted alongside those of the two largest powers. Both have nevertheless supported transparency measures and could play a useful role in developing new forms of data exchange that do not depend on a bilateral treaty.""",
"oped-multilateralism": """Nor is the pattern confined to any one region. It can be seen in the Gulf, in Southeast Asia, in Latin America and in parts of Africa. What these governments share is not ideology but a calculation about how best to protect their interests in a more fragmented world.""",
"de-bundeswehr-litauen": """Die Brigade soll aus mehreren Kampfbataillonen sowie Unterstützungseinheiten bestehen. Ein Teil der Truppen ist bereits im Rahmen der multinationalen Nato-Kampfgruppe in Litauen stationiert, die Deutschland seit 2017 führt. Mit der neuen Brigade soll die Präsenz deutlich verstärkt und dauerhaft gesichert werden.

Nach Angaben des Ministeriums sollen die ersten Soldaten bereits im kommenden Jahr verlegt werden. Die volle Einsatzbereitschaft der Brigade sei für 2027 geplant. Bis dahin müssten noch zahlreiche Fragen geklärt werden, etwa zur Ausbildung, zur Ausrüstung und zur Gewinnung von Freiwilligen für den Dienst im Ausland.

Die litauische Regierung begrüßte die Vereinbarung als historischen Schritt für die Sicherheit des Landes. Litauen grenzt an die russische Exklave Kaliningrad und an Belarus und gilt als besonders exponiert.""",
"pl-wizyta-kijow": """Obaj prezydenci omówili także kwestie historyczne, które od lat kładą się cieniem na relacjach między oboma narodami. Zapowiedziano kontynuację prac ekshumacyjnych oraz wspólne inicjatywy upamiętniające ofiary.

Eksperci podkreślają, że Polska stała się jednym z najważniejszych partnerów Ukrainy. Przez polskie terytorium przechodzi znaczna część pomocy wojskowej i humanitarnej dla tego kraju, a w Polsce schronienie znalazły setki tysięcy ukraińskich uchodźców.

Według zapowiedzi kolejne spotkanie przedstawicieli obu rządów odbędzie się jesienią w Warszawie. Tematem rozmów ma być między innymi rozbudowa infrastruktury kolejowej i drogowej przy granicy.""",
"cz-predsednictvi": """Vláda zároveň počítá s tím, že předsednictví bude výrazně ovlivněno válkou na Ukrajině. Ministři zahraničí by se měli zabývat dalšími sankcemi vůči Rusku i dlouhodobou podporou Kyjeva, včetně financování obnovy zničené infrastruktury.

Opoziční strany vládě vyčítají, že na předsednictví vyčlenila příliš málo peněz a že přípravy začaly pozdě. Ministerstvo pro evropské záležitosti to odmítá a uvádí, že rozpočet odpovídá výdajům jiných středně velkých členských států.

Předsednictví potrvá do konce prosince, kdy jej převezme Švédsko.""",
}
