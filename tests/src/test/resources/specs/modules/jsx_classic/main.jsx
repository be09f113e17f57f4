const React = {
  createElement: (tag, props, ...children) => `<${tag}${props?.id ? ` id="${props.id}"` : ""}>${children.join("")}</${tag}>`,
  Fragment: "fragment",
};
const name = "Ion";
console.log(<div id="app"><b>Hello</b> {name}</div>);
