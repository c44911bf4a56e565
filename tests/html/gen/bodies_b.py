# More article bodies for the fa HTML extraction set (see bodies_a.py).

BODIES_B = [
dict(slug="press-statement-sanctions", title="Imposing Sanctions on Officials Responsible for Election Interference",
     dek="", author="Office of the Spokesperson", date="March 3, 2021", place="",
     body="""The United States is today designating four senior officials for their role in undermining the democratic process during last year's presidential election, including the intimidation of opposition candidates and the manipulation of vote tabulation in three provinces.

These designations are made pursuant to Executive Order 13818, which builds upon and implements the Global Magnitsky Human Rights Accountability Act. As a result of today's action, all property and interests in property of the designated persons that are in the United States or in the possession or control of U.S. persons are blocked.

In addition, the Department is taking steps to impose visa restrictions on a further eleven individuals believed to be responsible for, or complicit in, undermining democracy, including through the arbitrary detention of journalists and election observers.

The people of the country deserve free and fair elections in which they can choose their leaders without fear of violence or reprisal. We call on the government to release all those detained for exercising their fundamental freedoms and to engage in a credible dialogue with the opposition and civil society.

The United States will continue to use all the tools at its disposal to promote accountability for those who undermine democracy and human rights, wherever they may be. We stand with the people of the country in their aspirations for a peaceful, democratic and prosperous future.

For more information on today's designations, please see the Department of the Treasury's press release."""),

dict(slug="press-release-humanitarian-aid", title="Minister announces additional humanitarian assistance for the Horn of Africa",
     dek="", author="", date="2022-09-12", place="",
     body="""The Minister for International Development today announced an additional 45 million in humanitarian funding to respond to the drought in the Horn of Africa, where more than 20 million people face severe food insecurity.

The funding will be delivered through trusted partners, including United Nations agencies and non-governmental organisations with an established presence in the affected areas. It will support emergency food assistance, the treatment of acute malnutrition in children, safe drinking water and the prevention of disease outbreaks.

Speaking at a meeting with aid organisations in the capital, the Minister said: "Four consecutive rainy seasons have failed. Families have lost their livestock, their harvests and, in too many cases, their children. The international community must act now, before famine is declared, not after."

The announcement brings the government's total humanitarian contribution to the region this year to 112 million. Officials said a portion of the new funding would be set aside for anticipatory action, allowing partners to act quickly if forecasts indicate that the next rainy season will also fail.

The Minister also called on other donors to increase their support, noting that the United Nations appeal for the region is less than half funded.

## Notes to editors

- The funding is additional to the country's core contributions to UN agencies.
- Partners will be selected according to access, capacity and need.
- A breakdown of allocations by country will be published next month."""),

dict(slug="un-sg-statement-earthquake", title="Secretary-General's statement on the earthquake in the border region",
     dek="", author="", date="6 February 2023", place="",
     body="""The Secretary-General is deeply saddened by the loss of life caused by the powerful earthquake that struck the border region earlier today. He extends his heartfelt condolences to the families of the victims and wishes a speedy recovery to the injured.

The United Nations is working with the authorities to assess needs and provide assistance. United Nations teams on the ground are mobilising to support the response, and the Organization stands ready to deploy search and rescue and disaster assessment teams at short notice.

The Secretary-General appeals to the international community to help the many thousands of families affected by this disaster, many of whom were already in need of humanitarian assistance in areas where access is difficult.

The Secretary-General reiterates the solidarity of the United Nations with the people of the region at this difficult time."""),

dict(slug="wire-oil-output-cut", title="Oil producers agree deeper output cut as prices slide",
     dek="", author="Farid Haddad", date="2023-04-02T19:05:00Z", place="DUBAI",
     body="""A group of major oil producers announced on Sunday a surprise cut in output of more than one million barrels per day, a move that analysts said would push prices higher and complicate efforts by central banks to bring down inflation.

The reductions, which take effect in May and last until the end of the year, will be made voluntarily by several members of the group, led by the largest Gulf producer, which will cut 500,000 barrels per day on its own.

In a statement carried by the state news agency, the energy ministry said the decision was "a precautionary measure aimed at supporting the stability of the oil market". Officials did not elaborate on the reasons for the timing.

The announcement came ahead of a scheduled meeting of a committee of ministers that had been expected to leave policy unchanged. It caught traders by surprise: brent crude futures had fallen to a 15-month low in March amid turmoil in the banking sector.

Washington, which has repeatedly urged producers to increase supply, said it did not think cuts were advisable given market uncertainty. A spokesperson for the National Security Council said the administration would "continue to work with all producers and consumers" to ensure that energy markets support economic growth.

Analysts at several banks raised their price forecasts for the rest of the year following the announcement. One said that the group appeared determined to defend a price floor and to punish speculators who had bet on further declines.

Reporting by Farid Haddad; additional reporting by Clara Jensen in London; editing by Mark Ellison"""),

dict(slug="wire-taiwan-drills", title="China stages drills near Taiwan after president's stopover",
     dek="", author="Chen Wei-ming", date="2023-04-08T06:40:00Z", place="TAIPEI",
     body="""China's military began three days of exercises around Taiwan on Saturday, the defence ministry in Taipei said, a day after the island's president returned from a trip that included a meeting with the speaker of the U.S. House of Representatives.

The ministry said it had detected 71 aircraft and nine ships operating around the island by the afternoon, with 45 of the aircraft crossing the median line of the Taiwan Strait, an unofficial buffer that had been largely respected until last year.

The Eastern Theatre Command of the People's Liberation Army said the drills, which it named "Joint Sword", were a "serious warning" against collusion between separatist forces and external powers. State television showed footage of warships and fighter jets, and a graphic depicting simulated strikes on targets on the island.

Taiwan's government condemned the exercises and said its armed forces were monitoring the situation closely. "We will not escalate conflicts or provoke disputes," the defence ministry said, "but we will respond firmly to any provocation."

The U.S. State Department said it was monitoring Beijing's actions and that communication channels with China remained open. It urged restraint and said there was no change to the longstanding U.S. policy on Taiwan.

Financial markets in Taipei were closed for the weekend. Officials said shipping and civil aviation had not been significantly disrupted by the exercises, which were smaller in scale than those held in August.

Reporting by Chen Wei-ming; editing by Daniel Ford"""),

dict(slug="oped-multilateralism", title="The quiet revival of the middle powers",
     dek="Countries that refuse to choose sides are reshaping diplomacy.",
     author="Rafael Ortega", date="2023-05-21", place="",
     body="""Every few years a new label is found for the countries that do not fit neatly into the great-power contest of the moment. In the 1950s they were the non-aligned. Later they were the emerging economies, and more recently the swing states. The label matters less than the pattern it describes: a growing number of governments that are prosperous enough to have choices and confident enough to exercise them.

What is striking about the present moment is not that these governments refuse to take sides. It is the way they have turned that refusal into a method. They vote with the West on one resolution and against it on the next. They buy weapons from one supplier and sign infrastructure deals with another. They host summits for rivals in the same month.

Critics in Western capitals call this opportunism. It is better understood as insurance. Governments that lived through the last decade of sanctions, supply shocks and abrupt shifts in American policy have drawn the lesson that dependence on any single partner is a liability.

This has consequences for the way the large powers should conduct their diplomacy. Demands for loyalty will be met with polite evasion. Offers that address concrete needs, such as finance for energy transitions, access to markets and a voice in international institutions, will be weighed on their merits.

None of this means the middle powers are neutral. Most have clear preferences on questions that touch their own security. But on the broader contest they will continue to keep their options open, and the powers that understand this will find them easier partners than those that do not.

The revival of the middle powers is not a threat to the international order. It may be the most realistic chance of keeping some order at all."""),

dict(slug="paywall-india-pakistan-water", title="Dispute over Indus waters heads to arbitration",
     dek="A 1960 treaty faces its most serious test in decades.",
     author="Priya Raman", date="2023-01-27", place="NEW DELHI",
     body="""India has formally notified Pakistan that it wants to modify the treaty that has governed the sharing of the Indus river system for more than six decades, accusing Islamabad of refusing to resolve a dispute over two hydroelectric projects through the agreed procedures.

The notice, delivered through the commissioners who oversee the treaty, sets a 90-day period for the two governments to begin talks. Officials in Islamabad said they were studying the letter and would respond "in accordance with the treaty"."""),

dict(slug="paywall-eu-china-summit", title="EU leaders prepare tougher message for China summit",
     dek="", author="Anneliese Vogt", date="2023-12-05T07:00:00+01:00", place="BRUSSELS",
     body="""European Union leaders will travel to Beijing this week with a list of grievances over trade and a warning that the bloc is prepared to use its defensive instruments more often, officials said, in what is expected to be the most difficult summit between the two sides in years.

The trade deficit with China, which reached nearly 400 billion euros last year, will top the agenda. Officials said they would press for better access for European companies and raise concerns about subsidies for electric vehicles, which are the subject of an anti-subsidy investigation launched in September."""),
]
