import { quartileOf } from './benchmark';

describe('quartiles', () => {
  it('put the best area in the first quartile and the worst in the fourth, however few are ranked', () => {
    expect([quartileOf(1, 1), quartileOf(1, 2), quartileOf(2, 2)]).toEqual([1, 1, 4]);
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((rank) => quartileOf(rank, 8))).toEqual([1, 1, 2, 2, 3, 3, 4, 4]);
    expect([38, 39, 150].map((rank) => quartileOf(rank, 150))).toEqual([1, 2, 4]);
  });
});
