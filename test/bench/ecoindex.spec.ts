import { ecoIndexGrade, ecoIndexScore, quantileOf } from '../../bench/lib/ecoindex';

describe('EcoIndex (published method)', () => {
  it('places values among the quantiles, interpolating inside an interval', () => {
    expect(quantileOf([0, 10, 20], 0)).toBe(0);
    expect(quantileOf([0, 10, 20], 5)).toBe(0.5);
    expect(quantileOf([0, 10, 20], 15)).toBe(1.5);
    expect(quantileOf([0, 10, 20], 99)).toBe(2);
  });

  it('scores an empty page 100 and a huge one 0, and a light page in grade A', () => {
    expect(ecoIndexScore({ domElements: 0, requests: 0, transferredBytes: 0 })).toBe(100);
    expect(ecoIndexScore({ domElements: 10 ** 7, requests: 10 ** 5, transferredBytes: 10 ** 12 })).toBe(0);
    // 240 elements, 4 requests, 30 KB: q(DOM) = 4.03, q(requests) = 1.15, q(size) = 1.2.
    const light = ecoIndexScore({ domElements: 240, requests: 4, transferredBytes: 30 * 1024 });
    expect(light).toBe(Math.round(100 - (5 * (3 * (4 + 7 / 65) + 2 * (1 + 2 / 13) + (1 + (30 - 1.37) / 143.33))) / 6));
    expect(ecoIndexGrade(light)).toBe('A');
    expect(ecoIndexGrade(80)).toBe('B');
    expect(ecoIndexGrade(5)).toBe('G');
  });
});
