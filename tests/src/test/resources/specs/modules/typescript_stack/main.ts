type Shape = { kind: "circle"; radius: number } | { kind: "square"; side: number };

function area(shape: Shape): number {
  if (shape.kind === "circle") {
    return Math.PI * shape.radius ** 2;
  }
  throw new TypeError(`unknown shape ${JSON.stringify(shape)}`);
}

console.log(area({ kind: "circle", radius: 1 }).toFixed(2));
area({ kind: "triangle" } as unknown as Shape);
