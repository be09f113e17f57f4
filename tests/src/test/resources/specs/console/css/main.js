const css = ["color: red", "color: #0f0", "color: #00ff00", "color: rgb(1, 2, 3)", "color: rgba(1,2,3,0.5)", "color: hsl(120, 100%, 50%)", "color: blue; background-color: yellow", "font-weight: bold", "font-style: italic", "text-decoration: underline", "text-decoration: line-through overline red", "text-decoration-line: underline", "text-decoration-color: #123456", "color: notacolor", "color: whitesmoke", "color: rebeccapurple", "", "color:red;font-weight:bold;", "background-color: black", "color: RED", "color: #FFF", "font-style: oblique 14deg", "color: magenta; font-weight: normal", "text-decoration: none"];
for (const c of css) console.log(`%c${c}%c after`, c, "");
console.log("%ca%cb%cc", "color: red", "color: red", "color: green");
console.log("%c", "color: red", "trailing");
console.log("%c%s", "color: red", "with s");
console.log("no css", "%c", "color: red");
console.error("%cerr", "color: red");
