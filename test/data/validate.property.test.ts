import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { validateCommitments, validateSignatories, validateTimeline } from '../../src/data/validate.js';
import small from '../fixtures/signatories.small.json';

const validators = { validateSignatories, validateCommitments, validateTimeline };

/** A signatory whose fields are each sometimes valid, sometimes anything at all. */
const signatory = fc.record({
  id: fc.oneof(fc.constantFrom('a', 'b', 'c'), fc.anything()),
  name: fc.oneof(fc.string(), fc.anything()),
  country: fc.oneof(fc.constantFrom('DK', 'DE', 'XK'), fc.string()),
  type: fc.oneof(fc.constant('municipality'), fc.anything()),
  lon: fc.oneof(fc.double(), fc.anything()),
  lat: fc.oneof(fc.double(), fc.anything()),
  signed: fc.oneof(fc.constant(small.signatories[0].signed), fc.array(fc.anything())),
});

describe('validators with random input', () => {
  for (const [name, validate] of Object.entries(validators)) {
    it(`${name} never throws, whatever the JSON`, () => {
      fc.assert(
        fc.property(fc.jsonValue(), (json) => {
          const result = validate(json);
          expect(result.ok === true || typeof result.reason === 'string').to.be.true;
        }),
        { numRuns: 2000 },
      );
    });
  }

  it('validateSignatories keeps or lists every record, and what it keeps is valid', () => {
    fc.assert(
      fc.property(fc.array(signatory, { maxLength: 20 }), (signatories) => {
        const result = validateSignatories({ ...small, signatories });
        if (!result.ok) return false;
        const kept = result.value.signatories;
        expect(kept.length + result.issues.length).to.equal(signatories.length);
        expect(new Set(kept.map((s) => s.id)).size).to.equal(kept.length);
        for (const s of kept) {
          expect(s.lat).to.be.within(-90, 90);
          expect(s.lon).to.be.within(-180, 180);
          expect(s.name).to.be.a('string').and.not.empty;
        }
        return true;
      }),
      { numRuns: 4000 },
    );
  });
});
