// The hostile-strings corpus: markup, script and link injections, template syntax, regular
// expression replacement patterns, entity-escaped markup, bidi and zero-width characters, long
// text. test/hostile-data.test.ts puts each in every text of a role and an opening (in the
// browser); the feed tests (test/node/feeds-*.test.ts) in every field of every ATS's jobs.
export const HOSTILE = [
  '<script>window.__pwned = 1</script>',
  '<img src=x onerror="window.__pwned = 1">',
  '"><svg onload="window.__pwned = 1"><p x="',
  "'><iframe src=\"javascript:window.__pwned = 1\"></iframe>",
  '<a href="javascript:window.__pwned = 1">click me</a>',
  '<svg><script>window.__pwned = 1</script><foreignObject><img src=x onerror=window.__pwned=1></foreignObject></svg>',
  '<math><mtext><table><mglyph><style><img src=x onerror=window.__pwned=1>',
  '</template></script></style></textarea><script>window.__pwned = 1</script>',
  '<style>* { display: none !important }</style><link rel=stylesheet href=//evil.test/x.css>',
  'javascript:window.__pwned = 1',
  ' JaVaScRiPt:window.__pwned = 1',
  '\tdata:text/html,<script>window.__pwned = 1</script>',
  '${window.__pwned = 1} `${alert(1)}` {{constructor.constructor("window.__pwned = 1")()}}',
  '$& $1 $` $\' (.*)[a-z]+?\\ ^$ |',
  '&lt;b&gt;bold&lt;/b&gt; &amp; %3Cscript%3E \\u003cscript\\u003e',
  '\u202Egnp.exe \u202Dx\u2066y\u2069 \u200F',
  'zero\u200Bwidth\u200C\u200D\uFEFF joiners',
  'Z\u0351\u0352\u0357\u035B\u0363\u0364a\u0300\u0301\u0302l\u0334\u0335g\u0336o\u0337 combining',
  '👩🏽‍💻 🧑‍🚀 🏳️‍🌈 🇺🇦 emoji',
  `Pneumonoultramicroscopicsilicovolcanoconiosis${'W'.repeat(5000)}`,
  '__proto__ constructor prototype toString',
  '[Company] [<img src=x onerror=window.__pwned=1>] [] [[nested]]',
];
