# Bodies for the held-out pages (never looked at while tuning html.c).

BODIES_F = [
dict(slug="nx-baltic-cable", title="Baltic states investigate damage to undersea cable",
     dek="", author="Liis Tamm", date="2023-10-10T12:30:00Z", place="TALLINN",
     body="""Investigators in Finland and Estonia said on Tuesday that damage to an undersea gas pipeline and a telecommunications cable linking the two countries was probably caused by outside activity, raising fears of sabotage against critical infrastructure in the Baltic Sea.

The pipeline operator shut down the link on Sunday after a sudden drop in pressure. Finland's president said the damage was "worrying" and that both countries were working with partners to establish what had happened.

Seismologists in Norway and Sweden reported a small disturbance in the area on the night the pressure fell, but said it was too weak to be an explosion of the kind that damaged pipelines in the region last year.

Officials stressed that gas supplies to Finland were secure, thanks to a floating terminal that began operating this year, and that data traffic had been rerouted through other cables.

NATO said it was sharing information with both governments and stood ready to support them. The alliance has stepped up patrols in the Baltic since last year and created a cell to coordinate the protection of undersea infrastructure.

Analysts note that the seabed is crowded with pipelines, cables and power links, most of which are difficult to monitor. "There are thousands of kilometres of infrastructure down there, and very few ways to watch it," one researcher said.

Investigators said they were examining the movements of vessels that had been in the area at the time."""),

dict(slug="nx-african-union-g20", title="African Union joins G20 as permanent member",
     dek="", author="Kwame Asante", date="2023-09-09T10:15:00+05:30", place="NEW DELHI",
     body="""The African Union was admitted as a permanent member of the Group of 20 on Saturday, giving the continent's 55 states a seat alongside the world's largest economies at the opening of the leaders' summit in New Delhi.

The host country's prime minister announced the decision at the start of the first session and invited the chairperson of the union, the president of the Comoros, to take his place at the table. Leaders applauded as he did so.

The union has campaigned for years for a permanent seat, arguing that Africa's interests, from debt relief to climate finance, are too often discussed without Africans in the room. Until now, South Africa was the continent's only member.

"This is a recognition that the problems of the world cannot be solved without Africa," the chairperson said. He called for reforms of international financial institutions to give developing countries a greater voice.

Diplomats said the practical effect would depend on the union's ability to agree common positions among its members, which have very different economies and foreign policy priorities.

The decision makes the G20 the second major forum after the G7 outreach meetings to give a formal place to the continent, and was supported by all existing members."""),

dict(slug="nx-red-sea-shipping", title="Shipping companies reroute vessels away from the Red Sea",
     dek="", author="Omar Faruk", date="2023-12-18", place="LONDON",
     body="""Several of the world's largest shipping companies said on Monday that they would pause or reroute voyages through the Red Sea after a series of attacks on commercial vessels, sending freight rates higher and raising concerns about the cost of goods in Europe.

Diverting ships around the Cape of Good Hope adds roughly ten days to a voyage between Asia and northern Europe, along with significant fuel costs. Insurers have also raised premiums for ships that continue to use the route.

About 12 percent of global trade passes through the narrow strait at the southern end of the Red Sea, including a large share of container traffic and oil and gas shipments to Europe.

The attacks have been claimed by an armed group that controls much of the coastline. It has said it will target vessels linked to countries it accuses of supporting the war in Gaza, but several ships with no obvious connection have also been struck.

The United States said it was working with partners to form a maritime task force to protect shipping. Several European navies already have ships in the area.

Economists said the impact on inflation would depend on how long the disruption lasts. A short diversion would be absorbed, one said, but "if this goes on for months, consumers will feel it"."""),

dict(slug="fr-sommet-afrique", title="Sommet de Nairobi : les dirigeants africains plaident pour une finance climatique réformée",
     dek="", author="Élodie Marchand", date="2023-09-06", place="NAIROBI",
     body="""Les chefs d'État et de gouvernement réunis à Nairobi pour le premier sommet africain sur le climat ont adopté mercredi une déclaration commune appelant à une réforme profonde du système financier international.

Le texte demande notamment l'instauration d'une taxe mondiale sur le carbone, un allègement de la dette des pays les plus vulnérables et un accès facilité aux financements pour les énergies renouvelables. Les dirigeants estiment que le continent, qui contribue peu aux émissions mondiales, subit de plein fouet les effets du réchauffement.

« L'Afrique ne demande pas la charité, elle demande l'équité », a déclaré le président kényan lors de la séance de clôture. Il a rappelé que le continent dispose d'un potentiel considérable dans le solaire, l'éolien et l'hydrogène vert.

Plusieurs annonces d'investissements ont été faites pendant les trois jours du sommet, pour un montant total de plusieurs milliards de dollars. Des organisations de la société civile ont toutefois jugé ces engagements insuffisants au regard des besoins.

La déclaration doit servir de base à la position africaine lors de la prochaine conférence des Nations unies sur le climat, prévue en fin d'année à Dubaï."""),

dict(slug="fr-niger-transition", title="Niger : la Cédéao maintient la pression sur la junte",
     dek="", author="Moussa Diallo", date="2023-08-11", place="ABUJA",
     body="""Les dirigeants de la Communauté économique des États de l'Afrique de l'Ouest ont ordonné jeudi l'activation d'une force en attente, tout en affirmant privilégier une solution diplomatique à la crise ouverte par le coup d'État du 26 juillet au Niger.

Réunis en sommet extraordinaire à Abuja, les chefs d'État ont exigé la libération du président renversé, toujours retenu dans sa résidence de Niamey avec sa famille. Ils ont également confirmé les sanctions économiques et financières imposées au pays.

« Aucune option n'est exclue, y compris l'usage de la force en dernier recours », a indiqué le président de la Commission de l'organisation à l'issue de la réunion.

À Niamey, plusieurs milliers de partisans des militaires se sont rassemblés devant une base étrangère pour dénoncer toute intervention. Les nouvelles autorités ont annoncé la formation d'un gouvernement dirigé par un ancien ministre de l'Économie.

Les pays voisins dirigés par des juntes ont prévenu qu'ils considéreraient une intervention militaire comme une déclaration de guerre. Des médiateurs religieux et traditionnels ont été dépêchés dans la capitale nigérienne pour tenter de renouer le dialogue."""),

dict(slug="live-earthquake-response", title="Earthquake: rescue efforts continue as death toll rises",
     dek="", author="Live team", date="2023-02-07T08:00:00+03:00", place="",
     body="""@@ 18:20

## Aid convoy crosses border

The first UN aid convoy since the earthquake has crossed into the rebel-held northwest through the only open border crossing, carrying shelter kits and hygiene supplies. Aid workers say far more is needed.

@@ 16:45

Rescue teams in the city centre have pulled a woman and her two children from the rubble of a seven-storey building, more than 50 hours after it collapsed. Crowds watching the operation burst into applause as the children were carried to ambulances.

@@ 14:10

The government has declared a three-month state of emergency in ten provinces. The president said that all resources of the state would be mobilised and that those responsible for poorly constructed buildings would be held to account.

@@ 11:30

## International teams arrive

Search and rescue teams from more than 30 countries have now arrived, according to the disaster management agency. Freezing temperatures overnight have complicated the search for survivors and the effort to shelter the tens of thousands who have lost their homes.

@@ 08:05

Welcome to our continuing coverage. Officials say the confirmed number of dead across the two countries has risen above 11,000, and they expect the figure to climb further."""),

dict(slug="live-un-general-assembly", title="UN General Assembly live: leaders address the podium on day one",
     dek="", author="Live team", date="2023-09-19T09:00:00-04:00", place="",
     body="""@@ 17:50

That concludes the first day of the general debate. Leaders of more than thirty countries spoke, with climate finance, the war in Ukraine and the reform of the Security Council among the most frequent themes.

@@ 15:25

## Ukraine's president speaks in person

Ukraine's president, addressing the hall in person for the first time since the full-scale invasion, accused Russia of using food and energy as weapons and called on members not to accept a "frozen conflict". The Russian delegation's seats were occupied by a junior diplomat.

@@ 12:40

The president of Brazil opened the debate, as is tradition, with a speech focused on inequality and hunger. He said the world's richest countries had failed to deliver on their promises of climate finance.

@@ 10:15

## Secretary-General warns of a world "becoming unhinged"

In his opening address, the Secretary-General warned that geopolitical tensions were rising while the institutions built to manage them were becoming "stuck in time". He called for reform of the Security Council and the international financial architecture.

@@ 09:00

Good morning from New York, where world leaders are gathering for the opening of the annual general debate. Security around the headquarters is tight, with several streets closed to traffic."""),

dict(slug="paywall2-pipeline-politics", title="Inside the fight over a pipeline that could reshape Central Asia",
     dek="", author="Aigerim Nurlanova", date="2023-07-03", place="ALMATY",
     body="""For almost twenty years, a proposed gas pipeline across the Caspian Sea has been declared dead and revived more often than any other energy project in the region. Now, with European buyers desperate for alternatives to Russian supplies, officials in three capitals say it may finally have a chance."""),

dict(slug="ministry-cp-statement-ceasefire", title="Statement by the Minister of Foreign Affairs on the ceasefire announcement",
     dek="", author="", date="12 May 2023", place="",
     body="""The Minister of Foreign Affairs welcomes the announcement of a ceasefire between the parties and commends the mediators for their tireless efforts over recent weeks.

The ceasefire must now be respected in full. The Minister calls on all parties to refrain from any action that could endanger civilians and to allow humanitarian organisations safe and unhindered access to all those in need.

The Minister underlines that a ceasefire is a first step. A lasting solution requires a credible political process that addresses the root causes of the conflict and guarantees the rights and security of all communities.

The Government stands ready to support such a process, including through its contribution to the humanitarian response and to the reconstruction of essential services."""),

dict(slug="ministry-cp-visit-minister", title="Foreign Minister to visit the Western Balkans",
     dek="", author="", date="3 April 2023", place="",
     body="""The Foreign Minister will travel to Skopje, Tirana and Podgorica from 4 to 6 April for talks with government leaders, opposition representatives and civil society organisations.

The visit will focus on the region's path towards membership of the European Union, on energy security and on cooperation in the fight against organised crime. The Minister will also meet young entrepreneurs who have benefited from the Ministry's regional development programme.

"The future of the Western Balkans lies in the European Union," the Minister said ahead of the trip. "Our support for reforms in the region is firm, and so is our expectation that reforms are delivered."

During the visit, the Minister is expected to sign a memorandum on cooperation in vocational training and to announce new funding for projects supporting independent media."""),

dict(slug="amp-migrants-mediterranean", title="Rescue ships bring hundreds of migrants ashore in southern Italy",
     dek="", author="Giulia Ferrante", date="2023-04-12T15:00:00+02:00", place="ROME",
     body="""Humanitarian rescue ships brought more than 600 migrants ashore in southern Italian ports on Wednesday, as the number of people attempting the crossing from North Africa continued to rise sharply.

The interior ministry said that more than 31,000 people had arrived by sea since the start of the year, roughly four times the number recorded over the same period last year. Most departed from the coasts of Tunisia and Libya.

The government declared a six-month state of emergency on Tuesday, a measure it said would allow it to speed up the construction of reception centres and the return of people with no right to stay.

Aid organisations criticised the decision, arguing that the priority should be saving lives at sea. The International Organization for Migration says that the central Mediterranean is the deadliest migration route in the world, with more than 400 deaths recorded in the first three months of the year.

The European Commission said it was in contact with Italian authorities and would discuss the situation with member states at a meeting of interior ministers later this month."""),

dict(slug="amp-georgia-protests", title="Georgia's parliament drops foreign agents bill after protests",
     dek="", author="Nino Beridze", date="2023-03-10", place="TBILISI",
     body="""Georgia's parliament voted on Friday to withdraw a draft law that would have required organisations receiving foreign funding to register as foreign agents, after two nights of large protests in the capital.

The bill was rejected at second reading by 35 votes to one, with most members of the ruling party abstaining or not taking part. The party had announced on Thursday that it would withdraw the proposal, citing the need to reduce "confrontation" in society.

Demonstrators, many of them waving European Union flags, had gathered outside parliament, and police used water cannon and tear gas to disperse crowds on Tuesday and Wednesday nights. Dozens of people were detained.

Critics said the bill resembled legislation used in other countries to silence independent media and civil society, and warned that it would damage Georgia's bid for EU candidate status. The president, who had promised to veto it, welcomed the withdrawal.

Opposition leaders said the protests would continue until all those detained had been released."""),

dict(slug="aspx-trade-mission", title="Trade mission to Southeast Asia concludes with agreements worth 2 billion",
     dek="", author="", date="2023-11-24", place="",
     body="""A trade mission led by the Minister for Trade and Investment concluded today in Jakarta, after visits to Vietnam, Malaysia and Indonesia during which companies signed commercial agreements worth an estimated 2 billion.

More than sixty companies took part in the mission, representing sectors including renewable energy, agricultural technology, education and healthcare. The agreements signed include supply contracts, joint ventures and investments in manufacturing.

The Minister said that the region was one of the fastest-growing markets in the world and a priority for the government's trade diversification strategy. "These agreements show what our companies can achieve when they are supported to reach new markets," she said.

During the visit, the Minister also held talks with her counterparts on the negotiation of a comprehensive economic partnership agreement with the regional association, and opened a new trade office in Ho Chi Minh City."""),

dict(slug="aspx-consulate-hours", title="Changes to consular services during the holiday period",
     dek="", author="", date="2023-12-15", place="",
     body="""The Consulate General will be closed from 24 December to 2 January inclusive. During this period, routine services, including passport renewals, visa applications and the legalisation of documents, will not be available.

Citizens who require emergency assistance while the Consulate is closed, such as in the event of an arrest, serious illness or the death of a family member abroad, can contact the duty officer on the emergency number, which is staffed around the clock.

Applicants with appointments already booked for the closure period will be contacted by email and offered a new date in January. Applicants are reminded that processing times for passports are currently around four weeks, and that they should apply well in advance of planned travel."""),

dict(slug="de-bundeswehr-litauen", title="Bundeswehr-Brigade in Litauen: Regierung beschließt dauerhafte Stationierung",
     dek="", author="Jonas Becker", date="2023-12-18", place="BERLIN",
     body="""Die Bundesregierung hat am Montag die Einzelheiten für die dauerhafte Stationierung einer Kampfbrigade der Bundeswehr in Litauen vorgestellt. Bis Ende 2027 sollen rund 4800 Soldatinnen und Soldaten in dem baltischen Land stationiert werden.

Der Verteidigungsminister sprach nach einem Treffen mit seinem litauischen Amtskollegen in Vilnius von einem „Leuchtturmprojekt“ für die Bündnisverteidigung. Es handle sich um die erste dauerhafte Stationierung eines größeren deutschen Verbandes im Ausland seit dem Ende des Kalten Krieges.

Litauen hat zugesagt, die notwendige Infrastruktur bereitzustellen, darunter Kasernen, Übungsplätze und Wohnungen für die Familien der Soldaten. Die Kosten für Deutschland wurden zunächst nicht beziffert.

In der Opposition wurde die Entscheidung grundsätzlich begrüßt. Kritiker mahnten jedoch, die Bundeswehr dürfe durch den neuen Auftrag nicht an anderer Stelle überfordert werden, und forderten einen verlässlichen Finanzierungsplan."""),
]
