import { parseMinutes } from './src/check/parse.ts';
const front = '---\ntitle: x\ndate: 2021-01-01\n---\n\n';
const cases: Record<string, string> = {
  'link-open 100k': '[a]('.repeat(25000),
  'link-open 50k': '[a]('.repeat(12500),
  'brackets 100k': '['.repeat(100000),
  'img 100k': '![a'.repeat(33000),
  'emph 100k': '*a_'.repeat(33000),
  'backtick 100k': '`a``'.repeat(25000),
  'lt 100k': '<a'.repeat(50000),
  'quotes 100 nested': '>'.repeat(100) + ' a\n',
  'list 100 nested': Array.from({length: 100}, (_, i) => '  '.repeat(i) + '- a').join('\n'),
  'quote+list 100': Array.from({length: 100}, (_, i) => '> '.repeat(i) + '- a').join('\n'),
  'entity 100k': '&a'.repeat(50000),
  'table 2k cols': '|' + 'a|'.repeat(2000) + '\n|' + '-|'.repeat(2000) + '\n' + ('|' + 'b|'.repeat(2000) + '\n').repeat(50),
  'link-ref 50k': '[a]'.repeat(16000) + '\n\n' + '[a]: b\n',
  'html 100k': '<div>'.repeat(20000),
  'text 1MB': ('Lorem ipsum dolor sit amet. ').repeat(37000),
};
for (const [name, body] of Object.entries(cases)) {
  const t = performance.now();
  try { parseMinutes({ path: 'x.md', text: front + body, bytes: 0 }); } catch (e) { console.log(name, 'THROWS', String(e).slice(0, 80)); }
  console.log(name, Math.round(performance.now() - t), 'ms');
}
