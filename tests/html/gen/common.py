# Shared pieces for the page layouts: body blocks, the gold text, and the
# page furniture (menus, banners, teasers, comments) that real sites wrap
# around an article. All text written for this set.
import html as _h
import random

def esc(s):
    return _h.escape(s, quote=True)

def blocks(body):
    """[(kind, text)] with kind in p, h, li (a list: text is a list), q, time."""
    out = []
    for raw in body.strip().split("\n\n"):
        b = raw.strip()
        if b.startswith("@@ "):
            out.append(("time", b[3:].strip()))
        elif b.startswith("## "):
            out.append(("h", b[3:].strip()))
        elif b.startswith("- "):
            out.append(("li", [x[2:].strip() for x in b.split("\n") if x.startswith("- ")]))
        elif b.startswith("> "):
            out.append(("q", b[2:].strip()))
        else:
            out.append(("p", " ".join(b.split())))
    return out

def gold(body, skip_first_p=False):
    parts = []
    for k, t in blocks(body):
        if k == "time":
            continue
        if k == "li":
            parts.extend(t)
        else:
            parts.append(t)
    return "\n\n".join(parts) + "\n"

def linkify(text, rng, href="/topic/x", p=0.35):
    """Wrap a few words of text in a link, as CMSs do for topic pages."""
    words = text.split(" ")
    if len(words) < 12 or rng.random() > p:
        return esc(text)
    i = rng.randrange(2, len(words) - 5)
    n = rng.randrange(2, 4)
    return (esc(" ".join(words[:i])) + ' <a href="%s">' % href + esc(" ".join(words[i:i + n])) +
            "</a> " + esc(" ".join(words[i + n:])))

def emphasise(text, rng):
    words = text.split(" ")
    if len(words) < 10 or rng.random() > 0.2:
        return esc(text)
    i = rng.randrange(0, len(words) - 3)
    return esc(" ".join(words[:i])) + " <em>" + esc(" ".join(words[i:i + 2])) + "</em> " + esc(" ".join(words[i + 2:]))

def render(body, rng, p_open="<p>", p_close="</p>", h_open="<h2>", h_close="</h2>",
           ul_open="<ul>", ul_close="</ul>", li_open="<li>", li_close="</li>",
           q_open="<blockquote><p>", q_close="</p></blockquote>", time_fn=None,
           inserts=None, links=True, href="/topic/world"):
    """The body as markup; inserts maps a paragraph number (after which) to
    furniture markup placed there."""
    out = []
    pn = 0
    for k, t in blocks(body):
        if k == "time":
            out.append(time_fn(t) if time_fn else "")
            continue
        if k == "p":
            inner = linkify(t, rng, href) if links else esc(t)
            if inner == esc(t):
                inner = emphasise(t, rng)
            out.append(p_open + inner + p_close)
            pn += 1
            if inserts and pn in inserts:
                out.append(inserts[pn])
        elif k == "h":
            out.append(h_open + esc(t) + h_close)
        elif k == "li":
            out.append(ul_open + "".join(li_open + esc(x) + li_close for x in t) + ul_close)
        elif k == "q":
            out.append(q_open + esc(t) + q_close)
    return "\n".join(out)

def first_sentence(body):
    for k, t in blocks(body):
        if k == "p":
            s = t.split(". ")[0]
            return s if s.endswith(".") else s + "."
    return ""

COOKIE = [
    "We and our partners use cookies and similar technologies to store and access information on your device, to measure the audience of our content, to personalise advertising and to improve our services. You can accept all cookies, refuse them, or choose which purposes you agree to. You can change your choice at any time by visiting our privacy settings page.",
    "This website uses cookies. Some of them are essential for the site to work, while others help us understand how visitors use it, so that we can make it better. By clicking \"Accept all\" you agree to the storing of cookies on your device for analytics, personalisation and marketing purposes, as described in our cookie policy.",
    "Your privacy matters to us. With your consent, we and our 143 partners process personal data such as your IP address and browsing behaviour in order to show you relevant content and advertising, and to measure its performance. Processing is based on your consent, which you may withdraw at any time.",
]

NEWSLETTER = [
    "Get the best of our foreign coverage delivered to your inbox every weekday morning. Our correspondents around the world explain the stories that matter, and what they mean for you, in a briefing you can read in five minutes.",
    "Sign up for our free weekly newsletter and receive analysis from our fellows on the most important developments in international affairs, along with invitations to events and early access to new research.",
    "Stay informed. Join more than 200,000 readers who receive our evening briefing, with the day's most important international news, hand-picked long reads and the best of our opinion pages.",
]

BIOS = [
    "{a} is a senior fellow in the foreign policy programme, where she focuses on European security, transatlantic relations and arms control. She previously served in the policy planning staff of a foreign ministry and has taught at several universities in Europe and North America.",
    "{a} is a correspondent covering diplomacy and security. Before joining the newsroom, he reported from East Africa and the Middle East for a decade, and he holds a degree in international relations from a university in London.",
    "{a} directs the institute's research on economic statecraft and sanctions. Her work has appeared in leading journals and newspapers, and she regularly testifies before parliamentary committees on trade and security questions.",
]

COMMENTS = [
    ("Jonathan P.", "I have been following this for years and I honestly think the analysis misses the most important point, which is that none of these governments has any real incentive to compromise while the situation on the ground keeps changing. Talks like these are mostly for the cameras, and the people who pay the price are the civilians who will spend another winter in the camps."),
    ("maria_k", "Thank you for a balanced piece. It is rare to read something on this subject that does not simply repeat the talking points of one side or the other. I would have liked more about the role of the neighbouring states, though, because in my experience they are the ones who decide whether any of this goes anywhere."),
    ("OldDiplomat", "Having spent a career in the foreign service, I can say that the picture painted here is broadly accurate but a little too optimistic. Agreements of this kind are only as good as the mechanisms to enforce them, and I see very little in the way of enforcement. Let us hope I am wrong."),
    ("R. Chandra", "The article mentions the economic pressure but says nothing about the debt situation, which is surely the elephant in the room. If the international financial institutions do not move on restructuring, no amount of diplomacy will stabilise the region, and we will be reading the same headlines again in two years."),
    ("Ferdinand", "Interesting, but why does every piece on this topic treat the great powers as the only actors that matter? The local communities have been managing these disputes for centuries, often better than the governments in the capitals, and their voices are almost entirely absent here."),
    ("anna.b", "Excellent reporting as always. Could you do a follow-up on what happened to the families mentioned at the start? Stories like this one tend to disappear after a week, and it would be good to know what became of them once the cameras left."),
    ("Mike from Ohio", "I'm not an expert, but it seems to me that we keep spending money overseas while problems at home are ignored. Before anyone says it, yes, I know foreign aid is a tiny part of the budget. It is still money, and people here are struggling too."),
    ("Sofia R.", "Replying to Mike: the point is that instability abroad does not stay abroad. It shows up in energy prices, in migration, in the security of trade routes. Spending a little now to prevent a crisis is much cheaper than dealing with the crisis later, which is what we always end up doing."),
    ("Th. Weber", "One correction: the agreement referred to in the fourth paragraph was not signed in the year stated but two years later, after the second round of talks. Small detail, but these things matter when people are trying to understand the sequence of events."),
    ("KS", "The real question is whether the parliament will ratify any of this. The government has a majority on paper, but several of its own members have said publicly that they will vote against, and the opposition has no reason to help."),
    ("Lena", "I lived in the region for six years, and what struck me was how little the news coverage reflected daily life. People were worried about prices, about their jobs, about their children's schools. The diplomatic manoeuvring seemed very far away, until suddenly it was not."),
    ("Patrick O'Neill", "A well-written piece, but the headline oversells it. Reading the text, there is no agreement, only an agreement to keep talking. That is not nothing, but it is not what the headline suggests either, and this kind of framing is why people stop trusting the media."),
]

FOOTER_LEGAL = "All content on this site is protected by copyright and may not be reproduced, distributed, transmitted, cached or otherwise used, except with the prior written permission of the publisher. Registered in England and Wales. Registered office as listed in our company information page."

NAV_SECTIONS = ["World", "Africa", "Americas", "Asia", "Europe", "Middle East", "Economy", "Climate", "Opinion", "Video", "Podcasts"]

def nav_ul(items, cls=None, prefix="/"):
    c = ' class="%s"' % cls if cls else ""
    return "<ul%s>%s</ul>" % (c, "".join('<li><a href="%s%s">%s</a></li>' % (prefix, x.lower().replace(" ", "-"), esc(x)) for x in items))

def teasers(others, rng, n, fmt):
    """n teasers of other articles: headline and first sentence."""
    picks = rng.sample(others, min(n, len(others)))
    return "\n".join(fmt(o["title"], first_sentence(o["body"]), "/%s" % o["slug"]) for o in picks)
