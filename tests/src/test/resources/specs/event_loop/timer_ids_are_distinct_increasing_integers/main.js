const ids = [];
for (let i = 0; i < 5; i++) ids.push(setTimeout(() => {}, 0));
for (let i = 0; i < 5; i++) {
  const id = setInterval(() => {}, 1000);
  ids.push(id);
  clearInterval(id);
}
ids.push(setTimeout(() => {}, 0));
const allPositiveIntegers = ids.every((id) => typeof id === "number" && Number.isInteger(id) && id > 0);
const increasing = ids.every((id, i) => i === 0 || id > ids[i - 1]);
console.log("positive integers:", allPositiveIntegers);
console.log("strictly increasing:", increasing);
console.log("distinct:", new Set(ids).size === ids.length);
setTimeout(() => {
  const later = setTimeout(() => {}, 0);
  console.log("an id set later is larger:", later > ids[ids.length - 1]);
}, 0);
