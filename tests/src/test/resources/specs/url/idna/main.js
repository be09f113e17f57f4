// Domain to ASCII (UTS #46 with the URL Standard's options) through the URL host parser.
const domains = [
  // Mapping: case, compatibility forms, ß and ς kept (non-transitional), ignorables removed.
  "Bücher.de", "BÜCHER.DE", "straße.de", "STRASSE.de", "ẞ.de", "ς.gr", "Σ.gr", "ﬀ.com", "℡.com", "①②.jp",
  "ｅｘａｍｐｌｅ．ｃｏｍ", "a\u3002b", "a\uFF0Eb", "a\uFF61b", "a\u00ADb.com", "a\u200Bb.com", "a\uFE0Fb.com",
  "\u0130.com", "ǅ.com", "ﬁ.com", "㍱.jp", "⒈.com", "ⓐ.com", "\u2024.com", "Ⅻ.com",
  // Emoji, CJK, scripts.
  "💩.la", "☃.net", "日本語.jp", "例え.テスト", "пример.рф", "مثال.إختبار", "उदाहरण.परीक्षा", "ไทย.th",
  // Disallowed and unassigned.
  "a\uFFFDb.com", "a\u2028b.com", "a\uE000b.com", "a\u0378b.com", "a\uFDD0b.com", "\u{E0001}.com",
  "a\u0080b.com", "a\u00A0b.com", "a\u3000b.com", "a\u2FF0b.com",
  // Leading combining marks.
  "\u0301a.com", "a.\u0301b", "a\u0301.com",
  // Joiners (CONTEXTJ).
  "a\u200Cb.com", "a\u200Db.com", "\u0915\u094D\u200C\u0937.in", "\u0915\u094D\u200D\u0937.in",
  "\u0628\u200C\u0628.com", "\u0628\u200C.com", "\u200C.com",
  // Bidi (CheckBidi).
  "\u05D0\u05D1.com", "\u05D0\u05D1\u0031.com", "\u0031\u05D0.com", "\u05D0a.com", "a\u05D0.com",
  "\u0627\u0661\u0031.com", "\u0627\u0031.com", "\u0627\u0661.com", "a.\u05D0", "1.\u05D0", "\u05D0.1a",
  "\u05D0\u0301.com", "\u05D0-\u05D1.com", "\u05D0\u05B7.com",
  // Punycode labels.
  "xn--bcher-kva.de", "XN--BCHER-KVA.DE", "xn--bcher-kva.xn--bcher-kva", "xn--", "xn--a", "xn--a-", "xn--a.com",
  "xn--zca.de", "xn--ss-.de", "xn--abc.com", "xn--tda", "xn--ls8h.la", "xn--bcher-kva-.de", "xn---abc.com",
  "xn--Bcher-kva.de", "xn--bcher-KVA.de", "xn--mgbh0fb.xn--kgbechtv", "xn--4db.xn--4db", "xn--1ch.com",
  "xn--x.com", "xn--zz.com", "xn--99999999.com", "xn--bcher-kva.xn--", "a.xn--.b", "xn--nxa.gr", "xn--Nxa.gr",
  "xn--ab--c-0ya.com", "xn--xn--abc-ifb.com", "xn--a-ecp.ru", "xn--ls8h", "xn--55qx5d.cn", "xn--fiqs8s",
  // Hyphens (not checked), empty labels and lengths (not checked).
  "-bücher.de", "bücher-.de", "bü--cher.de", "ab--cü.de", "a..bü", ".bü", "bü.", "bü..", "ü".repeat(70) + ".com",
  ("ü".repeat(40) + ".").repeat(8) + "com",
  // Forbidden domain code points after mapping.
  "a\uFF05b.com", "a\uFE6Bb.com", "\u2100.com", "a\uFF1Ab.com", "a\uFF0Fb.com", "a%C3%BCb.com", "%E2%98%83.net",
  "a\u2488b.com", "\u2474.com",
  // IPv4 after mapping.
  "１２７.０.０.１", "０ｘ７ｆ.1", "1.2.3.４", "xn--1.2.3.4",
  // Mixed.
  "Ünïcödé-Ñame.Example.COM", "sub.ドメイン.example", "ü.ẞ.ς.Σ",
];
for (const d of domains) {
  let out;
  try {
    out = new URL(`http://${d}/`).hostname;
  } catch {
    out = "failure";
  }
  console.log(`${JSON.stringify(d)} -> ${out}`);
}
