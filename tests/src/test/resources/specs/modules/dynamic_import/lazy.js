console.log("lazy evaluated"); export default "default export"; export const named = "named";
