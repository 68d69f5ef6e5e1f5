/**
 * `compute` with its answers remembered by key: for answers asked again and again that are slow to
 * work out (a `Date`, a `URL`, a text measured on a canvas). Bounded, so that a stream of unique keys
 * cannot grow it without end.
 */
export function remembered<T>(compute: (key: string) => T): (key: string) => T {
  const answers = new Map<string, T>();
  return (key) => {
    let answer = answers.get(key);
    if (answer === undefined) {
      if (answers.size > 9999) answers.clear();
      answers.set(key, (answer = compute(key)));
    }
    return answer;
  };
}
