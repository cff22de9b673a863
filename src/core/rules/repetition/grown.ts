/** A copy of `a` in a new array of `size` elements (at least its length): for the flat arrays that grow as words and runs are added. */
export const grown = (a: Int32Array, size: number): Int32Array<ArrayBuffer> => {
  const b = new Int32Array(size);
  b.set(a);
  return b;
};
