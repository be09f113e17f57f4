import g from "greeting"; console.log(g);
