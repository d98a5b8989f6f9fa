// Appends lists to a list without spreading them into arguments: `push(...rows)` overflows the call stack
// past about a hundred thousand items, and a hostile document can have that many rows or findings.
export function append<T>(target: T[], ...lists: readonly (readonly T[])[]): void {
  for (const list of lists) for (const item of list) target.push(item);
}
