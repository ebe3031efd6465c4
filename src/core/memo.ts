/**
 * Remembers a pure function of a string. Names, header words, codes and number formats repeat
 * across rows and agencies; the memory stays bounded for long batch runs.
 */
export interface Memo<T> {
  (key: string): T;
  clear(): void;
}

export function memoize<T>(fn: (key: string) => T, limit = 100000): Memo<T> {
  const memory = new Map<string, T>();
  const memoized = ((key: string): T => {
    if (memory.has(key)) return memory.get(key) as T;
    const value = fn(key);
    if (memory.size >= limit) memory.clear();
    memory.set(key, value);
    return value;
  }) as Memo<T>;
  memoized.clear = () => memory.clear();
  return memoized;
}
