# A second held-out batch ("heldout" too), written after the first tuning
# round and measured once: site families chosen to be hard in ways the
# first batch was not (an unmarked comment thread longer than the article,
# inline story cards inside the body, a fact box beside it, pagination, a
# table of contents and endnotes, a transcript, a print page, an accordion
# of documents, windows-1251).
from common import *
from layouts_tune import ymd, human, res, MONTHS

INTERVIEW = dict(slug="interview-envoy", title="\u201cThe hardest part of mediation is patience\u201d: a conversation with a former UN envoy",
    author="Clara Jensen", date="2023-06-19", place="",
    intro="After two decades as a mediator in conflicts from the Balkans to the Horn of Africa, she retired last year. We spoke about what she learned, what she got wrong, and why she still believes that talking works.",
    qa=[("What did you find hardest about the work?", "Patience, without a doubt. Every party arrives convinced that time is on its side, and the mediator's job is to keep the door open until that belief changes. Sometimes that takes months. Sometimes it takes years, and in the meantime people are dying, which is very hard to live with."),
        ("Is there a moment you think of as a success?", "There are small moments more than big ones. I remember a night when two delegations that had refused to sit in the same room ended up eating together because the hotel kitchen had closed. Nothing was agreed that night, but something changed, and the next round went differently."),
        ("And a failure?", "Several. The one that stays with me is a ceasefire we pushed through too quickly because the international pressure was enormous. It collapsed within weeks, and the second collapse was worse than the first, because both sides felt they had been tricked into it."),
        ("Has mediation changed since you started?", "The number of outside actors has grown enormously. When I began, you dealt with the parties and perhaps two or three governments. Now there are regional powers, private companies, armed groups with their own foreign sponsors and a dozen organisations offering to help. Coordinating the mediators can take as much energy as mediating."),
        ("What would you tell someone starting out?", "Listen more than you speak, and never promise what you cannot deliver. The parties will forgive you for being slow. They will not forgive you for being dishonest.")])

SPEECH = dict(slug="speech-minister-un", title="Remarks by the Foreign Minister at the Security Council open debate on climate and security",
    author="", date="2023-06-13", place="",
    paras=["Thank you, Madam President, and thank you for convening this debate on a question that is no longer hypothetical for millions of people.",
           "In my own region, we have seen rivers run dry in summer and flood in spring, harvests fail two years in a row, and herders move their animals into areas where they have never grazed before. Each of these changes brings people into competition for land and water, and where institutions are weak, competition can turn into conflict.",
           "This Council has a role to play. It should ask for regular reporting on the security risks of climate change in the countries on its agenda. It should make sure that peace operations have the expertise to understand those risks. And it should support the regional organisations that are already working to manage them.",
           "Some members argue that climate change belongs to other forums. We respect the mandates of those forums. But when drought drives displacement and displacement fuels violence, the question is already on this Council's table, whether we choose to discuss it or not.",
           "My country stands ready to work with all members to develop a practical approach. We owe that to the people who are living with the consequences today.",
           "I thank you."])

RU = dict(slug="ru-peregovory", title="Переговоры о зерновой сделке продолжатся на следующей неделе",
    author="Анна Смирнова", date="2023-07-10", place="",
    body="""Представители сторон договорились продолжить консультации о продлении зерновой сделки на следующей неделе, сообщили в понедельник источники, знакомые с ходом переговоров.

По их словам, главным предметом обсуждения остаются гарантии для экспорта продовольствия и удобрений, а также порядок досмотра судов в Стамбуле. Стороны обменялись письменными предложениями, однако окончательного решения пока нет.

Генеральный секретарь ООН призвал все стороны проявить гибкость. «Миллионы людей в беднейших странах зависят от того, будет ли сделка продлена», — заявил он журналистам.

Эксперты отмечают, что цены на пшеницу на мировых рынках в последние недели выросли на фоне неопределённости. По их оценкам, прекращение действия соглашения может привести к новому скачку цен осенью.

Срок действия текущего соглашения истекает в середине месяца.""")

def interview(b, others, rng):
    url = "https://www.globalviews.example/interviews/%s" % b["slug"]
    qa = "\n".join('<p class="q"><strong>%s</strong></p>\n<p>%s</p>' % (esc(q), esc(a)) for q, a in b["qa"])
    replies = rng.sample(COMMENTS, 8)
    resp = "\n".join('<div class="pw-response"><div class="pw-response-head"><span>%s</span><span>2 days ago</span></div><div class="pw-response-body"><p>%s</p></div><div class="pw-response-foot"><button>Clap</button><button>Reply</button></div></div>' % (esc(n), esc(t)) for n, t in replies)
    html = '''<!DOCTYPE html><html><head><meta charset="utf-8"><title>%(t)s | Global Views</title>
<meta property="og:title" content="%(t)s"><meta name="author" content="%(a)s"><meta property="article:published_time" content="%(date)s">
<link rel="canonical" href="%(url)s"></head><body>
<div class="top"><a href="/">Global Views</a><a href="/signin">Sign in</a><a href="/get-started">Get started</a></div>
<div class="wrap"><div class="post">
<h1>%(t)s</h1><div class="post-byline"><a href="/@x">%(a)s</a> &middot; 9 min read &middot; %(hd)s</div>
<div class="section-content"><div class="section-inner">
<p class="intro"><em>%(intro)s</em></p>
%(qa)s
<p><em>This interview has been edited for length and clarity.</em></p>
</div></div>
<div class="post-tags"><a href="/tag/diplomacy">Diplomacy</a><a href="/tag/un">United Nations</a></div>
</div>
<div class="responses"><h3>Responses (%(nr)d)</h3>
%(resp)s
</div></div>
<div class="bottom"><a href="/about">About</a><a href="/help">Help</a><a href="/terms">Terms</a></div></body></html>''' % dict(
        t=esc(b["title"]), a=esc(b["author"]), date=b["date"], url=url, hd=human(b["date"]), intro=esc(b["intro"]), qa=qa,
        nr=len(replies), resp=resp)
    g = [b["intro"]]
    for q, a in b["qa"]:
        g += [q, a]
    g.append("This interview has been edited for length and clarity.")
    return res(html, "\n\n".join(g) + "\n", dict(page_url=url, title=b["title"], date=b["date"], author=b["author"], url=url))

def paginated(b, others, rng):
    d = ymd(b["date"])
    url = "https://www.eurasia-monitor.example/news/%s?page=1" % b["slug"]
    html = '''<!DOCTYPE html><html><head><meta charset="utf-8"><title>%(t)s - Eurasia Monitor</title>
<link rel="canonical" href="https://www.eurasia-monitor.example/news/%(slug)s"><meta name="pubdate" content="%(iso)s">
</head><body><div id="hdr"><a href="/">Eurasia Monitor</a> %(nav)s</div>
<div id="main-col"><div class="headline-area"><h1>%(t)s</h1><p class="dt">%(hd)s</p></div>
<div class="story-text">
%(body)s
</div>
<div class="pages">Page <b>1</b> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">Next page &raquo;</a></div>
<div class="tools"><a href="?print=1">Print this article</a> <a href="/mail">E-mail to a friend</a> <a href="/feedback">Send feedback</a></div>
</div>
<div id="side-col"><h4>Headlines</h4>%(side)s</div>
<div id="ftr">Eurasia Monitor &copy; 1998-2023. Reproduction of any material requires a link to the source.</div></body></html>''' % dict(
        t=esc(b["title"]), slug=b["slug"], iso=d.isoformat(), nav=nav_ul(NAV_SECTIONS[:5]), hd=human(b["date"]), body=render(b["body"], rng),
        side=teasers(others, rng, 6, lambda t, s, h: '<p><a href="%s">%s</a><br>%s</p>' % (h, esc(t), esc(s))))
    return res(html, gold(b["body"]), dict(page_url=url, title=b["title"], date=d.isoformat(), author=None,
                                          url="https://www.eurasia-monitor.example/news/%s" % b["slug"]))

def factbox(b, others, rng):
    url = "https://www.asiapacificpost.example/region/%s" % b["slug"]
    box = '<div class="col-md-4"><div class="panel"><h3>In numbers</h3><ul><li>14 member states took part in the meeting, the largest number since the forum was founded.</li><li>3 previous rounds of talks ended without a joint statement, officials said.</li><li>2,000 kilometres separate the two capitals at the heart of the dispute.</li></ul><h3>Background</h3><p>The forum was created to give smaller states a voice on regional security, and meets once a year at the level of foreign ministers, with working groups in between.</p></div></div>'
    html = '''<!DOCTYPE html><html><head><meta charset="utf-8"><title>%(t)s</title>
<meta property="og:title" content="%(t)s"><meta property="article:published_time" content="%(date)s"><meta name="author" content="%(a)s">
<link rel="canonical" href="%(url)s"></head><body>
<div class="navbar navbar-default"><div class="container">%(nav)s</div></div>
<div class="container"><h1 class="title">%(t)s</h1><p class="meta-line">%(a)s | %(hd)s</p>
<div class="row"><div class="col-md-8">
%(body)s
</div>
%(box)s
</div>
<div class="row"><div class="col-md-12"><h3>More from the region</h3>%(more)s</div></div></div>
<div class="foot">Asia Pacific Post</div></body></html>''' % dict(t=esc(b["title"]), date=b["date"], a=esc(b["author"]), url=url,
                                                                nav=nav_ul(NAV_SECTIONS[:6]), hd=human(b["date"]), body=render(b["body"], rng), box=box,
                                                                more=teasers(others, rng, 4, lambda t, s, h: '<div class="col-md-3"><a href="%s">%s</a><p>%s</p></div>' % (h, esc(t), esc(s))))
    return res(html, gold(b["body"]), dict(page_url=url, title=b["title"], date=b["date"], author=b["author"], url=url))

def transcript(b, others, rng):
    url = "https://mfa.example.org/en/speeches/%s" % b["slug"]
    body = "\n".join("<p>%s</p>" % esc(p) for p in b["paras"])
    html = '''<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>%(t)s - Ministry of Foreign Affairs</title>
<meta name="dc.date" content="%(date)s"></head><body>
<div class="lang-switch"><a href="/en">EN</a> <a href="/fr">FR</a> <a href="/es">ES</a> <a href="/ar">AR</a></div>
<div class="banner-area"><a href="/">Ministry of Foreign Affairs</a></div><div class="menu-bar">%(nav)s</div>
<div class="speech"><div class="speech-type">Statement</div><h1>%(t)s</h1><div class="speech-place">New York, %(hd)s</div>
<div class="check">Check against delivery</div>
<div class="speech-body">
%(body)s
</div>
<details class="docs"><summary>Related documents</summary><ul><li><a href="/d1.pdf">Concept note for the open debate, prepared by the presidency (PDF)</a></li><li><a href="/d2.pdf">Joint statement of the group of friends on climate and security (PDF)</a></li></ul></details>
</div><div class="site-foot">Ministry of Foreign Affairs &middot; Press Office</div></body></html>''' % dict(
        t=esc(b["title"]), date=b["date"], nav=nav_ul(["Ministry", "Policy", "Press", "Services"]), hd=human(b["date"]), body=body)
    return res(html, "\n\n".join(b["paras"]) + "\n", dict(page_url=url, title=b["title"], date=b["date"], author=None, url=url))

def printpage(b, others, rng):
    url = "https://www.harbourgazette.example/print/%s" % b["slug"]
    html = '''<html><head><title>%(t)s</title></head><body onload="window.print()">
<p><img src="/logo-print.gif" alt="The Harbour Gazette"></p>
<h2>%(t)s</h2><p><i>By %(a)s</i><br>%(hd)s</p>
%(body)s
<hr><p><small>URL of this article: https://www.harbourgazette.example/%(slug)s<br>&copy; The Harbour Gazette</small></p></body></html>''' % dict(
        t=esc(b["title"]), a=esc(b["author"]), hd=human(b["date"]), body=render(b["body"], rng, links=False), slug=b["slug"])
    return res(html, gold(b["body"]), dict(page_url=url, title=b["title"], date=human(b["date"]), author=b["author"], url=url))

def inlinecards(b, others, rng):
    url = "https://www.thecapitalnews.example/world/%s/" % b["slug"]
    picks = rng.sample(others, 2)
    card = lambda o: '<div class="wp-block-embed is-type-story"><div class="story-embed"><a href="/%s"><img src="/t.jpg" alt=""></a><div><span class="label">Related</span><a href="/%s"><strong>%s</strong></a><p>%s</p></div></div></div>' % (o["slug"], o["slug"], esc(o["title"]), esc(first_sentence(o["body"])))
    body = render(b["body"], rng, inserts={2: card(picks[0]), 5: card(picks[1])})
    html = '''<!DOCTYPE html><html><head><meta charset="utf-8"><title>%(t)s &#8211; The Capital News</title>
<meta property="og:title" content="%(t)s"><meta property="article:published_time" content="%(date)s">
<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"%(a)s"},"datePublished":"%(date)s"}</script>
<link rel="canonical" href="%(url)s"></head><body class="single">
<header class="masthead">%(nav)s</header><main class="site-main"><article class="post">
<h1 class="headline">%(t)s</h1><div class="dateline-row">%(hd)s</div>
<div class="the-content">
%(body)s
</div></article></main><footer class="colophon">The Capital News</footer></body></html>''' % dict(
        t=esc(b["title"]), date=b["date"], a=esc(b["author"]), url=url, nav=nav_ul(NAV_SECTIONS[:6]), hd=human(b["date"]), body=body)
    return res(html, gold(b["body"]), dict(page_url=url, title=b["title"], date=b["date"], author=b["author"], url=url))

def report_toc(b, others, rng):
    url = "https://www.policyforum.example/reports/%s" % b["slug"]
    heads = [t for k, t in blocks(b["body"]) if k == "h"]
    toc = "".join('<li><a href="#s%d">%s</a></li>' % (i, esc(h)) for i, h in enumerate(heads))
    body = render(b["body"], rng, h_open='<h2 id="s">', inserts={1: ""})
    body = body.replace("</p>", '<sup><a href="#fn1">1</a></sup></p>', 2)
    notes = '<section class="endnotes"><h2>Endnotes</h2><ol><li id="fn1">Interviews with officials conducted by the author between January and March; names withheld at their request.</li><li>Figures compiled from national statistical offices and the databases of international organisations.</li></ol></section>'
    html = '''<!DOCTYPE html><html><head><meta charset="utf-8"><title>%(t)s | Policy Forum</title>
<meta name="citation_title" content="%(t)s"><meta name="citation_author" content="%(a)s"><meta name="citation_publication_date" content="%(date)s">
<link rel="canonical" href="%(url)s"></head><body>
<div class="pf-header"><a href="/">Policy Forum</a>%(nav)s</div>
<div class="pf-report"><h1>%(t)s</h1><div class="pf-authors">%(a)s</div>
<div class="pf-toc"><h2>Contents</h2><ol>%(toc)s</ol></div>
<div class="pf-report-body">
%(body)s
%(notes)s
</div></div><div class="pf-footer">Policy Forum</div></body></html>''' % dict(
        t=esc(b["title"]), a=esc(b["author"]), date=b["date"], url=url, nav=nav_ul(["Research", "Experts", "Events"]), toc=toc, body=body, notes=notes)
    g = gold(b["body"]).replace("\n\n", "\n\n")
    return res(html, g, dict(page_url=url, title=b["title"], date=b["date"], author=b["author"], url=url))

def accordion_news(b, others, rng):
    url = "https://news.regionalbroadcast.example/articles/%s" % b["slug"]
    html = '''<!DOCTYPE html><html><head><meta charset="utf-8"><title>%(t)s</title>
<meta name="date" content="%(date)s"><link rel="canonical" href="%(url)s"></head><body>
<div id="root"><div class="layout"><div class="layout__header"><a href="/">RB News</a>%(nav)s</div>
<div class="layout__body"><div class="article-layout"><div class="article-layout__main">
<h1 class="article-title">%(t)s</h1><span class="article-author">%(a)s</span>
<div class="rich-text">
%(body)s
</div>
<div class="accordion"><button class="accordion__toggle">Show the timeline of this story</button><div class="accordion__panel" hidden><p>March: the first round of talks is announced. April: delegations meet in the capital. May: talks are suspended after an incident on the border.</p></div></div>
</div><div class="article-layout__aside"><div class="most-watched"><h2>Most watched</h2>%(mw)s</div></div></div></div></div></div></body></html>''' % dict(
        t=esc(b["title"]), date=b["date"], url=url, nav=nav_ul(NAV_SECTIONS[:5]), a=esc(b["author"]), body=render(b["body"], rng),
        mw=teasers(others, rng, 4, lambda t, s, h: '<div><a href="%s">%s</a></div>' % (h, esc(t))))
    return res(html, gold(b["body"]), dict(page_url=url, title=b["title"], date=b["date"], author=b["author"], url=url))

def russian(b, others, rng):
    url = "https://www.vestnik.example.ru/world/%s.html" % b["slug"]
    html = '''<!DOCTYPE html><html lang="ru"><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251">
<title>%(t)s | Вестник</title><meta name="author" content="%(a)s"><meta property="article:published_time" content="%(date)s">
<link rel="canonical" href="%(url)s"></head><body>
<div class="header"><a href="/">Вестник</a><ul class="menu"><li><a href="/politics">Политика</a></li><li><a href="/world">В мире</a></li><li><a href="/economy">Экономика</a></li></ul></div>
<div class="content"><div class="article"><h1>%(t)s</h1><div class="article__info">%(a)s, %(date)s</div>
<div class="article__text">
%(body)s
</div><div class="article__share">Поделиться: <a href="#">ВКонтакте</a> <a href="#">Telegram</a></div></div>
<div class="sidebar"><h3>Главное</h3><ul><li><a href="/1">Новости дня: коротко о главном</a></li><li><a href="/2">Курсы валют на сегодня</a></li></ul></div></div>
<div class="footer">© Вестник. Все права защищены.</div></body></html>''' % dict(t=esc(b["title"]), a=esc(b["author"]), date=b["date"], url=url,
                                                                       body=render(b["body"], rng, links=False))
    return res(html, gold(b["body"]), dict(page_url=url, title=b["title"], date=b["date"], author=b["author"], url=url),
               encoding="windows-1251")

SPECIAL = {"interview-envoy": INTERVIEW, "speech-minister-un": SPEECH, "ru-peregovory": RU}
