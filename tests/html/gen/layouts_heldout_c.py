# A third held-out batch ("heldout" too), written after the last change to
# html.c and measured once: newsletter and blog platforms, a Bootstrap
# government page with a chatty sidebar, an encyclopedia article dense with
# links, a PDF converted to positioned lines, a Spanish daily with
# "comentarios", a consent-platform banner, a live blog with JSON-LD updates.
import json
from common import *
from layouts_tune import ymd, human, res

TREATY = dict(slug="wiki-antarctic-treaty", title="Antarctic Treaty System", author="", date="", place="",
    body="""The Antarctic Treaty and related agreements, collectively known as the Antarctic Treaty System, regulate international relations with respect to Antarctica, the continent south of the 60th parallel. The treaty entered into force in 1961 and currently has 56 parties.

The treaty sets aside Antarctica as a scientific preserve, establishes freedom of scientific investigation and bans military activity on the continent. It was the first arms control agreement established during the Cold War, and its headquarters have been in Buenos Aires since 2004.

## History

Several countries had made territorial claims to parts of Antarctica in the first half of the twentieth century, some of them overlapping. The International Geophysical Year of 1957 and 1958 brought scientists from twelve countries to the continent and led to negotiations in Washington on a legal framework for its future.

The twelve countries signed the treaty on 1 December 1959. It did not resolve the territorial claims but froze them: no new claim may be made while the treaty is in force, and no activity during that time can serve as a basis for asserting one.

## Provisions

The treaty provides for inspections: each consultative party may send observers to any station, installation or ship at any time. Parties meet annually at the Antarctic Treaty Consultative Meeting, where decisions are taken by consensus.

Later agreements added rules for the conservation of seals and marine living resources, and a protocol on environmental protection, signed in Madrid in 1991, designates the continent as a natural reserve devoted to peace and science and prohibits mineral resource activities other than scientific research.""")

ES = dict(slug="es-cumbre-celac", title="La cumbre UE-Celac concluye con una declaración sobre comercio y clima",
    author="Isabel Moreno", date="2023-07-18", place="BRUSELAS",
    body="""Los jefes de Estado y de Gobierno de la Unión Europea y de la Comunidad de Estados Latinoamericanos y Caribeños aprobaron este martes una declaración conjunta al término de la primera cumbre entre ambos bloques en ocho años.

El texto recoge compromisos en materia de transición energética, lucha contra el cambio climático y cooperación digital, así como un programa de inversiones europeas de unos 45.000 millones de euros hasta 2027 en la región.

La redacción del párrafo sobre la guerra en Ucrania fue el punto más difícil de la negociación. Finalmente, la declaración expresa una «profunda preocupación» por el conflicto, sin una condena explícita, y un país se desmarcó del consenso.

Los líderes también abordaron el acuerdo comercial con el Mercosur, cuya ratificación sigue bloqueada. Varios mandatarios sudamericanos criticaron las nuevas exigencias medioambientales planteadas por Bruselas, que consideran proteccionistas.

«Hemos abierto una nueva etapa en nuestra relación», afirmó el presidente del Consejo Europeo en la rueda de prensa final. La próxima cumbre se celebrará dentro de dos años en un país de América Latina.""")

def substack(b, others, rng):
    url = "https://worldbrief.substack.example/p/%s" % b["slug"]
    sub = '<div class="subscription-widget-wrap"><div class="subscription-widget show-subscribe"><div class="preamble"><p>Thanks for reading World Brief! Subscribe for free to receive new posts and support my work, which is entirely funded by readers like you.</p></div><form class="subscription-widget-subscribe"><input type="email" placeholder="Type your email..."><input type="submit" value="Subscribe"></form></div></div>'
    body = render(b["body"], rng, inserts={3: sub})
    comments = rng.sample(COMMENTS, 5)
    cm = "".join('<div class="comment"><div class="comment-meta"><a href="/@u">%s</a></div><div class="comment-body"><p>%s</p></div><div class="comment-actions"><a>Like</a><a>Reply</a><a>Share</a></div></div>' % (esc(n), esc(t)) for n, t in comments)
    html = '''<!DOCTYPE html><html><head><meta charset="utf-8"><title>%(t)s - by %(a)s - World Brief</title>
<meta property="og:title" content="%(t)s"><meta name="author" content="%(a)s">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","url":"%(url)s","headline":"%(tj)s","datePublished":"%(date)s","author":[{"@type":"Person","name":"%(a)s"}]}</script>
</head><body><div id="entry"><div class="main-menu"><a href="/">World Brief</a><a href="/archive">Archive</a><a href="/about">About</a><button>Subscribe</button><button>Sign in</button></div>
<div class="single-post-container"><div class="single-post"><div class="post-header"><h1 class="post-title">%(t)s</h1><h3 class="subtitle">%(dek)s</h3>
<div class="post-meta"><a href="/@a">%(a)s</a><div class="post-date">%(hd)s</div></div>
<div class="post-ufi"><a>12</a><a>3</a><a>Share</a></div></div>
<div class="available-content"><div class="body markup" dir="auto">
%(body)s
</div></div>
<div class="post-footer"><div class="post-ufi"><a>Like</a><a>Comment</a><a>Restack</a></div></div></div>
<div class="comments-page"><h4>Discussion about this post</h4>%(cm)s</div></div></div></body></html>''' % dict(
        t=esc(b["title"]), tj=b["title"].replace('"', '\\"'), a=esc(b["author"]), url=url, date=b["date"], dek=esc(b.get("dek") or ""),
        hd=human(b["date"]), body=body, cm=cm)
    return res(html, gold(b["body"]), dict(page_url=url, title=b["title"], date=b["date"], author=b["author"], url=url))

def ghost(b, others, rng):
    url = "https://atlasnotes.example/%s/" % b["slug"]
    html = '''<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>%(t)s</title>
<link rel="canonical" href="%(url)s"><meta property="og:site_name" content="Atlas Notes"><meta property="og:type" content="article">
<meta property="og:title" content="%(t)s"><meta property="article:published_time" content="%(date)s">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","author":{"@type":"Person","name":"%(a)s"},"headline":"%(tj)s","datePublished":"%(date)s"}</script>
</head><body class="post-template"><div class="viewport"><header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><a class="gh-head-logo" href="/">Atlas Notes</a><nav class="gh-head-menu">%(nav)s</nav></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post">
<header class="article-header gh-canvas"><section class="article-tag"><a href="/tag/world/">World</a></section><h1 class="article-title">%(t)s</h1>
<div class="article-byline"><div class="article-byline-content"><h4 class="author-name"><a href="/author/x/">%(a)s</a></h4><div class="byline-meta-content"><time class="byline-meta-date" datetime="%(d10)s">%(hd)s</time><span class="byline-reading-time">6 min read</span></div></div></div></header>
<section class="gh-content gh-canvas">
%(body)s
</section></article>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for Atlas Notes</h2><p>Essays on borders, water and power, delivered when they are ready and never more than twice a month, with no advertising and no tracking.</p><a class="footer-cta-button" href="#/portal">Subscribe</a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">%(more)s</div></aside>
</main></div><footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="/">Atlas Notes</a> &copy; 2023</section><div class="gh-powered-by"><a href="https://ghost.org/">Powered by Ghost</a></div></div></footer></div></body></html>''' % dict(
        t=esc(b["title"]), tj=b["title"].replace('"', '\\"'), url=url, date=b["date"], d10=b["date"][:10], a=esc(b["author"]),
        nav=nav_ul(["Home", "Essays", "About"]), hd=human(b["date"]), body=render(b["body"], rng),
        more=teasers(others, rng, 3, lambda t, s, h: '<article class="post-card"><a class="post-card-image-link" href="%s"></a><div class="post-card-content"><a class="post-card-content-link" href="%s"><header class="post-card-header"><h2 class="post-card-title">%s</h2></header><div class="post-card-excerpt"><p>%s</p></div></a></div></article>' % (h, h, esc(t), esc(s))))
    return res(html, gold(b["body"]), dict(page_url=url, title=b["title"], date=b["date"], author=b["author"], url=url))

def bootstrap_gov(b, others, rng):
    url = "https://www.gov.example.xx/news/%s" % b["slug"]
    side = '<div class="col-lg-3"><div class="card"><div class="card-body"><h5>Latest news</h5><ul class="list-unstyled">%s</ul></div></div><div class="card"><div class="card-body"><h5>Press office</h5><p>Journalists with questions about this announcement can contact the press office on weekdays between nine and five, or outside those hours through the duty press officer, whose number is given below.</p><p>For all other enquiries, please use the contact form, and we will reply within ten working days.</p></div></div></div>' % teasers(others, rng, 5, lambda t, s, h: '<li><a href="%s">%s</a></li>' % (h, esc(t)))
    html = '''<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>%(t)s - GOV.XX</title>
<meta name="DC.date.issued" content="%(date)s"><meta name="DC.creator" content="Ministry of Foreign Affairs"></head><body>
<div class="container-fluid bg-dark"><div class="container"><a class="navbar-brand" href="/">GOV.XX</a>%(nav)s</div></div>
<div class="container"><div class="row"><div class="col-lg-9"><h1 class="display-5">%(t)s</h1><p class="lead text-muted">From: Ministry of Foreign Affairs &middot; Published %(date)s</p>
%(body)s
</div>%(side)s</div></div>
<div class="container-fluid bg-light"><div class="container"><p>All content is available under the Open Government Licence, except where otherwise stated.</p></div></div></body></html>''' % dict(
        t=esc(b["title"]), date=b["date"], nav=nav_ul(["Departments", "Guidance", "News", "Consultations"]), body=render(b["body"], rng, links=False), side=side)
    return res(html, gold(b["body"]), dict(page_url=url, title=b["title"], date=b["date"], author="Ministry of Foreign Affairs", url=url))

def wiki(b, others, rng):
    url = "https://en.encyclopedia.example/wiki/Antarctic_Treaty_System"
    def links(t):
        words = t.split(" ")
        out = []
        i = 0
        while i < len(words):
            if rng.random() < 0.18 and i + 2 < len(words):
                out.append('<a href="/wiki/%s" title="x">%s</a>' % (esc(words[i]), esc(" ".join(words[i:i + 2]))))
                i += 2
            else:
                out.append(esc(words[i]))
                i += 1
        return " ".join(out)
    parts = []
    for k, t in blocks(b["body"]):
        if k == "p":
            parts.append("<p>%s<sup class=\"reference\"><a href=\"#cite-%d\">[%d]</a></sup></p>" % (links(t), len(parts), len(parts) + 1))
        elif k == "h":
            parts.append('<h2><span class="mw-headline" id="%s">%s</span><span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="?action=edit">edit</a><span class="mw-editsection-bracket">]</span></span></h2>' % (esc(t), esc(t)))
    infobox = '<table class="infobox"><tr><th colspan="2">Antarctic Treaty</th></tr><tr><th>Signed</th><td>1 December 1959</td></tr><tr><th>Location</th><td>Washington, D.C.</td></tr><tr><th>Effective</th><td>23 June 1961</td></tr><tr><th>Parties</th><td>56</td></tr><tr><th>Languages</th><td>English, French, Russian and Spanish</td></tr></table>'
    refs = '<h2><span class="mw-headline" id="References">References</span></h2><div class="reflist"><ol class="references">%s</ol></div>' % "".join('<li id="cite-%d"><span class="reference-text">Secretariat of the treaty (2023). <i>Parties to the treaty and the dates of their accession</i>. Retrieved 3 May 2023.</span></li>' % i for i in range(len(parts)))
    navbox = '<div class="navbox"><table><tr><th>International treaties on the polar regions</th></tr><tr><td><a href="/1">Svalbard Treaty</a> &middot; <a href="/2">Polar Bear Agreement</a> &middot; <a href="/3">Arctic Search and Rescue Agreement</a> &middot; <a href="/4">Madrid Protocol</a></td></tr></table></div>'
    html = '''<!DOCTYPE html><html class="client-nojs" lang="en" dir="ltr"><head><meta charset="UTF-8"><title>Antarctic Treaty System - Encyclopedia</title>
<link rel="canonical" href="%(url)s"></head><body class="mediawiki ltr skin-vector">
<div id="mw-page-base" class="noprint"></div><div id="content" class="mw-body" role="main"><h1 id="firstHeading" class="firstHeading">Antarctic Treaty System</h1>
<div id="bodyContent" class="vector-body"><div id="siteSub" class="noprint">From the free encyclopedia</div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-parser-output"><div role="note" class="hatnote navigation-not-searchable">For the treaty on the Arctic, see the Arctic Council.</div>
%(infobox)s
%(parts)s
%(refs)s
%(navbox)s
</div></div><div id="catlinks" class="catlinks"><div>Categories: <ul><li><a href="/c/1">Antarctica</a></li><li><a href="/c/2">Arms control treaties</a></li><li><a href="/c/3">Treaties of the Cold War</a></li></ul></div></div></div></div>
<div id="mw-navigation"><div id="mw-panel"><div class="portal"><h3>Navigation</h3><ul><li><a href="/">Main page</a></li><li><a href="/random">Random article</a></li><li><a href="/help">Help</a></li></ul></div></div></div>
<div id="footer" role="contentinfo"><ul id="footer-info"><li>This page was last edited on 2 May 2023.</li><li>Text is available under a Creative Commons licence; additional terms may apply.</li></ul></div></body></html>''' % dict(
        url=url, infobox=infobox, parts="\n".join(parts), refs=refs, navbox=navbox)
    return res(html, gold(b["body"]), dict(page_url=url, title="Antarctic Treaty System", date=None, author=None, url=url))

def pdfhtml(b, others, rng):
    url = "https://docs.example.int/press/%s.html" % b["slug"]
    words = " ".join(t if k != "li" else " ".join(t) for k, t in blocks(b["body"])).split(" ")
    lines, cur = [], []
    for w_ in words:
        cur.append(w_)
        if len(" ".join(cur)) > 80:
            lines.append(" ".join(cur))
            cur = []
    if cur:
        lines.append(" ".join(cur))
    divs = "\n".join('<div class="t m0 x1 h2 y%x ff1 fs0 fc0 sc0 ls0 ws0" style="top:%dpx">%s</div>' % (i, 120 + 18 * i, esc(l)) for i, l in enumerate(lines))
    html = '''<!DOCTYPE html><html><head><meta charset="utf-8"><title>%(t)s</title><style>.t{position:absolute;white-space:pre}</style></head><body>
<div id="sidebar"><div id="outline"></div></div><div id="page-container"><div id="pf1" class="pf w0 h0" data-page-no="1"><div class="pc pc1 w0 h0">
<div class="t m0 x1 h1 y1 ff2 fs1 fc0 sc0 ls0 ws0" style="top:60px">%(t)s</div>
%(divs)s
</div></div></div></body></html>''' % dict(t=esc(b["title"]), divs=divs)
    g = "\n\n".join(lines) + "\n"
    return res(html, g, dict(page_url=url, title=b["title"], date=None, author=None, url=url))

def spanish(b, others, rng):
    url = "https://www.diariodelsur.example.es/internacional/%s.html" % b["slug"]
    coms = [("Juan P.", "Mucha foto y mucha declaración, pero los acuerdos comerciales siguen sin avanzar y los agricultores de los dos lados del Atlántico seguimos sin saber a qué atenernos. Ojalá esta vez sea diferente, aunque lo dudo mucho."),
            ("Marisa", "Me parece una buena noticia que se vuelvan a reunir después de tantos años. América Latina y Europa tienen mucho en común y deberían cooperar más en energía, en ciencia y en educación, no solo en comercio."),
            ("ciudadano_critico", "¿Y quién paga los 45.000 millones? Siempre lo mismo: grandes anuncios en las cumbres y luego nadie explica de dónde sale el dinero ni cómo se controla que llegue a donde tiene que llegar."),
            ("Lola", "Buen artículo.")]
    cm = "".join('<li class="comentario"><span class="autor">%s</span><p class="texto">%s</p><a class="responder" href="#">Responder</a></li>' % (esc(n), esc(t)) for n, t in coms)
    html = '''<!DOCTYPE html><html lang="es"><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<title>%(t)s | Diario del Sur</title><meta name="author" content="%(a)s"><meta property="article:published_time" content="%(date)s">
<link rel="canonical" href="%(url)s"></head><body>
<div id="cabecera"><a href="/">Diario del Sur</a><ul class="secciones"><li><a href="/espana">España</a></li><li><a href="/internacional">Internacional</a></li><li><a href="/economia">Economía</a></li></ul></div>
<div id="cuerpo"><div class="noticia"><h1>%(t)s</h1><div class="firma">%(a)s &middot; %(place)s</div>
<div class="cuerpo-noticia">
%(body)s
</div></div>
<div class="participacion"><h3>Comentarios (%(nc)d)</h3><ul class="lista">%(cm)s</ul><p>Los comentarios son responsabilidad de sus autores. Diario del Sur se reserva el derecho a eliminar los que no respeten las normas de participación.</p></div></div>
<div id="pie">Diario del Sur &copy; 2023</div></body></html>''' % dict(t=esc(b["title"]), a=esc(b["author"]), date=b["date"], url=url, place=esc(b["place"].title()),
                                                       body=render(b["body"], rng, links=False), nc=len(coms), cm=cm)
    return res(html, gold(b["body"]), dict(page_url=url, title=b["title"], date=b["date"], author=b["author"], url=url),
               encoding="iso-8859-1")

def onetrust(b, others, rng):
    url = "https://www.westernherald.example/world/%s" % b["slug"]
    banner = '<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><div id="onetrust-policy"><h2 id="onetrust-policy-title">We value your privacy</h2><div id="onetrust-policy-text">%s</div></div><div id="onetrust-button-group"><button id="onetrust-accept-btn-handler">Accept All Cookies</button><button id="onetrust-pc-btn-handler">Cookies Settings</button></div></div></div>' % esc(COOKIE[2] + " " + COOKIE[0])
    html = '''<!DOCTYPE html><html><head><meta charset="utf-8"><title>%(t)s | Western Herald</title>
<meta property="og:title" content="%(t)s"><meta property="og:url" content="%(url)s"><meta name="author" content="%(a)s"><meta name="date" content="%(date)s"></head><body>
<div class="site-wrapper"><div class="site-header-bar">%(nav)s</div>
<main><div class="story-container"><h1 class="story-headline">%(t)s</h1><div class="story-credit">%(a)s</div>
<div class="story-content">
%(body)s
</div></div></main>
<div class="site-footer-bar"><p>Western Herald</p></div></div>
%(banner)s
</body></html>''' % dict(t=esc(b["title"]), url=url, a=esc(b["author"]), date=b["date"], nav=nav_ul(NAV_SECTIONS[:5]), body=render(b["body"], rng), banner=banner)
    return res(html, gold(b["body"]), dict(page_url=url, title=b["title"], date=b["date"], author=b["author"], url=url))

def liveblog3(b, others, rng):
    url = "https://www.eveningpost.example/live/%s" % b["slug"]
    entries, cur = [], None
    for k, t in blocks(b["body"]):
        if k == "time":
            if cur:
                entries.append(cur)
            cur = {"time": t, "html": ""}
        elif k == "h":
            cur["html"] += '<h2 class="lb-title">%s</h2>' % esc(t)
        elif k == "p":
            cur["html"] += "<p>%s</p>" % esc(t)
    entries.append(cur)
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": b["title"], "datePublished": b["date"],
          "liveBlogUpdate": [{"@type": "BlogPosting", "headline": "Update at %s" % e["time"], "datePublished": b["date"]} for e in entries]}
    posts = "\n".join('<div class="lb-post" id="post-%d"><div class="lb-post-time">%s</div><div class="lb-post-content">%s</div><div class="lb-post-share"><a>Copy link</a></div></div>' % (i, esc(e["time"]), e["html"]) for i, e in enumerate(entries))
    html = '''<!DOCTYPE html><html><head><meta charset="utf-8"><title>%(t)s - live</title>
<script type="application/ld+json">%(ld)s</script><link rel="canonical" href="%(url)s"></head><body>
<div class="ep-nav">%(nav)s</div><div class="ep-page"><h1>%(t)s</h1><div class="lb-summary"><h3>What we know</h3><ul><li>Updates throughout the day from our reporters</li><li>All times are local</li></ul></div>
<div class="lb-posts">
%(posts)s
</div></div><div class="ep-foot">Evening Post</div></body></html>''' % dict(t=esc(b["title"]), ld=json.dumps(ld), url=url, nav=nav_ul(NAV_SECTIONS[:5]), posts=posts)
    return res(html, gold(b["body"]), dict(page_url=url, title=b["title"], date=b["date"], author=None, url=url))

SPECIAL = {"wiki-antarctic-treaty": TREATY, "es-cumbre-celac": ES}
