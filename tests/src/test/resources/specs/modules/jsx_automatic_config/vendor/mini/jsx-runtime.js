export function jsx(tag, props) { const { children, ...rest } = props; const kids = [].concat(children ?? []).join(""); return `<${tag}${Object.entries(rest).map(([k, v]) => ` ${k}="${v}"`).join("")}>${kids}</${tag}>`; }
export const jsxs = jsx;
export const Fragment = "fragment";
