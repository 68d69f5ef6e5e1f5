// Renders every story outside Storybook, as the test suite's guard that no story silently breaks:
// each must draw without a console error or a Lit warning and pass axe-core.
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import '../src/define.js';
import * as signatoryMap from '../stories/signatory-map.stories.js';
import * as commitmentWheel from '../stories/commitment-wheel.stories.js';
import * as timeline from '../stories/timeline.stories.js';
import * as embedBuilder from '../stories/embed-builder.stories.js';

type Args = Record<string, unknown>;
interface Story {
  args?: Args;
  render?: (args: Args, context: unknown) => TemplateResult;
}
interface StoriesModule {
  default: Story & { title?: string; component?: string };
}

/** Console errors and Lit's dev-mode warnings (other than the one saying dev mode is on) fail a story. */
function watchConsole(): { problems: string[]; restore: () => void } {
  const problems: string[] = [];
  const { error, warn } = console;
  console.error = (...args: unknown[]) => {
    problems.push(args.map(String).join(' '));
    error(...args);
  };
  console.warn = (...args: unknown[]) => {
    const text = args.map(String).join(' ');
    if (text.includes('lit.dev/msg') && !text.includes('Lit is in dev mode')) problems.push(text);
    warn(...args);
  };
  const onError = (e: ErrorEvent) => problems.push(String(e.error ?? e.message));
  const onRejection = (e: PromiseRejectionEvent) => problems.push(String(e.reason));
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    problems,
    restore() {
      Object.assign(console, { error, warn });
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

/** Resolves when the first element in `root` has loaded or failed, or after `ms`. */
function settled(root: Element, ms = 8000): Promise<void> {
  return new Promise((resolve) => {
    const done = () => resolve();
    root.addEventListener('iclei-load', done, { once: true });
    root.addEventListener('iclei-error', done, { once: true });
    setTimeout(done, ms);
  });
}

const modules = { signatoryMap, commitmentWheel, timeline, embedBuilder } as unknown as Record<string, StoriesModule & Record<string, Story>>;

for (const [file, stories] of Object.entries(modules)) {
  const meta = stories.default;
  describe(`stories: ${meta.title ?? file}`, () => {
    for (const [name, story] of Object.entries(stories)) {
      if (name === 'default' || name === '__namedExportsOrder' || typeof story !== 'object') continue;
      it(`${name} renders without errors and passes axe-core`, async () => {
        const watch = watchConsole();
        try {
          const container = await fixture<HTMLDivElement>(html`<div></div>`);
          const draw = story.render ?? meta.render;
          expect(draw, 'a render function').to.be.a('function');
          const ready = settled(container);
          render(draw!({ ...meta.args, ...story.args }, {}), container);
          await ready;
          await nextFrame();
          await nextFrame();
          const tags = [...container.querySelectorAll('*')].filter((el) => el.localName.startsWith('iclei-'));
          expect(tags.length, 'elements rendered').to.be.greaterThan(0);
          for (const el of tags) expect(el.shadowRoot, `${el.localName} upgraded`).to.exist;
          await expect(container).to.be.accessible();
          expect(watch.problems).to.deep.equal([]);
        } finally {
          watch.restore();
        }
      });
    }
  });
}
