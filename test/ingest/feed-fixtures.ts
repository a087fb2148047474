/** Small article pages and RSS/Atom documents for feed tests (all text written for these tests). */

export function storyPage(title: string, lead: string): string {
  const paragraphs = [
    `${lead} The decision was taken at a meeting on Tuesday evening after a long debate among members.`,
    `“We listened to every objection and we changed the plan twice,” said Councillor Ada Moreno, who chairs the committee.`,
    `Opponents said the consultation had been too short and that several residents' groups were never told about it at all.`,
    `The council said a full report would be published next month, along with the costs that have not yet been released.`,
  ];
  return `<!doctype html><html><head><title>${title} | Harbour Gazette</title>
<meta property="og:title" content="${title}"><meta property="og:site_name" content="Harbour Gazette"></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav><article><h1>${title}</h1>
${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</article><footer>© Harbour Gazette</footer></body></html>`;
}

export function rssFeed(origin: string): string {
  const fullText = Array.from(
    { length: 8 },
    (_, i) =>
      `<p>Paragraph ${i + 1} of the ferry timetable story: the operator confirmed the winter timetable will keep the early crossing, which commuters had campaigned to save for more than a year.</p>`,
  ).join('');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
  <channel>
    <title>Harbour Gazette – Local</title>
    <link>${origin}/</link>
    <description>Local news</description>
    <item>
      <title>Bridge closure extended to April</title>
      <link>${origin}/stories/bridge?utm_source=rss</link>
      <guid isPermaLink="false">gazette-1001</guid>
      <pubDate>Sat, 14 Mar 2026 09:00:00 GMT</pubDate>
      <description>The bridge stays shut.</description>
    </item>
    <item>
      <title>School meals contract goes to tender</title>
      <link>${origin}/stories/school-meals</link>
      <guid isPermaLink="false">gazette-1002</guid>
      <pubDate>Sat, 14 Mar 2026 10:00:00 GMT</pubDate>
    </item>
    <item>
      <title>Winter ferry timetable keeps early crossing</title>
      <link>${origin}/stories/ferry-full-text</link>
      <guid isPermaLink="false">gazette-1003</guid>
      <pubDate>Sat, 14 Mar 2026 11:00:00 GMT</pubDate>
      <content:encoded><![CDATA[${fullText}]]></content:encoded>
    </item>
  </channel>
</rss>`;
}

export function atomFeed(origin: string): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Harbour Gazette – Politics</title>
  <id>urn:gazette:politics</id>
  <updated>2026-03-14T12:00:00Z</updated>
  <entry>
    <title>Mayor proposes new harbour levy</title>
    <id>urn:gazette:2001</id>
    <link href="${origin}/stories/harbour-levy"/>
    <published>2026-03-14T08:30:00Z</published>
    <updated>2026-03-14T08:30:00Z</updated>
    <author><name>Tom Reyes</name></author>
  </entry>
  <entry>
    <title>Library hours to be cut on Sundays</title>
    <id>urn:gazette:2002</id>
    <link href="/stories/library-hours"/>
    <published>2026-03-14T12:00:00Z</published>
    <updated>2026-03-14T12:00:00Z</updated>
  </entry>
</feed>`;
}
