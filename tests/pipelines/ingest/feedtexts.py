"""Invented RSS/Atom documents for the feed tests."""

HTML_PAGE = """<html><head><title>Teachers march in Corvel</title>
<meta property="og:site_name" content="Corvel Tribune"></head><body><nav>MENU</nav><article>
<h1>Teachers march in Corvel</h1>
<p>About six hundred teachers marched through Corvel on Thursday to demand the payment of overdue salaries, union leaders said.</p>
<p>The regional education office said talks would resume on Monday and that the arrears would be settled within a month.</p>
</article><footer>FOOTER</footer></body></html>"""


def rss(items: str, title: str = "Sandmere Gazette") -> str:
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>{title}</title><link>https://sandmere.example/</link><description>News</description>
{items}
</channel></rss>"""


def item(title: str, link: str = "", description: str = "", content: str = "", date: str = "") -> str:
    parts = [f"<title>{title}</title>"]
    if link:
        parts.append(f"<link>{link}</link>")
    if description:
        parts.append(f"<description><![CDATA[{description}]]></description>")
    if content:
        parts.append(f"<content:encoded><![CDATA[{content}]]></content:encoded>")
    if date:
        parts.append(f"<pubDate>{date}</pubDate>")
    return "<item>" + "".join(parts) + "</item>"


ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Ostrel Monitor</title><id>urn:ostrel</id>
<updated>2024-03-01T12:00:00Z</updated>
<entry><title>Miners stage sit-in at Ostrel pit</title><id>urn:ostrel:1</id>
<link href="https://ostrel.example/sit-in"/><updated>2024-03-01T11:00:00Z</updated>
<content type="html">&lt;p&gt;Forty miners refused to leave the Ostrel pit on Friday.&lt;/p&gt;&lt;script&gt;evil()&lt;/script&gt;</content>
</entry></feed>"""
