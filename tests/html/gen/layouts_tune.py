# Page layouts for the tuned part of the set, each modelled on a family of
# real sites (WordPress themes, large news CMSs, government and think-tank
# sites, live blogs, paywalls, section fronts, old table layouts).
import datetime
import json
from common import *

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]

def ymd(date):
    try:
        d = datetime.date.fromisoformat(date[:10])
        return d
    except ValueError:
        return None

def human(date):
    d = ymd(date)
    return "%s %d, %d" % (MONTHS[d.month - 1], d.day, d.year) if d else date

def res(html, gold, meta, encoding="utf-8"):
    return dict(html=html, gold=gold, meta=meta, encoding=encoding)

# --- WordPress news/blog theme with a long comment thread -------------------
def wp(b, others, rng, site="The Meridian Review", host="meridianreview.example"):
    d = ymd(b["date"])
    url = "https://%s/%04d/%02d/%02d/%s/" % (host, d.year, d.month, d.day, b["slug"])
    comments = rng.sample(COMMENTS, 9)
    cm = "\n".join('''<li id="comment-%d" class="comment even thread-even depth-1">
<article id="div-comment-%d" class="comment-body">
<footer class="comment-meta"><div class="comment-author vcard"><b class="fn">%s</b> <span class="says">says:</span></div>
<div class="comment-metadata"><a href="#comment-%d"><time datetime="%sT1%d:0%d:00+00:00">%s at 1%d:0%d pm</time></a></div></footer>
<div class="comment-content"><p>%s</p></div>
<div class="reply"><a rel="nofollow" class="comment-reply-link" href="#respond">Reply</a></div>
</article></li>''' % (i, i, esc(n), i, d.isoformat(), i % 10, i % 10, human(b["date"]), i % 10, i % 10, esc(t)) for i, (n, t) in enumerate(comments))
    recent = teasers(others, rng, 5, lambda t, s, h: '<li><a href="%s">%s</a><span class="post-date">%s</span></li>' % (h, esc(t), human(b["date"])))
    html = '''<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>%(t)s &#8211; %(site)s</title>
<link rel="canonical" href="%(url)s">
<meta property="og:type" content="article">
<meta property="og:site_name" content="%(site)s">
<link rel="stylesheet" id="theme-style-css" href="/wp-content/themes/newsup/style.css" media="all">
<script>window._wpemojiSettings = {"baseUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/14.0.0\\/72x72\\/"};</script>
</head>
<body class="post-template-default single single-post postid-4121 single-format-standard has-sidebar">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div id="page" class="site">
<header id="masthead" class="site-header">
<div class="site-branding"><p class="site-title"><a href="/" rel="home">%(site)s</a></p>
<p class="site-description">Independent commentary on world affairs since 2009</p></div>
<nav id="site-navigation" class="main-navigation"><button class="menu-toggle">Menu</button>%(nav)s</nav>
</header>
<div id="content" class="site-content">
<div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-4121" class="post-4121 post type-post status-publish format-standard hentry category-world">
<header class="entry-header"><h1 class="entry-title">%(t)s</h1>
<div class="entry-meta"><span class="posted-on">Posted on <a href="%(url)s" rel="bookmark"><time class="entry-date published" datetime="%(iso)sT08:00:00+00:00">%(hd)s</time></a></span>
<span class="byline"> by <span class="author vcard"><a class="url fn n" href="/author/x/">%(a)s</a></span></span></div>
</header>
<div class="entry-content">
%(body)s
</div>
<footer class="entry-footer"><span class="cat-links">Posted in <a href="/category/world/" rel="category tag">World</a></span><span class="tags-links">Tagged <a href="/tag/diplomacy/" rel="tag">diplomacy</a>, <a href="/tag/europe/" rel="tag">Europe</a></span></footer>
</article>
<nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links"><div class="nav-previous"><a href="/prev/" rel="prev">%(prev)s</a></div></div></nav>
<div id="comments" class="comments-area">
<h2 class="comments-title">%(nc)d thoughts on &ldquo;%(t)s&rdquo;</h2>
<ol class="comment-list">
%(cm)s
</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3>
<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes"><span id="email-notes">Your email address will not be published.</span> Required fields are marked *</p>
<p class="comment-form-comment"><label for="comment">Comment</label><textarea id="comment" name="comment"></textarea></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p></form></div>
</div>
</main></div>
<aside id="secondary" class="widget-area">
<section id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="/"><label><span class="screen-reader-text">Search for:</span><input type="search" class="search-field" name="s"></label></form></section>
<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>%(recent)s</ul></section>
<section id="text-3" class="widget widget_text"><h2 class="widget-title">About</h2><div class="textwidget"><p>%(site)s is a reader-supported publication. We publish essays, reporting and commentary from writers in more than forty countries, and we never run paid content disguised as journalism.</p></div></section>
</aside>
</div>
<footer id="colophon" class="site-footer"><div class="site-info"><a href="https://wordpress.org/">Proudly powered by WordPress</a> | Theme: Newsup.</div></footer>
</div>
<script src="/wp-includes/js/comment-reply.min.js"></script>
</body></html>''' % dict(t=esc(b["title"]), site=esc(site), url=url, nav=nav_ul(NAV_SECTIONS, "menu"),
                          iso=d.isoformat(), hd=human(b["date"]), a=esc(b["author"]),
                          body=render(b["body"], rng, inserts={3: '<p><strong>Read more:</strong> <a href="/x/">%s</a></p>' % esc(others[0]["title"])}),
                          prev=esc(others[1]["title"]), nc=len(comments), cm=cm, recent=recent)
    return res(html, gold(b["body"]), dict(page_url=url, title=b["title"], date=d.isoformat() + "T08:00:00+00:00",
                                          author=b["author"], url=url))

# --- A large news CMS: hashed-looking classes, body split by ads -----------
def bigcms(b, others, rng, site="The Global Courier", host="globalcourier.example"):
    d = ymd(b["date"])
    url = "https://www.%s/%04d/%02d/%02d/world/%s.html" % (host, d.year, d.month, d.day, b["slug"])
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": b["title"],
          "datePublished": b["date"], "dateModified": b["date"],
          "author": [{"@type": "Person", "name": b["author"], "url": "https://www.%s/by/x" % host}],
          "publisher": {"@type": "Organization", "name": site}, "mainEntityOfPage": url}
    blocks_ = render(b["body"], rng, p_open='<p class="css-at9mc1 evys1bk0">', h_open='<h2 class="css-1k9ek97 eoo0vm40">',
                     links=True).split("\n")
    # split the body into companion columns with ad slots between them
    cols, step = [], 4
    for i in range(0, len(blocks_), step):
        cols.append('<div class="css-53u6y8 StoryBodyCompanionColumn"><div class="css-1fanzo5">%s</div></div>' % "\n".join(blocks_[i:i + step]))
        if i + step < len(blocks_):
            cols.append('<div class="ad mid%d-wrapper" id="mid%d-wrapper"><div class="css-1 ad-slot"><p class="ad-label">Advertisement</p></div></div>' % (i, i))
            if i == 0:
                cols.append('<div class="css-1ovbnfa" data-testid="inline-message"><p>Continue reading the main story</p></div>')
    rel = teasers(others, rng, 4, lambda t, s, h: '<li class="css-ye6x8s"><a href="%s"><h3 class="css-1j9dxys">%s</h3><p class="css-1echdzn">%s</p></a></li>' % (h, esc(t), esc(s)))
    html = '''<!DOCTYPE html><html lang="en" class="story nytapp-vi-article"><head>
<meta charSet="utf-8"/><title data-rh="true">%(t)s - %(site)s</title>
<meta data-rh="true" property="og:title" content="%(t)s"/>
<meta data-rh="true" property="og:url" content="%(url)s"/>
<meta data-rh="true" name="description" content="%(dek)s"/>
<meta data-rh="true" name="byl" content="By %(a)s"/>
<link data-rh="true" rel="canonical" href="%(url)s"/>
<script data-rh="true" type="application/ld+json">%(ld)s</script>
<style>.css-at9mc1{margin-bottom:.9375rem}.css-53u6y8{margin:0 auto}</style>
</head><body>
<div id="app"><div class="css-1r7ky0e"><header class="css-ahe4g0 e1m0pzr40"><div class="css-10488qs"><a href="/" aria-label="%(site)s">%(site)s</a></div>
<nav class="css-1d8a290" data-testid="nav-bar">%(nav)s</nav><div class="css-1bymuyk"><button>Subscribe for $1/week</button><button>Log in</button></div></header>
<div id="site-content" role="main"><div class="css-1vxca1d">
<article id="story" class="css-1vxca1d e1lmdhsb0">
<header class="css-1ejofgw e1h9rw200"><p class="css-c1ivb0 kicker"><a href="/section/world">World</a></p>
<h1 data-testid="headline" class="css-1vkm6nb e1h9rw200">%(t)s</h1>
<p id="article-summary" class="css-w6ymp8 e1wiw3jv0">%(dek)s</p>
<figure class="css-1s76ulc" aria-label="media"><img alt="" src="/img/x.jpg"/><figcaption class="css-1l44abu"><span>Delegates arrived on Thursday morning for the first session of the talks, which were held behind closed doors.</span><span class="css-cnj6d5"><span class="css-1ly73wi">Credit...</span>Photo Agency</span></figcaption></figure>
<div class="css-xt80pu eakwutt0"><p class="css-aknsld e1jsehar1">By <span class="byline-prefix"></span><a href="/by/x" class="css-n8ff4n e1jsehar0">%(a)s</a></p>
<time class="css-129k401 e16638kd0" datetime="%(date)s">%(hd)s</time></div>
</header>
<section name="articleBody" itemprop="articleBody">
%(cols)s
</section>
<div class="bottom-of-article"><div class="css-1jp38cr"><p class="css-1ha7mc9">A version of this article appears in print on page A8 of the New York edition with the headline: Talks Go On.</p><p><a href="/order">Order Reprints</a> | <a href="/paper">Today's Paper</a> | <a href="/subscribe">Subscribe</a></p></div></div>
</article>
<div class="css-1b4m2hw" data-testid="related-links"><h2 class="css-14ftv7f">Related Coverage</h2><ul class="css-1ov5d4k">%(rel)s</ul></div>
</div></div>
<footer class="css-1e1s8k7" role="contentinfo"><nav>%(nav2)s</nav><p>&copy; 2023 %(site)s Company</p></footer>
</div></div>
<script>window.__preloadedData = {"initialState":{"story":{"id":"x"}}};</script>
</body></html>''' % dict(t=esc(b["title"]), site=esc(site), url=url, dek=esc(b["dek"]), a=esc(b["author"]),
                          ld=json.dumps(ld), nav=nav_ul(NAV_SECTIONS), date=b["date"], hd=human(b["date"]),
                          cols="\n".join(cols), rel=rel, nav2=nav_ul(["About", "Careers", "Contact", "Privacy", "Terms"]))
    return res(html, gold(b["body"]), dict(page_url=url, title=b["title"], date=b["date"], author=b["author"], url=url))

# --- A public broadcaster: data-component blocks, topic lists ---------------
def broadcaster(b, others, rng, site="National Broadcasting News", host="nbn.example"):
    url = "https://www.%s/news/world-%d" % (host, 60000000 + rng.randrange(1000000))
    d = ymd(b["date"])
    tb = []
    for k, t in blocks(b["body"]):
        if k == "p":
            tb.append('<div data-component="text-block" class="ssrcss-11r1m41-RichTextComponentWrapper ep2nwvo0"><div class="ssrcss-7uxr49-RichTextContainer e5tfeyi1"><p class="ssrcss-1q0x1qg-Paragraph e1jhz7w10">%s</p></div></div>' % linkify(t, rng))
        elif k == "h":
            tb.append('<div data-component="subheadline-block" class="ssrcss-w1wvpb-StyledHeading"><h2 id="%s" class="ssrcss-y7ye7u-StyledHeading e10rt3ze0">%s</h2></div>' % (b["slug"][:8], esc(t)))
        elif k == "li":
            tb.append('<div data-component="unordered-list-block" class="ssrcss-1xaomxc"><ul class="ssrcss-1xr1mig-BulletListContainer">%s</ul></div>' % "".join("<li><p>%s</p></li>" % esc(x) for x in t))
        elif k == "q":
            tb.append('<div data-component="text-block"><blockquote><p>%s</p></blockquote></div>' % esc(t))
        if len(tb) == 3:
            tb.append('<div data-component="image-block" class="ssrcss-1i2c0ew-ImageWrapper"><figure><img src="/x.jpg" alt="Map"><figcaption class="ssrcss-1yav1yi-Caption"><span class="ssrcss-1gm5l2-VisuallyHidden">Image caption, </span>The talks are the first since the spring</figcaption></figure></div>')
    rel = teasers(others, rng, 3, lambda t, s, h: '<li class="ssrcss-1qcc7n9"><div class="ssrcss-1f3bvyz-Stack"><a href="%s" class="ssrcss-its5xf-PromoLink"><span>%s</span></a></div></li>' % (h, esc(t)))
    top = teasers(others, rng, 3, lambda t, s, h: '<div class="ssrcss-1va2pun-UncontainedPromoWrapper"><a href="%s"><p class="ssrcss-17zglt8-PromoHeadline"><span>%s</span></p></a><p class="ssrcss-1q0x1qg-Paragraph">%s</p></div>' % (h, esc(t), esc(s)))
    html = '''<!DOCTYPE html><html lang="en-GB" class="no-js"><head><meta charset="utf-8">
<title>%(t)s - %(site)s</title>
<meta name="description" content="%(fs)s">
<meta property="og:title" content="%(t)s"><meta property="og:type" content="article"><meta property="og:url" content="%(url)s">
<meta name="article:author" content="https://www.facebook.com/nbnnews">
<link rel="canonical" href="%(url)s">
</head><body>
<div id="orb-banner"><div class="ssrcss-cookie" id="cookiePrompt"><h2>Let us know you agree to cookies</h2><p>%(cookie)s</p><button>Yes, I agree</button><button>No, take me to settings</button></div></div>
<header id="orb-header" role="banner"><nav role="navigation" aria-label="NBN">%(nav)s</nav></header>
<div id="main-wrapper"><div id="main-content" class="ssrcss-1ocoo3l-Wrap e42f8511">
<div class="ssrcss-1vh1zk3"><nav class="ssrcss-1tm6ykm-StyledNav" aria-label="News">%(nav2)s</nav></div>
<article class="ssrcss-pv1rh6-ArticleWrapper e1nh2i2l6">
<header class="ssrcss-1eqcsb1-HeadingWrapper"><h1 id="main-heading" class="ssrcss-15xko80-StyledHeading e10rt3ze0">%(t)s</h1></header>
<div data-component="byline-block" class="ssrcss-68pt20-Text-TextContributorName"><div class="ssrcss-h6vnz5-TextContributorName">By %(a)s</div><div class="ssrcss-84ltp5-Text">Diplomatic correspondent</div></div>
<div class="ssrcss-m5j4pi-MetadataStripContainer"><time data-testid="timestamp" datetime="%(iso)sT05:14:33.000Z">%(dd)s</time></div>
<div data-component="links-block" class="ssrcss-1dasfcg"><ul><li><a href="/share">Share</a></li><li><a href="/save">Save</a></li></ul></div>
%(tb)s
<section data-component="tag-list" class="ssrcss-1qmkvfu-TopicListWrapper"><h2>More on this story</h2><ul class="ssrcss-1k0omlu">%(rel)s</ul></section>
</article>
<div data-component="top-stories" class="ssrcss-1n5yfvm-TopStoriesWrapper"><h2 class="ssrcss-1x4v7ux">Top stories</h2>%(top)s</div>
</div></div>
<footer role="contentinfo" id="orb-footer"><div><p>Copyright 2023 NBN. NBN is not responsible for the content of external sites. <a href="/guidance">Read about our approach to external linking.</a></p></div></footer>
</body></html>''' % dict(t=esc(b["title"]), site=site, url=url, fs=esc(first_sentence(b["body"])), cookie=esc(COOKIE[1]),
                          nav=nav_ul(["Home", "News", "Sport", "Weather", "iPlayer", "Sounds"]), nav2=nav_ul(NAV_SECTIONS[:6]),
                          a=esc(b["author"]), iso=d.isoformat(), dd="%d %s %d" % (d.day, MONTHS[d.month - 1], d.year),
                          tb="\n".join(tb), rel=rel, top=top)
    return res(html, gold(b["body"]), dict(page_url=url, title=b["title"], date=d.isoformat() + "T05:14:33.000Z",
                                          author=b["author"], url=url))

# --- A foreign ministry's press statement page ------------------------------
def govpress(b, others, rng, host="state.example.gov"):
    url = "https://www.%s/%s/" % (host, b["slug"])
    rel = teasers(others, rng, 3, lambda t, s, h: '<li class="collection-result"><a class="collection-result__link" href="%s">%s</a><div class="collection-result-meta"><span>Press Statement</span><span>%s</span></div><p class="collection-result__excerpt">%s</p></li>' % (h, esc(t), "January 5, 2023", esc(s)))
    mega = "".join('<li class="menu-item"><a href="/%d">%s</a><ul class="sub-menu">%s</ul></li>' % (i, esc(x), "".join('<li><a href="/%d/%d">%s %d</a></li>' % (i, j, esc(x), j) for j in range(6)))
                   for i, x in enumerate(["Policy Issues", "Countries & Areas", "Bureaus & Offices", "About"]))
    author_line = '<p class="article-meta__author-bureau">%s</p>' % esc(b["author"]) if b["author"] else ""
    html = '''<!doctype html>
<html lang="en-US"><head><meta charset="UTF-8"><title>%(t)s - United States Department of State</title>
<meta name="DC.title" content="%(t)s"><meta property="og:title" content="%(t)s">
<link rel="canonical" href="%(url)s"><link rel='shortlink' href='https://www.%(host)s/?p=391828'>
</head>
<body class="post-template-default single single-post">
<div class="usa-banner"><p>An official website of the United States Government</p><button>Here's how you know</button></div>
<header class="site-header" role="banner"><div class="header-logo"><a href="/">U.S. Department of State</a></div><nav class="navigation" id="primary-navigation"><ul class="menu">%(mega)s</ul></nav></header>
<main id="main">
<div class="featured-content__section"><nav class="breadcrumbs" aria-label="breadcrumb"><a href="/">Home</a> &gt; <a href="/office">Office of the Spokesperson</a> &gt; Press Releases &gt; %(t)s</nav>
<div class="featured-content__headline"><h1 class="featured-content__headline stars-above">%(t)s</h1></div>
<div class="article-meta"><p class="article-meta__publish-type">Press Statement</p>%(author_line)s
<p class="article-meta__publish-date">%(date)s</p></div></div>
<div class="entry-content">
%(body)s
</div>
<div class="related-articles"><h2 class="related-articles__title">Related Articles</h2><ul>%(rel)s</ul></div>
<div class="tags"><p class="tags__label">Tags</p><a href="/tag/1">Bureau of Democracy, Human Rights, and Labor</a><a href="/tag/2">Office of the Spokesperson</a></div>
</main>
<footer class="site-footer"><div class="footer-top"><p>White House</p><p>USA.gov</p><p>Office of the Inspector General</p><p>Archives</p><p>Contact Us</p></div>
<div class="footer-bottom"><p>Privacy Policy | Accessibility Statement | Copyright Information | FOIA | No FEAR Act</p><p>Note: Links to external websites are provided as a convenience and should not be construed as an endorsement by the U.S. Department of State of the views contained therein.</p></div></footer>
</body></html>''' % dict(t=esc(b["title"]), url=url, host=host, mega=mega, author_line=author_line, date=esc(b["date"]),
                          body=render(b["body"], rng, links=False), rel=rel)
    # The issuing office stands where a byline would (relabelled after the
    # first run: a press statement's author is the office that issues it).
    return res(html, gold(b["body"]), dict(page_url=url, title=b["title"], date=b["date"],
                                          author=b["author"] or None, url=url))

# --- Think-tank analysis: mega menu, bio boxes, newsletter, related cards ----
def thinktank(b, others, rng, site="Institute for Strategic Dialogue Studies", host="isds.example.org"):
    url = "https://www.%s/analysis/%s" % (host, b["slug"])
    bio = BIOS[0].format(a=b["author"])
    cards = teasers(others, rng, 3, lambda t, s, h: '<div class="card card--related"><div class="card__type">Commentary</div><h3 class="card__title"><a href="%s">%s</a></h3><div class="card__excerpt"><p>%s</p></div></div>' % (h, esc(t), esc(s)))
    experts = "".join('<li class="expert"><a href="/experts/%d">%s</a><p class="expert__title">Senior Fellow, %s</p></li>' % (i, n, f) for i, (n, f) in enumerate([("Alan Price", "Security"), ("Yuki Sato", "Asia"), ("Rosa Vidal", "Americas")]))
    html = '''<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8" />
<title>%(t)s | %(site)s</title>
<meta name="description" content="%(fs)s" />
<meta name="citation_title" content="%(t)s" /><meta name="citation_author" content="%(a)s" />
<meta name="citation_publication_date" content="%(cd)s" />
<meta property="og:site_name" content="%(site)s" /><meta property="og:type" content="article" />
<link rel="canonical" href="%(url)s" />
</head>
<body class="path-node page-node-type-analysis">
<div class="cookie-consent" role="dialog"><p>%(cookie)s</p><a href="/privacy">Learn more</a><button>Accept</button></div>
<header class="header" role="banner"><div class="header__logo"><a href="/">%(site)s</a></div>
<nav class="mega-menu" role="navigation"><ul><li><a href="/topics">Topics</a><div class="mega-menu__panel"><p>Explore our research on the issues shaping international affairs, from great-power competition and arms control to climate security, global health and the future of multilateral institutions.</p><ul>%(topics)s</ul></div></li><li><a href="/regions">Regions</a></li><li><a href="/experts">Experts</a></li><li><a href="/events">Events</a></li></ul></nav>
<a class="button button--donate" href="/donate">Support our work</a></header>
<main role="main"><div class="layout-content">
<div class="hero hero--analysis"><div class="hero__eyebrow">Analysis</div><h1 class="hero__title">%(t)s</h1>
<div class="hero__subtitle"><p>%(dek)s</p></div>
<div class="hero__meta"><span class="hero__authors">By <a href="/experts/x">%(a)s</a></span> <span class="hero__date">%(hd)s</span></div></div>
<div class="page-content"><div class="share-bar"><span>Share</span><a href="#">Twitter</a><a href="#">LinkedIn</a><a href="#">Email</a><a href="#">Print</a></div>
<div class="post-body rich-text">
%(body)s
</div>
<div class="author-bio-box"><h2>About the author</h2><p>%(bio)s</p></div>
<div class="newsletter-signup"><h2>Get our analysis in your inbox</h2><p>%(nl)s</p><form><input type="email" placeholder="Email address"><button>Sign up</button></form></div>
<section class="related-content"><h2>Related content</h2>%(cards)s</section>
</div>
<aside class="sidebar"><h2>Experts</h2><ul class="experts">%(experts)s</ul><h2>Topics</h2><ul><li><a href="/t/1">Security</a></li><li><a href="/t/2">Diplomacy</a></li></ul></aside>
</div></main>
<footer class="footer" role="contentinfo"><p>%(site)s is an independent, non-partisan research organisation. The views expressed in this publication are those of the authors alone and do not represent the institutional position of the institute, which takes no positions on policy questions.</p><p>&copy; 2023 All rights reserved.</p></footer>
</body></html>''' % dict(t=esc(b["title"]), site=esc(site), url=url, fs=esc(first_sentence(b["body"])), a=esc(b["author"]),
                          cd=b["date"].replace("-", "/"), cookie=esc(COOKIE[0]), topics="".join('<li><a href="/t/%d">%s</a></li>' % (i, x) for i, x in enumerate(["Arms control", "Climate", "Defence", "Economics", "Energy", "Technology"])),
                          dek=esc(b["dek"]), hd=human(b["date"]), body=render(b["body"], rng), bio=esc(bio), nl=esc(NEWSLETTER[1]),
                          cards=cards, experts=experts)
    return res(html, gold(b["body"]), dict(page_url=url, title=b["title"], date=b["date"].replace("-", "/"),
                                          author=b["author"], url=url))

# --- Live blog: entries as articles, key events, share per entry -------------
def liveblog(b, others, rng, site="The Daily Ledger", host="dailyledger.example"):
    d = ymd(b["date"])
    url = "https://www.%s/world/live/%04d/%s/%02d/%s" % (host, d.year, MONTHS[d.month - 1][:3].lower(), d.day, b["slug"])
    entries, cur, keys = [], [], []
    bl = blocks(b["body"])
    for k, t in bl:
        if k == "time":
            if cur:
                entries.append(cur)
            cur = [t]
        else:
            cur.append((k, t))
    entries.append(cur)
    out = []
    for i, e in enumerate(entries):
        tm, parts = e[0], e[1:]
        inner = []
        for k, t in parts:
            if k == "h":
                inner.append('<h2 class="block-title">%s</h2>' % esc(t))
                keys.append((i, t))
            elif k == "p":
                inner.append("<p>%s</p>" % linkify(t, rng))
        out.append('''<article id="block-%d" class="block is-summary" data-block-contributor="">
<header class="block-time published-time"><a href="?page=with:block-%d#block-%d" data-link-name="permalink"><time datetime="%sT%s:00.000Z">%s</time><span class="block-time__absolute">%s GMT</span></a></header>
<div class="block-elements">%s</div>
<footer class="block-footer"><div class="block-share"><a href="#" class="block-share__item">Facebook</a><a href="#" class="block-share__item">Twitter</a></div><div class="block-updated">Updated at %s GMT</div></footer>
</article>''' % (i, i, i, d.isoformat(), tm, tm, tm, "\n".join(inner), tm))
    kev = "".join('<li class="timeline__item"><a href="#block-%d" class="timeline__link"><time>%s</time><span class="timeline__title">%s</span></a></li>' % (i, "", esc(t)) for i, t in keys)
    html = '''<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>%(t)s | World news | %(site)s</title>
<meta property="og:title" content="%(t)s"><meta property="article:published_time" content="%(date)s">
<meta property="article:author" content="https://www.%(host)s/profile/live"><meta name="author" content="%(a)s">
<link rel="canonical" href="%(url)s">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"LiveBlogPosting","coverageStartTime":"%(date)s","headline":"%(tj)s"}</script>
</head><body>
<div class="site-message--banner"><p>%(nl)s</p><a href="/support">Support us</a></div>
<header><nav class="pillars">%(nav)s</nav></header>
<main><div class="content__head"><div class="content__labels"><a href="/world">World news</a></div>
<h1 class="content__headline">%(t)s</h1><div class="content__standfirst"><ul><li>Latest updates as they happen</li><li>Analysis from our correspondents</li></ul></div>
<p class="byline" data-component="meta-byline">%(a)s</p></div>
<div class="live-blog"><div class="keyevents"><h2>Key events</h2><ul class="timeline">%(kev)s</ul></div>
<div class="js-liveblog-body">
%(entries)s
</div>
<div class="liveblog-navigation"><a href="?page=2">Older</a><a href="?page=last">Oldest</a></div></div>
<div class="submeta"><span>Topics</span><ul><li><a href="/t/a">Elections</a></li><li><a href="/t/b">World news</a></li></ul></div>
<aside class="onward"><h2>Most viewed</h2><ol>%(most)s</ol></aside>
</main><footer><p>&copy; 2023 %(site)s Media Group or its affiliated companies. All rights reserved.</p></footer></body></html>''' % dict(
        t=esc(b["title"]), tj=b["title"].replace('"', '\\"'), site=esc(site), host=host, date=b["date"], a=esc(b["author"]), url=url,
        nl=esc(NEWSLETTER[2]), nav=nav_ul(["News", "Opinion", "Sport", "Culture", "Lifestyle"]), kev=kev, entries="\n".join(out),
        most=teasers(others, rng, 5, lambda t, s, h: '<li><a href="%s">%s</a></li>' % (h, esc(t))))
    return res(html, gold(b["body"]), dict(page_url=url, title=b["title"], date=b["date"], author=b["author"], url=url))

# --- Paywall stub: teaser paragraphs, then a subscription wall --------------
def paywall(b, others, rng, site="Financial Ledger", host="finledger.example"):
    url = "https://www.%s/content/%08x-%s" % (host, rng.randrange(1 << 32), b["slug"])
    html = '''<!DOCTYPE html><html><head><meta charset="utf-8"><title>%(t)s | %(site)s</title>
<meta property="og:title" content="%(t)s"><meta property="article:published_time" content="%(date)s">
<meta name="author" content="%(a)s"><link rel="canonical" href="%(url)s">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","isAccessibleForFree":"False","headline":"%(tj)s","datePublished":"%(date)s","hasPart":{"@type":"WebPageElement","isAccessibleForFree":"False","cssSelector":".paywalled"}}</script>
</head><body>
<header class="o-header"><nav>%(nav)s</nav><a class="o-header__subscribe" href="/products">Subscribe</a><a href="/login">Sign In</a></header>
<main id="site-content"><article class="article" data-trackable="article">
<div class="topper"><a class="topper__primary-theme" href="/world">Geopolitics</a><h1 class="topper__headline"><span>%(t)s</span></h1><div class="topper__standfirst">%(dek)s</div></div>
<div class="article-info"><a class="n-content-tag--author" href="/x">%(a)s</a> in %(place)s <time class="article-info__timestamp" datetime="%(date)s">%(hd)s</time></div>
<div class="article__content-body n-content-body js-article__content-body">
%(body)s
</div>
<div class="paywalled barrier" id="barrier-page"><div class="barrier__heading"><h2>Subscribe to unlock this article</h2></div>
<div class="barrier__offers"><div class="offer"><h3>Try unlimited access</h3><p>Only $1 for 4 weeks. Then $75 per month. Complete digital access to quality journalism on any device. Cancel anytime during your trial.</p><a class="o-buttons" href="/trial">Start a trial</a></div>
<div class="offer"><h3>Explore our full range of subscriptions</h3><p>For individuals: discover all the plans currently available in your country. For organisations: find out how your team can get access to trusted, award-winning business news and analysis.</p></div>
<p class="barrier__login">Already a subscriber? <a href="/login">Sign in</a></p></div></div>
</article>
<aside class="onward-journey"><h2>Latest on Geopolitics</h2><ul>%(rel)s</ul></aside>
</main><footer class="o-footer"><p>Markets data delayed by at least 15 minutes. &copy; THE FINANCIAL LEDGER LTD 2023. FL and Financial Ledger are trademarks of The Financial Ledger Ltd. The Financial Ledger and its journalism are subject to a self-regulation regime under its Editorial Code of Practice.</p></footer>
</body></html>''' % dict(t=esc(b["title"]), tj=b["title"].replace('"', '\\"'), site=site, date=b["date"], a=esc(b["author"]), url=url,
                          nav=nav_ul(["Home", "World", "Markets", "Opinion", "Work & Careers"]), dek=esc(b["dek"]),
                          place=esc(b["place"].title()), hd=human(b["date"]), body=render(b["body"], rng, links=False),
                          rel=teasers(others, rng, 4, lambda t, s, h: '<li><a href="%s">%s</a><p>%s</p></li>' % (h, esc(t), esc(s))))
    return res(html, gold(b["body"]), dict(page_url=url, title=b["title"], date=b["date"], author=b["author"], url=url))

# --- A section front: nothing but teasers (expected text: none) --------------
def sectionfront(name, others, rng, site="The Global Courier", host="globalcourier.example"):
    url = "https://www.%s/section/%s" % (host, name)
    cards = teasers(others, rng, 14, lambda t, s, h: '<article class="story-card"><h3 class="story-card__headline"><a href="%s">%s</a></h3><p class="story-card__summary">%s</p><span class="story-card__byline">By Staff</span></article>' % (h, esc(t), esc(s)))
    html = '''<!DOCTYPE html><html><head><meta charset="utf-8"><title>World News - %(site)s</title>
<meta property="og:title" content="World News"><link rel="canonical" href="%(url)s"></head><body>
<header><nav>%(nav)s</nav></header>
<main id="site-content"><h1 class="section-title">World</h1>
<section class="top-stories">%(cards)s</section>
<div class="pagination"><a href="?page=2">Next page</a></div></main>
<footer><p>&copy; 2023 %(site)s</p></footer></body></html>''' % dict(site=site, url=url, nav=nav_ul(NAV_SECTIONS), cards=cards)
    return res(html, "", dict(page_url=url, title="World News", date=None, author=None, url=url))

# --- An old ministry site: nested tables, font tags, <br><br> paragraphs -----
def oldtable(b, others, rng, host="mfa.example.int", encoding="windows-1252", lang="en"):
    url = "http://www.%s/news/press.asp?id=%d" % (host, rng.randrange(1000, 9999))
    paras = []
    for k, t in blocks(b["body"]):
        if k == "p":
            paras.append(esc(t))
        elif k == "h":
            paras.append("<b>%s</b>" % esc(t))
        elif k == "li":
            paras.extend("&middot; " + esc(x) for x in t)
    body = "<br><br>\n".join(paras)
    charset_meta = '<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=%s">' % encoding
    html = '''<HTML><HEAD>%(cm)s
<TITLE>%(site)s - %(t)s</TITLE>
<META NAME="Date" CONTENT="%(date)s">
<SCRIPT LANGUAGE="JavaScript">function MM_swapImage() { /* rollovers */ }</SCRIPT>
</HEAD>
<BODY BGCOLOR="#FFFFFF" LEFTMARGIN=0 TOPMARGIN=0>
<TABLE WIDTH=780 BORDER=0 CELLPADDING=0 CELLSPACING=0>
<TR><TD COLSPAN=3><IMG SRC="/img/banner.gif" WIDTH=780 HEIGHT=90 ALT="%(site)s"></TD></TR>
<TR><TD WIDTH=160 VALIGN=top BGCOLOR="#E8E8E8">
<TABLE WIDTH=160><TR><TD><FONT FACE="Verdana" SIZE=1><A HREF="/">Home</A><BR><A HREF="/minister">The Minister</A><BR><A HREF="/news">Press releases</A><BR><A HREF="/consular">Consular services</A><BR><A HREF="/embassies">Embassies abroad</A><BR><A HREF="/treaties">Treaties</A><BR><A HREF="/contact">Contact</A></FONT></TD></TR></TABLE>
</TD><TD WIDTH=10>&nbsp;</TD>
<TD WIDTH=610 VALIGN=top>
<TABLE WIDTH="100%%"><TR><TD><FONT FACE="Verdana" SIZE=1 COLOR="#666666"><A HREF="/">Home</A> &gt; <A HREF="/news">Press releases</A></FONT></TD></TR>
<TR><TD><FONT FACE="Verdana" SIZE=3 COLOR="#003366"><B>%(t)s</B></FONT><BR>
<FONT FACE="Verdana" SIZE=1>%(date)s</FONT><P>
<FONT FACE="Verdana" SIZE=2>
%(body)s
</FONT>
<P><FONT FACE="Verdana" SIZE=1><A HREF="javascript:window.print()">Print</A> | <A HREF="/news">Back to press releases</A></FONT></TD></TR></TABLE>
</TD></TR>
<TR><TD COLSPAN=3 ALIGN=center><FONT FACE="Verdana" SIZE=1>%(site)s &copy; 2003-2023 | <A HREF="/legal">Legal notice</A> | Best viewed with Internet Explorer 6 at 800x600</FONT></TD></TR>
</TABLE></BODY></HTML>''' % dict(cm=charset_meta, site="Ministry of Foreign Affairs" if lang == "en" else "Ministerio de Asuntos Exteriores",
                                  t=esc(b["title"]), date=esc(b["date"]), body=body)
    g = []
    for k, t in blocks(b["body"]):
        if k == "li":
            g.extend("\u00b7 " + x for x in t)
        elif k != "time":
            g.append(t)
    return res(html, "\n\n".join(g) + "\n", dict(page_url=url, title=b["title"], date=b["date"], author=None, url=url),
               encoding=encoding)

# --- A Central European news portal in ISO-8859-2 ---------------------------
def latin2(b, others, rng, site="Dziennik Wschodni", host="dziennik.example.pl"):
    url = "https://%s/swiat/%s,%d.html" % (host, b["slug"], rng.randrange(100000, 999999))
    rel = teasers(others, rng, 4, lambda t, s, h: '<li><a href="%s">%s</a></li>' % (h, esc(t)))
    html = '''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="pl"><head>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-2" />
<title>%(t)s - %(site)s</title>
<meta name="author" content="%(a)s" />
<meta property="og:title" content="%(t)s" /><meta property="og:url" content="%(url)s" />
<meta name="publish-date" content="%(date)s" />
</head><body>
<div id="top"><div id="logo"><a href="/">%(site)s</a></div><ul id="menu"><li><a href="/kraj">Kraj</a></li><li><a href="/swiat">Świat</a></li><li><a href="/gospodarka">Gospodarka</a></li><li><a href="/sport">Sport</a></li><li><a href="/opinie">Opinie</a></li></ul></div>
<div id="rodo-info" class="rodo"><p>Szanowny Czytelniku, w związku z wejściem w życie przepisów o ochronie danych osobowych informujemy, że korzystając z serwisu wyrażasz zgodę na przetwarzanie danych w celach statystycznych i marketingowych przez nas oraz naszych zaufanych partnerów.</p><a href="#">Akceptuję</a></div>
<div id="container"><div id="content">
<div class="art">
<h1 class="art_title">%(t)s</h1>
<div class="art_info"><span class="art_author">%(a)s</span> | <span class="art_date">%(date)s</span></div>
<div class="art_content">
%(body)s
</div>
<div class="art_tags">Tagi: <a href="/t/1">polityka</a>, <a href="/t/2">dyplomacja</a></div>
<div class="art_polecamy"><h3>Polecamy</h3><ul>%(rel)s</ul></div>
</div>
<div id="komentarze" class="komentarze"><h3>Komentarze (3)</h3>
<div class="kom"><b>Czytelnik</b><p>Bardzo dobry artykuł, ale brakuje mi informacji o tym, co na ten temat mówią eksperci z regionu i jakie będą skutki dla zwykłych ludzi mieszkających przy granicy.</p></div>
<div class="kom"><b>jan_k</b><p>Znowu same obietnice. Zobaczymy za rok, ile z tego zostanie zrealizowane, bo do tej pory zawsze kończyło się na słowach i zdjęciach z konferencji prasowych.</p></div>
<div class="kom"><b>Ewa</b><p>Dziękuję za rzetelną informację, czytam was codziennie.</p></div></div>
</div>
<div id="right"><div class="box"><h3>Najczęściej czytane</h3><ul>%(rel2)s</ul></div><div class="reklama">Reklama</div></div>
</div>
<div id="footer"><p>Copyright &copy; %(site)s. Wszelkie prawa zastrzeżone. Redakcja nie odpowiada za treść komentarzy.</p></div>
</body></html>''' % dict(t=esc(b["title"]), site=site, a=esc(b["author"]), url=url, date=esc(b["date"]),
                          body=render(b["body"], rng, links=False), rel=rel, rel2=teasers(others, rng, 4, lambda t, s, h: '<li><a href="%s">%s</a></li>' % (h, esc(t))))
    return res(html, gold(b["body"]), dict(page_url=url, title=b["title"], date=b["date"], author=b["author"], url=url),
               encoding="iso-8859-2")

# --- Blogger-style opinion blog with a comment thread longer than the post ---
def blogger(b, others, rng, site="Dispatches from the Periphery"):
    d = ymd(b["date"])
    url = "https://periphery-dispatches.blogspot.example/%04d/%02d/%s.html" % (d.year, d.month, b["slug"])
    comments = rng.sample(COMMENTS, 11)
    cm = "\n".join('<li class="comment" id="c%d"><div class="avatar-image-container"><img src="/a.png"></div><div class="comment-block"><div class="comment-header"><cite class="user"><a href="/u/%d">%s</a></cite><span class="icon user"></span><span class="datetime secondary-text"><a rel="nofollow" href="#c%d">%s at %d:15 PM</a></span></div><p class="comment-content">%s</p><span class="comment-actions secondary-text"><a class="comment-reply" target="_self">Reply</a><span class="item-control blog-admin"><a href="/delete">Delete</a></span></span></div></li>' % (i, i, esc(n), i, human(b["date"]), i + 1, esc(t)) for i, (n, t) in enumerate(comments))
    archive = "".join('<li class="archivedate"><a class="toggle"><span class="zippy">&#9658;&nbsp;</span></a><a class="post-count-link" href="/%d/">%d</a> <span class="post-count" dir="ltr">(%d)</span></li>' % (y, y, 12 + y % 7) for y in range(2023, 2012, -1))
    html = '''<!DOCTYPE html>
<html class="v2" dir="ltr" xmlns="http://www.w3.org/1999/xhtml" xmlns:b="http://www.google.com/2005/gml/b"><head>
<meta content="text/html; charset=UTF-8" http-equiv="Content-Type"/>
<title>%(site)s: %(t)s</title>
<link href="%(url)s" rel="canonical"/>
<meta content="%(url)s" property="og:url"/><meta content="%(t)s" property="og:title"/>
</head><body class="loading">
<div class="navbar section" id="navbar"><div class="widget Navbar"><iframe src="/navbar"></iframe></div></div>
<div class="content"><div class="content-outer"><header><div class="header-outer"><div class="Header"><h1 class="title"><a href="/">%(site)s</a></h1><p class="description"><span>Occasional essays on diplomacy, development and the places the headlines forget.</span></p></div></div></header>
<div class="main-outer"><div class="columns fauxcolumns"><div class="column-center-outer"><div class="main section" id="main"><div class="widget Blog" id="Blog1"><div class="blog-posts hfeed">
<div class="date-outer"><h2 class="date-header"><span>%(dh)s</span></h2>
<div class="date-posts"><div class="post-outer"><div class="post hentry" itemprop="blogPost" itemscope="itemscope" itemtype="http://schema.org/BlogPosting">
<h3 class="post-title entry-title" itemprop="name">%(t)s</h3>
<div class="post-header"></div>
<div class="post-body entry-content" id="post-body-77" itemprop="description articleBody">
%(body)s
<div style="clear: both;"></div></div>
<div class="post-footer"><div class="post-footer-line post-footer-line-1"><span class="post-author vcard">Posted by <span class="fn" itemprop="author" itemscope="itemscope" itemtype="http://schema.org/Person"><span itemprop="name">%(a)s</span></span></span> <span class="post-timestamp">at <abbr class="published" itemprop="datePublished" title="%(iso)sT09:30:00-07:00">9:30 AM</abbr></span> <span class="post-comment-link"></span></div>
<div class="post-share-buttons goog-inline-block"><a class="goog-inline-block share-button sb-email" href="#">Email This</a><a class="share-button sb-blog" href="#">BlogThis!</a><a class="share-button sb-twitter" href="#">Share to Twitter</a></div>
<div class="post-footer-line post-footer-line-2"><span class="post-labels">Labels: <a href="/l/1" rel="tag">diplomacy</a>, <a href="/l/2" rel="tag">elections</a></span></div></div>
</div>
<div class="comments" id="comments"><h4>%(nc)d comments:</h4><div class="comments-content"><ol id="top-ra">%(cm)s</ol></div>
<p class="comment-footer"><a href="/comment">Post a Comment</a></p></div>
</div></div></div></div>
<div class="blog-pager" id="blog-pager"><a class="blog-pager-newer-link" href="/newer">Newer Post</a><a class="blog-pager-older-link" href="/older">Older Post</a><a class="home-link" href="/">Home</a></div>
</div></div></div>
<div class="column-right-outer"><div class="sidebar section" id="sidebar-right-1"><div class="widget Profile"><h2>About Me</h2><div class="widget-content"><dl class="profile-datablock"><dt class="profile-data">%(a)s</dt><dd class="profile-textblock">Former aid worker and occasional diplomat, now writing from a small town by the sea about the places where I used to work and the people I met there, and about why they deserve more attention than they get.</dd></dl></div></div>
<div class="widget BlogArchive"><h2>Blog Archive</h2><ul class="hierarchy">%(archive)s</ul></div></div></div>
</div></div></div></div>
<div class="footer-outer"><div class="widget Attribution"><div class="widget-content">Powered by <a href="https://www.blogger.com" target="_blank">Blogger</a>.</div></div></div>
</body></html>''' % dict(site=esc(site), t=esc(b["title"]), url=url, dh=d.strftime("%A, ") + human(b["date"]), a=esc(b["author"]),
                          iso=d.isoformat(), body=render(b["body"], rng, p_open="", p_close="<br /><br />", h_open="<h3>", h_close="</h3>"),
                          nc=len(comments), cm=cm, archive=archive)
    return res(html, gold(b["body"]), dict(page_url=url, title=b["title"], date=d.isoformat() + "T09:30:00-07:00",
                                          author=b["author"], url=url))

# --- A wire service article page --------------------------------------------
def wire(b, others, rng, site="Meridian News Agency", host="meridian-wire.example"):
    url = "https://www.%s/world/%s-%s/" % (host, b["slug"], "2023-04-02")
    paras = [t for k, t in blocks(b["body"]) if k == "p"]
    body = []
    for i, t in enumerate(paras):
        txt = t
        if i == 0 and b["place"]:
            txt = "%s, %s (Meridian) - %s" % (b["place"], human(b["date"]).rsplit(",", 1)[0], t)
        body.append('<p class="text__text__1FZLe text__dark-grey__3Ml43 text__regular__2N1Xr body__full_width__ekUdw body__base__22dCE body__large_body__FV5_X article-body__element__2p5pI" data-testid="paragraph-%d">%s</p>' % (i, esc(txt)))
        if i == 2:
            body.append('<div class="article-body__row__dFOPA"><div data-testid="ad-slot" class="ad-slot__container__2ms9m"><span class="ad-slot__label">Advertisement &middot; Scroll to continue</span></div></div>')
            body.append('<p class="text__text__1FZLe sign-up-promo">Register now for FREE unlimited access to meridian-wire.example</p>')
    g = []
    for i, t in enumerate(paras):
        g.append("%s, %s (Meridian) - %s" % (b["place"], human(b["date"]).rsplit(",", 1)[0], t) if i == 0 and b["place"] else t)
    html = '''<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"/>
<title>%(t)s | %(site)s</title>
<meta name="article:published_time" content="%(date)s"/><meta property="og:title" content="%(t)s"/>
<meta name="analyticsAttributes.author" content="%(a)s"/>
<link rel="canonical" href="%(url)s"/>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"%(tj)s","datePublished":"%(date)s","author":{"@type":"Person","name":"%(a)s"}}</script>
</head><body><div id="fusion-app"><header class="site-header__header__3tPvi"><nav>%(nav)s</nav></header>
<main class="regular-article-layout__main__1tCZx"><article class="article__container__2xLbt">
<div class="article-header__heading__15OpQ"><span class="text__text__1FZLe article-header__tag">World</span><h1 class="text__heading_3__1kDhc article-header__title__3Y2hh" data-testid="Heading">%(t)s</h1>
<div class="article-header__meta-container__1bN0b"><div class="author-name__byline__3FWcx">By <a href="/authors/x">%(a)s</a></div><time class="date-line__date___kNbY"><span>%(hd)s</span><span>7:05 PM UTC</span><span>Updated ago</span></time></div>
<div class="article-header__toolbar__3gDmr"><button>Share</button><button>Save</button></div></div>
<div class="article-body__content__17Yit paywall-article">
%(body)s
<p class="text__text__1FZLe text__dark-grey__3Ml43 text__regular__2N1Xr sign-off__sign_off">Our Standards: <a href="/trust">The Meridian Trust Principles.</a></p>
</div></article>
<div class="read-next-panel"><h2>Read Next</h2><ul>%(rel)s</ul></div>
</main><footer><p>All quotes delayed a minimum of 15 minutes.</p></footer></div></body></html>''' % dict(
        t=esc(b["title"]), tj=b["title"].replace('"', '\\"'), site=site, date=b["date"], a=esc(b["author"]), url=url,
        nav=nav_ul(["World", "Business", "Markets", "Legal"]), hd=human(b["date"]), body="\n".join(body),
        rel=teasers(others, rng, 4, lambda t, s, h: '<li><a href="%s"><span>%s</span></a><p>%s</p></li>' % (h, esc(t), esc(s))))
    return res(html, "\n\n".join(g) + "\n", dict(page_url=url, title=b["title"], date=b["date"], author=b["author"], url=url))

# --- A magazine long read with a drop cap and a pull quote -------------------
def magazine(b, others, rng, site="World Affairs Quarterly", host="waq.example.com"):
    url = "https://www.%s/articles/world/%s" % (host, b["slug"])
    bl = render(b["body"], rng, q_open='<blockquote class="article-blockquote"><p>', q_close="</p></blockquote>").split("\n")
    # a drop cap on the first paragraph; a pull quote repeating a sentence
    bl[0] = bl[0].replace("<p>", '<p class="article-dropcap"><span class="dropcap">', 1)
    first = blocks(b["body"])[0][1]
    bl[0] = '<p class="article-dropcap"><span class="dropcap">%s</span>%s</p>' % (esc(first[0]), esc(first[1:]))
    pull = '<aside class="pullquote" role="complementary"><p>&ldquo;%s&rdquo;</p></aside>' % esc(blocks(b["body"])[1][1].split(". ")[0])
    bl.insert(3, pull)
    html = '''<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>%(t)s | %(site)s</title>
<meta property="og:title" content="%(t)s"><meta property="og:url" content="%(url)s">
<meta name="dcterms.created" content="%(date)s"><meta name="author" content="%(a)s">
</head><body class="page-article">
<div class="paywall-meter-notice"><p>You have read one of your two free articles this month. Subscribe for unlimited access to our archive of more than a century of writing on world affairs.</p></div>
<header class="site-header"><a class="logo" href="/">%(site)s</a><nav class="site-nav">%(nav)s</nav><form class="search"><input name="q"></form></header>
<main><article class="article">
<div class="article-header"><div class="article-header__topic"><a href="/topics/x">Geopolitics</a></div><h1 class="article-header__title">%(t)s</h1><h2 class="article-header__subtitle">%(dek)s</h2>
<div class="article-header__byline"><span class="article-byline">By <a href="/authors/x">%(a)s</a></span> <span class="article-date">%(hd)s</span></div></div>
<div class="article-body-text">
%(body)s
</div>
<div class="article-footer"><div class="article-author-bio"><p>%(bio)s</p></div>
<div class="article-topics"><span>Topics:</span><a href="/t1">Climate</a><a href="/t2">Diplomacy</a></div></div>
</article>
<section class="article-recirculation"><h2>More from the magazine</h2>%(rel)s</section>
</main>
<footer class="site-footer"><p>%(nl)s</p><p>&copy; 2023 Council on World Affairs. All rights reserved.</p></footer></body></html>''' % dict(
        t=esc(b["title"]), site=site, url=url, date=b["date"], a=esc(b["author"]), nav=nav_ul(["Regions", "Topics", "Magazine", "Podcasts", "Subscribe"]),
        dek=esc(b["dek"]), hd=human(b["date"]), body="\n".join(bl), bio=esc(BIOS[1].format(a=b["author"]).replace(" he ", " she ")),
        rel=teasers(others, rng, 3, lambda t, s, h: '<div class="recirc-card"><a href="%s"><h3>%s</h3></a><p>%s</p></div>' % (h, esc(t), esc(s))),
        nl=esc(NEWSLETTER[0]))
    return res(html, gold(b["body"]), dict(page_url=url, title=b["title"], date=b["date"], author=b["author"], url=url))

# --- UN press releases and statements (Drupal) ------------------------------
def unpress(b, others, rng, host="press.un.example"):
    d = ymd(b["date"])
    url = "https://%s/en/%04d/sgsm%d.doc.htm" % (host, d.year if d else 2023, rng.randrange(21000, 22000))
    html = '''<!DOCTYPE html><html lang="en" dir="ltr"><head><meta charset="utf-8" />
<title>%(t)s | Meetings Coverage and Press Releases</title>
<link rel="canonical" href="%(url)s" /><meta property="og:title" content="%(t)s" />
<meta name="dcterms.date" content="%(iso)sT12:00:00-05:00" />
</head><body>
<div class="dialog-off-canvas-main-canvas"><div class="region region-header"><a href="/en">United Nations</a> <span class="site-slogan">Meetings Coverage and Press Releases</span>
<div class="language-switcher"><ul class="links"><li><a href="/en">English</a></li><li><a href="/fr">Français</a></li></ul></div></div>
<nav role="navigation" class="menu--main">%(nav)s</nav>
<div class="region region-content"><div class="block-system-main-block">
<article role="article" class="node node--type-press-release node--view-mode-full">
<div class="node__content">
<div class="field field--name-field-symbol">SG/SM/%(sym)d</div>
<div class="field field--name-field-dated"><time datetime="%(iso)sT12:00:00Z">%(date)s</time></div>
<h1 class="page-header"><span>%(t)s</span></h1>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
%(body)s
<p align="center">* *** *</p>
</div>
<div class="field field--name-field-audience">For information media. Not an official record.</div>
</div></article></div></div>
<div class="region region-sidebar-second"><div class="block"><h2>Latest</h2><ul>%(rel)s</ul></div></div>
<footer class="region-footer"><ul><li><a href="/a">A-Z Site Index</a></li><li><a href="/c">Contact</a></li><li><a href="/copy">Copyright</a></li><li><a href="/faq">FAQ</a></li><li><a href="/fraud">Fraud Alert</a></li><li><a href="/privacy">Privacy Notice</a></li><li><a href="/terms">Terms of Use</a></li></ul></footer></div>
</body></html>''' % dict(t=esc(b["title"]), url=url, iso=d.isoformat() if d else "2023-02-06", sym=rng.randrange(21000, 22000),
                          date=esc(b["date"]), nav=nav_ul(["Secretary-General", "General Assembly", "Security Council", "Economic and Social Council", "Meetings Coverage"]),
                          body=render(b["body"], rng, links=False), rel=teasers(others, rng, 4, lambda t, s, h: '<li><a href="%s">%s</a></li>' % (h, esc(t))))
    return res(html, gold(b["body"]), dict(page_url=url, title=b["title"], date=(d.isoformat() if d else "2023-02-06") + "T12:00:00-05:00",
                                          author=None, url=url))

# --- Broken markup: unclosed tags, misnesting, stray closers, no </html> ------
def broken(b, others, rng, site="Andean Post", host="andeanpost.example"):
    d = ymd(b["date"])
    url = "https://%s/%04d/%02d/%02d/%s" % (host, d.year, d.month, d.day, b["slug"])
    paras = []
    for i, (k, t) in enumerate(blocks(b["body"])):
        if k == "p":
            # unclosed <p>, sometimes a misnested <b><i>, a stray </span>
            if i % 3 == 1:
                w = t.split(" ")
                paras.append("<p>%s <b><i>%s</b></i> %s" % (esc(" ".join(w[:3])), esc(" ".join(w[3:5])), esc(" ".join(w[5:]))))
            elif i % 3 == 2:
                paras.append("<P>%s</span>" % esc(t))
            else:
                paras.append("<p>%s" % esc(t))
        elif k == "h":
            paras.append("<h3>%s</h2>" % esc(t))
    html = '''<html><head><title>%(t)s :: %(site)s</title>
<meta name=description content=%(fsq)s>
<meta property=og:site_name content="%(site)s">
</head>
<body><div id=wrap>
<div id=header><a href=/><img src=/logo.gif alt="%(site)s"></a><ul class=menu><li><a href=/politica>Política<li><a href=/economia>Economía<li><a href=/mundo>Mundo<li><a href=/opinion>Opinión</ul></div>
<table width=100%%><tr><td class=main valign=top>
<div class=story>
<h1>%(t)s</h1>
<div class=byline>By %(a)s, <span class=date>%(hd)s</div>
<div class=storytext>
%(paras)s
</div></td>
<td class=side width=250 valign=top><div class=box><h4>Most read</h4><ul>%(rel)s</ul></div><div class=box><h4>Newsletter</h4><p>%(nl)s</div>
</table>
<div id=footer>&copy; %(site)s 2023 &mdash; <a href=/contact>Contact</a> &mdash; <a href=/ads>Advertise</a>
</div>
''' % dict(t=esc(b["title"]), site=site, fsq=esc('"' + first_sentence(b["body"])[:60] + '"'), a=esc(b["author"]), hd=human(b["date"]),
           paras="\n".join(paras), rel=teasers(others, rng, 5, lambda t, s, h: "<li><a href=%s>%s</a>" % (h, esc(t))), nl=esc(NEWSLETTER[2]))
    return res(html, gold(b["body"]), dict(page_url=url, title=b["title"], date=d.isoformat(), author=b["author"], url=url))

# --- A UTF-8 page with a byte-order mark and no charset declaration ----------
def bom(b, others, rng, site="Horn Observer", host="hornobserver.example"):
    url = "https://www.%s/news/%s" % (host, b["slug"])
    html = '''\ufeff<!DOCTYPE html>
<html><head><title>%(t)s</title>
<meta name="date" content="%(date)s"><meta name="author" content="%(a)s">
<link rel="canonical" href="/news/%(slug)s">
</head><body>
<div class="topnav">%(nav)s</div>
<div class="container"><div class="row"><div class="col-md-8">
<div class="post-single">
<h1 class="post-title">%(t)s</h1>
<div class="post-meta"><span class="post-author"><i class="fa fa-user"></i> %(a)s</span> <span class="post-date"><i class="fa fa-clock"></i> %(date)s</span></div>
<div class="post-text">
%(body)s
</div>
<div class="post-share"><span>Share this:</span> <a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">WhatsApp</a> <a href="#">Telegram</a></div>
</div>
<div class="you-may-like"><h4>You may also like</h4>%(rel)s</div>
</div>
<div class="col-md-4"><div class="widget"><h4>Trending now</h4>%(trend)s</div></div>
</div></div>
<div class="bottom"><p>&copy; 2023 %(site)s. All rights reserved. Design by a local agency.</p></div>
</body></html>''' % dict(t=esc(b["title"]), date=b["date"], a=esc(b["author"]), slug=b["slug"], nav=nav_ul(NAV_SECTIONS[:7]),
                          body=render(b["body"], rng), site=site,
                          rel=teasers(others, rng, 3, lambda t, s, h: '<div class="media"><a href="%s"><h5>%s</h5></a><p>%s</p></div>' % (h, esc(t), esc(s))),
                          trend=teasers(others, rng, 4, lambda t, s, h: '<p><a href="%s">%s</a></p>' % (h, esc(t))))
    return res(html, gold(b["body"]), dict(page_url=url, title=b["title"], date=b["date"], author=b["author"], url=url))
