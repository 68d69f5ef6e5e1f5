// The basemap as the map draws it: the countries of data/europe.topo.json projected by the element's own
// `shapes()` (src/signatory-map/signatory-map.topology.ts, loaded here through esbuild), so that the page
// loads SVG paths rather than a topology to decode and project.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const source = fileURLToPath(new URL('../../src/signatory-map/signatory-map.topology.ts', import.meta.url));

/** The shapes of a topology's countries, as data/europe.shapes.json holds them. */
export async function buildShapes(topo) {
  const { outputFiles } = await build({ entryPoints: [source], bundle: true, format: 'esm', platform: 'neutral', write: false, logLevel: 'silent' });
  const { shapes } = await import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);
  return shapes(topo);
}
