# Analysis and long-read bodies for the fa HTML extraction set.

BODIES_D = [
dict(slug="tt-indo-pacific-minilateral", title="Minilateralism in the Indo-Pacific: Coalitions of the Capable",
     dek="Small groupings are doing work that regional institutions cannot.",
     author="Arjun Mehta", date="2023-03-02", place="",
     body="""Over the past five years, the Indo-Pacific has seen a proliferation of small, purpose-built groupings: the Quad, AUKUS, trilateral arrangements linking Japan, Australia and the United States, and a growing web of bilateral defence agreements among partners that once kept one another at a distance. This brief examines why these arrangements have multiplied, what they have achieved and where their limits lie.

## Why small groups

Regional institutions built around consensus have struggled to respond to rapid shifts in the balance of power. Their strength, inclusiveness, becomes a weakness when members hold sharply different views of the principal security challenge. Smaller groups trade breadth for speed. They allow a handful of capable states to pool resources on specific problems, from maritime domain awareness to the supply of critical minerals, without waiting for the slowest member.

The Quad illustrates the pattern. Its early years were marked by hesitation, and it lapsed entirely for nearly a decade. Its revival since 2017 has been built on practical deliverables, including a vaccine initiative, a maritime surveillance partnership and working groups on emerging technology, rather than on a formal alliance structure.

## What they have achieved

The clearest gains have come in areas where the participants already shared interests but lacked mechanisms. Intelligence sharing on maritime activity has improved markedly. Joint exercises have become more frequent and more complex. And coordinated messaging on issues such as freedom of navigation has given individual governments political cover to take positions they might have avoided alone.

Less visible but perhaps as important is the habit of consultation these groupings have created. Officials who meet regularly in small formats develop working relationships that help in a crisis.

## The limits

Minilateral arrangements also have costs. They can appear exclusive to states left outside, particularly in Southeast Asia, where governments worry about being sidelined in their own region. They depend heavily on political will in a small number of capitals, which makes them vulnerable to changes in government. And their proliferation risks overlapping mandates and competition for scarce bureaucratic attention.

## Recommendations

- Link minilateral initiatives to regional institutions through regular briefings and open projects
- Focus on deliverables valued by non-members, such as disaster response and maritime safety
- Institutionalise a minimum of coordination among the groupings so that they reinforce one another

Minilateralism is not a substitute for regional architecture. Used well, it can be a complement to it."""),

dict(slug="tt-sanctions-effectiveness", title="Do Sanctions Work? Lessons from a Decade of Financial Measures",
     dek="", author="Katharina Brandt", date="2022-10-18", place="",
     body="""Sanctions have become the instrument of first resort for Western governments confronting behaviour they oppose but do not wish to meet with force. The number of individuals and entities designated by the United States alone has grown several times over since 2010. Yet the question of whether sanctions achieve their aims remains contested, in part because their aims are so rarely stated clearly.

This commentary distinguishes between three purposes that sanctions serve: coercion, constraint and signalling. It argues that judging them against the first, as public debate usually does, leads to unduly pessimistic conclusions, while judging them against the third alone lets governments off too lightly.

## Coercion

Coercion aims to change a target's behaviour by imposing costs that outweigh the benefits of continuing. The record here is modest. Studies of cases since the 1970s suggest that sanctions contributed to a change in policy in perhaps a third of instances, and far less often when the demand touched the survival of the regime or its core security interests.

## Constraint

Constraint aims to limit a target's capabilities regardless of its intentions: to slow a weapons programme, degrade a military industry or reduce the revenue available to an armed group. On this measure, sanctions have performed better. Export controls on advanced components, in particular, have raised costs and caused delays that are difficult to reverse quickly, even when targets find workarounds.

## Signalling

Sanctions also communicate: to the target, to allies and to domestic audiences. They establish that a line has been crossed and that there will be a price. Signalling has value, but it can become a substitute for strategy when measures are imposed without a clear view of what would lead to their removal.

## Implications

Policymakers should state which of these purposes a given measure serves, set out in advance the conditions for relief, and invest in enforcement, which remains the weakest link in most sanctions programmes. Without those steps, the growing use of sanctions will produce diminishing returns."""),

dict(slug="longread-water-wars", title="The Coming Fights Over Water Are Already Here",
     dek="Dams, droughts and diplomacy along the world's great rivers.",
     author="Miriam Okafor", date="2023-08-22", place="",
     body="""On a hillside above the Blue Nile, where the river bends before crossing into Sudan, a wall of concrete more than 140 metres high now holds back a reservoir larger than many lakes. For Ethiopia, the dam is a symbol of national achievement and the promise of electricity for the half of its population that still lacks it. For Egypt, which depends on the Nile for nearly all of its fresh water, it is a standing threat.

The dispute over the dam has become the most visible example of a broader trend. Across the world, governments are building dams, diverting rivers and pumping aquifers at a pace that outstrips the capacity of existing agreements to manage the consequences. Climate change is making flows less predictable. Populations downstream are growing. And the institutions that once allowed rivals to share water, however imperfectly, are under strain.

## The upstream advantage

Geography confers power. A state at the headwaters of a river can build infrastructure that changes what its neighbours receive, and there is little those neighbours can do short of force. International water law offers principles, equitable use and the obligation not to cause significant harm, but these principles pull in opposite directions and leave wide room for interpretation.

The Mekong offers a sobering illustration. A series of dams on the upper river has altered the seasonal pulse on which fisheries and farmers further south depend. Downstream governments have been reluctant to confront their powerful neighbour directly, and a regional commission lacks the authority to compel data sharing.

## Where cooperation works

Not every shared river is a battleground. The Indus treaty, for all its current difficulties, survived three wars between its parties. The Senegal River basin organisation has allowed its members to jointly own and operate dams. What successful arrangements have in common is not goodwill but structure: clear allocation rules, reliable data and mechanisms for resolving disputes before they become crises.

> Water agreements fail less often because of malice than because they were written for a river that no longer exists.

That observation, offered by a negotiator who spent two decades on basin commissions, captures the challenge ahead. Agreements negotiated on the basis of historical flows will need to adapt to a future in which those flows cannot be taken for granted.

## What diplomacy can do

There is no single solution, but there are practical steps. Joint monitoring of flows and reservoir levels reduces suspicion. Agreements on drought management, negotiated in advance, take the heat out of the moments when scarcity is greatest. And linking water to broader cooperation on energy and trade can give upstream states a stake in the welfare of their neighbours.

The fights over water are already here. Whether they become wars depends on choices that governments are making now."""),

dict(slug="longread-diplomats-digital", title="How Diplomacy Learned to Live Online",
     dek="", author="Tomás Albrecht", date="2022-04-04", place="",
     body="""When the pandemic closed borders in the spring of 2020, diplomats discovered overnight that much of their work could be done from a laptop. Summits became video calls, negotiating rounds became shared documents, and the corridors of international organisations fell silent.

Three years on, many of those habits have stuck. Ministers still travel, but routine consultations that once required a flight now often take place on screen. The question that practitioners are asking is not whether digital diplomacy works, but what is lost when the informal encounters that used to surround formal meetings disappear.

## What moved online easily

Information exchange, it turns out, travels well. Briefings, coordination calls among allies and the technical work of drafting texts were often more efficient online. Smaller delegations, which could never afford to send large teams to every meeting, found that they could participate more fully.

## What did not

Negotiation is another matter. Several diplomats interviewed for this article described the difficulty of building trust with counterparts they had never met in person. The informal conversation over coffee, where a negotiator can test an idea without committing to it, has no easy equivalent on a video call, where every word may be recorded.

"You cannot read a room through a screen," said one ambassador who took part in a major negotiation during the pandemic. "And you cannot take someone aside."

## A hybrid future

The likely outcome is a hybrid model, with routine work done remotely and in-person meetings reserved for the moments that matter most. That has implications for how ministries train their staff, secure their communications and decide which meetings are worth the cost of travel.

It also raises questions of equity. Governments with reliable connectivity and secure systems will find the new model easier than those without, and the digital divide may become one more way in which international diplomacy reflects inequalities of power."""),

dict(slug="tt-drupal-food-security", title="Food Security and Conflict: Breaking the Cycle",
     dek="", author="Nadia Karimi", date="2023-06-07", place="",
     body="""Conflict is the main driver of acute hunger in the world today. Of the roughly 250 million people classified as facing crisis levels of food insecurity or worse, a large majority live in countries affected by armed violence. Yet humanitarian responses to hunger and political efforts to end conflict are often designed and funded separately, as if they were different problems.

This report examines the links between conflict and food insecurity in four countries and sets out how donors, humanitarian agencies and mediators can work together to break the cycle.

## How conflict causes hunger

The mechanisms are well documented. Fighting displaces farmers and disrupts planting and harvests. Armed groups and governments use sieges and blockades to deny food to populations they consider hostile. Markets collapse as roads become unsafe and currencies lose value. And the destruction of water systems, health facilities and livelihoods makes recovery slow even after violence subsides.

## How hunger fuels conflict

The relationship also runs the other way. Sharp rises in food prices have preceded periods of unrest in many countries. Competition over land and water between herders and farmers can turn violent when harvests fail. And armed groups recruit more easily among young people who have no other means of feeding their families.

## Recommendations

- Mediators should include access for food and agricultural inputs in the earliest stages of ceasefire talks
- Donors should fund multi-year programmes that protect livelihoods, not only emergency rations
- The Security Council should make more systematic use of its resolution condemning starvation as a method of warfare

Breaking the cycle will require humanitarian, development and peace actors to plan together. The costs of failing to do so are measured in lives."""),

dict(slug="tt-drupal-arms-control", title="Arms Control After New START",
     dek="", author="Oleg Sorokin", date="2023-02-28", place="",
     body="""The last remaining treaty limiting the strategic nuclear forces of the United States and Russia is due to expire in February 2026. Moscow's announcement that it is suspending its participation has removed the inspections and data exchanges that gave the treaty much of its value, and there is no sign of negotiations on a successor.

For the first time since the early 1970s, the world may soon be without any agreed limits on the two largest nuclear arsenals. This analysis considers what might take the place of a formal treaty and what steps could reduce risks in the meantime.

## Why it matters

Arms control treaties never eliminated competition, but they made it more predictable. Limits on numbers, combined with verification, allowed each side to plan its forces without assuming the worst about the other. Without that information, military planners will be inclined to hedge, and hedging can drive a costly and dangerous build-up.

The challenge is compounded by the growth of China's arsenal. American officials argue that any future arrangement must take account of a third major nuclear power, while Beijing has so far refused to join talks, pointing out that its forces remain much smaller.

## Interim measures

Several steps could limit the damage while a new framework is developed. Both sides could declare that they will continue to respect the treaty's central limits as long as the other does. They could maintain notifications of missile launches and major exercises. And they could open talks on risk reduction, including crisis communication channels, that do not require agreement on numbers.

## Conclusion

None of these measures is a substitute for a verifiable treaty. But they could help to prevent the end of New START from becoming the beginning of an unconstrained arms race."""),

dict(slug="tt-drupal-migration-compacts", title="Migration Partnerships: What Europe's Deals Have Delivered",
     dek="", author="Ines Castillo", date="2023-09-19", place="",
     body="""Over the past decade, the European Union and its member states have signed a series of agreements with countries of origin and transit, offering funding, trade preferences and legal pathways in exchange for cooperation on border control and the return of migrants. The most recent of these arrangements, with a North African government, has again raised the question of what such deals achieve and at what cost.

## The record

Arrivals on some routes fell sharply after agreements took effect, but the effect has often been temporary or displaced to other routes. Returns of people with no right to stay have remained low, largely because countries of origin have little incentive to accept them. Meanwhile, legal pathways promised as part of the bargain have been slow to materialise.

## The risks

Human rights organisations have documented abuses against migrants in several partner countries, including arbitrary detention and expulsions to desert border areas. Dependence on partners for border control also gives those governments leverage, which some have used to extract further concessions by threatening to let people through.

## A better bargain

Partnerships are more likely to last when they serve the interests of both sides. That means larger and faster legal pathways for work and study, investment that creates jobs, and independent monitoring of how funds are used. It also means accepting that no agreement with a third country will remove the need for a functioning asylum system in Europe itself."""),
]
