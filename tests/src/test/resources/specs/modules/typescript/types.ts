export type Unused = { a: number };
