# More bodies: blog, press statement, live blogs, non-English pages.
# In a live blog, a block "@@ TIME" opens an entry; the time is page
# furniture, not article text.

BODIES_E = [
dict(slug="blog-embassy-life", title="Notes from a small embassy: the week the election came",
     dek="", author="Hannah Lindqvist", date="2022-10-03", place="",
     body="""I have worked in four embassies, and the one I am posted to now is by far the smallest. There are six of us from home and eleven local staff, and when an election comes around, everyone does everything.

This week it was the parliamentary vote. We had been preparing for months, mostly by reading: party programmes, polling that nobody quite trusts, the reports of the observer mission that arrived in August. By the time polling day came, I felt I knew the candidates better than my own neighbours back home.

On the day itself, two of us joined the observers at polling stations outside the capital. What struck me most was not anything dramatic. It was the patience of the queues. People stood for hours in the sun, and when I asked an old man why he had come so early, he said he wanted to be sure his vote was counted before the ballots ran out. They did not run out, as it happened, but he had seen it happen before.

The count was slower than promised, and the first results were disputed within hours. Our job in those days is mostly to listen: to the parties, to civil society, to the election commission, and to the other embassies, who are all listening to the same people. We write it up, send it home, and try not to say anything in public that we will regret.

By Friday things had calmed down. The opposition has filed complaints in three districts, and the courts will decide. I went home early for the first time in a fortnight and slept for eleven hours.

People sometimes ask what diplomats actually do. Weeks like this one are part of the answer. Most of it is not glamorous. It is paying attention, carefully and for a long time, and explaining what you have seen to people who were not there."""),

dict(slug="press-statement-maritime", title="Joint Statement on Freedom of Navigation in the Strait",
     dek="", author="Office of the Spokesperson", date="2023-08-15", place="",
     body="""The following joint statement was released by the governments of the participating states on the occasion of the ministerial meeting held today.

Begin text:

We, the foreign ministers, reaffirm our commitment to the freedom of navigation and overflight and to the unimpeded lawful commerce that is vital to the prosperity of all nations.

We express serious concern about recent incidents in which commercial vessels were harassed, boarded or diverted while transiting international waters, and about the use of dangerous manoeuvres by military and coast guard ships. Such actions undermine regional stability and the rules-based maritime order.

We call on all states to act in accordance with international law, as reflected in the United Nations Convention on the Law of the Sea, and to resolve disputes peacefully, without the threat or use of force.

We commit to deepening our cooperation on maritime domain awareness, including through information sharing and joint training, and to supporting the capacity of coastal states to monitor and protect their own waters.

End text."""),

dict(slug="live-election-night", title="Election results live: counting under way after record turnout",
     dek="", author="Live team", date="2022-10-30T18:00:00-03:00", place="",
     body="""@@ 23:58

## Final count: incumbent concedes

With more than 99 percent of ballots counted, the electoral court says the challenger has won 50.9 percent of the valid votes. The incumbent's campaign has issued a short statement saying it will "respect the constitution", without explicitly conceding.

@@ 23:31

Crowds are gathering on the main avenue of the capital, where the challenger is expected to speak within the hour. Our correspondent there says the atmosphere is jubilant, with supporters waving flags and setting off fireworks.

@@ 22:47

## Margin narrows to under two points

The gap between the two candidates has narrowed to less than two percentage points as results come in from the northeast, where the challenger has historically performed strongly. Analysts say the remaining votes are unlikely to change the result.

@@ 22:10

A spokesperson for the electoral court said that turnout appeared to be a record, at around 79 percent. She said there had been no reports of serious incidents at polling stations, although there were long queues in several cities.

@@ 21:35

Police said they had stopped more than 500 buses carrying voters at roadside checkpoints during the day, prompting accusations from the challenger's party that the operations were designed to suppress turnout. The electoral court's president said the checks had not prevented anyone from voting, and ordered them to stop.

@@ 21:02

## First results

The first official results, with about a third of ballots counted, show the incumbent ahead by four points. Both campaigns have urged supporters to wait for the final count.

@@ 20:00

Polls have closed across the country. Voting is electronic, and results are usually known within a few hours. Stay with us for updates through the night."""),

dict(slug="live-summit-day-two", title="G20 summit live: leaders debate food and energy as talks run late",
     dek="", author="Live team", date="2022-11-16T09:00:00+08:00", place="",
     body="""@@ 19:42

## Declaration agreed

Diplomats say the final declaration has been agreed after negotiators worked through the night on the paragraph dealing with the war in Ukraine. The text notes that "most members" condemned the war, while acknowledging "other views and different assessments of the situation".

@@ 17:15

The host country's president has urged leaders to "end the war", in his closing remarks to the session on food security. He said the world could not afford another year of high prices for fertiliser and grain.

@@ 15:03

## Emergency meeting after missile strike

Leaders from the G7 and NATO countries attending the summit held an emergency meeting this morning after reports that a missile had struck a village in a member state near the border. Initial assessments suggest the missile may have been fired by air defences, officials said, but investigations are continuing.

@@ 12:20

The Chinese and Australian leaders held their first formal meeting in six years on the margins of the summit. An Australian official described the hour-long talks as "constructive" and said trade restrictions had been discussed.

@@ 09:30

Good morning and welcome to our coverage of the second and final day of the summit. Leaders are due to discuss digital transformation and health before the closing session this afternoon."""),

dict(slug="ministry-es-cooperacion", title="España y Marruecos firman un acuerdo de cooperación migratoria",
     dek="", author="", date="15/03/2023", place="MADRID",
     body="""El ministro de Asuntos Exteriores, Unión Europea y Cooperación ha firmado hoy en Rabat un memorando de entendimiento con su homólogo marroquí para reforzar la cooperación en materia de migración y movilidad laboral.

El acuerdo prevé la creación de un grupo de trabajo conjunto que se reunirá al menos dos veces al año, así como programas de formación para jóvenes en sectores con demanda de mano de obra en ambos países, como la agricultura, la hostelería y la construcción.

«Hoy damos un paso más en una relación que es estratégica para España y para Europa», declaró el ministro tras la firma. Añadió que la migración ordenada, segura y regular beneficia a los países de origen, de tránsito y de destino.

Ambas partes acordaron también intensificar la lucha contra las redes de tráfico de personas y mejorar el intercambio de información entre sus cuerpos de seguridad.

La firma se produce en el marco de la reunión de alto nivel celebrada en la capital marroquí, en la que se han suscrito una veintena de acuerdos en ámbitos como la educación, la energía, el transporte y la cultura."""),

dict(slug="ministry-en-consular", title="Travel advice update: consular assistance during the strike",
     dek="", author="", date="21 November 2022", place="",
     body="""The Ministry advises citizens travelling to or residing in the country that a general strike has been called for Thursday 24 and Friday 25 November. Public transport, airports and border crossings may be affected.

Citizens should monitor local media, follow the instructions of the local authorities and avoid demonstrations, which may turn violent without warning. Allow extra time to reach airports, and confirm flight details with your airline before travelling.

The Embassy will remain open for emergency consular assistance throughout the strike. Routine services, including passport applications and notarial services, will be suspended on both days; appointments will be rescheduled.

If you need urgent help, contact the Embassy's 24-hour line. Citizens who have not yet done so are encouraged to register their presence in the country so that the Embassy can contact them in an emergency.

We will update this advice as the situation develops."""),

dict(slug="pl-wizyta-kijow", title="Prezydent Polski z wizytą w Kijowie. Rozmowy o odbudowie i bezpieczeństwie",
     dek="", author="Katarzyna Wiśniewska", date="2023-05-22", place="WARSZAWA",
     body="""Prezydent Polski przybył w poniedziałek rano do Kijowa, gdzie spotkał się z prezydentem Ukrainy. Rozmowy dotyczyły bezpieczeństwa regionu, eksportu zboża oraz udziału polskich firm w odbudowie zniszczonej infrastruktury.

Podczas wspólnej konferencji prasowej obaj przywódcy podkreślili, że współpraca między Warszawą a Kijowem jest „strategiczna i długofalowa”. Polski prezydent zapowiedział, że jego kraj będzie nadal wspierał aspiracje Ukrainy do członkostwa w Unii Europejskiej i NATO.

Jednym z tematów rozmów był spór dotyczący importu ukraińskiego zboża, który wywołał protesty rolników we wschodniej Polsce. Strony uzgodniły powołanie wspólnej grupy roboczej, która ma przygotować rozwiązania przed żniwami.

Wizyta zbiegła się z pierwszą rocznicą otwarcia nowego przejścia granicznego dla transportu ciężarowego. Według danych Straży Granicznej przez granicę polsko-ukraińską przejeżdża obecnie średnio ponad dwa tysiące ciężarówek dziennie.

Po spotkaniu prezydent odwiedził miejscowość pod Kijowem, w której złożył kwiaty pod pomnikiem ofiar wojny. Wieczorem powrócił do Warszawy."""),

dict(slug="cz-predsednictvi", title="Česko převzalo předsednictví v Radě EU. Priority jsou energetika a Ukrajina",
     dek="", author="Petr Dvořák", date="2022-07-01T09:00:00+02:00", place="PRAHA",
     body="""Česká republika v pátek převzala od Francie předsednictví v Radě Evropské unie. Během příštích šesti měsíců bude řídit jednání ministrů členských států a vyjednávat s Evropským parlamentem o nových předpisech.

Vláda stanovila pět hlavních priorit: zvládání uprchlické krize a poválečnou obnovu Ukrajiny, energetickou bezpečnost, posílení evropské obrany, odolnost ekonomiky a odolnost demokratických institucí.

„Předsednictví přichází v mimořádně těžké době,“ řekl předseda vlády při slavnostním zahájení v Praze. Zdůraznil, že Česko chce být „férovým zprostředkovatelem“ mezi různými zájmy členských zemí.

Největší výzvou bude podle diplomatů energetika. Ceny plynu a elektřiny dosahují rekordních úrovní a řada států se obává nedostatku paliva během zimy. Česko proto plánuje svolat mimořádné zasedání ministrů energetiky.

Součástí předsednictví je také přibližně dvě stě akcí po celé republice, včetně neformálních setkání ministrů a summitu Evropského politického společenství, který se uskuteční na podzim na Pražském hradě."""),
]
