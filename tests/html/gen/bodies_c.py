# More article bodies for the fa HTML extraction set (see bodies_a.py).

BODIES_C = [
dict(slug="peru-protests-cabinet", title="Peru's president reshuffles cabinet as protests spread south",
     dek="", author="Lucía Fernández", date="2023-01-12T14:00:00-05:00", place="LIMA",
     body="""Peru's president replaced three ministers on Thursday, including the head of the interior ministry, as anti-government protests spread across the southern highlands and the death toll from clashes with security forces rose to at least 42.

The changes were announced in a televised address from the presidential palace. The president said the new cabinet would prioritise "dialogue and peace", and repeated her call for Congress to bring forward elections to this year.

Protesters in Puno, Cusco and Arequipa have blocked roads and occupied airports, demanding the president's resignation, the dissolution of Congress and the release of her predecessor, who was detained in December after attempting to dissolve the legislature.

The national ombudsman's office said that 17 people had been killed in a single day of clashes in Juliaca on Monday, most of them from gunshot wounds. Human rights groups have called for an independent investigation into the use of force by police and soldiers.

"People here feel that Lima has never listened to them," said a community leader in Puno, reached by telephone. "Now they are dying, and still nobody in Lima is listening."

The unrest has hit the tourism industry hard. The train service to Machu Picchu was suspended for several days, stranding hundreds of visitors, and the government has declared a state of emergency in several regions.

Analysts say the crisis reflects long-standing grievances in the south, where poverty rates are high and many residents feel excluded from the economic gains of the past two decades. Congress, which is deeply unpopular, has so far resisted calls to hold elections before 2024."""),

dict(slug="iran-talks-vienna-stall", title="Nuclear talks in Vienna stall over guarantees",
     dek="", author="Sara Moradi", date="2022-03-11", place="VIENNA",
     body="""Talks on reviving the 2015 nuclear agreement with Iran were paused on Friday, with negotiators returning to their capitals after a last-minute demand threatened to derail a deal that diplomats had described as all but complete.

The European Union's foreign policy chief, who coordinates the talks, said on social media that a pause was needed "due to external factors", adding that a final text was "essentially ready and on the table".

The delay followed a request from one of the parties for written guarantees that its trade with Iran would not be affected by sanctions imposed over an unrelated conflict. Western negotiators said the demand had nothing to do with the nuclear file and could not be accepted.

Iranian officials said they were committed to reaching an agreement but that some issues remained unresolved, including Tehran's demand for guarantees that a future U.S. administration would not withdraw from the deal again, as happened in 2018.

"We are close, but close is not done," one European diplomat said. "Every day that passes, Iran's programme advances, and the value of the deal to us diminishes."

Since the United States left the agreement, Iran has enriched uranium to 60 percent purity, close to weapons grade, and restricted access for inspectors from the International Atomic Energy Agency. The agency's head has warned that gaps in monitoring mean it may no longer be able to reconstruct the full history of Iran's activities.

Negotiators had been meeting in Vienna since April last year. It was not clear on Friday when they would return."""),

dict(slug="pacific-islands-security-pact", title="Pacific leaders push back on regional security pact",
     dek="", author="Tevita Fifita", date="2022-05-30T11:00:00+12:00", place="SUVA",
     body="""Pacific island governments declined on Monday to endorse a sweeping regional security and trade agreement proposed by Beijing, saying they needed more time to consult and would prefer to reach decisions collectively through their own regional forum.

The draft agreement, circulated to ten governments ahead of a meeting with the Chinese foreign minister in Fiji, covered policing, cybersecurity, maritime mapping and access to natural resources. Its publication by a regional leader who opposed it caused alarm in Canberra, Wellington and Washington.

After the meeting, the foreign minister said that China would publish a position paper on its relations with the region and that discussions would continue. "Don't be too anxious and don't be too nervous," he told reporters.

Leaders from several island states said their priority remained climate change, which they describe as the single greatest threat to the region. Some expressed frustration that the Pacific had again become an arena for competition between larger powers.

"We are not interested in geopolitical point-scoring," the prime minister of one small island state said. "We are interested in our survival."

The episode followed a bilateral security agreement signed between China and Solomon Islands in April, whose details have not been made public. Australian officials have said they fear it could lead to a permanent Chinese military presence less than 2,000 kilometres from their coast, a prospect the Solomon Islands government has rejected.

The Pacific Islands Forum is due to hold its leaders' meeting in July, where the question of regional security arrangements is expected to be discussed."""),

dict(slug="ethiopia-tigray-agreement", title="Ethiopia and Tigrayan forces sign truce in Pretoria",
     dek="", author="Dawit Bekele", date="2022-11-02T17:30:00+02:00", place="PRETORIA",
     body="""Ethiopia's government and forces from the northern Tigray region agreed on Wednesday to a permanent cessation of hostilities, in a deal brokered by the African Union that raised hopes of an end to a two-year war that has killed tens of thousands of people.

The agreement was announced after ten days of talks in South Africa. The AU's chief mediator, a former Nigerian president, described it as "the beginning of a new dawn" but cautioned that implementation would be the real test.

Under the terms of the deal, the two sides committed to an orderly and coordinated disarmament, the restoration of law and order, the restoration of services and unhindered access to humanitarian supplies. Details of how disarmament would be verified were not immediately made public.

Tigray has been largely cut off from the outside world since fighting resumed in August, with banking, telecommunications and electricity services suspended. Aid agencies say hundreds of thousands of people face famine-like conditions.

The lead negotiator for the Tigrayan side said concessions had been made "because the people of Tigray have suffered enough". The government's representative said the agreement respected Ethiopia's constitutional order and territorial integrity.

Neighbouring Eritrea, whose troops have fought alongside Ethiopian federal forces, was not a party to the talks. Diplomats said the withdrawal of Eritrean forces would be one of the most difficult questions to resolve."""),

dict(slug="brazil-amazon-fund", title="Norway and Germany unfreeze Amazon Fund after Brazil's election",
     dek="", author="Beatriz Santos", date="2023-01-03", place="BRASILIA",
     body="""Norway and Germany said they would resume payments to an international fund for the protection of the Amazon rainforest, after a new government took office in Brazil promising to end illegal deforestation by 2030.

The fund, which had received more than one billion dollars from donors before contributions were frozen in 2019, finances projects run by state agencies, municipalities and non-governmental organisations to monitor the forest, enforce environmental law and support sustainable livelihoods.

Brazil's new environment minister, who served in the same post two decades ago and oversaw a sharp fall in deforestation at the time, said the resumption was "a vote of confidence" in the government's plans.

Satellite data published by the national space research institute show that clearing of the Brazilian Amazon rose significantly over the past four years, reaching the highest levels in more than a decade. Scientists warn that parts of the forest are approaching a tipping point beyond which they could turn into savannah.

The Norwegian climate minister said that his government was ready to release funds quickly, but that payments would remain tied to measurable results. Germany's development minister said Berlin would also explore support for a broader initiative bringing together countries with tropical forests."""),

dict(slug="colombia-eln-talks", title="Colombia and ELN rebels open peace talks in Caracas",
     dek="", author="Andrés Morales", date="2022-11-21", place="CARACAS",
     body="""Colombia's government and the National Liberation Army, the country's largest remaining guerrilla group, formally resumed peace talks on Monday in Venezuela, more than three years after negotiations were suspended following a car bomb attack on a police academy in Bogotá.

The talks are a central element of the new president's promise of "total peace", an effort to negotiate with armed groups across the country. Norway, Cuba and Venezuela are acting as guarantors, and representatives of the Catholic Church and the United Nations attended the opening ceremony.

The government's lead negotiator said the process would be "different from all those that came before", and that it would involve civil society in the regions most affected by the conflict. The rebels' delegation said it would seek changes to the country's economic model.

The group has an estimated 2,500 fighters and is active in border areas, where it controls drug trafficking routes and illegal mining operations. Analysts say its decentralised command structure has made previous negotiations difficult, because local commanders have not always followed agreements reached at the table.

Relatives of victims of the conflict gathered outside the venue, calling for the truth about those who disappeared to be a priority of the talks. No date has been set for the end of the first round."""),

dict(slug="haiti-security-mission", title="Security Council authorises multinational mission for Haiti",
     dek="", author="Claudine Joseph", date="2023-10-02T22:10:00Z", place="UNITED NATIONS",
     body="""The UN Security Council on Monday authorised the deployment of a multinational security force to Haiti to help the national police fight armed gangs, a year after the country's prime minister first appealed for international help.

The resolution, drafted by the United States and Ecuador, was adopted with 13 votes in favour and two abstentions. It authorises the mission for an initial period of twelve months, with a review after nine.

Kenya has offered to lead the force and to contribute around 1,000 police officers. Several Caribbean states have also pledged personnel. The mission will not be a UN peacekeeping operation and will be funded by voluntary contributions.

Gangs control an estimated 80 percent of the capital, according to the United Nations. More than 2,400 people were killed in the first eight months of the year, and nearly 200,000 have been driven from their homes. Kidnappings for ransom have become routine.

Haiti's foreign minister, who addressed the council after the vote, called the decision "an expression of solidarity with a population in distress". Human rights groups welcomed the resolution but urged strict safeguards, recalling the cholera outbreak and sexual abuse scandals associated with the previous UN mission.

The timing of the deployment remains uncertain. Kenyan officials said a team would first travel to Haiti to assess needs, and a court challenge to the deployment has been filed in Nairobi."""),

dict(slug="moldova-gas-crisis", title="Moldova declares state of emergency over gas supply",
     dek="", author="Ion Rusu", date="2021-10-22", place="CHISINAU",
     body="""Moldova's parliament voted on Friday to declare a 30-day state of emergency, after the country's contract with its only gas supplier expired and negotiations on a new agreement broke down over price and past debts.

The government said it would seek to buy gas from other sources, including a first purchase through Poland, and would ask households and companies to reduce consumption. The prime minister said the country had enough gas for only a few days at current rates of use.

The supplier has offered to extend the contract at a price almost three times higher than Moldova paid last year. Officials in Chisinau say the demand is political, linked to the pro-European course of the government elected in July.

The European Union said it would provide emergency support, and several member states offered to help Moldova secure supplies. Energy analysts noted, however, that the country's pipeline connections to the west remain limited and that alternative supplies would be more expensive.

The crisis has raised concerns about the winter in a country where average incomes are among the lowest in Europe and many households spend a large share of their budget on heating."""),

dict(slug="mexico-us-security-dialogue", title="Mexico and US open new security framework talks",
     dek="", author="Gabriela Ruiz", date="2021-10-08T13:00:00-05:00", place="MEXICO CITY",
     body="""Senior officials from Mexico and the United States met in Mexico City on Friday to launch a new framework for security cooperation, replacing an initiative that for more than a decade focused on equipment and training for Mexican forces.

The new arrangement, officials said, will put greater emphasis on public health, on reducing the flow of weapons from north to south and on dismantling the financial networks of criminal organisations. It will also address the trafficking of synthetic drugs, which have driven a sharp rise in overdose deaths in the United States.

Mexico's foreign minister said the previous approach had "not worked", pointing to the tens of thousands of homicides recorded every year. He said both governments now recognised a "shared responsibility" for violence on both sides of the border.

The U.S. delegation, which included the secretary of state and the attorney general, said the framework would be implemented through joint working groups that would report regularly on progress. They did not announce new funding.

Human rights groups urged both governments to include measures to protect journalists and to address impunity, noting that the vast majority of crimes in Mexico are never solved."""),

dict(slug="japan-korea-summit", title="Japan and South Korea leaders pledge to mend ties",
     dek="", author="Kenji Watanabe", date="2023-03-16", place="TOKYO",
     body="""The leaders of Japan and South Korea agreed on Thursday to resume regular visits and restore security dialogue, at the first summit in Tokyo between the two countries in more than a decade.

The meeting followed Seoul's announcement earlier this month of a plan to compensate Koreans forced to work for Japanese companies during the colonial period through a domestic foundation, without direct contributions from the companies involved. The issue had been the main obstacle to improved relations.

Japan's prime minister said the two countries had opened "a new chapter". He said that Tokyo would lift export controls on materials used in the production of semiconductors, and that Seoul would drop a complaint it had filed at the World Trade Organization.

The South Korean president said that the two countries, as neighbours sharing democratic values, needed to cooperate in the face of growing threats from North Korea, which fired an intercontinental ballistic missile hours before he arrived in Tokyo.

The compensation plan has been criticised by some victims and by opposition parties in Seoul, who say it lets Japanese companies off the hook. Polls suggest that a majority of South Koreans oppose it.

Washington, which has urged its two allies to overcome historical grievances, welcomed the summit."""),
]
