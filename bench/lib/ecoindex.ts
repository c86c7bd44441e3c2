/**
 * The EcoIndex score, computed from its published method (ecoindex.fr, "Comment
 * ça marche"; the same tables as GreenIT-Analysis): each of the page's DOM
 * size, request count and transferred size is placed among quantiles measured
 * over the HTTP Archive's pages, and the score is
 * 100 − 5 × (3·q(DOM) + 2·q(requests) + q(size)) / 6.
 * Written here from the method: the EcoIndex npm packages are under a
 * non-commercial licence, which an AGPL project cannot depend on.
 */

const DOM_QUANTILES = [
  0, 47, 75, 159, 233, 298, 358, 417, 476, 537, 603, 674, 753, 843, 949, 1076, 1237, 1459, 1801, 2479, 594601,
];
const REQUEST_QUANTILES = [0, 2, 15, 25, 34, 42, 49, 56, 63, 70, 78, 86, 95, 105, 117, 130, 147, 170, 205, 281, 3920];
/** Kilobytes (1 KB = 1024 bytes) transferred. */
const SIZE_QUANTILES = [
  0, 1.37, 144.7, 319.53, 479.46, 631.97, 783.38, 937.91, 1098.62, 1265.47, 1448.32, 1648.27, 1876.08, 2142.06, 2465.37,
  2866.31, 3401.59, 4155.73, 5400.08, 8037.54, 223212.26,
];

/** Where `value` falls among the quantiles, interpolated linearly inside its interval: 0 to 20. */
export function quantileOf(quantiles: readonly number[], value: number): number {
  for (let i = 1; i < quantiles.length; i++) {
    if (value < quantiles[i]) return i - 1 + (value - quantiles[i - 1]) / (quantiles[i] - quantiles[i - 1]);
  }
  return quantiles.length - 1;
}

export interface EcoIndexInput {
  /** Elements of the DOM, those inside <svg> not counted. */
  domElements: number;
  requests: number;
  /** Bytes transferred over the network (compressed), images included. */
  transferredBytes: number;
}

export function ecoIndexScore({ domElements, requests, transferredBytes }: EcoIndexInput): number {
  const dom = quantileOf(DOM_QUANTILES, domElements);
  const req = quantileOf(REQUEST_QUANTILES, requests);
  const size = quantileOf(SIZE_QUANTILES, transferredBytes / 1024);
  return Math.round(100 - (5 * (3 * dom + 2 * req + size)) / 6);
}

/** The grade of a score, A (best) to G. */
export function ecoIndexGrade(score: number): string {
  const grades: [number, string][] = [
    [80, 'A'],
    [70, 'B'],
    [55, 'C'],
    [40, 'D'],
    [25, 'E'],
    [10, 'F'],
  ];
  return grades.find(([min]) => score > min)?.[1] ?? 'G';
}
