// Builds web pages for tests: a charter's tab-separated text as HTML tables and paragraphs, inside the chrome
// of a portal page (menus, header, footer, scripts), or hidden in a script as a JSON string.

export function htmlEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A charter's text as HTML: runs of lines with tabs become tables (the first row in <thead>), other lines <p>. */
export function htmlFromText(text: string): string {
  const out: string[] = [];
  let rows: string[] = [];
  const flush = () => {
    if (rows.length === 0) return;
    const [head, ...body] = rows;
    const row = (l: string, cell: string) =>
      `<tr>${l
        .split('\t')
        .map((c) => `<${cell}>${htmlEscape(c)}</${cell}>`)
        .join('')}</tr>`;
    out.push(`<table border="1"><thead>${row(head ?? '', 'th')}</thead><tbody>${body.map((l) => row(l, 'td')).join('\n')}</tbody></table>`);
    rows = [];
  };
  for (const line of text.split('\n')) {
    if (line.includes('\t')) rows.push(line);
    else {
      flush();
      if (line.trim() !== '') out.push(`<p>${htmlEscape(line)}</p>`);
    }
  }
  flush();
  return out.join('\n');
}

/** A page of the national portal framework around some content: menus, a header, a footer and scripts. */
export function portalPage(content: string, options: { charset?: string; script?: string } = {}): string {
  return `<!DOCTYPE html>
<html lang="bn"><head><meta charset="${options.charset ?? 'utf-8'}"><title>সিটিজেন চার্টার - তথ্য বাতায়ন</title>
<style>body { font-family: SolaimanLipi, sans-serif } .menu li { display: inline }</style>
<script>var site = { domain: "doict.example.gov.bd", lang: "bn" }; function go(u) { location.href = u; }</script>
</head><body>
<header><div class="logo">গণপ্রজাতন্ত্রী বাংলাদেশ সরকার</div><a href="/">প্রথম পাতা</a></header>
<nav><ul class="menu"><li><a href="/about">আমাদের সম্পর্কে</a></li><li><a href="/services">সেবাসমূহ</a></li><li><a href="/grs">অভিযোগ প্রতিকার ব্যবস্থা</a></li></ul></nav>
<div id="main-menu"><a href="/notice">নোটিশ বোর্ড</a> | <a href="/apa">বার্ষিক কর্মসম্পাদন চুক্তি</a></div>
<div class="breadcrumb">প্রথম পাতা &raquo; সিটিজেন চার্টার</div>
<div id="content">${content}</div>
<div class="sidebar"><h3>জরুরি হটলাইন</h3><p>৯৯৯</p></div>
<footer><p>সাইটটি শেষ হালনাগাদ করা হয়েছে: ২০২৫-০৬-০৩</p><p>পরিকল্পনা ও বাস্তবায়নে: মন্ত্রিপরিষদ বিভাগ</p></footer>
${options.script === undefined ? '' : `<script>${options.script}</script>`}
</body></html>`;
}

/** Every non-ASCII character of a string as \uXXXX, the way portal scripts carry Bangla. */
export function jsonEscapeAll(value: string): string {
  return JSON.stringify(value)
    .replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e');
}
