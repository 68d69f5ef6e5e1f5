import { expect } from '@open-wc/testing';
import { hostOf, isIsoDate, isSafeUrl, validateCommitments, validateSignatories, validateTimeline } from '../../src/data/validate.js';
import small from '../fixtures/signatories.small.json';

const aalborg = small.signatories[0];
const withSignatories = (...signatories: unknown[]) => ({ ...small, signatories });

const theme = {
  id: '1',
  number: 1,
  title: 'Governance',
  summary: 'How decisions are taken.',
  source: 'https://sustainablecities.eu/conferences/aalborgplus10/',
  commitments: [{ id: '1.1', title: 'Shared long-term vision', source: 'https://sustainablecities.eu/conferences/aalborgplus10/' }],
};
const commitments = { version: 1, meta: { title: 'Commitments' }, themes: [theme] };

const event = {
  id: 'conference-1994-aalborg',
  kind: 'conference',
  number: 1,
  title: '1st European Conference on Sustainable Cities & Towns',
  start: '1994-05-24',
  end: '1994-05-27',
  place: { city: 'Aalborg', country: 'DK' },
  documents: [{ id: 'aalborg-charter', name: 'Aalborg Charter', url: 'https://sustainablecities.eu/the-aalborg-charter/' }],
  summary: 'The first conference.',
  sources: ['https://cordis.europa.eu/event/id/2416-european-conference-on-sustainable-cities-and-towns-denmark'],
};
const timeline = { version: 1, meta: { title: 'Timeline' }, events: [event] };

describe('validators', () => {
  it('accept dates of any precision that exist, and nothing else', () => {
    for (const good of ['1994', '2013-04', '1994-05-24', '2024-02-29']) expect(isIsoDate(good), good).to.be.true;
    for (const bad of ['1994-13-45', '2023-02-29', '94', '1994-5', 'May 1994', '1994-00', '']) expect(isIsoDate(bad), bad).to.be.false;
  });

  it('name a source by its host, without www', () => {
    expect(hostOf('https://www.sustainablecities.eu/the-aalborg-charter/')).to.equal('sustainablecities.eu');
    expect(hostOf('http://a.eu/x')).to.equal('a.eu');
    expect(hostOf('not a url')).to.equal('not a url');
  });

  it('allow only http(s) and mailto links', () => {
    for (const good of ['https://iclei-europe.org/', 'http://a.eu/x', 'mailto:info@iclei.org']) expect(isSafeUrl(good), good).to.be.true;
    for (const bad of ['javascript:alert(1)', 'data:text/html,x', '/relative', 'JaVaScRiPt:alert(1)', '']) expect(isSafeUrl(bad), bad).to.be.false;
  });

  it('judge a link as the URL parser does, the second time too', () => {
    const cases = [' https://a.eu/', '\u0000\thttp://a.eu', 'ht\ntps://a.eu', 'HTTPS://A.EU', 'MailTo:x@a.eu', 'https:', 'http://', 'https://a b.eu', ' javascript:x', 'hxxp://a.eu', 'm'];
    const parsed = (u: string) => URL.canParse(u) && ['http:', 'https:', 'mailto:'].includes(new URL(u).protocol);
    for (const u of [...cases, ...cases]) expect(isSafeUrl(u), JSON.stringify(u)).to.equal(parsed(u));
  });

  it('keep a valid signatories dataset whole', () => {
    const result = validateSignatories(small);
    expect(result.ok).to.be.true;
    if (!result.ok) return;
    expect(result.issues).to.deep.equal([]);
    expect(result.value.signatories.map((s) => s.id)).to.deep.equal(['aalborg-dk', 'freiburg-im-breisgau-de']);
    expect(result.value.signatories[0].signed).to.deep.equal(aalborg.signed);
  });

  const badSignatories: [string, unknown, string][] = [
    ['a missing name', { ...aalborg, name: undefined }, 'name must be a non-empty string'],
    ['a number for a name', { ...aalborg, name: 42 }, 'name must be a non-empty string'],
    ['a latitude out of range', { ...aalborg, lat: 91 }, 'lat must be a number from -90 to 90'],
    ['a NaN longitude', { ...aalborg, lon: NaN }, 'lon must be a number from -180 to 180'],
    ['an unknown country code', { ...aalborg, country: 'Denmark' }, 'country must be an ISO 3166-1 alpha-2 code'],
    ['an unknown document', { ...aalborg, signed: [{ document: 'foo', source: 'https://a.eu/' }] }, 'signed[0].document foo is not a known document'],
    ['an impossible date', { ...aalborg, signed: [{ document: 'aalborg-charter', date: '1994-13-45', source: 'https://a.eu/' }] }, 'date must be an ISO date (1994, 2013-04 or 1994-05-24)'],
    ['a javascript: source', { ...aalborg, signed: [{ document: 'aalborg-charter', source: 'javascript:alert(1)' }] }, 'source must be an http(s) or mailto URL'],
    ['no document signed', { ...aalborg, signed: [] }, 'signed must list at least one document'],
    ['an unknown type', { ...aalborg, type: 'planet' }, 'type must be one of municipality, province, region, association'],
    ['a string', 'Aalborg', 'the record must be an object'],
  ];
  for (const [what, record, reason] of badSignatories) {
    it(`leave out a signatory with ${what} and say why`, () => {
      const result = validateSignatories(withSignatories(record, small.signatories[1]));
      expect(result.ok).to.be.true;
      if (!result.ok) return;
      expect(result.issues).to.deep.equal([{ path: 'signatories[0]', reason }]);
      expect(result.value.signatories.map((s) => s.id)).to.deep.equal(['freiburg-im-breisgau-de']);
    });
  }

  it('leave out a duplicate id, keeping the first', () => {
    const result = validateSignatories(withSignatories(aalborg, { ...aalborg, name: 'Again' }));
    expect(result.ok && result.issues).to.deep.equal([{ path: 'signatories[1]', reason: 'id aalborg-dk is a duplicate' }]);
  });

  it('keep a signatory whose date is missing', () => {
    const result = validateSignatories(withSignatories({ ...aalborg, signed: [{ document: 'aalborg-charter', source: 'https://a.eu/' }] }));
    expect(result.ok && result.value.signatories[0].signed).to.deep.equal([{ document: 'aalborg-charter', source: 'https://a.eu/' }]);
  });

  const badEnvelopes: [string, unknown, string][] = [
    ['an array', [], 'schema'],
    ['null', null, 'schema'],
    ['version 2', { ...small, version: 2 }, 'version'],
    ['no version', { ...small, version: undefined }, 'schema'],
    ['no records list', { ...small, signatories: {} }, 'schema'],
    ['no meta', { ...small, meta: undefined }, 'schema'],
  ];
  for (const [what, json, code] of badEnvelopes) {
    it(`refuse ${what} as a dataset`, () => {
      const result = validateSignatories(json);
      expect(result.ok).to.be.false;
      if (!result.ok) expect(result.code).to.equal(code);
    });
  }

  it('check themes and their commitments', () => {
    const good = validateCommitments(commitments);
    expect(good.ok && good.issues).to.deep.equal([]);
    const bad = validateCommitments({
      ...commitments,
      themes: [theme, { ...theme, id: '2', commitments: [{ ...theme.commitments[0], id: '3.1' }] }, { ...theme, id: '4', summary: '', commitments: [] }],
    });
    expect(bad.ok && bad.issues).to.deep.equal([
      { path: 'themes[1]', reason: 'commitments[0].id 3.1 does not belong to theme 2' },
      { path: 'themes[2]', reason: 'summary must be a non-empty string' },
    ]);
  });

  it('check timeline events', () => {
    const good = validateTimeline(timeline);
    expect(good.ok && good.value.events[0]).to.deep.equal(event);
    const bad = validateTimeline({
      ...timeline,
      events: [
        { ...event, end: '1994-05-01' },
        { ...event, id: 'b', kind: 'party' },
        { ...event, id: 'c', sources: ['javascript:alert(1)'] },
        { ...event, id: 'd', documents: [{ id: 'x', name: 'X', url: 'javascript:void 0' }] },
      ],
    });
    expect(bad.ok && bad.issues.map((i) => i.reason)).to.deep.equal([
      'end must not be before start',
      'kind must be one of conference, milestone',
      'sources[0] must be an http(s) or mailto URL',
      'url must be an http(s) or mailto URL',
    ]);
  });
});
