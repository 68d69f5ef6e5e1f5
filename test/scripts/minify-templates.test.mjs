// The build-time minifier of Lit templates: which text it touches, and what it leaves alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { minifyTemplates } from '../../scripts/build/minify-templates.mjs';

test('minifies the literal parts of css`` templates and keeps their expressions', () => {
  const code = "const a = css`\n  /* note */\n  .a > .b , .c {\n    color: red;\n    ${f(x, '}')}\n  }\n`;";
  assert.equal(minifyTemplates(code), "const a = css` .a>.b,.c{color:red;${f(x, '}')}}`;");
});

test('keeps only the line breaks of whitespace runs in html`` and svg`` templates, nested ones included', () => {
  const code = [
    'const t = html`<ul>',
    '    ${items.map((i) => html`<li title="a  b">',
    '      ${i}</li>`)}',
    '  </ul>`;',
    'const s = svg`<g>  <text>x  y</text>',
    '</g>`;',
  ].join('\n');
  const want = ['const t = html`<ul>', '${items.map((i) => html`<li title="a  b">', '${i}</li>`)}', '</ul>`;', 'const s = svg`<g>  <text>x  y</text>', '</g>`;'].join('\n');
  assert.equal(minifyTemplates(code), want);
});

test('leaves other template literals, strings and comments as they are', () => {
  const code = "const a = `\n  keep  this  `;\nconst b = tag`\n  and  this`;\nconst c = '  html`  ';\n// css` not a template\nconst d = String.raw`\n x`;";
  assert.equal(minifyTemplates(code), code);
});
