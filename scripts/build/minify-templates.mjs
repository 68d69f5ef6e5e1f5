// Minifies the literal parts of Lit's css``, html`` and svg`` templates in our TypeScript at build time
// (about 1.5 KB gzipped off the three elements together). TypeScript's parser finds the templates, nested
// ones included; `${}` expressions stay as they are.
import ts from 'typescript';
import { minifyCss, minifyHtml } from './minify-css.mjs';

const minifiers = { css: minifyCss, html: minifyHtml, svg: minifyHtml };

/** The code with the literal parts of every css``, html`` and svg`` template minified. */
export function minifyTemplates(code) {
  const source = ts.createSourceFile('module.ts', code, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const edits = [];
  const visit = (node) => {
    const minify = ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) ? minifiers[node.tag.text] : undefined;
    if (minify) {
      const { template } = node;
      const parts = ts.isNoSubstitutionTemplateLiteral(template) ? [template] : [template.head, ...template.templateSpans.map((span) => span.literal)];
      for (const part of parts) {
        // Between the opening `` ` `` or `}` and the closing `` ` `` or `${`.
        const start = part.getStart(source) + 1;
        const end = part.end - (ts.isTemplateHead(part) || ts.isTemplateMiddle(part) ? 2 : 1);
        edits.push({ start, end, text: minify(code.slice(start, end)) });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  let out = code;
  for (const { start, end, text } of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, start) + text + out.slice(end);
  return out;
}

/** A Vite plugin applying `minifyTemplates` to the project's own TypeScript. */
export const minifyTemplatesPlugin = {
  name: 'iclei-minify-templates',
  apply: 'build',
  transform(code, id) {
    if (!/\/src\/.*\.ts$/.test(id) || !/\b(css|html|svg)`/.test(code)) return null;
    return { code: minifyTemplates(code), map: null };
  },
};
