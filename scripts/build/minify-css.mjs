// The text minifiers that minify-templates.mjs applies to Lit's templates at build time, kept apart from it
// (and from TypeScript's parser) so that a browser test can check the CSS one against Chromium's CSSOM.
// The CSS and HTML are our own, so a few safe rules suffice and no parser is needed.

/** The minified text of a piece of CSS (a part between two `${}` of a template may be any fragment). */
export function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/ ?([{};,>]) ?/g, '$1')
    .replace(/: /g, ':')
    .replace(/;}/g, '}');
}

/**
 * The minified text of a piece of an HTML or SVG template: a whitespace run that holds a line break keeps
 * only its line breaks, which render as the one space they rendered as before (none of our templates is
 * preformatted text), and which keep the lines of the source for its source map.
 */
export const minifyHtml = (text) => text.replace(/\s*\n\s*/g, (run) => run.replace(/[^\n]/g, ''));
