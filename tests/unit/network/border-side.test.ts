import { beforeAll, describe, expect, it } from 'vitest';
import { sideEnteredIn, type Network } from '../../../src/model/index.ts';
import { loadNetwork } from '../../../src/network/index.ts';
import { FIXTURE_DIR } from './fixture-texts.ts';

let network: Network;
beforeAll(async () => {
  network = (await loadNetwork(FIXTURE_DIR)).network!;
});

describe('sideEnteredIn', () => {
  const border = () => network.borders.get('erenhot-zamyn-uud-rail')!;

  it('enters the side arrived at, or the other side than the one left', () => {
    expect(sideEnteredIn(network, border(), 'erenhot-rail', 'zamyn-uud-rail')).toBe(
      'zamyn-uud-rail',
    );
    expect(sideEnteredIn(network, border(), 'zamyn-uud-rail', 'erenhot-rail')).toBe('erenhot-rail');
    expect(sideEnteredIn(network, border(), 'erenhot-rail', 'ulaanbaatar-hub')).toBe(
      'zamyn-uud-rail',
    );
  });

  it("takes the side in the network's country of the terminal arrived at for a leg between non-sides", () => {
    // baotou-rail (CN) → ulaanbaatar-hub (MN): neither is a side, so the country of the arrival decides
    expect(sideEnteredIn(network, border(), 'baotou-rail', 'ulaanbaatar-hub')).toBe(
      'zamyn-uud-rail',
    );
    expect(sideEnteredIn(network, border(), 'ulaanbaatar-hub', 'baotou-rail')).toBe('erenhot-rail');
  });
});
