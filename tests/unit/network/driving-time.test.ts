/** Running times of trucks from drivers' hours rules (src/network/driving-time.ts, decisions T1). */
import { describe, expect, it } from 'vitest';
import {
  drivingHours,
  drivingTimeline,
  type DrivingLimits,
} from '../../../src/network/driving-time.ts';

const CHINA: DrivingLimits = {
  continuousH: 4,
  breakH: 20 / 60,
  dailyH: 8,
  extendedDailyH: 8,
  extendedDaysPerWeek: 0,
  dailyRestH: 24 - 8 - 20 / 60,
  weeklyH: 56,
  weeklyRestH: 45,
  reducedWeeklyRestH: 45,
  crewDailyRestH: 8,
};
const EU: DrivingLimits = {
  continuousH: 4.5,
  breakH: 0.75,
  dailyH: 9,
  extendedDailyH: 10,
  extendedDaysPerWeek: 2,
  dailyRestH: 11,
  weeklyH: 56,
  weeklyRestH: 45,
  reducedWeeklyRestH: 45,
  crewDailyRestH: 9,
};

describe('drivingHours', () => {
  it('1,000 km, one driver, China at 80 km/h: two 4 h stints, the 8 h day, a rest, then 4.5 h more', () => {
    // 12.5 h driving: 4 + 20 min + 4 (day full) + 15 h 40 min rest + 4 + 20 min + 0.5
    expect(drivingHours(1000, 80, CHINA, 'single')).toBeCloseTo(
      4 + 1 / 3 + 4 + 15 + 2 / 3 + 4 + 1 / 3 + 0.5,
      9,
    );
  });

  it('1,000 km, one driver, EU rules at 80 km/h: a 10 h day with two breaks, an 11 h rest, 2.5 h more', () => {
    expect(drivingHours(1000, 80, EU, 'single')).toBeCloseTo(
      4.5 + 0.75 + 4.5 + 0.75 + 1 + 11 + 2.5,
      9,
    );
  });

  it('two drivers take no breaks and drive 1,000 km straight through', () => {
    expect(drivingHours(1000, 80, EU, 'double')).toBeCloseTo(12.5, 9);
    expect(drivingHours(1000, 80, CHINA, 'double')).toBeCloseTo(12.5, 9);
  });

  it('two drivers under EU rules stand 9 h after 20 h (two extended days) and then 18 h a day', () => {
    // 2,000 km at 50 km/h = 40 h: 20 + 9 rest + 20 (still extended: each driver's 2nd extended day)
    expect(drivingHours(2000, 50, EU, 'double')).toBeCloseTo(20 + 9 + 20, 9);
    // 3,000 km = 60 h: 20 + 9 + 20 + 9 + 18 (no extended day left) + 9 + 2
    expect(drivingHours(3000, 50, EU, 'double')).toBeCloseTo(20 + 9 + 20 + 9 + 18 + 9 + 2, 9);
  });

  it('a single driver reaching 56 h in a week takes the 45 h weekly rest', () => {
    // at 10 km/h, 600 km = 60 h of driving: the weekly limit (56 h) falls before the end
    const hours = drivingHours(600, 10, EU, 'single');
    const withoutWeekly = drivingHours(560, 10, EU, 'single');
    expect(hours).toBeGreaterThan(withoutWeekly + 45);
  });

  it('a weekly rest on the road is the reduced one first, then regular and reduced in turn', () => {
    const ON_THE_ROAD = { ...EU, reducedWeeklyRestH: 24 };
    // at 10 km/h, 600 km = 60 h of driving: one weekly rest, the reduced 24 h instead of 45 h
    expect(drivingHours(600, 10, ON_THE_ROAD, 'single')).toBeCloseTo(
      drivingHours(600, 10, EU, 'single') - 21,
      9,
    );
    // 1,200 km = 120 h: two weekly rests (after 56 and 112 h of driving), reduced then regular,
    // so 21 h shorter than two regular rests, not 42 h
    expect(drivingHours(1200, 10, ON_THE_ROAD, 'single')).toBeCloseTo(
      drivingHours(1200, 10, EU, 'single') - 21,
      9,
    );
  });

  it('a double crew covers about twice the distance of one driver per day', () => {
    const single = drivingHours(5000, 70, EU, 'single');
    const double = drivingHours(5000, 70, EU, 'double');
    expect(single / double).toBeGreaterThan(1.7);
    expect(single / double).toBeLessThan(2.5);
  });

  it("two drivers under China's freight rules drive round the clock: no stand after 16 h (decisions T8)", () => {
    // China's rules for a freight crew: 4 h per driver at a stretch, no daily limit; the crew swaps
    const FREIGHT_CREW = { ...CHINA, crewDailyH: 24, crewDailyRestH: 0 };
    // Hohhot → Dalian, 1,315 km at 80.5 km/h = 16.3 h: the passenger rule stood the truck 8 h
    expect(drivingHours(1315, 80.5, CHINA, 'double')).toBeCloseTo(1315 / 80.5 + 8, 9);
    expect(drivingHours(1315, 80.5, FREIGHT_CREW, 'double')).toBeCloseTo(1315 / 80.5, 9);
    // 4,000 km (YTO's crews: about 60 h, day and night) is 49.7 h of driving and nothing else
    expect(drivingHours(4000, 80.5, FREIGHT_CREW, 'double')).toBeCloseTo(4000 / 80.5, 9);
    // the crew's own daily driving does not change a single driver's day
    expect(drivingHours(1000, 80, FREIGHT_CREW, 'single')).toBeCloseTo(
      drivingHours(1000, 80, CHINA, 'single'),
      9,
    );
    // beyond the week's driving (2 × 56 h) the weekly rest still falls
    expect(drivingHours(120 * 80.5, 80.5, FREIGHT_CREW, 'double')).toBeCloseTo(120 + 45, 9);
  });

  it('a crew that has driven round the clock in China rests at once under AETR (the day runs on)', () => {
    const FREIGHT_CREW = { ...CHINA, crewDailyH: 24, crewDailyRestH: 0 };
    const ends = drivingTimeline(
      [
        { km: 20 * 80, speedKmh: 80, limits: FREIGHT_CREW },
        { km: 700, speedKmh: 70, limits: EU },
      ],
      'double',
    );
    // 20 h in China is past the AETR crew day (2 × 9 h): the 9 h rest first, then 10 h
    expect(ends[0]).toBeCloseTo(20, 9);
    expect(ends[1]).toBeCloseTo(20 + 9 + 10, 9);
  });

  it('the counters run on across stretches with different rules and speeds', () => {
    const ends = drivingTimeline(
      [
        { km: 320, speedKmh: 80, limits: CHINA },
        { km: 350, speedKmh: 70, limits: EU },
      ],
      'single',
    );
    // 4 h in China, then EU rules: continuous driving already 4 h, so a break after 0.5 h more
    expect(ends[0]).toBeCloseTo(4, 9);
    expect(ends[1]).toBeCloseTo(4 + 0.5 + 0.75 + 4.5, 9);
  });
});
