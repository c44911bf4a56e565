# Page layouts for the held-out part: families of sites not used in the
# tuned part, so the held-out figures measure pages html.c was not fitted to.
import json
from common import *
from layouts_tune import ymd, human, res, MONTHS

# --- A React/Next.js news app: utility classes only, no semantic tags --------
def nextjs(b, others, rng, site="Northwind Times", host="northwindtimes.example"):
    d = ymd(b["date"])
    url = "https://www.%s/world/%s-%d" % (host, b["slug"], rng.randrange(10**6, 10**7))
    def cls():
        return "sc-%x %s" % (rng.randrange(1 << 24), "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(6)))
    body = []
    for k, t in blocks(b["body"]):
        if k == "p":
            body.append('<div class="%s"><p class="%s" data-testid="paragraph">%s</p></div>' % (cls(), cls(), linkify(t, rng)))
        elif k == "h":
            body.append('<h2 class="%s">%s</h2>' % (cls(), esc(t)))
        if len(body) == 2:
            body.append('<div class="%s"><div class="%s" data-ad-unit="inarticle"><span class="%s">Advertisement</span></div></div>' % (cls(), cls(), cls()))
        if len(body) == 5:
            body.append('<div class="%s" data-testid="inline-newsletter"><h3 class="%s">The World This Week</h3><p class="%s">%s</p><input type="email"><button>Sign up</button></div>' % (cls(), cls(), cls(), esc(NEWSLETTER[0])))
    more = teasers(others, rng, 6, lambda t, s, h: '<a class="%s" href="%s"><div class="%s"><h3 class="%s">%s</h3><p class="%s">%s</p></div></a>' % (cls(), h, cls(), cls(), esc(t), cls(), esc(s)))
    next_data = json.dumps({"props": {"pageProps": {"article": {"id": b["slug"], "headline": b["title"], "summary": first_sentence(b["body"])}}}})
    html = '''<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/>
<title>%(t)s | %(site)s</title>
<meta property="og:title" content="%(t)s"/><meta property="og:url" content="%(url)s"/><meta property="og:site_name" content="%(site)s"/>
<meta property="article:published_time" content="%(date)s"/>
<script type="application/ld+json">%(ld)s</script>
<link rel="preload" as="script" href="/_next/static/chunks/main.js"/>
</head><body><div id="__next"><div class="%(c1)s">
<div class="%(c2)s"><a class="%(c3)s" href="/">%(site)s</a><div class="%(c4)s">%(nav)s</div><a class="%(c5)s" href="/subscribe">Subscribe</a></div>
<div class="%(c6)s"><div class="%(c7)s"><span class="%(c8)s">World</span><h1 class="%(c9)s">%(t)s</h1>
<div class="%(c10)s"><span class="%(c11)s">By <a href="/people/x">%(a)s</a></span><span class="%(c12)s">%(hd)s</span></div></div>
<div class="%(c13)s"><img src="/x.jpg" alt=""/><span class="%(c14)s">Officials inspect the site on Monday. Photo: Agency</span></div>
<div class="%(c15)s">
%(body)s
</div>
<div class="%(c16)s"><h2 class="%(c17)s">More from World</h2>%(more)s</div></div>
<div class="%(c18)s"><div class="%(c19)s"><span>%(cookie)s</span><button>OK</button></div></div>
<div class="%(c20)s"><p>&copy; %(site)s Ltd 2023. Registered in the Northwind Islands.</p><div>%(nav2)s</div></div>
</div></div>
<script id="__NEXT_DATA__" type="application/json">%(nd)s</script>
</body></html>''' % dict(dict(("c%d" % i, cls()) for i in range(1, 21)), t=esc(b["title"]), site=site, url=url, date=b["date"],
                          ld=json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": b["title"], "datePublished": b["date"],
                                         "author": {"@type": "Person", "name": b["author"]}}),
                          nav=nav_ul(NAV_SECTIONS[:8]), a=esc(b["author"]), hd=human(b["date"]), body="\n".join(body), more=more,
                          cookie=esc(COOKIE[2]), nav2=nav_ul(["Terms", "Privacy", "Cookies", "Contact"]), nd=next_data)
    return res(html, gold(b["body"]), dict(page_url=url, title=b["title"], date=b["date"], author=b["author"], url=url))

# --- A Drupal think-tank publication page -----------------------------------
def drupal(b, others, rng, site="Centre for Peace and Security Research", host="cpsr.example.org"):
    url = "https://%s/publications/%s" % (host, b["slug"])
    html = '''<!DOCTYPE html><html lang="en" dir="ltr" prefix="og: https://ogp.me/ns#"><head><meta charset="utf-8" />
<title>%(t)s | %(site)s</title>
<meta name="description" content="%(fs)s" /><link rel="canonical" href="/publications/%(slug)s" />
<meta property="og:title" content="%(t)s" />
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"Report","headline":"%(tj)s","datePublished":"%(date)s","author":[{"@type":"Person","name":"%(a)s"}],"publisher":{"@type":"Organization","name":"%(site)s"}},{"@type":"WebSite","name":"%(site)s"}]}</script>
</head><body class="path-node page-node-type-publication">
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div class="layout-container">
<div class="region region-header"><div id="block-sitebranding"><a href="/" rel="home">%(site)s</a></div>
<nav role="navigation" aria-labelledby="block-mainnavigation-menu" id="block-mainnavigation"><h2 class="visually-hidden" id="block-mainnavigation-menu">Main navigation</h2>%(nav)s</nav></div>
<div class="region region-highlighted"><div data-drupal-messages-fallback class="hidden"></div></div>
<main role="main"><a id="main-content" tabindex="-1"></a>
<div class="layout-content"><div class="region region-content">
<div id="block-pagetitle"><h1 class="page-title"><span class="field field--name-title">%(t)s</span></h1></div>
<div id="block-mainpagecontent">
<article role="article" about="/publications/%(slug)s" class="node node--type-publication node--promoted node--view-mode-full">
<div class="node__meta"><div class="field field--name-field-publication-type">Policy Brief</div><div class="field field--name-field-date"><time datetime="%(date)sT12:00:00Z">%(hd)s</time></div>
<div class="field field--name-field-authors field__items"><div class="field__item"><a href="/experts/x" hreflang="en">%(a)s</a></div></div></div>
<div class="node__content">
<div class="field field--name-field-download"><a href="/files/%(slug)s.pdf">Download the PDF (1.2 MB)</a></div>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
%(body)s
</div>
<div class="field field--name-field-related-publications"><div class="field__label">Related publications</div><div class="field__items">%(rel)s</div></div>
</div></article></div></div></div>
<aside class="layout-sidebar-second" role="complementary"><div class="region region-sidebar-second"><div class="block block-views"><h2>Experts on this topic</h2><div class="view-content">%(experts)s</div></div>
<div class="block block-newsletter"><h2>Newsletter</h2><p>%(nl)s</p></div></div></aside>
</main>
<footer role="contentinfo"><div class="region region-footer"><p>%(site)s is a registered charity. Our research is funded by foundations, governments and individual donors; a full list of funders is published in our annual report.</p><nav>%(nav2)s</nav></div></footer>
</div></div></body></html>''' % dict(t=esc(b["title"]), tj=b["title"].replace('"', '\\"'), site=site, fs=esc(first_sentence(b["body"])), slug=b["slug"],
                                      date=b["date"], a=esc(b["author"]), nav=nav_ul(["Research", "Experts", "Events", "About", "Support us"]), hd=human(b["date"]),
                                      body=render(b["body"], rng),
                                      rel=teasers(others, rng, 3, lambda t, s, h: '<div class="field__item"><article class="node--view-mode-teaser"><h3><a href="%s">%s</a></h3><div class="field--name-body"><p>%s</p></div></article></div>' % (h, esc(t), esc(s))),
                                      experts="".join('<div class="views-row"><a href="/experts/%d">%s</a><p>%s</p></div>' % (i, n, r) for i, (n, r) in enumerate([("Dr. Amal Haddad", "Director of the Security Programme, working on Middle East security, arms control and conflict mediation."), ("Prof. Lars Eriksen", "Senior Research Fellow for European defence policy and NATO.")])),
                                      nl=esc(NEWSLETTER[1]), nav2=nav_ul(["Privacy", "Accessibility", "Contact", "Jobs"]))
    return res(html, gold(b["body"]), dict(page_url=url, title=b["title"], date=b["date"], author=b["author"], url=url))

# --- A French regional daily, ISO-8859-15 or -1, with readers' reactions -------
def french(b, others, rng, encoding="iso-8859-15", site="La Gazette de l'Ouest", host="gazette-ouest.example.fr"):
    url = "https://www.%s/monde/%s_%d.html" % (host, b["slug"], rng.randrange(10**6, 10**7))
    reactions = [("Pierre56", "Encore un sommet où l'on promet beaucoup et où l'on tient peu. J'aimerais que les journalistes fassent le bilan des engagements pris lors des précédentes réunions, parce que sans ce travail de mémoire, on se contente de répéter les communiqués officiels."),
                 ("Annick B.", "Merci pour cet article clair et complet. Il manque cependant le point de vue des populations concernées, qui sont les premières à subir les conséquences de ces décisions et que l'on n'entend presque jamais dans ce genre de compte rendu."),
                 ("Citoyen_du_monde", "La vraie question est celle du financement : qui paiera, et avec quelles garanties ? Tant que cette question ne sera pas réglée, les déclarations resteront des déclarations et rien ne changera sur le terrain."),
                 ("Marc", "Article intéressant.")]
    rx = "\n".join('<div class="reaction"><div class="reaction__auteur">%s</div><div class="reaction__date">le %s</div><p class="reaction__texte">%s</p><a class="reaction__repondre" href="#">Répondre</a></div>' % (esc(n), esc(b["date"]), esc(t)) for n, t in reactions)
    html = '''<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html lang="fr"><head><meta http-equiv="Content-Type" content="text/html; charset=%(enc)s">
<title>%(t)s - %(site)s</title>
<meta name="author" content="%(a)s"><meta name="DC.date.issued" content="%(date)s">
<meta property="og:title" content="%(t)s"><link rel="canonical" href="%(url)s">
</head><body>
<div id="bandeau-cnil"><p>En poursuivant votre navigation sur ce site, vous acceptez l'utilisation de cookies pour vous proposer des contenus et services adaptés à vos centres d'intérêts, réaliser des statistiques de visites et vous permettre de partager des contenus sur les réseaux sociaux.</p><a href="#">OK</a> <a href="/cookies">En savoir plus</a></div>
<div id="entete"><a id="logo" href="/">%(site)s</a><ul id="rubriques"><li><a href="/france">France</a></li><li><a href="/monde">Monde</a></li><li><a href="/economie">Économie</a></li><li><a href="/region">Région</a></li><li><a href="/sports">Sports</a></li></ul></div>
<div id="page"><div id="colonne-principale">
<div id="fil-ariane"><a href="/">Accueil</a> &raquo; <a href="/monde">Monde</a></div>
<h1 class="titre-article">%(t)s</h1>
<p class="signature">Par <strong>%(a)s</strong> &ndash; Publié le %(date)s</p>
<div id="article-texte">
%(body)s
</div>
<div class="a-lire-aussi"><h3>À lire aussi</h3><ul>%(rel)s</ul></div>
<div id="reactions"><h3>Réactions (%(nr)d)</h3>%(rx)s</div>
</div>
<div id="colonne-droite"><div class="bloc-pub">Publicité</div><div class="bloc"><h3>Les plus lus</h3><ol>%(rel2)s</ol></div></div></div>
<div id="pied"><p>&copy; %(site)s &ndash; Reproduction interdite sans autorisation. Mentions légales &ndash; Données personnelles &ndash; Contact</p></div>
</body></html>''' % dict(enc=encoding, t=esc(b["title"]), site=esc(site), a=esc(b["author"]), date=esc(b["date"]), url=url,
                          body=render(b["body"], rng, links=False), rel=teasers(others, rng, 3, lambda t, s, h: '<li><a href="%s">%s</a></li>' % (h, esc(t))),
                          nr=len(reactions), rx=rx, rel2=teasers(others, rng, 5, lambda t, s, h: '<li><a href="%s">%s</a></li>' % (h, esc(t))))
    return res(html, gold(b["body"]), dict(page_url=url, title=b["title"], date=b["date"], author=b["author"], url=url),
               encoding=encoding)

# --- A second live blog family: entries as divs with strong timestamps -------
def liveblog2(b, others, rng, site="Continental Wire", host="continental-wire.example"):
    url = "https://%s/live/%s" % (host, b["slug"])
    out, cur = [], None
    for k, t in blocks(b["body"]):
        if k == "time":
            if cur is not None:
                out.append(cur + "</div></div>")
            cur = '<div class="liveblog__entry" data-entry-id="%d"><div class="liveblog__entry-meta"><span class="liveblog__time">%s</span><span class="liveblog__author">Posted by the live desk</span></div><div class="liveblog__entry-body">' % (rng.randrange(10**5), esc(t))
        elif k == "h":
            cur += "<h3>%s</h3>" % esc(t)
        elif k == "p":
            cur += "<p>%s</p>" % linkify(t, rng)
    out.append(cur + "</div></div>")
    html = '''<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>LIVE: %(t)s</title>
<meta property="og:title" content="%(t)s"><meta itemprop="datePublished" content="%(date)s">
<link rel="canonical" href="%(url)s"></head><body>
<header class="masthead"><a href="/">%(site)s</a><nav class="primary-nav">%(nav)s</nav></header>
<div class="breaking-ticker"><span>Breaking</span><a href="/x">%(tick)s</a></div>
<main class="main-column"><h1 class="liveblog__title">%(t)s</h1><div class="liveblog__summary"><p>Follow our live coverage. This page is updated automatically.</p></div>
<div class="liveblog__refresh"><button>Show 3 new updates</button></div>
<div class="liveblog__entries">
%(entries)s
</div>
<div class="liveblog__load-more"><button>Load earlier entries</button></div></main>
<aside class="right-rail"><section class="rail-module"><h2>Live now</h2>%(rail)s</section></aside>
<footer><p>&copy; %(site)s. Use of this site is subject to our terms of service and privacy policy.</p></footer></body></html>''' % dict(
        t=esc(b["title"]), date=b["date"], url=url, site=site, nav=nav_ul(NAV_SECTIONS[:6]), tick=esc(others[0]["title"]),
        entries="\n".join(out), rail=teasers(others, rng, 3, lambda t, s, h: '<div class="rail-item"><a href="%s">%s</a><p>%s</p></div>' % (h, esc(t), esc(s))))
    return res(html, gold(b["body"]), dict(page_url=url, title=b["title"], date=b["date"], author=None, url=url))

# --- A regwall stub from another publisher ----------------------------------
def paywall2(b, others, rng, site="The Steppe Review", host="steppereview.example"):
    url = "https://%s/p/%s" % (host, b["slug"])
    html = '''<!DOCTYPE html><html><head><meta charset="utf-8"><title>%(t)s — %(site)s</title>
<meta property="og:title" content="%(t)s"><meta name="parsely-pub-date" content="%(date)s"><meta name="parsely-author" content="%(a)s">
<link rel="canonical" href="%(url)s"></head><body>
<header><nav>%(nav)s</nav></header>
<article class="story"><h1>%(t)s</h1><div class="story-byline">%(a)s</div>
<div class="story-content">
%(body)s
<div class="regwall-overlay"><div class="regwall-fade"></div><div class="regwall-box"><h2>Create a free account to keep reading</h2><p>Register with your email to read this story and two more each month, get our daily briefing on Eurasian politics and energy, and join a community of more than a hundred thousand readers across the region.</p><button>Continue with email</button><p>Already have an account? <a href="/login">Log in</a></p></div></div>
</div></article>
<section class="more"><h2>More stories</h2>%(rel)s</section>
<footer><p>&copy; %(site)s</p></footer></body></html>''' % dict(t=esc(b["title"]), site=site, date=b["date"], a=esc(b["author"]), url=url,
                                                           nav=nav_ul(["Politics", "Energy", "Economy", "Culture"]), body=render(b["body"], rng, links=False),
                                                           rel=teasers(others, rng, 4, lambda t, s, h: '<div><h3><a href="%s">%s</a></h3><p>%s</p></div>' % (h, esc(t), esc(s))))
    return res(html, gold(b["body"]), dict(page_url=url, title=b["title"], date=b["date"], author=b["author"], url=url))

# --- A tag archive: a list of links with excerpts (expected: no text) ---------
def tagarchive(name, others, rng, site="Northwind Times", host="northwindtimes.example"):
    url = "https://www.%s/tag/%s/" % (host, name)
    items = teasers(others, rng, 12, lambda t, s, h: '<li class="archive-item"><a class="archive-item__link" href="%s">%s</a><div class="archive-item__excerpt">%s <a href="%s" class="more-link">Continue reading &raquo;</a></div><div class="archive-item__date">Oct 3, 2023</div></li>' % (h, esc(t), esc(s), h))
    html = '''<!DOCTYPE html><html><head><meta charset="utf-8"><title>%(name)s Archives - %(site)s</title><link rel="canonical" href="%(url)s"></head>
<body class="archive tag"><header><nav>%(nav)s</nav></header><div class="wrap"><h1 class="archive-title">Tag: %(name)s</h1><ul class="archive-list">%(items)s</ul>
<div class="nav-links"><a href="page/2/">Older posts</a></div></div><footer><p>&copy; %(site)s</p></footer></body></html>''' % dict(
        name=esc(name.title()), site=site, url=url, nav=nav_ul(NAV_SECTIONS), items=items)
    return res(html, "", dict(page_url=url, title="%s Archives" % name.title(), date=None, author=None, url=url))

# --- A ministry page that declares no charset (the server's header does) -----
def ministry_nocharset(b, others, rng, host="foreign.example.gov.xx"):
    url = "https://www.%s/en/news/%s" % (host, b["slug"])
    html = '''<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><title>%(t)s</title>
<meta name="keywords" content="ministry, foreign affairs, press">
</head><body>
<div id="skip"><a href="#content">Skip to content</a></div>
<div id="header"><div id="coat"><img src="/coat.png" alt="Coat of arms"></div><div id="ministry-name">Ministry of Foreign Affairs</div>
<div id="topmenu"><a href="/en">Home</a> | <a href="/en/ministry">The Ministry</a> | <a href="/en/policy">Foreign policy</a> | <a href="/en/consular">Consular affairs</a> | <a href="/en/news">News</a> | <a href="/xx">Native language</a></div></div>
<div id="wrapper"><div id="leftcol"><h3>News</h3><ul><li><a href="/en/news/statements">Statements</a></li><li><a href="/en/news/visits">Visits</a></li><li><a href="/en/news/speeches">Speeches</a></li><li><a href="/en/news/archive">Archive</a></li></ul></div>
<div id="content"><h2 class="title">%(t)s</h2><div class="date">%(date)s</div>
%(body)s
<div class="print-share"><a href="?print=1">Print version</a> &bull; <a href="mailto:?subject=x">Send by e-mail</a></div></div></div>
<div id="footer">&copy; Ministry of Foreign Affairs &bull; All rights reserved &bull; Responsible for content: Press and Information Department &bull; Webmaster</div>
</body></html>''' % dict(t=esc(b["title"]), date=esc(b["date"]), body=render(b["body"], rng, links=False))
    return res(html, gold(b["body"]), dict(page_url=url, title=b["title"], date=b["date"], author=None, url=url, charset="windows-1252"),
               encoding="windows-1252")

# --- An AMP page: amp-* elements, amp-ad, inline styles ----------------------
def amp(b, others, rng, site="Mediterraneo Today", host="medtoday.example"):
    url = "https://www.%s/world/%s" % (host, b["slug"])
    body = render(b["body"], rng, inserts={2: '<amp-ad width="300" height="250" type="doubleclick" data-slot="/1/x"><div fallback>Advertisement</div></amp-ad>',
                                            4: '<amp-img src="/x.jpg" width="800" height="450" layout="responsive" alt="Boats"></amp-img><p class="amp-caption">A rescue vessel approaches the harbour on Wednesday.</p>'})
    html = '''<!doctype html><html amp lang="en"><head><meta charset="utf-8">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<title>%(t)s</title><link rel="canonical" href="%(url)s">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","mainEntityOfPage":"%(url)s","headline":"%(tj)s","datePublished":"%(date)s","author":{"@type":"Person","name":"%(a)s"}}</script>
<style amp-custom>body{font-family:serif}.amp-caption{font-size:12px}</style>
<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both}</style>
</head><body>
<amp-analytics type="gtag"><script type="application/json">{"vars":{"gtag_id":"G-X"}}</script></amp-analytics>
<header class="amp-header"><a href="/">%(site)s</a><amp-sidebar id="sidebar" layout="nodisplay"><ul>%(navi)s</ul></amp-sidebar></header>
<amp-consent id="consent" layout="nodisplay"><div class="consent-ui"><p>%(cookie)s</p><button on="tap:consent.accept">Accept</button></div></amp-consent>
<div class="amp-wrapper"><h1 class="amp-title">%(t)s</h1><div class="amp-meta">%(a)s &middot; %(hd)s</div>
<div class="amp-content">
%(body)s
</div>
<div class="amp-social"><amp-social-share type="twitter"></amp-social-share><amp-social-share type="facebook"></amp-social-share></div>
<div class="amp-related"><h2>Read next</h2>%(rel)s</div></div>
<footer class="amp-footer"><a href="%(url)s">View full site</a> &middot; &copy; %(site)s</footer></body></html>''' % dict(
        t=esc(b["title"]), tj=b["title"].replace('"', '\\"'), url=url, date=b["date"], a=esc(b["author"]), site=site,
        navi="".join("<li><a href='/%s'>%s</a></li>" % (x.lower(), x) for x in NAV_SECTIONS[:6]), cookie=esc(COOKIE[0]), hd=human(b["date"]), body=body,
        rel=teasers(others, rng, 3, lambda t, s, h: '<div class="rel"><a href="%s">%s</a><p>%s</p></div>' % (h, esc(t), esc(s))))
    return res(html, gold(b["body"]), dict(page_url=url, title=b["title"], date=b["date"], author=b["author"], url=url))

# --- An ASP.NET WebForms government site: one <form> around everything --------
def aspnet(b, others, rng, host="trade.example.gov.xx"):
    url = "https://www.%s/en/media/news/Pages/%s.aspx" % (host, b["slug"])
    html = '''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="en"><head><meta http-equiv="X-UA-Compatible" content="IE=edge" /><meta http-equiv="Content-type" content="text/html; charset=utf-8" />
<title>
	%(t)s
</title>
<meta name="DC.Date.Created" content="%(date)s" />
</head><body>
<form method="post" action="./%(slug)s.aspx" id="aspnetForm">
<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1MmRkVmVyeUxvbmdWaWV3U3RhdGVCbG9i" /></div>
<div id="s4-workspace"><div id="s4-bodyContainer">
<div class="ms-dialogHidden header-row"><div class="gov-logo"><a href="/">Department of Trade</a></div>
<div class="search-box"><input name="ctl00$q" type="text" /><input type="submit" value="Search" /></div>
<div id="ctl00_TopNav" class="top-nav"><ul class="root">%(navli)s</ul></div></div>
<div class="breadcrumb-row"><span id="ctl00_PlaceHolderTitleBreadcrumb_siteMapPath"><a href="/en">Home</a> &gt; <a href="/en/media">Media</a> &gt; <span>News</span></span></div>
<div id="contentRow"><div class="left-nav ms-dialogHidden"><ul><li><a href="/en/media/news">News</a></li><li><a href="/en/media/speeches">Speeches</a></li><li><a href="/en/media/releases">Media releases</a></li><li><a href="/en/media/contacts">Media contacts</a></li></ul></div>
<div id="contentBox" aria-live="polite" aria-relevant="all">
<div class="article-page"><h1 class="page-title">%(t)s</h1>
<div class="article-date">Published: %(date)s</div>
<div id="ctl00_PlaceHolderMain_ctl01__ControlWrapper_RichHtmlField" class="ms-rtestate-field" style="display:inline" aria-labelledby="ctl00_PlaceHolderMain_ctl01_label">
%(body)s
</div>
<div class="page-feedback"><p>Was this page helpful?</p><input type="radio" name="fb" value="yes" />Yes <input type="radio" name="fb" value="no" />No<p>Thank you for your feedback. Your response helps us improve the information we publish; we read every comment but cannot reply to individual messages.</p></div>
</div></div></div>
<div class="footer-row"><ul><li><a href="/en/about">About the department</a></li><li><a href="/en/legal">Copyright</a></li><li><a href="/en/privacy">Privacy</a></li><li><a href="/en/accessibility">Accessibility</a></li></ul><p>This site is maintained by the Department of Trade. Last updated %(date)s.</p></div>
</div></div>
</form></body></html>''' % dict(t=esc(b["title"]), date=esc(b["date"]), slug=b["slug"],
                                 navli="".join('<li class="static"><a class="static menu-item" href="/en/%s"><span class="additional-background"><span class="menu-item-text">%s</span></span></a></li>' % (x.lower(), x) for x in ["Home", "Trade", "Investment", "Agreements", "Media", "About"]),
                                 body=render(b["body"], rng, links=False))
    return res(html, gold(b["body"]), dict(page_url=url, title=b["title"], date=b["date"], author=None, url=url))

# --- A German news site in windows-1252 --------------------------------------
def german(b, others, rng, site="Rheinische Rundschau", host="rundschau.example.de"):
    url = "https://www.%s/politik/ausland/%s-a-%d.html" % (host, b["slug"], rng.randrange(10**5, 10**6))
    html = '''<!DOCTYPE html><html lang="de"><head><meta http-equiv="content-type" content="text/html; charset=windows-1252">
<title>%(t)s - %(site)s</title>
<meta name="author" content="%(a)s"><meta name="date" content="%(date)s"><meta property="og:title" content="%(t)s">
<link rel="canonical" href="%(url)s"></head><body>
<div class="consent-layer"><p>Wir verwenden Cookies und ähnliche Technologien, um Inhalte und Anzeigen zu personalisieren, Funktionen für soziale Medien anbieten zu können und die Zugriffe auf unsere Website zu analysieren. Sie können Ihre Einwilligung jederzeit widerrufen.</p><button>Zustimmen</button></div>
<header class="page-header"><a href="/">%(site)s</a><nav>%(nav)s</nav></header>
<main><article class="artikel">
<header class="artikel-kopf"><span class="dachzeile">Bündnisverteidigung</span><h1 class="artikel-titel">%(t)s</h1><div class="artikel-autor">Von %(a)s</div><time class="artikel-datum" datetime="%(date)s">%(date)s</time></header>
<div class="artikel-text">
%(body)s
</div>
<div class="artikel-teilen"><span>Artikel teilen:</span><a href="#">Facebook</a><a href="#">X</a><a href="#">E-Mail</a></div>
</article>
<section class="mehr-zum-thema"><h2>Mehr zum Thema</h2>%(rel)s</section></main>
<footer><p>© %(site)s GmbH. Alle Rechte vorbehalten. Impressum, Datenschutz, Kontakt.</p></footer></body></html>''' % dict(
        t=esc(b["title"]), site=site, a=esc(b["author"]), date=b["date"], url=url, nav=nav_ul(["Politik", "Wirtschaft", "Kultur", "Sport", "Wissen"]),
        body=render(b["body"], rng, links=False),
        rel=teasers(others, rng, 3, lambda t, s, h: '<div class="teaser"><a href="%s"><h3>%s</h3></a><p>%s</p></div>' % (h, esc(t), esc(s))))
    return res(html, gold(b["body"]), dict(page_url=url, title=b["title"], date=b["date"], author=b["author"], url=url),
               encoding="windows-1252")
