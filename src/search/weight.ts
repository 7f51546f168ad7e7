/**
 * Pagefind weight of a flag's name in its options row: a flag the notes use often is the one a reader
 * searching `-v` most likely means (docker run's, not docker system df's).
 */
export function searchWeight(uses: number): number {
  return uses >= 5 ? 10 : uses > 0 ? 7 : 4;
}
