# Article bodies written for the fa HTML extraction set (fictional reporting
# on plausible foreign-affairs events; no sentence is copied from anywhere).
# Blocks are separated by blank lines: "## " a heading, lines starting "- "
# a list, "> " a block quote, anything else a paragraph.

BODIES_A = [
dict(slug="geneva-ceasefire-talks", title="Ceasefire talks resume in Geneva after three-month pause",
     dek="Envoys from both governments met under UN auspices for the first time since June.",
     author="Marta Kowalczyk", date="2021-09-23T10:00:00Z", place="GENEVA",
     body="""Negotiators from the two governments sat down in the same room on Thursday for the first time since talks collapsed in June, in a meeting that diplomats described as tense but businesslike.

The session at the Palais des Nations lasted just under four hours. According to two officials briefed on the discussions, the delegations spent most of that time on the sequencing of a prisoner exchange rather than on the wider question of where a ceasefire line would run.

"Nobody expected a breakthrough today," said one Western diplomat who has followed the process closely. "The point was to get them talking again, and that happened."

The United Nations special envoy, who has shuttled between the two capitals since the spring, told reporters afterwards that both sides had agreed to meet again within ten days. He declined to say whether a draft text was on the table.

## A fragile window

The resumption comes after a summer of heavy fighting along the northern front, where local authorities say more than 40,000 people have been displaced since July. Aid agencies have repeatedly warned that the onset of winter will make conditions in the camps around the regional capital far worse.

Humanitarian officials in Geneva said any agreement would have to include guarantees for aid convoys, which have been stopped at checkpoints on at least a dozen occasions in the past month.

- Safe passage for aid convoys on the two main highways
- An exchange of prisoners held since the offensive in March
- A joint commission to investigate violations

Those three points, diplomats say, form the core of the agenda the envoy circulated last week. Neither delegation has publicly accepted it.

## Pressure from outside

Regional powers have stepped up pressure on both governments in recent weeks. The foreign ministers of three neighbouring states issued a joint statement on Monday urging "restraint and a return to dialogue", and the European Union has tied part of a reconstruction package to progress in the talks.

Analysts caution that the gap between the two sides remains wide. "The issue is not technical," said a researcher at a Geneva institute who studies the conflict. "Each side still believes it can improve its position on the ground before winter, and as long as that belief holds, the talks will move slowly."

The next round is expected to begin on October 2."""),

dict(slug="sahel-mission-drawdown", title="European states weigh faster exit from Sahel mission",
     dek="Defence ministers are divided over how quickly to pull out trainers.",
     author="Jean-Baptiste Ndiaye", date="2022-02-14T08:30:00+01:00", place="BRUSSELS",
     body="""European defence ministers meeting in Brussels on Monday failed to agree on a timetable for withdrawing military trainers from the Sahel, exposing divisions over how to respond to the region's deepening political crisis.

Several governments, led by the Nordic contributors, argued for a withdrawal before the end of the rainy season, citing restrictions imposed by the transitional authorities on the movement of European personnel. Others warned that a rapid exit would leave a vacuum that armed groups and foreign private military companies would be quick to fill.

A senior EU official said the discussion had been "frank" and that no decision would be taken before a further meeting next month. The official spoke on condition of anonymity because the talks were confidential.

## Restrictions on the ground

The training mission, which has operated in the region for nearly a decade, has seen its activities curtailed since the autumn. Flights have been grounded for days at a time pending authorisation, and two training centres outside the capital have been closed to European staff.

Officers returning from the mission describe a steady erosion of trust. One said that planned exercises had been cancelled at short notice on at least five occasions since December, and that local commanders had been instructed not to attend joint briefings.

"We are there to train, and we are not being allowed to train," he said. "At some point the question is what we are actually achieving."

## What comes after

Those in favour of staying argue that the mission is one of the few remaining channels of influence with the region's armed forces. They point to the risk that a departure would be presented by the transitional government as a victory, and would weaken the position of neighbouring coastal states that fear the spread of violence southwards.

Officials said that any withdrawal plan would include a review of development assistance and of support to the regional counter-terrorism force. Humanitarian programmes, they stressed, would not be affected.

Diplomats expect the issue to be raised again when foreign ministers meet in March, alongside a broader review of the bloc's strategy for the region."""),

dict(slug="arctic-council-resumes", title="Arctic Council resumes limited work without Russia",
     dek="Seven members will restart projects that do not involve Moscow.",
     author="Sigrid Halvorsen", date="2022-06-08", place="OSLO",
     body="""Seven of the eight members of the Arctic Council said on Wednesday that they would resume a limited part of the body's work, three months after suspending all activity in protest at Russia's invasion of Ukraine.

In a joint statement, the seven governments said they would restart projects "that do not involve the participation of the Russian Federation", a formula that covers perhaps a third of the council's scientific and environmental programme.

Russia currently holds the council's rotating chairmanship, which it is due to hand over next year. The decision leaves unresolved how the body will function while Moscow remains in the chair.

Officials in the Nordic capitals said the move was a pragmatic one. Much of the council's work, on permafrost monitoring, search and rescue and the protection of marine species, depends on long-running data series that researchers fear will be broken if projects are left idle for too long.

"The Arctic does not stop changing because we have stopped meeting," said a Norwegian official involved in the discussions. "Some of this research cannot simply be picked up again in five years."

Indigenous organisations that sit on the council as permanent participants gave the decision a cautious welcome, but warned that communities on both sides of the Bering Strait depend on cross-border cooperation for fisheries management and emergency response.

The Russian foreign ministry described the statement as "regrettable" and said it undermined the council's founding principles. It did not say whether Moscow would respond by restricting access for foreign researchers to Russian Arctic territory, which accounts for roughly half of the region's coastline.

Experts say the council, created in 1996, has survived earlier periods of tension largely because it excluded military security from its mandate. Whether that firewall can hold under current conditions is, one researcher said, "the question nobody wants to ask out loud"."""),

dict(slug="grain-corridor-extension", title="Grain corridor deal extended for 120 days after late-night talks",
     dek="",
     author="Elif Demir", date="2022-11-17T21:45:00+03:00", place="ISTANBUL",
     body="""An agreement allowing the export of grain from Black Sea ports was extended for a further 120 days on Thursday, hours before it was due to expire, officials in Istanbul said.

The extension followed two days of talks at the joint coordination centre, where officials from the parties and the United Nations inspect vessels before they enter and leave the corridor. A spokesperson for the centre said the terms of the original agreement would remain unchanged.

Since the deal came into force in July, more than 11 million tonnes of grain and other foodstuffs have left the ports, according to figures published by the centre. Wheat accounts for about a quarter of that volume, with maize making up the largest share.

The UN Secretary-General welcomed the decision, saying it would help to stabilise food prices that had reached record highs earlier in the year. "This is not a favour to any one country," he said in a statement. "It is a lifeline for the hungriest people in the world."

Aid officials have pointed out that a significant proportion of the exports has gone to middle-income countries rather than to the states most at risk of famine. The World Food Programme has chartered a number of vessels itself to carry grain to the Horn of Africa, where a fifth consecutive failed rainy season has left millions in need of assistance.

Shipping industry representatives said the extension would reassure insurers, who have charged high premiums for vessels entering the corridor. They warned, however, that delays in inspections had grown in recent weeks, with some ships waiting more than a fortnight at anchor.

The parties are expected to review the arrangement again in March."""),

dict(slug="asean-summit-myanmar", title="ASEAN leaders keep Myanmar junta at arm's length",
     dek="The bloc again limited Myanmar to a non-political representative.",
     author="Nguyen Thi Lan", date="2022-11-11", place="PHNOM PENH",
     body="""Southeast Asian leaders on Friday extended the exclusion of Myanmar's military government from their summits, saying the junta had made no meaningful progress on a peace plan agreed more than eighteen months ago.

The five-point consensus, reached in April 2021, called for an immediate end to violence, dialogue among all parties, the appointment of a special envoy, humanitarian assistance and a visit by the envoy to meet all sides. Officials acknowledged privately that only the humanitarian element had seen any implementation, and that only in part.

Leaders instructed their foreign ministers to develop "a concrete, practical and measurable" implementation plan with a timeline, but stopped short of suspending Myanmar's membership, a step several member states oppose on principle.

## Divided bloc

The debate exposed familiar fault lines within the ten-member association. Malaysia and Indonesia have pressed for a tougher line and called for engagement with the opposition National Unity Government. Cambodia, the outgoing chair, and Thailand have favoured quiet dialogue with the generals.

"We cannot allow the situation in one member state to hold the entire region hostage," the Malaysian foreign minister told reporters on the sidelines. He said his government would continue to speak with "all stakeholders", including representatives of the opposition.

A Thai official, speaking on condition of anonymity, said isolating the junta would only push it closer to powers outside the region. "Closing the door does not solve the problem," the official said.

## Violence continues

The summit took place as the conflict inside Myanmar showed no sign of easing. A monitoring group based in Thailand says more than 2,400 civilians have been killed by security forces since the coup, and the United Nations estimates that over a million people have been displaced.

Indonesia, which takes over the chairmanship in January, has signalled that it intends to make the crisis a priority. Its foreign minister said the bloc's credibility was "at stake"."""),

dict(slug="kosovo-serbia-plates", title="Kosovo and Serbia reach deal on licence plates after EU mediation",
     dek="The agreement defuses a dispute that had threatened to turn violent.",
     author="Luka Petrović", date="2022-11-24T00:15:00+01:00", place="BRUSSELS",
     body="""Kosovo and Serbia reached an agreement late on Wednesday to end a months-long dispute over vehicle licence plates, the European Union's foreign policy chief said, averting a confrontation that officials had feared could turn violent.

Under the deal, Serbia will stop issuing plates with the abbreviations of Kosovo towns, and Kosovo will suspend further measures aimed at forcing ethnic Serbs in the north to re-register their cars with Kosovo plates.

"We have a deal," the EU's top diplomat wrote on social media shortly after midnight, adding that both parties would now focus on a broader proposal to normalise relations.

The dispute had escalated in recent weeks after hundreds of ethnic Serb police officers, judges and officials resigned from Kosovo's institutions in protest. Kosovo's government had planned to begin fining drivers who failed to switch plates, a step that Western governments warned could trigger unrest.

Diplomats said the agreement was reached after intense pressure from Washington and European capitals, including a round of telephone calls from senior officials to both leaders during the evening. An earlier round of talks in Brussels on Monday had broken up without result, with each side blaming the other.

The deal does not resolve the underlying question of Kosovo's status. Serbia does not recognise the independence that Kosovo declared in 2008, and the two governments have been negotiating for more than a decade under EU auspices with limited results.

Analysts in Belgrade and Pristina said the next test would be whether the Serb officials who resigned return to their posts, and whether local elections in the north, scheduled for December, go ahead peacefully."""),

dict(slug="sudan-evacuation-port", title="Thousands wait at Port Sudan for passage across the Red Sea",
     dek="Foreign nationals and Sudanese families crowd the port as fighting continues in Khartoum.",
     author="Amina Yusuf", date="2023-04-30T16:20:00Z", place="PORT SUDAN",
     body="""Thousands of people waited in the heat at Port Sudan on Sunday for a place on ships bound for Jeddah, as fighting between the army and a rival paramilitary force entered its third week in the capital.

Families who had made the 800-kilometre journey from Khartoum by bus described checkpoints manned by armed men, shortages of fuel and water, and prices for transport that had risen tenfold since the fighting began.

"We left with what we could carry," said a teacher who had travelled with her two children and her elderly mother. "We do not know when we will see our home again."

Saudi and other Gulf navies, along with several Western governments, have evacuated several thousand foreign nationals through the port. Sudanese citizens face greater obstacles: many do not have passports, and the passport office in Khartoum has been closed since the first days of the conflict.

Aid agencies warned that the humanitarian situation inside the country was deteriorating rapidly. The World Health Organization said that more than two-thirds of hospitals in the capital were out of service, and that it had lost access to a laboratory holding samples of dangerous pathogens.

A ceasefire announced on Thursday has been repeatedly violated, according to residents, with air strikes and artillery fire reported in several districts. Mediators from the region and beyond have been trying to bring the two sides to the table, so far without success.

The United Nations refugee agency said that more than 50,000 people had crossed into neighbouring countries, mainly Chad and Egypt, and that it was preparing for the possibility of several hundred thousand more."""),

dict(slug="nato-summit-vilnius-analysis", title="What Vilnius settled, and what it left for Washington",
     dek="The alliance's summit produced more unity than its critics expected, but deferred the hardest question.",
     author="Dr. Helen Marsh", date="2023-07-14", place="",
     body="""The alliance's summit in Vilnius will be remembered for the public frustration of Ukraine's president on its first day and the warm photographs on its second. Both images capture something real. The meeting produced a more substantial package for Kyiv than many expected, while leaving the central question of membership where it has stood since 2008: acknowledged in principle, deferred in practice.

This paper argues that the outcome reflects a durable structural constraint rather than a failure of diplomacy. It then sets out three areas where decisions taken in Vilnius will shape allied policy over the next two years.

## The membership formula

The communiqué's language, that the alliance will extend an invitation "when allies agree and conditions are met", was the product of weeks of drafting. It dropped the requirement for a Membership Action Plan, a symbolic concession that Kyiv had sought, but attached no timeline and no definition of the conditions.

Washington and Berlin were the principal advocates of caution. Their concern was not hostility to Ukraine's aspiration but the legal weight of Article 5, and the recognition that an invitation issued during an active war would raise questions that no ally was prepared to answer.

For Kyiv, the disappointment was real, but so were the gains. The new NATO-Ukraine Council gives Ukraine a seat at the table as an equal participant rather than a partner to be briefed, and the multi-year assistance programme commits allies to interoperability in a way that will outlast any single aid package.

## Bilateral guarantees

The more consequential development may have taken place on the margins. The declaration by the G7 that its members would negotiate bilateral security commitments with Ukraine creates a parallel track to membership. These commitments will not carry the force of a treaty, and they will vary in substance from country to country.

Critics argue that this approach recreates the ambiguity of the 1994 Budapest Memorandum. The comparison is imperfect. The assurances given then were political statements without material backing; the commitments now being negotiated involve long-term funding for weapons production, training and intelligence sharing.

## Implications for Washington

Three questions will fall to American policymakers in particular.

- How to sustain congressional support for multi-year funding as the electoral calendar approaches
- How to align bilateral guarantees with European efforts so that they reinforce rather than duplicate one another
- How to define, at least privately, the conditions that would allow an invitation to be issued

None of these questions has an easy answer. But the alternative to answering them, an open-ended commitment without a political destination, carries its own risks for the alliance's credibility.

## Conclusion

Vilnius confirmed that the alliance is more united on Ukraine than at any point since the full-scale invasion, and that this unity has limits. The task now is to turn a formula designed to paper over differences into a strategy that can survive changes of government on both sides of the Atlantic."""),
]
