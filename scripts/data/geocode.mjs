// Places a local government's name on the map: GeoNames cities1000 plus a small override table.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { readCsv, SOURCES } from './csv.mjs';

const cities = createRequire(import.meta.url)('cities1000');

// Letters NFD does not decompose into a base letter plus a combining mark.
const LETTERS = { ł: 'l', ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', đ: 'd', ð: 'd', þ: 'th', ı: 'i', ħ: 'h' };

/** Comparable form of a place name: no diacritics, lower case, one space for any apostrophe, hyphen, dot or run of spaces. */
export function normalize(name) {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[łøæœßđðþıħ]/g, (c) => LETTERS[c])
    .replace(/['’‘`ʼ´.\-‐‑–—_\s]+/g, ' ')
    .trim();
}

/** The forms worth looking up for one name: "Donostia / San Sebastián" gives both parts, "Mariehamn (Maarianhamina)" both names. */
export function variants(name) {
  const out = [name];
  for (const part of name.split(' / ')) {
    const m = part.match(/^(.*?)\s*\((.*)\)\s*$/);
    out.push(...(m ? [m[1], m[2]] : [part]));
  }
  return [...new Set(out.map(normalize).filter(Boolean))];
}

/** A stable ASCII slug: "Donostia / San Sebastián" gives "donostia-san-sebastian". */
export const slug = (name) => normalize(name).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

const round = (x) => Math.round(x * 1e4) / 1e4;

const TYPES = ['municipality', 'province', 'region', 'association'];

let gazetteer;
/** Loads cities1000 once: rows by GeoNames id, and candidates by `country|normalized name`. */
function loadGazetteer() {
  if (gazetteer) return gazetteer;
  const byId = new Map();
  const byName = new Map();
  const add = (key, row, exact) => {
    const list = byName.get(key);
    if (!list) byName.set(key, [{ row, exact }]);
    else if (!list.some((c) => c.row === row)) list.push({ row, exact });
    else if (exact) list.find((c) => c.row === row).exact = true;
  };
  for (const line of readFileSync(cities.file, 'utf8').split('\n')) {
    if (!line) continue;
    const f = line.split('\t');
    const row = { geonameid: f[0], name: f[1], asciiname: f[2], lat: Number(f[4]), lon: Number(f[5]), country: f[8], population: Number(f[14]) || 0 };
    byId.set(row.geonameid, row);
    for (const n of [f[1], f[2]]) add(`${row.country}|${normalize(n)}`, row, true);
    for (const n of f[3] ? f[3].split(',') : []) add(`${row.country}|${normalize(n)}`, row, false);
  }
  gazetteer = { byId, byName };
  return gazetteer;
}

/** Reads the override table; a row gives a GeoNames id (the seat, for provinces and regions) or its own lat/lon. */
function loadOverrides(path) {
  const { byId } = loadGazetteer();
  const table = new Map();
  for (const o of readCsv(path)) {
    const seat = o.geonameid ? byId.get(o.geonameid) : undefined;
    if (o.geonameid && !seat) throw new Error(`gazetteer-overrides.csv: GeoNames id ${o.geonameid} (${o.name}) is not in cities1000`);
    const lat = seat ? seat.lat : o.lat === '' ? NaN : Number(o.lat);
    const lon = seat ? seat.lon : o.lon === '' ? NaN : Number(o.lon);
    if (!Number.isFinite(lat) || !Number.isFinite(lon) || !o.source || !TYPES.includes(o.type)) {
      throw new Error(`gazetteer-overrides.csv: ${o.name} needs a geonameid or lat/lon, a type (${TYPES.join(', ')}) and a source`);
    }
    table.set(`${o.country}|${normalize(o.name)}`, { lat: round(lat), lon: round(lon), type: o.type, geonameid: o.geonameid || undefined });
  }
  return table;
}

/**
 * Returns `place(name, country)`: `{ lat, lon, geonameid, asciiname }` from the gazetteer, `{ lat, lon, type, geonameid? }` from
 * the override table, or undefined when nothing matches.
 * Overrides win; then, per name variant in order, an exact name match beats an alternate name, then the larger population.
 */
export function createGeocoder(overridesPath = `${SOURCES}gazetteer-overrides.csv`) {
  const { byName } = loadGazetteer();
  const overrides = loadOverrides(overridesPath);
  return function place(name, country) {
    const override = overrides.get(`${country}|${normalize(name)}`);
    if (override) return override;
    for (const v of variants(name)) {
      const found = byName.get(`${country}|${v}`);
      if (!found) continue;
      const best = [...found].sort((a, b) => b.exact - a.exact || b.row.population - a.row.population)[0].row;
      return { lat: round(best.lat), lon: round(best.lon), geonameid: best.geonameid, asciiname: best.asciiname };
    }
    return undefined;
  };
}
